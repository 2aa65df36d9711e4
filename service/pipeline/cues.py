"""The cue lexicon: which words introduce a statement, in every inflected form.

Speech and stance verbs are a small closed class, so a hand-written list beats any
statistical guess. The list lives in ``data/cues.tsv`` (one cue a line, with its family,
whether it needs a clause marker, whether it takes a "to"-complement and on which side its
source stands), so it can be extended and measured family by family without touching code.
It is read once per process; each lemma is expanded into its forms then, and lookups at
request time are one dict access.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources

_DATA = "cues.tsv"
# nouns that report a stance ("Smith's criticism of", "his claim that"): kept apart from the
# verb tables, since their source is a possessor, not a subject
NOUN_FAMILY = "noun"
_VOWELS = "aeiou"
# admit -> admitted: the stems whose final consonant doubles (stressed final syllable)
_DOUBLING = frozenset({"admit", "commit", "submit", "omit", "regret", "allot", "abet", "compel", "rebut"})


def inflections(lemma: str) -> tuple[str, ...]:
    """All forms of a regular English verb: base, -s, -ed, -ing (consonant doubling for CVC stems)."""
    if lemma.endswith("e"):
        return lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing"
    if lemma.endswith("y") and lemma[-2:-1] not in _VOWELS:
        return lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"
    third = lemma + "es" if lemma.endswith(("s", "sh", "ch", "x", "z")) else lemma + "s"
    if lemma in _DOUBLING:
        return lemma, third, lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"
    return lemma, third, lemma + "ed", lemma + "ing"


@dataclass(frozen=True, slots=True)
class CueEntry:
    """One cue: its lemma as listed ("say", "call for", "according to") and how it behaves.

    ``rest`` holds the words after the first of a phrase ("for" in "called for"), matched
    as written; ``weak`` cues need a clause marker or a quote; ``infinitive`` cues take a
    "to"-complement as content; ``source_after`` cues name their source after themselves.
    """

    lemma: str
    family: str
    weak: bool
    infinitive: bool = False
    source_after: bool = False
    rest: tuple[str, ...] = ()


@functools.cache
def _rows() -> tuple[tuple[CueEntry, tuple[str, ...]], ...]:
    """The data file as (entry, forms of its first word), read once per process."""
    text = resources.files("service.pipeline").joinpath("data", _DATA).read_text(encoding="utf-8")
    rows: list[tuple[CueEntry, tuple[str, ...]]] = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        cue, family, strength, infinitive, source = cells[:5]
        listed = cells[5].strip() if len(cells) > 5 else ""
        words = cue.split()
        forms = tuple(f.strip() for f in listed.split(",")) if listed else inflections(words[0])
        entry = CueEntry(cue, family, strength == "weak", infinitive == "yes", source == "after", tuple(words[1:]))
        rows.append((entry, forms))
    return tuple(rows)


def cue_families() -> tuple[str, ...]:
    """The families named in the data file, in file order."""
    return tuple(dict.fromkeys(entry.family for entry, _forms in _rows()))


class CueLexicon:
    """Maps lower-cased word forms to cue entries; built once per process.

    A form may start several entries: the phrases ("called for", "told reporters") are
    tried longest first, then the single word ("called").
    """

    def __init__(self, exclude_families: Iterable[str] = ()) -> None:
        excluded = frozenset(exclude_families)
        self._forms: dict[str, CueEntry] = {}
        self._phrases: dict[str, list[CueEntry]] = {}
        self._nouns: dict[str, list[CueEntry]] = {}
        for entry, forms in _rows():
            if entry.family in excluded:
                continue
            if entry.family == NOUN_FAMILY:
                for form in forms:
                    self._nouns.setdefault(form, []).append(entry)
                continue
            for form in forms:
                if entry.rest:
                    self._phrases.setdefault(form, []).append(entry)
                else:
                    self._forms.setdefault(form, entry)
        self._noun_forms = frozenset(self._nouns)
        for entries in [*self._phrases.values(), *self._nouns.values()]:
            entries.sort(key=lambda e: -len(e.rest))
        # one dict probe per token at request time: lower-cased form -> (phrases, single-word entry)
        self._table: dict[str, tuple[tuple[CueEntry, ...], CueEntry | None]] = {
            form: (tuple(self._phrases.get(form, ())), self._forms.get(form))
            for form in self._forms.keys() | self._phrases.keys()
        }

    def lookup(self, low: str) -> tuple[tuple[CueEntry, ...], CueEntry | None] | None:
        """Phrases starting with, and the single-word entry of, an already lower-cased word."""
        return self._table.get(low)

    def noun_forms(self) -> frozenset[str]:
        """Every lower-cased form that starts a noun cue (a set probe per token is the cheap filter)."""
        return self._noun_forms

    def nouns(self, low: str) -> list[CueEntry]:
        """Noun cues ("criticism of", "claim that") whose noun is the lower-cased ``low``, longest first."""
        return self._nouns.get(low, [])

    def get(self, word: str) -> CueEntry | None:
        """The single-word cue entry for ``word`` (any case), or None when it is not a cue form."""
        return self._forms.get(word.lower())

    def phrases(self, word: str) -> list[CueEntry]:
        """Phrase cues whose first word is ``word`` (any case), longest first."""
        return self._phrases.get(word.lower(), [])

    def __contains__(self, word: str) -> bool:
        low = word.lower()
        return low in self._forms or low in self._phrases

    def __len__(self) -> int:
        return len(self._forms)

    def lemmas(self) -> frozenset[str]:
        """Every cue listed (single words and phrases)."""
        return frozenset(e.lemma for e in self._forms.values()) | frozenset(
            e.lemma for entries in self._phrases.values() for e in entries
        )
