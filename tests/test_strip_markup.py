"""``strip_markup``: what it keeps, what it changes, and why."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from growth import Scalable, assert_linear, repeated
from seedclean import Document, Reason, replay
from seedclean.cleaners import StripMarkup
from seedclean.testing import check_all, clean_ascii_text, mixed_text

LINK = Reason.LINK_URL
IMAGE = Reason.IMAGE
MARKUP = Reason.MARKUP

KEPT: list[tuple[str, dict[str, Any]]] = [
    ("Plain prose (with parentheses) and more.", {}),
    ("As noted earlier (see page 3), the plan [sic] failed.[1]", {}),
    ("The product a*b*c is computed first, then 2**10.", {}),
    ("Edit the file /etc/hosts or C:\\Users\\ann\\notes.txt first.", {}),
    ("— first item\n— second item", {}),
    ("Call __init__ and __name__ from my_module_name.", {}),
    # lone stars and underscores that are not at a word's edges: arithmetic, footnotes,
    # ratings, list markers, identifiers, web addresses
    ("2 * 3 * 4 = 24, and 5*6*7 too", {}),
    ("Prices* may vary. *Terms apply", {}),
    ("A 5* hotel with 4* rooms", {}),
    ("* one item\n* another item", {}),
    ("Set max_len_ and _private fields", {}),
    ("See https://example.org/_files_/a_b_ for it", {}),
    ("東京*大阪*名古屋", {}),
    # an escaped bracket is text: no link starts there (unescaping it would make one)
    (r"\[not a link](https://x.org/a)", {}),
    ("snake_case_word and foo__bar__baz stay", {}),
    ("#hashtag at the start is not a heading", {}),
    ("_________________", {}),
    ("Ceci n’est pas un lien (voir la page 4).", {}),
    ("東京は日本の首都です（人口は多い）。", {}),
    ("مرحبا (بالعالم)", {}),
    ("", {}),
    ("[a](u)", {"keep_anchor_text": True, "remove_url_lines": False, "unescape": False}),
]


@pytest.mark.parametrize(("text", "options"), KEPT[:-1])
def test_kept(text: str, options: dict[str, Any]) -> None:
    doc = StripMarkup(**options)(text)
    assert doc.text == text
    assert doc.audit == ()


CHANGED: list[tuple[str, dict[str, Any], str, list[tuple[Reason, str, str]]]] = [
    # links become their anchor text, in one edit
    ("See [the report](https://x.org/r).", {}, "See the report.",
     [(LINK, "[the report](https://x.org/r)", "the report")]),
    ('[Home](/ "Go home") | [News](/news)', {}, "Home | News",
     [(LINK, '[Home](/ "Go home")', "Home"), (LINK, "[News](/news)", "News")]),
    ("Lire [l’article](/fr/a) ici", {}, "Lire l’article ici",
     [(LINK, "[l’article](/fr/a)", "l’article")]),
    ("Read [more](/more) here", {"keep_anchor_text": False}, "Read  here",
     [(LINK, "[more](/more)", "")]),
    # an anchor with escapes: the link is removed around its (unescaped) anchor
    (r"[the \(report\)](u) x", {}, "the (report) x",
     [(LINK, "[", ""), (MARKUP, r"\(", "("), (MARKUP, r"\)", ")"), (LINK, "](u)", "")]),
    # images go; a line left empty goes whole
    ("Text ![chart](c.png) more", {}, "Text  more", [(IMAGE, "![chart](c.png)", "")]),
    ("a\n![](x.gif)\nb", {}, "a\nb", [(IMAGE, "![](x.gif)\n", "")]),
    ("a\n[ ![Logo](/l.svg) ](/)\nb", {}, "a\nb", [(IMAGE, "[ ![Logo](/l.svg) ](/)\n", "")]),
    ("a\n[![x](i.png)](/y)", {}, "a", [(IMAGE, "\n[![x](i.png)](/y)", "")]),
    ("[![Icon](i.png) Youtube](https://y.com)", {}, "Youtube",
     [(LINK, "[", ""), (IMAGE, "![Icon](i.png) ", ""), (LINK, "](https://y.com)", "")]),
    ("a\n  * [](https://t.co/x)\nb", {}, "a\nb", [(LINK, "  * [](https://t.co/x)\n", "")]),
    # inscriptis anchors that carry their target
    (r"by [Ann Example \(/experts/ann-example\)](#)", {}, "by Ann Example",
     [(LINK, r"[Ann Example \(/experts/ann-example\)](#)", "Ann Example")]),
    (r"[Фарси \(/fa/some-page\)](#) /", {}, "Фарси /",
     [(LINK, r"[Фарси \(/fa/some-page\)](#)", "Фарси")]),
    ("x\n[\\(/policy/a-page\\)](#)\ny", {}, "x\ny",
     [(LINK, "[\\(/policy/a-page\\)](#)\n", "")]),
    # lines that are only a path or a URL
    ("x\n(/policy/a-page)\ny", {}, "x\ny", [(LINK, "(/policy/a-page)\n", "")]),
    ("x\nhttps://example.org/a?b=1\ny", {}, "x\ny",
     [(LINK, "https://example.org/a?b=1\n", "")]),
    ("x\n(/policy/a-page)", {"remove_url_lines": False}, "x\n(/policy/a-page)", []),
    # escapes
    (r"1\. Item \- done \[ok\] 5 \* 3 \#1 a\_b", {},
     "1. Item - done [ok] 5 * 3 #1 a_b",
     [(MARKUP, r"\.", "."), (MARKUP, r"\-", "-"), (MARKUP, r"\[", "["), (MARKUP, r"\]", "]"),
      (MARKUP, r"\*", "*"), (MARKUP, r"\#", "#"), (MARKUP, r"\_", "_")]),
    (r"1\. Item", {"unescape": False}, r"1\. Item", []),
    (r"a \\( b", {}, r"a \\( b", []),  # an escaped backslash is left as it is
    # emphasis
    ("a **bold** word", {}, "a bold word", [(MARKUP, "**", ""), (MARKUP, "**", "")]),
    ("a __strong words__ here", {}, "a strong words here",
     [(MARKUP, "__", ""), (MARKUP, "__", "")]),
    ("**Überschrift**", {}, "Überschrift", [(MARKUP, "**", ""), (MARKUP, "**", "")]),
    # single markers at word edges: html2text's _italic_ and *emphasis*
    ("an _italic_ word", {}, "an italic word", [(MARKUP, "_", ""), (MARKUP, "_", "")]),
    ("*Note:* it rains.", {}, "Note: it rains.", [(MARKUP, "*", ""), (MARKUP, "*", "")]),
    ("(_Reuters_) and «_Le Monde_»", {}, "(Reuters) and «Le Monde»",
     [(MARKUP, "_", ""), (MARKUP, "_", ""), (MARKUP, "_", ""), (MARKUP, "_", "")]),
    ("**bold _and italic_**", {}, "bold and italic",
     [(MARKUP, "**", ""), (MARKUP, "_", ""), (MARKUP, "_", ""), (MARKUP, "**", "")]),
    ("_“Quoted title”_, 2019", {}, "“Quoted title”, 2019",
     [(MARKUP, "_", ""), (MARKUP, "_", "")]),
    ("[_a linked title_](/a) next", {}, "a linked title next",
     [(LINK, "[", ""), (MARKUP, "_", ""), (MARKUP, "_", ""), (LINK, "](/a)", "")]),
    # headings
    ("# Title\n\n## Sub title", {}, "Title\n\nSub title",
     [(MARKUP, "# ", ""), (MARKUP, "## ", "")]),
    ("### **Titre**", {}, "Titre",
     [(MARKUP, "### ", ""), (MARKUP, "**", ""), (MARKUP, "**", "")]),
    # html2text icon placeholders
    ("[__ Twitter](https://t.com/x) [__](https://f.com/y)", {}, "Twitter ",
     [(LINK, "[", ""), (MARKUP, "__ ", ""), (LINK, "](https://t.com/x)", ""),
      (LINK, "[__](https://f.com/y)", "")]),
    ("a\n  * __\nb", {}, "a\nb", [(MARKUP, "  * __\n", "")]),
    ("  * __Twitter", {}, "  * Twitter", [(MARKUP, "__", "")]),
    # escaped stars and underscores that would make new markup once unescaped stay
    # escaped; the rest of the line is cleaned
    (r"\*\*not bold\*\* [a](b)", {}, r"\*\*not bold\*\* a", [(LINK, "[a](b)", "a")]),
    (r"\*not it\* \_nor this\_ \[x\]", {}, r"\*not it\* \_nor this\_ [x]",
     [(MARKUP, r"\[", "["), (MARKUP, r"\]", "]")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "options", "expected", "edits"), CHANGED)
def test_changed(
    text: str, options: dict[str, Any], expected: str, edits: list[tuple[Reason, str, str]]
) -> None:
    doc = StripMarkup(**options)(text)
    assert doc.text == expected
    assert [(e.reason, e.old, e.new) for e in doc.audit] == edits
    assert all(e.cleaner == "strip_markup" for e in doc.audit)
    assert replay(text, doc.audit) == expected
    check_all(StripMarkup(**options), text)


def test_options() -> None:
    assert StripMarkup().options() == {
        "keep_anchor_text": True,
        "remove_url_lines": True,
        "unescape": True,
    }
    with pytest.raises(TypeError):
        StripMarkup(False)  # type: ignore[misc]


_PROSE = st.sampled_from(
    ["The report said (in 2019) that", "prices rose 3.5% on Monday.", "Café au lait,",
     "Привет, мир.", "日本語のテキスト。", "a*b*c", "__init__", "[1]", "(see page 3)", " ", ""]
)  # fmt: skip
_MARKDOWN = st.sampled_from(
    ["[anchor](https://x.org/a)", "![alt](i.png)", "[ ![x](i.png) ](/u)", "**bold**",
     "__strong__", "# ", "## ", r"\-", r"\(", r"\)", r"\[", r"\*", r"\_", r"\#", r"\.",
     r"[Ann \(/experts/ann\)](#)", r"[\(/path/x\)](#)", "(/path/x)", "https://x.org/a",
     "[__ Twitter](u)", "__", "**", "[", "](", ")", "(", "\\", "!", "*", "_", "#"]
)  # fmt: skip
MARKDOWN_TEXT = st.lists(
    st.one_of(_PROSE, _MARKDOWN, st.sampled_from(["\n", "\n\n", " "])), max_size=30
).map("".join)


@given(text=st.one_of(mixed_text(), MARKDOWN_TEXT))
def test_laws(text: str) -> None:
    check_all(StripMarkup(), text)


@given(text=MARKDOWN_TEXT)
def test_laws_with_options(text: str) -> None:
    check_all(StripMarkup(keep_anchor_text=False, unescape=False), text)
    check_all(StripMarkup(remove_url_lines=False), text)


@given(text=clean_ascii_text())
def test_clean_prose_unchanged(text: str) -> None:
    doc = StripMarkup()(Document(text))
    assert doc.text == text
    assert doc.audit == ()


HOSTILE: dict[str, Scalable] = {
    "1MB [": repeated("[", 1_000_000),
    "1MB (": repeated("(", 1_000_000),
    "1MB spaces": repeated(" ", 1_000_000, end="x"),
    "50k \\(": repeated("\\(", 50_000),
    "500k \\(": repeated("\\(", 500_000),
    "200k [![": repeated("[![", 200_000),
    "1MB *": repeated("*", 1_000_000),
    "500k __ ": repeated("__ ", 300_000),
    "link with 1MB anchor": repeated("a", 1_000_000, start="[", end="]("),
    "200k links": repeated("[a](b) ", 200_000),
    "200k paths": repeated("(/a)\n", 200_000),
    "200k _x_ pairs": repeated("a_ _b ", 200_000),
    "1MB *a": repeated("*a ", 350_000),
    "50k escaped links": repeated("\\" * 3 + "[a](b)", 50_000),
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_input_cost_is_linear(name: str) -> None:
    case = HOSTILE[name]
    assert_linear(StripMarkup(), case.make, case.n)
