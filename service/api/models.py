"""Request and response models of the HTTP API, and their mapping from pipeline results."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, WithJsonSchema, field_validator, model_validator

from service.corpus.store import SEED_ID_PATTERN
from service.pipeline.analysis import ALL_PARTS, Analysis, AnalysisOptions, Part
from service.pipeline.results import Actor, Position
from service.pipeline.stances import ActorStance
from service.pipeline.summary import ALGORITHMS, DEFAULT_ALGORITHM, Algorithm, LengthBudget

from .problems import Problem

EXAMPLE_SEED_ID = "000_bebd00c6689278f5"
EXAMPLE_TEXT = (
    "Nato must prepare for the possibility that talks with Russia will fail, Secretary General "
    "Jens Stoltenberg has said. Mr Stoltenberg said the talks were a chance for Moscow to "
    "“demonstrate that it is serious”. “We regret that Russia has not taken steps to de-escalate,” he said."
)
_PARTS_DOC = "Which parts to compute: any of `summary`, `actors`, `positions` (default: all)."
EXAMPLE_HTML = (
    "<html><head><title>Ministers meet on trade | Example News</title></head><body>"
    '<nav><a href="/">Home</a> <a href="/world">World</a></nav>'
    '<div class="cookie-banner">We use cookies. <button>Accept</button></div>'
    "<article><h1>Ministers meet on trade</h1>"
    "<p>The trade ministers of France and Germany met in Paris on Monday to discuss new tariffs.</p>"
    "<p>French Finance Minister Marie Dupont said the talks had been \u201cfrank and useful\u201d.</p></article>"
    '<section class="comments"><p>First! Great article.</p></section></body></html>'
)
InputFormat = Literal["text", "html"]


class BudgetOptions(BaseModel):
    """Length budget: at most one of `sentences`, `ratio`, `words` (default: 3 sentences)."""

    # The spec states the "at most one budget" rule too, so generated clients and fuzzers know it.
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "not": {
                "anyOf": [
                    {"required": [a, b], "properties": {a: {"not": {"type": "null"}}, b: {"not": {"type": "null"}}}}
                    for a, b in (("sentences", "ratio"), ("sentences", "words"), ("ratio", "words"))
                ]
            }
        },
    )

    sentences: int | None = Field(None, ge=1, le=100, description="Number of sentences.", examples=[3])
    ratio: float | None = Field(None, gt=0, le=1, description="Share of the candidate sentences, 0-1.", examples=[0.2])
    words: int | None = Field(None, ge=1, le=100_000, description="Word budget; never exceeded.", examples=[80])

    @field_validator("sentences", "ratio", "words", mode="before")
    @classmethod
    def _not_a_boolean(cls, value: object) -> object:
        # pydantic would read `true` as 1; the spec says number, and 34.0 stays a valid integer.
        if isinstance(value, bool):
            raise ValueError("must be a number, not a boolean")
        return value

    @model_validator(mode="after")
    def _one_budget(self) -> BudgetOptions:
        if sum(v is not None for v in (self.sentences, self.ratio, self.words)) > 1:
            raise ValueError("give at most one of sentences, ratio, words")
        return self

    def to_budget(self) -> LengthBudget:
        return LengthBudget(self.sentences, self.ratio, self.words)


class SummaryOptions(BudgetOptions):
    """Ranker and length budget. Give at most one of `sentences`, `ratio`, `words` (default: 3 sentences)."""

    algorithm: Algorithm = Field(
        DEFAULT_ALGORITHM,
        description=f"Sentence ranker: one of {', '.join(ALGORITHMS)} (default: {DEFAULT_ALGORITHM}). `news` is "
        "built for news: centrality, position, length and headline overlap, no near-duplicates, and no "
        '"He said ..." or "But ..." without what it points back to. `lead` takes the first sentences.',
    )

    def to_options(self, include: list[Part] | None) -> AnalysisOptions:
        return AnalysisOptions(
            algorithm=self.algorithm,
            budget=self.to_budget(),
            include=frozenset(include) if include is not None else ALL_PARTS,
        )


class AnalyzeRequest(BaseModel):
    """One article: exactly one of `text` or `seed_id`."""

    # The spec states "exactly one of text or seed_id" (oneOf), so clients and fuzzers know it;
    # both are documented as strings to omit rather than send as null.
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [{"seed_id": EXAMPLE_SEED_ID}, {"text": EXAMPLE_TEXT, "summary": {"sentences": 1}}],
            "oneOf": [{"required": ["text"]}, {"required": ["seed_id"]}],
        },
    )

    text: Annotated[str | None, WithJsonSchema({"type": "string"})] = Field(
        None,
        description="Article text (plain text; paragraphs separated by line breaks), or with `format: html` "
        "a web page, from which the article body is extracted.",
    )
    format: InputFormat = Field(
        "text",
        description="`text`: `text` is the article. `html`: `text` is an HTML page; its article body is "
        "extracted (navigation, adverts, cookie notices and comments left out), analysed, and returned as "
        "`document.text`, which the offsets index; the page's headline is the title unless `title` is given. "
        "The extracted text must be within BRIEF_MAX_TEXT_CHARS.",
    )
    seed_id: Annotated[str | None, WithJsonSchema({"type": "string", "pattern": SEED_ID_PATTERN})] = Field(
        None, pattern=SEED_ID_PATTERN, description="Id of a bundled seed article.", examples=[EXAMPLE_SEED_ID]
    )
    title: str | None = Field(
        None,
        max_length=1000,
        description="Headline. If it appears as a line of the text, that line is not a body sentence.",
    )
    summary: SummaryOptions = Field(default_factory=SummaryOptions, description="Ranker and length of the summary.")
    include: list[Part] | None = Field(None, description=_PARTS_DOC, examples=[["summary", "actors", "positions"]])

    @field_validator("text", "seed_id", mode="before")
    @classmethod
    def _omitted_not_null(cls, value: object) -> object:
        if value is None:
            raise ValueError("omit the field rather than sending null")
        return value

    @model_validator(mode="after")
    def _exactly_one_source(self) -> AnalyzeRequest:
        if (self.text is None) == (self.seed_id is None):
            raise ValueError("give exactly one of text or seed_id")
        return self


class BatchItem(BaseModel):
    """One batch entry. Checked item by item, so one bad entry fails alone."""

    model_config = ConfigDict(extra="forbid")

    text: str | None = Field(None, description="Article text.")
    seed_id: str | None = Field(None, description="Id of a bundled seed article.", examples=[EXAMPLE_SEED_ID])
    title: str | None = Field(None, max_length=1000, description="Headline.")


class BatchRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"items": [{"seed_id": EXAMPLE_SEED_ID}, {"text": EXAMPLE_TEXT}]}]},
    )

    items: list[BatchItem] = Field(description="Articles to analyse (at most the configured batch size).", min_length=1)
    summary: SummaryOptions = Field(default_factory=SummaryOptions, description="Summary options for every item.")
    include: list[Part] | None = Field(None, description=_PARTS_DOC)


# ---------------------------------------------------------------- responses


class SpanOut(BaseModel):
    start: int = Field(description="Character offset where the span starts in the article text.")
    end: int = Field(description="Character offset just past the span.")
    text: str = Field(description="The span verbatim: `article[start:end]`.")


class MentionOut(SpanOut):
    kind: Literal["name", "alias", "acronym", "metonym", "description", "pronoun"] = Field(
        description="How the actor is named here; `description` and `pronoun` are references, not names."
    )


class SummarySentenceOut(SpanOut):
    index: int = Field(description="Sentence number in the document (0-based, headline included).")
    score: float = Field(description="The ranker's score (scale depends on the algorithm).")


class SummaryOut(BaseModel):
    algorithm: Algorithm = Field(description="Ranker used.")
    sentences: list[SummarySentenceOut] = Field(description="Chosen sentences, in article order.")


class ActorOut(BaseModel):
    id: str = Field(description="Id of the actor within this response.", examples=["a1"])
    name: str = Field(description="Fullest proper name in the text.", examples=["Jens Stoltenberg"])
    type: Literal["person", "organization", "location"] = Field(
        description="Countries and cities are `location` even when they act (`Russia said`)."
    )
    aliases: list[str] = Field(description="Other forms the text uses.", examples=[["Stoltenberg", "Mr Stoltenberg"]])
    roles: list[str] = Field(
        description="Titles and functions found next to the name.", examples=[["Secretary General"]]
    )
    affiliation: str | None = Field(
        None, description="Organisation or country a role belongs to, when the text says it.", examples=["NATO"]
    )
    mentions: list[MentionOut] = Field(description="Every place the text names or refers to the actor.")
    salience: float = Field(ge=0, le=1, description="Prominence in the story, 0-1.")


class SpeakerOut(BaseModel):
    actor_id: str | None = Field(description="Id of the actor in `actors`, or null for unnamed groups.")
    name: str = Field(description="The actor's name, or the group as written (`diplomats`).")
    type: Literal["person", "organization", "location", "group"] = Field(
        description="`group` for unnamed sources (`diplomats`, `officials`)."
    )


class PositionOut(BaseModel):
    speaker: SpeakerOut = Field(description="Who the statement is attributed to.")
    speaker_mention: SpanOut | None = Field(
        description="The words naming the source, as written (`he`, `Mr Stoltenberg`)."
    )
    cue: SpanOut = Field(description="The verb or phrase introducing the statement (`said`, `according to`).")
    kind: Literal["direct", "indirect", "mixed"] = Field(
        description="`direct` quote, `indirect` (reported) speech, or `mixed` (reported with quoted words)."
    )
    content: SpanOut = Field(description="What was said, without outer quote marks.")
    content_parts: list[SpanOut] = Field(
        description="The pieces of `content` without the narrator's words between them: `“A,” she said. “B.”` "
        "gives A and B. One piece, equal to `content`, when the statement is not split."
    )
    sentence_index: int = Field(description="Sentence where the content starts.")
    no_comment: bool = Field(
        default=False,
        description="True when the statement is a refusal to comment (`declined to comment`, `did not respond to a "
        "request for comment`, `would not say how many ...`, `“No comment”`): reported as a statement, as news "
        "annotation counts it; filter these out to keep only stances.",
    )


class DroppedOut(BaseModel):
    start: int = Field(description="Offset where the dropped line range starts in the text as sent.")
    end: int = Field(description="Offset just past it.")
    reason: str = Field(
        description="Why it was left out: donation-appeal, comment-widget, translation-notice, audio-widget, "
        "photo-credit, caption, updated-line, author-box, byline, editor-note (disclaimers, amendment and update "
        "notes), teaser, share-widget, stray-line, subheading, preamble (page chrome above the headline).",
        examples=["photo-credit"],
    )


class DocumentOut(BaseModel):
    id: str | None = Field(description="Seed id, when the article is a seed.")
    title: str | None = Field(description="Headline: given, from seed metadata, or detected as the first line.")
    standfirst: str | None = Field(None, description="The deck under the headline, when the page has one.")
    dropped: list[DroppedOut] = Field(
        default_factory=list,
        description="Line ranges of page furniture left out of the analysis, so it can be audited.",
    )
    text: Annotated[str | None, WithJsonSchema({"type": "string"})] = Field(
        None,
        exclude_if=lambda value: value is None,
        description="Only for HTML input: the article text extracted from the page. Every offset in the "
        "response indexes this text (for plain-text input they index the text as sent, and this field is absent).",
    )
    char_count: int = Field(description="Length of the article text in characters.")
    word_count: int = Field(description="Word tokens in the text.")
    sentence_count: int = Field(description="Sentences and lines (headline included).")


class MetaOut(BaseModel):
    version: str = Field(description="brief version.")
    algorithm: Algorithm = Field(description="Summary ranker used.")
    similarity: Literal["dense", "windowed", "none"] | None = Field(
        None,
        description="How the summary ranker compared sentences: all pairs (`dense`), only nearby sentences "
        "past a documented count (`windowed`: 1,000 candidates for lexrank, textrank, reduction and news), "
        "or not at all (`none`). Null when no summary was asked for.",
    )
    timings_ms: dict[str, float] = Field(
        description="Wall time per pipeline stage, in milliseconds (`html`: extracting the article from the page, "
        "HTML input only, included in `total`)."
    )


class AnalyzeResponse(BaseModel):
    document: DocumentOut = Field(description="What was analysed.")
    summary: SummaryOut | None = Field(description="The extractive summary (null when not included).")
    actors: list[ActorOut] | None = Field(description="People, organisations and places, most salient first.")
    positions: list[PositionOut] | None = Field(description="Attributed statements, in article order.")
    warnings: list[str] = Field(
        default_factory=list, description="Notes on input the pipeline was not built for (empty, non-English)."
    )
    meta: MetaOut = Field(description="Version, algorithm and timings.")


class BatchResult(BaseModel):
    index: int = Field(description="Position of the item in the request.")
    ok: bool = Field(description="Whether this item was analysed.")
    result: AnalyzeResponse | None = Field(None, description="The analysis, when `ok`.")
    error: Problem | None = Field(None, description="Why this item failed, when not `ok`.")


class BatchResponse(BaseModel):
    results: list[BatchResult] = Field(description="One entry per request item, in request order.")


class SeedSummary(BaseModel):
    id: str = Field(description="Seed id.", examples=[EXAMPLE_SEED_ID])
    title: str = Field(description="Headline.")
    source: str | None = Field(description="Publication, where the text names it.")
    published: str | None = Field(description="Publication date (ISO 8601), where the text gives it.")
    word_count: int = Field(description="Whitespace-separated words in the text.")


class SeedDetail(SeedSummary):
    text: str = Field(description="The article exactly as bundled.")


class Health(BaseModel):
    status: Literal["ok"] = Field(description="Always `ok` when the check passes.")


def _actor_out(a: Actor) -> ActorOut:
    return ActorOut(
        id=a.id,
        name=a.name,
        type=a.type,
        aliases=a.aliases,
        roles=a.roles,
        affiliation=a.affiliation,
        mentions=[MentionOut(start=m.start, end=m.end, text=m.text, kind=m.kind) for m in a.mentions],
        salience=round(min(1.0, max(0.0, a.salience)), 4),
    )


def _span(s: object) -> SpanOut:
    return SpanOut(start=s.start, end=s.end, text=s.text)  # type: ignore[attr-defined]


def _position_out(p: Position) -> PositionOut:
    return PositionOut(
        speaker=SpeakerOut(actor_id=p.speaker.actor_id, name=p.speaker.name, type=p.speaker.type),
        speaker_mention=_span(p.speaker_mention) if p.speaker_mention else None,
        cue=_span(p.cue),
        kind=p.kind,
        content=_span(p.content),
        content_parts=[_span(part) for part in p.content_parts or (p.content,)],
        sentence_index=p.sentence_index,
        no_comment=p.no_comment,
    )


def analysis_response(
    analysis: Analysis, options: AnalysisOptions, seed_id: str | None, version: str
) -> AnalyzeResponse:
    doc = analysis.document
    return AnalyzeResponse(
        document=DocumentOut(
            id=seed_id,
            title=doc.title,
            standfirst=doc.text[doc.standfirst_span[0] : doc.standfirst_span[1]] if doc.standfirst_span else None,
            dropped=[DroppedOut(start=d.start, end=d.end, reason=d.reason) for d in doc.dropped],
            char_count=len(doc.text),
            word_count=doc.word_count,
            sentence_count=len(doc.sentences),
        ),
        summary=None
        if analysis.summary is None
        else SummaryOut(
            algorithm=options.algorithm,
            sentences=[
                SummarySentenceOut(start=s.start, end=s.end, text=s.text, index=s.index, score=s.score)
                for s in analysis.summary
            ],
        ),
        actors=None if analysis.actors is None else [_actor_out(a) for a in analysis.actors],
        positions=None if analysis.positions is None else [_position_out(p) for p in analysis.positions],
        warnings=list(doc.warnings),
        meta=MetaOut(
            version=version, algorithm=options.algorithm, similarity=analysis.similarity, timings_ms=analysis.timings_ms
        ),
    )


class StatementOut(SpanOut):
    kind: Literal["direct", "indirect", "mixed"] = Field(description="Direct quote, reported speech, or mixed.")
    cue: str = Field(description="The cue as written (`said`, `according to`).")
    sentence_index: int = Field(description="Sentence of the source article where the statement starts.")
    no_comment: bool = Field(default=False, description="A refusal to comment (`declined to comment`), not a stance.")


class SourceStatementsOut(BaseModel):
    source_id: str = Field(description="Seed id of the article.", examples=[EXAMPLE_SEED_ID])
    title: str = Field(description="Headline of the article.")
    actor_id: str | None = Field(description="The actor's id in that article's analysis (null for groups).")
    name: str = Field(description="The name that article uses.")
    statements: list[StatementOut] = Field(description="What the actor says in that article, in article order.")


class ActorStanceOut(BaseModel):
    name: str = Field(description="The actor, merged across articles by name and aliases.")
    type: Literal["person", "organization", "location", "group"] = Field(description="Actor type.")
    sources: list[SourceStatementsOut] = Field(description="One entry per article in which the actor speaks.")


class StancesResponse(BaseModel):
    sources: list[str] = Field(description="The seed ids analysed, in request order.")
    actors: list[ActorStanceOut] = Field(description="Who stands where: actors quoted in most sources first.")


def stances_response(source_ids: list[str], stances: list[ActorStance]) -> StancesResponse:
    return StancesResponse(
        sources=source_ids,
        actors=[
            ActorStanceOut(
                name=a.name,
                type=a.type,
                sources=[
                    SourceStatementsOut(
                        source_id=src.source_id,
                        title=src.title,
                        actor_id=src.actor_id,
                        name=src.name,
                        statements=[
                            StatementOut(
                                start=st.start,
                                end=st.end,
                                text=st.content,
                                kind=st.kind,
                                cue=st.cue,
                                sentence_index=st.sentence_index,
                                no_comment=st.no_comment,
                            )
                            for st in src.statements
                        ],
                    )
                    for src in a.sources
                ],
            )
            for a in stances
        ],
    )
