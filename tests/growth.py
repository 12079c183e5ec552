"""How cost grows with the input, compared within one test, instead of a time limit.

A test that asserts "this takes under 5 seconds" fails on a slow or busy machine, and
lets a quadratic step through on a fast one. :func:`assert_linear` instead measures one
operation on an input of size ``n`` and on one of size ``4n``, in the same test, on the
same machine under the same load, and asserts that the cost grew less than 10 times: a
linear operation costs about 4 times as much, a quadratic one about 16 times,
catastrophic backtracking far more.

So that the ratio means something on a busy machine:

- the cost is the CPU time of the calling thread (:func:`time.thread_time`): the time
  the machine gives other processes does not count, as it would in wall-clock time
  (they can still slow the thread a little, sharing its core and caches);
- seedclean's caches (its ``functools`` caches) are emptied before every call, so that a
  repeat is not a cache hit: each call costs what a first call costs;
- the garbage collector is off during a call (as in :mod:`timeit`);
- the smaller size is measured 3 times and the least is kept (noise only ever adds), the
  larger one once; while the ratio is over the bound, both are measured again, one right
  after the other so that they see the same load (twice at most);
- a call that takes less than 20 ms is made several times per measurement (as many for
  both sizes), so that no measurement is shorter than that.

Choose ``n`` large enough that a quadratic step would dominate (the hostile inputs of
the tests are hundreds of thousands of characters at ``4n``). :func:`assert_linear`
returns what the operation gave on the larger input, so a test checks its behaviour on
that input; :class:`Scalable` holds an input that can be built at any size, so that a
table of hostile inputs names each one at the size its behaviour is checked at.
"""

from __future__ import annotations

import gc
import math
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

__all__ = [
    "FACTOR",
    "MAX_RATIO",
    "Scalable",
    "assert_linear",
    "clear_caches",
    "cpu_cost",
    "repeated",
]

#: The larger input is FACTOR times the smaller one.
FACTOR = 4
#: The most the cost may grow from ``n`` to ``FACTOR * n``: linear is 4, quadratic 16.
MAX_RATIO = 10.0
#: The shortest measurement: a faster call is made several times per measurement.
MIN_SECONDS = 0.02
_MAX_LOOPS = 10_000

In = TypeVar("In")
Out = TypeVar("Out")


def clear_caches() -> None:
    """Empty every ``functools`` cache of the modules of seedclean."""
    for clear in _cache_clearers():
        clear()


def _cache_clearers() -> list[Callable[[], None]]:
    clearers = []
    for name, module in list(sys.modules.items()):
        if name != "seedclean" and not name.startswith("seedclean."):
            continue
        for obj in vars(module).values():
            if callable(getattr(obj, "cache_info", None)) and callable(
                getattr(obj, "cache_clear", None)
            ):
                clearers.append(obj.cache_clear)
    return clearers


def cpu_cost(func: Callable[[In], Out], arg: In) -> tuple[float, Out]:
    """The cost of ``func(arg)``, measured as :func:`assert_linear` measures it (CPU
    seconds of this thread, caches empty, no garbage collection), and its result: for
    a test that compares two costs of its own."""
    return _cost(func, arg, 1, _cache_clearers())


def _cost(
    func: Callable[[In], Out], arg: In, loops: int, clearers: list[Callable[[], None]]
) -> tuple[float, Out]:
    """CPU seconds per call of ``func(arg)``, over ``loops`` calls, and the last result."""
    total = 0.0
    result = None
    gc_was_on = gc.isenabled()
    for _ in range(loops):
        result = None  # the last result is freed here, not in the timed call
        for clear in clearers:
            clear()
        gc.disable()
        try:
            start = time.thread_time()
            result = func(arg)
            total += time.thread_time() - start
        finally:
            if gc_was_on:
                gc.enable()
    return total / loops, result  # type: ignore[return-value]


def assert_linear(
    func: Callable[[In], Out],
    make_input: Callable[[int], In],
    n: int,
    *,
    factor: int = FACTOR,
    max_ratio: float = MAX_RATIO,
    repeats: int = 3,
    min_seconds: float = MIN_SECONDS,
) -> Out:
    """Assert that ``func(make_input(factor * n))`` costs less than ``max_ratio`` times
    what ``func(make_input(n))`` costs; return ``func(make_input(factor * n))``.

    See the module docstring for how the cost is measured.
    """
    clearers = _cache_clearers()
    small = make_input(n)
    loops = 1
    costs: list[float] = []
    while len(costs) < repeats:
        per_call, _ = _cost(func, small, loops, clearers)
        if per_call * loops < min_seconds and loops < _MAX_LOOPS:
            # too short to measure well (the first call may also have been slowed by
            # some one-off work): more calls per measurement, and measure again
            wanted = math.ceil(min_seconds / max(per_call, 1e-9))
            loops = min(_MAX_LOOPS, max(2 * loops, wanted))
            costs = []
            continue
        costs.append(per_call)
    small_cost = min(costs)
    big = make_input(factor * n)
    big_cost, result = _cost(func, big, loops, clearers)
    ratios = [big_cost / max(small_cost, 1e-12)]
    for _ in range(repeats - 1):
        if min(ratios) < max_ratio:
            break
        # over the bound: both sizes again, one right after the other, so that they see
        # the same load (the machine may have got busier since the smaller was measured)
        small_again = _cost(func, small, loops, clearers)[0]
        big_again = _cost(func, big, loops, clearers)[0]
        small_cost, big_cost = min(small_cost, small_again), min(big_cost, big_again)
        ratios += [big_cost / max(small_cost, 1e-12), big_again / max(small_again, 1e-12)]
    if not min(ratios) < max_ratio:
        raise AssertionError(
            f"cost grew {min(ratios):.1f} times from n={n} to {factor}n (at most "
            f"{max_ratio:g}): {small_cost * 1e3:.2f} ms, then {big_cost * 1e3:.2f} ms a call"
        )
    return result


@dataclass(frozen=True)
class Scalable:
    """An input that can be built at any size: ``make(k)`` is the input of size ``k``.

    ``size`` is the size whose behaviour the test checks, ``text`` the input at that
    size, and ``n`` the size to pass to :func:`assert_linear` for its larger input to be
    ``text``.

    >>> case = repeated("ab", 8, end="!")
    >>> case.text, case.n, case.make(case.n)
    ('abababababababab!', 2, 'abab!')
    """

    make: Callable[[int], str]
    size: int

    def __post_init__(self) -> None:
        if self.size % FACTOR:
            raise ValueError(f"size {self.size} is not a multiple of {FACTOR}")

    @property
    def n(self) -> int:
        return self.size // FACTOR

    @property
    def text(self) -> str:
        return self.make(self.size)


def repeated(unit: str, size: int, *, start: str = "", end: str = "") -> Scalable:
    """``start + unit * size + end``, buildable at any size."""
    return Scalable(lambda k: start + unit * k + end, size)
