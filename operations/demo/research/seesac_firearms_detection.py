"""SEESAC-Frontex Firearms Detection Courses for Western Balkan border police and customs (research
record 24), with the Frontex firearms handbook they were built on.

The courses of 2023 are entered one activity per course the sources date or describe apart: Albania
and Kosovo* (Zagreb, July), Montenegro (Kupari, October, the last one), and the earlier courses for
Bosnia and Herzegovina, Serbia and North Macedonia, which the sources do not date. SEESAC's Year in
Review 2024 (the public page of seed document 004) counts them together as "the trainings delivered
for all six WB jurisdictions in 2023": seed_004 already holds that activity, so its figure (six
jurisdictions) is attached to it, not to a new one. The additional training for Montenegro's border
police in December 2024, which the record notes from the same page, is seed_004's activity too; it
states no figure and nothing is added to it.

The researcher noted no inconsistency.
"""

from ..catalogue import BORDER_POLICE, WESTERN_BALKANS, institutions
from ..records import ActivityRecord, Figure, InstitutionRecord, Report, SourceRecord

CUSTOMS = "Customs"

INSTITUTIONS = tuple(InstitutionRecord(country, CUSTOMS, "customs") for country in WESTERN_BALKANS)

MONTENEGRO_COURSE = SourceRecord(
    seed_file="",
    url="https://www.seesac.org/News_1/seesac-and-frontex-complete-the-joint-firearms-detection-courses-with-the-"
    "training-for-montenegrin-border-police-/",
    title="SEESAC and FRONTEX complete the joint Firearms Detection Courses with the training for Montenegrin "
    "Border Police (SEESAC)",
    kind="news_item",
    year=2023,
    publisher="seesac",
    note="Undated; the year is that of the course it reports (23-27 October 2023).",
)
ALBANIA_KOSOVO_COURSE = SourceRecord(
    seed_file="",
    url="https://www.seesac.org/News_1/seesac-and-frontex-collaborate-on-firearms-detection-training-for-border-"
    "police-and-customs-officials-from-albania-and-kosovo/",
    title="SEESAC and FRONTEX Collaborate on Firearms Detection Training for Border Police and Customs Officials "
    "from Albania and Kosovo* (SEESAC)",
    kind="news_item",
    year=2023,
    publisher="seesac",
    note="Undated; the year is that of the course it reports (10-14 July 2023).",
)
YEAR_IN_REVIEW_2024 = SourceRecord(
    seed_file="",
    url="https://feature.seesac.org/yearinreview2024/strengthening-institutional-capacities-in-the-fight-against-"
    "arms-trafficking.html",
    title="SEESAC Year in Review 2024 - Strengthening institutional capacities in the fight against arms trafficking",
    kind="annual_report",
    year=2024,
    publisher="seesac",
    note=(
        "The public address of the annual review section that seed document 004 copies (recorded from the "
        "seed as 'Strengthening institutional capacities in the fight against arms trafficking'). No "
        "publication date; the year is the year reviewed."
    ),
)
HANDBOOK = SourceRecord(
    seed_file="",
    url="https://www.seesac.org/News-/SEESAC-supported-the-development-of-FRONTEX-Handbook-on-Firearms-for-Border-"
    "Guards-and-Customs--Officers-_1/",
    title="SEESAC supported the development of Frontex handbook on firearms for border guards and customs officers "
    "(SEESAC)",
    kind="news_item",
    year=None,
    publisher="seesac",
    note="Undated.",
)
BORDER_OFFICIALS_WORKSHOP = SourceRecord(
    seed_file="",
    url="https://www.seesac.org/News_1/Regional-Workshop-for-Border-Officials-of--Western-Balkans/",
    title="Regional Workshop for Border Officials of Western Balkans (SEESAC)",
    kind="news_item",
    year=2021,
    publisher="seesac",
    note="Undated; the year is that of the workshop it reports (23-24 November 2021).",
)

FUNDING = "Funded by the European Union through Council Decision (CFSP) 2019/2111."
IN_SERIES = (
    "One of the joint SEESAC-Frontex Firearms Detection Courses of 2023 for the Western Balkan authorities, "
    "built on Frontex's Handbook on Firearms for Border Guards and Customs tailored for the Western Balkans. "
)
EARLIER = ("bosnia-and-herzegovina", "serbia", "north-macedonia")

ACTIVITIES = (
    ActivityRecord(
        title="Firearms Detection Course for the border police and customs of Albania and Kosovo*, Zagreb",
        kind="training",
        when="2023-07-10/2023-07-14",
        place="Zagreb, Training Centre of the Police Academy of the Ministry of Interior of Croatia",
        partners=("frontex", "eu"),
        countries=("albania", "kosovo"),
        institutions=institutions(BORDER_POLICE, ("albania", "kosovo")) + institutions(CUSTOMS, ("albania", "kosovo")),
        quote=(
            "representatives from the Border Police and Customs of Albania and Kosovo took part in a comprehensive "
            "Firearms Detection Course aimed at strengthening their understanding of methods employed in weapons "
            "trafficking. The course was conducted at the Training Centre of the Police Academy of the Ministry of "
            "Interior of Croatia in Zagreb, spanning from the 10 to the 14 July, 2023."
        ),
        description=(
            f"{IN_SERIES}Detection techniques, specialised equipment, risk indicators of firearms smugglers and "
            f"post-detection procedures. The source says Bosnia and Herzegovina and Serbia had had the same "
            f"training before. {FUNDING}"
        ),
        source=ALBANIA_KOSOVO_COURSE.key,
    ),
    ActivityRecord(
        title="Firearms Detection Course for the Border Police of Montenegro, Kupari",
        kind="training",
        when="2023-10-23/2023-10-27",
        duration_days=5,
        place="Kupari (Croatia), Police Academy Training Centre",
        partners=("frontex", "eu"),
        countries=("montenegro",),
        institutions=institutions(BORDER_POLICE, ("montenegro",)),
        quote=(
            "The Firearms Detection Course for the representatives of the Border Police of Montenegro was held at "
            "the Police Academy Training Centre from 23-27 October 2023 in Kupari, Croatia. This was the last in "
            "the series of trainings for the Western Balkans authorities, organized jointly by SEESAC and FRONTEX."
        ),
        description=(
            f"{IN_SERIES}The last course of the series, given by Frontex trainers: the handbook, new trends in "
            f"weapons trafficking and risk indicators, ammunition and firearms recognition. {FUNDING}"
        ),
        figures=(
            Figure(
                "duration", 5, "During the five-day course, FRONTEX trainers", unit="days", source=MONTENEGRO_COURSE.key
            ),
        ),
        source=MONTENEGRO_COURSE.key,
    ),
    ActivityRecord(
        title="Firearms Detection Courses for the border police and customs of Bosnia and Herzegovina, Serbia and "
        "North Macedonia",
        kind="training",
        when="2023",
        partners=("frontex", "eu"),
        countries=EARLIER,
        institutions=institutions(BORDER_POLICE, EARLIER) + institutions(CUSTOMS, EARLIER),
        quote=(
            "Previously, the representatives of the Border Police and Customs of Bosnia and Herzegovina, Serbia, "
            "Albania, Kosovo* and North Macedonia attended the same course."
        ),
        description=(
            f"{IN_SERIES}The courses held before the Montenegrin one for these three jurisdictions; the sources do "
            "not date them. The July 2023 page already names Bosnia and Herzegovina and Serbia as trained, not "
            "North Macedonia. Dated 2023, the year SEESAC's Year in Review 2024 gives for the trainings of all six "
            "jurisdictions."
        ),
        source=MONTENEGRO_COURSE.key,
    ),
    ActivityRecord(
        title="Expert advice to the development of the Frontex Handbook on Firearms for Border Guards and Customs "
        "Officers",
        kind="manual",
        when="",
        partners=("frontex",),
        quote=("SEESAC supported the development of this Handbook from the very beginning by providing expert advice."),
        description=(
            "Frontex developed the Handbook with the border guard and customs community, guided by the European "
            "Commission (DG HOME and DG TAXUD) and co-led by the European Firearms Expert Group, Poland, Slovenia "
            "and Romania; CCWP, Europol, CEPOL, INTERPOL, UNODC, WCO, OSCE, SEESAC and EUBAM supported it, under "
            "EMPACT Firearms. Its Western Balkans version is the basis of the 2023 Firearms Detection Courses. "
            "The source gives no date."
        ),
        source=HANDBOOK.key,
    ),
    ActivityRecord(
        title="Regional Workshop for Border Officials of the Western Balkans on the draft firearms handbook (online)",
        kind="workshop",
        when="2021-11-23/2021-11-24",
        place="Online",
        partners=("frontex",),
        countries=WESTERN_BALKANS,
        quote=(
            "On 23-24 November 2021 SEESAC jointly with FRONTEX organized an online gathering of Western Balkan "
            "Border and Custom officials."
        ),
        description=(
            "Its main focus was to finalise the draft 'Handbook on Firearms for Border Guards and Customs Officers "
            "for the Western Balkans', developed by Frontex with SEESAC's support; Frontex also presented its "
            "Common Integrated Risk Analysis Model (CIRAM). The source names no jurisdictions: 'Western Balkan' "
            "read as the six."
        ),
        source=BORDER_OFFICIALS_WORKSHOP.key,
    ),
)

# The six jurisdictions trained in 2023: seed_004's activity of that name (the same trainings).
SEED_2023_TRAININGS = "firearms-detection-trainings-for-the-six-western-balkan-jurisdictions-2023"

REPORTS = (
    Report(
        sources=(MONTENEGRO_COURSE, ALBANIA_KOSOVO_COURSE, HANDBOOK, BORDER_OFFICIALS_WORKSHOP),
        activities=ACTIVITIES,
    ),
    Report(
        sources=(YEAR_IN_REVIEW_2024,),
        activity=SEED_2023_TRAININGS,
        figures=(
            Figure(
                "beneficiary-jurisdictions",
                6,
                "Building on these efforts, additional Firearms Detection Training was conducted for border police "
                "of Montenegro in December 2024, further enhancing their operational skills, complementing the "
                "trainings delivered for all six WB jurisdictions in 2023.",
                note="The 2023 courses recorded one by one from SEESAC's news items (Zagreb, Kupari and earlier).",
            ),
        ),
    ),
)
