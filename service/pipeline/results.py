"""What the pipeline stages produce: plain dataclasses, turned into JSON by the API layer."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

ActorType = Literal["person", "organization", "location"]
MentionKind = Literal["name", "alias", "acronym", "metonym", "description", "pronoun"]
PositionKind = Literal["direct", "indirect", "mixed"]


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the article text: ``document.text[start:end] == text``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    text: str
    kind: MentionKind = "name"


@dataclass(slots=True)
class Actor:
    """A person, organisation or place taking part in the story, all its mentions merged."""

    id: str
    name: str
    type: ActorType
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    salience: float = 0.0
    gender: Literal["male", "female"] | None = None  # used for pronoun resolution, not reported
    affiliation: str | None = None  # organisation or country a role belongs to ("Alliance chief" -> NATO)


@dataclass(frozen=True, slots=True)
class SummarySentence:
    index: int
    start: int
    end: int
    text: str
    score: float


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who a statement is attributed to: a resolved actor, or an unnamed group ("diplomats")."""

    name: str
    actor_id: str | None
    type: Literal["person", "organization", "location", "group"]


@dataclass(frozen=True, slots=True)
class Position:
    speaker: Speaker
    speaker_mention: Span | None
    cue: Span
    kind: PositionKind
    content: Span
    sentence_index: int
    # The pieces of a statement split by the narrator ("“A,” she said. “B.”" -> A, B), in order;
    # empty when the content is one piece. ``content`` runs from the first piece to the last.
    content_parts: tuple[Span, ...] = ()
    # A refusal to say anything ("declined to comment", "did not respond to a request for comment"):
    # PolNeAR counts it as a statement, and so does brief; a client wanting stances filters these out.
    no_comment: bool = False
