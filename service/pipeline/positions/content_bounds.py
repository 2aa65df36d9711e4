"""Where a verb cue's content starts and ends.

The content is the clause on the other side of the cue from its source, but it starts only after
whom it was said to ("told reporters that ...") and ends where the narrator takes over again
("..., the ministry said in a statement", "..., a move that ..."); those bounds are kept here, under
the reader that decides on which side of the cue the content lies.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator

from service.pipeline.positions.clause_view import FINITE
from service.pipeline.positions.cue_finder import Cue
from service.pipeline.positions.quotes import Quote, before_closing_mark, before_mark, title_case
from service.pipeline.positions.source_search import ASIDES, CONTRAST_JOINS, MAIN_SPEECH_LEMMAS, SourceSearch
from service.pipeline.positions.speakers import past_dateline
from service.pipeline.positions.tokens import (
    APPROXIMATORS,
    AUX,
    BE,
    DASHES,
    MONTHS,
    NOUN_TAGS,
    NP_TAGS,
    POSSESSIVE_MARKS,
    PRONOUNS,
    SUBORDINATORS,
    TIME_LEADS,
    TIME_NOUNS,
    WEEKDAYS,
    that_is_a_subject,
)

WH_OPENINGS = frozenset({"whether", "if", "how", "why", "what", "when", "who", "whom", "which", "where", "about"})
WH_TAKERS = frozenset({"ask", "question", "wonder"})
_CLAUSE_JOINS = frozenset({"and", ",", "but", ";"}) | DASHES
_WITHHELD = frozenset(
    {"say", "give", "elaborate", "provide", "comment", "specify", "disclose", "identify", "details", "further"}
)
_INFINITIVE_REPORTS = frozenset({"say", "announce"})
_HEARINGS = frozenset({"court", "jury", "inquest", "tribunal", "hearing", "inquiry", "committee", "trial"})
_NARRATORS_VIEW = frozenset(
    {"move", "sign", "blow", "rebuke", "reversal", "escalation", "setback", "boost", "departure"}
)
_SETTINGS = frozenset({"speech", "statement", "interview", "call", "briefing", "address", "post", "video"})
_EVENTS = frozenset({"meeting", "visit", "conference", "summit", "rally"})  # also what a plan may name
# Verbs that give a name between commas besides the labelling cues: "the storm, named Helene,"
_NAMING_VERBS = frozenset({"name", "identify"})
# What the narrator calls the words just reported: "said the vote was “rigged,” a charge officials rejected"
CHARACTERIZATIONS = frozenset(
    "line claim charge remark reference comment accusation allegation assertion refrain phrase sentiment"
    " characterization description view message warning boast promise pledge slogan jab swipe dig".split()
)
# What a company or an office speaks through: "said in a filing with the SEC that ..."
_DOCUMENTS = frozenset({"filing", "note", "letter", "report", "release", "memo", "tweet", "email", "notice"})
_ADDRESSING_LEMMAS = frozenset({"tell", "inform", "assure", "remind", "notify"})
_ADDRESSEES = frozenset({"reporters", "journalists", "him", "her", "them", "us"})
# Cue families that report what someone says or argues ("insisted", "warned"), not what a thing shows or finds
_SAYING_FAMILIES = frozenset({"speech", "argue", "predict"})
# Tags of a clause's subject before its verb ("the separatist Junts party", "union leaders", "she")
_SUBJECT_TAGS = frozenset({"DT", "JJ", "NN", "NNS", "NNP", "NNPS", "PRP", "PRP$", "CD", "POS"})
_CONTRAST = frozenset({"while", "whereas", "although", "though", "as", "who", "which"})
OBJECT_TAKERS = frozenset({"tell", "ask", "assure", "remind", "inform", "warn", "urge"})
LEAD_ADVERBS = frozenset({"also", "then", "later", "again", "even", "still", "once", "often"})  # ", also warning"
_ADDRESSEE_STARTS = frozenset({"PRP", "PRP$", "NNS", "NNP", "NNPS", "DT", "NN"})  # "told [his aides] ..."
_REPORT_JOINS = (_CLAUSE_JOINS | CONTRAST_JOINS) - {","}  # before "he noted", "they blame": a second report

# Openers of a fronted subordinate clause whose cue reports only up to the clause's comma
# ("Although she said A, B"); "As X observed, B" reports the main clause instead.
CLAUSE_BOUND_OPENERS = (SUBORDINATORS | {"whereas"}) - {"as", "whether", "even"}

# What may stand between a cue and its quote: "wrote to his 20,000 followers, “...”".
_ADJUNCT_TAGS = frozenset({"IN", "TO", "DT", "JJ", "NN", "NNS", "NNP", "NNPS", "CD", "PRP$", "POS", "RB"})

# Occasions a statement is made at: "at a rally", "in the debate", "during a town hall".
_OCCASIONS = frozenset(
    "rally rallies debate debates conference event events speech interview meeting hearing hall summit convention"
    " dinner luncheon breakfast forum appearance briefing fundraiser ceremony session gathering stop"
    " caucus caucuses primary".split()
)

# Objects that happen at an occasion: "condemned the violence at the rally" keeps the rally.
_EVENT_NOUNS = frozenset(
    # not words said ("criticized Trump's comments at a news conference": where Obama spoke)
    "violence shooting shootings attack attacks chaos protest protests clashes incident"
    " behavior conduct outburst security".split()
)

# Prepositions that open where or when something was said, not what.
SETTING_PREPS = frozenset({"in", "at", "with", "during", "after", "before", "from", "outside", "inside", "via", "near"})


# after a quote that is the whole content, these open the narrator's setting, not more content
_SETTING_PREPOSITIONS = frozenset({"at", "in", "on", "during", "to", "outside", "from", "with"})
# Cues that give something a name or a label: the quoted label ends the content.
NAMING_CUES = frozenset({"call", "dub", "label", "brand", "term", "deem"})

# After a participle, these make it a passive describing the noun before it: "a contractor
# accused of spying", "a bill criticized as anti-gay", "aides charged with the rollout".
_PASSIVE_PREPS = frozenset({"of", "with", "as", "after", "by"})

# Closing double marks, which a badly edited quote may keep without its opener.
_CLOSERS = frozenset({"”", '"'})


class ContentBounds(SourceSearch):
    """Finds where a verb cue's content starts and ends, on either side of the cue."""

    def _inside_a_name(self, k: int) -> bool:
        """Is token ``k`` the "of", "&" or possessive inside a proper name ("House of Commons", "State of the
        Union", "BBC Radio 4's Today programme", "the Express & Star")?"""
        flat = self.flat
        low = flat.lower(k)
        if low == "&":
            return (
                flat.tag(k - 1) in ("NNP", "NNPS") and flat.tokens[min(k + 1, len(flat.tokens) - 1)].text[:1].isupper()
            )
        if low == "of":
            name = flat.tag(k + 1) in ("NNP", "NNPS") or (flat.lower(k + 1) == "the" and flat.tag(k + 2) == "NNP")
            # not "told CNN of Trump's plans", "told Reuters of the Kremlin's plan": what was told about
            owner = any(flat.lower(t) in POSSESSIVE_MARKS for t in range(k + 2, k + 5))
            return flat.tag(k - 1) in ("NNP", "NNPS") and name and not owner
        return low in POSSESSIVE_MARKS and flat.tag(k - 1) in ("NNP", "NNPS", "CD")

    def _call_sign(self, k: int) -> bool:
        """A broadcaster's call sign the tagger reads as a number ("3AW", "2GB", "WABC-7")."""
        word = self.flat.tokens[k].text if 0 <= k < len(self.flat) else ""
        return self.flat.tag(k) == "CD" and any(c.isdigit() for c in word) and any(c.isupper() for c in word)

    def _participle_cue_at(self, k: int) -> bool:
        """Does a participle cue start at ``k``, after a lead adverb or two (", also warning that")?"""
        while self.flat.tag(k) == "RB" and self.flat.lower(k) in LEAD_ADVERBS:
            k += 1
        return self.flat.tag(k) == "VBG" and k in self.cue_at

    def _participle_after_with(self, with_at: int, s_last: int) -> int | None:
        """The participle cue of an absolute clause that "with" at ``with_at`` opens after a comma
        (", with their chairman, Peter Kamau, saying ..."), whose noun phrase is its source; not
        "met with supporters, calling it ...", where the participle is the main subject's."""
        flat = self.flat
        if flat.lower(with_at - 1) != ",":
            return None
        for k in range(with_at + 1, min(s_last, with_at + 9) + 1):
            if self._participle_cue_at(k):
                commas = [t for t in range(with_at + 1, k) if flat.lower(t) == ","]
                # none, or a name between two: "with their chairman, Peter Kamau, saying"
                named = len(commas) == 2 and commas[1] == k - 1 and flat.tag(commas[0] + 1) == "NNP"
                head_end = commas[0] - 1 if commas else k - 1
                agent = k > with_at + 1 and (not commas or named) and self.agentive(with_at + 1, head_end)
                return k if agent else None
            if not (flat.tag(k) in NP_TAGS or flat.lower(k) == "," or flat.lower(k) in POSSESSIVE_MARKS):
                return None
        return None

    def _interruption_end(self, start: int, end: int) -> int:
        """ "Mr. Sanders, after saying he would not advertise, took to the airwaves": a participle
        between the subject and its verb reports up to the comma before that verb."""
        flat = self.flat
        commas = [k for k in range(start + 1, end) if flat.lower(k) == "," and flat.tag(k + 1) in FINITE]
        # "conceding that the deal, signed in May, was likely, urged": a comma before the reported
        # clause has its verb still belongs to it
        after_a_verb = [k for k in commas if self._has_finite_verb(start, k - 1)]
        # the tagger reads some past tenses there as adjectives ("..., urged/JJ caution")
        opened = [(o, q.close) for o, q in self.by_open.items() if start <= o < end]
        misread = [
            k
            for k in range(start + 1, end)
            if flat.lower(k) == ","
            and not any(o < k and (close is None or close > k) for o, close in opened)  # not inside a quote
            and flat.tag(k + 1) in ("JJ", "VBN")
            and flat.lower(k + 1).endswith("ed")
            and flat.tag(k + 2) in ("NN", "DT", "PRP$", "TO", "IN")
            and self._has_finite_verb(start, k - 1)
        ]
        return (after_a_verb or commas or misread or [end + 1])[0] - 1

    def _name_end(self, start: int, end: int) -> int:
        """ "called him a “moderate,” a subtle dig at ...": after an object, the quoted name
        ends what was said; the rest is the narrator's."""
        flat = self.flat
        for k in range(start, min(end, start + 8) + 1):
            q = self.by_open.get(k) or (self.by_open.get(k + 1) if k in flat.half else None)
            if q is not None:
                if q.close is None or q.close >= end:
                    return end
                nxt = flat.lower(q.close + 1)
                resumes = nxt in (",", "when", "while", "on") or nxt in SETTING_PREPS or flat.lower(q.close - 1) == ","
                return q.close if resumes else end
            if flat.tag(k).startswith("VB"):
                return end
        return end

    def _quote_after_adjuncts(self, start: int, end: int) -> tuple[int, int] | None:
        """ "wrote to his followers, “It's time ...,” and shared a link": the content is the
        quote after the adjuncts, up to its closing mark when the narrator goes on after it."""
        flat = self.flat
        k = start
        while k <= end and k - start < 12 and flat.tag(k) in _ADJUNCT_TAGS:
            k += 1
        if k == start or k > end or flat.lower(k) not in (",", ":"):
            return None
        q = self._quote_opening_at(k + 1)
        if q is None or q.close is None or q.close > end:
            return None
        tail = q.close + 1
        if tail <= end and flat.lower(tail) in (",", "and") and flat.lower(tail + 1) in ("and", "but"):
            return q.open, q.close
        if tail <= end and flat.lower(tail) == "and" and flat.tag(tail + 1).startswith("VB"):
            return q.open, q.close
        return q.open, end

    def _subordinate_end(self, start: int, end: int) -> int:
        """The last content token before the comma that closes a fronted subordinate clause
        (a comma just inside a closing quote mark keeps the quote: 'at "less advanced schools,"')."""
        flat = self.flat
        k = start
        while k <= end:
            q = self.by_open.get(k)
            if q is not None and q.close is not None and q.close <= end:
                if flat.lower(q.close - 1) == ",":
                    return q.close
                k = q.close + 1
                continue
            if k > start and flat.lower(k) == ",":
                return k - 1
            k += 1
        return end

    def _outside_quotes(self, start: int, end: int) -> Iterator[int]:
        """Tokens ``start``..``end`` that lie outside quotes closing by ``end``: 'Trump's claim that
        Obama “founded ISIS,”': the verbs inside a quote are not the narrator's."""
        k = start
        while k <= end:
            quoted = self.by_open.get(k)
            if quoted is not None and quoted.close is not None and quoted.close <= end:
                k = quoted.close + 1
                continue
            yield k
            k += 1

    def _finite_verb_end(self, start: int, end: int) -> int:
        """The content ends before the next finite verb outside a quote."""
        for k in self._outside_quotes(start + 1, end):
            if self.flat.tag(k) in FINITE:
                return self._skip_back(k - 1, start, ("RB", ",", "CC"))
        return end

    def _object_end(self, start: int, end: int) -> int:
        """A bare object ends at the next comma, dash or semicolon, or where a verb of the
        narrator's starts ("denied the charges and counter-accused her", "... his candidacy warned")."""
        flat = self.flat
        relative_open = False  # "condemned the raids in which 121 people were taken": the clause's own verb
        for k in self._outside_quotes(start + 1, end):
            low, tag = flat.lower(k), flat.tag(k)
            if low == "that" and tag == "IN" and flat.tag(k - 1) in ("NN", "NNS"):
                return end  # "expressed concern that donors would divert money": the noun's clause goes on
            if low == "," and flat.lower(k + 1) in ("including", "especially", "notably"):
                continue  # "defended their strategy, including the decision to ...": still the object
            if low in (",", ";") or low in DASHES:
                return k - 1
            if tag in ("WDT", "WP"):
                relative_open = True
            elif tag in FINITE:
                before = max(self._skip_back(k - 1, start), start)  # "... in 2007 now run": not the adverb
                if not relative_open:
                    return before
                # "the deadlock that effectively blocked the plan": the object's own relative clause
                relative_open = False
            if low in ("and", "but") and flat.tag(k + 1) in ("VBD", "VBZ", "VBP", "RB"):
                return k - 1
            if (
                (
                    (low in SETTING_PREPS or low == "on")
                    and self._a_setting_at(k + 1, end)
                    and flat.lower(k - 1) not in _EVENT_NOUNS
                )
                or (low == "by" and flat.tag(k + 1) == "VBG")
            ) and not (any(flat.tag(t).startswith("VB") for t in range(start, k)) or self._object_resumes(k + 1, end)):
                # "endorsed Mr. Trump at a news conference", "attacked Fiorina by reminding voters":
                # where and how, not what; but in "accused him of grabbing her at a rally" or "of
                # threatening an invasion by massing troops" they are part of what was said
                return k - 1
        return end

    def _new_clause_end(self, start: int, end: int) -> int:
        """A bare object ends where ", and" or "but" opens a clause with a verb of its own
        ("explained the phenomenon decades ago, but people keep falling for it", "reported it to
        the F.B.I., and removed it on Thursday"): the narrator goes on. A finite verb before the
        join, other than a relative clause's, shows the content is a clause after all ("said
        Facebook created the tool …, and it has activated it"), and it is left whole."""
        flat = self.flat
        relative_open = relative_seen = False
        for k in self._outside_quotes(start + 1, end):
            low, tag = flat.lower(k), flat.tag(k)
            if tag in ("WDT", "WP"):
                relative_open = relative_seen = True
            elif tag in FINITE:
                if not relative_open:
                    return end
                relative_open = False
            if not (low == "but" or (low == "and" and flat.lower(k - 1) == ",")) or k - start < 2:
                continue
            t = k + 1
            while t <= end and t - k <= 6 and (flat.tag(t) in NP_TAGS or flat.tag(t) in ("JJ", "CD", "POS", "PRP")):
                t += 1
            subject = t > k + 1
            while t <= end and flat.tag(t) in ("RB", "RBR"):
                t += 1
            # "candidates who could have run but didn't": a relative clause's own second verb
            if flat.tag(t) in FINITE and (subject or not relative_seen):
                return self._skip_back(k - 1, start, (",",))
        return end

    def _object_resumes(self, k: int, end: int) -> bool:
        """After a setting in the middle of an object, does the object go on ("attacked Trump at a
        rally as a fraud", "criticized the decision on Monday to release ...")?"""
        flat = self.flat
        for t in range(k, end + 1):
            low, tag = flat.lower(t), flat.tag(t)
            if low in ("as", "for") or (low, flat.tag(t + 1)) in (("to", "VB"), ("of", "VBG")):
                return True
            if low in (",", ";", "and", "but") or low in DASHES or tag in FINITE:
                return False
        return False

    def _a_setting_at(self, k: int, end: int) -> bool:
        """Does a noun phrase naming an occasion or a time start at ``k`` ("a rally in Iowa",
        "the fifth Republican debate", "Tuesday night")?"""
        flat = self.flat
        for t in range(k, min(end, k + 6) + 1):
            low, tag = flat.lower(t), flat.tag(t)
            if low in _OCCASIONS or self._time_word(t):
                return True
            if not (tag in NP_TAGS or tag in ("JJ", "CD", "POS") or low == "'s"):
                return False
        return False

    def _date_at(self, k: int) -> bool:
        """Does a date open at ``k`` ("late Wednesday", "last week", "this month", "March 3")?
        After a cue it is when the words were said, not what."""
        flat = self.flat
        low = flat.lower(k)
        if low in ("last", "late", "early", "this", "next", "earlier", "later"):
            return self._time_word(k + 1)
        return low in MONTHS and flat.tag(k + 1) == "CD"

    def _show_at(self, k: int) -> int | None:
        """The closing mark of a programme's title quoted at ``k`` (see ``_names_a_show``)."""
        q = self.by_open.get(k)
        return q.close if q is not None and q.close is not None and self._names_a_show(q) else None

    def _names_a_show(self, q: Quote) -> bool:
        """Is the title-case quote the programme or paper an adjunct names ("on “Fox News Sunday,”",
        "in The Times's “DealBook”")? The word before the mark belongs to the adjunct."""
        before = self.flat.lower(before_mark(self.flat, q))
        return before not in (",", ":", "that") and title_case(self.flat, q)

    # --- the content ------------------------------------------------------------------

    def _is_separator(self, i: int) -> bool:
        flat = self.flat
        return i >= 0 and (flat.tokens[i].text in (",", "—", "–") or i in self.by_close or self._stray_closer(i))

    def _stray_closer(self, i: int) -> bool:
        """Is token ``i`` a closing quote mark that no opening mark pairs, after a comma ('This is a disaster,”
        the mayor said.': badly edited copy whose opening mark was lost)?"""
        flat = self.flat
        return (
            flat.tokens[i].text in _CLOSERS
            and i not in self.by_close
            and i not in self.by_open
            and flat.lower(i - 1) in (",", "!", "?")
        )

    def _content_before(self, sep: int, s_first: int) -> tuple[int, int] | None:
        """Content that precedes a postposed cue clause ending at separator ``sep``."""
        flat = self.flat
        close = sep if sep in self.by_close else (sep - 1 if sep - 1 in self.by_close else None)
        if close is not None:
            q = self.by_close[close]
            start = q.open
            # text before the opener in the same sentence belongs to the content ("But “we ...”")
            first_of_open = flat.sent_range[flat.sent[q.open]][0]
            # ... unless a colon or a bracket introduces the quote ("Trump asserted that ...: “…,” he
            # claimed", "... blowback from members (“…,” wrote Edward Nelson)")
            # or another quote comes first ("“A,” she said, but ..., “B,” said Kunin")
            if (
                first_of_open < q.open
                and flat.para[first_of_open] == flat.para[q.open]
                and flat.lower(before_mark(flat, q)) not in DASHES | {":", "(", "[", "-"}
                and not self._quote_with_cue_before(first_of_open, q.open)
            ):
                start = first_of_open
            start = self._run_on_start(q, start)
            return (start, sep - 1 if sep not in self.by_close else sep)
        end = sep - 1
        if self._stray_closer(sep) and flat.lower(end) == ",":
            end -= 1  # 'This is a disaster,” the mayor said.': the content ends before the comma
        start = past_dateline(flat, s_first, end)  # "BERLIN (Reuters) - Germany will not ..., X said"
        # an unmatched closing mark inside means the quote began in an earlier sentence
        for k in range(start, end + 1):
            opened = self.by_close.get(k)
            if opened is not None and opened.open < start:
                start = opened.open
                break
        return (start, end) if end >= start else None

    def _run_on_start(self, q: Quote, start: int) -> int:
        """Where a quote closing before a postposed cue began when it ran on from earlier
        paragraphs whose marks never closed ('“The budget is a mess. ¶ “Nobody understands it,”
        said Osgood.'). A run of at most four paragraphs, none of them (nor the one before the run)
        ending on a colon, all opened with the same mark: a block quoted after "From X writing at
        Y:" is X's, not this cue's."""
        flat = self.flat
        first = q
        for _ in range(3):
            if not first.continued:
                break
            para_first = flat.para_range(first.open)[0]
            before = self.by_open.get(flat.para_range(para_first - 1)[0]) if para_first > 0 else None
            if (
                before is None
                or before.close is not None
                or flat.tokens[before.open].text != flat.tokens[q.open].text  # one writer's marks, '"' or '“'
                or flat.lower(flat.para_range(before.open)[1]) == ":"
            ):
                return start
            first = before
        else:
            return start  # a longer run: a block quote, not the convention of one speaker's paragraphs
        if first is q:
            return start
        para_first = flat.para_range(first.open)[0]
        if para_first > 0 and flat.lower(para_first - 1) == ":":
            return start  # the run was introduced by a colon: somebody else's block quote
        return first.open

    def _quote_with_cue_before(self, first: int, end: int) -> bool:
        """Does a quote with a cue after it ("“A,” she said, but ...") lie in ``first`` .. ``end`` - 1?"""
        close = next((k for k in range(first, end) if k in self.by_close), None)
        if close is None:
            return False
        k = bisect.bisect_right(self.cue_starts, close)
        return k < len(self.cue_starts) and self.cue_starts[k] < end

    def _quote_belongs_before(self, sep: int, s_first: int) -> bool:
        """Does the quote closing at ``sep`` (or before it) open mid-sentence after "that"/a colon, or as a title?

        Such a quote is already placed by the words before it, not a content for the cue after it."""
        flat = self.flat
        close = sep if sep in self.by_close else sep - 1
        q = self.by_close[close]
        if self._introduced_by_a_cue(q):
            return True
        if q.open <= s_first:
            return False
        if flat.lower(before_mark(flat, q)) in ("that", ":"):
            return True
        return title_case(flat, q)

    def _introduced_by_a_cue(self, q: Quote) -> bool:
        """Does a cue close before the quote ("Clinton replied to Mills with, “Why now?” Mills
        then wrote back, “...”")? The quote is then that cue's content, not the next one's."""
        j = before_mark(self.flat, q)
        if self.flat.lower(j) not in (",", ":"):
            return False
        k = bisect.bisect_left(self.cue_starts, j - 5)
        return any(self.cue_at[c].last >= j - 5 for c in self.cue_starts[k:] if c < j)

    def _clause_after(self, after: int, s_last: int) -> bool:
        """Does a reported clause start at ``after`` ("said the two cases were different")?"""
        return self.flat.lower(after - 1) == "that" or self._clause_at(after, s_last)

    def _only_an_adverbial(self, first: int, last: int) -> bool:
        """Is the text before a cue clause its fronted adverbial ("On Friday, Gingrich told ...",
        "Before dropping out, Cruz responded ...", "As Europe faces pressure, Germany has pledged
        ..."), not something said ("About 270 people have been resettled, officials said")?"""
        flat = self.flat
        span = range(first, last + 1)
        if any(k in self.by_open or k in self.by_close or flat.lower(k) == "," for k in span):
            return False
        finite = sum(1 for k in span if flat.tag(k) in FINITE)
        low = flat.lower(first)
        if low in CLAUSE_BOUND_OPENERS - {"after", "before", "since", "until", "once"} or flat.tag(first) == "WRB":
            return finite <= 1  # one clause of its own: "When his family moved back"
        # "after", "since", "as" ... may open a phrase ("After the vote") before the main clause
        # ("After the vote the party collapsed, Smith said"): adverbial only without a verb
        phrase = (flat.tag(first) == "IN" and low != "that") or low in TIME_LEADS or flat.tag(first) == "VBG"
        # "Happily, Mr. Zuckerberg agreed ...": a lone adverb is a sentence adverb, never what was said
        return (phrase and finite == 0) or (first == last and flat.tag(first) == "RB")

    def _content_start(self, cue: Cue, s_last: int) -> int:
        """First content token after the cue: skips an addressee ("told reporters"), time and
        place adjuncts ("on Friday", "at his press conference") up to a "that" or a colon."""
        flat = self.flat
        k = cue.last + 1
        addressee = cue.lemma in _ADDRESSING_LEMMAS or flat.lower(k) in _ADDRESSEES  # "informed the court that"
        call_sign = self._call_sign(k)  # "told 3AW the lockdown ..."
        described = flat.tag(k) == "JJ" and flat.tag(k + 1) in ("NN", "NNS")  # "told national television that"
        if cue.lemma in OBJECT_TAKERS and addressee and (flat.tag(k) in _ADDRESSEE_STARTS or call_sign or described):
            first = k
            while k <= s_last and (
                flat.tag(k) in NP_TAGS
                or flat.tag(k) == "PRP"
                or self._call_sign(k)
                or (k > first and self._inside_a_name(k))  # "the House of Commons", "BBC Radio 4's Today"
            ):
                if k > first and flat.lower(k) in PRONOUNS:
                    break  # "told the court he was innocent": the clause's subject, not the addressee
                if (
                    k > first
                    and flat.tag(k) in ("DT", "PRP$")
                    and (flat.tag(k - 1) in NOUN_TAGS or flat.tag(k - 1) in ("CD", "PRP", "PRP$"))
                ):
                    # "told Bloomberg the cuts would save ...", "told him the plan was dead": a second
                    # noun phrase starts the clause
                    break
                if (
                    k > first
                    and flat.tag(k - 1) == "NNS"
                    and flat.tokens[k - 1].text.islower()
                    and flat.tag(k) == "NNP"
                ):
                    break  # "tells selectors Mthembu is ready", "told reporters Trump lied": a name opens the clause
                if (
                    k > first
                    and flat.tag(k) == "CD"
                    and flat.tag(k - 1) in NOUN_TAGS
                    and flat.tag(k + 1) == "NNS"
                    and "that" not in (flat.lower(k + 2), flat.lower(k + 3))  # "told the court three times that"
                    and flat.lower(k + 2) != "ago"
                ):
                    break  # "told WSB-TV three deputies were hurt", "told the Post 12 people were arrested"
                k += 1
        if flat.lower(k) == "," and (
            flat.lower(k + 1) in ("as", "like") or flat.lower(k + 1) in ASIDES or flat.tag(k + 1) == "VBG"
        ):  # also "said, citing witnesses, that ...": on whose word
            # "insisted, as President Biden did, that ...": the comparison is the narrator's, and
            # so is the aside in "said, however, that ..."
            for t in range(k + 2, min(s_last, k + 12) + 1):
                if flat.lower(t) == ",":
                    if flat.lower(t + 1) == "that":
                        return t + 2
                    if flat.tag(k + 1) == "VBG" and self._clause_at(t + 1, s_last):
                        return t + 1  # "said, citing a preliminary report, the plane had run out of fuel"
                    if flat.lower(k + 1) in ASIDES and t == k + 2 and t < s_last:
                        return t + 1  # "said, however, the plan had failed"
                    break
        look = k
        # "said at his press conference that ...": adjunct words up to a "that" are skipped,
        # but only when they open with a preposition, adverb or time word, never an object
        # ("repeated Russia's denials that ..." keeps its object).
        show = self._show_at(k)
        adjunct_opening = (
            flat.tag(k) in ("IN", "RB", "RBR")
            or flat.lower(k) in WEEKDAYS
            or show is not None
            or self._date_at(k)
            or (flat.lower(k) in ("late", "early") and flat.lower(k + 1) == "on")  # "said late on Monday that"
            # "wrote to parents ... to say", "confirmed to People that" (a title-case name read as a verb)
            or (flat.tag(k) == "TO" and (not flat.tag(k + 1).startswith("VB") or flat.tokens[k + 1].text.istitle()))
        )
        setting = False  # "said on a call with analysts that demand ...": after a setting, "that" opens the content
        for t in range(k, min(s_last, k + 14) + 1 if adjunct_opening else k):
            low, tag = flat.lower(t), flat.tag(t)
            if t > k + 10 and not setting:
                break  # a long adjunct only after a setting: "in a filing with the Securities and Exchange ..."
            if show is not None and t <= show:
                continue  # "told “Fox News Sunday” that ...", "said on NBC's “Today” show that ..."
            if low == "that" and tag in ("IN", "WDT", "DT") and t > k:
                verb_next = flat.tag(t + 1) in ("VBZ", "VBD", "MD", "VBP")
                later = next((u for u in range(t + 2, min(s_last, t + 12) + 1) if flat.lower(u) == "that"), None)
                if setting and verb_next and later is not None:
                    return later + 1  # "said in a note that was sent to clients late Monday that rates ..."
                if setting or not verb_next:
                    return t + 1
                break
            setting = setting or low in _SETTINGS or low in _DOCUMENTS or show is not None
            show = self._show_at(t)
            if show is not None:
                continue
            if low == ":" and t > k and self._quote_opening_at(t + 1) is not None:
                return t + 1  # "said in a statement issued through the police: “...”"
            if low in ("saying", "stating") and t > k and flat.tag(t - 1) in NP_TAGS and t + 1 <= s_last:
                # "wrote to parents on Friday saying the school would close": what the letter said
                return t + 2 if flat.lower(t + 1) == "that" else t + 1
            if low == "to" and flat.lower(t + 1) in _INFINITIVE_REPORTS and t > k:
                # "wrote to parents on Friday to say the school would close": what the letter said
                return t + 3 if flat.lower(t + 2) == "that" else t + 2
            if low == ":" or (t in self.by_open):
                break
            if low == "," and (flat.lower(t + 1) == "that" or flat.tag(t - 1) == flat.tag(t + 1) == "NNP"):
                continue  # "said Sunday in Madison, Wisconsin, that ..."
            if low == "," and any(
                flat.lower(u) == "," and flat.lower(u + 1) == "that" for u in range(t + 2, min(s_last, t + 5) + 1)
            ):
                continue  # "said on X, formerly Twitter, that ...": a short aside inside the adjunct
            if (
                t > k
                and (
                    (tag == "VBN" and flat.tag(t - 1) in ("NN", "NNS"))
                    or (tag == "VBG" and flat.tag(t - 1) == "IN" and t not in self.cue_at)
                )
                and not any(flat.lower(u) in ("that", "if", "because", "whether") for u in range(k, t))
            ):
                # never after the clause has begun ("said that cutting taxes that year was ..."):
                # "said in a report published on Tuesday that", "said while addressing journalists
                # that"; not "answered before adding that": a report of its own
                continue
            if t > k and tag.startswith("VB") and flat.lower(t - 1) == "to" and flat.tokens[t].text.istitle():
                continue  # "confirmed to People that": a name read as a verb
            if tag.startswith("VB") or tag == "MD" or low in (",", ";", "."):
                break
        while look <= s_last:
            low = flat.lower(look)
            if flat.lower(look + 1) in POSSESSIVE_MARKS or flat.lower(look + 2) in POSSESSIVE_MARKS:
                break  # "next week's talks ..." is the content's subject, not an adjunct
            if flat.lower(look + 1) == "of" or flat.lower(look + 2) == "of":
                break  # "see this week of talks as ...": the object, not an adjunct
            if low in WEEKDAYS or (
                # "said repeatedly", "said publicly": how it was said; but "said nearly 200 homes", "said roughly
                # half": an approximation that belongs to what was said
                flat.tag(look) == "RB"
                and low.endswith("ly")
                and low not in APPROXIMATORS
                and flat.tag(look + 1) != "CD"
            ):
                look += 1
                continue
            if low == "to" and flat.tag(look + 1) == "PRP" and flat.lower(look + 2) == "," and look + 3 in self.by_open:
                look += 2  # "As one official put it to me, “Nobody was in charge.”": whom it was put to
                continue
            if low in ("at", "in", "outside") and flat.tag(look + 1) == "NNP" and cue.lemma.startswith("tell"):
                # "told reporters at Parliament House the project would go ahead": where they were told
                place = look + 1
                while flat.tag(place + 1) in ("NNP", "NNPS"):
                    place += 1
                if flat.tag(place + 1) in ("DT", "PRP", "NNP", "NNS", "EX") and place + 1 <= s_last:
                    look = place + 1
                    continue
            if low in ("on", "last", "this", "next", "late", "early") and flat.lower(look + 1) in WEEKDAYS:
                look += 2
                continue
            if (
                low in ("in", "at")
                and flat.lower(look + 1) in ("a", "an", "his", "her", "their", "its", "the")
                and (
                    flat.lower(look + 2) in ("statement", "interview", "speech", "letter", "tweet", "post", "briefing")
                    or flat.lower(look + 3) in ("conference", "briefing", "interview", "statement")
                )
            ):
                look += 3 if flat.lower(look + 2) in ("statement", "interview", "speech", "letter", "tweet") else 4
                continue
            break
        if flat.lower(look) == "that" and flat.tag(look) in ("IN", "DT", "WDT") and not that_is_a_subject(flat, look):
            look += 1  # but "said that was untrue": "that" is the subject
        while (
            look <= s_last
            and flat.tokens[look].text in (":", ",")
            and (flat.tokens[look].text == ":" or look + 1 in self.by_open)
        ):
            look += 1
        return look

    def _strong_opening(self, after: int, s_last: int, cue: Cue) -> bool:
        """Weak cues ("added", "believes", "found") need a clause marker, a quote, a clause of
        their own ("polls show Trump is trailing") or, for those taking one, an infinitive
        ("wants to run", "asked Congress to act"); a bare object ("found the keys") is no statement."""
        flat = self.flat
        prev = flat.lower(after - 1)
        if prev in ("that", ":") or after in self.by_open:
            return True
        if cue.lemma in WH_TAKERS and self._wh_at(after, s_last) is not None:
            return True  # "asked whether the deals required ...", "asked Mook if ..."
        if cue.infinitive and self._infinitive_at(after, s_last):
            return True
        if self._clause_at(after, s_last):
            return True
        return any(k in self.by_open for k in range(after, min(s_last, after + 12) + 1))

    def _wh_at(self, k: int, s_last: int) -> int | None:
        """A question word at ``k`` or after a short object ("asked the minister whether ...")."""
        flat = self.flat
        for t in range(k, min(s_last, k + 4) + 1):
            if flat.lower(t) in WH_OPENINGS:
                return t
            if not (flat.tag(t) in NP_TAGS or flat.tag(t) == "PRP"):
                return None
        return None

    def _infinitive_at(self, k: int, s_last: int) -> bool:
        """ "to" + verb at ``k``, or after a short object ("urged Democrats to vote")."""
        flat = self.flat
        for t in range(k, min(s_last, k + 5) + 1):
            if (flat.lower(t) == "to" and flat.tag(t + 1) == "VB") or (
                flat.lower(t) == "not" and flat.lower(t + 1) == "to"
            ):
                return True
            if not (flat.tag(t) in NP_TAGS or flat.tag(t) == "PRP" or flat.lower(t) in POSSESSIVE_MARKS):
                return False
        return False

    def _named_in_apposition(self, cue: Cue) -> bool:
        """Is the cue a name given between commas ("the storm, named Helene, had weakened", "the
        blaze, dubbed the Park Fire, has", "the suspect, identified as John Carter, fled")? Not
        "Cooper, the nominee, called Friday for ...", nor "Smith, 45, named Jones as chief
        executive" or "Trump, 70, called Clinton a liar"."""
        flat = self.flat
        if flat.lower(cue.first - 1) != "," or cue.first != cue.last or cue.lemma not in NAMING_CUES | _NAMING_VERBS:
            return False
        first = cue.last + 1
        if cue.lemma in _NAMING_VERBS - NAMING_CUES:
            # "the suspect, identified as John Carter,", "identified by neighbors as Frank Mills"
            first = next((t + 1 for t in range(first, first + 5) if flat.lower(t) == "as"), first)
        first += flat.lower(first) == "the"
        k = first
        while flat.tag(k) in ("NNP", "NNPS"):
            k += 1
        return k > first and flat.lower(k) in (",", ")", "(")  # "identified as Suresh Kumar (32), was"

    def _passive_participle(self, cue: Cue) -> bool:
        """Does the cue describe the noun before it in the passive ("The ship, named after Reed,",
        "a contractor accused of spying", "officials, called superdelegates,")? That noun is what
        was named or accused, never the source."""
        flat = self.flat
        if cue.first != cue.last or flat.tag(cue.first) not in ("VBN", "VBD"):
            return False
        # the word after the cue, not the content; an active verb is often tagged VBN too
        # ("Kasich, a contender, predicted at the debate that ..."), so only the prepositions of
        # a passive count
        nxt = flat.lower(cue.last + 1)
        if self._named_in_apposition(cue):
            return True
        if flat.tag(cue.first) != "VBN":
            return False
        if flat.lower(cue.first - 1) == ",":
            # "officials, called superdelegates," but not "Cooper, the nominee, called Friday for ..."
            naming = cue.lemma in NAMING_CUES and nxt not in ("for", "on") and nxt not in WEEKDAYS
            return naming or nxt in ("after", "as", "by")
        if (
            cue.lemma in ("name", "nominate", "list")
            and flat.tag(cue.first - 1) in ("NN", "NNS")
            and flat.tag(cue.last + 1) in ("IN", "TO", ",", ".")
        ):
            return True  # "the first woman nominated for president", "people named in the report"
        if flat.tag(cue.first - 1) in ("NN", "NNS") and self._in_a_fronted_phrase(cue.first):
            # "In a farewell letter published on Friday, she wrote", "In a legal opinion published last month": the
            # thing was published, whatever it is called
            return True
        return nxt in _PASSIVE_PREPS and flat.tag(cue.first - 1) in ("NN", "NNS") and cue.family != "speech"

    def _in_a_fronted_phrase(self, k: int) -> bool:
        """Is token ``k`` inside a phrase that opens its sentence with a preposition and ends at a comma before any
        finite verb, the main clause's subject speaking right after it ("In a letter published on Friday, she
        wrote")?"""
        flat = self.flat
        s_first, s_last = flat.sent_range[flat.sent[k]]
        if flat.tag(s_first) != "IN" or flat.lower(s_first) in ("that", "if", "because", "while", "as"):
            return False
        comma = next((t for t in range(k + 1, min(s_last, k + 8)) if flat.lower(t) == ","), None)
        return (
            comma is not None
            and not any(flat.tag(t) in FINITE for t in range(s_first, comma) if t != k)
            and any(t in self.cue_at for t in range(comma + 2, min(s_last, comma + 6)))
        )

    def _content_end(self, start: int, s_last: int, cue: Cue) -> int:
        """Sentence end, or further when a quote opened inside runs over several sentences;
        cut before the source of a later cue in the same sentence ("..., and said ...")."""
        flat = self.flat
        end = s_last
        k = start
        while k <= end:
            q = self.by_open.get(k)
            if q is not None:
                close = q.close if q.close is not None else q.last
                if close > end:
                    end = flat.sent_range[flat.sent[close]][1]
                if q.close is not None and close < end and self._narrator_resumes(close + 1, cue):
                    return close  # 'cautioned “let's not get ahead of ourselves,” before predicting ...'
                if (
                    k == start
                    and q.close is not None
                    and close < end
                    and flat.lower(close - 1) in (".", "!", "?", ",")
                    and flat.lower(close + 1) in _SETTING_PREPOSITIONS
                ):
                    return close  # 'yelled “You lie!” at the president during the address'
                k = max(k + 1, close)
                continue
            if k > start and self._new_clause(k, start, cue) and not self._backshifted_in_content(cue, start, k):
                # "... is Hillary Clinton, and he railed against ..."; unless a later cue's source came first ("did not
                # respond ..., but his agent, Farah Siddiqui, said the player was hurt and had not been told")
                earlier = self._later_cue_boundary(start, cue, k - 1)
                return earlier if earlier is not None else k - 1
            if k > start and flat.lower(k) == "," and flat.lower(k + 1) == "according" and flat.lower(k + 2) == "to":
                return k - 1  # "said the team would win, according to the club's website, which ...": the sourcing
            if k > start and flat.lower(k) == "," and self._participle_after_with(k + 1, end) is not None:
                return k - 1  # "vowed to resist the move, with their chairman, Peter Kamau, saying ...": his
            if k > start and flat.lower(k) == "," and self._narrators_tail(k + 1, end, start):
                end = k - 1  # "said it had lodged a protest, without giving details."
                break  # a later cue before the tail may still end the content sooner
            k += 1
        boundary = self._later_cue_boundary(start, cue, end)
        return boundary if boundary is not None else end

    def _later_cue_boundary(self, start: int, cue: Cue, end: int) -> int | None:
        """Where the content ends before the source of a later cue up to ``end`` ("..., and said ..."); None when
        no later cue has a source of its own there."""
        flat = self.flat
        n = bisect.bisect_right(self.cue_starts, cue.last)
        while n < len(self.cue_starts) and self.cue_starts[n] <= end:
            nxt = self.cue_starts[n]
            if self._named_in_apposition(self.cue_at[nxt]):
                n += 1
                continue  # "said the storm, named Helene, had weakened": a name given inside the content
            # the "and" before the later cue's verb group, past adverbs and its auxiliary ("and would also speak")
            join = nxt - 1
            while join > start and (flat.tag(join) in ("RB", "MD") or flat.lower(join) in ("had", "has", "have")):
                join -= 1
            if self._backshifted_in_content(cue, start, join):
                n += 1
                continue  # "... was disappointed and would consider an appeal": still the reported clause
            boundary = self._clause_boundary(start, nxt)
            if boundary is not None:
                return boundary
            n += 1
        return None

    def _narrators_tail(self, k: int, end: int, start: int) -> bool:
        """Does a phrase of the narrator's run from ``k`` to the sentence end: how the words were
        given or withheld (", without giving details", ", but did not say when"), when (", a day
        after ...") or where (", in a speech to parliament on Thursday")? No finite verb of its
        own may follow, so ", in which case the plan fails" stays content, and a setting after
        a content about the future is part of the plan."""
        flat = self.flat
        low, nxt = flat.lower(k), flat.lower(k + 1)
        if self._asked_at(k) and not any(flat.lower(t) == "," for t in range(k + 2, end)):
            # "said no, when asked whether he would run": the question put, not the answer; but "he
            # would serve, if asked, as chairman" goes on
            return True
        if low in ("a", "an") and nxt in CHARACTERIZATIONS and self._characterizes(k, end):
            return True  # "said the vote was rigged, a claim officials rejected": the narrator's word on it
        if low == "as" and nxt in ("he", "she", "they") and flat.tag(k + 2) in ("VBZ", "VBD", "VBP"):
            return True  # "says the plot is thriving, as she shows me around": the scene of the telling
        if low == "the" and nxt in _HEARINGS:
            # "Reynolds told police he had acted in self-defence, the court heard.": where it was
            # reported, the way British court copy closes a sentence
            rest = [flat.lower(t) for t in range(k + 2, end + 1) if flat.lower(t) not in (".", "!")]
            return rest in (["heard"], ["was", "told"], ["were", "told"])
        if low == "but" and nxt in ("did", "declined", "gave", "offered", "provided"):  # not "but would provide"
            v = k + 2 + (flat.lower(k + 2) in ("not", "n't", "to"))
            return flat.lower(v) in _WITHHELD or flat.lower(v + 1) in _WITHHELD
        if low == "without" and flat.tag(k + 1) == "VBG":
            tail_from = k + 2
        elif low in ("in", "during", "at") and nxt in ("a", "an", "his", "her", "their", "its", "the"):
            if low == "in" and (flat.lower(k + 2) in _NARRATORS_VIEW or flat.lower(k + 3) in _NARRATORS_VIEW):
                return True  # ", in a move that surprised investors", ", in a sharp escalation of the row"
            setting = next((w for w in (flat.lower(k + 2), flat.lower(k + 3)) if w in _SETTINGS | _EVENTS), None)
            if setting is None:
                return False
            if setting in _EVENTS and any(flat.tag(t) == "MD" for t in range(start, k)):
                return False  # "said the sanctions would be agreed next week, at a meeting of ministers": planned
            tail_from = k + 2
        elif nxt in TIME_NOUNS and flat.lower(k + 2) == "after":
            return low in ("a", "one")  # ", a day after its chief executive resigned"
        else:
            return False
        return not any(flat.tag(t) in FINITE for t in range(tail_from, end + 1))

    def _characterizes(self, k: int, end: int) -> bool:
        """Is "a claim ..." at ``k`` the narrator's aside to the end of the content, not a description
        inside it ("Smith, a line cook at the diner, had been shot": a compound, and the clause's verb
        after the closing comma)?"""
        flat = self.flat
        if flat.tag(k + 2) in ("NN", "NNS"):
            return False  # "a line cook", "a charge nurse"
        shut = next((t for t in range(k + 2, end + 1) if flat.lower(t) == ","), None)
        return shut is None or not (flat.tag(shut + 1) in FINITE or flat.tag(shut + 1) == "RB")

    def _asked_at(self, k: int) -> bool:
        """Does a "when asked ..." clause start at ``k``: the question the source answered?"""
        flat = self.flat
        return flat.lower(k) in ("when", "after", "if", "once") and flat.lower(k + 1) in (
            "asked",
            "questioned",
            "pressed",
        )

    def _backshifted_in_content(self, cue: Cue, start: int, k: int) -> bool:
        """After a past-tense report whose content is a clause, does "and" at ``k`` open a
        backshifted verb group ("said the team had trained well and had never felt better", "said
        his client was upset and would consider an appeal")? Such a verb goes on with the
        reported clause; the narrator's own second verb is a simple past ("and called for ...")."""
        flat = self.flat
        # the cue's verb, not its addressee ("told reporters")
        verb = cue.lemma.split()[0]
        if flat.lower(k) not in ("and", "but") or verb not in MAIN_SPEECH_LEMMAS or flat.tag(cue.first) != "VBD":
            return False
        if not self._has_finite_verb(start, k - 1):
            return False
        j = k + 1
        while flat.tag(j) == "RB":
            j += 1
        low = flat.lower(j)
        if low in ("was", "were") and flat.tag(j + 1) == "VBG":
            # "said the family was devastated and was keeping a vigil at his bedside"; not a statement of its own
            # ("said he did not, but was referring to ...")
            return j + 1 not in self.cue_at and j not in self.cue_at
        if low == "had" and flat.lower(j + 1) in ("no", "nothing", "little"):
            return True  # "said the team was saddened but had no choice", "... and had nothing to do with it"
        if low not in ("had", "would", "could", "might"):
            return False
        v = j + 1
        while flat.tag(v) == "RB":
            v += 1
        second = self.cue_at.get(j) or self.cue_at.get(v)  # "had warned" is one cue from its auxiliary
        said_again = second is not None and (
            flat.lower(v + 1) == "that" or second.lemma in OBJECT_TAKERS | MAIN_SPEECH_LEMMAS
        )  # "said sales had fallen and had warned that jobs could go": a second statement of the source's
        # "but had yet to receive a reply": "had" + "to" is the reported clause's too
        had_to = low == "had" and flat.lower(v) == "to" and flat.tag(v + 1) == "VB"
        return (flat.tag(v) == ("VBN" if low == "had" else "VB") or had_to) and not said_again

    def _narrator_resumes(self, k: int, cue: Cue) -> bool:
        """After a closing quote mark inside a content: does the narrator take over at ``k``
        (", linking to ...", "before predicting ...", "and said ...", ", a line he often repeats")?"""
        flat = self.flat
        low = flat.lower(k)
        characterized = k + 1 if low == "," else k if flat.lower(k - 2) == "," else None
        if (
            characterized is not None
            and flat.lower(characterized) in ("a", "an")
            and flat.lower(characterized + 1) in CHARACTERIZATIONS
            and self._characterizes(characterized, flat.sent_range[flat.sent[characterized]][1])
        ):
            return True  # 'said the plan had “failed working families,” a line he often repeats'

        if low == ",":
            k += 1
            low = flat.lower(k)
            if flat.tag(k) == "VBG":
                return True
        if low in ("before", "while", "after", "then") or self._asked_at(k):
            return True  # '“We'll see,” when asked whether he would run': how the words came
        if flat.tag(k) in ("VBD", "VBZ") and low not in AUX | BE and "," in (flat.lower(k - 2), flat.lower(k - 3)):
            return True  # 'Manafort, citing “the magic of Trump,” said the candidate ...'
        if low in ("as", "when") and flat.tag(k + 1) == "PRP":
            return True  # 'says he's “excited where we stand” as he faces a test'
        if low in ("and", "but"):
            nxt = k + 1 + (1 if flat.tag(k + 1) == "PRP" else 0)
            if nxt == k + 1 and flat.tag(nxt) in ("VBZ", "VBP") and flat.tag(cue.last) == "VBD":
                return False  # 'said he is “doing much better” and is focused on his kids': the reported tense
            if flat.lower(nxt) in ("was", "were") and flat.tag(nxt + 1) == "VBG" and nxt + 1 not in self.cue_at:
                return False  # "said the family was ‘devastated’ and was keeping a vigil": a backshifted progressive
            return flat.tag(nxt) in ("VBD", "VBZ", "VBG") and flat.lower(nxt) not in AUX
        return False

    def _quotes_the_source(self, k: int) -> bool:
        """Does the rest of the sentence from ``k`` quote several words, not a title, before any cue
        of its own? A relative clause holding the source's quoted words is part of what was said
        ("said he hoped for a large turnout, which “will help elect Kloppenburg.”"); a scare-quoted
        word is not ("…, which prompted a “furious” reaction")."""
        flat = self.flat
        last = flat.sent_range[flat.sent[k]][1]
        for t in range(k, last + 1):
            if t in self.cue_at:
                return False
            q = self.by_open.get(t)
            if q is not None:
                return (q.close if q.close is not None else q.last) - q.open > 3 and not title_case(flat, q)
        return False

    def _new_clause(self, k: int, start: int, cue: Cue) -> bool:
        """Token ``k`` starts a new main clause of the narrator: "; ..." or ", and he said ..."."""
        flat = self.flat
        low = flat.lower(k)
        if k + 2 >= len(flat.tokens):
            return low == ";"  # the text ends after it ("..., who"): no clause to read
        if low == "," and flat.lower(k + 1) in ("which", "who") and self._relative_inside_the_subject(k, start, cue):
            return False  # "said the disruption, which affected customers, had been resolved": the content's subject
        if low == ";" or (low == "," and flat.lower(k + 1) == "which" and not self._quotes_the_source(k + 2)):
            return True
        if (
            low == ","
            and flat.lower(k + 1) == "who"
            and flat.tag(k - 1) == "NNP"
            and flat.tag(k + 2) != "PRP"  # "Obama, who he said had done a good job": the source's own words
            and not self._quotes_the_source(k + 2)
            and self._runs_to_the_end(k + 2)
        ):
            return True  # "... the cooperation of Bryan Pagliano, who worked on ...": the narrator describes a name
        if low in ("and", "but"):
            # "believes the plan will fail and has been calling on ...": a second verb of the
            # source's, coordinated with the cue, ends the content
            j = k + 1
            while flat.tag(j) == "RB":
                j += 1
            if flat.tag(j) in ("VBZ", "VBD", "VBP") and flat.lower(j) in AUX:
                return True
        return (
            low == ","
            and flat.lower(k + 1) in ("and", "but")
            and flat.lower(k + 2) in PRONOUNS
            and flat.tag(k + 2) == "PRP"
            and (flat.tag(k + 3).startswith("VB") or flat.tag(k + 3) in ("MD", "RB"))
        )

    def _relative_inside_the_subject(self, comma: int, start: int, cue: Cue) -> bool:
        """After "said" and a noun with no verb yet, does the relative clause opening after
        ``comma`` have a verb of its own and close on a comma before the reported clause's verb
        ("said the disruption, which affected customers, had been resolved")? Not after an object
        ("hailed the decision, which struck down ..."), nor "which, in real dollars, is ..."."""
        flat = self.flat
        if cue.lemma not in MAIN_SPEECH_LEMMAS or self._has_finite_verb(start, comma - 1):
            return False
        if flat.tag(start) not in ("DT", "PRP$", "NNP", "NNPS", "NN", "NNS", "JJ", "CD"):
            return False
        s_last = flat.sent_range[flat.sent[comma]][1]
        close = next((t for t in self._outside_quotes(comma + 2, s_last) if flat.lower(t) == ","), None)
        if close is None or not self._has_finite_verb(comma + 2, close - 1):
            return False
        verb = close + 1 + (flat.tag(close + 1) == "RB")
        return flat.tag(verb) in FINITE and verb not in self.cue_at

    def _runs_to_the_end(self, k: int) -> bool:
        """Does the clause from ``k`` run to its sentence end, no comma giving way to a verb of an
        outer clause ("that X, who must decide, has revealed ...")?"""
        flat = self.flat
        s_last = flat.sent_range[flat.sent[k]][1]
        return not any(
            flat.lower(t) == ","
            and (
                flat.tag(t + 1) in FINITE
                or (flat.tag(t + 1) == "RB" and flat.tag(t + 2) in FINITE)
                # "went to Paul Manafort, who was ..., and to his associates": the object goes on
                or (flat.tag(t + 1) == "CC" and flat.tag(t + 2) in ("IN", "TO"))
            )
            for t in range(k, s_last)
        )

    def _joined_subject_with_apposition(self, start: int, comma: int) -> int | None:
        """Does ", but his agent, Farah Siddiqui," end before ``comma``: a new clause's subject, joined by ", but"
        or ", and", with its name in apposition? Then the content ends before the join's comma."""
        flat = self.flat
        opening = next((t for t in range(comma - 1, max(start, comma - 6), -1) if flat.lower(t) == ","), None)
        if opening is None or not all(flat.tag(t) in ("NNP", "NNPS") for t in range(opening + 1, comma)):
            return None
        j = opening - 1
        while j > start and (flat.tag(j) in NP_TAGS or flat.tag(j) == "JJ"):
            j -= 1
        if j < opening - 1 and flat.lower(j) in ("but", "and") and flat.lower(j - 1) == "," and j - 2 >= start:
            return j - 2
        return None

    def _clause_boundary(self, start: int, cue_first: int) -> int | None:
        """Where the clause holding a later cue begins: before ", saying" / "and said"."""
        flat = self.flat
        k = self._skip_back(cue_first - 1, start + 1)
        if flat.lower(k) in PRONOUNS and flat.tag(k) == "PRP" and flat.lower(k - 1) in _REPORT_JOINS:
            k -= 1  # "... — and he noted that ...", "..., though they blame ..."
        if k in self.by_close and flat.lower(k - 1) == "," and k - 1 > start:
            return k  # "... a “major breach of trust,” adding: ...": the quote ends the content
        later = self.cue_at[cue_first]
        if (
            flat.lower(k) in PRONOUNS
            and flat.tag(k) == "PRP"
            and flat.lower(k - 1) == ","
            and k - 2 >= start
            and later.lemma in MAIN_SPEECH_LEMMAS
            and flat.lower(later.last + 1) in (",", ":")
            and self._quote_opening_at(later.last + 2) is not None
        ):
            return k - 2  # "asked whether he was encouraging the fury, he said, “I hope not.”"
        if flat.lower(k) == ",":
            joined = self._joined_subject_with_apposition(start, k)
            if joined is not None:
                return joined  # "did not respond to requests for comment, but his agent, Farah Siddiqui, said"
        if flat.lower(k) == "," and self._closes_a_subjects_apposition(start, k, cue_first):
            return None  # "told the inquiry that her manager, Derek Holt, had warned her ...": one clause
        if flat.lower(k) in _CLAUSE_JOINS | CONTRAST_JOINS:
            while k - 1 > start and flat.lower(k - 1) in _CLAUSE_JOINS - {"and", "but"}:
                k -= 1
            return k - 1 if k - 1 >= start else None
        subject = self._subject_before(later, start + 1) if flat.tag(k) in NP_TAGS else None
        if subject is not None and subject[1] == "plain":
            sep = subject[0][0] - 1
            if sep > start and sep in self.by_close and flat.lower(before_closing_mark(flat, sep)) == ",":
                # 'Trump claimed that “Petraeus got in trouble for far less,” one of the former
                # prosecutors said the cases differ': the quote closes, a new source speaks
                return sep
        if flat.lower(k) in ("who", "which") or flat.tag(k) in NP_TAGS:
            # a later report with a source of its own: ", while 22 percent said ...", "— who said"
            first = k if flat.lower(k) in ("who", "which") else (self._chunk_back(k, start) or (k, k))[0]
            join = first - 1
            while join > start and flat.lower(join) in APPROXIMATORS:
                join -= 1  # ", and more than 4 in 10 said ..."
            if flat.lower(join) == "and" and any(flat.lower(t) == "both" for t in range(max(start, join - 4), join)):
                return None  # "said both he and Rubio promised ...": one subject, not a second clause
            if (
                flat.lower(join) == ","
                and any(flat.lower(t) in ("and", "or") for t in range(first, k))
                and all(flat.tag(t) in NP_TAGS or flat.tag(t) == "JJ" for t in range(start, join))
            ):
                return None  # "wrote that the title, history and text of the law showed ...": a list
            if join > start and (flat.lower(join) in _CLAUSE_JOINS or flat.lower(join) in _CONTRAST):
                while join - 1 > start and (flat.lower(join - 1) in _CLAUSE_JOINS or flat.lower(join - 1) in _CONTRAST):
                    join -= 1
                return join - 1
        return None

    def _closes_a_subjects_apposition(self, start: int, comma: int, cue_first: int) -> bool:
        """Does the comma before a later finite cue close an apposition to the content's own
        subject ("that her manager, Derek Holt, had warned her"), with no verb before it? Then the
        later verb is the content clause's, not a report of its own after the content."""
        flat = self.flat
        if flat.tag(cue_first) not in FINITE:
            return False
        opening = next((t for t in range(comma - 1, start, -1) if flat.lower(t) == ","), None)
        if opening is None or flat.tag(opening - 1) not in NOUN_TAGS:
            return False
        apposition = range(opening + 1, comma)
        return all(flat.tag(t) in NP_TAGS or flat.tag(t) == "CD" for t in apposition) and not any(
            flat.tag(t).startswith("VB") for t in range(start, comma)
        )

    def _until_comma(self, start: int, end: int) -> int:
        for k in range(start, end + 1):
            if self.flat.tokens[k].text == "," and k not in self.by_close:
                return k - 1
        return end

    def _choose_side(self, before: tuple[int, int], after: tuple[int, int]) -> tuple[int, int]:
        """Parenthetical cue: "It was, he said, one of the failures" reports the whole
        sentence, so the content runs across the cue, as for a split quote; only a short
        fronted adjunct ("In the end, he said, ...") and a trailing clause that sets the scene
        (", as food costs climbed") are the narrator's and left out."""
        flat = self.flat
        fronted_adjunct = flat.tag(before[0]) in ("IN", "RB") and before[1] - before[0] < 5
        if fronted_adjunct and flat.lower(before[0]) not in SUBORDINATORS:
            return after
        if self._sets_the_scene(*after) and self._has_finite_verb(*before):
            return before  # "Prices rose 5%, the office said, as food costs climbed": the narrator's setting
        if self._reports_another(*after) and self._has_finite_verb(*before):
            return before  # "Talks are close, the minister said, though Junts insisted that ...": Junts's claim
        return (before[0], after[1])

    def _reports_another(self, first: int, last: int) -> bool:
        """Does a clause after a parenthetical cue open with "though", "but" or "while" and report what someone
        else says, its own cue after a subject ("though the separatist Junts party insisted that nothing had been
        agreed")? That is a statement of its own, not the rest of this one."""
        flat = self.flat
        if flat.lower(first) not in CONTRAST_JOINS | {"but"}:
            return False
        # the cue right after its subject, the clause's first words: not "but could erode if people felt ..."
        subject = first + 1
        while subject <= min(last, first + 7) and (
            flat.tag(subject) in _SUBJECT_TAGS or flat.lower(subject) in ("'s", "’s")
        ):
            subject += 1
        # a report of what they say, not "but the fans showed great support"
        return subject > first + 1 and subject in self.cue_at and self.cue_at[subject].family in _SAYING_FAMILIES

    def _sets_the_scene(self, first: int, last: int) -> bool:
        """Does a clause after a parenthetical cue tell what was happening as the words were said:
        "amid ..." or a past-tense "as"/"while" clause ("as food costs climbed")? A present one is
        the source's reasoning ("as higher rates weigh on demand"), and so is "after inflation falls"."""
        flat = self.flat
        low = flat.lower(first)
        if low == "amid":
            return True
        verb = next((t for t in range(first + 1, last + 1) if flat.tag(t) in FINITE), None)
        return low in ("as", "while") and verb is not None and flat.tag(verb) == "VBD"
