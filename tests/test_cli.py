"""The ``brief`` command: JSON lines identical to the API's responses, folders, stdin, workers, errors."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest

from service import cli, resources
from service.pipeline.analysis import Analysis, Pipeline
from service.settings import Settings

from .conftest import shared_resources

BRIDGE = (
    "Council approves new river bridge\n\n"
    "The city council voted on Tuesday to build a new bridge across the river. "
    "Mayor Anna Kowalski said the project would cut travel times for thousands of commuters. "
    "“This bridge will connect our neighbourhoods,” she said. "
    "Opponents argued that the cost of the bridge was too high for a small city.\n"
)
FARMERS = (
    "Farmers drive tractors into the capital\n\n"
    "Hundreds of farmers drove their tractors into the capital on Friday to protest against falling prices. "
    "The union leader, John Miles, said prices had fallen for three years in a row. "
    "Officials from the agriculture ministry said talks with the union would continue next week.\n"
)
LIBRARY = (
    "Town library reopens after repairs\n\n"
    "The town library reopened on Monday after six months of repairs to its roof. "
    "The head librarian, Maria Lopez, said visitors had returned in large numbers on the first day. "
    "“We missed our readers,” she said. The repairs were paid for by a grant from the regional government.\n"
)
STADIUM = (
    "Club unveils plans for a larger stadium\n\n"
    "The football club unveiled plans on Wednesday for a stadium with twice as many seats. "
    "Its chairman, Peter Grant, said the club had outgrown its home of ninety years. "
    "Residents said they feared traffic on match days would get worse.\n"
)


def _lines(out: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def _without_timings(record: dict[str, Any]) -> dict[str, Any]:
    return {**record, "meta": {k: v for k, v in record["meta"].items() if k != "timings_ms"}}


@pytest.fixture(autouse=True)
def _resources_loaded_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """In-process runs reuse the session's resources (loading them again is the slow part, not the subject)."""
    monkeypatch.setattr(resources, "load", shared_resources)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A folder of articles, one nested, plus files the walk must skip."""
    folder = tmp_path / "articles"
    (folder / "nested").mkdir(parents=True)
    (folder / "b_farmers.txt").write_text(FARMERS, encoding="utf-8")
    (folder / "a_bridge.txt").write_text(BRIDGE, encoding="utf-8")
    (folder / "nested" / "c_library.txt").write_text(LIBRARY, encoding="utf-8")
    (folder / "notes.md").write_text("not an article", encoding="utf-8")
    return folder


@pytest.mark.anyio
async def test_a_file_gives_the_api_response_plus_its_source(
    tmp_path: Path, client: httpx.AsyncClient, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "bridge.txt"
    article.write_text(BRIDGE, encoding="utf-8")
    assert cli.main(["analyze", str(article), "--algorithm", "textrank", "--sentences", "2"]) == 0
    [record] = _lines(capsys.readouterr().out)
    assert record.pop("source") == str(article)

    api = await client.post("/v1/analyze", json={"text": BRIDGE, "summary": {"algorithm": "textrank", "sentences": 2}})
    assert api.status_code == 200
    assert _without_timings(record) == _without_timings(api.json())
    assert len(record["summary"]["sentences"]) == 2
    for sentence in record["summary"]["sentences"]:
        assert BRIDGE[sentence["start"] : sentence["end"]] == sentence["text"]
    assert "Anna Kowalski" in {a["name"] for a in record["actors"]}


def test_a_folder_is_walked_in_sorted_order_for_text_files(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["analyze", str(corpus), "--include", "summary", "--algorithm", "lead", "--sentences", "1"]) == 0
    records = _lines(capsys.readouterr().out)
    assert [Path(r["source"]).relative_to(corpus).as_posix() for r in records] == [
        "a_bridge.txt",
        "b_farmers.txt",
        "nested/c_library.txt",
    ]
    assert [r["document"]["title"] for r in records] == [
        "Council approves new river bridge",
        "Farmers drive tractors into the capital",
        "Town library reopens after repairs",
    ]
    for r in records:
        assert r["actors"] is None and r["positions"] is None
        assert r["meta"]["algorithm"] == "lead"
        assert len(r["summary"]["sentences"]) == 1


def test_standard_input_is_read_with_dash(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(FARMERS.encode("utf-8")), encoding="utf-8"))
    assert cli.main(["analyze", "-", "--include", "positions,actors", "--words", "30"]) == 0
    [record] = _lines(capsys.readouterr().out)
    assert record["source"] == "-"
    assert record["summary"] is None
    speakers = {p["speaker"]["name"] for p in record["positions"]}
    assert "John Miles" in speakers


def test_word_budget_is_honoured(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "library.txt"
    article.write_text(LIBRARY, encoding="utf-8")
    assert cli.main(["analyze", str(article), "--words", "20", "--include", "summary"]) == 0
    [record] = _lines(capsys.readouterr().out)
    words = sum(len(s["text"].split()) for s in record["summary"]["sentences"])
    assert 0 < words <= 20


@pytest.mark.anyio
async def test_html_files_are_reduced_to_their_article_text(
    tmp_path: Path, client: httpx.AsyncClient, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "page.html"
    paragraphs = "".join(f"<p>{p}</p>" for p in BRIDGE.split("\n\n")[1].split(". "))
    html = (
        "<html><head><title>Council approves new river bridge</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/sport'>Sport</a></nav>"
        f"<article><h1>Council approves new river bridge</h1>{paragraphs}</article>"
        "<footer>Copyright Example News. All rights reserved.</footer></body></html>"
    )
    page.write_text(html, encoding="utf-8")
    assert cli.main(["analyze", str(tmp_path), "--include", "summary,actors"]) == 0
    [record] = _lines(capsys.readouterr().out)
    assert record.pop("source") == str(page)
    api = await client.post("/v1/analyze", json={"text": html, "format": "html", "include": ["summary", "actors"]})
    assert api.status_code == 200
    assert _without_timings(record) == _without_timings(api.json())
    text = record["document"]["text"]
    assert "Mayor Anna Kowalski" in text and "Sport" not in text
    assert record["document"]["title"] == "Council approves new river bridge"
    assert "html" in record["meta"]["timings_ms"]
    for sentence in record["summary"]["sentences"]:
        assert text[sentence["start"] : sentence["end"]] == sentence["text"]


def test_a_document_that_fails_gets_an_error_line_and_exit_1(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    real_call = Pipeline.__call__

    def failing_on_marker(self: Pipeline, text: str, *args: Any, **kwargs: Any) -> Analysis:
        if "EXPLODE" in text:  # stands for any bug the pipeline may have on some input
            raise RuntimeError("the ranker fell over")
        return real_call(self, text, *args, **kwargs)

    monkeypatch.setattr(Pipeline, "__call__", failing_on_marker)
    (tmp_path / "a_bad.txt").write_text(STADIUM + "EXPLODE\n", encoding="utf-8")
    (tmp_path / "b_good.txt").write_text(STADIUM, encoding="utf-8")
    assert cli.main(["analyze", str(tmp_path)]) == 1
    captured = capsys.readouterr()
    first, second = _lines(captured.out)
    assert first == {"source": str(tmp_path / "a_bad.txt"), "error": "RuntimeError: the ranker fell over"}
    assert second["source"] == str(tmp_path / "b_good.txt") and "error" not in second
    assert second["summary"]["sentences"]
    assert "1 of 2 inputs failed" in captured.err
    assert "Traceback" not in captured.err


def test_bytes_that_are_not_utf8_are_replaced_with_a_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "latin1.txt"
    article.write_bytes(STADIUM.replace("Residents", "Résidents").encode("latin-1"))
    assert cli.main(["analyze", str(article), "--include", "summary"]) == 0
    [record] = _lines(capsys.readouterr().out)
    assert any("not valid UTF-8" in w for w in record["warnings"])
    assert record["document"]["char_count"] == len(STADIUM)


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--sentences", "0"], "greater than or equal to 1"),
        (["--sentences", "101"], "less than or equal to 100"),
        (["--ratio", "1.5"], "less than or equal to 1"),
        (["--sentences", "2", "--words", "10"], "not allowed with"),
        (["--include", "summary,opinions"], "parts are summary, actors, positions"),
        (["--algorithm", "gpt"], "invalid choice"),
        (["--workers", "0"], "must be at least 1"),
        (["--workers", "two"], "not a whole number"),
    ],
)
def test_bad_options_exit_2_with_a_message(
    corpus: Path, arguments: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["analyze", str(corpus), *arguments])
    assert exit_info.value.code == 2
    captured = capsys.readouterr()
    assert message in captured.err
    assert captured.out == ""


@pytest.mark.parametrize("layout", ["missing", "empty"])
def test_bad_inputs_exit_2(tmp_path: Path, layout: str, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "nothing-here"
    if layout == "empty":
        target.mkdir()
        (target / "readme.md").write_text("no articles", encoding="utf-8")
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["analyze", str(target)])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert str(target) in err
    assert ("no such file or folder" if layout == "missing" else "no .txt, .html or .htm files") in err


def test_missing_resources_give_the_install_message_and_exit_1(
    tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(resources, "search_path", lambda: [str(tmp_path / "empty")])
    try:
        assert cli.main(["analyze", str(corpus)]) == 1
    finally:
        monkeypatch.undo()
        resources._configure_nltk()  # NLTK's search path back to the real folders
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "python -m service.resources install" in captured.err
    assert "- punkt_tab" in captured.err


def test_progress_bar_only_on_a_terminal(
    corpus: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    options = ["analyze", str(corpus), "--include", "summary"]
    assert cli.main(options) == 0
    assert capsys.readouterr().err == ""  # captured stderr is not a terminal

    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert cli.main(options) == 0
    assert "3/3" in terminal.getvalue()
    assert len(_lines(capsys.readouterr().out)) == 3

    quiet = Terminal()
    monkeypatch.setattr(sys, "stderr", quiet)
    assert cli.main([*options, "--quiet"]) == 0
    assert quiet.getvalue() == ""


def test_installed_console_script_with_two_workers_keeps_input_order(
    tmp_path: Path, corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (corpus / "d_stadium.txt").write_text(STADIUM, encoding="utf-8")
    (corpus / "e_bridge_again.txt").write_text(BRIDGE.replace("Tuesday", "Thursday"), encoding="utf-8")
    assert cli.main(["analyze", str(corpus), "--algorithm", "news"]) == 0
    in_process = _lines(capsys.readouterr().out)

    script = Path(sys.executable).parent / "brief"
    assert script.exists(), "the console script is installed with the package (pip install -e .)"
    proc = subprocess.run(
        [str(script), "analyze", str(corpus), "--algorithm", "news", "--workers", "2"],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ},
        cwd=tmp_path,
    )
    assert proc.returncode == 0, proc.stderr
    parallel = _lines(proc.stdout)
    assert [r["source"] for r in parallel] == [r["source"] for r in in_process]
    assert len(parallel) == 5
    assert [_without_timings(r) for r in parallel] == [_without_timings(r) for r in in_process]
    assert proc.stderr == ""  # no progress bar when stderr is a pipe


def test_serve_passes_its_flags_to_the_service_entry_point(monkeypatch: pytest.MonkeyPatch) -> None:
    import service.__main__

    served: list[Settings] = []

    def record_serve(settings: Settings) -> int:
        served.append(settings)
        return 0

    monkeypatch.setattr(service.__main__, "serve", record_serve)
    assert cli.main(["serve", "--host", "0.0.0.0", "--port", "9123", "--workers", "2"]) == 0
    [settings] = served
    assert (settings.host, settings.port, settings.workers) == ("0.0.0.0", 9123, 2)


def test_serve_refuses_a_bad_port(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["serve", "--port", "70000"])
    assert exit_info.value.code == 2
    assert "--port" in capsys.readouterr().err
