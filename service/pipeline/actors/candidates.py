"""The two records the passes hand each other: a :class:`Candidate` is one proper-name mention before merging
(its span and what its context says of it), a :class:`Group` an actor being assembled from merged candidates.
Also how sure a candidate's type is, which decides document-level consistency.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from service.pipeline.actors.tokens import norm
from service.pipeline.document import Sentence
from service.pipeline.results import Mention, MentionKind

#: Internal type for a name whose kind is not known yet (a single unknown word).
UNKNOWN = "unknown"

#: How much a candidate's type can be trusted, for document-level consistency: a type read from the
#: context ("Mr X", "X 3 Y 1" in a results line, "the newspaper X") beats one from a gazetteer ("Leeds"
#: is a city), which beats a default ("an unknown multi-word name is a person").
BY_DEFAULT, BY_LEXICON, BY_CONTEXT = 0, 1, 2


@dataclass(slots=True)
class Candidate:
    """One proper-name mention before merging: its span and what the context says about it."""

    start: int
    end: int
    text: str  # doc.text[start:end], honorific included ("Mr Stoltenberg")
    words: tuple[str, ...]  # the name's word forms, honorific and initials removed
    type: str  # an ActorType, or UNKNOWN
    sentence: Sentence
    honorific: str | None = None
    roles: list[str] = field(default_factory=list)
    kind: MentionKind = "name"
    common: bool = False  # a lone dictionary word: kept only if it turns out to be a known name
    speaker: bool = False  # subject of a say-verb ("Stoltenberg said", "said Mr Stoltenberg")
    country: str | None = None  # for a capital used as its country ("Moscow said"): that country
    owner_hint: str | None = None  # affiliation read from "its president, <name>": the owner's name
    evidence: int = BY_LEXICON  # how the type was found (BY_DEFAULT, BY_LEXICON or BY_CONTEXT)
    company: bool = False  # typed an organisation by what only a company has ("Dangote Cement shares")
    guessed: bool = False  # a lone unknown word made an organisation for want of any other clue (Merger._guess_single)

    @property
    def key(self) -> str:
        return norm(" ".join(self.words))


@dataclass(slots=True)
class Group:
    """An actor being assembled from merged candidates."""

    type: str
    key: str
    candidates: list[Candidate] = field(default_factory=list)
    canonical: str | None = None  # a lexicon name ("United States") to prefer when it occurs
    descriptions: list[Mention] = field(default_factory=list)
    pronouns: list[Mention] = field(default_factory=list)

    @property
    def roles(self) -> list[str]:
        seen: dict[str, str] = {}
        for c in self.candidates:
            for r in c.roles:
                seen.setdefault(norm(r), r)
        return list(seen.values())


def longest_name(g: Group) -> str:
    longest: tuple[str, ...] = max((c.words for c in g.candidates), key=len, default=())
    return " ".join(longest)
