"""The seed data (home/seed/content.py) is consistent before anything loads
it: no database needed."""
import re

from home.seed.content import (
    CASE_STUDIES,
    CLUSTERS,
    EVENTS,
    GOOD_PRACTICES,
    HOME,
    INDEXES,
    LANGS,
    PARTNERS,
    PROJECT_CONTACT,
    PROJECT_IDEAS,
    SECTORS,
    STANDARD_PAGES,
    THEMES,
)


def test_the_seed_data_is_complete_and_consistent():
    """Every text in the three languages, slugs well-formed and unique per
    language, references between records resolvable, the counts the site
    promises."""
    slug_re = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
    date_re = re.compile(r"^\d{4}-\d{2}-\d{2}$")
    lang_set = set(LANGS)

    def walk(obj, path):
        if isinstance(obj, dict):
            keys = set(obj)
            if keys & lang_set:
                assert keys == lang_set, "%s: i18n keys %r" % (path, sorted(keys))
                lengths = set()
                if all(obj[lang] in ("", []) for lang in LANGS):
                    return  # a field left empty in every language (issue 16: nothing guessed)
                for lang in LANGS:
                    val = obj[lang]
                    if isinstance(val, str):
                        assert val.strip(), "%s.%s empty" % (path, lang)
                    else:
                        assert isinstance(val, list) and val, "%s.%s empty/invalid" % (path, lang)
                        assert all(isinstance(v, str) and v.strip() for v in val), "%s.%s item" % (path, lang)
                        lengths.add(len(val))
                assert len(lengths) <= 1, "%s: list lengths differ per language" % path
                return
            for k, v in obj.items():
                if k == "slug_i18n":
                    assert set(v) == {"da", "de"}, "%s.slug_i18n keys" % path
                    for s in v.values():
                        assert slug_re.match(s), "%s.slug_i18n bad slug %r" % (path, s)
                    continue
                if k == "slug":
                    assert slug_re.match(v), "%s bad slug %r" % (path, v)
                walk(v, "%s.%s" % (path, k))
        elif isinstance(obj, list):
            for i, v in enumerate(obj):
                walk(v, "%s[%d]" % (path, i))

    data = {
        "SECTORS": SECTORS, "THEMES": THEMES, "PARTNERS": PARTNERS, "CLUSTERS": CLUSTERS,
        "CASE_STUDIES": CASE_STUDIES, "GOOD_PRACTICES": GOOD_PRACTICES, "EVENTS": EVENTS,
        "PROJECT_IDEAS": PROJECT_IDEAS, "STANDARD_PAGES": STANDARD_PAGES, "HOME": HOME,
        "INDEXES": INDEXES, "PROJECT_CONTACT": PROJECT_CONTACT,
    }
    for name, obj in data.items():
        walk(obj, name)

    def unique(items, key, label):
        values = [it[key] for it in items]
        assert len(values) == len(set(values)), "%s: duplicate %s" % (label, key)
        return set(values)

    sector_keys = unique(SECTORS, "key", "SECTORS")
    theme_keys = unique(THEMES, "key", "THEMES")
    partner_keys = unique(PARTNERS, "key", "PARTNERS")
    cluster_slugs = unique(CLUSTERS, "slug", "CLUSTERS")
    unique(CLUSTERS, "name", "CLUSTERS")
    case_slugs = unique(CASE_STUDIES, "slug", "CASE_STUDIES")
    gp_slugs = unique(GOOD_PRACTICES, "slug", "GOOD_PRACTICES")
    unique(EVENTS, "slug", "EVENTS")
    unique(PROJECT_IDEAS, "slug", "PROJECT_IDEAS")
    unique(STANDARD_PAGES, "slug", "STANDARD_PAGES")
    unique(list(INDEXES.values()), "slug", "INDEXES")

    # Translated slugs must be unique among siblings per language, too.
    for label, items in (("CASE_STUDIES", CASE_STUDIES), ("GOOD_PRACTICES", GOOD_PRACTICES),
                         ("EVENTS", EVENTS), ("PROJECT_IDEAS", PROJECT_IDEAS),
                         ("STANDARD_PAGES", STANDARD_PAGES), ("INDEXES", list(INDEXES.values()))):
        for lang in ("da", "de"):
            slugs = [it["slug_i18n"][lang] for it in items]
            assert len(slugs) == len(set(slugs)), "%s: duplicate %s slug" % (label, lang)

    assert len(CLUSTERS) == 21, len(CLUSTERS)
    assert len(GOOD_PRACTICES) == 5, len(GOOD_PRACTICES)
    assert len(EVENTS) == 4, len(EVENTS)
    assert len(PROJECT_IDEAS) == 3, len(PROJECT_IDEAS)
    assert len(CASE_STUDIES) == 3, len(CASE_STUDIES)
    assert {p["slug"] for p in STANDARD_PAGES} == {"about", "partners", "advisory-board", "funding"}
    assert set(INDEXES) == {"clusters", "case_studies", "good_practice", "events", "project_ideas"}
    assert partner_keys == {"regx", "wtsh"}

    member_kinds = {"company", "research", "education", "public"}
    for c in CLUSTERS:
        assert "slug_i18n" not in c, c["slug"]
        # Empty where the name does not state the country (issue 16).
        assert c["country"] in ("DK", "DE", ""), c["slug"]
        assert c["partner"] in ("regx", "wtsh"), c["slug"]
        if c["country"]:
            assert c["partner"] == ("regx" if c["country"] == "DK" else "wtsh"), c["slug"]
        assert set(c["sectors"]) <= sector_keys, c["slug"]
        assert 2 <= len(c["members"]) <= 3 and all(m["kind"] in member_kinds for m in c["members"]), c["slug"]
        assert c["contact"]["email"].endswith("@example.org"), c["slug"]
        assert c["website"].startswith("https://example.org/"), c["slug"]
        assert c["demo"] is True, c["slug"]

    for cs in CASE_STUDIES:
        assert set(cs["good_practices"]) <= gp_slugs, cs["slug"]
        assert set(cs["themes"]) <= theme_keys, cs["slug"]
        assert all(re.match(r"^[A-Z]{2}$", cc) for cc in cs["countries"]), cs["slug"]
        assert cs["period_start"] <= cs["period_end"], cs["slug"]
        assert cs["demo"] is True, cs["slug"]

    for gp in GOOD_PRACTICES:
        assert set(gp["themes"]) <= theme_keys, gp["slug"]
        assert gp["evidence"] and set(gp["evidence"]) <= case_slugs, gp["slug"]
        for cs_slug in gp["evidence"]:  # links are kept symmetric
            cs = next(c for c in CASE_STUDIES if c["slug"] == cs_slug)
            assert gp["slug"] in cs["good_practices"], (gp["slug"], cs_slug)

    kinds = {"workshop", "networking", "matchmaking"}
    for ev in EVENTS:
        assert ev["kind"] in kinds, ev["slug"]
        assert date_re.match(ev["start"]) and date_re.match(ev["end"]), ev["slug"]
        assert ev["start"] <= ev["end"], ev["slug"]
        assert set(ev["themes"]) <= theme_keys, ev["slug"]
    assert [(e["start"], e["end"]) for e in EVENTS[:3]] == [
        ("2012-01-17", "2012-01-18"), ("2012-06-12", "2012-06-13"), ("2012-09-14", "2012-09-14")]
    assert EVENTS[3]["demo"] is True and EVENTS[3]["start"].startswith("2012-")

    for pi in PROJECT_IDEAS:
        assert pi["status"] == "ongoing", pi["slug"]
        assert pi["lead_cluster"] is None or pi["lead_cluster"] in cluster_slugs, pi["slug"]
        assert set(pi["partner_clusters"]) <= cluster_slugs, pi["slug"]
        assert pi["lead_cluster"] not in pi["partner_clusters"], pi["slug"]
        # Issue 16: the presentation gives no contact, lead or goals per idea.
        assert pi["contact"]["email"] == "" and pi["lead_cluster"] is None and not pi["goals"]["en"], pi["slug"]
