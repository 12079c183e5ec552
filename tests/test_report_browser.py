"""The HTML reports in a real browser: Debian's headless Chromium, driven by Playwright.

One browser for the module. Every page is loaded from a file with every request routed
through the test, which asserts that nothing but the file itself is fetched. Run these
alone with ``pytest -k browser``; .ci/run installs ``chromium`` where it is missing.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, Route, sync_playwright

import seedclean
from seedclean import Change, Document, Edit, Reason
from seedclean.cli import main
from seedclean.explain import attribute
from seedclean.report import write_file_report

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
CHROMIUM = os.environ.get("SEEDCLEAN_CHROMIUM", "/usr/bin/chromium")


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if shutil.which(CHROMIUM) is None:  # a failure, not a skip: CI must run these
        pytest.fail(f"no Chromium at {CHROMIUM}: apt-get install chromium (see .ci/run)")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds cleaned with --report."""
    out = tmp_path_factory.mktemp("run")
    assert main([str(SEEDS), "-o", str(out), "--report", "--quiet", "-j", "1"]) == 0
    return out


class Loaded:
    """A page loaded from a file, with the URL of every request it made."""

    def __init__(self, page: Page, requests: list[str]) -> None:
        self.page = page
        self.requests = requests


@pytest.fixture
def open_page(browser: Browser) -> Iterator[Any]:
    contexts = []

    def load(path: Path, width: int = 1280, height: int = 900) -> Loaded:
        context = browser.new_context(viewport={"width": width, "height": height})
        contexts.append(context)
        requests: list[str] = []

        def record(route: Route) -> None:
            requests.append(route.request.url)
            if route.request.url.startswith("file://"):  # recorded, and checked by each test
                route.continue_()
            else:
                route.abort()

        context.route("**/*", record)
        page = context.new_page()
        page.set_default_timeout(10_000)
        page.goto(path.as_uri())
        return Loaded(page, requests)

    yield load
    for context in contexts:
        context.close()


def seed_page(run: Path, prefix: str) -> Path:
    return next((run / "report").glob(f"{prefix}*.html"))


def test_browser_marks_and_legend_counts(run: Path, open_page: Any) -> None:
    path = seed_page(run, "000")
    loaded = open_page(path)
    page = loaded.page
    doc = seedclean.clean((SEEDS / path.name.removesuffix(".html")).read_text(encoding="utf-8"))
    expected = {c.cleaner: c.shown for c in attribute(doc.original, doc.audit).counts()}
    marks = page.eval_on_selector_all(
        "#original .mark",
        "els => els.map(e => [e.dataset.cleaner, e.dataset.reason, e.dataset.edit])",
    )
    assert marks, "no marks"
    assert all(cleaner and reason for cleaner, reason, _ in marks)
    shown: dict[str, set[str]] = {}
    for cleaner, _, edit in marks:
        shown.setdefault(cleaner, set()).add(edit)
    assert {k: len(v) for k, v in shown.items()} == expected
    legend = page.eval_on_selector_all(
        ".legend button",
        "els => els.map(e => [e.dataset.cleaner, e.querySelector('.count').textContent])",
    )
    assert {name: int(n) for name, n in legend} == expected
    reasons = {reason for cleaner, reason, _ in marks if cleaner == "extract_metadata"}
    assert {"title", "byline", "dateline"} <= reasons
    assert loaded.requests == [path.as_uri()]


def test_browser_each_mark_is_labelled_not_only_coloured(run: Path, open_page: Any) -> None:
    page = open_page(seed_page(run, "002")).page
    styles = page.eval_on_selector_all(
        "#original .mark",
        """els => els.map(e => {
            const before = getComputedStyle(e, '::before');
            const own = getComputedStyle(e);
            return [e.dataset.reason, before.content, own.textDecorationStyle,
                    own.backgroundColor, e.dataset.cleaner];
        })""",
    )
    by_cleaner: dict[str, set[str]] = {}
    for reason, content, underline, background, cleaner in styles:
        assert reason in content  # a visible text label with the reason
        assert background != "rgba(0, 0, 0, 0)"
        by_cleaner.setdefault(cleaner, set()).add(underline)
    assert all(len(v) == 1 for v in by_cleaner.values())  # one underline style per cleaner
    assert len({next(iter(v)) for v in by_cleaner.values()}) > 1  # told apart by it too


def test_browser_legend_toggles_a_cleaners_marks(run: Path, open_page: Any) -> None:
    page = open_page(seed_page(run, "000")).page
    background = """els => els.map(e => getComputedStyle(e).backgroundColor)"""
    label = """els => els.map(e => getComputedStyle(e, '::before').display)"""
    button = page.locator('.legend button[data-cleaner="extract_metadata"]')
    button.click()
    assert button.get_attribute("aria-pressed") == "false"
    hidden = '#original .mark[data-cleaner="extract_metadata"]'
    others = '#original .mark:not([data-cleaner="extract_metadata"])'
    assert set(page.eval_on_selector_all(hidden, background)) == {"rgba(0, 0, 0, 0)"}
    assert set(page.eval_on_selector_all(hidden, label)) == {"none"}
    assert "rgba(0, 0, 0, 0)" not in page.eval_on_selector_all(others, background)
    button.click()
    assert button.get_attribute("aria-pressed") == "true"
    assert "rgba(0, 0, 0, 0)" not in page.eval_on_selector_all(hidden, background)


def test_browser_tooltip_has_score_threshold_and_features(tmp_path: Path, open_page: Any) -> None:
    original = "Home | News | Sport\n\nThe article starts here and goes on for a while."
    audit = [
        Edit(0, "locate_content", Reason.OUTSIDE_MAIN_CONTENT, 0, 21, original[:21], "",
             score=0.125, threshold=0.5, context_free="bad", revised="bad",
             features=(("link_density", -1.75), ("stopword_share", -0.5))),
    ]  # fmt: skip
    path = tmp_path / "page.html"
    write_file_report(path, attribute(original, audit), name="page.txt")
    page = open_page(path).page
    mark = page.locator("#original .mark")
    title = mark.get_attribute("title") or ""
    assert "score 0.125, threshold 0.5" in title
    assert "link_density -1.75" in title
    assert "stopword_share -0.50" in title
    mark.focus()  # keyboard users get the same details
    assert "threshold 0.5" in page.locator("#detail").inner_text()


def test_browser_hostile_text_stays_text(tmp_path: Path, open_page: Any) -> None:
    original = (
        '<img src="http://example.invalid/x.png"><script>document.title="owned"</script>\n'
        "<link rel=stylesheet href=https://example.invalid/a.css>\n\nA body of text."
    )
    doc = Document(original).apply("demo", [Change(0, 79, Reason.MARKUP)])
    path = tmp_path / "hostile.html"
    write_file_report(path, attribute(original, doc.audit), name='"><b>x</b>')
    loaded = open_page(path)
    assert loaded.page.title() == 'seedclean: "><b>x</b>'
    assert "<script>" in loaded.page.locator("#original").inner_text()
    assert loaded.requests == [path.as_uri()]


def test_browser_scrolling_one_pane_scrolls_the_other(run: Path, open_page: Any) -> None:
    page = open_page(seed_page(run, "003"), height=700).page
    page.eval_on_selector("#original", "e => { e.scrollTop = e.scrollHeight / 2; }")
    page.wait_for_function("() => document.getElementById('clean').scrollTop > 0")
    page.eval_on_selector("#clean", "e => { e.scrollTop = 0; }")
    page.wait_for_function("() => document.getElementById('original').scrollTop < 5")


def boxes(page: Page) -> list[dict[str, float]]:
    return [page.locator(sel).bounding_box() or {} for sel in ("#original", "#clean")]


def test_browser_side_by_side_at_1280_stacked_when_narrow(run: Path, open_page: Any) -> None:
    path = seed_page(run, "001")
    wide = open_page(path, width=1280).page
    left, right = boxes(wide)
    assert left["y"] == right["y"]
    assert left["x"] + left["width"] <= right["x"]
    narrow = open_page(path, width=420).page
    top, bottom = boxes(narrow)
    assert top["y"] + top["height"] <= bottom["y"]
    assert narrow.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_browser_run_index(run: Path, open_page: Any) -> None:
    index = run / "report.html"
    loaded = open_page(index)
    page = loaded.page
    rows = page.locator("tbody tr")
    assert rows.count() == 5
    assert page.locator("svg.chart g[data-cleaner]").count() >= 3
    assert "locate_content" in (page.locator("svg.chart").text_content() or "")
    assert loaded.requests == [index.as_uri()]
    first = page.locator("tbody tr a").first
    name = first.inner_text()
    target = (run / "report" / f"{name}.html").as_uri()
    first.click()
    page.wait_for_url(target)
    assert page.locator("h1").inner_text() == name
    page.locator("header a").click()
    page.wait_for_url(index.as_uri())
    assert loaded.requests == [index.as_uri(), target, index.as_uri()]
