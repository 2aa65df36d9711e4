"""Pass 2 of the actor finder, second half: a run of name-like tokens split into an optional qualifier, a title
and the name ("NATO | Secretary General | Jens Stoltenberg", "AC Milan | George Weah", "Ohio | Gov. | John
Kasich"), the candidates made of its name-bearing parts, and the roles read around a name: lower-case titles
before it ("Kremlin spokesman Dmitry Peskov") and appositions after it ("Wendy Sherman, the US deputy
secretary of state, ...").
"""

from __future__ import annotations

import re

from service.pipeline import lexicon as lx
from service.pipeline.actors.candidates import BY_CONTEXT, UNKNOWN, Candidate
from service.pipeline.actors.tokens import (
    APPOSITION_STOPS,
    DETERMINERS,
    LOCATION_PREPOSITIONS,
    OPENERS,
    POSSESSIVE,
    acronym_shaped,
    has_hyphen,
    is_all_caps,
    is_capitalised,
    is_initial,
    is_name_suffix,
    modifies_a_noun,
    norm,
    word_form,
)
from service.pipeline.actors.vocabulary import Vocabulary, club_like, company_ending, hyphen_head
from service.pipeline.document import Document, Sentence, Token

_CLAUSE_TAGS = frozenset({"WP", "WDT", "VBD", "VBZ", "VBP", "MD"})
_POSSESSIVE_PRONOUNS = frozenset({"its", "their"})
_PEOPLE_NOUNS = lx.ROLE_HEADS | lx.PERSON_DESCRIPTIONS
# Words of an office after an org head and "of" ("Ministry of Justice", "Office of the Secretary of State")
_OFFICE_COMPLEMENT_WORDS = lx.ROLE_WORDS | lx.ORG_CONNECTORS
_TIME_MODIFIERS = frozenset({"former", "then", "ex", "outgoing", "incoming"})
_PAST_ROLE_WORDS = frozenset({"former", "ex"})  # a role starts at them
# Prepositions after which a name is where something is, never whom an apposition after it describes ("grew up in
# Tottenham, the daughter of ..."); not "from", "towards" or "into", which people follow too.
_PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "inside"})
# The second word of a two-word honorific ("Datuk Seri Anwar Ibrahim"), no title alone.
_SECOND_TITLES = frozenset({"seri"})
# Lower-case kinds of body written right before a body's name ("campaign group Save Our Fields"): dictionary
# words after one are the name.
_KINDS_BEFORE_A_NAME = frozenset({"group", "charity", "firm", "company", "organisation", "organization", "campaign"})
# Kinds of political body, whose names a description may open ("Hungary's opposition Civic Renewal party")
_PARTY_KINDS = frozenset({"party", "alliance", "coalition", "bloc"})
_AUXILIARIES = frozenset({"has", "have", "had", "will", "would", "is", "was"})
# Words that describe a party before its name ("the ruling Law and Justice party")
_POLITICAL_WORDS = frozenset(
    "opposition ruling governing nationalist conservative liberal centrist populist socialist communist separatist"
    " far-right far-left centre-right centre-left center-right center-left right-wing left-wing eurosceptic".split()
)
# Kinds of body written after a name the dictionary holds, between "the" and the kind ("the Black Lynx group")
_KINDS_AFTER_A_NAME = frozenset({"group", "gang", "collective", "movement", "militia"}) | _PARTY_KINDS
# Last words of laws, plans and tales that are also surnames ("Trade Union Bill", "Green New Deal", "Local Legend").
_SURNAME_LIKE_THINGS = frozenset({"bill", "deal", "legend", "tower"})
# Verbs that make the words before them a source, in running text (lower case): past forms and "says", not the
# say-verbs that are also plural nouns ("Rust Belt states", "Housing Benefit claims") nor those a book or a
# theory takes ("Animal Farm tells", "Modern Monetary Theory argues", "Project Fear warns").
_STATEMENT_VERBS = frozenset("said says told announced warned claimed argued insisted".split())

# Titles that may stand inside a name run after a place or body ("Ohio Gov.", "Harvard Prof.").
_INSIDE_TITLES = frozenset("mr mrs ms gov sen rep gen lt col sgt capt cmdr adm dr prof rev cpl det supt insp".split())
# A capitalised word opening a sentence that is no qualifier of the title after it ("Under Mrs. Clinton's plan").
_LEADING_FUNCTION_WORDS = frozenset(
    "under with during as after before for from by to at in on when while like unlike but and then since"
    " about against without between among if because although".split()
)
# Words opening a role's short complement before a comma and the name ("the lawyer for the family, ...", "the
# senator representing Ondo South, ..."); not "from"/"in": "a student from Fresno, Calif." goes on with the
# town's state, not a name.
_ROLE_COMPLEMENT_OPENERS = (lx.ROLE_COMPLEMENTS - {"from", "in"}) | {"representing"}
# Tags of the words of a role's short complement ("lawyer for *the family*", "head of *the agency's board*").
_COMPLEMENT_TAGS = frozenset({"DT", "JJ", "NN", "NNS", "NNP", "NNPS", "POS", "PRP$", "CC"})
# Words after a name's comma that open no description of it but a list ("Bill Clinton, and her daughter").
_NOT_AN_APPOSITION = frozenset({"and", "or", "but", "nor", "like"})
# Words before "a/the <role>, <name>" that make the phrase no description of the name.
_NOT_BEFORE_A_ROLE = frozenset({"like", "after", "before", "with", "than", "and", "or", "unlike", "to", "for", "from"})
_POSSESSORS = frozenset({"his", "her", "their", "its", "our", "my"})
# Nouns for one person of a nation that no suffix shows ("Swede", "Kiwi"; "Frenchman" and "Spaniard" do).
_NATIONAL_NOUNS = frozenset({"Swede", "Serb", "Croat", "Aussie", "Kiwi", "Brit"})
_DANGLING = frozenset({"of", "for", "at", "in", "on", "to", "and", "the"})
_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")  # "N.T.", "A.P.J."


def body_speaks(toks: tuple[Token, ...], run: list[int]) -> bool:
    """Is the run a body that speaks: the subject of a statement verb in running text (lower case: not a
    headline's "Top Officials Say"), described as a kind of body or naming one, the body a spokesperson speaks
    for, or what "according to" cites (a law or a legend is no body: the caller checks the name's last word)?"""
    after, k = run[-1] + 1, run[0]
    if k > 0 and toks[k - 1].text.casefold() in LOCATION_PREPOSITIONS:
        return False  # "People in Fort Pierce said": a place
    if after + 3 < len(toks) and toks[after].text == "(" and toks[after + 2].text == ")":
        after += 3  # past its acronym: "The Convention of Scottish Local Authorities (Cosla) said"
    if after < len(toks) and toks[after].text in _STATEMENT_VERBS:
        return True
    if after + 2 < len(toks) and toks[after].text == "," and toks[after + 1].text.casefold() in ("a", "an"):
        # "Judicial Watch, a conservative group, said": an apposition naming a kind of body
        close = next((m for m in range(after + 2, min(len(toks), after + 7)) if toks[m].text == ","), None)
        if close is not None and toks[close - 1].text.casefold() in lx.ORG_KINDS:
            return True
    if k >= 3 and toks[k - 1].text.casefold() == "the" and toks[k - 2].text == ",":
        # "A consumer group, the Digital Rights Collective, said": the name of a kind of body in apposition
        return toks[k - 3].text.casefold() in lx.ORG_KINDS
    before = [t.text.casefold() for t in toks[max(0, k - 2) : k]]
    return before in (["spokesman", "for"], ["spokeswoman", "for"], ["spokesperson", "for"], ["according", "to"])


class TitleSplitter:
    """Makes the candidates of one run: honorifics, titles, qualifiers and hyphenated compounds split off."""

    def __init__(self, vocab: Vocabulary) -> None:
        self._vocab = vocab

    def run_candidates(
        self,
        doc: Document,
        sentence: Sentence,
        run: list[int],
        acronym_links: dict[str, str],
        surnames: frozenset[int] = frozenset(),
        keep_past: bool = True,
    ) -> list[Candidate]:
        """Split a run into qualifier / title / name and make candidates of the name-bearing parts.

        ``surnames``: token indexes of role words already read as a family name ("Carla *King*"), which the
        title split must leave inside the name. ``keep_past``: a "former" before the run starts its role."""
        toks = sentence.tokens
        shouted = not any(t.text[:1].islower() for t in toks)
        while (
            run
            and toks[run[0]].text.casefold() in DETERMINERS
            and (shouted or not is_all_caps(toks[run[0]].text))
            and not (len(run) > 1 and toks[run[1]].text == ".")  # "A. Parore": an initial
        ):
            run = run[1:]  # a determiner is not part of a name, but "AN" in a mixed-case line is an acronym
        if not run:
            return []
        if self._level_before_lower_title(toks, run):
            run = run[:-1]  # "Bharatiya Janata Party State | president": the level is the title's, not a place's
        last = toks[run[-1]].text
        if len(run) >= 3 and last in lx.POST_NOMINALS and self._names_before_letters(toks, run):
            # "Jane Doyle MP", "Richard Tolley KC": the letters after a name make it a person's
            person = self._person_candidate(doc, sentence, run[:-1], acronym_links)
            if person is None:
                return []
            role = lx.POST_NOMINALS[last]
            if role is not None and role not in person.roles:
                person.roles.append(role)
            return [person]
        # "former Ohio Gov. Franklin Haskell": the role is a past one ("the former governor" is he, "the governor"
        # another), so the role starts at "former"; "Former Australia test batsman ...": it is no name. Other time
        # words ("outgoing", "then") are stripped but not kept: the outgoing governor is still "the governor".
        past = run[0] - 1 if keep_past and run[0] > 0 and toks[run[0] - 1].text.casefold() in _PAST_ROLE_WORDS else None
        while len(run) > 1 and toks[run[0]].text.casefold() in _TIME_MODIFIERS:
            if keep_past and past is None and toks[run[0]].text.casefold() in _PAST_ROLE_WORDS:
                past = run[0]
            run = run[1:]
        if past is not None and len(run) > 1 and toks[run[0]].text.rstrip(".").casefold() in lx.HONORIFIC_OFFICES:
            # "former Sen. Jim Webb": the office his honorific names is a past one; the run is read as usual
            # ("former Rep. Steve King of Iowa": the person ends at the surname)
            found = self.run_candidates(doc, sentence, run, acronym_links, surnames, keep_past=False)
            role = doc.text[toks[past].start : toks[run[0]].end]
            person = next((c for c in found if c.type == "person" and c.start <= toks[run[1]].start), None)
            if person is not None and role not in person.roles:
                person.roles.append(role)
            return found
        if not surnames:
            m, end = self._role_surname(sentence, run)
            if m:
                # "Rep. Carla King of Nebraska": the person ends at the surname (and a "Jr."); "of Nebraska"
                # is a separate name, not the complement of a title "King of".
                tail = run[end:]
                while tail and toks[tail[0]].text.casefold() in lx.ORG_CONNECTORS:
                    tail = tail[1:]
                head = self.run_candidates(doc, sentence, run[:end], acronym_links, frozenset({run[m]}))
                return head + (self.run_candidates(doc, sentence, tail, acronym_links) if tail else [])
        titled = self._title_inside(toks, run)
        if titled == 1 and toks[run[0]].text.casefold() in _LEADING_FUNCTION_WORDS:
            return self._plain_candidates(doc, sentence, run[1:], acronym_links)  # "Under Mrs. Clinton's plan"
        if titled:
            # "Ohio Gov. John Kasich", "Vermont Sen. Bernie Sanders": a place (or a party, a body)
            # qualifies the title of the person after it; the place is a name of its own
            person_part = self._plain_candidates(doc, sentence, run[titled:], acronym_links)
            role_end = titled
            while role_end + 2 < len(run) and (
                toks[run[role_end + 1]].text == "."
                or toks[run[role_end + 1]].text.rstrip(".").casefold() in _INSIDE_TITLES
            ):
                role_end += 1  # "Texas Lt. Gov. Dan Patrick": the role runs over both titles
            role_start = titled
            while role_start > 0 and toks[run[role_start - 1]].text.casefold() in lx.ROLE_MODIFIERS:
                role_start -= 1  # "Kiambu | Woman Rep | Anne Wamuratha": words of the title are no qualifier
            role = doc.text[toks[run[0] if past is None else past].start : toks[run[role_end]].end]
            for cand in person_part:
                if cand.type == "person" and role not in cand.roles:
                    cand.roles.append(role)
            qualifiers = self._plain_candidates(doc, sentence, run[:role_start], acronym_links) if role_start else []
            for cand in qualifiers:
                if cand.type in ("person", UNKNOWN) and not cand.common:
                    cand.type = "organization"  # "Harvard Prof. ...", "U.S. Air Force Gen. ...": a body, never a person
            return qualifiers + person_part
        lead = self._leading_title_length(toks, run)
        if 0 < lead < len(run) and toks[run[lead]].text in ("of", "for"):
            # "Secretary General of the North Atlantic Treaty Organization": a title and its organisation.
            return self._title_complement(doc, sentence, run, run[lead:], acronym_links)
        words = [word_form(toks[i]) for i in run]
        last = words[-1].casefold()
        if last in lx.PARTY_MEMBERS and run[0] > 0 and toks[run[0] - 1].text.casefold() in DETERMINERS:
            # "an Ohio Republican": a person's description, whose place is the only name
            return self._plain_candidates(doc, sentence, run[:-1], acronym_links) if len(run) > 1 else []
        if (
            len(run) > 1
            and is_all_caps(toks[run[-1]].text)
            and not is_all_caps(toks[run[0]].text)
            and self._vocab.lookup(" ".join(words[:-1])) is not None
            and not self._vocab.is_known(words)
        ):
            # "Japan NTT", "US FDA": a place qualifying an acronym is two names, not one
            head = self._plain_candidates(doc, sentence, run[:-1], acronym_links)
            return head + self._plain_candidates(doc, sentence, run[-1:], acronym_links)
        # "Ministry of Justice", "Office of the Secretary of State": a body whose complement is all office words, so
        # that the title split below would find no name in it (not "Centers for Disease Control Director Tom Frieden")
        body_of = (
            len(run) > 2
            and words[0].casefold() in lx.ORG_HEADS
            and words[0].casefold() not in lx.ROLE_HEADS
            and toks[run[1]].text in ("of", "for")
            # or ends in the office, with no holder's name after it: "Office of the Australian Information
            # Commissioner said"
            and (all(w.casefold() in _OFFICE_COMPLEMENT_WORDS for w in words[2:]) or last in lx.ROLE_HEADS)
        )
        if last in lx.ORG_HEADS or company_ending(last) or self._vocab.is_known(words) or len(run) == 1 or body_of:
            # "Massachusetts General Hospital", "General Motors Co.": a body's head ends the name, whatever titles
            # ("General") stand inside it
            return self._plain_candidates(doc, sentence, run, acronym_links)
        split = self._person_after_qualifier(toks, run)
        if split:
            # "AC Milan George Weah", "Moroccan Mohamed Benchaou": a club or nationality, then a person
            before: list[Candidate] = []
            label = None  # what the qualifier says the person is, for a later "the Frenchman"
            if words[split - 1].casefold() in lx.PARTY_MEMBERS:
                # "Kentucky Republican Mitch McConnell": the place is a name, "Kentucky Republican" a role
                label = " ".join(words[:split])
                if split > 1:
                    before = self._plain_candidates(doc, sentence, run[: split - 1], acronym_links)
            elif split > 1 or not self._vocab.is_demonym(words[0]):
                before = self._plain_candidates(doc, sentence, run[:split], acronym_links)
            else:
                label = words[0]  # "Frenchman Luc Baptiste"
            named = self._plain_candidates(doc, sentence, run[split:], acronym_links, force_person=True)
            for cand in named:
                if label is not None:
                    cand.roles.append(label)
            return before + named

        # Name = trailing words that are not title words; title = role words before it.
        k = len(run)
        while k > 0 and not self._is_role_word(toks, run, k - 1, surnames):
            k -= 1
        name_idx = run[k:]
        r = k
        while r > 0 and self._is_role_word(toks, run, r - 1, surnames):
            r -= 1
        role_idx = run[r:k]
        if name_idx and toks[name_idx[0]].text in POSSESSIVE:
            # "the U.S. Attorney's Office for the Southern District of Iowa": a post's office is a body, whatever
            # follows it
            return self._plain_candidates(doc, sentence, run, acronym_links)
        if not any(toks[i].text.casefold() in lx.ROLE_HEADS or hyphen_head(toks[i].text) for i in role_idx) or (
            r == 0 and len(name_idx) == 1 and all(is_all_caps(toks[i].text) for i in role_idx)
        ):
            # an abbreviated title alone before one word is more often a company's initials: "TD Ameritrade" (but
            # "Fine Gael TD Colm Brophy", "CM Mamata Banerjee")
            return self._plain_candidates(doc, sentence, run, acronym_links)
        qualifier_idx = run[:r]
        out: list[Candidate] = []
        if qualifier_idx and all(
            toks[i].text.rstrip(".").casefold() in lx.PERSON_TITLES and not toks[i].text.isupper()
            for i in qualifier_idx
        ):
            pass  # "Mr Justice Harlow": the honorific is the title's, no name (but "DPP Chairman" is a party)
        elif qualifier_idx:
            out.extend(self._plain_candidates(doc, sentence, qualifier_idx, acronym_links))
        if toks[role_idx[-1]].text in ("of", "for"):
            # "the Conservative MP for Wokingham": the title's seat or body, a holder only when named after it
            return out + self._title_complement(doc, sentence, role_idx, run[k - 1 :], acronym_links)
        role_complement = False
        while name_idx and toks[name_idx[0]].text.casefold() in lx.ORG_CONNECTORS:
            name_idx = name_idx[1:]  # "Secretary General of the North Atlantic Treaty Organization"
            role_complement = True
        if role_complement or not name_idx:
            if name_idx:
                out.extend(self._plain_candidates(doc, sentence, name_idx, acronym_links))
            return out
        while (
            len(role_idx) > 1
            and toks[role_idx[-1]].text.rstrip(".").casefold() in lx.PERSON_TITLES
            and toks[role_idx[-1]].text.rstrip(".").casefold() not in lx.ROLE_HEADS  # "Co-author Professor" stays
        ):
            role_idx = role_idx[:-1]  # "Criminologist Dr Helen Marsh": the honorific is no part of the role
        role_start = toks[(qualifier_idx or role_idx)[0] if past is None else past].start
        possessor = run[0] >= 2 and toks[run[0] - 1].text in POSSESSIVE and is_capitalised(toks[run[0] - 2].text)
        if not qualifier_idx and possessor:
            role_start = toks[run[0] - 2].start  # "Britain's Foreign Secretary Liz Truss"
        role = doc.text[role_start : toks[role_idx[-1]].end]
        person = self._person_candidate(doc, sentence, name_idx, acronym_links)
        if person is not None:
            person.roles.append(role)
            out.append(person)
        return out

    @staticmethod
    def _level_before_lower_title(toks: tuple[Token, ...], run: list[int]) -> bool:
        """Does the run end in "State", the level of a lower-case title after it, behind a body's head ("Bharatiya
        Janata Party State president")? Indian English capitalises the level; read with the run, the body became a
        place ("... Party State")."""
        after = run[-1] + 1
        if len(run) < 3 or after >= len(toks) or not toks[after].text.islower():
            return False
        return (
            toks[run[-1]].text.casefold() == "state"  # not "Los Angeles Unified School District superintendent"
            and toks[after].text in lx.ROLE_HEADS
            and toks[run[-2]].text.casefold() in lx.ORG_HEADS
        )

    @staticmethod
    def _title_inside(toks: tuple[Token, ...], run: list[int]) -> int:
        """Where a person's honorific stands inside ``run`` after capitalised words and before a
        name ("Ohio *Gov.* John Kasich"); 0 when it does not."""
        for k in range(1, len(run) - 1):
            tok = toks[run[k]]
            if tok.text.rstrip(".").casefold() not in _INSIDE_TITLES or is_all_caps(tok.text):
                continue  # abbreviated offices only: not "Notre Dame", "Little Miss Sunshine", "Prime Minister Sir"
            name = [m for m in run[k + 1 :] if toks[m].text != "."]
            if not name or not all(is_capitalised(toks[m].text) for m in name):
                return 0
            if all(is_capitalised(toks[m].text) and toks[m].text.rstrip(".").casefold() not in lx.PERSON_TITLES
                   for m in run[:k]):  # fmt: skip
                return k
            return 0
        return 0

    def _person_after_qualifier(self, toks: tuple[Token, ...], run: list[int]) -> int:
        """Where a person's name starts inside a run that opens with an organisation or a nationality
        (0: it does not). The person is a first name and one or two more words; the opening must look
        like an organisation (an acronym, a club word, an organisation head, a known name) or be a demonym. A
        rank in capitals is a title, not an acronym ("PC Daniel Okonjo", "DCI Jane Hill")."""
        opening = toks[run[0]].text.rstrip(".")
        if opening.casefold() in lx.PERSON_TITLES and (
            len(opening) > 2 or (opening.casefold() in lx.CAPITAL_RANKS and opening.isupper())
        ):
            return 0
        for k in range(1, len(run) - 1):
            if len(run) - k > 3:
                continue
            first = toks[run[k]]
            if not all(is_capitalised(toks[m].text) and toks[m].text.replace("-", "").isalpha() for m in run[k + 1 :]):
                continue  # "Korean Kim Soo-ah": a hyphenated given name is a name too
            rest = [word_form(toks[m]).casefold() for m in run[k:]]
            after = run[-1] + 1
            event = (
                rest[-1] in lx.NON_ACTOR_HEADS
                and after < len(toks)
                and toks[after].text.islower()
                and toks[after].tag in ("NN", "NNS")
            )
            if any(w in lx.ORG_HEADS or w in lx.ROLE_WORDS for w in rest) or event:
                # "Frankfurter Allgemeine Zeitung": a body's name; "Liberal MP Chantal Beaulieu": a title; "Hungarian
                # Davis Cup player": an event a noun after it is about (not "Australian Jason Day said")
                continue
            # a noun for one person of a nation needs no known first name after it ("Frenchman Luc Baptiste"),
            # nor does a nationality or a party before a name of words no dictionary holds ("Indian Neeraj
            # Chopra", "Ohio Democrat Sherrod Brown")
            given = len(rest) > 1 and not self._vocab.is_common(rest[0])  # "Sherrod" in "Sherrod Brown"
            uncommon = given and not any(self._vocab.is_common(w) for w in rest)
            labelled = (
                (k == 1 and self._national_noun(toks[run[0]].text))
                or (uncommon and k == 1 and self._vocab.is_demonym(toks[run[0]].text))
                or (given and toks[run[k - 1]].text.casefold() in lx.PARTY_MEMBERS)
            )
            if not is_capitalised(first.text) or (
                first.text.casefold() not in self._vocab.first_names and not labelled
            ):
                continue
            head = [word_form(toks[m]) for m in run[:k]]
            raw = [toks[m].text for m in run[:k]]
            if self._vocab.is_known([word_form(toks[m]) for m in run[k:]]):
                continue  # "American Red Cross": the words after the qualifier are a known body, not a person
            if head[-1].casefold() in lx.PARTY_MEMBERS:
                return k  # "Kentucky Republican Mitch McConnell": a party's member from a place
            if any(w.casefold() in lx.ROLE_WORDS or hyphen_head(w) for w in head):
                return 0  # "NATO Secretary General Jens Stoltenberg": a title, read by the role rules
            if all(is_initial(w) or _INITIALS.fullmatch(w) for w in raw) and not self._vocab.is_known(head):
                return 0  # "N.T. Rama Rao": the person's own initials, not a body's acronym ("U.S." is known)
            if (
                (k == 1 and self._vocab.is_demonym(head[0]))
                or any(acronym_shaped(w) for w in raw)
                or club_like(tuple(head))
                or head[-1].casefold() in lx.ORG_HEADS
                or self._vocab.is_known(head)
            ):
                return k
        return 0

    def _national_noun(self, word: str) -> bool:
        """A noun for one person of a nation or region ("Frenchman", "Spaniard", "Queenslander"), which
        only a person's name follows; an adjective ("French") also opens names of bodies."""
        if not self._vocab.is_demonym(word):
            return False
        stem = word.removesuffix("woman") if word.endswith("woman") else word.removesuffix("man")
        if stem != word:
            return self._vocab.is_demonym(stem)  # "Welshman", "Scotsman", but not "German"
        return word.endswith(("er", "ard")) or word in _NATIONAL_NOUNS

    def _title_complement(
        self, doc: Document, sentence: Sentence, title: list[int], rest: list[int], acronym_links: dict[str, str]
    ) -> list[Candidate]:
        """The candidates after a title's "of"/"for" (``rest``): its body or seat, then its holder when one is
        named ("Minister of Information Mohammed Idris", "Governor of the Central Bank of Nigeria Olayemi
        Cardoso"); a body that is a common word ("Information") makes no candidate that survives merging."""
        toks = sentence.tokens
        seat_title = bool(rest) and toks[rest[0] - 1].text.casefold() in lx.SEAT_TITLES  # "MP | for Wokingham"
        while rest and toks[rest[0]].text.casefold() in lx.ORG_CONNECTORS:
            rest = rest[1:]
        holder = self._holder_after_body(sentence, rest)
        if not holder:
            seats = self._plain_candidates(doc, sentence, rest, acronym_links) if rest else []
            if seat_title:
                for seat in seats:  # "the MP for Wokingham", "the MP for Chesham and Amersham": constituencies
                    if seat.type != "person" or seat.evidence < BY_CONTEXT:
                        seat.type, seat.evidence = "location", BY_CONTEXT
            return seats
        body = self._plain_candidates(doc, sentence, rest[:holder], acronym_links)
        person = self._person_candidate(doc, sentence, rest[holder:], acronym_links)
        if person is None:
            return body
        person.roles.append(doc.text[toks[title[0]].start : toks[rest[holder - 1]].end])
        return [*body, person]

    def _holder_after_body(self, sentence: Sentence, rest: list[int]) -> int:
        """Where the holder's name starts in the complement of a leading title ("Minister of | Information
        Mohammed Idris", "Governor of the | Central Bank of Nigeria Olayemi Cardoso"); 0: the complement is
        all body ("Secretary General of the | North Atlantic Treaty Organization"). The name is the last two or
        three capitalised words, none of them a title, an organisation head or a known name, after at least
        one word of the body, opened by a first name ("Mohammed"), or made of words no dictionary holds
        ("Olayemi Cardoso"), or, when a say-verb follows, the last two words ("Wale Edun said"); an honorific
        just before the name opens it."""
        toks = sentence.tokens
        after = rest[-1] + 1 if rest else 0
        speaks = after < len(toks) and toks[after].text.casefold() in lx.SAY_VERBS
        for k in range(max(1, len(rest) - 3), len(rest) - 1):
            names = [word_form(toks[m]) for m in rest[k:]]
            if toks[rest[k - 1]].text.casefold() in lx.ORG_CONNECTORS or not all(
                self._name_word(toks[m]) and w.casefold() not in lx.ORG_HEADS and norm(w) not in self._vocab.known
                for m, w in zip(rest[k:], names, strict=True)
            ):
                continue
            if (
                (names[0].casefold() in self._vocab.first_names and len(names) <= 3)
                or all(not self._vocab.is_common(w.casefold()) for w in names)
                or (speaks and len(names) == 2)
            ):
                honorific = toks[rest[k - 1]].text.rstrip(".").casefold() in lx.PERSON_TITLES
                return k - 1 if honorific and k > 1 else k  # "Speaker of the House | Rep. Paul Ryan"
        return 0

    def _leading_title_length(self, toks: tuple[Token, ...], run: list[int]) -> int:
        """How many tokens at the start of ``run`` form a title ("Secretary of State"); 0 without a role head."""
        k, has_head = 0, False
        while k < len(run):
            low = toks[run[k]].text.casefold()
            if low in lx.ROLE_WORDS or hyphen_head(low):
                has_head = has_head or low in lx.ROLE_HEADS or "-" in low
                k += 1
            elif low in ("of", "for") and k + 1 < len(run) and toks[run[k + 1]].text.casefold() in lx.ROLE_MODIFIERS:
                k += 2
            else:
                break
        return k if has_head else 0

    def _is_role_word(
        self, toks: tuple[Token, ...], run: list[int], k: int, surnames: frozenset[int] = frozenset()
    ) -> bool:
        if run[k] in surnames:
            return False
        low = toks[run[k]].text.casefold()
        if low in lx.ROLE_WORDS or hyphen_head(low):
            return True
        # "of"/"for" inside a title: "Secretary of State", "Inspector-General of Police"
        before = toks[run[k - 1]].text.casefold() if k > 0 else ""
        return low in ("of", "for") and 0 < k < len(run) - 1 and (before in lx.ROLE_WORDS or hyphen_head(before))

    def _role_surname(self, sentence: Sentence, run: list[int]) -> tuple[int, int]:
        """(position in ``run`` of a role word that is the family name of the given name before it, position
        just after the name and its suffixes), or (0, 0). A title is written before a name ("King Abdullah")
        or after "the" ("the King of Jordan"), never straight after a given name, and many role words are
        surnames too ("Steve King", "Rob Bishop", "Carl Pope", "John Major"). Only a word that ends the name
        qualifies: the last of the run, or followed just by a suffix ("Jr.") and/or "of <place>" that names
        no person (in "Carter Secretary of State Cyrus Vance" the role word opens a title). An honorific before
        the role word makes it a surname too ("Ms. King"; :meth:`.merging.Merger.merge` drops "Mr. President"
        unless the text names a President in full). Words that are mostly parts of longer titles ("Chief",
        "General", "Lord") are role modifiers and never qualify."""
        toks = sentence.tokens
        for m in range(1, len(run)):
            word = toks[run[m]]
            low = word_form(word).casefold()
            if low not in lx.ROLE_HEADS or low in lx.ROLE_MODIFIERS or not is_capitalised(word.text):
                continue
            end = m + 1
            while end < len(run) and is_name_suffix(toks[run[end]].text):
                end += 1
            if end < len(run):
                if toks[run[end]].text.casefold() not in ("of", "for"):
                    continue
                rest = tuple(word_form(toks[i]) for i in run[end + 1 :] if is_capitalised(toks[i].text))
                if not rest or self._vocab.classify(rest)[0] == "person":
                    continue
            title = toks[run[m - 1]].text.rstrip(".").casefold()
            if (title in lx.PERSON_TITLES and title not in lx.ROLE_WORDS) or self._given_name_at(sentence, run, m):
                return m, end  # "Mr. King" too: Merger.merge keeps it only if the text names a King in full
        return 0, 0

    def _given_name_at(self, sentence: Sentence, run: list[int], m: int) -> bool:
        """Do the words right before ``run[m]`` end in a given name (and middle names that are first names:
        "Martin *Luther*", "Billie *Jean*")? The given name is any name right after an honorific ("Rep.
        *Xochitl* King", "Dr. *Martin* Luther King"), or a known first name that is neither a place nor the
        start of one ("Jordan", "New Jersey"), in a line with lower-case words (in a Title Case headline
        "Chelsea Manager Sacked" is a club and a role) and not after a determiner ("the Reagan Secretary")
        or a place preposition ("in Hilton Head"). A full name before a post-nominal role is not a given
        name: "Frank Field MP"."""
        toks = sentence.tokens
        k = m - 1
        while k >= max(0, m - 4) and (self._name_word(toks[run[k]]) or is_initial(toks[run[k]].text)):
            k -= 1  # "Peter T. King": a middle initial is part of the given names
        at = [p for p in range(k + 1, m) if not is_initial(toks[run[p]].text)]
        names = [word_form(toks[run[p]]) for p in at]
        title = toks[run[k]].text.rstrip(".").casefold() if k >= 0 else ""
        title_case = not any(t.text[:1].islower() and t.text.casefold() not in self._vocab.stopwords for t in toks)
        for p, word in enumerate(names):
            if not all(w.casefold() in self._vocab.first_names for w in names[p + 1 :]):
                continue
            if at[p] == k + 1 and title in lx.PERSON_TITLES and title not in lx.ROLE_WORDS:
                return True
            before = toks[run[at[p]] - 1].text.casefold() if run[at[p]] > 0 else ""
            if (
                not title_case
                and word.casefold() in self._vocab.first_names
                and norm(word) not in self._vocab.known
                and not self._vocab.is_known(names[p:])
                and before not in DETERMINERS
                and before not in LOCATION_PREPOSITIONS
            ):
                return True
        return False

    def _name_word(self, tok: Token) -> bool:
        """A capitalised word that can be part of a personal name: not a title, an honorific or an initial."""
        low = word_form(tok).casefold()
        return (
            is_capitalised(tok.text)
            and tok.text.replace("'", "").replace("’", "").replace("-", "").isalpha()  # "O'Brien", "Smith-Jones"
            and len(tok.text) > 1
            and low not in lx.ROLE_WORDS
            and low not in lx.PERSON_TITLES
        )

    def _person_candidate(
        self, doc: Document, sentence: Sentence, run: list[int], acronym_links: dict[str, str]
    ) -> Candidate | None:
        cands = self._plain_candidates(doc, sentence, run, acronym_links, force_person=True)
        return cands[0] if cands else None

    def _plain_candidates(
        self,
        doc: Document,
        sentence: Sentence,
        run: list[int],
        acronym_links: dict[str, str],
        force_person: bool = False,
    ) -> list[Candidate]:
        """Candidates for a run without a title: honorific handled, hyphenated compounds split."""
        toks = sentence.tokens
        honorific: str | None = None
        first = toks[run[0]].text.rstrip(".").casefold()
        # A title in capitals is one only in running text and with three letters or more ("DCI Stevens"); "MS",
        # "DR" or a shouted "REP" are more often something else.
        shouted = is_all_caps(toks[run[0]].text) and (
            (len(toks[run[0]].text) < 3 and first not in lx.CAPITAL_RANKS)
            or not any(t.text[:1].islower() for t in toks)
        )
        # a rank in capitals before a firm's name or suffix is part of it: "DS Smith", "DI Water Ltd"; and such a
        # rank is one only in capitals: "Di Maio" is a name
        firm = first in lx.CAPITAL_RANKS and (
            company_ending(toks[run[-1]].text) or self._vocab.is_known([word_form(toks[i]) for i in run])
        )
        not_a_rank = first in lx.CAPITAL_RANKS and not toks[run[0]].text.isupper()
        if first in lx.PERSON_TITLES and len(run) > 1 and not shouted and not firm and not not_a_rank:
            honorific = first
            name_idx = run[1:]
            while len(name_idx) > 1 and (
                toks[name_idx[0]].text == "."
                or toks[name_idx[0]].text.rstrip(".").casefold() in lx.PERSON_TITLES
                or toks[name_idx[0]].text.casefold() in _SECOND_TITLES
            ):
                name_idx = name_idx[1:]  # "Lt. Gov. Dan Patrick": a second title is no name either
        else:
            name_idx = run
        if len(name_idx) == 1 and honorific is None:
            parts = self.hyphen_parts(toks[name_idx[0]], sentence)
            if parts is not None:
                return parts
        words = tuple(
            word_form(toks[i])
            for i in name_idx
            if toks[i].text != "." and not (len(toks[i].text) == 1 and toks[i].text.isupper() and len(name_idx) > 2)
        )
        if not words:
            return []
        start, end = toks[run[0]].start, toks[run[-1]].end
        evidence = BY_CONTEXT
        initialled = any(
            len(toks[i].text) == 1
            and toks[i].text.isupper()
            and k + 1 < len(name_idx)
            and toks[name_idx[k + 1]].text == "."
            for k, i in enumerate(name_idx[:-2])
        )
        if honorific is not None or force_person or initialled:  # "C. Harris", "Antony J. Blinken"
            kind: str = "person"
        else:
            raw = tuple(toks[i].text for i in name_idx if toks[i].text != ".")
            kind, evidence = self._vocab.classify(words, raw)
            if (
                kind == "drop"
                and len(words) > 1
                and self._role_before(toks, run[0])
                and not self._vocab.is_demonym(" ".join(words))
            ):
                # "Bucks coach Doc Rivers": dictionary words after a lower-case title ("coach") are a person's name
                kind, evidence = "person", BY_CONTEXT
            elif kind == "drop" and len(words) > 1 and self._named_after_a_role(toks, run):
                # "Its chief public affairs officer, Dustee Jenkins, said": a name in apposition to a person's role,
                # whatever dictionary holds its words
                kind, evidence = "person", BY_CONTEXT
            elif kind == "drop" and len(words) > 1 and run[0] > 0 and toks[run[0] - 1].text in _KINDS_BEFORE_A_NAME:
                # "passenger group Transport Focus", "the charity Save Our Fields": a body's kind before its name
                kind, evidence = "organization", BY_CONTEXT
            elif (
                kind == "drop"
                and len(words) > 1
                and not (len(words) == 2 and self._vocab.is_demonym(words[0]))  # "the Arab Spring movement"
                and self._kind_after_the_name(toks, run)
            ):
                # "the Black Lynx group claimed", "the Scattered Spider gang": the body's kind after its name
                kind, evidence = "organization", BY_CONTEXT
            elif (
                kind == "drop"
                and len(words) > 1
                # "The Highway Code says", "According to Local Legend": no body (the surname-like heads are not
                # in NON_ACTOR_HEADS, which would drop "Nathan Deal" and "John Legend")
                and words[-1].casefold() not in lx.NON_ACTOR_HEADS | _SURNAME_LIKE_THINGS
                # no person's given name before a last word, nor an office: "... Ranking Member Roger Wicker said";
                # nor a surname's particle ("Te Awa said")
                and not any(w.casefold() in self._vocab.first_names for w in words[:-1])
                and words[0].casefold() not in lx.NAME_PARTICLES
                and not any(w.casefold() in lx.ROLE_HEADS for w in words)
                and body_speaks(toks, run)
            ):
                # "Common Cause said", "a spokesman for Public Citizen": dictionary words that only a name would
                # capitalise, speaking
                kind, evidence = "organization", BY_CONTEXT
            if kind == "drop":
                return []
        cand = Candidate(start, end, doc.text[start:end], words, kind, sentence, honorific, evidence=evidence)
        # a plural of an office or a person noun is a common noun too, even one the dictionary lacks ("Headteachers")
        low = words[0].casefold()
        cand.common = len(words) == 1 and (
            self._vocab.is_common(low) or (low.endswith("s") and low[:-1] in _PEOPLE_NOUNS)
        )
        if kind in ("person", UNKNOWN) or len(words) > 1:
            self._attach_context_roles(doc, sentence, run, cand)
        after = run[-1] + 1
        if (
            after + 2 < len(toks)
            and toks[after].text == "("
            and toks[after + 2].text == ")"
            and is_all_caps(toks[after + 1].text)
            and len(words) > 1
            and self._may_abbreviate(toks[after + 1].text, cand)
        ):
            acronym_links[norm(toks[after + 1].text)] = self._vocab.canonical(cand, {})[2]  # the key its group has
        return [cand]

    def _may_abbreviate(self, acronym: str, cand: Candidate) -> bool:
        """Can "(ACRONYM)" after ``cand`` introduce its short form? Not when the acronym already names
        something else: "Picabo Street (U.S.)" gives a skier's country, not her initials."""
        known = self._vocab.lookup(acronym)
        return known is None or norm(known[1]) == norm(" ".join(cand.words))

    def hyphen_parts(self, token: Token, sentence: Sentence, after_a_name: bool = False) -> list[Candidate] | None:
        """ "Russia-Nato" -> Russia, Nato; "US-led" -> US. None when the token is not such a compound.
        ``after_a_name``: a capitalised word stands right before the token ("Cape Town-based")."""
        text = token.text
        if not has_hyphen(text) or norm(text) in self._vocab.known:
            return None
        out: list[Candidate] = []
        pieces = text.replace("‐", "-").replace("–", "-").split("-")
        known = self._vocab.lookup(pieces[0])
        if (
            len(pieces) == 2
            and pieces[1] in lx.HOME_SUFFIXES
            and is_capitalised(pieces[0])
            and pieces[0].isalpha()
            and ((known is not None and known[0] == "location") or not self._vocab.is_common(pieces[0].casefold()))
            and not after_a_name  # "Cape Town-based": the place is more than this word
        ):
            # "Coimbatore-based", "Leeds-headquartered": a place, known or not
            place = Candidate(token.start, token.start + len(pieces[0]), pieces[0], (pieces[0],), "location", sentence)
            place.evidence = BY_CONTEXT
            return [place]
        pos = 0
        for piece in pieces:
            kind = self._vocab.lookup(piece)
            if piece and is_capitalised(piece) and kind is not None and self._vocab.vouched_for(piece.casefold()):
                s = token.start + pos
                out.append(Candidate(s, s + len(piece), piece, (piece,), kind[0], sentence))
            pos += len(piece) + 1
        return out if out else None

    def _names_before_letters(self, toks: tuple[Token, ...], run: list[int]) -> bool:
        """Do the words before post-nominal letters name a person? Not a seat, which describes its holder ("the
        Cork South-West TD", "Cork South-West TD"), nor capitals."""
        described = run[0] > 0 and toks[run[0] - 1].text.casefold() in DETERMINERS
        opening = self._vocab.lookup(toks[run[0]].text)
        seat = opening is not None and opening[0] == "location"
        return not described and not seat and not any(toks[k].text.isupper() for k in run[:-1])

    @staticmethod
    def _named_after_a_role(toks: tuple[Token, ...], run: list[int]) -> bool:
        """Is ``run`` set off by commas right after a lower-case role ("its chief officer, <run>,")?"""
        k, end = run[0], run[-1]
        return (
            k >= 2
            and toks[k - 1].text == ","
            and TitleSplitter._role_before(toks, k - 1)
            and end + 1 < len(toks)
            and toks[end + 1].text == ","
        )

    @staticmethod
    def _kind_after_the_name(toks: tuple[Token, ...], run: list[int]) -> bool:
        """Do "the" (for a party, a political word: "opposition") and a kind of body enclose the run ("the Black Lynx
        group", "Hungary's opposition Civic Renewal party"), the kind ending the noun phrase: a
        verb, a stop, a possessive, a conjunction, a relative clause, or a time or place after it ("on Tuesday", "in
        Leeds", "behind the attack"); not "the World Cup group after", "the New Year group stage", "the Top Ten group
        of nations"?"""
        after = run[-1] + 1
        if not (run[0] > 0 and after < len(toks) and toks[after].text in _KINDS_AFTER_A_NAME):
            return False
        before = toks[run[0] - 1].text.casefold()
        if toks[after].text in _PARTY_KINDS:
            # a political word before it ("the ruling", "Hungary's opposition"), or the party speaking: not "the Super
            # Bowl party on Sunday"
            verb = after + 1 + (after + 2 < len(toks) and toks[after + 1].text.casefold() in _AUXILIARIES)
            speaks = verb < len(toks) and toks[verb].text in _STATEMENT_VERBS  # "said", "has said"; not "went on"
            return before in _POLITICAL_WORDS or (before == "the" and speaks)
        if before != "the":
            return False
        nxt = toks[after + 1] if after + 1 < len(toks) else None
        if nxt is None or nxt.tag.startswith(("VB", "MD", "POS", "CC", "W")) or nxt.text in (",", ".", ";", ")"):
            return True
        # a place or a time after it ("the Black Lynx group on Tuesday claimed", "the gang behind the attack"), not
        # another noun or a complement ("the New Year group stage", "the Top Ten group of nations", "the World Cup
        # group after beating Wales")
        return nxt.text in ("on", "in", "behind", "that", "which", "who")

    @staticmethod
    def _role_before(toks: tuple[Token, ...], k: int) -> bool:
        """Does a lower-case title end right before token ``k`` ("Bucks *coach* Doc Rivers")?"""
        return (
            k > 0
            and toks[k - 1].text.islower()
            and (toks[k - 1].text in lx.ROLE_HEADS or hyphen_head(toks[k - 1].text))
        )

    def _attach_context_roles(self, doc: Document, sentence: Sentence, run: list[int], cand: Candidate) -> None:
        """Roles around a name: "Kremlin spokesman <name>" and "<name>, the US ambassador to Nato,"."""
        toks = sentence.tokens
        k = run[0] - 1
        while k >= 0 and toks[k].text.islower() and (toks[k].text in lx.ROLE_WORDS or hyphen_head(toks[k].text)):
            k -= 1
        after = toks[run[-1] + 1] if run[-1] + 1 < len(toks) else None
        # not a one-word name that modifies a noun after it: "one major AI developer" ("major" is no rank there); a
        # full name is a person's whatever the tagger reads after it ("minister Carla Vidal disagreed" as a noun)
        modifier = len(run) == 1 and modifies_a_noun(after)
        if (
            k < run[0] - 1
            and (toks[run[0] - 1].text in lx.ROLE_HEADS or hyphen_head(toks[run[0] - 1].text))
            and not modifier
            # "activist investor Crestline Capital": a firm by its head, described, not a person
            and not (cand.type == "organization" and len(cand.words) > 1 and company_ending(cand.words[-1]))
        ):
            first = k + 1
            while k >= 0 and self._qualifier_word(toks, k):
                first = k
                k -= 1
            if first >= 2 and toks[first - 1].text in POSSESSIVE and is_capitalised(toks[first - 2].text):
                first -= 2  # "Russia's representative <name>"
            cand.roles.append(doc.text[toks[first].start : toks[run[0] - 1].end])
            cand.type = "person"
        elif run[0] >= 3 and toks[run[0] - 1].text == "," and cand.type in ("person", UNKNOWN):
            self._comma_role_before(doc, toks, run, cand)
        elif (
            run[0] >= 4
            and cand.type in ("person", UNKNOWN)
            and (run[-1] + 1 >= len(toks) or toks[run[-1] + 1].text not in ("and", "or"))  # not a list of people
            and (title := self._title_after_comma(toks, run[0]))
        ):
            # "The senator representing Ondo South, Chief Adebayo Ogunlade,", "The head of naval shipbuilding, Rear
            # Admiral Simon Keightley,": the description is his, past the title
            self._comma_role_before(doc, toks, [*title, *run], cand)
        elif (
            run[0] >= 3
            and toks[run[0] - 1].text == "named"
            and (toks[run[0] - 2].text in lx.ROLE_HEADS or toks[run[0] - 2].text in lx.PERSON_DESCRIPTIONS)
            and toks[run[0] - 3].text.casefold() in ("a", "an")
            and cand.type in ("person", UNKNOWN)
        ):
            # "a trader named Chinedu Okafor"; not "the lawmaker called Trump a liar"
            cand.roles.append(toks[run[0] - 2].text)
            cand.type = "person"
        if run[-1] + 1 < len(toks) and toks[run[-1] + 1].text == ",":
            self._role_after_name(doc, toks, run, cand)

    def _role_after_name(self, doc: Document, toks: tuple[Token, ...], run: list[int], cand: Candidate) -> None:
        """The description in apposition after a name and its comma ("<name>, the US ambassador to Nato,",
        "Maria Lopez, 45, a nurse at the hospital,", "Kelly Harrington, a mother of two,", "Garth Kowalski,
        an Albertan,"): its head, a role or a person's noun, comes before any complement."""
        # a name after a place preposition with no first name to make it a person's: "in Tottenham", not "from Donald
        # Trump, her rival"
        place = cand.type != "person" and cand.words[0].casefold() not in self._vocab.first_names
        if run[0] > 0 and toks[run[0] - 1].text.casefold() in _PLACE_PREPOSITIONS and place:
            return  # "She grew up in Tottenham, the daughter of Ghanaian parents": the description is hers
        j = run[-1] + 2
        if j < len(toks) and toks[j].text.casefold() == "aged":
            j += 1  # "Jim Hale, aged 52, a nurse,"
        if j + 1 < len(toks) and toks[j].tag == "CD" and toks[j + 1].text == "," and toks[j].text.isdigit():
            j += 2  # "Maria Lopez, 45, a nurse at the hospital,": the age stands before the role
        indefinite = j < len(toks) and toks[j].text.casefold() in ("a", "an")
        if j < len(toks) and toks[j].text.casefold() in DETERMINERS:
            j += 1
        begin = j
        if begin >= len(toks):
            return  # the sentence ends after the comma ("... The Commission ,")
        if toks[begin].tag in ("VBG", "VBN"):
            return  # "Clinton told AIPAC, referring to the business mogul": a participle, not a role
        if toks[begin].text.casefold() in _NOT_AN_APPOSITION:
            return  # "Bill Clinton, and her daughter", "Jack Dalrymple, his wife": somebody else
        has_head = complement = people_noun = False
        # "Jack Dalrymple, his wife, Betsy,": a possessive's kin is somebody else in a list
        possessed = toks[begin].text.casefold() in _POSSESSORS or toks[begin - 1].text.casefold() in _POSSESSORS
        while j < len(toks) and j - begin < 10 and toks[j].text not in APPOSITION_STOPS:
            if toks[j].tag in _CLAUSE_TAGS and toks[j].tag != "WP" and toks[j].tag != "WDT":
                return
            if toks[j].tag in ("WP", "WDT"):
                break
            low = toks[j].text.casefold()
            # the head comes before any complement: "the daughter of former President Bill Clinton" is no role
            inside_a_name = is_capitalised(toks[j - 1].text) and j + 1 < len(toks) and is_capitalised(toks[j + 1].text)
            complement = complement or (low in lx.ROLE_COMPLEMENTS and j > begin and not inside_a_name)
            # a role, a party's member, or a person's description ending its noun phrase ("Kelly Harrington,
            # a mother of two,"; not "Alphabet, the parent company of Google,")
            ends_phrase = j + 1 >= len(toks) or toks[j + 1].tag in ("IN", "WP", "WDT", ",", ".", ":")
            described = low in lx.PERSON_DESCRIPTIONS and ends_phrase and not possessed
            head = low in lx.ROLE_HEADS or low in lx.PARTY_MEMBERS or described or hyphen_head(low)
            has_head = has_head or (head and not complement)
            people_noun = people_noun or (head and not complement and (low in lx.ROLE_HEADS or described))
            j += 1
        while j - 1 > begin and toks[j - 1].text.casefold() in _DANGLING:
            j -= 1  # "co-author of “Red Star”": the role ends before the quoted title's preposition
        # "Garth Kowalski, an Albertan, said": a one-word demonym describes the person too
        has_head = has_head or (
            indefinite
            and j == begin + 1
            and is_capitalised(toks[begin].text)
            and self._vocab.is_demonym(toks[begin].text)
        )
        acronym = is_all_caps(cand.text.replace(".", "").replace(" ", ""))  # "Salem, N.H., resident ..."
        # "Fresno, Calif., a student": an abbreviated state after a town takes no description
        acronym = acronym or doc.text[cand.end : cand.end + 1] == "."
        # "Jane Media, a teacher in Leeds,": a person's description retypes a first name and a firm's word
        retype = cand.type == "organization" and self._vocab.surname_head(cand.words) and people_noun
        if has_head and j > begin and (cand.type in ("person", UNKNOWN) or retype) and not acronym:
            cand.roles.append(doc.text[toks[begin].start : toks[j - 1].end])
            cand.type = "person"

    @staticmethod
    def _title_after_comma(toks: tuple[Token, ...], start: int) -> list[int]:
        """The capitalised title between a comma and the name at ``start`` (", Rear Admiral | Simon Keightley"),
        ending in a role head; empty when none stands there."""
        k = start - 1
        while (
            k > 0
            and is_capitalised(toks[k].text)
            and (toks[k].text.casefold() in lx.ROLE_WORDS or toks[k].text.rstrip(".").casefold() in lx.PERSON_TITLES)
        ):
            k -= 1  # "The judge, Mr Justice Harlow,"
        if k == start - 1 or toks[k].text != "," or toks[start - 1].text.casefold() not in lx.ROLE_HEADS:
            return []
        return list(range(k + 1, start))

    def _comma_role_before(self, doc: Document, toks: tuple[Token, ...], run: list[int], cand: Candidate) -> None:
        """A description before a comma and the name: "its president, Vladimir Putin", "the alliance's chief,
        Jens Stoltenberg", "The Minister for Education, Norma Foley," (a title with a short complement), "The
        victim's mother, Sandra Kelly," (kin), "The Ohio governor, Mike DeWitt," (a qualifier), "An engineer, Ravi
        Kumar,". A determiner or possessive opens it; "Like a lawyer, Tom Hart said" is no description."""
        k = run[0] - 2
        end = k
        if toks[k].text.casefold() not in lx.ROLE_HEADS and toks[k].text.casefold() not in lx.PERSON_DESCRIPTIONS:
            # a place's complement ("Her longtime dealer in London, Antonia Fairweather-Lowe,") only before a
            # person's first name: "a student from Fresno, Calif., said" goes on with the town's state
            given = cand.words[0].casefold() in self._vocab.first_names
            k = self._head_before_complement(toks, k, places_too=given)
            if k < 0:
                return
        k -= 1  # past the head ("The victim's mother, Sandra Kelly,": kin is a head, no role word)
        # lower-case role words, adjectives and nouns ("Her longtime dealer", "Bihar's road construction minister"),
        # or a capitalised title ("The Minister for Education, Norma Foley,")
        while (
            k >= 0
            and toks[k].text[:1].isalpha()
            and (toks[k].text.casefold() in lx.ROLE_WORDS or (toks[k].tag in ("JJ", "NN") and toks[k].text.islower()))
        ):
            k -= 1
        if k >= 1 and toks[k].text in ("for", "of") and (head := self._head_before_complement(toks, end)) >= 0:
            # an office that is the complement of another: "President Delaney's nominee for labor secretary, Dolores
            # Arreola-Vance,"
            k = head - 1
            while k >= 0 and toks[k].text.islower() and toks[k].tag in ("JJ", "NN") and toks[k].text[:1].isalpha():
                k -= 1
        if k < 0:
            return
        named = k
        while (
            named >= 1
            and k - named < 5
            and is_capitalised(toks[named].text)
            and toks[named].text.casefold() not in ("the", "a", "an")  # "COLUMBUS — The Ohio governor, ..."
        ):
            named -= 1
        if named < k and toks[named].text.casefold() in ("the", "a", "an"):
            # "The Ohio governor, Mike DeWitt,", "The Lagos State Police Command spokesperson, Benjamin Hundeyin,": a
            # place or body qualifies the role
            k = named
        opener = toks[k].text.casefold()
        role = doc.text[toks[k + 1].start : toks[end].end]
        if opener in _POSSESSIVE_PRONOUNS:
            # "its": the nearest organisation or place named before, in this sentence
            for m in range(k - 1, -1, -1):
                text = toks[m].text
                if is_capitalised(text) and self._vocab.lookup(word_form(toks[m])) is not None:
                    cand.owner_hint = word_form(toks[m])
                    break
        elif opener in POSSESSIVE and k >= 1 and is_capitalised(toks[k - 1].text):
            owner = k - 1
            while (
                owner >= 1
                and is_capitalised(toks[owner - 1].text)
                and toks[owner - 1].tag in ("NNP", "NNPS")
                and toks[owner - 1].text.casefold() not in lx.NON_ACTOR_WORDS  # not "On Tuesday Britain's ..."
            ):
                owner -= 1  # "New Zealand's climate change minister", not "Zealand's"
            role = doc.text[toks[owner].start : toks[end].end]
        elif opener in POSSESSIVE and k >= 2 and toks[k - 1].tag == "NN" and toks[k - 2].text.casefold() == "the":
            role = doc.text[toks[k - 1].start : toks[end].end]  # "The family's lawyer, Aurelio Santangelo,"
        elif opener not in ("the", "his", "her", "their", "our", "a", "an"):
            return  # "An engineer, Ravi Kumar, said": an indefinite description names him too
        elif k > 0 and toks[k - 1].text.casefold() in _NOT_BEFORE_A_ROLE:
            return  # "Like a lawyer, Tom Hart said", "After the Minister, Simon Harris said"
        elif (
            k > 0
            and toks[k - 1].tag in ("IN", "TO", "VB", "VBG", "VBN", "VBD")  # "after meeting the new finance minister"
            and toks[k - 1].text.casefold() != "as"  # "As a nurse, Mary Byrne said": what she is
            and run[-1] + 1 < len(toks)
            and toks[run[-1] + 1].tag[:2] == "VB"
        ):
            # "Despite challenging the trustworthiness of the Republican majority leader, Cruz said": a phrase
            # before the subject, not an apposition (which a comma closes: "the resignation of Bihar's road
            # construction minister, Vinod Kumar Chaudhary, after ...")
            return
        cand.roles.append(role)
        cand.type = "person"

    @staticmethod
    def _head_before_complement(toks: tuple[Token, ...], end: int, places_too: bool = False) -> int:
        """Where the role head stands before a short complement ending at ``end`` ("the *lawyer* for the
        family, Aurelio Santangelo"); -1 when none does."""
        for p in range(end - 1, max(0, end - 5), -1):
            if toks[p].text in _ROLE_COMPLEMENT_OPENERS or (places_too and toks[p].text in ("in", "from")):
                inside = toks[p + 1 : end + 1]
                plain = all(t.tag in _COMPLEMENT_TAGS and t.text not in APPOSITION_STOPS for t in inside)
                return p - 1 if plain and toks[p - 1].text.casefold() in lx.ROLE_HEADS else -1
        return -1

    def _qualifier_word(self, toks: tuple[Token, ...], k: int) -> bool:
        """A capitalised word that belongs to a role ("*Kremlin* spokesman"), not a sentence opener ("Then")."""
        text = toks[k].text
        if not is_capitalised(text) or not text[:1].isalpha() or text.casefold() in self._vocab.stopwords:
            return False
        if norm(text) in self._vocab.demonym_countries:
            return True  # "Ukrainian envoy <name>", even at a sentence start
        at_start = k == 0 or toks[k - 1].text in OPENERS
        low = text.casefold()
        return not at_start or low in lx.ORG_HEADS or self._vocab.vouched_for(low) or not self._vocab.is_common(low)
