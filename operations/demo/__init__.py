"""The hand-checked demo data that `manage.py load_demo` loads.

One module per seed document in ../shared/seeds (`seed_000_...` to `seed_004_...`), each holding
what that document says: the source itself, the participants it names, its figures and its
capacity-building activities, with the source's own words as quotes. `catalogue` holds what the
documents share (units, the metric tree, crime areas, roles, participants, institutions) and
`joint_action_days` the series and its two operations. `loader` writes them to the database.

Figures are kept exactly as published, including breakdowns that do not add up to their totals.

May import: operations.models, operations.review, participants.models.
"""

from . import (
    seed_000_seesac_jad_2023,
    seed_001_europol_jad_2023,
    seed_002_eu4fast_jad_2024,
    seed_003_news_agency_jad_2023,
    seed_004_seesac_annual_2024,
)

SEED_MODULES = (
    seed_000_seesac_jad_2023,
    seed_001_europol_jad_2023,
    seed_002_eu4fast_jad_2024,
    seed_003_news_agency_jad_2023,
    seed_004_seesac_annual_2024,
)
