"""The seed store: ids are checked and looked up in memory, never joined into paths."""

from __future__ import annotations

from pathlib import Path

import pytest

from service.corpus.store import SeedStore

GOOD = "123_0123456789abcdef"


@pytest.fixture
def store(tmp_path: Path) -> SeedStore:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / f"{GOOD}.txt").write_text("A headline\n\nBody text.", encoding="utf-8")
    secret = tmp_path / "secret.txt"
    secret.write_text("root:x:0:0", encoding="utf-8")
    (seeds / "124_0123456789abcdef.txt").symlink_to(secret)  # a link out of the folder
    (seeds / "not-a-seed.txt").write_text("ignored", encoding="utf-8")
    return SeedStore.from_folder(seeds)


def test_only_regular_files_with_valid_ids_are_served(store: SeedStore) -> None:
    assert store.ids() == [GOOD]
    seed = store.get(GOOD)
    assert seed is not None and seed.title == "A headline"


@pytest.mark.parametrize(
    "seed_id",
    [
        "124_0123456789abcdef",  # the symlink
        "../secret",
        "..%2Fsecret",
        f"{GOOD}/../../secret",
        "/etc/passwd",
        f"{GOOD}\x00",
        f"{GOOD}.txt",
        "not-a-seed",
        "",
    ],
)
def test_hostile_ids_find_nothing(store: SeedStore, seed_id: str) -> None:
    assert store.get(seed_id) is None
