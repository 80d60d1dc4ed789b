"""The stylesheet is built from its committed sources, its colours are
readable, every asset is local; the UI translations are complete and compiled."""
import re
import subprocess
import sys
from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import build_css  # noqa: E402

# Text / background pairs the stylesheet uses for text (tokens of 00-settings.css).
TEXT_PAIRS = [
    ("colour-text", "colour-background"), ("colour-text", "colour-surface"), ("colour-muted", "colour-background"),
    ("colour-muted", "colour-surface"), ("colour-brand-text", "colour-brand"), ("colour-link", "colour-background"),
    ("colour-link-visited", "colour-background"), ("colour-brand", "colour-brand-soft"), ("colour-text", "colour-notice"),
    ("colour-focus-text", "colour-focus"), ("colour-text", "colour-error"), ("colour-brand", "colour-background"),
]


def test_committed_stylesheet_is_built_from_the_sources():
    assert build_css.TARGET.read_text(encoding="utf-8") == build_css.build(), "run `make css`"
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_css.py"), "--check"])
    assert result.returncode == 0


def test_stylesheet_loads_nothing_from_elsewhere():
    css = build_css.build()
    assert "@import" not in css
    assert not re.search(r"url\(\s*['\"]?(https?:)?//", css)


def test_stylesheet_has_print_styles_focus_styles_and_a_small_screen_layout():
    css = build_css.build()
    assert "@media print" in css and ".printable a[href^=\"http\"]::after" in css
    assert ":focus-visible" in css
    assert "@media (max-width: 40rem)" in css


def _luminance(hex_colour):
    channels = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(foreground, background):
    lighter, darker = sorted((_luminance(foreground), _luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


@pytest.mark.parametrize("foreground, background", TEXT_PAIRS)
def test_text_colours_meet_wcag_aa_contrast(foreground, background):
    tokens = dict(re.findall(r"--([\w-]+):\s*(#[0-9a-fA-F]{6});", build_css.build()))
    assert contrast(tokens[foreground], tokens[background]) >= 4.5, (foreground, background)


@pytest.mark.parametrize("language", ["da", "de"])
def test_ui_translations_are_complete_and_compiled(language):
    folder = ROOT / "locale" / language / "LC_MESSAGES"
    po = polib.pofile(str(folder / "django.po"))
    untranslated = [entry.msgid for entry in po if not entry.obsolete and not entry.translated()]
    assert not untranslated, untranslated
    mo = polib.mofile(str(folder / "django.mo"))
    compiled = {(entry.msgid, entry.msgid_plural): (entry.msgstr, entry.msgstr_plural) for entry in mo}
    for entry in po:
        if entry.obsolete:
            continue
        key = (entry.msgid, entry.msgid_plural)
        assert key in compiled, f"{entry.msgid!r} missing from django.mo: run `make messages`"
        if entry.msgid_plural:
            assert compiled[key][1] == {int(k): v for k, v in entry.msgstr_plural.items()}
        else:
            assert compiled[key][0] == entry.msgstr, f"{entry.msgid!r} differs in django.mo: run `make messages`"


# Templates that visitors never see (benchmark fixtures) need no translation.
NOT_PUBLIC_TEMPLATE_FOLDERS = {"benchmarks"}


def test_every_template_text_is_in_the_catalogue():
    po = polib.pofile(str(ROOT / "locale" / "da" / "LC_MESSAGES" / "django.po"))
    known = {entry.msgid for entry in po}
    pattern = re.compile(r"""{% (?:translate|trans) "([^"]+)"|{% (?:translate|trans) '([^']+)'""")
    missing = []
    for template in (ROOT / "frontend_templates").rglob("*.html"):
        if template.relative_to(ROOT / "frontend_templates").parts[0] in NOT_PUBLIC_TEMPLATE_FOLDERS:
            continue
        for match in pattern.finditer(template.read_text(encoding="utf-8")):
            text = match.group(1) or match.group(2)
            if text not in known:
                missing.append((template.name, text))
    assert not missing, f"not in locale/*/django.po (run makemessages and locale/translations.py): {missing}"
