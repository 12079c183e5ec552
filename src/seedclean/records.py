"""Dataset records: clean the text field of a JSON-like record and keep every other field.

Corpora come as records (JSON Lines, Parquet rows, WARC conversion records, datatrove or
Hugging Face documents). :func:`clean_record` cleans one of them and gives back a record in
the datatrove/dolma layout: ``id``, ``text`` (the clean body), every other field of the
input as it was, and ``metadata`` with seedclean's entry under the key ``"seedclean"``:
the keep/drop decision and its reason, the metadata found, the figures and, unless asked
not to, the audit in a compact form that replays exactly (:func:`replay_record`).

>>> import seedclean
>>> pipe = seedclean.default_pipeline()
>>> out = clean_record({"id": "a", "url": "u", "text": "Caf\\u00e9  \\nopens."}, pipe)
>>> out["id"], out["text"], out["url"]
('a', 'Café\\nopens.', 'u')
>>> entry = out["metadata"]["seedclean"]
>>> entry["decision"], entry["reason"], entry["audit"]
('keep', None, [[1, 4, 6, 'normalize_whitespace', 'trailing_whitespace', '']])
>>> replay_record("Caf\\u00e9  \\nopens.", out)
'Café\\nopens.'

A record whose body comes out empty is still returned, with the reason it would be
dropped; so is a record with no text to clean:

>>> clean_record({"id": "b", "text": "   "}, pipe)["metadata"]["seedclean"]["reason"]
'empty_body'
>>> clean_record({"id": "c", "text": 42}, pipe)["metadata"]["seedclean"]["reason"]
'no_text'
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any, Literal

import attrs

from ._version import __version__
from .batch import LimitExceededError, Limits, describe_error
from .decision import Decision, DropReason, decide
from .document import Document, Edit, Reason, apply_edits, removed_by_reason
from .pipeline import Pipeline

__all__ = [
    "AUDIT_MODES",
    "ENTRY_KEY",
    "ENTRY_VERSION",
    "Decision",
    "DropReason",
    "RecordItem",
    "check_audit",
    "clean_record",
    "clean_text",
    "compact_audit",
    "default_id",
    "dumps_record",
    "failed_record",
    "pipeline_or_default",
    "process_record",
    "removed_by_reason",
    "replay_record",
    "seedclean_entry",
]

#: The key of seedclean's entry in a record's ``metadata``.
ENTRY_KEY = "seedclean"
#: Bumped on every incompatible change to that entry.
ENTRY_VERSION = 1
#: ``"compact"``: the audit as lists (see :func:`compact_audit`); ``"none"``: left out.
AUDIT_MODES = ("compact", "none")
AuditMode = Literal["compact", "none"]


def check_audit(audit: str) -> None:
    """Refuse an audit mode that is not one of :data:`AUDIT_MODES`.

    >>> check_audit("full")
    Traceback (most recent call last):
    ...
    ValueError: audit must be one of compact, none, not 'full'
    """
    if audit not in AUDIT_MODES:
        raise ValueError(f"audit must be one of {', '.join(AUDIT_MODES)}, not {audit!r}")


def pipeline_or_default(pipeline: Pipeline | None) -> Pipeline:
    """``pipeline``, or the default pipeline when it is ``None`` (what every integration
    takes when given no pipeline)."""
    if pipeline is not None:
        return pipeline
    from . import default_pipeline  # the package imports this module

    return default_pipeline()


def default_id(source: str, number: int) -> str:
    """The ``id`` of a record that has none: where it came from, ``<source>:<number>``
    (the file's name and the record's 1-based line or row number).

    >>> default_id("pages.jsonl", 7)
    'pages.jsonl:7'
    """
    return f"{source}:{number}"


def dumps_record(record: Mapping[str, Any]) -> str:
    """An output record as one line of JSON Lines: compact, UTF-8 characters as they are,
    keys in their order, no newline at the end (non-finite numbers are refused).

    >>> dumps_record({"id": "a", "text": "Café"})
    '{"id":"a","text":"Café"}'
    """
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def compact_audit(audit: Iterable[Edit]) -> list[list[Any]]:
    """The applied edits of an audit log as ``[step, start, end, cleaner, reason,
    replacement]`` lists.

    The removed text is left out (it is ``text[start:end]`` of the text the step
    received, so replay recovers it), and so are the edits a guard reverted, which did not
    change the text. Scores and features are kept only in sidecars.

    >>> from seedclean import Change, Document, Reason
    >>> doc = Document("ab  ").apply("demo", [Change(2, 4, Reason.TRAILING_WHITESPACE)])
    >>> compact_audit(doc.audit)
    [[0, 2, 4, 'demo', 'trailing_whitespace', '']]
    """
    return [
        [e.step, e.start, e.end, e.cleaner, e.reason.value, e.new] for e in audit if not e.reverted
    ]


def _replay_compact(text: str, edits: Iterable[Any]) -> str:
    by_step: dict[int, list[Edit]] = {}
    for step, start, end, name, _reason, new in edits:
        by_step.setdefault(int(step), []).append(
            Edit(int(step), str(name), Reason.OTHER, int(start), int(end), "", str(new))
        )
    for step in sorted(by_step):
        group = [
            Edit(e.step, e.cleaner, e.reason, e.start, e.end, text[e.start : e.end], e.new)
            for e in by_step[step]
        ]
        text = apply_edits(text, group)
    return text


def replay_record(original: str, record: Mapping[str, Any]) -> str:
    """Replay the compact audit of an output record on its input text: the clean text.

    Raises :class:`ValueError` when the record carries no audit (it was left out) or the
    audit does not fit ``original``.
    """
    entry = record["metadata"][ENTRY_KEY]
    if "audit" not in entry:
        raise ValueError("this record was written without its audit")
    return _replay_compact(original, entry["audit"])


def seedclean_entry(
    doc: Document,
    *,
    pipeline: Pipeline,
    audit: AuditMode = "compact",
    passed_through: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """seedclean's entry for a record cleaned into ``doc`` by ``pipeline``.

    Keys, in order: ``version`` (of this entry's layout), ``seedclean``, ``pipeline``
    (its fingerprint), ``decision``, ``reason`` (a :class:`DropReason` value or ``None``),
    ``metadata``, ``stats``, ``removed`` (characters by reason), then ``passed_through``
    when the text was over a limit, and ``audit`` unless ``audit="none"``.
    """
    decision, reason = decide(doc)
    entry: dict[str, Any] = {
        "version": ENTRY_VERSION,
        "seedclean": __version__,
        "pipeline": pipeline.fingerprint(),
        "decision": decision.value,
        "reason": None if reason is None else reason.value,
        "metadata": doc.metadata.to_json(),
        "stats": {
            "chars_in": len(doc.original),
            "chars_out": len(doc.text),
            "removed_share": doc.removed_share,
            "edits": len(doc.audit),
        },
        "removed": removed_by_reason(doc),
    }
    if passed_through is not None:
        entry["passed_through"] = dict(passed_through)
    check_audit(audit)
    if audit == "compact":
        entry["audit"] = compact_audit(doc.audit)
    return entry


def clean_text(
    value: Any,
    pipeline: Pipeline,
    *,
    audit: AuditMode = "none",
    limits: Limits | None = None,
) -> tuple[str, dict[str, Any]]:
    """The clean text and seedclean's entry for one value of a text column: what
    :func:`clean_record` gives for the record ``{"text": value}`` (a value that is not a
    string gives ``""`` and a ``drop``).

    >>> import seedclean
    >>> text, entry = clean_text("A\u00a0B", seedclean.default_pipeline())
    >>> text, entry["decision"]
    ('A B', 'keep')
    """
    out = clean_record({"text": value}, pipeline, audit=audit, limits=limits)
    entry: dict[str, Any] = out["metadata"][ENTRY_KEY]
    return out["text"], entry


def failed_record(
    record: Mapping[str, Any],
    reason: DropReason,
    error: str,
    *,
    text_key: str = "text",
    id_key: str = "id",
    default_id: str | None = None,
) -> dict[str, Any]:
    """The output record of an input that could not be cleaned: every field kept, the text
    empty, and seedclean's entry saying ``drop``, why, and the error.

    >>> failed_record({"id": 7, "text": None}, DropReason.NO_TEXT, "text is null")
    ... # doctest: +NORMALIZE_WHITESPACE
    {'id': 7, 'text': '', 'metadata': {'seedclean': {'version': 1, 'seedclean': '...',
     'decision': 'drop', 'reason': 'no_text', 'error': 'text is null'}}}
    """
    entry = {
        "version": ENTRY_VERSION,
        "seedclean": __version__,
        "decision": Decision.DROP.value,
        "reason": reason.value,
        "error": error,
    }
    return _layout(record, "", entry, text_key=text_key, id_key=id_key, default_id=default_id)


def _layout(
    record: Mapping[str, Any],
    text: str,
    entry: dict[str, Any],
    *,
    text_key: str,
    id_key: str,
    default_id: str | None,
) -> dict[str, Any]:
    """``id``, ``text``, the other fields in their order, then ``metadata`` with the entry.

    The input's own ``metadata`` is kept when it is a mapping (the entry is added to a
    copy); any other value of it moves to ``metadata["input"]`` so that nothing is lost.
    """
    out: dict[str, Any] = {}
    record_id = record.get(id_key, default_id)
    if record_id is not None:
        out["id"] = record_id
    out["text"] = text
    for key, value in record.items():
        if key in (text_key, id_key, "metadata") or key in out:
            continue
        out[key] = value
    metadata = record.get("metadata")
    merged: dict[str, Any]
    if isinstance(metadata, Mapping):
        merged = dict(metadata)
    elif metadata is None:
        merged = {}
    else:
        merged = {"input": metadata}
    merged[ENTRY_KEY] = entry
    out["metadata"] = merged
    return out


def clean_record(
    record: Mapping[str, Any],
    pipeline: Pipeline,
    *,
    text_key: str = "text",
    id_key: str = "id",
    default_id: str | None = None,
    audit: AuditMode = "compact",
    limits: Limits | None = None,
    reraise: bool = False,
) -> dict[str, Any]:
    """Clean ``record[text_key]`` with ``pipeline``; the output record in the dataset layout.

    ``id`` comes from ``record[id_key]`` (``default_id`` when it has none, e.g. the file
    and line the record came from). Errors are not raised (unless ``reraise``): a record
    whose text is missing or not a string, or whose cleaning fails, comes back with an
    empty text and a ``drop`` decision that says why (:func:`failed_record`). A text over
    one of ``limits`` is kept unchanged, and the entry's ``passed_through`` says why. The
    input is not modified.
    """
    check_audit(audit)
    text = record.get(text_key)
    if not isinstance(text, str):
        what = "missing" if text_key not in record else f"a {type(text).__name__}, not a string"
        return failed_record(
            record,
            DropReason.NO_TEXT,
            f"text field {text_key!r} is {what}",
            text_key=text_key,
            id_key=id_key,
            default_id=default_id,
        )
    passed: dict[str, Any] | None = None
    limits = limits or Limits()
    try:
        try:
            limits.check_size(text)
            with limits.time_limit():
                doc = pipeline(text)
        except LimitExceededError as exc:
            passed = {"limit": exc.kind, "value": exc.limit, "message": exc.message}
            doc = Document(text)
        entry = seedclean_entry(doc, pipeline=pipeline, audit=audit, passed_through=passed)
    except Exception as exc:
        if reraise:
            raise
        return failed_record(
            record,
            DropReason.FAILED,
            describe_error(exc),
            text_key=text_key,
            id_key=id_key,
            default_id=default_id,
        )
    return _layout(
        record, doc.text, entry, text_key=text_key, id_key=id_key, default_id=default_id
    )


@attrs.frozen
class RecordItem:
    """One record of a dataset file, as a reader gives it to be cleaned.

    ``source`` is the file's name and ``number`` the record's place in it (1-based: the
    line of a JSON Lines file, the row of a Parquet file, the conversion record of a WET
    file). ``record`` is the parsed record, or ``None`` with ``error`` saying why it
    could not be read (``raw`` then holds the text of the line, so nothing is lost).
    ``size`` is its length in bytes, for ordering the work and showing progress.
    """

    source: str
    number: int
    record: dict[str, Any] | None = None
    error: str | None = None
    raw: str | None = None
    size: int = 0


def process_record(
    item: RecordItem,
    pipeline: Pipeline,
    *,
    text_key: str = "text",
    id_key: str = "id",
    audit: AuditMode = "compact",
    limits: Limits | None = None,
) -> dict[str, Any]:
    """The output record of one :class:`RecordItem`: :func:`clean_record` with the id
    ``<source>:<number>`` for a record that has none, or, for an item that could not be
    read, a record marked ``drop`` with reason ``unreadable``, the error and the raw line.
    seedclean's entry gets ``source``: where the record came from, ``<source>:<number>``.

    A task for :class:`seedclean.parallel.Workers` (bind the options with
    :func:`functools.partial`).

    >>> import seedclean
    >>> bad = RecordItem("p.jsonl", 3, error="not valid JSON", raw="{oops")
    >>> out = process_record(bad, seedclean.default_pipeline())
    >>> out["id"], out["metadata"]["seedclean"]["reason"], out["metadata"]["seedclean"]["raw"]
    ('p.jsonl:3', 'unreadable', '{oops')
    """
    where = default_id(item.source, item.number)
    if item.record is None:
        out = failed_record({}, DropReason.UNREADABLE, item.error or "unreadable", default_id=where)
        out["metadata"][ENTRY_KEY]["raw"] = item.raw
    else:
        out = clean_record(
            item.record,
            pipeline,
            text_key=text_key,
            id_key=id_key,
            default_id=where,
            audit=audit,
            limits=limits,
        )
    out["metadata"][ENTRY_KEY]["source"] = where
    return out
