"""Global Airport Action Days 2016 (research record 0): one Europol release.

Researcher's note: the headline says "More than 140 detained" while the body says "140
individuals". Both are entered, as two statements of the one source with their own words; the
register's check flags them ("more than 140" excludes 140).
"""

from ..records import CentreRecord, Figure, Listed, OperationRecord, Report, SeriesRecord, SourceRecord

SERIES = (
    SeriesRecord(
        name="Global Airport Action Days",
        short_name="GAAD",
        description=(
            "Global Airport (or Airline) Action Days against airline ticket fraud, bought with stolen or "
            "fake payment card data: airlines, card schemes and law enforcement at airports worldwide, "
            "coordinated by Europol's EC3 with INTERPOL, Ameripol and others, since 2013."
        ),
    ),
)

GAAD_2016 = OperationRecord(
    name="Global Airport Action Days 2016",
    short_name="GAAD 2016",
    series="GAAD",
    edition="2016",
    when="2016-06-15/2016-06-16",
    crime_areas=(),
    centres=(
        CentreRecord("The Hague", "netherlands", note="At Europol (EC3)."),
        CentreRecord("Singapore", "singapore", note="At INTERPOL."),
        CentreRecord("Bogotá", "colombia", note="At Ameripol."),
    ),
    description=(
        "Coordination centres at Europol (The Hague), INTERPOL Singapore and Ameripol (Bogota), with "
        "Canadian and US support (the release's words). 43 countries and over 74 airlines were involved."
    ),
)

OPERATIONS = (GAAD_2016,)

RELEASE = SourceRecord(
    seed_file="",
    url="https://www.europol.europa.eu/newsroom/news/more-140-detained-in-global-action-against-airline-fraud",
    title="More than 140 detained in global action against airline fraud (Europol)",
    kind="press_release",
    year=2016,
    published="2016-06-20",
    publisher="europol",
)

REPORTS = (
    Report(
        sources=(RELEASE,),
        operation=GAAD_2016.slug,
        listed=(
            Listed("europol", ("coordinator",), note="Europol's European Cybercrime Centre (EC3)."),
            Listed("interpol", ("coordinator",)),
            Listed("ameripol", ("coordinator",)),
            Listed("canada", ("supported-the-operation",)),
            Listed("united-states", ("supported-the-operation",)),
            Listed("frontex"),
            Listed("eurojust"),
            Listed("iata"),
            Listed("perseuss"),
            Listed("payment-card-schemes", note="The card companies as the release names them, together."),
        ),
        figures=(
            Figure(
                "persons-detained",
                140,
                "More than 140 detained in global action against airline fraud",
                qualifier="more_than",
                note="The release's headline.",
            ),
            Figure(
                "persons-detained",
                140,
                "resulted in the detention and investigation of 140 individuals",
                note="The release's body; its headline says 'more than 140'.",
            ),
            Figure("airlines-involved", 74, "Over 74 airlines and 43 countries were involved", qualifier="over"),
            Figure("participating-countries", 43, "Over 74 airlines and 43 countries"),
            Figure("airports-involved", 130, "in over 130 airports across the world", qualifier="over"),
            Figure("suspicious-transactions-reported", 252, "252 suspicious transactions were reported"),
        ),
    ),
)
