"""Find and parse the dates pages print: ``Dec 18, 2020``, ``18. Dezember 2020``, ``2020-12-18``.

A small grammar of its own, written for the way pages print publication dates, rather
than a general date parser: it only reads *calendar dates with a day, a month and a
year*, never relative dates ("3 hours ago"), times alone or a month without a day, and it
never guesses. What it reads:

- **ISO and year-first numeric**: ``2020-12-18``, ``2020-12-18T09:30:00Z``,
  ``2020/12/18``, ``2020.12.18``, ``2020. 12. 18.`` (Korean, Hungarian);
- **year first, then the month's name**: ``2020. december 18.``, ``2020. dec. 18.``
  (Hungarian), ``2020 m. gruodžio 18 d.`` (Lithuanian), ``2020 December 18``; not when
  a year follows (``2019 March 5, 2020`` is March 5, 2020) nor, with no dot after the day,
  when a word of three letters or more goes on (``in 2020 May 5 people came``);
- **CJK year, month and day**: ``2020年12月18日`` (Chinese, Japanese), ``2020년 12월 18일``
  (Korean), with or without spaces, and a weekday after (``星期五``, ``(金)``, ``금요일``);
- **month names**, full or abbreviated, with or without a dot, in the case a date puts
  them in and in the nominative, in either order: ``Dec 18, 2020``, ``Nov. 19, 2019``,
  ``Monday November 18, 2019``, ``18 Dec 2020``, ``18. Dezember 2020``,
  ``1er décembre 2020``, ``20 de noviembre de 2019``, ``20 Nov, 2019``,
  ``18 grudnia 2020 r.``, ``18. prosince 2020``, ``18 декабря 2020 года``,
  ``18 грудня 2020``; a name glued to the word before it, a capital after a small letter
  (``GuideOctober 31, 2012``, which a scraper prints when it drops the space between two
  elements), is read too. The languages: English, German, French, Spanish, Italian,
  Portuguese, Dutch, Polish, Czech, Slovak, Russian, Ukrainian, and Swedish, Danish,
  Norwegian, Finnish, Romanian, Hungarian, Turkish, Catalan, Croatian, Slovenian,
  Estonian, Latvian and Lithuanian where their names mean no other month in the first
  twelve (Croatian "listopad" is October, Polish and Czech "listopad" November: read as
  November). The names (and the full weekday names) come from CLDR, written by
  ``training/make_month_names.py`` (which needs babel; the package does not) to
  ``data/month-names.json``, with the hand-written forms CLDR lacks ("sept", "Jänner",
  "mrt"); the script prints the names it leaves out and why: abbreviations that are
  common words ("des", "pro", "sie"), and names that mean two different months in
  languages of the same group. Those names are kept for their own language: given the
  page's ``language``, :func:`find_dates` reads them too, in that language's meaning
  (Polish "sie" is August, Croatian "listopad" October, Norwegian "des" December).
  Regenerate with ``python training/make_month_names.py``;
- **day-first or month-first numeric** dates ``18/12/2020``, ``18.12.2020``,
  ``18. 12. 2020`` (Czech, Slovak), ``11/19/19``, ``12-18-2020``: the order is only
  decided with evidence. When one of the first two numbers is above 12 it can only be the
  day; when both are 12 or less (``03/04``)
  the date is read day-first only when the caller says the page's language writes dates
  day-first (``day_first=True``, which the metadata extractor passes for every language
  but English), month-first when it says the opposite (``day_first=False``), and not at all
  otherwise (``None``, the default): a wrong date is worse than none. Two-digit
  numbers parted by dots are the exception: that is how day-first dates are written
  (``11.05.2012`` is 11 May unless the caller says month-first), as the languages that
  write the month first part them with slashes or dashes (``1.2.2019``, which may be a
  version, is still not read).

Impossible dates (``Feb 30``) are rejected, and so are dates before 1900 or after the end
of next year (a page cannot have been published in the far future).

A word just before the date says what it is: ``Published``, ``Posted on``, ``publié le``,
``veröffentlicht``, ``publicado``, ``pubblicato``... make it a publication date;
``Updated``, ``Last modified``, ``mis à jour``, ``aktualisiert``, ``actualizado``...
an update.

>>> [(m.text, m.date.isoformat(), m.kind) for m in find_dates("Updated Nov 13, 2019, 10:28am")]
[('Nov 13, 2019', '2019-11-13', 'updated')]
>>> parse_date("18. Dezember 2020")
datetime.date(2020, 12, 18)
>>> parse_date("03/04/2020") is None, parse_date("03/04/2020", day_first=True)
(True, datetime.date(2020, 4, 3))
>>> parse_date("03.04.2020")
datetime.date(2020, 4, 3)
>>> parse_date("February 30, 2020") is None
True

Every expression is linear on hostile input: repetitions are bounded or possessive (the
name lists are tries, whose optional tails are at most a name long) and each alternative
starts with a digit or a letter.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from importlib import resources
from typing import Any

import attrs
import regex

__all__ = [
    "DATE_PATTERN",
    "MONTHS",
    "MONTH_NAME",
    "WEEKDAY",
    "DateMatch",
    "find_dates",
    "parse_date",
]


def _fold_month(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).rstrip(".")


def _alternation(words: Iterable[str]) -> str:
    """A pattern matching any of ``words`` (the longest first), as a trie: ``(?:d(?:ec|ez))``
    rather than ``dec|dez``, which the regex engine tries one by one at each position."""
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        alts = [regex.escape(c) + emit(node[c]) for c in sorted(node) if c]
        if not alts:
            return ""
        if len(alts) == 1 and "" not in node:
            return alts[0]
        return "(?:" + "|".join(alts) + ")" + ("?" if "" in node else "")

    return emit(root)


def _load_names() -> dict[str, Any]:
    data_dir = resources.files("seedclean").joinpath("data")
    text = data_dir.joinpath("month-names.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


_NAMES = _load_names()

#: Month names and abbreviations (lower case, without accents or dots) and their number,
#: from ``data/month-names.json`` (see the module docstring).
MONTHS: dict[str, int] = {str(k): int(v) for k, v in _NAMES["months"].items()}

# The same names as written on pages: with their accents, any case.
_MONTH_FORMS = sorted(set(MONTHS) | set(_NAMES["written"]), key=len, reverse=True)
_GIVEN_NAMES = frozenset(_NAMES["given_names"])
#: A month's name or abbreviation, as written on pages ("Nov.", "März", "février"); use
#: ``fullmatch`` for a word that is only that. The month names that are also given names
#: ("Augusta", "Maja") are left out: alone, such a word may well be a name.
MONTH_NAME = regex.compile(
    "(?i:" + _alternation(f for f in _MONTH_FORMS if _fold_month(f) not in _GIVEN_NAMES) + r")\.?+"
)


def _month(group: str, alternation: str) -> str:
    return rf"(?P<{group}>(?i:{alternation}))\.?+(?!\p{{L}})"


def _day(group: str) -> str:
    return rf"(?P<{group}>[0-3]?[0-9])"


def _year_re(group: str) -> str:
    # a year glued to the time that follows it ("Nov 20 20194:29 AM") still counts
    return rf"(?P<{group}>(?:1[89]|2[0-9])[0-9]{{2}})(?:(?![0-9])|(?=[0-9]{{1,2}}:[0-9]{{2}}))"


_WEEKDAYS = (
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|"
    "fri|sat|sun|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|"
    "mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|"
    "domingo|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|maandag|dinsdag|woensdag|"
    "donderdag|vrijdag|zaterdag|zondag|segunda-feira|terça-feira|quarta-feira|quinta-feira|"
    "sexta-feira"
)
# the abbreviations above, and the full names of every language of the data file
_WEEKDAYS = _alternation(set(_WEEKDAYS.split("|")) | set(_NAMES["weekdays"]))
#: A weekday name in one of the languages of the grammar.
# Chinese 星期五 / 周五 / (五), Japanese (金) / 金曜日, Korean 금요일 / (금): no spaces around
_CJK_WEEKDAYS = (
    r"(?:星期|週|周|礼拜|禮拜)[一二三四五六日天]|[月火水木金土日]曜日?+|[월화수목금토일]요일"
    r"|[(（][一二三四五六日天月火水木金土월화수목금토일][)）]"
)
WEEKDAY = regex.compile(rf"(?<!\p{{L}})(?i:{_WEEKDAYS})(?!\p{{L}})|{_CJK_WEEKDAYS}")

_SP = r"[ \t\u00a0\u202f]{1,3}+"
# "18 grudnia 2020 r.", "18 декабря 2020 года", "18 грудня 2020 р.": the word "year"
_YEAR_WORD = r"(?:[ \t\u00a0\u202f]{0,2}+(?:(?i:roku|года|року)(?!\p{L})|(?i:r|г|р)\.))?+"
_DE = r"(?:(?i:de|del)" + _SP + r")?+"

# The year of a date that starts with it: a year right after the day is another date's
# ("2019 March 5, 2020" is March 5, 2020).
_NO_YEAR_AFTER = r"(?!,?+[ \t\u00a0\u202f]{0,3}+(?:1[89]|2[0-9])[0-9]{2}(?![0-9]))"


# A month's name starts a word, or is glued to the word before it by a scraper that
# dropped the space between two elements ("Travel GuideOctober 31, 2012": a capital
# after a small letter).
_NAME_START = r"(?:(?<![\p{L}0-9])|(?<=\p{Ll})(?=\p{Lu}))"


def _pattern(forms: Sequence[str]) -> regex.Pattern[str]:
    """The grammar, reading the month names ``forms``."""
    alternation = _alternation(forms)
    # A date starts with a digit or with a month's name: the lookahead lets a search pass
    # over the other characters quickly.
    initials = regex.escape("".join(sorted({form[0] for form in forms})))
    start = rf"(?=[0-9]|{_NAME_START}(?i:[{initials}]))"
    alternatives = [
        # 2020-12-18, 2020/12/18, 2020.12.18 (optionally with a time after a T)
        r"(?<![0-9])(?P<iy>(?:1[89]|2[0-9])[0-9]{2})(?P<isep>[-/.])(?P<im>[01]?[0-9])"
        r"(?P=isep)(?P<id>[0-3]?[0-9])(?![0-9])"
        r"(?:T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,6})?+)?+(?:Z|[+-][0-9]{2}:?[0-9]{2})?+)?+",
        # Dec 18, 2020 / November 16th 2020 / Nov. 19 2019
        _NAME_START + _month("mm", alternation) + _SP + _day("md")
        + r"(?:st|nd|rd|th)?+(?![0-9])(?:,?+" + _SP + r"|,)" + _year_re("my"),
        # 18 Dec 2020 / 18. Dezember 2020 / 1er décembre 2020 / 20 de noviembre de 2019
        r"(?<![0-9])" + _day("dd") + r"(?:st|nd|rd|th|er|º|°|\.)?+"
        + r"(?:[ \t\u00a0\u202f]{0,3}+|-)" + _DE + _month("dm", alternation)
        + r"(?:,?+" + _SP + r"|,|-)" + _DE + _year_re("dy") + _YEAR_WORD,
        # 2020. december 18. (Hungarian), 2020 m. gruodžio 18 d. (Lithuanian), 2020
        # December 18 (but not "in 2020 May 5 people ...": a word of three letters or more
        # goes on the sentence; "by", "at" may follow a date)
        r"(?<![0-9])(?P<yy>(?:1[89]|2[0-9])[0-9]{2})(?:\.|[ \t]m\.)?+" + _SP
        + _month("ym", alternation)
        + _SP + _day("yd") + r"(?:st|nd|rd|th)?+(?![0-9])" + _NO_YEAR_AFTER
        + r"(?:\.|[ \t]d\.|(?![ \t\u00a0\u202f]++\p{Ll}{3}))",
        # 2020年12月18日 (Chinese, Japanese), 2020년 12월 18일 (Korean)
        r"(?<![0-9])(?P<cy>(?:1[89]|2[0-9])[0-9]{2})[ \t]{0,2}+[年년][ \t]{0,2}+"
        r"(?P<cm>[01]?[0-9])[ \t]{0,2}+[月월][ \t]{0,2}+(?P<cd>[0-3]?[0-9])[ \t]{0,2}+[日일]",
        # 2020. 12. 18. (Korean, Hungarian; without the spaces it is year-first above)
        r"(?<![0-9])(?P<ky>(?:1[89]|2[0-9])[0-9]{2})\.[ \t]{1,2}+(?P<km>[01]?[0-9])\."
        r"[ \t]{1,2}+(?P<kd>[0-3]?[0-9])\.(?![0-9])",
        # 18. 12. 2020 (Czech, Slovak: the dotted numbers with spaces)
        r"(?<![0-9][.]?+)(?P<s1>[0-3]?[0-9])\.[ \t\u00a0]{1,2}+(?P<s2>[01]?[0-9])\."
        r"[ \t\u00a0]{1,2}+(?P<sy>(?:1[89]|2[0-9])[0-9]{2})(?![0-9]|\.[0-9])",
        # 18/12/2020, 18.12.2020, 11/19/19, 12-18-2020
        r"(?<![0-9][./-]?+)(?P<n1>[0-3]?[0-9])(?P<nsep>[./-])(?P<n2>[0-3]?[0-9])(?P=nsep)"
        r"(?P<ny>(?:1[89]|2[0-9])[0-9]{2}|[0-9]{2})(?![0-9]|[./-][0-9])",
    ]
    return regex.compile(start + "(?:" + "|".join(alternatives) + ")")


DATE_PATTERN = _pattern(_MONTH_FORMS)

# The month names some languages have besides those of every page (see the module
# docstring): language -> name as written (lower case) -> month.
_BY_LANGUAGE: dict[str, dict[str, int]] = {
    str(lang): {str(k): int(v) for k, v in names.items()}
    for lang, names in _NAMES.get("by_language", {}).items()
}
# the codes language detectors give for the languages of the data file
_LANGUAGE_CODES = {"no": "nb", "nn": "nb"}


@attrs.frozen(slots=True)
class _Grammar:
    pattern: regex.Pattern[str]
    months: dict[str, int]
    max_lead: int  # how far before its first digit a date can start


_GRAMMAR = _Grammar(DATE_PATTERN, MONTHS, max(map(len, _MONTH_FORMS)) + 4)


@functools.lru_cache(maxsize=64)
def _grammar(language: str | None) -> _Grammar:
    """The grammar for a page in ``language``: with the month names of that language that
    mean something else elsewhere, in that language's meaning."""
    own = _BY_LANGUAGE.get(_LANGUAGE_CODES.get(language or "", language or ""))
    if not own:
        return _GRAMMAR
    months = MONTHS | {_fold_month(name): month for name, month in own.items()}
    names = set(_MONTH_FORMS) | set(own) | {_fold_month(name) for name in own}
    forms = sorted(names, key=len, reverse=True)
    return _Grammar(_pattern(forms), months, max(map(len, forms)) + 4)


_PUBLISHED = (
    "published|publish date|posted|posted on|first published|date|dated|on|publié|"
    "publié le|publiée le|paru le|publicado|publicado el|publicado em|pubblicato|"
    "pubblicato il|veröffentlicht|veröffentlicht am|publiziert|publiziert am|erschienen|"
    "erschienen am|gepubliceerd|gepubliceerd op|geplaatst|geplaatst op|opublikowano|"
    "data publikacji|dodano|publikováno|zveřejněno|publikované|опубликовано|"
    "дата публикации|опубліковано|дата публікації|publicerad|publiceret|publisert|"
    "julkaistu|publicat|objavljeno|le|am|el|em|il|op"
)
_UPDATED = (
    "updated|last updated|updated on|last modified|modified|mis à jour|mis à jour le|"
    "actualisé le|actualizado|actualizado el|atualizado|atualizado em|aggiornato|"
    "aggiornato il|aktualisiert|aktualisiert am|zuletzt aktualisiert|bijgewerkt|"
    "bijgewerkt op|laatst bijgewerkt|aktualizacja|zaktualizowano|ostatnia aktualizacja|"
    "aktualizováno|aktualizace|aktualizované|обновлено|оновлено|uppdaterad|opdateret|"
    "oppdatert|päivitetty|actualizat|ažurirano"
)
# A marker word, then at most a short run of non-letters (": ", " - "), a time (with its
# zone, and the time in another zone: "Updated 0339 GMT (1139 HKT) November 19, 2019")
# and a weekday (in either order: "Updated: Sat 8:31 PM, Feb 17, 2018").
_KIND_BEFORE = regex.compile(
    rf"(?:(?P<updated>(?i:{_UPDATED}))|(?P<published>(?i:{_PUBLISHED})))"
    rf"[\s:,.\-–—|]{{0,4}}+(?:(?i:on|le|am|el|em|il|op)[ \t]++)?+"
    rf"(?:(?i:{_WEEKDAYS})[\s,.]{{0,3}}+)?"
    r"(?:(?:[0-9]{1,2}[:.h][0-9]{2}|[0-9]{4}(?=[ \t]{0,2}+\p{Lu}{2,5}))[ \t]{0,2}+"
    r"(?i:am|pm|uhr|h)?+[ \t]{0,2}+(?:\p{Lu}{2,5})?+[ \t]{0,2}+(?:\([^()\n]{0,20}+\))?+"
    r"[\s,.]{0,3}+)?+"
    rf"(?:(?i:{_WEEKDAYS})[\s,.]{{0,3}}+)?$"
)
_LOOKBACK = 40

_MIN_YEAR = 1900
_DIGIT = regex.compile(r"[0-9]")
# Every date has a year of four digits or two numbers around a separator ("19/11/19"):
# a text without either has none, and is not searched.
_DIGITS = regex.compile(r"[0-9](?:[0-9]{3}|[./-][0-9])")


@attrs.frozen(slots=True)
class DateMatch:
    """One date found in a text: its span, the date, and what the page says it is.

    ``kind`` is ``"published"`` or ``"updated"`` when a word before the date says so,
    ``""`` otherwise.
    """

    start: int
    end: int
    date: dt.date
    kind: str
    text: str


def _max_year() -> int:
    return dt.date.today().year + 1


def _year(text: str, max_year: int) -> int:
    year = int(text)
    if len(text) == 2:  # two-digit years: this century unless that is in the future
        year += 2000 if year <= max_year % 100 else 1900
    return year


def _make(year: int, month: int, day: int, max_year: int) -> dt.date | None:
    if not (_MIN_YEAR <= year <= max_year):
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _numeric(a: int, b: int, day_first: bool | None) -> tuple[int, int] | None:
    """(month, day) from the two first numbers of a numeric date, or None if unsure."""
    if a > 12 and b <= 12:
        return b, a
    if b > 12 and a <= 12:
        return a, b
    if a > 12 or b > 12 or a == 0 or b == 0:
        return None
    if a == b:
        return a, b
    if day_first is None:
        return None
    return (b, a) if day_first else (a, b)


def _date_of(
    m: regex.Match[str], day_first: bool | None, max_year: int, months: dict[str, int]
) -> dt.date | None:
    g = m.group
    if g("iy") is not None:
        return _make(int(g("iy")), int(g("im")), int(g("id")), max_year)
    if g("cy") is not None:
        return _make(int(g("cy")), int(g("cm")), int(g("cd")), max_year)
    if g("ky") is not None:
        return _make(int(g("ky")), int(g("km")), int(g("kd")), max_year)
    if g("mm") is not None:
        return _make(int(g("my")), months[_fold_month(g("mm"))], int(g("md")), max_year)
    if g("dm") is not None:
        return _make(int(g("dy")), months[_fold_month(g("dm"))], int(g("dd")), max_year)
    if g("ym") is not None:
        return _make(int(g("yy")), months[_fold_month(g("ym"))], int(g("yd")), max_year)
    if g("s1") is not None:
        order = _numeric(int(g("s1")), int(g("s2")), day_first)
        year = g("sy")
    else:
        n1, n2, year = g("n1"), g("n2"), g("ny")
        # dots part two-digit numbers before a whole year in a day-first date only
        # (11.05.2012): the languages that write the month first part them with slashes
        # or dashes (and "11.12.12", with a short year, may be either)
        if day_first is None and g("nsep") == "." and len(n1) == len(n2) == 2 < len(year):
            order = _numeric(int(n1), int(n2), True)
        else:
            order = _numeric(int(n1), int(n2), day_first)
    if order is None:
        return None
    return _make(_year(year, max_year), order[0], order[1], max_year)


def _kind(text: str, start: int) -> str:
    before = text[max(0, start - _LOOKBACK) : start]
    m = _KIND_BEFORE.search(before)
    if m is None or (m.start() > 0 and before[m.start() - 1].isalpha()):
        return ""
    if m.group("updated") is not None:
        return "updated"
    word = m.group("published").casefold()
    # "on", "le", "am"... alone only say "this is a date", not which one
    return "published" if len(word) > 3 else ""


def find_dates(
    text: str, *, day_first: bool | None = None, language: str | None = None
) -> list[DateMatch]:
    """Every calendar date in ``text``, in order (see the module docstring for the rules).
    ``language``, the page's language when known (an ISO 639-1 code), adds the month names
    only that language has or means so (Polish "sie" for August, Croatian "listopad" for
    October, where Polish and Czech mean November).

    >>> [m.date.isoformat() for m in find_dates("Posted: 18 Nov 2019 | 19/11/2019 | 03/04/2019")]
    ['2019-11-18', '2019-11-19']
    >>> find_dates("Published 11/19/19 06:56 AM EST")[0].kind
    'published'
    >>> [m.date.isoformat() for m in find_dates("18. listopada 2020.", language="hr")]
    ['2020-10-18']
    """
    return list(_dates(text, day_first, language))


# Metadata extraction reads the same lines (those around the body start) again on each
# of its passes: the dates of recent lines are kept (a DateMatch is immutable, so sharing
# it is safe). The lines a document's passes share are far fewer than the cache holds.
@functools.lru_cache(maxsize=2048)
def _dates(text: str, day_first: bool | None, language: str | None) -> tuple[DateMatch, ...]:
    return tuple(_iter_dates(text, day_first, language))


def _iter_dates(text: str, day_first: bool | None, language: str | None) -> Iterator[DateMatch]:
    first = _DIGIT.search(text)
    if first is None or _DIGITS.search(text, first.start()) is None:
        return
    grammar = _grammar(language)
    # the search starts where the first date could (its lookbehinds still see the text
    # before that point): at its first digit, or at the month's name before it
    max_year = 0  # the latest year a date can have, read at the first match
    for m in grammar.pattern.finditer(text, max(0, first.start() - grammar.max_lead)):
        max_year = max_year or _max_year()
        date = _date_of(m, day_first, max_year, grammar.months)
        if date is not None:
            yield DateMatch(m.start(), m.end(), date, _kind(text, m.start()), m.group())


@functools.lru_cache(maxsize=4096)
def parse_date(
    text: str, *, day_first: bool | None = None, language: str | None = None
) -> dt.date | None:
    """The date ``text`` holds when it is one date and nothing else (spaces, a weekday or
    a time aside); ``None`` otherwise.

    >>> parse_date("Monday, November 18, 2019")
    datetime.date(2019, 11, 18)
    >>> parse_date("20 de noviembre de 2019"), parse_date("1er décembre 2020")
    (datetime.date(2019, 11, 20), datetime.date(2020, 12, 1))
    >>> parse_date("in 2020") is None
    True
    """
    found = find_dates(text, day_first=day_first, language=language)
    if len(found) != 1:
        return None
    m = found[0]
    rest = (text[: m.start] + " " + text[m.end :]).strip(" \t,.")
    rest = WEEKDAY.sub("", rest)
    rest = regex.sub(r"[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?+(?:\s*+(?i:am|pm))?+", "", rest)
    if rest.strip(" \t,.:-|T"):
        return None
    return m.date
