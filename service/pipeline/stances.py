"""Who stands where across articles: positions grouped by actor over several sources.

Each article is analysed on its own, so the same person or body has a different actor id
in every article. :func:`group_stances` merges them by name — "Jens Stoltenberg" in one
article is "Stoltenberg" in another, "NATO" is "Nato", "Russia" the country is "Russia"
the government — and lists, per merged actor, what each source reports them saying.

Merging rules, in order of trust:

* two persons are one when their normalised full names are equal, or when one is a
  surname-only reference whose surname matches exactly one known full name (a surname
  shared by two different full names stays apart: "Clinton" next to both "Bill Clinton"
  and "Hillary Clinton" is not guessed);
* organisations and places are one when any normalised name or alias is equal (a
  country may be typed as a place in one article and an organisation in another);
* unnamed groups ("diplomats", "officials") are one when their words are equal;
* persons never merge with organisations, places or groups.

Pure functions over plain dataclasses: no I/O, deterministic output order.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from service.pipeline.results import Actor, Position, PositionKind

SpeakerType = str  # "person" | "organization" | "location" | "group"

_TITLES = frozenset(
    """
    mr mrs ms miss dr sir dame lord lady prof professor president prime minister chancellor
    secretary general senator sen rep gov governor mayor king queen prince princess pope
    gen col capt lt adm sgt judge justice rev minister foreign defence defense deputy vice
    chief spokesman spokeswoman spokesperson ambassador envoy leader chairman chairwoman chair
    former
    """.split()
)
_LEADING = frozenset({"the", "a", "an"})


@dataclass(frozen=True, slots=True)
class ArticlePositions:
    """One analysed article: its id, title, actors and positions (from the pipeline)."""

    source_id: str
    title: str
    actors: Sequence[Actor]
    positions: Sequence[Position]


@dataclass(frozen=True, slots=True)
class Statement:
    """One position as reported in one source (offsets into that source's text)."""

    content: str
    kind: PositionKind
    cue: str
    start: int
    end: int
    sentence_index: int
    no_comment: bool = False  # "declined to comment": reported, but no stance


@dataclass(slots=True)
class SourceStatements:
    """What one source reports an actor saying, in article order."""

    source_id: str
    title: str
    actor_id: str | None  # the actor's id within that source (None for unnamed groups)
    name: str  # the name used in that source
    statements: list[Statement] = field(default_factory=list)


@dataclass(slots=True)
class ActorStance:
    """One actor merged across sources, with its statements per source."""

    name: str
    type: SpeakerType
    sources: list[SourceStatements] = field(default_factory=list)

    @property
    def statement_count(self) -> int:
        return sum(len(s.statements) for s in self.sources)


def normalise(name: str, person: bool = False) -> str:
    """Lower-case, accents and punctuation removed, leading articles dropped, and for a
    person leading titles: "Mr. Jens Stoltenberg" -> "jens stoltenberg", "the U.S." -> "us",
    "NATO's" -> "nato" ("General Motors" keeps its first word: titles go only for persons)."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("’", "'")
    if text.endswith("'s") or text.endswith("'"):
        text = text[: -2 if text.endswith("'s") else -1]
    words = []
    for raw in text.lower().split():
        word = "".join(c for c in raw if c.isalnum() or c == "-")
        if word:
            words.append(word)
    while words and words[0] in _LEADING:
        words.pop(0)
    while person and len(words) > 1 and words[0] in _TITLES:
        words.pop(0)
    return " ".join(words)


@dataclass(slots=True)
class _Entry:
    """The speaker of some positions in one article, before merging."""

    order: int
    article: int
    actor_id: str | None
    name: str
    type: SpeakerType
    keys: frozenset[str]
    positions: list[Position]


@dataclass(slots=True)
class _Cluster:
    entries: list[_Entry]
    type: SpeakerType
    keys: set[str]
    full_names: set[str]  # normalised person names of two words or more


def _person(type_: SpeakerType) -> bool:
    return type_ == "person"


def _compatible(a: SpeakerType, b: SpeakerType) -> bool:
    if a == b:
        return True
    return {a, b} <= {"organization", "location"}


def _entries(articles: Sequence[ArticlePositions]) -> list[_Entry]:
    entries: list[_Entry] = []
    for ai, art in enumerate(articles):
        by_id = {a.id: a for a in art.actors}
        seen: dict[tuple[str, str], _Entry] = {}
        for pos in art.positions:
            sp = pos.speaker
            person = _person(sp.type)
            key = (sp.actor_id or "", normalise(sp.name, person) if sp.actor_id is None else "")
            entry = seen.get(key)
            if entry is None:
                actor = by_id.get(sp.actor_id) if sp.actor_id is not None else None
                names = [sp.name] + (list(actor.aliases) if actor is not None else [])
                if actor is not None:
                    names.append(actor.name)
                keys = frozenset(k for k in (normalise(n, person) for n in names) if k)
                entry = _Entry(len(entries), ai, sp.actor_id, sp.name, sp.type, keys, [])
                seen[key] = entry
                entries.append(entry)
            entry.positions.append(pos)
    return entries


def _matches(entry: _Entry, cluster: _Cluster, firsts: dict[str, set[str]]) -> bool:
    """``firsts`` maps a surname to the first names seen with it across all articles."""
    if not _compatible(entry.type, cluster.type):
        return False
    if entry.keys & cluster.keys:
        return True
    if not _person(entry.type) or entry.actor_id is None:
        return False
    for key in entry.keys:
        words = key.split()
        for full in cluster.full_names:
            other = full.split()
            if len(words) == 1 and other[-1] == words[0] and len(firsts.get(words[0], ())) == 1:
                return True  # "Stoltenberg" -> "Jens Stoltenberg", the only Stoltenberg
            if len(words) > 1 and other[0] == words[0] and other[-1] == words[-1]:
                return True  # "Jens Stoltenberg" = "Jens H. Stoltenberg"
    return False


def group_stances(articles: Sequence[ArticlePositions]) -> list[ActorStance]:
    """Positions of several articles grouped by actor across them.

    Actors are ordered by the number of sources quoting them, then by statement count,
    then by name; sources keep the input order; statements keep article order.
    """
    entries = _entries(articles)
    firsts: dict[str, set[str]] = {}
    for e in entries:
        if _person(e.type) and e.actor_id is not None:
            for key in e.keys:
                words = key.split()
                if len(words) > 1:
                    firsts.setdefault(words[-1], set()).add(words[0])
    # full names first, so that a surname-only reference finds its full name
    ordered = sorted(entries, key=lambda e: (-max((len(k.split()) for k in e.keys), default=0), e.order))
    clusters: list[_Cluster] = []
    for entry in ordered:
        found = [c for c in clusters if _matches(entry, c, firsts)]
        if len(found) == 1:
            cluster = found[0]
            cluster.entries.append(entry)
            cluster.keys |= entry.keys
        else:  # new, or ambiguous between several: kept apart rather than guessed
            cluster = _Cluster([entry], entry.type, set(entry.keys), set())
            clusters.append(cluster)
        if _person(entry.type) and entry.actor_id is not None:
            cluster.full_names |= {k for k in entry.keys if len(k.split()) > 1}
    return sorted((_stance(c, articles) for c in clusters), key=_rank)


def _stance(cluster: _Cluster, articles: Sequence[ArticlePositions]) -> ActorStance:
    members = sorted(cluster.entries, key=lambda e: (e.article, e.order))
    longest = max(len(e.name.split()) for e in members)
    name = next(e.name for e in members if len(e.name.split()) == longest)
    types = [e.type for e in members]
    type_ = max(dict.fromkeys(types), key=types.count)
    stance = ActorStance(name, type_)
    for e in members:
        art = articles[e.article]
        statements = [
            Statement(
                p.content.text, p.kind, p.cue.text, p.content.start, p.content.end, p.sentence_index, p.no_comment
            )
            for p in sorted(e.positions, key=lambda p: (p.content.start, p.cue.start))
        ]
        if stance.sources and stance.sources[-1].source_id == art.source_id:
            merged = stance.sources[-1]  # two actors of one article merged into one
            merged.statements = sorted(merged.statements + statements, key=lambda s: s.start)
            continue
        stance.sources.append(SourceStatements(art.source_id, art.title, e.actor_id, e.name, statements))
    return stance


def _rank(stance: ActorStance) -> tuple[int, int, str]:
    return (-len(stance.sources), -stance.statement_count, stance.name)
