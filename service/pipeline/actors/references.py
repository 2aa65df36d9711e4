"""Pass 5 of the actor finder, first half: references that do not name an actor, linked when unambiguous.
Descriptions ("the alliance", "the Kremlin spokesman", "the company", a player's "the striker") and pronouns
("he"/"she" by gender, "it said" for a lone organisation); "they" is never linked.
"""

from __future__ import annotations

import bisect
import re
from bisect import bisect_left
from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from service.pipeline import lexicon as lx
from service.pipeline.actors.candidates import Candidate, Group, longest_name
from service.pipeline.actors.tokens import POSSESSIVE, has_hyphen, is_capitalised, norm
from service.pipeline.actors.vocabulary import Vocabulary, hyphen_head
from service.pipeline.binding import ADVERBIAL_SUBORDINATORS, introduces_oneself
from service.pipeline.document import FINITE_TAGS, Document, Sentence, Token
from service.pipeline.results import Mention

# Heads of bodies other than firms: "the company" is never a ministry, a school or a foundation.
_BODY_HEADS = lx.ORG_HEADS - lx.COMPANY_HEADS
_DESCRIPTION_FILLER_TAGS = frozenset({"JJ", "JJR", "JJS", "VBN", "NN", "CD"})
# Adjectives that make "the <kind>" another organisation than the one named ("the parent company", "the rival
# firm", "the other group"), and nouns of organisations that may equally be a group of people ("the group").
_ANOTHER_BODY = frozenset({"other", "same", "first", "second", "third", "last", "next", "new", "parent", "rival"})
_COLLECTIVE_KINDS = frozenset({"group"})
# Bodies that are unions only when working people make them up ("Nurses and Midwives Alliance").
_WORKERS_BODIES = frozenset({"alliance", "guild"})
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
    " smiled smiles laughed laughs grinned grins shrugged shrugs celebrated celebrates limped returned"
    # and what only a person does ("Zendaya wept"): not a company, a team or a place
    " wept weeps cried cries sobbed sobs died dies married marries divorced divorces resigned resigns testified"
    " testifies starred stars sang sings danced dances joked jokes hugged hugs kissed kisses".split()
)
# Positions only a player holds: "Haaland scored twice. “...,” the striker said." is Haaland.
_PLAYER_ROLES = frozenset(
    "striker midfielder goalkeeper defender forward winger playmaker fullback centre-back batsman bowler spinner"
    " wicketkeeper pitcher quarterback lock flanker fly-half scrum-half full-back linebacker shortstop goalie"
    " netminder boxer golfer jockey sprinter skier cyclist swimmer".split()
)
# Roles in a team that "the <Team> <role>" names ("the England captain", "the Liverpool boss", "the striker").
# Words for the same job in a team ("the Caldmoor boss" for "Caldmoor manager Brennan Fosse").
_SAME_SPORTS_ROLE = {
    "manager": ("manager", "boss", "gaffer"),
    "boss": ("boss", "manager", "gaffer"),
    "gaffer": ("gaffer", "manager", "boss"),
    "captain": ("captain", "skipper"),
    "skipper": ("skipper", "captain"),
}
# and "fighter", a boxer's or a militant's: "the Liverpool fighter" is no Liverpool, "the fighter" nobody named before
_SPORTS_ROLES = _PLAYER_ROLES | {"captain", "skipper", "boss", "manager", "coach", "keeper", "fighter"}
_QUOTE_MARKS = frozenset({'"', "“", "”", "''", "``", "‘", "’"})
_CLOSING_MARKS = frozenset({'"', "”", "'"})  # "'" closes an NYT ''quote'' as the second of two tokens
# A word for a spokesperson in running text
_SPOKES_WORD = re.compile(r"\bspokes(?:man|woman|person|men|women|people)\b", re.IGNORECASE)
# Kinds of body the UN has ("the UN agency" is the WMO named before): the description is that body, not the UN.
# Only the UN's: "the EU regulator" after "Britain's media regulator Ofcom" is not Ofcom.
_PARTS_OF_BODIES = frozenset({"agency", "watchdog", "body", "regulator"})
_BODIES_WITH_AGENCIES = frozenset({"un", "u.n.", "united nations"})
# Kinds any organisation may be called: of several named, "the company" is the one in reach.
_GENERIC_KINDS = frozenset({"company", "firm", "group", "organisation", "organization"})
_QUOTE_REACH = 6  # sentences back to where a quote of several sentences opened
_TIME_ADVERBS = frozenset({"today", "yesterday", "tonight", "tomorrow", "now"})
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
_SCORE = re.compile(r"(?<![\d-])\d{1,3} ?[-–] ?\d{1,3}(?![\d-])")  # "3-1", "105-98"


def _most_named(counts: list[tuple[int, Group]]) -> Group | None:
    """Of groups and how often each was named, the one named at least twice and twice as often as any other;
    none otherwise ("Apple sued Samsung. ... The company said" stays open)."""
    ranked = sorted(counts, key=lambda x: x[0], reverse=True)
    if len(ranked) < 2 or ranked[0][0] < 2 or ranked[0][0] < 2 * ranked[1][0]:
        return None
    return ranked[0][1]


def _name_words(g: Group) -> set[str]:
    """The lower-cased words of every name the group was written with."""
    return {w.casefold() for c in g.candidates for w in c.words}


def _words_around(c: Candidate) -> tuple[str, str]:
    """The words right before and right after a mention in its sentence ("" at either end)."""
    before = c.sentence.text[: c.start - c.sentence.start].split()
    after = c.sentence.text[c.end - c.sentence.start :].split()
    return (before[-1] if before else ""), (after[0] if after else "")


# Participles that open a sentence about its subject ("Asked about the remarks, she said")
_FRONTED_PARTICIPLES = frozenset({"asked", "speaking", "responding", "pressed", "questioned", "reacting", "commenting"})
# Verbs whose object answers in the next clause ("She offered Anna Smith a job, but she refused")
_ASKING = frozenset(
    "ask asks asked offer offers offered urge urges urged invite invites invited tell tells told order ordered"
    " press pressed persuade persuaded beg begged challenge challenged".split()
)


def _affiliation(c: Candidate) -> bool:
    """Is this mention only where a person works: "Yasuda of Toyo Securities", "an analyst at Tokai", "Brightwater
    Securities analyst Priya Venkataraman"; or a wire's credit in a dateline ("TOKYO, Oct 30 (Reuters) -")? Such a
    firm is not what a later "the company" means."""
    before, after = _words_around(c)
    return _credit(c) or before in ("of", "at", "from", "with") or (after.islower() and after in lx.ROLE_HEADS)


def _credit(c: Candidate) -> bool:
    """Is this mention a wire's credit in a dateline ("TOKYO, Oct 30 (Reuters) -")?"""
    before, after = _words_around(c)
    return (
        before == "("
        and after[:1] == ")"
        and c.sentence.text[c.end - c.sentence.start :].lstrip(") ")[:1] in ("-", "—", "–")
    )


def _reporting(c: Candidate) -> bool:
    """Is this mention a news outlet reporting the story ("..., Reuters reported.", "first reported by TechCrunch")?
    Such a body is no "organisation" or "platform" the story goes on about; a body reporting its own figures is
    ("Tesla reported record deliveries")."""
    before = [w.casefold() for w in c.sentence.text[: c.start - c.sentence.start].split()[-2:]]
    after = c.sentence.text[c.end - c.sentence.start :].split()[:1]
    ends = bool(after) and after[0].casefold() in ("reported.", "reported,", "reports.", "reported:")
    return ends or before == ["reported", "by"]


def _after_a_preposition(tokens: tuple[Token, ...], start: int) -> bool:
    """Is the name starting at char ``start`` the object of a preposition, past its title ("by Judge Tom Hale")?"""
    t = next((n for n, tok in enumerate(tokens) if tok.start == start), None)
    if t is None:
        return False
    k = t - 1
    # past a title, which may hold "of" itself ("former Secretary of State Hillary Clinton")
    while k >= 0 and (
        (is_capitalised(tokens[k].text) and tokens[k].text.casefold().rstrip(".") in lx.ROLE_WORDS)
        or (tokens[k].text == "of" and k > 0 and is_capitalised(tokens[k - 1].text))
    ):
        k -= 1
    return k >= 0 and tokens[k].tag == "IN" and tokens[k].text.casefold() not in _SUBORDINATORS


def _possessor_or_modifier(tokens: tuple[Token, ...], start: int) -> bool:
    """Is the name or pronoun starting at char ``start`` a possessor ("Bob Zell's defeat", "his
    defeat") or a modifier ("the Cruz campaign"), which is not the subject of its sentence?"""
    t = next((n for n, tok in enumerate(tokens) if tok.start == start), None)
    if t is None:
        return False
    if tokens[t].text.casefold() in ("his", "her", "their", "its"):
        return True
    while t + 1 < len(tokens) and is_capitalised(tokens[t + 1].text):
        t += 1
    if t + 1 < len(tokens) and tokens[t + 1].text in ("'s", "’s", "'", "’"):
        return True
    # a name that modifies a noun after it: "The Cruz campaign picked up ...", whose subject is the campaign; not a
    # time word the tagger reads as a noun ("Senator Tom Reed today met ...")
    return (
        t + 1 < len(tokens)
        and tokens[t + 1].tag in ("NN", "NNS")
        and tokens[t + 1].text.islower()
        and tokens[t + 1].text not in _TIME_ADVERBS
    )


def _subject(c: Candidate) -> bool:
    """Is the lone word the subject that opens its sentence, before a finite verb, outside quotes ("Zendaya
    arrived on Sunday.")? Not a plural ("Hispanics are"), not a team's result ("Farnley won 3-1")."""
    toks = c.sentence.tokens
    k = bisect_left([t.end for t in toks], c.end)
    lead = 1 if toks[0].text.casefold() in _OPENING_CONJUNCTIONS else 0
    return (
        toks[lead].start == c.start
        and toks[k].tag != "NNPS"
        and k + 1 < len(toks)
        and toks[k + 1].tag in FINITE_TAGS
        and not _SCORE.search(c.sentence.text)
    )


# A team's results ("Brentford lost again", "Wrexham won on Saturday"): a subject that plays, not a person.
_RESULT_VERBS = frozenset(
    "won wins lost loses beat beats drew draws defeated defeats thrashed thrashes edged edges routed routs trailed"
    " trails led leads topped tops".split()
)
_LEADING = frozenset({"led", "leads", "trailed", "trails", "topped", "tops"})  # "McIlroy led by two shots": anyone
# What a "he"/"she" may equally continue when the text has it near: "the manager", "the chief executive".
_ROLE_DETERMINERS = frozenset({"the", "its", "their", "his", "her"})
# Members of a body, which a person talks of too, but which show a team or a company is at hand.
_MEMBERS = frozenset({"players", "squad", "fans", "supporters", "staff", "employees", "workers", "shareholders"})


def plays_as_team(c: Candidate) -> bool:
    """Does the lone word's sentence read as a team's result: it wins, loses or beats ("Brentford lost again",
    "Wrexham narrowly won"), or the sentence has a score ("2-1")?"""
    toks = c.sentence.tokens
    if _SCORE.search(c.sentence.text):
        return True
    nxt = bisect_left([t.start for t in toks], c.start) + 1
    while nxt < len(toks) and toks[nxt].tag in ("RB", "RBR"):
        nxt += 1
    if nxt >= len(toks) or toks[nxt].text.casefold() not in _RESULT_VERBS - _LEADING:
        return False
    # with no object: "Brentford lost again", "Wrexham won on Saturday"; a person wins or beats something or
    # someone too ("Okafor won the election", "Djokovic beat Alcaraz")
    after = toks[nxt + 1] if nxt + 1 < len(toks) else None
    return after is None or not (after.tag in ("DT", "PRP$", "NNP", "NNPS", "CD", "PRP") or after.text[:1].isupper())


def _no_organisation_clue(g: Group, before: Sentence, own: Sentence) -> bool:
    """May a narrator's "He"/"She" opening ``own`` continue the lone word ``g`` that opens ``before``? Not when
    the text links an organisation's description to it ("the company", "the club"), any of its sentences reads
    as a team's result ("Brentford lost again", a score), or a role noun near the pronoun may be whom it means
    ("The manager was angry. He said", "He said the chief executive ...")."""
    if g.descriptions or any(c.company or plays_as_team(c) for c in g.candidates):
        return False
    for s in (own,):  # "He said the players were devastated"; not "Okonjo praised the players. He said"
        toks = s.tokens
        for i in range(1, len(toks)):
            word = toks[i].text
            if word.islower() and word in lx.ROLE_HEADS and toks[i - 1].text.casefold() in _ROLE_DETERMINERS:
                return False
            if (word in lx.ORG_KINDS or word in _MEMBERS) and toks[i - 1].text.casefold() in _ROLE_DETERMINERS:
                return False  # "He said the company would recover", "the players were devastated": a body is near
    return True


def _player_subject(c: Candidate) -> bool:
    """Is the lone word the subject that opens its sentence, as a player's name would ("Wembanyama scored 40
    points.")? As :func:`_subject`, with a player's verb ("Ryanair cancelled 400 flights" is no player) and no
    capitalised word after it ("Farnley beat Ostby", or a role's owner: "Farnley boss")."""
    if not _subject(c):
        return False
    toks = c.sentence.tokens
    k = bisect_left([t.end for t in toks], c.end)
    return k + 2 < len(toks) and toks[k + 1].text.casefold() in _PLAYER_VERBS and not is_capitalised(toks[k + 2].text)


class ReferenceLinker:
    """Links the descriptions and pronouns of a document to the actors they stand for."""

    def __init__(self, vocab: Vocabulary) -> None:
        self._vocab = vocab

    # ------------------------------------------------------------------ descriptions

    def link_descriptions(self, doc: Document, sentences: list[Sentence], groups: list[Group]) -> None:
        """ "the secretary general" -> the only person with that role; "the alliance" -> NATO; "the company",
        "the ministry" -> the organisation of that kind named before (see :meth:`_organisation_of_kind`)."""
        by_role: dict[str, list[Group]] = {}
        for g in groups:
            if g.type == "person":
                for role in g.roles:
                    # the role's own words: "a friend of the coach" is no coach
                    words = norm(" ".join(lx.role_core(role))).split()
                    for n in (1, 2, 3):
                        if len(words) >= n:
                            by_role.setdefault(" ".join(words[-n:]), []).append(g)
        by_descriptor: dict[str, list[Group]] = {}
        for noun, acronyms in lx.ORG_DESCRIPTORS.items():
            targets = {norm(self._vocab.acronyms[norm(a)][1]) for a in acronyms if norm(a) in self._vocab.acronyms}
            by_descriptor[noun] = [g for g in groups if g.key in targets]
        orgs = sorted(
            ((c.start, g, self._names_people(c)) for g in groups if g.type == "organization" for c in g.candidates),
            key=lambda x: x[0],
        )
        org_starts = [start for start, _, _ in orgs]
        kinds: dict[str, set[int]] = {}  # noun -> ids of the organisations of that kind
        # the kinds the text calls each organisation where it names it ("Lufthansa, Germany's largest airline,")
        described = {id(g): self._described_kinds(g) for g in groups if g.type == "organization"}

        def of_kind(noun: str, at: int) -> list[Group]:
            """The organisations of that kind named before char ``at``."""
            if noun not in kinds:
                kinds[noun] = {
                    id(g)
                    for _, g, _ in orgs
                    if (self._of_kind(g, noun) or noun in described.get(id(g), ()))
                    # a wire named only in a dateline, or an outlet only as the story's reporter
                    and not all(_credit(c) or _reporting(c) for c in g.candidates)
                }
            return self._organisation_of_kind(orgs, org_starts, kinds[noun], at, noun)

        # per organisation, its mentions in text order, and per (organisation, kind) what its name says: a story
        # of many bodies asks again for each description, so each is worked out once
        by_start: dict[int, tuple[list[int], list[Candidate]]] = {}
        says_kind: dict[tuple[int, str], tuple[bool, bool]] = {}

        def mentions_of(g: Group) -> tuple[list[int], list[Candidate]]:
            if id(g) not in by_start:
                ordered = sorted(g.candidates, key=lambda c: c.start)
                by_start[id(g)] = ([c.start for c in ordered], ordered)
            return by_start[id(g)]

        def named_between(g: Group, floor: int, at: int) -> list[Candidate]:
            starts, ordered = mentions_of(g)
            return ordered[bisect_left(starts, floor) : bisect_left(starts, at)]

        def kind_said(g: Group, noun: str) -> tuple[bool, bool]:
            """(the kind heads the name, the name holds the kind)"""
            if (id(g), noun) not in says_kind:
                named = self._named_of_kind(g, noun) or noun in described.get(id(g), ())
                says_kind[id(g), noun] = (self._headed_by_kind(g, noun), named)
            return says_kind[id(g), noun]

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
                home = False  # a known town before a kind of firm: "the Detroit automaker"
                parent = False  # a known body before a kind of body it has: "the UN agency"
                if (  # a known owner may lead it: "the Kremlin spokesman", "the US ambassador"; a team a sports role
                    j + 1 < len(toks)
                    and is_capitalised(toks[j].text)
                    and toks[j + 1].text in lx.ROLE_WORDS
                    and (self._vocab.lookup(toks[j].text) is not None or toks[j + 1].text in _SPORTS_ROLES)
                ):
                    j += 1
                elif j + 1 < len(toks) and is_capitalised(toks[j].text) and toks[j + 1].text in lx.ORG_KINDS:
                    known = self._vocab.lookup(toks[j].text)
                    home = known is not None and known[0] == "location"
                    parent = toks[j].text.casefold() in _BODIES_WITH_AGENCIES and toks[j + 1].text in _PARTS_OF_BODIES
                    j += 1 if home or parent else 0
                elif j + 1 < len(toks) and self._vocab.is_demonym(toks[j].text) and toks[j + 1].text.islower():
                    j += 1  # a nationality is no name: "the Canadian gas producer"
                lead = j
                # "The Commission disagreed", "the Ministry said": a body's kind alone, capitalised as its name is
                titled = (
                    j == i + 1
                    and j + 1 < len(toks)
                    and is_capitalised(toks[j].text)
                    and toks[j].text.casefold() in lx.ORG_KINDS
                    and toks[j].text.casefold() not in lx.ROLE_HEADS
                    and not is_capitalised(toks[j + 1].text)
                    and toks[j + 1].text not in POSSESSIVE
                )
                if titled:
                    lead, j = i, j + 1
                while (
                    not titled
                    and j < len(toks)
                    and j - i <= 4
                    and (
                        (toks[j].text.islower() and (toks[j].tag in _DESCRIPTION_FILLER_TAGS or "-" in toks[j].text))
                        or (has_hyphen(toks[j].text) and toks[j].text.rsplit("-", 1)[-1].islower())
                    )
                ):
                    j += 1  # a place may modify it: "the Iran-backed group", "the Moscow-based firm"
                if j == i + 1 or j == lead or (j < len(toks) and is_capitalised(toks[j].text)):
                    continue  # nothing, or a title before a name ("the secretary general Jens ...")
                head = toks[j - 1].text.casefold() if titled else toks[j - 1].text
                target: list[Group] = []
                if head in lx.ROLE_HEADS or hyphen_head(head):
                    phrase = norm(doc.text[toks[i + 1].start : toks[j - 1].end].replace("-", " "))
                    target = list({id(g): g for g in by_role.get(phrase, [])}.values())
                    if (
                        len(target) == 1
                        and head in lx.SPOKESPEOPLE
                        and self._newer_spokesperson(doc, target[0], tok.start)
                    ):
                        target = []
                    subject = self._speaks_after(toks, i, j) or (
                        i == 0 and j < len(toks) and toks[j].tag in FINITE_TAGS
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
                # a kind that is also a person's role ("the producer") is a body when no person holds it
                if target or head in _SPORTS_ROLES:
                    pass
                elif head in lx.SOURCE_ONLY_KINDS and not self._speaks_after(toks, i, j, at_clause_end=True):
                    pass  # "Tesla said the battery maker had missed deadlines": another firm, not named
                elif head in lx.ORG_KINDS and self._plain_kind(toks, i + (1 if home or parent else 0), j):
                    target = of_kind(head, tok.start)
                    if parent:
                        # "the UN agency" is one of the UN's bodies, the WMO named before, never the UN itself
                        target = [g for g in target if not any(c.start == toks[i + 1].start for c in g.candidates)]
                    # "the union" is the EU when the text names it, unless it names another union too
                    target = list({id(g): g for g in [*target, *by_descriptor.get(head, [])]}.values())
                    headed = (
                        [g for g in target if kind_said(g, head)[0]]
                        if len(target) > 1 and "*" not in lx.ORG_KINDS[head]
                        else []
                    )
                    if headed:
                        # "the university": "Brackenridge University", not the "University and College Union"; of
                        # several such, the one in reach below
                        target = headed
                    if len(target) > 1:
                        # "Apple said it would appeal. In a statement, the company said": of several, the one named
                        # in this sentence or the one before, if no other is ("Apple sued Samsung. The company
                        # said" stays open)
                        floor = sentences[max(0, n - 1)].start
                        near = [
                            g for g in target if any(not _affiliation(c) for c in named_between(g, floor, tok.start))
                        ]
                        if len(near) > 1 and head not in _GENERIC_KINDS:
                            # "the carrier": of two named just before, the one its name says is one ("SkyBridge
                            # Airlines", not a headline's "Airline")
                            near = [g for g in near if kind_said(g, head)[1]]
                        # a specific kind ("the airline") must be in the name, not only admitted by it ("Facebook")
                        if len(near) == 1 and (head in _GENERIC_KINDS or kind_said(near[0], head)[1]):
                            target = near
                        else:
                            # none in reach: the body the story is about, named far more often than any other, if
                            # its name says its kind ("the club": Kilmarden Athletic; not Facebook for "the airline")
                            counts = [(len(named_between(g, -1, tok.start)), g) for g in target]
                            most = _most_named(counts)
                            target = [most] if most is not None and kind_said(most, head)[1] else []
                elif head in lx.ORG_KINDS and (modifiers := self._name_modifiers(toks, max(lead, i + 1), j - 1)):
                    # "The water company": a firm of that kind whose name holds the noun ("Severn Valley Water")
                    fitting = of_kind(head, tok.start)
                    target = [g for g in fitting if modifiers <= _name_words(g)]
                    # "Shares in Corvel Energy fell after the gas producer said": what the firm makes, said of the
                    # only firm of the kind named, in this sentence or the one before, as it speaks
                    floor = sentences[max(0, n - 1)].start
                    if (
                        not target
                        and len(fitting) == 1
                        and self._speaks_after(toks, i, j, at_clause_end=True)
                        and any(floor <= c.start < tok.start for c in fitting[0].candidates)
                        and not self._another_name_in_reach(groups, fitting[0], floor, tok.start)
                    ):
                        target = fitting
                elif by_descriptor.get(head):
                    target = by_descriptor[head]  # "the alliance": NATO
                if len(target) == 1:
                    start, end = tok.start, toks[j - 1].end
                    target[0].descriptions.append(Mention(start, end, doc.text[start:end], "description"))
                    if parent:
                        self._drop_mention(groups, toks[i + 1].start)  # the UN is not named as a speaker there

    @staticmethod
    def _sports_role_holder(
        toks: tuple[Token, ...],
        i: int,
        j: int,
        by_role: dict[str, list[Group]],
        named: list[tuple[int, Group]],
        starts: list[int],
        floor: int,
        own: int,
    ) -> list[Group]:
        """Who "the [Team] <sports role>" (toks[i:j]) stands for when nobody holds that exact role: the one
        person given the role before ("Liverpool striker Mo Salah ... the striker"), or else, for a player's
        position, the one person named in the one or two sentences before ("Haaland scored twice. “...,” the
        striker said", where a lone word may still be typed an organisation for want of a clue), when nobody is
        named before it in its own sentence ("Imran Qureshi opened the bowling, and the captain praised Imran"
        is somebody else)."""
        head = toks[j - 1].text
        # "the Caldmoor boss" is Caldmoor's manager, not another team's: a team word must be in the holder's role
        team = toks[i + 1].text.casefold() if j - i > 2 and is_capitalised(toks[i + 1].text) else None
        holders = {
            id(g): g
            for h in _SAME_SPORTS_ROLE.get(head, (head,))
            for g in by_role.get(h, [])
            if g.candidates[0].start < toks[i].start
            and (team is None or any(team in norm(r.replace("-", " ")).split() for r in g.roles))
        }
        if team is not None and not holders:
            # "Manager Jurgen Klopp ... the Liverpool manager said": a role with no team may be any team's
            holders = {
                id(g): g
                for h in _SAME_SPORTS_ROLE.get(head, (head,))
                for g in by_role.get(h, [])
                if g.candidates[0].start < toks[i].start and any(norm(r).split() == [h] for r in g.roles)
            }
        if holders:
            return list(holders.values()) if len(holders) == 1 else []
        if bisect_left(starts, own) != bisect_left(starts, toks[i].start) or head not in _PLAYER_ROLES:
            # a captain, a manager, a boss or a coach is as often an airline's, a shop's or the other
            # team's ("Salah scored the winner. “...,” the Liverpool manager said."): named or nothing
            return []
        near = {id(g): g for _, g in named[bisect_left(starts, floor) : bisect_left(starts, own)]}
        return list(near.values()) if len(near) == 1 else []

    @staticmethod
    def _another_name_in_reach(groups: list[Group], firm: Group, floor: int, at: int) -> bool:
        """Is another organisation named in [floor, at), or the firm in a pair ("Hershey and Mars ... the
        confectionery maker", where Mars is no organisation to the actor list)?"""
        for c in firm.candidates:
            if floor <= c.start < at and not {"and", "or", "&"}.isdisjoint(_words_around(c)):
                return True
        return any(
            g is not firm and g.type == "organization" and any(floor <= c.start < at for c in g.candidates)
            for g in groups
        )

    @staticmethod
    def _speaks_after(toks: tuple[Token, ...], i: int, j: int, at_clause_end: bool = False) -> bool:
        """Is the description toks[i:j] the subject of a say-verb ("the England captain said", "said the coach")?
        With ``at_clause_end`` an inverted one must end its clause ("..., said the producer."), so that "Tesla said the
        battery maker had missed deadlines" is not the maker speaking."""
        nxt = toks[j].text.casefold() if j < len(toks) else ""
        inverted = i > 0 and toks[i - 1].text.casefold() in lx.SAY_VERBS
        return nxt in lx.SAY_VERBS or (inverted and (not at_clause_end or nxt in ("", ".", ",", ";")))

    @staticmethod
    def _drop_mention(groups: list[Group], start: int) -> None:
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
            (t.tag in ("JJ", "VBN", "CD") or has_hyphen(t.text)) and t.text.casefold() not in _ANOTHER_BODY
            for t in toks[i + 1 : j - 1]
        )

    @staticmethod
    def _name_modifiers(toks: tuple[Token, ...], first: int, last: int) -> frozenset[str]:
        """The lower-case nouns before a kind's head (toks[first:last]), when only nouns and adjectives stand
        there ("the water company" -> {water}); empty otherwise."""
        between = toks[first:last]
        if not between or not all(t.tag in ("NN", "JJ") and t.text.islower() for t in between):
            return frozenset()
        return frozenset(t.text for t in between if t.tag == "NN")

    @staticmethod
    def _names_people(c: Candidate) -> bool:
        """Does the organisation's name only qualify people after it ("a dozen Carrier *workers*", "Hamas
        *fighters*")? Then "the group" next is those people, not the organisation."""
        toks = c.sentence.tokens
        k = bisect_left([t.end for t in toks], c.end) + 1
        return k < len(toks) and toks[k].tag == "NNS" and toks[k].text.islower()

    @staticmethod
    def _newer_spokesperson(doc: Document, holder: Group, at: int) -> bool:
        """Has an unnamed spokesperson spoken since the holder of the role was last named ("Union spokesperson Jenna
        Pratt said ... A NSW Health spokesperson said ... the spokesperson said": not Pratt)?"""
        last = max(c.end for c in holder.candidates)
        return last < at and _SPOKES_WORD.search(doc.text, last, at) is not None

    @staticmethod
    def _described_kinds(g: Group) -> set[str]:
        """The kinds of organisation the text calls the body where it names it: a kind noun right before the name
        ("Britain's media regulator Ofcom") or ending an apposition after it ("Lufthansa, Germany's largest
        airline, said")."""
        found: set[str] = set()
        for c in g.candidates:
            toks = c.sentence.tokens
            starts = [t.start for t in toks]
            first = bisect_left(starts, c.start)
            last = bisect_left(starts, c.end) - 1
            if first > 0 and toks[first - 1].text in lx.ORG_KINDS:
                found.add(toks[first - 1].text)
            if last + 3 < len(toks) and toks[last + 1].text == ",":
                close = next((k for k in range(last + 2, min(len(toks), last + 9)) if toks[k].text == ","), None)
                # a noun phrase opened by a determiner or a possessor, not a clause ("the Union Solidarity and
                # Development Party, which is backed by the military,") nor a phrase ("Boeing Co, in a letter to the
                # regulator,")
                opener = toks[last + 2]
                clause = (
                    close is None
                    or any(t.tag.startswith(("VB", "W")) for t in toks[last + 2 : close])
                    or not (
                        opener.tag in ("DT", "PRP$")
                        or (is_capitalised(opener.text) and toks[last + 3].text in POSSESSIVE)
                    )
                )
                if not clause and close is not None and toks[close - 1].text in lx.ORG_KINDS:
                    found.add(toks[close - 1].text)
        return found

    @staticmethod
    def _named_of_kind(g: Group, noun: str) -> bool:
        """Does the name itself say the kind ("Delta Air Lines" for "the airline", "EU" as the European Union
        for "the union")?"""
        words = _name_words(g) | set((g.canonical or "").casefold().split())
        return not words.isdisjoint(lx.ORG_KINDS[noun])

    @staticmethod
    def _headed_by_kind(g: Group, noun: str) -> bool:
        """Is the kind the head of the body's name: a word of the name, and no other body's head ends it
        ("Brackenridge University", "University of Cambridge", "Committee on Standards", the EU as the European
        Union; not the "University and College Union")?"""
        kind = lx.ORG_KINDS[noun]
        names = [c.words for c in g.candidates] + ([tuple(g.canonical.split())] if g.canonical else [])
        return any(
            len(words) > 1
            and not kind.isdisjoint(w.casefold() for w in words)
            and (words[-1].casefold() in kind or words[-1].casefold() not in lx.ORG_HEADS)
            for words in names
        )

    @staticmethod
    def _of_kind(g: Group, noun: str) -> bool:
        """Can "the <noun>" stand for this organisation? Its name holds a word of that kind ("the ministry":
        "Ministry of Energy", "the company": "Norvik Holdings"), or the noun admits a name without any
        organisation head ("the company": "Gazprom"; never "Ministry of Energy" or "Harvard University")."""
        words = _name_words(g) | set((g.canonical or "").casefold().split())
        kind = lx.ORG_KINDS[noun]
        if noun == "union" and words & _WORKERS_BODIES and not words & (kind - _WORKERS_BODIES):
            # an alliance or guild is a union only of working people ("Transport Workers' Alliance", "Screen
            # Actors Guild"), never a party ("The Alliance Party")
            return "party" not in words and any(
                w.endswith("s")
                and any(
                    one in lx.ROLE_HEADS or one in lx.PERSON_DESCRIPTIONS for one in (w[:-1], w[:-3] + "fe")
                )  # "Nurses", "Midwives"; not "Progressives"
                for w in words
            )
        # a firm's own last word ("Harrowgate Insurance", "Kaveri Textiles") leaves it a firm
        return bool(words & kind) or ("*" in kind and not words & _BODY_HEADS)

    @staticmethod
    def _organisation_of_kind(
        orgs: list[tuple[int, Group, bool]], starts: list[int], fitting: set[int], at: int, noun: str
    ) -> list[Group]:
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

    def link_pronouns(self, doc: Document, sentences: list[Sentence], groups: list[Group]) -> None:
        """ "he"/"she" -> the person named most recently before it, in this or the two previous sentences,
        whose gender (from "Mr"/"Ms" or a first name) fits; skipped when the nearest fitting person's
        gender is unknown and another named person of the right gender is in reach (ambiguous).
        "it" -> an organisation only as the subject of a say-verb ("it said") with exactly one
        organisation named in this or the previous sentence. "they" is never linked: it as often
        means officials, people or several actors as one organisation."""
        people: list[tuple[int, Group, lx.Gender | None]] = []
        orgs: list[tuple[int, Group]] = []
        for g in groups:
            if g.type == "person":
                gender = self._vocab.gender(g, longest_name(g))
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
            opening_he_or_she: tuple[str, Group] | None = None  # the sentence's subject pronoun and its person
            for i, tok in enumerate(toks):
                low = tok.text.casefold()
                want = _PRONOUN_GENDER.get(low)
                target: Group | None = None
                if (
                    opening_he_or_she is not None
                    and opening_he_or_she[0] == low
                    and toks[i - 1].text.casefold() in ("and", "but")
                    and i + 1 < len(toks)
                    and toks[i + 1].tag.startswith(("VB", "RB", "MD"))
                    # not after asking or offering somebody: "He asked John Smith to resign, and he said he would not"
                    and not any(t.text.casefold() in _ASKING for t in toks[:i])
                ):
                    # "She met Dr Okonkwo for an hour, and she said ...": a coordinated clause's subject goes on
                    # with the sentence's, not with the person its first clause names
                    target = opening_he_or_she[1]
                elif want is not None and people:
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
                        # "Asked about Boisvert's remarks, she said": the participle's names are not the subject
                        asked = toks[0].text.casefold() in _FRONTED_PARTICIPLES and toks[i - 1].text == ","
                        target = self._previous_subject(
                            people,
                            person_starts,
                            sentences[n - 1],
                            tok.start if asked or toks[0].text in _QUOTE_MARKS else s.start,
                            tok.start,
                            want,
                            opener,
                        )
                    elif (
                        low in ("he", "she")
                        and (m := self._quote_opened_in(sentences, n, i)) is not None
                        and not self._puts_a_question(sentences[m - 1])
                    ):
                        # '“I'm not thinking about her yet. I'm thinking about dinner,” she joked.': a quote of
                        # several sentences, whose speaker is the subject before the quote opened
                        # (the quote's own names are the speaker's words, not the narrator's subject)
                        target = self._previous_subject(
                            people, person_starts, sentences[m - 1], tok.start, tok.start, want
                        )
                    if target is None:
                        floor = sentences[max(0, n - 2)].start
                        target = self._antecedent(people, person_starts, tok.start, floor, want)
                    if target is not None and low in ("he", "she") and self._speaks(toks, i):
                        # "he said Reed would win": he is not Reed, whom his own statement names
                        banned = self._named_in_the_statement(people, person_starts, toks, i)
                        if id(target) in banned:  # unless nobody else fits: then he speaks of himself
                            floor = sentences[max(0, n - 2)].start
                            target = self._antecedent(people, person_starts, tok.start, floor, want, banned) or target
                # a narrator's "He"/"She" opening its sentence continues the subject before it, as no company's is
                opening = n > 0 and toks[0].text not in _QUOTE_MARKS and self._opens_a_clause(toks, i)
                if want is not None and target is None and low in ("he", "she") and (opening or self._speaks(toks, i)):
                    floor = sentences[max(0, n - 2)].start
                    # only with nobody named in reach: in "John Hale, the Farnley manager, was pleased. Farnley won
                    # the league. “We did it,” he said." the team stays a team
                    if bisect_left(person_starts, floor) == bisect_left(person_starts, tok.start):
                        before = sentences[n - 1] if opening else None
                        target = self._person_behind_pronoun(orgs, org_starts, floor, tok.start, before, s)
                    if target is not None:
                        target.type = "person"
                        for c in target.candidates:
                            k = bisect.bisect_right(person_starts, c.start)
                            person_starts.insert(k, c.start)
                            people.insert(k, (c.start, target, None))
                elif low == "it" and i + 1 < len(toks) and toks[i + 1].text.casefold() in lx.SAY_VERBS and orgs:
                    floor = sentences[max(0, n - 1)].start
                    # a fronted phrase's bodies are not the subject: "In a letter seen by Reuters, it said"
                    fronted = toks[i - 1].text == "," and toks[0].tag == "IN" and self._main_verb(toks[:i]) is None
                    near = orgs[
                        bisect_left(org_starts, floor) : bisect_left(org_starts, s.start if fronted else tok.start)
                    ]
                    found = {id(g): g for _, g in near}
                    target = next(iter(found.values())) if len(found) == 1 else None
                if target is not None:
                    if low in ("he", "she") and i == (1 if toks[0].text.casefold() in _OPENING_CONJUNCTIONS else 0):
                        opening_he_or_she = (low, target)
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
        return ReferenceLinker._speaks_after(toks, i, k)

    @staticmethod
    def _person_behind_pronoun(
        orgs: list[tuple[int, Group]],
        starts: list[int],
        floor: int,
        at: int,
        before: Sentence | None = None,
        own: Sentence | None = None,
    ) -> Group | None:
        """The person a "he"/"she" that speaks must be, when nobody is named in reach: the one lone word in
        reach that was made an organisation for want of a clue, as the subject of its sentence ("Wembanyama
        scored 40 points. “It was fun,” he said."), or, for a pronoun opening its sentence outside quotes, as the
        subject of the sentence ``before`` it ("Zendaya arrived on Sunday. She said she was fine."). Teams and
        companies with a clue (a results line, "the club", a company head) were typed by it, and one referred to
        by "it" is never touched."""
        found: dict[int, Group] = {}
        for _start, g in orgs[bisect_left(starts, floor) : bisect_left(starts, at)]:
            if all(c.guessed and len(c.words) == 1 for c in g.candidates):
                found[id(g)] = g
        if len(found) != 1:
            return None
        g = next(iter(found.values()))
        if any(floor <= c.start < at and _player_subject(c) for c in g.candidates):
            return g
        if before is None or own is None or not any(c.sentence is before and _subject(c) for c in g.candidates):
            return None
        return g if _no_organisation_clue(g, before, own) else None

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
        return toks[i - 1].text == "," and ReferenceLinker._main_verb(toks[:i]) is None

    @staticmethod
    def _quote_opened_in(sentences: list[Sentence], n: int, i: int) -> int | None:
        """The sentence a quote opened in, when the pronoun at ``i`` of sentence ``n`` is the source right after
        it closes ('... dinner,” she joked.') and it opened some sentences before, at the start of one; None
        otherwise, and for a quote that opened in the text's first sentence."""
        toks = sentences[n].tokens
        if (
            i < 1
            or toks[0].text in _QUOTE_MARKS
            or toks[i - 1].text not in _QUOTE_MARKS
            or sum(t.text in _QUOTE_MARKS for t in toks[:i]) != 1
            or i + 1 >= len(toks)
            or toks[i + 1].text.casefold() not in lx.SAY_VERBS
            or toks[i + 1].text.casefold() in _REPLIES
        ):
            return None
        for m in range(n - 1, max(0, n - _QUOTE_REACH), -1):
            marks = sum(t.text in _QUOTE_MARKS for t in sentences[m].tokens)
            if marks == 1 and sentences[m].tokens[0].text in _QUOTE_MARKS:
                return m
            if marks:
                return None
        return None

    @staticmethod
    def _previous_subject(
        people: list[tuple[int, Group, lx.Gender | None]],
        starts: list[int],
        previous: Sentence,
        sentence_start: int,
        at: int,
        want: lx.Gender,
        opener_subject: int = -1,
    ) -> Group | None:
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
        if not previous.tokens:
            return None
        if previous.tokens[0].text in _QUOTE_MARKS:
            # '“That was a mistake,” Buttigieg told host Jake Tapper.': the quote's own names are not
            # the narrator's subject, but the source named right after it is ("He said ..." is Buttigieg)
            marks = [n for n, t in enumerate(previous.tokens) if t.text in _QUOTE_MARKS]
            if len(marks) != 2 or marks[1] + 2 >= len(previous.tokens):
                return None
            after = previous.tokens[marks[1] + 1 :]
            cue_verb = next((t for t in after if t.tag in FINITE_TAGS), None)
            if cue_verb is None or not after[0].text[:1].isupper():
                return None  # "“...,” said Smith": an inverted source is left to the nearest rule
            n = bisect_left(starts, cue_verb.start) - 1
            if n >= 0 and after[0].start <= people[n][0] < cue_verb.start and people[n][2] in (want, None):
                return people[n][1]
            return None
        main = ReferenceLinker._main_verb(previous.tokens)
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
            if opening and all(not is_capitalised(t.text) or t.text.rstrip(".") in ("The", "A") for t in opening):
                skipped = [*skipped, (previous.tokens[commas[-2]].start, previous.tokens[commas[-1]].start)]
        # the person named last before that verb ("With Merrick Garland, President Obama made ...",
        # "But like Trump, Rubio holds ...": Obama, Rubio)
        k = bisect_left(starts, verb) - 1
        last = True
        while k >= 0 and people[k][0] >= previous.start:
            if (
                any(a <= people[k][0] < b for a, b in skipped)
                or _possessor_or_modifier(previous.tokens, people[k][0])
                or _after_a_preposition(previous.tokens, people[k][0])
            ):
                # named inside a relative or subordinate clause, as a possessor or after a preposition ("The verdict
                # by Judge Tom Hale shocked Mark Jones"): not the subject
                k -= 1
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
        main = ReferenceLinker._main_verb(sentence.tokens)
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
            elif t.tag in FINITE_TAGS and subordinate is None:
                return t.start, skipped
        return None

    @staticmethod
    def _named_in_the_statement(
        people: list[tuple[int, Group, lx.Gender | None]], starts: list[int], toks: tuple[Token, ...], i: int
    ) -> set[int]:
        """Ids of the people the speaking pronoun at ``i`` cannot stand for (see :mod:`service.pipeline.binding`):
        those named after it in what it says or whom it tells, to the end of its sentence or to a clause or source
        of its own (", and Reed agreed", "; Reed", ", according to Reed"), and those a quote right before it names
        ("“Reed has been on at me,” he said"). A pronoun in a clause opened by a subordinator stops at its comma,
        and a name modifying a noun does not count ("he said Reed supporters should vote")."""
        in_adverbial = False
        for k in range(i - 1, -1, -1):
            word = toks[k].text.casefold()
            if word in (",", ";", ":"):
                break
            if word in ADVERBIAL_SUBORDINATORS:
                in_adverbial = True
                break
        end = toks[-1].end
        for k in range(i + 1, len(toks)):
            word = toks[k].text.casefold()
            after = toks[k + 1].text.casefold() if k + 1 < len(toks) else ""
            if word == ";" or (word == "," and (in_adverbial or after in ("and", "but", "according"))):
                end = toks[k].start
                break
        spans = [(toks[i].end, end)]
        close = i - 1 - (i >= 2 and toks[i - 1].text == ",")
        if close >= 0 and toks[close].text in _CLOSING_MARKS:
            close -= close >= 1 and toks[close].text == "'" and toks[close - 1].text == "'"  # '' as two tokens
            opening = next((k for k in range(close - 1, -1, -1) if toks[k].text in _QUOTE_MARKS | {"'"}), None)
            words = [t.text.casefold() for t in toks[(opening or 0) + 1 : close]]
            if opening is not None and not introduces_oneself(words):
                spans.append((toks[opening].end, toks[close].start))
        ends = {t.end: n for n, t in enumerate(toks)}
        named: set[int] = set()
        for first, last in spans:
            for start, g, _ in people[bisect_left(starts, first) : bisect_left(starts, last)]:
                ends_here = [c.end for c in g.candidates if c.start == start]
                ends_here += [m.end for m in g.descriptions if m.start == start]
                if not ends_here:
                    continue  # a pronoun already linked ("“He's got it,” he told advisers"): no name
                last_token = ends.get(max(ends_here))
                if last_token is None or last_token + 1 >= len(toks) or toks[last_token + 1].tag not in ("NN", "NNS"):
                    named.add(id(g))
        return named

    @staticmethod
    def _antecedent(
        people: list[tuple[int, Group, lx.Gender | None]],
        starts: list[int],
        at: int,
        floor: int,
        want: lx.Gender,
        banned: AbstractSet[int] = frozenset(),
    ) -> Group | None:
        k = bisect_left(starts, at) - 1
        unknown: Group | None = None
        while k >= 0 and people[k][0] >= floor:
            _, g, gender = people[k]
            if id(g) in banned:
                k -= 1
                continue
            if gender == want:
                return g if unknown is None or unknown is g else None
            if gender is None and unknown is None:
                unknown = g
            k -= 1
        return unknown
