"""From the source words next to a cue to a :class:`Speaker`.

The frame reader only finds where a source is written; who that is takes the actors found
earlier, roles, names, pronoun antecedents and unnamed groups, so that a position points to
an actor the rest of the analysis knows, or is dropped when a pronoun has no referent.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from service.pipeline.binding import introduces_oneself
from service.pipeline.document import FINITE_TAGS, Token
from service.pipeline.lexicon import (
    COMPANY_HEADS,
    COUNTRIES,
    DEMONYM_COUNTRIES,
    FAMILY_NAMES_FIRST,
    HONORIFIC_OFFICES,
    KIN,
    ORG_HEADS,
    ORG_KINDS,
    ORG_NAMES,
    PARTY_MEMBERS,
    PERSON_DESCRIPTIONS,
    PERSON_NOUNS,
    PLACE_NAMES,
    ROLE_HEADS,
    ROLE_WORDS,
    SAY_VERBS,
    SEAT_TITLES,
    SPOKESPEOPLE,
    WORLD_CITIES,
    first_name_genders,
    place_demonym,
    role_core,
)
from service.pipeline.positions.quotes import CLOSING_MARKS, OPENING_MARKS
from service.pipeline.positions.tokens import (
    APPROXIMATORS,
    DASHES,
    EVIDENCE_SOURCES,
    GROUP_HEADS,
    MONTHS,
    NOUN_TAGS,
    NP_PREPS,
    POLLED,
    POSSESSIVE_MARKS,
    POSSESSIVE_PRONOUNS,
    PRONOUNS,
    QUANTITIES,
    SOURCE_POSTMODIFIERS,
    SUBORDINATORS,
    TIME_LEADS,
    TIME_NOUNS,
    WEEKDAYS,
    YEAR,
    FlatTokens,
    span_of,
)
from service.pipeline.resources import LanguageResources
from service.pipeline.results import Actor, Span, Speaker

_DAY_NAMES = frozenset("monday tuesday wednesday thursday friday saturday sunday today yesterday tonight".split())
_TIME_WORDS = _DAY_NAMES | MONTHS | TIME_NOUNS | TIME_LEADS  # a fronted "Friday," or "Last week,"
_PART_OF = frozenset({"of", "in", "percent", "%"})  # "one of", "4 in 10", "40 percent": a part of a group
_POLLED_LEADS = frozenset({"those", "people"})

# Nouns that count or collect the real source: "a handful of Democrats", "a group of donors".
_COLLECTIVES = frozenset({"handful", "number", "couple", "dozen", "dozens", "group", "bunch", "pair", "host", "slew"})
_FEMALE_TITLES = frozenset({"ms", "mrs", "miss", "ms.", "mrs.", "madam", "lady", "queen"})
_MALE_TITLES = frozenset({"mr", "mr.", "sir", "lord", "king"})


@dataclass(frozen=True, slots=True)
class Resolved:
    speaker: Speaker
    mention: Span


class SpeakerResolver:
    """Turns the source words next to a cue into a :class:`Speaker`.

    Order of evidence: an actor mention covering the words (persons first, since
    "Britain's Foreign Secretary Liz Truss" names Truss, not Britain), roles for
    title-only phrases, actor names by word match, then unnamed groups. Pronouns go to
    the nearest earlier actor of a compatible kind and gender.
    """

    def __init__(self, resources: LanguageResources) -> None:
        male, female = first_name_genders(resources.gazetteer.male_names, resources.gazetteer.female_names)
        self._male, self._female = male - female, female - male  # the actor finder's genders
        self._given = male | female  # first names of either gender, shared ones included ("Parker", "Kim")
        # nationalities only: a party or a religion ("the Wisconsin Republican", "the Sunni") may be anybody's
        self._nationals = frozenset(
            d.casefold() for d in (*resources.gazetteer.nationalities, *(d for d, c in DEMONYM_COUNTRIES.items() if c))
        )
        gz = resources.gazetteer
        self._countries = {c.casefold(): c for c in (*gz.countries, *COUNTRIES)}
        # regions and towns, whose people "the Queenslander", "the Texan" name
        self._places = frozenset(
            p.casefold()
            for p in (*gz.regions, *gz.cities, *WORLD_CITIES, *PLACE_NAMES)
            if p.casefold() not in self._countries
        )
        # towns alone: what "the city" may speak for (not "California", not "St Mark's Square")
        self._towns = frozenset(p.casefold() for p in (*gz.cities, *WORLD_CITIES)) - self._countries.keys()

    def prepare(self, flat: FlatTokens, actors: Sequence[Actor], inside: Sequence[bool]) -> ActorIndex:
        return ActorIndex(flat, actors, inside)

    def _bare_name(self, actor: Actor) -> bool:
        """A one-word person with no gender, title or role: "Unilever", "Oxfam" as the actor
        finder types an unknown single name."""
        return len(actor.name.split()) == 1 and not actor.roles and self.gender_of(actor) is None

    @staticmethod
    def holds(index: ActorIndex, actor: Actor, noun: str, known: bool = False) -> bool:
        """Does the person hold that office, or (unless ``known``) none the text gives ("the Wokingham MP" is not
        the Florida senator just quoted)?"""
        offices = index.role_heads(actor) - _HONORIFIC_HEADS
        return (not offices and not known) or _role_head(noun)[0] in offices

    def is_a_national(self, noun: str) -> bool:
        """Does the lower-case noun name one person of a nation ("czech", "spaniard")?"""
        return noun in self._nationals and (noun in _ONE_OF_A_NATION or not noun.endswith(("sh", "ch", "ese", "s")))

    def gender_of_name(self, name: str) -> str | None:
        """The gender a first name implies ("Jane"), None when it implies none or either."""
        first = name.split()[0].lower() if name.split() else ""
        return "male" if first in self._male else "female" if first in self._female else None

    def gender_of(self, actor: Actor) -> str | None:
        if actor.gender is not None:
            return actor.gender
        for m in actor.mentions:
            first = m.text.split()[0].lower() if m.text.split() else ""
            if first in _MALE_TITLES:
                return "male"
            if first in _FEMALE_TITLES:
                return "female"
        words = actor.name.split()
        if len(words) > 1 and words[0].lower() in FAMILY_NAMES_FIRST:
            words = words[1:]  # "Park Ji-won": the family name first
        if words:
            first = words[0].lower()
            if first in self._male:
                return "male"
            if first in self._female:
                return "female"
        return None

    def resolve(
        self,
        flat: FlatTokens,
        index: ActorIndex,
        first: int,
        last: int,
        appositive: bool = False,
        content: tuple[int, int] | None = None,
    ) -> Resolved | None:
        """The speaker named by tokens [first, last], or None for an unresolvable pronoun.

        ``appositive`` marks a whole "Name, description," region: the first person named
        in it is the source ("Russia's representative, minister Alexander Grushko,").
        ``content`` is the statement's character span: a pronoun source before it stands for nobody it names.
        """
        tokens = flat.tokens
        if first == last and (flat.lower(first) in PRONOUNS or flat.lower(first) in POSSESSIVE_PRONOUNS):
            in_statement: set[int] = set()
            if content is not None:
                # what the narrator reports after the source ("he said Reed would win"); before the source only a
                # quote's own words ("“Reed has been on at me for months,” he said"), not the narrator's ("When she
                # noticed Mr. Reed, her eyes widened, he said" may well be Reed), nor a name he gives himself
                # ("“I'm Tom Reed,” he said")
                in_statement = index.named_between(max(content[0], tokens[first].end), content[1])
                quoted = [flat.lower(k) for k in range(flat.token_at(content[0]), first)]
                if content[0] < tokens[first].start and not introduces_oneself(quoted):
                    in_statement |= index.named_between(content[0], tokens[first].start, quoted_only=True)
            return self._pronoun(flat, index, first, in_statement)
        if (
            first + 2 <= last
            and flat.lower(first) in ("a", "an")
            and flat.lower(first + 1) in _WHAT_SOMEONE_SAYS_OF
            and flat.tag(first + 2) in ("PRP$", "DT", "NNP", "NNPS", "NNS")
        ):
            # "..., a move its chief executive said would cost ...", "..., a policy Labor says would cost ...": a
            # clause that describes the thing, whose subject is the source ("a move [that] its chief executive said")
            return self.resolve(flat, index, first + 2, last, appositive, content)
        spoken_for = self._mouthpiece_owner(flat, index, first, last, content)
        if spoken_for is not None:
            return spoken_for
        para_first = flat.para_range(first)[0]
        if first - para_first < 6 and first < (dated := past_dateline(flat, para_first, last)) <= last:
            # "DAVAO — Police in the southern Philippines said", "DAVAO, Philippines — Police said": the dateline's
            # places are no source
            first = dated
        count = first
        while (
            count < last
            and flat.lower(count + 1) not in _PART_OF  # "some of the beneficiaries": "some" is the count
            and (flat.lower(count) in APPROXIMATORS or (flat.lower(count), flat.lower(count + 1)) == ("at", "least"))
        ):
            count += 1  # "About 6 in 10", "more than half", "at least half"
        counted = flat.tag(count) == "CD" or flat.lower(count) in QUANTITIES
        if counted and (flat.lower(count + 1) in _PART_OF or (count == last and count > first)):
            # one of them, named whole in the apposition: not "Two of the students, Maria Lopez and Ana Ruiz,", nor
            # "One of the witnesses, Tom Baker's neighbour,"
            one_named = (
                next(
                    (
                        (a, e)
                        for k in range(count + 2, last)
                        if flat.lower(k) == ","
                        # past a title: "One of them, Governor Thomas Okonkwo,"
                        for named in (_past_titles(flat, k + 1, last),)
                        for a, s, e in index.mentions(tokens[named].start, tokens[named].end)
                        if a.type == "person"
                        and s == tokens[named].start
                        and flat.lower(flat.token_at(e - 1) + 1) in (",", "from", "of")
                    ),
                    None,
                )
                if flat.lower(count) == "one"
                else None
            )
            if one_named is not None:  # "one of the absent MLAs, Shobha Kariyappa from Hosadurga,": the one named
                return Resolved(_speaker(one_named[0]), span_of(flat, first, flat.token_at(one_named[1] - 1)))
            span = span_of(flat, first, last)  # "one of the prosecutors", "4 in 10", "About 300": part of a group
            return Resolved(Speaker(span.text, None, "group"), span)
        if flat.lower(first) in _POLLED_LEADS and first < last and flat.lower(last) in POLLED:
            span = span_of(flat, first, last)  # "those surveyed": nobody the actor list names
            return Resolved(Speaker(span.text, None, "group"), span)
        if appositive:
            first = _source_start(flat, first, last)
            comma = next((k for k in range(first + 1, last) if tokens[k].text == ","), None)
            identified = self._identified_as(flat, index, comma, last) if comma is not None else None
            if identified is not None:
                return identified  # "The homeowner, identified by neighbors as Frank Mills, said": Mills
            if comma is not None and (
                flat.tag(comma + 1) in ("VBG", "VBN") or flat.lower(comma + 1) in ("who", "asked", "told", "pressed")
            ):
                # "An Israeli official, speaking on condition of anonymity about the prime
                # minister's schedule, said": the source is the phrase before the participle
                last = comma - 1
                appositive = False
        if appositive:
            found = index.mentions(tokens[first].start, tokens[last].end)
            body = self._body_described(flat, found, first)
            if body is not None:
                return body
            for actor, m_start, _m_end in found:
                if (
                    actor.type == "person"
                    and flat.lower(flat.token_at(_m_end - 1) + 1) not in POSSESSIVE_MARKS
                    and not (flat.lower(flat.token_at(m_start) - 1) in _COMPLEMENT_PREPS and actor is not found[-1][0])
                ):
                    # not "Kerr's deputy, Lorna Fitch,", "A spokesperson for the premier, Julia Marchetti,": the
                    # possessor or the complement is not the source
                    k = flat.token_at(m_start)
                    while k > first and flat.tokens[k - 1].text != ",":
                        if flat.tag(k - 1) == "NNP":
                            k -= 1
                        elif flat.lower(k - 1) == "of" and k - 2 >= first and flat.tag(k - 2) == "NNP":
                            k -= 2  # "Deputy Secretary of State Wendy Sherman"
                        else:
                            break
                    m_last = flat.token_at(_m_end - 1)
                    return Resolved(_speaker(actor), span_of(flat, k, m_last))
            described = self._name_after_a_description(flat, found, first, last)
            if described is not None:
                return described
            cut = first
            while cut < last and tokens[cut + 1].text != ",":
                cut += 1
            last = cut
        if flat.lower(first) == "the" and _an_age_reference(flat, first, last, self._nationals):
            # "Carlos Ruiz scored twice. “...,” the 24-year-old said.": the person just named
            # three sentences back: a quote of two sentences may stand between ("... Ten years later she employs
            # 140 people. “I didn't have a plan. I just knew ...,” the 39-year-old says.")
            given, other_age = _given_this_age(flat, index, first, last)
            if len(given) > 1:
                # two people of that age ("Maria Lopez, 45, and Ana Ruiz, 45,"): which one is the reader's to know
                span = span_of(flat, first, last)
                return Resolved(Speaker(span.text, None, "person"), span)
            # with nobody given that age, an office after it names its holder: "the 46-year-old prime minister"
            after_age = next(k for k in range(first, last + 1) if flat.lower(k).endswith("year-old")) + 1
            holder = (
                index.by_role(flat, after_age, last)
                if not given and after_age <= last and _an_office(flat.lower(last))
                else None
            )
            if holder is not None and holder.id in other_age:
                holder = None  # "Finance Minister Ana Ruiz, 61, ..." is not "the 46-year-old minister"
            # three sentences back, or five when a quote closes in the sentence before or in this one before the
            # description ("Ms MacLeod told delegates ... “...” ¶ “...” ¶ The 52-year-old also pledged"; '“...,” said
            # the 46-year-old'), not past narration ("A woman was found injured. ... The 52-year-old told officers")
            before = flat.sent_range[flat.sent[first] - 1][0] if flat.sent[first] > 0 else 0
            quoted_before = any(flat.tokens[t].text in CLOSING_MARKS for t in range(before, first))
            governed = _objects_before(flat, index, first)
            aged = (
                given[0]
                if given
                else holder
                or index.last_before(
                    tokens[first].start,
                    {"person"},
                    lambda a: a.id not in other_age and a.id not in governed,
                    window=5 if quoted_before else 3,
                    flat=flat,
                    at=first,
                )
            )
            if aged is not None:
                return Resolved(_speaker(aged), span_of(flat, first, last))
        if flat.lower(first) == "the" and self._a_nationality_reference(flat, first, last):
            # "Brendan Rodgers ... ‘I’m fully focused,’ the Northern Irishman said.": the person just named,
            # or the one the article called so ("Frenchman Luc Baptiste")
            labelled = index.by_role(flat, first + 1, last)
            if labelled is not None:
                return Resolved(_speaker(labelled), span_of(flat, first, last))
            native = index.last_before(tokens[first].start, {"person"}, lambda a: True, window=2, flat=flat, at=first)
            window_first = flat.sent_range[max(0, flat.sent[first] - 1)][0]  # "Djokovic was delighted." names one
            people_named = {
                a.id
                for a, _s, _e in index.mentions(tokens[window_first].start, tokens[first].start)
                if a.type == "person"
            }
            # "Djokovic beat Alcaraz. “...,” the Serb said.": which of them is the reader's to know; with one person
            # just named, maybe the rival, the one the text tied to that nation ("Carlos Alcaraz of Spain beat Jannik
            # Sinner. Sinner said he was tired. The Spaniard said")
            # "the German rider": the nation's word is the one before the athlete
            nation = last - 1 if flat.lower(last) in _ATHLETES else last
            tied = self._the_one_of_that_nation(flat, index, first, nation) if len(people_named) <= 1 else None
            native = None if len(people_named) > 1 else tied or native
            span = span_of(flat, first, last)
            return Resolved(_speaker(native) if native is not None else Speaker(span.text, None, "person"), span)
        head_last = first  # the phrase up to the first preposition other than "of"
        while head_last < last and flat.lower(head_last + 1) not in NP_PREPS - {"of"}:
            head_last += 1
        in_head = index.mentions(tokens[first].start, tokens[head_last].end)
        persons = [(a, e) for a, _s, e in in_head if a.type == "person"]
        if not persons and head_last < last and flat.tag(head_last) not in ("NNS", "NNPS"):
            # not "Researchers at Stanford said": plural people speak for themselves
            # "Sirius XM Vice President for news Dave Gorab called": the name next to the cue
            persons = [(a, e) for a, _s, e in index.mentions(tokens[first].start, tokens[last].end)
                       if a.type == "person" and e == tokens[last].end]  # fmt: skip
        of = next((k for k in range(first + 1, head_last) if flat.lower(k) == "of"), None)
        if persons and of is not None and flat.lower(of - 1) in _CLOSE_PERSONS:
            span = span_of(flat, first, head_last)  # "The wife of John Smith said": she speaks, not he
            return Resolved(Speaker(span.text, None, "group"), span)
        if persons and self._name_modifies_a_group(flat, head_last, persons[-1][1]):
            # "Trump aides said", "Clinton's supporters said": the aides speak, not Trump
            span = span_of(flat, first, head_last)
            return Resolved(Speaker(span.text, None, "group"), span)
        if persons:
            actor, m_end = persons[-1]
            opening = next(((a, s, e) for a, s, e in in_head if a.type == "person"), None) if len(persons) > 1 else None
            if (
                opening is not None
                and all(flat.lower(k) in ROLE_WORDS for k in range(first, flat.token_at(opening[1])))
                and flat.lower(flat.token_at(opening[2] - 1) + 1) == "of"
            ):
                # "said Pep Guardiola of Kevin De Bruyne", "Analyst Clara Benavides of the consultancy Teneo": the
                # first name (after its title) is the source
                actor, _opening_start, m_end = opening
            return Resolved(_speaker(actor), span_of(flat, first, flat.token_at(m_end - 1)))
        if (
            flat.lower(head_last) in SPOKESPEOPLE
            and flat.lower(head_last + 1) in ("for", "of", "at")
            and head_last + 2 <= last
        ):
            # "A spokesperson for Hamas said": the body speaks through its spokesperson, as "a
            # Hamas spokesperson" does, and as a person does through theirs
            bodies = index.mentions(tokens[head_last + 2].start, tokens[last].end)
            if bodies:
                return Resolved(_speaker(bodies[0][0]), span_of(flat, first, last))
        base_last = first
        while (
            base_last < last
            and flat.lower(base_last + 1) not in NP_PREPS
            and (
                tokens[base_last + 1].text != ","
                or (flat.tag(base_last) in ("JJ", "VBN") and flat.tag(base_last + 2) in ("JJ", "CD"))
            )
        ):  # a comma only between adjectives: "the bespectacled, 71-year-old diplomat"
            base_last += 1
        if flat.lower(base_last + 1) == "of":
            # "the secretary of state's office": the possessive closes the "of" phrase, the office is the head
            owner = next(
                (t for t in range(base_last + 2, min(last, base_last + 5)) if flat.lower(t) in POSSESSIVE_MARKS), None
            )
            if (
                owner is not None
                and flat.tag(owner + 1) in ("NN", "NNS")
                and all(flat.tag(t) in NOUN_TAGS or flat.tag(t) == "DT" for t in range(base_last + 2, owner))
                # a title's own words, not a named owner: "The deputy head of China's general staff"
                and not index.mentions(tokens[base_last + 2].start, tokens[owner - 1].end)
            ):
                base_last = owner + 1
                while base_last < last and flat.tag(base_last + 1) in ("NN", "NNS"):
                    base_last += 1
        # Step back to the head noun, but keep a final adjective-tagged head after a
        # determiner: the tagger's reading of "The secretary-general" as DT JJ.
        adjective_head = base_last > first and flat.tag(base_last) == "JJ" and flat.tag(base_last - 1) == "DT"
        adjective_head = adjective_head or flat.lower(base_last).endswith("year-old")  # "the 39-year-old"
        while base_last > first and flat.tag(base_last) not in NOUN_TAGS and not adjective_head:
            base_last -= 1
        if flat.lower(base_last) in _COLLECTIVES and flat.lower(base_last + 1) == "of" and base_last + 1 < last:
            base_last = last  # "a handful of Democrats": the group is the whole phrase
        issued_by = issuer_after(flat, base_last)
        if issued_by is not None and issued_by <= last:
            # "According to a statement from the foreign ministry": the issuer, not the paper
            issuer = self.resolve(flat, index, issued_by, last)
            # an outlet, not where the piece ran: "according to a report in Germany" is no German statement
            if issuer is not None and not (flat.lower(issued_by - 1) == "in" and issuer.speaker.type == "location"):
                return Resolved(issuer.speaker, span_of(flat, first, last))
        span = span_of(flat, first, base_last)
        head = tokens[base_last]
        head_low = head.text.lower()
        in_name = base_last > first and flat.tag(base_last - 1) == "NNP"  # "Yin Myint May"
        time_word = head_low in WEEKDAYS or head_low in MONTHS or head_low in TIME_NOUNS or head_low[:-1] in TIME_NOUNS
        if time_word and not in_name:
            return None  # "Eight years ago", "Saturday": a time, never a source
        if head.tag == "CD" and YEAR.fullmatch(head.text):
            return None  # "filed in 2012 ..., alleging": a year
        found_actors = [
            a
            for a, _s, e in index.mentions(tokens[first].start, tokens[base_last].end)
            if a.type != "location" or e == tokens[flat.token_at(e - 1)].end  # not "Toronto" of "Toronto-based"
        ]
        abbreviated_role = head.text.isupper() and head_low in ROLE_HEADS  # "The Conservative MP", "the CEO"
        # a capitalised head the tagger read as a common noun may be a body's name ("party Junts", "Médecins Sans
        # Frontières")
        # ... when the name is longer than the head or a kind of body names it ("party Junts"; not "Leading Tories")
        named_head = (
            head.text[:1].isupper()
            and head_low.removesuffix("s") not in PARTY_MEMBERS
            and any(
                a.type == "organization" and (e - s > len(head.text) or flat.lower(base_last - 1) in ORG_KINDS)
                for a, s, e in index.mentions(head.start, head.end)
            )
        )
        common = head.tag in ("NN", "NNS") and not named_head
        if head.text[:1].islower() or common or head_low in PARTY_MEMBERS or abbreviated_role:
            if base_last < last and flat.lower(base_last + 1) in SOURCE_POSTMODIFIERS:
                span = span_of(flat, first, last)  # the whole description: "people familiar with the matter"
            return Resolved(self._common_head(flat, index, first, base_last, found_actors, span), span)
        covering = index.mentions(head.start, head.end)
        if covering:
            actor, m_start, m_end = covering[-1]
            if m_start >= tokens[first].start and m_end > span.end:
                span = span_of(flat, first, flat.token_at(m_end - 1))  # "The Confederation of Indian Industry"
            return Resolved(_speaker(actor), span)
        if _an_office(head_low) and (introduced := _introduced_next(flat, index, first, base_last)) is not None:
            return Resolved(_speaker(introduced), span)  # "The Home Secretary has defended ... Yvette Cooper told"
        if found_actors:
            return Resolved(_speaker(found_actors[-1]), span)
        named = index.by_name(flat, first, base_last, self._nationals)
        if named is not None:
            return Resolved(_speaker(named), span)
        kind: Literal["person", "organization"] = "organization"
        if flat.lower(first) in _MALE_TITLES | _FEMALE_TITLES or flat.lower(first) in self._given:
            kind = "person"
        elif (
            head_low in ROLE_HEADS
            and head_low not in _BODY_OFFICES
            and all(flat.lower(k) in ROLE_WORDS or flat.tag(k) == "DT" for k in range(first, base_last + 1))
        ):
            kind = "person"  # "The Prime Minister said": an office, held by a person
            holder = index.by_role(flat, first, base_last, title=True)
            if holder is not None:
                return Resolved(_speaker(holder), span)  # "Chief Minister Siddaramaiah ... the CM told reporters"
        return Resolved(Speaker(span.text, None, kind), span)

    def _a_nationality_reference(self, flat: FlatTokens, first: int, last: int) -> bool:
        """ "the Northern Irishman", "the Dutchman", "the Spaniard", "the Australian": one person of a nation,
        who in a report is the person just named. Not a collective ("the Dutch", "the British", "the Swiss",
        "the Chinese" speak for a nation or a team) and not a plural ("the Australians")."""
        if last == first + 2 and flat.lower(last) in _ATHLETES and flat.tokens[first + 1].text[:1].isupper():
            # "the Dutch rider", "the Kenyan runner": the nation's one in the race, "Dutch" no collective here
            demonym = flat.tokens[first + 1].text
            return flat.lower(first + 1) in self._nationals or place_demonym(
                demonym, lambda n: n.casefold() in self._places
            )
        if not 0 < last - first <= 3 or not all(flat.tokens[k].text[:1].isupper() for k in range(first + 1, last + 1)):
            return False
        noun = flat.lower(last)  # demonyms.tsv holds the nouns too ("Irishman", "Spaniard")
        if noun in self._nationals:
            return self.is_a_national(noun)
        # not a first name ("the Adrian"), as the actor finder's demonyms
        return noun not in self._given and place_demonym(flat.tokens[last].text, lambda n: n.casefold() in self._places)

    def _subject_before(self, flat: FlatTokens, index: ActorIndex, first: int) -> Actor | None:
        """The person who opens the sentence before the pronoun at ``first``, past a title ("President Joko Widodo"),
        of the pronoun's sex."""
        sent = flat.sent[first] - 1
        if sent < 0:
            return None
        k = _past_titles(flat, *flat.sent_range[sent], the=True)
        people = [a for a, s, _e in index.mentions(flat.tokens[k].start, flat.tokens[k].end) if a.type == "person"]
        want = {"his": "male", "her": "female"}.get(flat.lower(first))
        if len(people) != 1 or want is None or self.gender_of(people[0]) not in (None, want):
            return None
        return people[0]

    def _town_in_reach(self, flat: FlatTokens, index: ActorIndex, first: int) -> Actor | None:
        """The one town named in this sentence or the one before: what "the city" speaks for."""
        floor = flat.tokens[flat.sent_range[max(0, flat.sent[first] - 1)][0]].start
        places = {
            id(a): a
            for a, _s, _e in index.mentions(floor, flat.tokens[first].start)
            if a.type == "location" and a.name.casefold() in self._towns
        }
        return next(iter(places.values())) if len(places) == 1 else None

    def _national_office(self, flat: FlatTokens, index: ActorIndex, first: int, head: int) -> Actor | None:
        """The person an office of a nation stands for ("The Jordanian minister"): the one the text ties to that
        nation, when they hold that office or none the text gives."""
        demonym = next(
            (
                k
                for k in range(first + 1, head)
                if flat.tokens[k].text[:1].isupper() and flat.lower(k) in self._nationals
            ),
            None,
        )
        if demonym is None:
            return None
        tied = self._the_one_of_that_nation(flat, index, demonym, demonym)
        if tied is None:
            return None
        # who holds that office, or is a counterpart of one who does ("his Jordanian counterpart, Faisal
        # al-Rawabdeh"): not a citizen of that nation the story names ("Omar Khaled of Jordan")
        office = flat.lower(head)
        return tied if self.holds(index, tied, office, known=True) or _named_as_counterpart(flat, index, tied) else None

    def _the_one_of_that_nation(self, flat: FlatTokens, index: ActorIndex, first: int, last: int) -> Actor | None:
        """The one person named before whom the text ties to the nation of "the Spaniard": "Spain's Carlos Alcaraz",
        "Carlos Alcaraz of Spain", "Alcaraz (Spain)", "the Spanish striker Alvaro Morata". Sports and foreign copy
        name rivals one after the other, so the person just named is often the other one. None when no one, or
        more than one, is tied so."""
        noun = flat.tokens[last].text
        # "Jordanian" -> Jordan, "Nigerian" -> Nigeria (not "Nigerien"), "Italian" -> Italy: the country the
        # adjective is regularly made from
        low_noun = noun.casefold()
        country = DEMONYM_COUNTRIES.get(noun) or next(
            (
                name
                for stem, ending in ((low_noun[:-n], low_noun[-n:]) for n in (1, 2, 3))
                for name in (
                    self._countries.get(stem),
                    self._countries.get(stem + "a"),
                    self._countries.get(stem + "y"),
                )
                if name is not None and len(stem) >= 3 and ending in _DEMONYM_ENDINGS
            ),
            None,
        )
        if country is None:
            return None
        marks = {country, noun} | {adj for adj, c in DEMONYM_COUNTRIES.items() if c == country}
        if country.casefold() + "n" in self._nationals or country.casefold()[:-1] + "ian" in self._nationals:
            marks |= {country + "n", country[:-1] + "ian"}  # "Australian", "Italian": NLTK's nationality list
        tied: set[int] = set()
        found: list[Actor] = []
        # the people named in the sentences before, as far back as a report's rivals are named (bounded: a long
        # text's every "the Spaniard" must not scan it all)
        floor = flat.tokens[flat.sent_range[max(0, flat.sent[first] - _NATION_REACH)][0]].start
        for actor, start, end in index.mentions(floor, flat.tokens[first].start):
            if actor.type != "person" or id(actor) in tied:
                continue
            if actor.affiliation in marks or _tied_to(
                flat, flat.token_at(start), flat.token_at(end - 1), marks, {country}
            ):
                tied.add(id(actor))
                found.append(actor)
        return found[0] if len(found) == 1 else None

    @staticmethod
    def _body_described(flat: FlatTokens, found: list[tuple[Actor, int, int]], first: int) -> Resolved | None:
        """ "The Awami League, the party of ousted prime minister Sheikh Hasina, said": a body
        named first and described as a body is the source, not the person its description names."""
        if not found or not (found[0][0].type == "organization" or " " not in found[0][0].name):
            return None  # a lone word may have been typed a surname ("Wagner, the mercenary group,")
        actor, m_start, m_end = found[0]
        opens = flat.token_at(m_start)
        if opens != first and not (opens == first + 1 and flat.lower(first) == "the"):
            return None
        comma = flat.token_at(m_end - 1) + 1
        if flat.lower(comma) != "," or flat.lower(comma + 1) not in ("the", "a", "an"):
            return None
        head = comma + 2
        while flat.tag(head + 1) in NOUN_TAGS or flat.tag(head + 1) == "JJ":
            head += 1  # the last word of "the mercenary group" before "founded by ..."
        if flat.lower(head) not in _BODY_NOUNS:
            return None
        return Resolved(_speaker(actor), span_of(flat, first, comma - 1))

    @staticmethod
    def _identified_as(flat: FlatTokens, index: ActorIndex, comma: int, last: int) -> Resolved | None:
        """The person a description is identified or named as, between its commas ("The homeowner,
        identified by neighbors as Frank Mills,"), when that person is the whole "as" phrase (not "named as
        Mark Hughes's successor")."""
        if flat.lower(comma + 1) not in ("identified", "named"):
            return None
        as_at = next((k for k in range(comma + 2, min(last, comma + 7)) if flat.lower(k) == "as"), None)
        if as_at is None:
            return None
        for actor, start, end in index.mentions(flat.tokens[as_at + 1].start, flat.tokens[last].end):
            m_last = flat.token_at(end - 1)
            if actor.type == "person" and flat.token_at(start) == as_at + 1:
                if flat.lower(m_last + 1) in POSSESSIVE_MARKS:
                    return None
                return Resolved(_speaker(actor), span_of(flat, as_at + 1, m_last))
        return None

    @staticmethod
    def _name_after_a_description(
        flat: FlatTokens, found: list[tuple[Actor, int, int]], first: int, last: int
    ) -> Resolved | None:
        """ "Her label, Republic Records, said", "His daughter, Beth, said": a short description
        opens the region and the name after its comma is the source, a body the actor list holds
        or a lone given name it does not."""
        comma = next((k for k in range(first + 1, min(last, first + 8)) if flat.tokens[k].text == ","), None)
        # a determiner or a possessive opens the description ("Britain's competition regulator, the CMA,")
        owned = flat.tag(first) == "NNP" and flat.lower(first + 1) in POSSESSIVE_MARKS
        if comma is None or (flat.tag(first) not in ("PRP$", "DT") and not owned):
            return None
        head = comma - 1
        if head - 2 > first and flat.tag(head) == "NNP" and flat.lower(head - 1) in ("in", "for"):
            head -= 2  # "The UN peacekeeping mission in Congo, MONUSCO,": the mission is described
        # a common noun, or an acronym a lower-case word describes ("The super PAC, Georgia Forward Fund, said")
        acronym = flat.tokens[head].text.isupper() and head - 1 > first and flat.tokens[head - 1].text.islower()
        if flat.tag(head) not in ("NN", "NNS") and not acronym:
            return None
        close = next((k for k in range(comma + 1, last + 2) if flat.tokens[k].text == ","), last + 1)
        named_body = next(
            (a for a, s, e in found if a.type == "organization" and flat.token_at(s) in (comma + 1, comma + 2)), None
        )
        listed = any(flat.lower(k) in ("and", "or") for k in range(comma + 1, close))  # "Apple's rivals, Samsung and"
        if (
            named_body is not None
            and not listed
            and (
                flat.lower(comma - 1) not in _CLOSE_PERSONS | ROLE_HEADS
                or (flat.lower(comma - 1) not in _CLOSE_PERSONS and named_body.name.split()[-1].lower() in ORG_HEADS)
            )
        ):
            # not "The victim's brother, Okafor,", "The victim's sister, Charlotte Lewis,": a name typed a body for
            # want of a clue; but "The mine's owner, Koorin Resources,"
            return Resolved(_speaker(named_body), span_of(flat, comma + 1, close - 1))
        if (
            close == comma + 2
            and flat.tag(comma + 1) == "NNP"
            and flat.lower(comma - 1) in _CLOSE_PERSONS | ROLE_HEADS
            and not found
        ):
            span = span_of(flat, comma + 1, comma + 1)  # "His daughter, Beth,": nobody else names her
            return Resolved(Speaker(span.text, None, "person"), span)
        return None

    def _mouthpiece_owner(
        self, flat: FlatTokens, index: ActorIndex, first: int, last: int, content: tuple[int, int] | None
    ) -> Resolved | None:
        """The person a spokesperson or an office speaks for: "his office said", "A Reed spokesman said", "the
        senator's spokeswoman said" are that person's words, as "a spokesman for Ann Cole" is, and as "a Hamas
        spokesman" is Hamas's; so are "its own figures" the firm's. A spokesperson named in the text is still the
        source ("Reed spokesman Tom Hale ... the Reed spokesman said")."""
        evidence = flat.lower(last) in EVIDENCE_SOURCES and flat.lower(first) == "its"  # not "Their analysis"
        if last == first or not (flat.lower(last) in _MOUTHPIECES or evidence) or not flat.tokens[last].text.islower():
            return None  # not a body's name: "the Boulder County Sheriff's Office"
        owner_first = first + (1 if flat.lower(first) in _OWNER_DETERMINERS else 0)
        owner_last = last - 1 - (1 if flat.lower(last - 1) in POSSESSIVE_MARKS else 0)
        if flat.lower(owner_last) == "own" and owner_last > owner_first:
            owner_last -= 1  # "its own figures"
        if owner_last < owner_first:
            return None
        span = span_of(flat, first, last)
        if evidence and (subject := index.opening_actor(flat, flat.sent[first], {"organization"})) is not None:
            return Resolved(_speaker(subject), span)  # "Temu ... has 90m users in the EU, according to its figures"
        if owner_first == owner_last == first and flat.lower(first) in POSSESSIVE_PRONOUNS:
            # "his office", "its own figures": whom the pronoun stands for. Opening a sentence, the person the sentence
            # before is about, whom the statement may name ("President Joko Widodo has defended it. His spokesman said
            # Widodo remains committed"); else one the statement does not name
            subject = (
                self._subject_before(flat, index, first) if first == flat.sent_range[flat.sent[first]][0] else None
            )
            owner = self.resolve(flat, index, first, first, content=content) if subject is None else None
            found = subject or (index.actor_with_id(owner.speaker.actor_id) if owner is not None else None)
            if found is None or (flat.lower(last) == "office" and not index.role_heads(found) - _HONORIFIC_HEADS):
                return None  # an office is an office-holder's: not a dead man's "his office said"
            return Resolved(_speaker(found), span)
        if flat.lower(first) == "the" and (named := index.by_role(flat, first, last)) is not None:
            return Resolved(_speaker(named), span)  # "the Reed spokesman": the one named so before
        while owner_first < owner_last and (
            flat.lower(owner_first).rstrip(".") in ROLE_WORDS or flat.lower(owner_first).rstrip(".") in _HONORIFIC_HEADS
        ):
            owner_first += 1  # "Chancellor Annegret Sommerfeld's spokesman": the person past the title
        start, end = flat.tokens[owner_first].start, flat.tokens[owner_last].end
        people = [a for a in index.named_exactly(start, end) if a.type == "person"]
        sharing = index.named_with(flat.lower(owner_last)) if owner_first == owner_last else []
        if len(people) == 1 and all(a is people[0] for a in sharing):
            # "A Reed spokesman", "Grayson's spokeswoman"; not "a Ford spokesman" beside Ford Motor Co., nor "a
            # Clinton spokesman" with two Clintons in the story
            return Resolved(_speaker(people[0]), span)
        if not people and owner_last < last - 1 and flat.lower(first) == "the":
            owner = self.resolve(flat, index, first, owner_last, content=content)  # "the senator's spokeswoman"
            if owner is not None and owner.speaker.actor_id is not None and owner.speaker.type == "person":
                return Resolved(owner.speaker, span)
        return None

    @staticmethod
    def _name_modifies_a_group(flat: FlatTokens, head: int, name_end_char: int) -> bool:
        """Is the person's name only a modifier of a common-noun head after it ("Trump aides", "a Clinton adviser",
        "Sanders's supporters")? A spokesperson's is not: see ``_mouthpiece_owner``."""
        tok = flat.tokens[head]
        if name_end_char > tok.start or not tok.text[:1].islower():
            return False
        if any(flat.lower(k) in ("and", "&", ",", "or") for k in range(flat.token_at(name_end_char - 1), head)):
            return False  # "Tom Reed and his allies": a joint source, not a modifier
        low = tok.text.lower()
        # "Mr Hughes's solicitor", "Ronaldo's agent", "Smith's daughter": someone close, not the name
        return flat.tag(head) == "NNS" or low in GROUP_HEADS or low in ROLE_HEADS or low in _CLOSE_PERSONS

    def conjuncts(self, flat: FlatTokens, index: ActorIndex, first: int, last: int) -> list[Resolved]:
        """The sources of a joint subject ("The US and Nato", "Britain, France and Germany"),
        each resolved on its own; empty unless there are two or more and every part resolves.
        An "and" inside one actor's name ("Bosnia and Herzegovina") does not split."""
        cuts = [
            k
            for k in range(first + 1, last)
            if (flat.lower(k) in ("and", "&") or flat.lower(k) == ",")
            and not index.mentions(flat.tokens[k].start, flat.tokens[k].end)
        ]
        if not any(flat.lower(k) in ("and", "&") for k in cuts):
            return []
        whole = flat.text[flat.tokens[first].start : flat.tokens[last].end]
        if whole.removeprefix("the ").removeprefix("The ") in COUNTRIES | ORG_NAMES:
            return []  # "Bosnia and Herzegovina", "Procter & Gamble": one name
        if any(
            flat.lower(k) in ("and", "&")
            and flat.tokens[k - 1].text[:1].isupper()
            and flat.tokens[k + 1].text[:1].isupper()
            and not index.mentions(flat.tokens[k - 1].start, flat.tokens[k - 1].end)
            for k in cuts
        ):
            return []  # "Western Australia's Mines and Petroleum Minister Jacqueline Tuohy": one office's portfolios
        parts, start = [], first
        for k in [*cuts, last + 1]:
            a = start + (1 if flat.lower(start) == "and" else 0)
            if a <= k - 1:
                parts.append((a, k - 1))
            start = k + 1
        resolved = [r for r in (self.resolve(flat, index, a, b) for a, b in parts) if r is not None]
        ids = {r.speaker.actor_id for r in resolved}
        if len(resolved) < 2 or len(resolved) < len(parts) or None in ids or len(ids) < len(resolved):
            return []  # a part that is no actor, or the same actor twice
        return resolved

    def _common_head(
        self, flat: FlatTokens, index: ActorIndex, first: int, base_last: int, found: list[Actor], span: Span
    ) -> Speaker:
        """A phrase headed by a common noun: a role ("the secretary general"), an unnamed
        group ("NATO officials", "diplomats"), or a body of a named actor ("Denmark's
        delegation" -> Denmark)."""
        head = flat.tokens[base_last]
        head_low = head.text.lower()
        plural = head.tag == "NNS" or head_low in GROUP_HEADS
        if head_low in _CLOSE_PERSONS and flat.lower(base_last - 1) in POSSESSIVE_MARKS:
            return Speaker(span.text, None, "group")  # "Ronaldo's agent": someone close to the club or person
        # "A nurse who did not want to be named said" is somebody new, not the nurse named before
        new_person = flat.lower(first) in _INDEFINITE
        # "A spokesman for Bramford Rovers said ... “...,” the spokesman said": the latest spokesperson's body, before
        # anyone else whose role is a spokesperson's
        body = None if new_person else _spokesperson_before(flat, index, first, base_last)
        if body is not None:
            return _speaker(body)
        by_role = None if plural or new_person else index.by_role(flat, first, base_last)
        if head_low in SEAT_TITLES and by_role is not None:
            return _speaker(by_role)  # "Florida Sen. Marco Rubio ... the Florida senator"
        if (
            (head_low in PERSON_DESCRIPTIONS or head_low in PARTY_MEMBERS or head_low in SEAT_TITLES)
            and found
            and found[0].type != "person"
        ):
            # "A Walmart employee", "a Starbucks barista", "a Texas Republican", "the Wokingham MP": not the firm,
            # the state or the seat
            return Speaker(span.text, None, "group")
        body = None if by_role is not None else _spokesperson_in_reach(flat, index, first, base_last, new_person)
        if body is not None:
            return _speaker(body)  # "“...,” a company spokesperson said": the firm just named
        if (
            plural
            and head_low in EVIDENCE_SOURCES
            and found
            and found[0].type == "organization"
            and flat.lower(first) not in _SOME  # "some GOP figures" are people
        ):
            return _speaker(found[0])  # "according to U.N. figures", "the WHO's figures", "FEC filings": their issuer
        if plural:
            return Speaker(span.text, None, "group")
        if head_low in _TOWN_WORDS and base_last == first + 1 and flat.lower(first) == "the":
            town = self._town_in_reach(flat, index, first)
            if town is not None:
                return _speaker(town)  # "Amsterdam ... welcomed the law. The city said it would step up inspections"
        # an indefinite description is somebody new unless an apposition gives the name ("Parker Eaton, a
        # nominal Republican who voted for JFK, said")
        if new_person and first >= 2 and flat.lower(first - 1) == ",":
            named_before = _named_before_the_comma(flat, index, first - 1)
            if named_before is not None:
                return _speaker(named_before)
        if new_person and flat.sent[first] <= _LEDE_SENTENCES and head_low in ROLE_HEADS:
            # "A federal judge on Tuesday blocked the ban, saying ... U.S. District Judge Carolyn Whitaker-Ross
            # wrote": a lede's unnamed official is the one the next sentences name with that title
            named_next = _named_next_as(flat, index, base_last, _role_head(head_low)[0])
            if named_next is not None:
                return _speaker(named_next)
            if head_low not in _IN_THE_RANKS and (
                introduced := _introduced_next(flat, index, first, base_last, indefinite=True)
            ):
                # "A former health secretary has told the inquiry ... Graham Pettifer, who ran the Department of
                # Health, said": the newcomer the next sentence opens with, when the text gives them that office (not
                # for "a government adviser", who in a lede is one of many)
                return _speaker(introduced)
        if by_role is not None:
            return _speaker(by_role)
        if (
            not new_person
            and _an_office(head_low)
            and (national := self._national_office(flat, index, first, base_last))
        ):
            return _speaker(national)  # "his Jordanian counterpart, Faisal al-Rawabdeh ... The Jordanian minister"
        if flat.sent[first] <= _LEDE_SENTENCES and head_low in ORG_KINDS and head_low not in ROLE_HEADS:
            # "Kenya's competition regulator has opened an inquiry ... The Competition Authority of Kenya said": a
            # lede's unnamed body is the one of that kind the next sentences name
            # in the next sentences, not its own, where a body named is what it speaks of ("Sudan's army said it had
            # recaptured the town from the paramilitary Rapid Support Forces")
            _, reach = _next_sentences(flat, base_last)
            after = flat.sent_range[flat.sent[base_last]][1] + 1
            body = index.first_named_of_kind(
                flat.tokens[min(after, len(flat.tokens) - 1)].start, reach, ORG_KINDS[head_low]
            )
            # not when one of that kind was named before: "Simon Rattle has left the London Symphony Orchestra. The
            # orchestra said ... The Bavarian Radio Symphony Orchestra said"
            named_before = index.first_named_of_kind(0, flat.tokens[first].start, ORG_KINDS[head_low])
            if body is not None and named_before is None and _same_body(flat, first, base_last, found, body):
                return _speaker(body)
        if _an_office(head_low) and not new_person and (introduced := _introduced_next(flat, index, first, base_last)):
            # "Pakistan's finance minister said ... Muhammad Aurangzeb told a news conference": the minister, not
            # Pakistan
            return _speaker(introduced)
        if _an_office(head_low) and not new_person and (lede_holder := _lede_holder(flat, index, first, base_last)):
            return _speaker(lede_holder)  # "The leader of Northfield Council ... Cllr Reid, who has led ... The leader"
        named_bodies = (
            [a for a in found[1:] if a.type == "organization"] if found and found[0].type == "location" else []
        )
        if named_bodies:
            return _speaker(named_bodies[-1])  # "Yemen's Houthi movement", "China's Xinhua news agency": the body
        if found and not (head_low in _NOT_THE_STATE and found[0].type == "location"):
            return _speaker(found[0])  # "Denmark's delegation", but not "Nigeria's main opposition party"
        named = None if new_person else _named_before_as(flat, index, first, base_last)
        if named is not None:
            return _speaker(named)  # "Her neighbour, Ms Rowan Tremayne, said ... Her neighbour said"
        body = None if new_person else _body_in_apposition_as(flat, index, first, base_last)
        if body is not None:
            return _speaker(body)  # "the FIA, the sport's governing body, ... The governing body added"
        return Speaker(span.text, None, "group")

    def _pronoun(self, flat: FlatTokens, index: ActorIndex, i: int, in_statement: set[int]) -> Resolved | None:
        """The actor a pronoun source stands for; not one of ``in_statement`` (ids of the actors its statement
        names: in "he said Reed would win" he is not Reed) while anyone else fits; with nobody else, he speaks of
        himself ("“Hale has never backed down,” he said" of Tom Hale alone)."""
        tok = flat.tokens[i]
        span = Span(tok.start, tok.end, tok.text)
        linked = index.pronoun_mention(tok.start, tok.end)
        direct = linked if linked is None or id(linked) not in in_statement else None
        if direct is not None and not index.named_last_in_a_quote(direct, tok.start):
            return Resolved(_speaker(direct), span)
        # the actor list linked the pronoun to a name inside a quote: look again without quoted
        # names, and keep the link when nobody else fits ("“I'm Tom Reed,” he said")
        low = tok.text.lower()
        low = POSSESSIVE_PRONOUNS.get(low, low)  # "his claim that": the possessor is the source
        if low in ("he", "she"):
            want = "male" if low == "he" else "female"
            actor = index.last_before(
                tok.start, {"person"}, lambda a: self.gender_of(a) in (None, want) and id(a) not in in_statement
            )
            if actor is None and in_statement and direct is None:
                actor = linked or index.last_before(tok.start, {"person"}, lambda a: self.gender_of(a) in (None, want))
        elif low == "they":
            actor = index.last_before(tok.start, {"organization"}, lambda a: True, window=3, flat=flat, at=i)
        elif low == "it":
            # the subject of the sentence before is the likeliest antecedent ("Moscow's key
            # objective is ... such as Ukraine. It wants ..." -> Russia, not Ukraine)
            s0 = flat.sent_range[flat.sent[i]][0]
            # the sentence's subject, also after a fronted phrase ("In a letter seen by Reuters, it said": not Reuters)
            opens = i == s0 or (
                flat.lower(i - 1) == ","
                and flat.tag(s0) == "IN"
                and not any(flat.tag(k) in FINITE_TAGS for k in range(s0, i))
            )
            actor = index.opening_actor(flat, flat.sent[i] - 1, {"organization", "location"}) if opens else None
            described = _described_body(flat, flat.sent[i] - 1) if opens and actor is None else None
            if described is not None:
                # "The weather service issued a warning for Dallas County. It said ...": the service
                return Resolved(Speaker(described.text, None, "group"), span)
            if actor is None and opens:
                # "Unilever said ... It said ...": a one-word name typed a person by default, with no
                # first name, title or role to show it is one, is the likelier "it"
                named = index.opening_actor(flat, flat.sent[i] - 1, {"person"})
                if named is not None and self._bare_name(named) and not _names_a_body(flat, flat.sent[i] - 1):
                    actor = named
            actor = actor or index.last_before(
                tok.start, {"organization", "location"}, lambda a: True, window=2, flat=flat, at=i
            )
        else:
            actor = None
        actor = actor or direct
        return Resolved(_speaker(actor), span) if actor is not None else None


def _named_as_counterpart(flat: FlatTokens, index: ActorIndex, actor: Actor) -> bool:
    """Is the person named right after "counterpart," ("his Jordanian counterpart, Faisal al-Rawabdeh")?"""
    for m in actor.mentions:
        k = flat.token_at(m.start) - 1
        if k > 0 and flat.lower(k) == ",":
            k -= 1
        if k >= 0 and flat.lower(k) in ("counterpart", "counterparts"):
            return True
    return False


def _tied_to(flat: FlatTokens, k0: int, k1: int, marks: set[str], countries: set[str]) -> bool:
    """Do the words around the name at tokens k0..k1 give it one of the marks of a nation: a country's possessive or
    an adjective of nationality in the words before it ("Spain's Carlos Alcaraz", "the Spanish striker Alvaro
    Morata"), or "of Spain", "from Spain", "(Spain)" after it?"""
    sent = flat.sent[k0]
    k = k0 - 1
    if k > 0 and flat.lower(k) == ",":
        k -= 1  # an apposition: "his Jordanian counterpart, Faisal al-Rawabdeh"
    while (
        k >= max(0, k0 - 5)
        and flat.sent[k] == sent
        and flat.lower(k) not in (",", "and", "or")
        and not flat.tag(k).startswith("VB")
    ):
        if flat.tokens[k].text in marks:
            # a country only as an owner ("Spain's"), not as a subject ("Spain beat Jannik Sinner")
            return flat.tokens[k].text not in countries or flat.tokens[k + 1].text in POSSESSIVE_MARKS
        if flat.tokens[k].text[:1].isupper() and flat.lower(k) not in ROLE_WORDS:
            # another name: "Spain's Carlos Alcaraz beat Jannik Sinner" ties Alcaraz alone; a title's words are
            # passed over ("the Spanish Prime Minister Pedro Sanz")
            return False
        k -= 1
    after = [flat.tokens[j].text for j in range(k1 + 1, min(len(flat.tokens), k1 + 4)) if flat.sent[j] == sent]
    if after[:1] == [","]:
        after = after[1:]
    return len(after) >= 2 and after[0] in ("of", "from", "(") and after[1] in marks


class ActorIndex:
    """Actor mentions sorted by offset, for overlap and "last mentioned before" queries."""

    def __init__(self, flat: FlatTokens, actors: Sequence[Actor], inside: Sequence[bool]) -> None:
        self._actors = list(actors)
        rows: list[tuple[int, int, int, bool]] = []
        # per actor: where it is named (not by pronoun), and whether inside a quote there
        self._named: dict[int, tuple[list[int], list[bool]]] = {}
        names: list[tuple[int, int, bool]] = []
        for ai, actor in enumerate(actors):
            named: list[tuple[int, bool]] = []
            for m in actor.mentions:
                at = flat.token_at(m.start)
                quoted = inside[at]
                # a name inside a compound modifier ("A London-based start-up ... it claims") is no antecedent, nor
                # a dateline's place ("SEOUL - Hanul warned of a slump. It said")
                compound = flat.text[m.end : m.end + 6].lower() in ("-based", "–based") or (
                    actor.type == "person" and _modifier_after_a(flat, at, m.end)
                )
                rows.append((m.start, m.end, ai, m.kind == "pronoun" or quoted or compound or _in_dateline(flat, at)))
                if m.kind != "pronoun":
                    named.append((m.start, quoted))
            named.sort()
            self._named[id(actor)] = ([s for s, _ in named], [q for _, q in named])
            names.extend((s, id(actor), q) for s, q in named)
        names.sort()
        # every naming (not by pronoun) in text order: what a stretch of text names is one bisect away
        self._names = names
        self._name_starts = [n[0] for n in names]
        rows.sort()
        self._rows = rows
        self._starts = [r[0] for r in rows]
        self._max_len = max((r[1] - r[0] for r in rows), default=0)
        self._name_words: list[tuple[frozenset[str], Actor]] = []
        self._role_words: list[tuple[frozenset[str], Actor]] = []
        # each role's head noun, its words before any complement and its names, in the order of _role_words
        self._role_heads: list[tuple[str, frozenset[str], frozenset[str]]] = []
        for actor in actors:
            words: set[str] = set()
            for name in [actor.name, *actor.aliases]:
                words.update(w.lower() for w in name.split() if w[:1].isupper() and len(w) > 2)
            self._name_words.append((frozenset(words), actor))
            for role in actor.roles:
                words = {w.lower().rstrip(".") for w in role.replace("-", " ").split()}
                head, core, role_names = _role_head(role)
                if head == "justice" and (
                    len(actor.name.split()) > 1
                    or any(m.text.lower().startswith(_JUDGES_STYLES) for m in actor.mentions)
                    or any(r.lower().startswith(_JUDGES_STYLES) for r in actor.roles)
                ):
                    # "Justice Grace Wanjiru ... the judge said"; not a "Justice Minister", nor "Justice Adeyemi",
                    # where Justice may be the given name
                    head, core, words = "judge", core | {"judge"}, words | {"judge"}
                self._role_words.append((spelled_out_roles(words), actor))
                self._role_heads.append((head, core, role_names))
        # roles by their head and core words: a reference fits only a role that holds one of its words
        self._roles_by_word: dict[str, list[int]] = {}
        for n, (head, core, _names) in enumerate(self._role_heads):
            for w in core | {head}:
                self._roles_by_word.setdefault(w, []).append(n)

    def role_heads(self, actor: Actor) -> set[str]:
        """The head nouns of the actor's roles."""
        return {h for (_w, a), (h, _c, _n) in zip(self._role_words, self._role_heads, strict=True) if a is actor}

    def first_named(self, actor: Actor) -> int:
        """Where the actor is first named (not by a pronoun); -1 when never."""
        named = self._named[id(actor)][0]
        return named[0] if named else -1

    def first_named_before(self, actor: Actor, end: int) -> bool:
        """Is the actor named for the first time in the mention that covers char ``end - 1``?"""
        named = self._named[id(actor)][0]
        return bool(named) and (len(named) == 1 or named[1] >= end) and named[0] < end

    def first_named_as(self, start: int, end: int, head: str) -> Actor | None:
        """The one person first named within [start, end) whose role has the head noun ``head``."""
        found = {
            id(actor): actor
            for (_words, actor), (role_head, _core, _names) in zip(self._role_words, self._role_heads, strict=True)
            if role_head == head
            and actor.type == "person"
            and self._named[id(actor)][0]
            and start <= self._named[id(actor)][0][0] < end
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def first_named_of_kind(self, start: int, end: int, kind: frozenset[str]) -> Actor | None:
        """The one organisation first named within [start, end) whose name holds a word of ``kind``."""
        found = {
            id(actor): actor
            for words, actor in self._name_words
            if actor.type == "organization"
            and self._named[id(actor)][0]
            and start <= self._named[id(actor)][0][0] < end
            and not words.isdisjoint(kind)
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def person_ending_at(self, tok: Token) -> Actor | None:
        """The person whose name mention ends with token ``tok`` ("Neil Garside" in "Neil Garside, 52,")."""
        people = [a for a, _s, e in self.mentions(tok.start, tok.end) if a.type == "person" and e == tok.end]
        return people[-1] if people else None

    def mentions(self, start: int, end: int) -> list[tuple[Actor, int, int]]:
        """Non-pronoun actor mentions overlapping [start, end), in text order."""
        lo = bisect.bisect_left(self._starts, start - self._max_len)
        hi = bisect.bisect_left(self._starts, end)
        out: list[tuple[Actor, int, int]] = []
        for s, e, ai, is_pron_or_quoted in self._rows[lo:hi]:
            if e > start and s < end and not (is_pron_or_quoted and e - s <= 4):
                out.append((self._actors[ai], s, e))
        return out

    def actor_with_id(self, actor_id: str | None) -> Actor | None:
        return next((a for a in self._actors if a.id == actor_id), None) if actor_id is not None else None

    def named_with(self, word: str) -> list[Actor]:
        """The actors one of whose names holds the capitalised word ("Ford": Bill Ford and Ford Motor Co.)."""
        return [actor for words, actor in self._name_words if word in words]

    def named_exactly(self, start: int, end: int) -> list[Actor]:
        """The actors one of whose mentions is exactly [start, end), a modifier's too ("A Reed spokesman")."""
        lo, hi = bisect.bisect_left(self._starts, start), bisect.bisect_right(self._starts, start)
        return [self._actors[ai] for _s, e, ai, _flag in self._rows[lo:hi] if e == end]

    def named_between(self, start: int, end: int, quoted_only: bool = False) -> set[int]:
        """Ids of the actors named in [start, end): by name, alias or description, not by a pronoun ("himself");
        with ``quoted_only``, named inside quote marks."""
        lo, hi = bisect.bisect_left(self._name_starts, start), bisect.bisect_left(self._name_starts, end)
        return {key for _s, key, quoted in self._names[lo:hi] if quoted or not quoted_only}

    def named_last_in_a_quote(self, actor: Actor, offset: int) -> bool:
        """Is ``actor`` last named before ``offset`` inside a quote? A name in someone's quote
        ("“Cruz is our best debater,” he says") is rarely whom the next "he" stands for."""
        starts, quoted = self._named.get(id(actor), ([], []))
        k = bisect.bisect_left(starts, offset)
        return k > 0 and quoted[k - 1]

    def pronoun_mention(self, start: int, end: int) -> Actor | None:
        lo = bisect.bisect_left(self._starts, start)
        for s, e, ai, _ in self._rows[lo:]:
            if s >= end:
                break
            if s == start and e == end:
                return self._actors[ai]
        return None

    def last_before(
        self,
        offset: int,
        types: set[str],
        accept: object,
        window: int | None = None,
        flat: FlatTokens | None = None,
        at: int = 0,
    ) -> Actor | None:
        """The latest actor mention before ``offset`` of the given types (quoted mentions
        excluded: a name inside someone's quote is rarely the next speaker)."""
        floor = 0
        if window is not None and flat is not None:
            s = max(0, flat.sent[at] - window)
            floor = flat.tokens[flat.sent_range[s][0]].start
        hi = bisect.bisect_left(self._starts, offset)
        for s, _e, ai, is_pron_or_quoted in reversed(self._rows[:hi]):
            if s < floor:
                break
            actor = self._actors[ai]
            if is_pron_or_quoted or actor.type not in types:
                continue
            if callable(accept) and accept(actor):
                return actor
        return None

    def opening_actor(self, flat: FlatTokens, sent: int, types: set[str]) -> Actor | None:
        """The actor named by the first words of sentence ``sent`` (its subject, mostly)."""
        if sent < 0:
            return None
        first = past_dateline(flat, *flat.sent_range[sent])
        # a name after "the" ("The European Commission"), or a description that opens with it ("The Commission")
        for at in (first + 1, first) if flat.lower(first) == "the" and first + 1 < len(flat.tokens) else (first,):
            start = flat.tokens[at].start
            k = bisect.bisect_left(self._starts, start)
            if k < len(self._rows) and self._rows[k][0] == start and not self._rows[k][3]:
                actor = self._actors[self._rows[k][2]]
                return actor if actor.type in types else None
        return None

    def by_role(self, flat: FlatTokens, first: int, last: int, title: bool = False) -> Actor | None:
        """The actor whose role the words ``first``..``last`` repeat or shorten. A capitalised ``title``
        ("The Prime Minister", "the CM") names one office: never a deputy's, a vice's or a former holder's."""
        # "her sister" is a holder of a role "Greer's sister" as "the sister" is: whose, the role's owner says
        parts = {flat.lower(k).replace("-", " ").rstrip(".") for k in range(first, last + 1)} - _REFERENCE_OPENERS
        words = spelled_out_roles({w for part in parts for w in part.split()})
        if not words:
            return None
        # names in the reference ("the Vermont senator") that a role must hold too
        named = {
            flat.lower(k)
            for k in range(first, last + 1)
            if flat.tokens[k].text[:1].isupper() and flat.lower(k) not in ROLE_WORDS and flat.lower(k) != "the"
        }
        head = flat.lower(last).rstrip(".")
        # "the spokesman" is nobody called a spokeswoman, though her office is his ("spokesperson" for both)
        other_sex = {"spokesman": "spokeswoman", "spokeswoman": "spokesman"}.get(head)
        party = {_PARTY_WORDS[w] for w in named if w in _PARTY_WORDS}
        if head in _GENERIC_OFFICES:
            # "the lawmaker" is any member of a legislature, read as each of its offices in turn; a party's name
            # in it ("the Conservative backbencher") is seldom in the role, so it only rules out a holder whose
            # roles name another party ("Labour MP Diane Abbott")
            named -= set(_PARTY_WORDS)
            rest = words - set(_PARTY_WORDS) - {head}
            readings = [(rest | {office}, frozenset({office}), True) for office in _GENERIC_OFFICES[head]]
        else:
            readings = [(words, spelled_out_roles({head}), flat.lower(last) in ROLE_HEADS)]
        tied: list[Actor] = []
        deputies: set[int] = set()
        for reading, ref_head, person_head in readings:
            holders, deputy_ids = self._holders(reading, ref_head, person_head, named, other_sex, title)
            tied += [a for a in holders if a not in tied and not self._of_another_party(a, party)]
            deputies |= deputy_ids
        if len(tied) > 1:
            # "the prime minister" with a prime minister and his deputy named: the prime minister
            tied = [a for a in tied if id(a) not in deputies] or tied
        return tied[0] if len(tied) == 1 else self._closest_holder(flat, first, tied, named)

    @staticmethod
    def _of_another_party(actor: Actor, party: set[str]) -> bool:
        """Do the actor's roles name a party other than the reference's ("Sen. Elizabeth Warren, a Massachusetts
        Democrat" is not "the Republican lawmaker")?"""
        held = {_PARTY_WORDS[w] for r in actor.roles for w in r.lower().split() if w in _PARTY_WORDS}
        return bool(party and held and not held & party)

    def _holders(
        self,
        words: frozenset[str],
        ref_head: frozenset[str],
        person_head: bool,
        named: set[str],
        other_sex: str | None,
        title: bool,
    ) -> tuple[list[Actor], set[int]]:
        """The actors whose roles fit a reference's ``words`` best, and which of them are deputies. The
        reference may repeat the whole role or shorten it ("the secretary-general" for "NATO Secretary
        General"); ``person_head``: the reference ends in a noun for a person ("the detective", not "the
        campaign")."""
        best_score = 0
        tied: list[Actor] = []
        deputies: set[int] = set()
        fitting = sorted({n for w in words for n in self._roles_by_word.get(w, ())})
        for n in fitting:
            (role_words, actor), (head, core, names) = self._role_words[n], self._role_heads[n]
            if other_sex is not None and any(other_sex in r.lower() for r in actor.roles):
                continue
            if (role_words & _OFFICE_CHANGERS) - words:
                if title:
                    continue  # "Deputy Prime Minister Angela Rayner ... The Prime Minister said": another office
                deputies.add(id(actor))  # lower case, a deputy may be meant, but never over the office's holder
            if (role_words ^ words) & _PAST_HOLDERS or (named - role_words and names - words):
                # "the former governor" is not the governor, nor "the Vermont senator" a "Florida Sen."
                continue
            if head not in words and not (ref_head <= core and person_head):
                # "the presidential candidate" is not "the daughter of ... presidential candidate X", but "the
                # detective" is "Detective Sergeant X"
                continue
            common = len(words & role_words)
            shortens = words <= role_words | {"of", "the"}
            # "the Kentucky Republican" is no holder of a role "Republican": a party's member only shortens
            fits = shortens or (role_words <= words | {"of", "the"} and not words & PARTY_MEMBERS)
            if not common or not fits or common < best_score:
                continue
            if common == best_score and tied and actor not in tied:
                tied.append(actor)
            elif common > best_score:
                best_score, tied = common, [actor]
        return tied, deputies

    def _closest_holder(self, flat: FlatTokens, first: int, holders: list[Actor], named: set[str]) -> Actor | None:
        """Of several holders of the office a reference names, the one it means: the one whose roles hold the
        names the reference adds ("the Louisiana senator" for "Sen. Roy Delacroix, a Louisiana Republican",
        beside a Connecticut Democrat; none when no holder's roles do), else the only one named in this sentence
        or the one before ("Sen. Dale Whitcomb said ... “...,” the senator said"), when the others were last
        named five sentences back or more."""
        if named:
            described = [a for a in holders if named <= {w.lower() for r in a.roles for w in r.split()}]
            # "the Florida senator" is not the senator named last when her roles do not say where she is from
            return described[0] if len(described) == 1 else None
        sent = flat.sent[first]
        start = flat.tokens[first].start
        # of holders named before and after the reference, those before ("Spain's defense minister, Lucía
        # Ferrández, ... the minister said", Poland's named a paragraph later)
        holders = [a for a in holders if self.first_named(a) <= start] or holders
        if len(holders) == 1:
            return holders[0]
        near = self.named_between(flat.tokens[flat.sent_range[max(0, sent - 1)][0]].start, start)
        # and no other holder named in the four sentences before: "Its president, Derek Olafsen, said ... The
        # president said" two sentences after the grocer's president spoke is anybody's guess
        wide = self.named_between(flat.tokens[flat.sent_range[max(0, sent - 4)][0]].start, start)
        recent = [a for a in holders if id(a) in near]
        return recent[0] if len(recent) == 1 and sum(id(a) in wide for a in holders) == 1 else None

    def by_name(self, flat: FlatTokens, first: int, last: int, nationals: frozenset[str] = frozenset()) -> Actor | None:
        """The actor a name no mention covers shares a capitalised word with ("the Clinton campaign"); not a
        nationality before the name's last word ("Australian telecommunications provider Southern Cross Mobile" is
        not the Australian Federal Police; "Cuban said" is Mark Cuban)."""
        capitalised = [flat.lower(k) for k in range(first, last + 1) if flat.tokens[k].text[:1].isupper()]
        words = {w for w in capitalised[:-1] if w not in nationals} | set(capitalised[-1:])
        for name_words, actor in self._name_words:
            if words & name_words:
                return actor
        return None


# Abbreviated titles, so that "the CM" finds "Chief Minister Siddaramaiah" and "the chief minister" "West Bengal CM
# Mamata Banerjee".
# Words that make a title another office, or a past one: "The Prime Minister" is not the deputy prime minister,
# nor a former one.
_OFFICE_CHANGERS = frozenset(
    "deputy vice former ex shadow acting assistant junior outgoing interim late associate".split()
)
# Words before an office that leave it the same office: "the minister", "her sister".
_REFERENCE_OPENERS = frozenset({"the", "a", "an", "his", "her", "their"})
# Nouns for any holder of one of several offices: "the lawmaker" is a senator, a representative or an MP.
_LEGISLATORS = ("senator", "representative", "congressman", "congresswoman", "mp", "mep", "mla", "legislator",
                "lawmaker", "assemblyman", "assemblywoman", "assemblymember", "parliamentarian")  # fmt: skip
_GENERIC_OFFICES = {
    "lawmaker": _LEGISLATORS,
    "legislator": _LEGISLATORS,
    "parliamentarian": _LEGISLATORS,
    "congressman": ("congressman", "representative"),
    "congresswoman": ("congresswoman", "representative"),
    "backbencher": ("mp", "backbencher"),
}
# Party names a generic office may carry ("the Conservative backbencher", "the Democratic lawmaker")
_PARTY_WORDS = {
    "conservative": "conservative", "tory": "conservative", "labour": "labour", "labor": "labour",
    "liberal": "liberal", "democrat": "democrat", "democratic": "democrat", "republican": "republican",
    "gop": "republican", "green": "green",
}  # fmt: skip
# Quantifiers before a plural that count people ("some GOP figures", "many Democratic figures")
_SOME = frozenset({"some", "many", "several", "few", "other", "top", "senior", "prominent", "leading"})
# Words opening a description's complement: "A spokesperson for the premier, Julia Marchetti,", "The senator
# representing Ondo South, Chief Adebayo Ogunlade,"
_COMPLEMENT_PREPS = frozenset({"for", "of", "to", "representing"})
# Words that make a role a past one: "the former governor" and "the governor" are two people.
_PAST_HOLDERS = frozenset({"former", "ex", "late", "outgoing"})
_ROLE_ABBREVIATIONS = {
    "cm": ("chief", "minister"),
    "pm": ("prime", "minister"),
    "vp": ("vice", "president"),
    "ceo": ("chief", "executive"),
    "cfo": ("chief", "financial", "officer"),
    "coo": ("chief", "operating", "officer"),
    "cto": ("chief", "technology", "officer"),
    "dg": ("director", "general"),
    "dgp": ("director", "general"),  # of Police, in Indian copy
    "igp": ("inspector", "general"),  # of Police, in Nigerian and Indian copy
    "ppro": ("public", "relations", "officer"),  # a Nigerian police force's spokesperson
    "cs": ("cabinet", "secretary"),  # a Kenyan minister
    # a sports desk's words for a player's role: "Fast bowler Irfan Siddiqui ... the pacer said", "the skipper"
    "pacer": ("fast", "bowler"),
    "paceman": ("fast", "bowler"),
    "skipper": ("captain",),
    # one office whatever its holder's sex: "the police spokesman" for the "Police Command spokesperson"
    "spokesman": ("spokesperson",),
    "spokeswoman": ("spokesperson",),
    # and the offices honorifics name: "Florida Sen. Marco Rubio ... the Florida senator"
    **{h: (office.lower(),) for h, office in HONORIFIC_OFFICES.items()},
}


def _role_head(role: str) -> tuple[str, frozenset[str], frozenset[str]]:
    """The noun a role is about, the words up to it and the role's names ("lawyer for the family" ->
    lawyer, {lawyer}; "CEO of Acme" -> executive, {chief, executive}; "Detective Sergeant" -> sergeant,
    {detective, sergeant})."""
    core_words = role_core(role)
    head = core_words[-1] if core_words else ""
    names = frozenset(w.lower() for w in role.replace("-", " ").replace(".", "").split() if w[:1].isupper())
    return _ROLE_ABBREVIATIONS.get(head, (head,))[-1], spelled_out_roles(set(core_words)), names - ROLE_WORDS


def spelled_out_roles(words: set[str]) -> frozenset[str]:
    """Role words with abbreviated titles written out."""
    out = set(words)
    for w in words:
        if w in _ROLE_ABBREVIATIONS:
            out.discard(w)
            out.update(_ROLE_ABBREVIATIONS[w])
    return frozenset(out)


# After "the N-year-old", nouns that name somebody else than the person just named
_OTHER_PEOPLE = frozenset(
    "victim man woman boy girl son daughter mother father wife husband brother sister friend neighbour"
    " neighbor resident passenger driver pedestrian".split()
)


def _described_body(flat: FlatTokens, sent: int) -> Span | None:
    """The common-noun body that opens sentence ``sent`` ("The weather service issued ...", "The
    agency said ..."), when no actor is named in it."""
    if sent < 0:
        return None
    first, last = flat.sent_range[sent]
    if flat.lower(first) != "the":
        return None
    k = first + 1
    while k < min(last, first + 4) and flat.tokens[k].text.islower() and flat.tag(k) in ("NN", "JJ"):
        k += 1
    head = k - 1
    if head == first or flat.lower(head) not in ORG_HEADS or not flat.tag(k).startswith("VB"):
        return None
    return span_of(flat, first, head)


def _names_a_body(flat: FlatTokens, sent: int) -> bool:
    """Does sentence ``sent`` name an organisation by a common noun ("the company", "its
    ministry"), a likelier "it" than a one-word name ("Jones said the company had cut prices")?"""
    first, last = flat.sent_range[sent]
    return any(
        flat.lower(k) in ORG_HEADS and flat.lower(k - 1) in ("the", "its", "this", "that")
        for k in range(first + 1, last + 1)
    )


def _an_age_reference(flat: FlatTokens, first: int, last: int, nationals: frozenset[str] = frozenset()) -> bool:
    """ "the 24-year-old", "the 24-year-old striker", "the 27-year-old American", "the 45-year-old from Leeds": an
    age that refers back to the person just named; "the 45-year-old victim" or "the 24-year-old's mother" is
    somebody else."""
    age = next((k for k in range(first, last + 1) if flat.lower(k).endswith("year-old")), None)
    if age is None:
        return False
    k = age + 1
    while (
        k <= last
        and k - age <= 3
        and ((flat.tag(k) in ("NN", "JJ", "VBN") and flat.lower(k) not in _OTHER_PEOPLE) or flat.lower(k) in nationals)
    ):
        k += 1  # "the 24-year-old striker", "the 27-year-old American", "the 47-year-old former mayor"
    if k <= last and flat.lower(k) in ("from", "of"):
        k += 1  # "the 45-year-old from Leeds"
        while k <= last and flat.tag(k) in ("NNP", "NNPS", ","):
            k += 1
    return k > last


# Tokens back to look for a description's or an age's earlier holder ("Her neighbour, Ms Rowan Tremayne,",
# "Neil Garside, 52,"): bounded, so that long texts stay linear.
_DESCRIPTION_REACH = 2000


def _given_this_age(flat: FlatTokens, index: ActorIndex, first: int, last: int) -> tuple[list[Actor], set[str]]:
    """The people an earlier text gave the age of "the 52-year-old" ("Neil Garside, 52,", "Garside (52)",
    "Garside, a 52-year-old", "Jim Hale, aged 52,"), latest first; and the ids of those it gave another age,
    whom "the 52-year-old" cannot be ("Fairweather, 31," is not "the 20-year-old")."""
    at = next((k for k in range(first, last + 1) if flat.lower(k).endswith("year-old")), None)
    if at is None:
        return [], set()
    # "52-year-old" is one token or three ("52", "-", "year-old")
    age = flat.lower(at - 2) if flat.lower(at) == "year-old" and flat.lower(at - 1) == "-" else flat.lower(at)
    age = age.split("-", 1)[0]
    if not age.isdigit():
        return [], set()
    given: list[Actor] = []
    other: set[str] = set()
    for k in range(first - 1, max(1, first - _DESCRIPTION_REACH), -1):  # bounded: long texts stay linear
        number = flat.lower(k).split("-", 1)[0]
        if not number.isdecimal() or not 1 <= int(number) <= 119:  # "²" is a digit to isdigit, not to int
            continue
        back = k - 1 if flat.lower(k - 1) == "aged" else k  # "Jim Hale, aged 52,"
        if flat.lower(back - 1) in (",", "("):
            name_end = back - 2  # "Garside, 52" / "Garside (52"
        elif flat.lower(back - 1) in ("a", "an") and flat.lower(back - 2) == ",":
            name_end = back - 3  # "Garside, a 52-year-old"
        else:
            continue
        person = index.person_ending_at(flat.tokens[max(0, name_end)])
        if person is None:
            continue
        if number == age:
            if person not in given:
                given.append(person)
        elif flat.lower(back - 1) != "(" and flat.lower(k + 1) in (",", ")"):
            other.add(person.id)  # "Fairweather, 31,"; not a score "Joe Root (112)" or "Hale, 10 minutes after"
    return given, other - {p.id for p in given}


def _named_before_the_comma(flat: FlatTokens, index: ActorIndex, comma: int) -> Actor | None:
    """The person whose name ends right before the comma at ``comma``, past a place of origin ("Gov. John
    Kasich of Ohio, a Republican who ...": Kasich)."""
    end = comma - 1
    place = [(a, s) for a, s, e in index.mentions(flat.tokens[end].start, flat.tokens[end].end) if a.type == "location"]
    if place and flat.lower(flat.token_at(place[0][1]) - 1) == "of":
        end = flat.token_at(place[0][1]) - 2
    return index.person_ending_at(flat.tokens[end]) if end >= 0 else None


def _named_before_as(flat: FlatTokens, index: ActorIndex, first: int, last: int) -> Actor | None:
    """The person an earlier apposition gave this same description: "Her neighbour, Ms Rowan Tremayne,
    said ..." makes a later "Her neighbour said" Tremayne. Only a short description opening with a
    possessive or "the" ("her neighbour", "the victim's mother"), and only its latest holder."""
    if last - first > 3 or (flat.lower(first) not in POSSESSIVE_PRONOUNS and flat.lower(first) != "the"):
        return None
    if not (flat.lower(last) in KIN or flat.lower(last) in PERSON_NOUNS or flat.lower(last) in ROLE_HEADS):
        return None  # a person's description, not "the poll", "the company"
    words = [flat.lower(k) for k in range(first, last + 1)]
    n = len(words)
    for k in range(first - n - 2, max(-1, first - _DESCRIPTION_REACH), -1):  # bounded: long texts stay linear
        if flat.lower(k + n) != "," or [flat.lower(t) for t in range(k, k + n)] != words:
            if n == 2 and words[0] == "the" and flat.lower(k + n) == "," and flat.lower(k + 1) == words[1]:
                # "The public works minister, Javiera Soto, said ... The minister said": the office with its
                # portfolio, lower-case words between "the" and the noun
                opening = next((t for t in range(k, max(-1, k - 4), -1) if flat.lower(t) == "the"), None)
                if (
                    opening is None
                    or flat.lower(last + 1) == "of"  # "the president of the Communications Workers": another's
                    # lower-case words, no owner's ("The company's president, Ann Cole, ... Its president, Tom Reed")
                    or not all(
                        flat.tokens[t].text.isalpha() and flat.tokens[t].text.islower()
                        for t in range(opening + 1, k + 2)
                    )
                ):
                    continue
            else:
                continue
        name_at = flat.tokens[k + n + 1].start
        people = [(a, s, e) for a, s, e in index.mentions(name_at, name_at + 80) if a.type == "person"]
        if not people:
            return None
        # the name right after the comma, a title aside ("Ms Rowan Tremayne"), and a comma closing it
        actor, m_start, m_end = people[0]
        closed = flat.lower(flat.token_at(m_end - 1) + 1) == ","
        return actor if flat.token_at(m_start) <= k + n + 2 and closed else None
    return None


_APPOSITION_LOOKS = 20  # earlier uses of a body's description to look at, latest first


def _body_in_apposition_as(flat: FlatTokens, index: ActorIndex, first: int, last: int) -> Actor | None:
    """The body an earlier apposition described so: "A spokesperson for the FIA, the sport's governing body, said
    ... The governing body added" is the FIA, as "Spain's independent fiscal watchdog, AIReF, said ... According to
    the watchdog" is AIReF. The description's head and the word before it ("governing body") end the apposition
    right after the body's name, or stand right before its comma and the name; the latest such body."""
    if flat.lower(first) != "the" or not 0 < last - first <= 2 or "*" in ORG_KINDS.get(flat.lower(last), ()):
        return None  # "the company" has its own search for the firm (any firm is a company)
    words = [flat.lower(k) for k in range(first + 1, last + 1)]
    n = len(words)
    for end in flat.occurrences_before(words[-1], first)[:_APPOSITION_LOOKS]:  # bounded: long texts stay linear
        if end < n or (n == 2 and flat.lower(end - 1) != words[0]):
            continue
        k = end - n + 1
        opening = k
        while opening > 0 and (
            flat.tag(opening - 1) in _DESCRIPTION_TAGS or flat.lower(opening - 1) in POSSESSIVE_MARKS
        ):
            opening -= 1
        # a description of its own, opening its sentence or after a comma or a colon: not the object of "In a
        # submission to the committee, Greenpeace, ..."
        free = opening == flat.sent_range[flat.sent[k]][0] or flat.lower(opening - 1) in (",", ":")
        if free and flat.lower(end + 1) == "," and end + 2 < first:  # "... fiscal watchdog, AIReF,"
            at = flat.tokens[end + 2].start
            after = [(a, e) for a, s, e in index.mentions(at, at + 1) if a.type == "organization" and s == at]
            # an apposition the comma after the name closes: not "With Cruz's campaign, Breitbart News asked"
            if after and flat.lower(flat.token_at(after[0][1] - 1) + 1) == ",":
                return after[0][0]
        comma = next((t for t in range(k - 1, max(-1, k - 6), -1) if flat.lower(t) == ","), None)
        if comma is not None and comma > 0 and flat.lower(end + 1) in (",", "."):
            before = flat.tokens[comma - 1]  # "the FIA, the sport's governing body,"
            bodies = [
                a
                for a, _s, e in index.mentions(before.start, before.end)
                if a.type == "organization" and e == before.end
            ]
            if bodies and all(
                flat.tag(t) in _DESCRIPTION_TAGS or flat.lower(t) in POSSESSIVE_MARKS for t in range(comma + 1, k)
            ):
                return bodies[0]
    return None


def body_of_kind(actor: Actor, noun: str) -> bool:
    """Can "the <noun>" ("the company", "the watchdog") be this body? A word of its name's own says the kind, or,
    for a kind any firm fits ("company"), it names no body of another kind."""
    words = [w.lower() for w in actor.name.split()]
    kind = ORG_KINDS.get(noun, frozenset())
    if "*" in kind and not set(words) & (ORG_HEADS - COMPANY_HEADS):
        return True
    # the kind is no word of another body's complement: "Carroway University", "University of Kent", "Police
    # Scotland"; not the "American Association of University Professors", nor the "University and College Union"
    return any(
        w in kind and (k == 0 or words[k - 1] not in ("of", "for", "and")) and words[k + 1 : k + 2] != ["and"]
        for k, w in enumerate(words)
    )


def _spokesperson_in_reach(
    flat: FlatTokens, index: ActorIndex, first: int, base_last: int, indefinite: bool
) -> Actor | None:
    """The body a spokesperson named by no body speaks for: "a company spokesperson" for the one firm named in this
    sentence or the two before ("Parallax said it was disappointed. “...,” a company spokesperson said"), or
    "a university spokesperson" for the one university named before; a bare "A spokeswoman" for the body the
    sentence before opens with ("Brightwell Energy ... said customers would not be affected. A spokeswoman said")."""
    if flat.lower(base_last) not in SPOKESPEOPLE:
        return None
    kind = flat.lower(base_last - 1)
    sent = flat.sent[first]
    if kind in ORG_KINDS and base_last - 1 > first:
        floor = flat.tokens[flat.sent_range[max(0, sent - 2)][0]].start
        bodies = {
            a.id: a
            for a, s, _e in index.mentions(floor, flat.tokens[first].start)
            if a.type == "organization" and body_of_kind(a, kind) and _opens_a_statement(flat, flat.token_at(s))
        }
        if not bodies and "*" not in ORG_KINDS[kind] and flat.lower(base_last + 1) != "in":
            # a kind no firm fits by default ("university", "police", "ministry"): the one such body named in the
            # sentences before; not one "in Kyiv", a place the text has not tied to the body
            floor = flat.tokens[flat.sent_range[max(0, sent - _KIND_REACH)][0]].start
            bodies = {
                a.id: a
                for a, _s, _e in index.mentions(floor, flat.tokens[first].start)
                if a.type == "organization" and body_of_kind(a, kind)
            }
        return next(iter(bodies.values())) if len(bodies) == 1 else None
    bare = flat.tag(base_last + 1).startswith("VB")  # "A spokeswoman said", not "A spokesman for one developer"
    if indefinite and bare and base_last == first + 1 and sent > 0 and flat.sent_range[sent][0] == first:
        body = index.opening_actor(flat, sent - 1, {"organization"})
        return body if body is not None and _opens_a_statement(flat, flat.sent_range[sent - 1][0]) else None
    return None


_KIND_REACH = 6  # sentences back to look for the body "a university spokesperson" speaks for


def _opens_a_statement(flat: FlatTokens, k: int) -> bool:
    """Does the name at token ``k`` open its sentence (after "The") as the subject of a say-verb in it ("Parallax
    said it was disappointed", "Brightwell Energy, one of Britain's largest suppliers, said")? A spokesperson
    after it speaks for that body, as after a reaction ("The White House welcomed the dissents"); not after "A
    Reuters investigation found" or "The Commission fined Google"."""
    first, last = flat.sent_range[flat.sent[k]]
    if k != first and not (k == first + 1 and flat.lower(first) == "the"):
        return False
    if any(flat.lower(t) in SAY_VERBS for t in range(k + 1, last + 1)):
        return True
    # a reaction only as the body's own verb, its first ("The Commission fined Google, which criticised ..." is not)
    verb = next((t for t in range(k + 1, last + 1) if flat.tag(t).startswith("VB")), None)
    return verb is not None and flat.lower(verb) in _REACTIONS


# Verbs of a body's public reaction, which its spokesperson goes on to explain ("The White House welcomed the
# dissents. A spokesman said ..."); not what it did to another ("The Commission fined Google")
_REACTIONS = frozenset("welcomed criticised criticized condemned praised defended hailed denounced slammed".split())


def _spokesperson_before(flat: FlatTokens, index: ActorIndex, first: int, last: int) -> Actor | None:
    """The body an earlier spokesperson spoke for, when "the spokesman" comes back unnamed: "A spokesman for
    Bramford Rovers said ... “...,” the spokesman said" is the club again. Only a bare "the spokes*", and only
    the latest spokesperson before it, of the body named right after "for", "of" or "at"."""
    if last != first + 1 or flat.lower(first) != "the" or flat.lower(last) not in SPOKESPEOPLE:
        return None
    for k in range(first - 1, max(-1, first - _DESCRIPTION_REACH), -1):  # bounded: long texts stay linear
        if flat.lower(k) not in SPOKESPEOPLE:
            continue
        if flat.lower(k - 1) == "the" and flat.lower(k + 1) not in ("for", "of", "at"):
            continue  # an earlier "the spokesman" coming back too: look further for who introduced him
        if flat.lower(k + 1) not in ("for", "of", "at") or k + 2 >= first:
            # "A NSW Health spokesperson said": the body named right before the word
            before = [a for a, _s, e in index.mentions(flat.tokens[k - 1].start, flat.tokens[k - 1].end)] if k else []
            named = [a for a in before if a.type == "organization"]
            return named[0] if named else None
        at = flat.tokens[k + 2 if flat.lower(k + 2) != "the" else k + 3].start
        bodies = [a for a, s, _e in index.mentions(at, at + 1) if a.type == "organization"]
        return bodies[0] if bodies else None
    return None


# The sentences of a lede (a headline is the first): where "A federal judge" is named in the next sentences
_LEDE_SENTENCES = 2
# Tags of the words of a description before its head noun ("its chief", "the drivers' union's general")
_DESCRIPTION_TAGS = frozenset({"DT", "JJ", "NN", "NNS", "NNP", "POS", "PRP$"})
# How a judge is styled before the surname alone ("Mr Justice Fordham")
_JUDGES_STYLES = ("mr justice", "mrs justice", "ms justice", "lord justice", "lady justice", "chief justice")
# Courtesy and academic titles, which name no office that would make their holder somebody else
_HONORIFIC_HEADS = frozenset("professor prof dr doctor sir dame lord lady mr mrs ms miss".split())


def _past_titles(flat: FlatTokens, k: int, last: int, the: bool = False) -> int:
    """The first token from ``k`` that is no capitalised title ("Governor", "Dr", "Sen.") before a name; with
    ``the``, past "the" too ("the President")."""
    while k < last and (
        (flat.tokens[k].text[:1].isupper() and flat.lower(k).rstrip(".") in _TITLE_WORDS)
        or (the and flat.lower(k) == "the")
    ):
        k += 1
    return k


_TITLE_WORDS = ROLE_WORDS | _HONORIFIC_HEADS


def _an_office(noun: str) -> bool:
    """Does the noun name an office, hyphenated ones too ("vice-chancellor", "co-founder")?"""
    return noun in ROLE_HEADS or noun.rsplit("-", 1)[-1] in ROLE_HEADS


_JUDGES = frozenset({"judge", "justice"})
_COURTS = frozenset({"court", "tribunal"})
# Things a clause after them may say someone said of: "a move its chief executive said would cost ..."
_WHAT_SOMEONE_SAYS_OF = frozenset(
    "move claim policy account decision step plan measure proposal figure view charge allegation assertion"
    " accusation argument version estimate idea deal change reform law bill rule practice tactic strategy".split()
)
# Prepositions whose object is somebody other than the clause's subject: "Under questioning from Richard Alcott,
# the 61-year-old accepted" (not "after" or "when", which open a clause: "After Reed scored, the 24-year-old said")
_OBJECT_PREPOSITIONS = frozenset("from by with to for toward towards".split())


def _objects_before(flat: FlatTokens, index: ActorIndex, first: int) -> set[str]:
    """The people named earlier in the sentence of a description at token ``first`` only as a preposition's object
    ("Under questioning from Richard Alcott KC, counsel to the inquiry, the 61-year-old accepted"): the description,
    the sentence's subject, is somebody else."""
    opening = flat.tokens[flat.sent_range[flat.sent[first]][0]].start
    mentions = [(a, s, e) for a, s, e in index.mentions(opening, flat.tokens[first].start) if a.type == "person"]
    governed: dict[str, bool] = {}
    for actor, start, end in mentions:
        at = flat.token_at(start)
        if any(a is actor and s < start < e for a, s, e in mentions):
            continue  # "Cole" of "Ann Cole"
        while at > 0 and flat.tokens[at - 1].text[:1].isupper() and flat.lower(at - 1) not in _OBJECT_PREPOSITIONS:
            at -= 1  # past a title: "from Labour MP Sarah Owen"
        preposition = flat.lower(at - 1) if at > 0 else ""
        object_only = (
            preposition in _OBJECT_PREPOSITIONS
            # not an owner ("by John Smith's lawyers") nor a participle's agent ("a post shared by Mary Jones")
            and flat.lower(flat.token_at(end - 1) + 1) not in POSSESSIVE_MARKS
            and not (preposition == "by" and flat.tag(at - 2) == "VBN")
        )
        governed[actor.id] = governed.get(actor.id, True) and object_only
    return {actor_id for actor_id, only_objects in governed.items() if only_objects}


def _introduced_next(
    flat: FlatTokens, index: ActorIndex, first: int, head: int, indefinite: bool = False
) -> Actor | None:
    """The person a lede's office stands for when the next sentence opens with a newcomer's name ("Pakistan's
    finance minister said ... Muhammad Aurangzeb told a news conference ...", "... its vice-chancellor has told
    staff. In an email sent on Thursday, Professor Alan Fairbrother said"): named there for the first time, with
    no office of their own but a title or this one ("Cllr Margaret Reid, leader of Northbrook Borough Council"). An
    ``indefinite`` description ("A former health secretary") is the newcomer only when the text gives them that
    office ("Graham Pettifer, who ran the Department of Health,"); otherwise it is somebody new."""
    if flat.sent[first] > _LEDE_SENTENCES or flat.sent[head] + 1 >= len(flat.sent_range):
        return None
    if flat.headline(flat.sent[first]):
        return None  # a headline's source is the story's statement that repeats it (see headlines.py)
    k, last = flat.sent_range[flat.sent[head] + 1]
    quoted = flat.tokens[k].text in OPENING_MARKS
    if quoted:
        # past a quote: '“We are late, but not too late,” Park Ji-hoon, administrator of the agency, told reporters',
        # of several sentences too ('"We have shown flexibility. Now it is their turn," Ghaffari told reporters')
        paragraph_end = flat.para_range(k)[1]
        close = next((t for t in range(k + 2, paragraph_end + 1) if flat.tokens[t].text in CLOSING_MARKS), None)
        if close is None or flat.lower(close - 1) != "," or close == paragraph_end:
            return None  # no close, none on a comma, or one that ends the paragraph: no newcomer after it
        k = close + 1
        last = flat.sent_range[flat.sent[k]][1]
    if flat.tag(k) == "IN" or flat.lower(k) in ("speaking", "addressing"):
        # past a fronted phrase: "In an email sent on Thursday, ...", "Speaking in the Dáil, ..." (not "Responding to
        # the figures, ...", whose newcomer answers the lede's source)
        comma = next((t for t in range(k + 1, min(last, k + 12)) if flat.lower(t) == ","), None)
        if comma is None:
            return None
        k = comma + 1
    if flat.lower(k).rstrip(".") in _HONORIFIC_HEADS and k < last:
        k += 1  # "Professor Alan Fairbrother", where the actor list names him without the title
    titled = k
    while (
        titled < min(last, k + 5)
        and flat.tokens[titled].text[:1].isupper()
        and not any(
            a.type == "person" for a, _s, _e in index.mentions(flat.tokens[titled].start, flat.tokens[titled].end)
        )
    ):
        # "Agriculture Secretary Ramon Dizon", "Lieutenant General Tarek el-Sayed", "Suez Canal Authority Chairman
        # Osama Rabie": a title's words, a body's name among them
        titled += 1
    if titled > k and index.mentions(flat.tokens[titled].start, flat.tokens[titled].end):
        k = titled
    opening = flat.tokens[k]
    people = [a for a, s, _e in index.mentions(opening.start, opening.end) if a.type == "person"]
    if len(people) != 1 or not index.first_named_before(people[0], opening.end):
        return None
    person = people[0]
    offices = index.role_heads(person) - _HONORIFIC_HEADS
    noun = _role_head(flat.lower(head))[0]
    # the same office, not a former one ("Imran Khan, the former prime minister,"), or none
    current = [r for r in person.roles if not any(w in _PAST_HOLDERS for w in r.lower().replace("-", " ").split())]
    bodies = _bodies_headed(flat, index, first, head)
    if noun in _GENERIC_HEADS:
        # "the head of the Suez Canal Authority" is whatever office its holder has at that body ("chairman of the
        # Suez Canal Authority"); with no body named, only one whose role holds the kind ("the union's chief")
        roles = " ".join(current).lower()
        end = head
        while (
            end + 1 < min(head + 8, len(flat.tokens))
            # a gerund before a noun is a modifier: "the largest teaching union"
            and (not flat.tag(end + 1).startswith("VB") or (flat.tag(end + 1), flat.tag(end + 2)) == ("VBG", "NN"))
            and flat.lower(end + 1) not in (",", ".")
        ):
            end += 1  # the description's words: "the head of the country's new space agency"
        kinds = {flat.lower(t) for t in range(first, end + 1) if flat.tag(t) == "NN"} - {flat.lower(head)}
        # an office that heads the body, not one in its ranks ("a senior official of the Popular Party")
        same = bool(offices - _IN_THE_RANKS) and (
            all(any(name.lower() in roles for name in (body.name, *body.aliases)) for body in bodies)
            if bodies
            else any(kind in roles for kind in kinds)
        )
    else:
        # a lede's former holder is a former holder, a current one current: "A former health secretary ... Wes
        # Streeting, the health secretary," is somebody else
        former = any(flat.lower(t) in _PAST_HOLDERS for t in range(first, head))
        same = offices == {noun} and (len(current) == len(person.roles)) != former
    # "Cllr Margaret Reid, who has led the council since 2021,": a "who" clause gives the office, over a title
    # the description's nouns, a name's too ("The leader of Northfield Council": a council)
    verb = next((t for t in range(head, min(head + 8, len(flat.tokens))) if flat.tag(t).startswith("VB")), head + 8)
    described = {flat.lower(t) for t in range(first, min(verb, len(flat.tokens))) if flat.tag(t) in NOUN_TAGS}
    same = same or _given_the_office_where_named(flat, index, person, noun in LEADING_OFFICES, bodies, described)
    # a court's offices are held by its judges: "The president of Israel's Supreme Court has warned ... Justice
    # Yitzhak Amit told"
    judge = (
        bool(offices) and offices <= _JUDGES and any(w in _COURTS for body in bodies for w in body.name.lower().split())
    )
    if offices and not (same or judge):
        # after a quote too, one whose office the text gives or who has none: "its governor said ... “...,” Yasir
        # Al-Rumayyan told a conference" (a newcomer with no description is the lede's), not "“...,” Jane Doe, an
        # analyst, told reporters"
        return None
    if (quoted or indefinite) and not same and _described_after(flat, index, person, k, last):
        return None  # "“...,” Mary Wanjiku, 45, told reporters", "“...,” Jane Foster told clients. Foster is ...": new
    if indefinite and not same:
        # "A teacher has told a tribunal ... Sarah Jones denied the claims": an unnamed somebody is named next only
        # when the text gives them the office ("Graham Pettifer, who ran the Department of Health,")
        return None
    # with no office shared, no apposition: a judge the text describes ("Judge Noam Sohlberg, a conservative member
    # of the court,") is not the court's president
    return person if _speaks_where_named(flat, index, person, apposition=same, aside=True) else None


# Verbs that open a sentence describing a person just quoted ("Grant represents the area"; "is"/"was" with a noun)
_DESCRIBING_VERBS = frozenset("represents heads leads runs chairs works lives owns".split())


def _described_after(flat: FlatTokens, index: ActorIndex, person: Actor, k: int, last: int) -> bool:
    """Is the newcomer opening at token ``k`` (in a sentence ending at ``last``) described as somebody of their
    own: an age after the name ("Mary Wanjiku, 45,"), or a next sentence that opens with them and says who they
    are ("Foster is chief economist at Capital Economics")?"""
    t = k
    while t < last and any(a is person for a, _s, _e in index.mentions(flat.tokens[t].start, flat.tokens[t].end)):
        t += 1
    if flat.lower(t) == "," and flat.tag(t + 1) == "CD" and t + 1 <= last:
        return True
    if last + 2 >= len(flat.tokens) or flat.para[last + 1] != flat.para[k]:
        return False
    opening = flat.tokens[last + 1]
    named = any(a is person for a, _s, _e in index.mentions(opening.start, opening.end))
    verb = flat.lower(last + 2)
    if verb in ("is", "was"):
        # "Cole is chief economist at ...", "Cole is a nurse"; not "Reed was responding to questions", "Reed is under
        # pressure"
        return named and flat.tag(last + 3) in ("DT", "JJ", "NN", "NNP", "PRP$")
    return named and verb in _DESCRIBING_VERBS


def _lede_holder(flat: FlatTokens, index: ActorIndex, first: int, head: int) -> Actor | None:
    """The person a later "the chief executive" is, when the lede described the office with that noun and the next
    sentence named its holder ("The chief executive of Caledon Energy has warned ... Pieter van der Linde, who has
    run the company since 2019, said ... The Dutch-born executive added"): the story's one of that office, though
    the actor list gives him no role."""
    if flat.sent[first] <= _LEDE_SENTENCES:
        return None
    noun = flat.lower(head)
    lede_end = flat.sent_range[min(_LEDE_SENTENCES, len(flat.sent_range) - 1)][1]
    for k in range(min(lede_end + 1, first)):
        if flat.lower(k) != noun or flat.headline(flat.sent[k]):
            continue
        start = k
        while start > max(0, k - 6) and flat.tag(start - 1) in _DESCRIPTION_TAGS and flat.lower(start - 1) != ",":
            start -= 1  # back to the description's opening: "the drivers' union's general secretary"
        holder = _introduced_next(flat, index, start, k)
        if holder is not None and index.first_named(holder) < flat.tokens[first].start:
            return holder
    return None


# Offices in a body's ranks, which no lede's "head of" the body holds
_IN_THE_RANKS = frozenset(
    "official member spokesman spokeswoman spokesperson adviser advisor aide staffer analyst employee worker"
    " activist campaigner supporter volunteer organiser organizer lawyer economist".split()
)
# Offices that say only that their holder leads a body: "the head of the authority", "the agency's chief", "the
# leader of England's largest teaching union" (its general secretary)
_GENERIC_HEADS = frozenset({"head", "chief", "boss", "leader"})


def _bodies_headed(flat: FlatTokens, index: ActorIndex, first: int, head: int) -> list[Actor]:
    """The named bodies of an office's description: before it ("NATO chief") or in its "of" complement ("the head
    of the Suez Canal Authority")."""
    before = [a for a, _s, _e in index.mentions(flat.tokens[first].start, flat.tokens[head].start)]
    if flat.lower(head + 1) == "of" and head + 2 < len(flat.tokens):
        at = head + 3 if flat.lower(head + 2) == "the" and head + 3 < len(flat.tokens) else head + 2
        owner = at
        while flat.tag(owner) == "NNP" and flat.lower(owner) not in ("'s", "’s") and owner < at + 4:
            owner += 1
        if owner > at and flat.lower(owner) in ("'s", "’s") and owner + 1 < len(flat.tokens):
            at = owner + 1  # past an owner: "The president of Israel's Supreme Court", "... of South Korea's ..."
        before += [a for a, _s, _e in index.mentions(flat.tokens[at].start, flat.tokens[at].end)][:1]
    return [a for a in before if a.type == "organization"]


def _next_sentences(flat: FlatTokens, head: int, reach: int = 2) -> tuple[int, int]:
    """Char offsets from the end of token ``head`` to the end of the second (or ``reach``-th) sentence after its
    own: where a lede's unnamed source is named."""
    last = flat.sent_range[min(len(flat.sent_range) - 1, flat.sent[head] + reach)][1]
    return flat.tokens[head].end, flat.tokens[last].end


def _named_next_as(flat: FlatTokens, index: ActorIndex, head: int, noun: str) -> Actor | None:
    """The one person first named in the three sentences after the description ending at ``head``, with a title
    or role of that noun, the subject of what follows ("A coroner has found ... Coroner Simone Latimer said", "U.S.
    District Judge Helen Marquardt granted"; not "Judge Ann Lee had ruled otherwise", "Officer Sam Reid, who was
    injured, ..."). An inquest's story may tell of the death first ("A coroner has ruled ... Callum Reid died in
    April. An inquest heard ... Concluding the hearing, Assistant Coroner Jonathan Heath-Whyte said")."""
    person = index.first_named_as(*_next_sentences(flat, head, 3), noun)
    return person if person is not None and _speaks_where_named(flat, index, person, acts=True) else None


# Words naming a body above a country's ("European Central Bank", "World Bank")
_BEYOND_A_STATE = frozenset({"european", "african", "asian", "arab", "international", "world", "global"})


def _same_body(flat: FlatTokens, first: int, head: int, owners: list[Actor], body: Actor) -> bool:
    """Can the lede's "Kenya's competition regulator" be the body named next? Its name holds the description's
    lower-case nouns ("Competition Authority of Kenya"), and no other country's ("Germany's central bank" is not the
    "European Central Bank"; "Nigeria's electoral commission" not the "National Human Rights Commission")."""
    name = {w.lower() for w in body.name.replace("-", " ").split()}
    nouns = {
        flat.lower(k)
        for k in range(first, head)
        if flat.tag(k) in ("NN", "NNS") and flat.lower(k).isalpha() and flat.tokens[k].text.islower()
    }
    if not nouns <= name:
        return False
    owned_by = {w.lower() for a in owners if a.type == "location" for w in a.name.split()}
    places = {w for w in name if w.title() in COUNTRIES or w.title() in DEMONYM_COUNTRIES or w in _BEYOND_A_STATE}
    return (
        not owned_by
        or not places
        or bool(places & owned_by)
        or any(DEMONYM_COUNTRIES.get(w.title(), "").lower() in owned_by for w in places)
    )


def _speaks_where_named(
    flat: FlatTokens, index: ActorIndex, actor: Actor, apposition: bool = False, aside: bool = False, acts: bool = False
) -> bool:
    """Does a speech verb follow the actor's first naming ("Muhammad Aurangzeb told", '"...," said coroner David
    Bell')? With ``apposition``, one may stand between ("Cllr Margaret Reid, leader of ..., said"); with ``aside``,
    a participle or an age ("Yusuf Tuggar, speaking in Abuja, said", "Marcel Lehel Lazar, 44, said"); with
    ``acts``, any verb but "had" will do ("Judge Helen Marquardt granted")."""
    start = index.first_named(actor)
    ends = [e for a, s, e in index.mentions(start, start + 1) if a is actor and s == start]
    if not ends:
        return False
    k = flat.token_at(ends[0] - 1) + 1
    before = flat.token_at(start) - 1
    while before > 0 and flat.tokens[before].text.islower() and flat.lower(before) in ROLE_WORDS:
        before -= 1  # '"...," said coroner David Bell.'
    if flat.lower(before) in SAY_VERBS:
        return True
    if flat.lower(k) == "(":  # an acronym in brackets: "(CAK)"
        k = next((t + 1 for t in range(k, min(len(flat.tokens), k + 5)) if flat.lower(t) == ")"), k)
    aged = flat.tag(k + 1) == "CD" and flat.lower(k + 2) == ","  # "Marcel Lehel Lazar, 44, said"
    if flat.lower(k) == "," and (apposition or (aside and (flat.tag(k + 1) == "VBG" or aged))):
        k = next((t + 1 for t in range(k + 1, min(len(flat.tokens), k + 15)) if flat.lower(t) == ","), k)
        if (aged and flat.lower(k) == "who") or flat.lower(k) == "or":
            # "Chen Jiayi, 36, who is testifying under an agreement, told", "Park Ji-hoon, administrator of the Korea
            # AeroSpace Administration, or KASA, told"
            k = next((t + 1 for t in range(k + 1, min(len(flat.tokens), k + 15)) if flat.lower(t) == ","), k)
    if acts:  # the subject of any verb but a pluperfect, which tells of something before ("had ruled")
        return flat.tag(k).startswith("VB") and flat.lower(k) != "had"
    return flat.lower(k) in SAY_VERBS


# What a story calls the firm it is about ("who has run the company since 2019")
_FIRM_NOUNS = frozenset({"company", "firm", "business", "group"})
_DEPARTMENTS = frozenset({"department", "ministry", "office"})
# A lede's offices that lead a body, which a "who" clause can give ("The chief executive of Acme ..."), not "the
# finance director"
LEADING_OFFICES = frozenset(
    "leader head chief boss executive chairman chairwoman chair president founder owner ceo secretary principal".split()
)
# Verbs of a "who" clause that give its person the lede's office: "Jan Smit, who has run the company since 2019,"
_LEADING_VERBS = frozenset(
    "run runs ran led leads lead heads headed chairs chaired founded co-founded manages managed".split()
)


def _leads_it(flat: FlatTokens, k: int, bodies: list[Actor], kinds: set[str]) -> bool:
    """Does a "who" clause at token ``k`` say its person leads the body of the lede's description ("who has run
    the company since 2019", "who has led the Labour-run council")? Then it is an aside that names the office of a
    lede's unnamed chief, not something else about a newcomer ("Ann Cole, who sells vegetables, said"), nor the
    head of another body ("The chief executive of Acme ... Jane Roe, who heads the regulator")."""
    if flat.lower(k) != "who":
        return False
    k += 1 + (flat.lower(k + 1) in ("has", "had", "have"))
    if flat.lower(k) not in _LEADING_VERBS or flat.lower(k + 1) != "the":
        return False
    # past a modifier or two: "who has led the Labour-run council"
    noun = next((t for t in range(k + 2, min(k + 5, len(flat.tokens))) if flat.tag(t) in ("NN", "NNS")), k + 2)
    kind = flat.lower(noun)
    if not all(flat.tag(t) in ("JJ", "NNP", "VBN") for t in range(k + 2, noun)):
        return False
    if bodies:  # of the body the lede named: "the company" for Acme Energy
        return any(body_of_kind(body, kind) for body in bodies)
    # with none named ("its chief executive"), the story's firm, or the kind the description says ("the union's"), or
    # a body whose name holds the description's noun ("A former health secretary ... who ran the Department of Health")
    name = k + 2
    while name < len(flat.tokens) and (flat.tokens[name].text[:1].isupper() or flat.lower(name) in ("of", "and")):
        name += 1
    words = {flat.lower(t) for t in range(k + 2, name)}
    # a government department's name only: not "who ran the Health Foundation"
    department = bool(words & _DEPARTMENTS) and bool(words & kinds)
    common = flat.tag(noun) in ("NN", "NNS")  # a kind named by a common noun ("the union"), not a name's first word
    return (common and (kind in _FIRM_NOUNS or kind in kinds)) or department


def _given_the_office_where_named(
    flat: FlatTokens, index: ActorIndex, actor: Actor, leading: bool, bodies: list[Actor], kinds: set[str]
) -> bool:
    """Is the actor's first naming followed by a "who" clause that gives him the lede's office over his title: one
    that says he leads the lede's body (see _leads_it), for a ``leading`` office, or that he holds another office
    "also" ("María Rodríguez, who is also first deputy prime minister,"; not "who is also a customer")?"""
    start = index.first_named(actor)
    ends = [e for a, s, e in index.mentions(start, start + 1) if a is actor and s == start]
    k = flat.token_at(ends[0] - 1) + 1 if ends else len(flat.tokens)
    if k + 3 >= len(flat.tokens) or flat.lower(k) != ",":
        return False
    if flat.lower(k + 1) == "who" and flat.lower(k + 2) in ("is", "was") and flat.lower(k + 3) == "also":
        office = next((t for t in range(k + 4, min(k + 9, len(flat.tokens))) if flat.tag(t) in ("NN", "NNS")), None)
        return office is not None and _an_office(flat.lower(office)) and flat.lower(office) not in PERSON_NOUNS
    return leading and _leads_it(flat, k + 1, bodies, kinds)


# Who a sports report calls its athletes after their nation ("the Dutch rider", "the Kenyan runner")
_ATHLETES = frozenset(
    "rider cyclist runner sprinter swimmer skier golfer jockey boxer racer striker midfielder defender goalkeeper"
    " winger batter batsman bowler player champion".split()
)
_INDEFINITE = frozenset({"a", "an", "another"})
_NATION_REACH = 12  # sentences back to look for the person "the Spaniard" is tied to
# How a nationality adjective ends past its country's stem ("Kenya-n", "Jordan-ian", "Ital(y)-ian", "Japan-ese")
_DEMONYM_ENDINGS = frozenset({"n", "an", "ian", "ese", "i"})
_TOWN_WORDS = frozenset({"city", "town", "municipality"})  # "The city said": its government
# Demonyms that end like a collective ("the French", "the Dutch") but name one person ("the Czech said")
_ONE_OF_A_NATION = frozenset({"czech"})
# Who speaks for someone else, and the words before the one they speak for ("One Clinton spokesman")
_MOUTHPIECES = SPOKESPEOPLE | {"office"}
_OWNER_DETERMINERS = frozenset({"a", "an", "the", "one"})
_BODY_OFFICES = frozenset({"executive", "incumbent", "host", "donor", "leadership", "administration"})

# What a body is described as after its name ("The Awami League, the party of ...").
_BODY_NOUNS = frozenset(
    "party group company firm movement militia organisation organization coalition alliance union network agency"
    " faction bloc outfit charity".split()
)
# Bodies of a country that do not speak for its state ("Nigeria's main opposition party").
_NOT_THE_STATE = frozenset(
    "party opposition regulator watchdog union league club team company firm media press newspaper broadcaster"
    " university charity airline carrier lender insurer retailer automaker carmaker airport hospital museum school"
    " stadium".split()
)
# People close to a named person who speak for themselves ("Mr Hughes's solicitor", "the wife of John Smith").
_CLOSE_PERSONS = (
    PERSON_NOUNS
    | KIN
    | frozenset(
        {
            "solicitor",
            "barrister",
            "counsel",
            "agent",
            "advocate",
            "family",
            "relatives",
            "friends",
            "lawyers",
            "attorneys",
        }
    )
)
# Things issued in a name, and figures: their issuer speaks ("a statement from the ministry", "data from Nationwide").
ISSUED = frozenset(
    {"statement", "statements", "letter", "release", "memo", "message", "filing"}
    | {"data", "figures", "statistics", "numbers", "estimates", "forecasts"}  # "data from Nationwide"
)
# What an issuer publishes and dates: "a report released last week by ...", "a study published in July by ..."
_DOCUMENTS = ISSUED | frozenset(
    "report study survey analysis review audit paper assessment investigation estimate forecast projection"
    " tally".split()
)
# An outlet's pieces: "a report in the Daily Telegraph"
_OUTLET_PIECES = frozenset({"report", "article", "story", "interview", "editorial"})
_DATED = TIME_LEADS | TIME_NOUNS | MONTHS | WEEKDAYS  # "last week", "in July", "on Monday", "earlier this year"


def issuer_after(flat: FlatTokens, head: int) -> int | None:
    """The token that opens the issuer of a document whose head noun is token ``head``: "a statement from the
    foreign ministry", "data compiled by Bloomberg", "a report released last week by the Council of State Fiscal
    Analysts", "a report in the Daily Telegraph". The issuer speaks through the document."""
    noun, after = flat.lower(head), flat.lower(head + 1)
    if noun in ISSUED and after in ("from", "by"):
        return head + 2
    if noun in _DOCUMENTS:
        by = head + 1 + (flat.tag(head + 1) == "VBN")  # "a report released last week by", "a report in May by"
        while by < min(head + 6, len(flat.tokens)) and (flat.lower(by) in _DATED or flat.tag(by) == "CD"):
            by += 1
        if flat.lower(by) == "by" and by + 1 < len(flat.tokens):
            return by + 1
    if noun in _OUTLET_PIECES and after == "in" and head + 3 < len(flat.tokens):
        # a capitalised word that is a date or a place names no issuer ("a report in March", "... in Germany"): the
        # resolver finds nobody there, or the caller refuses a place
        outlet = head + 2 + (flat.lower(head + 2) == "the")
        if flat.tokens[outlet].text[:1].isupper():
            return head + 2
    return None


def _modifier_after_a(flat: FlatTokens, k: int, end: int) -> bool:
    """Is the name at token ``k`` (ending at char ``end``) only a modifier after "a" ("from a Tomas Riera corner", "a
    Clinton aide")? It names nobody the next pronoun or description stands for."""
    last = flat.token_at(end - 1)
    nxt = last + 1
    return (
        k > 0
        and flat.lower(k - 1) in ("a", "an")
        and nxt < len(flat.tokens)
        and flat.tag(nxt) in ("NN", "NNS")
        and flat.tokens[nxt].text.islower()
    )


def _in_dateline(flat: FlatTokens, k: int) -> bool:
    """Is token ``k`` part of a dateline opening its sentence ("SEOUL (Reuters) -")?"""
    first, last = flat.sent_range[flat.sent[k]]
    return k - first < 10 and k < past_dateline(flat, first, last)


def past_dateline(flat: FlatTokens, k: int, limit: int) -> int:
    """After a dateline ("WASHINGTON (AP) —", "PARIS, Aug 31 (Reuters) -", "PORTLAND, Maine -"): a
    place is not the source, nor part of the content. Every word before the dash is capitalised,
    a number or inside the brackets, so "NATO allies - including Germany - will" is no dateline."""
    first = flat.tokens[k].text
    bracket = False
    for t in range(k + 1, min(limit, k + 10)):
        text = flat.tokens[t].text
        if text == ":" and opens_the_body(flat, k) and all(flat.tokens[u].text.isupper() for u in range(k, t)):
            return t + 1  # "KOLKATA: Chief minister ... said": an Indian paper's dateline
        if text in DASHES or text == "-":
            capital = first.isupper() and first.isalpha() and len(first) >= 3
            return t + 1 if capital or flat.tokens[t - 1].text == ")" else k
        bracket = (bracket or text == "(") and text != ")"
        if text[:1].islower() and not bracket:
            return k
    return k


def opens_the_body(flat: FlatTokens, k: int) -> bool:
    """Does token ``k`` open the article's first or second paragraph (after a headline), where a
    dateline stands, in a sentence of running text? "HUFFPOLLSTER: A Seismic Shift Among Voters"
    is a column's headline, its words mostly capitalised, and a label that opens other paragraphs
    too names a transcript's speaker."""
    if flat.para_range(k)[0] != k or flat.para[k] > 1:
        return False
    words = [t.text for t in flat.tokens[k : flat.sent_range[flat.sent[k]][1] + 1] if t.text[:1].isalpha()]
    if sum(w[0].isupper() for w in words) >= 0.6 * len(words):
        return False
    # a transcript labels many paragraphs so ("OBAMA: ...", "ROMNEY: ..."); a dateline stands once
    labelled = (
        first for first, _last in flat.para_bounds if flat.tokens[first].text.isupper() and flat.lower(first + 1) == ":"
    )
    return sum(1 for _ in labelled) < 2


def _source_start(flat: FlatTokens, first: int, last: int) -> int:
    """Where the source can start in a "..., Name, description, said" region: past a dateline and
    leading stretches that cannot hold it ("Of Carson, Levine, ..., said", "In a message to
    Clinton, Tanden, head of ..., recounted", "While X did not ..., Y, R-NY, says")."""
    start = past_dateline(flat, first, last)
    while True:
        nxt = next((t for t in range(start, last + 1) if flat.tokens[t].text == ","), None)
        if nxt is None or not _adverbial_segment(flat, start, nxt):
            return start
        start = nxt + 1


def _adverbial_segment(flat: FlatTokens, first: int, comma: int) -> bool:
    """Is [first, comma) a fronted adverbial or a clause of its own, not a name or a description?"""
    low, tag = flat.lower(first), flat.tag(first)
    segment = range(first, comma)
    months_only = all(flat.lower(t) in MONTHS for t in segment)  # "May, the prime minister, said": a name
    if comma > first and not months_only and all(flat.lower(t) in _TIME_WORDS or flat.tag(t) == "CD" for t in segment):
        return True  # "Friday, Texas, leading a coalition of 13 states, asked ...""
    # a role the tagger read as a verb is no verb: "Lions coach Dan Campbell, asked about ..., said"
    finite = any(flat.tag(t) in ("VBD", "VBZ", "VBP", "MD") and flat.lower(t) not in ROLE_HEADS for t in segment)
    if low in SUBORDINATORS or tag == "WRB":
        return finite  # "when Mr. Buchanan, who ..., called for": the clause's own subject
    return tag in ("IN", "VBG", "VBN", "RB", "TO") or low in TIME_LEADS or finite


def _speaker(actor: Actor) -> Speaker:
    return Speaker(actor.name, actor.id, actor.type)
