"""The shared analysis of one article: sentences, tokens and part-of-speech tags.

Every later stage (summary, actors, positions) reads a :class:`Document` built once
per request by :class:`DocumentAnalyzer`; nothing downstream re-splits or re-tokenizes
the text. Offsets everywhere are character offsets into the text exactly as the
client sent it, so ``text[start:end]`` always reproduces a span verbatim.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from service.pipeline import lexicon as lx

# The tagger was trained on Penn Treebank text, which writes quotes as `` and ''.
# Curly quotes and apostrophes are mapped to those forms before tagging (the
# token keeps its original text and offsets).
_TAGGER_FORMS = {
    "“": "``",
    "”": "''",
    "‘": "`",
    "’": "'",
    '"': "''",
    "„": "``",
    "«": "``",
    "»": "''",
}


def _speech_after_an_age(toks: Sequence[tuple[str, int, int]], tags: list[str]) -> None:
    """A say-verb right after an age ("the 24-year-old told Sky Sports") is the verb, whatever the tagger read:
    after "year-old" it took "told" for an adjective or a noun, which hid the cue."""
    for k in range(1, len(toks)):
        if tags[k] in ("JJ", "NN") and toks[k - 1][0].casefold().endswith("-old") and toks[k][0] in lx.SAY_VERBS:
            tags[k] = "VBZ" if toks[k][0].endswith("s") else "VBD"  # "says", "tells"; "said", "told"


# A headline's verbs of speech and promise that the tagger reads as plural nouns ("candidate vows/NNS to ...",
# "nominee tells/NNS senators"): headlines drop the articles that tell a verb from a noun. Not "notes" and "states",
# as often the nouns ("Bank of England notes to be withdrawn", "Gulf states to meet").
_HEADLINE_SPEECH_VERBS = frozenset(w for w in lx.SAY_VERBS if w.endswith("s")) - {"notes", "states"} | {
    "vows",
    "pledges",
    "promises",
}
# What follows such a verb in a headline: "to" and a verb, a pronoun, an article, a number, "that", a quote, a name
_AFTER_A_HEADLINE_VERB = frozenset({"TO", "PRP", "DT", "CD", "``", "''", "NNS", "NNP", "NNPS"})
_AUXILIARIES = frozenset({"am", "are", "be", "have", "do", "need", "dare"})
_CONJUNCTIONS = frozenset("and or but nor yet so plus minus less either neither both versus".split())


def _false_conjunctions(toks: Sequence[tuple[str, int, int]], tags: list[str]) -> None:
    """A word the tagger read as a conjunction that is none is a noun: "Labor nominee/CC tells senators" cut the
    headline's source off its verb."""
    for k, (word, _, _) in enumerate(toks):
        if tags[k] == "CC" and word.isalpha() and word.casefold() not in _CONJUNCTIONS:
            tags[k] = "NN"


def _titles_before_names(toks: Sequence[tuple[str, int, int]], tags: list[str]) -> None:
    """An office between a singular name and a name is a title, whatever the tagger read: in "The former Ryder Cup
    captain/VBP Niall McCormack was less diplomatic, tweeting ..." a verb after the singular "Cup" cannot be a plain
    present's (that would be "captains"), and reading it so made "The former Ryder Cup" the one tweeting."""
    for k in range(1, len(toks) - 1):
        if (
            tags[k] in ("VBP", "VB")
            and tags[k - 1] == "NNP"
            and toks[k + 1][0][:1].isupper()
            and toks[k][0].islower()
            and toks[k][0] in lx.ROLE_HEADS
        ):
            name = k - 1
            while name > 0 and tags[name - 1] == "NNP":
                name -= 1
            if name > 0 and toks[name - 1][0] == ",":
                continue  # a list's item: "Mike Tyson, Chicago Bears coach Mike Ditka and Bobby Knight"
            tags[k] = "NN"


def _particles_in_names(toks: Sequence[tuple[str, int, int]], tags: list[str]) -> None:
    """A name's particle between two capitalised words is part of the name, whatever the tagger read: "Prince
    Faisal bin/VBZ Khalid Al Rashid said" had a verb inside the name, which hid the source of the quote."""
    for k in range(1, len(toks) - 1):
        word = toks[k][0]
        if (
            word in lx.NAME_PARTICLES
            and word.isalpha()
            and tags[k].startswith("VB")
            and tags[k - 1] == "NNP"
            and toks[k + 1][0][:1].isupper()
        ):
            tags[k] = "NNP"


def _speech_in_a_headline(toks: Sequence[tuple[str, int, int]], tags: list[str]) -> None:
    """A headline's words that the tagger read wrong around a verb of speech, which hid the headline's statement
    (one repair a headline): a noun read as a verb right before one ("but scientist/VBP says ..."), or, with no
    verb before it, the verb read as a plural noun before its object ("Taiwan opposition candidate vows/NNS to
    reopen talks", "nominee tells/NNS senators she will ..."). Not after a possessive or an article ("Trump's
    claims"), nor before "to" and no verb ("Insurance pledges to members", "Trump promises to farmers go
    unfulfilled")."""
    for k in range(1, len(toks) - 1):
        if (
            tags[k] == "VBP"
            and tags[k + 1] in ("VBZ", "VBD")
            and toks[k + 1][0] in lx.SAY_VERBS
            and toks[k][0].isalpha()
            and toks[k][0].islower()
            and toks[k][0] not in _AUXILIARIES  # "Some advisers are said to be urging"
            and toks[k - 1][0].casefold() not in ("who", "that", "which")  # "Residents who object said"
        ):
            tags[k] = "NN"
            return
    for k in range(1, len(toks) - 1):
        if tags[k] in FINITE_TAGS:
            return  # "Police warnings ignored as ... says": a verb before it
        if (
            tags[k] in ("NNS", "NN")
            and toks[k][0] in _HEADLINE_SPEECH_VERBS
            and tags[k - 1] in ("NN", "NNS", "NNP", "NNPS")
            and (tags[k + 1] in _AFTER_A_HEADLINE_VERB or toks[k + 1][0].casefold() == "that")
            and (tags[k + 1] != "TO" or _infinitive_at(toks, tags, k + 2))
        ):
            tags[k] = "VBZ"
            return


def _infinitive_at(toks: Sequence[tuple[str, int, int]], tags: list[str], k: int) -> bool:
    """Does an infinitive's verb stand at ``k``, past an opening quote mark or an adverb ("to ‘match every price’",
    "to never return"), and not a passive's ("to be withdrawn"; "to be president" is one)?"""
    while k < len(toks) and (tags[k] == "``" or tags[k] == "RB"):
        k += 1
    if k >= len(toks) or tags[k] != "VB":
        return False
    return toks[k][0] != "be" or not (k + 1 < len(toks) and tags[k + 1] == "VBN")


def _tagger_forms(toks: Sequence[tuple[str, int, int]]) -> list[str]:
    """The words the tagger sees for one sentence's tokens.

    Besides the quote marks above, two touching apostrophes that close a quote are one closing mark, the way
    the New York Times writes quotes (''No,'' she said). Left as an apostrophe the tagger read the first as a
    possessive and the verb after the pair as an adjective ("declared" JJ), which hid the cue. An opening
    pair, glued to the word after it, is left as it was: the quote finder pairs it up by its characters.
    """
    forms = [_TAGGER_FORMS.get(t[0], t[0]) for t in toks]
    for k in range(len(toks) - 1):
        (a, _, a_end), (b, b_start, b_end) = toks[k], toks[k + 1]
        glued_after = k + 2 < len(toks) and toks[k + 2][1] == b_end
        if a == b == "'" and a_end == b_start and not glued_after:
            forms[k] = forms[k + 1] = "''"
    return forms


_ABBREVIATIONS = (
    "Mr|Mrs|Ms|Dr|Prof|St|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Cmdr|Adm|Cpl|Det|Supt|Insp|Maj|Brig|Cllr|Jr|Sr|Co|Cos|Corp|Md|Mohd|"
    "Inc|Ltd|Bros|"
    "No|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Rev|Hon|Fr|Mt|Ft"
)

# "the world No. | 19", "Rs. | 1.2 crore": a number sign or currency before its number ends no sentence
_NUMBER_SIGN_END = re.compile(r"(?<![\w.])(?:Nos?|Rs)\.$")
# Punkt breaks after a title when the next word is a common word elsewhere ("Mr. Tribe",
# "Sen. Rich"): its orthographic evidence says such words start sentences. A title is
# never the last word of a sentence, so those breaks are undone.
_HONORIFIC_END = re.compile(
    r"(?<![\w.])(?:Mr|Mrs|Ms|Messrs|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Cmdr|Adm|Rev|Hon|Fr|Maj|Brig|Cllr|Cpl|Det|"
    r"Supt|Insp|(?<!, )Md|(?<!, )Mohd)\.$"
)

# Punkt ends a sentence after an initial inside a name ("“...,” S. | Jaishankar said", "“...,”
# Michael J. | Fox said", "showed Douglas J. | Band", "said A.P.J. | Abdul Kalam"). The break is undone
# after a quote or comma (and one word), a say-verb, a word opening the paragraph, or a given name
# (the ``given`` group, checked against the names list) or a title ("Chief Minister B.S. | Yediyurappa",
# "TSMC chief C.C. | Wei"). Another word before the initial ends the
# sentence ("switch to Plan B. | Analysts said"), and so does a function word after it ("said J. |
# The spokesman declined").
_INITIALS_END = re.compile(
    r"(?:[,”\"’]\s+(?:[A-Z][a-z]+\s+)?|\b(?:said|says|told|added|by)\s+|^\s*[A-Z][a-z]+\s+|\b(?P<given>[A-Za-z][a-z]+)\s+)"
    r"(?:[A-Z]\.){1,3}$"
)
_INITIALS_ONLY = re.compile(r"(?:[A-Z]\.){2,3}")
_NOT_A_NAME = frozenset(
    "The A An He She It They We I This That These Those In On At But And Then Its His Her Their There".split()
)

# Punkt reads "X." as an initial and does not end a sentence there; after "on", "via" or "from" it
# is the platform ("Macron posted on X. Netanyahu said ..."), and a capital after it starts anew.
_PLATFORM_X_END = re.compile(r"\b(?:on|via|from) X\.(\s+)(?=[A-Z])")  # not "a letter to X. Smith"


# A live blog's time stamp opening a sentence ("11:03 a.m. — Police confirm ...", "2:31 p.m. Schumer
# says ...", "10:42 a.m. ET: The mayor ..."): the update after it is a sentence of its own, so the
# tagger sees its subject first and no clock or zone is read as part of a name.
_TIME_STAMP = re.compile(
    # a clock, or a decimal clock with am/pm or a zone or a dash after it; not "2.30 Cheltenham", "10.30 Mass"
    r"(?:\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?|[AP]M)?|\d{1,2}\.\d{2}(?:\s*(?:[ap]\.?m\.?|[AP]M)|(?=\s+[A-Z]{2,4}\s*[—–:-])|(?=\s*[—–:-])))"
    r"(?:\s+[A-Z]{2,4}\b)?\s*[—–:-]?\s+(?=[A-Z“\"])"
)


_CLOCK_ONLY = re.compile(r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|[AP]M)")
_ZONE_LABEL = re.compile(r"[A-Z]{2,4}\s*[—–:-]\s+(?=[A-Z“\"])")  # "ET: The mayor", after Punkt's stop at "a.m."


# Punkt reads "a.m." before a capital as an abbreviation and goes on ("The shooting happened around 11:30
# p.m. Police said ..."); a clock's "a.m."/"p.m." followed by a name or a subject and its speech verb ends
# the sentence. Not "10 a.m. Eastern time" or "at 10 a.m. Monday, officials said".
_CLOCK_END = re.compile(
    r"\d\s*[ap]\.m\.(\s+)(?=(?:[A-Z][\w'-]*\s+){1,3}(?:said|says|told|added|confirmed|reported|announced)\b)"
)


def _split_after_a_time_stamp(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """[start, end), or the time stamp opening it and the update after it; also cut after a clock that
    ends a sentence Punkt did not end."""
    pieces: list[tuple[int, int]] = []
    m = _TIME_STAMP.match(text, start, end)
    if m is not None and m.end() < end:
        pieces.append((start, m.start() + len(m.group().rstrip())))
        start = m.end()
    for clock in _CLOCK_END.finditer(text, start, end):
        pieces.append((start, clock.start(1)))
        start = clock.end(1)
    pieces.append((start, end))
    return pieces


def _split_after_the_platform_x(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """[start, end) cut after each "on X." that Punkt left inside a sentence."""
    pieces: list[tuple[int, int]] = []
    for m in _PLATFORM_X_END.finditer(text, start, end):
        pieces.append((start, m.start(1)))
        start = m.end(1)
    pieces.append((start, end))
    return pieces


# Abbreviated company suffixes ("Acme Inc.", "Warner Bros."). Punkt reads their period as the abbreviation's and goes
# on into the next sentence when that opens with a name ("... by Warner Bros. Zaslav said ...").
_COMPANY_SUFFIXES = frozenset({"Inc.", "Corp.", "Co.", "Cos.", "Ltd.", "Bros.", "Plc.", "N.V.", "S.A.", "L.P."})
# The Penn tags of a finite verb: the one set every layer above reads clauses by.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# Plural subjects that open a sentence of business copy after a company's name ("Acme Inc. Shares fell").
_MARKET_SUBJECTS = frozenset(
    "shares sales profits earnings revenues analysts investors traders officials executives shareholders".split()
)


# One linear pass, alternatives tried left to right; no nested quantifiers over the
# same characters, so no input can make it backtrack catastrophically.
_TOKEN_RE = re.compile(
    rf"""
    (?:[A-Za-z]\.){{2,}}(?![A-Za-z])          # initialisms: U.S., U.K.
    | (?:{_ABBREVIATIONS})\.(?!\w)             # titles and abbreviations keep their period
    | (?<=[a-z,”"’]\s)[A-HJ-Z]\.(?=\s[A-Z][a-z])   # an initial: Jeffrey M. Jones, George W. Bush, “...,” S. Rao
    | [A-Z]{{1,4}}&[A-Z]{{1,4}}(?!\w)           # capitals joined by "&": A&E, AT&T, S&P, BMS&K
    | \d+(?:[.,:/]\d+)*(?:%|\w+)?              # numbers: 100,000  7:18  2.5%  1990s
    | ['’](?:[sSdDmM]|re|RE|ve|VE|ll|LL|t|T)(?!\w)   # clitics: 's 're 've 'll 'd 'm (n't below)
    | \w+(?:[-‐–]\w+)*(?:['’](?!(?:[sSdDmMtT]|re|RE|ve|VE|ll|LL)(?!\w))\w+(?:[-‐–][A-Z]\w*)*)?   # words, O'Brien-Kelly
    | [^\s\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]   # any other visible character
    """,
    re.VERBOSE,
)


@dataclass(frozen=True, slots=True)
class Token:
    """A word or punctuation mark, with the form the tagger saw and its tag."""

    text: str
    start: int
    end: int
    tag: str = ""

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum()


@dataclass(slots=True)
class Sentence:
    """A sentence (or a headline, or a stray line) of the document."""

    index: int
    start: int
    end: int
    text: str
    tokens: tuple[Token, ...]
    paragraph: int
    is_title: bool = False
    is_junk: bool = False  # furniture flagged by a caller; the analyzer itself leaves dropped lines out
    is_standfirst: bool = False

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(t.text for t in self.tokens if t.is_word)


@dataclass(frozen=True, slots=True)
class DroppedRange:
    """A stretch of page furniture left out of the analysis, reported so clients can audit it."""

    start: int
    end: int
    reason: str


@dataclass(slots=True)
class Document:
    """The one analysis of an article that every pipeline stage reads."""

    text: str
    sentences: list[Sentence]
    title: str | None = None
    title_span: tuple[int, int] | None = None
    standfirst_span: tuple[int, int] | None = None
    dropped: list[DroppedRange] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def body(self) -> list[Sentence]:
        """Sentences of the article body: not the headline or standfirst, not flagged furniture."""
        return [s for s in self.sentences if not (s.is_title or s.is_junk or s.is_standfirst)]

    @property
    def word_count(self) -> int:
        return sum(1 for s in self.sentences for t in s.tokens if t.is_word)


class SentenceSplitter(Protocol):
    def span_tokenize(self, text: str) -> Sequence[tuple[int, int]]: ...


class CleanedPageView(Protocol):
    """What the analyzer needs from a page cleaner's verdict (see :mod:`service.pipeline.cleaner`)."""

    @property
    def dropped(self) -> Sequence[DroppedRange]: ...
    @property
    def title_span(self) -> tuple[int, int] | None: ...
    @property
    def standfirst_span(self) -> tuple[int, int] | None: ...
    def is_dropped(self, start: int, end: int) -> bool: ...


class PageCleaning(Protocol):
    def __call__(self, text: str, title: str | None = None) -> CleanedPageView: ...


class Tagger(Protocol):
    def tag(self, tokens: list[str]) -> list[tuple[str, str]]: ...


class BatchTagger(Protocol):
    """A tagger that tags every sentence of a document in one call (see :mod:`service.pipeline.tagging`)."""

    def tag_sents(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]: ...


def tokenize(text: str, offset: int = 0) -> list[tuple[str, int, int]]:
    """Split ``text`` into Treebank-like tokens with offsets (``n't`` split off like the tagger expects)."""
    out: list[tuple[str, int, int]] = []
    for m in _TOKEN_RE.finditer(text):
        tok, start, end = m.group(), m.start() + offset, m.end() + offset
        if tok in ("'t", "’t", "'T", "’T") and out and out[-1][2] == start and out[-1][0][-1:] in "nN":
            prev, pstart, pend = out.pop()
            if len(prev) > 1:
                out.append((prev[:-1], pstart, pend - 1))
            out.append((prev[-1] + tok, pend - 1, end))
            continue
        out.append((tok, start, end))
    return out


_LINE_RE = re.compile(r"[^\r\n]+")

# A list item's marker at the start of a line ("• “This is a first step,” said ...", "* Union leader Fergus
# McAllister: ..."): layout, not a word of the sentence. Left in, it became part of a quote's content or of its
# speaker's mention. The sentence starts after it (its offsets still index the text as sent). Not an em dash,
# which may sign a quote ("― Ana Ruiz"), and not a marker glued to a word ("*Updated", "-5 degrees").
_LIST_MARKER = re.compile(r"[ \t]*[-–•·*▪►▸‣◦●■][ \t\u00a0]+")


class DocumentAnalyzer:
    """Builds a :class:`Document`: lines -> Punkt sentences -> tokens -> one batch of tagging.

    Lines are split first because news copy uses line breaks as hard boundaries
    (headlines, captions, standfirsts) that Punkt would otherwise glue to the next sentence.
    """

    def __init__(
        self,
        splitter: SentenceSplitter,
        tagger: Tagger | BatchTagger | Callable[[list[str]], list[tuple[str, str]]],
        cleaner: PageCleaning | None = None,
        given_names: frozenset[str] = frozenset(),
        common_words: frozenset[str] = frozenset(),
    ):
        self._splitter = splitter
        self._given_names = given_names  # "Douglas J. | Band": a first name before an initial
        self._common_words = common_words  # lower-case dictionary words: "Warner Bros. Discovery said" is one name
        if cleaner is None:
            from service.pipeline.cleaner import PageCleaner  # cleaner.py imports DroppedRange from here

            cleaner = PageCleaner()
        self._clean = cleaner
        # A batch tagger scores token j of every sentence in one vectorised step, so the
        # whole document is tagged in one call; any other tagger is called per sentence.
        self._tag_sents: Callable[[Sequence[Sequence[str]]], list[list[str]]] | None = getattr(
            tagger, "tag_sents", None
        )
        tag_one = getattr(tagger, "tag", tagger)
        self._tag: Callable[[list[str]], list[tuple[str, str]]] | None = tag_one if callable(tag_one) else None

    def __call__(self, text: str, title: str | None = None) -> Document:
        # Page furniture is found on whole lines first and never tokenized: nothing
        # downstream can pick a caption or a donation appeal, and the work is saved.
        page = self._clean(text, title)
        title_span, standfirst = page.title_span, page.standfirst_span
        spans = [span for span in self._sentence_spans(text) if not page.is_dropped(span[0], span[1])]
        tokenized = self._tokenize(text, spans)
        tags = self._tag_all([_tagger_forms(toks) for _, _, _, toks in tokenized])
        tokenized, tags = self._split_after_company_suffixes(tokenized, tags)
        for (start, end, _, toks), sent_tags in zip(tokenized, tags, strict=True):
            _speech_after_an_age(toks, sent_tags)
            _false_conjunctions(toks, sent_tags)
            _titles_before_names(toks, sent_tags)
            _particles_in_names(toks, sent_tags)
            if title_span is not None and title_span[0] <= start and end <= title_span[1]:
                _speech_in_a_headline(toks, sent_tags)
        sentences: list[Sentence] = []
        for (start, end, paragraph, toks), sent_tags in zip(tokenized, tags, strict=True):
            tokens = tuple(Token(t[0], t[1], t[2], tag) for t, tag in zip(toks, sent_tags, strict=True))
            sentence = Sentence(len(sentences), start, end, text[start:end], tokens, paragraph)
            sentence.is_title = title_span is not None and title_span[0] <= start and end <= title_span[1]
            sentence.is_standfirst = standfirst is not None and standfirst[0] <= start and end <= standfirst[1]
            sentences.append(sentence)
        doc_title = title if title is not None else (text[title_span[0] : title_span[1]] if title_span else None)
        return Document(
            text=text,
            sentences=sentences,
            title=doc_title,
            title_span=title_span,
            standfirst_span=standfirst,
            dropped=list(page.dropped),
        )

    @staticmethod
    def _tokenize(
        text: str, spans: list[tuple[int, int, int]]
    ) -> list[tuple[int, int, int, list[tuple[str, int, int]]]]:
        """Tokens of every sentence span; spans without any token are dropped."""
        out = []
        for start, end, paragraph in spans:
            toks = tokenize(text[start:end], start)
            if toks:
                out.append((start, end, paragraph, toks))
        return out

    def _split_after_company_suffixes(
        self,
        tokenized: list[tuple[int, int, int, list[tuple[str, int, int]]]],
        tags: list[list[str]],
    ) -> tuple[list[tuple[int, int, int, list[tuple[str, int, int]]]], list[list[str]]]:
        """Sentences cut after a company's abbreviated suffix where a new clause opens ("... by Warner Bros. |
        Zaslav said", "Shares of Acme Cos. | Analysts said"); the pieces are tagged anew."""
        out: list[tuple[int, int, int, list[tuple[str, int, int]]]] = []
        out_tags: list[list[str]] = []
        for (start, end, paragraph, toks), sent_tags in zip(tokenized, tags, strict=True):
            cuts = [k + 1 for k in range(1, len(toks) - 2) if self._clause_after_suffix(toks, sent_tags, k)]
            if not cuts:
                out.append((start, end, paragraph, toks))
                out_tags.append(sent_tags)
                continue
            pieces = [toks[a:b] for a, b in zip([0, *cuts], [*cuts, len(toks)], strict=True)]
            retagged = self._tag_all([_tagger_forms(piece) for piece in pieces])
            bounds = [start, *(piece[0][1] for piece in pieces[1:])]
            ends = [*(piece[-1][2] for piece in pieces[:-1]), end]
            for piece, piece_tags, a, b in zip(pieces, retagged, bounds, ends, strict=True):
                out.append((a, b, paragraph, piece))
                out_tags.append(piece_tags)
        return out, out_tags

    def _clause_after_suffix(self, toks: list[tuple[str, int, int]], tags: list[str], k: int) -> bool:
        """Does toks[k], a company's abbreviated suffix after its name, end the sentence because the next words
        open a clause: a name or a plural subject and a finite verb ("Acme Inc. Smith said", "Acme Cos. Analysts
        said", "Acme Inc. John Smith said")? Not "Acme Inc. said", nor a name that goes on ("Warner Bros.
        Discovery said", "Lehman Bros. Holdings said"), nor a title after it ("Apple Inc. CEO Tim Cook")."""
        word, prev = toks[k + 1][0], toks[k - 1][0]
        if toks[k][0] not in _COMPANY_SUFFIXES or not prev[:1].isupper() or not word[:1].isupper():
            return False
        if not word.isalpha() or word.isupper() or word in _NOT_A_NAME:
            return False
        low = word.casefold()
        if low in lx.ROLE_WORDS or low in lx.ORG_HEADS:
            return False
        verb = k + 2
        if low in self._given_names or word in self._given_names:
            # a given name and a surname: "Acme Inc. John Smith said"
            if verb < len(toks) and toks[verb][0][:1].isupper() and toks[verb][0].isalpha():
                verb += 1
        elif low in _MARKET_SUBJECTS or (low.endswith("s") and low[:-1] in lx.ROLE_HEADS):
            pass  # "Acme Cos. Analysts said", "Acme Inc. Shares fell"
        elif not self._common_words or low in self._common_words:
            return False  # "Warner Bros. Discovery said": a dictionary word may go on with the name
        return verb < len(toks) and tags[verb] in FINITE_TAGS

    def _tag_all(self, sentences: list[list[str]]) -> list[list[str]]:
        """One tag per token of every sentence (tagger forms in, tags out)."""
        if self._tag_sents is not None:
            return self._tag_sents(sentences)
        if self._tag is None:
            raise TypeError("the tagger has neither tag() nor tag_sents() and is not callable")
        return [[tag for _, tag in self._tag(words)] for words in sentences]

    def _name_goes_on(self, text: str, prev_start: int, prev_end: int, start: int, end: int) -> bool:
        """Does the sentence before [start, end) end on an initial of a name that goes on there?"""
        if not text[start].isupper() or text[start:end].split(maxsplit=1)[0] in _NOT_A_NAME:
            return False
        if _INITIALS_ONLY.fullmatch(text, prev_start, prev_end):
            return True  # "S.V. | Gokhale said ...": initials alone are no sentence
        m = _INITIALS_END.search(text, max(prev_start, prev_end - 40), prev_end)
        if m is None:
            return False
        given = m.group("given")
        if given is None or given in self._given_names:
            return True
        # a title before the initials stands for the given name: "Former Chief Minister B.S. | Yediyurappa said",
        # "TSMC chief C.C. | Wei said"; but a lower-case word before an acronym is no title when a plural noun
        # follows ("acting C.E.O. | Shares rose", "police H.Q. | Officers said")
        if given.casefold() not in lx.ROLE_WORDS:
            return False
        following = text[start:end].split(maxsplit=1)[0].strip(".,;:").casefold()
        # a plural dictionary word opens a new sentence ("Shares", "Officers"); "Wen", "Dick" go on with the name,
        # and so does any word after a person's title ("County commissioner J.D. | Banks said")
        plural = following.endswith("s") and following[:-1] in self._common_words
        return given[:1].isupper() or given.casefold() in lx.ROLE_HEADS or not plural

    def _sentence_spans(self, text: str) -> list[tuple[int, int, int]]:
        spans: list[tuple[int, int, int]] = []
        for paragraph, line in enumerate(_LINE_RE.finditer(text)):
            body = line.group()
            if not body.strip():
                continue
            marker = _LIST_MARKER.match(body)
            skip = marker.end() if marker is not None else 0
            for piece_s, piece_e in self._splitter.span_tokenize(body[skip:]):
                s, e = piece_s + skip, piece_e + skip
                chunk = body[s:e]
                lead = len(chunk) - len(chunk.lstrip())
                trail = len(chunk) - len(chunk.rstrip())
                if e - trail <= s + lead:
                    continue
                start, end = line.start() + s + lead, line.start() + e - trail
                prev = spans[-1] if spans else None
                if (
                    prev is not None
                    and prev[2] == paragraph
                    and (
                        _HONORIFIC_END.search(text, max(prev[0], prev[1] - 9), prev[1])
                        or (text[start].isdigit() and _NUMBER_SIGN_END.search(text, max(prev[0], prev[1] - 5), prev[1]))
                        or self._name_goes_on(text, prev[0], prev[1], start, end)
                    )
                ):
                    spans[-1] = (prev[0], end, paragraph)  # "“...,” Mr. | Tribe said.": one sentence
                    continue
                zone = _ZONE_LABEL.match(text, start, end)
                if (
                    zone is not None
                    and prev is not None
                    and prev[2] == paragraph
                    and _CLOCK_ONLY.fullmatch(text, prev[0], prev[1])
                ):
                    # "10:42 a.m. | ET: The mayor ...": the zone goes with the clock, the update stands alone
                    spans[-1] = (prev[0], start + len(zone.group().rstrip()), paragraph)
                    start = zone.end()
                spans.extend(
                    (a, b, paragraph)
                    for piece_start, piece_end in _split_after_a_time_stamp(text, start, end)
                    for a, b in _split_after_the_platform_x(text, piece_start, piece_end)
                )
        return spans
