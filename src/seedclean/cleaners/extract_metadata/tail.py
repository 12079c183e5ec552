"""What follows the article: the author's bio, a closing byline, and the lists of topics
and regions.

A line near the end of the body that starts with a name followed by "is a ... at/of/with
..." or ", a ..." is the ``author_bio`` (:func:`take_bio`; its name is the author only
when no byline named one), and a byline that closes the post ("Posted by Ann Example at
9:00 PM") signs it when nothing above did (:func:`take_footer_byline`, and
:func:`take_closing_posted_byline` right above the comments). A
"Topics:"/"Tags:"/"Themen:" label with its list, on the same line or one item a line
below it, gives ``tags``, and "Regions & Countries" gives ``regions`` (:func:`read_tail`).
"""

from __future__ import annotations

import regex

from ...document import Reason
from ...lines import fold, link_density, sentence_count, word_count
from ...phrase_match import comments_heading
from .datelines import dateline
from .names import Bylines, Name, is_person_name, set_authors
from .reading import PageLine, Window
from .record import Record
from .vocabulary import BIO, BIO_WORDS, PAREN, POSTED, REGIONS_HEAD, TAGS_HEAD

# How far from the last line of the body a post's footer may sign it, in non-blank lines
# (before, after), and how far around it another signature shows a thread of comments.
_FOOTER_REACH = (1, 3)
_THREAD_REACH = 30
# How far past the end of the body the line a blog prints under a post is looked for.
_POSTED_AFTER = 3
# How far past it such a line signs when the comments' heading follows it (the locator
# may end the body above a post's disclosure or its list of links), and how close above
# that heading it must be, in non-blank lines.
_CLOSING_AFTER = 12
_CLOSING_ABOVE_THREAD = 3


def _signature(bylines: Bylines, info: PageLine) -> list[Name]:
    """The names of ``info`` when it signs as a byline that says so (a "By" or an author
    link), not as an author box; none otherwise."""
    names = bylines.byline(info)
    return names if info.k in bylines.signed and info.k not in bylines.boxed else []


def take_footer_byline(win: Window, rec: Record) -> None:
    """The authors from a byline that closes the post ("Posted by Ann Example at 9:00
    PM", "Von Anna Beispiel | 18.12.2020"), at the end of the body or right after it,
    when nothing above named them. Only a byline that says so (a "By" or an author link)
    signs there, and only when no other name signs near it: there, signatures one after
    another are a thread of comments ("Posted by: Ann at 1:59 PM", "by Bob on June 25"),
    and the last is a reader's. The line stays, as a line of the article's end."""
    if "authors" in rec.fields:
        return
    bylines = Bylines()
    lo = max(0, win.end_k - _FOOTER_REACH[0])
    hi = min(len(win.nonblank), win.end_k + _FOOTER_REACH[1] + 1)
    for k in range(lo, hi):
        info = win.read(k)
        if info.line.index in rec.removals:
            continue
        names = _signature(bylines, info)
        if names:
            thread = win.thread_heading(win.body_k, k) is not None
            if not thread and not _in_thread(win, k, {n.value for n in names}):
                set_authors(rec, names, 0.5)
            return


def take_posted_byline(win: Window, rec: Record) -> None:
    """With no author above, the byline of the line a blog prints under the post, inside
    the body when the locator takes the comments in ("Posted by Ann Example at 9:00 PM",
    "Publié par Anne Exemple le 3 mars 2012"): the first line of the body (or of the few
    lines after it) that opens with such a word or is a date line, when it opens with
    such a word and signs. The comments under the post are signed the same way, but
    after it; a date line of another kind first (a comment's, a letter's), and none is
    read. The line stays."""
    if "authors" in rec.fields:
        return
    bylines = Bylines()
    hi = min(len(win.nonblank), win.end_k + _POSTED_AFTER + 1)
    for k in range(win.body_k, hi):
        info = win.read(k)
        if info.line.index in rec.removals or not info.plain:
            continue
        posted = POSTED.match(info.plain) is not None
        if not posted and not (info.dates and dateline(info)):
            continue
        if posted:
            names = _signature(bylines, info)
            if (
                names
                and win.thread_heading(win.body_k, k) is None
                and not _first_of_thread(win, k, info, {n.value for n in names})
            ):
                set_authors(rec, names, 0.5)
        return


def take_closing_posted_byline(win: Window, rec: Record) -> None:
    """With no author above, the byline of the line a blog prints right above the
    comments under the post ("Posted by Ann Example at 9:00 PM" / "Labels: Soup" / "3
    comments:"), as far as ``_CLOSING_AFTER`` lines past the end of the body, which the
    locator may end above the post's last lines (a disclosure, a list of links). Only a
    line that opens with a word such as "Posted" and signs, at most
    ``_CLOSING_ABOVE_THREAD`` lines above the comments' heading; the search ends at the
    first heading of comments. The line stays."""
    if "authors" in rec.fields:
        return
    bylines = Bylines()
    hi = min(len(win.nonblank), win.end_k + _CLOSING_AFTER + 1)
    posted: tuple[int, list[Name]] | None = None
    for k in range(win.end_k + 1, hi):
        info = win.read(k)
        if comments_heading(info.plain):
            if posted is not None and k - posted[0] <= _CLOSING_ABOVE_THREAD:
                set_authors(rec, posted[1], 0.5)
            return
        if info.line.index in rec.removals or POSTED.match(info.plain) is None:
            continue
        names = _signature(bylines, info)
        if names:
            posted = (k, names)


def _first_of_thread(win: Window, k: int, info: PageLine, names: set[str]) -> bool:
    """Whether the signed line ``k`` opens a thread of comments: a line below it, within
    ``_THREAD_REACH`` lines, opens the same way ("Posted by: Ann at 1:59 PM" above
    "Posted by: Bob at 2:04 PM") and names someone else. (The post's own line is most
    often printed otherwise than its comments': "Posted by Ann Example on ... |
    Permalink" above "Posted by: Bob | ...".)"""
    at = [info.plain.find(n) for n in names]
    opener = info.plain[: min((a for a in at if a >= 0), default=0)]
    if not opener.strip():
        return False
    bylines = Bylines()
    for j in range(k + 1, min(len(win.nonblank), k + _THREAD_REACH + 1)):
        other = win.read(j)
        if not other.plain.startswith(opener):
            continue
        found = {n.value for n in bylines.byline(other)}
        if found and not found <= names:
            return True
    return False


def _in_thread(win: Window, k: int, names: set[str]) -> bool:
    """Whether a byline naming someone else than ``names`` signs a line near line ``k``."""
    bylines = Bylines()
    for j in range(max(0, k - _THREAD_REACH), min(len(win.nonblank), k + _THREAD_REACH + 1)):
        if j == k:
            continue
        others = bylines.byline(win.read(j))
        if j in bylines.signed and not {n.value for n in others} <= names:
            return True
    return False


def read_tail(win: Window, rec: Record, *, authors_from_bio: bool) -> None:
    """The bios, tags and regions among the lines from just before the end of the body
    to forty lines past it, and a byline that closes the post
    (:func:`take_footer_byline`)."""
    take_footer_byline(win, rec)
    take_posted_byline(win, rec)
    take_closing_posted_byline(win, rec)
    end_k = win.end_k
    lo = max(0, end_k - 3)
    hi = min(len(win.nonblank), end_k + 40)
    infos = [win.read(k) for k in range(lo, hi)]
    for n, info in enumerate(infos):
        if info.line.index in rec.removals or not info.plain:
            continue
        if info.k <= end_k + 3 and take_bio(rec, info, authors_from_bio=authors_from_bio):
            # bios stacked above it go too (else each run would take one more)
            k = info.k - 1
            while k >= 0 and take_bio(rec, win.read(k), authors_from_bio=authors_from_bio):
                k -= 1
            continue
        if len(info.plain) > 200:
            continue
        for head, field in ((TAGS_HEAD, "tags"), (REGIONS_HEAD, "regions")):
            if field in rec.fields:
                continue
            m = head.match(info.plain)
            if m is None:
                continue
            _take_list(rec, field, info, m.group("rest") or "", infos[n + 1 : n + 30])
            if field in rec.fields and m.group("rest"):
                key = fold(info.plain)
                for other in [*win.lines, *infos]:
                    if fold(other.plain) == key:
                        rec.remove(other, Reason.TAGS)  # the same list printed again


def take_bio(
    rec: Record, info: PageLine, *, authors_from_bio: bool, remove: bool = True
) -> bool:
    """Whether ``info`` is an author's bio: then it becomes ``author_bio`` (the first one
    found), its name the author when no byline named one and ``authors_from_bio`` is
    true, and the line goes unless ``remove`` is false."""
    m = BIO.match(info.plain)
    if m is None or sentence_count(info.plain) > 4:
        return False
    name = m.group("name").strip()
    what = m.group("what")
    first_sentence = what.split(". ", 1)[0]
    if not is_person_name(name) or not BIO_WORDS.search(first_sentence):
        return False
    if "author_bio" not in rec.fields:
        rec.fields["author_bio"] = info.plain.rstrip(" ♦•·")
        s, e = info.span_of(info.plain.rstrip(" ♦•·"))
        rec.source("author_bio", s, e, 0.6)
    if authors_from_bio and "authors" not in rec.fields:
        s, e = info.span_of(name)
        rec.fields["authors"] = (name,)
        rec.source("authors", s, e, 0.6)
    if remove:
        rec.remove(info, Reason.AUTHOR_BIO)
    return True


def _take_list(
    rec: Record, field: str, head: PageLine, rest: str, following: list[PageLine]
) -> None:
    """The values of a list labelled by line ``head``: on its line after the label
    (``rest``), or the list items (or links) one a line ``following`` it."""
    values: list[tuple[str, PageLine]] = []
    items: list[PageLine] = []
    if rest.strip():
        for part in regex.split(r"\s*+[,;|·•]\s*+", PAREN.sub("", rest)):
            if any(c.isalpha() for c in part) and word_count(part) <= 6:
                values.append((part.strip(), head))
    else:
        for info in following:
            if not info.listed and not (info.plain and link_density(info.line.text) > 0.5):
                break
            value = PAREN.sub("", info.plain).strip(" \t/|,·•")
            if not any(c.isalpha() for c in value) or word_count(value) > 6:
                break
            values.append((value, info))
            items.append(info)
    if not values:
        return
    rec.fields[field] = tuple(v for v, _ in values)
    for value, where in values:
        s, e = where.span_of(value)
        rec.source(field, s, e, 0.7)
    rec.remove(head, Reason.TAGS)
    for item in items:
        rec.remove(item, Reason.TAGS)
