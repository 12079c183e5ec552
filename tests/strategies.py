"""Hypothesis strategies for the kind of text scrapers produce (a local helper for now).

``mixed_text()`` glues together fragments of many kinds: ASCII prose, typographic
punctuation, accented Latin, Cyrillic, Arabic, CJK, emoji with zero-width joiners,
Persian with zero-width non-joiners, mojibake, HTML entities, control characters, every
kind of line break, exotic and zero-width spaces, soft hyphens, combining marks, blank
line runs, trailing spaces and ``<``.
"""

from __future__ import annotations

import ftfy.bad_codecs  # noqa: F401  (registers "sloppy-windows-1252")
from hypothesis import strategies as st

__all__ = [
    "EXOTIC_SPACES",
    "LINE_BREAKS",
    "ZERO_WIDTH_REMOVED",
    "clean_ascii_text",
    "mixed_text",
    "mojibake",
    "to_latin1_mojibake",
    "to_sloppy_mojibake",
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
    """UTF-8 bytes read as (sloppy) Windows-1252: the most common mojibake."""
    return text.encode("utf-8").decode("sloppy-windows-1252")


def to_latin1_mojibake(text: str) -> str:
    """UTF-8 bytes read as Latin-1 (C1 control characters appear)."""
    return text.encode("utf-8").decode("latin-1")


def _to_strict_1252(text: str) -> str | None:
    try:
        return text.encode("utf-8").decode("windows-1252")
    except UnicodeDecodeError:
        return None


def mojibake() -> st.SearchStrategy[str]:
    """Mojibake: fixed samples, and breakable text broken in one of several ways."""
    source = st.text(alphabet=_BREAKABLE, min_size=1, max_size=8)
    return st.one_of(
        st.sampled_from(MOJIBAKE_SAMPLES),
        source.map(to_sloppy_mojibake),
        source.map(to_latin1_mojibake),
        source.map(_to_strict_1252).filter(lambda s: s is not None),  # type: ignore[arg-type]
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
    """
    fragment = _fragment(surrogates=surrogates, broken=mojibake)
    return st.lists(fragment, max_size=max_fragments).map("".join)


def clean_ascii_text() -> st.SearchStrategy[str]:
    """Already-clean text: ASCII paragraphs, one blank line apart, no trailing spaces."""
    sentence = _words().map(lambda s: s[:1].upper() + s[1:] + ".")
    line = st.lists(sentence, min_size=1, max_size=4).map(" ".join)
    paragraph = st.lists(line, min_size=1, max_size=3).map("\n".join)
    return st.lists(paragraph, min_size=1, max_size=5).map("\n\n".join)


def has_repeated_lines(text: str) -> bool:
    """Whether some line of ``text`` repeats or contains another (after folding).

    ``clean_ascii_text`` draws from a few words, so its lines sometimes repeat by chance;
    such lines really are duplicates, which the default pipeline removes.
    """
    from seedclean.lines import fold

    folded = [fold(line) for line in text.split("\n") if line.strip()]
    if len(set(folded)) != len(folded):
        return True
    return any(a != b and a in b for a in folded for b in folded)
