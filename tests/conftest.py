"""Shared test configuration: hypothesis profiles.

Profiles: ``dev`` (the default, quick) and ``ci`` (more examples, prints reproduction
blobs), chosen automatically when the ``CI`` environment variable is set. Set
``HYPOTHESIS_PROFILE`` to pick one explicitly.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

_SUPPRESS = [HealthCheck.too_slow, HealthCheck.data_too_large]

settings.register_profile("dev", max_examples=50, deadline=None, suppress_health_check=_SUPPRESS)
settings.register_profile(
    "ci", max_examples=300, deadline=None, print_blob=True, suppress_health_check=_SUPPRESS
)
settings.load_profile(
    os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "dev")
)
