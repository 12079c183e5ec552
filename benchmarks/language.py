#!/usr/bin/env python3
"""Compare language detectors on seedclean's clean bodies of the benchmark's pages.

The labels are *silver*: the primary subtag of the page's own ``<html lang="..">`` (or
``xml:lang``, else a ``<meta>`` content-language, language, DC.language or og:locale), on
the pages that declare one. A page template can declare the wrong language (an English
template around a German article, lorem ipsum in an "en" page), so a detector's "wrong"
count is an upper bound on its errors; a second table leaves out the *disputed* pages, on
which at least three of the libraries agree with each other on another language than the
label (counted only when at least three libraries are installed).

For each page the default pipeline cleans the inscriptis text; then seedclean's
``metadata.language`` and each installed detector (on the same first ``--chars``
characters of the clean body) are compared with the label: agree, wrong (a different
language) or none (no answer). Times are milliseconds per page for the detector call alone.

    python benchmarks/language.py                  # the pages of benchmarks/data/aeb
    python benchmarks/language.py BENCH_DIR        # BENCH_DIR holds aeb/ and web/
    python benchmarks/language.py BENCH_DIR --sets aeb --json out.json
    python benchmarks/language.py BENCH_DIR --cleaned SNAP  # bodies already cleaned

``--cleaned SNAP`` reads ``SNAP/<set>_inscriptis/<key>.txt`` (the clean body) and
``<key>.json`` (``{"metadata": ...}``) instead of running the pipeline. Detectors that are
not installed are skipped: ``pycld2``, ``gcld3`` (the ``cld3-py`` package), ``langdetect``
and ``lingua`` (``lingua-language-detector``).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import regex

_HTML_TAG = re.compile(r"<html\b[^>]*>", re.I | re.S)
_LANG_ATTR = re.compile(r"""\b(?:xml:)?lang\s*=\s*["']?\s*([A-Za-z]{2,3})\b""", re.I)
_META_LANG = re.compile(
    r"""<meta\b[^>]*(?:http-equiv|name|property)\s*=\s*["']?"""
    r"""(?:content-language|language|dc\.language|og:locale)["']?[^>]*>""",
    re.I | re.S,
)
_CONTENT = re.compile(r"""\bcontent\s*=\s*["']?\s*([A-Za-z]{2,3})\b""", re.I)
_UNSAFE = regex.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\p{Cs}\p{NChar}]")
# Old codes some pages and detectors still use, as ISO 639-1.
_OLD = {"iw": "he", "in": "id", "ji": "yi", "jw": "jv", "mo": "ro"}

DATA = Path(__file__).resolve().parent / "data"
Detect = Callable[[str], str | None]


def silver_label(html: str) -> str | None:
    """The primary language subtag the page declares, lower case, or None."""
    head = html[:200_000]
    tag = _HTML_TAG.search(head)
    if tag:
        m = _LANG_ATTR.search(tag.group(0))
        if m:
            return norm(m.group(1))
    meta = _META_LANG.search(head)
    if meta:
        m = _CONTENT.search(meta.group(0))
        if m:
            return norm(m.group(1))
    return None


def norm(code: str | None) -> str | None:
    """A detector's code as a two-letter ISO 639-1 code (None for anything else)."""
    if not code:
        return None
    primary = code.split("-")[0].split("_")[0].lower()
    primary = _OLD.get(primary, primary)
    return primary if len(primary) == 2 and primary not in ("un", "xx") else None


def detectors() -> dict[str, Detect]:
    """The installed detectors, by name."""
    found: dict[str, Detect] = {}
    from seedclean.stopwords import detect_language

    found["stopwords"] = detect_language
    try:
        import pycld2

        def cld2(text: str) -> str | None:
            try:  # without the characters CLD2 refuses as invalid UTF-8
                reliable, _, details = pycld2.detect(_UNSAFE.sub(" ", text), isPlainText=True)
            except pycld2.error:
                return None
            return norm(details[0][1]) if reliable else None

        found["pycld2"] = cld2
    except ImportError:
        pass
    try:
        import gcld3

        ident = gcld3.NNetLanguageIdentifier(min_num_bytes=0, max_num_bytes=100_000)

        def cld3(text: str) -> str | None:
            r = ident.FindLanguage(text)
            return norm(r.language) if r.is_reliable else None

        found["cld3"] = cld3
    except ImportError:
        pass
    try:
        import langdetect

        langdetect.DetectorFactory.seed = 0

        def ld(text: str) -> str | None:
            try:
                best = langdetect.detect_langs(text)[0]
            except langdetect.LangDetectException:
                return None
            return norm(best.lang) if best.prob >= 0.9 else None

        found["langdetect"] = ld
    except ImportError:
        pass
    try:
        from lingua import LanguageDetectorBuilder

        lingua_det = LanguageDetectorBuilder.from_all_languages().build()

        def lingua(text: str) -> str | None:
            lang = lingua_det.detect_language_of(text)
            return None if lang is None else lang.iso_code_639_1.name.lower()

        found["lingua"] = lingua
    except ImportError:
        pass
    return found


def pages(
    bench: Path, sets: list[str], cleaned: Path | None, detector: str | None
) -> Iterator[dict[str, Any]]:
    """For each labelled page: key, label, clean body and seedclean's language."""
    pipe = None
    for name in sets:
        for html_path in sorted((bench / name / "html").glob("*.html.gz")):
            key = html_path.name.removesuffix(".html.gz")
            with gzip.open(html_path, "rt", encoding="utf-8", errors="replace") as f:
                label = silver_label(f.read())
            if label is None:
                continue
            if cleaned is not None:
                folder = cleaned / f"{name}_inscriptis"
                body = (folder / f"{key}.txt").read_text(encoding="utf-8")
                meta = json.loads((folder / f"{key}.json").read_text(encoding="utf-8"))
                today = meta["metadata"].get("language")
            else:
                import seedclean

                if pipe is None:
                    pipe = seedclean.default_pipeline()
                    if detector:
                        pipe = pipe.configure("extract_metadata", language_detector=detector)
                text = (bench / name / "inscriptis" / f"{key}.txt").read_text(encoding="utf-8")
                doc = pipe(text)
                body, today = doc.text, doc.metadata.language
            yield {"set": name, "key": key, "label": label, "body": body, "today": today}


def outcome(label: str, got: str | None) -> str:
    """"agree", "wrong" or "none"."""
    return "none" if got is None else "agree" if got == label else "wrong"


def _consensus(row: dict[str, Any], libraries: list[str]) -> str | None:
    """The language at least three of ``libraries`` answer for the page, if any."""
    votes = Counter(row["answers"][x] for x in libraries if row["answers"][x] is not None)
    best = votes.most_common(1)
    return best[0][0] if best and best[0][1] >= 3 else None


def _disputed(row: dict[str, Any], libraries: list[str]) -> bool:
    """Whether the libraries agree on another language than the page's label."""
    consensus = _consensus(row, libraries)
    return consensus is not None and consensus != row["label"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument(
        "bench", type=Path, nargs="?", default=DATA,
        help="the folder that holds aeb/ (and web/, if there); default benchmarks/data",
    )
    ap.add_argument("--sets", nargs="+", help="default: aeb and web, those there")
    ap.add_argument("--cleaned", type=Path, help="bodies already cleaned (see above)")
    ap.add_argument("--chars", type=int, default=20_000, help="body characters each reads")
    ap.add_argument("--language-detector", help="seedclean's (default: its default)")
    ap.add_argument("--only", nargs="+", help="detectors to run (default: all installed)")
    ap.add_argument("--json", type=Path, help="write each page's answers here")
    ap.add_argument("--show", help="list the pages a detector gets wrong")
    args = ap.parse_args(argv)
    args.sets = args.sets or [x for x in ("aeb", "web") if (args.bench / x / "html").is_dir()]
    dets = detectors()
    if args.only:
        dets = {k: v for k, v in dets.items() if k in args.only}
    names = ["seedclean", *dets]
    tally: dict[str, Counter[str]] = defaultdict(Counter)
    by_lang: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    seconds: Counter[str] = Counter()
    rows = []
    if args.cleaned is None:
        from seedclean.language import default_detector

        print(f"seedclean's language detector: {args.language_detector or default_detector()}")
    for page in pages(args.bench, args.sets, args.cleaned, args.language_detector):
        body = page["body"][: args.chars]
        answers = {"seedclean": page["today"]}
        for name, detect in dets.items():
            t0 = time.perf_counter()
            answers[name] = detect(body) if body.strip() else None
            seconds[name] += time.perf_counter() - t0
        for name in names:
            o = outcome(page["label"], answers[name])
            tally[name][o] += 1
            by_lang[page["label"]][name][o] += 1
        rows.append({k: page[k] for k in ("set", "key", "label")} | {"answers": answers})
    n = len(rows)
    print(f"{n} labelled pages ({', '.join(args.sets)}), first {args.chars} body characters")
    libraries = [x for x in dets if x != "stopwords"]
    disputed = [row for row in rows if _disputed(row, libraries)]
    undisputed: dict[str, Counter[str]] = defaultdict(Counter)
    for row in rows:
        if row not in disputed:
            for name in names:
                undisputed[name][outcome(row["label"], row["answers"][name])] += 1
    print("| detector | agree | wrong | none | ms/page | undisputed: agree | wrong | none |")
    print("|---|---|---|---|---|---|---|---|")
    for name in names:
        t, u = tally[name], undisputed[name]
        ms = f"{1000 * seconds[name] / max(1, n):.2f}" if name in seconds else "-"
        print(
            f"| {name} | {t['agree']} | {t['wrong']} | {t['none']} | {ms} "
            f"| {u['agree']} | {u['wrong']} | {u['none']} |"
        )
    print(f"\n{len(disputed)} disputed pages (label, then the libraries' consensus):")
    for row in disputed:
        print(f"  {row['set']} {row['key'][:24]} {row['label']} -> {_consensus(row, libraries)}")
    print("\nper label (agree/wrong/none):")
    print("| label | pages | " + " | ".join(names) + " |")
    print("|---|---|" + "---|" * len(names))
    for lang, per in sorted(by_lang.items(), key=lambda kv: -sum(kv[1]["seedclean"].values())):
        cells = [f"{c['agree']}/{c['wrong']}/{c['none']}" for c in (per[x] for x in names)]
        print(f"| {lang} | {sum(per['seedclean'].values())} | " + " | ".join(cells) + " |")
    if args.show:
        for row in rows:
            got = row["answers"].get(args.show)
            if got != row["label"]:
                print(row["set"], row["key"], row["label"], row["answers"])
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
