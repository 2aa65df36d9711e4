"""Extractive summaries: sumy's rankers and a lead baseline over the shared analysis.

sumy normally parses and tokenizes text itself. Here its document model is built
from our sentences and tokens (:class:`_AnalysedSentence` carries the words we
already have), so sumy never re-tokenizes and every chosen sentence maps back to
exact offsets in the article.
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal, cast

import numpy
import numpy as np
from numpy.typing import NDArray
from sumy.models.dom import ObjectDocumentModel, Paragraph
from sumy.models.dom import Sentence as SumySentence
from sumy.nlp.stemmers import Stemmer
from sumy.summarizers._summarizer import AbstractSummarizer, SentenceInfo
from sumy.summarizers.edmundson import EdmundsonSummarizer
from sumy.summarizers.kl import KLSummarizer
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.summarizers.lsa import LsaSummarizer
from sumy.summarizers.luhn import LuhnSummarizer
from sumy.summarizers.reduction import ReductionSummarizer
from sumy.summarizers.sum_basic import SumBasicSummarizer
from sumy.summarizers.text_rank import TextRankSummarizer

from service.pipeline.document import Document, Sentence
from service.pipeline.news_ranker import DENSE_LIMIT as NEWS_DENSE_LIMIT
from service.pipeline.news_ranker import NewsRanker
from service.pipeline.resources import LanguageResources
from service.pipeline.results import SummarySentence

Algorithm = Literal["lexrank", "textrank", "lsa", "luhn", "edmundson", "sumbasic", "kl", "reduction", "lead", "news"]
ALGORITHMS: tuple[Algorithm, ...] = (
    "news",
    "lexrank",
    "textrank",
    "lsa",
    "luhn",
    "edmundson",
    "sumbasic",
    "kl",
    "reduction",
    "lead",
)
DEFAULT_ALGORITHM: Algorithm = "lexrank"

# Words that mark a sentence as hedging or off-topic for Edmundson's cue method.
_STIGMA_WORDS = ("hardly", "perhaps", "reportedly", "allegedly", "meanwhile", "advertisement", "subscribe")
_MIN_CANDIDATE_WORDS = 5

# sumy's LSA warns when a text has fewer distinct words than sentences; the ranking is
# still returned and valid, so the warning would only flood the service log.
warnings.filterwarnings("ignore", message="Number of words .* is lower than number of sentences", category=UserWarning)
_SENTENCE_ENDINGS = tuple(".!?…\"'”’»)")


@dataclass(frozen=True)
class LengthBudget:
    """How long the summary may be: exactly one of a sentence count, a ratio of the candidates, or a word budget."""

    sentences: int | None = None
    ratio: float | None = None
    words: int | None = None

    def __post_init__(self) -> None:
        given = [v for v in (self.sentences, self.ratio, self.words) if v is not None]
        if len(given) > 1:
            raise ValueError("give exactly one of sentences, ratio or words")

    def sentence_count(self, candidates: int) -> int:
        if self.ratio is not None:
            return min(candidates, max(1, round(self.ratio * candidates))) if candidates else 0
        if self.words is not None:
            return candidates  # rank everything; the word budget trims afterwards
        return min(candidates, 3 if self.sentences is None else self.sentences)


@dataclass(frozen=True)
class SummaryResult:
    """A summary and how its ranker compared sentences (``similarity`` is meant for the response's ``meta``)."""

    sentences: list[SummarySentence]
    similarity: Similarity  # "dense": all pairs; "windowed": +-SIMILARITY_WINDOW sentences; "none": no similarity
    candidates: int


class _AnalysedSentence(SumySentence):  # type: ignore[misc]
    """A sumy sentence that already knows its words and where it sits in our document.

    Identity is the sentence index, not its text, so two identical sentences in one
    article stay two sentences in sumy's rating dictionaries.
    """

    __slots__ = ("_known_words", "index")

    def __init__(self, sentence: Sentence, is_heading: bool = False):
        super().__init__(sentence.text, None, is_heading)
        self.index = sentence.index
        self._known_words = sentence.words

    @property
    def words(self) -> tuple[str, ...]:
        return self._known_words

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _AnalysedSentence) and self.index == other.index

    def __hash__(self) -> int:
        return hash(self.index)


def is_candidate(sentence: Sentence) -> bool:
    """Whether a body sentence can stand in a summary: long enough and ending like a sentence.

    Stray lines of page furniture (credits, "Press play", "Leave a Comment") are short
    and unpunctuated, so they fail both tests.
    """
    if sentence.is_title or sentence.is_junk or sentence.is_standfirst:
        return False
    words = sum(1 for t in sentence.tokens if t.is_word)
    return words >= _MIN_CANDIDATE_WORDS and sentence.text.rstrip().endswith(_SENTENCE_ENDINGS)


def summary_candidates(doc: Document) -> list[Sentence]:
    """Body sentences eligible for a summary; all body sentences if none qualifies (unpunctuated text)."""
    chosen = [s for s in doc.sentences if is_candidate(s)]
    return chosen or doc.body


class Summarizer:
    """Ranks candidate sentences with the chosen algorithm and applies the length budget."""

    def __init__(self, resources: LanguageResources):
        self._stemmer = Stemmer("english")
        self._stopwords = resources.stopwords
        self._stems = _Stems(self._stemmer, resources.stopwords)
        self._news = NewsRanker(resources)
        self._factories: dict[Algorithm, Callable[[], AbstractSummarizer]] = {
            "lexrank": lambda: self._with_stopwords(LexRankSummarizer(self._stemmer)),
            "textrank": lambda: self._with_stopwords(TextRankSummarizer(self._stemmer)),
            "lsa": lambda: self._with_stopwords(LsaSummarizer(self._stemmer)),
            "luhn": lambda: self._with_stopwords(LuhnSummarizer(self._stemmer)),
            "sumbasic": lambda: self._with_stopwords(SumBasicSummarizer(self._stemmer)),
            "kl": lambda: self._with_stopwords(KLSummarizer(self._stemmer)),
            "reduction": lambda: self._with_stopwords(ReductionSummarizer(self._stemmer)),
        }

    def _with_stopwords(self, summarizer: Any) -> AbstractSummarizer:
        summarizer.stop_words = self._stopwords
        return cast(AbstractSummarizer, summarizer)

    def __call__(
        self, doc: Document, algorithm: Algorithm = DEFAULT_ALGORITHM, budget: LengthBudget | None = None
    ) -> list[SummarySentence]:
        return self.summarize(doc, algorithm, budget).sentences

    def summarize(
        self, doc: Document, algorithm: Algorithm = DEFAULT_ALGORITHM, budget: LengthBudget | None = None
    ) -> SummaryResult:
        """The summary plus how sentences were compared (``dense``/``windowed``/``none``), for ``meta``."""
        budget = budget or LengthBudget()
        candidates = summary_candidates(doc)
        similarity = similarity_mode(len(candidates), algorithm)
        count = budget.sentence_count(len(candidates))
        if count <= 0:
            return SummaryResult([], similarity, len(candidates))
        if algorithm == "news":
            # The news ranker selects with redundancy and pronoun rules, so it applies the budget itself.
            picked = self._news.rank(doc, candidates, count, budget.words)
            chosen = [_summary_sentence(s, score) for s, score in picked]
        else:
            ranked = self.rank(doc, candidates, algorithm)
            word_counts = {s.index: len(s.words) for s in candidates}
            chosen = _apply_budget(ranked, count, budget.words, word_counts)
        return SummaryResult(sorted(chosen, key=lambda s: s.index), similarity, len(candidates))

    def similarity(self, doc: Document, algorithm: Algorithm = DEFAULT_ALGORITHM) -> Similarity:
        """How ``algorithm`` would compare the sentences of ``doc``: all pairs, a window, or not at all."""
        return similarity_mode(len(summary_candidates(doc)), algorithm)

    def rank(self, doc: Document, candidates: Sequence[Sentence], algorithm: Algorithm) -> list[SummarySentence]:
        """Every candidate with its score, best first (ties keep article order)."""
        if algorithm == "news":
            return [_summary_sentence(s, score) for s, score in self._news.rank(doc, candidates, len(candidates))]
        if algorithm == "lead":
            n = len(candidates)
            return [_summary_sentence(s, 1.0 - i / n) for i, s in enumerate(candidates)]
        if algorithm in _OWN_RANKERS:
            # Degenerate inputs (one word, all stopwords) divide 0 by 0 as in sumy; NaN scores become 0.
            with np.errstate(divide="ignore", invalid="ignore"):
                scores = _OWN_RANKERS[algorithm](
                    self._stems.matrix(candidates), similarity_mode(len(candidates), algorithm)
                )
            scored = [
                (s, _finite(score), order)
                for order, (s, score) in enumerate(zip(candidates, scores.tolist(), strict=True))
            ]
        else:
            infos = self._sumy_ratings(doc, candidates, algorithm)
            by_index = {s.index: s for s in candidates}
            scored = [(by_index[i.sentence.index], _finite(i.rating), i.order) for i in infos]
        scored.sort(key=lambda t: (-t[1], t[2]))
        return [_summary_sentence(s, score) for s, score, _ in scored]

    def _sumy_ratings(self, doc: Document, candidates: Sequence[Sentence], algorithm: Algorithm) -> list[SentenceInfo]:
        summarizer = self._edmundson(doc) if algorithm == "edmundson" else self._factories[algorithm]()
        captured: list[SentenceInfo] = []

        def keep_all(infos: Iterable[SentenceInfo]) -> list[SentenceInfo]:
            captured.extend(infos)
            return captured

        # Degenerate inputs (one word, all stopwords) make LexRank divide 0 by 0; the NaN
        # scores are mapped to 0 by _finite, so numpy's warning is noise here.
        with numpy.errstate(divide="ignore", invalid="ignore"):
            summarizer(_sumy_document(doc, candidates), keep_all)
        return captured

    def _edmundson(self, doc: Document) -> AbstractSummarizer:
        # Without a headline the title method has nothing to compare against, so it is switched off.
        has_title = any(s.is_title for s in doc.sentences)
        summarizer = EdmundsonSummarizer(self._stemmer, title_weight=1.0 if has_title else 0.0)
        title_words = [w for s in doc.sentences if s.is_title for w in s.words if w.lower() not in self._stopwords]
        summarizer.bonus_words = title_words or ["said"]
        summarizer.stigma_words = _STIGMA_WORDS
        summarizer.null_words = self._stopwords
        return cast(AbstractSummarizer, summarizer)


def _sumy_document(doc: Document, candidates: Sequence[Sentence]) -> ObjectDocumentModel:
    """sumy's DOM over our analysis: one sumy paragraph per article paragraph, headline as heading."""
    wanted = {s.index for s in candidates}
    paragraphs: dict[int, list[_AnalysedSentence]] = {}
    for s in doc.sentences:
        if s.is_title:
            paragraphs.setdefault(s.paragraph, []).append(_AnalysedSentence(s, is_heading=True))
        elif s.index in wanted:
            paragraphs.setdefault(s.paragraph, []).append(_AnalysedSentence(s))
    return ObjectDocumentModel([Paragraph(p) for _, p in sorted(paragraphs.items())])


def _apply_budget(
    ranked: list[SummarySentence], count: int, words: int | None, word_counts: dict[int, int]
) -> list[SummarySentence]:
    """Top ``count`` sentences, or with a word budget the best-ranked sentences that still fit."""
    if words is None:
        return ranked[:count]
    chosen: list[SummarySentence] = []
    used = 0
    for s in ranked:
        n = word_counts[s.index]
        if used + n <= words:
            chosen.append(s)
            used += n
    return chosen


def _summary_sentence(s: Sentence, score: float) -> SummarySentence:
    return SummarySentence(index=s.index, start=s.start, end=s.end, text=s.text, score=round(score, 6))


def _finite(value: object) -> float:
    try:
        f = float(cast(float, value))
    except (TypeError, ValueError):
        return 0.0
    return f if math.isfinite(f) else 0.0


# --- Sentence-similarity rankers (LexRank, TextRank, Reduction) over our own analysis --------------
#
# sumy's versions compare every pair of sentences in pure Python (a cosine per pair over
# dicts) and always build dense n x n matrices. These reimplement the same formulas with
# numpy over term-count matrices, so a 700-word article ranks in well under a millisecond
# and the scores agree with sumy's to rounding (tests/test_summary.py checks the ranking).
#
# Growth: up to DENSE_SIMILARITY_LIMIT candidate sentences the full n x n similarity is
# computed, as sumy does. Above it, a sentence is compared only with the sentences at most
# SIMILARITY_WINDOW positions away (news stories are local: a paragraph's neighbours are
# its context), and the graph is kept as an edge list, so time and memory grow linearly
# with the text instead of quadratically. Which one ran is reported by
# :meth:`Summarizer.similarity` and :attr:`SummaryResult.similarity`.

Similarity = Literal["dense", "windowed", "none"]
#: Most candidate sentences compared all-pairs (a ~20k-word article); above it, windowed.
DENSE_SIMILARITY_LIMIT = 1000
#: In windowed mode, how many sentences before and after each sentence it is compared with.
SIMILARITY_WINDOW = 50
SIMILARITY_ALGORITHMS: frozenset[Algorithm] = frozenset(("lexrank", "textrank", "reduction"))

_LEXRANK_THRESHOLD = 0.1  # sumy's LexRankSummarizer.threshold
_LEXRANK_EPSILON = 0.1  # sumy's LexRankSummarizer.epsilon
_TEXTRANK_EPSILON = 1e-4  # sumy's TextRankSummarizer.epsilon
_TEXTRANK_DAMPING = 0.85
_TEXTRANK_ZERO_DIVISION = 1e-7
_MAX_POWER_ITERATIONS = 10_000  # sumy has no cap; a cap keeps a pathological input from spinning


def similarity_mode(candidates: int, algorithm: Algorithm) -> Similarity:
    """How a ranker compares sentences for this many candidates (what ``meta`` reports)."""
    if algorithm == "news":
        return "dense" if candidates <= NEWS_DENSE_LIMIT else "windowed"
    if algorithm not in SIMILARITY_ALGORITHMS:
        return "none"
    return "dense" if candidates <= DENSE_SIMILARITY_LIMIT else "windowed"


@dataclass(frozen=True)
class _Terms:
    """Stemmed, stopword-free terms of the candidate sentences as a sparse count matrix (COO)."""

    n: int  # sentences
    vocabulary: int
    rows: NDArray[np.intp]  # sentence of each non-zero, sorted by sentence then term
    cols: NDArray[np.intp]  # term of each non-zero
    counts: NDArray[np.float64]
    lengths: NDArray[np.float64]  # terms per sentence, with repeats (sumy's len(words))

    def gram(self, values: NDArray[np.float64]) -> NDArray[np.float64]:
        """``X @ X.T`` for the matrix with ``values`` at the non-zeros (all pairs: the dense mode).

        Only terms found in two or more sentences can link two sentences, so X is built
        over those columns alone (far narrower); the diagonal is summed over every term.
        """
        df = np.bincount(self.cols, minlength=self.vocabulary)
        shared = df[self.cols] >= 2
        column = np.cumsum(df >= 2) - 1
        matrix = np.zeros((self.n, int((df >= 2).sum())), dtype=np.float64)
        matrix[self.rows[shared], column[self.cols[shared]]] = values[shared]
        product = np.asarray(matrix @ matrix.T)
        np.fill_diagonal(product, _bincount(self.rows, weights=values * values, minlength=self.n))
        return product


class _Stems:
    """sumy's word normalisation (lower-case, drop stopwords, Snowball stem), memoised per process.

    Stemming is the costly part of sumy's preprocessing and news vocabulary repeats, so
    each distinct lower-cased word is stemmed once. Bounded so odd input cannot grow it forever.
    """

    _LIMIT = 200_000

    def __init__(self, stemmer: Callable[[str], str], stopwords: frozenset[str]):
        self._stemmer = stemmer
        self._stopwords = frozenset(w.lower() for w in stopwords)
        self._cache: dict[str, str | None] = {}

    def terms(self, words: Iterable[str]) -> list[str]:
        cache = self._cache
        out: list[str] = []
        for word in words:
            low = word.lower()
            stem = cache.get(low, "")
            if stem == "":
                stem = None if low in self._stopwords else self._stemmer(low)
                if len(cache) >= self._LIMIT:
                    cache.clear()
                cache[low] = stem
            if stem is not None:
                out.append(stem)
        return out

    def matrix(self, sentences: Sequence[Sentence]) -> _Terms:
        vocabulary: dict[str, int] = {}
        rows: list[int] = []
        cols: list[int] = []
        counts: list[int] = []
        lengths: list[int] = []
        for i, s in enumerate(sentences):
            terms = self.terms(s.words)
            lengths.append(len(terms))
            bag: dict[int, int] = {}
            for term in terms:
                t = vocabulary.setdefault(term, len(vocabulary))
                bag[t] = bag.get(t, 0) + 1
            for t, c in sorted(bag.items()):
                rows.append(i)
                cols.append(t)
                counts.append(c)
        return _Terms(
            n=len(sentences),
            vocabulary=len(vocabulary),
            rows=np.array(rows, dtype=np.intp),
            cols=np.array(cols, dtype=np.intp),
            counts=np.array(counts, dtype=np.float64),
            lengths=np.array(lengths, dtype=np.float64),
        )


def _bincount(
    index: NDArray[np.intp], weights: NDArray[np.float64] | None = None, minlength: int = 0
) -> NDArray[np.float64]:
    """``np.bincount`` as float64 (weighted sums per sentence)."""
    return np.bincount(index, weights=weights, minlength=minlength).astype(np.float64, copy=False)


def _band_products(terms: _Terms, values: NDArray[np.float64], window: int) -> NDArray[np.float64]:
    """``out[i, d] = sum_t X[i, t] * X[i + d, t]`` for ``d`` in 1..window: the upper band of X @ X.T.

    Non-zeros are sorted by (term, sentence); pairs of the same term ``k`` places apart are
    matched for growing ``k`` until none is within the window, so the work is the number of
    co-occurring pairs inside the window, never n^2.
    """
    n = terms.n
    flat = np.zeros(n * (window + 1), dtype=np.float64)
    order = np.lexsort((terms.rows, terms.cols))
    term = terms.cols[order]
    sent = terms.rows[order]
    val = values[order]
    alive = np.arange(len(order) - 1)
    k = 1
    while alive.size:
        partner = alive + k
        ok = partner < len(order)
        alive, partner = alive[ok], partner[ok]
        gap = sent[partner] - sent[alive]
        ok = (term[partner] == term[alive]) & (gap <= window)
        alive, partner, gap = alive[ok], partner[ok], gap[ok]
        flat += _bincount(sent[alive] * (window + 1) + gap, weights=val[alive] * val[partner], minlength=flat.size)
        k += 1
    return flat.reshape(n, window + 1)


def _band_edges(band: NDArray[np.bool_]) -> tuple[NDArray[np.intp], NDArray[np.intp], NDArray[np.intp]]:
    """Both directions of every band entry that is set: (source, target, offset)."""
    src, gap = np.nonzero(band)
    dst = src + gap
    return np.concatenate((src, dst)), np.concatenate((dst, src)), np.concatenate((gap, gap))


def _power_lexrank(step: Callable[[NDArray[np.float64]], NDArray[np.float64]], n: int) -> NDArray[np.float64]:
    """sumy's LexRank power method (normalised each step, stop when the change is under epsilon)."""
    p = np.full(n, 1.0 / n)
    for _ in range(_MAX_POWER_ITERATIONS):
        nxt = step(p)
        nxt /= np.linalg.norm(nxt)
        change = np.linalg.norm(nxt - p)
        p = nxt
        if not change > _LEXRANK_EPSILON:
            break
    return p


def _power_textrank(step: Callable[[NDArray[np.float64]], NDArray[np.float64]], n: int) -> NDArray[np.float64]:
    """sumy's TextRank power method (no normalisation, stop when the change is under epsilon)."""
    p = np.full(n, 1.0 / n)
    for _ in range(_MAX_POWER_ITERATIONS):
        nxt = step(p)
        change = np.linalg.norm(nxt - p)
        p = nxt
        if not change > _TEXTRANK_EPSILON:
            break
    return p


def lexrank_scores(terms: _Terms, mode: Similarity) -> NDArray[np.float64]:
    """LexRank as sumy computes it: tf/max-tf x log(n / (1 + df)) cosine, edges above 0.1, power method."""
    n = terms.n
    if n == 0:
        return np.zeros(0)
    max_tf = np.ones(n)
    np.maximum.at(max_tf, terms.rows, terms.counts)
    df = _bincount(terms.cols, minlength=terms.vocabulary)
    idf = np.log(n / (1.0 + df))
    values = terms.counts / max_tf[terms.rows] * idf[terms.cols]
    norms = np.sqrt(_bincount(terms.rows, weights=values * values, minlength=n))
    if mode == "dense":
        numerator = terms.gram(values)
        positive = norms > 0
        denominator = np.outer(norms, norms)
        cosine = np.divide(numerator, denominator, out=np.zeros_like(numerator), where=np.outer(positive, positive))
        adjacency = (cosine > _LEXRANK_THRESHOLD).astype(np.float64)
        degrees = adjacency.sum(axis=1)
        degrees[degrees == 0] = 1
        transition_t = (adjacency / degrees[:, None]).T

        def dense_step(p: NDArray[np.float64]) -> NDArray[np.float64]:
            return np.asarray(transition_t @ p)

        return _power_lexrank(dense_step, n)
    band = _band_products(terms, values, SIMILARITY_WINDOW)
    index = np.arange(n)
    partner_norm = np.zeros_like(band)
    for d in range(1, min(SIMILARITY_WINDOW, n - 1) + 1):
        partner_norm[: n - d, d] = norms[d:]
    denominator = norms[:, None] * partner_norm
    cosine = np.divide(band, denominator, out=np.zeros_like(band), where=denominator > 0)
    linked = cosine > _LEXRANK_THRESHOLD
    linked[:, 0] = False
    src, dst, _ = _band_edges(linked)
    self_loop = norms > 0  # cos(s, s) is 1 when the sentence has any weighted term
    src = np.concatenate((src, index[self_loop]))
    dst = np.concatenate((dst, index[self_loop]))
    degrees = _bincount(src, minlength=n)
    degrees[degrees == 0] = 1

    def sparse_step(p: NDArray[np.float64]) -> NDArray[np.float64]:
        return _bincount(dst, weights=(p / degrees)[src], minlength=n)

    return _power_lexrank(sparse_step, n)


def _overlap_norms(lengths: NDArray[np.float64], i: NDArray[np.intp], j: NDArray[np.intp]) -> NDArray[np.float64]:
    with np.errstate(divide="ignore"):
        logs = np.log(lengths)
    return np.asarray(logs[i] + logs[j])


def _overlap_pairs(terms: _Terms, mode: Similarity) -> tuple[NDArray[np.intp], NDArray[np.intp], NDArray[np.float64]]:
    """Shared-word counts ``sum_t c_i[t] * c_j[t]`` for the compared pairs i <= j that share a word."""
    if mode == "dense":
        overlap = terms.gram(terms.counts)
        i, j = np.nonzero(np.triu(overlap))
        return i, j, overlap[i, j]
    band = _band_products(terms, terms.counts, SIMILARITY_WINDOW)
    band[:, 0] = _bincount(terms.rows, weights=terms.counts * terms.counts, minlength=terms.n)
    i, gap = np.nonzero(band)
    return i, i + gap, band[i, gap]


def textrank_scores(terms: _Terms, mode: Similarity) -> NDArray[np.float64]:
    """TextRank as sumy computes it: shared words / (log|s1| + log|s2|), row-normalised, damped power method."""
    n = terms.n
    if n == 0:
        return np.zeros(0)
    i, j, rank = _overlap_pairs(terms, mode)
    norm = _overlap_norms(terms.lengths, i, j)
    single = np.isclose(norm, 0.0)  # two one-word sentences: sumy takes the raw count
    weight = np.where(single, rank, rank / np.where(single, 1.0, norm))
    off = i != j
    src = np.concatenate((i, j[off]))
    dst = np.concatenate((j, i[off]))
    edge = np.concatenate((weight, weight[off]))
    row_sums = _bincount(src, weights=edge, minlength=n) + _TEXTRANK_ZERO_DIVISION
    edge = edge / row_sums[src]
    teleport = (1.0 - _TEXTRANK_DAMPING) / n
    if mode == "dense":
        weights = np.zeros((n, n))
        weights[src, dst] = edge
        transition_t = (np.full((n, n), teleport) + _TEXTRANK_DAMPING * weights).T

        def dense_step(p: NDArray[np.float64]) -> NDArray[np.float64]:
            return np.asarray(transition_t @ p)

        return _power_textrank(dense_step, n)

    damped = _TEXTRANK_DAMPING * edge

    def sparse_step(p: NDArray[np.float64]) -> NDArray[np.float64]:
        return _bincount(dst, weights=damped * p[src], minlength=n) + teleport * float(p.sum())

    return _power_textrank(sparse_step, n)


def reduction_scores(terms: _Terms, mode: Similarity) -> NDArray[np.float64]:
    """Reduction as sumy computes it: each sentence's summed shared-words / (log|s1| + log|s2|) to the others."""
    n = terms.n
    i, j, rank = _overlap_pairs(terms, mode)
    off = i != j
    i, j, rank = i[off], j[off], rank[off]
    norm = _overlap_norms(terms.lengths, i, j)
    edge = np.divide(rank, norm, out=np.zeros_like(rank), where=norm != 0.0)
    return _bincount(i, weights=edge, minlength=n) + _bincount(j, weights=edge, minlength=n)


_OWN_RANKERS: dict[Algorithm, Callable[[_Terms, Similarity], NDArray[np.float64]]] = {
    "lexrank": lexrank_scores,
    "textrank": textrank_scores,
    "reduction": reduction_scores,
}
