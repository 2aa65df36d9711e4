"""Our numpy LexRank/TextRank/Reduction rank like sumy's, and switch to windowed similarity on long texts."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from service.corpus.store import SeedStore
from service.pipeline import summary
from service.pipeline.document import Document
from service.pipeline.resources import LanguageResources
from service.pipeline.summary import (
    DENSE_SIMILARITY_LIMIT,
    SIMILARITY_ALGORITHMS,
    Summarizer,
    similarity_mode,
    summary_candidates,
)

from .conftest import SEEDS_DIR


@pytest.fixture(scope="module")
def summarizer(resources: LanguageResources) -> Summarizer:
    return Summarizer(resources)


@pytest.mark.parametrize("algorithm", sorted(SIMILARITY_ALGORITHMS))
def test_same_ranking_and_scores_as_sumy_on_every_seed(
    algorithm: summary.Algorithm, summarizer: Summarizer, analyzer: Callable[..., Document]
) -> None:
    for seed in SeedStore.from_folder(SEEDS_DIR):
        doc = analyzer(seed.text)
        candidates = summary_candidates(doc)
        ours = summarizer.rank(doc, candidates, algorithm)
        infos = summarizer._sumy_ratings(doc, candidates, algorithm)
        expected = sorted(infos, key=lambda i: (-summary._finite(i.rating), i.order))
        assert [s.index for s in ours] == [i.sentence.index for i in expected], seed.id
        by_index = {s.index: s.score for s in ours}
        for i in expected:
            assert by_index[i.sentence.index] == pytest.approx(round(summary._finite(i.rating), 6), abs=2e-6)


def test_mode_switches_above_the_documented_limit() -> None:
    assert similarity_mode(DENSE_SIMILARITY_LIMIT, "lexrank") == "dense"
    assert similarity_mode(DENSE_SIMILARITY_LIMIT + 1, "textrank") == "windowed"
    assert similarity_mode(DENSE_SIMILARITY_LIMIT + 1, "reduction") == "windowed"
    assert similarity_mode(10**6, "lsa") == "none"
    assert similarity_mode(10**6, "lead") == "none"


@pytest.mark.parametrize("algorithm", sorted(SIMILARITY_ALGORITHMS))
def test_windowed_mode_covers_every_pair_when_the_window_spans_the_text(
    algorithm: summary.Algorithm, summarizer: Summarizer, analyzer: Callable[..., Document]
) -> None:
    # With fewer sentences than the window, windowed similarity sees every pair: same scores as dense.
    seed = next(iter(SeedStore.from_folder(SEEDS_DIR)))
    candidates = summary_candidates(analyzer(seed.text))
    assert len(candidates) <= summary.SIMILARITY_WINDOW
    terms = summarizer.terms(candidates)
    scorer = {"lexrank": summary.lexrank_scores, "textrank": summary.textrank_scores}.get(
        algorithm, summary.reduction_scores
    )
    assert scorer(terms, "windowed") == pytest.approx(scorer(terms, "dense"), rel=1e-9, abs=1e-12)


def test_long_text_reports_windowed_similarity(summarizer: Summarizer, analyzer: Callable[..., Document]) -> None:
    sentence = "Minister number {} said the harbour talks on fishing quotas would resume next week."
    text = " ".join(sentence.format(i) for i in range(DENSE_SIMILARITY_LIMIT + 5))
    doc = analyzer(text)
    result = summarizer.summarize(doc, "lexrank")
    assert result.similarity == "windowed" == summarizer.similarity(doc, "lexrank")
    assert result.candidates > DENSE_SIMILARITY_LIMIT
    assert len(result.sentences) == 3
    assert summarizer.summarize(analyzer("One short sentence here, with five words."), "lexrank").similarity == "dense"
