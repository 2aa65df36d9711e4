"""Score the summary rankers on BBC News Summary dev (see ../shared/eval/README.md).

ROUGE-1, ROUGE-2 and ROUGE-Lsum F1 (``rouge-score``, stemming on; sentences joined by
newlines for Lsum) for ``news``, ``lead`` and every sumy ranker, side by side. Every
ranker gets the same input: the article analysed once with its title, page furniture
marked by the :class:`PageCleaner`, and the same candidates; the budget is the number of
reference sentences. Articles are split in file order: the first two thirds are the
**dev** split (the news ranker's weights were tuned there), the last third is **held-out**.

    NLTK_DATA=../shared/nltk_data .venv/bin/python bench/eval_summary.py [--limit N] [--tune] [path.jsonl]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rouge_score import rouge_scorer  # dev dependency: pip install rouge-score

from service.pipeline.cleaner import PageCleaner
from service.pipeline.document import Document, DocumentAnalyzer
from service.pipeline.news_ranker import Features, NewsRanker, NewsWeights, select
from service.pipeline.summary import ALGORITHMS, LengthBudget, Summarizer, summary_candidates
from service.resources import load

DEFAULT_PATH = Path(__file__).resolve().parent.parent.parent / "shared" / "eval/summary/bbc_dev.jsonl"
METRICS = ("rouge1", "rouge2", "rougeLsum")
DEV_SHARE = 2 / 3


@dataclass
class Article:
    id: str
    doc: Document
    reference: str
    budget: int
    features: Features | None = None


def clean_document(analyzer: DocumentAnalyzer, cleaner: PageCleaner, text: str, title: str | None) -> Document:
    """Analyse and mark the cleaner's findings on the sentences, as the pipeline will once integrated."""
    doc = analyzer(text, title)
    page = cleaner(text, title)
    for s in doc.sentences:
        if page.is_dropped(s.start, s.end):
            s.is_junk = True
        if page.standfirst_span and page.standfirst_span[0] <= s.start and s.end <= page.standfirst_span[1]:
            s.is_standfirst = True
    doc.dropped = page.dropped
    doc.standfirst_span = page.standfirst_span
    return doc


def summarize(
    summarizer: Summarizer, ranker: NewsRanker, article: Article, algorithm: str, weights: NewsWeights | None = None
) -> list[str]:
    """The chosen sentences' texts in article order."""
    doc = article.doc
    if algorithm == "news" and ("news" not in ALGORITHMS or weights is not None):
        candidates = summary_candidates(doc)
        if article.features is None:
            article.features = ranker.features(doc, candidates)
        chosen = select(article.features, min(article.budget, len(candidates)), None, weights or ranker.weights)
        return [s.text for s, _ in sorted(chosen, key=lambda t: t[0].index)]
    out = summarizer(doc, algorithm, LengthBudget(sentences=article.budget))  # type: ignore[arg-type]
    return [s.text for s in out]


def score(scorer: Any, reference: str, sentences: Sequence[str]) -> dict[str, float]:
    result = scorer.score(reference, "\n".join(sentences))
    return {m: result[m].fmeasure for m in METRICS}


def mean_scores(rows: list[dict[str, float]]) -> dict[str, float]:
    return {m: sum(r[m] for r in rows) / len(rows) for m in METRICS} if rows else dict.fromkeys(METRICS, 0.0)


def tune(summarizer: Summarizer, ranker: NewsRanker, scorer: Any, dev: list[Article], sweeps: int = 2) -> NewsWeights:
    """Coordinate ascent on the dev split (two sweeps over a small grid), maximising ROUGE-2 + ROUGE-Lsum."""
    grid = {
        "position_decay": [0.05, 0.1, 0.2, 0.3, 0.5, 0.8, 1.2],
        "centrality": [0.0, 0.2, 0.4, 0.6, 0.9, 1.3],
        "title": [0.0, 0.15, 0.3, 0.5, 0.8],
        "length": [0.0, 0.1, 0.2, 0.4, 0.6],
        "overlap": [0.0, 0.3, 0.6, 1.0, 1.5],
        "redundancy": [0.0, 0.15, 0.3, 0.5, 0.8],
    }
    seen: dict[NewsWeights, float] = {}

    def value(w: NewsWeights) -> float:
        if w not in seen:
            m = mean_scores([score(scorer, a.reference, summarize(summarizer, ranker, a, "news", w)) for a in dev])
            seen[w] = m["rouge2"] + m["rougeLsum"]
            print(f"  {w}  R2+RLsum={seen[w]:.4f}", flush=True)
        return seen[w]

    best = ranker.weights
    for _ in range(sweeps):
        for key, values in grid.items():
            best = max((replace(best, **{key: v}) for v in values), key=value)
    return best


def table(title: str, results: dict[str, dict[str, float]], count: int) -> str:
    lines = [
        f"### {title} ({count} articles)",
        "",
        "| ranker | ROUGE-1 | ROUGE-2 | ROUGE-Lsum |",
        "| --- | ---: | ---: | ---: |",
    ]
    for name, m in sorted(results.items(), key=lambda kv: -kv[1]["rouge2"]):
        lines.append(f"| {name} | {m['rouge1']:.4f} | {m['rouge2']:.4f} | {m['rougeLsum']:.4f} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT_PATH)
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles (quick runs)")
    parser.add_argument("--tune", action="store_true", help="grid-search the news weights on the dev split")
    parser.add_argument("--algorithms", default=None, help="comma-separated subset (default: news, lead, all sumy)")
    args = parser.parse_args()

    started = time.perf_counter()
    resources = load()
    analyzer = DocumentAnalyzer(resources.splitter, resources.tagger)
    cleaner = PageCleaner()
    summarizer = Summarizer(resources)
    ranker = NewsRanker(resources)
    scorer = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)

    records = [json.loads(line) for line in args.path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if args.limit:
        records = records[: args.limit]
    articles = [
        Article(
            r["id"],
            clean_document(analyzer, cleaner, r["text"], r.get("title")),
            "\n".join(r["summary"]),
            len(r["summary"]),
        )
        for r in records
    ]
    split = round(len(articles) * DEV_SHARE)
    splits = {"dev": articles[:split], "held-out": articles[split:]}
    print(f"analysed {len(articles)} articles in {time.perf_counter() - started:.1f}s", flush=True)

    if args.tune:
        best = tune(summarizer, ranker, scorer, splits["dev"])
        print(f"best on dev: {best}")
        ranker.weights = best

    sumy = [a for a in ALGORITHMS if a not in ("lead", "news")]
    algorithms = args.algorithms.split(",") if args.algorithms else ["news", "lead", *sumy]
    per_article: dict[str, dict[str, dict[str, float]]] = {a: {} for a in algorithms}
    for algorithm in algorithms:
        t0 = time.perf_counter()
        for art in articles:
            per_article[algorithm][art.id] = score(scorer, art.reference, summarize(summarizer, ranker, art, algorithm))
        print(f"  {algorithm}: {time.perf_counter() - t0:.1f}s", flush=True)

    for name, part in splits.items():
        if not part:
            continue
        results = {a: mean_scores([per_article[a][art.id] for art in part]) for a in algorithms}
        print()
        print(table(name, results, len(part)))
    print(f"\nweights: {ranker.weights}")
    print(f"elapsed: {time.perf_counter() - started:.1f}s")


if __name__ == "__main__":
    main()
