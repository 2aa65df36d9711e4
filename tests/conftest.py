"""Shared fixtures: the language resources are loaded once per test session.

Resources are found through :mod:`service.resources` (``NLTK_DATA``, then
``<venv>/nltk_data``); ``make test`` installs them there first.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import TYPE_CHECKING

import httpx
import pytest
from fastapi import FastAPI

from service.corpus.store import SeedStore
from service.pipeline.document import Document, DocumentAnalyzer
from service.pipeline.resources import LanguageResources
from service.resources import load
from service.settings import Settings

if TYPE_CHECKING:
    from service.pipeline.analysis import Pipeline


@pytest.fixture(scope="session")
def resources() -> LanguageResources:
    return load()


@pytest.fixture(scope="session")
def analyzer(resources: LanguageResources) -> DocumentAnalyzer:
    return DocumentAnalyzer(resources.splitter, resources.tagger)


@pytest.fixture(scope="session")
def analyze_text(analyzer: DocumentAnalyzer):  # type: ignore[no-untyped-def]
    def run(text: str, title: str | None = None) -> Document:
        return analyzer(text, title)

    return run


SEEDS_DIR = Path(__file__).resolve().parent.parent / "seeds"


def seed_text(seed_id: str) -> str:
    return (SEEDS_DIR / f"{seed_id}.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def pipeline(resources: LanguageResources) -> Pipeline:
    # Imported here so component tests still collect while a stage module is being written.
    from service.pipeline.analysis import Pipeline

    return Pipeline(resources)


@pytest.fixture(scope="session")
def seeds() -> SeedStore:
    return SeedStore.from_folder(SEEDS_DIR)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="session")
def app(pipeline: Pipeline) -> FastAPI:
    from service.api.app import create_app

    return create_app(Settings(seeds_dir=SEEDS_DIR), pipeline=pipeline)


@pytest.fixture
async def client(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://brief.test") as c:
        yield c
