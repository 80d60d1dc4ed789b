"""The base of the list pages' filter forms: plain GET forms whose unknown
values are reported and ignored, never an error page."""
from django import forms


class ListFilterForm(forms.Form):
    """A list filter read from the query string. ``value(name)`` is the valid
    value of a filter ("" when empty or unknown); ``messages`` says what was
    ignored, for the list page to show."""

    def __init__(self, data, **choices):
        """``choices``: field name -> the choices offered besides "all" (known
        only at request time, e.g. the sectors in the page's language)."""
        super().__init__(data)
        for name, options in choices.items():
            field = self.fields[name]
            field.choices = field.choices[:1] + list(options)
        self.is_valid()

    def value(self, name):
        if name in self.errors:
            return ""
        return self.cleaned_data.get(name, "")

    @property
    def messages(self):
        return [error for errors in self.errors.values() for error in errors]
