"""EMPACT 2023 results, over its 15 crime areas (research record 22): eu-LISA's news item and FEPORT's
report of the Council's publication.

An aggregate (`is_aggregate`): its figures are over all EMPACT actions of 2023 and are never added
to, or compared with, any single operation's. The record notes no inconsistency.

The 6 801 migrant smugglers arrested are entered, as the record says, as the migrant-smuggling part
of the 13 871 arrests. The catalogue's breakdown of arrests by crime area is exhaustive (the JAD SEE
releases give every part), while this source names only that one of its 15 crime areas:
check_figures therefore reports the breakdown as not adding up, naming the crime areas without a
figure as the likely reason. The model has no way to say that one source lists only some parts of an
exhaustive breakdown.
"""

from ..records import Figure, Listed, OperationRecord, Report, SourceRecord

EMPACT_2023 = OperationRecord(
    name="EMPACT 2023 results",
    short_name="EMPACT 2023",
    series="EMPACT results",
    edition="2023",
    when="2023",
    is_aggregate=True,
    crime_areas=(),
    centres=(),
    description=(
        "The results of EMPACT's law enforcement and judicial actions in 2023 across its 15 crime areas (the "
        "sources do not list them), published by the Council of the EU on 19 June 2024. Crime-fighting "
        "actions are carried out by national law enforcement and judicial authorities, supported by EU "
        "institutions and agencies. An aggregate: its figures are over all the year's actions."
    ),
)

OPERATIONS = (EMPACT_2023,)

EU_LISA_URL = "https://www.eulisa.europa.eu/Newsroom/News/Pages/EMPACT-2023-results-published.aspx"
FEPORT_URL = "https://feport.eu/media-corner/news/general-news/1553-eu-council-reports-on-eu-wide-crime-fighting-actions---brussels"

EU_LISA = SourceRecord(
    seed_file="",
    url=EU_LISA_URL,
    title="EMPACT 2023 results published (eu-LISA)",
    kind="news_item",
    year=2024,
    published="2024-07-05",
    publisher_name="eu-LISA",
    note="Undated in the research notes; eu-LISA's list of news dates it 05/07/2024, after the Council's publication.",
)
FEPORT = SourceRecord(
    seed_file="",
    url=FEPORT_URL,
    title="EU Council reports on EU-wide crime-fighting actions (FEPORT)",
    kind="news_item",
    year=2024,
    published="2024-06-19",
    publisher_name="FEPORT",
    note="Reports the Council's publication of the results on 19 June 2024, with the same figures.",
)

COUNCIL = "The record names 'EU Council / EMPACT': the Council publishes EMPACT's results."

REPORTS = (
    Report(
        sources=(EU_LISA, FEPORT),
        operation=EMPACT_2023.slug,
        listed=(
            Listed("council-of-the-eu", ("coordinator",), note=COUNCIL),
            Listed("council-of-the-eu", ("coordinator",), note=COUNCIL, source=FEPORT_URL),
        ),
        figures=(
            Figure("arrests", 13871, "13 871 arrests", unit="persons"),
            Figure("assets-seized", 797000000, "over €797 million seized", qualifier="over", unit="eur"),
            Figure("drugs-seized", 197, "over 197 tonnes of drugs seized", qualifier="over", unit="t"),
            Figure("investigations-initiated", 15644, "15 644 investigations initiated", unit="investigations"),
            Figure(
                "arrests-migrant-smuggling",
                6801,
                "6 801 migrant smugglers arrested",
                unit="persons",
                note="Part of the 13 871 arrests; the source gives no figure for its other 14 crime areas.",
            ),
            Figure(
                "thb-victims-identified",
                7500,
                "identification of 7 500 victims of trafficking of human beings",
            ),
        ),
    ),
)
