"""Partner search's seed content: the "Partner search" section and example
cooperation requests built from the founding document's three project ideas
(Offshore Wind Cost Competitiveness, Cross Border Health Care Development,
Network for Cluster Managers), each clearly labelled as an example, in
English, Danish and German. Called by home/seed/loader.py; idempotent."""
import datetime

from django.utils import timezone

from core.translation import glossary_for, translate_instance

from .managers import cluster_managers_group
from .models import CooperationRequestCountry, CooperationRequestPage, PartnerSearchIndexPage

INDEX = {
    "slug": "partner-search",
    "slug_i18n": {"da": "partnersoegning", "de": "partnersuche"},
    "title": {"en": "Partner search", "da": "Partnersøgning", "de": "Partnersuche"},
    "intro": {
        "en": "Cooperation requests of the network's clusters: offers, requests for partners and expertise, and event partners. Express your interest on a request's page. The requests shown here are examples.",
        "da": "Netværkets klyngers samarbejdsforespørgsler: tilbud, søgning efter partnere og ekspertise samt partnere til arrangementer. Vis din interesse på forespørgslens side. Forespørgslerne her er eksempler.",
        "de": "Kooperationsgesuche der Cluster des Netzwerks: Angebote, Partner- und Expertisesuchen sowie Veranstaltungspartner. Bekunden Sie Ihr Interesse auf der Seite eines Gesuchs. Die hier gezeigten Gesuche sind Beispiele.",
    },
}

REQUESTS = [
    {
        "slug": "example-offshore-wind-cost-competitiveness-partners",
        "slug_i18n": {"da": "eksempel-offshore-vind-omkostninger-partnere", "de": "beispiel-offshore-wind-kosten-partner"},
        "title": {
            "en": "Example: partners for offshore wind cost competitiveness",
            "da": "Eksempel: partnere til konkurrencedygtige omkostninger i offshore-vind",
            "de": "Beispiel: Partner für kostengünstige Offshore-Windenergie",
        },
        "kind": "partners",
        "cluster": "offshore-center-denmark",
        "sectors": ["wind-energy", "maritime"],
        "themes": ["open-innovation", "business-models"],
        "countries": ["DE", "DK"],
        "deadline": "2031-06-30",
        "summary": {
            "en": "Example request based on the project idea Offshore Wind Cost Competitiveness: a Danish cluster seeks German partners to make offshore wind energy more cost-competitive together.",
            "da": "Eksempel på en forespørgsel ud fra projektidéen Konkurrencedygtige omkostninger i offshore-vind: en dansk klynge søger tyske partnere, der sammen vil gøre offshore-vindenergi mere konkurrencedygtig.",
            "de": "Beispielgesuch nach der Projektidee Kostenwettbewerbsfähigkeit der Offshore-Windenergie: Ein dänischer Cluster sucht deutsche Partner, um Offshore-Windenergie gemeinsam wettbewerbsfähiger zu machen.",
        },
        "offered": {
            "en": "Contacts to offshore wind companies on the Danish side of the border and experience from joint workshops.",
            "da": "Kontakter til offshore-vindvirksomheder på den danske side af grænsen og erfaring fra fælles workshops.",
            "de": "Kontakte zu Offshore-Windunternehmen auf der dänischen Seite der Grenze und Erfahrung aus gemeinsamen Workshops.",
        },
        "sought": {
            "en": "Clusters, companies and research institutions in Schleswig-Holstein working on the cost of installing and operating offshore wind farms.",
            "da": "Klynger, virksomheder og forskningsinstitutioner i Slesvig-Holsten, der arbejder med omkostningerne ved at installere og drive havvindmølleparker.",
            "de": "Cluster, Unternehmen und Forschungseinrichtungen in Schleswig-Holstein, die an den Kosten für Bau und Betrieb von Offshore-Windparks arbeiten.",
        },
        "partner_profile": {
            "en": "Organisations able to take part in a cross-border collaborative project.",
            "da": "Organisationer, der kan deltage i et grænseoverskridende samarbejdsprojekt.",
            "de": "Organisationen, die sich an einem grenzüberschreitenden Kooperationsprojekt beteiligen können.",
        },
        "contact_role": {"en": "Cluster manager", "da": "Klyngeleder", "de": "Clustermanager"},
    },
    {
        "slug": "example-cross-border-health-care-expertise",
        "slug_i18n": {"da": "eksempel-graenseoverskridende-sundhed-ekspertise", "de": "beispiel-grenzueberschreitende-gesundheit-expertise"},
        "title": {
            "en": "Example: expertise for cross-border health care development",
            "da": "Eksempel: ekspertise til grænseoverskridende udvikling af sundhedsområdet",
            "de": "Beispiel: Expertise für grenzüberschreitende Gesundheitsversorgung",
        },
        "kind": "expertise",
        "cluster": "welfare-tech-region",
        "sectors": ["life-science-health", "welfare-technology"],
        "themes": ["cross-border-policy", "labour-mobility"],
        "countries": ["DE"],
        "deadline": "2031-09-30",
        "summary": {
            "en": "Example request based on the project idea Cross Border Health Care Development: expertise is sought on health care and welfare technology across the Danish-German border.",
            "da": "Eksempel på en forespørgsel ud fra projektidéen Grænseoverskridende udvikling af sundhedsområdet: der søges ekspertise i sundhed og velfærdsteknologi på tværs af den dansk-tyske grænse.",
            "de": "Beispielgesuch nach der Projektidee Grenzüberschreitende Entwicklung der Gesundheitsversorgung: Gesucht wird Expertise zu Gesundheitsversorgung und Wohlfahrtstechnologie über die deutsch-dänische Grenze hinweg.",
        },
        "offered": {
            "en": "Test environments for welfare technology in Danish municipalities.",
            "da": "Testmiljøer for velfærdsteknologi i danske kommuner.",
            "de": "Testumgebungen für Wohlfahrtstechnologie in dänischen Kommunen.",
        },
        "sought": {
            "en": "Expertise in German health care rules and in patient services that cross the border.",
            "da": "Ekspertise i tyske regler for sundhedsvæsenet og i patienttilbud på tværs af grænsen.",
            "de": "Expertise zu den Regeln des deutschen Gesundheitswesens und zu grenzüberschreitenden Patientenangeboten.",
        },
        "partner_profile": {
            "en": "Hospitals, health clusters and research groups in Schleswig-Holstein.",
            "da": "Hospitaler, sundhedsklynger og forskningsgrupper i Slesvig-Holsten.",
            "de": "Krankenhäuser, Gesundheitscluster und Forschungsgruppen in Schleswig-Holstein.",
        },
        "contact_role": {"en": "Project manager", "da": "Projektleder", "de": "Projektleitung"},
    },
    {
        "slug": "example-network-for-cluster-managers-event-partners",
        "slug_i18n": {"da": "eksempel-netvaerk-for-klyngeledere-partnere", "de": "beispiel-netzwerk-fuer-clustermanager-partner"},
        "title": {
            "en": "Example: event partners for a network of cluster managers",
            "da": "Eksempel: partnere til arrangementer i et netværk for klyngeledere",
            "de": "Beispiel: Veranstaltungspartner für ein Netzwerk von Clustermanagern",
        },
        "kind": "event-partner",
        "cluster": "life-science-nord",
        "sectors": [],
        "themes": ["cluster-management", "intercultural-collaboration"],
        "countries": ["DK", "DE"],
        "deadline": None,
        "summary": {
            "en": "Example request based on the project idea Network for Cluster Managers in the border region: partners are sought to host the network's meetings on both sides of the border.",
            "da": "Eksempel på en forespørgsel ud fra projektidéen Netværk for klyngeledere i grænseregionen: der søges partnere, som vil være værter for netværkets møder på begge sider af grænsen.",
            "de": "Beispielgesuch nach der Projektidee Netzwerk für Clustermanager in der Grenzregion: Gesucht werden Partner, die Treffen des Netzwerks auf beiden Seiten der Grenze ausrichten.",
        },
        "offered": {
            "en": "A programme and speakers for the network's meetings.",
            "da": "Et program og oplægsholdere til netværkets møder.",
            "de": "Ein Programm und Vortragende für die Treffen des Netzwerks.",
        },
        "sought": {
            "en": "Venues and co-hosts for two meetings a year.",
            "da": "Mødesteder og medværter til to møder om året.",
            "de": "Veranstaltungsorte und Mitveranstalter für zwei Treffen im Jahr.",
        },
        "partner_profile": {
            "en": "Clusters and business development organisations in the border region.",
            "da": "Klynger og erhvervsfremmeorganisationer i grænseregionen.",
            "de": "Cluster und Wirtschaftsförderungen in der Grenzregion.",
        },
        "contact_role": {"en": "Network coordinator", "da": "Netværkskoordinator", "de": "Netzwerkkoordination"},
    },
    {
        "slug": "example-offshore-wind-matching-event-2012",
        "slug_i18n": {"da": "eksempel-offshore-vind-matchmaking-2012", "de": "beispiel-offshore-wind-matching-2012"},
        "title": {
            "en": "Example (closed): offshore wind offer for the 2012 matching event",
            "da": "Eksempel (lukket): offshore-vind-tilbud til matchmaking-arrangementet i 2012",
            "de": "Beispiel (geschlossen): Offshore-Wind-Angebot zur Matching-Veranstaltung 2012",
        },
        "kind": "offer",
        "cluster": "windcomm-schleswig-holstein",
        "sectors": ["wind-energy"],
        "themes": ["internationalisation"],
        "countries": ["DK"],
        "deadline": "2012-11-30",
        "summary": {
            "en": "Example of a closed request: an offer of cooperation on offshore wind for the matching event of 2012, whose deadline has passed.",
            "da": "Eksempel på en lukket forespørgsel: et samarbejdstilbud om offshore-vind til matchmaking-arrangementet i 2012, hvis frist er udløbet.",
            "de": "Beispiel für ein geschlossenes Gesuch: ein Kooperationsangebot zur Offshore-Windenergie für die Matching-Veranstaltung 2012, dessen Frist abgelaufen ist.",
        },
        "offered": {
            "en": "Cooperation with wind energy companies in Schleswig-Holstein.",
            "da": "Samarbejde med vindenergivirksomheder i Slesvig-Holsten.",
            "de": "Zusammenarbeit mit Windenergieunternehmen in Schleswig-Holstein.",
        },
        "sought": {"en": "", "da": "", "de": ""},
        "partner_profile": {"en": "", "da": "", "de": ""},
        "contact_role": {"en": "Cluster manager", "da": "Klyngeleder", "de": "Clustermanager"},
    },
]


def _p(text):
    from home.seed.loader import paragraphs

    return paragraphs(text) if text else ""


def _texts():
    return [INDEX["title"], INDEX["intro"]] + [
        record[name] for record in REQUESTS for name in ("title", "summary", "offered", "sought", "partner_profile", "contact_role")
    ]


def load_partner_search(loader, clusters):
    """Create or update the section and the example requests in every language."""
    texts = _texts()
    glossaries = {locale.language_code: glossary_for(texts, locale.language_code) for locale in loader.targets}

    def translate(page, record):
        for locale in loader.targets:
            code = locale.language_code
            translate_instance(page, locale, glossaries[code], fields={"slug": record["slug_i18n"][code]})

    index = loader.upsert_page(
        loader.home, PartnerSearchIndexPage, INDEX["slug"], title=INDEX["title"]["en"], intro=_p(INDEX["intro"]["en"]),
        show_in_menus=True,
    )
    translate(index, INDEX)
    pages = []
    for record in REQUESTS:
        page = loader.upsert_page(
            index, CooperationRequestPage, record["slug"],
            title=record["title"]["en"],
            kind=record["kind"],
            cluster=clusters[record["cluster"]],
            summary=record["summary"]["en"],
            offered=_p(record["offered"]["en"]),
            sought=_p(record["sought"]["en"]),
            partner_profile=_p(record["partner_profile"]["en"]),
            deadline=datetime.date.fromisoformat(record["deadline"]) if record["deadline"] else None,
            contact_role=record["contact_role"]["en"],
            is_example=True,
            sectors=[loader.sectors[key] for key in record["sectors"]],
            themes=[loader.themes[key] for key in record["themes"]],
            children={"countries_sought": [CooperationRequestCountry(country=code) for code in record["countries"]]},
        )
        translate(page, record)
        pages.append(page)
    # The example past its deadline is closed from the start (as the worker would
    # close it; the search index is built after seeding, so it needs no news).
    CooperationRequestPage.objects.filter(closed_at__isnull=True, deadline__lt=timezone.localdate()).update(closed_at=timezone.now())
    set_up_partner_search_permissions()
    return pages


def set_up_partner_search_permissions():
    """The managers' group, and for REG X, WTSH and the moderators: every
    interest (with the CSV export) and the manager invitations."""
    from django.contrib.auth.models import Group, Permission

    from home.editorial import MODERATORS, REGX_EDITORS, WTSH_EDITORS

    cluster_managers_group()
    codenames = ["view_interest", "change_interest", "add_managerinvitation", "view_managerinvitation", "change_managerinvitation"]
    permissions = Permission.objects.filter(content_type__app_label="partnersearch", codename__in=codenames)
    for group in Group.objects.filter(name__in=[MODERATORS, REGX_EDITORS, WTSH_EDITORS]):
        group.permissions.add(*permissions)
