"""SEESAC's capacity building for the Firearms Focal Points (FFPs) of the Western Balkans, Moldova and
Ukraine, 2019-2024 (research record 32): the regional IPA project, FFP meetings and workshops, and the
OSINT, SOCMINT, iBase and analysis trainings. One activity per event the sources date or describe.

Two events are activities of seed_004 (SEESAC's report on 2024) and are not entered again:
- the FFP analysis trainings of September-December 2024 in the six Western Balkan jurisdictions are
  its "Analyst Trainings in the six Western Balkan jurisdictions": the "over 70 representatives" they
  trained are attached to that activity, with this source;
- the Annual Regional Workshop of 3-5 December 2024 in Montenegro is its "Annual Workshop of the
  Firearms Focal Points Process (2024)"; it states no figure. The Horizon Scanning and High-Value
  Targets Training that followed it is entered here, and its description says what the page tells of
  the workshop.

Researcher's note: the OSINT and cyber patrolling page attributes the training both to the IPA-funded
project "Support for Enhancing the Fight..." and to EU Council Decision 2018/1788. Not an
inconsistency: SEESAC's pages often name a project and a Council Decision together for one activity
(both EU funding), and no figure depends on it. The activities' descriptions name both.
"""

from ..catalogue import FIREARMS_FOCAL_POINT, WESTERN_BALKANS, WESTERN_BALKANS_AND_MOLDOVA, institutions
from ..records import ActivityRecord, Figure, Report, SourceRecord

FFPS = institutions(FIREARMS_FOCAL_POINT, WESTERN_BALKANS)
FFPS_AND_MOLDOVA = institutions(FIREARMS_FOCAL_POINT, WESTERN_BALKANS_AND_MOLDOVA)
IPA_PROJECT_NAME = (
    "Support for Enhancing the Fight Against the Illegal Possession, Misuse and Trafficking of Small Arms and "
    "Light Weapons (SALW) in the Western Balkans"
)


def _news(path, title, year, note="Undated; the year is that of the event it reports."):
    return SourceRecord(
        seed_file="",
        url=f"https://www.seesac.org/{path}",
        title=title,
        kind="news_item",
        year=year,
        publisher="seesac",
        note=note,
    )


FFP_MEETING = _news(
    "News_1/Regional-meeting-of-the-Firearm-Focal-Points/",
    "Regional meeting of the Firearm Focal Points (SEESAC)",
    2021,
)
WORKSHOP_2023 = _news(
    "News_1/annual-regional-workshop-for-firearms-focal-points-aims-to-enhance-fight-against-illegal-arms-trade/",
    "Annual Regional Workshop for Firearms Focal Points Aims to Enhance Fight Against Illegal Arms Trade (SEESAC)",
    2023,
)
WORKSHOP_2024 = _news(
    "News_1/Scanning-Horizons-Targeting-Solutions-The-Annual-Regional-Workshop-for-the-Western-Balkans-Firearms-"
    "Focal-Points/",
    "Scanning Horizons, Targeting Solutions: The Annual Regional Workshop for the Western Balkans Firearms Focal "
    "Points (SEESAC)",
    2024,
)
ANALYSIS_TRAININGS = _news(
    "News_1/From-Data-to-Intelligence-Law-Enforcement-Representatives-from-the-Western-Balkans-Enhance-"
    "Investigative-Capacities-Through-FFP-Analysis-Training/",
    "From Data to Intelligence: Law Enforcement Representatives from the Western Balkans Enhance Investigative "
    "Capacities Through FFP Analysis Training (SEESAC)",
    2024,
)
SOCMINT = _news(
    "News_1/authorities-from-western-balkans-moldova-and-ukraine-build-capacities-in-social-media-intelligence/",
    "Authorities from Western Balkans, Moldova, and Ukraine Build Capacities in Social Media Intelligence (SEESAC)",
    2023,
)
OSINT_2020 = _news(
    "news-salw-contrl-roadmap/Police-services-in-SEE-trained-on-Open-Source-Intelligence/",
    "Police services in South East Europe trained on Open Source Intelligence (SEESAC)",
    2020,
)
OSINT_TIRANA = _news(
    "News_1/seesac-trains-cyber-security-units-from-south-east-europe-in-open-source-intelligence-and-cyber-"
    "patrolling/",
    "SEESAC Trains Cyber Security Units from South East Europe in OSINT and Cyber Patrolling (SEESAC)",
    None,
    note="Undated: it gives 14-17 and 23 June without a year.",
)
IBASE = SourceRecord(
    seed_file="",
    url="http://www.seesac.org/News_1/Regional-iBase-designer-training-delivered-to-IT-Experts/",
    title="Regional iBase designer training delivered to IT Experts (SEESAC)",
    kind="news_item",
    year=2019,
    publisher="seesac",
    note="Undated; the year is that of the training it reports (20-24 May 2019).",
)
NEW_PROJECT = _news(
    "News_1/SEESAC-Announces-a-New-Project-and-Continues-its-Decades-long-Work-/",
    "SEESAC Announces a New Project and Continues its Decades-long Work (SEESAC)",
    2021,
    note="Undated; the year is that of the project's launch (September 2021, as the FFP meeting page says).",
)

OSINT_TIRANA_NOTE = (
    "Part of a three-part event of June (training in Tirana on 14-17 June, two days of cyber patrolling, a "
    "reporting meeting on 23 June) for Cyber Security Units and Firearms Focal Points of South East Europe, with "
    f"EMPACT Firearms, under the project '{IPA_PROJECT_NAME}' and EU Council Decision 2018/1788 (the page names "
    "both). The page gives no year; the project was launched in September 2021. Jurisdictions not named. "
)

ACTIVITIES = (
    ActivityRecord(
        title="Regional IPA project on the illegal possession, misuse and trafficking of SALW in the Western Balkans",
        kind="project",
        when="2021-09",
        partners=("eu", "eu-commission"),
        countries=WESTERN_BALKANS,
        institutions=FFPS,
        quote=f"SEESAC is proud to announce its new project {IPA_PROJECT_NAME}.",
        description=(
            "Funded by the EU (European Commission, DG NEAR) through the Instrument for Pre-accession Assistance "
            "(IPA II): a network of functioning Firearms Focal Points, firearms investigations and information "
            "sharing within the region and with the EU, the demand for firearms, and gender in SALW control. "
            "Launched in September 2021 (the FFP meeting page of 28 October 2021); the announcement is undated."
        ),
        figures=(
            Figure("budget", 5000000, "this €5 million project", unit="eur", source=NEW_PROJECT.key),
            Figure("duration", 3, "This 3 year-long project", unit="years", source=NEW_PROJECT.key),
        ),
        source=NEW_PROJECT.key,
    ),
    ActivityRecord(
        title="Regional Firearms Focal Points meeting, 28 October 2021",
        kind="meeting",
        when="2021-10-28",
        partners=("eu-commission", "nabis", "atf"),
        countries=WESTERN_BALKANS_AND_MOLDOVA,
        institutions=FFPS_AND_MOLDOVA,
        quote=(
            "On 28 October 2021, representatives of 6 Western Balkan jurisdictions and the Republic of Moldova "
            "convened at the Regional Firearms Focal Points (FFP) meeting organized by UNDP SEESAC"
        ),
        description=(
            "Each jurisdiction presented the state of its FFP. The European Commission's DG HOME, the UK National "
            "Ballistics Intelligence Service and the US Bureau of Alcohol, Tobacco, Firearms and Explosives "
            "presented; SEESAC announced its new regional IPA project, launched in September 2021. No place given."
        ),
        figures=(
            Figure(
                "participating-countries",
                7,
                "representatives of 6 Western Balkan jurisdictions and the Republic of Moldova",
                unit="jurisdictions",
                note="Six Western Balkan jurisdictions and Moldova: seven, as the research notes count them.",
                source=FFP_MEETING.key,
            ),
        ),
        source=FFP_MEETING.key,
    ),
    ActivityRecord(
        title="Annual Regional Workshop for Firearms Focal Points on a regional SALW threat assessment, Belgrade",
        kind="workshop",
        when="2023-05-23/2023-05-25",
        place="Belgrade",
        countries=WESTERN_BALKANS,
        institutions=FFPS,
        quote=(
            "SEESAC successfully organized the Annual Regional Workshop for Firearms Focal Points (FFPs) in Belgrade "
            "on 23-25 May 2023. The workshop focused on drafting of a regional threat assessment on Small Arms and "
            "Light Weapons (SALW)."
        ),
        description=(
            "With Firearms Focal Points, criminal police analyst units, border police risk analyst units and "
            "ballistic laboratories from across the Western Balkans. The draft threat assessment was presented at "
            "the annual workshop of December 2024 in Montenegro."
        ),
        source=WORKSHOP_2023.key,
    ),
    ActivityRecord(
        title="Horizon Scanning and High-Value Targets Training for Firearms Focal Points, Montenegro",
        kind="training",
        when="2024-12-03/2024-12-05",
        place="Montenegro",
        partners=("eu-commission",),
        countries=WESTERN_BALKANS,
        institutions=FFPS,
        quote=(
            "Following the workshop, participants attended a comprehensive Horizon Scanning and High-Value Targets "
            "Training designed to enhance the ability of FFPs to address new risks."
        ),
        description=(
            "Task forces, horizon-scanning techniques, force field analysis and high-value target methods. It "
            "followed the Annual Regional Workshop for the Western Balkans FFPs, the page dating both together "
            "3-5 December 2024: at the workshop (recorded from SEESAC's 2024 report as 'Annual Workshop of the "
            "Firearms Focal Points Process (2024)') SEESAC presented the draft Regional Threat Assessment, "
            "Sweden's National FFP and Swedish Customs presented, and Moldova took part as an observer. Under the "
            "regional IPA project funded by the European Commission."
        ),
        source=WORKSHOP_2024.key,
    ),
    ActivityRecord(
        title="Workshop on Open Source Intelligence (OSINT) for police services in South East Europe",
        kind="workshop",
        when="2020-09-28/2020-10-02",
        duration_days=5,
        partners=("eu",),
        quote="SEESAC organized a five-day workshop on Open source intelligence (OSINT) for police services in South "
        "East Europe further developing capacities of the Firearms Focal Points.",
        description=(
            "Open source intelligence tools, data searches, profiles, the TOR network and investigative techniques, "
            "for online investigations of illicit arms trafficking. Under EU Council Decision (CFSP) 2018/1788. "
            "The source names no jurisdictions or place."
        ),
        figures=(
            Figure(
                "duration",
                5,
                "SEESAC organized a five-day workshop on Open source intelligence",
                unit="days",
                source=OSINT_2020.key,
            ),
        ),
        source=OSINT_2020.key,
    ),
    ActivityRecord(
        title="Regional Open Source Intelligence (OSINT) Training for Cyber Security Units and Firearms Focal Points, "
        "Tirana",
        kind="training",
        when="",
        place="Tirana",
        partners=("empact", "eu"),
        quote=(
            "The tripartite event started with the training in Tirana on 14-17 June where the participants learned "
            "the bases of the OSINT cycle"
        ),
        description=f"{OSINT_TIRANA_NOTE}The OSINT cycle: collection, analysis, dissemination, intelligence.",
        source=OSINT_TIRANA.key,
    ),
    ActivityRecord(
        title="Cyber patrolling on illicit firearms trafficking after the Tirana OSINT training",
        kind="operational_support",
        when="",
        duration_days=2,
        partners=("empact", "eu"),
        quote=(
            "For two days, the participants worked on searching for and collecting publicly available information "
            "related to the illicit trafficking of firearms."
        ),
        description=f"{OSINT_TIRANA_NOTE}The trainees' practice of what they had learned, on the internet.",
        figures=(
            Figure(
                "duration",
                2,
                "For two days, the participants worked on searching for and collecting publicly available information "
                "related to the illicit trafficking of firearms.",
                unit="days",
                source=OSINT_TIRANA.key,
            ),
        ),
        source=OSINT_TIRANA.key,
    ),
    ActivityRecord(
        title="Cyber Patrol reporting meeting after the Tirana OSINT training, 23 June",
        kind="meeting",
        when="",
        partners=("empact", "eu"),
        quote=(
            "Finally, the Cyber Patrol reporting meeting was held on 23 June when participants reported back and "
            "briefed each other on their findings during the cyber patrolling."
        ),
        description=f"{OSINT_TIRANA_NOTE}Findings, tools and methods of the cyber patrolling.",
        source=OSINT_TIRANA.key,
    ),
    ActivityRecord(
        title="Regional Social Media Intelligence (SOCMINT) Training, Belgrade",
        kind="training",
        when="2023-03-21/2023-03-24",
        duration_days=4,
        place="Belgrade",
        partners=("eu",),
        countries=(*WESTERN_BALKANS_AND_MOLDOVA, "ukraine"),
        institutions=FFPS_AND_MOLDOVA,
        quote=(
            "SEESAC just completed the four-day Regional Social Media Intelligence (SOCMINT) Training in Belgrade, "
            "Serbia on 21-24 March 2023 organised for the Firearms Focal Points from the Western Balkans, the "
            "Republic of Moldova, and the authorities from Ukraine."
        ),
        description=(
            "Tabletop exercises on intelligence-led policing products (problem and subject profiles, criminal "
            "market analyses, operational and strategic assessments). Under the regional IPA II project."
        ),
        figures=(
            Figure(
                "duration",
                4,
                "the four-day Regional Social Media Intelligence (SOCMINT) Training",
                unit="days",
                source=SOCMINT.key,
            ),
        ),
        source=SOCMINT.key,
    ),
    ActivityRecord(
        title="Regional iBase designer training for IT experts, Belgrade",
        kind="training",
        when="2019-05-20/2019-05-24",
        duration_days=5,
        place="Belgrade",
        quote="A five-day regional iBase designer training",
        description="For IT experts; the research notes file it among SEESAC's support to the Firearms Focal Points "
        "and name no jurisdictions.",
        figures=(Figure("duration", 5, "A five-day regional iBase designer training", unit="days", source=IBASE.key),),
        source=IBASE.key,
    ),
)

# seed_004's "Analyst Trainings in the six Western Balkan jurisdictions": the same trainings.
SEED_ANALYST_TRAININGS = "analyst-trainings-in-the-six-western-balkan-jurisdictions"

REPORTS = (
    Report(
        sources=(NEW_PROJECT, FFP_MEETING, WORKSHOP_2023, WORKSHOP_2024, SOCMINT, OSINT_2020, OSINT_TIRANA, IBASE),
        activities=ACTIVITIES,
    ),
    Report(
        sources=(ANALYSIS_TRAININGS,),
        activity=SEED_ANALYST_TRAININGS,
        figures=(
            Figure(
                "persons-trained",
                70,
                "Spanning Sarajevo, Belgrade, Podgorica, Skopje, Pristina, and Tirana, the training fostered "
                "cross-institutional cooperation and strengthened the investigative capacities of over 70 "
                "representatives involved in firearms investigations in different capacities.",
                qualifier="over",
                note=(
                    "The series SEESAC delivered from September to December 2024 in the six Western Balkan "
                    "jurisdictions (data collection, intelligence analysis, cross-border investigations, emerging "
                    "threats), led by SEESAC's SALW expert Martin van der Meij."
                ),
            ),
        ),
    ),
)
