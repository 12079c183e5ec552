"""Cross-validated body F1 of the real pipeline with the learned line scorer.

    python training/cv_pipeline.py FOLD_DIR OUT [--bench ../shared/bench] [--rules]
    python training/cv_pipeline.py --kinds PLAIN_DIR MARKDOWN_DIR OUT

``FOLD_DIR`` is what ``train_line_scorer.py --fold-dir`` wrote: each fold's model
(``fold-K.json``) and the pages it was not trained on (``fold-K.keys``). Each page of
``BENCH/{aeb,web}/{inscriptis,html2text}`` goes through the default pipeline with
``LocateContent(scorer="FOLD_DIR/fold-K.json")`` for the fold that held it out, so every
figure is for pages the model never saw. With ``--kinds``, the locator takes a model per
kind of text, as the shipped one does: for each page, the fold of ``PLAIN_DIR`` (trained
with ``--formats inscriptis``) and the fold of ``MARKDOWN_DIR`` (``--formats html2text``)
that held it out. The cleaned texts go to ``OUT/<set>_<format>/``
(with each page's metadata as ``<key>.json``, for the bench's ``score_metadata.py``) and
the bench's ``score.py`` gives body F1 per set and format. ``--rules`` runs the default
pipeline with the rules' locator instead, for the figure to compare with. Pages the
training skipped (over 3 MB, or with no non-blank line) are run with the rules' locator.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import seedclean
from seedclean.cleaners import ExtractMetadata, LocateContent

REPO = Path(__file__).resolve().parent.parent
SETS = ("aeb", "web")
FORMATS = ("inscriptis", "html2text")
MAX_BYTES = 3_000_000


def scorer_of(fold_dirs: list[Path], models: Path) -> dict[str, str]:
    """The ``scorer`` option for each page key a fold held out: that fold's model or,
    with one fold directory per kind of text, a ``{kind}`` name whose two files (links
    written to ``models``) are the plain and the Markdown fold that held the page out."""
    held: list[dict[str, Path]] = []
    for fold_dir in fold_dirs:
        held.append({})
        for keys in sorted(fold_dir.glob("fold-*.keys")):
            for key in keys.read_text().split():
                held[-1][key] = keys.with_suffix(".json").resolve()
    if len(held) == 1:
        return {key: str(path) for key, path in held[0].items()}
    models.mkdir(parents=True, exist_ok=True)
    scorer: dict[str, str] = {}
    for key in held[0].keys() & held[1].keys():
        plain, markdown = held[0][key], held[1][key]
        name = f"{plain.stem}-{markdown.stem}"
        for kind, path in (("plain", plain), ("markdown", markdown)):
            link = models / f"{name}-{kind}.json"
            if not link.exists():
                link.symlink_to(path)
        scorer[key] = str(models / f"{name}-{{kind}}.json")
    return scorer


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dirs", type=Path, nargs="+", help="FOLD_DIR OUT, or with --kinds "
                    "PLAIN_DIR MARKDOWN_DIR OUT")
    ap.add_argument("--kinds", action="store_true", help="a fold model per kind of text")
    ap.add_argument("--bench", type=Path, default=REPO.parent / "shared" / "bench")
    ap.add_argument("--rules", action="store_true", help="the rules' locator, no scorer")
    ap.add_argument("--sets", nargs="*", default=SETS, help="the sets to run (aeb, web)")
    ap.add_argument("--title-weights", type=Path, metavar="DIR",
                    help="the headline's weights per fold (fit_title_weights.py --fold-dir)")
    args = ap.parse_args(argv)
    if len(args.dirs) != (3 if args.kinds else 2):
        ap.error("give FOLD_DIR OUT, or --kinds PLAIN_DIR MARKDOWN_DIR OUT")
    *fold_dirs, args.out = args.dirs
    sys.path.insert(0, str(args.bench))
    import score

    # the rules' locator, for --rules and for the pages no fold held out (the default
    # pipeline's own scorer was trained on every page)
    default = seedclean.default_pipeline().replace("locate_content", LocateContent())
    fold_of = scorer_of(fold_dirs, args.out / "models")
    title_fold: dict[str, int] = {}
    if args.title_weights is not None:
        title_fold = json.loads((args.title_weights / "title-folds.json").read_text("utf-8"))
    pipes: dict[tuple[str | None, str], seedclean.Pipeline] = {}
    seconds = 0.0
    for setname in args.sets:
        truth = json.loads((args.bench / setname / "ground-truth.json").read_text("utf-8"))
        for fmt in FORMATS:
            out = args.out / f"{setname}_{fmt}"
            out.mkdir(parents=True, exist_ok=True)
            counts = []
            for path in sorted((args.bench / setname / fmt).glob("*.txt")):
                # a page that was skipped, or had no line to train on, has no fold
                model = fold_of.get(path.stem) if not args.rules else None
                weights = ""
                if path.stem in title_fold:
                    weights = str(
                        args.title_weights / f"title-fold-{title_fold[path.stem]}-{{kind}}.json"
                    )
                if (model, weights) not in pipes:
                    pipe = default
                    if model is not None:
                        pipe = pipe.replace("locate_content", LocateContent(scorer=str(model)))
                    if weights:
                        pipe = pipe.replace(
                            "extract_metadata", ExtractMetadata(title_weights=weights)
                        )
                    pipes[model, weights] = pipe
                pipe = pipes[model, weights]
                text = path.read_text(encoding="utf-8")
                t = time.process_time()
                doc = pipe(text)
                cleaned = doc.text
                seconds += time.process_time() - t
                (out / path.name).write_text(cleaned, encoding="utf-8")
                # the metadata too, as the bench's score_metadata.py reads it
                (out / f"{path.stem}.json").write_text(
                    json.dumps({"metadata": doc.metadata.to_json()}, ensure_ascii=False),
                    encoding="utf-8",
                )
                body = truth[path.stem].get("articleBody", "")
                counts.append(score.page_counts(body, cleaned))
            f1 = score.aggregate(counts)
            print(
                f"{setname}/{fmt}: F1={f1['f1']:.4f} precision={f1['precision']:.4f} "
                f"recall={f1['recall']:.4f}",
                flush=True,
            )
    print(f"pipeline CPU time: {seconds:.0f} s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
