"""The command on dataset files: JSON Lines, WET and Parquet in, records out, none lost."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path
from typing import Any

import jsonschema  # type: ignore[import-untyped]
import pytest

import seedclean
from seedclean.cli import main
from seedclean.records import ENTRY_KEY, replay_record

ROOT = Path(__file__).parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
PIPE = seedclean.default_pipeline()
RECORD_SCHEMA = json.loads((ROOT / "docs" / "schema" / "record-1.schema.json").read_text("utf-8"))


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def seed_records() -> list[dict[str, Any]]:
    return [
        {"id": p.stem, "url": f"https://example.org/{i}", "text": p.read_text(encoding="utf-8")}
        for i, p in enumerate(SEEDS)
    ]


def write_jsonl(path: Path, lines: list[str]) -> Path:
    data = "".join(line + "\n" for line in lines).encode("utf-8")
    if path.suffix == ".gz":
        data = gzip.compress(data)
    elif path.suffix == ".zst":
        import zstandard

        data = zstandard.ZstdCompressor().compress(data)
    path.write_bytes(data)
    return path


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """The records of an output file, each checked against the record's JSON Schema."""
    data = path.read_bytes()
    if path.suffix == ".gz":
        data = gzip.decompress(data)
    elif path.suffix == ".zst":
        import zstandard

        data = zstandard.ZstdDecompressor().stream_reader(io.BytesIO(data)).read()
    records = [json.loads(line) for line in data.decode("utf-8").splitlines()]
    for record in records:
        jsonschema.validate(record, RECORD_SCHEMA)
    return records


@pytest.fixture
def pages(tmp_path: Path) -> Path:
    lines = [json.dumps(r, ensure_ascii=False) for r in seed_records()]
    lines.insert(2, "{not json")  # line 3
    lines.append(json.dumps({"id": "blank", "text": "  \n  "}))
    lines.append(json.dumps({"id": "nokey", "body": "Somewhere else."}))
    return write_jsonl(tmp_path / "pages.jsonl", lines)


def test_every_line_gives_one_record_in_order_and_none_is_lost(
    pages: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = pages.read_bytes()
    code, _, err = run(capsys, pages, "-o", tmp_path / "out.jsonl")
    assert code == 1  # the malformed line is a failure
    assert pages.read_bytes() == before
    out = read_jsonl(tmp_path / "out.jsonl")
    assert len(out) == len(before.splitlines())
    assert [r["id"] for r in out] == [
        *[p.stem for p in SEEDS[:2]], "pages.jsonl:3", *[p.stem for p in SEEDS[2:]], "blank",
        "nokey",
    ]  # fmt: skip
    assert "seedclean: failed: pages.jsonl:3: not valid JSON" in err
    assert "8 records" in err
    assert "5 kept, 3 dropped (empty_body 1, no_text 1, unreadable 1), 1 failed" in err
    by_id = {r["id"]: r for r in out}
    for record in seed_records():
        got = by_id[record["id"]]
        assert got["text"] == PIPE(record["text"]).text
        assert got["url"] == record["url"]
        assert replay_record(record["text"], got) == got["text"]
        assert got["metadata"][ENTRY_KEY]["decision"] == "keep"
    bad = by_id["pages.jsonl:3"]["metadata"][ENTRY_KEY]
    assert (bad["reason"], bad["raw"]) == ("unreadable", "{not json")
    assert bad["source"] == "pages.jsonl:3"
    assert by_id["nokey"]["body"] == "Somewhere else."  # kept, and said why it was not cleaned
    assert by_id["nokey"]["metadata"][ENTRY_KEY]["reason"] == "no_text"


@pytest.mark.parametrize("suffix", [".jsonl.gz", ".jsonl.zst"])
def test_compressed_json_lines_round_trip(
    suffix: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = [json.dumps(r) for r in seed_records()]
    plain = write_jsonl(tmp_path / "a.jsonl", lines)
    packed = write_jsonl(tmp_path / f"b{suffix}", lines)
    assert run(capsys, plain, "-o", tmp_path / "plain.jsonl")[0] == 0
    assert run(capsys, packed, "-o", tmp_path / f"out{suffix}")[0] == 0
    expected = [{**r, "metadata": {ENTRY_KEY: {**r["metadata"][ENTRY_KEY], "source": ""}}}
                for r in read_jsonl(tmp_path / "plain.jsonl")]  # fmt: skip
    got = [{**r, "metadata": {ENTRY_KEY: {**r["metadata"][ENTRY_KEY], "source": ""}}}
           for r in read_jsonl(tmp_path / f"out{suffix}")]  # fmt: skip
    assert got == expected


def test_standard_output_and_an_output_folder(
    pages: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, to_stdout, _ = run(capsys, pages, "-q")
    _, dash, _ = run(capsys, pages, "-o", "-", "-q")
    folder = tmp_path / "cleaned"
    folder.mkdir()
    run(capsys, pages, "-o", folder, "-q")
    in_folder = (folder / "pages.jsonl").read_text(encoding="utf-8")
    assert to_stdout == dash == in_folder
    assert len(to_stdout.splitlines()) == 8


def test_json_lines_from_standard_input(
    pages: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(pages.read_bytes())))
    code, out, err = run(capsys, "-", "--format", "jsonl")
    assert code == 1
    assert [json.loads(line)["metadata"][ENTRY_KEY]["source"] for line in out.splitlines()][:3] == [
        "-:1", "-:2", "-:3",
    ]  # fmt: skip
    assert "failed: -:3: not valid JSON" in err


def test_rejects_go_to_their_own_file(
    pages: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, pages, "-o", tmp_path / "kept.jsonl", "--rejects", tmp_path / "dropped.jsonl")
    kept = read_jsonl(tmp_path / "kept.jsonl")
    dropped = read_jsonl(tmp_path / "dropped.jsonl")
    assert len(kept) == 5
    assert {r["id"] for r in dropped} == {"pages.jsonl:3", "blank", "nokey"}
    assert all(r["metadata"][ENTRY_KEY]["decision"] == "drop" for r in dropped)


def test_text_key_id_key_and_no_audit(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = write_jsonl(
        tmp_path / "c.jsonl", [json.dumps({"doc": "d1", "content": "Ends in spaces.   "})]
    )
    code, out, _ = run(capsys, src, "--text-key", "content", "--id-key", "doc", "--no-audit")
    record = json.loads(out)
    assert code == 0
    assert (record["id"], record["text"]) == ("d1", "Ends in spaces.")
    assert "content" not in record
    assert "audit" not in record["metadata"][ENTRY_KEY]


def write_wet(path: Path, texts: list[str]) -> None:
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as f:
        writer = WARCWriter(f, gzip=True)
        info = writer.create_warcinfo_record(path.name, {"software": "test"})
        writer.write_record(info)
        for i, text in enumerate(texts):
            record = writer.create_warc_record(
                f"https://example.org/page/{i}",
                "conversion",
                payload=io.BytesIO(text.encode("utf-8")),
                warc_content_type="text/plain",
                warc_headers_dict={"WARC-Date": f"2024-01-0{i + 1}T00:00:00Z"},
            )
            writer.write_record(record)


def test_a_wet_file_gives_one_record_per_conversion_record(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    texts = [p.read_text(encoding="utf-8") for p in SEEDS]
    wet = tmp_path / "CC-MAIN-test.warc.wet.gz"
    write_wet(wet, texts)
    folder = tmp_path / "out"
    folder.mkdir()
    code, _, err = run(capsys, wet, "-o", folder)
    assert code == 0, err
    out = read_jsonl(folder / "CC-MAIN-test.jsonl.gz")
    assert len(out) == len(texts)  # the warcinfo record is not a page
    for i, (record, text) in enumerate(zip(out, texts, strict=True)):
        assert record["id"].startswith("<urn:uuid:")
        assert record["metadata"]["url"] == f"https://example.org/page/{i}"
        assert record["metadata"]["date"] == f"2024-01-0{i + 1}T00:00:00Z"
        assert record["text"] == PIPE(text).text
        assert replay_record(text, record) == record["text"]


def test_parquet_in_and_out_keeps_every_row_and_column_type(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [{**r, "n": i} for i, r in enumerate(seed_records())]
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "in.parquet")
    assert run(capsys, tmp_path / "in.parquet", "-o", tmp_path / "out.parquet")[0] == 0
    table = pq.read_table(tmp_path / "out.parquet")
    assert table.schema.field("n").type == pa.int64()
    out = table.to_pylist()
    assert [r["n"] for r in out] == list(range(len(rows)))
    assert [r["text"] for r in out] == [PIPE(r["text"]).text for r in rows]
    entry = json.loads(out[0]["metadata"])[ENTRY_KEY]
    assert entry["decision"] == "keep"
    # and back to JSON Lines: the metadata column is read as a mapping again
    assert run(capsys, tmp_path / "out.parquet", "-o", tmp_path / "again.jsonl")[0] == 0
    again = read_jsonl(tmp_path / "again.jsonl")
    assert [r["text"] for r in again] == [r["text"] for r in out]


def test_two_jobs_write_the_same_bytes_as_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("seedclean.cli.POOL_MIN_BYTES", 0)  # a pool even for a small file
    lines = [json.dumps({**r, "id": f"{r['id']}-{k}"}) for k in range(3) for r in seed_records()]
    src = write_jsonl(tmp_path / "many.jsonl", lines)
    assert run(capsys, src, "-o", tmp_path / "one.jsonl", "-j", "1")[0] == 0
    assert run(capsys, src, "-o", tmp_path / "two.jsonl", "-j", "2")[0] == 0
    assert (tmp_path / "one.jsonl").read_bytes() == (tmp_path / "two.jsonl").read_bytes()


def test_a_folder_of_datasets_is_mirrored_on_one_pool(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("seedclean.cli.POOL_MIN_BYTES", 0)
    shards = tmp_path / "shards"
    (shards / "b").mkdir(parents=True)
    lines = [json.dumps(r) for r in seed_records()]
    write_jsonl(shards / "a.jsonl", lines[:2])
    write_jsonl(shards / "b" / "c.jsonl.gz", lines[2:])
    (shards / "notes.txt").write_text("not a dataset", encoding="utf-8")
    code, _, err = run(capsys, shards, "--format", "jsonl", "-o", tmp_path / "out", "-j", "2")
    assert code == 0, err
    assert "5 records" in err  # one summary for the run
    assert sorted(p.relative_to(tmp_path / "out").as_posix()
                  for p in (tmp_path / "out").rglob("*") if p.is_file()) == [
        "a.jsonl", "b/c.jsonl.gz",
    ]  # fmt: skip
    out = tmp_path / "out"
    got = read_jsonl(out / "a.jsonl") + read_jsonl(out / "b" / "c.jsonl.gz")
    assert [r["text"] for r in got] == [PIPE(r["text"]).text for r in seed_records()]


def test_a_failed_run_leaves_no_output_and_no_staged_file(
    pages: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out" / "pages.jsonl"
    target.parent.mkdir()
    target.write_text("old\n", encoding="utf-8")
    calls = []

    def interrupt_third(item: Any, pipeline: Any, **options: Any) -> Any:
        calls.append(item.number)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return real(item, pipeline, **options)

    import seedclean.dataset_run as dataset_run

    real = dataset_run.process_record
    monkeypatch.setattr(dataset_run, "process_record", interrupt_third)
    code, _, err = run(capsys, pages, "-o", target)
    assert code == 130
    assert "interrupted" in err
    assert target.read_text(encoding="utf-8") == "old\n"  # the old output, untouched
    assert sorted(p.name for p in target.parent.iterdir()) == ["pages.jsonl"]


def test_resume_skips_a_dataset_whose_output_is_there(
    pages: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "out.jsonl"
    run(capsys, pages, "-o", target)
    made = target.stat().st_mtime_ns
    code, _, err = run(capsys, pages, "-o", target, "--resume")
    assert code == 0
    assert "already done" in err
    assert target.stat().st_mtime_ns == made


AEB = ROOT / "benchmarks" / "data" / "aeb"


def test_benchmark_pages_round_trip_through_every_format(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    pages = sorted((AEB / "inscriptis").glob("*.txt"))[:20] + sorted(
        (AEB / "html2text").glob("*.txt")
    )[:20]
    records = [
        {"id": f"{p.parent.name}/{p.stem}", "text": p.read_text(encoding="utf-8"), "n": i}
        for i, p in enumerate(pages)
    ]
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    inputs = [
        write_jsonl(tmp_path / "in.jsonl", lines),
        write_jsonl(tmp_path / "in.jsonl.gz", lines),
        write_jsonl(tmp_path / "in.jsonl.zst", lines),
    ]
    pq.write_table(pa.Table.from_pylist(records), tmp_path / "in.parquet")
    write_wet(tmp_path / "in.warc.wet.gz", [r["text"] for r in records])
    texts = {}
    for src in [*inputs, tmp_path / "in.parquet", tmp_path / "in.warc.wet.gz"]:
        out = tmp_path / f"out-{src.name}.jsonl"
        code, _, err = run(capsys, src, "-o", out, "-q")
        assert code == 0, err
        got = read_jsonl(out)
        assert len(got) == len(records), src.name  # no record lost
        texts[src.name] = [r["text"] for r in got]
        for record, original in zip(got, records, strict=True):
            assert replay_record(original["text"], record) == record["text"]
    assert len({tuple(t) for t in texts.values()}) == 1  # the same clean text from each
    assert texts["in.jsonl"] == [PIPE(r["text"]).text for r in records]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-o", "out.txt"], "OUT for records must be"),
        (["--sidecar", "x.json"], "--sidecar applies to text files"),
        (["--rejects", "r.txt"], "--rejects must be a .jsonl or .parquet file"),
    ],
)
def test_usage_errors_for_records(
    args: list[str],
    message: str,
    pages: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = run(capsys, pages, *args)
    assert code == 2
    assert message in err
