"""What one token is, for the actor finder: its spelling (capitals, hyphens, initials, small scores), the key
that compares surface forms, and the closed classes of punctuation and function words that several passes
test it against. Every other module of the package reads these; they read nothing of the package.
"""

from __future__ import annotations

from functools import lru_cache

from service.pipeline import lexicon as lx
from service.pipeline.document import Token

OPENERS = frozenset({"“", '"', "‘", "'", "``", "`", "(", "[", "«", "„", "-", "–", "—", ":"})
_HYPHENS = "-‐–"
APPOSITION_STOPS = frozenset({",", ".", "(", ")", ";", ":", "“", "”", '"', "!", "?", "–", "—"})
LOCATION_PREPOSITIONS = frozenset(
    {"in", "at", "near", "from", "into", "across", "outside", "inside", "toward", "towards"}
)
POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
NOT_METONYM_BEFORE = LOCATION_PREPOSITIONS | frozenset({"to", "of", "via", "around", "over", "between", "through"})
DETERMINERS = frozenset({"the", "a", "an"})
ROMAN_NUMERALS = frozenset({"II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "XIII", "XIV", "XV", "XVI"})
#: Suffixes written after a surname ("Martin Luther King Jr.", "Nadia Quirke KC"), without the period.
_NAME_SUFFIXES = frozenset({"jr", "sr", "jnr", "snr", "kc", "qc"})  # and counsel's "KC", "QC"


def is_score(text: str) -> bool:
    return text.isdigit() and len(text) <= 3


def acronym_shaped(text: str) -> bool:
    """ "PSV", "AZ", "VfB": two to four letters, at least two of them capitals."""
    return 2 <= len(text) <= 4 and text.isalpha() and sum(ch.isupper() for ch in text) >= 2


@lru_cache(maxsize=65536)
def norm(text: str) -> str:
    """Key for comparing surface forms: case, dots, hyphens, apostrophes and -isation spelling ignored."""
    key = text.casefold()
    if not key.isalnum():
        key = key.replace(".", "").replace("’", "").replace("'", "")
        for h in _HYPHENS:
            key = key.replace(h, "")
        key = " ".join(key.split())
    return key.replace("isation", "ization") if "isation" in key else key


def has_hyphen(text: str) -> bool:
    return not text.isalnum() and ("-" in text or "‐" in text or "–" in text)


def is_capitalised(text: str) -> bool:
    return bool(text) and text[0].isupper()


def is_all_caps(text: str) -> bool:
    return len(text) > 1 and text.isupper()


def is_initial(text: str) -> bool:
    """A middle initial as the tokenizer keeps it: "T." in "Peter T. King"."""
    return len(text) == 2 and text[0].isupper() and text[1] == "."


def is_name_suffix(text: str) -> bool:
    """A generational suffix that ends a personal name ("Jr.", "Sr", "III") rather than starting a new word."""
    return text.rstrip(".").casefold() in _NAME_SUFFIXES or text in ROMAN_NUMERALS


def word_form(token: Token) -> str:
    """The token as a name would be written: ALL-CAPS headline words become Title Case."""
    text = token.text
    if is_all_caps(text) and text.replace(".", "") not in lx.ACRONYMS:
        return text.title()
    return text


def modifies_a_noun(after: Token | None) -> bool:
    """Is the word before ``after`` a modifier of the lower-case noun ``after`` ("AI developer", "Park rangers")?"""
    return after is not None and after.text[:1].islower() and after.tag in ("NN", "NNS")
