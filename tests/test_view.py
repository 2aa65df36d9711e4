"""The annotated article view: the renderer on hand-built analyses, then both routes in-process.

Pages are read back with ``html.parser``: the markup must nest properly, the article's text
must come back exactly as sent, and hostile text must stay text.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from dataclasses import dataclass
from html.parser import HTMLParser

import httpx
import pytest

from service.api.models import (
    ActorOut,
    AnalyzeResponse,
    DocumentOut,
    DroppedOut,
    MentionOut,
    MetaOut,
    PositionOut,
    SpanOut,
    SpeakerOut,
    SummaryOut,
    SummarySentenceOut,
)
from service.api.view import render_article_view
from service.corpus.store import SeedStore

VOID = {"meta", "br", "img", "input", "link", "hr", "wbr"}


@dataclass
class Element:
    tag: str
    attrs: dict[str, str]
    in_article: bool
    text: str = ""


class Page(HTMLParser):
    """Elements with their attributes and text, plus the article's text; fails on any misnesting."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[Element] = []
        self.article_text = ""
        self.open_elements: list[Element] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        inside = any(e.tag == "article" for e in self.open_elements)
        element = Element(tag, {k: v or "" for k, v in attrs}, inside)
        self.elements.append(element)
        if tag not in VOID:
            self.open_elements.append(element)

    def handle_endtag(self, tag: str) -> None:
        top = self.open_elements[-1].tag if self.open_elements else None
        assert top == tag, f"</{tag}> closes <{top}>"
        self.open_elements.pop()

    def handle_data(self, data: str) -> None:
        for element in self.open_elements:
            element.text += data
        if any(e.tag == "article" for e in self.open_elements):
            self.article_text += data

    def by_class(self, name: str) -> list[Element]:
        """Elements of the article (the legend and panels use the same classes)."""
        return [e for e in self.elements if e.in_article and name in e.attrs.get("class", "").split()]

    def by_id(self, anchor: str) -> Element:
        (element,) = [e for e in self.elements if e.attrs.get("id") == anchor]
        return element


def parse(page: str) -> Page:
    parser = Page()
    parser.feed(page)
    parser.close()
    assert parser.open_elements == [], [e.tag for e in parser.open_elements]
    return parser


def span(text: str, part: str, nth: int = 0) -> SpanOut:
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return SpanOut(start=start, end=start + len(part), text=part)


def mention(text: str, part: str, kind: str = "name", nth: int = 0) -> MentionOut:
    return MentionOut(**span(text, part, nth).model_dump(), kind=kind)


def response(
    text: str,
    summary: list[str],
    actors: list[ActorOut],
    positions: list[PositionOut],
    dropped: list[DroppedOut] | None = None,
    title: str | None = "A headline",
) -> AnalyzeResponse:
    sentences = [
        SummarySentenceOut(**span(text, s).model_dump(), index=i, score=1.0 - i / 10) for i, s in enumerate(summary)
    ]
    return AnalyzeResponse(
        document=DocumentOut(
            id=None,
            title=title,
            dropped=dropped or [],
            char_count=len(text),
            word_count=len(text.split()),
            sentence_count=len(summary),
        ),
        summary=SummaryOut(algorithm="lexrank", sentences=sentences),
        actors=actors,
        positions=positions,
        meta=MetaOut(version="test", algorithm="lexrank", timings_ms={}),
    )


TEXT = (
    "Share this page\n\n"
    "Anna Berg, the Nordic Council president, said “we will act on Monday, whatever Oslo says”. "
    "Officials in Oslo said talks would resume. She added: “Nothing is decided.”"
)


def berg_analysis(text: str = TEXT) -> AnalyzeResponse:
    berg = ActorOut(
        id="a1",
        name="Anna Berg",
        type="person",
        aliases=[],
        roles=["president"],
        affiliation="Nordic Council",
        mentions=[mention(text, "Anna Berg"), mention(text, "She", kind="pronoun")],
        salience=0.9,
    )
    council = ActorOut(
        id="a2",
        name="Nordic Council",
        type="organization",
        aliases=[],
        roles=[],
        affiliation=None,
        mentions=[mention(text, "Nordic Council")],
        salience=0.5,
    )
    oslo = ActorOut(
        id="a3",
        name="Oslo",
        type="location",
        aliases=[],
        roles=[],
        affiliation=None,
        mentions=[mention(text, "Oslo"), mention(text, "Oslo", nth=1)],
        salience=0.4,
    )
    positions = [
        PositionOut(
            speaker=SpeakerOut(actor_id="a1", name="Anna Berg", type="person"),
            speaker_mention=span(text, "Anna Berg"),
            cue=span(text, "said"),
            kind="direct",
            content=span(text, "we will act on Monday, whatever Oslo says"),
            content_parts=[span(text, "we will act on Monday, whatever Oslo says")],
            sentence_index=1,
        ),
        PositionOut(
            speaker=SpeakerOut(actor_id=None, name="officials", type="group"),
            speaker_mention=span(text, "Officials"),
            cue=span(text, "said", nth=1),
            kind="indirect",
            # runs past the end of its sentence into the next: the marks must split, not misnest
            content=span(text, "talks would resume. She added"),
            content_parts=[span(text, "talks would resume. She added")],
            sentence_index=2,
        ),
        PositionOut(
            speaker=SpeakerOut(actor_id="a1", name="Anna Berg", type="person"),
            speaker_mention=span(text, "She"),
            cue=span(text, "added"),
            kind="direct",
            content=span(text, "Nothing is decided."),
            content_parts=[span(text, "Nothing is decided.")],
            sentence_index=3,
        ),
    ]
    twice = positions[0].model_copy(update={"kind": "indirect"})
    positions.insert(1, twice)  # the same words again: drawn under the first, but its anchor is still there
    summary = ["Anna Berg, the Nordic Council president, said", "Officials in Oslo said talks would resume."]
    dropped = [DroppedOut(start=0, end=len("Share this page"), reason="share-widget")]
    return response(text, summary, [berg, council, oslo], positions, dropped)


def test_the_article_text_comes_back_exactly_and_every_layer_is_marked() -> None:
    page = parse(render_article_view(berg_analysis(), TEXT))
    assert page.article_text == TEXT
    summary = page.by_class("summary")
    assert [e.tag for e in summary] == ["mark"] * len(summary) and {e.attrs.get("id") for e in summary} >= {"s0", "s1"}
    (person,) = [e for e in page.by_class("actor-person") if e.text == "Anna Berg"]
    assert "president" in person.attrs["data-tip"] and "Nordic Council" in person.attrs["data-tip"]
    assert [e.text for e in page.by_class("actor-organization")] == ["Nordic Council"]
    assert [e.text for e in page.by_class("actor-location")] == ["Oslo", "Oslo"]
    (pronoun,) = [e for e in page.by_class("actor-person") if e.text == "She"]
    assert "ref" in pronoun.attrs["class"].split()
    assert page.by_class("dropped")[0].text == "Share this page"


def test_quotes_link_to_their_speaker_in_the_who_said_what_panel() -> None:
    page = parse(render_article_view(berg_analysis(), TEXT))
    quotes = page.by_class("quote")
    assert all(q.tag == "a" for q in quotes)
    first = page.by_id("q0")
    assert first.text == "we will act on Monday, whatever Oslo says"
    speaker = page.by_id(first.attrs["href"].removeprefix("#"))
    assert "speaker" in speaker.attrs["class"] and "Anna Berg" in speaker.text
    assert "Nothing is decided." in speaker.text and "added" in speaker.text  # all of her statements
    assert page.by_id("q1").text == "" and page.by_id("q1").tag == "span"
    # a quote crossing a sentence boundary is split there, each piece still linking to the group
    crossing = [q for q in quotes if q.attrs["href"] == "#speaker-group-officials"]
    assert len(crossing) == 2 and "".join(q.text for q in crossing) == "talks would resume. She added"
    group = page.by_id("speaker-group-officials")
    assert "officials" in group.text and "talks would resume" in group.text
    panel = page.by_id("who-said-what")
    assert panel.text.index("Anna Berg") < panel.text.index("officials")  # most statements first
    for link in (e for e in page.elements if e.tag == "a"):
        page.by_id(link.attrs["href"].removeprefix("#"))  # every link lands somewhere in the page


def test_a_split_statement_is_listed_without_the_narrators_words_between_its_parts() -> None:
    text = "“It is over,” said Anna Berg, the council president. “Nobody listens.”"
    berg = ActorOut(
        id="a1", name="Anna Berg", type="person", aliases=[], roles=[], affiliation=None,
        mentions=[mention(text, "Anna Berg")], salience=1.0,
    )  # fmt: skip
    whole = SpanOut(start=1, end=len(text) - 1, text=text[1:-1])
    split = PositionOut(
        speaker=SpeakerOut(actor_id="a1", name="Anna Berg", type="person"),
        speaker_mention=span(text, "Anna Berg"),
        cue=span(text, "said"),
        kind="direct",
        content=whole,
        content_parts=[span(text, "It is over"), span(text, "Nobody listens.")],
        sentence_index=0,
    )
    page = parse(render_article_view(response(text, [], [berg], [split]), text))
    assert "“It is over” … “Nobody listens.”" in page.by_id("speaker-a1").text
    assert "the council president" not in page.by_id("speaker-a1").text


HOSTILE = (
    '<script>alert("x")</script> Dr <img src=x onerror=alert(1)> Evil said "</mark></a><b>bold" & '
    "&amp; stays &lt;literal&gt;. <!-- not a comment --> <style>body{display:none}</style>"
)


def test_hostile_text_and_names_are_inert() -> None:
    evil = ActorOut(
        id='a1"><script>',
        name='Evil <script>x</script>" onmouseover="alert(1)',
        type="person",
        aliases=[],
        roles=["<b>boss</b>"],
        affiliation=None,
        mentions=[mention(HOSTILE, "Evil")],
        salience=0.5,
    )
    said = PositionOut(
        speaker=SpeakerOut(actor_id=evil.id, name=evil.name, type="person"),
        speaker_mention=span(HOSTILE, "Evil"),
        cue=span(HOSTILE, "said"),
        kind="direct",
        content=span(HOSTILE, '"</mark></a><b>bold"'),
        content_parts=[span(HOSTILE, '"</mark></a><b>bold"')],
        sentence_index=0,
    )
    result = response(HOSTILE, ['<script>alert("x")</script>'], [evil], [said], title="<title>x</title>")
    html = render_article_view(result, HOSTILE)
    page = parse(html)
    assert page.article_text == HOSTILE
    tags = [e.tag for e in page.elements]
    assert "script" not in tags and "img" not in tags and "b" not in tags and tags.count("style") == 1
    assert tags.count("title") == 1 and "<script" not in html.lower()
    assert all(not name.startswith("on") for e in page.elements for name in e.attrs)
    (mark,) = page.by_class("actor-person")
    assert mark.attrs["data-tip"].startswith("Evil <script>x</script>")  # as text, inside a quoted attribute
    assert re.fullmatch(r"#speaker-[A-Za-z0-9_-]+", page.by_id("q0").attrs["href"])


def test_spans_that_overlap_nest_or_fall_outside_the_text_never_break_the_markup() -> None:
    text = "Jean Paul Martin met Paul Martin Jr in Saint Paul."
    a = ActorOut(
        id="a1",
        name="Jean Paul Martin",
        type="person",
        aliases=[],
        roles=[],
        affiliation=None,
        salience=0.5,
        mentions=[mention(text, "Jean Paul Martin"), MentionOut(start=40, end=400, text="x", kind="name")],
    )
    b = ActorOut(  # overlaps a's mention, and one of its spans is empty
        id="a2",
        name="Paul Martin",
        type="person",
        aliases=[],
        roles=[],
        affiliation=None,
        salience=0.5,
        mentions=[
            mention(text, "Paul Martin Jr"),
            mention(text, "Paul Martin"),
            MentionOut(start=3, end=3, text="", kind="name"),
        ],
    )
    c = ActorOut(
        id="a3",
        name="Saint Paul",
        type="location",
        aliases=[],
        roles=[],
        affiliation=None,
        salience=0.5,
        mentions=[mention(text, "Saint Paul")],
    )
    result = response(text, ["Jean Paul Martin met Paul", "Martin Jr in Saint Paul."], [a, b, c], [])
    page = parse(render_article_view(result, text))
    assert page.article_text == text
    assert [e.text for e in page.by_class("actor-location")] == ["Saint Paul"]
    # the innermost mention wins where two overlap, and every piece keeps its own actor
    pieces = [(e.text, e.attrs["data-actor"]) for e in page.by_class("actor-person")]
    assert pieces == [("Jean ", "a1"), ("Paul Martin", "a2"), ("Paul", "a2"), (" ", "a2"), ("Martin Jr", "a2")]
    assert page.by_id("who-said-what").text.endswith("No attributed statements found.")
    empty = parse(render_article_view(response("", [], [], []), ""))
    assert empty.article_text == "" and empty.by_id("article").text == ""


# ---------------------------------------------------------------- routes

ARTICLE = (
    "Ministers meet on trade\n\n"
    "The trade ministers of France and Germany met in Paris on Monday to discuss new tariffs. "
    "French Finance Minister Marie Dupont said the talks had been “frank and useful”. "
    "“We will not accept unfair competition,” she said.\n\n"
    "The ministers will meet again in Berlin next month to agree on a common position."
)


def assert_self_contained(r: httpx.Response) -> Page:
    assert r.status_code == 200, r.text
    assert r.headers["content-type"] == "text/html; charset=utf-8"
    csp = r.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "script-src 'none'" in csp
    page = parse(r.text)
    (style,) = [e for e in page.elements if e.tag == "style"]
    digest = base64.b64encode(hashlib.sha256(style.text.encode()).digest()).decode()
    assert f"'sha256-{digest}'" in csp  # the page's one stylesheet is the one the policy allows
    assert not [e for e in page.elements if e.tag in ("script", "link", "img", "iframe")]
    assert not [e for e in page.elements if "src" in e.attrs or e.attrs.get("href", "#").startswith(("http", "//"))]
    assert "url(" not in style.text and "@import" not in style.text
    return page


@pytest.mark.anyio
async def test_post_view_marks_the_analysis_of_the_text(client: httpx.AsyncClient) -> None:
    body = {"text": ARTICLE, "summary": {"sentences": 2}}
    analysis = (await client.post("/v1/analyze", json=body)).json()
    page = assert_self_contained(await client.post("/v1/view", json=body))
    assert page.article_text == ARTICLE
    assert [e.text for e in page.by_class("summary")] == [s["text"] for s in analysis["summary"]["sentences"]]
    (dupont,) = [e for e in page.by_class("actor-person") if e.text == "Marie Dupont"]
    assert "Minister" in dupont.attrs["data-tip"]
    assert {"Paris", "Berlin"} <= {e.text for e in page.by_class("actor-location")}
    quotes = {e.text: e.attrs["href"] for e in page.by_class("quote")}
    assert "We will not accept unfair competition" in quotes
    speaker = page.by_id(quotes["We will not accept unfair competition"].removeprefix("#"))
    assert "Marie Dupont" in speaker.text


@pytest.mark.anyio
async def test_seed_view_and_errors(client: httpx.AsyncClient, seeds: SeedStore) -> None:
    seed_id = seeds.ids()[0]
    page = assert_self_contained(await client.get(f"/v1/seeds/{seed_id}/view", params={"sentences": 2}))
    assert page.article_text == (await client.get(f"/v1/seeds/{seed_id}")).json()["text"]
    assert len(page.by_class("summary")) >= 2 and page.by_class("actor") and page.by_class("quote")
    assert seed_id in next(e for e in page.elements if e.attrs.get("class") == "meta").text
    via_post = await client.post("/v1/view", json={"seed_id": seed_id, "summary": {"sentences": 2}})
    assert parse(via_post.text).article_text == page.article_text

    def problem(r: httpx.Response, status: int) -> None:
        assert r.status_code == status, r.text
        assert r.headers["content-type"].startswith("application/problem+json")

    problem(await client.get("/v1/seeds/999_0000000000000000/view"), 404)
    problem(await client.get(f"/v1/seeds/{seed_id}/view", params={"sentences": 0}), 422)
    problem(await client.post("/v1/view", json={"seed_id": "999_0000000000000000"}), 404)
    problem(await client.post("/v1/view", json={"text": "x", "seed_id": seed_id}), 422)
    problem(await client.post("/v1/view", json={}), 422)
    problem(await client.post("/v1/view", content=b"{", headers={"content-type": "application/json"}), 400)
    problem(await client.post("/v1/view", content=b"text", headers={"content-type": "text/plain"}), 415)


@pytest.mark.anyio
async def test_odd_text_still_gets_a_page(client: httpx.AsyncClient) -> None:
    for text in ("", "\ud800 lone surrogate said nothing.", "<script>alert(1)</script>", "\x00\x1b[31m\r\n"):
        raw = json.dumps({"text": text}).encode()  # ASCII escapes: a lone surrogate survives the trip
        r = await client.post("/v1/view", content=raw, headers={"content-type": "application/json"})
        page = assert_self_contained(r)
        assert page.article_text == text.replace("\ud800", "\ufffd")


@pytest.mark.anyio
async def test_html_input_is_shown_as_the_extracted_article(client: httpx.AsyncClient) -> None:
    page_html = (
        "<html><head><title>Port strike ends</title></head><body>"
        '<nav><a href="/">Home</a> <a href="/news">News</a></nav>'
        "<article><h1>Port strike ends</h1><p>Dock workers in Rotterdam ended their strike on Tuesday after a "
        "new pay offer, the union said.</p><p>Union leader Karel Visser said the deal was “a fair result” "
        "for members who had walked out for two weeks.</p></article></body></html>"
    )
    body = {"text": page_html, "format": "html"}
    analysis = (await client.post("/v1/analyze", json=body)).json()
    page = assert_self_contained(await client.post("/v1/view", json=body))
    assert page.article_text == analysis["document"]["text"]  # the offsets index the extracted text
    assert "Home" not in page.article_text and "<p>" not in page.article_text
    assert [e.text for e in page.by_class("summary")] == [s["text"] for s in analysis["summary"]["sentences"]]
