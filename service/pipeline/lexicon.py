"""The English news lexicons brief ships, loaded once from the data files in ``service/pipeline/data``.

NLTK's gazetteers cover countries, US cities and first names, but not the words that tell a
news reader *what kind* of proper noun they are looking at: titles ("Foreign Secretary"),
organisation heads ("... Council"), world capitals, well-known acronyms, calendar words.
Those lists are data, not code: one file per lexicon, each with a header saying what it holds
and where its entries come from, so they can be reviewed and extended without reading Python.

File format: UTF-8, one entry a line, ``#`` starts a comment line, blank lines are ignored;
``.tsv`` files have tab-separated columns. Single words are stored lower-cased unless they are
proper names (``*_NAMES``, countries, cities, acronyms keep their written form); lookups in
:mod:`service.pipeline.actors` case-fold before testing membership.

Reading the package's own data is the only I/O the pipeline does; it happens at import time.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from importlib import resources
from typing import Literal, cast

Gender = Literal["male", "female"]
EntityKind = Literal["organization", "location"]


def _lines(name: str) -> list[str]:
    """The entry lines of a shipped data file (comments and blank lines removed)."""
    text = resources.files("service.pipeline").joinpath("data").joinpath(name).read_text(encoding="utf-8")
    return [line.rstrip("\r") for line in text.split("\n") if line.strip() and not line.startswith("#")]


def _words(name: str) -> frozenset[str]:
    return frozenset(line.strip() for line in _lines(name))


def _rows(name: str, columns: int) -> list[list[str]]:
    """Rows of a TSV file; a malformed row is a packaging bug, so it fails loudly at import."""
    rows = [[cell.strip() for cell in line.split("\t")] for line in _lines(name)]
    for row in rows:
        if len(row) != columns:
            raise ValueError(f"{name}: expected {columns} tab-separated columns, got {row!r}")
    return rows


def _gender(value: str) -> Gender | None:
    if value not in ("male", "female", "-"):
        raise ValueError(f"unknown gender {value!r}")
    return None if value == "-" else cast(Gender, value)


_HONORIFIC_ROWS = _rows("honorifics.tsv", 4)

#: Honorifics written before a name ("Mr Stoltenberg", "Dr. Fauci"), lower-cased, without the
#: period, mapped to the gender they imply (``None``: the title says nothing about gender).
PERSON_TITLES: dict[str, Gender | None] = {h: _gender(g) for h, g, _, _ in _HONORIFIC_ROWS}

#: Honorifics that name an office, and the office written out ("sen" -> "Senator"): the person's role when
#: nothing else gives one, and what a reference repeats ("Sen. Warren ... the senator").
HONORIFIC_OFFICES: dict[str, str] = {h: office for h, _, office, _ in _HONORIFIC_ROWS if office != "-"}

#: Titles written before a given name rather than a surname: a knight's or dame's "Sir Robert", a Malaysian "Datuk
#: Azman" or "Tun Mahathir".
GIVEN_NAME_HONORIFICS: frozenset[str] = frozenset(h for h, _, _, use in _HONORIFIC_ROWS if use == "given")

#: Two-letter ranks that are titles only in capitals ("PC Daniel Okonjo", "DS Jane Hill"; not "Di Maio").
CAPITAL_RANKS: frozenset[str] = frozenset(h for h, _, _, use in _HONORIFIC_ROWS if use == "capitals")

#: Elected offices, which a person holds beside any other role ("Sen. Tom Reed, the committee's chairman,");
#: a rank beside another role is part of a compound title ("Det Supt Blake").
ELECTED_HONORIFICS: frozenset[str] = frozenset({"sen", "gov", "rep", "cllr", "cr"})

#: Nouns that name an office or function; a role phrase ends with one ("deputy foreign *minister*").
ROLE_HEADS: frozenset[str] = _words("role_heads.txt")

#: Words that may appear inside a role phrase besides its head ("*deputy foreign* minister").
ROLE_MODIFIERS: frozenset[str] = _words("role_modifiers.txt")

#: Every word a role phrase is made of (heads and modifiers).
ROLE_WORDS: frozenset[str] = ROLE_HEADS | ROLE_MODIFIERS

#: Nouns for single people who are neither roles nor groups ("A man who lives nearby said", "One
#: teacher said").
#: The words for a spokesperson, who speaks for a body ("A Hamas spokesman said", "a company spokesperson").
SPOKESPEOPLE: frozenset[str] = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "spokespeople"}
)
PERSON_NOUNS: frozenset[str] = frozenset(
    "man woman boy girl person resident neighbour neighbor witness passenger driver student teacher worker"
    " shopper voter patient victim survivor bystander local customer nurse doctor pupil colleague fan"
    # people in entertainment and crime copy, named by what they do: "The singer said ...", "The suspect told ..."
    " singer actor actress rapper rocker musician comedian star"
    " suspect defendant gunman attacker homeowner caller employee barista cashier clerk volunteer rival".split()
)
#: Kin, who speak for themselves ("the widow of the slain officer urging calm") and describe a person named
#: beside them ("The victim's mother, Sandra Kelly,").
KIN: frozenset[str] = frozenset(
    "wife husband widow widower mother father son daughter sister brother parent friend relative cousin uncle"
    " aunt grandmother grandfather fiancee girlfriend boyfriend".split()
)
#: Prepositions that open a role's complement ("lawyer *for* the family", "head *of* the agency").
ROLE_COMPLEMENTS: frozenset[str] = frozenset({"of", "for", "at", "to", "in", "with", "on", "from"})


def role_core(role: str) -> list[str]:
    """The lower-case words of a role before any complement ("lawyer for the family" -> [lawyer], "friend of
    the coach" -> [friend], "Secretary of State" -> [secretary]). A preposition inside a body's name is no
    complement ("longtime Club for Growth donor")."""
    raw = role.replace("-", " ").replace(".", "").split()
    words = [w.lower() for w in raw]
    for k, w in enumerate(words):
        if w not in ROLE_COMPLEMENTS or not 0 < k < len(words) - 1:
            continue
        if raw[k - 1][:1].isupper() and raw[k + 1][:1].isupper() and words[k - 1] not in ROLE_HEADS:
            continue  # "Club for Growth"
        return words[:k]
    return words


#: Nouns that describe one person as a role does ("a mother of two", "a delivery driver"): PERSON_NOUNS and KIN.
PERSON_DESCRIPTIONS: frozenset[str] = PERSON_NOUNS | KIN

#: What a place joined before them names the home of ("Coimbatore-based", "Leeds-headquartered").
HOME_SUFFIXES: frozenset[str] = frozenset({"based", "headquartered"})

#: Titles of members elected for a seat, whose complement or qualifier is a place ("the MP for Wokingham",
#: "the Wokingham MP", "a Texas senator"), not a body that speaks.
SEAT_TITLES: frozenset[str] = frozenset(
    "mp mla msp mep td senator congressman congresswoman councillor councilman councilwoman assemblyman"
    " assemblywoman representative legislator lawmaker".split()
)

#: A party's member as a description of a person ("Jim Jordan, an Ohio *Republican*,"; "the *Democrat* said"):
#: a role after a name, but no title before one, since it also opens bodies' names ("Republican National
#: Committee").
PARTY_MEMBERS: frozenset[str] = frozenset({"democrat", "republican"})

#: Last words of company names ("Thames *Water*", "Scripps *Research*"), which, unlike the heads of bodies,
#: take no "of"/"for" complement into the name ("Edison Research for the Associated Press" is two).
#: Firms' last words that also end people's names ("Harrowgate Insurance", "Jane Media, a teacher,").
SURNAME_LIKE_HEADS: frozenset[str] = _words("surname_like_heads.txt")
#: Letters after a person's name ("Jane Doyle MP", "Richard Tolley KC", "John Smyth OBE") -> the role they give, or
#: None for an honour.
POST_NOMINALS: dict[str, str | None] = {
    letters: None if role == "-" else role for letters, role in _rows("post_nominals.tsv", 2)
}
COMPANY_HEADS: frozenset[str] = _words("company_heads.txt") | SURNAME_LIKE_HEADS

#: Last words of organisation names ("Nato-Russia *Council*", "World *Bank*", "Thames *Water*").
ORG_HEADS: frozenset[str] = _words("org_heads.txt") | COMPANY_HEADS

#: First or last words of sports-club names ("FC Porto", "Dundee United").
CLUB_WORDS: frozenset[str] = _words("club_words.txt")

#: Nouns only a company has, next to its name: "Dangote Cement shares", "a Goldman Sachs banker", "shares in X".
COMPANY_NOUNS: frozenset[str] = _words("company_nouns.txt")

#: Common nouns that make the name next to them an organisation ("the newspaper La Stampa", "London side Saracens").
ORG_CLASSIFIERS: frozenset[str] = _words("org_classifiers.txt")

#: Organisations usually named without a head word ("Kremlin", "Reuters"). Written form.
ORG_NAMES: frozenset[str] = _words("org_names.txt")

#: Well-known acronyms -> (expansion, type): "NATO" and "North Atlantic Treaty Organization" merge
#: even when the article never writes "(NATO)".
ACRONYMS: dict[str, tuple[str, EntityKind]] = {}
for _acronym, _expansion, _kind in _rows("acronyms.tsv", 3):
    if _kind not in ("organization", "location"):
        raise ValueError(f"acronyms.tsv: unknown type {_kind!r}")
    ACRONYMS[_acronym] = (_expansion, cast(EntityKind, _kind))

#: Other names of countries -> the name brief reports ("Britain" -> "United Kingdom").
COUNTRY_ALIASES: dict[str, str] = {alias: country for alias, country in _rows("country_aliases.tsv", 2)}

#: US states as AP-style datelines abbreviate them ("Calif." -> "California").
STATE_ABBREVIATIONS: dict[str, str] = {abbr: state for abbr, state in _rows("state_abbreviations.tsv", 2)}

#: Countries by their everyday short names.
COUNTRIES: frozenset[str] = _words("countries.txt")

_CITY_ROWS = _rows("world_cities.tsv", 3)

#: Major world cities -> their country (NLTK's city list is US-only).
WORLD_CITIES: dict[str, str] = {city: country for city, country, _ in _CITY_ROWS}

#: Capitals whose name news copy uses for the country's government ("Moscow said").
CAPITALS: dict[str, str] = {city: country for city, country, seat in _CITY_ROWS if seat == "yes"}

#: Gazetteer places that are also plain English words ("High", "Mobile"): not known as places out of context.
PLACE_WORDS: frozenset[str] = _words("place_words.txt")

#: Regions, continents and other places that are not countries or cities. Written form.
PLACE_NAMES: frozenset[str] = _words("place_names.txt")

#: Last words of place names ("Black *Sea*", "Long *Island*").
LOCATION_HEADS: frozenset[str] = _words("location_heads.txt")

_DEMONYM_ROWS = _rows("demonyms.tsv", 2)

#: Adjectives of nationality, region, religion or party that are not actors ("Russian troops").
DEMONYMS: frozenset[str] = frozenset(adjective for adjective, _ in _DEMONYM_ROWS)

#: Adjectives of nationality -> the country (for the affiliation of "Russian President").
DEMONYM_COUNTRIES: dict[str, str] = {adjective: country for adjective, country in _DEMONYM_ROWS if country != "-"}


def place_demonym(word: str, is_place: Callable[[str], bool]) -> bool:
    """Is the word a demonym of a region or town no list of nationalities holds ("Queenslander" ->
    Queensland, "Albertan" -> Alberta, "Texan" -> Texas, "Floridian" -> Florida, "Bostonian" -> Boston,
    "Brooklynite" -> Brooklyn)? ``is_place`` says which names are such places."""
    if not word.isalpha() or not word[:1].isupper() or len(word) < 5:
        return False
    bases: list[str] = []
    if word.endswith("er"):
        bases.append(word[:-2])
    if word.endswith("n"):
        bases += [word[:-1], word[:-1] + "s"]
    if word.endswith("ian"):
        bases += [word[:-3] + "a", word[:-3]]
    if word.endswith("ite"):
        bases.append(word[:-3])
    return any(is_place(b) for b in bases if len(b) >= 4)


MONTHS: frozenset[str] = _words("months.txt")
WEEKDAYS: frozenset[str] = _words("weekdays.txt")

#: Capitalised words that are page furniture, credits or calendar words, never actors.
NON_ACTOR_WORDS: frozenset[str] = MONTHS | WEEKDAYS | _words("non_actor_words.txt")

#: News agencies that appear as photo credits at the end of captions ("... join Nato. EPA").
CREDIT_AGENCIES: frozenset[str] = _words("credit_agencies.txt")

#: Last words of names of events, laws and things that are not actors ("Cold *War*", "World *Cup*").
NON_ACTOR_HEADS: frozenset[str] = _words("non_actor_heads.txt")

#: Lower-case particles inside personal names ("Ursula *von der* Leyen").
NAME_PARTICLES: frozenset[str] = _words("name_particles.txt")

#: Family names of customs that write them first ("*Xi* Jinping", "*Tan* Wei Ming"), lower-case.
FAMILY_NAMES_FIRST: frozenset[str] = _words("family_names_first.txt")

#: Lower-case words allowed inside organisation names ("Organization *for* Security *and* ...").
#: Grammar rather than vocabulary, so it stays here.
ORG_CONNECTORS: frozenset[str] = frozenset({"of", "for", "and", "in", "on", "the", "&"})

#: Common nouns a text uses to refer back to an organisation of that kind ("the alliance") -> the
#: acronyms of the organisations the noun usually denotes in news copy.
ORG_DESCRIPTORS: dict[str, frozenset[str]] = {
    noun: frozenset(a.strip() for a in acronyms.split(",")) for noun, acronyms in _rows("org_descriptors.tsv", 2)
}

#: Common nouns a text uses for an organisation it has named ("Gazprom said ... The company said") -> the
#: name words that make an organisation one of that kind; "*" admits a name without any organisation head.
_ORG_KIND_ROWS = _rows("org_kinds.tsv", 3)
ORG_KINDS: dict[str, frozenset[str]] = {
    noun: frozenset(w.strip() for w in words.split(",")) for noun, words, _ in _ORG_KIND_ROWS
}
#: Kinds named for what a firm does ("the maker", "the start-up"): they refer back to a named firm only as the source
#: of a statement, since they as often describe a firm the text does not name.
SOURCE_ONLY_KINDS: frozenset[str] = frozenset(noun for noun, _, use in _ORG_KIND_ROWS if use == "source")

#: Verbs that introduce attributed speech; a name just before one is a speaker.
SAY_VERBS: frozenset[str] = _words("speech_verbs.txt")

_FIRST_NAME_ROWS = _rows("first_names.tsv", 2)

#: First names NLTK's (mostly English) name lists lack, or list for both genders; this list decides.
EXTRA_MALE_NAMES: frozenset[str] = frozenset(n for n, g in _FIRST_NAME_ROWS if _gender(g) == "male")
EXTRA_FEMALE_NAMES: frozenset[str] = frozenset(n for n, g in _FIRST_NAME_ROWS if _gender(g) == "female")
#: First names given to either gender in English news ("taylor", "riley") that NLTK lists for one only.
SHARED_FIRST_NAMES: frozenset[str] = frozenset(n for n, g in _FIRST_NAME_ROWS if g == "-")


@lru_cache(maxsize=4)
def first_name_genders(
    male_names: frozenset[str], female_names: frozenset[str]
) -> tuple[frozenset[str], frozenset[str]]:
    """(male, female): the lower-case first names that can name a man, and those that can name a woman, from
    NLTK's name lists (``male_names``, ``female_names``) as first_names.tsv corrects them: a "male" or "female"
    row decides the gender, a "-" row puts the name in both sets. A name in one set only has that gender; a name
    in both decides nothing. The actor finder and the speaker resolver both read these, so a name has one gender
    everywhere."""
    male = frozenset(n.casefold() for n in male_names) - EXTRA_FEMALE_NAMES | EXTRA_MALE_NAMES | SHARED_FIRST_NAMES
    female = frozenset(n.casefold() for n in female_names) - EXTRA_MALE_NAMES | EXTRA_FEMALE_NAMES | SHARED_FIRST_NAMES
    return male, female


#: Verbs of going and sending (and the direction words that follow them): "fled to X" makes X a place.
MOTION_WORDS: frozenset[str] = _words("motion_verbs.txt")

#: Common nouns that name a settlement or area: "the village of *X*" makes X a place.
SETTLEMENT_NOUNS: frozenset[str] = _words("settlement_nouns.txt")
