"""Pipeline properties (hypothesis): any Unicode input gives a valid result, offsets always
point into the text as given, budgets hold, and the same input gives the same output."""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from service.pipeline.analysis import Analysis, AnalysisOptions, Pipeline
from service.pipeline.speaker_mentions import SOURCE_PRONOUNS
from service.pipeline.summary import ALGORITHMS, LengthBudget

EXAMPLES = int(os.environ.get("BRIEF_PROPERTY_EXAMPLES", "150"))

# Pieces that exercise the tricky paths: quote marks of every kind, cue verbs, titles,
# line breaks of every kind, RTL and combining marks, emoji, NUL.
_PIECES = [
    "“",
    "”",
    '"',
    "'",
    "‘",
    "’",
    "«",
    "»",
    " he said",
    " she said",
    " said Mr Smith",
    ", according to officials",
    "Mr ",
    "Ms ",
    "Dr. ",
    "Nato",
    "NATO",
    "(NATO)",
    "Russia",
    "Jens Stoltenberg",
    "the alliance",
    " told reporters",
    ". ",
    "! ",
    "? ",
    ",",
    ":",
    ";",
    "—",
    "…",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    " ",
    "U.S.",
    "’s",
    "n't",
    "\u202e",
    "\u0301",
    "🙂",
    "\x00",
    "שלום",
    "مرحبا",
    "talks",
    "will",
    "fail",
    "ministers",
    "Brussels",
]
news_like = st.lists(st.sampled_from(_PIECES), max_size=80).map("".join)
any_text = st.one_of(st.text(max_size=400), news_like)
options = st.builds(
    AnalysisOptions,
    algorithm=st.sampled_from(ALGORITHMS),
    budget=st.one_of(
        st.builds(LengthBudget, sentences=st.integers(1, 6)),
        st.builds(LengthBudget, ratio=st.floats(0.01, 1.0)),
        st.builds(LengthBudget, words=st.integers(1, 120)),
    ),
)


def assert_valid(text: str, result: Analysis, opts: AnalysisOptions) -> None:
    assert result.summary is not None and result.actors is not None and result.positions is not None
    for s in result.summary:
        assert text[s.start : s.end] == s.text
    if opts.budget.sentences is not None:
        assert len(result.summary) <= opts.budget.sentences
    if opts.budget.words is not None:
        words = sum(len(result.document.sentences[s.index].words) for s in result.summary)
        assert words <= opts.budget.words
    for actor in result.actors:
        assert 0.0 <= actor.salience <= 1.0
        for m in actor.mentions:
            assert text[m.start : m.end] == m.text
    for p in result.positions:
        for span in (p.cue, p.content, p.speaker_mention):
            if span is not None:
                assert text[span.start : span.end] == span.text
    # The two outputs agree: a resolved speaker's pronoun is among its actor's mentions (or overlaps one of them),
    # and no other actor holds it. (Two statements may resolve one "he" to two actors: the first statement's
    # actor has it.)
    by_id = {a.id: a for a in result.actors}
    first_said: dict[tuple[int, int], str | None] = {}
    for p in result.positions:
        if p.speaker_mention is not None:
            first_said.setdefault((p.speaker_mention.start, p.speaker_mention.end), p.speaker.actor_id)
    for (start, end), actor_id in first_said.items():
        if actor_id is None or text[start:end].lower() not in SOURCE_PRONOUNS:
            continue
        assert any(m.start < end and start < m.end for m in by_id[actor_id].mentions)
        for other in result.actors:
            if other.id != actor_id:
                assert not any((m.start, m.end, m.kind) == (start, end, "pronoun") for m in other.mentions)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
@given(text=any_text, opts=options)
@example(text="", opts=AnalysisOptions())
@example(text="“" * 500, opts=AnalysisOptions())
@example(text="”“" * 300 + "he said", opts=AnalysisOptions())
@example(text="!?.,;:" * 200, opts=AnalysisOptions())
@example(text="wordswithoutanyspaces" * 300, opts=AnalysisOptions())
@example(text="“Unbalanced quote, he said.\n\nThe rest of the article stays here.", opts=AnalysisOptions())
# a single quote that runs on to a double mark closing the text (had raised IndexError)
@example(text="‘Fit she was up.”", opts=AnalysisOptions())
# a text that ends right after a comma or a relative pronoun (both had raised IndexError)
@example(text=" it  His spokesman Mines and Petroleum Minister The Commission ,", opts=AnalysisOptions())
@example(text="Mr. Pham Tom Reed Ann Cole today joked court told The Commission , who", opts=AnalysisOptions())
@example(text="Tom Reed , who court told saying another Republican Mr. Pham , EU tech commissioner Karl Lund , who",
         opts=AnalysisOptions())  # fmt: skip
def test_any_text_gives_a_valid_result(pipeline: Pipeline, text: str, opts: AnalysisOptions) -> None:
    assert_valid(text, pipeline(text, None, opts), opts)


@settings(max_examples=max(EXAMPLES // 3, 10), deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
@given(text=news_like, opts=options)
def test_identical_input_gives_identical_output(pipeline: Pipeline, text: str, opts: AnalysisOptions) -> None:
    first, second = pipeline(text, None, opts), pipeline(text, None, opts)
    assert (first.summary, first.actors, first.positions) == (second.summary, second.actors, second.positions)


@pytest.mark.parametrize(
    "text",
    [
        "a" * 1_000_000,  # one 1M-character token
        ("The ministers met again " * 8_000) + ".",  # one 200k-character sentence
        "“" + "They said no. " * 300,  # a quote mark that never closes (length here is bounded by LexRank cost)
    ],
    ids=["1M-char-token", "200k-char-sentence", "unclosed-quote"],
)
def test_huge_degenerate_input(pipeline: Pipeline, text: str) -> None:
    opts = AnalysisOptions()
    assert_valid(text, pipeline(text, None, opts), opts)
