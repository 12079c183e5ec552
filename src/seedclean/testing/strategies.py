"""Hypothesis strategies for the kind of text scrapers produce.

:func:`mixed_text` glues together fragments of many kinds: ASCII prose, typographic
punctuation, accented Latin, Cyrillic, Arabic, CJK, emoji with zero-width joiners,
Persian with zero-width non-joiners, mojibake, HTML entities, control characters, every
kind of line break, exotic and zero-width spaces, soft hyphens, combining marks, blank
line runs, trailing spaces and ``<``. :func:`clean_ascii_text` is text no cleaner should
touch, and :func:`mojibaked` breaks any text the way mis-decoded pages are broken.

>>> from hypothesis import given, settings
>>> @settings(max_examples=20)
... @given(mixed_text())
... def test_is_text(text):
...     assert isinstance(text, str)
>>> test_is_text()
>>> to_sloppy_mojibake("café")
'cafÃ©'
"""

from __future__ import annotations

import re
from collections.abc import Callable

import ftfy.bad_codecs  # noqa: F401  (registers "sloppy-windows-1252")
from hypothesis import strategies as st

from ..lines import fold

__all__ = [
    "EXOTIC_SPACES",
    "LINE_BREAKS",
    "MOJIBAKE_TRANSFORMS",
    "ZERO_WIDTH_REMOVED",
    "any_text",
    "clean_ascii_text",
    "clean_text",
    "has_repeated_lines",
    "mixed_text",
    "mojibake",
    "mojibaked",
    "to_double_mojibake",
    "to_latin1_mojibake",
    "to_sloppy_mojibake",
    "to_strict_1252_mojibake",
]

WORDS = (
    "the", "cafe", "news", "report", "said", "on", "Monday", "and", "of", "a", "government",
    "3.5%", "U.S.", "(AP)", "e-mail", "http://example.com/a?b=1&c=2", "#tag", "@user",
    "x*y", "[1]", "C++", "it's", "well-known", "--", "...", "$100", "10:30", "#", "-",
)  # fmt: skip
TYPOGRAPHY = "’‘“”–—…•«»©®™·°´―‹›„‚"
LATIN = (
    "café", "naïve", "Ærøskøbing", "Łódź", "straße", "Ñandú", "coöperate", "São Paulo",
    "Dvořák", "İstanbul", "ĳssel", "œuvre", "Ångström", "ÀÉÎÕÜ", "résumé", "façade",
)  # fmt: skip
CYRILLIC = ("Привет, мир", "Москва", "ёлка", "Україна", "щётка", "Съешь же ещё")
ARABIC = ("مرحبا بالعالم", "العربية", "السلام عليكم", "٣٤٥", "كتاب")
CJK = ("日本語のテキスト", "中文字符", "한국어 텍스트", "漢字", "テスト", "，。「」")
EMOJI = (
    "👩\u200d💻", "👨\u200d👩\u200d👧\u200d👦", "🏳\ufe0f\u200d🌈", "👍🏽", "🇫🇷", "😀", "❤\ufe0f",
)  # fmt: skip
PERSIAN = ("می\u200cخواهم", "نمی\u200cدانم", "کتاب\u200cها", "فارسی")
INDIC = ("हिन्दी", "क्\u200dष", "தமிழ்")
ENTITIES = (
    "&amp;", "&eacute;", "&#x2019;", "&#8217;", "&lt;", "&gt;", "&nbsp;", "&quot;", "&AMP;",
    "&hellip;", "&copy", "&mdash;", "&#233;", "&#0;", "&bogus;", "& ", "&amp;amp;", "&Eacute;",
)  # fmt: skip
CONTROL = (
    "\x00", "\x01", "\x07", "\x08", "\x0b", "\x0c", "\x1b", "\x1b[31m", "\x1b[0m", "\x7f",
    "\x80", "\x85", "\x8d", "\x9d", "\x9f", "\t", "\ufffc", "\ufff9", "\U000e0001",
)  # fmt: skip
LINE_BREAKS = ("\n", "\r\n", "\r", "\u2028", "\u2029", "\n\r", "\r\r\n", "\n\n")
EXOTIC_SPACES = (
    "\xa0", "\u2009", "\u3000", "\u202f", "\u1680", "\u2000", "\u2003", "\u200a", "\u205f",
)  # fmt: skip
#: The characters normalize_whitespace deletes outright.
ZERO_WIDTH_REMOVED = frozenset("\u200b\u2060\u2061\u2062\u2063\u2064\u180e\ufeff\xad")
INVISIBLE = ("\u200b", "\u2060", "\ufeff", "\u180e", "\u200c", "\u200d", "\xad", "\u2063")
COMBINING = ("e\u0301", "\u0301", "a\u0308\u0323", "\u0327", "\u1100\u1161\u11a8", "\u0338")
COMPAT = ("ﬁ", "ﬂ", "ﬀ", "ＡＢＣ", "ｶﾀｶﾅ", "½", "²", "™", "Ⅻ", "\u2126", "\u212b")
BLANKS = ("\n\n\n", "\n \n\t\n", "  \n", "\t\n", " ", "  ", "\n\n\n\n\n", "\xa0\n", "\u200b\n")
MARKUP = ("<", "<p>", "</div>", "a < b", ">", "<!-- x -->", "<br/>")
SURROGATES = ("\ud83d\ude00", "\udc80", "\ud800")
#: Whole strings of already-broken text (checked by hand against ftfy).
MOJIBAKE_SAMPLES = (
    "Ã©", "â€™", "â€œquotedâ€\x9d", "cafÃ©", "Ã¼ber", "Ð\x9fÑ€Ð¸Ð²ÐµÑ‚", "Ù…Ø±Ø\xadØ¨Ø§",
    "Ã¢â‚¬â„¢", "Ãƒ©", "â€”", "Â ", "Ã\xa0", "æ—¥æœ¬", "ðŸ˜€",
    "Ù…Ø±ØÂ\xadØ¨Ø§",  # partly double-encoded: ftfy cannot fully repair it
)  # fmt: skip

# Text that is worth breaking: everything above that is not ASCII.
_BREAKABLE = "".join(LATIN + CYRILLIC + ARABIC + CJK + EMOJI + (TYPOGRAPHY,))


def to_sloppy_mojibake(text: str) -> str:
    """UTF-8 bytes read as (sloppy) Windows-1252: the most common mojibake.

    >>> to_sloppy_mojibake("It’s")
    'Itâ€™s'
    """
    return text.encode("utf-8").decode("sloppy-windows-1252")


def to_latin1_mojibake(text: str) -> str:
    """UTF-8 bytes read as Latin-1 (C1 control characters appear).

    >>> to_latin1_mojibake("é")
    'Ã©'
    """
    return text.encode("utf-8").decode("latin-1")


def to_double_mojibake(text: str) -> str:
    """UTF-8 bytes read as Windows-1252, twice: text that was mis-decoded two times over.

    >>> to_double_mojibake("é")
    'ÃƒÂ©'
    """
    return to_sloppy_mojibake(to_sloppy_mojibake(text))


def to_strict_1252_mojibake(text: str) -> str | None:
    """UTF-8 bytes read as strict Windows-1252, or ``None`` when some byte is undefined
    there (as a strict decoder would fail).

    >>> to_strict_1252_mojibake("café"), to_strict_1252_mojibake("Ý")
    ('cafÃ©', None)
    """
    try:
        return text.encode("utf-8").decode("windows-1252")
    except UnicodeDecodeError:
        return None


def _sloppy_or_strict(text: str) -> str:
    broken = to_strict_1252_mojibake(text)
    return to_sloppy_mojibake(text) if broken is None else broken


#: The ways :func:`mojibaked` breaks text, by name: each maps a text to its mojibake.
MOJIBAKE_TRANSFORMS: dict[str, Callable[[str], str]] = {
    "sloppy-windows-1252": to_sloppy_mojibake,
    "latin-1": to_latin1_mojibake,
    "windows-1252": _sloppy_or_strict,
    "double": to_double_mojibake,
}


_SURROGATES = re.compile("([\ud800-\udfff]+)")


def _around_surrogates(transform: Callable[[str], str], text: str) -> str:
    """``transform`` applied to the runs of ``text`` between lone surrogates, which stay
    as they are: they cannot be encoded to UTF-8, so no mis-decoding produces them.

    Every transform reads the bytes one by one, so breaking the runs one at a time gives
    what breaking the whole text would give, were it encodable.

    >>> _around_surrogates(to_sloppy_mojibake, "é\\udc80é")
    'Ã©\\udc80Ã©'
    """
    parts = _SURROGATES.split(text)
    parts[::2] = [transform(part) if part else part for part in parts[::2]]
    return "".join(parts)


def mojibaked(
    texts: st.SearchStrategy[str], *, whole: bool | None = None
) -> st.SearchStrategy[str]:
    """Text from ``texts`` with all of it, or one slice of it, turned into mojibake by one
    of :data:`MOJIBAKE_TRANSFORMS`.

    ``whole=True`` always breaks the whole text, ``whole=False`` one slice (the rest
    stays as it was, as in a page pasted together from two sources); by default either.
    Lone surrogates (as :func:`mixed_text` gives) have no UTF-8 bytes to be misread, so
    they stay as they are, and the text around them is broken.

    >>> from hypothesis import given, settings, strategies as st
    >>> @settings(max_examples=20)
    ... @given(mojibaked(st.just("déjà vu"), whole=True))
    ... def test_broken(text):
    ...     assert text != "déjà vu" and "Ã" in text
    >>> test_broken()
    >>> @settings(max_examples=20)
    ... @given(mojibaked(st.just("café \\ud800 déjà"), whole=True))
    ... def test_surrogate_kept(text):
    ...     assert "\\ud800" in text and "Ã" in text
    >>> test_surrogate_kept()
    """

    @st.composite
    def build(draw: st.DrawFn) -> str:
        text = draw(texts)
        transform = MOJIBAKE_TRANSFORMS[draw(st.sampled_from(sorted(MOJIBAKE_TRANSFORMS)))]
        if whole if whole is not None else draw(st.booleans()):
            return _around_surrogates(transform, text)
        start = draw(st.integers(0, len(text)))
        end = draw(st.integers(start, len(text)))
        return text[:start] + _around_surrogates(transform, text[start:end]) + text[end:]

    return build()


def mojibake() -> st.SearchStrategy[str]:
    """Short mojibake: fixed samples, and breakable text broken in one of several ways.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=20)
    ... @given(mojibake())
    ... def test_short(text):
    ...     assert 0 < len(text) <= 80
    >>> test_short()
    """
    source = st.text(alphabet=_BREAKABLE, min_size=1, max_size=8)
    return st.one_of(
        st.sampled_from(MOJIBAKE_SAMPLES),
        source.map(to_sloppy_mojibake),
        source.map(to_latin1_mojibake),
        source.map(to_strict_1252_mojibake).filter(lambda s: s is not None),
        source.map(lambda s: to_sloppy_mojibake(to_sloppy_mojibake(s))),
    )


def _words() -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(WORDS), min_size=1, max_size=6).map(" ".join)


def _fragment(*, surrogates: bool, broken: bool) -> st.SearchStrategy[str]:
    kinds: list[st.SearchStrategy[str]] = [
        _words(),
        _words(),
        st.sampled_from(TYPOGRAPHY),
        st.sampled_from(LATIN),
        st.sampled_from(CYRILLIC),
        st.sampled_from(ARABIC),
        st.sampled_from(CJK),
        st.sampled_from(EMOJI),
        st.sampled_from(PERSIAN + INDIC),
        st.sampled_from(ENTITIES),
        st.sampled_from(CONTROL),
        st.sampled_from(LINE_BREAKS),
        st.sampled_from(LINE_BREAKS),
        st.sampled_from(EXOTIC_SPACES),
        st.sampled_from(INVISIBLE),
        st.sampled_from(COMBINING),
        st.sampled_from(COMPAT),
        st.sampled_from(BLANKS),
        st.sampled_from(MARKUP),
        st.just(" "),
        st.text(max_size=3),
    ]
    if surrogates:
        kinds.append(st.sampled_from(SURROGATES))
    if broken:
        kinds.append(mojibake())
    return st.one_of(*kinds)


def mixed_text(
    *, max_fragments: int = 40, surrogates: bool = True, mojibake: bool = True
) -> st.SearchStrategy[str]:
    """Scraper-like text made of many kinds of fragment (see the module docstring).

    ``surrogates=False`` leaves out lone surrogates, ``mojibake=False`` leaves out
    mojibake fragments.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=20)
    ... @given(mixed_text(surrogates=False))
    ... def test_writable(text):
    ...     text.encode("utf-8")  # no lone surrogate: always encodable
    >>> test_writable()
    """
    fragment = _fragment(surrogates=surrogates, broken=mojibake)
    return st.lists(fragment, max_size=max_fragments).map("".join)


def clean_ascii_text() -> st.SearchStrategy[str]:
    """Already-clean text: ASCII paragraphs, one blank line apart, no trailing spaces.

    Its sentences are drawn from a few words, so lines may repeat: see
    :func:`clean_text` for clean text without repeated lines.
    """
    sentence = _words().map(lambda s: s[:1].upper() + s[1:] + ".")
    line = st.lists(sentence, min_size=1, max_size=4).map(" ".join)
    paragraph = st.lists(line, min_size=1, max_size=3).map("\n".join)
    return st.lists(paragraph, min_size=1, max_size=5).map("\n\n".join)


def has_repeated_lines(text: str) -> bool:
    """Whether some line of ``text`` repeats or contains another (after folding).

    ``clean_ascii_text`` draws from a few words, so its lines sometimes repeat by chance;
    such lines really are duplicates, which the default pipeline removes.

    >>> has_repeated_lines("One line.\\nAnother line."), has_repeated_lines("A b.\\n\\nA b.")
    (False, True)
    """
    folded = [fold(line) for line in text.split("\n") if line.strip()]
    if len(set(folded)) != len(folded):
        return True
    return any(a != b and a in b for a in folded for b in folded)


def clean_text() -> st.SearchStrategy[str]:
    """Clean text no cleaner should change: :func:`clean_ascii_text` without repeated
    lines (a repeated line is a duplicate that a cleaner may rightly remove).

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=20)
    ... @given(clean_text())
    ... def test_no_repeats(text):
    ...     assert not has_repeated_lines(text)
    >>> test_no_repeats()
    """
    return clean_ascii_text().filter(lambda text: not has_repeated_lines(text))


def any_text() -> st.SearchStrategy[str]:
    """Any string: scraper-like :func:`mixed_text`, or hypothesis's own arbitrary text.

    This is what the laws feed a cleaner by default.
    """
    return st.one_of(mixed_text(), st.text())
