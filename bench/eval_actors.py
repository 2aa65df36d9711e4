"""Score the named-actor recogniser on the CoNLL-2003 dev documents of ``../shared/eval``.

Usage::

    NLTK_DATA=../shared/nltk_data .venv/bin/python bench/eval_actors.py [path.jsonl] [--no-clean] [--errors N]
        [--actor-errors]

Printed, for brief and for a naive baseline computed in the same run:

1. **Entity spans** (exact match): precision, recall and F1 per type (PER, ORG, LOC) and micro-averaged.
   Every brief mention of kind name/alias/acronym/metonym counts as an entity of its actor's type
   (CoNLL leaves honorifics out of names, so "Mr Bure" is scored as its span "Bure");
   description and pronoun mentions are references, not names, and are not scored; MISC gold is ignored.
   The baseline takes every maximal run of NNP/NNPS tokens (the shared tagger's tags) as one entity. It
   has no types, so both systems are also scored on spans alone ("untyped").
2. **Actors and aliases, a proxy.** The shared data has no actor-level gold (no mention clusters), so
   clusters are *derived from the gold spans* of each document (PER, ORG, LOC; MISC is ignored as in the
   entity score): mentions with the same text (case and abbreviation dots aside: "U.S." = "US") and type
   are one actor; a PER name joins a longer PER name with the same first and last word ("John Langmore"
   -> "John Vance Langmore"); a gold span written in brackets right after another of the same type is
   its short form ("Kurdistan Workers Party (PKK)"); a one-word PER mention joins the longer PER name
   whose last word it is ("Bitar" -> "Salem Bitar") when exactly one such person exists; a one-word ORG
   or LOC mention joins the longer name of its type whose initials it spells ("NHL" -> "National Hockey
   League", "U.N." -> "United Nations"). Singletons are clusters too (an actor named once is still an
   actor). From those clusters:

   - *alias recall*: of the derived surname/acronym links (short form -> full name), the share where
     both spans are brief mentions of one actor;
   - *merge precision*: of the pairs of gold spans that brief puts in one actor, the share the derived
     clusters also join. A lower bound: the derived clusters know nothing of "Britain" = "UK", of a
     capital standing for its country ("Moscow" as a metonym mention of Russia), of a team named after its
     town ("Vancouver" = "Vancouver Canucks") or of a first-name reference ("b Waqar" = "Waqar Younis");
   - *actor F1*: a derived cluster is found when a brief actor of the same type has a mention on one of
     its spans; clusters and actors are paired one to one by a maximum matching (as CEAF does), so a
     greedy pass cannot leave a cluster unmatched by giving its actor to another. The baseline's actors
     are its distinct strings (case aside), scored untyped.

   These are not scores against actor gold: they measure whether brief merges what the gold spans
   imply must be merged, on Reuters copy where most documents are short and many are sports tables.

``--actor-errors`` prints every missed link, wrong join (gold clusters one brief actor merges), missed cluster
and unmatched brief actor, marking those that sit on MISC gold.

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


def _key(text: str) -> str:
    """A gold mention's text for grouping: case and abbreviation dots aside ("U.S." = "US")."""
    return " ".join(text.casefold().replace(".", "").split())


def derived_clusters(
    gold: list[tuple[int, int, str, str]], text: str = ""
) -> tuple[list[list[TypedSpan]], list[tuple[Span, Span]]]:
    """(clusters of typed gold spans, surname/acronym links short span -> full span) for one document."""
    by_key: dict[tuple[str, str], list[TypedSpan]] = {}
    for start, end, label, mention in gold:
        by_key.setdefault((label, _key(mention)), []).append((start, end, label))
    parent = {key: key for key in by_key}

    def find(key: tuple[str, str]) -> tuple[str, str]:
        while parent[key] != key:
            key = parent[key]
        return key

    keys = list(by_key)
    # "John Langmore" is "John Vance Langmore": same first and last word, the middle left out.
    for label, name in keys:
        words = name.split()
        if label != "PER" or len(words) < 2:
            continue
        for other_label, other in keys:
            more = other.split()
            if other_label == "PER" and len(more) > len(words) and more[0] == words[0] and more[-1] == words[-1]:
                parent[find((label, name))] = find((other_label, other))
                break
    # "Kurdistan Workers Party (PKK)": the text itself declares the short form.
    starts = {(s, label): (s, e) for s, e, label, _ in gold}
    for _, e, label, mention in gold:
        bracketed = starts.get((e + 2, label))
        if label != "PER" and text[e : e + 2] == " (" and bracketed and text[bracketed[1] : bracketed[1] + 1] == ")":
            parent[find((label, _key(text[bracketed[0] : bracketed[1]])))] = find((label, _key(mention)))

    links: list[tuple[Span, Span]] = []
    for label, name in keys:
        words = name.split()
        if label == "PER" and len(words) == 1:
            longer = [k for k in keys if k[0] == "PER" and len(k[1].split()) > 1 and k[1].split()[-1] == name]
        elif label in ("ORG", "LOC") and len(words) == 1 and len(name) >= 2:
            longer = [k for k in keys if k[0] == label and len(k[1].split()) > 1 and _initials(k[1]) == name.upper()]
        else:
            continue
        if len({find(k) for k in longer}) != 1:
            continue  # two Smiths, or none: the gold spans do not say which
        full = longer[0]
        parent[find((label, name))] = find(full)
        head = by_key[full][0]
        for short in by_key[(label, name)]:
            links.append(((short[0], short[1]), (head[0], head[1])))
    clusters: dict[tuple[str, str], list[TypedSpan]] = {}
    for key, spans in by_key.items():
        clusters.setdefault(find(key), []).extend(spans)
    return list(clusters.values()), links


def one_to_one(candidates: list[list[int]]) -> dict[int, int]:
    """Maximum matching of clusters to actors (``candidates[c]``: the actors cluster c may match), by
    augmenting paths, so that no cluster goes unmatched because a greedy pass gave its actor away.
    Returns actor -> cluster."""
    owner: dict[int, int] = {}

    def augment(c: int, seen: set[int]) -> bool:
        for a in candidates[c]:
            if a not in seen:
                seen.add(a)
                if a not in owner or augment(owner[a], seen):
                    owner[a] = c
                    return True
        return False

    for c in range(len(candidates)):
        augment(c, set())
    return owner


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
    errors: list[str] | None = None,
    text: str = "",
) -> None:
    """Add one document's proxy scores: ``predicted`` is (type or None, mention spans) per actor; ``errors``
    collects a readable line per missed link, wrong join, unmatched cluster and unmatched actor."""
    actor_of: dict[Span, int] = {}
    for n, (_, spans) in enumerate(predicted):
        for span in spans:
            actor_of.setdefault(span, n)
    score.links += len(links)
    score.links_merged += sum(1 for a, b in links if a in actor_of and actor_of.get(a) == actor_of.get(b))
    if errors is not None:
        for a, b in links:
            if a not in actor_of or actor_of.get(a) != actor_of.get(b):
                errors.append(f"missed link   {text[a[0] : a[1]]!r} -> {text[b[0] : b[1]]!r}")
    cluster_of = {(s, e): n for n, cluster in enumerate(clusters) for s, e, _ in cluster}
    for _, spans in predicted:
        hits = sorted(cluster_of[s] for s in spans if s in cluster_of)
        for i in range(len(hits)):
            for j in range(i + 1, len(hits)):
                score.pairs += 1
                score.pairs_joined += hits[i] == hits[j]
        if errors is not None and len(set(hits)) > 1:
            joined = sorted({" / ".join(sorted({text[s:e] for s, e, _ in clusters[h]})) for h in set(hits)})
            errors.append(f"joined        {' + '.join(joined)}")
    score.clusters += len(clusters)
    score.actors += len(predicted)
    candidates = [
        [
            n
            for n, (kind, spans) in enumerate(predicted)
            if any((s, e) in spans and (not typed or kind == label) for s, e, label in cluster)
        ]
        for cluster in clusters
    ]
    owner = one_to_one(candidates)
    used, matched_clusters = set(owner), set(owner.values())
    score.matched += len(owner)
    if errors is not None:
        for c, cluster in enumerate(clusters):
            if c in matched_clusters:
                continue
            found = [kind for kind, spans in predicted if any((s, e) in spans for s, e, _ in cluster)]
            seen = f" (brief: {', '.join(str(k) for k in found)})" if found else ""
            errors.append(f"missed actor  {cluster[0][2]} {text[cluster[0][0] : cluster[0][1]]!r}{seen}")
    if errors is not None:
        gold_spans = {(s, e): label for cluster in clusters for s, e, label in cluster}
        for n, (kind, spans) in enumerate(predicted):
            if n not in used:
                labels = sorted({gold_spans[s] for s in spans if s in gold_spans})
                first = min(spans)
                note = f" (gold: {', '.join(labels)})" if labels else ""
                errors.append(f"extra actor   {kind} {text[first[0] : first[1]]!r}{note}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--errors", type=int, default=0, help="print the N most frequent false positives/negatives")
    parser.add_argument(
        "--actor-errors", action="store_true", help="print every missed link, wrong join, missed and extra actor"
    )
    parser.add_argument(
        "--no-clean", action="store_true", help="skip the page cleaner (the recogniser alone, on every line)"
    )
    args = parser.parse_args()

    resources = load()
    cleaner = KeepEverything() if args.no_clean else None
    analyzer = DocumentAnalyzer(
        resources.splitter,
        resources.tagger,
        cleaner=cleaner,
        given_names=resources.given_names,
        common_words=resources.english_words,
    )
    finder = ActorFinder(resources)

    typed = Tally()
    untyped = Tally()
    actor_scores = {"brief": ActorScore(), "baseline": ActorScore()}
    false_pos: Counter[str] = Counter()
    false_neg: Counter[str] = Counter()
    actor_errors: list[str] = []
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

        clusters, links = derived_clusters(gold_rows, text)
        ours = [
            (TYPE_MAP[a.type], {name_span(text, m.start, m.end) for m in a.mentions if m.kind in NAME_KINDS})
            for a in actors
        ]
        errors: list[str] | None = [] if args.actor_errors else None
        score_actors(actor_scores["brief"], clusters, links, [x for x in ours if x[1]], True, errors, text)
        if errors:
            misc = {(e["start"], e["end"]) for e in record["entities"] if e["type"] == "MISC"}
            misc_text = {text[s:e] for s, e in misc}
            actor_errors.extend(
                f"{record['id']}: {line}" + (" [MISC in gold]" if any(f"'{m}'" in line for m in misc_text) else "")
                for line in errors
            )
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
    if args.actor_errors:
        print("\nActor-level errors (proxy clusters):")
        print("\n".join(actor_errors))
        print(Counter(line.split(": ", 1)[1].split("  ")[0] for line in actor_errors))
    if args.errors:
        print("\nfalse positives:", false_pos.most_common(args.errors))
        print("\nfalse negatives:", false_neg.most_common(args.errors))


if __name__ == "__main__":
    main()
