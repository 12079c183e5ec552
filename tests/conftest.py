"""Shared test configuration: hypothesis profiles and slow tests.

Profiles (see :mod:`seedclean.testing.profiles`): ``dev`` (the default, quick) and
``ci`` (more examples, prints reproduction blobs), chosen automatically when the ``CI``
environment variable is set. Set ``HYPOTHESIS_PROFILE`` to pick one explicitly.

Tests marked ``slow`` run when ``CI`` or ``SEEDCLEAN_SLOW`` is set, and are reported as
skipped otherwise.
"""

from __future__ import annotations

import os

import pytest

from seedclean.testing import load_profile

load_profile()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if os.environ.get("CI") or os.environ.get("SEEDCLEAN_SLOW"):
        return
    skip = pytest.mark.skip(reason="slow: set CI=true or SEEDCLEAN_SLOW=1 to run it")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)
