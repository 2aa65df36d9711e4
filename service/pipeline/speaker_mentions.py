"""The words that name a statement's source, given to the actor the statement was resolved to.

The actor finder links a pronoun to the last compatible name before it; the position finder reads
more around a speaker: who spoke the quote before, whose cue a quote continues, who the cue's subject
is ("“...,” he said" after two men were named). Where the two disagree, the position finder is the
better reader (on PolNeAR train, 167 pronoun sources linked to another actor by the actor finder: on a
read sample the position finder had the speaker in nearly all), and a client reading both outputs must
not find "he" in one actor's mentions and the same "he" as another actor's words. So after both stages
the speaker mentions are joined to the actors: a mention the speaker's actor lacks is added to it
("he", "who", "the Florida senator", "The Post"; a description only if the names it holds are the
actor's, so that a statement resolved wrongly does not spread its error, and never to a place), a pronoun
listed under another actor moves, and a pronoun whose statement is an unnamed person's or group's ("A GP in
the city said ... She said") leaves the actor it was linked to. Names the actor finder gave another actor
are left where they are (the position finder does not claim them).

The pipeline runs the positions stage whenever actors are asked for, so the actors output is the same
whichever parts a request includes. Salience is left as the actor finder scored it: a moved pronoun weighs
a quarter of a name there, and an added mention does not move the first mention salience counted from.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from service.pipeline.lexicon import ROLE_WORDS
from service.pipeline.positions.tokens import POSSESSIVE_PRONOUNS, PRONOUNS
from service.pipeline.results import Actor, Mention, MentionKind, Position

# Words that stand for a source already named: personal, possessive and relative pronouns.
SOURCE_PRONOUNS = PRONOUNS | frozenset(POSSESSIVE_PRONOUNS) | frozenset("him them us me our my who which that".split())
_WORD = re.compile(r"[^\W_]+(?:[-.][^\W_]+)*")
# Capitalised words of a description that name nothing ("The", "Some", "Senator")
_NOT_NAMES = frozenset({"the", "a", "an", "some", "many", "several", "other", "one"}) | ROLE_WORDS


def join_speaker_mentions(actors: Sequence[Actor], positions: Sequence[Position]) -> None:
    """Make every actor's mentions agree with the speakers of ``positions`` (in place)."""
    by_id = {a.id: a for a in actors}
    owner: dict[tuple[int, int], tuple[Actor, Mention]] = {(m.start, m.end): (a, m) for a in actors for m in a.mentions}
    spans = _ActorSpans()
    # words of the places and bodies the text names: they qualify a person's description ("the South Carolina
    # senator", "The Easyjet founder")
    affiliations = {
        w.lower() for a in actors if a.type != "person" for part in (a.name, *a.aliases) for w in _WORD.findall(part)
    }
    changed: set[str] = set()
    seen: set[tuple[int, int]] = set()
    for position in positions:
        said_by = position.speaker_mention
        if said_by is None or (said_by.start, said_by.end) in seen:
            continue
        span = (said_by.start, said_by.end)
        seen.add(span)
        target = by_id.get(position.speaker.actor_id) if position.speaker.actor_id else None
        held = owner.get(span)
        if held is not None:
            holder, mention = held
            if holder is target or mention.kind != "pronoun":
                continue
            if target is None and position.speaker.type != "group":
                continue  # the position finder found no actor; it does not say the actor finder's is wrong
            holder.mentions.remove(mention)
            spans.forget(holder)
            changed.add(holder.id)
        if target is None or spans.overlaps(target, span):
            continue
        kind = _kind(target, said_by.text, affiliations)
        if kind is None:
            continue
        target.mentions.append(Mention(said_by.start, said_by.end, said_by.text, kind))
        spans.add(target, span)
        if kind == "alias" and said_by.text not in target.aliases and said_by.text != target.name:
            target.aliases.append(said_by.text)
        changed.add(target.id)
    for actor_id in changed:
        by_id[actor_id].mentions.sort(key=lambda m: (m.start, m.end))


class _ActorSpans:
    """Each actor's mention spans, sorted, so an overlap test is a bisect (a scan per statement would be quadratic
    on long texts with many statements by one actor)."""

    def __init__(self) -> None:
        self._starts: dict[int, list[int]] = {}
        self._spans: dict[int, list[tuple[int, int]]] = {}
        self._longest: dict[int, int] = {}

    def _load(self, actor: Actor) -> None:
        if id(actor) not in self._spans:
            spans = sorted((m.start, m.end) for m in actor.mentions)
            self._spans[id(actor)] = spans
            self._starts[id(actor)] = [s for s, _ in spans]
            self._longest[id(actor)] = max((e - s for s, e in spans), default=0)

    def overlaps(self, actor: Actor, span: tuple[int, int]) -> bool:
        """Does the actor already hold a mention over these characters ("Mr. Cruz" over "Cruz")?"""
        self._load(actor)
        starts, spans = self._starts[id(actor)], self._spans[id(actor)]
        lo = bisect.bisect_left(starts, span[0] - self._longest[id(actor)])
        hi = bisect.bisect_left(starts, span[1])
        return any(e > span[0] for _s, e in spans[lo:hi])

    def add(self, actor: Actor, span: tuple[int, int]) -> None:
        self._load(actor)
        k = bisect.bisect_left(self._starts[id(actor)], span[0])
        self._starts[id(actor)].insert(k, span[0])
        self._spans[id(actor)].insert(k, span)
        self._longest[id(actor)] = max(self._longest[id(actor)], span[1] - span[0])

    def forget(self, actor: Actor) -> None:
        """The actor lost a mention: its spans are read again when next asked."""
        for table in (self._starts, self._spans, self._longest):
            table.pop(id(actor), None)


def _kind(actor: Actor, text: str, affiliations: set[str]) -> MentionKind | None:
    """How the source's words name the actor; None for words the actor list should not take from a statement."""
    if text.lower() in SOURCE_PRONOUNS:
        return "pronoun"
    if actor.type == "location":
        return None  # a place speaks through its capital or government; "The New Yorker" is no New York
    if text == actor.name:
        return "name"
    if text in actor.aliases or set(text.split()) < set(actor.name.split()):
        return "alias"  # "Cuban" for Mark Cuban where the actor finder took the word for a nationality
    # a description's own names must be the actor's ("The Florida senator" for "Florida Sen. Marco Rubio", "The
    # Post" for the Washington Post) or, for a person, those of a place or body of the text, so that a statement
    # resolved wrongly ("the Indian Air Force" to the US Air Force, "The Scottish Executive" to the Scottish
    # Parliament) stays out of the actor's mentions
    known = {w.lower() for part in (actor.name, *actor.aliases, *actor.roles) for w in _WORD.findall(part)}
    if actor.type == "person":
        known |= affiliations  # a person is qualified by a place or body; a body by another body is another body
    names = [w for w in _WORD.findall(text) if w[:1].isupper() and w.lower() not in _NOT_NAMES]
    return "description" if all(w.lower() in known for w in names) else None
