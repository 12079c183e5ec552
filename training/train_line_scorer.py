"""Train the locator's learned line scorer on the development benchmark, cross-validated.

    python training/train_line_scorer.py [--bench ../shared/bench] [--folds 5]
        [--fold-dir DIR] --formats html2text|inscriptis

``--formats html2text`` writes ``src/seedclean/data/line-scorer-markdown.json`` (the model
the locator takes for text that shows Markdown), ``--formats inscriptis``
``line-scorer-plain.json`` (for plain text); ``--out`` writes elsewhere.

1. Every page of ``BENCH/{aeb,web}/{inscriptis,html2text}`` (files over 3 MB skipped) goes
   through the default pipeline up to ``locate_content``; the locator gives each non-blank
   line its feature vector (``LocateContent.line_features``, the package's own function,
   so training and inference read the same numbers). A line is article text when at least
   half of its 4-token shingles are in the page's ground truth (a line of fewer than 4
   tokens: when its tokens appear in the truth in a row). Each line weighs its share of
   the page's tokens, so every page weighs the same.
2. Folds grouped by page (both scraper formats of a page in the same fold): a model fitted
   on the other folds scores each line; the lines it keeps are joined and put through the
   pipeline's last steps, and the bench's own ``score.py`` gives body F1 per set and
   format, for the rules and for the scorer.
3. The passes after the first read a page already cleaned: each page's lines as the
   second pass reads them, once the first pass of the fold that held the page out has
   removed what it removes, are added to the training lines (``--first-pass-only``: not),
   and the folds are fitted again. Their figure is given for the first pass and for the
   locator's passes repeated, as the package runs them.
4. The final model is fitted on all pages and written as JSON (the trees, the baseline,
   the threshold, and the node values :meth:`TreeModel.contributions` reads).

``--fold-dir DIR`` also writes each fold's model and the pages it was not trained on
(``fold-K.json``, ``fold-K.keys``), so that the real pipeline can be run on each fold
with that fold's model (``LocateContent(scorer="DIR/fold-K.json")``).

Needs the ``train`` extra (numpy, scikit-learn). The seed is fixed: a rerun writes the
same file.
"""

from __future__ import annotations

import argparse
import gzip
import json
import pickle
import re
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.model_selection import GroupKFold

import seedclean
from seedclean import Document, Pipeline
from seedclean.cleaners import StripMarkup
from seedclean.line_scorer import FEATURES, TreeModel
from seedclean.page import Page

REPO = Path(__file__).resolve().parent.parent
SETS = ("aeb", "web")
FORMATS = ("inscriptis", "html2text")
#: A page's html2text text with its Markdown stripped (``StripMarkup``): plain text, as
#: the pipeline's output of an html2text page is, which a run on that output reads.
STRIPPED = "html2text-stripped"
TOKEN = re.compile(r"\w+")
MAX_BYTES = 3_000_000
#: The kind of text (the shipped model's ``{kind}``, see seedclean.line_scorer) that the
#: pages of a scraper format are.
KIND_OF = {
    frozenset({"html2text"}): "markdown",
    frozenset({"inscriptis"}): "plain",
    frozenset({"inscriptis", STRIPPED}): "plain",
}
#: The model: its size is a trade between F1 and the time per line (see training/README.md).
PARAMS: dict[str, Any] = {
    "max_iter": 200,
    "max_leaf_nodes": 31,
    "learning_rate": 0.1,
    "min_samples_leaf": 20,
    "l2_regularization": 0.0,
    "random_state": 0,
    "early_stopping": False,
}
THRESHOLD = 0.4
TAIL = ("strip_markup", "normalize_whitespace", "normalize_unicode")


def line_label(text: str, shingles: set[tuple[str, ...]], joined: str) -> float:
    """The share of the line's 4-token shingles found in the truth (fewer than 4 tokens:
    1 when they appear in the truth in a row)."""
    tokens = TOKEN.findall(text)
    if not tokens:
        return 0.0
    if len(tokens) >= 4:
        own = [tuple(tokens[i : i + 4]) for i in range(len(tokens) - 3)]
        return sum(s in shingles for s in own) / len(own)
    return 1.0 if " " + " ".join(tokens) + " " in joined else 0.0


def dump(bench: Path) -> list[dict[str, Any]]:
    """Each page's lines, features and labels."""
    pipe = seedclean.default_pipeline()
    steps = pipe.steps
    names = [s.name for s in steps]
    at = names.index("locate_content")
    head, locator = steps[:at], steps[at]
    # the steps before the metadata step, which reads the article's region first
    early = steps[: names.index("extract_metadata")]
    pages = []
    strip = StripMarkup()
    for setname in SETS:
        truth = json.loads((bench / setname / "ground-truth.json").read_text(encoding="utf-8"))
        for fmt in (*FORMATS, STRIPPED):
            folder = "html2text" if fmt == STRIPPED else fmt
            for path in sorted((bench / setname / folder).glob("*.txt")):
                if path.stat().st_size > MAX_BYTES:
                    continue
                doc = Document(path.read_text(encoding="utf-8"))
                if fmt == STRIPPED:
                    doc = Document(strip(doc).text)
                for step in early:
                    doc = step(doc)
                # the page as the metadata step reads it: related blocks, comments and
                # interface lines still in (a page of its own, so that nothing read on it
                # is carried to the pipeline's)
                first = Page.of(doc.text)
                first.locator = locator
                early_infos, early_rows = locator.line_features(first)
                for step in head[len(early) :]:
                    doc = step(doc)
                page = doc.page()
                page.locator = locator
                infos, rows = locator.line_features(page)
                body = truth[path.stem].get("articleBody", "")
                tokens = TOKEN.findall(body)
                shingles = {tuple(tokens[i : i + 4]) for i in range(len(tokens) - 3)}
                joined = " " + " ".join(tokens) + " "
                pages.append(
                    {
                        "set": setname,
                        "format": fmt,
                        "key": path.stem,
                        "rows": rows,
                        "labels": [line_label(i.facts.visible, shingles, joined) for i in infos],
                        "texts": [i.facts.text for i in infos],
                        "page": page,
                        "early_rows": early_rows,
                        "early_labels": [
                            line_label(i.facts.visible, shingles, joined) for i in early_infos
                        ],
                        "early_ntok": [len(TOKEN.findall(i.facts.text)) + 1 for i in early_infos],
                    }
                )
            print(f"  {setname}/{fmt}: {len(pages)} pages so far", file=sys.stderr)
    return pages


def later_rows(
    pages: list[dict[str, Any]], keep: list[list[bool]]
) -> list[tuple[list[int], list[list[float]]]]:
    """Each page's lines as the scorer's second pass reads them, once its first pass
    removed the lines ``keep`` marks false: the indexes of the lines left, and their
    feature vectors (none when the first pass removed nothing, or everything)."""
    out: list[tuple[list[int], list[list[float]]]] = []
    for p, mask in zip(pages, keep, strict=True):
        alive = [k for k, m in enumerate(mask) if m]
        if not alive or len(alive) == len(mask):
            out.append(([], []))
            continue
        out.append((alive, p["page"].locator.line_features(p["page"], alive)[1]))
    return out


def augmented(
    X: np.ndarray,
    y: np.ndarray,
    weight: np.ndarray,
    extra: list[tuple[list[int], list[list[float]]]],
    page_of: np.ndarray,
    ntok: np.ndarray,
    share: float = 1.0,
    factor: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The training rows with the second-pass rows of ``extra`` added: each such line has
    its first-pass label, and the lines a page keeps weigh as much together as the page's
    first-pass lines do, times ``share`` (and the page's ``factor``). Also, for each row,
    the first-pass row of its line."""
    start = np.searchsorted(page_of, np.arange(len(extra)))
    rows, labels, weights, origin = [X], [y], [weight], [np.arange(len(y))]
    for i, (alive, later) in enumerate(extra):
        if not alive:
            continue
        at = start[i] + np.array(alive)
        tok = ntok[at]
        rows.append(np.array(later, dtype=np.float64))
        labels.append(y[at])
        weights.append(tok / tok.sum() * 100 * share * (1.0 if factor is None else factor[i]))
        origin.append(at)
    return (
        np.vstack(rows),
        np.concatenate(labels),
        np.concatenate(weights),
        np.concatenate(origin),
    )


def with_early(
    X: np.ndarray,
    y: np.ndarray,
    weight: np.ndarray,
    rows_of: np.ndarray,
    pages: list[dict[str, Any]],
    page_of: np.ndarray,
    share: float,
    factor: np.ndarray,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The training rows with each page's lines as the metadata step reads them added
    (``early_rows``: the page before the cleaners that take related blocks, comments and
    interface lines out), each with its own label; a page's early lines weigh together
    what its first-pass lines weigh, times ``share`` (and the page's ``factor``). Also,
    for each row, a first-pass row of its page (for the folds)."""
    start = np.searchsorted(page_of, np.arange(len(pages)))
    rows, labels, weights, origin = [X], [y], [weight], [rows_of]
    for i, p in enumerate(pages):
        if not p["early_rows"] or not p["rows"]:
            continue
        tok = np.array(p["early_ntok"], dtype=float)
        rows.append(np.array(p["early_rows"], dtype=np.float64))
        labels.append(np.array([label >= 0.5 for label in p["early_labels"]]))
        weights.append(tok / tok.sum() * 100 * share * factor[i])
        origin.append(np.full(len(tok), start[i]))
    return (
        np.vstack(rows),
        np.concatenate(labels),
        np.concatenate(weights),
        np.concatenate(origin),
    )


def passes(pages: list[dict[str, Any]], model_of: list[Path]) -> list[list[bool]]:
    """The lines of each page that the locator keeps with the scorer in ``model_of[i]``
    (a model file), its passes repeated as in the pipeline: the package's own code.
    A page with no non-blank line has no model, and nothing to keep."""
    from seedclean.cleaners import LocateContent

    locators: dict[Path, LocateContent] = {}
    out = []
    for p, path in zip(pages, model_of, strict=True):
        if not p["rows"]:  # no non-blank line: nothing to keep or remove
            out.append([])
            continue
        if path not in locators:
            locators[path] = LocateContent(scorer=str(path))
        infos, removed = locators[path].analyse(p["page"])
        out.append([k not in removed for k in range(len(infos))])
    return out


def export(
    model: HistGradientBoostingClassifier, threshold: float, meta: dict[str, Any]
) -> dict[str, Any]:
    """The model as the JSON a :class:`TreeModel` reads: each tree's nodes, an inner
    node's value being the mean of its leaves over the training lines."""
    trees = []
    for (predictor,) in model._predictors:
        nodes = predictor.nodes
        value = [float(v) for v in nodes["value"]]
        count = [float(c) for c in nodes["count"]]
        leaf = [bool(x) for x in nodes["is_leaf"]]
        left = [int(x) for x in nodes["left"]]
        right = [int(x) for x in nodes["right"]]

        # children come after their parent in the arrays: fill inner nodes from the end
        for k in range(len(nodes) - 1, -1, -1):
            if not leaf[k]:
                a, b = left[k], right[k]
                value[k] = (value[a] * count[a] + value[b] * count[b]) / (count[a] + count[b])
        trees.append(
            {
                "feature": [
                    -1 if leaf[k] else int(nodes["feature_idx"][k]) for k in range(len(nodes))
                ],
                "threshold": [
                    0.0 if leaf[k] else float(nodes["num_threshold"][k]) for k in range(len(nodes))
                ],
                "left": [0 if leaf[k] else left[k] for k in range(len(nodes))],
                "right": [0 if leaf[k] else right[k] for k in range(len(nodes))],
                "value": value,
            }
        )
    return {
        "format": "seedclean-line-scorer-1",
        "features": list(FEATURES),
        "baseline": float(np.ravel(model._baseline_prediction)[0]),
        "threshold": threshold,
        "meta": meta,
        "trees": trees,
    }


#: A made-up page whose lines' features and decision values (computed by scikit-learn)
#: the tests keep, to check that the pure-Python inference reproduces the model.
FIXTURE_PAGE = (
    "Home\nNews\nSport\nContact\n\n"
    "# A headline of the article\n\n"
    "The first paragraph of the article is written in sentences, with the small words "
    "that prose has. It goes on for a while, as paragraphs do, and says something.\n\n"
    "A subheading\n\n"
    "The second paragraph also reads as prose: it has [one link](https://example.org/a) in "
    "it, and the words around the link are the words of an ordinary sentence.\n\n"
    "* [Privacy](https://example.org/p)\n* [Terms](https://example.org/t)\n"
    "Copyright 2024 All rights reserved"
)


def fixture(model: HistGradientBoostingClassifier) -> dict[str, Any]:
    """The rows of :data:`FIXTURE_PAGE` and scikit-learn's decision values for them."""
    from seedclean.cleaners import LocateContent
    from seedclean.page import Page

    _, rows = LocateContent().line_features(Page.of(FIXTURE_PAGE))
    values = model.decision_function(np.array(rows, dtype=np.float64))
    return {"page": FIXTURE_PAGE, "rows": rows, "decision": [float(v) for v in values]}


def write(data: dict[str, Any], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")


def _set_weight(value: str) -> dict[str, float]:
    name, _, weight = value.partition("=")
    if name not in SETS or not weight:
        raise argparse.ArgumentTypeError(f"expected SET=WEIGHT with SET one of {SETS}")
    return {name: float(weight)}


class _Merge(argparse.Action):
    """--set-weight may be given once per set: the values are merged."""

    def __call__(self, parser: Any, namespace: Any, values: Any, option: Any = None) -> None:
        setattr(namespace, self.dest, {**getattr(namespace, self.dest), **values})


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bench", type=Path, default=REPO.parent / "shared" / "bench")
    ap.add_argument(
        "--out",
        type=Path,
        help="where to write the final model (default: the shipped model of the kind of "
        "text of --formats: html2text for line-scorer-markdown.json, inscriptis for "
        "line-scorer-plain.json)",
    )
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--fold-dir", type=Path, help="also write each fold's model and test pages")
    ap.add_argument("--cache", type=Path, help="keep the features here (pickle) and reuse them")
    ap.add_argument("--no-final", action="store_true", help="cross-validate only")
    ap.add_argument(
        "--first-pass-only",
        dest="later_passes",
        action="store_false",
        help="train on the first pass's lines only (not also on what later passes read)",
    )
    ap.add_argument(
        "--later-share",
        type=float,
        default=1.0,
        help="what a page's later-pass lines weigh, against its first-pass lines (1)",
    )
    ap.add_argument(
        "--early-share",
        type=float,
        default=0.0,
        help="what a page's lines as the metadata step reads them (before related blocks "
        "and comments go) weigh, against its first-pass lines (0: left out)",
    )
    ap.add_argument(
        "--formats",
        nargs="+",
        choices=(*FORMATS, STRIPPED),
        help="train on the pages of these scraper formats only (default: inscriptis and "
        f"html2text; {STRIPPED}: the html2text pages with their Markdown stripped, as the "
        "pipeline's output of them is)",
    )
    ap.add_argument(
        "--set-weight",
        type=_set_weight,
        default={},
        help="what the pages of a set weigh, against 1 (e.g. aeb=2); repeat for more sets",
        action=_Merge,
    )
    ap.add_argument(
        "--fixture",
        type=Path,
        help="where to write the test fixture of the final model's decision values "
        "(default: the shipped model's, tests/data/line-scorer-KIND-decisions.json)",
    )
    args = ap.parse_args(argv)
    kind = KIND_OF.get(frozenset(args.formats or ()))
    if kind is not None:
        name = f"line-scorer-{kind}"
        args.out = args.out or REPO / "src" / "seedclean" / "data" / f"{name}.json"
        args.fixture = args.fixture or REPO / "tests" / "data" / f"{name}-decisions.json"
    elif not args.no_final and (args.out is None or args.fixture is None):
        ap.error("a model for both formats is shipped nowhere: give --out and --fixture")

    sys.path.insert(0, str(args.bench))
    import score  # the bench's own metric

    t0 = time.process_time()
    if args.cache and args.cache.is_file():
        pages = pickle.loads(gzip.decompress(args.cache.read_bytes()))
    else:
        pages = dump(args.bench)
        if args.cache:
            args.cache.write_bytes(gzip.compress(pickle.dumps(pages)))
    missing = set(args.formats or FORMATS) - {p["format"] for p in pages}
    if missing:
        ap.error(f"{args.cache} holds no page of {sorted(missing)}: remove it to recompute")
    if args.early_share and any("early_rows" not in p for p in pages):
        ap.error(f"{args.cache} holds no early rows (an older cache): remove it to recompute")
    # a model for some scraper formats only (by default both, not the stripped pages)
    pages = [p for p in pages if p["format"] in (args.formats or FORMATS)]
    print(f"{len(pages)} pages, features in {time.process_time() - t0:.0f} s", file=sys.stderr)

    keys = sorted({p["key"] for p in pages})
    group_of = {k: i for i, k in enumerate(keys)}
    X = np.array([row for p in pages for row in p["rows"]], dtype=np.float64)
    y = np.array([label >= 0.5 for p in pages for label in p["labels"]])
    groups = np.array([group_of[p["key"]] for p in pages for _ in p["rows"]])
    page_of = np.array([i for i, p in enumerate(pages) for _ in p["rows"]])
    ntok = np.array([len(TOKEN.findall(t)) + 1 for p in pages for t in p["texts"]], dtype=float)
    total = np.zeros(len(pages))
    np.add.at(total, page_of, ntok)
    # what each page weighs: 1, times its set's --set-weight
    factor = np.array([args.set_weight.get(p["set"], 1.0) for p in pages])
    weight = ntok / total[page_of] * 100 * factor[page_of]
    print(f"{X.shape[0]} lines, {X.shape[1]} features, {y.mean():.3f} article", file=sys.stderr)

    truth = {
        s: json.loads((args.bench / s / "ground-truth.json").read_text(encoding="utf-8"))
        for s in SETS
    }
    tail = Pipeline([s for s in seedclean.default_pipeline().steps if s.name in TAIL][-3:])

    def f1(keep: np.ndarray) -> dict[str, float]:
        counts = defaultdict(list)
        for i, p in enumerate(pages):
            mask = keep[page_of == i]
            text = "\n".join(t for t, k in zip(p["texts"], mask, strict=True) if k)
            out = tail(text).text
            body = truth[p["set"]][p["key"]].get("articleBody", "")
            counts[f"{p['set']}/{p['format']}"].append(score.page_counts(body, out))
        return {k: round(score.aggregate(v)["f1"], 4) for k, v in sorted(counts.items())}

    rules = X[:, FEATURES.index("rules_keep")] > 0.5
    print("rules      ", f1(rules))
    folds = list(GroupKFold(args.folds).split(X, y, groups))

    X1 = X  # the first-pass rows: the ones each fold's model is scored on

    def cross_validate(
        X: np.ndarray, y: np.ndarray, w: np.ndarray, rows_of: np.ndarray, tag: str
    ) -> tuple[np.ndarray, list[HistGradientBoostingClassifier]]:
        """Each first-pass line's probability from the model of the fold that held its
        page out, trained on the rows ``X`` (``rows_of`` maps each to the first-pass row
        of its line)."""
        prob = np.zeros(len(X1))
        models = []
        for fold, (_, test) in enumerate(folds):
            t = time.process_time()
            held = set(groups[test])
            train = ~np.isin(groups[rows_of], list(held))
            model = HistGradientBoostingClassifier(**PARAMS).fit(
                X[train], y[train], sample_weight=w[train]
            )
            prob[test] = model.predict_proba(X1[test])[:, 1]
            models.append(model)
            print(f"{tag} fold {fold}: {time.process_time() - t:.0f} s", file=sys.stderr)
        return prob, models

    first = np.arange(len(y))
    X0, y0, w0 = X, y, weight  # the first-pass rows alone
    if args.early_share:
        X, y, weight, first = with_early(
            X, y, weight, first, pages, page_of, args.early_share, factor
        )
        print(f"{len(y) - len(X1)} early lines added", file=sys.stderr)
    prob, models = cross_validate(X, y, weight, first, "first pass")
    if args.later_passes:
        # The passes after the first read pages already cleaned: train on those too, as
        # the first pass of the fold that held each page out leaves it.
        keep = [list(prob[page_of == i] >= THRESHOLD) for i in range(len(pages))]
        extra = later_rows(pages, keep)
        X, y, weight, rows_of = augmented(
            X0, y0, w0, extra, page_of, ntok, args.later_share, factor
        )
        print(f"{len(y) - len(X1)} second-pass lines added", file=sys.stderr)
        if args.early_share:
            X, y, weight, rows_of = with_early(
                X, y, weight, rows_of, pages, page_of, args.early_share, factor
            )
        prob, models = cross_validate(X, y, weight, rows_of, "with later passes")
    cv = f1(prob >= THRESHOLD)
    for t in (0.3, 0.4, 0.5):
        print(f"scorer {t:.1f} ", cv if t == THRESHOLD else f1(prob >= t))
    with tempfile.TemporaryDirectory() as tmp:
        fold_dir = args.fold_dir or Path(tmp)
        model_of = [Path()] * len(pages)  # every page with a line is in a fold
        for fold, ((_, test), model) in enumerate(zip(folds, models, strict=True)):
            write(export(model, THRESHOLD, {"fold": fold}), fold_dir / f"fold-{fold}.json")
            held_pages = sorted(set(page_of[test]))
            for i in held_pages:
                model_of[i] = fold_dir / f"fold-{fold}.json"
            held = sorted({pages[i]["key"] for i in held_pages})
            (fold_dir / f"fold-{fold}.keys").write_text("\n".join(held) + "\n")
        kept = passes(pages, model_of)
    cv_passes = f1(np.concatenate([np.array(k, dtype=bool) for k in kept]))
    print("passes 0.4 ", cv_passes)
    if args.no_final:
        return 0
    model = HistGradientBoostingClassifier(**PARAMS).fit(X, y, sample_weight=weight)
    meta = {
        "trained_on": "seedclean development benchmark: aeb (Zyte article extraction "
        "benchmark, 181 pages) and web (Dragnet, Mozilla Readability test pages, "
        "CleanEval 2007 dev), inscriptis and html2text text",
        "lines": int(X.shape[0]),
        "pages": len(pages),
        "params": dict(PARAMS),
        "cv_body_f1_one_pass": cv,
        "cv_body_f1_passes": cv_passes,
        "later_passes": args.later_passes,
        "later_share": args.later_share,
        "early_share": args.early_share,
    }
    data = export(model, THRESHOLD, meta)
    check = TreeModel.from_json(data)
    sample = X[:: max(1, len(X) // 2000)]
    ours = np.array([check.decision(list(row)) for row in sample])
    diff = float(np.max(np.abs(ours - model.decision_function(sample))))
    print(f"exported model reproduces sklearn within {diff:.2e}", file=sys.stderr)
    write(data, args.out)
    args.fixture.parent.mkdir(parents=True, exist_ok=True)
    args.fixture.write_text(json.dumps(fixture(model), indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KB)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
