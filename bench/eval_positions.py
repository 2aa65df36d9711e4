"""Score the stated-positions finder on PolNeAR dev (see ../shared/eval/README.md).

A predicted position matches a gold attribution when their contents overlap with word
F1 >= 0.5 (one-to-one, best pairs first). The speaker is right when the predicted
speaker mention overlaps a gold speaker span, or the resolved name contains the gold
speaker's words. Reported for all attributions and for ``direct`` ones (gold direct;
predictions of kind direct or mixed), plus speaker accuracy on the matched pairs.

    NLTK_DATA=../shared/nltk_data .venv/bin/python bench/eval_positions.py [path.jsonl]
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from service.pipeline.document import Document, DocumentAnalyzer
from service.pipeline.positions import PositionFinder
from service.pipeline.results import Actor, Position
from service.resources import load

DEFAULT_PATH = Path(__file__).resolve().parent.parent.parent / "shared" / "eval/positions/polnear_dev.jsonl"
_WORD = re.compile(r"\w+")
_SPEAKER_STOP = frozenset({"the", "a", "an", "of", "s", "mr", "ms", "mrs", "dr"})


def words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def word_f1(a: Sequence[str], b: Sequence[str]) -> float:
    """Bag-of-words F1 between two word lists."""
    if not a or not b:
        return 0.0
    counts: dict[str, int] = {}
    for w in b:
        counts[w] = counts.get(w, 0) + 1
    common = 0
    for w in a:
        if counts.get(w, 0) > 0:
            counts[w] -= 1
            common += 1
    if common == 0:
        return 0.0
    p, r = common / len(a), common / len(b)
    return 2 * p * r / (p + r)


@dataclass
class Gold:
    content: list[str]
    direct: bool
    speaker: str
    speaker_spans: list[tuple[int, int]]


@dataclass
class Tally:
    predicted: int = 0
    gold: int = 0
    matched: int = 0
    speaker_ok: int = 0

    def row(self, name: str) -> str:
        p = self.matched / self.predicted if self.predicted else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        acc = self.speaker_ok / self.matched if self.matched else 0.0
        counts = f"{self.predicted:>6} {self.gold:>6} {self.matched:>7}"
        return f"{name:<8} {counts} {p:>6.3f} {r:>6.3f} {f:>6.3f} {acc:>8.3f}"


def speaker_right(pos: Position, gold: Gold) -> bool:
    m = pos.speaker_mention
    if m is not None and any(m.start < e and s < m.end for s, e in gold.speaker_spans):
        return True
    want = {w for w in words(gold.speaker) if w not in _SPEAKER_STOP}
    return bool(want) and want <= set(words(pos.speaker.name))


def match(preds: Sequence[Position], golds: Sequence[Gold]) -> list[tuple[Position, Gold]]:
    """One-to-one matching, highest content F1 first."""
    pairs = []
    for i, p in enumerate(preds):
        pw = words(p.content.text)
        for j, g in enumerate(golds):
            f = word_f1(pw, g.content)
            if f >= 0.5:
                pairs.append((f, i, j))
    pairs.sort(reverse=True)
    used_p: set[int] = set()
    used_g: set[int] = set()
    out = []
    for _f, i, j in pairs:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            out.append((preds[i], golds[j]))
    return out


def actor_finder(resources: object) -> Callable[[Document], list[Actor]]:
    """The real ActorFinder when it imports, else no actors (positions still run)."""
    try:
        from service.pipeline.actors import ActorFinder
    except ImportError:
        return lambda doc: []
    return ActorFinder(resources)  # type: ignore[arg-type,no-any-return]


def main(path: Path = DEFAULT_PATH) -> None:
    resources = load()
    analyze = DocumentAnalyzer(resources.splitter, resources.tagger)
    find_actors = actor_finder(resources)
    find_positions = PositionFinder(resources)
    tallies = {"all": Tally(), "direct": Tally()}
    spent = 0.0
    articles = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        art = json.loads(line)
        text = art["text"]
        doc = analyze(text)
        actors = find_actors(doc)
        start = time.perf_counter()
        preds = find_positions(doc, actors)
        spent += time.perf_counter() - start
        articles += 1
        golds = [
            Gold(
                content=[w for s, e in q["content_spans"] for w in words(text[s:e])],
                direct=bool(q["direct"]),
                speaker=q["speaker"] or "",
                speaker_spans=[(s, e) for s, e in q["speaker_spans"]],
            )
            for q in art["quotes"]
        ]
        for name, keep_p, keep_g in (
            ("all", lambda p: True, lambda g: True),
            ("direct", lambda p: p.kind != "indirect", lambda g: g.direct),
        ):
            ps = [p for p in preds if keep_p(p)]
            gs = [g for g in golds if keep_g(g)]
            t = tallies[name]
            t.predicted += len(ps)
            t.gold += len(gs)
            pairs = match(ps, gs)
            t.matched += len(pairs)
            t.speaker_ok += sum(speaker_right(p, g) for p, g in pairs)
    print(f"PolNeAR dev: {articles} articles, positions {1000 * spent / max(articles, 1):.2f} ms/article")
    print(f"{'subset':<8} {'pred':>6} {'gold':>6} {'matched':>7} {'P':>6} {'R':>6} {'F1':>6} {'spk_acc':>8}")
    for name, tally in tallies.items():
        print(tally.row(name))


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_PATH)
