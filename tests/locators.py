"""A main-content locator for tests: it keeps the lines it is told to keep, so that a test
can place the article's region where it needs it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from seedclean.cleaners import LocateContent
from seedclean.page import Page


def keeping(keep: Callable[[int, str], bool]) -> LocateContent:
    """A locator (named ``locate_content``) that keeps the non-blank lines for which
    ``keep(position among the non-blank lines, text)`` is true and removes the others."""

    class Keeps(LocateContent):
        def analyse(self, page: Page) -> tuple[list[Any], dict[int, Any]]:
            infos, _ = super().analyse(page)
            return infos, {
                k: None for k, info in enumerate(infos) if not keep(k, info.line.text)
            }

    return Keeps()
