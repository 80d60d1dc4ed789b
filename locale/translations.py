"""The Danish and German texts of the user interface, by English source text.

`python locale/translations.py` writes them into locale/{da,de}/LC_MESSAGES/django.po
(after `manage.py makemessages -l da -l de`), leaving other entries as they are;
then `make messages` compiles the .mo files, which are committed.
Plural entries give a (singular, plural) pair.
"""
import sys
from pathlib import Path

T = {
    # --- Layout --------------------------------------------------------------
    "Skip to main content": ("Gå til hovedindholdet", "Zum Hauptinhalt springen"),
    "This page has not been translated yet. It is shown in its original language.": (
        "Denne side er endnu ikke oversat. Den vises på originalsproget.",
        "Diese Seite ist noch nicht übersetzt. Sie wird in der Originalsprache angezeigt."),
    "Innovation in Transnational Networks": ("Innovation i transnationale netværk", "Innovation in transnationalen Netzwerken"),
    "Language": ("Sprog", "Sprache"),
    "page not translated: goes to the nearest section": (
        "siden er ikke oversat: går til nærmeste afsnit", "Seite nicht übersetzt: führt zum nächsten Bereich"),
    "Main": ("Hovedmenu", "Hauptmenü"),
    "Breadcrumb": ("Brødkrummesti", "Brotkrümelnavigation"),
    "Home": ("Forside", "Startseite"),
    "Search the site": ("Søg på sitet", "Website durchsuchen"),
    "Search": ("Søg", "Suchen"),
    "Project partners": ("Projektpartnere", "Projektpartner"),
    "Funding": ("Finansiering", "Förderung"),
    "InTra-Net was supported by INTERREG 4A Syddanmark-Schleswig-K.E.R.N. with financing from the European Regional Development Fund.": (
        "InTra-Net blev støttet af INTERREG 4A Syddanmark-Schleswig-K.E.R.N. med midler fra Den Europæiske Fond for Regionaludvikling.",
        "InTra-Net wurde von INTERREG 4A Syddanmark-Schleswig-K.E.R.N. mit Mitteln aus dem Europäischen Fonds für regionale Entwicklung gefördert."),
    "Innovation in Transnational Networks: the Danish-German cross-border cluster network, a project of REG X and WTSH (2011–2012).": (
        "Innovation i transnationale netværk: det dansk-tyske grænseoverskridende klyngenetværk, et projekt af REG X og WTSH (2011–2012).",
        "Innovation in transnationalen Netzwerken: das deutsch-dänische grenzüberschreitende Clusternetzwerk, ein Projekt von REG X und WTSH (2011–2012)."),
    "InTra-Net – Innovation in Transnational Networks. A project of REG X and WTSH.": (
        "InTra-Net – Innovation i transnationale netværk. Et projekt af REG X og WTSH.",
        "InTra-Net – Innovation in transnationalen Netzwerken. Ein Projekt von REG X und WTSH."),
    "InTra-Net – Innovation in Transnational Networks: the Danish-German cross-border cluster network.": (
        "InTra-Net – Innovation i transnationale netværk: det dansk-tyske grænseoverskridende klyngenetværk.",
        "InTra-Net – Innovation in transnationalen Netzwerken: das deutsch-dänische grenzüberschreitende Clusternetzwerk."),
    "Introduction": ("Introduktion", "Einführung"),
    "Featured": ("Udvalgt", "Empfohlen"),
    "Explore": ("Udforsk", "Entdecken"),
    "Demo content: the values on this page are placeholders, not facts.": (
        "Demoindhold: værdierne på denne side er pladsholdere, ikke fakta.",
        "Demo-Inhalt: Die Angaben auf dieser Seite sind Platzhalter, keine Fakten."),
    "Demo content": ("Demoindhold", "Demo-Inhalt"),
    "Demo profile": ("Demoprofil", "Demoprofil"),
    "Contact": ("Kontakt", "Kontakt"),
    # --- Errors --------------------------------------------------------------
    "Page not found": ("Siden blev ikke fundet", "Seite nicht gefunden"),
    "Sorry, there is no page at this address. It may have moved, or the address may be mistyped.": (
        "Beklager, der er ingen side på denne adresse. Den kan være flyttet, eller adressen kan være skrevet forkert.",
        "Leider gibt es unter dieser Adresse keine Seite. Sie wurde vielleicht verschoben, oder die Adresse ist falsch geschrieben."),
    "Go to the home page": ("Gå til forsiden", "Zur Startseite"),
    "Server error": ("Serverfejl", "Serverfehler"),
    "Sorry, something went wrong": ("Beklager, noget gik galt", "Entschuldigung, etwas ist schiefgegangen"),
    "The site could not show this page because of an error on our side. Please try again in a few minutes.": (
        "Siden kunne ikke vises på grund af en fejl hos os. Prøv igen om et par minutter.",
        "Die Seite konnte wegen eines Fehlers bei uns nicht angezeigt werden. Bitte versuchen Sie es in ein paar Minuten noch einmal."),
    "Account locked": ("Konto spærret", "Konto gesperrt"),
    "Too many failed log-in attempts": ("For mange mislykkede loginforsøg", "Zu viele fehlgeschlagene Anmeldeversuche"),
    "For your security, log-in for this account is locked for a while after repeated wrong passwords. Please try again later, or ask an administrator to unlock it.": (
        "Af hensyn til din sikkerhed er login til denne konto spærret et stykke tid efter gentagne forkerte adgangskoder. Prøv igen senere, eller bed en administrator om at låse den op.",
        "Zu Ihrer Sicherheit ist die Anmeldung für dieses Konto nach wiederholt falschen Passwörtern eine Weile gesperrt. Bitte versuchen Sie es später noch einmal oder bitten Sie eine Administratorin oder einen Administrator, es zu entsperren."),
    # --- Filters -------------------------------------------------------------
    "Apply filters": ("Anvend filtre", "Filter anwenden"),
    "Show all": ("Vis alle", "Alle anzeigen"),
    "Sector": ("Sektor", "Branche"),
    "All sectors": ("Alle sektorer", "Alle Branchen"),
    "Country": ("Land", "Land"),
    "All countries": ("Alle lande", "Alle Länder"),
    "There is no sector “%(value)s”. Showing clusters of all sectors.": (
        "Der findes ingen sektor “%(value)s”. Viser klynger fra alle sektorer.",
        "Es gibt keine Branche „%(value)s“. Cluster aller Branchen werden angezeigt."),
    "There is no country “%(value)s”. Showing clusters of all countries.": (
        "Der findes intet land “%(value)s”. Viser klynger fra alle lande.",
        "Es gibt kein Land „%(value)s“. Cluster aller Länder werden angezeigt."),
    "Theme": ("Tema", "Thema"),
    "All themes": ("Alle temaer", "Alle Themen"),
    "There is no theme “%(value)s”. Showing all themes.": (
        "Der findes intet tema “%(value)s”. Viser alle temaer.",
        "Es gibt kein Thema „%(value)s“. Alle Themen werden angezeigt."),
    "Show": ("Vis", "Anzeigen"),
    "Upcoming and past events": ("Kommende og tidligere arrangementer", "Kommende und vergangene Veranstaltungen"),
    "Upcoming events": ("Kommende arrangementer", "Kommende Veranstaltungen"),
    "Past events": ("Tidligere arrangementer", "Vergangene Veranstaltungen"),
    "“%(value)s” is not a choice here. Showing upcoming and past events.": (
        "“%(value)s” er ikke et valg her. Viser kommende og tidligere arrangementer.",
        "„%(value)s“ ist hier keine Auswahl. Kommende und vergangene Veranstaltungen werden angezeigt."),
    "No upcoming events at the moment.": ("Ingen kommende arrangementer i øjeblikket.", "Zurzeit keine kommenden Veranstaltungen."),
    "No past events.": ("Ingen tidligere arrangementer.", "Keine vergangenen Veranstaltungen."),
    "Nothing matches this filter.": ("Intet matcher dette filter.", "Nichts entspricht diesem Filter."),
    "Nothing published here yet.": ("Intet udgivet her endnu.", "Hier ist noch nichts veröffentlicht."),
    "No cluster matches these filters.": ("Ingen klynge matcher disse filtre.", "Kein Cluster entspricht diesen Filtern."),
    "No clusters yet.": ("Ingen klynger endnu.", "Noch keine Cluster."),
    "%(counter)s cluster": (("%(counter)s klynge", "%(counter)s klynger"), ("%(counter)s Cluster", "%(counter)s Cluster")),
    # --- Page kinds and fields -----------------------------------------------
    "Cluster": ("Klynge", "Cluster"),
    "Case study": ("Casestudie", "Fallstudie"),
    "Good practice": ("God praksis", "Gute Praxis"),
    "Event": ("Arrangement", "Veranstaltung"),
    "Project idea": ("Projektidé", "Projektidee"),
    "Page": ("Side", "Seite"),
    "Type": ("Type", "Art"),
    "When": ("Hvornår", "Wann"),
    "Where": ("Hvor", "Wo"),
    "Registration": ("Tilmelding", "Anmeldung"),
    "Register": ("Tilmeld dig", "Anmelden"),
    "Themes": ("Temaer", "Themen"),
    "Topics": ("Emner", "Themenschwerpunkte"),
    "Programme": ("Program", "Programm"),
    "Related clusters": ("Relaterede klynger", "Verwandte Cluster"),
    "Border region": ("Grænseregion", "Grenzregion"),
    "Period": ("Periode", "Zeitraum"),
    "ongoing": ("igangværende", "laufend"),
    "Challenge": ("Udfordring", "Herausforderung"),
    "Approach": ("Tilgang", "Vorgehen"),
    "Results": ("Resultater", "Ergebnisse"),
    "Lessons learned": ("Erfaringer", "Erkenntnisse"),
    "Good practice it supports": ("God praksis, den understøtter", "Gute Praxis, die sie stützt"),
    "Sources": ("Kilder", "Quellen"),
    "Why it matters": ("Hvorfor det er vigtigt", "Warum es wichtig ist"),
    "How to apply it": ("Sådan anvender du det", "So wenden Sie es an"),
    "Evidence": ("Dokumentation", "Belege"),
    "Lead cluster": ("Ledende klynge", "Federführender Cluster"),
    "Status": ("Status", "Status"),
    "Partner clusters": ("Partnerklynger", "Partnercluster"),
    "Goals": ("Mål", "Ziele"),
    "Region": ("Region", "Region"),
    "City": ("By", "Stadt"),
    "Sectors": ("Sektorer", "Branchen"),
    "Competences": ("Kompetencer", "Kompetenzen"),
    "Members": ("Medlemmer", "Mitglieder"),
    "Founded": ("Grundlagt", "Gegründet"),
    "Website": ("Websted", "Website"),
    "Responsible partner": ("Ansvarlig partner", "Zuständiger Partner"),
    "We offer": ("Vi tilbyder", "Wir bieten"),
    "We are looking for": ("Vi søger", "Wir suchen"),
    # --- Model choices and admin texts -----------------------------------------
    "Workshop": ("Workshop", "Workshop"),
    "Networking event": ("Netværksarrangement", "Netzwerkveranstaltung"),
    "Matchmaking event": ("Matchmaking-arrangement", "Matchmaking-Veranstaltung"),
    "Empty for a one-day event.": ("Tom for et endagsarrangement.", "Leer bei einer eintägigen Veranstaltung."),
    "Shown in lists and search results.": ("Vises i lister og søgeresultater.", "Wird in Listen und Suchergebnissen angezeigt."),
    "demo content": ("demoindhold", "Demo-Inhalt"),
    "Placeholder values (e.g. a demo date) are shown with a notice.": (
        "Pladsholderværdier (f.eks. en demodato) vises med en bemærkning.",
        "Platzhalterwerte (z. B. ein Demo-Datum) werden mit einem Hinweis angezeigt."),
    "When and where": ("Hvornår og hvor", "Wann und wo"),
    "The event cannot end before it starts.": ("Arrangementet kan ikke slutte, før det begynder.", "Die Veranstaltung kann nicht enden, bevor sie beginnt."),
    "from (year)": ("fra (år)", "von (Jahr)"),
    "until (year)": ("til (år)", "bis (Jahr)"),
    "Empty if ongoing.": ("Tom, hvis det er igangværende.", "Leer, wenn noch laufend."),
    "One or two sentences shown in lists and search results.": (
        "En eller to sætninger, der vises i lister og søgeresultater.",
        "Ein oder zwei Sätze, die in Listen und Suchergebnissen angezeigt werden."),
    "good practice it supports": ("god praksis, den understøtter", "gute Praxis, die sie stützt"),
    "Countries": ("Lande", "Länder"),
    "Where and when": ("Hvor og hvornår", "Wo und wann"),
    "The period cannot end before it starts.": ("Perioden kan ikke slutte, før den begynder.", "Der Zeitraum kann nicht enden, bevor er beginnt."),
    "The recommendation itself, in one or two sentences.": ("Selve anbefalingen i en eller to sætninger.", "Die Empfehlung selbst, in ein oder zwei Sätzen."),
    "Proposed": ("Foreslået", "Vorgeschlagen"),
    "Ongoing": ("I gang", "Laufend"),
    "Funded": ("Finansieret", "Gefördert"),
    "Completed": ("Afsluttet", "Abgeschlossen"),
    "Discontinued": ("Indstillet", "Eingestellt"),
    "Company": ("Virksomhed", "Unternehmen"),
    "Research institution": ("Forskningsinstitution", "Forschungseinrichtung"),
    "Education institution": ("Uddannelsesinstitution", "Bildungseinrichtung"),
    "Public body": ("Offentlig myndighed", "Öffentliche Einrichtung"),
    "competences and technology keywords": ("kompetencer og teknologiske nøgleord", "Kompetenzen und Technologie-Schlagwörter"),
    "Number of members, if known.": ("Antal medlemmer, hvis det kendes.", "Zahl der Mitglieder, falls bekannt."),
    "The partner agency that looks after this profile: REG X or WTSH.": (
        "Den partnerorganisation, der står for denne profil: REG X eller WTSH.",
        "Die Partnerorganisation, die dieses Profil betreut: REG X oder WTSH."),
    "we offer": ("vi tilbyder", "wir bieten"),
    "we are looking for": ("vi søger", "wir suchen"),
    "demo profile": ("demoprofil", "Demoprofil"),
    "Placeholder content not yet written by the cluster; shown with a notice.": (
        "Pladsholderindhold, som klyngen endnu ikke har skrevet; vises med en bemærkning.",
        "Platzhalterinhalt, den der Cluster noch nicht geschrieben hat; wird mit einem Hinweis angezeigt."),
    "Location": ("Placering", "Standort"),
    "Contact person": ("Kontaktperson", "Ansprechperson"),
    "Collaboration interests": ("Samarbejdsinteresser", "Kooperationsinteressen"),
    "Hero": ("Topbanner", "Titelbereich"),
    "Featured clusters and case studies": ("Udvalgte klynger og casestudier", "Empfohlene Cluster und Fallstudien"),
    "Stable identifier used in URLs, filters and the API; the same in every language.": (
        "Stabil identifikator, der bruges i URL'er, filtre og API'et; den samme på alle sprog.",
        "Stabiler Bezeichner für URLs, Filter und die API; in allen Sprachen gleich."),
    "sector": ("sektor", "Branche"),
    "sectors": ("sektorer", "Branchen"),
    "theme": ("tema", "Thema"),
    "themes": ("temaer", "Themen"),
    "country": ("land", "Land"),
    "Short name, e.g. REG X": ("Kort navn, f.eks. REG X", "Kurzname, z. B. REG X"),
    "Members of this group may edit the clusters this partner is responsible for.": (
        "Medlemmer af denne gruppe må redigere de klynger, som denne partner er ansvarlig for.",
        "Mitglieder dieser Gruppe dürfen die Cluster bearbeiten, für die dieser Partner zuständig ist."),
    "partner organisation": ("partnerorganisation", "Partnerorganisation"),
    "partner organisations": ("partnerorganisationer", "Partnerorganisationen"),
    "Enter a web address starting with http:// or https://.": (
        "Angiv en webadresse, der begynder med http:// eller https://.",
        "Geben Sie eine Webadresse ein, die mit http:// oder https:// beginnt."),
    # --- Countries -------------------------------------------------------------
    "Denmark": ("Danmark", "Dänemark"),
    "Germany": ("Tyskland", "Deutschland"),
    "Austria": ("Østrig", "Österreich"),
    "Belgium": ("Belgien", "Belgien"),
    "Switzerland": ("Schweiz", "Schweiz"),
    "Czechia": ("Tjekkiet", "Tschechien"),
    "Estonia": ("Estland", "Estland"),
    "Spain": ("Spanien", "Spanien"),
    "Finland": ("Finland", "Finnland"),
    "France": ("Frankrig", "Frankreich"),
    "Ireland": ("Irland", "Irland"),
    "Italy": ("Italien", "Italien"),
    "Lithuania": ("Litauen", "Litauen"),
    "Luxembourg": ("Luxembourg", "Luxemburg"),
    "Latvia": ("Letland", "Lettland"),
    "Netherlands": ("Nederlandene", "Niederlande"),
    "Norway": ("Norge", "Norwegen"),
    "Poland": ("Polen", "Polen"),
    "Portugal": ("Portugal", "Portugal"),
    "Sweden": ("Sverige", "Schweden"),
    "Slovenia": ("Slovenien", "Slowenien"),
    "Slovakia": ("Slovakiet", "Slowakei"),
    "United Kingdom": ("Storbritannien", "Vereinigtes Königreich"),
    # --- Search (search app; kept here so the catalogue is complete) ----------
    "“%(query)s” – Search": ("“%(query)s” – Søgning", "„%(query)s“ – Suche"),
    "Search for clusters, case studies, good practice and events": (
        "Søg efter klynger, casestudier, god praksis og arrangementer",
        "Suche nach Clustern, Fallstudien, guter Praxis und Veranstaltungen"),
    "Tip: put words in quotes to search for an exact phrase.": (
        "Tip: sæt ord i anførselstegn for at søge efter en bestemt sætning.",
        "Tipp: Setzen Sie Wörter in Anführungszeichen, um nach einer genauen Wortfolge zu suchen."),
    "Filter results": ("Filtrer resultater", "Ergebnisse filtern"),
    "Remove filter:": ("Fjern filter:", "Filter entfernen:"),
    "Remove all filters": ("Fjern alle filtre", "Alle Filter entfernen"),
    "Searching all languages.": ("Søger på alle sprog.", "Suche in allen Sprachen."),
    "Search all languages": ("Søg på alle sprog", "In allen Sprachen suchen"),
    "%(counter)s result": (("%(counter)s resultat", "%(counter)s resultater"), ("%(counter)s Ergebnis", "%(counter)s Ergebnisse")),
    "%(counter)s result in %(language)s": (
        ("%(counter)s resultat på %(language)s", "%(counter)s resultater på %(language)s"),
        ("%(counter)s Ergebnis auf %(language)s", "%(counter)s Ergebnisse auf %(language)s")),
    "Sort by:": ("Sortér efter:", "Sortieren nach:"),
    "relevance": ("relevans", "Relevanz"),
    "date": ("dato", "Datum"),
    "Recommended": ("Anbefalet", "Empfohlen"),
    "Result pages": ("Resultatsider", "Ergebnisseiten"),
    "Previous": ("Forrige", "Zurück"),
    "Page %(page)s of %(pages)s": ("Side %(page)s af %(pages)s", "Seite %(page)s von %(pages)s"),
    "Next": ("Næste", "Weiter"),
    "Nothing matched your search.": ("Intet matchede din søgning.", "Ihre Suche ergab keine Treffer."),
    "Try removing a filter:": ("Prøv at fjerne et filter:", "Entfernen Sie probeweise einen Filter:"),
    "Check the spelling, or use fewer or more general words.": (
        "Kontrollér stavningen, eller brug færre eller mere generelle ord.",
        "Prüfen Sie die Schreibweise oder verwenden Sie weniger oder allgemeinere Wörter."),
    "Type a few words above, or browse by the filters.": (
        "Skriv et par ord ovenfor, eller gennemse med filtrene.",
        "Geben Sie oben ein paar Wörter ein oder stöbern Sie mit den Filtern."),
    "Upcoming": ("Kommende", "Kommend"),
    "Past": ("Tidligere", "Vergangen"),
    "content type": ("indholdstype", "Inhaltstyp"),
    "event period": ("arrangementsperiode", "Veranstaltungszeitraum"),
    "Your search was shortened to %(n)d characters.": ("Din søgning blev forkortet til %(n)d tegn.", "Ihre Suche wurde auf %(n)d Zeichen gekürzt."),
    "There is no language “%(value)s”; searching in the page's language.": (
        "Der findes intet sprog “%(value)s”; søger på sidens sprog.",
        "Es gibt keine Sprache „%(value)s“; es wird in der Sprache der Seite gesucht."),
    "Unknown %(facet)s: %(values)s.": ("Ukendt %(facet)s: %(values)s.", "Unbekannt (%(facet)s): %(values)s."),
    "Results can be sorted by relevance or by date.": (
        "Resultater kan sorteres efter relevans eller dato.", "Ergebnisse lassen sich nach Relevanz oder Datum sortieren."),
    "There is no results page “%(value)s”; showing the first page.": (
        "Der findes ingen resultatside “%(value)s”; viser den første side.",
        "Es gibt keine Ergebnisseite „%(value)s“; die erste Seite wird angezeigt."),
    "The search service is temporarily unavailable, so these results come from a simpler search. They may be less complete.": (
        "Søgetjenesten er midlertidigt utilgængelig, så disse resultater kommer fra en enklere søgning. De kan være mindre fuldstændige.",
        "Der Suchdienst ist vorübergehend nicht erreichbar, daher stammen diese Ergebnisse aus einer einfacheren Suche. Sie sind möglicherweise weniger vollständig."),
    "There are only %(n)d pages of results; showing the last one.": (
        "Der er kun %(n)d resultatsider; viser den sidste.", "Es gibt nur %(n)d Ergebnisseiten; die letzte wird angezeigt."),
    "Suggestions are unavailable at the moment.": ("Forslag er ikke tilgængelige i øjeblikket.", "Vorschläge sind derzeit nicht verfügbar."),
    # --- Partner API (api app) ---------------------------------------------------
    "API key “%(name)s” created: %(key)s — copy it now, it is not shown again.": (
        "API-nøglen “%(name)s” er oprettet: %(key)s — kopiér den nu, den vises ikke igen.",
        "API-Schlüssel „%(name)s“ erstellt: %(key)s — kopieren Sie ihn jetzt, er wird nicht noch einmal angezeigt."),
    "API keys": ("API-nøgler", "API-Schlüssel"),
    "API key": ("API-nøgle", "API-Schlüssel"),
    "Webhooks": ("Webhooks", "Webhooks"),
    "webhook": ("webhook", "Webhook"),
    "webhooks": ("webhooks", "Webhooks"),
    "Webhook deliveries": ("Webhook-leverancer", "Webhook-Zustellungen"),
    "webhook delivery": ("webhook-leverance", "Webhook-Zustellung"),
    "webhook deliveries": ("webhook-leverancer", "Webhook-Zustellungen"),
    "Partner API": ("Partner-API", "Partner-API"),
    "Who uses the key, e.g. the WindCluster website.": ("Hvem bruger nøglen, f.eks. WindClusters websted.", "Wer den Schlüssel nutzt, z. B. die Website von WindCluster."),
    "The first characters of the key, to recognise it.": ("Nøglens første tegn, så den kan genkendes.", "Die ersten Zeichen des Schlüssels, um ihn zu erkennen."),
    "Requests per minute; empty for the default rate for keys.": (
        "Forespørgsler pr. minut; tom for nøglernes standardgrænse.", "Anfragen pro Minute; leer für die Standardrate der Schlüssel."),
    "A revoked key is refused at once.": ("En tilbagekaldt nøgle afvises straks.", "Ein widerrufener Schlüssel wird sofort abgelehnt."),
    "Page published": ("Side udgivet", "Seite veröffentlicht"),
    "Page unpublished": ("Side afpubliceret", "Veröffentlichung zurückgezogen"),
    "Page deleted": ("Side slettet", "Seite gelöscht"),
    "Shared with the partner: the HMAC-SHA256 key of the signature header.": (
        "Deles med partneren: HMAC-SHA256-nøglen til signaturheaderen.",
        "Mit dem Partner geteilt: der HMAC-SHA256-Schlüssel des Signatur-Headers."),
    "Give it to the partner now (they verify the signature header with it); it is not shown again.": (
        "Giv den til partneren nu (de kontrollerer signaturheaderen med den); den vises ikke igen.",
        "Geben Sie es jetzt an den Partner weiter (er prüft damit den Signatur-Header); es wird nicht noch einmal angezeigt."),
    "Webhook “%(name)s” created. Its secret: %(secret)s — %(once)s": (
        "Webhooken “%(name)s” er oprettet. Dens hemmelighed: %(secret)s — %(once)s",
        "Webhook „%(name)s“ angelegt. Sein Geheimnis: %(secret)s — %(once)s"),
    "New secret of “%(name)s”: %(secret)s — %(once)s": (
        "Ny hemmelighed for “%(name)s”: %(secret)s — %(once)s",
        "Neues Geheimnis für „%(name)s“: %(secret)s — %(once)s"),
    "Rotate secret": ("Udskift hemmelighed", "Geheimnis erneuern"),
    "Rotate the secret": ("Udskift hemmeligheden", "Geheimnis erneuern"),
    "Rotate the secret of “%(name)s”": ("Udskift hemmeligheden for “%(name)s”", "Geheimnis von „%(name)s“ erneuern"),
    "A new secret replaces the current one at once: “%(name)s” must verify signatures with the new secret from now on. The new secret is shown once, on the next page.": (
        "En ny hemmelighed erstatter den nuværende med det samme: “%(name)s” skal kontrollere signaturer med den nye hemmelighed fra nu af. Den nye hemmelighed vises én gang, på næste side.",
        "Ein neues Geheimnis ersetzt das bisherige sofort: „%(name)s“ muss Signaturen ab jetzt mit dem neuen Geheimnis prüfen. Das neue Geheimnis wird einmal angezeigt, auf der nächsten Seite."),
    "Cancel": ("Annullér", "Abbrechen"),
    "Search index: pending changes": ("Søgeindeks: ventende ændringer", "Suchindex: ausstehende Änderungen"),
    # The benchmarks' copy of Wagtail's stock search page (frontend_templates/benchmarks/).
    "results": ("resultater", "Ergebnisse"),
    "for": ("for", "für"),
    "Search results": ("Søgeresultater", "Suchergebnisse"),
    "You searched for “%(search_query)s”, %(count)s result found.": (
        ("Du søgte efter “%(search_query)s”, %(count)s resultat fundet.",
         "Du søgte efter “%(search_query)s”, %(count)s resultater fundet."),
        ("Sie suchten nach „%(search_query)s“, %(count)s Ergebnis gefunden.",
         "Sie suchten nach „%(search_query)s“, %(count)s Ergebnisse gefunden.")),
    "No results found for “%(search_query)s”.": (
        "Ingen resultater for “%(search_query)s”.", "Keine Ergebnisse für „%(search_query)s“."),
    "You didn't search for anything!": ("Du har ikke søgt efter noget!", "Sie haben nach nichts gesucht!"),
    "Enter a valid port number.": ("Angiv et gyldigt portnummer.", "Geben Sie eine gültige Portnummer ein."),
    "The host name %(host)s cannot be resolved; enter the partner's public address.": (
        "Værtsnavnet %(host)s kan ikke slås op; angiv partnerens offentlige adresse.",
        "Der Hostname %(host)s lässt sich nicht auflösen; geben Sie die öffentliche Adresse des Partners ein."),
    "Webhooks can only be sent to public internet addresses; %(host)s is %(address)s, an internal address (loopback, private, link-local or reserved).": (
        "Webhooks kan kun sendes til offentlige internetadresser; %(host)s er %(address)s, en intern adresse (loopback, privat, link-local eller reserveret).",
        "Webhooks können nur an öffentliche Internetadressen gesendet werden; %(host)s ist %(address)s, eine interne Adresse (Loopback, privat, Link-local oder reserviert)."),
    "Which events are sent: page.published, page.unpublished, page.deleted.": (
        "Hvilke hændelser der sendes: page.published, page.unpublished, page.deleted.",
        "Welche Ereignisse gesendet werden: page.published, page.unpublished, page.deleted."),
    "Pending": ("Afventer", "Ausstehend"),
    "Delivered": ("Leveret", "Zugestellt"),
    "Failed (gave up)": ("Mislykkedes (opgivet)", "Fehlgeschlagen (aufgegeben)"),
    "Headless preview": ("Headless forhåndsvisning", "Headless-Vorschau"),
    # --- Issue 16: editors' translation tools, facts, target groups, alt text ---
    "Whom this is for.": ("Hvem det er rettet mod.", "Für wen es gedacht ist."),
    "Alt text of the logo in this page's language; empty: the image's own alt text.": (
        "Logoets alternative tekst på sidens sprog; tom: billedets egen alternative tekst.",
        "Alternativtext des Logos in der Sprache der Seite; leer: der eigene Alternativtext des Bildes."),
    "What the hero image shows, in this page's language. Leave empty if it is only decoration.": (
        "Hvad topbilledet viser, på sidens sprog. Lad feltet være tomt, hvis billedet kun er dekoration.",
        "Was das Titelbild zeigt, in der Sprache der Seite. Leer lassen, wenn es nur Dekoration ist."),
    "Target groups": ("Målgrupper", "Zielgruppen"),
    "target group": ("målgruppe", "Zielgruppe"),
    "target groups": ("målgrupper", "Zielgruppen"),
    "Not given in the project's documents": ("Ikke angivet i projektets dokumenter", "In den Projektunterlagen nicht angegeben"),
    "Country not given": ("Land ikke angivet", "Land nicht angegeben"),
    "Status of every page in every language": ("Status for hver side på hvert sprog", "Status jeder Seite in jeder Sprache"),
    "Page type": ("Sidetype", "Seitentyp"),
    "Section": ("Sektion", "Bereich"),
    "%(percent)s%% of segments translated": ("%(percent)s %% af segmenterne oversat", "%(percent)s %% der Segmente übersetzt"),
    "source changed %(date)s": ("kilden ændret %(date)s", "Quelle geändert am %(date)s"),
    "draft": ("kladde", "Entwurf"),
    "No pages match these filters.": ("Ingen sider matcher disse filtre.", "Keine Seiten entsprechen diesen Filtern."),
    "Publish in all languages": ("Udgiv på alle sprog", "In allen Sprachen veröffentlichen"),
    "This page has no synchronised translations. Translate it first.": (
        "Denne side har ingen synkroniserede oversættelser. Oversæt den først.",
        "Diese Seite hat keine synchronisierten Übersetzungen. Übersetzen Sie sie zuerst."),
    "Every translation is synced from this page first. Translations whose segments are all translated are then published, or submitted for moderation where you may not publish them; the others stay drafts.": (
        "Alle oversættelser synkroniseres først fra denne side. Oversættelser, hvor alle segmenter er oversat, udgives derefter eller sendes til godkendelse, hvor du ikke må udgive dem; de øvrige forbliver kladder.",
        "Alle Übersetzungen werden zuerst von dieser Seite synchronisiert. Übersetzungen, deren Segmente alle übersetzt sind, werden dann veröffentlicht oder zur Freigabe eingereicht, wo Sie sie nicht veröffentlichen dürfen; die übrigen bleiben Entwürfe."),
    "This page has changes that are not published: translations are synced from the published version.": (
        "Denne side har ændringer, der ikke er udgivet: oversættelserne synkroniseres fra den udgivne version.",
        "Diese Seite hat unveröffentlichte Änderungen: Die Übersetzungen werden von der veröffentlichten Fassung synchronisiert."),
    "Translations of this page": ("Oversættelser af denne side", "Übersetzungen dieser Seite"),
    "Segments translated": ("Oversatte segmenter", "Übersetzte Segmente"),
    "Result": ("Resultat", "Ergebnis"),
    "Will be": ("Bliver", "Wird"),
    "Left as a draft: translation incomplete": ("Forbliver kladde: oversættelsen er ufuldstændig", "Bleibt Entwurf: Übersetzung unvollständig"),
    "Published or submitted for moderation": ("Udgivet eller sendt til godkendelse", "Veröffentlicht oder zur Freigabe eingereicht"),
    "Open the translation editor": ("Åbn oversættelseseditoren", "Übersetzungseditor öffnen"),
    "Back to the page": ("Tilbage til siden", "Zurück zur Seite"),
    "Source": ("Kilde", "Quelle"),
    "Translated": ("Oversat", "Übersetzt"),
    "In progress": ("I gang", "In Arbeit"),
    "Out of date": ("Forældet", "Veraltet"),
    "Untranslated (alias)": ("Ikke oversat (alias)", "Nicht übersetzt (Alias)"),
    "Translation dashboard": ("Oversættelsesoversigt", "Übersetzungsübersicht"),
    "Title": ("Titel", "Titel"),
    "Page ID": ("Side-id", "Seiten-ID"),
    "Progress (%)": ("Fremskridt (%)", "Fortschritt (%)"),
    "Source changed at": ("Kilde ændret", "Quelle geändert am"),
    "Last synced at": ("Sidst synkroniseret", "Zuletzt synchronisiert am"),
    "Live": ("Udgivet", "Veröffentlicht"),
    "Translation editor": ("Oversættelseseditor", "Übersetzungseditor"),
    "Published": ("Udgivet", "Veröffentlicht"),
    "Submitted for moderation": ("Sendt til godkendelse", "Zur Freigabe eingereicht"),
    "Not published: translation incomplete": ("Ikke udgivet: oversættelsen er ufuldstændig", "Nicht veröffentlicht: Übersetzung unvollständig"),
    "Not published: you may neither publish nor submit this page": (
        "Ikke udgivet: du må hverken udgive eller indsende denne side",
        "Nicht veröffentlicht: Sie dürfen diese Seite weder veröffentlichen noch einreichen"),
    "Updated in the moderation already under way": ("Opdateret i den igangværende godkendelse", "In der laufenden Freigabe aktualisiert"),
    "DeepL could not translate this page now. Nothing was changed; please try again later.": (
        "DeepL kunne ikke oversætte siden lige nu. Intet er ændret; prøv igen senere.",
        "DeepL konnte diese Seite gerade nicht übersetzen. Nichts wurde geändert; bitte versuchen Sie es später erneut."),
    "Report": ("Rapport", "Bericht"),
    "report": ("rapport", "Bericht"),
    "Download the report as PDF": ("Hent rapporten som PDF", "Bericht als PDF herunterladen"),
    "What the report is about, in a few sentences.": ("Hvad rapporten handler om, med få sætninger.", "Worum es im Bericht geht, in wenigen Sätzen."),
    "Chapters (good practice and case studies)": ("Kapitler (god praksis og casestudier)", "Kapitel (gute Praxis und Fallstudien)"),
    "This translation is not complete: it stays a draft until every segment is translated.": (
        "Denne oversættelse er ikke færdig: den forbliver en kladde, indtil alle segmenter er oversat.",
        "Diese Übersetzung ist nicht vollständig: Sie bleibt ein Entwurf, bis alle Segmente übersetzt sind."),
    # --- Issue 14: search quality (cross-language results, did you mean, engine refusals) ---
    "Found in %(language)s": ("Fundet på %(language)s", "Gefunden auf %(language)s"),
    "Did you mean:": ("Mente du:", "Meinten Sie:"),
    "This results page is beyond the deepest the search serves: narrow the search or go back a few pages.": (
        "Denne resultatside ligger ud over det dybeste, søgningen viser: indsnævr søgningen eller gå et par sider tilbage.",
        "Diese Ergebnisseite liegt jenseits der tiefsten, die die Suche liefert: Suche eingrenzen oder einige Seiten zurückgehen."),
    "The search could not be carried out as asked: try other words or fewer filters.": (
        "Søgningen kunne ikke udføres som ønsket: prøv andre ord eller færre filtre.",
        "Die Suche konnte so nicht ausgeführt werden: andere Wörter oder weniger Filter versuchen."),
    # --- Issue 12: partner search (partnersearch/) ------------------------------
    "Partner search alerts": ("Partnersøgning: nyhedsmails", "Partnersuche: Benachrichtigungen"),
    "Get a weekly e-mail with the new cooperation requests in the sectors and languages you choose. We send a confirmation link first; every mail has a link that unsubscribes you with one click.": (
        "Få en ugentlig e-mail med de nye samarbejdsforespørgsler i de brancher og sprog, du vælger. Vi sender først et bekræftelseslink; hver mail har et link, der afmelder dig med ét klik.",
        "Erhalten Sie wöchentlich eine E-Mail mit den neuen Kooperationsgesuchen in den Branchen und Sprachen Ihrer Wahl. Zuerst senden wir einen Bestätigungslink; jede Mail enthält einen Link, mit dem Sie sich mit einem Klick abmelden."),
    "Please correct the marked fields.": ("Ret venligst de markerede felter.", "Bitte korrigieren Sie die markierten Felder."),
    "Subscribe": ("Tilmeld", "Abonnieren"),
    "Partner search": ("Partnersøgning", "Partnersuche"),
    "Almost done: we have sent you an e-mail with a link. Your alert starts when you follow it.": (
        "Næsten færdig: vi har sendt dig en e-mail med et link. Dine nyhedsmails starter, når du følger det.",
        "Fast geschafft: Wir haben Ihnen eine E-Mail mit einem Link geschickt. Ihre Benachrichtigung beginnt, sobald Sie ihm folgen."),
    "Example: this request illustrates partner search with a project idea from InTra-Net's founding document. It is not a real request.": (
        "Eksempel: denne forespørgsel viser partnersøgning med en projektidé fra InTra-Nets stiftelsesdokument. Det er ikke en rigtig forespørgsel.",
        "Beispiel: Dieses Gesuch zeigt die Partnersuche an einer Projektidee aus dem Gründungsdokument von InTra-Net. Es ist kein echtes Gesuch."),
    "This request is closed: its deadline has passed and it no longer takes expressions of interest.": (
        "Denne forespørgsel er lukket: fristen er udløbet, og den modtager ikke længere interessetilkendegivelser.",
        "Dieses Gesuch ist geschlossen: Die Frist ist abgelaufen, und es nimmt keine Interessenbekundungen mehr an."),
    "Kind": ("Type", "Art"),
    "Requesting cluster": ("Forespørgende klynge", "Anfragender Cluster"),
    "Deadline": ("Frist", "Frist"),
    "Countries sought": ("Søgte lande", "Gesuchte Länder"),
    "What we offer": ("Det tilbyder vi", "Was wir bieten"),
    "What we are looking for": ("Det søger vi", "Was wir suchen"),
    "Partner profile": ("Partnerprofil", "Partnerprofil"),
    "Express interest": ("Vis interesse", "Interesse bekunden"),
    "Thank you: your interest has been sent to the requesting cluster. You will get a confirmation by e-mail.": (
        "Tak: din interesse er sendt til den forespørgende klynge. Du får en bekræftelse på e-mail.",
        "Vielen Dank: Ihr Interesse wurde an den anfragenden Cluster gesendet. Sie erhalten eine Bestätigung per E-Mail."),
    "Send": ("Send", "Senden"),
    "Deadline %(date)s": ("Frist %(date)s", "Frist %(date)s"),
    "Example": ("Eksempel", "Beispiel"),
    "Closed": ("Lukket", "Geschlossen"),
    "Choose your password": ("Vælg din adgangskode", "Wählen Sie Ihr Passwort"),
    "You have been invited as a cluster manager. Your user name is %(email)s.": (
        "Du er inviteret som klyngeleder. Dit brugernavn er %(email)s.",
        "Sie wurden als Clustermanager eingeladen. Ihr Benutzername ist %(email)s."),
    "Set password": ("Gem adgangskode", "Passwort festlegen"),
    "%(counter)s closed request": (("%(counter)s lukket forespørgsel", "%(counter)s lukkede forespørgsler"), ("%(counter)s geschlossenes Gesuch", "%(counter)s geschlossene Gesuche")),
    "%(counter)s open request": (("%(counter)s åben forespørgsel", "%(counter)s åbne forespørgsler"), ("%(counter)s offenes Gesuch", "%(counter)s offene Gesuche")),
    "No request matches these filters.": ("Ingen forespørgsel passer til disse filtre.", "Kein Gesuch passt zu diesen Filtern."),
    "No open requests at the moment.": ("Ingen åbne forespørgsler i øjeblikket.", "Zurzeit keine offenen Gesuche."),
    "Get a weekly e-mail with new requests": ("Få en ugentlig e-mail med nye forespørgsler", "Wöchentlich neue Gesuche per E-Mail erhalten"),
    "Mark answered": ("Markér som besvaret", "Als beantwortet markieren"),
    "Answered": ("Besvaret", "Beantwortet"),
    "Interests": ("Interessetilkendegivelser", "Interessenbekundungen"),
    "Marked as answered.": ("Markeret som besvaret.", "Als beantwortet markiert."),
    "Invitation to %(email)s created: the worker sends it by e-mail.": (
        "Invitation til %(email)s oprettet: den sendes pr. e-mail.", "Einladung an %(email)s erstellt: Sie wird per E-Mail verschickt."),
    "Manager invitations": ("Invitationer til klyngeledere", "Einladungen für Clustermanager"),
    "Search requests": ("Søg i forespørgsler", "Gesuche durchsuchen"),
    "The search text is too long (at most %(limit_value)d characters). Showing all requests.": (
        "Søgeteksten er for lang (højst %(limit_value)d tegn). Alle forespørgsler vises.",
        "Der Suchtext ist zu lang (höchstens %(limit_value)d Zeichen). Alle Gesuche werden angezeigt."),
    "All kinds": ("Alle typer", "Alle Arten"),
    "There is no kind “%(value)s”. Showing requests of all kinds.": (
        "Der findes ingen type “%(value)s”. Forespørgsler af alle typer vises.", "Es gibt keine Art „%(value)s“. Gesuche aller Arten werden angezeigt."),
    "There is no sector “%(value)s”. Showing requests of all sectors.": (
        "Der findes ingen branche “%(value)s”. Forespørgsler fra alle brancher vises.", "Es gibt keine Branche „%(value)s“. Gesuche aller Branchen werden angezeigt."),
    "There is no theme “%(value)s”. Showing requests of all themes.": (
        "Der findes intet tema “%(value)s”. Forespørgsler om alle temaer vises.", "Es gibt kein Thema „%(value)s“. Gesuche zu allen Themen werden angezeigt."),
    "Country sought": ("Søgt land", "Gesuchtes Land"),
    "There is no country “%(value)s”. Showing requests for all countries.": (
        "Der findes intet land “%(value)s”. Forespørgsler for alle lande vises.", "Es gibt kein Land „%(value)s“. Gesuche für alle Länder werden angezeigt."),
    "Open requests": ("Åbne forespørgsler", "Offene Gesuche"),
    "Closed requests": ("Lukkede forespørgsler", "Geschlossene Gesuche"),
    "“%(value)s” is not a choice here. Showing open requests.": (
        "“%(value)s” er ikke en mulighed her. Åbne forespørgsler vises.", "„%(value)s“ ist hier keine Auswahl. Offene Gesuche werden angezeigt."),
    "Please use a single line without special characters.": ("Brug venligst én linje uden specialtegn.", "Bitte verwenden Sie eine einzige Zeile ohne Sonderzeichen."),
    "Please shorten this to at most %(limit)d characters.": ("Forkort venligst til højst %(limit)d tegn.", "Bitte kürzen Sie dies auf höchstens %(limit)d Zeichen."),
    # Issue 12 item 2 (follow-up): the site search's kind and open facets (search/facets.py).
    "open or closed": ("åben eller lukket", "offen oder geschlossen"),
    "Open": ("Åben", "Offen"),
    "Your name": ("Dit navn", "Ihr Name"),
    "Please enter your name.": ("Angiv venligst dit navn.", "Bitte geben Sie Ihren Namen ein."),
    "Organisation": ("Organisation", "Organisation"),
    "Please enter your organisation.": ("Angiv venligst din organisation.", "Bitte geben Sie Ihre Organisation ein."),
    "Please choose your country.": ("Vælg venligst dit land.", "Bitte wählen Sie Ihr Land."),
    "Please choose a country from the list.": ("Vælg venligst et land fra listen.", "Bitte wählen Sie ein Land aus der Liste."),
    "E-mail address": ("E-mailadresse", "E-Mail-Adresse"),
    "Please enter your e-mail address.": ("Angiv venligst din e-mailadresse.", "Bitte geben Sie Ihre E-Mail-Adresse ein."),
    "Please enter a valid e-mail address, such as name@example.org.": (
        "Angiv venligst en gyldig e-mailadresse, f.eks. name@example.org.", "Bitte geben Sie eine gültige E-Mail-Adresse ein, etwa name@example.org."),
    "Message": ("Besked", "Nachricht"),
    "Please write a short message.": ("Skriv venligst en kort besked.", "Bitte schreiben Sie eine kurze Nachricht."),
    "I agree that my details and message are passed on to the requesting cluster.": (
        "Jeg accepterer, at mine oplysninger og min besked gives videre til den forespørgende klynge.",
        "Ich bin einverstanden, dass meine Angaben und meine Nachricht an den anfragenden Cluster weitergegeben werden."),
    "We can only pass on your interest with your consent.": (
        "Vi kan kun give din interesse videre med dit samtykke.", "Wir können Ihr Interesse nur mit Ihrer Einwilligung weitergeben."),
    "Leave this field empty": ("Lad dette felt være tomt", "Dieses Feld leer lassen"),
    "Please remove special characters from your message.": ("Fjern venligst specialtegn fra din besked.", "Bitte entfernen Sie Sonderzeichen aus Ihrer Nachricht."),
    "None chosen: requests of every sector.": ("Ingen valgt: forespørgsler fra alle brancher.", "Keine gewählt: Gesuche aller Branchen."),
    "Please choose sectors from the list.": ("Vælg venligst brancher fra listen.", "Bitte wählen Sie Branchen aus der Liste."),
    "Languages of the requests": ("Forespørgslernes sprog", "Sprachen der Gesuche"),
    "Please choose at least one language.": ("Vælg venligst mindst ét sprog.", "Bitte wählen Sie mindestens eine Sprache."),
    "Please choose languages from the list.": ("Vælg venligst sprog fra listen.", "Bitte wählen Sie Sprachen aus der Liste."),
    "New interest in your request “%(title)s”": ("Ny interesse for din forespørgsel “%(title)s”", "Neues Interesse an Ihrem Gesuch „%(title)s“"),
    "%(name)s (%(organisation)s, %(country)s) has expressed interest in your cooperation request “%(title)s”.": (
        "%(name)s (%(organisation)s, %(country)s) har vist interesse for jeres samarbejdsforespørgsel “%(title)s”.",
        "%(name)s (%(organisation)s, %(country)s) hat Interesse an Ihrem Kooperationsgesuch „%(title)s“ bekundet."),
    "Their message:": ("Beskeden:", "Die Nachricht:"),
    "E-mail: %(email)s (answer this mail to reply to them)": (
        "E-mail: %(email)s (besvar denne mail for at svare afsenderen)", "E-Mail: %(email)s (antworten Sie auf diese Mail, um zu antworten)"),
    "They agreed that their details are passed on to your cluster.": (
        "Afsenderen har accepteret, at oplysningerne gives videre til jeres klynge.", "Der Absender ist einverstanden, dass seine Angaben an Ihren Cluster weitergegeben werden."),
    "The request: %(url)s": ("Forespørgslen: %(url)s", "Das Gesuch: %(url)s"),
    "All interests in your requests: %(url)s": ("Alle interessetilkendegivelser for jeres forespørgsler: %(url)s", "Alle Interessenbekundungen zu Ihren Gesuchen: %(url)s"),
    "Your interest in “%(title)s”": ("Din interesse for “%(title)s”", "Ihr Interesse an „%(title)s“"),
    "Dear %(name)s,": ("Kære %(name)s", "Guten Tag %(name)s,"),
    "thank you for your interest in the cooperation request “%(title)s”. We have passed your message on to the requesting cluster, who will contact you.": (
        "tak for din interesse for samarbejdsforespørgslen “%(title)s”. Vi har givet din besked videre til den forespørgende klynge, som vil kontakte dig.",
        "vielen Dank für Ihr Interesse am Kooperationsgesuch „%(title)s“. Wir haben Ihre Nachricht an den anfragenden Cluster weitergegeben, der sich bei Ihnen melden wird."),
    "We keep your details for %(days)d days at most. To see or delete them earlier, reply to this mail.": (
        "Vi gemmer dine oplysninger i højst %(days)d dage. Besvar denne mail, hvis du vil se eller slette dem før.",
        "Wir speichern Ihre Angaben höchstens %(days)d Tage. Wenn Sie sie früher einsehen oder löschen möchten, antworten Sie auf diese Mail."),
    "Your invitation to manage %(clusters)s on InTra-Net": ("Din invitation til at administrere %(clusters)s på InTra-Net", "Ihre Einladung, %(clusters)s auf InTra-Net zu betreuen"),
    "You have been invited to look after %(clusters)s on the InTra-Net platform: the cluster's profile and its cooperation requests.": (
        "Du er inviteret til at tage dig af %(clusters)s på InTra-Net-platformen: klyngens profil og dens samarbejdsforespørgsler.",
        "Sie wurden eingeladen, %(clusters)s auf der InTra-Net-Plattform zu betreuen: das Profil des Clusters und seine Kooperationsgesuche."),
    "Choose your password here (the link works once, until %(date)s):": (
        "Vælg din adgangskode her (linket virker én gang, indtil %(date)s):", "Wählen Sie hier Ihr Passwort (der Link gilt einmal, bis %(date)s):"),
    "Your user name is your e-mail address: %(email)s": ("Dit brugernavn er din e-mailadresse: %(email)s", "Ihr Benutzername ist Ihre E-Mail-Adresse: %(email)s"),
    "Please confirm your partner search alert": ("Bekræft venligst dine nyhedsmails fra partnersøgningen", "Bitte bestätigen Sie Ihre Benachrichtigung der Partnersuche"),
    "Please confirm that you want a weekly digest of new cooperation requests on InTra-Net:": (
        "Bekræft venligst, at du ønsker en ugentlig oversigt over nye samarbejdsforespørgsler på InTra-Net:",
        "Bitte bestätigen Sie, dass Sie wöchentlich eine Übersicht neuer Kooperationsgesuche auf InTra-Net erhalten möchten:"),
    "If you did not ask for it, ignore this mail: nothing will be sent.": (
        "Hvis du ikke har bedt om det, så ignorer denne mail: der bliver ikke sendt noget.",
        "Wenn Sie das nicht angefordert haben, ignorieren Sie diese Mail: Es wird nichts verschickt."),
    "New cooperation requests on InTra-Net": ("Nye samarbejdsforespørgsler på InTra-Net", "Neue Kooperationsgesuche auf InTra-Net"),
    "New cooperation requests of the past week:": ("Nye samarbejdsforespørgsler fra den forløbne uge:", "Neue Kooperationsgesuche der vergangenen Woche:"),
    "Unsubscribe with one click: %(url)s": ("Afmeld med ét klik: %(url)s", "Mit einem Klick abmelden: %(url)s"),
    "Cooperation offer": ("Samarbejdstilbud", "Kooperationsangebot"),
    "Request for partners": ("Partnersøgning", "Partnergesuch"),
    "Request for expertise": ("Søgning efter ekspertise", "Expertisegesuch"),
    "Event partner": ("Partner til arrangement", "Veranstaltungspartner"),
    "kind": ("type", "Art"),
    "owning cluster": ("ejende klynge", "zuständiger Cluster"),
    "summary": ("resumé", "Zusammenfassung"),
    "what we offer": ("det tilbyder vi", "was wir bieten"),
    "what we are looking for": ("det søger vi", "was wir suchen"),
    "partner profile": ("partnerprofil", "Partnerprofil"),
    "deadline": ("frist", "Frist"),
    "Empty: open until closed by hand.": ("Tom: åben, indtil den lukkes manuelt.", "Leer: offen, bis es von Hand geschlossen wird."),
    "contact role": ("kontaktpersonens rolle", "Rolle der Kontaktperson"),
    "example": ("eksempel", "Beispiel"),
    "An example built from the project's founding document, not a real request.": (
        "Et eksempel ud fra projektets stiftelsesdokument, ikke en rigtig forespørgsel.", "Ein Beispiel nach dem Gründungsdokument des Projekts, kein echtes Gesuch."),
    "The request": ("Forespørgslen", "Das Gesuch"),
    "Cooperation request": ("Samarbejdsforespørgsel", "Kooperationsgesuch"),
    "cluster manager": ("klyngeleder", "Clustermanager"),
    "e-mail address": ("e-mailadresse", "E-Mail-Adresse"),
    "cooperation request": ("samarbejdsforespørgsel", "Kooperationsgesuch"),
    "name": ("navn", "Name"),
    "organisation": ("organisation", "Organisation"),
    "message": ("besked", "Nachricht"),
    "consent to share with the requesting cluster": ("samtykke til deling med den forespørgende klynge", "Einwilligung zur Weitergabe an den anfragenden Cluster"),
    "language": ("sprog", "Sprache"),
    "received": ("modtaget", "eingegangen"),
    "answered": ("besvaret", "beantwortet"),
    "expression of interest": ("interessetilkendegivelse", "Interessenbekundung"),
    "expressions of interest": ("interessetilkendegivelser", "Interessenbekundungen"),
    "language of the mails": ("mailenes sprog", "Sprache der Mails"),
    "languages of the requests": ("forespørgslernes sprog", "Sprachen der Gesuche"),
    "alert subscription": ("abonnement på nyhedsmails", "Abonnement der Benachrichtigungen"),
    "You have sent several messages in a short time. Please try again in an hour.": (
        "Du har sendt flere beskeder på kort tid. Prøv venligst igen om en time.", "Sie haben in kurzer Zeit mehrere Nachrichten gesendet. Bitte versuchen Sie es in einer Stunde erneut."),
    "This link is not valid (any more).": ("Dette link er ikke (længere) gyldigt.", "Dieser Link ist nicht (mehr) gültig."),
    "Thank you: your alert is active. You will get a weekly digest of new requests.": (
        "Tak: dine nyhedsmails er aktive. Du får en ugentlig oversigt over nye forespørgsler.", "Vielen Dank: Ihre Benachrichtigung ist aktiv. Sie erhalten wöchentlich eine Übersicht neuer Gesuche."),
    "You are unsubscribed: you will get no more alerts.": ("Du er afmeldt: du får ikke flere nyhedsmails.", "Sie sind abgemeldet: Sie erhalten keine Benachrichtigungen mehr."),
    "This invitation is not valid (any more). Please ask for a new one.": (
        "Denne invitation er ikke (længere) gyldig. Bed venligst om en ny.", "Diese Einladung ist nicht (mehr) gültig. Bitte fordern Sie eine neue an."),
    # --- Issue 11: precomputed API documents (api app) ------------------------
    "API page document": ("API-sidedokument", "API-Seitendokument"),
    "API page documents": ("API-sidedokumenter", "API-Seitendokumente"),
}

LANGUAGES = {"da": 0, "de": 1}


def fill(language):
    import polib

    path = Path(__file__).resolve().parent / language / "LC_MESSAGES" / "django.po"
    po = polib.pofile(str(path))
    po.metadata.update({
        "Language": language,
        "Content-Type": "text/plain; charset=UTF-8",
        "Plural-Forms": "nplurals=2; plural=(n != 1);",
        "Language-Team": {"da": "Danish", "de": "German"}[language],
    })
    missing = []
    for entry in po:
        text = T.get(entry.msgid)
        if text is None:
            if not entry.translated():
                missing.append(entry.msgid)
            continue
        value = text[LANGUAGES[language]]
        if entry.msgid_plural:
            entry.msgstr_plural = {0: value[0], 1: value[1]}
        else:
            entry.msgstr = value
        if "fuzzy" in entry.flags:
            entry.flags.remove("fuzzy")
    po.save(str(path))
    return missing


if __name__ == "__main__":
    status = 0
    for language in LANGUAGES:
        missing = fill(language)
        for msgid in missing:
            print(f"{language}: no translation for {msgid!r}", file=sys.stderr)
            status = 1
    sys.exit(status)
