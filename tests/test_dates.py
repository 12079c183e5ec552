"""``seedclean.dates``: which strings are dates, which are not, and the 03/04 rule."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from growth import Scalable, assert_linear, repeated
from seedclean.dates import MONTH_NAME, find_dates, parse_date

D = dt.date

PARSED: list[tuple[str, bool | None, dt.date]] = [
    # English
    ("Dec 18, 2020", None, D(2020, 12, 18)),
    ("December 18, 2020", None, D(2020, 12, 18)),
    ("Nov. 19, 2019", None, D(2019, 11, 19)),
    ("Sept 3, 2019", None, D(2019, 9, 3)),
    ("November 16th, 2020", None, D(2020, 11, 16)),
    ("Monday, November 18, 2019", None, D(2019, 11, 18)),
    ("18 Dec 2020", None, D(2020, 12, 18)),
    ("18 NOV 2019", None, D(2019, 11, 18)),
    ("20 Nov, 2019", None, D(2019, 11, 20)),
    ("1st March 2021", None, D(2021, 3, 1)),
    # ISO and year-first
    ("2020-12-18", None, D(2020, 12, 18)),
    ("2020/12/18", None, D(2020, 12, 18)),
    ("2019-11-18T20:51:19Z", None, D(2019, 11, 18)),
    # German, French, Spanish, Italian, Dutch, Portuguese
    ("18. Dezember 2020", None, D(2020, 12, 18)),
    ("3. März 2021", None, D(2021, 3, 3)),
    ("1. Jänner 2020", None, D(2020, 1, 1)),
    ("1er décembre 2020", None, D(2020, 12, 1)),
    ("12 févr. 2019", None, D(2019, 2, 12)),
    ("15 août 2018", None, D(2018, 8, 15)),
    ("20 de noviembre de 2019", None, D(2019, 11, 20)),
    ("3 dic. 2019", None, D(2019, 12, 3)),
    ("3 settembre 2019", None, D(2019, 9, 3)),
    ("23 Nov 2017", None, D(2017, 11, 23)),
    ("4 mei 2019", None, D(2019, 5, 4)),
    ("12 mrt 2019", None, D(2019, 3, 12)),
    ("5 de março de 2019", None, D(2019, 3, 5)),
    ("7 out 2019", None, D(2019, 10, 7)),
    # month names from CLDR, in their case forms (Polish, Czech, Slovak, Russian,
    # Ukrainian genitives), with the word for "year" after them
    ("18 grudnia 2020", None, D(2020, 12, 18)),
    ("18 grudnia 2020 r.", None, D(2020, 12, 18)),
    ("3 maja 2021", None, D(2021, 5, 3)),
    ("1 października 2019", None, D(2019, 10, 1)),
    ("piątek, 18 grudnia 2020", None, D(2020, 12, 18)),
    ("18. prosince 2020", None, D(2020, 12, 18)),
    ("5. května 2020", None, D(2020, 5, 5)),
    ("18. decembra 2020", None, D(2020, 12, 18)),
    ("18 декабря 2020", None, D(2020, 12, 18)),
    ("18 декабря 2020 года", None, D(2020, 12, 18)),
    ("18 дек. 2020 г.", None, D(2020, 12, 18)),
    ("пятница, 18 декабря 2020", None, D(2020, 12, 18)),
    ("18 грудня 2020", None, D(2020, 12, 18)),
    ("18 грудня 2020 р.", None, D(2020, 12, 18)),
    ("ДЕКАБРЬ 18, 2020", None, D(2020, 12, 18)),
    ("18 december 2020", None, D(2020, 12, 18)),
    ("18. joulukuuta 2020", None, D(2020, 12, 18)),
    ("18 decembrie 2020", None, D(2020, 12, 18)),
    ("18 Aralık 2020", None, D(2020, 12, 18)),
    ("18 de desembre de 2020", None, D(2020, 12, 18)),
    ("18. prosinca 2020", None, D(2020, 12, 18)),
    ("18. decembris 2020", None, D(2020, 12, 18)),
    ("18 gruodžio 2020", None, D(2020, 12, 18)),
    ("18 dets 2020", None, D(2020, 12, 18)),
    ("18 listopada 2020", None, D(2020, 11, 18)),  # Polish November (Croatian October)
    # CJK: year, month and day with their signs, a weekday after
    ("2020年12月18日", None, D(2020, 12, 18)),
    ("2020 年 12 月 18 日", None, D(2020, 12, 18)),
    ("2020年12月18日 星期五", None, D(2020, 12, 18)),
    ("2020年12月18日(金)", None, D(2020, 12, 18)),
    ("2020年12月18日 金曜日", None, D(2020, 12, 18)),
    ("2020년 12월 18일", None, D(2020, 12, 18)),
    ("2020년 12월 18일 금요일", None, D(2020, 12, 18)),
    ("2020. 12. 18.", None, D(2020, 12, 18)),
    # year first, then the month's name (Hungarian, Lithuanian, some English pages)
    ("2020. december 18.", None, D(2020, 12, 18)),
    ("2020. dec. 18.", None, D(2020, 12, 18)),
    ("2020 m. gruodžio 18 d.", None, D(2020, 12, 18)),
    ("2020 December 18", None, D(2020, 12, 18)),
    ("2020 Dec 18th", None, D(2020, 12, 18)),
    # numeric: unambiguous without a hint
    ("27/09/2018", None, D(2018, 9, 27)),
    ("18.12.2020", None, D(2020, 12, 18)),
    ("11/19/19", None, D(2019, 11, 19)),
    ("11.14.2019", None, D(2019, 11, 14)),
    ("05/05/2020", None, D(2020, 5, 5)),
    # numeric: ambiguous, decided by the language's convention
    ("03/04/2020", True, D(2020, 4, 3)),
    ("03/04/2020", False, D(2020, 3, 4)),
    ("08.07.2019", True, D(2019, 7, 8)),
    ("18. 12. 2020", None, D(2020, 12, 18)),  # Czech, Slovak
    ("8. 7. 2019", True, D(2019, 7, 8)),
    # two-digit numbers parted by dots: day-first, unless the caller says month-first
    ("11.05.2012", None, D(2012, 5, 11)),
    ("11.05.2012", False, D(2012, 11, 5)),
    ("11/05/2012", True, D(2012, 5, 11)),
]


@pytest.mark.parametrize(("text", "day_first", "expected"), PARSED)
def test_parsed(text: str, day_first: bool | None, expected: dt.date) -> None:
    assert parse_date(text, day_first=day_first) == expected
    (m,) = find_dates(f"Posted {text} by Ann", day_first=day_first)
    assert m.date == expected
    assert m.text == f"Posted {text} by Ann"[m.start : m.end]


NOT_DATES: list[tuple[str, bool | None]] = [
    ("03/04/2020", None),  # never guess between 3 April and 4 March
    ("February 30, 2020", None),  # impossible
    ("31/04/2020", True),
    ("13/13/2020", None),
    ("May 5 2999", None),  # far future
    ("March 3, 1850", None),  # before 1900
    ("November 2020", None),  # no day
    ("3 hours ago", None),
    ("version 1.2.2019", None),
    ("11/05/2012", None),  # slashes: the language decides
    ("11.12.12", None),  # a short year: either order is written
    ("11-05-2012", None),
    ("1.2.3.2019", True),
    ("Call 555-12-2019", None),
    ("in 2020", None),
    ("10:30", None),
    ("", None),
    # a month without a day, a month word in a sentence, a common word CLDR abbreviates
    ("Marzec 2020", None),
    ("Marzec", None),
    ("W maj 2020 roku", None),
    ("Kapitel 3 des 2019 erschienenen Buches", None),
    ("grudzień 2020", None),
    ("2020年12月", None),
    ("2020年13月18日", None),
    ("12月18日", None),
    ("2020. 12.", None),
    ("8. 7. 2019", None),  # 8 July or 7 August: the language decides
    ("Chapter 3. 4. 2019", None),
    ("18 2020", None),
    # a year, a month and a number going on the sentence
    ("In 2020 May 5 people came", None),
]


def test_a_year_before_a_month_first_date_is_not_its_year() -> None:
    # "© 2019 March 5, 2020": the date is March 5, 2020
    (m,) = find_dates("© 2019 March 5, 2020")
    assert (m.text, m.date) == ("March 5, 2020", D(2020, 3, 5))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month's name glued to the word before it (a scraper dropped the space)
        ("By Ann Example, Example.com GuideOctober 31, 2012", [D(2012, 10, 31)]),
        ("Ann ExampleDec 18, 2020Updated: Dec 19, 2020", [D(2020, 12, 18), D(2020, 12, 19)]),
        # look-alikes: the name inside a word, in small letters
        ("the remarch 3, 2012 plan", []),
        ("Summarch 3, 2012", []),
    ],
)
def test_month_glued_to_the_word_before(text: str, expected: list[dt.date]) -> None:
    assert [m.date for m in find_dates(text)] == expected


# Month names a language has that mean another month, or are a common word, in others:
# read only when the page is known to be in that language.
IN_LANGUAGE: list[tuple[str, str, dt.date | None]] = [
    ("18 sie 2020", "pl", D(2020, 8, 18)),  # Polish abbreviation of sierpień
    ("18 sie 2020", "de", None),
    ("18. listopada 2020.", "hr", D(2020, 10, 18)),  # Croatian October
    ("18. listopada 2020.", "pl", D(2020, 11, 18)),  # Polish November
    ("18. listopada 2020.", "", D(2020, 11, 18)),
    ("5. lip 2020", "hr", D(2020, 6, 5)),
    ("5. lip 2020", "cs", D(2020, 7, 5)),
    ("18. des. 2020", "no", D(2020, 12, 18)),  # the detectors' code for Norwegian
    ("18. des. 2020", "nb", D(2020, 12, 18)),
    ("Kapitel 3 des 2019", "de", None),
    ("3. úno 2021", "cs", D(2021, 2, 3)),
    ("5 Şub 2021", "tr", D(2021, 2, 5)),
]


@pytest.mark.parametrize(("text", "language", "expected"), IN_LANGUAGE)
def test_month_names_of_a_language(text: str, language: str, expected: dt.date | None) -> None:
    assert parse_date(text, language=language or None) == expected
    found = find_dates(f"Posted {text} by Ann", language=language or None)
    assert [m.date for m in found] == ([expected] if expected else [])


@pytest.mark.parametrize(("text", "day_first"), NOT_DATES)
def test_not_dates(text: str, day_first: bool | None) -> None:
    assert parse_date(text, day_first=day_first) is None
    assert find_dates(text, day_first=day_first) == []


KINDS = [
    ("Published: Nov 18, 2019", "published"),
    ("Posted on 18 Nov 2019", "published"),
    ("Updated Nov 13, 2019, 10:28am EST", "updated"),
    ("Updated 1:39 am EST, Wednesday, November 20, 2019", "updated"),
    ("Last modified on Mon 18 Nov 2019", "updated"),
    ("publiziert am 25. September 2018", "published"),
    ("aktualisiert am 25. September 2018", "updated"),
    ("publié le 3 mars 2020", "published"),
    ("mis à jour le 3 mars 2020", "updated"),
    ("Publicado el 20 de noviembre de 2019", "published"),
    ("Actualizado: 20/11/2019", "updated"),
    ("Pubblicato il 3 settembre 2019", "published"),
    ("Bijgewerkt op 4 mei 2019", "updated"),
    ("Atualizado em 5 de março de 2019", "updated"),
    ("Opublikowano: 18 grudnia 2020", "published"),
    ("Aktualizacja: 19.12.2020, 10:30", "updated"),
    ("Publikováno 18. prosince 2020", "published"),
    ("Aktualizováno 18. 12. 2020", "updated"),
    ("Опубликовано 18 декабря 2020", "published"),
    ("Обновлено: 19 декабря 2020", "updated"),
    ("Оновлено 19 грудня 2020", "updated"),
    # a weekday before the time, a 24-hour time with "Uhr" or "h"
    ("Updated: Sat 8:31 PM, Feb 17, 2018", "updated"),
    ("Posted: Fri 6:45 PM, Feb 16, 2018", "published"),
    ("Veröffentlicht am Montag, 14:30 Uhr, 3. Dez. 2020", "published"),
    ("Publié le lundi 14h30, 3 décembre 2020", "published"),
    ("Bijgewerkt op dinsdag 14:30, 3 december 2020", "updated"),
    # a time of four digits with its zone, and the time in another zone
    ("Updated 0339 GMT (1139 HKT) November 19, 2019", "updated"),
    ("Posted 10:30 AM ET (1530 GMT) Dec 18, 2020", "published"),
    ("Dec 18, 2020", ""),
    ("on Dec 18, 2020", ""),
    ("Sat 8:31 PM, Feb 17, 2018", ""),
    ("Updated daily. Sat 8:31 PM, Feb 17, 2018", ""),
    ("Updated 2019 list, November 19, 2019", ""),
]


@pytest.mark.parametrize(("text", "kind"), KINDS)
def test_kind(text: str, kind: str) -> None:
    (m,) = find_dates(text)
    assert m.kind == kind


def test_published_and_updated_on_one_line() -> None:
    found = find_dates("PUBLISHED: November 19, 2019 at 8:59 pm | UPDATED: November 20, 2019")
    assert [(m.date, m.kind) for m in found] == [
        (D(2019, 11, 19), "published"),
        (D(2019, 11, 20), "updated"),
    ]


MONTH_WORDS: list[tuple[str, bool]] = [
    # month names and abbreviations alone, as written, in the languages of the grammar
    ("Nov", True),
    ("Nov.", True),
    ("NOVEMBER", True),
    ("Dez.", True),
    ("März", True),
    ("février", True),
    ("juin", True),
    ("dic.", True),
    ("settembre", True),
    ("mrt", True),
    ("outubro", True),
    ("grudnia", True),
    ("Prosince", True),
    ("декабря", True),
    ("ГРУДНЯ", True),
    # names and words that start like a month, and a month with more around it
    ("Marzia", False),
    ("Junior", False),
    ("Augusta", False),
    ("Maja", False),  # Polish for "of May", and a given name
    ("Des", False),  # Danish December, and a word
    ("lis", True),  # Polish and Czech November: Croatian October is dropped
    ("Nov. 19", False),
    ("November 2020", False),
]


@pytest.mark.parametrize(("text", "expected"), MONTH_WORDS)
def test_month_name(text: str, expected: bool) -> None:
    assert (MONTH_NAME.fullmatch(text) is not None) == expected


@pytest.mark.parametrize(
    "case",
    [repeated("nov", 300_000), repeated(".", 1_000_000), repeated(" ", 1_000_000, start="Nov.")],
    ids=["novs", "dots", "spaces"],
)
def test_month_name_is_linear(case: Scalable) -> None:
    assert assert_linear(MONTH_NAME.fullmatch, case.make, case.n) is None


def test_parse_date_wants_one_date_alone() -> None:
    assert parse_date("Dec 18, 2020 and Dec 19, 2020") is None
    assert parse_date("Filed Dec 18, 2020") is None
    assert parse_date("Friday, 18 December 2020, 10:30") == D(2020, 12, 18)


@given(st.text(max_size=200))
def test_never_raises_and_spans_hold_dates(text: str) -> None:
    for day_first in (None, True, False):
        for m in find_dates(text, day_first=day_first):
            assert text[m.start : m.end] == m.text
            assert parse_date(m.text, day_first=day_first) == m.date
            assert 1900 <= m.date.year <= dt.date.today().year + 1


@given(st.dates(min_value=D(1990, 1, 1), max_value=D(2030, 12, 31)))
def test_round_trip_formats(date: dt.date) -> None:
    if date.year > dt.date.today().year + 1:
        return
    for fmt in ("%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%Y-%m-%d", "%d. %B %Y"):
        assert parse_date(date.strftime(fmt)) == date


@pytest.mark.parametrize(
    "case",
    [
        repeated("1", 1_000_000),
        repeated("12/", 300_000),
        repeated("Dec ", 250_000),
        repeated("18. ", 250_000),
        repeated("2020-", 200_000),
        repeated("grudnia ", 200_000),
        repeated("2020年12月", 200_000),
        repeated("2020. ", 200_000),
        repeated("18 декабря ", 200_000),
        repeated("2020 December ", 200_000),
        repeated("2020. dec. 18 ", 150_000),
        repeated("xDec 1", 200_000),
        repeated("18. 12. ", 200_000),
    ],
    ids=[
        "digits", "slashes", "months", "days", "iso", "genitives", "cjk", "dots", "cyrillic",
        "year-month", "year-month-day", "glued", "spaced-dots",
    ],
)
def test_hostile_input_is_linear(case: Scalable) -> None:
    assert_linear(find_dates, case.make, case.n)


def test_month_names_data_is_consistent() -> None:
    # every form the grammar matches folds to a name with a month (the data file is
    # written by training/make_month_names.py, from CLDR)
    from seedclean import dates

    assert all(1 <= month <= 12 for month in dates.MONTHS.values())
    assert all(dates._fold_month(form) in dates.MONTHS for form in dates._MONTH_FORMS)
    # the hand-written forms CLDR lacks are still there
    assert {"sept", "janner", "mrt", "maerz"} <= set(dates.MONTHS)
    # ordinary words and names of two months are left out
    assert not {"des", "pro", "sie", "лист"} & set(dates.MONTHS)
    assert dates.MONTHS["listopada"] == 11
    # ... but kept for their own language, with its meaning
    assert dates._BY_LANGUAGE["pl"]["sie"] == 8
    assert dates._BY_LANGUAGE["hr"]["listopada"] == 10
    assert all(
        1 <= month <= 12 for names in dates._BY_LANGUAGE.values() for month in names.values()
    )
