"""``remove_duplicates``: (being written)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

import attrs

from ..document import Change
from ..pipeline import SpanCleaner, register_cleaner

__all__ = ["RemoveDuplicates"]


@register_cleaner
@attrs.frozen(repr=False)
class RemoveDuplicates(SpanCleaner):
    """(being written)"""

    name: ClassVar[str] = "remove_duplicates"

    def find(self, text: str) -> Iterator[Change]:
        return iter(())
