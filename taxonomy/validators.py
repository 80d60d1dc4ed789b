"""Validators shared by the content models."""
from django.core.validators import URLValidator
from django.utils.translation import gettext_lazy as _

# URLField accepts ftp:// and ftps:// as well; visitors' browsers should only be
# sent to web addresses.
validate_web_url = URLValidator(
    schemes=["http", "https"],
    message=_("Enter a web address starting with http:// or https://."),
)
