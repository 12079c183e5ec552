"""seedclean.explain: the audit mapped onto the original text, and the terminal view.

The mapping is checked against a character-by-character reference on audits of random
steps (removals, replacements, insertions, edits of text an earlier step inserted) and
of the real pipeline on scraper-like text.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import seedclean
from seedclean import Change, Document, Edit, FieldSource, Reason, replay
from seedclean.explain import Attribution, attribute, main, render
from seedclean.testing import any_text, mixed_text

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
REASONS = [Reason.OTHER, Reason.NAVIGATION, Reason.EXOTIC_SPACE, Reason.BLANK_LINES]


def reference_owners(original: str, audit: list[Edit]) -> list[int | None]:
    """For each original character, the index of the first edit that took it (or None),
    the slow and obvious way: carry each character's origin through every step."""
    owners: list[int | None] = [None] * len(original)
    current: list[int | None] = list(range(len(original)))  # original index, or None
    steps = sorted({e.step for e in audit if not e.reverted})
    for step in steps:
        group = [(i, e) for i, e in enumerate(audit) if e.step == step and not e.reverted]
        for index, e in sorted(group, key=lambda ie: (ie[1].start, ie[1].end), reverse=True):
            for origin in current[e.start : e.end]:
                if origin is not None:
                    owners[origin] = index
            current[e.start : e.end] = [None] * len(e.new)
    return owners


def check(attr: Attribution, original: str, audit: list[Edit]) -> None:
    """The laws of an attribution: a cover of the original, in order; kept text as it
    was; the clean text from the segments; each character owned by its first edit."""
    pos = 0
    owners: list[int | None] = []
    for s in attr.segments:
        assert s.start == pos <= s.end
        pos = s.end
        if s.kept:
            assert s.new == original[s.start : s.end]
            assert s.start < s.end
        owners.extend([s.edit] * (s.end - s.start))
    assert pos == len(original)
    assert attr.clean_text() == replay(original, audit)
    assert owners == reference_owners(original, audit)


@st.composite
def audited(draw: st.DrawFn) -> tuple[str, list[Edit]]:
    """A random text and an audit of 1 to 4 random steps of sorted, disjoint changes."""
    doc = Document(draw(st.text(alphabet="ab \n\u00a0é", max_size=40)))
    for step in range(draw(st.integers(1, 4))):
        n = len(doc.text)
        cuts = sorted(draw(st.lists(st.integers(0, n), max_size=8)))
        changes = []
        for start, end in zip(cuts[::2], cuts[1::2], strict=False):
            new = draw(st.sampled_from(["", "", "x", "  ", "\n\n", "yz"]))
            changes.append(Change(start, end, draw(st.sampled_from(REASONS)), new))
        doc = doc.apply(f"step{step % 2}", changes)
    return doc.original, list(doc.audit)


@given(audited())
def test_attribution_of_random_steps(case: tuple[str, list[Edit]]) -> None:
    original, audit = case
    check(attribute(original, audit), original, audit)


@given(st.one_of(mixed_text(), any_text()))
def test_attribution_of_the_pipeline(text: str) -> None:
    doc = seedclean.clean(text)
    check(attribute(doc.original, doc.audit), doc.original, list(doc.audit))


def test_replacement_of_inserted_text_is_attributed_to_the_first_step() -> None:
    doc = Document("a\n\n\n\nb").apply("one", [Change(1, 5, Reason.BLANK_LINES, "\n\n")])
    doc = doc.apply("two", [Change(1, 3, Reason.OTHER, " ")])
    attr = attribute(doc.original, doc.audit)
    assert [(s.start, s.end, s.new, s.edit) for s in attr.segments] == [
        (0, 1, "a", None),
        (1, 5, "", 0),  # the first step took the line breaks
        (5, 5, " ", 1),  # and the second replaced what the first put back
        (5, 6, "b", None),
    ]


def test_reverted_edits_are_not_attributed() -> None:
    audit = [Edit(0, "guarded", Reason.OTHER, 0, 3, "abc", "", reverted=True)]
    attr = attribute("abc", audit)
    assert [(s.start, s.end, s.edit) for s in attr.segments] == [(0, 3, None)]


def test_an_audit_of_another_text_is_refused() -> None:
    doc = Document("abc").apply("x", [Change(0, 1, Reason.OTHER)])
    with pytest.raises(ValueError, match="expected"):
        attribute("zbc", doc.audit)


def test_metadata_sources_map_to_the_line_they_came_from() -> None:
    original = "  \n\nA Headline About Cafes\n\nBy Ann Example\n\nThe article begins here."
    doc = Document(original).apply("trim", [Change(0, 4, Reason.BLANK_LINES)])
    sources = [FieldSource("title", 1, 0, 22), FieldSource("authors", 1, 27, 38)]
    attr = attribute(original, doc.audit, sources=sources)
    title, author = attr.sources
    assert original[title.start : title.end] == "A Headline About Cafes"
    assert (title.line, title.line_text) == (3, "A Headline About Cafes")
    assert (author.line, original[author.start : author.end]) == (5, "Ann Example")


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_seeds_metadata_sources_hold_their_values(path: Path) -> None:
    doc = seedclean.clean(path.read_text(encoding="utf-8"))
    attr = attribute(doc.original, doc.audit, sources=doc.metadata.sources)
    check(attr, doc.original, list(doc.audit))
    for m in attr.sources:
        value = getattr(doc.metadata, m.source.field)
        if m.source.field == "title":
            assert value in doc.original[m.start : m.end] or value in m.line_text


def test_render_plain_marks_each_removal_with_cleaner_and_reason() -> None:
    original = "Intro.\n\nShare on Facebook\n\nThe article text is long enough to stay here."
    doc = Document(original).apply("remove_boilerplate", [Change(8, 26, Reason.SOCIAL)])
    out = render(attribute(original, doc.audit))
    assert "[-remove_boilerplate/social: Share on Facebook\n-]" in out
    assert "remove_boilerplate  1 edit  18 chars" in out
    assert "\x1b[" not in out


def test_render_color_uses_sgr_and_escapes_control_characters() -> None:
    original = "Text \x1b[2J here.\nMore text."
    doc = Document(original).apply("demo", [Change(5, 9, Reason.TERMINAL_ESCAPE)])
    out = render(attribute(original, doc.audit), color=True)
    assert "\x1b[2J" not in out  # the page's escape cannot reach the terminal
    assert "\\x1b[2J" in out
    assert "\x1b[9;" in out  # struck through, in the cleaner's colour
    assert "⟨demo/terminal_escape⟩" in out  # and labelled: colour is not the only cue


def test_render_one_cleaner_and_kept() -> None:
    original = "a\u00a0b  \nShare this\nBody text."
    doc = Document(original).apply(
        "normalize_whitespace",
        [Change(1, 2, Reason.EXOTIC_SPACE, " "), Change(3, 5, Reason.TRAILING_WHITESPACE)],
    )
    doc = doc.apply("remove_boilerplate", [Change(4, 15, Reason.SOCIAL)])
    attr = attribute(original, doc.audit)
    only = render(attr, cleaner="remove_boilerplate")
    assert "[-remove_boilerplate/social: Share this\n-]" in only
    assert "normalize_whitespace" not in only
    assert "a\u00a0b  \n" in only  # the other cleaner's spans, as they were
    kept = render(attr, kept=True)
    assert kept.split("\n----\n")[0] == doc.text


def line_of(out: str, prefix: str) -> str:
    """The first line of ``out`` that starts with ``prefix``."""
    return next(line for line in out.splitlines() if line.startswith(prefix))


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(argv)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_command_on_a_seed(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run([str(SEEDS[0]), "--no-color"], capsys)
    assert status == 0
    doc = seedclean.clean(SEEDS[0].read_text(encoding="utf-8"))
    for edit in doc.audit:
        if edit.step == 2:  # extract_metadata's edits are on text close to the original
            assert f"[-extract_metadata/{edit.reason.value}: " in out
    n = sum(e.cleaner == "extract_metadata" for e in doc.audit)
    assert line_of(out, "  extract_metadata ").split()[:3] == ["extract_metadata", str(n), "edits"]
    assert line_of(out, "  title ").split(None, 1)[1].startswith("Khamenei Lays Out a Framework")
    assert "line 3: Khamenei Lays Out a Framework" in out
    assert "\x1b[" not in out


def test_command_kept_is_the_clean_text(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run([str(SEEDS[1]), "--kept"], capsys)  # stdout is no terminal
    assert status == 0
    body = out.split("\n", 1)[1].split("\n----\n")[0]
    assert body == seedclean.clean(SEEDS[1].read_text(encoding="utf-8")).text


def test_command_colour_on_a_terminal_and_no_color(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    for env, flag, coloured in [(None, [], True), ("1", [], False), (None, ["--no-color"], False)]:
        terminal = Terminal()
        monkeypatch.setattr("sys.stdout", terminal)
        if env is None:
            monkeypatch.delenv("NO_COLOR", raising=False)
        else:
            monkeypatch.setenv("NO_COLOR", env)
        assert main([str(SEEDS[0]), *flag]) == 0
        assert ("\x1b[" in terminal.getvalue()) is coloured, (env, flag)


def test_command_cleaner_option(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run([str(SEEDS[2]), "--cleaner", "remove_duplicates"], capsys)
    assert status == 0
    assert "[-remove_duplicates/" in out
    assert "[-locate_content/" not in out
    status, _, err = run([str(SEEDS[2]), "--cleaner", "nope"], capsys)
    assert status == 2
    assert "not a step of the pipeline" in err


def test_command_config(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = {"steps": [{"cleaner": "normalize_whitespace", "options": {}}]}
    path = tmp_path / "config.json"
    path.write_text(json.dumps(config), encoding="utf-8")
    status, out, _ = run([str(SEEDS[0]), "--config", str(path)], capsys)
    assert status == 0
    pipe = seedclean.Pipeline.from_config(config)
    n = len(pipe(SEEDS[0].read_text(encoding="utf-8")).audit)
    assert line_of(out, "  normalize_whitespace").split()[1:3] == [str(n), "edits"]
    assert "extract_metadata" not in out
    status, _, err = run([str(SEEDS[0]), "--config", str(tmp_path / "none.json")], capsys)
    assert (status, "cannot read config" in err) == (2, True)


def test_command_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run([str(tmp_path / "missing.txt")], capsys)
    assert status == 2
    assert "cannot read" in err
    binary = tmp_path / "b.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    status, _, err = run([str(binary)], capsys)
    assert status == 1
    assert "not a text file" in err


def test_through_the_main_command(capsys: pytest.CaptureFixture[str]) -> None:
    from seedclean.cli import main as seedclean_main

    assert seedclean_main(["explain", str(SEEDS[0]), "--no-color"]) == 0
    assert "[-extract_metadata/title: " in capsys.readouterr().out
