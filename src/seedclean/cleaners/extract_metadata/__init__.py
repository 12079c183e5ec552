"""``extract_metadata``: move the title, byline, date and the rest out of the body into a record.

Pages print their metadata as text around the article: a headline (often twice), a kicker
or section, a byline, a date, a reading time, a standfirst, a language switcher, topic
lists, an author bio at the end. This cleaner reads them into the document's
:class:`~seedclean.document.Metadata` and removes their lines from the text, one audited
edit per line (reasons ``title``, ``subtitle``, ``byline``, ``dateline``,
``reading_time``, ``section``, ``translations``, ``tags``, ``author_bio``).

It looks where the metadata of the *article* is: the main-content locator
(:meth:`LocateContent.region <seedclean.cleaners.LocateContent.region>`) gives the start
of the body, and the title, byline and date are searched among the lines just before it
(and the first few lines of it). Dates of teasers, comments and related items further
down are never taken. A wrong value is worse than none: each field needs evidence (a
title is a heading-like line next to a byline or date, repeated, or marked as a heading;
a byline must read like names), otherwise it stays unknown.

>>> page = ("Menu\\nHome\\n\\nA Headline About Something\\n\\nBy Ann Example and Bob Example\\n"
...         "Dec 18, 2020 | 4 min read\\n\\n" + "The article says what it says, in words. " * 5)
>>> doc = ExtractMetadata()(page)
>>> doc.metadata.title, doc.metadata.authors, doc.metadata.date, doc.metadata.reading_time
('A Headline About Something', ('Ann Example', 'Bob Example'), datetime.date(2020, 12, 18), 4)
>>> [(e.reason.value, e.old.strip()) for e in doc.audit]  # doctest: +NORMALIZE_WHITESPACE
[('title', 'A Headline About Something'), ('byline', 'By Ann Example and Bob Example'),
 ('dateline', 'Dec 18, 2020 | 4 min read')]

The code is split by what it decides:

- :mod:`.page`: how the page is read (its lines, the article's region, the window of
  lines around the body start, distances between lines);
- :mod:`.vocabulary`: the patterns and word lists;
- :mod:`.names`: person names, bylines, author links and boxes, and the authors;
- :mod:`.title`: the headline, with the weights it is scored by;
- :mod:`.datelines`: date lines, and the date;
- :mod:`.header`: reading time, translations, "About the author", section, standfirst;
- :mod:`.tail`: the author's bio, tags and regions after the article;
- :mod:`.record`: what a run has found so far;
- :mod:`.extraction`: one run, step by step, and the passes over what it leaves.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

import attrs

from ...document import Change, Document, Metadata
from ...lines import removal_spans, split_lines
from ...pipeline import SpanCleaner, as_document, register_cleaner
from .extraction import extract
from .names import credit_line, glued_name, is_person_name
from .page import home_link, read_page
from .record import Found
from .title import cut_copies, dated_run, glued_copy, in_run

__all__ = ["ExtractMetadata", "is_person_name"]

# The rules the tests check one by one, under the names they had when this was a single
# module.
_credit_line = credit_line
_cut_copies = cut_copies
_dated_run = dated_run
_glued_copy = glued_copy
_glued_name = glued_name
_home_link = home_link
_in_run = in_run

# How far from the start of the body the title, byline and date are looked for, in
# non-blank lines (the defaults of the options ``before`` and ``after``).
_BEFORE = 30
_AFTER = 8


@register_cleaner
@attrs.frozen(repr=False)
class ExtractMetadata(SpanCleaner):
    """Read the title, authors, date and the rest into ``Document.metadata`` and remove
    their lines from the text.

    Options (keyword-only):

    - ``remove``: move the lines out of the body (default); ``False`` only fills the record.
    - ``before``/``after``: how many non-blank lines before and after the start of the body
      are searched for the title, byline and date (30 and 8).
    - ``author_from_bio``: take the author from a closing bio ("Ann Example is a reporter
      at ...") when no byline names one (default true).

    >>> ExtractMetadata(remove=False)("Title Of The Piece\\nBy Ann Example\\n\\nBody.").text
    'Title Of The Piece\\nBy Ann Example\\n\\nBody.'
    """

    name: ClassVar[str] = "extract_metadata"

    remove: bool = attrs.field(default=True, kw_only=True)
    before: int = attrs.field(default=_BEFORE, kw_only=True, validator=attrs.validators.ge(0))
    after: int = attrs.field(default=_AFTER, kw_only=True, validator=attrs.validators.ge(0))
    author_from_bio: bool = attrs.field(default=True, kw_only=True)

    def find(self, text: str) -> Iterable[Change]:
        return self._changes(text, self.extract(text))

    def metadata(self, text: str, *, step: int = 0) -> Metadata:
        """The record read from ``text``, its sources pointing into ``text`` as the input
        of step ``step``.

        >>> ExtractMetadata().metadata("Title Of The Piece\\nBy Ann Example\\n\\nBody.").authors
        ('Ann Example',)
        """
        found = self.extract(text, step=step)
        return found.metadata

    def __call__(self, doc: Document | str, /) -> Document:
        doc = as_document(doc)
        found = self.extract(doc.text, step=len(doc.steps))
        out = doc.apply(self.name, self._changes(doc.text, found))
        return attrs.evolve(out, metadata=doc.metadata.merged(found.metadata))

    def _changes(self, text: str, found: Found) -> list[Change]:
        if not self.remove or not found.removals:
            return []
        lines = split_lines(text)
        spans = removal_spans(text, lines, found.removals)
        return [
            Change(spans[i][0], spans[i][1], found.removals[i]) for i in sorted(found.removals)
        ]

    # ------------------------------------------------------------------ extraction

    def extract(self, text: str, *, step: int = 0) -> Found:
        """Everything the extractor decides about ``text``.

        Taking lines out can bring others closer to the body, or leave a heading without
        the byline that made it look like a teaser; so the extractor runs again on what
        it leaves, until it finds nothing more (at most
        :data:`~seedclean.cleaners.extract_metadata.extraction.MAX_PASSES` times), and running
        it on its own output changes nothing.
        """
        return extract(self, read_page(text), step=step)
