"""bench/eval_positions.py's scoring: the human agreement rows and the ``quoted`` subset, on hand-written articles."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from service.pipeline.results import Position, Span, Speaker

BENCH = Path(__file__).resolve().parent.parent / "bench" / "eval_positions.py"


def _load_bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("eval_positions_bench", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


ev = _load_bench()

TEXT = (
    "Smith said the plan would fail. "  # 0..32
    "''We will not pay,'' Jones said. "  # 32..65
    '"It is over," she said, and "nobody listens" anyway.'  # 65..
)


def _spans(needle: str) -> list[list[int]]:
    start = TEXT.index(needle)
    return [[start, start + len(needle)]]


def _quote(speaker: str | None, content: list[str], cue: str, direct: bool) -> dict[str, Any]:
    spans = [span for piece in content for span in _spans(piece)]
    return {
        "speaker": speaker,
        "content": " ".join(content),
        "cue": cue,
        "speaker_spans": _spans(speaker) if speaker else [],
        "content_spans": spans,
        "cue_spans": _spans(cue),
        "direct": direct,
    }


MAIN = [
    _quote("Smith", ["the plan would fail"], "said", False),
    _quote("Jones", ["''We will not pay,''"], "said", False),
    _quote("she", ['"It is over,"', '"nobody listens"'], "said", True),
]
ARTICLE: dict[str, Any] = {
    "id": "mini",
    "text": TEXT,
    "quotes": MAIN,
    "alt_annotations": {
        # agrees on all three, the third in one piece only
        "a1": [
            _quote("Smith", ["the plan would fail"], "said", False),
            _quote("Jones", ["We will not pay"], "said", False),
            _quote("she", ['"It is over,"'], "said", True),
        ],
        # one extra attribution, none of the main ones
        "a2": [_quote(None, ["anyway"], "said", False)],
    },
}


def test_quoted_content_is_direct_or_two_apostrophe_quotes() -> None:
    assert ev.quoted_content(["plain words"], direct=True)
    assert ev.quoted_content(["''We will not pay,''"], direct=False)
    assert ev.quoted_content(["first piece", "``opened"], direct=False)
    assert not ev.quoted_content(["plain words", "it's Jones' plan"], direct=False)


def test_golds_of_marks_quoted_and_reads_alternative_annotations() -> None:
    golds = ev.golds_of(ARTICLE)
    assert [(g.direct, g.quoted) for g in golds] == [(False, False), (False, True), (True, True)]
    assert golds[2].content == ["it", "is", "over", "nobody", "listens"]  # the pieces' words, not the gap
    alt = ev.golds_of(ARTICLE, ARTICLE["alt_annotations"]["a2"])
    assert len(alt) == 1 and alt[0].speaker == "" and alt[0].speaker_spans == []


def test_a_split_statement_is_scored_on_its_parts_not_the_narrator_between() -> None:
    text = "“It is over,” said Ann Cole, who ran the port for a decade and now advises the city. “Nobody listens.”"
    first, second = Span(1, 11, "It is over"), Span(text.index("Nobody"), len(text) - 1, "Nobody listens.")
    whole = Span(first.start, second.end, text[first.start : second.end])
    cue = Span(text.index("said"), text.index("said") + 4, "said")
    speaker = Speaker("Ann Cole", None, "person")
    split = Position(speaker, None, cue, "direct", whole, 0, (first, second))
    assert ev.content_words(split) == ["it", "is", "over", "nobody", "listens"]
    unsplit = Position(speaker, None, cue, "direct", whole, 0)
    assert len(ev.content_words(unsplit)) == 20  # with the 15 words of the narrator's clause
    gold = ev.golds_of(ARTICLE)[2]  # "It is over" … "nobody listens"
    assert ev.match([split], [gold]) == [(0, 0)] and ev.match([unsplit], [gold]) == []


def test_annotator_scored_as_predictions_with_the_same_matching() -> None:
    golds = ev.golds_of(ARTICLE)
    tallies = ev.new_tallies()
    ev.score_annotator(tallies, ev.golds_of(ARTICLE, ARTICLE["alt_annotations"]["a1"]), golds)
    ev.score_annotator(tallies, ev.golds_of(ARTICLE, ARTICLE["alt_annotations"]["a2"]), golds)
    counts = {name: (t.predicted, t.gold, t.matched, t.speaker_ok) for name, t in tallies.items()}
    # "It is over" alone against "It is over nobody listens": F1 = 2*1*0.6/1.6 = 0.75, a match
    assert counts["all"] == (4, 6, 3, 3)
    assert counts["direct"] == (1, 2, 1, 1)  # the two-apostrophe quote is not direct on either side
    assert counts["quoted"] == (1, 4, 1, 1)  # a1 has its '' quote without the apostrophes: not quoted
    assert tallies["all"].scores()[:3] == pytest.approx((0.75, 0.5, 0.6))


def test_speaker_rule_is_shared_by_positions_and_annotations() -> None:
    gold = ev.golds_of(ARTICLE)[0]  # Smith
    by_name = ev.golds_of(ARTICLE, [_quote("Jones", ["the plan would fail"], "said", False)])[0]
    by_name = ev.Gold(**{**vars(by_name), "speaker": "Mr. Smith", "speaker_spans": [(100, 105)]})
    assert ev.speaker_right(by_name, gold)  # "smith" is in "mr smith"
    elsewhere = ev.Gold(**{**vars(by_name), "speaker": "Jones"})
    assert not ev.speaker_right(elsewhere, gold)
    cue = Span(6, 10, "said")
    pos = Position(Speaker("Mr. Smith", None, "person"), None, cue, "indirect", Span(11, 30, "the plan would fail"), 0)
    assert ev.speaker_right(pos, gold) and ev.match([pos], [gold]) == [(0, 0)]
    mentioned = Position(Speaker("", None, "group"), Span(0, 5, "Smith"), cue, "indirect", pos.content, 0)
    assert ev.speaker_right(mentioned, gold)


def test_agreement_prints_annotators_beside_brief_on_the_same_articles(capsys: pytest.CaptureFixture[str]) -> None:
    plain = dict(ARTICLE, id="plain", alt_annotations={})  # no alternative annotation: left out
    lines = [json.dumps(ARTICLE), json.dumps(plain)]
    seen: list[str] = []

    def analyze(text: str) -> str:
        seen.append(text)
        return text

    content = Span(TEXT.index("We"), TEXT.index("pay") + 3, "We will not pay")
    brief = [Position(Speaker("Jones", None, "person"), None, Span(0, 0, ""), "direct", content, 0)]
    ev.agreement(["mini.jsonl"], lines, analyze, lambda doc: [], lambda doc, actors: brief)
    out = capsys.readouterr().out
    assert seen == [TEXT]  # brief runs once per alt-annotated article
    assert "1 alt-annotated articles of mini.jsonl" in out and "2 annotator sets from 2 annotators" in out
    rows = {line[:28].strip(): line[28:].split() for line in out.splitlines() if line[:28].strip()}
    assert rows["annotators all"][:3] == ["4", "6", "3"]
    assert rows["brief, same articles all"][:3] == ["1", "3", "1"]
    assert rows["brief, same articles direct"][:3] == ["1", "1", "0"]  # the '' quote: a direct false positive
    assert rows["brief, same articles quoted"][:3] == ["1", "2", "1"]
