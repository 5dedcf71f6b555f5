"""004: SEESAC annual report section on capacity building in 2024 ("Strengthening institutional
capacities in the fight against arms trafficking"). Capacity building only: no operation figures.

Where the section gives no date, the activity is dated 2024 (year precision), the year it reports on.
"""

from .catalogue import (
    BORDER_POLICE,
    CRIMINAL_POLICE,
    CSI_UNIT,
    FIREARMS_FOCAL_POINT,
    WESTERN_BALKANS,
    WESTERN_BALKANS_AND_MOLDOVA,
    institutions,
)
from .records import ActivityRecord, SourceRecord

SOURCE = SourceRecord(
    seed_file="004_63b9c9e2c97c8ed8.txt",
    title="Strengthening institutional capacities in the fight against arms trafficking",
    kind="annual_report",
    year=2024,
    publisher="seesac",
    note=(
        "A section of SEESAC's annual report on its capacity building in 2024; the copy the register keeps carries no "
        "publication date and the year given is the year reported on. The copy ends with the heading 'Other "
        "areas of progress'. Its footnotes on Kosovo give both the UNDP and the EU wording."
    ),
)

OPERATION = None
LISTED = ()
FIGURES = ()

PLATFORMS_QUOTE = (
    "In addition to the SEEFEN Network, capacity development of key institutions for combatting arms "
    "trafficking was facilitated through technical-level region-wide platforms such as the Regional Meeting of "
    "Border Police Services and Customs, the Meeting of the Criminal Police Services, and the Annual Workshop of "
    "Firearms Focal Points Process from the Western Balkans, Moldova, and the European Union."
)
PLATFORM = (
    "One of the technical-level, region-wide platforms through which SEESAC facilitated capacity development "
    "of the institutions combating arms trafficking in 2024 (alongside the SEEFEN Network). "
)
DETECTION_QUOTE = (
    "Building on these efforts, additional Firearms Detection Training was conducted for border police of "
    "Montenegro in December 2024, further enhancing their operational skills, complementing the trainings "
    "delivered for all six WB jurisdictions in 2023."
)
PART_OF_5_5 = " Part of the equipment worth approximately 5.5 million EUR recorded separately; not added to it."
CSI_SECTION = "'The region' read as the Western Balkans, whose CSI units this section of the report is about."

ACTIVITIES = (
    ActivityRecord(
        title="Regional Meeting of Border Police Services and Customs (2024)",
        kind="meeting",
        when="2024",
        quote=PLATFORMS_QUOTE,
        description=f"{PLATFORM}The source gives no date, place or participating jurisdictions.",
    ),
    ActivityRecord(
        title="Meeting of the Criminal Police Services (2024)",
        kind="meeting",
        when="2024",
        quote=PLATFORMS_QUOTE,
        description=(
            f"{PLATFORM}The report also mentions 'the regional meeting of criminal police in Sarajevo in 2024', "
            "at whose margins the gap analysis of CSI SOPs was presented; probably this meeting, but the "
            "report does not say so, so no place is recorded."
        ),
    ),
    ActivityRecord(
        title="Annual Workshop of the Firearms Focal Points Process (2024)",
        kind="workshop",
        when="2024",
        countries=WESTERN_BALKANS_AND_MOLDOVA,
        institutions=institutions(FIREARMS_FOCAL_POINT, WESTERN_BALKANS_AND_MOLDOVA),
        quote=PLATFORMS_QUOTE,
        description=(
            f"{PLATFORM}With the Firearms Focal Points of the Western Balkans, Moldova and the European Union; "
            "the EU side is not recorded as a beneficiary."
        ),
    ),
    ActivityRecord(
        title="Equipment for border and criminal police, approximately 5.5 million EUR",
        kind="equipment_delivery",
        when="2024",
        value=5500000,
        value_qualifier="approximately",
        currency="EUR",
        quote=(
            "The capacities of border and criminal police in the region to combat illicit arms trafficking were "
            "strengthened through the procurement and delivery of equipment worth approximately 5.5 million EUR."
        ),
        description=(
            "The overall figure. The report then details over 3.3 million EUR of equipment for the border police "
            "of Albania, Montenegro, North Macedonia and Serbia, and nearly 2.1 million EUR for the criminal "
            "police of the six Western Balkan jurisdictions and Moldova, recorded as separate activities: do "
            "not add them to this total. The report does not say over which years the equipment was procured "
            "nor name the beneficiaries of the total."
        ),
    ),
    ActivityRecord(
        title="Equipment for the border police of Albania, Montenegro, North Macedonia and Serbia",
        kind="equipment_delivery",
        when="2024",
        value=3300000,
        value_qualifier="over",
        currency="EUR",
        countries=("albania", "montenegro", "north-macedonia", "serbia"),
        institutions=institutions(BORDER_POLICE, ("albania", "montenegro", "north-macedonia", "serbia")),
        quote=(
            "The delivery of over 3.3 million EUR worth of equipment to bolster border police services in "
            "Albania, Montenegro, North Macedonia, and Serbia was finalized."
        ),
        description=f"Delivery finalised in the year reported on.{PART_OF_5_5}",
    ),
    ActivityRecord(
        title="Firearms Detection Training for the border police of Montenegro",
        kind="training",
        when="2024-12",
        countries=("montenegro",),
        institutions=institutions(BORDER_POLICE, ("montenegro",)),
        quote=DETECTION_QUOTE,
        description="Complements the firearms detection trainings delivered for the six Western Balkan "
        "jurisdictions in 2023.",
    ),
    ActivityRecord(
        title="Firearms detection trainings for the six Western Balkan jurisdictions (2023)",
        kind="training",
        when="2023",
        countries=WESTERN_BALKANS,
        institutions=institutions(BORDER_POLICE, WESTERN_BALKANS),
        quote=DETECTION_QUOTE,
        description=(
            "Mentioned as the trainings that the December 2024 training for Montenegro complemented, hence read "
            "as firearms detection trainings for border police. Probably the firearm detection training SEESAC "
            "conducted with Frontex to prepare JAD SEE 2023 (SEESAC news item, recorded separately); this "
            "report does not link them to the operation."
        ),
    ),
    ActivityRecord(
        title="Equipment for the criminal police of the six Western Balkan jurisdictions and Moldova",
        kind="equipment_delivery",
        when="2024",
        value=2100000,
        value_qualifier="nearly",
        currency="EUR",
        countries=WESTERN_BALKANS_AND_MOLDOVA,
        institutions=institutions(CRIMINAL_POLICE, WESTERN_BALKANS_AND_MOLDOVA),
        quote=(
            "Equipment procurement processes worth nearly 2.1 million EUR were finalized in six Western Balkan "
            "jurisdictions and Moldova, with the equipment delivered by the end of the year"
        ),
        description=f"Procurement finalised and equipment delivered by the end of the year reported on.{PART_OF_5_5}",
    ),
    ActivityRecord(
        title="Standard Operating Procedure for the Firearms Reported as Stolen, Lost or Found (North Macedonia)",
        kind="sop",
        when="2024",
        countries=("north-macedonia",),
        quote=(
            "Upon request, North Macedonia was supported in developing the Standard Operating Procedure for the "
            "Firearms Reported as Stolen, Lost or Found."
        ),
        description="Developed upon North Macedonia's request; the report does not name the institution.",
    ),
    ActivityRecord(
        title="Manual on Shooting Range in the Forensic Lab in Skopje",
        kind="manual",
        when="2024",
        place="Skopje",
        countries=("north-macedonia",),
        institutions=("forensic-laboratory-skopje-north-macedonia",),
        quote=(
            "SEESAC assisted in the development of the Manual on Shooting Range in the Forensic Lab in Skopje, "
            "which addresses all necessary measures for the safe usage of the shooting range."
        ),
    ),
    ActivityRecord(
        title="Feasibility study on extending Moldova's electronic weapons registry nationwide",
        kind="feasibility_study",
        when="2024",
        countries=("moldova",),
        quote=(
            "Following the support to the establishment of an electronic Weapons Registry in Moldova, in 2024 "
            "SEESAC completed a feasibility study on extending the weapons registry nationwide and linking it to "
            "other relevant national databases."
        ),
    ),
    ActivityRecord(
        title="Software upgrade for record-keeping and reporting on arms transfers, Ministry of Internal and "
        "Foreign Trade of Serbia",
        kind="software_upgrade",
        when="2024-08",
        countries=("serbia",),
        institutions=("ministry-of-internal-and-foreign-trade-serbia",),
        quote=(
            "The Ministry of Internal and Foreign Trade of Serbia was supported in upgrading their software for "
            "record-keeping and reporting on arms transfers completed in August 2024."
        ),
        description="Read as: the upgrade was completed in August 2024.",
    ),
    ActivityRecord(
        title="Workshops on collaboration between Firearms Focal Points, ballistic laboratories and "
        "prosecution offices",
        kind="workshop",
        when="2024",
        place="Skopje, Podgorica and Tirana",
        countries=("north-macedonia", "montenegro", "albania"),
        institutions=institutions(FIREARMS_FOCAL_POINT, ("north-macedonia", "montenegro", "albania")),
        quote=(
            "Key activities included workshops on strengthening collaboration between FFPs, ballistic "
            "laboratories, and prosecution offices in Skopje, Podgorica and Tirana."
        ),
        description=(
            "Beneficiary jurisdictions inferred from the cities (Skopje, Podgorica, Tirana). Ballistic "
            "laboratories and prosecution offices took part too; the report does not name them, so they are "
            "not recorded as institutions."
        ),
    ),
    ActivityRecord(
        title="Analyst Notebook trainings for Firearms Focal Points",
        kind="training",
        when="2024",
        place="Belgrade and Tirana",
        countries=("serbia", "albania"),
        institutions=institutions(FIREARMS_FOCAL_POINT, ("serbia", "albania")),
        quote=(
            "Analyst Notebook trainings in Belgrade and Tirana equipped FFP representatives with advanced tools "
            "for firearms investigations and strategic analysis"
        ),
        description="Beneficiary jurisdictions inferred from the cities (Belgrade, Tirana).",
    ),
    ActivityRecord(
        title="Open-Source Intelligence (OSINT) training",
        kind="training",
        when="2024",
        place="Sarajevo and Moldova",
        countries=("bosnia-and-herzegovina", "moldova"),
        institutions=institutions(FIREARMS_FOCAL_POINT, ("bosnia-and-herzegovina", "moldova")),
        quote=(
            "Open-Source Intelligence (OSINT) training in Sarajevo and Moldova enhanced skills in internet "
            "investigations and virtual currency analysis."
        ),
        description=(
            "Part of the support to Firearms Focal Points. The report gives a city for one training and only "
            "the country for the other; beneficiary jurisdictions inferred from the places."
        ),
    ),
    ActivityRecord(
        title="Analyst Trainings in the six Western Balkan jurisdictions",
        kind="training",
        when="2024",
        countries=WESTERN_BALKANS,
        institutions=institutions(FIREARMS_FOCAL_POINT, WESTERN_BALKANS),
        quote=(
            "Additionally, Analyst Trainings held in six Western Balkans jurisdictions focused on emerging "
            "threats like 3D-printed firearms, intelligence analysis, and international cooperation."
        ),
        description="Part of the support to Firearms Focal Points.",
    ),
    ActivityRecord(
        title="3D-Printed Firearms: State of Play, Challenges, and Law Enforcement Approach",
        kind="knowledge_product",
        when="2024",
        quote=(
            'SEESAC also finalized a knowledge product, "3D-Printed Firearms: State of Play, Challenges, and Law '
            'Enforcement Approach" providing critical insights and strategies for addressing this evolving threat.'
        ),
    ),
    ActivityRecord(
        title="Initial audits of Crime Scene Investigation Units, with needs assessment reports and action plans",
        kind="assessment",
        when="2024",
        countries=("albania", "serbia", "montenegro", "bosnia-and-herzegovina", "kosovo", "north-macedonia"),
        institutions=institutions(CSI_UNIT, WESTERN_BALKANS),
        quote=(
            "The main achievements included the completion of initial audits of CSI Units in Albania, Serbia, "
            "Montenegro, Bosnia and Herzegovina, Kosovo*, and North Macedonia, resulting in detailed Needs "
            "Assessment Reports and Action Plans for ISO/IEC 17020:2012 accreditation."
        ),
    ),
    ActivityRecord(
        title="Comparative analysis of CSI SOPs against ENFSI best practices (gap analysis)",
        kind="assessment",
        when="2024",
        place="Sarajevo",
        countries=WESTERN_BALKANS,
        institutions=institutions(CSI_UNIT, WESTERN_BALKANS),
        quote=(
            "SEESAC also conducted a comparative analysis of existing CSI SOPs in the region with European "
            "Network of Forensic Science Institutes (ENFSI) best practices, producing gap analysis reports with "
            "tailored recommendations. The gap analysis was presented at the margins of the regional meeting of "
            "criminal police in Sarajevo in 2024."
        ),
        description=f"The place is where the gap analysis was presented. {CSI_SECTION}",
    ),
    ActivityRecord(
        title="Guidelines for drafting a quality manual for ISO/IEC 17020:2012 accreditation",
        kind="manual",
        when="2024",
        countries=WESTERN_BALKANS,
        institutions=institutions(CSI_UNIT, WESTERN_BALKANS),
        quote=(
            "Furthermore, guidelines for drafting a quality manual for ISO/IEC 17020:2012 accreditation were "
            "finalized, translated into local languages, and shared with relevant institutions to aid in "
            "developing Quality Management Systems (QMS)."
        ),
        description=f"Shared with 'relevant institutions' in local languages. {CSI_SECTION}",
    ),
)
