"""Pipeline speed and memory against sumy alone, in one run (``make bench``).

For each seed article and for long synthetic texts made by concatenating the seeds
(1k, 10k, 100k, 200k words) it prints, side by side:

* our per-stage times (median over repeats) and the total, from ``meta.timings_ms``;
* sumy's LexRank and TextRank *alone* on the same text with sumy's own
  ``PlaintextParser`` + ``Tokenizer("english")`` (the peer), and the ratio ours/peer;
* peak RSS (``resource.getrusage``) of a process that ran only that input.

Every input runs in its own subprocess, so the RSS column is per input and the
in-process numbers are not skewed by what ran before. Absolute times drift between
machines and runs; the ratios are what issue 7 targets. sumy's rankers compare every
pair of sentences in pure Python, so the peer is only run up to ``--peer-max-words``
(it would take hours at 100k words); the table says "skipped" there.

    NLTK_DATA=../shared/nltk_data .venv/bin/python bench/bench_pipeline.py [--repeats 5]
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
STAGES = ("analysis", "summary", "actors", "positions", "total")
LONG_SIZES = (1_000, 10_000, 100_000, 200_000)


def seed_texts() -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}


def synthetic(words: int) -> str:
    """Seed paragraphs concatenated (cycled) until the text has ``words`` whitespace words."""
    paragraphs = [p for text in seed_texts().values() for p in text.split("\n") if p.strip()]
    parts: list[str] = []
    total = 0
    while total < words:
        paragraph = paragraphs[len(parts) % len(paragraphs)]
        parts.append(paragraph)
        total += len(paragraph.split())
    return "\n\n".join(parts)


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: kilobytes


def _median(values: list[float]) -> float:
    return statistics.median(values) if values else math.nan


def child(kind: str, name: str, repeats: int, peer: bool) -> None:
    """One input in this process; prints one JSON line.

    Ours and the peer alternate within each repeat, so load from other processes on
    the machine hits both sides alike and the ratio stays fair.
    """
    text = seed_texts()[name] if kind == "seed" else synthetic(int(name))
    start = time.perf_counter()
    from service.pipeline.analysis import Pipeline
    from service.resources import load

    pipeline = Pipeline(load())
    startup_s = time.perf_counter() - start
    runs = [pipeline(text).timings_ms]  # also warms per-process caches (stems)
    rss = peak_rss_mb()
    peer_times: dict[str, list[float]] = {"lexrank": [], "textrank": []}
    peers = _peers() if peer else {}
    for i in range(repeats):
        if i:
            runs.append(pipeline(text).timings_ms)
            rss = peak_rss_mb()
        for peer_name, summarize in peers.items():
            t0 = time.perf_counter()
            summarize(text)
            peer_times[peer_name].append((time.perf_counter() - t0) * 1000)
    result: dict[str, Any] = {
        "input": name,
        "words": len(text.split()),
        "chars": len(text),
        "startup_s": startup_s,
        "stages": {s: _median([r.get(s, 0.0) for r in runs[1:] or runs]) for s in STAGES},
        "rss_mb": rss,  # peak before sumy ran in this process: ours alone
        "peer": {k: _median(v) for k, v in peer_times.items()} if peer else None,
    }
    print(json.dumps(result))


def _peers() -> dict[str, Any]:
    """sumy alone, as a user of sumy would run it: its parser, tokenizer, stemmer and stop words."""
    from sumy.nlp.stemmers import Stemmer
    from sumy.nlp.tokenizers import Tokenizer
    from sumy.parsers.plaintext import PlaintextParser
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer
    from sumy.utils import get_stop_words

    tokenizer = Tokenizer("english")  # NLTK's search path is already set by load()
    stemmer = Stemmer("english")
    stop_words = get_stop_words("english")

    def make(cls: Any) -> Any:
        def summarize(text: str) -> Any:
            summarizer = cls(stemmer)
            summarizer.stop_words = stop_words
            return summarizer(PlaintextParser.from_string(text, tokenizer).document, 3)

        return summarize

    return {"lexrank": make(LexRankSummarizer), "textrank": make(TextRankSummarizer)}


def spawn(kind: str, name: str, repeats: int, peer: bool) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--child", kind, name, "--repeats", str(repeats)]
    if not peer:
        cmd.append("--no-peer")
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False, cwd=ROOT, env=os.environ.copy())
    if proc.returncode != 0:
        raise SystemExit(f"benchmark child failed for {name}:\n{proc.stderr}")
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def _fmt(value: float | None, digits: int = 1) -> str:
    return "-" if value is None or (isinstance(value, float) and math.isnan(value)) else f"{value:.{digits}f}"


def print_table(rows: list[dict[str, Any]]) -> None:
    head = (
        f"{'input':22} {'words':>7} {'analysis':>9} {'summary':>8} {'actors':>8} {'positns':>8} {'TOTAL':>9} "
        f"{'sumyLex':>9} {'sumyText':>9} {'ours/Lex':>8} {'ours/Text':>9} {'RSS MB':>7} {'start s':>7}"
    )
    print(head)
    print("-" * len(head))
    for r in rows:
        st = r["stages"]
        peer = r["peer"] or {}
        lex, txt = peer.get("lexrank"), peer.get("textrank")
        print(
            f"{r['input']:22} {r['words']:>7} {_fmt(st['analysis']):>9} {_fmt(st['summary']):>8} "
            f"{_fmt(st['actors']):>8} {_fmt(st['positions']):>8} {_fmt(st['total']):>9} "
            f"{_fmt(lex) if peer else 'skipped':>9} {_fmt(txt) if peer else 'skipped':>9} "
            f"{_fmt(st['total'] / lex, 2) if lex else '-':>8} {_fmt(st['total'] / txt, 2) if txt else '-':>9} "
            f"{r['rss_mb']:>7.0f} {r['startup_s']:>7.2f}"
        )


def print_growth(rows: list[dict[str, Any]]) -> None:
    """Local growth exponent between consecutive sizes: 1.0 is linear, n log n is slightly above 1."""
    print("\ngrowth (time ~ words^k between consecutive sizes; n log n from 10k to 100k words is k ~ 1.2)")
    for a, b in itertools.pairwise(rows):
        k_time = math.log(b["stages"]["total"] / a["stages"]["total"]) / math.log(b["words"] / a["words"])
        k_rss = math.log(b["rss_mb"] / a["rss_mb"]) / math.log(b["words"] / a["words"])
        print(
            f"  {a['words']:>7} -> {b['words']:>7} words: time k={k_time:.2f}  "
            f"({a['stages']['total'] / a['words'] * 1000:.0f} -> {b['stages']['total'] / b['words'] * 1000:.0f} "
            f"us/word), peak RSS k={k_rss:.2f}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeats", type=int, default=7, help="runs per seed (median reported)")
    parser.add_argument("--long-repeats", type=int, default=3, help="runs per long input up to 10k words")
    parser.add_argument("--sizes", default=",".join(map(str, LONG_SIZES)), help="synthetic sizes in words")
    parser.add_argument("--peer-max-words", type=int, default=10_000, help="largest input sumy alone is run on")
    parser.add_argument("--child", nargs=2, metavar=("KIND", "NAME"), help=argparse.SUPPRESS)
    parser.add_argument("--no-peer", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args.child[0], args.child[1], args.repeats, not args.no_peer)
        return 0

    print(f"python {sys.version.split()[0]} on {os.cpu_count()} cpus; times in ms (median); one process per input\n")
    seed_rows = [spawn("seed", name, args.repeats, True) for name in seed_texts()]
    long_rows = []
    for size in (int(s) for s in args.sizes.split(",") if s):
        repeats = args.long_repeats if size <= 10_000 else 2
        long_rows.append(spawn("long", str(size), repeats, size <= args.peer_max_words))
    for row in long_rows:
        row["input"] = f"synthetic {row['input']}"
    print_table(seed_rows + long_rows)
    ratios = [r["stages"]["total"] / r["peer"]["lexrank"] for r in seed_rows]
    print(
        f"\nseeds: full analysis / sumy LexRank alone = median {statistics.median(ratios):.2f} "
        f"(max {max(ratios):.2f}); target < 1.0"
    )
    print(f"seeds: {1000 / statistics.median(r['stages']['total'] for r in seed_rows):.0f} analyses/s on one core")
    if len(long_rows) > 1:
        print_growth(long_rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
