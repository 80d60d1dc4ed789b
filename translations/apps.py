from django.apps import AppConfig


class TranslationsConfig(AppConfig):
    """Editors' translation tools: the translation dashboard, machine
    translation (DeepL) and publishing a page in all its languages at once."""

    name = "translations"
    verbose_name = "Translations"
