"""A headline's source named by the story: "NATO chief says allies must spend more" is Lars Engström's claim.

Headlines shorten their sources to an office or a kind ("Senator says ...", "Aerion CEO says ...", "UN aid
chief warns ...", "company says ..."), which the speaker search resolves to nobody or to the body the office
belongs to. The story then tells the same claim with the source named, mostly in its first paragraphs. So a
headline statement whose source is such a description takes the source of the story's statement that
repeats most of the headline's words, if that source is a named actor of the kind the description says (a
person for an office, an organisation for a kind of body).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import replace

from service.pipeline.lexicon import ORG_KINDS, ROLE_HEADS
from service.pipeline.positions.speakers import LEADING_OFFICES, body_of_kind, spelled_out_roles
from service.pipeline.positions.tokens import FlatTokens
from service.pipeline.results import Actor, Position, Span, Speaker
from service.pipeline.sentence_terms import TermStemmer

# Share of the headline's content words the story's statement must repeat (and two words at least); less in the
# lede, which tells the headline's claim in other words ("allies must spend more" -> "urged allies to raise
# defense spending").
_REPEATED = 0.5
_REPEATED_IN_LEDE = 0.3
_LEDE_PARAGRAPHS = 2  # after the headline's own
# Who is told in a court report's headline ("..., court told", "inquest hears", "MPs told"): the source is whoever
# told them, which the story names
_HEARERS = frozenset({"court", "jury", "inquest", "tribunal", "hearing", "inquiry", "mps", "peers", "committee"})
_HEARER = "hearer"
# A headline's words for whoever leads a body, whatever the office ("NATO chief", "Caledon boss", "union leader");
# "Secretary says" is a secretary's
_ANY_LEADER = frozenset({"chief", "boss", "head", "leader"})
# Offices a headline shortens to a word of its own: "Thai premier says ..." for "Prime Minister Anong Srisuwan"
_HEADLINE_NAMES_OF = {"premier": (frozenset({"prime", "minister"}),)}


def headline_sources_from_the_story(
    flat: FlatTokens, positions: list[Position], actors: Sequence[Actor], stems: TermStemmer
) -> list[Position]:
    by_id = {a.id: a for a in actors}
    story = [p for p in positions if p.speaker.actor_id is not None and not _in_headline(flat, p)]
    told_terms: dict[int, set[str]] = {}
    offices: dict[str, Position] = {}  # a headline's office ("chancellor") -> the story's statement it repeats
    out: list[Position] = []
    for pos in positions:
        want = _described_kind(pos, by_id) if _in_headline(flat, pos) else None
        if want is None:
            out.append(pos)
            continue
        words = _terms(flat, pos.content, stems)
        best, best_share = None, 0.0
        for n, told in enumerate(story):
            if not _fits(
                by_id[told.speaker.actor_id or ""], want, pos.speaker_mention.text if pos.speaker_mention else ""
            ):
                continue
            if n not in told_terms:
                told_terms[n] = _terms(flat, told.content, stems)
            shared = len(words & told_terms[n])
            share = shared / len(words) if words else 0.0
            lede = flat.para[flat.token_at(told.cue.start)] <= _LEDE_PARAGRAPHS
            if shared >= 2 and share >= (_REPEATED_IN_LEDE if lede else _REPEATED) and share > best_share:
                best, best_share = told, share
        if best is None and want == "person" and pos.speaker_mention is not None:
            best = _lede_source_of_that_office(flat, pos.speaker_mention, story, by_id)
        if best is not None and pos.speaker_mention is not None and want == "person":
            offices[pos.speaker_mention.text.lower()] = best
        if best is None and want == _HEARER and pos.speaker_mention is not None:
            # "..., court told": whoever told the court, not the court
            pos = replace(pos, speaker=Speaker(pos.speaker_mention.text, None, "group"))
        out.append(replace(pos, speaker=best.speaker) if best is not None else pos)
    # and the story's "the Chancellor" is the headline's Chancellor ("Chancellor says councils will get 'fair deal'
    # ... Edmund Hartley has insisted ... the Chancellor said"), where the story never gave him the title
    return [_the_same_office(p, offices) for p in out] if offices else out


def _the_same_office(pos: Position, offices: dict[str, Position]) -> Position:
    mention = pos.speaker_mention
    if pos.speaker.actor_id is not None or mention is None or not mention.text.lower().startswith("the "):
        return pos
    holder = offices.get(mention.text.lower().removeprefix("the "))
    return replace(pos, speaker=holder.speaker) if holder is not None else pos


def _lede_source_of_that_office(
    flat: FlatTokens, described: Span, story: list[Position], by_id: dict[str, Actor]
) -> Position | None:
    """A headline's office whose claim the story tells in other words ("Savannah Cement chief says listing 'will
    open the door to small investors'" over "Savannah Cement will list its shares ..., its chief executive said"):
    the first statement of the lede by a person whose words there or whose roles name that office, or for a
    "chief", "boss" or "leader" any office that leads a body ("its chief executive"; "Rail union leader" is the
    lede's "drivers' union's general secretary"; not "Jane Roe, an analyst at Acme" for "Acme boss"). Whatever
    the holder says there, the headline's office is the one the lede names."""
    head = described.text.split()[-1].lower().rstrip(".")
    # "chief", "boss": any office that leads a body; another office must be named as such ("Senator": "Sen.",
    # "premier": "Prime Minister")
    if head in _ANY_LEADER:
        wanted = [frozenset({office}) for office in LEADING_OFFICES]
    else:
        wanted = [spelled_out_roles({head}), *_HEADLINE_NAMES_OF.get(head, ())]
    for told in story:
        if flat.para[flat.token_at(told.cue.start)] > _LEDE_PARAGRAPHS or told.speaker_mention is None:
            continue
        actor = by_id.get(told.speaker.actor_id or "")
        if actor is None or actor.type != "person":
            continue
        words = {
            w.lower().rstrip(".")
            for text in (told.speaker_mention.text, *actor.roles)
            for w in text.replace("’s", " ").replace("'s", " ").replace("-", " ").split()
        }
        held = spelled_out_roles(words)
        if any(office <= held for office in wanted):
            return told
    return None


def _fits(actor: Actor, want: str, described: str) -> bool:
    """Can the actor be the headline's described source? A person whose roles share the office's noun or the names
    before it ("Aerion CEO": Chief Executive Officer; "NATO chief": NATO Secretary-General), or who has no role at all
    ("Chancellor says ... Edmund Hartley has insisted"); a body whose name says the kind ("Watchdog": an authority,
    not the bank it fined), or, for a kind any firm fits ("company"), no body of another kind."""
    if want == _HEARER:
        return actor.type == "person"  # "court told": a person the story names as telling it
    if actor.type != want:
        return False
    words = [w.lower().rstrip(".") for w in described.split()]
    if want == "person":
        if not actor.roles:
            return True
        held = {w.lower().rstrip(".") for r in actor.roles for w in r.replace("-", " ").split()}
        return bool(spelled_out_roles(set(words)) & spelled_out_roles(held))
    return body_of_kind(actor, words[-1])


def _in_headline(flat: FlatTokens, pos: Position) -> bool:
    return flat.is_title[flat.sent[flat.token_at(pos.cue.start)]]


def _described_kind(pos: Position, by_id: dict[str, Actor]) -> str | None:
    """The type of actor a headline's described source stands for: "person" for an office ("Senator", "NATO
    chief", "Aerion CEO"), "organization" for a kind of body ("company", "Watchdog"); None for a name."""
    mention = pos.speaker_mention
    if mention is None:
        return None
    words = mention.text.split()
    head = words[-1].lower().rstrip(".")
    actor = by_id.get(pos.speaker.actor_id or "")
    if head in _HEARERS and pos.cue.text.lower() in ("told", "hears", "heard"):
        return _HEARER  # "Man 'set fire to home', court told", "inquest hears": the court heard someone
    if head in ROLE_HEADS:
        # unresolved, or resolved to the body whose office it is ("NATO chief" was NATO)
        return "person" if actor is None or actor.type != "person" else None
    if actor is None and head in ORG_KINDS:
        return "organization"  # "company says", "Watchdog says": a body described by its kind
    return None


def _terms(flat: FlatTokens, span: Span, stems: TermStemmer) -> set[str]:
    """The stems of a content's words (stopwords dropped), from the document's own tokens."""
    first = bisect.bisect_left(flat.starts, span.start)
    last = bisect.bisect_left(flat.starts, span.end)
    return set(stems.terms(t.text for t in flat.tokens[first:last] if t.text[:1].isalnum()))
