"""End to end: the real server (``python -m service`` -> uvicorn on 127.0.0.1, free port) over HTTP."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parent.parent
START_TIMEOUT_S = 60


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def running_server(workers: int = 1) -> Iterator[tuple[subprocess.Popen[bytes], str]]:
    """``python -m service`` on a free loopback port, ready; stopped (and reaped) on exit."""
    port = _free_port()
    env = {**os.environ, "BRIEF_HOST": "127.0.0.1", "BRIEF_PORT": str(port), "BRIEF_WORKERS": str(workers)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "service"], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + START_TIMEOUT_S
        while not _ready(base):
            if proc.poll() is not None:
                out = proc.stdout.read().decode() if proc.stdout else ""
                pytest.fail(f"server exited with {proc.returncode}:\n{out}")
            if time.monotonic() > deadline:
                pytest.fail("server not ready in time")
            time.sleep(0.1)
        yield proc, base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with running_server() as (_, base):
        yield base


def test_every_seed_is_analysed_over_http(server: str) -> None:
    with httpx.Client(base_url=server, timeout=30) as client:
        seeds = client.get("/v1/seeds").json()
        assert len(seeds) == 5
        for seed in seeds:
            text = client.get(f"/v1/seeds/{seed['id']}").json()["text"]
            r = client.post("/v1/analyze", json={"seed_id": seed["id"]})
            assert r.status_code == 200, r.text
            body = r.json()
            assert len(body["summary"]["sentences"]) == 3
            assert body["actors"] and body["positions"]
            for s in body["summary"]["sentences"]:
                assert text[s["start"] : s["end"]] == s["text"]
            for a in body["actors"]:
                for m in a["mentions"]:
                    assert text[m["start"] : m["end"]] == m["text"]


def test_docs_and_errors_over_http(server: str) -> None:
    with httpx.Client(base_url=server, timeout=30) as client:
        docs = client.get("/docs").text
        assert "swagger-ui" in docs
        assert "https://" not in docs  # assets come from the package, so the page works offline
        asset = docs.split('src="', 1)[1].split('"', 1)[0]
        assert client.get(asset).status_code == 200
        assert client.get("/openapi.json").json()["info"]["title"] == "brief"
        r = client.post("/v1/analyze", content=b"{", headers={"content-type": "application/json"})
        assert r.status_code == 400 and r.headers["content-type"].startswith("application/problem+json")


def _children(pid: int) -> list[int]:
    """Uvicorn's worker processes (multiprocessing's resource tracker is a child too: skipped)."""
    workers = []
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return []
    for child in children:
        try:
            if b"spawn_main" in Path(f"/proc/{child}/cmdline").read_bytes():
                workers.append(int(child))
        except OSError:
            continue
    return workers


def test_a_killed_worker_is_replaced_and_requests_keep_succeeding() -> None:
    with running_server(workers=2) as (proc, base):
        deadline = time.monotonic() + START_TIMEOUT_S
        while len(_children(proc.pid)) < 2:
            assert time.monotonic() < deadline, "workers did not start"
            time.sleep(0.2)
        victim = _children(proc.pid)[0]
        os.kill(victim, signal.SIGKILL)
        while victim in _children(proc.pid) or len(_children(proc.pid)) < 2:
            assert time.monotonic() < deadline + 30, "the killed worker was not replaced"
            time.sleep(0.2)
        with httpx.Client(base_url=base, timeout=30) as client:
            for _ in range(10):
                while not _ready(base):
                    time.sleep(0.2)
                r = client.post("/v1/analyze", json={"text": "The minister said talks would go on."})
                assert r.status_code == 200


def _ready(base: str) -> bool:
    try:
        return httpx.get(f"{base}/readyz", timeout=2).status_code == 200
    except httpx.TransportError:
        return False
