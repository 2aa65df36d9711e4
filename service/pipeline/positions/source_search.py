"""The source of a verb cue: the subject before it, or after it when the order is inverted.

Most frame rules are about who spoke: "X said", "X, a senior official, said", "Officials in Kyiv,
however, said", "Voters who backed him said", "..., said Mr X". They are kept here, apart from where
the content lies (content_bounds) and from the choice between the readings (frames).
"""

from __future__ import annotations

from service.pipeline.lexicon import ROLE_HEADS
from service.pipeline.positions.clause_view import FINITE
from service.pipeline.positions.cue_finder import Cue
from service.pipeline.positions.noun_chunks import LY_NOUNS, NounChunks
from service.pipeline.positions.quotes import before_closing_mark, before_mark, title_case
from service.pipeline.positions.tokens import (
    AUX,
    BE,
    DASHES,
    MONTHS,
    NOUN_TAGS,
    NP_PREPS,
    NP_TAGS,
    PERSON_HEADS,
    POLLED,
    POSSESSIVE_MARKS,
    PRONOUNS,
    QUANTITIES,
    SOURCE_POSTMODIFIERS,
    SUBORDINATORS,
    TIME_LEADS,
    TIME_NOUNS,
    WEEKDAYS,
    YEAR,
)

_QUANTIFIERS = frozenset({"some", "many", "most", "several", "each", "both", "all", "few", "none"})
_MET = POLLED | {"reached", "approached", "stopped"}  # "Parents reached by phone said"
_MET_WITH = frozenset({"spoke", "talked", "interviewed", "surveyed", "met", "contacted", "reached", "polled", "asked"})
TIME_OPENERS = (SUBORDINATORS & {"as", "when", "while", "after", "before", "once", "until", "since"}) | {"whenever"}
MAIN_SPEECH_LEMMAS = frozenset({"say", "tell", "argue"})
# Things that carry someone's words: "issued a statement saying", "carrying signs reading"
ARTIFACT_HEADS = frozenset(
    "statement statements report reports letter letters article articles ad ads advertisement sign signs banner"
    " banners resolution lawsuit suit message messages memo tweet tweets post posts email emails video op-ed"
    " editorial release petition complaint speech response pitch note filing brief motion interview".split()
)

# Where an inverted source stood as it spoke: "..., said a woman near the bridge"
_WHERE_ONE_STANDS = frozenset({"near", "outside", "inside", "beside", "behind", "opposite"})
CONTRAST_JOINS = frozenset({"while", "whereas", "although", "though"})  # "said A, though they blame B"
_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us", "me"})

# Discourse adverbs set off by commas between a source and its cue
ASIDES = frozenset(
    {"however", "meanwhile", "though", "too", "also", "instead", "nonetheless", "nevertheless", "moreover"}
)

_ASIDE_PHRASES = frozenset(
    "in turn|in fact|of course|in short|at times|at least|in particular|for example|for instance|as well|in response"
    "|in return|for his part|for her part|for their part|for its part|in a statement|in an interview".split("|")
)


class SourceSearch(NounChunks):
    """Finds the source of a verb cue: the subject before it, with its appositions, asides and
    relative clauses, or the subject after it when the order is inverted."""

    def _participle(self, cue: Cue) -> bool:
        """Is the cue's verb an -ing form ("saying", "referring to", and "writing" after a comma, which
        the tagger may read as a noun)?"""
        flat = self.flat
        return any(
            flat.tag(k) == "VBG" or (flat.tag(k) == "NN" and flat.lower(k).endswith("ing") and flat.lower(k - 1) == ",")
            for k in range(cue.first, cue.last + 1)
        )

    # --- the source -------------------------------------------------------------------

    def _subject_before(self, cue: Cue, s_first: int) -> tuple[tuple[int, int], str] | None:
        """The source phrase before the cue and how it attaches: "plain" (next to the verb),
        "appositive" ("Name, description, said") or "relative" ("Name, who has said")."""
        flat = self.flat
        j = cue.first - 1
        if j == s_first and self._name_read_as_modifier(j):
            return (j, j), "plain"  # "Jolly said ...": a name the tagger read as an adverb
        if (
            flat.tag(j) in ("VBZ", "VBD", "VBP", "VB")
            and flat.tokens[j].text[:1].isupper()
            and (j - 1 in self.by_close or flat.lower(j - 1) == ",")
            and flat.lower(j) not in AUX | BE
        ):
            return (j, j), "plain"  # '..., insiders,’ " Reeves wrote': a name the tagger read as a verb
        j = self._skip_back(j, s_first, ("RB", "MD", "EX"))
        reduced = self._reduced_relative_before(j, s_first)
        if reduced is not None:
            return reduced, "plain"
        while j > s_first and (self._mistagged_adverb(j) or self._time_phrase_end(j)):
            # "Rubio only briefly explained", "Priebus, the GOP chairman, this past week announced"
            timed = self._time_phrase_end(j)
            j = self._time_phrase_start(j) - 1 if timed else j - 1
            if timed and self._postmodifying_participle(j):
                j -= 1  # "A CNN poll released on Tuesday showed": the poll
            j = self._skip_back(j, s_first, ("RB", "MD", "EX"))
        while not self._participle(cue) and (width := self._aside_before(j, s_first)):
            j -= width + 2  # "A YouGov poll of American voters, however, revealed ...": the aside is not the source
            if flat.lower(j) in AUX and j - 1 >= s_first:
                j -= 1  # "... voters has, however, revealed"
        if flat.lower(j) in ("both", "all", "each") and j > s_first:
            # "X and Y have both argued": a quantifier floated off the subject before it
            k = self._skip_back(j - 1, s_first, ("RB", "MD", "EX"))
            if k >= s_first and (flat.tag(k) in NOUN_TAGS or flat.tag(k) == "PRP" or flat.lower(k) == ")"):
                j = k
        if j >= s_first and self._title_closes_apposition(j, s_first):
            # 'Trump, star of the show "The Apprentice," said ...': a quoted title ends the description
            comma = j - 1 if flat.lower(j - 1) == "," else j
            region = self._appositive_region(s_first, comma)
            return (region, "appositive") if region is not None else None
        if j < s_first:
            return None
        if j in self.by_close:
            named = self._name_before_a_quoting_aside(j, s_first)
            return (named, "plain") if named is not None else None
        low, tag = flat.lower(j), flat.tag(j)
        if low == ")":
            # "Rep. Gwen Moore (D-Wis.) said": the bracket is skipped, the name is the source
            k = j - 1
            while k > max(s_first, j - 25) and flat.tokens[k].text != "(":
                k -= 1
            chunk = self._chunk_back(k - 1, s_first) if flat.tokens[k].text == "(" else None
            return (chunk, "plain") if chunk is not None else None
        if low in DASHES or (low == "-" and flat.lower(j - 1) == "-"):
            # "Kall -- co-editor of a book on debates -- said" ("--" may come as two tokens)
            width = 2 if low == "-" else 1
            for k in range(j - width - 1, max(s_first, j - 40) - 1, -1):
                if flat.lower(k) == low and (width == 1 or flat.lower(k - 1) == "-"):
                    chunk = self._chunk_back(k - width, s_first)
                    return (chunk, "plain") if chunk is not None else None
            return None
        if (
            low in ("them", "us", "those", "these")
            and flat.lower(j - 1) == "of"
            and j - 2 >= s_first
            and (flat.lower(j - 2) in QUANTITIES or flat.tag(j - 2) == "CD")
        ):
            return (j - 2, j), "plain"  # "most of them said", "two of those said": part of a known group
        if low in POLLED and j - 1 >= s_first:
            # "those surveyed said", "voters polled said": the people a poll asked
            if flat.lower(j - 1) in ("those", "people"):
                return (j - 1, j), "plain"
            plural = flat.tag(j - 1) in ("NNS", "NNPS") or flat.lower(j - 1).endswith("s")  # "Cuban-Americans polled"
            chunk = self._chunk_back(j - 1, s_first) if plural else None
            return ((chunk[0], j), "plain") if chunk is not None else None  # "the senators surveyed"
        if low in _OBJECT_PRONOUNS and flat.lower(j - 1) in NP_PREPS and self._postmodifier_at(j - 2):
            chunk = self._chunk_back(j - 3, s_first)  # "a source close to him said"
            return ((chunk[0], j), "plain") if chunk is not None else None
        if low in PRONOUNS and tag.startswith("PRP"):
            return (j, j), "plain"
        if low in ("who", "which") or (
            low == "that" and tag == "WDT" and flat.tag(j - 1) in ("NN", "NNS") and cue.family == "speech"
        ):
            # "X, who said ...", "water bottles that said, “...”": the antecedent is the source
            k = j - 1
            if k >= s_first and flat.tokens[k].text == ",":
                k -= 1
            predicate = self._subject_of_a_predicate(k, s_first) if low == "who" else None
            if predicate is not None:
                return predicate, "relative"
            chunk = self._chunk_back(k, s_first)
            if chunk is None:
                return None
            # "frayed nerves in European allies Finland and Sweden, which ...": the antecedent is
            # the noun phrase next to the relative pronoun, after the last preposition
            preps = [
                t
                for t in range(chunk[0] + 1, chunk[1])
                if flat.lower(t) in NP_PREPS - {"of"} and flat.lower(t - 1) not in SOURCE_POSTMODIFIERS
            ]
            whole = chunk
            chunk = (preps[-1] + 1, chunk[1]) if preps else chunk
            if (
                low == "who"
                and preps
                and flat.lower(whole[0]) in ("a", "an", "the")
                and flat.lower(whole[0] - 1) == ","
                and flat.tag(whole[0] - 2) == "NNP"
            ):
                # "Anika Roth, a strategist at Deutsche Bank in Frankfurt, who said": the person the description
                # and the relative clause are both about, not the bank
                named = self._chunk_back(whole[0] - 2, s_first)
                if named is not None:
                    return named, "relative"
            if low == "who":
                # "the minds of Americans who want ...": the people, not what they have
                chunk = self._described_name(chunk, s_first) or self._agent_of_a_participle(*chunk)
            b = chunk[0] - 1 - (1 if flat.lower(chunk[0] - 1) in ("now", "also", "then") else 0)
            described = flat.tokens[chunk[1]].text[:1].islower() or flat.lower(chunk[0]) in ("a", "an")
            if described and flat.lower(b) == "," and flat.tag(b - 1) == "NNP":
                # "McConnell, now the Senate majority leader, who ...", "Tobias Kranz, a Green, who said": the
                # relative clause and the appositive both describe the name
                named = self._chunk_back(b - 1, s_first)
                if named is not None and flat.tag(named[0] - 1) not in ("IN", "TO"):
                    chunk = named  # but not "In Iowa, 40 percent of voters who ...": a fronted place
            return chunk, "relative"
        if low == ",":
            if self._participle(cue):
                main = self._participle_subject(s_first, j)
                return (main, "plain") if main is not None and self.agentive(*main) else None
            if j in self.by_close or j - 1 in self.by_close:
                named = self._name_before_a_quoting_aside(j, s_first)
                return (named, "plain") if named is not None else None
            region = self._appositive_region(s_first, j)
            return (region, "appositive") if region is not None else None
        restrictive = (
            self._restrictive_relative(j, s_first) if cue.lemma in MAIN_SPEECH_LEMMAS or tag in NP_TAGS else None
        )  # "Voters who support Trump will vote for him": the voters, not Trump
        if restrictive is not None:
            return restrictive, "plain"
        modified = self._noun_before_a_passive(j, s_first)
        if modified is not None:
            # "A man charged with murder told the court", "Workers named in the report have denied
            # it": the noun the participle describes, not its complement
            chunk = self._chunk_back(modified, s_first)
            return (chunk, "plain") if chunk is not None else None
        if tag in NP_TAGS or low in POSSESSIVE_MARKS:
            chunk = self._chunk_back(j, s_first)
            if chunk is None:
                return None
            named = self._name_before_an_unclosed_apposition(chunk, s_first)
            return (named, "appositive") if named is not None else (chunk, "plain")
        return None

    def _name_before_an_unclosed_apposition(self, chunk: tuple[int, int], s_first: int) -> tuple[int, int] | None:
        """ "Doug Andres, a spokesman for Paul Ryan told the Post": copy that drops the comma
        closing the description still names the source first. Only a name opening the subject
        (the sentence, or after a quote's closing mark) and a role-headed description qualify."""
        flat = self.flat
        first, last = chunk
        if flat.lower(first) not in ("a", "an", "the") or flat.lower(first - 1) != ",":
            return None
        if flat.lower(last + 2) == ",":
            return None  # "Ukraine, a spokesman for the Kremlin said, must withdraw": a parenthetical cue
        if not any(flat.lower(t) in ROLE_HEADS for t in range(first + 1, min(last, first + 3) + 1)):
            return None
        name = self._chunk_back(first - 2, s_first)
        if name is None or not all(flat.tag(t) == "NNP" or flat.lower(t) == "." for t in range(name[0], name[1] + 1)):
            return None
        if name[0] == name[1]:
            return None  # a person's full name, not "Apple, a spokesman for the regulator"
        before = name[0] - 1
        opens = (
            name[0] == s_first or before in self.by_close or (flat.lower(before) == "," and before - 1 in self.by_close)
        )
        return (name[0], last) if opens else None

    def _reduced_relative_before(self, j: int, s_first: int) -> tuple[int, int] | None:
        """ "Some of the residents we spoke to said", "Several parents I interviewed said",
        "Residents the BBC spoke to said": people, then a relative clause without "who" whose
        subject is the reporter or the outlet; the people are the source."""
        flat = self.flat
        place = next((p for p in range(j, max(s_first, j - 5), -1) if flat.tag(p) == "IN"), None)
        if place is not None and place < j and all(flat.tag(t) in NP_TAGS for t in range(place + 1, j + 1)):
            # "Many voters I spoke with in Erie said", "Voters interviewed outside polling places said":
            # where they were met closes the relative clause
            inner = self._reduced_relative_before(place - 1, s_first)
            if inner is not None:
                return inner
        v = j - 1 if flat.lower(j) in ("to", "with") else j
        polled = self._polled_before(v, s_first)
        if polled is not None:
            return self._chunk_back(polled - 1, s_first)  # "Voters interviewed outside polling places said"
        if flat.tag(v) != "VBD" or flat.lower(v) not in _MET_WITH:
            return None
        k = v - 1
        if flat.lower(k) in ("we", "i", "they"):
            noun = k - 1
        else:
            while k > s_first and flat.tag(k) == "NNP":
                k -= 1  # "the BBC"
            if k == v - 1:
                return None
            noun = k - 1 if flat.lower(k) == "the" else k
        if noun < s_first or flat.tag(noun) not in ("NNS", "NNPS"):
            return None
        return self._chunk_back(noun, s_first)

    def _polled_before(self, j: int, s_first: int) -> int | None:
        """The participle of "Voters interviewed Tuesday in Maricopa County" or "Parents reached by
        phone in Uvalde" ending at ``j``: people met by the reporter, then when, where and how
        they were met, with no verb or comma of their own."""
        flat = self.flat
        for v in range(j, max(s_first, j - 8), -1):
            if flat.lower(v) in _MET and flat.tag(v - 1) in ("NNS", "NNPS") and v - 1 >= s_first:
                return v
            if not (flat.tag(v) in NP_TAGS or flat.tag(v) in ("IN", "CD", "RB", "JJ")):
                return None
        return None

    def _noun_before_a_passive(self, j: int, s_first: int) -> int | None:
        """The common noun before a passive participle phrase ending at ``j`` ("a man [charged
        with murder]", "workers [named in the report]"), or None."""
        flat = self.flat
        for v in range(j - 1, max(s_first, j - 7), -1):
            tag = flat.tag(v)
            if tag == "VBN":
                # one preposition, right after the participle: not "The summit ended on Wednesday
                # with diplomats saying ...", where "ended" is the main verb
                if (
                    flat.tag(v + 1) == "IN"
                    and not any(flat.tag(t) == "IN" for t in range(v + 2, j + 1))
                    and v - 1 >= s_first
                    and flat.tag(v - 1) in ("NN", "NNS")
                ):
                    return v - 1
                return None
            if not (tag in NP_TAGS or tag in ("IN", "JJ", "CD", "VBG", "POS") or flat.lower(v) in POSSESSIVE_MARKS):
                return None
        return None

    def _name_before_a_quoting_aside(self, j: int, s_first: int) -> tuple[int, int] | None:
        """ "Mr. Manafort, citing ''the magic of Trump,'' said": a participle aside that quotes
        something ends at the quote before the cue; the name opening the sentence is the source."""
        flat = self.flat
        aside = next((c for c in range(s_first + 1, j) if flat.lower(c) == "," and flat.tag(c + 1) == "VBG"), None)
        if aside is None or not all(flat.tag(t) == "NNP" or flat.lower(t) == "." for t in range(s_first, aside)):
            return None
        return s_first, aside - 1

    def _aside_before(self, j: int, s_first: int) -> int:
        """The width of an aside between commas ending at the comma ``j``, or 0: a word like
        "however", a few words opening with an adverb and holding no verb, name or number ("he,
        once again, pledged"), or a set phrase ("Cole, for her part, said"). An appositive ("Cole,
        the mayor, said") and the tail of a relative clause ("who lost her daughter in Aurora, in
        July 2012, said") are not asides."""
        flat = self.flat
        if flat.lower(j) != ",":
            return 0
        if j - 2 > s_first and flat.lower(j - 2) == "," and flat.lower(j - 1) in ASIDES:
            return 1
        for width in (2, 3, 4):
            k = j - width - 1
            if k <= s_first or flat.lower(k) != ",":
                continue
            words = range(k + 1, j)
            opening = flat.tag(k + 1) == "RB" or " ".join(flat.lower(t) for t in words) in _ASIDE_PHRASES
            if opening and not any(
                flat.tag(t).startswith("VB")
                or flat.tag(t) in ("MD", "CD", "NNP")
                or t in self.by_open
                or t in self.by_close
                for t in words
            ):
                return width
            return 0
        return 0

    def _subject_of_a_predicate(self, end: int, s_first: int) -> tuple[int, int] | None:
        """ "Trump is a serial liar, racist, birther and bully who has pledged ...": a "who" after
        the nouns ending at ``end`` that "is" says a name is refers to that name."""
        flat = self.flat
        k = end
        while k > s_first and (flat.tag(k) in NP_TAGS or flat.tag(k) in ("JJ", "RB") or flat.lower(k) in (",", "and")):
            k -= 1
        if flat.lower(k) not in ("is", "was") or k - 1 < s_first or flat.tag(k - 1) != "NNP":
            return None
        if any(flat.lower(t) in ("not", "n't", "never", "no") for t in range(k, end + 1)):
            return None  # "Cole is not the mayor who said ...": someone else
        return self._chunk_back(k - 1, s_first)

    def _described_name(self, chunk: tuple[int, int], s_first: int) -> tuple[int, int] | None:
        """The name before an age or a hometown set off by commas ("Nicky Driscoll, 24, from
        Manchester, who ...", "Ann Cole, 52, who ..."): those describe the name, which is what
        the "who" is about."""
        flat = self.flat
        b = chunk[0] - 1
        if flat.lower(b) in ("from", "of", "in"):
            b -= 1  # the hometown's preposition
            if flat.lower(b) == "," and flat.tag(b - 1) == "CD" and flat.lower(b - 2) == ",":
                b -= 2  # and an age before it
        elif not (chunk[0] == chunk[1] and flat.tag(chunk[0]) == "CD"):
            return None
        if flat.lower(b) != "," or b - 1 < s_first or flat.tag(b - 1) != "NNP":
            return None
        return self._chunk_back(b - 1, s_first)

    def _restrictive_relative(self, j: int, s_first: int) -> tuple[int, int] | None:
        """The subject before a relative clause with no commas that ends at ``j``: "a White House
        official who spoke anonymously to discuss strategy said", "officials whose laws were
        struck down say"."""
        flat = self.flat
        for k in range(j, max(s_first, j - 20) - 1, -1):
            low = flat.lower(k)
            if low in (",", ";", ":") or k in self.by_close or k in self.by_open or low in DASHES:
                return None
            if low in ("and", "but", "or") and flat.tag(k + 1) in ("NNP", "PRP", "DT"):
                return None  # "Trump mocked the reporters who criticized him but Clinton said ..."
            if low in ("who", "whose") and k > s_first:
                if not self._has_finite_verb(k + 1, j):
                    return None
                chunk = self._chunk_back(k - 1, s_first)
                return chunk if chunk is not None and self.agentive(*chunk) else None
        return None

    def _title_closes_apposition(self, j: int, s_first: int) -> bool:
        """Does token ``j`` close a title-case title after a noun, with a comma earlier in the sentence?

        A closing mark (or a comma after one) then ends a short quoted title inside a description
        ("Washington, star of television's “Scandal,” thanked ...") rather than a quote before an
        inverted cue ("“We will win,” said Cole")."""
        flat = self.flat
        close = j if j in self.by_close else (j - 1 if flat.lower(j) == "," and j - 1 in self.by_close else None)
        if close is None:
            return False
        q = self.by_close[close]
        mark = before_mark(flat, q)
        return (
            mark >= s_first
            and flat.tag(mark) in ("NN", "NNS", "NNP", "NNPS", "POS", "JJ")
            and title_case(flat, q)
            and any(flat.lower(k) == "," for k in range(s_first, q.open))
        )

    def _mistagged_adverb(self, j: int) -> bool:
        """An -ly adverb the tagger read as a noun or adjective ("only briefly explained")."""
        flat = self.flat
        low = flat.lower(j)
        return (
            low.endswith("ly")
            and len(low) >= 6
            and flat.tag(j) in ("NN", "JJ")
            and low not in LY_NOUNS
            and flat.tag(j - 1) not in ("DT", "JJ", "POS", "PRP$", "CD")
            and flat.lower(j - 1) not in POSSESSIVE_MARKS
        )

    def _time_phrase_end(self, j: int) -> bool:
        """Does a time phrase ("this past week", "on Tuesday", "last month") end at ``j``, right
        before the cue, after a source set off by a comma?"""
        flat = self.flat
        low = flat.lower(j)
        year = YEAR.fullmatch(low) is not None and flat.lower(j - 1) in ("in", "since", "by")
        if not (low in TIME_NOUNS or low[:-1] in TIME_NOUNS or low in WEEKDAYS or low in MONTHS or year):
            return False
        if low in TIME_NOUNS and flat.tokens[j].text[:1].isupper():
            return False  # "In March, Day said": a capitalised "Day" is a name
        start = self._time_phrase_start(j)
        if flat.lower(start - 1) in (",", "—", "–", "--"):
            return True
        # with no comma, only a phrase that cannot be part of the source's name: "Warren on
        # Saturday said", "The department two weeks ago said", "who in 2010 said"
        led = start < j and (
            flat.lower(start) in ("on", "last", "this", "earlier", "in", "since") or flat.tag(start) == "CD"
        )
        # "New polls released Sunday showed": a bare day or month right after the participle
        led = led or ((low in WEEKDAYS or low in MONTHS) and self._postmodifying_participle(start - 1))
        before = start - 1
        if self._postmodifying_participle(before):
            before -= 1  # "A CNN poll released on Tuesday showed", "A poll out this week shows"
        return led and (flat.tag(before) in NOUN_TAGS or flat.lower(before) in ("who", "which", ")"))

    def _postmodifying_participle(self, k: int) -> bool:
        """A participle (or "out") right after a noun: "a poll released ...", "a survey out ..."."""
        flat = self.flat
        return (flat.tag(k) == "VBN" or flat.lower(k) == "out") and flat.tag(k - 1) in NOUN_TAGS

    def _time_phrase_start(self, j: int) -> int:
        flat = self.flat
        k = j
        while k - 1 >= 0 and (
            flat.lower(k - 1) in TIME_LEADS
            or flat.lower(k - 1) in ("past", "the", "a", "this", "that")
            or flat.tag(k - 1) == "CD"
            or (flat.lower(k - 1) in WEEKDAYS and flat.lower(k) in TIME_NOUNS)  # "on Thursday evening"
        ):
            k -= 1
        return k

    def _artifact(self, first: int, last: int) -> bool:
        """Is this noun phrase a thing that carries words ("a statement Tuesday", "signs")?"""
        flat = self.flat
        head = last
        while head > first and (
            flat.tag(head) not in NOUN_TAGS or flat.lower(head) in WEEKDAYS or flat.lower(head) in MONTHS
        ):
            head -= 1
        return flat.lower(head) in ARTIFACT_HEADS

    def _appositive_region(self, s_first: int, comma: int) -> tuple[int, int] | None:
        """ "Wendy Sherman, the US deputy secretary of state ..., said": the whole stretch from
        the clause start to the comma; the resolver picks the first person named in it."""
        start = s_first
        k = comma
        while k >= s_first:
            if k in self.by_close and self._quoted_in_a_relative_clause(self.by_close[k].open, s_first):
                # "Andrés Villamizar, who has made “total peace” the centrepiece of his government, wrote": a quote
                # inside the relative clause
                k = self.by_close[k].open - 1
                continue
            if k in self.by_close or self.flat.lower(k) in DASHES or self.flat.lower(k) == ";":
                start = k + 1  # "... an accident — Brendan Buck, a spokesman for Ryan, told": after the dash
                break
            k -= 1
        for k in range(comma - 1, start - 1, -1):
            if (
                self.flat.lower(k) in CONTRAST_JOINS
                and (self.flat.lower(k - 1) == "," or k - 1 in self.by_close)
                and self.flat.tag(k + 1) not in ("VBG", "VBN", "IN")  # "Trump, while being interviewed, called"
                # a clause before the join: not "Mr. Lee, though a Democrat, said"
                and (k - 1 in self.by_close or self._has_finite_verb(start, k - 1))
            ):
                start = k + 1  # "X called it “a step,” while others, including Y, argued": after the join
                break
        while start < comma and self.flat.tokens[start].text in (",", "and", "But", "And", "but"):
            start += 1
        v = start + 1
        while v < comma and self.flat.tag(v) == "RB":
            v += 1
        if self.flat.lower(start) in PRONOUNS and self.flat.tag(v) in FINITE:
            return None  # "He later suggested ..., called her ...": a clause, never a description
        pair = self._appositive_pair(start, comma)
        if pair is not None:
            return pair
        end = comma - 1
        for t in range(start + 1, comma):  # "Levine, who has given money to Rubio,": not Rubio
            if self.flat.lower(t) in ("who", "whose", "which") and self.flat.tokens[t - 1].text == ",":
                if self.flat.lower(t) == "whose" and not self._has_finite_verb(t + 1, comma - 1):
                    # "the firm Kovac & Lind, whose founding partner, Stefan Kovac, said": the cue is the relative
                    # clause's own verb, and its subject the partner
                    return (t + 1, comma - 1)
                end = t - 2
                break
        return (start, end) if end >= start else None

    def _quoted_in_a_relative_clause(self, opening: int, s_first: int) -> bool:
        """Does a quote opening at ``opening`` stand inside a relative clause of a name (", who has made “...”")?"""
        for t in range(opening - 1, max(s_first, opening - 8) - 1, -1):
            if self.flat.lower(t) in ("who", "whose") and self.flat.lower(t - 1) == ",":
                return self.flat.tag(t - 2) in ("NNP", "NNPS")  # a name's: not "the bill, which he called “...”"
            if self.flat.lower(t) == "," or t in self.by_close:
                return False
        return False

    def _appositive_pair(self, start: int, comma: int) -> tuple[int, int] | None:
        """ "..., Sanders remains committed to the race, his top aide, Tad Devine, told HuffPost":
        when a clause with a verb of its own comes first, the source is only the two noun
        phrases before the cue ("his top aide, Tad Devine"), and the clause is the content."""
        flat = self.flat
        inner = self._chunk_back(comma - 1, start)
        if inner is None or flat.lower(inner[0] - 1) != "," or inner[0] - 2 < start:
            return None
        outer = self._chunk_back(inner[0] - 2, start)
        if outer is None or outer[0] <= start or flat.lower(outer[0] - 1) != ",":
            return None
        if not any(flat.tag(k) in ("VBD", "VBZ", "VBP", "MD") for k in range(start, outer[0])):
            return None
        return (outer[0], comma - 1)

    def _subject_after(self, cue: Cue, s_last: int) -> tuple[int, int] | None:
        """Inverted order after a quote or comma: "..., said Mr Blinken."."""
        flat = self.flat
        k = cue.last + 1
        if k > s_last:
            return None
        if flat.lower(k) in PRONOUNS and flat.tag(k) == "PRP":
            return (k, k)
        # right after a quote the inversion is sure: '“...,” said winning candidate Fiona Drummond
        # firmly as the crowd cheered.'
        after_quote = (
            cue.family == "speech"
            and cue.first == cue.last
            and (
                cue.first - 1 in self.by_close or (flat.lower(cue.first - 1) == "," and cue.first - 2 in self.by_close)
            )
        )  # but not '“toxic,” portrayed his party's nominee as ...': a verb of its own with an object
        end = k
        while end <= s_last and (
            flat.tag(end) in NP_TAGS
            or flat.lower(end) in POSSESSIVE_MARKS
            or (flat.lower(end) == "-" and flat.tag(end - 1) == "CD")  # "the 46-year-old"
            or flat.lower(end) in ROLE_HEADS  # "said lobbyist and GOP strategist Charlie Black"
            or flat.lower(end) in LY_NOUNS  # "said Clinton ally James Carville": "ally" read as an adverb
            or (flat.lower(end) == "and" and end > k and flat.tag(end + 1) in NP_TAGS)
            # "said the printed Cruz slate card": a participle modifying the noun after it
            or (
                # "said retired teacher Gloria Nunez": right after a quote the tagger may read it as a past tense
                (flat.tag(end) in ("VBN", "VBG") or (flat.tag(end) == "VBD" and end == k and after_quote))
                and ((flat.tag(end - 1) in ("DT", "PRP$", "JJ") and end > k) or (end == k and after_quote))
                and (flat.tag(end + 1) in NOUN_TAGS | {"JJ"} or flat.lower(end + 1) in ROLE_HEADS)
            )
        ):
            end += 1
        end -= 1
        if end == k and flat.lower(k + 1) == "of" and (flat.tag(k) == "CD" or flat.lower(k) in _QUANTIFIERS):
            # "said one of those advisers, who ...": the head noun follows "of"
            j = k + 2
            while j <= s_last and flat.tag(j) in NP_TAGS:
                j += 1
            end = j - 1 if j > k + 2 else end
        if end < k or not any(flat.tag(t) in NOUN_TAGS or flat.lower(t).endswith("-old") for t in range(k, end + 1)):
            return None
        if any(flat.lower(t) in WEEKDAYS or flat.lower(t) in MONTHS for t in range(k, end + 1)):
            return None  # "said Monday.", "said last month."
        head = end
        while (
            flat.lower(end + 1) in ("of", "from")
            or (flat.lower(end + 1) in ("to", "for", "at") and flat.lower(end) in ROLE_HEADS)
            # '“...,” wrote Cameron Easley for Morning Consult.': a byline's outlet
            or (
                flat.lower(end + 1) == "for"
                and cue.lemma == "write"
                and "NNP" in (flat.tag(end + 2), flat.tag(end + 3) if flat.lower(end + 2) == "the" else "")
            )
        ):  # "said Sen. Tammy Baldwin of Wisconsin.", "said the former top aide to President Bush."
            name = end + 3 if flat.lower(end + 2) == "the" else end + 2
            titled = self._quote_opening_at(name)
            if titled is not None and titled.close is not None and title_case(flat, titled):
                end = titled.close  # "wrote the authors of the “Growth and Opportunity Project,” ..."
                break
            if name > s_last or flat.tag(name) not in NP_TAGS:
                break
            end = name
            while end + 1 <= s_last and flat.tag(end + 1) in NP_TAGS:
                end += 1  # "said a handful of Democrats who ..."
        # a lower-case role before the name: "said the group's convenor, lawyer Marites Lualhati."
        described = end + 3 if flat.lower(end + 2) in ROLE_HEADS and flat.tokens[end + 2].text.islower() else end + 2
        if (
            (flat.lower(end) in PERSON_HEADS or flat.lower(head) in PERSON_HEADS)
            and flat.lower(end + 1) == ","
            and flat.tag(described) == "NNP"
        ):
            # "said the company's chief executive, John J. Ferriola.", "says her brother, Thomas
            # Reyes.", "said the lawyer for the families, Aurelio Santangelo.": the name follows
            name_end = described
            while name_end + 1 <= s_last and flat.tag(name_end + 1) == "NNP":
                name_end += 1
            if (flat.lower(name_end + 1) or ".") in (".", ","):
                end = name_end
        if flat.lower(end + 1) in SOURCE_POSTMODIFIERS and flat.lower(end + 2) in NP_PREPS | {"on"}:
            end += 1  # "one Republican involved in the planning": the tagger reads it as a verb
        if flat.lower(end) in SOURCE_POSTMODIFIERS and flat.lower(end + 1) in NP_PREPS | {"on"}:
            # "said one Democrat familiar with the discussion, ..."
            pp_end = end + 2
            while pp_end <= s_last and (flat.tag(pp_end) in NP_TAGS or flat.lower(pp_end) in POSSESSIVE_MARKS):
                pp_end += 1
            if pp_end > end + 2:
                end = pp_end - 1
        nxt = flat.tokens[end + 1].text if end + 1 <= s_last else "."
        if end in self.by_close and flat.lower(before_closing_mark(flat, end)) in (",", "."):
            nxt = ","  # the title's quote closes after its comma
        if (
            nxt not in (".", ",", "!", "?", ";", ":", "(", "who")
            and not (nxt in DASHES and flat.tag(end) == "NNP")  # "said Ed Polanski — a steelworker"
            and flat.lower(end + 1) not in TIME_LEADS
            and not self._describes_the_source(end + 1)
            # only right after a quote or a comma: "support the deal once she was ..." is no inversion
            and not (
                self._time_clause_at(end + 1) and (cue.first - 1 in self.by_close or flat.lower(cue.first - 1) == ",")
            )
            and not (after_quote and self._adjunct_after_an_inverted_source(end + 1, s_last))
        ):
            return None
        return (k, end)

    def _adjunct_after_an_inverted_source(self, k: int, s_last: int) -> bool:
        """After '“...,” said Maria Castellanos': how ("firmly", "quietly") or a clause of when
        and why ("as the crowd cheered", "because the verdict was wrong"); no verb of the name's."""
        flat = self.flat
        low = flat.lower(k)
        if flat.tag(k) == "RB" and low.endswith("ly"):
            return (flat.lower(k + 1) or ".") in (".", ",", "!", ";") or k + 1 > s_last
        return low in SUBORDINATORS and flat.tag(k + 1) in ("DT", "PRP", "PRP$", "NNP", "NNS", "NN")

    def _time_clause_at(self, k: int) -> bool:
        """'“...,” said Daniel Price as he left court': a time clause with its own subject."""
        flat = self.flat
        return (
            flat.lower(k) in TIME_OPENERS
            and flat.lower(k + 1) in ("he", "she", "they", "we", "i")
            and flat.tag(k + 2) in ("VBD", "VBZ", "VBP")
        )

    def _describes_the_source(self, k: int) -> bool:
        """A participle after an inverted source describes it ("..., said the base chief known as
        Bob", "..., said a dock worker based in the north", "..., said a woman selling vegetables"), and so does
        where the source stood ("..., said a woman near the bridge")."""
        flat = self.flat
        if flat.lower(k) in _WHERE_ONE_STANDS and flat.tag(k + 1) in ("DT", "NNP", "PRP$"):
            return True
        if flat.tag(k) == "VBG" and flat.tag(k + 1) in ("NNS", "DT", "JJ") and flat.tag(k - 1) in ("NN", "NNS"):
            return True
        return flat.tag(k) in ("VBN", "VBG") and flat.lower(k + 1) in (NP_PREPS - {"to"}) | {"as", "on", "by"}
