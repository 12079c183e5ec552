"""What one run of ``extract_metadata`` has found so far: the values of the fields,
where each was read, and the lines to take out of the body, with the reason for each.

The deciding modules write here (a field is taken once: the first step that finds it
wins, so later steps check :attr:`Record.fields`); :meth:`Record.found` gives the result.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from ...document import FieldSource, Metadata, Reason

if TYPE_CHECKING:
    from .reading import PageLine


@attrs.frozen(slots=True)
class Found:
    """What one run of the extractor found: the record and the lines to remove."""

    metadata: Metadata
    removals: dict[int, Reason]  # line index -> reason


class Record:
    """The fields, their sources and the removals of one run, as the steps find them."""

    def __init__(self, step: int) -> None:
        self.step = step  # the pipeline step the sources point into the input of
        self.fields: dict[str, Any] = {}
        self.sources: list[FieldSource] = []
        self.removals: dict[int, Reason] = {}  # line index -> reason; the first reason stays

    def source(self, field: str, start: int, end: int, confidence: float) -> None:
        """Record that ``field`` was read from ``text[start:end]``."""
        self.sources.append(FieldSource(field, self.step, start, end, round(confidence, 2)))

    def remove(self, info: PageLine, reason: Reason) -> None:
        """Take line ``info`` out of the body (unless it already goes, for another reason)."""
        self.removals.setdefault(info.line.index, reason)

    def found(self) -> Found:
        """The metadata and the removals found."""
        return Found(Metadata(**self.fields, sources=self.sources), dict(self.removals))
