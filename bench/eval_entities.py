"""Score :class:`ActorFinder` on the CoNLL-2003 dev documents (exact-span P/R/F1 for PER, ORG, LOC).

Usage::

    NLTK_DATA=../shared/nltk_data .venv/bin/python bench/eval_entities.py [path.jsonl] [--errors N]

Each mention of kind name/alias/acronym/metonym counts as a predicted entity of its actor's type;
description and pronoun mentions are not names and are ignored, as are MISC gold entities.
The gold data is read only to score; nothing from it is used by the recogniser.

A naive baseline is scored in the same run: every maximal run of NNP/NNPS tokens (the shared tagger's
tags) is one entity. It has no types, so both systems are also compared on spans alone ("untyped").
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from service.pipeline.actors import ActorFinder
from service.pipeline.cleaner import KeepEverything
from service.pipeline.document import Document, DocumentAnalyzer
from service.resources import load

DEFAULT_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "eval/entities/conll2003_dev.jsonl"
TYPE_MAP = {"person": "PER", "organization": "ORG", "location": "LOC"}
SCORED = ("PER", "ORG", "LOC")
NAME_KINDS = frozenset({"name", "alias", "acronym", "metonym"})

Span = tuple[int, int, str]


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def nnp_runs(doc: Document) -> set[tuple[int, int]]:
    """The baseline: each maximal run of proper-noun tokens within a sentence is one entity."""
    out: set[tuple[int, int]] = set()
    for s in doc.sentences:
        start = end = None
        for t in (*s.tokens, None):
            if t is not None and t.tag in ("NNP", "NNPS"):
                start = t.start if start is None else start
                end = t.end
            elif start is not None and end is not None:
                out.add((start, end))
                start = end = None
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--errors", type=int, default=0, help="print the N most frequent false positives/negatives")
    parser.add_argument(
        "--no-clean", action="store_true", help="skip the page cleaner (the recogniser alone, on every line)"
    )
    args = parser.parse_args()

    resources = load()
    cleaner = KeepEverything() if args.no_clean else None
    analyzer = DocumentAnalyzer(resources.splitter, resources.tagger, cleaner=cleaner)
    finder = ActorFinder(resources)

    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    false_pos: Counter[str] = Counter()
    false_neg: Counter[str] = Counter()
    untyped: dict[str, Counter[str]] = {"brief": Counter(), "baseline": Counter()}
    elapsed = 0.0
    docs = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines() if line.strip()]
    for record in docs:
        text = record["text"]
        gold: set[Span] = {(e["start"], e["end"], e["type"]) for e in record["entities"] if e["type"] in SCORED}
        doc = analyzer(text)
        t0 = time.perf_counter()
        actors = finder(doc)
        elapsed += time.perf_counter() - t0
        pred: set[Span] = {
            (m.start, m.end, TYPE_MAP[a.type]) for a in actors for m in a.mentions if m.kind in NAME_KINDS
        }
        gold_spans = {(s, e) for s, e, _ in gold}
        for system, spans in (("brief", {(s, e) for s, e, _ in pred}), ("baseline", nnp_runs(doc))):
            untyped[system]["tp"] += len(spans & gold_spans)
            untyped[system]["fp"] += len(spans - gold_spans)
            untyped[system]["fn"] += len(gold_spans - spans)
        for span in pred & gold:
            tp[span[2]] += 1
        for span in pred - gold:
            fp[span[2]] += 1
            false_pos[f"{span[2]} {text[span[0] : span[1]]}"] += 1
        for span in gold - pred:
            fn[span[2]] += 1
            false_neg[f"{span[2]} {text[span[0] : span[1]]}"] += 1

    print(f"{'type':<8}{'P':>8}{'R':>8}{'F1':>8}{'gold':>8}{'pred':>8}")
    for label in SCORED:
        p, r, f = prf(tp[label], fp[label], fn[label])
        print(f"{label:<8}{p:8.3f}{r:8.3f}{f:8.3f}{tp[label] + fn[label]:8d}{tp[label] + fp[label]:8d}")
    t, f_, n = sum(tp.values()), sum(fp.values()), sum(fn.values())
    p, r, f = prf(t, f_, n)
    print(f"{'micro':<8}{p:8.3f}{r:8.3f}{f:8.3f}{t + n:8d}{t + f_:8d}")
    print("\nuntyped spans (PER/ORG/LOC gold; predictions of any type)")
    for system, c in untyped.items():
        p, r, f = prf(c["tp"], c["fp"], c["fn"])
        print(f"{system:<10}{p:6.3f}{r:8.3f}{f:8.3f}")
    print(f"\n{len(docs)} documents, ActorFinder {elapsed * 1000 / max(len(docs), 1):.2f} ms/doc on average")
    if args.errors:
        print("\nfalse positives:", false_pos.most_common(args.errors))
        print("\nfalse negatives:", false_neg.most_common(args.errors))


if __name__ == "__main__":
    main()
