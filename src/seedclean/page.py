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

from .document import Change
from .lines import (
    WEB_ADDRESS,
    Line,
    fold,
    link_density,
    plain_text,
    sentence_count,
    word_count,
)
from .stopwords import line_hits

__all__ = ["LineFacts", "LineLabel", "Page", "Render"]

T = TypeVar("T")


class LineFacts:
    """What the cleaners read from one line, each fact computed when first asked for.

    The facts depend on the line's text alone, so they stay valid on every page the line
    is carried to. ``memo`` holds a cleaner's own facts about the line (keyed by what they
    depend on, the cleaner's options included), so a cleaner that reads the line again on
    a later page, or on each of its passes, does not recompute them.

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
        self.memo: dict[Any, Any] = {}
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
        try:
            return memo[key]  # type: ignore[no-any-return]
        except KeyError:
            value = memo[key] = compute(self.text)
            return value


@attrs.frozen(slots=True)
class LineLabel:
    """Why a line cleaner removes a line: a reason, and what decided it when a score did.

    ``context_free`` and ``revised`` are a classifier's two opinions of the line when it
    has them (as jusText keeps both: the class the line got on its own, and the one its
    neighbours gave it), so a report can show why a line went.

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

    __slots__ = ("_facts", "_memo", "_nonblank", "lines", "locator", "text")

    def __init__(
        self,
        text: str,
        lines: Sequence[Line],
        facts: Sequence[LineFacts],
        *,
        locator: Any = None,
    ) -> None:
        self.text = text
        self.lines: tuple[Line, ...] = tuple(lines)
        self._facts = list(facts)
        self._memo: dict[Any, Any] = {}
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
        lines: list[Line] = []
        facts: list[LineFacts] = []
        pos = 0
        for i, part in enumerate(text.split("\n")):
            f = LineFacts(part)
            facts.append(f)
            lines.append(Line(i, pos, pos + len(part), part, f.blank))
            pos += len(part) + 1
        return cls(text, lines, facts)

    def __len__(self) -> int:
        return len(self.lines)

    def __repr__(self) -> str:
        return f"Page({len(self.lines)} lines, {len(self.text)} characters)"

    def facts(self, k: int) -> LineFacts:
        """The facts of line ``k``."""
        return self._facts[k]

    def nonblank(self) -> list[int]:
        """The indices of the lines that are not blank, in order (a new list)."""
        if self._nonblank is None:
            self._nonblank = [k for k, f in enumerate(self._facts) if not f.blank]
        return list(self._nonblank)

    def remember(self, key: Any, compute: Callable[[Page], T]) -> T:
        """``compute(self)``, computed once per page and ``key`` (the article region as
        a given locator sees it, the page's language...).

        >>> page = Page.of("a\\nb")
        >>> page.remember("lines", len), page.remember("lines", lambda p: 0)
        (2, 2)
        """
        memo = self._memo
        try:
            return memo[key]  # type: ignore[no-any-return]
        except KeyError:
            value = memo[key] = compute(self)
            return value

    def without(self, indices: Collection[int]) -> Page:
        """The page of the other lines, joined by newlines (no blank-line policy: for a
        cleaner that looks again at what its own removals would leave).

        >>> Page.of("a\\n\\nb\\nc").without({2}).text
        'a\\n\\nc'
        """
        return self._subset([k not in indices for k in range(len(self.lines))])

    def blanking(self, indices: Collection[int]) -> Page:
        """The page with the lines ``indices`` read as blank: their characters become
        spaces, so every offset stays what it is.

        >>> page = Page.of("a\\nxyz\\nb").blanking([1])
        >>> page.text, page.nonblank()
        ('a\\n   \\nb', [0, 2])
        """
        parts: list[str] = []
        facts = list(self._facts)
        lines = list(self.lines)
        at = 0
        for k in sorted(set(indices)):
            line = lines[k]
            spaces = " " * len(line.text)
            parts += (self.text[at : line.start], spaces)
            at = line.end
            facts[k] = LineFacts(spaces)
            lines[k] = Line(k, line.start, line.end, spaces, True)
        parts.append(self.text[at:])
        return Page("".join(parts), lines, facts, locator=self.locator)

    # -- the render -------------------------------------------------------------------

    def render(self, labels: Mapping[int, LineLabel]) -> Render:
        """The changes that remove the labelled lines, and the page that is left.

        Labels on blank lines are ignored: blank lines go or stay by the blank-line
        policy (see the module docstring). Each change carries the reason, score and
        threshold of the labelled line it removes; a blank line that goes with it is
        part of the same change.
        """
        removed = {k: label for k, label in labels.items() if not self._facts[k].blank}
        if not removed:
            return Render((), self)
        keep = self._kept(removed)
        owner = self._owners(keep, removed)
        changes = tuple(self._changes(keep, owner, removed))
        return Render(changes, self._subset(keep))

    def _kept(self, removed: Mapping[int, LineLabel]) -> list[bool]:
        """Which lines stay when the ``removed`` lines go (the blank-line policy)."""
        facts = self._facts
        n = len(facts)
        keep = [k not in removed for k in range(n)]
        k = 0
        while k < n:
            if not facts[k].blank and keep[k]:
                k += 1
                continue
            # a gap: the blank and removed lines up to the next kept non-blank line
            j = k
            while j < n and (facts[j].blank or not keep[j]):
                j += 1
            if any(m in removed for m in range(k, j)):
                self._keep_one_run(keep, k, j, edge=k == 0 or j == n)
            k = j
        return keep

    def _keep_one_run(self, keep: list[bool], lo: int, hi: int, *, edge: bool) -> None:
        """Keep one run of blank lines of the gap ``lo:hi`` around removed lines: the
        first longest one between kept lines, none at an edge of the text."""
        for m in range(lo, hi):
            keep[m] = False
        if edge:
            return
        best_start, best_len = lo, -1
        start = lo
        for m in range(lo, hi + 1):
            if m == hi or not self._facts[m].blank:
                if m - start > best_len:
                    best_start, best_len = start, m - start
                start = m + 1
        for m in range(best_start, best_start + best_len):
            keep[m] = True

    def _owners(self, keep: Sequence[bool], removed: Mapping[int, LineLabel]) -> list[int]:
        """For each line that goes, the labelled line whose change takes it: itself, or
        for a blank line the nearest removed line before it in its gap (after it when
        there is none before). -1 for a line that stays."""
        n = len(keep)
        owner = [-1] * n
        last = -1
        for k in range(n):
            if k in removed:
                last = k
            elif not self._facts[k].blank:
                last = -1  # a kept line ends the gap
            if not keep[k]:
                owner[k] = last
        nxt = -1
        for k in range(n - 1, -1, -1):
            if k in removed:
                nxt = k
            elif not self._facts[k].blank:
                nxt = -1
            if owner[k] == -1 and not keep[k]:
                owner[k] = nxt
        return owner

    def _changes(
        self, keep: Sequence[bool], owner: Sequence[int], removed: Mapping[int, LineLabel]
    ) -> Iterator[Change]:
        lines = self.lines
        n = len(lines)
        last_kept = max((k for k in range(n) if keep[k]), default=-1)

        def span(k: int) -> tuple[int, int]:
            line = lines[k]
            if k < last_kept:
                return line.start, lines[k + 1].start  # the line and its newline
            if k > 0:
                return lines[k - 1].end, line.end  # the newline before it and the line
            return line.start, line.end

        # one change per run of lines that go with the same label (consecutive lines
        # removed for the same reason, with the same score, are one edit)
        k = 0
        while k < n:
            if keep[k]:
                k += 1
                continue
            label = removed[owner[k]]
            start, end = span(k)
            j = k + 1
            while j < n and not keep[j] and removed[owner[j]] == label:
                end = span(j)[1]
                j += 1
            yield Change(start, end, label.reason, score=label.score, threshold=label.threshold)
            k = j

    def _subset(self, keep: Sequence[bool]) -> Page:
        """The page of the lines marked in ``keep``, joined by newlines."""
        lines: list[Line] = []
        facts: list[LineFacts] = []
        pos = 0
        for k, line in enumerate(self.lines):
            if not keep[k]:
                continue
            f = self._facts[k]
            end = pos + len(line.text)
            lines.append(Line(len(lines), pos, end, line.text, f.blank))
            facts.append(f)
            pos = end + 1
        text = "\n".join(line.text for line in lines)
        return Page(text, lines, facts, locator=self.locator)

