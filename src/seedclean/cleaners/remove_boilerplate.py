"""``remove_boilerplate``: whole lines of interface text around an article.

A line goes when its visible text (links read as their anchors) *is* a boilerplate
phrase of :mod:`seedclean.phrases` ("Share", "Read more", "23 Comments", "Sign in",
"All rights reserved", in many languages), or such a phrase with a little decoration: a
count, an arrow or an icon, a site name of at most three words after a separator or a
prefix phrase ("Share on Facebook"), or several phrases glued together ("Share Tweet
Email"). Lines of prose that merely *contain* such words stay.

>>> clean = RemoveBoilerplate()
>>> text = "Title\\n\\nShare on Facebook\\n\\nBody text here.\\n\\nRead more »\\n23 Comments"
>>> clean(text).text
'Title\\n\\nBody text here.'
>>> [e.reason.value for e in clean(text).audit]
['social', 'read_more', 'comments']
>>> clean("Share prices fell 3% on Monday.\\nRead more about this in our report.").audit
()

It also removes breadcrumbs (``Home > News > World``), copyright lines
(``© 2024 Example Media``), cookie banners written as sentences, and a language switcher
with the language links that follow it:

>>> clean("Home > News > World\\nBody.\\n© 2024 Example Media").text
'Body.'
>>> clean("We use cookies to improve your experience. By continuing you agree.\\nBody.").text
'Body.'
>>> clean("Also available in\\n\\n[Français](/fr) /\\n\\n[Deutsch](/de)\\n\\nBody.").text
'Body.'

Users add their own phrases and regular expressions (reason ``user_phrase``):

>>> mine = RemoveBoilerplate(extra_phrases=("Buy the print edition",))
>>> mine("Body.\\nBuy the print edition").text
'Body.'
>>> RemoveBoilerplate(extra_patterns=(r"^sponsored by \\w+$",))("Sponsored by ACME\\nBody.").text
'Body.'
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator, Mapping
from enum import Enum
from typing import Any, ClassVar

import attrs
import regex

from ..document import Change, Reason, tuple_of_str
from ..lines import Line, link_density, plain_text, sentence_count, split_lines, word_count
from ..phrases import (
    CATEGORIES,
    COOKIE_SIGNALS,
    COOKIE_WORDS,
    LANGUAGE_NAMES,
    RIGHTS_RESERVED,
    PhraseTable,
    phrase_key,
    phrase_table,
)
from ..pipeline import SpanCleaner, register_cleaner

__all__ = ["RemoveBoilerplate", "is_cookie_banner", "line_changes", "match_phrase"]

#: Lines longer than this (visible characters) are never matched as a phrase.
MAX_PHRASE_CHARS = 160
#: Cookie banners are matched up to this many visible characters and sentences.
MAX_COOKIE_CHARS = 600
MAX_COOKIE_SENTENCES = 4
#: At most this many words may follow a phrase as a site name or a prefix phrase's tail.
MAX_TAIL_WORDS = 3
#: Glued phrases ("keep readingShow less") are looked for in lines this short.
MAX_GLUED_CHARS = 60

# A line that ends like a sentence: a full stop, but not a word's ellipsis ("Loading...").
_UI_ELLIPSIS = regex.compile(r"(?<=\p{L})\.\.\.$")
_NUMBER = regex.compile(r"\d++(?:[.,]\d++)?+[km]?+")
# Separators between a phrase and a site name: | • · – —, a colon before a space, a
# spaced hyphen.
_SEPARATOR = regex.compile(r"\s*+[|•·–—]\s*+|:\s++|\s++-\s++")
_HAS_SEPARATOR = regex.compile(r"[|•·–—]|:\s|\s-\s")
# Breadcrumb separators: > » › | anywhere, / only between spaces.
_CRUMB = regex.compile(r"\s*+[>»›|]\s*+|\s++/\s++")
_LETTER = regex.compile(r"\p{L}")
_NO_SPACE_SCRIPT = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}]++")
#: In scripts written without spaces, a prefix phrase may be followed by this many
#: characters ("分享到微信").
MAX_TAIL_CHARS = 8
_TABLE_RULE = regex.compile(r"^\s*+\|?+\s*+:?+-{3,}+")
_COPYRIGHT = regex.compile(
    r"^[\s*+•\-]*+(?:©|\(c\)|copyright\s*+(?:©|\(c\)|\d{4}))", regex.IGNORECASE
)


# --- helpers shared with remove_related ----------------------------------------------------


def line_changes(text: str, lines: list[Line], marks: Mapping[int, Enum]) -> list[Change]:
    """Changes that remove the marked lines whole, each with its reason.

    Runs of consecutive marked lines become one change per reason. When a run stands
    between blank lines (or at the start of the text), the blank lines after it go too, and
    a run at the end of the text takes the blank lines before it, so no gap of two blank
    lines and no trailing newline is left behind.

    >>> text = "a\\n\\nx\\n\\nb\\n\\ny"
    >>> lines = split_lines(text)
    >>> changes = line_changes(text, lines, {2: Reason.OTHER, 6: Reason.OTHER})
    >>> [text[c.start:c.end] for c in changes]
    ['x\\n\\n', '\\n\\ny']
    """
    changes: list[Change] = []
    n = len(lines)
    # the tail: the lines at the end that are all blank or marked (with one marked at least)
    tail = n
    while tail > 0 and (lines[tail - 1].is_blank or tail - 1 in marks):
        tail -= 1
    if not any(m >= tail for m in marks):
        tail = n
    indices = sorted(m for m in marks if m < tail)
    k = 0
    while k < len(indices):
        i = j = indices[k]
        while k + 1 < len(indices) and indices[k + 1] == j + 1:
            k += 1
            j += 1
        k += 1
        after = j + 1
        while lines[after].is_blank:  # a non-blank, unmarked line comes before the tail
            after += 1
        alone = i == 0 or lines[i - 1].is_blank
        end = lines[after].start if alone else lines[j + 1].start
        _pieces(changes, lines, marks, range(i, j + 1), lines[i].start, end)
    if tail < n:
        start = lines[tail].start - 1 if tail > 0 else 0
        tail_marks = range(tail, n)
        _pieces(changes, lines, marks, tail_marks, start, len(text))
    return [c for c in changes if c.start < c.end]


def _pieces(
    out: list[Change],
    lines: list[Line],
    marks: Mapping[int, Enum],
    indices: range,
    start: int,
    end: int,
) -> None:
    """Append changes removing ``text[start:end]``, one per run of marked lines of the
    same reason among ``indices`` (blank lines go with the marked line before them)."""
    cut = start
    reason: Enum | None = None
    for m in indices:
        r = marks.get(m)
        if r is None:
            continue
        if reason is not None and r != reason:
            out.append(Change(cut, lines[m].start, reason))
            cut = lines[m].start
        reason = r
    if reason is not None:
        out.append(Change(cut, end, reason))


def _strip_numbers(tokens: list[str]) -> list[str]:
    lo, hi = 0, len(tokens)
    while lo < hi and tokens[lo][0].isdigit() and _NUMBER.fullmatch(tokens[lo]):
        lo += 1
    while hi > lo and tokens[hi - 1][0].isdigit() and _NUMBER.fullmatch(tokens[hi - 1]):
        hi -= 1
    return tokens[lo:hi]


def _match_key(key: str, table: PhraseTable, max_words: int) -> Reason | None:
    """Exact phrase, phrase with counts around it, or prefix phrase with a short tail."""
    reason = table.exact.get(key)
    if reason is not None:
        return reason
    tokens = _strip_numbers(key.split())
    if not tokens or len(tokens) > max_words:
        return None
    reason = table.exact.get(" ".join(tokens))
    if reason is not None:
        return reason
    for n in range(min(len(tokens) - 1, table.max_prefix_words), 0, -1):
        if len(tokens) - n > MAX_TAIL_WORDS:
            break
        reason = table.prefix.get(" ".join(tokens[:n]))
        if reason is not None:
            return reason
    if len(tokens) == 1 and _NO_SPACE_SCRIPT.fullmatch(tokens[0]):
        word = tokens[0]
        for n in range(len(word) - 1, max(0, len(word) - MAX_TAIL_CHARS - 1), -1):
            reason = table.prefix.get(word[:n])
            if reason is not None:
                return reason
    return None


@attrs.frozen
class _Trie:
    root: dict[str, Any]

    @classmethod
    def build(cls, table: PhraseTable) -> _Trie:
        root: dict[str, Any] = {}
        for key, reason in table.exact.items():
            compact = key.replace(" ", "")
            if len(compact) < 2:
                continue
            node = root
            for ch in compact:
                node = node.setdefault(ch, {})
            node.setdefault("", reason)
        return cls(root)

    def split(self, compact: str) -> Reason | None:
        """The reason of the first phrase when ``compact`` is two or more glued phrases."""
        n = len(compact)
        # best[i]: (number of parts, reason of the first part) for compact[:i]
        best: list[tuple[int, Reason] | None] = [None] * (n + 1)
        best[0] = (0, Reason.OTHER)
        for i in range(n):
            here = best[i]
            if here is None:
                continue
            node = self.root
            for j in range(i, n):
                nxt = node.get(compact[j])
                if nxt is None:
                    break
                node = nxt
                if "" in node and best[j + 1] is None:
                    best[j + 1] = (here[0] + 1, here[1] if i else node[""])
        final = best[n]
        return final[1] if final is not None and final[0] >= 2 else None


def match_phrase(
    visible: str, table: PhraseTable, *, max_words: int = 8, trie: _Trie | None = None
) -> Reason | None:
    """The reason when the visible text of a line is a phrase of ``table``, possibly
    decorated (see the module docstring); ``None`` otherwise.

    >>> t = phrase_table(("comments", "social"))
    >>> match_phrase("23 Comments", t).value, match_phrase("Comments | Example Site", t).value
    ('comments', 'comments')
    >>> match_phrase("Comments on the budget were mixed.", t) is None
    True
    """
    if len(visible) > MAX_PHRASE_CHARS:
        return None
    key = phrase_key(visible)
    if not key:
        return None
    words = key.split()
    sentence = visible.endswith(".") and not _UI_ELLIPSIS.search(visible)
    if sentence and len(_strip_numbers(words)) < 3:
        return None  # "E-mail." is a sentence, not a button
    reason = _match_key(key, table, max_words)
    if reason is not None or sentence or len(words) > max_words:
        return reason
    # a phrase and a site name around a separator: "Newsletter | Example News"
    parts = []
    if _HAS_SEPARATOR.search(visible):
        parts = [p for p in (phrase_key(s) for s in _SEPARATOR.split(visible)) if p]
    if len(parts) >= 2:
        first = _match_key(parts[0], table, max_words)
        if first is not None and sum(len(p.split()) for p in parts[1:]) <= MAX_TAIL_WORDS:
            return first
        last = _match_key(parts[-1], table, max_words)
        if last is not None and sum(len(p.split()) for p in parts[:-1]) <= MAX_TAIL_WORDS:
            return last
    # phrases glued together: "Share Tweet Email", "keep readingShow less"
    if trie is not None:
        compact = "".join(_strip_numbers(key.split()))
        if 2 <= len(compact) <= MAX_GLUED_CHARS:
            return trie.split(compact)
    return None


def _keys(phrases: Iterable[str]) -> frozenset[str]:
    return frozenset(k for k in map(phrase_key, phrases) if k)


_LANGUAGE_KEYS = _keys(LANGUAGE_NAMES)
_RIGHTS_KEYS = tuple(_keys(RIGHTS_RESERVED))
_COOKIE_WORD_KEYS = tuple(_keys(COOKIE_WORDS))
_COOKIE_SIGNAL_KEYS = tuple(_keys(p for ps in COOKIE_SIGNALS.values() for p in ps))
# Cheap tests on the case-folded line before the real ones.
_COOKIE_HINT = regex.compile("|".join(map(regex.escape, _COOKIE_WORD_KEYS)))
_FOOTER_HINT = regex.compile(
    "|".join(map(regex.escape, ("©", "(c)", "copyright", *sorted(_RIGHTS_KEYS))))
)
_COOKIE_PHRASE_KEYS = tuple(_keys(p for ps in CATEGORIES["cookie"].phrases.values() for p in ps))


def is_cookie_banner(visible: str) -> bool:
    """Whether a line's visible text (links read as their anchors) is a cookie banner
    written as sentences: a cookie word, at most a few sentences, and a cookie phrase or
    two signs of a site asking for consent.

    >>> is_cookie_banner("We use cookies to improve your experience. By continuing you agree.")
    True
    >>> is_cookie_banner("She baked cookies for the whole street every Sunday.")
    False
    """
    if len(visible) > MAX_COOKIE_CHARS:
        return False
    if not _COOKIE_HINT.search(visible.casefold()):
        return False
    key = phrase_key(visible)
    if not any(w in key for w in _COOKIE_WORD_KEYS):
        return False
    if sentence_count(visible) > MAX_COOKIE_SENTENCES:
        return False
    # a cookie phrase ("we use cookies"), or two signs of a site asking for consent
    if any(p in key for p in _COOKIE_PHRASE_KEYS):
        return True
    return sum(s in key for s in _COOKIE_SIGNAL_KEYS) >= 2


def _is_copyright(visible: str) -> bool:
    if len(visible) > 300:
        return False
    folded = visible.casefold()
    if not _FOOTER_HINT.search(folded):
        return False
    has_mark = "©" in folded or "(c)" in folded or "copyright" in folded
    if has_mark and word_count(visible) <= 25 and _COPYRIGHT.match(visible):
        return True
    if not any(r in folded for r in _RIGHTS_KEYS):
        return False
    return word_count(visible) <= 25


def _is_breadcrumb(visible: str, lines: list[Line], index: int) -> bool:
    if len(visible) > 150 or visible.lstrip().startswith(">"):
        return False
    if not any(c in visible for c in ">»›|/"):
        return False
    items = [s.strip() for s in _CRUMB.split(visible)]
    items = [s for s in items if s]
    if len(items) < 3 or sentence_count(visible):
        return False
    for item in items:
        if len(item) > 40 or word_count(item) > 4 or not _LETTER.search(item):
            return False
    if "|" in visible:  # a table row is not a breadcrumb
        if visible.strip().startswith("|") or visible.strip().endswith("|"):
            return False
        for k in range(max(0, index - 2), min(len(lines), index + 3)):
            if _TABLE_RULE.match(lines[k].text):
                return False
    return True


def _is_language_list(raw: str, visible: str) -> bool:
    """A line a language switcher lists: language names or links, with separators."""
    if sentence_count(visible):
        return False
    if "](" in raw and link_density(raw) >= 0.6:
        return True
    parts = [p for p in (phrase_key(s) for s in _CRUMB.split(visible)) if p]
    parts = [q for p in parts for q in (p.split(" ") if p not in _LANGUAGE_KEYS else [p])]
    return bool(parts) and all(p in _LANGUAGE_KEYS for p in parts)


def _check_categories(_: Any, __: Any, value: tuple[str, ...]) -> None:
    unknown = sorted(set(value) - set(CATEGORIES))
    if unknown:
        raise ValueError(f"unknown categories {unknown} (known: {', '.join(CATEGORIES)})")


def _compile(patterns: tuple[str, ...]) -> tuple[regex.Pattern[str], ...]:
    out = []
    for p in patterns:
        try:
            out.append(regex.compile(p))
        except regex.error as exc:
            raise ValueError(f"bad pattern {p!r} in extra_patterns: {exc}") from None
    return tuple(out)


@register_cleaner
@attrs.frozen(repr=False)
class RemoveBoilerplate(SpanCleaner):
    """Remove lines of interface boilerplate: share bars, menus, cookie banners, footers.

    Options (keyword-only):

    - ``categories``: the built-in phrase categories that apply (all of
      :data:`seedclean.phrases.CATEGORIES` by default).
    - ``extra_phrases``: more phrases (reason ``user_phrase``); end one with ``…`` to
      let a few words follow it.
    - ``extra_patterns``: regular expressions (``regex`` syntax) searched in each folded
      line (lower case, punctuation dropped); a line that matches goes (``user_phrase``).
    - ``pattern_timeout``: seconds the user patterns may spend on one document; a pattern
      that takes too long on a line leaves that line alone.
    - ``max_words``: the most words a decorated phrase line may have (8).

    >>> RemoveBoilerplate(categories=("comments",))("Share\\nComments").text
    'Share'
    """

    name: ClassVar[str] = "remove_boilerplate"

    categories: tuple[str, ...] = attrs.field(
        default=tuple(CATEGORIES), kw_only=True, converter=tuple_of_str,
        validator=_check_categories,
    )  # fmt: skip
    extra_phrases: tuple[str, ...] = attrs.field(default=(), kw_only=True, converter=tuple_of_str)
    extra_patterns: tuple[str, ...] = attrs.field(default=(), kw_only=True, converter=tuple_of_str)
    pattern_timeout: float = attrs.field(
        default=1.0, kw_only=True, converter=float, validator=attrs.validators.gt(0)
    )
    max_words: int = attrs.field(default=8, kw_only=True, validator=attrs.validators.ge(1))
    _table: PhraseTable = attrs.field(init=False, repr=False, eq=False)
    _trie: _Trie = attrs.field(init=False, repr=False, eq=False)
    _patterns: tuple[regex.Pattern[str], ...] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        table = phrase_table(self.categories, self.extra_phrases)
        object.__setattr__(self, "_table", table)
        object.__setattr__(self, "_trie", _trie_for(table))
        object.__setattr__(self, "_patterns", _compile(self.extra_patterns))

    def find(self, text: str) -> Iterator[Change]:
        lines = split_lines(text)
        return iter(line_changes(text, lines, self._marks(lines)))

    def _marks(self, lines: list[Line]) -> dict[int, Enum]:
        marks: dict[int, Enum] = {}
        cats = set(self.categories)
        switcher = "language_switcher" in cats
        deadline = time.monotonic() + self.pattern_timeout
        patterns_on = bool(self._patterns)
        i = 0
        while i < len(lines):
            line = lines[i]
            raw = line.text
            if (
                len(raw) > 4000
                or (len(raw) > MAX_COOKIE_CHARS and "](" not in raw and not patterns_on)
                or line.is_blank
            ):
                i += 1
                continue
            visible = plain_text(raw).strip()
            if patterns_on:
                hit, patterns_on = self._user_pattern(visible, deadline)
                if hit:
                    marks[i] = Reason.USER_PHRASE
                    i += 1
                    continue
            reason = match_phrase(visible, self._table, max_words=self.max_words, trie=self._trie)
            if reason is None:
                if "navigation" in cats and _is_breadcrumb(visible, lines, i):
                    reason = Reason.NAVIGATION
                elif "footer" in cats and _is_copyright(visible):
                    reason = Reason.FOOTER
                elif "cookie" in cats and is_cookie_banner(visible):
                    reason = Reason.COOKIE_NOTICE
            if reason is None:
                i += 1
                continue
            marks[i] = reason
            i += 1
            if reason is Reason.LANGUAGE_SWITCHER and switcher:
                i = self._switcher_list(lines, i, marks)
        return marks

    def _user_pattern(self, visible: str, deadline: float) -> tuple[bool, bool]:
        """Whether a user pattern matches the line, and whether patterns are still on."""
        key = phrase_key(visible)
        if not key:
            return False, True
        for pattern in self._patterns:
            left = deadline - time.monotonic()
            if left <= 0:
                return False, False
            try:
                if pattern.search(key, timeout=left):
                    return True, True
            except TimeoutError:
                return False, False
        return False, True

    @staticmethod
    def _switcher_list(lines: list[Line], i: int, marks: dict[int, Enum]) -> int:
        """Mark the language links after a switcher heading; the index after them."""
        last = None
        k = i
        while k < len(lines) and k - i < 40:
            line = lines[k]
            if not line.is_blank:
                raw = line.text.strip()
                if len(raw) > 1000 or not _is_language_list(raw, plain_text(raw).strip()):
                    break
                last = k
            k += 1
        if last is None:
            return i
        for m in range(i, last + 1):
            marks[m] = Reason.LANGUAGE_SWITCHER
        return last + 1


_TRIES: dict[int, _Trie] = {}


def _trie_for(table: PhraseTable) -> _Trie:
    key = id(table)  # tables are cached by phrase_table, so ids are stable
    trie = _TRIES.get(key)
    if trie is None:
        trie = _TRIES[key] = _Trie.build(table)
    return trie
