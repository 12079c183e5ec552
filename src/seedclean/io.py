"""Reading bytes as text and writing files safely.

:func:`decode_bytes` turns the bytes of a scraped page into text without ever failing and
without dropping a byte: it honours a byte order mark, prefers UTF-8, keeps a UTF-8 file
with a few broken bytes as UTF-8 (each broken byte is read as Windows-1252), and reads
anything else as a legacy single-byte encoding.

>>> decode_bytes("Café".encode("utf-8"))
Decoded(text='Café', encoding='utf-8', had_errors=False)
>>> decode_bytes("Café".encode("cp1252"))
Decoded(text='Café', encoding='cp1252', had_errors=False)
>>> decode_bytes(b"na\\xc3\\xafve caf\\xe9").text
'naïve café'

:func:`atomic_write_bytes` and :func:`atomic_write_text` never leave a half-written file
behind: a reader sees the old file or the new one.
"""

from __future__ import annotations

import codecs
import contextlib
import functools
import os
import tempfile
import unicodedata
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import TypeAlias

import attrs
from charset_normalizer import from_bytes

__all__ = [
    "FALLBACK_ERRORS",
    "Decoded",
    "StagedFile",
    "atomic_write_bytes",
    "atomic_write_files",
    "atomic_write_text",
    "decode_as",
    "decode_bytes",
    "is_binary",
    "is_staged_name",
    "printable",
    "remove_staged_files",
]

StrPath: TypeAlias = "str | os.PathLike[str]"

#: Name of the codec error handler that decodes each undecodable byte as Windows-1252
#: (as Latin-1 for the five bytes Windows-1252 leaves undefined), so no byte is lost.
FALLBACK_ERRORS = "seedclean.cp1252"


def _byte_table() -> tuple[str, ...]:
    table = []
    for b in range(256):
        try:
            table.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            table.append(chr(b))  # 0x81, 0x8D, 0x8F, 0x90, 0x9D: as Latin-1
    return tuple(table)


_CP1252_BYTES = _byte_table()


def _cp1252_fallback(exc: UnicodeError) -> tuple[str, int]:
    """Codec error handler: decode the offending bytes one by one as Windows-1252."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    bad = exc.object[exc.start : exc.end]
    return "".join(_CP1252_BYTES[b] for b in bad), exc.end


codecs.register_error(FALLBACK_ERRORS, _cp1252_fallback)


@attrs.frozen
class Decoded:
    """Text decoded from bytes, the encoding used, and whether some bytes were invalid in it.

    ``encoding`` is a Python codec name; ``decode_as(data, encoding)`` gives ``text``
    again. ``had_errors`` is true when some bytes were not valid in ``encoding`` and were
    decoded by the fallback (Windows-1252 byte by byte, or U+FFFD for UTF-16/32).
    """

    text: str
    encoding: str
    had_errors: bool = False


_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 first: its little-endian BOM starts with the UTF-16 one.
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_WIDE = frozenset({"utf-16", "utf-32"})


def _bom_encoding(data: bytes) -> str | None:
    """The encoding a byte order mark at the start of ``data`` announces, if any.

    >>> [_bom_encoding(b) for b in (b"\\xef\\xbb\\xbfhi", b"\\xff\\xfeh\\x00", b"hi")]
    ['utf-8-sig', 'utf-16', None]
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def decode_as(data: bytes, encoding: str) -> Decoded:
    """Decode ``data`` with ``encoding`` without failing and without dropping bytes.

    Invalid bytes are decoded as Windows-1252 one by one (U+FFFD for UTF-16 and UTF-32,
    whose broken code units have no byte-wise reading). This is how :func:`decode_bytes`
    decodes once it has chosen an encoding, so ``decode_as(data, d.encoding).text ==
    d.text`` for ``d = decode_bytes(data)``.

    >>> decode_as(b"caf\\xc3\\xa9 \\x93ok\\x94", "utf-8")
    Decoded(text='café “ok”', encoding='utf-8', had_errors=True)
    >>> decode_as(b"\\x81", "cp1252").text
    '\\x81'
    """
    name = codecs.lookup(encoding).name
    try:
        return Decoded(data.decode(name), name, False)
    except UnicodeDecodeError:
        errors = "replace" if name in _WIDE else FALLBACK_ERRORS
        return Decoded(data.decode(name, errors), name, True)


def _mostly_utf8(data: bytes) -> bool:
    """True when ``data`` holds more valid multi-byte UTF-8 sequences than invalid bytes.

    A legacy single-byte text almost never contains a valid multi-byte sequence, while a
    UTF-8 text damaged here and there (or pasted together with a little Windows-1252)
    has many.

    >>> _mostly_utf8("naïve “quotes”".encode() + b"\\xe9")
    True
    >>> _mostly_utf8("naïve café déjà".encode("cp1252"))
    False
    """
    valid = data.decode("utf-8", "ignore")
    invalid_bytes = len(data) - len(valid.encode("utf-8"))
    multibyte = len(valid) - len(valid.encode("ascii", "ignore"))
    return multibyte > 0 and invalid_bytes <= multibyte


# Encodings charset-normalizer may choose between for legacy (non-UTF) web text.
_LATIN_CANDIDATES = (
    "cp1252", "latin_1", "iso8859_15", "cp1250", "iso8859_2", "cp1254", "cp1257", "mac_roman",
)  # fmt: skip
_OTHER_CANDIDATES = (
    "cp1251", "koi8_r", "koi8_u", "iso8859_5", "mac_cyrillic", "cp866",  # Cyrillic
    "cp1253", "iso8859_7", "cp1255", "iso8859_8", "cp1256", "iso8859_6", "cp874",
    "gb18030", "big5", "shift_jis", "euc_jp", "euc_kr",
)  # fmt: skip
_LATIN_NAMES = frozenset(codecs.lookup(name).name for name in _LATIN_CANDIDATES)
_SAMPLE = 200_000
_SCRIPT_SHARE = 0.3  # share of the letters a reading must have in its script to be believed
_MIN_LETTERS = 3  # and how many such letters at least


def _non_latin_letters(text: str) -> tuple[int, int]:
    """Letters outside Latin script, and all letters, in the first 200,000 characters.

    >>> _non_latin_letters("Привет, world"), _non_latin_letters("Déjà vu"), _non_latin_letters("1")
    ((6, 11), (0, 6), (0, 0))
    """
    letters = [c for c in text[:_SAMPLE] if c.isalpha()]
    latin = sum(1 for c in letters if ord(c) < 0x250 or 0x1E00 <= ord(c) < 0x1F00)
    return len(letters) - latin, len(letters)


def _non_ascii_letter_share(text: str) -> float:
    """Share of the letters of ``text`` that are not ASCII (about 0.05 for French).

    >>> round(_non_ascii_letter_share("Ïðèâåò, ìèð"), 2), _non_ascii_letter_share("abc")
    (1.0, 0.0)
    """
    letters = [c for c in text[:_SAMPLE] if c.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for c in letters if not c.isascii()) / len(letters)


def _detect(data: bytes, candidates: tuple[str, ...]) -> str | None:
    """charset-normalizer's best guess among ``candidates``, as a Python codec name."""
    best = from_bytes(data, cp_isolation=list(candidates)).best()
    return None if best is None else codecs.lookup(best.encoding).name


def _non_latin_guess(data: bytes, candidates: tuple[str, ...]) -> str | None:
    """A non-Latin encoding guessed for ``data`` whose reading is mostly non-Latin letters."""
    guess = _detect(data, candidates)
    if guess is None or guess in _LATIN_NAMES:
        return None
    non_latin, letters = _non_latin_letters(decode_as(data, guess).text)
    if non_latin < _MIN_LETTERS or non_latin < _SCRIPT_SHARE * letters:
        return None
    return guess


def _legacy_encoding(data: bytes) -> str:
    """The single-byte (or East Asian multi-byte) encoding to read non-UTF-8 ``data`` with.

    charset-normalizer often mistakes one Latin code page for another (French text for
    Baltic cp1257, say), so any Latin guess, or no guess, gives Windows-1252, the
    superset of Latin-1 that most Western pages use. A guess in another script
    (Cyrillic, Greek, Hebrew, Arabic, Thai, Chinese, Japanese, Korean) is honoured when
    at least 30% of the letters of the text it gives (and at least 3) are of that script.
    """
    guess = _non_latin_guess(data, _LATIN_CANDIDATES + _OTHER_CANDIDATES)
    if guess is not None:
        return guess
    # Short texts in other scripts are often taken for a Latin code page; read as
    # Windows-1252 they are nearly all accented letters, which no Western text is.
    if _non_ascii_letter_share(decode_as(data, "cp1252").text) > _SCRIPT_SHARE:
        guess = _non_latin_guess(data, _OTHER_CANDIDATES)
        if guess is not None:
            return guess
    return "cp1252"


def decode_bytes(data: bytes) -> Decoded:
    """Decode the bytes of a text file, guessing the encoding; never fails, drops nothing.

    In order: a byte order mark (UTF-8, UTF-16, UTF-32); strict UTF-8; UTF-8 with its
    few invalid bytes decoded as Windows-1252 when the data is mostly valid UTF-8; else
    a legacy encoding (see :func:`_legacy_encoding`): Windows-1252 for Western text,
    charset-normalizer's guess for other scripts.

    >>> decode_bytes(b"")
    Decoded(text='', encoding='utf-8', had_errors=False)
    >>> decode_bytes("hello".encode("utf-16"))
    Decoded(text='hello', encoding='utf-16', had_errors=False)
    >>> decode_bytes("Grüße aus München".encode("latin-1")).text
    'Grüße aus München'
    >>> d = decode_bytes("Привет, мир! Это пример текста на русском языке.".encode("cp1251"))
    >>> d.encoding, d.text[:12]
    ('cp1251', 'Привет, мир!')
    """
    bom = _bom_encoding(data)
    if bom is not None:
        return decode_as(data, bom)
    try:
        return Decoded(data.decode("utf-8"), "utf-8", False)
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(data):
        return decode_as(data, "utf-8")
    return decode_as(data, _legacy_encoding(data))


# Signatures of common binary formats: PNG, GIF, JPEG, PDF, ZIP (and docx, epub, jar),
# gzip, xz, 7z, zstd, ELF (and bzip2, below). Data that starts with one is binary.
_MAGIC = (
    b"\x89PNG\r\n\x1a\n", b"GIF87a", b"GIF89a", b"\xff\xd8\xff", b"%PDF-",
    b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08", b"\x1f\x8b", b"\xfd7zXZ\x00",
    b"7z\xbc\xaf\x27\x1c", b"\x28\xb5\x2f\xfd", b"\x7fELF",
)  # fmt: skip
# Control bytes text does not hold: C0 controls but tab, line feed, vertical tab, form
# feed, carriage return and escape (terminal colours), and DEL.
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\x0b\x0c\r\x1b") + b"\x7f"
_BZIP2 = (b"BZh", b"1AY&SY")  # "BZh", a block size digit, the block magic
_UTF8_CONTROL_SHARE = 0.10  # most control bytes (share) text that reads as UTF-8 may hold
_LEGACY_CONTROL_SHARE = 0.02  # and text that does not (random bytes hold about 12%)
_SNIFF_HEAD = 32_768  # bytes read from the start of the data
_SNIFF_PART = 8_192  # and from each of three places further on, for larger data
_SNIFF_DETECT = 8_192  # bytes of the head charset-normalizer looks at


def _sniff_sample(data: bytes) -> bytes:
    """A bounded sample of ``data``: all of it when small, else its head and three parts.

    >>> len(_sniff_sample(bytes(1000))), len(_sniff_sample(bytes(10_000_000)))
    (1000, 57344)
    """
    if len(data) <= _SNIFF_HEAD + 3 * _SNIFF_PART:
        return data
    starts = (len(data) // 3, 2 * len(data) // 3, len(data) - _SNIFF_PART)
    return data[:_SNIFF_HEAD] + b"".join(data[s : s + _SNIFF_PART] for s in starts)


def _looks_textual(head: bytes) -> bool:
    """Whether charset-normalizer reads the start of non-UTF-8 data as text in some encoding.

    A head cut short is cut again after its last byte below ``0``: line breaks, spaces
    and ASCII punctuation, which no multi-byte legacy encoding (Shift JIS, GB18030, Big5,
    EUC) uses inside a character, so no character is cut in two. Without such a byte,
    the head is tried with up to three bytes fewer.

    >>> _looks_textual("Привет, мир! Это пример текста на русском языке.".encode("koi8-r"))
    True
    """
    cut_short = len(head) > _SNIFF_DETECT
    head = head[:_SNIFF_DETECT].translate(None, _CONTROL_BYTES)
    if not cut_short:
        return from_bytes(head).best() is not None
    cut = max(head.rfind(bytes([b])) for b in range(0x30))
    if cut > 0:
        return from_bytes(head[: cut + 1]).best() is not None
    return any(from_bytes(head[: len(head) - k]).best() is not None for k in range(4))


_CONTROL_CHARS = frozenset(_CONTROL_BYTES.decode("ascii") + "\ufffd")
_NOT_TEXT = frozenset({"Cn", "Co", "Cs"})  # unassigned, private use, lone surrogate
_WIDE_BAD_SHARE = 0.05  # random UTF-16 code units give about 15% such characters


def _wide_is_binary(data: bytes, encoding: str) -> bool:
    """Whether UTF-16 or UTF-32 ``data`` (with its byte order mark) reads as no text:
    more than 5% of the characters of its first 32 KiB are control characters,
    undecodable, unassigned or private-use code points.

    >>> _wide_is_binary("Grüße aus München, mit einem NUL\\x00 dazu".encode("utf-16"), "utf-16")
    False
    >>> _wide_is_binary(codecs.BOM_UTF32_LE + bytes(range(256)) * 4, "utf-32")
    True
    """
    text = data[:_SNIFF_HEAD].decode(encoding, "replace")
    bad = sum(1 for c in text if c in _CONTROL_CHARS or unicodedata.category(c) in _NOT_TEXT)
    return bad > _WIDE_BAD_SHARE * len(text)


def is_binary(data: bytes) -> bool:
    """True for data that is not text: a binary format, control bytes, or no readable text.

    Data with a UTF-16 or UTF-32 byte order mark is text unless more than 5% of the
    characters its first 32 KiB decode to are control characters, undecodable,
    unassigned or private-use.
    Otherwise, on a bounded sample (the first 32 KiB and three 8 KiB parts further on):
    a PNG, GIF, JPEG, PDF, ZIP, gzip, bzip2, xz, 7z, zstd or ELF signature at the start
    means binary; so do control bytes (C0 controls other than tab, line breaks, form
    feed and escape, and DEL) making more than 10% of data that reads as UTF-8 or ASCII,
    or more than 2% of data that does not (random bytes hold about 12%); and data that
    is not UTF-8 is binary when charset-normalizer finds no encoding that reads its
    start as text. A few
    stray NUL bytes in a page are not enough: the page is text (the ``repair_encoding``
    cleaner removes them, audited). UTF-16 text without a byte order mark is half NUL
    bytes and counts as binary.

    >>> is_binary(b"\\x89PNG\\r\\n\\x1a\\n\\x00\\x00"), is_binary(b"plain text"), is_binary(b"")
    (True, False, False)
    >>> is_binary(b"a page with one stray NUL\\x00 byte in it"), is_binary(b"\\x00\\x01\\x02")
    (False, True)
    >>> is_binary("text".encode("utf-16")), is_binary("Déjà vu, naïve café".encode("cp1252"))
    (False, False)
    """
    if not data:
        return False
    bom = _bom_encoding(data)
    if bom in _WIDE:
        return _wide_is_binary(data, bom)
    if data.startswith(_MAGIC) or (data[:3] == _BZIP2[0] and data[4:10] == _BZIP2[1]):
        return True
    sample = _sniff_sample(data)
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if sample.isascii() or _mostly_utf8(sample):
        return controls > _UTF8_CONTROL_SHARE * len(sample)
    if controls > _LEGACY_CONTROL_SHARE * len(sample):
        return True
    return not _looks_textual(sample)


def printable(text: str) -> str:
    """``text`` that can always be written as UTF-8: a file name's bytes that are not
    UTF-8 (which Python gives as lone surrogates, ``os.fsdecode``) become ``\\xNN``.

    Used for the sidecar's ``source`` and for messages; the file itself keeps its name
    byte for byte (``os.fsencode`` gives the bytes back).

    >>> printable(os.fsdecode(b"caf\\xe9.txt")), printable("café.txt")
    ('caf\\\\xe9.txt', 'café.txt')
    """
    if text.isascii():
        return text
    try:
        raw = os.fsencode(text)
    except UnicodeError:
        raw = text.encode("utf-8", "surrogatepass")
    return raw.decode("utf-8", "backslashreplace")


@functools.cache
def read_data_file(path: str) -> str:
    """The text of a model or table file: a name with no ``/`` is one of the package's
    ``data`` files, anything else a path on the file system.

    >>> read_data_file("title-weights-plain.json").startswith("{")
    True
    """
    if "/" in path or "\\" in path:
        return Path(path).read_text(encoding="utf-8")
    return resources.files("seedclean").joinpath("data", path).read_text(encoding="utf-8")


def _new_file_mode() -> int:
    """The mode a newly created file gets under the process umask (read once)."""
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


def _unlink_quietly(path: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)


# A staged file is ``.<name>.seedclean-<8 random characters>.tmp`` (hidden, and
# recognisable as seedclean's, so a later run can remove one a killed run left behind).
_STAGED_TAG = ".seedclean-"
_STAGED_SUFFIX = ".tmp"
_STAGED_RANDOM = 8  # tempfile.mkstemp's random part
_STAGED_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_")
_STAGED_NAME_BYTES = 200  # longest name kept in a staged name (file names have 255 bytes)


def is_staged_name(name: str) -> bool:
    """Whether ``name`` is that of a file :func:`atomic_write_files` stages, and nothing else.

    >>> is_staged_name(".page.txt.seedclean-a1b2c3d_.tmp"), is_staged_name(".page.txt.tmp")
    (True, False)
    >>> is_staged_name(".seedclean-a1b2c3d_.tmp"), is_staged_name(".x.seedclean-A1B2C3D_.tmp")
    (False, False)
    """
    core = name[: -len(_STAGED_SUFFIX)]
    tag = len(core) - _STAGED_RANDOM - len(_STAGED_TAG)
    return (
        name.startswith(".")
        and name.endswith(_STAGED_SUFFIX)
        and tag > 1
        and core[tag : tag + len(_STAGED_TAG)] == _STAGED_TAG
        and all(c in _STAGED_CHARS for c in core[-_STAGED_RANDOM:])
    )


def _staged_prefix(name: str) -> str:
    """The start of a staged file's name: ``.<name>.seedclean-``, ``name`` cut if long."""
    raw = os.fsencode(name)
    if len(raw) > _STAGED_NAME_BYTES:
        name = os.fsdecode(raw[:_STAGED_NAME_BYTES])
    return f".{name}{_STAGED_TAG}"


class StagedFile:
    """A file written bit by bit and put in place atomically: for outputs too big to hold.

    Writes go to a staged file beside ``path`` (named as :func:`is_staged_name` says);
    :meth:`commit` fsyncs it and renames it over ``path``; leaving the ``with`` block
    without a commit (an error, Ctrl-C) removes it, and the old ``path`` stays as it was.

    >>> import tempfile, pathlib
    >>> with tempfile.TemporaryDirectory() as d:
    ...     with StagedFile(pathlib.Path(d, "out.jsonl")) as staged:
    ...         _ = staged.file.write(b"{}\\n")
    ...         staged.commit()
    ...     sorted(p.name for p in pathlib.Path(d).iterdir())
    ['out.jsonl']
    """

    def __init__(self, path: StrPath) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        prefix = _staged_prefix(self.path.name)
        fd, self.tmp = tempfile.mkstemp(dir=self.path.parent, prefix=prefix, suffix=_STAGED_SUFFIX)
        self.file = os.fdopen(fd, "wb")
        self.committed = False

    def __enter__(self) -> StagedFile:
        return self

    def __exit__(self, *exc_info: object) -> None:
        if not self.committed:
            self.discard()

    def sync(self) -> None:
        """Flush, fsync and close the staged file, and give it a new file's mode."""
        if self.file.closed:
            return
        self.file.flush()
        os.fsync(self.file.fileno())
        self.file.close()
        os.chmod(self.tmp, _new_file_mode())

    def commit(self) -> None:
        """Sync the staged file, then rename it over the target."""
        self.sync()
        os.replace(self.tmp, self.path)
        self.committed = True

    def discard(self) -> None:
        """Remove the staged file; the target is not touched."""
        with contextlib.suppress(OSError):
            self.file.close()
        _unlink_quietly(self.tmp)


def remove_staged_files(folder: StrPath, *, skip: Iterable[StrPath] = ()) -> int:
    """Remove the staged files a killed run left in ``folder`` and its subfolders.

    Only regular files whose name :func:`is_staged_name` accepts are removed. Symbolic
    links are neither followed nor removed, and folders in ``skip`` (compared by real
    path: the input folder, when it lies inside ``folder``) are not entered. A folder
    that cannot be listed, or a file that cannot be removed, is passed over. Returns how
    many files were removed.

    >>> import tempfile, pathlib
    >>> with tempfile.TemporaryDirectory() as d:
    ...     for name in (".a.txt.seedclean-k2j4h6g8.tmp", ".a.txt.x.tmp", "a.txt"):
    ...         _ = pathlib.Path(d, name).write_text("x")
    ...     remove_staged_files(d), sorted(p.name for p in pathlib.Path(d).iterdir())
    (1, ['.a.txt.x.tmp', 'a.txt'])
    """
    skipped = {os.path.realpath(p) for p in skip}
    removed = 0
    stack = [os.fspath(folder)]
    while stack:
        current = stack.pop()
        if os.path.realpath(current) in skipped:
            continue
        try:
            with os.scandir(current) as it:
                entries = list(it)
        except OSError:
            continue
        for entry in entries:
            try:
                if entry.is_dir(follow_symlinks=False):
                    stack.append(entry.path)
                elif is_staged_name(entry.name) and entry.is_file(follow_symlinks=False):
                    os.unlink(entry.path)
                    removed += 1
            except OSError:
                continue
    return removed


def atomic_write_files(files: Iterable[tuple[StrPath, bytes]]) -> None:
    """Write several ``(path, data)`` files, each atomically: all are staged, then renamed.

    Parent folders are created. If anything fails while staging (KeyboardInterrupt
    included), no target is touched and no temporary file is left behind. The renames
    happen one after the other at the end, so a failure there (rare: they are
    metadata-only) can leave the first files replaced and the others not.

    >>> import tempfile, pathlib
    >>> with tempfile.TemporaryDirectory() as d:
    ...     atomic_write_files([(f"{d}/a/x.txt", b"x"), (f"{d}/a/x.json", b"{}")])
    ...     sorted(p.name for p in pathlib.Path(d, "a").iterdir())
    ['x.json', 'x.txt']
    """
    staged: list[StagedFile] = []
    try:
        for target, data in files:
            staged.append(StagedFile(target))
            staged[-1].file.write(data)
            staged[-1].sync()
        for file in staged:
            file.commit()
    except BaseException:
        for file in staged:
            if not file.committed:
                file.discard()
        raise


def atomic_write_bytes(path: StrPath, data: bytes) -> None:
    """Replace the file at ``path`` by ``data`` atomically (temporary file, fsync, rename).

    Parent folders are created; on any failure the temporary file is removed and the
    old file, if any, is left as it was.

    >>> import tempfile, pathlib
    >>> with tempfile.TemporaryDirectory() as d:
    ...     atomic_write_bytes(pathlib.Path(d, "sub", "f.bin"), b"\\x00\\x01")
    ...     pathlib.Path(d, "sub", "f.bin").read_bytes()
    b'\\x00\\x01'
    """
    atomic_write_files([(path, data)])


def atomic_write_text(path: StrPath, text: str, encoding: str = "utf-8") -> None:
    """Replace the file at ``path`` by ``text`` atomically; no newline translation.

    >>> import tempfile, pathlib
    >>> with tempfile.TemporaryDirectory() as d:
    ...     atomic_write_text(pathlib.Path(d, "f.txt"), "café\\n")
    ...     pathlib.Path(d, "f.txt").read_bytes()
    b'caf\\xc3\\xa9\\n'
    """
    atomic_write_files([(path, text.encode(encoding))])
