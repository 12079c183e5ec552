"""``normalize_whitespace``: what it keeps, what it changes, and why."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest

from growth import assert_linear
from seedclean import NormalizeWhitespace, Reason, replay

EXOTIC = Reason.EXOTIC_SPACE
ZW = Reason.ZERO_WIDTH
SHY = Reason.SOFT_HYPHEN
TRAIL = Reason.TRAILING_WHITESPACE
BLANK = Reason.BLANK_LINES
INNER = Reason.INNER_WHITESPACE

KEPT: list[tuple[str, dict[str, Any]]] = [
    ("plain text", {}),
    ("a\n\nb", {}),
    ("a\nb\nc", {}),
    ("a\n\n\nb", {"max_blank_lines": 2}),
    ("  indented\n\tcode", {}),  # leading spaces are not touched
    ("    x = 1\n\t\tif x:\n        y = 2", {}),  # nor is indentation of any depth
    ("one space between words, a\ttab", {}),  # a run of one space or of one tab
    ("two  spaces inside", {"collapse_spaces": False}),  # runs inside a line, if asked
    ("x  = 1\ty\t\t= 2", {"collapse_spaces": False}),
    ("a\u3000b\u3000", {}),  # ideographic space kept by default (also at a line end)
    ("日本\u3000\u3000語", {}),  # and so are runs of it,
    ("a  \u3000b\u3000  c", {}),  # and runs of spaces next to it
    ("a \u200c b", {}),  # ZWNJ is a character: one space on each side of it
    ("a \u200d b", {}),  # so is ZWJ
    ("a \x0c b", {}),  # form feed between single spaces
    ("a _ b . c", {}),  # visible look-alikes of spaces between single spaces
    ("a\u2800\u2800b", {}),  # Braille blanks look like spaces but are characters
    ("日本語のテキスト。\n\n中文字符，标点。", {}),
    ("مرحبا بالعالم\n\nالسلام عليكم", {}),
    ("می\u200cخواهم", {}),  # ZWNJ is part of Persian spelling
    ("👨\u200d👩\u200d👧\u200d👦 👩\u200d💻", {}),  # ZWJ emoji sequences
    ("क्\u200dष", {}),  # ZWJ in Indic scripts
    ("a\x0cb", {}),  # form feed: not this cleaner's business
    ("", {}),
]


@pytest.mark.parametrize(("text", "options"), KEPT)
def test_kept(text: str, options: dict[str, Any]) -> None:
    doc = NormalizeWhitespace(**options)(text)
    assert doc.text == text
    assert doc.audit == ()


CHANGED: list[tuple[str, dict[str, Any], str, list[tuple[Reason, str, str]]]] = [
    # exotic spaces become plain spaces, one edit per character
    ("a\u00a0b", {}, "a b", [(EXOTIC, "\u00a0", " ")]),
    ("a\u2009b", {}, "a b", [(EXOTIC, "\u2009", " ")]),
    ("9\u202fkm", {}, "9 km", [(EXOTIC, "\u202f", " ")]),
    ("a\u2000 b", {"collapse_spaces": False}, "a  b", [(EXOTIC, "\u2000", " ")]),
    ("a\u1680b\u205fc", {}, "a b c", [(EXOTIC, "\u1680", " "), (EXOTIC, "\u205f", " ")]),
    ("a\u3000b", {"keep_ideographic_space": False}, "a b", [(EXOTIC, "\u3000", " ")]),
    # zero-width characters are removed
    ("zero\u200bwidth", {}, "zerowidth", [(ZW, "\u200b", "")]),
    ("word\u2060joiner", {}, "wordjoiner", [(ZW, "\u2060", "")]),
    ("\ufeffBOM", {}, "BOM", [(ZW, "\ufeff", "")]),
    ("a\u200b\u2060\ufeffb", {}, "ab", [(ZW, "\u200b\u2060\ufeff", "")]),
    ("a\u180eb\u2062c", {}, "abc", [(ZW, "\u180e", ""), (ZW, "\u2062", "")]),
    # soft hyphens are removed
    ("soft\u00adhyphen", {}, "softhyphen", [(SHY, "\u00ad", "")]),
    ("a\u00ad\u00adb", {}, "ab", [(SHY, "\u00ad\u00ad", "")]),
    # runs of spaces and tabs inside a line become one space, whatever their length
    ("two  spaces", {}, "two spaces", [(INNER, "  ", " ")]),
    ("Stop.  Next", {}, "Stop. Next", [(INNER, "  ", " ")]),
    ("a\t\tb", {}, "a b", [(INNER, "\t\t", " ")]),
    ("a \tb", {}, "a b", [(INNER, " \t", " ")]),
    ("Name" + " " * 700 + "Score", {}, "Name Score", [(INNER, " " * 700, " ")]),
    ("a  b   c", {}, "a b c", [(INNER, "  ", " "), (INNER, "   ", " ")]),
    # indentation stays, and what follows it is collapsed like the rest
    ("    x  = 1", {}, "    x = 1", [(INNER, "  ", " ")]),
    ("\t\tName    Score", {}, "\t\tName Score", [(INNER, "    ", " ")]),
    ("a\n  b  c", {}, "a\n  b c", [(INNER, "  ", " ")]),
    # a run at the end of a line is trailing whitespace, not a run inside it
    ("a  b  \nc", {}, "a b\nc", [(INNER, "  ", " "), (TRAIL, "  ", "")]),
    # the run is taken whole, with the exotic and invisible characters in it: what would
    # be left of it has two spaces, so one edit makes it one space (and a second pass
    # finds nothing)
    ("a\u2000\u200ab", {}, "a b", [(INNER, "\u2000\u200a", " ")]),
    ("a \u00a0b", {}, "a b", [(INNER, " \u00a0", " ")]),
    ("a \u200b b", {}, "a b", [(INNER, " \u200b ", " ")]),
    ("a\u200b  b", {}, "a b", [(INNER, "\u200b  ", " ")]),
    ("a \u00ad b", {}, "a b", [(INNER, " \u00ad ", " ")]),
    # one space with invisible characters around it is not a run: they go on their own
    ("a\u200b \u200bb", {}, "a b", [(ZW, "\u200b", ""), (ZW, "\u200b", "")]),
    # ideographic spaces are spaces like the others when they are not kept
    (
        "日本\u3000\u3000語",
        {"keep_ideographic_space": False},
        "日本 語",
        [(INNER, "\u3000\u3000", " ")],
    ),
    ("a\u3000 b", {"keep_ideographic_space": False}, "a b", [(INNER, "\u3000 ", " ")]),
    # trailing whitespace, including exotic and invisible characters at a line end
    ("a  \nb", {}, "a\nb", [(TRAIL, "  ", "")]),
    ("a \t \nb", {}, "a\nb", [(TRAIL, " \t ", "")]),
    ("a\u00a0\nb", {}, "a\nb", [(TRAIL, "\u00a0", "")]),
    ("a \u200b\nb", {}, "a\nb", [(TRAIL, " \u200b", "")]),
    ("a\u3000 \nb", {"keep_ideographic_space": False}, "a\nb", [(TRAIL, "\u3000 ", "")]),
    ("a\u3000 \nb", {}, "a\u3000\nb", [(TRAIL, " ", "")]),
    # whitespace at the end of the text goes, newlines included
    ("end.  ", {}, "end.", [(TRAIL, "  ", "")]),
    ("end.\n", {}, "end.", [(TRAIL, "\n", "")]),
    ("end.\n \n\t\n", {}, "end.", [(TRAIL, "\n \n\t\n", "")]),
    # blank lines at the start go
    ("\n\nStart", {}, "Start", [(BLANK, "\n\n", "")]),
    (" \n\t\nStart", {}, "Start", [(BLANK, " \n\t\n", "")]),
    # a text of whitespace only becomes empty
    ("   ", {}, "", [(TRAIL, "   ", "")]),
    ("\n\n\n", {}, "", [(BLANK, "\n\n\n", "")]),
    ("\n\n\u00a0 ", {}, "", [(BLANK, "\n\n\u00a0 ", "")]),
    # whitespace-only lines become empty, runs of blank lines are capped
    ("a\n \nb", {}, "a\n\nb", [(BLANK, "\n \n", "\n\n")]),
    ("a\n\n\n\nb", {}, "a\n\nb", [(BLANK, "\n\n\n\n", "\n\n")]),
    ("a\n \n\t\n\u00a0\nb", {}, "a\n\nb", [(BLANK, "\n \n\t\n\u00a0\n", "\n\n")]),
    ("a  b\n  \n  c", {}, "a b\n\n  c", [(INNER, "  ", " "), (BLANK, "\n  \n", "\n\n")]),
    ("a\n\nb", {"max_blank_lines": 0}, "a\nb", [(BLANK, "\n\n", "\n")]),
    ("a\n\n\n\nb", {"max_blank_lines": 0}, "a\nb", [(BLANK, "\n\n\n\n", "\n")]),
    ("a\n\n\n\nb", {"max_blank_lines": 2}, "a\n\n\nb", [(BLANK, "\n\n\n\n", "\n\n\n")]),
    ("a\n  \n  \nb", {"max_blank_lines": 2}, "a\n\n\nb", [(BLANK, "\n  \n  \n", "\n\n\n")]),
    # several kinds at once, in order
    (
        "\nTitle \n\n\n\nA\u00a0line\u200b with a soft\u00adhyphen.\n\n",
        {},
        "Title\n\nA line with a softhyphen.",
        [
            (BLANK, "\n", ""),
            (TRAIL, " ", ""),
            (BLANK, "\n\n\n\n", "\n\n"),
            (EXOTIC, "\u00a0", " "),
            (ZW, "\u200b", ""),
            (SHY, "\u00ad", ""),
            (TRAIL, "\n\n", ""),
        ],
    ),
    (
        "Name" + " " * 40 + "Score  \n  Ann  Example\u00a0 12\n\n\n",
        {},
        "Name Score\n  Ann Example 12",
        [
            (INNER, " " * 40, " "),
            (TRAIL, "  ", ""),
            (INNER, "  ", " "),
            (INNER, "\u00a0 ", " "),
            (TRAIL, "\n\n\n", ""),
        ],
    ),
]


@pytest.mark.parametrize(("text", "options", "expected", "edits"), CHANGED)
def test_changed(
    text: str, options: dict[str, Any], expected: str, edits: list[tuple[Reason, str, str]]
) -> None:
    doc = NormalizeWhitespace(**options)(text)
    assert doc.text == expected
    assert [(e.reason, e.old, e.new) for e in doc.audit] == edits
    assert all(e.cleaner == "normalize_whitespace" for e in doc.audit)
    assert replay(text, doc.audit) == expected


def test_options() -> None:
    assert NormalizeWhitespace().options() == {
        "max_blank_lines": 1,
        "keep_ideographic_space": True,
        "collapse_spaces": True,
    }
    with pytest.raises(ValueError, match="max_blank_lines"):
        NormalizeWhitespace(max_blank_lines=-1)
    with pytest.raises(TypeError):
        NormalizeWhitespace(1)  # type: ignore[misc]


OPTIONS: list[dict[str, Any]] = [
    {},
    {"collapse_spaces": False},
    {"keep_ideographic_space": False},
    {"max_blank_lines": 0},
]
TRICKY = [
    "a \u00a0 b\u2000\u200a c",
    "a \u200b b \u00ad c\u200b \u200bd",
    "x\u3000  y  \u3000z\u3000\u3000w",
    "    x  = 1\n\t\ty\t\t= 2  \n\n\n  \n z",
    "Name" + " " * 700 + "Score" + " " * 300 + "\n" + " " * 100 + "Ann  12",
    " \u200b \u00a0\n\u00a0 a  b \u00ad\n\n\n",
]


@pytest.mark.parametrize("options", OPTIONS)
@pytest.mark.parametrize("text", TRICKY)
def test_idempotent_and_replayable(text: str, options: dict[str, Any]) -> None:
    clean = NormalizeWhitespace(**options)
    once = clean(text)
    assert replay(text, once.audit) == once.text
    twice = clean(once.text)
    assert twice.text == once.text
    assert twice.audit == ()


def test_no_run_is_left_between_visible_characters() -> None:
    # \S: the runs next to a kept ideographic space stay, as do the indentations
    out = NormalizeWhitespace()("\n".join(TRICKY)).text
    assert re.search(r"\S[ \t]{2,}\S", out) is None, out
    assert "\n" + " " * 100 + "Ann 12" in out
    assert "\u3000  y" in out


#: Hostile shapes for the expression, made n characters long (give or take a few).
GROWTH: dict[str, Callable[[int], str]] = {
    "spaces": lambda n: " " * n,
    "a letter, spaces, a letter": lambda n: "a" + " " * n + "b",
    "alternating 'a  '": lambda n: "a  " * (n // 3),
    "alternating 'a \\u200b '": lambda n: "a \u200b " * (n // 4),
    "indented lines with a run": lambda n: "    a  b\n" * (n // 9),
}


@pytest.mark.parametrize("make", list(GROWTH.values()), ids=list(GROWTH))
def test_time_grows_linearly(make: Callable[[int], str]) -> None:
    # Four times the input may take about four times as long, never ten: a quadratic
    # expression would take sixteen (tests/growth.py). 4n is a megabyte.
    assert_linear(NormalizeWhitespace(), make, 250_000)
