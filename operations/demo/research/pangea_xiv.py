"""INTERPOL's Operation Pangea XIV, May 2021 (research record 9): Stellarias Academy for the totals,
OCCRP for national results (United Kingdom, Italy, Qatar), and a blog (paulrparadise.com).

Researcher's note: paulrparadise.com reports "22 people arrested" (against 277), "113,OO websites"
(a typo for 113,020 links), "710,000 packages checked" and "23 million fake devices" (apparently
the more than USD 23 million value turned into a count). The blog's readable figures are stored as
printed, so that:
- "22 people arrested" is flagged by check_figures as a conflict with Stellarias' 277 arrests;
- "23 million fake devices" is flagged by check_figures as a conflict with Stellarias' "around 9
  million medical devices and illicit pharmaceuticals" (one figure, products seized, counted);
- "710,000 packages checked" is the only packages figure for Pangea XIV: nothing to compare it with,
  no finding; its note says it comes only from the blog.
- "113,OO websites" cannot be read as a number (letters O for zeros): not entered, and not flagged;
  said in the note of the 113,020 web links and in the blog's source note.
Stellarias' 277 arrests and 9 million products are marked as headlines: the blog is not preferred.

The catalogue (series, units, metrics) is in pangea_viii.
"""

from ..records import Figure, Listed, OperationRecord, Report, SourceRecord
from .pangea_viii import PHARMACEUTICAL_CRIME

PANGEA_XIV = OperationRecord(
    name="Operation Pangea XIV",
    short_name="Pangea XIV",
    series="Pangea",
    edition="XIV",
    when="2021-05-18/2021-05-25",
    crime_areas=(PHARMACEUTICAL_CRIME,),
    centres=(),
    description=(
        "The fourteenth Pangea, coordinated by INTERPOL: police, customs and health regulatory authorities of "
        "92 countries, with the Pharmaceutical Security Institute, the UNODC-WCO Container Control Programme "
        "and Europol."
    ),
)

OPERATIONS = (PANGEA_XIV,)

STELLARIAS = SourceRecord(
    seed_file="",
    url="https://stellariasacademy.online/operation-pangea-xiv/12/06/",
    title="Operation Pangea XIV (Stellarias Academy)",
    kind="other",
    year=None,
    publisher_name="Stellarias Academy",
    note="Undated in the research notes.",
)
PAULRPARADISE = SourceRecord(
    seed_file="",
    url="http://www.paulrparadise.com/14th-operation-pangea/",
    title="14th Operation Pangea (paulrparadise.com)",
    kind="other",
    year=None,
    publisher_name="paulrparadise.com",
    note=(
        "Undated blog post whose figures differ from the other sources: '22 people arrested' (277 elsewhere), "
        "'113,OO websites' (garbled; 113,020 web links elsewhere; not entered), '710,000 packages checked' "
        "and '23 million fake devices' (apparently the USD 23 million value taken for a count)."
    ),
)
OCCRP = SourceRecord(
    seed_file="",
    url="https://occrp.org/en/news/thousands-of-fake-online-pharmacies-shut-down-in-interpol-operation",
    title="Thousands of fake online pharmacies shut down in Interpol operation (OCCRP)",
    kind="news_report",
    year=None,
    publisher_name="OCCRP (Organized Crime and Corruption Reporting Project)",
    note="Undated in the research notes.",
)

BLOG = "paulrparadise.com, as printed."

REPORTS = (
    Report(
        sources=(STELLARIAS, PAULRPARADISE, OCCRP),
        operation=PANGEA_XIV.slug,
        listed=(
            Listed("interpol", ("coordinator",)),
            Listed("pharmaceutical-security-institute"),
            Listed("container-control-programme"),
            Listed("europol"),
            Listed("united-kingdom", source=OCCRP.key),
            Listed("italy", source=OCCRP.key),
            Listed("qatar", source=OCCRP.key),
        ),
        figures=(
            Figure("participating-countries", 92, "regulatory authorities from 92 countries"),
            Figure(
                "web-links-shut-down",
                113_020,
                "113,020 web links including websites and online marketplaces being closed down or removed",
                note="paulrparadise.com prints '113,OO websites', which cannot be read as a number: not entered.",
            ),
            Figure(
                "arrests",
                277,
                "resulted in 277 arrests worldwide",
                unit="persons",
                is_headline=True,
                note="Shown first: paulrparadise.com's '22 people arrested' stands alone against it.",
            ),
            Figure(
                "arrests",
                22,
                "22 people arrested",
                unit="persons",
                source=PAULRPARADISE.key,
                note=f"{BLOG} Stellarias Academy counts 277 arrests.",
            ),
            Figure(
                "medical-products-seized-value",
                23_000_000,
                "worth more than $23 million",
                qualifier="more_than",
                note="What the medical devices and illicit pharmaceuticals seized were worth.",
            ),
            Figure(
                "medical-products-seized",
                9_000_000,
                "the seizure of around 9 million medical devices and illicit pharmaceuticals",
                qualifier="around",
                is_headline=True,
                note="Medical devices and pharmaceuticals together. Shown first, before the blog's exact figure.",
            ),
            Figure(
                "medical-products-seized",
                23_000_000,
                "23 million fake devices",
                unit="devices",
                source=PAULRPARADISE.key,
                note=f"{BLOG} Apparently the 'more than $23 million' value taken for a count of devices.",
            ),
            Figure(
                "packages-inspected",
                710_000,
                "710,000 packages checked",
                source=PAULRPARADISE.key,
                note=f"{BLOG} No other source of the record gives a packages figure for Pangea XIV.",
            ),
            Figure(
                "websites-shut-down",
                43,
                "officials removed 43 websites and more than 3,100 links",
                country="united-kingdom",
                source=OCCRP.key,
            ),
            Figure(
                "web-links-shut-down",
                3100,
                "more than 3,100 links",
                qualifier="more_than",
                country="united-kingdom",
                source=OCCRP.key,
            ),
            Figure(
                "medical-products-seized-value",
                13_000_000,
                "confiscated $13 million in fake medicines and medical devices",
                country="united-kingdom",
                source=OCCRP.key,
            ),
            Figure(
                "surgical-masks-seized",
                500_000,
                "more than 500,000 fake surgical masks",
                qualifier="more_than",
                country="italy",
                source=OCCRP.key,
                note="Recovered in Italy.",
            ),
            Figure(
                "pain-medicines-seized",
                2800,
                "more than 2,800 nerve pain tablets",
                qualifier="more_than",
                country="qatar",
                source=OCCRP.key,
                note="Nerve pain tablets found in Qatar.",
            ),
        ),
    ),
)
