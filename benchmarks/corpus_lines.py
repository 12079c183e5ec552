"""Measure corpus-level line cleaning (``remove_corpus_lines``) on the body benchmark.

For each set (``aeb``, ``web``) and text format (inscriptis, html2text), the lines of all
pages of that set and format are counted (:func:`seedclean.corpus_lines.count_lines`, the
first pass), then every page is cleaned by the default pipeline, and by the default
pipeline with corpus lines at each ``--min-docs`` N. Bodies are scored with the
benchmark's own ``score.py`` (imported from the benchmark folder, not copied): F1 over
4-word shingles, averaged per page. Also reported: the characters and lines the
corpus-lines step removed, and how many pages it touched.

    python benchmarks/corpus_lines.py BENCH_DIR                     # N = 2, 3, 5, 10
    python benchmarks/corpus_lines.py BENCH_DIR --min-docs 3 --min-words 1,2,3,4,6

``BENCH_DIR`` is the folder with ``score.py``, ``aeb/`` and ``web/`` (see its README).
Runs in one process: about a minute per N and format of the web set.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

import seedclean
from seedclean import RemoveCorpusLines
from seedclean.corpus_lines import LineCounts, count_lines, with_corpus_lines

SETS = ("aeb/inscriptis", "aeb/html2text", "web/inscriptis", "web/html2text")
STEP = "remove_corpus_lines"


def load_scorer(bench: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_score", bench / "score.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"no score.py in {bench}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run(
    pipe: seedclean.Pipeline, texts: dict[str, str]
) -> tuple[dict[str, str], dict[str, int]]:
    """Each page's body, and what the corpus-lines step removed (characters, lines,
    pages), its reverted edits left out."""
    bodies: dict[str, str] = {}
    chars = lines = pages = 0
    for key, text in texts.items():
        doc = pipe(text)
        bodies[key] = doc.text
        edits = [e for e in doc.audit if e.cleaner == STEP and not e.reverted]
        if edits:
            pages += 1
            chars += sum(len(e.old.strip()) for e in edits)
            lines += sum(sum(1 for x in e.old.split("\n") if x.strip()) for e in edits)
    return bodies, {"chars": chars, "lines": lines, "pages": pages}


def score(scorer: ModuleType, truth: dict[str, Any], bodies: dict[str, str]) -> float:
    counts = [
        scorer.page_counts(truth[key].get("articleBody", ""), bodies.get(key, ""))
        for key in sorted(truth)
    ]
    return float(scorer.aggregate(counts)["f1"])


def with_step(
    base: seedclean.Pipeline, counts: LineCounts, n: int, after: str | None
) -> seedclean.Pipeline:
    """The pipeline with corpus lines at N=``n``: where the library puts the step, or
    right after the step ``after``."""
    if after is None:
        return with_corpus_lines(base, counts, min_docs=n)
    return base.insert(RemoveCorpusLines.of(counts, min_docs=n), after=after)


def measure(
    bench: Path,
    name: str,
    min_docs: Sequence[int],
    min_words: Sequence[int],
    after: str | None = None,
) -> list[dict[str, Any]]:
    scorer = load_scorer(bench)
    corpus = name.split("/")[0]
    truth = json.loads((bench / corpus / "ground-truth.json").read_text(encoding="utf-8"))
    texts = {
        p.stem: p.read_text(encoding="utf-8") for p in sorted((bench / name).glob("*.txt"))
    }
    base = seedclean.default_pipeline()
    t = time.perf_counter()
    bodies, _ = run(base, texts)
    f1_base = score(scorer, truth, bodies)
    total_chars = sum(len(b) for b in bodies.values())
    print(f"{name}: {len(texts)} pages, default F1 {f1_base:.4f} "
          f"({time.perf_counter() - t:.0f} s)", file=sys.stderr)
    rows = []
    for words in min_words:
        t = time.perf_counter()
        counts = count_lines(texts.values(), base, min_words=words)
        print(f"  counted {len(counts)} lines, min_words={words} "
              f"({time.perf_counter() - t:.0f} s)", file=sys.stderr)
        for n in min_docs:
            t = time.perf_counter()
            bodies, removed = run(with_step(base, counts, n, after), texts)
            f1 = score(scorer, truth, bodies)
            row = {
                "set": name,
                "pages": len(texts),
                "min_words": words,
                "min_docs": n,
                "after": after or "extract_metadata",
                "repeated_lines": counts.at_least(n),
                "f1_default": round(f1_base, 4),
                "f1": round(f1, 4),
                "delta": round(f1 - f1_base, 4),
                "chars_removed": removed["chars"],
                # what the step adds: characters the default pipeline kept and this
                # one does not, and their share of the default pipeline's output
                "output_chars_less": total_chars - sum(len(b) for b in bodies.values()),
                "lines_removed": removed["lines"],
                "pages_touched": removed["pages"],
            }
            row["output_share_less"] = round(row["output_chars_less"] / max(1, total_chars), 4)
            rows.append(row)
            print(f"  N={n}: F1 {f1:.4f} ({f1 - f1_base:+.4f}), {removed['chars']} chars, "
                  f"{removed['lines']} lines, {removed['pages']} pages, output "
                  f"{row['output_chars_less']} chars shorter "
                  f"({time.perf_counter() - t:.0f} s)", file=sys.stderr)
    return rows


def table(rows: list[dict[str, Any]]) -> str:
    out = [
        "| set | min_words | N | F1 default | F1 with corpus lines | change | chars removed "
        "| lines removed | pages touched | output shorter by |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        out.append(
            f"| {r['set']} | {r['min_words']} | {r['min_docs']} | {r['f1_default']:.4f} "
            f"| {r['f1']:.4f} | {r['delta']:+.4f} | {r['chars_removed']:,} "
            f"| {r['lines_removed']:,} | {r['pages_touched']} "
            f"| {r['output_chars_less']:,} ({r['output_share_less']:.1%}) |"
        )
    return "\n".join(out)


def _ints(text: str) -> list[int]:
    return [int(x) for x in text.split(",") if x]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("bench", type=Path, help="the benchmark folder (score.py, aeb/, web/)")
    ap.add_argument("--sets", default=",".join(SETS), help="sets to run (default all four)")
    ap.add_argument("--min-docs", type=_ints, default=[2, 3, 5, 10], help="values of N")
    ap.add_argument("--min-words", type=_ints, default=None,
                    help="shortest counted line, in words (default the library's)")
    ap.add_argument("--after", help="put the step right after this one (default: where "
                    "with_corpus_lines puts it, after extract_metadata)")
    ap.add_argument("--json", action="store_true", help="print the rows as JSON lines")
    args = ap.parse_args(argv)
    from seedclean.corpus_lines import MIN_WORDS

    rows: list[dict[str, Any]] = []
    for name in args.sets.split(","):
        rows.extend(
            measure(args.bench, name, args.min_docs, args.min_words or [MIN_WORDS], args.after)
        )
        if args.json:
            for r in rows[-len(args.min_docs) * len(args.min_words or [0]) :]:
                print(json.dumps(r), flush=True)
    if not args.json:
        print(table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
