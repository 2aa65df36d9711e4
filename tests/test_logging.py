"""Request ids and structured logs: the id is honoured or made, echoed on every response (errors included),
and each request leaves one access-log line carrying it."""

from __future__ import annotations

import json
import logging
import logging.config
import re
from collections.abc import AsyncIterator

import httpx
import pytest
from fastapi import FastAPI

from service.api.app import create_app
from service.api.observability import RequestIdFilter, logging_config
from service.pipeline.analysis import Pipeline
from service.settings import Settings

from .conftest import SEEDS_DIR
from .test_e2e import running_server

SEED = "000_bebd00c6689278f5"
GENERATED_ID = re.compile(r"[0-9a-f]{32}")


@pytest.fixture(scope="module")
def small_app(pipeline: Pipeline) -> FastAPI:
    app = create_app(Settings(seeds_dir=SEEDS_DIR, max_body_bytes=1_000), pipeline=pipeline)

    @app.get("/boom", include_in_schema=False)
    async def boom() -> None:
        raise RuntimeError("a bug")

    return app


@pytest.fixture
async def client(small_app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    # A crash re-raises after the 500 is sent (so servers log it); the client should still see the 500.
    transport = httpx.ASGITransport(app=small_app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://brief.test") as c:
        yield c


@pytest.mark.anyio
@pytest.mark.parametrize("sent", ["abc-123", "req_0001.retry:2", "x" * 128, "0f8fad5b-d9cb-469f-a165-70867728950e"])
async def test_a_sane_request_id_is_echoed(client: httpx.AsyncClient, sent: str) -> None:
    r = await client.get("/healthz", headers={"X-Request-ID": sent})
    assert r.headers["x-request-id"] == sent


@pytest.mark.anyio
@pytest.mark.parametrize("sent", ["", "x" * 129, "has space", "tab\tinside", "caf\u00e9", "line\x7f"])
async def test_any_other_request_id_is_replaced(client: httpx.AsyncClient, sent: str) -> None:
    r = await client.get("/healthz", headers=[(b"x-request-id", sent.encode("utf-8"))])
    assert GENERATED_ID.fullmatch(r.headers["x-request-id"])


@pytest.mark.anyio
async def test_every_response_gets_an_id_errors_included(client: httpx.AsyncClient) -> None:
    responses = {
        "ok": await client.get("/healthz"),
        "404": await client.get(f"/v1/seeds/999_{'0' * 16}"),
        "422": await client.post("/v1/analyze", json={"text": "x", "seed_id": SEED}),
        "415": await client.post("/v1/analyze", content=b"text", headers={"content-type": "text/plain"}),
        "413 declared": await client.post("/v1/analyze", json={"text": "x" * 2_000}),
        "500": await client.get("/boom"),
    }

    async def chunks() -> AsyncIterator[bytes]:
        for _ in range(5):
            yield b"x" * 400  # no Content-Length: the size limit counts the stream

    responses["413 streamed"] = await client.post(
        "/v1/analyze", content=chunks(), headers={"content-type": "application/json"}
    )
    for name, r in responses.items():
        assert GENERATED_ID.fullmatch(r.headers.get("x-request-id", "")), name
    assert responses["500"].status_code == 500
    assert responses["413 streamed"].status_code == 413
    assert len({r.headers["x-request-id"] for r in responses.values()}) == len(responses)
    r = await client.get("/boom", headers={"X-Request-ID": "trace-500"})
    assert r.status_code == 500 and r.headers["x-request-id"] == "trace-500"
    assert r.headers["content-type"].startswith("application/problem+json")


@pytest.mark.anyio
async def test_one_access_log_record_per_request(client: httpx.AsyncClient, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="brief.access"):
        await client.get(f"/v1/seeds/{SEED}", headers={"X-Request-ID": "log-me"})
        await client.post("/v1/analyze", json={"text": "x" * 2_000})
    records = [r for r in caplog.records if r.name == "brief.access"]
    assert len(records) == 2
    first, second = records
    assert (first.request_id, first.method, first.route, first.status) == (  # type: ignore[attr-defined]
        "log-me",
        "GET",
        "/v1/seeds/{seed_id}",
        200,
    )
    assert first.path == f"/v1/seeds/{SEED}"  # type: ignore[attr-defined]
    assert first.duration_ms >= 0  # type: ignore[attr-defined]
    assert (second.route, second.status) == ("/v1/analyze", 413)  # type: ignore[attr-defined]


def _formatter(settings: Settings) -> logging.Formatter:
    """The formatter the service's logging config declares, built as dictConfig builds it
    (without configuring this process's loggers)."""
    config = logging_config(settings)
    formatter = logging.config.DictConfigurator(config).configure_formatter(config["formatters"]["default"])
    assert isinstance(formatter, logging.Formatter)
    return formatter


def _record(**extra: object) -> logging.LogRecord:
    record = logging.LogRecord("brief.access", logging.INFO, __file__, 1, "GET %s %d", ("/healthz", 200), None)
    record.__dict__.update(extra)
    RequestIdFilter().filter(record)
    return record


def test_json_lines_carry_the_request_fields() -> None:
    line = _formatter(Settings(log_format="json")).format(
        _record(request_id="abc", method="GET", route="/healthz", status=200, duration_ms=1.5, color_message="\x1b[1m")
    )
    entry = json.loads(line)
    assert entry["message"] == "GET /healthz 200"
    assert entry["level"] == "INFO" and entry["logger"] == "brief.access" and "time" in entry
    assert {k: entry[k] for k in ("request_id", "method", "route", "status", "duration_ms")} == {
        "request_id": "abc",
        "method": "GET",
        "route": "/healthz",
        "status": 200,
        "duration_ms": 1.5,
    }
    assert "color_message" not in entry


def test_text_lines_carry_the_request_id_too() -> None:
    line = _formatter(Settings(log_format="text")).format(_record(request_id="abc"))
    assert "[abc] GET /healthz 200" in line
    assert "[-]" in _formatter(Settings(log_format="text")).format(_record())  # outside a request


def test_the_real_server_logs_json_lines_and_no_uvicorn_access_line() -> None:
    with running_server() as (proc, base):
        r = httpx.get(f"{base}/v1/seeds/{SEED}", headers={"X-Request-ID": "e2e-log-1"}, timeout=30)
        assert r.headers["x-request-id"] == "e2e-log-1"
    assert proc.stdout is not None
    lines = proc.stdout.read().decode().splitlines()
    entries = [json.loads(line) for line in lines if line.startswith("{")]
    assert len(entries) == len(lines), lines  # every line is JSON, uvicorn's own included
    access = [e for e in entries if e.get("request_id") == "e2e-log-1"]
    assert len(access) == 1
    assert access[0]["route"] == "/v1/seeds/{seed_id}" and access[0]["status"] == 200
    assert not any('HTTP/1.1" 200' in e["message"] for e in entries)  # uvicorn's access log is off
