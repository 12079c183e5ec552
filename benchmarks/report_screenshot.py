"""Take the screenshot of the seeds' report shown in the README (docs/img/report.png).

Cleans seeds/ with ``--report`` into a temporary folder and photographs the page of one
seed in headless Chromium (Debian's ``chromium``, driven by Playwright), 1280 px wide:

    python benchmarks/report_screenshot.py [--seed 000] [--out docs/img/report.png]

Needs the ``playwright`` package (in the ``test`` extra) and ``/usr/bin/chromium`` (or
``--chromium PATH``); it never downloads a browser.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from seedclean.cli import main as seedclean

ROOT = Path(__file__).resolve().parents[1]


def screenshot(seed: str, out: Path, chromium: str, width: int = 1280, height: int = 860) -> None:
    """Write a PNG of the report page of the seed whose name starts with ``seed``."""
    with tempfile.TemporaryDirectory() as tmp:
        if seedclean([str(ROOT / "seeds"), "-o", tmp, "--report", "--quiet", "-j", "1"]):
            raise SystemExit("seedclean failed")
        page_path = next((Path(tmp) / "report").glob(f"{seed}*.html"))
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
            page = browser.new_page(viewport={"width": width, "height": height})
            page.goto(page_path.as_uri())
            out.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(out))
            browser.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", default="000", help="start of the seed's file name")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "img" / "report.png")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args()
    screenshot(args.seed, args.out, args.chromium)
    print(f"wrote {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}")


if __name__ == "__main__":
    main()
