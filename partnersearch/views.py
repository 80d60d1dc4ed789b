"""The public side of partner search: the express-interest form on a request's
page, alert subscriptions, and accepting a manager's invitation. Thin: the
forms validate, services.py stores."""
from django.contrib.auth import get_user_model, login
from django.contrib.auth.forms import SetPasswordForm
from django.db import transaction
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from wagtail.models import Locale

from clusters.filters import sector_choices

from . import services
from .forms import AlertForm, InterestForm
from .models import AlertSubscription, ManagerInvitation, token_hash
from .ratelimit import over_limit


def serve_request_page(page, request, serve, *args, **kwargs):
    """GET: the request with its form (when open). POST: the form; valid input is
    stored and the visitor redirected to a thank-you notice (POST/redirect/GET)."""
    form = None
    status = 200
    if request.method == "POST" and page.is_open:
        form = InterestForm(request.POST)
        if form.is_bot:
            # Bots are told nothing: they see the same thank-you as everyone.
            return HttpResponseRedirect(page.url + "?interest=sent")
        if over_limit(request, "interest"):
            request.interest_notice = _("You have sent several messages in a short time. Please try again in an hour.")
            status = 429
        elif form.is_valid():
            services.submit_interest(page, form.cleaned_data, get_language() or page.locale.language_code)
            return HttpResponseRedirect(page.url + "?interest=sent")
        # Otherwise the page again (200, as a browser expects of a form), with the messages at the fields.
    request.interest_form = form
    response = serve(request, *args, **kwargs)
    if status != 200 and hasattr(response, "status_code"):
        response.status_code = status
    if page.is_open:
        # The form carries the visitor's CSRF token: never from a shared cache.
        patch_cache_control(response, private=True, no_cache=True)
    return response


def _sectors_for_language():
    locale = Locale.objects.filter(language_code=get_language()).first() or Locale.get_default()
    sectors, _names = sector_choices(locale, Locale.get_default().pk)
    return sectors


@require_http_methods(["GET", "POST"])
def alert_subscribe(request):
    sectors = _sectors_for_language()
    choices = [(sector.slug, sector.name) for sector in sectors]
    language = get_language()
    if request.method == "POST":
        form = AlertForm(request.POST, sectors=choices)
        if form.is_bot:
            return render(request, "partnersearch/alert_pending.html")
        if over_limit(request, "alert"):
            form.add_error(None, _("You have sent several messages in a short time. Please try again in an hour."))
            return render(request, "partnersearch/alert_form.html", {"form": form}, status=429)
        if form.is_valid():
            chosen = [sector for sector in sectors if sector.slug in form.cleaned_data["sectors"]]
            source_sectors = [sector.get_translation(Locale.get_default()) if sector.locale_id != Locale.get_default().pk else sector for sector in chosen]
            services.subscribe(form.cleaned_data["email"], language, form.cleaned_data["languages"], source_sectors)
            return render(request, "partnersearch/alert_pending.html")
        return render(request, "partnersearch/alert_form.html", {"form": form})
    form = AlertForm(sectors=choices, initial={"languages": [language]})
    return render(request, "partnersearch/alert_form.html", {"form": form})


def alert_confirm(request, token):
    subscription = AlertSubscription.objects.filter(token=token).first()
    if subscription is None:
        return render(request, "partnersearch/alert_message.html", {"message": _("This link is not valid (any more).")}, status=404)
    if subscription.confirmed_at is None:
        subscription.confirmed_at = timezone.now()
        subscription.save(update_fields=["confirmed_at"])
    return render(request, "partnersearch/alert_message.html", {"message": _("Thank you: your alert is active. You will get a weekly digest of new requests.")})


@require_http_methods(["GET", "POST"])
def alert_unsubscribe(request, token):
    """One click (GET from the mail's link, or POST from a mail program's
    List-Unsubscribe-Post) deletes the subscription."""
    deleted, _rows = AlertSubscription.objects.filter(token=token).delete()
    return render(request, "partnersearch/alert_message.html", {"message": _("You are unsubscribed: you will get no more alerts.")})


@require_http_methods(["GET", "POST"])
def accept_invitation(request, token):
    """The invitation link: choose a password; the account (if new) is created,
    made a manager of the invited clusters and logged in to the admin."""
    invitation = ManagerInvitation.objects.filter(token_hash=token_hash(token)).first()
    if invitation is None or not invitation.is_usable:
        return render(request, "partnersearch/alert_message.html", {"message": _("This invitation is not valid (any more). Please ask for a new one.")}, status=404)
    User = get_user_model()
    user = User.objects.filter(email__iexact=invitation.email).first() or User(username=invitation.email, email=invitation.email)
    form = SetPasswordForm(user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            from .managers import accept

            user = accept(invitation, form)
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        return HttpResponseRedirect(reverse("wagtailadmin_home"))
    return render(request, "partnersearch/invitation.html", {"form": form, "invitation": invitation})
