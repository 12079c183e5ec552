"""``remove_captions``: which lines are captions or credits, and which look-alikes stay."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import seedclean
from growth import Scalable, assert_linear, repeated
from seedclean import Document, Reason, replay
from seedclean.cleaners import RemoveCaptions, StripMarkup
from seedclean.testing import check_all, clean_ascii_text, mixed_text

REMOVED: list[tuple[str, dict[str, Any]]] = [
    # labels, in many languages
    ("Image: A crowd gathers outside the parliament", {}),
    ("Photo: Ann Example, AP", {}),
    ("Photograph: Ann Example/Getty Images", {}),
    ("Picture: the harbour at dawn", {}),
    ("Credit: Ann Example", {}),
    ("Caption: The new bridge", {}),
    ("Photo : Ann Example / AFP", {}),
    ("Foto: Ana Ejemplo", {}),
    ("Bild: Anna Beispiel/dpa", {}),
    ("Fotografía: Ana Ejemplo", {}),
    ("Imagen: Una calle del centro", {}),
    ("Immagine: una piazza", {}),
    ("Фото: Анна Пример", {}),
    ("Фото:личный архив", {}),
    ("Изображение: улица в центре", {}),
    ("图片：新华社", {}),
    ("写真：共同通信", {}),
    ("صورة: وكالة الأنباء", {}),
    ("عکس: خبرگزاری", {}),
    ("|Photo: Ann Example", {}),
    ("(Image credit: Ann Example)", {}),
    # credit-only lines
    ("REUTERS/Ann Example", {}),
    ("(AP Photo/Ann Example)", {}),
    ("Getty Images", {}),
    ("Photo by Ann Example on Unsplash", {}),
    ("Ann Example / AFP", {}),
    ("Ann Example/Getty Images", {}),
    # lines ending in a credit
    ("Two officials talk in a hallway (Department of State via Flickr)", {}),
    ("|Ann Example and Bob Example (Ministry via Flickr)", {}),
    ("Ann Example | Ann Example speaking wit… | Flickr", {}),
    ("A senator attends a hearing in the capital, April 9, 2024. REUTERS/Ann Example", {}),
    ("Protesters gather in the square (Photo: Ann Example)", {}),
    # a caption cut off at "("
    ("The country’s leader addresses a crowd (", {}),
    # user-added labels
    ("Kuva: Ann Example", {"extra_prefixes": ("Kuva",)}),
    ("Quelle: dpa", {"extra_prefixes": ("Quelle",)}),
    # a Markdown heading reads as strip_markup leaves it
    ("## Photo: Ann Example", {}),
    ("# REUTERS/Ann Example", {}),
]


@pytest.mark.parametrize(("line", "options"), REMOVED)
def test_removed(line: str, options: dict[str, Any]) -> None:
    text = f"Body sentence one.\n{line}\nBody sentence two."
    doc = RemoveCaptions(**options)(text)
    assert doc.text == "Body sentence one.\nBody sentence two."
    assert [(e.reason, e.old) for e in doc.audit] == [(Reason.CAPTION, line + "\n")]
    assert replay(text, doc.audit) == doc.text


KEPT: list[tuple[str, dict[str, Any]]] = [
    ("Reuters reported that the talks had stalled.", {}),
    ("AP and Reuters both carried the story on Monday.", {}),
    ("It was a photo finish between the two runners.", {}),
    ("Photo finish", {}),
    (
        "He called the painting an image of the age. Image: a metaphor he used often, and "
        "one that critics picked up in their reviews of the exhibition that spring.",
        {},
    ),
    ("The plan was approved (after a long debate in the committee).", {}),
    ("Sales rose 3% (see the table below).", {}),
    ("Getty Images said on Monday that it had agreed to the deal.", {}),
    ("The minister spoke to reporters (who had waited for hours).", {}),
    ("Robert Burns, Ap National Security Writer wrote this.", {}),
    ("Miss Example wins the contest (PHOTOS)", {}),
    ("Kuva: Ann Example", {}),  # not a label unless the user adds it
    ("La foto del día muestra una calle vacía.", {}),
    ("Фотография была сделана в Москве.", {}),
    ("The talks resumed on the Joint Plan (", {"max_words": 3}),
    ("# Photo finish", {}),
    ("#Photo: no heading without a space", {}),
    ("", {}),
]


@pytest.mark.parametrize(("text", "options"), KEPT)
def test_kept(text: str, options: dict[str, Any]) -> None:
    doc = RemoveCaptions(**options)(text)
    assert doc.text == text
    assert doc.audit == ()


def test_cut_off_caption_kept_when_next_line_closes_it() -> None:
    text = "The agreement known as the Joint Plan (\nJCPOA) was signed."
    assert RemoveCaptions()(text).audit == ()


def test_last_lines_removed_without_blank_line() -> None:
    text = "Body.\nPhoto: Ann Example\nGetty Images"
    doc = RemoveCaptions()(text)
    assert doc.text == "Body."
    # lines that go for the same reason in a row are one edit
    assert [e.old for e in doc.audit] == ["\nPhoto: Ann Example\nGetty Images"]


def test_options() -> None:
    assert RemoveCaptions().options() == {"extra_prefixes": [], "max_words": 12}
    assert RemoveCaptions(extra_prefixes=["Kuva"]).extra_prefixes == ("Kuva",)
    with pytest.raises(ValueError, match="max_words"):
        RemoveCaptions(max_words=0)


_LINES = st.sampled_from(
    ["Photo: Ann Example", "REUTERS/Ann Example", "(AP Photo/Ann Example)", "Getty Images",
     "A caption cut off (", "Reuters reported that prices rose.", "Photo finish.",
     "Ann Example | Flickr", "The body (see below).", "Фото: Анна", "图片：新华社",
     "A plain sentence of the article.", "Closing) part", "", " ", "|"]
)  # fmt: skip
CAPTION_TEXT = st.lists(_LINES, max_size=20).map("\n".join)
# The same lines, some as Markdown headings.
HEADED_TEXT = st.lists(
    st.tuples(st.sampled_from(["", "# ", "## ", "#"]), _LINES).map("".join), max_size=20
).map("\n".join)


def test_heading_judged_as_strip_markup_leaves_it() -> None:
    # strip_markup comes later in the pipeline and takes the "# " off: the line was a
    # caption all along, and a second run would find it.
    for text in ("# Photo:", "## Photo: Ann Example\n\nBody sentence."):
        assert "Photo" not in RemoveCaptions()(text).text
        doc = check_all(seedclean.default_pipeline(), text)
        assert "Photo" not in doc.text


@given(text=st.one_of(CAPTION_TEXT, HEADED_TEXT))
def test_idempotent_through_strip_markup(text: str) -> None:
    # What the pipeline does after this cleaner does not make a kept line a caption.
    once = StripMarkup()(RemoveCaptions()(text).text).text
    assert RemoveCaptions()(once).audit == ()


@given(text=st.one_of(mixed_text(), CAPTION_TEXT, HEADED_TEXT))
def test_laws(text: str) -> None:
    check_all(RemoveCaptions(), text)
    check_all(RemoveCaptions(extra_prefixes=("Kuva",), max_words=3), text)


@given(text=clean_ascii_text())
def test_clean_prose_unchanged(text: str) -> None:
    doc = RemoveCaptions()(Document(text))
    assert doc.text == text
    assert doc.audit == ()


HOSTILE: dict[str, Scalable] = {
    "1MB [": repeated("[", 1_000_000),
    "1MB (": repeated("(", 1_000_000),
    "1MB spaces": repeated(" ", 1_000_000, end="x"),
    "1MB capitals": repeated("A", 1_000_000, end="/B"),
    "500k \\(": repeated("\\(", 500_000),
    "200k caption lines": repeated("Photo: Ann\n", 200_000),
    "one line of 200k words ending in (": repeated("word ", 200_000, end="("),
    "200k ' /'": repeated("A /", 200_000),
    "one line of 100k capitalised words": repeated("Ann ", 100_000, end="Reuters"),
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_input_cost_is_linear(name: str) -> None:
    case = HOSTILE[name]
    assert_linear(RemoveCaptions(), case.make, case.n)
