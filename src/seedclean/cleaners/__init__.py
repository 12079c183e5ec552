"""The built-in cleaners. Each lives in a module of its own name and is registered, so a
pipeline config can name it.

>>> from seedclean import registered_cleaners
>>> sorted(name for name in registered_cleaners() if name in BUILTIN)
['normalize_unicode', 'normalize_whitespace', 'repair_encoding']
"""

from __future__ import annotations

from .normalize_unicode import NormalizeUnicode
from .normalize_whitespace import NormalizeWhitespace
from .repair_encoding import RepairEncoding

__all__ = ["BUILTIN", "NormalizeUnicode", "NormalizeWhitespace", "RepairEncoding"]

#: The names of the built-in cleaners, in default pipeline order.
BUILTIN: tuple[str, ...] = (RepairEncoding.name, NormalizeWhitespace.name, NormalizeUnicode.name)
