"""Cleaning a dataset file: read its records, clean them on the workers, write and count them.

This is what ``seedclean pages.jsonl.gz -o clean.jsonl.gz`` runs. Records stream through
(a window ahead of the writer, whatever the size of the file); each input record gives
exactly one output record, in the same order, with seedclean's keep/drop decision and
its reason (see :mod:`seedclean.records`), so none is lost without a word.

>>> import io, seedclean
>>> from seedclean.formats import read_jsonl
>>> out, stats = io.BytesIO(), RecordStats()
>>> lines = io.BytesIO(b'{"id": "a", "text": "Some text.  "}\\n{"id": "b", "text": " "}\\n')
>>> for record in clean_records(read_jsonl(lines, "x.jsonl"), seedclean.default_pipeline()):
...     stats.add(record)
>>> stats.records, stats.kept, dict(stats.dropped)
(2, 1, {'empty_body': 1})
"""

from __future__ import annotations

import functools
import os
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import attrs
from tqdm import tqdm

from .batch import Limits, volume_line
from .formats import Format, RecordWriter, open_records, parquet_rows
from .parallel import Workers
from .pipeline import Pipeline
from .records import ENTRY_KEY, AuditMode, DropReason, RecordItem, process_record

__all__ = [
    "RecordOptions",
    "RecordStats",
    "clean_records",
    "output_name",
    "record_size",
    "record_task",
    "run_file",
]

#: Drop reasons that mean a record could not be cleaned (a failure, exit status 1).
FAILURES = frozenset({DropReason.FAILED.value, DropReason.UNREADABLE.value})


def record_size(item: RecordItem) -> int:
    """An item's size in bytes: how :class:`~seedclean.parallel.Workers` orders work."""
    return item.size


def record_task(
    *,
    text_key: str = "text",
    id_key: str = "id",
    audit: AuditMode = "compact",
    limits: Limits | None = None,
) -> Callable[[RecordItem, Pipeline], dict[str, Any]]:
    """:func:`~seedclean.records.process_record` with these options: a picklable task."""
    return functools.partial(
        process_record, text_key=text_key, id_key=id_key, audit=audit, limits=limits
    )


def clean_records(
    items: Iterable[RecordItem],
    pipeline: Pipeline,
    *,
    jobs: int = 1,
    text_key: str = "text",
    id_key: str = "id",
    audit: AuditMode = "compact",
    limits: Limits | None = None,
) -> Iterator[dict[str, Any]]:
    """The output record of each item, in order, cleaned on ``jobs`` processes."""
    task = record_task(text_key=text_key, id_key=id_key, audit=audit, limits=limits)
    with Workers(pipeline, task, jobs=jobs) as workers:
        yield from workers.map(items, size=record_size)


@attrs.define
class RecordStats:
    """Counts of a run over records, for the closing summary line."""

    started: float = attrs.field(factory=time.perf_counter)
    records: int = 0
    kept: int = 0
    dropped: Counter[str] = attrs.field(factory=Counter)
    passed_through: int = 0
    bytes_in: int = 0
    chars_in: int = 0
    chars_out: int = 0
    removed: Counter[str] = attrs.field(factory=Counter)

    def merge(self, other: RecordStats) -> None:
        """Add the counts of another run (of another file) to these."""
        self.records += other.records
        self.kept += other.kept
        self.dropped.update(other.dropped)
        self.passed_through += other.passed_through
        self.bytes_in += other.bytes_in
        self.chars_in += other.chars_in
        self.chars_out += other.chars_out
        self.removed.update(other.removed)

    @property
    def failed(self) -> int:
        """Records that could not be read or cleaned."""
        return sum(n for reason, n in self.dropped.items() if reason in FAILURES)

    def add(self, record: dict[str, Any]) -> None:
        """Count one output record."""
        entry = record["metadata"][ENTRY_KEY]
        self.records += 1
        if entry["decision"] == "keep":
            self.kept += 1
        else:
            self.dropped[entry["reason"]] += 1
        stats = entry.get("stats")
        if stats is not None:
            self.chars_in += stats["chars_in"]
            self.chars_out += stats["chars_out"]
            self.removed.update(entry["removed"])
        self.passed_through += "passed_through" in entry

    def summary(self, elapsed: float | None = None) -> str:
        """The summary line, with the characters removed by reason (the top five).

        >>> s = RecordStats(records=3, kept=2, dropped=Counter(empty_body=1),
        ...                 bytes_in=2_000_000, chars_in=1000, chars_out=700,
        ...                 removed=Counter(low_content=200, boilerplate_phrase=100))
        >>> print(s.summary(elapsed=2.0))
        3 records, 2.00 MB in 2.00 s (1.00 MB/s), 30.0% of text removed
        (low_content 20.0%, boilerplate_phrase 10.0%), 2 kept, 1 dropped (empty_body 1), 0 failed
        """
        if elapsed is None:
            elapsed = time.perf_counter() - self.started
        line = volume_line(
            self.records,
            "record",
            self.bytes_in,
            self.chars_in,
            self.chars_out,
            self.removed,
            elapsed,
        )
        line += f", {self.kept} kept, {sum(self.dropped.values())} dropped"
        if self.dropped:
            line += " (" + ", ".join(f"{r} {n}" for r, n in sorted(self.dropped.items())) + ")"
        line += f", {self.failed} failed"
        if self.passed_through:
            line += f", {self.passed_through} passed through over a limit"
        return line


def output_name(name: str, fmt: Format) -> str:
    """The name of the output of a dataset file in an output folder: the same name for
    JSON Lines and Parquet, ``<name>.jsonl.gz`` for a WET file.

    >>> output_name("CC-MAIN-0001.warc.wet.gz", Format.WET)
    'CC-MAIN-0001.jsonl.gz'
    >>> output_name("a.jsonl.zst", Format.JSONL)
    'a.jsonl.zst'
    """
    if fmt is not Format.WET:
        return name
    lower = name.lower()
    for suffix in (".warc.wet.gz", ".warc.wet", ".wet.gz", ".wet"):
        if lower.endswith(suffix):
            return name[: -len(suffix)] + ".jsonl.gz"
    return name + ".jsonl.gz"


@attrs.frozen
class RecordOptions:
    """How records are cleaned (the command's dataset options)."""

    text_key: str = "text"
    id_key: str = "id"
    audit: AuditMode = "compact"
    limits: Limits = attrs.field(factory=Limits)
    jobs: int = 1

    def workers(self, pipeline: Pipeline) -> Workers[RecordItem, dict[str, Any]]:
        """A pool that cleans records with these options (close it, or use ``with``)."""
        task = record_task(
            text_key=self.text_key, id_key=self.id_key, audit=self.audit, limits=self.limits
        )
        return Workers(pipeline, task, jobs=self.jobs)


def run_file(
    src: str,
    fmt: Format,
    workers: Workers[RecordItem, dict[str, Any]],
    writer: RecordWriter,
    *,
    rejects: RecordWriter | None = None,
    progress: bool = False,
    say: Callable[[str], None] = print,
) -> RecordStats:
    """Clean the dataset file ``src`` (``"-"``: JSON Lines on standard input) on
    ``workers`` into ``writer``, the dropped records into ``rejects`` when given; report
    each record that failed through ``say``.

    The writers are not closed here: the caller commits them (or aborts them on error).
    """
    stats = RecordStats()
    name = os.path.basename(src) if src != "-" else "-"
    if src == "-":
        total = None
    else:
        total = os.path.getsize(src) if fmt is not Format.PARQUET else parquet_rows(src)
    with (
        open_records(src, fmt, name, stdin=sys.stdin.buffer) as (items, position),
        tqdm(
            total=total,
            unit="row" if fmt is Format.PARQUET else "B",
            unit_scale=True,
            desc=name,
            file=sys.stderr,
            disable=not progress,
            leave=False,
        ) as bar,
    ):
        for record in workers.map(items, size=record_size):
            entry = record["metadata"][ENTRY_KEY]
            if entry["reason"] in FAILURES:
                say(f"failed: {entry['source']}: {entry['error']}")
            if rejects is not None and entry["decision"] != "keep":
                rejects.write(record)
            else:
                writer.write(record)
            stats.add(record)
            bar.update(position() - bar.n)
            bar.set_postfix(records=stats.records, refresh=False)
        read = position()
    stats.bytes_in = os.path.getsize(src) if src != "-" and fmt is Format.PARQUET else read
    return stats

