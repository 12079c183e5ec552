"""How much a heading-like line reads like the article's headline, and which one wins.

:mod:`.title` reads, for each heading-like line of the window that may be the title, the
evidence the page gives about it (:class:`Evidence`: a byline or a date right under it,
a copy of it elsewhere, a Markdown ``#``, its distance from the body, the words it shares
with the body, ...). :func:`score` weighs that evidence with :class:`Weights`, and
:func:`choose` takes the best line that scores the threshold, or none. The weights ship
in the package's ``data`` folder, one file per kind of text, as the locator's models do:
``title-weights-plain.json`` for a window that shows no Markdown, fitted on the
development pages by ``training/fit_title_weights.py`` (cross-validated, folds grouped by
page), and ``title-weights-markdown.json`` for one that shows html2text's headings and
links, the hand-set weights (what a fit gained there was a blog's name taken from its
``#`` heading). Other weights can be given as a file (``ExtractMetadata(title_weights=...)``).

>>> e = Evidence(k=3, below=1, anchors_below=1, words=6, distance=2, overlap=0.6)
>>> w = Weights()
>>> round(score(e, w), 2) >= w.threshold
True
>>> choose([e], set(), w) == (e, score(e, w))
True
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence, Set
from typing import Any

import attrs

from ...io import read_data_file


@attrs.frozen
class Evidence:
    """What the page says about one heading-like line ``k`` (its place among the
    window's lines, its visible text ``text``) as the headline.

    ``below`` is how many lines under it its nearest own anchor (date line, byline,
    timestamp) lies, 0 for a date on its own line, ``None`` with none within five lines;
    ``anchors_below`` how many it has there. ``distance`` is how many lines it lies above
    the body start (negative: into the body). ``overlap`` is the share of its content
    words the body uses (``None`` when the body is too short to tell).
    """

    k: int
    text: str = ""  # the line's visible text, the title it would give
    below: int | None = None
    anchors_below: int = 0
    between_byline_and_date: bool = False  # under a byline, above a date: a role, a paper
    byline_near: bool = False  # a byline at most two lines under it (or above)
    anchor_above: bool = False  # a byline or date at most three lines above it
    in_headline_list: bool = False  # one of four or more heading-like lines in a row
    kicker: bool = False  # its words reappear in the heading right below it
    repeated: bool = False  # printed again on the page, whole or cut short
    heading: int = 0  # its Markdown heading level (0: none)
    distance: int = 0
    words: int = 0
    label_length: bool = False  # three words or fewer, in a script written with spaces
    standfirst: bool = False  # reads as a standfirst (a sentence, or long)
    capitals: bool = False
    interface_words: bool = False
    full_stop: bool = False
    first_line: bool = False  # the page's first line, of four words or more
    overlap: float | None = None
    blank_around: bool = False  # a blank line right above it and right below it


@attrs.frozen(kw_only=True)
class Weights:
    """What each piece of :class:`Evidence` adds to a line's score (a negative effect is
    a positive weight subtracted), the score a title needs (``threshold``), how much more
    a line must score to replace the best one in two cases (``replace_unanchored``: a
    line with no anchor under it against one that has one; ``replace_nearby``: a line at
    most two lines under the best, its standfirst), and the score that gives the title a
    confidence of 1 (``confidence_scale``).

    The defaults are the hand-set weights the fitted ones start from.

    >>> Weights().threshold, Weights.load().threshold > 0
    (3.5, True)
    """

    anchor_right_below: float = attrs.field(default=2.5, converter=float)
    anchor_below: float = attrs.field(default=2.0, converter=float)
    between_byline_and_date: float = attrs.field(default=3.0, converter=float)
    byline_and_date_below: float = attrs.field(default=1.0, converter=float)
    anchor_above: float = attrs.field(default=1.0, converter=float)
    in_headline_list: float = attrs.field(default=2.5, converter=float)
    kicker: float = attrs.field(default=2.0, converter=float)
    repeated: float = attrs.field(default=1.5, converter=float)
    first_level_heading: float = attrs.field(default=2.5, converter=float)
    other_heading: float = attrs.field(default=0.5, converter=float)
    above_body: float = attrs.field(default=1.5, converter=float)
    above_body_per_line: float = attrs.field(default=0.2, converter=float)
    into_body_per_line: float = attrs.field(default=0.3, converter=float)
    very_short: float = attrs.field(default=1.5, converter=float)
    headline_length: float = attrs.field(default=0.5, converter=float)
    all_capitals: float = attrs.field(default=1.5, converter=float)
    interface_words: float = attrs.field(default=2.0, converter=float)
    full_stop: float = attrs.field(default=1.5, converter=float)
    first_line: float = attrs.field(default=1.0, converter=float)
    body_overlap: float = attrs.field(default=4.0, converter=float)
    unrelated_overlap: float = attrs.field(default=0.15, converter=float)
    unrelated: float = attrs.field(default=2.0, converter=float)
    threshold: float = attrs.field(default=3.5, converter=float)
    replace_unanchored: float = attrs.field(default=2.0, converter=float)
    replace_nearby: float = attrs.field(default=1.0, converter=float)
    confidence_scale: float = attrs.field(default=8.0, converter=float)
    # evidence the hand-set weights leave out (the fitted plain weights use it)
    blank_around: float = attrs.field(default=0.0, converter=float)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Weights:
        """The weights of a dict read from a weights file (its ``weights`` entry)."""
        known = {f.name for f in attrs.fields(cls)}
        given = dict(data["weights"])
        unknown = sorted(set(given) - known)
        if unknown:
            raise ValueError(f"unknown title weights: {', '.join(unknown)}")
        return cls(**given)

    def to_json(self) -> dict[str, float]:
        """The weights as a dict (a weights file's ``weights`` entry)."""
        return attrs.asdict(self)

    @classmethod
    def load(cls, path: str = "", *, markdown: bool = False) -> Weights:
        """The weights in the file ``path`` (a name with no ``/`` is read from the
        package's ``data`` folder), by default the shipped ones, with ``{kind}`` standing
        for ``markdown`` (for a window that shows Markdown) or ``plain``; each file is
        read once per process.

        >>> Weights.load().blank_around > Weights().blank_around == 0.0
        True
        >>> Weights.load(markdown=True) == Weights()
        True
        """
        kind = "markdown" if markdown else "plain"
        name = (path or DEFAULT_WEIGHTS).replace("{kind}", kind)
        weights = _LOADED.get(name)
        if weights is None:
            weights = _LOADED[name] = cls.from_json(json.loads(read_data_file(name)))
        return weights


#: The shipped weights, in the package's ``data`` folder, ``{kind}`` standing for the kind
#: of text (``markdown`` or ``plain``).
DEFAULT_WEIGHTS = "title-weights-{kind}.json"

# The weights files read so far, by name (each is read once per process).
_LOADED: dict[str, Weights] = {}


def score(e: Evidence, w: Weights) -> float:
    """How much the line of ``e`` reads like the headline.

    >>> w = Weights()
    >>> score(Evidence(k=0, words=2, label_length=True), w) < score(Evidence(k=0, words=6), w)
    True
    """
    s = 0.0
    if e.below is not None:
        s += w.anchor_right_below if e.below <= 2 else w.anchor_below
        if e.between_byline_and_date:
            s -= w.between_byline_and_date
        elif e.anchors_below >= 2 and e.byline_near:
            s += w.byline_and_date_below
    elif e.anchor_above:
        s -= w.anchor_above
    if e.in_headline_list:
        s -= w.in_headline_list
    if e.kicker:
        s -= w.kicker
    if e.repeated:
        s += w.repeated
    if e.heading == 1:
        s += w.first_level_heading
    elif e.heading:
        s += w.other_heading
    if e.distance > 0:
        s += max(0.0, w.above_body - w.above_body_per_line * (e.distance - 1))
    else:
        s -= w.into_body_per_line * -e.distance
    if e.label_length:
        s -= w.very_short
    elif e.words <= 25:
        s += w.headline_length
    if e.capitals:
        s -= w.all_capitals
    if e.interface_words:
        s -= w.interface_words
    if e.full_stop:
        s -= w.full_stop
    if e.first_line:
        s += w.first_line
    if e.blank_around:
        s += w.blank_around
    if e.overlap is not None:
        s += w.body_overlap * e.overlap
        if e.overlap < w.unrelated_overlap and e.below != 1:
            s -= w.unrelated
    return s


def _replaces(
    s: float, e: Evidence, best: tuple[float, Evidence], anchors: Set[int], w: Weights
) -> bool:
    """Whether ``e``, scoring ``s``, replaces the best line so far: a line with no anchor
    under it must do much better to replace one that has them, and of a headline and the
    standfirst under it, both heading-like, the first wins (unless the first is as short
    as a site's name and the second no standfirst)."""
    best_score, b = best
    margin = w.replace_unanchored if e.below is None and b.below is not None else 0.0
    return s > best_score + margin and (
        e.k - b.k > 2
        or s > best_score + w.replace_nearby
        or any(b.k < a < e.k for a in anchors)
        or (b.label_length and not e.standfirst)
    )


def choose(
    candidates: Sequence[Evidence], anchors: Set[int], w: Weights
) -> tuple[Evidence, float] | None:
    """The headline among ``candidates`` (in the window's order) and its score: the best
    one that scores ``w.threshold``, a later one replacing an earlier one only as
    :func:`_replaces` says; ``None`` when none scores it. ``anchors`` are the window's
    date lines and bylines."""
    best: tuple[float, Evidence] | None = None
    for e in candidates:
        s = score(e, w)
        if s >= w.threshold and (best is None or _replaces(s, e, best, anchors, w)):
            best = (s, e)
    return None if best is None else (best[1], best[0])
