"""Machine translation with DeepL (translations/machine.py), run against a
local stand-in of the DeepL API on 127.0.0.1 that checks the request format
as DeepL documents it; fixed terms are never translated; without a key
there is no machine translation at all."""
import http.server
import json
import os
import re
import subprocess
import sys
import threading

import pytest
from django.conf import settings as django_settings
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from clusters.models import ClusterPage
from tests.factories import make_user, new_english_cluster
from translations.machine import FREE_ENDPOINT, PRO_ENDPOINT, deepl_endpoint, protect, unprotect

TEST_KEY = "0a1b2c3d-test-key:fx"
TERM_OR_TAG = re.compile(r"(<keep>.*?</keep>|<[^>]+>)")


def stand_in_translation(text):
    """What the stand-in "translates" to: letters outside tags swap case
    (so a term DeepL was allowed to touch comes back changed); the content of
    <keep> tags comes back untouched, as DeepL does with ignore_tags."""
    return "".join(part if TERM_OR_TAG.fullmatch(part) else part.swapcase() for part in TERM_OR_TAG.split(text))


class DeepLStandIn:
    """POST /v2/translate as DeepL's API v2 documents it. A request in
    another format gets DeepL's 400 answer; ``status`` scripts a failure."""

    def __init__(self):
        stand_in = self
        self.requests = []
        self.status = 200

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                stand_in.requests.append({"path": self.path, "headers": dict(self.headers), "body": body})
                problem = stand_in.problem(self.path, self.headers, body)
                if problem or stand_in.status != 200:
                    status = 400 if problem else stand_in.status
                    self.answer(status, {"message": problem or "Quota exceeded"})
                    return
                texts = json.loads(body)["text"]
                self.answer(200, {"translations": [
                    {"detected_source_language": "EN", "text": stand_in_translation(text)} for text in texts
                ]})

            def answer(self, status, payload):
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/v2/translate"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    @staticmethod
    def problem(path, headers, body):
        if path != "/v2/translate":
            return f"unknown path {path}"
        if headers.get("Authorization") != f"DeepL-Auth-Key {TEST_KEY}":
            return "Authorization header must be 'DeepL-Auth-Key <key>'"
        if not headers.get("Content-Type", "").startswith("application/json"):
            return "JSON body expected"
        try:
            data = json.loads(body)
        except ValueError:
            return "body is not JSON"
        if not isinstance(data.get("text"), list) or not all(isinstance(t, str) for t in data["text"]) or not data["text"]:
            return "'text' must be a non-empty list of strings"
        if data.get("source_lang") != "EN" or data.get("target_lang") not in {"DA", "DE"}:
            return "unexpected source_lang/target_lang"
        if data.get("tag_handling") != "xml" or data.get("ignore_tags") != ["keep"]:
            return "tag_handling must be 'xml' with ignore_tags ['keep']"
        return None

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def deepl(settings):
    stand_in = DeepLStandIn()
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "translations.machine.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": TEST_KEY, "API_URL": stand_in.url, "TIMEOUT": 5},
    }
    yield stand_in
    stand_in.close()


DESCRIPTION = "REG X, WTSH and INTERREG support Windcomm Schleswig-Holstein and other clusters."


@pytest.fixture
def danish_translation(db):
    """A new English cluster submitted for translation into Danish, nothing translated yet."""
    page = new_english_cluster(short_description=DESCRIPTION)
    source, _ = TranslationSource.get_or_create_from_instance(page)
    translation = Translation.objects.create(source=source, target_locale=Locale.objects.get(language_code="da"))
    translation.save_target(publish=False)
    return translation


def _machine_translate(client, translation):
    client.force_login(make_user("translator", superuser=True))
    danish = translation.get_target_instance()
    edit_url = reverse("wagtailadmin_pages:edit", args=[danish.pk])
    url = reverse("wagtail_localize:machine_translate", args=[translation.pk])
    return client.post(f"{url}?next={edit_url}", follow=True)


@pytest.mark.django_db
def test_machine_translation_keeps_fixed_terms_and_sends_deepls_format(client, deepl, danish_translation):
    response = _machine_translate(client, danish_translation)
    assert response.status_code == 200
    assert "Successfully translated with DeepL" in response.content.decode()

    assert deepl.requests and all(deepl.problem(r["path"], r["headers"], r["body"]) is None for r in deepl.requests)
    sent = json.loads(deepl.requests[0]["body"])
    description = next(text for text in sent["text"] if "support" in text)
    # Fixed terms and the directory's cluster names reach DeepL protected.
    for term in ("REG X", "WTSH", "INTERREG", "Windcomm Schleswig-Holstein"):
        assert f"<keep>{term}</keep>" in description

    translated = StringTranslation.objects.get(
        locale=danish_translation.target_locale,
        translation_of__data=DESCRIPTION,
    )
    assert translated.translation_type == StringTranslation.TRANSLATION_TYPE_MACHINE
    assert translated.data == "REG X, WTSH AND INTERREG SUPPORT Windcomm Schleswig-Holstein AND OTHER CLUSTERS."
    assert "<keep>" not in translated.data


@pytest.mark.django_db
def test_a_deepl_failure_is_a_message_and_changes_nothing(client, deepl, danish_translation):
    deepl.status = 456  # DeepL: quota exceeded
    response = _machine_translate(client, danish_translation)
    assert response.status_code == 200
    assert "DeepL could not translate this page now" in response.content.decode()
    assert not StringTranslation.objects.filter(
        locale=danish_translation.target_locale, translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE
    ).exists()


@pytest.mark.django_db
def test_translation_editor_offers_deepl_only_with_a_key(client, settings, danish_translation):
    client.force_login(make_user("translator", superuser=True))
    danish = danish_translation.get_target_instance()
    edit_url = reverse("wagtailadmin_pages:edit", args=[danish.pk])
    machine_url = reverse("wagtail_localize:machine_translate", args=[danish_translation.pk])

    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = None
    html = client.get(edit_url).content.decode()
    assert "DeepL" not in html and machine_url not in html

    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "translations.machine.DeepLTranslator", "OPTIONS": {"AUTH_KEY": TEST_KEY},
    }
    html = client.get(edit_url).content.decode()
    assert "DeepL" in html and machine_url in html


@pytest.mark.parametrize("key, configured", [("", False), (TEST_KEY, True)])
def test_settings_enable_deepl_only_when_the_key_is_set(key, configured):
    env = {**os.environ, "DEEPL_API_KEY": key, "DJANGO_SETTINGS_MODULE": "cms.settings.test"}
    code = "from django.conf import settings; print(repr(settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR))"
    output = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        env=env, capture_output=True, text=True, cwd=django_settings.BASE_DIR, check=True,
    ).stdout
    if configured:
        assert "translations.machine.DeepLTranslator" in output and TEST_KEY in output
    else:
        assert output.strip() == "None"


def test_free_keys_use_the_free_endpoint_and_others_pro():
    assert deepl_endpoint("abc:fx") == FREE_ENDPOINT == "https://api-free.deepl.com/v2/translate"
    assert deepl_endpoint("abc") == PRO_ENDPOINT == "https://api.deepl.com/v2/translate"
    assert deepl_endpoint("abc", "http://127.0.0.1:1/v2/translate") == "http://127.0.0.1:1/v2/translate"


def test_terms_are_protected_as_whole_words_and_never_inside_tags():
    text = '<a id="a1">REG X</a> works with WTSHX and INTERREG 4A'
    protected = protect(text, ["REG X", "WTSH", "INTERREG", "INTERREG 4A"])
    assert protected == '<a id="a1"><keep>REG X</keep></a> works with WTSHX and <keep>INTERREG 4A</keep>'
    assert unprotect(protected) == text
