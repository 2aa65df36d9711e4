"""Pass 3 of the actor finder: the type a mention's neighbours give it, which beats the type its own words
give (a team in a table row or a fixture, a dateline place, "the newspaper O Globo", a player's club in
brackets, a company by its shares), speakers of say-verbs, capitals acting for their country; then document
consistency, where each string takes the type of its best-attested mention.
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import pairwise

from service.pipeline import lexicon as lx
from service.pipeline.actors.candidates import BY_CONTEXT, BY_DEFAULT, UNKNOWN, Candidate
from service.pipeline.actors.shapes import FIXTURE_WORDS, Shape, after_name
from service.pipeline.actors.tokens import (
    LOCATION_PREPOSITIONS,
    NOT_METONYM_BEFORE,
    POSSESSIVE,
    is_all_caps,
    is_capitalised,
    is_score,
    norm,
)
from service.pipeline.actors.vocabulary import Vocabulary, club_like
from service.pipeline.document import Sentence, Token

_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD", "VBG"})
_ACTOR_PREPOSITIONS = frozenset({"with", "by", "against"})
# What only a company has after its possessive ("Morgan Stanley's profits"); people own shares and stakes too.
_COMPANY_POSSESSIONS = frozenset(
    "shareholders customers subscribers profit profits revenue revenues earnings dividend dividends board".split()
)
# Officers only a company has, before "of" and its name: "the chief executive of Intel".
_COMPANY_OFFICERS = frozenset({"executive", "executives", "ceo", "cfo", "coo"})
# Plural jobs held at a firm: "Analysts at Goldman Sachs said"; others gather at places ("Supporters at Anfield",
# "Officials at Mar-a-Lago").
_FIRM_JOBS_PLURAL = frozenset({"analysts", "economists", "strategists", "bankers", "traders", "brokers"})
# Nouns before "in"/"of" and a company: "shares in Thames Water", "a stake in Dangote Cement".
_SHARE_NOUNS = frozenset({"share", "shares", "stake", "stakes", "stock"})


def aged(toks: tuple[Token, ...], k: int) -> bool:
    """Does an age in commas follow the name ending at ``k`` ("Coco Gauff, 20, said")? Only people are given one."""
    if k + 3 >= len(toks) or toks[k + 1].text != "," or toks[k + 3].text not in (",", ")", "said"):
        return False
    age = toks[k + 2].text
    # isdecimal: "²" and "①" are digits to isdigit but no number to int
    return age.isdecimal() and 1 <= int(age) <= 119 and not (k + 4 < len(toks) and toks[k + 4].text == "%")


def make_consistent(candidates: list[Candidate]) -> None:
    """A string typed once is typed the same everywhere in the document: each name takes the type of
    its best-attested mention ("Leeds 16 6 2 8" in a table makes the "Leeds" of the report a team)."""
    best: dict[str, tuple[int, str, bool]] = {}
    for c in candidates:
        if c.type == UNKNOWN or c.kind == "metonym":
            continue
        seen = best.get(c.key)
        if seen is None or c.evidence > seen[0]:
            best[c.key] = (c.evidence, c.type, c.company)
    for c in candidates:
        seen = best.get(c.key)
        if seen is not None and seen[0] > c.evidence and c.honorific is None and not c.roles:
            c.evidence, c.type, c.company = seen


#: Prepositions that put what follows in a place ("in", "near"); "at" and "from" also take employers and teams.
_PLACE_PREPOSITIONS = frozenset({"in", "near", "outside", "inside", "across", "throughout"})
# Classifiers of a team named after its town ("the Doetinchem side", "the Leeds club").
_TEAM_NOUNS = frozenset({"side", "club", "team", "squad", "outfit"})
# Words of org_classifiers.txt that also stand before a person's name: a trade ("the broadcaster Samira Haddad"),
# or a body whose founder or head a clause names ("the foundation Bill Gates set up", "the watchdog Sarah Connor runs")
_PEOPLE_TOO = frozenset(
    {"broadcaster", "publisher", "consultancy", "watchdog", "regulator", "thinktank", "think-tank", "foundation"}
    | {"institute", "lobby"}
)
#: Nouns whose "of" names a place: "a resident of Ghaziabad", "the outskirts of Kherson".
_PLACE_OF = frozenset("resident residents native natives outskirts suburb suburbs".split())


class ContextReader:
    """Types the candidates of a sentence from their context (see the module docstring)."""

    def __init__(self, vocab: Vocabulary) -> None:
        self._vocab = vocab

    def read_context(self, sentence: Sentence, shape: Shape, found: list[Candidate]) -> None:
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
            if table and is_score(score) and c.type != "person":
                if c.type == UNKNOWN or c.key in self._vocab.cities:
                    c.type, c.evidence = "organization", BY_CONTEXT  # a team in a standings or results line
                continue
            if c.type == "location" and c.key in self._vocab.capitals and self._acts(toks, i, j, nxt):
                c.country = self._vocab.capitals[c.key]
        self._affiliations(sentence.text, found)

    @staticmethod
    def _affiliations(text: str, found: list[Candidate]) -> None:
        """ "John Smith of Morgan Stanley", "Jane Doe, of Hargreaves Lansdown,": after a person's full name, "of"
        and a name that nothing types (a default person, an unknown word) give the person's employer. A known
        place stays one ("Paul Ryan of Wisconsin")."""
        base = found[0].sentence.start
        for p, c in pairwise(found):
            if p.type != "person" or (len(p.words) < 2 and p.honorific is None):
                continue
            if c.type not in ("person", UNKNOWN) or c.evidence >= BY_CONTEXT or c.honorific or c.roles or c.common:
                continue
            if " ".join(text[p.end - base : c.start - base].split()) in ("of", ", of"):
                c.type, c.evidence, c.company = "organization", BY_CONTEXT, True

    def _type_from_context(self, toks: tuple[Token, ...], shape: Shape, c: Candidate, i: int, j: int) -> None:
        """Retype a candidate (tokens i..j) from its neighbours; such a type wins over a gazetteer's
        (see make_consistent)."""
        nxt = toks[j + 1].text if j + 1 < len(toks) else ""
        prev = toks[i - 1].text if i > 0 else ""
        country = c.key in self._vocab.countries
        person = c.honorific is not None or bool(c.roles)
        if person:
            c.evidence = BY_CONTEXT
            return
        team = (shape.row and is_score(nxt)) or nxt.casefold() in FIXTURE_WORDS or prev.casefold() in FIXTURE_WORDS
        if not team and i in shape.relaxed:
            if prev == "AT" and c.type in ("location", UNKNOWN):
                c.type, c.evidence = "location", BY_CONTEXT  # "ANAHEIM AT BUFFALO": where the game is played
                return
            team = nxt == "AT"
        if team:
            first_name = len(c.words) > 1 and c.words[0].casefold() in self._vocab.first_names
            # A standings line (played, won, drawn, lost, goals for and against, points) has six numbers or
            # more, which no player's score line has: "West Ham 16 4 5 7 13 20 17" is a team.
            standings = shape.row and sum(1 for t in toks if is_score(t.text)) >= 6
            if country or (c.type == "person" and first_name and not standings and not club_like(c.words)):
                return  # a national side is its country; "Tiger Woods 68" is a player
            c.type, c.evidence = "organization", BY_CONTEXT
            return
        if (
            nxt == "("
            and len(c.words) > 1
            and not country
            and j + 3 < len(toks)
            and toks[j + 3].text == ")"
            and norm(toks[j + 2].text) in self._vocab.countries
            and (c.type in (UNKNOWN, "person") or (c.type == "location" and not self._vocab.is_known(list(c.words))))
        ):
            c.type, c.evidence = "person", BY_CONTEXT  # "Picabo Street (U.S.)": an athlete and her country
            return
        if prev == "(" and nxt == ")" and after_name(toks, i - 1) and not country:
            if (c.type in (UNKNOWN, "person") and c.evidence < BY_CONTEXT) or c.key in self._vocab.cities:
                c.type, c.evidence = "organization", BY_CONTEXT  # "Ian Wright (Arsenal)": a player's club
            return
        # the first place of the dateline, or one joined to it by a slash ("KHARTOUM/PORT SUDAN - ")
        opens = i == 0 or (toks[i - 1].text == "/" and all(is_all_caps(t.text) or t.text == "/" for t in toks[:i]))
        if (
            opens
            and is_all_caps(c.text.replace(" ", "").replace(".", ""))
            and (self._dateline_follows(toks, j) or (self._dash_follows(toks, j) and self._dateline_place(c.text)))
        ):
            c.type, c.evidence = "location", BY_CONTEXT  # "GLASGOW 1996-12-07", "SIALKOT, Pakistan ..."
            return
        if country:
            return
        if (
            nxt == ","
            and j + 2 < len(toks)
            and norm(toks[j + 2].text) in self._vocab.regions
            and (j + 3 >= len(toks) or not toks[j + 3].text[:1].isalnum())
            and c.type in (UNKNOWN, "person")
            and c.evidence < BY_CONTEXT
            and c.words[0].casefold() not in self._vocab.first_names
            and not any(part.casefold() in lx.MONTHS for w in c.words for part in w.split("-"))
        ):
            c.type, c.evidence = "location", BY_CONTEXT  # "Boca Raton, Florida,": a town and its state
            return
        before = prev.casefold() if prev.islower() else ""
        after = nxt if nxt.islower() else ""
        beyond = toks[j + 2].text if j + 2 < len(toks) else ""
        if before == "as" and i >= 3 and toks[i - 2].text in ("known", "called", "named"):
            before = toks[i - 3].text.casefold()  # "a group known as Ansar al-Sharia": what it is called
        if (
            nxt.casefold() in lx.PARTY_MEMBERS
            and c.type in (UNKNOWN, "organization")  # not "a Trump Republican"
            and c.evidence < BY_CONTEXT
        ):
            c.type, c.evidence = "location", BY_CONTEXT  # "a Sarasota Republican": where a party's member comes from
            return
        if (
            nxt.casefold() in lx.SEAT_TITLES
            and c.type in (UNKNOWN, "organization")
            and c.evidence < BY_CONTEXT
            and len(c.words) == 1
            and not is_all_caps(c.text)  # a party: "ANC MP", "APC Senator"
        ):
            c.type, c.evidence = "location", BY_CONTEXT  # "the Wokingham MP": the seat, not a body
            return
        if (
            before in _PEOPLE_TOO
            and len(c.words) == 2
            and c.words[0].casefold() in self._vocab.first_names
            and self._vocab.lookup(c.text) is None  # "the broadcaster Al Jazeera"
            and c.words[-1].casefold() not in lx.ORG_HEADS | lx.COMPANY_HEADS  # "the publisher Victoria Books"
        ):
            pass  # "the broadcaster Samira Haddad": a person who broadcasts, not a broadcaster
        elif before in lx.ORG_CLASSIFIERS or (after in lx.ORG_CLASSIFIERS and not is_capitalised(beyond)):
            if (
                before not in lx.ORG_CLASSIFIERS
                and c.type == "location"
                and after not in _TEAM_NOUNS
                and self._vocab.is_known(list(c.words))
            ):
                return  # "the Detroit automaker", "a Mumbai brokerage": a known town is the firm's home, not the firm
            c.type, c.evidence = "organization", BY_CONTEXT  # "the newspaper O Globo", "the Doetinchem side"
            return
        if (
            before == "of"
            and i >= 2
            and toks[i - 2].text.casefold() in _PLACE_OF
            and c.type != "location"  # a known place keeps its gazetteer evidence ("residents of Houston")
            and c.evidence < BY_CONTEXT
            and not c.company
        ):
            c.type, c.evidence = "location", BY_CONTEXT  # "a resident of Ghaziabad", "the outskirts of Kherson"
            return
        if before == "at" and i >= 2 and toks[i - 2].text in lx.ROLE_HEADS and c.type != "person":
            # "research director at Santander": a job is held at an employer, not at a town
            c.type, c.evidence = "organization", BY_CONTEXT
            return
        if c.type in (UNKNOWN, "person") and c.evidence < BY_CONTEXT and aged(toks, j):
            c.type, c.evidence = "person", BY_CONTEXT  # "Gauff, 20, said": only people are given an age
            return
        if c.type in ("person", UNKNOWN) and c.evidence < BY_CONTEXT and self._company_context(toks, c, i, j):
            c.type, c.evidence, c.company = "organization", BY_CONTEXT, True
            return
        if (
            before in _PLACE_PREPOSITIONS
            and len(c.words) > 1
            and c.type in (UNKNOWN, "person")
            and c.evidence == BY_DEFAULT
            and c.words[0].casefold() not in self._vocab.first_names
            and (j + 1 >= len(toks) or toks[j + 1].text not in POSSESSIVE)
        ):
            # "killed in Tamil Nadu", "schools near Kilbride Mews": a name of unknown words no first name opens,
            # after a preposition of place, is a place (people are in a list or a team, not in a person)
            c.type, c.evidence = "location", BY_CONTEXT

    @staticmethod
    def _ends_noun_phrase(toks: tuple[Token, ...], k: int) -> bool:
        """Does the noun at ``k`` end its phrase? "Goldman Sachs *banker*," does; "Trump *executive* order" does not."""
        return k + 1 >= len(toks) or not (toks[k + 1].tag.startswith("NN") and toks[k + 1].text.islower())

    def _company_context(self, toks: tuple[Token, ...], c: Candidate, i: int, j: int) -> bool:
        """Do the words around a name (tokens i..j) that was typed a person, or not at all, say it is a company?
        Only a company has shares, customers or profits ("Dangote Cement shares fell", "a former Goldman Sachs
        banker", "shares in Hargreaves Lansdown", "Morgan Stanley's chief executive"), and a job is held at an
        employer ("an analyst at Hargreaves Lansdown"). A lone dictionary word stays one ("low-level State
        employees", "Gaming revenue")."""
        if c.common:
            return False
        given = c.words[0].casefold()
        if len(c.words) > 1 and (given in self._vocab.male) != (given in self._vocab.female):
            return False  # "Donald Trump shares a video", "Warren Buffett's profits": a person's name
        nxt = toks[j + 1].text if j + 1 < len(toks) else ""
        after = toks[j + 2] if j + 2 < len(toks) else None
        if nxt in lx.COMPANY_NOUNS and after is not None and after.tag in ("DT", "PRP$", "PRP"):
            return False  # "Keely Hodgkinson shares her story": the verb, not the noun
        if nxt in lx.COMPANY_NOUNS and self._ends_noun_phrase(toks, j + 1):
            return True
        if nxt in POSSESSIVE and j + 2 < len(toks):
            owned = toks[j + 2].text
            # people own shares and stakes too ("Elon Musk's stake"): only what a company alone has counts here
            if owned == "chief" and j + 3 < len(toks) and toks[j + 3].text in ("executive", "financial", "operating"):
                return True
            return owned in _COMPANY_POSSESSIONS and self._ends_noun_phrase(toks, j + 2)
        if i < 2:
            return False
        prev, before = toks[i - 1].text, toks[i - 2].text.casefold()  # "Shares of Corvane" opening a sentence
        if prev in ("in", "of") and before in _SHARE_NOUNS:
            return True  # "shares in Thames Water", "a stake in Dangote Cement"
        if prev == "of" and (before in _COMPANY_POSSESSIONS or before in _COMPANY_OFFICERS):
            return True  # "the chief executive of Intel", "shareholders of Dravick"
        # not "for": "a campaign staffer for Barack Obama", "the nominee for President"
        if before in _FIRM_JOBS_PLURAL:
            return prev in ("at", "with")  # "Analysts at Goldman Sachs said" (not "Supporters at Anfield")
        return before in lx.ROLE_HEADS and prev in ("at", "with")  # "an analyst at Morgan Stanley"

    def _dateline_place(self, word: str) -> bool:
        """Can a word in capitals before a dateline's dash be its place? A known place can ("NICE — ", "PERTH — "); a
        known body cannot ("NATO — the alliance"), nor a dictionary word ("CRICKET - ENGLAND V PAKISTAN") or a code
        without vowels ("RTRS - ")."""
        known = self._vocab.lookup(word)
        if known is not None:
            return known[0] == "location"
        return not self._vocab.is_common(word.casefold()) and any(ch in "AEIOUY" for ch in word.upper())

    @staticmethod
    def _dash_follows(toks: tuple[Token, ...], j: int) -> bool:
        """The dash that ends a dateline, right after the place or its country ("PERTH — ", "DAVAO, Philippines — ")."""
        dashes = ("—", "–", "-")
        if j + 1 < len(toks) and toks[j + 1].text in dashes:
            return True
        return (
            j + 3 < len(toks)
            and toks[j + 1].text == ","
            and is_capitalised(toks[j + 2].text)
            and toks[j + 3].text in dashes
        )

    @staticmethod
    def _dateline_follows(toks: tuple[Token, ...], j: int) -> bool:
        """A year or a month within the next few tokens: "LONDON 1996-12-07", "PARIS, Dec 6"."""
        for t in toks[j + 1 : j + 6]:
            low = t.text.casefold().rstrip(".")
            if (len(t.text) == 4 and t.text.isdigit() and t.text[:2] in ("19", "20")) or low in lx.MONTHS:
                return True
        return False

    @staticmethod
    def _acts(toks: tuple[Token, ...], i: int, j: int, nxt: int) -> bool:
        """Is the capital at toks[i..j] used as an actor? Subject of a verb ("Moscow denies", "Moscow
        would"), possessor ("Moscow's demands"), subject of an infinitive ("for Moscow to show"), or
        the other party after with/by/against ("talks with Moscow"); never after a place preposition
        ("talks in Moscow", "flew to Moscow") or in a list that one governs ("in Moscow and Washington")."""
        k = i - 1
        while k >= 1 and toks[k].text.casefold() in ("and", "or", ",") and is_capitalised(toks[k - 1].text):
            k -= 2  # walk back over a coordination to the preposition that governs it
        before = toks[k].text.casefold() if k >= 0 else ""
        if j + 1 < len(toks) and toks[j + 1].text in POSSESSIVE:
            return before not in LOCATION_PREPOSITIONS  # "Moscow's demands", not "in Moscow's streets"
        if before in NOT_METONYM_BEFORE:
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
