"""INTERPOL's Operation Pangea VIII, June 2015 (research record 6), with the Pangea series, the
catalogue the Pangea records share (pangea_x ... pangea_xvii use it) and the first Pangea (2008),
which the record's sources describe.

Researcher's notes:
- WCO writes "Among the 81 million fake and illicit medicines seized", turning the USD 81 million
  value into a count (IRACM and Acemind: 20.7 million units worth USD 81 million). Flagged by
  check_figures as a conflict: the WCO count is stored as printed beside IRACM's and Acemind's
  20.7 million (IRACM's is the headline). WCO's "more than USD 81 million" and IRACM's "US$81
  million" are both stored too: flagged as a conflict ("more than 81 million" excludes 81 million).
- Adverts: WCO "more than 365 adverts" removed, IRACM "550 advertisements" suspended. Stored as two
  statements of one figure: flagged by check_figures as a difference in precision, not a conflict
  (550 is more than 365, within what "more than 365" allows).
- WCO puts "more than" before 2,414 websites and "nearly" before 50,068 packages, figures that read
  as exact counts. Not an inconsistency the register should flag: the qualifier is the source's
  word, kept as published; each figure is the only statement of its kind (see their notes).
- The first Pangea (2008): INTERPOL "10 countries", NABP "only eight countries", medicinereal "Nine
  countries". Entered as Operation Pangea I with the three statements: flagged by check_figures as
  a conflict (INTERPOL's, the organiser's, is the headline).
- Acemind places Pangea VII "in 2013", other sources in 13-20 May 2014. Not a figure: the register
  holds no Pangea VII (no figures or sources for it in the record); said in the Acemind source's note.
"""

from ..records import (
    CentreRecord,
    Figure,
    Listed,
    MetricRecord,
    OperationRecord,
    ParticipantRecord,
    Report,
    SeriesRecord,
    SourceRecord,
    UnitRecord,
)
from .common import COMPANY, NETWORK, PARTNER

SERIES = (
    SeriesRecord(
        name="Operation Pangea",
        short_name="Pangea",
        description=(
            "INTERPOL's annual week of action against the illicit online sale of medicines and medical "
            "products: police, customs and health regulators of many countries inspect parcels, shut down "
            "websites and seize illicit, counterfeit and unapproved medicines and medical devices. Since 2008."
        ),
    ),
)

PHARMACEUTICAL_CRIME = "pharmaceutical-crime"
CRIME_AREAS = ("Pharmaceutical crime",)

UNITS = (
    UnitRecord("units", "units"),
    UnitRecord("doses", "doses"),
    UnitRecord("tablets", "tablets"),
    UnitRecord("devices", "devices"),
    UnitRecord("bottles", "bottles"),
    UnitRecord("kits", "kits"),
    UnitRecord("masks", "masks"),
    UnitRecord("packages", "packages"),
    UnitRecord("websites", "websites"),
    UnitRecord("links", "links"),
    UnitRecord("adverts", "adverts"),
    UnitRecord("warrants", "warrants"),
    UnitRecord("groups", "groups"),
    UnitRecord("authorities", "authorities"),
    UnitRecord("administrations", "administrations"),
)

# What Pangea seizes, counted, weighed and valued as each source does (units, doses, tablets, USD):
# the records break no seizure figure down into others, so these metrics stand side by side.
METRICS = (
    MetricRecord("customs-administrations-involved", "Customs administrations involved", "administrations"),
    MetricRecord(
        "medical-products-seized",
        "Illicit medical products seized",
        "units",
        description=(
            "Illicit, counterfeit or unapproved medicines and medical products seized, counted as the source "
            "counts them (units, doses, tablets, devices): the quote says what a count covers."
        ),
    ),
    MetricRecord("medical-products-seized-mass", "Illicit medical products seized, by weight", "t"),
    MetricRecord(
        "medical-products-seized-value",
        "Value of the illicit medical products seized",
        "usd",
        description="What the medicines and medical products seized were worth, as the source values them.",
    ),
    MetricRecord("medical-devices-seized", "Medical devices seized", "devices"),
    MetricRecord("medical-devices-seized-value", "Value of the medical devices seized", "usd"),
    MetricRecord(
        "covid-test-kits-seized", "COVID-19 test kits seized", "kits", description="Unauthorised or irregular."
    ),
    MetricRecord("covid-test-kits-seized-value", "Value of the COVID-19 test kits seized", "usd"),
    MetricRecord("pain-medicines-seized", "Pain medicines seized", "tablets"),
    MetricRecord("cough-syrup-seized", "Cough syrup seized", "bottles"),
    MetricRecord("antimalarials-seized", "Anti-malaria medicines seized", "kg"),
    MetricRecord("surgical-masks-seized", "Fake surgical masks seized", "masks"),
    MetricRecord(
        "medical-products-seized-share",
        "Share of the medical products seized",
        "percent",
        description="How the seizures divide, in percent; the whole (100 %) is never stated itself.",
        parts=(
            MetricRecord("share-erectile-dysfunction-drugs", "Erectile dysfunction drugs", "percent"),
            MetricRecord("share-anti-anxiety-drugs-stimulants", "Anti-anxiety drugs and stimulants", "percent"),
            MetricRecord("share-sex-hormones-gastrointestinal", "Sex hormones and gastrointestinal drugs", "percent"),
        ),
        parts_kind="partial",
        breakdowns=(
            MetricRecord(
                "",
                "",
                "percent",
                parts=(
                    MetricRecord("share-lacking-approval", "Lacking regulatory approval", "percent"),
                    MetricRecord("share-counterfeit-misbranded", "Counterfeit or misbranded", "percent"),
                ),
                parts_along="other",
            ),
        ),
    ),
    MetricRecord(
        "packages-inspected",
        "Packages inspected",
        "packages",
        description="Parcels and packages inspected or searched (by customs, at mail centres).",
        parts=(MetricRecord("packages-seized", "Packages seized", "packages"),),
        parts_along="other",
        parts_kind="partial",
    ),
    MetricRecord("websites-shut-down", "Websites shut down", "websites"),
    MetricRecord("web-links-shut-down", "Web links shut down or removed", "links"),
    MetricRecord("adverts-removed", "Online adverts removed or suspended", "adverts"),
    MetricRecord("search-warrants-issued", "Search warrants issued", "warrants"),
    MetricRecord("criminal-groups-disrupted", "Organised crime groups disrupted", "groups"),
    MetricRecord("criminal-groups-dismantled", "Criminal groups dismantled", "groups"),
)

PARTICIPANTS = (
    ParticipantRecord("Permanent Forum on International Pharmaceutical Crime", NETWORK, short_name="PFIPC"),
    ParticipantRecord(
        "Heads of Medicines Agencies Working Group of Enforcement Officers", NETWORK, short_name="HMA WGEO"
    ),
    ParticipantRecord("Pharmaceutical and e-payment industries", COMPANY),
    ParticipantRecord("Pharmaceutical Security Institute", COMPANY, aliases="PSI"),
    ParticipantRecord(
        "UNODC-WCO Container Control Programme",
        PARTNER,
        short_name="Container Control Programme",
        aliases="UNODC/WCO Container Control Programme; CCP",
    ),
)

PANGEA_I = OperationRecord(
    name="Operation Pangea I",
    short_name="Pangea I",
    series="Pangea",
    edition="I",
    when="2008",
    crime_areas=(PHARMACEUTICAL_CRIME,),
    centres=(),
    description=(
        "The first Pangea, in 2008 (only the year is known), known here from what later sources say of the "
        "series' origin. They disagree on how many countries it brought together: 10, 8 or 9."
    ),
)

PANGEA_VIII = OperationRecord(
    name="Operation Pangea VIII",
    short_name="Pangea VIII",
    series="Pangea",
    edition="VIII",
    when="2015-06-09/2015-06-16",
    crime_areas=(PHARMACEUTICAL_CRIME,),
    centres=(CentreRecord("Lyon", "france", note="The INTERPOL General Secretariat, as the central hub."),),
    description=(
        "The eighth Pangea: 236 enforcement agencies of 115 countries. The INTERPOL General Secretariat in Lyon "
        "was the central hub; the WCO coordinated the 80 participating customs administrations through its "
        "CENcomm communication system. Coordinated with the WCO, the PFIPC, the HMA WGEO and the "
        "pharmaceutical and e-payment industries; Google took part."
    ),
)

OPERATIONS = (PANGEA_I, PANGEA_VIII)

WCO_RELEASE = SourceRecord(
    seed_file="",
    url="https://www.wcoomd.org/en/media/newsroom/2015/june/millions-usd-worth-illicit-medicines-seized-in-global-operation.aspx",
    title="Millions USD worth illicit medicines seized in global operation (WCO press release)",
    kind="press_release",
    year=2015,
    published="2015-06-18",
    publisher="wco",
)
IRACM = SourceRecord(
    seed_file="",
    url="http://www.iracm.com/en/2015/06/pangea-viii-over-20-million-of-illegal-and-fake-drugs-seized-in-115-countries/",
    title="PANGEA VIII: Over 20 million of illegal and fake drugs seized in 115 countries (IRACM)",
    kind="news_item",
    year=2015,
    published="2015-06",
    publisher_name="IRACM",
    note="IRACM: the International Institute of Research against Counterfeit Medicines.",
)
ACEMIND = SourceRecord(
    seed_file="",
    url="https://acemind.net/interpol-seized-20-7-million-fake-drugs",
    title="Interpol seized 20.7 million fake drugs (Acemind)",
    kind="other",
    year=None,
    publisher_name="Acemind",
    note="Undated. It places Pangea VII 'in 2013'; other sources date Pangea VII to 13-20 May 2014.",
)
INTERPOL_OPERATIONS_PAGE = SourceRecord(
    seed_file="",
    url="https://www.interpol.int/es/Crime-areas/Pharmaceutical-crime/Operations",
    title="INTERPOL - Pharmaceutical crime operations page",
    kind="other",
    year=None,
    publisher="interpol",
    note="A web page on INTERPOL's pharmaceutical crime operations, undated.",
)
MEDICINEREAL = SourceRecord(
    seed_file="",
    url="http://medicinereal.com/pangea-an-international-operation-against-counterfeited-medicaments/",
    title="Pangea - an international operation against counterfeited medicaments (medicinereal.com)",
    kind="other",
    year=None,
    publisher_name="medicinereal.com",
)
NABP = SourceRecord(
    seed_file="",
    url="https://nabp.pharmacy/news/blog/regulatory-agencies-worldwide-are-partnering-to-combat-illegal-online-pharmacies/",
    title="Regulatory agencies worldwide are partnering to combat illegal online pharmacies (NABP)",
    kind="news_item",
    year=None,
    publisher_name="NABP (National Association of Boards of Pharmacy)",
    note=(
        "Undated blog post on Pangea XV (June 2022), with a summary of the series' history. Its Pangea XV "
        "figures are provisional: reports 'are still coming in'."
    ),
)

WCO_81_MILLION = "Read literally, 81 million is the count; the release values the seizures at USD 81 million."

REPORTS = (
    Report(
        sources=(WCO_RELEASE, IRACM, ACEMIND, INTERPOL_OPERATIONS_PAGE, MEDICINEREAL, NABP),
        operation=PANGEA_VIII.slug,
        listed=(
            Listed("interpol", ("coordinator",), note="The INTERPOL General Secretariat was the central hub."),
            Listed("wco", ("coordinator",), note="Coordinated 80 customs administrations via CENcomm."),
            Listed("pfipc", ("coordinator",)),
            Listed("hma-wgeo", ("coordinator",)),
            Listed("pharmaceutical-and-e-payment-industries", ("coordinator",)),
            Listed("google"),
        ),
        figures=(
            Figure("participating-agencies", 236, "236 enforcement agencies across 115 countries"),
            Figure("participating-countries", 115, "across 115 countries"),
            Figure(
                "customs-administrations-involved",
                80,
                "the 80 participating Customs administrations",
                note="Coordinated by the WCO via CENcomm; the release does not say whether they are among the 236.",
            ),
            Figure("arrests", 156, "resulting in 156 arrests worldwide", unit="persons"),
            Figure(
                "medical-products-seized-value",
                81_000_000,
                "the seizure of more than USD 81 million worth of potentially dangerous medicines",
                qualifier="more_than",
            ),
            Figure(
                "medical-products-seized-value",
                81_000_000,
                "the seizure of 20.7 million potentially dangerous drugs, worth US$81 million",
                source=IRACM.key,
                note="IRACM gives no qualifier; the WCO release says 'more than USD 81 million'.",
            ),
            Figure(
                "medical-products-seized",
                20_700_000,
                "the seizure of 20.7 million potentially dangerous drugs, worth US$81 million",
                source=IRACM.key,
                is_headline=True,
                note="Shown first: the WCO release's '81 million' medicines is its USD value taken for a count.",
            ),
            Figure(
                "medical-products-seized",
                20_700_000,
                "Interpol seized 20.7 million fake drugs",
                source=ACEMIND.key,
                note="Acemind's headline.",
            ),
            Figure(
                "medical-products-seized",
                81_000_000,
                "Among the 81 million fake and illicit medicines seized",
                note=f"As printed. {WCO_81_MILLION} IRACM and Acemind count 20.7 million, worth USD 81 million.",
            ),
            Figure("investigations-initiated", 429, "the launch of 429 investigations", unit="investigations"),
            Figure(
                "adverts-removed",
                365,
                "the removal of more than 365 adverts",
                qualifier="more_than",
                note="Social-media adverts removed (WCO). IRACM counts 550 advertisements suspended.",
            ),
            Figure(
                "adverts-removed",
                550,
                "550 advertisements for illicit drugs were suspended",
                source=IRACM.key,
                note="IRACM (and Acemind): suspended. The WCO release says 'more than 365 adverts' removed.",
            ),
            Figure(
                "websites-shut-down",
                2414,
                "more than 2,414 websites shut down",
                qualifier="more_than",
                note="The release's words: 'more than' before a figure that reads as an exact count.",
            ),
            Figure("packages-inspected", 149_623, "some 149,623 packages were inspected", qualifier="some"),
            Figure(
                "packages-seized",
                50_068,
                "of which nearly 50,068 were seized",
                qualifier="nearly",
                note="The release's words: 'nearly' before a figure that reads as an exact count.",
            ),
        ),
    ),
    Report(
        sources=(INTERPOL_OPERATIONS_PAGE, NABP, MEDICINEREAL),
        operation=PANGEA_I.slug,
        listed=(Listed("interpol", ("coordinator",)),),
        figures=(
            Figure(
                "participating-countries",
                10,
                "brought together 10 countries",
                is_headline=True,
                note="INTERPOL, on the first phase of Pangea. Shown first: INTERPOL ran the operation.",
            ),
            Figure(
                "participating-countries",
                8,
                "only eight countries in 2008",
                source=NABP.key,
                note="NABP, on the series' start; INTERPOL says 10 countries, medicinereal.com nine.",
            ),
            Figure(
                "participating-countries",
                9,
                "Nine countries",
                source=MEDICINEREAL.key,
                note="medicinereal.com, on the first Pangea; INTERPOL says 10 countries, NABP eight.",
            ),
        ),
    ),
)
