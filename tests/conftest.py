"""Shared fixtures: the language resources are loaded once per test session.

Resources are found through :mod:`service.resources` (``NLTK_DATA``, then
``<venv>/nltk_data``); ``make test`` installs them there first.
"""

from __future__ import annotations

import functools
from collections.abc import AsyncIterator
from pathlib import Path
from typing import TYPE_CHECKING

import httpx
import pytest
from fastapi import FastAPI

from service.corpus.store import SeedStore
from service.pipeline.cleaner import KeepEverything
from service.pipeline.document import Document, DocumentAnalyzer
from service.pipeline.resources import LanguageResources
from service.resources import load
from service.settings import Settings

if TYPE_CHECKING:
    from service.pipeline.analysis import Pipeline

SEEDS_DIR = Path(__file__).resolve().parent.parent / "seeds"


@functools.cache
def shared_resources() -> LanguageResources:
    """Loaded once per test process (also used at import time by the spec-fuzzing module)."""
    return load()


@functools.cache
def shared_app() -> FastAPI:
    """The app over the shared pipeline, without the start-up load (resources are already here)."""
    from service.api.app import create_app
    from service.pipeline.analysis import Pipeline

    return create_app(Settings(seeds_dir=SEEDS_DIR), pipeline=Pipeline(shared_resources()))


@pytest.fixture(scope="session")
def resources() -> LanguageResources:
    return shared_resources()


@pytest.fixture(scope="session")
def analyzer(resources: LanguageResources) -> DocumentAnalyzer:
    return DocumentAnalyzer(
        resources.splitter, resources.tagger, given_names=resources.given_names, common_words=resources.english_words
    )


@pytest.fixture(scope="session")
def analyze_text(analyzer: DocumentAnalyzer):  # type: ignore[no-untyped-def]
    def run(text: str, title: str | None = None) -> Document:
        return analyzer(text, title)

    return run


@pytest.fixture(scope="session")
def analyze_uncleaned(resources: LanguageResources):  # type: ignore[no-untyped-def]
    analyzer = DocumentAnalyzer(resources.splitter, resources.tagger, cleaner=KeepEverything())

    def run(text: str, title: str | None = None) -> Document:
        return analyzer(text, title)

    return run


def seed_text(seed_id: str) -> str:
    return (SEEDS_DIR / f"{seed_id}.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    pipeline: Pipeline = shared_app().state.pipeline
    return pipeline


@pytest.fixture(scope="session")
def seeds() -> SeedStore:
    return SeedStore.from_folder(SEEDS_DIR)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="session")
def app() -> FastAPI:
    return shared_app()


@pytest.fixture
async def client(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://brief.test") as c:
        yield c
