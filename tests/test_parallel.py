"""Pickling cleaners and pipelines, and the worker pool of seedclean.parallel."""

from __future__ import annotations

import pickle
from collections.abc import Iterator
from pathlib import Path

import pytest

import seedclean
from seedclean import Change, Pipeline, Reason, cleaner, registered_cleaners
from seedclean.batch import Result, WorkItem, process
from seedclean.parallel import Workers, available_cores

SEEDS = sorted((Path(__file__).parent.parent / "seeds").glob("*.txt"))


@cleaner("drop_letter_q")
def drop_letter_q(text: str) -> Iterator[Change]:
    """A user's cleaner, defined at module level as the docs show."""
    for i, char in enumerate(text):
        if char == "q":
            yield Change(i, i + 1, Reason.OTHER)


def _bodies(results: Iterator[Result]) -> list[str]:
    return [r.body for r in results]


def _size(item: WorkItem) -> int:
    return len(item.data or b"")


@pytest.mark.parametrize("name", sorted(registered_cleaners()))
def test_every_builtin_cleaner_pickles_with_its_options(name: str) -> None:
    cls = registered_cleaners()[name]
    original = cls()
    copy = pickle.loads(pickle.dumps(original))
    assert type(copy) is cls
    assert copy.options() == original.options()
    text = SEEDS[0].read_text(encoding="utf-8")
    assert copy(text).text == original(text).text


def test_a_decorated_function_pickles_by_name_and_still_cleans() -> None:
    copy = pickle.loads(pickle.dumps(drop_letter_q))
    assert copy is drop_letter_q  # found again at its module-level name
    assert copy("aqb").text == "ab"


def test_a_cleaner_of_a_function_kept_under_its_own_name_pickles() -> None:
    def local(text: str) -> list[Change]:
        return []

    made = cleaner("renamed")(_keep_first_line)
    copy = pickle.loads(pickle.dumps(made))
    assert copy.name == "renamed"
    assert copy("a\nb").text == made("a\nb").text == "a"
    with pytest.raises((pickle.PicklingError, AttributeError)):
        pickle.dumps(cleaner("local")(local))  # a local function cannot pickle, as usual


def _keep_first_line(text: str) -> list[Change]:
    cut = text.find("\n")
    return [] if cut < 0 else [Change(cut, len(text), Reason.OTHER)]


def test_the_default_pipeline_pickles_with_its_fingerprint() -> None:
    pipe = Pipeline([drop_letter_q, *seedclean.default_pipeline().steps])
    copy = pickle.loads(pickle.dumps(pipe))
    assert copy.fingerprint() == pipe.fingerprint()
    text = SEEDS[1].read_text(encoding="utf-8")
    assert copy(text).text == pipe(text).text


def test_two_workers_give_what_one_process_gives_in_the_input_order() -> None:
    pipe = Pipeline([drop_letter_q, *seedclean.default_pipeline().steps])
    items = [WorkItem(p.name, data=p.read_bytes()) for p in SEEDS]
    items += [WorkItem(f"small{i}.txt", data=b"quite  q\n" * i) for i in range(12)]
    with Workers(pipe, process, jobs=1) as one:
        expected = _bodies(one.map(items, size=_size))
    with Workers(pipe, process, jobs=2, window=7, chunk_bytes=3000) as two:
        got = _bodies(two.map(items, size=_size))
    assert got == expected
    assert got[5 + 3] == "uite\nuite\nuite\n"  # the user's cleaner ran in the workers


def test_items_go_out_largest_first_within_a_window_in_chunks_of_bytes() -> None:
    items = [WorkItem(name, data=b"x" * n) for name, n in [("a", 1), ("b", 30), ("c", 5), ("d", 9)]]
    workers: Workers[WorkItem, Result] = Workers(
        seedclean.default_pipeline(), process, window=3, chunk_bytes=6
    )
    chunks = [[(i, item.rel) for i, item in chunk] for chunk in workers.chunks(items, size=_size)]
    assert chunks == [[(1, "b")], [(2, "c"), (0, "a")], [(3, "d")]]


def test_one_process_cleans_one_item_after_the_other_in_order() -> None:
    seen: list[str] = []

    def task(item: WorkItem, pipeline: Pipeline) -> str:
        seen.append(item.rel)
        return item.rel

    def items() -> Iterator[WorkItem]:
        for name in "abc":
            yield WorkItem(name, data=b"x")
            assert seen[-1] == name  # each is done before the next is read

    with Workers(seedclean.default_pipeline(), task, jobs=1) as workers:
        assert list(workers.map(items(), size=_size)) == ["a", "b", "c"]


def test_an_error_in_a_worker_reaches_the_caller() -> None:
    with (
        Workers(seedclean.default_pipeline(), _fail, jobs=2) as workers,
        pytest.raises(ValueError, match="no good"),
    ):
        list(workers.map([WorkItem("a", data=b"a")], size=_size))


def _fail(item: WorkItem, pipeline: Pipeline) -> Result:
    raise ValueError("no good")


@pytest.mark.parametrize(
    ("options", "message"),
    [({"jobs": 0}, "jobs must be at least 1"), ({"window": 0}, "at least 1")],
)
def test_bad_options_are_refused(options: dict[str, int], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Workers(seedclean.default_pipeline(), process, **options)


def test_available_cores_is_a_positive_count() -> None:
    assert available_cores() >= 1
