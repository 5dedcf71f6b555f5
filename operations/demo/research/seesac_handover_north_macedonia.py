"""EU/UNDP (SEESAC) equipment handover to North Macedonia's Ministry of Interior, for its border and
criminal police, Skopje, 27 January 2025 (research record 27).

Researcher's note: the headline says "$650,000" while the body says "over USD 650,000". Both are
entered, as two statements of the one source in its own words: flagged by check_figures as a
conflict ("over 650,000" excludes 650,000), as for the headline and body of GAAD 2016.
"""

from ..catalogue import BORDER_POLICE, CRIMINAL_POLICE, institutions
from ..records import ActivityRecord, Figure, Report, SourceRecord

SOURCE = SourceRecord(
    seed_file="",
    url="https://www.seesac.org/news-salw-contrl-roadmap/for-a-safer-north-macedonia-eu-and-undp-donate-650000-in-"
    "equipment-to-border-and-criminal-police/",
    title="For a safer North Macedonia: EU and UNDP Donate $650,000 in Equipment to Border and Criminal Police "
    "(SEESAC)",
    kind="news_item",
    year=2025,
    published="2025-01-27",
    publisher="seesac",
)

ACTIVITIES = (
    ActivityRecord(
        title="EU and UNDP equipment for the border and criminal police of North Macedonia, handed over in Skopje",
        kind="equipment_delivery",
        when="2025-01-27",
        place="Skopje",
        partners=("eu", "undp"),
        countries=("north-macedonia",),
        institutions=institutions(BORDER_POLICE, ("north-macedonia",))
        + institutions(CRIMINAL_POLICE, ("north-macedonia",)),
        quote=(
            "the European Union (EU) and the United Nations Development Programme (UNDP) officially handed over "
            "equipment valued at over USD 650,000 to the Ministry of Interior."
        ),
        description=(
            "Donated by the EU and UNDP through SEESAC to the Ministry of Interior, for its Department of Criminal "
            "Police and Department of Border Affairs and Migration: specialised drones, video scopes, metal "
            "detectors, telescopic mirrors, watercraft engines, flashlights, digital cameras, computers, laptops "
            "and printers, for detecting weapons, ammunition and explosives, risk analysis and border surveillance."
        ),
        figures=(
            Figure(
                "value",
                650000,
                "In a significant step towards strengthening North Macedonia's capacity to combat the illegal "
                "possession and trafficking of firearms, the European Union (EU) and the United Nations Development "
                "Programme (UNDP) officially handed over equipment valued at over USD 650,000 to the Ministry of "
                "Interior.",
                qualifier="over",
                unit="usd",
                note="The body; the headline says '$650,000'.",
            ),
            Figure(
                "value",
                650000,
                "EU and UNDP Donate $650,000 in Equipment to Border and Criminal Police",
                unit="usd",
                note="The headline; the body says 'over USD 650,000'.",
            ),
        ),
    ),
)

REPORTS = (Report(sources=(SOURCE,), activities=ACTIVITIES),)
