"""``remove_duplicates``: lines a scraper printed twice, and pull quotes.

Three kinds of repetition are removed, whole lines at a time:

- a line repeated right away (the next non-blank line is the same, spaces aside): the
  second copy goes (``duplicate``). When the line reads like an image caption rather
  than a title (more than 15 words and no full stop at its end, or a photo credit) the
  first copy goes too (``caption``);
- a pull quote: a sentence (a line that ends at least one sentence) of at least
  ``min_pull_quote_words`` words whose text (case and punctuation aside) is part of
  another, longer line (``pull_quote``);
- a long line (at least ``min_repeat_words`` words) repeated anywhere later: the later
  copies go (``duplicate``).

>>> clean = RemoveDuplicates()
>>> text = ("A short title\\nA short title\\nThe body says that the plan will work well. "
...         "It adds more.\\nThe body says that the plan will work well.\\nEnd.")
>>> print(clean(text).text)
A short title
The body says that the plan will work well. It adds more.
End.
>>> [e.reason.value for e in clean(text).audit]
['duplicate', 'pull_quote']

Short lines repeated far apart (menus, "Share") are left to other cleaners:

>>> clean("Share\\nText one.\\nShare").audit
()

The work is linear: lines are compared by hash, and a pull quote is looked for only
where a rare-looking four-word sequence of it occurs in a longer line.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

import attrs
import regex

from ..document import Reason
from ..lines import fold, sentence_count, unheaded, word_count
from ..page import LineLabel, Page
from ..pipeline import LineCleaner, register_cleaner

__all__ = ["RemoveDuplicates"]

_GRAM = 4
# How many places a pull quote's anchor may be checked at, at most.
_MAX_CHECKS = 16
# A line in which this many other lines are found is a copy of them, not their source.
_MAX_QUOTES_PER_HOST = 3
# How many pull quote candidates may share one anchor, at most.
_MAX_PER_ANCHOR = 32
# Removing lines can make two equal lines adjacent; cleaning is repeated on what is
# left until nothing changes, at most this many times.
_MAX_ROUNDS = 8
_CAPTION_MIN_WORDS = 16
_SENTENCE_END = regex.compile(r"[.!?…。！？؟।:;][\"”’'»)\]]*+$")
_CREDIT = regex.compile(
    r"\((?i:photo|foto|image|picture|credit|courtesy|via)\b[^()\n]*+\)|"
    r"\b\p{Lu}{2,}+/\p{Lu}\p{L}++(?:[ \t]\p{Lu}\p{L}++)*+$"
)


def _looks_like_caption(text: str) -> bool:
    stripped = text.strip()
    if _CREDIT.search(stripped):
        return True
    return word_count(stripped) >= _CAPTION_MIN_WORDS and not _SENTENCE_END.search(stripped)


_LABELS = {r: LineLabel(r) for r in (Reason.DUPLICATE, Reason.CAPTION, Reason.PULL_QUOTE)}


class _Item:
    """A non-blank line as the rounds compare it."""

    __slots__ = ("anchor", "folded", "host", "index", "key", "text", "words")

    def __init__(
        self,
        index: int,
        text: str,
        key: str,
        folded: tuple[str, ...],
        host: tuple[str, ...],
        words: int,
    ) -> None:
        self.index = index  # line index in the page
        self.text = text  # its visible text
        self.key = key  # the line with its runs of spaces folded
        self.folded = folded  # case- and punctuation-folded words
        # the folded words of the line as written: a pull quote is looked for in these, so
        # that a line repeating an image's alternative text is found in the image's line
        self.host = host
        self.words = words
        # where the line is anchored as a pull quote candidate (-1: it is not one), once
        # computed (RemoveDuplicates._anchor)
        self.anchor: int | None = None


@register_cleaner
@attrs.frozen(repr=False)
class RemoveDuplicates(LineCleaner):
    """Remove repeated lines and pull quotes.

    Options (keyword-only):

    - ``min_pull_quote_words``: the shortest line, in words, that can be a pull quote (8).
    - ``min_repeat_words``: the shortest line, in words, whose non-adjacent repeats are
      removed (12).
    - ``min_adjacent_words``: the shortest line, in words, whose immediate repeat is
      removed (3).

    >>> RemoveDuplicates(min_adjacent_words=1)("Share\\nShare\\nText.").text
    'Share\\nText.'
    """

    name: ClassVar[str] = "remove_duplicates"

    min_pull_quote_words: int = attrs.field(
        default=8, kw_only=True, validator=attrs.validators.ge(1)
    )
    min_repeat_words: int = attrs.field(default=12, kw_only=True, validator=attrs.validators.ge(1))
    min_adjacent_words: int = attrs.field(default=3, kw_only=True, validator=attrs.validators.ge(1))

    def label(self, page: Page) -> dict[int, LineLabel]:
        """The repeated lines and pull quotes of ``page``."""
        items = []
        for k in page.nonblank():
            f = page.facts(k)
            text, visible = f.text, f.visible
            # lines are compared by what they show: a link and its anchor text are equal,
            # and so are a heading and its text, as strip_markup will leave them
            shown = unheaded(text, visible)
            folded = tuple(f.fold.split())
            host = folded if text == visible else tuple(fold(text).split())
            items.append(_Item(k, shown, " ".join(shown.split()), folded, host, f.words))
        removed: dict[int, Reason] = {}
        for _ in range(_MAX_ROUNDS):
            found = self._round([it for it in items if it.index not in removed])
            if not found:
                break
            removed.update(found)
        return {k: _LABELS[reason] for k, reason in removed.items()}

    def _round(self, items: Sequence[_Item]) -> dict[int, Reason]:
        """The lines to remove from the non-blank lines ``items``, in one pass."""
        out = self._pull_quotes(items)
        # Immediate repeats, on the lines still there. A stack of kept lines: when a
        # caption's two copies go, the line before them meets the line after them.
        kept: list[_Item] = []
        gone_key: str | None = None
        for it in items:
            if it.index in out:
                continue
            if it.words >= self.min_adjacent_words:
                if kept and kept[-1].key == it.key:
                    out[it.index] = Reason.DUPLICATE
                    if _looks_like_caption(it.text):
                        out[kept.pop().index] = Reason.CAPTION
                        gone_key = it.key
                    continue
                if gone_key == it.key:
                    out[it.index] = Reason.DUPLICATE
                    continue
            gone_key = None
            kept.append(it)
        # Later copies of long lines.
        seen: set[tuple[str, ...]] = set()
        for it in items:
            if it.index in out or it.words < self.min_repeat_words or not it.folded:
                continue
            if it.folded in seen:
                out[it.index] = Reason.DUPLICATE
            seen.add(it.folded)
        return out

    def _anchor(self, it: _Item, need: int) -> int:
        """Where a pull quote candidate is anchored (the start of its anchor in its folded
        words); -1 for a line that cannot be a pull quote."""
        # a pull quote is a sentence: a headline found again in a teaser or a page
        # title is not one (and must not be lost if that line is boilerplate)
        if (
            it.words >= self.min_pull_quote_words
            and len(it.folded) >= need
            and sentence_count(it.text)
        ):
            return _longest_window(it.folded)
        return -1

    def _pull_quotes(self, items: Sequence[_Item]) -> dict[int, Reason]:
        """Lines whose folded words occur, in order, inside a longer line."""
        need = max(self.min_pull_quote_words, _GRAM)
        # Each candidate is anchored at its four-word sequence with the most characters,
        # a cheap stand-in for the rarest one.
        # Equal candidates are checked once, as one group; groups are named by number
        # (hashing a long tuple of words again and again would cost its length each time).
        group_of: dict[tuple[str, ...], int] = {}
        groups: list[tuple[tuple[str, ...], int, list[int]]] = []
        for it in items:
            best = it.anchor
            if best is None:  # the first round: whether the line is a candidate
                best = it.anchor = self._anchor(it, need)
            if best < 0:
                continue
            g = group_of.setdefault(it.folded, len(groups))
            if g == len(groups):
                groups.append((it.folded, best, []))
            groups[g][2].append(it.index)
        anchors: dict[tuple[str, ...], list[tuple[int, int]]] = {}
        for g, (w, best, _) in enumerate(groups):
            found = anchors.setdefault(w[best : best + _GRAM], [])
            if len(found) < _MAX_PER_ANCHOR:
                found.append((g, best))
        if not anchors:
            return {}
        checks = [0] * len(groups)
        quotes: set[int] = set()
        found_in: dict[int, list[int]] = {}  # host line -> the groups found in it
        # Only a window that starts with the first word of an anchor can be one: testing
        # a word is cheaper than slicing and hashing the window.
        firsts = {anchor[0] for anchor in anchors}
        for host in items:
            w = host.host
            if len(w) <= need or firsts.isdisjoint(w):
                continue
            for i in [i for i, word in enumerate(w[: len(w) - _GRAM + 1]) if word in firsts]:
                hits = anchors.get(w[i : i + _GRAM])
                if not hits:
                    continue
                for g, offset in hits:
                    cw = groups[g][0]
                    if g in quotes or len(cw) >= len(w) or checks[g] >= _MAX_CHECKS:
                        continue
                    if w is not host.folded and host.folded == cw:
                        continue  # the line itself, its link targets read as words
                    checks[g] += 1
                    start = i - offset
                    if start >= 0 and w[start : start + len(cw)] == cw:
                        quotes.add(g)
                        found_in.setdefault(host.index, []).append(g)
        out: dict[int, Reason] = {}
        for host_index, in_host in found_in.items():
            if len(in_host) >= _MAX_QUOTES_PER_HOST:
                # a line that holds several other lines is a flattened copy of them (a
                # whole article on one line): the copy goes, the lines stay
                out[host_index] = Reason.DUPLICATE
                quotes.difference_update(in_host)
        for g in quotes:
            for i in groups[g][2]:
                out.setdefault(i, Reason.PULL_QUOTE)
        return out


def _longest_window(words: Sequence[str]) -> int:
    """Start of the first run of ``_GRAM`` words with the most characters (sliding sum)."""
    lens = [len(x) for x in words]
    window = sum(lens[:_GRAM])
    best_sum, best = window, 0
    for i in range(1, len(lens) - _GRAM + 1):
        window += lens[i + _GRAM - 1] - lens[i - 1]
        if window > best_sum:
            best_sum, best = window, i
    return best
