"""Fit the weights the headline is chosen by (``seedclean/data/title-weights.json``).

    python training/fit_title_weights.py --bench ../shared/bench --cache title-evidence.pkl
    python training/fit_title_weights.py --bench ../shared/bench --cache title-evidence.pkl \\
        --out src/seedclean/data/title-weights.json

The default pipeline runs on every page of ``BENCH/{aeb,web}/{inscriptis,html2text}``; for
each page, the first choice of a headline records the evidence about each line that may
be it (:class:`seedclean.cleaners.extract_metadata.headline_score.Evidence`), and the
bench's own ``score_metadata.py`` says which of those lines agree with the page's silver
title. The weights (:class:`~seedclean.cleaners.extract_metadata.headline_score.Weights`)
are then fitted by coordinate search, starting from the hand-set ones, to maximise the
titles that agree with silver minus ``--wrong-cost`` times those that disagree, over the
pages whose silver title is their own (a silver title that two pages of a set share is
the site's name, not a headline: those pages are left out of the fit, never out of the
figures). Every figure printed is cross-validated: 5 folds grouped by page (both formats
of a page in one fold), each fold's pages chosen with weights fitted on the others.

The figures are those of the first choice on the candidates the shipped pipeline reads;
a title chosen differently can change what the extractor does next, so measure the
pipeline itself after (``training/cv_pipeline.py``, ``benchmarks/metadata.py``). The
weights are not specific to a site: each is what one kind of evidence is worth.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from multiprocessing import Pool
from pathlib import Path
from typing import Any

import attrs

import seedclean
from seedclean.cleaners.extract_metadata import title
from seedclean.cleaners.extract_metadata.headline_score import Evidence, Weights, choose

SETS = ("aeb", "web")
FORMATS = ("inscriptis", "html2text")
FOLDS = 5
# The largest page read (as the line scorer's training does).
MAX_BYTES = 3_000_000
# The factors and steps each weight is tried at, per round of the search.
FACTORS = (0.0, 0.5, 0.75, 0.9, 1.1, 1.25, 1.5, 2.0)
STEPS = (-1.0, -0.5, -0.25, 0.25, 0.5, 1.0)
ROUNDS = 3
# Not searched: the confidence scale follows the threshold (see fit()).
FIXED = ("confidence_scale",)


def _scorer(bench: Path) -> Any:
    """The bench's own ``score_metadata`` module (as ``cv_pipeline.py`` reads ``score``)."""
    sys.path.insert(0, str(bench))
    import score_metadata  # type: ignore[import-not-found]

    return score_metadata


# What the worker records: the first choice of each page's run.
_SEEN: list[tuple[list[Evidence], frozenset[int]]] = []


def _recording(
    candidates: Sequence[Evidence], anchors: Any, w: Weights
) -> tuple[Evidence, float] | None:
    _SEEN.append((list(candidates), frozenset(anchors)))
    return choose(candidates, anchors, w)


def _read(path: Path) -> tuple[list[Evidence], frozenset[int]] | None:
    """The evidence and anchors of the first headline choice on the page at ``path``."""
    text = path.read_text(encoding="utf-8")
    if len(text.encode("utf-8")) > MAX_BYTES:
        return None
    _SEEN.clear()
    seedclean.clean(text)
    return _SEEN[0] if _SEEN else None


def collect(bench: Path, procs: int) -> dict[tuple[str, str, str], Any]:
    """Each page's first headline choice, by (set, format, key)."""
    # every choice the extractor makes goes through _recording (in the forked workers)
    vars(title)["choose"] = _recording
    jobs = [
        (s, f, p.stem, p)
        for s in SETS
        for f in FORMATS
        for p in sorted((bench / s / f).glob("*.txt"))
    ]
    with Pool(procs) as pool:
        read = pool.map(_read, [job[3] for job in jobs], chunksize=16)
    vars(title)["choose"] = choose
    return {(s, f, key): r for (s, f, key, _), r in zip(jobs, read, strict=True)}


@attrs.frozen
class Page:
    """One page as the fit reads it."""

    key: str
    group: tuple[str, str]  # (set, format)
    fold: int
    own: bool  # its silver title is its own (no other page of its set shares it)
    has_silver: bool
    findable: bool
    candidates: tuple[Evidence, ...]
    agree: tuple[bool, ...]  # whether each candidate agrees with silver
    anchors: frozenset[int]


def fold_of(key: str, held: dict[str, int]) -> int:
    """The fold of the page ``key``: the one whose keys list it in ``held`` (the line
    scorer's folds, so that a cross-validated pipeline reads each page with a locator and
    title weights that both never saw it), else one chosen by a hash of the key."""
    if key in held:
        return held[key]
    return hashlib.sha256(key.encode()).digest()[0] % FOLDS


def pages(
    bench: Path, evidence: dict[tuple[str, str, str], Any], held: dict[str, int]
) -> list[Page]:
    sm = _scorer(bench)
    out = []
    for s in SETS:
        silver = json.loads((bench / s / "metadata-silver.json").read_text(encoding="utf-8"))
        shared = Counter(sm.fold(v["title"]) for v in silver.values() if v.get("title"))
        for f in FORMATS:
            for key, sv in silver.items():
                got = evidence.get((s, f, key))
                cands, anchors = got if got is not None else ([], frozenset())
                text = sm.fold((bench / s / f / f"{key}.txt").read_text(encoding="utf-8"))
                out.append(
                    Page(
                        key=key,
                        group=(s, f),
                        fold=fold_of(key, held),
                        own=bool(sv.get("title")) and shared[sm.fold(sv["title"])] == 1,
                        has_silver=bool(sv.get("title")),
                        findable=sm.findable("title", sv, text),
                        candidates=tuple(cands),
                        agree=tuple(sm.title_agrees(c.text, sv.get("title")) for c in cands),
                        anchors=anchors,
                    )
                )
    return out


def outcome(page: Page, w: Weights) -> tuple[bool, bool]:
    """Whether the title chosen with ``w`` agrees with silver, and whether one is chosen."""
    chosen = choose(page.candidates, page.anchors, w)
    if chosen is None:
        return False, False
    return page.agree[page.candidates.index(chosen[0])], True


def objective(
    ps: Sequence[Page], w: Weights, wrong_cost: float, set_weight: dict[str, float]
) -> float:
    total = 0.0
    for page in ps:
        ok, given = outcome(page, w)
        weight = set_weight.get(page.group[0], 1.0)
        if page.findable and ok:
            total += weight
        if given and page.has_silver and not ok:
            total -= wrong_cost * weight
    return total


def fit(
    ps: Sequence[Page],
    start: Weights,
    wrong_cost: float,
    set_weight: dict[str, float],
    only: Sequence[str] = (),
) -> Weights:
    """Coordinate search from ``start`` on the pages ``ps`` whose silver title is their
    own."""
    train = [p for p in ps if p.own and p.candidates]
    best, value = start, objective(train, start, wrong_cost, set_weight)
    names = [f.name for f in attrs.fields(Weights) if f.name not in FIXED]
    if only:
        names = [name for name in names if name in only]
    for _ in range(ROUNDS):
        improved = False
        for name in names:
            now = getattr(best, name)
            tries = {round(now * x, 4) for x in FACTORS} | {round(now + d, 4) for d in STEPS}
            for v in sorted(tries):
                if v < 0 or v == now:
                    continue
                w = attrs.evolve(best, **{name: v})
                got = objective(train, w, wrong_cost, set_weight)
                if got > value + 1e-9:
                    best, value, improved = w, got, True
        if not improved:
            break
    # the confidence of a title keeps its meaning: the same share of the threshold
    scale = start.confidence_scale * best.threshold / start.threshold
    return attrs.evolve(best, confidence_scale=scale)


def figures(
    ps: Sequence[Page], chosen: Callable[[Page], Weights]
) -> dict[tuple[str, str], str]:
    """Agree / wrong per (set, format), each page chosen with the weights ``chosen``
    gives it, as the bench's scorer counts them (all pages, silver titles shared or
    not)."""
    out = {}
    for group in sorted({p.group for p in ps}):
        mine = [p for p in ps if p.group == group]
        found = agree = given = wrong = 0
        for page in mine:
            ok, emitted = outcome(page, chosen(page))
            found += page.findable
            agree += page.findable and ok
            if emitted and page.has_silver:
                given += 1
                wrong += not ok
        out[group] = f"{agree / max(1, found):.3f} / {wrong / max(1, given):.3f}"
    return out


def write_folds(
    out: Path, folds: dict[int, Weights], ps: Sequence[Page], *, markdown: bool
) -> None:
    """Each fold's weights, for the kind of text they were fitted on (the hand-set
    weights for the other kind), and the fold of every page."""
    out.mkdir(parents=True, exist_ok=True)
    fitted, other = ("markdown", "plain") if markdown else ("plain", "markdown")
    for k, w in folds.items():
        for kind, weights in ((fitted, w), (other, Weights())):
            path = out / f"title-fold-{k}-{kind}.json"
            path.write_text(json.dumps({"weights": weights.to_json()}, indent=1) + "\n")
    keys = {page.key: page.fold for page in ps}
    (out / "title-folds.json").write_text(json.dumps(keys, sort_keys=True) + "\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bench", type=Path, default=Path("../shared/bench"))
    ap.add_argument("--cache", type=Path, help="keep the pages' evidence here and reuse it")
    ap.add_argument("--out", type=Path, help="write the weights fitted on all pages here")
    ap.add_argument("--wrong-cost", type=float, default=1.5,
                    help="what a title that disagrees with silver costs (one that agrees: 1)")
    ap.add_argument("--formats", nargs="+", choices=FORMATS, default=list(FORMATS),
                    help="fit and measure on the pages of these scraper formats only")
    ap.add_argument("--set-weight", action="append", default=[], metavar="SET=W",
                    help="what a page of a set weighs in the fit, against 1 (e.g. aeb=8)")
    ap.add_argument("--folds-from", type=Path, metavar="DIR",
                    help="take the folds of the line scorer's fold directory DIR "
                    "(train_line_scorer.py --fold-dir)")
    ap.add_argument("--fold-dir", type=Path, metavar="DIR",
                    help="also write each fold's weights (title-fold-K-KIND.json, the "
                    "hand-set ones for the other kind) and every page's fold "
                    "(title-folds.json), for cv_pipeline.py --title-weights")
    ap.add_argument("--only", nargs="+", default=[], metavar="WEIGHT",
                    help="search these weights only (the others keep the hand-set values)")
    ap.add_argument("-j", "--jobs", type=int, default=2)
    args = ap.parse_args(argv)
    if args.cache is not None and args.cache.is_file():
        evidence = pickle.loads(args.cache.read_bytes())
    else:
        evidence = collect(args.bench, args.jobs)
        if args.cache is not None:
            args.cache.write_bytes(pickle.dumps(evidence))
    held: dict[str, int] = {}
    if args.folds_from is not None:
        for k in range(FOLDS):
            keys = (args.folds_from / f"fold-{k}.keys").read_text(encoding="utf-8").split()
            held.update(dict.fromkeys(keys, k))
    ps = [p for p in pages(args.bench, evidence, held) if p.group[1] in args.formats]
    set_weight = {k: float(v) for k, v in (item.split("=", 1) for item in args.set_weight)}
    start = Weights()
    folds = {}
    for k in range(FOLDS):
        train = [p for p in ps if p.fold != k]
        folds[k] = fit(train, start, args.wrong_cost, set_weight, args.only)
        print(f"fold {k} fitted", file=sys.stderr)
    if args.fold_dir is not None:
        write_folds(args.fold_dir, folds, ps, markdown="html2text" in args.formats)
    rows = {
        "hand-set weights": figures(ps, lambda page: start),
        "shipped (in-sample once fitted)": figures(
            ps, lambda page: Weights.load(markdown=page.group[1] == "html2text")
        ),
        "fitted, cross-validated": figures(ps, lambda page: folds[page.fold]),
    }
    groups = sorted({p.group for p in ps})
    print("| weights | " + " | ".join(f"{s} {f}" for s, f in groups) + " |")
    print("|---|" + "---|" * len(groups))
    for name, row in rows.items():
        print(f"| {name} | " + " | ".join(row[g] for g in groups) + " |")
    if args.out is not None:
        final = fit(ps, start, args.wrong_cost, set_weight, args.only)
        meta = {"fitted_on": "the development benchmark, aeb and web", "formats": args.formats,
                "searched": args.only or "all", "wrong_cost": args.wrong_cost,
                "script": "training/fit_title_weights.py"}
        args.out.write_text(
            json.dumps({"weights": final.to_json(), "meta": meta}, indent=1) + "\n",
            encoding="utf-8",
        )
        for name in final.to_json():
            if getattr(final, name) != getattr(start, name):
                print(f"{name}: {getattr(start, name)} -> {getattr(final, name)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
