"""seedclean: turn text scraped from web pages into clean article text with its metadata,
and a record of every character it removed and why.

>>> import seedclean
>>> doc = seedclean.clean("The cafÃ© opens at 9\\u00a0am.  \\n\\n\\n\\nMe\\u200bnu")
>>> doc.text
'The café opens at 9 am.\\n\\nMenu'
>>> sorted({e.reason.value for e in doc.audit})
['blank_lines', 'exotic_space', 'mojibake', 'trailing_whitespace', 'zero_width']
"""

from __future__ import annotations

from ._version import __version__
from .cleaners import NormalizeUnicode, NormalizeWhitespace, RepairEncoding
from .document import Change, Document, Edit, FieldSource, Metadata, Reason, apply_edits, replay
from .pipeline import (
    Cleaner,
    Guard,
    Pipeline,
    SpanCleaner,
    cleaner,
    get_cleaner_class,
    register_cleaner,
    registered_cleaners,
)

__all__ = [
    "Change",
    "Cleaner",
    "Document",
    "Edit",
    "FieldSource",
    "Guard",
    "Metadata",
    "NormalizeUnicode",
    "NormalizeWhitespace",
    "Pipeline",
    "Reason",
    "RepairEncoding",
    "SpanCleaner",
    "__version__",
    "apply_edits",
    "clean",
    "cleaner",
    "default_pipeline",
    "get_cleaner_class",
    "register_cleaner",
    "registered_cleaners",
    "replay",
]


def default_pipeline() -> Pipeline:
    """The pipeline :func:`clean` and the command line use, to start from and adjust.

    >>> default_pipeline().names()
    ['repair_encoding', 'normalize_whitespace', 'normalize_unicode']
    """
    return Pipeline([RepairEncoding(), NormalizeWhitespace(), NormalizeUnicode()])


_DEFAULT: Pipeline | None = None


def clean(text: str, pipeline: Pipeline | None = None) -> Document:
    """Clean ``text`` with ``pipeline`` (the default pipeline when omitted).

    >>> clean("A\\u00a0B").text
    'A B'
    """
    global _DEFAULT
    if pipeline is None:
        if _DEFAULT is None:
            _DEFAULT = default_pipeline()
        pipeline = _DEFAULT
    return pipeline(Document(text))
