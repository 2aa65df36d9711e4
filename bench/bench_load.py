"""Load benchmark: the real server under ``wrk``, against the pipeline called in-process, in one run.

Starts ``python -m service`` on 127.0.0.1 (a free port, ``BRIEF_WORKERS`` workers, default 1),
times start-up until ``/readyz`` answers, then drives ``POST /v1/analyze`` with the seed
articles as bodies using ``wrk`` (Debian package ``wrk``; a small Lua script cycles the
bodies and prints the percentiles), bounded by ``--duration`` seconds per run:

1. ``workers`` connections: throughput, compared with the in-process baseline (the same
   articles through ``Pipeline`` directly, one core per worker);
2. 4 x cores connections: p50/p95/p99, errors, and ``/healthz`` latency sampled while
   the analyses run (the event loop must stay free: target under 50 ms).

All traffic goes to 127.0.0.1 only; the server is stopped at the end.

    NLTK_DATA=../shared/nltk_data .venv/bin/python bench/bench_load.py [--duration 10]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

_LUA = """
local bodies = {%(bodies)s}
local i = 0
request = function()
  i = i %% #bodies + 1
  return wrk.format("POST", "/v1/analyze", {["Content-Type"] = "application/json"}, bodies[i])
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "RESULT {\\"requests\\":%%d,\\"duration_us\\":%%d,\\"p50\\":%%d,\\"p95\\":%%d,\\"p99\\":%%d,\\"max\\":%%d," ..
    "\\"connect\\":%%d,\\"read\\":%%d,\\"write\\":%%d,\\"status\\":%%d,\\"timeout\\":%%d}\\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(95),
    latency:percentile(99), latency.max, e.connect, e.read, e.write, e.status, e.timeout))
end
"""


def bodies() -> list[str]:
    return [json.dumps({"text": p.read_text(encoding="utf-8")}) for p in sorted(SEEDS.glob("*.txt"))]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def get(url: str, timeout: float = 5.0) -> tuple[int, float]:
    start = time.perf_counter()
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:  # 127.0.0.1 only
            response.read()
            status = int(response.status)
    except OSError:
        status = 0
    return status, (time.perf_counter() - start) * 1000


def start_server(port: int, workers: int) -> tuple[subprocess.Popen[bytes], float]:
    env = {
        **os.environ,
        "BRIEF_HOST": "127.0.0.1",
        "BRIEF_PORT": str(port),
        "BRIEF_WORKERS": str(workers),
        "BRIEF_LOG_LEVEL": "warning",
    }
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "service"], cwd=ROOT, env=env, start_new_session=True)
    deadline = start + 60
    while time.perf_counter() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"server exited with {proc.returncode}")
        if get(f"http://127.0.0.1:{port}/readyz", timeout=1)[0] == 200:
            return proc, time.perf_counter() - start
        time.sleep(0.05)
    stop_server(proc)
    raise SystemExit("server did not become ready within 60 s")


def stop_server(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)  # its own session: the workers go with it
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


def run_wrk(port: int, script: Path, connections: int, threads: int, duration: int) -> dict[str, Any]:
    cmd = [
        "wrk",
        f"-t{threads}",
        f"-c{connections}",
        f"-d{duration}s",
        "--timeout",
        "30s",
        "-s",
        str(script),
        f"http://127.0.0.1:{port}",
    ]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True, timeout=duration + 60).stdout
    line = next(line for line in out.splitlines() if line.startswith("RESULT "))
    result: dict[str, Any] = json.loads(line[len("RESULT ") :])
    result["rps"] = result["requests"] / (result["duration_us"] / 1e6)
    result["errors"] = sum(result[k] for k in ("connect", "read", "write", "status", "timeout"))
    return result


def sample_health(port: int, stop: threading.Event, into: list[float]) -> None:
    while not stop.is_set():
        status, ms = get(f"http://127.0.0.1:{port}/healthz", timeout=10)
        into.append(ms if status == 200 else float("inf"))
        stop.wait(0.1)


def in_process(duration: float) -> dict[str, float]:
    """The same articles through Pipeline directly, one thread: analyses per second and median latency."""
    from service.pipeline.analysis import Pipeline
    from service.resources import load

    pipeline = Pipeline(load())
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    for text in texts:
        pipeline(text)  # warm-up
    times: list[float] = []
    start = time.perf_counter()
    while time.perf_counter() - start < duration:
        t0 = time.perf_counter()
        pipeline(texts[len(times) % len(texts)])
        times.append((time.perf_counter() - t0) * 1000)
    return {"rps": len(times) / (time.perf_counter() - start), "p50": statistics.median(times)}


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=int, default=10, help="seconds per wrk run (and for the baseline)")
    parser.add_argument("--workers", type=int, default=int(os.environ.get("BRIEF_WORKERS", "1")))
    args = parser.parse_args(argv)
    if shutil.which("wrk") is None:
        print("wrk not found: apt-get install -y wrk", file=sys.stderr)
        return 2
    cores = os.cpu_count() or 1
    workers = args.workers
    print(f"python {sys.version.split()[0]}, {cores} cpus, {workers} worker(s), {args.duration} s per run\n")

    baseline = in_process(args.duration)
    print(f"in-process baseline: {baseline['rps']:.1f} analyses/s (one thread), p50 {baseline['p50']:.1f} ms")

    with tempfile.TemporaryDirectory() as tmp:
        script = Path(tmp) / "analyze.lua"
        script.write_text(_LUA % {"bodies": ", ".join(f"[==[{b}]==]" for b in bodies())}, encoding="utf-8")
        port = free_port()
        proc, startup = start_server(port, workers)
        try:
            print(f"server start-up to /readyz: {startup:.2f} s (target < 2 s)")
            run_wrk(port, script, workers, 1, min(3, args.duration))  # warm-up, not reported
            seq = run_wrk(port, script, workers, 1, args.duration)
            stop = threading.Event()
            health: list[float] = []
            sampler = threading.Thread(target=sample_health, args=(port, stop, health), daemon=True)
            sampler.start()
            loaded = run_wrk(port, script, 4 * cores, min(4 * cores, 4), args.duration)
            stop.set()
            sampler.join()
        finally:
            stop_server(proc)

    expected = baseline["rps"] * min(workers, cores)
    print(f"\n{'run':28} {'conns':>5} {'req/s':>7} {'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7} {'errors':>6}")
    for name, r, conns in (
        ("POST /v1/analyze (workers)", seq, workers),
        ("POST /v1/analyze (4x cores)", loaded, 4 * cores),
    ):
        print(
            f"{name:28} {conns:>5} {r['rps']:>7.1f} {r['p50'] / 1000:>7.1f} {r['p95'] / 1000:>7.1f} "
            f"{r['p99'] / 1000:>7.1f} {r['errors']:>6}"
        )
    print(
        f"\nservice / in-process throughput: {seq['rps'] / expected:.2f} (target >= 0.80); "
        f"{seq['rps'] / min(workers, cores):.1f} analyses/s per core (target >= 50)"
    )
    print(
        f"4x-core load: p99 / p50 = {loaded['p99'] / max(loaded['p50'], 1):.2f} (target < 5), errors {loaded['errors']}"
    )
    if health:
        print(
            f"/healthz during load: {len(health)} probes, p50 {statistics.median(health):.1f} ms, "
            f"p99 {_pct(health, 0.99):.1f} ms, max {max(health):.1f} ms (target < 50 ms)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
