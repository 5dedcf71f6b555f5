"""001: Europol press release on JAD SEE 2023, with the full results and the participant lists."""

from .records import Figure, Listed, SourceRecord

SOURCE = SourceRecord(
    seed_file="001_ee7ea68983a09b71.txt",
    title="566 arrests in week of coordinated actions in Southern Europe",
    kind="press_release",
    year=2023,
    publisher="europol",
    note=(
        "The copy the register keeps carries no publication date; the year given is that of the operation it reports. "
        "The copy also lists the file names of eleven photos, which are not kept."
    ),
)

OPERATION = "jad-see-2023"

CYBER_PATROL = (
    "Europol release: officers from this jurisdiction carried out the cyber patrolling in their native language."
)

LISTED = (
    # "EU Member States: Austria, Bulgaria, Croatia, France, Germany, Greece, Hungary, Italy, Luxembourg,
    # Netherlands, Poland, Portugal, Romania, Slovenia, Spain and Sweden."
    Listed("austria"),
    Listed("bulgaria"),
    Listed("croatia"),
    Listed("france"),
    Listed("germany"),
    Listed("greece"),
    Listed("hungary"),
    Listed("italy"),
    Listed("luxembourg"),
    Listed(
        "netherlands",
        roles=("deployed-specialised-teams", "deployed-equipment"),
        note=(
            "Europol release: 'The Netherlands deployed two teams with special scanning equipment to border "
            "crossing points in Greece and Montenegro.'"
        ),
    ),
    Listed("poland"),
    Listed("portugal"),
    Listed("romania"),
    Listed("slovenia"),
    Listed(
        "spain",
        roles=("coordinator-of-operational-activities",),
        note="Europol release: 'Spain coordinated the operational activities'.",
    ),
    Listed("sweden"),
    # "Non-EU countries: Albania, Bosnia and Herzegovina, Kosovo*, Moldova, Montenegro, North Macedonia,
    # Serbia, Türkiye, Ukraine and United Kingdom."
    Listed("albania", roles=("cyber-patrolling",), note=CYBER_PATROL),
    Listed("bosnia-and-herzegovina", roles=("cyber-patrolling",), note=CYBER_PATROL),
    Listed("kosovo", roles=("cyber-patrolling",), note=CYBER_PATROL),
    Listed(
        "moldova",
        roles=("cyber-patrolling",),
        note=f"{CYBER_PATROL} The SEESAC news item does not name Moldova among the cyber patrolling officers.",
    ),
    Listed("montenegro", roles=("cyber-patrolling",), note=CYBER_PATROL),
    Listed(
        "north-macedonia",
        roles=("host-of-the-coordination-centre", "cyber-patrolling"),
        note=f"Europol release: the international coordination centre was set up in Skopje. {CYBER_PATROL}",
    ),
    Listed("serbia", roles=("cyber-patrolling",), note=CYBER_PATROL),
    Listed("turkiye"),
    Listed("ukraine", roles=("cyber-patrolling",), note=CYBER_PATROL),
    Listed("united-kingdom"),
    # "EU agencies: Europol, Eurojust and Frontex."
    Listed(
        "europol",
        roles=("coordinator-of-information-exchange", "deployed-experts"),
        note=(
            "Europol release: Europol coordinated the exchange of operational information, supported the "
            "operational coordination and deployed experts on the ground to provide real-time analytical "
            "support to field operatives."
        ),
    ),
    Listed("eurojust"),
    Listed(
        "frontex",
        roles=("deployed-experts", "deployed-equipment"),
        note="Europol release: 'Frontex deployed experts and equipment to the external borders.'",
    ),
    # "International and institutional partners: EUBAM, IPA/2019 (...), INTERPOL, PCC SEE (...), SEESAC (...),
    # SELEC (...), UNDP and UNODC."
    Listed("eubam"),
    Listed(
        "ipa2019",
        note=(
            "Europol release: 'IPA/2019 (EU co-funded projects: “EU Support to Strengthen the Fight against "
            "Migrant Smuggling and Trafficking in Human Beings in the Western Balkans” and “Countering serious "
            "crime in the Western Balkans)' – two projects listed as one partner (the closing quotation mark "
            "is missing in the release)."
        ),
    ),
    Listed("interpol"),
    Listed("pcc-see"),
    Listed("seesac", note="Europol release: listed as SEESAC, separately from UNDP."),
    Listed("selec"),
    Listed("undp"),
    Listed("unodc"),
)

PARTS_562 = "Part of the 566 arrests; the four crime areas add up to 562."
PARTS_307 = "Part of the 310 weapons; the ten types add up to 307."
DRUGS_READING = (
    "The release reads 'almost 300 kg cannabis, heroin and marijuana plants'. It can be read as almost "
    "300 kg of cannabis with heroin and marijuana plants not quantified, or as almost 300 kg for the three "
    "together (626 kg of cocaine plus almost 300 kg would make the 'almost a tonne'). Stored: cannabis almost "
    "300 kg; heroin and marijuana plants named without a figure."
)
NAMED_WITHOUT_FIGURE = "Named without a figure of its own: see the editor's note on cannabis."

FIGURES = (
    Figure(
        "participating-countries",
        26,
        "In total, 26 countries across Europe, supported by Europol, Eurojust, Frontex, INTERPOL and a number of "
        "international structures*, took part in these large-scale coordinated operational activities.",
        note="Also in the subtitle: 'Officers from 26 countries'. The lists name 16 EU and 10 non-EU countries.",
    ),
    Figure(
        "officers-involved",
        22000,
        "joint efforts by more than 22 000 officers from the participating authorities",
        qualifier="more_than",
    ),
    Figure("officers-involved", 22488, "22 488 officers involved"),
    Figure("investigations-initiated", 163, "163 investigations initiated"),
    Figure(
        "new-cases-opened",
        121,
        "The information exchange led to the opening of 121 new cases against criminal networks.",
    ),
    Figure(
        "entities-checked",
        290000,
        "Officers from 26 countries checked almost 290 000 entities",
        qualifier="almost",
        note="The subtitle's rounding of the 288 774 entities given in the results list.",
    ),
    Figure("entities-checked", 288774, "288 774 total entities checked"),
    Figure("entities-persons", 215273, "215 273 persons checked"),
    Figure("entities-vehicles", 67277, "67 277 vehicles checked"),
    Figure("entities-postal-items", 5225, "5 225 postal packages/parcels checked"),
    Figure("entities-premises", 999, "999 premises searched"),
    Figure(
        "illegal-entries-detected",
        2229,
        "2 229 illegal entries detected",
        note="Also in the subtitle: 'leading to the detection of 2 229 illegal entries'.",
    ),
    Figure(
        "arrests",
        566,
        "566 arrests (218 related to migrant smuggling, 186 related to drug trafficking, 69 related to firearms "
        "trafficking, 89 related to other crimes)",
        note=(
            "Also the headline: '566 arrests in week of coordinated actions in Southern Europe'. The four crime "
            "areas add up to 562, not 566; both are kept as published."
        ),
    ),
    Figure("arrests-migrant-smuggling", 218, "218 related to migrant smuggling", note=PARTS_562),
    Figure("arrests-drug-trafficking", 186, "186 related to drug trafficking", note=PARTS_562),
    Figure("arrests-firearms-trafficking", 69, "69 related to firearms trafficking", note=PARTS_562),
    Figure("arrests-other-crimes", 89, "89 related to other crimes", note=PARTS_562),
    Figure("forged-documents", 114, "114 forged documents identified"),
    Figure(
        "weapons-seized",
        310,
        "310 weapons (84 automatic weapons, 65 pistols, 59 rifles, 22 grenade launchers, 16 revolvers, "
        "7 carbine, 6 shotguns, 4 converted weapons, 2 air guns, other, 42 other)",
        note="The ten types add up to 307, not 310; both are kept as published.",
    ),
    Figure("weapons-automatic-weapons", 84, "84 automatic weapons", note=PARTS_307),
    Figure("weapons-pistols", 65, "65 pistols", note=PARTS_307),
    Figure("weapons-rifles", 59, "59 rifles", note=PARTS_307),
    Figure("weapons-grenade-launchers", 22, "22 grenade launchers", note=PARTS_307),
    Figure("weapons-revolvers", 16, "16 revolvers", note=PARTS_307),
    Figure("weapons-carbines", 7, "7 carbine", note=PARTS_307),
    Figure("weapons-shotguns", 6, "6 shotguns", note=PARTS_307),
    Figure("weapons-converted-weapons", 4, "4 converted weapons", note=PARTS_307),
    Figure("weapons-air-guns", 2, "2 air guns", note=PARTS_307),
    Figure(
        "weapons-other",
        42,
        "2 air guns, other, 42 other",
        note=(
            "The release literally reads '2 air guns, other, 42 other': a stray 'other' without a figure "
            f"before '42 other'. Stored as 42 other; the stray word may hide a lost figure. {PARTS_307}"
        ),
    ),
    Figure("ammunition-seized", 20206, "20 206 pieces of ammunition"),
    Figure(
        "drugs-seized",
        1000,
        "Almost a tonne of drugs including 626 kg of cocaine, almost 300 kg cannabis, heroin and marijuana plants",
        qualifier="almost",
        note="'Almost a tonne' stored as almost 1 000 kg.",
    ),
    Figure("drugs-cocaine", 626, "626 kg of cocaine"),
    Figure(
        "drugs-cannabis",
        300,
        "almost 300 kg cannabis, heroin and marijuana plants",
        qualifier="almost",
        note=DRUGS_READING,
    ),
    Figure("drugs-heroin", None, "almost 300 kg cannabis, heroin and marijuana plants", note=NAMED_WITHOUT_FIGURE),
    Figure(
        "drugs-marijuana-plants",
        None,
        "almost 300 kg cannabis, heroin and marijuana plants",
        note=NAMED_WITHOUT_FIGURE,
    ),
    Figure(
        "cyber-patrol-targets",
        120,
        "investigators identified 120 targets (accounts and/or individuals) related to the trafficking of "
        "firearms, 94 of which were on a messaging application, 11 on marketplaces and 10 on other clear "
        "websites and 5 on the dark web",
    ),
    Figure("cyber-targets-messaging-applications", 94, "94 of which were on a messaging application"),
    Figure("cyber-targets-marketplaces", 11, "11 on marketplaces"),
    Figure("cyber-targets-other-clear-websites", 10, "10 on other clear websites"),
    Figure("cyber-targets-dark-web", 5, "5 on the dark web"),
)

ACTIVITIES = ()
