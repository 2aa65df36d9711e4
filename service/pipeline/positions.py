"""Stated positions: who said what, found with rules over the tagged tokens.

News attribution is formulaic — a cue verb ("said", "told", "warned"), a source noun
phrase next to it, and the content on the other side, often in quote marks — so a few
readable rules over the already tagged tokens reach most of it without a parser.

Pieces, each small and testable:

* :class:`QuoteFinder` pairs quote marks into :class:`Quote` spans (curly, straight,
  single quotes inside one sentence), capped at the paragraph end when copy is badly
  edited, linked across paragraphs when the newswire convention is used.
* :class:`CueFinder` finds cue verbs (with their auxiliaries: "has said") and
  "according to", outside quoted text, skipping passives and infinitives.
* :class:`SpeakerResolver` turns the source words into a :class:`Speaker`: actor
  mentions, names, roles ("the secretary general"), pronouns, unnamed groups.
* :class:`PositionFinder` decides, per cue, on which side the content lies
  (preposed "X said that ...", postposed "..., X said", parenthetical
  "If ..., he said, the alliance ...", inverted "..., said Mr X") and attributes
  stand-alone quote paragraphs to the speaker of the quote just before.

Policy on pronouns: a position whose speaker is a pronoun that cannot be resolved to an
actor is **dropped**. A statement by "he" with no known referent tells a reader nothing
and would put a bare pronoun in the speaker list; unnamed *groups* ("diplomats said") are
kept as ``Speaker(type="group", actor_id=None)`` because the words themselves inform.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal

from service.pipeline.cues import CueEntry, CueLexicon
from service.pipeline.document import Document, Token
from service.pipeline.lexicon import COUNTRIES, ORG_NAMES, ROLE_HEADS
from service.pipeline.resources import LanguageResources
from service.pipeline.results import Actor, Position, PositionKind, Span, Speaker

_WORDS = re.compile(r"\w+")
_OPEN_ONLY = frozenset({"“", "„", "«"})
_CLOSE_ONLY = frozenset({"”", "»"})
_DOUBLE = _OPEN_ONLY | _CLOSE_ONLY | {'"'}
_SINGLE_OPEN = frozenset({"‘", "'"})
_SINGLE_CLOSE = frozenset({"’", "'"})
_OPEN_BEFORE = frozenset("([{—–-/")  # characters after which a straight quote opens

_NP_TAGS = frozenset({"DT", "NNP", "NNPS", "NN", "NNS", "JJ", "JJR", "JJS", "POS", "PRP$", "CD", "FW"})
_NOUN_TAGS = frozenset({"NNP", "NNPS", "NN", "NNS", "FW"})
_POSSESSIVE = frozenset({"’s", "'s", "’", "'"})
_NP_PREPS = frozenset({"of", "from", "to", "for", "at", "in", "with"})
_SKIP_BEFORE_CUE = frozenset(
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
    }
)
_AUX = frozenset({"has", "have", "had", "'s", "’s"})
_BE = frozenset({"is", "are", "was", "were", "be", "been", "being", "am", "'s", "’s", "'re", "’re", "get", "got"})
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you"})
_NEGATIONS = frozenset({"not", "n't", "n’t"})
_DASHES = frozenset({"--", "—", "–"})
_WH_OPENINGS = frozenset({"whether", "if", "how", "why", "what", "when", "who", "whom", "which", "where", "about"})
_WH_TAKERS = frozenset({"ask", "question", "wonder"})
_CLAUSE_JOINS = frozenset({"and", ",", "but", ";"}) | _DASHES
_QUANTITIES = frozenset(
    "one two three four five six seven eight nine ten some many most all none few several half third quarter"
    " majority minority each both either neither another percent %".split()
)
_PART_OF = frozenset({"of", "in", "percent", "%"})  # "one of", "4 in 10", "40 percent": a part of a group
_POLLED = frozenset({"surveyed", "polled", "interviewed", "questioned", "sampled", "asked", "contacted"})
_POLLED_LEADS = frozenset({"those", "people"})
_PARTICIPLE_LEADS = frozenset({",", "before", "after", "while", "when", "by", "without", "upon"})
_EVIDENCE_HEADS = frozenset({"poll", "polls", "survey", "surveys", "study", "studies"})
_SIGNATURE_DASHES = frozenset({"―", "—", "–", "--"})
_OBJECT_FAMILIES = frozenset({"stance", "evaluate", "concede"})  # cues whose content is often a bare object
_CONTRAST = frozenset({"while", "whereas", "although", "though", "as", "who", "which"})
_MONTHS = frozenset("january february march april may june july august september october november december".split())
_RELATIVE = frozenset({"who", "which", "that"})
_WEEKDAYS = frozenset(
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
_TIME_LEADS = frozenset(
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
_OBJECT_TAKERS = frozenset({"tell", "ask", "assure", "remind", "inform", "warn", "urge"})
_LY_NOUNS = frozenset({"family", "assembly", "ally", "daily", "weekly", "monthly", "quarterly", "supply", "italy"})
_TIME_NOUNS = frozenset({"week", "month", "year", "day", "night", "morning", "afternoon", "evening", "weekend"})
_ADDRESSEE_ONLY = frozenset({"tell", "assure", "remind", "inform"})  # "told AFP": never an inverted source
# Things that carry someone's words: "issued a statement saying", "carrying signs reading"
_ARTIFACT_HEADS = frozenset(
    "statement statements report reports letter letters article articles ad ads advertisement sign signs banner"
    " banners resolution lawsuit suit message messages memo tweet tweets post posts email emails video op-ed"
    " editorial release petition complaint speech response pitch note filing brief".split()
)
_SUBORDINATORS = frozenset(
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
_LEADING_JUNK = frozenset({",", ":", ";", "and", "but", "or", "so", "that", "—", "–", "-", "--"})

# Openers of a fronted subordinate clause whose cue reports only up to the clause's comma
# ("Although she said A, B"); "As X observed, B" reports the main clause instead.
_CLAUSE_BOUND_OPENERS = (_SUBORDINATORS | {"whereas"}) - {"as", "whether", "even"}

# Words after a source's head noun that keep the source phrase going: "a source close to
# the campaign", "people familiar with the matter", "officials briefed on the talks".
_SOURCE_POSTMODIFIERS = frozenset(
    {"close", "closest", "familiar", "briefed", "knowledgeable", "loyal", "allied", "aligned", "sympathetic",
     "involved", "connected", "linked", "affiliated", "opposed", "friendly", "speaking"}
)  # fmt: skip
_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us", "me"})

# A clause cut off at these is unfinished: "It was, he said, the worst year" goes on after the cue.
_OPEN_ENDED_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD", "DT", "TO", "CC"})

# What may stand between a cue and its quote: "wrote to his 20,000 followers, “...”".
_ADJUNCT_TAGS = frozenset({"IN", "TO", "DT", "JJ", "NN", "NNS", "NNP", "NNPS", "CD", "PRP$", "POS", "RB"})

# Nouns that count or collect the real source: "a handful of Democrats", "a group of donors".
_COLLECTIVES = frozenset({"handful", "number", "couple", "dozen", "dozens", "group", "bunch", "pair", "host", "slew"})

# Adverbs that may open a sentence right before its verb ("Separately, ...", "Instead said")
_SENTENCE_ADVERBS = frozenset(
    {"separately", "instead", "still", "however", "finally", "earlier", "later", "now", "so", "yet", "thus",
     "similarly", "privately", "publicly", "initially", "originally", "previously", "recently", "repeatedly",
     "often", "never"}
)  # fmt: skip

_YEAR = re.compile(r"(?:1[89]|20)\d\d")

# Cues that give something a name or a label: the quoted label ends the content.
_NAMING_CUES = frozenset({"call", "dub", "label", "brand", "term", "deem"})

# Prepositions that open where or when something was said, not what.
_SETTING_PREPS = frozenset(
    {"in", "at", "with", "during", "after", "before", "from", "outside", "inside", "via", "near"}
)

_TRAILING_JUNK = frozenset({",", ":", ";", ".", "and", "but", "or", "—", "–", "-", "--", "…"})
_GROUP_HEADS = frozenset(
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
        "spokesperson",
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
_FEMALE_TITLES = frozenset({"ms", "mrs", "miss", "ms.", "mrs.", "madam", "lady", "queen"})
_MALE_TITLES = frozenset({"mr", "mr.", "sir", "lord", "king"})


@dataclass(frozen=True, slots=True)
class Quote:
    """One quoted stretch within a paragraph (token indices into the flat token list).

    ``close`` is None when the mark never closed before the paragraph end; ``continued``
    is True when a previous paragraph's quote ran on into this one (newswire convention).
    """

    open: int
    close: int | None
    content_start: int  # char offsets of the text between the marks
    content_end: int
    last: int  # last token inside the quote (the token before the closer, or where it was capped)
    continued: bool = False


@dataclass(frozen=True, slots=True)
class Cue:
    """A cue as written: token range [first, last] (auxiliary included), its lemma."""

    first: int
    last: int
    lemma: str
    weak: bool
    according: bool = False
    family: str = "speech"
    infinitive: bool = False


def _false_split(first_word: str) -> bool:
    """A sentence that cannot start a sentence: a lower-case word or a closing bracket."""
    return first_word[:1].islower() or first_word in (")", "]")


class _Flat:
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
        self.half: set[int] = set()  # first halves of two-token marks ('' as NYT writes quotes)

    def token_at(self, offset: int) -> int:
        """Index of the token starting at or before char ``offset`` (0 when none)."""
        return max(bisect.bisect_right(self.starts, offset) - 1, 0)

    def __len__(self) -> int:
        return len(self.tokens)

    def lower(self, i: int) -> str:
        return self.lows[i] if 0 <= i < len(self.lows) else ""

    def tag(self, i: int) -> str:
        return self.tokens[i].tag if 0 <= i < len(self.tokens) else ""

    def char_before(self, i: int) -> str:
        start = self.tokens[i].start
        return self.text[start - 1] if start > 0 else "\n"

    def char_after(self, i: int) -> str:
        end = self.tokens[i].end
        return self.text[end] if end < len(self.text) else "\n"

    def para_range(self, i: int) -> tuple[int, int]:
        """First and last token of the paragraph holding token ``i``."""
        return self.para_bounds[self.para[i]]


class QuoteFinder:
    """Pairs quote marks into spans, robust to unbalanced marks.

    A mark left open is capped at its paragraph end, so one stray quote cannot swallow
    the rest of an article; when the next paragraph opens with a quote mark the quote is
    read as continuing there (the multi-paragraph convention of news copy).
    """

    def __call__(self, flat: _Flat) -> list[Quote]:
        quotes = self._double(flat)
        inside = _coverage(flat, quotes)
        quotes.extend(self._single(flat, inside))
        quotes.sort(key=lambda q: q.open)
        return quotes

    @staticmethod
    def _role(flat: _Flat, i: int) -> str:
        """'open' or 'close' from the mark itself and the whitespace around it."""
        text = flat.tokens[i].text
        before, after = flat.char_before(i), flat.char_after(i)
        space_before = before.isspace() or before in _OPEN_BEFORE
        space_after = after.isspace() or after in ".,;:!?)]}"
        if text in _OPEN_ONLY:
            return "close" if (space_after and not space_before) else "open"
        if text in _CLOSE_ONLY:
            return "open" if (space_before and not space_after) else "close"
        if space_before and not space_after:
            return "open"
        if space_after and not space_before:
            return "close"
        return "either"

    @staticmethod
    def _pair(flat: _Flat, i: int) -> bool:
        """Two adjacent apostrophes or backticks ('' or ``) written as one double mark."""
        tok = flat.tokens[i]
        if tok.text not in ("'", "`") or i + 1 >= len(flat.tokens):
            return False
        nxt = flat.tokens[i + 1]
        return nxt.text in ("'", "`") and nxt.start == tok.end and flat.para[i] == flat.para[i + 1]

    def _role_pair(self, flat: _Flat, i: int) -> str:
        before, after = flat.char_before(i), flat.char_after(i + 1)
        space_before = before.isspace() or before in _OPEN_BEFORE
        space_after = after.isspace() or after in ".,;:!?)]}"
        if space_before and not space_after:
            return "open"
        if space_after and not space_before:
            return "close"
        return "either"

    def _double(self, flat: _Flat) -> list[Quote]:
        quotes: list[Quote] = []
        open_at: int | None = None
        continued = False
        last_unclosed_para = -2
        skip = -1
        for i, tok in enumerate(flat.tokens):
            if i == skip:
                continue
            if open_at is not None and flat.para[i] != flat.para[open_at]:
                quotes.append(self._capped(flat, open_at, continued))
                last_unclosed_para = flat.para[open_at]
                open_at = None
            pair = self._pair(flat, i)
            if pair:
                # the mark is two tokens: a quote opens after the second and closes at it
                flat.half.add(i)
                skip = i + 1
                role, text, i = self._role_pair(flat, i), '"', i + 1
            elif tok.text not in _DOUBLE:
                continue
            else:
                role, text = self._role(flat, i), tok.text
            if open_at is None:
                if role != "close":
                    open_at = i
                    lead = flat.para_range(i)[0]
                    continued = last_unclosed_para == flat.para[i] - 1 and lead in (i, i - 1 if pair else i)
                continue
            if role == "open" and text != '"':
                # A second opener before any closer: the first one was never closed.
                if i > open_at + 1:
                    quotes.append(self._capped(flat, open_at, continued, before=i))
                open_at, continued = i, False
                continue
            last = i - 2 if pair else i - 1
            end = flat.tokens[i - 1].start if pair else flat.tokens[i].start
            quotes.append(Quote(open_at, i, flat.tokens[open_at].end, end, last, continued))
            open_at, continued = None, False
        if open_at is not None:
            quotes.append(self._capped(flat, open_at, continued))
        return quotes

    @staticmethod
    def _capped(flat: _Flat, open_at: int, continued: bool, before: int | None = None) -> Quote:
        last = flat.para_range(open_at)[1] if before is None else max(open_at, before - 1)
        end = max(flat.tokens[last].end, flat.tokens[open_at].end)
        return Quote(open_at, None, flat.tokens[open_at].end, end, last, continued)

    @staticmethod
    def _single(flat: _Flat, inside: list[bool]) -> list[Quote]:
        """Single quotes ('real', ‘core principles’) pair only within one sentence, where
        an apostrophe cannot be mistaken for a quote spanning half the article."""
        quotes: list[Quote] = []
        for first, last in flat.sent_range:
            i = first
            while i <= last:
                tok = flat.tokens[i]
                if tok.text not in _SINGLE_OPEN or i in flat.half or i - 1 in flat.half:
                    i += 1
                    continue
                before = flat.char_before(i)
                if (
                    not inside[i]
                    and (before.isspace() or before in _OPEN_BEFORE or i == first)
                    and flat.char_after(i).isalnum()
                ):
                    for j in range(i + 1, min(last, i + 60) + 1):
                        if inside[j] or flat.tokens[j].text in _DOUBLE or j in flat.half:
                            break
                        after = flat.char_after(j)
                        if (
                            flat.tokens[j].text in _SINGLE_CLOSE
                            and not flat.char_before(j).isspace()
                            and not after.isalnum()
                        ):
                            quotes.append(Quote(i, j, tok.end, flat.tokens[j].start, j - 1))
                            i = j
                            break
                i += 1
        return quotes


def _title_case(flat: _Flat, sent: int) -> bool:
    """A headline: flagged as the title, or most of its longer words capitalised."""
    if flat.is_title[sent]:
        return True
    first, last = flat.sent_range[sent]
    longer = [flat.tokens[k].text for k in range(first, last + 1) if len(flat.tokens[k].text) > 3]
    return len(longer) >= 3 and sum(w[:1].isupper() for w in longer) >= 0.75 * len(longer)


def _coverage(flat: _Flat, quotes: Sequence[Quote]) -> list[bool]:
    """Per token: does it lie strictly inside a quote (marks excluded)?"""
    inside = [False] * len(flat)
    for q in quotes:
        for k in range(q.open + 1, q.last + 1):
            inside[k] = True
    return inside


class CueFinder:
    """Finds cue verbs outside quotes; auxiliaries are folded into the cue span ("has said")."""

    _LOOSE_NOUN_FORMS = frozenset({"say", "says", "said", "told", "warns", "insists", "urges", "claims", "denies"})

    # read as nouns after a plural or a share ("40 percent support Trump", "Republicans oppose it")
    _STANCE_AFTER_PLURAL = frozenset({"support", "oppose", "favor", "favour", "back"})

    def __init__(self, lexicon: CueLexicon) -> None:
        self._lexicon = lexicon

    @staticmethod
    def _plural_subject(flat: _Flat, i: int) -> bool:
        """A plural noun or a share right before, and an object (not "for"/"of") right after."""
        prev = flat.lower(i - 1)
        plural = flat.tag(i - 1) in ("NNS", "NNPS") or prev in ("percent", "%")
        return plural and flat.lower(i + 1) not in _NP_PREPS | {"among", "."} and flat.sent[i - 1] == flat.sent[i]

    def __call__(self, flat: _Flat, inside: Sequence[bool]) -> list[Cue]:
        cues: list[Cue] = []
        lookup = self._lexicon.lookup
        for i, low in enumerate(flat.lows):
            hit = lookup(low)
            if hit is None or inside[i]:
                if low == "in" and not inside[i] and self._poll_after(flat, i):
                    # "... Obama leads by 28 points in the same poll": a poll or study as the source
                    cues.append(Cue(i, i, "in", weak=False, according=True, family="evidence"))
                continue
            phrase = self._phrase(flat, inside, i, hit[0])
            if phrase is not None and phrase.source_after:
                last = i + len(phrase.rest)
                cues.append(Cue(i, last, phrase.lemma, weak=False, according=True, family=phrase.family))
                continue
            entry = phrase or hit[1]
            # a phrasal verb right after its subject is a verb whatever the tag ("Cole shot back")
            phrasal = phrase is not None and phrase.rest and flat.tag(i - 1) in ("NNP", "PRP")
            if entry is None or not (self._verbal(flat, i) or phrasal):
                continue
            first = i
            j = i - 1
            while j >= 0 and flat.tag(j) in ("RB", "RBR") and j > i - 3:
                j -= 1
            while j >= 0 and flat.lower(j) in _NEGATIONS and j > i - 4:
                j -= 1
            if flat.lower(j) in _AUX and flat.tag(j).startswith("VB"):
                first = j
            elif flat.tag(i) == "VBG" and flat.lower(j) in _BE - {"be", "been", "being", "get", "got"}:
                first = j  # "is saying", "isn't saying"
            last = i + len(entry.rest)
            cues.append(Cue(first, last, entry.lemma, entry.weak, family=entry.family, infinitive=entry.infinitive))
        return cues

    @staticmethod
    def _poll_after(flat: _Flat, i: int) -> bool:
        """ "in" + a noun phrase headed by "poll", "survey", "study" that ends its clause."""
        for k in range(i + 1, min(len(flat), i + 9)):
            if flat.lower(k) in _EVIDENCE_HEADS:
                nxt = flat.lower(k + 1)
                return nxt in ("", ",", ".", ";", ")") and flat.sent[k] == flat.sent[i]
            if flat.tag(k) not in _NP_TAGS and flat.tag(k) != "HYPH":
                return False
        return False

    @staticmethod
    def _phrase(flat: _Flat, inside: Sequence[bool], i: int, phrases: Sequence[CueEntry]) -> CueEntry | None:
        """The longest phrase cue starting at token ``i`` ("called for", "according to")."""
        for entry in phrases:
            n = len(entry.rest)
            words_match = all(flat.lower(i + 1 + k) == w and not inside[i + 1 + k] for k, w in enumerate(entry.rest))
            if words_match and n and flat.sent[i + n] == flat.sent[i]:
                return entry
        return None

    @staticmethod
    def _names_a_thing(flat: _Flat, i: int) -> bool:
        """Is the participle at ``i`` a reduced relative after an indefinite noun ("a band
        called Sophistafunk", "a blog, called the “Feed,”")?"""
        k = i - 1 - (1 if flat.lower(i - 1) == "," else 0)
        if flat.tag(k) not in ("NN", "NNS"):
            return False
        return any(flat.lower(t) in ("a", "an") for t in range(max(0, k - 4), k))

    def _verbal(self, flat: _Flat, i: int) -> bool:
        """Is this form used as an active, finite-or-participial verb here?"""
        tag, low = flat.tag(i), flat.lower(i)
        if tag.startswith("NN") and flat.tokens[i].text[:1].isupper():
            if i == flat.sent_range[flat.sent[i]][0]:
                return low in ("said", "says") and flat.tag(i + 1) == "NNP"  # "Said Ellis: ..."
            # "Lindsey Graham Says", "Christie Calls Clinton ..." in a title-case headline
            return flat.tag(i - 1) == "NNP" and _title_case(flat, flat.sent[i])
        if tag == "NN" and low in self._STANCE_AFTER_PLURAL and self._plural_subject(flat, i):
            return True
        if not tag.startswith("VB") and not (tag.startswith("NN") and low in self._LOOSE_NOUN_FORMS):
            return False
        if low == "say" and not tag.startswith("VB") and flat.tag(i - 1) in ("DT", "PRP$", "VB", "VBZ", "VBP", "VBD"):
            return False  # "have a say", "their say"
        if low == "say" and flat.lower(i - 1) == "," and flat.lower(i + 1) == ",":
            return False  # "no better than, say, the old plan": for example
        if low == "known" and flat.lower(i + 1) in ("as", "online", "locally"):
            return False  # "Lazar, known online as “Guccifer”": a name, not a belief
        if low in ("called", "dubbed", "titled", "entitled", "named") and self._names_a_thing(flat, i):
            return False  # "a popular play called “Los Hijos de Trump”": a title, not a statement
        prev = i - 1
        while prev >= 0 and flat.tag(prev) in ("RB", "RBR"):
            prev -= 1
        if flat.lower(prev) == "to":
            return False  # "refused to say", "to insist": an intention, not a statement
        # passive: "was described as", "rejected by the US"
        return not (tag == "VBN" and (flat.lower(prev) in _BE or flat.lower(i + 1) == "by"))


@dataclass(frozen=True, slots=True)
class _Resolved:
    speaker: Speaker
    mention: Span


class SpeakerResolver:
    """Turns the source words next to a cue into a :class:`Speaker`.

    Order of evidence: an actor mention covering the words (persons first, since
    "Britain's Foreign Secretary Liz Truss" names Truss, not Britain), roles for
    title-only phrases, actor names by word match, then unnamed groups. Pronouns go to
    the nearest earlier actor of a compatible kind and gender.
    """

    def __init__(self, resources: LanguageResources) -> None:
        gaz = resources.gazetteer
        self._male = frozenset(n.lower() for n in gaz.male_names) - frozenset(n.lower() for n in gaz.female_names)
        self._female = frozenset(n.lower() for n in gaz.female_names) - frozenset(n.lower() for n in gaz.male_names)

    def prepare(self, flat: _Flat, actors: Sequence[Actor], inside: Sequence[bool]) -> _ActorIndex:
        return _ActorIndex(flat, actors, inside, self._gender_of)

    def _gender_of(self, actor: Actor) -> str | None:
        if actor.gender is not None:
            return actor.gender
        for m in actor.mentions:
            first = m.text.split()[0].lower() if m.text.split() else ""
            if first in _MALE_TITLES:
                return "male"
            if first in _FEMALE_TITLES:
                return "female"
        words = actor.name.split()
        if words:
            first = words[0].lower()
            if first in self._male:
                return "male"
            if first in self._female:
                return "female"
        return None

    def resolve(
        self, flat: _Flat, index: _ActorIndex, first: int, last: int, appositive: bool = False
    ) -> _Resolved | None:
        """The speaker named by tokens [first, last], or None for an unresolvable pronoun.

        ``appositive`` marks a whole "Name, description," region: the first person named
        in it is the source ("Russia's representative, minister Alexander Grushko,").
        """
        tokens = flat.tokens
        if first == last and (flat.lower(first) in _PRONOUNS or flat.lower(first) in _POSSESSIVE_PRONOUNS):
            return self._pronoun(flat, index, first)
        if (flat.tag(first) == "CD" or flat.lower(first) in _QUANTITIES) and flat.lower(first + 1) in _PART_OF:
            span = _span(flat, first, last)  # "one of the prosecutors", "4 in 10": a part of a group
            return _Resolved(Speaker(span.text, None, "group"), span)
        if flat.lower(first) in _POLLED_LEADS and first < last and flat.lower(last) in _POLLED:
            span = _span(flat, first, last)  # "those surveyed": nobody the actor list names
            return _Resolved(Speaker(span.text, None, "group"), span)
        if appositive:
            first = _source_start(flat, first, last)
            comma = next((k for k in range(first + 1, last) if tokens[k].text == ","), None)
            if comma is not None and (flat.tag(comma + 1) in ("VBG", "VBN") or flat.lower(comma + 1) == "who"):
                # "An Israeli official, speaking on condition of anonymity about the prime
                # minister's schedule, said": the source is the phrase before the participle
                last = comma - 1
                appositive = False
        if appositive:
            found = index.mentions(tokens[first].start, tokens[last].end)
            for actor, m_start, _m_end in found:
                if actor.type == "person":
                    k = flat.token_at(m_start)
                    while k > first and flat.tokens[k - 1].text != ",":
                        if flat.tag(k - 1) == "NNP":
                            k -= 1
                        elif flat.lower(k - 1) == "of" and k - 2 >= first and flat.tag(k - 2) == "NNP":
                            k -= 2  # "Deputy Secretary of State Wendy Sherman"
                        else:
                            break
                    m_last = flat.token_at(_m_end - 1)
                    return _Resolved(_speaker(actor), _span(flat, k, m_last))
            cut = first
            while cut < last and tokens[cut + 1].text != ",":
                cut += 1
            last = cut
        head_last = first  # the phrase up to the first preposition other than "of"
        while head_last < last and flat.lower(head_last + 1) not in _NP_PREPS - {"of"}:
            head_last += 1
        in_head = index.mentions(tokens[first].start, tokens[head_last].end)
        persons = [(a, e) for a, _s, e in in_head if a.type == "person"]
        if not persons and head_last < last:
            # "Sirius XM Vice President for news Dave Gorab called": the name next to the cue
            persons = [(a, e) for a, _s, e in index.mentions(tokens[first].start, tokens[last].end)
                       if a.type == "person" and e == tokens[last].end]  # fmt: skip
        if persons:
            actor, m_end = persons[-1]
            return _Resolved(_speaker(actor), _span(flat, first, flat.token_at(m_end - 1)))
        base_last = first
        while (
            base_last < last
            and flat.lower(base_last + 1) not in _NP_PREPS
            and (
                tokens[base_last + 1].text != ","
                or (flat.tag(base_last) in ("JJ", "VBN") and flat.tag(base_last + 2) in ("JJ", "CD"))
            )
        ):  # a comma only between adjectives: "the bespectacled, 71-year-old diplomat"
            base_last += 1
        # Step back to the head noun, but keep a final adjective-tagged head after a
        # determiner: the tagger's reading of "The secretary-general" as DT JJ.
        adjective_head = base_last > first and flat.tag(base_last) == "JJ" and flat.tag(base_last - 1) == "DT"
        while base_last > first and flat.tag(base_last) not in _NOUN_TAGS and not adjective_head:
            base_last -= 1
        if flat.lower(base_last) in _COLLECTIVES and flat.lower(base_last + 1) == "of" and base_last + 1 < last:
            base_last = last  # "a handful of Democrats": the group is the whole phrase
        span = _span(flat, first, base_last)
        head = tokens[base_last]
        head_low = head.text.lower()
        in_name = base_last > first and flat.tag(base_last - 1) == "NNP"  # "Yin Myint May"
        time_word = (
            head_low in _WEEKDAYS or head_low in _MONTHS or head_low in _TIME_NOUNS or head_low[:-1] in _TIME_NOUNS
        )
        if time_word and not in_name:
            return None  # "Eight years ago", "Saturday": a time, never a source
        if head.tag == "CD" and _YEAR.fullmatch(head.text):
            return None  # "filed in 2012 ..., alleging": a year
        found_actors = [a for a, _s, _e in index.mentions(tokens[first].start, tokens[base_last].end)]
        if head.text[:1].islower() or head.tag in ("NN", "NNS"):
            if base_last < last and flat.lower(base_last + 1) in _SOURCE_POSTMODIFIERS:
                span = _span(flat, first, last)  # the whole description: "people familiar with the matter"
            return _Resolved(self._common_head(flat, index, first, base_last, found_actors, span), span)
        covering = [a for a, _s, _e in index.mentions(head.start, head.end)]
        if covering:
            return _Resolved(_speaker(covering[-1]), span)
        if found_actors:
            return _Resolved(_speaker(found_actors[-1]), span)
        named = index.by_name(flat, first, base_last)
        if named is not None:
            return _Resolved(_speaker(named), span)
        kind: Literal["person", "organization"] = "organization"
        if flat.lower(first) in _MALE_TITLES | _FEMALE_TITLES or flat.lower(first) in self._male | self._female:
            kind = "person"
        return _Resolved(Speaker(span.text, None, kind), span)

    def conjuncts(self, flat: _Flat, index: _ActorIndex, first: int, last: int) -> list[_Resolved]:
        """The sources of a joint subject ("The US and Nato", "Britain, France and Germany"),
        each resolved on its own; empty unless there are two or more and every part resolves.
        An "and" inside one actor's name ("Bosnia and Herzegovina") does not split."""
        cuts = [
            k
            for k in range(first + 1, last)
            if (flat.lower(k) in ("and", "&") or flat.lower(k) == ",")
            and not index.mentions(flat.tokens[k].start, flat.tokens[k].end)
        ]
        if not any(flat.lower(k) in ("and", "&") for k in cuts):
            return []
        whole = flat.text[flat.tokens[first].start : flat.tokens[last].end]
        if whole.removeprefix("the ").removeprefix("The ") in COUNTRIES | ORG_NAMES:
            return []  # "Bosnia and Herzegovina", "Procter & Gamble": one name
        parts, start = [], first
        for k in [*cuts, last + 1]:
            a = start + (1 if flat.lower(start) == "and" else 0)
            if a <= k - 1:
                parts.append((a, k - 1))
            start = k + 1
        resolved = [r for r in (self.resolve(flat, index, a, b) for a, b in parts) if r is not None]
        ids = {r.speaker.actor_id for r in resolved}
        if len(resolved) < 2 or len(resolved) < len(parts) or None in ids or len(ids) < len(resolved):
            return []  # a part that is no actor, or the same actor twice
        return resolved

    @staticmethod
    def _common_head(
        flat: _Flat, index: _ActorIndex, first: int, base_last: int, found: list[Actor], span: Span
    ) -> Speaker:
        """A phrase headed by a common noun: a role ("the secretary general"), an unnamed
        group ("NATO officials", "diplomats"), or a body of a named actor ("Denmark's
        delegation" -> Denmark)."""
        head = flat.tokens[base_last]
        head_low = head.text.lower()
        plural = head.tag == "NNS" or head_low in _GROUP_HEADS
        if not plural:
            by_role = index.by_role(flat, first, base_last)
            if by_role is not None:
                return _speaker(by_role)
            if found:
                return _speaker(found[0])
        return Speaker(span.text, None, "group")

    def _pronoun(self, flat: _Flat, index: _ActorIndex, i: int) -> _Resolved | None:
        tok = flat.tokens[i]
        span = Span(tok.start, tok.end, tok.text)
        direct = index.pronoun_mention(tok.start, tok.end)
        if direct is not None:
            return _Resolved(_speaker(direct), span)
        low = tok.text.lower()
        low = _POSSESSIVE_PRONOUNS.get(low, low)  # "his claim that": the possessor is the source
        if low in ("he", "she"):
            want = "male" if low == "he" else "female"
            actor = index.last_before(tok.start, {"person"}, lambda a: self._gender_of(a) in (None, want))
        elif low == "they":
            actor = index.last_before(tok.start, {"organization"}, lambda a: True, window=3, flat=flat, at=i)
        elif low == "it":
            # the subject of the sentence before is the likeliest antecedent ("Moscow's key
            # objective is ... such as Ukraine. It wants ..." -> Russia, not Ukraine)
            actor = (
                index.opening_actor(flat, flat.sent[i] - 1, {"organization", "location"})
                if (i == flat.sent_range[flat.sent[i]][0])
                else None
            )
            actor = actor or index.last_before(
                tok.start, {"organization", "location"}, lambda a: True, window=2, flat=flat, at=i
            )
        else:
            actor = None
        return _Resolved(_speaker(actor), span) if actor is not None else None


class _ActorIndex:
    """Actor mentions sorted by offset, for overlap and "last mentioned before" queries."""

    def __init__(self, flat: _Flat, actors: Sequence[Actor], inside: Sequence[bool], gender_of: object) -> None:
        self._actors = list(actors)
        rows: list[tuple[int, int, int, bool]] = []
        for ai, actor in enumerate(actors):
            for m in actor.mentions:
                quoted = inside[flat.token_at(m.start)]
                rows.append((m.start, m.end, ai, m.kind == "pronoun" or quoted))
        rows.sort()
        self._rows = rows
        self._starts = [r[0] for r in rows]
        self._max_len = max((r[1] - r[0] for r in rows), default=0)
        self._name_words: list[tuple[frozenset[str], Actor]] = []
        self._role_words: list[tuple[frozenset[str], Actor]] = []
        for actor in actors:
            words: set[str] = set()
            for name in [actor.name, *actor.aliases]:
                words.update(w.lower() for w in name.split() if w[:1].isupper() and len(w) > 2)
            self._name_words.append((frozenset(words), actor))
            for role in actor.roles:
                self._role_words.append((frozenset(w.lower() for w in role.replace("-", " ").split()), actor))

    def mentions(self, start: int, end: int) -> list[tuple[Actor, int, int]]:
        """Non-pronoun actor mentions overlapping [start, end), in text order."""
        lo = bisect.bisect_left(self._starts, start - self._max_len)
        hi = bisect.bisect_left(self._starts, end)
        out: list[tuple[Actor, int, int]] = []
        for s, e, ai, is_pron_or_quoted in self._rows[lo:hi]:
            if e > start and s < end and not (is_pron_or_quoted and e - s <= 4):
                out.append((self._actors[ai], s, e))
        return out

    def pronoun_mention(self, start: int, end: int) -> Actor | None:
        lo = bisect.bisect_left(self._starts, start)
        for s, e, ai, _ in self._rows[lo:]:
            if s >= end:
                break
            if s == start and e == end:
                return self._actors[ai]
        return None

    def last_before(
        self,
        offset: int,
        types: set[str],
        accept: object,
        window: int | None = None,
        flat: _Flat | None = None,
        at: int = 0,
    ) -> Actor | None:
        """The latest actor mention before ``offset`` of the given types (quoted mentions
        excluded: a name inside someone's quote is rarely the next speaker)."""
        floor = 0
        if window is not None and flat is not None:
            s = max(0, flat.sent[at] - window)
            floor = flat.tokens[flat.sent_range[s][0]].start
        hi = bisect.bisect_left(self._starts, offset)
        for s, _e, ai, is_pron_or_quoted in reversed(self._rows[:hi]):
            if s < floor:
                break
            actor = self._actors[ai]
            if is_pron_or_quoted or actor.type not in types:
                continue
            if callable(accept) and accept(actor):
                return actor
        return None

    def opening_actor(self, flat: _Flat, sent: int, types: set[str]) -> Actor | None:
        """The actor named by the first words of sentence ``sent`` (its subject, mostly)."""
        if sent < 0:
            return None
        first = flat.sent_range[sent][0]
        if flat.lower(first) == "the":
            first += 1
        start = flat.tokens[first].start
        k = bisect.bisect_left(self._starts, start)
        if k < len(self._rows) and self._rows[k][0] == start and not self._rows[k][3]:
            actor = self._actors[self._rows[k][2]]
            return actor if actor.type in types else None
        return None

    def by_role(self, flat: _Flat, first: int, last: int) -> Actor | None:
        words = {flat.lower(k).replace("-", " ") for k in range(first, last + 1)} - {"the", "a", "an"}
        words = {w for part in words for w in part.split()}
        if not words:
            return None
        # The reference may repeat the whole role or shorten it ("the secretary-general" for
        # "NATO Secretary General"); two different actors fitting equally well is ambiguous.
        best: Actor | None = None
        best_score = 0
        ambiguous = False
        for role_words, actor in self._role_words:
            common = len(words & role_words)
            fits = role_words <= words | {"of", "the"} or words <= role_words | {"of", "the"}
            if not common or not fits or common < best_score:
                continue
            if common == best_score and best is not None and best is not actor:
                ambiguous = True
            elif common > best_score:
                best, best_score, ambiguous = actor, common, False
        return None if ambiguous else best

    def by_name(self, flat: _Flat, first: int, last: int) -> Actor | None:
        words = {flat.lower(k) for k in range(first, last + 1) if flat.tokens[k].text[:1].isupper()}
        for name_words, actor in self._name_words:
            if words & name_words:
                return actor
        return None


def _past_dateline(flat: _Flat, k: int, limit: int) -> int:
    """After a dateline ("WASHINGTON (AP) —", "PARIS, Aug 31 (Reuters) -"): a place is not the source."""
    first = flat.tokens[k].text
    for t in range(k + 1, min(limit, k + 10)):
        if flat.tokens[t].text in _DASHES or flat.tokens[t].text == "-":
            capital = first.isupper() and first.isalpha() and len(first) >= 3
            return t + 1 if capital or flat.tokens[t - 1].text == ")" else k
    return k


def _source_start(flat: _Flat, first: int, last: int) -> int:
    """Where the source can start in a "..., Name, description, said" region: past a dateline and
    leading stretches that cannot hold it ("Of Carson, Levine, ..., said", "In a message to
    Clinton, Tanden, head of ..., recounted", "While X did not ..., Y, R-NY, says")."""
    start = _past_dateline(flat, first, last)
    while True:
        nxt = next((t for t in range(start, last + 1) if flat.tokens[t].text == ","), None)
        if nxt is None or not _adverbial_segment(flat, start, nxt):
            return start
        start = nxt + 1


def _adverbial_segment(flat: _Flat, first: int, comma: int) -> bool:
    """Is [first, comma) a fronted adverbial or a clause of its own, not a name or a description?"""
    low, tag = flat.lower(first), flat.tag(first)
    finite = any(flat.tag(t) in ("VBD", "VBZ", "VBP", "MD") for t in range(first, comma))
    if low in _SUBORDINATORS or tag == "WRB":
        return finite  # "when Mr. Buchanan, who ..., called for": the clause's own subject
    return tag in ("IN", "VBG", "VBN", "RB", "TO") or low in _TIME_LEADS or finite


def _speaker(actor: Actor) -> Speaker:
    return Speaker(actor.name, actor.id, actor.type)


def _span(flat: _Flat, first: int, last: int) -> Span:
    start, end = flat.tokens[first].start, flat.tokens[last].end
    return Span(start, end, flat.text[start:end])


@dataclass(slots=True)
class _Frame:
    """One attribution before it becomes a Position: token ranges, all inclusive."""

    cue: Cue
    subject: tuple[int, int]
    content: tuple[int, int]
    appositive: bool = False
    relative: int | None = None  # the "who" of "Name, who said ...": the source as written


_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_NOUN_CUE_STOPS = frozenset({",", ";", ":", ".", "!", "?", "(", ")"}) | _DASHES


def _clause_initial(flat: _Flat, k: int, s_first: int) -> bool:
    """Does token ``k`` open its clause (sentence start, after a comma or a conjunction)?"""
    j = k - 1
    while j >= s_first and flat.tag(j) == "DT":
        j -= 1
    return j < s_first or flat.lower(j) in (",", "and", "but", ";", ":")


def _noun_frames(flat: _Flat, inside: Sequence[bool], lexicon: CueLexicon) -> list[_Frame]:
    """Stances reported by a noun: "Smith's criticism of the plan", "his claim that taxes rose".

    The tagger reads these cues as nouns, so the verb finder never sees them; the source is
    the possessor right before the noun (adjectives between allowed) or, failing that, a "by"/"from"
    agent after the complement; the content is the complement: a "that"/"to"-clause to its clause
    end, otherwise the phrase up to the next finite verb."""
    frames: list[_Frame] = []
    forms = lexicon.noun_forms()
    for i in [k for k, low in enumerate(flat.lows) if low in forms]:
        if inside[i] or not flat.tag(i).startswith("NN"):
            continue
        entries = lexicon.nouns(flat.lows[i])
        entry = next((e for e in entries if all(flat.lower(i + 1 + k) == w for k, w in enumerate(e.rest))), None)
        if entry is None:
            continue
        s_first, s_last = flat.sent_range[flat.sent[i]]
        j = i - 1
        while j > s_first and flat.tag(j) in ("JJ", "RB", "VBG") and j > i - 3:
            j -= 1
        if flat.lower(j) in _POSSESSIVE_PRONOUNS and flat.tag(j) == "PRP$":
            subject = (j, j)
        elif flat.lower(j) in _POSSESSIVE and flat.tag(j) == "POS":
            k = j - 1
            while k >= s_first and k > j - 6 and flat.tag(k) in _NP_TAGS - {"POS", "PRP$"}:
                k -= 1
            if k + 1 > j - 1:
                continue
            subject = (k + 1, j - 1)
        else:
            subject = None  # maybe an agent after the complement: "criticism of the plan by Smith"
        cue_last = i + len(entry.rest)
        start = cue_last + 1
        clause = entry.rest[-1:] == ("that",) or entry.infinitive
        end = start
        # "His claim that taxes rose was false": as the sentence subject, the noun's clause ends
        # before the main verb, the second finite verb after the cue
        verbs_left = 2 if subject is not None and _clause_initial(flat, subject[0], s_first) else 99
        while end + 1 <= s_last and (inside[end + 1] or flat.lower(end + 1) not in _NOUN_CUE_STOPS):
            finite = not inside[end + 1] and flat.tag(end + 1) in _FINITE
            if not clause and (finite or (flat.lower(end + 1) == "by" and not inside[end + 1])):
                break
            verbs_left -= finite
            if verbs_left == 0:
                break
            end += 1
        if start > s_last or end < start:
            continue
        if subject is None:
            by = end + 1
            if clause or flat.lower(by) not in ("by", "from") or flat.tag(by + 1) not in _NP_TAGS:
                continue
            agent = by + 1
            while agent + 1 <= s_last and flat.tag(agent + 1) in _NP_TAGS:
                agent += 1
            subject = (by + 1, agent)
        cue = Cue(i, cue_last, entry.lemma, weak=False, family=entry.family, infinitive=entry.infinitive)
        frames.append(_Frame(cue, subject, (start, end)))
    return frames


class _ClaimedSpans:
    """Token ranges already given to a statement: disjoint, kept sorted, searched by bisection
    (a scan of every claimed range per cue made long articles quadratic)."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def covers(self, i: int) -> bool:
        k = bisect.bisect_right(self._starts, i) - 1
        return k >= 0 and self._ends[k] >= i

    def trim(self, first: int, last: int) -> tuple[int, int]:
        """[first, last] cut short of the first claimed range it runs into; empty (last < first)
        when a claimed range already covers its start."""
        if self.covers(first):
            return first, -1
        k = bisect.bisect_right(self._starts, first)
        if k < len(self._starts) and self._starts[k] <= last:
            last = self._starts[k] - 1
        return first, last

    def add(self, first: int, last: int) -> None:
        k = bisect.bisect_right(self._starts, first)
        self._starts.insert(k, first)
        self._ends.insert(k, last)


class PositionFinder:
    """Finds statements attributed to actors: ``PositionFinder(resources)(doc, actors)``."""

    def __init__(self, resources: LanguageResources, lexicon: CueLexicon | None = None) -> None:
        self._quotes = QuoteFinder()
        self._lexicon = lexicon if lexicon is not None else CueLexicon()
        self._cues = CueFinder(self._lexicon)
        self._speakers = SpeakerResolver(resources)

    def __call__(self, doc: Document, actors: Sequence[Actor]) -> list[Position]:
        flat = _Flat(doc)
        if not flat.tokens:
            return []
        quotes = self._quotes(flat)
        inside = _coverage(flat, quotes)
        by_open = {q.open: q for q in quotes}
        by_close = {q.close: q for q in quotes if q.close is not None}
        index = self._speakers.prepare(flat, actors, inside)
        cues = self._cues(flat, inside)
        reader = _FrameReader(flat, by_open, by_close, cues)
        frames: list[_Frame] = reader.colon_frames(index) + reader.dash_frames()
        frames += _noun_frames(flat, inside, self._lexicon)
        previous: _Frame | None = None
        for cue in cues:
            frame = reader.read(cue, previous)
            if frame is not None:
                frames.append(frame)
                previous = frame
        # Content before its cue ("..., X said.") is the most reliable shape, so it claims
        # text first; a cue lying inside claimed content is a nested report and is dropped,
        # and a forward content running into claimed text is cut short of it.
        frames.sort(key=lambda f: (f.content[1] >= f.cue.first, f.cue.first))
        positions: list[Position] = []
        claimed = _ClaimedSpans()
        unattributed: list[tuple[int, int]] = []  # char spans with a cue whose speaker did not resolve
        co_speakers: dict[tuple[int, int], list[_Resolved]] = {}  # cue span -> the other joint sources
        groups: dict[int, Speaker] = {}  # sentence -> an unnamed group that speaks in it
        for frame in frames:
            if claimed.covers(frame.cue.first):
                continue
            first, last = claimed.trim(*frame.content)
            if last < first:
                continue
            joint = (
                []
                if frame.appositive or frame.relative is not None
                else self._speakers.conjuncts(flat, index, *frame.subject)
            )
            resolved = (
                joint[0] if joint else self._speakers.resolve(flat, index, *frame.subject, appositive=frame.appositive)
            )
            if resolved is not None and frame.relative is not None:
                resolved = _Resolved(resolved.speaker, _span(flat, frame.relative, frame.relative))
            if resolved is None and frame.subject[0] == frame.subject[1] and flat.lower(frame.subject[0]) == "they":
                # "Democrats believe ... They say ...": an unnamed group goes on speaking
                group = groups.get(flat.sent[frame.subject[0]] - 1)
                if group is not None:
                    resolved = _Resolved(group, _span(flat, frame.subject[0], frame.subject[0]))
            if resolved is None:
                unattributed.append((flat.tokens[first].start, flat.tokens[last].end))
                continue
            if resolved.speaker.type == "group" or (
                resolved.speaker.actor_id is None and flat.tag(frame.subject[1]) in ("NNS", "NNPS")
            ):
                groups.setdefault(flat.sent[frame.subject[0]], resolved.speaker)
            made = _position(flat, by_open, by_close, frame.cue, resolved, (first, last))
            if made is not None:
                positions.append(made)
                claimed.add(first, last)
                if joint:
                    co_speakers[(made.cue.start, made.cue.end)] = joint[1:]
        positions.extend(self._standalone_quotes(flat, quotes, positions, unattributed))
        positions.sort(key=lambda p: (p.content.start, p.cue.start))
        positions = _they_continues_a_group(flat, positions)
        merged = _merge_continuations(flat, positions)
        # "The US and Nato have vowed ...": the same statement for each joint source, added
        # after merging so that every copy carries the whole content
        for pos in list(merged):
            for other in co_speakers.get((pos.cue.start, pos.cue.end), []):
                merged.append(replace(pos, speaker=other.speaker, speaker_mention=other.mention))
        merged.sort(key=lambda p: (p.content.start, p.cue.start))
        return merged

    @staticmethod
    def _standalone_quotes(
        flat: _Flat, quotes: Sequence[Quote], found: Sequence[Position], unattributed: Sequence[tuple[int, int]]
    ) -> list[Position]:
        """Quotes standing as a sentence of their own, with no cue, inherit the speaker of the
        position just before them when that lies in the same or the preceding paragraph
        ("“A,” she said. “B.”", and paragraphs of quotes after one "he said").

        A quote that has a cue of its own whose speaker could not be resolved ("“A,” she
        said" with no woman in sight) is not a stand-alone quote and inherits nobody."""
        out: list[Position] = []
        ordered = sorted(found, key=lambda p: p.content.start)
        starts = [p.content.start for p in ordered]
        # "“A,” she said, “B.”": the second part continues after the cue or the speaker
        by_end: dict[int, Position] = {}
        postposed: dict[int, Position] = {}  # sentence -> a position whose content precedes its cue there
        for p in found:
            if p.content.end <= p.cue.start:
                postposed.setdefault(flat.sent[flat.token_at(p.cue.start)], p)
            by_end.setdefault(p.cue.end, p)
            if p.speaker_mention is not None and p.speaker_mention.start > p.cue.start:
                by_end.setdefault(p.speaker_mention.end, p)
        for q in quotes:
            if q.content_end <= q.content_start:
                continue
            k = bisect.bisect_left(starts, q.content_end)
            if (k > 0 and ordered[k - 1].content.end > q.content_start) or (
                out and out[-1].content.end > q.content_start
            ):
                continue  # already part of an attributed content (found contents never overlap)
            if any(s < q.content_end and q.content_start < e for s, e in unattributed):
                continue
            lead = flat.sent_range[flat.sent[q.open]][0]
            while lead < q.open and (flat.lower(lead) in ("and", "but", "so") or lead in flat.half):
                lead += 1
            j = q.open - 1 - (1 if q.open - 1 in flat.half else 0)
            while j > 0 and flat.tokens[j].text in (",", ":"):
                j -= 1
            follows = by_end.get(flat.tokens[j].end) if j >= 0 and flat.sent[j] == flat.sent[q.open] else None
            if follows is None and lead != q.open:
                # "“The risk,” said Ed Leamer, an economist at UCLA, “is that ...”": the second
                # part comes after the source's description, in the sentence of the cue
                before_cue = postposed.get(flat.sent[q.open])
                if (
                    before_cue is not None
                    and before_cue.cue.end <= q.content_start
                    and not _verb_between(flat, before_cue, q.open)
                ):
                    follows = before_cue
            if follows is not None and follows.content.end <= q.content_start:
                trimmed = _trim_chars(flat.text[q.content_start : q.content_end], q.content_start)
                if trimmed is not None:
                    out.append(_inherit(flat, follows, trimmed, q))
                continue
            if lead != q.open or flat.is_title[flat.sent[q.open]]:
                continue
            k = bisect.bisect_left(starts, q.content_start) - 1
            prev_pos = ordered[k] if k >= 0 else None
            if (
                out
                and out[-1].content.start < q.content_start
                and (prev_pos is None or out[-1].content.start > prev_pos.content.start)
            ):
                prev_pos = out[-1]
            if prev_pos is None:
                continue
            prev_tok = flat.token_at(max(prev_pos.content.end - 1, 0))
            if flat.para[q.open] - flat.para[prev_tok] > 1:
                continue
            text = flat.text[q.content_start : q.content_end]
            trimmed = _trim_chars(text, q.content_start)
            if trimmed is None:
                continue
            out.append(_inherit(flat, prev_pos, trimmed, q))
        return out


_GAP_WORDS = 6  # words besides the cue and the source allowed between two parts of one statement


def _merge_continuations(flat: _Flat, positions: Sequence[Position]) -> list[Position]:
    """One statement per cue: the parts of a split quote ("“A,” she said. “B.”") and the quote
    paragraphs continuing it are one content span, from the first part to the last.

    A news reader (and PolNeAR) counts "“A,” she said. “B.”" as one thing said; the span then
    holds the cue between the parts, as the article does. Parts further apart than the cue,
    the source and a few adjunct words ("in a statement") stay separate positions."""
    text = flat.text
    by_cue: dict[tuple[int, int], int] = {}  # cue span -> index in ``out`` of its statement so far
    out: list[Position] = []
    for pos in positions:  # in content order
        key = (pos.cue.start, pos.cue.end)
        at = by_cue.get(key)
        prev = out[at] if at is not None else None
        if (
            at is not None
            and prev is not None
            and prev.content.end <= pos.content.start
            and (prev.kind == "direct" or _same_paragraph(flat, prev.content.start, pos.content.start))
            and _bridgeable(flat, prev, pos)
        ):
            start, end = prev.content.start, pos.content.end
            kind: PositionKind = "direct" if prev.kind == pos.kind == "direct" else "mixed"
            span = Span(start, end, text[start:end])
            out[at] = Position(prev.speaker, prev.speaker_mention, prev.cue, kind, span, prev.sentence_index)
            continue
        by_cue[key] = len(out)
        out.append(pos)
    return out


def _they_continues_a_group(flat: _Flat, positions: list[Position]) -> list[Position]:
    """ "NATO officials say ... They see ...": a sentence-initial "they" right after a group
    source's statement continues that group (the subject of the sentence before is the likeliest
    antecedent), not the last organisation named."""
    group_at: dict[int, Position] = {}
    for pos in positions:
        if pos.speaker.type == "group" and pos.speaker_mention is not None:
            group_at.setdefault(flat.sent[flat.token_at(pos.speaker_mention.start)], pos)
    out = []
    for pos in positions:
        m = pos.speaker_mention
        if m is not None and m.text in ("They", "they") and pos.speaker.type != "group":
            i = flat.token_at(m.start)
            before = group_at.get(flat.sent[i] - 1)
            if i == flat.sent_range[flat.sent[i]][0] and before is not None:
                pos = replace(pos, speaker=before.speaker)
        out.append(pos)
    return out


def _verb_between(flat: _Flat, pos: Position, until: int) -> bool:
    """Does the narrator go on with a coordinated verb between a cue clause and token ``until``
    ("“A,” she told the crowd, then referred to the “B” slogan")? A relative clause's verb
    ("said Ann Cole, who runs the port, “B”") does not count."""
    start = flat.token_at(max(pos.cue.end, pos.speaker_mention.end if pos.speaker_mention else 0))
    return any(
        flat.tag(k) in ("VBD", "VBZ", "VBP") and flat.lower(k - 1) in ("then", "and", "but")
        for k in range(start + 1, until)
    )


def _same_paragraph(flat: _Flat, a: int, b: int) -> bool:
    """Reported speech is not continued by a quote paragraph after it: that quote is a statement
    of its own (or the narrator's), while a quote part may run on over paragraphs."""
    return flat.para[flat.token_at(a)] == flat.para[flat.token_at(b)]


def _bridgeable(flat: _Flat, prev: Position, pos: Position) -> bool:
    """Between the two contents: nothing but quote marks, punctuation, the cue, the source and
    the rest of the cue's sentence (the source's description: "said Ms. Gil, whose family
    moved ..."), and at most a few other words."""
    text = flat.text
    first, last = flat.sent_range[flat.sent[flat.token_at(prev.cue.start)]]
    cue_sentence = Span(flat.tokens[first].start, flat.tokens[last].end, "")
    gap = [(prev.content.end, pos.content.start)]
    for cut in (prev.cue, prev.speaker_mention, cue_sentence):
        if cut is None:
            continue
        pieces = []
        for s, e in gap:
            if cut.end <= s or cut.start >= e:
                pieces.append((s, e))
                continue
            pieces.extend(p for p in ((s, cut.start), (cut.end, e)) if p[1] > p[0])
        gap = pieces
    words = sum(len(_WORDS.findall(text[s:e])) for s, e in gap)
    return words <= _GAP_WORDS


def _inherit(flat: _Flat, source: Position, content: tuple[int, int], q: Quote) -> Position:
    """A direct quote attributed to the speaker (and cue) of an earlier position."""
    start, end = content
    return Position(
        speaker=source.speaker,
        speaker_mention=source.speaker_mention,
        cue=source.cue,
        kind="direct",
        content=Span(start, end, flat.text[start:end]),
        sentence_index=flat.doc_sentence[q.open],
    )


class _FrameReader:
    """Reads the shape of the clause around one cue: where the source and the content are."""

    def __init__(self, flat: _Flat, by_open: dict[int, Quote], by_close: dict[int, Quote], cues: Sequence[Cue]):
        self.flat = flat
        self.by_open = by_open
        self.by_close = by_close
        self.cue_starts = sorted(c.first for c in cues)

    def read(self, cue: Cue, previous: _Frame | None = None) -> _Frame | None:
        """The frame of ``cue``; ``previous`` is the frame of the cue before it, whose
        source a coordinated verb shares ("said A, and said B" / "said A but said B")."""
        if cue.according:
            return self._according(cue)
        flat = self.flat
        s_first, s_last = flat.sent_range[flat.sent[cue.last]]
        after = self._content_start(cue, s_last)
        inverted = (
            self._subject_after(cue, s_last)
            if cue.lemma not in _ADDRESSEE_ONLY and not (flat.lower(cue.first) in _AUX | _BE and cue.first < cue.last)
            else None
        )  # only a simple verb inverts: "..., said Mr Blinken", never "..., is finding X"
        mark = inverted[1] + 1 if inverted is not None else -1
        if (
            inverted is not None
            and (flat.lower(mark) == ":" or (flat.lower(mark) == "," and mark + 1 in self.by_open))
            and self._opens_sentence(cue, s_first)
        ):
            # "Said Ellis: “...”", 'Said Comey, "The thought ..."'
            start = inverted[1] + 2
            if start > s_last:
                return self._next_paragraph(cue, inverted, s_last)
            return _Frame(cue, inverted, (start, self._content_end(start, s_last, cue)))
        found = None
        named_after = (
            inverted is not None
            and flat.lower(inverted[0]) not in _PRONOUNS
            and (flat.lower(inverted[1] + 1) or ".") in (",", ".", "(", ";", "!", "who")
            and (
                not any(flat.tag(t) == "POS" for t in range(inverted[0], inverted[1] + 1))
                # "..., said the company's chief executive, John J. Ferriola."
                or any(flat.lower(t) in ROLE_HEADS for t in range(inverted[0], inverted[1] + 1))
            )
            and (
                any(flat.tag(t) == "NNP" for t in range(inverted[0], inverted[1] + 1))
                or (  # "..., said several observers.", but not "..., asked for refunds."
                    cue.family == "speech"
                    and cue.first == cue.last
                    and (flat.tag(inverted[1]) in ("NNS", "NNPS") or flat.lower(inverted[1]) in ROLE_HEADS)
                )
            )
        )
        lead = self._lead_before(cue)
        if self._participle(cue) and lead in _PARTICIPLE_LEADS:
            # "X said ..., noting ...", "X responded before adding that ...": the same source
            shared = self._shared_subject(cue, s_first, previous)
            if shared is None and (lead != "," or cue.first - 1 in self.by_close):
                # "X sued over what was called the “Golden Week,” saying ...": after a quote
                # closing on a comma the participle still belongs to the main subject
                main = self._main_subject(s_first, cue.first - 1)
                shared = main if main is not None and self._agentive(*main) else None
            if shared is not None:
                found = (shared, "shared")
        if found is None and (not named_after or flat.lower(cue.first - 1) != "," or self._participle(cue)):
            # "..., said Jeffrey Trimble, a senior official" is inverted, not an appositive
            found = self._subject_before(cue, s_first)
            if (
                found is not None
                and found[1] == "plain"
                and self._participle(cue)
                and (self._artifact(*found[0]) or not self._agentive(*found[0]))
            ):
                # "Gowdy released a statement highlighting ...": the statement carries the words
                # of the main clause's subject
                main = self._main_subject(s_first, found[0][0] - 1)
                if main is not None and not self._artifact(*main):
                    found = (main, "shared")
        if found is None and not named_after:
            # "..., said Dan Gerstein." names its source after the cue: no subject to share
            shared = self._shared_subject(cue, s_first, previous)
            if shared is not None:
                found = (shared, "shared")
        if found is None and not named_after:
            coordinated = self._coordinated_subject(cue, s_first)
            if coordinated is not None:
                found = (coordinated, "plain")
        if found is None:
            if inverted is None:
                return None
            before = cue.first - 1
            if not self._is_separator(before):
                return None
            content = self._content_before(before, s_first)
            return _Frame(cue, inverted, content) if content is not None else None
        subject, mode = found
        sep = subject[0] - 1
        mark_end = sep - 1 - (1 if sep - 1 in flat.half else 0)  # before a two-token '' mark
        own_separator = (
            sep >= s_first
            or (
                sep in self.by_close
                and flat.lower(mark_end) in (",", "?", "!")
                and flat.para[sep] == flat.para[cue.first]  # never a quote of the paragraph before
            )
            # '“... missing.” Trump said.': a cue sentence of its own right after the quote
            or (
                sep in self.by_close
                and flat.lower(mark_end) == "."
                and (after > s_last or (after == s_last and flat.lower(after) in (".", "!")))
                and flat.para[sep] == flat.para[cue.first]
                and flat.lower(cue.last + 1) != ":"
            )
        )
        # Right after a closing quote ("“...,” X said at the meeting as ...") the cue clause
        # is postposed whatever follows it; elsewhere only adjuncts may follow.
        after_quote = sep in self.by_close or (flat.lower(sep) == "," and sep - 1 in self.by_close)
        if flat.lower(cue.last + 1) in (":", "that"):
            # '... “schools,” Trump said: “...”' and 'On “This Week,” Carson admitted that ...'
            # announce what follows
            after_quote = False
        if (
            mode not in ("relative", "shared")
            and own_separator
            and self._is_separator(sep)
            and (after_quote or self._only_adjuncts(cue, after, s_last))
            and not (
                flat.tokens[sep].text == ","
                and flat.tag(sep - 1) in _OPEN_ENDED_TAGS
                and flat.lower(cue.last + 1) == ","
                and after <= s_last
            )
        ):
            # Postposed: "..., X said (after the talks on Friday)."
            content = self._content_before(sep, s_first)
            return _Frame(cue, subject, content, mode == "appositive") if content is not None else None
        if after > s_last:
            return self._next_paragraph(cue, subject, s_last, mode == "appositive")
        opens_quote = after + 1 + (1 if after + 1 in flat.half else 0) in self.by_open
        if (
            mode == "plain"
            and flat.tokens[after].text == ","
            and flat.tokens[sep].text == ","
            and after < s_last - 1
            and not opens_quote
            and subject[1] >= cue.first - 2
        ):
            # Parenthetical: "If diplomacy fails, he said, the alliance ...".
            before_part = (self._clause_start(s_first, sep), sep - 1)
            after_part = (after + 1, self._content_end(after + 1, s_last, cue))
            return _Frame(cue, subject, self._choose_side(before_part, after_part))
        if flat.lower(cue.last + 1) == "," and self._object_fronted(s_first, cue.first):
            return None  # "When asked whom she supported, Ms. Sherry smiled": the object went ahead
        if cue.weak and not self._strong_opening(after, s_last, cue):
            return None
        if cue.lemma in _WH_TAKERS:
            after = self._wh_at(after, s_last) or after  # the question, not whom it was put to
        end = self._content_end(after, s_last, cue)
        if cue.family == "speech" and self._only_a_setting(after, end):
            return None  # "..., the diplomat said in an interview with The Washington Post."
        quoted = self._quote_after_adjuncts(after, end)
        if quoted is not None:
            after, end = quoted
        if self._fronted_subordinate(cue, s_first, subject):
            end = self._subordinate_end(after, end)
        if cue.lemma in _NAMING_CUES:
            end = self._name_end(after, end)
        if mode == "shared" and self._participle(cue) and flat.lower(subject[1] + 1) == "," and subject[1] < cue.first:
            end = self._interruption_end(after, end)
        if cue.family in _OBJECT_FAMILIES and self._object_content(after, s_last):
            end = self._object_end(after, end)
        relative = None
        if mode == "relative":
            end = self._until_comma(after, end)
            relative = next((k for k in range(subject[1] + 1, cue.first) if flat.lower(k) in ("who", "which")), None)
        if end < after:
            return None
        return _Frame(cue, subject, (after, end), mode == "appositive", relative)

    def _interruption_end(self, start: int, end: int) -> int:
        """ "Mr. Sanders, after saying he would not advertise, took to the airwaves": a participle
        between the subject and its verb reports up to the comma before that verb."""
        flat = self.flat
        for k in range(start + 1, end):
            if flat.lower(k) == "," and flat.tag(k + 1) in ("VBD", "VBZ", "VBP", "MD"):
                return k - 1
        return end

    def _name_end(self, start: int, end: int) -> int:
        """ "called him a “moderate,” a subtle dig at ...": after an object, the quoted name
        ends what was said; the rest is the narrator's."""
        flat = self.flat
        for k in range(start, min(end, start + 8) + 1):
            q = self.by_open.get(k) or (self.by_open.get(k + 1) if k in flat.half else None)
            if q is not None:
                if q.close is None or q.close >= end:
                    return end
                nxt = flat.lower(q.close + 1)
                resumes = nxt in (",", "when", "while", "on") or nxt in _SETTING_PREPS or flat.lower(q.close - 1) == ","
                return q.close if resumes else end
            if flat.tag(k).startswith("VB"):
                return end
        return end

    def _only_a_setting(self, start: int, end: int) -> bool:
        """Is the text after a speech cue only where or when it was said ("in an interview with
        The Post", "at a rally"): a prepositional phrase with no verb and no quote?"""
        flat = self.flat
        if flat.lower(start) not in _SETTING_PREPS:
            return False
        return not any(
            flat.tag(k).startswith("VB") or flat.tag(k) == "MD" or k in self.by_open for k in range(start, end + 1)
        )

    def _object_fronted(self, s_first: int, cue_first: int) -> bool:
        """Does "whom"/"what" open the cue's clause, with no comma before the cue?"""
        flat = self.flat
        for k in range(cue_first - 1, s_first - 1, -1):
            if flat.lower(k) == ",":
                return False
            if flat.lower(k) in ("whom", "what"):
                return True
        return False

    def _quote_after_adjuncts(self, start: int, end: int) -> tuple[int, int] | None:
        """ "wrote to his followers, “It's time ...,” and shared a link": the content is the
        quote after the adjuncts, up to its closing mark when the narrator goes on after it."""
        flat = self.flat
        k = start
        while k <= end and k - start < 12 and flat.tag(k) in _ADJUNCT_TAGS:
            k += 1
        if k == start or k > end or flat.lower(k) not in (",", ":"):
            return None
        opens = k + 1 + (1 if k + 1 in flat.half else 0)
        q = self.by_open.get(opens)
        if q is None or q.close is None or q.close > end:
            return None
        tail = q.close + 1
        if tail <= end and flat.lower(tail) in (",", "and") and flat.lower(tail + 1) in ("and", "but"):
            return opens, q.close
        if tail <= end and flat.lower(tail) == "and" and flat.tag(tail + 1).startswith("VB"):
            return opens, q.close
        return opens, end

    def _fronted_subordinate(self, cue: Cue, s_first: int, subject: tuple[int, int]) -> bool:
        """Is the cue inside a sentence-opening subordinate clause ("Although she said A, B")?
        Then the content ends with that clause, and the main clause is the narrator's."""
        flat = self.flat
        if flat.lower(s_first) not in _CLAUSE_BOUND_OPENERS or not s_first < subject[0] < cue.first:
            return False
        return not any(flat.lower(k) == "," for k in range(s_first, cue.first))

    def _subordinate_end(self, start: int, end: int) -> int:
        """The last content token before the comma that closes a fronted subordinate clause
        (a comma just inside a closing quote mark keeps the quote: 'at "less advanced schools,"')."""
        flat = self.flat
        k = start
        while k <= end:
            q = self.by_open.get(k)
            if q is not None and q.close is not None and q.close <= end:
                if flat.lower(q.close - 1) == ",":
                    return q.close
                k = q.close + 1
                continue
            if k > start and flat.lower(k) == ",":
                return k - 1
            k += 1
        return end

    def _object_content(self, after: int, s_last: int) -> bool:
        """Is the content a bare object ("endorsed Trump", "denied the charges"), not a clause,
        a quote or an infinitive?"""
        flat = self.flat
        if flat.lower(after - 1) in ("that", ":") or after in self.by_open or flat.lower(after) in ("to", "that"):
            return False
        if flat.lower(after) in _WH_OPENINGS or self._clause_at(after, s_last):
            return False
        return not any(k in self.by_open for k in range(after, min(s_last, after + 12) + 1))

    def _object_end(self, start: int, end: int) -> int:
        """A bare object ends at the next comma, dash or semicolon, or where a verb of the
        narrator's starts ("denied the charges and counter-accused her", "... his candidacy warned")."""
        flat = self.flat
        for k in range(start + 1, end + 1):
            low, tag = flat.lower(k), flat.tag(k)
            if low in (",", ";") or low in _DASHES or tag in ("VBD", "VBZ", "VBP", "MD"):
                return k - 1
            if low in ("and", "but") and flat.tag(k + 1) in ("VBD", "VBZ", "VBP", "RB"):
                return k - 1
        return end

    def dash_frames(self) -> list[_Frame]:
        """ "“We deserve better.” ― Ana Ruiz": a quote signed with a dash and a name, as in
        epigraphs and collected reader quotes; the name must end its line or clause."""
        flat = self.flat
        frames: list[_Frame] = []
        for close, q in self.by_close.items():
            k = close + 1
            if k >= len(flat) or flat.tokens[k].text not in _SIGNATURE_DASHES or flat.para[k] != flat.para[close]:
                continue
            last = k
            while last + 1 < len(flat) and last - k < 6 and flat.para[last + 1] == flat.para[k]:
                if not (flat.tokens[last + 1].text[:1].isupper() or flat.tag(last + 1) == "NNP"):
                    break
                last += 1
            following = flat.lower(last + 1) if flat.para[min(last + 1, len(flat) - 1)] == flat.para[k] else ""
            if last == k or following not in ("", ",", ".", "(", ";"):
                continue
            cue = Cue(k, k, flat.tokens[k].text, weak=False, family="phrase")
            frames.append(_Frame(cue, (k + 1, last), (q.open, close)))
        return frames

    def colon_frames(self, index: _ActorIndex) -> list[_Frame]:
        """ "Reid: ‘Never underestimate Trump.’" — a headline or paragraph opening with a known
        actor's name and a colon attributes what follows to that actor."""
        flat = self.flat
        frames: list[_Frame] = []
        for s_first, s_last in flat.sent_range:
            colon = next((k for k in range(s_first + 1, min(s_last, s_first + 4) + 1) if flat.lower(k) == ":"), None)
            if colon is None or s_last - colon < 3:
                continue
            if not all(
                flat.tokens[k].text[:1].isupper() or flat.lower(k) in _POSSESSIVE for k in range(s_first, colon)
            ):
                continue
            if len(flat.tokens[colon - 1].text) < 3:
                continue  # "Q:", "A:" interview labels
            found = index.mentions(flat.tokens[s_first].start, flat.tokens[colon - 1].end)
            if not any(a.type in ("person", "organization") for a, _s, _e in found):
                continue
            cue = Cue(colon, colon, ":", weak=False, family="phrase")
            frames.append(_Frame(cue, (s_first, colon - 1), (colon + 1, self._content_end(colon + 1, s_last, cue))))
        return frames + self._quote_colon_frames(index, {f.cue.first for f in frames})

    def _quote_colon_frames(self, index: _ActorIndex, taken: set[int]) -> list[_Frame]:
        """ "... doesn't surprise pollster Daron Shaw: “...”", "More from the report: “...”": a
        source phrase, then a colon, then a quotation; the phrase must name someone (an actor
        mention, a group or a role) or a document that speaks."""
        flat = self.flat
        frames: list[_Frame] = []
        for colon in range(1, len(flat)):
            if flat.tokens[colon].text != ":" or colon in taken:
                continue
            opens = colon + 1 + (1 if colon + 1 in flat.half else 0)
            q = self.by_open.get(opens)
            if q is None or q.content_end - q.content_start < 12:
                continue
            s_first = flat.sent_range[flat.sent[colon]][0]
            end = colon - 1
            if flat.lower(end) == ")":  # "Rep. Trey Gowdy (R-S.C.): “...”"
                bracket = (k for k in range(end - 1, max(s_first, end - 10) - 1, -1) if flat.lower(k) == "(")
                end = next(bracket, s_first) - 1
            chunk = self._chunk_back(end, s_first)
            if chunk is None or not self._names_a_source(index, *chunk):
                continue
            close = q.close if q.close is not None else q.last
            cue = Cue(colon, colon, ":", weak=False, family="phrase")
            frames.append(_Frame(cue, chunk, (opens, close)))
        return frames

    def _names_a_source(self, index: _ActorIndex, first: int, last: int) -> bool:
        flat = self.flat
        head = flat.lower(last)
        if head in _GROUP_HEADS or head in ROLE_HEADS or head in _ARTIFACT_HEADS:
            return True
        found = index.mentions(flat.tokens[first].start, flat.tokens[last].end)
        return any(a.type in ("person", "organization") for a, _s, _e in found)

    def _participle(self, cue: Cue) -> bool:
        """Is the cue's verb an -ing form ("saying", "referring to")?"""
        return any(self.flat.tag(k) == "VBG" for k in range(cue.first, cue.last + 1))

    def _opens_sentence(self, cue: Cue, s_first: int) -> bool:
        k = s_first
        while k < cue.first and (self.flat.tag(k) in ("CC", "RB") or k in self.by_close):
            k += 1
        return k == cue.first

    def _next_paragraph(
        self, cue: Cue, subject: tuple[int, int], s_last: int, appositive: bool = False
    ) -> _Frame | None:
        """ "He said:" closing its paragraph: the content is the next paragraph (or the quote
        opening it, however many sentences it runs)."""
        flat = self.flat
        if flat.tokens[s_last].text != ":" or cue.last + 1 != s_last or s_last + 1 >= len(flat):
            return None
        k = s_last + 1
        if flat.para[k] - flat.para[s_last] > 1:
            return None
        q = self.by_open.get(k) or (self.by_open.get(k + 1) if k in flat.half else None)
        if q is not None:
            close = q.close if q.close is not None else q.last
            end = flat.sent_range[flat.sent[close]][1]
        else:
            end = flat.para_range(k)[1]
        return _Frame(cue, subject, (k, end), appositive)

    def _coordinated_subject(self, cue: Cue, s_first: int) -> tuple[int, int] | None:
        """ "Cruz exhorted Republicans to ... and said he was ...": a verb coordinated with the
        main verb shares the sentence's subject."""
        flat = self.flat
        j = cue.first - 1
        while j >= s_first and (flat.tag(j) == "RB" or flat.lower(j) in _SKIP_BEFORE_CUE):
            j -= 1
        if flat.lower(j) not in ("and", "but") or j <= s_first:
            return None
        return self._main_subject(s_first, j, need_verb=True)

    def _only_adjuncts(self, cue: Cue, after: int, s_last: int) -> bool:
        """Nothing after the cue but adjuncts ("after talks on Friday", ", speaking before the
        meeting"): no object, no finite verb, no "that", colon or quote opening a content."""
        flat = self.flat
        if after > s_last or cue.last + 1 > s_last:
            return True
        nxt = cue.last + 1
        if cue.lemma in _OBJECT_TAKERS and flat.tag(nxt) in ("PRP", "NNP", "NNS", "NN", "DT"):
            nxt = after  # "..., the president told her." / "..., she told reporters on Friday."
            if nxt > s_last:
                return True
        if not (flat.tag(nxt) in ("IN", "RB", "TO", ",", ".") or flat.lower(nxt) in _WEEKDAYS):
            return False
        if flat.tokens[nxt].text == "," and self._clause_at(nxt + 1, s_last):
            return False  # "In the end, Mr. Rosenthal said, union voters ...": parenthetical
        if flat.lower(after - 1) in ("that", ":") or after in self.by_open:
            return False
        for k in range(after, s_last + 1):
            tag = flat.tag(k)
            if flat.tokens[k].text == "," and k > after:
                # "..., Hollande said Tuesday in Paris, noting ...": a new clause; but "...,
                # Canova wrote to his followers, “It's time ...”" goes on to its quote
                opens = k + 1 + (1 if k + 1 in flat.half else 0)
                return opens not in self.by_open
            if tag in ("VBD", "VBZ", "VBP", "MD") or k in self.by_open or flat.tokens[k].text == ":":
                return False
        return True

    def _shared_subject(self, cue: Cue, s_first: int, previous: _Frame | None) -> tuple[int, int] | None:
        flat = self.flat
        if previous is None or flat.sent[previous.cue.last] != flat.sent[cue.last]:
            return None
        j = cue.first - 1
        while j >= s_first and (flat.tag(j) == "RB" or flat.lower(j) in _SKIP_BEFORE_CUE):
            j -= 1
        lead = "," if j in self.by_close and flat.lower(j - 1) == "," else flat.lower(j)
        if lead in ("and", "but", "then") or lead in _PARTICIPLE_LEADS:
            return previous.subject
        return None

    def _lead_before(self, cue: Cue) -> str:
        """The word before the cue; a comma when it is a closing quote after a comma (“...,” adding)."""
        flat = self.flat
        j = cue.first - 1
        if self._participle(cue):
            while j > 0 and flat.tag(j) == "RB" and flat.lower(j).endswith("ly"):
                j -= 1  # "after initially saying"
        return "," if j in self.by_close and flat.lower(j - 1) == "," else flat.lower(j)

    def _clause_start(self, s_first: int, sep: int) -> int:
        """Start of the clause ending at ``sep``: sentence start, or an opener quote's start."""
        for k in range(s_first, sep):
            q = self.by_close.get(k)
            if q is not None and q.open < s_first:
                return q.open
        return s_first

    # --- the source -------------------------------------------------------------------

    def _subject_before(self, cue: Cue, s_first: int) -> tuple[tuple[int, int], str] | None:
        """The source phrase before the cue and how it attaches: "plain" (next to the verb),
        "appositive" ("Name, description, said") or "relative" ("Name, who has said")."""
        flat = self.flat
        j = cue.first - 1
        if j == s_first and self._name_read_as_modifier(j):
            return (j, j), "plain"  # "Jolly said ...": a name the tagger read as an adverb
        while j >= s_first and (flat.lower(j) in _SKIP_BEFORE_CUE or flat.tag(j) in ("RB", "MD", "EX")):
            j -= 1
        while j > s_first and (self._mistagged_adverb(j) or self._time_phrase_end(j)):
            # "Rubio only briefly explained", "Priebus, the GOP chairman, this past week announced"
            j = self._time_phrase_start(j) - 1 if self._time_phrase_end(j) else j - 1
            while j >= s_first and (flat.lower(j) in _SKIP_BEFORE_CUE or flat.tag(j) in ("RB", "MD", "EX")):
                j -= 1
        if flat.lower(j) in ("both", "all", "each") and j > s_first:
            # "X and Y have both argued": a quantifier floated off the subject before it
            k = j - 1
            while k >= s_first and (flat.lower(k) in _SKIP_BEFORE_CUE or flat.tag(k) in ("RB", "MD", "EX")):
                k -= 1
            if k >= s_first and (flat.tag(k) in _NOUN_TAGS or flat.tag(k) == "PRP" or flat.lower(k) == ")"):
                j = k
        if j < s_first or j in self.by_close:
            return None
        low, tag = flat.lower(j), flat.tag(j)
        if low == ")":
            # "Rep. Gwen Moore (D-Wis.) said": the bracket is skipped, the name is the source
            k = j - 1
            while k > max(s_first, j - 10) and flat.tokens[k].text != "(":
                k -= 1
            chunk = self._chunk_back(k - 1, s_first) if flat.tokens[k].text == "(" else None
            return (chunk, "plain") if chunk is not None else None
        if low in _DASHES or (low == "-" and flat.lower(j - 1) == "-"):
            # "Kall -- co-editor of a book on debates -- said" ("--" may come as two tokens)
            width = 2 if low == "-" else 1
            for k in range(j - width - 1, max(s_first, j - 40) - 1, -1):
                if flat.lower(k) == low and (width == 1 or flat.lower(k - 1) == "-"):
                    chunk = self._chunk_back(k - width, s_first)
                    return (chunk, "plain") if chunk is not None else None
            return None
        if (
            low in ("them", "us", "those", "these")
            and flat.lower(j - 1) == "of"
            and j - 2 >= s_first
            and (flat.lower(j - 2) in _QUANTITIES or flat.tag(j - 2) == "CD")
        ):
            return (j - 2, j), "plain"  # "most of them said", "two of those said": part of a known group
        if low in _POLLED and j - 1 >= s_first:
            # "those surveyed said", "voters polled said": the people a poll asked
            if flat.lower(j - 1) in ("those", "people"):
                return (j - 1, j), "plain"
            chunk = self._chunk_back(j - 1, s_first) if flat.tag(j - 1) == "NNS" else None
            return (chunk, "plain") if chunk is not None else None
        if low in _OBJECT_PRONOUNS and flat.lower(j - 1) in _NP_PREPS and self._postmodifier_at(j - 2):
            chunk = self._chunk_back(j - 3, s_first)  # "a source close to him said"
            return ((chunk[0], j), "plain") if chunk is not None else None
        if low in _PRONOUNS and tag.startswith("PRP"):
            return (j, j), "plain"
        if low in ("who", "which"):
            k = j - 1
            if k >= s_first and flat.tokens[k].text == ",":
                k -= 1
            chunk = self._chunk_back(k, s_first)
            if chunk is None:
                return None
            # "frayed nerves in European allies Finland and Sweden, which ...": the antecedent is
            # the noun phrase next to the relative pronoun, after the last preposition
            preps = [
                t
                for t in range(chunk[0] + 1, chunk[1])
                if flat.lower(t) in _NP_PREPS - {"of"} and flat.lower(t - 1) not in _SOURCE_POSTMODIFIERS
            ]
            chunk = (preps[-1] + 1, chunk[1]) if preps else chunk
            b = chunk[0] - 1 - (1 if flat.lower(chunk[0] - 1) in ("now", "also", "then") else 0)
            if flat.tokens[chunk[1]].text[:1].islower() and flat.lower(b) == "," and flat.tag(b - 1) == "NNP":
                # "McConnell, now the Senate majority leader, who ...": the relative clause and
                # the appositive both describe the name
                named = self._chunk_back(b - 1, s_first)
                if named is not None:
                    chunk = named
            return chunk, "relative"
        if low == ",":
            if self._participle(cue):
                main = self._main_subject(s_first, j)
                return (main, "plain") if main is not None and self._agentive(*main) else None
            if j in self.by_close or j - 1 in self.by_close:
                return None
            region = self._appositive_region(s_first, j)
            return (region, "appositive") if region is not None else None
        if tag in _NP_TAGS or low in _POSSESSIVE:
            chunk = self._chunk_back(j, s_first)
            return (chunk, "plain") if chunk is not None else None
        return None

    def _postmodifier_at(self, k: int) -> bool:
        """Does an adjective or participle at ``k`` post-modify the noun before it, as in
        anonymous sourcing ("a source close to", "people familiar with")?"""
        flat = self.flat
        return k >= 1 and flat.lower(k) in _SOURCE_POSTMODIFIERS and flat.tag(k - 1) in _NOUN_TAGS

    def _mistagged_adverb(self, j: int) -> bool:
        """An -ly adverb the tagger read as a noun or adjective ("only briefly explained")."""
        flat = self.flat
        low = flat.lower(j)
        return (
            low.endswith("ly")
            and len(low) >= 6
            and flat.tag(j) in ("NN", "JJ")
            and low not in _LY_NOUNS
            and flat.tag(j - 1) not in ("DT", "JJ", "POS", "PRP$", "CD")
            and flat.lower(j - 1) not in _POSSESSIVE
        )

    def _time_phrase_end(self, j: int) -> bool:
        """Does a time phrase ("this past week", "on Tuesday", "last month") end at ``j``, right
        before the cue, after a source set off by a comma?"""
        flat = self.flat
        low = flat.lower(j)
        year = _YEAR.fullmatch(low) is not None and flat.lower(j - 1) in ("in", "since", "by")
        if not (low in _TIME_NOUNS or low[:-1] in _TIME_NOUNS or low in _WEEKDAYS or low in _MONTHS or year):
            return False
        start = self._time_phrase_start(j)
        if flat.lower(start - 1) in (",", "—", "–", "--"):
            return True
        # with no comma, only a phrase that cannot be part of the source's name: "Warren on
        # Saturday said", "The department two weeks ago said", "who in 2010 said"
        led = start < j and (
            flat.lower(start) in ("on", "last", "this", "earlier", "in", "since") or flat.tag(start) == "CD"
        )
        return led and (flat.tag(start - 1) in _NOUN_TAGS or flat.lower(start - 1) in ("who", "which"))

    def _time_phrase_start(self, j: int) -> int:
        flat = self.flat
        k = j
        while k - 1 >= 0 and (
            flat.lower(k - 1) in _TIME_LEADS
            or flat.lower(k - 1) in ("past", "the", "a", "this", "that")
            or flat.tag(k - 1) == "CD"
        ):
            k -= 1
        return k

    def _agentive(self, first: int, last: int) -> bool:
        """Can this noun phrase be someone who speaks? A name, a pronoun, a role or a group
        ("the senator", "several groups") can; "the fracas", "Thursday's conversation" cannot —
        the subject of "..., saying ..." is often not the one saying it."""
        flat = self.flat
        head = last
        while head > first and flat.tag(head) not in _NOUN_TAGS and flat.tag(head) != "PRP":
            head -= 1
        low, tag = flat.lower(head), flat.tag(head)
        return (
            tag in ("NNP", "NNPS", "PRP", "NNS")
            or low in _GROUP_HEADS
            or low in ROLE_HEADS
            or any(
                flat.tag(k) == "NNP" and flat.lower(k) not in _WEEKDAYS and flat.lower(k) not in _MONTHS
                for k in range(first, last + 1)
            )
        )

    def _artifact(self, first: int, last: int) -> bool:
        """Is this noun phrase a thing that carries words ("a statement Tuesday", "signs")?"""
        flat = self.flat
        head = last
        while head > first and (
            flat.tag(head) not in _NOUN_TAGS or flat.lower(head) in _WEEKDAYS or flat.lower(head) in _MONTHS
        ):
            head -= 1
        return flat.lower(head) in _ARTIFACT_HEADS

    def _appositive_region(self, s_first: int, comma: int) -> tuple[int, int] | None:
        """ "Wendy Sherman, the US deputy secretary of state ..., said": the whole stretch from
        the clause start to the comma; the resolver picks the first person named in it."""
        start = s_first
        for k in range(comma, s_first - 1, -1):
            if k in self.by_close:
                start = k + 1
                break
        while start < comma and self.flat.tokens[start].text in (",", "and", "But", "And", "but"):
            start += 1
        pair = self._appositive_pair(start, comma)
        if pair is not None:
            return pair
        end = comma - 1
        for t in range(start + 1, comma):  # "Levine, who has given money to Rubio,": not Rubio
            if self.flat.lower(t) in ("who", "whose", "which") and self.flat.tokens[t - 1].text == ",":
                end = t - 2
                break
        return (start, end) if end >= start else None

    def _appositive_pair(self, start: int, comma: int) -> tuple[int, int] | None:
        """ "..., Sanders remains committed to the race, his top aide, Tad Devine, told HuffPost":
        when a clause with a verb of its own comes first, the source is only the two noun
        phrases before the cue ("his top aide, Tad Devine"), and the clause is the content."""
        flat = self.flat
        inner = self._chunk_back(comma - 1, start)
        if inner is None or flat.lower(inner[0] - 1) != "," or inner[0] - 2 < start:
            return None
        outer = self._chunk_back(inner[0] - 2, start)
        if outer is None or outer[0] <= start or flat.lower(outer[0] - 1) != ",":
            return None
        if not any(flat.tag(k) in ("VBD", "VBZ", "VBP", "MD") for k in range(start, outer[0])):
            return None
        return (outer[0], comma - 1)

    def _chunk_back(self, j: int, s_first: int) -> tuple[int, int] | None:
        """The noun phrase ending at token ``j``: names, titles, possessives, "of"/"from"
        attachments and lists of names ("Diplomats from the US, Spain and Latvia")."""
        flat = self.flat
        # The tagger often reads a hyphenated head as an adjective ("The secretary-general
        # said"); after a determiner, right before the cue, it can only be the noun.
        adjective_head = j > s_first and flat.tag(j) == "JJ" and flat.tag(j - 1) in ("DT", "PRP$")
        if j < s_first or not (flat.tag(j) in _NP_TAGS or flat.lower(j) in _POSSESSIVE or adjective_head):
            return None
        k = j
        has_cc = False
        while k - 1 >= s_first:
            prev, prev_tag, cur_tag = flat.lower(k - 1), flat.tag(k - 1), flat.tag(k)
            if k - 1 in self.by_close or k - 1 in flat.half:
                break  # a closing quote mark (the tagger may read ' as a possessive)
            if (
                prev_tag in _NP_TAGS
                or prev_tag == "NNP"
                or (prev in _POSSESSIVE and self._attached(k - 1))
                or (prev in ROLE_HEADS and cur_tag == "NNP")  # "councilmember" read as a verb
            ):
                k -= 1
            elif prev in ("and", "&") and cur_tag in _NP_TAGS and flat.tag(k - 2) in _NOUN_TAGS:
                has_cc = True
                k -= 1
            elif (prev == "," and has_cc and flat.tag(k - 2) == "NNP" and cur_tag in ("NNP", "DT")) or (
                prev in _NP_PREPS and cur_tag in _NP_TAGS and flat.tag(k - 2) in _NOUN_TAGS
            ):
                k -= 1
            elif self._postmodifier_at(k - 2) and prev in _NP_PREPS | {"on"} and cur_tag in _NP_TAGS:
                k -= 2  # "people familiar with the matter", "officials briefed on the talks"
            elif (
                prev == ","
                and cur_tag in ("JJ", "CD")
                and flat.tag(k - 2) in ("JJ", "VBN")
                and flat.tag(k - 3) in ("DT", "PRP$")
            ):
                k -= 2  # "the bespectacled, 71-year-old diplomat"
            elif prev == "-" and flat.tag(k - 2) == "CD" and cur_tag == "JJ":
                k -= 2  # "71 - year-old" as the tokenizer splits it
            else:
                break
        # "one of the prosecutors", "most of them", "4 in 10", "a third": quantities as sources
        while (
            k - 2 >= s_first
            and flat.lower(k - 1) in ("of", "in")
            and (flat.tag(k - 2) == "CD" or flat.lower(k - 2) in _QUANTITIES)
        ):
            k -= 2
            if flat.tag(k - 1) in ("CD", "DT", "RB") and k - 1 >= s_first:
                k -= 1
        if flat.tag(k) in ("IN", "TO") or all(
            flat.lower(t) in _WEEKDAYS or flat.lower(t) in _MONTHS or flat.lower(t) in _TIME_LEADS
            for t in range(k, j + 1)
        ):
            return None  # "for the U.S. Senate", "last week": no source
        quantity = any(flat.tag(t) == "CD" or flat.lower(t) in _QUANTITIES for t in range(k, j + 1))
        if (
            not adjective_head
            and not quantity
            and not any(flat.tag(t) in _NOUN_TAGS or flat.lower(t) in _PRONOUNS for t in range(k, j + 1))
        ):
            return None
        return (k, j)

    def _attached(self, i: int) -> bool:
        """A possessive mark written onto its word ("Jones' ", "Russia’s"), not a closing quote."""
        flat = self.flat
        return (
            i > 0
            and i not in self.by_close
            and i not in flat.half
            and flat.tokens[i].start == flat.tokens[i - 1].end
            and flat.tokens[i - 1].text[:1].isalnum()
        )

    def _main_subject(self, s_first: int, comma: int, need_verb: bool = False) -> tuple[int, int] | None:
        """For "..., saying ..." and "... and said ...": the subject of the main clause, at the
        sentence start or after a fronted adverbial ("In August, several groups ...")."""
        flat = self.flat
        k = s_first
        while k < comma and (flat.tag(k) in ("CC", "RB") or flat.lower(k) in ("but", "and")):
            k += 1
        if k > s_first and flat.tokens[k].text == "," and flat.tag(k - 1) == "RB":
            k += 1  # "Meanwhile, it attacked ..."
        k = _past_dateline(self.flat, k, comma)
        for _ in range(3):  # "At a rally in Ames, Iowa, on Sunday, Mrs. Clinton ..."
            skipped = self._past_adverbial(k, comma)
            if skipped == k:
                break
            k = skipped
            if flat.tag(k) == "NNP" and flat.lower(k + 1) == "," and k + 2 < comma and flat.tag(k + 2) == "IN":
                k += 2  # the state after a city
        if flat.lower(k) in _PRONOUNS and flat.tag(k) == "PRP":
            return (k, k)
        if self._name_read_as_modifier(k) and flat.tag(k + 1) in ("VBD", "VBZ", "VBP"):
            return (k, k)  # "Wealth-X keeps ... but says": a name the tagger read as an adjective
        end = k
        while end + 1 < comma and (flat.tag(end + 1) in _NP_TAGS or flat.lower(end + 1) in _POSSESSIVE):
            end += 1
        if need_verb and not (flat.tag(end + 1).startswith("VB") or flat.tag(end + 1) in ("MD", "RB")):
            return None
        return self._chunk_back(end, k) if flat.tag(k) in _NP_TAGS else None

    def _name_read_as_modifier(self, k: int) -> bool:
        """A capitalised word the tagger read as an adverb or adjective, and no sentence adverb
        ("Jolly", "Wealth-X", but not "Meanwhile" or "Separately")."""
        flat = self.flat
        return (
            flat.tag(k) in ("RB", "JJ")
            and flat.tokens[k].text[:1].isupper()
            and flat.lower(k) not in _SKIP_BEFORE_CUE | _SENTENCE_ADVERBS
        )

    def _past_adverbial(self, k: int, limit: int) -> int:
        """Past a fronted adverbial and its comma ("In response to ...,", "Hours later,",
        "On Sunday,"), or ``k`` when none opens at ``k``."""
        flat = self.flat
        low = flat.lower(k)
        reach = 20 if flat.tag(k) == "IN" else 8
        timed = low in _WEEKDAYS or low in _MONTHS
        if not (flat.tag(k) in ("IN", "RB") or low in _TIME_LEADS or timed):
            reach = 5  # "Hours later,", "A few days later,", "Last month,"
        for t in range(k + 1, min(limit, k + reach)):
            if flat.tokens[t].text == ",":
                before = flat.lower(t - 1)
                timed_end = before in ("later", "earlier", "ago") or before in _TIME_NOUNS
                if reach == 5 and not (timed_end or before in _WEEKDAYS or before in _MONTHS):
                    return k
                return t + 1
        return k

    def _subject_after(self, cue: Cue, s_last: int) -> tuple[int, int] | None:
        """Inverted order after a quote or comma: "..., said Mr Blinken."."""
        flat = self.flat
        k = cue.last + 1
        if k > s_last:
            return None
        if flat.lower(k) in _PRONOUNS and flat.tag(k) == "PRP":
            return (k, k)
        end = k
        while end <= s_last and (
            flat.tag(end) in _NP_TAGS
            or flat.lower(end) in _POSSESSIVE
            or (flat.lower(end) == "-" and flat.tag(end - 1) == "CD")  # "the 46-year-old"
            or flat.lower(end) in ROLE_HEADS  # "said lobbyist and GOP strategist Charlie Black"
            or (flat.lower(end) == "and" and end > k and flat.tag(end + 1) in _NP_TAGS)
        ):
            end += 1
        end -= 1
        if end < k or not any(flat.tag(t) in _NOUN_TAGS or flat.lower(t).endswith("-old") for t in range(k, end + 1)):
            return None
        if any(flat.lower(t) in _WEEKDAYS or flat.lower(t) in _MONTHS for t in range(k, end + 1)):
            return None  # "said Monday.", "said last month."
        while flat.lower(end + 1) in ("of", "from") or (
            flat.lower(end + 1) in ("to", "for", "at") and flat.lower(end) in ROLE_HEADS
        ):  # "said Sen. Tammy Baldwin of Wisconsin.", "said the former top aide to President Bush."
            name = end + 3 if flat.lower(end + 2) == "the" else end + 2
            if name > s_last or flat.tag(name) not in _NP_TAGS:
                break
            end = name
            while end + 1 <= s_last and flat.tag(end + 1) in _NP_TAGS:
                end += 1  # "said a handful of Democrats who ..."
        if flat.lower(end) in ROLE_HEADS and flat.lower(end + 1) == "," and flat.tag(end + 2) == "NNP":
            # "said the company's chief executive, John J. Ferriola.": the role's name follows
            name_end = end + 2
            while name_end + 1 <= s_last and flat.tag(name_end + 1) == "NNP":
                name_end += 1
            if (flat.lower(name_end + 1) or ".") in (".", ","):
                end = name_end
        if flat.lower(end + 1) in _SOURCE_POSTMODIFIERS and flat.lower(end + 2) in _NP_PREPS | {"on"}:
            end += 1  # "one Republican involved in the planning": the tagger reads it as a verb
        if flat.lower(end) in _SOURCE_POSTMODIFIERS and flat.lower(end + 1) in _NP_PREPS | {"on"}:
            # "said one Democrat familiar with the discussion, ..."
            pp_end = end + 2
            while pp_end <= s_last and (flat.tag(pp_end) in _NP_TAGS or flat.lower(pp_end) in _POSSESSIVE):
                pp_end += 1
            if pp_end > end + 2:
                end = pp_end - 1
        nxt = flat.tokens[end + 1].text if end + 1 <= s_last else "."
        if nxt not in (".", ",", "!", "?", ";", ":", "(", "who") and flat.lower(end + 1) not in _TIME_LEADS:
            return None
        return (k, end)

    # --- the content ------------------------------------------------------------------

    def _is_separator(self, i: int) -> bool:
        flat = self.flat
        return i >= 0 and (flat.tokens[i].text in (",", "—", "–") or i in self.by_close)

    def _content_before(self, sep: int, s_first: int) -> tuple[int, int] | None:
        """Content that precedes a postposed cue clause ending at separator ``sep``."""
        flat = self.flat
        close = sep if sep in self.by_close else (sep - 1 if sep - 1 in self.by_close else None)
        if close is not None:
            q = self.by_close[close]
            start = q.open
            # text before the opener in the same sentence belongs to the content ("But “we ...”")
            first_of_open = flat.sent_range[flat.sent[q.open]][0]
            if first_of_open < q.open and flat.para[first_of_open] == flat.para[q.open]:
                start = first_of_open
            return (start, sep - 1 if sep not in self.by_close else sep)
        end = sep - 1
        start = s_first
        # an unmatched closing mark inside means the quote began in an earlier sentence
        for k in range(start, end + 1):
            opened = self.by_close.get(k)
            if opened is not None and opened.open < start:
                start = opened.open
                break
        return (start, end) if end >= start else None

    def _content_start(self, cue: Cue, s_last: int) -> int:
        """First content token after the cue: skips an addressee ("told reporters"), time and
        place adjuncts ("on Friday", "at his press conference") up to a "that" or a colon."""
        flat = self.flat
        k = cue.last + 1
        addressee = cue.lemma == "tell" or flat.lower(k) in ("reporters", "journalists", "him", "her", "them", "us")
        if cue.lemma in _OBJECT_TAKERS and addressee and flat.tag(k) in ("PRP", "NNS", "NNP", "NNPS", "DT", "NN"):
            while k <= s_last and (flat.tag(k) in _NP_TAGS or flat.tag(k) == "PRP"):
                k += 1
        if flat.lower(k) == "," and flat.lower(k + 1) in ("as", "like"):
            # "insisted, as President Biden did, that ...": the comparison is the narrator's
            for t in range(k + 2, min(s_last, k + 12) + 1):
                if flat.lower(t) == ",":
                    if flat.lower(t + 1) == "that":
                        return t + 2
                    break
        look = k
        # "said at his press conference that ...": adjunct words up to a "that" are skipped,
        # but only when they open with a preposition, adverb or time word, never an object
        # ("repeated Russia's denials that ..." keeps its object).
        adjunct_opening = flat.tag(k) in ("IN", "RB", "RBR") or flat.lower(k) in _WEEKDAYS
        for t in range(k, min(s_last, k + 10) + 1 if adjunct_opening else k):
            low, tag = flat.lower(t), flat.tag(t)
            if low == "that" and tag in ("IN", "WDT", "DT") and t > k:
                if flat.tag(t + 1) not in ("VBZ", "VBD", "MD", "VBP"):
                    return t + 1
                break
            if low == ":" or (t in self.by_open):
                break
            if tag.startswith("VB") or tag == "MD" or low in (",", ";", "."):
                break
        while look <= s_last:
            low = flat.lower(look)
            if flat.lower(look + 1) in _POSSESSIVE or flat.lower(look + 2) in _POSSESSIVE:
                break  # "next week's talks ..." is the content's subject, not an adjunct
            if flat.lower(look + 1) == "of" or flat.lower(look + 2) == "of":
                break  # "see this week of talks as ...": the object, not an adjunct
            if low in _WEEKDAYS or (flat.tag(look) == "RB" and low.endswith("ly")):
                look += 1
                continue
            if low in ("on", "last", "this", "next", "late", "early") and flat.lower(look + 1) in _WEEKDAYS:
                look += 2
                continue
            if (
                low in ("in", "at")
                and flat.lower(look + 1) in ("a", "an", "his", "her", "their", "its", "the")
                and (
                    flat.lower(look + 2) in ("statement", "interview", "speech", "letter", "tweet", "post", "briefing")
                    or flat.lower(look + 3) in ("conference", "briefing", "interview", "statement")
                )
            ):
                look += 3 if flat.lower(look + 2) in ("statement", "interview", "speech", "letter", "tweet") else 4
                continue
            break
        if flat.lower(look) == "that" and flat.tag(look) in ("IN", "DT", "WDT"):
            look += 1
        while (
            look <= s_last
            and flat.tokens[look].text in (":", ",")
            and (flat.tokens[look].text == ":" or look + 1 in self.by_open)
        ):
            look += 1
        return look

    def _strong_opening(self, after: int, s_last: int, cue: Cue) -> bool:
        """Weak cues ("added", "believes", "found") need a clause marker, a quote, a clause of
        their own ("polls show Trump is trailing") or, for those taking one, an infinitive
        ("wants to run", "asked Congress to act"); a bare object ("found the keys") is no statement."""
        flat = self.flat
        prev = flat.lower(after - 1)
        if prev in ("that", ":") or after in self.by_open:
            return True
        if cue.lemma in _WH_TAKERS and self._wh_at(after, s_last) is not None:
            return True  # "asked whether the deals required ...", "asked Mook if ..."
        if cue.infinitive and self._infinitive_at(after, s_last):
            return True
        if self._clause_at(after, s_last):
            return True
        return any(k in self.by_open for k in range(after, min(s_last, after + 12) + 1))

    def _wh_at(self, k: int, s_last: int) -> int | None:
        """A question word at ``k`` or after a short object ("asked the minister whether ...")."""
        flat = self.flat
        for t in range(k, min(s_last, k + 4) + 1):
            if flat.lower(t) in _WH_OPENINGS:
                return t
            if not (flat.tag(t) in _NP_TAGS or flat.tag(t) == "PRP"):
                return None
        return None

    def _infinitive_at(self, k: int, s_last: int) -> bool:
        """ "to" + verb at ``k``, or after a short object ("urged Democrats to vote")."""
        flat = self.flat
        for t in range(k, min(s_last, k + 5) + 1):
            if (flat.lower(t) == "to" and flat.tag(t + 1) == "VB") or (
                flat.lower(t) == "not" and flat.lower(t + 1) == "to"
            ):
                return True
            if not (flat.tag(t) in _NP_TAGS or flat.tag(t) == "PRP" or flat.lower(t) in _POSSESSIVE):
                return False
        return False

    def _clause_at(self, k: int, s_last: int) -> bool:
        """A clause without "that": a subject noun phrase, then a finite verb ("the plan will
        fail", "he is right"); an object followed by anything else is not one."""
        flat = self.flat
        if not (flat.tag(k) in _NP_TAGS or flat.tag(k) in ("PRP", "EX")):
            return False
        if flat.tag(k) == "PRP" and flat.lower(k) not in _PRONOUNS:
            return False  # "him", "them": an object
        for t in range(k + 1, min(s_last, k + 8) + 1):
            tag = flat.tag(t)
            if tag in ("VBD", "VBZ", "VBP", "MD"):
                return True
            if tag == "VB" and flat.tag(t - 1) in ("NNS", "RB") and flat.lower(t - 1) != "to":
                return True  # "union voters almost always end up": a present tense read as VB
            if not (tag in _NP_TAGS or tag in ("IN", "RB", "CC") or flat.lower(t) in _POSSESSIVE):
                return False
        return False

    def _content_end(self, start: int, s_last: int, cue: Cue) -> int:
        """Sentence end, or further when a quote opened inside runs over several sentences;
        cut before the source of a later cue in the same sentence ("..., and said ...")."""
        flat = self.flat
        end = s_last
        k = start
        while k <= end:
            q = self.by_open.get(k)
            if q is not None:
                close = q.close if q.close is not None else q.last
                if close > end:
                    end = flat.sent_range[flat.sent[close]][1]
                if q.close is not None and close < end and self._narrator_resumes(close + 1):
                    return close  # 'cautioned “let's not get ahead of ourselves,” before predicting ...'
                k = max(k + 1, close)
                continue
            if k > start and self._new_clause(k):
                return k - 1  # "... is Hillary Clinton, and he railed against ..."
            k += 1
        n = bisect.bisect_right(self.cue_starts, cue.last)
        while n < len(self.cue_starts) and self.cue_starts[n] <= end:
            nxt = self.cue_starts[n]
            boundary = self._clause_boundary(start, nxt)
            if boundary is not None:
                return boundary
            n += 1
        return end

    def _narrator_resumes(self, k: int) -> bool:
        """After a closing quote mark inside a content: does the narrator take over at ``k``
        (", linking to ...", "before predicting ...", "and said ...")?"""
        flat = self.flat
        low = flat.lower(k)
        if low == ",":
            k += 1
            low = flat.lower(k)
            if flat.tag(k) == "VBG":
                return True
        if low in ("before", "while", "after", "then"):
            return True
        if low in ("as", "when") and flat.tag(k + 1) == "PRP":
            return True  # 'says he's “excited where we stand” as he faces a test'
        if low in ("and", "but"):
            nxt = k + 1 + (1 if flat.tag(k + 1) == "PRP" else 0)
            return flat.tag(nxt) in ("VBD", "VBZ", "VBG") and flat.lower(nxt) not in _AUX
        return False

    def _new_clause(self, k: int) -> bool:
        """Token ``k`` starts a new main clause of the narrator: "; ..." or ", and he said ..."."""
        flat = self.flat
        low = flat.lower(k)
        if low == ";" or (low == "," and flat.lower(k + 1) == "which"):
            return True
        if low in ("and", "but"):
            # "believes the plan will fail and has been calling on ...": a second verb of the
            # source's, coordinated with the cue, ends the content
            j = k + 1
            while flat.tag(j) == "RB":
                j += 1
            if flat.tag(j) in ("VBZ", "VBD", "VBP") and flat.lower(j) in _AUX:
                return True
        return (
            low == ","
            and flat.lower(k + 1) in ("and", "but")
            and flat.lower(k + 2) in _PRONOUNS
            and flat.tag(k + 2) == "PRP"
            and (flat.tag(k + 3).startswith("VB") or flat.tag(k + 3) in ("MD", "RB"))
        )

    def _clause_boundary(self, start: int, cue_first: int) -> int | None:
        """Where the clause holding a later cue begins: before ", saying" / "and said"."""
        flat = self.flat
        k = cue_first - 1
        while k > start and (flat.tag(k) == "RB" or flat.lower(k) in _SKIP_BEFORE_CUE):
            k -= 1
        if flat.lower(k) in _PRONOUNS and flat.tag(k) == "PRP" and flat.lower(k - 1) in _CLAUSE_JOINS - {","}:
            k -= 1  # "... — and he noted that ..."
        if k in self.by_close and flat.lower(k - 1) == "," and k - 1 > start:
            return k  # "... a “major breach of trust,” adding: ...": the quote ends the content
        if flat.lower(k) in _CLAUSE_JOINS:
            while k - 1 > start and flat.lower(k - 1) in _CLAUSE_JOINS - {"and", "but"}:
                k -= 1
            return k - 1 if k - 1 >= start else None
        if flat.lower(k) in ("who", "which") or flat.tag(k) in _NP_TAGS:
            # a later report with a source of its own: ", while 22 percent said ...", "— who said"
            first = k if flat.lower(k) in ("who", "which") else (self._chunk_back(k, start) or (k, k))[0]
            join = first - 1
            if join > start and (flat.lower(join) in _CLAUSE_JOINS or flat.lower(join) in _CONTRAST):
                while join - 1 > start and (flat.lower(join - 1) in _CLAUSE_JOINS or flat.lower(join - 1) in _CONTRAST):
                    join -= 1
                return join - 1
        return None

    def _until_comma(self, start: int, end: int) -> int:
        for k in range(start, end + 1):
            if self.flat.tokens[k].text == "," and k not in self.by_close:
                return k - 1
        return end

    def _choose_side(self, before: tuple[int, int], after: tuple[int, int]) -> tuple[int, int]:
        """Parenthetical cue: "It was, he said, one of the failures" reports the whole
        sentence, so the content runs across the cue, as for a split quote; only a short
        fronted adjunct ("In the end, he said, ...") is the narrator's and left out."""
        flat = self.flat
        fronted_adjunct = flat.tag(before[0]) in ("IN", "RB") and before[1] - before[0] < 5
        if fronted_adjunct and flat.lower(before[0]) not in _SUBORDINATORS:
            return after
        return (before[0], after[1])

    def _according(self, cue: Cue) -> _Frame | None:
        """ "According to X, ..." / "..., according to X." / "..., according to X, ..."."""
        flat = self.flat
        s_first, s_last = flat.sent_range[flat.sent[cue.first]]
        k = cue.last + 1
        end = k
        while end <= s_last and (
            flat.tag(end) in _NP_TAGS or flat.lower(end) in _POSSESSIVE or flat.lower(end) in ("of", "and")
        ):
            end += 1
        if end == k:
            return None
        subject = (k, end - 1)
        close = cue.first - 1
        if close in self.by_close and self.by_close[close].open < close:
            # '..., “when individuals make false statements,” according to the news outlet.'
            q = self.by_close[close]
            start = min(q.open, s_first) if flat.para[q.open] == flat.para[s_first] else q.open
            return _Frame(cue, subject, (start, close))
        opener = s_first
        for t in range(cue.first - 1, s_first - 1, -1):  # "(According to the police, ...)"
            if flat.tokens[t].text in ("(", "[") or t in self.by_open:
                opener = t + 1
                break
            if flat.tokens[t].text in (")", "]"):
                break
        if cue.first == opener or (cue.first == opener + 1 and flat.tag(opener) == "CC"):
            # the source runs to the first comma ("According to an online Texas Tribune poll out
            # Thursday, ..."), whatever words it holds
            comma = next((t for t in range(end, min(s_last, k + 25) + 1) if flat.tokens[t].text == ","), None)
            if comma is None or comma + 1 > s_last:
                return None
            subject = (k, comma - 1) if comma > end else subject
            return _Frame(cue, subject, (comma + 1, self._bracket_end(comma + 1, s_last)))
        poll_at_end = cue.lemma == "in" and end >= s_last  # "... by 28 points in the same poll."
        if flat.tokens[cue.first - 1].text == "," or poll_at_end:
            before = (opener, cue.first - (2 if flat.tokens[cue.first - 1].text == "," else 1))
            if end <= s_last and flat.tokens[end].text == "," and end + 2 <= s_last:
                # "While most were ..., according to an official, two were upgraded"
                return _Frame(cue, subject, self._choose_side(before, (end + 1, self._bracket_end(end + 1, s_last))))
            return _Frame(cue, subject, before)
        return None

    def _bracket_end(self, start: int, s_last: int) -> int:
        """The sentence end, or the token before a bracket closing one opened before ``start``."""
        for t in range(start, s_last + 1):
            if self.flat.tokens[t].text in ("(", "["):
                return s_last
            if self.flat.tokens[t].text in (")", "]"):
                return t - 1
        return s_last


def _trim_chars(text: str, offset: int) -> tuple[int, int] | None:
    """Strip surrounding whitespace and a dangling comma/colon from quoted text."""
    lead = len(text) - len(text.lstrip())
    body = text.strip().rstrip(",:;").rstrip()
    if not any(c.isalnum() for c in body):
        return None
    return offset + lead, offset + lead + len(body)


def _position(
    flat: _Flat,
    by_open: dict[int, Quote],
    by_close: dict[int, Quote],
    cue: Cue,
    resolved: _Resolved,
    content: tuple[int, int],
) -> Position | None:
    """Trim the content range, decide direct / mixed / indirect, build the Position."""
    first, last = content
    while first <= last and (flat.lower(first) in _LEADING_JUNK or first in flat.half):
        first += 1
    if last in flat.half and last + 1 in by_close:
        last += 1  # content cut between the two halves of a closing ''
    while last >= first and flat.lower(last) in _TRAILING_JUNK:
        last -= 1
    if last < first:
        return None
    kind: PositionKind
    q = by_open.get(first)
    tail = last
    if q is not None and q.close is not None and q.close < last:
        while tail > q.close and flat.lower(tail) in _TRAILING_JUNK | {"!", "?"}:
            tail -= 1
    unclosed_to_end = (
        q is not None
        and q.close is None
        and all(flat.lower(k) in _TRAILING_JUNK | {"!", "?"} for k in range(last + 1, flat.para_range(first)[1] + 1))
    )
    if q is not None and (q.close == tail or unclosed_to_end):
        trimmed = _trim_chars(flat.text[q.content_start : q.content_end], q.content_start)
        if trimmed is None:
            return None
        start, end = trimmed
        kind = "direct"
    else:
        start, end = flat.tokens[first].start, flat.tokens[last].end
        if flat.tokens[last].text in _DOUBLE | _SINGLE_CLOSE and last in by_close and by_close[last].open < first:
            start = by_close[last].content_start  # a closing mark with its opener before: quoted all along
        has_quote = any(k in by_open or k in by_close for k in range(first, last + 1))
        kind = "mixed" if has_quote else "indirect"
    if not any(c.isalnum() for c in flat.text[start:end]):
        return None
    cue_span = _span(flat, cue.first, cue.last)
    sentence = flat.doc_sentence[flat.token_at(start)]
    content_span = Span(start, end, flat.text[start:end])
    return Position(resolved.speaker, resolved.mention, cue_span, kind, content_span, sentence)
