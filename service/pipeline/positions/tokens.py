"""One flat view of the document's tokens, and the word sets the rules share.

The rules look a few tokens left and right of a cue, often across a sentence or paragraph
boundary, so they read one token list with sentence and paragraph lookups per token rather
than the Document's nested sentences; the word sets used by more than one module live here,
below them all, so that no rule module has to import another's vocabulary.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable

from service.pipeline.document import Document, Token
from service.pipeline.lexicon import KIN, PERSON_NOUNS, ROLE_HEADS
from service.pipeline.results import Span

NP_TAGS = frozenset({"DT", "NNP", "NNPS", "NN", "NNS", "JJ", "JJR", "JJS", "POS", "PRP$", "CD", "FW"})
NOUN_TAGS = frozenset({"NNP", "NNPS", "NN", "NNS", "FW"})
NP_PREPS = frozenset({"of", "from", "to", "for", "at", "in", "with", "on", "outside", "near"})
AUX = frozenset({"has", "have", "had", "'s", "’s"})
BE = frozenset({"is", "are", "was", "were", "be", "been", "being", "am", "'s", "’s", "'re", "’re", "get", "got"})
PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you"})
DASHES = frozenset({"--", "—", "–"})
# Marks that open a quote as tokens ("“We regret ...", '"We regret', the tagger's ``)
OPENING_MARKS = frozenset({"“", '"', "‘", "'", "``"})
_PLAYING_POSITIONS = frozenset({"center", "centre", "guard", "forward", "tackle"})
_ACRONYM_LOOKALIKES = frozenset({"who", "it", "us", "which", "that", "what"})
QUANTITIES = frozenset(
    "one two three four five six seven eight nine ten some many most all none few several half third quarter"
    " majority minority each both either neither another percent %".split()
)
# Words that approximate a count or share: "About 6 in 10", "more than half", "Nearly 40".
APPROXIMATORS = frozenset("than more less fewer about nearly almost roughly around over only just some least".split())
POLLED = frozenset({"surveyed", "polled", "interviewed", "questioned", "sampled", "asked", "contacted"})
MONTHS = frozenset("january february march april may june july august september october november december".split())
WEEKDAYS = frozenset(
    {
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "today",
        "yesterday",
        "tonight",
        "earlier",
        "later",
        "afterward",
        "afterwards",
        "again",
        "also",
        "then",
        "repeatedly",
        "publicly",
        "privately",
        "recently",
        "previously",
        "separately",
        "once",
        "twice",
        "morning",
        "evening",
        "afternoon",
        "night",
        "week",
        "month",
        "year",
        "weekend",
    }
)
TIME_LEADS = frozenset(
    {
        "on",
        "last",
        "this",
        "next",
        "earlier",
        "late",
        "early",
        "in",
        "at",
        "after",
        "before",
        "during",
        "following",
        "while",
        "when",
        "from",
        "via",
        "through",
    }
)
TIME_NOUNS = frozenset({"week", "month", "year", "day", "night", "morning", "afternoon", "evening", "weekend"})
SUBORDINATORS = frozenset(
    {
        "if",
        "when",
        "as",
        "while",
        "although",
        "though",
        "because",
        "once",
        "unless",
        "after",
        "before",
        "since",
        "whether",
        "until",
        "even",
    }
)

# Words after a source's head noun that keep the source phrase going: "a source close to
# the campaign", "people familiar with the matter", "officials briefed on the talks".
SOURCE_POSTMODIFIERS = frozenset(
    {"close", "closest", "familiar", "briefed", "knowledgeable", "loyal", "allied", "aligned", "sympathetic",
     "involved", "connected", "linked", "affiliated", "opposed", "friendly", "speaking"}
)  # fmt: skip

YEAR = re.compile(r"(?:1[89]|20)\d\d")
GROUP_HEADS = frozenset(
    {
        "source",
        "sources",
        "official",
        "officials",
        "diplomat",
        "diplomats",
        "analyst",
        "analysts",
        "expert",
        "experts",
        "critics",
        "critic",
        "members",
        "member",
        "allies",
        "observers",
        "people",
        "residents",
        "witnesses",
        "others",
        "some",
        "many",
        "leaders",
        "ministers",
        "lawmakers",
        "aides",
        "aide",
        "insiders",
        "investigators",
        "police",
        "authorities",
        "activists",
        "campaigners",
        "protesters",
        "voters",
    }
)
EVIDENCE_HEADS = frozenset({"poll", "polls", "survey", "surveys", "study", "studies"})  # "in the same poll"
# Sources that "find" or "show" a bare object ("A June poll found Trump receiving 20 percent", "The new
# poll shows Trump far ahead", where the tagger may read "shows" as a plural noun).
EVIDENCE_SOURCES = EVIDENCE_HEADS | frozenset(
    "report reports records data analysis documents filings figures numbers results paper review audit census"
    " estimates polling research average tally count".split()
)
POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}
# Heads of a description of a person: a role, a person noun or kin ("the spokesman", "a witness", "his mother").
PERSON_HEADS = ROLE_HEADS | PERSON_NOUNS | KIN
POSSESSIVE_MARKS = frozenset({"’s", "'s", "’", "'"})  # as the tokenizer splits "Russia’s", "Jones' "


_FINITE_BE = BE - {"be", "been", "being", "get", "got"}  # not "said that being American is an idea"


def that_is_a_subject(flat: FlatTokens, k: int) -> bool:
    """Is the "that" at ``k`` a demonstrative subject ("said that was untrue", "that would not be
    enough", "that's why")? No conjunction is followed by its verb; only a be-verb, an auxiliary or a
    modal counts, since other "verbs" there are often plural nouns the tagger misreads ("said that
    delegates should flip")."""
    return flat.lower(k) == "that" and (flat.lower(k + 1) in _FINITE_BE | AUX or flat.tag(k + 1) == "MD")


def _false_split(first_word: str) -> bool:
    """A sentence that cannot start a sentence: a lower-case word or a closing bracket."""
    return first_word[:1].islower() or first_word in (")", "]")


class FlatTokens:
    """The document's tokens as one list, with sentence and paragraph lookups per token."""

    def __init__(self, doc: Document) -> None:
        self.text = doc.text
        self.tokens: list[Token] = []
        self.sent: list[int] = []  # sentence index (position in doc.sentences) per token
        self.para: list[int] = []  # paragraph ordinal (0, 1, 2 ... in document order) per token
        self.sent_range: list[tuple[int, int]] = []
        self.is_title: list[bool] = []
        self.doc_sentence: list[int] = []  # the document's sentence index per token
        ordinal, last_para = -1, None
        for s in doc.sentences:
            if not s.tokens:
                continue
            new_para = s.paragraph != last_para
            if new_para:
                ordinal, last_para = ordinal + 1, s.paragraph
            first = len(self.tokens)
            self.tokens.extend(s.tokens)
            self.doc_sentence.extend([s.index] * len(s.tokens))
            self.para.extend([ordinal] * len(s.tokens))
            if not new_para and self.sent_range and _false_split(s.tokens[0].text) and not s.is_title:
                # "Roger Wicker (R-Miss.) | said he ...": the splitter stopped after an
                # abbreviation; the clause runs on, so the two parts are one sentence here
                self.sent.extend([len(self.sent_range) - 1] * len(s.tokens))
                self.sent_range[-1] = (self.sent_range[-1][0], len(self.tokens) - 1)
                continue
            self.sent.extend([len(self.sent_range)] * len(s.tokens))
            self.sent_range.append((first, len(self.tokens) - 1))
            self.is_title.append(s.is_title)
        self.para_bounds: list[tuple[int, int]] = []
        for i in range(len(self.tokens)):
            if i == 0 or self.para[i] != self.para[i - 1]:
                self.para_bounds.append((i, i))
            else:
                self.para_bounds[-1] = (self.para_bounds[-1][0], i)
        self.starts = [t.start for t in self.tokens]
        self.lows = [t.text.lower() for t in self.tokens]
        self._where: dict[str, list[int]] | None = None  # lower-case form -> its tokens, built on first use
        self.tags = [t.tag for t in self.tokens]  # the tagger's, except names (see read_as_names)
        for i, tok in enumerate(self.tokens):
            if self.lows[i] in _ACRONYM_LOOKALIKES and tok.text.isupper() and not self.is_title[self.sent[i]]:
                # "the WHO said", "IT staff": an acronym spelled like a pronoun is a name, not "who"
                self.lows[i], self.tags[i] = tok.text, "NNP"
            elif self.lows[i] == "think" and self.lower(i + 1) in ("tank", "tanks"):
                self.tags[i] = "NN"  # "the Institute for Fiscal Studies think tank said": a body, not a belief
            elif self.lows[i] == "works" and self.lower(i + 1) in ("council", "councils"):
                self.tags[i] = "NN"  # "works council head Petra Vogelsang said": the staff's council, no verb
            elif (
                self.lows[i] in _PLAYING_POSITIONS
                and self.tags[i].startswith("VB")
                and 0 < i < len(self.tokens) - 2
                and self.tokens[i - 1].text[:1].isupper()
                and self.lows[i - 1].endswith("s")
                and all(self.tokens[t].text[:1].isupper() and self.tags[t] == "NNP" for t in (i + 1, i + 2))
            ):
                self.tags[i] = "NN"  # "Nuggets center Nikola Jokic": where he plays, not a verb
        self.half: set[int] = set()  # first halves of two-token marks ('' as NYT writes quotes)

    def token_at(self, offset: int) -> int:
        """Index of the token starting at or before char ``offset`` (0 when none)."""
        return max(bisect.bisect_right(self.starts, offset) - 1, 0)

    def __len__(self) -> int:
        return len(self.tokens)

    def lower(self, i: int) -> str:
        return self.lows[i] if 0 <= i < len(self.lows) else ""

    def occurrences_before(self, word: str, i: int) -> list[int]:
        """The tokens before ``i`` whose lower-case form is ``word``, latest first: a look back for an earlier use
        of a description's noun that costs its matches, not the text's length."""
        if self._where is None:
            self._where = {}
            for k, low in enumerate(self.lows):
                self._where.setdefault(low, []).append(k)
        found = self._where.get(word, [])
        return found[: bisect.bisect_left(found, i)][::-1]

    def tag(self, i: int) -> str:
        return self.tags[i] if 0 <= i < len(self.tags) else ""

    def read_as_names(self, spans: Iterable[tuple[int, int]], exempt: Callable[[str], bool]) -> None:
        """Capitalised words inside the char ``spans`` of names the actor finder found are proper
        nouns, whatever the tagger read ("Ebeling" as a gerund, "Day" as a common noun, "Reeves" as a
        verb): the source and subject searches go by tags. A span holding a word for which ``exempt``
        is true (a cue word: "Sanders Blasts Clinton" read as one name in a headline) is left as
        tagged."""
        for start, end in spans:
            inside = [
                i
                for i in range(self.token_at(start), bisect.bisect_left(self.starts, end))
                if self.tokens[i].start >= start
            ]
            if any(exempt(self.lows[i]) for i in inside):
                continue  # "Sanders Blasts Clinton" taken for a name in a headline: no name to trust
            for i in inside:
                if self.tokens[i].text[:1].isupper() and not self.tags[i].startswith("NNP"):
                    self.tags[i] = "NNP"

    def char_before(self, i: int) -> str:
        start = self.tokens[i].start
        return self.text[start - 1] if start > 0 else "\n"

    def char_after(self, i: int) -> str:
        end = self.tokens[i].end
        return self.text[end] if end < len(self.text) else "\n"

    def para_range(self, i: int) -> tuple[int, int]:
        """First and last token of the paragraph holding token ``i``."""
        return self.para_bounds[self.para[i]]

    def headline(self, sent: int) -> bool:
        """A headline: flagged as the title, or most of its longer words capitalised."""
        if self.is_title[sent]:
            return True
        first, last = self.sent_range[sent]
        longer = [self.tokens[k].text for k in range(first, last + 1) if len(self.tokens[k].text) > 3]
        return len(longer) >= 3 and sum(w[:1].isupper() for w in longer) >= 0.75 * len(longer)


def span_of(flat: FlatTokens, first: int, last: int) -> Span:
    start, end = flat.tokens[first].start, flat.tokens[last].end
    return Span(start, end, flat.text[start:end])
