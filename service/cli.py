"""The ``brief`` command: analyse files from the shell, or serve the API.

``brief analyze FILE|DIR|-`` prints one JSON object per document (JSON lines), the same object
``POST /v1/analyze`` returns plus the input's path as ``source``, so output of the CLI and of the
service can be processed by the same code. ``brief serve`` is ``python -m service`` with
``--host/--port/--workers`` flags.

Exit codes: 0 all documents analysed; 1 some document failed (its line carries ``error``) or
NLTK resources are missing; 2 bad arguments.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import signal
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TextIO, get_args

from pydantic import ValidationError
from tqdm import tqdm

from service import __version__
from service.pipeline.analysis import Part, Pipeline
from service.pipeline.summary import ALGORITHMS, DEFAULT_ALGORITHM, Algorithm

if TYPE_CHECKING:
    from service.api.models import AnalyzeResponse
    from service.pipeline.html_input import HtmlExtractor

InputFormat = Literal["text", "html"]
STDIN = "-"
_TEXT_SUFFIXES = frozenset((".txt",))
_HTML_SUFFIXES = frozenset((".html", ".htm"))
_PARTS: tuple[Part, ...] = get_args(Part)
_MAX_TITLE_CHARS = 1000  # the API's limit on `title`; a longer page title is not used as the headline


@dataclass(frozen=True)
class AnalyzeJob:
    """What a worker needs to analyse one input; small and picklable, so it crosses process boundaries."""

    source: str  # the path as given (or "-" for stdin)
    format: InputFormat
    data: bytes | None = None  # stdin's content; files are read by the worker


@dataclass(frozen=True)
class JobSettings:
    """The analysis options of one run, as plain values (sent once to each worker)."""

    algorithm: Algorithm
    sentences: int | None
    ratio: float | None
    words: int | None
    include: tuple[Part, ...] | None


# ----------------------------------------------------------------------------- input discovery


def _format_of(path: Path, forced: InputFormat | None) -> InputFormat:
    if forced is not None:
        return forced
    return "html" if path.suffix.lower() in _HTML_SUFFIXES else "text"


def collect_jobs(inputs: Sequence[str], forced: InputFormat | None) -> tuple[list[AnalyzeJob], bool]:
    """Expand the command line into jobs, in order; folders are walked in sorted path order.

    Returns the jobs and whether a folder was among the inputs (the progress bar is for folders).
    Raises ``ValueError`` with a message for the user when an input does not exist or a folder
    holds nothing to analyse.
    """
    suffixes = _TEXT_SUFFIXES | _HTML_SUFFIXES
    jobs: list[AnalyzeJob] = []
    has_folder = False
    if inputs.count(STDIN) > 1:
        raise ValueError("'-' (standard input) can be given only once")
    for raw in inputs:
        if raw == STDIN:
            jobs.append(AnalyzeJob(STDIN, forced or "text", _read_stdin()))
            continue
        path = Path(raw)
        if path.is_dir():
            has_folder = True
            found = sorted(
                (p for p in path.rglob("*") if p.suffix.lower() in suffixes and p.is_file()),
                key=lambda p: p.relative_to(path).parts,
            )
            if not found:
                raise ValueError(f"{raw}: no .txt, .html or .htm files in this folder")
            jobs.extend(AnalyzeJob(str(p), _format_of(p, forced)) for p in found)
        elif path.exists():
            jobs.append(AnalyzeJob(raw, _format_of(path, forced)))
        else:
            raise ValueError(f"{raw}: no such file or folder")
    return jobs, has_folder


def _read_stdin() -> bytes:
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is not None:
        data: bytes = buffer.read()
        return data
    return sys.stdin.read().encode("utf-8")


# ----------------------------------------------------------------------------- analysis


def _decode(data: bytes) -> tuple[str, list[str]]:
    """UTF-8 (a BOM is dropped); other bytes are replaced rather than failing the document, with a warning."""
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        return data.decode("utf-8-sig", errors="replace"), [
            "the input is not valid UTF-8; undecodable bytes were replaced by U+FFFD"
        ]


class DocumentAnalyser:
    """The pipeline (and, for HTML inputs, the page extractor) of one process, built once and reused per job."""

    def __init__(self, pipeline: Pipeline, settings: JobSettings) -> None:
        from service.api.models import SummaryOptions

        self.pipeline = pipeline
        self.options = SummaryOptions(
            algorithm=settings.algorithm,
            sentences=settings.sentences,
            ratio=settings.ratio,
            words=settings.words,
        ).to_options(list(settings.include) if settings.include is not None else None)
        self._html_extractor: HtmlExtractor | None = None

    def __call__(self, job: AnalyzeJob) -> dict[str, Any]:
        """One JSON line: the API's response object plus ``source``, or ``source`` and ``error``.

        Every failure of one document (unreadable file, a page with no article, a pipeline bug)
        becomes its ``error`` so a long run goes on; nothing here raises.
        """
        from service.api.models import analysis_response

        try:
            data = job.data if job.data is not None else Path(job.source).read_bytes()
            if job.format == "html":
                response = self._analyse_page(data)
            else:
                text, warnings = _decode(data)
                response = analysis_response(self.pipeline(text, None, self.options), self.options, None, __version__)
                response.warnings.extend(warnings)
            return {"source": job.source, **response.model_dump(mode="json")}
        except Exception as exc:  # one bad document must not stop the run or print a traceback
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc) or type(exc).__name__
            return {"source": job.source, "error": f"{type(exc).__name__}: {reason}"}

    def _analyse_page(self, data: bytes) -> AnalyzeResponse:
        """As ``POST /v1/analyze`` with ``format: html``: the page's article text is analysed, and returned
        as ``document.text`` (every offset indexes it); extraction time is the ``html`` timing."""
        from service.api.models import analysis_response
        from service.pipeline.html_input import HtmlExtractor, decode_html

        if self._html_extractor is None:
            self._html_extractor = HtmlExtractor()
        started = time.perf_counter()
        page = self._html_extractor(decode_html(data))
        extraction_ms = round((time.perf_counter() - started) * 1000, 3)
        if not page.text:
            raise ValueError("no article text was found in the HTML page")
        title = page.title if page.title and len(page.title) <= _MAX_TITLE_CHARS else None
        analysis = self.pipeline(page.text, title, self.options)
        total_ms = round(analysis.timings_ms.get("total", 0.0) + extraction_ms, 3)
        analysis.timings_ms = {"html": extraction_ms, **analysis.timings_ms, "total": total_ms}
        response = analysis_response(analysis, self.options, None, __version__)
        response.document.text = page.text
        return response


# Per worker process: loaded once by the pool's initializer, then used for every job it runs.
_worker_analyser: DocumentAnalyser | None = None
_worker_error: str | None = None


def _init_worker(settings: JobSettings) -> None:
    global _worker_analyser, _worker_error
    from service.resources import MissingResourcesError, load

    # Ctrl-C is the parent's to handle (it stops the pool); workers would only print tracebacks.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        _worker_analyser = DocumentAnalyser(Pipeline(load()), settings)
    except MissingResourcesError as exc:
        _worker_error = str(exc)


def _analyse_in_worker(job: AnalyzeJob) -> dict[str, Any] | str:
    """The job's JSON line, or (a str) the message of a worker that could not load its resources."""
    if _worker_analyser is None:
        return _worker_error or "worker not initialised"
    return _worker_analyser(job)


class FatalError(Exception):
    """Stops the whole run (no resources, a dead worker): the message is printed and the exit code is 1."""


def run_jobs(jobs: list[AnalyzeJob], settings: JobSettings, workers: int) -> Iterator[dict[str, Any]]:
    """The JSON lines of ``jobs`` in input order, with one pipeline per process."""
    from service.resources import MissingResourcesError, check, load

    missing = [s for s in check() if s.path is None]
    if missing:
        raise FatalError(str(MissingResourcesError(missing)))
    if workers == 1 or len(jobs) == 1:
        try:
            analyse = DocumentAnalyser(Pipeline(load()), settings)
        except MissingResourcesError as exc:
            raise FatalError(str(exc)) from exc
        for job in jobs:
            yield analyse(job)
        return
    # forkserver, not fork: the parent may hold threads (tqdm's monitor) and fork copies only the caller.
    # The server imports the pipeline's modules once, so each worker starts from them instead of
    # importing numpy, NLTK and sumy again (as spawn would); the resources are still loaded per worker.
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["service.cli", "service.api.models"])
    with ProcessPoolExecutor(
        max_workers=min(workers, len(jobs)), mp_context=context, initializer=_init_worker, initargs=(settings,)
    ) as pool:
        # map() keeps input order; each result is yielded as soon as it and all before it are done.
        try:
            for result in pool.map(_analyse_in_worker, jobs):
                if isinstance(result, str):
                    pool.shutdown(wait=True, cancel_futures=True)
                    raise FatalError(result)
                yield result
        except BrokenProcessPool as exc:  # a worker was killed (out of memory, a signal): stop, no traceback
            raise FatalError(f"brief: a worker process died ({exc}); try fewer --workers") from exc


# ----------------------------------------------------------------------------- command line


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {number}")
    return number


def _parts(value: str) -> list[Part]:
    parts = [p.strip() for p in value.split(",") if p.strip()]
    unknown = [p for p in parts if p not in _PARTS]
    if unknown or not parts:
        raise argparse.ArgumentTypeError(f"{value!r}: parts are {', '.join(_PARTS)} (comma-separated)")
    return parts  # type: ignore[return-value]  # checked just above


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="brief", description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--version", action="version", version=f"brief {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    analyze = commands.add_parser(
        "analyze",
        help="analyse files, folders or standard input; print JSON lines",
        description="Analyse each input and print one JSON object per document (the API's response plus "
        "`source`). Folders are walked for *.txt, *.html and *.htm files in sorted path order; '-' reads "
        "standard input. HTML pages are reduced to their article text first, returned as `document.text`.",
        epilog="Exit status: 0 every input analysed; 1 an input failed (its line has an `error` field) or NLTK "
        "resources are missing; 2 bad arguments.",
    )
    analyze.add_argument("inputs", nargs="+", metavar="FILE|DIR|-", help="what to analyse")
    analyze.add_argument(
        "--algorithm", choices=ALGORITHMS, default=DEFAULT_ALGORITHM, help="sentence ranker (default: %(default)s)"
    )
    budget = analyze.add_mutually_exclusive_group()
    budget.add_argument("--sentences", type=int, metavar="N", help="summary sentences, 1-100 (default: 3)")
    budget.add_argument("--ratio", type=float, metavar="R", help="summary length as a share of body sentences, (0, 1]")
    budget.add_argument("--words", type=int, metavar="N", help="word budget of the summary, never exceeded")
    analyze.add_argument(
        "--include",
        type=_parts,
        action="extend",
        metavar="PARTS",
        help=f"parts to compute, comma-separated or repeated: {', '.join(_PARTS)} (default: all)",
    )
    analyze.add_argument(
        "--format",
        choices=("auto", "text", "html"),
        default="auto",
        help="input format: auto = by file suffix (.html/.htm are HTML), text for standard input",
    )
    analyze.add_argument(
        "--workers",
        type=_positive_int,
        default=1,
        metavar="N",
        help="processes analysing in parallel, output still in input order (default: %(default)s)",
    )
    analyze.add_argument("-q", "--quiet", action="store_true", help="no progress bar")

    serve = commands.add_parser("serve", help="serve the HTTP API (what `python -m service` does)")
    serve.add_argument("--host", help="interface to bind (default: BRIEF_HOST or 127.0.0.1)")
    serve.add_argument("--port", type=int, help="port (default: BRIEF_PORT or 8000)")
    serve.add_argument("--workers", type=int, help="uvicorn worker processes (default: BRIEF_WORKERS or 1)")
    return parser


def _job_settings(parser: argparse.ArgumentParser, args: argparse.Namespace) -> JobSettings:
    """The options checked by the API's own request model, so the CLI accepts exactly what the API does."""
    from service.api.models import SummaryOptions

    try:
        SummaryOptions(algorithm=args.algorithm, sentences=args.sentences, ratio=args.ratio, words=args.words)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "options"
        parser.error(f"--{where}: {first['msg']}")
    include = tuple(dict.fromkeys(args.include)) if args.include else None
    return JobSettings(args.algorithm, args.sentences, args.ratio, args.words, include)


def _write_line(stream: TextIO, record: dict[str, Any], bar: tqdm[Any] | None) -> None:
    line = json.dumps(record, ensure_ascii=False)
    if bar is not None and not bar.disable:
        bar.write(line, file=stream)  # clears and redraws the bar, so the two never mix on a terminal
    else:
        stream.write(line + "\n")
    stream.flush()


def _utf8_stdout() -> TextIO:
    """JSON lines are UTF-8 whatever the locale says (an ASCII locale would fail on the first curly quote)."""
    stream = sys.stdout
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None and (stream.encoding or "").lower().replace("-", "") != "utf8":
        reconfigure(encoding="utf-8")
    return stream


def analyze_command(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    settings = _job_settings(parser, args)
    forced: InputFormat | None = None if args.format == "auto" else args.format
    try:
        jobs, has_folder = collect_jobs(args.inputs, forced)
    except ValueError as exc:
        parser.error(str(exc))
    stdout = _utf8_stdout()
    failed = 0
    show_bar = has_folder and not args.quiet and sys.stderr.isatty()
    with tqdm(total=len(jobs), unit="file", file=sys.stderr, disable=not show_bar, dynamic_ncols=True) as bar:
        try:
            for record in run_jobs(jobs, settings, args.workers):
                failed += "error" in record
                _write_line(stdout, record, bar)
                bar.update()
        except FatalError as exc:
            bar.close()
            print(exc, file=sys.stderr)
            return 1
    if failed:
        print(f"brief: {failed} of {len(jobs)} inputs failed (see their `error` field)", file=sys.stderr)
        return 1
    return 0


def serve_command(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    from service.__main__ import serve
    from service.settings import Settings

    overrides = {k: getattr(args, k) for k in ("host", "port", "workers") if getattr(args, k) is not None}
    try:
        settings = Settings(**overrides)  # the environment fills in the rest, as for `python -m service`
    except ValidationError as exc:
        first = exc.errors()[0]
        parser.error(f"--{first['loc'][0]}: {first['msg']}")
    return serve(settings)


def main(argv: Iterable[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(list(argv) if argv is not None else None)
    if args.command == "serve":
        return serve_command(parser, args)
    try:
        return analyze_command(parser, args)
    except KeyboardInterrupt:
        print("brief: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `brief analyze DIR | head`: the reader left, which is not an error of ours
        # Point stdout at /dev/null so the interpreter's final flush does not report the pipe again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
