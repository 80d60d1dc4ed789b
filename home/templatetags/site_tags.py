from django import template

from home.language_links import content_language, language_links

register = template.Library()


@register.simple_tag(takes_context=True)
def page_language_links(context, page):
    return language_links(page, context.get("request"))


@register.filter
def page_content_language(page):
    return content_language(page)
