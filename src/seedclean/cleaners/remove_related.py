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

from collections.abc import Iterator
from enum import Enum
from typing import ClassVar

import attrs
import regex

from ..document import Change, Reason, tuple_of_str
from ..lines import Line, link_density, plain_text, sentence_count, split_lines, word_count
from ..phrases import COMMENT_COUNT, PhraseTable, phrase_table, related_table
from ..pipeline import SpanCleaner, register_cleaner
from .remove_boilerplate import line_changes, match_phrase

__all__ = ["RemoveRelated"]

#: A heading has at most this many words (decorations included).
MAX_HEADING_WORDS = 8
#: A prose paragraph has at least this many words and ends a sentence.
PROSE_WORDS = 12
#: Lines of a teaser block (short lines) have at most this many words.
SHORT_WORDS = 20

_LIST_ITEM = regex.compile(r"^\s*+(?:[*+\-•·]|\d{1,3}[.)])\s++")


# The lines a comment thread repeats for each comment: "12. Name says:", "Name wrote:",
# "November 19, 2019 at 6:34 am", "3 days ago". Only looked for on short lines.
_COMMENT_SIGNATURE = regex.compile(
    r"^\s*+(?:\d{1,4}[.)]\s*+)?\S[^\n]{0,60}?\s(?:says|said|wrote|replied|sagt|schreibt"
    r"|schrieb|dit|écrit|a écrit|dice|dijo|escribió|scrive|ha scritto|disse|diz|escreveu"
    r"|zegt|schreef|пишет|написал|написала)\s*+:?\s*+$",
    regex.IGNORECASE,
)
_COMMENT_STAMP = regex.compile(
    r"^\s*+(?=[^\n]{0,60}$)(?:[^\n]*?\b(?:19|20)\d\d\b[^\n]*?\b\d{1,2}:\d\d\b"
    r"|[^\n]*?\b\d{1,2}:\d\d\b[^\n]*?\b(?:19|20)\d\d\b"
    r"|(?:about\s++)?\d{1,3}\s++(?:minute|hour|day|week|month|year)s?\s++ago\b)",
    regex.IGNORECASE,
)
#: A comment block runs at least to its last comment signature or time stamp, if it has
#: this many.
MIN_COMMENT_MARKS = 2


def _is_comment_mark(raw: str) -> bool:
    """Whether ``raw`` is a line a comment thread repeats for each comment.

    >>> [_is_comment_mark(s) for s in ("3. Ann says:", "May 2, 2020 at 6:34 am",
    ...     "2 days ago", "He says it is fine.", "At 6:30 the game began.")]
    [True, True, True, False, False]
    """
    if len(raw) > 100:
        return False
    return bool(_COMMENT_SIGNATURE.match(raw) or _COMMENT_STAMP.match(raw))


def _is_list_or_link(raw: str) -> bool:
    return bool(_LIST_ITEM.match(raw)) or ("](" in raw and link_density(raw) >= 0.5)


def _is_prose(raw: str) -> bool:
    if _is_list_or_link(raw):
        return False
    visible = plain_text(raw)
    return word_count(visible) >= PROSE_WORDS and sentence_count(visible) >= 1


@register_cleaner
@attrs.frozen(repr=False)
class RemoveRelated(SpanCleaner):
    """Remove related-content blocks: a heading and the teasers under it.

    Options (keyword-only):

    - ``resume_after_paragraphs``: this many long prose paragraphs in a row end a block (3).
    - ``opening_share``: a heading in this first share of the text only removes itself and
      the list under it (0.2).
    - ``extra_headings``: more headings (end one with ``…`` to let a few words follow).
    - ``comment_sections``: a comments heading ("23 Comments", "Leave a reply",
      "Kommentare") opens a block in the same way, with reason ``comments`` (True).

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
    _comments: PhraseTable | None = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_table", related_table(self.extra_headings))
        comments = phrase_table(("comments",)) if self.comment_sections else None
        object.__setattr__(self, "_comments", comments)

    def find(self, text: str) -> Iterator[Change]:
        lines = split_lines(text)
        marks: dict[int, Enum] = {}
        i = 0
        while i < len(lines):
            reason = self._heading_reason(lines[i])
            end = None if reason is None else self._block(text, lines, i)
            if reason is None or end is None:
                i += 1
                continue
            if reason is Reason.COMMENTS:
                end = self._through_comments(lines, i, end)
            for k in range(i, end):
                marks[k] = reason
            i = end
        return iter(line_changes(text, lines, marks))

    @staticmethod
    def _through_comments(lines: list[Line], i: int, end: int) -> int:
        """Extend a comment block that ends at ``end`` through the last comment mark
        after its heading, and the comment under that mark, when the thread has at least
        ``MIN_COMMENT_MARKS`` marks: a long comment is prose, but not the article
        resuming."""
        marks = [k for k in range(i + 1, len(lines)) if _is_comment_mark(lines[k].text)]
        if len(marks) < MIN_COMMENT_MARKS or marks[-1] < end:
            return end
        k = marks[-1] + 1
        while k < len(lines) and (lines[k].is_blank or _is_comment_mark(lines[k].text)):
            k += 1
        # the last comment: its lines up to the next blank line
        while k < len(lines) and not lines[k].is_blank:
            k += 1
        return k

    def _heading_reason(self, line: Line) -> Reason | None:
        """The reason of the block ``line`` would open as a heading, if it is one."""
        if line.is_blank or len(line.text) > 300 or _LIST_ITEM.match(line.text):
            return None
        visible = plain_text(line.text).strip()
        if self._comments is not None and COMMENT_COUNT.match(visible[:200]):
            return Reason.COMMENTS
        if word_count(visible) > MAX_HEADING_WORDS:
            return None
        if match_phrase(visible, self._table, max_words=MAX_HEADING_WORDS) is not None:
            return Reason.RELATED_CONTENT
        if self._comments is not None and match_phrase(
            visible, self._comments, max_words=MAX_HEADING_WORDS
        ):
            return Reason.COMMENTS
        return None

    def _is_heading(self, line: Line) -> bool:
        return self._heading_reason(line) is not None

    def _block(self, text: str, lines: list[Line], i: int) -> int | None:
        """The index after the block that line ``i`` opens, or ``None``."""
        if not self._is_heading(lines[i]):
            return None
        last = i
        k = i + 1
        while True:  # headings right under the heading go with it
            while k < len(lines) and lines[k].is_blank:
                k += 1
            if k == len(lines):
                return None  # a heading with nothing under it may be anything
            if not self._is_heading(lines[k]):
                break
            last = k
            k += 1
        if _is_prose(lines[k].text):
            return None
        if text and lines[i].start < self.opening_share * len(text):
            # an opening box: the heading and the list or links right under it
            while k < len(lines):
                if not lines[k].is_blank:
                    if not _is_list_or_link(lines[k].text):
                        break
                    last = k
                k += 1
            return last + 1
        run = 0  # consecutive prose paragraphs
        run_start = None
        while k < len(lines):
            line = lines[k]
            if not line.is_blank:
                if _is_prose(line.text):
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
