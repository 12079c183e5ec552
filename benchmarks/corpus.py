"""Corpus runs of the command: ``--jobs 2`` against ``--jobs 1``, and streaming memory.

The input is JSON Lines made of the benchmark's 181 aeb pages (inscriptis text), each
repeated ``--copies`` times under its own id. Two figures:

- **jobs**: wall-clock time of ``seedclean IN.jsonl -o OUT.jsonl -j 1`` against ``-j 2``,
  each in a fresh process, interleaved, ``--repeat`` times; the ratio of the medians
  (how much faster two jobs are), and a check that both outputs are byte-identical.
- **memory**: peak resident memory of ``-j 1`` on the 1x file against a file ten times
  larger (same pages, more copies); streaming keeps the ratio near 1.

Usage::

    python benchmarks/corpus.py                   # both figures
    python benchmarks/corpus.py --copies 4 --repeat 3 --json
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DEFAULT_DATA = Path(__file__).resolve().parent / "data" / "aeb" / "inscriptis"

# Runs the command in this process and prints its peak resident memory (KiB) last.
_CHILD = """
import resource, sys
from seedclean.cli import main
code = main(sys.argv[1:])
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)
sys.exit(code)
"""


def build(folder: Path, path: Path, copies: int) -> int:
    """Write the pages ``copies`` times as JSON Lines; return the number of records."""
    pages = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.txt"))]
    with path.open("w", encoding="utf-8") as f:
        for k in range(copies):
            for stem, text in pages:
                f.write(json.dumps({"id": f"{stem}-{k}", "text": text}, ensure_ascii=False))
                f.write("\n")
    return copies * len(pages)


def run(src: Path, out: Path, jobs: int) -> tuple[float, int]:
    """Seconds and peak KiB of one run of the command, in a fresh process."""
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(src), "-o", str(out), "-j", str(jobs), "-q"],
        capture_output=True,
        text=True,
        check=False,
    )
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"seedclean failed ({done.returncode}): {done.stderr}")
    return seconds, int(done.stderr.strip().splitlines()[-1])


def jobs_ratio(folder: Path, work: Path, copies: int, repeat: int) -> dict[str, object]:
    src = work / "jobs.jsonl"
    records = build(folder, src, copies)
    times: dict[int, list[float]] = {1: [], 2: []}
    for _ in range(repeat):
        for jobs in (1, 2):
            times[jobs].append(run(src, work / f"out{jobs}.jsonl", jobs)[0])
    same = (work / "out1.jsonl").read_bytes() == (work / "out2.jsonl").read_bytes()
    one, two = statistics.median(times[1]), statistics.median(times[2])
    return {
        "records": records,
        "megabytes": round(src.stat().st_size / 1e6, 2),
        "seconds_jobs_1": round(one, 2),
        "seconds_jobs_2": round(two, 2),
        "speedup": round(one / two, 2),
        "identical": same,
    }


def memory_ratio(folder: Path, work: Path) -> dict[str, object]:
    small, large = work / "x1.jsonl", work / "x10.jsonl"
    build(folder, small, 1)
    build(folder, large, 10)
    kib_small = run(small, work / "m1.jsonl", 1)[1]
    kib_large = run(large, work / "m10.jsonl", 1)[1]
    return {
        "megabytes_1x": round(small.stat().st_size / 1e6, 2),
        "megabytes_10x": round(large.stat().st_size / 1e6, 2),
        "peak_mb_1x": round(kib_small / 1024, 1),
        "peak_mb_10x": round(kib_large / 1024, 1),
        "ratio": round(kib_large / kib_small, 2),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder of .txt pages")
    parser.add_argument("--copies", type=int, default=4, help="copies of the pages (jobs)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each (jobs)")
    parser.add_argument("--only", choices=["jobs", "memory"], help="measure one figure")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    results: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        if args.only in (None, "jobs"):
            results["jobs"] = jobs_ratio(args.data, work, args.copies, args.repeat)
        if args.only in (None, "memory"):
            results["memory"] = memory_ratio(args.data, work)
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    for name, figures in results.items():
        print(f"{name}: " + ", ".join(f"{k} {v}" for k, v in figures.items()))  # type: ignore[attr-defined]
    return 0


if __name__ == "__main__":
    sys.exit(main())
