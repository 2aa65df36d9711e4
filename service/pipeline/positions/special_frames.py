"""Frames that are not read from a cue verb's clause: "Name: ...", signed dashes, "according to", noun cues.

These come in shapes of their own (a name and a colon opening a line, "― Name" after a quote, an
"according to X" phrase, a stance noun such as "his claim that ..."), so they are read apart from
the verb frames; the finder collects the colon, dash and noun frames before it reads the cues.
"""

from __future__ import annotations

from collections.abc import Sequence

from service.pipeline.cues import CueLexicon
from service.pipeline.lexicon import ORG_CLASSIFIERS, ROLE_HEADS
from service.pipeline.positions.clause_view import FINITE, Frame
from service.pipeline.positions.content_bounds import ContentBounds
from service.pipeline.positions.cue_finder import Cue
from service.pipeline.positions.source_search import ARTIFACT_HEADS
from service.pipeline.positions.speakers import ActorIndex, issuer_after, past_dateline
from service.pipeline.positions.tokens import (
    DASHES,
    EVIDENCE_SOURCES,
    GROUP_HEADS,
    NOUN_TAGS,
    NP_PREPS,
    NP_TAGS,
    PERSON_HEADS,
    POSSESSIVE_MARKS,
    POSSESSIVE_PRONOUNS,
    FlatTokens,
)

_DOCUMENT_PARTICIPLES = frozenset(
    "published released filed compiled posted issued obtained seen reviewed written conducted carried leaked"
    " presented submitted produced commissioned".split()
)
# Verbs whose report an outlet may carry: "X said ..., according to TRT" ("posted 5,000 times" is no report)
_REPORTING_VERBS = frozenset({"say", "tell", "announce", "confirm", "warn", "claim", "insist", "add", "deny", "report"})
_SIGNATURE_DASHES = frozenset({"―", "—", "–", "--"})
_LABELS = frozenset(
    {
        "note",
        "update",
        "updated",
        "correction",
        "photo",
        "video",
        "source",
        "sources",
        "related",
        "editor",
        "watch",
        "read",
        "twitter",
        "facebook",
        "instagram",
        "email",
        "e-mail",
        "follow",
        "contact",
        "byline",
        "paid",
        # a section's or a format's name: "Letter: Bypass critics ignore the facts", "Storm Ingrid live: ..."
        "letter",
        "letters",
        "editorial",
        "opinion",
        "analysis",
        "explainer",
        "factbox",
        "live",
        "review",
        "obituary",
        "podcast",
        "photos",
        "gallery",
        "recap",
        "timeline",
    }
)  # "Note: ...", "Update: ...", "Twitter: @handle": page furniture, not a source
_NOUN_CUE_STOPS = frozenset({",", ";", ":", ".", "!", "?", "(", ")"}) | DASHES


def _clause_initial(flat: FlatTokens, k: int, s_first: int) -> bool:
    """Does token ``k`` open its clause (sentence start, after a comma or a conjunction)?"""
    j = k - 1
    while j >= s_first and flat.tag(j) == "DT":
        j -= 1
    return j < s_first or flat.lower(j) in (",", "and", "but", ";", ":")


def noun_frames(flat: FlatTokens, inside: Sequence[bool], lexicon: CueLexicon) -> list[Frame]:
    """Stances reported by a noun: "Smith's criticism of the plan", "his claim that taxes rose".

    The tagger reads these cues as nouns, so the verb finder never sees them; the source is
    the possessor right before the noun (adjectives between allowed) or, failing that, a "by"/"from"
    agent after the complement; the content is the complement: a "that"/"to"-clause to its clause
    end, otherwise the phrase up to the next finite verb."""
    frames: list[Frame] = []
    forms = lexicon.noun_forms()
    for i in [k for k, low in enumerate(flat.lows) if low in forms]:
        if inside[i] or not flat.tag(i).startswith("NN"):
            continue
        entries = lexicon.nouns(flat.lows[i])
        entry = next((e for e in entries if all(flat.lower(i + 1 + k) == w for k, w in enumerate(e.rest))), None)
        if entry is None:
            continue
        s_first, s_last = flat.sent_range[flat.sent[i]]
        j = i - 1
        while j > s_first and flat.tag(j) in ("JJ", "RB", "VBG") and j > i - 3:
            j -= 1
        if flat.lower(j) in POSSESSIVE_PRONOUNS and flat.tag(j) == "PRP$":
            subject = (j, j)
        elif flat.lower(j) in POSSESSIVE_MARKS and flat.tag(j) == "POS":
            k = j - 1
            while k >= s_first and k > j - 6 and flat.tag(k) in NP_TAGS - {"POS", "PRP$"}:
                k -= 1
            if k + 1 > j - 1:
                continue
            subject = (k + 1, j - 1)
        else:
            subject = None  # maybe an agent after the complement: "criticism of the plan by Smith"
        cue_last = i + len(entry.rest)
        start = cue_last + 1
        clause = entry.rest[-1:] == ("that",) or entry.infinitive
        end = start
        # "His claim that taxes rose was false": as the sentence subject, the noun's clause ends
        # before the main verb, the second finite verb after the cue
        verbs_left = 2 if subject is not None and _clause_initial(flat, subject[0], s_first) else 99
        while end + 1 <= s_last and (inside[end + 1] or flat.lower(end + 1) not in _NOUN_CUE_STOPS):
            finite = not inside[end + 1] and flat.tag(end + 1) in FINITE
            if not clause and (finite or (flat.lower(end + 1) == "by" and not inside[end + 1])):
                break
            verbs_left -= finite
            if verbs_left == 0:
                break
            end += 1
        if start > s_last or end < start:
            continue
        if subject is None:
            by = end + 1
            if clause or flat.lower(by) not in ("by", "from") or flat.tag(by + 1) not in NP_TAGS:
                continue
            agent = by + 1
            while agent + 1 <= s_last and flat.tag(agent + 1) in NP_TAGS:
                agent += 1
            subject = (by + 1, agent)
        cue = Cue(i, cue_last, entry.lemma, weak=False, family=entry.family, infinitive=entry.infinitive)
        frames.append(Frame(cue, subject, (start, end)))
    return frames


class SpecialFrames(ContentBounds):
    """Reads the frames that do not hang on a cue verb's clause: "Name: ...", "...” ― Name" and
    "according to X"."""

    def dash_frames(self) -> list[Frame]:
        """ "“We deserve better.” ― Ana Ruiz": a quote signed with a dash and a name, as in
        epigraphs and collected reader quotes; the name must end its line or clause."""
        flat = self.flat
        frames: list[Frame] = []
        for close, q in self.by_close.items():
            k = close + 1
            if k >= len(flat) or flat.tokens[k].text not in _SIGNATURE_DASHES or flat.para[k] != flat.para[close]:
                continue
            last = k
            while last + 1 < len(flat) and last - k < 6 and flat.para[last + 1] == flat.para[k]:
                if not (flat.tokens[last + 1].text[:1].isupper() or flat.tag(last + 1) == "NNP"):
                    break
                last += 1
            following = flat.lower(last + 1) if flat.para[min(last + 1, len(flat) - 1)] == flat.para[k] else ""
            if last == k or following not in ("", ",", ".", "(", ";"):
                continue
            cue = Cue(k, k, flat.tokens[k].text, weak=False, family="phrase")
            frames.append(Frame(cue, (k + 1, last), (q.open, close)))
        return frames

    def colon_frames(self, index: ActorIndex) -> list[Frame]:
        """ "Reid: ‘Never underestimate Trump.’" — a headline or paragraph opening with a known
        actor's name and a colon attributes what follows to that actor."""
        flat = self.flat
        frames: list[Frame] = []
        for s_first, s_last in flat.sent_range:
            colon = next((k for k in range(s_first + 1, min(s_last, s_first + 4) + 1) if flat.lower(k) == ":"), None)
            # an interview's "Dr Okafor: Completely. I never wanted anything else." runs to the paragraph end
            para_last = flat.para_range(s_first)[1] if flat.para_range(s_first)[0] == s_first else s_last
            if colon is None or sum(flat.tokens[k].text[:1].isalpha() for k in range(colon + 1, para_last + 1)) < 2:
                continue  # "Twitter: @Milbank.": no words said
            if len(flat.tokens[colon - 1].text) < 2 or flat.lower(colon - 1) in _LABELS:
                continue  # "Q:", "A:" interview labels, "Note:", "Update:"
            if past_dateline(flat, s_first, s_last) == colon + 1:
                continue  # "KOLKATA: Chief minister ... said": a dateline, not a source
            if colon == s_first + 1 and self._opens_the_story(s_first):
                continue  # "Bengaluru: The Karnataka government said ...": a dateline in title case
            named = all(
                flat.tokens[k].text[:1].isupper() or flat.lower(k) in POSSESSIVE_MARKS for k in range(s_first, colon)
            )
            known = index.by_name(flat, s_first, colon - 1) if named else None
            # the phrase's head comes before a preposition: "The message to voters", "Clinton to Planned Parenthood"
            head = next((k - 1 for k in range(s_first + 1, colon) if flat.lower(k) in NP_PREPS), colon - 1)
            if not (
                (named and self._names_a_source(index, s_first, head))  # "Insiders: ...", "Poll: ..."
                or (known is not None and known.type in ("person", "organization"))  # "Graham: ...", "TAPPER: ..."
                or self._names_someone(index, s_first, head)  # "Clinton camp: ..."
            ):
                continue  # not "The message to voters: stay home"
            cue = Cue(colon, colon, ":", weak=False, family="phrase")
            end = self._content_end(colon + 1, s_last, cue)
            if para_last > s_last and known is not None and known.type == "person" and end == s_last:
                end = para_last  # a transcript's answer: every sentence of the paragraph is the speaker's
            frames.append(Frame(cue, (s_first, colon - 1), (colon + 1, end)))
        taken = {f.cue.first for f in frames}
        return frames + self._quote_colon_frames(index, taken) + self._headline_quote_frames(index, taken)

    def _opens_the_story(self, k: int) -> bool:
        """Is token ``k`` the first of the first paragraph after the headline, where a dateline stands?"""
        flat = self.flat
        return flat.para[k] == 1 and flat.para_range(k)[0] == k and bool(flat.sent_range) and flat.headline(0)

    def _headline_quote_frames(self, index: ActorIndex, taken: set[int]) -> list[Frame]:
        """ "‘We will rebuild’: Mayor vows to restore downtown": a quotation opening the sentence, a
        colon, then a clause whose subject speaks through a cue verb; the quotation is that subject's."""
        flat = self.flat
        frames: list[Frame] = []
        for s_first, s_last in flat.sent_range:
            q = self._quote_opening_at(s_first)
            if q is None or q.close is None or flat.lower(q.close + 1) != ":" or q.close + 1 in taken:
                continue
            if q.close - q.open <= 3 and all(flat.tag(t) in NOUN_TAGS for t in range(q.open + 1, q.close)):
                continue  # "“Succession”: HBO says the show will end": a title, not words said ("“Shameful”" is)
            subject_first = q.close + 2
            k = subject_first
            while k <= min(s_last, subject_first + 5) and k not in self.cue_at and flat.tag(k) in NP_TAGS:
                k += 1
            cue = self.cue_at.get(k)
            if cue is None or k == subject_first or cue.according or cue.family == "evidence":
                continue
            if not (self._names_someone(index, subject_first, k - 1) or flat.tag(k - 1) in ("NNS", "NNPS")):
                continue  # "Mayor Tom Reed vows", "Arsenal fans say"
            # the colon is the quotation's cue, as in "Reid: ‘...’"; the verb keeps its own statement
            colon = Cue(q.close + 1, q.close + 1, ":", weak=False, family="phrase")
            frames.append(Frame(colon, (subject_first, k - 1), (q.open, q.close)))
        return frames

    def _quote_colon_frames(self, index: ActorIndex, taken: set[int]) -> list[Frame]:
        """ "... doesn't surprise pollster Daron Shaw: “...”", "More from the report: “...”": a
        source phrase, then a colon, then a quotation; the phrase must name someone (an actor
        mention, a group or a role) or a document that speaks."""
        flat = self.flat
        frames: list[Frame] = []
        for colon in range(1, len(flat)):
            if flat.tokens[colon].text != ":" or colon in taken:
                continue
            q = self._quote_opening_at(colon + 1)
            if q is None or q.content_end - q.content_start < 12:
                continue
            s_first = flat.sent_range[flat.sent[colon]][0]
            end = colon - 1
            if flat.lower(end) == ")":  # "Rep. Trey Gowdy (R-S.C.): “...”"
                bracket = (k for k in range(end - 1, max(s_first, end - 10) - 1, -1) if flat.lower(k) == "(")
                end = next(bracket, s_first) - 1
            chunk = self._chunk_back(end, s_first)
            if chunk is None or not self._names_a_source(index, *chunk):
                continue
            if self._artifact(*chunk) and flat.tag(chunk[0] - 1).startswith("VB") and chunk[0] - 1 > s_first:
                # "Trump released the following statement: “...”": the one who released it speaks
                issuer = self._main_subject(s_first, chunk[0] - 1, need_verb=True)
                chunk = issuer if issuer is not None else chunk
            close = q.close if q.close is not None else q.last
            cue = Cue(colon, colon, ":", weak=False, family="phrase")
            frames.append(Frame(cue, chunk, (q.open, close)))
        return frames

    def _names_someone(self, index: ActorIndex, first: int, last: int) -> bool:
        """Does the phrase name a person or an organisation, or end in a group or role noun?"""
        flat = self.flat
        head = flat.lower(last)
        if head in GROUP_HEADS or head in ROLE_HEADS:
            return True
        found = index.mentions(flat.tokens[first].start, flat.tokens[last].end)
        return any(a.type in ("person", "organization") for a, _s, _e in found)

    def _names_a_source(self, index: ActorIndex, first: int, last: int) -> bool:
        """Someone, or a document that speaks ("the report", "Poll")."""
        head = self.flat.lower(last)
        return head in ARTIFACT_HEADS or head in EVIDENCE_SOURCES or self._names_someone(index, first, last)

    def _source_aside_end(self, k: int, s_last: int) -> int | None:
        """The comma closing an aside about a fronted source that opens at ``k``: a participle
        phrase (", published in the journal Science,") or a name (", Angela Marsh,"), with a
        clause after it; None when the words at ``k`` are already the content."""
        flat = self.flat
        document = flat.tag(k) == "VBN" and flat.lower(k) in _DOCUMENT_PARTICIPLES  # not "fearing a second attack,"
        relative = flat.lower(k) in ("which", "who") and flat.tag(k + 1) in FINITE  # ", which appears in Science,"
        described = flat.tag(k) in ("DT", "PRP$")  # ", the lead researcher,", ", a virologist,"
        if not (document or relative or described or (flat.tag(k) == "NNP" and flat.tag(k + 1) in ("NNP", ","))):
            return None
        close = next((t for t in range(k + 1, min(s_last, k + 12) + 1) if flat.tokens[t].text == ","), None)
        if close is None or (flat.tag(k) == "NNP" and not all(flat.tag(t) == "NNP" for t in range(k, close))):
            return None
        if described and not (
            flat.tag(k - 2) == "NNP"
            # a person's description, or a body's (", a Washington research group,")
            and any(
                flat.lower(t) in PERSON_HEADS or flat.lower(t).endswith("ist") or flat.lower(t) in ORG_CLASSIFIERS
                for t in range(k + 1, close)
            )
            and all(flat.tag(t) in NP_TAGS or flat.tag(t) in ("JJ", "IN") for t in range(k + 1, close))
        ):
            return None  # only a description after a name: not "According to police, the suspect, ..."
        verb = next((t for t in range(close + 1, s_last + 1) if flat.tag(t) in FINITE), s_last)
        if flat.tag(k) == "NNP" and any(flat.lower(t) in ("and", ",") for t in range(close + 1, verb)):
            return None  # "According to the FBI, John Smith, Jane Doe and Bob Lee were arrested": a list
        if self._clause_at(close + 1, s_last):
            return close
        # "..., the drug reduced/VBN deaths by a third": a past tense the tagger read as a participle
        past = next((t for t in range(close + 1, min(s_last, close + 6) + 1) if flat.tag(t) not in NP_TAGS), None)
        misread = past is not None and past > close + 1 and flat.tag(past) == "VBN" and flat.tag(past + 1) in NP_TAGS
        return close if described and misread else None

    def _modifier_at(self, k: int) -> bool:
        """Does a modifier of the source open at ``k`` ("documents *reviewed* by The Post", "two
        officials *who* were in the room", "a report by the IEA *published*/VBD last week": a document's participle
        the tagger read as a past tense)?"""
        flat = self.flat
        return (
            flat.tag(k) in ("VBN", "VBG")
            or flat.lower(k) in ("who", "that", "which")
            or (flat.tag(k) == "VBD" and flat.lower(k) in _DOCUMENT_PARTICIPLES)
        )

    def _according(self, cue: Cue) -> Frame | None:
        """ "According to X, ..." / "..., according to X." / "..., according to X, ..."."""
        flat = self.flat
        s_first, s_last = flat.sent_range[flat.sent[cue.first]]
        k = cue.last + 1
        end = k
        while end <= s_last:
            # the issuer a document speaks for: "according to data from Nationwide", "... data compiled by
            # Bloomberg", "... a report released last week by ...", "... a report in the Daily Telegraph"
            issued_by = issuer_after(flat, end - 1) if end > k else None
            if issued_by is not None:
                end = issued_by
            elif (
                flat.tag(end) in NP_TAGS
                or flat.lower(end) in POSSESSIVE_MARKS
                or flat.lower(end) in ("of", "and", "by")
                # a head the tagger misread after a determiner: "according to a tally/RB by the AP"
                or (flat.tag(end - 1) == "DT" and end - 1 >= k and flat.tokens[end].text.isalpha())
            ):
                end += 1
            else:
                break
        if end == k:
            return None
        subject = (k, end - 1)
        close = cue.first - 1
        if close in self.by_close and self.by_close[close].open < close and flat.para[close] == flat.para[cue.first]:
            # '..., “when individuals make false statements,” according to the news outlet.'
            q = self.by_close[close]
            start = min(q.open, s_first) if flat.para[q.open] == flat.para[s_first] else q.open
            return Frame(cue, subject, (start, close))
        opener = s_first
        t = cue.first - 1
        while t >= s_first:  # "(According to the police, ...)"
            if t in self.by_close and s_first <= self.by_close[t].open < t:
                t = self.by_close[t].open - 1  # 'he was "happy to see" that ..., according to X'
                continue
            if (
                flat.tokens[t].text in ("(", "[", ":")
                or t in self.by_open
                or (t == cue.first - 1 and flat.lower(t) == "that")
            ):
                opener = t + 1  # also "...: According to polls, ..." and "said that according to X, ..."
                break
            if flat.tokens[t].text in (")", "]"):
                break
            t -= 1
        if cue.first == opener or (cue.first == opener + 1 and flat.tag(opener) == "CC"):
            # the source runs to the first comma ("According to an online Texas Tribune poll out
            # Thursday, ..."), whatever words it holds
            comma = next((t for t in range(end, min(s_last, k + 25) + 1) if flat.tokens[t].text == ","), None)
            if comma is None or comma + 1 > s_last:
                return None
            # "According to documents reviewed by The Washington Post, ...": the documents speak
            subject = (k, comma - 1) if comma > end and not self._modifier_at(end) else subject
            appositive = False
            second = self._source_aside_end(comma + 1, s_last)
            if second is not None:
                # "According to the study, published in Science, ...", "According to his former
                # wife, Angela Marsh, ...": the aside describes the source, and a name in it is the source
                appositive = flat.tag(comma + 1) == "NNP"
                subject = (k, second - 1) if appositive else subject
                comma = second
            return Frame(cue, subject, (comma + 1, self._bracket_end(comma + 1, s_last)), appositive)
        poll_at_end = cue.lemma == "in" and end >= s_last  # "... by 28 points in the same poll."
        if flat.tokens[cue.first - 1].text == "," or poll_at_end:
            before = (opener, cue.first - (2 if flat.tokens[cue.first - 1].text == "," else 1))
            if cue.lemma == "in the words of":
                # "..., the latest reminder that Mrs. Clinton was, in the words of an adviser, ''the
                # torchbearer''": the words are the clause the phrase sits in
                that = max((t for t in range(before[0], before[1]) if flat.lower(t) == "that"), default=None)
                before = (that + 1, before[1]) if that is not None else before
            if cue.lemma == "according to" and self._opens_with_a_report(*before):
                # "Erdogan said on Saturday that the bid would be approved, according to TRT": the
                # outlet only carries it; Erdogan's own report is the position
                return None
            describes_source = flat.tag(end + 1) in ("VBG", "VBN") or flat.lower(end + 1) in ("who", "whose", "which")
            if self._modifier_at(end):
                # "The agency, according to documents reviewed by The Post, ignored ...": past the
                # source's own modifier to the comma that closes it
                shut = next((t for t in range(end, min(s_last, end + 15) + 1) if flat.tokens[t].text == ","), None)
                predicate = shut is not None and flat.tag(shut + 1) in FINITE
                if shut is not None and (predicate or self._clause_at(shut + 1, s_last)):
                    after = (shut + 1, self._bracket_end(shut + 1, s_last))
                    return Frame(cue, subject, self._choose_side(before, after))
            name_end = s_last - (flat.lower(s_last) in (".", "!", "?"))
            if (
                end <= s_last
                and flat.tokens[end].text == ","
                and name_end > end
                and all(flat.tag(t) in ("NNP", "NNPS") for t in range(end + 1, name_end + 1))
            ):
                # "He died of cancer, according to his daughter, Ann Smith.": the name closes the source
                return Frame(cue, (k, name_end), before, appositive=True)
            if end <= s_last and flat.tokens[end].text == "," and end + 2 <= s_last and not describes_source:
                # "While most were ..., according to an official, two were upgraded"; but not
                # "..., according to Jack Kelly, writing for RealClearPolitics": that describes the source
                return Frame(cue, subject, self._choose_side(before, (end + 1, self._bracket_end(end + 1, s_last))))
            return Frame(cue, subject, before)
        if (
            cue.lemma != "in"
            and (end > s_last or flat.lower(end) in (",", ";", ".", "but", "and"))
            # a source, not "went according to plan/schedule/the script" or "... his body mass index"
            and (
                self.agentive(*subject)
                or any(flat.lower(t) in EVIDENCE_SOURCES for t in range(subject[0], subject[1] + 1))
            )
        ):
            # "Clinton leads by 271 delegates according to a count by The AP, but ...": the clause
            # before, from its last comma when a clause follows that comma
            first = opener
            for t in range(cue.first - 1, opener, -1):
                if flat.tokens[t].text == "," and self._has_finite_verb(t + 1, cue.first - 1):
                    first = t + 1
                    break
            if self._has_finite_verb(first, cue.first - 1) and flat.lower(first) not in ("which", "who", "whom"):
                return Frame(cue, subject, (first, cue.first - 1))
        return None

    def _opens_with_a_report(self, first: int, last: int) -> bool:
        """Does the clause ``first``..``last`` open with a subject and its finite speech verb
        ("Turkish President Tayyip Erdogan said ...", "Police have said ...")?"""
        flat = self.flat
        if flat.tag(first) not in NP_TAGS and flat.tag(first) != "PRP":
            return False
        for t in range(first + 1, min(last, first + 8) + 1):
            cue = self.cue_at.get(t)
            if cue is not None:
                finite = flat.tag(t) in FINITE or flat.lower(t) in ("has", "have", "had")
                return cue.lemma in _REPORTING_VERBS and finite and cue.last + 2 < last  # not "Politico reported,"
            if not (flat.tag(t) in NP_TAGS or flat.lower(t) in POSSESSIVE_MARKS):
                return False
        return False

    def _bracket_end(self, start: int, s_last: int) -> int:
        """The sentence end, or the token before a bracket closing one opened before ``start``."""
        for t in range(start, s_last + 1):
            if self.flat.tokens[t].text in ("(", "["):
                return s_last
            if self.flat.tokens[t].text in (")", "]"):
                return t - 1
        return s_last
