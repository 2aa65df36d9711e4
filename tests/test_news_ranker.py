"""The news ranker: budgets, redundancy, the dangling-opener rule, determinism."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from service.pipeline.document import Document
from service.pipeline.news_ranker import NewsRanker, NewsWeights
from service.pipeline.resources import LanguageResources
from service.pipeline.sentence_terms import DENSE_SIMILARITY_LIMIT as DENSE_LIMIT
from service.pipeline.summary import summary_candidates

from .conftest import seed_text

Analyze = Callable[..., Document]

STORY = [
    "Port workers across the region began a three-day strike on Monday over pay and working hours.",
    "The union said the strike would close container terminals in four cities and delay thousands of shipments.",
    "Port workers across the region began a three-day strike on Monday over pay and working hours, the union said.",
    "Shipping companies warned that supermarket shelves could run short of fresh fruit within a week.",
    "He said talks with the port authority had broken down after the employers refused to improve their offer.",
    "The port authority said its offer of a five percent rise was fair and urged the union to return to talks.",
    "Economists estimate the stoppage could cost the regional economy several million euros a day.",
    "But officials from both sides are expected to meet again on Thursday in the capital.",
]


@pytest.fixture(scope="module")
def ranker(resources: LanguageResources) -> NewsRanker:
    return NewsRanker(resources)


@pytest.fixture(scope="module")
def story(analyzer: Analyze) -> Document:
    return analyzer("Port strike shuts terminals\n\n" + "\n\n".join(STORY), "Port strike shuts terminals")


def test_sentence_budget_is_respected(ranker: NewsRanker, story: Document) -> None:
    candidates = summary_candidates(story)
    for k in range(0, len(candidates) + 2):
        chosen = ranker.rank(story, candidates, k)
        assert len(chosen) <= k
        assert len({s.index for s, _ in chosen}) == len(chosen)


@pytest.mark.parametrize("words", [0, 5, 17, 18, 25, 40, 60, 1000])
def test_word_budget_is_never_exceeded(ranker: NewsRanker, story: Document, words: int) -> None:
    candidates = summary_candidates(story)
    chosen = ranker.rank(story, candidates, len(candidates), max_words=words)
    assert sum(len(s.words) for s, _ in chosen) <= words
    if words >= min(len(s.words) for s in candidates):
        assert chosen, "something fits, so something is chosen"


def test_near_identical_sentences_are_not_both_chosen(ranker: NewsRanker, story: Document) -> None:
    candidates = summary_candidates(story)
    first = story.text.index(STORY[0])
    twin = story.text.index(STORY[2])
    for k in range(2, len(candidates)):
        starts = {s.start for s, _ in ranker.rank(story, candidates, k)}
        assert not {first, twin} <= starts, k


def test_dangling_opener_is_not_chosen_without_its_antecedent(ranker: NewsRanker, story: Document) -> None:
    """'He said ...' (index 4) and 'But officials ...' (index 7) dangle; with no redundancy penalty and a
    lead bias so flat that position does not decide, they may only come once an antecedent is in: the
    sentence before, or for 'He' a recent sentence naming someone."""
    candidates = summary_candidates(story)
    features = ranker.features(story, candidates)
    he, but = (next(c for c, s in enumerate(candidates) if s.text == STORY[i]) for i in (4, 7))
    assert features.resolvers[but] == (but - 1,)
    assert features.resolvers[he][0] == he - 1
    weights = NewsWeights(position=0.0, lead=0.0, centrality=1.0, length=1.0, redundancy=0.0)
    for k in range(1, len(candidates)):
        chosen = {candidates.index(s) for s, _ in ranker.rank(story, candidates, k, weights=weights)}
        for i in (he, but):
            if i in chosen and k < len(candidates) - 1:
                assert set(features.resolvers[i]) & chosen, (k, candidates[i].text)


def test_dangling_sentence_comes_with_its_antecedent(ranker: NewsRanker, story: Document) -> None:
    """When 'He said ...' is worth its slot it is taken together with the sentence before it."""
    candidates = summary_candidates(story)
    weights = NewsWeights(
        position=0.0,
        lead=0.0,
        centrality=0.0,
        centrality_rank=0.0,
        cosine=0.0,
        length=0.0,
        paragraph_start=0.0,
        title=0.0,
        dangling=5.0,
        antecedent=0.0,
        bias=0.0,
    )
    chosen = [s.text for s, _ in ranker.rank(story, candidates, 2, weights=weights)]
    assert sorted(chosen) == sorted([STORY[3], STORY[4]]) or sorted(chosen) == sorted([STORY[6], STORY[7]])


def test_dangling_opener_is_used_when_nothing_else_is_left(ranker: NewsRanker, analyzer: Analyze) -> None:
    doc = analyzer("But the talks went on for many hours without any result.\n\nHe said nothing at all to reporters.")
    chosen = ranker.rank(doc, summary_candidates(doc), 1)
    assert len(chosen) == 1


def test_ranking_is_deterministic(ranker: NewsRanker, analyzer: Analyze, resources: LanguageResources) -> None:
    text = seed_text("001_400caf59efe26353")
    doc = analyzer(text, text.splitlines()[0])
    candidates = summary_candidates(doc)
    runs = [[(s.index, score) for s, score in ranker.rank(doc, candidates, 5)] for _ in range(3)]
    fresh = NewsRanker(resources).rank(doc, candidates, 5)
    assert runs[0] == runs[1] == runs[2] == [(s.index, score) for s, score in fresh]
    assert len(runs[0]) == 5


def test_empty_inputs(ranker: NewsRanker, story: Document, analyzer: Analyze) -> None:
    assert ranker.rank(story, [], 3) == []
    assert ranker.rank(story, summary_candidates(story), 0) == []
    doc = analyzer("the of and to in")  # stopwords only: no stems, still a valid answer
    assert len(ranker.rank(doc, doc.sentences, 1)) == 1


def test_large_documents_use_the_windowed_graph(ranker: NewsRanker, analyzer: Analyze) -> None:
    """Beyond DENSE_LIMIT sentences the similarity graph is windowed; selection still works and
    still folds duplicates far apart (checked on demand)."""
    topics = ["harbour", "railway", "airport", "motorway", "tramline", "bridge", "canal", "tunnel"]
    lines = [
        f"Engineers inspected the {topics[i % 8]} number {i} on day {i} and reported minor faults."
        for i in range(DENSE_LIMIT + 40)
    ]
    lines.append(lines[0])
    doc = analyzer("\n\n".join(lines))
    candidates = summary_candidates(doc)
    assert len(candidates) > DENSE_LIMIT
    chosen = ranker.rank(doc, candidates, 6)
    assert len(chosen) == 6
    texts = [s.text for s, _ in chosen]
    assert len(set(texts)) == len(texts)


def test_personal_pronoun_is_resolved_by_a_recent_sentence_naming_someone(
    ranker: NewsRanker, analyzer: Analyze
) -> None:
    lines = [
        "Minister Anna Berg opened the new bridge over the river on Monday morning with local pupils.",
        "The bridge links the old town with the railway station and took three years to build.",
        "She said the project had come in under budget thanks to careful planning by engineers.",
        "Traffic on the ring road is expected to fall by a fifth once the bridge opens to cars.",
    ]
    doc = analyzer("\n\n".join(lines))
    candidates = summary_candidates(doc)
    features = ranker.features(doc, candidates)
    assert features.dangling == [False, False, True, False]
    assert features.resolvers[2] == (1, 0)  # the sentence before, and the one naming Anna Berg
    but = analyzer("\n\n".join([lines[0], lines[1], "But the project came in under budget, engineers said."]))
    assert ranker.features(but, summary_candidates(but)).resolvers[2] == (1,)  # a connective needs the one before


def test_an_earlier_sentence_of_the_same_paragraph_resolves_an_opener(ranker: NewsRanker, analyzer: Analyze) -> None:
    """A paragraph is one unit of thought: its first sentence carries what a later "This" points back to."""
    paragraphs = [
        "The city council approved a new budget for public libraries on Tuesday evening. "
        "Several branches will extend their opening hours on weekends. "
        "This is the first increase in library funding for a decade.",
        "Parking fees in the centre will rise by ten cents an hour from the first of May.",
        "That decision was criticised by shop owners who fear fewer customers will come.",
    ]
    doc = analyzer("\n\n".join(paragraphs))
    candidates = summary_candidates(doc)
    features = ranker.features(doc, candidates)
    assert features.dangling == [False, False, True, False, True]
    assert features.resolvers[2] == (1, 0)  # the one before, then the paragraph's opening sentence
    assert features.resolvers[4] == (3,)  # another paragraph: only the sentence before it


def test_a_connective_is_resolved_by_an_earlier_cohesive_sentence(ranker: NewsRanker, analyzer: Analyze) -> None:
    """'However, ...' continues whatever the summary says about the same thing; a pronoun still needs
    its referent, so 'It ...' with the same words is not resolved by topic."""
    lines = [
        "The regional airline cancelled forty flights because of a pilot strike over pensions.",
        "Passengers at the main terminal queued for hours to rebook their journeys.",
        "Weather forecasters expect heavy snow in the mountains later in the week.",
        "However, the airline said the pilot strike would end on Friday after new pension talks.",
        "It said the pilot strike would end on Friday after new pension talks with the union.",
    ]
    doc = analyzer("\n\n".join(lines))
    candidates = summary_candidates(doc)
    features = ranker.features(doc, candidates)
    assert features.dangling == [False, False, False, True, True]
    assert features.resolvers[3] == (2, 0)  # the one before, and the cohesive first sentence
    assert features.resolvers[4] == (3,)  # "It" needs the sentence before it


def test_a_demonstrative_before_a_time_noun_does_not_dangle(ranker: NewsRanker, analyzer: Analyze) -> None:
    lines = [
        "The national football team lost its second qualifying match in front of a home crowd.",
        "This week the coach announced three changes to the squad for the final game.",
        "This means the team must win in Vienna to reach the tournament next summer.",
    ]
    doc = analyzer("\n\n".join(lines))
    assert ranker.features(doc, summary_candidates(doc)).dangling == [False, False, True]


def test_a_resolved_connective_is_chosen_on_its_own(ranker: NewsRanker, analyzer: Analyze) -> None:
    """Once a cohesive sentence is in the summary, 'However, ...' competes as a self-contained sentence:
    with the budget for two it is picked next to the lead, without the sentence before it."""
    lines = [
        "The regional airline cancelled forty flights because of a pilot strike over pensions.",
        "Weather forecasters expect heavy snow in the mountains later in the week.",
        "However, the airline said the pilot strike over pensions would end on Friday.",
    ]
    doc = analyzer("\n\n".join(lines))
    candidates = summary_candidates(doc)
    weights = NewsWeights(position=0.0, lead=5.0, centrality=0.0, centrality_rank=0.0, cosine=3.0, length=0.0)
    chosen = sorted(s.index for s, _ in ranker.rank(doc, candidates, 2, weights=weights))
    assert chosen == [candidates[0].index, candidates[2].index]


def test_paragraph_reach_is_bounded(ranker: NewsRanker, analyzer: Analyze) -> None:
    """In a text without paragraph breaks the whole text is one paragraph: only the few sentences before a
    dangling one can hold what it points back to."""
    lines = [
        "The museum reopened its west wing after a two-year restoration of the painted ceilings.",
        "Visitors can see the frescoes from a new gallery built above the main staircase.",
        "Tickets for the first month sold out within two days of going on sale online.",
        "School groups will be admitted free of charge on weekday mornings until the spring.",
        "The cafe on the ground floor now serves lunch until four in the afternoon.",
        "This was paid for by a lottery grant and private donations from local families.",
    ]
    doc = analyzer(" ".join(lines))
    candidates = summary_candidates(doc)
    assert len({s.paragraph for s in candidates}) == 1
    assert ranker.features(doc, candidates).resolvers[5] == (4, 3, 2)
