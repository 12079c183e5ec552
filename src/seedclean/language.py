"""The language a text is written in, as an ISO 639-1 code, for ``metadata.language``.

Two detectors, by name:

- ``"cld2"``: Google's Compact Language Detector 2 (the ``pycld2`` package, installed by
  the ``langid`` extra: ``pip install seedclean[langid]``). It knows some 80 languages
  from their character n-grams, including those written without spaces, and says when it
  is not sure.
- ``"stopwords"``: the function-word counts of :mod:`seedclean.stopwords` (16 languages,
  no dependency). It tells apart languages it has lists for, and mistakes a language it
  has no list for for a neighbour that it has (Czech for Polish, Catalan for Spanish).

``"cld2"`` is the default when ``pycld2`` is installed. When CLD2 is unsure of a text (a
mix of languages, or fewer than :data:`MIN_LETTERS` letters, on which CLD2 is often sure
and wrong: ``abc def ghi`` is Wolof to it) the function-word counts decide; when it is
sure of a language that has no two-letter code (Cebuano, Hawaiian...), the answer is
``None``.

>>> identify("The cat sat on the mat and it was happy with the rest of the day.")
'en'
>>> identify("Home | News | Contact") is None
True
>>> identify("Der Hund und die Katze sind in dem Haus, weil es draußen kalt ist.",
...          detector="stopwords")
'de'
>>> default_detector() == ("cld2" if cld2_available() else "stopwords")
True
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from functools import cache
from itertools import islice
from types import ModuleType

import regex

from .stopwords import detect_language

__all__ = [
    "DETECTORS",
    "MIN_LETTERS",
    "check_detector",
    "cld2_available",
    "default_detector",
    "identify",
]

#: The detectors :func:`identify` knows, by name.
DETECTORS: tuple[str, ...] = ("cld2", "stopwords")

#: The fewest letters CLD2 is trusted on: about a sentence (one line of Japanese, six
#: words of English). Below it, only the function words can tell, and five of them (what
#: :func:`seedclean.stopwords.detect_language` needs) hardly fit.
MIN_LETTERS = 30

_LETTER = regex.compile(r"\p{L}")
# What CLD2 refuses as "invalid UTF-8": control characters other than tab and line breaks,
# surrogates and noncharacters (U+FDD0..U+FDEF, U+xxFFFE and U+xxFFFF).
_CLD2_UNSAFE = regex.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\p{Cs}\p{NChar}]")
# Codes CLD2 gives that are not (or no longer) ISO 639-1, and what they are in ISO 639-1.
_CLD2_CODES = {"iw": "he", "jw": "jv", "in": "id", "mo": "ro"}


@cache
def _pycld2() -> ModuleType | None:
    try:
        return importlib.import_module("pycld2")
    except ImportError:
        return None


def cld2_available() -> bool:
    """Whether ``pycld2`` is installed, so that the ``"cld2"`` detector can run.

    >>> isinstance(cld2_available(), bool)
    True
    """
    return _pycld2() is not None


def default_detector() -> str:
    """``"cld2"`` when ``pycld2`` is installed, else ``"stopwords"``.

    >>> default_detector() in DETECTORS
    True
    """
    return "cld2" if cld2_available() else "stopwords"


def check_detector(name: str) -> str:
    """``name``, if it is a detector that can run here; else a :class:`ValueError` that
    says why.

    >>> check_detector("stopwords")
    'stopwords'
    >>> check_detector("fasttext")
    Traceback (most recent call last):
    ...
    ValueError: unknown language detector 'fasttext' (known: cld2, stopwords)
    """
    if name not in DETECTORS:
        raise ValueError(f"unknown language detector {name!r} (known: {', '.join(DETECTORS)})")
    if name == "cld2" and not cld2_available():
        raise ValueError(
            "the language detector 'cld2' needs pycld2 (pip install 'seedclean[langid]')"
        )
    return name


def identify(
    text: str,
    *,
    detector: str | None = None,
    fallback: Callable[[], str | None] | None = None,
) -> str | None:
    """The language of ``text`` (an ISO 639-1 code), or ``None`` when it is not known.

    ``detector`` is one of :data:`DETECTORS` (default: :func:`default_detector`).
    ``fallback`` gives the answer when CLD2 is unsure, or is the ``"stopwords"`` detector
    (default: :func:`seedclean.stopwords.detect_language` on ``text``; a caller that holds
    the function-word counts of the text's lines already passes them on).

    >>> identify("Le chat dort sur le canapé et il ne veut pas se lever ce matin.")
    'fr'
    >>> identify("Le chat dort.", detector="stopwords", fallback=lambda: "fr")
    'fr'
    """
    name = check_detector(detector if detector is not None else default_detector())
    if name == "cld2":
        sure, code = _cld2(text)
        if sure:
            return code
    return fallback() if fallback is not None else detect_language(text)


def _cld2(text: str) -> tuple[bool, str | None]:
    """Whether CLD2 is sure of the language of ``text``, and its ISO 639-1 code (``None``
    when the language has none)."""
    cld2 = _pycld2()
    if cld2 is None or next(islice(_LETTER.finditer(text), MIN_LETTERS - 1, None), None) is None:
        return False, None
    try:
        reliable, _, details = cld2.detect(_CLD2_UNSAFE.sub(" ", text), isPlainText=True)
    except cld2.error:
        return False, None
    code = str(details[0][1])
    if not reliable or code == "un":
        return False, None
    primary = code.split("-")[0]  # "zh-Hant"
    primary = _CLD2_CODES.get(primary, primary)
    # "xx-Qaai" and the like: a script, not a language
    iso = len(primary) == 2 and primary.isalpha() and primary != "xx"
    return True, primary if iso else None
