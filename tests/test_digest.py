"""Multi-article digest: near-duplicates folded across sources, order of first appearance, budgets."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from service.pipeline.digest import DigestSource, digest
from service.pipeline.document import Document
from service.pipeline.resources import LanguageResources
from service.pipeline.summary import LengthBudget, Summarizer, summary_candidates

Analyze = Callable[..., Document]

SHARED = "The regional ferry operator cancelled all crossings to the islands on Friday because of the storm."
FIRST = [
    "Storm closes island ferries",
    SHARED,
    "Hundreds of travellers were left waiting at the harbour terminal overnight with little information.",
    "The coastguard said winds reached more than ninety kilometres an hour along the northern coast.",
]
SECOND = [
    "Islands cut off as storm hits",
    "Shops on the smaller islands reported shortages of bread and milk by Saturday morning.",
    "The regional ferry operator cancelled all crossings to the islands on Friday because of the storm!",
    "The coastguard said winds reached more than ninety kilometres an hour along the northern coast.",
    "Engineers expect the first ferries to sail again on Sunday if the weather improves as forecast.",
]


@pytest.fixture(scope="module")
def summarizer(resources: LanguageResources) -> Summarizer:
    return Summarizer(resources)


@pytest.fixture(scope="module")
def sources(analyzer: Analyze, summarizer: Summarizer) -> list[DigestSource]:
    out = []
    for lines in (FIRST, SECOND):
        doc = analyzer("\n\n".join(lines), lines[0])
        out.append(DigestSource(doc, summarizer.terms(summary_candidates(doc))))
    return out


def test_shared_sentences_are_folded_and_list_every_source(sources: list[DigestSource], summarizer: Summarizer) -> None:
    result = digest(sources, summarizer.relevance, LengthBudget(sentences=10))
    texts = [s.text for s in result.sentences]
    assert len(texts) == len(set(texts)) == result.groups == 5  # 3 + 4 candidates, two pairs folded
    by_text = {s.text: s for s in result.sentences}
    shared = by_text[SHARED]
    assert [o.source for o in shared.occurrences] == [0, 1]
    for o in shared.occurrences:
        assert sources[o.source].document.text[o.start : o.end] == o.text
    assert shared.occurrences[1].text.endswith("storm!")
    assert [o.source for o in by_text[FIRST[3]].occurrences] == [0, 1]


def test_order_of_first_appearance(sources: list[DigestSource], summarizer: Summarizer) -> None:
    result = digest(sources, summarizer.relevance, LengthBudget(sentences=10))
    firsts = [(s.occurrences[0].source, s.occurrences[0].index) for s in result.sentences]
    assert firsts == sorted(firsts)
    assert result.sentences[0].text == SHARED


def test_repeated_sentences_rank_first(sources: list[DigestSource], summarizer: Summarizer) -> None:
    result = digest(sources, summarizer.relevance, LengthBudget(sentences=2))
    assert {s.text for s in result.sentences} == {SHARED, FIRST[3]}


@pytest.mark.parametrize("words", [1, 16, 17, 40, 1000])
def test_word_budget_is_never_exceeded(sources: list[DigestSource], summarizer: Summarizer, words: int) -> None:
    result = digest(sources, summarizer.relevance, LengthBudget(words=words))
    docs = [s.document for s in sources]
    used = sum(len(docs[s.occurrences[0].source].sentences[s.occurrences[0].index].words) for s in result.sentences)
    assert used <= words


def test_ratio_and_empty_sources(sources: list[DigestSource], summarizer: Summarizer, analyzer: Analyze) -> None:
    assert len(digest(sources, summarizer.relevance, LengthBudget(ratio=0.4)).sentences) == 2
    empty = analyzer("")
    none = digest([DigestSource(empty, summarizer.terms([]))], summarizer.relevance)
    assert none.sentences == [] and none.candidates == 0
    assert digest([], summarizer.relevance).sentences == []
