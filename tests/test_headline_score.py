"""``extract_metadata``'s headline score: what each piece of evidence is worth, which line
wins, and the weights file.

The weights are fitted, so these tests do not pin their values: they assert the signs and
orders that make a weight mean what its name says, for the hand-set weights and for the
shipped ones alike, and how :func:`choose` breaks ties between two lines.
"""

from __future__ import annotations

import json
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from seedclean.cleaners import ExtractMetadata
from seedclean.cleaners.extract_metadata.headline_score import (
    Evidence,
    Weights,
    choose,
    score,
)

WEIGHTS = [pytest.param(Weights(), id="hand-set"), pytest.param(Weights.load(), id="shipped")]

# A plain headline-like line: six words, two lines above the body, sharing words with it.
PLAIN = Evidence(k=5, text="Council Opens New Bridge Next Year", words=6, distance=2, overlap=0.5)

# (what the line has besides PLAIN's evidence, whether it scores higher than PLAIN)
EFFECTS = [
    ("a date right under it", {"below": 1, "anchors_below": 1}, True),
    ("printed again on the page", {"repeated": True}, True),
    ("a first-level Markdown heading", {"heading": 1}, True),
    ("the page's first line", {"first_line": True}, True),
    ("more of its words in the body", {"overlap": 0.9}, True),
    ("a byline or date above it, none below", {"anchor_above": True}, False),
    ("one of a list of headlines", {"in_headline_list": True}, False),
    ("a kicker of the heading below", {"kicker": True}, False),
    ("three words, a label", {"label_length": True, "words": 3}, False),
    ("in capitals", {"capitals": True}, False),
    ("interface words", {"interface_words": True}, False),
    ("a full stop", {"full_stop": True}, False),
    ("far into the body", {"distance": -12}, False),
    ("none of its words in the body", {"overlap": 0.0}, False),
]


@pytest.mark.parametrize("w", WEIGHTS)
@pytest.mark.parametrize(("case", "changes", "higher"), EFFECTS, ids=[e[0] for e in EFFECTS])
def test_each_piece_of_evidence_moves_the_score_its_way(
    w: Weights, case: str, changes: dict[str, object], higher: bool
) -> None:
    changed = score(attrs.evolve(PLAIN, **changes), w)
    base = score(PLAIN, w)
    assert (changed > base) if higher else (changed < base), case


@pytest.mark.parametrize("w", WEIGHTS)
def test_a_byline_and_date_right_under_it_make_a_headline(w: Weights) -> None:
    signed = attrs.evolve(PLAIN, below=1, anchors_below=2, byline_near=True)
    assert score(signed, w) >= w.threshold
    assert choose([signed], {6, 7}, w) == (signed, score(signed, w))


@pytest.mark.parametrize("w", WEIGHTS)
def test_a_line_under_a_byline_and_above_its_date_is_no_headline(w: Weights) -> None:
    # "By Ann Example" / "The Harbour Journal" / "December 18, 2020": the paper's name
    role = attrs.evolve(PLAIN, below=1, anchors_below=1, between_byline_and_date=True)
    assert score(role, w) < score(attrs.evolve(role, between_byline_and_date=False), w)


@pytest.mark.parametrize("w", WEIGHTS)
def test_nothing_is_chosen_below_the_threshold(w: Weights) -> None:
    weak = Evidence(k=0, text="Menu", words=1, label_length=True, distance=-3, overlap=0.0)
    assert score(weak, w) < w.threshold
    assert choose([weak], set(), w) is None
    assert choose([], set(), w) is None


def test_an_unanchored_line_must_do_much_better_to_replace_an_anchored_one() -> None:
    w = Weights(threshold=1.0, replace_unanchored=2.0, replace_nearby=0.0)
    anchored = Evidence(k=2, below=1, anchors_below=1, words=6)
    s = score(anchored, w)
    # a subheading further down, a little better, with no date under it
    better = Evidence(k=10, words=6, distance=1, repeated=True)
    assert s < score(better, w) < s + w.replace_unanchored
    assert choose([anchored, better], {3}, w) == (anchored, s)
    # once it is much better, it wins
    best = attrs.evolve(better, heading=1)
    assert score(best, w) > s + w.replace_unanchored
    assert choose([anchored, best], {3}, w) == (best, score(best, w))


def test_of_a_headline_and_its_standfirst_right_under_it_the_first_wins() -> None:
    w = Weights(threshold=0.0, replace_nearby=1.0)
    head = Evidence(k=4, words=6, distance=3)
    stand = Evidence(k=6, words=14, distance=1, standfirst=True)
    assert score(head, w) < score(stand, w) < score(head, w) + w.replace_nearby
    assert choose([head, stand], set(), w) is not None
    assert choose([head, stand], set(), w)[0] == head  # type: ignore[index]
    # unless an anchor stands between them: then the second has its own
    assert choose([head, stand], {5}, w)[0] == stand  # type: ignore[index]
    # or the first is as short as a site's name and the second is no standfirst
    site = attrs.evolve(head, words=2)
    line = attrs.evolve(stand, standfirst=False, words=8)
    w2 = attrs.evolve(w, very_short=0.0)
    site = attrs.evolve(site, label_length=True)
    assert score(site, w2) < score(line, w2) < score(site, w2) + w2.replace_nearby
    assert choose([site, line], set(), w2)[0] == line  # type: ignore[index]


def test_weights_round_trip_through_their_file(tmp_path: Path) -> None:
    w = attrs.evolve(Weights(), threshold=9.0, kicker=0.25)
    path = tmp_path / "weights.json"
    path.write_text(json.dumps({"weights": w.to_json(), "meta": {"note": "a test"}}))
    assert Weights.load(str(path)) == w


def test_a_weights_file_with_an_unknown_weight_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "weights.json"
    path.write_text(json.dumps({"weights": {"threshold": 2.0, "thresold": 3.0}}))
    with pytest.raises(ValueError, match="unknown title weights: thresold"):
        Weights.load(str(path))


def test_a_weights_file_that_cannot_be_read_fails_when_the_cleaner_is_made(
    tmp_path: Path,
) -> None:
    with pytest.raises(FileNotFoundError):
        ExtractMetadata(title_weights=str(tmp_path / "missing.json"))


def test_the_cleaner_chooses_with_the_weights_it_is_given(tmp_path: Path) -> None:
    page = "Council Opens New Bridge\nBy Ann Example\nDecember 18, 2020\n\n" + (
        "The council opened the new bridge over the river on Friday, and traffic "
        "crossed it for the first time since the works began. " * 4
    )
    assert ExtractMetadata()(page).metadata.title == "Council Opens New Bridge"
    strict = tmp_path / "strict.json"
    strict.write_text(json.dumps({"weights": {"threshold": 100.0}}))
    cleaner = ExtractMetadata(title_weights=str(strict))
    assert cleaner(page).metadata.title is None
    assert cleaner.options()["title_weights"] == str(strict)  # in the config, the fingerprint


@given(
    st.lists(
        st.builds(
            Evidence,
            k=st.integers(0, 40),
            below=st.none() | st.integers(0, 5),
            anchors_below=st.integers(0, 3),
            repeated=st.booleans(),
            heading=st.integers(0, 3),
            distance=st.integers(-30, 30),
            words=st.integers(1, 30),
            label_length=st.booleans(),
            overlap=st.none() | st.floats(0, 1),
        ),
        max_size=8,
    )
)
def test_the_chosen_line_is_a_candidate_that_scores_the_threshold(
    candidates: list[Evidence],
) -> None:
    w = Weights.load()
    chosen = choose(candidates, set(), w)
    if chosen is None:
        assert all(score(e, w) < w.threshold for e in candidates)
    else:
        assert chosen[0] in candidates
        assert chosen[1] == score(chosen[0], w) >= w.threshold


def test_the_weights_follow_the_kind_of_text(tmp_path: Path) -> None:
    body = (
        "The council opened the new bridge over the river on Friday, and traffic "
        "crossed it for the first time since the works began. " * 4
    )
    plain = f"Council Opens New Bridge\nBy Ann Example\nDecember 18, 2020\n\n{body}"
    markdown = f"# Council Opens New Bridge\n\nBy [Ann Example](/ann)\nDecember 18, 2020\n\n{body}"
    (tmp_path / "w-plain.json").write_text(json.dumps({"weights": {}}))
    (tmp_path / "w-markdown.json").write_text(json.dumps({"weights": {"threshold": 100.0}}))
    cleaner = ExtractMetadata(title_weights=str(tmp_path / "w-{kind}.json"))
    assert cleaner(plain).metadata.title == "Council Opens New Bridge"
    assert cleaner(markdown).metadata.title is None
    assert ExtractMetadata()(markdown).metadata.title == "Council Opens New Bridge"
