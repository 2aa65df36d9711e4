"""Every regular expression in the service survives adversarial input in linear time.

Patterns are discovered, not listed: any compiled ``re.Pattern`` at module level or on a
class in a ``service`` module is checked, so a new pattern is covered the day it lands.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import time
from collections.abc import Iterator

import service

N = 100_000
# Runs that make backtracking engines explode: long runs of one class, alternations of two
# classes a pattern may try to split in many ways, and a near-match that fails at the end.
ADVERSARIAL = [
    "a" * N,
    "a " * (N // 2),
    "A.'" * (N // 3),
    "a-“" * (N // 3),
    "x" * (N - 1) + "!",
]
CPU_BUDGET_S = 1.0


def _patterns() -> Iterator[tuple[str, re.Pattern[str]]]:
    for info in pkgutil.walk_packages(service.__path__, "service."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                yield f"{info.name}.{name}", value
            elif isinstance(value, type) and value.__module__ == info.name:
                for attr, member in vars(value).items():
                    if isinstance(member, re.Pattern) and isinstance(member.pattern, str):
                        yield f"{info.name}.{name}.{attr}", member


def test_patterns_are_found() -> None:
    names = [name for name, _ in _patterns()]
    assert any(name.endswith("_TOKEN_RE") for name in names), names


def test_every_pattern_is_linear_on_adversarial_input() -> None:
    # CPU time, not wall time, so a busy machine does not fail the test.
    spent: dict[str, float] = {}
    for name, pattern in _patterns():
        start = time.process_time()
        for text in ADVERSARIAL:
            for _ in pattern.finditer(text):
                pass
        spent[name] = time.process_time() - start
    total = sum(spent.values())
    slowest = sorted(spent.items(), key=lambda kv: -kv[1])[:3]
    assert total < CPU_BUDGET_S, slowest
