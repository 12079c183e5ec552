"""Whether a line *is* a phrase of a :class:`~seedclean.phrases.PhraseTable`.

A line matches when its visible text (links read as their anchors) is a phrase of the
table, or such a phrase with a little decoration: a count, an arrow or an icon, a site
name of at most three words after a separator or a prefix phrase ("Share on Facebook"),
or (when asked) several phrases glued together ("Share Tweet Email"). Lines of prose that
merely *contain* such words do not match.

>>> from seedclean.phrases import phrase_table
>>> t = phrase_table(("social", "comments"))
>>> match_phrase("Share on Facebook", t).value, match_phrase("23 Comments", t).value
('social', 'comments')
>>> match_phrase("Share Tweet", t) is None, match_phrase("Share Tweet", t, glued=True).value
(True, 'social')
>>> match_phrase("Share prices fell 3% on Monday.", t) is None
True
"""

from __future__ import annotations

import regex

from .document import Reason
from .lines import NO_SPACE_SCRIPTS
from .phrases import PhraseTable, phrase_key

__all__ = ["MAX_PHRASE_CHARS", "match_phrase"]

#: Lines longer than this (visible characters) are never matched as a phrase.
MAX_PHRASE_CHARS = 160
#: At most this many words may follow a phrase as a site name or a prefix phrase's tail.
MAX_TAIL_WORDS = 3
#: Glued phrases ("keep readingShow less") are looked for in lines this short.
MAX_GLUED_CHARS = 60
#: In scripts written without spaces, a prefix phrase may be followed by this many
#: characters ("分享到微信").
MAX_TAIL_CHARS = 8

# A line that ends like a sentence: a full stop, but not a word's ellipsis ("Loading...").
_UI_ELLIPSIS = regex.compile(r"(?<=\p{L})\.\.\.$")
_NUMBER = regex.compile(r"\d++(?:[.,]\d++)?+[km]?+")
# Separators between a phrase and a site name: | • · – —, a colon before a space, a
# spaced hyphen.
_SEPARATOR = regex.compile(r"\s*+[|•·–—]\s*+|:\s++|\s++-\s++")
_HAS_SEPARATOR = regex.compile(r"[|•·–—]|:\s|\s-\s")
_NO_SPACE_SCRIPT = regex.compile(f"[{NO_SPACE_SCRIPTS}]++")


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


def match_phrase(
    visible: str, table: PhraseTable, *, max_words: int = 8, glued: bool = False
) -> Reason | None:
    """The reason when the visible text of a line is a phrase of ``table``, possibly
    decorated (see the module docstring); ``None`` otherwise. With ``glued``, several
    phrases written together ("Share Tweet Email") match too.

    >>> from seedclean.phrases import phrase_table
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
    if glued:
        compact = "".join(_strip_numbers(key.split()))
        if 2 <= len(compact) <= MAX_GLUED_CHARS:
            return table.glued.split(compact)
    return None
