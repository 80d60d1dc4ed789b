"""The partner API's settings, each with the default used when cms/settings
does not set it (the environment variables are read there)."""
from django.conf import settings

DEFAULTS = {
    # Requests per client: anonymous clients by IP address, partners by API key.
    "API_THROTTLE_ANON_RATE": "120/min",
    "API_THROTTLE_KEY_RATE": "1200/min",
    # Cache-Control max-age for anonymous reads, in seconds.
    "API_CACHE_MAX_AGE": 60,
    # How long a headless preview token stays valid, in seconds.
    "API_PREVIEW_TOKEN_MAX_AGE": 3600,
    # Where "Headless preview" in the admin sends editors; {token} and {api_url}
    # are filled in. Empty: to the preview endpoint itself (JSON).
    "API_PREVIEW_FRONTEND_URL": "",
    # Webhook delivery: timeout per attempt, the first retry delay (doubled on
    # each failure up to the maximum), and the attempts before giving up.
    "WEBHOOK_TIMEOUT": 10,
    "WEBHOOK_RETRY_BASE_DELAY": 30,
    "WEBHOOK_RETRY_MAX_DELAY": 3600,
    "WEBHOOK_MAX_ATTEMPTS": 30,
    # The worker's webhook POSTs run in this many background threads (one
    # at a time per webhook); a worker cycle waits for them at most this long.
    "WEBHOOK_SENDER_THREADS": 4,
    "WEBHOOK_CYCLE_SECONDS": 0.5,
    # Allow webhooks to loopback, private, link-local and reserved addresses
    # (an intranet whose partners sit on the private network). Off: SSRF.
    "WEBHOOK_ALLOW_PRIVATE_TARGETS": False,
}


def api_setting(name):
    return getattr(settings, name, DEFAULTS[name])
