"""The vectorised tagger must give exactly NLTK's tags: same weights, features, tag dictionary and tie-breaks."""

from __future__ import annotations

import functools

import pytest
from nltk.tag.perceptron import PerceptronTagger

from service.corpus.store import SeedStore
from service.pipeline.document import _TAGGER_FORMS, tokenize
from service.pipeline.resources import LanguageResources
from service.pipeline.tagging import FastPerceptronTagger, normalize

from .conftest import SEEDS_DIR


@functools.cache
def _nltk_tagger() -> PerceptronTagger:
    from service.resources import _configure_nltk

    _configure_nltk()
    return PerceptronTagger(lang="eng")


@pytest.fixture(scope="module")
def reference() -> PerceptronTagger:
    return _nltk_tagger()


@pytest.fixture(scope="module")
def fast(resources: LanguageResources) -> FastPerceptronTagger:
    assert isinstance(resources.tagger, FastPerceptronTagger)  # the service runs this tagger
    return resources.tagger


def _seed_sentences(resources: LanguageResources) -> list[list[str]]:
    out: list[list[str]] = []
    for seed in SeedStore.from_folder(SEEDS_DIR):
        for line in seed.text.splitlines():
            for s, e in resources.splitter.span_tokenize(line):
                words = [_TAGGER_FORMS.get(t[0], t[0]) for t in tokenize(line[s:e])]
                if words:
                    out.append(words)
    return out


ODD_INPUT: list[list[str]] = [
    [],
    ["."],
    ["!", "?", "...", ",", ";", ":", "--", "(", ")", "``", "''"],
    ["1990s", "100,000", "2024", "7:18", "2.5%", "-5", "3-4", "42"],
    ["Zoë", "naïve", "café", "Ærøskøbing", "東京", "Москва", "🙂", "\u202e", "\ufeff"],
    ["", "a", ""],
    ["well-known", "-dash", "ex-", "-", "A-", "x-ray"],
    ["UNESCO", "NATO", "Nato", "nato", "McDonald", "O'Brien", "n't", "'s"],
    ["the", "the", "the", "the", "the"],
    ["Xyzzyq", "plugh", "frobnicated", "zorkmids", "quuxly"],
    ["a b", "two words", "i-1 tag NN", "bias"],
    ["word"] * 300,
]


def test_identical_tags_on_every_seed_sentence(
    resources: LanguageResources, reference: PerceptronTagger, fast: FastPerceptronTagger
) -> None:
    sentences = _seed_sentences(resources)
    assert len(sentences) > 100
    expected = [[tag for _, tag in reference.tag(words)] for words in sentences]
    assert fast.tag_sents(sentences) == expected  # one batch for everything
    assert [[tag for _, tag in fast.tag(words)] for words in sentences] == expected  # one sentence at a time


@pytest.mark.parametrize("words", ODD_INPUT, ids=lambda w: repr(w[:3]))
def test_identical_tags_on_odd_input(words: list[str], reference: PerceptronTagger, fast: FastPerceptronTagger) -> None:
    assert fast.tag(words) == reference.tag(words)


def test_batch_of_odd_input_matches_sentence_by_sentence(
    reference: PerceptronTagger, fast: FastPerceptronTagger
) -> None:
    assert fast.tag_sents(ODD_INPUT) == [[tag for _, tag in reference.tag(w)] for w in ODD_INPUT]
    assert fast.tag_sents([]) == []


def test_normalize_is_nltks(reference: PerceptronTagger) -> None:
    for word in ["", "-", "a-b", "-ab", "2024", "20245", "1st", "Word", "ÉCOLE", "١٢٣٤"]:
        assert normalize(word) == reference.normalize(word)


def test_ties_go_to_the_greatest_label_like_nltk() -> None:
    # Every class scores 0 for an unknown feature set: NLTK's max((score, label)) picks the greatest label.
    tiny = FastPerceptronTagger({"bias": {}}, {}, ["NN", "VB", "DT"])
    assert tiny.tag(["anything"]) == [("anything", "VB")]
    scored = FastPerceptronTagger({"bias": {"NN": 0.5, "DT": 0.5}, "i word dog": {"DT": -0.25}}, {}, ["NN", "DT"])
    assert scored.tag(["cat", "dog"]) == [("cat", "NN"), ("dog", "NN")]
    reference = PerceptronTagger(load=False)
    reference.model.weights = {"bias": {"NN": 0.5, "DT": 0.5}, "i word dog": {"DT": -0.25}}
    reference.classes = reference.model.classes = {"NN", "DT"}
    assert scored.tag(["cat", "dog"]) == reference.tag(["cat", "dog"])


def test_tag_dictionary_wins_over_the_model() -> None:
    tagger = FastPerceptronTagger({"bias": {"NN": 1.0}}, {"the": "DT"}, ["NN", "DT"])
    assert tagger.tag(["the", "cat"]) == [("the", "DT"), ("cat", "NN")]
