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
from service.pipeline.news_ranker import NewsRanker
from service.pipeline.resources import LanguageResources
from service.pipeline.results import SummarySentence
from service.pipeline.sentence_terms import (
    DENSE_SIMILARITY_LIMIT,
    SIMILARITY_WINDOW,
    SentenceTerms,
    Similarity,
    TermStemmer,
    bincount,
    pair_mode,
)

__all__ = ["DENSE_SIMILARITY_LIMIT", "SIMILARITY_WINDOW", "Similarity"]

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
# news beats lead and every sumy ranker on held-out ROUGE-2 and ROUGE-Lsum (bench/eval_summary.py).
DEFAULT_ALGORITHM: Algorithm = "news"

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
    terms: SentenceTerms | None = None  # the candidates' shared term representation, when the ranker built it


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
        self._stems = TermStemmer(self._stemmer, resources.stopwords)
        self._news = NewsRanker(resources, stemmer=self._stems)
        self._factories: dict[Algorithm, Callable[[], AbstractSummarizer]] = {
            "lexrank": lambda: self._with_stopwords(LexRankSummarizer(self._stemmer)),
            "textrank": lambda: self._with_stopwords(TextRankSummarizer(self._stemmer)),
            "lsa": lambda: self._with_stopwords(LsaSummarizer(self._stemmer)),
            "luhn": lambda: self._with_stopwords(LuhnSummarizer(self._stemmer)),
            "sumbasic": lambda: self._with_stopwords(SumBasicSummarizer(self._stemmer)),
            "kl": lambda: self._with_stopwords(KLSummarizer(self._stemmer)),
            "reduction": lambda: self._with_stopwords(ReductionSummarizer(self._stemmer)),
        }

    @property
    def stems(self) -> TermStemmer:
        """The process's memoised stemmer, for other stages that compare words (the positions' headline rule)."""
        return self._stems

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
        # One stemming pass and one similarity structure per request, shared by whichever ranker runs.
        terms = self.terms(candidates) if algorithm == "news" or algorithm in _OWN_RANKERS else None
        if algorithm == "news":
            # The news ranker selects with redundancy and pronoun rules, so it applies the budget itself.
            picked = self._news.rank(doc, candidates, count, budget.words, terms=terms)
            chosen = [_summary_sentence(s, score) for s, score in picked]
        else:
            ranked = self.rank(doc, candidates, algorithm, terms)
            word_counts = {s.index: len(s.words) for s in candidates}
            chosen = _apply_budget(ranked, count, budget.words, word_counts)
        return SummaryResult(sorted(chosen, key=lambda s: s.index), similarity, len(candidates), terms)

    def relevance(self, doc: Document, terms: SentenceTerms) -> list[float]:
        """The news ranker's relevance of each of ``terms.sentences`` (candidates of ``doc``, article order)."""
        return self._news.relevance(doc, terms)

    def terms(self, candidates: Sequence[Sentence]) -> SentenceTerms:
        """The candidates' stems and similarity structure (stems memoised per process)."""
        return self._stems.matrix(candidates)

    def similarity(self, doc: Document, algorithm: Algorithm = DEFAULT_ALGORITHM) -> Similarity:
        """How ``algorithm`` would compare the sentences of ``doc``: all pairs, a window, or not at all."""
        return similarity_mode(len(summary_candidates(doc)), algorithm)

    def rank(
        self, doc: Document, candidates: Sequence[Sentence], algorithm: Algorithm, terms: SentenceTerms | None = None
    ) -> list[SummarySentence]:
        """Every candidate with its score, best first (ties keep article order)."""
        if algorithm == "news":
            picked = self._news.rank(doc, candidates, len(candidates), terms=terms)
            return [_summary_sentence(s, score) for s, score in picked]
        if algorithm == "lead":
            n = len(candidates)
            return [_summary_sentence(s, 1.0 - i / n) for i, s in enumerate(candidates)]
        if algorithm in _OWN_RANKERS:
            # Degenerate inputs (one word, all stopwords) divide 0 by 0 as in sumy; NaN scores become 0.
            with np.errstate(divide="ignore", invalid="ignore"):
                scores = _OWN_RANKERS[algorithm](
                    terms if terms is not None else self.terms(candidates), similarity_mode(len(candidates), algorithm)
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

SIMILARITY_ALGORITHMS: frozenset[Algorithm] = frozenset(("lexrank", "textrank", "reduction"))

_LEXRANK_THRESHOLD = 0.1  # sumy's LexRankSummarizer.threshold
_LEXRANK_EPSILON = 0.1  # sumy's LexRankSummarizer.epsilon
_TEXTRANK_EPSILON = 1e-4  # sumy's TextRankSummarizer.epsilon
_TEXTRANK_DAMPING = 0.85
_TEXTRANK_ZERO_DIVISION = 1e-7
_MAX_POWER_ITERATIONS = 10_000  # sumy has no cap; a cap keeps a pathological input from spinning


def similarity_mode(candidates: int, algorithm: Algorithm) -> Similarity:
    """How a ranker compares sentences for this many candidates (what ``meta`` reports)."""
    if algorithm not in SIMILARITY_ALGORITHMS and algorithm != "news":
        return "none"
    return pair_mode(candidates)


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


def lexrank_scores(terms: SentenceTerms, mode: Similarity) -> NDArray[np.float64]:
    """LexRank as sumy computes it: tf/max-tf x log(n / (1 + df)) cosine, edges above 0.1, power method."""
    n = terms.n
    if n == 0:
        return np.zeros(0)
    max_tf = np.ones(n)
    np.maximum.at(max_tf, terms.rows, terms.counts)
    df = bincount(terms.cols, minlength=terms.width)
    idf = np.log(n / (1.0 + df))
    values = terms.counts / max_tf[terms.rows] * idf[terms.cols]
    norms = np.sqrt(bincount(terms.rows, weights=values * values, minlength=n))
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
    band = terms.band(values)
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
    degrees = bincount(src, minlength=n)
    degrees[degrees == 0] = 1

    def sparse_step(p: NDArray[np.float64]) -> NDArray[np.float64]:
        return bincount(dst, weights=(p / degrees)[src], minlength=n)

    return _power_lexrank(sparse_step, n)


def _overlap_norms(lengths: NDArray[np.float64], i: NDArray[np.intp], j: NDArray[np.intp]) -> NDArray[np.float64]:
    with np.errstate(divide="ignore"):
        logs = np.log(lengths)
    return np.asarray(logs[i] + logs[j])


def _overlap_pairs(
    terms: SentenceTerms, mode: Similarity
) -> tuple[NDArray[np.intp], NDArray[np.intp], NDArray[np.float64]]:
    """Shared-word counts for the compared pairs i <= j that share a word (the diagonal included),
    read from the document's one similarity structure."""
    ov = terms.overlaps if mode == terms.mode else terms.overlaps_in(mode)
    own = np.flatnonzero(ov.diagonal)
    return (
        np.concatenate((own, ov.i)),
        np.concatenate((own, ov.j)),
        np.concatenate((ov.diagonal[own], ov.shared)),
    )


def textrank_scores(terms: SentenceTerms, mode: Similarity) -> NDArray[np.float64]:
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
    row_sums = bincount(src, weights=edge, minlength=n) + _TEXTRANK_ZERO_DIVISION
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
        return bincount(dst, weights=damped * p[src], minlength=n) + teleport * float(p.sum())

    return _power_textrank(sparse_step, n)


def reduction_scores(terms: SentenceTerms, mode: Similarity) -> NDArray[np.float64]:
    """Reduction as sumy computes it: each sentence's summed shared-words / (log|s1| + log|s2|) to the others."""
    n = terms.n
    i, j, rank = _overlap_pairs(terms, mode)
    off = i != j
    i, j, rank = i[off], j[off], rank[off]
    norm = _overlap_norms(terms.lengths, i, j)
    edge = np.divide(rank, norm, out=np.zeros_like(rank), where=norm != 0.0)
    return bincount(i, weights=edge, minlength=n) + bincount(j, weights=edge, minlength=n)


_OWN_RANKERS: dict[Algorithm, Callable[[SentenceTerms, Similarity], NDArray[np.float64]]] = {
    "lexrank": lexrank_scores,
    "textrank": textrank_scores,
    "reduction": reduction_scores,
}
