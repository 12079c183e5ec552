"""The locator's learned line scorer: its features, its inference, and how the locator
uses it (removals with their score, threshold and the features that weighed most)."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest

from growth import assert_linear
from seedclean import Document, Reason
from seedclean.cleaners import LocateContent
from seedclean.cleaners.locate_content import MIN_SCORED_LINES
from seedclean.line_scorer import (
    DEFAULT_MODEL,
    FEATURES,
    FeatureRows,
    TreeModel,
    load_model,
    probability,
)
from seedclean.page import LineLabel, Page
from seedclean.sidecar import edits_from_sidecar

KINDS = ("markdown", "plain")
# Each shipped model's decision values on the lines of a page, as scikit-learn computed
# them when the model was exported (training/train_line_scorer.py --fixture).
FIXTURES = {
    kind: json.loads(
        (Path(__file__).parent / "data" / f"line-scorer-{kind}-decisions.json").read_text(
            encoding="utf-8"
        )
    )
    for kind in KINDS
}


def _shipped(kind: str) -> TreeModel:
    return load_model(DEFAULT_MODEL.format(kind=kind))

PARA = (
    "The council met on Tuesday to discuss the plan, and most of its members said that "
    "they would support it if the costs were shared with the neighbouring towns. "
)
OTHER = (
    "Residents who spoke at the meeting were divided: some welcomed the new road, while "
    "others worried about the noise and the traffic that it would bring to the area. "
)
THIRD = (
    "The mayor said that a decision would be taken before the end of the year, after a "
    "second meeting at which the costs and the route of the road would be made public. "
)
MENU = "Home\nNews\nSport\nWeather\nCulture\nTravel\nScience\nBusiness\nOpinion\nContact us\n"
FOOTER = (
    "\n* [Privacy](/privacy)\n* [Terms](/terms)\n* [Cookies](/cookies)\n"
    "* [Advertise](/ads)\n* [Jobs](/jobs)\n"
)


def _page() -> str:
    return (
        MENU
        + "\n# The council backs the plan for a new road\n\n"
        + PARA * 2
        + "\n\n"
        + THIRD * 2
        + "\n\nWhat comes next\n\n"
        + OTHER * 2
        + "\n\n"
        + THIRD
        + PARA
        + "\n"
        + FOOTER
    )


@pytest.mark.parametrize("kind", KINDS)
def test_feature_names_are_unique_and_the_model_reads_them(kind: str) -> None:
    assert len(set(FEATURES)) == len(FEATURES)
    model = _shipped(kind)
    assert model.features == FEATURES
    assert 0 < model.threshold < 1
    assert all(max(tree[0]) < len(FEATURES) for tree in model.trees)


@pytest.mark.parametrize("kind", KINDS)
def test_inference_reproduces_the_exported_models_decision_values(kind: str) -> None:
    model, fixture = _shipped(kind), FIXTURES[kind]
    assert len(fixture["rows"]) >= 5
    for row, want in zip(fixture["rows"], fixture["decision"], strict=True):
        assert model.decision(row) == pytest.approx(want, abs=1e-9)


def test_the_two_shipped_models_differ() -> None:
    rows = FIXTURES["plain"]["rows"]
    markdown, plain = _shipped("markdown"), _shipped("plain")
    assert any(markdown.decision(row) != plain.decision(row) for row in rows)


@pytest.mark.parametrize("kind", KINDS)
def test_the_fixture_rows_are_the_features_the_package_computes(kind: str) -> None:
    fixture = FIXTURES[kind]
    _, rows = LocateContent().line_features(Page.of(fixture["page"]))
    assert len(rows) == len(fixture["rows"])
    for ours, stored in zip(rows, fixture["rows"], strict=True):
        assert ours == pytest.approx(stored, abs=1e-12)


@pytest.mark.parametrize("kind", KINDS)
def test_contributions_add_up_to_the_decision(kind: str) -> None:
    model = _shipped(kind)
    bias = model.baseline + sum(tree[4][0] for tree in model.trees)
    for row in FIXTURES[kind]["rows"]:
        parts = model.contributions(row)
        assert bias + sum(c for _, c in parts) == pytest.approx(model.decision(row), abs=1e-3)
        assert [abs(c) for _, c in parts] == sorted((abs(c) for _, c in parts), reverse=True)


def test_a_tree_model_from_json() -> None:
    tree = {"feature": [1, -1, -1], "threshold": [0.5, 0, 0], "left": [1, 0, 0],
            "right": [2, 0, 0], "value": [0.0, -2.0, 2.0]}  # fmt: skip
    model = TreeModel.from_json(
        {"features": ["a", "b"], "baseline": 0.0, "threshold": 0.5, "trees": [tree]}
    )
    assert model.decision([9.0, 0.0]) == -2.0
    assert model.decision([9.0, 1.0]) == 2.0
    assert model.contributions([0.0, 1.0]) == [("b", 2.0)]
    assert probability(-2.0) == pytest.approx(1 - probability(2.0))


def test_menu_and_footer_go_prose_and_subheading_stay() -> None:
    doc = LocateContent(scorer=True)(_page())
    for kept in (PARA * 2, THIRD * 2, OTHER * 2, "What comes next"):  # a subheading too
        assert kept in doc.text
    # The footer's first link, right under the last paragraph, is a close call (a short
    # list after an article is often its own closing list): the rest of it goes.
    for gone in ("Weather", "Opinion", "Terms", "Cookies", "Jobs"):
        assert gone not in doc.text
    assert doc.audit
    for edit in doc.audit:
        assert edit.reason in (Reason.OUTSIDE_MAIN_CONTENT, Reason.LOW_CONTENT_SCORE)
        assert edit.score is not None
        assert edit.threshold is not None
        assert edit.score < edit.threshold
        assert edit.features is not None
        assert len(edit.features) == 3
        assert all(name in FEATURES for name, _ in edit.features)


def test_a_removals_features_are_read_from_the_row_it_was_scored_on() -> None:
    # The locator keeps a pass's rows by columns and makes a removed line's row again
    # for its label: the features named are those of the row the first pass scored.
    locator = LocateContent(scorer=True)
    model = locator.model(markdown=True)
    assert model is not None
    page = Page.of(_page())
    infos, rows = locator.line_features(page)
    row_of = {info.line.index: row for info, row in zip(infos, rows, strict=True)}
    labels = locator.label(page)
    assert labels
    for index, label in labels.items():
        assert label.features == tuple(model.pushed_down(row_of[index], 3))


def test_a_removals_features_are_worked_out_only_when_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Working out the features that weighed most costs several decisions per line; a
    # run that never reads them (records, a user who wants the text) must not pay it,
    # and reading them gives the same figures as working them out at once.
    calls: list[int] = []
    pushed_down = TreeModel.pushed_down

    def counted(self: TreeModel, x: list[float], k: int) -> list[tuple[str, float]]:
        calls.append(k)
        return pushed_down(self, x, k)

    monkeypatch.setattr(TreeModel, "pushed_down", counted)
    doc = LocateContent(scorer=True)(_page())
    assert doc.audit
    assert calls == []
    first = [tuple(edit.features or ()) for edit in doc.audit]
    assert len(calls) == len(doc.audit)
    assert all(len(features) == 3 for features in first)
    # read again: the same figures, not worked out again
    assert [tuple(edit.features or ()) for edit in doc.audit] == first
    assert len(calls) == len(doc.audit)
    # as the tuple it stands for: equal, the same hash, pickled as a tuple
    edit = doc.audit[0]
    assert edit.features == first[0]
    assert hash(edit.features) == hash(first[0])
    assert pickle.loads(pickle.dumps(edit)).features.__class__ is tuple
    assert pickle.loads(pickle.dumps(edit)) == edit


def test_feature_rows_read_neighbours_and_windows_from_the_lines_own_features() -> None:
    # The rows are made from columns: a neighbour's features and a window's means must be
    # those of the lines' own features, computed here from the rows themselves, and a
    # row made again, in any order, must not change.
    infos, _ = LocateContent(scorer=True).line_features(Page.of(_page()))
    n = len(infos)
    options = {
        "context_free": ["good" if k % 3 else "bad" for k in range(n)],
        "kept": [k % 4 != 0 for k in range(n)],
        "outside": [k < 2 for k in range(n)],
        "blank_before": [k % 2 == 0 for k in range(n)],
        "blank_after": [k % 2 == 1 for k in range(n)],
        "lang": "en",
    }
    together = list(FeatureRows(infos, **options))
    assert n > 10
    assert all(len(row) == len(FEATURES) for row in together)
    at = {name: i for i, name in enumerate(FEATURES)}
    for k in range(n):
        row = together[k]
        for name in ("log_length", "link_density", "rules_keep"):
            if k > 0:
                assert row[at[f"prev1_{name}"]] == together[k - 1][at[name]]
            window = [together[j][at[name]] for j in range(max(0, k - 5), min(n, k + 6))]
            assert row[at[f"mean5_{name}"]] == pytest.approx(sum(window) / len(window))
        assert row[at["prev1_present"]] == float(k > 0)
        assert row[at["next3_present"]] == float(k + 3 < n)
    rows = FeatureRows(infos, **options)
    assert [rows.row(k) for k in reversed(range(n))] == together[::-1]


def test_scores_prose_high_and_menu_low() -> None:
    locator = LocateContent(scorer=True)
    model = locator.model(markdown=True)  # the page has Markdown links
    assert model is not None
    infos, rows = locator.line_features(Page.of(_page()))
    score = {
        info.facts.text: probability(model.decision(row))
        for info, row in zip(infos, rows, strict=True)
    }
    assert score[PARA * 2] > 0.9
    assert score[OTHER * 2] > 0.9
    assert score["Weather"] < model.threshold
    assert score["* [Cookies](/cookies)"] < model.threshold


def test_look_alikes() -> None:
    # A paragraph that links a few of its words is prose; a long line of links after
    # the article, as long as a paragraph, is not.
    linked = OTHER.replace("the new road", "[the new road](/road)") * 2
    links = " ".join(f"[Story number {k} of the day](/s/{k})" for k in range(8))
    page = (
        MENU
        + "\n"
        + "\n\n".join([PARA * 2, THIRD * 2, linked, THIRD + PARA])
        + "\n\n"
        + links
    )
    doc = LocateContent(scorer=True)(page)
    assert PARA * 2 in doc.text
    assert linked in doc.text
    assert "Story number" not in doc.text


def test_the_locator_leaves_its_own_output_alone() -> None:
    locator = LocateContent(scorer=True)
    once = locator(_page())
    assert locator(once.text).audit == ()


def test_the_audit_keeps_the_features_in_the_sidecar() -> None:
    doc = LocateContent(scorer=True)(Document(_page()))
    data = {"removed": [e.to_json() for e in doc.audit]}
    assert all(set(f) == {"name", "contribution"} for e in data["removed"] for f in e["features"])
    assert edits_from_sidecar(data) == list(doc.audit)


def test_rules_only_removals_have_no_features() -> None:
    doc = LocateContent()(_page())
    assert doc.audit
    assert all(edit.features is None for edit in doc.audit)


def test_the_page_has_enough_lines_for_the_scorer() -> None:
    infos, _ = LocateContent().analyse(Page.of(_page()))
    assert len(infos) >= MIN_SCORED_LINES


def test_on_a_page_of_a_few_lines_the_rules_must_agree() -> None:
    # Below MIN_SCORED_LINES a line goes only when the rules remove it too.
    short = "Home\nNews\n" + PARA * 2 + "\n\n" + OTHER * 2 + "\n\n* [Jobs](/jobs)\nEnd"
    scorer = LocateContent(scorer=True)(short)
    # every character the scorer removes, the rules remove too (their spans may join
    # neighbouring lines into one edit)
    rules = {i for e in LocateContent()(short).audit for i in range(e.start, e.end)}
    assert scorer.audit
    assert {i for e in scorer.audit for i in range(e.start, e.end)} <= rules
    assert PARA * 2 in scorer.text
    assert OTHER * 2 in scorer.text
    assert LocateContent(scorer=True)(scorer.text).audit == ()


def test_a_model_file_by_path(tmp_path: Path) -> None:
    path = tmp_path / "model.json"
    data = json.loads(json.dumps({"features": list(FEATURES), "baseline": 5.0,
                                  "threshold": 0.5, "trees": []}))  # fmt: skip
    path.write_text(json.dumps(data), encoding="utf-8")
    locator = LocateContent(scorer=str(path))
    assert locator.model() is load_model(str(path))
    assert locator(_page()).audit == ()  # a model that keeps every line


def test_scoring_grows_linearly_with_the_page() -> None:
    locator = LocateContent(scorer=True)

    # A long article between a menu and a footer. (Each pass is linear; the number of
    # passes is bounded, and the same at both sizes here.)
    def make(k: int) -> str:
        block = "\n\n".join([PARA, THIRD, "A subheading", OTHER]) + "\n\n"
        return MENU + "\n" + block * k + FOOTER

    assert_linear(lambda text: locator.label(Page.of(text)), make, 40)


def _count_scores(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """How many lines each shipped model scores from now on, by kind."""
    scored = dict.fromkeys(KINDS, 0)
    for kind in KINDS:
        model = _shipped(kind)

        def counting(row: list[float], real=model.decision, kind: str = kind) -> float:
            scored[kind] += 1
            return real(row)

        monkeypatch.setattr(model, "decision", counting)
    return scored


def test_each_pass_scores_with_the_model_for_what_its_lines_show(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    scored = _count_scores(monkeypatch)
    plain = MENU + "\n" + "\n\n".join([PARA * 2, THIRD * 2, OTHER * 2, PARA]) + "\n"
    LocateContent(scorer=True)(plain)
    assert scored["markdown"] == 0
    assert scored["plain"] > 0
    scored.update(dict.fromkeys(KINDS, 0))
    # The same page with a Markdown footer: the first pass reads Markdown. Once the
    # footer is gone no line shows any, and the last pass (the one a run on the output
    # repeats) reads plain text, with the plain model.
    markdown = plain + FOOTER
    once = LocateContent(scorer=True)(markdown)
    assert "Cookies" not in once.text
    assert scored["markdown"] > 0
    assert scored["plain"] > 0
    assert LocateContent(scorer=True)(once.text).audit == ()


def test_a_kind_in_the_model_name_stands_for_the_kind_of_text(tmp_path: Path) -> None:
    keep_all = {"features": list(FEATURES), "baseline": 5.0, "threshold": 0.5, "trees": []}
    (tmp_path / "m-plain.json").write_text(json.dumps(keep_all), encoding="utf-8")
    shipped = Path(__file__).parent.parent / "src" / "seedclean" / "data"
    markdown = (shipped / DEFAULT_MODEL.format(kind="markdown")).read_text(encoding="utf-8")
    (tmp_path / "m-markdown.json").write_text(markdown, encoding="utf-8")
    locator = LocateContent(scorer=str(tmp_path / "m-{kind}.json"))
    assert locator.model() is load_model(str(tmp_path / "m-plain.json"))
    plain = MENU + "\n" + "\n\n".join([PARA * 2, THIRD * 2, OTHER * 2, PARA]) + "\n"
    assert locator(plain).audit == ()  # the plain model keeps every line
    assert "Jobs" not in locator(plain + FOOTER).text  # the Markdown one reads the footer


def test_a_page_made_from_one_the_locator_read_starts_from_that_reading(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    locator = LocateContent(scorer=True)
    scored = _count_scores(monkeypatch)
    page = Page.of(_page())
    infos, removed = locator.analyse(page)
    assert removed
    cold = sum(scored.values())
    # what a cleaner after the metadata step reads: the page less its headline
    headline = next(k for k in page.nonblank() if page.lines[k].text.startswith("# "))
    child = page.render({headline: LineLabel(Reason.OTHER)}).page
    carried = child.carried((locator.name, locator))
    # every line it placed outside the article, by the child's line index
    out = Reason.OUTSIDE_MAIN_CONTENT
    outside = {infos[k].line.index for k, r in removed.items() if r[0] is out}
    assert outside
    assert len(carried) == len(outside)
    assert {child.lines[k].text for k in carried} == {page.lines[k].text for k in outside}
    scored.update(dict.fromkeys(KINDS, 0))
    child_infos, child_removed = locator.analyse(child)
    # the child's passes score only the lines not carried, each pass at most once
    judged = len(child_infos) - len(carried)
    assert 0 < sum(scored.values()) <= judged * 3
    assert judged < len(infos) // 2
    assert sum(scored.values()) < cold
    for k, removal in child_removed.items():
        line = child_infos[k].line.index
        if line in carried:
            assert removal is carried[line]  # removed with the decision that removed it
    # and what it keeps is still a page the locator keeps whole
    kept_text = "\n".join(
        info.line.text for k, info in enumerate(child_infos) if k not in child_removed
    )
    assert LocateContent(scorer=True)(kept_text).audit == ()


def test_a_page_looked_at_again_starts_from_every_line_the_reading_removed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # What the metadata step does once it has taken the headline: the same page less
    # that line, looked at again (Page.without). The reading's removals all stay, those
    # between the article's lines too, and only the lines it kept are scored again.
    locator = LocateContent(scorer=True)
    scored = _count_scores(monkeypatch)
    share = "\n\n* [Share](/s)\n* [Tweet](/t)\n\nWhat comes next\n\n"
    page = Page.of(_page().replace("\n\nWhat comes next\n\n", share))
    infos, removed = locator.analyse(page)
    assert any(r[0] is Reason.LOW_CONTENT_SCORE for r in removed.values())
    headline = next(k for k in page.nonblank() if page.lines[k].text.startswith("# "))
    again = page.without({headline})
    carried = again.carried((locator.name, locator))
    assert len(carried) == len(removed) - (headline in {infos[k].line.index for k in removed})
    scored.update(dict.fromkeys(KINDS, 0))
    again_infos, again_removed = locator.analyse(again)
    kept = len(again_infos) - len(carried)
    assert 0 < sum(scored.values()) <= kept * 3
    assert all(again_removed[k] is carried[info.line.index] for k, info in enumerate(again_infos)
               if info.line.index in carried)
    # a render's page (what the next cleaner reads) is carried the lines outside only
    rendered = page.render({headline: LineLabel(Reason.OTHER)}).page
    assert len(rendered.carried((locator.name, locator))) < len(carried)


def test_a_page_nobody_read_is_read_afresh() -> None:
    locator = LocateContent(scorer=True)
    page = Page.of(_page())
    child = page.without({0})
    assert child.carried((locator.name, locator)) == {}
    rules = LocateContent()
    assert rules.analyse(page)[1]  # the rules' reading is carried nowhere
    assert page.without({0}).carried((rules.name, rules)) == {}
