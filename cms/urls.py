"""Root URLconf. The admin, documents, the partner API (/api/), sitemap.xml and
robots.txt live outside the language prefix; the public site and its search are
served under /en/, /da/ and /de/ (and the benchmark baselines under /bench/ in
cms.settings.bench only)."""
import re

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.contrib.sitemaps.views import sitemap

from website.sitemap import MultilingualSitemap
from website.views import media_not_found, robots_txt

# The 500 page in the visitor's language, rendered without the database.
handler500 = "website.views.server_error"

urlpatterns = [
    # Outside the language prefix: one sitemap for the three languages, robots.txt.
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": MultilingualSitemap}}, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # The partner API (api/): outside the language prefix.
    path("api/", include("api.urls")),
]

if settings.DEBUG:
    # Images and renditions straight from MEDIA_ROOT in development. Documents
    # never: a document in a restricted collection must only reach those
    # allowed to see it, through Wagtail's document view (/documents/<id>/...).
    media_prefix = re.escape(settings.MEDIA_URL.lstrip("/"))
    urlpatterns += [
        re_path(rf"^{media_prefix}documents/", media_not_found),
        *static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT),
    ]

# Benchmarks only (cms/settings/bench.py): the baselines of `make bench` under /bench/.
if getattr(settings, "BENCHMARK_BASELINES", False):
    urlpatterns.append(path("bench/", include("benchmarks.urls")))

# "/" has no language prefix: Django's LocaleMiddleware answers it with a
# redirect to the visitor's preferred language (Accept-Language), English otherwise.
urlpatterns += i18n_patterns(
    path("search/", include("search.urls")),
    # Partner search's own pages: alert subscriptions, manager invitations.
    path("partner-search-service/", include("partnersearch.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
