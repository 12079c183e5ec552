"""The built-in cleaners. Each lives in a module of its own name and is registered, so a
pipeline config can name it.

>>> from seedclean import registered_cleaners
>>> set(BUILTIN) <= set(registered_cleaners())
True
"""

from __future__ import annotations

from .extract_metadata import ExtractMetadata
from .locate_content import LocateContent
from .normalize_unicode import NormalizeUnicode
from .normalize_whitespace import NormalizeWhitespace
from .remove_boilerplate import RemoveBoilerplate
from .remove_captions import RemoveCaptions
from .remove_duplicates import RemoveDuplicates
from .remove_related import RemoveRelated
from .repair_encoding import RepairEncoding
from .strip_markup import StripMarkup

__all__ = [
    "BUILTIN",
    "ExtractMetadata",
    "LocateContent",
    "NormalizeUnicode",
    "NormalizeWhitespace",
    "RemoveBoilerplate",
    "RemoveCaptions",
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
