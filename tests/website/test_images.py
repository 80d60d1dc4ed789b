"""Images are renditions with width, height, lazy loading and alt text."""
import re

import pytest

from clusters.models import ClusterPage
from home.models import StandardPage

from .helpers import Outline
from .listing_factories import make_logo

pytestmark = pytest.mark.django_db


def images(html):
    return [tag for name, tag in Outline(html).tags if name == "img"]


def test_cluster_logo_on_card_and_profile(client):
    cluster = ClusterPage.objects.get(slug="cewind", locale__language_code="en")
    cluster.logo = make_logo()
    cluster.save_revision().publish()

    card_logo = next(img for img in images(client.get("/en/clusters/").content.decode()) if "card__logo" in img.get("class", ""))
    assert card_logo["loading"] == "lazy" and card_logo["width"] and card_logo["height"]
    assert card_logo["alt"] == ""  # the cluster's name is right beside it
    assert card_logo["src"].endswith(".png")

    html = client.get(cluster.url).content.decode()
    profile_logo = images(html)[0]
    assert profile_logo["alt"] == cluster.logo.title
    assert profile_logo["width"] and profile_logo["height"] and profile_logo["loading"] == "lazy"
    page = Outline(html)
    assert page.meta("og:image").startswith("http://testserver/")
    assert page.meta("twitter:card") == "summary_large_image"


def test_body_images_use_the_blocks_alt_text(client):
    about = StandardPage.objects.get(slug="about", locale__language_code="en")
    image = make_logo()
    about.body = list(about.body.raw_data) + [
        {"type": "image", "value": {"image": image.pk, "decorative": False, "alt_text": "Cluster managers at a workshop"}},
    ]
    about.save_revision().publish()
    html = client.get(about.url).content.decode()
    body_image = images(html)[-1]
    assert body_image["alt"] == "Cluster managers at a workshop"
    assert body_image["loading"] == "lazy"
    assert re.fullmatch(r"\d+", body_image["width"]) and re.fullmatch(r"\d+", body_image["height"])
