"""Cue verbs as they are used in the text, outside quotes.

The lexicon (:mod:`service.pipeline.cues`) lists which words can report a statement; whether
a word does so here, and is not a noun, a passive, an infinitive or a name ("a band called
..."), depends on its tags and neighbours, which is what this module decides.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from service.pipeline import lexicon as lx
from service.pipeline.cues import CueEntry, CueLexicon
from service.pipeline.positions.tokens import (
    AUX,
    BE,
    EVIDENCE_HEADS,
    EVIDENCE_SOURCES,
    MONTHS,
    NP_PREPS,
    NP_TAGS,
    OPENING_MARKS,
    POLLED,
    SUBORDINATORS,
    WEEKDAYS,
    FlatTokens,
)

_NEGATIONS = frozenset({"not", "n't", "n’t"})
# Verbs of aspect before an infinitive cue: "continued to insist" reports what was insisted.
_ASPECT_VERBS = frozenset({"continue", "continues", "continued", "continuing"})
_NOT_SPEECH_AFTER_GO_ON = frozenset({"for", "with", "about", "until", "in", "at", "like", "and"})


@dataclass(frozen=True, slots=True)
class Cue:
    """A cue as written: token range [first, last] (auxiliary included), its lemma."""

    first: int
    last: int
    lemma: str
    weak: bool
    according: bool = False
    family: str = "speech"
    infinitive: bool = False


# Texts one acts "per", not sources: "Per the Constitution,", "per the Geneva Conventions."
_NO_SOURCE_AFTER_PER = frozenset(
    "constitution conventions convention treaty charter act law laws code rules rule regulations bylaws".split()
)


_ARTICLES = frozenset({"the", "a", "an", "this", "that", "these", "those"})


class CueFinder:
    """Finds cue verbs outside quotes; auxiliaries are folded into the cue span ("has said")."""

    _LOOSE_NOUN_FORMS = frozenset({"say", "says", "said", "told", "warns", "insists", "urges", "claims", "denies"})

    # with "up" a phrasal verb of being there or of helping, not of saying ("showed up at the rally",
    # "backing up their endorsements with manpower")
    _NOT_SPEECH_WITH_UP = frozenset(
        {"show", "shows", "showed", "shown", "showing", "back", "backs", "backed", "backing"}
    )

    # "-s" forms the tagger reads as plural nouns right after a name ("CBS News reports that", "Trump
    # supports squeezing out ..."), where they are verbs; nouns that name things said or done ("the
    # Benghazi attacks", "Comey's remarks", "party rules") are left out
    _VERBS_AFTER_A_NAME = frozenset(
        "reports notes feels supports finds argues believes thinks wants suggests writes tells explains adds"
        " predicts hopes fears reveals signals hints favors welcomes rebuts envisions encourages opposes backs"
        " endorses accuses blames admits acknowledges concludes contends maintains agrees recalls projects".split()
    )
    _OBJECT_STARTS = frozenset({"DT", "NNP", "NNPS", "VBG", "PRP", "PRP$", "JJ", "CD", "NNS"})
    # verbs of evidence the tagger reads as nouns after "poll", "study", "data"
    _EVIDENCE_VERBS = frozenset({"show", "shows", "finds", "suggests", "indicates", "reveals"})

    # read as nouns after a plural or a share ("40 percent support Trump", "Republicans oppose it")
    _STANCE_AFTER_PLURAL = frozenset({"support", "oppose", "favor", "favour", "back"})

    def __init__(self, lexicon: CueLexicon) -> None:
        self._lexicon = lexicon

    @staticmethod
    def _plural_subject(flat: FlatTokens, i: int) -> bool:
        """A plural noun, a share or the people a poll asked ("the senators surveyed support ...")
        right before, and an object (not "for"/"of") right after."""
        prev = flat.lower(i - 1)
        # after "surveyed"/"questioned" a noun right after makes a compound: "questioned support workers"
        polled = prev in POLLED and flat.tag(i + 1) not in ("NN", "NNS")
        plural = flat.tag(i - 1) in ("NNS", "NNPS") or prev in ("percent", "%") or polled
        nxt = flat.lower(i + 1)
        after = nxt not in NP_PREPS | {"among", "."} or (nxt == "at" and flat.lower(i + 2) in ("least", "most"))
        return plural and after and flat.sent[i - 1] == flat.sent[i]

    @staticmethod
    def _evidence_shows(flat: FlatTokens, i: int) -> bool:
        """ "The new poll shows Trump far ahead": "show(s)" read as a noun right after a poll, a survey
        or data, with something shown after it, is the verb."""
        return (
            flat.tag(i).startswith("NN")
            and flat.lower(i) in CueFinder._EVIDENCE_VERBS
            and flat.lower(i - 1) in EVIDENCE_SOURCES
            and flat.lower(i + 1) not in NP_PREPS | {".", ",", ";", ":", ""}
        )

    @classmethod
    def _verb_after_a_name(cls, flat: FlatTokens, i: int) -> bool:
        """ "Viguerie notes that ...", "The Washington Post reports that ...": an "-s" form read as a
        plural noun after a name that is not a possessor's, with a clause or an object after it. A role
        ending a described person counts as the name ("a Carrier executive tells employees ...")."""
        if not (flat.tag(i) == "NNS" and flat.lower(i) in cls._VERBS_AFTER_A_NAME):
            return False
        if flat.tag(i - 1) not in ("NNP", "NNPS") and not cls._described_person_before(flat, i):
            return False
        if flat.lower(i + 1) == "that":
            clause = not flat.tag(i + 2).startswith("VB") and flat.tag(i + 2) != "MD"  # "CIA reports that warned"
        else:
            clause = flat.tag(i + 1) in cls._OBJECT_STARTS
        # the name opens its clause: not "$20 billion of Treasury notes", "sold Treasury notes"
        k = i - 1
        while k > 0 and flat.tag(k - 1) in ("NNP", "NNPS", "JJ") and flat.sent[k - 1] == flat.sent[i]:
            k -= 1  # "former Louisiana Rep. David Duke reports that"
        if flat.lower(k) in WEEKDAYS | MONTHS and k < i - 1:
            k += 1  # "On Tuesday Bloomberg reports that": the name after the time phrase
            if flat.lower(k - 2) in ("on", "in") and flat.sent[k - 2] == flat.sent[i]:
                return clause
        if k == 0 or flat.sent[k - 1] != flat.sent[i]:
            return clause
        opener = flat.tag(k - 1) in ("DT", ",", "CC", ":", "''", "``", "RB") or flat.lower(k - 1) in SUBORDINATORS | {
            "that"
        }  # "Meanwhile Reuters reports that", "It's not that Cruz feels he ..."
        return clause and opener

    @staticmethod
    def _described_person_before(flat: FlatTokens, i: int) -> bool:
        """A singular role noun after a determiner ends the words before ``i``: "a Carrier executive",
        "the spokesman". Only a singular: "the executive reports" would be the documents."""
        k = i - 1
        if flat.tag(k) != "NN" or flat.lower(k) not in lx.ROLE_HEADS:
            return False
        while k > 0 and flat.tag(k - 1) in ("NNP", "NNPS", "JJ", "NN") and flat.sent[k - 1] == flat.sent[i]:
            k -= 1
        return k > 0 and flat.lower(k - 1) in ("a", "an", "the") and flat.sent[k - 1] == flat.sent[i]

    @staticmethod
    def _shows_at_clause_end(flat: FlatTokens, i: int) -> bool:
        """ "..., new fundraising reports show.": "show(s)" read as a noun after a plural common
        noun and right before the full stop is the verb of a postposed evidence clause. Kept apart
        from :meth:`_plural_subject`, which wants an object after the verb and so excludes the stop."""
        return (
            flat.tag(i).startswith("NN")
            and flat.lower(i) in ("show", "shows")
            and flat.tag(i - 1) == "NNS"
            and flat.lower(i + 1) == "."
        )

    def __call__(self, flat: FlatTokens, inside: Sequence[bool]) -> list[Cue]:
        cues: list[Cue] = []
        lookup = self._lexicon.lookup
        for i, low in enumerate(flat.lows):
            hit = lookup(low)
            phrase = self._phrase(flat, inside, i, hit[0]) if hit is not None and not inside[i] else None
            if low == "in" and phrase is None:
                # "in" is a cue only in "in the words of", or where it names a poll or study as the
                # source ("... Obama leads by 28 points in the same poll")
                if not inside[i] and self._poll_after(flat, i):
                    cues.append(Cue(i, i, "in", weak=False, according=True, family="evidence"))
                continue
            if low == "per" and not inside[i] and self._names_a_source_after_per(flat, i):
                # "Per the FAA, ground stops are in effect", "..., per Reuters.": "according to"
                cues.append(Cue(i, i, "per", weak=False, according=True, family="according"))
                continue
            if hit is None or inside[i]:
                continue
            if phrase is not None and phrase.source_after:
                last = i + len(phrase.rest)
                cues.append(Cue(i, last, phrase.lemma, weak=False, according=True, family=phrase.family))
                continue
            entry = phrase or hit[1]
            if low in _ASPECT_VERBS and flat.lower(i + 1) == "to" and lookup(flat.lower(i + 2)) is not None:
                continue  # "continued to insist that ...": the cue is the verb after "to"
            if entry is not None and entry.lemma == "go on" and self._goes_on_without_speech(flat, i):
                continue  # "the rally went on for hours", "went on to win": no statement
            # a phrasal verb right after its subject is a verb whatever the tag ("Cole shot back")
            phrasal = phrase is not None and phrase.rest and flat.tag(i - 1) in ("NNP", "PRP")
            if entry is None or not (self._verbal(flat, i) or phrasal):
                continue
            # "has not continued to push for": the aspect verb, its negation and auxiliary are the cue's
            head = i - 2 if flat.lower(i - 1) == "to" and flat.lower(i - 2) in _ASPECT_VERBS else i
            first = head
            j = head - 1
            while j >= 0 and flat.tag(j) in ("RB", "RBR") and j > head - 3:
                j -= 1
            while j >= 0 and flat.lower(j) in _NEGATIONS and j > head - 4:
                j -= 1
            if flat.lower(j) in AUX and flat.tag(j).startswith("VB"):
                first = j
            elif flat.tag(head) == "VBG" and flat.lower(j) in BE - {"be", "been", "being", "get", "got"}:
                first = j  # "is saying", "isn't saying", "is continuing to insist"
            last = i + len(entry.rest)
            cues.append(Cue(first, last, entry.lemma, entry.weak, family=entry.family, infinitive=entry.infinitive))
        return cues

    @staticmethod
    def _names_a_source_after_per(flat: FlatTokens, i: int) -> bool:
        """Does "per" open a name that ends its clause ("per the FAA,", "per Reuters.")? Not "$5 per
        share", "per cent", "as per the agreement" (no name), nor "per the FAA's rules on ..."."""
        if flat.lower(i - 1) in ("as", "$") or flat.tag(i - 1) == "CD":
            return False
        for k in range(i + 1, min(len(flat), i + 8)):
            if flat.lower(k) in (",", ".", ";", ")"):
                # the name itself ends the phrase: not "per Metro zone", "Per FAA rules", "Per the Constitution"
                last = k - 1
                return (
                    last > i
                    and flat.tag(last) in ("NNP", "NNPS")
                    and flat.lower(last) not in _NO_SOURCE_AFTER_PER
                    and flat.sent[k] == flat.sent[i]
                )
            if flat.tag(k) not in NP_TAGS or flat.tag(k) == "POS":
                return False
        return False

    @staticmethod
    def _poll_after(flat: FlatTokens, i: int) -> bool:
        """ "in" + a noun phrase headed by "poll", "survey", "study" that ends its clause."""
        for k in range(i + 1, min(len(flat), i + 9)):
            if flat.lower(k) in EVIDENCE_HEADS:
                nxt = flat.lower(k + 1)
                return nxt in ("", ",", ".", ";", ")") and flat.sent[k] == flat.sent[i]
            if flat.tag(k) not in NP_TAGS and flat.tag(k) != "HYPH":
                return False
        return False

    @staticmethod
    def _phrase(flat: FlatTokens, inside: Sequence[bool], i: int, phrases: Sequence[CueEntry]) -> CueEntry | None:
        """The longest phrase cue starting at token ``i`` ("called for", "according to")."""
        for entry in phrases:
            n = len(entry.rest)
            words_match = all(flat.lower(i + 1 + k) == w and not inside[i + 1 + k] for k, w in enumerate(entry.rest))
            if words_match and n and flat.sent[i + n] == flat.sent[i]:
                return entry
        return None

    @staticmethod
    def _names_a_thing(flat: FlatTokens, i: int) -> bool:
        """Is the participle at ``i`` a reduced relative after an indefinite noun ("a band
        called Sophistafunk", "a blog, called the “Feed,”")?"""
        k = i - 1 - (1 if flat.lower(i - 1) == "," else 0)
        if flat.tag(k) not in ("NN", "NNS"):
            return False
        article = next((t for t in range(k - 1, max(0, k - 4) - 1, -1) if flat.lower(t) in ("a", "an")), None)
        if article is None:
            return False
        # not a subject's apposition, whose verb it is: "Samia Ayari, a former labor minister, called the ruling ..."
        # (but "Police arrested Tom Reed, a builder, called a “monster” by the judge": an object's)
        name = article - 2
        while name > 0 and flat.tag(name - 1) in ("NNP", "NNPS"):
            name -= 1
        subject = flat.tag(article - 2) in ("NNP", "NNPS") and not flat.tag(name - 1).startswith("VB")
        return not (flat.lower(i - 1) == "," and flat.lower(article - 1) == "," and subject)

    def _goes_on_without_speech(self, flat: FlatTokens, i: int) -> bool:
        """ "went on for hours", "went on to win" — but "went on to call Cruz “the worst”" goes on
        to a cue of its own."""
        nxt = flat.lower(i + 2)
        if nxt == "to":
            return self._lexicon.lookup(flat.lower(i + 3)) is None
        return nxt in _NOT_SPEECH_AFTER_GO_ON

    @staticmethod
    def _ends_a_quote_clause(flat: FlatTokens, i: int) -> bool:
        """Is token ``i`` the last word of a short clause right after a closing quote, after its
        subject's noun (or a noun the tagger read as an adjective): "”, the document states."?"""
        if flat.tag(i - 1) not in ("NN", "NNS", "NNP", "JJ") or flat.lower(i + 1) not in (".", ","):
            return False
        first = flat.sent_range[flat.sent[i]][0]
        for k in range(i - 1, max(first, i - 10) - 1, -1):
            if flat.tokens[k].text in ("”", '"') or (flat.lower(k) == "'" and flat.lower(k - 1) == "'"):
                return True
            if flat.tokens[k].text in (".", ";", ":") or flat.tag(k).startswith("VB"):
                return False
        return False

    @staticmethod
    def _modifies_the_noun_after(flat: FlatTokens, i: int) -> bool:
        """Is the participle at ``i`` inside a noun phrase, after an article, a possessive or a
        number that itself follows one ("the proposed cuts", "her five proposed bills", "won 1,280
        pledged delegates")? A determiner or number standing alone is the subject instead ("Some
        said ...", "Two told reporters ...")."""
        if flat.tag(i + 1) not in ("NN", "NNS") or flat.tag(i + 2) == "NNP":
            return False  # "4 in 10 said billionaire Donald Trump would ..."
        prev = i - 1
        if flat.lower(prev) in ("the", "a", "an", "those", "these") or flat.tag(prev) == "PRP$":
            return True
        before = flat.tag(prev - 1) if prev > flat.sent_range[flat.sent[prev]][0] else ""
        return flat.tag(prev) == "CD" and before in ("PRP$", "DT", "VBD", "VBZ", "VBP", "VB", "IN", "TO")

    def _verbal(self, flat: FlatTokens, i: int) -> bool:
        """Is this form used as an active, finite-or-participial verb here?"""
        tag, low = flat.tag(i), flat.lower(i)
        if tag.startswith("NN") and flat.tokens[i].text[:1].isupper():
            if i == flat.sent_range[flat.sent[i]][0]:
                return low in ("said", "says") and flat.tag(i + 1) == "NNP"  # "Said Ellis: ..."
            # "Lindsey Graham Says", "Christie Calls Clinton ..." in a title-case headline
            return flat.tag(i - 1) == "NNP" and flat.headline(flat.sent[i])
        if tag == "NN" and low in self._STANCE_AFTER_PLURAL and self._plural_subject(flat, i):
            return True
        if self._shows_at_clause_end(flat, i) or self._evidence_shows(flat, i) or self._verb_after_a_name(flat, i):
            return True
        if ((tag == "NNS" and low.endswith("s")) or (tag == "NN" and low == "read")) and self._ends_a_quote_clause(
            flat, i
        ):
            return True  # '“Hi Americans!” a welcome message on the website reads.': a verb, not a plural

        if (
            tag == "NN"
            and low.endswith("ing")
            and flat.lower(i - 1) == ","
            and (
                flat.lower(i + 1) in (":", "that") or (flat.lower(i + 1) == "," and flat.lower(i + 2) in OPENING_MARKS)
            )
        ):
            return True  # 'fired back, writing, “...”': a participle the tagger read as a noun
        if not tag.startswith("VB") and not (tag.startswith("NN") and low in self._LOOSE_NOUN_FORMS):
            return False
        if not tag.startswith("VB") and (
            flat.tag(i - 1) in ("POS", "PRP$")
            or flat.lower(i - 1) in _ARTICLES
            or (low == "say" and flat.tag(i - 1) in ("VB", "VBZ", "VBP", "VBD"))
            or (flat.tag(i - 1) == "DT" and flat.tag(i + 1) in ("VBD", "VBZ", "VBP", "MD"))
        ):
            # a noun after an owner or an article: "Trump's claims about the vote", "their say", "have a say", and
            # after a quantifier before its verb ("Both claims are false"); but a quantifier before the cue's object
            # is its subject ("Each claims to have offered the lowest price")
            return False
        if low == "say" and flat.lower(i - 1) == "," and flat.lower(i + 1) == ",":
            return False  # "no better than, say, the old plan": for example
        if low in ("believe", "trust") and flat.lower(i + 1) == "me" and flat.lower(i + 2) in (".", ",", "!", ""):
            return False  # "..., believe me.": an interjection, not a belief
        if low == "told" and flat.lower(i - 1) == "all" and flat.lower(i + 1) == ",":
            return False  # "All told, up to 5 million people could be eligible": in total
        if low in self._NOT_SPEECH_WITH_UP and flat.lower(i + 1) == "up":
            return False
        if low == "known" and flat.lower(i + 1) in ("as", "online", "locally"):
            return False  # "Lazar, known online as “Guccifer”": a name, not a belief
        if low in ("know", "knew", "knows", "known") and self._as_far_as_before(flat, i):
            return False  # "as far as the company knew": a hedge on the sentence's statement, not one of its own
        if low in ("called", "dubbed", "titled", "entitled", "named") and self._names_a_thing(flat, i):
            return False  # "a popular play called “Los Hijos de Trump”": a title, not a statement
        if tag in ("VBN", "VBD") and self._modifies_the_noun_after(flat, i):
            return False  # "her five proposed bills", "the proposed cuts": an adjective before its noun
        prev = i - 1
        while prev >= 0 and flat.tag(prev) in ("RB", "RBR"):
            prev -= 1
        if flat.lower(prev) == "to" and flat.lower(prev - 1) not in _ASPECT_VERBS and tag not in ("VBD", "VBZ"):
            # "refused to say", "to insist": an intention, not a statement; "continued to say" is
            # one, and so is "said" after "the residents we spoke to"
            return False
        if tag == "VBN" and self._describes_an_apposition(flat, i):
            return False  # "..., a figure expected to double by 2058": a passive describing the noun before
        # passive: "was described as", "rejected by the US"
        return not (tag == "VBN" and (flat.lower(prev) in BE or flat.lower(i + 1) == "by"))

    @staticmethod
    def _as_far_as_before(flat: FlatTokens, i: int) -> bool:
        """Does "as far as" open the clause of the verb at ``i``, a few words before it ("as far as the company
        knew", "as far as we know")?"""
        return any(
            (flat.lower(k), flat.lower(k + 1), flat.lower(k + 2)) == ("as", "far", "as")
            for k in range(max(0, i - 7), i - 2)
        )

    @staticmethod
    def _describes_an_apposition(flat: FlatTokens, i: int) -> bool:
        """Is the participle at ``i`` part of an apposition after a comma, right after its noun and before "to"
        or "as" (", a figure expected to double", ", a move seen as a snub")?"""
        if flat.lower(i + 1) not in ("to", "as") or flat.tag(i - 1) not in ("NN", "NNS"):
            return False
        k = i - 1
        while k > 0 and flat.tag(k - 1) in ("NN", "NNS", "JJ") and i - k < 4:
            k -= 1
        return flat.lower(k - 1) in ("a", "an", "the") and flat.lower(k - 2) == ","
