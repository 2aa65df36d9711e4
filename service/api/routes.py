"""HTTP routes. Handlers are plain ``def`` so FastAPI runs the CPU-bound pipeline in its
thread pool and the event loop stays free for health checks."""

from __future__ import annotations

import functools
import time
from collections.abc import Callable
from typing import Annotated, Any, TypeVar

import anyio
import anyio.to_thread
from fastapi import APIRouter, Body, Depends, Path, Query, Request

from service import __version__
from service.corpus.store import SEED_ID_PATTERN, Seed, SeedStore
from service.pipeline.analysis import Analysis, AnalysisOptions, DeadlineExceededError, Part, Pipeline
from service.pipeline.html_input import HtmlExtractor, decode_html
from service.pipeline.stances import ArticlePositions, group_stances
from service.pipeline.summary import DEFAULT_ALGORITHM, Algorithm
from service.settings import Settings

from .models import (
    EXAMPLE_HTML,
    EXAMPLE_SEED_ID,
    EXAMPLE_TEXT,
    AnalyzeRequest,
    AnalyzeResponse,
    BatchRequest,
    BatchResponse,
    BatchResult,
    Health,
    SeedDetail,
    SeedSummary,
    StancesResponse,
    SummaryOptions,
    analysis_response,
    stances_response,
)
from .observability import record_stage_timings
from .problems import ProblemError, problem_responses


async def get_pipeline(request: Request) -> Pipeline:
    pipeline: Pipeline | None = getattr(request.app.state, "pipeline", None)
    if pipeline is None:  # only reachable if start-up was bypassed
        raise ProblemError(503, "The analysis pipeline is not loaded.")
    return pipeline


async def get_store(request: Request) -> SeedStore:
    store: SeedStore = request.app.state.seeds
    return store


async def get_app_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


async def require_json(request: Request) -> None:
    """415 for bodies that are not JSON, before any parsing is attempted."""
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media != "application/json" and not media.endswith("+json"):
        raise ProblemError(415, f"Send the body as application/json (got {media or 'no content type'}).", field="body")


async def get_limiter(request: Request) -> anyio.CapacityLimiter:
    """Analyses per worker that run at once (BRIEF_ANALYSIS_THREADS), set up at start-up.

    The pipeline is CPU-bound and holds the GIL, so more threads add no throughput, only
    latency for everyone, health checks included; excess requests wait here instead.
    """
    limiter: anyio.CapacityLimiter | None = getattr(request.app.state, "analysis_limiter", None)
    return limiter or anyio.to_thread.current_default_thread_limiter()


async def _offload(limiter: anyio.CapacityLimiter, work: Callable[..., T], *args: Any) -> T:
    """Run CPU-bound work off the event loop, so health checks answer while analyses run."""
    return await anyio.to_thread.run_sync(functools.partial(work, *args), limiter=limiter)


PipelineDep = Annotated[Pipeline, Depends(get_pipeline)]
LimiterDep = Annotated[anyio.CapacityLimiter, Depends(get_limiter)]
StoreDep = Annotated[SeedStore, Depends(get_store)]
SettingsDep = Annotated[Settings, Depends(get_app_settings)]
# `openapi_examples` (not schema examples) is what the docs page prefills in "Try it out".
SeedIdPath = Annotated[
    str,
    Path(
        pattern=SEED_ID_PATTERN,
        description="Seed id (see `GET /v1/seeds`).",
        openapi_examples={"seed": {"summary": "A bundled seed article", "value": EXAMPLE_SEED_ID}},
    ),
]
AnalyzeBody = Annotated[
    AnalyzeRequest,
    Body(
        openapi_examples={
            "seed": {"summary": "A bundled seed article", "value": {"seed_id": EXAMPLE_SEED_ID}},
            "text": {
                "summary": "Your own text, one-sentence summary",
                "value": {"text": EXAMPLE_TEXT, "summary": {"algorithm": "textrank", "sentences": 1}},
            },
            "html": {
                "summary": "A web page (the article is extracted first)",
                "value": {"text": EXAMPLE_HTML, "format": "html"},
            },
        }
    ),
]
BatchBody = Annotated[
    BatchRequest,
    Body(
        openapi_examples={
            "mixed": {
                "summary": "A seed and a text",
                "value": {"items": [{"seed_id": EXAMPLE_SEED_ID}, {"text": EXAMPLE_TEXT}], "include": ["summary"]},
            }
        }
    ),
]

# Query-string forms of the request options (GET /v1/seeds/{id}/analysis, POST /v1/analyze/html).
AlgorithmQuery = Annotated[Algorithm, Query(description="Sentence ranker.")]
SentencesQuery = Annotated[int | None, Query(ge=1, le=100, description="Number of summary sentences.")]
RatioQuery = Annotated[float | None, Query(gt=0, le=1, description="Share of body sentences.")]
WordsQuery = Annotated[int | None, Query(ge=1, le=100_000, description="Word budget.")]
IncludeQuery = Annotated[list[Part] | None, Query(description="Parts to compute (repeat the parameter).")]
_HTML_MEDIA_TYPES = ("text/html", "application/xhtml+xml")
# Longest page title taken as the headline (the same cap as the `title` field).
_MAX_TITLE_CHARS = 1000
_extract_html = HtmlExtractor()

T = TypeVar("T")
health = APIRouter(tags=["health"])
v1 = APIRouter(prefix="/v1")


@health.get("/healthz", summary="Liveness: the process answers")
async def healthz() -> Health:
    return Health(status="ok")


@health.get("/readyz", summary="Readiness: resources loaded, pipeline ready", responses=problem_responses(503))
async def readyz(_: PipelineDep) -> Health:
    return Health(status="ok")


def _seed_or_404(store: SeedStore, seed_id: str, field: str = "seed_id") -> Seed:
    seed = store.get(seed_id)
    if seed is None:
        raise ProblemError(404, f"No seed article with id {seed_id!r}.", field=field)
    return seed


def _seed_summary(seed: Seed) -> SeedSummary:
    return SeedSummary(
        id=seed.id, title=seed.title, source=seed.source, published=seed.published, word_count=seed.word_count
    )


@v1.get("/seeds", tags=["seeds"], summary="List the bundled seed articles")
async def list_seeds(store: StoreDep) -> list[SeedSummary]:
    return [_seed_summary(s) for s in store]


@v1.get(
    "/seeds/{seed_id}", tags=["seeds"], summary="One seed article with its text", responses=problem_responses(404, 422)
)
async def get_seed(seed_id: SeedIdPath, store: StoreDep) -> SeedDetail:
    seed = _seed_or_404(store, seed_id)
    return SeedDetail(**_seed_summary(seed).model_dump(), text=seed.text)


def _run(
    pipeline: Pipeline,
    text: str,
    title: str | None,
    options: AnalysisOptions,
    seed_id: str | None,
    budget_s: float | None = None,
    earlier_timings_ms: dict[str, float] | None = None,
) -> AnalyzeResponse:
    """One analysis; ``earlier_timings_ms`` are stages that ran before the pipeline (HTML extraction)."""
    text, text_fixed = _without_lone_surrogates(text)
    try:
        analysis: Analysis = pipeline(text, title, options, budget_s)
    except DeadlineExceededError as exc:
        raise ProblemError(
            503,
            f"The analysis took longer than {exc.budget_s:g} s (BRIEF_REQUEST_TIMEOUT_S); send a shorter text "
            "or fewer parts in `include`.",
            field="text",
        ) from exc
    if earlier_timings_ms:
        total = analysis.timings_ms.get("total", 0.0) + sum(earlier_timings_ms.values())
        analysis.timings_ms = {**earlier_timings_ms, **analysis.timings_ms, "total": round(total, 3)}
    record_stage_timings(analysis.timings_ms)
    response = analysis_response(analysis, options, seed_id, __version__)
    if text_fixed:
        response.warnings.append("unpaired surrogate code points were replaced by U+FFFD (offsets are unchanged)")
    return response


def _run_html(
    pipeline: Pipeline,
    html: str,
    title: str | None,
    options: AnalysisOptions,
    settings: Settings,
    field: str,
) -> AnalyzeResponse:
    """Extract the article from a page, then analyse it; offsets index the extracted text, which is returned."""
    started = time.perf_counter()
    html, html_fixed = _without_lone_surrogates(html)
    page = _extract_html(html)
    elapsed_s = time.perf_counter() - started
    if not page.text:
        raise ProblemError(
            422,
            "No article text was found in the HTML (navigation, adverts, cookie notices and comments are "
            "left out; an empty or script-only page has none).",
            field=field,
        )
    _check_text(page.text, settings, field=field)
    if elapsed_s >= settings.request_timeout_s:
        raise ProblemError(503, "Extracting the article took the whole time budget (BRIEF_REQUEST_TIMEOUT_S).")
    page_title = page.title if page.title and len(page.title) <= _MAX_TITLE_CHARS else None
    response = _run(
        pipeline,
        page.text,
        title or page_title,
        options,
        None,
        settings.request_timeout_s - elapsed_s,
        earlier_timings_ms={"html": round(elapsed_s * 1000, 3)},
    )
    response.document.text = page.text
    if html_fixed:
        response.warnings.append("unpaired surrogate code points in the HTML were replaced by U+FFFD")
    return response


def _without_lone_surrogates(value: str) -> tuple[str, bool]:
    """JSON may carry escaped lone surrogates (backslash-u d800) that no UTF-8 response can hold.

    (pydantic already refuses them in length-limited fields such as `title`, with a 422.)

    Each is replaced by U+FFFD, one code point for one, so every offset still points at
    the same place in the text the client sent.
    """
    try:
        value.encode("utf-8")
        return value, False
    except UnicodeEncodeError:
        return "".join("\ufffd" if "\ud800" <= ch <= "\udfff" else ch for ch in value), True


def _check_text(text: str, settings: Settings, field: str = "text") -> None:
    if len(text) > settings.max_text_chars:
        raise ProblemError(
            413,
            f"Text has {len(text):,} characters; the limit is {settings.max_text_chars:,} (BRIEF_MAX_TEXT_CHARS).",
            field=field,
            limit=settings.max_text_chars,
        )


def check_item_count(count: int, settings: Settings) -> None:
    """413 for a request with more articles than BRIEF_MAX_BATCH (batch analysis and multi-article summaries)."""
    if count > settings.max_batch:
        raise ProblemError(
            413,
            f"{count} items; the limit is {settings.max_batch} (BRIEF_MAX_BATCH).",
            field="items",
            limit=settings.max_batch,
        )


def resolve_item(
    index: int, text: str | None, seed_id: str | None, title: str | None, store: SeedStore, settings: Settings
) -> tuple[str, str | None, str | None]:
    """One item of a multi-article request as (text, title, seed id); errors name the item (`items.2.text`)."""
    if (text is None) == (seed_id is None):
        raise ProblemError(422, "give exactly one of text or seed_id", field=f"items.{index}")
    if seed_id is not None:
        seed = _seed_or_404(store, seed_id, field=f"items.{index}.seed_id")
        return seed.text, title or seed.title, seed.id
    assert text is not None
    _check_text(text, settings, field=f"items.{index}.text")
    return text, title, None


@v1.get(
    "/seeds/{seed_id}/analysis",
    tags=["analysis"],
    summary="Analyse a seed article (same options as POST /v1/analyze, as query parameters)",
    responses=problem_responses(404, 422, 503),
)
async def analyse_seed(
    seed_id: SeedIdPath,
    pipeline: PipelineDep,
    store: StoreDep,
    settings: SettingsDep,
    limiter: LimiterDep,
    algorithm: AlgorithmQuery = DEFAULT_ALGORITHM,
    sentences: SentencesQuery = None,
    ratio: RatioQuery = None,
    words: WordsQuery = None,
    include: IncludeQuery = None,
) -> AnalyzeResponse:
    return await _offload(
        limiter, _analyse_seed, seed_id, pipeline, store, settings, algorithm, sentences, ratio, words, include
    )


def _analyse_seed(
    seed_id: str,
    pipeline: Pipeline,
    store: SeedStore,
    settings: Settings,
    algorithm: Algorithm,
    sentences: int | None,
    ratio: float | None,
    words: int | None,
    include: list[Part] | None,
) -> AnalyzeResponse:
    seed = _seed_or_404(store, seed_id)
    summary = _summary_from_query(algorithm, sentences, ratio, words)
    return _run(pipeline, seed.text, seed.title, summary.to_options(include), seed.id, settings.request_timeout_s)


def _summary_from_query(
    algorithm: Algorithm, sentences: int | None, ratio: float | None, words: int | None
) -> SummaryOptions:
    try:
        return SummaryOptions(algorithm=algorithm, sentences=sentences, ratio=ratio, words=words)
    except ValueError as exc:
        raise ProblemError(422, "give at most one of sentences, ratio, words", field="sentences") from exc


_POST_ERRORS = problem_responses(400, 404, 413, 415, 422, 503)


@v1.post(
    "/analyze",
    tags=["analysis"],
    summary="Summary, actors and positions of one article",
    responses=_POST_ERRORS,
    dependencies=[Depends(require_json)],
)
async def analyze(
    body: AnalyzeBody, pipeline: PipelineDep, store: StoreDep, settings: SettingsDep, limiter: LimiterDep
) -> AnalyzeResponse:
    return await _offload(limiter, _analyze, body, pipeline, store, settings)


def _analyze(body: AnalyzeRequest, pipeline: Pipeline, store: SeedStore, settings: Settings) -> AnalyzeResponse:
    options = body.summary.to_options(body.include)
    if body.seed_id is not None:
        if body.format == "html":
            raise ProblemError(422, "format `html` applies to `text`; seed articles are plain text", field="format")
        seed = _seed_or_404(store, body.seed_id)
        return _run(pipeline, seed.text, body.title or seed.title, options, seed.id, settings.request_timeout_s)
    assert body.text is not None
    if body.format == "html":
        # The page itself is bounded by BRIEF_MAX_BODY_BYTES; the text limit applies to the extracted article.
        return _run_html(pipeline, body.text, body.title, options, settings, field="text")
    _check_text(body.text, settings)
    return _run(pipeline, body.text, body.title, options, None, settings.request_timeout_s)


@v1.post(
    "/analyze/html",
    tags=["analysis"],
    summary="Summary, actors and positions of a web page (the body is the HTML page itself)",
    description="Same analysis as `POST /v1/analyze` with `format: html`, for a raw `text/html` body "
    "(options as query parameters). The article body is extracted from the page, leaving out navigation, "
    "adverts, cookie notices and comments; it is returned as `document.text`, and every offset indexes it. "
    "The page's headline is the title unless `title` is given. The body counts against BRIEF_MAX_BODY_BYTES, "
    "the extracted text against BRIEF_MAX_TEXT_CHARS. No URL is ever fetched.",
    responses=problem_responses(413, 415, 422, 503),
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "text/html": {
                    "schema": {
                        "type": "string",
                        "description": "An HTML page (charset from Content-Type or the page).",
                    },
                    "examples": {"page": {"summary": "A small news page", "value": EXAMPLE_HTML}},
                }
            },
        }
    },
)
async def analyze_html(
    request: Request,
    pipeline: PipelineDep,
    settings: SettingsDep,
    limiter: LimiterDep,
    title: Annotated[
        str | None, Query(max_length=1000, description="Headline (default: the page's own headline).")
    ] = None,
    algorithm: AlgorithmQuery = DEFAULT_ALGORITHM,
    sentences: SentencesQuery = None,
    ratio: RatioQuery = None,
    words: WordsQuery = None,
    include: IncludeQuery = None,
) -> AnalyzeResponse:
    media_type, _, parameters = request.headers.get("content-type", "").partition(";")
    media_type = media_type.strip().lower()
    if media_type not in _HTML_MEDIA_TYPES:
        raise ProblemError(415, f"Send the page as text/html (got {media_type or 'no content type'}).", field="body")
    options = _summary_from_query(algorithm, sentences, ratio, words).to_options(include)
    body = await request.body()
    return await _offload(limiter, _analyze_html, body, _charset(parameters), title, options, pipeline, settings)


def _analyze_html(
    body: bytes,
    charset: str | None,
    title: str | None,
    options: AnalysisOptions,
    pipeline: Pipeline,
    settings: Settings,
) -> AnalyzeResponse:
    return _run_html(pipeline, decode_html(body, charset), title, options, settings, field="body")


def _charset(parameters: str) -> str | None:
    for parameter in parameters.split(";"):
        name, _, value = parameter.partition("=")
        if name.strip().lower() == "charset":
            return value.strip().strip('"') or None
    return None


@v1.post(
    "/analyze/batch",
    tags=["analysis"],
    summary="Analyse several articles; a bad item gets an error entry, not a failed batch",
    responses=_POST_ERRORS,
    dependencies=[Depends(require_json)],
)
async def analyze_batch(
    body: BatchBody, pipeline: PipelineDep, store: StoreDep, settings: SettingsDep, limiter: LimiterDep
) -> BatchResponse:
    return await _offload(limiter, _analyze_batch, body, pipeline, store, settings)


def _analyze_batch(body: BatchRequest, pipeline: Pipeline, store: SeedStore, settings: Settings) -> BatchResponse:
    check_item_count(len(body.items), settings)
    options = body.summary.to_options(body.include)
    started = time.perf_counter()
    results: list[BatchResult] = []
    for i, item in enumerate(body.items):
        try:
            text, title, seed_id = resolve_item(i, item.text, item.seed_id, item.title, store, settings)
            # One budget for the whole request: each item gets what the earlier ones left.
            remaining = settings.request_timeout_s - (time.perf_counter() - started)
            if remaining <= 0:
                raise ProblemError(503, "The batch ran out of its time budget (BRIEF_REQUEST_TIMEOUT_S).")
            results.append(
                BatchResult(index=i, ok=True, result=_run(pipeline, text, title, options, seed_id, remaining))
            )
        except ProblemError as exc:
            results.append(BatchResult(index=i, ok=False, error=exc.problem))
    return BatchResponse(results=results)


@v1.get(
    "/positions",
    tags=["analysis"],
    summary="Who stands where: positions grouped by actor across several seed articles",
    responses=problem_responses(404, 413, 422, 503),
)
async def positions_across_seeds(
    pipeline: PipelineDep,
    store: StoreDep,
    settings: SettingsDep,
    limiter: LimiterDep,
    seed_ids: Annotated[
        list[str],
        Query(
            min_length=1,
            description="Seed ids (repeat the parameter).",
            openapi_examples={
                "two": {"summary": "Two seed articles", "value": [EXAMPLE_SEED_ID, "001_400caf59efe26353"]}
            },
        ),
    ],
) -> StancesResponse:
    return await _offload(limiter, _positions_across_seeds, seed_ids, pipeline, store, settings)


def _positions_across_seeds(
    seed_ids: list[str], pipeline: Pipeline, store: SeedStore, settings: Settings
) -> StancesResponse:
    if len(seed_ids) > settings.max_batch:
        raise ProblemError(
            413,
            f"{len(seed_ids)} seed ids; the limit is {settings.max_batch} (BRIEF_MAX_BATCH).",
            field="seed_ids",
            limit=settings.max_batch,
        )
    options = AnalysisOptions(include=frozenset(("actors", "positions")))
    articles: list[ArticlePositions] = []
    for i, seed_id in enumerate(dict.fromkeys(seed_ids)):
        seed = _seed_or_404(store, seed_id, field=f"seed_ids.{i}")
        try:
            analysis = pipeline(seed.text, seed.title, options, settings.request_timeout_s)
        except DeadlineExceededError as exc:
            raise ProblemError(
                503, f"The analysis took longer than {exc.budget_s:g} s (BRIEF_REQUEST_TIMEOUT_S)."
            ) from exc
        record_stage_timings(analysis.timings_ms)
        articles.append(ArticlePositions(seed.id, seed.title, analysis.actors or [], analysis.positions or []))
    return stances_response([a.source_id for a in articles], group_stances(articles))
