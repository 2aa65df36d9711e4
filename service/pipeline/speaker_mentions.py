"""The words that name a statement's source, given to the actor the statement was resolved to.

The actor finder links a pronoun to the last compatible name before it; the position finder reads
more around a speaker: who spoke the quote before, whose cue a quote continues, who the cue's subject
is ("“...,” he said" after two men were named). Where the two disagree, the position finder is the
better reader (on PolNeAR train, 167 pronoun sources linked to another actor by the actor finder: on a
read sample the position finder had the speaker in nearly all), and a client reading both outputs must
not find "he" in one actor's mentions and the same "he" as another actor's words. So after both stages
the speaker mentions are joined to the actors: a mention the speaker's actor lacks is added to it
("he", "who", "the Florida senator", "The Post"), a pronoun listed under another actor moves, and a
pronoun whose statement is an unnamed person's or group's ("A GP in the city said ... She said") leaves
the actor it was linked to. Names the
actor finder gave another actor are left where they are (the position finder does not claim them).

Salience is left as the actor finder scored it: a moved pronoun weighs a quarter of a name there.
"""

from __future__ import annotations

from collections.abc import Sequence

from service.pipeline.results import Actor, Mention, MentionKind, Position

# Words that stand for a source already named: personal, possessive and relative pronouns.
SOURCE_PRONOUNS = frozenset("he she it they we i you him her them us me his its their our my who which that".split())


def join_speaker_mentions(actors: Sequence[Actor], positions: Sequence[Position]) -> None:
    """Make every actor's mentions agree with the speakers of ``positions`` (in place)."""
    by_id = {a.id: a for a in actors}
    owner: dict[tuple[int, int], tuple[Actor, Mention]] = {(m.start, m.end): (a, m) for a in actors for m in a.mentions}
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
            changed.add(holder.id)
        if target is None or _overlaps(target, span):
            continue
        kind = _kind(target, said_by.text)
        target.mentions.append(Mention(said_by.start, said_by.end, said_by.text, kind))
        if kind == "alias" and said_by.text not in target.aliases and said_by.text != target.name:
            target.aliases.append(said_by.text)
        changed.add(target.id)
    for actor_id in changed:
        by_id[actor_id].mentions.sort(key=lambda m: (m.start, m.end))


def _overlaps(actor: Actor, span: tuple[int, int]) -> bool:
    """Does the actor already hold a mention over these characters ("Mr. Cruz" over "Cruz")?"""
    return any(m.start < span[1] and span[0] < m.end for m in actor.mentions)


def _kind(actor: Actor, text: str) -> MentionKind:
    if text.lower() in SOURCE_PRONOUNS:
        return "pronoun"
    if text == actor.name:
        return "name"
    if text in actor.aliases or set(text.split()) < set(actor.name.split()):
        return "alias"  # "Cuban" for Mark Cuban where the actor finder took the word for a nationality
    return "description"
