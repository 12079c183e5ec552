"""``extract_metadata``: which lines give the authors, and their look-alikes (interface
text, labels, headings, comment signatures) that must not, kept and rejected."""

from __future__ import annotations

import pytest

from seedclean import Metadata
from seedclean.cleaners import ExtractMetadata
from test_extract_metadata import MENU, PROSE

TITLE = "Council Opens New Bridge Next Year"
# A body that writes "bridge", "work", "roads", "range" and "it" in small letters.
BODY = "\n\n".join(
    [PROSE["en"] * 2, "The range of the new bridge is wide, and the work pays for it. " * 3]
    * 2
)


def meta(header: str, body: str = BODY) -> Metadata:
    return ExtractMetadata()(MENU + header + "\n\n" + body).metadata


# A line of names only under the title (no "By"): a name, or words of the page.
NAME_LINES: list[tuple[str, tuple[str, ...]]] = [
    # kept: names, even with a word the body also uses ("Rose Work": not all its words)
    ("Ann Example", ("Ann Example",)),
    ("Rose Work", ("Rose Work",)),
    ("Ann Example, Bob Example", ("Ann Example", "Bob Example")),
    # all its words are words of the body in small letters: a heading or a button
    ("Bridge Work", ()),
    ("Pin It", ()),
    ("Roads Range", ()),
    # a label ends with a colon
    ("Salary Range:", ()),
    ("Dear Ann:", ()),
    # an interface phrase inside it
    ("Increase Text Size", ()),
]


@pytest.mark.parametrize(("line", "authors"), NAME_LINES)
def test_name_line(line: str, authors: tuple[str, ...]) -> None:
    m = meta(f"{TITLE}\n{line}\nDec 18, 2020")
    assert m.title == TITLE
    assert m.authors == authors


def test_name_line_that_is_not_a_name_stays_in_the_body() -> None:
    doc = ExtractMetadata()(MENU + f"{TITLE}\nBridge Work\nDec 18, 2020\n\n" + BODY)
    assert "Bridge Work" in doc.text
    assert "Bridge Work" not in [e.old.strip() for e in doc.audit]


def test_by_signs_words_of_the_body() -> None:
    # a "By" says it is a name, whatever the words
    assert meta(f"{TITLE}\nBy Rose Bridge\nDec 18, 2020").authors == ("Rose Bridge",)
