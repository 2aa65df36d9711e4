"""``POST /v1/summarize``: one extractive summary of a story across several articles.

Each item (a text or a seed id) is analysed once by the pipeline's summary stage, whose
per-document term representation the digest (:mod:`service.pipeline.digest`) reuses, so no
text is tokenized or stemmed twice.
"""

from __future__ import annotations

import time
from typing import Annotated

from fastapi import APIRouter, Body, Depends
from pydantic import BaseModel, ConfigDict, Field, WithJsonSchema, field_validator

from service import __version__
from service.corpus.store import SeedStore
from service.pipeline.analysis import AnalysisOptions, DeadlineExceededError, Pipeline
from service.pipeline.digest import DigestSource, digest
from service.pipeline.summary import LengthBudget, summary_candidates
from service.settings import Settings

from .models import EXAMPLE_SEED_ID, BudgetOptions
from .problems import ProblemError, problem_responses
from .routes import (
    LimiterDep,
    PipelineDep,
    SettingsDep,
    StoreDep,
    _offload,
    _without_lone_surrogates,
    check_item_count,
    require_json,
    resolve_item,
)

summarize = APIRouter(prefix="/v1", tags=["analysis"])


class SummarizeItem(BaseModel):
    """One article: exactly one of `text` or `seed_id` (checked per item, so the error names the item)."""

    # The spec states "exactly one" (oneOf) so clients and fuzzers know it; both are strings to omit, not null.
    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"oneOf": [{"required": ["text"]}, {"required": ["seed_id"]}]}
    )

    text: Annotated[str | None, WithJsonSchema({"type": "string"})] = Field(None, description="Article text.")
    seed_id: Annotated[str | None, WithJsonSchema({"type": "string"})] = Field(
        None, description="Id of a bundled seed article.", examples=[EXAMPLE_SEED_ID]
    )
    title: str | None = Field(None, max_length=1000, description="Headline.")

    @field_validator("text", "seed_id", mode="before")
    @classmethod
    def _omitted_not_null(cls, value: object) -> object:
        if value is None:
            raise ValueError("omit the field rather than sending null")
        return value


class SummarizeRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [{"items": [{"seed_id": EXAMPLE_SEED_ID}, {"seed_id": "001_400caf59efe26353"}]}]
        },
    )

    items: list[SummarizeItem] = Field(
        min_length=1, description="The articles telling the story (at most the configured batch size)."
    )
    summary: BudgetOptions = Field(default_factory=BudgetOptions, description="Length of the summary.")


class SourceOut(BaseModel):
    index: int = Field(description="Position of the item in the request.")
    seed_id: str | None = Field(description="Seed id, when the item is a seed.")
    title: str | None = Field(description="Headline of the article.")
    candidates: int = Field(description="Sentences of the article that could stand in a summary.")


class OccurrenceOut(BaseModel):
    source: int = Field(description="Index of the source item in the request.")
    index: int = Field(description="Sentence number in that article (0-based, headline included).")
    start: int = Field(description="Offset where the sentence starts in that article's text.")
    end: int = Field(description="Offset just past it.")
    text: str = Field(description="The sentence verbatim, as that article words it.")


class DigestSentenceOut(BaseModel):
    text: str = Field(description="The sentence as its first source words it.")
    score: float = Field(description="News relevance (0-1) plus 1 per further source that carries it.")
    sources: list[OccurrenceOut] = Field(description="Every article the sentence (or a near-duplicate) stands in.")


class DigestMetaOut(BaseModel):
    version: str = Field(description="brief version.")
    candidates: int = Field(description="Sentences compared over all articles.")
    groups: int = Field(description="Distinct sentences after folding near-duplicates.")
    similarity: str = Field(description="`dense` (all pairs) or `windowed` (beyond 1,000 sentences in total).")
    timings_ms: dict[str, float] = Field(description="Wall time per stage, in milliseconds.")


class SummarizeResponse(BaseModel):
    sources: list[SourceOut] = Field(description="The articles, in request order.")
    sentences: list[DigestSentenceOut] = Field(description="The summary, in order of first appearance.")
    meta: DigestMetaOut = Field(description="Version, sizes and timings.")


SummarizeBody = Annotated[
    SummarizeRequest,
    Body(
        openapi_examples={
            "seeds": {
                "summary": "Two seed articles",
                "value": {"items": [{"seed_id": EXAMPLE_SEED_ID}, {"seed_id": "001_400caf59efe26353"}]},
            }
        }
    ),
]


@summarize.post(
    "/summarize",
    summary="One summary of a story across several articles, near-duplicate sentences folded",
    responses=problem_responses(400, 404, 413, 415, 422, 503),
    dependencies=[Depends(require_json)],
)
async def summarize_articles(
    body: SummarizeBody, pipeline: PipelineDep, store: StoreDep, settings: SettingsDep, limiter: LimiterDep
) -> SummarizeResponse:
    return await _offload(limiter, _summarize, body, pipeline, store, settings)


def _summarize(body: SummarizeRequest, pipeline: Pipeline, store: SeedStore, settings: Settings) -> SummarizeResponse:
    check_item_count(len(body.items), settings)
    texts: list[tuple[str, str | None, str | None]] = []
    for i, item in enumerate(body.items):
        text, title, seed_id = resolve_item(i, item.text, item.seed_id, item.title, store, settings)
        texts.append((_without_lone_surrogates(text)[0], title, seed_id))
    started = time.perf_counter()
    # The summary stage builds each article's term representation; one sentence is the cheapest budget.
    options = AnalysisOptions(algorithm="news", budget=LengthBudget(sentences=1), include=frozenset({"summary"}))
    sources: list[DigestSource] = []
    outs: list[SourceOut] = []
    for i, (text, title, seed_id) in enumerate(texts):
        remaining = settings.request_timeout_s - (time.perf_counter() - started)
        try:
            if remaining <= 0:
                raise DeadlineExceededError(f"item {i}", settings.request_timeout_s)
            analysis = pipeline(text, title, options, remaining)
        except DeadlineExceededError as exc:
            raise ProblemError(
                503, f"The analysis took longer than {settings.request_timeout_s:g} s (BRIEF_REQUEST_TIMEOUT_S)."
            ) from exc
        doc = analysis.document
        terms = analysis.terms if analysis.terms is not None else pipeline.summarize.terms(summary_candidates(doc))
        sources.append(DigestSource(doc, terms))
        outs.append(SourceOut(index=i, seed_id=seed_id, title=doc.title, candidates=terms.n))
    analysed = time.perf_counter()
    s = body.summary
    result = digest(sources, pipeline.summarize.relevance, s.to_budget())
    done = time.perf_counter()
    return SummarizeResponse(
        sources=outs,
        sentences=[
            DigestSentenceOut(
                text=d.text,
                score=d.score,
                sources=[
                    OccurrenceOut(source=o.source, index=o.index, start=o.start, end=o.end, text=o.text)
                    for o in d.occurrences
                ],
            )
            for d in result.sentences
        ],
        meta=DigestMetaOut(
            version=__version__,
            candidates=result.candidates,
            groups=result.groups,
            similarity=result.similarity,
            timings_ms={
                "analysis": round((analysed - started) * 1000, 3),
                "digest": round((done - analysed) * 1000, 3),
                "total": round((done - started) * 1000, 3),
            },
        ),
    )
