"""The docs page and the annotated view in a real browser: Debian's chromium, headless, driven by
Playwright against the real server (``python -m service`` on a free loopback port).

Playwright never downloads a browser here: it is pointed at ``/usr/bin/chromium`` (``.ci/run``
installs it with apt). Without it, or when Playwright cannot start it, the tests are skipped and
say why. Screenshots go to ``tests/artifacts/`` (git-ignored).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import httpx
import pytest

from .test_e2e import running_server

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.skip(
            f"no Chromium at {CHROMIUM}: install Debian's package (`apt-get install chromium`, as .ci/run does)"
        )
    try:
        from playwright.sync_api import Error, sync_playwright
    except ImportError as exc:  # pragma: no cover - a dev dependency
        pytest.skip(f"the playwright package is not installed ({exc})")
    with sync_playwright() as playwright:
        # Chromium's sandbox needs user namespaces, which a root process in a container does not get.
        args = ["--no-sandbox"] if os.geteuid() == 0 else []
        try:
            chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=args)
        except Error as exc:
            pytest.skip(f"playwright could not start {CHROMIUM}: {exc.message.splitlines()[0]}")
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with running_server() as (_, base):
        yield base


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    yield context.new_page()
    context.close()


def screenshot(page: Page, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / name
    page.screenshot(path=path)
    assert path.stat().st_size > 10_000
    return path


def test_docs_page_executes_the_prefilled_analyze_example(page: Page, server: str) -> None:
    page.goto(f"{server}/docs")
    operation = page.locator('.opblock-post:has(.opblock-summary-path[data-path="/v1/analyze"])')
    operation.locator(".opblock-summary").click()
    operation.get_by_role("button", name="Try it out").click()
    body = operation.locator("textarea.body-param__text")
    assert '"seed_id"' in body.input_value()  # the prefilled example is the seed one
    with page.expect_response(lambda r: r.url == f"{server}/v1/analyze" and r.request.method == "POST") as answer:
        operation.get_by_role("button", name="Execute").click()
    assert answer.value.status == 200
    actors = answer.value.json()["actors"]
    assert actors
    live = operation.locator(".live-responses-table")
    live.locator(".response-col_status", has_text="200").first.wait_for()
    shown = live.locator(".response-col_description pre").first
    shown.wait_for()
    text = shown.inner_text()
    assert '"actors"' in text and actors[0]["name"] in text
    live.scroll_into_view_if_needed()
    screenshot(page, "docs_after_execute.png")


def test_annotated_view_in_the_browser(page: Page, server: str) -> None:
    seed_id = httpx.get(f"{server}/v1/seeds", timeout=10).json()[0]["id"]
    requests: list[str] = []
    problems: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    response = page.goto(f"{server}/v1/seeds/{seed_id}/view")
    assert response is not None and response.status == 200
    # one request (the page), and the policy let its stylesheet apply: nothing refused, nothing else loaded
    assert requests == [f"{server}/v1/seeds/{seed_id}/view"] and problems == []

    summary = page.locator("#article mark.summary")
    assert summary.count() >= 1 and summary.first.is_visible()
    background = summary.first.evaluate("e => getComputedStyle(e).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")
    for actor_type in ("person", "organization", "location"):
        assert page.locator(f"#article .actor-{actor_type}").first.is_visible(), actor_type
    panel = page.locator("#who-said-what")
    assert panel.is_visible() and panel.locator(".speaker").count() >= 1
    assert panel.locator(".speaker h3").first.inner_text().strip()

    # a quote links to its speaker's entry in the panel
    quote = page.locator("#article a.quote").first
    target = quote.get_attribute("href")
    assert target and re.fullmatch(r"#speaker-[\w-]+", target)
    quote.click()
    page.wait_for_function("h => location.hash === h", arg=target)
    assert page.locator(":target").get_attribute("id") == target[1:]

    # hovering a person shows who it is and their role
    page.evaluate(
        "() => { window.scrollTo({top: 0, behavior: 'instant'}); document.querySelector('.panel').scrollTop = 0; }"
    )
    person = page.locator('#article .actor-person[data-tip*="role:"]').first
    person.hover()
    tip = person.evaluate("e => getComputedStyle(e, '::after').content")
    name = person.get_attribute("data-tip")
    assert name and name.split(" · ")[0] in tip and "role:" in tip
    screenshot(page, "view.png")
