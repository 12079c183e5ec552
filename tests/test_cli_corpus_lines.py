"""The command's --corpus-lines: a first pass counts lines, the cleaning pass removes those
found in at least N documents, for folders of text files and for datasets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from seedclean.cli import CORPUS_COUNTS, main
from seedclean.corpus_lines import LineCounts

MENU = "Subscribe to our weekly newsletter for more stories"
ARTICLES = [
    "Rain is due on Monday, the forecasters said, after a dry and windy week.",
    "The council voted to keep the library open on Sundays through the winter.",
    "A new bridge over the river will open in spring, two years late.",
    "The school choir won the regional contest with a song of its own.",
]


def pages(n: int) -> list[str]:
    return [f"{ARTICLES[i]}\n\n{ARTICLES[(i + 1) % 4]} More to it.\n\n{MENU}\n" for i in range(n)]


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(("min_docs", "removed"), [(3, True), (4, False)])
def test_a_line_in_n_documents_goes_from_a_folder_run(
    min_docs: int, removed: bool, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "src"
    src.mkdir()
    for i, text in enumerate(pages(3)):
        (src / f"p{i}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    code, _, err = run(capsys, src, "-o", out, "--corpus-lines", min_docs)
    assert code == 0, err
    assert "counted the lines of 3 documents" in err
    for i in range(3):
        body = (out / f"p{i}.txt").read_text(encoding="utf-8")
        assert (MENU not in body) is removed
        assert ARTICLES[i] in body  # each article's own lines stay (in 1 or 2 documents)
        sidecar = json.loads((out / f"p{i}.json").read_text(encoding="utf-8"))
        steps = [s["cleaner"] for s in sidecar["pipeline"]["config"]["steps"]]
        assert "remove_corpus_lines" in steps
        repeats = [e for e in sidecar["removed"] if e["reason"] == "corpus_repeat"]
        assert bool(repeats) is removed
        if removed:
            assert (repeats[0]["score"], repeats[0]["threshold"]) == (3, min_docs)
    counts = LineCounts.load(out / CORPUS_COUNTS)
    assert counts.documents == 3


def test_a_dataset_run_counts_every_record_first(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "pages.jsonl"
    lines = [json.dumps({"id": i, "text": t}) for i, t in enumerate(pages(4))]
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    counts = tmp_path / "counts.bin"
    code, _, err = run(
        capsys, src, "-o", tmp_path / "out.jsonl", "--corpus-lines", "3",
        "--corpus-counts", counts,
    )  # fmt: skip
    assert code == 0, err
    records = [json.loads(x) for x in (tmp_path / "out.jsonl").read_text("utf-8").splitlines()]
    assert len(records) == 4
    assert all(MENU not in r["text"] for r in records)
    assert all(r["metadata"]["seedclean"]["removed"].get("corpus_repeat") for r in records)
    assert LineCounts.load(counts).documents == 4


def test_corpus_lines_needs_two_passes_over_files(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, _, err = run(capsys, "-", "--format", "jsonl", "--corpus-lines", "3")
    assert code == 2
    assert "reads its inputs twice" in err
    code, _, err = run(capsys, "-", "--corpus-lines", "1")
    assert code == 2
    assert "must be 2 or more" in err
