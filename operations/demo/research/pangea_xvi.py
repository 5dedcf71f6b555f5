"""INTERPOL's Operation Pangea XVI, October 2023 (research record 11): the Red Notice Law Journal's
articles (parts 1 and 2) and ris.world, with national results from Mozambique, Australia, Qatar,
Peru and Ecuador.

Researcher's note: the value's qualifier differs between the two Red Notice Law Journal parts:
"worth over 7 million USD" (part 1) and "USD 7 million" (part 2). Entered as two statements, each
with its part as source and its own words: flagged by check_figures as a conflict ("over 7 million"
excludes exactly 7 million).

The shares of the seizures by kind of medicine are parts of one breakdown, partial (only three kinds
are given). "Sex hormones and gastrointestinal drugs accounted for 12%" is one figure for the two, as
printed. Peru's and Ecuador's 13,000 pain medicines are one figure for the two countries together.

The catalogue (series, units, metrics) is in pangea_viii.
"""

from ..records import Figure, Listed, OperationRecord, ParticipantRecord, Report, SourceRecord
from .common import GROUP
from .pangea_viii import PHARMACEUTICAL_CRIME

PARTICIPANTS = (ParticipantRecord("Peru and Ecuador", GROUP, members=("peru", "ecuador")),)

PANGEA_XVI = OperationRecord(
    name="Operation Pangea XVI",
    short_name="Pangea XVI",
    series="Pangea",
    edition="XVI",
    when="2023-10-03/2023-10-10",
    crime_areas=(PHARMACEUTICAL_CRIME,),
    centres=(),
    description="The sixteenth Pangea, coordinated by INTERPOL, in 89 of its member countries.",
)

OPERATIONS = (PANGEA_XVI,)

RNLJ_PART_1 = SourceRecord(
    seed_file="",
    url=(
        "https://www.rednoticelawjournal.com/2023/12/france-interpol-red-notice-subjects-and-operation-pangea-xvi-"
        "how-interpol-helps-police-share-information-in-cross-border-investigations-part-1-of-3/"
    ),
    title="Operation Pangea XVI ... (Red Notice Law Journal, part 1)",
    kind="other",
    year=2023,
    published="2023-12",
    publisher_name="Red Notice Law Journal",
    note="Part 1 of 3. The title is abbreviated as the research notes give it.",
)
RNLJ_PART_2 = SourceRecord(
    seed_file="",
    url=(
        "https://www.rednoticelawjournal.com/2023/12/mozambique-australia-and-qatar-interpols-operation-pangea-xvi-"
        "pharmaceuticals-red-notices-and-sex-part-2-of-3/"
    ),
    title="Operation Pangea XVI ... (Red Notice Law Journal, part 2)",
    kind="other",
    year=2023,
    published="2023-12",
    publisher_name="Red Notice Law Journal",
    note="Part 2 of 3. The title is abbreviated as the research notes give it.",
)
RIS_WORLD = SourceRecord(
    seed_file="",
    url="https://ris.world/?p=23921",
    title="Interpol arrests 72 ... Operation Pangea (ris.world)",
    kind="news_report",
    year=None,
    publisher_name="ris.world",
    note="Undated. The title is abbreviated as the research notes give it.",
)

PART_2 = RNLJ_PART_2.key
SHARE = "Share of the seizures (ris.world)."

REPORTS = (
    Report(
        sources=(RNLJ_PART_1, RNLJ_PART_2, RIS_WORLD),
        operation=PANGEA_XVI.slug,
        listed=(
            Listed("interpol", ("coordinator",)),
            Listed("mozambique", source=PART_2),
            Listed("australia", source=PART_2),
            Listed("qatar", source=PART_2),
            Listed("peru", source=PART_2),
            Listed("ecuador", source=PART_2),
        ),
        figures=(
            Figure("participating-countries", 89, "throughout 89 of INTERPOL's member countries"),
            Figure("arrests", 72, "72 arrests worldwide", unit="persons", source=PART_2),
            Figure(
                "medical-products-seized-value",
                7_000_000,
                "the seizure of illicit drugs worth over 7 million USD",
                qualifier="over",
                note="Part 1 says 'over'; part 2 gives 'USD 7 million' without a qualifier.",
            ),
            Figure(
                "medical-products-seized-value",
                7_000_000,
                "USD 7 million",
                source=PART_2,
                note="Part 2, without a qualifier; part 1 says 'worth over 7 million USD'.",
            ),
            Figure(
                "investigations-initiated",
                325,
                "325 new investigations opened",
                unit="investigations",
                source=PART_2,
            ),
            Figure(
                "websites-shut-down",
                1300,
                "The closure of more than 1,300 criminal websites",
                qualifier="more_than",
                source=PART_2,
            ),
            Figure(
                "share-erectile-dysfunction-drugs",
                22,
                "erectile dysfunction drugs accounted for the largest share ... at 22%",
                source=RIS_WORLD.key,
                note=f"{SHARE} The largest share.",
            ),
            Figure(
                "share-anti-anxiety-drugs-stimulants",
                19,
                "Anti-anxiety drugs and stimulants accounted for 19%",
                source=RIS_WORLD.key,
                note=SHARE,
            ),
            Figure(
                "share-sex-hormones-gastrointestinal",
                12,
                "sex hormones and gastrointestinal drugs accounted for 12%",
                source=RIS_WORLD.key,
                note=f"{SHARE} One figure for the two kinds, as printed.",
            ),
            Figure(
                "cough-syrup-seized",
                9000,
                "seized 9,000 bottles of suspected counterfeit cough syrups",
                country="mozambique",
                source=PART_2,
            ),
            Figure(
                "covid-test-kits-seized",
                11_000,
                "seized some 11,000 COVID-19 irregular test kits",
                qualifier="some",
                country="australia",
                source=PART_2,
            ),
            Figure(
                "pain-medicines-seized",
                2500,
                "seized 2,500 prescription painkillers hidden in cereal boxes",
                country="qatar",
                source=PART_2,
            ),
            Figure(
                "pain-medicines-seized",
                13_000,
                "Some 13,000 counterfeit and/or expired pain medicines",
                qualifier="some",
                unit="units",
                country="peru-and-ecuador",
                source=PART_2,
                note="Confiscated in Peru and Ecuador: one figure for the two countries.",
            ),
        ),
    ),
)
