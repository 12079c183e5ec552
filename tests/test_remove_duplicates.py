"""``remove_duplicates``: repeated lines, doubled captions and pull quotes."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import seedclean
from growth import Scalable, assert_linear, repeated
from seedclean import Document, Reason, replay
from seedclean.cleaners import RemoveDuplicates, StripMarkup
from seedclean.lines import fold
from seedclean.testing import check_all, check_idempotent, clean_ascii_text, mixed_text

DUP = Reason.DUPLICATE
CAP = Reason.CAPTION
PQ = Reason.PULL_QUOTE

BODY = "The council approved the budget after a long debate, and the mayor signed it."
QUOTE = "the council approved the budget after a long debate"
CAPTION = (
    "A crowd gathers outside the parliament building on Monday as lawmakers debate the "
    "new budget for the coming year"
)
LONG = "This paragraph is long enough to count as a real paragraph of the article body."

CHANGED: list[tuple[str, dict[str, Any], str, list[tuple[Reason, str]]]] = [
    # a title printed twice: the second copy goes
    ("A Short Title Here\nA Short Title Here\nBody.", {}, "A Short Title Here\nBody.",
     [(DUP, "A Short Title Here\n")]),
    ("A Short Title Here\n\nA  Short Title Here \nBody.", {}, "A Short Title Here\n\nBody.",
     [(DUP, "A  Short Title Here \n")]),
    ("Ein kurzer Titel hier\nEin kurzer Titel hier", {}, "Ein kurzer Titel hier",
     [(DUP, "\nEin kurzer Titel hier")]),
    # a caption printed twice: both copies go
    (f"Intro.\n{CAPTION}\n{CAPTION}\nBody.", {}, "Intro.\nBody.",
     [(CAP, CAPTION + "\n"), (DUP, CAPTION + "\n")]),
    ("Intro.\nAnn Example (Photo: Bob Example)\nAnn Example (Photo: Bob Example)\nBody.", {},
     "Intro.\nBody.",
     [(CAP, "Ann Example (Photo: Bob Example)\n"), (DUP, "Ann Example (Photo: Bob Example)\n")]),
    (f"{CAPTION}\n{CAPTION}\n{CAPTION}", {}, "",
     [(CAP, CAPTION), (DUP, "\n" + CAPTION + "\n" + CAPTION)]),
    # pull quotes: the body paragraph stays, the quote goes
    (f"{BODY}\n{QUOTE.capitalize()}.\nEnd.", {}, f"{BODY}\nEnd.",
     [(PQ, QUOTE.capitalize() + ".\n")]),
    (f"“{QUOTE.upper()}.”\n{BODY}", {}, BODY, [(PQ, f"“{QUOTE.upper()}.”\n")]),
    ("Совет утвердил бюджет после долгих дебатов в пятницу вечером.\nМэр сказал, что совет "
     "утвердил бюджет после долгих дебатов в пятницу вечером, и подписал его.", {},
     "Мэр сказал, что совет утвердил бюджет после долгих дебатов в пятницу вечером, и "
     "подписал его.", [(PQ, "Совет утвердил бюджет после долгих дебатов в пятницу вечером.\n")]),
    # long lines repeated far apart: later copies go
    (f"{LONG}\nOther text.\n{LONG}\nEnd.", {}, f"{LONG}\nOther text.\nEnd.", [(DUP, LONG + "\n")]),
    # options
    ("Share\nShare\nText.", {"min_adjacent_words": 1}, "Share\nText.", [(DUP, "Share\n")]),
    (f"{BODY}\n{QUOTE}", {"min_pull_quote_words": 20}, f"{BODY}\n{QUOTE}", []),
    (f"{LONG}\nx\n{LONG}", {"min_repeat_words": 40}, f"{LONG}\nx\n{LONG}", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "options", "expected", "edits"), CHANGED)
def test_changed(
    text: str, options: dict[str, Any], expected: str, edits: list[tuple[Reason, str]]
) -> None:
    doc = RemoveDuplicates(**options)(text)
    assert doc.text == expected
    assert [(e.reason, e.old) for e in doc.audit] == edits
    assert replay(text, doc.audit) == expected
    check_all(RemoveDuplicates(**options), text)


KEPT = [
    "Share\nText one.\nShare",  # short lines are another cleaner's business
    "Share\nShare",
    "Home\nNews\nHome\nNews",
    "A short line here.\nThe next line differs.\nA short line here.",
    # a short line inside a paragraph is not a pull quote
    "The plan will work.\nEveryone agreed that the plan will work, in the end.",
    # the same words in another order are not a pull quote
    "after a long debate the council approved the budget\n" + BODY,
    "見出し\n見出し",  # too short to count (three characters are about two words)
    # a headline found again in a longer line is not a pull quote (it is no sentence)
    "The Council Approves The Budget After A Long Debate\n"
    "The Council Approves The Budget After A Long Debate | City News",
    "",
]


@pytest.mark.parametrize("text", KEPT)
def test_kept(text: str) -> None:
    doc = RemoveDuplicates()(text)
    assert doc.text == text
    assert doc.audit == ()


def test_options() -> None:
    assert RemoveDuplicates().options() == {
        "min_pull_quote_words": 8,
        "min_repeat_words": 12,
        "min_adjacent_words": 3,
    }
    with pytest.raises(ValueError, match="min_repeat_words"):
        RemoveDuplicates(min_repeat_words=0)


_LINES = st.sampled_from(
    [BODY, QUOTE, QUOTE.upper(), CAPTION, LONG, "A Short Title Here", "Share", "Other text.",
     "Ann Example (Photo: Bob Example)", "Фото дня", "日本語のテキスト。", "", " ", "\t"]
)  # fmt: skip
DUPLICATE_TEXT = st.lists(_LINES, max_size=25).map("\n".join)


def test_lines_compared_as_they_show() -> None:
    # A link and its anchor text, a heading and its text: the same line once the
    # pipeline's strip_markup has run, so a second run would find the copy. (The metadata
    # step, left out, would take the heading and its copy as the page's title.)
    pipe = seedclean.default_pipeline().without("extract_metadata")
    for text, kept in [
        ("[Home Depot](D) said so today.\nHome Depot said so today.", "Home Depot said so today."),
        ("Other text.\n# A Short Title Here\nA Short Title Here\nMore.", "A Short Title Here"),
    ]:
        doc = check_all(RemoveDuplicates(), text)
        assert len(doc.audit) == 1
        check_idempotent(seedclean.default_pipeline(), text)
        check_idempotent(pipe, text)
        assert pipe(text).text.count(kept) == 1


# The same lines, some as Markdown headings or links.
HEADED_TEXT = st.lists(
    st.tuples(st.sampled_from(["", "# ", "## "]), _LINES).map("".join), max_size=25
).map("\n".join)


@given(text=st.one_of(DUPLICATE_TEXT, HEADED_TEXT))
def test_idempotent_through_strip_markup(text: str) -> None:
    # What the pipeline does after this cleaner does not make a kept line a copy.
    once = StripMarkup()(RemoveDuplicates()(text).text).text
    assert RemoveDuplicates()(once).audit == ()


@given(text=st.one_of(mixed_text(), DUPLICATE_TEXT, HEADED_TEXT))
def test_laws(text: str) -> None:
    check_all(RemoveDuplicates(), text)
    check_all(RemoveDuplicates(min_adjacent_words=1, min_pull_quote_words=4), text)


@given(text=clean_ascii_text())
def test_clean_prose_unchanged(text: str) -> None:
    # clean_ascii_text draws its sentences from 30 words, so its lines repeat and contain
    # each other by chance (and then they are duplicates); prose without that passes
    lines = [" ".join(line.split()) for line in text.split("\n") if line.strip()]
    assume(len(set(lines)) == len(lines))
    folded = [fold(line) for line in lines]
    assume(len(set(folded)) == len(folded))
    assume(not any(a != b and a in b for a in folded for b in folded))
    doc = RemoveDuplicates()(Document(text))
    assert doc.text == text
    assert doc.audit == ()


def _quotes_sharing_an_anchor(k: int) -> str:
    return (
        "\n".join(
            f"the council approved the budget after a long debate number {i}" for i in range(k)
        )
        + "\n"
        + " ".join(f"the council approved the budget {i}" for i in range(2 * k))
    )


HOSTILE: dict[str, Scalable] = {
    "1MB [": repeated("[", 1_000_000),
    "1MB spaces": repeated(" ", 1_000_000, end="x"),
    "200k equal short lines": repeated("Share this\n", 200_000),
    "50k equal long lines": repeated(LONG + "\n", 50_000),
    "20k equal candidates in 20k hosts": repeated(QUOTE + "\n" + BODY + "\n", 20_000),
    "one line of 200k words": repeated("word ", 200_000),
    "10k distinct quotes sharing an anchor": Scalable(_quotes_sharing_an_anchor, 10_000),
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_input_cost_is_linear(name: str) -> None:
    case = HOSTILE[name]
    assert_linear(RemoveDuplicates(), case.make, case.n)
