"""``locate_content``: keep the article, drop what no pattern names (menus, teasers, footers).

The locator follows jusText's two passes, on lines instead of HTML paragraphs, then finds
the main region of the page:

1. **Classify each line on its own** from shallow, language-independent features: its
   length, its link density (Markdown links), its sentence punctuation and, when the
   language is recognised, its stop-word density. A line is *good* (prose), *near-good*,
   *short* or *bad*.
2. **Revise short and borderline lines from their neighbours**: a short line between good
   lines is good (a subheading inside the article), a near-good line next to good text
   is good, a heading followed by good text within a few lines is good. The lines of a
   blockquote with a good line are all good.
3. **Find the main region**: each good line scores its length, each bad line a penalty;
   the contiguous run of lines with the highest total is the article, with the lines of
   its last paragraph that a colon announces ("The dates:"). Good lines inside
   it are kept, and so are the article's own subheadings, list items, bold labels and
   quoted lines (Markdown ``#``, ``*``, ``**Label:**`` and ``>`` lines with few links);
   everything outside it, and other bad lines inside it, are removed.

Each removal records the line's class, its score and the threshold that decided it. The
three steps are repeated on what is kept until nothing changes, so running the locator on
its own output changes nothing.

>>> menu = "Home\\nNews\\nSport\\nWeather\\nContact\\n"
>>> para = ("A paragraph of the article, which is written in sentences and has all "
...         "the small words that prose has, so that it is easy to recognise as prose. ")
>>> page = menu + "\\n" + para * 2 + "\\n\\nA subheading\\n\\n" + para * 2 + "\\n\\nShare\\nTweet"
>>> doc = LocateContent()(page)
>>> print(doc.text.replace(para * 2, "<paragraph>"))
<paragraph>
<BLANKLINE>
A subheading
<BLANKLINE>
<paragraph>
>>> sorted({e.reason.value for e in doc.audit})
['outside_main_content']

A text in which no line looks like prose is left alone: the locator cannot tell what the
article is.

>>> LocateContent()("Home\\nNews\\nSport").audit
()
"""

from __future__ import annotations

import enum
import functools
import itertools
from collections.abc import Iterator, Sequence
from typing import ClassVar

import attrs

from ..document import Reason
from ..line_scorer import (
    DEFAULT_MODEL,
    FeatureRows,
    PushedDown,
    TreeModel,
    load_model,
    probability,
)
from ..lines import FULL_STOPS, Line, heading_mark
from ..page import LineFacts, LineLabel, Page
from ..pipeline import LineCleaner, register_cleaner
from ..stopwords import STOPWORDS, density_of_counts, language_of_counts

__all__ = ["Label", "LineInfo", "LocateContent"]


class Label(enum.StrEnum):
    """The class of a line, as in jusText."""

    GOOD = "good"
    NEAR_GOOD = "near_good"
    SHORT = "short"
    BAD = "bad"


class LineInfo:
    """What the locator knows about one non-blank line: its facts, and what it reads
    from their :class:`~seedclean.page.LineShape` (copied here, as every pass reads them
    for every line).

    ``length`` counts visible characters, a character of a script written without spaces
    counting three (a Chinese sentence is about a third as long as its English
    translation).

    >>> info = LineInfo(Line(0, 0, 11, "## Subtitle"), LineFacts("## Subtitle"))
    >>> info.plain, info.length, info.heading, info.marked, info.block
    ('Subtitle', 8, True, True, -1)
    """

    __slots__ = (
        "block",
        "ends_sentence",
        "facts",
        "has_words",
        "heading",
        "length",
        "line",
        "link_density",
        "marked",
        "plain",
        "quote",
        "sentences",
        "shape",
    )

    def __init__(
        self, line: Line, facts: LineFacts, block: int = -1, link_density: float | None = None
    ) -> None:
        shape = facts.shape
        self.line = line
        self.facts = facts
        #: How the line is laid out (:class:`seedclean.page.LineShape`).
        self.shape = shape
        #: The index of the first line of the paragraph (run of non-blank lines) it is in.
        self.block = block
        #: Share of the visible characters inside links (1 for a line of a link that
        #: spans several lines).
        self.link_density = facts.link_density if link_density is None else link_density
        #: Visible characters, without list and heading marks.
        self.length = shape.length
        #: Sentence ends.
        self.sentences = shape.sentences
        #: Whether the line ends like a sentence (or a quote, a colon).
        self.ends_sentence = shape.ends_sentence
        #: Whether the line reads as a heading.
        self.heading = shape.heading
        #: The visible text without list, heading and quote marks.
        self.plain = shape.plain
        #: A Markdown heading or list item, or a bold label.
        self.marked = shape.marked
        #: Whether the line is part of a blockquote (``> ...``).
        self.quote = shape.quote
        #: Whether the line shows any letter or digit (an image line shows none).
        self.has_words = shape.has_words

    def __repr__(self) -> str:
        return f"LineInfo({self.line!r}, block={self.block})"

    def as_link(self) -> LineInfo:
        """The same line read as part of a link (link density 1)."""
        return LineInfo(self.line, self.facts, self.block, 1.0)

    def stopword_density(self, lang: str) -> float:
        """The share of the line's words that are function words of ``lang``."""
        return density_of_counts(self.facts.prose_function_words, lang)


_COLONS = (":", "：")


# Each pass can only remove lines, and in practice the second finds nothing new; the cap
# only bounds the time an adversarial input can take.
_MAX_PASSES = 8


@attrs.frozen(slots=True)
class _Decision:
    label: Label
    score: float
    threshold: float


# The decision recorded for a line with no visible word removed outside the region.
_NO_WORDS = _Decision(Label.BAD, 0.0, 0.0)
# Why a line goes: the reason, the context-free decision, the label its neighbours gave it
# (None when the learned scorer decided), and the model the scorer decided with, the
# feature rows of its pass and the line's place among them (None when the rules decided):
# the features that weighed most are read from them only when the label's features are
# read (line_scorer.PushedDown), not when the label is made or another cleaner asks for
# the region.
_Scored = tuple[TreeModel, FeatureRows, int]
_Removal = tuple[Reason, _Decision, Label | None, _Scored | None]
#: On a page of fewer non-blank lines than this, a line goes only when the learned scorer
#: and the rules both remove it. Cross-validated on the bench's pages of fewer than 20
#: lines, the rules keep the article as well as the scorer or better (web inscriptis: F1
#: 0.732 against 0.704 on 48 pages); a text of a few lines is seldom a scraped page.
MIN_SCORED_LINES = 20
#: How many features a removal by the learned scorer records: those that pushed its score
#: down most, with what each added to the log-odds.
TOP_FEATURES = 3


@register_cleaner
@attrs.frozen(repr=False)
class LocateContent(LineCleaner):
    """Find the article among the lines of a scraped page and remove the rest.

    Options (keyword-only; the defaults are jusText's):

    - ``length_low``/``length_high``: lines shorter than ``length_low`` characters are
      *short*; good lines are longer than ``length_high``.
    - ``stopwords_low``/``stopwords_high``: stop-word densities of near-good and good
      lines, used when the language is recognised.
    - ``max_link_density``: lines with more of their text inside links are bad.
    - ``max_heading_distance``: how many characters of other lines may stand between a
      heading and the good text it introduces (0: the next line must be good; jusText
      allows 200, but in plain text a menu item looks like a heading too).
    - ``bad_penalty``: how much a bad line costs the region, in characters (added to the
      line's own length).
    - ``max_prose_link_density``: a line that is prose on its own (long, in sentences,
      with the stop words of prose) stays prose up to this link density.
    - ``max_short_run``: jusText makes a short line good when its nearest long neighbour
      is near-good; only in runs of at most this many short lines (a menu is a longer
      run).
    - ``scorer``: decide with the learned line scorer (:mod:`seedclean.line_scorer`)
      instead of the rules: ``True`` for the models shipped with seedclean, or the name
      of a model file in ``seedclean/data`` or a path to one (a model trained by
      ``training/train_line_scorer.py``). A ``{kind}`` in the name stands for the kind
      of text a pass reads: ``markdown`` when the lines still there show a Markdown
      link, image or heading (as html2text writes a page), ``plain`` when they show
      none (as inscriptis writes one); the shipped models are one of each
      (:data:`seedclean.line_scorer.DEFAULT_MODEL`). The scorer reads the rules' decisions as
      features; a line it scores below the model's threshold goes, with its probability
      as the score and the features that weighed most. Repeated on what is kept until
      nothing changes, as the rules are.

    >>> LocateContent(length_high=150).options()["length_high"]
    150
    """

    name: ClassVar[str] = "locate_content"

    length_low: int = attrs.field(default=70, kw_only=True)
    length_high: int = attrs.field(default=200, kw_only=True)
    stopwords_low: float = attrs.field(default=0.30, kw_only=True)
    stopwords_high: float = attrs.field(default=0.32, kw_only=True)
    max_link_density: float = attrs.field(default=0.2, kw_only=True)
    max_heading_distance: int = attrs.field(default=0, kw_only=True)
    bad_penalty: int = attrs.field(default=20, kw_only=True)
    max_prose_link_density: float = attrs.field(default=0.5, kw_only=True)
    max_short_run: int = attrs.field(default=2, kw_only=True)
    scorer: bool | str = attrs.field(default=False, kw_only=True)

    def label(self, page: Page) -> dict[int, LineLabel]:
        """The lines of ``page`` outside the article, or not prose inside it."""
        infos, removed = self.analyse(page)
        labels: dict[int, LineLabel] = {}
        for k, (reason, decision, revised, scored) in removed.items():
            labels[infos[k].line.index] = LineLabel(
                reason,
                score=float(decision.score),
                threshold=float(decision.threshold),
                context_free=decision.label.value,
                revised=None if revised is None else revised.value,
                features=None if scored is None else _weighed_most(*scored),
            )
        return labels

    def model(self, *, markdown: bool = False) -> TreeModel | None:
        """The learned model the locator decides with on lines that show Markdown
        (``markdown``) or on plain lines (``None``: the rules decide).

        >>> scorer = LocateContent(scorer=True)
        >>> LocateContent().model() is None, scorer.model() is scorer.model(markdown=True)
        (True, False)
        """
        return None if self.scorer is False else self._model(markdown)

    def _model(self, markdown: bool) -> TreeModel:
        name = DEFAULT_MODEL if self.scorer is True else str(self.scorer)
        return load_model(name.replace("{kind}", "markdown" if markdown else "plain"))

    def region(self, text: str | Page) -> tuple[int, int] | None:
        """The span of ``text`` from the first to the last line the locator keeps (all of
        it when no line looks like prose), or ``None`` for a blank text. Other cleaners
        (metadata extraction) use it to look for the title and byline just before the
        article. A stray at either end is left out: a run of kept lines of 40 characters
        at most, 15 removed lines or more from the other kept lines (a menu's "More" let
        through).

        >>> para = ("A paragraph of the article, which is written in sentences and has "
        ...         "all the small words that prose has, so it is easy to recognise. ")
        >>> page = "Home\\nNews\\n" + para * 3 + "\\nShare\\nTweet"
        >>> start, end = LocateContent().region(page)
        >>> page[start:end] == para * 3
        True
        """
        infos, removed = self.analyse(text if isinstance(text, Page) else Page.of(text))
        kept = [k for k in range(len(infos)) if k not in removed]
        if not kept:
            return None
        lo, hi = _without_strays(kept, [len(infos[k].line.text.strip()) for k in kept])
        return infos[kept[lo]].line.start, infos[kept[hi]].line.end

    def analyse(self, page: Page) -> tuple[list[LineInfo], dict[int, _Removal]]:
        """The locator's analysis of ``page``: what it reads from each non-blank line and
        why it removes the lines it does (by position among them), done once per page
        and locator configuration (kept on the page, and carried to the pages made from
        it: see :meth:`_decide`)."""
        if self.scorer is False:
            return page.remember((self.name, self), self._decide)
        return page.remember(
            (self.name, self), self._decide, carry=_removed_lines, again=_all_removed
        )

    def context_free(self, infos: Sequence[LineInfo]) -> tuple[list[Label], str | None]:
        """The class each of the lines ``infos`` gets on its own (the rules' first step;
        a line with no visible word is bad), and the language of their function words
        that the classes read (``None`` when not recognised).

        >>> para = ("A paragraph of the article, which is written in sentences and has "
        ...         "all the small words that prose has, so it is easy to recognise. ")
        >>> infos, _ = LocateContent().analyse(Page.of("Home\\n" + para * 3))
        >>> labels, lang = LocateContent().context_free(infos)
        >>> [label.value for label in labels], lang
        (['short', 'good'], 'en')
        """
        decisions, lang = self._on_their_own(infos)
        return _classes(decisions, len(infos)), lang

    def _on_their_own(self, infos: Sequence[LineInfo]) -> tuple[dict[int, _Decision], str | None]:
        """The rules' decision on each line of ``infos`` that shows a word (by position),
        and the language of those lines' function words (``None`` when not recognised)."""
        shown = [k for k, info in enumerate(infos) if info.has_words]
        # The language of what is left (not of the whole page, once): a run on the output
        # must see what the last pass saw, or the locator would not be idempotent.
        lang = language_of_counts((infos[k].plain, infos[k].facts.function_words) for k in shown)
        if lang not in STOPWORDS:
            lang = None
        return {k: self._classify(infos[k], lang) for k in shown}, lang

    def line_features(
        self, page: Page, alive: Sequence[int] | None = None
    ) -> tuple[list[LineInfo], list[list[float]]]:
        """The non-blank lines of ``page`` as the locator reads them, and the feature
        vector of each (:data:`seedclean.line_scorer.FEATURES`) as the learned scorer
        sees it on its first pass: what the scorer is trained on. With ``alive`` (indexes
        into those lines, in order), the vectors of those lines only, as a later pass
        sees them once the others are gone.

        >>> from seedclean.line_scorer import FEATURES
        >>> page = Page.of("Home\\n\\nA sentence.\\n\\nAnother one.")
        >>> infos, rows = LocateContent().line_features(page)
        >>> len(infos), len(rows[1]) == len(FEATURES)
        (3, True)
        >>> later, rows = LocateContent().line_features(page, alive=[1, 2])
        >>> [info.line.index for info in later], len(rows)
        ([2, 4], 2)
        """
        infos = _mark_split_links(_line_infos(page))
        if alive is not None:
            infos = [infos[k] for k in alive]
        return infos, list(self._features(infos, _blank_prefix(page))[0])

    def _features(
        self, infos: Sequence[LineInfo], blanks: Sequence[int]
    ) -> tuple[FeatureRows, list[Label], list[bool]]:
        """The scorer's features of ``infos`` (lines of one page, in order, as if the
        others were gone: what the page the locator leaves would show), one line after
        the other, the class each gets on its own, and whether the rules keep it.
        ``blanks[i]`` is the number of blank lines of the page before line ``i``."""
        n = len(infos)
        decisions, lang = self._on_their_own(infos)
        labels = _classes(decisions, n)
        removed = self._rules(infos, (decisions, lang))
        index = [info.line.index for info in infos]
        # The render keeps one blank run between two lines that stay when any blank line
        # stood between them, and none at either end of the text.
        gap = [k > 0 and blanks[index[k]] > blanks[index[k - 1] + 1] for k in range(n)]
        kept = [k not in removed for k in range(n)]
        rows = FeatureRows(
            infos,
            context_free=[label.value for label in labels],
            kept=kept,
            outside=[
                k in removed and removed[k][0] is Reason.OUTSIDE_MAIN_CONTENT for k in range(n)
            ],
            blank_before=gap,
            blank_after=[*gap[1:], False],
            lang=lang,
        )
        return rows, labels, kept

    def _decide(self, page: Page) -> tuple[list[LineInfo], dict[int, _Removal]]:
        """The analysis of ``page``. With the learned scorer, a page made from one the
        locator read already (what the cleaners before it leave of the page the
        metadata step read) starts from that reading: the lines it placed outside the
        article stay removed, with the decision that removed them, and the passes go
        on from the others. The scorer then reads most of a page's lines once, not
        once per cleaner that asks; the passes still go on until one removes nothing,
        so what the locator keeps is still a page it would keep whole."""
        infos = _mark_split_links(_line_infos(page))
        if self.scorer is False:
            return infos, self._rules(infos)
        carried = page.carried((self.name, self))
        seed = {
            k: carried[info.line.index]
            for k, info in enumerate(infos)
            if info.line.index in carried
        }
        return infos, self._scored(infos, _blank_prefix(page), seed)

    def _scored(
        self,
        infos: Sequence[LineInfo],
        blanks: Sequence[int],
        seed: dict[int, _Removal] | None = None,
    ) -> dict[int, _Removal]:
        """The learned scorer's removals: each pass scores the lines still alive and
        removes those below the threshold, until a pass removes nothing. A pass that would
        remove every line removes none, and so does one over lines of which none reads as
        prose on its own and the rules keep all (as the rules leave a page with no prose
        alone); on a short page the rules must agree that a line goes. Each pass scores
        with the model for what its lines show (:meth:`model`), so that a run on the
        output sees what the last pass saw."""
        removed: dict[int, _Removal] = dict(seed or {})
        alive = [k for k in range(len(infos)) if k not in removed]
        if not alive:  # the seed removes all: start afresh
            removed, alive = {}, list(range(len(infos)))
        for _ in range(_MAX_PASSES):
            if not alive:
                break
            sub = [infos[i] for i in alive]
            model = self._model(_shows_markdown(sub))
            threshold = model.threshold
            rows, labels, rules_keep = self._features(sub, blanks)
            if Label.GOOD not in labels and all(rules_keep):
                break  # no line reads as prose and the rules keep all: a page left alone
            short = len(sub) < MIN_SCORED_LINES  # a short page: the rules must agree
            scores: list[float] = []
            for k, row in enumerate(rows):
                p = probability(model.decision(row))
                if short and rules_keep[k]:
                    p = max(p, threshold)
                scores.append(p)
            kept = [k for k, p in enumerate(scores) if p >= threshold]
            if not kept or len(kept) == len(sub):
                break
            first, last = kept[0], kept[-1]
            for k, p in enumerate(scores):
                if p >= threshold:
                    continue
                inside = first <= k <= last
                reason = Reason.LOW_CONTENT_SCORE if inside else Reason.OUTSIDE_MAIN_CONTENT
                decision = _Decision(labels[k], p, threshold)
                removed[alive[k]] = (reason, decision, None, (model, rows, k))
            alive = [alive[k] for k in kept]
        return removed

    def _rules(
        self,
        infos: Sequence[LineInfo],
        first: tuple[dict[int, _Decision], str | None] | None = None,
    ) -> dict[int, _Removal]:
        """The rules' removals among ``infos``: their passes, until one removes nothing.
        ``first`` is what :meth:`_on_their_own` gives for ``infos``, when known."""
        removed: dict[int, _Removal] = {}
        alive = list(range(len(infos)))
        for _ in range(_MAX_PASSES):
            if not alive:
                break
            kept, dropped = self._one_pass([infos[i] for i in alive], first)
            first = None
            if not dropped:
                break
            for k, removal in dropped.items():
                removed[alive[k]] = removal
            alive = [alive[k] for k in kept]
        return removed

    # -- one pass over the lines still alive -------------------------------------------

    def _one_pass(
        self,
        infos: Sequence[LineInfo],
        given: tuple[dict[int, _Decision], str | None] | None = None,
    ) -> tuple[list[int], dict[int, _Removal]]:
        # Lines with no visible word (an image, an empty link) take no part in the
        # decision: they would split the article like a bad line. They stay when they
        # are inside the region.
        visible = [k for k, info in enumerate(infos) if info.has_words]
        if not visible:
            return list(range(len(infos))), {}
        shown = [infos[k] for k in visible]
        on_their_own, _ = self._on_their_own(infos) if given is None else given
        decisions = [on_their_own[k] for k in visible]
        # A quote with a good line is good as a whole, before its neighbours are judged
        # and again once short and near-good lines are revised.
        labels = _whole_quotes(shown, self._join_prose_runs(shown, decisions))
        labels = _whole_quotes(shown, self._revise(shown, labels))
        if Label.GOOD not in labels:
            return list(range(len(infos))), {}
        lo, hi = self._region(shown, labels)
        hi = self._announced(shown, labels, hi)
        # Lines with no words at either end go only if the region stops short of them.
        first = 0 if lo == 0 else visible[lo]
        last = len(infos) - 1 if hi == len(visible) else visible[hi - 1]
        label_of = dict(zip(visible, labels, strict=True))
        decision_of = dict(zip(visible, decisions, strict=True))
        kept: list[int] = []
        dropped: dict[int, _Removal] = {}
        for k in range(len(infos)):
            inside = first <= k <= last
            label = label_of.get(k)
            if inside and (label in (Label.GOOD, None) or self._is_structure(infos[k])):
                kept.append(k)
                continue
            decision = decision_of.get(k, _NO_WORDS)
            reason = Reason.LOW_CONTENT_SCORE if inside else Reason.OUTSIDE_MAIN_CONTENT
            dropped[k] = (reason, decision, label or Label.BAD, None)
        return kept, dropped

    def _is_structure(self, info: LineInfo) -> bool:
        """Whether a line inside the region is the article's own structure: a Markdown
        subheading, list item, bold label or quoted line with no more links than a good
        line may have. On its own it reads like a menu item; between the article's
        paragraphs it is a list."""
        return (info.marked or info.quote) and info.link_density <= self.max_link_density

    def _announced(self, infos: Sequence[LineInfo], labels: list[Label], hi: int) -> int:
        """The end of the region, grown over the lines a colon announces.

        When the region's last line, or the short line right after it, ends with a colon
        ("The tour dates:"), the lines after it in the same paragraph (no blank line
        between them) belong to the article, up to the first one with more links than a
        good line may have. They become good. ``hi`` is the end of the region.
        """
        if hi == 0:
            return hi
        if _ends_with_colon(infos[hi - 1]):
            at = hi - 1
        elif (
            hi < len(infos)
            and _ends_with_colon(infos[hi])
            and infos[hi].length < self.length_low
            and infos[hi].link_density <= self.max_link_density
        ):
            at = hi
        else:
            return hi
        end = at + 1
        while (
            end < len(infos)
            and infos[end].block == infos[at].block
            and infos[end].link_density <= self.max_link_density
        ):
            end += 1
        if end - at < 2:
            return hi  # the colon announces nothing in its paragraph
        labels[hi:end] = [Label.GOOD] * (end - hi)
        return end

    def _join_prose_runs(
        self, infos: Sequence[LineInfo], decisions: Sequence[_Decision]
    ) -> list[Label]:
        """Consecutive near-good lines that together are as long as a good paragraph are
        good: in plain text a paragraph is often one short sentence per line."""
        labels = [d.label for d in decisions]
        for k, j in _runs(labels, Label.NEAR_GOOD):
            if j - k >= 2 and sum(i.length for i in infos[k:j]) > self.length_high:
                labels[k:j] = [Label.GOOD] * (j - k)
        return labels

    def _classify(self, info: LineInfo, lang: str | None) -> _Decision:
        """jusText's context-free classification, with sentence punctuation as the
        evidence of prose when the language is not known."""
        if info.link_density > self.max_link_density and not (
            info.link_density <= self.max_prose_link_density and self._is_prose(info, lang)
        ):
            return _Decision(Label.BAD, info.link_density, self.max_link_density)
        if info.length < self.length_low:
            if info.link_density > 0:
                return _Decision(Label.BAD, info.link_density, 0.0)
            if info.plain.endswith(FULL_STOPS):
                # A short sentence is prose, not a menu item: it stays next to good text.
                return _Decision(Label.NEAR_GOOD, info.length, self.length_low)
            return _Decision(Label.SHORT, info.length, self.length_low)
        punctuated = info.sentences >= 2 or (info.sentences >= 1 and info.ends_sentence)
        if lang is None:
            score, threshold = float(info.sentences), 1.0
            good = near = punctuated
        else:
            # Short stop-word lists give lower densities than jusText's long ones, so
            # sentence punctuation with half the density counts as evidence too.
            score, threshold = info.stopword_density(lang), self.stopwords_low
            good = score >= self.stopwords_high or (punctuated and score >= threshold / 2)
            near = score >= threshold or punctuated
        if good and info.length > self.length_high:
            return _Decision(Label.GOOD, score, threshold)
        if good or near:
            return _Decision(Label.NEAR_GOOD, score, threshold)
        return _Decision(Label.BAD, score, threshold)

    def _is_prose(self, info: LineInfo, lang: str | None) -> bool:
        """Whether a line reads as prose on its own: long, in sentences, and (when the
        language is known) with the stop words of prose. A paragraph that links a few
        of its words is still prose."""
        if info.length < self.length_low or info.sentences < 1:
            return False
        if lang is None:
            return True
        # as for good lines: sentence punctuation lowers the stop words needed by half
        punctuated = info.sentences >= 2 or info.ends_sentence
        needed = self.stopwords_low / 2 if punctuated else self.stopwords_low
        return info.stopword_density(lang) >= needed

    def _revise(self, infos: Sequence[LineInfo], labels: list[Label]) -> list[Label]:
        """jusText's second pass: headings, short lines, then near-good lines.

        Plain text has no heading tags: a heading is a short, unpunctuated line that does
        not follow another short line (menu items come in runs; a subheading follows a
        paragraph).
        """
        initial = labels
        headings = [
            info.heading and (k == 0 or initial[k - 1] is not Label.SHORT)
            for k, info in enumerate(infos)
        ]
        labels = list(labels)
        for k in range(len(infos)):  # headings followed by good text
            if headings[k] and labels[k] is Label.SHORT and self._good_follows(infos, labels, k):
                labels[k] = Label.NEAR_GOOD
        revised = list(labels)
        prev_gb, next_gb = _neighbours(labels, {Label.GOOD, Label.BAD})
        prev_any, next_any = _neighbours(labels, {Label.GOOD, Label.BAD, Label.NEAR_GOOD})
        runs = _short_runs(labels)
        lone_links = [_is_lone_link(info) for info in infos]
        prev_text, next_text = _neighbours(labels, {Label.GOOD, Label.BAD}, skip=lone_links)
        for k, label in enumerate(labels):
            prev, nxt = prev_gb[k], next_gb[k]
            if label is Label.SHORT:
                if prev is Label.GOOD and nxt is Label.GOOD:
                    revised[k] = Label.GOOD
                elif prev is Label.BAD and nxt is Label.BAD:
                    revised[k] = Label.BAD
                elif runs[k] <= self.max_short_run and (
                    (prev is Label.BAD and prev_any[k] is Label.NEAR_GOOD)
                    or (nxt is Label.BAD and next_any[k] is Label.NEAR_GOOD)
                ):
                    revised[k] = Label.GOOD
                else:
                    revised[k] = Label.BAD
            elif label is Label.NEAR_GOOD:
                # A lone link between paragraphs ("Read more here") does not make a
                # near-good paragraph next to it bad.
                prev, nxt = prev_text[k], next_text[k]
                revised[k] = Label.BAD if prev is nxt is Label.BAD else Label.GOOD
        return revised

    def _good_follows(self, infos: Sequence[LineInfo], labels: Sequence[Label], k: int) -> bool:
        """Whether good text starts within ``max_heading_distance`` characters after line
        ``k`` (0: the very next line must be good)."""
        distance = 0
        for j in range(k + 1, len(infos)):
            if labels[j] is Label.GOOD:
                return True
            distance += infos[j].length
            if distance > self.max_heading_distance:
                return False
        return False

    def _region(self, infos: Sequence[LineInfo], labels: Sequence[Label]) -> tuple[int, int]:
        """The run of lines with the highest total score (good: +length, else a cost)."""
        best, best_lo, best_hi = 0.0, 0, 0
        total, lo = 0.0, 0
        for k, (info, label) in enumerate(zip(infos, labels, strict=True)):
            if total <= 0:
                total, lo = 0.0, k
            if label is Label.GOOD:
                total += info.length
            else:
                total -= info.length + self.bad_penalty
            if total > best:
                best, best_lo, best_hi = total, lo, k + 1
        return best_lo, best_hi


def _classes(decisions: dict[int, _Decision], n: int) -> list[Label]:
    """The class of each of ``n`` lines from the rules' decisions on those that show a
    word (by position): a line with no visible word is bad."""
    labels = [Label.BAD] * n
    for k, decision in decisions.items():
        labels[k] = decision.label
    return labels


# A kept line at an end of the kept lines, parted from the others by this many removed
# lines or more and holding at most _STRAY_CHARS characters with its neighbours, is a
# stray (a menu's "More" the locator let through): the region starts after it.
_STRAY_GAP = 15
_STRAY_CHARS = 40


def _without_strays(kept: Sequence[int], sizes: Sequence[int]) -> tuple[int, int]:
    """The first and last places in ``kept`` (positions of the kept lines, ascending;
    ``sizes``, the length of each) once the strays at either end are left out: a short
    run of kept lines far from the rest.

    >>> _without_strays([3, 40, 41, 42], [5, 80, 80, 80])
    (1, 3)
    >>> _without_strays([3, 40, 41, 42], [500] * 4)  # a long line is no stray
    (0, 3)
    >>> _without_strays([3, 5, 9], [5] * 3)
    (0, 2)
    >>> _without_strays([3, 40], [5] * 2)  # all strays: all stay
    (0, 1)
    """
    lo, hi = 0, len(kept) - 1
    while lo < hi:
        j = lo
        while j < hi and kept[j + 1] - kept[j] <= _STRAY_GAP:
            j += 1
        if j == hi or sum(sizes[lo : j + 1]) > _STRAY_CHARS:
            break
        lo = j + 1
    while hi > lo:
        j = hi
        while j > lo and kept[j] - kept[j - 1] <= _STRAY_GAP:
            j -= 1
        if j == lo or sum(sizes[j : hi + 1]) > _STRAY_CHARS:
            break
        hi = j - 1
    if sum(sizes[lo : hi + 1]) <= _STRAY_CHARS:
        return 0, len(kept) - 1  # strays all: none is the article more than another
    return lo, hi


def _removed_lines(
    analysis: tuple[list[LineInfo], dict[int, _Removal]],
) -> dict[int, _Removal]:
    """The lines an analysis places outside the article, by line index of its page:
    what the locator's reading of a page carries to the pages made from it. (Lines it
    removed between the article's lines are judged again: carried too, they cost body F1
    on html2text text, cross-validated; see docs/learned-scorer.md.)"""
    infos, removed = analysis
    return {
        infos[k].line.index: removal
        for k, removal in removed.items()
        if removal[0] is Reason.OUTSIDE_MAIN_CONTENT
    }


def _all_removed(
    analysis: tuple[list[LineInfo], dict[int, _Removal]],
) -> dict[int, _Removal]:
    """Every line an analysis removes, by line index of its page: what the locator's
    reading of a page carries to the same page looked at again without some of its
    lines (:meth:`seedclean.page.Page.without`, as the metadata step checks what its
    own removals leave), which then starts from the lines this reading kept."""
    infos, removed = analysis
    return {infos[k].line.index: removal for k, removal in removed.items()}


def _shows_markdown(infos: Sequence[LineInfo]) -> bool:
    """Whether any of the lines ``infos`` shows Markdown: a link, an image or a heading
    mark (as html2text writes a page; inscriptis writes none)."""
    return any(
        info.link_density > 0.0 or "![" in info.facts.text or heading_mark(info.facts.text)
        for info in infos
    )


def _weighed_most(model: TreeModel, rows: FeatureRows, k: int) -> PushedDown:
    """The features that pushed the scorer's decision on row ``k`` of ``rows`` down
    most, with what each added to the log-odds, worked out when first read."""
    return PushedDown(model, functools.partial(rows.row, k), TOP_FEATURES)


def _runs(labels: Sequence[Label], label: Label) -> Iterator[tuple[int, int]]:
    """The ``(start, end)`` of each maximal run of ``label`` in ``labels``."""
    k = 0
    for value, group in itertools.groupby(labels):
        n = sum(1 for _ in group)
        if value is label:
            yield k, k + n
        k += n


def _short_runs(labels: Sequence[Label]) -> list[int]:
    """For each line, the length of the run of short lines it belongs to (0 if not short)."""
    runs = [0] * len(labels)
    for k, j in _runs(labels, Label.SHORT):
        runs[k:j] = [j - k] * (j - k)
    return runs


#: How many lines a Markdown link may span (html2text breaks a teaser's link around its
#: headline, byline and date).
MAX_LINK_LINES = 6


def _mark_split_links(infos: list[LineInfo]) -> list[LineInfo]:
    """Give the lines of a link that spans several lines (a line that opens ``[`` and a
    later one that starts with ``](``) the link density of a link: 1."""
    out = list(infos)
    k = 0
    while k < len(out):
        text = out[k].line.text
        if "[" in text and text.count("[") > text.count("]"):
            for j in range(k + 1, min(k + 1 + MAX_LINK_LINES, len(out))):
                if out[j].line.text.lstrip().startswith("]("):
                    for m in range(k, j + 1):
                        out[m] = out[m].as_link()
                    k = j
                    break
        k += 1
    return out


def _blank_prefix(page: Page) -> list[int]:
    """For each line index ``i`` of ``page`` (and its length), the number of blank lines
    before line ``i``."""
    out = [0]
    for line in page.lines:
        out.append(out[-1] + line.is_blank)
    return out


def _line_infos(page: Page) -> list[LineInfo]:
    """The non-blank lines of a page, each with the index of the first line of its
    paragraph (lines with no blank line between them share it)."""
    out: list[LineInfo] = []
    block = -1
    last = -2
    lines = page.lines
    for k in page.nonblank():
        if k != last + 1:
            block = k
        last = k
        out.append(LineInfo(lines[k], page.facts(k), block))
    return out


def _whole_quotes(infos: Sequence[LineInfo], labels: list[Label]) -> list[Label]:
    """The lines of one blockquote (``>`` lines of one paragraph) go together: when one
    of them is good, all are. An embedded post or a quoted passage is one unit, its short
    attribution line ("— Name (@name) [date](link)") included."""
    good_quotes = {
        info.block for info, label in zip(infos, labels, strict=True)
        if info.quote and label is Label.GOOD
    }  # fmt: skip
    if not good_quotes:
        return labels
    return [
        Label.GOOD if info.quote and info.block in good_quotes else label
        for info, label in zip(infos, labels, strict=True)
    ]


def _ends_with_colon(info: LineInfo) -> bool:
    """Whether a line ends with a colon, Markdown emphasis aside ("**Dates:**")."""
    return info.plain.rstrip("*_ \t").endswith(_COLONS)


def _is_lone_link(info: LineInfo) -> bool:
    """A line that is one link and nothing else (a call to action, a teaser headline), or
    one link after a label that ends with a colon ("**Also:** [Another story](…)")."""
    shape = info.shape
    return shape.one_link and (info.link_density >= 0.9 or shape.labelled_link)


def _neighbours(
    labels: Sequence[Label], wanted: set[Label], skip: Sequence[bool] | None = None
) -> tuple[list[Label], list[Label]]:
    """For each line, the nearest label in ``wanted`` before it and after it (bad at the
    edges), passing over the lines marked in ``skip``, in two linear sweeps."""
    passed = skip if skip is not None else [False] * len(labels)
    prev: list[Label] = []
    last = Label.BAD
    for label, skipped in zip(labels, passed, strict=True):
        prev.append(last)
        if label in wanted and not skipped:
            last = label
    nxt: list[Label] = [Label.BAD] * len(labels)
    last = Label.BAD
    for k in range(len(labels) - 1, -1, -1):
        nxt[k] = last
        if labels[k] in wanted and not passed[k]:
            last = labels[k]
    return prev, nxt
