"""Operation Conversus (EMPACT Firearms), action week 20-24 February 2023 (research record 18): the
Europol text as the Border Security Report published it, The Sofia Globe and european-police.eu.

Researcher's notes:
- "Country list: 22 EU + 9 non-EU = 31, consistent with stated total": the 31 countries are listed
  (as The Sofia Globe gives them) beside the stated 31; nothing to flag.
- european-police.eu's 1 621 weapons = 129 firearms + 1 492 alarm and signal weapons: consistent,
  and not a Europol figure. Entered as that site's total of weapons seized, the Europol text's two
  figures as the parts of weapons seized by whether they are alarm and signal weapons. Breakdowns
  are compared within one source, so check_figures has nothing to compare and finds nothing, rightly:
  the sum agrees.
- Leadership: the body says the operation "was led by the Romanian National Police", the headline
  (The Sofia Globe's, and the Europol text's opening) "led by Romania and Bulgaria". A role, not a
  figure: the Romanian National Police is listed as coordinator from the Europol text, Romania and
  Bulgaria as co-leads from The Sofia Globe, each with a note; nothing for check_figures.
"""

from ..records import Figure, Listed, MetricRecord, OperationRecord, Report, SourceRecord, UnitRecord

UNITS = (
    UnitRecord("grenades", "grenades"),
    UnitRecord("detonators", "detonators"),
)

METRICS = (
    MetricRecord("hand-grenades-seized", "Hand grenades seized", "grenades"),
    MetricRecord("dynamite-seized", "Dynamite seized", "kg"),
    MetricRecord("detonators-seized", "Detonators seized", "detonators"),
    MetricRecord("gunpowder-seized", "Gunpowder seized", "kg"),
)

CONVERSUS_2023 = OperationRecord(
    name="Operation Conversus (EMPACT Firearms) - action week February 2023",
    short_name="Conversus 2023",
    series="Conversus",
    edition="February 2023",
    when="2023-02-20/2023-02-24",
    crime_areas=("firearms-trafficking",),
    centres=(),
    description=(
        "The operation, led by the Romanian National Police under EMPACT (the headline says 'led by Romania "
        "and Bulgaria'), culminated in an action week coordinated by Europol (20-24 February 2023) with law "
        "enforcement from 31 countries (22 EU Member States and 9 other countries, all named), Eurojust and "
        "the European Commission, against individuals suspected of buying weapons from firearms "
        "traffickers, mostly alarm and signal weapons made in Türkiye, sold legally in Bulgaria and other "
        "Member States and converted to fire live ammunition."
    ),
)

OPERATIONS = (CONVERSUS_2023,)

REPORT_URL = "https://www.border-security-report.com/22-firearms-traffickers-arrested-across-europe/"
SOFIA_URL = (
    "https://sofiaglobe.com/2023/04/03/in-operation-led-by-romania-and-bulgaria-22-firearms-traffickers-arrested/"
)
EUROPEAN_POLICE_URL = "https://www.european-police.eu/2023/04/05/europol-operation-against-firearm-trafficking/"

BORDER_SECURITY_REPORT = SourceRecord(
    seed_file="",
    url=REPORT_URL,
    title="22 firearms traffickers arrested across Europe (Border Security Report, Europol text)",
    kind="news_report",
    year=None,
    publisher_name="Border Security Report",
    note="Europol's text as republished; undated in the research notes.",
)
SOFIA_GLOBE = SourceRecord(
    seed_file="",
    url=SOFIA_URL,
    title="In operation led by Romania and Bulgaria, 22 firearms traffickers arrested (The Sofia Globe)",
    kind="news_report",
    year=2023,
    published="2023-04-03",
    publisher_name="The Sofia Globe",
)
EUROPEAN_POLICE = SourceRecord(
    seed_file="",
    url=EUROPEAN_POLICE_URL,
    title="Europol operation against firearm trafficking (european-police.eu)",
    kind="news_report",
    year=2023,
    published="2023-04-05",
    publisher_name="european-police.eu",
    note="Its total of 1 621 weapons adds the Europol text's 129 firearms and 1 492 alarm and signal weapons.",
)

# The 31 countries as The Sofia Globe lists them (22 EU Member States, then 9 others).
COUNTRIES = (
    "austria",
    "belgium",
    "bulgaria",
    "croatia",
    "cyprus",
    "czechia",
    "denmark",
    "estonia",
    "finland",
    "france",
    "germany",
    "greece",
    "hungary",
    "latvia",
    "luxembourg",
    "netherlands",
    "poland",
    "portugal",
    "romania",
    "slovenia",
    "spain",
    "sweden",
    "albania",
    "kosovo",
    "montenegro",
    "north-macedonia",
    "norway",
    "serbia",
    "switzerland",
    "ukraine",
    "united-kingdom",
)

CO_LEAD = (
    "The Sofia Globe's headline (and the Europol text's opening): 'led by Romania and Bulgaria'; the Europol "
    "text then says the operation 'was led by the Romanian National Police'."
)

REPORTS = (
    Report(
        sources=(BORDER_SECURITY_REPORT, SOFIA_GLOBE, EUROPEAN_POLICE),
        operation=CONVERSUS_2023.slug,
        listed=(
            Listed("romanian-national-police", ("coordinator",), note="Led the operation (Europol text)."),
            Listed("europol", ("coordinator",), note="Coordinated the action week."),
            Listed("romania", ("co-lead",), note=CO_LEAD, source=SOFIA_URL),
            Listed("bulgaria", ("co-lead",), note=CO_LEAD, source=SOFIA_URL),
            *(Listed(slug, source=SOFIA_URL) for slug in COUNTRIES if slug not in ("romania", "bulgaria")),
            Listed("eurojust"),
            Listed("eu-commission"),
        ),
        figures=(
            Figure("participating-countries", 31, "law enforcement from a total of 31 countries"),
            Figure("house-searches", 143, "143 house searches"),
            Figure("arrests", 22, "22 arrests", unit="persons"),
            Figure(
                "weapons-not-alarm",
                129,
                "129 firearms seized",
                unit="firearms",
                note="The firearms beside the alarm and signal weapons.",
            ),
            Figure("weapons-alarm-and-signal", 1492, "1 492 unconverted and converted alarm and signal weapons seized"),
            Figure(
                "ammunition-seized",
                24735,
                "24 735 rounds of unconverted, converted, and live ammunition seized",
                unit="rounds",
            ),
            Figure("hand-grenades-seized", 6, "6 hand grenades"),
            Figure("dynamite-seized", 276, "276 kilos of dynamite"),
            Figure("detonators-seized", 299, "299 detonators"),
            Figure("gunpowder-seized", 21, "over 21 kilos of gun powder", qualifier="over"),
            Figure(
                "weapons-seized",
                1621,
                "seized 1 621 weapons",
                source=EUROPEAN_POLICE_URL,
                note="european-police.eu's sum of the Europol text's 129 firearms and 1 492 alarm and signal weapons.",
            ),
        ),
    ),
)
