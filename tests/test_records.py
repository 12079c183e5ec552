"""seedclean.records: one dataset record in, one out, in the datatrove/dolma layout."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

import seedclean
from seedclean.batch import Limits
from seedclean.records import (
    ENTRY_KEY,
    clean_record,
    compact_audit,
    replay_record,
)

SEEDS = sorted((Path(__file__).parent.parent / "seeds").glob("*.txt"))
PIPE = seedclean.default_pipeline()


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem)
def test_a_seed_record_keeps_its_fields_and_its_audit_replays(seed: Path) -> None:
    text = seed.read_text(encoding="utf-8")
    record = {"id": seed.stem, "url": "https://example.org/x", "text": text, "n": 3}
    before = copy.deepcopy(record)
    out = clean_record(record, PIPE)
    assert record == before  # the input is not modified
    assert list(out) == ["id", "text", "url", "n", "metadata"]
    assert out["text"] == PIPE(text).text
    assert replay_record(text, out) == out["text"]
    entry = out["metadata"][ENTRY_KEY]
    assert entry["decision"] == "keep"
    assert entry["metadata"]["title"] == PIPE(text).metadata.title
    assert sum(entry["removed"].values()) >= entry["stats"]["chars_in"] - len(out["text"])
    json.dumps(out, allow_nan=False)  # JSON as it is


@pytest.mark.parametrize(
    ("record", "options", "decision", "reason"),
    [
        ({"id": 1, "text": "\n  \n"}, {}, "drop", "empty_body"),
        ({"id": 1, "text": None}, {}, "drop", "no_text"),
        ({"id": 1}, {}, "drop", "no_text"),
        ({"id": 1, "body": "A sentence that stays."}, {"text_key": "body"}, "keep", None),
        ({"id": 1, "text": "A sentence that stays."}, {"text_key": "body"}, "drop", "no_text"),
    ],
)
def test_decisions_and_reasons(
    record: dict[str, Any], options: dict[str, Any], decision: str, reason: str | None
) -> None:
    entry = clean_record(record, PIPE, **options)["metadata"][ENTRY_KEY]
    assert (entry["decision"], entry["reason"]) == (decision, reason)


def test_the_text_key_is_replaced_by_text() -> None:
    out = clean_record({"body": "Kept as it is.", "lang": "en"}, PIPE, text_key="body")
    assert out["text"] == "Kept as it is."
    assert "body" not in out
    assert out["lang"] == "en"


def test_an_id_comes_from_the_id_key_or_the_default() -> None:
    assert clean_record({"doc": "d1", "text": "x"}, PIPE, id_key="doc")["id"] == "d1"
    assert clean_record({"text": "x"}, PIPE, default_id="f.jsonl:7")["id"] == "f.jsonl:7"
    assert "id" not in clean_record({"text": "x"}, PIPE)


def test_the_input_metadata_is_kept_beside_the_entry() -> None:
    out = clean_record({"text": "x", "metadata": {"url": "u"}}, PIPE)
    assert out["metadata"]["url"] == "u"
    assert ENTRY_KEY in out["metadata"]
    odd = clean_record({"text": "x", "metadata": "a string"}, PIPE)
    assert odd["metadata"]["input"] == "a string"


def test_the_audit_can_be_left_out() -> None:
    out = clean_record({"text": "Ends in spaces.   "}, PIPE, audit="none")
    assert "audit" not in out["metadata"][ENTRY_KEY]
    with pytest.raises(ValueError, match="without its audit"):
        replay_record("Ends in spaces.   ", out)
    with pytest.raises(ValueError, match="audit must be one of"):
        clean_record({"text": "x"}, PIPE, audit="full")  # type: ignore[arg-type]


def test_a_failing_pipeline_gives_a_dropped_record_with_the_error() -> None:
    def broken(doc: Any) -> Any:
        raise RuntimeError("boom")

    pipe = seedclean.Pipeline([seedclean.cleaner("broken")(lambda text: broken(text))])
    out = clean_record({"id": "x", "text": "some text"}, pipe)
    entry = out["metadata"][ENTRY_KEY]
    assert (entry["decision"], entry["reason"]) == ("drop", "failed")
    assert "boom" in entry["error"]
    with pytest.raises(RuntimeError):
        clean_record({"text": "some text"}, pipe, reraise=True)


def test_a_text_over_the_limit_passes_through_unchanged() -> None:
    text = "word  \n" * 10
    out = clean_record({"text": text}, PIPE, limits=Limits(max_chars=5))
    entry = out["metadata"][ENTRY_KEY]
    assert out["text"] == text
    assert entry["passed_through"]["limit"] == "max_chars"
    assert entry["audit"] == []


def test_reverted_edits_are_not_in_the_compact_audit() -> None:
    doc = seedclean.Pipeline(
        [seedclean.cleaner("all")(lambda t: [seedclean.Change(0, len(t), seedclean.Reason.OTHER)])]
    )("words the guard keeps " * 20)
    assert any(e.reverted for e in doc.audit)
    assert compact_audit(doc.audit) == []
