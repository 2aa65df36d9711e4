"""One extractive summary of a story told by several articles.

Works on the per-document analyses only: each source brings its
:class:`~service.pipeline.document.Document` and the
:class:`~service.pipeline.sentence_terms.SentenceTerms` of its summary candidates (built by
the summary stage), so nothing is tokenized or stemmed again. The sources' term matrices are
joined over one vocabulary; sentences whose stem-count cosine reaches
:data:`~service.pipeline.news_ranker.NEAR_DUPLICATE` are folded into one group (within an
article too), whichever article they come from. A group scores its best sentence's news
relevance plus a bonus per further source that repeats it (what several outlets report is the
story's core), groups are chosen best first under the length budget, and the summary lists them
in order of first appearance (request order of the sources, then article order). Each chosen
sentence names every source it stands in, with offsets into that source's text.

Growth: the joint comparison is all-pairs up to
:data:`~service.pipeline.sentence_terms.DENSE_SIMILARITY_LIMIT` sentences in total, windowed
beyond (then only duplicates that sit close in the joined order are folded).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from service.pipeline.document import Document, Sentence
from service.pipeline.news_ranker import NEAR_DUPLICATE
from service.pipeline.sentence_terms import SentenceTerms, Similarity
from service.pipeline.summary import LengthBudget

#: Added to a group's score for each further source that carries it: relevance is a probability (0-1),
#: so what several outlets report comes first, and ties among those go to the news ranker.
SOURCE_BONUS = 1.0


@dataclass(frozen=True)
class DigestSource:
    """One analysed article: its document and its summary candidates' terms (in article order)."""

    document: Document
    terms: SentenceTerms


@dataclass(frozen=True)
class Occurrence:
    """Where a chosen sentence (or its near-duplicate) stands in one source."""

    source: int  # position of the source in the request
    index: int  # sentence index in that source's document
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class DigestSentence:
    """A chosen sentence: the text of its first occurrence, and every source it stands in."""

    text: str
    score: float
    occurrences: list[Occurrence]


@dataclass(frozen=True)
class Digest:
    sentences: list[DigestSentence]
    candidates: int  # sentences compared, over all sources
    groups: int  # after folding near-duplicates
    similarity: Similarity


Relevance = Callable[[Document, SentenceTerms], list[float]]


def digest(sources: Sequence[DigestSource], relevance: Relevance, budget: LengthBudget | None = None) -> Digest:
    """Summarise ``sources`` as one story; ``relevance`` scores one source's candidates (the news ranker)."""
    budget = budget or LengthBudget()
    joint = SentenceTerms.concat([s.terms for s in sources])
    owner = np.concatenate(
        [np.full(s.terms.n, k, dtype=np.intp) for k, s in enumerate(sources)] or [np.zeros(0, np.intp)]
    )
    scores = [x for s in sources for x in (relevance(s.document, s.terms) if s.terms.n else [])]
    groups = _near_duplicate_groups(joint)
    similarity = joint.mode
    count = budget.sentence_count(len(groups))
    ranked = sorted(groups, key=lambda g: (-_group_score(g, scores, owner), g[0]))
    chosen: list[list[int]] = []
    used = 0
    for group in ranked:
        if len(chosen) >= count:
            break
        words = len(joint.sentences[group[0]].words)
        if budget.words is not None and used + words > budget.words:
            continue
        chosen.append(group)
        used += words
    chosen.sort(key=lambda g: g[0])  # first appearance: source order, then article order
    out = [
        DigestSentence(
            text=joint.sentences[g[0]].text,
            score=round(_group_score(g, scores, owner), 6),
            occurrences=[_occurrence(int(owner[m]), joint.sentences[m]) for m in g],
        )
        for g in chosen
    ]
    return Digest(out, joint.n, len(groups), similarity)


def _occurrence(source: int, s: Sentence) -> Occurrence:
    return Occurrence(source=source, index=s.index, start=s.start, end=s.end, text=s.text)


def _group_score(group: list[int], scores: list[float], owner: NDArray[np.intp]) -> float:
    best = max(scores[m] for m in group)
    return best + SOURCE_BONUS * (len({int(owner[m]) for m in group}) - 1)


def _near_duplicate_groups(terms: SentenceTerms) -> list[list[int]]:
    """Sentences joined (union-find) when their cosine reaches NEAR_DUPLICATE; each group sorted,
    the groups in order of their first member."""
    parent = list(range(terms.n))

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    if terms.n > 1:
        overlaps = terms.overlaps
        close = overlaps.cosine() >= NEAR_DUPLICATE
        for a, b in zip(overlaps.i[close].tolist(), overlaps.j[close].tolist(), strict=True):
            ra, rb = root(a), root(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    members: dict[int, list[int]] = {}
    for m in range(terms.n):
        members.setdefault(root(m), []).append(m)
    return sorted(members.values(), key=lambda g: g[0])
