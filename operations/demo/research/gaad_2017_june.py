"""Global Airport Action Days, 6-8 June 2017 (research record 1), and Operation Dragon (2017), the
EU Policy Cycle operation it was part of: the Europol text on GAAD as the Association for Secure
Transactions and cocaineroute.eu published it, Europol's Operation Dragon summary and Norway Today.

Researcher's notes:
- Dates: the GAAD text says 6-8 June 2017, Europol's Dragon summary dates its "Global Airport Action
  Day" 5-9 June and 16-20 October 2017 and gives only the June outcome (153 suspects, 312
  transactions). Not an inconsistency the register should flag: the two GAAD of 2017 (6-8 June,
  16-20 October) both fall within Dragon's action periods (5-9 June, 16-20 October), so the summary's
  entry covers both editions and gives June's figures. GAAD June 2017 is dated by its own release
  and is part of Dragon (so is GAAD October 2017, see gaad_2017_october); Dragon is dated 5 June-20
  October 2017 with its two periods in the description; the summary's 153 and 312 are stored as
  statements of GAAD June 2017 (see their notes) and agree with the release: check_figures finds
  nothing there.
- Edition numbering: June 2017 is "the sixth GAAD", October 2017 "the tenth edition". Not a figure:
  the sources count the series in two ways (the tenth, 11th in 2018 and 12th in 2019 follow one
  count, the sixth another). The register keeps each edition by its dates ("June 2017", "October
  2017") and gives the source's ordinal in the description; check_figures cannot see it.
Found on reading the sources (not a researcher's note): Dragon's participants are "more than 60
countries" in Europol's summary and "52 nations" in Norway Today's title (written while the operation
went on: it reports only the June results). Both are stored: flagged by check_figures as a conflict.
"""

from ..records import CentreRecord, Figure, Listed, OperationRecord, ParticipantRecord, Report, SourceRecord
from .common import AGENCY
from .gaad_2013 import PAYMENT_CARD_FRAUD

PARTICIPANTS = (ParticipantRecord("Customs Cooperation Working Party", AGENCY, short_name="CCWP"),)

DRAGON = OperationRecord(
    name="Operation Dragon",
    short_name="Operation Dragon",
    series="",
    edition="",
    when="2017-06-05/2017-10-20",
    crime_areas=(
        PAYMENT_CARD_FRAUD,
        "migrant-smuggling",
        "cybercrime",
        "drug-trafficking",
        "firearms-trafficking",
        "euro-counterfeiting",
        "organised-property-crime",
        "excise-and-mtic-fraud",
        "trafficking-in-human-beings",
    ),
    centres=(CentreRecord("The Hague", "netherlands", note="At Europol's headquarters (Norway Today)."),),
    description=(
        "The fourth cooperative international law enforcement operation under the 2014-2017 EU Policy Cycle "
        "(after Archimedes 2014, Blue Amber 2015 and Ciconia Alba 2016): joint action days coordinated and "
        "supported by Europol and Frontex, with actions in hundreds of locations between 5 June and 20 "
        "October 2017, with the cooperation of Eurojust, INTERPOL, Ameripol, CLACIP, NCFTA, CCWP, UNODC and "
        "IATA. Crime areas as Europol lists them: payment card fraud, facilitation of illegal immigration, "
        "cybercrime, synthetic drugs/cocaine/heroin trafficking, firearms trafficking, euro counterfeiting, "
        "organised property crime, excise fraud and trafficking in human beings. Europol's summary dates its "
        "Global Airport Action Day 5-9 June and 16-20 October 2017: the GAAD of June (6-8 June) and October "
        "(16-20 October) 2017 are entered as parts of Dragon. Its other actions are not in the register."
    ),
)

GAAD_JUNE_2017 = OperationRecord(
    name="Global Airport Action Days June 2017",
    short_name="GAAD June 2017",
    series="GAAD",
    edition="June 2017",
    when="2017-06-06/2017-06-08",
    crime_areas=(PAYMENT_CARD_FRAUD, "migrant-smuggling"),
    centres=(
        CentreRecord("The Hague", "netherlands", note="Operational centre at Europol ('in the Netherlands')."),
        CentreRecord("Singapore", "singapore", note="At the INTERPOL Global Complex for Innovation."),
        CentreRecord(
            "Pittsburgh",
            "united-states",
            note="At the NCFTA: the release says 'NCFTA in the U.S.'; the later releases place it in Pittsburgh.",
        ),
        CentreRecord("Bogotá", "colombia", note="At Ameripol."),
    ),
    part_of=DRAGON.slug,
    description=(
        "'The sixth Global Airport Action Days', as the release numbers them (the October 2017 edition is "
        "called the tenth). 64 countries, 84 airlines and eight online travel agencies worked with law "
        "enforcement at 230 airports, for the first time 13 of them in Africa (supported by AIRCOP). "
        "Coordinated from operational centres at Europol, the INTERPOL Global Complex for Innovation "
        "(Singapore), the NCFTA (US) and Ameripol (Bogotá); Europol's European Migrant Smuggling Centre "
        "joined, its specialists deployed to several European airports. Frontex deployed 27 officers to 18 "
        "airports; Eurojust assisted. Some individuals were caught trying to traffic heroin from Latin "
        "America to Africa and Europe. Part of Operation Dragon, whose summary dates its Global Airport "
        "Action Day 5-9 June and 16-20 October 2017 and counts payment card fraud and facilitation of "
        "illegal immigration as its crime areas."
    ),
)

OPERATIONS = (DRAGON, GAAD_JUNE_2017)

ASSOCIATION = SourceRecord(
    seed_file="",
    url="https://www.association-secure-transactions.eu/153-detained-for-ticket-fraud-following-global-airport-action-days-gaad/",
    title=(
        "153 detained for ticket fraud following Global Airport Action Days (GAAD) (Association for Secure "
        "Transactions, Europol text)"
    ),
    kind="news_report",
    year=2017,
    publisher_name="Association for Secure Transactions",
    note="Europol's text as republished; undated in the research notes (it reports the action of June 2017).",
)
COCAINEROUTE = SourceRecord(
    seed_file="",
    url="https://cocaineroute.eu/153-detained-ticket-fraud-following-worldwide-law-enforcement-operation/",
    title="153 detained for ticket fraud following worldwide law enforcement operation (cocaineroute.eu)",
    kind="news_report",
    year=2017,
    publisher_name="cocaineroute.eu",
    note="Europol's text as republished, with more detail; undated in the research notes.",
)
DRAGON_SUMMARY = SourceRecord(
    seed_file="",
    url="https://www.europol.europa.eu/newsroom/news/operation-dragon-delivers-major-blow-to-organised-crime",
    title="Operation DRAGON delivers major blow to organised crime (Europol)",
    kind="press_release",
    year=2017,
    published="2017-12-01",
    publisher="europol",
)
NORWAY_TODAY = SourceRecord(
    seed_file="",
    url="http://norwaytoday.info/news/operation-dragon-involving-52-nations/",
    title="Operation Dragon involving 52 nations (Norway Today)",
    kind="news_report",
    year=2017,
    publisher_name="Norway Today",
    note="Undated in the research notes; written during the operation (it reports the June 2017 results only).",
)

COUNTS = "64 countries, 84 airlines and eight online travel agencies"
FRONTEX = "Frontex, deployed 27 officers to 18 airports"
DRAGON_GAAD = (
    "In Europol's Dragon summary, under 'Global Airport Action Day' (dated 5-9 June and 16-20 October "
    "2017): the outcome of the June action."
)

REPORTS = (
    Report(
        sources=(DRAGON_SUMMARY, NORWAY_TODAY),
        operation=DRAGON.slug,
        listed=(
            Listed("europol", ("coordinator",), note="Coordinated and supported the operation, with Frontex."),
            Listed("frontex", ("coordinator",), note="Coordinated and supported the operation, with Europol."),
            *(
                Listed(slug)
                for slug in ("eurojust", "interpol", "ameripol", "clacip", "ncfta", "ccwp", "unodc", "iata")
            ),
        ),
        figures=(
            Figure(
                "participating-countries",
                60,
                "Law enforcement authorities from more than 60 countries",
                qualifier="more_than",
                is_headline=True,
            ),
            Figure(
                "participating-countries",
                52,
                "Operation Dragon involving 52 nations",
                source=NORWAY_TODAY.url,
                note="The article's title ('52 countries teaming up'), written before the October actions.",
            ),
        ),
    ),
    Report(
        sources=(ASSOCIATION, COCAINEROUTE),
        operation=GAAD_JUNE_2017.slug,
        listed=(
            Listed(
                "europol",
                ("coordinator",),
                note=(
                    "Operational centre; experts of its European Cybercrime Centre (EC3) confirmed suspicious "
                    "transactions, and its European Migrant Smuggling Centre (EMSC) joined this GAAD."
                ),
            ),
            Listed(
                "interpol", ("coordinator",), note="Operational centre at the INTERPOL Global Complex for Innovation."
            ),
            Listed("ncfta", ("coordinator",), note="Operational centre in the US."),
            Listed("ameripol", ("coordinator",), note="Operational centre in Bogotá."),
            Listed(
                "frontex", ("deployed-experts",), note="Deployed 27 officers to 18 airports.", source=COCAINEROUTE.url
            ),
            Listed("eurojust", note="Assisted throughout the action days.", source=COCAINEROUTE.url),
            Listed("aircop", note="'UNODC (AIRCOP for Africa)': supported the 13 African airports."),
            Listed("clacip", note="Supported GAAD."),
            Listed("iata"),
            Listed("perseuss"),
            Listed("payment-card-schemes", note="'payment card companies', with airlines and online travel agencies."),
        ),
        figures=(
            Figure("participating-countries", 64, COUNTS),
            Figure("airlines-involved", 84, COUNTS),
            Figure("online-travel-agencies-involved", 8, COUNTS, unit="agencies"),
            Figure("airports-involved", 230, "to carry out operational actions in 230 airports across the world"),
            Figure(
                "airports-africa",
                13,
                "an operation that, for the first time, included 13 African airports, supported by AIRCOP",
                source=COCAINEROUTE.url,
                note="Among the 230 airports.",
            ),
            Figure("suspicious-transactions-reported", 312, "312 suspicious transactions were reported"),
            Figure(
                "persons-detained",
                153,
                "153 people were detained, denied boarding, questioned by police and criminally charged",
                note="One count of those detained, denied boarding, questioned or charged.",
            ),
            Figure("frontex-officers-deployed", 27, FRONTEX, source=COCAINEROUTE.url),
            Figure("airports-with-frontex-officers", 18, FRONTEX, source=COCAINEROUTE.url),
            Figure(
                "persons-detained",
                153,
                "153 suspects detained/denied boarding and/or charged",
                source=DRAGON_SUMMARY.url,
                note=DRAGON_GAAD,
            ),
            Figure(
                "suspicious-transactions-reported",
                312,
                "312 suspicious transactions reported",
                source=DRAGON_SUMMARY.url,
                note=DRAGON_GAAD,
            ),
            Figure(
                "persons-detained",
                153,
                "law enforcement officers from all over the world detained 153 individuals",
                source=NORWAY_TODAY.url,
            ),
            Figure(
                "airports-involved",
                230,
                "Operational actions were carried out in 230 airports across the world",
                source=NORWAY_TODAY.url,
            ),
        ),
    ),
)
