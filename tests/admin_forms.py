"""Posting the Wagtail admin's page forms the way a browser would.

The edit form is read from the admin's own HTML, so every field the editor
sees is sent back with its current value. StreamFields are the exception: the
browser builds their fields with JavaScript, so the test names their blocks.
"""
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, streamfield


def stream_items(stream_value):
    """A StreamField value as (block type, raw value) pairs for the form helpers."""
    return [(child.block_type, child.block.get_form_state(child.value)) for child in stream_value]


def edit_form_data(client, page, **changes):
    """The page's admin edit form as the browser would post it, with ``changes`` applied."""
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200, f"cannot open the edit form of {page} ({response.status_code})"
    data = querydict_from_html(response.content.decode(), form_id="page-edit-form")
    specific = page.specific
    streams = {}
    for field in specific._meta.get_fields():
        if field.__class__.__name__ == "StreamField":
            streams[field.name] = streamfield(stream_items(getattr(specific, field.name)))
    data.update(nested_form_data(streams))
    for name, value in changes.items():
        if isinstance(value, list):
            data.setlist(name, value)
        else:
            data[name] = value
    return data


def post_edit(client, page, action=None, **changes):
    data = edit_form_data(client, page, **changes)
    if action:
        data[action] = "1"
    return client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
