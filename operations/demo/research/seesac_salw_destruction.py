"""SEESAC-supported destruction of small arms and light weapons (research record 36): 17,000 weapons of
Serbia's Ministry of Interior destroyed at Zeleznik on 3 October 2009, and SEESAC's contribution to
the destruction of SALW and ammunition across South East Europe since 2002, as an article on
International Gun Destruction Day cites it.

Researcher's notes:
- The SEESAC page reports the destruction of 3 October 2009 yet says "SEESAC's goal for 2009 is to
  follow up on this successful project" (likely meaning the following year). Not an inconsistency of
  the figures: the follow-up (another 10,000 weapons) is a plan, entered as the page's statement of a
  planned quantity on the 2009 destruction, with no date of its own; the note says what the page
  probably meant.
- "approximately" is attached to a precise figure (240,341). Not an inconsistency the register
  should flag: the figure is stored as printed, with its qualifier, and the note says so.
"""

from ..catalogue import institutions
from ..records import ActivityRecord, Figure, MetricRecord, Report, SourceRecord

METRICS = (
    MetricRecord(
        "weapons-destruction-planned",
        "Weapons to be destroyed (planned)",
        "weapons",
        description="A quantity a source plans to destroy in a follow-up, not weapons destroyed.",
    ),
    MetricRecord(
        "salw-and-ammunition-destroyed",
        "SALW and ammunition destroyed",
        "pieces",
        description="Small arms, light weapons and pieces of ammunition destroyed, counted together.",
    ),
)

SERBIA_2009 = SourceRecord(
    seed_file="",
    url="http://www.seesac.org/News_1/17000-weapons-destroyed-in-Serbia/",
    title="17,000 weapons destroyed in Serbia (SEESAC)",
    kind="news_item",
    year=2009,
    publisher="seesac",
    note="Undated; the year is that of the destruction it reports (3 October 2009).",
)
GUN_DESTRUCTION_DAY = SourceRecord(
    seed_file="",
    url="https://image-i-nations.com/international-gun-destruction-day-9-july",
    title="International Gun Destruction Day 9 July (citing SEESAC)",
    kind="other",
    year=None,
    publisher_name="Image-i-nations",
    note="An undated article on International Gun Destruction Day (9 July), citing SEESAC.",
)

ACTIVITIES = (
    ActivityRecord(
        title="Destruction of 17,000 small arms and light weapons of Serbia's Ministry of Interior, Zeleznik",
        kind="destruction",
        when="2009-10-03",
        place="Recycling Center, Zeleznik (Belgrade)",
        partners=("norway",),
        countries=("serbia",),
        institutions=institutions("Ministry of Interior", ("serbia",)),
        quote=(
            "The joint project between SEESAC and the Ministry of Interior of the Republic of Serbia for disposal of "
            "surplus and confiscated weapons resulted in the destruction of 17,000 small arms and light weapons. "
            "The destruction took place on 03 October 2009 at the premises of the Recycling Center in the Belgrade "
            "suburb of Zeleznik."
        ),
        description=(
            "Surplus and confiscated weapons: machine guns, submachine guns, grenade launchers, carbines, hunting "
            "rifles, pistols and air rifles. Made possible by Norway's support. The Minister of Interior announced "
            "a new collection campaign for illegal firearms."
        ),
        figures=(
            Figure(
                "weapons-destroyed",
                17000,
                "resulted in the destruction of 17,000 small arms and light weapons",
                source=SERBIA_2009.key,
            ),
            Figure(
                "weapons-destruction-planned",
                10000,
                "SEESAC's goal for 2009 is to follow up on this successful project and develop an activity for the "
                "destruction of another 10,000 weapons held by the Ministry of Interior.",
                note=(
                    "A follow-up planned, not weapons destroyed. The page, reporting a destruction of October 2009, "
                    "says 'goal for 2009': probably the following year."
                ),
                source=SERBIA_2009.key,
            ),
        ),
        source=SERBIA_2009.key,
    ),
    ActivityRecord(
        title="SALW and ammunition destroyed across South East Europe with SEESAC's support since 2002",
        kind="destruction",
        when="2002",
        quote=(
            "destruction of approximately 240,341 pieces of SALW and ammunition across South East Europe since 2002"
        ),
        description=(
            "SEESAC's contribution since 2002, many destructions counted together, as the article cites it; it "
            "says up to when only by its own (unknown) date, and names no jurisdictions."
        ),
        figures=(
            Figure(
                "salw-and-ammunition-destroyed",
                240341,
                "destruction of approximately 240,341 pieces of SALW and ammunition across South East Europe "
                "since 2002",
                qualifier="approximately",
                note="'Approximately' with a figure to the unit, as printed.",
                source=GUN_DESTRUCTION_DAY.key,
            ),
        ),
        source=GUN_DESTRUCTION_DAY.key,
    ),
)

REPORTS = (Report(sources=(SERBIA_2009, GUN_DESTRUCTION_DAY), activities=ACTIVITIES),)
