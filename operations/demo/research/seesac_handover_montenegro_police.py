"""EU/UNDP equipment donation to Montenegro's Police Directorate, for its criminal police and forensics,
Danilovgrad, August 2025 (research record 28): two Montenegrin news reports of the Ministry of
Internal Affairs' statement.

Researcher's note: the reports name the EU and UNDP but not SEESAC. Not an inconsistency of the
figures: the activity's implementer is UNDP, as the reports say; the record files it among SEESAC's
work (SEESAC is UNDP's), which is said in the description and nowhere asserted. The two reports state
the same value, each in its own words (MNE News "$327,500", Vijesti "327,5 thousand dollars"):
check_figures finds nothing to flag.
"""

from ..catalogue import CRIMINAL_POLICE, institutions
from ..records import ActivityRecord, Figure, Report, SourceRecord

MNE_NEWS = SourceRecord(
    seed_file="",
    url="https://mne.news/2025/08/10/black/eu-and-undp-strengthen-montenegros-fight-against-arms-smuggling",
    title="EU and UNDP Enhance Montenegro's Efforts Against Arms Smuggling (MNE News)",
    kind="news_report",
    year=2025,
    published="2025-08-10",
    publisher_name="MNE News",
)
VIJESTI = SourceRecord(
    seed_file="",
    url="https://en.vijesti.me/news-b/black-chronicle/763161/EU-and-UNDP-strengthen-Montenegro%27s-fight-against-"
    "arms-smuggling",
    title="EU and UNDP strengthen Montenegro's fight against arms smuggling (Vijesti)",
    kind="news_report",
    year=2025,
    publisher_name="Vijesti",
    note="Undated in the research notes; it reports the same ceremony ('today') as MNE News of 10 August 2025.",
)

ACTIVITIES = (
    ActivityRecord(
        title="EU and UNDP equipment for the criminal police of Montenegro's Police Directorate, Danilovgrad",
        kind="equipment_delivery",
        when="2025-08-10",
        place="Danilovgrad",
        implementer="undp",
        partners=("eu",),
        countries=("montenegro",),
        institutions=institutions(CRIMINAL_POLICE, ("montenegro",)),
        quote=(
            "A new equipment donation worth $327,500 has been made to the Montenegrin Police Directorate by the "
            "European Union (EU) and the United Nations Development Programme (UNDP). The delivery took place "
            "today during a ceremony in Danilovgrad."
        ),
        description=(
            "Specialised equipment, forensic and detection tools funded by the EU and procured on the basis of a "
            "needs assessment: X-ray scanners, metal detectors, crime scene investigation kits, forensic lights, "
            "laboratory instruments and computers, for the criminal police (Police Directorate, Ministry of "
            "Internal Affairs). Dated by MNE News' 'today' in its report of 10 August 2025. The reports name the "
            "EU and UNDP, not SEESAC; the research notes file the donation among SEESAC's work."
        ),
        figures=(
            Figure(
                "value",
                327500,
                "A new equipment donation worth $327,500 has been made to the Montenegrin Police Directorate",
                unit="usd",
                source=MNE_NEWS.key,
            ),
            Figure(
                "value",
                327500,
                "New equipment for the criminal police worth 327,5 thousand dollars, donated by the European Union "
                "(EU) and the United Nations Development Programme (UNDP), was delivered today to the Montenegrin "
                "Police Directorate at a ceremony in Danilovgrad.",
                unit="usd",
                note="'327,5 thousand dollars': 327,500 USD, with a decimal comma.",
                source=VIJESTI.key,
            ),
        ),
        source=MNE_NEWS.key,
    ),
)

REPORTS = (Report(sources=(MNE_NEWS, VIJESTI), activities=ACTIVITIES),)
