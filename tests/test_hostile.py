"""Hostile inputs: every cleaner finishes fast (no quadratic behaviour) and gets them right.

The time bound is generous on purpose: a linear cleaner takes well under a second on
each input here, a quadratic one takes minutes.
"""

from __future__ import annotations

import time
import unicodedata
from collections.abc import Callable

import pytest

import seedclean
from seedclean import (
    Cleaner,
    Document,
    NormalizeUnicode,
    NormalizeWhitespace,
    Reason,
    RepairEncoding,
    replay,
)

MB = 1_000_000
BOUND_SECONDS = 5.0

HOSTILE: dict[str, Callable[[], str]] = {
    "1MB spaces then a letter": lambda: " " * MB + "a",
    "1MB spaces then a newline": lambda: " " * MB + "\n",
    "a letter, 1MB spaces, a newline": lambda: "a" + " " * MB + "\nb",
    "1MB tabs then a letter": lambda: "\t" * MB + "x",
    "200k zero-width spaces between letters": lambda: "a\u200b" * 200_000 + "a",
    "200k zero-width spaces in one run": lambda: "a" + "\u200b" * 200_000 + "b",
    "200k soft hyphens between letters": lambda: "a\u00ad" * 200_000 + "a",
    "50k [": lambda: "[" * 50_000,
    "50k (": lambda: "(" * 50_000,
    "100k newline-space-newline": lambda: "\n \n" * 100_000,
    "200k NBSP": lambda: "\u00a0" * 200_000,
    "200k NBSP between letters": lambda: "a\u00a0" * 200_000 + "a",
    "1MB *": lambda: "*" * MB,
    "1MB -": lambda: "-" * MB,
    "500k \\(": lambda: "\\(" * 500_000,
    "100k combining marks on one letter": lambda: "a" + "\u0301" * 100_000,
    "one 2MB line of words": lambda: "word " * 400_000,
    "200k blank-ish lines": lambda: " \t\u00a0\u200b\n" * 200_000 + "x",
    "200k CRLF lines": lambda: "a\r\n" * 200_000,
    "200k lone CR": lambda: "\r" * 200_000,
    "100k entities": lambda: "&amp;" * 100_000,
    "50k mojibake words on one line": lambda: "cafÃ© " * 50_000,
}

CLEANERS: dict[str, Cleaner] = {
    "repair_encoding": RepairEncoding(),
    "normalize_whitespace": NormalizeWhitespace(),
    "normalize_unicode": NormalizeUnicode(),
    "default_pipeline": seedclean.default_pipeline(),
}


@pytest.fixture(scope="module", params=list(HOSTILE))
def hostile(request: pytest.FixtureRequest) -> tuple[str, str]:
    name: str = request.param
    return name, HOSTILE[name]()


@pytest.mark.parametrize("cleaner_name", list(CLEANERS))
def test_finishes_fast(hostile: tuple[str, str], cleaner_name: str) -> None:
    _, text = hostile
    start = time.perf_counter()
    doc = CLEANERS[cleaner_name](Document(text))
    elapsed = time.perf_counter() - start
    # Linear work per step is fine; the bound catches quadratic blow-ups.
    steps = len(getattr(CLEANERS[cleaner_name], "steps", (None,)))
    assert elapsed < BOUND_SECONDS * steps, f"{elapsed:.1f}s"
    assert isinstance(doc.text, str)


def _pipeline_expected(name: str, text: str) -> str:
    """What the default pipeline must make of each hostile input (worked out by hand)."""
    expected = {
        "1MB spaces then a letter": text,  # leading spaces are not the cleaners' business
        "1MB spaces then a newline": "",
        "a letter, 1MB spaces, a newline": "a\nb",
        "1MB tabs then a letter": text,
        "200k zero-width spaces between letters": "a" * 200_001,
        "200k zero-width spaces in one run": "ab",
        "200k soft hyphens between letters": "a" * 200_001,
        "100k newline-space-newline": "",
        "200k NBSP": "",
        "200k NBSP between letters": "a " * 200_000 + "a",
        "100k combining marks on one letter": "á" + "\u0301" * 99_999,
        "one 2MB line of words": text.rstrip(),
        "200k blank-ish lines": "x",
        "200k CRLF lines": "a\n" * 199_999 + "a",
        "200k lone CR": "",
        "100k entities": "&" * 100_000,
        "50k mojibake words on one line": "café " * 49_999 + "café",
        "500k \\(": "(" * 500_000,  # Markdown escapes are undone
    }
    # runs of brackets, stars, dashes and escaped parentheses are left alone
    return expected.get(name, text)


def test_pipeline_output(hostile: tuple[str, str]) -> None:
    name, text = hostile
    doc = seedclean.clean(text)
    assert doc.text == _pipeline_expected(name, text)
    assert unicodedata.is_normalized("NFC", doc.text)


WS = "normalize_whitespace"


@pytest.mark.parametrize(
    ("name", "cleaner_name", "reasons", "n_edits"),
    [
        ("200k zero-width spaces between letters", WS, {Reason.ZERO_WIDTH}, 200_000),
        ("200k zero-width spaces in one run", WS, {Reason.ZERO_WIDTH}, 1),
        ("200k soft hyphens between letters", WS, {Reason.SOFT_HYPHEN}, 200_000),
        ("200k NBSP between letters", WS, {Reason.EXOTIC_SPACE}, 200_000),
        ("1MB spaces then a newline", WS, {Reason.BLANK_LINES}, 1),
        ("1MB spaces then a letter", WS, set(), 0),
        ("200k CRLF lines", "repair_encoding", {Reason.LINE_BREAK}, 200_000),
        ("200k lone CR", "repair_encoding", {Reason.LINE_BREAK}, 200_000),
        # a change over 400 characters long is recorded as one edit
        ("100k entities", "repair_encoding", {Reason.HTML_ENTITY}, 1),
        ("100k combining marks on one letter", "normalize_unicode", {Reason.UNICODE_NORMALIZATION}, 1),  # noqa: E501
        ("1MB *", "default_pipeline", set(), 0),
        ("500k \\(", "default_pipeline", {Reason.MARKUP}, 500_000),  # one per escape
        ("50k [", "default_pipeline", set(), 0),
    ],
)  # fmt: skip
def test_audit_of_hostile_input(
    name: str, cleaner_name: str, reasons: set[Reason], n_edits: int
) -> None:
    text = HOSTILE[name]()
    doc = CLEANERS[cleaner_name](Document(text))
    assert {e.reason for e in doc.audit} == reasons
    assert len(doc.audit) == n_edits
    assert replay(text, doc.audit) == doc.text
