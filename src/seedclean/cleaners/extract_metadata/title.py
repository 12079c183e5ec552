"""Which line is the article's headline.

A title is a heading-like line (:func:`is_heading`: a few words to a few dozen, not a
sentence, a list item, a caption, a credit, a breadcrumb, a table row, a time or
interface text) with evidence: a byline or a date right under it, a copy of it
elsewhere on the page, a Markdown ``#``, closeness above the body, and above all the
words it shares with the body. :func:`take_title` reads that evidence about every
heading-like line of the window and takes the one :mod:`.headline_score` chooses, or none;
lines of lists of other articles (teasers with their dates, runs of headlines, the
heading of such a list) never compete.
"""

from __future__ import annotations

import functools
import itertools
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from operator import itemgetter

import attrs
import regex

from ...dates import WEEKDAY
from ...document import Reason
from ...lines import Line, fold, link_density, no_space_chars, sentence_count, word_count
from ...stopwords import words
from .datelines import photo_caption, residual
from .headline_score import Evidence, Weights, choose
from .names import (
    credit_line,
    glued_name,
    is_person_name,
    names_only,
    plain_name,
)
from .reading import PageLine, Window, visible
from .record import Record
from .vocabulary import (
    ABOUT,
    ALL_STOPWORDS,
    ATTRIBUTION,
    BLOG_NAME,
    BY_INLINE,
    BYLINE,
    CAPTION_START,
    CUT_MARK,
    DIGIT,
    ELIDED_END,
    EMPTY_HEADING,
    FILLER,
    GLUED_CREDIT,
    HOME_TRAIL,
    LIST_HEADING,
    NO_SPACE,
    PARTICLES,
    PHOTO_CREDIT,
    POSTED,
    READING,
    REGIONS_HEAD,
    SEPARATORS,
    SIGNATURE,
    SOCIAL,
    SUFFIX_SEP,
    TAGS_HEAD,
    TEASER_LABEL,
    TIME,
    TRANSLATIONS,
    UI_SENTENCE,
    UI_WORDS,
    WEB_ADDRESS_START,
    interface_line,
    widget_line,
)

# How much of the body, in characters from its start, the title's words are looked up
# in, and the fewest distinct content words it must have for the comparison to tell.
_BODY_SAMPLE = 6000
_MIN_BODY_WORDS = 20
# The most words a headline in sentences ("New Bridge Next Year? The Council Says
# Yes.") has, right above its byline (a standfirst there has more).
_SIGNED_SENTENCE_WORDS = 12

# Under a headline of three words or fewer, a line of more words than this is its
# standfirst, not the headline under a site's name.
_SHORT_HEAD_STANDFIRST_WORDS = 15

# The shortest cut-short copy of a headline that counts as a copy, in characters.
MIN_CUT = 20


def content_word_list(text: str) -> list[str]:
    """The words of ``text`` that carry meaning: four letters or more, no function words;
    for scripts written without spaces, pairs of characters."""
    out = [w for w in words(text) if len(w) >= 4 and w not in ALL_STOPWORDS]
    if not text.isascii():
        chars = NO_SPACE.findall(text)
        out.extend(a + b for a, b in itertools.pairwise(chars))
    return out


def is_heading(
    info: PageLine, *, signed: bool = False, small: Callable[[], frozenset[str]] | None = None
) -> bool:
    """Whether ``info`` reads like a heading: a few words to a few dozen, not a sentence,
    a caption, a label or a row of links. A line that reads like a person's name, has one
    word, is a short sentence, is mostly numbers or is a link is a heading only when
    ``signed``: a "By ..." byline right under it ("Harbour Master Leaves Council" / "By
    Ann Example", "Bridge!" / "by Ann Example on July 17, 2012"), which a name, a score
    or a menu's link does not have (a line that reads like a name may also be a
    first-level heading). Given ``small``, which gives the words the body writes in small
    letters (:meth:`~.reading.Window.small_words`), a line that reads like a name is a heading all
    the same when it cannot be one printed alone (:func:`~.names.plain_name`: "Almond
    Fall Wedding Cake", each word one of the body's)."""
    p = info.plain
    if info.listed or len(p) > 250 or info.dates:
        return False
    if len(p) < 8 and not (signed and len(p) >= 3):
        return False
    if not _heading_text(p, info.heading, info.line.text, signed):
        return False
    if signed:
        return True
    words = word_count(p)
    if words < 2:
        return False
    if info.heading == 1 or words > 6 or not is_person_name(p) or _headline_words(p):
        return True
    return small is not None and not plain_name(p, small())


# What is_heading reads past the cheap tests depends on the line alone; the extractor
# asks again about the same lines on each of its passes.
@functools.lru_cache(maxsize=2048)
def _heading_text(p: str, heading: int, raw: str, signed: bool) -> bool:
    if (p[0].islower() and p.split(None, 1)[0].islower()) or p[0] in ":;,.)]}":
        return False  # a sentence's middle, ": the definition of a word" (not "iPad ...")
    words = word_count(p)
    if words < 1 or words > 40 or p.endswith((":", ",", ";")) or "©" in p:
        return False
    digits = DIGIT.search(p) is not None  # TIME and READING need one
    if p.count("|") > 1 or (sentence_count(p) > 2 and heading != 1):
        return False  # a table row; sentences (a first-level heading may quote some)
    if credit_line(p):
        return False  # "Ann Example | Getty Images": a picture's credit
    if heading == 0 and link_density(raw) > 0.3 and not signed:
        return False  # a link (a headline linked to its post is one when signed)
    if interface_line(p) or BYLINE.match(p) or (digits and READING.search(p)):
        return False  # "Most read", "Skip to main content", "Zum Inhalt springen"
    if any(label.match(p) for label in (TRANSLATIONS, TAGS_HEAD, REGIONS_HEAD, ABOUT)):
        return False  # "Also available in", "Topics", "About the author"
    if "  " in p or CAPTION_START.match(p) or _bracketed(p):
        return False  # a table row, a caption, a credit, "{ 12 comments }"
    if PHOTO_CREDIT.search(p) or " > " in p or p.count(">") >= 2 or GLUED_CREDIT.search(p):
        return False  # a caption with its credit, a breadcrumb trail ("A > B", "A>>B>C")
    if p[0] in "←⟵⇐" or p[-1] in "→⟶⇒":
        return False  # a link to the previous or next post, "All videos →"
    if widget_line(p):
        return False  # "Advertise | AdChoices", "Send to a friend", "Powered by ..."
    if "log" in p.casefold() and BLOG_NAME.search(p):
        return False  # "The Blog of Ann Example": the blog's name, above its posts
    if HOME_TRAIL.match(p):
        return False  # "Home • Harbour News": a breadcrumb trail
    if any(c in p for c in "«»‹›") and not _guillemet_quotes(p):
        return False  # a breadcrumb trail ("News » World"), "« The previous post"
    if len(SOCIAL.intersection(p.casefold().split())) >= 2:
        return False  # a row of share buttons (two networks, not one named twice)
    web = ("." in p or "/" in p) and WEB_ADDRESS_START.search(p) is not None
    if LIST_HEADING.match(p) or UI_SENTENCE.search(p) or web:
        return False  # "More from ...", "Media playback is unsupported", a web address
    if TEASER_LABEL.match(p):
        return False  # "Featured: Another Post", "Previous post: ...": a teaser
    if "](" in p:
        return False  # "News](/feed/)": the debris of a Markdown link cut by a line break
    timed = (digits and TIME.search(p) is not None) or "ago" in p.casefold().split()
    if timed and word_count(residual(p, ())) <= 3:
        return False  # "Updated Nov 19, 6:55 AM", "Monday 6:30PM", "1 hour ago"
    tokens = p.split()
    numbers = sum(1 for t in tokens if not t.isalpha() and any(c.isdigit() for c in t))
    if numbers * 3 > len(tokens) and not signed:
        return False  # scores, tables, prices (not "80-20 Bridge" above its byline)
    # a sentence: a standfirst or the first paragraph; a short one signed right under it
    # is a headline ("New Bridge Next Year? The Council Says Yes." / "By Ann")
    sentence = p.endswith(".") and not p.endswith("...") and heading == 0
    if sentence and (not signed or words > _SIGNED_SENTENCE_WORDS):
        return False
    # "Ann ExampleView More Articles": an author box
    return glued_name(p) is None


# The end of a sentence after a date ("... opens on 18 December 2020."), not of a time
# ("at 3:06 p.m.").
_SENTENCE_END = regex.compile(r"(?<!(?i:[ap]\.m))[.!?][ \t]*+$")
# A weekday at the end of the text before a date: the date's.
_WEEKDAY_END = regex.compile(rf"(?:{WEEKDAY.pattern})[ \t,.]*+$")
# A date's marker at the end of the text before the date ("... Local news, Updated").
_MARKER_END = regex.compile(rf"(?<!\p{{L}})(?:{FILLER.pattern})[ \t:,]*+$")


def dated_heading(info: PageLine) -> PageLine | None:
    """``info`` read as a headline printed with its date on one line, or None.

    A scraper joins a page's headline and its date line ("Council Opens New Bridge 18
    December 2020", "Council Opens New Bridge Local news, Updated Dec 18, 2020 at
    3:06pm"): the headline is the text before the date, without the date's marker or a
    weekday. Some headlines hold their date ("Bridge Works: 18 December 2020", "The
    Bridge Briefing, Friday, December 18, 2020", "What The Council Said For December 18,
    2020"): after a colon, a comma or a function word the date is the headline's, and
    the headline is the whole line. Either way nothing but a time may follow the date (a
    sentence's full stop does not), and the headline is a heading of three to twenty-five
    words that is no signature, post footer or byline.
    """
    if len(info.dates) != 1 or info.listed or photo_caption(info.plain, info.dates):
        return None  # (a caption ends with its picture's place and date)
    m = info.dates[0]
    tail = info.plain[m.end :]
    if word_count(residual(tail, ())) > 0 or _SENTENCE_END.search(tail):
        return None
    before = info.plain[: m.start]
    weekday = _WEEKDAY_END.search(before)
    if weekday is not None:
        before = before[: weekday.start()]
    head = before.rstrip(SEPARATORS)
    marker = _MARKER_END.search(head)
    if marker is not None:
        head = head[: marker.start()].rstrip(SEPARATORS)
    elif before.rstrip().endswith((":", ",")) or any(
        w in ALL_STOPWORDS for w in words(head)[-1:]  # its last word a function word
    ):
        head = info.plain.strip()  # the date is the headline's own
    if not 3 <= word_count(head) <= 25 or "@" in head or sum(map(head.count, "|·•")) > 1:
        return None  # a handle's post, a line of a post's facts ("Ann · Travel · 3 Comments")
    if SIGNATURE.match(head) or POSTED.match(head) or BY_INLINE.search(head):
        return None  # "— Ann Example (@ann)", "Posted in Travel", "Jobs By Ann Example"
    if is_person_name(head.rpartition(":")[2]):
        return None  # "Ann Example", "Text: Ann Example": a byline before its date
    candidate = attrs.evolve(info, plain=head, dates=())
    return candidate if is_heading(candidate) else None


def _headline_words(p: str) -> bool:
    """Whether ``p``, capitalised like a name, has three words or more and one of them
    no name has: a function word or a word with an elided or possessive ending (a
    headline in title case, "Buyers Are Bringing Color Back", "The Town's New Bridge").

    >>> _headline_words("Buyers Are Bringing Color Back"), _headline_words("Google's Big Day")
    (True, True)
    >>> _headline_words("Ann van der Example"), _headline_words("Sean O'Brien Example")
    (False, False)
    """
    tokens = p.split()
    if len(tokens) < 3:
        return False
    for token in tokens:
        low = token.casefold().strip(".,:;!?")
        if low in PARTICLES:
            continue
        if low in ALL_STOPWORDS or ELIDED_END.search(token):
            return True
    return False


def _bracketed(p: str) -> bool:
    """Whether all of ``p`` is in brackets: a credit ``(Photo: ...)``, a count of comments
    ``{ 12 comments }``, a link ``[Edit]``, never a headline.

    >>> _bracketed("{ 12 comments… read them below }"), _bracketed("[Edit]")
    (True, True)
    >>> _bracketed("(Almost) Everyone Loves the New Bridge")
    False
    """
    return any(p.startswith(a) and p.endswith(b) for a, b in ("()", "{}", "[]"))


def _guillemet_quotes(p: str) -> bool:
    """Whether the guillemets of ``p`` quote words («Вот так», «6 Days»): each opening one
    is followed and each closing one preceded by a word, as arrows between links
    ("News » World", "« Previous") are not.

    >>> _guillemet_quotes("Screenshot : «Vape Wave»"), _guillemet_quotes("« Prev | Next »")
    (True, False)
    """
    return ("«" in p or "‹" in p) and not any(s in p for s in ("« ", " »", "‹ ", " ›"))


def glued_copy(line: str, below: str) -> bool:
    """Whether ``line`` is the line ``below`` (a headline) with more text glued before
    it, as scrapers print a breadcrumb trail run into the headline.

    >>> glued_copy("homesportbreaking: a club signs a keeper", "breaking: a club signs a keeper")
    True
    >>> glued_copy("a club signs a keeper", "a club signs a keeper")
    False
    """
    return len(below) >= MIN_CUT and len(line) > len(below) and line.endswith(below)


def in_run(k: int, headings: set[int], *, length: int = 4) -> bool:
    """Whether line ``k`` is one of at least ``length`` heading-like lines in a row."""
    lo = hi = k
    while lo - 1 in headings:
        lo -= 1
    while hi + 1 in headings:
        hi += 1
    return hi - lo + 1 >= length


def dated_run(
    headings: set[int],
    dated: set[int],
    *,
    named: Iterable[int] = (),
    lists: Iterable[int] = (),
    length: int = 3,
) -> set[int]:
    """The heading-like lines of a list of teasers printed as headline-and-date pairs:
    at least ``length`` headings with a date right under them or one line below, each
    starting at most two lines after the last one's date (a kicker may come between, or
    stand right above the heading).

    The first pair of a run is left out unless one of the ``lists`` lines (the heading
    of a list, "More stories") is right above it, a kicker aside: it may be the
    article's own headline with the list right under it. A pair with a byline (a line of
    ``named``) between its heading and its date and a pair without one are not of one
    list: the run ends there."""
    out: set[int] = set()
    openers = set(lists)
    signed = set(named)
    run: list[int] = []
    shape = False
    last_date = 0

    def close() -> None:
        if len(run) >= length:
            listed = any(run[0] - d in openers for d in (1, 2, 3))
            out.update(run if listed else run[1:])

    for k in sorted(headings):
        if k + 1 in headings and k + 2 in dated:
            continue  # a kicker: the pair is the heading under it and its date
        date = next((d for d in (k + 1, k + 2) if d in dated), None)
        bylined = date == k + 2 and k + 1 in signed
        if date is None or (run and (k - last_date > 2 or bylined != shape)):
            close()
            run = []
        if date is not None:
            if not run:
                shape = bylined
            run.append(k)
            last_date = date
    close()
    return out


def cut_copies(lines: Sequence[Line]) -> set[str]:
    """The folded text, without the ellipsis, of lines cut short ("A headline that goes
    on…"): a headline shortened for a list or a breadcrumb elsewhere on the page."""
    out = set()
    for line in lines:
        text = line.text
        if len(text) > 300 or ("…" not in text and "..." not in text) or not CUT_MARK.search(text):
            continue
        plain = visible(line.text)[0]
        head = fold(CUT_MARK.sub("", plain)).rstrip(" ,;:-–—")
        if len(head) >= MIN_CUT:
            out.add(head)
    return out


# Letters from the most common to the least, for printed() to look for the rarest first.
_COMMON = "etaoinsrhldcumfpgwybvkxjqz"


def _rarity(c: str) -> int:
    at = _COMMON.find(c)
    return len(_COMMON) if at < 0 else at  # digits, accents and other scripts: rare


def fold_room(raw: str) -> int:
    """The most characters Markdown line ``raw`` can fold to (``fold(visible(raw)[0])``):
    :func:`~.reading.visible` only takes characters out, but for a " | " between glued links
    (each after a ")["), and folding takes characters out too, but case folding may write
    one as several.

    >>> raw = "## [Ann](/a)[Bob](/b) *Straße*"
    >>> len(fold(visible(raw)[0])), fold_room(raw)
    (15, 34)
    """
    return len(raw.casefold()) + 3 * raw.count(")[")


class BodyWords:
    """The content words of the start of the body, to compare a candidate line with."""

    def __init__(self, text: str, region: tuple[int, int] | None) -> None:
        self.text = text
        self.region = region
        self._counts: Counter[str] | None = None  # read at the first question

    def overlap(self, info: PageLine) -> float | None:
        """Share of the content words of a line that the body uses (None if it has none,
        or if the body is too short to tell)."""
        listed = content_word_list(info.plain)
        mine = set(listed)
        if not mine:
            return None
        if self.region is None:
            return None
        start = self.region[0]
        if self._counts is None:
            self._counts = Counter(content_word_list(self.text[start : start + _BODY_SAMPLE]))
        if len(self._counts) < _MIN_BODY_WORDS:
            return None  # too little body to compare with
        inside = start <= info.line.start < start + _BODY_SAMPLE
        own = Counter(listed) if inside else Counter()
        shared = sum(1 for w in mine if self._counts[w] > own[w])
        return shared / len(mine)


def heads_list(win: Window, info: PageLine) -> bool:
    """Whether the two lines after ``info`` are items of a list of headlines (not
    one-word share buttons, nor the headline's own byline and date printed as a list)."""
    items = [win.by_k.get(info.k + 1), win.by_k.get(info.k + 2)]
    return all(
        i is not None
        and i.listed
        and word_count(i.plain) >= 3
        and not i.dates
        and sum(c.isalpha() for c in i.plain) * 2 > len(i.plain)
        and BYLINE.match(i.plain) is None
        and not names_only(i, listed=True)
        for i in items
    )


class _Candidates:
    """The heading-like lines of the window, and what scoring them reads: the anchors
    (date lines, bylines and "By" lines, ``anchors``; timestamps, ``stamps``; bylines,
    ``named``; author boxes, ``boxed``), the copies of lines on the page, the teasers."""

    def __init__(
        self,
        win: Window,
        body: BodyWords,
        *,
        anchors: set[int],
        stamps: set[int],
        named: set[int],
        boxed: set[int],
    ) -> None:
        self.win = win
        self.body = body
        self.anchors = anchors
        self.stamps = stamps
        self.named = named
        self.boxed = boxed
        window = win.lines
        # the page's lines that printed() compares, the longest first (see fold_room()),
        # each case-folded, and the folded text (see fold()) of those it has read
        self._printed: list[tuple[int, str, str]] | None = None
        self._folded: dict[int, str] = {}
        self.firsts = [fold(visible(line.text)[0]) for line in win.nonblank[:3]]
        self.cut = cut_copies(win.nonblank[:2000])
        small = win.small_words
        self.headings = {
            info.k
            for info in window
            if info.k not in anchors and is_heading(info, signed=self.signed(info), small=small)
        }
        # a list item with its own byline and date right under it: the post's headline, as
        # some blogs print their one post in a list
        dated = {info.k for info in window if info.dates}
        self.headings |= {
            info.k
            for info in window
            if info.listed
            and info.k + 1 in named
            and info.k + 1 in dated
            and is_heading(attrs.evolve(info, listed=False), signed=self.signed(info))
        }
        # a headline printed with its date on one line, read without the date
        self.dated_heads = {
            info.k: head
            for info in window
            if info.dates and (head := dated_heading(info)) is not None
        }
        self.headings |= set(self.dated_heads)
        self.teasers = dated_run(
            self.headings,
            (dated & anchors) | stamps,
            named=named,
            lists={i.k for i in window if LIST_HEADING.match(i.plain)},
        )

    def printed(self, key: str) -> int:
        """How often the page prints a line that folds to ``key`` (among its first 2000
        non-blank lines, those of 300 characters at most). Only the lines that can fold to
        ``key`` (long enough, with all its characters) are read."""
        if self._printed is None:
            texts = [line.text for line in self.win.nonblank[:2000] if len(line.text) <= 300]
            rooms = [(fold_room(t), t.casefold(), t) for t in texts]
            self._printed = sorted(rooms, key=itemgetter(0), reverse=True)
        # what a line folds to is made of its own characters, case-folded: a line that
        # lacks one of those of ``key`` (looked for the rarest first) is not read
        chars = sorted(set(key) - {" "}, key=_rarity, reverse=True)
        rarest = chars[0] if chars else ""
        folded = self._folded
        n = 0
        for m, (room, cased, text) in enumerate(self._printed):
            if room < len(key):
                break
            if rarest not in cased or not all(c in cased for c in chars):
                continue
            if m not in folded:
                folded[m] = fold(visible(text)[0])
            n += folded[m] == key
        return n

    def excluded(self, info: PageLine) -> bool:
        """Whether ``info`` cannot be the title, however it scores."""
        if info.k not in self.headings:
            return True
        if heads_list(self.win, info):
            return True  # the heading of a list of teasers
        if info.k in self.teasers:
            return True  # one of a list of headlines with their dates
        if info.k >= self.win.reached and info.k + 1 not in self.after(info):
            return True  # far into a body of links, a headline needs its date or byline
        if (
            info.heading != 1
            and not self.signed(info)
            and any(0 < info.k - a <= 2 for a in self.named - self.boxed)
        ):
            return True  # under a byline: the author's publication or role
        heads = self.dated_heads
        if info.k in heads and (info.k - 1 in heads or info.k + 1 in heads):
            return True  # one of a list of headlines, each printed with its date
        nxt = self.win.by_k.get(info.k + 1)
        if nxt is not None and ATTRIBUTION.match(nxt.plain):
            return True  # a quotation and, under it, who said it
        key = fold(info.plain)
        # "HomeNewsThe headline" above "The headline": a breadcrumb
        return nxt is not None and nxt.k in self.headings and glued_copy(key, fold(nxt.plain))

    def signed(self, info: PageLine) -> bool:
        """Whether a "By ..." byline is right under ``info`` (and ``info`` is not the
        byline's names again, a signature): then ``info`` is a headline even under another
        line read as a byline (a section and date line such as ``In Depth | 19 July
        2012``), not the publication or role of that byline."""
        nxt = self.win.by_k.get(info.k + 1)
        if nxt is None or nxt.k not in self.named or BYLINE.match(nxt.plain) is None:
            return False
        # "Cheers, / Ann" above "Posted by Ann Example": a signature, not a headline
        below = set(words(nxt.plain))
        return not all(w in below for w in words(info.plain))

    def after(self, info: PageLine) -> list[int]:
        """The anchors and timestamps at most five lines below ``info`` that are its own:
        not those right under another headline further down (a site's name, a line, then
        the headline and its byline)."""
        own = [info.k] if info.k in self.dated_heads else []  # its own date, on its line
        below = [a for a in self.anchors | self.stamps if 0 < a - info.k <= 5]
        if not below:
            return own
        return own if self._owner(info.k, min(below)) else own + below

    def _owner(self, k: int, anchor: int) -> bool:
        """Whether the line right above ``anchor`` is a heading-like line of three words
        or more, not in sentences, that another line parts from line ``k`` (right under a
        heading-like line, or in sentences, it is a standfirst)."""
        j = anchor - 1
        heads = self.headings
        if j < k + 2 or j not in heads or j - 1 in heads:
            return False
        owner, parting = self.win.by_k.get(j), self.win.by_k.get(j - 1)
        if parting is not None and EMPTY_HEADING.fullmatch(parting.line.text):
            return False  # "#" alone, then its heading's text: the same heading
        if owner is None or word_count(owner.plain) < 3 or owner.plain.endswith("."):
            return False
        # a line in sentences ("The crisis grew. It is up to them...") is a standfirst
        return sentence_count(owner.plain) == 0

    def evidence(self, info: PageLine, after: list[int]) -> Evidence:
        """What the page says about ``info`` as the headline (see :class:`Evidence`),
        ``after`` being its own anchors below it (:meth:`after`)."""
        key = fold(info.plain)
        k = info.k
        below_it = [a for a in after if a != k]  # a list's dated headlines: no date below
        by_k = self.win.by_k
        repeated = (
            2 <= self.printed(key) <= 3
            or any(
                f != key and key in f and len(key) >= 12 and len(key) * 2 >= len(f)
                for f in self.firsts
            )
            or (not CUT_MARK.search(info.plain) and any(key.startswith(c) for c in self.cut))
        )
        # above the first prose of the body, when the body starts with a list of links
        start = self.win.prose_k if k > self.win.body_k else self.win.body_k
        words = word_count(info.plain)
        return Evidence(
            k=k,
            text=info.plain,
            below=min(after) - k if after else None,
            anchors_below=len(after),
            between_byline_and_date=not self.signed(info)
            and any(0 < k - a <= 3 for a in self.named - self.boxed),
            byline_near=any(a - k <= 2 for a in self.named),
            anchor_above=any(0 < k - a <= 3 for a in self.anchors),
            in_headline_list=in_run(k, self.headings)
            and not (below_it and min(below_it) - k <= 2),
            kicker=any(
                key in fold(by_k[j].plain) for j in (k + 1, k + 2) if j in self.headings
            ),
            repeated=repeated,
            heading=info.heading,
            distance=start - k,
            words=words,
            label_length=_label_length(info.plain),
            standfirst=_standfirst(info.plain),
            capitals=info.plain.isupper(),
            interface_words=UI_WORDS.search(info.plain) is not None,
            full_stop=info.plain.endswith("."),
            first_line=info.line is self.win.nonblank[0] and words >= 4,
            overlap=self.body.overlap(info),
            blank_around=self._blank_around(info),
        )

    def _blank_around(self, info: PageLine) -> bool:
        """Whether a blank line stands right above ``info`` and right below it (as a
        scraper sets a block of its own apart), or the page ends there."""
        nonblank, k, index = self.win.nonblank, info.k, info.line.index
        above = k == 0 or nonblank[k - 1].index < index - 1
        return above and (k + 1 == len(nonblank) or nonblank[k + 1].index > index + 1)


def _label_length(text: str) -> bool:
    """Whether ``text`` is three words or fewer, in a script written with spaces: a
    site's or a section's name, not a headline with its standfirst under it.

    >>> _label_length("Harbour Today"), _label_length("Council Opens New Bridge")
    (True, False)
    """
    return word_count(text) <= 3 and not no_space_chars(text)


def _standfirst(text: str) -> bool:
    """Whether ``text``, under a heading-like line, reads as its standfirst: a sentence
    with its full stop, or more words than a headline under a short one has.

    >>> _standfirst("Could A New Ferry Cross The River?")
    False
    >>> _standfirst("The official news of the harbour town."), _standfirst("word " * 16)
    (True, True)
    """
    return text.endswith(".") or word_count(text) > _SHORT_HEAD_STANDFIRST_WORDS


def take_title(
    win: Window,
    rec: Record,
    body: BodyWords,
    *,
    anchors: set[int],
    stamps: set[int],
    named: set[int],
    boxed: set[int],
    weights: Weights,
) -> PageLine | None:
    """The headline, taken with its copies in the window (and a first line "Title |
    Site"), or None when no heading-like line scores the threshold of ``weights``."""
    candidates = _Candidates(
        win, body, anchors=anchors, stamps=stamps, named=named, boxed=boxed
    )
    lines: dict[int, PageLine] = {}
    evidence: list[Evidence] = []
    for line in win.lines:
        info = candidates.dated_heads.get(line.k, line)
        if candidates.excluded(info):
            continue
        lines[info.k] = info
        evidence.append(candidates.evidence(info, candidates.after(info)))
    chosen = choose(evidence, anchors, weights)
    if chosen is None:
        return None
    info = lines[chosen[0].k]
    _take(win, rec, info, min(1.0, chosen[1] / weights.confidence_scale))
    return info


def _take(win: Window, rec: Record, info: PageLine, confidence: float) -> None:
    """Take ``info`` as the title (with ``confidence``), with its copies."""
    title = info.plain
    s, e = info.span_of(title)
    rec.fields["title"] = title
    rec.source("title", s, e, confidence)
    rec.remove(info, Reason.TITLE)
    key = fold(title)
    for other in win.lines:
        if other.k != info.k and fold(other.plain) == key:
            rec.remove(other, Reason.TITLE)
    first = win.nonblank[0] if win.nonblank else None
    if first is not None and first.index != info.line.index:
        fp = visible(first.text)[0]
        sep = SUFFIX_SEP.search(fp)
        if fold(fp) == key or (sep is not None and fold(fp[: sep.start()]) == key):
            rec.removals.setdefault(first.index, Reason.TITLE)
