"""Clean a Hugging Face dataset with ``Dataset.map(batched=True)``.

:func:`cleaner_for_map` gives a function from a batch (a dict of columns, each a list of
values) to a batch: the same columns, the text column holding the clean text of each row,
and a column with seedclean's entry for each row, as a JSON string. Every row comes out
(a row whose text is missing, blank or fails to clean gets an empty text and an entry
that says ``drop`` and why), so ``map`` never changes the number of rows.

>>> import json
>>> clean = cleaner_for_map()
>>> out = clean({"id": [1, 2], "text": ["Caf\\u00e9  \\nopens.", None]})
>>> out["id"], out["text"]
([1, 2], ['Café\\nopens.', ''])
>>> [json.loads(e)["reason"] for e in out["seedclean"]]
[None, 'no_text']

With ``datasets`` (``pip install 'seedclean[hf]'``)::

    ds = ds.map(cleaner_for_map(), batched=True, num_proc=4)
    kept = ds.filter(lambda row: json.loads(row["seedclean"])["decision"] == "keep")

The entry is a JSON string rather than a struct because its keys vary from row to row
(the metadata found, the reasons text was removed for): Arrow gives a struct column
the keys of the first batch, so a later batch would not fit it. The function pickles, so
``num_proc`` works, and so do other engines that map a function over batches of dicts of
lists (Ray Data's ``map_batches``, say: see ``docs/corpora-cluster.md``). This module
does not import ``datasets``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import attrs

from .batch import Limits
from .pipeline import Pipeline
from .records import (
    ENTRY_KEY,
    AuditMode,
    check_audit,
    clean_text,
    dumps_record,
    pipeline_or_default,
)

__all__ = ["BatchCleaner", "cleaner_for_map"]


@attrs.frozen
class BatchCleaner:
    """A function batch → batch that cleans one column (see :func:`cleaner_for_map`)."""

    pipeline: Pipeline
    text_key: str = "text"
    output_key: str | None = None
    entry_key: str = ENTRY_KEY
    decision_key: str | None = None
    audit: AuditMode = "none"
    limits: Limits | None = None

    def __attrs_post_init__(self) -> None:
        check_audit(self.audit)

    def __call__(self, batch: Mapping[str, Sequence[Any]]) -> dict[str, list[Any]]:
        """The batch with the clean texts and the entries (every column is a list)."""
        if self.text_key not in batch:
            raise KeyError(f"the batch has no column {self.text_key!r} (columns: {list(batch)})")
        out = {key: list(values) for key, values in batch.items()}
        texts: list[str] = []
        entries: list[str] = []
        decisions: list[str] = []
        for value in out[self.text_key]:
            text, entry = clean_text(value, self.pipeline, audit=self.audit, limits=self.limits)
            texts.append(text)
            entries.append(dumps_record(entry))
            decisions.append(entry["decision"])
        out[self.output_key or self.text_key] = texts
        out[self.entry_key] = entries
        if self.decision_key is not None:
            out[self.decision_key] = decisions
        return out


def cleaner_for_map(
    pipeline: Pipeline | None = None,
    *,
    text_key: str = "text",
    output_key: str | None = None,
    entry_key: str = ENTRY_KEY,
    decision_key: str | None = None,
    audit: AuditMode = "none",
    limits: Limits | None = None,
) -> BatchCleaner:
    """A function for ``Dataset.map(batched=True)`` that cleans the column ``text_key``.

    ``pipeline``: the seedclean pipeline (the default one when omitted). The clean text
    replaces ``text_key``, or goes to a new column ``output_key`` so that the input text
    stays (the audit replays on it). ``entry_key``: the column of the entries, each the
    JSON text of ``metadata["seedclean"]`` of :func:`~seedclean.records.clean_record`
    (``"none"``: without the audit, the default here; ``"compact"``: with it).
    ``decision_key``: a column of plain ``"keep"`` / ``"drop"`` too, to filter on.
    ``limits``: a text over one is kept unchanged (the entry says so). Each row's clean
    text and entry are those :func:`~seedclean.records.clean_record` gives for the record
    ``{"text": value}``.

    >>> clean = cleaner_for_map(output_key="clean", decision_key="decision")
    >>> out = clean({"text": ["   ", "A\\u00a0B"]})
    >>> out["text"], out["clean"], out["decision"]
    (['   ', 'A\\xa0B'], ['', 'A B'], ['drop', 'keep'])
    """
    return BatchCleaner(
        pipeline_or_default(pipeline),
        text_key=text_key,
        output_key=output_key,
        entry_key=entry_key,
        decision_key=decision_key,
        audit=audit,
        limits=limits,
    )
