"""The committed OpenAPI spec is the app's, and documents every error and limit."""

from __future__ import annotations

import json

from service.openapi import DEFAULT_PATH, render, spec


def test_committed_spec_matches_the_app() -> None:
    committed = DEFAULT_PATH.read_text(encoding="utf-8")
    assert committed == render(), "openapi/openapi.json is stale: run `python -m service.openapi`"


def test_spec_documents_problem_responses_and_limits() -> None:
    doc = spec()
    analyze = doc["paths"]["/v1/analyze"]["post"]
    for status in ("400", "404", "413", "415", "422"):
        assert "application/problem+json" in analyze["responses"][status]["content"]
    assert "BRIEF_MAX_TEXT_CHARS" in doc["info"]["description"]
    text = json.dumps(doc)
    assert "000_bebd00c6689278f5" in text  # the seed-id example is a real seed


def test_every_schema_property_is_described() -> None:
    undocumented = [
        f"{name}.{prop}"
        for name, schema in spec()["components"]["schemas"].items()
        if not name.startswith(("HTTPValidationError", "ValidationError"))
        for prop, body in schema.get("properties", {}).items()
        if "description" not in body
    ]
    assert undocumented == []
