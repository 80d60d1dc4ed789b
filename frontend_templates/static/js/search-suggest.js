// Autocomplete for the search box: a progressive enhancement. Without
// JavaScript the search form works as a plain GET form.
(function () {
  "use strict";
  var input = document.getElementById("search-query");
  var list = document.getElementById("search-suggestions");
  if (!input || !list || !window.fetch) { return; }
  var url = input.getAttribute("data-suggest-url");
  var timer = null;
  var controller = null;

  function close() {
    list.hidden = true;
    list.innerHTML = "";
    input.setAttribute("aria-expanded", "false");
  }

  function show(suggestions) {
    list.innerHTML = "";
    suggestions.forEach(function (suggestion, index) {
      var item = document.createElement("li");
      item.setAttribute("role", "option");
      item.id = "search-suggestion-" + index;
      var link = document.createElement("a");
      link.href = suggestion.url;
      link.textContent = suggestion.title;
      item.appendChild(link);
      list.appendChild(item);
    });
    list.hidden = suggestions.length === 0;
    input.setAttribute("aria-expanded", suggestions.length ? "true" : "false");
  }

  input.addEventListener("input", function () {
    clearTimeout(timer);
    var prefix = input.value.trim();
    if (prefix.length < 2) { close(); return; }
    timer = setTimeout(function () {
      if (controller) { controller.abort(); }
      controller = new AbortController();
      fetch(url + "?q=" + encodeURIComponent(prefix), { signal: controller.signal, headers: { "Accept": "application/json" } })
        .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
        .then(function (data) { show(data.suggestions || []); })
        .catch(function () { /* aborted or offline: keep the plain form */ });
    }, 150);
  });

  input.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { close(); }
    if (event.key === "ArrowDown" && !list.hidden) {
      var first = list.querySelector("a");
      if (first) { event.preventDefault(); first.focus(); }
    }
  });

  list.addEventListener("keydown", function (event) {
    var links = Array.prototype.slice.call(list.querySelectorAll("a"));
    var index = links.indexOf(document.activeElement);
    if (event.key === "ArrowDown" && index < links.length - 1) { event.preventDefault(); links[index + 1].focus(); }
    if (event.key === "ArrowUp") { event.preventDefault(); (index > 0 ? links[index - 1] : input).focus(); }
    if (event.key === "Escape") { close(); input.focus(); }
  });
})();
