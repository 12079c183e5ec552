"""Inputs for the tests of the corpus integrations (datatrove, datasets, dask).

Built at test time from the project's ``seeds/`` (so that they run in CI, which has only
the checkout), plus records that exercise every drop reason. The pipeline has a user
cleaner, :func:`boom`, defined here at module level so that worker processes can import
it: it fails on texts that contain ``BOOM`` and changes nothing otherwise.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import seedclean
from seedclean import Change

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
#: The benchmark pages next to the checkout (absent in CI).
AEB = ROOT / "benchmarks" / "data" / "aeb"  # the benchmark pages the project ships


@seedclean.cleaner("boom")
def boom(text: str) -> Iterator[Change]:
    """Fails on a text containing ``BOOM``; no change otherwise."""
    if "BOOM" in text:
        raise ValueError("BOOM in the text")
    yield from ()


@functools.cache
def pipeline() -> seedclean.Pipeline:
    """The default pipeline followed by the user cleaner :func:`boom` (built once)."""
    return seedclean.default_pipeline() | boom


def seed_files() -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))


def seed_records() -> list[dict[str, Any]]:
    """One record per seed page, then a blank one, a failing one and one without text."""
    records: list[dict[str, Any]] = [
        {"id": p.stem, "text": p.read_text(encoding="utf-8"), "url": f"https://example.org/{i}"}
        for i, p in enumerate(seed_files())
    ]
    records += [
        {"id": "blank", "text": "  \n\n   \n", "url": "https://example.org/blank"},
        {"id": "boom", "text": "An article.\n\nBOOM goes the cleaner.\n", "url": "x"},
        {"id": "number", "text": 42},
        {"id": "short", "text": "Caf\u00c3\u00a9  \nopens at 9\u00a0am.\n"},
    ]
    return records


def seed_line_records() -> list[dict[str, Any]]:
    """A record for every line of the seed pages (a few hundred short texts), no ids."""
    return [
        {"text": line, "page": p.stem}
        for p in seed_files()
        for line in p.read_text(encoding="utf-8").split("\n")
    ]


def write_jsonl(path: Path, records: Iterable[dict[str, Any]]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as f:
        for record in records:
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def read_jsonl(paths: Iterable[Path]) -> list[dict[str, Any]]:
    return [
        json.loads(line)
        for path in sorted(paths)
        for line in path.read_text(encoding="utf-8").split("\n")
        if line
    ]


#: How many times a :class:`CountedStep` was pickled in this process.
PICKLED = [0]


class CountedStep:
    """A cleaner that changes nothing and counts how often it is pickled."""

    name = "counted"

    def options(self) -> dict[str, Any]:
        return {}

    def __call__(self, doc: seedclean.Document, /) -> seedclean.Document:
        return doc

    def __reduce__(self) -> tuple[Any, ...]:
        PICKLED[0] += 1
        return (CountedStep, ())
