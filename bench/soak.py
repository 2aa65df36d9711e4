"""Soak test: the real server under a long, mixed, bounded load on 127.0.0.1.

Starts ``python -m service`` (BRIEF_WORKERS workers, default 2) on a free loopback port,
sends REQUESTS mixed requests (valid, invalid, batch, long text) from CONCURRENCY async
clients, and reports status counts, unexpected answers (must be 0) and the server's RSS
(all its processes) after warm-up and at the end (growth must stay under 10%).

    python bench/soak.py [--requests 20000] [--concurrency 8] [--max-seconds 1200]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted(p.stem for p in (ROOT / "seeds").glob("*.txt"))
SHORT = (
    "Ministers meet\n\nThe trade minister said on Monday that talks would continue. "
    "“We are not done,” she said. Officials said a deal was close, according to a statement."
)
LONG = (ROOT / "seeds" / f"{SEEDS[0]}.txt").read_text(encoding="utf-8") * 12  # ~50k characters

# (weight, method, path, body or None, content type, expected statuses)
MIX: list[tuple[int, str, str, object, str, set[int]]] = [
    (15, "GET", "/healthz", None, "", {200}),
    (10, "GET", "/v1/seeds", None, "", {200}),
    (10, "GET", f"/v1/seeds/{SEEDS[1]}", None, "", {200}),
    (20, "POST", "/v1/analyze", {"text": SHORT}, "application/json", {200}),
    (8, "POST", "/v1/analyze", {"seed_id": SEEDS[2], "include": ["summary"]}, "application/json", {200}),
    (
        4,
        "POST",
        "/v1/analyze/batch",
        {"items": [{"text": SHORT}, {"seed_id": SEEDS[3]}, {}]},
        "application/json",
        {200},
    ),
    (1, "POST", "/v1/analyze", {"text": LONG, "include": ["summary"]}, "application/json", {200}),
    (6, "POST", "/v1/analyze", b'{"text": ', "application/json", {400}),
    (6, "GET", "/v1/seeds/999_0000000000000000", None, "", {404}),
    (5, "POST", "/v1/analyze", {"text": "x" * 250_000}, "application/json", {413}),
    (5, "POST", "/v1/analyze", b"text=hello", "text/plain", {415}),
    (10, "POST", "/v1/analyze", {"text": "a", "summary": {"sentences": 0}}, "application/json", {422}),
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _tree_rss_mb(pid: int) -> float:
    """RSS of a process and its children (uvicorn workers), from /proc."""
    pids = [pid]
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        pids += [int(c) for c in children]
    except OSError:
        pass
    total_kb = 0
    for p in pids:
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total_kb += int(line.split()[1])
        except OSError:
            continue
    return total_kb / 1024


async def _drive(base: str, total: int, concurrency: int, deadline: float, seed: int) -> tuple[Counter[str], list[str]]:
    rng = random.Random(seed)
    weights = [m[0] for m in MIX]
    plan = rng.choices(range(len(MIX)), weights=weights, k=total)
    counts: Counter[str] = Counter()
    unexpected: list[str] = []
    queue: asyncio.Queue[int] = asyncio.Queue()
    for item in plan:
        queue.put_nowait(item)

    async def worker(client: httpx.AsyncClient) -> None:
        while not queue.empty() and time.monotonic() < deadline:
            _, method, path, body, ctype, expected = MIX[queue.get_nowait()]
            content = body if isinstance(body, bytes) else (json.dumps(body).encode() if body is not None else None)
            headers = {"content-type": ctype} if ctype else {}
            try:
                r = await client.request(method, path, content=content, headers=headers)
                counts[f"{method} {path.split('?')[0][:40]} -> {r.status_code}"] += 1
                problem = r.status_code >= 400 and not r.headers.get("content-type", "").startswith(
                    "application/problem+json"
                )
                if r.status_code not in expected or problem:
                    unexpected.append(f"{method} {path}: {r.status_code} {r.text[:120]}")
            except httpx.HTTPError as exc:
                unexpected.append(f"{method} {path}: {type(exc).__name__}")

    limits = httpx.Limits(max_connections=concurrency)
    async with httpx.AsyncClient(base_url=base, timeout=60, limits=limits) as client:
        await asyncio.gather(*(worker(client) for _ in range(concurrency)))
    return counts, unexpected


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=20_000)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--max-seconds", type=float, default=1200)
    parser.add_argument("--workers", type=int, default=int(os.environ.get("BRIEF_WORKERS", "2")))
    args = parser.parse_args()

    port = _free_port()
    env = {**os.environ, "BRIEF_HOST": "127.0.0.1", "BRIEF_PORT": str(port), "BRIEF_WORKERS": str(args.workers)}
    env["BRIEF_LOG_LEVEL"] = "warning"
    server = subprocess.Popen([sys.executable, "-m", "service"], cwd=ROOT, env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):
            try:
                if httpx.get(f"{base}/readyz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        else:
            print("server did not become ready", file=sys.stderr)
            return 1
        warm = min(500, args.requests // 10)
        asyncio.run(_drive(base, warm, args.concurrency, time.monotonic() + 120, seed=1))
        rss_start = _tree_rss_mb(server.pid)
        started = time.monotonic()
        counts, unexpected = asyncio.run(
            _drive(base, args.requests, args.concurrency, started + args.max_seconds, seed=2)
        )
        elapsed = time.monotonic() - started
        rss_end = _tree_rss_mb(server.pid)
    finally:
        server.terminate()
        server.wait(timeout=30)
    sent = sum(counts.values()) + len([u for u in unexpected if "Error" in u])
    growth = (rss_end - rss_start) / rss_start * 100 if rss_start else 0.0
    print(
        f"soak: {sent} requests in {elapsed:.0f} s ({sent / elapsed:.0f}/s), {args.workers} workers, "
        f"concurrency {args.concurrency}"
    )
    for key, n in sorted(counts.items()):
        print(f"  {n:6d}  {key}")
    print(f"unexpected: {len(unexpected)}")
    for line in unexpected[:10]:
        print(f"  {line}")
    print(f"server RSS after warm-up {rss_start:.0f} MB, at end {rss_end:.0f} MB, growth {growth:+.1f}%")
    ok = not unexpected and growth < 10 and sent >= args.requests
    print("soak " + ("passed" if ok else "FAILED"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
