"""Write the month and weekday names ``seedclean.dates`` reads, from CLDR data (via babel).

    python training/make_month_names.py [--out src/seedclean/data/month-names.json]

For each language of ``CORE`` and ``MORE``, the month names of CLDR in both widths
(``wide``, ``abbreviated``) and both contexts (``format``, the case a date uses, such as
Polish "grudnia" or Russian "декабря"; ``stand-alone``, the nominative "grudzień",
"декабрь") are read with ``babel.dates.get_month_names``, and the wide weekday names with
``babel.dates.get_day_names``. Each month name is folded the way ``seedclean.dates``
folds what it reads (lower case, accents removed, the final dot dropped); a leading
"de " or "d’" (Catalan) is taken off; a name that is not one word of letters, or that is
shorter than 3 letters, or a common short word (``ORDINARY``), is left out.

The hand-written names of ``HAND`` (the table ``seedclean.dates`` had before this
script: English, German, French, Spanish, Italian, Dutch, Portuguese, with forms CLDR
lacks, such as "sept", "janner", "mrt") come first and are always kept. Then a name is
kept when every language that has it gives it the same month; a name that means two
months is resolved for the earlier group (``HAND``, then ``CORE``, then ``MORE``) when
only one group has it, and dropped when languages of the same group disagree (Polish and
Czech "lis" for November, Croatian "lis" for October: both in no group but the first one
that has them). Every name left out is printed, with the reason. A name left out
because it is a common word or means another month elsewhere is still a month name in
its own language: ``by_language`` keeps it, with its language's meaning, for the pages
known to be in that language (``seedclean.dates.find_dates(..., language="hr")`` reads
Croatian "listopada" as October, Polish "sie" as August).

The output (sorted, so that a rerun writes the same file) holds ``months``, each folded
name and its month number; ``written``, the names as written with their accents where
folding changes them (lower case), which the grammar matches as well; ``weekdays``, the
wide weekday names (lower case, as written); ``given_names``, the month names that
are also given names (``GIVEN_NAMES``); ``by_language``, for each language, the names
left out above that it has (as written, lower case) and the month each means in it; and
``languages``. Needs babel (not a
run-time dependency: the package only reads the JSON). Run it again after changing the
lists below, and commit the JSON.
"""

from __future__ import annotations

import argparse
import json
import unicodedata
from pathlib import Path

import regex
from babel.dates import get_day_names, get_month_names

#: Languages whose dates the package must read (issue 12).
CORE = ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "cs", "sk", "ru", "uk")
#: Languages read as well, where their names do not contradict those of ``CORE``.
MORE = ("sv", "da", "nb", "fi", "ro", "hu", "tr", "ca", "hr", "sl", "et", "lv", "lt")

#: The table of ``seedclean.dates`` before CLDR (folded), with the forms CLDR lacks.
HAND: dict[int, str] = {
    1: "january jan januar janner janvier janv enero ene gennaio gen januari janeiro",
    2: "february feb febr februar fevrier fevr fev febrero febbraio februari fevereiro",
    3: "march mar marz maerz mars marzo maart mrt marco",
    4: "april apr avril avr abril abr aprile",
    5: "may mai mayo maggio mag mei maio",
    6: "june jun juni juin junio giugno giu junho",
    7: "july jul juli juillet juil julio luglio lug julho",
    8: "august aug aout agosto ago augustus",
    9: "september sep sept septembre septiembre setiembre set settembre setembro",
    10: "october oct oktober okt octobre octubre ottobre ott outubro out",
    11: "november nov novembre noviembre novembro",
    12: "december dec dezember dez decembre diciembre dic dicembre dezembro",
}
#: Written forms of hand names with their accents (the old table's extra forms).
HAND_WRITTEN = ("jänner", "février", "févr", "fév", "märz", "março", "août", "décembre", "déc")

#: Abbreviations CLDR gives that are also common short words of the languages read
#: ("Absatz 3 des 2019" is no date; "des" is Danish and Norwegian for December): left out.
_ORDINARY = "des sie pro tra uno tem haz sub ara vas kas led elo bal kol dub stu лист"
ORDINARY = frozenset(_ORDINARY.split())

#: Month names that are also given names (Slovak "augusta", Polish "maja", Hungarian
#: "julius"): dates read them, but a word alone that is one of them may be a name, so
#: ``seedclean.dates.MONTH_NAME`` does not match them.
GIVEN_NAMES = ("augusta", "augustus", "julius", "maja", "liepa")

_WORD = regex.compile(r"\p{L}++")
_PREFIX = regex.compile(r"^(?:de |d['’])")
_MIN_LEN = 3


def fold(name: str) -> str:
    """The key ``seedclean.dates`` looks a month up by (its ``_fold_month``)."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).rstrip(".")


def cldr_names(lang: str) -> dict[str, set[int]]:
    """Written month name (lower case, no final dot) -> months, for one language."""
    names: dict[str, set[int]] = {}
    for width in ("wide", "abbreviated"):
        for context in ("format", "stand-alone"):
            for month, name in get_month_names(width, context, lang).items():
                written = _PREFIX.sub("", name.lower()).rstrip(".")
                names.setdefault(written, set()).add(month)
    return names


def build(dropped: list[str]) -> dict[str, object]:
    """The data file's content; the names left out, and why, are added to ``dropped``."""
    months: dict[str, int] = {}
    written: set[str] = set(HAND_WRITTEN)
    # language -> written name -> month, for the names left out that mean one month in
    # that language (a common word elsewhere, or another month elsewhere)
    own: dict[str, dict[str, int]] = {}
    for month, forms in HAND.items():
        for form in forms.split():
            months[form] = month
    for group_name, group in (("core", CORE), ("more", MORE)):
        # folded name -> {month: [languages]} within the group
        seen: dict[str, dict[int, list[str]]] = {}
        spelled: dict[str, set[tuple[str, str]]] = {}
        for lang in group:
            for name, nums in cldr_names(lang).items():
                if _WORD.fullmatch(name) is None:
                    dropped.append(f"{lang} {name!r}: not one word of letters")
                    continue
                key = fold(name)
                if len(key) < _MIN_LEN:
                    dropped.append(f"{lang} {name!r}: shorter than {_MIN_LEN} letters")
                    continue
                if len(nums) > 1:
                    dropped.append(f"{lang} {name!r}: names months {sorted(nums)}")
                    continue
                if key in ORDINARY:
                    dropped.append(f"{lang} {name!r}: also an ordinary word")
                    own.setdefault(lang, {})[name] = next(iter(nums))
                    continue
                seen.setdefault(key, {}).setdefault(next(iter(nums)), []).append(lang)
                spelled.setdefault(key, set()).add((lang, name))
        for key in sorted(seen):
            by_month = seen[key]
            if key in months:
                earlier = months[key]
                other = {m: langs for m, langs in by_month.items() if m != earlier}
                for m, langs in sorted(other.items()):
                    dropped.append(
                        f"{'/'.join(langs)} {key!r} = month {m}: kept as month {earlier} "
                        "(an earlier group's meaning)"
                    )
                    for lang, name in spelled[key]:
                        if lang in langs:
                            own.setdefault(lang, {})[name] = m
                if earlier in by_month:
                    written |= {n for _, n in spelled[key] if n != key}
                continue
            if len(by_month) > 1:
                said = "; ".join(f"{'/'.join(ls)} month {m}" for m, ls in sorted(by_month.items()))
                dropped.append(f"{key!r}: dropped, means different months in {group_name}: {said}")
                for m, langs in by_month.items():
                    for lang, name in spelled[key]:
                        if lang in langs:
                            own.setdefault(lang, {})[name] = m
                continue
            months[key] = next(iter(by_month))
            written |= {n for _, n in spelled[key] if n != key}
    weekdays: set[str] = set()
    for lang in CORE + MORE:
        for context in ("format", "stand-alone"):
            for name in get_day_names("wide", context, lang).values():
                if _WORD.fullmatch(name.replace("-", "")) is not None:
                    weekdays.add(name.lower())
    return {
        "languages": list(CORE + MORE),
        "months": dict(sorted(months.items())),
        "written": sorted(written - set(months)),
        "weekdays": sorted(weekdays),
        "given_names": sorted(n for n in GIVEN_NAMES if n in months),
        "by_language": {lang: dict(sorted(own[lang].items())) for lang in sorted(own)},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    here = Path(__file__).resolve().parent.parent
    parser.add_argument("--out", type=Path, default=here / "src/seedclean/data/month-names.json")
    args = parser.parse_args()
    dropped: list[str] = []
    data = build(dropped)
    for line in dropped:
        print("dropped:", line)
    counts = {key: len(value) for key, value in data.items() if isinstance(value, list | dict)}
    print(f"{counts} -> {args.out}")
    args.out.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
