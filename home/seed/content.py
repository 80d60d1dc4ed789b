"""Seed content for the InTra-Net platform, in English, Danish and German.

The content comes from the 2012 presentation of the InTra-Net project
("Innovation in Transnational Networks", 2011-2012). REG X, the Danish
Cluster Academy, and WTSH, the Business Development and Technology Transfer
Corporation of Schleswig-Holstein, ran the project. INTERREG 4A
Syddanmark-Schleswig-K.E.R.N. supported it with EUR 220,000 from the European
Regional Development Fund. The source text is
/work/shared/seeds/intranet-presentation.txt.

Every translatable text is a dict ``{"en": ..., "da": ...,
"de": ...}``. Page bodies and other multi-part texts are lists of strings for
each language. Records with a translated title also carry ``slug_i18n``
(``{"da": ..., "de": ...}``). Clusters keep one slug in every language.

Values marked demo are PLACEHOLDERS, NOT FACTS. A record with ``"demo": True``
contains values that the presentation does not give. For clusters, this means
the city, website, member list, contact, offers and "looking for" text. Region,
country and sector are kept only where the cluster's name states them, and are
empty otherwise (issue 16). For case studies, it is the whole record, because
the presentation does not name the European cases; their countries are left
empty so that no invented country reaches the public country facet.
For the matching event, it is the date. Event locations are also demo values:
the presentation names none. The presentation says only which three project
ideas were ongoing, not who led them, who took part, their goals or contact:
those fields are empty. The texts say so where readers would otherwise take
them as claims.

Notes on the source:
* The presentation speaks of "20 clusters from the INTERREG 4A Region", but
  its list of participating clusters names 21. All 21 appear in CLUSTERS.
* For AluCluster, FURGY, KVCA, ROBIN and others, the country cannot be read
  from the name; it is left empty (COUNTRY_IN_NAME lists the clusters whose
  name states it). The sectors of FURGY, KVCA and ROBIN are empty because their
  names do not reveal them, and sectors read into a name are dropped.

The module is pure data: it has no Django imports. Run it directly
(``python3 home/seed/content.py``) to run the consistency checks.
"""

LANGS = ("en", "da", "de")

# Target groups, as the founding document names them (activities 4; 4.B
# recommendation 3: "all triple helix actors").
TARGET_GROUPS = [
    {"key": "cluster-facilitators", "name": {"en": "Cluster facilitators", "da": "Klyngefacilitatorer", "de": "Clustermoderatoren"}},
    {"key": "cluster-companies", "name": {"en": "Cluster companies", "da": "Klyngevirksomheder", "de": "Clusterunternehmen"}},
    {"key": "research-facilities", "name": {"en": "Research facilities", "da": "Forskningsinstitutioner", "de": "Forschungseinrichtungen"}},
    {"key": "triple-helix-actors", "name": {"en": "Triple-helix actors", "da": "Triple helix-aktører", "de": "Triple-Helix-Akteure"}},
]

# Who the document says an activity was for: the workshops trained cluster
# facilitators ("training activities for clusters facilitators"), the matching
# event was "for cluster companies and research facilities", and the labour
# mobility recommendation targets "all triple helix actors".
TARGET_GROUPS_OF = {
    "workshop-1-and-networking-event": ["cluster-facilitators"],
    "workshop-2-and-networking-event": ["cluster-facilitators"],
    "workshop-3": ["cluster-facilitators"],
    "matching-event": ["cluster-companies", "research-facilities"],
    "labour-mobility-programme": ["triple-helix-actors"],
}

# ---------------------------------------------------------------------------
# Project contact (the only real contact given in the presentation)
# ---------------------------------------------------------------------------


def _project_contact():
    """Return a fresh copy of the real project contact from the presentation."""
    return {
        "name": "Jesper Lund",
        "role": {
            "en": "Project Manager, REG X",
            "da": "Projektleder, REG X",
            "de": "Projektleiter, REG X",
        },
        "email": "jesper@regx.dk",
        "phone": "+45 6550 1344",
    }


PROJECT_CONTACT = _project_contact()

# Issue 16: the presentation names the project's contact, not a contact per
# project idea; the ideas' contact fields stay empty.
_NO_CONTACT = {"name": "", "role": {"en": "", "da": "", "de": ""}, "email": "", "phone": ""}
_NO_GOALS = {"en": [], "da": [], "de": []}

# ---------------------------------------------------------------------------
# Taxonomies
# ---------------------------------------------------------------------------

SECTORS = [
    {"key": "wind-energy", "name": {"en": "Wind energy", "da": "Vindenergi", "de": "Windenergie"}},
    {"key": "bioenergy", "name": {"en": "Bioenergy and biomass", "da": "Bioenergi og biomasse", "de": "Bioenergie und Biomasse"}},
    {"key": "energy-efficiency", "name": {"en": "Energy efficiency", "da": "Energieffektivitet", "de": "Energieeffizienz"}},
    {"key": "food", "name": {"en": "Food", "da": "Fødevarer", "de": "Ernährungswirtschaft"}},
    {"key": "maritime", "name": {"en": "Maritime industries", "da": "Maritime erhverv", "de": "Maritime Wirtschaft"}},
    {"key": "logistics", "name": {"en": "Logistics", "da": "Logistik", "de": "Logistik"}},
    {"key": "life-science-health", "name": {"en": "Life science and health", "da": "Life science og sundhed", "de": "Life Sciences und Gesundheit"}},
    {"key": "welfare-technology", "name": {"en": "Welfare technology", "da": "Velfærdsteknologi", "de": "Wohlfahrtstechnologie"}},
    {"key": "robotics-automation", "name": {"en": "Robotics and automation", "da": "Robotteknologi og automatisering", "de": "Robotik und Automatisierung"}},
    {"key": "plastics-materials", "name": {"en": "Plastics and materials", "da": "Plast og materialer", "de": "Kunststoffe und Werkstoffe"}},
    {"key": "metal-manufacturing", "name": {"en": "Metal and manufacturing", "da": "Metal og produktion", "de": "Metall und Fertigung"}},
    {"key": "digital-ict", "name": {"en": "Digital economy and ICT", "da": "Digital økonomi og IKT", "de": "Digitale Wirtschaft und IKT"}},
    {"key": "design", "name": {"en": "Design", "da": "Design", "de": "Design"}},
]

THEMES = [
    {"key": "open-innovation", "name": {"en": "Open innovation", "da": "Åben innovation", "de": "Open Innovation"}},
    {"key": "internationalisation", "name": {"en": "Internationalisation", "da": "Internationalisering", "de": "Internationalisierung"}},
    {"key": "cross-border-policy", "name": {"en": "Cross-border policy", "da": "Grænseoverskridende politik", "de": "Grenzüberschreitende Politik"}},
    {"key": "labour-mobility", "name": {"en": "Labour mobility", "da": "Mobilitet på arbejdsmarkedet", "de": "Arbeitskräftemobilität"}},
    {"key": "regional-identity", "name": {"en": "Regional identity", "da": "Regional identitet", "de": "Regionale Identität"}},
    {"key": "business-models", "name": {"en": "Business models", "da": "Forretningsmodeller", "de": "Geschäftsmodelle"}},
    {"key": "funding", "name": {"en": "Funding and financing", "da": "Finansiering", "de": "Finanzierung und Förderung"}},
    {"key": "intercultural-collaboration", "name": {"en": "Intercultural collaboration", "da": "Interkulturelt samarbejde", "de": "Interkulturelle Zusammenarbeit"}},
    {"key": "cluster-management", "name": {"en": "Cluster management", "da": "Klyngeledelse", "de": "Clustermanagement"}},
]

# ---------------------------------------------------------------------------
# Project partners
# ---------------------------------------------------------------------------

PARTNERS = [
    {
        "key": "regx",
        "name": "REG X",
        "full_name": {
            "en": "The Danish Cluster Academy",
            "da": "Det Danske Klyngeakademi",
            "de": "Die Dänische Clusterakademie",
        },
        "website": "http://www.regx.dk/",
        "country": "DK",
        "description": {
            "en": "REG X, the Danish Cluster Academy, was the Danish project partner in InTra-Net. Jesper Lund of REG X was the project manager.",
            "da": "REG X, Det Danske Klyngeakademi, var den danske projektpartner i InTra-Net. Jesper Lund fra REG X var projektleder.",
            "de": "REG X, die Dänische Clusterakademie, war der dänische Projektpartner von InTra-Net. Projektleiter war Jesper Lund von REG X.",
        },
    },
    {
        "key": "wtsh",
        "name": "WTSH",
        "full_name": {
            "en": "The Business Development and Technology Transfer Corporation of Schleswig-Holstein",
            "da": "Slesvig-Holstens selskab for erhvervsfremme og teknologioverførsel",
            "de": "Wirtschaftsförderung und Technologietransfer Schleswig-Holstein GmbH",
        },
        "website": "http://www.wtsh.de/",
        "country": "DE",
        "description": {
            "en": "WTSH, the Business Development and Technology Transfer Corporation of Schleswig-Holstein, was the German project partner in InTra-Net.",
            "da": "WTSH, Slesvig-Holstens selskab for erhvervsfremme og teknologioverførsel, var den tyske projektpartner i InTra-Net.",
            "de": "Die WTSH, Wirtschaftsförderung und Technologietransfer Schleswig-Holstein GmbH, war der deutsche Projektpartner von InTra-Net.",
        },
    },
]

# ---------------------------------------------------------------------------
# Clusters (all 21 named in the presentation; profiles are demo)
# ---------------------------------------------------------------------------

_DEMO_PHONE = {"DK": "+45 00 00 00 00", "DE": "+49 000 000000"}
_REGION = {"DK": "Syddanmark", "DE": "Schleswig-Holstein"}

_MEMBER_SETS = [
    [
        {"name": "Demo member company A", "kind": "company"},
        {"name": "Demo research institution B", "kind": "research"},
        {"name": "Demo education institution C", "kind": "education"},
    ],
    [
        {"name": "Demo member company A", "kind": "company"},
        {"name": "Demo member company B", "kind": "company"},
        {"name": "Demo public authority C", "kind": "public"},
    ],
    [
        {"name": "Demo member company A", "kind": "company"},
        {"name": "Demo research institution B", "kind": "research"},
    ],
]

_UNKNOWN_FIELD = {
    "en": "Its field of work is not stated in the project material.",
    "da": "Projektmaterialet oplyser ikke, hvilket område klyngen arbejder inden for.",
    "de": "Das Projektmaterial nennt kein Tätigkeitsfeld des Clusters.",
}


def _cluster(index, slug, name, country, sectors, keywords, field, region=None):
    """Build one demo cluster profile; *field* is a name-based sentence in en/da/de."""
    return {
        "slug": slug,
        "name": name,
        "country": country,
        "region": region or _REGION[country],
        "city": "Demo city",
        "sectors": sectors,
        "partner": "regx" if country == "DK" else "wtsh",
        "founded_year": None,
        "member_count": None,
        "website": "https://example.org/demo/clusters/%s/" % slug,
        "short_description": {
            "en": "Demo profile: %s is one of the 21 clusters listed as participants in InTra-Net. %s Its editors have not yet written this profile." % (name, field["en"]),
            "da": "Demoprofil: %s er en af de 21 klynger, der er opført som deltagere i InTra-Net. %s Klyngens redaktører har endnu ikke skrevet denne profil." % (name, field["da"]),
            "de": "Demoprofil: %s ist eines der 21 Cluster, die als Teilnehmer von InTra-Net aufgeführt sind. %s Die Redaktion des Clusters hat dieses Profil noch nicht verfasst." % (name, field["de"]),
        },
        "keywords": keywords,
        "members": [dict(m) for m in _MEMBER_SETS[index % len(_MEMBER_SETS)]],
        "offers": {
            "en": "Demo text: what %s offers to partners in the border region has not yet been described." % name,
            "da": "Demotekst: Hvad %s kan tilbyde partnere i grænseregionen, er endnu ikke beskrevet." % name,
            "de": "Demotext: Was %s Partnern in der Grenzregion anbietet, ist noch nicht beschrieben." % name,
        },
        "looking_for": {
            "en": "Demo text: the partners and competences %s is looking for across the border have not yet been described." % name,
            "da": "Demotekst: Hvilke partnere og kompetencer %s søger på den anden side af grænsen, er endnu ikke beskrevet." % name,
            "de": "Demotext: Welche Partner und Kompetenzen %s jenseits der Grenze sucht, ist noch nicht beschrieben." % name,
        },
        "contact": {
            "name": "Demo contact",
            "role": {
                "en": "Cluster manager (demo)",
                "da": "Klyngeleder (demo)",
                "de": "Clustermanager (Demo)",
            },
            "email": "%s@example.org" % slug,
            "phone": _DEMO_PHONE[country],
        },
        "demo": True,
    }


_CLUSTER_ROWS = [
    # (slug, name as in the document, country, sectors, keywords, name-based field sentence[, region])
    (
        # Country not evident from the name: assumed DK (demo).
        "alucluster", "AluCluster", "DK", ["metal-manufacturing"], ["aluminium"],
        {
            "en": "As its name suggests, it is concerned with aluminium.",
            "da": "Som navnet antyder, beskæftiger den sig med aluminium.",
            "de": "Wie der Name andeutet, befasst es sich mit Aluminium.",
        },
    ),
    (
        "cewind", "CEwind Center of Excellence Wind Energy", "DE", ["wind-energy"],
        ["wind energy", "centre of excellence"],
        {
            "en": "As its name suggests, it is a centre of excellence for wind energy.",
            "da": "Som navnet antyder, er den et kompetencecenter for vindenergi.",
            "de": "Wie der Name andeutet, ist es ein Kompetenzzentrum für Windenergie.",
        },
    ),
    (
        "biomass-schleswig-holstein", "Cluster network - Centre of Excellence of Biomass Schleswig-Holstein",
        "DE", ["bioenergy"], ["biomass", "bioenergy", "centre of excellence"],
        {
            "en": "As its name suggests, it is a centre of excellence for biomass in Schleswig-Holstein.",
            "da": "Som navnet antyder, er den et kompetencecenter for biomasse i Slesvig-Holsten.",
            "de": "Wie der Name andeutet, ist es ein Kompetenzzentrum für Biomasse in Schleswig-Holstein.",
        },
    ),
    (
        "design2innovate", "Design2Innovate", "DK", ["design"], ["design", "innovation"],
        {
            "en": "As its name suggests, it links design with innovation.",
            "da": "Som navnet antyder, forbinder den design med innovation.",
            "de": "Wie der Name andeutet, verbindet es Design mit Innovation.",
        },
    ),
    (
        "digitale-wirtschaft-schleswig-holstein", "Digitale Wirtschaft Schleswig-Holstein", "DE",
        ["digital-ict"], ["digital economy", "ICT"],
        {
            "en": "As its name suggests, it brings together the digital economy in Schleswig-Holstein.",
            "da": "Som navnet antyder, samler den den digitale økonomi i Slesvig-Holsten.",
            "de": "Wie der Name andeutet, bündelt es die digitale Wirtschaft in Schleswig-Holstein.",
        },
    ),
    (
        "food-cluster-of-southern-denmark", "Food Cluster of Southern Denmark", "DK", ["food"],
        ["food"],
        {
            "en": "As its name suggests, it is a food cluster in Southern Denmark.",
            "da": "Som navnet antyder, er den en fødevareklynge i Syddanmark.",
            "de": "Wie der Name andeutet, ist es ein Cluster der Ernährungswirtschaft in Süddänemark.",
        },
    ),
    (
        # Country and field not evident from the name: assumed DE (demo), no sectors.
        "furgy", "FURGY", "DE", [], [], _UNKNOWN_FIELD,
    ),
    (
        "kne-food-cluster-schleswig-holstein", "KNE Food Cluster Schleswig-Holstein", "DE", ["food"],
        ["food"],
        {
            "en": "As its name suggests, it is a food cluster in Schleswig-Holstein.",
            "da": "Som navnet antyder, er den en fødevareklynge i Slesvig-Holsten.",
            "de": "Wie der Name andeutet, ist es ein Cluster der Ernährungswirtschaft in Schleswig-Holstein.",
        },
    ),
    (
        # Country and field not evident from the name: assumed DK (demo), no sectors.
        "kvca", "KVCA", "DK", [], [], _UNKNOWN_FIELD,
    ),
    (
        "lean-energy-cluster", "Lean Energy Cluster", "DK", ["energy-efficiency"],
        ["energy efficiency"],
        {
            "en": "As its name suggests, it is concerned with lean, efficient use of energy.",
            "da": "Som navnet antyder, beskæftiger den sig med slank og effektiv energianvendelse.",
            "de": "Wie der Name andeutet, befasst es sich mit schlanker, effizienter Energienutzung.",
        },
    ),
    (
        "life-science-nord", "Life Science Nord", "DE", ["life-science-health"], ["life science"],
        {
            "en": "As its name suggests, it works in the life sciences in northern Germany.",
            "da": "Som navnet antyder, arbejder den med life science i Nordtyskland.",
            "de": "Wie der Name andeutet, ist es im Bereich Life Sciences in Norddeutschland tätig.",
        },
    ),
    (
        "logi-sh", "Logistik-Initiative Schleswig-Holstein (LogI-SH)", "DE", ["logistics"],
        ["logistics"],
        {
            "en": "As its name suggests, it is a logistics initiative in Schleswig-Holstein.",
            "da": "Som navnet antyder, er den et logistikinitiativ i Slesvig-Holsten.",
            "de": "Wie der Name andeutet, ist es eine Logistikinitiative in Schleswig-Holstein.",
        },
    ),
    (
        "maritime-cluster-northern-germany", "Maritime Cluster Northern Germany", "DE", ["maritime"],
        ["maritime industries"],
        {
            "en": "As its name suggests, it is a maritime cluster in northern Germany.",
            "da": "Som navnet antyder, er den en maritim klynge i Nordtyskland.",
            "de": "Wie der Name andeutet, ist es ein maritimes Cluster in Norddeutschland.",
        },
        "Northern Germany",
    ),
    (
        "mechatronics-cluster-denmark", "Mechatronics Cluster Denmark", "DK", ["robotics-automation"],
        ["mechatronics"],
        {
            "en": "As its name suggests, it is a Danish cluster for mechatronics.",
            "da": "Som navnet antyder, er den en dansk klynge for mekatronik.",
            "de": "Wie der Name andeutet, ist es ein dänisches Cluster für Mechatronik.",
        },
    ),
    (
        "offshore-center-denmark", "Offshore Center Denmark", "DK", ["wind-energy", "maritime"],
        ["offshore industry"],
        {
            "en": "As its name suggests, it is a Danish centre for the offshore industry.",
            "da": "Som navnet antyder, er den et dansk center for offshoreindustrien.",
            "de": "Wie der Name andeutet, ist es ein dänisches Zentrum für die Offshore-Industrie.",
        },
    ),
    (
        "plast-center-denmark", "Plast Center Denmark", "DK", ["plastics-materials"], ["plastics"],
        {
            "en": "As its name suggests, it is a Danish centre for plastics.",
            "da": "Som navnet antyder, er den et dansk center for plast.",
            "de": "Wie der Name andeutet, ist es ein dänisches Zentrum für Kunststoffe.",
        },
    ),
    (
        # Country and field not evident from the name: assumed DE (demo), no sectors.
        "robin", "ROBIN", "DE", [], [], _UNKNOWN_FIELD,
    ),
    (
        "robocluster", "RoboCluster", "DK", ["robotics-automation"], ["robotics"],
        {
            "en": "As its name suggests, it is concerned with robotics.",
            "da": "Som navnet antyder, beskæftiger den sig med robotteknologi.",
            "de": "Wie der Name andeutet, befasst es sich mit Robotik.",
        },
    ),
    (
        "staalcentrum", "Staalcentrum", "DK", ["metal-manufacturing"], ["steel"],
        {
            "en": "As its name suggests (staal is Danish for steel), it is concerned with steel.",
            "da": "Som navnet antyder, beskæftiger den sig med stål.",
            "de": "Wie der Name andeutet (dänisch „staal“ bedeutet Stahl), befasst es sich mit Stahl.",
        },
    ),
    (
        "welfare-tech-region", "Welfare Tech Region", "DK", ["welfare-technology", "life-science-health"],
        ["welfare technology"],
        {
            "en": "As its name suggests, it works with welfare technology.",
            "da": "Som navnet antyder, arbejder den med velfærdsteknologi.",
            "de": "Wie der Name andeutet, befasst es sich mit Wohlfahrtstechnologie.",
        },
    ),
    (
        "windcomm-schleswig-holstein", "Windcomm Schleswig-Holstein", "DE", ["wind-energy"],
        ["wind energy"],
        {
            "en": "As its name suggests, it is concerned with wind energy in Schleswig-Holstein.",
            "da": "Som navnet antyder, beskæftiger den sig med vindenergi i Slesvig-Holsten.",
            "de": "Wie der Name andeutet, befasst es sich mit Windenergie in Schleswig-Holstein.",
        },
    ),
]

CLUSTERS = [_cluster(i, *row) for i, row in enumerate(_CLUSTER_ROWS)]

# Issue 16: no guessed fact shown as real. The presentation gives only the
# clusters' names; a country (and region) is kept only where the name says
# it, a sector only where the name names the field. Everything else is left
# empty, so no facet or filter counts a guess. The responsible partner stays:
# it is the editors' own assignment, not a claim about the cluster.
COUNTRY_IN_NAME = {
    "biomass-schleswig-holstein", "digitale-wirtschaft-schleswig-holstein",
    "food-cluster-of-southern-denmark", "kne-food-cluster-schleswig-holstein", "logi-sh",
    "maritime-cluster-northern-germany", "mechatronics-cluster-denmark", "offshore-center-denmark",
    "plast-center-denmark", "windcomm-schleswig-holstein",
}
# "Denmark" in a name says the country, not the region.
REGION_NOT_IN_NAME = {"mechatronics-cluster-denmark", "offshore-center-denmark", "plast-center-denmark"}
# Sectors read into a name rather than named by it.
GUESSED_SECTORS = {
    "alucluster": {"metal-manufacturing"},
    "welfare-tech-region": {"life-science-health"},
}
for _record in CLUSTERS:
    if _record["slug"] not in COUNTRY_IN_NAME:
        _record["country"] = ""
        _record["region"] = ""
    elif _record["slug"] in REGION_NOT_IN_NAME:
        _record["region"] = ""
    _record["sectors"] = [s for s in _record["sectors"] if s not in GUESSED_SECTORS.get(_record["slug"], set())]

# ---------------------------------------------------------------------------
# Cross-border case studies (activity 4.B) - all demo
# ---------------------------------------------------------------------------

_DEMO_BORDER_REGION = {
    "en": "Demo border region (not a real case)",
    "da": "Demo-grænseregion (ikke et virkeligt eksempel)",
    "de": "Demo-Grenzregion (kein reales Beispiel)",
}

_DEMO_RESULTS = {
    "en": "Demo text: no results are reported for this placeholder. Editors should replace it with documented outcomes from a real case study.",
    "da": "Demotekst: Der rapporteres ingen resultater for denne pladsholder. Redaktørerne bør erstatte den med dokumenterede resultater fra et virkeligt casestudie.",
    "de": "Demotext: Für diesen Platzhalter werden keine Ergebnisse berichtet. Die Redaktion sollte ihn durch belegte Ergebnisse aus einer realen Fallstudie ersetzen.",
}

CASE_STUDIES = [
    {
        "slug": "demo-cross-border-wind-energy-collaboration",
        "slug_i18n": {
            "da": "demo-graenseoverskridende-samarbejde-om-vindenergi",
            "de": "demo-grenzueberschreitende-kooperation-windenergie",
        },
        "title": {
            "en": "Demo case study: a cross-border wind energy cluster collaboration",
            "da": "Demo-casestudie: et grænseoverskridende klyngesamarbejde om vindenergi",
            "de": "Demo-Fallstudie: eine grenzüberschreitende Clusterkooperation im Bereich Windenergie",
        },
        "border_region": dict(_DEMO_BORDER_REGION),
        "countries": [],  # invented for the demo: left empty (issue 16)
        "period_start": 2008,
        "period_end": 2011,
        "summary": {
            "en": "Demo case study. The InTra-Net presentation does not name the European case studies it examined. This placeholder shows how a case about two wind energy clusters working together across a border could be presented.",
            "da": "Demo-casestudie. InTra-Net-præsentationen nævner ikke, hvilke europæiske casestudier projektet undersøgte. Denne pladsholder viser, hvordan et eksempel med to vindenergiklynger, der samarbejder på tværs af en grænse, kunne præsenteres.",
            "de": "Demo-Fallstudie. Die InTra-Net-Präsentation nennt die untersuchten europäischen Fallstudien nicht. Dieser Platzhalter zeigt, wie ein Beispiel zweier Windenergie-Cluster, die grenzüberschreitend zusammenarbeiten, dargestellt werden könnte.",
        },
        "challenge": {
            "en": "Illustrative scenario: wind energy companies on each side of the border knew little about each other, and the two cluster organisations expected different things from a joint effort.",
            "da": "Illustrativt scenarie: Vindenergivirksomhederne på hver side af grænsen kendte ikke meget til hinanden, og de to klyngeorganisationer forventede noget forskelligt af et fælles initiativ.",
            "de": "Illustratives Szenario: Die Windenergieunternehmen beiderseits der Grenze wussten wenig voneinander, und die beiden Clusterorganisationen erwarteten unterschiedliche Dinge von einer gemeinsamen Initiative.",
        },
        "approach": {
            "en": "Illustrative scenario: the cluster managers first mapped the challenges and opportunities they shared. They then agreed in writing on common goals and roles before starting joint activities.",
            "da": "Illustrativt scenarie: Klyngelederne kortlagde først de udfordringer og muligheder, de havde til fælles. Derefter aftalte de skriftligt fælles mål og roller, før de gik i gang med fælles aktiviteter.",
            "de": "Illustratives Szenario: Die Clustermanager erfassten zunächst die gemeinsamen Herausforderungen und Chancen. Danach vereinbarten sie schriftlich gemeinsame Ziele und Rollen, bevor sie mit gemeinsamen Aktivitäten begannen.",
        },
        "results": dict(_DEMO_RESULTS),
        "lessons_learned": {
            "en": "Illustrative scenario: a shared picture of challenges and opportunities, and expectations aligned early on, make cross-border clustering easier.",
            "da": "Illustrativt scenarie: Et fælles billede af udfordringer og muligheder og forventninger, der afstemmes tidligt, gør grænseoverskridende klyngesamarbejde lettere.",
            "de": "Illustratives Szenario: Ein gemeinsames Bild von Herausforderungen und Chancen sowie früh abgestimmte Erwartungen erleichtern die grenzüberschreitende Clusterarbeit.",
        },
        "good_practices": [
            "identify-challenges-and-opportunities",
            "build-understanding-and-align-expectations",
        ],
        "sources": [],
        "themes": ["internationalisation", "intercultural-collaboration", "cluster-management"],
        "demo": True,
    },
    {
        "slug": "demo-cross-border-health-and-welfare-technology",
        "slug_i18n": {
            "da": "demo-graenseoverskridende-samarbejde-om-sundhed-og-velfaerdsteknologi",
            "de": "demo-grenzueberschreitende-kooperation-gesundheit-und-wohlfahrtstechnologie",
        },
        "title": {
            "en": "Demo case study: cross-border collaboration in health and welfare technology",
            "da": "Demo-casestudie: grænseoverskridende samarbejde om sundhed og velfærdsteknologi",
            "de": "Demo-Fallstudie: grenzüberschreitende Kooperation in Gesundheit und Wohlfahrtstechnologie",
        },
        "border_region": dict(_DEMO_BORDER_REGION),
        "countries": [],  # invented for the demo: left empty (issue 16)
        "period_start": 2009,
        "period_end": 2012,
        "summary": {
            "en": "Demo case study. The InTra-Net presentation does not name the European case studies it examined. This placeholder shows how a case about health and welfare technology clusters across a border could be presented.",
            "da": "Demo-casestudie. InTra-Net-præsentationen nævner ikke, hvilke europæiske casestudier projektet undersøgte. Denne pladsholder viser, hvordan et eksempel med klynger inden for sundhed og velfærdsteknologi på tværs af en grænse kunne præsenteres.",
            "de": "Demo-Fallstudie. Die InTra-Net-Präsentation nennt die untersuchten europäischen Fallstudien nicht. Dieser Platzhalter zeigt, wie ein Beispiel grenzüberschreitender Cluster in Gesundheit und Wohlfahrtstechnologie dargestellt werden könnte.",
        },
        "challenge": {
            "en": "Illustrative scenario: different health systems, rules and funding schemes on each side of the border slowed joint projects down, and few professionals knew the working conditions in the neighbouring country.",
            "da": "Illustrativt scenarie: Forskellige sundhedssystemer, regler og støtteordninger på hver side af grænsen forsinkede fælles projekter, og kun få fagfolk kendte arbejdsforholdene i nabolandet.",
            "de": "Illustratives Szenario: Unterschiedliche Gesundheitssysteme, Regeln und Förderprogramme auf beiden Seiten der Grenze bremsten gemeinsame Projekte, und nur wenige Fachleute kannten die Arbeitsbedingungen im Nachbarland.",
        },
        "approach": {
            "en": "Illustrative scenario: the regions coordinated their cluster policies and set up exchange stays for staff from companies, universities and public authorities.",
            "da": "Illustrativt scenarie: Regionerne koordinerede deres klyngepolitik og etablerede udvekslingsophold for medarbejdere fra virksomheder, universiteter og offentlige myndigheder.",
            "de": "Illustratives Szenario: Die Regionen stimmten ihre Clusterpolitik ab und richteten Austauschaufenthalte für Beschäftigte aus Unternehmen, Hochschulen und Behörden ein.",
        },
        "results": dict(_DEMO_RESULTS),
        "lessons_learned": {
            "en": "Illustrative scenario: aligned policies and mobility for all triple helix actors help turn a border area into a shared labour market and innovation space.",
            "da": "Illustrativt scenarie: Afstemte politikker og mobilitet for alle triple helix-aktører hjælper med at gøre et grænseområde til et fælles arbejdsmarked og innovationsrum.",
            "de": "Illustratives Szenario: Abgestimmte Politik und Mobilität für alle Triple-Helix-Akteure helfen, ein Grenzgebiet zu einem gemeinsamen Arbeitsmarkt und Innovationsraum zu machen.",
        },
        "good_practices": [
            "labour-mobility-programme",
            "align-policies-across-the-border",
        ],
        "sources": [],
        "themes": ["labour-mobility", "cross-border-policy"],
        "demo": True,
    },
    {
        "slug": "demo-joint-name-for-a-cross-border-region",
        "slug_i18n": {
            "da": "demo-faelles-navn-for-en-graenseoverskridende-region",
            "de": "demo-gemeinsamer-name-fuer-eine-grenzueberschreitende-region",
        },
        "title": {
            "en": "Demo case study: a joint name for a cross-border cluster region",
            "da": "Demo-casestudie: et fælles navn for en grænseoverskridende klyngeregion",
            "de": "Demo-Fallstudie: ein gemeinsamer Name für eine grenzüberschreitende Clusterregion",
        },
        "border_region": dict(_DEMO_BORDER_REGION),
        "countries": [],  # invented for the demo: left empty (issue 16)
        "period_start": 2007,
        "period_end": 2010,
        "summary": {
            "en": "Demo case study. The InTra-Net presentation does not name the European case studies it examined. This placeholder shows how a case about giving a cross-border region a common name could be presented.",
            "da": "Demo-casestudie. InTra-Net-præsentationen nævner ikke, hvilke europæiske casestudier projektet undersøgte. Denne pladsholder viser, hvordan et eksempel på at give en grænseoverskridende region et fælles navn kunne præsenteres.",
            "de": "Demo-Fallstudie. Die InTra-Net-Präsentation nennt die untersuchten europäischen Fallstudien nicht. Dieser Platzhalter zeigt, wie ein Beispiel für einen gemeinsamen Namen einer grenzüberschreitenden Region dargestellt werden könnte.",
        },
        "challenge": {
            "en": "Illustrative scenario: the area was mostly described as a border region, a term linked with exclusion and obstacles, and the clusters on each side promoted themselves separately.",
            "da": "Illustrativt scenarie: Området blev mest omtalt som en grænseregion – et begreb, der forbindes med udelukkelse og forhindringer – og klyngerne på hver side markedsførte sig hver for sig.",
            "de": "Illustratives Szenario: Das Gebiet wurde meist als Grenzregion bezeichnet – ein Begriff, der mit Ausgrenzung und Hindernissen verbunden wird –, und die Cluster auf jeder Seite warben getrennt für sich.",
        },
        "approach": {
            "en": "Illustrative scenario: clusters and public authorities from all sides identified common strengths, aligned their business development policies and agreed on a new name for the entire region.",
            "da": "Illustrativt scenarie: Klynger og offentlige myndigheder fra alle sider identificerede fælles styrker, afstemte deres erhvervsudviklingspolitik og enedes om et nyt navn for hele regionen.",
            "de": "Illustratives Szenario: Cluster und Behörden aller Seiten ermittelten gemeinsame Stärken, stimmten ihre Wirtschaftsförderungspolitik ab und einigten sich auf einen neuen Namen für die gesamte Region.",
        },
        "results": dict(_DEMO_RESULTS),
        "lessons_learned": {
            "en": "Illustrative scenario: a shared name and identity can help companies and researchers see the region as one place to collaborate.",
            "da": "Illustrativt scenarie: Et fælles navn og en fælles identitet kan hjælpe virksomheder og forskere til at se regionen som ét sted at samarbejde.",
            "de": "Illustratives Szenario: Ein gemeinsamer Name und eine gemeinsame Identität können Unternehmen und Forschenden helfen, die Region als einen gemeinsamen Ort der Zusammenarbeit zu sehen.",
        },
        "good_practices": [
            "a-new-name-for-the-region",
            "identify-challenges-and-opportunities",
            "align-policies-across-the-border",
        ],
        "sources": [],
        "themes": ["regional-identity", "cross-border-policy", "internationalisation"],
        "demo": True,
    },
]

# ---------------------------------------------------------------------------
# Good practice: the five recommendations of section 4.B
# ---------------------------------------------------------------------------

GOOD_PRACTICES = [
    {
        "slug": "identify-challenges-and-opportunities",
        "slug_i18n": {
            "da": "kortlaeg-udfordringer-og-muligheder",
            "de": "herausforderungen-und-chancen-erkennen",
        },
        "title": {
            "en": "Map challenges and opportunities",
            "da": "Kortlæg udfordringer og muligheder",
            "de": "Herausforderungen und Chancen erkennen",
        },
        "recommendation": {
            "en": "Identify challenges and opportunities for the clusters in the border region.",
            "da": "Identificér udfordringer og muligheder for klyngerne i grænseregionen.",
            "de": "Identifizieren Sie Herausforderungen und Chancen für die Cluster in der Grenzregion.",
        },
        "summary": {
            "en": "Start cross-border cluster work by mapping the challenges and opportunities that the clusters in the border region have in common.",
            "da": "Begynd det grænseoverskridende klyngearbejde med at kortlægge de udfordringer og muligheder, som klyngerne i grænseregionen har til fælles.",
            "de": "Beginnen Sie die grenzüberschreitende Clusterarbeit damit, die gemeinsamen Herausforderungen und Chancen der Cluster in der Grenzregion zu erfassen.",
        },
        "why_it_matters": {
            "en": "When InTra-Net started, there was only sporadic collaboration among cluster actors, and the potential for companies and specialised research facilities in the region went unused. A shared overview shows where collaboration can add value.",
            "da": "Da InTra-Net begyndte, var der kun sporadisk samarbejde mellem klyngeaktørerne, og potentialet for virksomheder og specialiserede forskningsinstitutioner i regionen blev ikke udnyttet. Et fælles overblik viser, hvor samarbejde kan skabe værdi.",
            "de": "Zu Beginn von InTra-Net arbeiteten die Clusterakteure nur sporadisch zusammen, und das Potenzial für Unternehmen und spezialisierte Forschungseinrichtungen in der Region blieb ungenutzt. Ein gemeinsamer Überblick zeigt, wo Zusammenarbeit einen Mehrwert schafft.",
        },
        "how_to_apply": {
            "en": "Map the clusters on both sides of the border and their competences, as InTra-Net did in its first workshop. Discuss the results with cluster managers from both countries. Then choose a few concrete opportunities to pursue, such as joint project ideas.",
            "da": "Kortlæg klyngerne på begge sider af grænsen og deres kompetencer, sådan som InTra-Net gjorde på sin første workshop. Drøft resultaterne med klyngeledere fra begge lande. Vælg derefter nogle få konkrete muligheder at arbejde videre med, f.eks. fælles projektidéer.",
            "de": "Erfassen Sie die Cluster beiderseits der Grenze und ihre Kompetenzen, wie es InTra-Net in seinem ersten Workshop getan hat. Besprechen Sie die Ergebnisse mit Clustermanagern aus beiden Ländern. Wählen Sie dann einige konkrete Chancen aus, die Sie weiterverfolgen, etwa gemeinsame Projektideen.",
        },
        "themes": ["cluster-management", "internationalisation"],
        "evidence": [
            "demo-cross-border-wind-energy-collaboration",
            "demo-joint-name-for-a-cross-border-region",
        ],
    },
    {
        "slug": "build-understanding-and-align-expectations",
        "slug_i18n": {
            "da": "skab-forstaaelse-og-afstem-forventninger",
            "de": "verstaendnis-schaffen-und-erwartungen-abstimmen",
        },
        "title": {
            "en": "Build understanding and align expectations",
            "da": "Skab forståelse og afstem forventninger",
            "de": "Verständnis schaffen und Erwartungen abstimmen",
        },
        "recommendation": {
            "en": "Be aware that lack of understanding and absence of aligned expectations can hinder cross-border clustering.",
            "da": "Vær opmærksom på, at manglende forståelse og forventninger, der ikke er afstemt, kan hæmme grænseoverskridende klyngesamarbejde.",
            "de": "Seien Sie sich bewusst, dass fehlendes Verständnis und nicht abgestimmte Erwartungen die grenzüberschreitende Clusterzusammenarbeit behindern können.",
        },
        "summary": {
            "en": "Invest time in mutual understanding and agree on expectations early, because misunderstandings can stop cross-border clustering.",
            "da": "Brug tid på gensidig forståelse, og afstem forventningerne tidligt, for misforståelser kan bremse grænseoverskridende klyngesamarbejde.",
            "de": "Investieren Sie Zeit in gegenseitiges Verständnis und stimmen Sie Erwartungen früh ab, denn Missverständnisse können grenzüberschreitende Clusterarbeit zum Erliegen bringen.",
        },
        "why_it_matters": {
            "en": "InTra-Net's main challenges were cultural differences, structural and organisational differences and language barriers. Partners who do not understand each other's ways of working easily expect different things from the same collaboration.",
            "da": "InTra-Nets største udfordringer var kulturelle forskelle, strukturelle og organisatoriske forskelle samt sprogbarrierer. Partnere, der ikke forstår hinandens måde at arbejde på, kommer let til at forvente forskellige ting af det samme samarbejde.",
            "de": "Die größten Herausforderungen von InTra-Net waren kulturelle, strukturelle und organisatorische Unterschiede sowie Sprachbarrieren. Partner, die die Arbeitsweise des anderen nicht verstehen, erwarten leicht Unterschiedliches von derselben Zusammenarbeit.",
        },
        "how_to_apply": {
            "en": "Make intercultural issues an explicit topic, as InTra-Net did in its first workshop. Before you start, agree in writing on goals, roles and expected results. Choose a common working language, and review expectations regularly.",
            "da": "Gør interkulturelle forhold til et udtrykkeligt emne, sådan som InTra-Net gjorde på sin første workshop. Aftal mål, roller og forventede resultater skriftligt, inden I går i gang. Vælg et fælles arbejdssprog, og følg jævnligt op på forventningerne.",
            "de": "Machen Sie interkulturelle Fragen ausdrücklich zum Thema, wie es InTra-Net in seinem ersten Workshop getan hat. Vereinbaren Sie vor dem Start schriftlich Ziele, Rollen und erwartete Ergebnisse. Legen Sie eine gemeinsame Arbeitssprache fest und überprüfen Sie die Erwartungen regelmäßig.",
        },
        "themes": ["intercultural-collaboration", "cluster-management"],
        "evidence": ["demo-cross-border-wind-energy-collaboration"],
    },
    {
        "slug": "labour-mobility-programme",
        "slug_i18n": {
            "da": "mobilitetsprogram-for-arbejdskraft",
            "de": "mobilitaetsprogramm-fuer-arbeitskraefte",
        },
        "title": {
            "en": "Start a labour mobility programme",
            "da": "Start et mobilitetsprogram for arbejdskraft",
            "de": "Ein Mobilitätsprogramm für Arbeitskräfte starten",
        },
        "recommendation": {
            "en": "Initiate a labour mobility programme targeted at all triple helix actors in the border region.",
            "da": "Iværksæt et mobilitetsprogram for arbejdskraft, der er målrettet alle triple helix-aktører i grænseregionen.",
            "de": "Initiieren Sie ein Mobilitätsprogramm für Arbeitskräfte, das sich an alle Triple-Helix-Akteure in der Grenzregion richtet.",
        },
        "summary": {
            "en": "Set up a programme that lets people from businesses, knowledge institutions and the public sector work and spend time on the other side of the border.",
            "da": "Etablér et program, der giver folk fra virksomheder, videninstitutioner og den offentlige sektor mulighed for at arbejde og opholde sig på den anden side af grænsen.",
            "de": "Richten Sie ein Programm ein, mit dem Menschen aus Unternehmen, Wissenseinrichtungen und dem öffentlichen Sektor auf der anderen Seite der Grenze arbeiten und Zeit verbringen können.",
        },
        "why_it_matters": {
            "en": "Language barriers, cultural differences and a perceived spatial distance keep the two sides of the border apart. Personal experience of the neighbouring country is a direct way to reduce them.",
            "da": "Sprogbarrierer, kulturelle forskelle og en oplevet geografisk afstand holder de to sider af grænsen adskilt. Personlig erfaring med nabolandet er en direkte vej til at mindske dem.",
            "de": "Sprachbarrieren, kulturelle Unterschiede und eine gefühlte räumliche Distanz halten die beiden Seiten der Grenze auseinander. Persönliche Erfahrungen im Nachbarland sind ein direkter Weg, sie abzubauen.",
        },
        "how_to_apply": {
            "en": "Offer exchange stays, placements and joint training to all triple helix actors: businesses, knowledge institutions and public authorities. Combine them with language support and with networking activities like the workshops and networking events that InTra-Net arranged.",
            "da": "Tilbyd udvekslingsophold, praktikophold og fælles kurser til alle triple helix-aktører: virksomheder, videninstitutioner og offentlige myndigheder. Kombinér dem med sprogstøtte og med netværksaktiviteter som de workshops og netværksarrangementer, InTra-Net afholdt.",
            "de": "Bieten Sie allen Triple-Helix-Akteuren – Unternehmen, Wissenseinrichtungen und Behörden – Austauschaufenthalte, Praktika und gemeinsame Schulungen an. Verbinden Sie diese mit Sprachförderung und mit Netzwerkaktivitäten wie den Workshops und Netzwerkveranstaltungen, die InTra-Net durchgeführt hat.",
        },
        "themes": ["labour-mobility", "intercultural-collaboration"],
        "evidence": ["demo-cross-border-health-and-welfare-technology"],
    },
    {
        "slug": "align-policies-across-the-border",
        "slug_i18n": {
            "da": "afstem-politikkerne-paa-tvaers-af-graensen",
            "de": "politik-beiderseits-der-grenze-abstimmen",
        },
        "title": {
            "en": "Align policies on both sides of the border",
            "da": "Afstem politikkerne på begge sider af grænsen",
            "de": "Politik beiderseits der Grenze abstimmen",
        },
        "recommendation": {
            "en": "Make sure that business development policies and cluster policies on both sides of the Danish-German border are aligned.",
            "da": "Sørg for, at erhvervsudviklingspolitikken og klyngepolitikken på begge sider af den dansk-tyske grænse er afstemt med hinanden.",
            "de": "Stellen Sie sicher, dass die Wirtschaftsförderungs- und Clusterpolitik auf beiden Seiten der deutsch-dänischen Grenze aufeinander abgestimmt ist.",
        },
        "summary": {
            "en": "Business development and cluster policies on the Danish and the German side of the border should support the same goals.",
            "da": "Erhvervsudviklings- og klyngepolitikken på den danske og den tyske side af grænsen bør understøtte de samme mål.",
            "de": "Die Wirtschaftsförderungs- und Clusterpolitik auf der dänischen und der deutschen Seite der Grenze sollte dieselben Ziele unterstützen.",
        },
        "why_it_matters": {
            "en": "InTra-Net met structural and organisational differences between the two sides of the border. When policies and funding rules point in different directions, clusters find it hard to build joint projects.",
            "da": "InTra-Net mødte strukturelle og organisatoriske forskelle mellem de to sider af grænsen. Når politikker og støtteregler peger i forskellige retninger, er det svært for klyngerne at opbygge fælles projekter.",
            "de": "InTra-Net stieß auf strukturelle und organisatorische Unterschiede zwischen den beiden Seiten der Grenze. Wenn Politik und Förderregeln in verschiedene Richtungen weisen, fällt es Clustern schwer, gemeinsame Projekte aufzubauen.",
        },
        "how_to_apply": {
            "en": "Involve policy makers from both sides in the dialogue, for example through an advisory board with public sector representatives, as InTra-Net had. Compare strategies and funding options, and use programmes such as INTERREG for joint cross-border projects.",
            "da": "Inddrag beslutningstagere fra begge sider i dialogen, f.eks. gennem et rådgivende udvalg med repræsentanter for den offentlige sektor, som InTra-Net havde. Sammenlign strategier og finansieringsmuligheder, og brug programmer som INTERREG til fælles grænseoverskridende projekter.",
            "de": "Beziehen Sie Entscheidungsträger beider Seiten in den Dialog ein, etwa über einen Beirat mit Vertretern des öffentlichen Sektors, wie ihn InTra-Net hatte. Vergleichen Sie Strategien und Fördermöglichkeiten und nutzen Sie Programme wie INTERREG für gemeinsame grenzüberschreitende Projekte.",
        },
        "themes": ["cross-border-policy", "funding"],
        "evidence": [
            "demo-cross-border-health-and-welfare-technology",
            "demo-joint-name-for-a-cross-border-region",
        ],
    },
    {
        "slug": "a-new-name-for-the-region",
        "slug_i18n": {
            "da": "et-nyt-navn-til-regionen",
            "de": "ein-neuer-name-fuer-die-region",
        },
        "title": {
            "en": "Give the region a new name",
            "da": "Giv regionen et nyt navn",
            "de": "Der Region einen neuen Namen geben",
        },
        "recommendation": {
            "en": "The word “border” often has a meaning of exclusion and obstacles. A new name for the entire region is important and needed for future identification.",
            "da": "Ordet »grænse« forbindes ofte med udelukkelse og forhindringer. Et nyt navn for hele regionen er vigtigt og nødvendigt for den fremtidige identifikation.",
            "de": "Das Wort „Grenze“ wird oft mit Ausgrenzung und Hindernissen verbunden. Ein neuer Name für die gesamte Region ist wichtig und notwendig für die künftige Identifikation.",
        },
        "summary": {
            "en": "Find a new, positive name for the whole Danish-German region instead of calling it a border region.",
            "da": "Find et nyt, positivt navn for hele den dansk-tyske region i stedet for at kalde den en grænseregion.",
            "de": "Finden Sie einen neuen, positiven Namen für die gesamte deutsch-dänische Region, statt sie Grenzregion zu nennen.",
        },
        "why_it_matters": {
            "en": "The word “border” is often associated with exclusion and obstacles. A common name can support a shared identity and help people identify with the region in the future.",
            "da": "Ordet »grænse« forbindes ofte med udelukkelse og forhindringer. Et fælles navn kan styrke en fælles identitet og gøre det lettere at identificere sig med regionen i fremtiden.",
            "de": "Das Wort „Grenze“ wird oft mit Ausgrenzung und Hindernissen verbunden. Ein gemeinsamer Name kann eine gemeinsame Identität stärken und die Identifikation mit der Region künftig erleichtern.",
        },
        "how_to_apply": {
            "en": "Develop the name together with actors from both sides of the border so that it works in Danish, German and English. Then use it consistently in joint projects, communication and events.",
            "da": "Udvikl navnet sammen med aktører fra begge sider af grænsen, så det fungerer på dansk, tysk og engelsk. Brug det derefter konsekvent i fælles projekter, kommunikation og arrangementer.",
            "de": "Entwickeln Sie den Namen gemeinsam mit Akteuren beider Seiten der Grenze, sodass er auf Deutsch, Dänisch und Englisch funktioniert. Verwenden Sie ihn anschließend einheitlich in gemeinsamen Projekten, in der Kommunikation und bei Veranstaltungen.",
        },
        "themes": ["regional-identity"],
        "evidence": ["demo-joint-name-for-a-cross-border-region"],
    },
]

# ---------------------------------------------------------------------------
# Workshops and events (activity 4.C and the planned matching event)
# ---------------------------------------------------------------------------

_DEMO_LOCATION = {
    "en": "INTERREG 4A region (demo location)",
    "da": "INTERREG 4A-regionen (demosted)",
    "de": "INTERREG-4A-Region (Demo-Veranstaltungsort)",
}

EVENTS = [
    {
        "slug": "workshop-1-and-networking-event",
        "slug_i18n": {
            "da": "workshop-1-og-netvaerksarrangement",
            "de": "workshop-1-und-netzwerkveranstaltung",
        },
        "title": {
            "en": "Workshop 1 and networking event",
            "da": "Workshop 1 og netværksarrangement",
            "de": "Workshop 1 und Netzwerkveranstaltung",
        },
        "kind": "workshop",
        "start": "2012-01-17",
        "end": "2012-01-18",
        "location": dict(_DEMO_LOCATION),
        "topics": {
            "en": ["Open innovation", "Facilitating innovation processes", "Cluster mappings", "Presentation pitches", "Intercultural issues", "Idea generation"],
            "da": ["Åben innovation", "Facilitering af innovationsprocesser", "Klyngekortlægninger", "Præsentationspitches", "Interkulturelle forhold", "Idégenerering"],
            "de": ["Open Innovation", "Moderation von Innovationsprozessen", "Cluster-Mappings", "Präsentations-Pitches", "Interkulturelle Fragen", "Ideenfindung"],
        },
        "summary": {
            "en": "A two-day workshop and networking event for cluster managers from the INTERREG 4A region. It focused on open innovation, innovation processes, cluster mapping and intercultural issues.",
            "da": "En todages workshop og et netværksarrangement for klyngeledere fra INTERREG 4A-regionen. Fokus var på åben innovation, innovationsprocesser, klyngekortlægning og interkulturelle forhold.",
            "de": "Ein zweitägiger Workshop mit Netzwerkveranstaltung für Clustermanager aus der INTERREG-4A-Region. Im Mittelpunkt standen Open Innovation, Innovationsprozesse, Cluster-Mapping und interkulturelle Fragen.",
        },
        "themes": ["open-innovation", "intercultural-collaboration", "cluster-management"],
        "demo": False,  # the location is a demo value (see "location")
    },
    {
        "slug": "workshop-2-and-networking-event",
        "slug_i18n": {
            "da": "workshop-2-og-netvaerksarrangement",
            "de": "workshop-2-und-netzwerkveranstaltung",
        },
        "title": {
            "en": "Workshop 2 and networking event",
            "da": "Workshop 2 og netværksarrangement",
            "de": "Workshop 2 und Netzwerkveranstaltung",
        },
        "kind": "workshop",
        "start": "2012-06-12",
        "end": "2012-06-13",
        "location": dict(_DEMO_LOCATION),
        "topics": {
            "en": ["Business model creativity", "Designing cluster initiatives", "Experiences from IT Cluster in Switzerland", "Available EU funding for cross-border projects"],
            "da": ["Kreativitet i forretningsmodeller", "Design af klyngeinitiativer", "Erfaringer fra en it-klynge i Schweiz", "Tilgængelige EU-midler til grænseoverskridende projekter"],
            "de": ["Kreativität bei Geschäftsmodellen", "Gestaltung von Clusterinitiativen", "Erfahrungen eines IT-Clusters in der Schweiz", "Verfügbare EU-Fördermittel für grenzüberschreitende Projekte"],
        },
        "summary": {
            "en": "A two-day workshop and networking event on business model creativity and designing cluster initiatives. It also covered experiences from an IT cluster in Switzerland and EU funding for cross-border projects.",
            "da": "En todages workshop og et netværksarrangement om kreativitet i forretningsmodeller og design af klyngeinitiativer. Programmet omfattede også erfaringer fra en it-klynge i Schweiz og EU-midler til grænseoverskridende projekter.",
            "de": "Ein zweitägiger Workshop mit Netzwerkveranstaltung zu Kreativität bei Geschäftsmodellen und zur Gestaltung von Clusterinitiativen. Außerdem ging es um Erfahrungen eines IT-Clusters in der Schweiz und um EU-Fördermittel für grenzüberschreitende Projekte.",
        },
        "themes": ["business-models", "cluster-management", "funding", "internationalisation"],
        "demo": False,  # the location is a demo value (see "location")
    },
    {
        "slug": "workshop-3",
        "slug_i18n": {"da": "workshop-3", "de": "workshop-3"},
        "title": {"en": "Workshop 3", "da": "Workshop 3", "de": "Workshop 3"},
        "kind": "workshop",
        "start": "2012-09-14",
        "end": "2012-09-14",
        "location": dict(_DEMO_LOCATION),
        "topics": {
            "en": ["Strategic relationships in business models", "Choosing partners", "Relationship costs and benefits", "Critical resources", "Important activities"],
            "da": ["Strategiske relationer i forretningsmodeller", "Valg af partnere", "Omkostninger og gevinster ved relationer", "Kritiske ressourcer", "Vigtige aktiviteter"],
            "de": ["Strategische Beziehungen in Geschäftsmodellen", "Auswahl von Partnern", "Kosten und Nutzen von Beziehungen", "Kritische Ressourcen", "Wichtige Aktivitäten"],
        },
        "summary": {
            "en": "A one-day workshop on strategic relationships in business models: choosing partners, the costs and benefits of relationships, critical resources and important activities.",
            "da": "En endags workshop om strategiske relationer i forretningsmodeller: valg af partnere, omkostninger og gevinster ved relationer, kritiske ressourcer og vigtige aktiviteter.",
            "de": "Ein eintägiger Workshop über strategische Beziehungen in Geschäftsmodellen: Auswahl von Partnern, Kosten und Nutzen von Beziehungen, kritische Ressourcen und wichtige Aktivitäten.",
        },
        "themes": ["business-models", "cluster-management"],
        "demo": False,  # the location is a demo value (see "location")
    },
    {
        "slug": "matching-event",
        "slug_i18n": {"da": "matchmaking-arrangement", "de": "matching-veranstaltung"},
        "title": {
            "en": "Matching event for cluster companies and research facilities",
            "da": "Matchmaking-arrangement for klyngevirksomheder og forskningsinstitutioner",
            "de": "Matching-Veranstaltung für Clusterunternehmen und Forschungseinrichtungen",
        },
        "kind": "matchmaking",
        # Demo date: the presentation gives no date for the matching event.
        "start": "2012-11-15",
        "end": "2012-11-15",
        "location": dict(_DEMO_LOCATION),
        "topics": {
            "en": ["Matching cluster companies and research facilities", "Collaborative project development"],
            "da": ["Matchmaking mellem klyngevirksomheder og forskningsinstitutioner", "Udvikling af fælles projekter"],
            "de": ["Matching von Clusterunternehmen und Forschungseinrichtungen", "Gemeinsame Projektentwicklung"],
        },
        "summary": {
            "en": "InTra-Net planned a matching event where cluster companies and research facilities could start developing projects together. The presentation gives no date, so the date shown is a demo placeholder.",
            "da": "InTra-Net planlagde et matchmaking-arrangement, hvor klyngevirksomheder og forskningsinstitutioner kunne gå i gang med at udvikle projekter sammen. Præsentationen angiver ingen dato, så den viste dato er en demo-pladsholder.",
            "de": "InTra-Net plante eine Matching-Veranstaltung, bei der Clusterunternehmen und Forschungseinrichtungen gemeinsam Projekte entwickeln sollten. Die Präsentation nennt kein Datum; das angezeigte Datum ist ein Demo-Platzhalter.",
        },
        "themes": ["open-innovation", "internationalisation"],
        "demo": True,
    },
]

# ---------------------------------------------------------------------------
# Project ideas (section 5, "Successes")
# lead_cluster / partner_clusters are editorial assumptions: the presentation
# names the ideas but not the clusters behind them.
# ---------------------------------------------------------------------------

# The presentation names the three ideas and says they were ongoing in 2012;
# who led them, who took part and what they aimed at is not given, so lead and
# partner clusters, goals and contact stay empty (issue 16).
PROJECT_IDEAS = [
    {
        "slug": "offshore-wind-cost-competitiveness",
        "slug_i18n": {
            "da": "konkurrencedygtige-omkostninger-i-offshore-vind",
            "de": "kostenwettbewerbsfaehigkeit-der-offshore-windenergie",
        },
        "title": {
            "en": "Offshore Wind Cost Competitiveness",
            "da": "Konkurrencedygtige omkostninger i offshore-vind",
            "de": "Kostenwettbewerbsfähigkeit der Offshore-Windenergie",
        },
        "status": "ongoing",
        "lead_cluster": None,
        "partner_clusters": [],
        "summary": {
            "en": "A cross-border project idea from InTra-Net about the cost competitiveness of offshore wind energy. It was one of three project ideas described as ongoing in 2012.",
            "da": "En grænseoverskridende projektidé fra InTra-Net om konkurrencedygtige omkostninger i offshore-vindenergi. Den var en af tre projektidéer, der i 2012 blev beskrevet som igangværende.",
            "de": "Eine grenzüberschreitende Projektidee aus InTra-Net zur Kostenwettbewerbsfähigkeit der Offshore-Windenergie. Sie war eine von drei Projektideen, die 2012 als laufend beschrieben wurden.",
        },
        "goals": _NO_GOALS,
        "contact": _NO_CONTACT,
    },
    {
        "slug": "cross-border-health-care-development",
        "slug_i18n": {
            "da": "graenseoverskridende-udvikling-af-sundhedsomraadet",
            "de": "grenzueberschreitende-entwicklung-der-gesundheitsversorgung",
        },
        "title": {
            "en": "Cross Border Health Care Development",
            "da": "Grænseoverskridende udvikling af sundhedsområdet",
            "de": "Grenzüberschreitende Entwicklung der Gesundheitsversorgung",
        },
        "status": "ongoing",
        "lead_cluster": None,
        "partner_clusters": [],
        "summary": {
            "en": "A cross-border project idea from InTra-Net about developing health care across the Danish-German border. It was one of three project ideas described as ongoing in 2012.",
            "da": "En grænseoverskridende projektidé fra InTra-Net om udvikling af sundhedsområdet på tværs af den dansk-tyske grænse. Den var en af tre projektidéer, der i 2012 blev beskrevet som igangværende.",
            "de": "Eine grenzüberschreitende Projektidee aus InTra-Net zur Entwicklung der Gesundheitsversorgung über die deutsch-dänische Grenze hinweg. Sie war eine von drei Projektideen, die 2012 als laufend beschrieben wurden.",
        },
        "goals": _NO_GOALS,
        "contact": _NO_CONTACT,
    },
    {
        "slug": "network-for-cluster-managers",
        "slug_i18n": {
            "da": "netvaerk-for-klyngeledere",
            "de": "netzwerk-fuer-clustermanager",
        },
        "title": {
            "en": "Network for Cluster Managers in the border region",
            "da": "Netværk for klyngeledere i grænseregionen",
            "de": "Netzwerk für Clustermanager in der Grenzregion",
        },
        "status": "ongoing",
        "lead_cluster": None,
        "partner_clusters": [],
        "summary": {
            "en": "A cross-border project idea from InTra-Net: a lasting network for cluster managers on both sides of the border. It was one of three project ideas described as ongoing in 2012.",
            "da": "En grænseoverskridende projektidé fra InTra-Net: et varigt netværk for klyngeledere på begge sider af grænsen. Den var en af tre projektidéer, der i 2012 blev beskrevet som igangværende.",
            "de": "Eine grenzüberschreitende Projektidee aus InTra-Net: ein dauerhaftes Netzwerk für Clustermanager auf beiden Seiten der Grenze. Sie war eine von drei Projektideen, die 2012 als laufend beschrieben wurden.",
        },
        "goals": _NO_GOALS,
        "contact": _NO_CONTACT,
    },
]

# ---------------------------------------------------------------------------
# Standard pages
# ---------------------------------------------------------------------------

STANDARD_PAGES = [
    {
        "slug": "about",
        "slug_i18n": {"da": "om-projektet", "de": "ueber-das-projekt"},
        "in_menu": True,  # "About" closes the main navigation
        "title": {"en": "About the project", "da": "Om projektet", "de": "Über das Projekt"},
        "intro": {
            "en": "InTra-Net – Innovation in Transnational Networks – was a two-year project (2011–2012) to strengthen collaboration on innovation and internationalisation between clusters in the INTERREG 4A region.",
            "da": "InTra-Net – Innovation in Transnational Networks – var et toårigt projekt (2011–2012), der skulle styrke samarbejdet om innovation og internationalisering mellem klynger i INTERREG 4A-regionen.",
            "de": "InTra-Net – Innovation in Transnational Networks – war ein zweijähriges Projekt (2011–2012), das die Zusammenarbeit von Clustern in der INTERREG-4A-Region bei Innovation und Internationalisierung stärken sollte.",
        },
        "body": {
            "en": [
                "The purpose of InTra-Net was to strengthen collaboration on innovation and internationalisation between clusters in the INTERREG 4A region. The goal was to create three cross-border collaborative project ideas. The project was run by the Danish Cluster Academy, REG X, and the Business Development and Technology Transfer Corporation of Schleswig-Holstein, WTSH.",
                "The project started from a question: how can clusters and networks help create a growth region that cuts across borders? Clusters need to become more international. At the time, however, cluster actors collaborated only sporadically, and the potential for companies and specialised research facilities in the region was not being used. There was a need for competence building, sharing of experience and knowledge, and networking between cluster actors.",
                "The main challenges were cultural differences across the border, structural and organisational differences, language barriers and a perceived spatial distance. The successes included a new network between cluster actors on both sides of the border and three cross-border project ideas that were ongoing in 2012: Offshore Wind Cost Competitiveness, Cross Border Health Care Development and a Network for Cluster Managers in the border region.",
                "More information: Jesper Lund, Project Manager, REG X, jesper@regx.dk, +45 6550 1344. The original project website was www.intranet.regx.dk.",
            ],
            "da": [
                "Formålet med InTra-Net var at styrke samarbejdet om innovation og internationalisering mellem klynger i INTERREG 4A-regionen. Målet var at skabe tre grænseoverskridende idéer til samarbejdsprojekter. Projektet blev gennemført af Det Danske Klyngeakademi, REG X, og Slesvig-Holstens selskab for erhvervsfremme og teknologioverførsel, WTSH.",
                "Udgangspunktet var spørgsmålet: Hvordan kan klynger og netværk bidrage til at skabe en vækstregion på tværs af grænsen? Klyngerne har brug for at blive mere internationale. Dengang samarbejdede klyngeaktørerne dog kun sporadisk, og potentialet for virksomheder og specialiserede forskningsinstitutioner i regionen blev ikke udnyttet. Der var behov for kompetenceopbygning, erfarings- og videndeling samt netværk mellem klyngeaktørerne.",
                "De største udfordringer var kulturelle forskelle på tværs af grænsen, strukturelle og organisatoriske forskelle, sprogbarrierer og en oplevet geografisk afstand. Blandt resultaterne var et nyt netværk mellem klyngeaktører på begge sider af grænsen og tre grænseoverskridende projektidéer, der var i gang i 2012: Offshore Wind Cost Competitiveness, Cross Border Health Care Development og et netværk for klyngeledere i grænseregionen.",
                "Yderligere oplysninger: Jesper Lund, projektleder, REG X, jesper@regx.dk, +45 6550 1344. Projektets oprindelige hjemmeside var www.intranet.regx.dk.",
            ],
            "de": [
                "Ziel von InTra-Net war es, die Zusammenarbeit von Clustern in der INTERREG-4A-Region bei Innovation und Internationalisierung zu stärken. Dabei sollten drei grenzüberschreitende Ideen für Kooperationsprojekte entstehen. Träger des Projekts waren die Dänische Clusterakademie REG X und die Wirtschaftsförderung und Technologietransfer Schleswig-Holstein GmbH (WTSH).",
                "Ausgangspunkt war die Frage: Wie können Cluster und Netzwerke dazu beitragen, eine grenzüberschreitende Wachstumsregion zu schaffen? Cluster müssen internationaler werden. Damals arbeiteten die Clusterakteure jedoch nur sporadisch zusammen, und das Potenzial für Unternehmen und spezialisierte Forschungseinrichtungen in der Region blieb ungenutzt. Es fehlte an Kompetenzaufbau, Erfahrungs- und Wissensaustausch sowie an Vernetzung zwischen den Clusterakteuren.",
                "Die größten Herausforderungen waren kulturelle Unterschiede über die Grenze hinweg, strukturelle und organisatorische Unterschiede, Sprachbarrieren und eine gefühlte räumliche Distanz. Zu den Erfolgen zählten ein neues Netzwerk zwischen Clusterakteuren auf beiden Seiten der Grenze und drei grenzüberschreitende Projektideen, die 2012 liefen: Offshore Wind Cost Competitiveness, Cross Border Health Care Development und ein Netzwerk für Clustermanager in der Grenzregion.",
                "Weitere Informationen: Jesper Lund, Projektleiter, REG X, jesper@regx.dk, +45 6550 1344. Die ursprüngliche Projektwebsite war www.intranet.regx.dk.",
            ],
        },
    },
    {
        "slug": "partners",
        "slug_i18n": {"da": "partnere", "de": "partner"},
        "title": {
            "en": "Partners and participants",
            "da": "Partnere og deltagere",
            "de": "Partner und Teilnehmende",
        },
        "intro": {
            "en": "InTra-Net was carried out by two project partners, REG X and WTSH, together with clusters from the INTERREG 4A region and an advisory board.",
            "da": "InTra-Net blev gennemført af to projektpartnere, REG X og WTSH, sammen med klynger fra INTERREG 4A-regionen og et rådgivende udvalg.",
            "de": "InTra-Net wurde von zwei Projektpartnern, REG X und WTSH, gemeinsam mit Clustern aus der INTERREG-4A-Region und einem Beirat durchgeführt.",
        },
        "body": {
            "en": [
                "The project partners were REG X, the Danish Cluster Academy, and WTSH, Wirtschaftsförderung und Technologietransfer Schleswig-Holstein GmbH (the Business Development and Technology Transfer Corporation of Schleswig-Holstein).",
                "According to the project presentation, 20 clusters from the INTERREG 4A region took part. Its list of participating clusters names 21, and all of them appear in the cluster directory.",
                "An advisory board of nine representatives from the public sector, research institutions and the private sector on both sides of the border supported the project.",
            ],
            "da": [
                "Projektpartnerne var REG X, Det Danske Klyngeakademi, og WTSH, Wirtschaftsförderung und Technologietransfer Schleswig-Holstein GmbH (Slesvig-Holstens selskab for erhvervsfremme og teknologioverførsel).",
                "Ifølge projektpræsentationen deltog 20 klynger fra INTERREG 4A-regionen. Præsentationens liste over deltagende klynger nævner 21, og de findes alle i klyngeoversigten.",
                "Et rådgivende udvalg med ni repræsentanter for den offentlige sektor, forskningsinstitutioner og den private sektor på begge sider af grænsen støttede projektet.",
            ],
            "de": [
                "Projektpartner waren REG X, die Dänische Clusterakademie, und die WTSH, Wirtschaftsförderung und Technologietransfer Schleswig-Holstein GmbH.",
                "Laut Projektpräsentation nahmen 20 Cluster aus der INTERREG-4A-Region teil. Die Liste der teilnehmenden Cluster in der Präsentation nennt 21; alle sind im Clusterverzeichnis zu finden.",
                "Ein Beirat mit neun Vertreterinnen und Vertretern aus öffentlichem Sektor, Forschungseinrichtungen und Privatwirtschaft beiderseits der Grenze begleitete das Projekt.",
            ],
        },
    },
    {
        "slug": "advisory-board",
        "slug_i18n": {"da": "raadgivende-udvalg", "de": "beirat"},
        "title": {"en": "Advisory board", "da": "Rådgivende udvalg", "de": "Beirat"},
        "intro": {
            "en": "An advisory board of nine representatives from the public sector, research institutions and the private sector on both sides of the border supported InTra-Net.",
            "da": "Et rådgivende udvalg med ni repræsentanter for den offentlige sektor, forskningsinstitutioner og den private sektor på begge sider af grænsen støttede InTra-Net.",
            "de": "Ein Beirat mit neun Vertreterinnen und Vertretern aus öffentlichem Sektor, Forschungseinrichtungen und Privatwirtschaft beiderseits der Grenze begleitete InTra-Net.",
        },
        "body": {
            "en": [
                "The advisory board brought together the public sector, research and business, the three parts of the triple helix, from the Danish and the German side of the border.",
                "The names of the board members are not given in the project presentation on which this site is based, so they are not listed here.",
            ],
            "da": [
                "Det rådgivende udvalg samlede den offentlige sektor, forskningen og erhvervslivet – de tre dele af triple helix – fra både den danske og den tyske side af grænsen.",
                "Udvalgsmedlemmernes navne fremgår ikke af den projektpræsentation, som denne hjemmeside bygger på, og de er derfor ikke nævnt her.",
            ],
            "de": [
                "Im Beirat kamen öffentlicher Sektor, Forschung und Wirtschaft – die drei Bereiche der Triple Helix – von der dänischen und der deutschen Seite der Grenze zusammen.",
                "Die Namen der Beiratsmitglieder werden in der Projektpräsentation, auf der diese Website beruht, nicht genannt und sind daher hier nicht aufgeführt.",
            ],
        },
    },
    {
        "slug": "funding",
        "slug_i18n": {"da": "finansiering", "de": "finanzierung"},
        "title": {"en": "Funding", "da": "Finansiering", "de": "Finanzierung"},
        "intro": {
            "en": "InTra-Net was supported by INTERREG 4A Syddanmark-Schleswig-K.E.R.N. with EUR 220,000 from the European Regional Development Fund.",
            "da": "InTra-Net blev støttet af INTERREG 4A Syddanmark-Schleswig-K.E.R.N. med 220.000 euro fra Den Europæiske Fond for Regionaludvikling.",
            "de": "InTra-Net wurde von INTERREG 4A Syddanmark-Schleswig-K.E.R.N. mit 220.000 Euro aus dem Europäischen Fonds für regionale Entwicklung gefördert.",
        },
        "body": {
            "en": [
                "The project ran for two years, 2011–2012. It was supported by the INTERREG 4A programme Syddanmark-Schleswig-K.E.R.N. with EUR 220,000 from the European Regional Development Fund (ERDF).",
                "EU funding for cross-border projects was also a topic at the project's second workshop in June 2012.",
            ],
            "da": [
                "Projektet løb over to år, 2011–2012. Det blev støttet af INTERREG 4A-programmet Syddanmark-Schleswig-K.E.R.N. med 220.000 euro fra Den Europæiske Fond for Regionaludvikling (EFRU).",
                "EU-midler til grænseoverskridende projekter var også et emne på projektets anden workshop i juni 2012.",
            ],
            "de": [
                "Das Projekt lief zwei Jahre, von 2011 bis 2012. Es wurde vom INTERREG-4A-Programm Syddanmark-Schleswig-K.E.R.N. mit 220.000 Euro aus dem Europäischen Fonds für regionale Entwicklung (EFRE) gefördert.",
                "EU-Fördermittel für grenzüberschreitende Projekte waren auch ein Thema des zweiten Projektworkshops im Juni 2012.",
            ],
        },
    },
]

# ---------------------------------------------------------------------------
# Home page and index pages
# ---------------------------------------------------------------------------

HOME = {
    "title": {
        "en": "InTra-Net – Innovation in Transnational Networks",
        "da": "InTra-Net – Innovation i transnationale netværk",
        "de": "InTra-Net – Innovation in transnationalen Netzwerken",
    },
    "hero_heading": {
        "en": "Clusters collaborating across the Danish-German border",
        "da": "Klynger, der samarbejder på tværs af den dansk-tyske grænse",
        "de": "Cluster, die über die deutsch-dänische Grenze hinweg zusammenarbeiten",
    },
    "hero_text": {
        "en": "InTra-Net brought together clusters from both sides of the border in the INTERREG 4A region to strengthen collaboration on innovation and internationalisation.",
        "da": "InTra-Net samlede klynger fra begge sider af grænsen i INTERREG 4A-regionen for at styrke samarbejdet om innovation og internationalisering.",
        "de": "InTra-Net brachte Cluster von beiden Seiten der Grenze in der INTERREG-4A-Region zusammen, um die Zusammenarbeit bei Innovation und Internationalisierung zu stärken.",
    },
    "introduction": {
        "en": "InTra-Net was a two-year project (2011–2012) run by REG X, the Danish Cluster Academy, and WTSH, the Business Development and Technology Transfer Corporation of Schleswig-Holstein. This site presents the participating clusters, good practice for cross-border cluster collaboration, the project's workshops and the cross-border project ideas it produced.",
        "da": "InTra-Net var et toårigt projekt (2011–2012) mellem REG X, Det Danske Klyngeakademi, og WTSH, Slesvig-Holstens selskab for erhvervsfremme og teknologioverførsel. Her kan du finde de deltagende klynger, god praksis for grænseoverskridende klyngesamarbejde, projektets workshops og de grænseoverskridende projektidéer, det førte til.",
        "de": "InTra-Net war ein zweijähriges Projekt (2011–2012) von REG X, der Dänischen Clusterakademie, und der WTSH, Wirtschaftsförderung und Technologietransfer Schleswig-Holstein GmbH. Hier finden Sie die teilnehmenden Cluster, gute Praxis für grenzüberschreitende Clusterzusammenarbeit, die Workshops des Projekts und die daraus entstandenen grenzüberschreitenden Projektideen.",
    },
}

INDEXES = {
    "clusters": {
        "slug": "clusters",
        "slug_i18n": {"da": "klynger", "de": "cluster"},
        "title": {"en": "Clusters", "da": "Klynger", "de": "Cluster"},
        "intro": {
            "en": "The clusters that took part in InTra-Net, from both sides of the Danish-German border. Most profiles are still demo profiles.",
            "da": "De klynger, der deltog i InTra-Net, fra begge sider af den dansk-tyske grænse. De fleste profiler er stadig demoprofiler.",
            "de": "Die Cluster, die an InTra-Net teilgenommen haben, von beiden Seiten der deutsch-dänischen Grenze. Die meisten Profile sind noch Demoprofile.",
        },
    },
    "case_studies": {
        "slug": "case-studies",
        "slug_i18n": {"da": "casestudier", "de": "fallstudien"},
        "title": {
            "en": "Cross-border case studies",
            "da": "Grænseoverskridende casestudier",
            "de": "Grenzüberschreitende Fallstudien",
        },
        "intro": {
            "en": "InTra-Net set out to identify and learn from similar cross-border cluster collaborations in Europe. The case studies shown here are demo placeholders.",
            "da": "InTra-Net ville identificere og lære af lignende grænseoverskridende klyngesamarbejder i Europa. De casestudier, der vises her, er demo-pladsholdere.",
            "de": "InTra-Net wollte ähnliche grenzüberschreitende Clusterkooperationen in Europa ermitteln und von ihnen lernen. Die hier gezeigten Fallstudien sind Demo-Platzhalter.",
        },
    },
    "good_practice": {
        "slug": "good-practice",
        "slug_i18n": {"da": "god-praksis", "de": "gute-praxis"},
        "title": {"en": "Good practice", "da": "God praksis", "de": "Gute Praxis"},
        "intro": {
            "en": "Five recommendations from InTra-Net's cross-border case studies on how to promote collaboration and internationalisation of clusters in border regions.",
            "da": "Fem anbefalinger fra InTra-Nets grænseoverskridende casestudier om, hvordan man fremmer samarbejde og internationalisering blandt klynger i grænseregioner.",
            "de": "Fünf Empfehlungen aus den grenzüberschreitenden Fallstudien von InTra-Net dazu, wie sich Zusammenarbeit und Internationalisierung von Clustern in Grenzregionen fördern lassen.",
        },
    },
    "events": {
        "slug": "events",
        "slug_i18n": {"da": "arrangementer", "de": "veranstaltungen"},
        "title": {
            "en": "Workshops and events",
            "da": "Workshops og arrangementer",
            "de": "Workshops und Veranstaltungen",
        },
        "intro": {
            "en": "Workshops and networking events held in 2012 to train cluster managers from the region in important subjects for cross-border collaboration, and to match and connect them. The project planned training for cluster facilitators on topics like financing models for clusters, open innovation and commercialization.",
            "da": "Workshops og netværksarrangementer i 2012, der skulle uddanne klyngeledere fra regionen i vigtige emner for grænseoverskridende samarbejde og bringe dem sammen. Projektet planlagde uddannelse af klyngefacilitatorer i emner som finansieringsmodeller for klynger, åben innovation og kommercialisering.",
            "de": "Workshops und Netzwerkveranstaltungen aus dem Jahr 2012, die Clustermanager aus der Region in wichtigen Themen der grenzüberschreitenden Zusammenarbeit schulen und miteinander vernetzen sollten. Das Projekt plante Schulungen für Clustermoderatoren zu Themen wie Finanzierungsmodellen für Cluster, Open Innovation und Kommerzialisierung.",
        },
    },
    "project_ideas": {
        "slug": "project-ideas",
        "slug_i18n": {"da": "projektideer", "de": "projektideen"},
        "title": {"en": "Project ideas", "da": "Projektidéer", "de": "Projektideen"},
        "intro": {
            "en": "Three cross-border project ideas that came out of InTra-Net and were ongoing in 2012.",
            "da": "Tre grænseoverskridende projektidéer, der udsprang af InTra-Net og var i gang i 2012.",
            "de": "Drei grenzüberschreitende Projektideen, die aus InTra-Net hervorgingen und 2012 liefen.",
        },
    },
}
