"""The international action week against drug trafficking via airports, 11-18 December 2023, led by
Spain and Frontex (research record 20): Frontex's release, Passenger Terminal Today (citing
Europol), Euro Weekly News and Catalunya Press.

Researcher's notes:
- Drug quantities printed with a thousands separator ("356 464 kg", "356,464kg") would total about
  812 tonnes, against the 850 kg headline; read as decimals they add up to 849.232 kg. Stored as
  printed (Frontex's and Passenger Terminal Today's), each with the implied decimal value in its
  note, and Euro Weekly News' 356.4, 354, 37.8 and 101.5 kg beside them. Flagged by check_figures:
  in Frontex's release a breakdown whose parts add up to more than the total and parts larger than
  the total (cannabis, cocaine, other drugs); Passenger Terminal Today's parts larger than the
  850 kg total of the other sources; conflicts between the printed figures and Euro Weekly News'.
- Synthetic drugs: 37 kg (Frontex, Passenger Terminal Today) vs 37.8 kg (Euro Weekly News). Flagged
  by check_figures as a conflict.
- Lead: Frontex says "Frontex and Spanish led", Passenger Terminal Today (citing Europol) "led by
  Spain". A role, not a figure: Spain (and its National Police, as Euro Weekly News and Catalunya
  Press name it) listed as coordinator, Frontex as co-lead from its own release, the difference in
  the participation notes; nothing for check_figures.
- Catalunya Press counts "22 països europeus", Frontex lists 15 EU Member States among 36 countries.
  Not an inconsistency the register should flag: European countries are not only EU Member States
  (the list already names Georgia and North Macedonia; Spain, the lead, is not in it, and the list
  is cut short in the notes). Stored as Catalunya Press' count of European countries taking part, a
  metric of its own, beside the 36; said in its note.
The record's activity note (the preliminary intelligence phase) is in the description.
"""

from ..records import Figure, Listed, MetricRecord, OperationRecord, Report, SourceRecord

METRICS = (
    MetricRecord(
        "european-countries-participating",
        "European countries taking part",
        "countries",
        description="The countries of Europe (EU Member States or not) taking part, as the source counts them.",
    ),
)

AIRPORTS_DRUGS_2023 = OperationRecord(
    name="International action week against drug trafficking via airports (December 2023)",
    short_name="Airport drug trafficking action week 2023",
    series="",
    edition="",
    when="2023-12-11/2023-12-18",
    crime_areas=("drug-trafficking",),
    centres=(),
    description=(
        "An action week under EMPACT, led by Spain (its National Police) and Frontex, with Europol, INTERPOL "
        "(through AIRCOP) and law enforcement authorities from 36 countries, at 61 airports: 29 in Europe "
        "(among them Madrid-Barajas and Barcelona-El Prat) and 32 in Africa and across the Americas. Checks "
        "on passengers and their luggage, parcels and cargo on direct and connecting flights, mainly from "
        "the Americas, to detect drugs, especially cocaine from Latin America, and to strengthen cooperation "
        "between police and customs on both sides of the Atlantic. A preliminary intelligence phase analysed "
        "drug trafficking flows, possible suspects and their modus operandi and prepared the coordinated "
        "activities. Frontex's drugs team supported the operational planning and gave financial support. "
        "The research notes name 28 of the 36 countries (their list is cut short), besides Spain."
    ),
)

OPERATIONS = (AIRPORTS_DRUGS_2023,)

FRONTEX_RELEASE = SourceRecord(
    seed_file="",
    url=(
        "https://www.frontex.europa.eu/media-centre/news/news-release/"
        "frontex-leads-international-action-against-drug-trafficking-at-61-airports-worldwide-WWXo2V"
    ),
    title="Frontex leads international action against drug trafficking at 61 airports worldwide (Frontex)",
    kind="press_release",
    year=None,
    publisher="frontex",
    note="Undated in the research notes; the other reports are of February 2024.",
)
PASSENGER_TERMINAL_TODAY = SourceRecord(
    seed_file="",
    url="https://www.passengerterminaltoday.com/news/security/joint-global-action-targets-drug-trafficking-via-airports.html",
    title="Joint global action targets drug trafficking via airports (Passenger Terminal Today)",
    kind="news_report",
    year=2024,
    published="2024-02-07",
    publisher_name="Passenger Terminal Today",
    note="Reports Europol's account of the action week.",
)
EURO_WEEKLY_NEWS = SourceRecord(
    seed_file="",
    url="https://euroweeklynews.com/2024/02/01/spanish-police-lead-global-crackdown-at-61-airports/",
    title="Spanish police lead global crackdown at 61 airports (Euro Weekly News)",
    kind="news_report",
    year=2024,
    published="2024-02-01",
    publisher_name="Euro Weekly News",
)
CATALUNYA_PRESS = SourceRecord(
    seed_file="",
    url=(
        "https://www.catalunyapress.cat/article/successos/2024-02-01/"
        "4702954-macrooperacio-contra-trfic-drogues-prat-i-60-aeroports-tot-mon"
    ),
    title="Macrooperació contra el tràfic de drogues al Prat i 60 aeroports (Catalunya Press)",
    kind="news_report",
    year=2024,
    published="2024-02-01",
    publisher_name="Catalunya Press",
    note="In Catalan.",
)

PTT, EWN, CATALUNYA = PASSENGER_TERMINAL_TODAY.url, EURO_WEEKLY_NEWS.url, CATALUNYA_PRESS.url

HEADLINE = "Operational actions lead to 46 arrests and the seizure of 850 kg of drugs, mainly cannabis and cocaine."
REGIONS = "covered 29 European airports, as well as 32 airports in Africa and across the Americas"
CARIBBEAN = "'across Africa, the Americas and the Caribbean'."


def printed(implied):
    """The note of a quantity printed with a thousands separator that reads as a decimal one."""
    return (
        f"As printed; {implied} kg implied: read as decimals, the four parts add up to 849.232 kg, about the "
        "850 kg total; as printed, to about 812 tonnes."
    )


COUNTRIES = (
    *("austria", "belgium", "bulgaria", "czechia", "france", "germany", "ireland", "italy", "lithuania"),
    *("luxembourg", "netherlands", "poland", "portugal", "slovenia", "sweden"),
    *("argentina", "benin", "brazil", "bolivia", "cape-verde", "colombia", "ivory-coast", "ecuador", "gambia"),
    *("georgia", "guinea-bissau", "jamaica", "north-macedonia"),
)

REPORTS = (
    Report(
        sources=(FRONTEX_RELEASE, PASSENGER_TERMINAL_TODAY, EURO_WEEKLY_NEWS, CATALUNYA_PRESS),
        operation=AIRPORTS_DRUGS_2023.slug,
        listed=(
            Listed(
                "spain",
                ("coordinator",),
                note=(
                    "'Frontex and Spanish led' (Frontex); 'led by Spain' (Passenger Terminal Today, citing "
                    "Europol); 'liderat per Espanya' (Catalunya Press)."
                ),
            ),
            Listed(
                "spanish-national-police",
                ("coordinator",),
                note=(
                    "'spearheaded by the Spanish National Police' (Euro Weekly News); 'La Policia Nacional ha "
                    "liderat' (Catalunya Press)."
                ),
                source=EWN,
            ),
            Listed(
                "frontex",
                ("co-lead",),
                note=(
                    "Its release: 'Frontex and Spanish led'; its drugs team supported the operational planning "
                    "and gave financial support. Passenger Terminal Today (citing Europol) names Spain alone "
                    "as the lead, Frontex as involved."
                ),
            ),
            Listed("europol"),
            Listed("interpol"),
            Listed("interpol", note="'Interpol participated through project AIRCOP'.", source=PTT),
            Listed("aircop", note="Implemented by UNODC in partnership with INTERPOL and the WCO.", source=PTT),
            *(Listed(slug) for slug in COUNTRIES),
        ),
        figures=(
            Figure(
                "airports-involved",
                61,
                "The action week, which took place at 61 airports between 11 and 18 December 2023",
            ),
            Figure("airports-europe", 29, REGIONS),
            Figure("airports-africa-americas", 32, REGIONS),
            Figure(
                "participating-countries",
                36,
                "also involved Europol, INTERPOL and law enforcement authorities from 36 countries",
            ),
            Figure("arrests", 46, HEADLINE, unit="persons"),
            Figure("drugs-seized", 850, HEADLINE, unit="kg"),
            Figure("drugs-cannabis", 356464, "356 464 kg of cannabis", note=printed("356.464")),
            Figure("drugs-cocaine", 354209, "354 209 kg of cocaine", note=printed("354.209")),
            Figure("drugs-synthetic-drugs", 37, "37 kg of synthetic drugs", note="Euro Weekly News: 37.8 kg."),
            Figure("drugs-other-drugs", 101559, "101 559 kg other drugs", note=printed("101.559")),
            # Passenger Terminal Today, citing Europol
            Figure(
                "airports-involved",
                61,
                "took place at 61 airports between December 11 and 18, 2023",
                source=PTT,
            ),
            Figure("participating-countries", 36, "law enforcement authorities from 36 countries", source=PTT),
            Figure("airports-europe", 29, "29 airports in Europe", source=PTT),
            Figure(
                "airports-africa-americas",
                32,
                "32 airports across Africa, the Americas and the Caribbean",
                source=PTT,
                note=CARIBBEAN,
            ),
            Figure("arrests", 46, "A total of 46 arrests were made during the operation", unit="persons", source=PTT),
            Figure("drugs-cannabis", 356464, "356,464kg of cannabis", source=PTT, note=printed("356.464")),
            Figure("drugs-cocaine", 354209, "354,209kg of cocaine", source=PTT, note=printed("354.209")),
            Figure("drugs-synthetic-drugs", 37, "37kg of synthetic drugs", source=PTT),
            Figure("drugs-other-drugs", 101559, "101,559kg of other drugs", source=PTT, note=printed("101.559")),
            # Euro Weekly News
            Figure("airports-involved", 61, "targeted 61 airports across 36 countries", source=EWN),
            Figure("participating-countries", 36, "targeted 61 airports across 36 countries", source=EWN),
            Figure("arrests", 46, "the arrest of 46 individuals", unit="persons", source=EWN),
            Figure("drugs-seized", 850, "the seizure of 850 kilograms of illegal drugs", unit="kg", source=EWN),
            Figure("drugs-cocaine", 354, "354 kilograms of cocaine", source=EWN),
            Figure("drugs-cannabis", "356.4", "356.4 kilograms of cannabis", source=EWN),
            Figure("drugs-synthetic-drugs", "37.8", "37.8 kilograms of synthetic drugs", source=EWN),
            Figure("drugs-other-drugs", "101.5", "101.5 kilograms of other substances", source=EWN),
            # Catalunya Press
            Figure(
                "european-countries-participating",
                22,
                "han participat 22 països europeus",
                source=CATALUNYA,
                note=(
                    "'22 European countries took part', with Frontex, Europol and INTERPOL. European, not EU: "
                    "Frontex lists 15 EU Member States (Spain, the lead, besides) among the 36 countries."
                ),
            ),
            Figure(
                "arrests",
                46,
                "han estat detingudes un total de 46 persones",
                unit="persons",
                source=CATALUNYA,
                note="'detingudes' (detained).",
            ),
            Figure(
                "drugs-seized",
                850,
                "s'han intervingut 850 quilograms de substàncies estupefaents",
                unit="kg",
                source=CATALUNYA,
            ),
        ),
    ),
)
