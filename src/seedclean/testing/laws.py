"""The laws every cleaner should obey, as reusable checks.

Each ``check_*`` function checks one law on one input and raises :class:`AssertionError`
with a message that names the law, the cleaner and the input when the law is broken.
:func:`check_cleaner` runs them all with hypothesis on generated text and reports the
smallest input it finds that breaks one:

>>> import seedclean
>>> from seedclean import Change, Reason
>>> @seedclean.cleaner("drop_tabs")
... def drop_tabs(text):
...     return [Change(i, i + 1, Reason.OTHER) for i, c in enumerate(text) if c == "\\t"]
>>> check_cleaner(drop_tabs, max_examples=20)

The laws (:data:`LAWS`):

``never_raises``
    The cleaner returns a :class:`~seedclean.Document` for any ``str``, and leaves its
    ``original`` as it was.
``deterministic``
    The same input gives the same document (text, metadata and audit).
``audit``
    The audit is exact: each edit names its step's cleaner, its ``old`` text is what the
    text that step received holds at its span, a step's edits are sorted, disjoint and
    real changes, and replaying the audit on the input gives the output.
``removes_only``
    No invented text: each edit removes its span, keeps a part of it, or (for a
    normalising reason such as ``mojibake`` or ``exotic_space``, see
    :data:`NORMALISING_REASONS`) replaces it with text no longer than the span or its
    NFKD decomposition.
``accounted``
    Every character of the input is in the output, or in the text an edit removed or
    replaced; every character of the output is an input character or an edit's
    replacement; and each metadata source (:class:`~seedclean.FieldSource`) points at a
    span of the text its step received that holds the value.
``idempotent``
    Cleaning the output again changes nothing and records nothing, but for the edits a
    pipeline's :class:`~seedclean.Guard` reverted: a step it undid on the input would
    remove almost everything from the output too, and is undone again, in the open.
``clean_text_unchanged``
    Already clean text (:func:`~seedclean.testing.clean_text`) comes out unchanged, with
    an empty audit.
"""

from __future__ import annotations

import enum
import unicodedata
from collections.abc import Callable, Collection, Iterable
from typing import Any

import attrs
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ..document import Document, Edit, Reason
from ..pipeline import Cleaner
from .strategies import any_text, clean_text

__all__ = [
    "LAWS",
    "NORMALISING_REASONS",
    "check_accounted",
    "check_all",
    "check_audit",
    "check_clean_text_unchanged",
    "check_cleaner",
    "check_deterministic",
    "check_idempotent",
    "check_never_raises",
    "check_removes_only",
]

#: The names of the laws, in the order :func:`check_cleaner` checks them.
LAWS: tuple[str, ...] = (
    "never_raises",
    "deterministic",
    "audit",
    "removes_only",
    "accounted",
    "idempotent",
    "clean_text_unchanged",
)

#: Reasons (by value) whose edits may replace text by other text rather than remove it:
#: encoding repair, whitespace and Unicode normalisation.
NORMALISING_REASONS: frozenset[str] = frozenset(
    r.value
    for r in (
        Reason.MOJIBAKE,
        Reason.HTML_ENTITY,
        Reason.CONTROL_CHARACTER,
        Reason.LINE_BREAK,
        Reason.TERMINAL_ESCAPE,
        Reason.SURROGATE,
        Reason.LIGATURE,
        Reason.CHARACTER_WIDTH,
        Reason.CURLY_QUOTE,
        Reason.EXOTIC_SPACE,
        Reason.ZERO_WIDTH,
        Reason.SOFT_HYPHEN,
        Reason.INNER_WHITESPACE,
        Reason.TRAILING_WHITESPACE,
        Reason.BLANK_LINES,
        Reason.UNICODE_NORMALIZATION,
    )
)

_SHOW = 200  # characters of an input shown in a message


def _show(text: str) -> str:
    if len(text) <= _SHOW:
        return repr(text)
    return f"{text[:_SHOW]!r}... ({len(text)} characters)"


def _name(cleaner: Any) -> str:
    return str(getattr(cleaner, "name", None) or type(cleaner).__name__)


class _Law:
    """Raises the AssertionError of one law, with a uniform message."""

    def __init__(self, law: str, who: str, text: str | None = None) -> None:
        self.law, self.who, self.text = law, who, text

    def fail(self, detail: str) -> AssertionError:
        where = "" if self.text is None else f" on input {_show(self.text)}"
        return AssertionError(f"law {self.law!r} broken by {self.who}{where}: {detail}")

    def check(self, condition: bool, detail: str | Callable[[], str]) -> None:
        """Raise the law's error with ``detail`` (or what it returns) unless ``condition``."""
        if not condition:
            raise self.fail(detail if isinstance(detail, str) else detail())


def _edit(e: Edit) -> str:
    return (
        f"edit of step {e.step} ({e.cleaner}, {getattr(e.reason, 'value', e.reason)}) "
        f"at ({e.start}, {e.end}): {_show(e.old)} -> {_show(e.new)}"
    )


def _who(doc: Document) -> str:
    return "+".join(dict.fromkeys(doc.steps)) or "no cleaner"


def _step_edits(doc: Document) -> dict[int, list[Edit]]:
    by_step: dict[int, list[Edit]] = {}
    for e in doc.audit:
        by_step.setdefault(e.step, []).append(e)
    return by_step


def check_audit(doc: Document) -> None:
    """Law ``audit``: the audit of ``doc`` is exact, step by step, and replays to its text.

    >>> from seedclean import Change, Document, Reason
    >>> check_audit(Document("a  b").apply("demo", [Change(1, 2, Reason.OTHER)]))
    >>> import attrs
    >>> check_audit(attrs.evolve(Document("a  b"), text="ab"))
    Traceback (most recent call last):
    ...
    AssertionError: law 'audit' broken by no cleaner: replaying the audit on the input
    gives 'a  b', not the text 'ab'
    """
    law = _Law("audit", _who(doc))
    by_step = _step_edits(doc)
    law.check(
        set(by_step) <= set(range(len(doc.steps))),
        lambda: (
            f"edits of steps {sorted(set(by_step) - set(range(len(doc.steps))))} "
            f"but only {len(doc.steps)} steps"
        ),
    )
    text = doc.original
    for step, name in enumerate(doc.steps):
        edits = by_step.get(step, [])
        last_end = 0
        for e in edits:
            law.check(e.cleaner == name, f"{_edit(e)} names {e.cleaner!r}, "
                      f"but step {step} is {name!r}")  # fmt: skip
            law.check(
                isinstance(e.reason, enum.Enum) and isinstance(e.reason.value, str),
                f"{_edit(e)}: its reason is not a str-valued enum",
            )
            law.check(0 <= e.start <= e.end <= len(text), f"{_edit(e)} lies "
                      f"outside the {len(text)} characters its step received")  # fmt: skip
            law.check(
                e.start >= last_end,
                f"{_edit(e)} is unsorted or overlaps the previous edit",
            )
            last_end = e.end
            law.check(
                text[e.start : e.end] == e.old,
                f"{_edit(e)} claims {_show(e.old)} but its step received "
                f"{_show(text[e.start : e.end])} there",
            )
            law.check(e.old != e.new, f"{_edit(e)} changes nothing")
        reverted = {e.reverted for e in edits}
        law.check(len(reverted) <= 1, f"step {step} is only partly reverted")
        if reverted != {True}:
            text = _apply(text, edits)
    law.check(
        text == doc.text,
        lambda: (
            f"replaying the audit on the input gives {_show(text)}, not the text {_show(doc.text)}"
        ),
    )


def _apply(text: str, edits: Iterable[Edit]) -> str:
    parts: list[str] = []
    pos = 0
    for e in edits:
        parts.append(text[pos : e.start])
        parts.append(e.new)
        pos = e.end
    parts.append(text[pos:])
    return "".join(parts)


def _regions(doc: Document) -> list[list[Edit]]:
    """The edits of each step, grouped into runs of edits that touch each other."""
    regions: list[list[Edit]] = []
    for e in doc.audit:
        last = regions[-1][-1] if regions else None
        if last is not None and last.step == e.step and last.end == e.start:
            regions[-1].append(e)
        else:
            regions.append([e])
    return regions


def check_removes_only(
    doc: Document, *, normalising: Collection[str] = NORMALISING_REASONS
) -> None:
    """Law ``removes_only``: no edit of ``doc`` invents text.

    An edit may remove its span or keep a part of it. Edits that touch each other are
    judged together, as one replacement of their joint span: where a diff draws the line
    between two of them is not invention. An edit whose reason's value is in
    ``normalising`` may also replace its span by other text (``"Ã©"`` by ``"é"``,
    ``"ﬁ"`` by ``"fi"``, a no-break space by a space), as long as a step's normalising
    edits put in no more characters than they take out, or than the NFKD decomposition
    of what they take out.

    >>> from seedclean import Change, Document, Reason
    >>> check_removes_only(Document("x").apply("demo", [Change(0, 1, Reason.OTHER, new="yes")]))
    Traceback (most recent call last):
    ...
    AssertionError: law 'removes_only' broken by demo: edit of step 0 (demo, other) at
    (0, 1): 'x' -> 'yes' puts text in place of text it does not come from
    """
    law = _Law("removes_only", _who(doc))
    budget: dict[int, tuple[int, int]] = {}  # step -> (characters put in, allowed)
    for region in _regions(doc):
        joint_old = "".join(e.old for e in region)
        joint_new = "".join(e.new for e in region)
        for e in region:
            if getattr(e.reason, "value", None) in normalising:
                put, allowed = budget.get(e.step, (0, 0))
                bound = max(len(e.old), len(unicodedata.normalize("NFKD", e.old)))
                budget[e.step] = (put + len(e.new), allowed + bound)
                continue
            law.check(
                not e.new or e.new in e.old or joint_new in joint_old,
                f"{_edit(e)} puts text in place of text it does not come from",
            )
    for step, (put, allowed) in sorted(budget.items()):
        law.check(
            put <= allowed,
            f"the normalising edits of step "
            f"{step} ({doc.steps[step]}) put in {put} characters for {allowed} they take "
            "out (counting their NFKD decomposition)",
        )


@attrs.frozen
class _Piece:
    """A run of the text being tracked: input characters from ``origin`` on, or (when
    ``origin`` is None) the replacement an edit put in."""

    text: str
    origin: int | None


def _track(doc: Document, law: _Law) -> list[str]:
    """Follow every input character through the steps; return the text each step got."""
    pieces = [_Piece(doc.original, 0)] if doc.original else []
    received: list[str] = []
    by_step = _step_edits(doc)
    for step in range(len(doc.steps)):
        current = "".join(p.text for p in pieces)
        received.append(current)
        edits = [e for e in by_step.get(step, []) if not e.reverted]
        if not edits:
            continue
        out: list[_Piece] = []
        pos = 0  # offset in ``current`` of the start of pieces[k]
        k = 0
        for e in edits:
            law.check(
                current[e.start : e.end] == e.old and pos <= e.start,
                f"{_edit(e)} does not match the text its step received",
            )
            # keep the pieces (or parts) before the edit, skip those it covers
            while k < len(pieces) and pos + len(pieces[k].text) <= e.start:
                out.append(pieces[k])
                pos += len(pieces[k].text)
                k += 1
            if k < len(pieces) and pos < e.start:
                out.append(_cut(pieces[k], 0, e.start - pos))
            if e.new:
                out.append(_Piece(e.new, None))
            while k < len(pieces) and pos + len(pieces[k].text) <= e.end:
                pos += len(pieces[k].text)
                k += 1
            if k < len(pieces) and pos < e.end:
                pieces[k] = _cut(pieces[k], e.end - pos, len(pieces[k].text))
                pos = e.end
        out.extend(pieces[k:])
        pieces = [p for p in out if p.text]
    accounted = "".join(p.text for p in pieces)
    if accounted != doc.text:
        at = next(
            (i for i, (a, b) in enumerate(zip(accounted, doc.text, strict=False)) if a != b),
            min(len(accounted), len(doc.text)),
        )
        raise law.fail(_mismatch(pieces, at, doc.text))
    return received


def _cut(piece: _Piece, start: int, end: int) -> _Piece:
    origin = None if piece.origin is None else piece.origin + start
    return _Piece(piece.text[start:end], origin)


def _mismatch(pieces: list[_Piece], at: int, text: str) -> str:
    pos = 0
    for p in pieces:
        if pos + len(p.text) > at:
            if p.origin is None:
                source = f"the replacement {_show(p.text)} of an edit"
            else:
                i = p.origin + at - pos
                source = f"input character {i} ({p.text[at - pos]!r})"
            shown = repr(text[at]) if at < len(text) else "the end of the text"
            return (
                f"the output holds {shown} at offset {at} where the audit accounts for "
                f"{source}: text changed outside the audit"
            )
        pos += len(p.text)
    return (
        f"the output goes on after offset {at} ({_show(text[at:])}) where the audit "
        "accounts for nothing more: text added outside the audit"
    )


_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+")


def _words(text: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(unicodedata.normalize("NFKC", text))}


def _values(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, tuple):
        return [v for v in value if isinstance(v, str)]
    return []  # dates and numbers are parsed from their text: nothing to compare


def check_accounted(doc: Document) -> None:
    """Law ``accounted``: every input character is in the output or in an edit's old
    text, the output holds nothing else but edits' replacements, and each metadata
    source is a span of the text its step received that shows the value.

    >>> from seedclean import Change, Document, FieldSource, Metadata, Reason
    >>> doc = Document("Title\\nBody.").apply("demo", [Change(0, 6, Reason.OTHER)])
    >>> sources = [FieldSource("title", step=0, start=0, end=5)]
    >>> import attrs
    >>> check_accounted(attrs.evolve(doc, metadata=Metadata(title="Title", sources=sources)))
    >>> check_accounted(attrs.evolve(doc, text="Body!"))
    Traceback (most recent call last):
    ...
    AssertionError: law 'accounted' broken by demo: the output holds '!' at offset 4
    where the audit accounts for input character 10 ('.'): text changed outside the audit
    """
    law = _Law("accounted", _who(doc))
    received = _track(doc, law)
    metadata = doc.metadata
    fields = {f.name for f in attrs.fields(type(metadata))} - {"sources"}
    shown: dict[str, list[tuple[Any, set[str]]]] = {}
    for source in metadata.sources:
        law.check(source.field in fields, f"{source} names no metadata field")
        law.check(
            0 <= source.step < len(received),
            f"{source} names a step the document does not have",
        )
        text = received[source.step]
        law.check(
            0 <= source.start < source.end <= len(text),
            f"{source} is not a span of the {len(text)} characters its step received",
        )
        shown.setdefault(source.field, []).append((source, _words(text[source.start : source.end])))
    for field, spans in shown.items():
        values = _values(getattr(metadata, field))
        if not values:
            continue
        # each span shows one of the field's values (all of a single value), and each
        # value is shown by one of its spans
        for source, words in spans:
            law.check(
                any(_words(v) <= words for v in values),
                f"{source} points at a span whose words {sorted(words)} "
                f"hold none of the values {values!r}",
            )
        for value in values:
            law.check(
                any(_words(value) <= words for _, words in spans),
                f"no source of {field!r} points at a span that shows {value!r}",
            )


def check_never_raises(cleaner: Cleaner, text: str) -> Document:
    """Law ``never_raises``: ``cleaner`` returns a Document for ``text`` and keeps its
    ``original``; returns that document.

    >>> import seedclean
    >>> @seedclean.cleaner("fussy")
    ... def fussy(text):
    ...     raise ValueError("no")
    >>> check_never_raises(fussy, "x")
    Traceback (most recent call last):
    ...
    AssertionError: law 'never_raises' broken by fussy on input 'x': raised ValueError: no
    """
    law = _Law("never_raises", _name(cleaner), text)
    try:
        doc = cleaner(Document(text))
    except Exception as exc:
        raise law.fail(f"raised {type(exc).__name__}: {exc}") from exc
    law.check(isinstance(doc, Document), lambda: f"returned {type(doc).__name__}, not a Document")
    law.check(
        doc.original == text, lambda: f"changed the document's original to {_show(doc.original)}"
    )
    return doc


def check_deterministic(cleaner: Cleaner, text: str, doc: Document | None = None) -> None:
    """Law ``deterministic``: cleaning ``text`` twice gives equal documents (``doc``, if
    given, is the first result).

    >>> from seedclean import NormalizeWhitespace
    >>> check_deterministic(NormalizeWhitespace(), "a  \\n")
    """
    law = _Law("deterministic", _name(cleaner), text)
    first = cleaner(Document(text)) if doc is None else doc
    again = cleaner(Document(text))
    law.check(
        again.text == first.text, lambda: f"gave {_show(first.text)}, then {_show(again.text)}"
    )
    law.check(again.metadata == first.metadata, lambda: f"gave metadata {first.metadata}, "
              f"then {again.metadata}")  # fmt: skip
    law.check(again == first, lambda: "gave the same text with a different audit")


def check_idempotent(cleaner: Cleaner, text: str, doc: Document | None = None) -> None:
    """Law ``idempotent``: cleaning the output of ``text`` again changes nothing and
    records no edit (``doc``, if given, is the result of cleaning ``text``).

    Edits a pipeline's guard reverted do not count: they change nothing, and a step the
    guard undid on the input would empty the output as well, so a second run undoes it
    again and says so, as the first did (the guard never empties a text silently).

    >>> from seedclean import NormalizeWhitespace
    >>> check_idempotent(NormalizeWhitespace(), "a  \\n\\n\\n\\nb")
    >>> import seedclean
    >>> gallery = "Photo: Ann Example\\n" * 30
    >>> sorted({e.cleaner for e in seedclean.clean(gallery).audit if e.reverted})
    ['remove_captions', 'remove_duplicates']
    >>> check_idempotent(seedclean.default_pipeline(), gallery)
    """
    once = (cleaner(Document(text)) if doc is None else doc).text
    law = _Law("idempotent", _name(cleaner), text)
    twice = cleaner(Document(once))
    law.check(
        twice.text == once,
        lambda: f"the output {_show(once)} cleaned again gives {_show(twice.text)}",
    )
    applied = [e for e in twice.audit if not e.reverted]
    law.check(
        not applied,
        lambda: f"the output {_show(once)} cleaned again records {_edit(applied[0])}",
    )


def check_clean_text_unchanged(cleaner: Cleaner, text: str) -> None:
    """Law ``clean_text_unchanged``: ``text``, already clean, passes through unchanged
    with an empty audit.

    >>> from seedclean import NormalizeWhitespace
    >>> check_clean_text_unchanged(NormalizeWhitespace(), "A clean line.\\n\\nAnother one.")
    """
    law = _Law("clean_text_unchanged", _name(cleaner), text)
    doc = cleaner(Document(text))
    law.check(doc.text == text, lambda: f"changed it to {_show(doc.text)}")
    law.check(not doc.audit, lambda: f"recorded {_edit(doc.audit[0])}")


def _check_skip(skip: Collection[str]) -> None:
    unknown = set(skip) - set(LAWS)
    if unknown:
        raise ValueError(f"unknown law(s) {sorted(unknown)}; the laws are {', '.join(LAWS)}")


def check_all(
    cleaner: Cleaner,
    text: str,
    *,
    skip: Collection[str] = (),
    normalising: Collection[str] = NORMALISING_REASONS,
) -> Document:
    """Check every law that applies to one input (all but ``clean_text_unchanged``),
    except those in ``skip``; return the cleaned document.

    >>> from seedclean import RemoveCaptions
    >>> check_all(RemoveCaptions(), "Body text.\\nPhoto: Ann Example\\n").text
    'Body text.'
    """
    _check_skip(skip)
    doc = check_never_raises(cleaner, text)
    if "deterministic" not in skip:
        check_deterministic(cleaner, text, doc)
    for law, check in (("audit", check_audit), ("accounted", check_accounted)):
        if law not in skip:
            try:
                check(doc)
            except AssertionError as exc:
                raise AssertionError(f"{exc} (on input {_show(text)})") from None
    if "removes_only" not in skip:
        try:
            check_removes_only(doc, normalising=normalising)
        except AssertionError as exc:
            raise AssertionError(f"{exc} (on input {_show(text)})") from None
    if "idempotent" not in skip:
        check_idempotent(cleaner, text, doc)
    return doc


_SUPPRESS = (HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much)


def check_cleaner(
    cleaner: Cleaner,
    *,
    max_examples: int | None = None,
    texts: st.SearchStrategy[str] | None = None,
    clean_texts: st.SearchStrategy[str] | None = None,
    skip: Collection[str] = (),
    normalising: Collection[str] = NORMALISING_REASONS,
) -> None:
    """Check every law of :data:`LAWS` (but those in ``skip``) on ``cleaner`` with
    hypothesis; raise :class:`AssertionError` naming the law and the smallest input found
    that breaks it.

    ``texts`` are the inputs (default :func:`~seedclean.testing.any_text`),
    ``clean_texts`` the already clean ones (default
    :func:`~seedclean.testing.clean_text`). ``max_examples`` defaults to the current
    hypothesis profile's; the deadline is off (cleaners may be slow on long text).
    ``normalising``: see :func:`check_removes_only`.

    >>> import seedclean
    >>> from seedclean import Change, Reason
    >>> @seedclean.cleaner("drop_last_char")
    ... def drop_last_char(text):
    ...     return [Change(len(text) - 1, len(text), Reason.OTHER)] if text else []
    >>> try:
    ...     check_cleaner(drop_last_char, max_examples=20)
    ... except AssertionError as exc:
    ...     print(str(exc).split(" on input")[0])
    law 'idempotent' broken by drop_last_char
    """
    _check_skip(skip)
    options: dict[str, Any] = {
        "deadline": None,
        "suppress_health_check": list(_SUPPRESS),
        # The inner tests have the same name whatever the cleaner: an example saved in
        # hypothesis' database for one cleaner would be replayed first for the next one.
        "database": None,
    }
    if max_examples is not None:
        options["max_examples"] = max_examples
    run = settings(settings.default, **options)
    if set(LAWS) - set(skip) - {"clean_text_unchanged"}:

        @run
        @given(texts if texts is not None else any_text())
        def laws_hold(text: str) -> None:
            check_all(cleaner, text, skip=skip, normalising=normalising)

        laws_hold()
    if "clean_text_unchanged" not in skip:

        @run
        @given(clean_texts if clean_texts is not None else clean_text())
        def clean_text_unchanged(text: str) -> None:
            check_clean_text_unchanged(cleaner, text)

        clean_text_unchanged()
