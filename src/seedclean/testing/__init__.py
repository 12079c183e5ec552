"""Property-based testing for cleaners: hypothesis strategies for scraped text, the laws
every cleaner should obey, and generated pages that carry their own truth.

Install with ``pip install 'seedclean[testing]'`` (it needs hypothesis). Then, in a test:

>>> import seedclean
>>> from seedclean.testing import check_cleaner
>>> check_cleaner(seedclean.NormalizeWhitespace(), max_examples=20)

See ``docs/testing.md`` for the strategies, the laws and how to run more examples in CI.
"""

from __future__ import annotations

try:
    import hypothesis  # noqa: F401
except ImportError as exc:  # pragma: no cover - exercised in a subprocess test
    raise ImportError(
        "seedclean.testing needs hypothesis: pip install 'seedclean[testing]'"
    ) from exc

from .documents import (
    BOILERPLATE_KINDS,
    LANGUAGES,
    METADATA_KINDS,
    BodyScore,
    Part,
    ScrapedDocument,
    articles,
    boilerplate,
    paragraphs,
    score_body,
    scraped_documents,
)
from .laws import (
    LAWS,
    NORMALISING_REASONS,
    check_accounted,
    check_all,
    check_audit,
    check_clean_text_unchanged,
    check_cleaner,
    check_deterministic,
    check_idempotent,
    check_never_raises,
    check_removes_only,
)
from .profiles import load_profile, register_profiles
from .strategies import (
    EXOTIC_SPACES,
    LINE_BREAKS,
    MOJIBAKE_TRANSFORMS,
    ZERO_WIDTH_REMOVED,
    any_text,
    clean_ascii_text,
    clean_text,
    has_repeated_lines,
    mixed_text,
    mojibake,
    mojibaked,
    to_double_mojibake,
    to_latin1_mojibake,
    to_sloppy_mojibake,
    to_strict_1252_mojibake,
)

__all__ = [
    "BOILERPLATE_KINDS",
    "EXOTIC_SPACES",
    "LANGUAGES",
    "LAWS",
    "LINE_BREAKS",
    "METADATA_KINDS",
    "MOJIBAKE_TRANSFORMS",
    "NORMALISING_REASONS",
    "ZERO_WIDTH_REMOVED",
    "BodyScore",
    "Part",
    "ScrapedDocument",
    "any_text",
    "articles",
    "boilerplate",
    "check_accounted",
    "check_all",
    "check_audit",
    "check_clean_text_unchanged",
    "check_cleaner",
    "check_deterministic",
    "check_idempotent",
    "check_never_raises",
    "check_removes_only",
    "clean_ascii_text",
    "clean_text",
    "has_repeated_lines",
    "load_profile",
    "mixed_text",
    "mojibake",
    "mojibaked",
    "paragraphs",
    "register_profiles",
    "score_body",
    "scraped_documents",
    "to_double_mojibake",
    "to_latin1_mojibake",
    "to_sloppy_mojibake",
    "to_strict_1252_mojibake",
]
