"""A document the story has attributed speaks for its author: "the IAEA said in a confidential report ... The
report said" is the IAEA's, "Priya Venkataraman said in a memo to staff ... according to the memo" hers.

The speaker search resolves "the report" to nobody: it names no actor. But the story has just said whose it
is, in the phrase after an earlier cue ("said in a report", "wrote in a letter to shareholders"). So a
statement whose source is "the <document>" takes the source of the latest statement before it, within a few
sentences, whose cue is followed by "in a/the ... <document>" of the same noun, if that source is an actor.
"""

from __future__ import annotations

import re
from dataclasses import replace

from service.pipeline.positions.tokens import FlatTokens
from service.pipeline.results import Position

# Nouns for documents that speak in news copy ("the report said", "according to the memo").
DOCUMENT_NOUNS = frozenset(
    "report memo memorandum letter statement study filing complaint lawsuit document email note notice".split()
)
_SOURCE = re.compile(r"^the (?:[\w-]+ ){0,2}(\w+)$")
_SENTENCES_BACK = 5
_LOOK_BACK = 24  # statements


def documents_speak_for_their_authors(flat: FlatTokens, positions: list[Position]) -> list[Position]:
    out: list[Position] = []
    for pos in positions:
        noun = _document_source(pos)
        author = _author(flat, out, pos, noun) if noun is not None else None
        out.append(replace(pos, speaker=author.speaker) if author is not None else pos)
    return out


def _document_source(pos: Position) -> str | None:
    """The noun of a source written "the <document>" ("the report", "the confidential memo"), if unresolved."""
    if pos.speaker.actor_id is not None or pos.speaker_mention is None:
        return None
    m = _SOURCE.match(pos.speaker_mention.text.lower())
    return m.group(1) if m is not None and m.group(1) in DOCUMENT_NOUNS else None


def _author(flat: FlatTokens, before: list[Position], pos: Position, noun: str) -> Position | None:
    """The latest earlier statement, a few sentences back at most, whose cue says it was made in such a
    document ("said in a confidential report to member states")."""
    here = flat.sent[flat.token_at(pos.cue.start)]
    # the document right after the article, its modifiers only: not "said in a statement that the report ..."
    modifier = r"(?!that |which |the |a |an )[\w-]+ "
    in_a_document = re.compile(
        rf"^[ ,]*(?:\w+ ){{0,3}}?in (?:a|an|the|its|his|her|their) (?:{modifier}){{0,3}}?{noun}\b"
    )
    for earlier in reversed(before[-_LOOK_BACK:]):  # in content order; a bounded look back keeps long texts linear
        if earlier.cue.start >= pos.cue.start or earlier.speaker.actor_id is None:
            continue
        if here - flat.sent[flat.token_at(earlier.cue.start)] > _SENTENCES_BACK:
            continue
        if in_a_document.match(flat.text[earlier.cue.end : earlier.cue.end + 80].lower()):
            return earlier
    return None
