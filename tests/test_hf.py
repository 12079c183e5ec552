"""seedclean.hf: cleaning a Hugging Face dataset with Dataset.map(batched=True)."""

from __future__ import annotations

import json
import pickle
from typing import Any

import pytest

from corpus_helpers import pipeline, seed_line_records, seed_records
from seedclean.hf import cleaner_for_map
from seedclean.records import clean_record, replay_record

datasets = pytest.importorskip("datasets")


def hf_records() -> list[dict[str, Any]]:
    """The seed records, with None (which Arrow can hold in a text column) for no text."""
    return [
        {**r, "text": r["text"] if isinstance(r["text"], str) else None} for r in seed_records()
    ]


def columns(records: list[dict[str, Any]]) -> dict[str, list[Any]]:
    keys = ["id", "text", "url"]
    return {k: [r.get(k) for r in records] for k in keys}


def check_rows(rows: list[dict[str, Any]], records: list[dict[str, Any]], audit: str) -> None:
    assert len(rows) == len(records)
    for row, record in zip(rows, records, strict=True):
        want = clean_record(record, pipeline(), audit=audit)  # type: ignore[arg-type]
        assert row["id"] == record["id"]
        assert row["url"] == record.get("url")
        assert row["clean"] == want["text"]
        assert row["text"] == record["text"]  # the input stays
        assert json.loads(row["seedclean"]) == want["metadata"]["seedclean"]
        assert row["decision"] == want["metadata"]["seedclean"]["decision"]


def test_hf_datasets_map_batched_matches_clean_record() -> None:
    records = hf_records()
    ds = datasets.Dataset.from_dict(columns(records))
    clean = cleaner_for_map(
        pipeline(), output_key="clean", decision_key="decision", audit="compact"
    )
    out = ds.map(clean, batched=True, batch_size=2, load_from_cache_file=False)
    rows = out.to_list()
    check_rows(rows, records, "compact")
    reasons = {r["id"]: json.loads(r["seedclean"])["reason"] for r in rows}
    assert reasons["blank"] == "empty_body"
    assert reasons["boom"] == "failed"
    assert reasons["number"] == "no_text"
    # the audit in the entry replays on the input text that was kept
    for row in rows:
        entry = json.loads(row["seedclean"])
        if "audit" in entry:
            assert replay_record(row["text"], {"metadata": {"seedclean": entry}}) == row["clean"]


def test_hf_datasets_map_with_two_processes() -> None:
    records = [r for r in seed_line_records() if r["text"]][:120] + hf_records()
    ds = datasets.Dataset.from_dict(
        {
            "id": [str(i) for i in range(len(records))],
            "text": [r["text"] for r in records],
            "url": [r.get("url") for r in records],
        }
    )
    clean = cleaner_for_map(pipeline(), output_key="clean", decision_key="decision")
    out = ds.map(clean, batched=True, batch_size=7, num_proc=2, load_from_cache_file=False)
    check_rows(
        out.to_list(),
        [{**r, "id": str(i), "url": r.get("url")} for i, r in enumerate(records)],
        "none",
    )


def test_hf_cleaner_replaces_the_text_column_by_default() -> None:
    records = hf_records()
    ds = datasets.Dataset.from_dict(columns(records))
    out = ds.map(cleaner_for_map(pipeline()), batched=True, batch_size=3).to_list()
    assert [r["text"] for r in out] == [clean_record(r, pipeline())["text"] for r in records]
    assert set(out[0]) == {"id", "text", "url", "seedclean"}
    assert "audit" not in json.loads(out[0]["seedclean"])


def test_hf_cleaner_pickles_and_checks_its_arguments() -> None:
    clean = cleaner_for_map(pipeline(), decision_key="d")
    again = pickle.loads(pickle.dumps(clean))
    batch = {"text": ["x  \n", "BOOM"]}
    assert again(batch) == clean(batch)
    assert again(batch)["d"] == ["keep", "drop"]
    with pytest.raises(KeyError, match="no column 'text'"):
        clean({"body": ["x"]})
    with pytest.raises(ValueError, match="audit must be one of"):
        cleaner_for_map(audit="full")  # type: ignore[arg-type]
