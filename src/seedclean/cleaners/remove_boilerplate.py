"""``remove_boilerplate``: (being written)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

import attrs

from ..document import Change
from ..pipeline import SpanCleaner, register_cleaner

__all__ = ["RemoveBoilerplate"]


@register_cleaner
@attrs.frozen(repr=False)
class RemoveBoilerplate(SpanCleaner):
    """(being written)"""

    name: ClassVar[str] = "remove_boilerplate"

    def find(self, text: str) -> Iterator[Change]:
        return iter(())
