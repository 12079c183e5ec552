"""``remove_corpus_lines``: lines found in many documents of the corpus.

The cleaning pass of corpus-level cleaning (:mod:`seedclean.corpus_lines`): a line whose
normalised text occurs in at least ``min_docs`` documents of the counts goes, with reason
``corpus_repeat``, the number of documents as its score and ``min_docs`` as the
threshold. Blank lines and lines shorter than the counts' ``min_words`` are never
removed; with no counts (the default) nothing is.

>>> from seedclean.corpus_lines import LineCounts, line_hash
>>> footer = "Copyright 2024 Example Media, all rights reserved."
>>> counts = LineCounts.of_documents([{line_hash(footer)}] * 3)
>>> doc = RemoveCorpusLines.of(counts, min_docs=3)(
...     "A story of the day, told well.\\n\\nCopyright 2019 Example Media. All rights reserved")
>>> doc.text
'A story of the day, told well.'
>>> [(e.reason.value, e.score, e.threshold) for e in doc.audit]
[('corpus_repeat', 3.0, 3.0)]
>>> RemoveCorpusLines.of(counts, min_docs=4)(footer).audit
()
>>> RemoveCorpusLines()(footer).audit
()
"""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from ..corpus_lines import LineCounts, counts_in_memory, page_hashes, remember_counts
from ..document import Reason
from ..page import LineLabel, Page
from ..pipeline import LineCleaner, register_cleaner

__all__ = ["RemoveCorpusLines"]

_EMPTY = LineCounts()


def _optional_str(value: Any) -> str | None:
    if value is None or isinstance(value, str):
        return value
    raise TypeError(f"expected a path (str) or None, got {type(value).__name__}")


@register_cleaner
@attrs.frozen(repr=False)
class RemoveCorpusLines(LineCleaner):
    """Remove the lines found in at least ``min_docs`` documents of a corpus.

    Options (keyword-only, all JSON values, so a config holds them):

    - ``counts``: the path of a file of :class:`~seedclean.corpus_lines.LineCounts`
      (:meth:`~seedclean.corpus_lines.LineCounts.save`); ``None``: no counts, or
      counts held in memory (:meth:`of`).
    - ``min_docs``: the fewest documents a line must occur in to go (3).
    - ``digest``: the counts' digest, filled in from the counts; a config that gives it
      is checked against the file, so a config names the very counts it was made with
      and the pipeline's fingerprint changes with them.

    >>> import seedclean
    >>> pipe = seedclean.Pipeline([RemoveCorpusLines(min_docs=5)])
    >>> pipe.to_config()["steps"][0]["options"]
    {'counts': None, 'min_docs': 5, 'digest': None}
    >>> seedclean.Pipeline.from_config(pipe.to_config()) == pipe
    True
    """

    name: ClassVar[str] = "remove_corpus_lines"

    counts: str | None = attrs.field(default=None, kw_only=True, converter=_optional_str)
    min_docs: int = attrs.field(default=3, kw_only=True, validator=attrs.validators.ge(1))
    digest: str | None = attrs.field(default=None, kw_only=True, converter=_optional_str)
    _table: LineCounts | None = attrs.field(
        default=None, kw_only=True, eq=False, repr=False, alias="table"
    )

    def __attrs_post_init__(self) -> None:
        table = self._table
        if table is None:
            if self.counts is not None:
                table = LineCounts.load(self.counts)
            elif self.digest is not None:
                table = counts_in_memory(self.digest)
                if table is None:
                    raise ValueError(
                        f"the counts of digest {self.digest} are not in this process: save "
                        "them (LineCounts.save) and name the file as the 'counts' option"
                    )
            else:
                table = _EMPTY
            object.__setattr__(self, "_table", table)
        elif table is not _EMPTY:
            remember_counts(table)  # so that a config naming it by digest finds it here
        if self.digest is None:
            if table is not _EMPTY:
                object.__setattr__(self, "digest", table.digest)
        elif table.digest != self.digest:
            raise ValueError(
                f"the counts in {self.counts!r} have digest {table.digest}, not "
                f"{self.digest}: they changed since the config was written"
            )

    @classmethod
    def of(cls, counts: LineCounts, *, min_docs: int = 3) -> RemoveCorpusLines:
        """The cleaner for counts held in memory (their file, if they were saved or
        loaded, is its ``counts`` option).

        >>> RemoveCorpusLines.of(LineCounts(), min_docs=2).options()["digest"]
        '0fddb792531722f1'
        """
        return cls(counts=counts.path, min_docs=min_docs, digest=counts.digest, table=counts)

    @property
    def table(self) -> LineCounts:
        """The counts the cleaner reads."""
        assert self._table is not None
        return self._table

    def label(self, page: Page) -> dict[int, LineLabel]:
        """The lines of ``page`` found in at least ``min_docs`` documents."""
        table = self.table
        if not len(table):
            return {}
        out: dict[int, LineLabel] = {}
        threshold = float(self.min_docs)
        for k, h in page_hashes(page, min_words=table.min_words):
            n = table[h]
            if n >= self.min_docs:
                out[k] = LineLabel(Reason.CORPUS_REPEAT, score=float(n), threshold=threshold)
        return out

    def __repr__(self) -> str:
        return (
            f"RemoveCorpusLines(counts={self.counts!r}, min_docs={self.min_docs}, "
            f"digest={self.digest!r})"
        )
