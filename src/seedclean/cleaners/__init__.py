"""The built-in cleaners. Each lives in a module of its own name and is registered, so a
pipeline config can name it.

>>> from seedclean import registered_cleaners
>>> set(BUILTIN) | set(CORPUS) <= set(registered_cleaners())
True
"""

from __future__ import annotations

from .extract_metadata import ExtractMetadata
from .locate_content import LocateContent
from .normalize_unicode import NormalizeUnicode
from .normalize_whitespace import NormalizeWhitespace
from .remove_boilerplate import RemoveBoilerplate
from .remove_captions import RemoveCaptions
from .remove_corpus_lines import RemoveCorpusLines
from .remove_duplicates import RemoveDuplicates
from .remove_related import RemoveRelated
from .repair_encoding import RepairEncoding
from .strip_markup import StripMarkup

__all__ = [
    "BUILTIN",
    "CORPUS",
    "ExtractMetadata",
    "LocateContent",
    "NormalizeUnicode",
    "NormalizeWhitespace",
    "RemoveBoilerplate",
    "RemoveCaptions",
    "RemoveCorpusLines",
    "RemoveDuplicates",
    "RemoveRelated",
    "RepairEncoding",
    "StripMarkup",
]

#: The names of the built-in cleaners.
BUILTIN: tuple[str, ...] = (
    RepairEncoding.name,
    NormalizeWhitespace.name,
    NormalizeUnicode.name,
    StripMarkup.name,
    RemoveDuplicates.name,
    RemoveCaptions.name,
    RemoveBoilerplate.name,
    RemoveRelated.name,
    LocateContent.name,
    ExtractMetadata.name,
)

#: The built-in cleaners that read counts made over a whole corpus
#: (:mod:`seedclean.corpus_lines`): not in the default pipeline, which cleans one
#: document at a time.
CORPUS: tuple[str, ...] = (RemoveCorpusLines.name,)
