r"""``strip_markup``: Markdown debris left by html2text-style and inscriptis-style scrapers.

Links become their anchor text, images go, backslash escapes are undone, ``**bold**``
and ``_italic_`` markers and heading hashes are dropped, and lines that hold nothing but
a link target are removed whole:

>>> clean = StripMarkup()
>>> doc = clean("# A title\n\nSee [the report](https://x.org/r) ![chart](c.png) **now**"
...             "\n(/about/us)\nEnd\\.")
>>> print(doc.text)
A title
<BLANKLINE>
See the report  now
End.
>>> [(e.reason.value, e.old, e.new) for e in doc.audit]  # doctest: +NORMALIZE_WHITESPACE
[('markup', '# ', ''), ('link_url', '[the report](https://x.org/r)', 'the report'),
 ('image', '![chart](c.png)', ''), ('markup', '**', ''), ('markup', '**', ''),
 ('link_url', '(/about/us)\n', ''), ('markup', '\\.', '.')]

Inscriptis writes the target of a link into its anchor; the path goes with the link:

>>> clean(r"by [Ann Example \(/experts/ann-example\)](#)").text
'by Ann Example'

Plain text without Markdown is left alone, ``__init__`` and ``a*b*c`` included:

>>> clean("Call __init__ (see page 3) [sic] with a*b*c [1].").audit
()

Every expression is linear on hostile input (a megabyte of ``[``, ``(`` or ``\(``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

import attrs
import regex

from ..document import Change, Reason
from ..lines import MARKDOWN_LINK, WEB_ADDRESS, heading_mark
from ..page import LineLabel, Page
from ..pipeline import SpanCleaner, register_cleaner

__all__ = ["StripMarkup"]

# Markdown links and images, read as every line cleaner reads them (linked images
# "[![alt](src)](url)" included).
_LINK = MARKDOWN_LINK
# A backslash escape html2text writes; ``\\`` is matched too so that the character after
# an escaped backslash is never read as escaped (it is left as it is).
_ESCAPE = regex.compile(r"\\(?:\\|(?P<char>[`*_{}\[\]()#+\-.!|>~<]))")
# ``**`` or ``__`` that is not part of a longer run of stars or underscores.
_DELIM = regex.compile(r"(?<!\\)(?:(?<!\*)\*\*(?!\*)|(?<!_)__(?!_))")
# A lone ``*`` or ``_`` (not part of a run, not escaped): maybe ``*emphasis*``.
_SINGLE = regex.compile(r"(?<!\\)(?:(?<!\*)\*(?!\*)|(?<!_)_(?!_))")
# A line that is only a link target: "(/path)", "(https://…)", a bare URL or <URL>.
_URL_LINE = regex.compile(
    r"[ \t]*+(?:[*+\-][ \t]++)?"
    r"(?:\((?:/|https?://|www\.)[^\s()]*+\)|<?(?:https?://|www\.)[^\s<>]++>?)"
    r"[ \t]*+"
)
# What an inscriptis anchor ends with: the target, escaped, in parentheses.
_PATH = regex.compile(r"(?:/|#|https?://|www\.|mailto:)(?:[^\s\\]|\\[^()\s])*+")
# A line left with nothing but these once its links and images are gone is removed.
_EMPTYISH = regex.compile(r"[\s*+\-•·|/,;:>]*+")
_IDENTIFIER = regex.compile(r"\w++")

_LINKISH = (Reason.LINK_URL, Reason.IMAGE)

# One proposed change inside a line: (start, end, new, reason), offsets in the line.
_Edit = tuple[int, int, str, Reason]


def _escapes(line: str, lo: int, hi: int, out: list[_Edit], keep: str) -> None:
    for m in _ESCAPE.finditer(line, lo, hi):
        char = m.group("char")
        if char is not None and char not in keep:
            out.append((m.start(), m.end(), char, Reason.MARKUP))


def _emphasis(line: str, protected: list[tuple[int, int]], out: list[_Edit]) -> int:
    """``**x**`` / ``__x__`` markers (paired), and ``__`` icon placeholders (counted)."""
    if "**" not in line and "__" not in line:
        return 0
    placeholders = 0
    pending: dict[str, list[int]] = {"**": [], "__": []}
    n = len(line)
    k = 0
    for m in _DELIM.finditer(line):
        s, e = m.span()
        while k < len(protected) and protected[k][1] <= s:
            k += 1
        if k < len(protected) and protected[k][0] <= s:
            continue
        before = line[s - 1] if s else " "
        after = line[e] if e < n else " "
        delim = m.group()
        if (before.isspace() or before == "[") and (after.isspace() or after == "]"):
            if delim == "__":  # html2text's placeholder for an icon font glyph
                placeholders += 1
                if e < n and line[e] == " ":
                    out.append((s, e + 1, "", Reason.MARKUP))
                elif s and line[s - 1] == " " and (e == n or line[e] == "]"):
                    out.append((s - 1, e, "", Reason.MARKUP))
                else:
                    out.append((s, e, "", Reason.MARKUP))
            continue
        can_close = not before.isspace() and not (after.isalnum() or after == "_")
        can_open = not after.isspace() and not (before.isalnum() or before == "_")
        openers = pending[delim]
        if can_close and openers:
            start = openers.pop()
            if delim == "__" and _IDENTIFIER.fullmatch(line, start + 2, s):
                continue  # __init__, __name__: code, not emphasis
            out.append((start, start + 2, "", Reason.MARKUP))
            out.append((s, e, "", Reason.MARKUP))
        elif can_open:
            openers.append(s)
    for start in pending["__"]:
        if start == 0 or line[start - 1] in " [\t":
            placeholders += 1  # an unpaired "__" glued to the next word: "__Twitter"
            out.append((start, start + 2, "", Reason.MARKUP))
    return placeholders


def _single_emphasis(line: str, protected: list[tuple[int, int]], out: list[_Edit]) -> None:
    """``*x*`` / ``_x_`` markers, paired, at word edges only.

    A marker opens before a word (not after a letter or digit) and closes after one (not
    before a letter or digit), as Markdown's ``_`` does; ``*`` is held to the same rule,
    so ``a*b*c``, ``snake_case``, ``2 * 3`` and a list's ``* item`` are left alone.
    """
    if "*" not in line and "_" not in line:
        return
    spans = list(protected)
    if "_" in line and ("://" in line or "www." in line):
        spans += [m.span() for m in WEB_ADDRESS.finditer(line)]
        spans.sort()
    n = len(line)
    k = 0
    pending: dict[str, list[int]] = {"*": [], "_": []}
    for m in _SINGLE.finditer(line):
        s = m.start()
        while k < len(spans) and spans[k][1] <= s:
            k += 1
        if k < len(spans) and spans[k][0] <= s:
            continue
        before = line[s - 1] if s else " "
        after = line[s + 1] if s + 1 < n else " "
        openers = pending[m.group()]
        if openers and not before.isspace() and not after.isalnum():
            start = openers.pop()
            out.append((start, start + 1, "", Reason.MARKUP))
            out.append((s, s + 1, "", Reason.MARKUP))
        elif not after.isspace() and not before.isalnum():
            openers.append(s)


def _escaped(line: str, at: int) -> bool:
    """Whether the character at ``at`` follows an odd number of backslashes."""
    k = at
    while k and line[k - 1] == "\\":
        k -= 1
    return (at - k) % 2 == 1


def _path_suffix(anchor: str) -> int:
    """Where an inscriptis-style ``\\(/path\\)`` at the end of ``anchor`` starts (or -1)."""
    if not anchor.endswith("\\)"):
        return -1
    open_at = anchor.rfind("\\(")
    if open_at < 0 or not _PATH.fullmatch(anchor, open_at + 2, len(anchor) - 2):
        return -1
    return open_at


def _apply(line: str, edits: list[_Edit]) -> str:
    parts: list[str] = []
    pos = 0
    for s, e, new, _ in edits:
        parts.append(line[pos:s])
        parts.append(new)
        pos = e
    parts.append(line[pos:])
    return "".join(parts)


def _line_edits(
    line: str, keep_anchor_text: bool, remove_url_lines: bool, unescape: bool, keep: str = ""
) -> tuple[list[_Edit], Reason | None]:
    """The edits for one line, or the reason to remove the line whole; the escapes of the
    characters in ``keep`` stay."""
    if remove_url_lines and ("/" in line or "www." in line) and _URL_LINE.fullmatch(line):
        return [], Reason.LINK_URL
    small: list[_Edit] = []
    links: list[tuple[int, int, int, int, bool]] = []  # start, end, anchor start/end, image
    protected: list[tuple[int, int]] = []
    if "](" in line:
        for m in _LINK.finditer(line):
            if _escaped(line, m.start()):
                continue  # "\\[text](url)": the bracket is text, not a link
            is_image = m.group("image") is not None
            a_start, a_end = (0, 0) if is_image else m.span("anchor")
            links.append((m.start(), m.end(), a_start, a_end, is_image))
            if is_image:
                protected.append(m.span())
            else:
                if a_start > m.start() + 1:
                    protected.append((m.start(), a_start))
                protected.append((a_end, m.end()))
                for im in _LINK.finditer(line, a_start, a_end):
                    if im.group("image") is not None:
                        small.append((im.start(), im.end(), "", Reason.IMAGE))
                        protected.append(im.span())
    protected.sort()
    if unescape and "\\" in line:
        gaps = [(0, len(line))]
        for s, e in protected:
            last_s, last_e = gaps[-1]
            gaps[-1] = (last_s, max(last_s, min(last_e, s)))
            gaps.append((e, len(line)))
        for lo, hi in gaps:
            if lo < hi:
                _escapes(line, lo, hi, small, keep)
    placeholders = _emphasis(line, protected, small)
    _single_emphasis(line, protected, small)
    heading = heading_mark(line)  # the line cleaners before this one read it so too
    if heading is not None:
        small.append((heading.start(), heading.end(), "", Reason.MARKUP))
    small.sort()

    edits: list[_Edit] = []
    linkish = 0
    images = 0
    i = 0

    def take_until(pos: int) -> None:
        nonlocal i
        while i < len(small) and small[i][0] < pos:
            edits.append(small[i])
            i += 1

    def skip_until(pos: int) -> list[_Edit]:
        nonlocal i
        inside: list[_Edit] = []
        while i < len(small) and small[i][0] < pos:
            inside.append(small[i])
            i += 1
        return inside

    for start, end, a_start, a_end, is_image in links:
        take_until(start)
        inside = skip_until(end)
        if is_image:
            edits.append((start, end, "", Reason.IMAGE))
            linkish += 1
            images += 1
            continue
        if not keep_anchor_text:
            edits.append((start, end, "", Reason.LINK_URL))
            linkish += 1
            continue
        stop = a_end
        suffix = _path_suffix(line[a_start:a_end])
        if suffix >= 0:
            stop = a_start + suffix
        ks, ke = a_start, stop
        while ks < ke and line[ks].isspace():
            ks += 1
        while ke > ks and line[ke - 1].isspace():
            ke -= 1
        # edits inside the kept anchor text; a removal may reach into the space around it
        kept_edits = [
            (max(s, ks), min(e, ke), new, r)
            for s, e, new, r in inside
            if s < ke and e > ks and (not new or (ks <= s and e <= ke))
        ]
        if kept_edits and kept_edits[0][0] == ks and not kept_edits[0][2]:
            s0, e0, _, r0 = kept_edits[0]  # "[![icon](i.png) Text](u)": no leading space
            while e0 < ke and line[e0] == " " and (len(kept_edits) == 1 or kept_edits[1][0] > e0):
                e0 += 1
            kept_edits[0] = (s0, e0, "", r0)
        has_image = any(x[3] is Reason.IMAGE for x in inside)
        visible = _apply(line[ks:ke], [(s - ks, e - ks, n, r) for s, e, n, r in kept_edits])
        linkish += 1
        if not visible.strip():
            reason = Reason.IMAGE if has_image else Reason.LINK_URL
            images += reason is Reason.IMAGE
            edits.append((start, end, "", reason))
        elif not kept_edits:
            edits.append((start, end, line[ks:ke], Reason.LINK_URL))
        else:
            edits.append((start, ks, "", Reason.LINK_URL))
            edits.extend(kept_edits)
            edits.append((ke, end, "", Reason.LINK_URL))
    take_until(len(line))
    if edits and (linkish or placeholders):
        out = _apply(line, edits)
        if _EMPTYISH.fullmatch(out):
            if linkish and images == linkish:
                return [], Reason.IMAGE
            return [], Reason.LINK_URL if linkish else Reason.MARKUP
    return edits, None


@register_cleaner
@attrs.frozen(repr=False)
class StripMarkup(SpanCleaner):
    r"""Strip Markdown links, images, escapes, emphasis and heading markers.

    Options (keyword-only):

    - ``keep_anchor_text``: a link becomes its anchor text (True); False removes links
      whole.
    - ``remove_url_lines``: remove lines that are only a path or URL (True).
    - ``unescape``: undo backslash escapes such as ``\-`` and ``\(`` (True).

    >>> StripMarkup(keep_anchor_text=False)("Read [more](/more) here").text
    'Read  here'
    >>> StripMarkup(unescape=False)(r"1\. [a](b)").text
    '1\\. a'
    """

    name: ClassVar[str] = "strip_markup"

    keep_anchor_text: bool = attrs.field(default=True, kw_only=True)
    remove_url_lines: bool = attrs.field(default=True, kw_only=True)
    unescape: bool = attrs.field(default=True, kw_only=True)

    def _stable_edits(self, line: str) -> tuple[list[_Edit], Reason | None]:
        r"""The edits of a line if their result needs no further edit, else none.

        Undoing escapes can make new markup (``\*x\*`` becomes ``*x*``) and removing a
        link can expose another. The escaped stars and underscores then stay escaped, and
        if that is not enough the line is left alone, so cleaning is idempotent.
        """
        opts = (self.keep_anchor_text, self.remove_url_lines, self.unescape)
        for keep in ("", "*_"):
            edits, drop = _line_edits(line, *opts, keep)
            if drop is not None or not edits:
                return edits, drop
            again, drop_again = _line_edits(_apply(line, edits), *opts, keep)
            if not again and drop_again is None:
                return edits, None
            if not self.unescape or "\\" not in line:
                break
        return [], None

    def find(self, text: str) -> Iterator[Change]:
        if not any(c in text for c in "[]()\\*_#/"):
            return
        page = Page.of(text)
        lines = page.lines
        changes: list[Change] = []
        drops: dict[int, LineLabel] = {}
        for line in lines:
            t = line.text
            if not t or not any(c in t for c in "[]()\\*_#/"):
                continue
            edits, drop = self._stable_edits(t)
            if drop is not None:
                drops[line.index] = LineLabel(drop)
            else:
                base = line.start
                changes += (Change(base + s, base + e, r, new=new) for s, e, new, r in edits)
        # lines left with nothing go as every line cleaner's lines go (the one render);
        # they and the blank lines around them hold no other edit
        changes += page.render(drops).changes
        yield from sorted(changes, key=lambda c: c.start)
