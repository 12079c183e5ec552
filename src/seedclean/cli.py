"""The ``seedclean`` command: clean a folder, a file or standard input.

>>> main(["--list-cleaners"])  # doctest: +ELLIPSIS
extract_metadata ...
locate_content ...
normalize_unicode ...
repair_encoding ...
0

See ``seedclean --help`` and ``docs/output-format.md``.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import posixpath
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO, TypeVar

import attrs
from tqdm import tqdm

from . import default_pipeline
from ._version import __version__
from .batch import (
    Limits,
    Result,
    Stats,
    TreeWriter,
    WorkItem,
    describe_error,
    is_done,
    iter_tree,
    plan_sidecars,
    process,
)
from .corpus_lines import (
    LineCounter,
    corpus_stage,
    item_hashes,
    record_hashes,
    with_corpus_lines,
)
from .dataset_run import RecordOptions, RecordStats, output_name, record_size, run_file
from .formats import (
    Format,
    MissingExtraError,
    RecordWriter,
    detect_format,
    open_records,
    parquet_schema,
)
from .io import atomic_write_text, printable, remove_staged_files
from .parallel import Workers, available_cores
from .pipeline import Pipeline, registered_cleaners
from .records import RecordItem
from .report import RunReport
from .sidecar import SCHEMA, dumps

__all__ = ["UsageError", "build_parser", "load_pipeline", "main"]

T = TypeVar("T")

PROG = "seedclean"

DESCRIPTION = """\
Turn text scraped from web pages into clean article text, with a JSON sidecar per file
that records the metadata and every character removed (and why).

SRC is a folder, a file, or '-' for standard input. From a folder, every file matching
the patterns is cleaned, recursively, and OUT mirrors the folder layout:
SRC/a/b.txt gives OUT/a/b.txt (the clean text, UTF-8) and OUT/a/b.json (the sidecar).
A single file without -o (or with -o -), like standard input, gives its clean text on
standard output.
Inputs are never modified. Input bytes are decoded by guessing: a byte order mark,
UTF-8 (a few broken bytes are read as Windows-1252), or a legacy encoding.
"""

EPILOG = """\
examples:
  seedclean pages/ -o cleaned/          clean pages/**/*.txt into cleaned/
  seedclean pages/ -o cleaned/ --pattern '*.txt' --pattern '*.md'
  seedclean page.txt -o cleaned/        one file: cleaned/page.txt + cleaned/page.json
  seedclean page.txt > clean.txt        one file to standard output (so does -o -)
  seedclean - < page.txt > clean.txt    a filter: standard input to standard output
  seedclean - --sidecar page.json < page.txt > clean.txt
  seedclean --print-config > my.json    save the default pipeline, edit it, then:
  seedclean pages/ -o cleaned/ --config my.json
  seedclean pages/ -o cleaned/ --max-chars 5000000 --timeout 60
                                        pass huge or slow pages through unchanged
  seedclean pages/ -o cleaned/ --resume
                                        after a killed run: skip the files already done
  seedclean pages/ -o cleaned/ -j 4     on 4 processes (default: every core)
  seedclean pages/ -o cleaned/ --corpus-lines 3
                                        also remove lines found in 3 or more pages
  seedclean pages/ -o cleaned/ --report also cleaned/report.html (docs/explain.md)
  seedclean explain page.txt            what was removed and why (explain --help)

datasets (one output record per input record, see docs/corpora.md):
  seedclean pages.jsonl.gz -o clean.jsonl.gz
  seedclean pages.jsonl --text-key content -o clean.jsonl --rejects dropped.jsonl
  seedclean CC-MAIN-X.warc.wet.gz -o cleaned/   cleaned/CC-MAIN-X.jsonl.gz
  seedclean pages.parquet -o clean.parquet
  cat pages.jsonl | seedclean - --format jsonl > clean.jsonl

exit status:
  0 all files cleaned (binary files are skipped and files over --max-chars or
    --timeout are passed through unchanged, which are not failures)
  1 one or more files or records could not be read, cleaned or written (each is
    named on stderr; a record is still written, marked 'drop' with its reason)
  2 usage error: bad arguments, missing SRC, unusable OUT, bad config
  130 interrupted (Ctrl-C); files already written are complete, no partial file is left

output format: see docs/output-format.md; the sidecar's JSON Schema is
docs/schema/sidecar-1.schema.json.
"""


#: Below this much input in all, a run cleans in its own process: starting workers
#: would cost more than they save.
POOL_MIN_BYTES = 1_000_000


#: The file ``--corpus-lines`` saves the counts of a folder run to, in OUT.
CORPUS_COUNTS = ".seedclean-corpus-lines.bin"


class UsageError(Exception):
    """A problem with the command line or its files: reported in one line, exit status 2."""


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``seedclean`` command."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "src", metavar="SRC", nargs="?",
        help="folder (walked recursively), single file, or '-' for standard input",
    )  # fmt: skip
    parser.add_argument(
        "-o", "--output", metavar="OUT",
        help="output folder, created if needed (required when SRC is a folder); it may lie "
        "inside SRC: it is then skipped while walking. '-', or no -o, with a single file "
        "or standard input: the clean text goes to standard output. For a dataset SRC: "
        "a .jsonl[.gz|.zst] or .parquet file, a folder, or '-'",
    )  # fmt: skip
    parser.add_argument(
        "--pattern", metavar="GLOB", action="append",
        help="which files of a folder to clean (default: '*.txt'); matched against the "
        "file name, or against the path relative to SRC when GLOB contains '/' ('*' then "
        "stays within a folder, '**' spans folders); repeat for several patterns",
    )  # fmt: skip
    parser.add_argument(
        "--hidden", action="store_true",
        help="also clean files and walk folders whose names start with '.'",
    )  # fmt: skip
    parser.add_argument(
        "--config", metavar="FILE",
        help="pipeline config in JSON, as written by --print-config "
        "(a sidecar also works: its pipeline is reused)",
    )  # fmt: skip
    parser.add_argument(
        "--print-config", action="store_true",
        help="print the pipeline config (the default one, or --config's) as JSON and exit",
    )  # fmt: skip
    parser.add_argument(
        "--list-cleaners", action="store_true",
        help="list the cleaners a config can name, and exit",
    )  # fmt: skip
    parser.add_argument(
        "--sidecar", metavar="FILE",
        help="when the clean text goes to standard output (SRC '-', or a single file "
        "without -o): also write the sidecar JSON to FILE",
    )  # fmt: skip
    parser.add_argument(
        "--format", choices=["auto", *(f.value for f in Format)], default="auto",
        help="what SRC holds (default: from its name): txt (one document; a folder of "
        "them), jsonl (JSON Lines, also .jsonl.gz and .jsonl.zst), wet (a CommonCrawl "
        ".warc.wet.gz), parquet; records are written as JSON Lines or Parquet, one "
        "output record per input record",
    )  # fmt: skip
    parser.add_argument(
        "--text-key", metavar="KEY", default="text",
        help="records: the field holding the text to clean (default: text); the output "
        "record has the clean text under 'text'",
    )  # fmt: skip
    parser.add_argument(
        "--id-key", metavar="KEY", default="id",
        help="records: the field holding the record's id (default: id); a record without "
        "one gets '<file>:<line>'",
    )  # fmt: skip
    parser.add_argument(
        "--no-audit", action="store_true",
        help="records: leave the audit out of seedclean's entry (smaller output; the "
        "decision, reason, metadata and counts stay)",
    )  # fmt: skip
    parser.add_argument(
        "--rejects", metavar="FILE",
        help="records: write the records marked 'drop' (empty body, unreadable, failed) "
        "to FILE (.jsonl, .jsonl.gz, .jsonl.zst or .parquet) instead of OUT",
    )  # fmt: skip
    parser.add_argument(
        "--corpus-lines", metavar="N", type=_min_docs,
        help="first read every input and count its lines (normalised, of 4 words or "
        "more), then remove, while cleaning, the lines found in at least N documents: "
        "menus, footers and legal text a site repeats (reason corpus_repeat; 3 is a good "
        "start). The counts are saved (see --corpus-counts) and named in each sidecar",
    )  # fmt: skip
    parser.add_argument(
        "--corpus-counts", metavar="FILE",
        help="with --corpus-lines: where to save the line counts (default: "
        f"OUT/{CORPUS_COUNTS}, or beside a dataset's output file)",
    )  # fmt: skip
    parser.add_argument(
        "--max-chars", metavar="N", type=_count,
        help="pass a document of more than N characters through unchanged (named on "
        "stderr, marked in its sidecar) instead of cleaning it; default: no limit",
    )  # fmt: skip
    parser.add_argument(
        "--timeout", metavar="SECONDS", type=_seconds,
        help="stop cleaning a document after SECONDS and pass it through unchanged "
        "(named on stderr, marked in its sidecar); default: no limit",
    )  # fmt: skip
    parser.add_argument(
        "--resume", action="store_true",
        help="skip each input whose outputs OUT already holds, complete: its body and its "
        "sidecar, made by this seedclean with the same pipeline from an input of the same "
        "size and not older (to finish an interrupted or killed run); counted as 'already "
        "done'",
    )  # fmt: skip
    parser.add_argument(
        "-j", "--jobs", metavar="N", type=_jobs, default=available_cores(),
        help="clean on N processes (default: the cores available here, "
        f"{available_cores()}); the output is the same whatever N. A run of less than "
        "1 MB in all is cleaned in one process",
    )  # fmt: skip
    parser.add_argument(
        "--report", action="store_true",
        help="also write OUT/report.html, an HTML index of the run linking a page per file "
        "(OUT/report/<file>.html) that shows what was removed and why (docs/explain.md)",
    )  # fmt: skip
    parser.add_argument(
        "--no-progress", action="store_true",
        help="no progress bar (it is only shown when stderr is a terminal anyway)",
    )  # fmt: skip
    parser.add_argument(
        "-q", "--quiet", action="store_true",
        help="no progress bar and no summary line; skipped and failed files are still "
        "reported",
    )  # fmt: skip
    parser.add_argument(
        "--debug", action="store_true",
        help="let errors raise with a full traceback instead of a one-line message",
    )  # fmt: skip
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def _count(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more: {value!r}")
    return number


def _min_docs(value: str) -> int:
    number = _count(value)
    if number < 2:
        raise argparse.ArgumentTypeError(f"must be 2 or more (a line in N documents): {value!r}")
    return number


def _jobs(value: str) -> int:
    number = _count(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more: {value!r}")
    return number


def _seconds(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {value!r}") from None
    if not 0 < number < float("inf"):
        raise argparse.ArgumentTypeError(f"must be more than 0 seconds: {value!r}")
    return number


def _limits(args: argparse.Namespace) -> Limits:
    return Limits(max_chars=args.max_chars, timeout=args.timeout)


def _say(message: str) -> None:
    """Write one ``seedclean: ...`` line to stderr, without breaking a progress bar."""
    tqdm.write(f"{PROG}: {printable(message)}", file=sys.stderr)


def _read_config(path: str) -> Any:
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except OSError as exc:
        raise UsageError(f"cannot read config {path}: {exc.strerror or exc}") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise UsageError(f"bad config {path}: not valid JSON ({exc})") from None


def load_pipeline(path: str | None) -> Pipeline:
    """The default pipeline, or the one a JSON config file (or a sidecar) describes.

    Raises :class:`UsageError` with a one-line message for any problem with the file.
    """
    if path is None:
        return default_pipeline()
    config = _read_config(path)
    try:
        if isinstance(config, dict) and config.get("schema") == SCHEMA:
            config = config["pipeline"]["config"]  # a sidecar: reuse its pipeline
        return Pipeline.from_config(config)
    except Exception as exc:  # the config is user input: any error is its fault
        detail = " ".join(str(exc).split()) or type(exc).__name__
        raise UsageError(f"bad config {path}: {detail}") from None


def _summary(doc: str | None, width: int = 72) -> str:
    """The first paragraph of a docstring on one line, without markup, cut to ``width``.

    >>> _summary("Normalise each line that is not yet in ``form`` (``NFC``).\\n\\nMore.")
    'Normalise each line that is not yet in form (NFC).'
    """
    paragraph = (doc or "").strip().split("\n\n")[0]
    text = " ".join(paragraph.replace("``", "").split())
    if len(text) <= width:
        return text
    return text[: width - 1].rsplit(" ", 1)[0] + "…"


def _list_cleaners(out: TextIO) -> None:
    cleaners = registered_cleaners()
    width = max((len(name) for name in cleaners), default=0)
    for name in sorted(cleaners):
        print(f"{name:<{width}}  {_summary(cleaners[name].__doc__)}".rstrip(), file=out)


def _check_src(src: str) -> Path:
    path = Path(src)
    if not path.exists():
        try:
            os.stat(src)
        except OSError as exc:
            if os.path.lexists(src):  # a broken or looping symbolic link
                raise UsageError(f"SRC cannot be read: {src} ({exc.strerror or exc})") from None
        raise UsageError(f"SRC does not exist: {src}")
    if not (path.is_dir() or path.is_file()):
        raise UsageError(f"SRC is neither a folder nor a file: {src}")
    return path


def _prepare_out(out: str, src: Path) -> Path:
    """Create OUT if needed and check that it is a writable folder other than SRC."""
    path = Path(out)
    if path.exists() and not path.is_dir():
        raise UsageError(f"OUT is not a folder: {out}")
    if src.is_dir() and path.exists() and path.resolve() == src.resolve():
        raise UsageError("OUT must not be SRC itself: outputs would overwrite inputs")
    try:
        path.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=path):
            pass
    except OSError as exc:
        raise UsageError(f"OUT is not writable: {out} ({exc.strerror or exc})") from None
    return path


class _Run:
    """One run over files: process the items (on the workers), write, report and count
    each result."""

    def __init__(self, pipeline: Pipeline, writer: TreeWriter, args: argparse.Namespace):
        self.pipeline = pipeline
        self.writer = writer
        self.debug: bool = args.debug
        self.limits = _limits(args)
        self.stats = Stats()
        self.resume: bool = args.resume
        self.fingerprint = pipeline.fingerprint()
        self.jobs: int = args.jobs

    def todo(self, items: list[WorkItem]) -> list[WorkItem]:
        """The items to clean: with ``--resume``, those whose outputs are not complete."""
        if not self.resume:
            return items
        left = [item for item in items if not is_done(item, self.writer, self.fingerprint)]
        self.stats.done += len(items) - len(left)
        return left

    def results(self, items: list[WorkItem], total: int) -> Iterator[Result]:
        """The result of each item, in order, cleaned on up to ``--jobs`` processes (in
        this one when the ``total`` bytes to clean are too few to be worth a pool)."""
        task = functools.partial(process, reraise=self.debug, limits=self.limits)
        jobs = max(1, min(self.jobs, len(items))) if total >= POOL_MIN_BYTES else 1
        with Workers(self.pipeline, task, jobs=jobs) as workers:
            yield from workers.map(items, size=_file_size)

    def finish(self, result: Result) -> Result:
        """Write an ``"ok"`` result, report it, count it."""
        if result.status == "ok":
            try:
                self.writer.write(result)
            except Exception as exc:
                if self.debug:
                    raise
                result = Result(result.rel, "failed", reason=describe_error(exc))
        _report(result)
        self.stats.add(result)
        return result


def _file_size(item: WorkItem) -> int:
    if item.path is None:
        return len(item.data or b"")
    try:
        return os.stat(item.path).st_size
    except OSError:
        return 0


def _report(result: Result) -> None:
    if result.passed_through:
        _say(f"passed through unchanged: {result.rel}: {result.reason}")
    elif result.status == "skipped":
        _say(f"skipped {result.reason}: {result.rel}")
    elif result.status == "failed":
        _say(f"failed: {result.rel}: {result.reason}")


def _show_progress(args: argparse.Namespace) -> bool:
    return not (args.quiet or args.no_progress) and sys.stderr.isatty()


def _items(src: Path, out: Path, args: argparse.Namespace) -> list[WorkItem]:
    if src.is_file():
        return [WorkItem(src.name, path=str(src))]
    patterns = args.pattern or ["*.txt"]
    return list(iter_tree(src, patterns, exclude=[out], hidden=args.hidden))


def _protected(items: list[WorkItem]) -> frozenset[str]:
    """The paths no output may be written to: each input, as a link and as its target."""
    paths: set[str] = set()
    for item in items:
        if item.path is not None:
            head, name = os.path.split(item.path)
            paths.add(os.path.join(os.path.realpath(head), name))
            paths.add(os.path.realpath(item.path))
    return frozenset(paths)


def _remove_stale(out: Path, src: Path) -> None:
    """Remove the staged files a killed run left in OUT (never in SRC), and say how many."""
    count = remove_staged_files(out, skip=[src])
    if count:
        noun = "file" if count == 1 else "files"
        _say(f"removed {count} temporary {noun} left in {out} by an interrupted run")


def _run_files(args: argparse.Namespace, pipeline: Pipeline) -> int:
    if args.output in (None, "-"):
        src = _check_src(args.src)
        if src.is_file():  # like ftfy and trafilatura: one file to standard output
            return _run_stdin(args, pipeline, WorkItem(src.name, path=str(src)))
        if args.output == "-":
            raise UsageError("-o - (standard output) takes a single file, not a folder: "
                             "give an output folder (-o ./- for one named '-')")  # fmt: skip
    if args.output is None:
        raise UsageError("missing -o OUT: where to write the clean files")
    if args.sidecar is not None:
        raise UsageError("--sidecar only applies when the clean text goes to standard "
                         "output (SRC '-', or a single file without -o)")  # fmt: skip
    src = _check_src(args.src)
    out = _prepare_out(args.output, src)
    if src.is_dir():
        _remove_stale(out, src)
    items = _items(src, out, args)
    if args.corpus_lines is not None:
        task = functools.partial(item_hashes, limits=_limits(args))
        counts_path = args.corpus_counts or str(out / CORPUS_COUNTS)
        total = sum(_file_size(item) for item in items)
        pipeline = _count_corpus_lines(args, pipeline, items, task, _file_size, total, counts_path)
    protected = _protected(items)
    writer = TreeWriter(out, plan_sidecars([i.rel for i in items]), protected)
    run = _Run(pipeline, writer, args)
    report = RunReport(writer, items) if args.report else None
    if not items and not args.quiet:
        _say(f"no files matching {' '.join(args.pattern or ['*.txt'])} in {args.src}")
    todo = run.todo(items)
    sizes = {item.rel: _file_size(item) for item in todo}
    with tqdm(
        total=sum(sizes.values()), unit="B", unit_scale=True, file=sys.stderr,
        disable=not _show_progress(args), leave=False,
    ) as bar:  # fmt: skip
        for result in run.results(todo, sum(sizes.values())):
            result = run.finish(result)
            if report is not None:
                report.add(result)
            bar.update(sizes.get(result.rel, 0))
            bar.set_postfix(files=f"{run.stats.files}/{len(todo)}", refresh=False)
    if report is not None:
        written = report.write(run.stats)
        if not args.quiet:
            _say(f"report: {written}")
    if not args.quiet:
        _say(run.stats.summary())
    return 1 if run.stats.failed else 0


def _count_corpus_lines(
    args: argparse.Namespace,
    pipeline: Pipeline,
    items: Iterable[T],
    task: Callable[[T, Pipeline], set[int] | None],
    size: Callable[[T], int],
    total: int,
    counts_path: str,
) -> Pipeline:
    """The first pass of ``--corpus-lines``: count the lines of every item (on the
    workers), save the counts, and return the pipeline with a step that removes the lines
    found in at least N documents."""
    counter = LineCounter()
    jobs = args.jobs if total >= POOL_MIN_BYTES else 1
    with (
        Workers(corpus_stage(pipeline), task, jobs=jobs) as workers,
        tqdm(
            unit="doc", file=sys.stderr, desc="counting lines",
            disable=not _show_progress(args), leave=False,
        ) as bar,
    ):  # fmt: skip
        for hashes in workers.map(items, size=size):
            if hashes is not None:
                counter.add_hashes(hashes)
            bar.update(1)
    counts = counter.counts()
    try:
        counts.save(counts_path)
    except OSError as exc:
        raise UsageError(
            f"cannot save the line counts to {counts_path} ({exc.strerror or exc})"
        ) from None
    if not args.quiet:
        repeated = counts.at_least(args.corpus_lines)
        _say(
            f"counted the lines of {counts.documents} documents: {repeated} distinct lines "
            f"are in {args.corpus_lines} or more and will be removed (counts in {counts_path})"
        )
    return with_corpus_lines(pipeline, counts_path, min_docs=args.corpus_lines)


def _write_stdout(text: str) -> None:
    stream = sys.stdout
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        stream.flush()
        buffer.write(text.encode("utf-8"))
        buffer.flush()
    else:  # a text-only stream (some test harnesses, IDEs)
        stream.write(text)
        stream.flush()


def _run_stdin(
    args: argparse.Namespace, pipeline: Pipeline, item: WorkItem | None = None
) -> int:
    """Clean standard input, or the single file ``item``, to standard output."""
    if item is None and args.output not in (None, "-"):
        raise UsageError("with SRC '-' the clean text goes to standard output: drop -o")
    if args.resume:
        raise UsageError("--resume only applies with an output folder (-o OUT)")
    if item is None:
        item = WorkItem("-", data=sys.stdin.buffer.read())
    stats = Stats()
    result = process(item, pipeline, reraise=args.debug, limits=_limits(args))
    if result.status == "ok":
        _write_stdout(result.body)
        if args.sidecar is not None and result.sidecar is not None:
            atomic_write_text(args.sidecar, dumps(result.sidecar))
    _report(result)
    stats.add(result)
    if not args.quiet:
        _say(stats.summary())
    return 1 if result.status == "failed" else 0


def _dispatch(args: argparse.Namespace) -> int:
    if args.list_cleaners:
        _list_cleaners(sys.stdout)
        return 0
    pipeline = load_pipeline(args.config)
    if args.print_config:
        print(json.dumps(pipeline.to_config(), indent=2, ensure_ascii=False))
        return 0
    if args.src is None:
        raise UsageError("missing SRC: a folder, a file, or '-' (see --help)")
    fmt = _input_format(args)
    if args.report and (fmt is not Format.TXT or args.output in (None, "-")):
        raise UsageError("--report needs text files and an output folder (-o OUT)")
    if fmt is not Format.TXT:
        return _run_records(args, pipeline, fmt)
    if args.src == "-":
        return _run_stdin(args, pipeline)
    return _run_files(args, pipeline)


def _input_format(args: argparse.Namespace) -> Format:
    """``--format``, or the format SRC's name says (a folder or '-': text files)."""
    if args.format != "auto":
        return Format(args.format)
    if args.src == "-" or os.path.isdir(args.src):
        return Format.TXT
    return detect_format(args.src)


def _record_options(args: argparse.Namespace, total: int | None) -> RecordOptions:
    """The dataset options; one process when the ``total`` bytes are too few for a pool."""
    small = total is not None and total < POOL_MIN_BYTES
    return RecordOptions(
        text_key=args.text_key,
        id_key=args.id_key,
        audit="none" if args.no_audit else "compact",
        limits=_limits(args),
        jobs=1 if small else args.jobs,
    )


def _records_target(args: argparse.Namespace, src: str, fmt: Format) -> tuple[str | None, Format]:
    """Where the records of ``src`` go (``None``: standard output) and in which format."""
    out = args.output
    if out in (None, "-"):
        return None, Format.JSONL
    folder = not os.path.splitext(out.rstrip("/" + os.sep))[1] and not os.path.isfile(out)
    if folder or os.path.isdir(out) or out.endswith(("/", os.sep)):
        name = _records_output_name(src, fmt)
        return os.path.join(out, name), detect_format(name)
    out_fmt = detect_format(out)
    if out_fmt not in (Format.JSONL, Format.PARQUET):
        raise UsageError(
            f"OUT for records must be a .jsonl file (.jsonl.gz, .jsonl.zst), a .parquet "
            f"file, a folder (a name without a suffix, or ending in '/'), or '-': {out}"
        )
    return out, out_fmt


def _records_output_name(src: str, fmt: Format) -> str:
    return output_name(os.path.basename(src), fmt) if src != "-" else "stdin.jsonl"


def _record_writer(
    target: str | None, fmt: Format, src: str, schema: Any = None
) -> RecordWriter:
    if target is None:
        return RecordWriter(stream=sys.stdout.buffer)
    if src != "-" and os.path.exists(target) and os.path.samefile(target, src):
        raise UsageError(f"OUT must not be SRC itself: {target}")
    try:
        return RecordWriter(target, fmt=fmt, schema=schema)
    except OSError as exc:
        raise UsageError(f"OUT is not writable: {target} ({exc.strerror or exc})") from None


#: The files of a folder each dataset format cleans (unless --pattern says otherwise).
_DATASET_PATTERNS = {
    Format.JSONL: ["*.jsonl", "*.jsonl.gz", "*.jsonl.zst", "*.ndjson", "*.ndjson.gz"],
    Format.WET: ["*.wet", "*.wet.gz"],
    Format.PARQUET: ["*.parquet"],
}


@attrs.frozen
class _Dataset:
    """One dataset file of a run and where its records (and its rejects) go."""

    src: str
    target: str | None
    fmt: Format
    rejects: str | None = None


def _datasets(args: argparse.Namespace, fmt: Format) -> list[_Dataset]:
    """The dataset files of SRC (one file, '-', or a folder's matching files)."""
    src = args.src
    if src == "-":
        if fmt is not Format.JSONL:
            raise UsageError(f"standard input can be JSON Lines, not {fmt.value}")
        target, out_fmt = _records_target(args, src, fmt)
        return [_Dataset(src, target, out_fmt, args.rejects)]
    path = _check_src(src)
    if path.is_file():
        target, out_fmt = _records_target(args, src, fmt)
        return [_Dataset(src, target, out_fmt, args.rejects)]
    if args.output in (None, "-"):
        raise UsageError("a folder of datasets needs an output folder: -o OUT")
    out = _prepare_out(args.output, path)
    _remove_stale(out, path)
    patterns = args.pattern or _DATASET_PATTERNS[fmt]
    datasets = []
    for item in iter_tree(path, patterns, exclude=[out], hidden=args.hidden):
        if item.path is None:
            raise UsageError(f"cannot list {item.rel}: {item.error}")
        name = _records_output_name(item.path, fmt)
        rel = posixpath.join(posixpath.dirname(item.rel), name)
        rejects = os.path.join(args.rejects, rel) if args.rejects else None
        datasets.append(_Dataset(item.path, str(out / rel), detect_format(name), rejects))
    return datasets


def _run_records(args: argparse.Namespace, pipeline: Pipeline, fmt: Format) -> int:
    """Clean dataset files (JSON Lines, WET, Parquet): one output record per record."""
    if args.sidecar is not None:
        raise UsageError("--sidecar applies to text files; records carry their own entry")
    datasets = _datasets(args, fmt)
    if args.corpus_lines is not None:
        pipeline = _count_dataset_lines(args, pipeline, datasets, fmt)
    todo = []
    stats = RecordStats()
    for dataset in datasets:
        if args.resume and dataset.target is not None and _records_done(dataset):
            if not args.quiet:
                _say(f"already done: {dataset.target}")
            continue
        todo.append(dataset)
    total = None if args.src == "-" else sum(os.path.getsize(d.src) for d in todo)
    with _record_options(args, total).workers(pipeline) as workers:
        for dataset in todo:
            stats.merge(_run_dataset(args, dataset, fmt, workers))
    if not args.quiet and (todo or not datasets):
        _say(stats.summary())
    return 1 if stats.failed else 0


def _count_dataset_lines(
    args: argparse.Namespace, pipeline: Pipeline, datasets: list[_Dataset], fmt: Format
) -> Pipeline:
    """``--corpus-lines`` for datasets: a first pass over every record of every file."""
    if args.src == "-":
        raise UsageError("--corpus-lines reads its inputs twice: give a file, not '-'")
    counts_path = args.corpus_counts
    if counts_path is None:
        first = datasets[0].target if datasets else None
        if first is None:
            raise UsageError("--corpus-lines with standard output needs --corpus-counts FILE")
        counts_path = (
            os.path.join(os.path.dirname(first), f".{os.path.basename(first)}.corpus-lines.bin")
            if len(datasets) == 1
            else os.path.join(args.output, CORPUS_COUNTS)
        )
    task = functools.partial(record_hashes, text_key=args.text_key)
    total = sum(os.path.getsize(d.src) for d in datasets)

    def records() -> Iterator[RecordItem]:
        for dataset in datasets:
            with open_records(dataset.src, fmt, os.path.basename(dataset.src)) as (items, _):
                yield from items

    return _count_corpus_lines(
        args, pipeline, records(), task, record_size, total, counts_path
    )


def _run_dataset(
    args: argparse.Namespace,
    dataset: _Dataset,
    fmt: Format,
    workers: Workers[RecordItem, dict[str, Any]],
) -> RecordStats:
    """Clean one dataset file into its staged output (renamed into place at the end)."""
    schema = parquet_schema(dataset.src) if fmt is dataset.fmt is Format.PARQUET else None
    writer = _record_writer(dataset.target, dataset.fmt, dataset.src, schema)
    rejects = None
    if dataset.rejects is not None:
        rejects = _record_writer(dataset.rejects, _rejects_format(dataset.rejects), dataset.src)
    try:
        stats = run_file(
            dataset.src,
            fmt,
            workers,
            writer,
            rejects=rejects,
            progress=_show_progress(args),
            say=_say,
        )
        writer.close()
        if rejects is not None:
            rejects.close()
    except BaseException:
        writer.abort()
        if rejects is not None:
            rejects.abort()
        raise
    return stats


def _rejects_format(path: str) -> Format:
    fmt = detect_format(path)
    if fmt not in (Format.JSONL, Format.PARQUET):
        raise UsageError(f"--rejects must be a .jsonl or .parquet file: {path}")
    return fmt


def _records_done(dataset: _Dataset) -> bool:
    """``--resume`` for a dataset: its output exists (written whole, so complete) and is
    not older than the input."""
    try:
        assert dataset.target is not None
        return os.stat(dataset.target).st_mtime_ns >= os.stat(dataset.src).st_mtime_ns
    except OSError:
        return False


def _silence_stdout() -> None:
    """After a broken pipe, point stdout at /dev/null so exiting does not complain."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def _guarded(args: argparse.Namespace, run: Callable[[argparse.Namespace], int]) -> int:
    """Run ``run(args)``, turning every error into a one-line message and an exit status."""
    try:
        return run(args)
    except (UsageError, MissingExtraError) as exc:
        print(f"{PROG}: error: {printable(str(exc))}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"\n{PROG}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        _silence_stdout()
        return 1
    except Exception as exc:
        if args.debug:
            raise
        message = printable(describe_error(exc))
        print(f"{PROG}: error: {message} (--debug shows details)", file=sys.stderr)
        return 1


def _exit_code(exc: SystemExit) -> int:
    code = exc.code
    if code is None:
        return 0
    return code if isinstance(code, int) else 2


def _parse(argv: Sequence[str] | None) -> argparse.Namespace | int:
    try:
        return build_parser().parse_args(argv)
    except SystemExit as exc:  # --help, --version, or a usage error already printed
        return _exit_code(exc)


def main(argv: list[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit status."""
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["explain"]:  # seedclean explain FILE (see seedclean.explain)
        from .explain import main as explain

        return explain(argv[1:])
    args = _parse(argv)
    if isinstance(args, int):
        return args
    return _guarded(args, _dispatch)
