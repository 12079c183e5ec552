"""The line model: a page split into lines once, read by every line cleaner, and rendered.

After the character-level stage (encoding, whitespace), the cleaners that decide about
whole lines (metadata, duplicates, captions, boilerplate, related blocks, the locator) all
read the same :class:`Page`: the text split at ``\\n`` once, each line with its offsets
and its :class:`LineFacts` (visible text, words, sentences, link density, fold key,
function-word counts...), each computed the first time a cleaner asks and kept on the
line. A cleaner does not rewrite the text: it *labels* the lines it removes
(:class:`LineLabel`: a reason, and the score and threshold when a score decided), and one
render, :meth:`Page.render`, turns the labels into the changes of that step and the page
the next cleaner reads, without splitting the text again. The facts of a line that stays
go with it to the next page.

>>> from seedclean import Reason
>>> page = Page.of("Title\\n\\nShare\\n\\nA sentence. Another one!")
>>> [line.text for line in page.lines]
['Title', '', 'Share', '', 'A sentence. Another one!']
>>> page.facts(4).sentences, page.facts(4).words
(2, 4)
>>> result = page.render({2: LineLabel(Reason.SOCIAL)})
>>> [(c.start, c.end, c.reason.value) for c in result.changes]
[(7, 14, 'social')]
>>> result.page.text
'Title\\n\\nA sentence. Another one!'
>>> result.page.facts(2) is page.facts(4)  # the line's facts go with it
True

The render has one blank-line policy, the same for every cleaner. A removed line goes with
its newline; the blank lines around what was removed become one run, as long as the
longest run among them, so a paragraph break stays a paragraph break and no gap grows. At
the start and the end of the text, the blank lines around removed lines go with them, so
no blank line is left at either end.

>>> def removing(text, *lines):
...     page = Page.of(text)
...     return page.render({k: LineLabel(Reason.OTHER) for k in lines}).page.text
>>> removing("a\\n\\nX\\n\\nY\\n\\nb", 2, 4)
'a\\n\\nb'
>>> removing("a\\nX\\nb", 1), removing("a\\nX\\n\\nb", 1), removing("X\\n\\nb", 0)
('a\\nb', 'a\\n\\nb', 'b')
>>> removing("a\\n\\nX", 2), removing("a\\n\\nX\\n", 2), removing("X\\n\\nY", 0, 2)
('a', 'a', '')
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from typing import Any, TypeVar

import attrs
import regex

from .document import Change
from .lines import (
    MARKDOWN_LINK,
    WEB_ADDRESS,
    Line,
    fold,
    is_list_item,
    link_density,
    no_space_chars,
    plain_text,
    sentence_count,
    split_lines,
    word_count,
)
from .stopwords import line_hits

__all__ = ["LineFacts", "LineLabel", "LineShape", "Page", "Render"]

T = TypeVar("T")


class LineFacts:
    """What the cleaners read from one line, each fact computed when first asked for.

    The facts depend on the line's text alone, so they stay valid on every page the line
    is carried to, and the lines of a page that read the same share one. ``memo`` holds
    a cleaner's own facts about the line (keyed by what they depend on, the cleaner's
    options included), so a cleaner that reads the line again on a later page, or on
    each of its passes, does not recompute them.

    >>> f = LineFacts("See [the report](https://example.org/r), out today.")
    >>> f.visible
    'See the report, out today.'
    >>> f.words, f.sentences, round(f.link_density, 2)
    (5, 1, 0.38)
    >>> f.fold
    'see the report out today'
    """

    __slots__ = (
        "_fold",
        "_hits",
        "_link_density",
        "_prose_hits",
        "_sentences",
        "_shape",
        "_visible",
        "_words",
        "blank",
        "memo",
        "text",
    )

    def __init__(self, text: str) -> None:
        #: The line as it stands in the text (Markdown links and all), without its newline.
        self.text = text
        #: True for an empty or whitespace-only line.
        self.blank = not text or text.isspace()
        self.memo: dict[Any, Any] | None = None
        self._shape: LineShape | None = None
        self._visible: str | None = None
        self._link_density: float | None = None
        self._words: int | None = None
        self._sentences: int | None = None
        self._fold: str | None = None
        self._hits: tuple[int, tuple[tuple[int, int], ...]] | None = None
        self._prose_hits: tuple[int, tuple[tuple[int, int], ...]] | None = None

    def __repr__(self) -> str:
        return f"LineFacts({self.text!r})"

    @property
    def visible(self) -> str:
        """The visible text (:func:`seedclean.lines.plain_text`), stripped."""
        v = self._visible
        if v is None:
            v = self._visible = plain_text(self.text).strip()
        return v

    @property
    def link_density(self) -> float:
        """Share of the visible characters inside link anchors
        (:func:`seedclean.lines.link_density`)."""
        v = self._link_density
        if v is None:
            v = self._link_density = link_density(self.text) if "](" in self.text else 0.0
        return v

    @property
    def words(self) -> int:
        """Words of the visible text, in any script (:func:`seedclean.lines.word_count`)."""
        v = self._words
        if v is None:
            v = self._words = word_count(self.visible)
        return v

    @property
    def sentences(self) -> int:
        """Sentence ends in the visible text (:func:`seedclean.lines.sentence_count`)."""
        v = self._sentences
        if v is None:
            v = self._sentences = sentence_count(self.visible)
        return v

    @property
    def fold(self) -> str:
        """The visible text case-folded, punctuation dropped (:func:`seedclean.lines.fold`)."""
        v = self._fold
        if v is None:
            v = self._fold = fold(self.visible)
        return v

    @property
    def function_words(self) -> tuple[int, tuple[tuple[int, int], ...]]:
        """The number of words of the visible text and, for each language with function
        words in it, ``(language index, count)`` (see :func:`seedclean.stopwords.line_hits`)."""
        v = self._hits
        if v is None:
            v = self._hits = line_hits(self.visible)
        return v

    @property
    def shape(self) -> LineShape:
        """How the line is laid out (:class:`LineShape`)."""
        v = self._shape
        if v is None:
            v = self._shape = LineShape.of(
                self.text, self.visible, self.link_density, sentences=self.sentences
            )
        return v

    @property
    def prose_function_words(self) -> tuple[int, tuple[tuple[int, int], ...]]:
        """:attr:`function_words` with web addresses left out (their parts are no
        language's words), for the stop-word density of the line
        (:func:`seedclean.stopwords.density_of_counts`)."""
        v = self._prose_hits
        if v is None:
            visible = self.visible
            if "http" in visible or "www." in visible:
                v = line_hits(WEB_ADDRESS.sub(" ", visible))
            else:
                v = self.function_words
            self._prose_hits = v
        return v

    def remember(self, key: Any, compute: Callable[[str], T]) -> T:
        """``compute(self.text)``, computed once per line and ``key``.

        >>> f = LineFacts("Share")
        >>> f.remember(("demo", 1), str.upper), f.remember(("demo", 1), str.lower)
        ('SHARE', 'SHARE')
        """
        memo = self.memo
        if memo is None:
            memo = self.memo = {}
        try:
            return memo[key]  # type: ignore[no-any-return]
        except KeyError:
            value = memo[key] = compute(self.text)
            return value


@attrs.frozen(slots=True)
class LineShape:
    """How a line is laid out: what the main-content locator reads from it, and other
    cleaners may too. Computed once per line (:attr:`LineFacts.shape`).

    >>> shape = LineFacts("## A subheading").shape
    >>> shape.plain, shape.heading, shape.marked, shape.quote
    ('A subheading', True, True, False)
    >>> LineFacts("**Also:** [Another story](/a)").shape.labelled_link
    True
    """

    #: The visible text without list, heading and quote marks.
    plain: str
    #: Visible characters of ``plain``, a character of a script written without spaces
    #: counting three (a Chinese sentence is about a third as long as its translation).
    length: int
    sentences: int
    ends_sentence: bool
    #: A Markdown heading, or a short capitalised line that does not end a sentence.
    heading: bool
    #: A Markdown heading or list item (``## Title``, ``* item``, ``1. item``), or a line
    #: that opens with a bold label (``**Price:** 20 euros``).
    marked: bool
    #: A blockquote line (``> ...``).
    quote: bool
    #: Whether the line shows a letter or a digit (an image line shows none).
    has_words: bool
    #: The line holds exactly one Markdown link.
    one_link: bool
    #: ... and nothing else but a label ending with a colon before it
    #: ("**Also:** [Another story](…)").
    labelled_link: bool

    @classmethod
    def of(
        cls, text: str, visible: str, link_share: float, *, sentences: int | None = None
    ) -> LineShape:
        """The shape of a line ``text`` whose visible text is ``visible``.

        ``sentences`` is ``sentence_count(visible)`` when the caller has it: the marks
        taken off the start of ``plain`` never end or precede a sentence end, so it is
        the count of ``plain`` too.

        >>> LineShape.of("* Two. Sentences!", "* Two. Sentences!", 0.0).sentences
        2
        """
        stripped = visible.lstrip("#*-+• \t>").strip()
        ends = stripped.endswith(_END_PUNCT)
        opening = text.lstrip()
        first = opening[:1]
        heading = opening.startswith("#") or (
            0 < len(stripped) <= 150
            and not ends
            and stripped[:1].isupper()
            and not opening.startswith(("*", "-", "+", "•", "|"))
        )
        one_link = text.count("](") == 1
        return cls(
            plain=stripped,
            length=len(stripped) + 2 * no_space_chars(stripped),
            sentences=sentence_count(stripped) if sentences is None else sentences,
            ends_sentence=ends,
            heading=heading,
            marked=is_list_item(text) or (first in "#*" and _MARKED.match(text) is not None),
            quote=opening.startswith(">"),
            has_words=stripped[:1].isalnum() or any(c.isalnum() for c in stripped),
            one_link=one_link,
            labelled_link=one_link and link_share < 0.9 and _labelled_link(text),
        )


_END_PUNCT = tuple('.!?…。！？؟।:;"”’»)')
_COLONS = (":", "：")
# A heading mark, or a bold label ("**Price:** 20 euros"); a list item is a line cleaners'
# shared test (seedclean.lines.is_list_item).
_MARKED = regex.compile(
    r"[ \t]{0,16}+(?:#{1,6}+[ \t]|\*\*[^*:：\n]{1,80}+(?:[:：]\*\*|\*\*[ \t]{0,4}+[:：]))"
)


def _labelled_link(text: str) -> bool:
    """One link after a label that ends with a colon, and nothing after it."""
    m = MARKDOWN_LINK.search(text)
    if m is None or m.group("image") is not None or plain_text(text[m.end() :]).strip(" \t*_"):
        return False
    return plain_text(text[: m.start()]).rstrip("*_ \t").endswith(_COLONS)


@attrs.frozen(slots=True)
class LineLabel:
    """Why a line cleaner removes a line: a reason, and what decided it when a score did.

    ``context_free`` and ``revised`` are a classifier's two opinions of the line when it
    has them (as jusText keeps both: the class the line got on its own, and the one its
    neighbours gave it), so a report can show why a line went; ``features`` are the
    features that weighed most when a learned score decided, each with its contribution.

    >>> from seedclean import Reason
    >>> LineLabel(Reason.LOW_CONTENT_SCORE, score=0.1, threshold=0.3, context_free="short",
    ...           revised="bad").revised
    'bad'
    """

    reason: enum.Enum
    score: float | None = None
    threshold: float | None = None
    context_free: str | None = None
    revised: str | None = None
    features: Sequence[tuple[str, float]] | None = attrs.field(default=None, kw_only=True)


@attrs.frozen(slots=True)
class Render:
    """What :meth:`Page.render` makes of a page's labels: the step's changes, in offsets
    of the page's text, and the page the next cleaner reads."""

    changes: tuple[Change, ...]
    page: Page


class Page:
    """A text split into lines once, with each line's facts, shared by line cleaners.

    Build one with :meth:`Page.of`; a line cleaner reads ``lines`` and :meth:`facts`,
    and returns labels that :meth:`render` turns into changes and the next page. Facts
    about the whole page (the article region, its language) are kept in :meth:`remember`.

    >>> page = Page.of("a\\n\\nb")
    >>> len(page), page.nonblank()
    (3, [0, 2])
    """

    __slots__ = (
        "_again",
        "_carried",
        "_carry",
        "_facts",
        "_memo",
        "_nonblank",
        "_text",
        "lines",
        "locator",
    )

    def __init__(
        self,
        text: str | None,
        lines: Sequence[Line],
        facts: Sequence[LineFacts],
        *,
        locator: Any = None,
    ) -> None:
        # None: the lines joined by newlines, built when first asked for (the page a
        # render makes takes its document's text instead, see share()).
        self._text = text
        self.lines: tuple[Line, ...] = tuple(lines)
        self._facts = list(facts)
        self._memo: dict[Any, Any] = {}
        # What this page's remembered facts carry to the pages made from it (see
        # remember()), and what the page it was made from carried to it, by line.
        self._carry: dict[Any, Mapping[int, Any]] = {}
        # What goes, in place of _carry, to a page without() makes: the same lines
        # looked at again without some of them (see remember()).
        self._again: dict[Any, Mapping[int, Any]] = {}
        self._carried: dict[Any, dict[int, Any]] = {}
        self._nonblank: list[int] | None = None
        #: The main-content locator whose idea of the article region the cleaners that
        #: need one read (a pipeline sets its own ``locate_content`` step here, so its
        #: options apply; ``None``: the cleaner's default). Carried to the next page.
        self.locator = locator

    @classmethod
    def of(cls, text: str) -> Page:
        """Split ``text`` at ``\\n`` into its lines.

        >>> [(l.index, l.start, l.end) for l in Page.of("ab\\n\\nc").lines]
        [(0, 0, 2), (1, 3, 3), (2, 4, 5)]
        """
        lines = split_lines(text)
        # Facts depend on a line's text alone, so lines of the same text (the blank
        # lines, most of all, and a menu printed twice) share them: they are computed
        # once and held once.
        shared: dict[str, LineFacts] = {}
        facts = []
        for line in lines:
            f = shared.get(line.text)
            if f is None:
                f = shared[line.text] = LineFacts(line.text)
            facts.append(f)
        return cls(text, lines, facts)

    @property
    def text(self) -> str:
        """The page's text: its lines joined by newlines."""
        text = self._text
        if text is None:
            text = self._text = "\n".join(line.text for line in self.lines)
        return text

    def share(self, text: str) -> bool:
        """Whether ``text`` is this page's text; when it is, the page keeps ``text`` as
        its own (a document and its page hold the text once), and a page whose text was
        not built yet is checked line by line, without building it.

        >>> page = Page.of("a\\n\\nb\\nc").without({2})
        >>> page.share("a\\n\\nc"), page.share("a\\n\\nd"), page.share("a\\nc")
        (True, False, False)
        """
        own = self._text
        if own is not None:
            if own is not text:
                if own != text:
                    return False
                self._text = text
            return True
        lines = self.lines
        # The lines follow each other one character apart (the pages are built so): the
        # text is theirs when each stands at its offset and the characters between them
        # are newlines, the only newlines of the text.
        if lines[-1].end != len(text) or text.count("\n") != len(lines) - 1:
            return False
        if not all(text.startswith(line.text, line.start) for line in lines):
            return False
        self._text = text
        return True

    def __len__(self) -> int:
        return len(self.lines)

    def __repr__(self) -> str:
        return f"Page({len(self.lines)} lines, {self.lines[-1].end} characters)"

    def facts(self, k: int) -> LineFacts:
        """The facts of line ``k``."""
        return self._facts[k]

    def nonblank(self) -> list[int]:
        """The indices of the lines that are not blank, in order (a new list)."""
        if self._nonblank is None:
            self._nonblank = [k for k, f in enumerate(self._facts) if not f.blank]
        return list(self._nonblank)

    def remember(
        self,
        key: Any,
        compute: Callable[[Page], T],
        *,
        carry: Callable[[T], Mapping[int, Any]] | None = None,
        again: Callable[[T], Mapping[int, Any]] | None = None,
    ) -> T:
        """``compute(self)``, computed once per page and ``key`` (the article region as
        a given locator sees it, the page's language...).

        With ``carry``, what the fact says about single lines goes on to the pages made
        from this one (by :meth:`render`, :meth:`without` and :meth:`blanking`), for the
        lines that are still there: ``carry(value)`` maps line indices of this page to
        what is carried, and :meth:`carried` gives it on the next page, by the line
        indices of that page. A page that does not compute the fact passes on what it
        was carried.

        >>> page = Page.of("a\\nb")
        >>> page.remember("lines", len), page.remember("lines", lambda p: 0)
        (2, 2)
        >>> page = Page.of("a\\n\\nb\\nc")
        >>> _ = page.remember("short", lambda p: 1, carry=lambda v: {0: "x", 3: "y"})
        >>> page.without({0}).carried("short"), page.without({0}).without({0}).carried("short")
        ({2: 'y'}, {1: 'y'})

        With ``again`` as well, a page :meth:`without` makes (the same lines looked at
        again without some of them, as a cleaner checks what its own removals leave) is
        carried ``again(value)`` instead; the pages made from that one, by any means,
        are carried what it was carried.

        >>> _ = page.remember("both", lambda p: 1, carry=lambda v: {3: "c"},
        ...                   again=lambda v: {1: "a", 3: "c"})
        >>> page.without({0}).carried("both"), page.blanking([0]).carried("both")
        ({0: 'a', 2: 'c'}, {3: 'c'})
        """
        memo = self._memo
        try:
            return memo[key]  # type: ignore[no-any-return]
        except KeyError:
            value = memo[key] = compute(self)
            if carry is not None:
                self._carry[key] = carry(value)
            if again is not None:
                self._again[key] = again(value)
            return value

    def carried(self, key: Any) -> Mapping[int, Any]:
        """What the page this one was made from carried to it of the fact ``key`` (see
        :meth:`remember`), by line index of this page; empty when nothing was.

        >>> Page.of("a").carried("anything")
        {}
        """
        return self._carried.get(key, {})

    def _carry_to(
        self, new_index: Callable[[int], int], *, again: bool = False
    ) -> dict[Any, dict[int, Any]]:
        """What this page carries to a page made from it, whose line ``new_index(k)`` is
        this page's line ``k`` (negative: gone); ``again``: to a page :meth:`without`
        makes."""
        out: dict[Any, dict[int, Any]] = {}
        own = self._carry | self._again if again else self._carry
        for key, by_line in (self._carried | own).items():
            moved = {}
            for k, value in by_line.items():
                j = new_index(k)
                if j >= 0:
                    moved[j] = value
            if moved:
                out[key] = moved
        return out

    def without(self, indices: Collection[int]) -> Page:
        """The page of the other lines, joined by newlines (no blank-line policy: for a
        cleaner that looks again at what its own removals would leave).

        >>> Page.of("a\\n\\nb\\nc").without({2}).text
        'a\\n\\nc'
        """
        gone = indices if isinstance(indices, set | frozenset | dict) else set(indices)
        return self._subset(gone, again=True)

    def blanking(self, indices: Collection[int]) -> Page:
        """The page with the lines ``indices`` read as blank: their characters become
        spaces, so every offset stays what it is.

        >>> page = Page.of("a\\nxyz\\nb").blanking([1])
        >>> page.text, page.nonblank()
        ('a\\n   \\nb', [0, 2])
        """
        facts = list(self._facts)
        lines = list(self.lines)
        for k in sorted(set(indices)):
            line = lines[k]
            spaces = " " * len(line.text)
            facts[k] = LineFacts(spaces)
            lines[k] = Line(k, line.start, line.end, spaces, True)
        page = Page(None, lines, facts, locator=self.locator)
        if self._carry or self._carried:
            blanked = set(indices)
            page._carried = self._carry_to(lambda k: -1 if k in blanked else k)
        return page

    # -- the render -------------------------------------------------------------------

    def render(self, labels: Mapping[int, LineLabel]) -> Render:
        """The changes that remove the labelled lines, and the page that is left.

        Labels on blank lines are ignored: blank lines go or stay by the blank-line
        policy (see the module docstring). Each change carries the reason, score and
        threshold of the labelled line it removes; a blank line that goes with it is
        part of the same change.
        """
        facts = self._facts
        n = len(facts)
        bad = [k for k in labels if not (isinstance(k, int) and 0 <= k < n)]
        if bad:
            raise ValueError(f"labels for lines {bad[:5]} of a page of {n} lines")
        removed = {k: label for k, label in labels.items() if not facts[k].blank}
        if not removed:
            return Render((), self)
        # Only the gaps around removed lines are read: the blank and removed lines
        # between two lines that stay. ``drop`` maps each line that goes to the
        # labelled line whose change takes it.
        drop: dict[int, int] = {}
        last_kept = n - 1
        for r in sorted(removed):
            if r in drop:
                continue
            lo = r
            while lo > 0 and (facts[lo - 1].blank or lo - 1 in removed):
                lo -= 1
            hi = r + 1
            while hi < n and (facts[hi].blank or hi in removed):
                hi += 1
            self._drop_gap(lo, hi, removed, drop)
            if hi == n:
                last_kept = lo - 1
        changes = tuple(self._changes(sorted(drop), drop, removed, last_kept))
        return Render(changes, self._subset(drop))

    def _drop_gap(
        self, lo: int, hi: int, removed: Mapping[int, LineLabel], drop: dict[int, int]
    ) -> None:
        """The lines of the gap ``lo:hi`` that go: its removed lines, and all its blank
        lines but one run, the first longest (none at an edge of the text). A blank line
        goes with the nearest removed line before it in the gap (after it when there is
        none before)."""
        facts = self._facts
        keep_lo = keep_hi = lo
        if lo > 0 and hi < len(facts):
            best, start = -1, lo
            for m in range(lo, hi + 1):
                if m == hi or not facts[m].blank:
                    if m - start > best:
                        best, keep_lo, keep_hi = m - start, start, m
                    start = m + 1
        owner = -1
        pending: list[int] = []  # blank lines that go before the gap's first removed line
        for m in range(lo, hi):
            if m in removed:
                owner = m
                drop[m] = m
                for q in pending:
                    drop[q] = m
                pending.clear()
            elif not keep_lo <= m < keep_hi:
                if owner < 0:
                    pending.append(m)
                else:
                    drop[m] = owner

    def _changes(
        self,
        order: Sequence[int],
        drop: Mapping[int, int],
        removed: Mapping[int, LineLabel],
        last_kept: int,
    ) -> Iterator[Change]:
        """One change per run of lines that go in a row with the same label: a line
        before the last line that stays goes with its newline, one after it with the
        newline before it."""
        lines = self.lines

        def span(k: int) -> tuple[int, int]:
            line = lines[k]
            if k < last_kept:
                return line.start, lines[k + 1].start
            if k > 0:
                return lines[k - 1].end, line.end
            return line.start, line.end

        i = 0
        while i < len(order):
            k = order[i]
            label = removed[drop[k]]
            start, end = span(k)
            j = i + 1
            while j < len(order) and order[j] == order[j - 1] + 1:
                if removed[drop[order[j]]] != label:
                    break
                end = span(order[j])[1]
                j += 1
            yield Change(
                start,
                end,
                label.reason,
                score=label.score,
                threshold=label.threshold,
                context_free=label.context_free,
                revised=label.revised,
                features=label.features,
            )
            i = j

    def _subset(self, drop: Collection[int], *, again: bool = False) -> Page:
        """The page of the lines not in ``drop``, joined by newlines; the lines before
        the first that goes keep their records. ``again``: a page :meth:`without` makes
        (carried what :meth:`remember`'s ``again`` gives)."""
        first = min(drop, default=len(self.lines))
        lines = list(self.lines[:first])
        facts = self._facts[:first]
        carrying = bool(self._carry or self._carried or (again and self._again))
        new_of: dict[int, int] = {}
        pos = lines[-1].end + 1 if lines else 0
        for k in range(first, len(self.lines)):
            if k in drop:
                continue
            f = self._facts[k]
            text = f.text
            end = pos + len(text)
            if carrying:
                new_of[k] = len(lines)
            lines.append(Line(len(lines), pos, end, text, f.blank))
            facts.append(f)
            pos = end + 1
        if not lines:  # nothing stays: the page of "", one empty line, as Page.of makes
            lines, facts = [Line(0, 0, 0, "", True)], [LineFacts("")]
        page = Page(None, lines, facts, locator=self.locator)
        if carrying:
            page._carried = self._carry_to(
                lambda k: k if k < first else new_of.get(k, -1), again=again
            )
        return page
