"""Named actors: the people, organisations and places an article talks about.

How it works, in five passes over the already tagged :class:`Document` (page furniture such as
bylines, credits and teasers has already been left out by the cleaner):

1. **Shapes and evidence.** Each sentence gets a shape: a Title Case or ALL-CAPS line (capitals
   say nothing there), a results-table row ("Arsenal 17 10 5 2", where every capitalised word is
   a name), fixtures ("Forfar v Alloa"). Capitalised words seen *inside* ordinary sentences are
   evidence of names; a word only ever capitalised at a sentence start ("Tensions") is a common
   word unless evidence or a lexicon vouches for it. All-capital words of running text are
   acronyms, which split a shouted headline run ("NFL AMERICAN FOOTBALL").
2. **Runs.** Each sentence is cut into runs of name-like tokens ("Organization for Security
   and Co-operation in Europe", "Ursula von der Leyen"; "British Airways Plc and American
   Airlines" is two). A run is split into an optional qualifier, a title and the name
   ("NATO | Secretary General | Jens Stoltenberg", "AC Milan | George Weah"); roles are also
   read from lower-case titles before a name ("Kremlin spokesman Dmitry Peskov") and from
   appositions after it ("Wendy Sherman, the US deputy secretary of state, ...").
3. **Typing.** The name's own words (an organisation head "Council", a club word "United", an
   acronym inside "PSV Eindhoven", initials "C. Harris", a first name), the lexicons of
   :mod:`service.pipeline.lexicon` and NLTK's gazetteers give a type; the context overrides them:
   a team in a table row or fixture, a dateline place ("GLASGOW 1996-12-07"), a classifying
   noun ("the newspaper O Globo"), a player's club in brackets. Then **document consistency**:
   a string takes the type of its best-attested mention everywhere in the document.
4. **Merging.** Mentions join one actor by normalised key ("Nato" = "NATO"), acronym
   ("(OSCE)", or a well-known one), country alias ("Britain" = "UK"), or surname
   ("Mr Stoltenberg" -> "Jens Stoltenberg"); a capital acting for its country is a metonym.
5. **References and salience.** Descriptions ("the alliance", "the Kremlin spokesman") and
   pronouns ("he"/"she" by gender, "it said" for a lone organisation) are linked when
   unambiguous; actors are ranked by salience.

Everything that can be precomputed is built once in :meth:`ActorFinder.__init__`; a request
only does set lookups and bisections, so a 700-word article takes a few milliseconds.
"""

from __future__ import annotations

import bisect
import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

from service.pipeline import lexicon as lx
from service.pipeline.document import Document, Sentence, Token
from service.pipeline.resources import LanguageResources
from service.pipeline.results import Actor, ActorType, Mention, MentionKind

_OPENERS = frozenset({"“", '"', "‘", "'", "``", "`", "(", "[", "«", "„", "-", "–", "—", ":"})
_HYPHENS = "-‐–"
_APPOSITION_STOPS = frozenset({",", ".", "(", ")", ";", ":", "“", "”", '"', "!", "?", "–", "—"})
_CLAUSE_TAGS = frozenset({"WP", "WDT", "VBD", "VBZ", "VBP", "MD"})
_LOCATION_PREPOSITIONS = frozenset(
    {"in", "at", "near", "from", "into", "across", "outside", "inside", "toward", "towards"}
)
_SPEECH_VERBS = lx.SAY_VERBS
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
# Plural nouns for people that own the next words inside a body's name ("People's Party").
_COLLECTIVE_OWNERS = frozenset({"people", "women", "men", "workers", "children", "citizens", "veterans", "farmers"})
_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD", "VBG"})
_ACTOR_PREPOSITIONS = frozenset({"with", "by", "against"})
_NOT_METONYM_BEFORE = _LOCATION_PREPOSITIONS | frozenset({"to", "of", "via", "around", "over", "between", "through"})
_POSSESSIVE_PRONOUNS = frozenset({"its", "their"})
_DETERMINERS = frozenset({"the", "a", "an"})
_DESCRIPTION_FILLER_TAGS = frozenset({"JJ", "JJR", "JJS", "VBN", "NN", "CD"})
# Adjectives that make "the <kind>" another organisation than the one named ("the parent company", "the rival
# firm", "the other group"), and nouns of organisations that may equally be a group of people ("the group").
_ANOTHER_BODY = frozenset({"other", "same", "first", "second", "third", "last", "next", "new", "parent", "rival"})
_COLLECTIVE_KINDS = frozenset({"group"})
# Heads of bodies that take a complement into their name ("Bank of England", "Monopolies and Mergers Commission");
# a company's head does not ("Edison Research for the Associated Press" is two organisations).
_BODY_HEADS = lx.ORG_HEADS - lx.COMPANY_HEADS
# Last words that make a name a company's ("Evercore Partners", "Pfizer Inc.", "Valeant Holdings").
_COMPANY_ENDINGS = lx.COMPANY_HEADS | frozenset(
    "inc corp corporation co cos ltd plc llc ag sa nv bv gmbh spa oyj pty holdings industries technologies".split()
)
# What only a company has after its possessive ("Morgan Stanley's profits"); people own shares and stakes too.
_COMPANY_POSSESSIONS = frozenset(
    "shareholders customers subscribers profit profits revenue revenues earnings dividend dividends board".split()
)
# Verbs that put words to their object, whose answer the next quote is, and cues of an answer.
_ADDRESSING = frozenset(
    "asked asks interviewed interviews questioned questions quizzed pressed grilled challenged confronted"
    " sentenced sentences cross-examined".split()
)
_REPLIES = frozenset({"replied", "replies", "answered", "answers", "responded", "responds", "retorted"})
# What a player does ("Wembanyama scored 40 points"); a company cancels, cuts or reports.
_PLAYER_VERBS = frozenset(
    "scored scores netted nets struck strikes played plays missed misses finished finishes ran runs swam swims"
    " threw throws pitched pitches bowled bowls batted bats dunked shot shoots served serves trained trains"
    " smiled smiles laughed laughs grinned grins shrugged shrugs celebrated celebrates limped returned".split()
)
# Positions only a player holds: "Haaland scored twice. “...,” the striker said." is Haaland.
_PLAYER_ROLES = frozenset(
    "striker midfielder goalkeeper defender forward winger playmaker fullback centre-back batsman bowler spinner"
    " wicketkeeper pitcher quarterback".split()
)
# Roles in a team that "the <Team> <role>" names ("the England captain", "the Liverpool boss", "the striker").
_SPORTS_ROLES = _PLAYER_ROLES | {"captain", "skipper", "boss", "manager", "coach", "keeper"}
# What a name of an award stands before: "Nobel laureate", "Oscar winner", "Pulitzer prize-winning".
_AWARD_NOUNS = frozenset(
    "laureate laureates prize prizes award awards winner winners medallist medallists medalist medalists".split()
)
# Nouns before "in"/"of" and a company: "shares in Thames Water", "a stake in Dangote Cement".
_SHARE_NOUNS = frozenset({"share", "shares", "stake", "stakes", "stock"})

#: Internal type for a name whose kind is not known yet (a single unknown word).
_UNKNOWN = "unknown"

#: How much a candidate's type can be trusted, for document-level consistency: a type read from the
#: context ("Mr X", "X 3 Y 1" in a results line, "the newspaper X") beats one from a gazetteer ("Leeds"
#: is a city), which beats a default ("an unknown multi-word name is a person").
_BY_DEFAULT, _BY_LEXICON, _BY_CONTEXT = 0, 1, 2

_FIXTURE_WORDS = frozenset({"v", "vs", "vs.", "v."})
_QUOTE_MARKS = frozenset({'"', "“", "”", "''", "``", "‘", "’"})
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_OPENING_CONJUNCTIONS = frozenset({"but", "and", "yet", "so"})  # "But he said", "But if Carson …, he"
_SUBORDINATORS = frozenset(
    "that whether if because although though while when who whom whose which after before since as unless whereas"
    " given".split()
)

#: Personal pronouns linked to people, with the gender they require.
_PRONOUN_GENDER: dict[str, lx.Gender] = {
    "he": "male",
    "him": "male",
    "his": "male",
    "himself": "male",
    "she": "female",
    "her": "female",
    "hers": "female",
    "herself": "female",
}
_TIME_MODIFIERS = frozenset({"former", "then", "ex", "outgoing", "incoming"})
_ROMAN_NUMERALS = frozenset({"II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "XIII", "XIV", "XV", "XVI"})
#: Combining forms of nationality adjectives, only ever the first part of a compound ("Franco-German").
_DEMONYM_PREFIXES = frozenset({"anglo", "franco", "sino", "russo", "indo", "afro", "euro", "italo", "greco", "judeo"})
_ROW_CONNECTORS = frozenset({"of", "and", "the", "de", "v", "vs", "da", "del", "von", "van", "&"})
#: Generational suffixes written after a surname ("Martin Luther King Jr."), without the period.
_NAME_SUFFIXES = frozenset({"jr", "sr", "jnr", "snr"})


@dataclass(slots=True)
class _Shape:
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


def _is_score(text: str) -> bool:
    return text.isdigit() and len(text) <= 3


def _acronym_shaped(text: str) -> bool:
    """ "PSV", "AZ", "VfB": two to four letters, at least two of them capitals."""
    return 2 <= len(text) <= 4 and text.isalpha() and sum(ch.isupper() for ch in text) >= 2


@lru_cache(maxsize=65536)
def _norm(text: str) -> str:
    """Key for comparing surface forms: case, dots, hyphens, apostrophes and -isation spelling ignored."""
    key = text.casefold()
    if not key.isalnum():
        key = key.replace(".", "").replace("’", "").replace("'", "")
        for h in _HYPHENS:
            key = key.replace(h, "")
        key = " ".join(key.split())
    return key.replace("isation", "ization") if "isation" in key else key


#: Suffixes stripped to find a dictionary word ("tensions" -> "tension", "evaluating" -> "evaluate").
_INFLECTIONS = (
    ("ies", "y"),
    ("es", ""),
    ("s", ""),
    ("ed", ""),
    ("ed", "e"),
    ("ing", ""),
    ("ing", "e"),
    ("ings", ""),
    ("ly", ""),
    ("ier", "y"),
    ("er", ""),
    ("men", "man"),
)


def _has_hyphen(text: str) -> bool:
    return not text.isalnum() and ("-" in text or "‐" in text or "–" in text)


def _is_capitalised(text: str) -> bool:
    return bool(text) and text[0].isupper()


def _is_all_caps(text: str) -> bool:
    return len(text) > 1 and text.isupper()


def _possessor(tokens: tuple[Token, ...], start: int) -> bool:
    """Is the name or pronoun starting at char ``start`` a possessor ("Bob Zell's defeat", "his
    defeat"), which is not the subject of its sentence?"""
    t = next((n for n, tok in enumerate(tokens) if tok.start == start), None)
    if t is None:
        return False
    if tokens[t].text.casefold() in ("his", "her", "their", "its"):
        return True
    while t + 1 < len(tokens) and _is_capitalised(tokens[t + 1].text):
        t += 1
    return t + 1 < len(tokens) and tokens[t + 1].text in ("'s", "’s", "'", "’")


_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")  # "N.T.", "A.P.J."
_SCORE = re.compile(r"(?<![\d-])\d{1,3} ?[-–] ?\d{1,3}(?![\d-])")  # "3-1", "105-98"


def _particle_prefixed(text: str) -> bool:
    """A surname joined to its lower-case particle ("al-Sayed", "el-Sisi", "bin-Salman"): a name
    word for all its lower-case start."""
    particle, _, rest = text.partition("-")
    return particle in lx.NAME_PARTICLES and rest[:1].isupper()


def _aged(toks: tuple[Token, ...], k: int) -> bool:
    """Does an age in commas follow the name ending at ``k`` ("Coco Gauff, 20, said")? Only people are given one."""
    if k + 3 >= len(toks) or toks[k + 1].text != "," or toks[k + 3].text not in (",", ")", "said"):
        return False
    age = toks[k + 2].text
    return age.isdigit() and 1 <= int(age) <= 119 and not (k + 4 < len(toks) and toks[k + 4].text == "%")


def _player_subject(c: _Candidate) -> bool:
    """Is the lone word the subject that opens its sentence, as a player's name would ("Wembanyama scored 40
    points.")? Not inside a quote ("“... that Compaq would come to us,” she said"), not a plural ("Hispanics
    are"), not a team's result ("Farnley beat Ostby", "Farnley won 3-1"), not the owner of a role ("Farnley
    boss")."""
    toks = c.sentence.tokens
    k = bisect_left([t.end for t in toks], c.end)
    lead = 1 if toks[0].text.casefold() in _OPENING_CONJUNCTIONS else 0
    return (
        toks[lead].start == c.start
        and toks[k].tag != "NNPS"
        and k + 2 < len(toks)
        and toks[k + 1].tag in _FINITE_TAGS
        and toks[k + 1].text.casefold() in _PLAYER_VERBS  # not "Ryanair cancelled 400 flights"
        and not _is_capitalised(toks[k + 2].text)
        and not _SCORE.search(c.sentence.text)
    )


def _is_initial(text: str) -> bool:
    """A middle initial as the tokenizer keeps it: "T." in "Peter T. King"."""
    return len(text) == 2 and text[0].isupper() and text[1] == "."


def _is_name_suffix(text: str) -> bool:
    """A generational suffix that ends a personal name ("Jr.", "Sr", "III") rather than starting a new word."""
    return text.rstrip(".").casefold() in _NAME_SUFFIXES or text in _ROMAN_NUMERALS


# Titles that may stand inside a name run after a place or body ("Ohio Gov.", "Harvard Prof.").
_INSIDE_TITLES = frozenset("mr mrs ms gov sen rep gen lt col sgt capt cmdr adm dr prof rev".split())
# A capitalised word opening a sentence that is no qualifier of the title after it ("Under Mrs. Clinton's plan").
_LEADING_FUNCTION_WORDS = frozenset(
    "under with during as after before for from by to at in on when while like unlike but and then since"
    " about against without between among if because although".split()
)


@dataclass(slots=True)
class _Candidate:
    """One proper-name mention before merging: its span and what the context says about it."""

    start: int
    end: int
    text: str  # doc.text[start:end], honorific included ("Mr Stoltenberg")
    words: tuple[str, ...]  # the name's word forms, honorific and initials removed
    type: str  # an ActorType, or _UNKNOWN
    sentence: Sentence
    honorific: str | None = None
    roles: list[str] = field(default_factory=list)
    kind: MentionKind = "name"
    common: bool = False  # a lone dictionary word: kept only if it turns out to be a known name
    speaker: bool = False  # subject of a say-verb ("Stoltenberg said", "said Mr Stoltenberg")
    country: str | None = None  # for a capital used as its country ("Moscow said"): that country
    owner_hint: str | None = None  # affiliation read from "its president, <name>": the owner's name
    evidence: int = _BY_LEXICON  # how the type was found (_BY_DEFAULT, _BY_LEXICON or _BY_CONTEXT)
    company: bool = False  # typed an organisation by what only a company has ("Dangote Cement shares")
    guessed: bool = False  # a lone unknown word made an organisation for want of any other clue (_guess_single)

    @property
    def key(self) -> str:
        return _norm(" ".join(self.words))


@dataclass(slots=True)
class _Group:
    """An actor being assembled from merged candidates."""

    type: str
    key: str
    candidates: list[_Candidate] = field(default_factory=list)
    canonical: str | None = None  # a lexicon name ("United States") to prefer when it occurs
    descriptions: list[Mention] = field(default_factory=list)
    pronouns: list[Mention] = field(default_factory=list)

    @property
    def roles(self) -> list[str]:
        seen: dict[str, str] = {}
        for c in self.candidates:
            for r in c.roles:
                seen.setdefault(_norm(r), r)
        return list(seen.values())


def _company_headed(g: _Group) -> bool:
    """Does a mention of the group end in a company's head ("Evercore Partners", "Pfizer Inc.")?"""
    return any(len(c.words) > 1 and c.words[-1].rstrip(".").casefold() in _COMPANY_ENDINGS for c in g.candidates)


class ActorFinder:
    """Finds and merges the named actors of a :class:`Document` (see the module docstring)."""

    def __init__(self, resources: LanguageResources) -> None:
        gz = resources.gazetteer
        self._stopwords = resources.stopwords
        self._dictionary = resources.english_words
        # the shipped list decides a name that NLTK's corpus gives both genders ("bill", "hillary")
        self._male = (frozenset(n.casefold() for n in gz.male_names) - lx.EXTRA_FEMALE_NAMES) | lx.EXTRA_MALE_NAMES
        self._female = (frozenset(n.casefold() for n in gz.female_names) - lx.EXTRA_MALE_NAMES) | lx.EXTRA_FEMALE_NAMES
        # Places that are towns, not countries: in a results table "Dallas 10 5" is a team.
        self._cities = frozenset(_norm(c) for c in (*gz.cities, *lx.WORLD_CITIES)) - frozenset(
            _norm(c) for c in (*gz.countries, *lx.COUNTRIES)
        )
        self._capitals = {_norm(city): lx.COUNTRY_ALIASES.get(c, c) for city, c in lx.CAPITALS.items()}
        self._demonym_countries = {_norm(d): c for d, c in lx.DEMONYM_COUNTRIES.items()}
        self._demonyms = frozenset(_norm(d) for d in (*gz.nationalities, *lx.DEMONYMS))

        # key -> (type, canonical name) for every name a lexicon or gazetteer knows.
        known: dict[str, tuple[str, str]] = {}
        for place in (*gz.countries, *gz.regions, *gz.cities):
            # NLTK's lists hold entries that are also plain words ("High"); a reviewed list names those.
            # (The dictionary cannot tell: NLTK's word list holds proper nouns too, "Colorado" among them.)
            if place not in lx.PLACE_WORDS and place not in lx.ACRONYMS and place.casefold() not in self._stopwords:
                known[_norm(place)] = ("location", place)
        for place in (*lx.COUNTRIES, *lx.WORLD_CITIES, *lx.PLACE_NAMES):
            known[_norm(place)] = ("location", place)
        for org in lx.ORG_NAMES:
            known[_norm(org)] = ("organization", org)
        for alias, country in lx.COUNTRY_ALIASES.items():
            known[_norm(alias)] = ("location", country)
        self._acronyms: dict[str, tuple[str, str]] = {}
        for acronym, (expansion, kind) in lx.ACRONYMS.items():
            canonical = lx.COUNTRY_ALIASES.get(expansion, expansion)
            self._acronyms[_norm(acronym)] = (kind, canonical)
            known.setdefault(_norm(expansion), (kind, canonical))
        self._known = known
        self._first_names = self._male | self._female
        self._countries = frozenset(_norm(c) for c in (*gz.countries, *lx.COUNTRIES, *lx.COUNTRY_ALIASES)) | frozenset(
            key for key, (kind, _) in self._acronyms.items() if kind == "location"
        )
        self._city_keys = frozenset(_norm(c) for c in (*gz.cities, *lx.WORLD_CITIES))
        self._regions = frozenset(_norm(r) for r in gz.regions)
        # Words that make a capitalised token name-like wherever it stands.
        self._vouched_by_lexicon = (
            frozenset(w.casefold() for _, name in known.values() for w in name.split() if _is_capitalised(w))
            | frozenset(self._acronyms)
            | frozenset(lx.PERSON_TITLES)
        )
        self._vouched = self._vouched_by_lexicon | self._male | self._female

    # ------------------------------------------------------------------ public

    def __call__(self, doc: Document) -> list[Actor]:
        if not doc.sentences:
            return []
        # Page furniture (bylines, author boxes, teasers, captions, credits) is the cleaner's job: its lines
        # never become sentences, and a caller may flag more sentences as junk.
        sentences = [s for s in doc.sentences if not s.is_junk and not self._is_table_header(s)]
        shapes = [self._shape(s) for s in sentences]
        evidence, acronyms = self._collect_evidence(sentences, shapes)
        candidates: list[_Candidate] = []
        acronym_links: dict[str, str] = {}
        for sentence, shape in zip(sentences, shapes, strict=True):
            found = self._sentence_candidates(doc, sentence, shape, evidence, acronyms, acronym_links)
            self._read_context(sentence, shape, found)
            candidates.extend(found)
        self._make_consistent(candidates)
        lower = {t.text for s in sentences for t in s.tokens if t.text[:1].islower()}
        groups = self._merge(candidates, acronym_links, lower)
        self._link_descriptions(doc, sentences, groups)
        self._link_pronouns(doc, sentences, groups)
        return self._build_actors(doc, groups)

    # ------------------------------------------------------------------ pass 1: evidence

    def _is_common(self, low: str) -> bool:
        """True for dictionary and function words, including plural/inflected forms and compounds."""
        if low in self._stopwords or low in self._dictionary:
            return True
        for suffix, repl in _INFLECTIONS:
            # a base word of three letters at least: "Ning", "Ming", "Des" are names, not "n" or "me" inflected
            base = low[: -len(suffix)] + repl
            if low.endswith(suffix) and len(base) >= 3 and base in self._dictionary:
                return True
        if "-" in low:
            return all(p and self._is_common(p) for p in low.split("-"))
        return False

    @staticmethod
    def _word_form(token: Token) -> str:
        """The token as a name would be written: ALL-CAPS headline words become Title Case."""
        text = token.text
        if _is_all_caps(text) and text.replace(".", "") not in lx.ACRONYMS:
            return text.title()
        return text

    @staticmethod
    def _is_strict(sentence: Sentence) -> bool:
        """Title Case and ALL-CAPS lines: capitalisation there says nothing about names."""
        words = [t.text for t in sentence.tokens if t.text[:1].isalpha()]
        if len(words) < 2:
            return False
        caps = sum(1 for w in words if _is_capitalised(w))
        return caps >= 0.7 * len(words)

    @staticmethod
    def _initial_positions(sentence: Sentence) -> set[int]:
        """Indexes of tokens that start a sentence or a quotation (capitalised by grammar)."""
        out: set[int] = set()
        at_start = True
        for i, tok in enumerate(sentence.tokens):
            if tok.text in _OPENERS:
                at_start = True
                continue
            if at_start and tok.text[:1].isalnum():
                out.add(i)
            at_start = False
        return out

    def _shape(self, sentence: Sentence) -> _Shape:
        toks = sentence.tokens
        if self._is_table_row(sentence):
            return _Shape(False, set(), row=True, relaxed=set(range(len(toks))))
        shape = _Shape(self._is_strict(sentence), self._initial_positions(sentence))
        for i in range(len(toks) - 2):
            first, dot, name = toks[i].text, toks[i + 1].text, toks[i + 2].text
            if len(first) == 1 and first.isupper() and dot == "." and _is_capitalised(name) and name.isalpha():
                shape.relaxed.update((i, i + 2))  # "C. Harris lbw b Wasim": an initial, not a sentence start
            if first == "(" and name == ")" and self._after_name(toks, i) and _is_capitalised(dot):
                shape.relaxed.add(i + 1)  # "Ian Wright (Arsenal)": the bracket does not start a sentence
            if first == "(" and name == ")" and _norm(dot) in self._countries and i >= 2:
                # "Katja Seizinger (Germany) 180 points": the words before a bracketed country are a name
                k = i - 1
                while k >= 0 and i - k <= 3 and _is_capitalised(toks[k].text) and toks[k].text.isalpha():
                    shape.relaxed.add(k)
                    k -= 1
        shouted = shape.strict and not any(t.text[:1].islower() for t in toks)
        all_caps = shouted and self._all_caps_line(sentence)
        for i, tok in enumerate(toks):
            low = tok.text.casefold()
            if low in _FIXTURE_WORDS or (shouted and tok.text == "AT" and len(toks) <= 12):
                for step in (-1, 1):  # both sides of "Forfar v Alloa", "ANAHEIM AT BUFFALO"
                    k = i + step
                    while 0 <= k < len(toks) and abs(k - i) <= 4 and _is_capitalised(toks[k].text):
                        shape.relaxed.add(k)
                        k += step
            elif shape.strict and i > 0 and self._surname_after_first_name(toks[i - 1], tok):
                if all_caps and self._is_common(low):
                    continue  # "VICTORIA FIGHT BACK": in an all-capitals headline a first name proves nothing
                shape.relaxed.update((i - 1, i))  # "Mark Waugh" in a Title Case list of players
        return shape

    @staticmethod
    def _all_caps_line(sentence: Sentence) -> bool:
        """A headline set in capitals ("LATE GOALS GIVE JAPAN WIN"), where no word's case says anything."""
        words = [t.text for t in sentence.tokens if t.text[:1].isalpha()]
        return len(words) >= 2 and all(w.isupper() for w in words)

    @staticmethod
    def _is_table_header(sentence: Sentence) -> bool:
        """A column-header line ("W L T GF GA PTS", "Curr Wk YTD Yr Ago"): short capitalised abbreviations only."""
        words = [t.text for t in sentence.tokens]
        return len(words) >= 3 and all(w.isalpha() and len(w) <= 4 and w[0].isupper() for w in words)

    @staticmethod
    def _is_table_row(sentence: Sentence) -> bool:
        """A results or standings line: capitalised names and small integers, no lower-case words."""
        toks = sentence.tokens
        if len(toks) < 2 or not toks[0].text[:1].isupper() or not toks[0].text[:1].isalpha():
            return False
        scores = 0
        for t in toks:
            if _is_score(t.text):
                scores += 1
            elif t.text[:1].islower() and t.text not in _ROW_CONNECTORS:
                return False
        return scores >= 1 and scores >= 0.25 * len(toks)

    def _surname_after_first_name(self, first: Token, word: Token) -> bool:
        if not _is_capitalised(first.text) or self._word_form(first).casefold() not in self._first_names:
            return False
        low = self._word_form(word).casefold()
        return (
            word.text[:1].isupper()
            and word.text.isalpha()
            and low not in self._stopwords
            and low not in lx.NON_ACTOR_WORDS
            and low not in lx.ROLE_WORDS
            and low not in lx.ORG_HEADS
            and _norm(low) not in self._demonyms
        )

    @staticmethod
    def _collect_evidence(sentences: list[Sentence], shapes: list[_Shape]) -> tuple[set[str], set[str]]:
        """(capitalised words seen inside ordinary sentences, all-capital words seen in mixed-case
        sentences): the second are acronyms, which a shouted headline cannot show."""
        evidence: set[str] = set()
        acronyms: set[str] = set()
        for s, shape in zip(sentences, shapes, strict=True):
            if shape.strict or shape.row:
                continue
            for i, tok in enumerate(s.tokens):
                if not _is_capitalised(tok.text):
                    continue
                if _is_all_caps(tok.text):
                    if tok.text.isalpha() and len(tok.text) <= 5:
                        acronyms.add(tok.text)
                elif i not in shape.initial:
                    evidence.add(tok.text.casefold())
        return evidence, acronyms

    # ------------------------------------------------------------------ context: speakers, metonyms, tables

    def _read_context(self, sentence: Sentence, shape: _Shape, found: list[_Candidate]) -> None:
        """Per-mention context: speaker of a say-verb, capital standing for its country, teams in
        results tables and fixtures ("Dallas 10 5 0", "Forfar v Alloa"), datelines ("GLASGOW 1996-12-07"),
        and nouns that classify a name ("the newspaper La Stampa")."""
        if not found:
            return
        toks = sentence.tokens
        starts = [t.start for t in toks]
        ends = [t.end for t in toks]
        numbers = sum(1 for t in toks if t.tag == "CD")
        table = numbers >= 2 and numbers >= 0.3 * len(toks) and not any(t.tag in ("VBD", "VBZ", "VBP") for t in toks)
        for c in found:
            i, j = bisect_left(starts, c.start), bisect_left(ends, c.end)
            if i >= len(toks) or j >= len(toks) or starts[i] != c.start or ends[j] != c.end:
                continue
            self._type_from_context(toks, shape, c, i, j)
            nxt = j + 1
            while nxt < len(toks) and toks[nxt].tag in ("RB", "RBR") and nxt - j <= 2:
                nxt += 1
            after = toks[nxt].text.casefold() if nxt < len(toks) else ""
            before = toks[i - 1].text.casefold() if i > 0 else ""
            if after in lx.SAY_VERBS or (before in lx.SAY_VERBS and i >= 2 and toks[i - 2].text in (",", "”", '"')):
                c.speaker = True
            score = toks[j + 1].text if j + 1 < len(toks) else ""
            if table and _is_score(score) and c.type != "person":
                if c.type == _UNKNOWN or c.key in self._cities:
                    c.type, c.evidence = "organization", _BY_CONTEXT  # a team in a standings or results line
                continue
            if c.type == "location" and c.key in self._capitals and self._acts(toks, i, j, nxt):
                c.country = self._capitals[c.key]
        self._affiliations(sentence.text, found)

    @staticmethod
    def _affiliations(text: str, found: list[_Candidate]) -> None:
        """ "John Smith of Morgan Stanley", "Jane Doe, of Hargreaves Lansdown,": after a person's full name, "of"
        and a name that nothing types (a default person, an unknown word) give the person's employer. A known
        place stays one ("Paul Ryan of Wisconsin")."""
        base = found[0].sentence.start
        for p, c in pairwise(found):
            if p.type != "person" or (len(p.words) < 2 and p.honorific is None):
                continue
            if c.type not in ("person", _UNKNOWN) or c.evidence >= _BY_CONTEXT or c.honorific or c.roles or c.common:
                continue
            if " ".join(text[p.end - base : c.start - base].split()) in ("of", ", of"):
                c.type, c.evidence, c.company = "organization", _BY_CONTEXT, True

    def _type_from_context(self, toks: tuple[Token, ...], shape: _Shape, c: _Candidate, i: int, j: int) -> None:
        """Retype a candidate (tokens i..j) from its neighbours; such a type wins over a gazetteer's
        (see _make_consistent)."""
        nxt = toks[j + 1].text if j + 1 < len(toks) else ""
        prev = toks[i - 1].text if i > 0 else ""
        country = c.key in self._countries
        person = c.honorific is not None or bool(c.roles)
        if person:
            c.evidence = _BY_CONTEXT
            return
        team = (shape.row and _is_score(nxt)) or nxt.casefold() in _FIXTURE_WORDS or prev.casefold() in _FIXTURE_WORDS
        if not team and i in shape.relaxed:
            if prev == "AT" and c.type in ("location", _UNKNOWN):
                c.type, c.evidence = "location", _BY_CONTEXT  # "ANAHEIM AT BUFFALO": where the game is played
                return
            team = nxt == "AT"
        if team:
            first_name = len(c.words) > 1 and c.words[0].casefold() in self._first_names
            # A standings line (played, won, drawn, lost, goals for and against, points) has six numbers or
            # more, which no player's score line has: "West Ham 16 4 5 7 13 20 17" is a team.
            standings = shape.row and sum(1 for t in toks if _is_score(t.text)) >= 6
            if country or (c.type == "person" and first_name and not standings and not self._club_like(c.words)):
                return  # a national side is its country; "Tiger Woods 68" is a player
            c.type, c.evidence = "organization", _BY_CONTEXT
            return
        if (
            nxt == "("
            and len(c.words) > 1
            and not country
            and j + 3 < len(toks)
            and toks[j + 3].text == ")"
            and _norm(toks[j + 2].text) in self._countries
            and (c.type in (_UNKNOWN, "person") or (c.type == "location" and not self._is_known(list(c.words))))
        ):
            c.type, c.evidence = "person", _BY_CONTEXT  # "Picabo Street (U.S.)": an athlete and her country
            return
        if prev == "(" and nxt == ")" and self._after_name(toks, i - 1) and not country:
            if (c.type in (_UNKNOWN, "person") and c.evidence < _BY_CONTEXT) or c.key in self._cities:
                c.type, c.evidence = "organization", _BY_CONTEXT  # "Ian Wright (Arsenal)": a player's club
            return
        if i == 0 and _is_all_caps(c.text.replace(" ", "").replace(".", "")) and self._dateline_follows(toks, j):
            c.type, c.evidence = "location", _BY_CONTEXT  # "GLASGOW 1996-12-07", "SIALKOT, Pakistan ..."
            return
        if country:
            return
        if (
            nxt == ","
            and j + 2 < len(toks)
            and _norm(toks[j + 2].text) in self._regions
            and (j + 3 >= len(toks) or not toks[j + 3].text[:1].isalnum())
            and c.type in (_UNKNOWN, "person")
            and c.evidence < _BY_CONTEXT
            and c.words[0].casefold() not in self._first_names
            and not any(part.casefold() in lx.MONTHS for w in c.words for part in w.split("-"))
        ):
            c.type, c.evidence = "location", _BY_CONTEXT  # "Boca Raton, Florida,": a town and its state
            return
        before = prev.casefold() if prev.islower() else ""
        after = nxt if nxt.islower() else ""
        beyond = toks[j + 2].text if j + 2 < len(toks) else ""
        if before == "as" and i >= 3 and toks[i - 2].text in ("known", "called", "named"):
            before = toks[i - 3].text.casefold()  # "a group known as Ansar al-Sharia": what it is called
        if before in lx.ORG_CLASSIFIERS or (after in lx.ORG_CLASSIFIERS and not _is_capitalised(beyond)):
            c.type, c.evidence = "organization", _BY_CONTEXT  # "the newspaper O Globo", "the Doetinchem side"
            return
        if before == "at" and i >= 2 and toks[i - 2].text in lx.ROLE_HEADS and c.type != "person":
            # "research director at Santander": a job is held at an employer, not at a town
            c.type, c.evidence = "organization", _BY_CONTEXT
            return
        if c.type in (_UNKNOWN, "person") and c.evidence < _BY_CONTEXT and _aged(toks, j):
            c.type, c.evidence = "person", _BY_CONTEXT  # "Gauff, 20, said": only people are given an age
            return
        if c.type in ("person", _UNKNOWN) and c.evidence < _BY_CONTEXT and self._company_context(toks, c, i, j):
            c.type, c.evidence, c.company = "organization", _BY_CONTEXT, True

    @staticmethod
    def _ends_noun_phrase(toks: tuple[Token, ...], k: int) -> bool:
        """Does the noun at ``k`` end its phrase? "Goldman Sachs *banker*," does; "Trump *executive* order" does not."""
        return k + 1 >= len(toks) or not (toks[k + 1].tag.startswith("NN") and toks[k + 1].text.islower())

    def _company_context(self, toks: tuple[Token, ...], c: _Candidate, i: int, j: int) -> bool:
        """Do the words around a name (tokens i..j) that was typed a person, or not at all, say it is a company?
        Only a company has shares, customers or profits ("Dangote Cement shares fell", "a former Goldman Sachs
        banker", "shares in Hargreaves Lansdown", "Morgan Stanley's chief executive"), and a job is held at an
        employer ("an analyst at Hargreaves Lansdown"). A lone dictionary word stays one ("low-level State
        employees", "Gaming revenue")."""
        if c.common:
            return False
        given = c.words[0].casefold()
        if len(c.words) > 1 and (given in self._male) != (given in self._female):
            return False  # "Donald Trump shares a video", "Warren Buffett's profits": a person's name
        nxt = toks[j + 1].text if j + 1 < len(toks) else ""
        after = toks[j + 2] if j + 2 < len(toks) else None
        if nxt in lx.COMPANY_NOUNS and after is not None and after.tag in ("DT", "PRP$", "PRP"):
            return False  # "Keely Hodgkinson shares her story": the verb, not the noun
        if nxt in lx.COMPANY_NOUNS and self._ends_noun_phrase(toks, j + 1):
            return True
        if nxt in _POSSESSIVE and j + 2 < len(toks):
            owned = toks[j + 2].text
            # people own shares and stakes too ("Elon Musk's stake"): only what a company alone has counts here
            if owned == "chief" and j + 3 < len(toks) and toks[j + 3].text in ("executive", "financial", "operating"):
                return True
            return owned in _COMPANY_POSSESSIONS and self._ends_noun_phrase(toks, j + 2)
        if i < 2:
            return False
        prev, before = toks[i - 1].text, toks[i - 2].text
        if prev in ("in", "of") and before in _SHARE_NOUNS:
            return True  # "shares in Thames Water", "a stake in Dangote Cement"
        # not "for": "a campaign staffer for Barack Obama", "the nominee for President"
        return before in lx.ROLE_HEADS and prev in ("at", "with")  # "an analyst at Morgan Stanley"

    @staticmethod
    def _after_name(toks: tuple[Token, ...], i: int) -> bool:
        """Does the token before ``i`` end a multi-word capitalised name ("Ian Wright (")?"""
        return i >= 2 and _is_capitalised(toks[i - 1].text) and _is_capitalised(toks[i - 2].text)

    @staticmethod
    def _dateline_follows(toks: tuple[Token, ...], j: int) -> bool:
        """A year or a month within the next few tokens: "LONDON 1996-12-07", "PARIS, Dec 6"."""
        for t in toks[j + 1 : j + 6]:
            low = t.text.casefold().rstrip(".")
            if (len(t.text) == 4 and t.text.isdigit() and t.text[:2] in ("19", "20")) or low in lx.MONTHS:
                return True
        return False

    def _club_like(self, words: tuple[str, ...]) -> bool:
        low = [w.casefold() for w in words]
        return low[0] in lx.CLUB_WORDS or low[-1] in lx.CLUB_WORDS

    @staticmethod
    def _acts(toks: tuple[Token, ...], i: int, j: int, nxt: int) -> bool:
        """Is the capital at toks[i..j] used as an actor? Subject of a verb ("Moscow denies", "Moscow
        would"), possessor ("Moscow's demands"), subject of an infinitive ("for Moscow to show"), or
        the other party after with/by/against ("talks with Moscow"); never after a place preposition
        ("talks in Moscow", "flew to Moscow") or in a list that one governs ("in Moscow and Washington")."""
        k = i - 1
        while k >= 1 and toks[k].text.casefold() in ("and", "or", ",") and _is_capitalised(toks[k - 1].text):
            k -= 2  # walk back over a coordination to the preposition that governs it
        before = toks[k].text.casefold() if k >= 0 else ""
        if j + 1 < len(toks) and toks[j + 1].text in _POSSESSIVE:
            return before not in _LOCATION_PREPOSITIONS  # "Moscow's demands", not "in Moscow's streets"
        if before in _NOT_METONYM_BEFORE:
            return False
        if before in _ACTOR_PREPOSITIONS:
            return True
        if nxt < len(toks):
            tag, low = toks[nxt].tag, toks[nxt].text.casefold()
            if tag in _VERB_TAGS or low in lx.SAY_VERBS:
                return tag != "VBG" or before in ("with", "", ",")
            if low == "to" and nxt + 1 < len(toks) and toks[nxt + 1].tag == "VB":
                return True
            if low == "of" and k >= 0 and toks[k].tag.startswith("VB"):
                return True  # "accused Moscow of ..."
        return False

    # ------------------------------------------------------------------ pass 2: runs

    def _vouched_for(self, low: str) -> bool:
        """A lexicon, gazetteer or first-name list knows this word, so it may start a name anywhere (a compound
        of title words too: "Inspector-General of Police ...")."""
        return low in self._vouched or low in lx.ROLE_WORDS or _norm(low) in self._known or self._hyphen_head(low)

    def _vouched_beyond_first_names(self, low: str) -> bool:
        """A lexicon or gazetteer (not just a first-name list) knows this word."""
        return low in self._vouched_by_lexicon or low in lx.ROLE_WORDS or _norm(low) in self._known

    def _first_name_only(self, low: str) -> bool:
        """A dictionary word that only the first-name lists know ("win", "hunt", "grant")."""
        return low in self._first_names and not self._vouched_beyond_first_names(low) and self._is_common(low)

    def _given_name_part(self, text: str) -> bool:
        """A hyphenated romanised given name ("Ki-moon", "Jae-in", "Jong-un"): short syllables, a capital only
        at the start, not a dictionary compound. The capitalised word before it is a family name ("Ban", "Moon"),
        whatever English word it also spells; a lexicon-known head makes an adjective instead ("US-led")."""
        parts = text.split("-")
        return (
            len(parts) == 2
            and all(p.isalpha() and len(p) <= 6 for p in parts)
            and _is_capitalised(parts[0])
            and parts[1].islower()
            and not _is_all_caps(parts[0])
            and not self._vouched_beyond_first_names(parts[0].casefold())
            and _norm(parts[0]) not in self._demonyms
            and not self._is_common(text.casefold())
        )

    def _name_like(self, token: Token, weak_position: bool, evidence: set[str]) -> bool:
        text = token.text
        if not text or not text[0].isupper():
            return _particle_prefixed(text)
        if _has_hyphen(text) and text.rsplit("-", 1)[-1][:1].islower():
            head = text.split("-", 1)[0]
            if _is_all_caps(head) or self._vouched_beyond_first_names(head.casefold()) or _norm(head) in self._demonyms:
                # "US-led", "Russian-armed": an adjective; its proper parts are found separately. A first name
                # alone does not make one: "Ki-moon", "Jae-in" are given names.
                return False
        low = self._word_form(token).casefold()
        if low in lx.NON_ACTOR_WORDS or (low.endswith(".") and low[:-1] in lx.NON_ACTOR_WORDS):
            return False  # "Jan.", "Sept.": an abbreviated month
        if self._vouched_for(low) and not (low in self._stopwords and not text.isupper()):
            return True  # but "Who" is the pronoun: only "WHO" is the acronym
        if weak_position:
            return not self._is_common(low) or low in evidence
        return True

    def _sentence_candidates(
        self,
        doc: Document,
        sentence: Sentence,
        shape: _Shape,
        evidence: set[str],
        acronyms: set[str],
        acronym_links: dict[str, str],
    ) -> list[_Candidate]:
        toks = sentence.tokens
        if shape.row:
            team = self._standings_team(doc, sentence)
            if team is not None:
                return [team]
        strict, initial, relaxed = shape.strict, shape.initial, shape.relaxed
        if not strict:  # "AN leaders met": an acronym the text spells in capitals is a name at a sentence start too
            relaxed = relaxed | {i for i, t in enumerate(toks) if t.text in acronyms}
        name_like = [
            self._name_like(t, (strict or i in initial) and i not in relaxed, evidence) for i, t in enumerate(toks)
        ]
        all_caps = strict and self._all_caps_line(sentence)
        if all_caps:
            # An all-capitals headline: a dictionary word that only the first-name list vouches for ("WIN", "HUNT")
            # is a name only where a surname follows it.
            # Any other word is a name only if a lexicon knows it or the body writes it capitalised
            # ("PLAYOFF", "FREESTYLE", "SCOREBOARD" are not names; "BOWYER" is when the body names Bowyer).
            for i, t in enumerate(toks):
                low = self._word_form(t).casefold()
                if not name_like[i] or i in relaxed or low in evidence or t.text in acronyms:
                    continue
                if self._first_name_only(low):
                    nxt = toks[i + 1] if i + 1 < len(toks) else None
                    name_like[i] = (
                        nxt is not None and name_like[i + 1] and not self._is_common(self._word_form(nxt).casefold())
                    )
                elif not self._vouched_for(low) and not _has_hyphen(t.text):
                    name_like[i] = False
        # "Ban Ki-moon", "Moon Jae-in": a family name before a hyphenated given name, even if it is an English word.
        family = {
            i
            for i in range(len(toks) - 1)
            if "-" in toks[i + 1].text
            and _is_capitalised(toks[i].text)
            and toks[i].text.isalpha()
            and toks[i].text.casefold() not in self._stopwords
            and self._word_form(toks[i]).casefold() not in lx.NON_ACTOR_WORDS
            and self._given_name_part(toks[i + 1].text)
            and not self._modified_noun(toks, i + 2)
        }
        for i in family:
            name_like[i] = name_like[i + 1] = True
        # A sentence-initial common word may still open a known phrase ("White House ...");
        # such an opener is kept only if the whole run turns out to be a known name.
        weak_open = [False] * len(toks)
        for i in initial - relaxed - family:
            t = toks[i]
            low = self._word_form(t).casefold()
            if not _is_capitalised(t.text) or low in lx.NON_ACTOR_WORDS or low in self._stopwords:
                continue
            if self._is_common(low) and not self._vouched_for(low) and low not in evidence:
                weak_open[i] = True
                owner = low in _COLLECTIVE_OWNERS and i + 2 < len(toks) and toks[i + 1].text in _POSSESSIVE
                # an organisation head before its complement opens the body's name: "Centers for Medicare and
                # Medicaid Services said", "Institutes of Health officials"
                head_of = low in lx.ORG_HEADS and i + 2 < len(toks) and toks[i + 1].text in ("of", "for")
                name_like[i] = i + 1 < len(toks) and name_like[i + 2 if owner or head_of else i + 1]
        out: list[_Candidate] = []
        i = 0
        while i < len(toks):
            if not name_like[i]:
                if _has_hyphen(toks[i].text):
                    out.extend(self._hyphen_parts(toks[i], sentence) or [])
                i += 1
                continue
            end = self._extend_run(toks, name_like, i)
            run = list(range(i, end + 1))
            if weak_open[i] and not self._opens_known_phrase(toks, run) and not _aged(toks, end):
                run = run[1:]
            if (
                strict
                and len(run) > 1
                and (toks[run[0]].text in acronyms or (all_caps and toks[run[0]].text in lx.ACRONYMS))
                and toks[run[1]].text.casefold() not in lx.ROLE_WORDS
            ):
                # "NFL AMERICAN FOOTBALL": an acronym the body spells in capitals ends a shouted run
                out.extend(self._run_candidates(doc, sentence, run[:1], acronym_links))
                run = run[1:]
            if run:
                out.extend(self._run_candidates(doc, sentence, run, acronym_links))
            i = end + 1
        if len(out) == 1 and out[0].text in lx.CREDIT_AGENCIES and len(sentence.words) <= 3:
            return []  # a photo credit on its own line ("EPA", "Alamy Stock Photo")
        return [
            c
            for c in out
            if (c.text not in lx.CREDIT_AGENCIES or c.type != _UNKNOWN) and not self._names_an_award(toks, c)
        ]

    def _names_an_award(self, toks: tuple[Token, ...], c: _Candidate) -> bool:
        """Is the name only the name of an award, before its winner or the prize ("the 84-year-old Nobel
        laureate", "a Nobel peace prize", "an Oscar winner", "Pulitzer prize-winning")? A name a lexicon knows
        stays an actor ("a Wimbledon winner"), and so does a person with a title or a role."""
        if c.honorific is not None or c.roles or self._lookup(" ".join(c.words)) is not None:
            return False
        k = bisect_left([t.end for t in toks], c.end) + 1
        modifier = k + 1 < len(toks) and toks[k].text.islower() and toks[k].tag.startswith(("NN", "JJ"))
        if modifier and toks[k].text.split("-")[0] not in _AWARD_NOUNS:
            k += 1  # "Nobel *peace* laureate", "Olympic *gold* medallist"
        # a noun, not the verb: "South Carolina Republicans award delegates"
        return k < len(toks) and toks[k].text.split("-")[0] in _AWARD_NOUNS and not toks[k].tag.startswith("VB")

    @staticmethod
    def _modified_noun(toks: tuple[Token, ...], k: int) -> bool:
        """Is toks[k] a lower-case noun that the compound before it modifies ("Strict Putin-style *rule*
        returned")? Not the last word of the sentence: the tagger reads "Ban Ki-moon spoke." as a noun too."""
        return (
            k + 1 < len(toks)
            and toks[k].tag.startswith("NN")
            and toks[k].text.islower()
            and toks[k + 1].text not in _APPOSITION_STOPS
        )

    def _standings_team(self, doc: Document, sentence: Sentence) -> _Candidate | None:
        """The team of a standings line ("Queen of South 16 6 4 6 24 27 22", "Sheffield Wednesday 16 4 5 7 ..."):
        everything before the six or more numbers is one name, whatever its words (a weekday, a title, a
        compass point); a country there is its national side, which brief reports as the country."""
        toks = sentence.tokens
        if sum(1 for t in toks if _is_score(t.text)) < 6:
            return None
        end = 0
        while end < len(toks) and not _is_score(toks[end].text):
            text = toks[end].text
            if not (_is_capitalised(text) or text in _ROW_CONNECTORS or text in _POSSESSIVE):
                return None
            end += 1
        if end == 0 or not all(_is_score(t.text) for t in toks[end:]):
            return None
        words: list[str] = []
        for t in toks[:end]:
            if t.text in _POSSESSIVE and words:
                words[-1] += t.text  # "Queen's Park"
            else:
                words.append(self._word_form(t))
        start, stop = toks[0].start, toks[end - 1].end
        known = self._lookup(" ".join(words))
        kind = "location" if known is not None and _norm(" ".join(words)) in self._countries else "organization"
        return _Candidate(start, stop, doc.text[start:stop], tuple(words), kind, sentence, evidence=_BY_CONTEXT)

    def _opens_known_phrase(self, toks: tuple[Token, ...], run: list[int]) -> bool:
        if len(run) < 2:
            return False
        words = [self._word_form(toks[i]) for i in run if _is_capitalised(toks[i].text)]
        return any(_norm(" ".join(words[:n])) in self._known for n in range(2, len(words) + 1)) or (
            words[-1].casefold() in lx.ORG_HEADS
            or (words[0].casefold() in lx.ORG_HEADS and toks[run[1]].text in ("of", "for"))  # "Institutes of Health"
        )

    def _extend_run(self, toks: tuple[Token, ...], name_like: list[bool], i: int) -> int:
        """Last index of the run starting at ``i``: name-like tokens, initials ("J."), name particles
        ("von der") and connectors inside organisation or title phrases ("of", "for", "and")."""
        n = len(toks)
        j = i
        # a head qualifying a title is no body's name: "Police Constable Ian Pike and Sergeant Bob Hill" is two people
        has_org_head = toks[i].text.casefold() in _BODY_HEADS and not (
            i + 1 < n and toks[i + 1].text.casefold() in lx.ROLE_HEADS
        )
        while j + 1 < n:
            nxt = toks[j + 1]
            if name_like[j + 1]:
                j += 1
                has_org_head = has_org_head or nxt.text.casefold() in _BODY_HEADS
                continue
            cur = toks[j].text
            if len(cur) == 1 and cur.isupper() and nxt.text == "." and j + 2 < n and name_like[j + 2]:
                j += 2  # middle initial: "Antony J. Blinken"
                continue
            if cur.casefold() == "st" and nxt.text == "." and j + 2 < n and name_like[j + 2]:
                j += 2  # "ST. LOUIS" in a dateline: the abbreviation of Saint, not the end of a sentence
                continue
            k = j + 1
            while k < n and k - j <= 2 and toks[k].text in lx.NAME_PARTICLES:
                k += 1
            if k > j + 1 and k < n and name_like[k]:
                j = k
                continue
            low = nxt.text.casefold()
            if low in lx.ORG_CONNECTORS and low != "the":
                k = j + 2
                if k < n and toks[k].text == "the":
                    k += 1
                if k < n and name_like[k]:
                    cur_low = cur.casefold()
                    role_of = low in ("of", "for") and (cur_low in lx.ROLE_WORDS or self._hyphen_head(cur_low))
                    place_of = low == "of" and cur_low in lx.LOCATION_HEADS
                    if low == "and":
                        # One name ("Monopolies and Mergers Commission") or two ("British Airways Plc and
                        # American Airlines"): "and" joins unless a complete organisation name ends before it.
                        # a head word alone is no complete name ("Securities and Exchange Commission")
                        first_word = i + (toks[i].text.casefold() in _DETERMINERS)
                        complete = cur_low in lx.ORG_HEADS and j > first_word
                        joinable = not complete and not _is_all_caps(cur) and toks[j + 2].text != "the"
                        if joinable and (has_org_head or self._org_head_ahead(toks, name_like, k)):
                            j = k
                            continue
                    elif has_org_head or role_of or place_of:
                        j = k
                        # "Director-General of the Agency for Food Safety": the body reached goes on past "for"
                        has_org_head = has_org_head or toks[k].text.casefold() in _BODY_HEADS
                        continue
            if nxt.text == "&" and j + 2 < n and name_like[j + 2]:
                j += 2
                continue
            if (
                nxt.text in _POSSESSIVE
                and cur.casefold() in _COLLECTIVE_OWNERS
                and j + 2 < n
                and (self._org_head_ahead(toks, name_like, j + 2) or toks[j + 2].text.casefold() in lx.LOCATION_HEADS)
            ):
                # "Tigray People's Liberation Front", "Women's Equality Party", "People's Republic of
                # China": a collective possessive inside the name of a body
                j += 2
                has_org_head = True
                continue
            break
        return j

    @staticmethod
    def _org_head_ahead(toks: tuple[Token, ...], name_like: list[bool], k: int) -> bool:
        """Does the name-like stretch starting at ``k`` end in an organisation head within four words?"""
        for m in range(k, min(k + 4, len(toks))):
            if not name_like[m]:
                return False
            if toks[m].text.casefold() in _BODY_HEADS:
                return True
        return False

    def _run_candidates(
        self,
        doc: Document,
        sentence: Sentence,
        run: list[int],
        acronym_links: dict[str, str],
        surnames: frozenset[int] = frozenset(),
    ) -> list[_Candidate]:
        """Split a run into qualifier / title / name and make candidates of the name-bearing parts.

        ``surnames``: token indexes of role words already read as a family name ("Carla *King*"), which the
        title split must leave inside the name."""
        toks = sentence.tokens
        shouted = not any(t.text[:1].islower() for t in toks)
        while (
            run
            and toks[run[0]].text.casefold() in _DETERMINERS
            and (shouted or not _is_all_caps(toks[run[0]].text))
            and not (len(run) > 1 and toks[run[1]].text == ".")  # "A. Parore": an initial
        ):
            run = run[1:]  # a determiner is not part of a name, but "AN" in a mixed-case line is an acronym
        if not run:
            return []
        while len(run) > 1 and toks[run[0]].text.casefold() in _TIME_MODIFIERS:
            run = run[1:]  # "Former Australia test batsman ...": "Former" qualifies the role, not a name
        if not surnames:
            m, end = self._role_surname(sentence, run)
            if m:
                # "Rep. Carla King of Nebraska": the person ends at the surname (and a "Jr."); "of Nebraska"
                # is a separate name, not the complement of a title "King of".
                tail = run[end:]
                while tail and toks[tail[0]].text.casefold() in lx.ORG_CONNECTORS:
                    tail = tail[1:]
                head = self._run_candidates(doc, sentence, run[:end], acronym_links, frozenset({run[m]}))
                return head + (self._run_candidates(doc, sentence, tail, acronym_links) if tail else [])
        titled = self._title_inside(toks, run)
        if titled == 1 and toks[run[0]].text.casefold() in _LEADING_FUNCTION_WORDS:
            return self._plain_candidates(doc, sentence, run[1:], acronym_links)  # "Under Mrs. Clinton's plan"
        if titled:
            # "Ohio Gov. John Kasich", "Vermont Sen. Bernie Sanders": a place (or a party, a body)
            # qualifies the title of the person after it; the place is a name of its own
            person_part = self._plain_candidates(doc, sentence, run[titled:], acronym_links)
            role_end = titled
            while role_end + 2 < len(run) and (
                toks[run[role_end + 1]].text == "."
                or toks[run[role_end + 1]].text.rstrip(".").casefold() in _INSIDE_TITLES
            ):
                role_end += 1  # "Texas Lt. Gov. Dan Patrick": the role runs over both titles
            role = doc.text[toks[run[0]].start : toks[run[role_end]].end]
            for cand in person_part:
                if cand.type == "person" and role not in cand.roles:
                    cand.roles.append(role)
            qualifiers = self._plain_candidates(doc, sentence, run[:titled], acronym_links)
            for cand in qualifiers:
                if cand.type in ("person", _UNKNOWN) and not cand.common:
                    cand.type = "organization"  # "Harvard Prof. ...", "U.S. Air Force Gen. ...": a body, never a person
            return qualifiers + person_part
        lead = self._leading_title_length(toks, run)
        if 0 < lead < len(run) and toks[run[lead]].text in ("of", "for"):
            # "Secretary General of the North Atlantic Treaty Organization": a title and its organisation.
            rest = [i for i in run[lead:]]
            while rest and toks[rest[0]].text.casefold() in lx.ORG_CONNECTORS:
                rest = rest[1:]
            holder = self._holder_after_body(sentence, rest)
            if holder:
                # "Minister of Information Mohammed Idris", "Governor of the Central Bank of Nigeria Olayemi
                # Cardoso": the title's body, then its holder; a body that is a common word ("Information")
                # makes no candidate that survives merging
                body = self._plain_candidates(doc, sentence, rest[:holder], acronym_links)
                person = self._person_candidate(doc, sentence, rest[holder:], acronym_links)
                if person is None:
                    return body
                person.roles.append(doc.text[toks[run[0]].start : toks[rest[holder - 1]].end])
                return [*body, person]
            return self._plain_candidates(doc, sentence, rest, acronym_links) if rest else []
        words = [self._word_form(toks[i]) for i in run]
        last = words[-1].casefold()
        if (
            len(run) > 1
            and _is_all_caps(toks[run[-1]].text)
            and not _is_all_caps(toks[run[0]].text)
            and self._lookup(" ".join(words[:-1])) is not None
            and not self._is_known(words)
        ):
            # "Japan NTT", "US FDA": a place qualifying an acronym is two names, not one
            head = self._plain_candidates(doc, sentence, run[:-1], acronym_links)
            return head + self._plain_candidates(doc, sentence, run[-1:], acronym_links)
        if last in lx.ORG_HEADS or self._is_known(words) or len(run) == 1:
            return self._plain_candidates(doc, sentence, run, acronym_links)
        split = self._person_after_qualifier(toks, run)
        if split:
            # "AC Milan George Weah", "Moroccan Mohamed Benchaou": a club or nationality, then a person
            before: list[_Candidate] = []
            if split > 1 or _norm(words[0]) not in self._demonyms:
                before = self._plain_candidates(doc, sentence, run[:split], acronym_links)
            return before + self._plain_candidates(doc, sentence, run[split:], acronym_links, force_person=True)

        # Name = trailing words that are not title words; title = role words before it.
        k = len(run)
        while k > 0 and not self._is_role_word(toks, run, k - 1, surnames):
            k -= 1
        name_idx = run[k:]
        r = k
        while r > 0 and self._is_role_word(toks, run, r - 1, surnames):
            r -= 1
        role_idx = run[r:k]
        if not any(toks[i].text.casefold() in lx.ROLE_HEADS or self._hyphen_head(toks[i].text) for i in role_idx):
            return self._plain_candidates(doc, sentence, run, acronym_links)
        qualifier_idx = run[:r]
        out: list[_Candidate] = []
        if qualifier_idx:
            out.extend(self._plain_candidates(doc, sentence, qualifier_idx, acronym_links))
        role_complement = False
        while name_idx and toks[name_idx[0]].text.casefold() in lx.ORG_CONNECTORS:
            name_idx = name_idx[1:]  # "Secretary General of the North Atlantic Treaty Organization"
            role_complement = True
        if role_complement or not name_idx:
            if name_idx:
                out.extend(self._plain_candidates(doc, sentence, name_idx, acronym_links))
            return out
        role_start = toks[(qualifier_idx or role_idx)[0]].start
        possessor = run[0] >= 2 and toks[run[0] - 1].text in _POSSESSIVE and _is_capitalised(toks[run[0] - 2].text)
        if not qualifier_idx and possessor:
            role_start = toks[run[0] - 2].start  # "Britain's Foreign Secretary Liz Truss"
        role = doc.text[role_start : toks[role_idx[-1]].end]
        person = self._person_candidate(doc, sentence, name_idx, acronym_links)
        if person is not None:
            person.roles.append(role)
            out.append(person)
        return out

    @staticmethod
    def _title_inside(toks: tuple[Token, ...], run: list[int]) -> int:
        """Where a person's honorific stands inside ``run`` after capitalised words and before a
        name ("Ohio *Gov.* John Kasich"); 0 when it does not."""
        for k in range(1, len(run) - 1):
            tok = toks[run[k]]
            if tok.text.rstrip(".").casefold() not in _INSIDE_TITLES or _is_all_caps(tok.text):
                continue  # abbreviated offices only: not "Notre Dame", "Little Miss Sunshine", "Prime Minister Sir"
            name = [m for m in run[k + 1 :] if toks[m].text != "."]
            if not name or not all(_is_capitalised(toks[m].text) for m in name):
                return 0
            if all(_is_capitalised(toks[m].text) and toks[m].text.rstrip(".").casefold() not in lx.PERSON_TITLES
                   for m in run[:k]):  # fmt: skip
                return k
            return 0
        return 0

    def _person_after_qualifier(self, toks: tuple[Token, ...], run: list[int]) -> int:
        """Where a person's name starts inside a run that opens with an organisation or a nationality
        (0: it does not). The person is a first name and one or two more words; the opening must look
        like an organisation (an acronym, a club word, an organisation head, a known name) or be a demonym."""
        for k in range(1, len(run) - 1):
            if len(run) - k > 3:
                continue
            first = toks[run[k]]
            if not _is_capitalised(first.text) or self._word_form(first).casefold() not in self._first_names:
                continue
            if not all(_is_capitalised(toks[m].text) and toks[m].text.isalpha() for m in run[k + 1 :]):
                continue
            head = [self._word_form(toks[m]) for m in run[:k]]
            raw = [toks[m].text for m in run[:k]]
            if any(w.casefold() in lx.ROLE_WORDS or self._hyphen_head(w) for w in head):
                return 0  # "NATO Secretary General Jens Stoltenberg": a title, read by the role rules
            if all(_is_initial(w) or _INITIALS.fullmatch(w) for w in raw) and not self._is_known(head):
                return 0  # "N.T. Rama Rao": the person's own initials, not a body's acronym ("U.S." is known)
            if (
                (k == 1 and _norm(head[0]) in self._demonyms)
                or any(_acronym_shaped(w) for w in raw)
                or self._club_like(tuple(head))
                or head[-1].casefold() in lx.ORG_HEADS
                or self._is_known(head)
            ):
                return k
        return 0

    def _holder_after_body(self, sentence: Sentence, rest: list[int]) -> int:
        """Where the holder's name starts in the complement of a leading title ("Minister of | Information
        Mohammed Idris", "Governor of the | Central Bank of Nigeria Olayemi Cardoso"); 0: the complement is
        all body ("Secretary General of the | North Atlantic Treaty Organization"). The name is the last two or
        three capitalised words, none of them a title, an organisation head or a known name, after at least
        one word of the body, opened by a first name ("Mohammed"), or made of words no dictionary holds
        ("Olayemi Cardoso"), or, when a say-verb follows, the last two words ("Wale Edun said"); an honorific
        just before the name opens it."""
        toks = sentence.tokens
        after = rest[-1] + 1 if rest else 0
        speaks = after < len(toks) and toks[after].text.casefold() in lx.SAY_VERBS
        for k in range(max(1, len(rest) - 3), len(rest) - 1):
            names = [self._word_form(toks[m]) for m in rest[k:]]
            if toks[rest[k - 1]].text.casefold() in lx.ORG_CONNECTORS or not all(
                self._name_word(toks[m]) and w.casefold() not in lx.ORG_HEADS and _norm(w) not in self._known
                for m, w in zip(rest[k:], names, strict=True)
            ):
                continue
            if (
                (names[0].casefold() in self._first_names and len(names) <= 3)
                or all(not self._is_common(w.casefold()) for w in names)
                or (speaks and len(names) == 2)
            ):
                honorific = toks[rest[k - 1]].text.rstrip(".").casefold() in lx.PERSON_TITLES
                return k - 1 if honorific and k > 1 else k  # "Speaker of the House | Rep. Paul Ryan"
        return 0

    def _leading_title_length(self, toks: tuple[Token, ...], run: list[int]) -> int:
        """How many tokens at the start of ``run`` form a title ("Secretary of State"); 0 without a role head."""
        k, has_head = 0, False
        while k < len(run):
            low = toks[run[k]].text.casefold()
            if low in lx.ROLE_WORDS or self._hyphen_head(low):
                has_head = has_head or low in lx.ROLE_HEADS or "-" in low
                k += 1
            elif low in ("of", "for") and k + 1 < len(run) and toks[run[k + 1]].text.casefold() in lx.ROLE_MODIFIERS:
                k += 2
            else:
                break
        return k if has_head else 0

    def _is_role_word(
        self, toks: tuple[Token, ...], run: list[int], k: int, surnames: frozenset[int] = frozenset()
    ) -> bool:
        if run[k] in surnames:
            return False
        low = toks[run[k]].text.casefold()
        if low in lx.ROLE_WORDS or self._hyphen_head(low):
            return True
        # "of"/"for" inside a title: "Secretary of State", "Inspector-General of Police"
        before = toks[run[k - 1]].text.casefold() if k > 0 else ""
        return low in ("of", "for") and 0 < k < len(run) - 1 and (before in lx.ROLE_WORDS or self._hyphen_head(before))

    def _role_surname(self, sentence: Sentence, run: list[int]) -> tuple[int, int]:
        """(position in ``run`` of a role word that is the family name of the given name before it, position
        just after the name and its suffixes), or (0, 0). A title is written before a name ("King Abdullah")
        or after "the" ("the King of Jordan"), never straight after a given name, and many role words are
        surnames too ("Steve King", "Rob Bishop", "Carl Pope", "John Major"). Only a word that ends the name
        qualifies: the last of the run, or followed just by a suffix ("Jr.") and/or "of <place>" that names
        no person (in "Carter Secretary of State Cyrus Vance" the role word opens a title). An honorific before
        the role word makes it a surname too ("Ms. King"; :meth:`_merge` drops "Mr. President" unless the text
        names a President in full). Words that are mostly parts of longer titles ("Chief", "General", "Lord")
        are role modifiers and never qualify."""
        toks = sentence.tokens
        for m in range(1, len(run)):
            word = toks[run[m]]
            low = self._word_form(word).casefold()
            if low not in lx.ROLE_HEADS or low in lx.ROLE_MODIFIERS or not _is_capitalised(word.text):
                continue
            end = m + 1
            while end < len(run) and _is_name_suffix(toks[run[end]].text):
                end += 1
            if end < len(run):
                if toks[run[end]].text.casefold() not in ("of", "for"):
                    continue
                rest = tuple(self._word_form(toks[i]) for i in run[end + 1 :] if _is_capitalised(toks[i].text))
                if not rest or self._classify(rest)[0] == "person":
                    continue
            title = toks[run[m - 1]].text.rstrip(".").casefold()
            if (title in lx.PERSON_TITLES and title not in lx.ROLE_WORDS) or self._given_name_at(sentence, run, m):
                return m, end  # "Mr. King" too: _merge keeps it only if the text names a King in full
        return 0, 0

    def _given_name_at(self, sentence: Sentence, run: list[int], m: int) -> bool:
        """Do the words right before ``run[m]`` end in a given name (and middle names that are first names:
        "Martin *Luther*", "Billie *Jean*")? The given name is any name right after an honorific ("Rep.
        *Xochitl* King", "Dr. *Martin* Luther King"), or a known first name that is neither a place nor the
        start of one ("Jordan", "New Jersey"), in a line with lower-case words (in a Title Case headline
        "Chelsea Manager Sacked" is a club and a role) and not after a determiner ("the Reagan Secretary")
        or a place preposition ("in Hilton Head"). A full name before a post-nominal role is not a given
        name: "Frank Field MP"."""
        toks = sentence.tokens
        k = m - 1
        while k >= max(0, m - 4) and (self._name_word(toks[run[k]]) or _is_initial(toks[run[k]].text)):
            k -= 1  # "Peter T. King": a middle initial is part of the given names
        at = [p for p in range(k + 1, m) if not _is_initial(toks[run[p]].text)]
        names = [self._word_form(toks[run[p]]) for p in at]
        title = toks[run[k]].text.rstrip(".").casefold() if k >= 0 else ""
        title_case = not any(t.text[:1].islower() and t.text.casefold() not in self._stopwords for t in toks)
        for p, word in enumerate(names):
            if not all(w.casefold() in self._first_names for w in names[p + 1 :]):
                continue
            if at[p] == k + 1 and title in lx.PERSON_TITLES and title not in lx.ROLE_WORDS:
                return True
            before = toks[run[at[p]] - 1].text.casefold() if run[at[p]] > 0 else ""
            if (
                not title_case
                and word.casefold() in self._first_names
                and _norm(word) not in self._known
                and not self._is_known(names[p:])
                and before not in _DETERMINERS
                and before not in _LOCATION_PREPOSITIONS
            ):
                return True
        return False

    def _name_word(self, tok: Token) -> bool:
        """A capitalised word that can be part of a personal name: not a title, an honorific or an initial."""
        low = self._word_form(tok).casefold()
        return (
            _is_capitalised(tok.text)
            and tok.text.isalpha()
            and len(tok.text) > 1
            and low not in lx.ROLE_WORDS
            and low not in lx.PERSON_TITLES
        )

    @staticmethod
    def _hyphen_head(text: str) -> bool:
        low = text.casefold()
        return "-" in low and all(p in lx.ROLE_WORDS for p in low.split("-"))

    def _is_known(self, words: list[str]) -> bool:
        return _norm(" ".join(words)) in self._known

    def _person_candidate(
        self, doc: Document, sentence: Sentence, run: list[int], acronym_links: dict[str, str]
    ) -> _Candidate | None:
        cands = self._plain_candidates(doc, sentence, run, acronym_links, force_person=True)
        return cands[0] if cands else None

    def _plain_candidates(
        self,
        doc: Document,
        sentence: Sentence,
        run: list[int],
        acronym_links: dict[str, str],
        force_person: bool = False,
    ) -> list[_Candidate]:
        """Candidates for a run without a title: honorific handled, hyphenated compounds split."""
        toks = sentence.tokens
        honorific: str | None = None
        first = toks[run[0]].text.rstrip(".").casefold()
        # A title in capitals is one only in running text and with three letters or more ("DCI Stevens"); "MS",
        # "DR" or a shouted "REP" are more often something else.
        shouted = _is_all_caps(toks[run[0]].text) and (
            len(toks[run[0]].text) < 3 or not any(t.text[:1].islower() for t in toks)
        )
        if first in lx.PERSON_TITLES and len(run) > 1 and not shouted:
            honorific = first
            name_idx = run[1:]
            while len(name_idx) > 1 and (
                toks[name_idx[0]].text == "." or toks[name_idx[0]].text.rstrip(".").casefold() in lx.PERSON_TITLES
            ):
                name_idx = name_idx[1:]  # "Lt. Gov. Dan Patrick": a second title is no name either
        else:
            name_idx = run
        if len(name_idx) == 1 and honorific is None:
            parts = self._hyphen_parts(toks[name_idx[0]], sentence)
            if parts is not None:
                return parts
        words = tuple(
            self._word_form(toks[i])
            for i in name_idx
            if toks[i].text != "." and not (len(toks[i].text) == 1 and toks[i].text.isupper() and len(name_idx) > 2)
        )
        if not words:
            return []
        start, end = toks[run[0]].start, toks[run[-1]].end
        evidence = _BY_CONTEXT
        initialled = any(
            len(toks[i].text) == 1
            and toks[i].text.isupper()
            and k + 1 < len(name_idx)
            and toks[name_idx[k + 1]].text == "."
            for k, i in enumerate(name_idx[:-2])
        )
        if honorific is not None or force_person or initialled:  # "C. Harris", "Antony J. Blinken"
            kind: str = "person"
        else:
            raw = tuple(toks[i].text for i in name_idx if toks[i].text != ".")
            kind, evidence = self._classify(words, raw)
            if kind == "drop":
                return []
        cand = _Candidate(start, end, doc.text[start:end], words, kind, sentence, honorific, evidence=evidence)
        cand.common = len(words) == 1 and self._is_common(words[0].casefold())
        if kind in ("person", _UNKNOWN) or len(words) > 1:
            self._attach_context_roles(doc, sentence, run, cand)
        after = run[-1] + 1
        if (
            after + 2 < len(toks)
            and toks[after].text == "("
            and toks[after + 2].text == ")"
            and _is_all_caps(toks[after + 1].text)
            and len(words) > 1
            and self._may_abbreviate(toks[after + 1].text, cand)
        ):
            acronym_links[_norm(toks[after + 1].text)] = self._canonical(cand, {})[2]  # the key its group has
        return [cand]

    def _may_abbreviate(self, acronym: str, cand: _Candidate) -> bool:
        """Can "(ACRONYM)" after ``cand`` introduce its short form? Not when the acronym already names
        something else: "Picabo Street (U.S.)" gives a skier's country, not her initials."""
        known = self._lookup(acronym)
        return known is None or _norm(known[1]) == _norm(" ".join(cand.words))

    def _hyphen_parts(self, token: Token, sentence: Sentence) -> list[_Candidate] | None:
        """ "Russia-Nato" -> Russia, Nato; "US-led" -> US. None when the token is not such a compound."""
        text = token.text
        if not _has_hyphen(text) or _norm(text) in self._known:
            return None
        out: list[_Candidate] = []
        pos = 0
        for piece in text.replace("‐", "-").replace("–", "-").split("-"):
            kind = self._lookup(piece)
            if piece and _is_capitalised(piece) and kind is not None and self._vouched_for(piece.casefold()):
                s = token.start + pos
                out.append(_Candidate(s, s + len(piece), piece, (piece,), kind[0], sentence))
            pos += len(piece) + 1
        return out if out else None

    def _lookup(self, text: str) -> tuple[str, str] | None:
        key = _norm(text)
        if key in self._known:
            return self._known[key]
        if (_is_all_caps(text) or not self._is_common(text.casefold())) and key in self._acronyms:
            return self._acronyms[key]
        return None

    def _classify(self, words: tuple[str, ...], raw: tuple[str, ...] = ()) -> tuple[str, int]:
        """Type of a name from its words alone (an ActorType, _UNKNOWN, or "drop" for non-actors) and how
        sure that is. ``raw`` is the name as written, for capitals that the word forms fold ("PSV")."""
        joined = " ".join(words)
        known = self._lookup(joined)
        if known is not None:
            return known[0], _BY_LEXICON
        low = [w.casefold() for w in words]
        if self._is_demonym(joined) or low[-1] in lx.NON_ACTOR_HEADS:
            return "drop", _BY_CONTEXT
        if any(w in lx.ORG_HEADS for w in low[:-1]) and any(w in lx.ORG_CONNECTORS for w in low):
            return "organization", _BY_CONTEXT  # "Bank of England"
        if low[-1] in lx.ORG_HEADS or (len(words) > 1 and low[-1].endswith(".") and low[-1][:-1] in _COMPANY_ENDINGS):
            # "Pfizer Inc.", "Acme Corp.": the abbreviation's period does not hide the head
            if len(words) > 1 or not self._is_common(low[-1]):
                return "organization", _BY_CONTEXT
            return "drop", _BY_CONTEXT
        if len(words) == 1:
            return _UNKNOWN, _BY_DEFAULT
        mixed = not all(_is_all_caps(w) for w in raw)
        if mixed and any(_acronym_shaped(w) and w not in _ROMAN_NUMERALS for w in raw):
            return "organization", _BY_CONTEXT  # "PSV Eindhoven", "AC Milan", "VfB Stuttgart": people have no acronyms
        if self._club_like(words):
            return "organization", _BY_CONTEXT  # "Dundee United", "FC Porto"
        if low[-1] in ("city", "town") and _norm(" ".join(words[:-1])) in self._city_keys:
            return "organization", _BY_CONTEXT  # "Manchester City": the city itself is "Manchester"
        if low[-1] == "state" and _norm(" ".join(words[:-1])) in self._regions:
            return "organization", _BY_CONTEXT  # "Ohio State": the university; the state is "Ohio"
        if low[-1] in lx.LOCATION_HEADS or (len(low) > 2 and low[0] in lx.LOCATION_HEADS and low[1] == "of"):
            return "location", _BY_LEXICON  # "Bellerive Oval", "Republic of Padania", "Gulf of Aden"
        if any(low[i] == "republic" and low[i + 1] == "of" for i in range(len(low) - 2)):
            return "location", _BY_LEXICON  # "Democratic People's Republic of Korea": a state
        if low[-1].endswith("s") and not low[-1].endswith("ss") and self._is_known(list(words[:-1])):
            # "Dallas Cowboys", "Buffalo Sabres", "New York Jets": a place, then a plural (not "Orlando Pace")
            return "organization", _BY_LEXICON
        if low[0] in self._first_names:
            return "person", _BY_LEXICON
        if any(self._is_known(list(words[a:b])) for a in range(len(words)) for b in range(a + 1, len(words) + 1)):
            return "organization", _BY_DEFAULT  # a place plus other words, not itself a place: "Ajax Amsterdam"
        if all(self._is_common(w) or _norm(w) in self._demonyms for w in low):
            return "drop", _BY_DEFAULT
        if _norm(words[0]) in self._demonyms:
            return (_UNKNOWN if len(words) == 2 else "person"), _BY_DEFAULT
        return "person", _BY_DEFAULT

    def _is_demonym(self, word: str) -> bool:
        """A nationality, region or religion word, also as a plural for its people ("Italians", "Moslems")
        or a hyphenated pair ("Hindu-Moslem", "Franco-African"): these name groups, not actors."""
        key = _norm(word)
        if key in self._demonyms or (key.endswith("s") and key[:-1] in self._demonyms):
            return True
        parts = [p for p in word.replace("‐", "-").replace("–", "-").split("-") if p]
        return (
            len(parts) > 1
            and all(_norm(p) in self._demonyms or p.casefold() in _DEMONYM_PREFIXES for p in parts[:-1])
            and _norm(parts[-1]) in self._demonyms
        )

    def _attach_context_roles(self, doc: Document, sentence: Sentence, run: list[int], cand: _Candidate) -> None:
        """Roles around a name: "Kremlin spokesman <name>" and "<name>, the US ambassador to Nato,"."""
        toks = sentence.tokens
        k = run[0] - 1
        while k >= 0 and toks[k].text.islower() and (toks[k].text in lx.ROLE_WORDS or self._hyphen_head(toks[k].text)):
            k -= 1
        if k < run[0] - 1 and (toks[run[0] - 1].text in lx.ROLE_HEADS or self._hyphen_head(toks[run[0] - 1].text)):
            first = k + 1
            while k >= 0 and self._qualifier_word(toks, k):
                first = k
                k -= 1
            if first >= 2 and toks[first - 1].text in _POSSESSIVE and _is_capitalised(toks[first - 2].text):
                first -= 2  # "Russia's representative <name>"
            cand.roles.append(doc.text[toks[first].start : toks[run[0] - 1].end])
            cand.type = "person"
        elif run[0] >= 3 and toks[run[0] - 1].text == "," and cand.type in ("person", _UNKNOWN):
            self._comma_role_before(doc, toks, run, cand)
        j = run[-1] + 1
        if j < len(toks) and toks[j].text == ",":
            j += 1
            if j < len(toks) and toks[j].text.casefold() in _DETERMINERS:
                j += 1
            begin = j
            if begin < len(toks) and toks[begin].tag in ("VBG", "VBN"):
                return  # "Clinton told AIPAC, referring to the business mogul": a participle, not a role
            has_head = False
            while j < len(toks) and j - begin < 10 and toks[j].text not in _APPOSITION_STOPS:
                if toks[j].tag in _CLAUSE_TAGS and toks[j].tag != "WP" and toks[j].tag != "WDT":
                    return
                if toks[j].tag in ("WP", "WDT"):
                    break
                low = toks[j].text.casefold()
                has_head = has_head or low in lx.ROLE_HEADS or self._hyphen_head(low)
                j += 1
            acronym = _is_all_caps(cand.text.replace(".", "").replace(" ", ""))  # "Salem, N.H., resident ..."
            if has_head and j > begin and cand.type in ("person", _UNKNOWN) and not acronym:
                cand.roles.append(doc.text[toks[begin].start : toks[j - 1].end])
                cand.type = "person"

    def _comma_role_before(self, doc: Document, toks: tuple[Token, ...], run: list[int], cand: _Candidate) -> None:
        """ "its president, Vladimir Putin" / "the alliance's chief, Jens Stoltenberg": a determiner or
        possessive, lower-case role words ending in a role head, a comma, then the name."""
        k = run[0] - 2
        if toks[k].text not in lx.ROLE_HEADS:
            return
        while k >= 0 and toks[k].text.islower() and toks[k].text in lx.ROLE_WORDS:
            k -= 1
        if k < 0:
            return
        opener = toks[k].text.casefold()
        role = doc.text[toks[k + 1].start : toks[run[0] - 2].end]
        if opener in _POSSESSIVE_PRONOUNS:
            # "its": the nearest organisation or place named before, in this sentence
            for m in range(k - 1, -1, -1):
                text = toks[m].text
                if _is_capitalised(text) and self._lookup(self._word_form(toks[m])) is not None:
                    cand.owner_hint = self._word_form(toks[m])
                    break
        elif opener in _POSSESSIVE and k >= 1 and _is_capitalised(toks[k - 1].text):
            role = doc.text[toks[k - 1].start : toks[run[0] - 2].end]
        elif opener not in ("the", "his", "her", "their", "our"):
            return
        cand.roles.append(role)
        cand.type = "person"

    def _qualifier_word(self, toks: tuple[Token, ...], k: int) -> bool:
        """A capitalised word that belongs to a role ("*Kremlin* spokesman"), not a sentence opener ("Then")."""
        text = toks[k].text
        if not _is_capitalised(text) or not text[:1].isalpha() or text.casefold() in self._stopwords:
            return False
        if _norm(text) in self._demonym_countries:
            return True  # "Ukrainian envoy <name>", even at a sentence start
        at_start = k == 0 or toks[k - 1].text in _OPENERS
        low = text.casefold()
        return not at_start or low in lx.ORG_HEADS or self._vouched_for(low) or not self._is_common(low)

    # ------------------------------------------------------------------ pass 4: merging

    @staticmethod
    def _make_consistent(candidates: list[_Candidate]) -> None:
        """A string typed once is typed the same everywhere in the document: each name takes the type of
        its best-attested mention ("Leeds 16 6 2 8" in a table makes the "Leeds" of the report a team)."""
        best: dict[str, tuple[int, str, bool]] = {}
        for c in candidates:
            if c.type == _UNKNOWN or c.kind == "metonym":
                continue
            seen = best.get(c.key)
            if seen is None or c.evidence > seen[0]:
                best[c.key] = (c.evidence, c.type, c.company)
        for c in candidates:
            seen = best.get(c.key)
            if seen is not None and seen[0] > c.evidence and c.honorific is None and not c.roles:
                c.evidence, c.type, c.company = seen

    def _merge(self, candidates: list[_Candidate], acronym_links: dict[str, str], lower: set[str]) -> list[_Group]:
        """Candidates into actors; ``lower`` holds the document's lower-case words (a plural written
        in lower case somewhere, "allies", is a common noun when capitalised too)."""
        groups: dict[str, _Group] = {}
        persons_by_surname: dict[str, list[_Group]] = {}
        pending: list[_Candidate] = []
        initials: dict[str, _Group] = {}

        def group_for(key: str, kind: str, canonical: str | None = None) -> _Group:
            g = groups.get(key)
            if g is None:
                g = groups[key] = _Group(kind, key, canonical=canonical)
            return g

        # A lone word that is the surname of a person named in full joins that person, even where the
        # context made it a team ("Nicol v Eyles", "b Harris 4"), unless a gazetteer knows it as a place.
        surnames = {
            _norm(c.words[-1])
            for c in candidates
            if c.type == "person" and (len(c.words) > 1 or c.honorific is not None or c.text != c.words[0])
        }
        # Multi-word names and known names first, so single words can attach to them.
        for c in candidates:
            if (
                len(c.words) == 1
                and c.key in surnames
                and c.type in ("organization", "location")
                and c.evidence != _BY_LEXICON
                and c.country is None
                and c.key not in self._countries
            ):
                c.type = _UNKNOWN
                pending.append(c)
                continue
            if c.type == "person" and len(c.words) == 1 and c.roles and c.honorific is None:
                pending.append(c)  # "General Baril": a title and a surname, joins "Maurice Baril" if named
                continue
            if c.type == "person" and (len(c.words) > 1 or c.roles) and c.honorific is None:
                key = _norm(" ".join(w for w in c.words if not (len(w) <= 2 and w.endswith("."))))
                g = group_for("p:" + key, "person")
                g.candidates.append(c)
                persons_by_surname.setdefault(self._surname_key(c.words), []).append(g)
                if len(c.words) == 2 and self._given_name_part(c.words[1]):
                    # "Ban Ki-moon" is "Ban" later on: the family name comes first in that naming custom
                    persons_by_surname.setdefault(_norm(c.words[0]), []).append(g)
            elif c.country is not None:
                c.kind = "metonym"
                group_for(_norm(c.country), "location", c.country).candidates.append(c)
            elif c.type in ("organization", "location"):
                kind, canonical, key = self._canonical(c, acronym_links)
                g = group_for(key, kind, canonical)
                g.candidates.append(c)
                if kind == "organization" and len(c.words) > 1:
                    initials.setdefault(self._initials(canonical or " ".join(c.words)), g)
            else:
                pending.append(c)
        for g in groups.values():
            if g.type != "person" and len(g.key.split()) > 1:
                initials.setdefault(self._initials(g.canonical or g.key), g)

        # Mention starts of each person group, kept sorted, so "the last named before" is a bisect
        # (a scan of every mention per surname would be quadratic on long texts).
        person_starts: dict[int, list[int]] = {}
        pending.sort(key=lambda c: c.type != "person")  # "C. Harris" and "Mr Harris" first: then "Harris" joins them
        # First names of the people named in full: "b Waqar" after "Waqar Younis" (sports copy and many naming
        # customs refer to a person by the given name), when only one person has that first name.
        by_first: dict[str, set[int]] = {}
        person_groups = {id(g): g for g in groups.values() if g.type == "person"}
        for g in person_groups.values():
            for o in g.candidates:
                if len(o.words) > 1 and not o.words[0].endswith("."):
                    by_first.setdefault(_norm(o.words[0]), set()).add(id(g))
        # First words of company names ("Evercore Partners"): such a name written alone is the company.
        companies: dict[str, dict[int, _Group]] = {}
        for g in groups.values():
            if g.type == "organization" and _company_headed(g):
                for o in g.candidates:
                    if len(o.words) > 1:
                        companies.setdefault(_norm(o.words[0]), {})[id(g)] = g
        # A group's gender, computed once and forgotten when the group gains a mention: recomputing it
        # for every "Mr X" over a group of hundreds of mentions made long texts quadratic.
        genders: dict[int, lx.Gender | None] = {}

        def gender_of(g: _Group) -> lx.Gender | None:
            if id(g) not in genders:
                genders[id(g)] = self._gender(g, self._longest_name(g))
            return genders[id(g)]

        titled_families: set[str] = set()  # surnames registered from names given with a title only
        for c in pending:
            key = c.key
            surname = persons_by_surname.get(key)
            if surname and c.honorific is not None and lx.PERSON_TITLES.get(c.honorific) is not None:
                # "Mrs Abedini" is not "Saeed Abedini": a title's gender must fit the first name's
                title_gender = lx.PERSON_TITLES[c.honorific]
                surname = [g for g in surname if gender_of(g) in (None, title_gender)]
            elif surname and len(surname) > 1:
                # a bare surname refers back to a person named in full rather than to "Mrs Abedini"
                surname = [g for g in surname if any(len(o.words) > 1 for o in g.candidates)] or surname
            if surname:
                g = self._nearest(surname, c, person_starts)
                c.kind = "alias"
                g.candidates.append(c)
                genders.pop(id(g), None)
                bisect.insort(person_starts[id(g)], c.start)
                continue
            owners = by_first.get(key) if c.honorific is None and c.type in (_UNKNOWN, "person") else None
            if owners is not None and len(owners) == 1 and c.text == c.words[0] and not c.common:
                c.kind = "alias"
                person_groups[next(iter(owners))].candidates.append(c)
                continue
            firm = companies.get(key) if c.type == _UNKNOWN and c.honorific is None and not c.common else None
            if firm is not None and len(firm) == 1 and not _is_all_caps(c.text):
                c.kind, c.type = "alias", "organization"  # "Evercore said" after "Evercore Partners"
                next(iter(firm.values())).candidates.append(c)
                continue
            if c.type == _UNKNOWN and _norm(key) in acronym_links and acronym_links[key] in groups:
                c.kind = "acronym"
                groups[acronym_links[key]].candidates.append(c)
                continue
            if c.type == _UNKNOWN and _is_all_caps(c.text) and key.upper().replace(" ", "") in initials:
                c.kind = "acronym"
                initials[key.upper().replace(" ", "")].candidates.append(c)
                continue
            if c.type == _UNKNOWN and c.common:
                if c.words[0].casefold() in lower or not self._plural_name(c):
                    continue  # "Council", "Ministers": a capitalised common noun, not a name
                c.type = "organization"  # "the Colts", "the Barbarians": a team or group named by a plural
            if c.honorific is not None and len(c.words) == 1 and c.words[0].casefold() in lx.ROLE_WORDS:
                continue  # "Mr. President", "Madam Speaker": a form of address unless a King or Speaker is named
            kind = c.type if c.type != _UNKNOWN else self._guess_single(c)
            if kind == "person":
                g = group_for("p:" + key, "person")
                persons_by_surname.setdefault(key, []).append(g)
                family = self._surname_key(c.words)
                if len(c.words) > 1 and (family not in persons_by_surname or family in titled_families):
                    # "Rep. Steve King" named in full with a title and by no plain full name: a later "Rep.
                    # King" or "King" is him, or the nearest of several so named ("Rep. Tom Smith", "Sen.
                    # Ann Smith"); a plain full name ("John Langmore") keeps its own surname
                    titled_families.add(family)
                    if g not in persons_by_surname.setdefault(family, []):
                        persons_by_surname[family].append(g)
            else:
                g = group_for(key, kind)
            g.candidates.append(c)
            genders.pop(id(g), None)
        self._join_short_forms(groups, initials)
        self._place_names_team(groups)
        return list(groups.values())

    @staticmethod
    def _join_short_forms(groups: dict[str, _Group], initials: dict[str, _Group]) -> None:
        """A one-word organisation that no lexicon knows is the short form of the one multi-word organisation it
        abbreviates ("FDIC": "Federal Deposit Insurance Corporation") or whose first word it is ("Evercore":
        "Evercore Partners", "Dow's chief executive": "Dow Chemical"), when one of them is known to be a company
        (by a company head, "Partners", or by what only a company has, "FDIC employees"). Such names were
        typed people before and joined by first name; other bodies keep their own short forms apart ("GOP" and
        "GOP Senate", "NBC" and "NBC News")."""
        by_first: dict[str, set[int]] = {}
        by_id: dict[int, _Group] = {}
        for g in groups.values():
            if g.type != "organization":
                continue
            by_id[id(g)] = g
            for c in g.candidates:
                if len(c.words) > 1 and c.kind == "name":
                    by_first.setdefault(_norm(c.words[0]), set()).add(id(g))
        for key, g in list(groups.items()):
            if g.type != "organization" or g.canonical is not None or any(len(c.words) > 1 for c in g.candidates):
                continue
            acronym = key.upper().replace(" ", "")
            target: _Group | None = None
            kind: MentionKind = "alias"
            caps = all(_is_all_caps(c.text) for c in g.candidates)
            company = any(c.company for c in g.candidates)
            if caps and company and initials.get(acronym, g) is not g:
                target, kind = initials[acronym], "acronym"
            elif len(by_first.get(key, ())) == 1 and next(iter(by_first[key])) != id(g):
                target = by_id[next(iter(by_first[key]))]
                # "HP" is not "HP Way", nor "NBC" "NBC News": an acronym joins a longer name only if that is a company's
                if not (_company_headed(target) or (company and not caps)):
                    target = None
            if target is None or target.type != "organization":
                continue
            for c in g.candidates:
                c.kind = kind
            target.candidates.extend(g.candidates)
            del groups[key]

    @staticmethod
    def _surname_key(words: tuple[str, ...]) -> str:
        """The key of a full name's family name: its last word, but a generational suffix ("Martin Luther
        King Jr.") is not one, so "Mr. King" and "King" find him."""
        return _norm(words[-2] if len(words) > 2 and _is_name_suffix(words[-1]) else words[-1])

    def _place_names_team(self, groups: dict[str, _Group]) -> None:
        """Where the text names a team after its town ("Indianapolis Colts", "AC Milan"), the town's bare name
        outside place phrases is the team too ("the win by Indianapolis", "Milan's defeat"), as in sports copy;
        "in Milan", a dateline, or a country (a national side is its country) stay places."""
        teams: dict[str, set[int]] = {}
        by_id = {id(g): g for g in groups.values() if g.type == "organization"}
        for g in by_id.values():
            for c in g.candidates:
                words, low = c.words, [w.casefold() for w in c.words]
                if len(words) < 2:
                    continue
                if low[0] in lx.CLUB_WORDS:
                    place = words[1:]
                elif low[-1] in lx.CLUB_WORDS or (low[-1].endswith("s") and not low[-1].endswith("ss")):
                    place = words[:-1]
                else:
                    continue
                if self._is_known(list(place)):
                    teams.setdefault(_norm(" ".join(place)), set()).add(id(g))
        for g in groups.values():
            if g.type != "location" or g.key in self._countries:
                continue
            owners = teams.get(g.key) or teams.get(_norm(g.canonical or ""))
            if owners is None or len(owners) != 1:
                continue
            team = by_id[next(iter(owners))]
            keep: list[_Candidate] = []
            for c in g.candidates:
                if c.kind == "name" and c.evidence < _BY_CONTEXT and not self._in_place_phrase(c):
                    c.kind, c.type = "alias", "organization"
                    team.candidates.append(c)
                else:
                    keep.append(c)
            g.candidates = keep

    @staticmethod
    def _in_place_phrase(c: _Candidate) -> bool:
        """Is the candidate governed by a place preposition ("in Milan", "the city of Milan", "to Milan")?"""
        toks = c.sentence.tokens
        idx = bisect_left([t.start for t in toks], c.start)
        prev = toks[idx - 1].text.casefold() if 0 < idx <= len(toks) else ""
        return prev in _NOT_METONYM_BEFORE

    @staticmethod
    def _longest_name(g: _Group) -> str:
        longest: tuple[str, ...] = max((c.words for c in g.candidates), key=len, default=())
        return " ".join(longest)

    def _plural_name(self, c: _Candidate) -> bool:
        """A capitalised plural after "the", inside a sentence, that is no title or nationality ("the Eagles");
        the caller checks the text never writes it in lower case ("the allies")."""
        toks = c.sentence.tokens
        idx = bisect_left([t.start for t in toks], c.start)
        low = c.words[0].casefold()
        return (
            0 < idx < len(toks)
            and toks[idx - 1].text.casefold() == "the"
            and toks[idx].tag in ("NNPS", "NNP", "NNS")
            and low.endswith("s")
            and not low.endswith("ss")
            and low[:-1] not in lx.ROLE_WORDS
            and _norm(low[:-1]) not in self._demonyms
            and not _is_all_caps(c.text)
        )

    def _canonical(self, c: _Candidate, acronym_links: dict[str, str]) -> tuple[str, str | None, str]:
        """(type, lexicon name or None, merge key) of an organisation or location candidate."""
        joined = " ".join(c.words)
        if c.key in acronym_links:
            c.kind = "acronym"
            return c.type, None, acronym_links[c.key]
        known = self._lookup(joined)
        if known is not None:
            kind, canonical = known
            if kind != c.type:  # "Chicago" the team in a results table, not the city
                return c.type, None, "o:" + c.key
            return kind, canonical, _norm(canonical)
        # An unknown name used both as a team and as a place ("BUFFALO 13 12", "ANAHEIM AT BUFFALO") is two actors.
        return c.type, None, ("l:" + c.key if c.type == "location" else c.key)

    @staticmethod
    def _initials(name: str) -> str:
        words = [w for w in name.replace("-", " ").split() if w[:1].isalpha() and w.casefold() not in lx.ORG_CONNECTORS]
        return "".join(w[0].upper() for w in words)

    @staticmethod
    def _nearest(groups: list[_Group], c: _Candidate, starts: dict[int, list[int]]) -> _Group:
        """Of several people sharing a surname, the one named most recently before ``c``."""
        best, best_start = groups[0], -1
        for g in groups:
            if id(g) not in starts:
                starts[id(g)] = sorted(o.start for o in g.candidates)
            mine = starts[id(g)]
            i = bisect.bisect_right(mine, c.start)
            if i and mine[i - 1] > best_start:
                best, best_start = g, mine[i - 1]
        return best

    def _guess_single(self, c: _Candidate) -> str:
        """Type of a lone unknown word, from its neighbours: "in X" is a place, "X said" a person, a
        first name a person; otherwise an organisation (a lone word that is not the surname of a named
        person is, in news copy, most often a team, company, party or brand)."""
        toks = c.sentence.tokens
        idx = next((i for i, t in enumerate(toks) if t.start == c.start), None)
        if idx is None:
            return "organization"
        end_idx = next((i for i, t in enumerate(toks) if t.end == c.end), idx)
        prev = toks[idx - 1].text.casefold() if idx > 0 else ""
        nxt = toks[end_idx + 1].text.casefold() if end_idx + 1 < len(toks) else ""
        if c.honorific is not None:
            return "person"
        if _is_all_caps(c.text) and c.text.isalpha() and len(c.text) <= 5 and any(t.text[:1].islower() for t in toks):
            return "organization"  # an acronym in running text ("USDA said", "ETA"): people are not spelled so
        if prev in ("in", "near", "outside", "inside"):
            return "location"  # "Officials in Zarqa said": the verb's subject is the officials
        if nxt in _SPEECH_VERBS or c.speaker:
            return "person"
        if prev in _LOCATION_PREPOSITIONS:
            return "location"
        if prev == "of" and idx >= 2 and toks[idx - 2].text.casefold() in lx.SETTLEMENT_NOUNS:
            return "location"  # "the village of Zaitseve"
        if prev == "to" and self._destination(toks, idx - 1):
            return "location"  # "fled to Kindu", "from Bukavu west to Kindu"
        k = end_idx + 1 + (nxt == "national")
        after = toks[k].text if k < len(toks) else ""
        if after.islower() and (after in lx.SETTLEMENT_NOUNS or after in lx.LOCATION_HEADS):
            return "location"  # "Qinglan port", "the Garamba national park"
        if nxt == "," and self._settlement_apposition(toks, end_idx + 2):
            return "location"  # "Garamba, a national park in the north"
        if idx == 0 and nxt in (",", "-", "–", "—") and _is_all_caps(c.text):
            return "location"  # dateline: "BRUSSELS – ..."
        low = c.key
        if (low in self._male or low in self._female) and not _is_all_caps(c.text):
            return "person"
        if nxt in ("administration", "government", "campaign", "cabinet") and prev == "the":
            return "person"  # "the Biden administration"
        c.guessed = True  # a he or she may still show it is a person (see _person_behind_pronoun)
        return "organization"

    @staticmethod
    def _destination(toks: tuple[Token, ...], to: int) -> bool:
        """Is toks[to] ("to") the "to" of a movement: after a verb of going ("flown to"), or answering a
        "from" in the same sentence ("from Bukavu west to ...")?"""
        before = [t.text.casefold() for t in toks[max(0, to - 3) : to]]
        if any(w in lx.MOTION_WORDS for w in before):
            return True
        return any(
            toks[k].text.casefold() == "from" and k + 1 < to and _is_capitalised(toks[k + 1].text) for k in range(to)
        )

    @staticmethod
    def _settlement_apposition(toks: tuple[Token, ...], k: int) -> bool:
        """Do toks[k:] read "a/the <few lower-case words> town/park/region ..." (an apposition saying what a
        place is)?"""
        if k >= len(toks) or toks[k].text.casefold() not in _DETERMINERS:
            return False
        for m in range(k + 1, min(k + 5, len(toks))):
            low = toks[m].text.casefold()
            if not toks[m].text.islower():
                return False
            if low in lx.SETTLEMENT_NOUNS or low in lx.LOCATION_HEADS:
                return True
        return False

    # ------------------------------------------------------------------ descriptions

    def _link_descriptions(self, doc: Document, sentences: list[Sentence], groups: list[_Group]) -> None:
        """ "the secretary general" -> the only person with that role; "the alliance" -> NATO; "the company",
        "the ministry" -> the organisation of that kind named before (see :meth:`_organisation_of_kind`)."""
        by_role: dict[str, list[_Group]] = {}
        for g in groups:
            if g.type == "person":
                for role in g.roles:
                    words = _norm(role.replace("-", " ")).split()
                    for n in (1, 2, 3):
                        if len(words) >= n:
                            by_role.setdefault(" ".join(words[-n:]), []).append(g)
        by_descriptor: dict[str, list[_Group]] = {}
        for noun, acronyms in lx.ORG_DESCRIPTORS.items():
            targets = {_norm(self._acronyms[_norm(a)][1]) for a in acronyms if _norm(a) in self._acronyms}
            by_descriptor[noun] = [g for g in groups if g.key in targets]
        orgs = sorted(
            ((c.start, g, self._names_people(c)) for g in groups if g.type == "organization" for c in g.candidates),
            key=lambda x: x[0],
        )
        org_starts = [start for start, _, _ in orgs]
        kinds: dict[str, set[int]] = {}  # noun -> ids of the organisations of that kind
        # who a sports description may stand for: people, and lone words made organisations for want of a clue
        named = sorted(
            (c.start, g)
            for g in groups
            if g.type == "person" or (g.type == "organization" and all(o.guessed for o in g.candidates))
            for c in g.candidates
            if g.type == "person" or _player_subject(c)
        )
        named_starts = [start for start, _ in named]
        for n, s in enumerate(sentences):
            toks = s.tokens
            for i, tok in enumerate(toks):
                if tok.text.casefold() != "the":
                    continue
                j = i + 1  # the noun phrase: lower-case adjectives and nouns ("the 30-member alliance")
                if (  # a known owner may lead it: "the Kremlin spokesman", "the US ambassador"; a team a sports role
                    j + 1 < len(toks)
                    and _is_capitalised(toks[j].text)
                    and toks[j + 1].text in lx.ROLE_WORDS
                    and (self._lookup(toks[j].text) is not None or toks[j + 1].text in _SPORTS_ROLES)
                ):
                    j += 1
                while (
                    j < len(toks)
                    and j - i <= 4
                    and (
                        (toks[j].text.islower() and (toks[j].tag in _DESCRIPTION_FILLER_TAGS or "-" in toks[j].text))
                        or (_has_hyphen(toks[j].text) and toks[j].text.rsplit("-", 1)[-1].islower())
                    )
                ):
                    j += 1  # a place may modify it: "the Iran-backed group", "the Moscow-based firm"
                if j == i + 1 or (j < len(toks) and _is_capitalised(toks[j].text)):
                    continue  # nothing, or a title before a name ("the secretary general Jens ...")
                head = toks[j - 1].text
                target: list[_Group] = []
                if head in lx.ROLE_HEADS or self._hyphen_head(head):
                    phrase = _norm(doc.text[toks[i + 1].start : toks[j - 1].end].replace("-", " "))
                    target = list({id(g): g for g in by_role.get(phrase, [])}.values())
                    subject = self._speaks_after(toks, i, j) or (
                        i == 0 and j < len(toks) and toks[j].tag in _FINITE_TAGS
                    )
                    # only a subject: in "he talks to the union boss" the boss is somebody else
                    if not target and head in _SPORTS_ROLES and subject:
                        floor = sentences[max(0, n - 2)].start if n else s.start
                        target = self._sports_role_holder(toks, i, j, by_role, named, named_starts, floor, s.start)
                        if len(target) == 1:
                            target[0].type = "person"  # "Haaland scored twice. ... the striker said"
                        elif j - i > 2 and self._speaks_after(toks, i, j):
                            # "The England captain said": nobody fits, and the country or team is not the speaker
                            self._drop_mention(groups, toks[i + 1].start)
                elif head in by_descriptor:
                    target = by_descriptor[head]
                elif head in lx.ORG_KINDS and self._plain_kind(toks, i, j):
                    if head not in kinds:
                        kinds[head] = {id(g) for _, g, _ in orgs if self._of_kind(g, head)}
                    target = self._organisation_of_kind(orgs, org_starts, kinds[head], tok.start, head)
                if len(target) == 1:
                    start, end = tok.start, toks[j - 1].end
                    target[0].descriptions.append(Mention(start, end, doc.text[start:end], "description"))

    @staticmethod
    def _sports_role_holder(
        toks: tuple[Token, ...],
        i: int,
        j: int,
        by_role: dict[str, list[_Group]],
        named: list[tuple[int, _Group]],
        starts: list[int],
        floor: int,
        own: int,
    ) -> list[_Group]:
        """Who "the [Team] <sports role>" (toks[i:j]) stands for when nobody holds that exact role: the one
        person given the role before ("Liverpool striker Mo Salah ... the striker"), or else, for a player's
        position, the one person named in the one or two sentences before ("Haaland scored twice. “...,” the
        striker said", where a lone word may still be typed an organisation for want of a clue), when nobody is
        named before it in its own sentence ("Imran Qureshi opened the bowling, and the captain praised Imran"
        is somebody else)."""
        head = toks[j - 1].text
        holders = {id(g): g for g in by_role.get(head, []) if g.candidates[0].start < toks[i].start}
        if holders:
            return list(holders.values()) if len(holders) == 1 else []
        if bisect_left(starts, own) != bisect_left(starts, toks[i].start) or head not in _PLAYER_ROLES:
            # a captain, a manager, a boss or a coach is as often an airline's, a shop's or the other
            # team's ("Salah scored the winner. “...,” the Liverpool manager said."): named or nothing
            return []
        near = {id(g): g for _, g in named[bisect_left(starts, floor) : bisect_left(starts, own)]}
        return list(near.values()) if len(near) == 1 else []

    @staticmethod
    def _speaks_after(toks: tuple[Token, ...], i: int, j: int) -> bool:
        """Is the description toks[i:j] the subject of a say-verb ("the England captain said", "said the coach")?"""
        nxt = toks[j].text.casefold() if j < len(toks) else ""
        return nxt in lx.SAY_VERBS or (i > 0 and toks[i - 1].text.casefold() in lx.SAY_VERBS)

    @staticmethod
    def _drop_mention(groups: list[_Group], start: int) -> None:
        """Take the mention starting at ``start`` out of its actor ("England" in "the England captain said")."""
        for g in groups:
            kept = [c for c in g.candidates if c.start != start]
            if len(kept) != len(g.candidates):
                g.candidates = kept
                return

    @staticmethod
    def _plain_kind(toks: tuple[Token, ...], i: int, j: int) -> bool:
        """Is toks[i:j] "the" and a kind of organisation that only adjectives modify ("the company", "the
        Iran-backed group", "the state-owned firm")? A noun before the head names another kind ("the police
        department", "the trade group"), some adjectives another body ("the parent company", "the lower court"),
        and "of" a set ("the group of 20")."""
        return (j >= len(toks) or toks[j].text != "of") and all(
            (t.tag in ("JJ", "VBN", "CD") or _has_hyphen(t.text)) and t.text.casefold() not in _ANOTHER_BODY
            for t in toks[i + 1 : j - 1]
        )

    @staticmethod
    def _names_people(c: _Candidate) -> bool:
        """Does the organisation's name only qualify people after it ("a dozen Carrier *workers*", "Hamas
        *fighters*")? Then "the group" next is those people, not the organisation."""
        toks = c.sentence.tokens
        k = bisect_left([t.end for t in toks], c.end) + 1
        return k < len(toks) and toks[k].tag == "NNS" and toks[k].text.islower()

    @staticmethod
    def _of_kind(g: _Group, noun: str) -> bool:
        """Can "the <noun>" stand for this organisation? Its name holds a word of that kind ("the ministry":
        "Ministry of Energy", "the company": "Norvik Holdings"), or the noun admits a name without any
        organisation head ("the company": "Gazprom"; never "Ministry of Energy" or "Harvard University")."""
        words = {w.casefold() for c in g.candidates for w in c.words} | set((g.canonical or "").casefold().split())
        kind = lx.ORG_KINDS[noun]
        return bool(words & kind) or ("*" in kind and not words & lx.ORG_HEADS)

    @staticmethod
    def _organisation_of_kind(
        orgs: list[tuple[int, _Group, bool]], starts: list[int], fitting: set[int], at: int, noun: str
    ) -> list[_Group]:
        """The organisations "the <noun>" at char ``at`` may refer to: those of its kind named before it, to be
        linked only when there is one ("Apple sued Samsung. The company said" is left alone, as the role
        descriptions are). "The group" right after an organisation that qualifies people ("Carrier workers
        gathered. The group was diverse") is the people."""
        earlier = orgs[: bisect_left(starts, at)]
        if noun in _COLLECTIVE_KINDS and earlier and earlier[-1][2]:
            return []
        # not a lone word that a description showed to be a person ("the striker") after the kinds were listed
        return list({id(g): g for _, g, _ in earlier if id(g) in fitting and g.type == "organization"}.values())

    # ------------------------------------------------------------------ pronouns

    def _link_pronouns(self, doc: Document, sentences: list[Sentence], groups: list[_Group]) -> None:
        """ "he"/"she" -> the person named most recently before it, in this or the two previous sentences,
        whose gender (from "Mr"/"Ms" or a first name) fits; skipped when the nearest fitting person's
        gender is unknown and another named person of the right gender is in reach (ambiguous).
        "it" -> an organisation only as the subject of a say-verb ("it said") with exactly one
        organisation named in this or the previous sentence. "they" is never linked: it as often
        means officials, people or several actors as one organisation."""
        people: list[tuple[int, _Group, lx.Gender | None]] = []
        orgs: list[tuple[int, _Group]] = []
        for g in groups:
            if g.type == "person":
                gender = self._gender(g, self._longest_name(g))
                people.extend((c.start, g, gender) for c in g.candidates)
                people.extend((m.start, g, gender) for m in g.descriptions)
            elif g.type == "organization":
                orgs.extend((c.start, g) for c in g.candidates)
        people.sort(key=lambda x: x[0])
        orgs.sort(key=lambda x: x[0])
        person_starts = [p[0] for p in people]
        org_starts = [o[0] for o in orgs]
        for n, s in enumerate(sentences):
            toks = s.tokens
            for i, tok in enumerate(toks):
                low = tok.text.casefold()
                want = _PRONOUN_GENDER.get(low)
                target: _Group | None = None
                if want is not None and people:
                    if (
                        low in ("he", "she")
                        and n > 0
                        and self._opens_a_clause(toks, i)
                        and not (toks[0].text in _QUOTE_MARKS and self._puts_a_question(sentences[n - 1]))
                    ):
                        # a fronted clause's subject: "Though *he* did not ...", "When *Cruz* spoke, he said"
                        lead = 1 if toks[0].text.casefold() in _OPENING_CONJUNCTIONS else 0  # "But if Carson …"
                        fronted = len(toks) > lead + 1 and toks[lead].text.casefold() in _SUBORDINATORS
                        opener = toks[lead + 1].start if fronted else -1
                        target = self._previous_subject(
                            people, person_starts, sentences[n - 1], s.start, tok.start, want, opener
                        )
                    if target is None:
                        floor = sentences[max(0, n - 2)].start
                        target = self._antecedent(people, person_starts, tok.start, floor, want)
                if want is not None and target is None and low in ("he", "she") and self._speaks(toks, i):
                    floor = sentences[max(0, n - 2)].start
                    # only with nobody named in reach: in "John Hale, the Farnley manager, was pleased. Farnley won
                    # the league. “We did it,” he said." the team stays a team
                    if bisect_left(person_starts, floor) == bisect_left(person_starts, tok.start):
                        target = self._person_behind_pronoun(orgs, org_starts, floor, tok.start)
                    if target is not None:
                        target.type = "person"
                        for c in target.candidates:
                            k = bisect.bisect_right(person_starts, c.start)
                            person_starts.insert(k, c.start)
                            people.insert(k, (c.start, target, None))
                elif low == "it" and i + 1 < len(toks) and toks[i + 1].text.casefold() in lx.SAY_VERBS and orgs:
                    floor = sentences[max(0, n - 1)].start
                    near = orgs[bisect_left(org_starts, floor) : bisect_left(org_starts, tok.start)]
                    found = {id(g): g for _, g in near}
                    target = next(iter(found.values())) if len(found) == 1 else None
                if target is not None:
                    target.pronouns.append(Mention(tok.start, tok.end, doc.text[tok.start : tok.end], "pronoun"))
                    if want is not None:  # a chain: "He left. He came back." keeps the person in reach
                        k = bisect.bisect_right(person_starts, tok.start)
                        person_starts.insert(k, tok.start)
                        people.insert(k, (tok.start, target, want))

    @staticmethod
    def _speaks(toks: tuple[Token, ...], i: int) -> bool:
        """Is the pronoun at ``i`` the subject of a say-verb ("he said", "she told", "said he")?"""
        k = i + 1
        while k < len(toks) and toks[k].tag in ("RB", "RBR") and k - i <= 2:
            k += 1  # "he later said"
        return ActorFinder._speaks_after(toks, i, k)

    @staticmethod
    def _person_behind_pronoun(orgs: list[tuple[int, _Group]], starts: list[int], floor: int, at: int) -> _Group | None:
        """The person a "he"/"she" that speaks must be, when nobody is named in reach: the one lone word in
        reach that was made an organisation for want of a clue, as the subject of its sentence ("Wembanyama
        scored 40 points. “It was fun,” he said."). Teams and companies with a clue (a results line, "the
        club", a company head) were typed by it, and one referred to by "it" is never touched."""
        found: dict[int, _Group] = {}
        for _start, g in orgs[bisect_left(starts, floor) : bisect_left(starts, at)]:
            if all(c.guessed and len(c.words) == 1 for c in g.candidates):
                found[id(g)] = g
        if len(found) != 1:
            return None
        g = next(iter(found.values()))
        return g if any(floor <= c.start < at and _player_subject(c) for c in g.candidates) else None

    @staticmethod
    def _opens_a_clause(toks: tuple[Token, ...], i: int) -> bool:
        """Is the pronoun at ``i`` a subject that opens its sentence, outside quotes: its first word,
        the first after a fronted adverbial or subordinate clause ("In a speech last July, he said",
        "Though he did not name Rubio, he made it clear"), or the subject of that subordinate clause
        ("Though he ...")?"""
        if (
            i >= 2
            and toks[0].text in _QUOTE_MARKS
            and toks[i - 1].text in _QUOTE_MARKS
            and i + 1 < len(toks)
            and toks[i + 1].text.casefold() in lx.SAY_VERBS
            and toks[i + 1].text.casefold() not in _REPLIES  # '“It is falling,” he replied.': the one asked
            and sum(t.text in _QUOTE_MARKS for t in toks[:i]) == 2
        ):
            # '“India has always stood for peace,” he said.' after "Modi met Putin.": the speaker of a
            # quote opening its sentence is the subject the text is about, as an opening "He said" is
            return True
        if any(t.text in _QUOTE_MARKS for t in toks[: i + 1]):
            return False  # '“He is a liar,” she said': a quoted pronoun is the speaker's, not the narrator's
        if i == 0 or (i == 1 and toks[0].text.casefold() in _SUBORDINATORS | _OPENING_CONJUNCTIONS):
            return True  # "He said", "But he said", "Though he did not ..."
        # after a comma, with no finite verb of a main clause before the pronoun
        return toks[i - 1].text == "," and ActorFinder._main_verb(toks[:i]) is None

    @staticmethod
    def _previous_subject(
        people: list[tuple[int, _Group, lx.Gender | None]],
        starts: list[int],
        previous: Sentence,
        sentence_start: int,
        at: int,
        want: lx.Gender,
        opener_subject: int = -1,
    ) -> _Group | None:
        """The person who is the subject of the sentence before, for a pronoun that is its sentence's
        subject with nobody named before it in its own sentence: "Perry did not have kind words for
        Donald Trump. In a speech last July, he said ..." is Perry, whom the text is about, not the last
        man named. The subject is the last person named before the previous sentence's first finite
        verb, or an earlier one there of the pronoun's gender."""
        own = bisect_left(starts, sentence_start)
        if own != bisect_left(starts, at):
            # someone is named earlier in the pronoun's own sentence: the subject of a fronted clause
            # ("Though he did not name Rubio, he made it clear"), or else the nearest rule decides
            fronted = people[own]
            return (
                fronted[1] if fronted[0] < at and fronted[2] in (want, None) and opener_subject == fronted[0] else None
            )
        if not previous.tokens or previous.tokens[0].text in _QUOTE_MARKS:
            return None  # a quote's own names are not the narrator's subject
        main = ActorFinder._main_verb(previous.tokens)
        if main is None:
            return None
        verb, skipped = main
        commas = [n for n, t in enumerate(previous.tokens) if t.text == "," and t.start < verb]
        if len(commas) >= 2 and all(not t.is_word for t in previous.tokens[commas[-1] + 1 :] if t.start < verb):
            # "Clint Howard, the brother of Ron Howard, endorsed ...": a description before the verb that opens
            # with common words names its subject's relations, not the subject; "Trump's attorney, Alan
            # Garten, said" and "the Rev. Charles Elliott Jr., knew" name the subject
            description = previous.tokens[commas[-2] + 1 : commas[-1]]
            opening = [t for t in description[:3] if t.is_word]
            if opening and all(not _is_capitalised(t.text) or t.text.rstrip(".") in ("The", "A") for t in opening):
                skipped = [*skipped, (previous.tokens[commas[-2]].start, previous.tokens[commas[-1]].start)]
        # the person named last before that verb ("With Merrick Garland, President Obama made ...",
        # "But like Trump, Rubio holds ...": Obama, Rubio)
        k = bisect_left(starts, verb) - 1
        last = True
        while k >= 0 and people[k][0] >= previous.start:
            if any(a <= people[k][0] < b for a, b in skipped) or _possessor(previous.tokens, people[k][0]):
                k -= 1  # named inside a relative or subordinate clause, or a possessor: not the subject
                continue
            gender = people[k][2]
            if gender == want or (gender is None and last):
                return people[k][1]
            last = False  # past the subject, only a person of the pronoun's gender ("Sanders and Clinton met")
            k -= 1
        return None

    @staticmethod
    def _puts_a_question(sentence: Sentence) -> bool:
        """Does the sentence's main verb address its object ("Robinson asked Sunak about inflation", "The judge
        sentenced Jones")? Then the quote after it is the object's answer, not the subject's."""
        main = ActorFinder._main_verb(sentence.tokens)
        if main is None:
            return False
        verb = next(t for t in sentence.tokens if t.start == main[0])
        return verb.text.casefold() in _ADDRESSING

    @staticmethod
    def _main_verb(tokens: Sequence[Token]) -> tuple[int, list[tuple[int, int]]] | None:
        """Where the first finite verb of the main clause starts, and the stretches skipped to find
        it: a stretch opened by a subordinator or a relative pronoun, up to the next comma ("Reid,
        who endorsed Clinton in February, reiterated ...", "Asked whether the revelations by Snowden
        led to ..., de Blasio said ...")."""
        subordinate: int | None = None  # where the stretch being skipped starts
        skipped: list[tuple[int, int]] = []
        for t in tokens:
            if t.text == "," and subordinate is not None:
                skipped.append((subordinate, t.start))
                subordinate = None
            elif t.text.casefold() in _SUBORDINATORS and subordinate is None:
                subordinate = t.start
            elif t.tag in _FINITE_TAGS and subordinate is None:
                return t.start, skipped
        return None

    @staticmethod
    def _antecedent(
        people: list[tuple[int, _Group, lx.Gender | None]], starts: list[int], at: int, floor: int, want: lx.Gender
    ) -> _Group | None:
        k = bisect_left(starts, at) - 1
        unknown: _Group | None = None
        while k >= 0 and people[k][0] >= floor:
            _, g, gender = people[k]
            if gender == want:
                return g if unknown is None or unknown is g else None
            if gender is None and unknown is None:
                unknown = g
            k -= 1
        return unknown

    # ------------------------------------------------------------------ output

    def _build_actors(self, doc: Document, groups: list[_Group]) -> list[Actor]:
        """Actors with roles, affiliation and salience, most salient first.

        Salience = mentions (names, aliases, metonyms) + 0.5 per description + 0.25 per pronoun + 2 x how
        early the first mention is + 3 if named in the headline + 1.5 per turn as a speaker (up to 3),
        scaled so the top actor has 1.0. References count less than names: a pronoun is cheap to write."""
        length = max(len(doc.text), 1)
        title_span = doc.title_span
        live = [g for g in groups if g.candidates and g.type in ("person", "organization", "location")]
        actors = [self._actor(g) for g in live]
        index: dict[str, str] = {}
        for g, actor in zip(live, actors, strict=True):
            if g.type != "person":
                for key in (g.key, _norm(actor.name), *(c.key for c in g.candidates if c.kind != "metonym")):
                    index.setdefault(key, actor.name)
                if g.canonical is not None:
                    index.setdefault(_norm(g.canonical), actor.name)
        scored: list[tuple[float, int, Actor]] = []
        for g, actor in zip(live, actors, strict=True):
            if g.type == "person":
                actor.roles, actor.affiliation = self._roles_and_affiliation(g, index)
            first = min(m.start for m in actor.mentions)
            in_title = title_span is not None and any(title_span[0] <= c.start < title_span[1] for c in g.candidates)
            speaking = min(sum(1 for c in g.candidates if c.speaker), 3)
            score = (
                len(g.candidates)
                + 0.5 * len(g.descriptions)
                + 0.25 * len(g.pronouns)
                + 2.0 * (1.0 - first / length)
                + 3.0 * in_title
                + 1.5 * speaking
            )
            scored.append((score, first, actor))
        if not scored:
            return []
        scored.sort(key=lambda x: (-x[0], x[1]))
        top = scored[0][0]
        out: list[Actor] = []
        for n, (score, _, actor) in enumerate(scored, start=1):
            actor.id = f"a{n}"
            actor.salience = round(score / top, 3)
            out.append(actor)
        return out

    # ------------------------------------------------------------------ roles and affiliation

    @staticmethod
    def _clean_role(role: str) -> str:
        """One-line role text; a shouted headline role is lower-cased except its acronyms ("NATO chief")."""
        role = " ".join(role.split())
        if role[:4].casefold() == "the ":
            role = role[4:]
        letters = [ch for ch in role if ch.isalpha()]
        if len(letters) > 3 and all(ch.isupper() for ch in letters):
            role = " ".join(w if w.replace(".", "") in lx.ACRONYMS else w.casefold() for w in role.split())
        return role

    @staticmethod
    def _split_role(role: str) -> tuple[list[str], str | None, str | None]:
        """(core title words, owner written before it, owner after "of"/"for"):
        "US ambassador to Nato" -> (ambassador, US, None); "Secretary General of the North Atlantic
        Treaty Organization" -> (secretary general, None, North Atlantic Treaty Organization);
        "Britain's Foreign Secretary" -> (foreign secretary, Britain, None). A posting after "to"
        ("ambassador to Nato") is where the person serves, not whom they belong to."""
        words = role.split()
        complement: str | None = None
        for n, w in enumerate(words[1:], start=1):
            low = w.casefold()
            if low in ("to", "at", "in", "on", "with", "from", "of", "for"):
                rest = [x for x in words[n + 1 :] if x.casefold() != "the"]
                if low in ("of", "for") and rest and all(_is_capitalised(x) or x in lx.ORG_CONNECTORS for x in rest):
                    if not all(x.casefold() in lx.ROLE_WORDS for x in rest):  # not "Secretary of State"
                        complement = " ".join(rest)
                    else:
                        continue
                words = words[:n]
                break
        r = len(words)
        while r > 0 and (
            all(p in lx.ROLE_WORDS for p in words[r - 1].casefold().split("-"))
            or (words[r - 1] in ("of", "for") and r >= 2 and words[r - 2].casefold() in lx.ROLE_WORDS)
        ):
            r -= 1
        core = [w.casefold() for w in words[r:]]
        owner = " ".join(words[:r]) or None
        if owner is not None:
            for suffix in ("'s", "’s"):
                if owner.endswith(suffix):
                    owner = owner[: -len(suffix)]
            if not _is_capitalised(owner):
                owner = None
        return core, owner, complement

    def _resolve_owner(self, owner: str, index: dict[str, str]) -> str | None:
        """The actor name (or lexicon name) an owner phrase denotes: "Alliance" -> the one alliance in
        the text, "Russian" -> Russia, "US" -> the text's name for the United States."""
        low = owner.casefold()
        if low in lx.ORG_DESCRIPTORS:
            targets = {
                index[k]
                for a in lx.ORG_DESCRIPTORS[low]
                if _norm(a) in self._acronyms and (k := _norm(self._acronyms[_norm(a)][1])) in index
            }
            return targets.pop() if len(targets) == 1 else None
        key = _norm(owner)
        if key in self._demonym_countries:
            country = self._demonym_countries[key]
            return index.get(_norm(country), country)
        if key in index:
            return index[key]
        known = self._lookup(owner)
        if known is not None:
            return index.get(_norm(known[1]), known[1])
        if low in self._demonyms or self._is_common(low):
            return None
        return owner

    def _roles_and_affiliation(self, g: _Group, index: dict[str, str]) -> tuple[list[str], str | None]:
        """Roles without near-duplicates (same title and owner: the shortest wording is kept; a bare
        title is dropped when the same title with an owner exists) and the first owner found."""
        entries: list[tuple[str, tuple[str, ...], str | None]] = []
        affiliation: str | None = None
        for c in g.candidates:
            if c.owner_hint is not None and affiliation is None:
                affiliation = self._resolve_owner(c.owner_hint, index)
            for raw in c.roles:
                role = self._clean_role(raw)
                title, owner, complement = self._split_role(role)
                aff = None
                for phrase in (owner, complement):
                    if phrase is not None and aff is None:
                        aff = self._resolve_owner(phrase, index)
                if affiliation is None:
                    affiliation = aff
                entries.append((role, tuple(title), aff))
        kept: list[tuple[str, tuple[str, ...], str | None]] = []
        for role, core, aff in entries:
            same = [n for n, (_, k_core, k_aff) in enumerate(kept) if k_core == core and (k_aff == aff or aff is None)]
            if same:
                n = same[0]
                if len(role) < len(kept[n][0]) and kept[n][2] == aff:
                    kept[n] = (role, core, aff)
                continue
            # a bare title first, the owned one later: replace the bare one
            bare = [n for n, (_, k_core, k_aff) in enumerate(kept) if k_core == core and k_aff is None]
            if bare:
                kept[bare[0]] = (role, core, aff)
                continue
            kept.append((role, core, aff))
        roles = list({_norm(r.replace("-", " ")): r for r, _, _ in kept}.values())
        return roles, affiliation

    def _actor(self, g: _Group) -> Actor:
        name, name_key = self._choose_name(g)
        mentions: list[Mention] = []
        aliases: dict[str, str] = {}
        for c in g.candidates:
            kind: MentionKind
            if c.kind == "metonym":
                mentions.append(Mention(c.start, c.end, c.text, "metonym"))
                continue
            if c.kind == "acronym" or (g.type != "person" and _is_all_caps(c.text) and _norm(c.text) != name_key):
                kind = "acronym"
            elif c.honorific is None and c.key == name_key:
                kind = "name"
            else:
                kind = "alias"
            mentions.append(Mention(c.start, c.end, c.text, kind))
            if _norm(c.text) != _norm(name):
                aliases.setdefault(_norm(c.text), " ".join(c.text.split()))
        mentions.extend(g.descriptions)
        mentions.extend(g.pronouns)
        mentions.sort(key=lambda m: (m.start, m.end))
        actor_type: ActorType = g.type  # type: ignore[assignment]
        return Actor(
            id="",
            name=name,
            type=actor_type,
            aliases=list(aliases.values()),
            roles=g.roles,
            mentions=mentions,
            gender=self._gender(g, name) if g.type == "person" else None,
        )

    @staticmethod
    def _choose_name(g: _Group) -> tuple[str, str]:
        """The fullest proper form written in the text (a lexicon name when the text uses it), and its key."""
        named = [c for c in g.candidates if c.honorific is None and c.kind not in ("acronym", "metonym")]
        if not any(c.kind != "metonym" for c in g.candidates) and g.canonical is not None:
            return g.canonical, _norm(g.canonical)  # only "Moscow said ...": the actor is Russia
        if g.canonical is not None:
            written = [c for c in named if _norm(c.text) == _norm(g.canonical)]
            if written:
                best = min(written, key=lambda c: _is_all_caps(c.text.replace(" ", "")))
                return " ".join(best.text.split()), best.key
        if not named:  # only "Ms Sherman": the name is what follows the honorific
            c = g.candidates[0]
            if c.honorific is not None:
                return " ".join(c.words), c.key
            named = g.candidates
        titled = max((c for c in g.candidates if c.honorific is not None), key=lambda c: len(c.words), default=None)
        if titled is not None and len(titled.words) > max(len(c.words) for c in named):
            return " ".join(titled.words), titled.key  # "Rep. Carla Smith", then "Smith": she is Carla Smith
        counts: dict[str, int] = {}
        for c in named:
            counts[c.text] = counts.get(c.text, 0) + 1

        def rank(c: _Candidate) -> tuple[int, int, bool, int, int]:
            acronym_form = _is_all_caps(c.text) and c.text.replace(".", "") in lx.ACRONYMS
            # Words set in capitals by a headline style ("NATO CHIEF JENS Stoltenberg") are the
            # worst spelling of a name; known acronyms are the right one.
            written = c.text.split()
            shouting = sum(
                1 for w in written if len(w.rstrip(".")) > 1 and w.isupper() and w.replace(".", "") not in lx.ACRONYMS
            )
            return (len(c.words), -shouting, acronym_form, counts[c.text], len(written))  # "C. Harris" > "Harris"

        best = max(named, key=rank)
        return " ".join(best.text.split()), best.key

    def _gender(self, g: _Group, name: str) -> lx.Gender | None:
        for c in g.candidates:
            if c.honorific is not None and lx.PERSON_TITLES.get(c.honorific) is not None:
                return lx.PERSON_TITLES[c.honorific]
        first = name.split()[0].casefold() if name.split() else ""
        male, female = first in self._male, first in self._female
        if male != female:
            return "male" if male else "female"
        return None
