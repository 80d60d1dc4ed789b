"""What the views and commands do, kept out of the views: storing an interest
with its mail, inviting a manager, subscribing to alerts."""
import datetime

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from .models import AlertSubscription, Interest, MailJob, ManagerInvitation, new_token, token_hash


@transaction.atomic
def submit_interest(page, data, language):
    """Store an expression of interest and its two mails in one transaction:
    if the mail server is down, the worker sends them later; nothing is lost."""
    interest = Interest.objects.create(
        request_page=page,
        cluster_key=page.cluster.translation_key,
        language=language,
        **{name: data[name] for name in ("name", "organisation", "country", "email", "message", "consent")},
    )
    MailJob.objects.create(kind=MailJob.Kind.INTEREST_TO_MANAGERS, interest=interest)
    MailJob.objects.create(kind=MailJob.Kind.INTEREST_CONFIRMATION, interest=interest)
    return interest


@transaction.atomic
def invite_manager(email, clusters, invited_by=None, language="en"):
    """An invitation and its mail; the token travels only in the mail (the
    database keeps its hash, and the mail job forgets it once sent)."""
    token = new_token()
    invitation = ManagerInvitation.objects.create(
        email=email,
        language=language,
        token_hash=token_hash(token),
        invited_by=invited_by,
        expires_at=timezone.now() + datetime.timedelta(days=settings.MANAGER_INVITATION_DAYS),
    )
    invitation.clusters.set(clusters)
    MailJob.objects.create(kind=MailJob.Kind.INVITATION, invitation=invitation, data={"token": token})
    return invitation, token


@transaction.atomic
def subscribe(email, language, languages, sectors):
    subscription = AlertSubscription.objects.create(email=email, language=language, languages=list(languages))
    subscription.sectors.set(sectors)
    MailJob.objects.create(kind=MailJob.Kind.ALERT_CONFIRMATION, subscription=subscription)
    return subscription
