"""A summary ranker built for news: lead position, centrality, headline overlap, no redundancy.

News copy puts the gist first (the inverted pyramid), repeats the story's core in many
sentences (so central sentences matter), and echoes the headline. Generic rankers such as
TextRank see only centrality, and happily pick a sentence that opens with "He said" or
"But" without the sentence that says who "he" is. This ranker scores every candidate on

* **position** -- a decaying lead bias over the candidates' order;
* **centrality** -- LexRank-style: a weighted PageRank over cosine similarities of
  TF-IDF vectors of stemmed content words (sparse: only sentence pairs that share a word
  are compared, and beyond :data:`DENSE_LIMIT` sentences only pairs within
  :data:`WINDOW` sentences of each other, so huge texts never cost n^2);
* **headline overlap** -- share of the headline's content stems the sentence contains;
* **length** -- a mild preference for informative (longer) sentences over fragments;

then selects greedily with maximal marginal relevance (MMR): each pick pays a penalty for
its similarity to what is already chosen, and a near-duplicate is never picked. A sentence
opening with a pronoun or connective ("He said", "But", "It") is only chosen once the
sentence before it (its likely antecedent) is chosen, unless nothing else is left.

Words come from the shared :class:`~service.pipeline.document.Document` (never re-tokenised).
The default weights come from a coordinate-ascent sweep (``bench/eval_summary.py --tune``)
on the first 100 articles of the BBC News Summary dev split (the first two thirds of the file);
scores are reported on the held-out last third, which tuning never saw.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy
from nltk.stem.snowball import SnowballStemmer

from service.pipeline.document import Document, Sentence
from service.pipeline.resources import LanguageResources

DENSE_LIMIT = 400  # up to this many candidates every sentence pair sharing a word is compared
WINDOW = 60  # beyond it, only pairs at most this many sentences apart
NEAR_DUPLICATE = 0.7  # cosine above which two sentences say the same thing: never both chosen
_PAGERANK_DAMPING = 0.85
_PAGERANK_ITERATIONS = 30
_STEM_CACHE_LIMIT = 100_000

# Openers that point back to an earlier sentence: the sentence is unclear without its antecedent.
DANGLING_OPENERS = frozenset(
    "he she it they him his her hers its their theirs them this these those that but and or so yet also "
    "however meanwhile nevertheless nonetheless moreover furthermore instead still then thus therefore hence "
    "besides likewise otherwise conversely".split()
)


@dataclass(frozen=True)
class NewsWeights:
    """How much each signal counts; the defaults are the BBC dev-split tuning (see module doc)."""

    position: float = 1.0
    centrality: float = 1.3
    title: float = 0.0  # tuned to 0 on the BBC dev split; kept for sources whose headlines echo the lede
    length: float = 0.0
    overlap: float = 1.5  # TextRank-style centrality: shared stems over log lengths (favours rich sentences)
    redundancy: float = 0.5  # MMR: penalty per unit of cosine similarity to the closest chosen sentence
    position_decay: float = 0.05  # how fast the lead bias falls off (see _position)


class NewsRanker:
    """Scores candidates and selects a summary; built once per process, stateless per call.

    Thread-safe: the only shared mutable state is a stem cache, a plain dict whose single-key
    assignments are atomic in CPython (a lost update only costs a recomputation).
    """

    def __init__(self, resources: LanguageResources, weights: NewsWeights | None = None):
        self._stopwords = frozenset(w.lower() for w in resources.stopwords)
        self._stemmer = SnowballStemmer("english")
        self._stems: dict[str, str] = {}
        self.weights = weights or NewsWeights()

    def rank(
        self,
        doc: Document,
        candidates: Sequence[Sentence],
        budget_count: int,
        max_words: int | None = None,
        weights: NewsWeights | None = None,
    ) -> list[tuple[Sentence, float]]:
        """Choose at most ``budget_count`` candidates (and, with ``max_words``, at most that many
        words in total -- never exceeded) and return them best first, each with its relevance score
        (before the redundancy penalty). Callers sort by ``Sentence.index`` for article order.

        ``candidates`` must be in article order (as :func:`summary_candidates` returns them).
        """
        if budget_count <= 0 or not candidates:
            return []
        features = self.features(doc, candidates)
        return select(features, budget_count, max_words, weights or self.weights)

    def features(self, doc: Document, candidates: Sequence[Sentence]) -> Features:
        """The weight-independent part of ranking, separated so weight tuning computes it once."""
        words = [s.words for s in candidates]  # a computed property: read once
        bags = [self._bag_of_words(ws) for ws in words]
        vectors = _tfidf(bags)
        sims = _similarities(vectors)
        centrality = _pagerank(sims, len(candidates))
        overlap = _pagerank(_overlap_similarities(bags), len(candidates))
        title_stems = set(self._bag_of_words(_title_words(doc)))
        title = [(len(title_stems & b.keys()) / len(title_stems)) if title_stems else 0.0 for b in bags]
        lengths = [len(ws) for ws in words]
        longest = max(lengths) or 1
        length = [math.log1p(n) / math.log1p(longest) for n in lengths]
        # The antecedent of a dangling sentence: the candidate just before it, when it is the
        # sentence right before in the document (same story thread); else none can be chosen.
        antecedent: list[int | None] = [None] * len(candidates)
        for i in range(1, len(candidates)):
            if candidates[i - 1].index == candidates[i].index - 1:
                antecedent[i] = i - 1
        dangling = [bool(ws) and ws[0].lower() in DANGLING_OPENERS for ws in words]
        return Features(
            list(candidates), vectors, sims, centrality, overlap, title, length, dangling, antecedent, lengths
        )

    def _bag_of_words(self, words: Sequence[str]) -> Counter[str]:
        bag: Counter[str] = Counter()
        for w in words:
            low = w.lower()
            if low in self._stopwords or not low[:1].isalpha() or len(low) < 2:
                continue
            stem = self._stems.get(low)
            if stem is None:
                stem = self._stemmer.stem(low)
                if len(self._stems) < _STEM_CACHE_LIMIT:
                    self._stems[low] = stem
            bag[stem] += 1
        return bag


@dataclass
class Features:
    """Per-candidate signals for one document (indexes are positions in ``candidates``)."""

    candidates: list[Sentence]
    vectors: list[dict[str, float]]
    sims: list[dict[int, float]]  # sparse cosine similarities, symmetric
    centrality: list[float]  # normalised to [0, 1]
    overlap: list[float]  # TextRank-style centrality, normalised to [0, 1]
    title: list[float]
    length: list[float]
    dangling: list[bool]
    antecedent: list[int | None]
    word_counts: list[int]


def select(f: Features, budget_count: int, max_words: int | None, w: NewsWeights) -> list[tuple[Sentence, float]]:
    """Greedy MMR selection under the sentence and word budgets (see :meth:`NewsRanker.rank`)."""
    n = len(f.candidates)
    relevance = [
        w.position * _position(i, n, w.position_decay)
        + w.centrality * f.centrality[i]
        + w.title * f.title[i]
        + w.length * f.length[i]
        + w.overlap * f.overlap[i]
        for i in range(n)
    ]
    words = f.word_counts
    chosen: list[int] = []
    chosen_set: set[int] = set()
    closest = [0.0] * n  # max similarity to any chosen sentence
    used = 0
    blocked: set[int] = set()  # near-duplicates of a chosen sentence, or too long for the word budget
    while len(chosen) < budget_count:
        best, best_gain, best_dangling = -1, -math.inf, True
        for i in range(n):
            if i in chosen_set or i in blocked:
                continue
            if max_words is not None and used + words[i] > max_words:
                blocked.add(i)
                continue
            ante = f.antecedent[i]
            dangling = f.dangling[i] and (ante is None or ante not in chosen_set)
            gain = relevance[i] - w.redundancy * closest[i]
            # A dangling sentence only wins when no self-contained sentence is left.
            if (best_dangling and not dangling) or (dangling == best_dangling and gain > best_gain):
                best, best_gain, best_dangling = i, gain, dangling
        if best < 0:
            break
        chosen.append(best)
        chosen_set.add(best)
        used += words[best]
        for j, sim in _row(f, best).items():
            if sim > closest[j]:
                closest[j] = sim
            if sim >= NEAR_DUPLICATE:
                blocked.add(j)
    return [(f.candidates[i], relevance[i]) for i in chosen]


def _row(f: Features, i: int) -> dict[int, float]:
    """Similarities of candidate ``i`` to all others; pairs outside the window are computed on demand."""
    n = len(f.candidates)
    if n <= DENSE_LIMIT:
        return f.sims[i]
    row = dict(f.sims[i])
    vi = f.vectors[i]
    for j in range(n):
        if j not in row and j != i:
            sim = _dot(vi, f.vectors[j])
            if sim > 0:
                row[j] = sim
    return row


def _position(i: int, n: int, decay: float) -> float:
    """Lead bias: 1 for the first candidate, falling off with the rank in the article, relative to its length."""
    return float(1.0 / (1.0 + decay * 10.0 * i / max(n, 1)) ** 0.5)


def _title_words(doc: Document) -> tuple[str, ...]:
    title_sentences = [s for s in doc.sentences if s.is_title]
    if title_sentences:
        return tuple(w for s in title_sentences for w in s.words)
    return tuple(doc.title.split()) if doc.title else ()


def _tfidf(bags: list[Counter[str]]) -> list[dict[str, float]]:
    """Unit-length TF-IDF vectors (sublinear tf, smoothed idf over the candidates)."""
    n = len(bags)
    df: Counter[str] = Counter()
    for b in bags:
        df.update(b.keys())
    vectors: list[dict[str, float]] = []
    for b in bags:
        v = {t: (1.0 + math.log(c)) * (1.0 + math.log((1 + n) / (1 + df[t]))) for t, c in b.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        vectors.append({t: x / norm for t, x in v.items()})
    return vectors


def _dot(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(x * b.get(t, 0.0) for t, x in a.items())


def _similarities(vectors: list[dict[str, float]]) -> list[dict[int, float]]:
    """Sparse cosine similarities through an inverted index: only pairs that share a stem, and
    beyond :data:`DENSE_LIMIT` sentences only pairs within :data:`WINDOW` of each other."""
    n = len(vectors)
    window = n if n <= DENSE_LIMIT else WINDOW
    postings: dict[str, list[tuple[int, float]]] = {}
    for i, v in enumerate(vectors):
        for t, x in v.items():
            postings.setdefault(t, []).append((i, x))
    acc: list[dict[int, float]] = [{} for _ in range(n)]
    for plist in postings.values():
        for a in range(len(plist)):
            i, xi = plist[a]
            row = acc[i]
            for b in range(a + 1, len(plist)):
                j, xj = plist[b]
                if j - i > window:
                    break
                row[j] = row.get(j, 0.0) + xi * xj
    sims: list[dict[int, float]] = [{} for _ in range(n)]
    for i, row in enumerate(acc):
        for j, s in row.items():
            sims[i][j] = s
            sims[j][i] = s
    return sims


def _overlap_similarities(bags: list[Counter[str]]) -> list[dict[int, float]]:
    """TextRank's similarity: shared stems / (log |s_i| + log |s_j|), over the same sparse pairs."""
    binary = [dict.fromkeys(b, 1.0) for b in bags]
    sims = _similarities(binary)
    logs = [math.log(max(len(b), 2)) for b in bags]
    return [{j: s / (logs[i] + logs[j]) for j, s in row.items()} for i, row in enumerate(sims)]


def _pagerank(sims: list[dict[int, float]], n: int) -> list[float]:
    """Continuous LexRank: PageRank over the similarity graph, normalised so the top sentence is 1.

    Up to :data:`DENSE_LIMIT` sentences the graph is a small dense numpy matrix (fast); beyond it
    the power iteration runs over the sparse rows, so memory and time stay linear in the edges.
    """
    if n == 0:
        return []
    out_weight = numpy.array([sum(row.values()) for row in sims])
    has_out = out_weight > 0
    rank = numpy.full(n, 1.0 / n)
    base = (1.0 - _PAGERANK_DAMPING) / n
    if n <= DENSE_LIMIT:
        matrix = numpy.zeros((n, n))
        for i, row in enumerate(sims):
            if row:
                matrix[i, list(row)] = list(row.values())
        matrix[has_out] /= out_weight[has_out, None]
    for _ in range(_PAGERANK_ITERATIONS):
        dangling_mass = float(rank[~has_out].sum()) / n
        if n <= DENSE_LIMIT:
            spread = rank @ matrix
        else:
            spread = numpy.zeros(n)
            for i, row in enumerate(sims):
                if has_out[i]:
                    share = rank[i] / out_weight[i]
                    for j, s in row.items():
                        spread[j] += share * s
        new = base + _PAGERANK_DAMPING * (spread + dangling_mass)
        done = float(numpy.abs(new - rank).sum()) < 1e-9
        rank = new
        if done:
            break
    top = float(rank.max()) or 1.0
    return [float(r) / top for r in rank]
