"""Names compared once folded: accents, case, punctuation and spaces, and Cyrillic script make no
difference; close spellings are ranked for suggestions."""

import pytest

from operations.models.spelling import fold, ranked, to_latin

NORTH_MACEDONIA = "MK"


@pytest.mark.parametrize(
    ("written", "folded"),
    [
        ("North Macedonia", "north macedonia"),
        ("Severna Makedonija", "severna makedonija"),  # the regional name, Latin script
        ("Северна Македонија", "severna makedonija"),  # the same, Cyrillic script
        ("MK", "mk"),  # the code
        ("  Severna   MAKEDONIJA! ", "severna makedonija"),
        ("Kosovo*", "kosovo"),
        ("Čačak", "cacak"),
        ("Đakovica", "djakovica"),
        ("Ђаковица", "djakovica"),
        ("Ǵorǵi", "gjorgji"),  # Macedonian Latin
        ("Ѓорѓи", "gjorgji"),  # Macedonian Cyrillic
        ("Ministarstvo unutrašnjih poslova", "ministarstvo unutrasnjih poslova"),
        ("Министарство унутрашњих послова", "ministarstvo unutrasnjih poslova"),
        ("Türkiye", "turkiye"),
        ("more_than", "more than"),
        ("jad-see-2023", "jad see 2023"),
        ("%", ""),
    ],
)
def test_fold(written, folded):
    assert fold(written) == folded


def test_the_four_spellings_of_north_macedonia_and_a_close_fifth():
    names = {
        "North Macedonia": NORTH_MACEDONIA,
        "Severna Makedonija": NORTH_MACEDONIA,
        "MK": NORTH_MACEDONIA,
        "Serbia": "RS",
        "Montenegro": "ME",
    }
    # The Cyrillic spelling is the regional name, exactly, once folded.
    assert ranked("Северна Македонија", names)[0] == ("Severna Makedonija", NORTH_MACEDONIA)
    assert fold("Северна Македонија") == fold("Severna Makedonija")
    assert ranked("mk", names) == [("MK", NORTH_MACEDONIA)]
    # The ijekavian spelling is not the same name: it is the closest.
    assert fold("Sjeverna Makedonija") != fold("Severna Makedonija")
    assert ranked("Sjeverna Makedonija", names) == [("Severna Makedonija", NORTH_MACEDONIA)]


def test_ranked_suggests_each_owner_once_by_its_nearest_name_best_first():
    names = {"Serbia": "RS", "SRB": "RS", "Srbija": "RS", "Serbian MoI": "moi", "Spain": "ES"}

    assert ranked("Serbiaa", names) == [("Serbia", "RS"), ("Serbian MoI", "moi")]


def test_ranked_suggests_a_longer_name_that_has_every_word():
    names = {"Bosnia and Herzegovina": "BA", "Botswana": "BW"}

    assert ranked("Bosnia", names) == [("Bosnia and Herzegovina", "BA")]
    assert ranked("Herzegovina Bosnia", names)[0] == ("Bosnia and Herzegovina", "BA")


def test_ranked_suggests_nothing_far():
    assert ranked("Europol", {"Serbia": "RS", "Spain": "ES"}) == []


def test_to_latin_leaves_latin_text_alone():
    assert to_latin("Niš, Ниш") == "Niš, Niš"
