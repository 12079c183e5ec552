"""The testing kit itself: each law catches the cleaners that break it, the strategies
give what they promise, and importing the kit without hypothesis says what to install."""

from __future__ import annotations

import re
import subprocess
import sys
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import seedclean
from seedclean import Change, Document, FieldSource, Metadata, Reason
from seedclean.testing import (
    LAWS,
    MOJIBAKE_TRANSFORMS,
    check_accounted,
    check_cleaner,
    check_removes_only,
    mixed_text,
    mojibaked,
)


class _Raw:
    """A cleaner that overrides ``__call__``: ``fn`` maps the document to the result."""

    def __init__(self, name: str, fn: Any) -> None:
        self.name = name
        self.fn = fn

    def options(self) -> dict[str, Any]:
        return {}

    def __call__(self, doc: Document) -> Document:
        result: Document = self.fn(doc)
        return result


def _lower_outside_audit(doc: Document) -> Document:
    return attrs.evolve(doc, text=doc.text.lower(), steps=(*doc.steps, "lower"))


def _invent(doc: Document) -> Document:
    return doc.apply("invent", [Change(0, 0, Reason.OTHER, new="Breaking news! ")])


def _title_from_first_line(doc: Document) -> Document:
    line = doc.text.split("\n", 1)[0]
    if not line.strip():
        return doc.apply("title", [])
    end = min(len(line) + 1, len(doc.text))  # the line and its line break
    out = doc.apply("title", [Change(0, end, Reason.OTHER)])
    source = FieldSource("title", step=len(doc.steps), start=0, end=len(line))
    return attrs.evolve(out, metadata=Metadata(title=line.upper() + "!", sources=[source]))


def _title_at_wrong_offset(doc: Document) -> Document:
    if len(doc.text) < 3:
        return doc.apply("title", [])
    source = FieldSource("title", step=len(doc.steps), start=1, end=len(doc.text))
    return attrs.evolve(doc.apply("title", []), metadata=Metadata(title=doc.text, sources=[source]))


_counter = iter(range(10**9))


def _not_deterministic(doc: Document) -> Document:
    n = next(_counter)
    return doc.apply("flaky", [Change(0, 1, Reason.OTHER)] if doc.text and n % 2 else [])


@pytest.mark.parametrize(
    ("cleaner", "law"),
    [
        (_Raw("boom", lambda doc: 1 / len(doc.text) and doc), "never_raises"),
        (_Raw("flaky", _not_deterministic), "deterministic"),
        (_Raw("lower", _lower_outside_audit), "audit"),
        (_Raw("invent", _invent), "removes_only"),
        (_Raw("title", _title_at_wrong_offset), "accounted"),
        (_Raw("title", _title_from_first_line), "idempotent"),
    ],
    ids=lambda v: v if isinstance(v, str) else v.name,
)
def test_each_law_catches_its_breaker(cleaner: Any, law: str) -> None:
    texts = st.sampled_from(["", "x", "Title\nThe body.\nMore of it."])
    with pytest.raises(AssertionError, match=rf"law '{law}' broken by"):
        check_cleaner(cleaner, max_examples=20, texts=texts)


def test_clean_text_law() -> None:
    @seedclean.cleaner("drop_full_stops")
    def drop_full_stops(text: str) -> list[Change]:
        return [Change(i, i + 1, Reason.OTHER) for i, c in enumerate(text) if c == "."]

    with pytest.raises(AssertionError, match="law 'clean_text_unchanged' broken"):
        check_cleaner(drop_full_stops, max_examples=20, skip=set(LAWS) - {"clean_text_unchanged"})


def test_metadata_sources_must_show_their_values() -> None:
    doc = Document("Headline\nBy Ann Example and Bo Sample\nBody.")
    doc = doc.apply("meta", [Change(0, 40, Reason.OTHER)])
    sources = [
        FieldSource("title", step=0, start=0, end=8),
        FieldSource("authors", step=0, start=12, end=23),
        FieldSource("authors", step=0, start=28, end=37),
    ]
    good = Metadata(title="Headline", authors=["Ann Example", "Bo Sample"], sources=sources)
    check_accounted(attrs.evolve(doc, metadata=good))
    wrong_value = attrs.evolve(good, authors=["Ann Example", "Cy Other"])
    with pytest.raises(AssertionError, match=r"law 'accounted'.*Cy Other"):
        check_accounted(attrs.evolve(doc, metadata=wrong_value))
    no_field = attrs.evolve(good, sources=[FieldSource("headline", step=0, start=0, end=8)])
    with pytest.raises(AssertionError, match="names no metadata field"):
        check_accounted(attrs.evolve(doc, metadata=no_field))
    bad_step = attrs.evolve(good, sources=[FieldSource("title", step=3, start=0, end=8)])
    with pytest.raises(AssertionError, match="names a step"):
        check_accounted(attrs.evolve(doc, metadata=bad_step))


def test_normalising_edits_may_replace_within_bounds() -> None:
    doc = Document("caf\u00c3\u00a9 \ufb01ne").apply(
        "fix",
        [
            Change(3, 5, Reason.MOJIBAKE, new="\u00e9"),
            Change(6, 7, Reason.LIGATURE, new="fi"),
        ],
    )
    check_removes_only(doc)
    grown = Document("\u00c3").apply("fix", [Change(0, 1, Reason.MOJIBAKE, new="much longer")])
    with pytest.raises(AssertionError, match="put in 11 characters for 2"):
        check_removes_only(grown)


def test_unknown_law_in_skip_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown law"):
        check_cleaner(seedclean.NormalizeWhitespace(), skip=["idempotence"])


SURROGATE = re.compile("[\ud800-\udfff]")


@given(st.data())
def test_mojibaked_mixed_text_keeps_its_lone_surrogates(data: st.DataObject) -> None:
    # mixed_text gives lone surrogates, which have no UTF-8 bytes: breaking the text
    # around them must neither raise nor lose them. One is put in for sure (mixed_text
    # alone holds one in about half its examples, too few to fail every run).
    text = data.draw(mixed_text(), label="text")
    at = data.draw(st.integers(0, len(text)), label="at")
    text = text[:at] + data.draw(st.sampled_from(["\ud800", "\udc80", "\ud83d\ude00"])) + text[at:]
    broken = data.draw(mojibaked(st.just(text)), label="broken")
    assert SURROGATE.findall(broken) == SURROGATE.findall(text)


@given(mojibaked(st.just("café\ud800déjà \udc80"), whole=True))
def test_mojibaked_breaks_the_text_between_lone_surrogates(text: str) -> None:
    assert text in {
        f"{broken('café')}\ud800{broken('déjà ')}\udc80" for broken in MOJIBAKE_TRANSFORMS.values()
    }


@given(mojibaked(st.just("\ud800")))
def test_mojibaked_leaves_a_lone_surrogate_alone(text: str) -> None:
    assert text == "\ud800"


def test_import_without_hypothesis_says_what_to_install() -> None:
    code = (
        "import sys; sys.modules['hypothesis'] = None\n"
        "try:\n"
        "    import seedclean.testing\n"
        "except ImportError as exc:\n"
        "    print(exc)\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert "pip install 'seedclean[testing]'" in proc.stdout
    # the rest of seedclean does not need hypothesis
    code = "import sys; sys.modules['hypothesis'] = None; import seedclean, seedclean.cli"
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
