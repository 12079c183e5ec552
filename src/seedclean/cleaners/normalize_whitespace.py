"""``normalize_whitespace``: exotic spaces, zero-width characters, soft hyphens, trailing
whitespace and runs of blank lines.

>>> clean = NormalizeWhitespace()
>>> clean("\\n\\nTitle  \\n\\n\\n\\nA\\u00a0line with a soft\\u00adhyphen\\u200b.\\n\\n").text
'Title\\n\\nA line with a softhyphen.'
>>> [e.reason.value for e in clean("a\\u00a0b").audit]
['exotic_space']

Characters that carry meaning are left alone: the zero-width non-joiner (U+200C) that
Persian and other scripts need, the zero-width joiner (U+200D) of emoji sequences and
Indic scripts, and by default the ideographic space (U+3000) of CJK text.

>>> clean("می\\u200cخواهم 👩\\u200d💻").text == "می\\u200cخواهم 👩\\u200d💻"
True

Every expression here reads each character a bounded number of times, so a megabyte of
spaces or of zero-width characters is handled in linear time.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

import attrs

from ..document import Change, Reason
from ..pipeline import SpanCleaner, register_cleaner

__all__ = ["NormalizeWhitespace"]

#: Space characters turned into a plain space (U+3000 is added unless kept).
EXOTIC_SPACES = "\u00a0\u1680\u2000-\u200a\u202f\u205f"
#: Invisible characters removed: zero-width space, word joiner, Mongolian vowel
#: separator, invisible math operators, byte order mark.
ZERO_WIDTH = "\u200b\u2060-\u2064\u180e\ufeff"
SOFT_HYPHEN = "\u00ad"


def _build(keep_ideographic_space: bool) -> re.Pattern[str]:
    exotic = EXOTIC_SPACES + ("" if keep_ideographic_space else "\u3000")
    inline = f" \\t{exotic}{ZERO_WIDTH}{SOFT_HYPHEN}"
    # Alternatives, tried in order at each position where the leading look-ahead sees a
    # candidate character. Runs are matched whole and possessively from their first
    # character only (the look-behinds), so no position starts more than one scan of a
    # run: linear time on any input.
    return re.compile(
        rf"""
        (?=[{inline}\n])(?:
         (?P<lead>\A(?:[{inline}]*+\n)++(?:[{inline}]*+\Z)?)  # blank lines at the start
        |(?P<tail>(?<![{inline}\n])[{inline}\n]++\Z)       # whitespace at the end
        |(?P<trail>(?<![{inline}])[{inline}]++(?=\n))      # trailing whitespace
        |(?P<blank>\n(?:[{inline}]*+\n)++)                # blank lines in between
        |(?P<space>[{exotic}])                             # exotic spaces
        |(?P<zw>[{ZERO_WIDTH}]++)                          # zero-width characters
        |(?P<shy>{SOFT_HYPHEN}++)                          # soft hyphens
        )
        """,
        re.VERBOSE,
    )


_PATTERNS = {keep: _build(keep) for keep in (True, False)}


@register_cleaner
@attrs.frozen(repr=False)
class NormalizeWhitespace(SpanCleaner):
    """Normalise whitespace and remove invisible characters.

    Options (keyword-only):

    - ``max_blank_lines``: how many blank lines may separate two lines (1).
    - ``keep_ideographic_space``: leave U+3000 alone (True), as CJK text uses it.

    >>> NormalizeWhitespace(max_blank_lines=0)("a\\n\\n\\nb").text
    'a\\nb'
    """

    name: ClassVar[str] = "normalize_whitespace"

    max_blank_lines: int = attrs.field(
        default=1, kw_only=True, validator=attrs.validators.ge(0)
    )
    keep_ideographic_space: bool = attrs.field(default=True, kw_only=True)

    def find(self, text: str) -> Iterator[Change]:
        pattern = _PATTERNS[self.keep_ideographic_space]
        for m in pattern.finditer(text):
            kind = m.lastgroup
            start, end = m.span()
            if kind in ("lead", "tail", "trail"):
                reason = Reason.BLANK_LINES if kind == "lead" else Reason.TRAILING_WHITESPACE
                yield Change(start, end, reason)
            elif kind == "blank":
                keep = min(m.group().count("\n"), self.max_blank_lines + 1)
                yield Change(start, end, Reason.BLANK_LINES, new="\n" * keep)
            elif kind == "space":
                yield Change(start, end, Reason.EXOTIC_SPACE, new=" ")
            elif kind == "zw":
                yield Change(start, end, Reason.ZERO_WIDTH)
            else:
                yield Change(start, end, Reason.SOFT_HYPHEN)
