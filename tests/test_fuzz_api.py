"""Spec fuzzing: schemathesis generates requests from the committed OpenAPI spec and sends
them to the in-process app. No 5xx, every response matches its declared schema, and every
4xx is an RFC 9457 problem document.

`make test` runs a quick profile; `make fuzz` sets BRIEF_FUZZ_EXAMPLES for the deep one.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterator

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis import Case
from schemathesis.specs.openapi import checks

from service.openapi import DEFAULT_PATH

from .conftest import shared_app

EXAMPLES = int(os.environ.get("BRIEF_FUZZ_EXAMPLES", "40"))
CASES: Counter[str] = Counter()
schema = schemathesis.openapi.from_path(DEFAULT_PATH)
# Requests go to the in-process ASGI app, never over a network.
schema.app = shared_app()


@pytest.fixture(scope="module", autouse=True)
def _report_case_count(request: pytest.FixtureRequest) -> Iterator[None]:
    yield
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None and CASES:
        per_operation = ", ".join(f"{label}: {n}" for label, n in sorted(CASES.items()))
        reporter.write_line(f"spec fuzzing: {sum(CASES.values())} cases ({per_operation})")


def problem_json_for_client_errors(ctx: object, response: schemathesis.Response, case: Case) -> bool:
    if 400 <= response.status_code < 500:
        content_type = response.headers.get("content-type", [""])[0]
        assert content_type.startswith("application/problem+json"), (response.status_code, content_type)
        body = response.json()
        assert {"type", "title", "status", "detail"} <= body.keys()
        assert body["status"] == response.status_code
    return True


@schema.parametrize()
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
def test_api_conforms_to_its_spec(case: Case) -> None:
    CASES[case.operation.label] += 1
    excluded = []
    if case.operation.label in ("GET /v1/seeds/{seed_id}/analysis", "POST /v1/analyze/html") or (
        isinstance(case.body, dict) and case.body.get("format") == "html"
    ):
        # OpenAPI cannot say "at most one of these query parameters", nor "a page with an article in
        # it"; those 422s are intended (and tested in test_api, test_html_input), so that one check
        # does not apply here.
        excluded.append(checks.positive_data_acceptance)
    if case.operation.label == "POST /v1/analyze/html":
        # Any text/html body is a string of bytes, so "a body that is not a string" cannot be sent:
        # schemathesis serialises a generated array as the text "[]", a valid (if empty) page.
        excluded.append(checks.negative_data_rejection)
    case.call_and_validate(additional_checks=[problem_json_for_client_errors], excluded_checks=excluded)
