"""The seed documents in ``seeds/`` through the default pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

import seedclean
from seedclean import Reason, replay
from seedclean.testing import to_sloppy_mojibake

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
    # clean UTF-8 seeds need no encoding repair
    assert "repair_encoding" not in {e.cleaner for e in doc.audit}


def _cleaned(prefix: str) -> str:
    path = next(p for p in SEEDS if p.name.startswith(prefix))
    return seedclean.clean(path.read_text(encoding="utf-8")).text


# Article paragraphs and subheadings that must stay (the start of each is enough).
KEPT = [
    ("000", "In addition to hinting at when (and who) Iran might strike"),
    ("000", "On December 16, Ayatollah Ali Khamenei addressed a committee"),
    ("000", "its own time and place...whenever the opportunity comes."),
    ("000", "Although Khamenei strongly recommended against negotiations"),
    ("001", "The attacks on Saudi Arabia’s largest oil facilities"),
    ("001", "If Trump sincerely wants a sit down with Iranian officials"),
    ("002", "More than once before his death in January 2017"),
    ("002", "The Marathon of Nuclear Negotiations"),
    ("002", "Relations as they Stand:"),
    ("003", "The Trump administration’s strategic miscalculation"),
    ("003", "Soleimani’s assassination is a turning point"),
    ("004", "Killing the al-Quds Force commander"),
    ("004", "Iranian Retaliation: The “Resistance Front”"),
    ("004", "US Strategy Post-Soleimani"),
    ("004", "It is not a surprise that the Iranian regime did not retaliate"),
]


@pytest.mark.parametrize(("seed_id", "start"), KEPT)
def test_article_text_is_kept(seed_id: str, start: str) -> None:
    assert start in _cleaned(seed_id)


# Boilerplate that must go: menus, language switchers, teasers, captions, link debris.
GONE = [
    ("000", "Also available in"),
    ("000", "RECOMMENDED"),
    ("000", "Iran Takes Next Steps on Rocket Technology"),
    ("000", "/policy-analysis"),
    ("000", "](#)"),
    ("000", "Military & Security"),
    ("001", "Image: Iran"),
    ("001", "Khamenei (\n"),
    ("002", "close button"),
    ("002", "Switch to Iranwire Light?"),
    ("002", "Also in the series"),
    ("002", "Series of Teen Suicides"),
    ("002", "Hashemi Rafsanjani encouraged Ayatollah Khomeini to solve"),
    ("002", "It looks like you’re having trouble"),  # a site notice
    ("003", "Follow us on social"),
    ("003", "keep reading"),
    ("003", "Mike Pompeo and Donald Trump ("),
    ("003", "REUTERS/"),
    ("003", "Newsletter"),
    ("003", "Subscribe now to our weekly"),  # under "Latest", a block to the end
    ("003", "Why American war and election news coverage"),  # teasers without a heading
    ("003", "Back in May, Sen. Roger Wicker"),
]


@pytest.mark.parametrize(("seed_id", "text"), GONE)
def test_boilerplate_is_removed(seed_id: str, text: str) -> None:
    assert text not in _cleaned(seed_id)


@pytest.mark.parametrize(
    "sentence",
    [
        "President Trump has won this round against the Iranian regime",
        "The regime in Tehran is plainly in crisis mode",
        "For now, Iraq seems to provide the battleground",
        "The big question is how the Trump Administration will translate",
        "Washington and Tehran remain committed to back channel messages",
    ],
)
def test_pull_quote_sentence_is_present_exactly_once(sentence: str) -> None:
    assert _cleaned("004").count(sentence) == 1


def test_mojibake_copy_cleans_to_the_same_body(seed: str) -> None:
    broken = to_sloppy_mojibake(seed)
    assert broken != seed
    doc = seedclean.clean(broken)
    assert doc.text == seedclean.clean(seed).text
    assert replay(broken, doc.audit) == doc.text
    assert Reason.MOJIBAKE in {e.reason for e in doc.audit}
