"""Corpus-level cleaning: line counts over a corpus and ``remove_corpus_lines``."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import seedclean
from growth import Scalable, assert_linear, repeated
from seedclean import (
    Document,
    NormalizeWhitespace,
    Pipeline,
    Reason,
    RemoveCorpusLines,
    RepairEncoding,
    replay,
)
from seedclean.corpus_lines import (
    MIN_WORDS,
    LineCounter,
    LineCounts,
    corpus_position,
    corpus_stage,
    count_lines,
    line_hash,
    line_hashes,
    line_key,
    with_corpus_lines,
)
from seedclean.testing import check_all, check_cleaner, mixed_text

# The character-level stage alone: what is left of a page is what the corpus step did.
BASE = Pipeline([RepairEncoding(), NormalizeWhitespace()])

MENU = "Home | World | Business | Sport | Weather"
FOOTER = "Copyright 2021 Example Media Ltd. All rights reserved."
PROSE = (
    "Our journalism is funded by readers like you, and every contribution helps us "
    "report the stories that matter."
)
STORIES = [
    "The council approved the new budget after a long debate on Tuesday night.",
    "A storm closed the coastal road for most of the weekend, officials said.",
    "The museum reopens in spring with a larger hall for its painting collection.",
    "Local farmers expect a good harvest after the mild and wet summer this year.",
    "The school board chose a new head teacher from three shortlisted candidates.",
]


def page(story: str, *extra: str) -> str:
    return "\n\n".join([MENU, story, *extra, FOOTER])


def cleaned(pipe: Pipeline, text: str) -> list[str]:
    return [line for line in pipe(text).text.split("\n") if line]


# --- examples -------------------------------------------------------------------------


def test_a_menu_in_three_documents_goes_at_three_and_stays_at_four() -> None:
    pages = [page(s) for s in STORIES[:3]]
    counts = count_lines(pages, BASE)
    assert counts.documents == 3
    assert counts.count(MENU) == 3
    at3 = with_corpus_lines(BASE, counts, min_docs=3)
    assert cleaned(at3, pages[0]) == [STORIES[0]]
    at4 = with_corpus_lines(BASE, counts, min_docs=4)
    assert cleaned(at4, pages[0]) == [MENU, STORIES[0], FOOTER]


def test_the_audit_says_why_with_the_count_and_threshold() -> None:
    pages = [page(s) for s in STORIES]
    pipe = with_corpus_lines(BASE, count_lines(pages, BASE), min_docs=3)
    doc = pipe(pages[1])
    edits = [e for e in doc.audit if e.cleaner == "remove_corpus_lines"]
    assert [(e.reason, e.score, e.threshold) for e in edits] == [
        (Reason.CORPUS_REPEAT, 5.0, 3.0),
        (Reason.CORPUS_REPEAT, 5.0, 3.0),
    ]
    assert [e.old.strip() for e in edits] == [MENU, FOOTER]
    assert replay(pages[1], doc.audit) == doc.text == STORIES[1]
    assert Reason("corpus_repeat") is Reason.CORPUS_REPEAT


def test_prose_repeated_across_documents_goes() -> None:
    # a sentence that reads like the article's, but every page prints it
    pages = [page(s, PROSE) for s in STORIES[:3]]
    pipe = with_corpus_lines(BASE, count_lines(pages, BASE), min_docs=3)
    assert cleaned(pipe, pages[2]) == [STORIES[2]]


def test_a_line_repeated_within_one_document_counts_once() -> None:
    counts = count_lines([f"{PROSE}\n{PROSE}\n\n{PROSE}", STORIES[0]], BASE)
    assert counts.count(PROSE) == 1
    pipe = with_corpus_lines(BASE, counts, min_docs=2)
    assert pipe(f"{PROSE}\n{PROSE}").audit == ()


def test_short_and_blank_lines_are_not_counted() -> None:
    pages = [f"Home\n\nRead more here\n\n{s}" for s in STORIES]
    counts = count_lines(pages, BASE)
    assert len(counts) == len(STORIES)  # the stories only
    assert counts.count("Home") == counts.count("Read more here") == 0
    assert counts.count("") == 0
    pipe = with_corpus_lines(BASE, counts, min_docs=2)
    assert pipe(pages[0]).text == pages[0]
    # a line of MIN_WORDS words is counted
    assert count_lines(["one two three four"] * 2, BASE).count("one two three four") == 2
    assert MIN_WORDS == 4


def test_normalisation_folds_case_digits_punctuation_and_accents() -> None:
    assert line_key("Copyright 2021") == line_key("copyright 2023!") == "copyright 0000"
    assert line_key("Café  Crème – OPEN 7/7") == line_key("cafe creme open 8 9")
    a = "Copyright 2021 Example Media Ltd, all rights reserved"
    b = "copyright 2023! EXAMPLE MEDIA LTD. All rights reserved"
    counts = count_lines([a, b, STORIES[0]], BASE)
    assert counts.count(a) == counts.count(b) == 2


def test_links_count_as_their_anchor_text() -> None:
    a = "[Subscribe to our weekly newsletter](https://example.org/a?utm=1)"
    b = "Subscribe to our weekly newsletter"
    assert count_lines([a, b], BASE).count(b) == 2


@pytest.mark.parametrize(
    ("counted", "other"),
    [
        # one word differs
        ("All rights reserved by Example Media", "All rights reserved by Other Media"),
        # a word more
        ("Sign up for our weekly newsletter", "Sign up for our weekly newsletter today"),
        # the same words in another order
        ("The council approved the budget", "The budget approved the council"),
        # a letter the normalisation does not fold
        ("Ten new cases were reported today", "Ten new cases were reported toddy"),
        # joined words are another line
        ("Read the full story on our site", "Read the fullstory on our site"),
    ],
)  # fmt: skip
def test_look_alike_lines_that_differ_stay(counted: str, other: str) -> None:
    counts = count_lines([f"{counted}\n\n{s}" for s in STORIES], BASE)
    assert counts.count(counted) == len(STORIES)
    assert counts.count(other) == 0
    pipe = with_corpus_lines(BASE, counts, min_docs=3)
    text = f"{other}\n\n{STORIES[0]}"
    assert pipe(text).text == text
    assert cleaned(pipe, f"{counted}\n\n{STORIES[0]}") == [STORIES[0]]


def test_the_first_pass_sees_the_lines_after_the_character_stage() -> None:
    mojibake = "The cafÃ© is open all day\u00a0long"
    repaired = "The café is open all day long"
    counts = count_lines([mojibake, f"  {repaired}   ", repaired], BASE)
    assert counts.count(repaired) == 3
    # with the user's options: quotes uncurled by the stage are the same line
    uncurl = Pipeline([RepairEncoding(uncurl_quotes=True), NormalizeWhitespace()])
    stage = corpus_stage(uncurl)
    assert stage.steps[0] == RepairEncoding(uncurl_quotes=True)
    assert line_hashes("“Quoted words” said the man here", stage) == line_hashes(
        '"Quoted words" said the man here', stage
    )


def test_with_the_default_pipeline() -> None:
    default = seedclean.default_pipeline()
    assert corpus_stage(default).names() == ["repair_encoding", "normalize_whitespace"]
    pipe = with_corpus_lines(default, LineCounts(), min_docs=3)
    names = pipe.names()
    # after the metadata is read, before the line cleaners that remove boilerplate
    assert names.index("remove_corpus_lines") == names.index("extract_metadata") + 1
    assert names.index("remove_corpus_lines") < names.index("locate_content")
    assert corpus_position(pipe) == names.index("remove_corpus_lines")
    # the stage of a pipeline that has the step is the same
    assert corpus_stage(pipe).names() == ["repair_encoding", "normalize_whitespace"]
    # adding it again replaces it
    again = with_corpus_lines(pipe, LineCounts(), min_docs=5)
    assert again.names() == names
    step = again["remove_corpus_lines"]
    assert isinstance(step, RemoveCorpusLines)
    assert step.min_docs == 5
    assert again.guard == default.guard


def test_the_guard_keeps_a_document_the_corpus_repeats_whole() -> None:
    story = " ".join(STORIES)
    pages = [f"{MENU}\n\n{story}"] * 3  # the same page three times
    pipe = with_corpus_lines(BASE, count_lines(pages, BASE), min_docs=3)
    doc = pipe(pages[0])
    assert doc.text == pages[0]
    assert all(e.reverted for e in doc.audit if e.cleaner == "remove_corpus_lines")


def test_empty_counts_remove_nothing() -> None:
    text = page(STORIES[0], PROSE)
    assert RemoveCorpusLines()(text).audit == ()
    assert RemoveCorpusLines.of(LineCounts(), min_docs=1)(text).audit == ()


def test_min_docs_one_removes_every_counted_line() -> None:
    counts = count_lines([page(STORIES[0])], BASE)
    assert RemoveCorpusLines.of(counts, min_docs=1)(page(STORIES[0])).text == ""


def test_bad_options() -> None:
    with pytest.raises(ValueError, match="min_docs"):
        RemoveCorpusLines(min_docs=0)
    with pytest.raises(TypeError):
        RemoveCorpusLines(counts=3)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="not in this process"):
        RemoveCorpusLines(digest="0123456789abcdef")
    with pytest.raises(FileNotFoundError):
        RemoveCorpusLines(counts="no/such/counts.bin")


# --- the laws -------------------------------------------------------------------------

POOL = [MENU, FOOTER, PROSE, *STORIES[:2], "Share this article with a friend"]
POOL_COUNTS = count_lines([page(s, PROSE, POOL[-1]) for s in STORIES[:2]], BASE)

# Inputs mixing counted lines with the generic hostile text.
MIXED = st.lists(
    st.one_of(st.sampled_from(POOL), mixed_text(), st.just("")), max_size=12
).map("\n".join)


@pytest.mark.parametrize("min_docs", [1, 2, 3])
def test_laws_with_counts(min_docs: int) -> None:
    cleaner = RemoveCorpusLines.of(POOL_COUNTS, min_docs=min_docs)
    check_cleaner(cleaner, texts=MIXED, max_examples=60)
    check_cleaner(with_corpus_lines(BASE, POOL_COUNTS, min_docs=min_docs), texts=MIXED,
                  max_examples=30, skip={"idempotent"})  # fmt: skip


@pytest.mark.parametrize("text", [page(s, PROSE) for s in STORIES] + [
    "\n".join(POOL), f"{MENU}\n{MENU}\n\n\n{FOOTER}", "", "\n\n", "x" * 10_000,
    ("\u0301" * 5_000 + " ") * 8, ("1." * 20_000 + "\n") * 3,
])  # fmt: skip
def test_laws_on_examples(text: str) -> None:
    check_all(RemoveCorpusLines.of(POOL_COUNTS, min_docs=2), text)


HOSTILE: dict[str, Scalable] = {
    "200k combining marks": repeated("\u0301", 200_000),
    "200k digits": repeated("9", 200_000),
    "100k accented letters": repeated("a\u0301 ", 100_000),
    "100k '!.'": repeated("!.", 100_000),
    "20k counted lines": repeated(MENU + "\n\n", 20_000),
    "20k distinct lines": Scalable(
        lambda k: "\n".join(f"line {i:x} of many words" for i in range(k)), 20_000
    ),
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_input_cost_is_linear(name: str) -> None:
    case = HOSTILE[name]
    doc = assert_linear(RemoveCorpusLines.of(POOL_COUNTS, min_docs=2), case.make, case.n)
    assert (doc.text == "") == name.startswith("20k counted")
    assert_linear(lambda text: count_lines([text], BASE), case.make, case.n)


# --- counts: adding up, files, pickles, fingerprints ------------------------------------

DOCS = st.lists(st.sets(st.integers(0, 2**64 - 1) | st.integers(0, 30), max_size=8), max_size=8)


@given(DOCS, DOCS, DOCS)
def test_merging_counts_is_counting_the_corpora_together(
    a: list[set[int]], b: list[set[int]], c: list[set[int]]
) -> None:
    ca, cb, cc = (LineCounts.of_documents(x) for x in (a, b, c))
    together = LineCounts.of_documents(a + b + c)
    assert ca.merge(cb).merge(cc) == together
    assert cc.merge(ca.merge(cb)) == together
    assert sum([ca, cb, cc]) == together
    assert ca + cb == cb + ca
    assert together.documents == len(a) + len(b) + len(c)
    for h in set().union(*a, *b, *c):
        assert together[h] == sum(h in d for d in a + b + c)
    assert LineCounts.from_bytes(together.to_bytes()) == together
    assert pickle.loads(pickle.dumps(together)) == together
    assert (together.digest == ca.digest) == (together == ca)


def test_counts_with_other_min_words_do_not_add_up() -> None:
    with pytest.raises(ValueError, match="min_words"):
        LineCounts(min_words=2).merge(LineCounts(min_words=3))
    with pytest.raises(TypeError):
        LineCounts().merge({})  # type: ignore[arg-type]


def test_counts_are_checked_when_built() -> None:
    with pytest.raises(ValueError, match="sorted"):
        LineCounts([2, 1], [1, 1])
    with pytest.raises(ValueError, match="as many"):
        LineCounts([1, 2], [1])


def test_a_counter_counts_pages() -> None:
    counter = LineCounter(min_words=2)
    counter.add_page(Document("Two words\n\nTwo words\nOne").page())
    counter.add_hashes([line_hash("two words")])
    counts = counter.counts()
    assert (counts.documents, len(counts), counts.count("Two words")) == (2, 1, 2)
    assert counts.min_words == 2


def test_save_and_load(tmp_path: Path) -> None:
    counts = count_lines([page(s) for s in STORIES], BASE)
    path = counts.save(tmp_path / "counts.bin")
    assert counts.path == path
    loaded = LineCounts.load(path)
    assert loaded == counts
    assert loaded.digest == counts.digest
    assert loaded.path == path
    assert (tmp_path / "counts.bin").stat().st_size == 32 + 12 * len(counts)
    assert list(tmp_path.iterdir()) == [tmp_path / "counts.bin"]  # no temporary left


@pytest.mark.parametrize(
    "damage",
    [lambda b: b[:-1], lambda b: b"XX" + b[2:], lambda b: b[:10], lambda b: b + b"\0" * 12],
)
def test_damaged_files_are_refused(tmp_path: Path, damage: object) -> None:
    data = LineCounts.of_documents([{1, 2, 3}]).to_bytes()
    path = tmp_path / "bad.bin"
    path.write_bytes(damage(data))  # type: ignore[operator]
    with pytest.raises(ValueError, match="counts"):
        LineCounts.load(path)


def test_config_round_trip_with_a_counts_file(tmp_path: Path) -> None:
    counts = count_lines([page(s) for s in STORIES], BASE)
    path = counts.save(tmp_path / "counts.bin")
    pipe = with_corpus_lines(seedclean.default_pipeline(), path, min_docs=3)
    config = pipe.to_config()
    options = config["steps"][3]["options"]
    assert options == {"counts": path, "min_docs": 3, "digest": counts.digest}
    again = Pipeline.from_config(config)
    assert again == pipe
    assert again.fingerprint() == pipe.fingerprint()
    assert again(page(STORIES[0])).text == pipe(page(STORIES[0])).text
    # in-memory counts that were saved name their file
    assert with_corpus_lines(seedclean.default_pipeline(), counts).to_config() == config
    # the file changed since the config was written: refused
    count_lines([page(s) for s in STORIES[:2]], BASE).save(path)
    with pytest.raises(ValueError, match="changed since"):
        Pipeline.from_config(config)


def test_config_round_trip_with_counts_in_memory() -> None:
    counts = count_lines([page(s) for s in STORIES], BASE)
    pipe = with_corpus_lines(BASE, counts, min_docs=2)
    config = pipe.to_config()
    assert config["steps"][-1]["options"]["counts"] is None
    again = Pipeline.from_config(config)
    assert again == pipe
    assert again(page(STORIES[0])).text == STORIES[0]


def test_the_fingerprint_changes_with_the_counts_and_min_docs() -> None:
    a = count_lines([page(s) for s in STORIES], BASE)
    b = count_lines([page(s) for s in STORIES[:4]], BASE)
    prints = {
        with_corpus_lines(BASE, a, min_docs=3).fingerprint(),
        with_corpus_lines(BASE, b, min_docs=3).fingerprint(),
        with_corpus_lines(BASE, a, min_docs=4).fingerprint(),
        BASE.fingerprint(),
    }
    assert len(prints) == 4
    same = count_lines([page(s) for s in STORIES], BASE)
    assert (
        with_corpus_lines(BASE, same, min_docs=3).fingerprint()
        == with_corpus_lines(BASE, a, min_docs=3).fingerprint()
    )


def test_the_cleaner_and_its_pipeline_pickle_with_their_counts() -> None:
    counts = count_lines([page(s) for s in STORIES], BASE)
    pipe = with_corpus_lines(seedclean.default_pipeline(), counts, min_docs=3)
    copy = pickle.loads(pickle.dumps(pipe))
    assert copy == pipe
    step = copy["remove_corpus_lines"]
    assert isinstance(step, RemoveCorpusLines)
    assert step.table == counts
    text = page(STORIES[0], PROSE)
    assert copy(text).text == pipe(text).text


def test_it_is_a_registered_corpus_cleaner_outside_the_default_pipeline() -> None:
    from seedclean.cleaners import BUILTIN, CORPUS

    assert CORPUS == ("remove_corpus_lines",)
    assert seedclean.registered_cleaners()["remove_corpus_lines"] is RemoveCorpusLines
    assert "remove_corpus_lines" not in BUILTIN
    assert "remove_corpus_lines" not in seedclean.default_pipeline().names()


def test_a_first_pass_over_inputs_runs_as_a_workers_task() -> None:
    from seedclean.batch import Limits, WorkItem
    from seedclean.corpus_lines import item_hashes
    from seedclean.parallel import Workers

    items = [WorkItem(f"{i}.txt", data=page(s).encode("cp1252")) for i, s in enumerate(STORIES)]
    items.append(WorkItem("bin", data=bytes(range(256)) * 4))
    items.append(WorkItem("missing", path="no/such/file.txt"))
    stage = corpus_stage(seedclean.default_pipeline())
    counter = LineCounter()
    with Workers(stage, item_hashes, jobs=1) as workers:
        for hashes in workers.map(items, size=lambda item: len(item.data or b"")):
            if hashes is not None:
                counter.add_hashes(hashes)
    counts = counter.counts()
    assert counts == count_lines([page(s) for s in STORIES], seedclean.default_pipeline())
    assert item_hashes(items[0], stage, limits=Limits(max_chars=10)) is None


def test_configure_keeps_the_counts() -> None:
    counts = count_lines([page(s) for s in STORIES], BASE)
    pipe = with_corpus_lines(BASE, counts).configure("remove_corpus_lines", min_docs=6)
    step = pipe["remove_corpus_lines"]
    assert isinstance(step, RemoveCorpusLines)
    assert (step.min_docs, step.table) == (6, counts)
    assert pipe(page(STORIES[0])).audit == ()  # no line is in six documents of five
