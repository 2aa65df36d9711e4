"""Score the stated-positions finder on PolNeAR (see ../shared/eval/README.md), beside a baseline.

A predicted position matches a gold attribution when their contents overlap with word
F1 >= 0.5 (one-to-one, best pairs first). The speaker is right when the predicted
speaker mention overlaps a gold speaker span, or the resolved name contains the gold
speaker's words. Reported for all attributions, for ``direct`` ones (gold ``direct``;
predictions of kind direct or mixed) and for ``quoted`` ones (gold ``direct`` or written with
NYT-style two-apostrophe quotes or single quote marks; same predictions, see ``quoted_content``),
plus speaker accuracy on the matched pairs.

The baseline runs in the same pass over the same articles: quoted stretches with "said"
or "says" next to them, the speaker being the nearest capitalised name in the sentence.
Next, the human agreement ceiling: on the articles with ``alt_annotations`` (18 in all: 2 in
dev, 16 in train), each other annotator's attributions are scored as if they were predictions
against the main ``quotes``, with the same matching and speaker rule ("annotators" rows; the
gold is counted once per annotator set), and brief is scored on exactly the same articles
("brief, same articles" rows). By default these are the alt-annotated articles of both dev and
train, whatever ``--split``; ``--agreement split`` uses those of the scored file (and ``--limit``).
Then an error breakdown (missed gold by cue word and kind, false positives by cue) shows
where recall and precision go; ``--ablate`` measures each cue family of
``service/pipeline/data/cues.tsv`` by running without it.

Tune on ``--split train`` (840 articles); ``dev`` (84 articles, the default) is held out.

    NLTK_DATA=../shared/nltk_data .venv/bin/python bench/eval_positions.py [--split dev|train] [--ablate]
        [--path FILE.jsonl] [--limit N] [--dump FILE.jsonl] [--agreement both|split]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from service.pipeline.cues import CueLexicon, cue_families
from service.pipeline.document import Document, DocumentAnalyzer
from service.pipeline.positions import PositionFinder
from service.pipeline.results import Actor, Position, Span, Speaker
from service.resources import load

EVAL_DIR = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "positions"
SPLITS = {"dev": EVAL_DIR / "polnear_dev.jsonl", "train": EVAL_DIR / "polnear_train.jsonl"}
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
    """A PolNeAR attribution; an alternative annotator's ones are also scored as predictions."""

    content: list[str]
    direct: bool
    speaker: str
    speaker_spans: list[tuple[int, int]]
    cue: str
    start: int  # first content char, for dumps
    text: str
    quoted: bool = False  # see quoted_content


# What match() and speaker_right() score: our positions, or another annotator's attributions.
Prediction = Position | Gold


def quoted_content(pieces: Sequence[str], direct: bool) -> bool:
    """Whether a gold attribution counts for the ``quoted`` subset: its content holds quote marks
    of any style.

    PolNeAR's ``direct`` flag is True exactly when the content contains a double-quote character
    (" “ ”), so NYT quotes written with two apostrophes (''...'', sometimes ``...``) and headline
    quotes in single marks (‘...’, '...') are never direct: on train 1,200 attributions with ''
    (content starting with '' 789, containing '' elsewhere 411; none with ``) and 90 with single
    marks; on dev 86 and 16. Our direct predictions on them count as false positives in the
    ``direct`` rows. Those rows keep the eval README's definition; ``quoted`` adds these (the
    pieces of the content are looked at, not the text between them).
    """
    return direct or any("''" in piece or "``" in piece or "‘" in piece or piece.startswith("'") for piece in pieces)


@dataclass
class Tally:
    predicted: int = 0
    gold: int = 0
    matched: int = 0
    speaker_ok: int = 0

    def scores(self) -> tuple[float, float, float, float]:
        p = self.matched / self.predicted if self.predicted else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        acc = self.speaker_ok / self.matched if self.matched else 0.0
        return p, r, f, acc

    def row(self, name: str, width: int = 18) -> str:
        p, r, f, acc = self.scores()
        counts = f"{self.predicted:>6} {self.gold:>6} {self.matched:>7}"
        return f"{name:<{width}} {counts} {p:>6.3f} {r:>6.3f} {f:>6.3f} {acc:>8.3f}"


def new_tallies() -> dict[str, Tally]:
    return {name: Tally() for name, _, _ in SUBSETS}


@dataclass
class Breakdown:
    """Where the errors are: missed gold by cue and kind, false positives by cue, wrong speakers."""

    missed_by_cue: Counter[str] = field(default_factory=Counter)
    gold_by_cue: Counter[str] = field(default_factory=Counter)
    missed_by_kind: Counter[str] = field(default_factory=Counter)
    gold_by_kind: Counter[str] = field(default_factory=Counter)
    false_by_cue: Counter[str] = field(default_factory=Counter)
    pred_by_cue: Counter[str] = field(default_factory=Counter)
    wrong_speaker_by_mention: Counter[str] = field(default_factory=Counter)
    matched_by_mention: Counter[str] = field(default_factory=Counter)


def content_words(pred: Prediction) -> list[str]:
    """A position's content words; an attribution's are all its content pieces' words."""
    if isinstance(pred, Gold):
        return pred.content
    return [w for part in pred.content_parts or (pred.content,) for w in words(part.text)]


def speaker_of(pred: Prediction) -> tuple[list[tuple[int, int]], str]:
    """The speaker's spans in the text and its name (an attribution's speaker as written)."""
    if isinstance(pred, Gold):
        return pred.speaker_spans, pred.speaker
    m = pred.speaker_mention
    return ([(m.start, m.end)] if m is not None else []), pred.speaker.name


def speaker_right(pos: Prediction, gold: Gold) -> bool:
    spans, name = speaker_of(pos)
    if any(ms < e and s < me for ms, me in spans for s, e in gold.speaker_spans):
        return True
    want = {w for w in words(gold.speaker) if w not in _SPEAKER_STOP}
    return bool(want) and want <= set(words(name))


def predicted_direct(pred: Prediction) -> bool:
    """Positions of kind direct or mixed; an annotator's attributions by their own flag."""
    return pred.direct if isinstance(pred, Gold) else pred.kind != "indirect"


def predicted_quoted(pred: Prediction) -> bool:
    return pred.quoted if isinstance(pred, Gold) else pred.kind != "indirect"


# The reported subsets: name, which predictions, which gold attributions.
SUBSETS: tuple[tuple[str, Callable[[Prediction], bool], Callable[[Gold], bool]], ...] = (
    ("all", lambda p: True, lambda g: True),
    ("direct", predicted_direct, lambda g: g.direct),
    ("quoted", predicted_quoted, lambda g: g.quoted),
)


def match(preds: Sequence[Prediction], golds: Sequence[Gold]) -> list[tuple[int, int]]:
    """One-to-one matching, highest content F1 first: (prediction index, gold index) pairs."""
    pairs = []
    for i, p in enumerate(preds):
        pw = content_words(p)
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
            out.append((i, j))
    return out


# --- the baseline ------------------------------------------------------------------------

_QUOTED = re.compile(r"[\"“”]([^\"“”\n]{2,}?)[\"“”]")
_SAID = re.compile(r"\b(said|says)\b")
_NAME = re.compile(r"\b[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*")
_SENTENCE_END = re.compile(r"[.!?]\s|\n")


def baseline_positions(text: str) -> list[Position]:
    """Direct quotes with "said"/"says" within 40 characters either side of the quote, the
    speaker being the capitalised word run nearest to the cue in the same sentence."""
    out: list[Position] = []
    for q in _QUOTED.finditer(text):
        after = text[q.end() : q.end() + 40]
        before = text[max(0, q.start() - 40) : q.start()]
        cue = _SAID.search(after)
        if cue is not None:
            cue_start, cue_end = q.end() + cue.start(), q.end() + cue.end()
        else:
            found = list(_SAID.finditer(before))
            if not found:
                continue
            base = max(0, q.start() - 40)
            cue_start, cue_end = base + found[-1].start(), base + found[-1].end()
        # the sentence around the cue, outside the quote
        left = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, cue_start - 300), cue_start)), default=0)
        right_m = _SENTENCE_END.search(text, cue_end)
        right = right_m.start() + 1 if right_m else len(text)
        names = [
            m for m in _NAME.finditer(text, left, right) if (m.end() <= q.start() or m.start() >= q.end()) and m.start()
        ]
        names = [m for m in names if not (m.start() == left and len(m.group().split()) == 1)]  # sentence-initial word
        if names:
            best = min(names, key=lambda m: min(abs(m.start() - cue_end), abs(cue_start - m.end())))
            speaker = Speaker(best.group(), None, "person")
            mention: Span | None = Span(best.start(), best.end(), best.group())
        else:
            speaker, mention = Speaker("", None, "group"), None
        content = Span(q.start(1), q.end(1), q.group(1))
        out.append(Position(speaker, mention, Span(cue_start, cue_end, text[cue_start:cue_end]), "direct", content, 0))
    return out


# --- the run -----------------------------------------------------------------------------


def actor_finder(resources: object) -> Callable[[Document], list[Actor]]:
    """The real ActorFinder when it imports, else no actors (positions still run)."""
    try:
        from service.pipeline.actors import ActorFinder
    except ImportError:
        return lambda doc: []
    return ActorFinder(resources)  # type: ignore[arg-type]


def golds_of(art: dict[str, object], quotes: Sequence[dict[str, Any]] | None = None) -> list[Gold]:
    """The article's ``quotes`` (or the given ones, e.g. an alternative annotator's) as Gold."""
    text = str(art["text"])
    out = []
    for q in art["quotes"] if quotes is None else quotes:  # type: ignore[attr-defined]
        spans = q["content_spans"]
        pieces = [text[s:e] for s, e in spans]
        out.append(
            Gold(
                content=[w for piece in pieces for w in words(piece)],
                direct=bool(q["direct"]),
                speaker=q["speaker"] or "",
                speaker_spans=[(s, e) for s, e in q["speaker_spans"]],
                cue=" ".join(text[s:e] for s, e in q["cue_spans"]).lower() or "(none)",
                start=spans[0][0] if spans else 0,
                text=" … ".join(pieces),
                quoted=quoted_content(pieces, bool(q["direct"])),
            )
        )
    return out


def mention_kind(pos: Position) -> str:
    m = pos.speaker_mention
    if m is None:
        return "none"
    if m.text.lower() in ("he", "she", "they", "it", "we", "i", "you"):
        return "pronoun"
    if pos.speaker.type == "group":
        return "group"
    if m.text[:1].islower():
        return "role"
    return "name"


def tally(t: Tally, preds: Sequence[Prediction], golds: Sequence[Gold]) -> tuple[list[tuple[int, int]], list[bool]]:
    """Adds one article's subset to ``t``; returns the matched pairs and whether each speaker is right."""
    t.predicted += len(preds)
    t.gold += len(golds)
    pairs = match(preds, golds)
    t.matched += len(pairs)
    right = [speaker_right(preds[i], golds[j]) for i, j in pairs]
    t.speaker_ok += sum(right)
    return pairs, right


def score_annotator(tallies: dict[str, Tally], alt: Sequence[Gold], golds: Sequence[Gold]) -> None:
    """Scores another annotator's attributions of an article as predictions against its gold."""
    for name, keep_p, keep_g in SUBSETS:
        tally(tallies[name], [p for p in alt if keep_p(p)], [g for g in golds if keep_g(g)])


def score(
    tallies: dict[str, Tally],
    preds: Sequence[Position],
    golds: Sequence[Gold],
    breakdown: Breakdown | None = None,
    dump: list[dict[str, object]] | None = None,
    article_id: str = "",
) -> None:
    for name, keep_p, keep_g in SUBSETS:
        ps = [p for p in preds if keep_p(p)]
        gs = [g for g in golds if keep_g(g)]
        pairs, right = tally(tallies[name], ps, gs)
        if name != "all" or (breakdown is None and dump is None):
            continue
        hit_p = {i for i, _ in pairs}
        hit_g = {j for _, j in pairs}
        if breakdown is not None:
            for j, g in enumerate(gs):
                kind = "direct" if g.direct else "indirect"
                breakdown.gold_by_cue[g.cue] += 1
                breakdown.gold_by_kind[kind] += 1
                if j not in hit_g:
                    breakdown.missed_by_cue[g.cue] += 1
                    breakdown.missed_by_kind[kind] += 1
            for i, p in enumerate(ps):
                cue = p.cue.text.lower()
                breakdown.pred_by_cue[cue] += 1
                if i not in hit_p:
                    breakdown.false_by_cue[cue] += 1
            for (i, _j), ok in zip(pairs, right, strict=True):
                kind = mention_kind(ps[i])
                breakdown.matched_by_mention[kind] += 1
                if not ok:
                    breakdown.wrong_speaker_by_mention[kind] += 1
        if dump is not None:
            for j, g in enumerate(gs):
                if j not in hit_g:
                    dump.append(
                        {"id": article_id, "type": "missed", "cue": g.cue, "speaker": g.speaker, "text": g.text}
                    )
            for i, p in enumerate(ps):
                if i not in hit_p:
                    dump.append(
                        {"id": article_id, "type": "false", "cue": p.cue.text, "speaker": p.speaker.name,
                         "text": p.content.text}
                    )  # fmt: skip
            for (i, j), ok in zip(pairs, right, strict=True):
                if not ok:
                    p, g = ps[i], gs[j]
                    dump.append(
                        {"id": article_id, "type": "speaker", "cue": p.cue.text, "gold": g.speaker,
                         "mention": p.speaker_mention.text if p.speaker_mention else None,
                         "speaker": p.speaker.name, "text": p.content.text}
                    )  # fmt: skip


def header(title: str, width: int = 18) -> None:
    print(title)
    print(f"{'subset':<{width}} {'pred':>6} {'gold':>6} {'matched':>7} {'P':>6} {'R':>6} {'F1':>6} {'spk_acc':>8}")


def top(counter: Counter[str], total: Counter[str], n: int) -> Iterable[str]:
    for key, count in counter.most_common(n):
        yield f"  {key!r:<28} {count:>5} of {total[key]:>5}"


def print_breakdown(b: Breakdown) -> None:
    print("\nmissed gold by kind:")
    for kind in ("direct", "indirect"):
        print(f"  {kind:<28} {b.missed_by_kind[kind]:>5} of {b.gold_by_kind[kind]:>5}")
    lexicon = CueLexicon()
    listed = sum(n for cue, n in b.missed_by_cue.items() if any(w in lexicon for w in words(cue)))
    total = sum(b.missed_by_cue.values())
    print(f"  {'cue in cues.tsv':<28} {listed:>5} of {total:>5} missed (the rest: cues not listed)")
    print("missed gold by cue (top 25):")
    print("\n".join(top(b.missed_by_cue, b.gold_by_cue, 25)))
    print("false positives by cue (top 15):")
    print("\n".join(top(b.false_by_cue, b.pred_by_cue, 15)))
    print("wrong speakers by mention kind:")
    print("\n".join(top(b.wrong_speaker_by_mention, b.matched_by_mention, 6)))


def agreement(
    names: Sequence[str],
    lines: Sequence[str],
    analyze: Callable[[str], Document],
    find_actors: Callable[[Document], list[Actor]],
    find_positions: Callable[[Document, list[Actor]], list[Position]],
) -> None:
    """Prints the annotators' agreement with the main gold beside brief on the same articles."""
    annotators = new_tallies()
    ours = new_tallies()
    articles = sets = 0
    ids: set[str] = set()
    for line in lines:
        art = json.loads(line)
        alt = art.get("alt_annotations") or {}
        if not alt:
            continue
        articles += 1
        golds = golds_of(art)
        for annotator, quotes in alt.items():
            sets += 1
            ids.add(annotator)
            score_annotator(annotators, golds_of(art, quotes), golds)
        doc = analyze(art["text"])
        score(ours, find_positions(doc, find_actors(doc)), golds)
    source = " + ".join(names)
    print(f"\nhuman agreement on {articles} alt-annotated articles of {source}")
    if not articles:
        return
    header(f"({sets} annotator sets from {len(ids)} annotators; their rows count the gold once per set)", 28)
    for name, _, _ in SUBSETS:
        print(annotators[name].row(f"annotators {name}", 28))
        print(ours[name].row(f"brief, same articles {name}", 28))


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", choices=sorted(SPLITS), default="dev")
    parser.add_argument("--path", type=Path, help="another file in PolNeAR's format (overrides --split)")
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles")
    parser.add_argument("--ablate", action="store_true", help="also score without each cue family")
    parser.add_argument("--dump", type=Path, help="write misses, false positives and wrong speakers (JSON lines)")
    parser.add_argument(
        "--agreement",
        choices=("both", "split"),
        default="both",
        help="human agreement on the alt-annotated articles of dev and train (both) or of the scored file (split)",
    )
    args = parser.parse_args(argv)
    path: Path = args.path or SPLITS[args.split]

    resources = load()
    analyze = DocumentAnalyzer(
        resources.splitter, resources.tagger, given_names=resources.given_names, common_words=resources.english_words
    )
    find_actors = actor_finder(resources)
    find_positions = PositionFinder(resources)
    lines = path.read_text(encoding="utf-8").splitlines()
    if args.limit:
        lines = lines[: args.limit]
    ours = new_tallies()
    base = new_tallies()
    breakdown = Breakdown()
    dump: list[dict[str, object]] | None = [] if args.dump else None
    prepared: list[tuple[Document, list[Actor], list[Gold]]] = []
    spent = 0.0
    for line in lines:
        art = json.loads(line)
        text = art["text"]
        doc = analyze(text)
        actors = find_actors(doc)
        golds = golds_of(art)
        start = time.perf_counter()
        preds = find_positions(doc, actors)
        spent += time.perf_counter() - start
        score(ours, preds, golds, breakdown, dump, str(art["id"]))
        score(base, baseline_positions(text), golds)
        if args.ablate:
            prepared.append((doc, actors, golds))
    n = len(lines)
    print(f"{path.name}: {n} articles, positions stage {1000 * spent / max(n, 1):.2f} ms/article")
    header("")
    for name, _, _ in SUBSETS:
        print(ours[name].row(f"brief {name}"))
        print(base[name].row(f"baseline {name}"))
    if args.agreement == "split":
        agreement([path.name], lines, analyze, find_actors, find_positions)
    else:
        both = [line for split in sorted(SPLITS) for line in SPLITS[split].read_text(encoding="utf-8").splitlines()]
        agreement([SPLITS[split].name for split in sorted(SPLITS)], both, analyze, find_actors, find_positions)
    print_breakdown(breakdown)
    if dump is not None:
        args.dump.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in dump), encoding="utf-8")
    if args.ablate:
        header("\nwithout each cue family (all attributions):")
        for family in cue_families():
            finder = PositionFinder(resources, CueLexicon(exclude_families={family}))
            tallies = new_tallies()
            for doc, actors, golds in prepared:
                score(tallies, finder(doc, actors), golds)
            print(tallies["all"].row(f"-{family}"))


if __name__ == "__main__":
    main()
