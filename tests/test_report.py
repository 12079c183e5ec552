"""seedclean.report without a browser: the pages' content, and `seedclean --report`."""

from __future__ import annotations

import html
import os
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest

import seedclean
from seedclean import Change, Document, Edit, Reason
from seedclean.cli import main
from seedclean.explain import attribute
from seedclean.report import file_report, report_name

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


class Marks(HTMLParser):
    """The marks of a page (``span.mark``: their attributes and text) and every URL
    it refers to."""

    def __init__(self) -> None:
        super().__init__()
        self.marks: list[dict[str, str | None]] = []
        self.urls: list[str] = []
        self.text: list[str] = []
        self._depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        for key in ("src", "href", "action", "data"):
            if found.get(key):
                self.urls.append(found[key] or "")
        if tag == "span" and found.get("class") == "mark":
            self.marks.append(found)
            self._depth = 1
            self.text.append("")
        elif tag == "span" and self._depth:
            self._depth += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "span" and self._depth:
            self._depth -= 1

    def handle_data(self, data: str) -> None:
        if self._depth:
            self.text[-1] += data


def parse(page: str) -> Marks:
    parser = Marks()
    parser.feed(page)
    return parser


def test_every_edit_of_a_seed_is_a_mark_with_its_cleaner_and_reason() -> None:
    doc = seedclean.clean((SEEDS / "002_f5eeb1f74caeb2c3.txt").read_text(encoding="utf-8"))
    attr = attribute(doc.original, doc.audit, sources=doc.metadata.sources)
    page = parse(file_report(attr, metadata=doc.metadata.to_json(), name="002"))
    edited = [s for s in attr.segments if not s.kept]
    assert len(page.marks) == len(edited)
    for mark, segment in zip(page.marks, edited, strict=True):
        edit = attr.edit_of(segment)
        assert edit is not None
        assert (mark["data-cleaner"], mark["data-reason"]) == (edit.cleaner, edit.reason.value)
        assert edit.reason.value in (mark["data-label"] or "")
        assert edit.cleaner in (mark["title"] or "")
    assert page.urls == []  # nothing to fetch, not even a link


def test_page_text_is_escaped() -> None:
    original = "<script>alert(1)</script> & more\n\nBody text."
    doc = Document(original).apply("demo", [Change(0, 25, Reason.MARKUP)])
    page = file_report(attribute(original, doc.audit), name="<b>")
    assert "<script>alert" not in page
    assert html.escape("<script>alert(1)</script>") in page
    assert "<title>seedclean: &lt;b&gt;</title>" in page


def test_lone_surrogates_do_not_break_the_page() -> None:
    original = "a\ud800b\n\nText"
    doc = Document(original).apply("demo", [Change(1, 2, Reason.SURROGATE, "\ufffd")])
    page = file_report(attribute(original, doc.audit))
    page.encode("utf-8")  # does not raise
    assert "\\ud800" in page


def test_report_of_a_run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "src"
    (src / "sub").mkdir(parents=True)
    shutil.copy(SEEDS / "000_e3c9ab6c01f3f7fb.txt", src / "a.txt")
    shutil.copy(SEEDS / "001_3a5ad1d3df09ce73.txt", src / "sub" / "b.txt")
    (src / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    os.mkfifo(src / "pipe.txt")  # cannot be cleaned: a failure
    out = tmp_path / "out"
    assert main([str(src), "-o", str(out), "--report", "--quiet"]) == 1
    index = (out / "report.html").read_text(encoding="utf-8")
    rows = [row.split("</tr>")[0] for row in index.split('<tr data-status="')[1:]]
    expected = [  # in the order the folder is walked, each with its status and note
        ("a.txt", "ok", ""), ("photo.txt", "skipped", "binary file"),
        ("pipe.txt", "failed", "not a regular file"), ("sub/b.txt", "ok", ""),
    ]  # fmt: skip
    assert len(rows) == len(expected)
    for row, (rel, status, note) in zip(rows, expected, strict=True):
        assert row.startswith(f'{status}"><td>')
        assert f">{rel}<" in row
        assert note in row
    assert 'href="report/sub/b.txt.html"' in index
    assert "Khamenei Lays Out a Framework" in index  # the metadata
    nested = (out / report_name("sub/b.txt")).read_text(encoding="utf-8")
    assert 'href="../../report.html"' in nested  # resolves to OUT/report.html
    assert not (out / report_name("photo.txt")).exists()
    assert "<svg" in index
    assert "report:" not in capsys.readouterr().err  # --quiet


def test_resumed_run_lists_the_files_already_done(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    shutil.copy(SEEDS / "000_e3c9ab6c01f3f7fb.txt", src / "a.txt")
    out = tmp_path / "out"
    assert main([str(src), "-o", str(out), "--report", "--quiet"]) == 0
    assert main([str(src), "-o", str(out), "--report", "--quiet", "--resume"]) == 0
    index = (out / "report.html").read_text(encoding="utf-8")
    assert '<tr data-status="done"><td><a href="report/a.txt.html">a.txt</a>' in index


def test_report_needs_an_output_folder(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(SEEDS / "000_e3c9ab6c01f3f7fb.txt"), "--report"]) == 2
    assert "--report needs" in capsys.readouterr().err


def test_reasons_of_cleaners_defined_elsewhere_survive_the_sidecar(tmp_path: Path) -> None:
    from seedclean.report import _edits

    sidecar = {"removed": [Edit(0, "mine", Reason.OTHER, 0, 1, "a").to_json()]}
    sidecar["removed"][0]["reason"] = "my_reason"
    (edit,) = _edits(sidecar)
    assert edit.reason.value == "my_reason"
