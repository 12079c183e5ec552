"""Spans that remove several whole lines without overlapping (shared by line cleaners).

:func:`seedclean.lines.line_span` removes one line with its newline, or with the newline
before it when it is the last line. Two removed lines at the end of a text would then
share a newline; :func:`removal_spans` gives every line of a trailing run of removed
lines the newline *before* it instead, so the spans never overlap and no blank line is
left behind.

>>> from seedclean.lines import split_lines
>>> text = "keep\\ndrop\\ndrop too"
>>> spans = removal_spans(text, split_lines(text), {1, 2})
>>> spans
{1: (4, 9), 2: (9, 18)}
>>> text[:4] + text[18:]
'keep'
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from ..lines import Line

__all__ = ["removal_spans"]


def removal_spans(
    text: str, lines: Sequence[Line], remove: Collection[int]
) -> dict[int, tuple[int, int]]:
    """For each line index in ``remove``, the span that removes that line whole."""
    if not remove:
        return {}
    first_trailing = len(lines)
    while first_trailing > 0 and (first_trailing - 1) in remove:
        first_trailing -= 1
    n = len(text)
    out: dict[int, tuple[int, int]] = {}
    for i in sorted(remove):
        line = lines[i]
        if i < first_trailing and line.end < n:
            out[i] = (line.start, line.end + 1)
        elif line.start > 0:
            out[i] = (line.start - 1, line.end)
        else:
            out[i] = (line.start, line.end)
    return out
