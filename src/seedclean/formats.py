"""Dataset file formats: which one a file is, and reading and writing its records.

The formats corpora come in: JSON Lines (``.jsonl``, also gzip- or zstd-compressed:
``.jsonl.gz``, ``.jsonl.zst``), CommonCrawl WET files (``.warc.wet.gz``: the plain text
of each page, read with warcio, extra ``warc``), and Parquet (``.parquet``, with pyarrow,
extra ``parquet``). Anything else is a text file, cleaned whole.

>>> detect_format("pages.jsonl.gz"), detect_format("CC-MAIN-1.warc.wet.gz")
(<Format.JSONL: 'jsonl'>, <Format.WET: 'wet'>)
>>> detect_format("page.txt"), compression_of("pages.jsonl.zst")
(<Format.TXT: 'txt'>, 'zstd')

Readers yield :class:`~seedclean.records.RecordItem`\\ s, numbered from 1 in the order
of the file (for JSON Lines, the line number), and never stop at a bad record: a line
that is not a JSON object becomes an item with an ``error``, so it is reported and the
run goes on.

>>> import io
>>> items = list(read_jsonl(io.BytesIO(b'{"text": "a"}\\n\\nnot json\\n'), "p.jsonl"))
>>> [(i.number, i.record, i.error) for i in items]  # doctest: +ELLIPSIS
[(1, {'text': 'a'}, None), (3, None, 'not valid JSON: Expecting value...')]
"""

from __future__ import annotations

import contextlib
import enum
import gzip
import importlib
import io
import json
import os
from collections.abc import Callable, Iterator, Mapping
from types import ModuleType
from typing import IO, Any, BinaryIO, Literal

from .io import StagedFile, decode_bytes
from .records import RecordItem, dumps_record

__all__ = [
    "Format",
    "MissingExtraError",
    "RecordWriter",
    "compression_of",
    "detect_format",
    "open_records",
    "parquet_rows",
    "parquet_schema",
    "read_jsonl",
    "read_parquet",
    "read_wet",
]

Compression = Literal["gzip", "zstd"] | None


class Format(enum.StrEnum):
    """What a file holds: one text (``txt``) or records (the others)."""

    TXT = "txt"
    JSONL = "jsonl"
    WET = "wet"
    PARQUET = "parquet"


class MissingExtraError(ImportError):
    """A format needs an optional dependency that is not installed; says which extra."""


_COMPRESSION = {".gz": "gzip", ".zst": "zstd", ".zstd": "zstd"}
_JSONL = (".jsonl", ".ndjson", ".jsonlines")


def compression_of(name: str) -> Compression:
    """The compression a file name says (``gzip``, ``zstd``), or ``None``.

    >>> compression_of("a.jsonl.gz"), compression_of("a.jsonl")
    ('gzip', None)
    """
    suffix = os.path.splitext(name)[1].lower()
    value = _COMPRESSION.get(suffix)
    return "gzip" if value == "gzip" else "zstd" if value == "zstd" else None


def _base_name(name: str) -> str:
    """The name without its compression suffix, lower case."""
    lower = os.path.basename(name).lower()
    root, suffix = os.path.splitext(lower)
    return root if suffix in _COMPRESSION else lower


def detect_format(name: str) -> Format:
    """The format of a file, from its name (the compression suffix aside).

    >>> detect_format("x.ndjson"), detect_format("x.wet"), detect_format("x.parquet")
    (<Format.JSONL: 'jsonl'>, <Format.WET: 'wet'>, <Format.PARQUET: 'parquet'>)
    >>> detect_format("notes.md")
    <Format.TXT: 'txt'>
    """
    base = _base_name(name)
    if base.endswith(_JSONL):
        return Format.JSONL
    if base.endswith(".wet"):
        return Format.WET
    if base.endswith(".parquet"):
        return Format.PARQUET
    return Format.TXT


def _extra(module: str, extra: str, what: str) -> ModuleType:
    """Import an optional dependency, or say which extra installs it."""
    try:
        return importlib.import_module(module)
    except ImportError:
        raise MissingExtraError(
            f"{what} needs the '{module}' package: pip install 'seedclean[{extra}]'"
        ) from None


def _decompressed(raw: BinaryIO, compression: Compression) -> BinaryIO:
    if compression == "gzip":
        return gzip.GzipFile(fileobj=raw, mode="rb")  # type: ignore[return-value]
    if compression == "zstd":
        zstandard = _extra("zstandard", "zstd", "a .zst file")
        reader = zstandard.ZstdDecompressor().stream_reader(raw, read_across_frames=True)
        return io.BufferedReader(reader)  # lines can be read from it
    return raw


def _not_a_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON value")


_JSON_KINDS = {"list": "a list", "str": "a string", "int": "a number", "float": "a number"}


def read_jsonl(stream: IO[bytes], source: str) -> Iterator[RecordItem]:
    """The records of a JSON Lines stream (decompressed bytes), numbered by line.

    Blank lines are passed over (they hold no record). A line that is not UTF-8, not
    JSON, or not a JSON object yields an item with ``error`` and the line's text in
    ``raw`` (undecodable bytes as U+FFFD), so nothing is lost without a word.

    >>> import io
    >>> [i.error for i in read_jsonl(io.BytesIO(b'[1]\\n{"a": NaN}\\n'), "x")]
    ['not a JSON object: a list', 'not valid JSON: NaN is not a JSON value']
    """
    for number, line in enumerate(stream, 1):
        if not line.strip():
            continue
        try:
            value = json.loads(line, parse_constant=_not_a_constant)
        except (ValueError, UnicodeDecodeError) as exc:
            text = line.decode("utf-8", "replace").rstrip("\r\n")
            detail = exc.args[0] if isinstance(exc, ValueError) else str(exc)
            yield RecordItem(
                source, number, error=f"not valid JSON: {detail}", raw=text, size=len(line)
            )
            continue
        if not isinstance(value, dict):
            text = line.decode("utf-8", "replace").rstrip("\r\n")
            kind = _JSON_KINDS.get(type(value).__name__, type(value).__name__)
            yield RecordItem(
                source, number, error=f"not a JSON object: {kind}", raw=text, size=len(line)
            )
            continue
        yield RecordItem(source, number, record=value, size=len(line))


_WET_FIELDS = (
    ("url", "WARC-Target-URI"),
    ("date", "WARC-Date"),
    ("warc_refers_to", "WARC-Refers-To"),
    ("content_language", "WARC-Identified-Content-Language"),
)


def read_wet(stream: IO[bytes], source: str) -> Iterator[RecordItem]:
    """One record per conversion record of a WET file (its raw bytes, gzip or not).

    The record is ``{"id": WARC-Record-ID, "text": the page text, "metadata": {"url",
    "date", "warc_refers_to", "content_language"}}`` (fields the WARC record lacks are
    left out); other WARC records (``warcinfo``, say) hold no page and are passed over.
    Read with warcio (extra ``warc``).
    """
    archive = _extra("warcio.archiveiterator", "warc", "a WET file")
    number = 0
    for warc in archive.ArchiveIterator(stream):
        if warc.rec_type != "conversion":
            continue
        number += 1
        headers = warc.rec_headers
        data = warc.content_stream().read()
        metadata = {
            key: headers.get_header(name)
            for key, name in _WET_FIELDS
            if headers.get_header(name) is not None
        }
        record: dict[str, Any] = {"text": decode_bytes(data).text, "metadata": metadata}
        record_id = headers.get_header("WARC-Record-ID")
        if record_id is not None:
            record = {"id": record_id, **record}
        yield RecordItem(source, number, record=record, size=len(data))


def _parse_metadata(row: dict[str, Any]) -> None:
    """A ``metadata`` column of JSON text (as :class:`RecordWriter` writes it) back to a
    mapping; any other value stays as it is."""
    value = row.get("metadata")
    if isinstance(value, str) and value.startswith("{"):
        with contextlib.suppress(ValueError):
            row["metadata"] = json.loads(value)


def read_parquet(path: str, source: str, *, batch_size: int = 256) -> Iterator[RecordItem]:
    """One record per row of a Parquet file, numbered from 1, read a batch at a time
    (pyarrow, extra ``parquet``). A ``metadata`` column of JSON objects (as seedclean
    writes it) is read back as mappings."""
    parquet = _extra("pyarrow.parquet", "parquet", "a Parquet file")
    number = 0
    with parquet.ParquetFile(path) as table:
        for batch in table.iter_batches(batch_size=batch_size):
            for row in batch.to_pylist():
                number += 1
                _parse_metadata(row)
                text = row.get("text")
                size = len(text) if isinstance(text, str) else 0
                yield RecordItem(source, number, record=row, size=size)


class _Counted:
    """A binary stream's lines, counting the bytes read (for a stream that cannot tell)."""

    def __init__(self, stream: IO[bytes]) -> None:
        self.stream = stream
        self.count = 0

    def __iter__(self) -> Iterator[bytes]:
        for line in self.stream:
            self.count += len(line)
            yield line


def parquet_schema(path: str) -> Any:
    """The Arrow schema of a Parquet file (for writing its records back as Parquet)."""
    parquet = _extra("pyarrow.parquet", "parquet", "a Parquet file")
    return parquet.read_schema(path)


def parquet_rows(path: str) -> int:
    """The number of rows of a Parquet file, from its footer."""
    parquet = _extra("pyarrow.parquet", "parquet", "a Parquet file")
    with parquet.ParquetFile(path) as table:
        return int(table.metadata.num_rows)


@contextlib.contextmanager
def open_records(
    path: str, fmt: Format, source: str, *, stdin: IO[bytes] | None = None
) -> Iterator[tuple[Iterator[RecordItem], Callable[[], int]]]:
    """The records of a dataset file (``"-"``: JSON Lines from ``stdin``), and a function
    that tells how far reading has gone: bytes of the file (for Parquet, rows)."""
    if path == "-":
        if fmt is not Format.JSONL or stdin is None:
            raise ValueError("standard input can only be read as JSON Lines")
        counted = _Counted(stdin)
        yield read_jsonl(counted, source), lambda: counted.count  # type: ignore[arg-type]
        return
    if fmt is Format.PARQUET:
        rows = [0]

        def counting() -> Iterator[RecordItem]:
            for item in read_parquet(path, source):
                rows[0] = item.number
                yield item

        yield counting(), lambda: rows[0]
        return
    with open(path, "rb") as raw:
        if fmt is Format.WET:
            yield read_wet(raw, source), raw.tell
            return
        stream = _decompressed(raw, compression_of(path))
        try:
            yield read_jsonl(stream, source), raw.tell
        finally:
            if stream is not raw:
                stream.close()


class RecordWriter:
    """Writes output records as JSON Lines or Parquet, to a file (atomically) or a stream.

    A file is staged beside its target (:class:`~seedclean.io.StagedFile`) and renamed
    over it by :meth:`close`: a killed or failed run leaves no partial output. JSON
    Lines are compressed as the target's name says (``.gz``, ``.zst``). In Parquet, the
    ``metadata`` column holds each record's metadata as a JSON string (its fields vary
    from record to record) and the other columns keep ``schema``'s types when given
    (those of a Parquet input).

    >>> import io
    >>> out = io.BytesIO()
    >>> with RecordWriter(stream=out) as writer:
    ...     writer.write({"id": 1, "text": "a"})
    >>> out.getvalue()
    b'{"id":1,"text":"a"}\\n'
    """

    def __init__(
        self,
        target: str | os.PathLike[str] | None = None,
        *,
        fmt: Format = Format.JSONL,
        stream: IO[bytes] | None = None,
        schema: Any = None,
    ) -> None:
        if fmt not in (Format.JSONL, Format.PARQUET):
            raise ValueError(f"records are written as jsonl or parquet, not {fmt.value}")
        if (target is None) == (stream is None):
            raise ValueError("give a target file or a stream, not both")
        self.fmt = fmt
        self.count = 0
        self._schema = schema
        self._staged = StagedFile(target) if target is not None else None
        raw: IO[bytes] = self._staged.file if self._staged is not None else stream  # type: ignore[assignment]
        self._raw = raw
        self._out: IO[bytes] = raw
        compression = compression_of(os.fspath(target)) if target is not None else None
        if fmt is Format.JSONL and compression == "gzip":
            self._out = gzip.GzipFile(fileobj=raw, mode="wb", mtime=0)  # type: ignore[assignment]
        elif fmt is Format.JSONL and compression == "zstd":
            zstandard = _extra("zstandard", "zstd", "a .zst file")
            self._out = zstandard.ZstdCompressor().stream_writer(raw, closefd=False)
        self._rows: list[dict[str, Any]] = []
        self._parquet: Any = None
        self._arrow_schema: Any = None

    def __enter__(self) -> RecordWriter:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, *rest: object) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()

    def write(self, record: Mapping[str, Any]) -> None:
        """Write one record (a line of JSON, or a row of the next Parquet batch)."""
        if self.fmt is Format.PARQUET:
            self._rows.append(self._row(record))
            if len(self._rows) >= 1024:
                self._flush_rows()
        else:
            self._out.write(dumps_record(record).encode("utf-8") + b"\n")
        self.count += 1

    def _row(self, record: Mapping[str, Any]) -> dict[str, Any]:
        """A Parquet row: ``metadata`` as JSON text; without an input schema, ``id`` as a
        string and the other fields as their JSON text (strings stay as they are)."""
        row = dict(record)
        row["metadata"] = json.dumps(row.get("metadata"), ensure_ascii=False)
        if self._schema is None:
            for key, value in row.items():
                if key == "id" and value is not None:
                    row[key] = str(value)
                elif value is not None and not isinstance(value, str):
                    row[key] = json.dumps(value, ensure_ascii=False)
        return row

    def _flush_rows(self) -> None:
        if not self._rows and self._parquet is not None:
            return
        pa = _extra("pyarrow", "parquet", "a Parquet file")
        parquet = _extra("pyarrow.parquet", "parquet", "a Parquet file")
        if self._parquet is None:
            self._arrow_schema = self._output_schema(pa)
            self._parquet = parquet.ParquetWriter(self._raw, self._arrow_schema)
        self._parquet.write_table(pa.Table.from_pylist(self._rows, schema=self._arrow_schema))
        self._rows = []

    def _output_schema(self, pa: Any) -> Any:
        """The columns of the first rows: ``text`` and ``metadata`` as strings, the others
        with the input schema's types when there is one, else as strings."""
        names: list[str] = []
        for row in self._rows or [{"text": "", "metadata": ""}]:
            names.extend(key for key in row if key not in names)
        fields = []
        for name in names:
            known = self._schema is not None and name in self._schema.names
            if known and name not in ("text", "metadata"):
                fields.append(self._schema.field(name))
            else:
                fields.append(pa.field(name, pa.string()))
        return pa.schema(fields)

    def close(self) -> None:
        """Finish the output: flush it; for a file, fsync it and rename it over the target."""
        if self.fmt is Format.PARQUET:
            self._flush_rows()
            self._parquet.close()
        if self._out is not self._raw:
            self._out.close()
        if self._staged is not None:
            self._staged.commit()
        else:
            self._raw.flush()

    def abort(self) -> None:
        """Drop the staged output (the target is left as it was)."""
        if self._parquet is not None:
            with contextlib.suppress(Exception):
                self._parquet.close()
        if self._staged is not None:
            self._staged.discard()
