"""Hypothesis profiles: a quick one for local runs and a thorough one for CI.

:func:`load_profile` registers two profiles and loads one of them: ``ci`` when the
``CI`` environment variable is set (as CI services do), ``dev`` otherwise;
``HYPOTHESIS_PROFILE`` names one explicitly. Call it from a ``conftest.py``:

>>> load_profile(environ={"CI": "true"})
'ci'
>>> from hypothesis import settings
>>> settings.default.max_examples
300
>>> load_profile(environ={})
'dev'
>>> _ = load_profile()  # back to the profile the environment asks for
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from hypothesis import HealthCheck, settings

__all__ = ["CI_EXAMPLES", "DEV_EXAMPLES", "load_profile", "register_profiles"]

#: Examples per property in the ``dev`` and ``ci`` profiles.
DEV_EXAMPLES = 50
CI_EXAMPLES = 300

_SUPPRESS = [HealthCheck.too_slow, HealthCheck.data_too_large]


def register_profiles(*, dev: int = DEV_EXAMPLES, ci: int = CI_EXAMPLES) -> None:
    """Register the ``dev`` and ``ci`` profiles with ``dev`` and ``ci`` examples per
    property; both without deadline (cleaning a long text may take a while), ``ci``
    printing a blob to reproduce each failure."""
    settings.register_profile(
        "dev", max_examples=dev, deadline=None, suppress_health_check=_SUPPRESS
    )
    settings.register_profile(
        "ci", max_examples=ci, deadline=None, print_blob=True, suppress_health_check=_SUPPRESS
    )


def load_profile(name: str | None = None, *, environ: Mapping[str, str] | None = None) -> str:
    """Register the profiles and load ``name``, or the one the environment asks for
    (``HYPOTHESIS_PROFILE``, else ``ci`` when ``CI`` is set, else ``dev``); return its
    name."""
    env = os.environ if environ is None else environ
    register_profiles()
    chosen = name or env.get("HYPOTHESIS_PROFILE") or ("ci" if env.get("CI") else "dev")
    settings.load_profile(chosen)
    return chosen
