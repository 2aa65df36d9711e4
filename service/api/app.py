"""The FastAPI application: start-up checks, limits, error format and routes."""

from __future__ import annotations

import gc
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import anyio
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi_offline import FastAPIOffline
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from service import __version__
from service.corpus.store import SeedStore
from service.pipeline.analysis import Pipeline
from service.settings import Settings, get_settings

from . import observability
from .problems import Problem, ProblemHTTPError, install_problem_handlers, make_problem, problem_response
from .routes import health, v1
from .summarize import summarize
from .view import view

log = logging.getLogger("brief")


class BodySizeLimit:
    """Rejects bodies over ``limit`` bytes with 413 before they are read into memory.

    Checks the declared Content-Length first, then counts streamed chunks, so a client
    that lies about (or omits) the length is stopped too.
    """

    def __init__(self, app: ASGIApp, limit: int):
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers", [])).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.limit):
            await self._reject(scope, receive, send)
            return
        received = 0

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    # An HTTP exception, so the 413 survives FastAPI's body parsing (which turns any
                    # other error into a 400) and the app's handlers answer it.
                    raise _BodyTooLarge(self._problem())
            return message

        try:
            await self.app(scope, counting_receive, send)
        except _BodyTooLarge:  # raised where no handler answered it
            await self._reject(scope, receive, send)

    def _problem(self) -> Problem:
        detail = f"Request body exceeds {self.limit:,} bytes (BRIEF_MAX_BODY_BYTES)."
        return make_problem(413, detail, field="body", limit=self.limit)

    async def _reject(self, scope: Scope, receive: Receive, send: Send) -> None:
        await problem_response(self._problem())(scope, receive, send)


class _BodyTooLarge(ProblemHTTPError):
    pass


def _description(settings: Settings) -> str:
    return (
        "Extractive summary, named actors and stated positions of English news articles, "
        "with NLTK and sumy plus our own rules (no LLM, no downloads at run time).\n\n"
        "**Limits** (settings, `BRIEF_*` environment variables; values of this deployment):\n"
        f"- request body: {settings.max_body_bytes:,} bytes (`BRIEF_MAX_BODY_BYTES`), 413 above;\n"
        f"- article text: {settings.max_text_chars:,} characters (`BRIEF_MAX_TEXT_CHARS`), 413 above;\n"
        f"- batch: {settings.max_batch} items (`BRIEF_MAX_BATCH`), 413 above;\n"
        f"- time: {settings.request_timeout_s:g} s per request (`BRIEF_REQUEST_TIMEOUT_S`), 503 above.\n\n"
        "**Errors** are RFC 9457 `application/problem+json` documents naming the offending `field` "
        "(and the `limit`, for 413)."
    )


def create_app(settings: Settings | None = None, pipeline: Pipeline | None = None) -> FastAPI:
    """Build the app. Resources load in the lifespan (start-up), unless a ready ``pipeline`` is given (tests)."""
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.analysis_limiter = anyio.CapacityLimiter(settings.analysis_threads)
        if getattr(app.state, "pipeline", None) is None:
            from service.resources import load  # raises MissingResourcesError, which stops start-up

            app.state.pipeline = Pipeline(load())
            log.info("brief %s ready: %d seed articles", __version__, len(app.state.seeds))
        # The resources are tens of thousands of long-lived objects that the cyclic GC would
        # otherwise re-scan in every full collection (40-100 ms, holding the GIL, so /healthz
        # stalls behind it); freezing them once after loading makes full collections ~1 ms.
        gc.collect()
        gc.freeze()
        yield
        observability.forget_this_process()

    # The docs page serves Swagger UI from the package, not a CDN: it works offline and air-gapped.
    app = FastAPIOffline(
        title="brief",
        version=__version__,
        description=_description(settings),
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.seeds = SeedStore.from_folder(settings.seeds_dir)
    app.state.pipeline = pipeline
    install_problem_handlers(app)
    app.include_router(health)
    app.include_router(v1)
    app.include_router(summarize)
    app.include_router(view)
    app.add_middleware(BodySizeLimit, limit=settings.max_body_bytes)
    if settings.cors_origins:  # off unless origins are configured
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET", "POST"],
            allow_headers=["Content-Type", observability.REQUEST_ID_HEADER],
            expose_headers=[observability.REQUEST_ID_HEADER],
        )
    # Last added is outermost: every response, a 413 from the size limit included, gets a request id.
    app.state.metrics = observability.install(app, settings)
    return app


def __getattr__(name: str) -> FastAPI:
    # `uvicorn service.api.app:app` builds the app on first access, so importing this
    # module (tests, the OpenAPI dump) does not read the environment.
    if name == "app":
        application = create_app()
        globals()["app"] = application
        return application
    raise AttributeError(name)
