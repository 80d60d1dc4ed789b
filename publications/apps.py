from django.apps import AppConfig


class PublicationsConfig(AppConfig):
    """The project's report (activity 4: "Document the key findings from the
    project in a report"): a page built from chosen good-practice and
    case-study pages, downloadable as a PDF in each language."""

    name = "publications"
    verbose_name = "Publications"
