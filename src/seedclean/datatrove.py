"""seedclean as a step of a `datatrove <https://github.com/huggingface/datatrove>`_ pipeline.

Install with ``pip install 'seedclean[datatrove]'``. Two steps, both cleaning
``doc.text`` with a seedclean :class:`~seedclean.Pipeline` exactly as
:func:`seedclean.records.clean_record` cleans a record's text, and putting seedclean's
entry (decision, reason, metadata found, figures, audit) into ``doc.metadata["seedclean"]``:

- :class:`SeedcleanFormatter` (a datatrove formatter) forwards every document, a
  ``drop`` decision included, for a later step to act on;
- :class:`SeedcleanFilter` (a datatrove filter) forwards the documents it keeps and
  sends the others (the ``drop`` decisions: empty body, no text, cleaning failed) to the
  filter's ``exclusion_writer`` with their reason.

The steps pickle (user ``@seedclean.cleaner`` functions defined at module level too), so
they run under any datatrove executor. See ``docs/corpora-cluster.md`` for a whole
pipeline.

Without datatrove this module still imports; using one of its steps raises an
:class:`ImportError` that says what to install.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterable
from typing import TYPE_CHECKING, Any, Protocol

from .batch import Limits
from .pipeline import Pipeline
from .records import (
    ENTRY_KEY,
    AuditMode,
    Decision,
    check_audit,
    clean_record,
    pipeline_or_default,
)

_INSTALL = "seedclean.datatrove needs datatrove: pip install 'seedclean[datatrove]'"

try:
    from datatrove.data import Document, DocumentsPipeline
    from datatrove.pipeline.filters.base_filter import BaseFilter
    from datatrove.pipeline.formatters.base import BaseFormatter
    from datatrove.pipeline.writers.disk_base import DiskWriter
    from datatrove.utils.typeshelper import StatHints
except ImportError as exc:  # pragma: no cover - exercised in a subprocess test
    _MISSING: ImportError | None = exc
else:
    _MISSING = None

__all__ = ["SeedcleanFilter", "SeedcleanFormatter", "clean_document"]


class _Doc(Protocol):
    """What :func:`clean_document` needs of a document (datatrove's ``Document`` has it)."""

    text: str
    id: str
    metadata: dict[str, Any]


def clean_document(
    doc: _Doc,
    pipeline: Pipeline,
    *,
    audit: AuditMode = "compact",
    limits: Limits | None = None,
) -> dict[str, Any]:
    """Clean ``doc.text`` in place and set ``doc.metadata["seedclean"]``; return that entry.

    ``doc.text`` becomes the text :func:`~seedclean.records.clean_record` gives for the
    record ``{"id": doc.id, "text": doc.text}``: the clean body, or ``""`` when the text
    was not a string or its cleaning failed (the entry's ``reason`` and ``error`` say
    so). Works on any object with ``text``, ``id`` and ``metadata`` attributes.

    >>> import seedclean
    >>> from types import SimpleNamespace
    >>> doc = SimpleNamespace(text="Caf\\u00e9  \\nopens.", id="a", metadata={"url": "u"})
    >>> entry = clean_document(doc, seedclean.default_pipeline(), audit="none")
    >>> doc.text, entry["decision"], sorted(doc.metadata)
    ('Café\\nopens.', 'keep', ['seedclean', 'url'])
    """
    out = clean_record({"id": doc.id, "text": doc.text}, pipeline, audit=audit, limits=limits)
    entry: dict[str, Any] = out["metadata"][ENTRY_KEY]
    doc.text = out["text"]
    doc.metadata[ENTRY_KEY] = entry
    return entry


if _MISSING is None or TYPE_CHECKING:

    class _Cleaning:
        """What both steps share: the pipeline, the options and the statistics."""

        pipeline: Pipeline
        audit: AuditMode
        limits: Limits | None
        #: datatrove's ``PipelineStep.stat_update`` (declared only: the step class has it)
        stat_update: Callable[..., None]

        def _setup(
            self, pipeline: Pipeline | None, audit: AuditMode, limits: Limits | None
        ) -> None:
            check_audit(audit)
            self.pipeline = pipeline_or_default(pipeline)
            self.audit = audit
            self.limits = limits

        def _clean(self, doc: Document) -> dict[str, Any]:
            entry = clean_document(doc, self.pipeline, audit=self.audit, limits=self.limits)
            stats = entry.get("stats")
            if stats is not None:
                self.stat_update(
                    "chars_removed", value=stats["chars_in"] - stats["chars_out"], unit="doc"
                )
            if "passed_through" in entry:
                self.stat_update("passed_through")
            return entry

    class SeedcleanFormatter(_Cleaning, BaseFormatter):
        """A datatrove formatter: every document comes out cleaned, with seedclean's entry.

        Documents whose decision is ``drop`` are forwarded too (their text is what
        :func:`~seedclean.records.clean_record` gives: empty or blank), so that a later
        step can filter on ``doc.metadata["seedclean"]["decision"]``; use
        :class:`SeedcleanFilter` to drop them here. Statistics: ``total``,
        ``decision_keep`` / ``decision_drop``, ``drop_<reason>``, ``chars_removed`` (per
        document) and ``passed_through`` (documents over one of ``limits``).

        >>> from datatrove.data import Document
        >>> step = SeedcleanFormatter(audit="none")
        >>> docs = [Document(text="Caf\\u00e9  \\nopens.", id="a"), Document(text=" ", id="b")]
        >>> [(d.id, d.text, d.metadata["seedclean"]["decision"]) for d in step.run(docs)]
        [('a', 'Café\\nopens.', 'keep'), ('b', '', 'drop')]
        >>> step.format("Caf\\u00e9  \\nopens.")
        'Café\\nopens.'
        """

        name = "🌱 seedclean"

        def __init__(
            self,
            pipeline: Pipeline | None = None,
            *,
            audit: AuditMode = "compact",
            limits: Limits | None = None,
        ) -> None:
            """``pipeline``: the seedclean pipeline (the default one when omitted);
            ``audit``: ``"compact"`` keeps the audit in the entry, ``"none"`` leaves it
            out; ``limits``: documents over one are passed through unchanged."""
            super().__init__()  # type: ignore[no-untyped-call]
            self._setup(pipeline, audit, limits)

        def format(self, text: str) -> str:
            """The clean text of ``text`` (no entry: for use as a plain text function)."""
            out = clean_record({"text": text}, self.pipeline, audit="none", limits=self.limits)
            clean: str = out["text"]
            return clean

        def run(
            self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1
        ) -> DocumentsPipeline:
            """Clean each document of ``data`` and forward it."""
            return DocumentsPipeline(self._run(data))

        def _run(self, data: Iterable[Document] | None) -> Generator[Document, None, None]:
            for doc in data or ():
                self.stat_update(StatHints.total)
                with self.track_time():
                    entry = self._clean(doc)
                self.stat_update(f"decision_{entry['decision']}")
                if entry["decision"] != Decision.KEEP:
                    self.stat_update(f"drop_{entry['reason']}")
                yield doc

    class SeedcleanFilter(_Cleaning, BaseFilter):
        """A datatrove filter: keeps the documents seedclean keeps, cleaned, and sends the
        others to ``exclusion_writer``.

        A kept document's text is the clean body and its ``metadata["seedclean"]`` the
        entry. A rejected one (decision ``drop``) keeps its input text, so that the
        exclusion output holds what was dropped and the entry's audit replays on it
        (:func:`~seedclean.records.replay_record`); it gets the entry too, and datatrove's
        ``metadata["filter_reason"]``: the entry's reason (``empty_body``, ``no_text`` or
        ``failed``). Statistics: datatrove's ``total``, ``forwarded``, ``dropped`` and
        ``dropped_<reason>``, and ``chars_removed`` and ``passed_through`` as for
        :class:`SeedcleanFormatter`.

        >>> from datatrove.data import Document
        >>> step = SeedcleanFilter(audit="none")
        >>> docs = [Document(text="Caf\\u00e9  \\nopens.", id="a"), Document(text=" ", id="b")]
        >>> [(d.id, d.text) for d in step.run(docs)]
        [('a', 'Café\\nopens.')]
        >>> step.stats["dropped_empty_body"].total
        1
        """

        name = "🌱 seedclean filter"

        def __init__(
            self,
            pipeline: Pipeline | None = None,
            *,
            exclusion_writer: DiskWriter | None = None,
            audit: AuditMode = "compact",
            limits: Limits | None = None,
        ) -> None:
            """``exclusion_writer``: a datatrove writer for the rejected documents (they
            are only counted without one); the other arguments are those of
            :class:`SeedcleanFormatter`."""
            # datatrove annotates the argument ``DiskWriter`` but defaults it to None
            super().__init__(exclusion_writer=exclusion_writer)  # type: ignore[arg-type]
            self._setup(pipeline, audit, limits)

        def filter(self, doc: Document) -> bool | tuple[bool, str]:
            """Clean ``doc``; ``True`` to keep it, ``(False, reason)`` to reject it."""
            original = doc.text
            entry = self._clean(doc)
            if entry["decision"] == Decision.KEEP:
                return True
            doc.text = original
            return False, str(entry["reason"])

else:

    def __getattr__(name: str) -> Any:
        if name in ("SeedcleanFilter", "SeedcleanFormatter"):
            raise ImportError(_INSTALL) from _MISSING
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
