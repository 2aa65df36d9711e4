"""Pass 2 of the actor finder, first half: which tokens of a sentence are name-like (given its shape and the
document's evidence) and how they join into runs ("Organization for Security and Co-operation in Europe",
"Ursula von der Leyen"; "British Airways Plc and American Airlines" is two). Each run is handed to the
:class:`~service.pipeline.actors.titles.TitleSplitter`, which makes the candidates.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from service.pipeline import lexicon as lx
from service.pipeline.actors.candidates import BY_CONTEXT, UNKNOWN, Candidate
from service.pipeline.actors.context import aged
from service.pipeline.actors.shapes import ROW_CONNECTORS, Shape, all_caps_line
from service.pipeline.actors.titles import TitleSplitter, body_speaks
from service.pipeline.actors.tokens import (
    APPOSITION_STOPS,
    DETERMINERS,
    POSSESSIVE,
    has_hyphen,
    is_all_caps,
    is_capitalised,
    is_score,
    norm,
    word_form,
)
from service.pipeline.actors.vocabulary import BROADCASTER_OPENERS, Vocabulary, company_ending, hyphen_head
from service.pipeline.document import Document, Sentence, Token

# Plural nouns for people that own the next words inside a body's name ("People's Party").
_OPENING_QUOTES = frozenset({"“", '"', "‘", "'", "``"})
_CLOSING_QUOTES = frozenset({"”", '"', "’", "'", "''"})
# Words that head a body's name before its "of" complement though no name ends with them: "Convention of Scottish
# Local Authorities", "Conference of Presidents of Major American Jewish Organizations"
_HEADS_OF_BODIES = frozenset({"convention", "conference"})
#: Currency amounts written against their symbol: "R1.2 billion" (rand), "Rs2,000", "KSh5m", "N5bn" (naira).
_AMOUNT = re.compile(r"(?:R|Rs|Sh|KSh|Ksh|Rp|Tk|N)\.?\d[\d.,]*(?:bn|m|k|tn)?")
_COLLECTIVE_OWNERS = frozenset({"people", "women", "men", "workers", "children", "citizens", "veterans", "farmers"})
# Heads of bodies that take a complement into their name ("Bank of England", "Monopolies and Mergers Commission");
# a company's head does not ("Edison Research for the Associated Press" is two organisations).
_BODY_HEADS = (lx.ORG_HEADS - lx.COMPANY_HEADS) | _HEADS_OF_BODIES
# What a name of an award stands before: "Nobel laureate", "Oscar winner", "Pulitzer prize-winning".
_AWARD_NOUNS = frozenset(
    "laureate laureates prize prizes award awards winner winners medallist medallists medalist medalists".split()
)


# Words that name a body or an office, never one portfolio of a ministry's listed name
_NO_PORTFOLIO = (lx.ORG_HEADS - lx.COMPANY_HEADS) | lx.ROLE_HEADS
# Heads of bodies whose place after "in" is their name's own ("Church in Wales", "United Nations Mission in South
# Sudan"), unlike a bank's ("Deutsche Bank in Frankfurt")
_PLACED_BY_NAME = frozenset({"church", "mission", "missions"})
#: Dutch particles that "in" opens ("Sophie *in 't* Veld", "Jan *in de* Betou"): alone, "in" is the preposition
#: ("Trump in Washington"), and before a Spanish article too ("Ronaldo in el Clasico").
_AFTER_IN = frozenset({"'t", "’t", "het", "de", "den", "der"})


def _particle_prefixed(text: str) -> bool:
    """A surname joined to its lower-case particle ("al-Sayed", "el-Sisi", "bin-Salman"): a name
    word for all its lower-case start."""
    particle, _, rest = text.partition("-")
    return particle in lx.NAME_PARTICLES and rest[:1].isupper()


# Sports whose national governing bodies are named the sport and the country ("Athletics Kenya", "Swimming Canada")
_SPORTS = frozenset(
    "athletics swimming netball cycling rowing hockey tennis golf football basketball volleyball gymnastics boxing"
    " sailing triathlon badminton squash skating skiing rugby cricket softball baseball archery judo".split()
)
# Words that count, pick out or link to what came before, never a name's first word, though the tagger may read
# one capitalised at a sentence's start as a name ("Many Church of England clergy", "Separately Bank of England").
_NOT_NAME_OPENERS = frozenset(
    "many most some several few both all each every other such more even still also meanwhile elsewhere instead"
    " separately likewise however nonetheless nevertheless besides".split()
)


# Names of diseases after the doctors who described them ("an Alzheimer's drug"): nobody the story names
_DISEASE_EPONYMS = frozenset(
    "alzheimer parkinson huntington crohn hodgkin tourette asperger addison cushing raynaud".split()
)
# Codes of products, flights, weapons and drugs: capitals, a hyphen and digits ("CT-114", "F-35", "COVID-19",
# "Covid-19"); not the groups of nations ("G-20") nor an intelligence service ("MI-6")
_CODE = re.compile(r"(?!G-\d+$|MI-\d$)(?:[A-Z]{1,5}|Covid)-\d+[A-Za-z]*")


class RunFinder:
    """Cuts a sentence into runs of name-like tokens and makes their candidates."""

    def __init__(self, vocab: Vocabulary) -> None:
        self._vocab = vocab
        self._titles = TitleSplitter(vocab)

    def _quoted_word(self, toks: tuple[Token, ...], i: int, evidence: set[str]) -> bool:
        """Is toks[i] a one-word quotation (“Proud”, “No.”): an answer or a word quoted, not a name, unless a
        lexicon knows it or the text capitalises it elsewhere?"""
        j = i + 1 if i + 1 < len(toks) and toks[i + 1].text in (".", "!", "?") else i
        low = word_form(toks[i]).casefold().rstrip(".")
        return (
            i > 0
            and toks[i - 1].text in _OPENING_QUOTES
            and j + 1 < len(toks)
            and toks[j + 1].text in _CLOSING_QUOTES
            and low not in evidence
            and not self._vocab.vouched_beyond_first_names(low)
        )

    def _name_like(self, token: Token, weak_position: bool, evidence: set[str]) -> bool:
        text = token.text
        if not text or not text[0].isupper():
            return _particle_prefixed(text)
        if has_hyphen(text) and text.rsplit("-", 1)[-1][:1].islower():
            if text.rsplit("-", 1)[-1] in lx.HOME_SUFFIXES:
                return False  # "Reading-based": at most a place, which the hyphen's parts give
            head = text.split("-", 1)[0]
            if (
                is_all_caps(head)
                or self._vocab.vouched_beyond_first_names(head.casefold())
                or norm(head) in self._vocab.demonyms
            ):
                # "US-led", "Russian-armed": an adjective; its proper parts are found separately. A first name
                # alone does not make one: "Ki-moon", "Jae-in" are given names.
                return False
        if _AMOUNT.fullmatch(text) or _CODE.fullmatch(text):
            return False  # "R1.2 billion": a sum of money; "CT-114": a code
        low = word_form(token).casefold()
        if low in lx.NON_ACTOR_WORDS or (low.endswith(".") and low[:-1] in lx.NON_ACTOR_WORDS):
            return False  # "Jan.", "Sept.": an abbreviated month
        if "-" in low and all(part.rstrip(".") in lx.NON_ACTOR_WORDS for part in low.split("-")):
            return False  # "July-September", "Mon-Fri": a span of months or days
        if self._vocab.vouched_for(low) and not (low in self._vocab.stopwords and not text.isupper()):
            return True  # but "Who" is the pronoun: only "WHO" is the acronym
        if weak_position:
            return not self._vocab.is_common(low) or low in evidence
        return True

    def sentence_candidates(
        self,
        doc: Document,
        sentence: Sentence,
        shape: Shape,
        evidence: set[str],
        acronyms: set[str],
        acronym_links: dict[str, str],
    ) -> list[Candidate]:
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
        for i in range(len(toks) - 1):
            if toks[i].text in lx.ACRONYMS and not toks[i].text.isupper() and toks[i + 1].text.casefold() == "up":
                name_like[i] = False  # "Fed up with the delays": the verb, not the Fed
            if (
                toks[i].text.casefold() in _DISEASE_EPONYMS
                and toks[i + 1].text in POSSESSIVE
                and (i + 2 >= len(toks) or not is_capitalised(toks[i + 2].text))
                # not "Cushing's critics" where a John Cushing is named
                and not re.search(rf"\b(?!The\b|An?\b|Of\b)[A-Z][a-z]+ {re.escape(toks[i].text)}\b", doc.text)
            ):
                name_like[i] = False  # "Alzheimer's drug", "Parkinson's disease"; not the "Alzheimer's Society"
        for i in initial - relaxed:
            if name_like[i] and self._quoted_word(toks, i, evidence):
                name_like[i] = False
        all_caps = strict and all_caps_line(sentence)
        if all_caps:
            # An all-capitals headline: a dictionary word that only the first-name list vouches for ("WIN", "HUNT")
            # is a name only where a surname follows it.
            # Any other word is a name only if a lexicon knows it or the body writes it capitalised
            # ("PLAYOFF", "FREESTYLE", "SCOREBOARD" are not names; "BOWYER" is when the body names Bowyer).
            for i, t in enumerate(toks):
                low = word_form(t).casefold()
                if not name_like[i] or i in relaxed or low in evidence or t.text in acronyms:
                    continue
                if self._vocab.first_name_only(low):
                    nxt = toks[i + 1] if i + 1 < len(toks) else None
                    name_like[i] = (
                        nxt is not None and name_like[i + 1] and not self._vocab.is_common(word_form(nxt).casefold())
                    )
                elif not self._vocab.vouched_for(low) and not has_hyphen(t.text):
                    name_like[i] = False
        # "Ban Ki-moon", "Moon Jae-in": a family name before a hyphenated given name, even if it is an English word.
        family = {
            i
            for i in range(len(toks) - 1)
            if "-" in toks[i + 1].text
            and is_capitalised(toks[i].text)
            and toks[i].text.isalpha()
            and toks[i].text.casefold() not in self._vocab.stopwords
            and word_form(toks[i]).casefold() not in lx.NON_ACTOR_WORDS
            and self._vocab.given_name_part(toks[i + 1].text)
            and not self._modified_noun(toks, i + 2)
        }
        for i in family:
            name_like[i] = name_like[i + 1] = True
        # A sentence-initial common word may still open a known phrase ("White House ...");
        # such an opener is kept only if the whole run turns out to be a known name.
        weak_open = [False] * len(toks)
        for i in initial - relaxed - family:
            t = toks[i]
            low = word_form(t).casefold()
            if not is_capitalised(t.text) or low in lx.NON_ACTOR_WORDS or low in self._vocab.stopwords:
                continue
            if self._vocab.is_common(low) and not self._vocab.vouched_for(low) and low not in evidence:
                weak_open[i] = True
                owner = (
                    i + 2 < len(toks)
                    and toks[i + 1].text in POSSESSIVE
                    and (low in _COLLECTIVE_OWNERS or self._plural_owner(toks, i, i))
                )
                # an organisation head before its complement opens the body's name: "Centers for Medicare and
                # Medicaid Services said", "Institutes of Health officials"
                head_of = (
                    (low in lx.ORG_HEADS or low in _HEADS_OF_BODIES)
                    and i + 2 < len(toks)
                    and toks[i + 1].text in ("of", "for")
                )
                # and "&" joins a partnership's names: "Crane & Holloway said"
                partner = (
                    i + 2 < len(toks)
                    and toks[i + 1].text == "&"
                    and not self._vocab.is_common(word_form(toks[i + 2]).casefold())  # not "Fast & Furious"
                )
                name_like[i] = i + 1 < len(toks) and name_like[i + 2 if owner or head_of or partner else i + 1]
        out: list[Candidate] = []
        i = 0
        while i < len(toks):
            if not name_like[i]:
                if has_hyphen(toks[i].text):
                    after_a_name = (
                        i > 0
                        and is_capitalised(toks[i - 1].text)
                        and toks[i - 1].text.casefold() not in self._vocab.stopwords  # not "The Reading-based"
                    )
                    out.extend(self._titles.hyphen_parts(toks[i], sentence, after_a_name) or [])
                i += 1
                continue
            end = self._extend_run(toks, name_like, i)
            run = list(range(i, end + 1))
            # an age after the run makes a sentence-opening word part of a person's name ("Rose Hill, 45,"), unless a
            # first name follows it: "Patient Carol Simmons, 67," is described, not named, by "Patient"
            given_next = len(run) > 2 and toks[run[1]].text.casefold() in self._vocab.first_names
            if (
                weak_open[i]
                and not self._opens_known_phrase(toks, run)
                and (not aged(toks, end) or given_next)
                and not self._common_words_named(toks, run)
                and not (len(run) > 2 and toks[run[1]].text == "&")
            ):
                run = run[1:]
            if (
                strict
                and len(run) > 1
                and (toks[run[0]].text in acronyms or (all_caps and toks[run[0]].text in lx.ACRONYMS))
                and toks[run[1]].text.casefold() not in lx.ROLE_WORDS
            ):
                # "NFL AMERICAN FOOTBALL": an acronym the body spells in capitals ends a shouted run
                out.extend(self._titles.run_candidates(doc, sentence, run[:1], acronym_links))
                run = run[1:]
            if run:
                made = self._titles.run_candidates(doc, sentence, run, acronym_links)
                if self._saints_place(toks, run, name_like):
                    for c in made:
                        c.type, c.evidence = "organization", BY_CONTEXT
                out.extend(made)
            i = end + 1
        if len(out) == 1 and out[0].text in lx.CREDIT_AGENCIES and len(sentence.words) <= 3:
            return []  # a photo credit on its own line ("EPA", "Alamy Stock Photo")
        return [
            c
            for c in out
            if (c.text not in lx.CREDIT_AGENCIES or c.type != UNKNOWN)
            and not self._names_an_award(toks, c)
            and not _wire_credit(toks, c)
        ]

    def _names_an_award(self, toks: tuple[Token, ...], c: Candidate) -> bool:
        """Is the name only the name of an award, before its winner or the prize ("the 84-year-old Nobel
        laureate", "a Nobel peace prize", "an Oscar winner", "Pulitzer prize-winning")? A name a lexicon knows
        stays an actor ("a Wimbledon winner"), and so does a person with a title or a role."""
        if c.honorific is not None or c.roles or self._vocab.lookup(" ".join(c.words)) is not None:
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
            and toks[k + 1].text not in APPOSITION_STOPS
        )

    def _standings_team(self, doc: Document, sentence: Sentence) -> Candidate | None:
        """The team of a standings line ("Queen of South 16 6 4 6 24 27 22", "Sheffield Wednesday 16 4 5 7 ..."):
        everything before the six or more numbers is one name, whatever its words (a weekday, a title, a
        compass point); a country there is its national side, which brief reports as the country."""
        toks = sentence.tokens
        if sum(1 for t in toks if is_score(t.text)) < 6:
            return None
        end = 0
        while end < len(toks) and not is_score(toks[end].text):
            text = toks[end].text
            if not (is_capitalised(text) or text in ROW_CONNECTORS or text in POSSESSIVE):
                return None
            end += 1
        if end == 0 or not all(is_score(t.text) for t in toks[end:]):
            return None
        words: list[str] = []
        for t in toks[:end]:
            if t.text in POSSESSIVE and words:
                words[-1] += t.text  # "Queen's Park"
            else:
                words.append(word_form(t))
        start, stop = toks[0].start, toks[end - 1].end
        known = self._vocab.lookup(" ".join(words))
        kind = "location" if known is not None and norm(" ".join(words)) in self._vocab.countries else "organization"
        return Candidate(start, stop, doc.text[start:stop], tuple(words), kind, sentence, evidence=BY_CONTEXT)

    def _common_words_named(self, toks: tuple[Token, ...], run: list[int]) -> bool:
        """Does a body with a name of dictionary words speak at a sentence's start ("Lumen Silicon said",
        "Judicial Watch, a conservative group,")? The words after the opener are capitalised mid-sentence, which
        only a name does, so the opener belongs to it. A first name ("Moderator Bret Baier"), a role ("Junior
        Minister") or a plural of people ("Leading Democrats", "Senior Officials") leaves the opener a mere
        description."""
        rest = [word_form(toks[k]) for k in run[1:]]
        return (
            bool(rest)
            and self._may_open_a_name(toks[run[0]])
            and not rest[-1].endswith("s")
            and all(
                is_capitalised(w)
                and self._vocab.is_common(w.casefold())
                and w.casefold() not in self._vocab.first_names
                and w.casefold() not in lx.ROLE_WORDS
                for w in rest
            )
            and body_speaks(toks, run)
        )

    @staticmethod
    def _may_open_a_name(tok: Token) -> bool:
        """Can a sentence's capitalised first word be a name's first word: a noun or an adjective, not an adverb,
        a preposition, a number or a quantifier ("Meanwhile", "Unlike", "One", "Many")?"""
        low = tok.text.casefold()
        # nor a name particle, which opens a surname ("Te Awa said", "De Bruyne said")
        return tok.tag in ("NNP", "NNPS", "NN", "NNS", "JJ") and low not in _NOT_NAME_OPENERS | lx.NAME_PARTICLES

    def _opens_known_phrase(self, toks: tuple[Token, ...], run: list[int]) -> bool:
        if len(run) < 2:
            return False
        words = [word_form(toks[i]) for i in run if is_capitalised(toks[i].text)]
        return (
            any(norm(" ".join(words[:n])) in self._vocab.known for n in range(2, len(words) + 1))
            or (
                words[-1].casefold() in lx.ORG_HEADS
                # "University Hospital Limerick": a head after the opener, if that is a noun or adjective ("One Club for
                # Growth", "Meanwhile Police Scotland", "Many Church of England clergy" keep theirs out)
                or (len(words) > 1 and words[1].casefold() in lx.ORG_HEADS and self._may_open_a_name(toks[run[0]]))
                or company_ending(words[-1])  # "Acme Corp. said": the abbreviated head of a company's name
                or words[0].casefold() in BROADCASTER_OPENERS  # "Radio Free Europe said"
                # a sport's national body: "Athletics Kenya said", "Netball New Zealand confirmed", "Swimming Canada"
                or (
                    words[0].casefold() in _SPORTS
                    and (self._vocab.lookup(" ".join(words[1:])) or ("",))[0] == "location"
                )
                or (
                    words[0].casefold() in lx.ORG_HEADS and toks[run[1]].text in ("of", "for")
                )  # "Institutes of Health"
            )
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
            # a headline's head word after a name ("Regulators fined Thames Water"), which the headline rules
            # would leave out as a dictionary word
            head_after_name = (
                is_capitalised(nxt.text)
                and nxt.text.casefold() in lx.ORG_HEADS
                and not self._vocab.is_common(toks[j].text.casefold())
            )
            if name_like[j + 1] or head_after_name:
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
            while (
                k < n
                and k - j <= 2
                and (
                    toks[k].text in lx.NAME_PARTICLES
                    or (toks[k].text == "in" and k + 1 < n and toks[k + 1].text in _AFTER_IN)
                )
            ):
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
                    role_of = low in ("of", "for") and (cur_low in lx.ROLE_WORDS or hyphen_head(cur_low))
                    place_of = low == "of" and cur_low in lx.LOCATION_HEADS
                    if low == "and":
                        # One name ("Monopolies and Mergers Commission") or two ("British Airways Plc and
                        # American Airlines"): "and" joins unless a complete organisation name ends before it.
                        # a head word alone is no complete name ("Securities and Exchange Commission")
                        first_word = i + (toks[i].text.casefold() in DETERMINERS)
                        complete = cur_low in lx.ORG_HEADS and j > first_word
                        # a firm's word inside a body's "of"/"for" complement completes nothing: "Center for Media
                        # and Public Affairs"
                        inside = any(toks[m].text in ("of", "for") for m in range(i, j))
                        complete = complete and not (inside and cur_low in lx.SURNAME_LIKE_HEADS)
                        if complete and inside and has_org_head and self._last_portfolio(toks, name_like, k):
                            # "Ministry of Energy and Mines": a ministry's portfolios, the last ending the name
                            j = k
                            continue
                        joinable = not complete and not is_all_caps(cur) and toks[j + 2].text != "the"
                        if joinable and (has_org_head or self._org_head_ahead(toks, name_like, k)):
                            j = k
                            continue
                    elif (has_org_head or role_of or place_of) and not (low == "in" and self._where_it_is(toks, i, k)):
                        # but "Deutsche Bank in Frankfurt", "the Clingendael Institute in The Hague": where it is
                        j = k
                        # "Director-General of the Agency for Food Safety": the body reached goes on past "for"
                        has_org_head = has_org_head or toks[k].text.casefold() in _BODY_HEADS
                        continue
            if nxt.text == "&" and j + 2 < n and name_like[j + 2]:
                j += 2
                continue
            if nxt.text == "," and j == i and (listed := self._portfolios_before_a_head(toks, name_like, i)):
                j = listed  # "the Meteorology, Climatology and Geophysical Agency": one agency of three fields
                continue
            if nxt.text == "," and has_org_head and any(toks[m].text == "of" for m in range(i, j)):
                listed = self._listed_portfolios(toks, name_like, j + 1)
                if listed:
                    j = listed  # "Ministry of Trade, Industry and Energy": one ministry of three portfolios
                    continue
            if (
                nxt.text in POSSESSIVE
                and (
                    cur.casefold() in _COLLECTIVE_OWNERS
                    or cur.casefold() in _DISEASE_EPONYMS  # "Alzheimer's Society"
                    or self._plural_owner(toks, i, j)
                    or self._saint(toks, i, j)
                )
                and j + 2 < n
                and (self._org_head_ahead(toks, name_like, j + 2) or toks[j + 2].text.casefold() in lx.LOCATION_HEADS)
            ):
                # "Tigray People's Liberation Front", "Women's Equality Party", "People's Republic of
                # China": a collective possessive inside the name of a body
                j += 2
                has_org_head = True
                continue
            if (
                nxt.text in POSSESSIVE
                and j + 2 < n
                and (
                    (cur.casefold() in lx.ROLE_HEADS and self._org_head_ahead(toks, name_like, j + 2))
                    or self._post_office_ahead(toks, name_like, j + 2)
                    or (self._agent_noun(cur) and toks[j + 2].text == "Office")
                )
            ):
                # "Harris County Sheriff's Office", "the District Attorney's Office": the office of a post is a body;
                # "the Cook County State's Attorney's Office": so is a post named after its owner
                j += 2
                has_org_head = True
                continue
            break
        return j

    def _where_it_is(self, toks: tuple[Token, ...], i: int, k: int) -> bool:
        """Does the known place at ``k``, after "in", say where the body named from ``i`` is ("Deutsche Bank in
        Frankfurt"), rather than end its name ("Organization for Security and Co-operation in Europe", known whole)?"""
        if toks[k - 2].text.casefold() in _PLACED_BY_NAME or any(t.text in ("of", "for") for t in toks[i : k - 1]):
            # "Church in Wales", "United Nations Mission in South Sudan", "Association of Private Hospitals in
            # Rajasthan", "Center for Human Rights in Iran": the place is the name's own
            return False
        for length in (3, 2, 1):
            words = [word_form(t) for t in toks[k : k + length]]
            known = self._vocab.lookup(" ".join(words)) if len(words) == length else None
            if known is not None and known[0] == "location":
                whole = [word_form(t) for t in toks[i : k + length] if t.text.casefold() not in DETERMINERS]
                return not self._vocab.is_known(whole)
        return False

    def _portfolio(self, toks: tuple[Token, ...], name_like: list[bool], m: int) -> bool:
        """Is token ``m`` a portfolio in a body's name: a capitalised dictionary word that is no body's head nor an
        office ("Police", "Army", "Treasury", "Office" are not)?"""
        if m >= len(toks) or not name_like[m]:
            return False
        low = toks[m].text.casefold()
        return self._vocab.is_common(low) and low not in _NO_PORTFOLIO

    def _last_portfolio(self, toks: tuple[Token, ...], name_like: list[bool], k: int) -> bool:
        """Is token ``k``, after "and", a portfolio that ends a body's name ("... of Energy and Mines said")?"""
        return self._portfolio(toks, name_like, k) and (k + 1 >= len(toks) or not name_like[k + 1])

    def _portfolios_before_a_head(self, toks: tuple[Token, ...], name_like: list[bool], i: int) -> int:
        """The head of a body whose name lists its portfolios first, after "the": "the Meteorology, Climatology and
        Geophysical Agency", "the Agriculture, Fisheries and Forestry Committee"; 0 for a list of names ("the
        Netherlands, Belgium and Luxembourg") or no body's head."""
        n = len(toks)
        if i == 0 or toks[i - 1].text.casefold() != "the" or not self._portfolio(toks, name_like, i):
            return 0
        k = i + 1
        while k + 1 < n and toks[k].text == "," and self._portfolio(toks, name_like, k + 1):
            k += 2
        if k + 1 >= n or toks[k].text != "and":
            return 0
        m = k + 1
        while m < min(n, k + 4) and self._portfolio(toks, name_like, m):
            m += 1
        # the last portfolio is followed by the body's head ("Agency"), which ends the name, before anything but a
        # plural ("The Democratic, Republican and Green Party nominees": three parties' nominees; but "the Digital,
        # Culture, Media and Sport Committee report")
        end = m if m < n and name_like[m] and toks[m].text.casefold() in _BODY_HEADS else 0
        if not end or end + 1 >= n:
            return end
        nxt = toks[end + 1]
        return 0 if name_like[end + 1] or (nxt.text.islower() and nxt.tag == "NNS") else end

    def _listed_portfolios(self, toks: tuple[Token, ...], name_like: list[bool], k: int) -> int:
        """The last index of a list of portfolios going on a body's name at the comma ``k`` (", Industry and
        Energy"): capitalised dictionary words only, so "the Ministry of Defence, Britain and France" stops at the
        comma; 0 when none does."""
        n = len(toks)
        while k + 1 < n and toks[k].text == "," and self._portfolio(toks, name_like, k + 1):
            k += 2
        if k + 1 < n and toks[k].text == "and" and toks[k - 2].text == "," and self._portfolio(toks, name_like, k + 1):
            # and the list ends the name: "the Department of Health, Education and Welfare said"; its last portfolio
            # may be two words ("Ministry of Housing, Communities and Local Government")
            two = k + 2 < n and name_like[k + 2] and self._vocab.is_common(toks[k + 2].text.casefold())
            end = k + 2 if two else k + 1
            return end if end + 1 >= n or not name_like[end + 1] else 0
        return 0

    @staticmethod
    def _saints_place(toks: tuple[Token, ...], run: list[int], name_like: list[bool]) -> bool:
        """Is the run a saint's name owning nothing named after it ("St Brendan's said it had opened beds",
        "at St Mary's")? Then it is the hospital, school or church called so for short, not the saint."""
        end = run[-1]
        return (
            len(run) == 2
            and toks[run[0]].text.rstrip(".").casefold() in ("st", "saint")
            and end + 1 < len(toks)
            and toks[end + 1].text in POSSESSIVE
            and not (end + 2 < len(toks) and name_like[end + 2])
        )

    @staticmethod
    def _saint(toks: tuple[Token, ...], i: int, j: int) -> bool:
        """Is toks[j] a saint's name ("St. Mary's Hospital", "Saint Patrick's Cathedral")?"""
        return j > i and toks[j - 1].text.rstrip(".").casefold() in ("st", "saint")

    def _plural_owner(self, toks: tuple[Token, ...], i: int, j: int) -> bool:
        """Is toks[j] a plural common noun owning what follows ("Ontario Nurses' Association", "Teachers'
        Union")? Its apostrophe stands alone, and no first name before it makes it a person's surname ("Bernie
        Sanders' College for All Act")."""
        low = toks[j].text.casefold()
        return (
            j + 1 < len(toks)
            and toks[j + 1].text in ("'", "’")
            and low.endswith("s")
            # "Shopworkers' Alliance", "Midwives' Union"
            and (self._vocab.is_common(low[:-1]) or low.endswith(("ers", "ists")) or self._vocab.is_common(low))
            and not any(toks[k].text.casefold() in self._vocab.first_names for k in range(i, j + 1))
        )

    def _agent_noun(self, text: str) -> bool:
        """A capitalised dictionary noun for who does a job ("Examiner", "Coroner", "Assessor"), not a name."""
        low = text.casefold()
        return (
            is_capitalised(text)
            and low.endswith(("er", "or"))
            and self._vocab.is_common(low)
            and not self._vocab.vouched_beyond_first_names(low)
        )

    @classmethod
    def _post_office_ahead(cls, toks: tuple[Token, ...], name_like: list[bool], k: int) -> bool:
        """Is toks[k] a post whose office follows ("State's *Attorney's Office*")?"""
        return (
            k + 2 < len(toks)
            and name_like[k]
            and toks[k].text.casefold() in lx.ROLE_HEADS
            and toks[k + 1].text in POSSESSIVE
            and cls._org_head_ahead(toks, name_like, k + 2)
        )

    @staticmethod
    def _org_head_ahead(toks: tuple[Token, ...], name_like: list[bool], k: int) -> bool:
        """Does the name-like stretch starting at ``k`` end in an organisation head within four words (past a plural
        owner's apostrophe: "Nurses and Midwives' Union")?"""
        for m in range(k, min(k + 4, len(toks))):
            if toks[m].text in ("'", "’") and m > k and toks[m - 1].text.endswith("s"):
                continue
            if not name_like[m]:
                return False
            low = toks[m].text.casefold()
            owned = m > 0 and toks[m - 1].text in ("'", "’")  # "Traders' Associations"; not "Elizabeth Banks"
            if low in _BODY_HEADS or (owned and low.endswith("s") and low[:-1] in _BODY_HEADS):
                return True
        return False


def _wire_credit(toks: tuple[Token, ...], c: Candidate) -> bool:
    """Is the name the agency credited in a wire story's dateline ("SHANGHAI (Bloomberg) —", "MANCHESTER, N.H.
    (AP) -")? The agency wrote the story; it is no actor in it, and no "company" a later "the company" means."""
    at = c.start - c.sentence.start
    if at < 1 or c.sentence.text[at - 1] != "(":
        return False  # most names: no bracket before them
    k = bisect_left([t.start for t in toks], c.start)
    end = bisect_left([t.end for t in toks], c.end)
    if k != end or not (k > 0 and end + 2 < len(toks) and toks[k - 1].text == "(" and toks[end + 1].text == ")"):
        return False  # one word: "WHO (World Health Organization) – The agency said" spells out a name
    return toks[end + 2].text in ("—", "–", "-", "--") and all(
        t.text in (",", ".") or (t.text[:1].isupper() and not t.text[1:].islower()) for t in toks[: k - 1]
    )
