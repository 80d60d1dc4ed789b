from html.parser import HTMLParser


class Outline(HTMLParser):
    """Headings, landmarks, <head> links and metas of an HTML page."""

    def __init__(self, html):
        super().__init__()
        self.headings, self.links, self.metas, self.tags, self.scripts = [], [], {}, [], []
        self.html_lang = None
        self._heading = None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if tag == "html":
            self.html_lang = attrs.get("lang")
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self._heading = [int(tag[1]), ""]
        if tag == "link":
            self.links.append(attrs)
        if tag == "meta":
            key = attrs.get("name") or attrs.get("property")
            if key:
                self.metas.setdefault(key, []).append(attrs.get("content"))
        if tag == "script":
            self.scripts.append(attrs)

    def handle_data(self, data):
        if self._heading is not None:
            self._heading[1] += data

    def handle_endtag(self, tag):
        if self._heading is not None and tag == f"h{self._heading[0]}":
            self.headings.append((self._heading[0], " ".join(self._heading[1].split())))
            self._heading = None

    def meta(self, key):
        values = self.metas.get(key, [])
        return values[0] if values else None

    def links_with(self, rel):
        return [link for link in self.links if link.get("rel") == rel]

    def find(self, tag, **attrs):
        return [a for t, a in self.tags if t == tag and all(a.get(k.replace("_", "-")) == v for k, v in attrs.items())]


def outline(response):
    assert response.status_code == 200, response.status_code
    return Outline(response.content.decode())
