"""Graceful shutdown: on SIGTERM the real server finishes the request in flight, then exits 0."""

from __future__ import annotations

import json
import signal
import threading
import time

import httpx

from .test_e2e import START_TIMEOUT_S, running_server
from .test_metrics import value

# A long article of hand-written sentences (150,000 characters, under the 200,000 limit): its analysis
# takes long enough (about a second here) to be still running when SIGTERM arrives, and is far inside
# the default 10 s grace period.
PARAGRAPH = (
    "The transport minister said on Monday that the new rail line would open next year. "
    "Union leaders warned that staff shortages could delay the timetable. "
    "“We have asked for more drivers,” said Anna Berg, who leads the drivers' union. "
    "Officials in the city council said they expected the line to carry forty thousand passengers a day."
)
LONG_ARTICLE = "Rail line to open next year\n\n" + "\n\n".join([PARAGRAPH] * 450)


def test_sigterm_lets_the_request_in_flight_finish_and_exits_zero() -> None:
    with running_server() as (proc, base):
        result: dict[str, httpx.Response | BaseException] = {}

        def slow_request() -> None:
            try:
                result["response"] = httpx.post(
                    f"{base}/v1/analyze", json={"text": LONG_ARTICLE}, headers={"X-Request-ID": "in-flight"}, timeout=60
                )
            except BaseException as exc:  # reported by the assertion below
                result["response"] = exc

        worker = threading.Thread(target=slow_request)
        worker.start()
        # Wait until the server itself reports the analysis in flight (the scrape counts as one more).
        deadline = time.monotonic() + START_TIMEOUT_S
        while value(httpx.get(f"{base}/metrics", timeout=10).text, "brief_http_requests_in_flight") < 2:
            assert worker.is_alive(), "the request finished before it was seen in flight"
            assert time.monotonic() < deadline, "the request never showed as in flight"
            time.sleep(0.01)
        proc.send_signal(signal.SIGTERM)
        worker.join(timeout=60)
        assert proc.wait(timeout=30) == 0
        response = result["response"]
        assert isinstance(response, httpx.Response), response
        assert response.status_code == 200
        assert response.json()["summary"]["sentences"]

    assert proc.stdout is not None
    log = [json.loads(line) for line in proc.stdout.read().decode().splitlines() if line.startswith("{")]
    messages = [entry["message"] for entry in log]
    # The order shows the request really was in flight when the signal came.
    shutting_down = messages.index("Shutting down")
    finished = next(i for i, entry in enumerate(log) if entry.get("request_id") == "in-flight")
    assert shutting_down < finished
    assert log[finished]["status"] == 200
