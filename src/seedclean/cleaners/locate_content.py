"""``locate_content``: (being written)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

import attrs

from ..document import Change
from ..pipeline import SpanCleaner, register_cleaner

__all__ = ["LocateContent"]


@register_cleaner
@attrs.frozen(repr=False)
class LocateContent(SpanCleaner):
    """(being written)"""

    name: ClassVar[str] = "locate_content"

    def find(self, text: str) -> Iterator[Change]:
        return iter(())
