"""``repair_encoding``: mojibake, HTML entities, control characters and line breaks, via ftfy.

The output is exactly what :func:`ftfy.fix_text` gives with the same configuration
(:meth:`RepairEncoding.ftfy_config`), but much faster on ordinary text: one pass of a
regular expression finds the lines that *could* need a fix, and only those lines go
through ftfy. Every other line is copied as it is.

>>> fix = RepairEncoding()
>>> fix("The cafÃ© is open &amp; busy.").text
'The café is open & busy.'
>>> [(e.reason.value, e.old, e.new) for e in fix("It’s “fine”\\r\\n").audit]
[('line_break', '\\r', '')]

Settings that would damage text are off by default and available as options: folding
full-width characters (which CJK text uses on purpose) and uncurling quotes.

>>> RepairEncoding()("ＣＪＫ　テキスト").text
'ＣＪＫ\\u3000テキスト'
>>> RepairEncoding(fix_character_width=True)("ＣＪＫ").text
'CJK'
"""

from __future__ import annotations

import bisect
import difflib
import re
import unicodedata
from collections.abc import Iterator, Sequence
from typing import ClassVar, Literal

import attrs
import ftfy
from ftfy import chardata
from ftfy.badness import BADNESS_RE

from ..document import Change, Reason
from ..pipeline import SpanCleaner, register_cleaner

__all__ = ["RepairEncoding", "repair_text"]

Normalization = Literal["NFC", "NFD", "NFKC", "NFKD"]

# Typographic characters that are common in clean text and that ftfy's badness
# expression cannot match using only these and ASCII characters (a test checks this by
# brute force). Lines whose only non-ASCII characters are among them skip the check.
TYPOGRAPHIC_SAFE = "’‘“”–—…•«»©®™·\xa0°´―"


def _expand_ranges(chars: str) -> set[str]:
    """Characters of a regex pattern text, with ``X-Y`` ranges of non-ASCII chars expanded."""
    out = {c for c in chars if ord(c) > 0x7F}
    for m in re.finditer(r"([^\x00-\x7f])-([^\x00-\x7f])", chars):
        lo, hi = ord(m.group(1)), ord(m.group(2))
        if lo <= hi:
            out.update(chr(i) for i in range(lo, hi + 1))
    return out


def _suspect_chars() -> str:
    """Every non-ASCII character the badness expression mentions, minus the safe ones."""
    chars = _expand_ranges(BADNESS_RE.pattern) - set(TYPOGRAPHIC_SAFE)
    return "".join(sorted(chars))


def _class(chars: str) -> str:
    return "".join(re.escape(c) for c in sorted(set(chars)))


# ftfy's badness expression as its segment-wise use sees it: ``^`` matches after a newline.
_BADNESS = re.compile(BADNESS_RE.pattern, BADNESS_RE.flags | re.MULTILINE)


@attrs.frozen
class _Gate:
    """Regexes that find the lines ftfy could change under one configuration."""

    coarse: re.Pattern[str]
    precise: re.Pattern[str]


def _build_gate(*, entities: bool, width: bool, quotes: bool, ligatures: bool) -> _Gate:
    # Characters any fixer in ftfy's loop acts on (besides the badness expression).
    fixer_chars = "".join(chr(c) for c in chardata.CONTROL_CHARS)  # remove_control_chars
    fixer_chars += "".join(chr(c) for c in range(0x80, 0xA0))  # fix_c1_controls
    fixer_chars += "\u2028\u2029\x1b"  # fix_line_breaks (\r is handled apart), escapes
    if ligatures:
        fixer_chars += "".join(chr(c) for c in chardata.LIGATURES)
    if width:
        fixer_chars += "".join(chr(c) for c in chardata.WIDTH_MAP)
    if quotes:
        fixer_chars += "\u02bc\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f"
    fixer_chars = fixer_chars.replace("\r", "").replace("\n", "")
    surrogates = "\ud800-\udfff"
    entity = chardata.HTML_ENTITY_RE.pattern
    coarse = f"[{_class(fixer_chars + _suspect_chars())}{surrogates}]"
    precise_class = f"[{_class(fixer_chars)}{surrogates}]"
    if entities:
        coarse += f"|{entity}"
        precise_class += f"|{entity}"
    return _Gate(
        coarse=re.compile(coarse),
        precise=re.compile(precise_class),
    )


_FIX_REASONS: dict[str, Reason] = {
    "unescape_html": Reason.HTML_ENTITY,
    "fix_c1_controls": Reason.MOJIBAKE,
    "fix_latin_ligatures": Reason.LIGATURE,
    "fix_character_width": Reason.CHARACTER_WIDTH,
    "uncurl_quotes": Reason.CURLY_QUOTE,
    "fix_line_breaks": Reason.LINE_BREAK,
    "fix_surrogates": Reason.SURROGATE,
    "remove_terminal_escapes": Reason.TERMINAL_ESCAPE,
    "remove_control_chars": Reason.CONTROL_CHARACTER,
}

_MOJIBAKE_FIXES = frozenset({"decode_inconsistent_utf8", "fix_c1_controls"})

_LINE_BREAKS = frozenset({"\r", "\r\n", "\u2028", "\u2029", "\x85"})


def _classify(old: str, new: str, steps: Sequence[tuple[str, str]]) -> Reason:
    """Name the reason for one piece of an ftfy fix from what changed and ftfy's steps."""
    if old in _LINE_BREAKS and new in ("", "\n"):
        return Reason.LINE_BREAK
    if old.startswith("&") and old.endswith(";"):
        return Reason.HTML_ENTITY
    if not new and all(ord(c) in chardata.CONTROL_CHARS for c in old):
        return Reason.CONTROL_CHARACTER
    if old.startswith("\x1b"):
        return Reason.TERMINAL_ESCAPE
    if unicodedata.normalize("NFC", old) == new:
        return Reason.UNICODE_NORMALIZATION
    if "&" in old and ";" in old:
        return Reason.HTML_ENTITY
    if any(k in ("encode", "decode", "transcode") or n in _MOJIBAKE_FIXES for k, n in steps):
        return Reason.MOJIBAKE
    for kind, name in steps:
        if kind == "apply" and name in _FIX_REASONS and name != "unescape_html":
            return _FIX_REASONS[name]
    if any(kind == "normalize" for kind, _ in steps):
        return Reason.UNICODE_NORMALIZATION
    return Reason.MOJIBAKE


_DIFF_LIMIT = 400

Opcode = tuple[int, int, int, int]


def _opcodes(old: str, new: str) -> list[Opcode]:
    """Spans ``(i1, i2, j1, j2)`` where ``old[i1:i2]`` became ``new[j1:j2]``, in order."""
    n, m = len(old), len(new)
    pre = 0
    limit = min(n, m)
    while pre < limit and old[pre] == new[pre]:
        pre += 1
    suf = 0
    while suf < limit - pre and old[n - 1 - suf] == new[m - 1 - suf]:
        suf += 1
    a, b = old[pre : n - suf], new[pre : m - suf]
    if len(a) + len(b) > _DIFF_LIMIT:
        return [(pre, n - suf, pre, m - suf)]
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return [
        (pre + i1, pre + i2, pre + j1, pre + j2)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes()
        if tag != "equal"
    ]


def _diff(old: str, new: str) -> Iterator[tuple[int, int, str]]:
    """Small ``(start, end, replacement)`` spans of ``old`` that turn it into ``new``.

    Spans are widened to whole HTML entities (``&eacute;`` rather than ``eacute;``), and a
    carriage return dropped at the end of a span becomes a span of its own, so each span
    says what one fix did.
    """
    ops = _opcodes(old, new)
    entities = [m.span() for m in chardata.HTML_ENTITY_RE.finditer(old)] if "&" in old else []
    # [lo, hi, first opcode, last opcode]: only unchanged text lies between ``lo`` and the
    # first opcode, and between the last opcode and ``hi``.
    intervals: list[list[int]] = []
    for k, (i1, i2, _, _) in enumerate(ops):
        lo, hi = i1, i2
        for es, ee in entities:
            if (es < hi and lo < ee) or es < lo < ee:
                lo, hi = min(lo, es), max(hi, ee)
        if intervals and lo < intervals[-1][1]:
            intervals[-1][1] = max(intervals[-1][1], hi)
            intervals[-1][3] = k
        else:
            intervals.append([lo, hi, k, k])

    for lo, hi, first, last in intervals:
        new_lo = ops[first][2] - (ops[first][0] - lo)
        new_hi = ops[last][3] + (hi - ops[last][1])
        sub_old, sub_new = old[lo:hi], new[new_lo:new_hi]
        if len(sub_old) > 1 and sub_old.endswith("\r") and not sub_new.endswith("\r"):
            yield (lo, hi - 1, sub_new)
            yield (hi - 1, hi, "")
        else:
            yield (lo, hi, sub_new)


def _line_bounds(text: str, pos: int) -> tuple[int, int]:
    """Start and end (after its newline) of the line holding ``pos``."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, (len(text) if end < 0 else end + 1)


def _flagged_lines(text: str, gate: _Gate) -> list[tuple[int, int]]:
    """Line spans, in order, that hold something ftfy might act on."""
    spans: list[tuple[int, int]] = []
    last_end = -1
    for m in gate.coarse.finditer(text):
        if m.start() < last_end:
            continue
        start, end = _line_bounds(text, m.start())
        if m.end() > end:  # a match across a newline: take the lines it touches
            end = _line_bounds(text, m.end() - 1)[1]
        if spans and start < spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], end))
        else:
            spans.append((start, end))
        last_end = spans[-1][1]
    return spans


def _segments(line: str, max_len: int) -> Iterator[tuple[int, str]]:
    """Split a line as :func:`ftfy.fix_text` would: at most ``max_len`` characters each."""
    for pos in range(0, len(line), max_len):
        yield pos, line[pos : pos + max_len]


def _merge(spans: list[tuple[int, int]], extra: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans + extra):
        if out and s < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _unnormalized_lines(text: str, form: Normalization) -> list[tuple[int, int]]:
    if unicodedata.is_normalized(form, text):
        return []
    spans = []
    pos = 0
    for line in text.splitlines(keepends=True):
        # str.splitlines also splits at \r, \x0b, \x1c.. which is fine: we re-find lines
        end = pos + len(line)
        if not line.isascii() and not unicodedata.is_normalized(form, line):
            spans.append(_line_bounds(text, pos))
        pos = end
    return spans


_BOOL = attrs.validators.instance_of(bool)


@register_cleaner
@attrs.frozen(repr=False)
class RepairEncoding(SpanCleaner):
    """Repair encoding damage with ftfy, touching only the lines that need it.

    Options (keyword-only):

    - ``unescape_html``: ``"auto"`` (ftfy's default: decode entities such as ``&amp;``
      until a literal ``<`` shows the text is real HTML), ``True`` or ``False``.
    - ``fix_character_width``: fold full-width and half-width forms (off: CJK text uses
      them on purpose).
    - ``uncurl_quotes``: turn curly quotes into straight ones (off).
    - ``fix_latin_ligatures``: ``ﬁ`` → ``fi`` and the like (on).
    - ``normalization``: the Unicode normal form ftfy applies (``"NFC"``; ``None`` for none).

    >>> RepairEncoding(uncurl_quotes=True).options()["uncurl_quotes"]
    True
    """

    name: ClassVar[str] = "repair_encoding"

    unescape_html: bool | Literal["auto"] = attrs.field(
        default="auto", kw_only=True, validator=attrs.validators.in_((True, False, "auto"))
    )
    fix_character_width: bool = attrs.field(default=False, kw_only=True, validator=_BOOL)
    uncurl_quotes: bool = attrs.field(default=False, kw_only=True, validator=_BOOL)
    fix_latin_ligatures: bool = attrs.field(default=True, kw_only=True, validator=_BOOL)
    normalization: Normalization | None = attrs.field(
        default="NFC",
        kw_only=True,
        validator=attrs.validators.in_(("NFC", "NFD", "NFKC", "NFKD", None)),
    )
    _gate: _Gate = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        gate = _build_gate(
            entities=self.unescape_html is not False,
            width=self.fix_character_width,
            quotes=self.uncurl_quotes,
            ligatures=self.fix_latin_ligatures,
        )
        object.__setattr__(self, "_gate", gate)

    def options(self) -> dict[str, object]:
        return {
            "unescape_html": self.unescape_html,
            "fix_character_width": self.fix_character_width,
            "uncurl_quotes": self.uncurl_quotes,
            "fix_latin_ligatures": self.fix_latin_ligatures,
            "normalization": self.normalization,
        }

    def ftfy_config(self) -> ftfy.TextFixerConfig:
        """The :class:`ftfy.TextFixerConfig` this cleaner reproduces.

        >>> RepairEncoding().ftfy_config().uncurl_quotes
        False
        """
        return ftfy.TextFixerConfig(
            unescape_html=self.unescape_html,
            fix_character_width=self.fix_character_width,
            uncurl_quotes=self.uncurl_quotes,
            fix_latin_ligatures=self.fix_latin_ligatures,
            normalization=self.normalization,
            explain=True,
        )

    def find(self, text: str) -> list[Change]:
        config = self.ftfy_config()
        spans = _flagged_lines(text, self._gate)
        if self.normalization is not None:
            spans = _merge(spans, _unnormalized_lines(text, self.normalization))
        first_lt = text.find("<") if self.unescape_html == "auto" else -1
        changes: list[Change] = []
        sent: list[tuple[int, int]] = []  # segments that went through ftfy, in order
        for start, end in spans:
            line = text[start:end]
            for offset, segment in _segments(line, config.max_decode_length):
                seg_start = start + offset
                if len(line) <= config.max_decode_length and not self._needs_ftfy(segment):
                    continue
                sent.append((seg_start, seg_start + len(segment)))
                seg_config = config
                if 0 <= first_lt < seg_start + len(segment):
                    seg_config = config._replace(unescape_html=False)
                changes.extend(_ftfy_changes(segment, seg_start, seg_config))
        if "\r" in text:
            # On lines ftfy did not see, the only fix it would make for a carriage return
            # is fix_line_breaks: make it here without calling ftfy.
            starts = [s for s, _ in sent]
            for c in _cr_changes(text):
                i = bisect.bisect_right(starts, c.start) - 1
                if i < 0 or c.start >= sent[i][1]:
                    changes.append(c)
            changes.sort(key=lambda c: c.start)
        return changes

    def _needs_ftfy(self, segment: str) -> bool:
        if self._gate.precise.search(segment) or _BADNESS.search(segment):
            return True
        form = self.normalization
        return form is not None and not unicodedata.is_normalized(form, segment)


def _ftfy_changes(segment: str, seg_start: int, config: ftfy.TextFixerConfig) -> Iterator[Change]:
    fixed, steps = ftfy.fix_and_explain(segment, config)
    if fixed == segment:
        return
    plan = list(steps or [])
    for s, e, new in _diff(segment, fixed):
        yield Change(seg_start + s, seg_start + e, _classify(segment[s:e], new, plan), new=new)


def _cr_changes(text: str) -> Iterator[Change]:
    """``\\r\\n`` loses its ``\\r``; a lone ``\\r`` becomes ``\\n``."""
    pos = text.find("\r")
    while pos >= 0:
        new = "" if text.startswith("\r\n", pos) else "\n"
        yield Change(pos, pos + 1, Reason.LINE_BREAK, new=new)
        pos = text.find("\r", pos + 1)


def repair_text(text: str, cleaner: RepairEncoding | None = None) -> str:
    """The repaired text alone (no audit), as :func:`ftfy.fix_text` would give it.

    >>> repair_text("Ã©tÃ©")
    'été'
    """
    cleaner = cleaner or RepairEncoding()
    return cleaner(text).text

