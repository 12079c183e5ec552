"""The phrase data of ``seedclean.phrases``: well formed, no duplicates, every category
has a reason."""

from __future__ import annotations

from collections import Counter

import pytest

from seedclean import Reason
from seedclean.phrases import (
    CATEGORIES,
    COOKIE_SIGNALS,
    COOKIE_WORDS,
    LANGUAGE_NAMES,
    RELATED_HEADINGS,
    RIGHTS_RESERVED,
    phrase_key,
    phrase_table,
)

LANGUAGES = {"en", "de", "fr", "es", "it", "pt", "nl", "ru", "pl", "tr", "ar", "fa", "zh", "ja"}


def _all_phrases() -> list[tuple[str, str, str]]:
    out = [
        (name, lang, p)
        for name, cat in CATEGORIES.items()
        for lang, phrases in cat.phrases.items()
        for p in phrases
    ]
    out += [("related", lang, p) for lang, ps in RELATED_HEADINGS.items() for p in ps]
    return out


@pytest.mark.parametrize("name", list(CATEGORIES))
def test_category_has_reason_and_languages(name: str) -> None:
    cat = CATEGORIES[name]
    assert isinstance(cat.reason, Reason)
    assert set(cat.phrases) == LANGUAGES
    assert all(isinstance(p, tuple) and p for p in cat.phrases.values())


def test_related_headings_cover_the_languages() -> None:
    assert set(RELATED_HEADINGS) == LANGUAGES


def test_every_phrase_folds_to_something() -> None:
    for name, lang, phrase in _all_phrases():
        assert phrase == phrase.strip(), (name, lang, phrase)
        assert phrase_key(phrase), (name, lang, phrase)
    for phrase in (*COOKIE_WORDS, *LANGUAGE_NAMES, *RIGHTS_RESERVED):
        assert phrase_key(phrase), phrase
    for phrases in COOKIE_SIGNALS.values():
        assert all(phrase_key(p) == p for p in phrases), phrases  # stored folded


def test_no_duplicates() -> None:
    boilerplate = Counter(phrase_key(p) for n, _, p in _all_phrases() if n != "related")
    assert [k for k, c in boilerplate.items() if c > 1] == []
    related = Counter(phrase_key(p) for n, _, p in _all_phrases() if n == "related")
    assert [k for k, c in related.items() if c > 1] == []


def test_related_headings_are_not_boilerplate() -> None:
    # remove_boilerplate runs first: it must leave the headings remove_related looks for
    table = phrase_table()
    clash = [p for _, ps in RELATED_HEADINGS.items() for p in ps if phrase_key(p) in table.exact]
    assert clash == []


def test_phrases_are_generic() -> None:
    # no site names or addresses in the data
    for _, _, phrase in _all_phrases():
        for bad in ("http", ".com", "www"):
            assert bad not in phrase


def test_table_reasons_and_user_phrases() -> None:
    table = phrase_table(("footer",), ("Buy now …",))
    assert table.exact["impressum"] is Reason.FOOTER
    assert table.exact["buy now"] is Reason.USER_PHRASE
    assert table.prefix["buy now"] is Reason.USER_PHRASE
    assert "share" not in table.exact
