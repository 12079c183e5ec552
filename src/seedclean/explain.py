"""See what was removed and why: the audit log laid over the *original* text.

An edit's offsets are in the text its step received, so to show every change on the
input the edits of each step are mapped back through the earlier steps' edits.
:func:`attribute` does that: it cuts the original text into :class:`Segment` records,
each either kept or attributed to exactly one edit (the first step that removed or
replaced those characters), with what the segment contributes to the clean text:

>>> import seedclean
>>> original = "Caf\\u00e9\\u00a0au lait is served  \\n\\n\\n\\nall day."
>>> doc = seedclean.clean(original)
>>> attr = attribute(original, doc.audit)
>>> [(original[s.start:s.end], s.new, s.edit is not None) for s in attr.segments]
[('Café', 'Café', False), ('\\xa0', ' ', True), ('au lait is served', 'au lait is served', False),
 ('  ', '', True), ('\\n\\n\\n\\n', '\\n\\n', True), ('all day.', 'all day.', False)]
>>> attr.clean_text() == doc.text
True

:func:`render` shows it in a terminal, and ``python -m seedclean explain FILE`` is the
command (:func:`main`); :mod:`seedclean.report` writes the same as an HTML page.
See ``docs/explain.md``.
"""

from __future__ import annotations

import argparse
import bisect
import os
import sys
import unicodedata
import zlib
from collections import deque
from collections.abc import Iterable, Sequence
from typing import Any, TextIO

import attrs

from .document import Edit, FieldSource, apply_edits
from .io import decode_bytes, is_binary, printable

__all__ = [
    "Attribution",
    "CleanerCount",
    "MappedSource",
    "Segment",
    "attribute",
    "build_parser",
    "cleaner_style",
    "main",
    "render",
    "safe",
    "visible",
]

#: The piece kind of characters of the original text.
_ORIGINAL = -1


@attrs.frozen(slots=True)
class Segment:
    """A span ``[start, end)`` of the original text and what became of it.

    ``edit`` is ``None`` for kept text (then ``new`` is the original text itself), or
    the index in the audit log of the edit that first removed or replaced these
    characters; ``new`` is what the segment contributes to the clean text (``""`` for a
    removal). A segment with ``start == end`` holds text an edit inserted.

    >>> Segment(0, 3, "abc").kept, Segment(3, 5, "", edit=0).kept
    (True, False)
    """

    start: int
    end: int
    new: str
    edit: int | None = None

    @property
    def kept(self) -> bool:
        """Whether the segment is original text that no step changed."""
        return self.edit is None


@attrs.frozen(slots=True)
class MappedSource:
    """A metadata :class:`~seedclean.document.FieldSource` mapped onto the original text:
    ``start``/``end`` are original offsets, ``line`` the (1-based) line number of
    ``start`` and ``line_text`` that whole line.

    >>> MappedSource(FieldSource("title", 0, 0, 2), 0, 2, 1, "Hi").line
    1
    """

    source: FieldSource
    start: int
    end: int
    line: int
    line_text: str


@attrs.frozen(slots=True)
class CleanerCount:
    """What one cleaner did to a document: ``edits`` applied, ``shown`` of them visible
    on the original (an edit that only changed text an earlier step had inserted is
    not), ``chars`` original characters attributed to it and ``removed`` net characters
    removed (``chars`` less what it put back), never below 0.

    >>> CleanerCount("demo", edits=2, shown=2, chars=10, removed=7).removed
    7
    """

    cleaner: str
    edits: int
    shown: int
    chars: int
    removed: int


@attrs.frozen
class Attribution:
    """The original text cut into :class:`Segment` records, in order, that cover it.

    Joining the segments' original spans gives ``original`` back; joining their ``new``
    text gives the clean text (:meth:`clean_text`). ``audit`` is the log the segments'
    ``edit`` indexes; ``sources`` are the metadata sources, mapped onto the original.
    """

    original: str
    audit: tuple[Edit, ...]
    segments: tuple[Segment, ...]
    sources: tuple[MappedSource, ...] = ()

    def clean_text(self) -> str:
        """The clean text: what every segment contributes, in order."""
        return "".join(s.new for s in self.segments)

    def edit_of(self, segment: Segment) -> Edit | None:
        """The edit a segment is attributed to (``None`` when kept)."""
        return None if segment.edit is None else self.audit[segment.edit]

    def counts(self) -> list[CleanerCount]:
        """What each cleaner did, in the order the cleaners first appear in the audit.

        >>> from seedclean.document import Change, Document, Reason
        >>> doc = Document("ab  \\n").apply("demo", [Change(2, 4, Reason.TRAILING_WHITESPACE)])
        >>> attribute(doc.original, doc.audit).counts()
        [CleanerCount(cleaner='demo', edits=1, shown=1, chars=2, removed=2)]
        """
        edits: dict[str, int] = {}
        for e in self.audit:
            if not e.reverted:
                edits[e.cleaner] = edits.get(e.cleaner, 0) + 1
        shown: dict[str, set[int]] = {name: set() for name in edits}
        chars = dict.fromkeys(edits, 0)
        put_back = dict.fromkeys(edits, 0)
        for s in self.segments:
            if s.edit is not None:
                name = self.audit[s.edit].cleaner
                shown[name].add(s.edit)
                chars[name] += s.end - s.start
                put_back[name] += len(s.new)
        return [
            CleanerCount(
                name, n, len(shown[name]), chars[name], max(0, chars[name] - put_back[name])
            )
            for name, n in edits.items()
        ]


def _step_groups(audit: Sequence[Edit]) -> dict[int, list[tuple[int, Edit]]]:
    groups: dict[int, list[tuple[int, Edit]]] = {}
    for index, e in enumerate(audit):
        if not e.reverted:
            groups.setdefault(e.step, []).append((index, e))
    for group in groups.values():
        group.sort(key=lambda item: (item[1].start, item[1].end))
    return groups


# A piece of the current text: (kind, a, b, anchor). kind _ORIGINAL: original[a:b];
# otherwise the index of an edit and its replacement text's [a:b]. anchor is the
# original offset the piece stands at (for original pieces, a).
_Piece = tuple[int, int, int, int]


def _take(queue: deque[_Piece], length: int, sink: list[_Piece]) -> None:
    """Move the first ``length`` characters of ``queue``'s pieces into ``sink``."""
    while length > 0:
        kind, a, b, anchor = queue.popleft()
        if b - a <= length:
            sink.append((kind, a, b, anchor))
            length -= b - a
        else:
            cut = a + length
            sink.append((kind, a, cut, anchor))
            queue.appendleft((kind, cut, b, cut if kind == _ORIGINAL else anchor))
            length = 0


def _locate(pieces: Sequence[_Piece], offset: int, end: int) -> int:
    """The original offset of the character at ``offset`` of the text ``pieces`` make."""
    pos = 0
    for kind, a, b, anchor in pieces:
        if offset < pos + (b - a):
            return a + (offset - pos) if kind == _ORIGINAL else anchor
        pos += b - a
    return end


def _map_source(source: FieldSource, pieces: Sequence[_Piece], original: str) -> MappedSource:
    n = len(original)
    start = _locate(pieces, source.start, n)
    if source.end > source.start:
        last = _locate(pieces, source.end - 1, n)
        end = max(start, min(n, last + 1))
    else:
        end = start
    line = original.count("\n", 0, start) + 1
    line_start = original.rfind("\n", 0, start) + 1
    line_end = original.find("\n", start)
    line_text = original[line_start : n if line_end < 0 else line_end]
    return MappedSource(source, start, end, line, line_text)


def _segments(
    original: str, audit: Sequence[Edit], pieces: list[_Piece], owned: list[tuple[int, int, int]]
) -> list[Segment]:
    """Merge the final pieces (kept text and inserted text, in output order) with the
    original spans the edits took (``owned``) into segments in original order.

    Inserted text goes with a span its own edit took in the same gap between kept
    pieces when there is one (a replacement), else it stands alone, where it was put."""
    owned.sort()
    by_edit: dict[int, list[int]] = {}
    for i, (_, _, k) in enumerate(owned):
        by_edit.setdefault(k, []).append(i)
    limits = [len(original) + 1] * len(pieces)  # where the next kept piece starts
    following = len(original) + 1
    for i in range(len(pieces) - 1, -1, -1):
        limits[i] = following
        if pieces[i][0] == _ORIGINAL:
            following = pieces[i][1]
    out: list[Segment] = []
    j = 0

    def emit(segment: Segment) -> None:
        last = out[-1] if out else None
        if last is not None and last.edit == segment.edit and last.end == segment.start:
            out[-1] = Segment(last.start, segment.end, last.new + segment.new, last.edit)
        else:
            out.append(segment)

    def emit_owned_before(position: int) -> None:
        nonlocal j
        while j < len(owned) and owned[j][0] < position:
            start, end, k = owned[j]
            emit(Segment(start, end, "", k))
            j += 1

    for i, (kind, a, b, anchor) in enumerate(pieces):
        if kind == _ORIGINAL:
            emit_owned_before(a)
            emit(Segment(a, b, original[a:b]))
            continue
        text = audit[kind].new[a:b]
        mine = by_edit.get(kind, [])
        at = bisect.bisect_left(mine, j)
        if at < len(mine) and owned[mine[at]][0] < limits[i]:
            target = mine[at]
            emit_owned_before(owned[target][0])
            start, end, k = owned[target]
            j = target + 1
            emit(Segment(start, end, text, k))
            continue
        if out and out[-1].edit == kind:  # more of the text its last span put back
            emit(Segment(out[-1].end, out[-1].end, text, kind))
            continue
        emit_owned_before(min(limits[i], max(anchor + 1, out[-1].end if out else 0)))
        done = out[-1].end if out else 0
        emit(Segment(done, done, text, kind))
    emit_owned_before(len(original) + 1)
    return out


def attribute(
    original: str, audit: Iterable[Edit], *, sources: Iterable[FieldSource] = ()
) -> Attribution:
    """Map an audit log onto the original text it was made from.

    Every character of ``original`` ends up kept or attributed to exactly one edit: the
    first (applied, not reverted) edit that removed or replaced it. Replacement text is
    attributed to the edit that inserted it, so the segments' ``new`` text, in order,
    is the clean text even when a later step changed what an earlier one inserted.
    ``sources`` (a document's ``metadata.sources``) are mapped onto the original too.

    Raises :class:`ValueError` when the audit was not made from ``original`` (an edit's
    ``old`` text is not what its step received).

    >>> from seedclean.document import Change, Document, Reason
    >>> doc = Document("a\\u00a0 b").apply("one", [Change(1, 2, Reason.EXOTIC_SPACE, " ")])
    >>> doc = doc.apply("two", [Change(1, 3, Reason.INNER_WHITESPACE, " ")])
    >>> attr = attribute(doc.original, doc.audit)
    >>> [(s.start, s.end, s.new, s.edit) for s in attr.segments]
    [(0, 1, 'a', None), (1, 2, '', 0), (2, 3, ' ', 1), (3, 4, 'b', None)]
    >>> attr.clean_text() == doc.text
    True
    """
    log = tuple(audit)
    wanted: dict[int, list[FieldSource]] = {}
    for source in sources:
        wanted.setdefault(source.step, []).append(source)
    mapped: list[MappedSource] = []
    pieces: list[_Piece] = [(_ORIGINAL, 0, len(original), 0)] if original else []
    owned: list[tuple[int, int, int]] = []
    text = original
    groups = _step_groups(log)
    for step in sorted(set(groups) | set(wanted)):
        mapped.extend(_map_source(s, pieces, original) for s in wanted.get(step, ()))
        group = groups.get(step)
        if not group:
            continue
        text = apply_edits(text, [e for _, e in group])  # checks every offset and old text
        queue = deque(pieces)
        new_pieces: list[_Piece] = []
        pos = 0
        for index, e in group:
            _take(queue, e.start - pos, new_pieces)
            if queue:
                kind, a, _, anchor = queue[0]
                at = a if kind == _ORIGINAL else anchor
            else:
                at = len(original)
            taken: list[_Piece] = []
            _take(queue, e.end - e.start, taken)
            owned.extend((a, b, index) for kind, a, b, _ in taken if kind == _ORIGINAL)
            if e.new:
                new_pieces.append((index, 0, len(e.new), at))
            pos = e.end
        new_pieces.extend(queue)
        pieces = new_pieces
    return Attribution(original, log, tuple(_segments(original, log, pieces, owned)), tuple(mapped))


# --- Colours and labels ----------------------------------------------------------------

#: Each cleaner's colour (a light tint for the HTML page), ANSI foreground colour and
#: underline style: colour is never the only cue, so the style and a label come too.
_KNOWN = (
    "repair_encoding",
    "normalize_whitespace",
    "extract_metadata",
    "remove_duplicates",
    "remove_captions",
    "remove_related",
    "remove_boilerplate",
    "locate_content",
    "strip_markup",
    "normalize_unicode",
)
_PALETTE = (
    ("#fde68a", "#92400e", 33),  # amber
    ("#bfdbfe", "#1e3a8a", 34),  # blue
    ("#ddd6fe", "#4c1d95", 35),  # violet
    ("#fecaca", "#7f1d1d", 31),  # red
    ("#a7f3d0", "#064e3b", 32),  # green
    ("#fbcfe8", "#831843", 95),  # pink
    ("#fed7aa", "#7c2d12", 91),  # orange
    ("#e5e7eb", "#1f2937", 90),  # grey
    ("#a5f3fc", "#164e63", 36),  # cyan
    ("#d9f99d", "#365314", 92),  # lime
)
_UNDERLINES = ("solid", "dashed", "dotted", "double", "wavy")


@attrs.frozen(slots=True)
class Style:
    """How one cleaner's marks look: ``background`` and ``ink`` (CSS colours), ``ansi``
    (an SGR foreground code) and ``underline`` (a CSS ``text-decoration-style``)."""

    background: str
    ink: str
    ansi: int
    underline: str


def cleaner_style(name: str) -> Style:
    """The colours and underline style of a cleaner's marks, the same in every report.

    >>> cleaner_style("locate_content")
    Style(background='#e5e7eb', ink='#1f2937', ansi=90, underline='dotted')
    >>> cleaner_style("my_cleaner") == cleaner_style("my_cleaner")
    True
    """
    index = _KNOWN.index(name) if name in _KNOWN else zlib.crc32(name.encode()) % 97
    background, ink, ansi = _PALETTE[index % len(_PALETTE)]
    return Style(background, ink, ansi, _UNDERLINES[index % len(_UNDERLINES)])


def visible(text: str, *, whitespace: bool = False) -> str:
    """``text`` with invisible and control characters written as escapes (``\\u200b``),
    and, with ``whitespace`` (for a span of nothing but whitespace), spaces as ``·`` and
    line breaks and tabs as ``\\n`` and ``\\t``.

    >>> visible("a\\u200bb\\x1b[0m")
    'a\\\\u200bb\\\\x1b[0m'
    >>> visible(" \\n", whitespace=True)
    '·\\\\n'
    """
    out: list[str] = []
    for char in text:
        if char == "\n":
            out.append("\\n" if whitespace else char)
        elif char == "\t":
            out.append("\\t" if whitespace else char)
        elif char == " ":
            out.append("·" if whitespace else char)
        elif unicodedata.category(char) in _INVISIBLE:
            code = ord(char)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
        else:
            out.append(char)
    return "".join(out)


_INVISIBLE = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp", "Zs"})


def safe(text: str) -> str:
    """``text`` with control characters (but line breaks and tabs) and lone surrogates
    written as escapes, so that no text can drive the terminal; the rest as it is.

    >>> safe("a\\x1b[2Jb\\u3000c\\n")
    'a\\\\x1b[2Jb\\u3000c\\n'
    """
    if text.isprintable():
        return text
    out: list[str] = []
    for char in text:
        if char not in "\n\t" and unicodedata.category(char) in ("Cc", "Cs"):
            code = ord(char)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
        else:
            out.append(char)
    return "".join(out)


def _shown(text: str) -> str:
    return visible(text, whitespace=not text.strip())


def _sgr(codes: str, text: str, color: bool) -> str:
    return f"\x1b[{codes}m{text}\x1b[0m" if color and text else text


def _mark(edit: Edit, old: str, new: str, color: bool) -> str:
    """One removed or replaced span, labelled by cleaner and reason."""
    label = f"{edit.cleaner}/{edit.reason.value}"
    if not color:
        if new:
            return f"[~{label}: {_shown(old)} -> {_shown(new)}~]"
        return f"[-{label}: {_shown(old)}-]"
    ansi = cleaner_style(edit.cleaner).ansi
    out = _sgr(f"2;{ansi}", f"⟨{label}⟩", color) + _sgr(f"9;{ansi}", _shown(old), color)
    if new:
        out += _sgr(f"4;{ansi}", _shown(new), color)
    return out


def _text_part(attr: Attribution, color: bool, cleaner: str | None, kept: bool) -> str:
    parts: list[str] = []
    for s in attr.segments:
        edit = attr.edit_of(s)
        old = attr.original[s.start : s.end]
        if edit is None:
            parts.append(safe(old))
        elif kept:
            if edit.cleaner == cleaner or cleaner is None:
                parts.append(_sgr(f"4;{cleaner_style(edit.cleaner).ansi}", safe(s.new), color))
            else:
                parts.append(safe(s.new))
        elif cleaner is not None and edit.cleaner != cleaner:
            parts.append(safe(old))  # another cleaner's change: shown as it was
        else:
            parts.append(_mark(edit, old, s.new, color))
    return "".join(parts)


def _metadata_value(value: Any) -> str:
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return str(value)


def render(
    attr: Attribution,
    *,
    metadata: dict[str, Any] | None = None,
    color: bool = False,
    cleaner: str | None = None,
    kept: bool = False,
    name: str = "",
) -> str:
    """The explain view of a document: its original text with every removed span marked
    and labelled ``cleaner/reason``, then a count by cleaner and the metadata found,
    each field with the line of the original it came from.

    ``color`` uses ANSI colours (one per cleaner, removed text struck through, the label
    dim) instead of plain markers ``[-cleaner/reason: text-]`` and
    ``[~cleaner/reason: old -> new~]``. ``cleaner`` marks only that cleaner's spans
    (the others' are shown as the original text). ``kept`` shows only what was kept:
    the clean text, replacements underlined when in colour. ``metadata`` is a
    ``Metadata.to_json()`` dict.

    >>> import seedclean
    >>> doc = seedclean.clean("Cafe\\u00a0au lait is served  \\nall day long, every day.")
    >>> print(render(attribute(doc.original, doc.audit)))  # doctest: +NORMALIZE_WHITESPACE
    Cafe[~normalize_whitespace/exotic_space: \\xa0 -> ·~]au lait is
    served[-normalize_whitespace/trailing_whitespace: ··-]
    all day long, every day.
    ----
    removed, by cleaner: 2 edits, 3 characters of 49 (2 net)
      normalize_whitespace  2 edits  3 chars
    """
    lines = [name] if name else []
    lines.append(_text_part(attr, color, cleaner, kept))
    lines.append("----")
    counts = [c for c in attr.counts() if cleaner is None or c.cleaner == cleaner]
    total_edits = sum(c.edits for c in counts)
    total_chars = sum(c.chars for c in counts)
    net = sum(c.removed for c in counts)
    lines.append(
        f"removed, by cleaner: {total_edits} edits, {total_chars} characters of "
        f"{len(attr.original)} ({net} net)"
    )
    width = max((len(c.cleaner) for c in counts), default=0)
    for c in counts:
        label = _sgr(str(cleaner_style(c.cleaner).ansi), f"{c.cleaner:<{width}}", color)
        line = f"  {label}  {_plural(c.edits, 'edit')}  {_plural(c.chars, 'char')}"
        if c.shown < c.edits:
            line += f" ({c.edits - c.shown} only changed text an earlier step inserted)"
        lines.append(line)
    if metadata is not None:
        lines.extend(_metadata_lines(attr, metadata))
    return "\n".join(lines)


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _metadata_lines(attr: Attribution, metadata: dict[str, Any]) -> list[str]:
    found = [(k, v) for k, v in metadata.items() if k != "sources" and v not in (None, [], ())]
    if not found:
        return ["metadata: none found"]
    lines = ["metadata:"]
    width = max(len(k) for k, _ in found)
    for key, value in found:
        lines.append(f"  {key:<{width}}  {visible(_metadata_value(value))}")
        for m in attr.sources:
            if m.source.field == key:
                lines.append(f"  {'':<{width}}    line {m.line}: {visible(m.line_text.strip())}")
    return lines


# --- The command -----------------------------------------------------------------------

PROG = "seedclean explain"


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``seedclean explain``."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Show a document with what the pipeline removed marked, labelled by "
        "cleaner and reason, with counts by cleaner and the metadata found (and the line "
        "each field came from). See docs/explain.md.",
    )
    parser.add_argument("file", metavar="FILE", help="the input text file ('-': standard input)")
    parser.add_argument("--config", metavar="FILE", help="pipeline config, as for seedclean")
    parser.add_argument("--cleaner", metavar="NAME", help="mark only this cleaner's changes")
    parser.add_argument(
        "--kept", action="store_true", help="show only what was kept (the clean text)"
    )
    parser.add_argument(
        "--no-color", action="store_true",
        help="plain markers, no colours (also when NO_COLOR is set or stdout is no terminal)",
    )  # fmt: skip
    parser.add_argument(
        "--html", metavar="REPORT",
        help="write a self-contained HTML report to REPORT instead (see docs/explain.md)",
    )  # fmt: skip
    return parser


def _use_color(args: argparse.Namespace, stream: TextIO) -> bool:
    if args.no_color or os.environ.get("NO_COLOR"):
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


class _Failure(Exception):
    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


def _read(path: str) -> tuple[str, str]:
    """The decoded text of ``path`` (or standard input) and the name to show."""
    try:
        if path == "-":
            data, name = sys.stdin.buffer.read(), "-"
        else:
            with open(path, "rb") as f:
                data, name = f.read(), os.path.basename(path)
    except OSError as exc:
        raise _Failure(f"cannot read {path}: {exc.strerror or exc}", 2) from None
    if is_binary(data):
        raise _Failure(f"not a text file: {path}", 1)
    return decode_bytes(data).text, name


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``seedclean explain`` with ``argv``; return the exit status.

    >>> import pathlib, tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     path = pathlib.Path(d, "page.txt")
    ...     _ = path.write_text("Hello\\u200b world.  \\n", encoding="utf-8")
    ...     main([str(path), "--no-color", "--kept"])
    page.txt
    Hello world.
    ----
    removed, by cleaner: 2 edits, 4 characters of 16 (4 net)
      normalize_whitespace  2 edits  4 chars
    metadata: none found
    0
    """
    from .cli import UsageError, load_pipeline  # the command imports this module

    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else 2
    try:
        pipeline = load_pipeline(args.config)
        text, name = _read(args.file)
        doc = pipeline(text)
        if args.cleaner is not None and args.cleaner not in doc.steps:
            raise _Failure(
                f"--cleaner {args.cleaner}: not a step of the pipeline "
                f"({', '.join(dict.fromkeys(doc.steps))})",
                2,
            )
        attr = attribute(doc.original, doc.audit, sources=doc.metadata.sources)
        if args.html is not None:
            from .report import write_file_report

            write_file_report(args.html, attr, metadata=doc.metadata.to_json(), name=name)
            print(f"seedclean: wrote {printable(args.html)}", file=sys.stderr)
            return 0
        color = _use_color(args, sys.stdout)
        out = render(
            attr,
            metadata=doc.metadata.to_json(),
            color=color,
            cleaner=args.cleaner,
            kept=args.kept,
            name=printable(name),
        )
        sys.stdout.write(out + "\n")
        sys.stdout.flush()
    except UsageError as exc:
        print(f"{PROG}: error: {printable(str(exc))}", file=sys.stderr)
        return 2
    except _Failure as exc:
        print(f"{PROG}: error: {printable(str(exc))}", file=sys.stderr)
        return exc.status
    except BrokenPipeError:
        return 1
    return 0
