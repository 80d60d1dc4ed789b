"""sitemap.xml for all three languages.

Wagtail's own sitemap lists the pages under the default site's root page only,
which here is the English tree. This one lists the live, public pages of every
language tree (the translations of the site's root page and their
descendants), leaving out untranslated alias pages: they repeat the source
language's content, and their canonical URL is the source page.
Locations are absolute URLs on the host the sitemap was requested from, like
the canonical URLs in the pages' <head>.
"""
from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from .visibility import public_pages


class MultilingualSitemap(Sitemap):
    def items(self):
        root = self.get_wagtail_site().root_page
        roots = Page.objects.filter(translation_key=root.translation_key, depth=root.depth)
        in_trees = Q()
        for tree_root in roots:
            in_trees |= Q(path__startswith=tree_root.path)
        return (
            public_pages(Page.objects.filter(in_trees, alias_of__isnull=True))
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def get_urls(self, page=1, site=None, protocol=None):
        urls = []
        for item in self.paginator.page(page).object_list:
            relative = item.get_url(self.request)
            if not relative:
                continue
            lastmod = item.last_published_at or item.latest_revision_created_at
            urls.append({"item": item, "location": self.request.build_absolute_uri(relative), "lastmod": lastmod})
        return urls
