"""The typed core: Document.apply, the audit log and its replay, Metadata, Edit."""

from __future__ import annotations

import datetime as dt
import json

import attrs
import pytest

from seedclean import Change, Document, Edit, FieldSource, Metadata, Reason, apply_edits, replay

R = Reason.OTHER


# --- Document.apply -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "changes", "expected"),
    [
        ("abc", [], "abc"),
        ("abc", [Change(0, 1, R)], "bc"),
        ("abc", [Change(3, 3, R, new="!")], "abc!"),
        ("abc", [Change(0, 0, R, new=">")], ">abc"),
        ("abc", [Change(0, 3, R, new="xyz")], "xyz"),
        ("a b c", [Change(1, 2, R, new="_"), Change(3, 4, R, new="_")], "a_b_c"),
        # adjacent changes are allowed: one ends where the next starts
        ("abcd", [Change(0, 2, R, new="X"), Change(2, 4, R, new="Y")], "XY"),
        # an insertion at the end of the previous change is allowed
        ("ab", [Change(0, 1, R, new="A"), Change(1, 1, R, new="-")], "A-b"),
        ("", [Change(0, 0, R, new="x")], "x"),
    ],
)
def test_apply_changes_the_text(text: str, changes: list[Change], expected: str) -> None:
    doc = Document(text).apply("demo", changes)
    assert doc.text == expected
    assert doc.original == text
    assert replay(text, doc.audit) == expected


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ([Change(0, 2, R), Change(1, 3, R)], "overlapping or unsorted"),
        ([Change(2, 3, R), Change(0, 1, R)], "overlapping or unsorted"),
        ([Change(1, 2, R), Change(1, 2, R)], "overlapping or unsorted"),
        ([Change(0, 6, R)], "outside a text of 5 characters"),
        ([Change(-1, 1, R)], "outside"),
        ([Change(3, 2, R)], "outside"),
        ([Change(6, 6, R, new="x")], "outside"),
    ],
)
def test_apply_rejects_bad_changes(changes: list[Change], message: str) -> None:
    with pytest.raises(ValueError, match=message) as info:
        Document("hello").apply("badcleaner", changes)
    assert "'badcleaner'" in str(info.value)


def test_apply_drops_changes_that_change_nothing() -> None:
    doc = Document("a b").apply(
        "demo", [Change(0, 1, R, new="a"), Change(1, 2, R, new="_"), Change(3, 3, R)]
    )
    assert doc.text == "a_b"
    assert [(e.start, e.end, e.old, e.new) for e in doc.audit] == [(1, 2, " ", "_")]


def test_apply_records_the_step_even_without_edits() -> None:
    doc = Document("text").apply("first", []).apply("second", [Change(0, 1, R, new="T")])
    assert doc.steps == ("first", "second")
    assert doc.text == "Text"
    (edit,) = doc.audit
    assert (edit.step, edit.cleaner) == (1, "second")
    assert doc.edits_of(0) == ()
    assert doc.edits_of(1) == (edit,)


def test_apply_records_edits_against_the_text_of_their_step() -> None:
    doc = Document("aXbXc").apply("one", [Change(1, 2, R), Change(3, 4, R)])
    assert doc.text == "abc"
    doc = doc.apply("two", [Change(1, 2, R, new="BB", score=0.5, threshold=0.25)])
    assert doc.text == "aBBc"
    assert [(e.step, e.start, e.end, e.old, e.new) for e in doc.audit] == [
        (0, 1, 2, "X", ""),
        (0, 3, 4, "X", ""),
        (1, 1, 2, "b", "BB"),
    ]
    assert (doc.audit[-1].score, doc.audit[-1].threshold) == (0.5, 0.25)
    assert replay(doc.original, doc.audit) == "aBBc"


def test_apply_accepts_a_generator_and_keeps_metadata() -> None:
    meta = Metadata(title="T")
    doc = Document("abc", metadata=meta).apply("gen", (Change(i, i + 1, R) for i in (0, 2)))
    assert doc.text == "b"
    assert doc.metadata is meta


def test_document_is_immutable_and_text_must_be_str() -> None:
    doc = Document("x")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        doc.text = "y"  # type: ignore[misc]
    with pytest.raises(TypeError):
        Document(b"bytes")  # type: ignore[arg-type]


# --- replay and apply_edits -------------------------------------------------------------


def _edit(step: int, start: int, end: int, old: str, new: str = "", **kw: object) -> Edit:
    return Edit(step, "demo", R, start, end, old, new, **kw)  # type: ignore[arg-type]


def test_apply_edits_checks_old_text() -> None:
    assert apply_edits("abc", [_edit(0, 1, 2, "b", "B")]) == "aBc"
    with pytest.raises(ValueError, match="expected 'x', found 'b'"):
        apply_edits("abc", [_edit(0, 1, 2, "x", "B")])
    with pytest.raises(ValueError, match="expected"):
        apply_edits("abc", [_edit(0, 2, 4, "c?", "")])


def test_apply_edits_sorts_and_rejects_overlap() -> None:
    edits = [_edit(0, 2, 3, "c", "C"), _edit(0, 0, 1, "a", "A")]
    assert apply_edits("abc", edits) == "AbC"
    with pytest.raises(ValueError, match="overlap"):
        apply_edits("abc", [_edit(0, 0, 2, "ab"), _edit(0, 1, 3, "bc")])


def test_replay_groups_by_step_and_skips_reverted() -> None:
    audit = [
        _edit(0, 0, 1, "a", "A"),
        _edit(1, 0, 3, "Abc", "", reverted=True),  # undone by the guard: skipped
        _edit(2, 1, 2, "b", "BB"),
        _edit(0, 2, 3, "c", "C"),  # order within the log does not matter
    ]
    assert replay("abc", audit) == "ABBC"


def test_replay_raises_on_a_log_that_does_not_fit() -> None:
    doc = Document("Hello  world").apply("demo", [Change(5, 7, R, new=" ")])
    assert replay("Hello  world", doc.audit) == "Hello world"
    with pytest.raises(ValueError, match="expected"):
        replay("Jello, world", doc.audit)


def test_replay_of_many_steps() -> None:
    doc = Document("a\u00a0 b\u200b  \n\n\n\nc")
    doc = doc.apply("spaces", [Change(1, 2, Reason.EXOTIC_SPACE, new=" ")])
    doc = doc.apply("zw", [Change(4, 5, Reason.ZERO_WIDTH)])
    doc = doc.apply("tail", [Change(4, 6, Reason.TRAILING_WHITESPACE)])
    doc = doc.apply("blank", [Change(4, 8, Reason.BLANK_LINES, new="\n\n")])
    assert doc.text == "a  b\n\nc"
    assert replay(doc.original, doc.audit) == doc.text


# --- Edit, Metadata, removed_share ---------------------------------------------------------


def test_edit_to_json() -> None:
    e = Edit(3, "demo", Reason.EXOTIC_SPACE, 4, 5, "\u00a0", " ")
    assert e.to_json() == {
        "step": 3,
        "cleaner": "demo",
        "reason": "exotic_space",
        "start": 4,
        "end": 5,
        "text": "\u00a0",
        "replacement": " ",
    }
    assert (e.span, e.is_removal) == ((4, 5), False)
    full = attrs.evolve(e, new="", score=0.75, threshold=0.5, reverted=True).to_json()
    assert (full["score"], full["threshold"], full["reverted"]) == (0.75, 0.5, True)
    assert full["replacement"] == ""
    json.dumps(full)


def test_edit_to_json_uses_the_value_of_foreign_reason_enums() -> None:
    import enum

    class MyReason(enum.Enum):
        ADS = "ads"

    assert Edit(0, "mine", MyReason.ADS, 0, 1, "x").to_json()["reason"] == "ads"


def test_metadata_converters() -> None:
    m = Metadata(authors=["A", "B"], tags=iter(["x"]), translations=("fr",))
    assert (m.authors, m.tags, m.translations) == (("A", "B"), ("x",), ("fr",))
    with pytest.raises(TypeError, match="single string"):
        Metadata(authors="Ann Example")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="single string"):
        Metadata(tags="politics")  # type: ignore[arg-type]
    src = FieldSource("title", 0, 1, 5, confidence=0.9)
    assert Metadata(sources=[src]).sources == (src,)


def test_metadata_to_json() -> None:
    m = Metadata(
        title="A headline",
        authors=["Ann"],
        date=dt.date(2020, 12, 18),
        updated=dt.date(2021, 1, 2),
        reading_time=4,
        sources=[FieldSource("title", 0, 1, 11)],
    )
    out = m.to_json()
    assert out["date"] == "2020-12-18"
    assert out["updated"] == "2021-01-02"
    assert out["authors"] == ["Ann"]
    assert out["tags"] == []
    assert out["subtitle"] is None
    assert out["sources"] == [
        {"field": "title", "step": 0, "start": 1, "end": 11, "confidence": 1.0}
    ]
    assert set(out) == {f.name for f in attrs.fields(Metadata)}
    assert json.loads(json.dumps(out)) == out


@pytest.mark.parametrize(
    ("original", "changes", "share"),
    [
        ("", [], 0.0),
        ("abcd", [], 0.0),
        ("abcd", [Change(0, 1, R)], 0.25),
        ("abcd", [Change(0, 4, R)], 1.0),
        ("ab", [Change(0, 2, R, new="abcd")], 0.0),  # text grew: never negative
    ],
)
def test_removed_share(original: str, changes: list[Change], share: float) -> None:
    assert Document(original).apply("demo", changes).removed_share == share
