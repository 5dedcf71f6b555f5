"""SEESAC's needs assessments of Western Balkan border police and the Standard Operating Procedures
(SOPs) that followed them (research record 25): the assessment missions of 2019, the regional border
police meeting that endorsed their reports, the SOP workshops in Budva (Montenegro, 2021) and Vrdnik
(Serbia, 2022), and the SOPs finalised in Albania, Montenegro and North Macedonia.

Researcher's note: the Serbia SOP page dates the assessment to 2019 (Council Decision 2018/1788) while
the regional meeting page only says the assessments were "conducted last year". Not an inconsistency
(the pages agree, as the researcher says, and no figure is involved): the meeting page gives "1st
December" without a year, so it is dated 1 December 2020 from the two pages together, as its
description says.
"""

from ..catalogue import BORDER_POLICE, WESTERN_BALKANS, institutions
from ..records import ActivityRecord, Figure, Report, SourceRecord
from .seesac_firearms_detection import CUSTOMS

SERBIA_WORKSHOP = SourceRecord(
    seed_file="",
    url="https://www.seesac.org/News_1/workshop-on-development-of-standard-operating-procedures-for-border-police-"
    "in-serbia/",
    title="Workshop on development of standard operating procedures for Border Police in Serbia (SEESAC)",
    kind="news_item",
    year=2022,
    publisher="seesac",
    note="Undated; the year is that of the workshop it reports (10-12 May 2022).",
)
MONTENEGRO_WORKSHOP = SourceRecord(
    seed_file="",
    url="https://www.seesac.org/News_1/Workshop-on-development-of-Standard-Operating-Procedures-in-Montenegro/",
    title="Workshop on development of Standard Operating Procedures in Montenegro (SEESAC)",
    kind="news_item",
    year=2021,
    publisher="seesac",
    note="Undated; the year is that of the workshop it reports (16-18 November 2021).",
)
ASSESSED = SourceRecord(
    seed_file="",
    url="http://www.seesac.org/News_1/Capacities-of-Western-Balkan-jurisdictions-to-counter-the-illicit-trafficking-"
    "of-firearms-assessed/",
    title="Capacities of Western Balkan jurisdictions to counter the illicit trafficking of firearms assessed (SEESAC)",
    kind="news_item",
    year=2019,
    publisher="seesac",
    note="Undated; it reports missions 'in October and November', which the Serbia SOP page dates to 2019.",
)
BORDER_POLICE_MEETING = SourceRecord(
    seed_file="",
    url="https://www.seesac.org/News_1/Strengthening-the-capacities-of-Border-Police-Services-across-the-Western-"
    "Balkans-to-counter-illicit-arms-trafficking/",
    title="Strengthening the capacities of Border Police Services across the Western Balkans to counter illicit "
    "arms trafficking (SEESAC)",
    kind="news_item",
    year=2020,
    publisher="seesac",
    note="Undated; it reports a meeting on '1st December' after the assessment of 2019 ('conducted last year').",
)

ASSESSED_FIVE = ("serbia", "montenegro", "kosovo", "north-macedonia", "albania")
FINALISED = ("albania", "montenegro", "north-macedonia")
SOP_TOPICS = (
    "risk analysis and the tracing of weapons, border checks and border surveillance, and procedures for "
    "emergency or contingency situations posed by the illicit transport of weapons and explosives across the "
    "border"
)
FUNDING = (
    "Under EU Council Decision (CFSP) 2019/2111, continuing the support given under Council Decision (CFSP) 2018/1788."
)

ACTIVITIES = (
    ActivityRecord(
        title="Needs assessment of the capacities of Western Balkan border services to counter illicit firearms "
        "trafficking",
        kind="assessment",
        when="2019-10/2019-11",
        partners=("eu",),
        countries=ASSESSED_FIVE,
        institutions=institutions(BORDER_POLICE, ASSESSED_FIVE),
        quote=(
            "During its missions in October and November, SEESAC conducted the needs assessment of the capacities "
            "of Border Services in the Western Balkan jurisdictions to counter the illicit trafficking of "
            "firearms, as part of the implementation of EU Council Decision 2018/1788."
        ),
        description=(
            "The legislative and strategic framework, administrative and institutional capacities, and a "
            "stocktaking of technical equipment (software and hardware) for detecting illicit firearms and for "
            "risk analysis; the results were to shape support under Council Decision 2019/2111 (equipment, "
            "technical assistance, training, SOPs). The page gives the months without a year: the Serbia SOP page "
            "dates the assessment to 2019. The jurisdictions are those the regional meeting page names."
        ),
        source=ASSESSED.key,
    ),
    ActivityRecord(
        title="Regional meeting of Western Balkan border police on countering illicit arms trafficking, December 2020",
        kind="meeting",
        when="2020-12-01",
        partners=("frontex", "croatia", "eu"),
        countries=WESTERN_BALKANS,
        institutions=institutions(BORDER_POLICE, WESTERN_BALKANS),
        quote=(
            "On 1st December SEESAC organized the meeting of border police representatives in the Western Balkans "
            "with the aim to agree on the comprehensive approach to strengthening capacities of border police "
            "services to counter illicit arms trafficking, to be implemented in the next three years with the "
            "support of the European Union."
        ),
        description=(
            "The findings of the needs assessment in Serbia, Montenegro, Kosovo*, North Macedonia and Albania were "
            "presented and the reports endorsed. A Croatian border control expert presented green-border cases, a "
            "Frontex official the draft handbook on detecting firearms for border guards and customs officers, and "
            "the Border Police of Bosnia and Herzegovina its experience of the UNDP-supported Countering Illicit "
            "Arms Trafficking project. Under Council Decision (CFSP) 2018/1788. The page gives no year: the "
            "assessment it calls 'conducted last year' is of 2019 (Serbia SOP page), hence 2020."
        ),
        source=BORDER_POLICE_MEETING.key,
    ),
    ActivityRecord(
        title="Workshop on the development of SOPs for the Border Police of Montenegro, Budva",
        kind="workshop",
        when="2021-11-16/2021-11-18",
        duration_days=3,
        place="Budva",
        partners=("eu",),
        countries=("montenegro",),
        institutions=institutions(BORDER_POLICE, ("montenegro",)),
        quote=(
            "Representatives of Border Police of Montenegro attended the Workshop on development of Standard "
            "Operating Procedures (SOPs) that was held in Budva from 16 till 18 November 2021."
        ),
        description=(
            "Organised on the recommendations of the needs assessment: methods of risk analysis and tracing of "
            f"weapons, border checks and border surveillance, with SEESAC's experts. {FUNDING}"
        ),
        figures=(Figure("duration", 3, "During the three-day Workshop", unit="days", source=MONTENEGRO_WORKSHOP.key),),
        source=MONTENEGRO_WORKSHOP.key,
    ),
    ActivityRecord(
        title="SOPs finalised by the Border Police of Albania, Montenegro and North Macedonia",
        kind="sop",
        when="",
        partners=("eu",),
        countries=FINALISED,
        institutions=institutions(BORDER_POLICE, FINALISED),
        quote=(
            "SOPs with the support of SEESAC were finalized by the Border Police Services in Albania, Montenegro, "
            "and North Macedonia."
        ),
        description=(
            "Development or revision of SOPs was one of the primary needs the assessments identified. Reported as "
            "finalised before the Serbian workshop of May 2022; the source gives no date (Montenegro's were "
            f"drafted at the Budva workshop of November 2021). The topics the SOP pages name: {SOP_TOPICS}."
        ),
        figures=(
            Figure(
                "beneficiary-jurisdictions",
                3,
                "SOPs with the support of SEESAC were finalized by the Border Police Services in Albania, "
                "Montenegro, and North Macedonia",
                note="The source names the three jurisdictions; 3 is their count, not a number it prints.",
                source=SERBIA_WORKSHOP.key,
            ),
        ),
        source=SERBIA_WORKSHOP.key,
    ),
    ActivityRecord(
        title="Workshop on the development of SOPs for the Border Police of Serbia, Vrdnik",
        kind="workshop",
        when="2022-05-10/2022-05-12",
        place="Vrdnik",
        partners=("eu",),
        countries=("serbia",),
        institutions=institutions(BORDER_POLICE, ("serbia",)) + institutions(CUSTOMS, ("serbia",)),
        quote="A workshop dedicated to the development of SOPs for Border Police in Serbia was held in Vrdnik, on "
        "10-12 May 2022.",
        description=(
            "With representatives of the Serbian Ministry of Interior and Customs: the regulatory framework and "
            f"standard working procedures on {SOP_TOPICS}. {FUNDING}"
        ),
        source=SERBIA_WORKSHOP.key,
    ),
)

REPORTS = (
    Report(
        sources=(SERBIA_WORKSHOP, MONTENEGRO_WORKSHOP, ASSESSED, BORDER_POLICE_MEETING),
        activities=ACTIVITIES,
    ),
)
