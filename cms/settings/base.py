"""Settings shared by every environment. Values a deployment may change are read
from the environment (see README, "Configuration"); the defaults here serve
development only."""
from pathlib import Path

import dj_database_url

from api.schema_settings import SPECTACULAR_SETTINGS as API_SPECTACULAR_SETTINGS
from search.analysis import INDEX_SETTINGS as SEARCH_INDEX_SETTINGS

from cms.proxies import parse_trusted_proxies

from .environment import env_bool, env_list, env_str, refuse_to_start

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent
VAR_DIR = BASE_DIR / "var"

SECRET_KEY = env_str("SECRET_KEY")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # Domain apps
    "core",
    "home",
    "taxonomy",
    "clusters",
    "casestudies",
    "agenda",
    # Cluster managers, cooperation requests, interests, alerts and their mail.
    "partnersearch",
    "search",
    # The partner-facing API: /api/ (README, "API").
    "api",
    # The public HTML site: page cache, SEO, error pages, navigation tags.
    "website",
    # Translation: wagtail_localize.locales replaces wagtail.locales so that the
    # Danish and German trees are kept in sync with the English one.
    "wagtail_localize",
    "wagtail_localize.locales",
    # Wagtail
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "rest_framework",
    "corsheaders",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "axes",
    # Django
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # CORS for the partner origins (API_CORS_ALLOWED_ORIGINS), /api/ only.
    "corsheaders.middleware.CorsMiddleware",
    # /api/: JSON errors, ETag/304 and Cache-Control; before LocaleMiddleware (see api/middleware.py).
    "api.middleware.APIMiddleware",
    # Content-Security-Policy on every answer but the admin's (settings below).
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # After sessions, before common: picks the language from the URL prefix,
    # and redirects "/" to the visitor's preferred language.
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # After authentication: anonymous visitors' pages from the page cache (website/cache.py).
    "website.cache.PageCacheMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes requires: it turns locked-out log-ins into a clear page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "cms.urls"
WSGI_APPLICATION = "cms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "frontend_templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Database: DATABASE_URL, e.g. postgres://user:password@host:5432/name.
# Development default: a SQLite file under the git-ignored var/ folder.
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{VAR_DIR / 'db.sqlite3'}"),
        conn_max_age=int(env_str("DATABASE_CONN_MAX_AGE", "0")),
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: English is the source language; Danish and German are translated
# from it with wagtail-localize.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("da", "Dansk"),
    ("de", "Deutsch"),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = env_str("TIME_ZONE", "Europe/Copenhagen")
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(VAR_DIR / "static")))
STATICFILES_DIRS = [BASE_DIR / "frontend_templates" / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(VAR_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Search engine: SEARCH_ENGINE selects the backend, SEARCH_URL where it listens.
# "database" needs no server and is the development default; production runs
# Elasticsearch, the test suite runs a real OpenSearch server.
SEARCH_BACKEND_MODULES = {
    "database": "wagtail.search.backends.database",
    "elasticsearch": "wagtail.search.backends.elasticsearch9",
    "opensearch": "wagtail.search.backends.opensearch2",
}
SEARCH_ENGINE = env_str("SEARCH_ENGINE", "database")
SEARCH_URL = env_str("SEARCH_URL", "http://127.0.0.1:9200")
SEARCH_INDEX_PREFIX = env_str("SEARCH_INDEX_PREFIX", "intranet_")


# Seconds any request to the engine may take. Short on purpose: a page view or
# a publish must never wait long for an engine that does not answer.
SEARCH_TIMEOUT = float(env_str("SEARCH_TIMEOUT", "2"))

# Circuit breaker (search/breaker.py): after this many engine failures in a
# row, searches are answered from the database for the cool-down (seconds)
# without asking the engine. 0 failures: no breaker.
SEARCH_BREAKER_FAILURES = int(env_str("SEARCH_BREAKER_FAILURES", "3"))
SEARCH_BREAKER_COOLDOWN = float(env_str("SEARCH_BREAKER_COOLDOWN", "30"))

# The search outbox (search/outbox.py): applied rows are kept this long so that
# a rebuild can replay the changes made while it ran.
SEARCH_OUTBOX_RETENTION_HOURS = float(env_str("SEARCH_OUTBOX_RETENTION_HOURS", "24"))

# The background worker (`manage.py run_worker`) runs these jobs: a dotted path
# (every cycle, ~0.5 s) or (dotted path, minimum seconds between runs). A job
# returns a short summary of what it did, or something false when idle.
WORKER_JOBS = [
    "search.outbox.drain_job",
    "api.webhooks.delivery.drain_job",
    ("core.jobs.publish_scheduled", 60),
    "partnersearch.jobs.send_mail_jobs",
    ("partnersearch.jobs.close_expired_requests", 300),
    ("partnersearch.jobs.purge_old_interests", 3600),
    ("partnersearch.jobs.queue_digests", 3600),
]


def _elasticsearch_backend_module():
    """Wagtail's backend for the installed client: Elasticsearch 8 servers need
    the elasticsearch 8 client (the 9 client refuses them), and the backend follows."""
    from elasticsearch import __versionstr__

    return "wagtail.search.backends.elasticsearch8" if __versionstr__.startswith("8.") else SEARCH_BACKEND_MODULES["elasticsearch"]


def search_backends(engine, url, index_prefix):
    """WAGTAILSEARCH_BACKENDS for the chosen engine (see SEARCH_BACKEND_MODULES).

    Wagtail's own search layer always runs on the database backend ("default":
    admin search, the database fallback of the public search), so publishing
    never waits for the engine. The public search keeps its own index on the
    engine (search/index.py), fed through a durable outbox. The engine is also
    configured as Wagtail's "engine" backend, without automatic updates, for
    comparison in the benchmarks (`update_index --backend engine`).
    """
    if engine not in SEARCH_BACKEND_MODULES:
        refuse_to_start(
            f"SEARCH_ENGINE={engine!r} is not known; "
            f"use one of: {', '.join(SEARCH_BACKEND_MODULES)}."
        )
    backends = {"default": {"BACKEND": SEARCH_BACKEND_MODULES["database"]}}
    if engine != "database":
        backends["engine"] = {
            "BACKEND": _elasticsearch_backend_module() if engine == "elasticsearch" else SEARCH_BACKEND_MODULES[engine],
            "URLS": [url],
            "INDEX_PREFIX": f"{index_prefix}wagtail_",
            "TIMEOUT": 5,
            "AUTO_UPDATE": False,
            "INDEX_SETTINGS": SEARCH_INDEX_SETTINGS,
        }
    return backends


WAGTAILSEARCH_BACKENDS = search_backends(SEARCH_ENGINE, SEARCH_URL, SEARCH_INDEX_PREFIX)

# Wagtail
WAGTAIL_SITE_NAME = "InTra-Net"
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
# Documents only through Wagtail's view (/documents/<id>/<file>), which applies
# collection view restrictions; never a redirect to the file under MEDIA_URL.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

# The proxies in front of the site (cms/proxies.py): a count ("1") or their
# addresses/networks ("10.0.0.0/8,192.168.1.5"). Only then is X-Forwarded-For
# believed; with none, the client is REMOTE_ADDR. Used by the API rate limit,
# the log-in protection and the access log.
try:
    TRUSTED_PROXIES = parse_trusted_proxies(env_str("TRUSTED_PROXIES", ""))
except ValueError as error:
    refuse_to_start(f"TRUSTED_PROXIES: {error}.")

# Password-guessing protection for the admin log-in (django-axes), keyed on
# the client's real address (TRUSTED_PROXIES) and user name; one address is
# also locked out for every user name after AXES_ADDRESS_FAILURE_LIMIT
# failures (password spraying; cms/login_protection.py).
AXES_FAILURE_LIMIT = int(env_str("AXES_FAILURE_LIMIT", "5"))
AXES_ADDRESS_FAILURE_LIMIT = int(env_str("AXES_ADDRESS_FAILURE_LIMIT", "20"))
AXES_COOLOFF_TIME = float(env_str("AXES_COOLOFF_HOURS", "1"))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_CLIENT_IP_CALLABLE = "cms.proxies.client_address"
AXES_HANDLER = "cms.login_protection.LoginProtectionHandler"
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "account/lockout.html"
AXES_VERBOSE = False

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "INFO"},
        # One line per background task run is noise at INFO.
        "django_tasks": {"level": "WARNING"},
        "wagtail_localize": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
        # The engine clients log every request at INFO, and an unreachable engine with a full traceback at WARNING; the
        # search app logs one line of its own instead.
        "opensearch": {"level": "ERROR"},
        "elastic_transport": {"level": "ERROR"},
    },
}

# --- Public site: page cache, security headers (website/) ---------------------
# The page cache lives in a folder shared by all worker processes, so that a
# publish in one of them empties it for all (see website/cache.py).
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "pages": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": env_str("PAGE_CACHE_DIR", str(VAR_DIR / "cache" / "pages")),
        "OPTIONS": {"MAX_ENTRIES": 5000},
    },
}
PAGE_CACHE_ALIAS = "pages"
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE_ENABLED", True)
PAGE_CACHE_SECONDS = int(env_str("PAGE_CACHE_SECONDS", "600"))
# Browsers and proxies may keep a page this long; publishing cannot reach them.
PAGE_CACHE_BROWSER_SECONDS = int(env_str("PAGE_CACHE_BROWSER_SECONDS", "60"))

# No inline scripts or styles anywhere on the public site; every asset is
# served from the site itself. The Wagtail admin needs inline scripts and
# keeps its own headers.
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/"],
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
    },
}
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"

# --- Partner API (api/; README "API") --------------------------------------------
WAGTAILAPI_LIMIT_MAX = 100
# Absolute URLs in API answers and webhook payloads (detail_url) start with this.
WAGTAILAPI_BASE_URL = env_str("API_BASE_URL", WAGTAILADMIN_BASE_URL)
REST_FRAMEWORK = {"DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema"}
SPECTACULAR_SETTINGS = API_SPECTACULAR_SETTINGS
# Partner sites that may call the API from the browser, e.g. https://windcluster.example.
CORS_ALLOWED_ORIGINS = env_list("API_CORS_ALLOWED_ORIGINS")
CORS_URLS_REGEX = r"^/api/.*$"
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
CORS_ALLOW_HEADERS = ["accept", "authorization", "content-type", "if-none-match", "user-agent", "x-api-key"]
CORS_EXPOSE_HEADERS = ["ETag", "Retry-After"]
CORS_PREFLIGHT_MAX_AGE = 86400
API_THROTTLE_ANON_RATE = env_str("API_THROTTLE_ANON_RATE", "120/min")
API_THROTTLE_KEY_RATE = env_str("API_THROTTLE_KEY_RATE", "1200/min")
API_CACHE_MAX_AGE = int(env_str("API_CACHE_MAX_AGE", "60"))
API_PREVIEW_TOKEN_MAX_AGE = int(env_str("API_PREVIEW_TOKEN_MAX_AGE", "3600"))
API_PREVIEW_FRONTEND_URL = env_str("API_PREVIEW_FRONTEND_URL", "")
WEBHOOK_TIMEOUT = float(env_str("WEBHOOK_TIMEOUT", "10"))
WEBHOOK_RETRY_BASE_DELAY = int(env_str("WEBHOOK_RETRY_BASE_DELAY", "30"))
WEBHOOK_RETRY_MAX_DELAY = int(env_str("WEBHOOK_RETRY_MAX_DELAY", "3600"))
WEBHOOK_MAX_ATTEMPTS = int(env_str("WEBHOOK_MAX_ATTEMPTS", "30"))
WEBHOOK_SENDER_THREADS = int(env_str("WEBHOOK_SENDER_THREADS", "4"))
WEBHOOK_CYCLE_SECONDS = float(env_str("WEBHOOK_CYCLE_SECONDS", "0.5"))
# Off: webhooks only reach public internet addresses (api/webhooks/targets.py).
WEBHOOK_ALLOW_PRIVATE_TARGETS = env_bool("WEBHOOK_ALLOW_PRIVATE_TARGETS", False)

# --- Mail and partner search (partnersearch/; README "Partner search") ----------
# EMAIL_URL (dj-email-url), e.g. smtp+tls://user:password@mail.example.org:587,
# or the usual EMAIL_HOST, EMAIL_PORT, EMAIL_HOST_USER, EMAIL_HOST_PASSWORD,
# EMAIL_USE_TLS / EMAIL_USE_SSL. `make run` prints mails to the console (dev.py).
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = int(env_str("EMAIL_PORT", "25"))
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
EMAIL_TIMEOUT = int(env_str("EMAIL_TIMEOUT", "10"))
if env_str("EMAIL_URL", ""):
    import dj_email_url

    try:
        vars().update(dj_email_url.parse(env_str("EMAIL_URL")))
    except Exception as error:  # an unknown scheme or a malformed address
        refuse_to_start(f"EMAIL_URL: {error}.")
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "InTra-Net <noreply@intranet.example>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Where interest in a request goes when its cluster has no manager and no contact address.
PARTNERSEARCH_NOTIFY_EMAIL = env_str("PARTNERSEARCH_NOTIFY_EMAIL", "partnersearch@intranet.example")
MAIL_RETRY_BASE_DELAY = int(env_str("MAIL_RETRY_BASE_DELAY", "60"))
MAIL_RETRY_MAX_DELAY = int(env_str("MAIL_RETRY_MAX_DELAY", "3600"))
MAIL_MAX_ATTEMPTS = int(env_str("MAIL_MAX_ATTEMPTS", "20"))
# Expressions of interest are deleted by the worker after this many days.
INTEREST_RETENTION_DAYS = int(env_str("INTEREST_RETENTION_DAYS", "365"))
# At most this many form submissions per client address and window (seconds).
INTEREST_RATE_LIMIT = int(env_str("INTEREST_RATE_LIMIT", "5"))
INTEREST_RATE_WINDOW = int(env_str("INTEREST_RATE_WINDOW", "3600"))
MANAGER_INVITATION_DAYS = int(env_str("MANAGER_INVITATION_DAYS", "7"))
