"""Lines of a text with their offsets, and the shallow features cleaners read from them.

Scraped text arrives as plain text (inscriptis-style) or as Markdown (html2text-style,
full of ``[anchor](url)`` and ``![alt](src)``). Line-based cleaners share these helpers
so they agree on what a line, a link, a word and a sentence are.

>>> lines = split_lines("Title\\n\\n[Home](/) | [News](/news)\\nA sentence. Another one!")
>>> [(l.index, l.start, l.end) for l in lines]
[(0, 0, 5), (1, 6, 6), (2, 7, 32), (3, 33, 57)]
>>> plain_text(lines[2].text)
'Home | News'
>>> round(link_density(lines[2].text), 2)
0.73
>>> word_count(lines[3].text), sentence_count(lines[3].text)
(4, 2)

Every expression here is linear on hostile input (a megabyte of ``[`` or ``(``).
"""

from __future__ import annotations

import functools
import re

import attrs
import regex

__all__ = [
    "FULL_STOPS",
    "HEADING_MARK",
    "LIST_MARK",
    "LIST_MARK_STARTS",
    "NO_SPACE_CHAR",
    "NO_SPACE_SCRIPTS",
    "Line",
    "cp1252_class",
    "fold",
    "heading_mark",
    "in_cp1252",
    "is_list_item",
    "line_span",
    "link_density",
    "no_space_chars",
    "plain_text",
    "sentence_count",
    "split_lines",
    "unheaded",
    "word_count",
]


@attrs.frozen(slots=True)
class Line:
    """One line of a text: its number, its offsets (without the newline) and its text."""

    index: int
    start: int
    end: int
    text: str
    #: True for an empty or whitespace-only line.
    is_blank: bool = attrs.field(repr=False, eq=False, default=attrs.Factory(
        lambda self: not self.text.strip(), takes_self=True
    ))  # fmt: skip


def split_lines(text: str) -> list[Line]:
    """The lines of ``text`` split at ``\\n``, with offsets.

    >>> split_lines("a\\nbc")
    [Line(index=0, start=0, end=1, text='a'), Line(index=1, start=2, end=4, text='bc')]

    Line cleaners do not call it: they read the page's lines
    (:class:`seedclean.page.Page`), split once with it.
    """
    out: list[Line] = []
    pos = 0
    for i, part in enumerate(text.split("\n")):
        out.append(Line(i, pos, pos + len(part), part, not part or part.isspace()))
        pos += len(part) + 1
    return out


def line_span(text: str, line: Line) -> tuple[int, int]:
    """The span that removes ``line`` whole: with its newline, or the one before it when it
    is the last line, so that no empty line is left in its place.

    >>> text = "keep\\ndrop\\nkeep"
    >>> s, e = line_span(text, split_lines(text)[1]); text[:s] + text[e:]
    'keep\\nkeep'
    >>> s, e = line_span("keep\\ndrop", split_lines("keep\\ndrop")[1]); "keep\\ndrop"[:s]
    'keep'
    """
    if line.end < len(text):
        return line.start, line.end + 1
    if line.start > 0:
        return line.start - 1, line.end
    return line.start, line.end


# Markdown links and images as html2text writes them. The anchor may hold escaped
# characters and one nested image (a linked picture); the target holds no spaces except
# before an optional "title". Every repetition is possessive and its alternatives start
# with different characters, so matching is linear.
_ANCHOR_ATOM = r"(?:[^\[\]\n\\]|\\.)"
_TARGET = r"\((?:[^()\s\\]|\\.|\([^()\s]*+\))*+(?:\s++\"[^\"\n]*+\")?\s*+\)"
_IMAGE = rf"!\[{_ANCHOR_ATOM}*+\]{_TARGET}"
#: A bare web address ("https://example.org/a_b", "www.example.org"), up to a space, a
#: bracket or a parenthesis (so a Markdown link's own parenthesis stays outside).
WEB_ADDRESS = regex.compile(r"(?:https?://|www\.)[^\s<>()\[\]]*+")

MARKDOWN_LINK = regex.compile(
    # In the anchor, a nested image is tried before a lone "!", so "[![x](i)](u)" is a
    # linked image (the atoms never overlap, and matching stays linear).
    rf"(?P<image>{_IMAGE})|\[(?P<anchor>(?:[^\[\]\n\\!]|\\.|{_IMAGE}|!)*+)\]{_TARGET}"
)
_ESCAPE = regex.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~<])")
_EMPHASIS = regex.compile(r"(?<![\w*_])(?:\*\*|__)(?=\S)|(?<=\S)(?:\*\*|__)(?![\w*_])")


# Several cleaners read the same lines of a document one after the other: the pure
# per-line functions keep a small cache of recent results.
_CACHE_SIZE = 1 << 14


@functools.lru_cache(maxsize=_CACHE_SIZE)
def plain_text(line: str) -> str:
    """The visible text of a (Markdown) line: links become their anchor text, images
    disappear, backslash escapes and ``**``/``__`` emphasis are undone.

    >>> plain_text(r"See [the \\(report\\)](https://x.org/r) and ![chart](c.png) **now**")
    'See the (report) and  now'
    >>> plain_text("[![logo](l.png)](/) Home! [Go!](/go)")
    ' Home! Go!'
    """
    if "[" in line:
        line = MARKDOWN_LINK.sub(_anchor_or_nothing, line)
    if "\\" in line:
        line = _ESCAPE.sub(r"\1", line)
    if "**" in line or "__" in line:
        line = _EMPHASIS.sub("", line)
    return line


#: The mark of a list item at the start of a line, after spaces or tabs: a bullet
#: (``*``, ``+``, ``-``, ``•``, ``·``, or the ``o`` some pages print) or a number of up
#: to three digits with a dot or a parenthesis, then a space. Every cleaner that asks
#: whether a line is a list item asks this.
LIST_MARK = regex.compile(r"^[ \t]*+(?:[*+\-•·o]|\d{1,3}+[.)])[ \t]++")
#: The characters a list mark can start with after the spaces, besides decimal digits:
#: a cheap test before the pattern (see :func:`is_list_item`).
LIST_MARK_STARTS = "*+-•·o"


def is_list_item(line: str) -> bool:
    """Whether ``line`` starts with a list item's mark (:data:`LIST_MARK`).

    >>> [is_list_item(s) for s in ("  * item", "12) item", "o item", "2024. The", "*bold*")]
    [True, True, True, False, False]
    """
    first = line.lstrip(" \t")[:1]
    if not first or not (first in LIST_MARK_STARTS or first.isdecimal()):
        return False
    return LIST_MARK.match(line) is not None
#: The marks that end a sentence, in the scripts the cleaners know.
FULL_STOPS = tuple(".!?…。！？؟।")

#: An ATX heading mark at the start of a line: one to six ``#`` and a space.
HEADING_MARK = regex.compile(r"[ \t]{0,3}+#{1,6}+[ \t]++(?=\S)")


def heading_mark(line: str) -> regex.Match[str] | None:
    """The Markdown heading mark ``strip_markup`` takes off ``line``, if any: none on a
    line that ends with a full stop, a sentence that starts with a hash ("# of people
    rose.").

    >>> heading_mark("## Photo: Ann Example").group()
    '## '
    >>> heading_mark("# of people rose.") is None
    True
    """
    if "#" not in line[:4] or line[-1:] == ".":
        return None
    return HEADING_MARK.match(line)


def unheaded(line: str, text: str) -> str:
    """``text``, the visible text of ``line`` (which starts as the line does), without the
    heading mark ``strip_markup`` will take off the line: what a line cleaner that runs
    before it should judge, so that the line reads the same when the output is cleaned
    again.

    >>> unheaded("# Photo: [Ann](/a)", plain_text("# Photo: [Ann](/a)"))
    'Photo: Ann'
    >>> unheaded(r"\\# Photo:", "# Photo:")
    '# Photo:'
    """
    if heading_mark(line) is None:
        return text
    m = HEADING_MARK.match(text)
    return text if m is None else text[m.end() :]


def _anchor_or_nothing(m: regex.Match[str]) -> str:
    if m.group("image") is not None:
        return ""
    anchor = m.group("anchor")
    if "[" in anchor:
        anchor = MARKDOWN_LINK.sub(_anchor_or_nothing, anchor)
    return anchor


@functools.lru_cache(maxsize=_CACHE_SIZE)
def link_density(line: str) -> float:
    """Share of a line's visible characters that sit inside link anchors (0 to 1).

    >>> link_density("[all of it](u)")
    1.0
    >>> link_density("none here")
    0.0
    >>> link_density("[![photo](p.jpg) A caption](u)")
    1.0
    """
    if "](" not in line:
        return 0.0
    visible = len(plain_text(line).strip())
    if not visible:
        return 1.0
    linked = 0
    for m in MARKDOWN_LINK.finditer(line):
        if m.group("image") is None:
            linked += len(plain_text(m.group("anchor")).strip())
    return min(1.0, linked / visible)


# Scripts written without spaces between words: each character counts as half a word
# (a word of Chinese or Japanese is one to three characters).
#: The scripts written without spaces between words, as the body of a character class.
NO_SPACE_SCRIPTS = r"\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}"
#: One character of a script written without spaces.
NO_SPACE_CHAR = regex.compile(f"[{NO_SPACE_SCRIPTS}]")

_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]++(?:['’][\p{L}]++)?")

# Most Western text is written in the characters of Windows-1252 (ASCII, Latin-1, the
# typographic quotes, dashes, bullet and ellipsis). On such text, words are found with the
# standard library's engine and fold keys with str.translate (several times faster than
# the regex module on long lines), with the classes of characters spelt out from the same
# Unicode properties, so the results are the same.
_CP1252 = bytes(range(256)).decode("cp1252", errors="ignore")


def in_cp1252(text: str) -> bool:
    """Whether every character of ``text`` is one of Windows-1252: the text that the fast
    paths of the word and fold-key functions here (and of ``stopwords.words``) read.

    >>> in_cp1252("Café – “déjà vu”"), in_cp1252("Łódź")
    (True, False)
    """
    try:
        text.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


def _cp1252_chars(prop: str) -> str:
    """The characters of Windows-1252 that the pattern ``prop`` matches."""
    pattern = regex.compile(prop)
    return "".join(c for c in _CP1252 if pattern.fullmatch(c))


def cp1252_class(prop: str) -> str:
    """The characters of Windows-1252 that the ``regex`` pattern ``prop`` matches, as the
    body of a character class of the standard library's engine.

    >>> cp1252_class("[A-Z]")
    'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
    """
    return "".join(map(re.escape, _cp1252_chars(prop)))


_CP1252_ALNUM = cp1252_class(r"[\p{L}\p{M}\p{N}]")
_CP1252_LETTER = cp1252_class(r"\p{L}")
#: _WORD on text of Windows-1252 characters.
_CP1252_WORD = re.compile(f"[{_CP1252_ALNUM}]+(?:['’][{_CP1252_LETTER}]+)?")


def no_space_chars(text: str) -> int:
    """Number of characters of scripts written without spaces (Chinese, Japanese, Thai...).

    >>> no_space_chars("東京 is Tokyo")
    2
    """
    if text.isascii():
        return 0
    return len(NO_SPACE_CHAR.findall(text))


@functools.lru_cache(maxsize=_CACHE_SIZE)
def word_count(text: str) -> int:
    """Number of words, in any script.

    >>> word_count("It’s a long-awaited day")
    5
    >>> word_count("東京は日本の首都です")
    5
    """
    if text.isascii() or in_cp1252(text):
        return len(_CP1252_WORD.findall(text))
    cjk = no_space_chars(text)
    if cjk:
        text = NO_SPACE_CHAR.sub(" ", text)
    return len(_WORD.findall(text)) + (cjk + 1) // 2


# A sentence ends with . ! ? (or their CJK, Arabic, Devanagari forms), possibly followed by
# closing quotes or brackets, then a space or the end of the line. CJK full stops need
# no space. An abbreviation of single letters ("U.S.") ends a sentence only at the end of
# the line.
_SENTENCE_END = regex.compile(
    r"(?:(?<=\p{L}\p{L}|\p{N}|[)\]”\"’'»%])[.!?…؟।]++[\"”’'»)\]]*+(?=\s|$)|[。！？]++"
    r"|(?<=\.\p{Lu})\.\.?+[\"”’'»)\]]*+$)"
)


@functools.lru_cache(maxsize=_CACHE_SIZE)
def sentence_count(text: str) -> int:
    """Number of sentence ends in ``text``.

    >>> sentence_count("One. Two? e.g. not three")
    2
    >>> sentence_count("Shares fell 0.3%. Bonds rose.")
    2
    >>> sentence_count("U.S. officials met in the U.S.")
    1
    >>> sentence_count("東京は首都です。大阪も大きい。")
    2
    """
    return len(_SENTENCE_END.findall(text))


_FOLD_JUNK = regex.compile(r"[\p{P}\p{S}\s]++")
# _FOLD_JUNK on printable text of Windows-1252 characters, case-folded: its punctuation
# and symbols, each made a space (the space is the only other character it matches there,
# and case folding turns no other character into one of these).
_CP1252_JUNK = str.maketrans(dict.fromkeys(_cp1252_chars(r"[\p{P}\p{S}]"), " "))


@functools.lru_cache(maxsize=_CACHE_SIZE)
def fold(text: str) -> str:
    """Text reduced for matching: case-folded, punctuation and symbols dropped, spaces
    collapsed.

    >>> fold("  Read MORE »  ")
    'read more'
    """
    if text.isprintable() and (text.isascii() or in_cp1252(text)):
        return " ".join(text.casefold().translate(_CP1252_JUNK).split())
    return _FOLD_JUNK.sub(" ", text.casefold()).strip()
