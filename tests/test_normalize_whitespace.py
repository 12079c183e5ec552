"""``normalize_whitespace``: what it keeps, what it changes, and why."""

from __future__ import annotations

from typing import Any

import pytest

from seedclean import NormalizeWhitespace, Reason, replay

EXOTIC = Reason.EXOTIC_SPACE
ZW = Reason.ZERO_WIDTH
SHY = Reason.SOFT_HYPHEN
TRAIL = Reason.TRAILING_WHITESPACE
BLANK = Reason.BLANK_LINES

KEPT: list[tuple[str, dict[str, Any]]] = [
    ("plain text", {}),
    ("a\n\nb", {}),
    ("a\nb\nc", {}),
    ("a\n\n\nb", {"max_blank_lines": 2}),
    ("  indented\n\tcode", {}),  # leading spaces are not touched
    ("two  spaces inside", {}),  # nor runs of spaces inside a line
    ("a\u3000b\u3000", {}),  # ideographic space kept by default (also at a line end)
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
    ("a\u2000\u200ab", {}, "a  b", [(EXOTIC, "\u2000", " "), (EXOTIC, "\u200a", " ")]),
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
    }
    with pytest.raises(ValueError, match="max_blank_lines"):
        NormalizeWhitespace(max_blank_lines=-1)
    with pytest.raises(TypeError):
        NormalizeWhitespace(1)  # type: ignore[misc]
