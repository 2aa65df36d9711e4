"""The README's settings table lists every field of ``Settings`` with its real default, so it cannot drift."""

from __future__ import annotations

import json
import re
from pathlib import Path

from pydantic import AliasChoices
from pydantic.fields import FieldInfo

from service.settings import Settings

README = Path(__file__).resolve().parent.parent / "README.md"
ROW_RE = re.compile(r"^\| `(?P<name>[A-Z0-9_]+)` \| (?P<default>[^|]+) \| (?P<meaning>[^|]+) \|$", re.MULTILINE)


def settings_table() -> dict[str, str]:
    """Environment variable -> default cell, from the table under "## Settings"."""
    text = README.read_text(encoding="utf-8")
    section = text.split("\n## Settings\n", 1)[1].split("\n## ", 1)[0]
    return {m["name"]: m["default"].strip() for m in ROW_RE.finditer(section)}


def env_name(name: str, field: FieldInfo) -> str:
    alias = field.validation_alias
    if isinstance(alias, AliasChoices):
        first = alias.choices[0]
        assert isinstance(first, str)
        return first
    return f"BRIEF_{name.upper()}"


def documented_default(field: FieldInfo) -> str | None:
    """The default as the README writes it, or None where the README describes it in words."""
    default = field.get_default(call_default_factory=True)
    if default is None:
        return "unset"
    if isinstance(default, bool):
        return f"`{str(default).lower()}`"
    if isinstance(default, float):
        return f"`{default:g}`"
    if isinstance(default, (int, str)):
        return f"`{default}`"
    if isinstance(default, list):
        return f"`{json.dumps(default)}`"
    return None  # a path relative to the checkout


def test_every_setting_is_in_the_readme_with_its_default() -> None:
    table = settings_table()
    for name, field in Settings.model_fields.items():
        variable = env_name(name, field)
        assert variable in table, f"{variable} ({name}) is missing from the README's settings table"
        expected = documented_default(field)
        if expected is not None:
            assert table[variable] == expected, f"{variable}: README says {table[variable]}, default is {expected}"


def test_every_brief_variable_in_the_readme_is_a_setting() -> None:
    variables = {env_name(name, field) for name, field in Settings.model_fields.items()}
    stale = [name for name in settings_table() if name.startswith("BRIEF_") and name not in variables]
    assert stale == []


def test_every_setting_has_a_description() -> None:
    assert [name for name, field in Settings.model_fields.items() if not field.description] == []
