"""When the article was published: which lines are date lines, and which gives the date.

A date line is a short line that is mostly a date, with maybe a time, a weekday, a
marker such as "Published" and a byline (:func:`dateline`); a line that is only a time
or an age ("Monday 6:30PM", "1 day ago") is a headline's :func:`timestamp`.
:func:`take_date` takes the date (and the update) from the date line nearest below the
title, and takes out the date lines that belong to it. Finding and reading the dates
themselves is the job of :mod:`seedclean.dates`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence

import regex

from ...dates import MONTH_NAME, WEEKDAY, DateMatch, parse_date
from ...document import Reason
from ...lines import sentence_count, word_count
from ...phrase_match import comment_signature
from .reading import PageLine, Window
from .record import Record
from .vocabulary import (
    AGO,
    BYLINE,
    DIGIT,
    END_DATE,
    FILLER,
    PERSON_DATE,
    POST_FOOTER,
    POSTED,
    READING,
    SEPARATORS,
    SIGNATURE,
    TIME,
    ZONE,
    interface_line,
)

_SEPARATORS_TO_SPACES = str.maketrans(dict.fromkeys(SEPARATORS, " "))


def residual(plain: str, dates: Sequence[DateMatch]) -> str:
    """What a line holds besides its dates, times, time zones and date markers."""
    parts = []
    pos = 0
    for m in dates:
        parts.append(plain[pos : m.start])
        pos = m.end
    parts.append(plain[pos:])
    rest = " ".join(parts)
    rest = TIME.sub(" ", rest)
    rest = WEEKDAY.sub(" ", rest)
    rest = FILLER.sub(" ", rest)
    rest = ZONE.sub(" ", rest)
    rest = READING.sub(" ", rest)
    return " ".join(rest.translate(_SEPARATORS_TO_SPACES).split())


def timestamp(p: str) -> bool:
    """A short line that is only a time or an age: "Monday 6:30PM", "1 day ago"."""
    if not p or len(p) > 40 or DIGIT.search(p) is None:
        return False
    timed = TIME.search(p) is not None or bool(AGO.search(p))
    return timed and word_count(residual(AGO.sub(" ", p), ())) <= 1


def other_date(info: PageLine, m: DateMatch) -> bool:
    """Whether the words before date ``m`` make it a member's or a person's date
    ("Registered: July 3, 2001", "Born March 3, 1970") or the date something ends
    ("Expires: 20 June 2021"), not the article's."""
    before = info.plain[max(0, m.start - 30) : m.start]
    return PERSON_DATE.search(before) is not None or END_DATE.search(before) is not None


def dateline(info: PageLine) -> bool:
    """A short line that is mostly a date (and maybe a byline)."""
    if not info.dates or len(info.plain) > 200:
        return False
    first = info.dates[0]
    if first.kind == "published" and word_count(info.plain[: first.start]) <= 3:
        return True  # "Published on March 17, 2010 in Tools. Tags: phones, batteries."
    # the sentences of the line, each date read as one word (the dot of "Nov. 19" ends
    # none; "... on Nov. 19, 2019. It ..." still does)
    text = info.plain
    for m in reversed(info.dates):
        text = text[: m.start] + "0" + text[m.end :]
    if sentence_count(text) > 1:
        return False
    # "Registered: July 3, 2001", "Mitglied seit 3. Mai 2010": a member's date, not the
    # article's
    if all(other_date(info, m) for m in info.dates):
        return False
    # "Ann Example on May 2, 2020 at 6:34 am said:": a comment's signature
    if comment_signature(info.plain):
        return False
    # "— Ann Example (@annexample) December 18, 2020", "— Ann Example on Monday, December
    # 14, 2020 in an interview": the signature of a quotation or an embedded post
    dash = SIGNATURE.match(info.plain)
    if dash is not None:
        lead = info.plain[dash.end() : info.dates[0].start]
        if word_count(residual(lead, ())) and not BYLINE.match(lead):
            return False
    if photo_caption(info.plain, info.dates):
        return False
    rest = residual(info.plain, info.dates)
    return word_count(rest) <= 12


# A caption's place and date at its end: "..., in London, June 13, 2012. (Agency)", "...
# in Berlin am 13. Juni 2012.": the place before the date, a full stop after it, then at
# most a credit in parentheses.
_CAPTION_PLACE = regex.compile(
    r"(?:^|\s)(?:in|at|à|en|a|bei|w|в)[ \t]++\p{Lu}[\p{L}.'’-]{0,30}+"
    r"(?:[ \t]++\p{Lu}[\p{L}.'’-]{0,30}+){0,2}+,?+[ \t]*+(?:(?:on|am|le|el|il|op|em)[ \t]++)?+$"
)
_CAPTION_END = regex.compile(r"\.[ \t]*+(?:\([^()\n]{1,60}+\))?+[ \t]*+$")
# The fewest words before the place that make a caption's description.
_CAPTION_WORDS = 3


def photo_caption(plain: str, dates: Sequence[DateMatch]) -> bool:
    """Whether ``plain``, a line with its ``dates``, is a photo's caption that ends with
    where and when it was taken ("Ann Example, head of the agency, in London, June 13,
    2012. (Agency)"): its date is the picture's, not the article's.

    >>> from seedclean.dates import find_dates
    >>> def caption(text):
    ...     return photo_caption(text, find_dates(text))
    >>> caption("Ann Example, head of the agency, in London, June 13, 2012. (Agency)")
    True
    >>> caption("By Ann Example in London, June 13, 2012"), caption("June 13, 2012.")
    (False, False)
    """
    if len(dates) != 1 or _CAPTION_END.match(plain, dates[0].end) is None:
        return False
    lead = plain[: dates[0].start]
    place = _CAPTION_PLACE.search(lead)
    return place is not None and word_count(lead[: place.start()]) >= _CAPTION_WORDS


def set_date(rec: Record, field: str, info: PageLine, m: DateMatch, confidence: float) -> None:
    """Take ``m`` as the value of ``field`` ("date" or "updated"), unless already known."""
    if field in rec.fields:
        return
    rec.fields[field] = m.date
    s, e = info.span_of(m.text)
    rec.source(field, s, e, confidence)


def take_date(
    win: Window,
    rec: Record,
    datelines: Sequence[PageLine],
    ref: int,
    keep: Collection[int] = (),
) -> PageLine | None:
    """The date line that gives the date: the one nearest the title (or the body start,
    line ``ref``), below it rather than above; its date goes to ``date`` (a "Published"
    one first) and a marked update to ``updated``. The date lines next to it that belong
    to it go too, but not those of ``keep`` (lines of the body, whose date is read and
    which stay). With no date, a line that holds only an update, by the title, goes.

    A later pass decides as a fresh run on its text would, so that running the extractor
    on its own output takes nothing more: with the date line gone, the date line now
    nearest goes too (the first pass's date stands, see :meth:`Metadata.merged
    <seedclean.Metadata.merged>`)."""
    gap = win.gap
    near_dates = [
        i for i in datelines if -6 <= gap(ref, i.k) <= 10 and gap(win.body_k, i.k) <= win.after
    ]
    # the article's date follows its title; one just before it comes second
    near_dates.sort(key=lambda i: (i.k < ref or gap(ref, i.k) > 6, abs(gap(ref, i.k)), i.k))
    date_info: PageLine | None = None
    for info in near_dates:
        pub = [m for m in info.dates if m.kind == "published"]
        plain = [m for m in info.dates if m.kind == "" and not other_date(info, m)]
        upd = [m for m in info.dates if m.kind == "updated"]
        if "updated" not in rec.fields and upd:
            set_date(rec, "updated", info, upd[0], 0.8)
        chosen = pub or plain
        if chosen:
            confidence = 0.9 if abs(gap(ref, info.k)) <= 3 else 0.7
            set_date(rec, "date", info, chosen[0], confidence)
            date_info = info
            break
    if date_info is None and "date" not in rec.fields:
        above = above_buttons(win, datelines, ref)
        if above is not None:
            chosen = [m for m in above.dates if m.kind != "updated"]
            if chosen:
                set_date(rec, "date", above, chosen[0], 0.6)
    day = rec.fields.get("date")
    for info in near_dates:
        # A date line next to the chosen one goes too when it belongs to it: the same
        # day, or a marked date ("Updated ..."), not a caption's or a teaser's date.
        belongs = any(m.date == day or m.kind for m in info.dates)
        if info.k not in keep and (
            info is date_info
            or (date_info is not None and belongs and abs(gap(date_info.k, info.k)) <= 2)
        ):
            rec.remove(info, Reason.DATELINE)
    if date_info is None:
        # an update alone by the title ("Updated 4:01 PM EST, Wed November 7, 2012") is
        # the header's, not the article's: its date goes to ``updated``, its line too
        for info in near_dates:
            if (
                abs(gap(ref, info.k)) <= 3
                and info.k not in keep
                and all(m.kind == "updated" for m in info.dates)
            ):
                rec.remove(info, Reason.DATELINE)
                break
    return date_info


# A picture's file name alone on a line ("WEB18-Facebook-1160x768.jpg").
_IMAGE_FILE = regex.compile(r"[\w-]{1,120}+\.(?i:jpe?g|png|gif|webp|svg)$")
# How far above the title a date line with only buttons between is looked for.
_BUTTONS_REACH = 14


def above_buttons(win: Window, datelines: Sequence[PageLine], ref: int) -> PageLine | None:
    """The date line nearest above the title (line ``ref``) when only a row of buttons
    lies between ("Share" / "Facebook" / "Email this post" / "Tweet"): short lines, no
    digits (a picture's file name aside), one of them at least an interface word. The line
    is read, not moved (a teaser's date is never so: a teaser's headline is no button)."""
    above = [i for i in datelines if i.k < ref and win.gap(ref, i.k) >= -_BUTTONS_REACH]
    if not above:
        return None
    info = max(above, key=lambda i: i.k)
    # (the file name of a picture, which inscriptis prints for an image without a text,
    # is no line of the page's own)
    between = [
        p for k in range(info.k + 1, ref) if (p := win.read(k).plain) and not _IMAGE_FILE.match(p)
    ]
    if not between or not any(interface_line(p) for p in between):
        return None
    if any(word_count(p) > 3 or DIGIT.search(p) is not None for p in between):
        return None
    return info


# How far past the end of the body the line a blog prints under a post is looked for.
_CLOSING_AFTER = 3


def take_closing_date(win: Window, rec: Record) -> None:
    """With no date in the header, the date of the line a blog prints under the post
    ("Posted by Ann Example on July 12, 2012 | Permalink", "Publié le 3 mars 2012"): the
    first date line of the body (or of the few lines after it), when it opens with such a
    word or the line right under it does ("July 12, 2012" / "Posted by Ann Example"), or
    the sentence a blog's theme prints there ("This entry was posted on July 12, 2012 and
    is filed under News."). The
    comments under the post are signed the same way, but after it; a date line of another
    kind first (a comment's, a letter's), and none is read. The line stays: it is read,
    not moved (it may be the body's last line, and the locator decides what follows the
    body)."""
    if "date" in rec.fields:
        return
    hi = min(len(win.nonblank), win.end_k + _CLOSING_AFTER + 1)
    for k in range(win.body_k, hi):
        info = win.read(k)
        if info.dates and POST_FOOTER.match(info.plain):
            # the theme's sentence under the post: "This entry was posted on July 12,
            # 2012 at 8:14 pm and is filed under News."
            chosen = [m for m in info.dates if m.kind != "updated"]
            if chosen:
                set_date(rec, "date", info, chosen[0], 0.6)
            return
        if not info.dates or not dateline(info):
            continue
        # the date is on the line that opens "Posted ...", or on the line above it
        # ("August 9, 2012 6:11 AM" / "Posted By: Ann Example" / "Categories: ...")
        below = win.read(k + 1) if k + 1 < len(win.nonblank) else None
        posted_below = below is not None and not below.dates and POSTED.match(below.plain)
        if POSTED.match(info.plain) is None and not posted_below:
            return
        chosen = [m for m in info.dates if m.kind != "updated"]
        if chosen:
            set_date(rec, "date", info, chosen[0], 0.6)
        return


# A date printed as a badge, a line each: the day (or the month), the month (or the day),
# the year.
_DAY_LINE = regex.compile(r"[0-3]?[0-9]\.?+")
_YEAR_LINE = regex.compile(r"(?:19|20)[0-9]{2}")


def stacked_date(win: Window, k: int) -> dt.date | None:
    """The date of the badge whose first line is non-blank line ``k`` ("24" / "Jul" /
    "2012", "Oct" / "30" / "2012"), or ``None``."""
    if k < 0 or k + 2 >= len(win.nonblank):
        return None
    a, b, c = (win.nonblank[k + d].text.strip(" \t*_#") for d in range(3))
    if _YEAR_LINE.fullmatch(c) is None:
        return None
    day_month = _DAY_LINE.fullmatch(a) is not None and MONTH_NAME.fullmatch(b) is not None
    month_day = MONTH_NAME.fullmatch(a) is not None and _DAY_LINE.fullmatch(b) is not None
    if not (day_month or month_day):
        return None
    return parse_date(f"{a} {b} {c}", language=win.language)


def take_stacked_date(win: Window, rec: Record, ref: int) -> None:
    """With no date line, the date of a badge right above the title (its last line at
    most two lines above it: a time may come between) or right below it (its first line
    at most two lines below). The badge stays: its lines are read, not moved."""
    if "date" in rec.fields:
        return
    gap = win.gap
    for k in range(max(0, ref - 12), min(len(win.nonblank), ref + 3)):
        if not (-2 <= gap(ref, k + 2) <= -1 or 1 <= gap(ref, k) <= 2):
            continue
        day = stacked_date(win, k)
        if day is not None:
            line = win.nonblank[k]
            rec.fields["date"] = day
            rec.source("date", line.start, win.nonblank[k + 2].end, 0.6)
            return


# The definition html2text prints for an abbreviation at the end of the page ("*[Nov 2,
# 2012]: 2012-11-02"): a date whose title holds the same date written for machines (the
# "published" abbreviation of a blog entry's microformat).
_ABBR_DATE = regex.compile(
    r"^[ \t]*+\*\[[^\]\n]{1,100}+\]:[ \t]++(?P<iso>(?:19|20)[0-9]{2}-[01][0-9]-[0-3][0-9])"
    r"(?:T[0-9:.]{2,15}+(?:Z|[+-][0-9]{2}:?+[0-9]{2})?+)?+[ \t]*+$"
)


def take_abbreviated_date(win: Window, rec: Record) -> None:
    """With no date in the header, the first date that html2text defines as an
    abbreviation (``*[November 2, 2012]: 2012-11-02``, ``*[1 hour ago]:
    2012-11-07T16:25:00Z``): the page's own record of when its entry was published,
    printed before those of its comments. The line is read, not moved."""
    if "date" in rec.fields:
        return
    for line in win.nonblank:
        if "*[" not in line.text or len(line.text) > 200:
            continue
        m = _ABBR_DATE.match(line.text)
        if m is None:
            continue
        day = parse_date(m.group("iso"))
        if day is not None:
            rec.fields["date"] = day
            rec.source("date", line.start + m.start("iso"), line.start + m.end("iso"), 0.6)
            return
