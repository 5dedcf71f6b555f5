"""Two strands of SEESAC-listed work in North Macedonia (research record 35): the Roadmap MPTF project
"Improvement of data and SALW collection practices and SALW related investigations" (December 2022 -
February 2024), with the equipment and the analysis it delivered, and the risk assessment of nine
explosives and pyrotechnics storages of the Ministry of Interior.

The MPTF project was implemented by UNDP North Macedonia and funded through the Western Balkans SALW
Control Roadmap Multi-Partner Trust Fund, whose secretariat SEESAC is: its activities name UNDP as
implementer, the storage assessment SEESAC.

The researcher noted no inconsistency.
"""

from ..records import (
    ActivityRecord,
    Figure,
    InstitutionRecord,
    MetricRecord,
    ParticipantRecord,
    Report,
    SourceRecord,
    UnitRecord,
)
from .common import PARTNER

UNITS = (UnitRecord("storages", "storages"),)

METRICS = (MetricRecord("storages-assessed", "Storages assessed", "storages"),)

ROADMAP_MPTF = ParticipantRecord(
    "Western Balkans SALW Control Roadmap Multi-Partner Trust Fund", PARTNER, short_name="Roadmap MPTF"
)
PARTICIPANTS = (ROADMAP_MPTF,)

MOI = InstitutionRecord("north-macedonia", "Ministry of Interior", "ministry")
FORENSICS = InstitutionRecord(
    "north-macedonia", "Forensics Department of the Ministry of Interior", "forensic_laboratory"
)
INSTITUTIONS = (MOI, FORENSICS)

PROJECT_PAGE = SourceRecord(
    seed_file="",
    url="https://www.seesac.org/North-Macedonia_1/MPTF-NMK-23",
    title="Improvement of data and SALW collection practices and SALW related investigations (SEESAC, MPTF North "
    "Macedonia)",
    kind="other",
    year=None,
    publisher="seesac",
    note="An undated project page, written after the project ended (February 2024).",
)
STORAGES = SourceRecord(
    seed_file="",
    url="https://www.seesac.org/News_1/seesac-supports-authorities-in-north-macedonia-in-improving-their-explosives-"
    "and-pyrotechnics-storage-locations-/",
    title="SEESAC Supports Authorities in North Macedonia in Improving Their Explosives and Pyrotechnics Storage "
    "Locations (SEESAC)",
    kind="news_item",
    year=None,
    publisher="seesac",
    note="Undated; it gives the expert visit's days (29 August - 2 September) without a year.",
)

PROJECT = (
    "Under the Roadmap MPTF project 'Improvement of data and SALW collection practices and SALW related "
    "investigations' (December 2022 - February 2024), implemented by UNDP North Macedonia. "
)
FORENSICS_NOTE = (
    "The Ministry of Interior's Forensics Department; perhaps the forensic laboratory in Skopje that SEESAC's 2024 "
    "report names, but no source says so, so it is recorded apart."
)

ACTIVITIES = (
    ActivityRecord(
        title="Improvement of data and SALW collection practices and SALW related investigations (MPTF project, "
        "North Macedonia)",
        kind="project",
        when="2022-12/2024-02",
        implementer="undp",
        partners=(ROADMAP_MPTF.slug, "seesac"),
        countries=("north-macedonia",),
        institutions=(MOI.slug, FORENSICS.slug),
        quote=(
            "It aimed to improve implementation of the Information Management System (IMS) of the Ministry of "
            "Interior (MoI) to facilitate the gathering of SALW related data, with a particular focus on data "
            "collection related to domestic violence involving firearms."
        ),
        description=(
            "Implemented December 2022 - February 2024. Better use of the Ministry of Interior's police "
            "Information Management System (IMS) for SALW-related data, in particular on domestic violence "
            "involving firearms; the analytical capabilities of the "
            "Forensics Department (equipment and training); weapons warehouse management and tracing. Funded "
            "through the Western Balkans SALW Control Roadmap Multi-Partner Trust Fund, whose secretariat is "
            "SEESAC. The research notes also name the National SALW Commission among the bodies involved. "
            f"{FORENSICS_NOTE}"
        ),
        figures=(Figure("budget", 513600, "Budget: US$ 513,600", unit="usd", source=PROJECT_PAGE.key),),
        source=PROJECT_PAGE.key,
    ),
    ActivityRecord(
        title="Desktop SEM-EDD device for gunshot residue analysis, with training, for North Macedonia's MoI "
        "Forensics Department",
        kind="equipment_delivery",
        when="2022-12/2024-02",
        implementer="undp",
        partners=(ROADMAP_MPTF.slug,),
        countries=("north-macedonia",),
        institutions=(FORENSICS.slug,),
        quote=(
            "The MoI's Forensic Department was equipped with a Desktop SEM-EDD device, which will substantially "
            "advance microanalysis of gunshot residue."
        ),
        description=f"{PROJECT}The staff concerned were trained to use it; the page gives no date within the project.",
        source=PROJECT_PAGE.key,
    ),
    ActivityRecord(
        title="Analysis of domestic violence cases involving the misuse of firearms, North Macedonia",
        kind="knowledge_product",
        when="2022-12/2024-02",
        implementer="undp",
        partners=(ROADMAP_MPTF.slug,),
        countries=("north-macedonia",),
        institutions=(MOI.slug,),
        quote=(
            "An analysis related to domestic violence cases, including through the misuse of firearms, was produced "
            "as part of the project and approved by the MoI."
        ),
        description=(
            f"{PROJECT}Approved by the Ministry of Interior, the basis of a domestic violence module to be integrated "
            "in its Information Management System. The page gives no date within the project."
        ),
        source=PROJECT_PAGE.key,
    ),
    ActivityRecord(
        title="Risk assessment of nine explosives and pyrotechnics storages of North Macedonia's Ministry of Interior",
        kind="assessment",
        when="",
        partners=("eu",),
        countries=("north-macedonia",),
        institutions=(MOI.slug,),
        quote="assess the risk of nine explosives and pyrotechnics storages",
        description=(
            "An expert visit on 29 August - 2 September (the page gives no year) to assess the storages, to be "
            "followed by Explosives Limit Licences according to IATG 02.30. Under EU Council Decision (CFSP) "
            "2018/1788."
        ),
        figures=(
            Figure(
                "storages-assessed",
                9,
                "assess the risk of nine explosives and pyrotechnics storages",
                unit="storages",
                source=STORAGES.key,
            ),
        ),
        source=STORAGES.key,
    ),
)

REPORTS = (Report(sources=(PROJECT_PAGE, STORAGES), activities=ACTIVITIES),)
