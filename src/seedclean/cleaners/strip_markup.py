"""``strip_markup``: (being written)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

import attrs

from ..document import Change
from ..pipeline import SpanCleaner, register_cleaner

__all__ = ["StripMarkup"]


@register_cleaner
@attrs.frozen(repr=False)
class StripMarkup(SpanCleaner):
    """(being written)"""

    name: ClassVar[str] = "strip_markup"

    def find(self, text: str) -> Iterator[Change]:
        return iter(())
