"""Noun chunks read backwards from a token: the phrases a source can be.

A cue's source is mostly the noun phrase that ends right before it, but where that phrase starts
(titles, possessives, "of"-phrases, lists of names, dates) takes rules of its own; they are kept
here, under the subject search that calls them, with the main subject of a sentence, the test of
whether a phrase can speak at all, and the people a "they" may continue.
"""

from __future__ import annotations

import re

from service.pipeline.lexicon import KIN, PERSON_NOUNS, ROLE_HEADS
from service.pipeline.positions.clause_view import FINITE, SKIP_BEFORE_CUE, ClauseView
from service.pipeline.positions.quotes import before_mark, title_case
from service.pipeline.positions.speakers import past_dateline
from service.pipeline.positions.tokens import (
    APPROXIMATORS,
    EVIDENCE_SOURCES,
    GROUP_HEADS,
    MONTHS,
    NOUN_TAGS,
    NP_PREPS,
    NP_TAGS,
    POSSESSIVE_MARKS,
    PRONOUNS,
    QUANTITIES,
    SOURCE_POSTMODIFIERS,
    SUBORDINATORS,
    TIME_LEADS,
    TIME_NOUNS,
    WEEKDAYS,
)

LY_NOUNS = frozenset({"family", "assembly", "ally", "daily", "weekly", "monthly", "quarterly", "supply", "italy"})

# Adverbs that may open a sentence right before its verb ("Separately, ...", "Instead said")
_SENTENCE_ADVERBS = frozenset(
    {"separately", "instead", "still", "however", "finally", "earlier", "later", "now", "so", "yet", "thus",
     "similarly", "privately", "publicly", "initially", "originally", "previously", "recently", "repeatedly",
     "often", "never"}
)  # fmt: skip

_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}")  # "14:02", "9.30"

# Words that open a time phrase: "On Tuesday the company said", "Last year Ann Cole said"
_TIME_PHRASE_LEADS = frozenset("on in last this next early late every during since until".split())

# Plurals that look like people ("-ers", "-ans", "-ives") but name things: never a "they" that speaks.
_THINGS = frozenset(
    "barriers borders letters papers orders matters centers computers headquarters answers offers powers"
    " waters corners chambers towers layers plans loans bans scans means grants plants restaurants lives"
    " initiatives alternatives incentives archives objectives motives perspectives".split()
)

# Bodies that speak as one: "a group backing Huckabee", "the committee, saying ...".
_BODY_HEADS = frozenset(
    "group committee campaign coalition organization association union council party administration government"
    " company firm network agency court board panel commission caucus movement pac"
    " newspaper magazine publication outlet journal station website editorial"
    " club team family ministry department police charity bank university school hospital airline federation"
    " league army military regulator watchdog authority office service foundation institute".split()
)


class NounChunks(ClauseView):
    """Reads noun phrases back from a token: where a candidate source starts, whether it can speak."""

    def _time_phrase_opens(self, k: int) -> bool:
        """Does the time word at ``k`` open a time phrase ("On Tuesday", "last month", "Monday
        night", "Yesterday", a sentence-opening "Tuesday")? A month opening the sentence may be
        a first name ("April Ryan said")."""
        flat = self.flat
        low, before = flat.lower(k), flat.lower(k - 1)
        opens = k == 0 or flat.sent[k - 1] != flat.sent[k]
        return (
            before in _TIME_PHRASE_LEADS
            or (before in WEEKDAYS and before.endswith("day"))  # "Monday night"
            or low in ("yesterday", "today", "tonight")
            or (opens and low not in MONTHS)
        )

    def _postmodifier_at(self, k: int) -> bool:
        """Does an adjective or participle at ``k`` post-modify the noun before it, as in
        anonymous sourcing ("a source close to", "people familiar with")?"""
        flat = self.flat
        return k >= 1 and flat.lower(k) in SOURCE_POSTMODIFIERS and flat.tag(k - 1) in NOUN_TAGS

    def people_before(self, i: int) -> tuple[int, int] | None:
        """The people a "they" at ``i`` refers to when no organisation does: the nearest plural
        noun phrase naming people or groups before it in its sentence or the one before ("Aides
        said ..., and they rejected", "As Republicans scrambled, they proposed"), outside quotes."""
        flat = self.flat
        sent = flat.sent[i]
        floor = flat.sent_range[sent - 1][0] if sent > 0 else flat.sent_range[sent][0]
        for k in range(i - 1, floor - 1, -1):
            if k in self.by_close:
                opening = self.by_close[k].open
                if opening < floor:
                    return None
                continue
            low, tag = flat.lower(k), flat.tag(k)
            party = tag == "NNP" and low.endswith(("ans", "ats", "ists"))  # "Republicans" read as NNP
            if not (tag in ("NNS", "NNPS") or party) or flat.tag(k + 1) in NOUN_TAGS:
                continue  # a head noun only: "Trump supporters", not "Trump" in it
            if low in EVIDENCE_SOURCES or low in _THINGS:
                continue  # "The numbers are clear. They ...", "security barriers"
            if not (
                low in GROUP_HEADS or tag == "NNPS" or party or low.endswith(("ers", "ists", "ans", "ants", "ives"))
            ):
                continue
            if tag == "NNPS" and flat.tag(k - 1) == "NNP" and not low.endswith(("ans", "ers", "ats")):
                continue  # "the United States": a place, not people
            chunk = self._chunk_back(k, flat.sent_range[flat.sent[k]][0])
            first = chunk[0] if chunk is not None else k
            before, before_tag = flat.lower(first - 1), flat.tag(first - 1)
            if (before_tag in ("IN", "TO", "RP") and before not in SUBORDINATORS) or before_tag.startswith("VB"):
                continue  # an object ("fall to West Virginia taxpayers", "arrested several protesters") is not "they"
            last = k
            if flat.lower(k + 1) == "and" and flat.tag(k + 2) in ("NNP", "NNPS"):
                last = k + 2  # "Sanders and Warren met ... They said": both
                while flat.tag(last + 1) in ("NNP", "NNPS"):
                    last += 1
            return first, last
        return None

    def agentive(self, first: int, last: int) -> bool:
        """Can this noun phrase be someone who speaks? A name, a pronoun, a role or a group
        ("the senator", "several groups") can; "the fracas", "Thursday's conversation" cannot —
        the subject of "..., saying ..." is often not the one saying it."""
        flat = self.flat
        head = last
        while head > first and flat.tag(head) not in NOUN_TAGS and flat.tag(head) != "PRP":
            head -= 1
        low, tag = flat.lower(head), flat.tag(head)
        return (
            tag in ("NNP", "NNPS", "PRP", "NNS")
            # "Trump hit back": a name the tagger read as a noun, right before its verb
            or (
                tag == "NN"
                and flat.tokens[head].text.istitle()
                and head == last
                and flat.tag(head + 1).startswith("VB")
            )
            or low in GROUP_HEADS
            or low in ROLE_HEADS
            or low in _BODY_HEADS
            or low in PERSON_NOUNS
            or low in KIN
            or any(
                flat.tag(k) == "NNP" and flat.lower(k) not in WEEKDAYS and flat.lower(k) not in MONTHS
                for k in range(first, last + 1)
            )
        )

    def _agent_of_a_participle(self, first: int, last: int) -> tuple[int, int]:
        """The noun a participle (or "who") right after ``[first, last]`` describes. In "the
        proportion of GOP voters saying ...", "the rhetoric from candidates blasting ..." and "the
        minds of Americans who want ..." it is the people after the last preposition, when the
        head before the first one cannot speak."""
        flat = self.flat
        preps = [
            t
            for t in range(first + 1, last)
            if flat.lower(t) in NP_PREPS and flat.lower(t - 1) not in SOURCE_POSTMODIFIERS
        ]
        if not preps:
            return first, last
        if any(flat.lower(t) in ("to", "in", "at", "with", "on") for t in preps):
            # "a letter to the board of directors urging": the addressee never speaks; the thing
            # before it ("a letter", "a lawsuit in federal court", "a message on Instagram") carries its
            # sender's words
            return (first, preps[0] - 1) if not self.agentive(first, preps[0] - 1) else (first, last)
        head = preps[0] - 1
        if flat.tag(head) == "CD" or flat.lower(head) in QUANTITIES or flat.lower(head) in KIN:
            return first, last  # "one of her ads", "most of the delegates", "the widow of the officer"
        if not self.agentive(first, head) and self.agentive(preps[-1] + 1, last):
            return preps[-1] + 1, last
        return first, last

    def _chunk_back(self, j: int, s_first: int) -> tuple[int, int] | None:
        """The noun phrase ending at token ``j``: names, titles, possessives, "of"/"from"
        attachments and lists of names ("Diplomats from the US, Spain and Latvia")."""
        flat = self.flat
        # The tagger often reads a hyphenated head as an adjective ("The secretary-general
        # said"); after a determiner, right before the cue, it can only be the noun.
        adjective_head = j > s_first and flat.tag(j) == "JJ" and flat.tag(j - 1) in ("DT", "PRP$")
        if j < s_first or not (flat.tag(j) in NP_TAGS or flat.lower(j) in POSSESSIVE_MARKS or adjective_head):
            return None
        k = j
        has_cc = False
        while k - 1 >= s_first:
            prev, prev_tag, cur_tag = flat.lower(k - 1), flat.tag(k - 1), flat.tag(k)
            titled = self.by_close.get(k - 1)
            if titled is not None and cur_tag in NOUN_TAGS and title_case(flat, titled):
                b = before_mark(flat, titled)
                if b >= s_first and flat.tag(b) in ("DT", "PRP$", "POS"):
                    k = b  # 'the “Avatar” star posted': a quoted title inside the noun phrase
                    continue
            if k - 1 in self.by_close or k - 1 in flat.half:
                break  # a closing quote mark (the tagger may read ' as a possessive)
            if _CLOCK.fullmatch(flat.tokens[k - 1].text) and k - 1 == s_first:
                break  # "14:02 The Prime Minister's spokesman says": a live blog's time stamp
            if (
                self._time_word(k - 1)
                # a day or a month, or a time noun in lower case: not "The Morning Consult poll"
                and (flat.tokens[k - 1].text.islower() or prev in MONTHS or (prev in WEEKDAYS and prev.endswith("day")))
                # after a time lead or opening the sentence: not "The Sunday Times", "April Ryan"
                and self._time_phrase_opens(k - 1)
                and (cur_tag in ("DT", "PRP$") or flat.tokens[k].text[:1].isupper())
            ):
                break  # "On Tuesday the company said", "Last year Ann Cole said": a time phrase, no comma
            if (
                prev_tag in NP_TAGS
                or prev_tag == "NNP"
                or (prev == "her" and cur_tag in ("NN", "NNS", "JJ"))  # "her son": a possessive read as "her"/PRP
                or (prev in POSSESSIVE_MARKS and self._attached(k - 1))
                or (prev in ROLE_HEADS and cur_tag == "NNP")  # "councilmember" read as a verb
                or (prev in LY_NOUNS and cur_tag == "NNP")  # "Clinton ally James Carville said"
                or (  # "EU tech commissioner Henna Lindroos": a noun before a role, read as a verb
                    prev_tag in ("VBD", "VBN", "VBP")
                    and flat.tokens[k - 1].text.islower()
                    and flat.lower(k) in ROLE_HEADS
                    and k - 2 >= s_first
                    and flat.tag(k - 2) == "NNP"
                )
                or (  # "new fundraising reports show": a gerund modifying a common noun
                    prev_tag == "VBG"
                    and cur_tag in ("NN", "NNS")
                    # "the largest teaching union"
                    and (k - 1 == s_first or flat.tag(k - 2) in ("JJ", "JJS", "JJR", "DT", "CD", "PRP$", ","))
                )
            ):
                k -= 1
            elif prev in ("and", "&") and cur_tag in NP_TAGS and flat.tag(k - 2) in NOUN_TAGS:
                has_cc = True
                k -= 1
            elif (prev == "," and has_cc and flat.tag(k - 2) == "NNP" and cur_tag in ("NNP", "DT")) or (
                prev in NP_PREPS
                and cur_tag in NP_TAGS
                and flat.tag(k - 2) in NOUN_TAGS
                and not self._time_word(k - 2)  # "ended on Wednesday with diplomats saying": no attachment
            ):
                k -= 1
            elif prev == "by" and cur_tag in NP_TAGS and flat.lower(k - 2) in EVIDENCE_SOURCES:
                k -= 1  # "A survey by the organization found": the survey, by whom
            elif self._postmodifier_at(k - 2) and prev in NP_PREPS | {"on"} and cur_tag in NP_TAGS:
                k -= 2  # "people familiar with the matter", "officials briefed on the talks"
            elif (
                prev == ","
                and cur_tag in ("JJ", "CD")
                and flat.tag(k - 2) in ("JJ", "VBN")
                and flat.tag(k - 3) in ("DT", "PRP$")
            ):
                k -= 2  # "the bespectacled, 71-year-old diplomat"
            elif prev == "-" and flat.tag(k - 2) == "CD" and (cur_tag == "JJ" or flat.lower(k).endswith("-old")):
                k -= 2  # "71 - year-old" as the tokenizer splits it
            else:
                break
        # "one of the prosecutors", "most of them", "4 in 10", "a third": quantities as sources
        while (
            k - 2 >= s_first
            and flat.lower(k - 1) in ("of", "in")
            and (flat.tag(k - 2) == "CD" or flat.lower(k - 2) in QUANTITIES)
        ):
            k -= 2
            adverb = flat.tag(k - 1) == "RB" and flat.lower(k - 1) in APPROXIMATORS
            if (flat.tag(k - 1) in ("CD", "DT") or adverb) and k - 1 >= s_first:
                k -= 1  # "only some of", not "Even some of his advisers": "even" is no part of the group
        if flat.tag(k - 1) == "PDT" and k - 1 >= s_first:
            k -= 1  # "half the senators", "all the candidates"
        if (
            k - 2 >= s_first
            and flat.lower(k - 1) in ("of", "for")
            and (flat.lower(k - 2) in KIN or flat.lower(k - 2) in ROLE_HEADS)
            and (flat.tag(k) == "CD" or flat.lower(k) in QUANTITIES)
        ):
            # "The mother of one of the victims", "a lawyer for one of the defendants": the person
            # the part of the group belongs to
            owner = self._chunk_back(k - 2, s_first)
            if owner is not None:
                k = owner[0]
        if flat.tag(k) in ("CD", "PDT") or flat.lower(k) in QUANTITIES:
            while k - 1 >= s_first and flat.lower(k - 1) in APPROXIMATORS:
                k -= 1  # "Nearly half said", "more than 40 percent said": the approximation is part of it
        if k - 1 >= s_first and flat.lower(k) == "least" and flat.lower(k - 1) == "at":
            k -= 1  # "at least half said", "at least some of the beneficiaries"
        at_least = flat.lower(k) == "at" and flat.lower(k + 1) == "least"
        if (flat.tag(k) in ("IN", "TO") and flat.lower(k) not in APPROXIMATORS and not at_least) or all(
            flat.lower(t) in WEEKDAYS or flat.lower(t) in MONTHS or flat.lower(t) in TIME_LEADS for t in range(k, j + 1)
        ):
            return None  # "for the U.S. Senate", "last week": no source
        quantity = any(flat.tag(t) == "CD" or flat.lower(t) in QUANTITIES for t in range(k, j + 1))
        if (
            not adjective_head
            and not quantity
            and not any(flat.tag(t) in NOUN_TAGS or flat.lower(t) in PRONOUNS for t in range(k, j + 1))
        ):
            return None
        return (k, j)

    def _attached(self, i: int) -> bool:
        """A possessive mark written onto its word ("Jones' ", "Russia’s"), not a closing quote."""
        flat = self.flat
        return (
            i > 0
            and i not in self.by_close
            and i not in flat.half
            and flat.tokens[i].start == flat.tokens[i - 1].end
            and flat.tokens[i - 1].text[:1].isalnum()
        )

    def _participle_subject(self, s_first: int, comma: int) -> tuple[int, int] | None:
        """The source of "..., saying ...": the subject of the last main clause before the comma,
        which may follow "but", "; " or ", and" ("It's a big if, but Sanders was in San Diego on
        Tuesday, emphasizing ..."), else the sentence's main subject."""
        flat = self.flat
        for k in range(comma - 1, s_first, -1):
            low = flat.lower(k)
            if k in self.by_close:
                return self._main_subject(s_first, comma)
            if not (low in ("but", ";") or (low == "and" and flat.lower(k - 1) == ",")):
                continue
            end = k
            while end + 1 < comma and (flat.tag(end + 1) in NP_TAGS or flat.lower(end + 1) in POSSESSIVE_MARKS):
                end += 1
            verb = end + 1
            while verb < comma and flat.tag(verb) in ("RB", "RBR"):
                verb += 1
            if end > k and flat.tag(verb) in FINITE:
                chunk = self._chunk_back(end, k + 1)
                if chunk is not None and self.agentive(*chunk):
                    return chunk
            break  # "... and said, ...": a verb of the same subject, or no clause of its own
        return self._main_subject(s_first, comma)

    def _main_subject(self, s_first: int, comma: int, need_verb: bool = False) -> tuple[int, int] | None:
        """For "..., saying ..." and "... and said ...": the subject of the main clause, at the
        sentence start or after a fronted adverbial ("In August, several groups ...")."""
        flat = self.flat
        k = s_first
        while k < comma and (flat.tag(k) in ("CC", "RB") or flat.lower(k) in ("but", "and")):
            k += 1
        if k > s_first and flat.tokens[k].text == "," and flat.tag(k - 1) == "RB":
            k += 1  # "Meanwhile, it attacked ..."
        k = past_dateline(self.flat, k, comma)
        for _ in range(3):  # "At a rally in Ames, Iowa, on Sunday, Mrs. Clinton ..."
            skipped = self._past_adverbial(k, comma)
            if skipped == k:
                break
            k = skipped
            if flat.tag(k) == "NNP" and flat.lower(k + 1) == "," and k + 2 < comma and flat.tag(k + 2) == "IN":
                k += 2  # the state after a city
        if flat.lower(k) in PRONOUNS and flat.tag(k) == "PRP":
            return (k, k)
        if self._name_read_as_modifier(k) and flat.tag(k + 1) in ("VBD", "VBZ", "VBP"):
            return (k, k)  # "Wealth-X keeps ... but says": a name the tagger read as an adjective
        end = k
        while end + 1 < comma and (flat.tag(end + 1) in NP_TAGS or flat.lower(end + 1) in POSSESSIVE_MARKS):
            end += 1
            # "the U.S. Court of Appeals for the 6th Circuit overruled and said": attachments of the head
            attached = flat.lower(end + 1) in NP_PREPS and flat.tag(end) in NOUN_TAGS and flat.tag(end + 2) in NP_TAGS
            if need_verb and attached:
                end += 1
        verb_at = end + 1
        if need_verb and flat.lower(verb_at) == ",":
            # "Gary Emineth, a former state party chairman, became a delegate and said ..."
            close = next((t for t in range(verb_at + 1, comma) if flat.lower(t) == ","), None)
            if close is not None and not self._has_finite_verb(verb_at + 1, close - 1):
                verb_at = close + 1
        if need_verb and not (flat.tag(verb_at).startswith("VB") or flat.tag(verb_at) in ("MD", "RB")):
            return None
        named = self._name_in_apposition(k, end, comma)
        if named is not None:
            return named  # "another Republican, Sen. Carla Mendes-Whitman, voted yes, saying": the one named
        return self._chunk_back(end, k) if flat.tag(k) in NP_TAGS else None

    def _name_in_apposition(self, k: int, end: int, limit: int) -> tuple[int, int] | None:
        """The name set off by commas after a description that opens the clause at ``k`` and ends at ``end``
        ("another Republican, Sen. Carla Mendes-Whitman, voted"), when a finite verb follows it."""
        flat = self.flat
        described = flat.tag(k) == "DT" or flat.tokens[k].text[:1].islower() or flat.lower(k + 1) in POSSESSIVE_MARKS
        if flat.lower(end + 1) != "," or not described:  # "another Republican", "Madrid's mayor"
            return None
        close = next((t for t in range(end + 2, min(limit, end + 8)) if flat.lower(t) == ","), None)
        if close is None or close == end + 2 or flat.tag(close + 1) not in FINITE:
            return None
        if not flat.tokens[end + 2].text[:1].isupper() or flat.tag(close - 1) != "NNP":
            return None
        return (end + 2, close - 1)

    def _name_read_as_modifier(self, k: int) -> bool:
        """A capitalised word the tagger read as an adverb or adjective, and no sentence adverb
        ("Jolly", "Wealth-X", but not "Meanwhile" or "Separately")."""
        flat = self.flat
        return (
            flat.tag(k) in ("RB", "JJ")
            and flat.tokens[k].text[:1].isupper()
            and flat.lower(k) not in SKIP_BEFORE_CUE | _SENTENCE_ADVERBS
        )

    def _past_adverbial(self, k: int, limit: int) -> int:
        """Past a fronted adverbial and its comma ("In response to ...,", "Hours later,",
        "On Sunday,"), or ``k`` when none opens at ``k``."""
        flat = self.flat
        low = flat.lower(k)
        reach = 20 if flat.tag(k) == "IN" else 8
        timed = low in WEEKDAYS or low in MONTHS
        if not (flat.tag(k) in ("IN", "RB") or low in TIME_LEADS or timed):
            reach = 5  # "Hours later,", "A few days later,", "Last month,"
        for t in range(k + 1, min(limit, k + reach)):
            if flat.tokens[t].text == ",":
                before = flat.lower(t - 1)
                timed_end = before in ("later", "earlier", "ago") or before in TIME_NOUNS
                if reach == 5 and not (timed_end or before in WEEKDAYS or before in MONTHS):
                    return k
                return t + 1
        return k
