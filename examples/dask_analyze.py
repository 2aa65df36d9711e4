"""Analyse a corpus with Dask: the brief pipeline as a library inside an existing engine.

For corpora larger than one machine's patience, the pipeline needs no server: it is a Python
object. Here a Dask bag of file paths is cut into partitions; each partition is one task that
builds the pipeline once (loading the NLTK resources takes a second or two, analysing an article
about 20 ms) and then analyses every file of its partition, writing one JSON line per file (the
object ``POST /v1/analyze`` returns, plus ``source``). One output file per partition, in input
order. Paths may be any fsspec URL (``s3://...`` with s3fs installed), so the same script runs on
a laptop (local processes) or a Dask cluster (``--scheduler tcp://host:8786``, with
``dask.distributed`` installed and brief installed on every worker).

    python examples/dask_analyze.py 'corpus/**/*.txt' out/
    python examples/dask_analyze.py corpus/ out/ --files-per-partition 1000 --algorithm news --sentences 4
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Sequence
from typing import Any

import dask.bag as db
import fsspec

from service import __version__
from service.api.models import analysis_response
from service.pipeline.analysis import AnalysisOptions, Pipeline
from service.pipeline.summary import ALGORITHMS, DEFAULT_ALGORITHM, LengthBudget
from service.resources import load


def list_inputs(location: str) -> list[str]:
    """Every ``*.txt`` file under a folder, or the files a glob pattern matches, sorted."""
    fs, _, paths = fsspec.core.get_fs_token_paths(location)
    if len(paths) == 1 and fs.isdir(paths[0]):
        paths = fs.glob(paths[0].rstrip("/") + "/**/*.txt")
    files = sorted(p for p in paths if fs.isfile(p))
    # Local paths stay plain; remote ones keep their protocol so every worker can open them.
    return files if "file" in fs.protocol else [fs.unstrip_protocol(p) for p in files]


def analyse_partition(paths: Iterable[str], options: AnalysisOptions) -> list[str]:
    """One partition: the pipeline is built here, once, and reused for each of its files."""
    pipeline = Pipeline(load())
    lines: list[str] = []
    for path in paths:
        record: dict[str, Any]
        try:
            with fsspec.open(path, "rb") as handle:
                text = handle.read().decode("utf-8-sig", errors="replace")
            response = analysis_response(pipeline(text, None, options), options, None, __version__)
            record = {"source": path, **response.model_dump(mode="json")}
        except Exception as exc:  # one unreadable file is that file's error line, not a failed job
            record = {"source": path, "error": f"{type(exc).__name__}: {exc}"}
        lines.append(json.dumps(record, ensure_ascii=False))
    return lines


def analyse_corpus(
    paths: Sequence[str], output: str, options: AnalysisOptions, files_per_partition: int, scheduler: Any
) -> list[str]:
    """Write ``part-00000.jsonl``, ``part-00001.jsonl``... under ``output``; returns their paths."""
    # dask.bag is untyped; the bag holds file paths, then JSON lines.
    bag = db.from_sequence(paths, partition_size=files_per_partition)  # type: ignore[no-untyped-call]
    bag = bag.map_partitions(analyse_partition, options)
    written: list[str] = bag.to_textfiles(
        output.rstrip("/") + "/part-*.jsonl",
        name_function=lambda i: f"{i:05d}",
        encoding="utf-8",
        last_endline=True,
        scheduler=scheduler,
    )
    return written


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("inputs", help="a folder (walked for *.txt) or a glob pattern, local or any fsspec URL")
    parser.add_argument("output", help="folder for the JSON-lines files, one per partition")
    parser.add_argument("--files-per-partition", type=int, default=500, help="default: %(default)s")
    parser.add_argument(
        "--scheduler",
        default="processes",
        help="processes (default), threads, synchronous, or a dask.distributed address (tcp://host:8786)",
    )
    parser.add_argument("--algorithm", choices=ALGORITHMS, default=DEFAULT_ALGORITHM)
    parser.add_argument("--sentences", type=int, default=3, help="summary sentences (default: %(default)s)")
    args = parser.parse_args(argv)
    if args.files_per_partition < 1 or args.sentences < 1:
        parser.error("--files-per-partition and --sentences must be at least 1")

    paths = list_inputs(args.inputs)
    if not paths:
        parser.error(f"no input files at {args.inputs}")
    scheduler: Any = args.scheduler
    if "://" in scheduler:
        from dask.distributed import Client  # optional: only for a cluster

        scheduler = Client(scheduler)
    options = AnalysisOptions(algorithm=args.algorithm, budget=LengthBudget(sentences=args.sentences))
    written = analyse_corpus(paths, args.output, options, args.files_per_partition, scheduler)
    print(f"{len(paths)} files -> {len(written)} JSON-lines files in {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
