"""seedclean.datatrove: the formatter and the filter in real datatrove pipelines."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from corpus_helpers import pipeline, read_jsonl, seed_records, write_jsonl
from seedclean.records import clean_record, replay_record

pytest.importorskip("datatrove")

from datatrove.data import Document
from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.readers import JsonlReader
from datatrove.pipeline.writers import JsonlWriter

from seedclean.datatrove import SeedcleanFilter, SeedcleanFormatter


def expected(record: dict[str, Any]) -> dict[str, Any]:
    """What clean_record makes of the record, with the test pipeline."""
    return clean_record(record, pipeline())


def write_inputs(folder: Path) -> list[dict[str, Any]]:
    """The seed records, split over two files so that two tasks both have work (without
    the one whose text is a number: datatrove's reader fails on it before any step)."""
    records = [r for r in seed_records() if isinstance(r["text"], str)]
    half = len(records) // 2
    write_jsonl(folder / "a.jsonl", records[:half])
    write_jsonl(folder / "b.jsonl", records[half:])
    return records


@pytest.mark.parametrize(("tasks", "workers"), [(1, 1), (2, 2)])
def test_datatrove_filter_keeps_clean_text_and_excludes_drops(
    tmp_path: Path, tasks: int, workers: int
) -> None:
    records = write_inputs(tmp_path / "in")
    executor = LocalPipelineExecutor(
        [
            JsonlReader(str(tmp_path / "in")),
            SeedcleanFilter(
                pipeline(),
                exclusion_writer=JsonlWriter(str(tmp_path / "excluded"), compression=None),
            ),
            JsonlWriter(str(tmp_path / "kept"), compression=None),
        ],
        tasks=tasks,
        workers=workers,
        logging_dir=str(tmp_path / "logs"),
    )
    executor.run()
    kept = {r["id"]: r for r in read_jsonl((tmp_path / "kept").glob("*.jsonl"))}
    excluded = {r["id"]: r for r in read_jsonl((tmp_path / "excluded").glob("*.jsonl"))}

    # every record comes out once, on one side or the other
    assert sorted([*kept, *excluded]) == sorted(r["id"] for r in records)
    assert not set(kept) & set(excluded)
    by_id = {r["id"]: r for r in records}
    for rid, out in kept.items():
        want = expected(by_id[rid])
        assert out["text"] == want["text"]
        assert out["metadata"]["seedclean"] == want["metadata"]["seedclean"]
        assert out["metadata"].get("url") == by_id[rid].get("url")  # datatrove: in metadata
    reasons = {rid: out["metadata"]["filter_reason"] for rid, out in excluded.items()}
    assert reasons == {"blank": "empty_body", "boom": "failed"}
    for rid, out in excluded.items():
        want = expected(by_id[rid])["metadata"]["seedclean"]
        assert out["metadata"]["seedclean"] == want
        # a rejected document keeps its input text: the audit replays on it
        assert out["text"] == by_id[rid]["text"]
        if "audit" in want:
            assert replay_record(out["text"], out) == expected(by_id[rid])["text"]
    assert "ValueError: BOOM" in excluded["boom"]["metadata"]["seedclean"]["error"]
    assert len(kept) == len(records) - 2


def test_datatrove_filter_counts_drops_by_reason() -> None:
    docs = [Document(text=r["text"], id=r["id"]) for r in seed_records()]
    step = SeedcleanFilter(pipeline(), audit="none")
    out = list(step.run(docs))
    assert len(out) == len(docs) - 3
    assert step.stats["dropped"].total == 3
    for reason in ("empty_body", "failed", "no_text"):
        assert step.stats[f"dropped_{reason}"].total == 1
    assert step.stats["chars_removed"].total > 0
    assert all("audit" not in d.metadata["seedclean"] for d in out)


def test_datatrove_formatter_forwards_every_document(tmp_path: Path) -> None:
    records = seed_records()
    docs = [Document(text=r["text"], id=r["id"], metadata={"n": i}) for i, r in enumerate(records)]
    executor = LocalPipelineExecutor(
        [
            docs,
            SeedcleanFormatter(pipeline()),
            JsonlWriter(str(tmp_path / "out"), compression=None),
        ],
        tasks=1,
        workers=1,
        logging_dir=str(tmp_path / "logs"),
    )
    executor.run()
    out = read_jsonl((tmp_path / "out").glob("*.jsonl"))
    assert [r["id"] for r in out] == [r["id"] for r in records]
    for record, written in zip(records, out, strict=True):
        want = expected(record)
        # datatrove's writer leaves out empty fields: a dropped record's empty text too
        assert written.get("text", "") == want["text"]
        assert written["metadata"]["seedclean"] == want["metadata"]["seedclean"]
        assert written["metadata"]["n"] == records.index(record)
    decisions = {r["id"]: r["metadata"]["seedclean"]["reason"] for r in out}
    assert decisions["blank"] == "empty_body"
    assert decisions["boom"] == "failed"
    assert decisions["number"] == "no_text"
    assert decisions["short"] is None


def test_datatrove_steps_refuse_an_unknown_audit_mode() -> None:
    with pytest.raises(ValueError, match="audit must be one of"):
        SeedcleanFilter(audit="full")  # type: ignore[arg-type]


def test_datatrove_module_imports_without_datatrove() -> None:
    code = (
        "import sys; sys.modules['datatrove'] = None\n"
        "import seedclean.datatrove as m\n"
        "try:\n"
        "    m.SeedcleanFilter\n"
        "except ImportError as exc:\n"
        "    print(exc)\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert "pip install 'seedclean[datatrove]'" in proc.stdout
