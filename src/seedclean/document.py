"""The typed core: :class:`Document`, its :class:`Metadata` and its audit log of :class:`Edit`.

A document is immutable. Every cleaner takes a document and returns a new one whose
``audit`` has grown by the edits that cleaner made. Each edit names the cleaner, a
:class:`Reason`, the span it touched (offsets into the text *that cleaner received*) and
the text it removed or replaced, so the log can be replayed on the input to reproduce the
output exactly:

>>> doc = Document("Hello  world ")
>>> doc = doc.apply("demo", [Change(12, 13, Reason.TRAILING_WHITESPACE)])
>>> doc.text
'Hello  world'
>>> doc.audit[0].old, doc.audit[0].span
(' ', (12, 13))
>>> replay(doc.original, doc.audit) == doc.text
True
"""

from __future__ import annotations

import datetime as dt
import enum
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from .page import Page

__all__ = [
    "Change",
    "Document",
    "Edit",
    "FieldSource",
    "Metadata",
    "Reason",
    "apply_edits",
    "removed_by_reason",
    "replay",
]


class Reason(enum.StrEnum):
    """Why a cleaner changed or removed a piece of text.

    The value is the stable string written to JSON. Cleaners written outside seedclean may
    use their own ``str``-valued :class:`enum.Enum`; everything that reads reasons only
    relies on ``reason.value``.

    >>> Reason.MOJIBAKE.value
    'mojibake'
    >>> Reason("html_entity") is Reason.HTML_ENTITY
    True
    """

    # Encoding repair (ftfy).
    MOJIBAKE = "mojibake"
    HTML_ENTITY = "html_entity"
    CONTROL_CHARACTER = "control_character"
    LINE_BREAK = "line_break"
    TERMINAL_ESCAPE = "terminal_escape"
    SURROGATE = "surrogate"
    LIGATURE = "ligature"
    CHARACTER_WIDTH = "character_width"
    CURLY_QUOTE = "curly_quote"
    # Whitespace and Unicode hygiene.
    EXOTIC_SPACE = "exotic_space"
    ZERO_WIDTH = "zero_width"
    SOFT_HYPHEN = "soft_hyphen"
    INNER_WHITESPACE = "inner_whitespace"
    TRAILING_WHITESPACE = "trailing_whitespace"
    BLANK_LINES = "blank_lines"
    UNICODE_NORMALIZATION = "unicode_normalization"
    # Markup left by the scraper.
    LINK_URL = "link_url"
    IMAGE = "image"
    MARKUP = "markup"
    # Boilerplate around the article.
    NAVIGATION = "navigation"
    LANGUAGE_SWITCHER = "language_switcher"
    SOCIAL = "social"
    NEWSLETTER = "newsletter"
    READ_MORE = "read_more"
    COOKIE_NOTICE = "cookie_notice"
    ADVERTISEMENT = "advertisement"
    FOOTER = "footer"
    ACCOUNT = "account"
    COMMENTS = "comments"
    UI_TEXT = "ui_text"
    USER_PHRASE = "user_phrase"
    RELATED_CONTENT = "related_content"
    CAPTION = "caption"
    DUPLICATE = "duplicate"
    PULL_QUOTE = "pull_quote"
    #: A line found in many documents of the corpus (``remove_corpus_lines``).
    CORPUS_REPEAT = "corpus_repeat"
    LOW_CONTENT_SCORE = "low_content_score"
    OUTSIDE_MAIN_CONTENT = "outside_main_content"
    # Metadata moved out of the body into Document.metadata.
    TITLE = "title"
    SUBTITLE = "subtitle"
    BYLINE = "byline"
    DATELINE = "dateline"
    READING_TIME = "reading_time"
    SECTION = "section"
    TAGS = "tags"
    TRANSLATIONS = "translations"
    AUTHOR_BIO = "author_bio"
    # Anything a user-defined cleaner wants to say that has no better name.
    OTHER = "other"


@attrs.frozen(slots=True)
class Change:
    """A change a cleaner proposes: replace ``text[start:end]`` by ``new``.

    Cleaners return changes; :meth:`Document.apply` checks them and turns them into
    :class:`Edit` records. ``score`` and ``threshold`` say what decided the change when a
    score did; ``context_free`` and ``revised`` are a classifier's two labels of the
    line, when it has them (the class the line got on its own, and the one its neighbours
    gave it); ``features`` are the features that weighed most in a learned score, each
    with what it added to the score's log-odds (:mod:`seedclean.line_scorer`).

    >>> Change(0, 3, Reason.OTHER)  # doctest: +NORMALIZE_WHITESPACE
    Change(start=0, end=3, reason=<Reason.OTHER: 'other'>, new='', score=None,
           threshold=None, context_free=None, revised=None, features=None)
    """

    start: int
    end: int
    reason: enum.Enum
    new: str = ""
    score: float | None = None
    threshold: float | None = None
    context_free: str | None = attrs.field(default=None, kw_only=True)
    revised: str | None = attrs.field(default=None, kw_only=True)
    features: Sequence[tuple[str, float]] | None = attrs.field(default=None, kw_only=True)


@attrs.frozen(slots=True)
class Edit:
    """One recorded change in a document's audit log.

    ``start``/``end`` are offsets into the text that step ``step`` received, and
    ``old == that_text[start:end]``. ``new`` is what replaced it (``""`` for a removal).
    ``reverted`` is true when the pipeline's guard undid the whole step. ``score``,
    ``threshold``, ``context_free``, ``revised`` and ``features`` are what decided it, as
    in :class:`Change`.

    >>> e = Edit(step=0, cleaner="demo", reason=Reason.ZERO_WIDTH, start=1, end=2,
    ...          old="\\u200b", new="")
    >>> e.span, e.is_removal
    ((1, 2), True)
    """

    step: int
    cleaner: str
    reason: enum.Enum
    start: int
    end: int
    old: str
    new: str = ""
    score: float | None = None
    threshold: float | None = None
    reverted: bool = False
    #: A classifier's label of the line on its own, and once its neighbours were read.
    context_free: str | None = attrs.field(default=None, kw_only=True)
    revised: str | None = attrs.field(default=None, kw_only=True)
    #: The features that weighed most in a learned score, with their contributions.
    features: Sequence[tuple[str, float]] | None = attrs.field(default=None, kw_only=True)

    @property
    def span(self) -> tuple[int, int]:
        """The ``(start, end)`` offsets of the edit in the text its step received."""
        return (self.start, self.end)

    @property
    def is_removal(self) -> bool:
        """True when the edit removed text without putting anything in its place."""
        return not self.new

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict; ``score``/``threshold`` only appear when set.

        >>> Edit(0, "demo", Reason.BLANK_LINES, 3, 6, "\\n\\n\\n", "\\n\\n").to_json()["reason"]
        'blank_lines'
        """
        out: dict[str, Any] = {
            "step": self.step,
            "cleaner": self.cleaner,
            "reason": self.reason.value,
            "start": self.start,
            "end": self.end,
            "text": self.old,
            "replacement": self.new,
        }
        if self.score is not None:
            out["score"] = self.score
        if self.threshold is not None:
            out["threshold"] = self.threshold
        if self.context_free is not None:
            out["context_free"] = self.context_free
        if self.revised is not None:
            out["revised"] = self.revised
        if self.features is not None:
            out["features"] = [
                {"name": name, "contribution": value} for name, value in self.features
            ]
        if self.reverted:
            out["reverted"] = True
        return out


@attrs.frozen(slots=True)
class FieldSource:
    """Where a metadata field was read from: a span of the text step ``step`` received.

    ``confidence`` is the extractor's own estimate, between 0 and 1. A field with several
    values (``authors``, ``tags``) has one source per value.

    >>> FieldSource("title", 2, 0, 10, 0.9)
    FieldSource(field='title', step=2, start=0, end=10, confidence=0.9)
    """

    field: str
    step: int
    start: int
    end: int
    confidence: float = 1.0


def _edit_tuple(value: Iterable[Edit]) -> tuple[Edit, ...]:
    return tuple(value)


def _source_tuple(value: Iterable[FieldSource]) -> tuple[FieldSource, ...]:
    return tuple(value)


def tuple_of_str(value: Iterable[str]) -> tuple[str, ...]:
    """Converter for options and fields that hold several strings: a list becomes a
    tuple, and a lone string is refused (it would become a tuple of its characters).

    >>> tuple_of_str(["a", "b"])
    ('a', 'b')
    """
    if isinstance(value, str):
        raise TypeError("expected a sequence of strings, not a single string")
    return tuple(value)


@attrs.frozen(slots=True)
class Metadata:
    """What a page says about its article: title, authors, date and the rest.

    Every field is optional; an unknown value is ``None`` (or empty), never a guess.
    ``sources`` records where each value was read from. ``regions`` (the places a page
    files its article under) is keyword-only, so positional construction is unchanged.

    >>> m = Metadata(title="A headline", authors=["Ann Example"])
    >>> m.authors
    ('Ann Example',)
    >>> m.to_json()["date"] is None
    True
    >>> attrs.evolve(m, date=dt.date(2020, 12, 18)).to_json()["date"]
    '2020-12-18'
    """

    title: str | None = None
    subtitle: str | None = None
    authors: tuple[str, ...] = attrs.field(default=(), converter=tuple_of_str)
    date: dt.date | None = None
    updated: dt.date | None = None
    section: str | None = None
    tags: tuple[str, ...] = attrs.field(default=(), converter=tuple_of_str)
    regions: tuple[str, ...] = attrs.field(default=(), converter=tuple_of_str, kw_only=True)
    reading_time: int | None = None
    language: str | None = None
    author_bio: str | None = None
    translations: tuple[str, ...] = attrs.field(default=(), converter=tuple_of_str)
    sources: tuple[FieldSource, ...] = attrs.field(default=(), converter=_source_tuple)

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict: dates as ISO 8601 strings, tuples as lists."""
        out: dict[str, Any] = {}
        for field in attrs.fields(Metadata):
            value = getattr(self, field.name)
            if isinstance(value, dt.date):
                value = value.isoformat()
            elif field.name == "sources":
                value = [attrs.asdict(s) for s in value]
            elif isinstance(value, tuple):
                value = list(value)
            out[field.name] = value
        return out

    def is_empty(self) -> bool:
        """True when no field holds a value.

        >>> Metadata().is_empty(), Metadata(title="T").is_empty()
        (True, False)
        """
        return self == Metadata()

    def merged(self, other: Metadata) -> Metadata:
        """This record with its unknown fields filled from ``other`` (and their sources).

        A value already known wins: a later step never overwrites what an earlier one found.

        >>> a = Metadata(title="First", sources=[FieldSource("title", 0, 0, 5)])
        >>> b = Metadata(title="Second", authors=["Ann Example"],
        ...              sources=[FieldSource("title", 1, 0, 6), FieldSource("authors", 1, 9, 20)])
        >>> m = a.merged(b)
        >>> m.title, m.authors, [(s.field, s.step) for s in m.sources]
        ('First', ('Ann Example',), [('title', 0), ('authors', 1)])
        """
        changes: dict[str, Any] = {}
        taken: set[str] = set()
        for field in attrs.fields(Metadata):
            if field.name == "sources":
                continue
            mine, theirs = getattr(self, field.name), getattr(other, field.name)
            if mine in (None, ()) and theirs not in (None, ()):
                changes[field.name] = theirs
                taken.add(field.name)
        if not changes:
            return self
        extra = tuple(s for s in other.sources if s.field in taken)
        return attrs.evolve(self, sources=self.sources + extra, **changes)


def _check_changes(text: str, changes: Iterable[Change], cleaner: str) -> Iterator[Change]:
    """Yield the changes that do something, after checking they are in order and in range."""
    last_end = 0
    n = len(text)
    for c in changes:
        if not (0 <= c.start <= c.end <= n):
            raise ValueError(
                f"cleaner {cleaner!r} proposed span ({c.start}, {c.end}) outside a text "
                f"of {n} characters"
            )
        if c.start < last_end:
            raise ValueError(
                f"cleaner {cleaner!r} proposed overlapping or unsorted changes at "
                f"offset {c.start} (previous change ended at {last_end})"
            )
        last_end = c.end
        if text[c.start : c.end] != c.new:
            yield c


def _splice(text: str, spans: Sequence[tuple[int, int, str]]) -> str:
    """Replace each sorted, non-overlapping ``(start, end, new)`` span of ``text``."""
    if not spans:
        return text
    parts: list[str] = []
    pos = 0
    for start, end, new in spans:
        parts.append(text[pos:start])
        parts.append(new)
        pos = end
    parts.append(text[pos:])
    return "".join(parts)


def apply_edits(text: str, edits: Sequence[Edit]) -> str:
    """Apply the edits of *one* step to the text that step received.

    Raises :class:`ValueError` if an edit's ``old`` text is not what the text holds at
    its span, so a replay that succeeds proves the offsets are exact.

    >>> apply_edits("a\\u00a0b", [Edit(0, "x", Reason.EXOTIC_SPACE, 1, 2, "\\u00a0", " ")])
    'a b'
    """
    spans: list[tuple[int, int, str]] = []
    last_end = 0
    for e in sorted(edits, key=lambda e: (e.start, e.end)):
        if e.start < last_end:
            raise ValueError(f"edits overlap at offset {e.start}")
        if text[e.start : e.end] != e.old:
            raise ValueError(
                f"edit at ({e.start}, {e.end}) expected {e.old!r}, "
                f"found {text[e.start : e.end]!r}"
            )
        spans.append((e.start, e.end, e.new))
        last_end = e.end
    return _splice(text, spans)


def replay(text: str, audit: Iterable[Edit]) -> str:
    """Replay an audit log on the input text; the result is the cleaned text.

    Edits are grouped by step and each group is applied to the output of the previous
    one. Reverted edits (undone by the guard) are skipped.

    >>> doc = Document("a  \\n\\n\\n\\nb")
    >>> doc = doc.apply("demo", [Change(1, 3, Reason.TRAILING_WHITESPACE),
    ...                          Change(3, 7, Reason.BLANK_LINES, new="\\n\\n")])
    >>> replay("a  \\n\\n\\n\\nb", doc.audit)
    'a\\n\\nb'
    """
    by_step: dict[int, list[Edit]] = {}
    for e in audit:
        if not e.reverted:
            by_step.setdefault(e.step, []).append(e)
    for step in sorted(by_step):
        text = apply_edits(text, by_step[step])
    return text


def removed_by_reason(doc: Document) -> dict[str, int]:
    """Characters removed from ``doc``'s text, by reason, biggest first (applied edits only).

    >>> doc = Document("ab  c").apply("demo", [Change(2, 4, Reason.TRAILING_WHITESPACE)])
    >>> removed_by_reason(doc)
    {'trailing_whitespace': 2}
    """
    counts: Counter[str] = Counter()
    for e in doc.audit:
        if not e.reverted and len(e.old) > len(e.new):
            counts[e.reason.value] += len(e.old) - len(e.new)
    return dict(counts.most_common())


@attrs.frozen
class Document:
    """A text, what is known about it, and the audit log of how it got that way.

    ``original`` is the text the document was created with; ``steps`` names the cleaners
    applied so far, in order (``Edit.step`` indexes it).

    >>> doc = Document("Some text")
    >>> doc.original is doc.text, doc.steps, doc.audit
    (True, (), ())
    """

    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    metadata: Metadata = attrs.field(factory=Metadata)
    audit: tuple[Edit, ...] = attrs.field(default=(), converter=_edit_tuple)
    steps: tuple[str, ...] = attrs.field(default=(), converter=tuple_of_str)
    original: str = attrs.field(
        default=attrs.Factory(lambda self: self.text, takes_self=True)
    )
    # The line model of ``text`` (see :meth:`page`), when one was built; not part of
    # what the document *is*, so equality, hashing and the repr ignore it.
    _page: Any = attrs.field(default=None, eq=False, repr=False, kw_only=True)

    def page(self) -> Page:
        """The line model of ``text`` (:class:`seedclean.page.Page`), built on first use
        and kept with the document; a line cleaner hands the next one its page this way,
        so the text is split into lines once.

        >>> doc = Document("a\\nb")
        >>> doc.page() is doc.page(), [line.text for line in doc.page().lines]
        (True, ['a', 'b'])
        """
        page = self._page
        if page is None or page.text is not self.text:
            from .page import Page  # the page module builds on this one

            page = Page.of(self.text)
            object.__setattr__(self, "_page", page)
        return page  # type: ignore[no-any-return]

    def with_page(self, page: Page) -> Document:
        """This document carrying ``page`` as its line model, if ``page`` is of its text
        (otherwise the document as it is).

        >>> from seedclean.page import Page
        >>> doc = Document("a")
        >>> page = Page.of("a")
        >>> doc.with_page(page).page() is page, Document("b").with_page(page).page() is page
        (True, False)
        """
        if not page.share(self.text):  # the page takes the document's string as its own
            return self
        object.__setattr__(self, "_page", page)
        return self

    def apply(self, cleaner: str, changes: Iterable[Change]) -> Document:
        """Return a new document with ``changes`` applied as the next step, ``cleaner``.

        Changes must be sorted and must not overlap; changes that would not alter the
        text are dropped. The step is recorded in ``steps`` even when nothing changed.

        >>> Document("x\\u200by").apply("demo", [Change(1, 2, Reason.ZERO_WIDTH)]).text
        'xy'
        """
        step = len(self.steps)
        text = self.text
        kept = list(_check_changes(text, changes, cleaner))
        edits = tuple(
            Edit(
                step=step,
                cleaner=cleaner,
                reason=c.reason,
                start=c.start,
                end=c.end,
                old=text[c.start : c.end],
                new=c.new,
                score=c.score,
                threshold=c.threshold,
                context_free=c.context_free,
                revised=c.revised,
                features=c.features,
            )
            for c in kept
        )
        new_text = _splice(text, [(c.start, c.end, c.new) for c in kept])
        return attrs.evolve(
            self, text=new_text, audit=self.audit + edits, steps=(*self.steps, cleaner)
        )

    def edits_of(self, step: int) -> tuple[Edit, ...]:
        """The edits recorded for one step."""
        return tuple(e for e in self.audit if e.step == step)

    @property
    def removed_share(self) -> float:
        """Share of the original characters that are gone from the text (0 for empty input).

        >>> Document("abcd").apply("demo", [Change(0, 1, Reason.OTHER)]).removed_share
        0.25
        """
        if not self.original:
            return 0.0
        return max(0.0, 1.0 - len(self.text) / len(self.original))
