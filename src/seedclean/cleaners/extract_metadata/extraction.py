"""One run of ``extract_metadata`` on a page, in order, and the passes it makes.

:class:`Extraction` reads a :class:`~.reading.Reading` (the text's lines and the article's
region) and decides, in this order: the anchors near the body start (date lines and
bylines, :meth:`Extraction.anchors`), the title (:mod:`.title`), the date
(:mod:`.datelines`), the authors (:mod:`.names`), the header's other lines (reading
time, translations, an "About the author" block, section and standfirst:
:mod:`.header`) and the tail (bio, tags, regions: :mod:`.tail`).

:func:`extract` runs it again on what it leaves until it finds nothing more, and keeps
the lines above the body when taking them out would let the page's boilerplate join the
article (:meth:`Extraction.keep_above_body`).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from operator import attrgetter
from typing import TYPE_CHECKING

import attrs

from ...document import Metadata, Reason
from ...language import identify
from ...lines import Line, plain_text, sentence_count
from ...stopwords import language_of_counts
from .datelines import (
    dateline,
    take_abbreviated_date,
    take_closing_date,
    take_date,
    take_stacked_date,
    timestamp,
)
from .header import (
    take_about_author,
    take_reading_time,
    take_section_and_subtitle,
    take_translations,
)
from .headline_score import Weights
from .names import (
    Bylines,
    Name,
    leading_names,
    locate,
    says_by_alone,
    take_authors,
)
from .reading import PageLine, Reading, Window
from .record import Found, Record
from .tail import read_tail
from .title import BodyWords, take_title
from .vocabulary import EMPTY_HEADING

if TYPE_CHECKING:
    from . import ExtractMetadata

# How many times at most the extractor runs on what it leaves (see extract()), and the
# longest text, in lines, that gets more than one pass (pages have far fewer lines; each
# pass runs the main-content locator on the whole text). Each pass but the last removes
# lines of the header or the tail, so a page needs as many passes as the lines its
# passes take one at a time. Of a fifth of the benchmark's pages, 98% need at most
# three, a few five to eight; two (a page of dated entries) reach this cap, each pass
# taking the next date line as the one beside the body.
MAX_PASSES = 16
_MAX_PASS_LINES = 20_000
# A line this long that ends a sentence is a sentence of boilerplate (see
# Extraction.keep_above_body).
_SWALLOW_CHARS = 60
# How much of the body the language is read from, in characters.
_LANGUAGE_CHARS = 20_000


@attrs.frozen(slots=True)
class Anchors:
    """The lines the title, the date and the authors are placed by."""

    datelines: list[PageLine]  # lines that are mostly a date
    bylines: dict[int, list[Name]]  # line -> the names it gives
    by_alone: set[int]  # "By" alone on a line, the names on the next
    all: set[int]  # date lines, bylines and "By" lines of the window
    stamps: set[int]  # a headline's timestamp: "Monday 6:30PM", "1 day ago"
    named: set[int]  # bylines of the window
    # date lines past the body's second paragraph: only one right beside the title counts
    late: list[PageLine] = attrs.field(factory=list)


def _body_language(page: Reading, body: Sequence[Line], detector: str) -> str | None:
    """The language of the body's first ``_LANGUAGE_CHARS`` characters (by ``detector``,
    see :mod:`seedclean.language`); the function-word counts the page keeps for each of
    its lines decide when the detector is unsure or is ``"stopwords"``."""
    if not body:
        return None
    stop = body[0].start + _LANGUAGE_CHARS
    facts = page.page.facts
    lines = [line.index for line in body if line.start < stop]

    def by_function_words() -> str | None:
        return language_of_counts(
            (facts(k).visible, facts(k).function_words) for k in lines
        )

    if detector == "stopwords":
        return by_function_words()
    text = "\n".join(facts(k).visible for k in lines)
    return identify(text, detector=detector, fallback=by_function_words)


class Extraction:
    """One run of the extractor on one page (kept apart from the frozen cleaner).

    ``language`` and ``known`` come from an earlier pass: the body's language ("?" when
    not known yet) and the fields it found (only the title is not looked for again: once
    the headline is gone, the next heading-like line, a caption or a teaser, would do).
    Everything else a later pass decides as a fresh run on its text would.
    """

    def __init__(
        self,
        options: ExtractMetadata,
        page: Reading,
        step: int,
        language: str | None = "?",
        known: frozenset[str] = frozenset(),
    ) -> None:
        self.options = options
        self.page = page
        self.known = known
        self.record = Record(step)
        self.bylines = Bylines()
        self.body = BodyWords(page.text, page.region)
        self.language: str | None = None
        # the lines around the body start; None when there is no body to read
        self.window: Window | None = None
        region = page.region
        if region is None:
            return
        nonblank = [line for line in page.lines if not line.is_blank]
        # the first line that ends in the region and the last that starts in it (the lines
        # are in order: their starts and ends grow)
        body_k = bisect.bisect_right(nonblank, region[0], key=attrgetter("end"))
        if body_k == len(nonblank):
            body_k = 0
        end_k = bisect.bisect_left(nonblank, region[1], key=attrgetter("start")) - 1
        if end_k < 0:
            end_k = body_k
        if language != "?":
            self.language = language  # a later pass: the body has not changed
        else:
            self.language = _body_language(
                page, nonblank[body_k : end_k + 1], options.language_detector
            )
        if self.language:
            self.record.fields["language"] = self.language
        self.window = Window(
            nonblank,
            body_k,
            end_k,
            before=options.before,
            after=options.after,
            day_first=None if self.language in (None, "en") else True,
            language=self.language,
        )

    def run(self) -> Found:
        """Everything this run finds."""
        win = self.window
        if win is None:
            return Found(Metadata(), {})
        if win.lines:
            self.head(win)
            take_abbreviated_date(win, self.record)
            take_closing_date(win, self.record)
        read_tail(win, self.record, authors_from_bio=self.options.author_from_bio)
        self.take_lone_marks(win)
        return self.record.found()

    def take_lone_marks(self, win: Window) -> None:
        """A heading mark alone on a line ("#", as html2text prints a heading that holds a
        line break) goes with the line it marks: left behind, it would mark the next
        line, which a second run would then read as a heading."""
        removals = self.record.removals
        nonblank = win.nonblank
        for index, reason in list(removals.items()):
            n = bisect.bisect_left(nonblank, index, key=lambda line: line.index)
            if 0 < n < len(nonblank) and nonblank[n].index == index:
                mark = nonblank[n - 1]
                if mark.index not in removals and EMPTY_HEADING.fullmatch(mark.text):
                    removals[mark.index] = reason

    def head(self, win: Window) -> None:
        """The header: title, date, authors, then the rest."""
        rec = self.record
        anchors = self.anchors(win)
        title = None
        if "title" not in self.known:
            title = take_title(
                win,
                rec,
                self.body,
                anchors=anchors.all,
                stamps=anchors.stamps,
                named=anchors.named,
                boxed=self.bylines.boxed,
                weights=Weights.load(self.options.title_weights, markdown=win.markdown),
            )
        ref = title.k if title is not None else win.body_k
        # A date line right beside a title that the locator put inside the body (a blog's
        # blurb above the post read as its first paragraphs) is the title's own: its
        # date is read, but the line is the body's and stays.
        late = [i for i in anchors.late if title is not None and abs(win.gap(ref, i.k)) <= 1]
        datelines = anchors.datelines + late
        # a headline printed with its date on one line (no other title's line has a
        # date): the line's date is read too
        own = win.by_k.get(ref) if title is not None else None
        if own is not None and own.dates and own not in datelines:
            datelines.append(own)
        date_info = take_date(win, rec, datelines, ref, keep={i.k for i in late})
        if title is not None:
            take_stacked_date(win, rec, ref)
        take_authors(
            win,
            rec,
            anchors.bylines,
            signed=self.bylines.signed,
            by_alone=anchors.by_alone,
            anchors=anchors.all,
            title=title,
            date_info=date_info,
        )
        take_reading_time(win, rec, ref)
        take_translations(win, rec)
        take_about_author(win, rec, authors_from_bio=self.options.author_from_bio)
        if title is not None:
            take_section_and_subtitle(win, rec, title, anchors.all)

    def anchors(self, win: Window) -> Anchors:
        """The date lines and bylines near the body start (looked for a little further
        than the window, see :class:`~.reading.Window`), none past the second paragraph of
        the body."""
        reach = win.reach
        datelines = [i for i in reach if dateline(i)]
        bylines = {i.k: names for i in reach if (names := self.bylines.byline(i))}
        by_alone = {i.k for i in reach if says_by_alone(i.plain)}
        # "By" alone on a line: the names are on the next line
        for k in sorted(by_alone):
            nxt = win.hop(k, 1)
            if nxt is not None and (names := leading_names(nxt.plain, 0, True)):
                bylines[nxt.k] = locate(nxt, names)
        # Past two paragraphs of the body, dates and names belong to something else (a
        # caption or a standfirst may come before the byline, two paragraphs do not).
        paragraphs = [i.k for i in reach if i.k >= win.body_k and i.paragraph]
        late: list[PageLine] = []
        if len(paragraphs) >= 2:
            prose = paragraphs[1]
            late = [i for i in datelines if i.k >= prose]
            datelines = [i for i in datelines if i.k < prose]
            bylines = {k: v for k, v in bylines.items() if k < prose}
        # a "By" line whose names are not read (or not taken, past the body's second
        # paragraph) places the headline all the same
        unread = self.bylines.by_lines - set(bylines)
        found = ({i.k for i in datelines} | set(bylines) | by_alone | unread) & set(win.by_k)
        stamps = {i.k for i in win.lines if i.k not in found and timestamp(i.plain)}
        named = set(bylines) & set(win.by_k)
        return Anchors(datelines, bylines, by_alone, found, stamps, named, late)

    def keep_above_body(
        self,
        removals: dict[int, Reason],
        final: tuple[list[Line], tuple[int, int] | None] | None = None,
    ) -> dict[int, Reason]:
        """``removals`` without the lines above the body when removing them would let the
        page's boilerplate above them join the article (the locator then removes them).
        ``final`` is the text's lines without the removals and the locator's region in
        them, when already known."""
        win = self.window
        if win is None or not self._swallows(win, removals, final):
            return removals
        first = win.nonblank[win.body_k].index
        return {i: r for i, r in removals.items() if i >= first}

    def _swallows(
        self,
        win: Window,
        removals: dict[int, Reason],
        final: tuple[list[Line], tuple[int, int] | None] | None,
    ) -> bool:
        """Whether the body would start earlier, taking in a sentence of the page's
        boilerplate, once the removed lines are gone."""
        first = win.nonblank[win.body_k].index
        if not any(i < first for i in removals):
            return False
        if final is not None:
            kept, region = final  # the locator skips blank lines: the same region
        else:
            kept = [line for line in win.nonblank if line.index not in removals]
            gone = set(removals).union(k for k, line in enumerate(self.page.lines) if line.is_blank)
            region = self.page.again(gone).region
        if region is None:
            return False
        pos = 0
        for n, line in enumerate(kept):
            if not line.is_blank and pos + len(line.text) > region[0]:
                taken = [x for x in kept[n:] if x.index < first]
                return any(
                    len(plain_text(x.text).strip()) >= _SWALLOW_CHARS
                    and sentence_count(plain_text(x.text)) > 0
                    for x in taken
                )
            pos += len(line.text) + 1
        return False


def extract(options: ExtractMetadata, page: Reading, *, step: int = 0) -> Found:
    """Everything the extractor decides about ``page``: the first run, then runs on what
    it leaves until one finds nothing more (see :meth:`ExtractMetadata.extract
    <seedclean.cleaners.ExtractMetadata.extract>`)."""
    extraction = Extraction(options, page, step)
    found = extraction.run()
    if not options.remove:
        return Found(_dated_by_update(options, found.metadata), found.removals)
    language = found.metadata.language
    lines = page.lines
    removals = dict(found.removals)
    meta = found.metadata
    passes = MAX_PASSES if len(lines) <= _MAX_PASS_LINES else 1
    # the text without all the removals and where the locator puts its body, once a
    # pass has read it (the last check, keep_above_body(), needs the same)
    final: tuple[list[Line], tuple[int, int] | None] | None = None
    for _ in range(passes - 1):
        if not removals:
            break
        kept = [line for line in lines if line.index not in removals]
        known = frozenset(
            f.name for f in attrs.fields(Metadata) if getattr(meta, f.name) not in (None, ())
        )
        reduced = page.again(removals)
        again = Extraction(options, reduced, step, language, known)
        more = again.run()
        if not more.removals:
            final = (kept, again.page.region)
            break
        starts = [line.start for line in kept]
        for index in more.removals:
            removals[kept[index].index] = more.removals[index]
        meta = meta.merged(_shift_sources(more.metadata, kept, starts))
    return Found(_dated_by_update(options, meta), extraction.keep_above_body(removals, final))


# The confidence of a date read from the page's only update (see _dated_by_update).
UPDATE_AS_DATE_CONFIDENCE = 0.5


def _dated_by_update(options: ExtractMetadata, meta: Metadata) -> Metadata:
    """``meta`` with its ``date`` taken from ``updated`` when the page prints only an
    update ("Updated 4:01 PM EST, Wed November 7, 2012") and the option
    ``update_as_date`` is on: the date of the version the page shows, with a lower
    confidence than a publication date's.

    >>> from seedclean import FieldSource
    >>> from seedclean.cleaners import ExtractMetadata
    >>> import datetime as dt
    >>> meta = Metadata(updated=dt.date(2012, 11, 7),
    ...                 sources=[FieldSource("updated", 2, 40, 72, 0.8)])
    >>> dated = _dated_by_update(ExtractMetadata(), meta)
    >>> dated.date, [(s.field, s.start, s.confidence) for s in dated.sources]
    (datetime.date(2012, 11, 7), [('updated', 40, 0.8), ('date', 40, 0.5)])
    >>> _dated_by_update(ExtractMetadata(update_as_date=False), meta).date is None
    True
    """
    if meta.date is not None or meta.updated is None or not options.update_as_date:
        return meta
    read = [
        attrs.evolve(s, field="date", confidence=min(s.confidence, UPDATE_AS_DATE_CONFIDENCE))
        for s in meta.sources
        if s.field == "updated"
    ]
    return attrs.evolve(meta, date=meta.updated, sources=(*meta.sources, *read[:1]))


def _shift_sources(meta: Metadata, kept: Sequence[Line], starts: Sequence[int]) -> Metadata:
    """``meta`` with its sources moved from the text of the ``kept`` lines joined by
    newlines to the text those lines came from."""
    out = []
    pos = 0
    reduced_starts = []
    for line in kept:
        reduced_starts.append(pos)
        pos += len(line.text) + 1
    for source in meta.sources:
        n = bisect.bisect_right(reduced_starts, source.start) - 1
        shift = starts[n] - reduced_starts[n]
        out.append(attrs.evolve(source, start=source.start + shift, end=source.end + shift))
    return attrs.evolve(meta, sources=out)
