"""Statements that refuse to state anything: "declined to comment", "did not respond to a request
for comment", "would not say how many were killed", "“No comment,” she said".

News copy reports these in almost every article, and PolNeAR (our development gold) counts them
as attributions, so brief keeps them as positions; a client that wants only what people said
filters on ``Position.no_comment`` instead of losing them.
"""

from __future__ import annotations

import re

from service.pipeline.results import Position

_NO_COMMENT = re.compile(r"\W*no comment\W*", re.I)
# "declined to comment", "refused to discuss the case", "declined comment"
_REFUSED = re.compile(
    r"(?:to\s+)?(?:comment|discuss|elaborate|speculate|say|confirm|answer|respond|provide|go into"
    r"|be interviewed)\b",
    re.I,
)
# "did not respond", "did not immediately return", "would not say", "hasn't commented"
_NEGATED = re.compile(r"\b(?:not|n't|never)\s+(?:\w+ly\s+)?$", re.I)
_ANSWERING = ("respond", "return", "repl", "answer", "comment")
_ASKED_FOR = re.compile(r"\b(?:comment|requests?|questions?|calls?|messages?|emails?|inquir\w+)\b", re.I)
_WH = re.compile(r"(?:whether|how|when|what|who|why|if|where|which)\b", re.I)


def refuses_comment(position: Position, text: str) -> bool:
    """Is ``position`` a refusal to comment rather than a stance? ``text`` is the article, read
    just before the cue for its negation ("did not respond": the cue is "respond")."""
    content = position.content.text.strip()
    if _NO_COMMENT.fullmatch(content):
        return True
    cue = position.cue.text.lower()
    if cue.startswith(("declin", "refus")):
        return bool(_REFUSED.match(content))
    if not _NEGATED.search(text[max(0, position.cue.start - 24) : position.cue.start]):
        return False
    if cue.startswith(_ANSWERING):
        return bool(_ASKED_FOR.search(content)) or not content  # "did not respond to a request for comment"
    if cue.startswith(("say", "elaborate", "discuss", "confirm", "specify")):
        return bool(_WH.match(content))  # "would not say how many fighters were killed"
    return False
