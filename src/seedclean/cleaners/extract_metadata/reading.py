"""How ``extract_metadata`` reads a page: the lines around the start of the article.

The extraction reads a page through one small interface, :class:`Reading`: the page's
line model (:class:`seedclean.page.Page`) and the region the main-content locator gives
as the article. :func:`read_page` makes one; it is the only place the extractor asks the
locator, whose analysis the page keeps.

From a page, :class:`Window` decides *where* the header is looked for: the non-blank
lines from ``before`` lines above the body start to ``after`` lines into it (reaching up
to the page's only first-level heading when link lists push the body far below it),
each read once into a :class:`PageLine` (its visible text, heading level, list mark and
dates), and the distances between them, in lines a reader sees.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Collection, Sequence
from typing import Protocol

import attrs

from ...dates import DATE_PATTERN, DateMatch, find_dates
from ...lines import LIST_MARK, MARKDOWN_LINK, Line, link_density, plain_text, sentence_count
from ...page import Page
from ...phrase_match import comments_heading
from ..remove_boilerplate import is_cookie_banner
from .vocabulary import (
    DIGIT,
    EMPTY_HEADING,
    HEADING_MARK,
    ITALIC,
    SITE_ROOT,
    SMALL_WORD,
    WORDY,
)

# How much of the body, in characters, the small-letter words are read from (see
# Window.small_words()).
_SMALL_WORDS_CHARS = 50_000
# Lines whose visible text is longer than this are never metadata (and are not searched at
# all); Markdown lines up to _MAX_RAW_LINE are read first, as their link targets can make
# a short byline long ("[Ann Example](https://example.com/author/ann-example/ "Posts by
# Ann Example") 18/12/2020 [Comment](...) [Topic](...), [Topic](...)").
_MAX_LINE = 400
_MAX_RAW_LINE = 4000
# How many lines past the window (images, rules and icons that do not count, see
# counts()) the byline and the date are looked for, at most.
_MAX_BEYOND = 200
# How far above the body start the page's only first-level heading widens the window
# to, in non-blank lines.
_MAX_HEADLINE_REACH = 150
# When the body starts with no paragraph of prose (a sidebar's list of links the locator
# took in), how far below the body start the window reaches down to the first one, in
# non-blank lines.
_MAX_PROSE_REACH = 40
#: How long a paragraph of prose is, at least, in visible characters.
PROSE_CHARS = 150


class Locator(Protocol):
    """What the extraction needs of the main-content locator: where the article is."""

    def region(self, text: str | Page) -> tuple[int, int] | None: ...


@attrs.frozen(slots=True)
class Reading:
    """What the extraction reads: the page (its lines, each with its facts) and where the
    main-content locator puts the article in it (None when it finds none, or the text is
    blank)."""

    page: Page
    region: tuple[int, int] | None
    #: The locator that gave the region (asked again for what the removals leave).
    locator: Locator
    #: The page the locator read: ``page``, or ``page`` with its cookie banners blanked
    #: (see :func:`without_banners`), which keeps the locator's analysis.
    read: Page

    def again(self, removals: Collection[int]) -> Reading:
        """This page without the lines ``removals`` (what the extraction's removals
        leave), read with the same locator, from the page it read: the locator then
        starts from its reading of this one (see :meth:`seedclean.page.Page.without`)."""
        page = self.page.without(removals)
        if self.region is None:
            return read_page(page, self.locator)
        # A banner is a line of its own: fewer lines hold no banner the page had not.
        read = page if self.read is self.page else self.read.without(removals)
        return Reading(page, self.locator.region(read), self.locator, read)

    @property
    def text(self) -> str:
        """The page's text."""
        return self.page.text

    @property
    def lines(self) -> Sequence[Line]:
        """The page's lines."""
        return self.page.lines


def read_page(page: Page, locator: Locator) -> Reading:
    """``page`` as the extraction reads it: its lines and the article's region as
    ``locator`` sees it once cookie banners are out of its way (see
    :func:`without_banners`; a blank text has none).

    >>> from seedclean.cleaners import LocateContent
    >>> text = "Menu\\n\\nA title\\n\\n" + "A sentence of the article, in words. " * 9
    >>> reading = read_page(Page.of(text), LocateContent())
    >>> len(reading.lines), reading.text[reading.region[0] :].startswith("A sentence")
    (5, True)
    """
    if page.text.isspace() or not page.text:
        return Reading(page, None, locator, page)
    read = without_banners(page)
    return Reading(page, locator.region(read), locator, read)


def without_banners(page: Page) -> Page:
    """``page`` with its cookie banners read as blank (``page`` itself when it has none),
    for the locator to read. A banner is written as sentences, so the locator can take it
    for the first paragraph of the article and put the body start above the menus; the
    pipeline's ``remove_boilerplate`` takes it out before its own locator runs. The
    banner's lines read as blank, so the offsets are those of the page.

    >>> from seedclean.cleaners import LocateContent
    >>> banner = ("Our website uses cookies to improve your experience. By continuing to "
    ...           "browse the site, you agree to our use of cookies and to the processing of "
    ...           "your data as set out in our privacy policy.")
    >>> prose = ("A paragraph of the article, which is written in sentences and has all "
    ...          "the small words that prose has, so it is easy to recognise. ") * 2
    >>> text = (banner + "\\n\\nAccept & Close\\n  * Home\\n  * News\\n  * World\\n\\n"
    ...         "Title of the story\\nby Ann Example\\n\\n" + prose + "\\n\\n" + prose)
    >>> LocateContent().region(text)[0]  # the banner reads as the article's start
    0
    >>> start, end = LocateContent().region(without_banners(Page.of(text)))
    >>> text[start:end] == prose + "\\n\\n" + prose
    True
    """
    if "ookie" in page.text:
        banners = [
            k
            for k in page.nonblank()
            if "ookie" in page.facts(k).text and is_cookie_banner(page.facts(k).visible)
        ]
        if banners:
            return page.blanking(banners)
    return page


@attrs.frozen(slots=True)
class PageLine:
    """What the extractor reads from one non-blank line near the body start."""

    k: int  # index among the non-blank lines
    line: Line
    plain: str
    heading: int  # Markdown heading level, 0 for none
    listed: bool  # a list item
    dates: tuple[DateMatch, ...]

    def span_of(self, value: str) -> tuple[int, int]:
        """Where ``value`` is in the text: in the raw line, or the whole line when
        Markdown moved it."""
        at = self.line.text.find(value)
        if at < 0:
            return self.line.start, self.line.end
        return self.line.start + at, self.line.start + at + len(value)

    @property
    def paragraph(self) -> bool:
        """Whether the line is a paragraph of prose: ``PROSE_CHARS`` visible characters
        or more, with a sentence in them (past two of them, the header is over)."""
        return len(self.plain) >= PROSE_CHARS and sentence_count(self.plain) > 0


def _unglue(raw: str) -> str:
    """``raw`` with a " | " between links printed one against the other, as the page shows
    them apart ("[Ann Example](/a)[More](/m)" reads "Ann Example | More", not "Ann
    ExampleMore")."""
    out = []
    pos = end = 0
    for m in MARKDOWN_LINK.finditer(raw):
        if m.group("image") is not None:
            continue
        if m.start() == end and end:
            out.append(raw[pos : m.start()])
            out.append(" | ")
            pos = m.start()
        end = m.end()
    out.append(raw[pos:])
    return "".join(out)


@functools.lru_cache(maxsize=1 << 14)
def visible(raw: str) -> tuple[str, int, bool]:
    """The text a reader sees of Markdown line ``raw`` (links, emphasis, the heading and
    list marks taken out), its heading level (0 for none) and whether it is a list item
    (a number that starts a date, "18. Dezember 2020", is no list mark).

    >>> visible("## [A headline](/a) *now*"), visible("  * Item"), visible("18. Mai 2020")
    (('A headline now', 2, False), ('Item', 0, True), ('18. Mai 2020', 0, False))
    """
    if ")[" in raw:
        raw = _unglue(raw)
    text = plain_text(raw) if ("[" in raw or "\\" in raw or "*" in raw or "_" in raw) else raw
    level = 0
    m = HEADING_MARK.match(text) if "#" in text else None
    if m is not None:
        level = len(m.group(1))
        text = text[m.end() :]
    mark = LIST_MARK.match(text)
    if mark is not None:
        lead = text.lstrip()
        # a date starts with a digit or a letter: of the marks, only a number can start one
        if lead[:1].isdigit() and DATE_PATTERN.match(lead):
            mark = None  # "18. Dezember 2020"
        else:
            text = text[mark.end() :]
    listed = mark is not None
    if "*" in text or "_" in text:
        text = ITALIC.sub("", text)  # "Published *Dec 18, 2020* by _Ann Example_"
    return text.strip(" \t*_>|#"), level, listed


def _prose(info: PageLine) -> bool:
    """Whether ``info`` is a paragraph of prose: long, with a sentence in it (a line too
    long to be read as metadata is one too)."""
    if not info.plain:
        return len(info.line.text) > _MAX_LINE
    return info.paragraph


def counts(info: PageLine) -> bool:
    """Whether a line counts in the distances between the title, the byline, the date
    and the body: not an image, a table rule or an icon (Markdown prints them on lines
    of their own)."""
    if info.plain:
        return WORDY.search(info.plain) is not None
    text = info.line.text
    return len(text) > _MAX_RAW_LINE or WORDY.search(visible(text)[0]) is not None


def home_link(raw: str) -> bool:
    """Whether a Markdown heading is nothing but a link to a site's home page: the
    site's name or logo, not a headline.

    >>> home_link("# [Daily Planet](/)"), home_link("# [![Logo](l.png)](https://x.org/)")
    (True, True)
    >>> home_link("# [A headline](https://x.org/news/a-headline)"), home_link("# Plain")
    (False, False)
    """
    text = HEADING_MARK.sub("", raw, count=1).strip()
    m = MARKDOWN_LINK.fullmatch(text)
    if m is None or m.group("anchor") is None:
        return False
    target = text[m.end("anchor") + 2 : -1].split()
    return bool(target) and SITE_ROOT.fullmatch(target[0]) is not None


def headline_mark(lines: Sequence[Line]) -> int | None:
    """The position in ``lines`` of the only first-level Markdown heading that is not a
    link to the home page (a site's name or logo), or None."""
    found = None
    for k, line in enumerate(lines):
        if line.text.startswith("#") and not line.text.startswith("##"):
            m = HEADING_MARK.match(line.text)
            if m is None or len(line.text) > _MAX_LINE or home_link(line.text):
                continue
            if found is not None:
                return None
            found = k
    return found


class Window:
    """The non-blank lines around the body start where the header is looked for, each
    read once, and the distances between them.

    ``lines`` is the window itself (searched for the title and the header's extras);
    ``reach`` adds the lines past it, up to ``after`` lines that count past the body
    start, where the byline and the date are looked for too. Distances count only the
    lines a reader sees (see :func:`counts`), looking down the page (``ahead``, where a
    run of list items that are only links, share buttons, counts once) and up
    (``behind``).
    """

    def __init__(
        self,
        nonblank: Sequence[Line],
        body_k: int,
        end_k: int,
        *,
        before: int,
        after: int,
        day_first: bool | None,
        language: str | None = None,
    ) -> None:
        self.nonblank = nonblank
        self.body_k = body_k  # the first non-blank line of the body
        self.end_k = end_k  # its last
        self.after = after
        self.day_first = day_first
        self.language = language  # the body's, for the month names only it has
        lo = max(0, body_k - before)
        hi = min(len(nonblank), body_k + after + 1)
        # The page's only first-level heading is its headline even when link lists push
        # the body start far below it: the window reaches up to it.
        h1 = headline_mark(nonblank[: body_k + after + 1])
        if h1 is not None and body_k - _MAX_HEADLINE_REACH <= h1 < lo:
            lo = max(0, h1 - 3)
        lines = [self.info(k) for k in range(lo, hi)]
        # the first line of prose of the body; when the body starts with none (a list
        # of links), the window reaches down to it: the headline is above it
        self.prose_k = body_k
        self.reached = hi  # the lines from here on are read only for lack of prose
        if not any(_prose(i) for i in lines if i.k >= body_k):
            for k in range(hi, min(len(nonblank), body_k + _MAX_PROSE_REACH)):
                info = self.info(k)
                lines.append(info)
                if _prose(info):
                    self.prose_k = k
                    hi = k + 1
                    break
            else:
                del lines[hi - lo :]
        self.lines = lines
        # whether the window shows Markdown (a heading mark, a link, an image), as
        # html2text writes a page: the headline is weighed for that kind of text
        self.markdown = any(
            i.heading or "](" in i.line.text or "![" in i.line.text for i in lines
        )
        self.by_k = {i.k: i for i in self.lines}
        self.reach = self.lines + self._beyond(hi)
        self.near_k = {i.k: i for i in self.reach}
        self.ahead, self.behind = self._counted()
        self._small: frozenset[str] | None = None  # see small_words()

    def small_words(self) -> frozenset[str]:
        """The words the body writes in small letters (from its first
        ``_SMALL_WORDS_CHARS`` characters): the common words of its language, which a
        name printed alone does not consist of (read once, when first asked)."""
        if self._small is None:
            out: set[str] = set()
            size = 0
            for line in self.nonblank[self.body_k : self.end_k + 1]:
                text = plain_text(line.text) if "[" in line.text else line.text
                out.update(SMALL_WORD.findall(text))
                size += len(text)
                if size >= _SMALL_WORDS_CHARS:
                    break
            self._small = frozenset(out)
        return self._small

    def info(self, k: int) -> PageLine:
        """Non-blank line ``k``, read."""
        line = self.nonblank[k]
        if len(line.text) > _MAX_RAW_LINE:
            return PageLine(k, line, "", 0, False, ())
        plain, level, listed = visible(line.text)
        if len(plain) > _MAX_LINE:
            return PageLine(k, line, "", 0, False, ())
        if not level and k and plain:
            # "# " alone, then the heading's text: html2text splits a heading that holds
            # a line break or a block
            above = self.nonblank[k - 1].text
            mark = EMPTY_HEADING.fullmatch(above) if "#" in above else None
            if mark is not None:
                level = len(mark.group(1))
        # (a date has digits: most lines have none, and are not searched)
        dated = plain and DIGIT.search(plain) is not None
        dates: tuple[DateMatch, ...] = ()
        if dated:
            dates = tuple(find_dates(plain, day_first=self.day_first, language=self.language))
        return PageLine(k, line, plain, level, listed, dates)

    def read(self, k: int) -> PageLine:
        """Non-blank line ``k``, as the window read it when it is in the window."""
        return self.by_k.get(k) or self.info(k)

    def _beyond(self, hi: int) -> list[PageLine]:
        """The lines after the window (which ends at ``hi``) up to ``after`` lines that
        count past the body start, for the byline and the date."""
        seen = sum(1 for i in self.lines if i.k > self.body_k and counts(i))
        out: list[PageLine] = []
        k = hi
        while seen < self.after and k < min(len(self.nonblank), hi + _MAX_BEYOND):
            info = self.info(k)
            out.append(info)
            seen += counts(info)
            k += 1
        return out

    def _counted(self) -> tuple[list[int], list[int]]:
        """The lines of ``reach`` that count, in order, looking down the page (where a
        run of links listed one a line, share buttons under the title, counts once) and
        up."""
        ahead: list[int] = []
        behind: list[int] = []
        buttons = False
        for info in self.reach:
            item = LIST_MARK.sub("", info.line.text, count=1) if info.listed else ""
            was, buttons = buttons, bool(item) and link_density(item) >= 0.9
            if counts(info):
                behind.append(info.k)
                if not (buttons and was):
                    ahead.append(info.k)
        return ahead, behind

    def gap(self, a: int, b: int) -> int:
        """How many lines that count lie from line ``a`` to line ``b`` (negative when ``b``
        comes first)."""
        if b >= a:
            return bisect.bisect_left(self.ahead, b) - bisect.bisect_left(self.ahead, a)
        return bisect.bisect_left(self.behind, b) - bisect.bisect_left(self.behind, a)

    def thread_heading(self, since: int, until: int) -> int | None:
        """The first comments heading (:func:`seedclean.phrase_match.comments_heading`) from line
        ``since`` to before line ``until`` that follows a paragraph of prose: the start
        of the comments under a post, below which a byline is a commenter's. A comment
        count in the post's header, above the article's first paragraph, is none, and so is
        a subheading with a paragraph right under it ("Comment", one of the things the
        article lists)."""
        prose = False
        end = min(until, len(self.nonblank))
        for k in range(since, end):
            info = self.read(k)
            if info.paragraph:
                prose = True
            elif (
                prose
                and info.plain
                and comments_heading(info.plain)
                and (k + 1 == len(self.nonblank) or not self.read(k + 1).paragraph)
            ):
                return k
        return None

    def hop(self, k: int, d: int) -> PageLine | None:
        """The ``d``-th line that counts after line ``k`` (before it when ``d`` < 0)."""
        worded = self.ahead if d > 0 else self.behind
        n = bisect.bisect_right(worded, k) if d > 0 else bisect.bisect_left(worded, k)
        at = n + d - 1 if d > 0 else n + d
        if d == 0 or not 0 <= at < len(worded):
            return None
        return self.near_k[worded[at]]
