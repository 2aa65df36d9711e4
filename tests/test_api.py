"""The HTTP API in-process (httpx over ASGI): contracts, offsets, and every error status."""

from __future__ import annotations

import itertools

import httpx
import pytest
from fastapi import FastAPI

from service.corpus.store import SeedStore
from service.pipeline.analysis import Pipeline
from service.pipeline.summary import ALGORITHMS
from service.settings import Settings

from .conftest import SEEDS_DIR

pytestmark = pytest.mark.anyio
SEED = "000_bebd00c6689278f5"
PROBLEM = "application/problem+json"


def assert_offsets(text: str, body: dict) -> None:  # type: ignore[type-arg]
    """Every span in a response reproduces the article text it points to."""
    for s in body["summary"]["sentences"] if body.get("summary") else []:
        assert text[s["start"] : s["end"]] == s["text"]
    for actor in body.get("actors") or []:
        for m in actor["mentions"]:
            assert text[m["start"] : m["end"]] == m["text"]
    for p in body.get("positions") or []:
        for span in (p["cue"], p["content"], p["speaker_mention"], *p["content_parts"]):
            if span:
                assert text[span["start"] : span["end"]] == span["text"]
        parts = p["content_parts"]
        assert parts[0]["start"] == p["content"]["start"] and parts[-1]["end"] == p["content"]["end"]
        assert all(a["end"] <= b["start"] for a, b in itertools.pairwise(parts))


def assert_problem(response: httpx.Response, status: int, field: str | None = None) -> dict:  # type: ignore[type-arg]
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith(PROBLEM)
    body = response.json()
    assert body["status"] == status
    assert {"type", "title", "detail"} <= body.keys()
    assert "Traceback" not in response.text and "/work/" not in response.text
    if field is not None:
        assert body["field"] == field, body
    return body


async def test_health_and_readiness(client: httpx.AsyncClient) -> None:
    assert (await client.get("/healthz")).json() == {"status": "ok"}
    assert (await client.get("/readyz")).status_code == 200


async def test_seed_listing_and_detail(client: httpx.AsyncClient, seeds: SeedStore) -> None:
    listing = (await client.get("/v1/seeds")).json()
    assert [s["id"] for s in listing] == seeds.ids()
    assert len(listing) == 5
    assert all(s["title"] and s["word_count"] > 100 for s in listing)
    detail = (await client.get(f"/v1/seeds/{SEED}")).json()
    assert detail["text"] == (SEEDS_DIR / f"{SEED}.txt").read_text(encoding="utf-8")
    assert detail["published"] == "2022-01-07"


async def test_analyze_text_returns_all_parts_with_offsets(client: httpx.AsyncClient) -> None:
    text = (
        "Ministers meet on trade\n\n"
        "The trade ministers of France and Germany met in Paris on Monday to discuss new tariffs. "
        "French Finance Minister Marie Dupont said the talks had been “frank and useful”. "
        "“We will not accept unfair competition,” she said.\n\n"
        "The ministers will meet again in Berlin next month to agree on a common position."
    )
    r = await client.post("/v1/analyze", json={"text": text, "summary": {"sentences": 2}})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["document"]["title"] == "Ministers meet on trade"
    assert len(body["summary"]["sentences"]) == 2
    assert_offsets(text, body)
    assert any(a["name"] == "Marie Dupont" and a["type"] == "person" for a in body["actors"])
    speakers = {p["speaker"]["name"] for p in body["positions"]}
    assert "Marie Dupont" in speakers
    assert set(body["meta"]["timings_ms"]) >= {"analysis", "summary", "actors", "positions", "total"}


async def test_a_refusal_to_comment_is_flagged(client: httpx.AsyncClient) -> None:
    text = (
        "The harbour board said the port would close in May. Harbour Holdings declined to comment on the plan.\n\n"
        "A spokesman for the mayor did not respond to a request for comment."
    )
    r = await client.post("/v1/analyze", json={"text": text, "include": ["positions"]})
    assert r.status_code == 200, r.text
    flags = [(p["content"]["text"], p["no_comment"]) for p in r.json()["positions"]]
    assert flags == [
        ("the port would close in May", False),
        ("to comment on the plan", True),
        ("to a request for comment", True),
    ]


async def test_analyze_seed_by_id(client: httpx.AsyncClient) -> None:
    r = await client.post("/v1/analyze", json={"seed_id": SEED})
    assert r.status_code == 200
    body = r.json()
    assert body["document"]["id"] == SEED
    assert body["document"]["title"] == "Nato 'must prepare for diplomacy with Russia to fail'"
    assert_offsets((SEEDS_DIR / f"{SEED}.txt").read_text(encoding="utf-8"), body)


@pytest.mark.parametrize("algorithm", ALGORITHMS)
async def test_seed_analysis_by_query_for_every_algorithm(client: httpx.AsyncClient, algorithm: str) -> None:
    r = await client.get(f"/v1/seeds/{SEED}/analysis", params={"algorithm": algorithm, "sentences": 4})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["meta"]["algorithm"] == algorithm
    assert len(body["summary"]["sentences"]) == 4


async def test_include_limits_the_parts_computed(client: httpx.AsyncClient) -> None:
    r = await client.get(f"/v1/seeds/{SEED}/analysis", params=[("include", "summary")])
    body = r.json()
    assert body["summary"] is not None and body["actors"] is None and body["positions"] is None
    assert "actors" not in body["meta"]["timings_ms"]
    r = await client.post("/v1/analyze", json={"seed_id": SEED, "include": ["positions"]})
    body = r.json()
    assert body["summary"] is None and body["actors"] is None and body["positions"]


async def test_ratio_and_word_budgets(client: httpx.AsyncClient) -> None:
    r = await client.post("/v1/analyze", json={"seed_id": SEED, "summary": {"words": 50}})
    words = sum(len(s["text"].split()) for s in r.json()["summary"]["sentences"])
    assert 0 < words <= 60  # the budget counts word tokens; whitespace words may differ slightly
    r = await client.post("/v1/analyze", json={"seed_id": SEED, "summary": {"ratio": 0.5, "algorithm": "lead"}})
    assert len(r.json()["summary"]["sentences"]) > 5


async def test_batch_isolates_failures(client: httpx.AsyncClient) -> None:
    items = [{"seed_id": SEED}, {"seed_id": "999_0000000000000000"}, {"text": "A short text about nothing."}, {}]
    r = await client.post("/v1/analyze/batch", json={"items": items, "include": ["summary"]})
    assert r.status_code == 200
    results = r.json()["results"]
    assert [x["ok"] for x in results] == [True, False, True, False]
    assert results[1]["error"]["status"] == 404 and results[1]["error"]["field"] == "items.1.seed_id"
    assert results[3]["error"]["status"] == 422


# ------------------------------------------------------------------ errors


async def test_400_for_malformed_json(client: httpx.AsyncClient) -> None:
    r = await client.post("/v1/analyze", content=b'{"text": ', headers={"content-type": "application/json"})
    assert_problem(r, 400)


async def test_404_for_unknown_seed(client: httpx.AsyncClient) -> None:
    assert_problem(await client.get("/v1/seeds/999_0000000000000000"), 404, "seed_id")
    assert_problem(await client.post("/v1/analyze", json={"seed_id": "999_0000000000000000"}), 404, "seed_id")
    assert_problem(await client.get("/v1/nothing-here"), 404)


@pytest.mark.parametrize(
    "seed_id", ["..%2F..%2Fetc%2Fpasswd", "../../etc/passwd", "%00", "000_bebd00c6689278f5.txt", "/etc/passwd"]
)
async def test_seed_ids_never_reach_the_filesystem(client: httpx.AsyncClient, seed_id: str) -> None:
    r = await client.get(f"/v1/seeds/{seed_id}")
    assert r.status_code in (404, 422)
    assert r.headers["content-type"].startswith(PROBLEM)
    assert "root:" not in r.text


async def test_413_for_long_text_big_body_and_big_batch(pipeline: Pipeline) -> None:
    small = FastAPIClient(
        Settings(seeds_dir=SEEDS_DIR, max_text_chars=100, max_body_bytes=5_000, max_batch=2), pipeline
    )
    async with small as client:
        body = assert_problem(await client.post("/v1/analyze", json={"text": "word " * 30}), 413, "text")
        assert body["limit"] == 100
        body = assert_problem(await client.post("/v1/analyze", json={"text": "x" * 6_000}), 413, "body")
        assert body["limit"] == 5_000
        items = [{"text": "One sentence."}] * 3
        body = assert_problem(await client.post("/v1/analyze/batch", json={"items": items}), 413, "items")
        assert body["limit"] == 2
        r = await client.post("/v1/analyze/batch", json={"items": [{"text": "w " * 80}, {"text": "fine."}]})
        assert [x["ok"] for x in r.json()["results"]] == [False, True]


async def test_415_for_non_json_body(client: httpx.AsyncClient) -> None:
    r = await client.post("/v1/analyze", content=b"text=hello", headers={"content-type": "text/plain"})
    assert_problem(r, 415, "body")


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({}, "body"),
        ({"text": "a", "seed_id": SEED}, "body"),
        ({"seed_id": "nope"}, "seed_id"),
        ({"text": "a", "summary": {"algorithm": "gpt"}}, "summary.algorithm"),
        ({"text": "a", "summary": {"sentences": 0}}, "summary.sentences"),
        ({"text": "a", "summary": {"ratio": 1.5}}, "summary.ratio"),
        ({"text": "a", "summary": {"sentences": 2, "words": 10}}, "summary"),
        ({"text": "a", "include": ["everything"]}, "include.0"),
        ({"text": 42}, "text"),
        ({"text": "a", "colour": "red"}, "colour"),
    ],
)
async def test_422_names_the_offending_field(client: httpx.AsyncClient, payload: dict, field: str) -> None:  # type: ignore[type-arg]
    body = assert_problem(await client.post("/v1/analyze", json=payload), 422, field)
    assert body["errors"]


async def test_422_on_query_parameters(client: httpx.AsyncClient) -> None:
    assert_problem(await client.get(f"/v1/seeds/{SEED}/analysis", params={"sentences": -1}), 422, "sentences")
    assert_problem(await client.get(f"/v1/seeds/{SEED}/analysis", params={"sentences": 2, "ratio": 0.2}), 422)


async def test_odd_text_gives_a_valid_result(client: httpx.AsyncClient) -> None:
    for text in ["", "“", "\u202e\u0000 🙂🙂", "???", "ä" * 3000, "“unbalanced quote, he said. And more text."]:
        r = await client.post("/v1/analyze", json={"text": text})
        assert r.status_code == 200, (text, r.text)
        assert_offsets(text, r.json())


class FastAPIClient:
    """An in-process client over an app with its own settings (for limit tests)."""

    def __init__(self, settings: Settings, pipeline: Pipeline):
        from service.api.app import create_app

        self.app: FastAPI = create_app(settings, pipeline=pipeline)
        self._client = httpx.AsyncClient(transport=httpx.ASGITransport(app=self.app), base_url="http://brief.test")

    async def __aenter__(self) -> httpx.AsyncClient:
        return await self._client.__aenter__()

    async def __aexit__(self, *exc: object) -> None:
        await self._client.__aexit__(*exc)


async def test_lone_surrogates_are_replaced_not_a_500(client: httpx.AsyncClient) -> None:
    raw = b'{"text": "Officials said \\ud800 the talks \\udc00 failed. \\u201cNo,\\u201d he said."}'
    r = await client.post("/v1/analyze", content=raw, headers={"content-type": "application/json"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert any("U+FFFD" in w for w in body["warnings"])
    assert body["document"]["char_count"] == len("Officials said X the talks X failed. “No,” he said.")
    raw = b'{"text": "fine", "title": "\\ud83d"}'
    r = await client.post("/v1/analyze", content=raw, headers={"content-type": "application/json"})
    assert_problem(r, 422, "title")


async def test_batch_item_with_surrogate_title_is_rejected_cleanly(client: httpx.AsyncClient) -> None:
    raw = b'{"items": [{"text": "fine", "title": "\\ud83d"}]}'
    r = await client.post("/v1/analyze/batch", content=raw, headers={"content-type": "application/json"})
    assert_problem(r, 422, "items.0.title")


async def test_positions_grouped_by_actor_across_seeds(client: httpx.AsyncClient) -> None:
    ids = [SEED, "001_400caf59efe26353", "004_66c77f65f70d1ee2"]
    r = await client.get("/v1/positions", params=[("seed_ids", i) for i in ids])
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["sources"] == ids
    by_name = {a["name"]: a for a in body["actors"]}
    stoltenberg = next(a for name, a in by_name.items() if name.endswith("Stoltenberg"))
    assert stoltenberg["type"] == "person"
    assert {s["source_id"] for s in stoltenberg["sources"]} == set(ids)  # merged across the three articles
    texts = {i: (SEEDS_DIR / f"{i}.txt").read_text(encoding="utf-8") for i in ids}
    for actor in body["actors"]:
        for src in actor["sources"]:
            for st in src["statements"]:
                assert texts[src["source_id"]][st["start"] : st["end"]] == st["text"]


async def test_positions_endpoint_errors(client: httpx.AsyncClient) -> None:
    assert_problem(await client.get("/v1/positions"), 422, "seed_ids")
    assert_problem(await client.get("/v1/positions", params={"seed_ids": "999_0000000000000000"}), 404, "seed_ids.0")


async def test_actor_roles_carry_their_affiliation(client: httpx.AsyncClient) -> None:
    body = (await client.post("/v1/analyze", json={"seed_id": "001_400caf59efe26353", "include": ["actors"]})).json()
    affiliated = [a for a in body["actors"] if a["roles"] and a["affiliation"]]
    assert affiliated
    assert all(a["affiliation"] not in a["name"] for a in affiliated)


async def test_time_budget_gives_503_and_frees_the_worker(pipeline: Pipeline) -> None:
    tight = FastAPIClient(Settings(seeds_dir=SEEDS_DIR, request_timeout_s=1e-9), pipeline)
    async with tight as client:
        r = await client.post("/v1/analyze", json={"seed_id": SEED})
        body = assert_problem(r, 503)
        assert "BRIEF_REQUEST_TIMEOUT_S" in body["detail"]
        r = await client.post("/v1/analyze/batch", json={"items": [{"seed_id": SEED}, {"text": "Short text."}]})
        assert [x["error"]["status"] for x in r.json()["results"]] == [503, 503]
        assert (await client.get("/healthz")).status_code == 200  # nothing is left running


async def test_cors_is_off_by_default_and_configurable(client: httpx.AsyncClient, pipeline: Pipeline) -> None:
    headers = {"Origin": "https://app.example", "Access-Control-Request-Method": "POST"}
    r = await client.options("/v1/analyze", headers=headers)
    assert "access-control-allow-origin" not in r.headers
    allowed = FastAPIClient(Settings(seeds_dir=SEEDS_DIR, cors_origins=["https://app.example"]), pipeline)
    async with allowed as c:
        r = await c.options("/v1/analyze", headers=headers)
        assert r.headers["access-control-allow-origin"] == "https://app.example"
        r = await c.options("/v1/analyze", headers={**headers, "Origin": "https://evil.example"})
        assert r.headers.get("access-control-allow-origin") != "https://evil.example"


async def test_meta_reports_how_sentences_were_compared(client: httpx.AsyncClient) -> None:
    body = (await client.post("/v1/analyze", json={"seed_id": SEED, "summary": {"algorithm": "lexrank"}})).json()
    assert body["meta"]["similarity"] == "dense"
    body = (await client.post("/v1/analyze", json={"seed_id": SEED, "summary": {"algorithm": "lead"}})).json()
    assert body["meta"]["similarity"] == "none"
    body = (await client.post("/v1/analyze", json={"seed_id": SEED, "include": ["actors"]})).json()
    assert body["meta"]["similarity"] is None


async def test_dropped_furniture_is_reported_for_audit(client: httpx.AsyncClient) -> None:
    text = (
        "Ministers agree a budget\n\n"
        "Press play to listen to this article\n\n"
        "The finance ministers agreed a budget for next year after talks that ran late on Friday.\n\n"
        "Leave a Comment"
    )
    body = (await client.post("/v1/analyze", json={"text": text})).json()
    dropped = body["document"]["dropped"]
    assert [text[d["start"] : d["end"]] for d in dropped] == ["Press play to listen to this article", "Leave a Comment"]
    assert [d["reason"] for d in dropped] == ["audio-widget", "comment-widget"]
    assert [s["text"] for s in body["summary"]["sentences"]] == [
        "The finance ministers agreed a budget for next year after talks that ran late on Friday."
    ]


DIGEST_SHARED = "The regional ferry operator cancelled all crossings to the islands on Friday because of the storm."
DIGEST_A = "\n\n".join(
    [
        "Storm closes island ferries",
        DIGEST_SHARED,
        "Hundreds of travellers were left waiting at the harbour terminal overnight with little information.",
    ]
)
DIGEST_B = "\n\n".join(
    [
        "Islands cut off as storm hits",
        "Shops on the smaller islands reported shortages of bread and milk by Saturday morning.",
        DIGEST_SHARED,
    ]
)


async def test_summarize_folds_a_sentence_shared_by_two_articles(client: httpx.AsyncClient) -> None:
    r = await client.post(
        "/v1/summarize", json={"items": [{"text": DIGEST_A}, {"text": DIGEST_B}], "summary": {"sentences": 2}}
    )
    assert r.status_code == 200, r.text
    body = r.json()
    assert [s["index"] for s in body["sources"]] == [0, 1]
    first = body["sentences"][0]
    assert first["text"] == DIGEST_SHARED
    assert [o["source"] for o in first["sources"]] == [0, 1]
    texts = (DIGEST_A, DIGEST_B)
    for s in body["sentences"]:
        for o in s["sources"]:
            assert texts[o["source"]][o["start"] : o["end"]] == o["text"]
    assert len(body["sentences"]) == 2 and body["meta"]["groups"] == 3


async def test_summarize_seeds_and_texts_with_a_word_budget(client: httpx.AsyncClient) -> None:
    items = [{"seed_id": SEED}, {"seed_id": "001_400caf59efe26353"}, {"text": DIGEST_A}]
    body = (await client.post("/v1/summarize", json={"items": items, "summary": {"words": 60}})).json()
    assert body["sources"][0]["seed_id"] == SEED and body["sources"][2]["seed_id"] is None
    assert 0 < sum(len(s["text"].split()) for s in body["sentences"]) <= 80  # tokens, not spaces, are counted
    firsts = [(s["sources"][0]["source"], s["sources"][0]["index"]) for s in body["sentences"]]
    assert firsts == sorted(firsts)


async def test_summarize_errors_name_the_field(client: httpx.AsyncClient, pipeline: Pipeline) -> None:
    r = await client.post("/v1/summarize", json={"items": [{"text": "a"}, {"seed_id": "999_0000000000000000"}]})
    assert_problem(r, 404, "items.1.seed_id")
    r = await client.post("/v1/summarize", json={"items": [{"text": "a", "seed_id": SEED}]})
    assert_problem(r, 422, "items.0")
    assert_problem(await client.post("/v1/summarize", json={"items": []}), 422)
    r = await client.post("/v1/summarize", json={"items": [{"text": "a"}], "summary": {"sentences": 2, "words": 5}})
    assert_problem(r, 422)
    assert_problem(await client.post("/v1/summarize", content=b"{}", headers={"content-type": "text/plain"}), 415)
    small = FastAPIClient(Settings(seeds_dir=SEEDS_DIR, max_text_chars=100, max_batch=2), pipeline)
    async with small as c:
        r = await c.post("/v1/summarize", json={"items": [{"text": "fine."}, {"text": "word " * 30}]})
        assert assert_problem(r, 413, "items.1.text")["limit"] == 100
        r = await c.post("/v1/summarize", json={"items": [{"text": "fine."}] * 3})
        assert assert_problem(r, 413, "items")["limit"] == 2
