"""The growth check the hostile-input tests rest on: it passes linear work, fails
quadratic work, and measures every call with seedclean's caches empty."""

from __future__ import annotations

import pytest

from growth import assert_linear, clear_caches, repeated
from seedclean.lines import plain_text


def test_linear_work_passes_and_gives_the_result_on_the_larger_input() -> None:
    result = assert_linear(str.upper, lambda k: "ab" * k, 50_000)
    assert result == "AB" * 200_000


def _pairs(k: int) -> int:
    return sum(1 for i in range(k) for j in range(k) if i < j)


def test_quadratic_work_fails() -> None:
    with pytest.raises(AssertionError, match=r"cost grew \d+\.\d times from n=400 to 4n"):
        assert_linear(_pairs, lambda k: k, 400)


def test_every_call_starts_with_empty_caches() -> None:
    seen: list[int] = []

    def clean(text: str) -> str:
        seen.append(plain_text.cache_info().currsize)
        return plain_text(text)

    assert_linear(clean, repeated("[a](b) ", 2_000).make, 500)
    assert len(seen) >= 4  # 3 measurements of the smaller size, 1 of the larger at least
    assert set(seen) == {0}
    plain_text("[a](b)")
    clear_caches()
    assert plain_text.cache_info().currsize == 0


def test_scalable_sizes_are_multiples_of_the_factor() -> None:
    with pytest.raises(ValueError, match="not a multiple of 4"):
        repeated("x", 10)
