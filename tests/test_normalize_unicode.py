"""``normalize_unicode``: lines put in a Unicode normal form, one edit per changed line."""

from __future__ import annotations

import unicodedata

import pytest

from seedclean import NormalizeUnicode, Reason, replay

KEPT: list[tuple[str, str]] = [
    ("plain ASCII", "NFC"),
    ("café déjà vu", "NFC"),  # precomposed already
    ("Привет, мир", "NFC"),
    ("مرحبا بالعالم", "NFC"),
    ("می\u200cخواهم", "NFC"),
    ("日本語のテキスト。中文字符。", "NFC"),
    ("ＣＪＫ　全角", "NFC"),  # compatibility characters are left alone by NFC
    ("ﬁ ² ½ ™", "NFC"),
    ("👨\u200d👩\u200d👧\u200d👦", "NFC"),
    ("한국어", "NFC"),
    ("cafe\u0301", "NFD"),
    ("ascii only", "NFKD"),
    ("", "NFC"),
]


@pytest.mark.parametrize(("text", "form"), KEPT)
def test_kept(text: str, form: str) -> None:
    doc = NormalizeUnicode(form=form)(text)  # type: ignore[arg-type]
    assert doc.text == text
    assert doc.audit == ()


CHANGED: list[tuple[str, str, str, list[tuple[str, str]]]] = [
    ("cafe\u0301", "NFC", "café", [("cafe\u0301", "café")]),
    # only the lines that change are edited, each as a whole
    (
        "ok\ncafe\u0301\nok\nA\u030a",
        "NFC",
        "ok\ncafé\nok\nÅ",
        [("cafe\u0301", "café"), ("A\u030a", "Å")],
    ),
    ("\u1100\u1161\u11a8", "NFC", "각", [("\u1100\u1161\u11a8", "각")]),
    # singletons: the ohm and angstrom signs
    ("\u2126 \u212b", "NFC", "Ω Å", [("\u2126 \u212b", "Ω Å")]),
    # canonical reordering of combining marks
    ("a\u0301\u0323", "NFC", "ạ́", [("a\u0301\u0323", "ạ́")]),
    ("café", "NFD", "cafe\u0301", [("café", "cafe\u0301")]),
    ("ﬁ²", "NFKC", "fi2", [("ﬁ²", "fi2")]),
    ("ＡＢＣ", "NFKC", "ABC", [("ＡＢＣ", "ABC")]),
    ("½", "NFKD", "1\u20442", [("½", "1\u20442")]),
    # a carriage return is not a line break here: the line is edited as a whole
    ("e\u0301\r\nx", "NFC", "é\r\nx", [("e\u0301\r", "é\r")]),
]


@pytest.mark.parametrize(("text", "form", "expected", "edits"), CHANGED)
def test_changed(text: str, form: str, expected: str, edits: list[tuple[str, str]]) -> None:
    assert unicodedata.normalize(form, text) == expected  # type: ignore[arg-type]
    doc = NormalizeUnicode(form=form)(text)  # type: ignore[arg-type]
    assert doc.text == expected
    assert [(e.old, e.new) for e in doc.audit] == edits
    assert {e.reason for e in doc.audit} == {Reason.UNICODE_NORMALIZATION}
    assert replay(text, doc.audit) == expected


def test_options() -> None:
    assert NormalizeUnicode().options() == {"form": "NFC"}
    with pytest.raises(ValueError, match="form"):
        NormalizeUnicode(form="NFX")  # type: ignore[arg-type]
