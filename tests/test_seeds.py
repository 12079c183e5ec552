"""The seed documents in ``seeds/`` through the default pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

import seedclean
from seedclean import Reason, replay
from strategies import to_sloppy_mojibake

SEEDS = sorted((Path(__file__).parent.parent / "seeds").glob("*.txt"))


def test_there_are_five_seeds() -> None:
    assert len(SEEDS) == 5


@pytest.fixture(params=SEEDS, ids=lambda p: p.name)
def seed(request: pytest.FixtureRequest) -> str:
    path: Path = request.param
    return path.read_text(encoding="utf-8")


def test_seed_cleans_and_replays(seed: str) -> None:
    doc = seedclean.clean(seed)
    assert doc.original == seed
    assert doc.text
    assert replay(seed, doc.audit) == doc.text
    assert not any(e.reverted for e in doc.audit)
    # clean UTF-8 seeds need no encoding repair; only whitespace is tidied
    assert {e.cleaner for e in doc.audit} <= {"normalize_whitespace"}
    assert {e.reason for e in doc.audit} <= {
        Reason.BLANK_LINES,
        Reason.TRAILING_WHITESPACE,
        Reason.EXOTIC_SPACE,
    }
    # nothing but whitespace changed
    assert doc.text.split() == seed.split()


def test_mojibake_copy_cleans_to_the_same_body(seed: str) -> None:
    broken = to_sloppy_mojibake(seed)
    assert broken != seed
    doc = seedclean.clean(broken)
    assert doc.text == seedclean.clean(seed).text
    assert replay(broken, doc.audit) == doc.text
    assert Reason.MOJIBAKE in {e.reason for e in doc.audit}
