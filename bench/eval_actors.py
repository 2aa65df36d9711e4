"""Score the named-actor recogniser on the CoNLL-2003 dev documents of ``../shared/eval``.

Usage::

    NLTK_DATA=../shared/nltk_data .venv/bin/python bench/eval_actors.py [path.jsonl] [--no-clean] [--errors N]

Printed, for brief and for a naive baseline computed in the same run:

1. **Entity spans** (exact match): precision, recall and F1 per type (PER, ORG, LOC) and micro-averaged.
   Every brief mention of kind name/alias/acronym/metonym counts as an entity of its actor's type
   (CoNLL leaves honorifics out of names, so "Mr Bure" is scored as its span "Bure");
   description and pronoun mentions are references, not names, and are not scored; MISC gold is ignored.
   The baseline takes every maximal run of NNP/NNPS tokens (the shared tagger's tags) as one entity. It
   has no types, so both systems are also scored on spans alone ("untyped").
2. **Actors and aliases, a proxy.** The shared data has no actor-level gold (no mention clusters), so
   clusters are *derived from the gold spans* of each document: mentions with the same text (case
   aside) and type are one actor; a one-word PER mention joins the longer PER name in the same document
   whose last word it is ("Bitar" -> "Salem Bitar"), when exactly one such name exists; an all-capitals
   ORG mention joins the longer ORG name whose initials it spells ("NHL" -> "National Hockey League").
   From those clusters:

   - *alias recall*: of the derived surname/acronym links (short form -> full name), the share where
     both spans are brief mentions of one actor;
   - *merge precision*: of the pairs of gold spans that brief puts in one actor, the share the derived
     clusters also join. A lower bound: the derived clusters know nothing of "Britain" = "UK";
   - *actor F1*: a derived cluster is found when one brief actor of the same type has a mention on one
     of its spans (each actor matches at most one cluster). The baseline's actors are its distinct
     strings (case aside), scored untyped.

   These are not scores against actor gold: they measure whether brief merges what the gold spans
   imply must be merged, on Reuters copy where most documents are short and many are sports tables.

The gold data is only read to score; nothing from it is used by the recogniser. ``--no-clean`` skips the
page cleaner (CoNLL is plain newswire with datelines and results tables, which the cleaner, built for web
pages, may drop as furniture); the default runs the whole document analysis of the service.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from service.pipeline import lexicon
from service.pipeline.actors import ActorFinder
from service.pipeline.cleaner import KeepEverything
from service.pipeline.document import Document, DocumentAnalyzer
from service.pipeline.results import Actor
from service.resources import load

DEFAULT_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "eval/entities/conll2003_dev.jsonl"
TYPE_MAP = {"person": "PER", "organization": "ORG", "location": "LOC"}
SCORED = ("PER", "ORG", "LOC")
NAME_KINDS = frozenset({"name", "alias", "acronym", "metonym"})

Span = tuple[int, int]
TypedSpan = tuple[int, int, str]


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class Tally:
    """True positives, false positives and false negatives, per label."""

    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)

    def add(self, label: str, pred: set[TypedSpan] | set[Span], gold: set[TypedSpan] | set[Span]) -> None:
        self.tp[label] += len(pred & gold)
        self.fp[label] += len(pred - gold)
        self.fn[label] += len(gold - pred)

    def row(self, label: str) -> tuple[float, float, float]:
        return prf(self.tp[label], self.fp[label], self.fn[label])

    def micro(self, labels: Iterable[str]) -> tuple[float, float, float]:
        labels = list(labels)
        return prf(*(sum(c[x] for x in labels) for c in (self.tp, self.fp, self.fn)))


def name_span(text: str, start: int, end: int) -> Span:
    """A mention's span as CoNLL writes names: without a leading honorific ("Mr Bure" -> "Bure")."""
    first, _, rest = text[start:end].partition(" ")
    if rest and first.rstrip(".").casefold() in lexicon.PERSON_TITLES:
        return end - len(rest.lstrip()), end
    return start, end


def nnp_runs(doc: Document) -> set[Span]:
    """The baseline: each maximal run of proper-noun tokens within a sentence is one entity."""
    out: set[Span] = set()
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


# ---------------------------------------------------------------------------------------------
# Proxy actor gold: clusters implied by the gold spans of one document.
# ---------------------------------------------------------------------------------------------


def _initials(name: str) -> str:
    skip = {"of", "for", "and", "the", "in", "on", "&"}
    return "".join(w[0].upper() for w in name.replace("-", " ").split() if w[:1].isalpha() and w.lower() not in skip)


def derived_clusters(gold: list[tuple[int, int, str, str]]) -> tuple[list[list[TypedSpan]], list[tuple[Span, Span]]]:
    """(clusters of typed gold spans, surname/acronym links short span -> full span) for one document."""
    by_key: dict[tuple[str, str], list[TypedSpan]] = {}
    for start, end, label, text in gold:
        by_key.setdefault((label, " ".join(text.casefold().split())), []).append((start, end, label))
    parent = {key: key for key in by_key}

    def find(key: tuple[str, str]) -> tuple[str, str]:
        while parent[key] != key:
            key = parent[key]
        return key

    links: list[tuple[Span, Span]] = []
    keys = list(by_key)
    for label, text in keys:
        words = text.split()
        if label == "PER" and len(words) == 1:
            longer = [k for k in keys if k[0] == "PER" and len(k[1].split()) > 1 and k[1].split()[-1] == text]
        elif label == "ORG" and len(words) == 1 and len(text) >= 2:
            longer = [k for k in keys if k[0] == "ORG" and len(k[1].split()) > 1 and _initials(k[1]) == text.upper()]
        else:
            continue
        if len(longer) != 1:
            continue  # two Smiths, or none: the gold spans do not say which
        full = longer[0]
        parent[find((label, text))] = find(full)
        head = by_key[full][0]
        for short in by_key[(label, text)]:
            links.append(((short[0], short[1]), (head[0], head[1])))
    clusters: dict[tuple[str, str], list[TypedSpan]] = {}
    for key, spans in by_key.items():
        clusters.setdefault(find(key), []).extend(spans)
    return list(clusters.values()), links


@dataclass
class ActorScore:
    links: int = 0
    links_merged: int = 0
    pairs: int = 0
    pairs_joined: int = 0
    clusters: int = 0
    actors: int = 0
    matched: int = 0

    def report(self, name: str) -> str:
        p, r, f = prf(self.matched, self.actors - self.matched, self.clusters - self.matched)
        alias = self.links_merged / self.links if self.links else 0.0
        merge = self.pairs_joined / self.pairs if self.pairs else 0.0
        return (
            f"{name:<10}{alias:12.3f}{merge:12.3f}{p:8.3f}{r:8.3f}{f:8.3f}"
            f"{self.links:9d}{self.clusters:10d}{self.actors:8d}"
        )


def score_actors(
    score: ActorScore,
    clusters: list[list[TypedSpan]],
    links: list[tuple[Span, Span]],
    predicted: list[tuple[str | None, set[Span]]],
    typed: bool,
) -> None:
    """Add one document's proxy scores: ``predicted`` is (type or None, mention spans) per actor."""
    actor_of: dict[Span, int] = {}
    for n, (_, spans) in enumerate(predicted):
        for span in spans:
            actor_of.setdefault(span, n)
    score.links += len(links)
    score.links_merged += sum(1 for a, b in links if a in actor_of and actor_of.get(a) == actor_of.get(b))
    cluster_of = {(s, e): n for n, cluster in enumerate(clusters) for s, e, _ in cluster}
    for _, spans in predicted:
        hits = sorted(cluster_of[s] for s in spans if s in cluster_of)
        for i in range(len(hits)):
            for j in range(i + 1, len(hits)):
                score.pairs += 1
                score.pairs_joined += hits[i] == hits[j]
    score.clusters += len(clusters)
    score.actors += len(predicted)
    used: set[int] = set()
    for cluster in sorted(clusters, key=len, reverse=True):
        for n, (kind, spans) in enumerate(predicted):
            if n in used:
                continue
            if any((s, e) in spans and (not typed or kind == label) for s, e, label in cluster):
                used.add(n)
                score.matched += 1
                break


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

    typed = Tally()
    untyped = Tally()
    actor_scores = {"brief": ActorScore(), "baseline": ActorScore()}
    false_pos: Counter[str] = Counter()
    false_neg: Counter[str] = Counter()
    elapsed = 0.0
    words = 0
    docs = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines() if line.strip()]
    for record in docs:
        text = record["text"]
        words += len(text.split())
        gold_rows = [(e["start"], e["end"], e["type"], e["text"]) for e in record["entities"] if e["type"] in SCORED]
        gold: set[TypedSpan] = {(s, e, t) for s, e, t, _ in gold_rows}
        gold_spans: set[Span] = {(s, e) for s, e, _ in gold}
        doc = analyzer(text)
        t0 = time.perf_counter()
        actors: list[Actor] = finder(doc)
        elapsed += time.perf_counter() - t0

        pred: set[TypedSpan] = {
            (*name_span(text, m.start, m.end), TYPE_MAP[a.type])
            for a in actors
            for m in a.mentions
            if m.kind in NAME_KINDS
        }
        for label in SCORED:
            typed.add(label, {p for p in pred if p[2] == label}, {g for g in gold if g[2] == label})
        baseline_spans = nnp_runs(doc)
        untyped.add("brief", {(s, e) for s, e, _ in pred}, gold_spans)
        untyped.add("baseline", baseline_spans, gold_spans)
        for s, e, label in pred - gold:
            false_pos[f"{label} {text[s:e]}"] += 1
        for s, e, label in gold - pred:
            false_neg[f"{label} {text[s:e]}"] += 1

        clusters, links = derived_clusters(gold_rows)
        ours = [
            (TYPE_MAP[a.type], {name_span(text, m.start, m.end) for m in a.mentions if m.kind in NAME_KINDS})
            for a in actors
        ]
        score_actors(actor_scores["brief"], clusters, links, [x for x in ours if x[1]], typed=True)
        by_string: dict[str, set[Span]] = {}
        for s, e in baseline_spans:
            by_string.setdefault(text[s:e].casefold(), set()).add((s, e))
        score_actors(
            actor_scores["baseline"], clusters, links, [(None, spans) for spans in by_string.values()], typed=False
        )

    print(f"Entity spans, exact match ({len(docs)} documents, {'no cleaner' if args.no_clean else 'full pipeline'})")
    print(f"{'type':<10}{'P':>8}{'R':>8}{'F1':>8}{'gold':>8}{'pred':>8}")
    for label in SCORED:
        p, r, f = typed.row(label)
        gold_n, pred_n = typed.tp[label] + typed.fn[label], typed.tp[label] + typed.fp[label]
        print(f"{label:<10}{p:8.3f}{r:8.3f}{f:8.3f}{gold_n:8d}{pred_n:8d}")
    p, r, f = typed.micro(SCORED)
    total_gold = sum(typed.tp.values()) + sum(typed.fn.values())
    total_pred = sum(typed.tp.values()) + sum(typed.fp.values())
    print(f"{'micro':<10}{p:8.3f}{r:8.3f}{f:8.3f}{total_gold:8d}{total_pred:8d}")
    print("\nUntyped spans (PER/ORG/LOC gold; predictions of any type)")
    print(f"{'system':<10}{'P':>8}{'R':>8}{'F1':>8}")
    for system in ("brief", "baseline"):
        p, r, f = untyped.row(system)
        print(f"{system:<10}{p:8.3f}{r:8.3f}{f:8.3f}")
    print("\nActors and aliases: PROXY derived from the gold spans (no actor gold exists; see the docstring)")
    header = ("alias R", 12), ("merge P", 12), ("P", 8), ("R", 8), ("F1", 8), ("links", 9), ("clusters", 10)
    print(f"{'system':<10}" + "".join(f"{name:>{width}}" for name, width in header) + f"{'actors':>8}")
    print(actor_scores["brief"].report("brief"))
    print(actor_scores["baseline"].report("baseline") + "   (untyped: distinct NNP-run strings)")
    per_doc, per_word = elapsed * 1000 / max(len(docs), 1), elapsed * 1e6 / max(words, 1)
    print(f"\nActorFinder: {per_doc:.2f} ms/document, {per_word:.1f} µs/word")
    if args.errors:
        print("\nfalse positives:", false_pos.most_common(args.errors))
        print("\nfalse negatives:", false_neg.most_common(args.errors))


if __name__ == "__main__":
    main()
