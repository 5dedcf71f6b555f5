"""The 37 records of ../shared/research/operations.json, entered by hand as an editor would: each
operation or activity with every figure the record gives, the source's own words as the quote, the
source's qualifier, the unit as stated, and the sources with dates as precise as the record knows.

One module per family of records. Each module may add to the catalogue (UNITS, CRIME_AREAS,
METRICS, ROLES, PARTICIPANTS, INSTITUTIONS) and defines its SERIES, OPERATIONS and REPORTS
(operations.demo.records). What the researcher noted as inconsistent is either left for
`check_figures` to find (the figures are stored as stated) or explained in the figures' notes.

May import: operations.demo.records, operations.demo.catalogue.
"""

from . import (
    airports_drugs_2023,
    common,
    conversus_2021,
    conversus_2023,
    converted_weapons_week,
    empact_2018,
    empact_2018_2021,
    empact_2023,
    gaad_2013,
    gaad_2016,
    gaad_2017_june,
    gaad_2017_october,
    gaad_2018,
    gaad_2019,
    mobile_3,
    mobile_4,
    mobile_5,
    mobile_6,
    pangea_viii,
    pangea_x,
    pangea_xi,
    pangea_xiv,
    pangea_xv,
    pangea_xvi,
    pangea_xvii,
    seesac_border_police_sops,
    seesac_equipment_2024,
    seesac_firearms_detection,
    seesac_firearms_focal_points,
    seesac_handover_montenegro_police,
    seesac_handover_north_macedonia,
    seesac_intelligence_workshop,
    seesac_montenegro_border_police_equipment,
    seesac_north_macedonia_projects,
    seesac_pssm_upgrades,
    seesac_salw_destruction,
    seesac_seefen_meetings,
    seesac_sipa_equipment,
)

MODULES = (
    common,
    gaad_2016,
    gaad_2013,
    gaad_2017_june,
    gaad_2017_october,
    gaad_2018,
    gaad_2019,
    airports_drugs_2023,
    pangea_viii,
    pangea_x,
    pangea_xi,
    pangea_xiv,
    pangea_xv,
    pangea_xvi,
    pangea_xvii,
    mobile_3,
    mobile_4,
    mobile_5,
    mobile_6,
    conversus_2021,
    conversus_2023,
    converted_weapons_week,
    empact_2018,
    empact_2023,
    empact_2018_2021,
    seesac_firearms_detection,
    seesac_border_police_sops,
    seesac_equipment_2024,
    seesac_handover_north_macedonia,
    seesac_handover_montenegro_police,
    seesac_montenegro_border_police_equipment,
    seesac_sipa_equipment,
    seesac_pssm_upgrades,
    seesac_firearms_focal_points,
    seesac_seefen_meetings,
    seesac_intelligence_workshop,
    seesac_north_macedonia_projects,
    seesac_salw_destruction,
)


def _gathered(name):
    return tuple(item for module in MODULES for item in getattr(module, name, ()))


UNITS = _gathered("UNITS")
CRIME_AREAS = _gathered("CRIME_AREAS")
METRICS = _gathered("METRICS")
ROLES = _gathered("ROLES")
PARTICIPANTS = _gathered("PARTICIPANTS")
INSTITUTIONS = _gathered("INSTITUTIONS")
SERIES = _gathered("SERIES")
OPERATIONS = _gathered("OPERATIONS")
REPORTS = _gathered("REPORTS")
