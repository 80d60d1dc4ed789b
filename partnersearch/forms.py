"""The public forms: express interest, subscribe to alerts, and the password
form of a cluster manager's invitation."""
import re

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from taxonomy.countries import EUROPEAN_COUNTRIES

# Control characters (line breaks included) in a one-line field could smuggle
# headers into a mail; in any field they are a sign of abuse, never of a visitor.
ONE_LINE_FORBIDDEN = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]")
TEXT_FORBIDDEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _one_line(value):
    if ONE_LINE_FORBIDDEN.search(value):
        raise forms.ValidationError(_("Please use a single line without special characters."), code="control")
    return value.strip()


def _length_message(limit):
    return _("Please shorten this to at most %(limit)d characters.") % {"limit": limit}


class InterestForm(forms.Form):
    name = forms.CharField(label=_("Your name"), max_length=120, error_messages={"required": _("Please enter your name.")})
    organisation = forms.CharField(
        label=_("Organisation"), max_length=200, error_messages={"required": _("Please enter your organisation.")}
    )
    country = forms.ChoiceField(
        label=_("Country"),
        choices=[("", "—")] + list(EUROPEAN_COUNTRIES),
        error_messages={"required": _("Please choose your country."), "invalid_choice": _("Please choose a country from the list.")},
    )
    email = forms.EmailField(
        label=_("E-mail address"),
        max_length=254,
        error_messages={"required": _("Please enter your e-mail address."), "invalid": _("Please enter a valid e-mail address, such as name@example.org.")},
    )
    message = forms.CharField(
        label=_("Message"), widget=forms.Textarea(attrs={"rows": 6}), max_length=3000,
        error_messages={"required": _("Please write a short message.")},
    )
    consent = forms.BooleanField(
        label=_("I agree that my details and message are passed on to the requesting cluster."),
        error_messages={"required": _("We can only pass on your interest with your consent.")},
    )
    # The honeypot: hidden from people (CSS and aria-hidden), filled in by bots.
    website = forms.CharField(label=_("Leave this field empty"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("name", "organisation", "email", "message"):
            field = self.fields[name]
            field.error_messages["max_length"] = _length_message(field.max_length)
        self.fields["website"].widget.attrs.update({"autocomplete": "off", "tabindex": "-1"})

    def clean_name(self):
        return _one_line(self.cleaned_data["name"])

    def clean_organisation(self):
        return _one_line(self.cleaned_data["organisation"])

    def clean_email(self):
        return _one_line(self.cleaned_data["email"])

    def clean_message(self):
        message = self.cleaned_data["message"]
        if TEXT_FORBIDDEN.search(message):
            raise forms.ValidationError(_("Please remove special characters from your message."), code="control")
        return message.strip()

    @property
    def is_bot(self):
        return bool(self.data.get("website"))


class AlertForm(forms.Form):
    email = forms.EmailField(
        label=_("E-mail address"), max_length=254,
        error_messages={"required": _("Please enter your e-mail address."), "invalid": _("Please enter a valid e-mail address, such as name@example.org.")},
    )
    sectors = forms.MultipleChoiceField(
        label=_("Sectors"), required=False, widget=forms.CheckboxSelectMultiple,
        help_text=_("None chosen: requests of every sector."),
        error_messages={"invalid_choice": _("Please choose sectors from the list.")},
    )
    languages = forms.MultipleChoiceField(
        label=_("Languages of the requests"), widget=forms.CheckboxSelectMultiple,
        choices=settings.WAGTAIL_CONTENT_LANGUAGES,
        error_messages={"required": _("Please choose at least one language."), "invalid_choice": _("Please choose languages from the list.")},
    )
    website = forms.CharField(label=_("Leave this field empty"), required=False)

    def __init__(self, *args, sectors=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["sectors"].choices = list(sectors)
        self.fields["website"].widget.attrs.update({"autocomplete": "off", "tabindex": "-1"})

    def clean_email(self):
        return _one_line(self.cleaned_data["email"])

    @property
    def is_bot(self):
        return bool(self.data.get("website"))
