"""003: News agency report on JAD SEE 2023, quoting a Europol statement.

It gives no arrests figure, rounds some figures ('more than 22,400 officers', 'nearly a ton of
drugs'), lists Spain twice and writes 'Kosovo' without asterisk and 'Turkey'.
"""

from .records import Figure, Listed, SourceRecord

SOURCE = SourceRecord(
    seed_file="003_8700fdc01530333b.txt",
    title="News agency report on JAD SEE 2023 (untitled in the copy the register keeps)",
    kind="news_report",
    year=2023,
    publisher_name="News agency (unnamed)",
    note=(
        "The copy the register keeps has no headline, no agency name and no date: the title is the editors' "
        "description. The report cites a Europol statement made 'Thursday' and attributes its figures to "
        "Europol; the year given is that of the operation. It gives no arrests figure. Its list of EU "
        "countries names Spain twice, and it writes 'Kosovo' without the asterisk and 'Turkey'."
    ),
)

OPERATION = "jad-see-2023"

CENTRE_TOGETHER = (
    "News agency report: Europol 'coordinated the operation from an international coordination center setup "
    "in North Macedonia’s capital Skopje together with Eurojust, Frontex, and Interpol'."
)

LISTED = (
    # "EU-countries – Austria, Bulgaria, Croatia, France, Germany, Greece, Hungary, Italy, Luxembourg, the
    # Netherlands, Poland, Portugal, Romania, Slovenia, Spain, Sweden and Spain"
    Listed("austria"),
    Listed("bulgaria"),
    Listed("croatia"),
    Listed("france"),
    Listed("germany"),
    Listed("greece"),
    Listed("hungary"),
    Listed("italy"),
    Listed("luxembourg"),
    Listed("netherlands"),
    Listed("poland"),
    Listed("portugal"),
    Listed("romania"),
    Listed("slovenia"),
    Listed("spain", note="News agency report: Spain is listed twice among the EU countries."),
    Listed("sweden"),
    # "the non-EU countries – Albania, Bosnia and Herzegovina, Kosovo, Moldova, Montenegro, North Macedonia,
    # Serbia, Turkey, Ukraine and the United Kingdom"
    Listed("albania"),
    Listed("bosnia-and-herzegovina"),
    Listed("kosovo", note="News agency report: written 'Kosovo', without the asterisk and footnote."),
    Listed("moldova"),
    Listed("montenegro"),
    Listed("north-macedonia"),
    Listed("serbia"),
    Listed("turkiye", note="News agency report: written 'Turkey'."),
    Listed("ukraine"),
    Listed("united-kingdom"),
    Listed(
        "europol",
        note=(
            f"{CENTRE_TOGETHER} A looser account than the Europol release, in which Spain coordinated the "
            "operational activities and Europol the information exchange."
        ),
    ),
    Listed("eurojust", note=CENTRE_TOGETHER),
    Listed("frontex", note=CENTRE_TOGETHER),
    Listed("interpol", note=CENTRE_TOGETHER),
)

DRUGS_READING = (
    "The Europol release has 'almost 300 kg'; this report drops 'almost' and is stored as written (no "
    "qualifier). Read the same way as the release: cannabis 300 kg, heroin and marijuana plants named "
    "without a figure of their own; the 300 kilos may be for the three together."
)
NAMED_WITHOUT_FIGURE = "Named without a figure of its own: see the editor's note on cannabis."
PARTS_QUOTE = "300 kilos of cannabis, heroin and marijuana plants"

FIGURES = (
    Figure(
        "officers-involved",
        22400,
        "more than 22,400 officers of police, customs immigration and border control services were involved in "
        "the operation",
        qualifier="more_than",
    ),
    Figure("entities-checked", 288774, "checked a total of 288,774 entities"),
    Figure("entities-persons", 215273, "215,273 people"),
    Figure("entities-vehicles", 67277, "67,277 vehicles"),
    Figure("entities-postal-items", 5225, "5,225 postal parcels"),
    Figure("entities-premises", 999, "999 premises"),
    Figure("illegal-entries-detected", 2229, "They also detected 2,229 illegal entries"),
    Figure("forged-documents", 114, "They also detected 2,229 illegal entries and 114 forged documents"),
    Figure(
        "drugs-seized",
        1000,
        "seized nearly a ton of drugs",
        qualifier="nearly",
        note="'Nearly a ton' stored as nearly 1 000 kg.",
    ),
    Figure("drugs-cocaine", 626, "626 kilos of cocaine"),
    Figure("drugs-cannabis", 300, PARTS_QUOTE, note=DRUGS_READING),
    Figure("drugs-heroin", None, PARTS_QUOTE, note=NAMED_WITHOUT_FIGURE),
    Figure("drugs-marijuana-plants", None, PARTS_QUOTE, note=NAMED_WITHOUT_FIGURE),
    Figure("weapons-seized", 310, "310 pieces of various weapons"),
    Figure(
        "ammunition-seized",
        20000,
        "more than 20,000 pieces of ammunition",
        qualifier="more_than",
    ),
    Figure(
        "cyber-patrol-targets",
        120,
        "investigators identified 120 targets (accounts and/or individuals) related to the trafficking of "
        "firearms, 94 of which were on a messaging application, 11 on marketplaces and 10 on other clear "
        "websites and five on the dark web",
        note="Quoted by the report from Europol.",
    ),
    Figure("cyber-targets-messaging-applications", 94, "94 of which were on a messaging application"),
    Figure("cyber-targets-marketplaces", 11, "11 on marketplaces"),
    Figure("cyber-targets-other-clear-websites", 10, "10 on other clear websites"),
    Figure("cyber-targets-dark-web", 5, "five on the dark web"),
)

ACTIVITIES = ()
