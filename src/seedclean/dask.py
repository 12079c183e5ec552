"""Clean corpora with `dask <https://www.dask.org>`_: bags of files or records, and
dataframe columns, on one machine or a cluster.

Install with ``pip install 'seedclean[dask]'``. Each function takes a dask collection
and gives a lazy one; nothing runs until it is computed (on the scheduler in use: a
``distributed.Client`` to run on a cluster):

- :func:`clean_files`: a bag of text file paths → a bag of
  :class:`seedclean.batch.Result` (the body and sidecar the command line writes for
  each file);
- :func:`clean_jsonl_files`: a bag of JSON Lines paths → a bag of output records, one
  for every line of every file, as :func:`seedclean.records.clean_record` makes them
  (ids default to ``<file name>:<line number>``);
- :func:`clean_records`: a bag of records → a bag of output records;
- :func:`clean_column`: a dataframe → the same with a column of clean text (and, if
  asked, of decisions and of entries).

The pipeline goes to the workers once, as one task of the graph that every partition
depends on (not once per partition), pickled: user ``@seedclean.cleaner`` functions
defined at module level work, provided the workers can import their module.

Without dask this module still imports; its functions are then missing, and using one
raises an :class:`ImportError` that says what to install.
"""

from __future__ import annotations

import importlib.util
import os
import posixpath
from typing import TYPE_CHECKING, Any

from .batch import Limits, Result, WorkItem, process
from .dataset_run import record_task
from .formats import Format, open_records
from .pipeline import Pipeline
from .records import (
    AuditMode,
    check_audit,
    clean_record,
    clean_text,
    dumps_record,
    pipeline_or_default,
)

if TYPE_CHECKING:
    import dask.bag as db
    import dask.dataframe as dd
    from dask.delayed import Delayed

_INSTALL = "seedclean.dask needs dask: pip install 'seedclean[dask]'"
_HAVE_DASK = importlib.util.find_spec("dask") is not None

__all__ = [
    "clean_column",
    "clean_files",
    "clean_jsonl_files",
    "clean_records",
    "jsonl_records",
    "shared",
]


def _rel(path: str | os.PathLike[str], root: str | os.PathLike[str] | None) -> str:
    """The name of ``path`` as the command line gives it: relative to ``root``, with ``/``.

    >>> _rel("pages/a/b.txt", "pages"), _rel("pages/a/b.txt", None)
    ('a/b.txt', 'b.txt')
    """
    if root is None:
        return os.path.basename(os.fspath(path))
    return posixpath.join(*os.path.relpath(path, root).split(os.sep))


def _process_path(
    path: str | os.PathLike[str],
    pipeline: Pipeline,
    root: str | os.PathLike[str] | None,
    limits: Limits | None,
) -> Result:
    return process(WorkItem(_rel(path, root), path=os.fspath(path)), pipeline, limits=limits)


def jsonl_records(
    path: str | os.PathLike[str],
    pipeline: Pipeline,
    *,
    text_key: str = "text",
    id_key: str = "id",
    audit: AuditMode = "compact",
    limits: Limits | None = None,
) -> list[dict[str, Any]]:
    """The output records of a JSON Lines file (``.gz``, ``.zst`` too): one for every
    record, in order, exactly as the command writes them.

    Record ``k`` (the 1-based line) gives :func:`~seedclean.records.process_record`:
    ``clean_record(record, pipeline, default_id="<file name>:k")``, or for a line that
    is not UTF-8, not JSON or not a JSON object, a record marked ``drop`` with the reason
    ``unreadable`` (blank lines hold no record and give none).

    >>> import seedclean, tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     path = os.path.join(tmp, "pages.jsonl")
    ...     with open(path, "w", encoding="utf-8") as f:
    ...         _ = f.write('{"text": "Caf\\u00e9  \\\\n"}\\n[1]\\n')
    ...     records = jsonl_records(path, seedclean.default_pipeline(), audit="none")
    >>> [(r["id"], r["text"], r["metadata"]["seedclean"]["reason"]) for r in records]
    [('pages.jsonl:1', 'Café', None), ('pages.jsonl:2', '', 'unreadable')]
    """
    check_audit(audit)
    name = os.path.basename(os.fspath(path))
    task = record_task(text_key=text_key, id_key=id_key, audit=audit, limits=limits)
    with open_records(os.fspath(path), Format.JSONL, name) as (items, _):
        return [task(item, pipeline) for item in items]


def _clean_frame(
    part: Any,
    pipeline: Pipeline,
    column: str,
    output_column: str,
    decision_column: str | None,
    entry_column: str | None,
    audit: AuditMode,
    limits: Limits | None,
) -> Any:
    """A pandas partition with the new columns (of the ``str`` dtype)."""
    texts: list[str] = []
    decisions: list[str] = []
    entries: list[str] = []
    values = part[column]
    for value, missing in zip(values.tolist(), values.isna().tolist(), strict=True):
        # None for every missing value (NaN, NA, NaT), whichever the column's dtype holds
        text, entry = clean_text(None if missing else value, pipeline, audit=audit, limits=limits)
        texts.append(text)
        decisions.append(entry["decision"])
        entries.append(dumps_record(entry))
    new: dict[str, list[str]] = {output_column: texts}
    if decision_column is not None:
        new[decision_column] = decisions
    if entry_column is not None:
        new[entry_column] = entries
    return part.assign(**new).astype(dict.fromkeys(new, "str"))


if _HAVE_DASK or TYPE_CHECKING:

    def shared(pipeline: Pipeline | None = None) -> Delayed:
        """``pipeline`` (the default one when omitted) as one task of a dask graph: every
        partition that takes it as an argument depends on that task, so the pipeline is
        pickled once and each worker fetches it once.

        >>> import seedclean
        >>> shared(seedclean.default_pipeline()).compute(scheduler="sync").names()[0]
        'repair_encoding'
        """
        from dask.delayed import delayed

        task: Delayed = delayed(pipeline_or_default(pipeline), traverse=False)
        return task

    def clean_files(
        paths: db.Bag,
        pipeline: Pipeline | None = None,
        *,
        root: str | os.PathLike[str] | None = None,
        limits: Limits | None = None,
    ) -> db.Bag:
        """A bag of :class:`~seedclean.batch.Result`, one for each path of ``paths``: what
        :func:`seedclean.batch.process` makes of the file (``result.body`` and
        ``result.sidecar`` are what the command line writes; a file that is not text or
        cannot be read gives a ``"skipped"`` or ``"failed"`` result, never an error).

        A file's name in its result and sidecar is its path relative to ``root``, with
        ``/`` (as the command line names a file under its input folder), or its file name
        when there is no ``root``.

        >>> import dask.bag as db, os, tempfile
        >>> with tempfile.TemporaryDirectory() as tmp:
        ...     path = os.path.join(tmp, "a.txt")
        ...     with open(path, "w", encoding="utf-8") as f:
        ...         _ = f.write("Caf\\u00e9  \\n")
        ...     results = clean_files(db.from_sequence([path])).compute(scheduler="sync")
        >>> [(r.rel, r.status, r.body) for r in results]
        [('a.txt', 'ok', 'Café\\n')]
        """
        # dask's Bag.map and map_partitions are not annotated
        bag: db.Bag = paths.map(  # type: ignore[no-untyped-call]
            _process_path, shared(pipeline), root, limits
        )
        return bag

    def clean_jsonl_files(
        paths: db.Bag,
        pipeline: Pipeline | None = None,
        *,
        text_key: str = "text",
        id_key: str = "id",
        audit: AuditMode = "compact",
        limits: Limits | None = None,
    ) -> db.Bag:
        """A bag of the output records of the JSON Lines files ``paths``, file after file,
        line after line: :func:`jsonl_records` of each (one file is one task, and its
        records are held in memory until they are passed on).

        >>> import dask.bag as db, os, seedclean, tempfile
        >>> with tempfile.TemporaryDirectory() as tmp:
        ...     path = os.path.join(tmp, "p.jsonl")
        ...     with open(path, "w", encoding="utf-8") as f:
        ...         _ = f.write('{"id": "x", "text": "A\\u00a0B"}\\n{"text": " "}\\n')
        ...     bag = clean_jsonl_files(db.from_sequence([path]), audit="none")
        ...     records = bag.compute(scheduler="sync")
        >>> [(r["id"], r["text"]) for r in records]
        [('x', 'A B'), ('p.jsonl:2', '')]
        """
        check_audit(audit)
        bag: db.Bag = paths.map(  # type: ignore[no-untyped-call]
            jsonl_records,
            shared(pipeline),
            text_key=text_key,
            id_key=id_key,
            audit=audit,
            limits=limits,
        ).flatten()
        return bag

    def clean_records(
        records: db.Bag,
        pipeline: Pipeline | None = None,
        *,
        text_key: str = "text",
        id_key: str = "id",
        audit: AuditMode = "compact",
        limits: Limits | None = None,
    ) -> db.Bag:
        """A bag of the output records of ``records`` (mappings), as
        :func:`~seedclean.records.clean_record` makes them, in order, one for each.

        >>> import dask.bag as db
        >>> bag = clean_records(db.from_sequence([{"id": 1, "text": "A\\u00a0B"}]))
        >>> [r["text"] for r in bag.compute(scheduler="sync")]
        ['A B']
        """
        check_audit(audit)
        bag: db.Bag = records.map(  # type: ignore[no-untyped-call]
            clean_record,
            shared(pipeline),
            text_key=text_key,
            id_key=id_key,
            audit=audit,
            limits=limits,
        )
        return bag

    def clean_column(
        df: dd.DataFrame,
        pipeline: Pipeline | None = None,
        *,
        column: str = "text",
        output_column: str = "clean_text",
        decision_column: str | None = None,
        entry_column: str | None = None,
        audit: AuditMode = "none",
        limits: Limits | None = None,
    ) -> dd.DataFrame:
        """``df`` with a column ``output_column`` of the clean text of ``column``.

        Each value is cleaned as :func:`~seedclean.records.clean_record` cleans the
        record ``{"text": value}``, a missing value (``None``, ``NaN``, ``NA``) as
        ``None``: a missing or non-string value gives ``""`` and a ``drop``.
        ``decision_column``: also a column of ``"keep"`` / ``"drop"``; ``entry_column``:
        also a column of seedclean's entries as JSON text (with the audit if
        ``audit="compact"``). Every row is kept; the input column too. The new columns
        have the ``str`` dtype.

        >>> import dask.dataframe as dd, pandas as pd
        >>> df = dd.from_pandas(pd.DataFrame({"text": ["A\\u00a0B", " "]}), npartitions=1)
        >>> out = clean_column(df, decision_column="decision").compute(scheduler="sync")
        >>> out["clean_text"].tolist(), out["decision"].tolist()
        (['A B', ''], ['keep', 'drop'])
        """
        check_audit(audit)
        pipe = pipeline_or_default(pipeline)
        options = (column, output_column, decision_column, entry_column, audit, limits)
        meta = _clean_frame(df._meta, pipe, *options)
        out: dd.DataFrame = df.map_partitions(  # type: ignore[no-untyped-call]
            _clean_frame, shared(pipe), *options, meta=meta
        )
        return out

else:

    def __getattr__(name: str) -> Any:
        if name in ("clean_column", "clean_files", "clean_jsonl_files", "clean_records", "shared"):
            raise ImportError(_INSTALL)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
