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

- :mod:`.reading`: how the page is read (its lines, the article's region, the window of
  lines around the body start, distances between lines);
- :mod:`.vocabulary`: the patterns and word lists;
- :mod:`.names`: person names, bylines, author links and boxes, and the authors;
- :mod:`.title`: the headline: which lines may be it, and what the page says of each;
- :mod:`.headline_score`: the weights of that evidence, and which line wins;
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

from ...document import Change, Document, Metadata, Reason
from ...language import check_detector, default_detector
from ...page import LineLabel, Page, Render
from ...pipeline import LineCleaner, as_document, register_cleaner
from ..locate_content import LocateContent
from .extraction import extract
from .headline_score import Weights
from .names import credit_line, glued_name, is_person_name
from .reading import home_link, read_page
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
class ExtractMetadata(LineCleaner):
    """Read the title, authors, date and the rest into ``Document.metadata`` and remove
    their lines from the text.

    Options (keyword-only):

    - ``remove``: move the lines out of the body (default); ``False`` only fills the record.
    - ``before``/``after``: how many non-blank lines before and after the start of the body
      are searched for the title, byline and date (30 and 8).
    - ``author_from_bio``: take the author from a closing bio ("Ann Example is a reporter
      at ...") when no byline names one (default true).
    - ``update_as_date``: when the page prints only an update date ("Updated Nov 7,
      2012") and no publication date, take it as ``date`` too, with a lower confidence
      in its source (default true); ``False`` leaves ``date`` unknown then. ``updated``
      holds the update either way.
    - ``language_detector``: how ``metadata.language`` is found (see
      :mod:`seedclean.language`): ``"cld2"`` (the default when the ``langid`` extra is
      installed) or ``"stopwords"`` (the default otherwise). It is an option so that the
      pipeline's configuration and fingerprint say which one ran.
    - ``title_weights``: the file of weights the headline is chosen by (see
      :mod:`.headline_score`), ``{kind}`` in it standing for ``markdown`` or ``plain``
      (the kind of text around the body start); empty (the default) for the shipped ones.
      A name with no ``/`` is one of the package's data files.

    >>> ExtractMetadata(remove=False)("Title Of The Piece\\nBy Ann Example\\n\\nBody.").text
    'Title Of The Piece\\nBy Ann Example\\n\\nBody.'
    """

    name: ClassVar[str] = "extract_metadata"

    remove: bool = attrs.field(default=True, kw_only=True)
    before: int = attrs.field(default=_BEFORE, kw_only=True, validator=attrs.validators.ge(0))
    after: int = attrs.field(default=_AFTER, kw_only=True, validator=attrs.validators.ge(0))
    author_from_bio: bool = attrs.field(default=True, kw_only=True)
    update_as_date: bool = attrs.field(default=True, kw_only=True)
    language_detector: str = attrs.field(
        factory=default_detector, kw_only=True, converter=check_detector
    )
    title_weights: str = attrs.field(default="", kw_only=True)

    def __attrs_post_init__(self) -> None:
        # a file that cannot be read fails here, not on the first page
        Weights.load(self.title_weights)
        Weights.load(self.title_weights, markdown=True)

    def find(self, text: str) -> Iterable[Change]:
        page = Page.of(text)
        return self._render(page, self.extract(page)).changes

    def label(self, page: Page) -> dict[int, LineLabel]:
        """The lines of ``page`` that the record is read from (none when ``remove`` is
        false); :meth:`__call__` also fills the record."""
        found = self.extract(page)
        if not self.remove:
            return {}
        return {k: _LABELS[reason] for k, reason in found.removals.items()}

    def metadata(self, text: str, *, step: int = 0) -> Metadata:
        """The record read from ``text``, its sources pointing into ``text`` as the input
        of step ``step``.

        >>> ExtractMetadata().metadata("Title Of The Piece\\nBy Ann Example\\n\\nBody.").authors
        ('Ann Example',)
        """
        return self.extract(Page.of(text), step=step).metadata

    def __call__(self, doc: Document | str, /) -> Document:
        doc = as_document(doc)
        page = doc.page()
        found = self.extract(page, step=len(doc.steps))
        result = self._render(page, found)
        out = doc.apply(self.name, result.changes).with_page(result.page)
        return attrs.evolve(out, metadata=doc.metadata.merged(found.metadata))

    def _render(self, page: Page, found: Found) -> Render:
        if not self.remove or not found.removals:
            return page.render({})
        return page.render({k: _LABELS[reason] for k, reason in found.removals.items()})

    # ------------------------------------------------------------------ extraction

    def extract(self, text: str | Page, *, step: int = 0) -> Found:
        """Everything the extractor decides about ``text`` (or a page of it).

        The article's region comes from the page's locator (the pipeline's
        ``locate_content``, with its options), or a default one.

        Taking lines out can bring others closer to the body, or leave a heading without
        the byline that made it look like a teaser; so the extractor runs again on what
        it leaves, until it finds nothing more (at most
        :data:`~seedclean.cleaners.extract_metadata.extraction.MAX_PASSES` times), and running
        it on its own output changes nothing.
        """
        page = text if isinstance(text, Page) else Page.of(text)
        locator = page.locator if page.locator is not None else _DEFAULT_LOCATOR
        return extract(self, read_page(page, locator), step=step)


_LABELS = {reason: LineLabel(reason) for reason in Reason}
_DEFAULT_LOCATOR = LocateContent()
