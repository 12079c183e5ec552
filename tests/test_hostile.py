"""Hostile inputs: every cleaner's cost grows linearly with them (no quadratic step), and
it gets them right.

Each input is cleaned at the size named and at a quarter of it, in the same test: the
cost may grow at most 10 times (linear is 4, quadratic 16; see ``growth.py``).
"""

from __future__ import annotations

import unicodedata

import pytest

import seedclean
from growth import Scalable, assert_linear, repeated
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

HOSTILE: dict[str, Scalable] = {
    "1MB spaces then a letter": repeated(" ", MB, end="a"),
    "1MB spaces then a newline": repeated(" ", MB, end="\n"),
    "a letter, 1MB spaces, a newline": repeated(" ", MB, start="a", end="\nb"),
    "1MB tabs then a letter": repeated("\t", MB, end="x"),
    "200k zero-width spaces between letters": repeated("a\u200b", 200_000, end="a"),
    "200k zero-width spaces in one run": repeated("\u200b", 200_000, start="a", end="b"),
    "200k soft hyphens between letters": repeated("a\u00ad", 200_000, end="a"),
    "50k [": repeated("[", 50_000),
    "50k (": repeated("(", 50_000),
    "100k newline-space-newline": repeated("\n \n", 100_000),
    "200k NBSP": repeated("\u00a0", 200_000),
    "200k NBSP between letters": repeated("a\u00a0", 200_000, end="a"),
    "1MB *": repeated("*", MB),
    "1MB -": repeated("-", MB),
    "500k \\(": repeated("\\(", 500_000),
    "100k combining marks on one letter": repeated("\u0301", 100_000, start="a"),
    "one 2MB line of words": repeated("word ", 400_000),
    "200k blank-ish lines": repeated(" \t\u00a0\u200b\n", 200_000, end="x"),
    "200k CRLF lines": repeated("a\r\n", 200_000),
    "200k lone CR": repeated("\r", 200_000),
    "100k entities": repeated("&amp;", 100_000),
    "50k mojibake words on one line": repeated("cafÃ© ", 50_000),
}

CLEANERS: dict[str, Cleaner] = {
    "repair_encoding": RepairEncoding(),
    "normalize_whitespace": NormalizeWhitespace(),
    "normalize_unicode": NormalizeUnicode(),
    "default_pipeline": seedclean.default_pipeline(),
}


@pytest.mark.parametrize("cleaner_name", [name for name in CLEANERS if name != "default_pipeline"])
@pytest.mark.parametrize("name", list(HOSTILE))
def test_cost_is_linear(name: str, cleaner_name: str) -> None:
    case = HOSTILE[name]
    doc = assert_linear(CLEANERS[cleaner_name], lambda k: Document(case.make(k)), case.n)
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


@pytest.mark.parametrize("name", list(HOSTILE))
def test_pipeline_cost_is_linear_and_output_right(name: str) -> None:
    # the default pipeline's growth test, and its output on the larger input
    case = HOSTILE[name]
    doc = assert_linear(seedclean.clean, case.make, case.n)
    assert doc.text == _pipeline_expected(name, case.text)
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
    text = HOSTILE[name].text
    doc = CLEANERS[cleaner_name](Document(text))
    assert {e.reason for e in doc.audit} == reasons
    assert len(doc.audit) == n_edits
    assert replay(text, doc.audit) == doc.text
