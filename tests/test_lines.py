"""The shared line features: Western text (ASCII, Windows-1252) takes a faster path that
must agree with the general one."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from seedclean.lines import fold, is_list_item, word_count
from seedclean.stopwords import words

western = st.text(alphabet=st.characters(max_codepoint=255), max_size=60)
# Text with the characters the fast expressions spell out: apostrophes, digits,
# punctuation, Windows-1252's typographic marks, the white space of both engines.
tricky = st.text(alphabet="aZ09 .!?'\"_-#*%)(][\t\v\f\r\x1c\x1fé’–•…ßµ\xa0", max_size=30)

# A thin space is white space to the general expressions and neither a letter nor a
# sentence end, and no character of Windows-1252: appending one sends the text down the
# general path and changes nothing.
THIN_SPACE = "\u2009"


@given(st.one_of(western, tricky))
def test_ascii_word_count_agrees_with_the_general_path(text: str) -> None:
    assert word_count(text) == word_count(text + THIN_SPACE)


@given(st.one_of(western, tricky))
def test_ascii_fold_agrees_with_the_general_path(text: str) -> None:
    assert fold(text) == fold(text + THIN_SPACE)


@given(st.one_of(western, tricky))
def test_ascii_words_agree_with_the_general_path(text: str) -> None:
    assert words(text) == words(text + THIN_SPACE)


@pytest.mark.parametrize(
    ("text", "count", "folded"),
    [
        ("It's 3 o'clock", 3, "it s 3 o clock"),
        ("rock'n'roll", 2, "rock n roll"),
        ("Read \x1c MORE!", 2, "read \x1c more"),  # U+001C is no white space to fold
        ("__init__ = 1", 2, "init 1"),
    ],
)
def test_ascii_examples(text: str, count: int, folded: str) -> None:
    assert word_count(text) == count
    assert fold(text) == folded


@pytest.mark.parametrize(
    ("line", "listed"),
    [
        ("* item", True),
        ("  - item", True),
        ("\t• item", True),
        ("· item", True),
        ("o item", True),  # the letter some pages print as a bullet
        ("3. item", True),
        ("12) item", True),
        ("١٢. بند", True),  # digits of any script
        # look-alikes
        ("*bold* text", False),
        ("-5 degrees", False),
        ("2024. The year", False),  # a number of four digits is no item number
        ("O item", False),
        ("order", False),
        ("", False),
    ],
)
def test_list_items(line: str, listed: bool) -> None:
    assert is_list_item(line) is listed
