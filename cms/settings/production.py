"""Production: DEBUG off, secrets and hosts from the environment, static files
through whitenoise, HTTPS-only cookies and HSTS. See README, "Production"."""
from .base import *  # noqa: F401,F403
from .environment import env_bool, env_list, env_str, refuse_to_start, secret_key_problem

DEBUG = False
SECRET_KEY = env_str("SECRET_KEY")
if secret_key_problem(SECRET_KEY):
    refuse_to_start(secret_key_problem(SECRET_KEY))
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
if not ALLOWED_HOSTS:
    refuse_to_start("ALLOWED_HOSTS is not set; list the site's host names, comma-separated.")

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# HTTPS. Behind a TLS-terminating proxy that sets X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = int(env_str("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# One access-log line per request with the client's real address (TRUSTED_PROXIES);
# gunicorn's own access log could only name the proxy.
MIDDLEWARE = ["cms.proxies.AccessLogMiddleware", *MIDDLEWARE]  # noqa: F405
