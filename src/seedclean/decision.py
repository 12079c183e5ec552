"""Keep or drop: the verdict on a cleaned document, and why, as datatrove's filters give.

>>> from seedclean import Document
>>> decide(Document("Some text.")), decide(Document(" \\n "))
((<Decision.KEEP: 'keep'>, None), (<Decision.DROP: 'drop'>, <DropReason.EMPTY_BODY: 'empty_body'>))
"""

from __future__ import annotations

import enum

from .document import Document

__all__ = ["Decision", "DropReason", "decide"]


class Decision(enum.StrEnum):
    """Whether a document's clean text is worth keeping."""

    KEEP = "keep"
    DROP = "drop"


class DropReason(enum.StrEnum):
    """Why a document or record is marked ``drop``."""

    #: Cleaning left nothing but whitespace.
    EMPTY_BODY = "empty_body"
    #: The record has no text field, or its value is not a string.
    NO_TEXT = "no_text"
    #: Cleaning raised an error (the entry's ``error`` says which).
    FAILED = "failed"
    #: The record could not be read at all (a malformed JSON line, say).
    UNREADABLE = "unreadable"


def decide(doc: Document) -> tuple[Decision, DropReason | None]:
    """Keep a document whose clean text holds more than whitespace; drop it otherwise."""
    if doc.text.strip():
        return Decision.KEEP, None
    return Decision.DROP, DropReason.EMPTY_BODY
