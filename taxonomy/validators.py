"""Validators and fields shared by the content models."""
from django import forms
from django.core.validators import URLValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

WEB_URL_MESSAGE = _("Enter a web address starting with http:// or https://.")

# URLField accepts ftp:// and ftps:// as well; visitors' browsers should only be
# sent to web addresses.
validate_web_url = URLValidator(schemes=["http", "https"], message=WEB_URL_MESSAGE)


class WebAddressField(models.URLField):
    """A URL that must be a web address (http or https), checked in the model
    and in the admin form with the same, clear message."""

    default_validators = [validate_web_url]

    def formfield(self, **kwargs):
        return super().formfield(
            **{
                "validators": [validate_web_url],
                "error_messages": {"invalid": WEB_URL_MESSAGE},
                # An address typed without a scheme is taken as https://.
                "assume_scheme": "https",
                **kwargs,
            }
        )
