"""A learned line scorer for the main-content locator: the features of each line, and a
pure-Python model that turns them into the probability that the line is article text.

The locator's rules (:mod:`seedclean.cleaners.locate_content`) decide from a few hand-set
thresholds. The scorer reads the same lines with more of what surrounds them, and a
gradient-boosted tree model, trained on the development benchmark by
``training/train_line_scorer.py``, weighs it. The model ships as a JSON file in
``seedclean/data``; inference is plain Python (the trees compiled once per process into
nested ``if`` statements), with no numpy or scikit-learn at run time.

The features of a line (:data:`FEATURES`, all language-independent) are:

- its own shape (:data:`LINE_FEATURES`): length, words, sentences, link density, whether
  it is a heading, a list item, a quote, its stop-word density in the page's language,
  its indentation, the class the locator's rules give it on its own and whether the rules
  keep it, the blank lines around it, its share of digits and capitals;
- a few of those of the 3 lines before and after it, and their means over windows of
  ±1, ±5 and ±15 lines (:data:`CONTEXT_FEATURES`);
- its place on the page: position, distance to the region the rules keep, the page's
  length and share of good lines, and its share of lines with Markdown links (which
  tells html2text text from inscriptis text).

>>> len(FEATURES), FEATURES[:3]
(93, ('log_length', 'log_words', 'sentences'))
>>> probability(0.0), round(probability(2.0), 3)
(0.5, 0.881)

A model is a list of trees over these features:

>>> tree = {"feature": [0, -1, -1], "threshold": [2.0, 0.0, 0.0], "left": [1, 0, 0],
...         "right": [2, 0, 0], "value": [0.2, -1.0, 1.0]}
>>> model = TreeModel(("a", "b"), baseline=0.5, trees=(tree,), threshold=0.5)
>>> model.decision([1.0, 0.0]), model.decision([3.0, 0.0])
(-0.5, 1.5)
>>> model.contributions([1.0, 0.0])
[('a', -1.2)]
"""

from __future__ import annotations

import heapq
import json
import math
from array import array
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from .io import read_data_file

if TYPE_CHECKING:  # the locator imports this module; only its type is needed here
    from .cleaners.locate_content import LineInfo
    from .page import LineFacts

__all__ = [
    "CONTEXT_FEATURES",
    "DEFAULT_MODEL",
    "FEATURES",
    "LINE_FEATURES",
    "FeatureRows",
    "PushedDown",
    "TreeModel",
    "iter_line_features",
    "line_features",
    "load_model",
    "probability",
]

#: What each line contributes on its own.
LINE_FEATURES: tuple[str, ...] = (
    "log_length",
    "log_words",
    "sentences",
    "ends_sentence",
    "link_density",
    "heading",
    "marked",
    "quote",
    "has_words",
    "one_link",
    "stopword_density",
    "log_indent",
    "rules_good",
    "rules_near_good",
    "rules_short",
    "rules_bad",
    "rules_keep",
    "rules_outside",
    "blank_before",
    "blank_after",
    "digit_share",
    "upper_share",
    "colon_end",
    "log_links",
)
#: The line features read for the neighbours and averaged over windows.
CONTEXT_FEATURES: tuple[str, ...] = (
    "log_length",
    "link_density",
    "stopword_density",
    "rules_good",
    "rules_bad",
    "rules_keep",
)
_CONTEXT = tuple(LINE_FEATURES.index(name) for name in CONTEXT_FEATURES)
_OFFSETS = (-3, -2, -1, 1, 2, 3)
_WINDOWS = (1, 5, 15)
_PAGE_FEATURES = (
    "position",
    "log_page_lines",
    "after_rules_region_start",
    "before_rules_region_end",
    "in_rules_region",
    "page_good_share",
    "log_page_chars",
    "language_known",
    "page_link_line_share",
)


def _names() -> tuple[str, ...]:
    names = list(LINE_FEATURES)
    for d in _OFFSETS:
        tag = f"prev{-d}" if d < 0 else f"next{d}"
        names += [f"{tag}_{name}" for name in CONTEXT_FEATURES]
        names.append(f"{tag}_present")
    for w in _WINDOWS:
        names += [f"mean{w}_{name}" for name in CONTEXT_FEATURES]
    names += _PAGE_FEATURES
    return tuple(names)


#: The names of the features, in the order of a feature vector.
FEATURES: tuple[str, ...] = _names()

_CLASSES = ("good", "near_good", "short", "bad")
_COLONS = (":", "：")


def _own(
    info: LineInfo,
    context_free: str,
    kept: bool,
    outside: bool,
    blank_before: bool,
    blank_after: bool,
    lang: str | None,
) -> list[float]:
    """The :data:`LINE_FEATURES` of one line."""
    facts = info.facts
    indent, digits, capitals, colon, links = facts.remember(_TEXT_KEY, lambda _: _text(facts))
    return [
        math.log1p(info.length),
        math.log1p(facts.words),
        float(min(info.sentences, 5)),
        float(info.ends_sentence),
        info.link_density,
        float(info.heading),
        float(info.marked),
        float(info.quote),
        float(info.has_words),
        float(info.shape.one_link),
        info.stopword_density(lang) if lang else 0.0,
        indent,
        *(float(context_free == c) for c in _CLASSES),
        float(kept),
        float(outside),
        float(blank_before),
        float(blank_after),
        digits,
        capitals,
        colon,
        links,
    ]


# The key of the features that depend on a line's text alone, kept with its facts (one
# computation per line and page, not one per pass and analysis).
_TEXT_KEY = ("line_scorer", "text")


def _text(facts: LineFacts) -> tuple[float, float, float, float, float]:
    """Indentation, the shares of digits and capitals, whether the line ends with a
    colon, and its Markdown links: the features of a line's text alone."""
    text = facts.text
    visible = facts.visible
    n = max(1, len(visible))
    return (
        math.log1p(len(text) - len(text.lstrip(" \t"))),
        sum(map(str.isdigit, visible)) / n,
        sum(map(str.isupper, visible)) / n,
        float(visible.rstrip("*_ ").endswith(_COLONS)),
        math.log1p(text.count("](")),
    )


def iter_line_features(infos: Sequence[LineInfo], **options: Any) -> Iterator[list[float]]:
    """The feature vector (:data:`FEATURES`) of each of the lines ``infos``, one after
    the other (the vectors of a long page are not all held at once), with the keyword
    arguments of :class:`FeatureRows`.

    >>> from seedclean.cleaners.locate_content import LineInfo
    >>> from seedclean.lines import Line
    >>> from seedclean.page import LineFacts
    >>> texts = ["Home", "A line."]
    >>> infos = [LineInfo(Line(k, 0, 0, t), LineFacts(t)) for k, t in enumerate(texts)]
    >>> rows = iter_line_features(infos, context_free=["short", "near_good"],
    ...                           kept=[False, True], outside=[True, False],
    ...                           blank_before=[False, True], blank_after=[True, False],
    ...                           lang=None)
    >>> rows = list(rows)
    >>> len(rows[0]) == len(FEATURES)
    True
    >>> dict(zip(FEATURES, rows[1]))["rules_keep"], dict(zip(FEATURES, rows[1]))["prev1_present"]
    (1.0, 1.0)
    """
    return iter(FeatureRows(infos, **options))


class FeatureRows:
    """The feature vectors (:data:`FEATURES`) of the lines of one page, held by columns
    and made one at a time: :meth:`row` gives line ``k``'s, iterating gives them all.

    The keyword arguments give, for each line, the class the locator's rules give it on
    its own (``"good"``, ``"near_good"``, ``"short"``, ``"bad"``), whether the rules keep
    it and whether they place it outside the article's region, whether a blank line
    stands before and after it, and the page's language (``None`` when not recognised).
    The columns are read when a first row is asked for; window means are read from
    prefix sums, so the cost is linear in the number of lines.

    A row is its line's own features, its neighbours', window means and the page's
    facts, so the columns (each line's own features as doubles, and prefix sums of the
    context features) hold all the page's rows in some 290 bytes a line, where a row
    made is 93 numbers (about 3 KB as a list). The locator keeps a pass's rows this way
    for the lines the scorer removes, to read the features that weighed most when the
    line's label is made: the row made again is the same numbers.

    >>> from seedclean.cleaners.locate_content import LineInfo
    >>> from seedclean.lines import Line
    >>> from seedclean.page import LineFacts
    >>> texts = ["Home", "A line."]
    >>> infos = [LineInfo(Line(k, 0, 0, t), LineFacts(t)) for k, t in enumerate(texts)]
    >>> rows = FeatureRows(infos, context_free=["short", "near_good"], kept=[False, True],
    ...                    outside=[True, False], blank_before=[False, True],
    ...                    blank_after=[True, False], lang=None)
    >>> len(rows), rows.row(1) == list(rows)[1]
    (2, True)
    """

    def __init__(
        self,
        infos: Sequence[LineInfo],
        *,
        context_free: Sequence[str],
        kept: Sequence[bool],
        outside: Sequence[bool],
        blank_before: Sequence[bool],
        blank_after: Sequence[bool],
        lang: str | None,
    ) -> None:
        self._n = len(infos)
        # what the columns are read from, until they are (then let go)
        self._given: tuple[Any, ...] | None = (
            infos, context_free, kept, outside, blank_before, blank_after, lang
        )
        self._own = array("d")
        self._ctx = array("d")
        self._prefix = array("d")
        self._page: list[float] = []
        self._first = self._last = 0

    def __len__(self) -> int:
        return self._n

    def __iter__(self) -> Iterator[list[float]]:
        for k in range(self._n):
            yield self.row(k)

    def _columns(self) -> None:
        """Read the columns from what was given (once)."""
        assert self._given is not None
        infos, context_free, kept, outside, blank_before, blank_after, lang = self._given
        self._given = None
        n = self._n
        own, ctx, width = self._own, self._ctx, len(_CONTEXT)
        for k in range(n):
            row = _own(
                infos[k], context_free[k], kept[k], outside[k], blank_before[k],
                blank_after[k], lang,
            )  # fmt: skip
            own.extend(row)
            ctx.extend([row[c] for c in _CONTEXT])
        # prefix[k * width + c]: the sum of context feature c over lines 0..k-1
        prefix = self._prefix
        prefix.extend([0.0] * width)
        for k in range(n):
            at = k * width
            prefix.extend([prefix[at + c] + ctx[at + c] for c in range(width)])
        kept_at = [k for k in range(n) if kept[k]]
        self._first, self._last = (kept_at[0], kept_at[-1]) if kept_at else (0, n - 1)
        self._page = [
            sum(c == "good" for c in context_free) / n,
            math.log1p(sum(len(info.facts.text) for info in infos)),
            float(lang is not None),
            sum("](" in info.facts.text for info in infos) / n,
        ]

    def row(self, k: int) -> list[float]:
        """The feature vector of line ``k``."""
        if self._given is not None:
            self._columns()
        n, width, size = self._n, len(_CONTEXT), len(LINE_FEATURES)
        ctx, prefix = self._ctx, self._prefix
        row = self._own[k * size : (k + 1) * size].tolist()
        for d in _OFFSETS:
            j = k + d
            if 0 <= j < n:
                row += ctx[j * width : (j + 1) * width]
                row.append(1.0)
            else:
                row += _ABSENT
                row.append(0.0)
        for w in _WINDOWS:
            lo, hi = max(0, k - w), min(n, k + w + 1)
            a, b = lo * width, hi * width
            span = hi - lo
            row += [(prefix[b + c] - prefix[a + c]) / span for c in range(width)]
        first, last = self._first, self._last
        good_share, page_chars, language_known, link_share = self._page
        row += [
            k / n,
            math.log1p(n),
            (k - first) / n,
            (last - k) / n,
            float(first <= k <= last),
            good_share,
            page_chars,
            language_known,
            link_share,
        ]
        return row


# the context features of a neighbour past either end of the page
_ABSENT = [0.0] * len(_CONTEXT)


def line_features(infos: Sequence[LineInfo], **options: Any) -> list[list[float]]:
    """The feature vectors of :func:`iter_line_features` (with the same arguments), as a
    list.

    >>> line_features([], context_free=[], kept=[], outside=[], blank_before=[],
    ...               blank_after=[], lang=None)
    []
    """
    return list(iter_line_features(infos, **options))


def probability(decision: float) -> float:
    """The probability of a decision value (log-odds)."""
    if decision >= 0:
        return 1.0 / (1.0 + math.exp(-decision))
    e = math.exp(decision)
    return e / (1.0 + e)


class TreeModel:
    """A sum of regression trees over :data:`FEATURES` (a gradient-boosted classifier):
    the decision value of a line is ``baseline`` plus the value of the leaf it reaches in
    each tree, its probability of being article text :func:`probability` of that, and a
    line whose probability is below ``threshold`` goes.

    Each tree is a dict of parallel lists, one entry per node: ``feature`` (-1 for a
    leaf), ``threshold`` (a line goes left when its feature is ``<=`` it), ``left``,
    ``right`` and ``value`` (a leaf's value; for an inner node the mean of its leaves
    over the training lines, which :meth:`contributions` reads).
    """

    def __init__(
        self,
        features: Sequence[str],
        *,
        baseline: float,
        trees: Sequence[Mapping[str, Sequence[float]]],
        threshold: float,
        meta: Mapping[str, Any] | None = None,
    ) -> None:
        self.features = tuple(features)
        self.baseline = float(baseline)
        self.threshold = float(threshold)
        self.meta = dict(meta or {})
        self.trees = tuple(
            (
                [int(f) for f in t["feature"]],
                [float(v) for v in t["threshold"]],
                [int(v) for v in t["left"]],
                [int(v) for v in t["right"]],
                [float(v) for v in t["value"]],
            )
            for t in trees
        )
        self._decide, self._contribute = self._compile()

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> TreeModel:
        """The model of a dict read from a model file."""
        return cls(
            data["features"],
            baseline=data["baseline"],
            trees=data["trees"],
            threshold=data["threshold"],
            meta=data.get("meta"),
        )

    def _compile(
        self,
    ) -> tuple[Callable[[Sequence[float]], float], Callable[[Sequence[float], list[float]], None]]:
        """The trees as two Python functions of nested ``if`` statements, compiled once:
        one sums the leaves a line reaches, the other adds each split's change in node
        value to its feature's total."""
        # The features are unpacked into local names once per function: a comparison of
        # a local is cheaper than an index into the row, and a line meets some thousand
        # of them. The trees are compiled a few at a time, as the compiler's peak memory
        # for one function of all of them is some 100 MB.
        names = ", ".join(f"x{f}" for f in range(len(self.features)))
        unpack = f" ({names},) = x" if self.features else " pass"
        namespace: dict[str, Any] = {}
        parts: list[int] = []

        def emit(
            tree: tuple[list[int], list[float], list[int], list[int], list[float]],
            node: int,
            depth: int,
            decide: list[str],
            contribute: list[str],
        ) -> None:
            feature, threshold, left, right, value = tree
            pad = " " * depth
            if feature[node] < 0:
                decide.append(f"{pad}s += {value[node]!r}")
                return
            f = feature[node]
            decide.append(f"{pad}if x{f} <= {threshold[node]!r}:")
            contribute.append(f"{pad}if x{f} <= {threshold[node]!r}:")
            contribute.append(f"{pad} c[{f}] += {value[left[node]] - value[node]!r}")
            emit(tree, left[node], depth + 1, decide, contribute)
            decide.append(f"{pad}else:")
            contribute.append(f"{pad}else:")
            contribute.append(f"{pad} c[{f}] += {value[right[node]] - value[node]!r}")
            emit(tree, right[node], depth + 1, decide, contribute)

        for k in range(0, len(self.trees), _TREES_PER_FUNCTION):
            decide = [f"def d{k}(x):", unpack, " s = 0.0"]
            contribute = [f"def c{k}(x, c):", unpack]
            for tree in self.trees[k : k + _TREES_PER_FUNCTION]:
                emit(tree, 0, 1, decide, contribute)
            decide.append(" return s")
            source = "\n".join(decide) + "\n" + "\n".join(contribute) + "\n"
            exec(compile(source, "<seedclean line model>", "exec"), namespace)
            parts.append(k)
        total = " + ".join([repr(self.baseline), *(f"d{k}(x)" for k in parts)])
        calls = "".join(f" c{k}(x, c)\n" for k in parts) or " pass\n"
        source = f"def decide(x):\n return {total}\ndef contribute(x, c):\n{calls}"
        exec(compile(source, "<seedclean line model>", "exec"), namespace)
        return namespace["decide"], namespace["contribute"]

    def decision(self, x: Sequence[float]) -> float:
        """The decision value (log-odds that the line is article text) of ``x``."""
        return self._decide(x)

    def _totals(self, x: Sequence[float]) -> list[float]:
        """What each feature added to the decision value of ``x``, by feature index."""
        total = [0.0] * len(self.features)
        self._contribute(x, total)
        return total

    def contributions(self, x: Sequence[float]) -> list[tuple[str, float]]:
        """What each feature added to the decision value of ``x``, largest effect first:
        along the path of ``x`` in each tree, the change in node value at each split is
        the split feature's (the decision is ``baseline`` plus the root values plus
        these contributions)."""
        total = self._totals(x)
        ranked = sorted(
            ((f, c) for f, c in enumerate(total) if c != 0.0), key=lambda item: -abs(item[1])
        )
        return [(self.features[f], round(c, 6)) for f, c in ranked]

    def pushed_down(self, x: Sequence[float], k: int) -> list[tuple[str, float]]:
        """The ``k`` features that lowered the decision value of ``x`` most, the lowest
        first (what :meth:`contributions` gives for them), without ranking the rest.

        >>> tree = {"feature": [0, -1, -1], "threshold": [2.0, 0.0, 0.0],
        ...         "left": [1, 0, 0], "right": [2, 0, 0], "value": [0.2, -1.0, 1.0]}
        >>> TreeModel(("a", "b"), baseline=0.0, trees=(tree,), threshold=0.5).pushed_down(
        ...     [1.0, 0.0], 3)
        [('a', -1.2)]
        """
        total = self._totals(x)
        low = heapq.nsmallest(k, ((c, f) for f, c in enumerate(total) if c < 0.0))
        return [(self.features[f], round(c, 6)) for c, f in low]


class PushedDown(Sequence[tuple[str, float]]):
    """The ``top`` features that lowered a learned decision most, each with what it
    added to the log-odds (what :meth:`TreeModel.pushed_down` gives for the row that
    ``row()`` makes), worked out when first read.

    A removal's label carries it: its figures are the same whenever they are read, but
    working them out costs about four times the decision itself, and most runs never
    read them (records are written without them; a library user reads the text). Until
    read it holds what makes its row (the locator's: the rows of its pass, shared by
    every line the pass removed), then only its figures. It compares, hashes and
    pickles as the tuple it stands for.

    >>> tree = {"feature": [0, -1, -1], "threshold": [2.0, 0.0, 0.0],
    ...         "left": [1, 0, 0], "right": [2, 0, 0], "value": [0.2, -1.0, 1.0]}
    >>> model = TreeModel(("a", "b"), baseline=0.0, trees=(tree,), threshold=0.5)
    >>> weighed = PushedDown(model, lambda: [1.0, 0.0], 3)
    >>> weighed == (("a", -1.2),), list(weighed), len(weighed)
    (True, [('a', -1.2)], 1)
    """

    __slots__ = ("_from", "_value")

    def __init__(self, model: TreeModel, row: Callable[[], list[float]], top: int) -> None:
        self._from: tuple[TreeModel, Callable[[], list[float]], int] | None = (model, row, top)
        self._value: tuple[tuple[str, float], ...] | None = None

    def _values(self) -> tuple[tuple[str, float], ...]:
        if self._value is None:
            assert self._from is not None
            model, row, top = self._from
            self._value = tuple(model.pushed_down(row(), top))
            self._from = None  # let what makes the row go
        return self._value

    def __getitem__(self, index: Any) -> Any:
        return self._values()[index]

    def __len__(self) -> int:
        return len(self._values())

    def __iter__(self) -> Iterator[tuple[str, float]]:
        return iter(self._values())

    def _same_row(self, other: PushedDown) -> bool:
        """Whether ``other`` and this one, neither worked out yet, stand for the same
        model, number of features and row (a render asks, to join lines that go with
        equal labels): then their figures are the same."""
        if self._from is None or other._from is None:
            return False
        model, row, top = self._from
        model2, row2, top2 = other._from
        return model is model2 and top == top2 and row() == row2()

    def __eq__(self, other: object) -> bool:
        if isinstance(other, PushedDown):
            return self._same_row(other) or self._values() == other._values()
        if isinstance(other, tuple):
            return self._values() == other
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        return repr(self._values())

    def __reduce__(self) -> tuple[Any, ...]:
        return (tuple, (self._values(),))


# How many trees one compiled function holds (see TreeModel._compile).
_TREES_PER_FUNCTION = 40

#: The models the locator uses when its ``scorer`` option is true, ``{kind}`` standing for
#: the kind of text it reads: ``markdown`` for a page whose lines show Markdown links,
#: images or headings (as html2text writes a page), ``plain`` for the others (as
#: inscriptis writes one). Each is trained on pages of its kind only
#: (``training/train_line_scorer.py --formats``).
DEFAULT_MODEL = "line-scorer-{kind}.json"

# The models loaded so far, by path: each is read and compiled once per process. (Not a
# functools cache: the growth tests empty those before every call, and loading a model is
# not part of the cost of scoring a page.)
_MODELS: dict[str, TreeModel] = {}


def load_model(path: str) -> TreeModel:
    """The model in the file ``path``: a name is read from the package's ``data``
    folder, anything with a ``/`` from the file system. Loaded and compiled once per
    process.

    >>> load_model(DEFAULT_MODEL.format(kind="plain")).features == FEATURES
    True
    """
    model = _MODELS.get(path)
    if model is None:
        model = _MODELS[path] = _read_model(path)
    return model


def _read_model(path: str) -> TreeModel:
    model = TreeModel.from_json(json.loads(read_data_file(path)))
    if model.features != FEATURES:
        raise ValueError(f"{path}: a model over other features than seedclean's")
    return model
