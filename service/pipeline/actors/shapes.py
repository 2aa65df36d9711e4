"""Pass 1 of the actor finder: how each sentence's capitals and numbers are to be read (a Title Case or
ALL-CAPS line, a results-table row, a fixture, a headline list of players), and the evidence the whole
document gives of names (words capitalised inside ordinary sentences) and of acronyms.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from service.pipeline import lexicon as lx
from service.pipeline.actors.tokens import OPENERS, is_all_caps, is_capitalised, is_score, norm, word_form
from service.pipeline.actors.vocabulary import Vocabulary, company_ending
from service.pipeline.document import Sentence, Token

FIXTURE_WORDS = frozenset({"v", "vs", "vs.", "v."})
ROW_CONNECTORS = frozenset({"of", "and", "the", "de", "v", "vs", "da", "del", "von", "van", "&"})


def company_suffix(text: str) -> bool:
    """An abbreviated company suffix with its period ("Inc.", "Cos.", "N.V.")."""
    return text.endswith(".") and len(text) > 2 and company_ending(text)


@dataclass(slots=True)
class Shape:
    """How a sentence's capitals and numbers are to be read.

    ``strict``: a Title Case or ALL-CAPS line, where capitals say nothing about names; ``initial``: token
    indexes capitalised by grammar (sentence or quotation start); ``row``: a line of a results or
    standings table ("Arsenal 17 10 5 2", "Rangers 4 Hibernian 3"), where every capitalised word is a
    name; ``relaxed``: tokens to read as names even in a weak position (the sides of a fixture
    "Forfar v Alloa", a surname after a first name in a headline "Mark Waugh")."""

    strict: bool
    initial: set[int]
    row: bool = False
    relaxed: set[int] = field(default_factory=set)


def after_name(toks: tuple[Token, ...], i: int) -> bool:
    """Does the token before ``i`` end a multi-word capitalised name ("Ian Wright (")?"""
    return i >= 2 and is_capitalised(toks[i - 1].text) and is_capitalised(toks[i - 2].text)


def all_caps_line(sentence: Sentence) -> bool:
    """A headline set in capitals ("LATE GOALS GIVE JAPAN WIN"), where no word's case says anything."""
    words = [t.text for t in sentence.tokens if t.text[:1].isalpha()]
    return len(words) >= 2 and all(w.isupper() for w in words)


def is_table_header(sentence: Sentence) -> bool:
    """A column-header line ("W L T GF GA PTS", "Curr Wk YTD Yr Ago"): short capitalised abbreviations only."""
    words = [t.text for t in sentence.tokens]
    return len(words) >= 3 and all(w.isalpha() and len(w) <= 4 and w[0].isupper() for w in words)


def _is_table_row(sentence: Sentence) -> bool:
    """A results or standings line: capitalised names and small integers, no lower-case words."""
    toks = sentence.tokens
    if len(toks) < 2 or not toks[0].text[:1].isupper() or not toks[0].text[:1].isalpha():
        return False
    scores = 0
    for t in toks:
        if is_score(t.text):
            scores += 1
        elif t.text[:1].islower() and t.text not in ROW_CONNECTORS:
            return False
    return scores >= 1 and scores >= 0.25 * len(toks)


def collect_evidence(sentences: list[Sentence], shapes: list[Shape]) -> tuple[set[str], set[str]]:
    """(capitalised words seen inside ordinary sentences, all-capital words seen in mixed-case
    sentences): the second are acronyms, which a shouted headline cannot show."""
    evidence: set[str] = set()
    acronyms: set[str] = set()
    for s, shape in zip(sentences, shapes, strict=True):
        if shape.strict or shape.row:
            continue
        for i, tok in enumerate(s.tokens):
            if not is_capitalised(tok.text):
                continue
            if is_all_caps(tok.text):
                if tok.text.isalpha() and len(tok.text) <= 5:
                    acronyms.add(tok.text)
            elif i not in shape.initial or (
                i + 1 < len(s.tokens) and is_capitalised(s.tokens[i + 1].text) and company_ending(s.tokens[i + 1].text)
            ):
                # a firm's first word is a name wherever the firm is named, even opening a sentence ("Meridian
                # Energy said ...": "Meridian said" later is the firm, though "meridian" is a dictionary word)
                evidence.add(tok.text.casefold())
    return evidence, acronyms


class ShapeReader:
    """Reads the :class:`Shape` of a sentence; the first names and dictionary of the vocabulary tell a
    headline's "Mark Waugh" from "VICTORIA FIGHT BACK"."""

    def __init__(self, vocab: Vocabulary) -> None:
        self._vocab = vocab

    @staticmethod
    def _is_strict(sentence: Sentence) -> bool:
        """Title Case and ALL-CAPS lines: capitalisation there says nothing about names. A company's abbreviated
        suffix is capitalised anywhere ("He joined Acme Inc.", "Shares of Acme Cos." are no headlines)."""
        words = [t.text for t in sentence.tokens if t.text[:1].isalpha() and not company_suffix(t.text)]
        if len(words) < 2:
            return False
        caps = sum(1 for w in words if is_capitalised(w))
        return caps >= 0.7 * len(words)

    @staticmethod
    def _initial_positions(sentence: Sentence) -> set[int]:
        """Indexes of tokens that start a sentence or a quotation (capitalised by grammar)."""
        out: set[int] = set()
        at_start = True
        toks = sentence.tokens
        for i, tok in enumerate(toks):
            # an apostrophe glued to the word before it and not to the next closes a plural possessive ("the
            # Farmers' Alliance"), it opens nothing
            possessive = (
                tok.text in ("'", "’")
                and i > 0
                and toks[i - 1].end == tok.start
                and (i + 1 == len(toks) or toks[i + 1].start > tok.end)
            )
            if tok.text in OPENERS and not possessive:
                at_start = True
                continue
            if at_start and tok.text[:1].isalnum():
                out.add(i)
            at_start = False
        return out

    def shape(self, sentence: Sentence) -> Shape:
        toks = sentence.tokens
        if _is_table_row(sentence):
            return Shape(False, set(), row=True, relaxed=set(range(len(toks))))
        shape = Shape(self._is_strict(sentence), self._initial_positions(sentence))
        for i in range(len(toks) - 2):
            first, dot, name = toks[i].text, toks[i + 1].text, toks[i + 2].text
            if len(first) == 1 and first.isupper() and dot == "." and is_capitalised(name) and name.isalpha():
                shape.relaxed.update((i, i + 2))  # "C. Harris lbw b Wasim": an initial, not a sentence start
            if first == "(" and name == ")" and after_name(toks, i) and is_capitalised(dot):
                shape.relaxed.add(i + 1)  # "Ian Wright (Arsenal)": the bracket does not start a sentence
            if first == "(" and name == ")" and norm(dot) in self._vocab.countries and i >= 2:
                # "Katja Seizinger (Germany) 180 points": the words before a bracketed country are a name
                k = i - 1
                while k >= 0 and i - k <= 3 and is_capitalised(toks[k].text) and toks[k].text.isalpha():
                    shape.relaxed.add(k)
                    k -= 1
        shouted = shape.strict and not any(t.text[:1].islower() for t in toks)
        all_caps = shouted and all_caps_line(sentence)
        for i, tok in enumerate(toks):
            low = tok.text.casefold()
            if low in FIXTURE_WORDS or (shouted and tok.text == "AT" and len(toks) <= 12):
                for step in (-1, 1):  # both sides of "Forfar v Alloa", "ANAHEIM AT BUFFALO"
                    k = i + step
                    while 0 <= k < len(toks) and abs(k - i) <= 4 and is_capitalised(toks[k].text):
                        shape.relaxed.add(k)
                        k += step
            elif shape.strict and i > 0 and self._surname_after_first_name(toks[i - 1], tok):
                if all_caps and self._vocab.is_common(low):
                    continue  # "VICTORIA FIGHT BACK": in an all-capitals headline a first name proves nothing
                shape.relaxed.update((i - 1, i))  # "Mark Waugh" in a Title Case list of players
        return shape

    def _surname_after_first_name(self, first: Token, word: Token) -> bool:
        if not is_capitalised(first.text) or word_form(first).casefold() not in self._vocab.first_names:
            return False
        low = word_form(word).casefold()
        return (
            word.text[:1].isupper()
            and word.text.isalpha()
            and low not in self._vocab.stopwords
            and low not in lx.NON_ACTOR_WORDS
            and low not in lx.ROLE_WORDS
            and low not in lx.ORG_HEADS
            and norm(low) not in self._vocab.demonyms
        )
