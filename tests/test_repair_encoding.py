"""``repair_encoding``: exactly ftfy's output, sound gating, right reasons."""

from __future__ import annotations

import itertools
import re
import re._constants as sre
import re._parser as sre_parse
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import ftfy
import pytest
from ftfy.badness import BADNESS_RE
from hypothesis import given
from hypothesis import strategies as st

from seedclean import Document, Reason, RepairEncoding, replay
from seedclean.cleaners.repair_encoding import TYPOGRAPHIC_SAFE, repair_text
from seedclean.testing import mixed_text, to_sloppy_mojibake

ROOT = Path(__file__).parent.parent

OPTIONS: list[dict[str, Any]] = [
    {},
    {"uncurl_quotes": True},
    {"fix_character_width": True},
    {"unescape_html": False},
    {"unescape_html": True},
    {"normalization": None},
    {"fix_latin_ligatures": False, "normalization": "NFKC"},
]


# --- the differential test: RepairEncoding(**opts)(text).text == ftfy.fix_text(text, cfg) ----


def _assert_same_as_ftfy(cleaner: RepairEncoding, text: str) -> None:
    doc = cleaner(Document(text))
    assert doc.text == ftfy.fix_text(text, cleaner.ftfy_config())
    assert replay(text, doc.audit) == doc.text


@pytest.mark.parametrize("options", OPTIONS, ids=str)
@given(text=st.text())
def test_same_as_ftfy_on_any_text(options: dict[str, Any], text: str) -> None:
    _assert_same_as_ftfy(RepairEncoding(**options), text)


@pytest.mark.parametrize("options", OPTIONS, ids=str)
@given(text=mixed_text())
def test_same_as_ftfy_on_scraped_text(options: dict[str, Any], text: str) -> None:
    _assert_same_as_ftfy(RepairEncoding(**options), text)


@pytest.mark.parametrize("options", [{}, {"unescape_html": True}], ids=str)
@given(lines=st.lists(st.one_of(mixed_text(max_fragments=6), st.text(max_size=5)), max_size=30))
def test_same_as_ftfy_on_many_short_lines(options: dict[str, Any], lines: list[str]) -> None:
    # Many lines: the gate has to pick the right ones, and "auto" entity decoding has to
    # stop at the first line holding a "<".
    _assert_same_as_ftfy(RepairEncoding(**options), "\n".join(lines))


def test_same_as_ftfy_on_long_lines() -> None:
    # Lines over ftfy's max_decode_length (1 000 000) are cut into segments as ftfy does.
    cleaner = RepairEncoding()
    line = ("word cafÃ© " * 120_000)[:1_000_003] + "Ã©\n" + "&amp; fine\n"
    _assert_same_as_ftfy(cleaner, line)


def _corpus() -> list[tuple[str, str]]:
    dirs = [ROOT / "benchmarks/data/aeb/inscriptis", ROOT / "benchmarks/data/aeb/html2text"]
    files = [p for d in [*dirs, ROOT / "seeds"] for p in sorted(d.glob("*.txt"))]
    return [(p.name, p.read_text(encoding="utf-8")) for p in files]


def test_same_as_ftfy_on_the_corpus_and_its_mojibake() -> None:
    corpus = _corpus()
    assert len(corpus) > 300
    cleaner = RepairEncoding()
    config = cleaner.ftfy_config()
    mismatches = []
    for name, text in corpus:
        for variant, source in (("utf-8", text), ("mojibake", to_sloppy_mojibake(text))):
            doc = cleaner(source)
            if doc.text != ftfy.fix_text(source, config):
                mismatches.append((name, variant))
            elif variant == "mojibake" and replay(source, doc.audit) != doc.text:
                mismatches.append((name, "replay"))
    assert mismatches == []


# --- gate soundness ------------------------------------------------------------------------
#
# RepairEncoding sends a line to ftfy only if it holds a character ftfy could act on. Lines
# whose only non-ASCII characters are in TYPOGRAPHIC_SAFE skip ftfy's badness check. That
# is sound only if the badness expression can never match such a line.

BADNESS_MULTILINE = re.compile(BADNESS_RE.pattern, BADNESS_RE.flags | re.MULTILINE)
ASCII = "".join(map(chr, range(128)))
REDUCED_ASCII = "aZ .-1\n_!"


def _no_match_on_any_string(alphabet: str, length: int) -> list[str]:
    """Every string of ``length`` over ``alphabet`` that either badness expression matches.

    Shorter strings are covered too: they are prefixes, and the expression has no ``$`` or
    look-ahead. The strings are searched in large newline-joined chunks; ``^`` matches
    after each newline with MULTILINE, so a string that matches alone also matches in its
    chunk (extra matches across the joins are sorted out one by one).
    """
    tails = [""]
    for _ in range(length - 1):
        tails = [t + c for t in tails for c in alphabet]
    found = []
    for first in alphabet:
        chunk = "\n".join([first + t for t in tails])
        if BADNESS_MULTILINE.search(chunk):
            for t in tails:
                s = first + t
                if BADNESS_RE.search(s) or BADNESS_MULTILINE.search(s):
                    found.append(s)
    return found


def test_typographic_safe_chars_are_not_ascii_and_are_distinct() -> None:
    assert len(set(TYPOGRAPHIC_SAFE)) == len(TYPOGRAPHIC_SAFE)
    assert not any(c.isascii() for c in TYPOGRAPHIC_SAFE)


def test_gate_brute_force_up_to_3_chars_over_all_ascii() -> None:
    assert _no_match_on_any_string(ASCII + TYPOGRAPHIC_SAFE, 3) == []


def test_gate_brute_force_4_chars_over_reduced_ascii() -> None:
    assert _no_match_on_any_string(REDUCED_ASCII + TYPOGRAPHIC_SAFE, 4) == []


def test_gate_brute_force_5_chars_over_reduced_ascii_and_a_safe_sample() -> None:
    # One character of each group of TYPOGRAPHIC_SAFE that the expression treats alike
    # (’…―, ‘“•«©, ”, –—·, », ®, ™, NBSP, °, ´); the reader below covers all of them.
    assert _no_match_on_any_string(REDUCED_ASCII + "’“”–»®™\xa0°´", 5) == []


# For lengths beyond brute force, the expression is read with Python's own regex parser:
# it is a set of alternatives, each a sequence of one-character atoms (optionally
# repeated) and anchors. Such an alternative can match a string over an alphabet only if
# each of its required atoms accepts some character of the alphabet. Checking that for
# every alternative proves the claim for strings of ANY length.

_CATEGORIES: dict[Any, Any] = {
    sre.CATEGORY_SPACE: str.isspace,
    sre.CATEGORY_WORD: lambda c: c.isalnum() or c == "_",
    sre.CATEGORY_DIGIT: str.isdecimal,
}


class _Outside:
    """Every character (surrogates aside) that ``pattern`` does not match, lazily."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern

    def __contains__(self, char: str) -> bool:
        return not 0xD800 <= ord(char) <= 0xDFFF and not self.pattern.match(char)

    def __iter__(self) -> Iterator[str]:
        return (chr(i) for i in range(0x110000) if chr(i) in self)


Alphabet = str | set[str] | _Outside


def _accepts(atom: tuple[Any, Any], char: str) -> bool:
    """Whether a one-character atom of a parsed expression accepts ``char``."""
    op, av = atom
    code = ord(char)
    if op is sre.LITERAL:
        return code == av
    if op is sre.NOT_LITERAL:
        return code != av
    if op is sre.ANY:
        return char != "\n"
    assert op is sre.IN, op
    negate, hit = False, False
    for item, arg in av:
        if item is sre.NEGATE:
            negate = True
        elif item is sre.LITERAL:
            hit |= code == arg
        elif item is sre.RANGE:
            hit |= arg[0] <= code <= arg[1]
        elif item is sre.CATEGORY and arg in _CATEGORIES:
            hit |= _CATEGORIES[arg](char)
        else:
            raise AssertionError(f"unexpected set item {item} in ftfy's badness expression")
    return hit != negate


def _satisfiable(atom: tuple[Any, Any], alphabet: Alphabet) -> bool:
    """Whether the atom accepts some character of the alphabet."""
    op, av = atom
    if op is sre.LITERAL:
        return chr(av) in alphabet
    if op is sre.IN and all(item is not sre.NEGATE for item, _ in av):
        for item, arg in av:
            if item is sre.LITERAL and chr(arg) in alphabet:
                return True
            if item is sre.RANGE and any(chr(i) in alphabet for i in range(arg[0], arg[1] + 1)):
                return True
            category = (sre.IN, [(item, arg)])
            if item is sre.CATEGORY and any(_accepts(category, c) for c in alphabet):
                return True
        return False
    # ANY, NOT_LITERAL and negated sets: stops at the first accepted character
    return any(_accepts(atom, c) for c in alphabet)


def _can_match(pattern: Any, alphabet: Alphabet) -> bool:
    """Whether some string over ``alphabet`` could match ``pattern`` (anchors ignored)."""
    for op, av in pattern:
        if op in (sre.LITERAL, sre.NOT_LITERAL, sre.ANY, sre.IN):
            if not _satisfiable((op, av), alphabet):
                return False
        elif op is sre.BRANCH:
            if not any(_can_match(branch, alphabet) for branch in av[1]):
                return False
        elif op is sre.SUBPATTERN:
            if not _can_match(av[3], alphabet):
                return False
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            if av[0] > 0 and not _can_match(av[2], alphabet):
                return False
        elif op is sre.AT:
            continue
        else:
            raise AssertionError(f"unexpected construct {op} in ftfy's badness expression")
    return True


def _parsed(pattern: str = BADNESS_RE.pattern, flags: int = BADNESS_RE.flags) -> Any:
    return sre_parse.parse(pattern, flags)


def _alternatives() -> list[Any]:
    (op, av), *rest = list(_parsed())
    assert op is sre.BRANCH
    assert not rest
    return list(av[1])


def test_gate_reader_is_not_vacuous() -> None:
    alternatives = _alternatives()
    assert len(alternatives) > 20
    assert any(_can_match(a, "Ã©") for a in alternatives)
    assert any(_can_match(a, "â€™") for a in alternatives)
    assert not _can_match(_parsed("Ã©", 0), "Ã")
    assert _can_match(_parsed("[^a]x?b+", 0), "b")
    assert not _can_match(_parsed("[^a]x?b+", 0), "a")
    assert not _can_match(_parsed(r"\s", 0), "ab")


def test_gate_reader_agrees_with_the_expression() -> None:
    # Whenever the real expression matches a short string, the reader must say the
    # string's characters could match: a check that _accepts reads the sets right.
    named = {c for c in BADNESS_RE.pattern if not c.isascii()}
    alphabet = sorted(set(ASCII) | named | set(TYPOGRAPHIC_SAFE))
    parsed = _parsed()
    checked = 0
    for a, b in itertools.product("aZ .\n", alphabet):
        for s in (a + b, b + a, a + b + b):
            if BADNESS_RE.search(s):
                checked += 1
                assert _can_match(parsed, set(s)), s
    assert checked > 100


def _atoms(pattern: Any) -> Iterator[tuple[Any, Any]]:
    for op, av in pattern:
        if op in (sre.LITERAL, sre.NOT_LITERAL, sre.ANY, sre.IN):
            yield op, av
        elif op is sre.BRANCH:
            for branch in av[1]:
                yield from _atoms(branch)
        elif op is sre.SUBPATTERN:
            yield from _atoms(av[3])
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            yield from _atoms(av[2])


def test_gate_safe_sample_stands_for_all_safe_chars() -> None:
    # Characters every atom of the expression accepts or rejects alike are interchangeable,
    # so the brute force over the sample of 10 covers all of TYPOGRAPHIC_SAFE.
    atoms = list(_atoms(_parsed()))
    assert len(atoms) > 50

    def signature(c: str) -> tuple[bool, ...]:
        return tuple(_accepts(a, c) for a in atoms)

    sample = {signature(c) for c in "’“”–»®™\xa0°´"}
    assert len(sample) == 10
    assert {signature(c) for c in TYPOGRAPHIC_SAFE} == sample


def test_gate_no_alternative_matches_ascii_and_typographic_safe() -> None:
    # For strings of any length over ASCII and TYPOGRAPHIC_SAFE.
    alphabet = set(ASCII + TYPOGRAPHIC_SAFE)
    assert [a for a in _alternatives() if _can_match(a, alphabet)] == []


@pytest.mark.parametrize("options", OPTIONS, ids=str)
def test_gate_no_alternative_matches_what_the_coarse_gate_lets_through(
    options: dict[str, Any],
) -> None:
    # Stronger: a line without a character of the coarse gate cannot match, whatever other
    # characters (CJK, Arabic, emoji...) it holds, from all planes.
    allowed = _Outside(RepairEncoding(**options)._gate.coarse)
    assert all(c in allowed for c in "a \t中ع😀\u200b")
    if not options.get("uncurl_quotes"):
        assert all(c in allowed for c in TYPOGRAPHIC_SAFE)
    assert [a for a in _alternatives() if _can_match(a, allowed)] == []


# --- examples --------------------------------------------------------------------------------

M = to_sloppy_mojibake

EXAMPLES: list[tuple[str, dict[str, Any], str, set[Reason]]] = [
    # mojibake
    ("Ã©", {}, "é", {Reason.MOJIBAKE}),
    ("â€™", {}, "’", {Reason.MOJIBAKE}),
    ("The cafÃ© is open", {}, "The café is open", {Reason.MOJIBAKE}),
    ("â€œquotedâ€\x9d", {}, "“quoted”", {Reason.MOJIBAKE}),
    (M("Привет, мир"), {}, "Привет, мир", {Reason.MOJIBAKE}),
    (M("مرحبا بالعالم"), {}, "مرحبا بالعالم", {Reason.MOJIBAKE}),
    (M("日本語のテキスト"), {}, "日本語のテキスト", {Reason.MOJIBAKE}),
    ("Ã\xa0 la carte", {}, "à la carte", {Reason.MOJIBAKE}),
    ("\x80100", {}, "€100", {Reason.MOJIBAKE}),  # C1 control read as Windows-1252
    # HTML entities
    ("Tom &amp; Jerry", {}, "Tom & Jerry", {Reason.HTML_ENTITY}),
    ("caf&eacute;", {}, "café", {Reason.HTML_ENTITY}),
    ("it&#x2019;s", {}, "it’s", {Reason.HTML_ENTITY}),
    ("&lt;p&gt;", {}, "<p>", {Reason.HTML_ENTITY}),
    ("&amp;amp;", {}, "&", {Reason.HTML_ENTITY}),
    ("Tom &amp; Jerry", {"unescape_html": False}, "Tom &amp; Jerry", set()),
    ("a &amp; <b>", {}, "a &amp; <b>", set()),  # "auto": a "<" means real HTML
    ("a &amp; <b>", {"unescape_html": True}, "a & <b>", {Reason.HTML_ENTITY}),
    # "auto" stops decoding from the first line holding a "<" on
    ("x &amp; y\n<p>\nz &amp;", {}, "x & y\n<p>\nz &amp;", {Reason.HTML_ENTITY}),
    # line breaks
    ("a\r\nb\r\n", {}, "a\nb\n", {Reason.LINE_BREAK}),
    ("a\rb", {}, "a\nb", {Reason.LINE_BREAK}),
    ("a\u2028b\u2029c", {}, "a\nb\nc", {Reason.LINE_BREAK}),
    ("cafÃ©\r\n", {}, "café\n", {Reason.MOJIBAKE, Reason.LINE_BREAK}),
    # control characters and escapes
    ("a\x00b\x07c\x7f", {}, "abc", {Reason.CONTROL_CHARACTER}),
    ("\ufeffbom", {}, "bom", {Reason.CONTROL_CHARACTER}),
    ("\x1b[31mred\x1b[0m", {}, "red", {Reason.TERMINAL_ESCAPE}),
    ("tab\tand\x0cform feed", {}, "tab\tand\x0cform feed", set()),
    # surrogates, ligatures, width, quotes, normalisation
    ("\ud83d\ude00", {}, "😀", {Reason.SURROGATE}),
    ("ﬁne ﬂow", {}, "fine flow", {Reason.LIGATURE}),
    ("ﬁne", {"fix_latin_ligatures": False}, "ﬁne", set()),
    ("ＡＢＣ　テキスト", {}, "ＡＢＣ　テキスト", set()),
    ("ＡＢＣ", {"fix_character_width": True}, "ABC", {Reason.CHARACTER_WIDTH}),
    ("“hi” it’s", {}, "“hi” it’s", set()),
    ("“hi” it’s", {"uncurl_quotes": True}, "\"hi\" it's", {Reason.CURLY_QUOTE}),
    ("cafe\u0301", {}, "café", {Reason.UNICODE_NORMALIZATION}),
    ("cafe\u0301", {"normalization": None}, "cafe\u0301", set()),
    ("ﬁ", {"normalization": "NFKC", "fix_latin_ligatures": False}, "fi", {Reason.UNICODE_NORMALIZATION}),  # noqa: E501
]


@pytest.mark.parametrize(("text", "options", "expected", "reasons"), EXAMPLES)
def test_examples(text: str, options: dict[str, Any], expected: str, reasons: set[Reason]) -> None:
    cleaner = RepairEncoding(**options)
    # the expected outputs were written by hand; ftfy must agree with them
    assert ftfy.fix_text(text, cleaner.ftfy_config()) == expected
    doc = cleaner(text)
    assert doc.text == expected
    assert {e.reason for e in doc.audit} == reasons
    assert all(type(e.reason) is Reason for e in doc.audit)
    assert replay(text, doc.audit) == expected


def test_edits_are_small_and_in_place() -> None:
    text = "Intro.\nThe cafÃ© &amp; the barâ€™s menu.\r\nEnd."
    doc = RepairEncoding()(text)
    assert doc.text == "Intro.\nThe café & the bar’s menu.\nEnd."
    expected = [("Ã©", "é", "mojibake"), ("&amp;", "&", "html_entity")]
    expected += [("â€™", "’", "mojibake"), ("\r", "", "line_break")]
    assert [(e.start, e.end, e.old, e.new, e.reason.value) for e in doc.audit] == [
        (text.index(old), text.index(old) + len(old), old, new, reason)
        for old, new, reason in expected
    ]
    assert all(text[e.start : e.end] == e.old for e in doc.audit)


CLEAN = [
    "Plain ASCII text, with punctuation: (a) [b] {c} <d> 100% & more.",
    "It’s “quoted” — with dashes – and… ellipses • bullets «guillemets» © ® ™ 25°.",
    "Ça va très bien, merci. Ærøskøbing. Łódź. Straße. İstanbul.",
    "Съешь же ещё этих мягких французских булок.",
    "Ελληνικά κείμενα.",
    "هذا نص عربي بسيط.",
    "می\u200cخواهم فارسی بنویسم.",
    "עברית פשוטה.",
    "日本語のテキストです。中文字符。한국어 텍스트.",
    "हिन्दी पाठ। தமிழ் உரை.",
    "Emoji: 👩\u200d💻 👨\u200d👩\u200d👧\u200d👦 🇫🇷 👍🏽",
    "ＣＪＫ　全角テキスト",
    "Math: x² + y² = z², ½ ≠ ¼, 5 × 3 ÷ 2, α β γ.",
    "a\tb\n\n\nc  \n",
    "A&B; R&D; AT&T; x &y z",
]


@pytest.mark.parametrize("text", CLEAN)
def test_clean_text_of_many_languages_is_untouched(text: str) -> None:
    assert ftfy.fix_text(text, RepairEncoding().ftfy_config()) == text
    doc = RepairEncoding()(text)
    assert doc.text == text
    assert doc.audit == ()


def test_options_and_config() -> None:
    cleaner = RepairEncoding(uncurl_quotes=True, normalization=None)
    assert cleaner.options() == {
        "unescape_html": "auto",
        "fix_character_width": False,
        "uncurl_quotes": True,
        "fix_latin_ligatures": True,
        "normalization": None,
    }
    config = cleaner.ftfy_config()
    assert (config.uncurl_quotes, config.normalization, config.unescape_html) == (
        True,
        None,
        "auto",
    )
    assert RepairEncoding(**cleaner.options()) == cleaner
    assert RepairEncoding() != cleaner
    assert repr(RepairEncoding()).startswith("RepairEncoding(unescape_html='auto'")


def test_repair_text() -> None:
    assert repair_text("Ã©tÃ©") == "été"
    assert repair_text("“x”", RepairEncoding(uncurl_quotes=True)) == '"x"'


@pytest.mark.parametrize(
    "options",
    [
        {"unescape_html": "yes"},
        {"normalization": "NFX"},
        {"uncurl_quotes": "no"},
        {"fix_character_width": 1},
    ],
)
def test_bad_options_are_refused_when_built(options: dict[str, object]) -> None:
    with pytest.raises((TypeError, ValueError)):
        RepairEncoding(**options)  # type: ignore[arg-type]
