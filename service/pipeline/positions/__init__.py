"""Stated positions: who said what, found with rules over the tagged tokens.

News attribution is formulaic — a cue verb ("said", "told", "warned"), a source noun
phrase next to it, and the content on the other side, often in quote marks — so a few
readable rules over the already tagged tokens reach most of it without a parser.

Modules, each small and testable, in the order they build on each other:

* ``tokens``: :class:`FlatTokens`, the document's tokens as one list with sentence and
  paragraph lookups, and the word sets several modules share.
* ``quotes``: :class:`QuoteFinder` pairs quote marks into :class:`Quote` spans (curly, straight,
  single quotes inside one sentence), capped at the paragraph end when copy is badly
  edited, linked across paragraphs when the newswire convention is used.
* ``cue_finder``: :class:`CueFinder` finds cue verbs (with their auxiliaries: "has said") and
  "according to", outside quoted text, skipping passives and infinitives.
* ``speakers``: :class:`SpeakerResolver` turns the source words into a :class:`Speaker`: actor
  mentions, names, roles ("the secretary general"), pronouns, unnamed groups.
* ``frames``: :class:`FrameReader` decides, per cue, where the source is and on which side the
  content lies (preposed "X said that ...", postposed "..., X said", parenthetical
  "If ..., he said, the alliance ...", inverted "..., said Mr X"). It stands on layers, each a
  subclass of the one below: ``clause_view`` (the shared state and :class:`Frame`),
  ``noun_chunks`` (noun phrases read back from a token), ``source_search`` (the subject before or
  after a cue), ``content_bounds`` (where the content starts and ends) and ``special_frames``
  ("Name: ..." lines, signed dashes, "according to", noun cues).
* ``finder``: :class:`PositionFinder` runs them over a document, gives each stretch of text to one
  statement, merges the parts of a split quote and attributes stand-alone quote paragraphs to
  the speaker of the quote just before.

Policy on pronouns: a position whose speaker is a pronoun that cannot be resolved to an
actor is **dropped**. A statement by "he" with no known referent tells a reader nothing
and would put a bare pronoun in the speaker list; unnamed *groups* ("diplomats said") are
kept as ``Speaker(type="group", actor_id=None)`` because the words themselves inform.
"""

from service.pipeline.positions.finder import PositionFinder

__all__ = ["PositionFinder"]
