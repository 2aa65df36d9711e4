"""The shape of the clause around each cue: where its source and its content are.

Attribution in news comes in a handful of word orders (preposed "X said that ...", postposed
"..., X said", parenthetical "If ..., he said, ...", inverted "..., said Mr X", "according to
X", "Name: ..." headlines, noun cues such as "his claim that"), and telling which one a cue
is in takes most of the rules; they are kept here, apart from what the spans then become.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from service.pipeline.cues import CueLexicon
from service.pipeline.lexicon import ROLE_HEADS
from service.pipeline.positions.cue_finder import Cue
from service.pipeline.positions.quotes import Quote, before_closing_mark, before_mark, title_case
from service.pipeline.positions.speakers import ISSUED, ActorIndex, past_dateline
from service.pipeline.positions.tokens import (
    APPROXIMATORS,
    AUX,
    BE,
    DASHES,
    EVIDENCE_SOURCES,
    GROUP_HEADS,
    KIN,
    MONTHS,
    NOUN_TAGS,
    NP_PREPS,
    NP_TAGS,
    PERSON_HEADS,
    PERSON_NOUNS,
    POLLED,
    POSSESSIVE_MARKS,
    POSSESSIVE_PRONOUNS,
    PRONOUNS,
    QUANTITIES,
    SOURCE_POSTMODIFIERS,
    SUBORDINATORS,
    TIME_LEADS,
    TIME_NOUNS,
    WEEKDAYS,
    YEAR,
    FlatTokens,
)

_POSSESSIVE = POSSESSIVE_MARKS
_QUANTIFIERS = frozenset({"some", "many", "most", "several", "each", "both", "all", "few", "none"})
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
        "overall",  # "58 percent of voters overall said"
        "alike",
        "too",
    }
)
_WH_OPENINGS = frozenset({"whether", "if", "how", "why", "what", "when", "who", "whom", "which", "where", "about"})
_WH_TAKERS = frozenset({"ask", "question", "wonder"})
_CLAUSE_JOINS = frozenset({"and", ",", "but", ";"}) | DASHES
_PARTICIPLE_LEADS = frozenset({",", "before", "after", "while", "when", "by", "without", "upon"})
_WITHHELD = frozenset(
    {"say", "give", "elaborate", "provide", "comment", "specify", "disclose", "identify", "details", "further"}
)
_ATTACKS = frozenset({"attack", "hit", "strike", "target", "pound", "slam", "blast", "assail"})
_WEAPONS = frozenset(
    "drones missiles rockets artillery bombs shells tanks gunfire guns knives knife airstrikes grenades explosives"
    " mortars bullets batons missile rocket drone bomb gun tear".split()
)
_INFINITIVE_REPORTS = frozenset({"say", "announce"})
_PLATFORMS = frozenset(
    "twitter x facebook instagram tiktok youtube threads bluesky truth social television tv radio air".split()
)
_DOCUMENT_PARTICIPLES = frozenset(
    "published released filed compiled posted issued obtained seen reviewed written conducted carried leaked"
    " presented submitted produced commissioned".split()
)
_MET_WITH = frozenset({"spoke", "talked", "interviewed", "surveyed", "met", "contacted", "reached", "polled", "asked"})
_EMERGENCY = frozenset({"police", "911", "999", "112", "000", "ambulance", "paramedics", "firefighters", "doctor"})
_MOTIONS = frozenset({"into", "onto", "across", "toward", "towards"})
_CALL_OUTS = frozenset({"scene", "call", "calls", "incident", "fire", "blaze", "emergency", "crash", "shooting"})
_GRANTS = frozenset("visa visas entry access bail permission boarding asylum service passage".split())
_HEARINGS = frozenset({"court", "jury", "inquest", "tribunal", "hearing", "inquiry", "committee", "trial"})
_NARRATORS_VIEW = frozenset(
    {"move", "sign", "blow", "rebuke", "reversal", "escalation", "setback", "boost", "departure"}
)
_SETTINGS = frozenset({"speech", "statement", "interview", "call", "briefing", "address", "post", "video"})
_EVENTS = frozenset({"meeting", "visit", "conference", "summit", "rally"})  # also what a plan may name
_ADDRESSING_LEMMAS = frozenset({"tell", "inform", "assure", "remind", "notify"})
_ADDRESSEES = frozenset({"reporters", "journalists", "him", "her", "them", "us"})
_LEAD_ADVERBS = frozenset({"also", "then", "later", "again", "even", "still", "once", "often"})
_SIGNATURE_DASHES = frozenset({"―", "—", "–", "--"})
_LABELS = frozenset(
    {
        "note",
        "update",
        "updated",
        "correction",
        "photo",
        "video",
        "source",
        "sources",
        "related",
        "editor",
        "watch",
        "read",
        "twitter",
        "facebook",
        "instagram",
        "email",
        "e-mail",
        "follow",
        "contact",
        "byline",
        "paid",
    }
)  # "Note: ...", "Update: ...", "Twitter: @handle": page furniture, not a source
_TIME_OPENERS = (SUBORDINATORS & {"as", "when", "while", "after", "before", "once", "until", "since"}) | {"whenever"}
_MAIN_SPEECH_LEMMAS = frozenset({"say", "tell", "argue"})
_OBJECT_FAMILIES = frozenset({"stance", "evaluate", "concede"})  # cues whose content is often a bare object
_CONTRAST = frozenset({"while", "whereas", "although", "though", "as", "who", "which"})
_OBJECT_TAKERS = frozenset({"tell", "ask", "assure", "remind", "inform", "warn", "urge"})
_LY_NOUNS = frozenset({"family", "assembly", "ally", "daily", "weekly", "monthly", "quarterly", "supply", "italy"})
_ADDRESSEE_STARTS = frozenset({"PRP", "PRP$", "NNS", "NNP", "NNPS", "DT", "NN"})  # "told [his aides] ..."
_ADDRESSEE_ONLY = frozenset({"tell", "assure", "remind", "inform"})  # "told AFP": never an inverted source
# Things that carry someone's words: "issued a statement saying", "carrying signs reading"
_ARTIFACT_HEADS = frozenset(
    "statement statements report reports letter letters article articles ad ads advertisement sign signs banner"
    " banners resolution lawsuit suit message messages memo tweet tweets post posts email emails video op-ed"
    " editorial release petition complaint speech response pitch note filing brief motion interview".split()
)

# Openers of a fronted subordinate clause whose cue reports only up to the clause's comma
# ("Although she said A, B"); "As X observed, B" reports the main clause instead.
_CONTRAST_JOINS = frozenset({"while", "whereas", "although", "though"})  # "said A, though they blame B"
_REPORT_JOINS = (_CLAUSE_JOINS | _CONTRAST_JOINS) - {","}  # before "he noted", "they blame": a second report
_CLAUSE_BOUND_OPENERS = (SUBORDINATORS | {"whereas"}) - {"as", "whether", "even"}
_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us", "me"})

# A clause cut off at these is unfinished: "It was, he said, the worst year" goes on after the cue.
_OPEN_ENDED_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD", "DT", "TO", "CC"})

# What may stand between a cue and its quote: "wrote to his 20,000 followers, “...”".
_ADJUNCT_TAGS = frozenset({"IN", "TO", "DT", "JJ", "NN", "NNS", "NNP", "NNPS", "CD", "PRP$", "POS", "RB"})

# Adverbs that may open a sentence right before its verb ("Separately, ...", "Instead said")
_SENTENCE_ADVERBS = frozenset(
    {"separately", "instead", "still", "however", "finally", "earlier", "later", "now", "so", "yet", "thus",
     "similarly", "privately", "publicly", "initially", "originally", "previously", "recently", "repeatedly",
     "often", "never"}
)  # fmt: skip

# Discourse adverbs set off by commas between a source and its cue
_ASIDES = frozenset(
    {"however", "meanwhile", "though", "too", "also", "instead", "nonetheless", "nevertheless", "moreover"}
)

_ASIDE_PHRASES = frozenset(
    "in turn|in fact|of course|in short|at times|at least|in particular|for example|for instance|as well|in response"
    "|in return|for his part|for her part|for their part|for its part|in a statement|in an interview".split("|")
)

_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}")  # "14:02", "9.30"

# Words that open a time phrase: "On Tuesday the company said", "Last year Ann Cole said"
_TIME_PHRASE_LEADS = frozenset("on in last this next early late every during since until".split())

# What one claims by winning or taking it: "claimed his 50th win", "claimed the title", "claimed 40
# lives". Not "victory": a candidate "claiming victory" declares it, and PolNeAR marks that a statement.
_PRIZES = frozenset(
    "win wins title titles crown seat seats medal medals prize trophy championship lives life gold silver bronze"
    " pole".split()
)
# "said goodbye to his staff", "said grace": formulas, not positions
_FORMULAS = frozenset({"goodbye", "farewell", "hello", "grace", "thanks", "cheese"})

# Cues that give something a name or a label: the quoted label ends the content.
_NAMING_CUES = frozenset({"call", "dub", "label", "brand", "term", "deem"})

# Occasions a statement is made at: "at a rally", "in the debate", "during a town hall".
_OCCASIONS = frozenset(
    "rally rallies debate debates conference event events speech interview meeting hearing hall summit convention"
    " dinner luncheon breakfast forum appearance briefing fundraiser ceremony session gathering stop"
    " caucus caucuses primary".split()
)

# Objects that happen at an occasion: "condemned the violence at the rally" keeps the rally.
_EVENT_NOUNS = frozenset(
    # not words said ("criticized Trump's comments at a news conference": where Obama spoke)
    "violence shooting shootings attack attacks chaos protest protests clashes incident"
    " behavior conduct outburst security".split()
)

# Plurals that look like people ("-ers", "-ans", "-ives") but name things: never a "they" that speaks.
_THINGS = frozenset(
    "barriers borders letters papers orders matters centers computers headquarters answers offers powers"
    " waters corners chambers towers layers plans loans bans scans means grants plants restaurants lives"
    " initiatives alternatives incentives archives objectives motives perspectives".split()
)

# After a participle, these make it a passive describing the noun before it: "a contractor
# accused of spying", "a bill criticized as anti-gay", "aides charged with the rollout".
_PASSIVE_PREPS = frozenset({"of", "with", "as", "after", "by"})

# Bodies that speak as one: "a group backing Huckabee", "the committee, saying ...".
_BODY_HEADS = frozenset(
    "group committee campaign coalition organization association union council party administration government"
    " company firm network agency court board panel commission caucus movement pac"
    " newspaper magazine publication outlet journal station website editorial"
    " club team family ministry department police charity bank university school hospital airline federation"
    " league army military regulator watchdog authority office service foundation institute".split()
)

# Prepositions that open where or when something was said, not what.
_SETTING_PREPS = frozenset(
    {"in", "at", "with", "during", "after", "before", "from", "outside", "inside", "via", "near"}
)


@dataclass(slots=True)
class Frame:
    """One attribution before it becomes a Position: token ranges, all inclusive."""

    cue: Cue
    subject: tuple[int, int]
    content: tuple[int, int]
    appositive: bool = False
    relative: int | None = None  # the "who" of "Name, who said ...": the source as written


_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_NOUN_CUE_STOPS = frozenset({",", ";", ":", ".", "!", "?", "(", ")"}) | DASHES


def _clause_initial(flat: FlatTokens, k: int, s_first: int) -> bool:
    """Does token ``k`` open its clause (sentence start, after a comma or a conjunction)?"""
    j = k - 1
    while j >= s_first and flat.tag(j) == "DT":
        j -= 1
    return j < s_first or flat.lower(j) in (",", "and", "but", ";", ":")


def noun_frames(flat: FlatTokens, inside: Sequence[bool], lexicon: CueLexicon) -> list[Frame]:
    """Stances reported by a noun: "Smith's criticism of the plan", "his claim that taxes rose".

    The tagger reads these cues as nouns, so the verb finder never sees them; the source is
    the possessor right before the noun (adjectives between allowed) or, failing that, a "by"/"from"
    agent after the complement; the content is the complement: a "that"/"to"-clause to its clause
    end, otherwise the phrase up to the next finite verb."""
    frames: list[Frame] = []
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
        if flat.lower(j) in POSSESSIVE_PRONOUNS and flat.tag(j) == "PRP$":
            subject = (j, j)
        elif flat.lower(j) in _POSSESSIVE and flat.tag(j) == "POS":
            k = j - 1
            while k >= s_first and k > j - 6 and flat.tag(k) in NP_TAGS - {"POS", "PRP$"}:
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
            if clause or flat.lower(by) not in ("by", "from") or flat.tag(by + 1) not in NP_TAGS:
                continue
            agent = by + 1
            while agent + 1 <= s_last and flat.tag(agent + 1) in NP_TAGS:
                agent += 1
            subject = (by + 1, agent)
        cue = Cue(i, cue_last, entry.lemma, weak=False, family=entry.family, infinitive=entry.infinitive)
        frames.append(Frame(cue, subject, (start, end)))
    return frames


# after a quote that is the whole content, these open the narrator's setting, not more content
_SETTING_PREPOSITIONS = frozenset({"at", "in", "on", "during", "to", "outside", "from", "with"})


class FrameReader:
    """Reads the shape of the clause around one cue: where the source and the content are."""

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
        while j >= floor and (flat.lower(j) in _SKIP_BEFORE_CUE or flat.tag(j) in tags):
            j -= 1
        return j

    def _quote_opening_at(self, k: int) -> Quote | None:
        """The quote whose opening mark is token ``k``; an NYT '' mark is two tokens from ``k``,
        and the quote is indexed at the second."""
        return self.by_open.get(k + 1 if k in self.flat.half else k)

    def read(self, cue: Cue, previous: Frame | None = None) -> Frame | None:
        """The frame of ``cue``; ``previous`` is the frame of the cue before it, whose
        source a coordinated verb shares ("said A, and said B" / "said A but said B")."""
        if cue.according:
            return self._according(cue)
        flat = self.flat
        s_first, s_last = flat.sent_range[flat.sent[cue.last]]
        after = self._content_start(cue, s_last)
        inverted = (
            self._subject_after(cue, s_last)
            if cue.lemma not in _ADDRESSEE_ONLY and not (flat.lower(cue.first) in AUX | BE and cue.first < cue.last)
            else None
        )  # only a simple verb inverts: "..., said Mr Blinken", never "..., is finding X"
        mark = inverted[1] + 1 if inverted is not None else -1
        if inverted is not None and flat.lower(mark) == "," and flat.lower(mark + 1) in ("who", "whose"):
            # "Said Dorothy Poynter, who grew up with Ali, “We were all so proud of him.”"
            mark = next((k for k in range(mark + 2, s_last) if flat.lower(k) == "," and k + 1 in self.by_open), mark)
        if (
            inverted is not None
            and (flat.lower(mark) == ":" or (flat.lower(mark) == "," and mark + 1 in self.by_open))
            and self._opens_sentence(cue, s_first)
        ):
            # "Said Ellis: “...”", 'Said Comey, "The thought ..."'
            start = mark + 1
            if start > s_last:
                return self._next_paragraph(cue, inverted, s_last)
            return Frame(cue, inverted, (start, self._content_end(start, s_last, cue)))
        found = None
        named_after = (
            inverted is not None
            and flat.lower(inverted[0]) not in PRONOUNS
            and (
                (flat.lower(inverted[1] + 1) or ".") in (",", ".", "(", ";", "!", "who", "—", "–", "--")
                or self._describes_the_source(inverted[1] + 1)
                or self._time_clause_at(inverted[1] + 1)
            )
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
        if self._participle(cue) and (lead in _PARTICIPLE_LEADS or self._quoted_as(cue, s_first)):
            # "X said ..., noting ...", "X responded before adding that ...": the same source
            shared = self._shared_subject(cue, s_first, previous)
            if shared is None and (lead != "," or cue.first - 1 in self.by_close):
                # "X sued over what was called the “Golden Week,” saying ...": after a quote
                # closing on a comma the participle still belongs to the main subject
                main = self._participle_subject(s_first, cue.first - 1)
                shared = main if main is not None and self.agentive(*main) else None
            if shared is not None:
                found = (shared, "shared")
        if found is None and (not named_after or flat.lower(cue.first - 1) != "," or self._participle(cue)):
            # "..., said Jeffrey Trimble, a senior official" is inverted, not an appositive
            found = self._subject_before(cue, s_first)
            found_first = found[0][0] if found is not None else -1
            if found is not None and found[1] == "plain" and self._participle(cue) and found[0][1] == cue.first - 1:
                found = (self._agent_of_a_participle(*found[0]), "plain")
            if (
                found is not None
                and found[1] == "plain"
                and self._participle(cue)
                and (self._artifact(*found[0]) or not self.agentive(*found[0]) or self._addressed(found_first))
                # "..., with one of her ads asking": the ad speaks
                and not (flat.lower(found[0][0] - 1) == "with" and flat.lower(found[0][0] - 2) == ",")
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
                found = (coordinated, "shared")
        if found is None:
            if inverted is None:
                return None
            before = cue.first - 1
            if not self._is_separator(before) or flat.para[before] != flat.para[cue.first] or self._participle(cue):
                return None  # '“...” ¶ Recalling the pitfalls, the RNC began ...': no inversion
            content = self._content_before(before, s_first)
            return Frame(cue, inverted, content) if content is not None else None
        subject, mode = found
        if self._passive_participle(cue):
            return None
        # a shared subject keeps the reading of the frame it comes from: "Appearing before
        # supporters, Suu Kyi, 70, said ... but added, “...”" is still Suu Kyi, not "Appearing"
        appositive = mode == "appositive" or (
            mode == "shared" and previous is not None and subject == previous.subject and previous.appositive
        )
        sep = subject[0] - 1
        only_adjuncts = self._only_adjuncts(cue, after, s_last)  # pure: read once for the branches below
        if (
            mode == "plain"
            and cue.family in ("speech", "evidence", "argue")
            and not cue.weak
            and flat.lower(sep) == "as"
            and sep - 1 > s_first
            and flat.lower(sep - 1) == ","
            and only_adjuncts
        ):
            # "The port will close, as Politico reported on Monday.": the as-clause names the source
            content = self._content_before(sep - 1, s_first)
            return Frame(cue, subject, content) if content is not None else None
        mark_end = before_closing_mark(flat, sep)
        if flat.lower(mark_end) in ("’", "'") and flat.lower(mark_end - 1) in (",", ".", "?", "!"):
            mark_end -= 1  # '... “What can I do?’” Weaver said.': an inner quote closes first
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
        elif after_quote and after <= s_last and self._quote_belongs_before(sep, s_first):
            # 'While Republicans argued that “...,” one prosecutor said the cases differ' and
            # 'Sunday on Fox's “Sunday Morning Futures,” Issa said ...': a clause follows the cue
            after_quote = only_adjuncts if not cue.weak else not self._clause_after(after, s_last)
        # "Rates will stay on hold, Powell said, adding that ...": a participle of its own follows
        participle_after = flat.lower(cue.last + 1) == "," and self._participle_cue_at(cue.last + 2)
        if (
            mode not in ("relative", "shared")
            and own_separator
            and self._is_separator(sep)
            and (after_quote or only_adjuncts or participle_after)
            and not (
                flat.tokens[sep].text == ","
                and flat.tag(sep - 1) in _OPEN_ENDED_TAGS
                and flat.lower(cue.last + 1) == ","
                and after <= s_last
                and not participle_after  # "Growth slowed, the bank said, predicting a soft landing"
            )
        ):
            # Postposed: "..., X said (after the talks on Friday)."
            content = self._content_before(sep, s_first)
            if content is None or not self._only_an_adverbial(*content):
                return Frame(cue, subject, content, appositive) if content is not None else None
        if after > s_last:
            return self._next_paragraph(cue, subject, s_last, appositive)
        if only_adjuncts and cue.family == "speech" and not cue.weak:
            quoted = self._quote_after_a_closed_cue(subject, s_first, s_last)
            if quoted is not None:
                return Frame(cue, subject, quoted, appositive)
        opens_quote = self._quote_opening_at(after + 1) is not None
        if (
            mode == "plain"
            and flat.tokens[after].text == ","
            and flat.tokens[sep].text == ","
            and after < s_last - 1
            and not opens_quote
            and subject[1] >= cue.first - 2
            # "Rates will stay on hold, Powell said, adding that ...": postposed, and a statement of its own
            and not self._participle_cue_at(after + 1)
        ):
            # Parenthetical: "If diplomacy fails, he said, the alliance ...".
            before_part = (self._clause_start(s_first, sep), sep - 1)
            after_part = (after + 1, self._content_end(after + 1, s_last, cue))
            return Frame(cue, subject, self._choose_side(before_part, after_part))
        if flat.lower(cue.last + 1) == "," and self._object_fronted(s_first, cue.first):
            return None  # "When asked whom she supported, Ms. Sherry smiled": the object went ahead
        quote_follows = opens_quote or self._quote_opening_at(after) is not None
        if flat.lower(cue.last + 1) == "," and not quote_follows and self._closes_a_fronted_clause(s_first, subject):
            return None  # "Asked whether Moscow would respond, Peskov declined": the main clause is no content
        if (
            flat.lower(cue.last + 1) == ","
            and not quote_follows
            and self._opens_a_time_clause(s_first, subject[0], cue.weak)
        ):
            return None  # "As Blumenthal spoke, the NRA was going into overdrive": no content
        if cue.weak and not self._strong_opening(after, s_last, cue) and not self._evidence_finds(cue, subject):
            return None
        if (
            cue.lemma == "name"
            and flat.lower(after) not in ("that", "as")
            and any(flat.lower(t) == "after" for t in range(after, min(s_last, after + 6) + 1))
        ):
            return None  # "named his dog after Ronald Reagan": a name given, not a position
        if cue.lemma == "claim" and self._claims_a_prize(after, s_last):
            return None  # "claimed his 50th career win", "claimed the lives of": won or took, not said
        if cue.lemma == "say" and flat.lower(after) in _FORMULAS and not self._clause_goes_on(after + 1):
            return None  # "said goodbye to his staff": a farewell, not a position ("said thanks were due" is one)
        if self._physical_act(cue, after, s_last):
            return None  # "A bus slammed into a truck", "attacked Kharkiv with drones": done, not said
        if cue.lemma == "call" and cue.first == cue.last and self._phones(after, s_last):
            return None  # "called police after hearing screams": phoned, said nothing
        if cue.lemma == "rule" and "out" in (flat.lower(cue.last + 1), flat.lower(cue.last + 2)):
            return None  # "ruled that out": a refusal to consider, and "that" is its object
        if cue.lemma == "write" and flat.lower(after) == "for":
            return None  # "Jack Kelly, writing for RealClearPolitics": a byline, not what was written
        if cue.lemma in _WH_TAKERS:
            after = self._wh_at(after, s_last) or after  # the question, not whom it was put to
        end = self._content_end(after, s_last, cue)
        if cue.family == "speech" and self._only_a_setting(after, end):
            return None  # "..., the diplomat said in an interview with The Washington Post."
        if flat.lower(after) in ("on", "via") and flat.lower(after + 1) in _PLATFORMS and end - after <= 3:
            return None  # "hit back on Twitter, writing that ...": where, and the participle says what
        quoted = self._quote_after_adjuncts(after, end)
        if quoted is not None:
            after, end = quoted
        if self._fronted_subordinate(cue, s_first, subject):
            end = self._subordinate_end(after, end)
        if cue.lemma in _NAMING_CUES:
            end = self._name_end(after, end)
        if mode == "shared" and self._participle(cue) and flat.lower(subject[1] + 1) == "," and subject[1] < cue.first:
            end = self._interruption_end(after, end)
        if self._object_content(after, s_last):
            # stance objects end at any clause boundary; other cues' only at a new clause's verb
            object_end = self._object_end if cue.family in _OBJECT_FAMILIES else self._new_clause_end
            end = object_end(after, end)
        relative = None
        if mode == "relative":
            if self._quote_opening_at(after) is None:  # 'a message that said, "Sorry, but …"': the whole quote
                end = self._until_comma(after, end)
            # "Voters who backed Trump said ...": the main clause's cue ends the relative clause
            k = bisect.bisect_right(self.cue_starts, cue.last)
            if k < len(self.cue_starts) and self.cue_starts[k] <= end:
                nxt = self.cue_starts[k]
                if (
                    self.cue_at[nxt].lemma in _MAIN_SPEECH_LEMMAS
                    and not self._has_finite_verb(after, nxt - 1)
                    and self._restrictive_relative(nxt - 1, s_first) is not None
                ):
                    end = self._skip_back(nxt - 1, after + 1)
            relative = next(
                (k for k in range(subject[1] + 1, cue.first) if flat.lower(k) in ("who", "which", "that")), None
            )
            if relative is not None and cue.infinitive and self._infinitive_at(after, s_last):
                # "Voters who wanted to attend could not": an infinitive holds no finite verb, so
                # the next one is the main clause's
                end = self._finite_verb_end(after, end)
            elif relative is not None and self._stance_object(cue, after):
                end = self._object_end(after, end)  # "Democrats who support Sanders are few"
        if end < after or (end - after <= 1 and flat.lower(after) in ("when", "where", "why", "how", "who", "whether")):
            return None  # "but did not say when.": nothing said
        return Frame(cue, subject, (after, end), appositive, relative)

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

    def _closes_a_fronted_clause(self, s_first: int, subject: tuple[int, int]) -> bool:
        """Does a cue right before a comma end a clause that only leads into the main one: a
        relative ("the allegations, which Mr. Ailes denies, ..."), a participle's wh-clause ("Asked
        whether Moscow would respond, ...") or a subordinate clause ("By the time the primaries
        concluded, ...")? "As Politico reported, ..." is left to the as-clause rules."""
        flat = self.flat
        if flat.lower(subject[0] - 1) in ("which", "whom"):
            return True
        if all(flat.tag(k) in ("RB", "RBR") for k in range(subject[0], subject[1] + 1)):
            return True  # "Eagerly anticipated, ...": a fronted participle with no subject at all
        k = s_first + (1 if flat.tag(s_first) == "CC" else 0)
        if any(flat.lower(t) == "," for t in range(k, subject[0])):
            return False
        opener = flat.lower(k)
        if opener == "by":
            return [flat.lower(k + 1), flat.lower(k + 2)] == ["the", "time"]
        return (opener in _CLAUSE_BOUND_OPENERS and opener != "as") or (
            flat.tag(k) in ("VBN", "VBG") and subject[0] > k + 1
        )

    def _quote_after_adjuncts(self, start: int, end: int) -> tuple[int, int] | None:
        """ "wrote to his followers, “It's time ...,” and shared a link": the content is the
        quote after the adjuncts, up to its closing mark when the narrator goes on after it."""
        flat = self.flat
        k = start
        while k <= end and k - start < 12 and flat.tag(k) in _ADJUNCT_TAGS:
            k += 1
        if k == start or k > end or flat.lower(k) not in (",", ":"):
            return None
        q = self._quote_opening_at(k + 1)
        if q is None or q.close is None or q.close > end:
            return None
        tail = q.close + 1
        if tail <= end and flat.lower(tail) in (",", "and") and flat.lower(tail + 1) in ("and", "but"):
            return q.open, q.close
        if tail <= end and flat.lower(tail) == "and" and flat.tag(tail + 1).startswith("VB"):
            return q.open, q.close
        return q.open, end

    def _opens_a_time_clause(self, s_first: int, subject_first: int, weak: bool) -> bool:
        """Does the sentence open with a time clause whose subject starts at ``subject_first``
        ("As Blumenthal spoke, ...", "After Clinton testified, ...")? "As X said, ..." introduces
        what X said, so "as" counts only before a weak cue."""
        flat = self.flat
        k = s_first + (1 if flat.tag(s_first) == "CC" else 0)
        opener = flat.lower(k)
        return (opener in _TIME_OPENERS and (opener != "as" or weak)) and subject_first == k + 1

    def _fronted_subordinate(self, cue: Cue, s_first: int, subject: tuple[int, int]) -> bool:
        """Is the cue inside a sentence-opening subordinate clause ("Although she said A, B")?
        Then the content ends with that clause, and the main clause is the narrator's."""
        flat = self.flat
        # "With polls showing her well behind, Clinton campaigned": a participle's "with" clause too
        opener = flat.lower(s_first) in _CLAUSE_BOUND_OPENERS or (
            flat.lower(s_first) == "with" and flat.tag(cue.first) == "VBG"
        )
        if not opener or not s_first < subject[0] < cue.first:
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

    def _passive_participle(self, cue: Cue) -> bool:
        """Does the cue describe the noun before it in the passive ("The ship, named after Reed,",
        "a contractor accused of spying", "officials, called superdelegates,")? That noun is what
        was named or accused, never the source."""
        flat = self.flat
        if cue.first != cue.last or flat.tag(cue.first) != "VBN":
            return False
        # the word after the cue, not the content; an active verb is often tagged VBN too
        # ("Kasich, a contender, predicted at the debate that ..."), so only the prepositions of
        # a passive count
        nxt = flat.lower(cue.last + 1)
        if flat.lower(cue.first - 1) == ",":
            # "officials, called superdelegates," but not "Cooper, the nominee, called Friday for ..."
            naming = cue.lemma in _NAMING_CUES and nxt not in ("for", "on") and nxt not in WEEKDAYS
            return naming or nxt in ("after", "as", "by")
        if (
            cue.lemma in ("name", "nominate", "list")
            and flat.tag(cue.first - 1) in ("NN", "NNS")
            and flat.tag(cue.last + 1) in ("IN", "TO", ",", ".")
        ):
            return True  # "the first woman nominated for president", "people named in the report"
        return nxt in _PASSIVE_PREPS and flat.tag(cue.first - 1) in ("NN", "NNS") and cue.family != "speech"

    def _stance_object(self, cue: Cue, after: int) -> bool:
        """Is the content the object of a stance cue ("support Sanders"), never a clause of its own?"""
        flat = self.flat
        return (
            cue.family == "stance"
            and flat.lower(after) not in ("that", "to")
            and flat.lower(after - 1) not in ("that", ":")
            and after not in self.by_open
        )

    def _outside_quotes(self, start: int, end: int) -> Iterator[int]:
        """Tokens ``start``..``end`` that lie outside quotes closing by ``end``: 'Trump's claim that
        Obama “founded ISIS,”': the verbs inside a quote are not the narrator's."""
        k = start
        while k <= end:
            quoted = self.by_open.get(k)
            if quoted is not None and quoted.close is not None and quoted.close <= end:
                k = quoted.close + 1
                continue
            yield k
            k += 1

    def _finite_verb_end(self, start: int, end: int) -> int:
        """The content ends before the next finite verb outside a quote."""
        for k in self._outside_quotes(start + 1, end):
            if self.flat.tag(k) in _FINITE:
                return self._skip_back(k - 1, start, ("RB", ",", "CC"))
        return end

    def _object_end(self, start: int, end: int) -> int:
        """A bare object ends at the next comma, dash or semicolon, or where a verb of the
        narrator's starts ("denied the charges and counter-accused her", "... his candidacy warned")."""
        flat = self.flat
        relative_open = False  # "condemned the raids in which 121 people were taken": the clause's own verb
        for k in self._outside_quotes(start + 1, end):
            low, tag = flat.lower(k), flat.tag(k)
            if low == "that" and tag == "IN" and flat.tag(k - 1) in ("NN", "NNS"):
                return end  # "expressed concern that donors would divert money": the noun's clause goes on
            if low == "," and flat.lower(k + 1) in ("including", "especially", "notably"):
                continue  # "defended their strategy, including the decision to ...": still the object
            if low in (",", ";") or low in DASHES:
                return k - 1
            if tag in ("WDT", "WP"):
                relative_open = True
            elif tag in _FINITE:
                before = max(self._skip_back(k - 1, start), start)  # "... in 2007 now run": not the adverb
                if not relative_open:
                    return before
                # "the deadlock that effectively blocked the plan": the object's own relative clause
                relative_open = False
            if low in ("and", "but") and flat.tag(k + 1) in ("VBD", "VBZ", "VBP", "RB"):
                return k - 1
            if (
                (
                    (low in _SETTING_PREPS or low == "on")
                    and self._a_setting_at(k + 1, end)
                    and flat.lower(k - 1) not in _EVENT_NOUNS
                )
                or (low == "by" and flat.tag(k + 1) == "VBG")
            ) and not (any(flat.tag(t).startswith("VB") for t in range(start, k)) or self._object_resumes(k + 1, end)):
                # "endorsed Mr. Trump at a news conference", "attacked Fiorina by reminding voters":
                # where and how, not what; but in "accused him of grabbing her at a rally" or "of
                # threatening an invasion by massing troops" they are part of what was said
                return k - 1
        return end

    def _new_clause_end(self, start: int, end: int) -> int:
        """A bare object ends where ", and" or "but" opens a clause with a verb of its own
        ("explained the phenomenon decades ago, but people keep falling for it", "reported it to
        the F.B.I., and removed it on Thursday"): the narrator goes on. A finite verb before the
        join, other than a relative clause's, shows the content is a clause after all ("said
        Facebook created the tool …, and it has activated it"), and it is left whole."""
        flat = self.flat
        relative_open = relative_seen = False
        for k in self._outside_quotes(start + 1, end):
            low, tag = flat.lower(k), flat.tag(k)
            if tag in ("WDT", "WP"):
                relative_open = relative_seen = True
            elif tag in _FINITE:
                if not relative_open:
                    return end
                relative_open = False
            if not (low == "but" or (low == "and" and flat.lower(k - 1) == ",")) or k - start < 2:
                continue
            t = k + 1
            while t <= end and t - k <= 6 and (flat.tag(t) in NP_TAGS or flat.tag(t) in ("JJ", "CD", "POS", "PRP")):
                t += 1
            subject = t > k + 1
            while t <= end and flat.tag(t) in ("RB", "RBR"):
                t += 1
            # "candidates who could have run but didn't": a relative clause's own second verb
            if flat.tag(t) in _FINITE and (subject or not relative_seen):
                return self._skip_back(k - 1, start, (",",))
        return end

    def _object_resumes(self, k: int, end: int) -> bool:
        """After a setting in the middle of an object, does the object go on ("attacked Trump at a
        rally as a fraud", "criticized the decision on Monday to release ...")?"""
        flat = self.flat
        for t in range(k, end + 1):
            low, tag = flat.lower(t), flat.tag(t)
            if low in ("as", "for") or (low, flat.tag(t + 1)) in (("to", "VB"), ("of", "VBG")):
                return True
            if low in (",", ";", "and", "but") or low in DASHES or tag in _FINITE:
                return False
        return False

    def _a_setting_at(self, k: int, end: int) -> bool:
        """Does a noun phrase naming an occasion or a time start at ``k`` ("a rally in Iowa",
        "the fifth Republican debate", "Tuesday night")?"""
        flat = self.flat
        for t in range(k, min(end, k + 6) + 1):
            low, tag = flat.lower(t), flat.tag(t)
            if low in _OCCASIONS or self._time_word(t):
                return True
            if not (tag in NP_TAGS or tag in ("JJ", "CD", "POS") or low == "'s"):
                return False
        return False

    def dash_frames(self) -> list[Frame]:
        """ "“We deserve better.” ― Ana Ruiz": a quote signed with a dash and a name, as in
        epigraphs and collected reader quotes; the name must end its line or clause."""
        flat = self.flat
        frames: list[Frame] = []
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
            frames.append(Frame(cue, (k + 1, last), (q.open, close)))
        return frames

    def colon_frames(self, index: ActorIndex) -> list[Frame]:
        """ "Reid: ‘Never underestimate Trump.’" — a headline or paragraph opening with a known
        actor's name and a colon attributes what follows to that actor."""
        flat = self.flat
        frames: list[Frame] = []
        for s_first, s_last in flat.sent_range:
            colon = next((k for k in range(s_first + 1, min(s_last, s_first + 4) + 1) if flat.lower(k) == ":"), None)
            # an interview's "Dr Okafor: Completely. I never wanted anything else." runs to the paragraph end
            para_last = flat.para_range(s_first)[1] if flat.para_range(s_first)[0] == s_first else s_last
            if colon is None or sum(flat.tokens[k].text[:1].isalpha() for k in range(colon + 1, para_last + 1)) < 2:
                continue  # "Twitter: @Milbank.": no words said
            if len(flat.tokens[colon - 1].text) < 2 or flat.lower(colon - 1) in _LABELS:
                continue  # "Q:", "A:" interview labels, "Note:", "Update:"
            if past_dateline(flat, s_first, s_last) == colon + 1:
                continue  # "KOLKATA: Chief minister ... said": a dateline, not a source
            named = all(
                flat.tokens[k].text[:1].isupper() or flat.lower(k) in _POSSESSIVE for k in range(s_first, colon)
            )
            known = index.by_name(flat, s_first, colon - 1) if named else None
            # the phrase's head comes before a preposition: "The message to voters", "Clinton to Planned Parenthood"
            head = next((k - 1 for k in range(s_first + 1, colon) if flat.lower(k) in NP_PREPS), colon - 1)
            if not (
                (named and self._names_a_source(index, s_first, head))  # "Insiders: ...", "Poll: ..."
                or (known is not None and known.type in ("person", "organization"))  # "Graham: ...", "TAPPER: ..."
                or self._names_someone(index, s_first, head)  # "Clinton camp: ..."
            ):
                continue  # not "The message to voters: stay home"
            cue = Cue(colon, colon, ":", weak=False, family="phrase")
            end = self._content_end(colon + 1, s_last, cue)
            if para_last > s_last and known is not None and known.type == "person" and end == s_last:
                end = para_last  # a transcript's answer: every sentence of the paragraph is the speaker's
            frames.append(Frame(cue, (s_first, colon - 1), (colon + 1, end)))
        return frames + self._quote_colon_frames(index, {f.cue.first for f in frames})

    def _quote_colon_frames(self, index: ActorIndex, taken: set[int]) -> list[Frame]:
        """ "... doesn't surprise pollster Daron Shaw: “...”", "More from the report: “...”": a
        source phrase, then a colon, then a quotation; the phrase must name someone (an actor
        mention, a group or a role) or a document that speaks."""
        flat = self.flat
        frames: list[Frame] = []
        for colon in range(1, len(flat)):
            if flat.tokens[colon].text != ":" or colon in taken:
                continue
            q = self._quote_opening_at(colon + 1)
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
            if self._artifact(*chunk) and flat.tag(chunk[0] - 1).startswith("VB") and chunk[0] - 1 > s_first:
                # "Trump released the following statement: “...”": the one who released it speaks
                issuer = self._main_subject(s_first, chunk[0] - 1, need_verb=True)
                chunk = issuer if issuer is not None else chunk
            close = q.close if q.close is not None else q.last
            cue = Cue(colon, colon, ":", weak=False, family="phrase")
            frames.append(Frame(cue, chunk, (q.open, close)))
        return frames

    def _names_someone(self, index: ActorIndex, first: int, last: int) -> bool:
        """Does the phrase name a person or an organisation, or end in a group or role noun?"""
        flat = self.flat
        head = flat.lower(last)
        if head in GROUP_HEADS or head in ROLE_HEADS:
            return True
        found = index.mentions(flat.tokens[first].start, flat.tokens[last].end)
        return any(a.type in ("person", "organization") for a, _s, _e in found)

    def _names_a_source(self, index: ActorIndex, first: int, last: int) -> bool:
        """Someone, or a document that speaks ("the report", "Poll")."""
        head = self.flat.lower(last)
        return head in _ARTIFACT_HEADS or head in EVIDENCE_SOURCES or self._names_someone(index, first, last)

    def _participle(self, cue: Cue) -> bool:
        """Is the cue's verb an -ing form ("saying", "referring to")?"""
        return any(self.flat.tag(k) == "VBG" for k in range(cue.first, cue.last + 1))

    def _opens_sentence(self, cue: Cue, s_first: int) -> bool:
        k = s_first
        while k < cue.first and (self.flat.tag(k) in ("CC", "RB") or k in self.by_close or self.flat.lower(k) == ","):
            k += 1  # "But, said Solovey, “...”"
        return k == cue.first

    def _next_paragraph(
        self, cue: Cue, subject: tuple[int, int], s_last: int, appositive: bool = False
    ) -> Frame | None:
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
        return Frame(cue, subject, (k, end), appositive)

    def _quote_after_a_closed_cue(self, subject: tuple[int, int], s_first: int, s_last: int) -> tuple[int, int] | None:
        """ "Sam Lau said in a statement. “There are no ballots ...”": copy that ends the cue
        sentence with a stop where a colon belongs. The quote opening the next sentence (in
        this paragraph or the next) is the content, unless a cue of its own follows it."""
        flat = self.flat
        opener = s_first + (1 if flat.tag(s_first) == "CC" else 0)
        if flat.tokens[s_last].text != "." or subject[0] != opener or s_last + 1 >= len(flat):
            return None
        k = s_last + 1
        q = self.by_open.get(k) or (self.by_open.get(k + 1) if k in flat.half else None)
        if q is None or q.close is None or flat.para[k] - flat.para[s_last] > 1 or title_case(flat, q):
            return None
        end = flat.sent_range[flat.sent[q.close]][1]
        # "“...,” he added." or "“...?” Lau asked.": the quote has a cue of its own
        tail = q.close + 1
        own_cue = (
            tail < len(flat)
            and flat.para[tail] == flat.para[q.close]
            and any(t in self.cue_at for t in range(tail, flat.sent_range[flat.sent[tail]][1] + 1))
        )
        return None if own_cue else (k, end)

    def _coordinated_subject(self, cue: Cue, s_first: int) -> tuple[int, int] | None:
        """ "Cruz exhorted Republicans to ... and said he was ...": a verb coordinated with the
        main verb shares the sentence's subject."""
        flat = self.flat
        j = self._skip_back(cue.first - 1, s_first)
        if flat.lower(j) not in ("and", "but") or j <= s_first:
            return None
        relative = next((t for t in range(j - 1, s_first, -1) if flat.lower(t) in ("who", "which", ",")), None)
        if relative is not None and flat.lower(relative) != ",":
            return None  # "residents, who marched to city hall and said …": the relative clause's verb
        report = next((self.cue_at[t] for t in range(j - 1, s_first - 1, -1) if t in self.cue_at), None)
        if report is not None and self._backshifted_in_content(report, report.last + 1, j):
            return None  # "said his client was upset and would consider an appeal": the client's, reported
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
        if not (flat.tag(nxt) in ("IN", "RB", "TO", ",", ".") or flat.lower(nxt) in WEEKDAYS or self._date_at(nxt)):
            return False
        if cue.infinitive and self._infinitive_at(nxt, s_last) and flat.lower(nxt + 1) not in ("know", "ask", "learn"):
            return False  # "..., the RNC agreed to allow Trump ...": the infinitive is the content
        if flat.tokens[nxt].text == "," and self._clause_at(nxt + 1, s_last):
            return False  # "In the end, Mr. Rosenthal said, union voters ...": parenthetical
        if flat.lower(after - 1) in ("that", ":") or after in self.by_open:
            return False
        k = after
        while k <= s_last:
            tag = flat.tag(k)
            if flat.tokens[k].text == "," and (k > after or (k > cue.last + 1 and self._participle_cue_at(k + 1))):
                # "..., Hollande said Tuesday in Paris, noting ...": a new clause; but "...,
                # Canova wrote to his followers, “It's time ...”" goes on to its quote
                return self._quote_opening_at(k + 1) is None
            show = self._show_at(k) if k > after else None
            if show is not None:
                k = show + 1  # "..., he said on MSNBC's “Morning Joe.”": where, not what
                continue
            if tag in ("VBD", "VBZ", "VBP", "MD") or k in self.by_open or flat.tokens[k].text == ":":
                return False
            k += 1
        return True

    def _date_at(self, k: int) -> bool:
        """Does a date open at ``k`` ("late Wednesday", "last week", "this month", "March 3")?
        After a cue it is when the words were said, not what."""
        flat = self.flat
        low = flat.lower(k)
        if low in ("last", "late", "early", "this", "next", "earlier", "later"):
            return self._time_word(k + 1)
        return low in MONTHS and flat.tag(k + 1) == "CD"

    def _show_at(self, k: int) -> int | None:
        """The closing mark of a programme's title quoted at ``k`` (see ``_names_a_show``)."""
        q = self.by_open.get(k)
        return q.close if q is not None and q.close is not None and self._names_a_show(q) else None

    def _names_a_show(self, q: Quote) -> bool:
        """Is the title-case quote the programme or paper an adjunct names ("on “Fox News Sunday,”",
        "in The Times's “DealBook”")? The word before the mark belongs to the adjunct."""
        before = self.flat.lower(before_mark(self.flat, q))
        return before not in (",", ":", "that") and title_case(self.flat, q)

    def _shared_subject(self, cue: Cue, s_first: int, previous: Frame | None) -> tuple[int, int] | None:
        flat = self.flat
        if previous is None or flat.sent[previous.cue.last] != flat.sent[cue.last]:
            return None
        j = self._skip_back(cue.first - 1, s_first)
        lead = "," if j in self.by_close and flat.lower(j - 1) == "," else flat.lower(j)
        if lead in ("and", "but", "then") or lead in _PARTICIPLE_LEADS:
            return previous.subject
        return None

    def _clause_goes_on(self, k: int) -> bool:
        """Does a noun or verb follow at ``k`` ("said thanks were due", "said farewell events
        ...")? A preposition, adverb or the end does not ("said goodbye on Friday")."""
        tag = self.flat.tag(k)
        return tag.startswith(("NN", "VB")) or tag == "MD"

    def _skip_forward_adverbs(self, k: int, s_last: int) -> int:
        while k < s_last and self.flat.tag(k) in ("RB", "RBR"):
            k += 1
        return k

    def _time_phrase_opens(self, k: int) -> bool:
        """Does the time word at ``k`` open a time phrase ("On Tuesday", "last month", "Monday
        night", "Yesterday", a sentence-opening "Tuesday")? A month opening the sentence may be
        a first name ("April Ryan said")."""
        flat = self.flat
        low, before = flat.lower(k), flat.lower(k - 1)
        opens = k == 0 or flat.sent[k - 1] != flat.sent[k]
        return (
            before in _TIME_PHRASE_LEADS
            or (before in WEEKDAYS and before.endswith("day"))  # "Monday night"
            or low in ("yesterday", "today", "tonight")
            or (opens and low not in MONTHS)
        )

    def _claims_a_prize(self, after: int, s_last: int) -> bool:
        """Is the object of "claim" a prize, a seat or lives ("claimed victory", "claimed the
        title", "claimed three seats"), the noun heading its first few words?"""
        flat = self.flat
        for k in range(after, min(s_last, after + 5) + 1):
            if flat.lower(k) in _PRIZES:
                # not "claimed the election win was stolen": the object's own verb makes it a clause
                verb = self._skip_forward_adverbs(k + 1, s_last)
                return flat.tag(verb) not in _FINITE
            if not (flat.tag(k) in NP_TAGS or flat.tag(k) in ("JJ", "CD", "POS")):
                return False
        return False

    def _quoted_as(self, cue: Cue, s_first: int) -> bool:
        """ "The minister was quoted by Reuters as saying ...": the subject of "was quoted" speaks."""
        flat = self.flat
        return flat.lower(cue.first - 1) == "as" and any(
            flat.lower(k) == "quoted" for k in range(max(s_first, cue.first - 8), cue.first - 1)
        )

    def _participle_cue_at(self, k: int) -> bool:
        """Does a participle cue start at ``k``, after a lead adverb or two (", also warning that")?"""
        while self.flat.tag(k) == "RB" and self.flat.lower(k) in _LEAD_ADVERBS:
            k += 1
        return self.flat.tag(k) == "VBG" and k in self.cue_at

    def _lead_before(self, cue: Cue) -> str:
        """The word before the cue; a comma when it is a closing quote after a comma (“...,” adding)."""
        flat = self.flat
        j = cue.first - 1
        if self._participle(cue):
            while j > 0 and flat.tag(j) == "RB" and (flat.lower(j).endswith("ly") or flat.lower(j) in _LEAD_ADVERBS):
                j -= 1  # "after initially saying", "..., also alluding to"
        return "," if j in self.by_close and flat.lower(j - 1) == "," else flat.lower(j)

    def _clause_start(self, s_first: int, sep: int) -> int:
        """Start of the clause ending at ``sep``: sentence start, or an opener quote's start."""
        for k in range(s_first, sep):
            q = self.by_close.get(k)
            if q is not None and q.open < s_first:
                return q.open
        return past_dateline(self.flat, s_first, sep)

    # --- the source -------------------------------------------------------------------

    def _subject_before(self, cue: Cue, s_first: int) -> tuple[tuple[int, int], str] | None:
        """The source phrase before the cue and how it attaches: "plain" (next to the verb),
        "appositive" ("Name, description, said") or "relative" ("Name, who has said")."""
        flat = self.flat
        j = cue.first - 1
        if j == s_first and self._name_read_as_modifier(j):
            return (j, j), "plain"  # "Jolly said ...": a name the tagger read as an adverb
        if (
            flat.tag(j) in ("VBZ", "VBD", "VBP", "VB")
            and flat.tokens[j].text[:1].isupper()
            and (j - 1 in self.by_close or flat.lower(j - 1) == ",")
            and flat.lower(j) not in AUX | BE
        ):
            return (j, j), "plain"  # '..., insiders,’ " Reeves wrote': a name the tagger read as a verb
        j = self._skip_back(j, s_first, ("RB", "MD", "EX"))
        reduced = self._reduced_relative_before(j, s_first)
        if reduced is not None:
            return reduced, "plain"
        while j > s_first and (self._mistagged_adverb(j) or self._time_phrase_end(j)):
            # "Rubio only briefly explained", "Priebus, the GOP chairman, this past week announced"
            timed = self._time_phrase_end(j)
            j = self._time_phrase_start(j) - 1 if timed else j - 1
            if timed and self._postmodifying_participle(j):
                j -= 1  # "A CNN poll released on Tuesday showed": the poll
            j = self._skip_back(j, s_first, ("RB", "MD", "EX"))
        while not self._participle(cue) and (width := self._aside_before(j, s_first)):
            j -= width + 2  # "A YouGov poll of American voters, however, revealed ...": the aside is not the source
            if flat.lower(j) in AUX and j - 1 >= s_first:
                j -= 1  # "... voters has, however, revealed"
        if flat.lower(j) in ("both", "all", "each") and j > s_first:
            # "X and Y have both argued": a quantifier floated off the subject before it
            k = self._skip_back(j - 1, s_first, ("RB", "MD", "EX"))
            if k >= s_first and (flat.tag(k) in NOUN_TAGS or flat.tag(k) == "PRP" or flat.lower(k) == ")"):
                j = k
        if j >= s_first and self._title_closes_apposition(j, s_first):
            # 'Trump, star of the show "The Apprentice," said ...': a quoted title ends the description
            comma = j - 1 if flat.lower(j - 1) == "," else j
            region = self._appositive_region(s_first, comma)
            return (region, "appositive") if region is not None else None
        if j < s_first:
            return None
        if j in self.by_close:
            named = self._name_before_a_quoting_aside(j, s_first)
            return (named, "plain") if named is not None else None
        low, tag = flat.lower(j), flat.tag(j)
        if low == ")":
            # "Rep. Gwen Moore (D-Wis.) said": the bracket is skipped, the name is the source
            k = j - 1
            while k > max(s_first, j - 25) and flat.tokens[k].text != "(":
                k -= 1
            chunk = self._chunk_back(k - 1, s_first) if flat.tokens[k].text == "(" else None
            return (chunk, "plain") if chunk is not None else None
        if low in DASHES or (low == "-" and flat.lower(j - 1) == "-"):
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
            and (flat.lower(j - 2) in QUANTITIES or flat.tag(j - 2) == "CD")
        ):
            return (j - 2, j), "plain"  # "most of them said", "two of those said": part of a known group
        if low in POLLED and j - 1 >= s_first:
            # "those surveyed said", "voters polled said": the people a poll asked
            if flat.lower(j - 1) in ("those", "people"):
                return (j - 1, j), "plain"
            plural = flat.tag(j - 1) in ("NNS", "NNPS") or flat.lower(j - 1).endswith("s")  # "Cuban-Americans polled"
            chunk = self._chunk_back(j - 1, s_first) if plural else None
            return ((chunk[0], j), "plain") if chunk is not None else None  # "the senators surveyed"
        if low in _OBJECT_PRONOUNS and flat.lower(j - 1) in NP_PREPS and self._postmodifier_at(j - 2):
            chunk = self._chunk_back(j - 3, s_first)  # "a source close to him said"
            return ((chunk[0], j), "plain") if chunk is not None else None
        if low in PRONOUNS and tag.startswith("PRP"):
            return (j, j), "plain"
        if low in ("who", "which") or (
            low == "that" and tag == "WDT" and flat.tag(j - 1) in ("NN", "NNS") and cue.family == "speech"
        ):
            # "X, who said ...", "water bottles that said, “...”": the antecedent is the source
            k = j - 1
            if k >= s_first and flat.tokens[k].text == ",":
                k -= 1
            predicate = self._subject_of_a_predicate(k, s_first) if low == "who" else None
            if predicate is not None:
                return predicate, "relative"
            chunk = self._chunk_back(k, s_first)
            if chunk is None:
                return None
            # "frayed nerves in European allies Finland and Sweden, which ...": the antecedent is
            # the noun phrase next to the relative pronoun, after the last preposition
            preps = [
                t
                for t in range(chunk[0] + 1, chunk[1])
                if flat.lower(t) in NP_PREPS - {"of"} and flat.lower(t - 1) not in SOURCE_POSTMODIFIERS
            ]
            chunk = (preps[-1] + 1, chunk[1]) if preps else chunk
            if low == "who":
                # "the minds of Americans who want ...": the people, not what they have
                chunk = self._described_name(chunk, s_first) or self._agent_of_a_participle(*chunk)
            b = chunk[0] - 1 - (1 if flat.lower(chunk[0] - 1) in ("now", "also", "then") else 0)
            if flat.tokens[chunk[1]].text[:1].islower() and flat.lower(b) == "," and flat.tag(b - 1) == "NNP":
                # "McConnell, now the Senate majority leader, who ...": the relative clause and
                # the appositive both describe the name
                named = self._chunk_back(b - 1, s_first)
                if named is not None and flat.tag(named[0] - 1) not in ("IN", "TO"):
                    chunk = named  # but not "In Iowa, 40 percent of voters who ...": a fronted place
            return chunk, "relative"
        if low == ",":
            if self._participle(cue):
                main = self._participle_subject(s_first, j)
                return (main, "plain") if main is not None and self.agentive(*main) else None
            if j in self.by_close or j - 1 in self.by_close:
                named = self._name_before_a_quoting_aside(j, s_first)
                return (named, "plain") if named is not None else None
            region = self._appositive_region(s_first, j)
            return (region, "appositive") if region is not None else None
        restrictive = (
            self._restrictive_relative(j, s_first) if cue.lemma in _MAIN_SPEECH_LEMMAS or tag in NP_TAGS else None
        )  # "Voters who support Trump will vote for him": the voters, not Trump
        if restrictive is not None:
            return restrictive, "plain"
        modified = self._noun_before_a_passive(j, s_first)
        if modified is not None:
            # "A man charged with murder told the court", "Workers named in the report have denied
            # it": the noun the participle describes, not its complement
            chunk = self._chunk_back(modified, s_first)
            return (chunk, "plain") if chunk is not None else None
        if tag in NP_TAGS or low in _POSSESSIVE:
            chunk = self._chunk_back(j, s_first)
            if chunk is None:
                return None
            named = self._name_before_an_unclosed_apposition(chunk, s_first)
            return (named, "appositive") if named is not None else (chunk, "plain")
        return None

    def _name_before_an_unclosed_apposition(self, chunk: tuple[int, int], s_first: int) -> tuple[int, int] | None:
        """ "Doug Andres, a spokesman for Paul Ryan told the Post": copy that drops the comma
        closing the description still names the source first. Only a name opening the subject
        (the sentence, or after a quote's closing mark) and a role-headed description qualify."""
        flat = self.flat
        first, last = chunk
        if flat.lower(first) not in ("a", "an", "the") or flat.lower(first - 1) != ",":
            return None
        if flat.lower(last + 2) == ",":
            return None  # "Ukraine, a spokesman for the Kremlin said, must withdraw": a parenthetical cue
        if not any(flat.lower(t) in ROLE_HEADS for t in range(first + 1, min(last, first + 3) + 1)):
            return None
        name = self._chunk_back(first - 2, s_first)
        if name is None or not all(flat.tag(t) == "NNP" or flat.lower(t) == "." for t in range(name[0], name[1] + 1)):
            return None
        if name[0] == name[1]:
            return None  # a person's full name, not "Apple, a spokesman for the regulator"
        before = name[0] - 1
        opens = (
            name[0] == s_first or before in self.by_close or (flat.lower(before) == "," and before - 1 in self.by_close)
        )
        return (name[0], last) if opens else None

    def _reduced_relative_before(self, j: int, s_first: int) -> tuple[int, int] | None:
        """ "Some of the residents we spoke to said", "Several parents I interviewed said",
        "Residents the BBC spoke to said": people, then a relative clause without "who" whose
        subject is the reporter or the outlet; the people are the source."""
        flat = self.flat
        v = j - 1 if flat.lower(j) in ("to", "with") else j
        if flat.tag(v) != "VBD" or flat.lower(v) not in _MET_WITH:
            return None
        k = v - 1
        if flat.lower(k) in ("we", "i", "they"):
            noun = k - 1
        else:
            while k > s_first and flat.tag(k) == "NNP":
                k -= 1  # "the BBC"
            if k == v - 1:
                return None
            noun = k - 1 if flat.lower(k) == "the" else k
        if noun < s_first or flat.tag(noun) not in ("NNS", "NNPS"):
            return None
        return self._chunk_back(noun, s_first)

    def _noun_before_a_passive(self, j: int, s_first: int) -> int | None:
        """The common noun before a passive participle phrase ending at ``j`` ("a man [charged
        with murder]", "workers [named in the report]"), or None."""
        flat = self.flat
        for v in range(j - 1, max(s_first, j - 7), -1):
            tag = flat.tag(v)
            if tag == "VBN":
                # one preposition, right after the participle: not "The summit ended on Wednesday
                # with diplomats saying ...", where "ended" is the main verb
                if (
                    flat.tag(v + 1) == "IN"
                    and not any(flat.tag(t) == "IN" for t in range(v + 2, j + 1))
                    and v - 1 >= s_first
                    and flat.tag(v - 1) in ("NN", "NNS")
                ):
                    return v - 1
                return None
            if not (tag in NP_TAGS or tag in ("IN", "JJ", "CD", "VBG", "POS") or flat.lower(v) in _POSSESSIVE):
                return None
        return None

    def _name_before_a_quoting_aside(self, j: int, s_first: int) -> tuple[int, int] | None:
        """ "Mr. Manafort, citing ''the magic of Trump,'' said": a participle aside that quotes
        something ends at the quote before the cue; the name opening the sentence is the source."""
        flat = self.flat
        aside = next((c for c in range(s_first + 1, j) if flat.lower(c) == "," and flat.tag(c + 1) == "VBG"), None)
        if aside is None or not all(flat.tag(t) == "NNP" or flat.lower(t) == "." for t in range(s_first, aside)):
            return None
        return s_first, aside - 1

    def _aside_before(self, j: int, s_first: int) -> int:
        """The width of an aside between commas ending at the comma ``j``, or 0: a word like
        "however", a few words opening with an adverb and holding no verb, name or number ("he,
        once again, pledged"), or a set phrase ("Cole, for her part, said"). An appositive ("Cole,
        the mayor, said") and the tail of a relative clause ("who lost her daughter in Aurora, in
        July 2012, said") are not asides."""
        flat = self.flat
        if flat.lower(j) != ",":
            return 0
        if j - 2 > s_first and flat.lower(j - 2) == "," and flat.lower(j - 1) in _ASIDES:
            return 1
        for width in (2, 3, 4):
            k = j - width - 1
            if k <= s_first or flat.lower(k) != ",":
                continue
            words = range(k + 1, j)
            opening = flat.tag(k + 1) == "RB" or " ".join(flat.lower(t) for t in words) in _ASIDE_PHRASES
            if opening and not any(
                flat.tag(t).startswith("VB")
                or flat.tag(t) in ("MD", "CD", "NNP")
                or t in self.by_open
                or t in self.by_close
                for t in words
            ):
                return width
            return 0
        return 0

    def _subject_of_a_predicate(self, end: int, s_first: int) -> tuple[int, int] | None:
        """ "Trump is a serial liar, racist, birther and bully who has pledged ...": a "who" after
        the nouns ending at ``end`` that "is" says a name is refers to that name."""
        flat = self.flat
        k = end
        while k > s_first and (flat.tag(k) in NP_TAGS or flat.tag(k) in ("JJ", "RB") or flat.lower(k) in (",", "and")):
            k -= 1
        if flat.lower(k) not in ("is", "was") or k - 1 < s_first or flat.tag(k - 1) != "NNP":
            return None
        if any(flat.lower(t) in ("not", "n't", "never", "no") for t in range(k, end + 1)):
            return None  # "Cole is not the mayor who said ...": someone else
        return self._chunk_back(k - 1, s_first)

    def _described_name(self, chunk: tuple[int, int], s_first: int) -> tuple[int, int] | None:
        """The name before an age or a hometown set off by commas ("Nicky Driscoll, 24, from
        Manchester, who ...", "Ann Cole, 52, who ..."): those describe the name, which is what
        the "who" is about."""
        flat = self.flat
        b = chunk[0] - 1
        if flat.lower(b) in ("from", "of", "in"):
            b -= 1  # the hometown's preposition
            if flat.lower(b) == "," and flat.tag(b - 1) == "CD" and flat.lower(b - 2) == ",":
                b -= 2  # and an age before it
        elif not (chunk[0] == chunk[1] and flat.tag(chunk[0]) == "CD"):
            return None
        if flat.lower(b) != "," or b - 1 < s_first or flat.tag(b - 1) != "NNP":
            return None
        return self._chunk_back(b - 1, s_first)

    def _restrictive_relative(self, j: int, s_first: int) -> tuple[int, int] | None:
        """The subject before a relative clause with no commas that ends at ``j``: "a White House
        official who spoke anonymously to discuss strategy said", "officials whose laws were
        struck down say"."""
        flat = self.flat
        for k in range(j, max(s_first, j - 20) - 1, -1):
            low = flat.lower(k)
            if low in (",", ";", ":") or k in self.by_close or k in self.by_open or low in DASHES:
                return None
            if low in ("and", "but", "or") and flat.tag(k + 1) in ("NNP", "PRP", "DT"):
                return None  # "Trump mocked the reporters who criticized him but Clinton said ..."
            if low in ("who", "whose") and k > s_first:
                if not self._has_finite_verb(k + 1, j):
                    return None
                chunk = self._chunk_back(k - 1, s_first)
                return chunk if chunk is not None and self.agentive(*chunk) else None
        return None

    def _title_closes_apposition(self, j: int, s_first: int) -> bool:
        """Does token ``j`` close a title-case title after a noun, with a comma earlier in the sentence?

        A closing mark (or a comma after one) then ends a short quoted title inside a description
        ("Washington, star of television's “Scandal,” thanked ...") rather than a quote before an
        inverted cue ("“We will win,” said Cole")."""
        flat = self.flat
        close = j if j in self.by_close else (j - 1 if flat.lower(j) == "," and j - 1 in self.by_close else None)
        if close is None:
            return False
        q = self.by_close[close]
        mark = before_mark(flat, q)
        return (
            mark >= s_first
            and flat.tag(mark) in ("NN", "NNS", "NNP", "NNPS", "POS", "JJ")
            and title_case(flat, q)
            and any(flat.lower(k) == "," for k in range(s_first, q.open))
        )

    def _postmodifier_at(self, k: int) -> bool:
        """Does an adjective or participle at ``k`` post-modify the noun before it, as in
        anonymous sourcing ("a source close to", "people familiar with")?"""
        flat = self.flat
        return k >= 1 and flat.lower(k) in SOURCE_POSTMODIFIERS and flat.tag(k - 1) in NOUN_TAGS

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
        year = YEAR.fullmatch(low) is not None and flat.lower(j - 1) in ("in", "since", "by")
        if not (low in TIME_NOUNS or low[:-1] in TIME_NOUNS or low in WEEKDAYS or low in MONTHS or year):
            return False
        if low in TIME_NOUNS and flat.tokens[j].text[:1].isupper():
            return False  # "In March, Day said": a capitalised "Day" is a name
        start = self._time_phrase_start(j)
        if flat.lower(start - 1) in (",", "—", "–", "--"):
            return True
        # with no comma, only a phrase that cannot be part of the source's name: "Warren on
        # Saturday said", "The department two weeks ago said", "who in 2010 said"
        led = start < j and (
            flat.lower(start) in ("on", "last", "this", "earlier", "in", "since") or flat.tag(start) == "CD"
        )
        # "New polls released Sunday showed": a bare day or month right after the participle
        led = led or ((low in WEEKDAYS or low in MONTHS) and self._postmodifying_participle(start - 1))
        before = start - 1
        if self._postmodifying_participle(before):
            before -= 1  # "A CNN poll released on Tuesday showed", "A poll out this week shows"
        return led and (flat.tag(before) in NOUN_TAGS or flat.lower(before) in ("who", "which", ")"))

    def _evidence_finds(self, cue: Cue, subject: tuple[int, int]) -> bool:
        """A poll, study or set of records "found" a bare object too ("A June poll found Trump
        receiving 20 percent", "One 2009 paper found improvements in math scores")."""
        return cue.family == "evidence" and any(
            self.flat.lower(k) in EVIDENCE_SOURCES for k in range(subject[0], subject[1] + 1)
        )

    def _postmodifying_participle(self, k: int) -> bool:
        """A participle (or "out") right after a noun: "a poll released ...", "a survey out ..."."""
        flat = self.flat
        return (flat.tag(k) == "VBN" or flat.lower(k) == "out") and flat.tag(k - 1) in NOUN_TAGS

    def _time_phrase_start(self, j: int) -> int:
        flat = self.flat
        k = j
        while k - 1 >= 0 and (
            flat.lower(k - 1) in TIME_LEADS
            or flat.lower(k - 1) in ("past", "the", "a", "this", "that")
            or flat.tag(k - 1) == "CD"
            or (flat.lower(k - 1) in WEEKDAYS and flat.lower(k) in TIME_NOUNS)  # "on Thursday evening"
        ):
            k -= 1
        return k

    def people_before(self, i: int) -> tuple[int, int] | None:
        """The people a "they" at ``i`` refers to when no organisation does: the nearest plural
        noun phrase naming people or groups before it in its sentence or the one before ("Aides
        said ..., and they rejected", "As Republicans scrambled, they proposed"), outside quotes."""
        flat = self.flat
        sent = flat.sent[i]
        floor = flat.sent_range[sent - 1][0] if sent > 0 else flat.sent_range[sent][0]
        for k in range(i - 1, floor - 1, -1):
            if k in self.by_close:
                opening = self.by_close[k].open
                if opening < floor:
                    return None
                continue
            low, tag = flat.lower(k), flat.tag(k)
            party = tag == "NNP" and low.endswith(("ans", "ats", "ists"))  # "Republicans" read as NNP
            if not (tag in ("NNS", "NNPS") or party) or flat.tag(k + 1) in NOUN_TAGS:
                continue  # a head noun only: "Trump supporters", not "Trump" in it
            if low in EVIDENCE_SOURCES or low in _THINGS:
                continue  # "The numbers are clear. They ...", "security barriers"
            if not (
                low in GROUP_HEADS or tag == "NNPS" or party or low.endswith(("ers", "ists", "ans", "ants", "ives"))
            ):
                continue
            if tag == "NNPS" and flat.tag(k - 1) == "NNP" and not low.endswith(("ans", "ers", "ats")):
                continue  # "the United States": a place, not people
            chunk = self._chunk_back(k, flat.sent_range[flat.sent[k]][0])
            first = chunk[0] if chunk is not None else k
            before, before_tag = flat.lower(first - 1), flat.tag(first - 1)
            if (before_tag in ("IN", "TO", "RP") and before not in SUBORDINATORS) or before_tag.startswith("VB"):
                continue  # an object ("fall to West Virginia taxpayers", "arrested several protesters") is not "they"
            last = k
            if flat.lower(k + 1) == "and" and flat.tag(k + 2) in ("NNP", "NNPS"):
                last = k + 2  # "Sanders and Warren met ... They said": both
                while flat.tag(last + 1) in ("NNP", "NNPS"):
                    last += 1
            return first, last
        return None

    def agentive(self, first: int, last: int) -> bool:
        """Can this noun phrase be someone who speaks? A name, a pronoun, a role or a group
        ("the senator", "several groups") can; "the fracas", "Thursday's conversation" cannot —
        the subject of "..., saying ..." is often not the one saying it."""
        flat = self.flat
        head = last
        while head > first and flat.tag(head) not in NOUN_TAGS and flat.tag(head) != "PRP":
            head -= 1
        low, tag = flat.lower(head), flat.tag(head)
        return (
            tag in ("NNP", "NNPS", "PRP", "NNS")
            or low in GROUP_HEADS
            or low in ROLE_HEADS
            or low in _BODY_HEADS
            or low in PERSON_NOUNS
            or low in KIN
            or any(
                flat.tag(k) == "NNP" and flat.lower(k) not in WEEKDAYS and flat.lower(k) not in MONTHS
                for k in range(first, last + 1)
            )
        )

    def _agent_of_a_participle(self, first: int, last: int) -> tuple[int, int]:
        """The noun a participle (or "who") right after ``[first, last]`` describes. In "the
        proportion of GOP voters saying ...", "the rhetoric from candidates blasting ..." and "the
        minds of Americans who want ..." it is the people after the last preposition, when the
        head before the first one cannot speak."""
        flat = self.flat
        preps = [
            t
            for t in range(first + 1, last)
            if flat.lower(t) in NP_PREPS and flat.lower(t - 1) not in SOURCE_POSTMODIFIERS
        ]
        if not preps:
            return first, last
        if any(flat.lower(t) in ("to", "in", "at", "with") for t in preps):
            # "a letter to the board of directors urging": the addressee never speaks; the thing
            # before it ("a letter", "a lawsuit in federal court") carries its sender's words
            return (first, preps[0] - 1) if not self.agentive(first, preps[0] - 1) else (first, last)
        head = preps[0] - 1
        if flat.tag(head) == "CD" or flat.lower(head) in QUANTITIES or flat.lower(head) in KIN:
            return first, last  # "one of her ads", "most of the delegates", "the widow of the officer"
        if not self.agentive(first, head) and self.agentive(preps[-1] + 1, last):
            return preps[-1] + 1, last
        return first, last

    def _addressed(self, first: int) -> bool:
        """Is the noun phrase at ``first`` whom something was sent or said to ("wrote to the
        committee urging", "sent a letter on Thursday to Senate leaders opposing"), not a
        recipient of money ("gave $3 million to a group backing")?"""
        flat = self.flat
        if flat.lower(first - 1) != "to":
            return False
        if flat.tag(first - 2).startswith("VB"):
            return True
        s_first = flat.sent_range[flat.sent[first]][0]
        return any(flat.lower(t) in _ARTIFACT_HEADS for t in range(max(s_first, first - 6), first - 1))

    def _artifact(self, first: int, last: int) -> bool:
        """Is this noun phrase a thing that carries words ("a statement Tuesday", "signs")?"""
        flat = self.flat
        head = last
        while head > first and (
            flat.tag(head) not in NOUN_TAGS or flat.lower(head) in WEEKDAYS or flat.lower(head) in MONTHS
        ):
            head -= 1
        return flat.lower(head) in _ARTIFACT_HEADS

    def _appositive_region(self, s_first: int, comma: int) -> tuple[int, int] | None:
        """ "Wendy Sherman, the US deputy secretary of state ..., said": the whole stretch from
        the clause start to the comma; the resolver picks the first person named in it."""
        start = s_first
        for k in range(comma, s_first - 1, -1):
            if k in self.by_close or self.flat.lower(k) in DASHES or self.flat.lower(k) == ";":
                start = k + 1  # "... an accident — Brendan Buck, a spokesman for Ryan, told": after the dash
                break
        for k in range(comma - 1, start - 1, -1):
            if (
                self.flat.lower(k) in _CONTRAST_JOINS
                and (self.flat.lower(k - 1) == "," or k - 1 in self.by_close)
                and self.flat.tag(k + 1) not in ("VBG", "VBN", "IN")  # "Trump, while being interviewed, called"
                # a clause before the join: not "Mr. Lee, though a Democrat, said"
                and (k - 1 in self.by_close or self._has_finite_verb(start, k - 1))
            ):
                start = k + 1  # "X called it “a step,” while others, including Y, argued": after the join
                break
        while start < comma and self.flat.tokens[start].text in (",", "and", "But", "And", "but"):
            start += 1
        v = start + 1
        while v < comma and self.flat.tag(v) == "RB":
            v += 1
        if self.flat.lower(start) in PRONOUNS and self.flat.tag(v) in _FINITE:
            return None  # "He later suggested ..., called her ...": a clause, never a description
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
        if j < s_first or not (flat.tag(j) in NP_TAGS or flat.lower(j) in _POSSESSIVE or adjective_head):
            return None
        k = j
        has_cc = False
        while k - 1 >= s_first:
            prev, prev_tag, cur_tag = flat.lower(k - 1), flat.tag(k - 1), flat.tag(k)
            titled = self.by_close.get(k - 1)
            if titled is not None and cur_tag in NOUN_TAGS and title_case(flat, titled):
                b = before_mark(flat, titled)
                if b >= s_first and flat.tag(b) in ("DT", "PRP$", "POS"):
                    k = b  # 'the “Avatar” star posted': a quoted title inside the noun phrase
                    continue
            if k - 1 in self.by_close or k - 1 in flat.half:
                break  # a closing quote mark (the tagger may read ' as a possessive)
            if _CLOCK.fullmatch(flat.tokens[k - 1].text) and k - 1 == s_first:
                break  # "14:02 The Prime Minister's spokesman says": a live blog's time stamp
            if (
                self._time_word(k - 1)
                # a day or a month, or a time noun in lower case: not "The Morning Consult poll"
                and (flat.tokens[k - 1].text.islower() or prev in MONTHS or (prev in WEEKDAYS and prev.endswith("day")))
                # after a time lead or opening the sentence: not "The Sunday Times", "April Ryan"
                and self._time_phrase_opens(k - 1)
                and (cur_tag in ("DT", "PRP$") or flat.tokens[k].text[:1].isupper())
            ):
                break  # "On Tuesday the company said", "Last year Ann Cole said": a time phrase, no comma
            if (
                prev_tag in NP_TAGS
                or prev_tag == "NNP"
                or (prev in _POSSESSIVE and self._attached(k - 1))
                or (prev in ROLE_HEADS and cur_tag == "NNP")  # "councilmember" read as a verb
                or (prev in _LY_NOUNS and cur_tag == "NNP")  # "Clinton ally James Carville said"
                or (  # "new fundraising reports show": a gerund modifying a common noun
                    prev_tag == "VBG"
                    and cur_tag in ("NN", "NNS")
                    and (k - 1 == s_first or flat.tag(k - 2) in ("JJ", "DT", "CD", "PRP$", ","))
                )
            ):
                k -= 1
            elif prev in ("and", "&") and cur_tag in NP_TAGS and flat.tag(k - 2) in NOUN_TAGS:
                has_cc = True
                k -= 1
            elif (prev == "," and has_cc and flat.tag(k - 2) == "NNP" and cur_tag in ("NNP", "DT")) or (
                prev in NP_PREPS
                and cur_tag in NP_TAGS
                and flat.tag(k - 2) in NOUN_TAGS
                and not self._time_word(k - 2)  # "ended on Wednesday with diplomats saying": no attachment
            ):
                k -= 1
            elif prev == "by" and cur_tag in NP_TAGS and flat.lower(k - 2) in EVIDENCE_SOURCES:
                k -= 1  # "A survey by the organization found": the survey, by whom
            elif self._postmodifier_at(k - 2) and prev in NP_PREPS | {"on"} and cur_tag in NP_TAGS:
                k -= 2  # "people familiar with the matter", "officials briefed on the talks"
            elif (
                prev == ","
                and cur_tag in ("JJ", "CD")
                and flat.tag(k - 2) in ("JJ", "VBN")
                and flat.tag(k - 3) in ("DT", "PRP$")
            ):
                k -= 2  # "the bespectacled, 71-year-old diplomat"
            elif prev == "-" and flat.tag(k - 2) == "CD" and (cur_tag == "JJ" or flat.lower(k).endswith("-old")):
                k -= 2  # "71 - year-old" as the tokenizer splits it
            else:
                break
        # "one of the prosecutors", "most of them", "4 in 10", "a third": quantities as sources
        while (
            k - 2 >= s_first
            and flat.lower(k - 1) in ("of", "in")
            and (flat.tag(k - 2) == "CD" or flat.lower(k - 2) in QUANTITIES)
        ):
            k -= 2
            if flat.tag(k - 1) in ("CD", "DT", "RB") and k - 1 >= s_first:
                k -= 1
        if flat.tag(k - 1) == "PDT" and k - 1 >= s_first:
            k -= 1  # "half the senators", "all the candidates"
        if (
            k - 2 >= s_first
            and flat.lower(k - 1) in ("of", "for")
            and (flat.lower(k - 2) in KIN or flat.lower(k - 2) in ROLE_HEADS)
            and (flat.tag(k) == "CD" or flat.lower(k) in QUANTITIES)
        ):
            # "The mother of one of the victims", "a lawyer for one of the defendants": the person
            # the part of the group belongs to
            owner = self._chunk_back(k - 2, s_first)
            if owner is not None:
                k = owner[0]
        if flat.tag(k) in ("CD", "PDT") or flat.lower(k) in QUANTITIES:
            while k - 1 >= s_first and flat.lower(k - 1) in APPROXIMATORS:
                k -= 1  # "Nearly half said", "more than 40 percent said": the approximation is part of it
        if k - 1 >= s_first and flat.lower(k) == "least" and flat.lower(k - 1) == "at":
            k -= 1  # "at least half said", "at least some of the beneficiaries"
        at_least = flat.lower(k) == "at" and flat.lower(k + 1) == "least"
        if (flat.tag(k) in ("IN", "TO") and flat.lower(k) not in APPROXIMATORS and not at_least) or all(
            flat.lower(t) in WEEKDAYS or flat.lower(t) in MONTHS or flat.lower(t) in TIME_LEADS for t in range(k, j + 1)
        ):
            return None  # "for the U.S. Senate", "last week": no source
        quantity = any(flat.tag(t) == "CD" or flat.lower(t) in QUANTITIES for t in range(k, j + 1))
        if (
            not adjective_head
            and not quantity
            and not any(flat.tag(t) in NOUN_TAGS or flat.lower(t) in PRONOUNS for t in range(k, j + 1))
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

    def _participle_subject(self, s_first: int, comma: int) -> tuple[int, int] | None:
        """The source of "..., saying ...": the subject of the last main clause before the comma,
        which may follow "but", "; " or ", and" ("It's a big if, but Sanders was in San Diego on
        Tuesday, emphasizing ..."), else the sentence's main subject."""
        flat = self.flat
        for k in range(comma - 1, s_first, -1):
            low = flat.lower(k)
            if k in self.by_close:
                return self._main_subject(s_first, comma)
            if not (low in ("but", ";") or (low == "and" and flat.lower(k - 1) == ",")):
                continue
            end = k
            while end + 1 < comma and (flat.tag(end + 1) in NP_TAGS or flat.lower(end + 1) in _POSSESSIVE):
                end += 1
            verb = end + 1
            while verb < comma and flat.tag(verb) in ("RB", "RBR"):
                verb += 1
            if end > k and flat.tag(verb) in _FINITE:
                chunk = self._chunk_back(end, k + 1)
                if chunk is not None and self.agentive(*chunk):
                    return chunk
            break  # "... and said, ...": a verb of the same subject, or no clause of its own
        return self._main_subject(s_first, comma)

    def _main_subject(self, s_first: int, comma: int, need_verb: bool = False) -> tuple[int, int] | None:
        """For "..., saying ..." and "... and said ...": the subject of the main clause, at the
        sentence start or after a fronted adverbial ("In August, several groups ...")."""
        flat = self.flat
        k = s_first
        while k < comma and (flat.tag(k) in ("CC", "RB") or flat.lower(k) in ("but", "and")):
            k += 1
        if k > s_first and flat.tokens[k].text == "," and flat.tag(k - 1) == "RB":
            k += 1  # "Meanwhile, it attacked ..."
        k = past_dateline(self.flat, k, comma)
        for _ in range(3):  # "At a rally in Ames, Iowa, on Sunday, Mrs. Clinton ..."
            skipped = self._past_adverbial(k, comma)
            if skipped == k:
                break
            k = skipped
            if flat.tag(k) == "NNP" and flat.lower(k + 1) == "," and k + 2 < comma and flat.tag(k + 2) == "IN":
                k += 2  # the state after a city
        if flat.lower(k) in PRONOUNS and flat.tag(k) == "PRP":
            return (k, k)
        if self._name_read_as_modifier(k) and flat.tag(k + 1) in ("VBD", "VBZ", "VBP"):
            return (k, k)  # "Wealth-X keeps ... but says": a name the tagger read as an adjective
        end = k
        while end + 1 < comma and (flat.tag(end + 1) in NP_TAGS or flat.lower(end + 1) in _POSSESSIVE):
            end += 1
            # "the U.S. Court of Appeals for the 6th Circuit overruled and said": attachments of the head
            attached = flat.lower(end + 1) in NP_PREPS and flat.tag(end) in NOUN_TAGS and flat.tag(end + 2) in NP_TAGS
            if need_verb and attached:
                end += 1
        verb_at = end + 1
        if need_verb and flat.lower(verb_at) == ",":
            # "Gary Emineth, a former state party chairman, became a delegate and said ..."
            close = next((t for t in range(verb_at + 1, comma) if flat.lower(t) == ","), None)
            if close is not None and not self._has_finite_verb(verb_at + 1, close - 1):
                verb_at = close + 1
        if need_verb and not (flat.tag(verb_at).startswith("VB") or flat.tag(verb_at) in ("MD", "RB")):
            return None
        return self._chunk_back(end, k) if flat.tag(k) in NP_TAGS else None

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
        timed = low in WEEKDAYS or low in MONTHS
        if not (flat.tag(k) in ("IN", "RB") or low in TIME_LEADS or timed):
            reach = 5  # "Hours later,", "A few days later,", "Last month,"
        for t in range(k + 1, min(limit, k + reach)):
            if flat.tokens[t].text == ",":
                before = flat.lower(t - 1)
                timed_end = before in ("later", "earlier", "ago") or before in TIME_NOUNS
                if reach == 5 and not (timed_end or before in WEEKDAYS or before in MONTHS):
                    return k
                return t + 1
        return k

    def _subject_after(self, cue: Cue, s_last: int) -> tuple[int, int] | None:
        """Inverted order after a quote or comma: "..., said Mr Blinken."."""
        flat = self.flat
        k = cue.last + 1
        if k > s_last:
            return None
        if flat.lower(k) in PRONOUNS and flat.tag(k) == "PRP":
            return (k, k)
        end = k
        while end <= s_last and (
            flat.tag(end) in NP_TAGS
            or flat.lower(end) in _POSSESSIVE
            or (flat.lower(end) == "-" and flat.tag(end - 1) == "CD")  # "the 46-year-old"
            or flat.lower(end) in ROLE_HEADS  # "said lobbyist and GOP strategist Charlie Black"
            or flat.lower(end) in _LY_NOUNS  # "said Clinton ally James Carville": "ally" read as an adverb
            or (flat.lower(end) == "and" and end > k and flat.tag(end + 1) in NP_TAGS)
            # "said the printed Cruz slate card": a participle modifying the noun after it
            or (
                flat.tag(end) in ("VBN", "VBG")
                and flat.tag(end - 1) in ("DT", "PRP$", "JJ")
                and end > k
                and flat.tag(end + 1) in NOUN_TAGS | {"JJ"}
            )
        ):
            end += 1
        end -= 1
        if end == k and flat.lower(k + 1) == "of" and (flat.tag(k) == "CD" or flat.lower(k) in _QUANTIFIERS):
            # "said one of those advisers, who ...": the head noun follows "of"
            j = k + 2
            while j <= s_last and flat.tag(j) in NP_TAGS:
                j += 1
            end = j - 1 if j > k + 2 else end
        if end < k or not any(flat.tag(t) in NOUN_TAGS or flat.lower(t).endswith("-old") for t in range(k, end + 1)):
            return None
        if any(flat.lower(t) in WEEKDAYS or flat.lower(t) in MONTHS for t in range(k, end + 1)):
            return None  # "said Monday.", "said last month."
        while (
            flat.lower(end + 1) in ("of", "from")
            or (flat.lower(end + 1) in ("to", "for", "at") and flat.lower(end) in ROLE_HEADS)
            # '“...,” wrote Cameron Easley for Morning Consult.': a byline's outlet
            or (
                flat.lower(end + 1) == "for"
                and cue.lemma == "write"
                and "NNP" in (flat.tag(end + 2), flat.tag(end + 3) if flat.lower(end + 2) == "the" else "")
            )
        ):  # "said Sen. Tammy Baldwin of Wisconsin.", "said the former top aide to President Bush."
            name = end + 3 if flat.lower(end + 2) == "the" else end + 2
            titled = self._quote_opening_at(name)
            if titled is not None and titled.close is not None and title_case(flat, titled):
                end = titled.close  # "wrote the authors of the “Growth and Opportunity Project,” ..."
                break
            if name > s_last or flat.tag(name) not in NP_TAGS:
                break
            end = name
            while end + 1 <= s_last and flat.tag(end + 1) in NP_TAGS:
                end += 1  # "said a handful of Democrats who ..."
        if flat.lower(end) in PERSON_HEADS and flat.lower(end + 1) == "," and flat.tag(end + 2) == "NNP":
            # "said the company's chief executive, John J. Ferriola.", "says her brother, Thomas
            # Reyes.": the name follows
            name_end = end + 2
            while name_end + 1 <= s_last and flat.tag(name_end + 1) == "NNP":
                name_end += 1
            if (flat.lower(name_end + 1) or ".") in (".", ","):
                end = name_end
        if flat.lower(end + 1) in SOURCE_POSTMODIFIERS and flat.lower(end + 2) in NP_PREPS | {"on"}:
            end += 1  # "one Republican involved in the planning": the tagger reads it as a verb
        if flat.lower(end) in SOURCE_POSTMODIFIERS and flat.lower(end + 1) in NP_PREPS | {"on"}:
            # "said one Democrat familiar with the discussion, ..."
            pp_end = end + 2
            while pp_end <= s_last and (flat.tag(pp_end) in NP_TAGS or flat.lower(pp_end) in _POSSESSIVE):
                pp_end += 1
            if pp_end > end + 2:
                end = pp_end - 1
        nxt = flat.tokens[end + 1].text if end + 1 <= s_last else "."
        if end in self.by_close and flat.lower(before_closing_mark(flat, end)) in (",", "."):
            nxt = ","  # the title's quote closes after its comma
        if (
            nxt not in (".", ",", "!", "?", ";", ":", "(", "who")
            and not (nxt in DASHES and flat.tag(end) == "NNP")  # "said Ed Polanski — a steelworker"
            and flat.lower(end + 1) not in TIME_LEADS
            and not self._describes_the_source(end + 1)
            # only right after a quote or a comma: "support the deal once she was ..." is no inversion
            and not (
                self._time_clause_at(end + 1) and (cue.first - 1 in self.by_close or flat.lower(cue.first - 1) == ",")
            )
        ):
            return None
        return (k, end)

    def _time_clause_at(self, k: int) -> bool:
        """'“...,” said Daniel Price as he left court': a time clause with its own subject."""
        flat = self.flat
        return (
            flat.lower(k) in _TIME_OPENERS
            and flat.lower(k + 1) in ("he", "she", "they", "we", "i")
            and flat.tag(k + 2) in ("VBD", "VBZ", "VBP")
        )

    def _describes_the_source(self, k: int) -> bool:
        """A participle after an inverted source describes it ("..., said the base chief known as
        Bob", "..., said a dock worker based in the north")."""
        return self.flat.tag(k) in ("VBN", "VBG") and self.flat.lower(k + 1) in (NP_PREPS - {"to"}) | {"as", "on", "by"}

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
            # ... unless a colon or a bracket introduces the quote ("Trump asserted that ...: “…,” he
            # claimed", "... blowback from members (“…,” wrote Edward Nelson)")
            # or another quote comes first ("“A,” she said, but ..., “B,” said Kunin")
            if (
                first_of_open < q.open
                and flat.para[first_of_open] == flat.para[q.open]
                and flat.lower(before_mark(flat, q)) not in DASHES | {":", "(", "[", "-"}
                and not self._quote_with_cue_before(first_of_open, q.open)
            ):
                start = first_of_open
            return (start, sep - 1 if sep not in self.by_close else sep)
        end = sep - 1
        start = past_dateline(flat, s_first, end)  # "BERLIN (Reuters) - Germany will not ..., X said"
        # an unmatched closing mark inside means the quote began in an earlier sentence
        for k in range(start, end + 1):
            opened = self.by_close.get(k)
            if opened is not None and opened.open < start:
                start = opened.open
                break
        return (start, end) if end >= start else None

    def _quote_with_cue_before(self, first: int, end: int) -> bool:
        """Does a quote with a cue after it ("“A,” she said, but ...") lie in ``first`` .. ``end`` - 1?"""
        close = next((k for k in range(first, end) if k in self.by_close), None)
        if close is None:
            return False
        k = bisect.bisect_right(self.cue_starts, close)
        return k < len(self.cue_starts) and self.cue_starts[k] < end

    def _quote_belongs_before(self, sep: int, s_first: int) -> bool:
        """Does the quote closing at ``sep`` (or before it) open mid-sentence after "that"/a colon, or as a title?

        Such a quote is already placed by the words before it, not a content for the cue after it."""
        flat = self.flat
        close = sep if sep in self.by_close else sep - 1
        q = self.by_close[close]
        if self._introduced_by_a_cue(q):
            return True
        if q.open <= s_first:
            return False
        if flat.lower(before_mark(flat, q)) in ("that", ":"):
            return True
        return title_case(flat, q)

    def _introduced_by_a_cue(self, q: Quote) -> bool:
        """Does a cue close before the quote ("Clinton replied to Mills with, “Why now?” Mills
        then wrote back, “...”")? The quote is then that cue's content, not the next one's."""
        j = before_mark(self.flat, q)
        if self.flat.lower(j) not in (",", ":"):
            return False
        k = bisect.bisect_left(self.cue_starts, j - 5)
        return any(self.cue_at[c].last >= j - 5 for c in self.cue_starts[k:] if c < j)

    def _clause_after(self, after: int, s_last: int) -> bool:
        """Does a reported clause start at ``after`` ("said the two cases were different")?"""
        return self.flat.lower(after - 1) == "that" or self._clause_at(after, s_last)

    def _only_an_adverbial(self, first: int, last: int) -> bool:
        """Is the text before a cue clause its fronted adverbial ("On Friday, Gingrich told ...",
        "Before dropping out, Cruz responded ...", "As Europe faces pressure, Germany has pledged
        ..."), not something said ("About 270 people have been resettled, officials said")?"""
        flat = self.flat
        span = range(first, last + 1)
        if any(k in self.by_open or k in self.by_close or flat.lower(k) == "," for k in span):
            return False
        finite = sum(1 for k in span if flat.tag(k) in _FINITE)
        low = flat.lower(first)
        if low in _CLAUSE_BOUND_OPENERS - {"after", "before", "since", "until", "once"} or flat.tag(first) == "WRB":
            return finite <= 1  # one clause of its own: "When his family moved back"
        # "after", "since", "as" ... may open a phrase ("After the vote") before the main clause
        # ("After the vote the party collapsed, Smith said"): adverbial only without a verb
        phrase = (flat.tag(first) == "IN" and low != "that") or low in TIME_LEADS or flat.tag(first) == "VBG"
        # "Happily, Mr. Zuckerberg agreed ...": a lone adverb is a sentence adverb, never what was said
        return (phrase and finite == 0) or (first == last and flat.tag(first) == "RB")

    def _content_start(self, cue: Cue, s_last: int) -> int:
        """First content token after the cue: skips an addressee ("told reporters"), time and
        place adjuncts ("on Friday", "at his press conference") up to a "that" or a colon."""
        flat = self.flat
        k = cue.last + 1
        addressee = cue.lemma in _ADDRESSING_LEMMAS or flat.lower(k) in _ADDRESSEES  # "informed the court that"
        if cue.lemma in _OBJECT_TAKERS and addressee and flat.tag(k) in _ADDRESSEE_STARTS:
            first = k
            while k <= s_last and (flat.tag(k) in NP_TAGS or flat.tag(k) == "PRP"):
                if k > first and flat.lower(k) in PRONOUNS:
                    break  # "told the court he was innocent": the clause's subject, not the addressee
                if k > first and flat.tag(k) in ("DT", "PRP$") and flat.tag(k - 1) in NOUN_TAGS:
                    break  # "told Bloomberg the cuts would save ...": a second noun phrase starts the clause
                k += 1
        if flat.lower(k) == "," and (flat.lower(k + 1) in ("as", "like") or flat.lower(k + 1) in _ASIDES):
            # "insisted, as President Biden did, that ...": the comparison is the narrator's, and
            # so is the aside in "said, however, that ..."
            for t in range(k + 2, min(s_last, k + 12) + 1):
                if flat.lower(t) == ",":
                    if flat.lower(t + 1) == "that":
                        return t + 2
                    if flat.lower(k + 1) in _ASIDES and t == k + 2 and t < s_last:
                        return t + 1  # "said, however, the plan had failed"
                    break
        look = k
        # "said at his press conference that ...": adjunct words up to a "that" are skipped,
        # but only when they open with a preposition, adverb or time word, never an object
        # ("repeated Russia's denials that ..." keeps its object).
        show = self._show_at(k)
        adjunct_opening = (
            flat.tag(k) in ("IN", "RB", "RBR")
            or flat.lower(k) in WEEKDAYS
            or show is not None
            or self._date_at(k)
            or (flat.lower(k) in ("late", "early") and flat.lower(k + 1) == "on")  # "said late on Monday that"
            or (flat.tag(k) == "TO" and not flat.tag(k + 1).startswith("VB"))  # "wrote to parents ... to say"
        )
        for t in range(k, min(s_last, k + 10) + 1 if adjunct_opening else k):
            low, tag = flat.lower(t), flat.tag(t)
            if show is not None and t <= show:
                continue  # "told “Fox News Sunday” that ...", "said on NBC's “Today” show that ..."
            if low == "that" and tag in ("IN", "WDT", "DT") and t > k:
                if flat.tag(t + 1) not in ("VBZ", "VBD", "MD", "VBP"):
                    return t + 1
                break
            show = self._show_at(t)
            if show is not None:
                continue
            if low == ":" and t > k and self._quote_opening_at(t + 1) is not None:
                return t + 1  # "said in a statement issued through the police: “...”"
            if low == "to" and flat.lower(t + 1) in _INFINITIVE_REPORTS and t > k:
                # "wrote to parents on Friday to say the school would close": what the letter said
                return t + 3 if flat.lower(t + 2) == "that" else t + 2
            if low == ":" or (t in self.by_open):
                break
            if low == "," and (flat.lower(t + 1) == "that" or flat.tag(t - 1) == flat.tag(t + 1) == "NNP"):
                continue  # "said Sunday in Madison, Wisconsin, that ..."
            if low == "," and any(
                flat.lower(u) == "," and flat.lower(u + 1) == "that" for u in range(t + 2, min(s_last, t + 5) + 1)
            ):
                continue  # "said on X, formerly Twitter, that ...": a short aside inside the adjunct
            if (
                t > k
                and (
                    (tag == "VBN" and flat.tag(t - 1) in ("NN", "NNS"))
                    or (tag == "VBG" and flat.tag(t - 1) == "IN" and t not in self.cue_at)
                )
                and not any(flat.lower(u) in ("that", "if", "because", "whether") for u in range(k, t))
            ):
                # never after the clause has begun ("said that cutting taxes that year was ..."):
                # "said in a report published on Tuesday that", "said while addressing journalists
                # that"; not "answered before adding that": a report of its own
                continue
            if tag.startswith("VB") or tag == "MD" or low in (",", ";", "."):
                break
        while look <= s_last:
            low = flat.lower(look)
            if flat.lower(look + 1) in _POSSESSIVE or flat.lower(look + 2) in _POSSESSIVE:
                break  # "next week's talks ..." is the content's subject, not an adjunct
            if flat.lower(look + 1) == "of" or flat.lower(look + 2) == "of":
                break  # "see this week of talks as ...": the object, not an adjunct
            if low in WEEKDAYS or (flat.tag(look) == "RB" and low.endswith("ly")):
                look += 1
                continue
            if low == "to" and flat.tag(look + 1) == "PRP" and flat.lower(look + 2) == "," and look + 3 in self.by_open:
                look += 2  # "As one official put it to me, “Nobody was in charge.”": whom it was put to
                continue
            if low in ("at", "in", "outside") and flat.tag(look + 1) == "NNP" and cue.lemma.startswith("tell"):
                # "told reporters at Parliament House the project would go ahead": where they were told
                place = look + 1
                while flat.tag(place + 1) in ("NNP", "NNPS"):
                    place += 1
                if flat.tag(place + 1) in ("DT", "PRP", "NNP", "NNS") and place + 1 <= s_last:
                    look = place + 1
                    continue
            if low in ("on", "last", "this", "next", "late", "early") and flat.lower(look + 1) in WEEKDAYS:
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
            if not (flat.tag(t) in NP_TAGS or flat.tag(t) == "PRP"):
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
            if not (flat.tag(t) in NP_TAGS or flat.tag(t) == "PRP" or flat.lower(t) in _POSSESSIVE):
                return False
        return False

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
            if not (tag in NP_TAGS or tag in ("IN", "RB", "CC") or flat.lower(t) in _POSSESSIVE):
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
                if (
                    k == start
                    and q.close is not None
                    and close < end
                    and flat.lower(close - 1) in (".", "!", "?", ",")
                    and flat.lower(close + 1) in _SETTING_PREPOSITIONS
                ):
                    return close  # 'yelled “You lie!” at the president during the address'
                k = max(k + 1, close)
                continue
            if k > start and self._new_clause(k) and not self._backshifted_in_content(cue, start, k):
                return k - 1  # "... is Hillary Clinton, and he railed against ..."
            if k > start and flat.lower(k) == "," and self._narrators_tail(k + 1, end, start):
                return k - 1  # "said it had lodged a protest, without giving details."
            k += 1
        n = bisect.bisect_right(self.cue_starts, cue.last)
        while n < len(self.cue_starts) and self.cue_starts[n] <= end:
            nxt = self.cue_starts[n]
            if self._backshifted_in_content(cue, start, nxt - 1) or self._backshifted_in_content(cue, start, nxt - 2):
                n += 1
                continue  # "... was disappointed and would consider an appeal": still the reported clause
            boundary = self._clause_boundary(start, nxt)
            if boundary is not None:
                return boundary
            n += 1
        return end

    def _phones(self, after: int, s_last: int) -> bool:
        """Is "call" a phone call ("called police after hearing screams", "called 911", "called her
        sister from the hospital", "called Sanders to congratulate him")? Its object is someone
        reached, with no complement after it; "called him a liar" and "called the plan “reckless”"
        say something, and so does "called an early election" as PolNeAR reads it."""
        flat = self.flat
        if any(t in self.by_open for t in range(after, s_last + 1)):
            return False
        k = after
        if flat.tag(k) == "PRP" or flat.lower(k) in _EMERGENCY:
            head, k = k, k + 1
        else:
            while k <= s_last and (flat.tag(k) in NP_TAGS or flat.tag(k) in ("JJ", "CD", "POS", "PRP$")):
                if k > after and flat.tag(k) in ("DT", "PRP$"):
                    return False  # "called Trump a liar", "calling Trump his friend": a complement
                k += 1
            head = k - 1
        if head < after:
            return False
        reached = flat.tag(head) == "PRP" or flat.lower(head) in PERSON_NOUNS | KIN | _EMERGENCY
        nxt = flat.lower(k)
        if reached:
            if nxt == "on" and not (flat.lower(k + 1) in WEEKDAYS or flat.lower(k + 1) in MONTHS):
                return False  # "called them on it", "called him on his claim": challenged them
            later = range(k + 1, s_last + 1)
            if any(flat.lower(t) in ("a", "an") or flat.tag(t) in ("JJ", "JJS") for t in later):
                return False  # "called him, in a statement on Friday, a liar": the complement comes later
            return k > s_last or nxt in (".", ",", "to", "from", "after", "on", "at", "in", "and", "before", "shortly")
        return (
            flat.tag(head) == "NNP" and nxt == "to" and flat.tag(k + 1) == "VB"
        )  # "called Sanders to congratulate him"

    def _physical_act(self, cue: Cue, after: int, s_last: int) -> bool:
        """Is the cue verb used for a deed: a movement ("slammed into a truck", "charged at the
        protesters"), an attack with weapons ("attacked Kharkiv with drones"), a call-out
        ("responded to the scene") or a refusal of a thing ("denied visas to the journalists")?"""
        flat = self.flat
        low = flat.lower(after)
        if after != cue.last + 1:
            return False  # "noted that through the end of March ...": a clause's own adjunct
        if low in _MOTIONS and flat.lower(after + 1) not in ("question", "doubt"):
            return True  # but "called into question" questions
        if cue.lemma == "charge" and low == "at":
            return True
        if cue.lemma == "show" and any(flat.lower(t) in ("around", "round") for t in range(after, after + 4)):
            return True  # "as she shows me around the allotment", "shows visitors round"
        if cue.lemma == "respond" and low == "to" and flat.lower(after + 2) in _CALL_OUTS:
            return True
        if cue.lemma == "deny" and (low in _GRANTS or flat.lower(after + 1) in _GRANTS):
            # but "denied service had been suspended" denies a claim
            return not self._has_finite_verb(after, min(s_last, after + 4))
        if cue.lemma not in _ATTACKS:
            return False  # "Police said the suspect was armed with a knife": the weapon is in what was said
        for t in range(after, min(s_last, after + 8) + 1):
            if flat.tag(t) in ("VBD", "VBZ", "VBP"):
                return False  # "attacked the plan, which was loaded with ...": a clause began
            if flat.lower(t) == "with" and (flat.lower(t + 1) in _WEAPONS or flat.lower(t + 2) in _WEAPONS):
                return True
        return False

    def _narrators_tail(self, k: int, end: int, start: int) -> bool:
        """Does a phrase of the narrator's run from ``k`` to the sentence end: how the words were
        given or withheld (", without giving details", ", but did not say when"), when (", a day
        after ...") or where (", in a speech to parliament on Thursday")? No finite verb of its
        own may follow, so ", in which case the plan fails" stays content, and a setting after
        a content about the future is part of the plan."""
        flat = self.flat
        low, nxt = flat.lower(k), flat.lower(k + 1)
        if low == "as" and nxt in ("he", "she", "they") and flat.tag(k + 2) in ("VBZ", "VBD", "VBP"):
            return True  # "says the plot is thriving, as she shows me around": the scene of the telling
        if low == "the" and nxt in _HEARINGS:
            # "Reynolds told police he had acted in self-defence, the court heard.": where it was
            # reported, the way British court copy closes a sentence
            rest = [flat.lower(t) for t in range(k + 2, end + 1) if flat.lower(t) not in (".", "!")]
            return rest in (["heard"], ["was", "told"], ["were", "told"])
        if low == "but" and nxt in ("did", "declined", "gave", "offered", "provided"):  # not "but would provide"
            v = k + 2 + (flat.lower(k + 2) in ("not", "n't", "to"))
            return flat.lower(v) in _WITHHELD or flat.lower(v + 1) in _WITHHELD
        if low == "without" and flat.tag(k + 1) == "VBG":
            tail_from = k + 2
        elif low in ("in", "during", "at") and nxt in ("a", "an", "his", "her", "their", "its", "the"):
            if low == "in" and (flat.lower(k + 2) in _NARRATORS_VIEW or flat.lower(k + 3) in _NARRATORS_VIEW):
                return True  # ", in a move that surprised investors", ", in a sharp escalation of the row"
            setting = next((w for w in (flat.lower(k + 2), flat.lower(k + 3)) if w in _SETTINGS | _EVENTS), None)
            if setting is None:
                return False
            if setting in _EVENTS and any(flat.tag(t) == "MD" for t in range(start, k)):
                return False  # "said the sanctions would be agreed next week, at a meeting of ministers": planned
            tail_from = k + 2
        elif nxt in TIME_NOUNS and flat.lower(k + 2) == "after":
            return low in ("a", "one")  # ", a day after its chief executive resigned"
        else:
            return False
        return not any(flat.tag(t) in _FINITE for t in range(tail_from, end + 1))

    def _backshifted_in_content(self, cue: Cue, start: int, k: int) -> bool:
        """After a past-tense report whose content is a clause, does "and" at ``k`` open a
        backshifted verb group ("said the team had trained well and had never felt better", "said
        his client was upset and would consider an appeal")? Such a verb goes on with the
        reported clause; the narrator's own second verb is a simple past ("and called for ...")."""
        flat = self.flat
        if flat.lower(k) != "and" or cue.lemma not in _MAIN_SPEECH_LEMMAS or flat.tag(cue.last) != "VBD":
            return False
        if not self._has_finite_verb(start, k - 1):
            return False
        j = k + 1
        while flat.tag(j) == "RB":
            j += 1
        low = flat.lower(j)
        if low not in ("had", "would", "could", "might"):
            return False
        v = j + 1
        while flat.tag(v) == "RB":
            v += 1
        second = self.cue_at.get(j) or self.cue_at.get(v)  # "had warned" is one cue from its auxiliary
        said_again = second is not None and (
            flat.lower(v + 1) == "that" or second.lemma in _OBJECT_TAKERS | _MAIN_SPEECH_LEMMAS
        )  # "said sales had fallen and had warned that jobs could go": a second statement of the source's
        return flat.tag(v) == ("VBN" if low == "had" else "VB") and not said_again

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
        if flat.tag(k) in ("VBD", "VBZ") and low not in AUX | BE and "," in (flat.lower(k - 2), flat.lower(k - 3)):
            return True  # 'Manafort, citing “the magic of Trump,” said the candidate ...'
        if low in ("as", "when") and flat.tag(k + 1) == "PRP":
            return True  # 'says he's “excited where we stand” as he faces a test'
        if low in ("and", "but"):
            nxt = k + 1 + (1 if flat.tag(k + 1) == "PRP" else 0)
            return flat.tag(nxt) in ("VBD", "VBZ", "VBG") and flat.lower(nxt) not in AUX
        return False

    def _quotes_the_source(self, k: int) -> bool:
        """Does the rest of the sentence from ``k`` quote several words, not a title, before any cue
        of its own? A relative clause holding the source's quoted words is part of what was said
        ("said he hoped for a large turnout, which “will help elect Kloppenburg.”"); a scare-quoted
        word is not ("…, which prompted a “furious” reaction")."""
        flat = self.flat
        last = flat.sent_range[flat.sent[k]][1]
        for t in range(k, last + 1):
            if t in self.cue_at:
                return False
            q = self.by_open.get(t)
            if q is not None:
                return (q.close if q.close is not None else q.last) - q.open > 3 and not title_case(flat, q)
        return False

    def _new_clause(self, k: int) -> bool:
        """Token ``k`` starts a new main clause of the narrator: "; ..." or ", and he said ..."."""
        flat = self.flat
        low = flat.lower(k)
        if low == ";" or (low == "," and flat.lower(k + 1) == "which" and not self._quotes_the_source(k + 2)):
            return True
        if (
            low == ","
            and flat.lower(k + 1) == "who"
            and flat.tag(k - 1) == "NNP"
            and flat.tag(k + 2) != "PRP"  # "Obama, who he said had done a good job": the source's own words
            and not self._quotes_the_source(k + 2)
            and self._runs_to_the_end(k + 2)
        ):
            return True  # "... the cooperation of Bryan Pagliano, who worked on ...": the narrator describes a name
        if low in ("and", "but"):
            # "believes the plan will fail and has been calling on ...": a second verb of the
            # source's, coordinated with the cue, ends the content
            j = k + 1
            while flat.tag(j) == "RB":
                j += 1
            if flat.tag(j) in ("VBZ", "VBD", "VBP") and flat.lower(j) in AUX:
                return True
        return (
            low == ","
            and flat.lower(k + 1) in ("and", "but")
            and flat.lower(k + 2) in PRONOUNS
            and flat.tag(k + 2) == "PRP"
            and (flat.tag(k + 3).startswith("VB") or flat.tag(k + 3) in ("MD", "RB"))
        )

    def _runs_to_the_end(self, k: int) -> bool:
        """Does the clause from ``k`` run to its sentence end, no comma giving way to a verb of an
        outer clause ("that X, who must decide, has revealed ...")?"""
        flat = self.flat
        s_last = flat.sent_range[flat.sent[k]][1]
        return not any(
            flat.lower(t) == ","
            and (
                flat.tag(t + 1) in _FINITE
                or (flat.tag(t + 1) == "RB" and flat.tag(t + 2) in _FINITE)
                # "went to Paul Manafort, who was ..., and to his associates": the object goes on
                or (flat.tag(t + 1) == "CC" and flat.tag(t + 2) in ("IN", "TO"))
            )
            for t in range(k, s_last)
        )

    def _clause_boundary(self, start: int, cue_first: int) -> int | None:
        """Where the clause holding a later cue begins: before ", saying" / "and said"."""
        flat = self.flat
        k = self._skip_back(cue_first - 1, start + 1)
        if flat.lower(k) in PRONOUNS and flat.tag(k) == "PRP" and flat.lower(k - 1) in _REPORT_JOINS:
            k -= 1  # "... — and he noted that ...", "..., though they blame ..."
        if k in self.by_close and flat.lower(k - 1) == "," and k - 1 > start:
            return k  # "... a “major breach of trust,” adding: ...": the quote ends the content
        later = self.cue_at[cue_first]
        if (
            flat.lower(k) in PRONOUNS
            and flat.tag(k) == "PRP"
            and flat.lower(k - 1) == ","
            and k - 2 >= start
            and later.lemma in _MAIN_SPEECH_LEMMAS
            and flat.lower(later.last + 1) in (",", ":")
            and self._quote_opening_at(later.last + 2) is not None
        ):
            return k - 2  # "asked whether he was encouraging the fury, he said, “I hope not.”"
        if flat.lower(k) == "," and self._closes_a_subjects_apposition(start, k, cue_first):
            return None  # "told the inquiry that her manager, Derek Holt, had warned her ...": one clause
        if flat.lower(k) in _CLAUSE_JOINS | _CONTRAST_JOINS:
            while k - 1 > start and flat.lower(k - 1) in _CLAUSE_JOINS - {"and", "but"}:
                k -= 1
            return k - 1 if k - 1 >= start else None
        subject = self._subject_before(later, start + 1) if flat.tag(k) in NP_TAGS else None
        if subject is not None and subject[1] == "plain":
            sep = subject[0][0] - 1
            if sep > start and sep in self.by_close and flat.lower(before_closing_mark(flat, sep)) == ",":
                # 'Trump claimed that “Petraeus got in trouble for far less,” one of the former
                # prosecutors said the cases differ': the quote closes, a new source speaks
                return sep
        if flat.lower(k) in ("who", "which") or flat.tag(k) in NP_TAGS:
            # a later report with a source of its own: ", while 22 percent said ...", "— who said"
            first = k if flat.lower(k) in ("who", "which") else (self._chunk_back(k, start) or (k, k))[0]
            join = first - 1
            while join > start and flat.lower(join) in APPROXIMATORS:
                join -= 1  # ", and more than 4 in 10 said ..."
            if flat.lower(join) == "and" and any(flat.lower(t) == "both" for t in range(max(start, join - 4), join)):
                return None  # "said both he and Rubio promised ...": one subject, not a second clause
            if (
                flat.lower(join) == ","
                and any(flat.lower(t) in ("and", "or") for t in range(first, k))
                and all(flat.tag(t) in NP_TAGS or flat.tag(t) == "JJ" for t in range(start, join))
            ):
                return None  # "wrote that the title, history and text of the law showed ...": a list
            if join > start and (flat.lower(join) in _CLAUSE_JOINS or flat.lower(join) in _CONTRAST):
                while join - 1 > start and (flat.lower(join - 1) in _CLAUSE_JOINS or flat.lower(join - 1) in _CONTRAST):
                    join -= 1
                return join - 1
        return None

    def _closes_a_subjects_apposition(self, start: int, comma: int, cue_first: int) -> bool:
        """Does the comma before a later finite cue close an apposition to the content's own
        subject ("that her manager, Derek Holt, had warned her"), with no verb before it? Then the
        later verb is the content clause's, not a report of its own after the content."""
        flat = self.flat
        if flat.tag(cue_first) not in _FINITE:
            return False
        opening = next((t for t in range(comma - 1, start, -1) if flat.lower(t) == ","), None)
        if opening is None or flat.tag(opening - 1) not in NOUN_TAGS:
            return False
        apposition = range(opening + 1, comma)
        return all(flat.tag(t) in NP_TAGS or flat.tag(t) == "CD" for t in apposition) and not any(
            flat.tag(t).startswith("VB") for t in range(start, comma)
        )

    def _until_comma(self, start: int, end: int) -> int:
        for k in range(start, end + 1):
            if self.flat.tokens[k].text == "," and k not in self.by_close:
                return k - 1
        return end

    def _choose_side(self, before: tuple[int, int], after: tuple[int, int]) -> tuple[int, int]:
        """Parenthetical cue: "It was, he said, one of the failures" reports the whole
        sentence, so the content runs across the cue, as for a split quote; only a short
        fronted adjunct ("In the end, he said, ...") and a trailing clause that sets the scene
        (", as food costs climbed") are the narrator's and left out."""
        flat = self.flat
        fronted_adjunct = flat.tag(before[0]) in ("IN", "RB") and before[1] - before[0] < 5
        if fronted_adjunct and flat.lower(before[0]) not in SUBORDINATORS:
            return after
        if self._sets_the_scene(*after) and self._has_finite_verb(*before):
            return before  # "Prices rose 5%, the office said, as food costs climbed": the narrator's setting
        return (before[0], after[1])

    def _source_aside_end(self, k: int, s_last: int) -> int | None:
        """The comma closing an aside about a fronted source that opens at ``k``: a participle
        phrase (", published in the journal Science,") or a name (", Angela Marsh,"), with a
        clause after it; None when the words at ``k`` are already the content."""
        flat = self.flat
        document = flat.tag(k) == "VBN" and flat.lower(k) in _DOCUMENT_PARTICIPLES  # not "fearing a second attack,"
        if not (document or (flat.tag(k) == "NNP" and flat.tag(k + 1) in ("NNP", ","))):
            return None
        close = next((t for t in range(k + 1, min(s_last, k + 12) + 1) if flat.tokens[t].text == ","), None)
        if close is None or (flat.tag(k) == "NNP" and not all(flat.tag(t) == "NNP" for t in range(k, close))):
            return None
        verb = next((t for t in range(close + 1, s_last + 1) if flat.tag(t) in _FINITE), s_last)
        if flat.tag(k) == "NNP" and any(flat.lower(t) in ("and", ",") for t in range(close + 1, verb)):
            return None  # "According to the FBI, John Smith, Jane Doe and Bob Lee were arrested": a list
        return close if self._clause_at(close + 1, s_last) else None

    def _modifier_at(self, k: int) -> bool:
        """Does a modifier of the source open at ``k`` ("documents *reviewed* by The Post", "two
        officials *who* were in the room")?"""
        return self.flat.tag(k) in ("VBN", "VBG") or self.flat.lower(k) in ("who", "that", "which")

    def _sets_the_scene(self, first: int, last: int) -> bool:
        """Does a clause after a parenthetical cue tell what was happening as the words were said:
        "amid ..." or a past-tense "as"/"while" clause ("as food costs climbed")? A present one is
        the source's reasoning ("as higher rates weigh on demand"), and so is "after inflation falls"."""
        flat = self.flat
        low = flat.lower(first)
        if low == "amid":
            return True
        verb = next((t for t in range(first + 1, last + 1) if flat.tag(t) in _FINITE), None)
        return low in ("as", "while") and verb is not None and flat.tag(verb) == "VBD"

    def _according(self, cue: Cue) -> Frame | None:
        """ "According to X, ..." / "..., according to X." / "..., according to X, ..."."""
        flat = self.flat
        s_first, s_last = flat.sent_range[flat.sent[cue.first]]
        k = cue.last + 1
        end = k
        while end <= s_last and (
            flat.tag(end) in NP_TAGS
            or flat.lower(end) in _POSSESSIVE
            or flat.lower(end) in ("of", "and", "by")
            or (flat.lower(end) == "from" and flat.lower(end - 1) in ISSUED)  # "according to data from Nationwide"
            # a head the tagger misread after a determiner: "according to a tally/RB by the AP"
            or (flat.tag(end - 1) == "DT" and end - 1 >= k and flat.tokens[end].text.isalpha())
        ):
            end += 1
        if end == k:
            return None
        subject = (k, end - 1)
        close = cue.first - 1
        if close in self.by_close and self.by_close[close].open < close and flat.para[close] == flat.para[cue.first]:
            # '..., “when individuals make false statements,” according to the news outlet.'
            q = self.by_close[close]
            start = min(q.open, s_first) if flat.para[q.open] == flat.para[s_first] else q.open
            return Frame(cue, subject, (start, close))
        opener = s_first
        t = cue.first - 1
        while t >= s_first:  # "(According to the police, ...)"
            if t in self.by_close and s_first <= self.by_close[t].open < t:
                t = self.by_close[t].open - 1  # 'he was "happy to see" that ..., according to X'
                continue
            if (
                flat.tokens[t].text in ("(", "[", ":")
                or t in self.by_open
                or (t == cue.first - 1 and flat.lower(t) == "that")
            ):
                opener = t + 1  # also "...: According to polls, ..." and "said that according to X, ..."
                break
            if flat.tokens[t].text in (")", "]"):
                break
            t -= 1
        if cue.first == opener or (cue.first == opener + 1 and flat.tag(opener) == "CC"):
            # the source runs to the first comma ("According to an online Texas Tribune poll out
            # Thursday, ..."), whatever words it holds
            comma = next((t for t in range(end, min(s_last, k + 25) + 1) if flat.tokens[t].text == ","), None)
            if comma is None or comma + 1 > s_last:
                return None
            # "According to documents reviewed by The Washington Post, ...": the documents speak
            subject = (k, comma - 1) if comma > end and not self._modifier_at(end) else subject
            appositive = False
            second = self._source_aside_end(comma + 1, s_last)
            if second is not None:
                # "According to the study, published in Science, ...", "According to his former
                # wife, Angela Marsh, ...": the aside describes the source, and a name in it is the source
                appositive = flat.tag(comma + 1) == "NNP"
                subject = (k, second - 1) if appositive else subject
                comma = second
            return Frame(cue, subject, (comma + 1, self._bracket_end(comma + 1, s_last)), appositive)
        poll_at_end = cue.lemma == "in" and end >= s_last  # "... by 28 points in the same poll."
        if flat.tokens[cue.first - 1].text == "," or poll_at_end:
            before = (opener, cue.first - (2 if flat.tokens[cue.first - 1].text == "," else 1))
            if cue.lemma == "in the words of":
                # "..., the latest reminder that Mrs. Clinton was, in the words of an adviser, ''the
                # torchbearer''": the words are the clause the phrase sits in
                that = max((t for t in range(before[0], before[1]) if flat.lower(t) == "that"), default=None)
                before = (that + 1, before[1]) if that is not None else before
            describes_source = flat.tag(end + 1) in ("VBG", "VBN") or flat.lower(end + 1) in ("who", "whose", "which")
            if self._modifier_at(end):
                # "The agency, according to documents reviewed by The Post, ignored ...": past the
                # source's own modifier to the comma that closes it
                shut = next((t for t in range(end, min(s_last, end + 15) + 1) if flat.tokens[t].text == ","), None)
                predicate = shut is not None and flat.tag(shut + 1) in _FINITE
                if shut is not None and (predicate or self._clause_at(shut + 1, s_last)):
                    after = (shut + 1, self._bracket_end(shut + 1, s_last))
                    return Frame(cue, subject, self._choose_side(before, after))
            if end <= s_last and flat.tokens[end].text == "," and end + 2 <= s_last and not describes_source:
                # "While most were ..., according to an official, two were upgraded"; but not
                # "..., according to Jack Kelly, writing for RealClearPolitics": that describes the source
                return Frame(cue, subject, self._choose_side(before, (end + 1, self._bracket_end(end + 1, s_last))))
            return Frame(cue, subject, before)
        if (
            cue.lemma != "in"
            and (end > s_last or flat.lower(end) in (",", ";", ".", "but", "and"))
            # a source, not "went according to plan/schedule/the script" or "... his body mass index"
            and (
                self.agentive(*subject)
                or any(flat.lower(t) in EVIDENCE_SOURCES for t in range(subject[0], subject[1] + 1))
            )
        ):
            # "Clinton leads by 271 delegates according to a count by The AP, but ...": the clause
            # before, from its last comma when a clause follows that comma
            first = opener
            for t in range(cue.first - 1, opener, -1):
                if flat.tokens[t].text == "," and self._has_finite_verb(t + 1, cue.first - 1):
                    first = t + 1
                    break
            if self._has_finite_verb(first, cue.first - 1) and flat.lower(first) not in ("which", "who", "whom"):
                return Frame(cue, subject, (first, cue.first - 1))
        return None

    def _has_finite_verb(self, first: int, last: int) -> bool:
        return any(self.flat.tag(t) in _FINITE for t in range(first, last + 1))

    def _time_word(self, k: int) -> bool:
        """A day, a month or a time noun ("Wednesday", "March", "night")."""
        low = self.flat.lower(k)
        return low in WEEKDAYS or low in MONTHS or low in TIME_NOUNS

    def _bracket_end(self, start: int, s_last: int) -> int:
        """The sentence end, or the token before a bracket closing one opened before ``start``."""
        for t in range(start, s_last + 1):
            if self.flat.tokens[t].text in ("(", "["):
                return s_last
            if self.flat.tokens[t].text in (")", "]"):
                return t - 1
        return s_last
