"""Cleaners and how they compose: the :class:`Cleaner` protocol, :class:`Pipeline`, :class:`Guard`.

A cleaner is a named, configurable callable from :class:`~seedclean.document.Document` to
``Document``. Most cleaners only need to say *what* to change; subclass
:class:`SpanCleaner` and implement :meth:`SpanCleaner.find`, or decorate a function with
:func:`cleaner`:

>>> import seedclean
>>> from seedclean import Change, Reason
>>> @seedclean.cleaner("drop_shouting")
... def drop_shouting(text):
...     start = 0
...     for line in text.splitlines(keepends=True):
...         if line.strip().isupper():
...             yield Change(start, start + len(line), Reason.OTHER)
...         start += len(line)
>>> pipe = seedclean.default_pipeline() | drop_shouting
>>> pipe.names()[-2:]
['normalize_unicode', 'drop_shouting']
>>> drop_shouting("Title\\nBUY NOW\\nBody text.").text
'Title\\nBody text.'
"""

from __future__ import annotations

import hashlib
import importlib
import json
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any, ClassVar, Protocol, TypeVar, cast, runtime_checkable

import attrs

from .document import Change, Document, Edit
from .page import LineLabel, Page

__all__ = [
    "Cleaner",
    "Guard",
    "LineCleaner",
    "Pipeline",
    "SpanCleaner",
    "as_document",
    "cleaner",
    "get_cleaner_class",
    "register_cleaner",
    "registered_cleaners",
]


@runtime_checkable
class Cleaner(Protocol):
    """Anything with a ``name``, its ``options()`` and a ``__call__`` from Document to Document.

    A cleaner must only remove or replace text through
    :meth:`~seedclean.document.Document.apply` so that every change is audited.
    """

    @property
    def name(self) -> str:
        """A short, stable identifier, also used in configs and the audit log."""
        ...

    def options(self) -> dict[str, Any]:
        """The options the cleaner was built with, as JSON-ready values."""
        ...

    def __call__(self, doc: Document, /) -> Document:
        """Clean ``doc`` and return the new document."""
        ...


def as_document(doc: Document | str) -> Document:
    """``doc`` itself, or a new :class:`~seedclean.document.Document` holding ``doc`` when it
    is a string: what a cleaner's ``__call__`` accepts (anything else is a ``TypeError``).

    >>> as_document("Some text.").text
    'Some text.'
    """
    if isinstance(doc, str):
        return Document(doc)
    if isinstance(doc, Document):
        return doc
    raise TypeError(f"expected a Document or a str, got {type(doc).__name__}")


def _jsonable(value: Any) -> Any:
    if isinstance(value, tuple | list):
        return [_jsonable(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    return value


class _Composable:
    """Mixin: ``a | b`` builds a pipeline of the two."""

    def __or__(self, other: Cleaner) -> Pipeline:
        if isinstance(other, Pipeline):  # cleaner | pipeline: one flat pipeline
            return attrs.evolve(other, steps=(self, *other.steps))  # type: ignore[arg-type]
        return Pipeline([self, other])  # type: ignore[list-item]

    def __ror__(self, other: Cleaner) -> Pipeline:
        return Pipeline([other, self])  # type: ignore[list-item]


class SpanCleaner(_Composable):
    """Base class for cleaners that only propose :class:`~seedclean.document.Change` spans.

    Subclasses are usually frozen attrs classes whose fields are their options; they set
    the class variable ``name`` and implement :meth:`find`.
    """

    name: ClassVar[str] = "span_cleaner"

    def find(self, text: str) -> Iterable[Change]:
        """Yield sorted, non-overlapping changes for ``text``."""
        raise NotImplementedError

    def options(self) -> dict[str, Any]:
        """The attrs fields of the cleaner, as JSON-ready values."""
        if attrs.has(type(self)):
            fields = attrs.asdict(cast(Any, self), recurse=False)
            return {k: _jsonable(v) for k, v in fields.items() if not k.startswith("_")}
        return {}

    def __call__(self, doc: Document | str, /) -> Document:
        doc = as_document(doc)
        return doc.apply(self.name, self.find(doc.text))

    def __repr__(self) -> str:
        args = ", ".join(f"{k}={v!r}" for k, v in self.options().items())
        return f"{type(self).__name__}({args})"


class LineCleaner(SpanCleaner):
    """Base class for cleaners that remove whole lines: they read the document's
    :class:`~seedclean.page.Page` and label the lines that go, and the page's one render
    turns the labels into the step's changes and the next cleaner's page.

    Subclasses set ``name`` and implement :meth:`label`. Consecutive line cleaners share
    one page: the text is split into lines once, and what a cleaner learnt about a line
    that stays (its facts) goes with it.

    >>> from seedclean.page import LineLabel
    >>> from seedclean import Reason
    >>> class DropShouting(LineCleaner):
    ...     name = "drop_shouting"
    ...     def label(self, page):
    ...         return {k: LineLabel(Reason.OTHER) for k in page.nonblank()
    ...                 if page.facts(k).visible.isupper()}
    >>> DropShouting()("Title\\n\\nBUY NOW\\n\\nBody text.").text
    'Title\\n\\nBody text.'
    """

    name: ClassVar[str] = "line_cleaner"

    def label(self, page: Page) -> Mapping[int, LineLabel]:
        """The lines of ``page`` to remove, by line index, each with its label."""
        raise NotImplementedError

    def find(self, text: str) -> Iterable[Change]:
        page = Page.of(text)
        return page.render(self.label(page)).changes

    def __call__(self, doc: Document | str, /) -> Document:
        doc = as_document(doc)
        result = doc.page().render(self.label(doc.page()))
        return doc.apply(self.name, result.changes).with_page(result.page)


@attrs.frozen
class _FunctionCleaner(_Composable):
    """A cleaner made by :func:`cleaner` from a function ``text -> Iterable[Change]``."""

    name: str
    func: Callable[[str], Iterable[Change]] = attrs.field(repr=False)

    def options(self) -> dict[str, Any]:
        return {}

    def find(self, text: str) -> Iterable[Change]:
        return self.func(text)

    def __call__(self, doc: Document | str, /) -> Document:
        doc = as_document(doc)
        return doc.apply(self.name, self.func(doc.text))

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle by the function's module and name, so that a decorated module-level
        function (whose name is bound to this cleaner, not to the function) pickles, and
        worker processes can run it."""
        module = getattr(self.func, "__module__", None)
        qualname = getattr(self.func, "__qualname__", "")
        if module and qualname and "<" not in qualname:
            return (_function_cleaner_at, (self.name, module, qualname))
        return (_FunctionCleaner, (self.name, self.func))


def _function_cleaner_at(name: str, module: str, qualname: str) -> _FunctionCleaner:
    """The cleaner ``name`` made from the function (or cleaner) at ``module.qualname``."""
    target: Any = importlib.import_module(module)
    for part in qualname.split("."):
        target = getattr(target, part)
    if isinstance(target, _FunctionCleaner):
        return target if target.name == name else _FunctionCleaner(name, target.func)
    return _FunctionCleaner(name, target)


def cleaner(name: str) -> Callable[[Callable[[str], Iterable[Change]]], _FunctionCleaner]:
    """Turn a function ``text -> Iterable[Change]`` into a named cleaner.

    >>> from seedclean import Change, Reason
    >>> @cleaner("drop_first_char")
    ... def drop_first_char(text):
    ...     return [Change(0, 1, Reason.OTHER)] if text else []
    >>> drop_first_char("xabc").text
    'abc'
    >>> drop_first_char.name
    'drop_first_char'

    A cleaner made from a module-level function pickles (by the function's name), so a
    pipeline holding it can go to worker processes (:mod:`seedclean.parallel`).
    """

    def wrap(func: Callable[[str], Iterable[Change]]) -> _FunctionCleaner:
        return _FunctionCleaner(name, func)

    return wrap


_REGISTRY: dict[str, type[Any]] = {}

C = TypeVar("C", bound=type[Any])


def register_cleaner(cls: C) -> C:
    """Class decorator: make a cleaner class loadable from a config by its ``name``.

    The class must be constructible from its ``options()`` as keyword arguments.
    """
    name = getattr(cls, "name", None)
    if not isinstance(name, str) or not name:
        raise TypeError(f"{cls.__name__} needs a class attribute 'name' to be registered")
    existing = _REGISTRY.get(name)
    if existing is not None and existing is not cls:
        raise ValueError(f"a cleaner named {name!r} is already registered ({existing.__name__})")
    _REGISTRY[name] = cls
    return cls


def registered_cleaners() -> dict[str, type[Any]]:
    """The cleaner classes a config can name, by name (a copy)."""
    return dict(_REGISTRY)


def get_cleaner_class(name: str) -> type[Any]:
    """The registered cleaner class called ``name``; a clear error if there is none."""
    try:
        return _REGISTRY[name]
    except KeyError:
        known = ", ".join(sorted(_REGISTRY)) or "none"
        raise ValueError(f"unknown cleaner {name!r} (known cleaners: {known})") from None


# Characters that are neither whitespace nor visible: soft hyphen, zero-width and
# direction marks, joiners, invisible operators, byte order mark.
_INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")


def _visible_length(text: str) -> int:
    """Number of characters that are neither whitespace nor invisible."""
    if not text or text.isspace():  # most edits of whitespace steps: nothing to count
        return 0
    return sum(map(len, text.split())) - len(_INVISIBLE.findall(text))


@attrs.frozen
class Guard:
    """Undo a step that would remove almost all of a document.

    A step is undone when the document had at least ``min_chars`` visible characters
    (neither whitespace nor invisible like U+200B) and the step would leave fewer than
    ``min_kept`` of them *and* less than ``min_kept_share`` of them. Its edits stay in the
    audit, marked ``reverted``.

    >>> g = Guard()
    >>> g.allows("word " * 100, "")
    False
    >>> g.allows("word " * 100, "word " * 60)
    True
    >>> g.allows("tiny", "")
    True
    """

    min_chars: int = 200
    min_kept: int = 100
    min_kept_share: float = 0.05

    def allows(self, before: str, after: str) -> bool:
        """Whether a step that turned ``before`` into ``after`` may stand."""
        return self.allows_counts(_visible_length(before), _visible_length(after))

    def allows_counts(self, n_before: int, n_after: int) -> bool:
        """:meth:`allows` on counts of visible characters before and after the step."""
        if n_before < self.min_chars:
            return True
        return n_after >= self.min_kept or n_after >= self.min_kept_share * n_before


def _visible_delta(edits: Iterable[Edit]) -> int:
    """How many visible characters a step's edits removed (negative if they added some).

    Visibility is a property of each character, so the count after a step is the count
    before minus this, and only the edited text needs to be read.
    """
    return sum(_visible_length(e.old) - _visible_length(e.new) for e in edits)


def _revert_last_step(before: Document, after: Document) -> Document:
    """``before`` with the step ``after`` added, its edits kept but marked reverted."""
    new_edits = after.audit[len(before.audit) :]
    reverted = tuple(attrs.evolve(e, reverted=True) for e in new_edits)
    return attrs.evolve(
        before, audit=before.audit + reverted, steps=after.steps, metadata=before.metadata
    )


def _flatten(steps: Iterable[Cleaner]) -> tuple[Cleaner, ...]:
    out: list[Cleaner] = []
    for s in steps:
        if not isinstance(s, Cleaner):
            raise TypeError(f"{s!r} is not a cleaner (needs name, options() and __call__)")
        out.append(s)
    return tuple(out)


@attrs.frozen
class Pipeline(_Composable):
    """A sequence of cleaners, itself a cleaner.

    Build one from a list, or with ``|``; inspect ``steps``; save it with
    :meth:`to_config` and load it with :meth:`from_config`.

    >>> from seedclean.cleaners import NormalizeWhitespace, NormalizeUnicode
    >>> pipe = NormalizeWhitespace() | NormalizeUnicode()
    >>> [s.name for s in pipe.steps]
    ['normalize_whitespace', 'normalize_unicode']
    >>> Pipeline.from_config(pipe.to_config()) == pipe
    True
    >>> pipe("cafe\\u0301  \\n").text
    'café'
    """

    name: ClassVar[str] = "pipeline"

    steps: tuple[Cleaner, ...] = attrs.field(converter=_flatten)
    guard: Guard | None = attrs.field(factory=Guard)

    def __call__(self, doc: Document | str, /) -> Document:
        doc = as_document(doc)
        visible: int | None = None  # visible characters of ``doc.text``, once needed
        # The cleaners that need the article's region (metadata extraction) read it from
        # the page as this pipeline's locator, with its options, sees it.
        locator = next((s for s in self.steps if s.name == "locate_content"), None)
        for step in self.steps:
            if locator is not None and isinstance(step, LineCleaner):
                doc.page().locator = locator
            before = doc
            doc = step(before)
            if self.guard is None or isinstance(step, Pipeline) or doc.text is before.text:
                continue
            if visible is None:
                visible = _visible_length(before.text)
            after = visible - _visible_delta(doc.audit[len(before.audit) :])
            if self.guard.allows_counts(visible, after):
                visible = after
            else:
                doc = _revert_last_step(before, doc)
        return doc

    def __or__(self, other: Cleaner) -> Pipeline:
        extra = other.steps if isinstance(other, Pipeline) else (other,)
        return attrs.evolve(self, steps=(*self.steps, *extra))

    def __ror__(self, other: Cleaner) -> Pipeline:
        return attrs.evolve(self, steps=(other, *self.steps))

    def __len__(self) -> int:
        return len(self.steps)

    def options(self) -> dict[str, Any]:
        """The steps and the guard, as a JSON-ready dict (same as :meth:`to_config`)."""
        return self.to_config()

    def to_config(self) -> dict[str, Any]:
        """A JSON-ready description from which :meth:`from_config` rebuilds the pipeline."""
        return {
            "steps": [{"cleaner": s.name, "options": s.options()} for s in self.steps],
            "guard": None if self.guard is None else attrs.asdict(self.guard),
        }

    @classmethod
    def from_config(cls, config: Mapping[str, Any]) -> Pipeline:
        """Rebuild a pipeline from :meth:`to_config` output (e.g. read from a JSON file).

        >>> Pipeline.from_config({"steps": [{"cleaner": "no_such_thing"}]})
        Traceback (most recent call last):
        ...
        ValueError: unknown cleaner 'no_such_thing' (known cleaners: ...)
        """
        if not isinstance(config, Mapping) or "steps" not in config:
            raise ValueError("a pipeline config is a mapping with a 'steps' list")
        unknown = sorted(set(config) - {"steps", "guard"})
        if unknown:
            raise ValueError(f"unknown key(s) in pipeline config: {', '.join(unknown)}")
        steps: list[Cleaner] = []
        for i, entry in enumerate(config["steps"]):
            if not isinstance(entry, Mapping) or "cleaner" not in entry:
                raise ValueError(f"step {i} of the config has no 'cleaner' name")
            if entry["cleaner"] == cls.name:
                steps.append(cls.from_config(entry.get("options", {})))
                continue
            klass = get_cleaner_class(entry["cleaner"])
            options = entry.get("options") or {}
            try:
                if not isinstance(options, Mapping):
                    raise TypeError("options must be a mapping")
                steps.append(klass(**options))
            except (TypeError, ValueError) as exc:
                raise ValueError(f"bad options for cleaner {entry['cleaner']!r}: {exc}") from None
        guard_cfg = config.get("guard", {})
        try:
            guard = None if guard_cfg is None else Guard(**guard_cfg)
        except TypeError as exc:
            raise ValueError(f"bad guard options: {exc}") from None
        return cls(steps, guard=guard)

    def fingerprint(self) -> str:
        """A short hash of the configuration: equal configs give equal fingerprints."""
        blob = json.dumps(self.to_config(), sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:16]

    def names(self) -> list[str]:
        """The names of the steps, in order."""
        return [s.name for s in self.steps]

    def _index(self, name: str) -> int:
        for i, s in enumerate(self.steps):
            if s.name == name:
                return i
        raise KeyError(f"no step named {name!r} in this pipeline (steps: {self.names()})")

    def __getitem__(self, name: str) -> Cleaner:
        return self.steps[self._index(name)]

    def without(self, *names: str) -> Pipeline:
        """A copy without the named steps.

        >>> import seedclean
        >>> seedclean.default_pipeline().without("locate_content", "strip_markup").names()[-3:]
        ['remove_boilerplate', 'normalize_whitespace', 'normalize_unicode']
        """
        for n in names:
            self._index(n)
        return attrs.evolve(self, steps=[s for s in self.steps if s.name not in names])

    def replace(self, name: str, new: Cleaner) -> Pipeline:
        """A copy with the step called ``name`` replaced by ``new``."""
        i = self._index(name)
        return attrs.evolve(self, steps=(*self.steps[:i], new, *self.steps[i + 1 :]))

    def configure(self, name: str, **options: Any) -> Pipeline:
        """A copy in which the step ``name`` is rebuilt with some options changed.

        >>> import seedclean
        >>> pipe = seedclean.default_pipeline().configure("repair_encoding", uncurl_quotes=True)
        >>> pipe("“quoted”").text
        '"quoted"'
        """
        step = self[name]
        if not attrs.has(type(step)) or not step.options():
            raise TypeError(f"step {name!r} has no options to configure")
        return self.replace(name, attrs.evolve(cast(Any, step), **options))

    def insert(self, new: Cleaner, *, after: str | None = None) -> Pipeline:
        """A copy with ``new`` inserted after the step ``after`` (or first when ``None``)."""
        i = 0 if after is None else self._index(after) + 1
        return attrs.evolve(self, steps=(*self.steps[:i], new, *self.steps[i:]))
