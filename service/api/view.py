"""The annotated article view: one self-contained HTML page per analysis.

The page is built from the JSON response a client would get, so it shows exactly what the
API says: summary sentences, actor mentions, quotes and who said them. Every offset in the
response is a character offset into the text as sent, so the text is cut at the union of all
span boundaries and each piece is escaped on its own; the marks are re-opened around each
piece in a fixed nesting order, which keeps the markup well formed whatever the spans do
(overlap, nest, or point past the end of a text they were not computed on).

The page loads nothing: inline CSS whose hash the Content-Security-Policy names, no script,
no fonts or images, so it works offline and input text can never become active content.
"""

from __future__ import annotations

import base64
import hashlib
import html
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from fastapi import APIRouter, Depends
from fastapi.responses import HTMLResponse

from service.corpus.store import SeedStore
from service.pipeline.analysis import Pipeline
from service.pipeline.summary import DEFAULT_ALGORITHM, Algorithm
from service.settings import Settings

from .models import ActorOut, AnalyzeRequest, AnalyzeResponse, PositionOut
from .problems import problem_responses
from .routes import (
    AlgorithmQuery,
    AnalyzeBody,
    LimiterDep,
    PipelineDep,
    SeedIdPath,
    SentencesQuery,
    SettingsDep,
    StoreDep,
    _analyse_seed,
    _analyze,
    _offload,
    _seed_or_404,
    _without_lone_surrogates,
    require_json,
)

ACTOR_TYPES = ("person", "organization", "location")

_CSS = """
:root{--ink:#1f2328;--muted:#5b636e;--line:#d8dee4;--paper:#fff;--bg:#f4f5f7;
--summary:#fff1a8;--person:#1d4ed8;--person-bg:#e0eaff;--organization:#7e22ce;--organization-bg:#f1e4ff;
--location:#0f766e;--location-bg:#d7f5ef;--quote:#b42318;--group:#6b7280}
*{box-sizing:border-box}
html{scroll-behavior:smooth}
body{margin:0;background:var(--bg);color:var(--ink);
font:16px/1.55 "DejaVu Sans","Helvetica Neue",Arial,sans-serif}
header.top{background:var(--paper);border-bottom:1px solid var(--line);padding:18px 28px 14px}
.brand{margin:0;font-size:12px;letter-spacing:.08em;text-transform:uppercase;color:var(--muted)}
h1{margin:4px 0 6px;font:700 26px/1.25 "DejaVu Serif",Georgia,serif}
.meta{margin:0 0 10px;color:var(--muted);font-size:14px}
.legend{display:flex;flex-wrap:wrap;gap:8px 18px;list-style:none;margin:0;padding:0;font-size:13px}
.legend li{display:flex;align-items:center;gap:6px}
.swatch{display:inline-block;padding:0 6px;border-radius:3px;line-height:1.5}
.layout{display:grid;grid-template-columns:minmax(0,1fr) 380px;gap:24px;padding:24px 28px;
max-width:1400px;margin:0 auto;align-items:start}
@media (max-width:960px){.layout{grid-template-columns:1fr}.panel{position:static;max-height:none}}
.card{background:var(--paper);border:1px solid var(--line);border-radius:8px;padding:18px 22px}
.summary-box{margin-bottom:20px}
.summary-box h2,.panel h2{margin:0 0 10px;font-size:15px;text-transform:uppercase;letter-spacing:.06em;
color:var(--muted)}
.summary-box ol{margin:0;padding-left:22px}
.summary-box li{margin:4px 0}
.summary-box a{color:inherit;text-decoration:none}
.summary-box a:hover{text-decoration:underline}
.article{white-space:pre-wrap;overflow-wrap:anywhere;font:17px/1.75 "DejaVu Serif",Georgia,serif}
mark.summary{background:var(--summary);color:inherit;border-radius:2px;box-shadow:0 0 0 1px #f5d742}
.actor{position:relative;border-bottom:2px solid;border-radius:2px;padding:0 1px;cursor:help}
.actor-person{background:var(--person-bg);border-color:var(--person);color:#0b2a7a}
.actor-organization{background:var(--organization-bg);border-color:var(--organization);color:#4a0f80}
.actor-location{background:var(--location-bg);border-color:var(--location);color:#064e48}
.actor.ref{background:transparent;border-bottom-style:dotted}
a.quote{color:inherit;text-decoration:underline 2px var(--quote);text-underline-offset:3px;position:relative}
.legend-quote{text-decoration:underline 2px var(--quote);text-underline-offset:3px}
a.quote:hover{background:#fde8e6}
a.quote.indirect{text-decoration-style:dashed}
.cue{font-style:italic;color:var(--quote);font-weight:600}
.source{outline:1px dashed var(--group);outline-offset:1px;border-radius:2px}
.dropped{color:#9aa1a9;text-decoration:line-through;text-decoration-color:#c9ced4;position:relative}
[data-tip]:hover::after{content:attr(data-tip);position:absolute;left:0;top:calc(100% + 4px);z-index:20;
min-width:200px;max-width:360px;width:max-content;white-space:pre-line;pointer-events:none;
background:#1f2328;color:#fff;font:13px/1.4 "DejaVu Sans",Arial,sans-serif;font-style:normal;font-weight:400;
padding:6px 9px;border-radius:6px;box-shadow:0 4px 14px rgba(0,0,0,.25)}
a.quote[data-tip]:hover::after{top:auto;bottom:calc(100% + 4px);background:#7a1a12}
.panel{position:sticky;top:16px;max-height:calc(100vh - 32px);overflow:auto;padding:16px 18px}
.panel section+section{margin-top:22px}
.speaker{border-left:4px solid var(--group);padding:6px 0 6px 12px;margin:0 0 14px;border-radius:2px}
.speaker:target{background:#fff8d6}
.speaker.t-person{border-color:var(--person)}
.speaker.t-organization{border-color:var(--organization)}
.speaker.t-location{border-color:var(--location)}
.speaker h3{margin:0;font-size:15px}
.speaker .who{margin:0 0 4px;color:var(--muted);font-size:12.5px}
.statements{list-style:none;margin:0;padding:0}
.statements li{margin:6px 0;font-size:14px;line-height:1.45}
.statements a{color:inherit;text-decoration:none}
.statements a:hover .content{text-decoration:underline}
.statements .cue{margin-right:4px}
.kind{display:inline-block;margin-left:4px;padding:0 5px;border-radius:8px;background:#eef0f3;color:var(--muted);
font-size:11px;vertical-align:1px}
.actors{list-style:none;margin:0;padding:0;font-size:14px}
.actors li{margin:5px 0}
.dot{display:inline-block;width:9px;height:9px;border-radius:50%;margin-right:6px;background:var(--group)}
.dot.t-person{background:var(--person)}
.dot.t-organization{background:var(--organization)}
.dot.t-location{background:var(--location)}
.muted{color:var(--muted)}
.empty{color:var(--muted);font-style:italic;margin:0}
.warnings{max-width:1400px;margin:0 auto;padding:0 28px 24px;color:var(--muted);font-size:13px}
""".strip()
_CSS_HASH = base64.b64encode(hashlib.sha256(_CSS.encode("utf-8")).digest()).decode("ascii")

# Nothing may load or run: the only thing allowed is the page's own stylesheet (by hash).
CONTENT_SECURITY_POLICY = (
    f"default-src 'none'; style-src 'sha256-{_CSS_HASH}'; img-src 'none'; script-src 'none'; "
    "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
VIEW_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}

# Outermost first: a summary sentence contains quotes, a quote contains names.
_LAYER_DROPPED, _LAYER_SUMMARY, _LAYER_QUOTE, _LAYER_ATTRIBUTION, _LAYER_MENTION = range(5)
_KIND_LABELS = {"direct": "direct quote", "indirect": "reported speech", "mixed": "reported, with quoted words"}
_UNSAFE_ID_CHARS = re.compile(r"[^A-Za-z0-9_-]")


@dataclass(frozen=True, eq=False)
class _Mark:
    """One span to wrap in an element. Compared by identity: two marks may share every field."""

    start: int
    end: int
    layer: int
    tag: str
    attrs: tuple[tuple[str, str], ...]
    anchor: str | None = None  # the `id` of the first piece (split marks get it once)

    def open_tag(self, first_piece: bool) -> str:
        attrs = list(self.attrs)
        if first_piece and self.anchor:
            attrs.insert(0, ("id", self.anchor))
        rendered = "".join(f' {name}="{html.escape(value, quote=True)}"' for name, value in attrs)
        return f"<{self.tag}{rendered}>"


def _anchor_token(value: str) -> str:
    """Ids come from the analysis, but they end up in `id` and `href`: keep them to a safe alphabet."""
    return _UNSAFE_ID_CHARS.sub("_", value) or "_"


def _speaker_key(position: PositionOut) -> str:
    if position.speaker.actor_id is not None:
        return "speaker-" + _anchor_token(position.speaker.actor_id)
    return "speaker-group-" + _anchor_token(position.speaker.name.lower())


def _actor_tip(actor: ActorOut, mention_kind: str | None = None) -> str:
    lines = [f"{actor.name} · {actor.type}"]
    if actor.roles:
        lines.append("role: " + "; ".join(actor.roles))
    if actor.affiliation:
        lines.append("affiliation: " + actor.affiliation)
    if mention_kind not in (None, "name", "alias", "acronym"):
        lines.append(f"({mention_kind})")
    return "\n".join(lines)


def _marks(result: AnalyzeResponse) -> list[_Mark]:
    marks: list[_Mark] = []
    for dropped in result.document.dropped:
        tip = f"left out of the analysis: {dropped.reason}"
        marks.append(
            _Mark(dropped.start, dropped.end, _LAYER_DROPPED, "span", (("class", "dropped"), ("data-tip", tip)))
        )
    if result.summary is not None:
        for rank, sentence in enumerate(sorted(result.summary.sentences, key=lambda s: -s.score), start=1):
            attrs = (("class", "summary"), ("data-rank", str(rank)))
            marks.append(_Mark(sentence.start, sentence.end, _LAYER_SUMMARY, "mark", attrs, f"s{sentence.index}"))
    actors = {a.id: a for a in result.actors or []}
    named = {a.id: {i for m in a.mentions for i in range(m.start, m.end)} for a in actors.values()}
    for i, position in enumerate(result.positions or []):
        speaker = actors.get(position.speaker.actor_id or "")
        said_by = speaker.name if speaker else position.speaker.name
        tip = f"{_KIND_LABELS[position.kind]} · {said_by} ({position.cue.text})\nclick for all their statements"
        quote_attrs = (
            ("class", f"quote {position.kind}"),
            ("href", "#" + _speaker_key(position)),
            ("data-tip", tip),
        )
        marks.append(_Mark(position.content.start, position.content.end, _LAYER_QUOTE, "a", quote_attrs, f"q{i}"))
        marks.append(
            _Mark(position.cue.start, position.cue.end, _LAYER_ATTRIBUTION, "span", (("class", "cue"),), f"cue{i}")
        )
        source = position.speaker_mention
        if source is None:
            continue
        if speaker is None:
            attrs = (("class", "source"), ("data-tip", f"{position.speaker.name} · unnamed source"))
            marks.append(_Mark(source.start, source.end, _LAYER_ATTRIBUTION, "span", attrs))
        elif named[speaker.id].isdisjoint(range(source.start, source.end)):
            # a reference the actor's mentions do not carry (often a pronoun): it still names the speaker
            marks.append(_mention_mark(speaker, source.start, source.end, "reference"))
    for actor in result.actors or []:
        marks.extend(_mention_mark(actor, m.start, m.end, m.kind) for m in actor.mentions)
    return marks


def _mention_mark(actor: ActorOut, start: int, end: int, kind: str) -> _Mark:
    classes = f"actor actor-{actor.type}" + (" ref" if kind in ("pronoun", "description", "reference") else "")
    attrs = (("class", classes), ("data-actor", actor.id), ("data-tip", _actor_tip(actor, kind)))
    return _Mark(start, end, _LAYER_MENTION, "span", attrs)


def _annotated_text(text: str, marks: Sequence[_Mark]) -> str:
    """Cut the text at every span boundary and wrap each piece in the marks covering it.

    One mark per layer covers a piece (the innermost, when two of a layer overlap), and layers
    nest in a fixed order; the open elements are kept on a stack and only the part of it that
    changes is closed and re-opened, so the markup stays well formed and marks split only
    where they cross another layer's boundary. A mark hidden under another of its layer still
    leaves its anchor, so links to it land.
    """
    size = len(text)
    valid = [m for m in marks if 0 <= m.start < m.end <= size]
    starts: dict[int, list[_Mark]] = {}
    ends: dict[int, list[_Mark]] = {}
    for m in valid:
        starts.setdefault(m.start, []).append(m)
        ends.setdefault(m.end, []).append(m)
    bounds = sorted({0, size, *starts, *ends})
    active: list[list[_Mark]] = [[] for _ in range(_LAYER_MENTION + 1)]
    stack: list[_Mark] = []
    opened: set[int] = set()
    out: list[str] = []
    for lo, hi in itertools.pairwise(bounds):
        for m in ends.get(lo, ()):
            active[m.layer].remove(m)
        for m in starts.get(lo, ()):
            active[m.layer].append(m)
        wanted = [min(layer, key=lambda m: (m.end - m.start, -m.start)) for layer in active if layer]
        keep = 0
        while keep < len(stack) and keep < len(wanted) and stack[keep] is wanted[keep]:
            keep += 1
        while len(stack) > keep:
            out.append(f"</{stack.pop().tag}>")
        for m in wanted[keep:]:
            out.append(m.open_tag(first_piece=id(m) not in opened))
            opened.add(id(m))
            stack.append(m)
        for m in starts.get(lo, ()):
            if m.anchor and id(m) not in opened:  # hidden under a mark of its layer: its link target stays
                out.append(f'<span id="{html.escape(m.anchor, quote=True)}"></span>')
                opened.add(id(m))
        out.append(html.escape(text[lo:hi], quote=True))
    out.extend(f"</{m.tag}>" for m in reversed(stack))
    return "".join(out)


def _speaker_panel(result: AnalyzeResponse) -> str:
    if result.positions is None:
        return '<p class="empty">Positions were not computed for this request.</p>'
    if not result.positions:
        return '<p class="empty">No attributed statements found.</p>'
    actors = {a.id: a for a in result.actors or []}
    groups: dict[str, list[tuple[int, PositionOut]]] = {}
    for i, p in enumerate(result.positions):
        groups.setdefault(_speaker_key(p), []).append((i, p))
    ordered = sorted(groups.items(), key=lambda item: (-len(item[1]), item[1][0][0]))
    parts: list[str] = []
    for key, statements in ordered:
        first = statements[0][1]
        actor = actors.get(first.speaker.actor_id or "")
        name = actor.name if actor else first.speaker.name
        kind = actor.type if actor else first.speaker.type
        details: list[str] = [kind]
        if actor and actor.roles:
            details.append(", ".join(actor.roles))
        if actor and actor.affiliation:
            details.append(actor.affiliation)
        items = "".join(
            f'<li><a href="#q{i}"><span class="cue">{_e(p.cue.text)}</span>'
            f'<span class="content">{_statement_text(p)}</span></a><span class="kind">{_e(p.kind)}</span></li>'
            for i, p in statements
        )
        parts.append(
            f'<div class="speaker t-{_e(kind)}" id="{_e(key)}"><h3>{_e(name)}</h3>'
            f'<p class="who">{_e(" · ".join(details))} · {len(statements)} '
            f"statement{'s' if len(statements) != 1 else ''}</p>"
            f'<ul class="statements">{items}</ul></div>'
        )
    return "".join(parts)


def _statement_text(position: PositionOut) -> str:
    """Direct quotes read as quotes; reported speech is the writer's words, so no quote marks. The
    narrator's words between the parts of a split statement ("she said") are left out."""
    pieces = [_e(part.text) for part in position.content_parts] or [_e(position.content.text)]
    return " … ".join(f"“{piece}”" if position.kind == "direct" else piece for piece in pieces)


def _actor_list(result: AnalyzeResponse) -> str:
    if result.actors is None:
        return '<p class="empty">Actors were not computed for this request.</p>'
    if not result.actors:
        return '<p class="empty">No named actors found.</p>'
    items = []
    for a in result.actors:
        extra = [", ".join(a.roles)] if a.roles else []
        if a.affiliation:
            extra.append(a.affiliation)
        note = f' <span class="muted">{_e(" · ".join(extra))}</span>' if extra else ""
        items.append(
            f'<li id="actor-{_e(_anchor_token(a.id))}"><span class="dot t-{_e(a.type)}"></span>{_e(a.name)}{note} '
            f'<span class="muted">({len(a.mentions)}×)</span></li>'
        )
    return f'<ul class="actors">{"".join(items)}</ul>'


def _summary_box(result: AnalyzeResponse) -> str:
    if result.summary is None:
        return ""
    if not result.summary.sentences:
        body = '<p class="empty">No summary sentence could be chosen.</p>'
    else:
        body = (
            "<ol>"
            + "".join(f'<li><a href="#s{s.index}">{_e(s.text)}</a></li>' for s in result.summary.sentences)
            + "</ol>"
        )
    return f'<section class="card summary-box" aria-label="Summary"><h2>Summary</h2>{body}</section>'


def _legend() -> str:
    entries = [
        ('<mark class="summary swatch">sentence</mark>', "summary"),
        *((f'<span class="actor actor-{t} swatch">{t}</span>', "") for t in ACTOR_TYPES),
        ('<span class="swatch legend-quote">quote</span>', "statement, linked to its speaker"),
        ('<span class="cue">said</span>', "cue"),
    ]
    return '<ul class="legend">' + "".join(f"<li>{sample}{_e(label)}</li>" for sample, label in entries) + "</ul>"


def _e(value: str) -> str:
    return html.escape(value, quote=True)


def render_article_view(result: AnalyzeResponse, text: str) -> str:
    """The whole page for one analysis of ``text`` (the text its offsets point into)."""
    title = result.document.title or "Untitled text"
    counts = [f"{result.document.word_count:,} words"]
    if result.document.id:
        counts.insert(0, f"seed {result.document.id}")
    if result.summary is not None:
        counts.append(f"summary: {len(result.summary.sentences)} sentences ({result.summary.algorithm})")
    if result.actors is not None:
        counts.append(f"{len(result.actors)} actors")
    if result.positions is not None:
        counts.append(f"{len(result.positions)} statements")
    warnings = (
        '<footer class="warnings">' + "".join(f"<p>Note: {_e(w)}</p>" for w in result.warnings) + "</footer>"
        if result.warnings
        else ""
    )
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta name="generator" content="brief {_e(result.meta.version)}">'
        f"<title>{_e(title)} · brief</title><style>{_CSS}</style></head><body>"
        '<header class="top"><p class="brand">brief · annotated article</p>'
        f'<h1>{_e(title)}</h1><p class="meta">{_e(" · ".join(counts))}</p>{_legend()}</header>'
        '<main class="layout"><div class="main-column">'
        f"{_summary_box(result)}"
        f'<article class="card article" id="article">{_annotated_text(text, _marks(result))}</article></div>'
        '<aside class="card panel">'
        f'<section id="who-said-what" aria-label="Who said what"><h2>Who said what</h2>{_speaker_panel(result)}'
        f'</section><section id="actors" aria-label="Actors"><h2>Actors</h2>{_actor_list(result)}</section>'
        f"</aside></main>{warnings}</body></html>\n"
    )


# ---------------------------------------------------------------- routes

view = APIRouter(prefix="/v1", tags=["view"])

_HTML_OK: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "A self-contained HTML page (inline CSS, no script, no external loads): the article with "
        "summary sentences highlighted, actor mentions coloured by type, statements linked to their speaker, "
        "and a who-said-what panel.",
        "content": {"text/html": {"schema": {"type": "string"}}},
    }
}


def _html(page: str) -> HTMLResponse:
    return HTMLResponse(page, headers=VIEW_HEADERS)


@view.get(
    "/seeds/{seed_id}/view",
    summary="Annotated HTML view of a seed article (ranker and summary length as query parameters)",
    response_class=HTMLResponse,
    responses={**_HTML_OK, **problem_responses(404, 422, 503)},
)
async def view_seed(
    seed_id: SeedIdPath,
    pipeline: PipelineDep,
    store: StoreDep,
    settings: SettingsDep,
    limiter: LimiterDep,
    algorithm: AlgorithmQuery = DEFAULT_ALGORITHM,
    sentences: SentencesQuery = None,
) -> HTMLResponse:
    return _html(await _offload(limiter, _view_seed, seed_id, pipeline, store, settings, algorithm, sentences))


def _view_seed(
    seed_id: str,
    pipeline: Pipeline,
    store: SeedStore,
    settings: Settings,
    algorithm: Algorithm,
    sentences: int | None,
) -> str:
    result = _analyse_seed(seed_id, pipeline, store, settings, algorithm, sentences, None, None, None)
    return render_article_view(result, _seed_or_404(store, seed_id).text)


@view.post(
    "/view",
    summary="Annotated HTML view of one article (same body as POST /v1/analyze)",
    response_class=HTMLResponse,
    responses={**_HTML_OK, **problem_responses(400, 404, 413, 415, 422, 503)},
    dependencies=[Depends(require_json)],
)
async def view_article(
    body: AnalyzeBody, pipeline: PipelineDep, store: StoreDep, settings: SettingsDep, limiter: LimiterDep
) -> HTMLResponse:
    return _html(await _offload(limiter, _view_article, body, pipeline, store, settings))


def _view_article(body: AnalyzeRequest, pipeline: Pipeline, store: SeedStore, settings: Settings) -> str:
    result = _analyze(body, pipeline, store, settings)
    if result.document.text is not None:  # HTML input: the offsets index the article extracted from the page
        text = result.document.text
    elif body.seed_id is not None:
        text = _seed_or_404(store, body.seed_id).text
    else:
        assert body.text is not None
        text, _ = _without_lone_surrogates(body.text)  # as analysed, so the page can be encoded
    return render_article_view(result, text)
