"""Score the summary rankers on BBC News Summary dev (see ../shared/eval/README.md).

ROUGE-1, ROUGE-2 and ROUGE-Lsum F1 (``rouge-score``, stemming on; sentences joined by
newlines for Lsum) for ``news``, ``lead`` and every sumy ranker, side by side. Every
ranker gets the same input: the article analysed once with its title, page furniture
marked by the :class:`PageCleaner`, and the same candidates; the budget is the number of
reference sentences. Articles are split in file order (the file is sorted by category): the
first two thirds are the **dev** split (444 articles: business, politics, entertainment and
the first sport articles), where the news ranker's weights were fitted; the last third is
**held-out** (222 articles: the other sport articles and all of tech), never used for fitting.
Both are printed; the held-out table is the one to quote.

    NLTK_DATA=../shared/nltk_data .venv/bin/python bench/eval_summary.py [--limit N] [--fit] [--tune] [path.jsonl]

``--fit`` refits the news ranker's feature weights on the dev split (logistic regression of
"the candidate is in the reference" on :data:`FEATURES`) and prints them as ``NewsWeights``;
``--tune`` then sweeps the redundancy penalty on dev by ROUGE-2 + ROUGE-Lsum.
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

import numpy as np
from rouge_score import rouge_scorer  # dev dependency: pip install rouge-score

from service.pipeline.cleaner import PageCleaner
from service.pipeline.document import Document, DocumentAnalyzer
from service.pipeline.news_ranker import FEATURES, Features, NewsRanker, NewsWeights, select
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
    if algorithm == "news" and weights is not None:
        candidates = summary_candidates(doc)
        chosen = select(news_features(ranker, article), min(article.budget, len(candidates)), None, weights)
        return [s.text for s, _ in sorted(chosen, key=lambda t: t[0].index)]
    out = summarizer(doc, algorithm, LengthBudget(sentences=article.budget))  # type: ignore[arg-type]
    return [s.text for s in out]


def news_features(ranker: NewsRanker, article: Article) -> Features:
    if article.features is None:
        article.features = ranker.features(article.doc, summary_candidates(article.doc))
    return article.features


def in_reference(candidate: str, fragments: list[str]) -> bool:
    """Whether a candidate sentence is (mostly) in the reference. The reference sentences are split
    at more places than Punkt splits (inside quotes, after abbreviations), so a candidate counts
    when it is inside the reference text or at least half of it is covered by reference fragments."""
    text = " ".join(candidate.split())
    covered = sum(len(f) for f in fragments if len(f) >= 5 and f in text)
    return text in " ".join(fragments) or covered >= 0.5 * len(text)


def fit(ranker: NewsRanker, records: list[dict[str, Any]], dev: list[Article], l2: float = 1.0) -> NewsWeights:
    """Logistic regression (Newton's method, L2 penalty ``l2``) of candidate-in-reference on the features."""
    by_id = {r["id"]: r for r in records}
    xs: list[np.ndarray[Any, Any]] = []
    ys: list[float] = []
    for art in dev:
        features = news_features(ranker, art)
        fragments = [" ".join(f.split()) for f in by_id[art.id]["summary"]]
        xs.append(features.matrix)
        ys.extend(1.0 if in_reference(s.text, fragments) else 0.0 for s in features.candidates)
    x = np.column_stack((np.vstack(xs), np.ones(len(ys))))
    y = np.array(ys)
    penalty = l2 * np.diag([1.0] * len(FEATURES) + [0.0])
    w = np.zeros(x.shape[1])
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        gradient = x.T @ (p - y) + penalty @ w
        hessian = (x * (p * (1 - p))[:, None]).T @ x + penalty
        w -= np.linalg.solve(hessian, gradient)
    print(f"fitted on {len(ys)} candidates of {len(dev)} dev articles ({y.mean():.3f} positive); bias {w[-1]:.3f}")
    fitted = {name: round(float(v), 3) for name, v in zip((*FEATURES, "bias"), w, strict=True)}
    return replace(ranker.weights, **fitted)


def score(scorer: Any, reference: str, sentences: Sequence[str]) -> dict[str, float]:
    result = scorer.score(reference, "\n".join(sentences))
    return {m: result[m].fmeasure for m in METRICS}


def mean_scores(rows: list[dict[str, float]]) -> dict[str, float]:
    return {m: sum(r[m] for r in rows) / len(rows) for m in METRICS} if rows else dict.fromkeys(METRICS, 0.0)


def tune(summarizer: Summarizer, ranker: NewsRanker, scorer: Any, dev: list[Article], sweeps: int = 1) -> NewsWeights:
    """The redundancy penalty by ROUGE-2 + ROUGE-Lsum on the dev split (the feature weights come from --fit)."""
    grid = {"redundancy": [0.0, 0.25, 0.5, 1.0, 2.0]}
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
    parser.add_argument("--fit", action="store_true", help="refit the news feature weights on the dev split")
    parser.add_argument("--tune", action="store_true", help="sweep the news redundancy penalty on the dev split")
    parser.add_argument("--algorithms", default=None, help="comma-separated subset (default: news, lead, all sumy)")
    args = parser.parse_args()

    started = time.perf_counter()
    resources = load()
    analyzer = DocumentAnalyzer(
        resources.splitter, resources.tagger, given_names=resources.given_names, common_words=resources.english_words
    )
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

    if args.fit:
        ranker.weights = fit(ranker, records, splits["dev"])
        print(f"fitted on dev: {ranker.weights}")
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
            weights = ranker.weights if algorithm == "news" and (args.fit or args.tune) else None
            chosen = summarize(summarizer, ranker, art, algorithm, weights)
            per_article[algorithm][art.id] = score(scorer, art.reference, chosen)
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
