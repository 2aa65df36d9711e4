"""Resource lookup, install and the start-up refusal when something is missing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from service import resources

ROOT = Path(__file__).resolve().parent.parent


def _found_root() -> Path:
    """The data folder the current lookup resolved punkt_tab in (a source to copy from)."""
    status = {s.name: s for s in resources.check()}
    path = status["punkt_tab"].path
    assert path is not None
    return Path(path).parents[2]


def test_check_finds_every_required_resource() -> None:
    statuses = resources.check()
    assert {s.name for s in statuses} == set(resources.REQUIRED)
    assert all(s.path for s in statuses), [s.name for s in statuses if not s.path]


def test_install_from_a_local_folder_makes_a_private_copy(tmp_path: Path) -> None:
    target = tmp_path / "nltk_data"
    installed = resources.install(_found_root(), target)
    assert installed == list(resources.REQUIRED)
    for rel in resources.REQUIRED.values():
        path = target / rel
        assert path.exists() or Path(f"{path}.zip").exists()
    for path in [target, *target.rglob("*")]:
        assert not path.stat().st_mode & 0o022, path


def test_missing_resources_are_named_with_the_install_command(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(resources, "search_path", lambda: [str(tmp_path)])  # an empty lookup
    with pytest.raises(resources.MissingResourcesError) as info:
        resources.load()
    message = str(info.value)
    for name in resources.REQUIRED:
        assert f"- {name}" in message
    assert "python -m service.resources install" in message
    monkeypatch.undo()
    resources._configure_nltk()


def test_corrupt_resource_is_reported_not_crashed(tmp_path: Path) -> None:
    target = tmp_path / "nltk_data"
    resources.install(_found_root(), target)
    weights = next((target / "taggers").rglob("*.weights.json"))
    weights.chmod(0o600)
    weights.write_text("{not json")
    env = {**os.environ, "NLTK_DATA": str(target)}
    proc = subprocess.run(
        [sys.executable, "-m", "service"], env=env, cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 2
    assert "averaged_perceptron_tagger_eng" in proc.stderr or "failed to load" in proc.stderr


@pytest.mark.parametrize("command", [["check"]])
def test_cli_check_exits_zero_when_everything_is_present(command: list[str]) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "service.resources", *command], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 0, proc.stderr
    assert "MISSING" not in proc.stdout
