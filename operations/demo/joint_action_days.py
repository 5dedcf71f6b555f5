"""The EMPACT JAD South East Europe series and the two operations the seed documents report."""

from .records import CentreRecord, OperationRecord, SeriesRecord

SERIES = SeriesRecord(
    name="EMPACT JAD South East Europe",
    short_name="JAD SEE",
    description=(
        "EMPACT Joint Action Days South East Europe: week-long, intelligence-led operations in which "
        "police, customs, border guards and immigration services of many countries act at once from a "
        "common coordination centre, against firearms trafficking, drug trafficking, migrant smuggling, "
        "trafficking in human beings and high-risk criminal networks in South East Europe."
    ),
)

TARGETED = (
    "firearms-trafficking",
    "drug-trafficking",
    "migrant-smuggling",
    "trafficking-in-human-beings",
    "high-risk-criminal-networks",
)

JAD_SEE_2023 = OperationRecord(
    name="EMPACT Joint Action Days South East Europe 2023",
    short_name="JAD SEE 2023",
    edition="2023",
    when="2023-11-13/2023-11-18",
    crime_areas=TARGETED,
    centres=(
        CentreRecord(
            "Skopje",
            "north-macedonia",
            note=(
                "An international coordination centre where officers representing the participating "
                "authorities were present; the coordinated cyber patrolling was also run through it "
                "(Europol release)."
            ),
        ),
    ),
    description=(
        "Intelligence-led Joint Action Days from 13 to 18 November 2023, with intensified checks at the "
        "EU's external borders and special operations in the countries involved. Spain coordinated the "
        "operational activities; Europol coordinated the exchange of operational information and "
        "supported the operational coordination. A coordinated cyber patrolling ran during the "
        "operational phase, monitoring the clear and dark web, messaging applications, marketplaces and "
        "social media for illicit firearms trafficking. "
        "The Europol release and the SEESAC news item both count 26 participating countries, which matches "
        "the release's lists (16 EU Member States and 10 non-EU countries)."
    ),
)

JAD_SEE_2024 = OperationRecord(
    name="EMPACT Joint Action Days South East Europe 2024",
    short_name="JAD SEE 2024",
    edition="2024",
    when="2024",
    motto="Uniting Forces Against Organised Crime",
    crime_areas=TARGETED,
    centres=(
        CentreRecord(
            "Sarajevo",
            "bosnia-and-herzegovina",
            note=(
                "The press release names only the city; the host country is Bosnia and Herzegovina, where "
                "Sarajevo lies. The EU4FAST project supported the set-up of the coordination centre."
            ),
        ),
    ),
    description=(
        "None of the source documents dates JAD SEE 2024: only the year is known, stored as 2024 with year "
        "precision (1 January 2024 by convention, not a real start date). "
        "Checks covered the physical and the online world, including the clear web, the dark web and "
        "social media platforms; the cyber patrols involved prosecutors from different jurisdictions as "
        "well as law enforcement authorities. Participating countries and agencies deployed special "
        "detection units, canine units, experts in the detection of concealment methods and document "
        "fraud experts. "
        "The press release speaks of 26 countries, but its lists name 25 (16 EU Member States and 9 "
        "third-party countries); both are kept as published."
    ),
)

OPERATIONS = (JAD_SEE_2023, JAD_SEE_2024)
