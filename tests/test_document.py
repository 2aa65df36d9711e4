"""The shared analysis: sentence spans, tokens and tags that every stage reads."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from service.pipeline.document import Document, tokenize

Analyze = Callable[..., Document]


def test_tokens_split_clitics_like_the_tagger_expects() -> None:
    words = [t[0] for t in tokenize("Russia’s envoy doesn't say U.S. Mr. Smith's 100,000 build-up")]
    assert words == ["Russia", "’s", "envoy", "does", "n't", "say", "U.S.", "Mr.", "Smith", "'s", "100,000", "build-up"]


def test_a_double_barrelled_irish_name_is_one_word() -> None:
    assert [t[0] for t in tokenize("Kieran O’Donnell-Shaw and Ann O'Neill-Byrne won")] == [
        "Kieran",
        "O’Donnell-Shaw",
        "and",
        "Ann",
        "O'Neill-Byrne",
        "won",
    ]


def test_capitals_joined_by_an_ampersand_are_one_word() -> None:
    words = [t[0] for t in tokenize("Waits in A&E grew; AT&T, S&P and BMS&K fell. Q & A; R&Daily")]
    assert words[:9] == ["Waits", "in", "A&E", "grew", ";", "AT&T", ",", "S&P", "and"]
    assert words[9] == "BMS&K" and words[-4:] == [";", "R", "&", "Daily"]


def test_a_middle_initial_keeps_its_period() -> None:
    words = [t[0] for t in tokenize("Jeffrey M. Jones and George W. Bush fought in World War I. Then they left.")]
    assert words[:6] == ["Jeffrey", "M.", "Jones", "and", "George", "W."]
    assert words[-7:-4] == ["War", "I", "."]  # a Roman numeral before a new sentence keeps its stop apart


def test_invisible_format_characters_are_not_tokens() -> None:
    text = "\u202a”Sorry,” she wrote.\u202c Zero\u200bwidth and \ufeffBOM \u2066isolated\u2069"
    assert [t[0] for t in tokenize(text)] == [
        "”",
        "Sorry",
        ",",
        "”",
        "she",
        "wrote",
        ".",
        "Zero",
        "width",
        "and",
        "BOM",
        "isolated",
    ]


def test_token_offsets_point_into_the_text() -> None:
    text = "  “We can’t,” she said —  twice.\t"
    for tok, start, end in tokenize(text):
        assert text[start:end] == tok


def test_sentences_round_trip_and_lines_are_boundaries(analyze_text: Analyze) -> None:
    text = "Talks fail\n\nThe minister spoke on Monday. He left early.\nThe aides stayed on.\r\nA last sentence here."
    doc = analyze_text(text)
    assert [s.text for s in doc.sentences] == [
        "Talks fail",
        "The minister spoke on Monday.",
        "He left early.",
        "The aides stayed on.",
        "A last sentence here.",
    ]
    for s in doc.sentences:
        assert text[s.start : s.end] == s.text
        for t in s.tokens:
            assert text[t.start : t.end] == t.text


def test_a_list_marker_opening_a_line_is_not_part_of_its_sentence(analyze_text: Analyze) -> None:
    markers = ["•", "·", "*", "▪", "►", "–", "-"]
    text = "Talks resume\n\n" + "\n".join(f"{m} Item {i} is here. It goes on." for i, m in enumerate(markers))
    text += "\n*Starred words stay.\n— A dash may sign a quote."
    body = [s.text for s in analyze_text(text).sentences[1:]]
    expected = [part for i in range(len(markers)) for part in (f"Item {i} is here.", "It goes on.")]
    assert body == [*expected, "*Starred words stay.", "— A dash may sign a quote."]
    for s in analyze_text(text).sentences:
        assert text[s.start : s.end] == s.text


def test_first_headline_like_line_is_the_title(analyze_text: Analyze) -> None:
    doc = analyze_text("Ministers meet in Brussels\n\nThe ministers met on Friday to discuss the plan.")
    assert doc.title == "Ministers meet in Brussels"
    assert [s.is_title for s in doc.sentences] == [True, False]
    assert [s.text for s in doc.body] == ["The ministers met on Friday to discuss the plan."]


def test_given_title_marks_its_line_and_page_chrome_before_it_is_left_out(analyze_text: Analyze) -> None:
    text = "Subscribe today\n\nMinisters meet in Brussels\n\nThe ministers met on Friday."
    doc = analyze_text(text, title="Ministers meet in Brussels")
    assert [(s.text, s.is_title) for s in doc.sentences] == [
        ("Ministers meet in Brussels", True),
        ("The ministers met on Friday.", False),
    ]
    assert [text[d.start : d.end] for d in doc.dropped] == ["Subscribe today"]


def test_dropped_furniture_lines_are_never_sentences(analyze_text: Analyze) -> None:
    text = (
        "Ministers meet in Brussels\n\nPress play to listen to this article\n\n"
        "The ministers met on Friday to agree a budget for next year.\n\nUpdated: March 3, 2021, 9:15 AM"
    )
    doc = analyze_text(text)
    assert [s.text for s in doc.body] == ["The ministers met on Friday to agree a budget for next year."]
    for d in doc.dropped:
        assert not any(d.start <= s.start < d.end for s in doc.sentences)
    assert {d.reason for d in doc.dropped} == {"audio-widget", "updated-line"}


def test_tags_come_from_the_perceptron_tagger(analyze_text: Analyze) -> None:
    doc = analyze_text("The minister said “we are ready”.")
    tags = {t.text: t.tag for t in doc.sentences[0].tokens}
    assert tags["minister"] == "NN"
    assert tags["said"] == "VBD"
    assert tags["“"] == "``"


def test_two_apostrophes_closing_a_quote_are_one_closing_mark(analyze_text: Analyze) -> None:
    # NYT style. As an apostrophe the first read as a possessive, and the verb after it as an adjective.
    doc = analyze_text("''If the plan stays, I will not vote for it,'' declared Senator Tom Reed.")
    tokens = doc.sentences[0].tokens
    declared = next(k for k, t in enumerate(tokens) if t.text == "declared")
    assert [t.tag for t in tokens[declared - 2 : declared + 1]] == ["''", "''", "VBD"]


@pytest.mark.parametrize("text", ["", "   \n\n  ", "“”\"'", "……!!!", "a" * 5000, "\x00\ufeff\u202e"])
def test_degenerate_input_never_raises(analyze_text: Analyze, text: str) -> None:
    doc = analyze_text(text)
    for s in doc.sentences:
        assert text[s.start : s.end] == s.text


def test_no_sentence_break_after_a_title(analyze_text: Analyze) -> None:
    # Punkt breaks here because "Tribe" is a common word; a title never ends a sentence
    doc = analyze_text("“You could find someone,” Mr. Tribe said. Then Dr. Rich left.")
    assert [s.text for s in doc.sentences] == ["“You could find someone,” Mr. Tribe said.", "Then Dr. Rich left."]
    # nor does a number sign before its number
    doc = analyze_text("Novak, the world No. 19, said she was hurt. It was No. 2 on the list.")
    assert [s.text for s in doc.sentences] == [
        "Novak, the world No. 19, said she was hurt.",
        "It was No. 2 on the list.",
    ]


def test_a_sentence_ends_after_the_platform_x(analyze_text: Callable[..., Document]) -> None:
    doc = analyze_text("Macron posted on X. Netanyahu said the decision was wrong. Malcolm X spoke.")
    assert [s.text for s in doc.sentences] == [
        "Macron posted on X.",
        "Netanyahu said the decision was wrong.",
        "Malcolm X spoke.",
    ]
    # an initial after "to" stays: "a letter to X. Smith"
    assert len(analyze_text("He sent a letter to X. Smith on Monday.").sentences) == 1


def test_a_name_after_its_initials_stays_in_the_sentence(analyze_text: Callable[..., Document]) -> None:
    # Punkt ends a sentence after an initial that follows a quote, a first name or a speech verb
    for text in (
        "“The port will close,” R. Tandon said.",
        "“The port will close,” Peter J. Holm said.",
        "“The port will close,” said K.R. Tandon.",
    ):
        doc = analyze_text(text)
        assert len(doc.sentences) == 1, [s.text for s in doc.sentences]
    assert "R." in [t.text for t in analyze_text("“The port will close,” R. Tandon said.").sentences[0].tokens]
    # a first name before the initial, wherever it stands
    assert len(analyze_text("The emails showed Douglas J. Band had asked for a meeting.").sentences) == 1
    # another word before the initials, or a function word after them: the sentence ends there
    assert len(analyze_text("The team chose plan B. Then it worked in Ohio.").sentences) == 2
    assert len(analyze_text("The firm will switch to Plan B. Analysts said that was risky.").sentences) == 2
    assert len(analyze_text("“The port is closed,” said J. The spokesman declined to comment.").sentences) == 2


def test_initials_after_a_title_or_opening_the_paragraph_stay_with_the_name(
    analyze_text: Callable[..., Document],
) -> None:
    for text in (
        "Former Chief Minister K.R. Doddappa said the party would win.",
        "Mining group chief T.T. Wen said demand was strong.",
        "S.V. Kolhatkar said the petition was frivolous.",
    ):
        doc = analyze_text(text)
        assert len(doc.sentences) == 1, [s.text for s in doc.sentences]
    # a word that is no title before the initials still ends the sentence
    assert len(analyze_text("The team chose plan B. Then it worked in Ohio.").sentences) == 2


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # a live blog's time stamp is no part of the update after it, with or without a zone
        (
            "11:03 a.m. — Police confirm one person has been detained.",
            ["11:03 a.m. —", "Police confirm one person has been detained."],
        ),
        ("2:31 p.m. Reed says the bill will pass.", ["2:31 p.m.", "Reed says the bill will pass."]),
        (
            "10:42 a.m. ET: The mayor took the podium.",
            ["10:42 a.m. ET:", "The mayor took the podium."],
        ),
        # a time inside a sentence stays there, and a decimal is no time stamp
        ("The vote is at 10:30 a.m. on Friday.", ["The vote is at 10:30 a.m. on Friday."]),
        ("10.30 Mass will be held at St. Mary's.", ["10.30 Mass will be held at St. Mary's."]),
        # a clock that ends a sentence Punkt ran on, before a subject and its speech verb
        (
            "The shooting happened around 11:30 p.m. Police said a man was arrested.",
            ["The shooting happened around 11:30 p.m.", "Police said a man was arrested."],
        ),
        ("The vote is at 10 a.m. Monday, officials said.", ["The vote is at 10 a.m. Monday, officials said."]),
        # a decimal clock with a zone or a dash after it is a stamp
        ("10.30 ET: Reed says the economy is strong.", ["10.30 ET:", "Reed says the economy is strong."]),
    ],
)
def test_a_live_blog_time_stamp_stands_apart(
    analyze_text: Callable[..., Document], text: str, sentences: list[str]
) -> None:
    assert [s.text for s in analyze_text(text).sentences] == sentences


@pytest.mark.parametrize(
    "text",
    [
        # a lower-case word before an acronym is no title when a dictionary word follows it
        "The board named him acting C.E.O. Shares rose 5 percent after the announcement.",
        "The suspect returned to police H.Q. Officers said he was calm.",
    ],
)
def test_an_acronym_after_a_common_word_ends_the_sentence(analyze_text: Callable[..., Document], text: str) -> None:
    assert len(analyze_text(text).sentences) == 2


def test_initials_after_a_lower_case_title_stay_with_a_plural_looking_surname(
    analyze_text: Callable[..., Document],
) -> None:
    assert len(analyze_text("County commissioner J.D. Banks said the budget was balanced.").sentences) == 1


def test_a_currency_sign_before_its_number_ends_no_sentence(analyze_text) -> None:  # type: ignore[no-untyped-def]
    doc = analyze_text("Police said they recovered Rs. 1.2 crore in cash. He said more arrests would follow.")
    assert doc.sentences[0].text.endswith("in cash.")
