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

import re
import time
from collections.abc import Iterable, Sequence
from typing import Any, ClassVar

import attrs
import regex

from ..document import Reason, tuple_of_str
from ..lines import Line, link_density, sentence_count, unheaded, word_count
from ..page import LineLabel, Page
from ..phrase_match import MAX_PHRASE_CHARS, line_phrase, match_text
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
from ..pipeline import LineCleaner, register_cleaner

__all__ = ["RemoveBoilerplate", "is_cookie_banner"]

#: Cookie banners are matched up to this many visible characters and sentences.
MAX_COOKIE_CHARS = 600
MAX_COOKIE_SENTENCES = 4

# Breadcrumb separators: > » › | anywhere, / only between spaces.
_CRUMB = regex.compile(r"\s*+[>»›|]\s*+|\s++/\s++")
_LETTER = regex.compile(r"\p{L}")
_TABLE_RULE = regex.compile(r"^\s*+\|?+\s*+:?+-{3,}+")
_COPYRIGHT = regex.compile(
    r"^[\s*+•\-]*+(?:©|\(c\)|copyright\s*+(?:©|\(c\)|\d{4}))", regex.IGNORECASE
)


_LABELS = {reason: LineLabel(reason) for reason in Reason}


def _keys(phrases: Iterable[str]) -> frozenset[str]:
    return frozenset(k for k in map(phrase_key, phrases) if k)


_LANGUAGE_KEYS = _keys(LANGUAGE_NAMES)
_RIGHTS_KEYS = tuple(_keys(RIGHTS_RESERVED))
_COOKIE_WORD_KEYS = tuple(_keys(COOKIE_WORDS))
# Cheap tests on the case-folded line before the real ones (plain alternations of
# strings, where the standard library's engine is the faster).
_COOKIE_HINT = re.compile("|".join(map(re.escape, _COOKIE_WORD_KEYS)))
_FOOTER_HINT = re.compile("|".join(map(re.escape, ("©", "(c)", "copyright", *_RIGHTS_KEYS))))
_COOKIE_SIGNAL_KEYS = tuple(_keys(p for ps in COOKIE_SIGNALS.values() for p in ps))
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


def _is_copyright(visible: str, words: int | None = None) -> bool:
    """A short footer line: a copyright mark, or "All rights reserved" in a language.
    ``words``: the number of words of ``visible``, when known."""
    if len(visible) > 300:
        return False
    if words is None:
        words = word_count(visible)
    if words > 25:
        return False
    folded = visible.casefold()
    if not _FOOTER_HINT.search(folded):
        return False
    has_mark = "©" in folded or "(c)" in folded or "copyright" in folded
    if has_mark and _COPYRIGHT.match(visible):
        return True
    return any(r in folded for r in _RIGHTS_KEYS)


def _is_breadcrumb(visible: str, lines: Sequence[Line], index: int) -> bool:
    if len(visible) > 150 or visible.lstrip().startswith(">"):
        return False
    if not (">" in visible or "»" in visible or "›" in visible or "|" in visible or "/" in visible):
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
class RemoveBoilerplate(LineCleaner):
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
    _patterns: tuple[regex.Pattern[str], ...] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        table = phrase_table(self.categories, self.extra_phrases)
        object.__setattr__(self, "_table", table)
        object.__setattr__(self, "_patterns", _compile(self.extra_patterns))

    def label(self, page: Page) -> dict[int, LineLabel]:
        """The boilerplate lines of ``page``."""
        lines = page.lines
        marks: dict[int, LineLabel] = {}
        cats = set(self.categories)
        switcher = "language_switcher" in cats
        navigation, footer, cookie = "navigation" in cats, "footer" in cats, "cookie" in cats
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
            # as strip_markup, later in the pipeline, leaves it: "# © 2024 Example" is a footer
            facts = page.facts(i)
            visible = unheaded(raw, facts.visible)
            if patterns_on:
                hit, patterns_on = self._user_pattern(visible, deadline)
                if hit:
                    marks[i] = _LABELS[Reason.USER_PHRASE]
                    i += 1
                    continue
            reason = None
            if len(visible) <= MAX_PHRASE_CHARS:
                text = line_phrase(facts, unheaded_text=True)
                reason = match_text(text, self._table, max_words=self.max_words, glued=True)
            if reason is None:
                if navigation and _is_breadcrumb(visible, lines, i):
                    reason = Reason.NAVIGATION
                # the heading mark is no word: the line has the words of its visible text
                elif footer and _is_copyright(visible, facts.words):
                    reason = Reason.FOOTER
                elif cookie and is_cookie_banner(visible):
                    reason = Reason.COOKIE_NOTICE
            if reason is None:
                i += 1
                continue
            marks[i] = _LABELS[reason]
            i += 1
            if reason is Reason.LANGUAGE_SWITCHER and switcher:
                i = self._switcher_list(page, i, marks)
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
    def _switcher_list(page: Page, i: int, marks: dict[int, LineLabel]) -> int:
        """Mark the language links after a switcher heading; the index after them."""
        last = None
        k = i
        while k < len(page) and k - i < 40:
            facts = page.facts(k)
            if not facts.blank:
                raw = facts.text.strip()
                if len(raw) > 1000 or not _is_language_list(raw, facts.visible):
                    break
                last = k
            k += 1
        if last is None:
            return i
        for m in range(i, last + 1):
            marks[m] = _LABELS[Reason.LANGUAGE_SWITCHER]
        return last + 1
