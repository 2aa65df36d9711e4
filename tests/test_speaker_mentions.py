"""The actors output and the positions output agree on who a statement's source words refer to."""

from __future__ import annotations

import pytest

from service.pipeline.analysis import AnalysisOptions, Pipeline
from service.pipeline.results import Actor, Mention, Position, Span, Speaker
from service.pipeline.speaker_mentions import join_speaker_mentions


def _holders(actors: list[Actor], start: int) -> list[str]:
    return [a.name for a in actors for m in a.mentions if m.start == start]


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        # The actor finder links "he" to the man named last; the quote is Hoenlein's recollection.
        (
            "Malcolm Hoenlein met President Obama last week. In an interview, Mr. Hoenlein described the"
            " meeting with Mr. Obama. “The lesson of history is there shouldn't be daylight,” he recalled.",
            "he recalled",
            ["Malcolm Hoenlein"],
        ),
        # The actor finder left the pronoun unlinked: the quote names another person in its own words.
        (
            "Wendy Sherman wrote to Pat Kennedy about the flight. “Tunis plane wheels up a few minutes ago."
            " Another Pat Kennedy miracle,” she wrote.",
            "she wrote",
            ["Wendy Sherman"],
        ),
        # An unnamed newcomer goes on speaking: her "She" is nobody's among the named actors.
        (
            "Dr Sarah Jones, the health board's director, said waiting times had fallen. A GP in the city said"
            " the figures hid a crisis. She said patients were waiting weeks.",
            "She said",
            [],
        ),
    ],
)
def test_a_speaker_pronoun_belongs_to_the_actor_its_statement_names(
    pipeline: Pipeline, text: str, source: str, expected: list[str]
) -> None:
    result = pipeline(text)
    assert result.actors is not None and result.positions is not None
    start = text.index(source)
    assert [p.speaker.name for p in result.positions if p.speaker_mention and p.speaker_mention.start == start]
    assert _holders(result.actors, start) == expected


def _actor(actor_id: str, name: str, *mentions: Mention) -> Actor:
    return Actor(actor_id, name, "person", mentions=list(mentions))


def _said_by(actor: Actor | None, start: int, text: str) -> Position:
    speaker = Speaker(actor.name, actor.id, "person") if actor else Speaker("officials", None, "group")
    return Position(speaker, Span(start, start + len(text), text), Span(0, 4, "said"), "indirect", Span(5, 9, "x"), 0)


def test_joined_mentions_move_pronouns_only_and_add_what_an_actor_lacks() -> None:
    reed = _actor("a1", "Bill Reed", Mention(0, 9, "Bill Reed"), Mention(40, 42, "he", "pronoun"))
    hale = _actor("a2", "Ann Hale", Mention(20, 28, "Ann Hale"), Mention(60, 68, "Ann Hale"))
    positions = [
        _said_by(hale, 40, "he"),  # the pronoun moves
        _said_by(reed, 60, "Ann Hale"),  # a name is never taken from its actor
        _said_by(hale, 80, "the chief executive"),  # added as a description
        _said_by(hale, 100, "Hale"),  # a part of the name: an alias
        _said_by(None, 120, "officials"),  # a group: nobody's
    ]
    join_speaker_mentions([reed, hale], positions)
    assert [(m.text, m.kind) for m in reed.mentions] == [("Bill Reed", "name")]
    assert [(m.start, m.kind) for m in hale.mentions] == [
        (20, "name"),
        (40, "pronoun"),
        (60, "name"),
        (80, "description"),
        (100, "alias"),
    ]
    assert hale.aliases == ["Hale"]


def test_a_pronoun_stays_when_the_position_finder_found_nobody() -> None:
    reed = _actor("a1", "Bill Reed", Mention(0, 9, "Bill Reed"), Mention(40, 42, "he", "pronoun"))
    unresolved = Position(
        Speaker("he", None, "person"), Span(40, 42, "he"), Span(43, 47, "said"), "indirect", Span(48, 52, "x"), 0
    )
    group = Position(
        Speaker("A GP", None, "group"), Span(40, 42, "he"), Span(43, 47, "said"), "indirect", Span(48, 52, "x"), 0
    )
    join_speaker_mentions([reed], [unresolved])
    assert [m.text for m in reed.mentions] == ["Bill Reed", "he"]
    join_speaker_mentions([reed], [group])
    assert [m.text for m in reed.mentions] == ["Bill Reed"]


def test_a_description_joins_only_an_actor_whose_names_it_holds() -> None:
    rubio = Actor("a1", "Marco Rubio", "person", roles=["Florida Sen."], mentions=[Mention(0, 11, "Marco Rubio")])
    force = Actor("a2", "US Air Force", "organization", mentions=[Mention(20, 32, "US Air Force")])
    york = Actor("a3", "New York", "location", mentions=[Mention(40, 48, "New York")])
    positions = [
        _said_by(rubio, 60, "The Florida senator"),
        Position(Speaker("US Air Force", "a2", "organization"), Span(80, 101, "the Indian Air Force"), *_rest(102)),
        Position(Speaker("New York", "a3", "location"), Span(120, 134, "The New Yorker"), *_rest(135)),
    ]
    join_speaker_mentions([rubio, force, york], positions)
    assert [m.text for m in rubio.mentions] == ["Marco Rubio", "The Florida senator"]
    assert [m.text for m in force.mentions] == ["US Air Force"]  # a statement resolved wrongly spreads no further
    assert [m.text for m in york.mentions] == ["New York"]  # a place takes no description from a statement


def _rest(at: int) -> tuple[Span, str, Span, int]:
    return Span(at, at + 4, "said"), "indirect", Span(at + 5, at + 9, "x"), 0


def test_the_actors_output_does_not_depend_on_the_parts_asked_for(pipeline: Pipeline) -> None:
    text = "Malcolm Hoenlein met President Obama. “There should be no daylight,” he recalled."
    alone = pipeline(text, options=AnalysisOptions(include=frozenset({"actors"})))
    both = pipeline(text)
    assert alone.positions is None
    assert alone.actors == both.actors
