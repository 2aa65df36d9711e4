"""Statements that refuse to state anything: "declined to comment", "did not respond to a request
for comment", "would not say how many were killed", "“No comment,” she said".

News copy reports these in almost every article, and PolNeAR (our development gold) counts them
as attributions, so brief keeps them as positions; a client that wants only what people said
filters on ``Position.no_comment`` instead of losing them. A refusal to act ("refused to answer the
subpoena", "declined to confirm the nominee") or a stance ("declined to say the vote was stolen")
is no refusal to comment.
"""

from __future__ import annotations

import re

from service.pipeline.results import Position

_NO_COMMENT = re.compile(r"\W*no comment\W*", re.I)
# "he had no comment on the matter", 'it had "no comment" on the leak'
_HAD_NO_COMMENT = re.compile(r"(?:\w+\s+){1,3}(?:had|has|have)\s+\W?no\s+(?:immediate\s+)?comment\b", re.I)
# What a refusal withholds, after "declined/refused" or a negated verb: "to comment on the report", "to
# discuss the case", "comment", "to say whether ...", "to confirm that ...", "to give details", "to
# answer questions", "to be drawn on ...", "to name the buyer"
_WITHHELD = re.compile(
    r"(?:to\s+)?(?:comment|discuss|elaborate|speculate|be\s+interviewed|be\s+drawn|go\s+into"
    r"|(?:say|confirm|specify|disclose|reveal)(?:\s+(?:whether|how|when|what|who|why|if|where|which|that|more"
    r"|anything|it|so|the\s+reports?)\b|\s*$)"
    r"|confirm\s+or\s+deny|(?:give|provide|release|share)\s+(?:any\s+|further\s+|more\s+)?(?:details|specifics"
    r"|information|comment)|answer\s+(?:questions|reporters)|respond\s+to\s+(?:questions|requests?\s+for\s+comment)"
    r"|name|identify)\b",
    re.I,
)
# "did not respond", "did not immediately return", "would not say", "hasn't commented", "would neither confirm"
_WH = re.compile(r"(?:whether|how|when|what|who|why|if|where|which)\b", re.I)
_NEGATED = re.compile(r"\b(?:not|n't|never|neither)\s+(?:\w+ly\s+)?$", re.I)
# What a source asked for comment did not answer: "a request for comment", "questions", "messages"
_ASKED_FOR = re.compile(
    r"\b(?:comment|questions?|messages?|emails?|inquiries|interview\s+requests?|phone\s+calls?)\b", re.I
)


def refuses_comment(position: Position, text: str) -> bool:
    """Is ``position`` a refusal to comment rather than a stance? ``text`` is the article, read
    just before the cue for its negation ("did not respond": the cue is "respond")."""
    content = position.content.text.strip()
    if _NO_COMMENT.fullmatch(content) or _HAD_NO_COMMENT.match(content):
        return True
    cue = position.cue.text.lower()
    if cue.startswith(("declin", "refus")):
        return bool(_WITHHELD.match(content))
    before = text[max(0, position.cue.start - 24) : position.cue.start]
    if not (_NEGATED.search(before) or re.search(r"\b(?:not|n't|never)\b", cue)):
        return False  # "did not respond" (the cue is "respond"), "has not commented on" (the cue holds it)
    if re.sub(r"^(?:has|have|had|did|does|would|will)\s+(?:not\s+|n't\s+)?", "", cue).startswith("comment"):
        return True  # "would not comment on the report", "has not commented"
    if cue.startswith(("respond", "return", "repl", "answer")):
        return bool(_ASKED_FOR.search(content)) or not content  # "did not respond to a request for comment"
    if cue.startswith(("say", "elaborate", "discuss", "confirm", "specify", "want")):
        # "would not say how many ...", "would not confirm that ...", "did not want to comment"
        return bool(_WITHHELD.match(content) or _WH.match(content)) or cue.startswith("confirm")
    return False
