"""Extractive summaries: every ranker, every budget kind, verbatim sentences with offsets."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from service.corpus.store import SeedStore
from service.pipeline.document import Document
from service.pipeline.resources import LanguageResources
from service.pipeline.summary import ALGORITHMS, LengthBudget, Summarizer, is_candidate, summary_candidates

from .conftest import SEEDS_DIR, seed_text

Analyze = Callable[..., Document]
SEED = "001_400caf59efe26353"


@pytest.fixture(scope="module")
def summarizer(resources: LanguageResources) -> Summarizer:
    return Summarizer(resources)


@pytest.fixture(scope="module")
def seed_doc(analyzer: Callable[..., Document]) -> Document:
    text = seed_text(SEED)
    return analyzer(text, text.splitlines()[0])


@pytest.mark.parametrize("algorithm", ALGORITHMS)
@pytest.mark.parametrize("count", [1, 3, 5])
def test_every_algorithm_returns_the_requested_count_verbatim_in_order(
    summarizer: Summarizer, seed_doc: Document, algorithm: str, count: int
) -> None:
    out = summarizer(seed_doc, algorithm, LengthBudget(sentences=count))  # type: ignore[arg-type]
    assert len(out) == count
    assert [s.index for s in out] == sorted(s.index for s in out)
    for s in out:
        assert seed_doc.text[s.start : s.end] == s.text
        assert not seed_doc.sentences[s.index].is_title


def test_lead_takes_the_first_body_sentences(summarizer: Summarizer, seed_doc: Document) -> None:
    out = summarizer(seed_doc, "lead", LengthBudget(sentences=2))
    candidates = summary_candidates(seed_doc)
    assert [s.index for s in out] == [c.index for c in candidates[:2]]


def test_word_budget_is_never_exceeded(summarizer: Summarizer, seed_doc: Document) -> None:
    for words in (15, 40, 120):
        out = summarizer(seed_doc, "textrank", LengthBudget(words=words))
        used = sum(len(seed_doc.sentences[s.index].words) for s in out)
        assert used <= words
    assert summarizer(seed_doc, "lexrank", LengthBudget(words=120))


def test_ratio_scales_with_the_number_of_candidates(summarizer: Summarizer, seed_doc: Document) -> None:
    n = len(summary_candidates(seed_doc))
    out = summarizer(seed_doc, "luhn", LengthBudget(ratio=0.25))
    assert len(out) == round(0.25 * n)


def test_stray_lines_are_not_candidates(analyze_text: Analyze) -> None:
    doc = analyze_text(
        "Leaders meet\n\nLeave a Comment\n\nThe leaders met in the capital on Friday to discuss trade.\nAFP"
    )
    assert [s.text for s in doc.sentences if is_candidate(s)] == [
        "The leaders met in the capital on Friday to discuss trade."
    ]


def test_identical_sentences_stay_distinct(summarizer: Summarizer, analyze_text: Analyze) -> None:
    text = "The vote was held today in the city. " * 3 + "Officials counted the ballots late into the night."
    doc = analyze_text(text)
    out = summarizer(doc, "lexrank", LengthBudget(sentences=3))
    assert len({s.index for s in out}) == 3


def test_budget_rejects_two_kinds_at_once() -> None:
    with pytest.raises(ValueError):
        LengthBudget(sentences=2, words=10)


def test_empty_document_gives_empty_summary(summarizer: Summarizer, analyze_text: Analyze) -> None:
    assert summarizer(analyze_text(""), "lexrank") == []


# Furniture phrases written for this test (not copied from the seeds): none may reach a summary.
JUNK_MARKERS = (
    "leave a comment",
    "updated:",
    "stock photo",
    "getty images",
    "check also",
    "press play",
    "subscribe",
    "donate",
    "share this",
    "read more:",
    "powered by",
    "about the author",
)


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_seed_summaries_contain_no_junk(
    summarizer: Summarizer, analyzer: Callable[..., Document], algorithm: str
) -> None:
    for seed in SeedStore.from_folder(SEEDS_DIR):
        doc = analyzer(seed.text, seed.title)
        out = summarizer(doc, algorithm, LengthBudget(ratio=0.5))  # type: ignore[arg-type]
        assert out, seed.id
        for s in out:
            sentence = doc.sentences[s.index]
            assert not (sentence.is_junk or sentence.is_title or sentence.is_standfirst), (seed.id, s.text)
            assert not any(m in s.text.lower() for m in JUNK_MARKERS), (seed.id, algorithm, s.text)
            assert not any(d.start <= s.start < d.end for d in doc.dropped), (seed.id, s.text)


def test_the_default_ranker_is_news(summarizer: Summarizer, seed_doc: Document) -> None:
    """news wins on held-out ROUGE (bench/eval_summary.py), so a request without an algorithm gets it."""
    assert summarizer(seed_doc) == summarizer(seed_doc, "news")
