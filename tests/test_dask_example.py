"""The README's scale-out example (examples/dask_analyze.py) on a tiny corpus, in local mode."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

from service.pipeline.resources import LanguageResources

from .conftest import shared_resources

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "dask_analyze.py"

ARTICLES = {
    "ferry.txt": (
        "Ferry service resumes after storm\n\n"
        "The island ferry service resumed on Sunday after a storm kept boats in harbour for three days. "
        "The operator's director, Sam Reid, said all crossings would run on time from Monday. "
        "“Safety came first,” he said.\n"
    ),
    "orchard.txt": (
        "Orchard harvest breaks record\n\n"
        "Growers in the valley picked more apples this autumn than in any year on record. "
        "The growers' association said warm weather in the spring had helped the trees. "
        "Prices for the fruit fell by a tenth as a result.\n"
    ),
    "school.txt": (
        "New school opens in the north of the city\n\n"
        "A new primary school opened its doors to four hundred pupils on Wednesday. "
        "The head teacher, Ruth Okafor, said the building had been finished a month early. "
        "Parents said the school would save them a long drive every morning.\n"
    ),
}


def _load_example() -> ModuleType:
    spec = importlib.util.spec_from_file_location("dask_analyze_example", EXAMPLE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("scheduler", ["synchronous", "threads"])
def test_dask_bag_example_writes_one_line_per_file_and_loads_once_per_partition(
    tmp_path: Path, scheduler: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in ARTICLES.items():
        (corpus / name).write_text(text, encoding="utf-8")
    (corpus / "ignored.csv").write_text("a,b\n", encoding="utf-8")
    example = _load_example()
    loads: list[int] = []

    def counted_load() -> LanguageResources:
        loads.append(1)
        return shared_resources()

    monkeypatch.setattr(example, "load", counted_load)
    out = tmp_path / "out"
    argv = [str(corpus), str(out), "--files-per-partition", "2", "--scheduler", scheduler, "--sentences", "1"]
    assert example.main(argv) == 0

    parts = sorted(out.glob("part-*.jsonl"))
    assert [p.name for p in parts] == ["part-00000.jsonl", "part-00001.jsonl"]
    assert len(loads) == 2  # one pipeline per partition, not per file
    records = [json.loads(line) for p in parts for line in p.read_text(encoding="utf-8").splitlines()]
    assert [Path(r["source"]).name for r in records] == sorted(ARTICLES)
    for record in records:
        text = ARTICLES[Path(record["source"]).name]
        assert "error" not in record
        [sentence] = record["summary"]["sentences"]
        assert text[sentence["start"] : sentence["end"]] == sentence["text"]
        assert record["document"]["title"] == text.split("\n")[0]
    speakers = {p["speaker"]["name"] for r in records for p in r["positions"]}
    assert {"Sam Reid", "Ruth Okafor"} <= speakers
