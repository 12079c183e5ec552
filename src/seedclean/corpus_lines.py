"""Corpus-level cleaning: lines that repeat across many documents of a corpus.

A site prints its menu, its footer and its legal text on every page. Read one page at a
time, such a line may look like prose ("All rights reserved. Reproduction without written
permission is prohibited."); read across the corpus it is boilerplate, because it occurs
in many documents. As in CCNet (Wenzek et al., 2020), a first pass hashes every line of
every document, normalised, and counts for each hash the number of *documents* it occurs
in; the cleaning pass then removes the lines found in at least ``min_docs`` documents
(:class:`~seedclean.cleaners.RemoveCorpusLines`, reason ``corpus_repeat``).

>>> import seedclean
>>> stories = ["The cat sat on the mat.", "A dog ran across the park.", "Rain fell on the town."]
>>> pages = [f"Home News Sport Weather Contact\\n\\n{story}" for story in stories]
>>> counts = count_lines(pages, seedclean.default_pipeline())
>>> counts.documents, len(counts), counts.count("home news sport weather contact")
(3, 4, 3)
>>> pipe = with_corpus_lines(seedclean.default_pipeline(), counts, min_docs=3)
>>> doc = pipe(pages[0])
>>> doc.text
'The cat sat on the mat.'
>>> [(e.reason.value, e.score, e.threshold) for e in doc.audit if e.cleaner ==
...  "remove_corpus_lines"]
[('corpus_repeat', 3.0, 3.0)]

The lines hashed are those the cleaning pass sees: the first pass runs the pipeline's
character-level stage (:func:`corpus_stage`: encoding repair, whitespace, whatever the
pipeline does to characters before its first line cleaner, with the pipeline's options)
and hashes the lines of the page it leaves. A line is normalised (:func:`line_key`) as
CCNet does: its visible text (a Markdown link reads as its anchor) case-folded, accents,
punctuation and symbols dropped, digits read as ``0`` and spaces collapsed; the key's
blake2b digest, 8 bytes, is the line's hash. Lines of fewer than ``min_words`` words
(default :data:`MIN_WORDS`) are not counted: they are too short to tell a site's
boilerplate from a phrase many pages use ("Introduction", "Read more"), and the other
cleaners know the short boilerplate by what it says.

Counts (:class:`LineCounts`) are an immutable value: sorted arrays of hashes and counts,
12 bytes a line. Counts of parts of a corpus add up (``a.merge(b)``, ``a + b``,
``sum(parts)``), pickle, and save to and load from a file, so a first pass can run on
many workers or machines and the cleaning pass read its result. Their :attr:`digest`
is part of the cleaner's options, so the pipeline's fingerprint changes with the counts.
"""

from __future__ import annotations

import bisect
import hashlib
import os
import struct
import sys
import unicodedata
import weakref
from array import array
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

import regex

from .document import Document
from .io import atomic_write_bytes
from .page import LineFacts, Page
from .pipeline import Cleaner, LineCleaner, Pipeline

if TYPE_CHECKING:
    from .batch import Limits, WorkItem
    from .cleaners.remove_corpus_lines import RemoveCorpusLines
    from .records import RecordItem

__all__ = [
    "MIN_WORDS",
    "LineCounter",
    "LineCounts",
    "corpus_position",
    "corpus_stage",
    "count_lines",
    "counts_in_memory",
    "item_hashes",
    "line_hash",
    "line_hashes",
    "line_key",
    "record_hashes",
    "remember_counts",
    "with_corpus_lines",
]

#: The fewest words a line needs to be counted (see ``docs/cleaners/remove_corpus_lines.md``
#: for the figures it was chosen on).
MIN_WORDS = 4

# The version of the normalisation and hash: counts saved with another cannot be read.
_VERSION = 1
_MAGIC = b"SEEDCLC\x00"
_HEADER = struct.Struct("<8sIIQQ")  # magic, version, min_words, documents, lines

_DIGIT = regex.compile(r"\p{Nd}")
_MARK = regex.compile(r"\p{Mn}++")


def line_key(visible: str) -> str:
    """A line's visible text normalised as CCNet does before hashing: case-folded,
    punctuation and symbols dropped, accents stripped, digits read as ``0``, spaces
    collapsed.

    >>> line_key("Copyright © 2021 Example Media.  All rights reserved")
    'copyright 0000 example media all rights reserved'
    >>> line_key("copyright 2023! Example média, all RIGHTS reserved.")
    'copyright 0000 example media all rights reserved'
    """
    from .lines import fold

    key = fold(visible)
    if not key.isascii():
        key = _MARK.sub("", unicodedata.normalize("NFKD", key))
        key = unicodedata.normalize("NFC", key)
    if any(c.isdigit() for c in key):
        key = _DIGIT.sub("0", key)
    return key


def line_hash(visible: str) -> int:
    """The hash of a line's normalised text (:func:`line_key`): the first 8 bytes of
    its blake2b digest, as an unsigned integer.

    >>> a = line_hash("Copyright 2021, all rights reserved")
    >>> a == line_hash("copyright 2023 ALL rights reserved!")
    True
    >>> a == line_hash("Copyright, all rights reserved")
    False
    """
    # a lone surrogate (text decoded with errors="surrogateescape") hashes too
    key = line_key(visible).encode("utf-8", "surrogatepass")
    digest = hashlib.blake2b(key, digest_size=8).digest()
    return int.from_bytes(digest, "little")


def _fact_hash(facts: LineFacts, min_words: int) -> int | None:
    """The hash of a line of a page, ``None`` for a blank or short one."""
    if facts.blank or facts.words < min_words:
        return None
    return facts.remember(("corpus_line_hash", _VERSION), lambda _: line_hash(facts.visible))


def page_hashes(page: Page, *, min_words: int = MIN_WORDS) -> Iterator[tuple[int, int]]:
    """``(line index, hash)`` for each line of ``page`` that is counted.

    >>> [k for k, _ in page_hashes(Page.of("Home\\n\\nA line of five words here."))]
    [2]
    """
    for k in page.nonblank():
        h = _fact_hash(page.facts(k), min_words)
        if h is not None:
            yield k, h


class LineCounts:
    """For each line hash, the number of documents of a corpus the line occurs in.

    Immutable: the hashes sorted in an array of unsigned 64-bit integers, the counts in
    an array of 32-bit ones. Build counts with :func:`count_lines` or a
    :class:`LineCounter`; add up the counts of parts of a corpus with :meth:`merge`,
    ``+`` or ``sum``; keep them with :meth:`save` and :meth:`load`.

    >>> a = LineCounts.of_documents([{1, 2}, {2}])
    >>> b = LineCounts.of_documents([{2, 3}])
    >>> merged = a.merge(b)
    >>> merged[2], merged[1], merged[99], merged.documents
    (3, 1, 0, 3)
    >>> sum([a, b]) == merged
    True
    >>> len(merged.digest)
    16
    """

    __slots__ = ("__weakref__", "_counts", "_digest", "_keys", "documents", "min_words", "path")

    def __init__(
        self,
        keys: Iterable[int] = (),
        counts: Iterable[int] = (),
        *,
        documents: int = 0,
        min_words: int = MIN_WORDS,
    ) -> None:
        """Counts from hashes ``keys`` (sorted, no repeats) and their ``counts``, over
        ``documents`` documents counted with ``min_words``."""
        self._keys = array("Q", keys)
        self._counts = array("I", counts)
        if len(self._keys) != len(self._counts):
            raise ValueError("as many counts as hashes are needed")
        if any(a >= b for a, b in zip(self._keys, self._keys[1:], strict=False)):
            raise ValueError("the hashes must be sorted, without repeats")
        if min_words < 1 or documents < 0:
            raise ValueError("min_words must be at least 1 and documents not negative")
        self.documents = documents
        self.min_words = min_words
        #: The file the counts were saved to or loaded from, if any.
        self.path: str | None = None
        self._digest: str | None = None

    @classmethod
    def of_documents(
        cls, documents: Iterable[Iterable[int]], *, min_words: int = MIN_WORDS
    ) -> LineCounts:
        """The counts of documents given as their line hashes (a hash repeated within a
        document counts once).

        >>> LineCounts.of_documents([[7, 7, 7]])[7]
        1
        """
        counter = LineCounter(min_words=min_words)
        for hashes in documents:
            counter.add_hashes(hashes)
        return counter.counts()

    # -- reading ---------------------------------------------------------------------

    def __len__(self) -> int:
        """The number of distinct lines counted."""
        return len(self._keys)

    def __getitem__(self, key: int) -> int:
        """The number of documents the line of hash ``key`` occurs in (0 if none)."""
        keys = self._keys
        i = bisect.bisect_left(keys, key)
        if i < len(keys) and keys[i] == key:
            return self._counts[i]
        return 0

    def count(self, line: str) -> int:
        """The number of documents the line ``line`` (its visible text, as a page's line
        shows it) occurs in, 0 for a line too short to be counted.

        >>> counts = LineCounts.of_documents([[line_hash("All rights reserved by us")]] * 2)
        >>> counts.count("ALL rights reserved by us."), counts.count("All rights")
        (2, 0)
        """
        h = _fact_hash(LineFacts(line), self.min_words)
        return 0 if h is None else self[h]

    def items(self) -> Iterator[tuple[int, int]]:
        """``(hash, count)`` pairs, by hash."""
        return zip(self._keys, self._counts, strict=True)

    def at_least(self, min_docs: int) -> int:
        """How many distinct lines occur in at least ``min_docs`` documents.

        >>> LineCounts.of_documents([{1, 2}, {2}]).at_least(2)
        1
        """
        return sum(1 for c in self._counts if c >= min_docs)

    @property
    def digest(self) -> str:
        """A short hash of the counts (16 hex digits): equal counts, equal digests."""
        d = self._digest
        if d is None:
            h = hashlib.blake2b(digest_size=8)
            h.update(self._header())
            h.update(_little(self._keys))
            h.update(_little(self._counts))
            d = self._digest = h.hexdigest()
        return d

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, LineCounts):
            return NotImplemented
        return (
            self.documents == other.documents
            and self.min_words == other.min_words
            and self._keys == other._keys
            and self._counts == other._counts
        )

    def __hash__(self) -> int:
        return hash(self.digest)

    def __repr__(self) -> str:
        return (
            f"LineCounts({len(self)} lines, {self.documents} documents, "
            f"min_words={self.min_words}, digest={self.digest!r})"
        )

    # -- adding up -------------------------------------------------------------------

    def merge(self, other: LineCounts) -> LineCounts:
        """The counts of both corpora together (they must count with the same
        ``min_words``)."""
        if not isinstance(other, LineCounts):
            raise TypeError(f"cannot merge LineCounts with {type(other).__name__}")
        if other.min_words != self.min_words:
            raise ValueError(
                f"counts made with min_words={self.min_words} and {other.min_words} "
                "do not add up"
            )
        total: dict[int, int] = dict(self.items())
        for k, c in other.items():
            total[k] = total.get(k, 0) + c
        keys = sorted(total)
        return LineCounts(
            keys,
            [total[k] for k in keys],
            documents=self.documents + other.documents,
            min_words=self.min_words,
        )

    def __add__(self, other: LineCounts) -> LineCounts:
        return self.merge(other)

    def __radd__(self, other: object) -> LineCounts:
        if other == 0:  # sum() starts from 0
            return self
        if isinstance(other, LineCounts):
            return other.merge(self)
        return NotImplemented

    # -- files and pickles -----------------------------------------------------------

    def _header(self) -> bytes:
        return _HEADER.pack(_MAGIC, _VERSION, self.min_words, self.documents, len(self))

    def to_bytes(self) -> bytes:
        """The counts as the bytes :meth:`save` writes (little-endian)."""
        return self._header() + _little(self._keys) + _little(self._counts)

    @classmethod
    def from_bytes(cls, data: bytes) -> LineCounts:
        """Counts from :meth:`to_bytes`; ``ValueError`` for anything else.

        >>> c = LineCounts.of_documents([{5, 6}])
        >>> LineCounts.from_bytes(c.to_bytes()) == c
        True
        >>> LineCounts.from_bytes(b"not counts")
        Traceback (most recent call last):
        ...
        ValueError: not a seedclean line counts file
        """
        if len(data) < _HEADER.size or not data.startswith(_MAGIC):
            raise ValueError("not a seedclean line counts file")
        _, version, min_words, documents, n = _HEADER.unpack_from(data)
        if version != _VERSION:
            raise ValueError(f"line counts of version {version}; this seedclean reads {_VERSION}")
        if len(data) != _HEADER.size + 12 * n:
            raise ValueError("truncated or damaged line counts file")
        keys, counts = array("Q"), array("I")
        keys.frombytes(data[_HEADER.size : _HEADER.size + 8 * n])
        counts.frombytes(data[_HEADER.size + 8 * n :])
        if sys.byteorder == "big":
            keys.byteswap()
            counts.byteswap()
        out = cls.__new__(cls)
        out._keys, out._counts = keys, counts
        out.documents, out.min_words, out.path, out._digest = documents, min_words, None, None
        return out

    def save(self, path: str | os.PathLike[str]) -> str:
        """Write the counts to ``path`` (atomically: a temporary file, then renamed);
        return the path, which the counts remember (:attr:`path`)."""
        path = os.fspath(path)
        atomic_write_bytes(path, self.to_bytes())
        self.path = path
        remember_counts(self)
        return path

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> LineCounts:
        """Read counts written by :meth:`save`."""
        path = os.fspath(path)
        with open(path, "rb") as f:
            out = cls.from_bytes(f.read())
        out.path = path
        remember_counts(out)
        return out

    def __reduce__(self) -> tuple[Any, ...]:
        return (_from_bytes_at, (self.to_bytes(), self.path))


def _from_bytes_at(data: bytes, path: str | None) -> LineCounts:
    out = LineCounts.from_bytes(data)
    out.path = path
    return out


def _little(a: array[int]) -> bytes:
    if sys.byteorder == "big":
        a = array(a.typecode, a)
        a.byteswap()
    return a.tobytes()


# Counts held in this process, by digest: a config that names counts by digest alone
# (counts never saved) is rebuilt with them while they live.
_LIVE: weakref.WeakValueDictionary[str, LineCounts] = weakref.WeakValueDictionary()


def remember_counts(counts: LineCounts) -> None:
    """Let a config that names ``counts`` by digest find them in this process (weakly:
    they go when nothing else holds them)."""
    _LIVE[counts.digest] = counts


def counts_in_memory(digest: str) -> LineCounts | None:
    """The counts of ``digest`` this process holds, if any (see :func:`remember_counts`).

    >>> counts = LineCounts.of_documents([{1}, {1}])
    >>> remember_counts(counts)
    >>> counts_in_memory(counts.digest) is counts
    True
    """
    return _LIVE.get(digest)


class LineCounter:
    """Counts being built, one document at a time (a dict hash -> documents).

    >>> counter = LineCounter()
    >>> counter.add_hashes([1, 1, 2])
    >>> counter.add_hashes([1])
    >>> c = counter.counts()
    >>> c[1], c[2], c.documents
    (2, 1, 2)
    """

    __slots__ = ("_counts", "documents", "min_words")

    def __init__(self, *, min_words: int = MIN_WORDS) -> None:
        self.min_words = min_words
        self.documents = 0
        self._counts: dict[int, int] = {}

    def add_hashes(self, hashes: Iterable[int]) -> None:
        """Count one document given as the hashes of its lines (each counts once)."""
        counts = self._counts
        for h in set(hashes):
            counts[h] = counts.get(h, 0) + 1
        self.documents += 1

    def add_page(self, page: Page) -> None:
        """Count one document given as its page (after the character-level stage)."""
        self.add_hashes(h for _, h in page_hashes(page, min_words=self.min_words))

    def counts(self) -> LineCounts:
        """The counts so far."""
        keys = sorted(self._counts)
        counts = self._counts
        return LineCounts(
            keys, [counts[k] for k in keys], documents=self.documents, min_words=self.min_words
        )


# -- the pipeline ----------------------------------------------------------------------

_NAME = "remove_corpus_lines"


def corpus_position(pipeline: Pipeline) -> int:
    """Where in ``pipeline`` the corpus-lines step is (or goes): its index when the
    pipeline has one; else right after ``extract_metadata`` (the metadata lines, a dated
    byline say, are read before a line the corpus repeats can go); else before the first
    line cleaner; else at the end.

    >>> import seedclean
    >>> pipe = seedclean.default_pipeline()
    >>> pipe.names()[corpus_position(pipe)]
    'remove_duplicates'
    """
    names = pipeline.names()
    if _NAME in names:
        return names.index(_NAME)
    if "extract_metadata" in names:
        return names.index("extract_metadata") + 1
    for i, step in enumerate(pipeline.steps):
        if isinstance(step, LineCleaner):
            return i
    return len(names)


def corpus_stage(pipeline: Pipeline) -> Pipeline:
    """The character-level stage of ``pipeline``, which the first pass runs: the steps
    before the corpus-lines step (:func:`corpus_position`) that are not line cleaners,
    with the pipeline's options and guard. Line cleaners only take whole lines out, so
    the lines the corpus-lines step sees read as they do after this stage.

    >>> import seedclean
    >>> corpus_stage(seedclean.default_pipeline()).names()
    ['repair_encoding', 'normalize_whitespace']
    """
    steps = [s for s in pipeline.steps[: corpus_position(pipeline)] if not _is_line_step(s)]
    return Pipeline(steps, guard=pipeline.guard)


def _is_line_step(step: Cleaner) -> bool:
    return isinstance(step, LineCleaner)


def line_hashes(
    text: str | Document, stage: Pipeline, *, min_words: int = MIN_WORDS
) -> set[int]:
    """The hashes of the counted lines of one document, after ``stage`` (a pipeline's
    :func:`corpus_stage`): what a worker of a first pass returns for a document.

    >>> import seedclean
    >>> stage = corpus_stage(seedclean.default_pipeline())
    >>> len(line_hashes("Menu\\n\\nThis line has five words.\\nThis line has five words!", stage))
    1
    """
    doc = stage(text)
    return {h for _, h in page_hashes(doc.page(), min_words=min_words)}


def item_hashes(
    item: WorkItem,
    stage: Pipeline,
    *,
    min_words: int = MIN_WORDS,
    limits: Limits | None = None,
) -> set[int] | None:
    """:func:`line_hashes` of one input of a command-line run, read and decoded as the
    cleaning pass reads it (:func:`seedclean.batch.process`); ``None`` for an input the
    cleaning pass does not clean (unreadable, binary, or over the size limit of
    ``limits``). Its signature is a :class:`seedclean.parallel.Workers` task's, so a first
    pass can run on the workers the cleaning pass uses.

    >>> import seedclean
    >>> from seedclean.batch import Limits, WorkItem
    >>> stage = corpus_stage(seedclean.default_pipeline())
    >>> len(item_hashes(WorkItem("a.txt", data="Un café, s’il vous plaît !".encode()), stage))
    1
    >>> item_hashes(WorkItem("b.bin", data=b"\\x00\\x01" * 500), stage) is None
    True
    >>> item_hashes(WorkItem("c.txt", data=b"x" * 20), stage, limits=Limits(max_chars=10))
    """
    from .batch import LimitExceededError, read_text

    try:
        decoded = read_text(item)[1]
        if decoded is None:
            return None
        if limits is not None:
            limits.check_size(decoded.text)
    except (OSError, ValueError, LimitExceededError):
        return None
    return line_hashes(decoded.text, stage, min_words=min_words)


def record_hashes(
    item: RecordItem,
    stage: Pipeline,
    *,
    text_key: str = "text",
    min_words: int = MIN_WORDS,
) -> set[int] | None:
    """:func:`line_hashes` of one dataset record's text field; ``None`` for a record the
    cleaning pass does not clean (unreadable, or with no text). A
    :class:`seedclean.parallel.Workers` task, like :func:`item_hashes`.

    >>> import seedclean
    >>> from seedclean.records import RecordItem
    >>> stage = corpus_stage(seedclean.default_pipeline())
    >>> item = RecordItem("p.jsonl", 1, record={"text": "A line of five words."})
    >>> len(record_hashes(item, stage))
    1
    >>> record_hashes(RecordItem("p.jsonl", 2, error="not valid JSON"), stage) is None
    True
    """
    text = None if item.record is None else item.record.get(text_key)
    if not isinstance(text, str):
        return None
    return line_hashes(text, stage, min_words=min_words)


def count_lines(
    texts: Iterable[str | Document],
    pipeline: Pipeline,
    *,
    min_words: int = MIN_WORDS,
) -> LineCounts:
    """The first pass: for each line of ``texts`` (after the character-level stage of
    ``pipeline``, :func:`corpus_stage`), the number of documents it occurs in.

    Blank lines and lines of fewer than ``min_words`` words are not counted.

    >>> import seedclean
    >>> counts = count_lines(["Ann  went home  early today.\\nOk", "ann went home early today"],
    ...                      seedclean.default_pipeline())
    >>> counts.count("Ann went home early today"), len(counts), counts.documents
    (2, 1, 2)
    """
    stage = corpus_stage(pipeline)
    counter = LineCounter(min_words=min_words)
    for text in texts:
        counter.add_hashes(line_hashes(text, stage, min_words=min_words))
    return counter.counts()


def with_corpus_lines(
    pipeline: Pipeline,
    counts: LineCounts | str | os.PathLike[str],
    *,
    min_docs: int = 3,
) -> Pipeline:
    """``pipeline`` with a :class:`~seedclean.cleaners.RemoveCorpusLines` step that
    removes the lines found in at least ``min_docs`` documents of ``counts`` (counts, or
    the path of a file of saved counts), at :func:`corpus_position`; a step of that name
    already there is replaced.

    >>> import seedclean
    >>> pipe = with_corpus_lines(seedclean.default_pipeline(), LineCounts())
    >>> pipe.names()[2:4]
    ['extract_metadata', 'remove_corpus_lines']
    """
    from .cleaners.remove_corpus_lines import RemoveCorpusLines

    step: RemoveCorpusLines
    if isinstance(counts, LineCounts):
        step = RemoveCorpusLines.of(counts, min_docs=min_docs)
    else:
        step = RemoveCorpusLines(counts=os.fspath(counts), min_docs=min_docs)
    if _NAME in pipeline.names():
        return pipeline.replace(_NAME, step)
    i = corpus_position(pipeline)
    return Pipeline([*pipeline.steps[:i], step, *pipeline.steps[i:]], guard=pipeline.guard)
