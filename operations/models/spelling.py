"""How a name is written, and how near two writings of it are: "Северна Македонија", "Severna
Makedonija" and "severna makedonija" are one name folded; "Sjeverna Makedonija" is a close one.

`fold` writes a name the way it is compared: Cyrillic (Macedonian, Serbian, Bulgarian) in Latin
script, without accents (č is c, đ is dj), in lower case, with punctuation and runs of spaces as
one space. Two names that fold alike are the same name; `ranked` orders the others by how near
they come to it once folded.
"""

import difflib
import re
import unicodedata
from functools import lru_cache

import cyrtranslit

CYRILLIC = re.compile("[\u0400-\u04ff]")
# Macedonian first (Ѓ, Ќ, Ѕ), then Serbian (Ђ, Ћ), then Bulgarian (Щ, Ъ): each leaves the letters
# it does not know for the next.
CYRILLIC_LANGUAGES = ("mk", "sr", "bg")
# Letters that Unicode does not take apart into a letter and an accent, written as the region
# writes them without diacritics ("Djordje" for "Đorđe", "Gjorgji" for "Ǵorǵi").
PLAIN_LETTERS = str.maketrans(
    {
        "đ": "dj",
        "Đ": "Dj",
        "ǵ": "gj",
        "Ǵ": "Gj",
        "ḱ": "kj",
        "Ḱ": "Kj",
        "ß": "ss",
        "ø": "o",
        "Ø": "O",
        "ł": "l",
        "Ł": "L",
        "æ": "ae",
        "Æ": "Ae",
        "œ": "oe",
        "Œ": "Oe",
        "ı": "i",
    }
)
SEPARATORS = re.compile(r"[\W_]+")
CUTOFF = 0.6  # difflib's: below it, a name is too far to suggest
# A name whose words are all among a longer name's ("Bosnia", "Bosnia and Herzegovina") is
# suggested even when the longer name is mostly other letters.
WORDS_INCLUDED = 0.7


def to_latin(text):
    """Cyrillic letters in Latin script: "Северна Македонија" is "Severna Makedonija"."""
    for language in CYRILLIC_LANGUAGES:
        text = cyrtranslit.to_latin(text, language)
    return text


@lru_cache(maxsize=65536)
def fold(text):
    """`text` as names are compared: "Sjeverna  Makedonija!" is "sjeverna makedonija", "Đakovica"
    is "djakovica", "Северна Македонија" is "severna makedonija". Blank for punctuation alone."""
    if CYRILLIC.search(text):
        text = to_latin(text)
    text = unicodedata.normalize("NFC", text).translate(PLAIN_LETTERS)
    text = "".join(char for char in unicodedata.normalize("NFKD", text) if not unicodedata.combining(char))
    return SEPARATORS.sub(" ", text.casefold()).strip()


def nearness(folded, other):
    """How near two folded names are, from 0 to 1."""
    matcher = difflib.SequenceMatcher(None, other, folded)
    score = matcher.ratio()
    words, other_words = set(folded.split()), set(other.split())
    if words and other_words and (words <= other_words or other_words <= words):
        score = max(score, WORDS_INCLUDED)
    return score


def ranked(value, candidates, n=3, cutoff=CUTOFF):
    """The candidates nearest to `value` once folded, best first, at most `n`, as (name, owner).

    `candidates` maps each name to what it names; an owner is suggested once, by its nearest name
    ("Serbia", not also its code "SRB"). Equally near names keep the candidates' order.
    """
    folded = fold(value)
    scored = []
    for position, (name, owner) in enumerate(candidates.items()):
        other = fold(name)
        if other:
            score = 1.0 if other == folded else nearness(folded, other)
            if score >= cutoff:
                scored.append((-score, position, name, owner))
    suggestions, owners = [], []
    for _score, _position, name, owner in sorted(scored, key=lambda item: item[:2]):
        if owner not in owners:
            owners.append(owner)
            suggestions.append((name, owner))
    return suggestions[:n]
