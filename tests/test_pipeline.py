"""Composition, configuration and the guard of :class:`seedclean.Pipeline`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest

import seedclean
from seedclean import (
    Change,
    Cleaner,
    Document,
    Guard,
    NormalizeUnicode,
    NormalizeWhitespace,
    Pipeline,
    Reason,
    RepairEncoding,
    cleaner,
    get_cleaner_class,
    registered_cleaners,
    replay,
)
from seedclean.testing import check_all, check_idempotent

SEEDS = sorted((Path(__file__).parent.parent / "seeds").glob("*.txt"))


@cleaner("delete_everything")
def delete_everything(text: str) -> Iterator[Change]:
    if text:
        yield Change(0, len(text), Reason.OTHER)


@cleaner("drop_x")
def drop_x(text: str) -> Iterator[Change]:
    for i, c in enumerate(text):
        if c == "x":
            yield Change(i, i + 1, Reason.OTHER)


def _keep_first(share: float) -> Cleaner:
    """A cleaner that removes everything but the first ``share`` of the text."""

    @cleaner(f"keep_{share}")
    def keep(text: str) -> list[Change]:
        return [Change(int(len(text) * share), len(text), Reason.OTHER)]

    return keep


# --- composition ---------------------------------------------------------------------


def test_cleaner_or_cleaner() -> None:
    pipe = NormalizeWhitespace() | NormalizeUnicode()
    assert isinstance(pipe, Pipeline)
    assert pipe.names() == ["normalize_whitespace", "normalize_unicode"]
    assert len(pipe) == 2


def test_pipeline_or_cleaner_and_cleaner_or_pipeline() -> None:
    base = Pipeline([NormalizeWhitespace()])
    assert (base | drop_x).names() == ["normalize_whitespace", "drop_x"]
    assert (drop_x | base).names() == ["drop_x", "normalize_whitespace"]
    assert (RepairEncoding() | base).names() == ["repair_encoding", "normalize_whitespace"]
    # pipeline | pipeline concatenates the steps
    both = base | Pipeline([NormalizeUnicode(), drop_x])
    assert both.names() == ["normalize_whitespace", "normalize_unicode", "drop_x"]
    # | keeps the guard of the pipeline on the left / the pipeline operand
    assert (Pipeline([drop_x], guard=None) | drop_x).guard is None
    assert (drop_x | Pipeline([drop_x], guard=None)).guard is None
    # the operands are unchanged
    assert base.names() == ["normalize_whitespace"]


def test_function_cleaner_or_function_cleaner() -> None:
    pipe = drop_x | delete_everything
    assert pipe.names() == ["drop_x", "delete_everything"]
    assert pipe("xyz").text == ""


def basic_pipeline() -> Pipeline:
    """The three normalisation steps: a small pipeline to test the mechanics on."""
    return Pipeline([RepairEncoding(), NormalizeWhitespace(), NormalizeUnicode()])


def test_default_pipeline_has_every_builtin_cleaner() -> None:
    from seedclean.cleaners import BUILTIN

    names = seedclean.default_pipeline().names()
    assert set(names) == set(BUILTIN)
    assert names[:2] == ["repair_encoding", "normalize_whitespace"]
    assert names[-1] == "normalize_unicode"
    # the locator reads Markdown links, so it runs before they are stripped
    assert names.index("locate_content") < names.index("strip_markup")


def test_steps_and_getitem() -> None:
    pipe = basic_pipeline()
    assert [type(s) for s in pipe.steps] == [RepairEncoding, NormalizeWhitespace, NormalizeUnicode]
    assert pipe["normalize_whitespace"] == NormalizeWhitespace()
    with pytest.raises(KeyError, match="no step named 'nope'"):
        pipe["nope"]
    assert all(isinstance(s, Cleaner) for s in pipe.steps)


def test_pipeline_rejects_non_cleaners() -> None:
    with pytest.raises(TypeError, match="is not a cleaner"):
        Pipeline([NormalizeWhitespace(), "normalize_unicode"])  # type: ignore[list-item]


def test_pipeline_accepts_str_and_document_but_not_bytes() -> None:
    pipe = seedclean.default_pipeline()
    assert pipe("a\u00a0b").text == pipe(Document("a\u00a0b")).text == "a b"
    with pytest.raises(TypeError, match="Document or a str"):
        pipe(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="Document or a str"):
        NormalizeWhitespace()(b"bytes")  # type: ignore[arg-type]


def test_steps_recorded_in_order() -> None:
    doc = (basic_pipeline() | drop_x)("x  y")
    assert doc.steps == ("repair_encoding", "normalize_whitespace", "normalize_unicode", "drop_x")
    assert doc.text == " y"
    assert [(e.step, e.cleaner) for e in doc.audit] == [(1, "normalize_whitespace"), (3, "drop_x")]


def test_nested_pipelines() -> None:
    inner = Pipeline([NormalizeWhitespace(), drop_x])
    outer = Pipeline([RepairEncoding(), inner, NormalizeUnicode()])
    assert outer.names() == ["repair_encoding", "pipeline", "normalize_unicode"]
    text = "caxfÃ©  \n\n\n\ne\u0301x"
    doc = outer(text)
    assert doc.text == "café\n\né"
    # inner steps are recorded one by one
    assert doc.steps == (
        "repair_encoding",
        "normalize_whitespace",
        "drop_x",
        "normalize_unicode",
    )
    assert replay(text, doc.audit) == doc.text
    # a nested pipeline (of registered cleaners) survives a config round trip
    registered = Pipeline([RepairEncoding(), Pipeline([NormalizeWhitespace()], guard=None)])
    config = json.loads(json.dumps(registered.to_config()))
    assert config["steps"][1]["cleaner"] == "pipeline"
    assert Pipeline.from_config(config) == registered
    # a function cleaner cannot be named in a config: loading says so
    with pytest.raises(ValueError, match="unknown cleaner 'drop_x'"):
        Pipeline.from_config(outer.to_config())


# --- configs ---------------------------------------------------------------------------


PIPELINES = [
    seedclean.default_pipeline(),
    Pipeline([]),
    Pipeline(
        [
            RepairEncoding(uncurl_quotes=True, unescape_html=False, normalization=None),
            NormalizeWhitespace(max_blank_lines=0, keep_ideographic_space=False),
            NormalizeUnicode(form="NFKC"),
        ],
        guard=Guard(min_chars=10, min_kept=3, min_kept_share=0.5),
    ),
    Pipeline([NormalizeWhitespace()], guard=None),
]


@pytest.mark.parametrize("pipe", PIPELINES)
def test_config_round_trip(pipe: Pipeline) -> None:
    config = pipe.to_config()
    loaded = Pipeline.from_config(json.loads(json.dumps(config)))
    assert loaded == pipe
    assert loaded.to_config() == config
    assert loaded.fingerprint() == pipe.fingerprint()


def test_default_config_is_explicit() -> None:
    assert basic_pipeline().to_config() == {
        "steps": [
            {
                "cleaner": "repair_encoding",
                "options": {
                    "unescape_html": "auto",
                    "fix_character_width": False,
                    "uncurl_quotes": False,
                    "fix_latin_ligatures": True,
                    "normalization": "NFC",
                },
            },
            {
                "cleaner": "normalize_whitespace",
                "options": {
                    "max_blank_lines": 1,
                    "keep_ideographic_space": True,
                    "collapse_spaces": True,
                },
            },
            {"cleaner": "normalize_unicode", "options": {"form": "NFC"}},
        ],
        "guard": {"min_chars": 200, "min_kept": 100, "min_kept_share": 0.05},
    }


def test_from_config_defaults() -> None:
    # missing options and guard mean the defaults
    pipe = Pipeline.from_config({"steps": [{"cleaner": "normalize_whitespace"}]})
    assert pipe == Pipeline([NormalizeWhitespace()])
    assert pipe.guard == Guard()


def test_fingerprint() -> None:
    a, b = seedclean.default_pipeline(), seedclean.default_pipeline()
    assert a.fingerprint() == b.fingerprint()
    assert len(a.fingerprint()) == 16
    assert int(a.fingerprint(), 16) >= 0
    changed = [
        a.configure("repair_encoding", uncurl_quotes=True),
        a.configure("normalize_whitespace", max_blank_lines=2),
        a.configure("normalize_unicode", form="NFD"),
        attrs.evolve(a, guard=Guard(min_chars=201)),
        attrs.evolve(a, guard=None),
        a.without("normalize_unicode"),
        Pipeline([NormalizeWhitespace(), RepairEncoding(), NormalizeUnicode()]),
    ]
    prints = {p.fingerprint() for p in changed}
    assert len(prints) == len(changed)
    assert a.fingerprint() not in prints


def test_fingerprint_does_not_depend_on_the_process() -> None:
    code = "import seedclean; print(seedclean.default_pipeline().fingerprint())"
    prints = {
        subprocess.run(
            [sys.executable, "-c", code],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        for seed in ("1", "2")
    }
    assert prints == {seedclean.default_pipeline().fingerprint()}


@pytest.mark.parametrize(
    ("config", "message"),
    [
        ({"steps": [{"cleaner": "no_such_thing"}]}, r"unknown cleaner 'no_such_thing' \(known"),
        (
            {"steps": [{"cleaner": "normalize_whitespace", "options": {"max_blank": 1}}]},
            "bad options for cleaner 'normalize_whitespace'.*max_blank",
        ),
        (
            {"steps": [{"cleaner": "repair_encoding", "options": {"colour": True}}]},
            "bad options for cleaner 'repair_encoding'",
        ),
        (
            {"steps": [{"cleaner": "normalize_unicode", "options": {"form": "NFX"}}]},
            "bad options for cleaner 'normalize_unicode'.*form",
        ),
        (
            {"steps": [{"cleaner": "normalize_whitespace", "options": {"max_blank_lines": -1}}]},
            "bad options for cleaner 'normalize_whitespace'.*max_blank_lines",
        ),
        ({"steps": [{"options": {}}]}, "step 0 of the config has no 'cleaner' name"),
        ({"steps": ["normalize_whitespace"]}, "step 0 of the config has no 'cleaner' name"),
        ({"guard": None}, "a pipeline config is a mapping with a 'steps' list"),
        ([], "a pipeline config is a mapping"),
        ({"steps": [], "guard": {"min_char": 3}}, "bad guard options.*min_char"),
        ({"steps": [], "guard": 5}, "bad guard options"),
        ({"steps": [], "gaurd": None}, "unknown key.*gaurd"),
        (
            {"steps": [{"cleaner": "normalize_unicode", "options": ["NFC"]}]},
            "bad options for cleaner 'normalize_unicode'.*mapping",
        ),
    ],
)
def test_bad_configs_raise_value_error(config: Any, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Pipeline.from_config(config)


def test_registry() -> None:
    names = registered_cleaners()
    for name in ("repair_encoding", "normalize_whitespace", "normalize_unicode"):
        assert get_cleaner_class(name) is names[name]
    names.clear()  # a copy: the registry is untouched
    assert "repair_encoding" in registered_cleaners()
    with pytest.raises(ValueError, match="already registered"):
        seedclean.register_cleaner(type("Other", (), {"name": "repair_encoding"}))
    with pytest.raises(TypeError, match="needs a class attribute 'name'"):
        seedclean.register_cleaner(type("Nameless", (), {}))


# --- without / replace / configure / insert ----------------------------------------------


def test_without() -> None:
    pipe = basic_pipeline()
    assert pipe.without("normalize_unicode", "repair_encoding").names() == [
        "normalize_whitespace"
    ]
    assert pipe.without().names() == pipe.names()
    with pytest.raises(KeyError, match="no step named 'nope'"):
        pipe.without("normalize_unicode", "nope")
    assert pipe.without("normalize_unicode").guard == pipe.guard


def test_replace() -> None:
    pipe = basic_pipeline().replace("normalize_whitespace", drop_x)
    assert pipe.names() == ["repair_encoding", "drop_x", "normalize_unicode"]
    assert pipe("axb\u00a0").text == "ab\u00a0"
    with pytest.raises(KeyError):
        pipe.replace("normalize_whitespace", drop_x)


def test_configure() -> None:
    pipe = basic_pipeline().configure("normalize_whitespace", max_blank_lines=0)
    assert pipe["normalize_whitespace"] == NormalizeWhitespace(max_blank_lines=0)
    assert pipe.names() == basic_pipeline().names()
    assert pipe("a\n\n\nb").text == "a\nb"
    with pytest.raises(TypeError):
        pipe.configure("normalize_whitespace", no_such_option=1)
    with pytest.raises(TypeError, match="no options to configure"):
        (pipe | drop_x).configure("drop_x", anything=1)
    with pytest.raises(KeyError):
        pipe.configure("nope", x=1)


def test_insert() -> None:
    pipe = basic_pipeline()
    assert pipe.insert(drop_x).names()[0] == "drop_x"
    assert pipe.insert(drop_x, after="normalize_unicode").names()[-1] == "drop_x"
    assert pipe.insert(drop_x, after="repair_encoding").names() == [
        "repair_encoding",
        "drop_x",
        "normalize_whitespace",
        "normalize_unicode",
    ]
    with pytest.raises(KeyError):
        pipe.insert(drop_x, after="nope")


# --- the cleaner decorator ------------------------------------------------------------------


def test_cleaner_decorator() -> None:
    assert drop_x.name == "drop_x"
    assert drop_x.options() == {}
    assert isinstance(drop_x, Cleaner)
    doc = drop_x("axbx")
    assert doc.text == "ab"
    assert doc.steps == ("drop_x",)
    assert [(e.cleaner, e.start, e.old) for e in doc.audit] == [
        ("drop_x", 1, "x"),
        ("drop_x", 3, "x"),
    ]
    # a decorated function that proposes bad changes is caught
    @cleaner("backwards")
    def backwards(text: str) -> list[Change]:
        return [Change(2, 3, Reason.OTHER), Change(0, 1, Reason.OTHER)]

    with pytest.raises(ValueError, match="'backwards' proposed overlapping"):
        backwards("abc")


def test_span_cleaner_subclass() -> None:
    @attrs.frozen(repr=False)
    class DropChar(seedclean.SpanCleaner):
        name = "drop_char"
        char: str = "x"

        def find(self, text: str) -> Iterator[Change]:
            for i, c in enumerate(text):
                if c == self.char:
                    yield Change(i, i + 1, Reason.OTHER)

    c = DropChar(char="y")
    assert c.options() == {"char": "y"}
    assert repr(c) == "DropChar(char='y')"
    assert (c | NormalizeWhitespace())("yay ").text == "a"


# --- the guard --------------------------------------------------------------------------------


LONG = "A sentence of ordinary words. " * 40  # 1 000+ visible characters


def test_guard_reverts_a_step_that_deletes_everything() -> None:
    pipe = NormalizeWhitespace() | delete_everything | drop_x
    text = "x" + LONG.rstrip() + "  \n\n"
    doc = pipe(text)
    # whitespace step applied, deletion undone, the step after it applied
    assert doc.text == LONG.rstrip()
    assert doc.steps == ("normalize_whitespace", "delete_everything", "drop_x")
    reverted = [e for e in doc.audit if e.reverted]
    assert len(reverted) == 1
    assert (reverted[0].cleaner, reverted[0].step, reverted[0].old, reverted[0].new) == (
        "delete_everything",
        1,
        "x" + LONG.rstrip(),
        "",
    )
    assert reverted[0].to_json()["reverted"] is True
    assert [e.cleaner for e in doc.audit if not e.reverted] == ["normalize_whitespace", "drop_x"]
    assert replay(doc.original, doc.audit) == doc.text


def test_guard_reverts_again_on_a_second_run() -> None:
    # A page of caption lines: the captions step would empty it and is undone. Cleaned
    # again, the output is the same page: the step is undone again, and says so again
    # (the guard never empties a text silently); the idempotence law counts only the
    # edits that apply.
    text = "Photo: Ann Example\n" * 30
    pipe = seedclean.default_pipeline()
    once = check_all(pipe, text)
    assert once.text == text.rstrip()
    assert {e.cleaner for e in once.audit if e.reverted} >= {"remove_captions"}
    twice = pipe(once.text)
    assert twice.text == once.text
    assert [e for e in twice.audit if not e.reverted] == []
    assert {e.cleaner for e in twice.audit} == {e.cleaner for e in once.audit if e.reverted}
    check_idempotent(pipe, text)
    check_idempotent(Pipeline([delete_everything]), LONG)


def test_guard_does_not_protect_short_documents() -> None:
    short = "Too short to protect."
    doc = Pipeline([delete_everything])(short)
    assert doc.text == ""
    assert not any(e.reverted for e in doc.audit)


@pytest.mark.parametrize(("share", "reverted"), [(0.2, False), (0.5, False), (0.01, True)])
def test_guard_threshold(share: float, reverted: bool) -> None:
    doc = Pipeline([_keep_first(share)])(LONG)
    assert all(e.reverted for e in doc.audit) is reverted
    assert (doc.text == LONG) is reverted
    assert replay(LONG, doc.audit) == doc.text


def test_guard_keeps_more_than_min_kept_visible_characters() -> None:
    # 10 000 visible characters; keeping 150 (1.5 %, but over min_kept=100) is allowed.
    text = "abcdefghi " * 1000
    doc = Pipeline([_keep_first(0.015)])(text)
    assert not any(e.reverted for e in doc.audit)


def test_guard_does_not_count_invisible_characters_as_text() -> None:
    # 60 letters among 1 800 zero-width spaces and soft hyphens: removing the invisible
    # characters removes no text, so the guard lets it stand.
    text = ("ab" + "\u200b" * 40 + "\u00ad" * 20 + " ") * 30
    doc = seedclean.clean(text)
    assert doc.text == ("ab " * 30).rstrip()
    assert not any(e.reverted for e in doc.audit)
    g = Guard()
    assert g.allows("\u200b" * 1000 + "abc", "abc")
    assert g.allows("\ufeff\u200e\u2060" * 500, "")


def test_no_guard() -> None:
    doc = Pipeline([delete_everything], guard=None)(LONG)
    assert doc.text == ""


def test_guard_allows() -> None:
    g = Guard(min_chars=10, min_kept=4, min_kept_share=0.5)
    assert g.allows("abcdefghi", "")  # 9 < min_chars
    assert not g.allows("abcdefghijkl", "abc")
    assert g.allows("abcdefghijkl", "abcd")  # min_kept reached
    assert g.allows("a b c d e f g h i j k l m n o p", "abcd")
    assert not g.allows("a b c d e f g h i j k l m n o p", "   \n\t   abc   ")


def test_guard_keeps_metadata_of_the_step_before() -> None:
    @attrs.frozen
    class Wipe:
        name = "wipe"

        def options(self) -> dict[str, Any]:
            return {}

        def __call__(self, doc: Document) -> Document:
            doc = attrs.evolve(doc, metadata=seedclean.Metadata(title="wrong"))
            return doc.apply(self.name, [Change(0, len(doc.text), Reason.OTHER)])

    doc = Pipeline([Wipe()])(Document(LONG, metadata=seedclean.Metadata(title="right")))
    assert doc.text == LONG
    assert doc.metadata.title == "right"


# --- whole runs ---------------------------------------------------------------------------------


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name)
def test_replay_of_default_pipeline_run(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    dirty = text.replace("\n", "\r\n").replace("’", "â€™") + "\u200b&amp;\u00a0 \n\n\n\n"
    for source in (text, dirty):
        doc = seedclean.clean(source)
        assert replay(source, doc.audit) == doc.text
        assert doc.original == source
        assert doc.steps == tuple(seedclean.default_pipeline().names())


def test_clean_uses_the_given_pipeline() -> None:
    assert seedclean.clean("axb", Pipeline([drop_x])).text == "ab"
    assert seedclean.clean("axb").text == "axb"
