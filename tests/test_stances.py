"""Cross-article grouping of positions: hand-built articles, no pipeline."""

from __future__ import annotations

from typing import Literal

from service.pipeline.results import Actor, Position, Span, Speaker
from service.pipeline.stances import ArticlePositions, group_stances, normalise

Kind = Literal["person", "organization", "location", "group"]


def pos(name: str, actor_id: str | None, kind: Kind, content: str, start: int = 0, cue: str = "said") -> Position:
    return Position(
        speaker=Speaker(name, actor_id, kind),
        speaker_mention=Span(0, len(name), name),
        cue=Span(0, len(cue), cue),
        kind="indirect",
        content=Span(start, start + len(content), content),
        sentence_index=start // 100,
    )


def article(source: str, actors: list[Actor], positions: list[Position]) -> ArticlePositions:
    return ArticlePositions(source, f"Title of {source}", actors, positions)


def test_normalise_drops_titles_for_persons_only() -> None:
    assert normalise("Mr. Jens Stoltenberg", person=True) == "jens stoltenberg"
    assert normalise("the U.S.") == "us"
    assert normalise("NATO’s") == "nato"
    assert normalise("General Motors") == "general motors"
    assert normalise("Président François Hollande", person=True) == "francois hollande"


def test_full_name_and_surname_merge_across_sources() -> None:
    a = article(
        "s1",
        [Actor("a1", "Jens Stoltenberg", "person", aliases=["Stoltenberg"])],
        [pos("Jens Stoltenberg", "a1", "person", "Nato will not compromise", 10)],
    )
    b = article(
        "s2",
        [Actor("b7", "Stoltenberg", "person")],
        [
            pos("Stoltenberg", "b7", "person", "the door stays open", 200),
            pos("Stoltenberg", "b7", "person", "talks must go on", 50),
        ],
    )
    [stance] = group_stances([a, b])
    assert (stance.name, stance.type) == ("Jens Stoltenberg", "person")
    assert [s.source_id for s in stance.sources] == ["s1", "s2"]
    assert [s.actor_id for s in stance.sources] == ["a1", "b7"]
    # statements keep article order, with offsets and sentence index
    assert [st.content for st in stance.sources[1].statements] == ["talks must go on", "the door stays open"]
    first = stance.sources[1].statements[0]
    assert (first.start, first.end, first.sentence_index, first.cue, first.kind) == (50, 66, 0, "said", "indirect")


def test_shared_surname_is_not_guessed() -> None:
    a = article(
        "s1",
        [Actor("a1", "Bill Clinton", "person"), Actor("a2", "Hillary Clinton", "person")],
        [pos("Bill Clinton", "a1", "person", "x"), pos("Hillary Clinton", "a2", "person", "y", 100)],
    )
    b = article("s2", [Actor("b1", "Clinton", "person")], [pos("Clinton", "b1", "person", "z")])
    names = sorted(s.name for s in group_stances([a, b]))
    assert names == ["Bill Clinton", "Clinton", "Hillary Clinton"]


def test_countries_merge_by_name_across_types_but_never_with_persons() -> None:
    a = article("s1", [Actor("a1", "Russia", "location")], [pos("Russia", "a1", "location", "no troops will move")])
    b = article(
        "s2",
        [Actor("b1", "Russia", "organization"), Actor("b2", "Russia Jones", "person")],
        [pos("Russia", "b1", "organization", "the exercises are routine"), pos("Russia Jones", "b2", "person", "q")],
    )
    stances = group_stances([a, b])
    russia = next(s for s in stances if s.name == "Russia")
    assert [s.source_id for s in russia.sources] == ["s1", "s2"]
    assert russia.type == "location"  # first seen wins a tie
    assert any(s.name == "Russia Jones" and s.type == "person" for s in stances)


def test_aliases_and_groups() -> None:
    a = article(
        "s1",
        [Actor("a1", "North Atlantic Treaty Organization", "organization", aliases=["NATO"])],
        [pos("North Atlantic Treaty Organization", "a1", "organization", "p"), pos("diplomats", None, "group", "d1")],
    )
    b = article(
        "s2",
        [Actor("b1", "Nato", "organization")],
        [pos("Nato", "b1", "organization", "q"), pos("Diplomats", None, "group", "d2")],
    )
    stances = group_stances([a, b])
    assert len(stances) == 2
    nato = next(s for s in stances if s.type == "organization")
    assert nato.name == "North Atlantic Treaty Organization" and len(nato.sources) == 2
    group = next(s for s in stances if s.type == "group")
    assert [st.content for src in group.sources for st in src.statements] == ["d1", "d2"]
    assert all(src.actor_id is None for src in group.sources)


def test_ordering_by_sources_then_statements() -> None:
    a = article(
        "s1",
        [Actor("a1", "Ann Lee", "person"), Actor("a2", "Bo Park", "person")],
        [
            pos("Ann Lee", "a1", "person", "1"),
            pos("Bo Park", "a2", "person", "2"),
            pos("Bo Park", "a2", "person", "3", 5),
        ],
    )
    b = article("s2", [Actor("b1", "Ann Lee", "person")], [pos("Ann Lee", "b1", "person", "4")])
    assert [s.name for s in group_stances([a, b])] == ["Ann Lee", "Bo Park"]
    assert group_stances([]) == []
