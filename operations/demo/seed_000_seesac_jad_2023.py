"""000: SEESAC news item on its contribution to JAD SEE 2023: the operation's global results as
SEESAC reports them, and the capacity building SEESAC did to prepare and support it."""

from .catalogue import WESTERN_BALKANS
from .records import ActivityRecord, Figure, Listed, SourceRecord

SOURCE = SourceRecord(
    seed_file="000_5bd5ca7cf638c22a.txt",
    title="SEESAC’s contribution to EMAPCT Joint Action Days South East Europe 2023",
    kind="news_item",
    year=2023,
    publisher="seesac",
    note=(
        "The title is kept as published, with its typo ('EMAPCT' for EMPACT). The copy the register keeps carries no "
        "publication date; the year given is that of the operation it reports. Its footnote on Kosovo gives "
        "both the UNDP and the EU wording."
    ),
)

OPERATION = "jad-see-2023"

CYBER_PATROL = (
    "SEESAC news item: officers from this jurisdiction conducted the cyber patrolling investigations in "
    "their native language."
)
SUPPORTED_BY = (
    "SEESAC news item: 'with the support from Europol, Eurojust, Frontex, INTERPOL, and various international actors'."
)

LISTED = (
    Listed("europol", note=SUPPORTED_BY),
    Listed("eurojust", note=SUPPORTED_BY),
    Listed("frontex", note=SUPPORTED_BY),
    Listed("interpol", note=SUPPORTED_BY),
    Listed(
        "seesac",
        roles=("supported-the-preparation", "supported-the-cyber-patrolling"),
        note=(
            "SEESAC news item: SEESAC supported the preparation (workshops on the intelligence collection "
            "strategy, a regional threat assessment, SOPs, firearm detection training with Frontex) and the "
            "cyber patrolling (logistical assistance and equipment for one cyber patroller from each Western "
            "Balkan jurisdiction)."
        ),
    ),
    Listed("albania", roles=("cyber-patrolling",), note=CYBER_PATROL),
    Listed("serbia", roles=("cyber-patrolling",), note=CYBER_PATROL),
    Listed("bosnia-and-herzegovina", roles=("cyber-patrolling",), note=CYBER_PATROL),
    Listed("kosovo", roles=("cyber-patrolling",), note=CYBER_PATROL),
    Listed("montenegro", roles=("cyber-patrolling",), note=CYBER_PATROL),
    Listed(
        "north-macedonia",
        roles=("host-of-the-coordination-centre", "cyber-patrolling"),
        note=(
            f"{CYBER_PATROL} SEESAC worked 'in collaboration with the Ministry of Interior in Skopje' on the "
            "cyber patrolling."
        ),
    ),
    Listed("ukraine", roles=("cyber-patrolling",), note=CYBER_PATROL),
)

TARGETS_QUOTE = (
    "investigators identified 120 targets associated with firearms trafficking. Among these, 94 were on "
    "messaging applications, 11 on marketplaces, 10 on other clear websites, and 5 on the dark web"
)
PATROLLERS_QUOTE = (
    "SEESAC supported the participation of cyber patrollers, one from each Western Balkans jurisdiction, "
    "during the coordinated cyber patrolling"
)
PATROLLERS_NOTE = (
    "One cyber patroller from each Western Balkan jurisdiction, whose participation SEESAC supported. The "
    "source also names Ukraine among the officers who patrolled, without a figure."
)

FIGURES = (
    Figure(
        "participating-countries",
        26,
        "law enforcement authorities from 26 European countries",
        note="Repeated later: 'Over 22,000 officers from 26 countries'.",
    ),
    Figure(
        "officers-involved",
        22000,
        "Over 22,000 officers from 26 countries actively participated",
        qualifier="over",
    ),
    Figure("investigations-initiated", 163, "initiating 163 investigations"),
    Figure(
        "entities-checked",
        288774,
        "checking 288,774 entities, including individuals, vehicles, postal packages, and premises",
        note="The source names the kinds of entities but gives no figure for each.",
    ),
    Figure("illegal-entries-detected", 2229, "the detection of 2,229 illegal entries"),
    Figure(
        "arrests",
        566,
        "a total of 566 arrests, targeting offences such as migrant smuggling, drug trafficking, firearms "
        "trafficking, and other crimes",
        note="The source names the crime areas but gives no breakdown.",
    ),
    Figure("forged-documents", 114, "identified 114 forged documents"),
    Figure(
        "weapons-seized",
        310,
        "310 firearms",
        note="This source says 'firearms' where the Europol release says 'weapons' (its breakdown includes "
        "grenade launchers and air guns).",
    ),
    Figure("ammunition-seized", 20206, "20,206 pieces of ammunition"),
    Figure(
        "drugs-seized",
        1000,
        "almost one ton of drugs",
        qualifier="almost",
        note="'Almost one ton' stored as almost 1 000 kg.",
    ),
    Figure("cyber-patrol-targets", 120, TARGETS_QUOTE),
    Figure("cyber-targets-messaging-applications", 94, "94 were on messaging applications"),
    Figure("cyber-targets-marketplaces", 11, "11 on marketplaces"),
    Figure("cyber-targets-other-clear-websites", 10, "10 on other clear websites"),
    Figure("cyber-targets-dark-web", 5, "5 on the dark web"),
    *(
        Figure("cyber-patrol-officers", 1, PATROLLERS_QUOTE, country=country, note=PATROLLERS_NOTE)
        for country in WESTERN_BALKANS
    ),
)

WORKSHOPS_QUOTE = (
    "This included organizing workshops in April and September for the development of an intelligence "
    "collection strategy, as well as facilitating discussions on the preliminary results of the collection phase."
)
WORKSHOPS_DESCRIPTION = (
    "One of the workshops SEESAC organised in April and September to prepare JAD SEE 2023 by developing an "
    "intelligence collection strategy; SEESAC also facilitated discussions on the preliminary results of the "
    "collection phase. The source gives the months without a year: 2023 is the year of the operation they "
    "prepared."
)

ACTIVITIES = (
    ActivityRecord(
        title="Workshop on the intelligence collection strategy for JAD SEE 2023, April 2023",
        kind="workshop",
        when="2023-04",
        operation=OPERATION,
        quote=WORKSHOPS_QUOTE,
        description=WORKSHOPS_DESCRIPTION,
    ),
    ActivityRecord(
        title="Workshop on the intelligence collection strategy for JAD SEE 2023, September 2023",
        kind="workshop",
        when="2023-09",
        operation=OPERATION,
        quote=WORKSHOPS_QUOTE,
        description=WORKSHOPS_DESCRIPTION,
    ),
    ActivityRecord(
        title="Findings of a regional threat assessment of firearms trafficking and misuse",
        kind="assessment",
        when="2023",
        operation=OPERATION,
        quote=(
            "SEESAC presented findings from a regional threat assessment of firearms trafficking and misuse, "
            "that SEESAC is developing based on close collaboration with the criminal police services in the "
            "region, which is the main precondition for risk analysis and planning of both preventive and "
            "repressive activities in the area of SALW control."
        ),
        description=(
            "Findings presented during the preparation of JAD SEE 2023, from an assessment SEESAC was still "
            "developing in close collaboration with the criminal police services of the region (not named). "
            "The source gives no date: 2023 is the year of the operation."
        ),
    ),
    ActivityRecord(
        title="Standard Operating Procedures for criminal and border police on firearms trafficking, "
        "detection and emergency situations",
        kind="sop",
        when="2023",
        operation=OPERATION,
        quote=(
            "EMPACT JAD SEE 2023 also saw the practical use of Standard Operating Procedures drafted by SEESAC "
            "for criminal and border police, specifically addressing firearms trafficking, detection, and "
            "emergency situations."
        ),
        description=(
            "Drafted by SEESAC and put to practical use during JAD SEE 2023. The source says neither when they "
            "were drafted nor for which jurisdictions' police: the year is that of their use, and no "
            "beneficiaries are recorded."
        ),
    ),
    ActivityRecord(
        title="Firearm detection training for border police services, with Frontex",
        kind="training",
        when="2023",
        operation=OPERATION,
        partners=("frontex",),
        quote=(
            "To complement these activities, SEESAC collaborated with Frontex and conducted firearm detection "
            "training for the border police services."
        ),
        description=(
            "Part of SEESAC's support to the preparation of JAD SEE 2023. The source names no jurisdictions. "
            "SEESAC's report on 2024 mentions firearms detection trainings delivered for all six Western "
            "Balkan jurisdictions in 2023, probably the same trainings (recorded separately from that source)."
        ),
    ),
    ActivityRecord(
        title="Logistical assistance and equipment for cyber patrollers in JAD SEE 2023",
        kind="operational_support",
        when="2023-11-13/2023-11-18",
        operation=OPERATION,
        partners=("north-macedonia",),
        countries=WESTERN_BALKANS,
        quote=(
            "In collaboration with the Ministry of Interior in Skopje and Empact, SEESAC supported the "
            "participation of cyber patrollers, one from each Western Balkans jurisdiction, during the "
            "coordinated cyber patrolling by providing logistical assistance and relevant equipment."
        ),
        description=(
            "Support to the coordinated cyber patrolling during the operational phase of JAD SEE 2023, in "
            "collaboration with North Macedonia's Ministry of Interior (in Skopje) and EMPACT. Beneficiaries: "
            "the six Western Balkan jurisdictions, one cyber patroller each. The source also names Ukraine "
            "among the officers who carried out the online investigations, but does not say that SEESAC "
            "supported Ukraine's participation, so Ukraine is not recorded as a beneficiary. The 120 targets "
            "identified are recorded among the operation's results."
        ),
    ),
)
