"""An index on Wagtail's page table for the pages API's listings by type.

``/api/v2/pages/?type=clusters.ClusterPage`` chooses its pages by content type
and answers them in tree order (``path``). Wagtail's own indexes are on
``path`` alone and on ``content_type``: with them the database either walks
the whole tree in path order and throws away the other types, or reads the
type's pages and sorts them. With (content_type, path) it reads the type's
pages already in order and stops after the page of rows (docs/benchmarks.md,
issue 11). Wagtail's models are not ours to declare indexes on, so the index
is plain SQL, the same on PostgreSQL and SQLite.
"""
from django.db import migrations

INDEX = "api_page_content_type_path"


class Migration(migrations.Migration):

    dependencies = [
        ("api", "0002_page_documents"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunSQL(
            sql=f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailcore_page (content_type_id, path)",
            reverse_sql=f"DROP INDEX IF EXISTS {INDEX}",
        ),
    ]
