import pytest, sys
from wagtail.admin.ui.menus.pages import get_page_header_buttons
from clusters.models import ClusterPage
from tests.factories import make_user
pytestmark = pytest.mark.django_db
def test_dbg(client):
    page = ClusterPage.objects.get(slug="cewind", locale__language_code="de")
    u = make_user("moderator", "Moderators")
    out = [str(page.permissions_for_user(u).can_edit())]
    bs = get_page_header_buttons(page, u, "/x/", "edit")
    out.append(repr([ (b.label, b.url, getattr(b, "show", None)) for b in bs]))
    client.force_login(u)
    html = client.get(f"/admin/pages/{page.id}/edit/").content.decode()
    import re
    out.append(repr([h for h in re.findall(r'href="([^"]*)"', html) if "/admin/" in h][:80]))
    open("/tmp/dbg.txt","w").write("\n".join(out))
