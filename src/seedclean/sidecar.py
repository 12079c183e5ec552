"""The sidecar: a JSON record, written beside each cleaned file, of how it was made.

It names the tool and pipeline that made the file, the input encoding, the metadata,
and every edit of the audit log, so the cleaned text can be reproduced from the input
(see ``docs/output-format.md`` and ``docs/schema/sidecar-1.schema.json``).

>>> import seedclean
>>> pipe = seedclean.default_pipeline()
>>> doc = pipe("Caf\\u00e9\\u00a0au lait  ")
>>> data = sidecar(doc, pipeline=pipe, source="menu.txt", encoding="utf-8")
>>> data["schema"], data["schema_version"], data["source"], data["stats"]["chars_out"]
('seedclean-sidecar', 1, 'menu.txt', 12)
>>> [(e["reason"], e["text"], e["replacement"]) for e in data["removed"]]
[('exotic_space', '\\xa0', ' '), ('trailing_whitespace', '  ', '')]
>>> replay_sidecar("Caf\\u00e9\\u00a0au lait  ", data)
'Café au lait'
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import ftfy

from ._version import __version__
from .decision import decide
from .document import Document, Edit, Reason, replay
from .pipeline import Pipeline

__all__ = ["SCHEMA", "SCHEMA_VERSION", "dumps", "edits_from_sidecar", "replay_sidecar", "sidecar"]

#: The value of the sidecar's ``schema`` field.
SCHEMA = "seedclean-sidecar"
#: Bumped on every incompatible change to the sidecar format.
SCHEMA_VERSION = 1


def sidecar(
    doc: Document,
    *,
    pipeline: Pipeline,
    source: str,
    encoding: str,
    encoding_errors: bool = False,
    bytes_in: int | None = None,
) -> dict[str, Any]:
    """The sidecar record of ``doc``, cleaned by ``pipeline`` from ``source``.

    ``source`` is the input's path relative to the input folder (``"-"`` for standard
    input); ``encoding`` the codec its bytes were decoded with and ``encoding_errors``
    whether some of them were invalid in it; ``bytes_in``, when given, the input's size
    in bytes (``stats.bytes_in``, which ``seedclean --resume`` compares). ``decision``
    and ``reason`` say whether the clean text is worth keeping (``drop`` with
    ``empty_body`` when nothing but whitespace is left). Keys come in a fixed order.
    """
    decision, reason = decide(doc)
    record: dict[str, Any] = {
        "schema": SCHEMA,
        "schema_version": SCHEMA_VERSION,
        "seedclean": __version__,
        "ftfy": ftfy.__version__,
        "source": source,
        "encoding": encoding,
        "encoding_errors": encoding_errors,
        "pipeline": {"fingerprint": pipeline.fingerprint(), "config": pipeline.to_config()},
        "decision": decision.value,
        "reason": None if reason is None else reason.value,
        "metadata": doc.metadata.to_json(),
        "steps": list(doc.steps),
        "removed": [e.to_json() for e in doc.audit],
        "stats": {
            "chars_in": len(doc.original),
            "chars_out": len(doc.text),
            "removed_share": doc.removed_share,
            "edits": len(doc.audit),
        },
    }
    if bytes_in is not None:
        record["stats"]["bytes_in"] = bytes_in
    return record


def dumps(data: Mapping[str, Any]) -> str:
    """The sidecar as JSON text: compact (on one line), UTF-8 characters as they are,
    ending in a newline; ``python -m json.tool`` shows it indented.

    Non-finite numbers (NaN, infinity) are refused: they are not JSON.

    >>> print(dumps({"source": "café.txt", "steps": []}), end="")
    {"source":"café.txt","steps":[]}
    """
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False) + "\n"


def _reason(value: str) -> Reason:
    try:
        return Reason(value)
    except ValueError:
        return Reason.OTHER  # a reason of a cleaner defined outside seedclean


def _features(value: Any) -> tuple[tuple[str, float], ...] | None:
    """The ``features`` of a sidecar's edit (a list of ``{name, contribution}``)."""
    if value is None:
        return None
    return tuple((str(f["name"]), float(f["contribution"])) for f in value)


def edits_from_sidecar(data: Mapping[str, Any]) -> list[Edit]:
    """The audit log of a sidecar (as read with :func:`json.load`) as :class:`Edit` records.

    Reasons that are not one of :class:`~seedclean.document.Reason` (those of cleaners
    defined outside seedclean) come back as ``Reason.OTHER``; offsets and texts are
    exact, so :func:`~seedclean.document.replay` works on the result.

    >>> edits_from_sidecar({"removed": [{"step": 0, "cleaner": "x", "reason": "mine",
    ...     "start": 0, "end": 1, "text": "a", "replacement": ""}]})[0].reason
    <Reason.OTHER: 'other'>
    """
    return [
        Edit(
            step=e["step"],
            cleaner=e["cleaner"],
            reason=_reason(e["reason"]),
            start=e["start"],
            end=e["end"],
            old=e["text"],
            new=e["replacement"],
            score=e.get("score"),
            threshold=e.get("threshold"),
            reverted=e.get("reverted", False),
            context_free=e.get("context_free"),
            revised=e.get("revised"),
            features=_features(e.get("features")),
        )
        for e in data["removed"]
    ]


def replay_sidecar(original: str, data: Mapping[str, Any]) -> str:
    """Replay a sidecar's audit log on the decoded input text: the result is the clean text.

    Raises :class:`ValueError` if ``original`` is not the text the sidecar was made from.
    """
    return replay(original, edits_from_sidecar(data))
