"""The line model: one split per page, facts carried with the lines, one render."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

import seedclean
from seedclean import Change, Document, LineCleaner, Reason, replay
from seedclean.cleaners import ExtractMetadata, LocateContent
from seedclean.page import LineLabel, Page
from seedclean.testing import check_all, mixed_text

OTHER = LineLabel(Reason.OTHER)

# text, lines removed, what the render leaves (the one blank-line policy)
RENDER: list[tuple[str, set[int], str]] = [
    ("a\nX\nb", {1}, "a\nb"),
    ("a\n\nX\n\nb", {2}, "a\n\nb"),
    ("a\n\nX\n\nY\n\nb", {2, 4}, "a\n\nb"),
    ("a\nX\n\nb", {1}, "a\n\nb"),  # a paragraph break stays one
    ("a\n\n\nX\n\nb", {3}, "a\n\n\nb"),  # the longest run stays, no gap grows
    ("X\n\nb", {0}, "b"),  # nothing blank left at the start ...
    ("\n\nX\nb", {2}, "b"),
    ("a\n\nX", {2}, "a"),  # ... or at the end
    ("a\n\nX\n\n", {2}, "a"),
    ("X\n\nY", {0, 2}, ""),
    ("a\n\nb", {1}, "a\n\nb"),  # a label on a blank line does nothing
    ("a\nb", set(), "a\nb"),
]


@pytest.mark.parametrize(("text", "lines", "expected"), RENDER)
def test_render_policy(text: str, lines: set[int], expected: str) -> None:
    page = Page.of(text)
    result = page.render(dict.fromkeys(lines, OTHER))
    assert result.page.text == expected
    assert Document(text).apply("x", result.changes).text == expected
    assert [line.text for line in result.page.lines] == expected.split("\n")


def test_lines_removed_in_a_row_for_one_reason_are_one_edit() -> None:
    page = Page.of("a\nX\nY\nZ\nb")
    labels = {1: OTHER, 2: OTHER, 3: LineLabel(Reason.CAPTION)}
    changes = page.render(labels).changes
    assert [(page.text[c.start : c.end], c.reason) for c in changes] == [
        ("X\nY\n", Reason.OTHER),
        ("Z\n", Reason.CAPTION),
    ]


def test_labels_for_lines_that_do_not_exist_are_refused() -> None:
    with pytest.raises(ValueError, match="lines \\[5\\]"):
        Page.of("a\nb").render({5: OTHER})


@given(
    text=mixed_text(max_fragments=12),
    picks=st.lists(st.integers(min_value=0, max_value=60), max_size=20),
)
def test_render_agrees_with_its_changes(text: str, picks: list[int]) -> None:
    # The next page is the text the changes leave, line for line, and its lines keep
    # the facts they had.
    page = Page.of(text)
    labels = {k % len(page): OTHER for k in picks}
    result = page.render(labels)
    after = Document(text).apply("x", result.changes)
    assert result.page.text == after.text
    assert replay(text, after.audit) == after.text
    again = Page.of(after.text)
    assert [(line.start, line.end, line.text) for line in result.page.lines] == [
        (line.start, line.end, line.text) for line in again.lines
    ]
    if result.page.text:
        kept = {id(page.facts(k)) for k in range(len(page))}
        assert all(id(result.page.facts(k)) in kept for k in range(len(result.page)))


def test_the_default_pipeline_splits_a_page_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    real = Page.of.__func__  # type: ignore[attr-defined]

    def counting(cls: type[Page], text: str) -> Page:
        calls.append(len(text))
        return real(cls, text)

    monkeypatch.setattr(Page, "of", classmethod(counting))
    para = "The council met on Monday and agreed on the plan, which will start soon. " * 3
    text = "Home\nNews\n\nCouncil Agrees Plan\nBy Ann Example\n\n" + para + "\n\nShare\n"
    doc = seedclean.clean(text, seedclean.default_pipeline())
    assert doc.metadata.authors == ("Ann Example",)
    assert len(calls) == 1  # all six line cleaners read one page


def test_a_text_cleaner_between_line_cleaners_composes() -> None:
    @seedclean.cleaner("shout_less")
    def shout_less(text: str) -> list[Change]:
        return [Change(m.start(), m.end(), Reason.OTHER, new="!") for m in re.finditer("!!", text)]

    pipe = seedclean.default_pipeline().insert(shout_less, after="remove_captions")
    para = "The council met on Monday and agreed on the plan!! It will start soon. " * 3
    doc = pipe("Photo: Ann Example\n\n" + para + "\n\nShare")
    assert "!!" not in doc.text
    assert "Photo:" not in doc.text
    assert "Share" not in doc.text
    assert replay(doc.original, doc.audit) == doc.text


def test_extract_metadata_asks_the_pipelines_own_locator(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen = []
    real = LocateContent.analyse

    def spy(self: LocateContent, page: Page) -> object:
        seen.append(self)
        return real(self, page)

    monkeypatch.setattr(LocateContent, "analyse", spy)
    mine = LocateContent(length_high=150)
    pipe = seedclean.Pipeline([ExtractMetadata(), mine])
    pipe("Title Here\nBy Ann Example\n\n" + "A sentence of the article, in words. " * 9)
    assert seen
    assert all(locator == mine for locator in seen)


class _DropShouting(LineCleaner):
    name = "drop_shouting"

    def label(self, page: Page) -> dict[int, LineLabel]:
        return {k: OTHER for k in page.nonblank() if page.facts(k).visible.isupper()}


def test_a_users_line_cleaner_obeys_the_laws() -> None:
    check_all(_DropShouting(), "Title\n\nBUY NOW\n\nBody text.\n\nSALE")
    assert _DropShouting()("Title\n\nBUY NOW\n\nBody text.").text == "Title\n\nBody text."


def test_a_carried_fact_follows_its_lines_and_a_page_of_its_own_supersedes_it() -> None:
    page = Page.of("a\n\nb\nc\nd")
    page.remember("fact", lambda p: None, carry=lambda _: {0: "A", 3: "C", 4: "D"})
    rendered = page.render({0: OTHER}).page  # "b\nc\nd": a goes with the blank line
    assert rendered.carried("fact") == {1: "C", 2: "D"}
    blanked = rendered.blanking([1])  # same line numbers, c read as blank
    assert blanked.carried("fact") == {2: "D"}
    # a page that computes the fact itself carries its own, not what it was given
    rendered.remember("fact", lambda p: None, carry=lambda _: {0: "B"})
    assert rendered.without({2}).carried("fact") == {0: "B"}
    assert rendered.without({0}).carried("fact") == {}
    assert Page.of("a\n\nb").without({0}).carried("fact") == {}


def test_a_page_looked_at_again_is_carried_what_remember_gives_for_it() -> None:
    page = Page.of("a\n\nb\nc\nd")
    page.remember(
        "fact", lambda p: None, carry=lambda _: {3: "C"}, again=lambda _: {0: "A", 3: "C", 4: "D"}
    )
    again = page.without({2})  # the same lines looked at again: a, "", c, d
    assert again.carried("fact") == {0: "A", 2: "C", 3: "D"}
    # and what it was carried goes on from it by any means, as a carried fact does
    assert again.render({0: OTHER}).page.carried("fact") == {0: "C", 1: "D"}
    # a page the render or the blanking makes is carried what ``carry`` gives
    assert page.render({0: OTHER}).page.carried("fact") == {1: "C"}
    assert page.blanking([4]).carried("fact") == {3: "C"}
