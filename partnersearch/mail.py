"""The mails of partner search, composed when the worker sends them, each in
its reader's language: plain text only (nothing a visitor typed can become
markup), and every header value on one line (nothing can become a header)."""
from django.conf import settings
from django.core.mail import EmailMessage
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from wagtail.users.models import UserProfile

from website.visibility import public_pages

from .models import ClusterManager, MailJob


def absolute(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def one_line(text):
    """A header value: whitespace (line breaks included) collapsed to single spaces."""
    return " ".join(str(text).split())


def _message(subject, body, to, reply_to=None, headers=None):
    return EmailMessage(
        subject=one_line(subject),
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=to,
        reply_to=reply_to,
        headers=headers,
    )


def page_in(page, language):
    """The translation of ``page`` in ``language`` if the public may see it, else the page itself."""
    translations = type(page).objects.filter(translation_key=page.translation_key, locale__language_code=language)
    return public_pages(translations).first() or page


def _manager_recipients(interest):
    """(e-mail, language) of the requesting cluster's managers; without any,
    the cluster's contact address, and without that the network's address."""
    managers = (
        ClusterManager.objects.filter(cluster__translation_key=interest.cluster_key, user__is_active=True)
        .exclude(user__email="")
        .select_related("user")
    )
    recipients = {}
    for manager in managers:
        language = UserProfile.get_for_user(manager.user).get_preferred_language() or settings.LANGUAGE_CODE
        if language not in dict(settings.LANGUAGES):
            language = settings.LANGUAGE_CODE
        recipients[manager.user.email.lower()] = (manager.user.email, language)
    if recipients:
        return list(recipients.values())
    cluster = interest.request_page.cluster
    if cluster.contact_email:
        return [(cluster.contact_email, cluster.locale.language_code)]
    return [(settings.PARTNERSEARCH_NOTIFY_EMAIL, settings.LANGUAGE_CODE)]


def interest_to_managers(job):
    interest = job.interest
    messages = []
    for address, language in _manager_recipients(interest):
        with translation.override(language):
            page = page_in(interest.request_page, language)
            subject = _("New interest in your request “%(title)s”") % {"title": page.title}
            body = "\n".join([
                _("%(name)s (%(organisation)s, %(country)s) has expressed interest in your cooperation request “%(title)s”.") % {
                    "name": interest.name, "organisation": interest.organisation,
                    "country": interest.get_country_display(), "title": page.title,
                },
                "",
                _("Their message:"),
                interest.message,
                "",
                _("E-mail: %(email)s (answer this mail to reply to them)") % {"email": interest.email},
                _("They agreed that their details are passed on to your cluster."),
                "",
                _("The request: %(url)s") % {"url": absolute(page.get_url())},
                _("All interests in your requests: %(url)s") % {"url": absolute(reverse("partnersearch_interests:index"))},
            ])
        messages.append(_message(subject, body, [address], reply_to=[interest.email]))
    return messages


def interest_confirmation(job):
    interest = job.interest
    with translation.override(interest.language):
        page = page_in(interest.request_page, interest.language)
        subject = _("Your interest in “%(title)s”") % {"title": page.title}
        body = "\n".join([
            _("Dear %(name)s,") % {"name": interest.name},
            "",
            _("thank you for your interest in the cooperation request “%(title)s”. We have passed your message on to the requesting cluster, who will contact you.") % {"title": page.title},
            "",
            _("The request: %(url)s") % {"url": absolute(page.get_url())},
            "",
            _("We keep your details for %(days)d days at most. To see or delete them earlier, reply to this mail.") % {"days": settings.INTEREST_RETENTION_DAYS},
        ])
    return [_message(subject, body, [interest.email])]


def invitation(job):
    invitation = job.invitation
    token = job.data.get("token")
    if not token:
        raise ValueError("the invitation's token is gone (sent already?)")
    with translation.override(invitation.language):
        clusters = ", ".join(cluster.title for cluster in invitation.clusters.all())
        subject = _("Your invitation to manage %(clusters)s on InTra-Net") % {"clusters": clusters}
        body = "\n".join([
            _("You have been invited to look after %(clusters)s on the InTra-Net platform: the cluster's profile and its cooperation requests.") % {"clusters": clusters},
            "",
            _("Choose your password here (the link works once, until %(date)s):") % {"date": invitation.expires_at.date().isoformat()},
            absolute(reverse("partnersearch:accept_invitation", args=[token])),
            "",
            _("Your user name is your e-mail address: %(email)s") % {"email": invitation.email},
        ])
    return [_message(subject, body, [invitation.email])]


def _unsubscribe_url(subscription):
    with translation.override(subscription.language):
        return absolute(reverse("partnersearch:alert_unsubscribe", args=[subscription.token]))


def alert_confirmation(job):
    subscription = job.subscription
    with translation.override(subscription.language):
        subject = _("Please confirm your partner search alert")
        body = "\n".join([
            _("Please confirm that you want a weekly digest of new cooperation requests on InTra-Net:"),
            absolute(reverse("partnersearch:alert_confirm", args=[subscription.token])),
            "",
            _("If you did not ask for it, ignore this mail: nothing will be sent."),
        ])
    return [_message(subject, body, [subscription.email])]


def digest(job):
    from .models import CooperationRequestPage

    subscription = job.subscription
    # Chosen when the digest was scheduled; a request unpublished or restricted since is left out.
    pages = public_pages(CooperationRequestPage.objects.filter(pk__in=job.data.get("pages", []))).order_by("deadline", "title")
    unsubscribe = _unsubscribe_url(subscription)
    with translation.override(subscription.language):
        subject = _("New cooperation requests on InTra-Net")
        lines = [_("New cooperation requests of the past week:"), ""]
        for page in pages:
            lines.append(f"- {page.title}")
            lines.append(f"  {absolute(page.get_url())}")
        lines += ["", _("Unsubscribe with one click: %(url)s") % {"url": unsubscribe}]
    headers = {"List-Unsubscribe": f"<{unsubscribe}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}
    return [_message(subject, "\n".join(lines), [subscription.email], headers=headers)]


COMPOSERS = {
    MailJob.Kind.INTEREST_TO_MANAGERS: interest_to_managers,
    MailJob.Kind.INTEREST_CONFIRMATION: interest_confirmation,
    MailJob.Kind.INVITATION: invitation,
    MailJob.Kind.ALERT_CONFIRMATION: alert_confirmation,
    MailJob.Kind.DIGEST: digest,
}


def messages_for(job):
    return COMPOSERS[job.kind](job)
