"""The hand-checked demo data that `manage.py load_demo` loads.

Two kinds of documents, both read by hand:
- one module per seed document in ../shared/seeds (`seed_000_...` to `seed_004_...`), each holding
  what that document says: the source itself, the participants it names, its figures and its
  capacity-building activities, with the source's own words as quotes. `catalogue` holds what the
  documents share (units, the metric tree, crime areas, roles, participants, institutions) and
  `joint_action_days` the series and its two operations;
- `research`: the 37 records of ../shared/research/operations.json, each entered as an editor would,
  with the sources it cites.

`loader` writes them to the database. Figures are kept exactly as published, including breakdowns
that do not add up to their totals and sources that disagree.

May import: operations.models, operations.review, participants.models.
"""

from . import (
    catalogue,
    joint_action_days,
    research,
    seed_000_seesac_jad_2023,
    seed_001_europol_jad_2023,
    seed_002_eu4fast_jad_2024,
    seed_003_news_agency_jad_2023,
    seed_004_seesac_annual_2024,
)
from .records import Report

SEED_MODULES = (
    seed_000_seesac_jad_2023,
    seed_001_europol_jad_2023,
    seed_002_eu4fast_jad_2024,
    seed_003_news_agency_jad_2023,
    seed_004_seesac_annual_2024,
)


def seed_report(module):
    return Report(
        sources=(module.SOURCE,),
        operation=module.OPERATION or "",
        listed=module.LISTED,
        figures=module.FIGURES,
        activities=module.ACTIVITIES,
    )


# Everything the loader writes, in loading order: the catalogue first, then the series and their
# operations, then what each report says.
UNITS = catalogue.UNITS + research.UNITS
CRIME_AREAS = catalogue.CRIME_AREAS + research.CRIME_AREAS
METRICS = catalogue.METRICS + research.METRICS
ROLES = catalogue.ROLES + research.ROLES
PARTICIPANTS = catalogue.PARTICIPANTS + research.PARTICIPANTS
INSTITUTIONS = catalogue.INSTITUTIONS + research.INSTITUTIONS
SERIES = (joint_action_days.SERIES, *research.SERIES)
OPERATIONS = joint_action_days.OPERATIONS + research.OPERATIONS
REPORTS = tuple(seed_report(module) for module in SEED_MODULES) + research.REPORTS
