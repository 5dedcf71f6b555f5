"""EUSAC (EU support to SEESAC) equipment donation to SIPA, Bosnia and Herzegovina, for the marking
and tracing of small arms, Sarajevo, 26 October 2016 (research record 30): one release of the EU in
Bosnia and Herzegovina.

Researcher's note: the headline rounds the value to "20 thousand euros" (the body: 20,980.00 euros).
Not an inconsistency the register should flag: a headline rounding of the body's exact figure, in the
same release, which a reader takes as such. The register keeps one statement per source, figure and
qualifier, so the body's exact 20,980.00 is the statement and the headline is quoted in its note (an
exact 20,000 from the same source could not be stored beside it: the two would share one key).
"""

from ..records import ActivityRecord, Figure, InstitutionRecord, Report, SourceRecord

SIPA = InstitutionRecord(
    "bosnia-and-herzegovina", "State Investigation and Protection Agency (SIPA)", "criminal_police"
)

INSTITUTIONS = (SIPA,)

SOURCE = SourceRecord(
    seed_file="",
    url="http://europa.ba/?p=45599",
    title="European Union donates equipment worth 20 thousand euros to SIPA (EU in BiH)",
    kind="press_release",
    year=2016,
    publisher_name="Delegation of the European Union to Bosnia and Herzegovina (EU in BiH)",
    note="Undated in the research notes; the year is that of the donation it reports (26 October 2016).",
)

ACTIVITIES = (
    ActivityRecord(
        title="EU equipment for SIPA for the marking and tracing of small arms (EUSAC)",
        kind="equipment_delivery",
        when="2016-10-26",
        place="Sarajevo, SIPA headquarters",
        partners=("eu",),
        countries=("bosnia-and-herzegovina",),
        institutions=(SIPA.slug,),
        quote="The EU donated 20,980.00 euros worth specialized equipment",
        description=(
            "Specialised equipment donated by the EU to the State Investigation and Protection Agency (SIPA), "
            "under Component 3 (Improved Marking and Tracing of SALW) of the EU Support of SEESAC Disarmament and "
            "Arms Control Activities in South East Europe (EUSAC) project."
        ),
        figures=(
            Figure(
                "value",
                "20980.00",
                "The EU donated 20,980.00 euros worth specialized equipment",
                unit="eur",
                note="The body. The headline rounds it: 'European Union donates equipment worth 20 thousand euros to "
                "SIPA'.",
            ),
        ),
    ),
)

REPORTS = (Report(sources=(SOURCE,), activities=ACTIVITIES),)
