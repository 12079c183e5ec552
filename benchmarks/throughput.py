"""Throughput of seedclean against ftfy on a folder of scraped texts.

Three things are timed on the same texts, in the same run, interleaved over several
repeats (the order rotates from one repeat to the next):

- ``ftfy``: ``ftfy.fix_text(text, RepairEncoding().ftfy_config())``, the reference;
- ``repair_encoding``: ``RepairEncoding()(text)``, which gives exactly the same text and
  also records an audit of every change;
- ``seedclean.clean``: the whole default pipeline (encoding repair, whitespace, Unicode
  normalisation, with the guard).

Machines are noisy, so the figure to compare is the ratio to ftfy measured within each
repeat (median over repeats), not the absolute MB/s.

Usage::

    python benchmarks/throughput.py                      # benchmarks/data/aeb/inscriptis
    python benchmarks/throughput.py --data DIR --repeat 9
    python benchmarks/throughput.py --mojibake --json     # on mojibake copies, JSON out
"""

from __future__ import annotations

import argparse
import gc
import json
import platform
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import ftfy
import ftfy.bad_codecs  # registers "sloppy-windows-1252" for --mojibake

import seedclean
from seedclean import RepairEncoding

DEFAULT_DATA = Path(__file__).resolve().parent / "data" / "aeb" / "inscriptis"
REFERENCE = "ftfy"


def load_texts(folder: Path, mojibake: bool = False) -> list[str]:
    """The ``*.txt`` files of ``folder``, in name order (as mojibake copies if asked)."""
    paths = sorted(folder.glob("*.txt"))
    if not paths:
        raise SystemExit(f"no .txt files in {folder}")
    texts = [p.read_text(encoding="utf-8") for p in paths]
    if mojibake:
        texts = [t.encode("utf-8").decode("sloppy-windows-1252") for t in texts]
    return texts


def contenders() -> dict[str, Callable[[str], object]]:
    repair = RepairEncoding()
    config = repair.ftfy_config()
    pipeline = seedclean.default_pipeline()
    return {
        REFERENCE: lambda text: ftfy.fix_text(text, config),
        "repair_encoding": repair,
        "seedclean.clean": lambda text: seedclean.clean(text, pipeline),
    }


def time_once(func: Callable[[str], object], texts: list[str]) -> float:
    gc.collect()
    start = time.perf_counter()
    for text in texts:
        func(text)
    return time.perf_counter() - start


def run(texts: list[str], repeat: int) -> dict[str, list[float]]:
    """Seconds per pass over all texts, for each contender, ``repeat`` times, interleaved."""
    funcs = contenders()
    names = list(funcs)
    for name in names:  # warm up: compile expressions, fill caches
        time_once(funcs[name], texts[:10])
    times: dict[str, list[float]] = {name: [] for name in names}
    for i in range(repeat):
        order = names[i % len(names) :] + names[: i % len(names)]
        for name in order:
            times[name].append(time_once(funcs[name], texts))
    return times


def summarise(times: dict[str, list[float]], n_bytes: int) -> dict[str, dict[str, float]]:
    reference = times[REFERENCE]
    out = {}
    for name, seconds in times.items():
        ratios = [ref / s for ref, s in zip(reference, seconds, strict=True)]
        median = statistics.median(seconds)
        out[name] = {
            "median_seconds": median,
            "mb_per_s": n_bytes / 1e6 / median,
            "speed_vs_ftfy_median": statistics.median(ratios),
            "speed_vs_ftfy_min": min(ratios),
            "speed_vs_ftfy_max": max(ratios),
        }
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--data", type=Path, default=DEFAULT_DATA, help="folder of .txt files (UTF-8)"
    )
    parser.add_argument("--repeat", type=int, default=5, help="passes over the data (5)")
    parser.add_argument(
        "--mojibake",
        action="store_true",
        help="time the texts' mojibake copies (UTF-8 read as Windows-1252) instead",
    )
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")

    texts = load_texts(args.data, args.mojibake)
    n_bytes = sum(len(t.encode("utf-8", "surrogatepass")) for t in texts)
    times = run(texts, args.repeat)
    summary = summarise(times, n_bytes)

    if args.json:
        report: dict[str, Any] = {
            "data": str(args.data),
            "mojibake": args.mojibake,
            "files": len(texts),
            "bytes": n_bytes,
            "characters": sum(map(len, texts)),
            "repeat": args.repeat,
            "python": platform.python_version(),
            "ftfy": ftfy.__version__,
            "seedclean": seedclean.__version__,
            "seconds": times,
            "results": summary,
        }
        json.dump(report, sys.stdout, indent=2)
        print()
        return 0

    kind = "mojibake copies of " if args.mojibake else ""
    print(
        f"{len(texts)} {kind}files from {args.data}, {n_bytes / 1e6:.2f} MB, "
        f"{args.repeat} interleaved repeats"
    )
    print(f"{'':18}{'median s':>10}{'MB/s':>9}{'× ftfy speed (min-max)':>28}")
    for name, row in summary.items():
        spread = f"({row['speed_vs_ftfy_min']:.2f}-{row['speed_vs_ftfy_max']:.2f})"
        print(
            f"{name:18}{row['median_seconds']:10.3f}{row['mb_per_s']:9.2f}"
            f"{row['speed_vs_ftfy_median']:>15.2f} {spread:>12}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
