"""002: Press release on JAD SEE 2024 (EU4FAST), with the results and the participant lists."""

from .records import Figure, Listed, SourceRecord

SOURCE = SourceRecord(
    seed_file="002_5c633ea500f506e7.txt",
    title="796 Arrests in Massive EU Action Against Organised Crime",
    kind="press_release",
    year=2024,
    publisher="eu4fast",
    note=(
        "Attributed to the EU4FAST project in the register's list of source documents; the text itself speaks "
        "of EU4FAST in the third person and does not name its publisher. The copy the register keeps carries no "
        "publication date; the year given is that of the operation. It speaks of 26 countries but its lists "
        "name 25."
    ),
)

OPERATION = "jad-see-2024"

EU4FAST_SUPPORTED = (
    "Press release: the EU4FAST project supported the participation of the Western Balkan countries, "
    "Moldova, Ukraine, Türkiye, selected EU Member States and INTERPOL during the operational phase."
)
EASTERN_PARTNERSHIP = (
    "Press release: named among 'countries part of the Eastern Partnership such as Moldova and Ukraine'."
)

LISTED = (
    # "Participating EU Member states: Austria, Bulgaria, Croatia, France, Germany, Greece, Hungary, Italy,
    # Netherlands, Poland, Portugal, Romania, Slovenia, Slovakia, Spain, Sweden"
    Listed("austria"),
    Listed("bulgaria"),
    Listed("croatia"),
    Listed("france"),
    Listed("germany"),
    Listed("greece"),
    Listed("hungary"),
    Listed("italy"),
    Listed("netherlands"),
    Listed("poland"),
    Listed("portugal"),
    Listed("romania"),
    Listed("slovenia"),
    Listed("slovakia"),
    Listed("spain"),
    Listed("sweden"),
    # "Participating third-party countries: Albania, Bosnia and Herzegovina, Kosovo*, Moldova, Montenegro,
    # North Macedonia, Serbia, Türkiye, Ukraine"
    Listed("albania", note=EU4FAST_SUPPORTED),
    Listed(
        "bosnia-and-herzegovina",
        roles=("host-of-the-coordination-centre",),
        note=(
            "Press release: 'From a coordination centre set up in Sarajevo'; the release names the city, not "
            f"the country. {EU4FAST_SUPPORTED}"
        ),
    ),
    Listed("kosovo", note=EU4FAST_SUPPORTED),
    Listed("moldova", note=f"{EASTERN_PARTNERSHIP} {EU4FAST_SUPPORTED}"),
    Listed("montenegro", note=EU4FAST_SUPPORTED),
    Listed("north-macedonia", note=EU4FAST_SUPPORTED),
    Listed("serbia", note=EU4FAST_SUPPORTED),
    Listed("turkiye", note=f"Press release: 'to the support of Türkiye'. {EU4FAST_SUPPORTED}"),
    Listed("ukraine", note=f"{EASTERN_PARTNERSHIP} {EU4FAST_SUPPORTED}"),
    # "Participating agencies and projects: EU Commission, CEPOL, Europol, Eurojust, Frontex, EU Strategy for
    # the Danube Region, EU4FAST, INTERPOL, SELEC, UNDP SEESAC, UNODC"
    Listed("eu-commission", note="Press release: listed as 'EU Commission'."),
    Listed("cepol"),
    Listed(
        "europol",
        roles=("deployed-experts",),
        note=(
            "Press release: Europol deployed 'experts with mobile offices who could cross-check new "
            "information against the agency’s databases'."
        ),
    ),
    Listed("eurojust"),
    Listed("frontex"),
    Listed("eu-strategy-for-the-danube-region"),
    Listed(
        "eu4fast",
        roles=("supported-the-coordination-centre-set-up", "supported-the-participation-of-others"),
        note=(
            "Press release: 'The EU4FAST project supported the setup of the coordination centre and the "
            "participation of the Western Balkan countries, Moldova, Ukraine, Türkiye and selected EU Member "
            "States, as well as INTERPOL, during the operational phase'."
        ),
    ),
    Listed("interpol", note=EU4FAST_SUPPORTED),
    Listed("selec"),
    Listed("seesac", note="Press release: listed as 'UNDP SEESAC'."),
    Listed("unodc"),
)

CHECKS_674603 = "Part of the 655 914 checks; the four parts add up to 674 603."

FIGURES = (
    Figure(
        "participating-countries",
        26,
        "colleagues from 26 countries took decisive action against key criminal threats in the region",
        note=(
            "The release's lists name 25 countries (16 EU Member States and 9 third-party countries); both are "
            "kept as published."
        ),
    ),
    Figure(
        "arrests",
        796,
        "796 individuals were arrested",
        note="Repeated in the results list ('796 individuals arrested') and the headline. No breakdown.",
    ),
    Figure(
        "investigations-initiated",
        316,
        "316 new investigations initiated",
        note="Also '316 investigations initiated' in the introduction.",
    ),
    Figure("weapons-seized", 442, "442 weapons seized", note="No breakdown by type."),
    Figure(
        "officers-involved",
        31109,
        "the massive operation, which involved 31 109 officers",
        note="Repeated in the results list: '31 109 officers on duty'.",
    ),
    Figure(
        "entities-checked",
        655914,
        "31 109 officers on duty performed 655 914 checks on entities, which includes 516 153 persons, "
        "152 284 vehicles, 4 985 postal packages and 1 181 premises",
        note="The four parts add up to 674 603, not 655 914; both are kept as published.",
    ),
    Figure("entities-persons", 516153, "516 153 persons", note=CHECKS_674603),
    Figure("entities-vehicles", 152284, "152 284 vehicles", note=CHECKS_674603),
    Figure("entities-postal-items", 4985, "4 985 postal packages", note=CHECKS_674603),
    Figure("entities-premises", 1181, "1 181 premises", note=CHECKS_674603),
)

ACTIVITIES = ()
