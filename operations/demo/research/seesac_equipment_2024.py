"""SEESAC equipment procurement and delivery to Western Balkan border and criminal police, as SEESAC's
Year in Review 2024 reports it (research record 26).

The Year in Review page is the public address of seed document 004, and its three figures are the
three equipment activities seed_004 already holds: about 5.5 million EUR overall, over 3.3 million EUR
for the border police of Albania, Montenegro, North Macedonia and Serbia, nearly 2.1 million EUR for
the criminal police of the six Western Balkan jurisdictions and Moldova. No activity is added: the
figures, quoted from the page, are attached to seed_004's activities under the page's own address.

Researcher's notes:
- "'over 3.3' + 'nearly 2.1' million EUR = about 5.4 million, reported as 'approximately 5.5 million
  EUR'": not an inconsistency. Over 3.3 and nearly 2.1 can add up to anything from about 5.2 million
  up, which 'approximately 5.5 million' covers. The two parts are separate activities (border police,
  criminal police), as in seed_004, each with its own value: check_figures compares breakdowns within
  one activity only, and finds nothing here.
- "Country-level handovers in 2025 (North Macedonia, Montenegro) were reported in USD": not an
  inconsistency of these figures. Those handovers are separate activities (seesac_handover_north_
  macedonia, seesac_handover_montenegro_police), each kept in the currency its source uses; nothing is
  converted.
"""

from ..records import Figure, Report
from .seesac_firearms_detection import YEAR_IN_REVIEW_2024

# seed_004's activities (operations/demo/seed_004_seesac_annual_2024.py), by slug.
OVERALL = "equipment-for-border-and-criminal-police-approximately-55-million-eur"
BORDER_POLICE = "equipment-for-the-border-police-of-albania-montenegro-north-macedonia-and-serbia"
CRIMINAL_POLICE = "equipment-for-the-criminal-police-of-the-six-western-balkan-jurisdictions-and-moldova"

NOT_ADDED = "Part of the approximately 5.5 million EUR of equipment, recorded as its own activity; not added to it."

REPORTS = (
    Report(
        sources=(YEAR_IN_REVIEW_2024,),
        activity=OVERALL,
        figures=(
            Figure(
                "value",
                5500000,
                "The capacities of border and criminal police in the region to combat illicit arms trafficking were "
                "strengthened through the procurement and delivery of equipment worth approximately 5.5 million EUR.",
                qualifier="approximately",
                unit="eur",
                note="Border and criminal police together; the page details over 3.3 and nearly 2.1 million EUR.",
            ),
        ),
    ),
    Report(
        sources=(YEAR_IN_REVIEW_2024,),
        activity=BORDER_POLICE,
        figures=(
            Figure(
                "value",
                3300000,
                "The delivery of over 3.3 million EUR worth of equipment to bolster border police services in "
                "Albania, Montenegro, North Macedonia, and Serbia was finalized.",
                qualifier="over",
                unit="eur",
                note=NOT_ADDED,
            ),
        ),
    ),
    Report(
        sources=(YEAR_IN_REVIEW_2024,),
        activity=CRIMINAL_POLICE,
        figures=(
            Figure(
                "value",
                2100000,
                "Equipment procurement processes worth nearly 2.1 million EUR were finalized in six Western Balkan "
                "jurisdictions and Moldova, with the equipment delivered by the end of the year",
                qualifier="nearly",
                unit="eur",
                note=NOT_ADDED,
            ),
        ),
    ),
)
