"""Quote marks paired into spans, before any cue is read.

Quoted text is the strongest sign of reported speech and the one place where a cue must not
be looked for ("“They said no,” she said" has one cue), so quotes are found first and every
later step can ask whether a token lies inside one.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from service.pipeline.positions.tokens import FlatTokens

_OPEN_ONLY = frozenset({"“", "„", "«"})
_CLOSE_ONLY = frozenset({"”", "»"})
DOUBLE = _OPEN_ONLY | _CLOSE_ONLY | {'"'}
_SINGLE_OPEN = frozenset({"‘", "'"})
_POSTPOSED_CUES = frozenset({"said", "says", "told", "added", "asked", "wrote", "insisted", "explained"})
SINGLE_CLOSE = frozenset({"’", "'"})
_OPEN_BEFORE = frozenset("([{—–-/")  # characters after which a straight quote opens
# Any mark that may open or close a quote, for readers that only look for one next to a word
OPENING_MARKS = _OPEN_ONLY | _SINGLE_OPEN | {'"'}
CLOSING_MARKS = _CLOSE_ONLY | SINGLE_CLOSE | {'"'}


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


class QuoteFinder:
    """Pairs quote marks into spans, robust to unbalanced marks.

    A mark left open is capped at its paragraph end, so one stray quote cannot swallow
    the rest of an article; when the next paragraph opens with a quote mark the quote is
    read as continuing there (the multi-paragraph convention of news copy).
    """

    def __call__(self, flat: FlatTokens) -> list[Quote]:
        doubles = self._double(flat)
        inside = coverage(flat, doubles)
        singles = self._single(flat, inside)
        # British style nests the other way ('The report was "a disaster",' he said): a double
        # quote inside a single one is part of it, as a single inside a double is
        outer = [(q.open, q.close) for q in singles if q.close is not None]
        quotes = [q for q in doubles if not any(o < q.open and q.close is not None and q.close < c for o, c in outer)]
        quotes.extend(singles)
        quotes.sort(key=lambda q: q.open)
        return quotes

    @staticmethod
    def _role(flat: FlatTokens, i: int) -> str:
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
    def _pair(flat: FlatTokens, i: int) -> bool:
        """Two adjacent apostrophes or backticks ('' or ``) written as one double mark."""
        tok = flat.tokens[i]
        if tok.text not in ("'", "`") or i + 1 >= len(flat.tokens):
            return False
        nxt = flat.tokens[i + 1]
        return nxt.text in ("'", "`") and nxt.start == tok.end and flat.para[i] == flat.para[i + 1]

    def _role_pair(self, flat: FlatTokens, i: int) -> str:
        before, after = flat.char_before(i), flat.char_after(i + 1)
        space_before = before.isspace() or before in _OPEN_BEFORE
        space_after = after.isspace() or after in ".,;:!?)]}"
        if space_before and not space_after:
            return "open"
        if space_after and not space_before:
            return "close"
        return "either"

    def _double(self, flat: FlatTokens) -> list[Quote]:
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
            if pair and open_at is not None and self._pair(flat, i + 1) and not self._pair(flat, i + 2):
                # ",''' said": three apostrophes close an inner 'quote' and then the ''quote''
                continue
            if pair:
                # the mark is two tokens: a quote opens after the second and closes at it
                flat.half.add(i)
                skip = i + 1
                role, text, i = self._role_pair(flat, i), '"', i + 1
            elif tok.text not in DOUBLE:
                continue
            else:
                role, text = self._role(flat, i), tok.text
            if open_at is None:
                if role != "close" or self._leads_paragraph(flat, i - 1 if pair else i):
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
    def _leads_paragraph(flat: FlatTokens, i: int) -> bool:
        """Is mark ``i`` the first thing in its paragraph (invisible format characters aside)?
        There it can only open a quote, whatever its shape ("” … the train has left,” wrote Time")."""
        lead = flat.para_range(i)[0]
        before = flat.text[flat.tokens[lead].start : flat.tokens[i].start]
        if not all(c.isspace() or unicodedata.category(c) == "Cf" for c in before):
            return False
        # '\n\n” he said.': a closer that strayed over the paragraph break, not an opener
        nxt = flat.tokens[i + 1].text if i + 1 < len(flat.tokens) and flat.para[i + 1] == flat.para[i] else ""
        return not (flat.char_after(i).isspace() and nxt[:1].islower())

    @staticmethod
    def _capped(flat: FlatTokens, open_at: int, continued: bool, before: int | None = None) -> Quote:
        last = flat.para_range(open_at)[1] if before is None else max(open_at, before - 1)
        # '“We were never consulted, said Elspeth Morrow.': the closing mark was forgotten before
        # the comma of a postposed cue; the quote ends there, so its cue is read
        shut = next((k for k in range(open_at + 2, last) if QuoteFinder._postposed_cue_after(flat, k)), None)
        last = shut - 1 if shut is not None else last
        end = max(flat.tokens[last].end, flat.tokens[open_at].end)
        return Quote(open_at, None, flat.tokens[open_at].end, end, last, continued)

    @staticmethod
    def _postposed_cue_after(flat: FlatTokens, comma: int) -> bool:
        """Does ", said X." / ", she said." close a sentence after the comma at ``comma``?"""
        if flat.lower(comma) != ",":
            return False
        k = comma + 1
        if flat.lower(k) not in _POSTPOSED_CUES:
            while flat.tag(k) in ("NNP", "PRP", "DT", "NN") and k < comma + 4:
                k += 1  # "she said", "the minister said", "Ms Cole said"
            if k == comma + 1 or flat.lower(k) not in _POSTPOSED_CUES:
                return False
            return flat.lower(k + 1) in (".", "!", "?", ",", "")
        k += 1
        while flat.tag(k) in ("NNP", "DT", "NN", "JJ") and k < comma + 7:
            k += 1  # "said Elspeth Morrow", "said the minister"
        return k > comma + 2 and flat.lower(k) in (".", "!", "?", ",", "")

    @staticmethod
    def _single(flat: FlatTokens, inside: list[bool]) -> list[Quote]:
        """Single quotes ('real', ‘core principles’) pair within one sentence, where an
        apostrophe cannot be mistaken for a quote spanning half the article. A quotation in
        British style ('We will not be intimidated. The alliance stands united,' he said) runs
        on within its paragraph when it opens on a capital and closes after punctuation, which
        no elision ('90s) or plural possessive (voters' concerns) does."""
        quotes: list[Quote] = []
        taken = -1  # the last token of a quote that ran on past its sentence
        for first, last in flat.sent_range:
            i = max(first, taken + 1)
            while i <= last:
                tok = flat.tokens[i]
                if tok.text not in _SINGLE_OPEN or i in flat.half or i - 1 in flat.half or inside[i]:
                    i += 1
                    continue
                before = flat.char_before(i)
                if (before.isspace() or before in _OPEN_BEFORE or i == first) and flat.char_after(i).isalnum():
                    close = QuoteFinder._single_close(flat, inside, i, last, run_on=False)
                    if close is None and flat.char_after(i).isupper():
                        close = QuoteFinder._single_close(flat, inside, i, flat.para_range(i)[1], run_on=True)
                    if close is not None:
                        quotes.append(Quote(i, close, tok.end, flat.tokens[close].start, close - 1))
                        taken = i = close
                i += 1
        return quotes

    @staticmethod
    def _single_close(flat: FlatTokens, inside: list[bool], i: int, limit: int, run_on: bool) -> int | None:
        """The closing single mark for the opener at ``i``, up to token ``limit``."""
        nested_until = -1  # a double quote inside this one ('The report was "a disaster",' he said)
        for j in range(i + 1, min(limit, i + (200 if run_on else 60)) + 1):
            if j <= nested_until:
                continue
            if flat.tokens[j].text in DOUBLE and not inside[j - 1] and j + 1 < len(inside) and inside[j + 1]:
                shut = next((k for k in range(j + 1, min(limit, j + 40) + 1) if flat.tokens[k].text in DOUBLE), None)
                if shut is not None and not (shut + 1 <= limit and inside[shut + 1]):
                    nested_until = shut
                    continue
            if inside[j] or flat.tokens[j].text in DOUBLE or j in flat.half:
                return None
            if (
                run_on
                and flat.tokens[j].text in _SINGLE_OPEN
                and flat.char_before(j).isspace()
                and flat.char_after(j).isalnum()
            ):
                return None  # "'Bama fans won. 'We did it,' one said": a second opener; the first was an elision
            if (
                flat.tokens[j].text in SINGLE_CLOSE
                and not flat.char_before(j).isspace()
                and not flat.char_after(j).isalnum()
                and (not run_on or flat.char_before(j) in ".,?!…")
                and not (QuoteFinder._plural_possessive(flat, j) and QuoteFinder._closes_later(flat, j, limit))
            ):
                return j
        return None

    @staticmethod
    def _closes_later(flat: FlatTokens, j: int, limit: int) -> bool:
        """Is there a closing single mark after ``j`` (up to ``limit``) before any mark that
        opens a new quote? Then an apostrophe-like mark at ``j`` is a plural possessive ('Our
        members' health is at risk,' he said), not the end of 'heroes' in "called them 'heroes'
        last night, and the cuts 'reckless'"."""
        for k in range(j + 1, limit + 1):
            text = flat.tokens[k].text
            if text in _SINGLE_OPEN and flat.char_before(k).isspace() and flat.char_after(k).isalnum():
                return False
            closing = text in SINGLE_CLOSE and not flat.char_before(k).isspace() and not flat.char_after(k).isalnum()
            if closing and not QuoteFinder._plural_possessive(flat, k):
                return True  # another possessive-like mark: look on past it
        return False

    @staticmethod
    def _plural_possessive(flat: FlatTokens, j: int) -> bool:
        """Could the mark at ``j`` be the apostrophe of a plural possessive ('Our members' health
        is at risk,' / 'at Croydon Magistrates' Court')? A noun or adjective follows it; a closing
        quote is mostly followed by punctuation or by the narrator's verb or conjunction ('liars'
        and ...). Whether it is one depends on a closing mark after it (:meth:`_closes_later`)."""
        return (
            flat.char_before(j) == "s"  # not "'Obama founded ISIS' flap"
            and not flat.headline(flat.sent[j])  # "‘Queers’ Who Get AIDS": a headline capitalises all
            and flat.char_after(j).isspace()
            and flat.tag(j + 1) in ("NN", "NNS", "NNP", "NNPS", "JJ")
            and flat.sent[j + 1] == flat.sent[j]
        )


def coverage(flat: FlatTokens, quotes: Sequence[Quote]) -> list[bool]:
    """Per token: does it lie strictly inside a quote (marks excluded)?"""
    inside = [False] * len(flat)
    for q in quotes:
        for k in range(q.open + 1, q.last + 1):
            inside[k] = True
    return inside


_TITLE_SMALL_WORDS = frozenset({"of", "the", "a", "an", "and", "in", "on", "for", "to", "with", "is"})


def title_case(flat: FlatTokens, q: Quote) -> bool:
    """Is the quote a short title-case name ("“This Week,”", "“Sunday Morning Futures,”") — a show,
    book or slogan rather than words someone says?"""
    end = q.close if q.close is not None else q.last + 1
    words = [flat.tokens[k].text for k in range(q.open + 1, end) if flat.tokens[k].text[:1].isalpha()]
    return 0 < len(words) <= 6 and all(w[0].isupper() or w in _TITLE_SMALL_WORDS for w in words)


def before_mark(flat: FlatTokens, q: Quote) -> int:
    """The token before the quote's opening mark; an NYT '' mark is two tokens, and the quote is
    indexed at the second."""
    return q.open - 1 - (1 if q.open - 1 in flat.half else 0)


def before_closing_mark(flat: FlatTokens, close: int) -> int:
    """The token before a closing mark at ``close``; an NYT '' mark is two tokens, indexed at the second."""
    return close - 1 - (1 if close - 1 in flat.half else 0)


_NARRATOR_PHRASE_TAGS = frozenset({"DT", "IN", "TO", "PRP$", "POS", "JJ", "VB", "VBD", "VBZ", "VBP", "VBG", "VBN"})


def opens_inside_a_phrase(flat: FlatTokens, q: Quote) -> bool:
    """Does ``q`` open inside the narrator's phrase ("waited in an “extraordinarily long line”",
    "tossed “cold water on the idea”")? Such a quote is the narrator's wording, not a second
    part of a statement."""
    return flat.tag(before_mark(flat, q)) in _NARRATOR_PHRASE_TAGS
