"""seedclean.dask on a real distributed cluster: two worker processes, one thread each.

Every result is compared with what seedclean gives in this process for the same input
(:func:`seedclean.batch.process` for files, the command's own reader and writer for JSON
Lines, :func:`seedclean.records.clean_record` for records), on the seed pages and a few
hundred of their lines, and on 30 of the benchmark pages the project ships.
"""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import corpus_helpers
from corpus_helpers import (
    AEB,
    pipeline,
    seed_files,
    seed_line_records,
    seed_records,
    write_jsonl,
)
from seedclean.batch import WorkItem, process
from seedclean.cli import main
from seedclean.dataset_run import RecordOptions, run_file
from seedclean.formats import Format, RecordWriter
from seedclean.records import clean_record, dumps_record, replay_record

db = pytest.importorskip("dask.bag")
dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")
pd = pytest.importorskip("pandas")

from seedclean.dask import (  # noqa: E402
    clean_column,
    clean_files,
    clean_jsonl_files,
    clean_records,
)


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with (
        distributed.LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=40,
        ) as cluster,
        distributed.Client(cluster) as c,
    ):
        assert len(c.scheduler_info()["workers"]) == 2
        yield c


def make_tree(root: Path) -> list[Path]:
    """The seed pages in a folder and a subfolder, a binary file and one that fails."""
    paths = []
    for i, seed in enumerate(seed_files()):
        target = root / ("sub" if i % 2 else "") / seed.name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(seed, target)
        paths.append(target)
    (root / "image.bin").write_bytes(bytes(range(256)) * 4)
    (root / "boom.txt").write_text("Text.\n\nBOOM\n", encoding="utf-8")
    return [*paths, root / "image.bin", root / "boom.txt"]


def test_dask_clean_files_gives_what_process_gives(client: Any, tmp_path: Path) -> None:
    paths = make_tree(tmp_path / "pages")
    bag = db.from_sequence([str(p) for p in paths], npartitions=3)
    results = clean_files(bag, pipeline(), root=tmp_path / "pages").compute()
    want = [
        process(WorkItem(p.relative_to(tmp_path / "pages").as_posix(), path=str(p)), pipeline())
        for p in paths
    ]
    assert results == want
    assert [r.status for r in results] == ["ok"] * len(seed_files()) + ["skipped", "failed"]
    assert results[1].rel == "sub/" + seed_files()[1].name
    assert results[1].sidecar is not None
    assert results[1].sidecar["source"] == results[1].rel
    assert "BOOM" in results[-1].reason


def write_messy_jsonl(path: Path, records: list[dict[str, Any]]) -> list[bytes]:
    """The records as JSON Lines, with bad lines among them; the lines, as written."""
    lines = [json.dumps(r, ensure_ascii=False).encode("utf-8") for r in records]
    lines[1:1] = [b"not json", b"[1, 2]", b"", b'{"text": "x\xff"}']
    lines.append(json.dumps({"text": "Windows line.  "}).encode("utf-8") + b"\r")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"\n".join(lines) + b"\n")
    return lines


def command_output(path: Path, pipe: Any) -> list[dict[str, Any]]:
    """What the command writes for a JSON Lines file, cleaned with ``pipe`` in this process
    (the command's own reader, workers and writer, with one job)."""
    buffer = io.BytesIO()
    writer = RecordWriter(stream=buffer)
    with RecordOptions(jobs=1).workers(pipe) as workers:
        run_file(str(path), Format.JSONL, workers, writer, say=lambda message: None)
    writer.close()
    return [json.loads(line) for line in buffer.getvalue().splitlines()]


def test_dask_clean_jsonl_files_gives_what_the_command_gives(client: Any, tmp_path: Path) -> None:
    files = {
        "pages.jsonl": seed_records(),
        "lines.jsonl": seed_line_records(),  # a few hundred short texts, without ids
    }
    written = {name: write_messy_jsonl(tmp_path / name, recs) for name, recs in files.items()}
    paths = db.from_sequence([str(tmp_path / name) for name in files], npartitions=2)
    out = clean_jsonl_files(paths, pipeline()).compute()

    expected = [r for name in files for r in command_output(tmp_path / name, pipeline())]
    assert out == expected
    records = sum(sum(1 for line in lines if line.strip()) for lines in written.values())
    assert len(out) == records > 300  # one record per line that is not blank
    for got in out:
        dumps_record(got)  # every output record is one line of JSON
    reasons = [r["metadata"]["seedclean"]["reason"] for r in out]
    assert reasons.count("unreadable") == 6
    assert {"failed", "no_text", "empty_body", None} <= set(reasons)


def test_dask_equals_the_command_line_on_the_default_pipeline(
    client: Any, tmp_path: Path
) -> None:
    src = tmp_path / "pages.jsonl"
    write_messy_jsonl(src, seed_records())
    assert main([str(src), "-o", str(tmp_path / "cli.jsonl"), "-j", "1", "-q"]) == 1  # bad lines
    cli = [json.loads(line) for line in (tmp_path / "cli.jsonl").read_text("utf-8").splitlines()]
    out = clean_jsonl_files(db.from_sequence([str(src)])).compute()
    assert out == cli


def test_dask_clean_records_sends_the_pipeline_once(client: Any) -> None:
    records = seed_records()
    pipe = pipeline() | corpus_helpers.CountedStep()

    def pickles(npartitions: int) -> tuple[int, list[dict[str, Any]]]:
        before = corpus_helpers.PICKLED[0]
        out = clean_records(db.from_sequence(records, npartitions=npartitions), pipe).compute()
        return corpus_helpers.PICKLED[0] - before, out

    # the pipeline is pickled with the graph (distributed may pickle a value twice to
    # serialise it), as often for one partition as for one per record
    once, out_one = pickles(1)
    many, out_many = pickles(len(records))
    assert 1 <= once <= 2
    assert many == once
    assert out_one == out_many == [clean_record(r, pipe) for r in records]


def test_dask_clean_column_adds_clean_text_decisions_and_entries(client: Any) -> None:
    rows = seed_line_records() + [
        {"text": r["text"] if isinstance(r["text"], str) else None, "page": r["id"]}
        for r in seed_records()
    ]
    frame = pd.DataFrame(rows)
    df = dd.from_pandas(frame, npartitions=4)
    out = clean_column(
        df,
        pipeline(),
        decision_column="decision",
        entry_column="entry",
        audit="compact",
    ).compute()
    assert list(out.index) == list(frame.index)
    assert out["page"].tolist() == frame["page"].tolist()
    texts = [r["text"] for r in rows]
    # the input column stays (dask holds it as Arrow strings: None is NA there)
    assert [None if pd.isna(v) else v for v in out["text"]] == texts
    for value, clean, decision, entry in zip(
        texts, out["clean_text"], out["decision"], out["entry"], strict=True
    ):
        want = clean_record({"text": value}, pipeline())
        assert clean == want["text"]
        assert json.loads(entry) == want["metadata"]["seedclean"]
        assert decision == want["metadata"]["seedclean"]["decision"]
        if isinstance(value, str) and "audit" in json.loads(entry):
            assert replay_record(value, {"metadata": {"seedclean": json.loads(entry)}}) == clean
    assert set(out["decision"]) == {"keep", "drop"}
    reasons = [json.loads(e)["reason"] for e in out["entry"]]
    assert {"no_text", "failed", "empty_body", None} <= set(reasons)


def test_dask_benchmark_pages_match_single_process(client: Any, tmp_path: Path) -> None:
    pages = sorted((AEB / "inscriptis").glob("*.txt"))[:30]
    records = [{"id": p.stem, "text": p.read_text(encoding="utf-8")} for p in pages]
    write_jsonl(tmp_path / "aeb.jsonl", records)
    out = clean_jsonl_files(db.from_sequence([str(tmp_path / "aeb.jsonl")]), pipeline())
    assert out.compute() == command_output(tmp_path / "aeb.jsonl", pipeline())
    results = clean_files(db.from_sequence([str(p) for p in pages], npartitions=4), pipeline())
    assert results.compute() == [process(WorkItem(p.name, path=str(p)), pipeline()) for p in pages]


def test_dask_module_imports_without_dask() -> None:
    code = (
        "import sys; sys.modules['dask'] = None\n"
        "import seedclean.dask as m\n"
        "print(m.jsonl_records.__name__)\n"
        "try:\n"
        "    from seedclean.dask import clean_files\n"
        "except ImportError as exc:\n"
        "    print(exc)\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert proc.stdout.splitlines() == [
        "jsonl_records",
        "seedclean.dask needs dask: pip install 'seedclean[dask]'",
    ]
