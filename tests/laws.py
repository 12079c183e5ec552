"""Reusable law checks for cleaners (a public ``seedclean.testing`` kit comes later).

Each ``check_*`` function asserts one law for one input; tests call them from
hypothesis-driven test functions.
"""

from __future__ import annotations

from seedclean import Cleaner, Document, Reason, apply_edits, replay


def check_audit(doc: Document) -> None:
    """The audit of ``doc`` is exact, step by step, and replays to its text."""
    text = doc.original
    for step, name in enumerate(doc.steps):
        edits = [e for e in doc.audit if e.step == step]
        last_end = 0
        for e in edits:
            assert e.cleaner == name
            assert text[e.start : e.end] == e.old, (step, e)
            assert e.old != e.new, e
            assert e.start >= last_end, ("unsorted or overlapping", e)
            last_end = e.end
            assert isinstance(e.reason, Reason)
        if not any(e.reverted for e in edits):
            text = apply_edits(text, edits)
    assert text == doc.text
    assert replay(doc.original, doc.audit) == doc.text
    assert {e.step for e in doc.audit} <= set(range(len(doc.steps)))


def check_removes_only(doc: Document) -> None:
    """No invented text: every edit removes its span or keeps a part of it."""
    for e in doc.audit:
        assert e.new == "" or e.new in e.old, e


def check_idempotent(cleaner: Cleaner, text: str) -> None:
    """Cleaning the output again changes nothing."""
    once = cleaner(Document(text)).text
    twice = cleaner(Document(once))
    assert twice.text == once, (once, twice.text)
    assert twice.audit == ()


def check_all(cleaner: Cleaner, text: str) -> Document:
    """Never raises, deterministic, exact audit, removes only, idempotent."""
    doc = cleaner(Document(text))
    assert doc == cleaner(Document(text))
    check_audit(doc)
    check_removes_only(doc)
    check_idempotent(cleaner, text)
    return doc
