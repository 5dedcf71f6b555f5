"""Regional meetings of the South East Europe Firearms Experts Network (SEEFEN), for which SEESAC is
the secretariat (research record 33): the 1st (Durres, 2014), 6th (Budva, 2016), 13th (2020) and 16th
(Tirana, 2022), one network meeting each, with the figures each page gives.

The 13th meeting's page gives "17-18 November" without a year. It was held under Council Decision
(CFSP) 2019/2111 of 9 December 2019, so not in 2019; the meetings are twice a year and the 16th was in
May-June 2022, so the 13th cannot be in 2021: it is dated 17-18 November 2020, as its description says.

The researcher noted no inconsistency.
"""

from ..records import ActivityRecord, Figure, MetricRecord, ParticipantRecord, Report, SourceRecord
from .common import COMPANY, NATIONAL_BODY, PARTNER

METRICS = (
    MetricRecord(
        "network-members-attending",
        "Network members attending",
        "persons",
        description="Members of an expert network at one of its meetings.",
    ),
    MetricRecord(
        "guest-experts-attending",
        "Guest experts attending",
        "persons",
        description="Experts invited to a network's meeting from outside the network.",
    ),
)

PARTICIPANTS = (
    ParticipantRecord("USKOK", NATIONAL_BODY, aliases="Croatian USKOK"),
    ParticipantRecord("PAMECA IV", PARTNER),
    ParticipantRecord("Arquebus Solutions", COMPANY),
    ParticipantRecord("Deutsche Gesellschaft für Internationale Zusammenarbeit", NATIONAL_BODY, short_name="GIZ"),
)

MEMBERS = (
    "albania",
    "bosnia-and-herzegovina",
    "montenegro",
    "moldova",
    "kosovo",
    "serbia",
    "north-macedonia",
)


def _news(path, title, year, note):
    return SourceRecord(
        seed_file="",
        url=f"https://www.seesac.org/{path}",
        title=title,
        kind="news_item",
        year=year,
        publisher="seesac",
        note=note,
    )


FIRST = _news(
    "News_1/The-First-Meeting-of-Regional-Firearms-Experts-held-in-Durres/",
    "The First Meeting of Regional Firearms Experts held in Durres (SEESAC)",
    2014,
    "Undated; the year is that of the meeting it reports (23-24 September 2014).",
)
SIXTH = _news(
    "News-SALW/SEESAC-Facilitates-the-6th-SEEFEN-Meeting/",
    "SEESAC Facilitates the 6th SEEFEN Meeting (SEESAC)",
    2016,
    "Undated; written during the meeting it reports (8-9 December 2016).",
)
THIRTEENTH = _news(
    "News_1/Improving-operational-cooperation---13th-South-East-Europe-Firearms-Experts-Network-SEEFEN-/",
    "Improving operational cooperation - 13th SEEFEN (SEESAC)",
    2020,
    "Undated; it gives '17-18 November' without a year, read as 2020 (see the meeting's description).",
)
SIXTEENTH = _news(
    "News-SALW/the-sixteenth-regional-meeting-of-south-east-europe-firearms-experts-network-seefen/",
    "The sixteenth Regional Meeting of SEEFEN (SEESAC)",
    2022,
    "Undated; the year is that of the meeting it reports (31 May-1 June 2022).",
)

ACTIVITIES = (
    ActivityRecord(
        title="1st SEEFEN regional meeting, Durres",
        kind="network_meeting",
        when="2014-09-23/2014-09-24",
        place="Durres",
        partners=("seefen", "eu", "guardia-civil", "uskok", "pameca-iv", "arquebus-solutions", "europol", "unodc"),
        countries=MEMBERS,
        quote="The first meeting of SEEFEN was held in Durres, Albania, on 23-24 September 2014.",
        description=(
            "SEESAC initiated the network and serves as its secretariat. Its members: police services, customs "
            "administrations of the ministries of finance and public prosecutors' offices of Albania, Bosnia and "
            "Herzegovina, Montenegro, Moldova, Kosovo*, Serbia and the former Yugoslav Republic of Macedonia. "
            "Experts from Spain's Guardia Civil, Croatia's USKOK, PAMECA IV, Arquebus Solutions, Europol and UNODC "
            "attended. Under the EU's EUSAC project."
        ),
        figures=(
            Figure(
                "participants",
                30,
                "The first regional meeting gathered more than 30 experts from the region, as well as experts from "
                "Spain's Guardia Civil, Croatian USKOK , PAMECA IV, Arquebus Solutions, EUROPOL, and UNODC.",
                qualifier="more_than",
                note="The experts from the region; the experts of the organisations named come on top.",
                source=FIRST.key,
            ),
        ),
        source=FIRST.key,
    ),
    ActivityRecord(
        title="6th SEEFEN regional meeting, Budva",
        kind="network_meeting",
        when="2016-12-08/2016-12-09",
        place="Budva",
        partners=("seefen", "eu", "rcc"),
        quote=(
            "South East Europe Firearms Expert Network (SEEFEN) is holding its 6th Regional Meeting on 8-9 December "
            "2016 in Budva, Montenegro."
        ),
        description=(
            "Prosecutors, police and customs officials exchanging information on firearms trafficking and good "
            "practices; opened by Montenegro's National Coordinator for SALW and the Regional Cooperation Council, "
            "chaired by SEESAC. Funded by the EU. The page does not name the members' jurisdictions."
        ),
        figures=(
            Figure(
                "network-members-attending",
                20,
                "the meeting is gathering 20 members and 6 international guest firearms experts",
                note="The page gives no total (20 members and 6 guests).",
                source=SIXTH.key,
            ),
            Figure(
                "guest-experts-attending",
                6,
                "the meeting is gathering 20 members and 6 international guest firearms experts",
                note="International guest firearms experts.",
                source=SIXTH.key,
            ),
        ),
        source=SIXTH.key,
    ),
    ActivityRecord(
        title="13th SEEFEN regional meeting, November 2020",
        kind="network_meeting",
        when="2020-11-17/2020-11-18",
        partners=(
            "seefen",
            "eu",
            "rcc",
            "eu-commission",
            "europol",
            "empact",
            "giz",
            "france",
            "germany",
            "interpol",
            "unodc",
            "frontex",
            "osce",
        ),
        countries=(
            "serbia",
            "moldova",
            "belarus",
            "montenegro",
            "kosovo",
            "bosnia-and-herzegovina",
            "north-macedonia",
            "albania",
        ),
        quote=(
            "On 17-18 November, SEESAC organized the 13th meeting of South East Europe Firearms Experts Network "
            "with more than 50 participants from Belgrade, Chisinau, Minsk, Podgorica, Pristina, Sarajevo, Skopje "
            "and Tirana"
        ),
        description=(
            "Prosecutors, investigators, border and customs officials and ballistic experts, from the capitals "
            "named (read as their jurisdictions, Belarus among them), with the Regional Cooperation Council, DG "
            "HOME, Europol, EMPACT, GIZ, the French Ministry of Interior and Embassy in Belgrade, the German Federal "
            "Foreign Office, INTERPOL, UNODC, Frontex and OSCE. Topics: the organisation of the South East Europe "
            "Joint Action Day, SIENA, cooperation under the IPA 2019 project Countering Serious Crime in the "
            "Western Balkans, parcel controls and software for exchanges among ballistic laboratories. Under "
            "Council Decision (CFSP) 2019/2111. The page gives neither the year nor the place; the year is read "
            "from the Council Decision and the meetings' sequence (see the module's docstring)."
        ),
        figures=(
            Figure("participants", 50, "with more than 50 participants", qualifier="more_than", source=THIRTEENTH.key),
        ),
        source=THIRTEENTH.key,
    ),
    ActivityRecord(
        title="16th SEEFEN regional meeting, Tirana",
        kind="network_meeting",
        when="2022-05-31/2022-06-01",
        place="Tirana",
        partners=("seefen", "rcc", "europol"),
        countries=(*MEMBERS, "ukraine"),
        quote="On 31 May-1 June 2022 in Tirana, Albania, SEESAC organized the sixteenth Regional SEEFEN Meeting.",
        description=(
            "Investigators, customs officials, prosecutors, ballistic experts and border police from the Western "
            "Balkans, Moldova and Ukraine: cases of cooperation between investigators, ballistics and prosecutors; "
            "Europol on the risks of the war in Ukraine for SALW control; ENFSI's Best Practice Manual."
        ),
        source=SIXTEENTH.key,
    ),
)

REPORTS = (Report(sources=(FIRST, SIXTH, THIRTEENTH, SIXTEENTH), activities=ACTIVITIES),)
