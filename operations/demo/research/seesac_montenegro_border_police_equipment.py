"""EU-funded UNDP SEESAC equipment donation to the Border Police of Montenegro (research record 29):
one undated article of the Montenegrin daily Borba.

Researcher's note: the article's first sentence says "u vrijednosti od milion evra" (worth one
million euros, no qualifier) while the UNDP statement it quotes says "oko milion evra" (about one
million). Both are entered, as two statements of the one source in its own words: flagged by
check_figures as a difference in precision (one million exactly lies within "about one million").
"Oko" is entered as "around", the qualifier whose Serbian name it is ("približno" is "approximately");
the research notes translate it "approximately".
"""

from ..catalogue import BORDER_POLICE, institutions
from ..records import ActivityRecord, Figure, Report, SourceRecord

SOURCE = SourceRecord(
    seed_file="",
    url="https://borba.me/granicna-policija-dobila-opremu-za-borbu-protiv-krijumcarenja-oruzja",
    title="Granična policija dobila opremu za borbu protiv krijumčarenja oružja (Borba)",
    kind="news_report",
    year=None,
    publisher_name="Borba",
    note="Undated in the research notes. In Montenegrin ('The Border Police received equipment to fight arms "
    "smuggling').",
)

ACTIVITIES = (
    ActivityRecord(
        title="EU-funded equipment for the Border Police of Montenegro against illicit firearms trafficking",
        kind="equipment_delivery",
        when="",
        partners=("eu", "undp"),
        countries=("montenegro",),
        institutions=institutions(BORDER_POLICE, ("montenegro",)),
        quote="Oprema vrijedna oko milion evra",
        description=(
            "Equipment for the control and surveillance of the state border against the illicit trafficking of "
            "firearms, funded by the EU and delivered by UNDP SEESAC to the Border Police of Montenegro (Ministry "
            "of Interior) at a handover ceremony. The article, as the research notes have it, gives no date. "
            "SEESAC's Year in Review 2024 reports over 3.3 million EUR of equipment delivered to the border police "
            "of Albania, Montenegro, North Macedonia and Serbia; this donation may be part of it, but no source "
            "says so."
        ),
        figures=(
            Figure(
                "value",
                1000000,
                "u vrijednosti od milion evra",
                unit="eur",
                note="The article's first sentence ('worth one million euros'); the UNDP statement it quotes says "
                "'oko milion evra' (about one million).",
            ),
            Figure(
                "value",
                1000000,
                "Oprema vrijedna oko milion evra",
                qualifier="around",
                unit="eur",
                note="UNDP's words as the article quotes them ('equipment worth about one million euros'); the "
                "first sentence gives one million without a qualifier.",
            ),
        ),
    ),
)

REPORTS = (Report(sources=(SOURCE,), activities=ACTIVITIES),)
