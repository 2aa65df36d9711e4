"""The shape of the clause around each cue: where its source and its content are.

Attribution in news comes in a handful of word orders (preposed "X said that ...", postposed
"..., X said", parenthetical "If ..., he said, ...", inverted "..., said Mr X", "according to
X", "Name: ..." headlines, noun cues such as "his claim that"), and telling which one a cue
is in takes most of the rules; they are kept here, apart from what the spans then become.

:class:`FrameReader` tops a stack of layers, each a subclass of the one below: ``clause_view``
(the shared state and the Frame), ``noun_chunks``, ``source_search`` (the source), ``content_bounds``
(where the content starts and ends) and ``special_frames`` (frames without a verb clause); this module
holds :meth:`FrameReader.read`, which weighs their readings of one cue and decides the word order.
"""

from __future__ import annotations

import bisect
import re

from service.pipeline.lexicon import KIN, PERSON_NOUNS, ROLE_HEADS
from service.pipeline.positions.clause_view import FINITE, Frame
from service.pipeline.positions.content_bounds import (
    CHARACTERIZATIONS,
    CLAUSE_BOUND_OPENERS,
    LEAD_ADVERBS,
    NAMING_CUES,
    OBJECT_TAKERS,
    SETTING_PREPS,
    WH_OPENINGS,
    WH_TAKERS,
)
from service.pipeline.positions.cue_finder import Cue
from service.pipeline.positions.quotes import before_closing_mark, title_case
from service.pipeline.positions.source_search import ARTIFACT_HEADS, MAIN_SPEECH_LEMMAS, TIME_OPENERS
from service.pipeline.positions.speakers import past_dateline
from service.pipeline.positions.special_frames import SpecialFrames
from service.pipeline.positions.tokens import (
    AUX,
    BE,
    EVIDENCE_SOURCES,
    MONTHS,
    NOUN_TAGS,
    NP_TAGS,
    POSSESSIVE_PRONOUNS,
    PRONOUNS,
    SUBORDINATORS,
    WEEKDAYS,
)

_CURRENCY_SIGNS = frozenset({"$", "£", "€", "¥"})  # before an amount: "about $1,100" (and "US$": "US", "$")
_TIME_UNITS = frozenset(
    {"second", "minute", "hour", "day", "week", "month", "year", "decade", "century", "centurie"}  # -s stripped
    | {"p.m.", "a.m.", "pm", "am", "p.m", "a.m", "o'clock", "o’clock", "gmt", "bst", "et"}  # "around 8 p.m."
)
_CLOCK = re.compile(r"\d[:.]\d\d|\d(?:am|pm)$")
_PARTICIPLE_LEADS = frozenset({",", "before", "after", "while", "when", "by", "without", "upon"})
_ATTACKS = frozenset({"attack", "hit", "strike", "target", "pound", "slam", "blast", "assail"})
_WEAPONS = frozenset(
    "drones missiles rockets artillery bombs shells tanks gunfire guns knives knife airstrikes grenades explosives"
    " mortars bullets batons missile rocket drone bomb gun tear".split()
)
_PLATFORMS = frozenset(
    "twitter x facebook instagram tiktok youtube threads bluesky truth social television tv radio air".split()
)
_EMERGENCY = frozenset({"police", "911", "999", "112", "000", "ambulance", "paramedics", "firefighters", "doctor"})
_MOTIONS = frozenset({"into", "onto", "across", "toward", "towards"})
_CALL_OUTS = frozenset({"scene", "call", "calls", "incident", "fire", "blaze", "emergency", "crash", "shooting"})
_GRANTS = frozenset("visa visas entry access bail permission boarding asylum service passage".split())
# Verbs of putting a question to someone, and their written forms before "whether": "asked whether ..."
_PUT_TO = frozenset({"ask", "question", "press", "interview", "quiz"})
_ASKED_FORMS = frozenset({"asked", "ask", "asks", "asking", "questioned", "wondered", "wonders", "pressed"})
_REFUSALS = frozenset({"decline", "refuse", "respond", "reply", "return", "comment"})  # a no-comment stays one
# What one does to stay unnamed: "asked not to be named", "declined to be identified", "requested anonymity"
_ASKING_LEMMAS = frozenset({"ask", "request", "decline", "refuse", "demand", "insist", "want", "wish", "prefer"})
# Adverbs that are an answer in themselves: "Smith said never.", "told reporters otherwise"
_ANSWERS = frozenset("never not n't no yes otherwise so maybe perhaps probably possibly definitely absolutely".split())
_OBJECT_FAMILIES = frozenset({"stance", "evaluate", "concede"})  # cues whose content is often a bare object
_ADDRESSEE_ONLY = frozenset({"tell", "assure", "remind", "inform"})  # "told AFP": never an inverted source

# A clause cut off at these is unfinished: "It was, he said, the worst year" goes on after the cue.
_OPEN_ENDED_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD", "DT", "TO", "CC"})

# What one claims by winning or taking it: "claimed his 50th win", "claimed the title", "claimed 40
# lives". Not "victory": a candidate "claiming victory" declares it, and PolNeAR marks that a statement.
_PRIZES = frozenset(
    "win wins title titles crown seat seats medal medals prize trophy championship lives life gold silver bronze"
    " pole".split()
)
# "said goodbye to his staff", "said grace": formulas, not positions
_FORMULAS = frozenset({"goodbye", "farewell", "hello", "grace", "thanks", "cheese"})


class FrameReader(SpecialFrames):
    """Reads the shape of the clause around one cue: where the source and the content are."""

    def read(self, cue: Cue, previous: Frame | None = None) -> Frame | None:
        """The frame of ``cue``; ``previous`` is the frame of the cue before it, whose
        source a coordinated verb shares ("said A, and said B" / "said A but said B")."""
        if cue.according:
            return self._according(cue)
        if cue.lemma == "answer" and self.flat.lower(cue.last + 1) in ("questions", "queries", "calls", "critics"):
            return None  # "The candidate, Ottoline Fairbairn, answered questions from readers": took them
        if self._passive_participle(cue):
            return None  # "the storm, named Helene, had weakened": Helene named nothing
        if self._put_a_question(cue) or self._inside_a_question(cue):
            return None
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
                # a source that ends a sentence with no stop ("..., says finance minister" in a headline) ends it
                ((flat.lower(inverted[1] + 1) if inverted[1] < s_last else ".") or ".")
                in (",", ".", "(", ";", "!", "who", "—", "–", "--")
                or self._describes_the_source(inverted[1] + 1)
                or self._time_clause_at(inverted[1] + 1)
            )
            and (
                not any(flat.tag(t) == "POS" for t in range(inverted[0], inverted[1] + 1))
                # "..., said the company's chief executive, John J. Ferriola."
                or any(flat.lower(t) in ROLE_HEADS for t in range(inverted[0], inverted[1] + 1))
            )
            # words said before the comma: a clause, a quote, or a phrase ("The tax, warned Tom Reed, would hurt";
            # "Prices will fall, says finance minister"); not a name's apposition, whose two commas enclose it ("The
            # union's president, Stephen Hall, said workers supplied by contractors were ...")
            and (
                any(flat.tag(t).startswith("VB") or t in self.by_close for t in range(s_first, cue.first - 1))
                or "," not in (flat.lower(t) for t in range(s_first, cue.first - 1))
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
        with_at = (
            next(
                (t for t in range(cue.first - 2, max(s_first, cue.first - 10) - 1, -1) if flat.lower(t) == "with"), None
            )
            if self._participle(cue)
            else None
        )
        if with_at is not None and self._participle_after_with(with_at, cue.first) == cue.first:
            # "Traders vowed to resist, with their chairman, Peter Kamau, saying ...": his words
            last = cue.first - 1 - (flat.lower(cue.first - 1) == ",")
            found = ((with_at + 1, last), "appositive" if flat.lower(cue.first - 1) == "," else "plain")
        elif self._participle(cue) and (lead in _PARTICIPLE_LEADS or self._quoted_as(cue, s_first)):
            # "X said ..., noting ...", "X responded before adding that ...": the same source
            shared = self._shared_subject(cue, s_first, previous)
            if shared is None and (lead != "," or cue.first - 1 in self.by_close):
                # "X sued over what was called the “Golden Week,” saying ...": after a quote
                # closing on a comma the participle still belongs to the main subject
                main = self._participle_subject(s_first, cue.first - 1)
                shared = main if main is not None and self.agentive(*main) else None
            outer = self.cue_at.get(cue.first - 2) if lead == "," else None
            if shared is None and outer is not None and outer.first == outer.last:
                # "..., Mike Huckabee agreed, praising ...": the verb before only says how; its
                # subject is the participle's
                outer_subject = self._subject_before(outer, s_first)
                shared = outer_subject[0] if outer_subject is not None else None
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
        if (
            flat.lower(subject[0]) in ("a", "an")
            and flat.lower(subject[0] + 1) in CHARACTERIZATIONS
            and subject[1] > subject[0] + 1
            # a clause's subject right after the noun, not "A line cook", "A message on the website"
            and flat.tag(subject[0] + 2) in ("DT", "PRP", "PRP$", "NNP", "NNPS")
        ):
            return None  # "said the levy was unfair, a claim the board rejected": the narrator's aside
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
            if (
                content is not None
                and flat.lower(content[0]) in ("asked", "pressed", "questioned")
                and cue.lemma not in _REFUSALS
            ):
                # "Asked whether he would run, Smith said not yet, but maybe next year.": the answer after the
                # cue, never the question; "Asked for comment, the ministry declined." stays a refusal
                if after > s_last or not any(flat.tag(t) not in (".", ",") for t in range(after, s_last + 1)):
                    return None
                return Frame(cue, subject, (after, self._content_end(after, s_last, cue)), appositive)
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
        past_comma = after + (flat.lower(after) == ",")
        if (
            past_comma > after
            and self._participle_cue_at(past_comma)
            and flat.lower(past_comma) != "according"  # "reported that, according to an analysis, ..."
            and not self._closes_an_aside(past_comma + 1, s_last, s_last)
        ):
            # "Jim Chalmers hit back, saying ...": the participle reports what was said; but
            # "said, citing witnesses, that ..." goes on to its own content
            return None
        if flat.lower(past_comma) == "with" and self._participle_after_with(past_comma, s_last) is not None:
            return None  # "The BJP hit back, with spokesperson Sambit Patra saying ...": Patra said it
        if (
            flat.lower(cue.first - 1) == ","
            and self._participle(cue)
            and any(t in self.cue_at for t in (cue.first - 2, cue.first - 3))
            and self._closes_an_aside(after, min(s_last, after + 10), s_last)
        ):
            return None  # "said, citing witnesses, (that) ...": on whose word, inside the report
        if cue.lemma.split()[0] in _ASKING_LEMMAS and self._asks_for_anonymity(after, cue):
            return None  # "A resident, who asked not to be named, said ...": the terms of speaking, no position
        if cue.lemma == "write" and flat.lower(after) == "for":
            return None  # "Jack Kelly, writing for RealClearPolitics": a byline, not what was written
        if cue.lemma in WH_TAKERS:
            after = self._wh_at(after, s_last) or after  # the question, not whom it was put to
        end = self._content_end(after, s_last, cue)
        if cue.family == "speech" and self._only_a_setting(after, end):
            return None  # "..., the diplomat said in an interview with The Washington Post."
        platform_end = after + 1
        while flat.tag(platform_end + 1) in ("NNP", "NNPS") and platform_end < after + 3:
            platform_end += 1  # "on Truth Social"
        if (
            flat.lower(after) in ("on", "via")
            and flat.lower(after + 1) in _PLATFORMS
            and (
                end - after <= 3 or (flat.lower(platform_end + 1) == "," and self._participle_cue_at(platform_end + 2))
            )
        ):
            # "hit back on Twitter, writing that ...", 'fired back on Instagram, writing, “...”': where,
            # and the participle says what
            return None
        if all(flat.tag(t) in ("RB", "RBR", ".") and flat.lower(t) not in _ANSWERS for t in range(after, end + 1)):
            return None  # "the men met in 2019 and argued often": how, not what; but "said never" answers
        quoted = self._quote_after_adjuncts(after, end)
        if quoted is not None:
            after, end = quoted
        if self._fronted_subordinate(cue, s_first, subject):
            end = self._subordinate_end(after, end)
        if cue.lemma in NAMING_CUES:
            end = self._name_end(after, end)
        if (
            mode in ("shared", "plain")
            and self._participle(cue)
            and flat.lower(subject[1] + 1) == ","
            and subject[1] < cue.first
            and not self._has_finite_verb(s_first, subject[0] - 1)
        ):
            # "Jones, conceding that a deal was likely, urged caution": the subject's own verb follows
            end = self._interruption_end(after, end)
            where = flat.lower(after) in ("on", "for") or self._only_a_setting(after, end)
            if where and not any(flat.tag(k).startswith("VB") or k in self.by_open for k in range(after, end + 1)):
                return None  # "Cohn, writing in The New York Times, noticed ...": where, not what
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
                    self.cue_at[nxt].lemma in MAIN_SPEECH_LEMMAS
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

    def _closes_an_aside(self, first: int, last: int, s_last: int) -> bool:
        """Does a comma in ``first``..``last`` - 1 close an aside before "that" or a clause ("said, citing
        witnesses, (that) the man fled")?"""
        flat = self.flat
        return any(
            flat.lower(t) == "," and (flat.lower(t + 1) == "that" or self._clause_at(t + 1, s_last))
            for t in range(first, last)
        )

    def _asks_for_anonymity(self, after: int, cue: Cue) -> bool:
        """Does the content at ``after`` ask not to be named ("not to be named", "to remain
        anonymous", "anonymity", "to be identified only by her first name")?"""
        flat = self.flat
        k = after + (flat.lower(after) == "not")
        if flat.lower(k) == "anonymity":
            return True
        k += flat.lower(k) == "that"
        relative = flat.lower(cue.first - 1) == "who"  # not "Police asked that his name not be published until ..."
        if relative and flat.lower(k) in POSSESSIVE_PRONOUNS and flat.lower(k + 1) in ("name", "names", "identity"):
            return "not" in (flat.lower(k + 2), flat.lower(k + 3))  # "who asked that his name not be used"
        if flat.lower(k) != "to":
            return False
        verb = flat.lower(k + 1) if flat.lower(k + 1) not in ("be", "remain", "stay") else flat.lower(k + 2)
        return verb in ("named", "identified", "anonymous", "quoted")

    def _only_a_setting(self, start: int, end: int) -> bool:
        """Is the text after a speech cue only where or when it was said ("in an interview with
        The Post", "at a rally"): a prepositional phrase with no verb and no quote?"""
        flat = self.flat
        if flat.lower(start) not in SETTING_PREPS:
            return False
        return not any(
            flat.tag(k).startswith("VB") or flat.tag(k) == "MD" or k in self.by_open for k in range(start, end + 1)
        )

    def _object_fronted(self, s_first: int, cue_first: int) -> bool:
        """Does "whom"/"what" open the cue's clause, with no comma before the cue, or a relative
        "that" after a noun ("a charge that party leaders denied,")? The cue's object went ahead."""
        flat = self.flat
        for k in range(cue_first - 1, s_first - 1, -1):
            if flat.lower(k) == ",":
                return False
            if flat.lower(k) in ("whom", "what"):
                return True
            if flat.lower(k) == "that" and flat.tag(k - 1) in ("NN", "NNS") and cue_first + 2 not in self.by_open:
                # a subject of its own after "that", not "a message that said, ...", nor "so heated
                # over the bill that Christie said, “...”"
                return any(flat.tag(t) in NOUN_TAGS or flat.tag(t) == "PRP" for t in range(k + 1, cue_first))
        return False

    def _put_a_question(self, cue: Cue) -> bool:
        """Is the cue's source the one a question was put to ("“No,” Lin said when asked about the
        slowdown", "Pelosi, asked whether Biden should step aside, said ...")? The asker is unnamed,
        and the one asked answers in a statement of their own."""
        flat = self.flat
        if cue.first != cue.last or (flat.tag(cue.first) not in ("VBN", "VBD") and cue.lemma != "tell"):
            return False  # the tagger may read "when told of" as a noun
        if flat.lower(cue.last + 1) == "by":
            return False  # "when asked by reporters": the asker is named
        before = flat.lower(cue.first - 1)
        if before == "being":
            before = flat.lower(cue.first - 2)
        if cue.lemma == "tell":
            # "Spoelstra said when told of Butler's comments": he was told, and answered
            return before in ("when", "after", "once", "upon") and flat.lower(cue.last + 1) in ("of", "about", "that")
        if cue.lemma not in _PUT_TO:
            return False
        if before in ("when", "if", "after", "before", "once", "upon", "until", "as"):
            return True
        if before != ",":
            return False
        # "Pelosi, asked whether ..., said": a comma between a plain subject and its verb marks a participle
        s_first = flat.sent_range[flat.sent[cue.first]][0]
        subject = range(s_first, cue.first - 1)
        return len(subject) > 0 and all(
            flat.tag(t) in NP_TAGS or flat.tag(t) == "POS" or flat.lower(t) in ROLE_HEADS for t in subject
        )  # "Lions coach Dan Campbell, asked about ...": a role the tagger read as a verb

    def _inside_a_question(self, cue: Cue) -> bool:
        """Is the cue inside the question of "asked whether ..." ("Asked whether the firm would consider
        a sale, Doe said no")? A question put is no position of its subject's."""
        flat = self.flat
        s_first = flat.sent_range[flat.sent[cue.first]][0]
        passed_that = False
        for t in range(cue.first - 1, max(s_first, cue.first - 12) - 1, -1):
            low = flat.lower(t)
            if low in (",", ";", ":") or t in self.by_close or t in self.by_open:
                return False
            passed_that = passed_that or low == "that"
            if low in ("and", "but", "or") and flat.tag(t + 1).startswith("VB"):
                return False  # "was asked whether she backed the plan and said she did": the answer
            if low in ("whether", "if") or (low == "about" and passed_that):
                # "asked whether", "asked Mook if", "when asked about concerns that ...", but not "asked
                # about Trump's calling Clinton a bigot": a topic, which may be a statement made
                j = t - 1
                while (
                    j > t - 4 and (flat.tag(j) in NP_TAGS or flat.tag(j) == "PRP") and flat.lower(j) not in _ASKED_FORMS
                ):
                    j -= 1
                if flat.lower(j) in _ASKED_FORMS:
                    return True
            if low in SUBORDINATORS:
                return False  # "to ask a question about immigration when Trump shot back that ..."
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
        return (opener in CLAUSE_BOUND_OPENERS and opener != "as") or (
            flat.tag(k) in ("VBN", "VBG") and subject[0] > k + 1
        )

    def _opens_a_time_clause(self, s_first: int, subject_first: int, weak: bool) -> bool:
        """Does the sentence open with a time clause whose subject starts at ``subject_first``
        ("As Blumenthal spoke, ...", "After Clinton testified, ...")? "As X said, ..." introduces
        what X said, so "as" counts only before a weak cue."""
        flat = self.flat
        k = s_first + (1 if flat.tag(s_first) == "CC" else 0)
        opener = flat.lower(k)
        return (opener in TIME_OPENERS and (opener != "as" or weak)) and subject_first == k + 1

    def _fronted_subordinate(self, cue: Cue, s_first: int, subject: tuple[int, int]) -> bool:
        """Is the cue inside a sentence-opening subordinate clause ("Although she said A, B")?
        Then the content ends with that clause, and the main clause is the narrator's."""
        flat = self.flat
        # "With polls showing her well behind, Clinton campaigned": a participle's "with" clause too
        opener = flat.lower(s_first) in CLAUSE_BOUND_OPENERS or (
            flat.lower(s_first) == "with" and flat.tag(cue.first) == "VBG"
        )
        if not opener or not s_first < subject[0] < cue.first:
            return False
        return not any(flat.lower(k) == "," for k in range(s_first, cue.first))

    def _object_content(self, after: int, s_last: int) -> bool:
        """Is the content a bare object ("endorsed Trump", "denied the charges"), not a clause,
        a quote or an infinitive?"""
        flat = self.flat
        if flat.lower(after - 1) in ("that", ":") or after in self.by_open or flat.lower(after) in ("to", "that"):
            return False
        if flat.lower(after) in WH_OPENINGS or self._clause_at(after, s_last):
            return False
        return not any(k in self.by_open for k in range(after, min(s_last, after + 12) + 1))

    def _stance_object(self, cue: Cue, after: int) -> bool:
        """Is the content the object of a stance cue ("support Sanders"), never a clause of its own?"""
        flat = self.flat
        return (
            cue.family == "stance"
            and flat.lower(after) not in ("that", "to")
            and flat.lower(after - 1) not in ("that", ":")
            and after not in self.by_open
        )

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
        if flat.tokens[s_last].text != ":" or s_last + 1 >= len(flat):
            return None
        between = range(cue.last + 1, s_last)
        if len(between) > 8 or any(flat.tag(t).startswith("VB") or t in self.by_open for t in between):
            return None  # whom and where may stand between ("told parliament:", "said in a statement:")
        k = s_last + 1
        if flat.para[k] - flat.para[s_last] > 1:
            return None
        q = self.by_open.get(k) or (self.by_open.get(k + 1) if k in flat.half else None)
        if q is not None:
            close = q.close if q.close is not None else q.last
            end = flat.sent_range[flat.sent[close]][1]
        else:
            end = flat.para_range(k)[1]
            first_sentence_end = flat.sent_range[flat.sent[k]][1]
            if between and any(t in self.cue_at for t in range(k, first_sentence_end + 1)):
                # "The club said in a statement: ¶ Manager Tom Hill said he was disappointed": a
                # report of its own, not the statement's words
                return None
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
        if cue.lemma in OBJECT_TAKERS and flat.tag(nxt) in ("PRP", "NNP", "NNS", "NN", "DT"):
            nxt = after  # "..., the president told her." / "..., she told reporters on Friday."
            if nxt > s_last:
                return True
        if not (flat.tag(nxt) in ("IN", "RB", "TO", ",", ".") or flat.lower(nxt) in WEEKDAYS or self._date_at(nxt)):
            return False
        if flat.lower(nxt) in ("about", "nearly", "almost", "roughly", "around", "some") and (
            flat.lower(nxt + 1) in _CURRENCY_SIGNS
            or flat.lower(nxt + 2) == "$"  # "US$", "A$": "US", "$"
            or (
                flat.tag(nxt + 1) == "CD"
                and flat.lower(nxt + 2).rstrip("s") not in _TIME_UNITS
                and not _CLOCK.search(flat.lower(nxt + 1))  # "around 10.30pm", "about 9:15"
            )
        ):
            # "..., the tariffs could add about $1,100 to the price": an amount is an object (not "..., he said
            # about 10 minutes later", "... around 8 p.m.", "... nearly two decades ago")
            return False
        if cue.infinitive and self._infinitive_at(nxt, s_last) and flat.lower(nxt + 1) not in ("know", "ask", "learn"):
            return False  # "..., the RNC agreed to allow Trump ...": the infinitive is the content
        if flat.tokens[nxt].text == "," and self._clause_at(nxt + 1, s_last):
            return False  # "In the end, Mr. Rosenthal said, union voters ...": parenthetical
        if flat.lower(after - 1) in ("that", ":") or after in self.by_open:
            return False
        if flat.lower(after) in _ANSWERS and (
            (flat.lower(after + 1) in (".", "!", "") and after + 1 >= s_last)
            or (flat.lower(after + 1) == "," and flat.lower(after + 2) in ("but", "though", "although"))
        ):
            return False  # "Asked if he would run again, Smith said maybe.": the answer, not an adjunct
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

    def _claims_a_prize(self, after: int, s_last: int) -> bool:
        """Is the object of "claim" a prize, a seat or lives ("claimed victory", "claimed the
        title", "claimed three seats"), the noun heading its first few words?"""
        flat = self.flat
        for k in range(after, min(s_last, after + 5) + 1):
            if flat.lower(k) in _PRIZES:
                # not "claimed the election win was stolen": the object's own verb makes it a clause
                verb = self._skip_forward_adverbs(k + 1, s_last)
                return flat.tag(verb) not in FINITE
            if not (flat.tag(k) in NP_TAGS or flat.tag(k) in ("JJ", "CD", "POS")):
                return False
        return False

    def _quoted_as(self, cue: Cue, s_first: int) -> bool:
        """ "The minister was quoted by Reuters as saying ...": the subject of "was quoted" speaks."""
        flat = self.flat
        return flat.lower(cue.first - 1) == "as" and any(
            flat.lower(k) == "quoted" for k in range(max(s_first, cue.first - 8), cue.first - 1)
        )

    def _lead_before(self, cue: Cue) -> str:
        """The word before the cue; a comma when it is a closing quote after a comma (“...,” adding)."""
        flat = self.flat
        j = cue.first - 1
        if self._participle(cue):
            while j > 0 and flat.tag(j) == "RB" and (flat.lower(j).endswith("ly") or flat.lower(j) in LEAD_ADVERBS):
                j -= 1  # "after initially saying", "..., also alluding to"
        return "," if j in self.by_close and flat.lower(j - 1) == "," else flat.lower(j)

    def _clause_start(self, s_first: int, sep: int) -> int:
        """Start of the clause ending at ``sep``: sentence start, or an opener quote's start."""
        for k in range(s_first, sep):
            q = self.by_close.get(k)
            if q is not None and q.open < s_first:
                return q.open
        return past_dateline(self.flat, s_first, sep)

    def _evidence_finds(self, cue: Cue, subject: tuple[int, int]) -> bool:
        """A poll, study or set of records "found" a bare object too ("A June poll found Trump
        receiving 20 percent", "One 2009 paper found improvements in math scores")."""
        return cue.family == "evidence" and any(
            self.flat.lower(k) in EVIDENCE_SOURCES for k in range(subject[0], subject[1] + 1)
        )

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
        return any(flat.lower(t) in ARTIFACT_HEADS for t in range(max(s_first, first - 6), first - 1))

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
