"""What the partner API keeps in the database: API keys, webhook subscriptions
and the webhook outbox, which doubles as the delivery log."""
import hashlib
import secrets
import uuid

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from taxonomy.validators import validate_web_url

API_KEY_PREFIX = "itn_"


def hash_api_key(raw_key):
    """Keys are stored as SHA-256 digests: a leaked database does not leak usable keys."""
    return hashlib.sha256(raw_key.encode()).hexdigest()


class APIKeyQuerySet(models.QuerySet):
    def active(self):
        return self.filter(revoked_at__isnull=True)

    def for_raw_key(self, raw_key):
        return self.active().filter(key_hash=hash_api_key(raw_key)).first()


class APIKey(models.Model):
    """An optional key a partner site sends (``X-API-Key``) to get a higher rate limit."""

    name = models.CharField(max_length=100, help_text=_("Who uses the key, e.g. the WindCluster website."))
    prefix = models.CharField(max_length=16, editable=False, help_text=_("The first characters of the key, to recognise it."))
    key_hash = models.CharField(max_length=64, unique=True, editable=False)
    rate_limit = models.PositiveIntegerField(
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_("Requests per minute; empty for the default rate for keys."),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True, editable=False)
    revoked = models.BooleanField(default=False, help_text=_("A revoked key is refused at once."))
    revoked_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = APIKeyQuerySet.as_manager()

    class Meta:
        verbose_name = _("API key")
        verbose_name_plural = _("API keys")
        ordering = ["name"]

    def __str__(self):
        return f"{self.name} ({self.prefix}…)"

    def set_new_key(self):
        """Give the key a new secret and return it; only its hash is kept, so
        this is the one moment the raw key can be shown."""
        raw_key = API_KEY_PREFIX + secrets.token_urlsafe(32)
        self.key_hash = hash_api_key(raw_key)
        self.prefix = raw_key[:12]
        return raw_key

    def save(self, *args, **kwargs):
        if self.revoked and self.revoked_at is None:
            self.revoked_at = timezone.now()
        elif not self.revoked:
            self.revoked_at = None
        super().save(*args, **kwargs)

    @classmethod
    def create_key(cls, name, rate_limit=None):
        """A new key and its raw secret: ``key, raw = APIKey.create_key("Partner")``."""
        key = cls(name=name, rate_limit=rate_limit)
        raw_key = key.set_new_key()
        key.save()
        return key, raw_key


class WebhookEvent(models.TextChoices):
    PUBLISHED = "page.published", _("Page published")
    UNPUBLISHED = "page.unpublished", _("Page unpublished")
    DELETED = "page.deleted", _("Page deleted")


def default_webhook_events():
    return list(WebhookEvent.values)


def generate_webhook_secret():
    return secrets.token_hex(32)


class Webhook(models.Model):
    """A partner's URL that receives a signed POST when a page is published,
    unpublished or deleted."""

    name = models.CharField(max_length=100)
    url = models.URLField(max_length=500, validators=[validate_web_url])
    secret = models.CharField(
        max_length=128,
        default=generate_webhook_secret,
        # Not in the admin's forms: generated, shown once on creation and on rotation.
        help_text=_("Shared with the partner: the HMAC-SHA256 key of the signature header."),
    )
    events = models.JSONField(
        default=default_webhook_events,
        help_text=_("Which events are sent: page.published, page.unpublished, page.deleted."),
    )
    is_active = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("webhook")
        verbose_name_plural = _("webhooks")
        ordering = ["name"]

    def __str__(self):
        return f"{self.name} → {self.url}"

    def wants(self, event):
        return event in (self.events or [])

    def clean(self):
        super().clean()
        from .webhooks.targets import check_webhook_url

        if self.url:
            try:
                check_webhook_url(self.url)
            except ValidationError as error:
                raise ValidationError({"url": error}) from None

    def rotate_secret(self):
        """Give the webhook a new secret, save it and return it (shown once to the administrator)."""
        self.secret = generate_webhook_secret()
        self.save(update_fields=["secret"])
        return self.secret


class WebhookDeliveryQuerySet(models.QuerySet):
    def due(self, now=None):
        return self.filter(status=WebhookDelivery.Status.PENDING, next_attempt_at__lte=now or timezone.now())


class WebhookDelivery(models.Model):
    """One event for one webhook: the outbox row written in the publishing
    transaction, then the record of every delivery attempt."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        DELIVERED = "delivered", _("Delivered")
        FAILED = "failed", _("Failed (gave up)")

    event_id = models.UUIDField(default=uuid.uuid4, editable=False, db_index=True)
    webhook = models.ForeignKey(Webhook, on_delete=models.CASCADE, related_name="deliveries")
    event = models.CharField(max_length=32, choices=WebhookEvent.choices)
    payload = models.JSONField()
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.PENDING)
    attempts = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(default=timezone.now)
    next_attempt_at = models.DateTimeField(default=timezone.now)
    last_attempt_at = models.DateTimeField(null=True, blank=True)
    delivered_at = models.DateTimeField(null=True, blank=True)
    last_status_code = models.PositiveSmallIntegerField(null=True, blank=True)
    last_error = models.TextField(blank=True)

    objects = WebhookDeliveryQuerySet.as_manager()

    class Meta:
        verbose_name = _("webhook delivery")
        verbose_name_plural = _("webhook deliveries")
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["status", "next_attempt_at"], name="api_delivery_due")]

    def __str__(self):
        return f"{self.event} → {self.webhook.name} ({self.get_status_display()})"


class PageDocument(models.Model):
    """A live, public page's complete API representation, precomputed.

    ``data`` is what ``/api/v2/pages/<id>/?fields=*`` answers for the page
    (every field of its type, ``meta`` with translations and parent, in its
    language). Listings and details read it in the query that chooses the
    pages and cut it to the requested ``fields`` (api/documents.py). It is kept
    as JSON text, not ``jsonb``: the database never looks inside, and handing
    the text over as it is and decoding it with orjson is the cheapest read.

    A row is trusted only while ``schema`` is the current fingerprint (schema
    version and base addresses) and ``last_published_at`` is the page's; any
    other row is rebuilt on the fly. Drafts and private pages never get a row.
    """

    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, primary_key=True, related_name="api_document"
    )
    locale = models.CharField(max_length=16)
    page_type = models.CharField(max_length=100)
    schema = models.CharField(max_length=32)
    last_published_at = models.DateTimeField(null=True)
    built_at = models.DateTimeField(default=timezone.now)
    data = models.TextField(help_text="The representation as JSON text.")

    class Meta:
        verbose_name = _("API page document")
        verbose_name_plural = _("API page documents")

    def __str__(self):
        return f"API document of page {self.page_id} ({self.page_type}, {self.locale})"
