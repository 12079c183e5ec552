#!/usr/bin/env python3
"""Measure seedclean's metadata (title, authors, date) on the article extraction benchmark.

Runs the default pipeline on the scraped text of each page (inscriptis and html2text),
writes one ``<key>.json`` sidecar-like file per page to a temporary folder and scores it
with ``benchmarks/data/score_metadata.py`` (imported, not copied) against the silver
metadata read from the HTML, on the pages where the silver value is printed in the text:

    python benchmarks/metadata.py                       # both inputs, a table
    python benchmarks/metadata.py --inputs inscriptis --out-dir /tmp/meta --json
    python benchmarks/metadata.py --show-wrong title     # list the disagreements of a field

For titles it also reports a floor: the pages given a title on which no printed line
agrees with the silver title (the page's ``og:title`` is not its printed headline), whose
share of the titles given no text-only reader can go below without withholding titles.

It also times the extract_metadata step against the whole pipeline (milliseconds per
page). The same figures come from the command line:

    python -m seedclean benchmarks/data/aeb/inscriptis -o /tmp/meta_out
    python benchmarks/data/score_metadata.py /tmp/meta_out
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType
from typing import Any

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
INPUTS = ("inscriptis", "html2text")
FIELDS = ("title", "authors", "date")


def load_scorer(data: Path) -> ModuleType:
    """``data/score_metadata.py`` as a module."""
    spec = importlib.util.spec_from_file_location("score_metadata", data / "score_metadata.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run(kind: str, data: Path, out_dir: Path) -> dict[str, float]:
    """Clean every page of one input kind; write ``<key>.json``; return timings (ms/page)."""
    import seedclean

    pipe = seedclean.default_pipeline()
    step = pipe.names().index("extract_metadata")
    total = extract = 0.0
    pages = sorted((data / "aeb" / kind).glob("*.txt"))
    out_dir.mkdir(parents=True, exist_ok=True)
    for path in pages:
        doc: Any = seedclean.Document(path.read_text(encoding="utf-8"))
        start = time.perf_counter()
        for i, cleaner in enumerate(pipe.steps):
            t0 = time.perf_counter()
            doc = cleaner(doc)
            if i == step:
                extract += time.perf_counter() - t0
        total += time.perf_counter() - start
        record = {"metadata": doc.metadata.to_json()}
        (out_dir / f"{path.stem}.json").write_text(json.dumps(record, ensure_ascii=False))
    n = max(1, len(pages))
    return {"pages": len(pages), "ms_total": 1000 * total / n, "ms_extract": 1000 * extract / n}


def show_wrong(
    scorer: ModuleType, field: str, out_dir: Path, text_dir: Path, silver: dict[str, Any]
) -> None:
    for key, ref in sorted(silver.items()):
        path = out_dir / f"{key}.json"
        ours = {}
        if path.is_file():
            ours = json.loads(path.read_text(encoding="utf-8"))["metadata"]
        text = scorer.fold((text_dir / f"{key}.txt").read_text(encoding="utf-8"))
        ok = scorer.agrees(field, ours, ref)
        findable = scorer.findable(field, ref, text)
        if (ours.get(field) and ref.get(field) and not ok) or (findable and not ok):
            print(f"{key[:10]}  ours={ours.get(field)!r}  silver={ref.get(field)!r}")


def title_floor(
    scorer: ModuleType, out_dir: Path, text_dir: Path, silver: dict[str, Any]
) -> dict[str, float]:
    """How many of the titles given cannot agree with silver whatever line is chosen: no
    printed line of the page agrees with the silver title (its ``og:title`` is not the
    printed headline, or differs in quotes and dashes). Their share of the titles given
    is the lowest *wrong* rate an extractor that only returns printed lines can reach
    without withholding titles it found."""
    from seedclean.lines import plain_text

    emitted = unmatchable = 0
    for key, ref in silver.items():
        path = out_dir / f"{key}.json"
        ours = json.loads(path.read_text(encoding="utf-8"))["metadata"] if path.is_file() else {}
        if not (ours.get("title") and ref.get("title")):
            continue
        emitted += 1
        lines = (text_dir / f"{key}.txt").read_text(encoding="utf-8").splitlines()
        if not any(
            scorer.title_agrees(plain_text(line).strip(" \t#*>"), ref["title"])
            for line in lines
            if line.strip()
        ):
            unmatchable += 1
    return {
        "emitted": emitted,
        "unmatchable": unmatchable,
        "floor": unmatchable / emitted if emitted else 0.0,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--inputs", default=",".join(INPUTS))
    ap.add_argument("--out-dir", type=Path, help="keep the JSON files in DIR/<input>/")
    ap.add_argument("--show-wrong", choices=FIELDS, help="list the pages a field gets wrong")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    args = ap.parse_args(argv)
    scorer = load_scorer(args.data)
    silver = json.loads((args.data / "aeb" / "metadata-silver.json").read_text(encoding="utf-8"))
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for kind in args.inputs.split(","):
            out_dir = (args.out_dir or Path(tmp)) / kind
            timing = run(kind, args.data, out_dir)
            text_dir = args.data / "aeb" / kind
            scores = scorer.score(out_dir, text_dir, silver)
            floor = title_floor(scorer, out_dir, text_dir, silver)
            results[kind] = {"scores": scores, "timing": timing, "title_floor": floor}
            if args.show_wrong:
                print(f"--- {kind}: {args.show_wrong}")
                show_wrong(scorer, args.show_wrong, out_dir, text_dir, silver)
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    head = ("input", "field", "agree", "findable", "wrong", "emitted")
    print("{:11s} {:8s} {:>6s} {:>8s} {:>6s} {:>7s}".format(*head))
    for kind, res in results.items():
        for field in FIELDS:
            r = res["scores"][field]
            print(
                f"{kind:11s} {field:8s} {r['agree']:6.3f} {r['findable']:8d} "
                f"{r['wrong']:6.3f} {r['emitted']:7d}"
            )
        f = res["title_floor"]
        print(
            f"{kind:11s} title: on {f['unmatchable']} of the {f['emitted']} pages given a "
            f"title, no printed line agrees with silver (wrong-rate floor {f['floor']:.3f})"
        )
        t = res["timing"]
        print(
            f"{kind:11s} timing: {t['ms_extract']:.1f} ms/page in extract_metadata, "
            f"{t['ms_total']:.1f} ms/page for the whole pipeline ({t['pages']} pages)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
