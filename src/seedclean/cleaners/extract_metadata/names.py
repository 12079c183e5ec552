"""Who wrote the article: person names, bylines, author links and author boxes.

Decides whether a piece of text reads like a person's name (:func:`is_person_name`),
which names a line gives as its authors (a "By" line, links to author pages, a name
glued to its profile link as an author box prints it, a name next to a date:
:meth:`Bylines.byline`), whether a line holds names only (:func:`name_line`), and, in
:func:`take_authors`, which line near the title gives the article's authors. A wrong
author is worse than none: a line must read like names, and a picture's credit under a
caption does not sign.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from ...dates import MONTH_NAME, WEEKDAY, find_dates
from ...document import Reason
from ...lines import MARKDOWN_LINK, fold, plain_text, word_count
from .datelines import dateline, residual
from .reading import PageLine, Window, counts
from .record import Record
from .vocabulary import (
    ABOUT,
    AGENCIES,
    AGENCY_END,
    AUTHOR_PATH,
    BY_ALONE,
    BY_INLINE,
    BYLINE,
    CREDIT_SPLIT,
    FILLER,
    GLUE,
    GLUED_ROLE,
    LABEL_WORDS,
    NAME_END,
    NAME_SPLIT,
    NAME_TOKEN,
    NOT_NAME,
    OUTLET_WORDS,
    PAREN,
    PARTICLES,
    PROFILE_LINK,
    ROLES,
    SHORT_SOURCES,
    SMALL_WORD,
    SPACED_LINK,
    STAFF_CREDIT,
    TAGS_HEAD,
    TIME,
    interface_line,
)

# The longest text that can be a person's name, in characters.
_MAX_NAME_CHARS = 60
# Numbers with dots, slashes or dashes at the start of a line, as a date prints them.
_NUMERIC_LEAD = regex.compile(r"[0-9]{1,4}+(?:[./-][0-9]{1,4}+){1,2}+[ \t]++")
# How far above the body start, in lines that count, a byline that says so is read when
# the page has no headline to place it by (see take_authors()).
_FAR_BYLINE = 20
# The most words (particles and initials aside) of a name printed alone without a "By".
_MAX_PLAIN_WORDS = 4
# The most words in small letters before the date of a line that signs with a name
# and a date ("Ann Example, posted on Dec 17"); more is a caption's description.
_MAX_LEAD_SMALL_WORDS = 3


@attrs.frozen(slots=True)
class Name:
    """A name a line gives, and where it is in the text."""

    value: str
    start: int
    end: int


def is_person_name(text: str, *, single: bool = False) -> bool:
    """Whether ``text`` reads like a person's name: one to five capitalised words
    (particles such as *van*, *de*, *bin* aside), no digits, no interface words. A single
    word only counts when ``single`` is true (after an explicit "By").

    >>> is_person_name("Ann van der Example"), is_person_name("Email the author")
    (True, False)
    >>> is_person_name("Hours ago"), is_person_name("Ann Example 2"), is_person_name("Reuters")
    (False, False, False)
    """
    text = text.strip()
    if not text or len(text) > _MAX_NAME_CHARS or any(c.isdigit() for c in text):
        return False
    if "@" in text or "http" in text or "/" in text or "_" in text:
        return False
    tokens = text.split()
    if len(tokens) > 5 or (len(tokens) < 2 and not single):
        return False
    capitals = 0
    for token in tokens:
        low = token.casefold()
        if low.strip(".") in NOT_NAME:
            return False
        if low in PARTICLES:
            continue
        if not NAME_TOKEN.match(token):
            return False
        capitals += 1
    if capitals == 0 or tokens[-1].casefold() in PARTICLES:
        return False
    if len(tokens) == 1 and MONTH_NAME.fullmatch(text):
        return False  # "Nov." glued to the date after it
    return not (len(tokens) == 1 and (len(text) < 3 or WEEKDAY.fullmatch(text)))


def staff_credit(name: str) -> bool:
    """Whether ``name`` is a newsroom's credit: capitalised words, the article before them
    aside, and a word for its staff last (what a "By" signs with when no one person
    wrote the piece).

    >>> staff_credit("the Harbour Wire Staff"), staff_credit("Harbour Daily Team")
    (True, True)
    >>> staff_credit("Staff"), staff_credit("Our Team"), staff_credit("Ann Example")
    (False, False, False)
    """
    tokens = name.split()
    if tokens and tokens[0] in ("the", "The"):
        tokens = tokens[1:]
    if not 2 <= len(tokens) <= 5 or tokens[-1].casefold() not in STAFF_CREDIT:
        return False
    if tokens[0].casefold() in ("our", "my", "your"):
        return False  # "By Our Team": the site speaking, no credit
    return all(NAME_TOKEN.match(t) for t in tokens) and not any(c.isdigit() for c in name)


def _agency(name: str) -> bool:
    """Whether ``name`` is a news agency, with its article or without ("The Associated
    Press", "Reuters")."""
    low = fold(name)
    return low in AGENCIES or (low.startswith("the ") and low[4:] in AGENCIES)


def _undouble(name: str) -> str:
    """A name printed twice in a row, as a page's visible and hidden links print it ("Ann
    Example Ann Example"), once."""
    tokens = name.split()
    half = len(tokens) // 2
    if half >= 2 and len(tokens) == 2 * half and tokens[:half] == tokens[half:]:
        at = 0
        for token in tokens[:half]:
            at = name.index(token, at) + len(token)
        return name[:at]
    return name


def _name_goes_on(part: str, after: str) -> bool:
    """Whether a byline's one word before a connective ("on", "at"...) is only the
    start of a name that goes on after it: capitalised words follow, not a date, a time,
    a weekday or a month ("Harbour on Sea Couple on May 5", not "Ann on May 5")."""
    if len(part.split()) != 1 or not after[:1].isupper():
        return False
    word = after.split(None, 1)[0].rstrip(".,")
    if MONTH_NAME.fullmatch(word) or WEEKDAY.fullmatch(word):
        return False
    return not any(d.start == 0 for d in find_dates(after[:40]))


def leading_names(rest: str, offset: int, single: bool) -> list[Name]:
    """The names at the start of ``rest`` (a byline without its "By"); offsets are shifted by
    ``offset``."""
    end = NAME_END.search(rest)
    dates = find_dates(rest)
    cut = len(rest)
    if end is not None:
        cut = end.start()
    if dates:
        cut = min(cut, dates[0].start)
    part = rest[:cut]
    if dates and cut == dates[0].start:
        # a weekday before the date is the date's ("Ann Example Thu., Aug. 9 2012")
        head, _, last = part.rstrip(" \t,.").rpartition(" ")
        if head and WEEKDAY.fullmatch(last):
            part = head
    # a connective ("on", "at"...; "in" opens a category: "by Ann in Travel")
    word = end.group().strip().casefold() if end is not None else ""
    connective = end is not None and end.group()[:1].isspace() and word.isalpha() and word != "in"
    after = rest[end.end() :] if end is not None and cut == end.start() else ""
    if connective and after and _name_goes_on(part, after):
        return []  # "By Harbour on Sea Couple on May 5": the name holds the word
    if end is not None and cut == end.start() and end.group().isspace():
        # a count after the names ("Ann Example 3 Comments"), or a day after its month
        # ("Ann Example March 18 at 12:22"): a name of one word is then a word of a
        # sentence ("Over 100 ..."), and the month is no part of the name
        single = False
        head, _, last = part.rstrip().rpartition(" ")
        if head and MONTH_NAME.fullmatch(last):
            part = head
    out: list[Name] = []
    pos = 0
    pieces = NAME_SPLIT.split(part)
    for i, piece in enumerate(pieces):
        found = part.find(piece, pos) if piece else -1
        if found >= 0:
            pos = found + len(piece)
        name = _undouble(piece.strip(" \t.,;:*_\"'’“”"))
        if ROLES.fullmatch(name):
            continue  # "Ann Example, AP Auto Writer"
        glued = GLUED_ROLE.search(name)
        if glued is not None:
            name = name[: glued.start()].rstrip()
        final = i == len(pieces) - 1
        outlet = _outlet_start(name) if final and not staff_credit(name) else 0
        if outlet:
            name = name[:outlet]  # "By Ann Example Harbour News": the paper after the name
        if not name:
            continue
        if i > 0 and ROLES.search(name):
            continue  # "Ann Example, Staff Writer"
        if ROLES.fullmatch(name):
            continue
        if _agency(name):
            if i == 0:  # "Associated Press" signs; "Ann Example, Associated Press" works there
                at = part.find(name)
                start = offset + max(0, at)
                out.append(Name(name, start, start + len(name)))
            continue
        if i == 0 and len(pieces) == 1 and staff_credit(name):
            at = part.find(name)  # "By the Harbour Wire Staff": the newsroom signs
            start = offset + max(0, at)
            out.append(Name(name, start, start + len(name)))
            continue
        agency = AGENCY_END.search(name)
        if agency is not None and is_person_name(name[: agency.start()]):
            name = name[: agency.start()]  # "Ann Example Associated Press"
        if not is_person_name(name, single=single and len(pieces) == 1):
            if i == 0:
                return []
            continue
        at = part.find(name)
        start = offset + at if at >= 0 else offset
        out.append(Name(name, start, start + len(name)))
    return out


def _outlet_start(piece: str) -> int:
    """Where the publication starts in "Ann Example Daily Planet", "Ann B. Example DAILY
    PLANET" (0 when the piece is a name alone or not a name followed by capitalised
    words): two names, or three when the middle one is an initial."""
    tokens = piece.split()
    if len(tokens) < 3 or len(tokens) > 8:
        return 0
    n = 3 if regex.fullmatch(r"\p{Lu}\.?+", tokens[1]) else 2
    rest = tokens[n:]
    if not rest or not all(t[:1].isupper() for t in rest):
        return 0
    shouted = not all(t.isupper() for t in tokens[:n])  # "Ann Example DAILY PLANET"
    if not any((shouted and len(t) >= 2 and t.isupper()) or fold(t) in OUTLET_WORDS for t in rest):
        return 0  # "Ann Example Opens New Bridge": a headline, not a name and a paper
    if not is_person_name(" ".join(tokens[:n])):
        return 0
    at = 0
    for t in tokens[:n]:
        at = piece.index(t, at) + len(t)
    return at


def credit_line(text: str) -> bool:
    """Whether ``text`` is a picture credit: a person's name (or a body's, of one word)
    and an agency or picture library, split by ``|`` or ``/``.

    >>> credit_line("Ann Example | Getty Images"), credit_line("Ann Example/AFP")
    (True, True)
    >>> credit_line("Council / Reuters")
    True
    >>> credit_line("Council Opens New Bridge | The Daily Example")
    False
    """
    parts = CREDIT_SPLIT.split(text.strip(), maxsplit=2)
    if len(parts) != 2 or not is_person_name(parts[0], single=True):
        return False
    return fold(parts[1]) in AGENCIES or parts[1] in SHORT_SOURCES


def glued_name(text: str) -> str | None:
    """The person's name ``text`` starts with when it is glued to the link after it, as
    a scraper prints an author box ("Ann ExampleView More Articles"), or None.

    >>> glued_name("Ann ExampleView More Articles"), glued_name("Ann ExampleAuthor")
    ('Ann Example', 'Ann Example')
    >>> glued_name("Major WeWork Layoffs Begin"), glued_name("NASA Picks SpaceX, Blue Origin")
    (None, None)
    """
    for m in GLUE.finditer(text):
        head = text[: m.start() + 1]
        if " " in head and is_person_name(head) and PROFILE_LINK.match(text, m.start() + 1):
            return head
    return None


def locate(info: PageLine, names: list[Name]) -> list[Name]:
    """The names with their spans in the raw line (Markdown moves them)."""
    out = []
    for n in names:
        s, e = info.span_of(n.value)
        out.append(Name(n.value, s, e))
    return out


def author_links(info: PageLine) -> list[Name]:
    """The names a line links to their author pages ("[Ann Example](/author/ann)",
    "By [Ann Example](/autoren/ann) and [Bob Example](/autoren/bob)"), when the line
    starts with them (after a "By" or a date) and holds little else."""
    raw, p = info.line.text, info.plain
    if "](" not in raw or info.listed or not p:
        return []
    names: list[Name] = []
    for m in MARKDOWN_LINK.finditer(raw):
        if m.group("image") is not None:
            continue
        target = raw[m.end("anchor") + 2 : m.end() - 1].split()
        if not target or AUTHOR_PATH.search(target[0]) is None:
            continue
        anchor = plain_text(m.group("anchor")).strip(" \t*_")
        if is_person_name(anchor) and anchor not in (n.value for n in names):
            names.append(Name(anchor, 0, 0))
    dates = info.dates
    if not names:
        # a link whose address holds spaces ("[Ann Example](/author/Ann Example)"): the
        # plain text still prints it whole, so it is read here, and the line without it
        for m in SPACED_LINK.finditer(raw):
            anchor = m.group("anchor").strip(" \t*_")
            linked = AUTHOR_PATH.search(m.group("target")) is not None
            if linked and is_person_name(anchor) and anchor not in (n.value for n in names):
                names.append(Name(anchor, 0, 0))
        if not names:
            return []
        p = SPACED_LINK.sub(lambda m: m.group("anchor"), p)
        dates = tuple(find_dates(p))
    at = p.find(names[0].value)
    if at < 0:
        return []
    lead = residual(p[:at], [d for d in dates if d.end <= at])
    if lead and not BY_ALONE.match(lead):
        return []  # "A story by [Ann Example](/author/ann)...": a sentence
    others = word_count(residual(p, dates)) - sum(word_count(n.value) for n in names)
    return names if others <= 10 else []


# The longest "By" line that places a headline when its names are not read or taken.
_MAX_BY_LINE_CHARS = 80


class Bylines:
    """Reads bylines, and remembers which lines sign: ``signed``, the lines whose names a
    "By" or an author link gives, ``boxed``, the author boxes among them (a name glued
    to its profile link), and ``by_lines``, the lines that open with a "By" and a
    capital, their names read or not ("By The Editors", "By Harbour News and wire
    services" give no author, but are the byline of a headline all the same; a label
    word opens one only with its colon, see :func:`opener_signs`)."""

    def __init__(self) -> None:
        self.signed: set[int] = set()
        self.boxed: set[int] = set()
        self.by_lines: set[int] = set()

    def byline(self, info: PageLine) -> list[Name]:
        """The names a line gives as authors."""
        return locate(info, self._byline(info))

    def _byline(self, info: PageLine) -> list[Name]:
        p = info.plain
        if not p or len(p) > 200:
            return []
        offset = info.line.text.find(p)
        base = info.line.start + max(0, offset)
        # a numeric date the grammar cannot read ("11.05.12 Written by Ann Example")
        shift = numeric.end() if (numeric := _NUMERIC_LEAD.match(p)) is not None else 0
        m = BYLINE.match(p[shift:])
        if m is not None and not m.group("rest").endswith((":", "：")):  # "Text input:"
            rest, at = m.group("rest"), base + shift + m.start("rest")
            # a label without its colon ("Text Size"): a name of one word does not sign
            single = opener_signs(p[shift : shift + m.start("rest")])
            if single and rest[:1].isupper() and len(p) <= _MAX_BY_LINE_CHARS:
                self.by_lines.add(info.k)
            names = leading_names(rest, at, single)
            if names:
                self.signed.add(info.k)
                return names
            glued = glued_name(rest)  # "By Ann ExampleEmail Author"
            if glued is not None:
                self.signed.add(info.k)
                self.boxed.add(info.k)
                return [Name(glued, at, at + len(glued))]
        names = author_links(info)
        if names:
            self.signed.add(info.k)
            return names
        glued = glued_name(p)
        if glued is not None:
            self.signed.add(info.k)
            self.boxed.add(info.k)
            return [Name(glued, base, base + len(glued))]
        if info.dates and dateline(info):
            inline = BY_INLINE.search(p)
            if inline is not None:
                names = leading_names(p[inline.end() :], base + inline.end(), True)
                if names:
                    self.signed.add(info.k)
                    return names
            first = info.dates[0].start
            lead = p[:first]
            # a label ("Registered: July 3, 2001", "Joined: ..."), or the signature of an
            # embedded post ("Ann Example (@annexample) December 17, 2020"): no byline
            label = lead.rstrip().endswith((":", "：")) or "(@" in lead
            if lead.strip(" \t|-–—·,") and not label and not FILLER.match(lead.strip()):
                # one word in a list item is no name ("• Charter 18 May 1920")
                names = leading_names(lead, base, not info.listed)
                # "Ann Example, former head of the agency, in the harbour town, Dec 17": a
                # caption describes the person in words of a sentence; a byline does not
                if names and len(SMALL_WORD.findall(lead)) <= _MAX_LEAD_SMALL_WORDS:
                    return names
            after = p[info.dates[-1].end :]
            # "21/06/2014 Ann Example All, Books": a name right after the date
            parts = after.strip(" \t|-–—·,").split()
            if len(parts) >= 2 and not TIME.match(after.strip()):
                cand = " ".join(parts[:2])
                if is_person_name(cand):
                    at = p.find(cand, info.dates[-1].end)
                    return [Name(cand, base + at, base + at + len(cand))]
        return []


def says_by_alone(text: str) -> bool:
    """Whether ``text`` is a "By" alone on its line, the names on the next one. A label
    word ("Text", "Author") signs so only with its colon: alone, it is a button (the
    "Text" that sets the size of the type, beside "Print").

    >>> says_by_alone("By"), says_by_alone("Text:"), says_by_alone("  * Text")
    (True, True, False)
    """
    return BY_ALONE.match(text) is not None and opener_signs(text)


def opener_signs(opener: str) -> bool:
    """Whether the opening words of a byline sign on their own: a label word ("Text",
    "Autor") only with its colon ("Text Size", "Autor Login" are interface text).

    >>> opener_signs("By "), opener_signs("Text: "), opener_signs("Text ")
    (True, True, False)
    """
    if ":" in opener or "：" in opener:
        return True
    return fold(opener.strip(" \t*_>|•·-")) not in LABEL_WORDS


def plain_name(name: str, small: frozenset[str]) -> bool:
    """Whether ``name``, printed on a line of its own without a "By", can be a person's
    name rather than words of the page: not all its words (particles and initials aside)
    are words the body writes in small letters (``small``: "Salary Range", "Pin It",
    "Community Picks"), and no two or more of its words in a row are an interface phrase
    ("Increase Text Size").

    >>> small = frozenset("the salary range is wide and it is a good job".split())
    >>> plain_name("Ann Example", small), plain_name("Salary Range", small)
    (True, False)
    >>> plain_name("Rose Wide", small), plain_name("Increase Text Size", small)
    (True, False)
    """
    tokens = name.split()
    content = [
        t
        for n, t in enumerate(tokens)
        if t.casefold() not in PARTICLES and (len(t.strip(".")) > 1 or (n == 0 and t.isalpha()))
    ]
    if len(content) > _MAX_PLAIN_WORDS:
        return False  # "A Lighter Creamy Cole Slaw": a headline
    parts = [w for t in content for w in SMALL_WORD.findall(t.casefold())]
    if parts and all(w in small for w in parts):
        return False
    return not any(
        interface_line(" ".join(tokens[i:j]))
        for i in range(len(tokens))
        for j in range(i + 2, len(tokens) + 1)
    )


def name_line(
    info: PageLine, *, listed: bool = False, agency: bool = True, pure: bool = False
) -> list[Name]:
    """The names of a line holding only names (see :func:`names_only`), with their
    spans; with ``pure``, names must make up most of the line."""
    names = names_only(info, listed=listed, agency=agency)
    if pure and sum(len(n.value) for n in names) * 5 < len(info.plain) * 4:
        return []  # "Ann Example, Agency" under a caption: a picture credit
    return locate(info, names)


def names_only(info: PageLine, *, listed: bool = False, agency: bool = True) -> list[Name]:
    """A line holding only names: "Ann Example", "ANN EXAMPLE, BOB EXAMPLE", "Ann
    Example, Staff Writer", "Ann Example @handle", "Ann Example Daily Planet" (the
    name, then the publication). A list item only counts when ``listed`` is true, an
    agency alone when ``agency`` is."""
    p = PAREN.sub("", info.plain).strip() if "(" in info.plain else info.plain
    bar = p.find("|")
    if bar > 0 and TAGS_HEAD.match(p[bar + 1 :].lstrip()) is not None:
        p = p[:bar].rstrip()  # "Ann Example | Tags: Bridges, Roads, ..."
    if (info.listed and not listed) or info.dates or not p or len(p) > 80:
        return []
    if p.endswith((".", "!", "?")) or BYLINE.match(p) or BY_ALONE.match(p):
        return []
    offset = info.line.text.find(p)
    base = info.line.start + max(0, offset)
    end = NAME_END.search(p)
    handle = end is not None and (
        "@" in p[end.start() : end.end() + 1]
        or (end.group() == "|" and p[end.end() :].lstrip()[:1] == "@")
    )  # "Ann Example @handle", "Ann Example ann@example.org", "Ann Example | @handle"
    part = p[: end.start()] if end is not None and handle else p
    pieces = [x for x in NAME_SPLIT.split(part) if x.strip()]
    if not pieces or len(pieces) > 4:
        return []
    outlet = _outlet_start(pieces[-1])
    if outlet:
        part = part[: part.rfind(pieces[-1]) + outlet].rstrip()
        pieces[-1] = pieces[-1][:outlet].rstrip()
    names = leading_names(part, base, False)
    first = _undouble(pieces[0].strip(" \t.,;:*_\"'’“”"))
    glued = GLUED_ROLE.search(first) or (None if _agency(first) else AGENCY_END.search(first))
    if glued is not None:
        first = first[: glued.start()].rstrip()
    if not names or names[0].value != first:
        return []
    if not agency and all(_agency(n.value) for n in names):
        return []  # a picture credit ("Agency") rather than a signature
    for piece in pieces[1:]:
        piece = piece.strip(" \t.,;:*_")
        if any(n.value == piece for n in names) or ROLES.search(piece):
            continue
        if not (word_count(piece) <= 3 and all(w[:1].isupper() for w in piece.split())):
            return []
    return names


def under_caption(win: Window, rec: Record, info: PageLine, anchors: set[int]) -> bool:
    """Whether ``info`` comes right under a caption, itself right under a picture (a
    Markdown image): the picture's credit, not a byline."""
    caption = win.hop(info.k, -1)
    if caption is None or caption.k in anchors or caption.line.index in rec.removals:
        return False
    above = win.near_k.get(caption.k - 1)
    return above is not None and above.line.text.lstrip().startswith("![") and not counts(above)


def set_authors(rec: Record, names: Sequence[Name], confidence: float) -> None:
    """Take ``names`` as the authors, unless already known."""
    if "authors" in rec.fields:
        return
    seen: list[str] = []
    for n in names:
        if n.value not in seen:
            seen.append(n.value)
            rec.source("authors", n.start, n.end, confidence)
    rec.fields["authors"] = tuple(seen)


def take_authors(
    win: Window,
    rec: Record,
    bylines: dict[int, list[Name]],
    *,
    signed: set[int],
    by_alone: set[int],
    anchors: set[int],
    title: PageLine | None,
    date_info: PageLine | None,
) -> None:
    """The authors: the byline nearest the title (one that says so, with a "By" or an
    author link, before a name merely printed next to a date; below the title before
    above it), with the copies of it and a "By" alone next to it; without one, a line
    of names only next to the title or the date (:func:`_take_name_line`)."""
    gap = win.gap
    ref = title.k if title is not None else win.body_k
    # below the heading of the comments, a byline is a commenter's ("Posted by: Ann at")
    thread = win.thread_heading(ref, max(bylines, default=ref) + 1)
    near_by = sorted(
        (k for k in bylines if -6 <= gap(ref, k) <= 10 and (thread is None or k < thread)),
        key=lambda k: (k not in signed, abs(gap(ref, k)), k < ref),
    )
    if not near_by and title is None:
        # no headline was found to place the byline by, and the body start may be
        # below the header's lines: the one byline that says so further above the body
        far = [k for k in bylines if k in signed and -_FAR_BYLINE <= gap(ref, k) < 0]
        if len(far) == 1 and len(bylines) == 1:
            near_by = far
    if not near_by:
        _take_name_line(win, rec, anchors, title, date_info)
        return
    k = near_by[0]
    boxed = None if k in signed else _boxed_name(win, ref)
    if boxed is not None:
        # "Column | 19 July 2012" above the headline, "Ann Example" / "About the author"
        # under it: the author is the name the author box opens with
        spot, names = boxed
        set_authors(rec, names, 0.8)
        rec.remove(spot, Reason.BYLINE)
        return
    set_authors(rec, bylines[k], 0.9)
    rec.remove(win.near_k[k], Reason.BYLINE)
    same = {n.value for n in bylines[k]}
    for other in near_by[1:]:
        # a second byline next to the first naming the same people goes too
        if abs(gap(k, other)) <= 2 and {n.value for n in bylines[other]} <= same:
            rec.remove(win.near_k[other], Reason.BYLINE)
    for k2 in by_alone:
        if abs(gap(k2, k)) <= 1:
            rec.remove(win.near_k[k2], Reason.BYLINE)


def _boxed_name(win: Window, ref: int) -> tuple[PageLine, list[Name]] | None:
    """A line near line ``ref`` (the title, or the body start) that holds only a
    person's names and that an "About the author" heading follows (an author box that
    opens under the headline), with its names; else ``None``."""
    for info in win.lines:
        if abs(win.gap(ref, info.k)) > _BOX_REACH or info.listed:
            continue
        about = win.hop(info.k, 1)
        if about is None or ABOUT.match(about.plain) is None:
            continue
        names = name_line(info)
        if names and all(plain_name(n.value, win.small_words()) for n in names):
            return info, names
    return None


# How far from the title an author box's name may be, in lines a reader sees.
_BOX_REACH = 3


def _take_name_line(
    win: Window,
    rec: Record,
    anchors: set[int],
    title: PageLine | None,
    date_info: PageLine | None,
) -> None:
    """The first line of names only, looked for under the title (or a copy of it), past
    a standfirst, next to the date, and just above the body, in that order."""
    # (line, list item allowed, agency alone allowed, names only)
    spots: list[tuple[PageLine | None, bool, bool, bool]] = []
    if title is not None:
        copies = [
            i.k
            for i in win.lines
            if i.k != title.k and rec.removals.get(i.line.index) is Reason.TITLE
        ]
        spots += [(win.hop(k, 1), True, True, False) for k in [title.k, *copies]]
        nxt = win.hop(title.k, 1)
        if nxt is not None and len(nxt.plain) >= 40 and not nxt.listed:
            spots.append((win.hop(title.k, 2), False, False, False))
    if date_info is not None and (
        BYLINE.match(date_info.plain) or BY_INLINE.search(date_info.plain)
    ):
        return  # "By The Editors on May 5, 2020": the page signs there, with no name read
    if date_info is not None:
        listed = date_info.listed
        spots += [(win.hop(date_info.k, d), listed, abs(d) == 1, False) for d in (1, -1, 2, -2)]
    last = win.hop(win.body_k, -1)  # just above the body: only names, no agency
    if title is not None and last is not None and last.k > title.k:
        spots.append((last, False, False, True))
    for spot, listed, agency, pure in spots:
        if spot is None or (title is not None and spot.k == title.k):
            continue
        if spot.line.index in rec.removals or under_caption(win, rec, spot, anchors):
            continue
        if spot.plain.endswith((":", "：")):
            continue  # a label ("Salary Range:", "Dear Ann:")
        if spot.k == 0:
            continue  # the page's first line: the site's name, its <title>
        if spot.heading and "![" not in spot.line.text:
            continue  # a heading ("### Golden Harbour"), unless an avatar is in it
        names = name_line(spot, listed=listed, agency=agency, pure=pure)
        if names and title is not None and any(fold(n.value) in fold(title.plain) for n in names):
            continue  # the headline's subject ("Ann Example's Dress Stolen" / "Ann Example")
        if names and all(plain_name(n.value, win.small_words()) for n in names):
            set_authors(rec, names, 0.6)
            rec.remove(spot, Reason.BYLINE)
            break
