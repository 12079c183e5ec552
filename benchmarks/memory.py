"""Memory and growth of the default pipeline on one large document.

A document of distinct pages (the benchmark's scraped pages, one after another, each
page's lines tagged with its number so no two pages are alike) is cleaned in a fresh
process per size; the figure is the peak resident memory above what the process held
before cleaning (Python, seedclean and the text already loaded), as a multiple of the
document's size in bytes, and the time per MB.

Usage::

    python benchmarks/memory.py                 # 8 MB
    python benchmarks/memory.py --sizes 0.5,2,8 # growth: 1x, 4x, 16x
    python benchmarks/memory.py --json
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

DEFAULT_DATA = Path(__file__).resolve().parent / "data" / "aeb" / "inscriptis"


def build(folder: Path, megabytes: float) -> str:
    """Distinct pages, one after another, up to ``megabytes`` MB of UTF-8."""
    pages = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    target = int(megabytes * 1_000_000)
    parts: list[str] = []
    size = n = 0
    while size < target:
        page = pages[n % len(pages)]
        if n >= len(pages):  # a repeat: make its lines its own
            page = "\n".join(f"{line} ({n})" if line.strip() else line for line in page.split("\n"))
        parts.append(page)
        size += len(page.encode("utf-8")) + 2
        n += 1
    return "\n\n".join(parts)


def _peak_kib() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux


def measure(folder: Path, megabytes: float) -> dict[str, float]:
    """Clean one document of ``megabytes`` MB in this process; what it cost."""
    import seedclean

    text = build(folder, megabytes)
    nbytes = len(text.encode("utf-8"))
    pipeline = seedclean.default_pipeline()
    pipeline("warm up: compile every expression once.\n\nA second line.")
    before = _peak_kib()
    start = time.perf_counter()
    doc = pipeline(text)
    seconds = time.perf_counter() - start
    above = max(0, _peak_kib() - before) * 1024
    assert doc.text is not None
    return {
        "megabytes": nbytes / 1e6,
        "peak_above_start_mb": above / 1e6,
        "memory_x_size": above / nbytes,
        "seconds": seconds,
        "seconds_per_mb": seconds / (nbytes / 1e6),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder of .txt pages")
    ap.add_argument("--sizes", default="8", help="document sizes in MB, comma-separated")
    ap.add_argument("--json", action="store_true", help="print JSON instead of a table")
    ap.add_argument("--one", type=float, help=argparse.SUPPRESS)  # internal: one size, here
    args = ap.parse_args(argv)
    if args.one is not None:
        print(json.dumps(measure(args.data, args.one)))
        return 0
    rows = []
    for size in (float(s) for s in args.sizes.split(",")):
        out = subprocess.run(
            [sys.executable, __file__, "--data", str(args.data), "--one", str(size)],
            check=True, capture_output=True, text=True,
        )  # fmt: skip
        rows.append(json.loads(out.stdout))
    if args.json:
        print(json.dumps(rows, indent=2))
        return 0
    print("| document | peak memory above start | × its size | time | s per MB |")
    print("|---|---|---|---|---|")
    for r in rows:
        print(
            f"| {r['megabytes']:.1f} MB | {r['peak_above_start_mb']:.0f} MB | "
            f"{r['memory_x_size']:.1f}× | {r['seconds']:.1f} s | {r['seconds_per_mb']:.2f} |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
