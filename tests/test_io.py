"""Decoding bytes (decode_bytes, decode_as), binary detection, and atomic writes."""

from __future__ import annotations

import bz2
import codecs
import gzip
import os
import random
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from seedclean.io import (
    Decoded,
    atomic_write_bytes,
    atomic_write_files,
    atomic_write_text,
    decode_as,
    decode_bytes,
    is_binary,
    is_staged_name,
    remove_staged_files,
)

QUOTES = "Café – naïve “quotes”"
FRENCH = (
    "Le café de la gare ouvre à 7 h. « C’est déjà l’été », dit le garçon en servant "
    "une crème brûlée. Où est l’hôtel ? Près de l’église, à côté du théâtre."
)
FRENCH_LATIN1 = FRENCH.replace("’", "'")
GERMAN = "Grüße aus München! Die Straße ist schön, die Äpfel sind süß. Übermorgen fahren wir."
ENGLISH = "He said “hello” — and then… left. It’s only 5 €, isn’t it? ‘Fine.’"
RUSSIAN = (
    "Привет, мир! Это пример текста на русском языке, достаточно длинный для того, "
    "чтобы определить кодировку. Москва - столица России."
)
GREEK = "Καλημέρα κόσμε, αυτό είναι ένα δείγμα κειμένου στα ελληνικά για την ανίχνευση."


def with_bom(bom: bytes, text: str, codec: str) -> bytes:
    return bom + text.encode(codec)


DECODE_CASES = [
    # id, data, text, encoding, had_errors
    ("empty", b"", "", "utf-8", False),
    ("ascii", b"plain ASCII text\n", "plain ASCII text\n", "utf-8", False),
    ("utf-8", QUOTES.encode("utf-8"), QUOTES, "utf-8", False),
    ("utf-8-bom", with_bom(codecs.BOM_UTF8, QUOTES, "utf-8"), QUOTES, "utf-8-sig", False),
    ("utf-16-le-bom", with_bom(codecs.BOM_UTF16_LE, QUOTES, "utf-16-le"), QUOTES, "utf-16", False),
    ("utf-16-be-bom", with_bom(codecs.BOM_UTF16_BE, QUOTES, "utf-16-be"), QUOTES, "utf-16", False),
    ("utf-32-le-bom", with_bom(codecs.BOM_UTF32_LE, QUOTES, "utf-32-le"), QUOTES, "utf-32", False),
    ("utf-32-be-bom", with_bom(codecs.BOM_UTF32_BE, QUOTES, "utf-32-be"), QUOTES, "utf-32", False),
    ("cp1252-short", QUOTES.encode("cp1252"), QUOTES, "cp1252", False),
    ("cp1252-french", FRENCH.encode("cp1252"), FRENCH, "cp1252", False),
    ("cp1252-english", ENGLISH.encode("cp1252"), ENGLISH, "cp1252", False),
    ("latin-1-german", GERMAN.encode("latin-1"), GERMAN, "cp1252", False),
    ("latin-1-short", "Café naïve".encode("latin-1"), "Café naïve", "cp1252", False),
    ("latin-1-french", FRENCH_LATIN1.encode("latin-1"), FRENCH_LATIN1, "cp1252", False),
    ("cp1251-russian", RUSSIAN.encode("cp1251"), RUSSIAN, "cp1251", False),
    ("koi8-r-russian", RUSSIAN.encode("koi8-r"), RUSSIAN, "koi8-r", False),
    ("cp1253-greek", GREEK.encode("cp1253"), GREEK, "cp1253", False),
    ("cp1252-undefined-byte", b"caf\xe9 \x81", "café \x81", "cp1252", True),
]


@pytest.mark.parametrize(
    ("data", "text", "encoding", "had_errors"),
    [case[1:] for case in DECODE_CASES],
    ids=[case[0] for case in DECODE_CASES],
)
def test_decode_bytes(data: bytes, text: str, encoding: str, had_errors: bool) -> None:
    assert decode_bytes(data) == Decoded(text, encoding, had_errors)


@pytest.mark.parametrize(
    "data", [case[1] for case in DECODE_CASES], ids=[case[0] for case in DECODE_CASES]
)
def test_decode_as_reproduces_decode_bytes(data: bytes) -> None:
    decoded = decode_bytes(data)
    assert decode_as(data, decoded.encoding) == decoded


def test_utf8_with_two_broken_bytes_keeps_everything() -> None:
    good = "Le café “Bon” à Paris — déjà vu, naïve. Ελληνικά. 日本語."
    head, middle, tail = good[:10], good[10:30], good[30:]
    data = head.encode() + b"\xe9" + middle.encode() + b"\x92" + tail.encode()
    decoded = decode_bytes(data)
    assert decoded.encoding == "utf-8"
    assert decoded.had_errors
    # The broken bytes are read as Windows-1252, every other character is intact.
    assert decoded.text == head + "é" + middle + "’" + tail


def test_truncated_utf8_sequence_is_decoded_byte_by_byte() -> None:
    data = "naïve “x”".encode() + b" \xe2\x80 end"
    decoded = decode_bytes(data)
    assert decoded.text == "naïve “x” â€ end"
    assert (decoded.encoding, decoded.had_errors) == ("utf-8", True)


def test_undefined_cp1252_bytes_fall_back_to_latin_1_in_utf8() -> None:
    text = "déjà vu, naïve crème brûlée"
    data = text.encode() + b"\x81\x8d\x8f\x90\x9d"
    assert decode_bytes(data) == Decoded(text + "\x81\x8d\x8f\x90\x9d", "utf-8", True)


def test_mostly_legacy_text_with_one_accidental_utf8_sequence_stays_legacy() -> None:
    # "Ã©" in Windows-1252 is the valid UTF-8 sequence for "é"; ten real cp1252 accents
    # outnumber it, so the data is read as Windows-1252 (and ftfy repairs "Ã©" later).
    text = "déjà été à côté où ça " * 2 + "cafÃ©"
    decoded = decode_bytes(text.encode("cp1252"))
    assert (decoded.text, decoded.encoding) == (text, "cp1252")


def test_broken_utf16_gets_replacement_characters() -> None:
    data = codecs.BOM_UTF16_LE + "ok".encode("utf-16-le") + b"\x41"  # odd trailing byte
    decoded = decode_bytes(data)
    assert decoded == Decoded("ok\ufffd", "utf-16", True)


@given(st.binary(max_size=300))
def test_decode_bytes_never_fails_and_is_reproducible(data: bytes) -> None:
    decoded = decode_bytes(data)
    assert isinstance(decoded.text, str)
    assert decode_as(data, decoded.encoding) == decoded
    decoded.text.encode("utf-8")  # no lone surrogates: the text can always be written


@given(st.text(max_size=100), st.lists(st.sampled_from(b"\x80\x81\x92\xe9\xff"), max_size=3))
def test_utf8_fallback_drops_no_byte(text: str, bad: list[int]) -> None:
    # Each broken byte is followed by a space, so it cannot be part of a valid sequence.
    data = text.encode() + b"".join(bytes([b]) + b" " for b in bad)
    decoded = decode_bytes(data)
    if decoded.encoding == "utf-8":
        expected = text + "".join(
            bytes([b]).decode("cp1252", "seedclean.cp1252") + " " for b in bad
        )
        assert decoded.text == expected
        assert decoded.had_errors is bool(bad)


JAPANESE = "これは日本語のテキストです。東京は日本の首都で、大きな都市です。" * 3
CHINESE = "这是一个中文文本的例子，北京是中国的首都，也是一个很大的城市。" * 3
PAGE = (ENGLISH + "\n\n" + FRENCH + "\n") * 20
CONTROLS = bytes(b for b in range(32) if b not in b"\t\n\x0b\x0c\r\x1b") + b"\x7f"


def random_bytes(size: int, seed: int = 0, drop: bytes = b"") -> bytes:
    """Random bytes (seeded, so a failure can be reproduced), without the bytes in ``drop``."""
    data = random.Random(seed).randbytes(2 * size).translate(None, drop)
    return data[:size]


def stray_nuls(data: bytes, count: int) -> bytes:
    """``data`` with ``count`` NUL bytes put in at even places through it, between lines."""
    lines = data.split(b"\n")
    step = max(1, len(lines) // (count + 1))
    for k in range(count, 0, -1):
        lines.insert(k * step, b"\x00")
    return b"\n".join(lines)


BINARY_CASES = [
    # id, data, binary
    ("empty", b"", False),
    ("ascii", b"plain text\n", False),
    ("utf-8", "naïve “quotes”".encode(), False),
    ("utf-8-page", PAGE.encode(), False),
    ("terminal-colours", b"\x1b[1mbold\x1b[0m and\ttabs\x0c\n", False),
    ("one-stray-nul", b"text then a NUL\x00", False),
    ("page-one-nul", stray_nuls(PAGE.encode(), 1), False),
    ("page-three-nuls", stray_nuls(PAGE.encode(), 3), False),
    ("big-page-nuls", stray_nuls(PAGE.encode() * 200, 5), False),
    ("cp1252", FRENCH.encode("cp1252"), False),
    ("cp1252-nul", stray_nuls(PAGE.encode("cp1252"), 2), False),
    ("koi8-r", RUSSIAN.encode("koi8-r"), False),
    ("koi8-r-nul", stray_nuls((RUSSIAN + "\n").encode("koi8-r") * 20, 2), False),
    ("shift_jis", JAPANESE.encode("shift_jis"), False),
    ("shift_jis-long-nul", stray_nuls((JAPANESE + "\n").encode("shift_jis") * 200, 3), False),
    ("gb18030", CHINESE.encode("gb18030"), False),
    ("gb18030-long-nul", stray_nuls((CHINESE + "\n").encode("gb18030") * 200, 3), False),
    ("utf-16-bom", "UTF-16 text".encode("utf-16"), False),
    ("utf-32-bom", "UTF-32 text".encode("utf-32"), False),
    ("utf-16-bom-nul", "UTF-16 with a stray \x00 NUL".encode("utf-16"), False),
    ("utf-16-bom-japanese", JAPANESE.encode("utf-16"), False),
    ("utf-16-no-bom", "UTF-16 without BOM".encode("utf-16-le"), True),
    ("utf-16-bom-random", codecs.BOM_UTF16_LE + random_bytes(4096), True),
    ("utf-32-bom-random", codecs.BOM_UTF32_BE + random_bytes(4096), True),
    ("only-controls", b"\x00\x01", True),
    ("png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", True),
    ("pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", True),
    ("zip", b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + b"word.xml", True),
    ("gzip", gzip.compress(PAGE.encode(), mtime=0), True),
    ("bzip2", bz2.compress(PAGE.encode()), True),
    ("gif-ascii-header", b"GIF89a" + b"a" * 100, True),
    ("random", random_bytes(4096), True),
    ("random-small", random_bytes(64, seed=1), True),
    ("random-large", random_bytes(1_000_000, seed=2), True),
    ("random-no-nul", random_bytes(4096, drop=b"\x00"), True),
    ("random-no-controls", random_bytes(4096, drop=CONTROLS), True),
    ("random-high-bytes", random_bytes(4096, drop=bytes(range(128))), True),
]


@pytest.mark.parametrize(
    ("data", "binary"),
    [case[1:] for case in BINARY_CASES],
    ids=[case[0] for case in BINARY_CASES],
)
def test_is_binary(data: bytes, binary: bool) -> None:
    assert is_binary(data) is binary


def test_os_urandom_is_binary() -> None:
    # About 12% of random bytes are control bytes; even 1,000 of them never get near 2%.
    for size in (1000, 4096, 100_000):
        assert is_binary(os.urandom(size))
        assert is_binary(os.urandom(size).replace(b"\x00", b"\x01"))


def test_is_binary_reads_a_bounded_sample() -> None:
    # Binary data in a part of a large file the sniff does not read leaves it text (so a
    # huge file costs no more than its sample); a binary head makes it binary.
    text = PAGE.encode() * 300  # about 1 MB
    junk = random_bytes(40_000)
    assert not is_binary(text[:100_000] + junk + text)
    assert is_binary(junk + text)


def test_atomic_write_creates_parents_and_replaces(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b" / "out.txt"
    atomic_write_text(target, "first\n")
    atomic_write_text(target, "café\r\n")
    assert target.read_bytes() == "café\r\n".encode()  # no newline translation
    assert sorted(p.name for p in target.parent.iterdir()) == ["out.txt"]


def test_atomic_write_gives_the_usual_file_mode(tmp_path: Path) -> None:
    target = tmp_path / "f.bin"
    atomic_write_bytes(target, b"x")
    umask = os.umask(0o022)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask


@pytest.mark.parametrize("error", [OSError(28, "No space left on device"), KeyboardInterrupt()])
def test_atomic_write_leaves_no_temp_file_on_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: BaseException
) -> None:
    target = tmp_path / "out.txt"
    target.write_text("old")

    def fail(fd: int) -> None:
        raise error

    monkeypatch.setattr(os, "fsync", fail)
    with pytest.raises(type(error)):
        atomic_write_text(target, "new")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_atomic_write_files_touches_nothing_if_staging_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = tmp_path / "a.txt", tmp_path / "a.json"
    first.write_text("old body")
    calls = []
    real_fsync = os.fsync

    def fsync_then_interrupt(fd: int) -> None:
        calls.append(fd)
        if len(calls) == 2:
            raise KeyboardInterrupt
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync_then_interrupt)
    with pytest.raises(KeyboardInterrupt):
        atomic_write_files([(first, b"new body"), (second, b"{}")])
    assert first.read_text() == "old body"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


def test_atomic_write_cleans_up_when_rename_is_interrupted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(src: str, dst: str) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        atomic_write_bytes(tmp_path / "x.txt", b"data")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("name", ["page.txt", "x" * 250 + ".txt", os.fsdecode(b"caf\xe9.txt")])
def test_staged_files_are_hidden_and_recognisable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    staged: list[str] = []
    real_replace = os.replace

    def replace(src: str, dst: Path) -> None:
        staged.append(os.path.basename(src))
        real_replace(src, dst)

    try:
        (tmp_path / name).write_bytes(b"")
    except OSError:
        pytest.skip("the file system refuses this name")
    monkeypatch.setattr(os, "replace", replace)
    atomic_write_bytes(tmp_path / name, b"data")
    [tmp] = staged
    assert tmp.startswith(".")
    assert is_staged_name(tmp)
    assert len(os.fsencode(tmp)) <= 255  # a long name is cut, not refused
    assert [p.name for p in tmp_path.iterdir()] == [name]
    assert (tmp_path / name).read_bytes() == b"data"


def test_remove_staged_files_takes_only_seedclean_s(tmp_path: Path) -> None:
    keep = [".page.txt.tmp", ".page.txt.abcd1234.tmp", "page.txt.seedclean-abcd1234.tmp",
            ".page.txt.seedclean-abcd12.tmp", ".page.txt.seedclean-abcd1234.tmp.bak"]  # fmt: skip
    stale = [".page.txt.seedclean-abcd1234.tmp", "sub/.a.json.seedclean-x_y9z8w7.tmp"]
    (tmp_path / "sub").mkdir()
    for name in keep + stale:
        (tmp_path / name).write_bytes(b"x")
    (tmp_path / "skip").mkdir()
    (tmp_path / "skip" / stale[0]).write_bytes(b"x")  # in a skipped folder: kept
    assert remove_staged_files(tmp_path, skip=[tmp_path / "skip"]) == 2
    left = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file())
    assert left == sorted([*keep, f"skip/{stale[0]}"])
