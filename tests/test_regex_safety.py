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


def _adversarial(n: int) -> list[str]:
    """Runs that make backtracking engines explode: long runs of one class, alternations of two
    classes a pattern may try to split in many ways, and a near-match that fails at the end."""
    return ["a" * n, "a " * (n // 2), "A.'" * (n // 3), "a-“" * (n // 3), "x" * (n - 1) + "!"]


# A linear pattern takes about 4 times as long on inputs 4 times as long; a quadratic one 16
# times. The ratio, not a time budget, is asserted, so a slow or busy machine cannot fail the
# test; the slack absorbs timer noise on patterns that take a few milliseconds.
GROWTH_LIMIT = 8.0
SLACK_S = 0.05


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


def _cpu_seconds(pattern: re.Pattern[str], texts: list[str]) -> float:
    start = time.process_time()
    for text in texts:
        for _ in pattern.finditer(text):
            pass
    return time.process_time() - start


def test_every_pattern_is_linear_on_adversarial_input() -> None:
    # CPU time, not wall time; and growth between two input sizes, not an absolute budget.
    small, large = _adversarial(N // 4), _adversarial(N)
    superlinear = {}
    for name, pattern in _patterns():
        t_small, t_large = _cpu_seconds(pattern, small), _cpu_seconds(pattern, large)
        if t_large > GROWTH_LIMIT * t_small + SLACK_S:
            superlinear[name] = (round(t_small, 3), round(t_large, 3))
    assert not superlinear, superlinear
