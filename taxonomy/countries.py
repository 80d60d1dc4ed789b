"""Countries as a fixed choice (ISO 3166-1 alpha-2). Clusters of the network are
Danish or German; case studies may come from anywhere in Europe."""
from django.utils.translation import gettext_lazy as _

CLUSTER_COUNTRIES = [
    ("DK", _("Denmark")),
    ("DE", _("Germany")),
]

EUROPEAN_COUNTRIES = CLUSTER_COUNTRIES + [
    ("AT", _("Austria")),
    ("BE", _("Belgium")),
    ("CH", _("Switzerland")),
    ("CZ", _("Czechia")),
    ("EE", _("Estonia")),
    ("ES", _("Spain")),
    ("FI", _("Finland")),
    ("FR", _("France")),
    ("IE", _("Ireland")),
    ("IT", _("Italy")),
    ("LT", _("Lithuania")),
    ("LU", _("Luxembourg")),
    ("LV", _("Latvia")),
    ("NL", _("Netherlands")),
    ("NO", _("Norway")),
    ("PL", _("Poland")),
    ("PT", _("Portugal")),
    ("SE", _("Sweden")),
    ("SI", _("Slovenia")),
    ("SK", _("Slovakia")),
    ("GB", _("United Kingdom")),
]

# The codes alone, as the API schema lists them (api/schema_settings.py).
EUROPEAN_COUNTRY_CODES = [code for code, _label in EUROPEAN_COUNTRIES]
