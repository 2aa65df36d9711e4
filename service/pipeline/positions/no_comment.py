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
_HAD_NO_COMMENT = re.compile(r"(?<!\w)(?:\w++\s+){1,3}(?:had|has|have)\s+\W?no\s+(?:immediate\s+)?comment\b", re.I)
# What a refusal withholds, after "declined/refused" or a negated verb: "to comment on the report", "to
# discuss the case", "comment", "to say whether ...", "to confirm that ...", "to give details", "to
# answer questions", "to be drawn on ...", "to name the buyer"
_WITHHELD = re.compile(
    r"(?:to\s+)?(?:comment|discuss|elaborate|speculate|be\s+interviewed|be\s+drawn|go\s+into"
    r"|(?:say|specify|disclose|reveal)(?:\s+(?:whether|how|when|what|who|why|if|where|which|more|much|anything)\b|\s*$)"
    r"|confirm(?:\s+(?:whether|how|when|what|who|why|if|where|which|that|it|so|or\s+deny|the\s+reports?|details)\b|\s*$)"
    r"|(?:give|provide|release|share|make)\s+(?:any\s+|further\s+|more\s+)?(?:details|specifics|information|comments?)"
    r"|(?:answer|respond)(?:\s+(?:to\s+)?(?:an?\s+|the\s+)?(?:questions?|requests?|emails?|messages?|inquiries|reporters)\b"
    r"|\s*$)"
    r"|(?:name|identify)\s+(?:the|him|her|them|it|names?|sources?|individuals?|victims?|buyers?)\b)\b",
    re.I,
)
# What a source may leave unconfirmed: "the claim", "those reports", "the figures"
_REPORTED_THING = re.compile(
    r"(?:the|this|that|these|those|such)\s+(?:claims?|reports?|figures?|accounts?|allegations?|numbers?|details|toll)\W*",
    re.I,
)
# The auxiliary and negation a cue may hold: "has not responded", "hasn't commented"
_AUXILIARY = re.compile(r"^(?:(?:has|have|had|did|does|do|would|will|could|wo)(?:\s+not\s+|n't\s+|\s+))+")
_WH = re.compile(r"(?:whether|how|when|what|who|why|if|where|which)\b", re.I)
# "did not respond", "did not immediately return", "would not say", "could not yet say", "hasn't commented"
_NEGATED = re.compile(r"(?:\bnot|n't|\bnever|\bneither)\s+(?:(?:\w+ly|yet|even|also|ever)\s+)?$", re.I)
_NEGATION_IN_CUE = re.compile(r"(?:\bnot|n't|\bnever)\b")  # "has not commented on"
_NOR_DENY = re.compile(r"n?or\s+deny\b", re.I)  # what the cue finder leaves of "neither confirm nor deny"
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
    if not (_NEGATED.search(before) or _NEGATION_IN_CUE.search(cue)):
        return False  # "did not respond" (the cue is "respond"), "has not commented on" (the cue holds it)
    cue = _AUXILIARY.sub("", cue)  # "has not responded", "hasn't commented": the verb itself
    if cue.startswith("comment"):
        return True  # "would not comment on the report", "has not commented"
    if cue.startswith(("respond", "return", "repl", "answer")):
        return bool(_ASKED_FOR.search(content)) or not content  # "did not respond to a request for comment"
    if cue.startswith(("say", "elaborate", "discuss", "confirm", "specify", "want")):
        # "would not say how many ...", "would not confirm that ...", "did not want to comment"
        # "would neither confirm nor deny the report": the content the cue finder leaves is "nor deny ..."
        withheld = _WITHHELD.match(content) or _WH.match(content) or _NOR_DENY.match(content)
        # "Israel did not confirm the claim": a report left unconfirmed, nothing stated
        return bool(withheld or (cue.startswith("confirm") and _REPORTED_THING.fullmatch(content)))
    return False
