"""The command line: folders, single files, standard input, configs, errors, and sidecars.

Most tests call ``main([...])`` in-process; a few run ``python -m seedclean`` for real.
Every sidecar the tests produce is validated against docs/schema/sidecar-1.schema.json
and its audit log is replayed on the input to give the body back.
"""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

import attrs
import jsonschema  # type: ignore[import-untyped]
import pytest

import seedclean
from seedclean import Change, Reason, SpanCleaner, register_cleaner
from seedclean.batch import body_text, process
from seedclean.cli import main
from seedclean.io import decode_as
from seedclean.sidecar import replay_sidecar

ROOT = Path(__file__).resolve().parents[1]
SCHEMA_PATH = ROOT / "docs" / "schema" / "sidecar-1.schema.json"
SEEDS = ROOT / "seeds"

SUMMARY = re.compile(
    r"^seedclean: (?P<files>\d+) files?, \d+\.\d\d MB in \d+\.\d\d s \(\d+\.\d\d MB/s\), "
    r"\d+\.\d% of text removed(?: \((?:[a-z_]+ \d+\.\d%(?:, )?)+\))?, "  # by reason
    r"(?P<skipped>\d+) skipped, (?P<failed>\d+) failed$"
)

# Inputs with something to clean, and what the default pipeline makes of them.
DIRTY = "The cafÃ© opens at 9\u00a0am.  \n\n\n\nLunch is cr\u200bÃªpes &amp; tea.\n"
CLEAN = "The café opens at 9 am.\n\nLunch is crêpes & tea.\n"


@register_cleaner
@attrs.frozen(repr=False)
class DropShouting(SpanCleaner):
    """Test cleaner: drop lines in capitals, with a score, so sidecars carry scores."""

    name: ClassVar[str] = "test_cli_drop_shouting"
    threshold: float = attrs.field(default=0.5, kw_only=True)

    def find(self, text: str) -> Iterator[Change]:
        start = 0
        for line in text.splitlines(keepends=True):
            letters = [c for c in line if c.isalpha()]
            score = sum(c.isupper() for c in letters) / len(letters) if letters else 0.0
            if score > self.threshold:
                yield Change(
                    start, start + len(line), Reason.OTHER, score=score, threshold=self.threshold
                )
            start += len(line)


@register_cleaner
@attrs.frozen(repr=False)
class DropEverything(SpanCleaner):
    """Test cleaner: remove the whole text (the pipeline's guard undoes it on long texts)."""

    name: ClassVar[str] = "test_cli_drop_everything"

    def find(self, text: str) -> Iterator[Change]:
        if text:
            yield Change(0, len(text), Reason.OTHER)


@pytest.fixture(scope="module")
def validator() -> jsonschema.protocols.Validator:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def check_sidecar(
    validator: jsonschema.protocols.Validator, side: Path, body: Path, original: bytes
) -> dict[str, Any]:
    """Validate a sidecar against the schema and replay its audit log to get the body."""
    data: dict[str, Any] = json.loads(side.read_text(encoding="utf-8"))
    validator.validate(data)
    # every field is documented; all but the optional 'passed_through' are always there
    assert set(validator.schema["required"]) <= set(data) <= set(validator.schema["properties"])
    assert set(validator.schema["properties"]) - set(data) <= {"passed_through"}
    assert data["schema_version"] == seedclean.sidecar.SCHEMA_VERSION
    text = decode_as(original, data["encoding"]).text
    assert body.read_text(encoding="utf-8") == body_text(replay_sidecar(text, data))
    assert data["stats"]["chars_in"] == len(text)
    return data


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def err_lines(err: str) -> list[str]:
    return [line for line in err.splitlines() if line.strip()]


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {
        p.relative_to(folder).as_posix(): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.is_symlink()
    }


@pytest.fixture
def src(tmp_path: Path) -> Path:
    """A small tree: nested folders, a Markdown file, a hidden folder, a cp1252 file."""
    root = tmp_path / "src"
    (root / "a" / "b").mkdir(parents=True)
    (root / ".cache").mkdir()
    (root / "top.txt").write_text(DIRTY, encoding="utf-8")
    (root / "a" / "one.txt").write_bytes("Déjà vu — “naïve”  \n".encode("cp1252"))
    (root / "a" / "b" / "two.txt").write_text("Second\u00a0file\n\n\n\nend", encoding="utf-8")
    (root / "a" / "b" / "notes.md").write_text("# Notes\u200b\n", encoding="utf-8")
    (root / ".cache" / "hidden.txt").write_text("hidden", encoding="utf-8")
    return root


def outputs(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


def test_folder_is_mirrored_with_valid_sidecars(
    src: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], validator: Any
) -> None:
    out = tmp_path / "out"
    code, stdout, err = run(capsys, src, "-o", out)
    assert code == 0
    assert stdout == ""
    assert outputs(out) == [
        "a/b/two.json",
        "a/b/two.txt",
        "a/one.json",
        "a/one.txt",
        "top.json",
        "top.txt",
    ]
    assert (out / "top.txt").read_text(encoding="utf-8") == CLEAN
    assert (out / "a" / "one.txt").read_bytes() == "Déjà vu — “naïve”\n".encode()
    assert (out / "a/b/two.txt").read_text(encoding="utf-8") == "Second file\n\nend\n"
    for rel in ("top", "a/one", "a/b/two"):
        data = check_sidecar(
            validator, out / f"{rel}.json", out / f"{rel}.txt", (src / f"{rel}.txt").read_bytes()
        )
        assert data["source"] == f"{rel}.txt"
        assert data["pipeline"]["fingerprint"] == seedclean.default_pipeline().fingerprint()
    one = json.loads((out / "a" / "one.json").read_text(encoding="utf-8"))
    assert (one["encoding"], one["encoding_errors"]) == ("cp1252", False)
    match = SUMMARY.match(err.strip())
    assert match, err
    assert match.group("files", "skipped", "failed") == ("3", "0", "0")


def test_patterns_hidden_and_name_clashes(
    src: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], validator: Any
) -> None:
    (src / "top.md").write_text("Markdown\u00a0top\n", encoding="utf-8")
    out = tmp_path / "out"
    args: list[str | Path] = [src, "-o", out, "--pattern", "*.md", "--pattern", "a/*.txt"]
    code, _, _ = run(capsys, *args, "--hidden")
    assert code == 0
    # 'a/*.txt' matches paths ('*' stays in a folder); '*.md' matches names at any depth.
    assert outputs(out) == [
        "a/b/notes.json",
        "a/b/notes.md",
        "a/one.json",
        "a/one.txt",
        "top.json",
        "top.md",
    ]
    code, _, _ = run(capsys, src, "-o", out, "--pattern", "*.txt", "--pattern", "*.md", "--hidden")
    assert code == 0
    # top.txt and top.md would share top.json: both keep their full name instead.
    assert {"top.txt.json", "top.md.json", ".cache/hidden.json"} <= set(outputs(out))
    check_sidecar(validator, out / "top.md.json", out / "top.md", (src / "top.md").read_bytes())


def test_single_file(tmp_path: Path, capsys: pytest.CaptureFixture[str], validator: Any) -> None:
    page = tmp_path / "page.txt"
    page.write_text(DIRTY, encoding="utf-8")
    out = tmp_path / "out"
    code, _, err = run(capsys, page, "-o", out)
    assert code == 0, err
    assert outputs(out) == ["page.json", "page.txt"]
    assert (out / "page.txt").read_text(encoding="utf-8") == CLEAN
    data = check_sidecar(validator, out / "page.json", out / "page.txt", page.read_bytes())
    assert data["source"] == "page.txt"


@pytest.mark.parametrize("args", [[], ["-o", "-"]], ids=["no-o", "o-dash"])
def test_single_file_to_stdout(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    validator: Any,
    args: list[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    page = tmp_path / "page.txt"
    page.write_text(DIRTY, encoding="utf-8")
    side = tmp_path / "page.json"
    code, stdout, err = run(capsys, page, *args, "--sidecar", side)
    assert code == 0, err
    assert stdout == CLEAN
    assert SUMMARY.match(err.strip())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["page.json", "page.txt"]  # no '-'
    body = tmp_path / "body.txt"
    body.write_text(stdout, encoding="utf-8")
    assert check_sidecar(validator, side, body, page.read_bytes())["source"] == "page.txt"


def test_single_binary_file_to_stdout_is_skipped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "photo.txt"
    page.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    code, stdout, err = run(capsys, page)
    assert (code, stdout) == (0, "")
    assert err_lines(err)[0] == "seedclean: skipped binary file: photo.txt"


def test_folder_to_stdout_is_a_usage_error(
    src: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    code, stdout, err = run(capsys, src, "-o", "-")
    assert (code, stdout) == (2, "")
    assert err_lines(err) == [
        "seedclean: error: -o - (standard output) takes a single file, not a folder: "
        "give an output folder (-o ./- for one named '-')"
    ]
    assert not (tmp_path / "-").exists()
    # An output folder really named '-' is still possible.
    assert run(capsys, src, "-o", "./-")[0] == 0
    assert (tmp_path / "-" / "top.txt").read_text(encoding="utf-8") == CLEAN


class _BytesStdin:
    """Stands for sys.stdin: the CLI reads bytes from its ``buffer``."""

    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)


def test_stdin_to_stdout_with_sidecar(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    validator: Any,
) -> None:
    data = DIRTY.encode("utf-8")
    monkeypatch.setattr(sys, "stdin", _BytesStdin(data))
    side = tmp_path / "side" / "page.json"
    code, stdout, err = run(capsys, "-", "--sidecar", side, "--quiet")
    assert code == 0
    assert stdout == CLEAN
    assert err == ""
    out = tmp_path / "body.txt"
    out.write_text(stdout, encoding="utf-8")
    assert check_sidecar(validator, side, out, data)["source"] == "-"


def test_stdin_subprocess() -> None:
    data = "Caf\xe9 cr\xe8me  \n\n\n\nfin".encode("cp1252")
    proc = subprocess.run(
        [sys.executable, "-m", "seedclean", "-"],
        input=data,
        capture_output=True,
        check=False,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.decode("utf-8") == "Café crème\n\nfin\n"
    assert SUMMARY.match(proc.stderr.decode().strip())


def test_folder_subprocess_on_seeds(tmp_path: Path, validator: Any) -> None:
    out = tmp_path / "out"
    proc = subprocess.run(
        [sys.executable, "-m", "seedclean", str(SEEDS), "-o", str(out)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    match = SUMMARY.match(proc.stderr.strip())
    assert match, proc.stderr
    assert match.group("files", "skipped", "failed") == ("5", "0", "0")
    seeds = sorted(SEEDS.glob("*.txt"))
    assert len(seeds) == 5
    for seed in seeds:
        body = out / seed.name
        check_sidecar(validator, body.with_suffix(".json"), body, seed.read_bytes())
        assert body.read_text(encoding="utf-8").strip()


def test_binary_file_is_skipped_and_named(
    src: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (src / "a" / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    out = tmp_path / "out"
    code, _, err = run(capsys, src, "-o", out)
    assert code == 0
    lines = err_lines(err)
    assert "seedclean: skipped binary file: a/image.txt" in lines
    assert SUMMARY.match(lines[-1]).group("files", "skipped", "failed") == ("3", "1", "0")  # type: ignore[union-attr]
    assert not (out / "a" / "image.txt").exists()
    assert not (out / "a" / "image.json").exists()
    assert (out / "top.txt").read_text(encoding="utf-8") == CLEAN


def test_stray_nul_is_cleaned_and_random_bytes_are_skipped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], validator: Any
) -> None:
    src = tmp_path / "src"
    src.mkdir()
    page = ("A page of text that html2text left a NUL byte in.\n\n" * 5).encode()
    nul = page[:60] + b"\x00" + page[60:]
    (src / "page.txt").write_bytes(nul)
    (src / "noise.txt").write_bytes(os.urandom(4096).replace(b"\x00", b"\x01"))
    out = tmp_path / "out"
    code, _, err = run(capsys, src, "-o", out)
    assert code == 0, err
    assert "seedclean: skipped binary file: noise.txt" in err_lines(err)
    assert outputs(out) == ["page.json", "page.txt"]
    assert "\x00" not in (out / "page.txt").read_text(encoding="utf-8")
    data = check_sidecar(validator, out / "page.json", out / "page.txt", nul)
    removed = [(e["reason"], e["text"], e["start"]) for e in data["removed"]]
    assert ("control_character", "\x00", 60) in removed


def test_file_names_that_are_not_utf8(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], validator: Any
) -> None:
    src = tmp_path / "src"
    src.mkdir()
    name = os.fsdecode(b"caf\xe9.txt")  # Latin-1 bytes: a lone surrogate in Python
    try:
        (src / name).write_bytes(DIRTY.encode())
        os.mkfifo(src / os.fsdecode(b"pipe\xff.txt"))
    except (OSError, UnicodeError):
        pytest.skip("the file system refuses names that are not UTF-8")
    out = tmp_path / "out"
    code, _, err = run(capsys, src, "-o", out)
    assert code == 1  # the FIFO fails, and is named readably
    assert "seedclean: failed: pipe\\xff.txt: not a regular file" in err_lines(err)
    # The outputs keep the input's name byte for byte.
    assert sorted(os.listdir(os.fsencode(out))) == [b"caf\xe9.json", b"caf\xe9.txt"]
    assert (out / name).read_text(encoding="utf-8") == CLEAN
    side = out / os.fsdecode(b"caf\xe9.json")
    data = check_sidecar(validator, side, out / name, DIRTY.encode())
    assert data["source"] == "caf\\xe9.txt"  # valid UTF-8 JSON: the bad byte as \xNN
    # A single file, and a message about a missing one, do not crash either.
    assert run(capsys, src / name, "-o", tmp_path / "single")[0] == 0
    assert (tmp_path / "single" / name).read_text(encoding="utf-8") == CLEAN
    code, _, err = run(capsys, src / os.fsdecode(b"gone\xe9.txt"), "-o", tmp_path / "x")
    assert code == 2
    assert err_lines(err) == [f"seedclean: error: SRC does not exist: {src}/gone\\xe9.txt"]


def test_dangling_link_fails_alone(
    src: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (src / "a" / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    out = tmp_path / "out"
    code, _, err = run(capsys, src, "-o", out)
    assert code == 1
    assert "seedclean: failed: a/gone.txt: No such file or directory" in err_lines(err)
    assert "Traceback" not in err
    assert len(outputs(out)) == 6  # the three other files are all there


def test_file_that_cannot_be_read_fails_alone(
    src: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # chmod 000 does not stop root (CI runs as root), so refuse the open itself.
    locked = src / "a" / "locked.txt"
    locked.write_text("secret", encoding="utf-8")
    real_open = os.open

    def refusing_open(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if Path(path).name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", refusing_open)
    code, _, err = run(capsys, src, "-o", tmp_path / "out")
    assert code == 1
    assert "seedclean: failed: a/locked.txt: Permission denied" in err_lines(err)
    assert len(outputs(tmp_path / "out")) == 6


def test_cleaning_error_fails_one_file_and_debug_raises(
    src: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    real = process

    def flaky(item: Any, pipeline: Any, **kwargs: Any) -> Any:
        if item.rel == "a/one.txt":
            pipeline = _exploding
        return real(item, pipeline, **kwargs)

    monkeypatch.setattr("seedclean.cli.process", flaky)
    code, _, err = run(capsys, src, "-o", tmp_path / "out")
    assert code == 1
    assert "seedclean: failed: a/one.txt: RuntimeError: cleaner exploded" in err_lines(err)
    assert "Traceback" not in err
    assert (tmp_path / "out" / "top.txt").exists()
    with pytest.raises(RuntimeError, match=r"cleaner\sexploded"):
        main([str(src), "-o", str(tmp_path / "out2"), "--debug"])


def _exploding(text: str) -> Any:
    raise RuntimeError("cleaner\nexploded")  # a multi-line message still gives one line


def test_out_inside_src_is_not_walked(
    src: Path, capsys: pytest.CaptureFixture[str], validator: Any
) -> None:
    out = src / "cleaned"
    first = run(capsys, src, "-o", out)
    second = run(capsys, src, "-o", out)
    for code, _, err in (first, second):
        assert code == 0
        assert SUMMARY.match(err.strip()).group("files", "failed") == ("3", "0")  # type: ignore[union-attr]
    assert not (out / "cleaned").exists()
    assert outputs(out) == [
        "a/b/two.json",
        "a/b/two.txt",
        "a/one.json",
        "a/one.txt",
        "top.json",
        "top.txt",
    ]
    check_sidecar(validator, out / "top.json", out / "top.txt", (src / "top.txt").read_bytes())


def test_inputs_are_never_modified(
    src: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = snapshot(src)
    assert run(capsys, src, "-o", src / "out")[0] == 0
    assert run(capsys, src / "top.txt", "-o", tmp_path / "single")[0] == 0
    after = {k: v for k, v in snapshot(src).items() if not k.startswith("out/")}
    assert after == before


def test_outputs_never_overwrite_inputs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # SRC inside OUT, with a subfolder named like SRC: OUT/d/x.txt would be SRC/x.txt.
    out = tmp_path / "o"
    src = out / "d"
    (src / "d").mkdir(parents=True)
    (src / "x.txt").write_text("input  \n", encoding="utf-8")
    (src / "d" / "x.txt").write_text("nested input  \n", encoding="utf-8")
    code, _, err = run(capsys, src, "-o", out)
    assert code == 1
    message = f"seedclean: failed: d/x.txt: refusing to overwrite the input {out / 'd' / 'x.txt'}"
    assert message in err_lines(err)
    assert (src / "x.txt").read_text(encoding="utf-8") == "input  \n"


def test_symlinked_folders_are_not_followed(
    src: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (src / "a" / "loop").symlink_to(src, target_is_directory=True)
    out = tmp_path / "out"
    code, _, _ = run(capsys, src, "-o", out)
    assert code == 0
    assert len(outputs(out)) == 6


def test_interrupt_leaves_only_complete_files(
    src: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    real = process
    seen: list[str] = []

    def interrupt_second(item: Any, pipeline: Any, **kwargs: Any) -> Any:
        seen.append(item.rel)
        if len(seen) == 2:
            raise KeyboardInterrupt
        return real(item, pipeline, **kwargs)

    monkeypatch.setattr("seedclean.cli.process", interrupt_second)
    out = tmp_path / "out"
    code, _, err = run(capsys, src, "-o", out)
    assert code == 130
    assert "seedclean: interrupted" in err
    assert "Traceback" not in err
    written = outputs(out)
    assert len(written) == 2  # the first file's body and sidecar, nothing else
    assert not [name for name in written if name.endswith(".tmp")]


STALE = ".one.txt.seedclean-k2j4h6g8.tmp"  # named as atomic_write_files stages


def test_resume_skips_what_is_done_and_removes_stale_staged_files(
    src: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], validator: Any
) -> None:
    out = tmp_path / "out"
    assert run(capsys, src, "-o", out)[0] == 0
    # What a run killed mid-way leaves: a staged file, and a body without its sidecar.
    (out / "a" / STALE).write_text("half a bo", encoding="utf-8")
    (out / "a" / ".notes.tmp").write_text("not seedclean's", encoding="utf-8")
    (out / "top.json").unlink()
    # And an input edited since.
    (src / "a" / "b" / "two.txt").write_text("Edited\u00a0since  \n", encoding="utf-8")
    pair = (out / "a" / "one.txt", out / "a" / "one.json")
    done = [(p.stat().st_ino, p.stat().st_mtime_ns) for p in pair]
    code, _, err = run(capsys, src, "-o", out, "--resume")
    assert code == 0, err
    lines = err_lines(err)
    assert lines[0] == f"seedclean: removed 1 temporary file left in {out} by an interrupted run"
    assert lines[-1].startswith("seedclean: 2 files, ")
    assert lines[-1].endswith(", 0 skipped, 0 failed, 1 already done")
    assert [(p.stat().st_ino, p.stat().st_mtime_ns) for p in pair] == done  # not rewritten
    assert (out / "a/b/two.txt").read_text(encoding="utf-8") == "Edited since\n"
    assert outputs(out) == [
        "a/.notes.tmp", "a/b/two.json", "a/b/two.txt", "a/one.json", "a/one.txt",
        "top.json", "top.txt",
    ]  # fmt: skip
    for rel in ("top", "a/one", "a/b/two"):
        data = check_sidecar(
            validator, out / f"{rel}.json", out / f"{rel}.txt", (src / f"{rel}.txt").read_bytes()
        )
        assert data["stats"]["bytes_in"] == (src / f"{rel}.txt").stat().st_size
    # Everything is done now; another pipeline redoes everything.
    code, _, err = run(capsys, src, "-o", out, "--resume")
    assert (code, err_lines(err)[-1].split(", ")[-1]) == (0, "3 already done")
    config = tmp_path / "config.json"
    pipe = seedclean.default_pipeline() | DropShouting()
    config.write_text(json.dumps(pipe.to_config()), encoding="utf-8")
    code, _, err = run(capsys, src, "-o", out, "--resume", "--config", config)
    assert code == 0
    assert SUMMARY.match(err.strip()).group("files") == "3"  # type: ignore[union-attr]


def test_stale_staged_files_are_only_removed_from_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "o"
    src = out / "d"  # SRC inside OUT: its files are never touched
    src.mkdir(parents=True)
    (src / "one.txt").write_text("input  \n", encoding="utf-8")
    (src / STALE).write_text("an input", encoding="utf-8")
    (out / "x").mkdir()
    (out / "x" / STALE).write_text("stale", encoding="utf-8")
    (out / "x" / "link.seedclean-k2j4h6g8.tmp").symlink_to(src / STALE)
    code, _, err = run(capsys, src, "-o", out, "--hidden", "--pattern", "*.txt")
    assert code == 0, err
    assert "seedclean: removed 1 temporary file" in err_lines(err)[0]
    assert not (out / "x" / STALE).exists()
    assert (src / STALE).read_text(encoding="utf-8") == "an input"
    assert (out / "x" / "link.seedclean-k2j4h6g8.tmp").is_symlink()


def test_kill_9_then_resume_leaves_complete_pairs(tmp_path: Path, validator: Any) -> None:
    src, out = tmp_path / "src", tmp_path / "out"
    src.mkdir()
    for i in range(60):
        (src / f"page{i:02}.txt").write_text(f"Page {i}.  \n" + DIRTY * 10, encoding="utf-8")
    command = [sys.executable, "-m", "seedclean", str(src), "-o", str(out), "--no-progress"]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        # Kill it as soon as it has written something (or once it is done, on a fast day).
        while proc.poll() is None and not (out.is_dir() and any(out.glob("*.json"))):
            time.sleep(0.002)
        proc.kill()
    finally:
        proc.wait(timeout=60)
    rerun = subprocess.run(
        [*command, "--resume"], capture_output=True, text=True, check=False, timeout=60
    )
    assert rerun.returncode == 0, rerun.stderr
    files = re.search(r"(\d+) files?, .*?(?:, (\d+) already done)?$", rerun.stderr.strip())
    assert files, rerun.stderr
    assert int(files.group(1)) + int(files.group(2) or 0) == 60
    # Every input has its body and its sidecar, each complete; no temporary file is left.
    expected = [f"page{i:02}.{ext}" for i in range(60) for ext in ("json", "txt")]
    assert sorted(p.name for p in out.iterdir()) == expected
    for page in sorted(src.iterdir()):
        body = out / page.name
        check_sidecar(validator, body.with_suffix(".json"), body, page.read_bytes())


def test_help_teaches(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--help")
    assert code == 0
    assert "examples:" in out
    assert "seedclean pages/ -o cleaned/" in out
    for option in ("--pattern", "--config", "--print-config", "--list-cleaners", "--quiet"):
        assert option in out


def test_list_cleaners(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--list-cleaners")
    assert code == 0
    names = [line.split()[0] for line in out.splitlines()]
    assert {"repair_encoding", "normalize_whitespace", "normalize_unicode"} <= set(names)
    assert names == sorted(names)


def test_config_round_trip(
    src: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], validator: Any
) -> None:
    code, printed, _ = run(capsys, "--print-config")
    assert code == 0
    config = json.loads(printed)
    assert config == seedclean.default_pipeline().to_config()
    config["steps"][1]["options"]["max_blank_lines"] = 0
    path = tmp_path / "my.json"
    path.write_text(json.dumps(config), encoding="utf-8")
    code, printed_again, _ = run(capsys, "--config", path, "--print-config")
    assert code == 0
    assert json.loads(printed_again) == config
    out = tmp_path / "out"
    assert run(capsys, src, "-o", out, "--config", path)[0] == 0
    assert (out / "top.txt").read_text(encoding="utf-8") == CLEAN.replace("\n\n", "\n")
    data = check_sidecar(
        validator, out / "top.json", out / "top.txt", (src / "top.txt").read_bytes()
    )
    assert data["pipeline"]["config"] == config
    # A sidecar works as a config too: its pipeline is reused.
    code, from_sidecar, _ = run(capsys, "--config", out / "top.json", "--print-config")
    assert (code, json.loads(from_sidecar)) == (0, config)


def test_scores_and_reverted_steps_fit_the_schema(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], validator: Any
) -> None:
    pipe = seedclean.default_pipeline() | DropShouting() | DropEverything()
    path = tmp_path / "config.json"
    path.write_text(json.dumps(pipe.to_config()), encoding="utf-8")
    page = tmp_path / "page.txt"
    page.write_text("BUY NOW!\n" + "A long enough sentence of body text. " * 20, encoding="utf-8")
    out = tmp_path / "out"
    code, _, err = run(capsys, page, "-o", out, "--config", path)
    assert code == 0, err
    data = check_sidecar(validator, out / "page.json", out / "page.txt", page.read_bytes())
    shouting = [e for e in data["removed"] if e["cleaner"] == DropShouting.name]
    assert shouting[0]["text"] == "BUY NOW!\n"
    assert shouting[0]["score"] == 1.0
    assert shouting[0]["threshold"] == 0.5
    everything = [e for e in data["removed"] if e["cleaner"] == DropEverything.name]
    assert everything
    assert all(e["reverted"] is True for e in everything)
    assert (out / "page.txt").read_text(encoding="utf-8").startswith("A long enough")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not valid JSON"),
        ('{"stepz": []}', "'steps'"),
        ('{"steps": [{"cleaner": "no_such_cleaner"}]}', "unknown cleaner 'no_such_cleaner'"),
        (
            '{"steps": [{"cleaner": "normalize_whitespace", "options": {"max_blank_lines": -1}}]}',
            "max_blank_lines",
        ),
        ('{"steps": [], "guard": {"min_charz": 3}}', "min_charz"),
        ("[1, 2]", "steps"),
    ],
)
def test_bad_config_is_a_usage_error(
    src: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    content: str,
    message: str,
) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    code, stdout, err = run(capsys, src, "-o", tmp_path / "out", "--config", path)
    assert code == 2
    assert stdout == ""
    lines = err_lines(err)
    assert len(lines) == 1
    assert lines[0].startswith(f"seedclean: error: bad config {path}: ")
    assert message in lines[0]
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([], "missing SRC"),
        (["{src}"], "missing -o OUT"),
        (["{tmp}/nope", "-o", "{tmp}/out"], "SRC does not exist"),
        (["{src}", "-o", "{src}/top.txt"], "OUT is not a folder"),
        (["{src}", "-o", "{src}/top.txt/sub"], "OUT is not writable"),
        (["{src}", "-o", "{src}"], "OUT must not be SRC"),
        (["{src}", "-o", "{tmp}/out", "--sidecar", "x.json"], "--sidecar only applies"),
        (["-", "-o", "{tmp}/out"], "drop -o"),
        (["-", "--resume"], "--resume only applies with an output folder"),
        (["{src}/top.txt", "--resume"], "--resume only applies with an output folder"),
        (["{tmp}/nope"], "SRC does not exist"),
        (["--config", "{tmp}/missing.json", "--print-config"], "cannot read config"),
    ],
)
def test_usage_errors(
    src: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    argv = [a.format(src=src, tmp=tmp_path) for a in args]
    code, stdout, err = run(capsys, *argv)
    assert code == 2
    assert stdout == ""
    lines = err_lines(err)
    assert len(lines) == 1, err
    assert lines[0].startswith("seedclean: error: ")
    assert message in lines[0]


def test_bad_option_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--no-such-option")
    assert code == 2
    assert "unrecognized arguments: --no-such-option" in err


def test_progress_bar_only_on_a_terminal(
    src: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _, _, err = run(capsys, src, "-o", tmp_path / "o1")
    assert "\r" not in err
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    _, _, err = run(capsys, src, "-o", tmp_path / "o2")
    assert "\r" in err  # tqdm draws (and then clears) its bar
    assert SUMMARY.match(err_lines(err)[-1].strip("\r"))
    _, _, err = run(capsys, src, "-o", tmp_path / "o3", "--no-progress")
    assert "\r" not in err
    _, _, err = run(capsys, src, "-o", tmp_path / "o4", "--quiet")
    assert err == ""


def test_empty_folder_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty").mkdir()
    code, _, err = run(capsys, tmp_path / "empty", "-o", tmp_path / "out")
    assert code == 0
    assert err_lines(err)[0] == f"seedclean: no files matching *.txt in {tmp_path / 'empty'}"


def test_fifo_fails_without_blocking(
    src: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    os.mkfifo(src / "pipe.txt")
    code, _, err = run(capsys, src, "-o", tmp_path / "out")
    assert code == 1
    assert "seedclean: failed: pipe.txt: not a regular file" in err_lines(err)
    assert len(outputs(tmp_path / "out")) == 6


def test_unresolvable_sidecar_name_fails_that_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "src"
    src.mkdir()
    for name in ("b.md", "b.txt", "b.txt.json"):
        (src / name).write_text(f"{name}\n", encoding="utf-8")
    out = tmp_path / "out"
    code, _, err = run(capsys, src, "-o", out, "--pattern", "*")
    assert code == 1
    assert (
        "seedclean: failed: b.txt: the sidecar name of b.txt clashes with another output"
        in err_lines(err)
    )
    assert outputs(out) == ["b.md", "b.md.json", "b.txt.json", "b.txt.json.json"]


def test_folder_that_cannot_be_listed_fails_alone(
    src: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Simulated: chmod 000 on a folder does not stop root, who may run these tests.
    real_scandir = os.scandir

    def scandir(path: Any) -> Any:
        if Path(path) == src / "a" / "b":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    code, _, err = run(capsys, src, "-o", tmp_path / "out")
    assert code == 1
    assert "seedclean: failed: a/b: Permission denied" in err_lines(err)
    assert outputs(tmp_path / "out") == ["a/one.json", "a/one.txt", "top.json", "top.txt"]
