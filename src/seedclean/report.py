"""HTML reports of what was removed and why: one page per document, and a run's index.

:func:`file_report` lays the audit over the original text (see
:func:`seedclean.explain.attribute`): every removed or replaced span is an element with
``data-cleaner`` and ``data-reason``, coloured, underlined in its cleaner's style and
labelled with its reason, the score, threshold and weightiest features in its
``title``; a legend counts each cleaner's edits and toggles its marks; the metadata
record says which line each field came from; the clean body sits beside the original,
scroll-linked. The page is one file: inline CSS and JS, no request to anything else.

>>> import seedclean
>>> from seedclean.explain import attribute
>>> doc = seedclean.clean("Caf\\u00e9\\u00a0au lait is served  \\nall day long, every day.")
>>> page = file_report(attribute(doc.original, doc.audit), name="menu.txt")
>>> page.startswith("<!DOCTYPE html>"), page.count('<span class="mark"')
(True, 2)

:class:`RunReport` writes, for ``seedclean SRC -o OUT --report``, each file's page as
``OUT/report/<rel>.html`` and the index ``OUT/report.html``. See ``docs/explain.md``.
"""

from __future__ import annotations

import enum
import functools
import html
import os
import posixpath
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, cast
from urllib.parse import quote

import attrs

from .batch import Result, Stats, TreeWriter, WorkItem
from .document import Edit, FieldSource
from .explain import Attribution, CleanerCount, Segment, attribute, cleaner_style, visible
from .io import atomic_write_text, decode_as, printable
from .sidecar import edits_from_sidecar

__all__ = [
    "INDEX_NAME",
    "REPORT_FOLDER",
    "RunReport",
    "file_report",
    "report_name",
    "run_index",
    "write_file_report",
]

#: The run's index, in OUT.
INDEX_NAME = "report.html"
#: The folder of OUT that holds each file's page.
REPORT_FOLDER = "report"

_CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
    "img-src data:; base-uri 'none'; form-action 'none'"
)

_CSS = """
:root { color-scheme: light; --fg: #111827; --muted: #4b5563; --rule: #d1d5db; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif;
  color: var(--fg); background: #fff; }
header, nav, .meta, main, .index { padding: 0 1.25rem; }
h1 { font-size: 1.35rem; margin: 1rem 0 .25rem; overflow-wrap: anywhere; }
h2 { font-size: 1.05rem; margin: 1rem 0 .5rem; }
.stats, .hint { color: var(--muted); margin: .25rem 0; }
.legend ul { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap;
  gap: .5rem; }
.legend button { font: inherit; display: inline-flex; align-items: center; gap: .4rem;
  border: 2px solid var(--ink); border-radius: 6px; background: var(--bg); color: var(--ink);
  padding: .2rem .6rem; cursor: pointer; }
.legend button[aria-pressed="false"] { background: #fff; color: var(--muted);
  border-style: dashed; }
.legend button[aria-pressed="false"] .state::after { content: " (hidden)"; }
.legend button:focus-visible, .mark:focus-visible { outline: 3px solid #2563eb;
  outline-offset: 1px; }
.sample { text-decoration: underline var(--line) var(--ink) 2px; }
.key { font-weight: 700; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; border-bottom: 1px solid var(--rule);
  padding: .3rem .5rem; overflow-wrap: anywhere; }
td.num, th.num { text-align: right; white-space: nowrap; }
thead th { white-space: nowrap; overflow-wrap: normal; }
td.date { white-space: nowrap; }
.index { overflow-x: auto; }
.line { color: var(--muted); font-size: .9em; }
.panes { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; margin-bottom: 2rem; }
.pane { min-width: 0; }
.text { font: 14px/1.55 ui-monospace, "DejaVu Sans Mono", Menlo, monospace;
  white-space: pre-wrap; overflow-wrap: anywhere; border: 1px solid var(--rule);
  border-radius: 6px; padding: .75rem; height: 75vh; overflow: auto; margin: 0; }
.mark { background: var(--bg); color: var(--ink); border-radius: 2px;
  text-decoration: underline var(--line) var(--ink) 2px; text-underline-offset: 3px; }
.mark::before { content: attr(data-label); font: 700 11px/1.2 system-ui, sans-serif;
  background: var(--ink); color: #fff; border-radius: 3px; padding: 0 .3em;
  margin-right: .2em; white-space: nowrap; vertical-align: 1px; }
.mark del { text-decoration: line-through; }
.mark ins { text-decoration: none; font-weight: 700; }
.mark ins::before { content: "\\2192"; padding: 0 .15em; }
.mark.off { background: none; color: inherit; text-decoration: none; }
.mark.off::before, .mark.off ins { display: none; }
.mark.off del { text-decoration: none; }
.out { text-decoration: underline var(--line) var(--ink) 2px; background: var(--bg); }
.out.off { background: none; text-decoration: none; }
#detail { color: var(--fg); white-space: pre-line; background: #f3f4f6;
  border-radius: 6px; padding: .4rem .6rem; margin: .5rem 0 0; }
#detail:empty { display: none; }
.meta { margin-bottom: 2rem; }
.meta th[scope="row"] { white-space: nowrap; }
.hint { font-size: .9em; }
.bar { fill: #374151; }
.chart text { font: 13px system-ui, sans-serif; fill: #111827; }
@media (max-width: 900px) {
  .panes { grid-template-columns: 1fr; }
  .text { height: 55vh; }
  header, nav, .meta, main, .index { padding: 0 .6rem; }
}
"""

_JS = """
(function () {
  "use strict";
  var buttons = document.querySelectorAll(".legend button[data-ci]");
  var original = document.getElementById("original");
  var clean = document.getElementById("clean");
  var detail = document.getElementById("detail");
  var pairs = [];
  function collect() {
    var seen = {};
    clean.querySelectorAll("[data-sync]").forEach(function (el) {
      seen[el.getAttribute("data-sync")] = el;
    });
    pairs = [];
    original.querySelectorAll("[data-sync]").forEach(function (el) {
      var other = seen[el.getAttribute("data-sync")];
      if (other) { pairs.push([offset(el, original), offset(other, clean)]); }
    });
  }
  function offset(el, pane) {
    return el.getBoundingClientRect().top - pane.getBoundingClientRect().top + pane.scrollTop;
  }
  function follow(y, from, to) {
    var a = [0, 0], b = [from.scrollHeight, to.scrollHeight];
    for (var i = 0; i < pairs.length; i++) {
      if (pairs[i][from === original ? 0 : 1] <= y) { a = pairs[i]; }
      else { b = pairs[i]; break; }
    }
    var k = from === original ? 0 : 1, j = 1 - k;
    var span = b[k] - a[k];
    var t = span > 0 ? (y - a[k]) / span : 0;
    return a[j] + t * (b[j] - a[j]);
  }
  var expected = new Map();
  function link(from, to) {
    from.addEventListener("scroll", function () {
      var echo = expected.get(from);
      if (echo !== undefined && Math.abs(echo - from.scrollTop) < 2) {
        expected.delete(from);
        return;
      }
      var target = Math.round(follow(from.scrollTop, from, to));
      expected.set(to, target);
      to.scrollTop = target;
    });
  }
  if (original && clean) {
    collect();
    link(original, clean);
    link(clean, original);
    window.addEventListener("resize", collect);
  }
  buttons.forEach(function (button) {
    button.addEventListener("click", function () {
      var on = button.getAttribute("aria-pressed") !== "true";
      button.setAttribute("aria-pressed", on ? "true" : "false");
      var ci = button.getAttribute("data-ci");
      document.querySelectorAll('[data-ci="' + ci + '"]').forEach(function (el) {
        if (el !== button) { el.classList.toggle("off", !on); }
      });
      if (original && clean) { collect(); }
    });
  });
  function show(el) {
    if (detail) { detail.textContent = el.getAttribute("title") || ""; }
  }
  document.querySelectorAll(".mark").forEach(function (el) {
    el.addEventListener("focus", function () { show(el); });
    el.addEventListener("click", function () { show(el); });
  });
})();
"""


def _e(text: str) -> str:
    """Text for HTML: escaped, and lone surrogates (which UTF-8 cannot hold) as escapes."""
    return html.escape(_no_surrogates(text), quote=True)


def _no_surrogates(text: str) -> str:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return "".join(f"\\u{ord(c):04x}" if 0xD800 <= ord(c) <= 0xDFFF else c for c in text)
    return text


def _page(title: str, body: str) -> str:
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">\n'
        f"<title>{_e(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        f"{body}\n<script>{_JS}</script>\n</body>\n</html>\n"
    )


def _style_vars(name: str) -> str:
    style = cleaner_style(name)
    return f"--bg:{style.background};--ink:{style.ink};--line:{style.underline}"


def _tooltip(edit: Edit, old: str, new: str) -> str:
    lines = [f"{edit.cleaner}: {edit.reason.value} (step {edit.step})"]
    shown = visible(new, whitespace=not new.strip())
    shown = shown if len(shown) <= 200 else shown[:199] + "…"
    if new and old:
        lines.append(f"replaced {len(old)} characters by {shown}")
    elif new:
        lines.append(f"inserted {shown}")
    else:
        lines.append(f"removed {len(old)} characters")
    if edit.score is not None:
        score = f"score {edit.score:.3g}"
        if edit.threshold is not None:
            score += f", threshold {edit.threshold:.3g}"
        lines.append(score)
    if edit.context_free is not None or edit.revised is not None:
        lines.append(f"line class: {edit.context_free} on its own, {edit.revised} in context")
    if edit.features:
        top = sorted(edit.features, key=lambda f: -abs(f[1]))[:5]
        lines.append("features: " + ", ".join(f"{n} {v:+.2f}" for n, v in top))
    return "\n".join(lines)


def _legend_index(counts: Sequence[CleanerCount]) -> dict[str, int]:
    return {c.cleaner: i + 1 for i, c in enumerate(counts)}


def _mark(attr: Attribution, index: int, segment: Segment, ci: int) -> str:
    edit = attr.audit[segment.edit] if segment.edit is not None else None
    assert edit is not None
    old = attr.original[segment.start : segment.end]
    inner = ""
    if old:
        inner += f"<del>{_e(old)}</del>"
    if segment.new:
        inner += f"<ins>{_e(visible(segment.new, whitespace=not segment.new.strip()))}</ins>"
    return (
        f'<span class="mark" tabindex="0" data-cleaner="{_e(edit.cleaner)}" '
        f'data-reason="{_e(edit.reason.value)}" data-edit="{segment.edit}" '
        f'data-step="{edit.step}" data-ci="{ci}" data-sync="{index}" '
        f'data-label="{ci} {_e(edit.reason.value)}" style="{_style_vars(edit.cleaner)}" '
        f'title="{_e(_tooltip(edit, old, segment.new))}">{inner}</span>'
    )


def _panes(attr: Attribution, legend: Mapping[str, int]) -> tuple[str, str]:
    original: list[str] = []
    clean: list[str] = []
    for i, s in enumerate(attr.segments):
        if s.edit is None:
            text = _e(attr.original[s.start : s.end])
            original.append(text)
            clean.append(text)
            continue
        edit = attr.audit[s.edit]
        ci = legend[edit.cleaner]
        original.append(_mark(attr, i, s, ci))
        sync = f'<span data-sync="{i}"></span>'
        if s.new:
            clean.append(
                f'{sync}<span class="out" data-cleaner="{_e(edit.cleaner)}" data-ci="{ci}" '
                f'style="{_style_vars(edit.cleaner)}">{_e(s.new)}</span>'
            )
        else:
            clean.append(sync)
    return "".join(original), "".join(clean)


def _legend(counts: Sequence[CleanerCount], legend: Mapping[str, int]) -> str:
    if not counts:
        return '<nav class="legend" aria-label="Cleaners"><p class="hint">Nothing was ' \
            "removed or changed.</p></nav>"  # fmt: skip
    items = []
    for c in counts:
        ci = legend[c.cleaner]
        extra = f", {c.edits - c.shown} on inserted text" if c.shown < c.edits else ""
        items.append(
            f'<li><button type="button" aria-pressed="true" data-ci="{ci}" '
            f'data-cleaner="{_e(c.cleaner)}" style="{_style_vars(c.cleaner)}">'
            f'<span class="key">{ci}</span> <span class="sample">{_e(c.cleaner)}</span> '
            f'<span class="count">{c.shown}</span> {"edit" if c.shown == 1 else "edits"}, '
            f"{c.chars} chars{extra}"
            '<span class="state"></span></button></li>'
        )
    return (
        '<nav class="legend" aria-label="Cleaners"><h2>Removed, by cleaner</h2>'
        f"<ul>{''.join(items)}</ul><p class=\"hint\">Each mark is labelled with its "
        "cleaner's number and its reason, coloured and underlined in the cleaner's style; "
        "press a cleaner to hide or show its marks. Hover or focus a mark for its details."
        '</p><p id="detail" aria-live="polite"></p></nav>'
    )


def _value(value: Any) -> str:
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return str(value)


def _metadata(attr: Attribution, metadata: Mapping[str, Any] | None) -> str:
    if metadata is None:
        return ""
    rows = []
    for key, value in metadata.items():
        if key == "sources" or value in (None, [], ()):
            continue
        lines = "<br>".join(
            f'<span class="line">line {m.line}: {_e(m.line_text.strip())}</span>'
            for m in attr.sources
            if m.source.field == key
        )
        rows.append(f"<tr><th scope=\"row\">{_e(key)}</th><td>{_e(_value(value))}</td>"
                    f"<td>{lines}</td></tr>")  # fmt: skip
    if not rows:
        return '<section class="meta"><h2>Metadata</h2><p class="hint">None found.</p></section>'
    return (
        '<section class="meta"><h2>Metadata</h2><table><thead><tr><th scope="col">field'
        '</th><th scope="col">value</th><th scope="col">read from</th></tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></section>"
    )


def file_report(
    attr: Attribution,
    *,
    metadata: Mapping[str, Any] | None = None,
    name: str = "",
    index: str | None = None,
) -> str:
    """The HTML page of one document's :class:`~seedclean.explain.Attribution`.

    ``metadata`` is a ``Metadata.to_json()`` dict (a sidecar's ``metadata``); ``name``
    titles the page; ``index``, when given, is the URL of a run's index to link back to.

    >>> from seedclean.explain import attribute
    >>> from seedclean.document import Change, Document, Reason
    >>> doc = Document("Menu\\nText").apply("cut", [Change(0, 5, Reason.NAVIGATION)])
    >>> page = file_report(attribute(doc.original, doc.audit))
    >>> 'data-cleaner="cut" data-reason="navigation"' in page, "<del>Menu\\n</del>" in page
    (True, True)
    """
    counts = attr.counts()
    legend = _legend_index(counts)
    original, clean = _panes(attr, legend)
    chars_in, chars_out = len(attr.original), len(attr.clean_text())
    share = max(0.0, 1 - chars_out / chars_in) if chars_in else 0.0
    back = f'<p><a href="{_e(index)}">All files of the run</a></p>' if index else ""
    body = (
        f"<header>{back}<h1>{_e(name or 'seedclean report')}</h1>"
        f'<p class="stats">{chars_in} characters in, {chars_out} out: {share:.1%} removed, '
        f"in {len(attr.audit)} edits.</p></header>"
        f"{_legend(counts, legend)}"
        '<main class="panes">'
        '<section class="pane" aria-labelledby="h-original"><h2 id="h-original">Original, '
        f'with what was removed or replaced</h2><div class="text" id="original" tabindex="0">'
        f"{original}</div></section>"
        '<section class="pane" aria-labelledby="h-clean"><h2 id="h-clean">Clean body</h2>'
        f'<div class="text" id="clean" tabindex="0">{clean}</div></section></main>'
        f"{_metadata(attr, metadata)}"
    )
    return _page(f"seedclean: {name}" if name else "seedclean report", body)


def write_file_report(
    path: str | os.PathLike[str],
    attr: Attribution,
    *,
    metadata: Mapping[str, Any] | None = None,
    name: str = "",
    index: str | None = None,
) -> None:
    """Write :func:`file_report` to ``path``, atomically."""
    atomic_write_text(path, file_report(attr, metadata=metadata, name=name, index=index))


def report_name(rel: str) -> str:
    """Where, relative to OUT, the page of the input ``rel`` goes.

    >>> report_name("news/cafe.txt")
    'report/news/cafe.txt.html'
    """
    return posixpath.join(REPORT_FOLDER, rel + ".html")


def _href(rel: str) -> str:
    return quote(os.fsencode(rel))


@functools.cache
def _external_reason(value: str) -> enum.Enum:
    """A reason of a cleaner defined outside seedclean, which ``Reason`` does not hold."""
    make = cast(Callable[[str, list[tuple[str, str]]], type[enum.Enum]], enum.Enum)
    return make("ExternalReason", [("VALUE", value)])(value)


def _edits(sidecar: Mapping[str, Any]) -> list[Edit]:
    edits = edits_from_sidecar(sidecar)
    out = []
    for e, raw in zip(edits, sidecar["removed"], strict=True):
        if e.reason.value != raw["reason"]:
            e = attrs.evolve(e, reason=_external_reason(raw["reason"]))
        out.append(e)
    return out


@attrs.define
class _Row:
    rel: str
    status: str
    note: str = ""
    chars_in: int = 0
    removed_share: float = 0.0
    metadata: dict[str, Any] = attrs.field(factory=dict)
    page: str | None = None


def _sources(sidecar: Mapping[str, Any]) -> list[FieldSource]:
    return [FieldSource(**s) for s in sidecar.get("metadata", {}).get("sources", [])]


class RunReport:
    """The report of a run over files (``seedclean SRC -o OUT --report``).

    :meth:`add` each :class:`~seedclean.batch.Result` as it comes: the page of an
    ``"ok"`` one is written at once, as ``OUT/report/<rel>.html`` (:func:`report_name`),
    from its input (read again) and its sidecar, and only a row of the index is kept.
    :meth:`write` writes the index, ``OUT/report.html``. A page that would land on an
    input or another output of the run is not written (its row says so).
    """

    def __init__(self, writer: TreeWriter, items: Iterable[WorkItem]) -> None:
        self.writer = writer
        self.items = list(items)
        self.paths = {item.rel: item.path for item in self.items}
        self.taken = set(self.paths) | {s for s in writer.sidecars.values() if s is not None}
        self.rows: dict[str, _Row] = {}
        self.removed: dict[str, int] = {}
        self.chars_in = 0

    def _page_path(self, rel: str) -> Path | None:
        name = report_name(rel)
        path = self.writer.out / name
        real = os.path.join(os.path.realpath(path.parent), path.name)
        if name in self.taken or name == INDEX_NAME or real in self.writer.protected:
            return None
        return path

    def add(self, result: Result) -> None:
        """Count one result and write its page."""
        row = _Row(printable(result.rel), result.status, note=result.reason)
        self.rows[result.rel] = row
        if result.status != "ok" or result.sidecar is None:
            return
        sidecar = result.sidecar
        row.chars_in = sidecar["stats"]["chars_in"]
        row.removed_share = sidecar["stats"]["removed_share"]
        row.metadata = sidecar["metadata"]
        self.chars_in += row.chars_in
        try:
            path = self.paths.get(result.rel)
            if path is None:
                raise ValueError("no input file")
            with open(path, "rb") as f:
                original = decode_as(f.read(), sidecar["encoding"]).text
            attr = attribute(original, _edits(sidecar), sources=_sources(sidecar))
        except (OSError, ValueError, LookupError) as exc:
            row.note = " ".join(filter(None, [row.note, f"no page: {exc}"]))
            return
        for c in attr.counts():
            self.removed[c.cleaner] = self.removed.get(c.cleaner, 0) + c.removed
        page = self._page_path(result.rel)
        if page is None:
            row.note = " ".join(filter(None, [row.note, "no page: its name is taken"]))
            return
        depth = result.rel.count("/") + 1
        page.parent.mkdir(parents=True, exist_ok=True)
        write_file_report(
            page, attr, metadata=sidecar["metadata"], name=row.rel,
            index="../" * depth + INDEX_NAME,
        )  # fmt: skip
        row.page = _href(report_name(result.rel))

    def write(self, stats: Stats | None = None) -> Path:
        """Write the index (inputs not cleaned this run, as with ``--resume``, are listed
        as already done) and return its path."""
        rows = []
        for item in self.items:
            row = self.rows.get(item.rel)
            if row is None:
                row = _Row(printable(item.rel), "done", note="already done")
                if (self.writer.out / report_name(item.rel)).is_file():
                    row.page = _href(report_name(item.rel))
            rows.append(row)
        for rel, row in self.rows.items():
            if rel not in self.paths:
                rows.append(row)
        path = self.writer.out / INDEX_NAME
        atomic_write_text(path, run_index(rows, self.removed, self.chars_in, stats))
        return path


def _chart(removed: Mapping[str, int], chars_in: int) -> str:
    """An inline SVG bar chart of the share of the run's text each cleaner removed."""
    bars = sorted(((n, name) for name, n in removed.items() if n > 0), reverse=True)
    if not bars or not chars_in:
        return '<p class="hint">Nothing was removed.</p>'
    top = max(n for n, _ in bars) / chars_in
    row, label, width = 26, 190, 360
    parts = []
    for i, (n, name) in enumerate(bars):
        share = n / chars_in
        y = i * row
        length = max(1.0, width * share / top)
        style = cleaner_style(name)
        parts.append(
            f'<g data-cleaner="{_e(name)}"><text x="0" y="{y + 17}">{_e(name)}</text>'
            f'<rect x="{label}" y="{y + 4}" width="{length:.1f}" height="18" '
            f'fill="{style.background}" stroke="{style.ink}" stroke-width="1.5"/>'
            f'<text x="{label + length + 6:.1f}" y="{y + 17}">{share:.1%}</text></g>'
        )
    height = len(bars) * row + 4
    return (
        f'<svg class="chart" role="img" viewBox="0 0 {label + width + 70} {height}" '
        f'width="100%" style="max-width:{label + width + 70}px" '
        'aria-label="Share of the run\'s characters removed, by cleaner">'
        f"<title>Share of the run's characters removed, by cleaner</title>{''.join(parts)}"
        "</svg>"
    )


def run_index(
    rows: Sequence[Any], removed: Mapping[str, int], chars_in: int, stats: Stats | None = None
) -> str:
    """The HTML index of a run: a chart of the share removed by cleaner, and a row per
    file with its status, removed share, metadata, note (why it failed, was skipped or
    passed through) and a link to its page.

    >>> page = run_index([], {"locate_content": 50}, 1000)
    >>> "<svg" in page and "5.0%" in page
    True
    """
    summary = "" if stats is None else f'<p class="stats">{_e(stats.summary())}</p>'
    body_rows = []
    for row in rows:
        link = f'<a href="{_e(row.page)}">{_e(row.rel)}</a>' if row.page else _e(row.rel)
        meta = row.metadata
        authors = ", ".join(meta.get("authors") or [])
        share = f"{row.removed_share:.1%}" if row.status == "ok" else ""
        chars = str(row.chars_in) if row.status == "ok" else ""
        body_rows.append(
            f'<tr data-status="{_e(row.status)}"><td>{link}</td><td>{_e(row.status)}</td>'
            f'<td class="num">{chars}</td><td class="num">{share}</td>'
            f"<td>{_e(meta.get('title') or '')}</td><td>{_e(authors)}</td>"
            f"<td class=\"date\">{_e(meta.get('date') or '')}</td><td>{_e(row.note)}</td></tr>"
        )
    body = (
        '<header><h1>seedclean run report</h1>'
        f"{summary}</header>"
        '<section class="index"><h2>Removed share, by cleaner</h2>'
        f"{_chart(removed, chars_in)}"
        "<h2>Files</h2><table><thead><tr><th scope=\"col\">file</th><th scope=\"col\">"
        'status</th><th scope="col" class="num">characters</th><th scope="col" '
        'class="num">removed</th><th scope="col">title</th><th scope="col">authors</th>'
        '<th scope="col">date</th><th scope="col">note</th></tr></thead>'
        f"<tbody>{''.join(body_rows)}</tbody></table></section>"
    )
    return _page("seedclean run report", body)
