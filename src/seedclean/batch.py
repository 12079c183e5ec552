"""Cleaning many files: sources of work items, a pure :func:`process`, and a writer.

The three parts only exchange plain, picklable values (:class:`WorkItem` in,
:class:`Result` out), so the cleaning can later move to worker processes, and other
sources (JSON Lines, archives) can feed the same :func:`process`:

>>> import seedclean
>>> result = process(WorkItem("a.txt", data=b"Caf\\xc3\\xa9  \\n"), seedclean.default_pipeline())
>>> result.status, result.body, result.sidecar["encoding"]
('ok', 'Café\\n', 'utf-8')
>>> process(WorkItem("b.bin", data=b"\\x00\\x01"), seedclean.default_pipeline()).status
'skipped'
"""

from __future__ import annotations

import contextlib
import fnmatch
import json
import os
import posixpath
import signal
import stat
import threading
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from types import FrameType
from typing import Any, Literal

import attrs
import ftfy

from ._version import __version__
from .document import Document, removed_by_reason
from .io import Decoded, atomic_write_files, decode_bytes, is_binary, printable
from .pipeline import Pipeline
from .sidecar import SCHEMA, dumps, sidecar

__all__ = [
    "LimitExceededError",
    "Limits",
    "NotARegularFileError",
    "RefusedError",
    "Result",
    "Stats",
    "TreeWriter",
    "WorkItem",
    "body_text",
    "by_reason",
    "describe_error",
    "is_done",
    "iter_tree",
    "plan_sidecars",
    "process",
    "read_text",
    "volume_line",
]


class RefusedError(Exception):
    """An output seedclean will not write (it would overwrite an input, or clash)."""


class NotARegularFileError(OSError):
    """Raised when an input path is a FIFO, socket or device rather than a file."""


@attrs.frozen
class Limits:
    """Per-document limits: a document over one is passed through unchanged.

    ``max_chars``: the most characters (after decoding) a document may have to be
    cleaned. ``timeout``: the most seconds cleaning one document may take. ``None`` is no
    limit.

    >>> Limits(max_chars=10).check_size("x" * 11)
    Traceback (most recent call last):
    ...
    seedclean.batch.LimitExceededError: 11 characters, over the limit of 10 (--max-chars)
    """

    max_chars: int | None = attrs.field(default=None)
    timeout: float | None = attrs.field(default=None)

    @max_chars.validator
    def _check_chars(self, _: Any, value: int | None) -> None:
        if value is not None and value < 0:
            raise ValueError("max_chars must be at least 0")

    @timeout.validator
    def _check_timeout(self, _: Any, value: float | None) -> None:
        if value is not None and not value > 0:
            raise ValueError("timeout must be more than 0 seconds")

    def check_size(self, text: str) -> None:
        """Raise :class:`LimitExceededError` if ``text`` is over ``max_chars``."""
        if self.max_chars is not None and len(text) > self.max_chars:
            raise LimitExceededError(
                "max_chars",
                self.max_chars,
                f"{len(text)} characters, over the limit of {self.max_chars} (--max-chars)",
            )

    @contextlib.contextmanager
    def time_limit(self) -> Iterator[None]:
        """Raise :class:`LimitExceededError` in the block once it has run ``timeout``
        seconds.

        On POSIX, in the main thread, a real-time timer (``SIGALRM``) interrupts the
        block where it is, so a step that would run for minutes is stopped; elsewhere the
        time is checked when the block ends (the document is still passed through, but
        the run waits for it).
        """
        if self.timeout is None:
            yield
            return
        timeout = self.timeout
        start = time.perf_counter()
        if _can_alarm():
            armed = [True]

            def on_alarm(signum: int, frame: FrameType | None) -> None:
                if armed[0]:  # not once the block is over, even if the signal is late
                    raise _AlarmError

            previous = signal.signal(signal.SIGALRM, on_alarm)
            signal.setitimer(signal.ITIMER_REAL, timeout)
            try:
                yield
                armed[0] = False
            except _AlarmError:
                raise self._timed_out(time.perf_counter() - start) from None
            finally:
                armed[0] = False
                signal.setitimer(signal.ITIMER_REAL, 0)
                signal.signal(signal.SIGALRM, previous)
        else:
            yield
        elapsed = time.perf_counter() - start
        if elapsed > timeout:
            raise self._timed_out(elapsed)

    def _timed_out(self, elapsed: float) -> LimitExceededError:
        return LimitExceededError(
            "timeout",
            self.timeout or 0.0,
            f"cleaning took over {self.timeout:g} s (--timeout), stopped after {elapsed:.1f} s",
        )


class LimitExceededError(Exception):
    """A document is over one of its :class:`Limits`; it is passed through unchanged."""

    def __init__(self, kind: str, limit: float, message: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.limit = limit
        self.message = message


class _AlarmError(BaseException):
    """Raised by the SIGALRM handler; a BaseException so cleaners' ``except Exception``
    cannot swallow it."""


def _can_alarm() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@attrs.frozen
class WorkItem:
    """One input to clean: its name relative to the input folder and how to get its bytes.

    Either ``path`` (a file to read) or ``data`` (bytes already in memory, as for standard
    input) is set; ``error`` is set instead when the source could not even be listed.
    """

    rel: str
    path: str | None = None
    data: bytes | None = None
    error: str | None = None

    def load(self) -> bytes:
        """The bytes of the input. Refuses (without blocking) anything but a regular file.

        >>> WorkItem("-", data=b"abc").load()
        b'abc'
        """
        if self.data is not None:
            return self.data
        if self.path is None:
            raise ValueError(self.error or f"no data for {self.rel}")
        fd = os.open(self.path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as f:
            if not stat.S_ISREG(os.fstat(f.fileno()).st_mode):
                raise NotARegularFileError("not a regular file")
            return f.read()


@attrs.frozen
class Result:
    """What :func:`process` made of one :class:`WorkItem`.

    ``status`` is ``"ok"`` (``body`` and ``sidecar`` are set), ``"skipped"`` (not text;
    ``reason`` says why) or ``"failed"`` (``reason`` is a one-line error message). An
    ``"ok"`` result whose document was over a :class:`Limits` holds the decoded input
    unchanged and says why in ``reason`` (and in the sidecar's ``passed_through``).
    """

    rel: str
    status: Literal["ok", "skipped", "failed"]
    body: str = ""
    sidecar: dict[str, Any] | None = None
    reason: str = ""
    bytes_in: int = 0
    chars_in: int = 0
    chars_out: int = 0
    #: Characters removed, by reason (see :func:`~seedclean.document.removed_by_reason`).
    removed: dict[str, int] = attrs.field(factory=dict)

    @property
    def passed_through(self) -> bool:
        """Whether the document was written unchanged because it was over a limit."""
        return self.status == "ok" and bool(self.reason)


def describe_error(exc: BaseException) -> str:
    """A one-line description of an error, without the file name the caller already gives.

    >>> describe_error(PermissionError(13, "Permission denied", "/x/a.txt"))
    'Permission denied'
    >>> describe_error(ValueError("bad\\nthing"))
    'ValueError: bad thing'
    """
    if isinstance(exc, RefusedError):
        text = str(exc)
    elif isinstance(exc, OSError) and exc.strerror:
        text = exc.strerror
    elif isinstance(exc, OSError) and exc.args:
        text = str(exc.args[0])
    else:
        text = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    line = " ".join(text.split())
    return line if len(line) <= 300 else line[:299] + "…"


def body_text(text: str) -> str:
    """The text of a body file: the clean text and a final newline if it has none.

    Nothing is stripped, so the body is always the audited text plus at most one
    newline.

    >>> body_text("a"), body_text(""), body_text("a\\n")
    ('a\\n', '', 'a\\n')
    """
    return text if not text or text.endswith("\n") else text + "\n"


def read_text(item: WorkItem) -> tuple[bytes, Decoded | None]:
    """The bytes of an item and their text, as a run reads them (``None``: not text).

    >>> read_text(WorkItem("a.txt", data="Café".encode()))[1].text
    'Café'
    >>> read_text(WorkItem("b.bin", data=b"\\x00\\x01\\x02"))[1] is None
    True
    """
    data = item.load()
    return data, None if is_binary(data) else decode_bytes(data)


def process(
    item: WorkItem,
    pipeline: Pipeline,
    *,
    reraise: bool = False,
    limits: Limits | None = None,
) -> Result:
    """Read, decode and clean one item. Never raises (unless ``reraise``): errors become
    a ``"failed"`` result. A document over one of ``limits`` is passed through: its
    decoded text is the body, unchanged, and the sidecar's ``passed_through`` says why.

    >>> import seedclean
    >>> r = process(WorkItem("a.txt", data=b"x  \\n" * 5), seedclean.default_pipeline(),
    ...             limits=Limits(max_chars=10))
    >>> r.status, r.body == "x  \\n" * 5, r.reason
    ('ok', True, '20 characters, over the limit of 10 (--max-chars)')
    """
    try:
        if item.error is not None:
            return Result(item.rel, "failed", reason=item.error)
        data, decoded = read_text(item)
        if decoded is None:
            return Result(item.rel, "skipped", reason="binary file", bytes_in=len(data))
        limits = limits or Limits()
        passed: LimitExceededError | None = None
        try:
            limits.check_size(decoded.text)
            with limits.time_limit():
                doc = pipeline(decoded.text)
        except LimitExceededError as exc:
            passed = exc
            doc = Document(decoded.text)
        record = sidecar(
            doc,
            pipeline=pipeline,
            source=printable(item.rel),
            encoding=decoded.encoding,
            encoding_errors=decoded.had_errors,
            bytes_in=len(data),
        )
        if passed is not None:
            record["passed_through"] = {
                "limit": passed.kind,
                "value": passed.limit,
                "message": passed.message,
            }
        return Result(
            item.rel,
            "ok",
            body=body_text(doc.text),
            sidecar=record,
            reason="" if passed is None else passed.message,
            bytes_in=len(data),
            chars_in=len(doc.original),
            chars_out=len(doc.text),
            removed=removed_by_reason(doc),
        )
    except Exception as exc:
        if reraise:
            raise
        return Result(item.rel, "failed", reason=describe_error(exc))


def _path_matches(rel: str, pattern: str) -> bool:
    """Glob match of a ``/``-separated path: ``*`` stays within a segment, ``**`` spans any.

    >>> _path_matches("a/b.txt", "a/*.txt"), _path_matches("a/b/c.txt", "a/*.txt")
    (True, False)
    >>> _path_matches("a/b/c.txt", "a/**/*.txt"), _path_matches("a/c.txt", "a/**/*.txt")
    (True, True)
    """
    parts = rel.split("/")
    states = {0}  # how many segments of ``parts`` the pattern so far can have consumed
    for segment in pattern.split("/"):
        if segment == "**":
            states = set(range(min(states), len(parts) + 1))
        else:
            states = {
                i + 1 for i in states if i < len(parts) and fnmatch.fnmatchcase(parts[i], segment)
            }
        if not states:
            return False
    return len(parts) in states


def _matches(rel: str, name: str, patterns: Sequence[str]) -> bool:
    """Whether a file matches a pattern: on its name, or on its path for patterns with ``/``.

    >>> _matches("a/b.txt", "b.txt", ["*.txt"]), _matches("a/b.md", "b.md", ["a/*.md"])
    (True, True)
    """
    return any(
        _path_matches(rel, p) if "/" in p else fnmatch.fnmatchcase(name, p) for p in patterns
    )


def _scan(directory: str) -> list[os.DirEntry[str]]:
    with os.scandir(directory) as it:
        return sorted(it, key=lambda e: e.name)


def iter_tree(
    src: str | os.PathLike[str],
    patterns: Sequence[str],
    *,
    exclude: Iterable[str | os.PathLike[str]] = (),
    hidden: bool = False,
) -> Iterator[WorkItem]:
    """Work items for the files under ``src`` that match ``patterns``, in sorted order.

    Folders are walked depth first, the files of a folder before its subfolders, each
    level sorted by name. Symbolic links to folders are not followed (no loops); links to
    files are read. Folders in ``exclude`` (compared by real path, e.g. the output folder)
    are skipped, and so are names starting with a dot unless ``hidden``. A folder that
    cannot be listed yields an item whose ``error`` says why.
    """
    root = os.fspath(src)
    excluded = {os.path.realpath(p) for p in exclude}
    stack = [""]
    while stack:
        rel_dir = stack.pop()
        try:
            entries = _scan(os.path.join(root, rel_dir))
        except OSError as exc:
            yield WorkItem(rel_dir or ".", error=describe_error(exc))
            continue
        subdirs: list[str] = []
        for entry in entries:
            if not hidden and entry.name.startswith("."):
                continue
            rel = posixpath.join(rel_dir, entry.name) if rel_dir else entry.name
            if entry.is_dir(follow_symlinks=False):
                if os.path.realpath(entry.path) not in excluded:
                    subdirs.append(rel)
            elif _matches(rel, entry.name, patterns) and not (
                entry.is_symlink() and _links_into(entry.path, excluded)
            ):
                yield WorkItem(rel, path=entry.path)
        stack.extend(reversed(subdirs))


def _links_into(path: str, folders: set[str]) -> bool:
    """Whether the real path of ``path`` lies in one of ``folders`` (real paths)."""
    real = os.path.realpath(path)
    return any(real == f or real.startswith(f.rstrip(os.sep) + os.sep) for f in folders)


def plan_sidecars(rels: Sequence[str]) -> dict[str, str | None]:
    """The sidecar name of each body: ``a/b.txt`` → ``a/b.json``.

    When that name is another input's sidecar or body too (``b.txt`` and ``b.md``, or an
    input ``b.json``), the full name is kept instead: ``a/b.md.json``. ``None`` marks the
    rare name that clashes even so.

    >>> plan_sidecars(["a/b.txt", "c.txt"])
    {'a/b.txt': 'a/b.json', 'c.txt': 'c.json'}
    >>> plan_sidecars(["b.md", "b.txt", "d.json"])
    {'b.md': 'b.md.json', 'b.txt': 'b.txt.json', 'd.json': 'd.json.json'}
    """
    bodies = set(rels)
    short = {rel: posixpath.splitext(rel)[0] + ".json" for rel in rels}
    counts = Counter(short.values())
    plan: dict[str, str | None] = {}
    for rel in rels:
        name = short[rel]
        if counts[name] > 1 or name in bodies:
            name = rel + ".json"
        plan[rel] = None if name in bodies else name
    return plan


@attrs.frozen
class TreeWriter:
    """Writes each result's body to ``out/<rel>`` and its sidecar beside it, atomically.

    ``sidecars`` maps each ``rel`` to its sidecar's name (see :func:`plan_sidecars`);
    ``protected`` holds real paths (the inputs) that must never be written to.
    """

    out: Path
    sidecars: dict[str, str | None]
    protected: frozenset[str] = frozenset()
    _real_dirs: dict[Path, str] = attrs.field(factory=dict, init=False, repr=False, eq=False)

    def targets(self, rel: str) -> tuple[Path, Path]:
        """The body and sidecar paths for the input ``rel``."""
        side = self.sidecars.get(rel, posixpath.splitext(rel)[0] + ".json")
        if side is None:
            raise RefusedError(f"the sidecar name of {rel} clashes with another output")
        return self.out / rel, self.out / side

    def _real_path(self, path: Path) -> str:
        """Where writing ``path`` lands: its folder resolved, its name as it is (a rename
        replaces a symbolic link rather than following it)."""
        real = self._real_dirs.get(path.parent)
        if real is None:
            real = self._real_dirs[path.parent] = os.path.realpath(path.parent)
        return os.path.join(real, path.name)

    def write(self, result: Result) -> None:
        """Write the body and the sidecar of an ``"ok"`` result."""
        if result.sidecar is None:
            raise ValueError(f"nothing to write for {result.rel} ({result.status})")
        body, side = self.targets(result.rel)
        for path in (body, side):
            if self._real_path(path) in self.protected:
                raise RefusedError(f"refusing to overwrite the input {path}")
        atomic_write_files(
            [(body, result.body.encode("utf-8")), (side, dumps(result.sidecar).encode("utf-8"))]
        )


def is_done(item: WorkItem, writer: TreeWriter, fingerprint: str) -> bool:
    """Whether ``writer``'s folder already holds the outputs of ``item`` (``--resume``).

    True when its body and sidecar are there and the sidecar was made by this version
    of seedclean and ftfy, with the pipeline of ``fingerprint``, from an input of the
    size the item's file has now (``stats.bytes_in``), and is not older than that file.
    Anything missing, unreadable or different means not done.

    >>> import pathlib, tempfile, seedclean
    >>> pipe = seedclean.default_pipeline()
    >>> with tempfile.TemporaryDirectory() as d:
    ...     _ = pathlib.Path(d, "a.txt").write_text("Some text.  ")
    ...     item = WorkItem("a.txt", path=f"{d}/a.txt")
    ...     writer = TreeWriter(pathlib.Path(d, "out"), {"a.txt": "a.json"})
    ...     before = is_done(item, writer, pipe.fingerprint())
    ...     writer.write(process(item, pipe))
    ...     before, is_done(item, writer, pipe.fingerprint()), is_done(item, writer, "0" * 16)
    (False, True, False)
    """
    if item.path is None:
        return False
    try:
        body, side = writer.targets(item.rel)
        source = os.stat(item.path)
        if not stat.S_ISREG(os.lstat(body).st_mode):
            return False
        made = os.lstat(side)
        with open(side, encoding="utf-8") as f:
            data = json.load(f)
        return bool(
            stat.S_ISREG(made.st_mode)
            and source.st_mtime_ns <= made.st_mtime_ns
            and data["schema"] == SCHEMA
            and data["seedclean"] == __version__
            and data["ftfy"] == ftfy.__version__
            and data["pipeline"]["fingerprint"] == fingerprint
            and data["stats"]["bytes_in"] == source.st_size
        )
    except (OSError, ValueError, LookupError, TypeError, RefusedError):
        return False


def by_reason(removed: Mapping[str, int], chars_in: int, top: int = 5) -> str:
    """The biggest shares of the text removed, by reason, for a summary line.

    >>> by_reason({"low_content": 200, "caption": 50}, 1000)
    ' (low_content 20.0%, caption 5.0%)'
    >>> by_reason({}, 1000)
    ''
    """
    if not chars_in or not removed:
        return ""
    biggest = sorted(removed.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
    return " (" + ", ".join(f"{reason} {n / chars_in:.1%}" for reason, n in biggest) + ")"


def volume_line(
    count: int,
    noun: str,
    bytes_in: int,
    chars_in: int,
    chars_out: int,
    removed: Mapping[str, int],
    elapsed: float,
) -> str:
    """The start of a summary line: how much was read, how fast, how much was removed.

    >>> volume_line(2, "file", 2_000_000, 1000, 900, {"caption": 100}, 4.0)
    '2 files, 2.00 MB in 4.00 s (0.50 MB/s), 10.0% of text removed (caption 10.0%)'
    """
    mb = bytes_in / 1e6
    rate = mb / elapsed if elapsed > 0 else 0.0
    share = max(1 - chars_out / chars_in, 0.0) if chars_in else 0.0
    nouns = noun if count == 1 else noun + "s"
    return (
        f"{count} {nouns}, {mb:.2f} MB in {elapsed:.2f} s ({rate:.2f} MB/s), "
        f"{share:.1%} of text removed{by_reason(removed, chars_in)}"
    )


@attrs.define
class Stats:
    """Counts for the closing summary line."""

    started: float = attrs.field(factory=time.perf_counter)
    files: int = 0
    skipped: int = 0
    failed: int = 0
    bytes_in: int = 0
    chars_in: int = 0
    chars_out: int = 0
    passed_through: int = 0
    done: int = 0
    removed: Counter[str] = attrs.field(factory=Counter)

    def add(self, result: Result) -> None:
        """Count one result."""
        if result.status == "ok":
            self.removed.update(result.removed)
            self.files += 1
            self.passed_through += result.passed_through
            self.bytes_in += result.bytes_in
            self.chars_in += result.chars_in
            self.chars_out += result.chars_out
        elif result.status == "skipped":
            self.skipped += 1
        else:
            self.failed += 1

    def summary(self, elapsed: float | None = None) -> str:
        """The summary line.

        >>> s = Stats(files=5, bytes_in=60_000, chars_in=1000, chars_out=766)
        >>> s.summary(elapsed=0.41)
        '5 files, 0.06 MB in 0.41 s (0.15 MB/s), 23.4% of text removed, 0 skipped, 0 failed'
        >>> Stats(files=2, passed_through=1).summary(elapsed=1.0).split("removed, ")[1]
        '0 skipped, 0 failed, 1 passed through over a limit'
        >>> Stats(files=1, done=7).summary(elapsed=1.0).split("removed, ")[1]
        '0 skipped, 0 failed, 7 already done'
        """
        if elapsed is None:
            elapsed = time.perf_counter() - self.started
        line = volume_line(
            self.files, "file", self.bytes_in, self.chars_in, self.chars_out, self.removed, elapsed
        )
        line += f", {self.skipped} skipped, {self.failed} failed"
        if self.passed_through:
            line += f", {self.passed_through} passed through over a limit"
        if self.done:
            line += f", {self.done} already done"
        return line
