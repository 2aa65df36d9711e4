"""What every layer of the frame reader stands on: the Frame it produces and the article it reads.

The frame reader is split by what it looks for, each layer a subclass of the one below it
(noun_chunks, source_search, content_bounds, special_frames, then frames' FrameReader); this bottom
layer holds their shared state (the flat tokens, the quotes by their marks, the cues by their first
token) and the few lookups all of them use, so that no layer has to reach up for them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from service.pipeline.document import FINITE_TAGS
from service.pipeline.positions.cue_finder import Cue
from service.pipeline.positions.quotes import Quote
from service.pipeline.positions.tokens import (
    MONTHS,
    NP_TAGS,
    POSSESSIVE_MARKS,
    PRONOUNS,
    TIME_NOUNS,
    WEEKDAYS,
    FlatTokens,
)

SKIP_BEFORE_CUE = frozenset(
    {
        "itself",  # "Ford itself said"
        "himself",
        "herself",
        "themselves",
        "also",
        "meanwhile",
        "later",
        "then",
        "again",
        "previously",
        "repeatedly",
        "reportedly",
        "once",
        "has",
        "have",
        "had",
        "will",
        "would",
        "could",
        "may",
        "might",
        "did",
        "does",
        "do",
        "not",
        "never",
        "recently",
        "earlier",
        "publicly",
        "privately",
        "separately",
        "further",
        "still",
        "already",
        "often",
        "just",
        "first",
        "last",
        "now",
        "today",
        "yesterday",
        "even",
        "indeed",
        "clearly",
        "overall",  # "58 percent of voters overall said"
        "alike",
        "too",
    }
)


@dataclass(slots=True)
class Frame:
    """One attribution before it becomes a Position: token ranges, all inclusive."""

    cue: Cue
    subject: tuple[int, int]
    content: tuple[int, int]
    appositive: bool = False
    relative: int | None = None  # the "who" of "Name, who said ...": the source as written


FINITE = FINITE_TAGS  # the finite verbs the frame readers read clauses by


class ClauseView:
    """The article as the frame reader sees it (tokens, quotes by their marks, cues by their
    first token) and the lookups every layer of the reader shares."""

    def __init__(self, flat: FlatTokens, by_open: dict[int, Quote], by_close: dict[int, Quote], cues: Sequence[Cue]):
        self.flat = flat
        self.by_open = by_open
        self.by_close = by_close
        self.cue_starts = sorted(c.first for c in cues)
        self.cue_at = {c.first: c for c in cues}

    def _skip_back(self, j: int, floor: int, tags: tuple[str, ...] = ("RB",)) -> int:
        """Back from ``j`` past words that may stand between a source and its cue ("also",
        "has", "reportedly") and tokens tagged ``tags``, going no lower than ``floor``: the first
        token not skipped, or ``floor - 1`` when everything down to ``floor`` was."""
        flat = self.flat
        while j >= floor and (flat.lower(j) in SKIP_BEFORE_CUE or flat.tag(j) in tags):
            j -= 1
        return j

    def _quote_opening_at(self, k: int) -> Quote | None:
        """The quote whose opening mark is token ``k``; an NYT '' mark is two tokens from ``k``,
        and the quote is indexed at the second."""
        return self.by_open.get(k + 1 if k in self.flat.half else k)

    def _clause_at(self, k: int, s_last: int) -> bool:
        """A clause without "that": a subject noun phrase, then a finite verb ("the plan will
        fail", "he is right"); an object followed by anything else is not one."""
        flat = self.flat
        if not (flat.tag(k) in NP_TAGS or flat.tag(k) in ("PRP", "EX")):
            return False
        if flat.tag(k) == "PRP" and flat.lower(k) not in PRONOUNS:
            return False  # "him", "them": an object
        for t in range(k + 1, min(s_last, k + 8) + 1):
            tag = flat.tag(t)
            if tag in ("VBD", "VBZ", "VBP", "MD"):
                return True
            if tag == "VB" and flat.tag(t - 1) in ("NNS", "RB") and flat.lower(t - 1) != "to":
                return True  # "union voters almost always end up": a present tense read as VB
            if not (tag in NP_TAGS or tag in ("IN", "RB", "CC") or flat.lower(t) in POSSESSIVE_MARKS):
                return False
        return False

    def _has_finite_verb(self, first: int, last: int) -> bool:
        return any(self.flat.tag(t) in FINITE or self._past_after_a_pronoun(t) for t in range(first, last + 1))

    def _past_after_a_pronoun(self, t: int) -> bool:
        """A participle right after a subject pronoun, across adverbs and a quote mark, is a simple past the tagger
        misread inside a quoted fragment: 'said it “deeply regretted” the spills' (regretted VBN)."""
        flat = self.flat
        if flat.tag(t) != "VBN":
            return False
        k = t - 1
        while k >= 0 and (flat.tag(k) in ("RB", "``", "''") or k in flat.half):
            k -= 1
        return k >= 0 and flat.tag(k) == "PRP" and flat.lower(k) in PRONOUNS

    def _time_word(self, k: int) -> bool:
        """A day, a month or a time noun ("Wednesday", "March", "night")."""
        low = self.flat.lower(k)
        return low in WEEKDAYS or low in MONTHS or low in TIME_NOUNS
