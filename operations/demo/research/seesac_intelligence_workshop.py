"""SEESAC's Regional Workshop on Intelligence Collection for EMPACT Firearms JAD SEE (Operational
Action 8.1), Skopje, 4-6 September 2023 (research record 34).

The workshop is one that seed_000 (SEESAC's news item on JAD SEE 2023) already holds, "Workshop on the
intelligence collection strategy for JAD SEE 2023, September 2023", linked to the operation it
prepared. It is not entered again: this page's figure, the workshop's three days, is attached to that
activity under this page's address, with what the page adds (the days, the place, the agenda) in the
figure's note.

Researcher's note: the page prepares "the JAD Western Balkans that shall be organized later this
year" while its title uses the "JAD SEE" framework name. Not an inconsistency: JAD SEE is the later
name of the Joint Action Days once called "JAD Western Balkans", and the operation prepared is JAD SEE
2023 (13-18 November 2023), to which seed_000's activity is already linked. No figure involved.
"""

from ..records import Figure, Report, SourceRecord

SOURCE = SourceRecord(
    seed_file="",
    url="https://www.seesac.org/News-SALW/seesac-supports-preparations-for-this-years-joint-action-days-and-the-"
    "drafting-of-the-two-year-operational-action-plan-oap-within-the-empact-firearms-jad-see-framework/",
    title="SEESAC supports preparations for this year's Joint Action Days and the drafting of the two-year OAP "
    "within the EMPACT FIREARMS JAD SEE framework (SEESAC)",
    kind="news_item",
    year=2023,
    publisher="seesac",
    note="Undated; the year is that of the workshop it reports (4-6 September 2023).",
)

# seed_000's activity (operations/demo/seed_000_seesac_jad_2023.py): the same workshop.
SEED_SEPTEMBER_WORKSHOP = "workshop-on-the-intelligence-collection-strategy-for-jad-see-2023-september-2023"

REPORTS = (
    Report(
        sources=(SOURCE,),
        activity=SEED_SEPTEMBER_WORKSHOP,
        figures=(
            Figure(
                "duration",
                3,
                "This three-day gathering was organized by SEESAC, in close cooperation with EMPACT FIREARMS",
                unit="days",
                note=(
                    "4-6 September 2023 in Skopje, for the Ministries of Interior of South East Europe (not named), "
                    "in the framework of Operational Action 8.1 of EMPACT Firearms and of the EU's regional IPA "
                    "project: the two-year Operational Action Plan, the firearms threats in the EU and beyond, "
                    "intelligence collection on the intelligence collection strategy, the preparation of the JAD "
                    "to be held later in 2023 (the page says 'JAD Western Balkans', the earlier name of JAD SEE), "
                    "cyber patrolling intelligence and SOCMINT."
                ),
            ),
        ),
    ),
)
