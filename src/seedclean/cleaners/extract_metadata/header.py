"""The header's other lines: reading time, language switcher, "About the author",
section (kicker) and standfirst.

Around the title and the byline, pages print more about the article: "4 min read"
(:func:`take_reading_time`), "Also available in: Français | Deutsch"
(:func:`take_translations`), an "About the author" block (:func:`take_about_author`),
a short kicker right above the title or a "Topic | Region" line under it (the
``section``) and a prose line between the title and the byline (the ``subtitle``,
:func:`take_section_and_subtitle`).
"""

from __future__ import annotations

import regex

from ...document import Reason
from ...lines import fold, link_density, word_count
from .names import name_line
from .reading import PageLine, Window
from .record import Record
from .tail import take_bio
from .vocabulary import (
    ABOUT,
    DIGIT,
    LANGUAGES,
    PAREN,
    READING,
    TRANSLATIONS,
    interface_line,
)


def take_reading_time(win: Window, rec: Record, ref: int) -> None:
    """The reading time, from a line at most ten lines from the title (or the body
    start, line ``ref``); the lines that are little else go."""
    for info in win.lines:
        p = info.plain
        if not p or abs(info.k - ref) > 10 or DIGIT.search(p) is None:
            continue
        m = READING.search(p)
        if m is None:
            continue
        if "reading_time" not in rec.fields:
            n = int(m.group("n") or m.group("n2"))
            rec.fields["reading_time"] = n
            s, e = info.span_of(m.group())
            rec.source("reading_time", s, e, 0.9)
        if word_count(READING.sub("", info.plain)) <= 2:
            rec.remove(info, Reason.READING_TIME)


def take_translations(win: Window, rec: Record) -> None:
    """The languages a language switcher lists ("Also available in: ..."), on its line
    or on the lines under it, one a line."""
    window = win.lines
    for n, info in enumerate(window):
        m = TRANSLATIONS.match(info.plain) if info.plain else None
        if m is None or len(info.plain) > 200:
            continue
        found: list[tuple[str, PageLine]] = []
        items: list[PageLine] = []
        rest = m.group("rest")
        if rest:
            for part in regex.split(r"\s*+[/|,·•]\s*+", PAREN.sub("", rest)):
                if part.strip():
                    found.append((part.strip(), info))
        for nxt in window[n + 1 : n + 9]:
            name = PAREN.sub("", nxt.plain).strip(" \t/|,·•")
            if not name or word_count(name) > 3 or any(c.isdigit() for c in name):
                break
            if name not in nxt.line.text:
                break  # a language is a bare name or a link
            if link_density(nxt.line.text) < 0.5 and fold(name) not in LANGUAGES:
                break
            found.append((name, nxt))
            items.append(nxt)
        if not found:
            continue
        rec.fields["translations"] = tuple(v for v, _ in found)
        for value, where in found:
            s, e = where.span_of(value)
            rec.source("translations", s, e, 0.8)
        rec.remove(info, Reason.TRANSLATIONS)
        for item in items:
            rec.remove(item, Reason.TRANSLATIONS)
        return


def take_about_author(win: Window, rec: Record, *, authors_from_bio: bool) -> None:
    """An "About the author" block in the header: the heading, names and the bio."""
    window = win.lines
    for n, info in enumerate(window):
        if not info.plain or not ABOUT.match(info.plain):
            continue
        block = [info]
        for nxt in window[n + 1 : n + 5]:
            if name_line(nxt):
                block.append(nxt)
                continue
            if take_bio(rec, nxt, authors_from_bio=authors_from_bio, remove=False):
                block.append(nxt)
            break
        if len(block) > 1:
            for item in block:
                rec.remove(item, Reason.AUTHOR_BIO)
        return


def take_section_and_subtitle(
    win: Window, rec: Record, title: PageLine, anchors: set[int]
) -> None:
    """The section: a kicker right before the title, or a "Topic | Region" line under it;
    and the subtitle: a standfirst between the title and the byline or date."""
    window = win.lines
    n = next(m for m, info in enumerate(window) if info.k == title.k)
    _take_kicker(rec, window[:n])
    # a standfirst between the title and the byline/date, and a "Topic | Region" kicker
    later = window[n + 1 :]
    first = True
    for j, info in enumerate(later[:4]):
        if info.line.index in rec.removals or fold(info.plain) == fold(title.plain):
            continue
        p = info.plain
        nxt = later[j + 1] if j + 1 < len(later) else None
        sectionish = (
            p
            and len(p) <= 50
            and " | " in p
            and not any(c.isdigit() for c in p)
            and all(part.strip()[:1].isupper() for part in p.split("|"))
        )
        if sectionish:
            rec.fields.setdefault("section", p)
            if not any(src.field == "section" for src in rec.sources):
                s, e = info.span_of(p)
                rec.source("section", s, e, 0.5)
            rec.remove(info, Reason.SECTION)
            continue
        if (
            "subtitle" not in rec.fields
            and first
            and 40 <= len(p) <= 400
            and not info.listed
            and not info.dates
            and nxt is not None
            and (nxt.k in anchors or nxt.line.index in rec.removals or _sectionish(nxt))
        ):
            rec.fields["subtitle"] = p
            s, e = info.span_of(p)
            rec.source("subtitle", s, e, 0.6)
            rec.remove(info, Reason.SUBTITLE)
        first = False


def _take_kicker(rec: Record, above: list[PageLine]) -> None:
    """A kicker or section right before the title (the last of the lines ``above`` it
    that does not go already), unless it is an item of a menu."""
    for m, prev in reversed(list(enumerate(above))):
        if prev.line.index in rec.removals:
            continue
        p = prev.plain
        before = above[m - 1].plain if m > 0 else ""
        menu = bool(before) and word_count(before) <= 4 and not before.endswith((".", "?", "!"))
        if (
            not menu
            and p
            and not prev.listed
            and not prev.dates
            and len(p) <= 40
            and word_count(p) <= 4
            and not any(c.isdigit() for c in p)
            and p[0].isupper()
            and all(not w[0].islower() for w in p.split() if len(w) > 3)
            and not p.endswith((".", ":", "!", "?"))
            and not interface_line(p)
            and link_density(prev.line.text) < 0.5
        ):
            rec.fields["section"] = p
            s, e = prev.span_of(p)
            rec.source("section", s, e, 0.5)
            rec.remove(prev, Reason.SECTION)
        break


def _sectionish(info: PageLine) -> bool:
    p = info.plain
    return bool(p) and len(p) <= 50 and " | " in p and not any(c.isdigit() for c in p)
