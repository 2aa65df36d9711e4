"""Operations: request ids, one access-log line per request, and Prometheus metrics.

Everything per request happens in one pure ASGI middleware (:class:`Observability`),
not ``BaseHTTPMiddleware``: that one runs each request through an extra task and
memory stream, which costs more than the measurements themselves.

- **Request id**: a sane ``X-Request-ID`` from the client (printable ASCII, no spaces,
  at most 128 characters) is kept, anything else is replaced by a new uuid4 hex; it is
  echoed on every response (problem documents included) and carried by every log line
  written while the request runs, so one id finds a request in the client's and our logs.
- **Access log**: one line per request on the ``brief.access`` logger (``request_id``,
  ``method``, ``route``, ``path``, ``status``, ``duration_ms``), JSON by default.
- **Metrics**: per route *template* (``/v1/seeds/{seed_id}``, never the raw path, so a
  scanner cannot create unbounded series), method and status; requests in flight; the
  pipeline's own stage timings. Each app has its own registry, so apps built side by side
  (tests) never share counters. Several worker processes share one folder of metric files
  when ``PROMETHEUS_MULTIPROC_DIR`` is set (``python -m service`` sets it for workers > 1),
  and ``/metrics`` then adds up every worker.
"""

from __future__ import annotations

import logging
import os
import re
import time
import uuid
from collections.abc import Mapping
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import Response
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
    multiprocess,
    values,
)
from pythonjsonlogger.core import RESERVED_ATTRS
from starlette.routing import compile_path
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from service.settings import Settings

REQUEST_ID_HEADER = "X-Request-ID"
_REQUEST_ID_HEADER_RAW = REQUEST_ID_HEADER.lower().encode("ascii")
_SANE_REQUEST_ID_RE = re.compile(rb"[\x21-\x7e]{1,128}")
_METHODS = frozenset(("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"))
_UNMATCHED = "unmatched"
# Seconds. Health checks sit in the first buckets, an article in the middle, long texts near the
# request budget (BRIEF_REQUEST_TIMEOUT_S, 20 s by default) at the end.
_HTTP_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 20.0, 30.0)
_STAGE_BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 20.0)

access_log = logging.getLogger("brief.access")


@dataclass(frozen=True)
class _RequestContext:
    request_id: str
    metrics: HttpMetrics | None


# Set for the duration of a request; copied into the worker threads analyses run in.
_CURRENT: ContextVar[_RequestContext | None] = ContextVar("brief_request", default=None)


def current_request_id() -> str | None:
    context = _CURRENT.get()
    return context.request_id if context else None


def record_stage_timings(timings_ms: Mapping[str, float]) -> None:
    """Feed one analysis's ``meta.timings_ms`` to the stage histogram of the current request's app.

    Called from the route code (in the analysis thread is fine); a no-op outside a request.
    """
    context = _CURRENT.get()
    if context is not None and context.metrics is not None:
        context.metrics.observe_stages(timings_ms)


class HttpMetrics:
    """The service's Prometheus metrics, registered in a registry of their own."""

    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        self.registry = registry or CollectorRegistry(auto_describe=True)
        labels = ("method", "route", "status")
        self.requests = Counter("brief_http_requests", "HTTP requests answered.", labels, registry=self.registry)
        self.latency = Histogram(
            "brief_http_request_duration_seconds",
            "Time from the request's arrival to the end of its response, in seconds.",
            labels,
            buckets=_HTTP_BUCKETS,
            registry=self.registry,
        )
        self.in_flight = Gauge(
            "brief_http_requests_in_flight",
            "Requests being processed now (a scrape counts itself).",
            registry=self.registry,
            multiprocess_mode="livesum",
        )
        self.stages = Histogram(
            "brief_pipeline_stage_duration_seconds",
            "Wall time of each pipeline stage of an analysis (meta.timings_ms), in seconds.",
            ("stage",),
            buckets=_STAGE_BUCKETS,
            registry=self.registry,
        )
        # `labels()` takes a lock and builds a key each time; the children are reused instead.
        self._children: dict[tuple[str, str, int], tuple[Counter, Histogram]] = {}
        self._stage_children: dict[str, Histogram] = {}

    def observe_request(self, method: str, route: str, status: int, seconds: float) -> None:
        key = (method, route, status)
        children = self._children.get(key)
        if children is None:
            label_values = (method, route, str(status))
            children = (self.requests.labels(*label_values), self.latency.labels(*label_values))
            self._children[key] = children
        children[0].inc()
        children[1].observe(seconds)

    def observe_stages(self, timings_ms: Mapping[str, float]) -> None:
        for stage, ms in timings_ms.items():
            child = self._stage_children.get(stage)
            if child is None:
                child = self._stage_children[stage] = self.stages.labels(stage)
            child.observe(ms / 1000)

    def exposition(self) -> bytes:
        """The text format. With worker processes sharing a metrics folder, every worker's values added up."""
        if multiprocess_mode():
            merged = CollectorRegistry()
            multiprocess.MultiProcessCollector(merged)  # type: ignore[no-untyped-call]
            return generate_latest(merged)
        return generate_latest(self.registry)


def multiprocess_mode() -> bool:
    """Whether prometheus-client keeps values in shared files (PROMETHEUS_MULTIPROC_DIR set before import)."""
    return values.ValueClass is not values.MutexValue


def forget_this_process() -> None:
    """At worker shutdown: drop this process's live gauges (requests in flight) from the shared folder."""
    if multiprocess_mode():
        multiprocess.mark_process_dead(os.getpid())  # type: ignore[no-untyped-call]


class Observability:
    """Pure ASGI middleware: request id, access log line and request metrics for every HTTP request."""

    def __init__(self, app: ASGIApp, fastapi_app: FastAPI, metrics: HttpMetrics | None, log_requests: bool) -> None:
        self.app = app
        self.metrics = metrics
        self.log_requests = log_requests
        self._templates = _RouteTemplates(fastapi_app)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = _incoming_request_id(scope["headers"]) or uuid.uuid4().hex
        scope.setdefault("state", {})["request_id"] = request_id
        id_header = (_REQUEST_ID_HEADER_RAW, request_id.encode("ascii"))
        status = 500  # what the client gets if the app fails before answering

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message["headers"] = [*message.get("headers", ()), id_header]
            await send(message)

        metrics = self.metrics
        token = _CURRENT.set(_RequestContext(request_id, metrics))
        started = time.perf_counter()
        if metrics is not None:
            metrics.in_flight.inc()
        try:
            await self.app(scope, receive, send_with_id)
        finally:
            seconds = time.perf_counter() - started
            method = scope["method"] if scope["method"] in _METHODS else "other"
            route = self._templates.of(scope)
            if metrics is not None:
                metrics.in_flight.dec()
                metrics.observe_request(method, route, status, seconds)
            if self.log_requests:
                access_log.info(
                    "%s %s %d %.1fms",
                    method,
                    scope["path"],
                    status,
                    seconds * 1000,
                    extra={
                        "request_id": request_id,
                        "method": method,
                        "route": route,
                        "path": scope["path"],
                        "status": status,
                        "duration_ms": round(seconds * 1000, 3),
                    },
                )
            _CURRENT.reset(token)


def _incoming_request_id(headers: list[tuple[bytes, bytes]]) -> str | None:
    for name, value in headers:
        if name == _REQUEST_ID_HEADER_RAW:
            return value.decode("ascii") if _SANE_REQUEST_ID_RE.fullmatch(value) else None
    return None


class _RouteTemplates:
    """The route template of a request, as the router chose it, for bounded metric labels.

    A request the router never saw (a body rejected by size before routing) is matched
    against the documented paths instead; anything else is ``unmatched``.
    """

    def __init__(self, app: FastAPI) -> None:
        self._app = app
        self._documented: list[tuple[re.Pattern[str], str]] | None = None

    def of(self, scope: Scope) -> str:
        route = scope.get("route")
        path = getattr(route, "path", None)
        if isinstance(path, str):
            return path
        if self._documented is None:
            self._documented = [(compile_path(p)[0], p) for p in self._app.openapi().get("paths", {})]
        request_path: str = scope["path"]
        return next((template for regex, template in self._documented if regex.match(request_path)), _UNMATCHED)


def metrics_router(metrics: HttpMetrics) -> APIRouter:
    """``GET /metrics``, left out of the OpenAPI document: it is for Prometheus, not API clients."""
    router = APIRouter()

    @router.get("/metrics", include_in_schema=False)
    async def prometheus_metrics(_: Request) -> Response:
        return Response(metrics.exposition(), media_type=CONTENT_TYPE_LATEST)

    return router


# ------------------------------------------------------------------------------------------ logging


class RequestIdFilter(logging.Filter):
    """Gives every record a ``request_id`` (``-`` outside requests), so log lines join up per request."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not hasattr(record, "request_id"):
            record.request_id = current_request_id() or "-"
        return True


def logging_config(settings: Settings) -> dict[str, Any]:
    """A ``logging.config.dictConfig`` for the service and uvicorn (passed as uvicorn's ``log_config``,
    so every worker process applies it too). All lines go to stdout, in the chosen format."""
    level = settings.log_level.upper()
    formatter: dict[str, Any]
    if settings.log_format == "json":
        formatter = {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "fmt": "%(levelname)s %(name)s %(message)s",
            "rename_fields": {"levelname": "level", "name": "logger"},
            "timestamp": "time",
            # uvicorn adds a copy of some messages with terminal colour codes: not for a log collector.
            "reserved_attrs": [*RESERVED_ATTRS, "color_message"],
        }
    else:
        formatter = {"format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"}
    handler = {
        "class": "logging.StreamHandler",
        "stream": "ext://sys.stdout",
        "formatter": "default",
        "filters": ["request_id"],
    }
    quiet = {"level": "ERROR"}  # libraries that narrate every page they parse
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {"request_id": {"()": "service.api.observability.RequestIdFilter"}},
        "formatters": {"default": formatter},
        "handlers": {"default": handler},
        "loggers": {
            "uvicorn": {"handlers": ["default"], "level": level, "propagate": False},
            "uvicorn.error": {"level": level},
            "uvicorn.access": {"handlers": [], "level": "WARNING", "propagate": False},
            "brief": {"handlers": ["default"], "level": level, "propagate": False},
            "trafilatura": quiet,
            "htmldate": quiet,
            "courlan": quiet,
        },
        "root": {"handlers": ["default"], "level": "WARNING"},
    }


def install(app: FastAPI, settings: Settings) -> HttpMetrics | None:
    """Add the middleware (outermost, so size rejections are counted and carry the id) and ``/metrics``."""
    metrics = HttpMetrics() if settings.metrics else None
    if metrics is not None:
        app.include_router(metrics_router(metrics))
    app.add_middleware(Observability, fastapi_app=app, metrics=metrics, log_requests=settings.access_log)
    return metrics
