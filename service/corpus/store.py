"""The bundled seed articles, loaded once into memory.

Ids are checked against a strict pattern and looked up in a dictionary built at
start-up, so a client-supplied id never becomes part of a filesystem path.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

SEED_ID_PATTERN = r"^[0-9]{3}_[0-9a-f]{16}$"
_SEED_ID_RE = re.compile(SEED_ID_PATTERN)
METADATA_FILE = "seeds.json"


@dataclass(frozen=True)
class Seed:
    id: str
    title: str
    source: str | None
    published: str | None
    text: str

    @property
    def word_count(self) -> int:
        """Whitespace-separated words: a size indication for listings, not the pipeline's count."""
        return len(self.text.split())


class SeedStore:
    """Read-only access to the seed articles in one folder (``<id>.txt`` plus ``seeds.json``)."""

    def __init__(self, seeds: dict[str, Seed]):
        self._seeds = dict(sorted(seeds.items()))

    @classmethod
    def from_folder(cls, folder: Path) -> SeedStore:
        meta_path = folder / METADATA_FILE
        meta: dict[str, dict[str, str | None]] = {}
        if meta_path.is_file():
            meta = {m["id"]: m for m in json.loads(meta_path.read_text(encoding="utf-8"))["seeds"]}
        seeds: dict[str, Seed] = {}
        for path in sorted(folder.glob("*.txt")):
            if not _SEED_ID_RE.match(path.stem) or path.is_symlink() or not path.is_file():
                continue
            text = path.read_text(encoding="utf-8")
            info = meta.get(path.stem, {})
            first_line = next((line.strip() for line in text.splitlines() if line.strip()), path.stem)
            seeds[path.stem] = Seed(
                id=path.stem,
                title=info.get("title") or first_line,
                source=info.get("source"),
                published=info.get("published"),
                text=text,
            )
        return cls(seeds)

    def __len__(self) -> int:
        return len(self._seeds)

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self._seeds.values())

    def get(self, seed_id: str) -> Seed | None:
        if not _SEED_ID_RE.match(seed_id):
            return None
        return self._seeds.get(seed_id)

    def ids(self) -> list[str]:
        return list(self._seeds)
