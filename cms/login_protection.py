"""Password guessing at the log-in, as django-axes stops it, plus a limit on
password spraying.

Axes locks a user name from one address after AXES_FAILURE_LIMIT failures.
A sprayer instead tries one or two common passwords on many user names, never
reaching that limit for any of them; so one address is also locked out (for
every user name) once it has failed AXES_ADDRESS_FAILURE_LIMIT times within the
cool-off period. The address is the client's real one (cms/proxies.py), so
behind the production proxy one attacker cannot lock out everybody else.
"""
import math

from axes.attempts import get_cool_off_threshold
from axes.handlers.database import AxesDatabaseHandler
from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import Sum


class LoginProtectionHandler(AxesDatabaseHandler):
    def failures_from_address(self, request):
        address = getattr(request, "axes_ip_address", None)
        if not address:
            return 0
        attempts = AccessAttempt.objects.filter(ip_address=address, attempt_time__gte=get_cool_off_threshold(request))
        return attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0

    def get_failures(self, request, credentials=None):
        """Axes compares this with AXES_FAILURE_LIMIT; an address's failures
        over all user names count against AXES_ADDRESS_FAILURE_LIMIT, scaled to it."""
        per_account = super().get_failures(request, credentials)
        account_limit, address_limit = settings.AXES_FAILURE_LIMIT, settings.AXES_ADDRESS_FAILURE_LIMIT
        if not address_limit:
            return per_account
        per_address = self.failures_from_address(request)
        # Reaching address_limit must give at least account_limit, and never before.
        scaled = math.floor(per_address * account_limit / address_limit)
        return max(per_account, scaled)
