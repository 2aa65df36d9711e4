"""Pass 4 of the actor finder: candidates merged into actors by normalised key ("Nato" = "NATO"), acronym
("(OSCE)", or a well-known one), country alias ("Britain" = "UK"), surname ("Mr Stoltenberg" -> "Jens
Stoltenberg") or first name, company short forms ("Evercore" -> "Evercore Partners"), and a capital acting
for its country as a metonym; a lone word nothing else types is guessed from its neighbours.
"""

from __future__ import annotations

import bisect
from bisect import bisect_left

from service.pipeline import lexicon as lx
from service.pipeline.actors.candidates import (
    BY_CONTEXT,
    BY_DEFAULT,
    BY_LEXICON,
    UNKNOWN,
    Candidate,
    Group,
    longest_name,
)
from service.pipeline.actors.references import plays_as_team
from service.pipeline.actors.tokens import (
    DETERMINERS,
    LOCATION_PREPOSITIONS,
    NOT_METONYM_BEFORE,
    POSSESSIVE,
    is_all_caps,
    is_capitalised,
    is_name_suffix,
    modifies_a_noun,
    norm,
)
from service.pipeline.actors.vocabulary import COMPASS_WORDS, Vocabulary, club_like, company_ending
from service.pipeline.document import Token
from service.pipeline.results import MentionKind

_SPEECH_VERBS = lx.SAY_VERBS
# What a body is called when it speaks of itself ("Chelsea said the club would ..."); not a party, court or
# ministry, of which a politician or lawyer speaks as often.
_BODY_KINDS = frozenset(
    "club company firm bank lender group carrier airline retailer insurer broadcaster regulator automaker carmaker"
    " miner conglomerate corporation".split()
)
_OBJECT_PRONOUNS = frozenset({"him", "her", "his", "himself", "herself", "me", "my"})  # a person's own words
_BODY_MODALS = frozenset({"would", "will", "could", "had", "has", "plans", "planned", "intends", "intended"})
# Tokens after which a word can open a clause as its subject: a quotation's end, a comma, a dash.
_CLAUSE_OPENERS = frozenset({",", "”", '"', "“", "—", "–", "-", ";", ":", "(", "'"})
# Who is related to a person, or acts for one alone, after its possessive ("Eilish's brother", "Beyonce's
# publicist"). Not a spokesman or a representative, whom organisations have too ("a Tesco spokesman"), and not
# after "a" ("a Brooklyn father" is a father from Brooklyn).
_REPRESENTATIVES = frozenset(
    "publicist publicists agent lawyer husband wife mother father son daughter sister brother boyfriend girlfriend"
    " fiance fiancee".split()
)
# Participles of being asked or speaking, between a lone word and its say-verb ("Arteta, asked about the injury,
# said"); not "founded", "based", "beaten", which bodies are as often.
_ASKED = frozenset("asked speaking talking responding answering pressed questioned quizzed interviewed".split())
# What only a person has after a possessive ("Saka's fitness", "Kane's hamstring"): a club or a company has no
# fitness or knee.
_PERSONAL = frozenset("fitness injury injuries hamstring knee ankle groin birthday".split())


def _company_headed(g: Group) -> bool:
    """Does a mention of the group end in a company's head ("Evercore Partners", "Pfizer Inc.")?"""
    return any(len(c.words) > 1 and company_ending(c.words[-1]) for c in g.candidates)


def _club_named(g: Group) -> bool:
    """Is the group a sports club by its name ("Kilmarden Athletic", "Bramford Rovers")? Its town's name alone is
    the club too, once typed a body ("Kilmarden have sacked their manager")."""
    return any(len(c.words) > 1 and club_like(c.words) for c in g.candidates)


def _in_a_table(g: Group) -> bool:
    """Is a mention of the group in a row of figures ("Dundee 2 Falkirk 0", "Dundee 16 7 5 4 12 8 26")? Results name
    each club in full or as it is known, so "Dundee" there is not "Dundee United"."""
    return any(
        sum(t.text.isdigit() for t in c.sentence.tokens) >= 2
        and not any(t.text.isalpha() and t.text.islower() for t in c.sentence.tokens)
        for c in g.candidates
    )


class Merger:
    """Merges the candidates of a document into groups, one an actor."""

    def __init__(self, vocab: Vocabulary) -> None:
        self._vocab = vocab

    def merge(self, candidates: list[Candidate], acronym_links: dict[str, str], lower: set[str]) -> list[Group]:
        """Candidates into actors; ``lower`` holds the document's lower-case words (a plural written
        in lower case somewhere, "allies", is a common noun when capitalised too)."""
        groups: dict[str, Group] = {}
        persons_by_surname: dict[str, list[Group]] = {}
        family_first: set[str] = set()  # keys of family names written first ("Xi" of "Xi Jinping")
        pending: list[Candidate] = []
        initials: dict[str, Group] = {}

        def group_for(key: str, kind: str, canonical: str | None = None) -> Group:
            g = groups.get(key)
            if g is None:
                g = groups[key] = Group(kind, key, canonical=canonical)
            return g

        # A name that only a place inside it made an organisation ("Kyrie Irving": Irving is a town) is a person when
        # its last word, alone, speaks ("Irving said").
        acting = {c.key for c in candidates if self._acts_as_person(c)}
        for c in candidates:
            if (
                c.type == "organization"
                and c.evidence == BY_DEFAULT
                and len(c.words) > 1
                and not c.company
                and norm(c.words[-1]) in acting
            ):
                c.type = "person"
        # A lone word that is the surname of a person named in full joins that person, even where the
        # context made it a team ("Nicol v Eyles", "b Harris 4"), unless a gazetteer knows it as a place and it
        # does not act as a person ("Antonio Washington ... Washington said" is he; "in Washington" the city).
        surnames = {
            norm(c.words[-1])
            for c in candidates
            if c.type == "person" and (len(c.words) > 1 or c.honorific is not None or c.text != c.words[0])
        }
        # first surnames of Spanish and Portuguese names, unless another person's last name ("Maryanne Trump Barry"
        # beside Donald Trump: "Trump" is he)
        last_names = {norm(c.words[-1]) for c in candidates if c.type == "person" and len(c.words) > 1}
        paternal = {
            id(c): norm(w)
            for c in candidates
            if c.type == "person" and (w := self._vocab.paternal_surname(c.words)) and norm(w) not in last_names
        }
        surnames |= set(paternal.values())
        # Words the text writes after a title alone ("Mr. Pham", "Ms Nguyen"): when such a word opens a person's
        # full name, is no first name and ends no one's name, the text itself writes that name family first
        # ("Pham Van Duc ... Mr. Pham"), whatever our list of such family names holds.
        titled = {c.key for c in candidates if c.type == "person" and len(c.words) == 1 and c.honorific is not None}
        # Multi-word names and known names first, so single words can attach to them.
        for c in candidates:
            if (
                len(c.words) == 1
                and c.key in surnames
                and c.type in ("organization", "location")
                and (
                    (c.evidence != BY_LEXICON and c.country is None and c.key not in self._vocab.countries)
                    or (c.type == "location" and self._acts_as_person(c))
                )
            ):
                c.type, c.country = UNKNOWN, None
                pending.append(c)
                continue
            if c.type == "person" and len(c.words) == 1 and c.roles and c.honorific is None:
                pending.append(c)  # "General Baril": a title and a surname, joins "Maurice Baril" if named
                continue
            if c.type == "person" and (len(c.words) > 1 or c.roles) and c.honorific is None:
                key = norm(" ".join(w for w in c.words if not (len(w) <= 2 and w.endswith("."))))
                g = group_for("p:" + key, "person")
                g.candidates.append(c)
                _list_once(persons_by_surname, self._surname_key(c.words), g)
                if (
                    (len(c.words) == 2 and self._vocab.given_name_part(c.words[1]))
                    or self._vocab.family_name_first(c.words)
                    or self._titled_family_first(c.words, titled, last_names)
                ):
                    # "Ban Ki-moon" is "Ban" later on, "Xi Jinping" is "Mr Xi": the family name comes first in
                    # that naming custom
                    _list_once(persons_by_surname, norm(c.words[0]), g)
                    family_first.add(norm(c.words[0]))
                if len(c.words) >= 3 and c.words[-2].casefold() not in self._vocab.first_names:
                    # "Ms Fernández Ortega" is "María José Fernández Ortega": both surnames after a title
                    _list_once(persons_by_surname, norm(" ".join(c.words[-2:])), g)
                if id(c) in paternal:
                    # "Alejandro Ruiz Montemayor" is "Ruiz" later on: Spanish and Portuguese names carry two
                    # surnames, and the first is the one used alone
                    _list_once(persons_by_surname, paternal[id(c)], g)
            elif c.country is not None:
                c.kind = "metonym"
                group_for(norm(c.country), "location", c.country).candidates.append(c)
            elif c.type in ("organization", "location"):
                kind, canonical, key = self._vocab.canonical(c, acronym_links)
                g = group_for(key, kind, canonical)
                g.candidates.append(c)
                if kind == "organization" and len(c.words) > 1:
                    initials.setdefault(self._initials(canonical or " ".join(c.words)), g)
            else:
                pending.append(c)
        for g in groups.values():
            if g.type != "person" and len(g.key.split()) > 1:
                initials.setdefault(self._initials(g.canonical or g.key), g)

        # Mention starts of each person group, kept sorted, so "the last named before" is a bisect
        # (a scan of every mention per surname would be quadratic on long texts).
        person_starts: dict[int, list[int]] = {}
        pending.sort(key=lambda c: c.type != "person")  # "C. Harris" and "Mr Harris" first: then "Harris" joins them
        # First names of the people named in full: "b Waqar" after "Waqar Younis" (sports copy and many naming
        # customs refer to a person by the given name), when only one person has that first name.
        by_first: dict[str, set[int]] = {}
        person_groups: dict[int, Group] = {}

        def known_by_first_name(g: Group, c: Candidate) -> None:
            if len(c.words) > 1 and not c.words[0].endswith("."):
                person_groups[id(g)] = g
                by_first.setdefault(norm(c.words[0]), set()).add(id(g))

        for g in groups.values():
            if g.type == "person":
                person_groups[id(g)] = g
                for o in g.candidates:
                    known_by_first_name(g, o)
        # First words of company names ("Evercore Partners"): such a name written alone is the company.
        companies: dict[str, dict[int, Group]] = {}
        for g in groups.values():
            if g.type == "organization" and _company_headed(g):
                for o in g.candidates:
                    if len(o.words) > 1:
                        companies.setdefault(norm(o.words[0]), {})[id(g)] = g
        # A group's gender, computed once and forgotten when the group gains a mention: recomputing it
        # for every "Mr X" over a group of hundreds of mentions made long texts quadratic.
        genders: dict[int, lx.Gender | None] = {}

        def gender_of(g: Group) -> lx.Gender | None:
            if id(g) not in genders:
                genders[id(g)] = self._vocab.gender(g, longest_name(g))
            return genders[id(g)]

        titled_families: set[str] = set()  # surnames registered from names given with a title only
        # Lone unknown words that speak somewhere ("Pelosi said") or have a person's relative or publicist
        # ("Beyonce's publicist"): a person wherever else nothing types them. A company's own evidence ("shares of
        # Corvane") has typed all its mentions already. Not a word the text also spells in capitals
        # somewhere ("ISIS", "Isis declares", "an AIPAC spokesman"): that is an acronym.
        speaking = {
            c.key
            for c in pending
            if c.type == UNKNOWN and not c.common and (self._speaks_as_person(c) or self._represented(c))
        }
        # nor a word that plays as a team ("Arsenal won 2-0. Arsenal said ..."), or has a company's evidence
        speaking -= {
            c.key
            for c in pending
            if is_all_caps(c.text) or c.company or plays_as_team(c) or self._reports_for_a_body(c)
        }
        for c in pending:
            key = c.key
            surname = persons_by_surname.get(key)
            if (
                surname
                and key in family_first
                and c.common
                and c.honorific is None
                and modifies_a_noun(_token_after(c))
            ):
                surname = None  # "Park Jimin ... Park rangers said": a dictionary word before its noun
            if surname and c.honorific is not None and lx.PERSON_TITLES.get(c.honorific) is not None:
                # "Mrs Abedini" is not "Saeed Abedini": a title's gender must fit the first name's
                title_gender = lx.PERSON_TITLES[c.honorific]
                surname = [g for g in surname if gender_of(g) in (None, title_gender)]
            elif surname and len(surname) > 1:
                # a bare surname refers back to a person named in full rather than to "Mrs Abedini"
                surname = [g for g in surname if any(len(o.words) > 1 for o in g.candidates)] or surname
            if surname:
                g = self._nearest(surname, c, person_starts)
                c.kind = "alias"
                g.candidates.append(c)
                genders.pop(id(g), None)
                bisect.insort(person_starts[id(g)], c.start)
                continue
            given_title = c.honorific in lx.GIVEN_NAME_HONORIFICS and len(c.words) == 1  # "Sir Robert", "Datuk Azman"
            owners = (
                by_first.get(key) if (c.honorific is None or given_title) and c.type in (UNKNOWN, "person") else None
            )
            if (
                owners is not None
                and len(owners) == 1
                and (c.text == c.words[0] or given_title)
                and (given_title or not c.common)
            ):
                c.kind = "alias"
                person_groups[next(iter(owners))].candidates.append(c)
                continue
            # a dictionary word too, when the text never writes it in lower case and it modifies no noun here
            # ("Meridian said" after "Meridian Energy"; not "Summit talks" after "Summit Partners")
            plain = not c.common or (
                c.words[0].casefold() not in lower
                and c.words[0].casefold() not in lx.ROLE_WORDS
                and not modifies_a_noun(_token_after(c))
            )  # not an office ("the Premier announced" after "Premier Foods")
            firm = companies.get(key) if c.type == UNKNOWN and c.honorific is None and plain else None
            if firm is not None and len(firm) > 1:
                # "Panasonic" after "Panasonic Holdings" and its unit "Panasonic Energy": the parent
                parents = [g for g in firm.values() if _parent_company(g)]
                firm = {id(parents[0]): parents[0]} if len(parents) == 1 else firm
            if firm is not None and len(firm) == 1 and not is_all_caps(c.text):
                c.kind, c.type = "alias", "organization"  # "Evercore said" after "Evercore Partners"
                next(iter(firm.values())).candidates.append(c)
                continue
            if c.type == UNKNOWN and norm(key) in acronym_links and acronym_links[key] in groups:
                c.kind = "acronym"
                groups[acronym_links[key]].candidates.append(c)
                continue
            if c.type == UNKNOWN and is_all_caps(c.text) and key.upper().replace(" ", "") in initials:
                c.kind = "acronym"
                initials[key.upper().replace(" ", "")].candidates.append(c)
                continue
            if c.type == UNKNOWN and c.common:
                if c.words[0].casefold() in lower or not self._plural_name(c):
                    continue  # "Council", "Ministers": a capitalised common noun, not a name
                c.type = "organization"  # "the Colts", "the Barbarians": a team or group named by a plural
            if (
                len(c.words) == 1
                and c.words[0].casefold() in lx.ROLE_WORDS
                and (c.honorific is not None or (c.type == UNKNOWN and self._vocab.lookup(c.text) is None))
            ):
                # "Mr. President", "Madam Speaker": a form of address unless a King or Speaker is named; "the
                # company's CEO", "the three-time MVP": a title in capitals, no actor
                continue
            kind = c.type if c.type != UNKNOWN else self._guess_single(c)
            if kind == "organization" and c.guessed and c.key in speaking:
                kind, c.guessed = "person", False  # "Pelosi criticized the bill. Pelosi said ...": one person
            if kind == "person":
                g = group_for("p:" + key, "person")
                _list_once(persons_by_surname, key, g)
                known_by_first_name(g, c)  # the full name of one given with a title: "Sir James Partridge"
                if self._vocab.family_name_first(c.words):
                    # "Prof. Li Xiaoming ... Li said": the family name first, with a title as without one
                    _list_once(persons_by_surname, norm(c.words[0]), g)
                    family_first.add(norm(c.words[0]))
                family = self._surname_key(c.words)
                if len(c.words) > 1 and (family not in persons_by_surname or family in titled_families):
                    # "Rep. Steve King" named in full with a title and by no plain full name: a later "Rep.
                    # King" or "King" is him, or the nearest of several so named ("Rep. Tom Smith", "Sen.
                    # Ann Smith"); a plain full name ("John Langmore") keeps its own surname
                    titled_families.add(family)
                    if g not in persons_by_surname.setdefault(family, []):
                        persons_by_surname[family].append(g)
            else:
                g = group_for(key, kind)
            g.candidates.append(c)
            genders.pop(id(g), None)
        self._join_spelling_variants(groups, initials)
        self._join_short_forms(groups, initials)
        self._join_shortened_names(groups)
        self._place_names_team(groups)
        return list(groups.values())

    @staticmethod
    def _join_shortened_names(groups: dict[str, Group]) -> None:
        """A body named by its full name's opening words is that body: "the Reserve Bank" for "the Reserve Bank
        of Australia", "Lakeshore General" for "Lakeshore General Hospital". The full name goes on with "of"
        or with the body's head that the short name lacks (the "Federal Reserve" is not the "Federal Reserve Bank
        of New York"), the short name is no lexicon name, and only one full name fits."""
        # each long name once per group, by its first word: the scan below stays short on long texts
        full: dict[str, set[tuple[tuple[str, ...], int]]] = {}
        by_id = {id(g): g for g in groups.values()}
        for g in groups.values():
            if g.type == "organization":
                for c in g.candidates:
                    if c.kind == "name" and len(c.words) > 2:
                        # a saint's possessive is no word of the short name: "St Brendan's University Hospital"
                        words = tuple(norm(w) for w in c.words if w not in POSSESSIVE)
                        full.setdefault(words[0], set()).add((words, id(g)))
        firm_heads = lx.COMPANY_HEADS | _FIRM_HEADS
        for key, g in list(groups.items()):
            if g.type != "organization" or g.canonical is not None:
                continue
            names = {tuple(norm(w) for w in c.words) for c in g.candidates}
            if len(names) != 1:
                continue
            short = next(iter(names))
            if len(short) < 2 or short[-1] == "party":
                continue  # "the Republican Party" is not the "Republican Party of Texas"
            targets = {
                gid: by_id[gid]
                for words, gid in full.get(short[0], ())
                if gid != id(g)
                and len(words) > len(short)
                and words[: len(short)] == short
                # "of", or the head a headless short name lacks: not "Federal Reserve" + "Bank of New York"; or a
                # firm's business and head ("Desert Crest" for "Desert Crest Waste Services")
                and (
                    words[len(short)] == "of"
                    or (words[len(short)] in lx.ORG_HEADS and short[-1] not in lx.ORG_HEADS)
                    # the name before "&": "Valley Electric" for "Valley Electric & Gas"
                    or (words[len(short)] == "&" and short[-1] not in lx.ORG_HEADS)
                    or (
                        words[-1] in firm_heads
                        and "of" not in words
                        and short[-1] not in lx.ORG_HEADS
                        # not a body named after it: "Manchester United Supporters' Trust"
                        and not any(w in POSSESSIVE or w.endswith("'") for c in by_id[gid].candidates for w in c.words)
                    )
                )
            }
            if len(targets) != 1:
                continue
            target = next(iter(targets.values()))
            for c in g.candidates:
                c.kind = "alias"
            target.candidates.extend(g.candidates)
            del groups[key]

    @staticmethod
    def _join_spelling_variants(groups: dict[str, Group], initials: dict[str, Group]) -> None:
        """Two multi-word bodies whose names differ only by a plural's "s" are one body misspelt ("Valeant
        Pharmaceuticals International" and "Valeant Pharmaceutical International"), and a company's name with and
        without its legal form is one company ("Southridge Mining Ltd" and "Southridge Mining"); kept apart, they
        would also leave the short form "Valeant" or "Southridge" two bodies to choose from."""
        seen: dict[tuple[str, ...], str] = {}
        for key, g in list(groups.items()):
            if g.type != "organization" or g.canonical is not None:
                continue
            # not the first word, which tells two firms apart ("Lake Energy" and its rival "Lakes Energy")
            names = {
                (norm(c.words[0]), *(norm(w).removesuffix("s") for w in _without_legal_form(c.words)[1:]))
                for c in g.candidates
                if len(c.words) > 1
            }
            if len(names) != 1:
                continue
            name = next(iter(names))
            other = seen.setdefault(name, key)
            if other != key:  # the spelling more mentions use names the body
                keep, drop = (other, key) if len(groups[other].candidates) >= len(g.candidates) else (key, other)
                dropped = groups.pop(drop)
                groups[keep].candidates.extend(dropped.candidates)
                for acronym, g in list(initials.items()):  # "LPS" now stands for the body that is kept
                    if g is dropped:
                        initials[acronym] = groups[keep]
                seen[name] = keep

    @staticmethod
    def _join_short_forms(groups: dict[str, Group], initials: dict[str, Group]) -> None:
        """A one-word organisation that no lexicon knows is the short form of the one multi-word organisation it
        abbreviates ("FDIC": "Federal Deposit Insurance Corporation") or whose first word it is ("Evercore":
        "Evercore Partners", "Dow's chief executive": "Dow Chemical"), when one of them is known to be a company
        (by a company head, "Partners", or by what only a company has, "FDIC employees") or a sports club
        ("Kilmarden": "Kilmarden Athletic", outside a row of results). Such names were
        typed people before and joined by first name; other bodies keep their own short forms apart ("GOP" and
        "GOP Senate", "NBC" and "NBC News")."""
        by_first: dict[str, set[int]] = {}
        by_id: dict[int, Group] = {}
        for g in groups.values():
            if g.type != "organization":
                continue
            by_id[id(g)] = g
            for c in g.candidates:
                if len(c.words) > 1 and c.kind == "name":
                    by_first.setdefault(norm(c.words[0]), set()).add(id(g))
        for key, g in list(groups.items()):
            if g.type != "organization" or g.canonical is not None or any(len(c.words) > 1 for c in g.candidates):
                continue
            acronym = key.upper().replace(" ", "")
            target: Group | None = None
            kind: MentionKind = "alias"
            caps = all(is_all_caps(c.text) for c in g.candidates)
            company = any(c.company for c in g.candidates)
            if caps and company and initials.get(acronym, g) is not g:
                target, kind = initials[acronym], "acronym"
            elif len(by_first.get(key, ())) == 1 and next(iter(by_first[key])) != id(g):
                target = by_id[next(iter(by_first[key]))]
                # "HP" is not "HP Way", nor "NBC" "NBC News": an acronym joins a longer name only if that is a company's
                if not (
                    _company_headed(target) or (company and not caps) or (_club_named(target) and not _in_a_table(g))
                ):
                    target = None
            if target is None or target.type != "organization":
                continue
            for c in g.candidates:
                c.kind = kind
            target.candidates.extend(g.candidates)
            del groups[key]

    def _titled_family_first(self, words: tuple[str, ...], titled: set[str], last_names: set[str]) -> bool:
        first = norm(words[0])
        return (
            len(words) in (2, 3)
            and first in titled
            and first not in last_names
            and words[0].isalpha()
            and words[0].casefold() not in self._vocab.first_names
        )

    @staticmethod
    def _surname_key(words: tuple[str, ...]) -> str:
        """The key of a full name's family name: its last word, but a generational suffix ("Martin Luther
        King Jr.") is not one, so "Mr. King" and "King" find him."""
        return norm(words[-2] if len(words) > 2 and is_name_suffix(words[-1]) else words[-1])

    def _place_names_team(self, groups: dict[str, Group]) -> None:
        """Where the text names a team after its town ("Indianapolis Colts", "AC Milan"), the town's bare name
        outside place phrases is the team too ("the win by Indianapolis", "Milan's defeat"), as in sports copy;
        "in Milan", a dateline, or a country (a national side is its country) stay places."""
        teams: dict[str, set[int]] = {}
        by_id = {id(g): g for g in groups.values() if g.type == "organization"}
        for g in by_id.values():
            for c in g.candidates:
                words, low = c.words, [w.casefold() for w in c.words]
                if len(words) < 2:
                    continue
                if low[0] in lx.CLUB_WORDS:
                    place = words[1:]
                elif low[-1] in lx.CLUB_WORDS or (low[-1].endswith("s") and not low[-1].endswith("ss")):
                    place = words[:-1]
                else:
                    continue
                if self._vocab.is_known(list(place)):
                    teams.setdefault(norm(" ".join(place)), set()).add(id(g))
        for g in groups.values():
            if g.type != "location" or g.key in self._vocab.countries:
                continue
            owners = teams.get(g.key) or teams.get(norm(g.canonical or ""))
            if owners is None or len(owners) != 1:
                continue
            team = by_id[next(iter(owners))]
            keep: list[Candidate] = []
            for c in g.candidates:
                if c.kind == "name" and c.evidence < BY_CONTEXT and not self._in_place_phrase(c):
                    c.kind, c.type = "alias", "organization"
                    team.candidates.append(c)
                else:
                    keep.append(c)
            g.candidates = keep

    @staticmethod
    def _in_place_phrase(c: Candidate) -> bool:
        """Is the candidate governed by a place preposition ("in Milan", "the city of Milan", "to Milan")?"""
        toks = c.sentence.tokens
        idx = bisect_left([t.start for t in toks], c.start)
        prev = toks[idx - 1].text.casefold() if 0 < idx <= len(toks) else ""
        return prev in NOT_METONYM_BEFORE

    def _plural_name(self, c: Candidate) -> bool:
        """A capitalised plural after "the", inside a sentence, that is no title or nationality ("the Eagles");
        the caller checks the text never writes it in lower case ("the allies")."""
        toks = c.sentence.tokens
        idx = bisect_left([t.start for t in toks], c.start)
        low = c.words[0].casefold()
        return (
            0 < idx < len(toks)
            and toks[idx - 1].text.casefold() == "the"
            and toks[idx].tag in ("NNPS", "NNP", "NNS")
            and low.endswith("s")
            and not low.endswith("ss")
            and low[:-1] not in lx.ROLE_WORDS
            and norm(low[:-1]) not in self._vocab.demonyms
            and not is_all_caps(c.text)
        )

    @staticmethod
    def _initials(name: str) -> str:
        words = [w for w in name.replace("-", " ").split() if w[:1].isalpha() and w.casefold() not in lx.ORG_CONNECTORS]
        return "".join(w[0].upper() for w in words)

    @staticmethod
    def _nearest(groups: list[Group], c: Candidate, starts: dict[int, list[int]]) -> Group:
        """Of several people sharing a surname, the one named most recently before ``c``."""
        best, best_start = groups[0], -1
        for g in groups:
            if id(g) not in starts:
                starts[id(g)] = sorted(o.start for o in g.candidates)
            mine = starts[id(g)]
            i = bisect.bisect_right(mine, c.start)
            if i and mine[i - 1] > best_start:
                best, best_start = g, mine[i - 1]
        return best

    @staticmethod
    def _represented(c: Candidate) -> bool:
        """Is the lone word the possessor of a person's relative or publicist ("Beyonce's publicist", "Eilish's
        brother"), or of what only a person has ("Saka's fitness")?"""
        toks = c.sentence.tokens
        k = bisect_left([t.end for t in toks], c.end) + 2
        return (
            k < len(toks)
            and toks[k - 1].text in POSSESSIVE
            and (toks[k].text in _REPRESENTATIVES or toks[k].text in _PERSONAL)
            and (k + 1 >= len(toks) or not (toks[k + 1].tag.startswith("NN") and toks[k + 1].text.islower()))
        )

    def _acts_as_person(self, c: Candidate) -> bool:
        """Does a lone word act as a person: the subject of a say-verb opening its clause ("Washington said",
        "“...,” Washington said"), not in a list of places ("Beijing and Washington said") nor saying what
        "it" will do ("Washington said it would retaliate")?"""
        if len(c.words) != 1 or c.honorific is not None or is_all_caps(c.text):
            return False
        toks = c.sentence.tokens
        idx = bisect_left([t.start for t in toks], c.start)
        end = bisect_left([t.end for t in toks], c.end)
        if idx >= len(toks) or end + 1 >= len(toks):
            return False
        prev = toks[idx - 1] if idx > 0 else None
        if prev is not None and prev.text.casefold() in _SPEECH_VERBS:
            return idx >= 2 and toks[idx - 2].text in (",", "”", '"')  # "“...,” said Washington"
        # after a comma that ends a reported clause ("The suspect fled in a sedan, Salinas said."), not a place's
        # ("Amman, Jordan said")
        postposed = (
            prev is not None
            and prev.text == ","
            and idx >= 2
            and toks[idx - 2].text[:1].islower()
            and c.key not in self._vocab.countries  # "..., Jordan said": the country speaks
        )
        if prev is not None and (prev.text not in _CLAUSE_OPENERS or prev.text == ",") and not postposed:
            # "Residents of Houston said", "in Washington", "Beijing and Washington said", "Amman, Jordan said":
            # not a person's own clause
            return False
        after = toks[end + 2].text.casefold() if end + 2 < len(toks) else ""
        if after in ("it", "its", "they", "their"):
            return False  # "Washington said it would retaliate": the government
        return self._speaks_as_person(c)

    @staticmethod
    def _speaks_as_person(c: Candidate) -> bool:
        """Is the lone word the subject of a say-verb, outside a place phrase ("Pelosi said", not "Officials in
        Zarqa said"), with no title, and spelled as no acronym?"""
        if c.honorific is not None or (is_all_caps(c.text) and len(c.text) <= 5):
            return False
        toks = c.sentence.tokens
        idx = bisect_left([t.start for t in toks], c.start)
        prev = toks[idx - 1].text.casefold() if 0 < idx <= len(toks) else ""
        end = bisect_left([t.end for t in toks], c.end)
        nxt = toks[end + 1].text.casefold() if end + 1 < len(toks) else ""
        if prev in ("", *_CLAUSE_OPENERS) and nxt == "," and end + 2 < len(toks) and toks[end + 2].text in _ASKED:
            # "Arteta, asked about the injury, said: ...", "Lindqvist, speaking in Oslo, said ...": the subject of
            # the say-verb after the participle
            verb = next(
                (k + 1 for k in range(end + 3, len(toks) - 1)
                 if toks[k].text == "," and toks[k + 1].text.casefold() in _SPEECH_VERBS),
                None,
            )  # fmt: skip
            after = [t.text.casefold() for t in toks[verb + 1 : verb + 3]] if verb is not None else []
            # "Tesco, asked about the price rises, said its margins were thin": a body speaking of itself
            return (
                verb is not None
                and after[:1] != ["its"]
                and not (after[:1] == ["the"] and after[1:] and after[1] in _BODY_KINDS)
            )
        return prev not in LOCATION_PREPOSITIONS and (nxt in _SPEECH_VERBS or c.speaker)

    def _reports_for_a_body(self, c: Candidate) -> bool:
        """Does the lone word say what a body will do: "X said it would cut jobs", "X said its profits rose", "X
        said (that) the club would cooperate"? Then X is that body: a person speaking of their employer is named
        in full somewhere, and a surname joins that name before this guess. Not a first name that is "him" or
        "her" later in the sentence ("David said the bank had lied to him"); "Chelsea said its players were
        tired" is the club."""
        first_name = c.text.casefold() in self._vocab.first_names
        toks = c.sentence.tokens
        if first_name and any(t.text.casefold() in _OBJECT_PRONOUNS for t in toks if t.start > c.end):
            return False  # "David said the bank had lied to him"; but "Barclays said the bank had apologised to her"
        end = bisect_left([t.end for t in toks], c.end)
        k = end + 2
        if end + 1 >= len(toks) or toks[end + 1].text.casefold() not in _SPEECH_VERBS:
            return False
        if k < len(toks) and toks[k].text.casefold() == "that":
            k += 1
        words = [t.text.casefold() for t in toks[k : k + 3]]
        if words[:1] == ["its"]:
            return True  # "Veltrix said its profits rose", "Chelsea said its players were tired"
        if words[:1] == ["it"] and len(words) == 3 and words[1] in _BODY_MODALS and words[2] != "be":
            # "X said it would cut 500 jobs": the body acting on something; not "X said it would fail" (the bill)
            return k + 3 < len(toks) and toks[k + 3].tag in ("DT", "CD", "PRP$", "NN", "NNS", "JJ")
        return len(words) >= 2 and words[0] == "the" and words[1] in _BODY_KINDS

    def _guess_single(self, c: Candidate) -> str:
        """Type of a lone unknown word, from its neighbours: "in X" is a place, "X said" a person, a
        first name a person; otherwise an organisation (a lone word that is not the surname of a named
        person is, in news copy, most often a team, company, party or brand)."""
        toks = c.sentence.tokens
        idx = next((i for i, t in enumerate(toks) if t.start == c.start), None)
        if idx is None:
            return "organization"
        end_idx = next((i for i, t in enumerate(toks) if t.end == c.end), idx)
        prev = toks[idx - 1].text.casefold() if idx > 0 else ""
        nxt = toks[end_idx + 1].text.casefold() if end_idx + 1 < len(toks) else ""
        if c.honorific is not None:
            return "person"
        if is_all_caps(c.text) and c.text.isalpha() and len(c.text) <= 5 and any(t.text[:1].islower() for t in toks):
            return "organization"  # an acronym in running text ("USDA said", "ETA"): people are not spelled so
        before = toks[idx - 2].text.casefold() if idx > 1 else ""
        if prev in ("in", "near", "outside", "inside") or (
            prev in COMPASS_WORDS and before in ("in", "near", "across")
        ):
            return "location"  # "Officials in Zarqa said", "Firefighters in southern Alveria said": the people speak
        if self._reports_for_a_body(c):
            return "organization"  # "Chelsea said the club would cooperate", "Intel said it would cut jobs"
        if nxt in _SPEECH_VERBS or c.speaker:
            return "person"
        if prev in LOCATION_PREPOSITIONS:
            return "location"
        if prev == "of" and idx >= 2 and toks[idx - 2].text.casefold() in lx.SETTLEMENT_NOUNS:
            return "location"  # "the village of Zaitseve"
        if prev == "to" and self._destination(toks, idx - 1):
            return "location"  # "fled to Kindu", "from Bukavu west to Kindu"
        k = end_idx + 1 + (nxt == "national")
        after = toks[k].text if k < len(toks) else ""
        if after.islower() and (after in lx.SETTLEMENT_NOUNS or after in lx.LOCATION_HEADS):
            return "location"  # "Qinglan port", "the Garamba national park"
        if nxt == "," and self._settlement_apposition(toks, end_idx + 2):
            return "location"  # "Garamba, a national park in the north"
        if idx == 0 and nxt in (",", "-", "–", "—") and is_all_caps(c.text):
            return "location"  # dateline: "BRUSSELS – ..."
        low = c.key
        if (low in self._vocab.male or low in self._vocab.female) and not is_all_caps(c.text):
            return "person"
        if nxt in ("administration", "government", "campaign", "cabinet") and prev == "the":
            return "person"  # "the Biden administration"
        c.guessed = True  # a he or she may still show it is a person (see ReferenceLinker._person_behind_pronoun)
        return "organization"

    @staticmethod
    def _destination(toks: tuple[Token, ...], to: int) -> bool:
        """Is toks[to] ("to") the "to" of a movement: after a verb of going ("flown to"), or answering a
        "from" in the same sentence ("from Bukavu west to ...")?"""
        before = [t.text.casefold() for t in toks[max(0, to - 3) : to]]
        if any(w in lx.MOTION_WORDS for w in before):
            return True
        return any(
            toks[k].text.casefold() == "from" and k + 1 < to and is_capitalised(toks[k + 1].text) for k in range(to)
        )

    @staticmethod
    def _settlement_apposition(toks: tuple[Token, ...], k: int) -> bool:
        """Do toks[k:] read "a/the <few lower-case words> town/park/region ..." (an apposition saying what a
        place is)?"""
        if k >= len(toks) or toks[k].text.casefold() not in DETERMINERS:
            return False
        for m in range(k + 1, min(k + 5, len(toks))):
            low = toks[m].text.casefold()
            if not toks[m].text.islower():
                return False
            if low in lx.SETTLEMENT_NOUNS or low in lx.LOCATION_HEADS:
                return True
        return False


# A company's legal form at the end of its name: "Southridge Mining Ltd" is "Southridge Mining".
_LEGAL_FORMS = frozenset("inc ltd limited plc llc llp lp corp co ag sa nv bv gmbh spa oyj pty asa ab se".split())


# Words after a firm's own name that make it the parent of the group ("Panasonic Holdings", "Tata Group"); not a
# legal form, which any of its firms has ("Mitsubishi Corp" beside "Mitsubishi Motors")
_PARENT_WORDS = frozenset({"holdings", "holding", "group"})
# Organisation heads that end a firm's name as company_heads.txt's do ("Desert Crest Waste Services")
_FIRM_HEADS = frozenset({"services", "solutions", "systems", "industries", "enterprises", "holdings", "group"})


def _parent_company(g: Group) -> bool:
    """Is the company named by one word and a parent's words after it ("Panasonic Holdings", "Hyundai Motor
    Group" is not: "Motor" names a business)?"""
    return any(len(c.words) > 1 and all(norm(w) in _PARENT_WORDS for w in c.words[1:]) for c in g.candidates)


def _without_legal_form(words: tuple[str, ...]) -> tuple[str, ...]:
    """The name's words without the legal forms that end it ("Pty Ltd" too), keeping two words at least: a
    legal form after one word may be the word's plural misspelt ("Democracy Corp" is "Democracy Corps")."""
    end = len(words)
    while end > 2 and norm(words[end - 1]) in _LEGAL_FORMS:
        end -= 1
    return words[:end]


def _token_after(c: Candidate) -> Token | None:
    return next((t for t in c.sentence.tokens if t.start >= c.end), None)


def _list_once(index: dict[str, list[Group]], key: str, g: Group) -> None:
    """List a person under a surname once, however often the full name is written: the lists are scanned per lone
    surname, and a name repeated on a long text made them long."""
    groups = index.setdefault(key, [])
    if not groups or (groups[-1] is not g and g not in groups):
        groups.append(g)
