"""The positions stage: quotes, cues, frames and speakers put together into positions.

Several cues can reach for the same text, one statement can be split over quote parts and
paragraphs, and a quote may stand with no cue of its own; settling these needs every frame of
the article at once, so it is done here, after the frames, and the frame rules stay local to
one cue.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import replace

from sumy.nlp.stemmers import Stemmer

from service.pipeline.cues import CueLexicon
from service.pipeline.document import Document
from service.pipeline.lexicon import KIN, ROLE_HEADS, SEAT_TITLES, SPOKESPEOPLE
from service.pipeline.positions.clause_view import Frame
from service.pipeline.positions.cue_finder import Cue, CueFinder
from service.pipeline.positions.documents import documents_speak_for_their_authors
from service.pipeline.positions.frames import FrameReader
from service.pipeline.positions.headlines import headline_sources_from_the_story
from service.pipeline.positions.no_comment import refuses_comment
from service.pipeline.positions.quotes import (
    DOUBLE,
    SINGLE_CLOSE,
    Quote,
    QuoteFinder,
    before_mark,
    coverage,
    opens_inside_a_phrase,
    title_case,
)
from service.pipeline.positions.speakers import ActorIndex, Resolved, SpeakerResolver
from service.pipeline.positions.special_frames import noun_frames
from service.pipeline.positions.tokens import (
    DASHES,
    OPENING_MARKS,
    PERSON_HEADS,
    POSSESSIVE_MARKS,
    POSSESSIVE_PRONOUNS,
    FlatTokens,
    span_of,
    that_is_a_subject,
)
from service.pipeline.resources import LanguageResources
from service.pipeline.results import Actor, Position, PositionKind, Span, Speaker
from service.pipeline.sentence_terms import TermStemmer

_WORDS = re.compile(r"\w+")
_LEADING_JUNK = frozenset({",", ":", ";", "and", "but", "or", "so", "that", "—", "–", "-", "--"})

_TRAILING_JUNK = frozenset({",", ":", ";", ".", "and", "but", "or", "—", "–", "-", "--", "…"})


# Whom a crime or court story describes besides the person quoted: "the victim" is not the witness just named
_SOMEBODY_ELSE = frozenset({"victim", "suspect", "defendant", "accused", "gunman", "attacker", "killer", "deceased"})
# Words of a description that make it somebody else: "the other candidate", "the deputy head" after the head spoke
_ANOTHER = frozenset({"other", "another", "second", "deputy"})
# Offices of one holder, which a person who holds another is not ("the governor" after Senator Tom Baker spoke)
_OFFICES_OF_ONE = frozenset(
    "president governor mayor minister secretary chancellor premier commissioner sheriff ambassador speaker"
    " treasurer chairman chairwoman chair".split()
)
# Whom a story's person deals with, who speak to or of them ("the judge said" after the defendant spoke)
_COUNTERPARTS = frozenset(
    "judge magistrate coroner prosecutor lawyer attorney barrister solicitor doctor nurse officer detective host"
    " presenter interviewer moderator driver".split()
)
_THIRD_PERSON = frozenset({"he", "she", "him", "her", "his", "hers"})
# The titles a counterpart's holder is named with ("Dr. Samuel Whitlock ... The doctor said")
_TITLED = {"doctor": ("dr", "dr."), "detective": ("det", "det."), "judge": ("judge",), "officer": ("officer",)}
_OWN_LIFE = frozenset({"retired", "former", "veteran", "longtime", "trainee"})
_INTRODUCED_REACH = 2000  # tokens back to look for an unnamed person's introduction: long texts stay linear
_CONTINUING = frozenset({"he", "she", "it", "they"})  # pronouns that may continue an unnamed source
_LOOK_BACK = 24  # statements to look back over for the one a he/she continues
_PERSONAL = frozenset({"he", "she", "him", "her", "his", "hers", "they", "them", "their"})
_FEMALE_HEADS = frozenset("mother wife daughter sister widow grandmother aunt girlfriend queen duchess actress".split())
_MALE_HEADS = frozenset("father husband son brother widower grandfather uncle boyfriend king duke spokesman".split())


def _gender_of_a_head(head: str) -> str | None:
    """ "spokeswoman" and "mother" are women, "man" and "father" men; "spokesperson", "minister"
    and "chairman" (a title women hold too) may be either."""
    if head.endswith("woman") or head in _FEMALE_HEADS:
        return "female"
    if head == "man" or head in _MALE_HEADS:
        return "male"
    return None


def _introduced_unnamed(flat: FlatTokens, head: int, since: int) -> bool:
    """Did the text give the description's noun to somebody else before: an unnamed person ("When a nurse ...
    returned, ... The nurse later sued"), or anyone since the last speaker ("affected the former president, who
    spent ... the former president said")?"""
    noun = flat.lower(head)
    for k in range(head - 1, max(-1, head - _INTRODUCED_REACH), -1):
        if flat.lower(k) != noun:
            continue
        if k > since or any(flat.lower(t) in ("a", "an", "one") for t in range(max(0, k - 3), k)):
            return True
    return False


def _lends_no_source(outer: Frame, nested: Frame) -> bool:
    """Is ``nested``, a report inside the content of ``outer``, one whose source a later
    participle or "and"/"but" verb cannot share? On PolNeAR's train split the later verb belongs
    to the outer source far more often ("Johnson said Brown had agreed to resign, but added ...",
    "The prime minister said voters wanted change and promised ...": 19 speakers right against 6,
    such as "said Ms. Cole denied the charges and insisted ..."). A nested "“…,” he said" or "a
    charge that Y denied" looks back, and lends its source as before."""
    return outer.content[0] <= nested.cue.first <= outer.content[1] and nested.content[0] > nested.cue.last


def _overlaps_the_cue(flat: FlatTokens, mention: Span, cue: Cue) -> bool:
    return mention.start < flat.tokens[cue.last].end and flat.tokens[cue.first].start < mention.end


_NAME_KINDS = frozenset({"name", "alias", "acronym", "metonym"})  # mentions written as a proper name


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


# Singular nouns for bodies of people that a later "they" continues ("Police said ... , they said.")
_PLURAL_BODIES = frozenset({"police", "authorities", "military", "staff", "government"})


class PositionFinder:
    """Finds statements attributed to actors: ``PositionFinder(resources)(doc, actors)``."""

    def __init__(
        self, resources: LanguageResources, lexicon: CueLexicon | None = None, stems: TermStemmer | None = None
    ) -> None:
        self._quotes = QuoteFinder()
        self._lexicon = lexicon if lexicon is not None else CueLexicon()
        self._cues = CueFinder(self._lexicon)
        self._speakers = SpeakerResolver(resources)
        # the summary stage's stemmer when the pipeline has one: its memo already holds the article's words
        self._stems = stems or TermStemmer(Stemmer("english"), resources.stopwords)

    def __call__(self, doc: Document, actors: Sequence[Actor]) -> list[Position]:
        flat = FlatTokens(doc)
        if not flat.tokens:
            return []
        flat.read_as_names(
            ((m.start, m.end) for a in actors for m in a.mentions if m.kind in _NAME_KINDS),
            lambda low: low in self._lexicon,
        )
        quotes = self._quotes(flat)
        inside = coverage(flat, quotes)
        by_open = {q.open: q for q in quotes}
        by_close = {q.close: q for q in quotes if q.close is not None}
        index = self._speakers.prepare(flat, actors, inside)
        cues = self._cues(flat, inside)
        reader = FrameReader(flat, by_open, by_close, cues)
        frames: list[Frame] = reader.colon_frames(index) + reader.dash_frames()
        frames += noun_frames(flat, inside, self._lexicon)
        previous: Frame | None = None
        for cue in cues:
            frame = reader.read(cue, previous)
            if frame is not None:
                frames.append(frame)
                if previous is None or not _lends_no_source(previous, frame):
                    previous = frame
        # Content before its cue ("..., X said.") is the most reliable shape, so it claims
        # text first; a cue lying inside claimed content is a nested report and is dropped,
        # and a forward content running into claimed text is cut short of it.
        frames.sort(key=lambda f: (f.content[1] >= f.cue.first, f.cue.first))
        positions: list[Position] = []
        claimed = _ClaimedSpans()
        unattributed: list[tuple[int, int]] = []  # char spans with a cue whose speaker did not resolve
        co_speakers: dict[tuple[int, int], list[Resolved]] = {}  # cue span -> the other joint sources
        groups: dict[int, Speaker] = {}  # sentence -> an unnamed group that speaks in it
        bodies: dict[int, Speaker] = {}  # sentence -> a document or organisation that speaks in it
        described = self._described_people(flat, index, frames)
        # A pronoun source that finds nobody is tried again once every other frame has been read:
        # frames do not come in text order, and "The company said ... Volumes were flat, it added."
        # may reach "it" before the company has spoken
        queue = [(frame, False) for frame in frames]
        for frame, retried in queue:
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
                joint[0]
                if joint
                else self._speakers.resolve(
                    flat,
                    index,
                    *frame.subject,
                    appositive=frame.appositive,
                    content=(flat.tokens[first].start, flat.tokens[last].end),
                )
            )
            if resolved is not None and frame.relative is not None:
                resolved = Resolved(resolved.speaker, span_of(flat, frame.relative, frame.relative))
            if resolved is not None and resolved.speaker.type == "organization":
                resolved = self._people_over_a_body(flat, index, reader, frame.subject, resolved)
            if resolved is None and frame.subject[0] == frame.subject[1] and flat.lower(frame.subject[0]) == "they":
                # "Democrats believe ... They say ...": an unnamed group goes on speaking
                sent = flat.sent[frame.subject[0]]
                group = groups.get(sent - 1)
                if group is None and sent > 0:
                    # or two sentences back across "Their spokesman, Ian Boyd, said ...": the group
                    # stays in focus through "their", and the sentence names no other plural
                    between = range(flat.sent_range[sent - 1][0], flat.sent_range[sent - 1][1] + 1)
                    if any(flat.lower(t) == "their" for t in between) and not any(
                        flat.tag(t) in ("NNS", "NNPS") for t in between
                    ):
                        group = groups.get(sent - 2)
                if group is not None:
                    resolved = Resolved(group, span_of(flat, frame.subject[0], frame.subject[0]))
            if resolved is None and frame.subject[0] == frame.subject[1] and flat.lower(frame.subject[0]) == "they":
                # "Aides said ..., and they rejected ...": people named by a plural noun before it
                people = reader.people_before(frame.subject[0])
                if people is not None:
                    span = span_of(flat, *people)
                    resolved = Resolved(
                        Speaker(span.text, None, "group"), span_of(flat, frame.subject[0], frame.subject[0])
                    )
            if resolved is None and frame.subject[0] == frame.subject[1] and flat.lower(frame.subject[0]) == "it":
                # "“...,” the editorial read. “...,” it read.": a document or body goes on speaking
                sent = flat.sent[frame.subject[0]]
                body = next((bodies[s] for s in (sent, sent - 1, sent - 2) if s in bodies), None)
                if body is not None:
                    resolved = Resolved(body, span_of(flat, frame.subject[0], frame.subject[0]))
            if (
                resolved is None
                and frame.subject[0] == frame.subject[1]
                and flat.lower(frame.subject[0]) in ("he", "she")
            ):
                # "The spokesman said ... He said ...": with nobody named, the person described goes on
                sent = flat.sent[frame.subject[0]]
                pronoun = "female" if flat.lower(frame.subject[0]) == "she" else "male"
                person = next(
                    (
                        described[s][0]
                        for s in (sent, sent - 1, sent - 2)
                        if s in described and described[s][1] in (None, pronoun)
                    ),
                    None,
                )
                if person is not None:
                    resolved = Resolved(person, span_of(flat, frame.subject[0], frame.subject[0]))
            elif (
                resolved is not None
                and resolved.speaker.actor_id is not None
                and frame.subject[0] == frame.subject[1]
                and flat.lower(frame.subject[0]) in ("he", "she")
            ):
                resolved = self._described_since(flat, index, described, frame.subject[0], resolved)
            if resolved is not None and _overlaps_the_cue(flat, resolved.mention, frame.cue):
                # "Sanders Blasts Clinton" taken for one name in a headline: the source ends before its cue
                k = flat.token_at(resolved.mention.start)
                if k >= frame.cue.first:
                    resolved = None
                else:
                    resolved = Resolved(resolved.speaker, span_of(flat, k, frame.cue.first - 1))
            if resolved is None:
                lone_pronoun = frame.subject[0] == frame.subject[1] and flat.lower(frame.subject[0]) in _CONTINUING
                if lone_pronoun and not retried:
                    queue.append((frame, True))
                    continue
                unattributed.append((flat.tokens[first].start, flat.tokens[last].end))
                continue
            if resolved.speaker.type == "group" or (
                resolved.speaker.actor_id is None
                # "Police said ... A case has been registered, they said.": a collective noun is plural
                and (flat.tag(frame.subject[1]) in ("NNS", "NNPS") or flat.lower(frame.subject[1]) in _PLURAL_BODIES)
            ):
                groups.setdefault(flat.sent[frame.subject[0]], resolved.speaker)
            if (
                resolved.speaker.type == "group"
                and flat.tag(frame.subject[1]) == "NN"
                and flat.lower(frame.subject[1]) not in ROLE_HEADS  # "his physician" is no "it"
            ) or resolved.speaker.type == "organization":
                bodies.setdefault(flat.sent[frame.subject[0]], resolved.speaker)
            made = _position(flat, by_open, by_close, frame.cue, resolved, (first, last))
            if made is not None:
                positions.append(made)
                claimed.add(first, last)
                if joint:
                    co_speakers[(made.cue.start, made.cue.end)] = joint[1:]
        positions.extend(self._standalone_quotes(flat, quotes, positions, unattributed))
        positions.sort(key=lambda p: (p.content.start, p.cue.start))
        positions = _they_continues_a_group(flat, positions)
        positions = self._he_or_she_continues_the_last_speaker(flat, positions, actors)
        positions = self._a_description_goes_on_with_the_last_speaker(flat, index, positions, actors)
        merged = _merge_continuations(flat, positions)
        # "The US and Nato have vowed ...": the same statement for each joint source, added
        # after merging so that every copy carries the whole content
        for pos in list(merged):
            for other in co_speakers.get((pos.cue.start, pos.cue.end), []):
                merged.append(replace(pos, speaker=other.speaker, speaker_mention=other.mention))
        merged.sort(key=lambda p: (p.content.start, p.cue.start))
        merged = documents_speak_for_their_authors(flat, merged)
        merged = headline_sources_from_the_story(flat, merged, actors, self._stems)
        return [replace(p, no_comment=True) if refuses_comment(p, flat.text) else p for p in merged]

    def _he_or_she_continues_the_last_speaker(
        self, flat: FlatTokens, positions: list[Position], actors: Sequence[Actor]
    ) -> list[Position]:
        """ "Sofia Lindgren said Asante would play. “We won't rush him,” she said.": the he/she of a
        quote's cue goes on from the source of the statement just before, when the person it was
        resolved to is named only inside that statement or before its source ("One teacher said
        ... “...,” she said" after Dr Lowe spoke earlier), and that source fits the pronoun. A
        question's source is not the one who answers ("Jones asked Smith ... “...,” he said")."""
        by_id = {a.id: a for a in actors}
        named_at: dict[str, list[int]] = {}  # actor id -> where it is named, not a pronoun (sorted)
        out: list[Position] = []
        for pos in positions:
            m = pos.speaker_mention
            parenthetical = m is not None and flat.lower(flat.token_at(m.start) - 1) == ","  # "X, he said, “...”"
            if m is None or m.text.lower() not in ("he", "she"):
                out.append(pos)
                continue
            # a he/she before its cue goes on only from an unnamed person who spoke last ("One EU diplomat said ...,
            # although he acknowledged"): after a named one, the pronoun's own link stands
            before_cue = pos.content.start > pos.cue.start and not parenthetical
            # from the statements already settled, so a run of quotes keeps one source; the last
            # few are enough, since the source must be within two sentences (a bounded look back
            # keeps long texts linear)
            prev = max(
                (p for p in out[-_LOOK_BACK:] if p.cue.end <= pos.content.start),
                key=lambda p: p.cue.start,
                default=None,
            )
            actor = by_id.get(pos.speaker.actor_id or "")
            # or from one the text described, which the actor list could not follow: "Asked whether she would step
            # aside, the 46-year-old prime minister said ... She said the Cabinet would meet" opens its sentence
            described = (
                prev is not None
                and prev.speaker_mention is not None
                and prev.speaker_mention.text.lower().startswith("the ")
                and flat.sent_range[flat.sent[flat.token_at(m.start)]][0] == flat.token_at(m.start)
            )
            if (
                prev is None
                or actor is None
                or (
                    before_cue
                    and (
                        (prev.speaker.actor_id is not None and not described)
                        or flat.sent[flat.token_at(m.start)] - flat.sent[flat.token_at(prev.cue.start)] > 1
                    )
                )
                or prev.speaker == pos.speaker
                or not self._fits(flat, prev, by_id.get(prev.speaker.actor_id or ""), m)
            ):
                out.append(pos)
                continue
            if actor.id not in named_at:
                named_at[actor.id] = sorted(n.start for n in actor.mentions if n.text.lower() not in _PERSONAL)
            starts = named_at[actor.id]
            k = bisect.bisect_left(starts, m.start)
            last = starts[k - 1] if k else -1
            inside = prev.content.start <= last < prev.content.end
            # or named in its own words before a parenthetical cue: "Hartley, she said, had shown ..." and "The prime
            # minister, he said, “needs new faces”" are of Hartley and of the prime minister
            pronoun = flat.token_at(m.start)
            opening = flat.tokens[flat.sent_range[flat.sent[pronoun]][0]].start if parenthetical else m.start
            own = min(pos.content.start, opening) <= last < m.start
            # a he/she before its cue only past a person named before the unnamed source spoke: "A prosecutor said
            # John Smith stole $1m. He told the court he was innocent" is Smith
            source_at = prev.speaker_mention.start if before_cue and prev.speaker_mention else prev.cue.start
            if (not before_cue and (inside or own)) or last < min(prev.cue.start, source_at):
                pos = replace(pos, speaker=prev.speaker)
            out.append(pos)
        return out

    def _a_description_goes_on_with_the_last_speaker(
        self, flat: FlatTokens, index: ActorIndex, positions: list[Position], actors: Sequence[Actor]
    ) -> list[Position]:
        """ "Halyna Ostapenko, 67, said she had been asleep. “I just lay there under the glass,” the retired teacher
        said.": a definite description of one person that nobody's role holds, as the source of the statement after
        a named person's, is that person written anew ("the veteran diplomat", "the Oslo-based executive", "the
        father of four"), when nobody else is named in between and the statement does not name them. A noun the
        text gave an unnamed source before ("A resident said ... the resident said") stays that source."""
        by_id = {a.id: a for a in actors}
        unnamed: set[str] = set()  # heads of unnamed sources introduced with "a", "an" or "one"
        out: list[Position] = []
        for pos in positions:
            m = pos.speaker_mention
            words = m.text.lower().split() if m is not None and pos.speaker.actor_id is None else []
            if words[:1] in (["a"], ["an"], ["one"]):
                unnamed.add(words[-1])
            head = flat.token_at(m.end - 1) if m is not None and words[:1] == ["the"] else None
            if (
                m is None
                or head is None
                or words[-1] in unnamed
                or any(mark in m.text for mark in POSSESSIVE_MARKS)  # "the program's host" is somebody else
                or set(words) & _ANOTHER  # "the other candidate"
                or (words[-1] in KIN and flat.lower(head + 1) == "of")  # "The daughter of one victim"
                # "the candidate on the stage, Hillary Clinton," names its own
                or (flat.lower(head + 1) == "," and flat.tokens[min(head + 2, len(flat.tokens) - 1)].text[:1].isupper())
                or not self._describes_a_person(flat, head)
            ):
                out.append(pos)
                continue
            prev = max(
                (p for p in out[-_LOOK_BACK:] if p.cue.end <= min(pos.content.start, m.start)),
                key=lambda p: p.cue.start,
                default=None,
            )
            actor = by_id.get(prev.speaker.actor_id or "") if prev is not None else None
            if prev is None or actor is None or actor.type != "person":
                out.append(pos)
                continue
            since = min(prev.cue.start, prev.speaker_mention.start if prev.speaker_mention else prev.cue.start)
            others = {a.id for a, _s, _e in index.mentions(since, m.start) if a.type == "person"} - {actor.id}
            gap = flat.sent[head] - flat.sent[flat.token_at(since)]
            fits = _gender_of_a_head(words[-1]) in (None, self._speakers.gender_of(actor))
            # the statement names the person, or its quoted words call them he or she ("“He planned the attack,” the
            # prosecutor said"; in reported speech, "he" is as often the speaker)
            spoken_of = id(actor) in index.named_between(pos.content.start, pos.content.end) or (
                pos.kind == "direct"
                and any(
                    pos.content.start <= n.start < pos.content.end and n.text.lower() in _THIRD_PERSON
                    for n in actor.mentions
                )
            )
            # a life's description is the person's own: "the retired nurse", "the 68-year-old bus driver"
            own_life = any(w in _OWN_LIFE or w.endswith("year-old") for w in words)
            office = (
                words[-1] in _OFFICES_OF_ONE or words[-1] in SEAT_TITLES or words[-1] in _COUNTERPARTS
            ) and not own_life
            if (
                fits
                and not pos.cue.text.lower().startswith("ask")  # "the host asked": the interviewer
                # an office the person does not hold ("Senator Tom Baker ... the governor said"), or one who deals
                # with the person ("the judge", "the lawyer") unless the person is one
                and (not office or self._speakers.holds(index, actor, words[-1]))
                and (
                    words[-1] not in _COUNTERPARTS
                    or own_life
                    or self._speakers.holds(index, actor, words[-1], known=True)
                    or any(m.text.lower().split()[0] in _TITLED.get(words[-1], ()) for m in actor.mentions if m.text)
                )
                and not others
                and 0 <= gap <= 2
                and not spoken_of
                and not _introduced_unnamed(flat, head, flat.token_at(since))
            ):
                pos = replace(pos, speaker=prev.speaker)
            out.append(pos)
        return out

    def _describes_a_person(self, flat: FlatTokens, head: int) -> bool:
        """Is the head of a definite description one person's: a role, an occupation or kin ("the retired teacher",
        "the mother"), or a nationality ("the Czech")? Not one a crime story gives somebody else ("the victim")."""
        low = flat.lower(head)
        if flat.tag(head) not in ("NN", "NNP", "JJ") or low in _SOMEBODY_ELSE:
            return False
        return low in PERSON_HEADS or self._speakers.is_a_national(low)

    def _fits(self, flat: FlatTokens, prev: Position, prev_actor: Actor | None, mention: Span) -> bool:
        """Can ``prev``'s source be the he/she at ``mention``: near it, a single person of a
        fitting gender, and not the one who asked a question?"""
        gap = flat.sent[flat.token_at(mention.start)] - flat.sent[flat.token_at(prev.cue.start)]
        if not 0 <= gap <= 2 or prev.cue.text.lower().startswith(("ask", "question", "press", "quiz")):
            return False
        want = "female" if mention.text.lower() == "she" else "male"
        source = prev.speaker_mention.text.lower().split() if prev.speaker_mention is not None else []
        mouthpiece = next((w for w in source[:3] if w in SPOKESPEOPLE), None)
        if prev_actor is not None and mouthpiece is not None and source[0] in ("a", "an", "one"):
            # "A spokeswoman for Mayor Paul Hendricks said ... The mayor, she said, believed ...": she goes on
            # speaking for him
            return _gender_of_a_head(mouthpiece) in (None, want)
        if prev_actor is not None:
            return prev_actor.type == "person" and self._speakers.gender_of(prev_actor) in (None, want)
        if prev.speaker.type == "person":
            # "His wife, Jane, said ...": a given name the actor list does not hold, of the fitting gender
            return self._speakers.gender_of_name(prev.speaker.name) == want
        # only an indefinite or a kin description is somebody new ("One teacher", "His ex-wife");
        # "the businessman" is mostly the person named before
        words = prev.speaker.name.lower().split()
        head = words[-1].removeprefix("ex-") if words else ""
        new = len(words) > 1 and (words[0] in ("a", "an", "one", "another") or words[0] in POSSESSIVE_PRONOUNS)
        return new and head in PERSON_HEADS and _gender_of_a_head(head) in (None, want)

    @staticmethod
    def _people_over_a_body(
        flat: FlatTokens, index: ActorIndex, reader: FrameReader, subject: tuple[int, int], resolved: Resolved
    ) -> Resolved:
        """ "The GOP leaders have signaled their support": a "they"/"their" after the plural
        people who are the subject of its own sentence is them, not an organisation named in or
        before them; an organisation named in between keeps it ("Aides met the FBI; they said")."""
        k = subject[0]
        if subject[1] != k or flat.lower(k) not in ("they", "their"):
            return resolved
        people = reader.people_before(k)
        if people is None or flat.sent[people[0]] != flat.sent[k]:
            return resolved
        between = index.mentions(flat.tokens[people[1]].end, flat.tokens[k].start)
        if any(actor.type == "organization" for actor, _s, _e in between):
            return resolved
        span = span_of(flat, *people)
        return Resolved(Speaker(span.text, None, "group"), resolved.mention)

    @staticmethod
    def _described_since(
        flat: FlatTokens,
        index: ActorIndex,
        described: dict[int, tuple[Speaker, str | None]],
        pronoun: int,
        resolved: Resolved,
    ) -> Resolved:
        """The unnamed person a he/she goes on with, when one spoke in this sentence or the one before and the
        person the pronoun was linked to is not named since: "Saliba said ... A GP in the city said families had
        missed appointments. She said her practice now ran evening clinics" is the GP."""
        sent = flat.sent[pronoun]
        gender = "female" if flat.lower(pronoun) == "she" else "male"
        # the sentence before; or the one before that, when a quote's first sentence stands between
        opens_quote = sent >= 1 and flat.tokens[flat.sent_range[sent - 1][0]].text in OPENING_MARKS
        for s in (sent - 1, sent - 2) if opens_quote else (sent - 1,):
            if s not in described or s < 0 or flat.para[flat.sent_range[s][0]] != flat.para[pronoun]:
                continue
            person, person_gender = described[s]
            words = person.name.lower().split()
            # somebody new: "A GP", "a district official", "the teenager's mother", "The daughter of one victim";
            # not "the candidate" or "the former president", which a report writes for the person it named
            if not words or not (words[0] in ("a", "an") or words[-1] in KIN or (len(words) > 1 and words[1] in KIN)):
                break
            # the sentence's subject, maybe after a fronted phrase ("In a statement read to the court, the
            # teenager's mother said"), not a person its statement speaks of
            f, last = flat.sent_range[s]
            text = flat.text[flat.tokens[f].start : flat.tokens[last].end]
            fronted = flat.tag(f) == "IN" and ", " + person.name in text
            since = index.mentions(flat.tokens[f].start, flat.tokens[pronoun].start)
            if (
                (text.startswith(person.name) or fronted)
                and person_gender in (None, gender)
                and not any(a.id == resolved.speaker.actor_id for a, _s, _e in since)
            ):
                return Resolved(person, span_of(flat, pronoun, pronoun))
            break
        return resolved

    def _described_people(
        self, flat: FlatTokens, index: ActorIndex, frames: Sequence[Frame]
    ) -> dict[int, tuple[Speaker, str | None]]:
        """Sentence -> an unnamed person who is a source in it ("The spokesman said ...", "the
        bank's chief executive said", a lone "Smith said" the actor finder did not keep), whom a
        he/she with nobody named can continue. Read before the frames are resolved in order,
        since a postposed "“...,” she said" comes first there."""
        described: dict[int, tuple[Speaker, str | None]] = {}
        for frame in frames:
            head = frame.subject[1]
            # the head before a place or a body that qualifies it ("A GP in the city", not "of": "the mother of")
            after = next((k for k in range(frame.subject[0] + 1, head + 1) if flat.tag(k) == "IN"), None)
            if after is not None and flat.lower(after) != "of":
                head = after - 1
            # "the spokesman", "a witness", "his mother"
            role = flat.tag(head) in ("NN", "NNP") and flat.lower(head) in PERSON_HEADS
            lone_name = frame.subject[0] == head and flat.tag(head) == "NNP"  # "Smith said", no actor found
            if frame.appositive:
                # "His wife, Jane, said ...": a name the actor list does not hold, after a description
                resolved = self._speakers.resolve(flat, index, *frame.subject, appositive=True)
                if resolved is not None and resolved.speaker.actor_id is None and resolved.speaker.type == "person":
                    comma = next((k for k in range(*frame.subject) if flat.lower(k) == ","), frame.subject[0])
                    described.setdefault(flat.sent[head], (resolved.speaker, _gender_of_a_head(flat.lower(comma - 1))))
                    continue
                # an appositive region that names nobody new is read again as a plain subject below, so that its
                # description is kept: "A store clerk, who asked not to be named, said ..."
            if not (role or lone_name):
                continue
            resolved = self._speakers.resolve(flat, index, *frame.subject)
            if resolved is not None and resolved.speaker.actor_id is None and resolved.speaker.type != "organization":
                described.setdefault(flat.sent[head], (resolved.speaker, _gender_of_a_head(flat.lower(head))))
        for sent, (s_first, s_last) in enumerate(flat.sent_range):
            # "The judge was scathing. “...,” she said.": a described person opening the sentence
            # before, a source or not
            head = s_first + 1
            if flat.lower(head + 1) in POSSESSIVE_MARKS:
                head += 2  # "The victim's mother wept."
            if sent in described or flat.lower(s_first) not in ("the", "a", "an", "his", "her", "their"):
                continue
            low = flat.lower(head)
            verb = head + 1
            if flat.lower(verb) == ",":
                # "The author, a former nurse, began writing at fifty.": past the description
                shut = next((t for t in range(verb + 1, min(verb + 10, s_last)) if flat.lower(t) == ","), None)
                verb = shut + 1 if shut is not None else verb
            if low in PERSON_HEADS and flat.tag(verb) in ("VBD", "VBZ"):
                span = span_of(flat, s_first, head)
                described[sent] = (Speaker(span.text, None, "group"), _gender_of_a_head(low))
        return described

    @staticmethod
    def _standalone_quotes(
        flat: FlatTokens, quotes: Sequence[Quote], found: Sequence[Position], unattributed: Sequence[tuple[int, int]]
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
            j = before_mark(flat, q)
            while j > 0 and flat.tokens[j].text in (",", ":"):
                j -= 1
            if flat.tokens[j].text in DASHES:
                # '“Nobody,” Reyes says — she pauses — “nobody saw this coming.”': past the aside
                opening = next((t for t in range(j - 1, max(0, j - 10), -1) if flat.tokens[t].text in DASHES), None)
                j = opening - 1 if opening is not None and flat.sent[opening] == flat.sent[j] else j
            follows = by_end.get(flat.tokens[j].end) if j >= 0 and flat.sent[j] == flat.sent[q.open] else None
            if follows is None and lead != q.open:
                # "“The risk,” said Ed Leamer, an economist at UCLA, “is that ...”": the second
                # part comes after the source's description, in the sentence of the cue
                before_cue = postposed.get(flat.sent[q.open])
                if (
                    before_cue is not None
                    and before_cue.kind != "indirect"
                    and before_cue.cue.end <= q.content_start
                    and not _verb_between(flat, before_cue, q.open)
                    and not _quoted_title(flat, q)
                    and not opens_inside_a_phrase(flat, q)
                ):
                    follows = before_cue
            if follows is not None and follows.content.end <= q.content_start:
                trimmed = _trim_chars(flat.text[q.content_start : q.content_end], q.content_start)
                if trimmed is not None:
                    out.append(_inherit(flat, follows, trimmed, q))
                continue
            if lead != q.open or flat.is_title[flat.sent[q.open]] or _narrator_goes_on(flat, q):
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
            prev_pos = _quoting_sibling(flat, ordered, starts, prev_pos)
            prev_tok = flat.token_at(max(prev_pos.content.end - 1, 0))
            if flat.para[q.open] - flat.para[prev_tok] > 1:
                continue
            if _narrator_between(flat, prev_pos, q):
                continue  # "“A,” Tom said, pointing to his ears. Betsy shook her head. “B.”": not Tom's
            text = flat.text[q.content_start : q.content_end]
            trimmed = _trim_chars(text, q.content_start)
            if trimmed is None:
                continue
            out.append(_inherit(flat, prev_pos, trimmed, q))
        return out


def _narrator_goes_on(flat: FlatTokens, q: Quote) -> bool:
    """Is ``q`` a title whose sentence goes on after it ("“Sons of Trump” is an adaptation of
    ...")? Then the quote is the subject of the narrator's sentence, not a statement."""
    if q.close is None or not title_case(flat, q):
        return False
    s_last = flat.sent_range[flat.sent[q.close]][1]
    return any(flat.tokens[k].text[:1].isalnum() for k in range(q.close + 1, s_last + 1))


def _narrator_between(flat: FlatTokens, prev: Position, q: Quote) -> bool:
    """Does another sentence, in the quote's paragraph, come between the last statement and the
    stand-alone quote ("Betsy shook her head.")? Whoever speaks next is then not known from the cue."""
    last = max(prev.content.end, prev.cue.end, prev.speaker_mention.end if prev.speaker_mention else 0)
    first_sent = flat.sent[flat.token_at(max(last - 1, 0))] + 1
    return any(flat.para[flat.sent_range[s][0]] == flat.para[q.open] for s in range(first_sent, flat.sent[q.open]))


_SPEECH_PARTICIPLES = frozenset({"adding", "saying", "noting", "explaining", "arguing", "insisting", "stressing"})


def _quoting_sibling(flat: FlatTokens, ordered: Sequence[Position], starts: Sequence[int], last: Position) -> Position:
    """The quote a stand-alone quote goes on from: "“A,” Black said, referring to the RNC. “B.”"
    continues "“A,” Black said", not the participle's reported speech after it."""
    if last.kind != "indirect" or last.cue.text.lower() in _SPEECH_PARTICIPLES:
        return last  # "“A,” he said, adding that B. “C.”": C goes on from what he added
    sent = flat.sent[flat.token_at(last.cue.start)]
    k = bisect.bisect_left(starts, last.content.start)
    for p in reversed(ordered[max(0, k - 8) : k]):  # the nearest before it, in its sentence
        if p.kind != "indirect" and p.speaker == last.speaker and flat.sent[flat.token_at(p.cue.start)] == sent:
            return p
    return last


_GAP_WORDS = 6  # words besides the cue and the source allowed between two parts of one statement


def _merge_continuations(flat: FlatTokens, positions: Sequence[Position]) -> list[Position]:
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
            parts = (prev.content_parts or (prev.content,)) + (pos.content_parts or (pos.content,))
            out[at] = Position(prev.speaker, prev.speaker_mention, prev.cue, kind, span, prev.sentence_index, parts)
            continue
        by_cue[key] = len(out)
        out.append(pos)
    return out


def _quoted_title(flat: FlatTokens, q: Quote) -> bool:
    """Is ``q`` a title-case title not opened right after a comma or a colon?

    Such a quote names something inside a phrase ("a call to ABC's “This Week.”", "the authors of
    the “Growth and Opportunity Project,”"); a second part of a quote follows a comma or a colon."""
    return flat.lower(before_mark(flat, q)) not in (",", ":") and title_case(flat, q)


def _they_continues_a_group(flat: FlatTokens, positions: list[Position]) -> list[Position]:
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


def _verb_between(flat: FlatTokens, pos: Position, until: int) -> bool:
    """Does the narrator go on with a coordinated verb between a cue clause and token ``until``
    ("“A,” she told the crowd, then referred to the “B” slogan")? A relative clause's verb
    ("said Ann Cole, who runs the port, “B”") does not count."""
    start = flat.token_at(max(pos.cue.end, pos.speaker_mention.end if pos.speaker_mention else 0))
    return any(
        flat.tag(k) in ("VBD", "VBZ", "VBP")
        and (
            flat.lower(k - 1) in ("then", "and", "but")
            # "“A?” he tweeted when Clinton ended the debate …, remarking, “B”": a clause of the narrator's
            or any(flat.lower(j) in _TIME_SUBORDINATORS for j in range(max(start + 1, k - 4), k))
        )
        for k in range(start + 1, until)
    )


_TIME_SUBORDINATORS = frozenset({"when", "while", "after", "before", "because", "since", "until"})


def _same_paragraph(flat: FlatTokens, a: int, b: int) -> bool:
    """Reported speech is not continued by a quote paragraph after it: that quote is a statement
    of its own (or the narrator's), while a quote part may run on over paragraphs."""
    return flat.para[flat.token_at(a)] == flat.para[flat.token_at(b)]


def _bridgeable(flat: FlatTokens, prev: Position, pos: Position) -> bool:
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


def _inherit(flat: FlatTokens, source: Position, content: tuple[int, int], q: Quote) -> Position:
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


def _trim_chars(text: str, offset: int) -> tuple[int, int] | None:
    """Strip surrounding whitespace and a dangling comma/colon from quoted text."""
    lead = len(text) - len(text.lstrip())
    body = text.strip().rstrip(",:;").rstrip()
    if not any(c.isalnum() for c in body):
        return None
    return offset + lead, offset + lead + len(body)


def _position(
    flat: FlatTokens,
    by_open: dict[int, Quote],
    by_close: dict[int, Quote],
    cue: Cue,
    resolved: Resolved,
    content: tuple[int, int],
) -> Position | None:
    """Trim the content range, decide direct / mixed / indirect, build the Position."""
    first, last = content
    while first <= last and (flat.lower(first) in _LEADING_JUNK or first in flat.half):
        if that_is_a_subject(flat, first):
            break  # "said that was untrue": the demonstrative is the subject
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
        and (
            all(flat.lower(k) in _TRAILING_JUNK | {"!", "?"} for k in range(last + 1, flat.para_range(first)[1] + 1))
            or q.last == last  # '“We were never consulted, said Elspeth Morrow.': capped before its cue
        )
    )
    if q is not None and (q.close == tail or unclosed_to_end):
        trimmed = _trim_chars(flat.text[q.content_start : q.content_end], q.content_start)
        if trimmed is None:
            return None
        start, end = trimmed
        kind = "direct"
    else:
        start, end = flat.tokens[first].start, flat.tokens[last].end
        if flat.tokens[last].text in DOUBLE | SINGLE_CLOSE and last in by_close and by_close[last].open < first:
            start = by_close[last].content_start  # a closing mark with its opener before: quoted all along
        has_quote = any(k in by_open or k in by_close for k in range(first, last + 1))
        kind = "mixed" if has_quote else "indirect"
    if not any(c.isalnum() for c in flat.text[start:end]):
        return None
    cue_span = span_of(flat, cue.first, cue.last)
    sentence = flat.doc_sentence[flat.token_at(start)]
    content_span = Span(start, end, flat.text[start:end])
    parts = _around_the_cue(flat, cue, resolved, start, end)
    return Position(resolved.speaker, resolved.mention, cue_span, kind, content_span, sentence, parts)


def _around_the_cue(flat: FlatTokens, cue: Cue, resolved: Resolved, start: int, end: int) -> tuple[Span, ...]:
    """The two parts of a content that runs across a parenthetical cue ("Many of the closures, he
    said, have involved public courses"): the words before the comma that opens the cue clause and
    after the comma that closes it; none when the cue is not inside the content."""
    first, last = cue.first, cue.last
    if resolved.mention is not None:
        first = min(first, flat.token_at(resolved.mention.start))
        last = max(last, flat.token_at(resolved.mention.end - 1))
    if not (start < flat.tokens[first].start and flat.tokens[last].end < end) or flat.lower(first - 1) != ",":
        return ()
    close = next((k for k in range(last + 1, min(last + 8, len(flat))) if flat.lower(k) == ","), None)
    if close is None or close + 1 >= len(flat) or flat.tokens[close + 1].start >= end:
        return ()
    before_end, after_start = flat.tokens[first - 2].end, flat.tokens[close + 1].start
    if before_end <= start:
        return ()
    return (Span(start, before_end, flat.text[start:before_end]), Span(after_start, end, flat.text[after_start:end]))
