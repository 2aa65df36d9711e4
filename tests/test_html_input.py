"""HTML input: the article body comes through, page furniture does not, offsets index the returned text.

Pages are small and hand-written, with the furniture real pages carry: navigation, a cookie
banner, adverts, share buttons, a newsletter box, related links, reader comments and a footer.
"""

from __future__ import annotations

import httpx
import pytest
from fastapi import FastAPI

from service.api.app import create_app
from service.pipeline.analysis import Pipeline
from service.pipeline.html_input import HtmlExtractor, decode_html
from service.settings import Settings

from .conftest import SEEDS_DIR
from .test_api import assert_offsets, assert_problem

STRIKE_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Port workers strike over pay | The Daily Example</title></head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<div id="cookie-banner" class="cookie-consent">We use cookies to improve your experience.
  <button>Accept all cookies</button></div>
<div class="ad advertisement">Advertisement: Buy the new SuperPhone today, half price!</div>
<main><article>
<h1>Port workers strike over pay</h1>
<div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a></div>
<p>Thousands of port workers walked out on Tuesday after talks over pay broke down, halting traffic at the
country's largest container terminal.</p>
<p>The union leader, Maria Santos, said the offer was "an insult to people who kept the country running".
She added that the strike would last a week.</p>
<div class="ad advertisement">Sponsored: Win a luxury cruise for two this summer!</div>
<p>The port authority said it regretted the action and urged both sides to return to the table.
Shipping companies warned of delays of several days.</p>
</article></main>
<aside class="sidebar"><h3>Most read</h3><ul><li><a href="/a">Celebrity spotted at the airport</a></li>
<li><a href="/b">Ten recipes for summer</a></li></ul></aside>
<div class="newsletter"><p>Sign up for our daily newsletter and never miss a story!</p><button>Subscribe</button></div>
<section id="comments" class="comments"><h3>Comments</h3>
<div class="comment"><span class="author">grumpy_driver</span>
  <p>This strike is ridiculous, they earn more than enough already!</p></div>
<div class="comment"><span class="author">harbourfan</span><p>Solidarity with the dockers, good on them.</p></div>
</section>
<footer><p>Copyright 2024 The Daily Example. All rights reserved.</p><a href="/privacy">Privacy policy</a></footer>
</body></html>
"""

BODY_SENTENCES = (
    "Thousands of port workers walked out on Tuesday after talks over pay broke down",
    'The union leader, Maria Santos, said the offer was "an insult to people who kept the country running".',
    "She added that the strike would last a week.",
    "The port authority said it regretted the action and urged both sides to return to the table.",
    "Shipping companies warned of delays of several days.",
)
JUNK = (
    "Home",
    "cookies",
    "SuperPhone",
    "cruise",
    "Share on",
    "Most read",
    "Celebrity",
    "newsletter",
    "Subscribe",
    "ridiculous",
    "Solidarity",
    "grumpy_driver",
    "Copyright",
    "Privacy",
)

LISTS_PAGE = """<html><head><title>Budget row deepens</title></head><body><article>
<h1>Budget row deepens</h1>
<p>The finance minister said on Monday that the budget would be cut by a tenth.</p>
<h2>What happens next</h2>
<ul><li>Parliament votes on the plan on Friday.</li><li>The opposition will table amendments.</li></ul>
<blockquote><p>"We will fight this line by line," said the opposition leader.</p></blockquote>
<p>Markets were calm.<br>Government bonds rose slightly in early trading.</p>
</article></body></html>"""


@pytest.fixture(scope="module")
def extract() -> HtmlExtractor:
    return HtmlExtractor()


def test_the_article_body_comes_through_and_the_furniture_does_not(extract: HtmlExtractor) -> None:
    page = extract(STRIKE_PAGE)
    flat = " ".join(page.text.split())
    for sentence in BODY_SENTENCES:
        assert sentence in flat
    for junk in JUNK:
        assert junk not in page.text, junk
    assert page.title == "Port workers strike over pay"  # the site name after "|" is not part of it


def test_paragraphs_are_separated_by_blank_lines(extract: HtmlExtractor) -> None:
    paragraphs = extract(STRIKE_PAGE).text.split("\n\n")
    assert paragraphs[0] == "Port workers strike over pay"
    assert paragraphs[1].startswith("Thousands of port workers") and paragraphs[1].endswith("container terminal.")
    assert len(paragraphs) == 4
    assert all(p == p.strip() and "  " not in p for p in paragraphs)


def test_headings_lists_quotes_and_line_breaks(extract: HtmlExtractor) -> None:
    page = extract(LISTS_PAGE)
    assert page.text.split("\n\n") == [
        "Budget row deepens",
        "The finance minister said on Monday that the budget would be cut by a tenth.",
        "What happens next",
        "Parliament votes on the plan on Friday.\nThe opposition will table amendments.",
        '"We will fight this line by line," said the opposition leader.',
        "Markets were calm.\nGovernment bonds rose slightly in early trading.",
    ]


AUTHOR_BOXES = (
    '<div class="author-bio"><p>Ilse Vandermeer is our housing correspondent. She said she loves ports.</p></div>',
    '<div id="author"><p>Ilse Vandermeer is our housing correspondent. She said she loves ports.</p></div>',
    '<section class="contributorInfo"><p>Ilse Vandermeer is a writer. She said she loves ports.</p></section>',
    '<p class="byline">By Ilse Vandermeer, housing correspondent, who said she loves ports.</p>',
)


@pytest.mark.parametrize("box", AUTHOR_BOXES)
def test_an_author_box_on_a_short_page_is_left_out(extract: HtmlExtractor, box: str) -> None:
    """On a short page trafilatura falls back to extractors that keep author boxes; they are removed first."""
    page = extract(
        f'<html><body><article><h1>Rent row</h1><p>"We will sue," said Tomasz Wrobel.</p>{box}</article></body></html>'
    )
    assert page.text == 'Rent row\n\n"We will sue," said Tomasz Wrobel.'


def test_a_story_whose_names_mention_its_author_is_kept(extract: HtmlExtractor) -> None:
    html = (
        '<html><body><div class="story-body author-12"><h2>Rent row</h2><p>"We will sue," said Tomasz Wrobel.</p>'
        '<p>The hearing is in May, wrote <a class="author-link" href="/a">Ilse Vandermeer</a> for the paper.</p>'
        "</div></body></html>"
    )
    assert extract(html).text.endswith("The hearing is in May, wrote Ilse Vandermeer for the paper.")


def test_a_short_fragment_is_still_an_article(extract: HtmlExtractor) -> None:
    page = extract("<p>The mayor said the bridge would reopen in May.</p><p>Repairs cost two million euros.</p>")
    assert page.text == "The mayor said the bridge would reopen in May.\n\nRepairs cost two million euros."
    assert page.title is None


@pytest.mark.parametrize(
    "html",
    ["", "   ", "<html><head><title>Only a title</title></head><body></body></html>", "<script>var x = 1;</script>"],
)
def test_pages_without_an_article_give_empty_text(extract: HtmlExtractor, html: str) -> None:
    assert extract(html).text == ""


def test_control_characters_and_lone_surrogates_are_not_errors(extract: HtmlExtractor) -> None:
    assert "\x00" not in extract("\x00\x01<p>Hello</p>").text
    assert extract("\ud800").text == ""


def test_decoding_follows_the_declared_charset_then_utf8_then_the_page() -> None:
    assert decode_html("café".encode("latin-1"), "iso-8859-1") == "café"
    assert decode_html("café".encode()) == "café"
    assert decode_html(b'<meta charset="windows-1252"><p>caf\xe9</p>').endswith("café</p>")
    assert decode_html("café".encode(), "no-such-charset") == "café"
    assert decode_html(b"caf\xe9") == "café"  # undeclared legacy bytes: Windows-1252


# ----------------------------------------------------------------------------------------- API


@pytest.mark.anyio
async def test_format_html_returns_the_extracted_text_and_offsets_index_it(client: httpx.AsyncClient) -> None:
    r = await client.post("/v1/analyze", json={"text": STRIKE_PAGE, "format": "html"})
    assert r.status_code == 200, r.text
    body = r.json()
    text = body["document"]["text"]
    assert body["document"]["title"] == "Port workers strike over pay"
    assert body["document"]["char_count"] == len(text)
    assert_offsets(text, body)
    assert body["summary"]["sentences"]
    for junk in JUNK:
        assert junk not in text
    names = {a["name"] for a in body["actors"]}
    assert "Maria Santos" in names
    assert not names & {"SuperPhone", "grumpy_driver", "The Daily Example"}
    assert any(p["speaker"]["name"] == "Maria Santos" for p in body["positions"])
    assert "html" in body["meta"]["timings_ms"]


@pytest.mark.anyio
async def test_plain_text_responses_have_no_document_text(client: httpx.AsyncClient) -> None:
    r = await client.post("/v1/analyze", json={"text": "The minister said talks would go on."})
    assert r.status_code == 200
    assert "text" not in r.json()["document"]
    assert "html" not in r.json()["meta"]["timings_ms"]


@pytest.mark.anyio
async def test_the_client_title_wins_over_the_page_title(client: httpx.AsyncClient) -> None:
    r = await client.post(
        "/v1/analyze", json={"text": STRIKE_PAGE, "format": "html", "title": "Dockers walk out", "include": []}
    )
    assert r.status_code == 200, r.text
    assert r.json()["document"]["title"] == "Dockers walk out"


@pytest.mark.anyio
async def test_raw_html_endpoint_takes_options_as_query_parameters(client: httpx.AsyncClient) -> None:
    r = await client.post(
        "/v1/analyze/html",
        params={"sentences": 1, "algorithm": "lead", "include": ["summary", "actors"]},
        content=STRIKE_PAGE.encode("utf-8"),
        headers={"content-type": "text/html; charset=utf-8"},
    )
    assert r.status_code == 200, r.text
    body = r.json()
    assert_offsets(body["document"]["text"], body)
    assert [s["text"] for s in body["summary"]["sentences"]] == [
        "Thousands of port workers walked out on Tuesday after talks over pay broke down, halting traffic at the "
        "country's largest container terminal."
    ]
    assert body["positions"] is None and body["actors"] is not None


@pytest.mark.anyio
async def test_raw_html_endpoint_decodes_the_declared_charset(client: httpx.AsyncClient) -> None:
    page = "<p>The mayor of Zürich said the café would reopen in May after repairs.</p>"
    r = await client.post(
        "/v1/analyze/html",
        params={"title": "Café reopens"},
        content=page.encode("latin-1"),
        headers={"content-type": "text/html; charset=ISO-8859-1"},
    )
    assert r.status_code == 200, r.text
    assert "Zürich" in r.json()["document"]["text"]
    assert r.json()["document"]["title"] == "Café reopens"


@pytest.mark.anyio
async def test_raw_html_endpoint_wants_html(client: httpx.AsyncClient) -> None:
    r = await client.post("/v1/analyze/html", json={"text": STRIKE_PAGE})
    assert_problem(r, 415, "body")
    r = await client.post("/v1/analyze/html", content=b"<p>x</p>")
    assert_problem(r, 415, "body")


@pytest.mark.anyio
async def test_no_article_in_the_page_is_a_422_naming_the_field(client: httpx.AsyncClient) -> None:
    empty = "<html><head><title>Loading</title><style>p {}</style></head><body><script>track()</script></body></html>"
    assert_problem(await client.post("/v1/analyze", json={"text": empty, "format": "html"}), 422, "text")
    r = await client.post("/v1/analyze/html", content=empty.encode(), headers={"content-type": "text/html"})
    assert_problem(r, 422, "body")
    r = await client.post("/v1/analyze/html", content=b"", headers={"content-type": "text/html"})
    assert_problem(r, 422, "body")


@pytest.mark.anyio
async def test_format_html_applies_to_text_only(client: httpx.AsyncClient) -> None:
    r = await client.post("/v1/analyze", json={"seed_id": "000_bebd00c6689278f5", "format": "html"})
    assert_problem(r, 422, "format")
    assert_problem(await client.post("/v1/analyze", json={"text": "x", "format": "pdf"}), 422, "format")


@pytest.fixture(scope="module")
def small_limits_app(pipeline: Pipeline) -> FastAPI:
    return create_app(Settings(seeds_dir=SEEDS_DIR, max_text_chars=300, max_body_bytes=20_000), pipeline=pipeline)


@pytest.mark.anyio
async def test_limits_raw_page_against_body_size_extracted_text_against_text_chars(
    small_limits_app: FastAPI,
) -> None:
    transport = httpx.ASGITransport(app=small_limits_app)
    async with httpx.AsyncClient(transport=transport, base_url="http://brief.test") as client:
        short_article = "<p>The mayor said the bridge would reopen in May.</p>"
        # The page is longer than the text limit, but the article in it is not: accepted.
        padded = "<html><body><nav>" + "<a href='/x'>Link</a>" * 100 + "</nav>" + short_article + "</body></html>"
        assert len(padded) > 300
        r = await client.post("/v1/analyze", json={"text": padded, "format": "html"})
        assert r.status_code == 200, r.text
        # The article itself is over the text limit.
        long_article = "<article>" + "<p>The mayor said the old bridge would reopen in May.</p>" * 20 + "</article>"
        body = assert_problem(await client.post("/v1/analyze", json={"text": long_article, "format": "html"}), 413)
        assert body["field"] == "text" and body["limit"] == 300
        r = await client.post("/v1/analyze/html", content=long_article.encode(), headers={"content-type": "text/html"})
        assert assert_problem(r, 413, "body")["limit"] == 300
        # The page over the body-size limit never reaches the extractor.
        huge = ("<p>" + "word " * 50 + "</p>") * 100
        r = await client.post("/v1/analyze/html", content=huge.encode(), headers={"content-type": "text/html"})
        assert assert_problem(r, 413, "body")["limit"] == 20_000
