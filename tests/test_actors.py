"""Tests for the named-actor recogniser: hand-written sentences, robustness, and the seed articles."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from service.pipeline.actors import ActorFinder
from service.pipeline.document import Document
from service.pipeline.resources import LanguageResources
from service.pipeline.results import Actor

Analyze = Callable[..., Document]
SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="module")
def finder(resources: LanguageResources) -> ActorFinder:
    return ActorFinder(resources)


@pytest.fixture()
def actors_of(finder: ActorFinder, analyze_text: Analyze) -> Callable[[str], list[Actor]]:
    def run(text: str) -> list[Actor]:
        doc = analyze_text(text)
        found = finder(doc)
        for actor in found:  # invariants that hold for every output
            for m in actor.mentions:
                assert doc.text[m.start : m.end] == m.text
            assert [m.start for m in actor.mentions] == sorted(m.start for m in actor.mentions)
            assert 0.0 <= actor.salience <= 1.0
        return found

    return run


def by_name(actors: list[Actor], name: str) -> Actor:
    matches = [a for a in actors if a.name == name]
    assert matches, f"{name!r} not among {[a.name for a in actors]}"
    return matches[0]


def names(actors: list[Actor]) -> set[str]:
    return {a.name for a in actors}


def test_title_is_split_from_name_and_surname_mentions_merge(actors_of: Callable[[str], list[Actor]]) -> None:
    found = actors_of(
        "Chancellor Olaf Scholz met Finance Minister Christian Lindner in Berlin on Tuesday. "
        "Mr Scholz said the budget was sound. Lindner did not comment."
    )
    scholz = by_name(found, "Olaf Scholz")
    assert scholz.type == "person"
    assert "Chancellor" in scholz.roles
    assert "Mr Scholz" in scholz.aliases
    assert scholz.gender == "male"
    assert {m.kind for m in scholz.mentions} == {"name", "alias"}
    lindner = by_name(found, "Christian Lindner")
    assert "Finance Minister" in lindner.roles
    assert len(lindner.mentions) == 2
    assert by_name(found, "Berlin").type == "location"
    assert not names(found) & {"Tuesday", "Chancellor", "Finance Minister", "Mr"}


def test_lower_case_roles_before_and_in_apposition(actors_of: Callable[[str], list[Actor]]) -> None:
    found = actors_of(
        "Maria Lopez, the Spanish ambassador to the United Nations, spoke first. "
        "Then government spokesman Pedro Alvarez read a statement."
    )
    assert "Spanish ambassador to the United Nations" in by_name(found, "Maria Lopez").roles
    assert "government spokesman" in by_name(found, "Pedro Alvarez").roles
    assert by_name(found, "Maria Lopez").gender == "female"


def test_organisations_with_connectors_and_acronyms(actors_of: Callable[[str], list[Actor]]) -> None:
    found = actors_of(
        "Officials from the World Health Organization (WHO) met the Bank of England. "
        "The WHO said cases were rising, and the EU agreed. The European Union will meet again."
    )
    who = by_name(found, "World Health Organization")
    assert who.type == "organization"
    assert any(m.kind == "acronym" and m.text == "WHO" for m in who.mentions)
    assert by_name(found, "Bank of England").type == "organization"
    eu = by_name(found, "European Union")
    assert "EU" in eu.aliases


def test_casing_variants_and_country_aliases_merge(actors_of: Callable[[str], list[Actor]]) -> None:
    found = actors_of(
        "Nato will meet on Friday. The NATO meeting was called by the US. "
        "The United States said it would attend, and Britain agreed."
    )
    nato = [a for a in found if a.type == "organization"]
    assert len(nato) == 1 and len(nato[0].mentions) == 2
    us = by_name(found, "United States")
    assert us.type == "location" and "US" in us.aliases
    assert by_name(found, "Britain").type == "location"


def test_common_words_calendar_and_junk_are_not_actors(actors_of: Callable[[str], list[Actor]]) -> None:
    found = actors_of(
        "Tensions rose on Wednesday in January.\n"
        "But Ministers said Those talks failed.\n"
        "Readers Comments\n"
        "Your Voice\n"
        "Russian troops massed near the border. Alamy Stock Photo\n"
        "Secretary General\n"
        "Mr"
    )
    assert names(found) == set()


def test_capitals_acting_are_metonyms_of_their_country(actors_of: Callable[[str], list[Actor]]) -> None:
    found = actors_of(
        "Russia said Moscow would reply. Washington rejected the demand, Kyiv said. "
        "Envoys met in Moscow and Washington last week. Tokyo’s plan was welcomed in Paris."
    )
    assert {a.name: a.type for a in found} == {
        "Russia": "location",
        "United States": "location",
        "Ukraine": "location",
        "Moscow": "location",
        "Washington": "location",
        "Japan": "location",
        "Paris": "location",
    }
    russia = by_name(found, "Russia")
    assert [(m.text, m.kind) for m in russia.mentions] == [("Russia", "name"), ("Moscow", "metonym")]
    assert {m.kind for m in by_name(found, "United States").mentions} == {"metonym"}
    assert [m.kind for m in by_name(found, "Japan").mentions] == ["metonym"]  # possessive
    assert [m.kind for m in by_name(found, "Moscow").mentions] == ["name"]  # "met in Moscow and Washington"
    assert "Moscow" not in russia.aliases


def test_affiliation_from_qualifier_possessive_and_descriptor(actors_of: Callable[[str], list[Actor]]) -> None:
    found = actors_of(
        "Nato held talks on Monday. Alliance chief Ana Ruiz spoke first. "
        "Tom Reed, the US ambassador to Nato, agreed. Spain's foreign minister Carla Vidal disagreed. "
        "Ukrainian envoy Pavlo Hrytsenko was also there, as was Mali and its president, Yusuf Dembelo."
    )
    assert by_name(found, "Ana Ruiz").affiliation == "Nato"
    assert by_name(found, "Tom Reed").affiliation == "US"  # the employer, not the posting ("to Nato")
    assert by_name(found, "Carla Vidal").affiliation == "Spain"
    assert by_name(found, "Carla Vidal").roles == ["Spain's foreign minister"]
    assert by_name(found, "Pavlo Hrytsenko").affiliation == "Ukraine"
    keita = by_name(found, "Yusuf Dembelo")
    assert keita.roles == ["president"] and keita.affiliation == "Mali"


def test_roles_are_normalised_and_near_duplicates_merged(actors_of: Callable[[str], list[Actor]]) -> None:
    found = actors_of(
        "UN CHIEF ANTONIO Guterres spoke. Secretary-General Antonio Guterres said more. "
        "Later UN Secretary-General Antonio Guterres left. Mr Guterres, the secretary-general at the meeting, "
        "was tired."
    )
    guterres = by_name(found, "Antonio Guterres")
    assert guterres.roles == ["UN chief", "UN Secretary-General"]
    assert guterres.affiliation == "UN"
    assert not any(" " in r and r.isupper() for r in guterres.roles)


def test_lone_unknown_words_are_not_people_without_evidence(actors_of: Callable[[str], list[Actor]]) -> None:
    found = actors_of(
        "Kestrava bought Lumitex last year. Okafor said the deal was fair. "
        "Rebels held the village of Tarnovka. Fighting continued in Brelsk."
    )
    types = {a.name: a.type for a in found}
    assert types["Kestrava"] == "organization" and types["Lumitex"] == "organization"
    assert types["Okafor"] == "person"  # subject of a say-verb
    assert types["Tarnovka"] == "location" and types["Brelsk"] == "location"


def test_bylines_author_boxes_teasers_and_junk_sentences_are_skipped(
    finder: ActorFinder, analyze_text: Analyze
) -> None:
    body = "Nato ministers met in Brussels to discuss the crisis with Russia. " * 4
    text = (
        "By Harriet Colm\n\n" + body + "\n\nAbout Harriet Colm\n\nCheck Also\n\n"
        "Seven Playstation Games You Forgot\n\nWorking with studios such as Ubisoft, the team grew."
    )
    doc = analyze_text(text)
    found = names(finder(doc))
    assert {"Nato", "Brussels", "Russia"} <= found
    assert not found & {"Harriet Colm", "Playstation", "Ubisoft"}
    for s in doc.sentences:
        if "Brussels" in s.text:
            s.is_junk = True
    assert "Brussels" not in names(finder(doc))


def test_speakers_and_headline_raise_salience(actors_of: Callable[[str], list[Actor]]) -> None:
    found = actors_of(
        "Ana Ruiz met Tom Reed in Lisbon. Ana Ruiz and Tom Reed ate lunch. "
        "Tom Reed said the talks went well. “We agree,” said Tom Reed."
    )
    assert by_name(found, "Tom Reed").salience > by_name(found, "Ana Ruiz").salience


def test_description_with_an_owner_links_to_the_role_holder(actors_of: Callable[[str], list[Actor]]) -> None:
    found = actors_of("Kremlin spokesman Ivan Orlov spoke on Monday. Later the Kremlin spokesman denied it.")
    orlov = by_name(found, "Ivan Orlov")
    assert any(m.kind == "description" and m.text == "the Kremlin spokesman" for m in orlov.mentions)
    assert orlov.affiliation == "Kremlin"


def test_first_names_beyond_the_english_lists_give_gender(actors_of: Callable[[str], list[Actor]]) -> None:
    found = actors_of("Dmitry Orlov met Josep Puig and Mette Lund in Oslo.")
    assert by_name(found, "Dmitry Orlov").gender == "male"
    assert by_name(found, "Josep Puig").gender == "male"
    assert by_name(found, "Mette Lund").gender == "female"


def test_team_names_in_results_tables_are_organisations(finder: ActorFinder, analyze_uncleaned: Analyze) -> None:
    # The service's cleaner drops short table lines; the recogniser is tested on them directly.
    doc = analyze_uncleaned("Results on Sunday:\nDallas 24 Chicago 17\nDenver 10 Boston 3\nFans in Dallas cheered.")
    found = finder(doc)
    assert {m.text for a in found if a.type == "organization" for m in a.mentions} >= {"Chicago", "Denver"}


def test_description_links_to_unique_role_holder(actors_of: Callable[[str], list[Actor]]) -> None:
    found = actors_of(
        "Secretary General Ana Ruiz opened the summit. Later the secretary general said NATO was united. "
        "The alliance will meet again."
    )
    ruiz = by_name(found, "Ana Ruiz")
    assert any(m.kind == "description" and m.text == "the secretary general" for m in ruiz.mentions)
    nato = by_name(found, "NATO")
    assert any(m.kind == "description" and m.text == "The alliance" for m in nato.mentions)


def test_all_caps_headline_words(actors_of: Callable[[str], list[Actor]]) -> None:
    found = actors_of("UN CHIEF ANTONIO Guterres warned on Monday that talks with Iran had stalled.")
    guterres = [a for a in found if a.type == "person"]
    assert len(guterres) == 1 and guterres[0].name.endswith("Guterres")
    assert by_name(found, "UN").type == "organization"
    assert by_name(found, "Iran").type == "location"


@pytest.mark.parametrize(
    "text",
    ["", " ", ".", "“”", "Mr", "A", "!!! ??? ...", "(((", "NATO", "\n\n\n", "Mr. Mr. Mr.", "- - -", "U.S."],
)
def test_junk_input_never_raises(actors_of: Callable[[str], list[Actor]], text: str) -> None:
    actors_of(text)


def test_repeated_text_merges_into_one_actor_each(finder: ActorFinder, analyze_text: Analyze) -> None:
    # Speed on long input is measured in bench/, not here; this checks the merge at scale.
    doc = analyze_text("Jens Stoltenberg met Liz Truss in Brussels. " * 400)
    found = finder(doc)
    assert len([a for a in found if a.name == "Jens Stoltenberg"]) == 1
    assert len(by_name(found, "Jens Stoltenberg").mentions) == 400
    assert by_name(found, "Jens Stoltenberg").salience == 1.0 or by_name(found, "Liz Truss").salience == 1.0


@pytest.fixture(scope="module")
def seed_actors(resources: LanguageResources) -> dict[str, tuple[Document, list[Actor]]]:
    from service.pipeline.document import DocumentAnalyzer

    analyzer = DocumentAnalyzer(resources.splitter, resources.tagger)
    finder = ActorFinder(resources)
    out: dict[str, tuple[Document, list[Actor]]] = {}
    for path in sorted(SEEDS.glob("*.txt")):
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
        doc = analyzer(text, text.splitlines()[0])
        out[path.name[:3]] = (doc, finder(doc))
    return out


def test_seed_mentions_are_exact_spans(seed_actors: dict[str, tuple[Document, list[Actor]]]) -> None:
    for doc, found in seed_actors.values():
        assert found
        assert [a.id for a in found] == [f"a{i}" for i in range(1, len(found) + 1)]
        assert found[0].salience == 1.0
        assert [a.salience for a in found] == sorted((a.salience for a in found), reverse=True)
        for actor in found:
            for m in actor.mentions:
                assert doc.text[m.start : m.end] == m.text


def test_seed_000_main_actors(seed_actors: dict[str, tuple[Document, list[Actor]]]) -> None:
    _, found = seed_actors["000"]
    assert found[0].name in ("Nato", "NATO", "Russia")
    stoltenberg = by_name(found, "Jens Stoltenberg")
    assert stoltenberg.type == "person" and stoltenberg.gender == "male"
    assert "Secretary General" in stoltenberg.roles
    assert "Mr Stoltenberg" in stoltenberg.aliases
    assert by_name(found, "Russia").type == "location"
    assert by_name(found, "Liz Truss").roles == ["Britain's Foreign Secretary"]
    assert by_name(found, "Liz Truss").affiliation == "Britain"
    assert "European Commission President" in by_name(found, "Ursula von der Leyen").roles
    assert any("Secretary of State" in r for r in by_name(found, "Antony Blinken").roles)
    assert any("spokeswoman" in r for r in by_name(found, "Emily Horne").roles)
    for place in ("Ukraine", "Moscow", "Geneva", "Washington", "Britain"):
        assert by_name(found, place).type == "location"
    assert not names(found) & {"Ministers", "Wednesday", "Friday", "January", "But", "Secretary General", "Mr"}


def test_seed_001_roles_and_aliases(seed_actors: dict[str, tuple[Document, list[Actor]]]) -> None:
    _, found = seed_actors["001"]
    assert by_name(found, "Alexander Grushko").roles == ["deputy foreign minister"]
    assert "Mr Grushko" in by_name(found, "Alexander Grushko").aliases
    assert "Kremlin spokesman" in by_name(found, "Dmitry Peskov").roles
    assert "US deputy secretary of state" in by_name(found, "Wendy Sherman").roles
    assert "Ms Sherman" in by_name(found, "Wendy Sherman").aliases
    assert "US ambassador to Nato" in by_name(found, "Julianne Smith").roles
    assert "UK Foreign Secretary" in by_name(found, "Liz Truss").roles
    assert by_name(found, "Organisation for Security and Co-operation in Europe").type == "organization"
    assert by_name(found, "Nato").type == "organization"
    assert "EPA" not in names(found)


def test_seed_002_and_004_variants(seed_actors: dict[str, tuple[Document, list[Actor]]]) -> None:
    _, found = seed_actors["002"]
    putin = by_name(found, "Vladimir V. Putin")
    assert putin.gender == "male" and any(m.text in ("Mr Putin", "Mr. Putin") for m in putin.mentions)
    assert by_name(found, "Antony J. Blinken").type == "person"
    assert by_name(found, "United States").type == "location"
    assert by_name(found, "NATO").salience == 1.0
    _, found = seed_actors["004"]
    sherman = by_name(found, "Wendy Sherman")
    assert "Deputy Secretary of State" in sherman.roles and "Sherman" in sherman.aliases
    assert "NATO Secretary General" in by_name(found, "Jens Stoltenberg").roles


def test_seed_003_caption_is_not_article_text(seed_actors: dict[str, tuple[Document, list[Actor]]]) -> None:
    # The only place seed 003 spells out "North Atlantic Treaty Organization (NATO)" is a photo
    # caption, which the cleaner drops; the acronym rule itself is tested on hand-written text.
    _, found = seed_actors["003"]
    nato = by_name(found, "NATO")
    assert nato.type == "organization"
    assert "North Atlantic Treaty Organization" not in names(found)
    stoltenberg = by_name(found, "Jens Stoltenberg")  # not the headline-style "JENS Stoltenberg"
    assert "NATO Secretary General" in stoltenberg.roles
    assert not names(found) & {"Alamy Stock Photo", "Alamy", "Readers Comments", "Your Voice", "Tensions", "Those"}
