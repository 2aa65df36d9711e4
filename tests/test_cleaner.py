"""The page cleaner: one test per kind of page furniture, built from hand-written lines, plus the seeds.

Each junk test embeds the furniture in a small article whose body must survive untouched, so
a rule that is too greedy fails as surely as one that misses.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import pytest

import service.pipeline.cleaner as cleaner_module
from service.pipeline.cleaner import CleanedPage, PageCleaner

from .conftest import SEEDS_DIR, seed_text

HEADLINE = "Harbour council approves new ferry terminal"
BODY = [
    "The harbour council voted on Tuesday to build a new ferry terminal on the east quay, ending a year of delays.",
    "Councillors said the terminal would open in 2027 and cost about 40 million euros.",
    "“We have waited long enough,” the mayor told reporters after the vote.",
    "Opponents said the plan ignored the fishing fleet and promised to appeal to the regional court.",
]


@pytest.fixture(scope="module")
def clean() -> PageCleaner:
    return PageCleaner()


def article(
    *, before: Sequence[str] = (), after_title: Sequence[str] = (), middle: Sequence[str] = (), end: Sequence[str] = ()
) -> str:
    """A small article with furniture lines spliced in at the given places (blank line between paragraphs)."""
    parts = [*before, HEADLINE, *after_title, BODY[0], BODY[1], *middle, BODY[2], BODY[3], *end]
    return "\n\n".join(parts) + "\n"


def dropped_lines(text: str, page: CleanedPage) -> dict[str, str]:
    """Each dropped non-blank line mapped to its reason."""
    out: dict[str, str] = {}
    for r in page.dropped:
        for line in text[r.start : r.end].splitlines():
            if line.strip():
                out[line.strip()] = r.reason
    return out


def assert_body_kept(text: str, page: CleanedPage) -> None:
    for sentence in BODY:
        start = text.index(sentence)
        assert page.reason_at(start) is None, sentence
    assert page.title_span is not None and text[slice(*page.title_span)] == HEADLINE


@pytest.mark.parametrize(
    ("where", "lines", "reason"),
    [
        ("middle", ["Powered by automated translation"], "translation-notice"),
        ("after_title", ["This article was machine translated from Spanish"], "translation-notice"),
        ("after_title", ["Press play to listen to this article"], "audio-widget"),
        ("after_title", ["Listen to this story (4 min)"], "audio-widget"),
        ("end", ["Updated: March 3, 2024, 8:15 AM"], "updated-line"),
        ("end", ["Last updated 14 Feb 2023"], "updated-line"),
        ("end", ["Leave a Comment"], "comment-widget"),
        ("end", ["12 Comments"], "comment-widget"),
        (
            "end",
            [
                "Join the conversation",
                "Keep it friendly and on topic. Read our community guidelines before you post a comment.",
                "Report this comment",
                "Thank you for your feedback",
            ],
            "comment-widget",
        ),
        (
            "before",
            [
                "Before you go",
                "Our reporting is funded by readers like you. Please support independent journalism today.",
                "Become a member",
            ],
            "donation-appeal",
        ),
        (
            "end",
            ["If you value our journalism, make a monthly contribution and help us stay free for everyone."],
            "donation-appeal",
        ),
        ("middle", ["The mayor speaks to the press on the east quay. Getty Images"], "photo-credit"),
        (
            "middle",
            ["Ferries wait outside the harbour on Monday. Photograph: Ana Ruiz/AFP via Getty Images"],
            "photo-credit",
        ),
        ("middle", ["Shutterstock"], "photo-credit"),
        ("middle", ["The mayor on the east quay. Photograph: Oskar Lindqvist"], "photo-credit"),
        ("middle", ["The mayor on the east quay. (Credit: Oskar van der Berg)"], "photo-credit"),
        ("middle", ["The mayor on the east quay. Image: Oskar Lindqvist/Harbour Press Agency"], "photo-credit"),
        ("middle", ["The mayor on the east quay. Picture: Oskar Lindqvist for the Northland Courier"], "photo-credit"),
        ("middle", ["Photo: harbour council handout"], "photo-credit"),
        ("middle", ["ferries-wait-outside-the-harbour-afp-ana-ruiz Ferries wait outside the harbour"], "caption"),
        ("middle", ["harbour_east_quay_2023.jpg"], "caption"),
        ("end", ["About Maria Kowalczyk"], "author-box"),
        ("end", ["About the author"], "author-box"),
        ("after_title", ["By Maria Kowalczyk and Tom Byrne"], "byline"),
        ("end", ["(Reporting by Ilse Vandermeer in Harbourton; Editing by Tomasz Wrobel)"], "byline"),
        (
            "end",
            [
                "Additional reporting by Kofi Mensah-Bonsu in Accra and Ilse Vandermeer",
                "Writing by Tom Byrne; Editing by Maria Kowalczyk",
                "Compiled by Ilse Vandermeer",
            ],
            "byline",
        ),
        ("end", ["Associated Press writer Kofi Mensah-Bonsu in Accra contributed to this report."], "byline"),
        ("end", ["Ilse Vandermeer contributed reporting from Harbourton."], "byline"),
        ("end", ["The views expressed are the author's own."], "editor-note"),
        (
            "end",
            [
                "Opinions expressed in this column are solely those of the writer.",
                "This article was amended on 3 April 2024 to correct the name of the ferry operator.",
                "This story has been updated.",
                "(This story has been refiled to fix a typo in paragraph 2)",
                "Correction: An earlier version of this article misspelled the name of the east quay.",
            ],
            "editor-note",
        ),
        ("middle", ["Read more: Ferry prices to rise next summer"], "teaser"),
        ("middle", ["WATCH | Mayor says the ferry terminal will open in 2027:"], "teaser"),
        ("middle", ["Advertisement"], "share-widget"),
        ("end", ["Share this article"], "share-widget"),
    ],
)
def test_each_kind_of_furniture_is_dropped_and_the_body_kept(
    clean: PageCleaner, where: str, lines: list[str], reason: str
) -> None:
    text = article(**{where: lines})
    page = clean(text, HEADLINE)
    dropped = dropped_lines(text, page)
    for line in lines:
        assert dropped.get(line) == reason, (line, dropped)
    assert_body_kept(text, page)


def test_teaser_heading_drops_the_list_that_follows_it(clean: PageCleaner) -> None:
    tail = [
        "You may also like",
        "Seven Island Walks You Should Not Miss This Spring",
        "When the first boats arrived in the bay, nobody expected the village to change so fast …",
    ]
    text = article(end=tail)
    page = clean(text, HEADLINE)
    dropped = dropped_lines(text, page)
    assert all(dropped.get(line) == "teaser" for line in tail), dropped
    assert_body_kept(text, page)


def test_teaser_heading_inside_the_article_stops_at_the_next_paragraph(clean: PageCleaner) -> None:
    text = article(middle=["Related stories", "Island Ferries Raise Prices Again"])
    page = clean(text, HEADLINE)
    dropped = dropped_lines(text, page)
    assert dropped == {"Related stories": "teaser", "Island Ferries Raise Prices Again": "teaser"}
    assert_body_kept(text, page)


def test_a_short_paragraph_after_a_mid_article_teaser_list_is_kept(clean: PageCleaner) -> None:
    # "Read more:" and its list sit inside the story; the short quote after them is the story again
    text = article(middle=["Read more:", "- Ferry prices to rise next summer", "“We are on track,” the mayor said."])
    dropped = dropped_lines(text, clean(text, HEADLINE))
    assert dropped == {"Read more:": "teaser", "- Ferry prices to rise next summer": "teaser"}
    # a sentence-case headline in the list is no story going on
    text = article(middle=["Read more:", "Experts say the ferry plan does little for islanders."])
    assert dropped_lines(text, clean(text, HEADLINE)).get("Experts say the ferry plan does little for islanders.") == (
        "teaser"
    )


def test_lines_before_the_headline_are_preamble(clean: PageCleaner) -> None:
    text = article(before=["Skip navigation links for this page", "World | Europe | Ports"])
    page = clean(text, HEADLINE)
    assert set(dropped_lines(text, page).values()) == {"preamble"}
    assert_body_kept(text, page)


def test_title_is_matched_ignoring_case_spacing_and_quote_style(clean: PageCleaner) -> None:
    text = "World news\n\nMayor  says ‘we waited long enough’\n\n" + "\n\n".join(BODY)
    page = clean(text, "mayor says 'we waited LONG enough'")
    assert page.title_span is not None
    assert text[slice(*page.title_span)] == "Mayor  says ‘we waited long enough’"
    assert page.reason_at(0) == "preamble"


def test_without_a_title_the_first_headline_like_line_after_chrome_is_the_headline(clean: PageCleaner) -> None:
    text = article(before=["Support independent journalism today", "Alamy Stock Photo"])
    page = clean(text)
    assert page.title_span is not None and text[slice(*page.title_span)] == HEADLINE
    assert_body_kept(text, page)


def test_without_a_title_a_text_starting_with_a_sentence_has_no_headline(clean: PageCleaner) -> None:
    text = "\n\n".join(BODY)
    page = clean(text)
    assert page.title_span is None and page.standfirst_span is None and page.dropped == []


def test_title_given_but_absent_means_the_text_is_all_body(clean: PageCleaner) -> None:
    text = "\n\n".join(BODY)
    page = clean(text, "A headline that is not in the text")
    assert page.title_span is None and page.dropped == []


def test_unpunctuated_deck_under_the_headline_is_the_standfirst(clean: PageCleaner) -> None:
    deck = "Vote ends a year of delays over the east quay plan"
    text = article(after_title=[deck, "Ferries at the east quay"])
    page = clean(text, HEADLINE)
    assert page.standfirst_span is not None and text[slice(*page.standfirst_span)] == deck
    assert dropped_lines(text, page) == {"Ferries at the east quay": "caption"}
    assert_body_kept(text, page)


def test_one_sentence_lede_is_body_not_standfirst(clean: PageCleaner) -> None:
    page = clean(article(), HEADLINE)
    assert page.standfirst_span is None


def test_one_sentence_deck_restated_in_the_body_is_the_standfirst(clean: PageCleaner) -> None:
    deck = "Councillors said the terminal would open in 2027."
    text = article(after_title=[deck])
    page = clean(text, HEADLINE)
    assert page.standfirst_span is not None and text[slice(*page.standfirst_span)] == deck


def test_short_body_paragraphs_and_quotes_are_kept(clean: PageCleaner) -> None:
    short = ["“No.”", "“So, today, we decided.”", "It was over by noon.", "Reuters reported the vote first."]
    text = article(middle=short)
    page = clean(text, HEADLINE)
    assert dropped_lines(text, page) == {}


def test_sentences_that_mention_a_photograph_or_credit_are_kept(clean: PageCleaner) -> None:
    """A photographer's credit is a name ending an unpunctuated caption; prose about photographs stays."""
    lines = [
        "The prize went to her photograph: Harbour at Dawn, taken from the east quay.",
        "Photographs of the quay were shown to councillors. Credit: the harbour trust paid for the survey.",
        "The council gave the survey team full credit: Oskar Lindqvist led it.",
    ]
    text = article(middle=lines)
    assert dropped_lines(text, clean(text, HEADLINE)) == {}


def test_sentences_about_reporting_or_editing_are_kept(clean: PageCleaner) -> None:
    """A wire credit holds only labels, names and places; a sentence with a verb or object after them stays."""
    lines = [
        "Reporting by Ilse Vandermeer revealed the cost of the east quay.",
        "Editing by the council removed the clause on fishing rights.",
        "Twelve engineers contributed to the report.",
    ]
    text = article(middle=lines)
    assert dropped_lines(text, clean(text, HEADLINE)) == {}


def test_sentences_about_views_and_stories_are_kept(clean: PageCleaner) -> None:
    """An editor's note is about this page; views and stories that are the news stay."""
    lines = [
        "The views expressed by the minister were shared by most councillors.",
        "The views expressed are not the council's own, a spokesman said.",
        "The report was updated on Monday with new figures from the ferry operator.",
        "This story was first reported by the Northland Courier.",
    ]
    text = article(middle=lines)
    assert dropped_lines(text, clean(text, HEADLINE)) == {}


@pytest.mark.parametrize("space", [" ", "\u202f"])
def test_a_paragraph_closed_by_a_spaced_guillemet_ends_a_sentence(clean: PageCleaner, space: str) -> None:
    """French typography spaces its guillemets: the body's first paragraph is no caption of the lead image."""
    quote = f"«{space}We will sign{space}», said the mayor, Ilse Vandermeer. «{space}Today.{space}»"
    text = f"{HEADLINE}\n\n{quote}\n"
    assert clean(text, HEADLINE).dropped == []


def test_stray_lines_and_crossheads(clean: PageCleaner) -> None:
    text = article(middle=["Next steps"], end=["Your Voice"])
    dropped = dropped_lines(text, clean(text, HEADLINE))
    assert dropped == {"Next steps": "subheading", "Your Voice": "stray-line"}


@pytest.mark.parametrize(
    ("where", "lines"),
    [
        ("after_title", ["HARBOURTON 2024-03-05"]),  # a wire dateline under the headline
        ("after_title", ["Maria Kowalczyk", "HARBOURTON, Northland 2024-03-05"]),  # byline over a dateline
        ("middle", ["Harbour Rovers 2 Quay United 1"]),  # a score line
        ("middle", ["- a new east quay", "- two ferry berths", "- a bus station"]),  # a list inside the body
        ("middle", ["1) the east quay", "2) the ferry berths"]),
        ("middle", ["EASTERN CONFERENCE"]),  # a wire table heading in capitals
        ("middle", ["Division One", "Harbour Rovers 2 Quay United 1", "Northland City 0 Bay Wanderers 3"]),
    ],
)
def test_short_content_lines_are_kept(clean: PageCleaner, where: str, lines: list[str]) -> None:
    text = article(**{where: lines})
    page = clean(text, HEADLINE)
    assert dropped_lines(text, page) == {}
    assert_body_kept(text, page)


@pytest.mark.parametrize(
    ("lines", "reason"),
    [
        (["Check Also", "Island Ferries Raise Prices Again"], "teaser"),
        (["Subscribe to our newsletter"], "share-widget"),
        (["Share on Facebook"], "share-widget"),
        (["Updated: 5 March 2024"], "updated-line"),
        (["Leave a Comment"], "comment-widget"),
        (["Please consider supporting us"], "donation-appeal"),
        (["A ferry leaves the east quay at dawn. Alamy Stock Photo"], "photo-credit"),
        (["About Tom Byrne"], "author-box"),
    ],
)
def test_junk_at_the_end_is_dropped_next_to_kept_content(clean: PageCleaner, lines: list[str], reason: str) -> None:
    """Junk is still dropped when the body also holds content lines that the stray-line rule keeps."""
    text = article(middle=["Harbour Rovers 2 Quay United 1"], end=lines)
    page = clean(text, HEADLINE)
    dropped = dropped_lines(text, page)
    assert "Harbour Rovers 2 Quay United 1" not in dropped
    for line in lines:
        assert dropped.get(line) == reason, (line, dropped)


def test_sentence_broken_across_lines_is_not_a_stray_line(clean: PageCleaner) -> None:
    text = article(middle=["On Tuesday,", "councillors met again."])
    assert dropped_lines(text, clean(text, HEADLINE)) == {}


def test_quoted_speech_about_comments_or_funding_is_not_a_widget(clean: PageCleaner) -> None:
    lines = [
        "“We need your support and your funding,” the harbour master told readers of the local paper.",
        "The council said comments that violate its community guidelines would be removed from its page.",
    ]
    text = article(middle=lines)
    assert dropped_lines(text, clean(text, HEADLINE)) == {}


def test_windows_and_old_mac_line_breaks(clean: PageCleaner) -> None:
    for sep in ("\r\n", "\r"):
        text = sep.join([HEADLINE, "Press play to listen to this article", *BODY])
        page = clean(text, HEADLINE)
        assert [(text[r.start : r.end], r.reason) for r in page.dropped] == [
            ("Press play to listen to this article", "audio-widget")
        ]


def test_empty_and_blank_texts(clean: PageCleaner) -> None:
    for text in ("", "   ", "\n\n\r\n"):
        page = clean(text, "Title")
        assert page.dropped == [] and page.title_span is None


SEED_IDS = sorted(p.stem for p in SEEDS_DIR.glob("*.txt"))
WIDGETS = {"comment-widget", "donation-appeal", "teaser"}


@pytest.mark.parametrize("seed_id", SEED_IDS)
@pytest.mark.parametrize("with_title", [True, False])
def test_seeds_ranges_are_whole_lines_and_real_sentences_survive(
    clean: PageCleaner, seed_id: str, with_title: bool
) -> None:
    text = seed_text(seed_id)
    title = text.strip().splitlines()[0] if with_title else None
    page = clean(text, title)
    last = -1
    for r in page.dropped:
        assert last <= r.start < r.end <= len(text)
        assert r.start == 0 or text[r.start - 1] in "\r\n", "range starts mid-line"
        assert r.end == len(text) or text[r.end] in "\r\n", "range ends mid-line"
        last = r.end
    assert page.title_span is not None
    # After the headline, any dropped line that reads like a sentence must be widget text.
    for line in re.finditer(r"[^\r\n]+", text):
        content = line.group().strip()
        if line.start() < page.title_span[1] or len(content.split()) < 8:
            continue
        if content.rstrip("”’\"') ")[-1:] in ".!?":
            reason = page.reason_at(line.start())
            assert reason is None or reason in WIDGETS, (content, reason)


def test_seed_short_quote_paragraph_is_body(clean: PageCleaner) -> None:
    text = seed_text(SEED_IDS[0])
    for line in text.splitlines():
        if line.startswith("“So, today"):
            assert clean(text).reason_at(text.index(line)) is None
            break


ADVERSARIAL = [
    "a" * 100_000,
    " " * 100_000,
    "a-" * 50_000,
    "a " * 50_000,
    ". " * 50_000,
    "A" * 100_000,
    "About " + "Aaaa " * 20_000,
    "By " + "Aa and " * 14_000,
    "translat " * 11_000,
    "1 min listen " * 7_000,
    "January 1, 2020 " * 6_000,
    "a/" * 50_000 + "!",
    "Photo: " + "x" * 100_000,
    "keep " + "a " * 50_000,
    "comment " * 12_000,
    ("a" * 39 + "-") * 2_500,
    "x.jpg" * 20_000,
]


@pytest.mark.parametrize("name", sorted(n for n, v in vars(cleaner_module).items() if isinstance(v, re.Pattern)))
def test_every_pattern_is_linear_on_adversarial_input(name: str) -> None:
    """Each pattern is run with search and match over 100k-character strings; a backtracking
    pattern would not finish, so this test finishing at all is the assertion (no timings)."""
    pattern: re.Pattern[str] = getattr(cleaner_module, name)
    for s in ADVERSARIAL:
        pattern.search(s)
        pattern.match(s)
        pattern.search(s + "\u2019")


def test_whole_cleaner_on_huge_inputs(clean: PageCleaner) -> None:
    for s in ADVERSARIAL:
        page = clean(s + "\n" + s, s[:50])
        assert all(0 <= r.start < r.end <= 2 * len(s) + 1 for r in page.dropped)


def test_a_correction_quoting_the_error_is_dropped(clean: PageCleaner) -> None:
    lines = ["Correction: An earlier version of this story said the mayor had resigned."]
    text = article(end=lines)
    assert dropped_lines(text, clean(text, HEADLINE)) == {lines[0]: "editor-note"}


def test_news_about_an_article_or_a_piece_is_kept(clean: PageCleaner) -> None:
    """A law's article, a play's first night, a sourced view: news about a text, not a note about this page."""
    lines = [
        "This article was amended in 1976 to allow emergency rule, lawyers said.",
        "This article was amended by parliament in 2019.",
        "This piece first appeared on stage in Harbourton in 1998, the director said.",
        "The views expressed are my own, the minister wrote on social media.",
    ]
    text = article(middle=lines)
    assert dropped_lines(text, clean(text, HEADLINE)) == {}
