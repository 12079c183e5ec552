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
from .lines import NO_SPACE_SCRIPTS, heading_mark, unheaded
from .page import LineFacts
from .phrases import COMMENT_COUNT, PhraseTable, phrase_key, phrase_table

__all__ = [
    "MAX_PHRASE_CHARS",
    "PhraseText",
    "comment_count",
    "comment_signature",
    "comments_heading",
    "comments_phrase",
    "line_phrase",
    "match_phrase",
    "match_text",
]

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
    return tokens[lo:hi] if lo or hi < len(tokens) else tokens


class _Key:
    """A phrase key and what every table looks up of it: its words without the counts
    around them (``tokens``), those joined, and the heads a prefix phrase may be
    (the first ``n`` tokens, at most ``MAX_TAIL_WORDS`` tokens short of all of them)."""

    __slots__ = ("_heads", "joined", "key", "no_space", "tokens", "words")

    def __init__(self, key: str) -> None:
        self.key = key
        words = key.split()
        #: The number of words of the key.
        self.words = len(words)
        tokens = self.tokens = _strip_numbers(words)
        self.joined = " ".join(tokens) if tokens is not words else key
        #: A single token in a script written without spaces ("分享到微信").
        self.no_space = (
            len(tokens) == 1
            and not tokens[0].isascii()
            and _NO_SPACE_SCRIPT.fullmatch(tokens[0]) is not None
        )
        self._heads: tuple[tuple[int, str], ...] | None = None

    def heads(self) -> tuple[tuple[int, str], ...]:
        """``(n, the first n tokens joined)``, longest first."""
        heads = self._heads
        if heads is None:
            tokens = self.tokens
            n = len(tokens)
            stop = max(0, n - MAX_TAIL_WORDS - 1)
            heads = self._heads = tuple((k, " ".join(tokens[:k])) for k in range(n - 1, stop, -1))
        return heads


def _match_key(k: _Key, table: PhraseTable, max_words: int) -> Reason | None:
    """Exact phrase, phrase with counts around it, or prefix phrase with a short tail."""
    reason = table.exact.get(k.key)
    if reason is not None:
        return reason
    tokens = k.tokens
    if not tokens or len(tokens) > max_words:
        return None
    if k.joined is not k.key:
        reason = table.exact.get(k.joined)
        if reason is not None:
            return reason
    prefix = table.prefix
    if not prefix:
        return None
    longest = table.max_prefix_words
    if len(tokens) > 1:
        for n, head in k.heads():  # at most MAX_TAIL_WORDS tokens after the prefix
            if n <= longest:
                reason = prefix.get(head)
                if reason is not None:
                    return reason
    if k.no_space:
        word = tokens[0]
        for n in range(len(word) - 1, max(0, len(word) - MAX_TAIL_CHARS - 1), -1):
            reason = prefix.get(word[:n])
            if reason is not None:
                return reason
    return None


class PhraseText(_Key):
    """A line's visible text as :func:`match_phrase` reads it, for every table: its
    phrase key (this is the :class:`_Key` of the whole text: an empty key when the text
    is too long or has none), and (when first needed) the parts around separators and the
    key glued together. A cleaner keeps it on the line (:func:`line_phrase`), so the key
    is computed once per line, not once per table and pass.

    >>> from seedclean.phrases import phrase_table
    >>> text = PhraseText("Newsletter | Example News")
    >>> match_text(text, phrase_table(("newsletter",))).value
    'newsletter'
    """

    __slots__ = ("_compact", "_parts", "sentence", "visible")

    def __init__(self, visible: str) -> None:
        super().__init__(phrase_key(visible) if len(visible) <= MAX_PHRASE_CHARS else "")
        self.visible = visible
        #: The text ends like a sentence (not a word's ellipsis: "Loading...").
        self.sentence = (
            bool(self.key)
            and visible.endswith(".")
            and not (visible.endswith("...") and _UI_ELLIPSIS.search(visible))
        )
        self._parts: tuple[_Key, ...] | None = None
        self._compact: str | None = None

    def parts(self) -> tuple[_Key, ...]:
        """The keys of the parts of the text between separators (none without one)."""
        parts = self._parts
        if parts is None:
            parts = ()
            if _HAS_SEPARATOR.search(self.visible):
                keys = (phrase_key(s) for s in _SEPARATOR.split(self.visible))
                parts = tuple(_Key(p) for p in keys if p)
            self._parts = parts
        return parts

    def compact(self) -> str:
        """The words of the key without the counts around them, glued together."""
        compact = self._compact
        if compact is None:
            compact = self._compact = "".join(self.tokens)
        return compact


def match_text(
    text: PhraseText, table: PhraseTable, *, max_words: int = 8, glued: bool = False
) -> Reason | None:
    """:func:`match_phrase` of a :class:`PhraseText`."""
    if not text.key:
        return None
    sentence = text.sentence
    if sentence and len(text.tokens) < 3:
        return None  # "E-mail." is a sentence, not a button
    reason = _match_key(text, table, max_words)
    if reason is not None or sentence or text.words > max_words:
        return reason
    # a phrase and a site name around a separator: "Newsletter | Example News"
    parts = text.parts()
    if len(parts) >= 2:
        first = _match_key(parts[0], table, max_words)
        if first is not None and sum(p.words for p in parts[1:]) <= MAX_TAIL_WORDS:
            return first
        last = _match_key(parts[-1], table, max_words)
        if last is not None and sum(p.words for p in parts[:-1]) <= MAX_TAIL_WORDS:
            return last
    # phrases glued together: "Share Tweet Email", "keep readingShow less"
    if glued:
        compact = text.compact()
        if 2 <= len(compact) <= MAX_GLUED_CHARS:
            return table.glued.split(compact)
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
    return match_text(PhraseText(visible), table, max_words=max_words, glued=glued)


# Keys of the PhraseText facts of a line (strings: their hash is computed once).
_VISIBLE = "phrase_match.PhraseText"
_UNHEADED = "phrase_match.PhraseText.unheaded"


def line_phrase(facts: LineFacts, *, unheaded_text: bool = False) -> PhraseText:
    """The :class:`PhraseText` of a line's visible text, computed once per line; with
    ``unheaded_text``, of the visible text without the heading mark ``strip_markup``
    takes off the line (:func:`seedclean.lines.unheaded`).

    >>> from seedclean.page import LineFacts
    >>> line_phrase(LineFacts("## Share"), unheaded_text=True).visible
    'Share'
    """
    if unheaded_text and heading_mark(facts.text) is not None:
        return facts.remember(_UNHEADED, lambda raw: PhraseText(unheaded(raw, facts.visible)))
    return facts.remember(_VISIBLE, lambda _: PhraseText(facts.visible))


# The comments headings of the phrase tables ("Comments", "Leave a Reply", "Kommentare").
_COMMENTS = phrase_table(("comments",))
# A comments heading has at most this many words.
COMMENTS_HEADING_WORDS = 8


def comment_count(visible: str) -> bool:
    """Whether a line's visible text opens with a count of comments ("34 Responses",
    "5 thoughts on “…”", "12 Kommentare zu …"), a heading mark or bullet aside.

    >>> comment_count("## 34 Responses"), comment_count("34 bridges")
    (True, False)
    """
    return COMMENT_COUNT.match(visible.lstrip("#>*+• ")[:200]) is not None


def comments_phrase(text: PhraseText) -> bool:
    """Whether ``text`` is a comments heading of the phrase tables, within
    :data:`COMMENTS_HEADING_WORDS` words.

    >>> comments_phrase(PhraseText("Kommentare")), comments_phrase(PhraseText("Leave a Reply"))
    (True, True)
    >>> comments_phrase(PhraseText("The comments the council read were kind."))
    False
    """
    return match_text(text, _COMMENTS, max_words=COMMENTS_HEADING_WORDS) is not None


# The verbs a comment's signature ends with ("Ann says:", "Bob on May 2, 2020 wrote:").
_SIGNATURE_VERBS = (
    "says", "said", "wrote", "replied", "sagt", "schreibt", "schrieb", "dit", "écrit",
    "a écrit", "dice", "dijo", "escribió", "scrive", "ha scritto", "disse", "diz",
    "escreveu", "zegt", "schreef", "пишет", "написал", "написала",
)  # fmt: skip
_COMMENT_SIGNATURE = regex.compile(
    r"^\s*+(?:\d{1,4}[.)]\s*+)?\S[^\n]{0,60}?\s(?:" + "|".join(_SIGNATURE_VERBS) + r")"
    r"\s*+:?\s*+$",
    regex.IGNORECASE,
)
# Their last words: a line that ends otherwise is no signature (a cheap test first).
_SIGNATURE_ENDS = frozenset(verb.rpartition(" ")[2] for verb in _SIGNATURE_VERBS)


def comment_signature(visible: str) -> bool:
    """Whether a line's visible text is the signature a comment thread prints over each
    comment: a name (and maybe a number, a date) and a verb of saying ("12. Ann says:",
    "Bob Example on May 2, 2020 at 6:34 am said:", "Anna schrieb:").

    >>> [comment_signature(s) for s in ("12. Ann says:", "Bob on May 2, 2020 said:",
    ...     "Anna schrieb:", "Ann\tsays\u00a0:", "He says it is fine.", "Posted on May 2, 2020")]
    [True, True, True, True, False, False]
    """
    if len(visible) > 100:
        return False
    # the last word, split at any space the pattern's \s matches (a tab, a no-break space)
    last = visible.rstrip().rstrip(":").split()[-1:]
    if not last or last[0].casefold() not in _SIGNATURE_ENDS:
        return False
    return _COMMENT_SIGNATURE.match(visible) is not None


def comments_heading(visible: str) -> bool:
    """Whether a line's visible text is the heading of a comment thread: a count of
    comments or a comments heading (what ``remove_related`` opens a thread at; the
    metadata extractor reads no byline under one).

    >>> comments_heading("Comments"), comments_heading("34 Responses"), comments_heading(
    ...     "Leave a Reply")
    (True, True, True)
    >>> comments_heading("Comments on the council's plan were due in May")
    False
    """
    if comment_count(visible):
        return True
    return len(visible) <= MAX_PHRASE_CHARS and comments_phrase(PhraseText(visible))
