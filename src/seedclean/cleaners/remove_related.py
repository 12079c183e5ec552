"""``remove_related``: (being written)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

import attrs

from ..document import Change
from ..pipeline import SpanCleaner, register_cleaner

__all__ = ["RemoveRelated"]


@register_cleaner
@attrs.frozen(repr=False)
class RemoveRelated(SpanCleaner):
    """(being written)"""

    name: ClassVar[str] = "remove_related"

    def find(self, text: str) -> Iterator[Change]:
        return iter(())
