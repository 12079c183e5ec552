"""``normalize_whitespace``: exotic spaces, zero-width characters, soft hyphens, runs of
spaces inside a line, trailing whitespace and runs of blank lines.

>>> clean = NormalizeWhitespace()
>>> clean("\\n\\nTitle  \\n\\n\\n\\nA\\u00a0line with a soft\\u00adhyphen\\u200b.\\n\\n").text
'Title\\n\\nA line with a softhyphen.'
>>> [e.reason.value for e in clean("a\\u00a0b").audit]
['exotic_space']

A run of two or more spaces or tabs between two visible characters of a line, the
padding a layout-keeping scraper leaves between columns, becomes one space; indentation
is left alone.

>>> clean("    Name         Score\\n    Ann Example  12").text
'    Name Score\\n    Ann Example 12'
>>> [(e.reason.value, e.old) for e in clean("two.  Spaces").audit]
[('inner_whitespace', '  ')]

Characters that carry meaning are left alone: the zero-width non-joiner (U+200C) that
Persian and other scripts need, the zero-width joiner (U+200D) of emoji sequences and
Indic scripts, and by default the ideographic space (U+3000) of CJK text.

>>> clean("می\\u200cخواهم 👩\\u200d💻").text == "می\\u200cخواهم 👩\\u200d💻"
True

Every expression here reads each character a bounded number of times, so a megabyte of
spaces or of zero-width characters is handled in linear time: a run is matched whole and
possessively, from its first character only (a look-behind checks the character before
it), so it is scanned a fixed number of times, once by each alternative that tries it,
whatever its length. A megabyte of ``"a  "`` repeated is linear too.
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


def _build(keep_ideographic_space: bool, collapse_spaces: bool) -> re.Pattern[str]:
    exotic = EXOTIC_SPACES + ("" if keep_ideographic_space else "\u3000")
    spaces = f" \\t{exotic}"  # each stays one space (or becomes one)
    invisible = f"{ZERO_WIDTH}{SOFT_HYPHEN}"  # each is removed
    inline = spaces + invisible
    # A character of a line that is neither whitespace (\s: a kept U+3000, a form feed
    # and a newline included) nor invisible.
    visible = f"[^\\s{invisible}]"
    # Between two visible characters, a run of inline characters with at least two
    # spaces in it: what the other alternatives would leave of it is two spaces or more,
    # so it becomes one space whole, and a second pass finds nothing to do. The two
    # spaces are counted deterministically (possessive, one way to match), the rest of
    # the run is taken possessively, and the look-behind lets the match start only on
    # the run's first character.
    inner = (
        rf"|(?P<inner>(?<={visible})(?:[{invisible}]*+[{spaces}]){{2}}[{inline}]*+(?={visible}))"
        if collapse_spaces
        else ""
    )
    # Alternatives, tried in order at each position where the leading look-ahead sees a
    # candidate character. Runs are matched whole and possessively from their first
    # character only (the look-behinds), so no position starts more than one scan of a
    # run: linear time on any input. A lone space or tab before a visible character (the
    # space between two words) and a newline before one (except at the start) start no
    # alternative: the second look-ahead passes over them without trying each in turn,
    # which makes the scan about 2.5 times as fast on scraped pages.
    return re.compile(
        rf"""
        (?=[{inline}\n])(?![ \t]{visible}|(?<!\A)\n{visible})(?:
         (?P<lead>\A(?:[{inline}]*+\n)++(?:[{inline}]*+\Z)?)  # blank lines at the start
        |(?P<tail>(?<![{inline}\n])[{inline}\n]++\Z)       # whitespace at the end
        |(?P<trail>(?<![{inline}])[{inline}]++(?=\n))      # trailing whitespace
        |(?P<blank>\n(?:[{inline}]*+\n)++)                # blank lines in between
        {inner}                                            # runs inside a line
        |(?P<space>[{exotic}])                             # exotic spaces
        |(?P<zw>[{ZERO_WIDTH}]++)                          # zero-width characters
        |(?P<shy>{SOFT_HYPHEN}++)                          # soft hyphens
        )
        """,
        re.VERBOSE,
    )


_PATTERNS = {
    (keep, collapse): _build(keep, collapse) for keep in (True, False) for collapse in (True, False)
}


@register_cleaner
@attrs.frozen(repr=False)
class NormalizeWhitespace(SpanCleaner):
    """Normalise whitespace and remove invisible characters.

    Options (keyword-only):

    - ``max_blank_lines``: how many blank lines may separate two lines (1).
    - ``keep_ideographic_space``: leave U+3000 alone (True), as CJK text uses it; a run
      of spaces next to one is left alone too.
    - ``collapse_spaces``: turn every run of two or more spaces or tabs between two
      visible characters of a line into one space (True); indentation is kept. Short runs
      too: two spaces after a full stop are a typing habit, and a table or code line has
      lost its alignment anyway once its long runs are collapsed (keeping runs of two or
      three made no difference to quality on the benchmark). False keeps every run.

    >>> NormalizeWhitespace(max_blank_lines=0)("a\\n\\n\\nb").text
    'a\\nb'
    >>> NormalizeWhitespace(collapse_spaces=False)("x  = 1").text
    'x  = 1'
    """

    name: ClassVar[str] = "normalize_whitespace"

    max_blank_lines: int = attrs.field(default=1, kw_only=True, validator=attrs.validators.ge(0))
    keep_ideographic_space: bool = attrs.field(default=True, kw_only=True)
    collapse_spaces: bool = attrs.field(default=True, kw_only=True)

    def find(self, text: str) -> Iterator[Change]:
        pattern = _PATTERNS[self.keep_ideographic_space, self.collapse_spaces]
        for m in pattern.finditer(text):
            kind = m.lastgroup
            start, end = m.span()
            if kind in ("lead", "tail", "trail"):
                reason = Reason.BLANK_LINES if kind == "lead" else Reason.TRAILING_WHITESPACE
                yield Change(start, end, reason)
            elif kind == "blank":
                keep = min(m.group().count("\n"), self.max_blank_lines + 1)
                yield Change(start, end, Reason.BLANK_LINES, new="\n" * keep)
            elif kind == "inner":
                yield Change(start, end, Reason.INNER_WHITESPACE, new=" ")
            elif kind == "space":
                yield Change(start, end, Reason.EXOTIC_SPACE, new=" ")
            elif kind == "zw":
                yield Change(start, end, Reason.ZERO_WIDTH)
            else:
                yield Change(start, end, Reason.SOFT_HYPHEN)
