"""``remove_related``: blocks of links to other articles ("Related articles", "Read next").

A short line that is a related-content heading of
:data:`seedclean.phrases.RELATED_HEADINGS` ("Recommended", "Lire aussi", "Читайте
также", "関連記事", ...) starts a block when what follows it looks like teasers (short
lines, links, list items). The block runs to the end of the text, or until the article
clearly resumes: ``resume_after_paragraphs`` long prose paragraphs in a row. A heading in
the first ``opening_share`` of the text only takes the list right under it, since
articles often open with a box of related links.

>>> clean = RemoveRelated()
>>> body = "A paragraph of the article that goes on for long enough to count as prose."
>>> text = body + "\\n\\nRelated articles\\n\\n[Other story](/a)\\nMay 3, 2024\\n[Another](/b)"
>>> clean(text).text == body
True
>>> [e.reason.value for e in clean(text).audit]
['related_content']

A subheading followed by prose is part of the article and stays:

>>> text = body + "\\n\\nRelated\\n\\n" + body
>>> clean(text).text == text
True
"""

from __future__ import annotations

import bisect
from typing import ClassVar

import attrs
import regex

from ..document import Reason, tuple_of_str
from ..lines import is_list_item, plain_text, sentence_count
from ..page import LineFacts, LineLabel, Page
from ..phrase_match import (
    comment_count,
    comment_signature,
    comments_phrase,
    line_phrase,
    match_text,
)
from ..phrases import PhraseTable, phrase_table, related_table
from ..pipeline import LineCleaner, register_cleaner

__all__ = ["RemoveRelated"]

#: A heading has at most this many words (decorations included).
MAX_HEADING_WORDS = 8
#: A prose paragraph has at least this many words and ends a sentence.
PROSE_WORDS = 12
#: Lines of a teaser block (short lines) have at most this many words.
SHORT_WORDS = 20



# The lines a comment thread repeats for each comment: "12. Name says:" (see
# seedclean.phrase_match.comment_signature), "November 19, 2019 at 6:34 am", "3 days ago".
# Only looked for on short lines.
_COMMENT_STAMP = regex.compile(
    r"^\s*+(?=[^\n]{0,60}$)(?:[^\n]*?\b(?:19|20)\d\d\b[^\n]*?\b\d{1,2}:\d\d\b"
    r"|[^\n]*?\b\d{1,2}:\d\d\b[^\n]*?\b(?:19|20)\d\d\b"
    r"|(?:about\s++)?\d{1,3}\s++(?:minute|hour|day|week|month|year)s?\s++ago\b)",
    regex.IGNORECASE,
)
#: Teasers of other articles that each end with a "Read more" line come in series: a
#: marker counts when another is at most this many non-blank lines away.
TEASER_SPACING = 15
#: A teaser is its headline lines and at most this many paragraphs before its marker.
TEASER_PARAGRAPHS = 2
#: ... and at most this many other lines (headline, its repeat, kicker, date).
TEASER_LINES = 6

_LABELS = {r: LineLabel(r) for r in (Reason.RELATED_CONTENT, Reason.COMMENTS)}

#: A "Read more" line has at most this many visible characters ("Continue reading »").
READ_MORE_CHARS = 40
_READ_MORE = phrase_table(("read_more",))


def _is_read_more(facts: LineFacts) -> bool:
    if facts.blank or len(facts.text) > 300 or len(facts.visible) > READ_MORE_CHARS:
        return False
    return match_text(line_phrase(facts), _READ_MORE, max_words=4, glued=True) is not None


def _teaser_series(page: Page) -> list[tuple[int, int]]:
    """The spans ``(start, end)`` of lines that are teasers of other articles: a series
    of at least two "Read more" lines, each closing a teaser (a headline, then one or two
    paragraphs). A lone "Read more" at the end of an article is left alone.

    >>> prose = "A paragraph that goes on for long enough to count as a paragraph of prose."
    >>> text = "\\n".join([prose, "Other story", prose, "Read more", "Third story", prose,
    ...                   "Read more"])
    >>> _teaser_series(Page.of(text))
    [(1, 4), (4, 7)]
    """
    nonblank = page.nonblank()
    markers = [k for k in nonblank if _is_read_more(page.facts(k))]
    if len(markers) < 2:
        return []  # a series has two markers at least
    position = {k: n for n, k in enumerate(nonblank)}
    spans: list[tuple[int, int]] = []
    for n, m in enumerate(markers):
        near_prev = n > 0 and position[m] - position[markers[n - 1]] <= TEASER_SPACING
        near_next = (
            n + 1 < len(markers) and position[markers[n + 1]] - position[m] <= TEASER_SPACING
        )
        if not (near_prev or near_next):
            continue
        floor = markers[n - 1] if n > 0 else -1
        start = _teaser_start(page, nonblank, position[m], floor)
        if start is not None:
            spans.append((start, m + 1))
    return spans


#: Teasers cut short: a series of at least this many lines in a row, each of at least
#: ``CUT_TEASER_WORDS`` words, each ending mid-sentence with an ellipsis.
CUT_TEASERS = 3
CUT_TEASER_WORDS = 8
# a list that goes on ("apples, pears, ...") is no teaser cut short
_LIST_GOES_ON = regex.compile(r",\s++(?:\.{3,}+|…)$")


def _is_cut_short(facts: LineFacts) -> bool:
    """Whether a line is a teaser's opening words cut off mid-sentence by an ellipsis
    ("... announced on Tuesday that the ..."), not a list that goes on (", ...").

    >>> [_is_cut_short(LineFacts(s)) for s in (
    ...     "* Town hall opens its doors: the council said on Monday that visitors may…",
    ...     "* Bakery wins a prize: the owner, who opened the shop in 1998 with Ann,....",
    ...     "The list went on: apples, pears, plums, cherries, figs and so on, ...",
    ...     "Short line cut…")]
    [True, True, False, False]
    """
    if facts.blank or len(facts.text) > 1000:
        return False
    visible = facts.visible
    if not visible.endswith(("...", "…")) or facts.words < CUT_TEASER_WORDS:
        return False
    return _LIST_GOES_ON.search(visible[-12:]) is None


def _cut_teasers(page: Page) -> list[tuple[int, int]]:
    """The spans ``(start, end)`` of series of teasers cut short: at least
    :data:`CUT_TEASERS` non-blank lines in a row, each a headline and the opening words
    of another article cut off by an ellipsis (:func:`_is_cut_short`).

    >>> cut = "* Other story: the minister said on Tuesday that the new rules would..."
    >>> prose = "A paragraph that goes on for long enough to count as a paragraph of prose."
    >>> _cut_teasers(Page.of("\\n".join([cut, cut, "", cut, prose])))
    [(0, 4)]
    >>> _cut_teasers(Page.of("\\n".join([cut, prose, cut, cut])))
    []
    """
    spans: list[tuple[int, int]] = []
    run: list[int] = []
    for k in [*page.nonblank(), -1]:
        if k >= 0 and _is_cut_short(page.facts(k)):
            run.append(k)
            continue
        if len(run) >= CUT_TEASERS:
            spans.append((run[0], run[-1] + 1))
        run = []
    return spans


def _teaser_start(page: Page, nonblank: list[int], at: int, floor: int) -> int | None:
    """The first line of the teaser that ends at ``nonblank[at]``, going back no further
    than line ``floor``; ``None`` when it has no headline line."""
    paragraphs = others = 0
    start = None
    for n in range(at - 1, -1, -1):
        k = nonblank[n]
        if k <= floor:
            break
        if _is_prose(page.facts(k)):
            if others or paragraphs == TEASER_PARAGRAPHS:
                break  # prose above the headline: the text before the teaser
            paragraphs += 1
        else:
            if others == TEASER_LINES:
                break
            others += 1
        start = k
    return start if others and paragraphs else None


#: A comment block runs at least to its last comment signature or time stamp, if it has
#: this many.
MIN_COMMENT_MARKS = 2


def _is_comment_mark(facts: LineFacts) -> bool:
    """Whether a line is one a comment thread repeats for each comment.

    >>> [_is_comment_mark(LineFacts(s)) for s in ("3. Ann says:", "May 2, 2020 at 6:34 am",
    ...     "2 days ago", "He says it is fine.", "At 6:30 the game began.")]
    [True, True, True, False, False]
    >>> _is_comment_mark(LineFacts("[ May 2, 2020 at 6:34 am ](/p/1#c2)"))
    True
    """
    if len(facts.text) > 300:
        return False
    visible = facts.visible
    if len(visible) > 100:
        return False
    return comment_signature(visible) or _COMMENT_STAMP.match(visible) is not None


@attrs.frozen
class _Prose:
    """The prose paragraphs of a text's lines, for comparing before and after a line:
    ``total[k]`` is the characters of prose in ``lines[:k]``, ``longest_before[k]`` the
    longest paragraph in ``lines[:k]`` and ``longest_after[k]`` in ``lines[k:]``."""

    total: list[int]
    longest_before: list[int]
    longest_after: list[int]

    @classmethod
    def of(cls, page: Page) -> _Prose:
        sizes = [
            len(line.text) if not line.is_blank and _is_prose(page.facts(line.index)) else 0
            for line in page.lines
        ]
        total, before = [0], [0]
        for size in sizes:
            total.append(total[-1] + size)
            before.append(max(before[-1], size))
        after = [0] * (len(sizes) + 1)
        for k in range(len(sizes) - 1, -1, -1):
            after[k] = max(after[k + 1], sizes[k])
        return cls(total, before, after)

    def article_below(self, i: int, end: int) -> bool:
        """Whether a block from line ``i`` to ``end`` holds the article rather than
        teasers: more than twice the prose above it, and a longer paragraph below the
        heading than any above it."""
        total = self.total
        return (
            total[end] - total[i] > 2 * total[i] and self.longest_after[i] > self.longest_before[i]
        )


def _thread_end(page: Page, marks: list[int], i: int, end: int) -> int | None:
    """The end of a comment block (heading at ``i``, ending at ``end``) extended through
    the last comment mark after its heading, and the comment under that mark, when the
    thread has at least ``MIN_COMMENT_MARKS`` marks: a long comment is prose, but not the
    article resuming. ``marks`` are the indices of all comment-mark lines, in order.

    ``None`` when the article resumes before the first mark (a comment count in the
    post's header, "Comments: 18", links to a thread below the article), or no mark
    stands after ``end``: the block is then what it was, and a thread below is another
    block, which its own heading opens."""
    first = bisect.bisect_right(marks, i)
    after = len(marks) - first
    if after < MIN_COMMENT_MARKS or marks[-1] < end or marks[first] >= end:
        return None
    lines = page.lines
    k = marks[-1] + 1
    while k < len(lines) and (lines[k].is_blank or _is_comment_mark(page.facts(k))):
        k += 1
    # the last comment: its lines up to the next blank line
    while k < len(lines) and not lines[k].is_blank:
        k += 1
    return k


#: A comment thread stands right under its heading when one of the first this many
#: non-blank lines under it is a comment mark (a signature, or the comment and then its
#: signature).
THREAD_START_LINES = 3


def _thread_under(page: Page, marks: list[int], i: int) -> bool:
    """Whether a comment mark is among the first ``THREAD_START_LINES`` non-blank lines
    under line ``i``, and ``MIN_COMMENT_MARKS`` marks follow it. ``marks`` are the
    indices of all comment-mark lines, in order."""
    first = bisect.bisect_right(marks, i)
    if len(marks) - first < MIN_COMMENT_MARKS:
        return False
    lines = page.lines
    seen, k = 0, i + 1
    while k < len(lines) and seen < THREAD_START_LINES:
        if not lines[k].is_blank:
            seen += 1
            if k == marks[first]:
                return True
        k += 1
    return False


#: A thread with no heading is read from this many dated signatures.
MIN_SIGNED_COMMENTS = 3
# A date or a time in a comment's signature ("Ann on May 2, 2020 at 6:34 am said:").
_DATED = regex.compile(r"\b(?:19|20)\d\d\b|\b\d{1,2}:\d\d\b")


def _signed_thread(page: Page, prose: _Prose | None) -> tuple[int, int] | None:
    """The lines of a comment thread that no heading opens (the scraper left it out):
    from the first of at least ``MIN_SIGNED_COMMENTS`` signatures that name the comment's
    writer and its date ("Ann on May 2, 2020 at 6:34 am said:", "Ann Example says: /
    2 May 2020"), below a paragraph of prose, through the last comment. ``None`` when
    there is no such thread. ``prose`` is the page's prose when already read.

    >>> post = "The post says what it says, in a sentence of some length here." * 2
    >>> said = "\\n\\n".join(f"  * Ann{i} on May {i}, 2020 at 6:3{i} am said:\\n\\n    Agreed."
    ...                      for i in range(1, 4))
    >>> page = Page.of(post + "\\n\\n" + said)
    >>> _signed_thread(page, _Prose.of(page)) == (2, len(page.lines))
    True
    >>> page = Page.of(post + "\\n\\n" + said.replace(" 2020 at 6:3", " "))  # no date
    >>> _signed_thread(page, _Prose.of(page)) is None
    True
    >>> apart = said.replace(" on May", " says:\\nMay").replace(" said:", "")
    >>> page = Page.of(post + "\\n\\n" + apart)
    >>> _signed_thread(page, _Prose.of(page)) == (2, len(page.lines))
    True
    """
    signed: list[int] = []
    undated: int | None = None  # the last signature without a date ("Ann says:")
    dates: list[int] = []  # the date lines under such signatures
    for k in page.nonblank():
        facts = page.facts(k)
        if len(facts.text) > 300 or len(facts.visible) > 100:
            continue
        visible = facts.visible
        if comment_signature(visible):
            if _DATED.search(visible):
                signed.append(k)
            else:
                undated = k
        elif undated is not None and _DATED.search(visible) and _previous(page, k) == undated:
            signed.append(undated)  # "Ann Example says:" above its date: one signature
            dates.append(k)
    if len(signed) < MIN_SIGNED_COMMENTS:
        return None
    first = signed[0]
    if (prose or _Prose.of(page)).total[first] == 0:
        return None  # nothing of an article above it
    marks = sorted(
        {k for k in page.nonblank() if k >= first and _is_comment_mark(page.facts(k))}
        | set(dates)
    )
    end = _thread_end(page, marks, first - 1, first + 1)
    return first, first + 1 if end is None else end


def _previous(page: Page, k: int) -> int | None:
    """The non-blank line right above line ``k``, if any."""
    lines = page.lines
    j = k - 1
    while j >= 0 and lines[j].is_blank:
        j -= 1
    return j if j >= 0 else None


def _is_list_or_link(facts: LineFacts) -> bool:
    return is_list_item(facts.text) or facts.link_density >= 0.5


_PROSE = "remove_related.prose"


def _is_prose(facts: LineFacts) -> bool:
    """A line of at least ``PROSE_WORDS`` words with a sentence end, not a list item or a
    link: computed once per line."""
    return facts.remember(_PROSE, lambda raw: _prose(facts, raw))


def _prose(facts: LineFacts, raw: str) -> bool:
    # the words of plain_text(raw) are those of the visible text (stripping spaces drops
    # no word); a line that is its visible text is left as it is by plain_text
    if facts.words < PROSE_WORDS or _is_list_or_link(facts):
        return False
    return sentence_count(facts.visible if raw == facts.visible else plain_text(raw)) >= 1


@register_cleaner
@attrs.frozen(repr=False)
class RemoveRelated(LineCleaner):
    """Remove related-content blocks: a heading and the teasers under it.

    Options (keyword-only):

    - ``resume_after_paragraphs``: this many long prose paragraphs in a row end a block (3).
    - ``opening_share``: a heading in this first share of the text only removes itself and
      the list under it (0.2).
    - ``extra_headings``: more headings (end one with ``…`` to let a few words follow).
    - ``comment_sections``: a comments heading ("23 Comments", "Leave a reply",
      "Kommentare") opens a block in the same way, with reason ``comments``, and so do
      three dated signatures of a thread whose heading was lost ("Ann on May 2, 2020 at
      6:34 am said:") below the article's prose (True).

    >>> mine = RemoveRelated(extra_headings=("Weitere Meldungen",))
    >>> mine("Text.\\nWeitere Meldungen\\n- A\\n- B").text
    'Text.'
    """

    name: ClassVar[str] = "remove_related"

    resume_after_paragraphs: int = attrs.field(
        default=3, kw_only=True, validator=attrs.validators.ge(1)
    )
    opening_share: float = attrs.field(
        default=0.2, kw_only=True, converter=float,
        validator=[attrs.validators.ge(0), attrs.validators.le(1)],
    )  # fmt: skip
    extra_headings: tuple[str, ...] = attrs.field(default=(), kw_only=True, converter=tuple_of_str)
    comment_sections: bool = attrs.field(
        default=True, kw_only=True, validator=attrs.validators.instance_of(bool)
    )
    _table: PhraseTable = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_table", related_table(self.extra_headings))

    def label(self, page: Page) -> dict[int, LineLabel]:
        """The lines of the related-content and comment blocks of ``page``."""
        lines = page.lines
        marks: dict[int, LineLabel] = {}
        # computed once, on the first heading: prose per line, comment marks
        prose: _Prose | None = None
        comment_marks: list[int] | None = None
        for first, after in [*_teaser_series(page), *_cut_teasers(page)]:
            for k in range(first, after):
                marks[k] = _LABELS[Reason.RELATED_CONTENT]
        i = 0
        while i < len(lines):
            reason = self._heading_reason(page.facts(i))
            if reason is None:
                i += 1
                continue
            prose = _Prose.of(page) if prose is None else prose
            end = self._block(page, i, prose)
            if end is None:
                i += 1
                continue
            if reason is Reason.COMMENTS:
                if comment_marks is None:
                    comment_marks = [k for k in page.nonblank() if _is_comment_mark(page.facts(k))]
                if prose.total[i] and _thread_under(page, comment_marks, i):
                    # below the article, a heading over its thread is no opening box: the
                    # block runs to where the article would resume, and on through the thread
                    end = max(end, self._to_resume(page, i + 1, i))
                through = _thread_end(page, comment_marks, i, end)
                end = end if through is None else through
            for k in range(i, end):
                marks[k] = _LABELS[reason]
            i = end
        # a thread whose heading the scraper or an earlier step left out ("Comments are
        # closed." under it opens a block of its own)
        thread = _signed_thread(page, prose) if self.comment_sections else None
        if thread is not None and not any(
            k < thread[0] and m.reason is Reason.COMMENTS for k, m in marks.items()
        ):
            for k in range(*thread):
                marks.setdefault(k, _LABELS[Reason.COMMENTS])
        return marks

    def _heading_reason(self, facts: LineFacts) -> Reason | None:
        """The reason of the block a line would open as a heading, if it is one."""
        if facts.blank or len(facts.text) > 300 or is_list_item(facts.text):
            return None
        visible = facts.visible
        if self.comment_sections and comment_count(visible):
            return Reason.COMMENTS
        if facts.words > MAX_HEADING_WORDS:
            return None
        text = line_phrase(facts)
        if match_text(text, self._table, max_words=MAX_HEADING_WORDS) is not None:
            return Reason.RELATED_CONTENT
        if self.comment_sections and comments_phrase(text):
            return Reason.COMMENTS
        return None

    def _is_heading(self, facts: LineFacts) -> bool:
        return self._heading_reason(facts) is not None

    def _block(self, page: Page, i: int, prose: _Prose | None = None) -> int | None:
        """The index after the block that line ``i`` opens, or ``None``. ``prose`` is
        ``_Prose.of(page)``, computed here if not given."""
        if not self._is_heading(page.facts(i)):
            return None
        lines = page.lines
        last = i
        k = i + 1
        while True:  # headings right under the heading go with it
            while k < len(lines) and lines[k].is_blank:
                k += 1
            if k == len(lines):
                return None  # a heading with nothing under it may be anything
            if not self._is_heading(page.facts(k)):
                break
            last = k
            k += 1
        if _is_prose(page.facts(k)):
            return None
        end = self._to_resume(page, k, last)
        prose = _Prose.of(page) if prose is None else prose
        text = page.text
        if (text and lines[i].start < self.opening_share * len(text)) or prose.article_below(
            i, end
        ):
            # An opening box: the heading and the list or links right under it. So too
            # when the block would take more prose than stands before it and run to the
            # end: the article is below the heading, not above it.
            while k < len(lines):
                if not lines[k].is_blank:
                    if not _is_list_or_link(page.facts(k)):
                        break
                    last = k
                k += 1
            return last + 1
        return end

    def _to_resume(self, page: Page, k: int, last: int) -> int:
        """The index where the article resumes after line ``k`` (``resume_after_paragraphs``
        prose paragraphs in a row), or after the last non-blank line."""
        lines = page.lines
        run = 0  # consecutive prose paragraphs
        run_start = k
        while k < len(lines):
            if not lines[k].is_blank:
                if _is_prose(page.facts(k)):
                    if run == 0:
                        run_start = k
                    run += 1
                    if run >= self.resume_after_paragraphs:
                        return run_start
                else:
                    run = 0
                last = k
            k += 1
        return last + 1
