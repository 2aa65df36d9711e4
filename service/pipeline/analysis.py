"""The pipeline: one analysis of the text, then each requested stage reads it.

Usable as a library without the web layer::

    from service.resources import load
    from service.pipeline.analysis import Pipeline

    result = Pipeline(load())(article_text)
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Literal

from service.pipeline.actors import ActorFinder
from service.pipeline.document import Document, DocumentAnalyzer
from service.pipeline.positions import PositionFinder
from service.pipeline.resources import LanguageResources
from service.pipeline.results import Actor, Position, SummarySentence
from service.pipeline.sentence_terms import SentenceTerms
from service.pipeline.speaker_mentions import join_speaker_mentions
from service.pipeline.summary import DEFAULT_ALGORITHM, Algorithm, LengthBudget, Similarity, Summarizer

Part = Literal["summary", "actors", "positions"]
ALL_PARTS: frozenset[Part] = frozenset(("summary", "actors", "positions"))
# English running text is roughly 40-50% stopwords; lists, tables and other languages are far below.
_MIN_ENGLISH_STOPWORD_SHARE = 0.15


@dataclass(frozen=True)
class AnalysisOptions:
    algorithm: Algorithm = DEFAULT_ALGORITHM
    budget: LengthBudget = field(default_factory=LengthBudget)
    include: frozenset[Part] = ALL_PARTS


@dataclass
class Analysis:
    document: Document
    summary: list[SummarySentence] | None
    actors: list[Actor] | None
    positions: list[Position] | None
    timings_ms: dict[str, float]
    similarity: Similarity | None = None  # how the summary ranker compared sentences (dense/windowed/none)
    terms: SentenceTerms | None = None  # the summary candidates' stems and similarities, for the multi-article digest


class DeadlineExceededError(RuntimeError):
    """The analysis ran past its time budget; raised between stages so the worker is freed."""

    def __init__(self, stage: str, budget_s: float):
        super().__init__(f"analysis exceeded its {budget_s:g} s budget (stopped before {stage})")
        self.stage = stage
        self.budget_s = budget_s


class _StageClock:
    """Wall time per stage, reported in ``meta.timings_ms`` so clients see where time goes."""

    def __init__(self, budget_s: float | None = None) -> None:
        self.timings_ms: dict[str, float] = {}
        self._started = time.perf_counter()
        self._budget_s = budget_s

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        if self._budget_s is not None and time.perf_counter() - self._started > self._budget_s:
            raise DeadlineExceededError(name, self._budget_s)
        start = time.perf_counter()
        try:
            yield
        finally:
            self.timings_ms[name] = round((time.perf_counter() - start) * 1000, 3)


class Pipeline:
    """Built once per process (loading the components is the slow part), then called per document."""

    def __init__(self, resources: LanguageResources):
        self.analyze_document = DocumentAnalyzer(
            resources.splitter,
            resources.tagger,
            given_names=resources.given_names,
            common_words=resources.english_words,
        )
        self._stopwords = resources.stopwords
        self.summarize = Summarizer(resources)
        self.find_actors = ActorFinder(resources)
        self.find_positions = PositionFinder(resources, stems=self.summarize.stems)

    def __call__(
        self,
        text: str,
        title: str | None = None,
        options: AnalysisOptions | None = None,
        budget_s: float | None = None,
    ) -> Analysis:
        """Analyse one text. With ``budget_s``, a stage that would start past the budget raises
        :class:`DeadlineExceededError` instead (a running stage is never interrupted)."""
        options = options or AnalysisOptions()
        clock = _StageClock(budget_s)
        total_start = time.perf_counter()
        with clock.stage("analysis"):
            doc = self.analyze_document(text, title)
            doc.warnings.extend(self._warnings(doc))
        summary = actors = positions = None
        similarity: Similarity | None = None
        terms: SentenceTerms | None = None
        if "summary" in options.include:
            with clock.stage("summary"):
                result = self.summarize.summarize(doc, options.algorithm, options.budget)
                summary, similarity, terms = result.sentences, result.similarity, result.terms
        if options.include & {"actors", "positions"}:
            # Positions resolve speakers to actors, so actors are found even when only positions are asked for.
            with clock.stage("actors"):
                actors = self.find_actors(doc)
        if options.include & {"actors", "positions"}:
            # and positions whenever actors are asked for: their speakers' words join the actors' mentions, so
            # the actors output does not depend on the parts a request includes
            with clock.stage("positions"):
                positions = self.find_positions(doc, actors or [])
                join_speaker_mentions(actors or [], positions)
        clock.timings_ms["total"] = round((time.perf_counter() - total_start) * 1000, 3)
        return Analysis(
            document=doc,
            summary=summary,
            actors=actors if "actors" in options.include else None,
            positions=positions if "positions" in options.include else None,
            timings_ms=clock.timings_ms,
            similarity=similarity,
            terms=terms,
        )

    def _warnings(self, doc: Document) -> list[str]:
        """Notes for texts the pipeline was not built for: they still get a (possibly empty) result."""
        words = [t.text.lower() for s in doc.sentences for t in s.tokens if t.is_word]
        if not words:
            return ["no words found in the text"]
        if len(words) >= 20 and sum(w in self._stopwords for w in words) / len(words) < _MIN_ENGLISH_STOPWORD_SHARE:
            return ["the text does not look like English prose; results may be empty or poor"]
        return []
