#!/usr/bin/env python3
"""Measure article-body quality of seedclean and its peers on the article extraction benchmark.

For each input kind (the text inscriptis or html2text made from each page) and each system,
one body is produced per page and scored with ``benchmarks/data/score.py`` (F1, precision
and recall over 4-word shingles, averaged per page). seedclean's metadata is scored with
``benchmarks/data/score_metadata.py`` against the silver metadata.

    python benchmarks/quality.py                      # every installed system, both inputs
    python benchmarks/quality.py --systems seedclean,none --inputs inscriptis
    python benchmarks/quality.py --jobs 2 --docs docs # also write docs/quality.md and the chart

Peers (datatrove, jusText, trafilatura) and matplotlib come with the ``bench`` extra:
``pip install 'seedclean[bench]'``. A system whose package is missing is skipped.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import html
import importlib
import importlib.util
import json
import logging
import multiprocessing
import platform
import shlex
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass
from importlib import metadata as importlib_metadata
from pathlib import Path
from types import ModuleType
from typing import Any, Literal

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = HERE / "data"
INPUTS = ("inscriptis", "html2text")
HTML_INPUT = "html"  # the input name reported for systems that read the page's HTML
INSTALL_HINT = "pip install 'seedclean[bench]'"

Extractor = Callable[[str], str]
"""Turns one page (scraped text, or HTML for an HTML system) into its article body."""


# --------------------------------------------------------------------------- systems


def _identity(text: str) -> str:
    return text


def make_none() -> Extractor:
    """The scraped text as it is: the floor every cleaner should beat on precision."""
    return _identity


def make_seedclean() -> Extractor:
    import seedclean

    def run(text: str) -> str:
        return seedclean.clean(text).text

    return run


def make_c4() -> Extractor:
    """datatrove's C4 *line* rules, with every document-level rejection switched off.

    ``C4QualityFilter`` splits on ``str.splitlines`` (``split_paragraph=True``), strips each
    line and drops lines with a word over 1000 characters, without terminal punctuation (or
    ending in an ellipsis), with fewer than 3 words, mentioning "javascript" or a cookie or
    terms-of-use phrase; it removes Wikipedia-style citations from the lines it keeps and
    joins them with newlines. Its document-level rules (fewer than 5 sentences, "lorem
    ipsum", a curly bracket) would drop whole pages and are disabled, so every page yields
    a body.
    """
    # Untyped peers are imported by name so that type checking works with or without them.
    Document = importlib.import_module("datatrove.data").Document
    C4QualityFilter = importlib.import_module("datatrove.pipeline.filters").C4QualityFilter
    rules = C4QualityFilter(
        min_num_sentences=-1, filter_lorem_ipsum=False, filter_curly_bracket=False
    )

    def run(text: str) -> str:
        doc = Document(text=text, id="page")
        if rules.filter(doc) is not True:  # cannot happen with the document rules off
            return ""
        body: str = doc.text
        return body

    return run


def lines_as_html(text: str) -> str:
    """A minimal HTML page with one ``<p>`` per non-blank line of ``text``."""
    paragraphs = "".join(
        f"<p>{html.escape(line.strip(), quote=False)}</p>\n"
        for line in text.splitlines()
        if line.strip()
    )
    return f'<html><head><meta charset="utf-8"></head><body>\n{paragraphs}</body></html>'


def make_justext() -> Extractor:
    """jusText with the English stoplist, each line a paragraph; keeps non-boilerplate."""
    justext = importlib.import_module("justext")
    stoplist = justext.get_stoplist("English")

    def run(text: str) -> str:
        if not text.strip():
            return ""
        page = lines_as_html(text).encode("utf-8")
        paragraphs = justext.justext(page, stoplist, encoding="utf-8")
        return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)

    return run


def _quiet_trafilatura() -> None:
    for name in ("trafilatura", "htmldate", "courlan", "justext"):
        logging.getLogger(name).setLevel(logging.CRITICAL)


def make_trafilatura_lines() -> Extractor:
    """trafilatura (default settings) on a minimal HTML page with one ``<p>`` per line."""
    import trafilatura

    _quiet_trafilatura()

    def run(text: str) -> str:
        if not text.strip():
            return ""
        return trafilatura.extract(lines_as_html(text)) or ""

    return run


def make_trafilatura_html() -> Extractor:
    """trafilatura (default settings) on the page's real HTML: the DOM-based reference."""
    import trafilatura

    _quiet_trafilatura()

    def run(page_html: str) -> str:
        return trafilatura.extract(page_html) or ""

    return run


@dataclass(frozen=True)
class System:
    """One way of turning a page into its article body.

    ``make`` imports what the system needs and returns its :data:`Extractor`; it raises
    :class:`ImportError` when a package is missing. ``source`` says what the extractor is
    fed: the scraped text of the input kind (``"text"``) or the page's HTML (``"html"``,
    run once per run whatever the input kinds).
    """

    name: str
    make: Callable[[], Extractor]
    about: str
    source: Literal["text", "html"] = "text"
    packages: tuple[str, ...] = ()  # distributions whose versions the report names
    needs: str = ""  # the package named when the import fails


SYSTEMS: dict[str, System] = {
    s.name: s
    for s in (
        System(
            "seedclean",
            make_seedclean,
            "`seedclean.clean(text).text` with the default pipeline.",
            packages=("seedclean",),
            needs="seedclean",
        ),
        System(
            "c4",
            make_c4,
            "C4's line rules as datatrove implements them (`C4QualityFilter` with the"
            " document-level rules off): keep lines that end in terminal punctuation, have"
            " at least 3 words and mention neither JavaScript nor cookies or terms of use.",
            packages=("datatrove",),
            needs="datatrove",
        ),
        System(
            "justext",
            make_justext,
            "jusText with the English stoplist, each line fed as a `<p>` paragraph;"
            " the paragraphs it does not class as boilerplate are kept.",
            packages=("justext",),
            needs="justext",
        ),
        System(
            "trafilatura-lines",
            make_trafilatura_lines,
            "trafilatura's `extract` (default settings) on a minimal HTML page with one"
            " `<p>` per line of the text.",
            packages=("trafilatura",),
            needs="trafilatura",
        ),
        System(
            "trafilatura-html",
            make_trafilatura_html,
            "trafilatura's `extract` (default settings) on the page's real HTML: a"
            " DOM-based extractor that sees the markup the text-only systems never see,"
            " shown as a reference, not a peer.",
            source="html",
            packages=("trafilatura",),
            needs="trafilatura",
        ),
        System("none", make_none, "the scraped text as it is, unchanged: the floor."),
    )
}

_EXTRACTORS: dict[str, Extractor] = {}


def extractor(name: str) -> Extractor:
    """The extractor of system ``name``, built once per process."""
    if name not in _EXTRACTORS:
        _EXTRACTORS[name] = SYSTEMS[name].make()
    return _EXTRACTORS[name]


def _extract(job: tuple[str, str]) -> str:
    name, page = job
    return extractor(name)(page)


def _metadata_of(text: str) -> dict[str, Any]:
    import seedclean

    return {"metadata": seedclean.clean(text).metadata.to_json()}


# --------------------------------------------------------------------------- data


def load_module(path: Path) -> ModuleType:
    """Import a script by its path (the scorers live in the data folder, not a package)."""
    spec = importlib.util.spec_from_file_location(f"_bench_{path.stem}", path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot import {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@dataclass(frozen=True)
class Benchmark:
    data: Path
    truth: dict[str, dict[str, Any]]
    score: ModuleType
    score_metadata: ModuleType

    @classmethod
    def load(cls, data: Path) -> Benchmark:
        truth = json.loads((data / "aeb" / "ground-truth.json").read_text(encoding="utf-8"))
        return cls(
            data, truth, load_module(data / "score.py"), load_module(data / "score_metadata.py")
        )

    @property
    def keys(self) -> list[str]:
        return sorted(self.truth)

    def text_dir(self, kind: str) -> Path:
        return self.data / "aeb" / kind

    def pages(self, kind: str) -> list[str]:
        """Each page's input, in key order: scraped text, or HTML for ``kind == "html"``."""
        if kind == HTML_INPUT:
            folder = self.data / "aeb" / "html"
            return [
                gzip.decompress((folder / f"{key}.html.gz").read_bytes()).decode("utf-8")
                for key in self.keys
            ]
        folder = self.text_dir(kind)
        return [_read(folder / f"{key}.txt") for key in self.keys]


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8") if path.is_file() else ""


# --------------------------------------------------------------------------- running


@dataclass(frozen=True)
class Result:
    system: str
    input: str
    f1: float
    precision: float
    recall: float
    pages: int
    empty: int  # pages with an empty body
    seconds: float


def run_pages(name: str, pages: Sequence[str], jobs: int) -> tuple[list[str], float]:
    """Bodies of ``pages`` by system ``name`` and the wall-clock seconds they took."""
    extractor(name)  # import before the clock starts; forked workers inherit it
    start = time.perf_counter()
    if jobs <= 1:
        bodies = [extractor(name)(page) for page in pages]
    else:
        with ProcessPoolExecutor(jobs, mp_context=_mp_context()) as pool:
            bodies = list(pool.map(_extract, [(name, p) for p in pages], chunksize=4))
    return bodies, time.perf_counter() - start


def _mp_context() -> multiprocessing.context.BaseContext:
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else None)


def page_counts(bench: Benchmark, bodies: Sequence[str]) -> list[tuple[float, float, float]]:
    return [
        bench.score.page_counts(bench.truth[key].get("articleBody", ""), body)
        for key, body in zip(bench.keys, bodies, strict=True)
    ]


def score_bodies(
    bench: Benchmark, name: str, kind: str, bodies: Sequence[str], seconds: float
) -> tuple[Result, list[tuple[float, float, float]]]:
    counts = page_counts(bench, bodies)
    totals = bench.score.aggregate(counts)
    empty = sum(not body.strip() for body in bodies)
    result = Result(
        name,
        kind,
        totals["f1"],
        totals["precision"],
        totals["recall"],
        len(counts),
        empty,
        seconds,
    )
    return result, counts


def write_bodies(
    out_dir: Path, name: str, kind: str, keys: Iterable[str], bodies: Iterable[str]
) -> Path:
    folder = out_dir / name / kind
    folder.mkdir(parents=True, exist_ok=True)
    for key, body in zip(keys, bodies, strict=True):
        (folder / f"{key}.txt").write_text(body, encoding="utf-8")
    return folder


def page_f1(score: ModuleType, counts: tuple[float, float, float]) -> float:
    p, r = score.precision(*counts), score.recall(*counts)
    return 2 * p * r / (p + r) if p + r else 0.0


def worst_pages(
    bench: Benchmark, counts: Sequence[tuple[float, float, float]], n: int
) -> list[dict[str, Any]]:
    rows = [
        {
            "key": key,
            "f1": page_f1(bench.score, c),
            "precision": bench.score.precision(*c),
            "recall": bench.score.recall(*c),
            "url": bench.truth[key].get("url", ""),
        }
        for key, c in zip(bench.keys, counts, strict=True)
    ]
    return sorted(rows, key=lambda row: (row["f1"], row["key"]))[:n]


def score_seedclean_metadata(
    bench: Benchmark, jobs: int, out_dir: Path | None
) -> dict[str, dict[str, float]]:
    """Metadata of seedclean on the inscriptis text, scored against the silver metadata."""
    texts = bench.pages("inscriptis")
    if jobs <= 1:
        sidecars = [_metadata_of(t) for t in texts]
    else:
        with ProcessPoolExecutor(jobs, mp_context=_mp_context()) as pool:
            sidecars = list(pool.map(_metadata_of, texts, chunksize=4))
    silver = json.loads((bench.data / "aeb" / "metadata-silver.json").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory(prefix="seedclean-meta-") as tmp:
        folder = out_dir / "seedclean" / "inscriptis" if out_dir else Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        for key, sidecar in zip(bench.keys, sidecars, strict=True):
            (folder / f"{key}.json").write_text(json.dumps(sidecar), encoding="utf-8")
        result: dict[str, dict[str, float]] = bench.score_metadata.score(
            folder, bench.text_dir("inscriptis"), silver
        )
    return result


# --------------------------------------------------------------------------- reporting


def version_of(dist: str) -> str:
    try:
        return importlib_metadata.version(dist)
    except importlib_metadata.PackageNotFoundError:
        return "not installed"


def versions(names: Iterable[str], extra: Iterable[str] = ()) -> dict[str, str]:
    dists = ["seedclean", *(d for n in names for d in SYSTEMS[n].packages), *extra]
    out = {"python": platform.python_version()}
    out.update({d: version_of(d) for d in dict.fromkeys(dists)})
    return out


ROW = "{:<18} {:<11} {:>6} {:>9} {:>7} {:>6} {:>8}"


def table_header() -> str:
    head = ROW.format("system", "input", "F1", "precision", "recall", "pages", "seconds")
    return f"{head}\n{'-' * len(head)}"


def table_row(r: Result) -> str:
    return ROW.format(
        r.system,
        r.input,
        f"{r.f1:.3f}",
        f"{r.precision:.3f}",
        f"{r.recall:.3f}",
        r.pages,
        f"{r.seconds:.1f}",
    )


def metadata_lines(meta: dict[str, dict[str, float]]) -> list[str]:
    return [
        f"{field:8s} agree={r['agree']:.3f} (of {r['findable']} findable)  "
        f"wrong={r['wrong']:.3f} (of {r['emitted']} emitted)"
        for field, r in meta.items()
    ]


def markdown_table(results: Sequence[Result]) -> list[str]:
    lines = [
        "| system | input | F1 | precision | recall | pages | empty | seconds |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    lines += [
        f"| {r.system} | {r.input} | {r.f1:.3f} | {r.precision:.3f} | {r.recall:.3f} "
        f"| {r.pages} | {r.empty} | {r.seconds:.1f} |"
        for r in results
    ]
    return lines


METRIC_TEXT = """\
Each page's predicted body and its hand-checked body are split into word tokens (`\\w+`)
and turned into overlapping 4-token shingles, counted as multisets. True positives are
the shingles both share, false positives the extra predicted ones, false negatives the
missed true ones; per page the three are normalised to sum to 1, so long pages weigh no
more than short ones. Precision is averaged over the pages that predicted something,
recall over the pages with a non-empty truth, and F1 is the harmonic mean of the two
averages. *empty* counts the pages whose body came out empty. The metric is the one of
[`benchmarks/data/score.py`](../benchmarks/data/score.py), which the script imports."""

READING_TEXT = """\
`none` is the floor: it keeps everything, so its recall is near 1 and its precision is the
share of the scraped text that is article. A cleaner that removes boilerplate should raise
precision while keeping recall; `trafilatura-html`, which reads the page's markup, shows
what a DOM-based extractor reaches, an upper mark for cleaners that only see text.

seedclean's locator decides with a learned line scorer that was trained on these pages
(with the 1,553 pages of the development benchmark's `web` set): its rows here are
in-sample. The cross-validated figures, each page scored by a model that never saw it,
are in [the learned scorer's page](learned-scorer.md)."""

INPUT_TEXT = """\
- *inscriptis*: the text inscriptis 2.7.6 makes of each page (layout-keeping);
- *html2text*: the text html2text 2025.4.15 makes of it (Markdown-ish, links inline);
- *html*: the page's HTML itself, read only by `trafilatura-html`."""


def markdown_report(
    results: Sequence[Result],
    meta: dict[str, dict[str, float]] | None,
    skipped: Sequence[str],
    names: Sequence[str],
    command: str,
    image: str | None,
) -> str:
    today = dt.datetime.now(dt.UTC).date().isoformat()
    pages = max((r.pages for r in results), default=0)
    lines = [
        "# Article-body quality",
        "",
        "<!-- Generated by benchmarks/quality.py; edit the script, not this file. -->",
        "",
        f"How much of each page's article body seedclean and its peers keep, on the {pages} news"
        f" and blog pages of the article extraction benchmark"
        f" ([data](../benchmarks/data/README.md)). Measured on {today} with:",
        "",
        "```sh",
        command,
        "```",
        "",
        *markdown_table(results),
        "",
        READING_TEXT,
        "",
    ]
    if image:
        lines += [f"![F1, precision and recall per system and input]({image})", ""]
    if skipped:
        lines += ["Not measured: " + "; ".join(skipped) + ".", ""]
    if meta is not None:
        lines += [
            "## Metadata",
            "",
            "seedclean's title, authors and date on the inscriptis text, against the silver"
            " metadata trafilatura reads from the HTML"
            " ([`score_metadata.py`](../benchmarks/data/score_metadata.py)): *agree* is over"
            " the pages whose silver value is printed in the text, *wrong* over the pages"
            " where both have a value.",
            "",
            "| field | agree | findable | wrong | emitted |",
            "| --- | ---: | ---: | ---: | ---: |",
            *[
                f"| {field} | {r['agree']:.3f} | {r['findable']} | {r['wrong']:.3f} "
                f"| {r['emitted']} |"
                for field, r in meta.items()
            ],
            "",
        ]
    lines += [
        "## What is measured",
        "",
        METRIC_TEXT,
        "",
        "Inputs:",
        "",
        INPUT_TEXT,
        "",
        "Systems:",
        "",
        *[f"- `{n}`: {SYSTEMS[n].about}" for n in names],
        "",
        f"*seconds* is the wall-clock time to produce the {pages} bodies, imports excluded;"
        " it varies from run to run and with `--jobs`.",
        "",
        "## Versions",
        "",
        *[
            f"- {dist} {ver}"
            for dist, ver in versions(names, ("matplotlib",) if image else ()).items()
        ],
        "",
    ]
    return "\n".join(lines)


METRICS = (("f1", "F1"), ("precision", "precision"), ("recall", "recall"))


def plot(results: Sequence[Result], path: Path) -> bool:
    """A grouped bar chart: one panel per text input, one group of F1/P/R bars per system.

    The HTML-based reference is drawn, hatched, in every panel. Returns False when
    matplotlib is missing.
    """
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return False

    kinds = list(dict.fromkeys(r.input for r in results if r.input != HTML_INPUT))
    reference = [r for r in results if r.input == HTML_INPUT]
    if not kinds:  # only the HTML reference was run
        kinds, reference = [HTML_INPUT], []
    colours = ("#1f4e79", "#5b9bd5", "#a9cce3")
    width = 0.26
    fig, axes = plt.subplots(
        len(kinds), 1, figsize=(10, 3.4 * len(kinds) + 0.9), squeeze=False, sharey=True
    )
    for ax, kind in zip(axes[:, 0], kinds, strict=True):
        peers = [r for r in results if r.input == kind]
        rows = peers + reference
        # The reference stands apart, after a gap and a dashed rule, hatched.
        xs = [float(i) for i in range(len(peers))] + [
            len(peers) + 0.4 + i for i in range(len(reference))
        ]
        if reference and peers:
            ax.axvline(len(peers) - 0.3, color="#888888", linestyle="--", linewidth=0.8)
        for x0, r in zip(xs, rows, strict=True):
            ref = r.input == HTML_INPUT and kind != HTML_INPUT
            for j, (attr, label) in enumerate(METRICS):
                value = getattr(r, attr)
                x = x0 + (j - 1) * width
                ax.bar(
                    x,
                    value,
                    width,
                    color=colours[j],
                    edgecolor="white",
                    hatch="//" if ref else None,
                    label=label if ax is axes[0, 0] and x0 == xs[0] else None,
                )
                ax.text(x, value + 0.01, f"{value:.2f}", ha="center", va="bottom", fontsize=7)
        ax.set_xticks(
            xs,
            [
                f"{r.system}\n(page HTML, reference)" if r.input == HTML_INPUT else r.system
                for r in rows
            ],
        )
        ax.set_xlim(xs[0] - 0.6, xs[-1] + 0.6)
        ax.set_ylim(0, 1.1)
        ax.set_yticks([0, 0.2, 0.4, 0.6, 0.8, 1.0])
        ax.set_ylabel("score")
        ax.grid(axis="y", color="#dddddd", linewidth=0.6)
        ax.set_axisbelow(True)
        ax.spines[["top", "right"]].set_visible(False)
        title = "page HTML" if kind == HTML_INPUT else f"{kind} text"
        ax.set_title(f"Input: {title}", loc="left", fontsize=11)
    pages = max(r.pages for r in results)
    fig.suptitle(
        f"Article-body quality on the article extraction benchmark ({pages} pages)", fontsize=12
    )
    fig.legend(ncols=3, loc="upper center", bbox_to_anchor=(0.5, 0.955), frameon=False)
    fig.tight_layout(rect=(0, 0, 1, 0.93))
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110, metadata={"Software": None})
    plt.close(fig)
    return True


# --------------------------------------------------------------------------- main


def parse_list(value: str, allowed: Sequence[str], what: str) -> list[str]:
    items = [v.strip() for v in value.split(",") if v.strip()]
    unknown = [v for v in items if v not in allowed]
    if unknown:
        raise argparse.ArgumentTypeError(
            f"unknown {what}: {', '.join(unknown)} (choose from {', '.join(allowed)})"
        )
    return items


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the benchmark data folder")
    ap.add_argument(
        "--systems",
        type=lambda v: parse_list(v, list(SYSTEMS), "system"),
        default=list(SYSTEMS),
        help=f"comma-separated, from {','.join(SYSTEMS)} (default: all)",
    )
    ap.add_argument(
        "--inputs",
        type=lambda v: parse_list(v, INPUTS, "input"),
        default=list(INPUTS),
        help=f"comma-separated, from {','.join(INPUTS)} (default: both)",
    )
    ap.add_argument(
        "--out-dir", type=Path, help="also write the bodies to DIR/<system>/<input>/<key>.txt"
    )
    ap.add_argument("--docs", type=Path, help="write DIR/quality.md and DIR/img/quality.png")
    ap.add_argument("--json", action="store_true", help="print the results as one JSON object")
    ap.add_argument("--worst", type=int, default=0, help="list each run's N lowest-F1 pages")
    ap.add_argument("--jobs", type=int, default=1, help="worker processes per system")
    return ap


def available(names: Sequence[str]) -> tuple[list[str], list[str]]:
    """The systems whose packages import, and one line per skipped system."""
    ok, skipped = [], []
    for name in names:
        try:
            extractor(name)
        except ImportError:
            skipped.append(f"{name}: {SYSTEMS[name].needs or name} not installed ({INSTALL_HINT})")
        else:
            ok.append(name)
    return ok, skipped


def runs(names: Sequence[str], inputs: Sequence[str]) -> list[tuple[str, str]]:
    """(system, input) pairs to run; an HTML system runs once whatever the inputs."""
    pairs: list[tuple[str, str]] = []
    for kind in inputs:
        pairs += [(n, kind) for n in names if SYSTEMS[n].source == "text"]
    pairs += [(n, HTML_INPUT) for n in names if SYSTEMS[n].source == "html"]
    return pairs


def command_line(argv: Sequence[str]) -> str:
    return shlex.join(["python", "benchmarks/quality.py", *argv])


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = build_parser().parse_args(argv)
    say: Callable[[str], None] = (
        (lambda s: print(s, file=sys.stderr)) if args.json else (lambda s: print(s, flush=True))
    )
    started = time.perf_counter()
    bench = Benchmark.load(args.data)
    names, skipped = available(args.systems)
    for line in skipped:
        say(f"skipped {line}")

    results: list[Result] = []
    worst: dict[str, list[dict[str, Any]]] = {}
    inputs_cache: dict[str, list[str]] = {}
    if not args.json:
        print(table_header())
    for name, kind in runs(names, args.inputs):
        pages = inputs_cache.setdefault(kind, bench.pages(kind))
        bodies, seconds = run_pages(name, pages, args.jobs)
        result, counts = score_bodies(bench, name, kind, bodies, seconds)
        results.append(result)
        if args.out_dir:
            write_bodies(args.out_dir, name, kind, bench.keys, bodies)
        if args.worst:
            worst[f"{name}/{kind}"] = worst_pages(bench, counts, args.worst)
        if not args.json:
            print(table_row(result), flush=True)

    meta = None
    if "seedclean" in names and "inscriptis" in args.inputs:
        meta = score_seedclean_metadata(bench, args.jobs, args.out_dir)
        if not args.json:
            print("\nseedclean metadata (inscriptis input):")
            for line in metadata_lines(meta):
                print(f"  {line}")

    if args.worst and not args.json:
        for run, rows in worst.items():
            print(f"\nworst {args.worst} pages of {run} (key, F1, precision, recall, url):")
            for row in rows:
                print(
                    f"  {row['key'][:16]}  {row['f1']:.3f}  {row['precision']:.3f}  "
                    f"{row['recall']:.3f}  {row['url']}"
                )

    if args.docs:
        write_docs(args.docs, results, meta, skipped, names, command_line(argv), say)

    total = time.perf_counter() - started
    if args.json:
        print(
            json.dumps(
                {
                    "results": [asdict(r) for r in results],
                    "metadata": meta,
                    "skipped": skipped,
                    "worst": worst,
                    "versions": versions(names),
                    "seconds": total,
                },
                indent=1,
            )
        )
    else:
        print(f"\ntotal {total:.1f} s")
    return 0


def write_docs(
    docs: Path,
    results: Sequence[Result],
    meta: dict[str, dict[str, float]] | None,
    skipped: Sequence[str],
    names: Sequence[str],
    command: str,
    say: Callable[[str], None],
) -> None:
    image = docs / "img" / "quality.png"
    drawn = plot(results, image)
    if drawn:
        say(f"wrote {image}")
    else:
        say(f"matplotlib not installed ({INSTALL_HINT}): no chart drawn")
    report = markdown_report(
        results, meta, skipped, names, command, "img/quality.png" if drawn else None
    )
    docs.mkdir(parents=True, exist_ok=True)
    (docs / "quality.md").write_text(report, encoding="utf-8")
    say(f"wrote {docs / 'quality.md'}")


if __name__ == "__main__":
    sys.exit(main())
