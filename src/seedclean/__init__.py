"""seedclean: turn text scraped from web pages into clean article text with its metadata,
and a record of every character it removed and why.

>>> import seedclean
>>> doc = seedclean.clean("The cafÃ© opens at 9\\u00a0am.  \\n\\n\\n\\nOn Mon\\u200bdays it shuts.")
>>> doc.text
'The café opens at 9 am.\\n\\nOn Mondays it shuts.'
>>> sorted({e.reason.value for e in doc.audit})
['blank_lines', 'exotic_space', 'mojibake', 'trailing_whitespace', 'zero_width']
"""

from __future__ import annotations

from ._version import __version__
from .cleaners import (
    ExtractMetadata,
    LocateContent,
    NormalizeUnicode,
    NormalizeWhitespace,
    RemoveBoilerplate,
    RemoveCaptions,
    RemoveCorpusLines,
    RemoveDuplicates,
    RemoveRelated,
    RepairEncoding,
    StripMarkup,
)
from .document import Change, Document, Edit, FieldSource, Metadata, Reason, apply_edits, replay
from .pipeline import (
    Cleaner,
    Guard,
    LineCleaner,
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
    "ExtractMetadata",
    "FieldSource",
    "Guard",
    "LineCleaner",
    "LocateContent",
    "Metadata",
    "NormalizeUnicode",
    "NormalizeWhitespace",
    "Pipeline",
    "Reason",
    "RemoveBoilerplate",
    "RemoveCaptions",
    "RemoveCorpusLines",
    "RemoveDuplicates",
    "RemoveRelated",
    "RepairEncoding",
    "SpanCleaner",
    "StripMarkup",
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

    Encoding and whitespace first; then the metadata (title, byline, date...) is moved
    out of the body into ``Document.metadata``, before anything can drop a repeated title
    or the lines around the article; then the cleaners that remove what they can name
    (doubled lines and pull quotes, captions, related and comment blocks, which need
    their headings, then UI phrases); then the
    main-content locator for the rest, which still sees the Markdown links and decides
    with the learned line scorer (``LocateContent(scorer=True)``; ``LocateContent()``
    decides with the rules, about three times faster); then the link debris is stripped
    and whitespace and Unicode tidied.

    >>> default_pipeline().names()  # doctest: +NORMALIZE_WHITESPACE
    ['repair_encoding', 'normalize_whitespace', 'extract_metadata', 'remove_duplicates',
     'remove_captions',
     'remove_related', 'remove_boilerplate', 'locate_content', 'strip_markup',
     'normalize_whitespace', 'normalize_unicode']
    """
    return Pipeline(
        [
            RepairEncoding(),
            NormalizeWhitespace(),
            ExtractMetadata(),
            RemoveDuplicates(),
            RemoveCaptions(),
            RemoveRelated(),
            RemoveBoilerplate(),
            LocateContent(scorer=True),
            StripMarkup(),
            NormalizeWhitespace(),
            NormalizeUnicode(),
        ]
    )


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
