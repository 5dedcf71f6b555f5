"""SEESAC's physical security and stockpile management (PSSM) upgrades of SALW and ammunition storages
(research record 31): Platičevo (Serbia, 2016), Bulboaca (Moldova, 2016), Avala (Serbia, 2019), the
Albanian sites of 2020, and two project pages (central storages and evidence rooms planned; eleven
sites upgraded in a second phase). One activity per site or work the sources describe.

Researcher's notes:
- Evidence rooms itemised per jurisdiction add up to 13, not the 15 stated: the six parts are a
  breakdown by jurisdiction of the 15, flagged by check_figures as a breakdown that does not add up.
  The 13 is the notes' sum, printed nowhere: not a statement. The central storages (7) add up, but the
  notes do not say which jurisdiction has two: only the 7 is entered.
- UN Moldova's release, dated 17 December 2016, reports a handover that "took place on 21 December
  2016": no figure involved; the source keeps its date, the activity the date reported (source note).
- The Security of Stockpiles page lists the second phase's beneficiaries without Albania, then details
  an Albanian site (Qafe Molle): no figure involved; Albania is entered, the description says why.
- Platičevo: 160,000 + 88,000 = 248,000 USD: consistent (an exhaustive breakdown by funder, in order).
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
from .common import NATIONAL_BODY

UNITS = (UnitRecord("sites", "sites"), UnitRecord("rooms", "rooms"), UnitRecord("racks", "racks"))

EVIDENCE_ROOM_JURISDICTIONS = (
    ("albania", "Albania"),
    ("bosnia-and-herzegovina", "Bosnia and Herzegovina"),
    ("kosovo", "Kosovo*"),
    ("moldova", "Moldova"),
    ("montenegro", "Montenegro"),
    ("serbia", "Serbia"),
)

METRICS = (
    MetricRecord(
        "storage-upgrade-value",
        "Value of storage security upgrades",
        "eur",
        description="What the works and security equipment of a storage upgrade were worth, in its own currency.",
        parts=(
            MetricRecord("storage-upgrade-value-eu", "Funded by the European Union", "eur"),
            MetricRecord("storage-upgrade-value-us", "Funded by the United States", "eur"),
        ),
        parts_along="funding",
    ),
    MetricRecord("storage-sites-upgraded", "Storage sites upgraded", "sites"),
    MetricRecord(
        "storage-sites-planned",
        "Central storage locations to be secured (planned)",
        "sites",
        description="A project's target, as its page states it, not a result.",
    ),
    MetricRecord(
        "evidence-rooms-planned",
        "Police evidence rooms to be improved (planned)",
        "rooms",
        description="A project's target, as its page states it, not a result.",
        parts=tuple(
            MetricRecord(f"evidence-rooms-planned-{slug}", name, "rooms") for slug, name in EVIDENCE_ROOM_JURISDICTIONS
        ),
        parts_along="country",
    ),
)

PM_WRA = ParticipantRecord(
    "U.S. Department of State, Office of Weapons Removal and Abatement",
    NATIONAL_BODY,
    short_name="PM/WRA",
    aliases="US Department of State PM/WRA",
)
PARTICIPANTS = (PM_WRA,)

MOI_SERBIA = InstitutionRecord("serbia", "Ministry of Interior", "ministry")
MOD_MOLDOVA = InstitutionRecord("moldova", "Ministry of Defence", "ministry")
MOD_ALBANIA = InstitutionRecord("albania", "Ministry of Defence", "ministry")
STATE_POLICE_ALBANIA = InstitutionRecord("albania", "Albanian State Police", "other")

INSTITUTIONS = (MOI_SERBIA, MOD_MOLDOVA, MOD_ALBANIA, STATE_POLICE_ALBANIA)


def _seesac(path, title, year, note="Undated; the year is that of what it reports.", kind="news_item"):
    return SourceRecord(
        seed_file="",
        url=f"https://www.seesac.org/{path}",
        title=title,
        kind=kind,
        year=year,
        publisher="seesac",
        note=note,
    )


PLATICEVO = _seesac(
    "News-SALW/Major-Upgrades-Enhance-Security-of-SALW-and-Ammunition-Storage-in-Serbia_1/",
    "Major Upgrades Enhance Security of SALW and Ammunition Storage in Serbia (SEESAC)",
    2016,
)
BULBOACA = SourceRecord(
    seed_file="",
    url="https://moldova.un.org/en/13212-security-storage-facility-national-army-republic-moldova-was-strengthened-"
    "eu-support",
    title="The security of storage facility of the national army of the Republic of Moldova was strengthened with "
    "EU support (UN Moldova)",
    kind="press_release",
    year=2016,
    published="2016-12-17",
    publisher_name="United Nations in Moldova",
    note="Dated 17 December 2016, it reports a handover that 'took place on 21 December 2016'; both as printed.",
)
AVALA = _seesac(
    "News_1/Weapons-and-ammunition-kept-in-safer-conditions-within-Belgrades-city-limits/",
    "Weapons and ammunition kept in safer conditions within Belgrade's city limits (SEESAC)",
    2019,
)
ALBANIA_2020 = _seesac(
    "News_1/Significant-results-for-2020-in-Albania-UNDP-SEESAC-Physical-Security-and-Stockpile-Management-project_1/",
    "Significant results for 2020 in Albania: UNDP SEESAC PSSM project (SEESAC)",
    2020,
    note="Undated; the year is the year it reviews.",
)
UNDATED = "An undated project page."
PSSM_PAGE = _seesac(
    "Stockpile-Security/",
    "Improved Capacity for Physical Security and Stockpile Management (PSSM) (SEESAC)",
    None,
    UNDATED,
    "other",
)
STOCKPILES_PAGE = _seesac("Security-of-Stockpiles/", "Security of Stockpiles (SEESAC)", None, UNDATED, "other")

ALBANIA_PROJECT = (
    "Part of the project SEESAC started in late 2018 with the Albanian Ministry of Defence and State Police, "
    "funded by the US Department of State's Office of Weapons Removal and Abatement (PM/WRA). "
)
TARGET = "A target of the project as its page states it, not a result."
ITEMISED = "Albania (2), BiH (3), Kosovo* (2), The Republic of Moldova (2) Montenegro (2), Serbia (2)"

ACTIVITIES = (
    ActivityRecord(
        title="Security upgrades of the Platičevo SALW and ammunition storage of Serbia's Ministry of Interior",
        kind="stockpile_upgrade",
        when="2016-12-08",
        place="Platičevo",
        partners=("eu", PM_WRA.slug),
        countries=("serbia",),
        institutions=(MOI_SERBIA.slug,),
        quote=(
            "Security of SALW and ammunition has been enhanced with USD 248,000 upgrades of the Serbian Ministry of "
            "Interior Platičevo SALW and ammunition storage. The ceremony to hand over the works and mark the "
            "completion of the infrastructure improvements was held on 8 December 2016 at the site."
        ),
        description=(
            "Dated by the handover. Perimeter fencing and lighting, security gates, access control, security doors "
            "and windows, electrical installation, video surveillance, waterproofing of the earth-covered magazine "
            "and smoke detectors; the EU's part under Component 1 of the EUSAC project, the US part for "
            "construction works."
        ),
        figures=(
            Figure(
                "storage-upgrade-value",
                248000,
                "Security of SALW and ammunition has been enhanced with USD 248,000 upgrades",
                unit="usd",
                source=PLATICEVO.key,
            ),
            Figure(
                "storage-upgrade-value-eu",
                160000,
                "Funded by the European Union (EU), the storage security upgrades worth USD 160,000 were implemented "
                "under Component 1 of the EU Support of SEESAC Disarmament and Arms Control Activities in South East "
                "Europe (EUSAC) project.",
                unit="usd",
                source=PLATICEVO.key,
            ),
            Figure(
                "storage-upgrade-value-us",
                88000,
                "Complementary funding for construction works of additional USD 88,000 provided by the Government "
                "of the United States",
                unit="usd",
                source=PLATICEVO.key,
            ),
        ),
        source=PLATICEVO.key,
    ),
    ActivityRecord(
        title="Security upgrades of the Bulboaca storage of Moldova's Ministry of Defence",
        kind="stockpile_upgrade",
        when="2016-12-21",
        place="Bulboaca",
        partners=("eu", "undp"),
        countries=("moldova",),
        institutions=(MOD_MOLDOVA.slug,),
        quote=(
            "The handover ceremony of security upgrades performed through the support of the European Union to the "
            "storage facility of the Ministry of Defense of the Republic of Moldova took place on 21 December 2016 "
            "at the Bulboaca storage site."
        ),
        description=(
            "Perimeter metal fence with barbed-wire top, CCTV and the refurbishing and equipping of its control "
            "room, under Component 1 of the EUSAC project (Council Decision 2013/730/CFSP). Dated by the handover."
        ),
        figures=(
            Figure(
                "storage-upgrade-value",
                93000,
                "The European Union provided EUR 93,000 worth of works and security equipment for the Bulboaca site",
                unit="eur",
                note="All of it from the EU.",
                source=BULBOACA.key,
            ),
        ),
        source=BULBOACA.key,
    ),
    ActivityRecord(
        title="Security upgrades of the Avala storage of Serbia's Ministry of Interior",
        kind="stockpile_upgrade",
        when="2019-03-01",
        place="Avala (Belgrade)",
        partners=("united-states", "eu"),
        countries=("serbia",),
        institutions=(MOI_SERBIA.slug,),
        quote=(
            "On 1 March 2019, these works have been handed over to the Ministry of Interior of Serbia in the presence "
            "of representatives from the United States of America Embassy in Belgrade, European Union Delegation in "
            "Belgrade and UNDP."
        ),
        description=(
            "A key storage of confiscated SALW and ammunition near Belgrade: security fence and gates, two storage "
            "buildings and the monitoring room rebuilt, CCTV, security doors and access control, window bars, metal "
            "detectors, a digital weapons storage system and the access road; funded by the USA and the EU with "
            "the Ministry's co-financing. Dated by the handover."
        ),
        figures=(
            Figure(
                "storage-upgrade-value",
                700000,
                "The total investment in the 'Avala' storage of approximatively USD 700,000 focused on designing and "
                "implementing the security upgrades",
                qualifier="approximately",
                unit="usd",
                note="'Approximatively', as printed.",
                source=AVALA.key,
            ),
        ),
        source=AVALA.key,
    ),
    ActivityRecord(
        title="Perimeter security fence, CCTV and lighting at the Mirake storage of Albania's Ministry of Defence",
        kind="stockpile_upgrade",
        when="2020",
        place="Mirake",
        partners=(PM_WRA.slug,),
        countries=("albania",),
        institutions=(MOD_ALBANIA.slug,),
        quote=(
            "Full perimeter security fence, with CCTV cameras and exterior lighting was designed, and built at the "
            "permanent SALW and ammunition storage location Mirake"
        ),
        description=f"{ALBANIA_PROJECT}Completed in 2020.",
        source=ALBANIA_2020.key,
    ),
    ActivityRecord(
        title="Weapons racks for the Albanian Armed Forces Zall-Herr Land Force Command",
        kind="equipment_delivery",
        when="2020",
        place="Zall-Herr",
        partners=(PM_WRA.slug,),
        countries=("albania",),
        institutions=(MOD_ALBANIA.slug,),
        quote=(
            "70 specialized weapons racks were designed, manufactured, and provided to the Armed Forces Zall – Herr "
            "Land Force Command"
        ),
        description=f"{ALBANIA_PROJECT}One of the two Ministry of Defence locations upgraded in 2020.",
        figures=(
            Figure(
                "items-delivered",
                70,
                "70 specialized weapons racks were designed, manufactured, and provided to the Armed Forces "
                "Zall – Herr Land Force Command",
                unit="racks",
                source=ALBANIA_2020.key,
            ),
        ),
        source=ALBANIA_2020.key,
    ),
    ActivityRecord(
        title="Upgrade works at the Mullet storage of the Albanian State Police",
        kind="stockpile_upgrade",
        when="2020",
        place="Mullet (Main Supply Centre)",
        partners=(PM_WRA.slug,),
        countries=("albania",),
        institutions=(STATE_POLICE_ALBANIA.slug,),
        quote=(
            "Works at the Main Supply Centre Mullet SALW and ammunition storage location of the Albanian "
            "MoI/Albanian State Police (ASP) - were initiated."
        ),
        description=(
            f"{ALBANIA_PROJECT}Begun in 2020 at the storage of the Ministry of Interior / Albanian State Police; the "
            "source expects the full perimeter fence with a gate, exterior lighting and CCTV to be completed in 2021."
        ),
        source=ALBANIA_2020.key,
    ),
    ActivityRecord(
        title="Improved Capacity for PSSM: central storage locations and police evidence rooms (planned)",
        kind="stockpile_upgrade",
        when="",
        countries=tuple(slug for slug, _name in EVIDENCE_ROOM_JURISDICTIONS),
        quote="increase the security of seven (7) central storage locations and 15 evidence rooms",
        description=(
            "A project page stating what the project is to do, undated. The jurisdictions are those of the evidence "
            "rooms it itemises (Albania, Bosnia and Herzegovina, Kosovo*, Moldova, Montenegro, Serbia); it itemises "
            "the central storages too (1+2+1+1+1+1 according to the research notes, which do not say where)."
        ),
        figures=(
            Figure(
                "storage-sites-planned",
                7,
                "increase the security of seven (7) central storage locations and 15 evidence rooms",
                unit="sites",
                note=TARGET,
                source=PSSM_PAGE.key,
            ),
            Figure(
                "evidence-rooms-planned",
                15,
                "increase the security of seven (7) central storage locations and 15 evidence rooms",
                note=f"{TARGET} The rooms it itemises by jurisdiction add up to 13.",
                source=PSSM_PAGE.key,
            ),
            *(
                Figure(
                    f"evidence-rooms-planned-{slug}",
                    count,
                    ITEMISED,
                    note=f"{name}'s, as itemised.",
                    source=PSSM_PAGE.key,
                )
                for (slug, name), count in zip(EVIDENCE_ROOM_JURISDICTIONS, (2, 3, 2, 2, 2, 2), strict=True)
            ),
        ),
        source=PSSM_PAGE.key,
    ),
    ActivityRecord(
        title="Security upgrades at eleven SALW and ammunition storage sites in South East Europe (second phase)",
        kind="stockpile_upgrade",
        when="",
        partners=("eu",),
        countries=(*(slug for slug, _name in EVIDENCE_ROOM_JURISDICTIONS), "north-macedonia"),
        quote="Security at eleven (11) storage sites was upgraded, selected based on the assessment of risks, needs "
        "and priorities.",
        description=(
            "The second phase of the EU-funded project that followed Council Decision 2010/179/CFSP. The page lists "
            "its beneficiaries as BiH, Kosovo*, Moldova, Montenegro, Serbia and the former Yugoslav Republic of "
            "Macedonia, then details among the eleven sites an Albanian one (the Armed Forces storage at Qafe "
            "Molle: perimeter fence, gate, lighting, video surveillance): Albania is entered too. Undated page."
        ),
        figures=(
            Figure(
                "storage-sites-upgraded",
                11,
                "Security at eleven (11) storage sites was upgraded",
                unit="sites",
                source=STOCKPILES_PAGE.key,
            ),
        ),
        source=STOCKPILES_PAGE.key,
    ),
)

REPORTS = (
    Report(sources=(PLATICEVO, BULBOACA, AVALA, ALBANIA_2020, PSSM_PAGE, STOCKPILES_PAGE), activities=ACTIVITIES),
)
