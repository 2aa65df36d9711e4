"""``GET /metrics``: Prometheus text format, route templates as labels, stage timings, one registry per app."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI
from prometheus_client.parser import text_string_to_metric_families

from service.api.app import create_app
from service.pipeline.analysis import Pipeline
from service.settings import Settings

from .conftest import SEEDS_DIR
from .test_e2e import running_server

pytestmark = pytest.mark.anyio
SEED = "000_bebd00c6689278f5"


def samples(exposition: str) -> dict[tuple[str, frozenset[tuple[str, str]]], float]:
    """Every sample of an exposition, keyed by name and label set."""
    return {
        (s.name, frozenset(s.labels.items())): s.value
        for family in text_string_to_metric_families(exposition)
        for s in family.samples
    }


def value(exposition: str, name: str, **labels: str) -> float:
    return samples(exposition).get((name, frozenset(labels.items())), 0.0)


@pytest.fixture
def fresh_app(pipeline: Pipeline) -> FastAPI:
    """An app of its own, so counts start at zero."""
    return create_app(Settings(seeds_dir=SEEDS_DIR, max_body_bytes=10_000), pipeline=pipeline)


@pytest.fixture
async def fresh_client(fresh_app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=fresh_app)
    async with httpx.AsyncClient(transport=transport, base_url="http://brief.test") as c:
        yield c


async def test_requests_are_counted_per_route_template_method_and_status(fresh_client: httpx.AsyncClient) -> None:
    for _ in range(3):
        assert (await fresh_client.get(f"/v1/seeds/{SEED}")).status_code == 200
    assert (await fresh_client.get("/v1/seeds/999_0000000000000000")).status_code == 404
    r = await fresh_client.get("/metrics")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/plain; version=")
    text = r.text
    route = "/v1/seeds/{seed_id}"
    assert value(text, "brief_http_requests_total", method="GET", route=route, status="200") == 3
    assert value(text, "brief_http_requests_total", method="GET", route=route, status="404") == 1
    assert value(text, "brief_http_request_duration_seconds_count", method="GET", route=route, status="200") == 3
    assert (
        value(text, "brief_http_request_duration_seconds_bucket", method="GET", route=route, status="200", le="+Inf")
        == 3
    )
    assert SEED not in text  # raw paths never become labels
    assert value(text, "brief_http_requests_in_flight") == 1  # the scrape itself


async def test_unknown_paths_and_methods_do_not_create_new_series(fresh_client: httpx.AsyncClient) -> None:
    for i in range(5):
        assert (await fresh_client.get(f"/no/such/path/{i}")).status_code == 404
    await fresh_client.request("BREW", "/v1/seeds")
    text = (await fresh_client.get("/metrics")).text
    assert value(text, "brief_http_requests_total", method="GET", route="unmatched", status="404") == 5
    assert value(text, "brief_http_requests_total", method="other", route="/v1/seeds", status="405") == 1
    assert "/no/such/path" not in text and "BREW" not in text


async def test_a_body_rejected_before_routing_is_counted_under_its_route(fresh_client: httpx.AsyncClient) -> None:
    r = await fresh_client.post("/v1/analyze", content=b"x" * 20_000, headers={"content-type": "application/json"})
    assert r.status_code == 413
    text = (await fresh_client.get("/metrics")).text
    assert value(text, "brief_http_requests_total", method="POST", route="/v1/analyze", status="413") == 1


async def test_pipeline_stage_timings_are_observed(fresh_client: httpx.AsyncClient) -> None:
    r = await fresh_client.get(f"/v1/seeds/{SEED}/analysis")
    stages = r.json()["meta"]["timings_ms"]
    await fresh_client.post(
        "/v1/analyze", json={"text": "<p>The minister said talks would go on.</p>", "format": "html"}
    )
    text = (await fresh_client.get("/metrics")).text
    for stage in stages:
        assert value(text, "brief_pipeline_stage_duration_seconds_count", stage=stage) >= 1, stage
    assert value(text, "brief_pipeline_stage_duration_seconds_count", stage="total") == 2
    assert value(text, "brief_pipeline_stage_duration_seconds_count", stage="html") == 1
    total_s = value(text, "brief_pipeline_stage_duration_seconds_sum", stage="total")
    assert total_s >= stages["total"] / 1000


async def test_each_app_has_its_own_registry(pipeline: Pipeline) -> None:
    apps = [create_app(Settings(seeds_dir=SEEDS_DIR), pipeline=pipeline) for _ in range(2)]
    texts = []
    for n, app in enumerate(apps, start=1):
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://brief.test") as c:
            for _ in range(n):
                await c.get("/healthz")
            texts.append((await c.get("/metrics")).text)
    counts = [value(t, "brief_http_requests_total", method="GET", route="/healthz", status="200") for t in texts]
    assert counts == [1, 2]


async def test_metrics_can_be_switched_off_and_are_not_in_the_api_spec(pipeline: Pipeline) -> None:
    app = create_app(Settings(seeds_dir=SEEDS_DIR, metrics=False), pipeline=pipeline)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://brief.test") as c:
        assert (await c.get("/metrics")).status_code == 404
        assert (await c.get("/healthz")).headers["x-request-id"]  # request ids do not depend on metrics
    assert "/metrics" not in create_app(Settings(seeds_dir=SEEDS_DIR), pipeline=pipeline).openapi()["paths"]


def test_with_several_workers_every_scrape_adds_up_all_workers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two uvicorn workers share a metrics folder, so whichever worker answers the scrape, it reports
    every request, not only its own. (Without PROMETHEUS_MULTIPROC_DIR, `python -m service` makes a
    temporary folder; here the folder is given, to see into it.)"""
    stale = tmp_path / "counter_999999.db"
    stale.write_bytes(b"left over from an earlier run")
    monkeypatch.setenv("PROMETHEUS_MULTIPROC_DIR", str(tmp_path))
    with running_server(workers=2) as (_, base):
        assert not stale.exists()  # an earlier run's counts are not added to this one's

        def served_by() -> set[str]:
            return {p.stem.split("_")[-1] for p in tmp_path.glob("counter_*.db")}

        sent = 0
        # Fresh connections until both workers have answered some (the kernel picks the worker).
        while len(served_by()) < 2 and sent < 400:
            assert httpx.get(f"{base}/healthz", timeout=30).status_code == 200
            sent += 1
        assert len(served_by()) == 2, "one worker took every connection"
        for _ in range(6):
            text = httpx.get(f"{base}/metrics", timeout=30).text
            assert value(text, "brief_http_requests_total", method="GET", route="/healthz", status="200") == sent
