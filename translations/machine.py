"""Machine translation with DeepL for wagtail-localize's translation editor.

Enabled by ``DEEPL_API_KEY`` (cms/settings/base.py sets
``WAGTAILLOCALIZE_MACHINE_TRANSLATOR`` to this class only then; without a key
wagtail-localize shows no "Translate with DeepL" button at all).

The network's fixed terms (``FIXED_TERMS``, the names of the clusters in the
directory, and any ``EXTRA_FIXED_TERMS``) are never translated: each is
wrapped in a ``<keep>`` tag that DeepL is told to leave alone
(``ignore_tags``), and the tags are removed from the answer. A DeepL glossary
can be added per language pair with ``GLOSSARY_IDS``.

Request format (DeepL API v2, JSON body): ``POST /v2/translate`` with
``Authorization: DeepL-Auth-Key <key>`` and ``{"text": [...],
"source_lang": "EN", "target_lang": "DA", "tag_handling": "xml",
"ignore_tags": ["keep"]}``. Keys ending in ``:fx`` are free-plan keys and go
to api-free.deepl.com, others to api.deepl.com; ``DEEPL_API_URL`` overrides
both (a proxy, or the local stand-in the tests use).
"""
import logging
import re

import requests
from wagtail_localize.machine_translators.base import BaseMachineTranslator
from wagtail_localize.strings import StringValue

logger = logging.getLogger(__name__)

FREE_ENDPOINT = "https://api-free.deepl.com/v2/translate"
PRO_ENDPOINT = "https://api.deepl.com/v2/translate"
KEEP_TAG = "keep"

# Names that stay the same in every language (founding document).
FIXED_TERMS = ["InTra-Net", "INTERREG", "REG X", "WTSH"]


class MachineTranslationFailed(Exception):
    """DeepL could not be reached or refused the request; the message is for editors."""


def deepl_endpoint(auth_key, api_url=None):
    if api_url:
        return api_url
    return FREE_ENDPOINT if auth_key.endswith(":fx") else PRO_ENDPOINT


def cluster_names():
    """The cluster directory's names in the source language: brand names, not words."""
    from django.conf import settings

    from clusters.models import ClusterPage

    return list(
        ClusterPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE).values_list("title", flat=True)
    )


def protect(text, terms):
    """``text`` (wagtail-localize's HTML string) with every fixed term wrapped
    in ``<keep>``; longer terms first, so "INTERREG 4A" is not split."""
    if not terms:
        return text
    pattern = "|".join(re.escape(term) for term in sorted(set(terms), key=len, reverse=True))
    # Whole words only, and never inside a tag's attributes.
    regex = re.compile(rf"(?<![\w-])(?:{pattern})(?![\w-])(?![^<]*>)")
    return regex.sub(lambda match: f"<{KEEP_TAG}>{match.group(0)}</{KEEP_TAG}>", text)


def unprotect(text):
    return re.sub(rf"</?{KEEP_TAG}>", "", text)


def deepl_language(code, target=False):
    code = code.upper()
    if target and code == "EN":
        return "EN-GB"  # DeepL asks for a variant of English as a target
    return code.split("-")[0]


class DeepLTranslator(BaseMachineTranslator):
    display_name = "DeepL"

    @property
    def fixed_terms(self):
        return [*FIXED_TERMS, *self.options.get("EXTRA_FIXED_TERMS", []), *cluster_names()]

    def request_body(self, source_locale, target_locale, texts):
        source_lang = deepl_language(source_locale.language_code)
        target_lang = deepl_language(target_locale.language_code, target=True)
        terms = self.fixed_terms
        body = {
            "text": [protect(text, terms) for text in texts],
            "source_lang": source_lang,
            "target_lang": target_lang,
            "tag_handling": "xml",
            "ignore_tags": [KEEP_TAG],
        }
        glossary_id = self.options.get("GLOSSARY_IDS", {}).get(f"{source_lang}-{target_lang.split('-')[0]}")
        if glossary_id:
            body["glossary_id"] = glossary_id
        return body

    def translate(self, source_locale, target_locale, strings):
        strings = list(strings)
        auth_key = self.options["AUTH_KEY"]
        try:
            response = requests.post(
                deepl_endpoint(auth_key, self.options.get("API_URL")),
                json=self.request_body(source_locale, target_locale, [string.data for string in strings]),
                headers={"Authorization": f"DeepL-Auth-Key {auth_key}"},
                timeout=float(self.options.get("TIMEOUT", 30)),
            )
            response.raise_for_status()
            translations = response.json()["translations"]
        except (requests.RequestException, ValueError, KeyError) as error:
            logger.warning("DeepL machine translation failed: %s", error)
            raise MachineTranslationFailed(str(error)) from error
        if len(translations) != len(strings):
            raise MachineTranslationFailed("DeepL answered with a different number of texts")
        return {
            string: StringValue(unprotect(translation["text"]))
            for string, translation in zip(strings, translations)
        }

    def can_translate(self, source_locale, target_locale):
        return deepl_language(source_locale.language_code) != deepl_language(target_locale.language_code)
