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
from service.pipeline.resources import LanguageResources
from service.pipeline.results import SummarySentence

Algorithm = Literal["lexrank", "textrank", "lsa", "luhn", "edmundson", "sumbasic", "kl", "reduction", "lead"]
ALGORITHMS: tuple[Algorithm, ...] = (
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
    if sentence.is_title or sentence.is_preamble or sentence.is_junk or sentence.is_standfirst:
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
        budget = budget or LengthBudget()
        candidates = summary_candidates(doc)
        count = budget.sentence_count(len(candidates))
        if count <= 0:
            return []
        ranked = self.rank(doc, candidates, algorithm)
        word_counts = {s.index: len(s.words) for s in candidates}
        chosen = _apply_budget(ranked, count, budget.words, word_counts)
        return sorted(chosen, key=lambda s: s.index)

    def rank(self, doc: Document, candidates: Sequence[Sentence], algorithm: Algorithm) -> list[SummarySentence]:
        """Every candidate with its score, best first (ties keep article order)."""
        if algorithm == "lead":
            n = len(candidates)
            return [_summary_sentence(s, 1.0 - i / n) for i, s in enumerate(candidates)]
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
