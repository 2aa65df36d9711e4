"""The language resources the pipeline reads, as plain in-memory objects.

Loading them from disk is the job of :mod:`service.resources`; the pipeline only
receives a :class:`LanguageResources`, so it can be built from any source (tests
can hand in small sets) and does no I/O of its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from service.pipeline.document import SentenceSplitter, Tagger


@dataclass(frozen=True)
class Gazetteer:
    """Place and people-group names from NLTK's gazetteers, plus the first-name lists."""

    countries: frozenset[str] = frozenset()
    regions: frozenset[str] = frozenset()  # US states, Canadian provinces, Mexican states
    cities: frozenset[str] = frozenset()
    nationalities: frozenset[str] = frozenset()
    male_names: frozenset[str] = frozenset()
    female_names: frozenset[str] = frozenset()


@dataclass(frozen=True)
class LanguageResources:
    """Everything loaded once per process and shared by all requests (read-only)."""

    splitter: SentenceSplitter
    tagger: Tagger
    stopwords: frozenset[str] = frozenset()
    english_words: frozenset[str] = frozenset()  # lower-cased dictionary words
    gazetteer: Gazetteer = field(default_factory=Gazetteer)

    @property
    def given_names(self) -> frozenset[str]:
        """First names of either gender, as the names corpus writes them ("Douglas")."""
        return self.gazetteer.male_names | self.gazetteer.female_names
