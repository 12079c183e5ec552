"""``extract_metadata``: move the title, byline, date and the rest out of the body into a record.

Pages print their metadata as text around the article: a headline (often twice), a kicker
or section, a byline, a date, a reading time, a standfirst, a language switcher, topic
lists, an author bio at the end. This cleaner reads them into the document's
:class:`~seedclean.document.Metadata` and removes their lines from the text, one audited
edit per line (reasons ``title``, ``subtitle``, ``byline``, ``dateline``,
``reading_time``, ``section``, ``translations``, ``tags``, ``author_bio``).

It looks where the metadata of the *article* is: the main-content locator
(:meth:`LocateContent.region <seedclean.cleaners.LocateContent.region>`) gives the start
of the body, and the title, byline and date are searched among the lines just before it
(and the first few lines of it). Dates of teasers, comments and related items further
down are never taken. A wrong value is worse than none: each field needs evidence (a
title is a heading-like line next to a byline or date, repeated, or marked as a heading;
a byline must read like names), otherwise it stays unknown.

>>> page = ("Menu\\nHome\\n\\nA Headline About Something\\n\\nBy Ann Example and Bob Example\\n"
...         "Dec 18, 2020 | 4 min read\\n\\n" + "The article says what it says, in words. " * 5)
>>> doc = ExtractMetadata()(page)
>>> doc.metadata.title, doc.metadata.authors, doc.metadata.date, doc.metadata.reading_time
('A Headline About Something', ('Ann Example', 'Bob Example'), datetime.date(2020, 12, 18), 4)
>>> [(e.reason.value, e.old.strip()) for e in doc.audit]  # doctest: +NORMALIZE_WHITESPACE
[('title', 'A Headline About Something'), ('byline', 'By Ann Example and Bob Example'),
 ('dateline', 'Dec 18, 2020 | 4 min read')]
"""

from __future__ import annotations

import bisect
import datetime
import functools
import itertools
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any, ClassVar

import attrs
import regex

from ..dates import DATE_PATTERN, MONTH_NAME, WEEKDAY, DateMatch, find_dates
from ..document import Change, Document, FieldSource, Metadata, Reason
from ..lines import (
    MARKDOWN_LINK,
    Line,
    fold,
    link_density,
    no_space_chars,
    plain_text,
    removal_spans,
    sentence_count,
    split_lines,
    word_count,
)
from ..pipeline import SpanCleaner, as_document, register_cleaner
from ..stopwords import STOPWORDS, detect_language, words
from .locate_content import LocateContent
from .remove_boilerplate import is_cookie_banner
from .remove_captions import CREDIT_SOURCES

__all__ = ["ExtractMetadata", "is_person_name"]

# How far from the start of the body the title, byline and date are looked for, in
# non-blank lines.
_BEFORE = 30
_AFTER = 8
# Lines whose visible text is longer than this are never metadata (and are not searched at
# all); Markdown lines up to _MAX_RAW_LINE are read first, as their link targets can make
# a short byline long ("[Ann Example](https://example.com/author/ann-example/ "Posts by
# Ann Example") 18/12/2020 [Comment](...) [Topic](...), [Topic](...)").
_MAX_LINE = 400
_MAX_RAW_LINE = 4000
# How many lines past the window (images, rules and icons that do not count, see
# _Extraction.counts) the byline and the date are looked for, at most.
_MAX_BEYOND = 200
_MAX_NAME_CHARS = 60

# Words that open a byline, in the languages the date grammar reads (and Russian).
_BY = (
    r"by|written by|words by|story by|text by|von|text|par|texte|por|texto|di|testo|door|"
    r"tekst|от|автор|author|authors|auteur|autor|autore|autores|verfasst von|posted by|"
    r"reporting by|reported by|analysis by|commentary by|opinion by"
)
_BYLINE = regex.compile(
    rf"^[\s*_>|•·-]*+(?i:{_BY})(?:[ \t]*+[:：][ \t]*+|[ \t]++)(?P<rest>\S.*+)$"
)
_BY_ALONE = regex.compile(rf"^[\s*_>|•·-]*+(?i:{_BY})[ \t]*+[:：]?[ \t]*+$")
# "... by Ann Example" inside a line that also holds the date.
_BY_INLINE = regex.compile(
    r"(?:^|(?<=[\s|/·•,]))(?i:by|von|par|por|door)(?:[ \t]*+:[ \t]*+|[ \t]++)(?=\p{L})"
)
# Where the names of a byline end: a separator, a date marker, a handle, a parenthesis.
_NAME_END = regex.compile(
    r"[|·•/@(\[]|\s[-–—]\s|\s[-–—]$|\s(?i:on|at|am|le|el|il|op|em|in)\s|"
    r"(?i:\b(?:published|publish date|posted|updated|publiziert|veröffentlicht|aktualisiert|"
    r"publié|mis à jour|publicado|actualizado|atualizado|pubblicato|aggiornato|"
    r"gepubliceerd|bijgewerkt)\b)"
)
_NAME_SPLIT = regex.compile(r"\s*+,\s*+(?:and\s++|&\s*+)?|\s++(?:and|&|und|et|y|e|en|и)\s++")
# Roles and agencies written after a name: "Ann Example, Staff Writer".
_ROLES = regex.compile(
    r"(?i:(?:senior|staff|special|contributing|chief|deputy|associate|guest|political|"
    r"national|foreign|business|science|technology|sports?|health|auto|ap)[ \t]++)*+"
    r"(?i:writer|reporter|correspondent|editor|columnist|contributor|journalist|staff|"
    r"redakteur|redakteurin|rédacteur|rédactrice|redactor|redactora|redattore|redacteur|"
    r"autor|autorin)$"
)
# A role written after the name without a comma, or glued to it by the scraper: "Ann
# Example Senior Contributor", "Ann ExampleBusiness Columnist".
_GLUED_ROLE = regex.compile(
    r"(?:(?<=\p{Ll})|(?<![ \t])[ \t]++)(?:(?:Senior|Staff|Special|Contributing|Chief|Deputy|"
    r"Associate|Guest|Political|National|Foreign|Business|Science|Technology|Sports?|"
    r"Health)[ \t]++)?+"
    r"(?:Writer|Reporter|Correspondent|Contributor|Editor|Columnist|Redakteur|Redakteurin|"
    r"Korrespondent|Korrespondentin|Rédacteur|Rédactrice|Correspondant|Correspondante|"
    r"Redactor|Redactora|Corresponsal|Redattore|Redattrice|Corrispondente|Redacteur|"
    r"Correspondent)$"
)
_PARTICLES = frozenset(
    ["van", "von", "de", "da", "del", "della", "der", "den", "di", "du", "la", "le", "bin",
     "ibn", "al", "el", "dos", "das", "do", "ter", "ten", "zu", "y", "e", "d'", "van't",
     "mac", "st.", "af"]
)  # fmt: skip
# Social networks, as share buttons name them.
_SOCIAL_NAMES = [
    "facebook twitter whatsapp pinterest linkedin instagram youtube reddit telegram",
    "tiktok flipboard",
]
_SOCIAL = frozenset(" ".join(_SOCIAL_NAMES).split())
# Words that show a "name" is interface text or a label, not a person.
_NOT_NAME = frozenset(
    " ".join(
        [
            "email e-mail mail author authors share comments comment hours hour minutes",
            "minute ago read more follow subscribe updated update published posted min photo",
            "photos image video news home menu search login log sign advertisement click here",
            "print the and our your contact about latest breaking live opinion analysis",
            "editorial staff newsletter privacy terms policy cookies copyright rights reserved",
            "all view full story stories related topics tags section sections top popular",
            "trending features feature special sponsored podcast podcasts watch listen gallery",
            "review reviews release website site blog today yesterday tomorrow week month",
            "year new business world politics sports sport tech technology science health",
            "culture entertainment lifestyle travel food style economy markets money local",
            "national international media books arts music film tv weather watched",
            *_SOCIAL_NAMES,
        ]
    ).split()
)
_NAME_TOKEN = regex.compile(
    r"^(?:\p{Lu}[\p{L}\p{M}'’\-]*+\.?+|\p{Lu}\.(?:\p{Lu}\.)*+|\p{Lu}\p{L}*+['’]\p{Lu}[\p{L}\-]*+)$"
)

_READING = regex.compile(
    r"(?<![\p{L}0-9])(?P<n>[0-9]{1,3})[ \t\u00a0-]*+(?i:min(?:ute)?s?|minuten|minutes|minutos|"
    r"minuti|minuut|minuto)\.?+[ \t]*+(?i:read|reading|de lecture|de lectura|di lettura|"
    r"lesezeit|leestijd|de leitura|lesedauer|leestijd)(?!\p{L})"
    r"|(?i:reading time|read time|lesezeit|lesedauer|temps de lecture|tiempo de lectura|"
    r"tempo de leitura|tempo di lettura|leestijd)[ \t]*+:?[ \t]*+(?:(?i:ca)\.?[ \t]*+)?"
    r"(?P<n2>[0-9]{1,3})[ \t\u00a0]*+(?i:min(?:ute|uten|utos|uti|uut|uto)?s?)\.?+(?!\p{L})"
)
_TRANSLATIONS = regex.compile(
    r"^(?i:also available in|available in|read (?:this )?in|this (?:article|page) is also "
    r"available in|other languages|disponible en|disponible aussi en|également disponible en|"
    r"auch verfügbar (?:auf|in)|auch auf|disponível em|também disponível em|disponibile in|"
    r"anche in|ook beschikbaar in|leer en|lire en|lesen auf)[ \t]*+:?[ \t]*+(?P<rest>.*+)$"
)
_TAGS_HEAD = regex.compile(
    r"^(?i:topics?|tags?|tagged(?: with| in)?|filed under|keywords|related topics|"
    r"themen|schlagw[öo]rter|schlagworte|étiquettes|mots-clés|sujets|etiquetas|temas|"
    r"argomenti|onderwerpen|trefwoorden|tópicos|assuntos)"
    r"(?:[ \t]*+[:：][ \t]*+(?P<rest>\S.*+)|[ \t]*+[:：]?[ \t]*+)$"
)
_REGIONS_HEAD = regex.compile(
    r"^(?i:regions?(?: (?:&|and) countries)?|countries|places|locations?|regionen|länder|"
    r"régions|pays|regiones|países|regioni|paesi|regio's|landen|regiões)"
    r"(?:[ \t]*+[:：][ \t]*+(?P<rest>\S.*+)|[ \t]*+[:：]?[ \t]*+)$"
)
_BIO = regex.compile(
    r"^(?P<name>\p{Lu}[^\s,]*+(?:[ \t]+[^\s,]+){0,4}?)(?:,[ \t]++(?:an?|the)[ \t]|"
    r"[ \t]++(?:is|was)[ \t]++(?:an?|the|also)?+[ \t]?+)(?P<what>[^\n]{0,400}+)$"
)
_BIO_WORDS = regex.compile(
    r"(?i:\b(?:at|of|with|for|author|writer|journalist|editor|fellow|professor|analyst|"
    r"reporter|correspondent|director|researcher|contributor|columnist|scholar|founder)\b)"
)
_ABOUT = regex.compile(
    r"^(?i:about the authors?|about the writers?|über (?:den autor|die autorin|die autoren)|"
    r"zum autor|à propos de l'auteur|à propos des auteurs|sobre el autor|sobre los autores|"
    r"sobre o autor|sobre os autores|sull'autore|l'autore|over de auteur|over de auteurs)"
    r"[ \t]*+:?$"
)
_PAREN = regex.compile(r"\([^()\n]{0,300}+\)")
_LIST_MARK = regex.compile(r"^[ \t]*+(?:[*+•·o-]|[0-9]{1,3}\.)[ \t]++")
_HEADING_MARK = regex.compile(r"^[ \t]*+(#{1,6}+)[ \t]++")
_EMPTY_HEADING = regex.compile(r"[ \t]*+(#{1,6}+)[ \t]*+")
_TIME = regex.compile(
    r"(?<![0-9])[0-9]{1,2}[:.h][0-9]{2}(?::[0-9]{2})?+[ \t]*+(?i:am|pm|a\.m\.|p\.m\.|uhr|h)?+"
    r"(?![0-9])|(?<![0-9])[0-9]{1,2}[ \t]*+(?i:am|pm)(?!\p{L})"
)
_ZONE = regex.compile(r"(?<!\p{L})(?:[A-Z]{2,4}|UTC[+-][0-9]{1,2}|GMT[+-][0-9]{1,2})(?!\p{L})")
_FILLER = regex.compile(
    r"(?i:published|publish date|posted|posted on|first published|updated|last updated|"
    r"last modified|modified|date|on|at|le|am|um|el|em|il|op|à|a las|alle|om|publié|"
    r"mis à jour|publicado|actualizado|atualizado|pubblicato|aggiornato|veröffentlicht|"
    r"publiziert|aktualisiert|gepubliceerd|bijgewerkt|erschienen)(?!\p{L})"
)
_SEPARATORS = " \t\u00a0|·•,;:/-–—()[]"
_SUFFIX_SEP = regex.compile(r"\s(?:\||-|–|—|::|»|·)\s")
# Short interface lines that are never a title.
_UI_TITLES = frozenset(
    [
        "share", "advertisement", "subscribe", "sign in", "log in", "menu", "search", "close",
        "skip to content", "continue reading", "supported by", "related", "most popular",
        "trending", "breaking news", "newsletter", "newsletters", "read more", "comments",
        "home", "latest", "more", "about us", "contact us", "follow us", "cookie policy",
        "privacy policy", "terms of use", "all rights reserved", "you are here", "up next",
        "watch live", "latest headlines", "top stories", "top headlines", "more stories",
        "most read", "most viewed", "editor's picks", "recommended", "you may also like",
        "more news", "related articles", "related stories", "recent posts", "popular posts",
        "meistgelesen", "les plus lus", "lo más leído", "i più letti", "meest gelezen",
    ]
)  # fmt: skip
# The heading of a list of other articles: "More from Ann Example", "Read also", "Mehr
# zum Thema", "À lire aussi", "Lee también", "Leggi anche", "Lees ook", "Leia também".
_LIST_HEADING = regex.compile(
    r"^(?i:(?:more|recent|latest|other|related|popular|top|most read)[ \t]++"
    r"(?:from|by|in|on|about|stories|articles|posts|news|headlines|videos)|read also|"
    r"see also|also read|read next|mehr (?:von|zu|aus|zum)|weitere (?:artikel|beiträge)|"
    r"siehe auch|lesen sie auch|(?:à )?lire aussi|voir aussi|lee también|"
    r"ver también|leia também|veja também|leggi anche|altri articoli|vedi anche|"
    r"lees ook|meer van|zie ook|читайте также|ещё по теме)(?!\p{L})|"
    r"^(?i:latest|more|top|most popular|neueste|mehr|plus|más|mais|altri|meer)[ \t]++\p{L}++$"
)
# Sentences of media players and link widgets, never a headline.
_UI_SENTENCE = regex.compile(
    r"(?i:\b(?:opens?|will open) in a new (?:window|tab)\b|\bshare (?:this|on|via|with)\b|"
    r"\b(?:is|are) (?:not supported|unsupported)\b|\bmedia playback\b|\benable javascript\b|"
    r"\byour browser\b)"
)
# A caption glued to its credit by the scraper: "... in Braunau, Austria.Ann Example / Agency".
_GLUED_CREDIT = regex.compile(r"\p{Ll}{2}[.!?]\p{Lu}\p{Ll}|(?i:credit:)|(?i:caption)(?=\p{Lu})")
_AGO = regex.compile(
    r"(?<![\p{L}0-9])[0-9]{1,3}[ \t]*+(?i:(?:second|minute|min|hour|hr|day|week|month)s?+|"
    r"[smhd])[ \t]++(?i:ago)(?!\p{L})|(?i:vor)[ \t]++[0-9]{1,3}[ \t]++\p{L}{1,10}+|"
    r"(?i:il y a|hace|há)[ \t]++[0-9]{1,3}[ \t]++\p{L}{1,10}+|"
    r"(?<![\p{L}0-9])[0-9]{1,3}[ \t]++\p{L}{1,10}+[ \t]++(?i:fa|geleden|назад)(?!\p{L})"
)
_WEB_ADDRESS = regex.compile(r"(?i:\bwww\.|https?://)")
_WORDY = regex.compile(r"[\p{L}\p{N}]")
# The dash that opens the signature under a quotation or an embedded post.
_SIGNATURE = regex.compile(r"^[—―–][ \t]*+")
# Where a link to an author's page goes: "/author/ann-example", "/autoren/anna-beispiel/",
# "/journalist/123/ann-example", "?byline=y".
_AUTHOR_PATH = regex.compile(
    r"(?i:[/?&](?:authors?|autor|autoren|autores|autori|autore|autrice|auteurs?|"
    r"journalist|journalists|journalisten|journaliste|journalistes|periodistas?|"
    r"giornalist[ai]|jornalistas?|redacteurs?|redactie|redaktion|redaccion|redazione|"
    r"reporters?|writers?|columnists?|contributors?|staff|byline)(?:[/=?&#.]|$))"
)


# Names of languages, in English and in themselves, that a language switcher lists.
_LANGUAGES = frozenset(
    " ".join(
        [
            "english arabic farsi persian french german spanish portuguese italian dutch",
            "russian chinese japanese korean turkish hebrew urdu hindi kurdish polish",
            "ukrainian greek français deutsch español português italiano nederlands русский",
            "українська polski türkçe ελληνικά العربية فارسی اردو עברית 中文 日本語 한국어",
            "हिन्दी kurdî",
        ]
    ).split()
)


_TITLE_THRESHOLD = 3.5
# How many times the extractor runs on what it leaves (see ExtractMetadata.extract), and
# the longest text, in lines, that gets more than one pass (pages have far fewer lines;
# each pass runs the main-content locator on the whole text).
_MAX_PASSES = 3
_MAX_PASS_LINES = 20_000
# A line this long that ends a sentence is a sentence of boilerplate (see swallows()).
_SWALLOW_CHARS = 60
# Words of interface lines ("Share this story", "Follow us on", "Sign up for alerts").
_CREDIT = regex.compile(
    r"(?i:\b(?:photograph|photo|image|picture|illustration)s?+ (?:by|credit|courtesy)\b)"
)
_UI_WORDS = regex.compile(
    r"(?i:\b(?:share|sharing|follow|subscribe|newsletters?|sign up|sign in|log in|e-?mail|"
    r"emails|tweet|comments?|advertisement|playback|continue reading|read more|click|"
    r"watch live|recent from|more from|related|cookies?|javascript|browser)\b)"
)
_BODY_SAMPLE = 6000
_MIN_BODY_WORDS = 20
_PROSE_CHARS = 150
_ALL_STOPWORDS = frozenset().union(*STOPWORDS.values())
_CAPTION_START = regex.compile(
    r"^(?i:photo|image|picture|credit|caption|foto|bild|imagen|immagine|illustration)s?+\b"
)


_NO_SPACE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}]")


def _content_word_list(text: str) -> list[str]:
    """The words of ``text`` that carry meaning: four letters or more, no function words;
    for scripts written without spaces, pairs of characters."""
    out = [w for w in words(text) if len(w) >= 4 and w not in _ALL_STOPWORDS]
    if not text.isascii():
        chars = _NO_SPACE.findall(text)
        out.extend(a + b for a, b in itertools.pairwise(chars))
    return out


def _content_words(text: str) -> set[str]:
    return set(_content_word_list(text))


@attrs.frozen(slots=True)
class _Info:
    """What the extractor reads from one non-blank line near the body start."""

    k: int  # index among the non-blank lines
    line: Line
    plain: str
    heading: int  # Markdown heading level, 0 for none
    listed: bool  # a list item
    dates: tuple[DateMatch, ...]


# News agencies sign articles too ("Associated Press", "Reuters"), as printed in credits.
_AGENCIES = frozenset(fold(s) for s in CREDIT_SOURCES if len(s) >= 5)
_LONG_SOURCES = sorted((s for s in CREDIT_SOURCES if len(s) >= 5), key=len, reverse=True)
_AGENCY_END = regex.compile(
    "[ \t]++(?:"
    + "|".join(regex.escape(s) for s in _LONG_SOURCES)
    + ")$",
    regex.IGNORECASE,
)


@attrs.frozen(slots=True)
class _Name:
    value: str
    start: int
    end: int


# Markdown's single-character emphasis, around words (not inside snake_case or 2 * 3).
_ITALIC = regex.compile(r"(?<![\w*_])[*_](?=[^\s*_])|(?<=[^\s*_])[*_](?![\w*_])")


def _unglue(raw: str) -> str:
    """``raw`` with a " | " between links printed one against the other, as the page shows
    them apart ("[Ann Example](/a)[More](/m)" reads "Ann Example | More", not "Ann
    ExampleMore")."""
    out = []
    pos = end = 0
    for m in MARKDOWN_LINK.finditer(raw):
        if m.group("image") is not None:
            continue
        if m.start() == end and end:
            out.append(raw[pos : m.start()])
            out.append(" | ")
            pos = m.start()
        end = m.end()
    out.append(raw[pos:])
    return "".join(out)


@functools.lru_cache(maxsize=1 << 14)
def _visible(raw: str) -> tuple[str, int, bool]:
    if ")[" in raw:
        raw = _unglue(raw)
    text = plain_text(raw) if ("[" in raw or "\\" in raw or "*" in raw or "_" in raw) else raw
    level = 0
    m = _HEADING_MARK.match(text)
    if m is not None:
        level = len(m.group(1))
        text = text[m.end() :]
    listed = _LIST_MARK.match(text) is not None and not DATE_PATTERN.match(text.lstrip())
    if listed:
        text = _LIST_MARK.sub("", text, count=1)
    if "*" in text or "_" in text:
        text = _ITALIC.sub("", text)  # "Published *Dec 18, 2020* by _Ann Example_"
    return text.strip(" \t*_>|#"), level, listed


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
        if low.strip(".") in _NOT_NAME:
            return False
        if low in _PARTICLES:
            continue
        if not _NAME_TOKEN.match(token):
            return False
        capitals += 1
    if capitals == 0 or tokens[-1].casefold() in _PARTICLES:
        return False
    if len(tokens) == 1 and MONTH_NAME.fullmatch(text):
        return False  # "Nov." glued to the date after it
    return not (len(tokens) == 1 and (len(text) < 3 or WEEKDAY.fullmatch(text)))


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


def _names(rest: str, offset: int, single: bool) -> list[_Name]:
    """The names at the start of ``rest`` (a byline without its "By"); offsets are shifted by
    ``offset``."""
    end = _NAME_END.search(rest)
    dates = find_dates(rest)
    cut = len(rest)
    if end is not None:
        cut = end.start()
    if dates:
        cut = min(cut, dates[0].start)
    part = rest[:cut]
    out: list[_Name] = []
    pos = 0
    pieces = _NAME_SPLIT.split(part)
    for i, piece in enumerate(pieces):
        found = part.find(piece, pos) if piece else -1
        if found >= 0:
            pos = found + len(piece)
        name = _undouble(piece.strip(" \t.,;:*_\"'’“”"))
        if _ROLES.fullmatch(name):
            continue  # "Ann Example, AP Auto Writer"
        glued = _GLUED_ROLE.search(name)
        if glued is not None:
            name = name[: glued.start()].rstrip()
        if not name:
            continue
        if i > 0 and _ROLES.search(name):
            continue  # "Ann Example, Staff Writer"
        if _ROLES.fullmatch(name):
            continue
        if fold(name) in _AGENCIES:
            if i == 0:  # "Associated Press" signs; "Ann Example, Associated Press" works there
                at = part.find(name)
                start = offset + max(0, at)
                out.append(_Name(name, start, start + len(name)))
            continue
        agency = _AGENCY_END.search(name)
        if agency is not None and is_person_name(name[: agency.start()]):
            name = name[: agency.start()]  # "Ann Example Associated Press"
        if not is_person_name(name, single=single and len(pieces) == 1):
            if i == 0:
                return []
            continue
        at = part.find(name)
        start = offset + at if at >= 0 else offset
        out.append(_Name(name, start, start + len(name)))
    return out


def _residual(plain: str, dates: Sequence[DateMatch]) -> str:
    """What a line holds besides its dates, times, time zones and date markers."""
    parts = []
    pos = 0
    for m in dates:
        parts.append(plain[pos : m.start])
        pos = m.end
    parts.append(plain[pos:])
    rest = " ".join(parts)
    rest = _TIME.sub(" ", rest)
    rest = WEEKDAY.sub(" ", rest)
    rest = _FILLER.sub(" ", rest)
    rest = _ZONE.sub(" ", rest)
    rest = _READING.sub(" ", rest)
    return " ".join(rest.translate({ord(c): " " for c in _SEPARATORS}).split())


# Words that name a newspaper or a newsroom (the publication after a byline's name).
_OUTLET_WORDS = frozenset(
    " ".join(
        [
            "today times news post press journal herald tribune daily gazette leader star",
            "review magazine insider chronicle courier observer sun telegraph express mail",
            "wire staff bureau desk network radio tv online zeitung tagblatt nachrichten",
            "rundschau anzeiger kurier allgemeine presse journal quotidien diario periódico",
            "noticias corriere gazzetta giornale notizie dagblad krant nieuws jornal folha",
        ]
    ).split()
)


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
    if not any((shouted and len(t) >= 2 and t.isupper()) or fold(t) in _OUTLET_WORDS for t in rest):
        return 0  # "Ann Example Opens New Bridge": a headline, not a name and a paper
    if not is_person_name(" ".join(tokens[:n])):
        return 0
    at = 0
    for t in tokens[:n]:
        at = piece.index(t, at) + len(t)
    return at


def _timestamp(p: str) -> bool:
    """A short line that is only a time or an age: "Monday 6:30PM", "1 day ago"."""
    if not p or len(p) > 40:
        return False
    timed = _TIME.search(p) is not None or bool(_AGO.search(p))
    return timed and word_count(_residual(_AGO.sub(" ", p), ())) <= 1


def _is_heading(info: _Info) -> bool:
    p = info.plain
    if info.listed or not (8 <= len(p) <= 250) or info.dates:
        return False
    return _heading_text(p, info.heading, info.line.text)


# What _is_heading reads past the cheap tests depends on the line alone; the extractor
# asks again about the same lines on each of its passes.
@functools.lru_cache(maxsize=2048)
def _heading_text(p: str, heading: int, raw: str) -> bool:
    if p[0].islower():
        return False
    words = word_count(p)
    if words < 2 or words > 40 or p.endswith((":", ",", ";")) or "©" in p:
        return False
    if p.count("|") > 1 or (sentence_count(p) > 2 and heading != 1):
        return False  # a table row; sentences (a first-level heading may quote some)
    if _credit_line(p):
        return False  # "Ann Example | Getty Images": a picture's credit
    if heading == 0 and link_density(raw) > 0.3:
        return False
    if fold(p) in _UI_TITLES or _BYLINE.match(p) or _READING.search(p):
        return False
    if any(label.match(p) for label in (_TRANSLATIONS, _TAGS_HEAD, _REGIONS_HEAD, _ABOUT)):
        return False  # "Also available in", "Topics", "About the author"
    if "  " in p or _CAPTION_START.match(p) or (p.startswith("(") and p.endswith(")")):
        return False  # a table row, a caption, a credit
    if _CREDIT.search(p) or " > " in p or "»" in p or "›" in p or _GLUED_CREDIT.search(p):
        return False  # a caption with its credit, a breadcrumb trail
    if sum(1 for w in p.casefold().split() if w in _SOCIAL) >= 2:
        return False  # a row of share buttons
    if _LIST_HEADING.match(p) or _UI_SENTENCE.search(p) or _WEB_ADDRESS.search(p):
        return False  # "More from ...", "Media playback is unsupported", a web address
    timed = _TIME.search(p) is not None or "ago" in p.casefold().split()
    if timed and word_count(_residual(p, ())) <= 3:
        return False  # "Updated Nov 19, 6:55 AM", "Monday 6:30PM", "1 hour ago"
    tokens = p.split()
    if sum(1 for t in tokens if any(c.isdigit() for c in t)) * 3 > len(tokens):
        return False  # scores, tables, prices
    if p.endswith(".") and not p.endswith("...") and heading == 0:
        return False  # a sentence: a standfirst or the first paragraph
    if _glued_name(p) is not None:
        return False  # "Ann ExampleView More Articles": an author box
    # a page's first-level heading is its headline even when it reads like a name
    return heading == 1 or not (words <= 6 and is_person_name(p))


_CREDIT_SPLIT = regex.compile(r"[ \t]*+[|/©][ \t]*+")
_SHORT_SOURCES = frozenset(s for s in CREDIT_SOURCES if len(s) < 5)


def _credit_line(text: str) -> bool:
    """Whether ``text`` is a picture credit: a person's name and an agency or picture
    library, split by ``|`` or ``/``.

    >>> _credit_line("Ann Example | Getty Images"), _credit_line("Ann Example/AFP")
    (True, True)
    >>> _credit_line("Council Opens New Bridge | The Daily Example")
    False
    """
    parts = _CREDIT_SPLIT.split(text.strip(), maxsplit=2)
    if len(parts) != 2 or not is_person_name(parts[0]):
        return False
    return fold(parts[1]) in _AGENCIES or parts[1] in _SHORT_SOURCES


_GLUE = regex.compile(r"\p{Ll}\p{Lu}")
# The first word of the link an author box prints after the name ("View More Articles",
# "All posts", "Alle Artikel", "Voir ses articles", "Ver más").
_PROFILE_LINK = regex.compile(
    r"(?i:view|see|more|all|read|follow|author|profile|posts|articles|stories|bio|contact|"
    r"e-?mail|alle|artikel|mehr|autor|voir|tous|auteur|plus|ver|todos|artículos|más)\b"
)


def _glued_name(text: str) -> str | None:
    """The person's name ``text`` starts with when it is glued to the link after it, as
    a scraper prints an author box ("Ann ExampleView More Articles"), or None.

    >>> _glued_name("Ann ExampleView More Articles"), _glued_name("Ann ExampleAuthor")
    ('Ann Example', 'Ann Example')
    >>> _glued_name("Major WeWork Layoffs Begin"), _glued_name("NASA Picks SpaceX, Blue Origin")
    (None, None)
    """
    for m in _GLUE.finditer(text):
        head = text[: m.start() + 1]
        if " " in head and is_person_name(head) and _PROFILE_LINK.match(text, m.start() + 1):
            return head
    return None


def _glued_copy(line: str, below: str) -> bool:
    """Whether ``line`` is the line ``below`` (a headline) with more text glued before
    it, as scrapers print a breadcrumb trail run into the headline.

    >>> _glued_copy("homesportbreaking: a club signs a keeper", "breaking: a club signs a keeper")
    True
    >>> _glued_copy("a club signs a keeper", "a club signs a keeper")
    False
    """
    return len(below) >= _MIN_CUT and len(line) > len(below) and line.endswith(below)


_SITE_ROOT = regex.compile(r"/|(?i:https?://)[^/\s]++/?+")
_MAX_HEADLINE_REACH = 150


def _home_link(raw: str) -> bool:
    """Whether a Markdown heading is nothing but a link to a site's home page: the
    site's name or logo, not a headline.

    >>> _home_link("# [Daily Planet](/)"), _home_link("# [![Logo](l.png)](https://x.org/)")
    (True, True)
    >>> _home_link("# [A headline](https://x.org/news/a-headline)"), _home_link("# Plain")
    (False, False)
    """
    text = _HEADING_MARK.sub("", raw, count=1).strip()
    m = MARKDOWN_LINK.fullmatch(text)
    if m is None or m.group("anchor") is None:
        return False
    target = text[m.end("anchor") + 2 : -1].split()
    return bool(target) and _SITE_ROOT.fullmatch(target[0]) is not None


# "— Ann Example, in an interview": the line under a quotation that says who said it
_ATTRIBUTION = regex.compile(r"^[—―–][ \t]*+\p{Lu}")


def _in_run(k: int, headings: set[int], *, length: int = 4) -> bool:
    """Whether line ``k`` is one of at least ``length`` heading-like lines in a row."""
    lo = hi = k
    while lo - 1 in headings:
        lo -= 1
    while hi + 1 in headings:
        hi += 1
    return hi - lo + 1 >= length


def _dated_run(
    headings: set[int],
    dated: set[int],
    *,
    named: Iterable[int] = (),
    lists: Iterable[int] = (),
    length: int = 3,
) -> set[int]:
    """The heading-like lines of a list of teasers printed as headline-and-date pairs:
    at least ``length`` headings with a date right under them or one line below, each
    starting at most two lines after the last one's date (a kicker may come between, or
    stand right above the heading).

    The first pair of a run is left out unless one of the ``lists`` lines (the heading
    of a list, "More stories") is right above it, a kicker aside: it may be the
    article's own headline with the list right under it. A pair with a byline (a line of
    ``named``) between its heading and its date and a pair without one are not of one
    list: the run ends there."""
    out: set[int] = set()
    openers = set(lists)
    signed = set(named)
    run: list[int] = []
    shape = False
    last_date = 0

    def close() -> None:
        if len(run) >= length:
            listed = any(run[0] - d in openers for d in (1, 2, 3))
            out.update(run if listed else run[1:])

    for k in sorted(headings):
        if k + 1 in headings and k + 2 in dated:
            continue  # a kicker: the pair is the heading under it and its date
        date = next((d for d in (k + 1, k + 2) if d in dated), None)
        bylined = date == k + 2 and k + 1 in signed
        if date is None or (run and (k - last_date > 2 or bylined != shape)):
            close()
            run = []
        if date is not None:
            if not run:
                shape = bylined
            run.append(k)
            last_date = date
    close()
    return out


_CUT = regex.compile(r"(?:…|\.\.\.)[ \t]*+$")
_MIN_CUT = 20


def _cut_copies(lines: Sequence[Line]) -> set[str]:
    """The folded text, without the ellipsis, of lines cut short ("A headline that goes
    on…"): a headline shortened for a list or a breadcrumb elsewhere on the page."""
    out = set()
    for line in lines:
        if len(line.text) > 300 or not _CUT.search(line.text):
            continue
        plain = _visible(line.text)[0]
        head = fold(_CUT.sub("", plain)).rstrip(" ,;:-–—")
        if len(head) >= _MIN_CUT:
            out.add(head)
    return out


@attrs.frozen(slots=True)
class _Found:
    """What one run of the extractor found: the record and the lines to remove."""

    metadata: Metadata
    removals: dict[int, Reason]  # line index -> reason


@register_cleaner
@attrs.frozen(repr=False)
class ExtractMetadata(SpanCleaner):
    """Read the title, authors, date and the rest into ``Document.metadata`` and remove
    their lines from the text.

    Options (keyword-only):

    - ``remove``: move the lines out of the body (default); ``False`` only fills the record.
    - ``before``/``after``: how many non-blank lines before and after the start of the body
      are searched for the title, byline and date (30 and 8).
    - ``author_from_bio``: take the author from a closing bio ("Ann Example is a reporter
      at ...") when no byline names one (default true).

    >>> ExtractMetadata(remove=False)("Title Of The Piece\\nBy Ann Example\\n\\nBody.").text
    'Title Of The Piece\\nBy Ann Example\\n\\nBody.'
    """

    name: ClassVar[str] = "extract_metadata"

    remove: bool = attrs.field(default=True, kw_only=True)
    before: int = attrs.field(default=_BEFORE, kw_only=True, validator=attrs.validators.ge(0))
    after: int = attrs.field(default=_AFTER, kw_only=True, validator=attrs.validators.ge(0))
    author_from_bio: bool = attrs.field(default=True, kw_only=True)

    def find(self, text: str) -> Iterable[Change]:
        return self._changes(text, self.extract(text))

    def metadata(self, text: str, *, step: int = 0) -> Metadata:
        """The record read from ``text``, its sources pointing into ``text`` as the input
        of step ``step``.

        >>> ExtractMetadata().metadata("Title Of The Piece\\nBy Ann Example\\n\\nBody.").authors
        ('Ann Example',)
        """
        found = self.extract(text, step=step)
        return found.metadata

    def __call__(self, doc: Document | str, /) -> Document:
        doc = as_document(doc)
        found = self.extract(doc.text, step=len(doc.steps))
        out = doc.apply(self.name, self._changes(doc.text, found))
        return attrs.evolve(out, metadata=doc.metadata.merged(found.metadata))

    def _changes(self, text: str, found: _Found) -> list[Change]:
        if not self.remove or not found.removals:
            return []
        lines = split_lines(text)
        spans = removal_spans(text, lines, found.removals)
        return [
            Change(spans[i][0], spans[i][1], found.removals[i]) for i in sorted(found.removals)
        ]

    # ------------------------------------------------------------------ extraction

    def extract(self, text: str, *, step: int = 0) -> _Found:
        """Everything the extractor decides about ``text``.

        Taking lines out can bring others closer to the body, or leave a heading without
        the byline that made it look like a teaser; so the extractor runs again on what
        it leaves, until it finds nothing more (at most :data:`_MAX_PASSES` times), and
        running it on its own output changes nothing.
        """
        extraction = _Extraction(self, text, step)
        found = extraction.run()
        if not self.remove:
            return found
        language = found.metadata.language
        lines = split_lines(text)
        removals = dict(found.removals)
        meta = found.metadata
        passes = _MAX_PASSES if len(lines) <= _MAX_PASS_LINES else 1
        # the text without all the removals and where the locator puts its body, once a
        # pass has read it (the last check, swallows(), needs the same)
        final: tuple[list[Line], tuple[int, int] | None] | None = None
        for _ in range(passes - 1):
            if not removals:
                break
            kept = [line for line in lines if line.index not in removals]
            reduced = "\n".join(line.text for line in kept)
            known = frozenset(
                f.name for f in attrs.fields(Metadata) if getattr(meta, f.name) not in (None, ())
            )
            again = _Extraction(self, reduced, step, language, known, meta.date)
            more = again.run()
            if not more.removals:
                final = (kept, again.region)
                break
            starts = [line.start for line in kept]
            for index in more.removals:
                removals[kept[index].index] = more.removals[index]
            meta = meta.merged(_shift_sources(more.metadata, kept, starts))
        return _Found(meta, extraction.keep_above_body(removals, final))


def _shift_sources(meta: Metadata, kept: Sequence[Line], starts: Sequence[int]) -> Metadata:
    """``meta`` with its sources moved from the text of the ``kept`` lines joined by
    newlines to the text those lines came from."""
    out = []
    pos = 0
    reduced_starts = []
    for line in kept:
        reduced_starts.append(pos)
        pos += len(line.text) + 1
    for source in meta.sources:
        n = bisect.bisect_right(reduced_starts, source.start) - 1
        shift = starts[n] - reduced_starts[n]
        out.append(attrs.evolve(source, start=source.start + shift, end=source.end + shift))
    return attrs.evolve(meta, sources=out)


def _body_region(text: str) -> tuple[int, int] | None:
    """Where the locator puts the article in ``text`` once cookie banners are out of
    its way. A banner is written as sentences, so the locator can take it for the first
    paragraph of the article and put the body start above the menus; the pipeline's
    ``remove_boilerplate`` takes it out before its own locator runs. The banner's
    characters become spaces, so the offsets are those of ``text``.

    >>> banner = ("Our website uses cookies to improve your experience. By continuing to "
    ...           "browse the site, you agree to our use of cookies and to the processing of "
    ...           "your data as set out in our privacy policy.")
    >>> prose = ("A paragraph of the article, which is written in sentences and has all "
    ...          "the small words that prose has, so it is easy to recognise. ") * 2
    >>> page = (banner + "\\n\\nAccept & Close\\n  * Home\\n  * News\\n  * World\\n\\n"
    ...         "Title of the story\\nby Ann Example\\n\\n" + prose + "\\n\\n" + prose)
    >>> LocateContent().region(page)[0]  # the banner reads as the article's start
    0
    >>> start, end = _body_region(page)
    >>> page[start:end] == prose + "\\n\\n" + prose
    True
    """
    if "ookie" not in text:
        return LocateContent().region(text)
    pieces: list[str] = []
    at = 0
    for line in split_lines(text):
        if "ookie" in line.text and is_cookie_banner(plain_text(line.text).strip()):
            pieces += (text[at : line.start], " " * len(line.text))
            at = line.end
    pieces.append(text[at:])
    return LocateContent().region("".join(pieces))


class _Extraction:
    """One run of the extractor on one text (kept apart from the frozen cleaner)."""

    def __init__(
        self,
        options: ExtractMetadata,
        text: str,
        step: int,
        language: str | None = "?",
        known: frozenset[str] = frozenset(),
        known_date: datetime.date | None = None,
    ) -> None:
        self.known_language = language
        # Fields an earlier pass found. Only the title is not looked for again: once the
        # headline is gone, the next heading-like line (a caption, a teaser) would do.
        self.known = known
        # The date an earlier pass found: a later pass only takes out copies of its line.
        self.known_date = known_date
        self.o = options
        self.text = text
        self.step = step
        self.fields: dict[str, Any] = {}
        self.sources: list[FieldSource] = []
        self.removals: dict[int, Reason] = {}
        self.body_counts: Counter[str] | None = None
        self.region: tuple[int, int] | None = None
        self.signed: set[int] = set()  # lines whose names a "By" or an author link gives
        self.boxed: set[int] = set()  # author boxes: a name glued to its profile link

    # -- helpers

    def source(self, field: str, start: int, end: int, confidence: float) -> None:
        self.sources.append(FieldSource(field, self.step, start, end, round(confidence, 2)))

    def remove(self, info: _Info, reason: Reason) -> None:
        self.removals.setdefault(info.line.index, reason)

    def span_of(self, info: _Info, value: str) -> tuple[int, int]:
        at = info.line.text.find(value)
        if at < 0:
            return info.line.start, info.line.end
        return info.line.start + at, info.line.start + at + len(value)

    # -- the run

    def run(self) -> _Found:
        text = self.text
        if not text.strip():
            return _Found(Metadata(), {})
        lines = split_lines(text)
        nonblank = [line for line in lines if not line.is_blank]
        region = _body_region(text)
        if region is None:
            return _Found(Metadata(), {})
        body_k = next((k for k, line in enumerate(nonblank) if line.end > region[0]), 0)
        end_k = max(
            (k for k, line in enumerate(nonblank) if line.start < region[1]), default=body_k
        )
        body_text = text[region[0] : region[1]]
        if self.known_language != "?":
            self.language = self.known_language  # a later pass: the body has not changed
        else:
            self.language = detect_language(body_text[:20000]) if body_text else None
        self.day_first = None if self.language in (None, "en") else True
        if self.language:
            self.fields["language"] = self.language
        self.nonblank = nonblank
        self.body_k = body_k
        self.region = region
        lo = max(0, body_k - self.o.before)
        hi = min(len(nonblank), body_k + self.o.after + 1)
        # The page's only first-level heading is its headline even when link lists push
        # the body start far below it: the window reaches up to it.
        h1 = self.headline_mark(nonblank[: body_k + self.o.after + 1])
        if h1 is not None and body_k - _MAX_HEADLINE_REACH <= h1 < lo:
            lo = max(0, h1 - 3)
        self.window = [self.info(k) for k in range(lo, hi)]
        self.by_k = {i.k: i for i in self.window}
        self.reach = self.window + self.beyond(hi)
        self.near_k = {i.k: i for i in self.reach}
        # the lines of self.reach that count, in order, looking down the page (where a run
        # of links listed one a line, share buttons under the title, counts once) and up
        self.ahead: list[int] = []
        self.behind: list[int] = []
        buttons = False
        for info in self.reach:
            item = _LIST_MARK.sub("", info.line.text, count=1) if info.listed else ""
            was, buttons = buttons, bool(item) and link_density(item) >= 0.9
            if self.counts(info):
                self.behind.append(info.k)
                if not (buttons and was):
                    self.ahead.append(info.k)
        self.head()
        self.tail(end_k)
        meta = Metadata(**self.fields, sources=self.sources)
        return _Found(meta, dict(self.removals))

    @staticmethod
    def headline_mark(lines: Sequence[Line]) -> int | None:
        """The position in ``lines`` of the only first-level Markdown heading that is
        not a link to the home page (a site's name or logo), or None."""
        found = None
        for k, line in enumerate(lines):
            if line.text.startswith("#") and not line.text.startswith("##"):
                m = _HEADING_MARK.match(line.text)
                if m is None or len(line.text) > _MAX_LINE or _home_link(line.text):
                    continue
                if found is not None:
                    return None
                found = k
        return found

    def keep_above_body(
        self,
        removals: dict[int, Reason],
        final: tuple[list[Line], tuple[int, int] | None] | None = None,
    ) -> dict[int, Reason]:
        """``removals`` without the lines above the body when removing them would let the
        page's boilerplate above them join the article (the locator then removes them).
        ``final`` is the text's lines without the removals and the locator's region in
        them, when already known."""
        if not hasattr(self, "body_k") or not self.swallows(removals, final):
            return removals
        first = self.nonblank[self.body_k].index
        return {i: r for i, r in removals.items() if i >= first}

    def swallows(
        self,
        removals: dict[int, Reason],
        final: tuple[list[Line], tuple[int, int] | None] | None = None,
    ) -> bool:
        """Whether the body would start earlier, taking in a sentence of the page's
        boilerplate, once the removed lines are gone."""
        first = self.nonblank[self.body_k].index
        if not any(i < first for i in removals):
            return False
        if final is not None:
            kept, region = final  # the locator skips blank lines: the same region
        else:
            kept = [line for line in self.nonblank if line.index not in removals]
            region = _body_region("\n".join(line.text for line in kept))
        if region is None:
            return False
        pos = 0
        for n, line in enumerate(kept):
            if not line.is_blank and pos + len(line.text) > region[0]:
                taken = [x for x in kept[n:] if x.index < first]
                return any(
                    len(plain_text(x.text).strip()) >= _SWALLOW_CHARS
                    and sentence_count(plain_text(x.text)) > 0
                    for x in taken
                )
            pos += len(line.text) + 1
        return False

    def info(self, k: int) -> _Info:
        line = self.nonblank[k]
        if len(line.text) > _MAX_RAW_LINE:
            return _Info(k, line, "", 0, False, ())
        plain, level, listed = _visible(line.text)
        if len(plain) > _MAX_LINE:
            return _Info(k, line, "", 0, False, ())
        if not level and k and plain:
            # "# " alone, then the heading's text: html2text splits a heading that holds
            # a line break or a block
            mark = _EMPTY_HEADING.fullmatch(self.nonblank[k - 1].text)
            if mark is not None:
                level = len(mark.group(1))
        dates = tuple(find_dates(plain, day_first=self.day_first)) if plain else ()
        return _Info(k, line, plain, level, listed, dates)

    # -- distances for the byline and the date, in lines a reader sees

    def counts(self, info: _Info) -> bool:
        """Whether a line counts in the distances between the title, the byline, the date
        and the body: not an image, a table rule or an icon (Markdown prints them on lines
        of their own)."""
        if info.plain:
            return _WORDY.search(info.plain) is not None
        text = info.line.text
        return len(text) > _MAX_RAW_LINE or _WORDY.search(_visible(text)[0]) is not None

    def beyond(self, hi: int) -> list[_Info]:
        """The lines after the window (which ends at ``hi``) up to ``after`` lines that
        count past the body start, for the byline and the date."""
        seen = sum(1 for i in self.window if i.k > self.body_k and self.counts(i))
        out: list[_Info] = []
        k = hi
        while seen < self.o.after and k < min(len(self.nonblank), hi + _MAX_BEYOND):
            info = self.info(k)
            out.append(info)
            seen += self.counts(info)
            k += 1
        return out

    def gap(self, a: int, b: int) -> int:
        """How many lines that count lie from line ``a`` to line ``b`` (negative when ``b``
        comes first)."""
        if b >= a:
            return bisect.bisect_left(self.ahead, b) - bisect.bisect_left(self.ahead, a)
        return bisect.bisect_left(self.behind, b) - bisect.bisect_left(self.behind, a)

    def credit(self, info: _Info, anchors: set[int]) -> bool:
        """Whether ``info`` comes right under a caption, itself right under a picture (a
        Markdown image): the picture's credit, not a byline."""
        caption = self.hop(info.k, -1)
        if caption is None or caption.k in anchors or caption.line.index in self.removals:
            return False
        above = self.near_k.get(caption.k - 1)
        return (
            above is not None
            and above.line.text.lstrip().startswith("![")
            and not self.counts(above)
        )

    def hop(self, k: int, d: int) -> _Info | None:
        """The ``d``-th line that counts after line ``k`` (before it when ``d`` < 0)."""
        worded = self.ahead if d > 0 else self.behind
        n = bisect.bisect_right(worded, k) if d > 0 else bisect.bisect_left(worded, k)
        at = n + d - 1 if d > 0 else n + d
        if d == 0 or not 0 <= at < len(worded):
            return None
        return self.near_k[worded[at]]

    # -- title, byline, date, subtitle, section, reading time, translations

    def dateline(self, info: _Info) -> bool:
        """A short line that is mostly a date (and maybe a byline)."""
        if not info.dates or len(info.plain) > 200:
            return False
        # the sentences of the line, each date read as one word (the dot of "Nov. 19" ends
        # none; "... on Nov. 19, 2019. It ..." still does)
        text = info.plain
        for m in reversed(info.dates):
            text = text[: m.start] + "0" + text[m.end :]
        if sentence_count(text) > 1:
            return False
        # "— Ann Example (@annexample) December 18, 2020", "— Ann Example on Monday, December
        # 14, 2020 in an interview": the signature of a quotation or an embedded post
        dash = _SIGNATURE.match(info.plain)
        if dash is not None:
            lead = info.plain[dash.end() : info.dates[0].start]
            if word_count(_residual(lead, ())) and not _BYLINE.match(lead):
                return False
        rest = _residual(info.plain, info.dates)
        return word_count(rest) <= 12

    def locate(self, info: _Info, names: list[_Name]) -> list[_Name]:
        """The names with their spans in the raw line (Markdown moves them)."""
        out = []
        for n in names:
            s, e = self.span_of(info, n.value)
            out.append(_Name(n.value, s, e))
        return out

    def byline(self, info: _Info) -> list[_Name]:
        """The names a line gives as authors."""
        return self.locate(info, self._byline(info))

    def _byline(self, info: _Info) -> list[_Name]:
        p = info.plain
        if not p or len(p) > 200:
            return []
        offset = info.line.text.find(p)
        base = info.line.start + max(0, offset)
        m = _BYLINE.match(p)
        if m is not None and not m.group("rest").endswith((":", "：")):  # "Text input:"
            names = _names(m.group("rest"), base + m.start("rest"), True)
            if names:
                self.signed.add(info.k)
                return names
        names = self.author_links(info)
        if names:
            self.signed.add(info.k)
            return names
        glued = _glued_name(p)
        if glued is not None:
            self.signed.add(info.k)
            self.boxed.add(info.k)
            return [_Name(glued, base, base + len(glued))]
        if info.dates and self.dateline(info):
            inline = _BY_INLINE.search(p)
            if inline is not None:
                names = _names(p[inline.end() :], base + inline.end(), True)
                if names:
                    self.signed.add(info.k)
                    return names
            first = info.dates[0].start
            lead = p[:first]
            if lead.strip(" \t|-–—·,") and not _FILLER.match(lead.strip()):
                names = _names(lead, base, True)
                if names:
                    return names
            after = p[info.dates[-1].end :]
            # "21/06/2014 Ann Example All, Books": a name right after the date
            parts = after.strip(" \t|-–—·,").split()
            if len(parts) >= 2 and not _TIME.match(after.strip()):
                cand = " ".join(parts[:2])
                if is_person_name(cand):
                    at = p.find(cand, info.dates[-1].end)
                    return [_Name(cand, base + at, base + at + len(cand))]
        return []

    def author_links(self, info: _Info) -> list[_Name]:
        """The names a line links to their author pages ("[Ann Example](/author/ann)",
        "By [Ann Example](/autoren/ann) and [Bob Example](/autoren/bob)"), when the line
        starts with them (after a "By" or a date) and holds little else."""
        raw, p = info.line.text, info.plain
        if "](" not in raw or info.listed or not p:
            return []
        names: list[_Name] = []
        for m in MARKDOWN_LINK.finditer(raw):
            if m.group("image") is not None:
                continue
            target = raw[m.end("anchor") + 2 : m.end() - 1].split()
            if not target or _AUTHOR_PATH.search(target[0]) is None:
                continue
            anchor = plain_text(m.group("anchor")).strip(" \t*_")
            if is_person_name(anchor) and anchor not in (n.value for n in names):
                names.append(_Name(anchor, 0, 0))
        if not names:
            return []
        at = p.find(names[0].value)
        if at < 0:
            return []
        lead = _residual(p[:at], [d for d in info.dates if d.end <= at])
        if lead and not _BY_ALONE.match(lead):
            return []  # "A story by [Ann Example](/author/ann)...": a sentence
        others = word_count(_residual(p, info.dates)) - sum(word_count(n.value) for n in names)
        return names if others <= 10 else []

    def name_line(
        self, info: _Info, *, listed: bool = False, agency: bool = True, pure: bool = False
    ) -> list[_Name]:
        names = self._name_line(info, listed=listed, agency=agency)
        if pure and sum(len(n.value) for n in names) * 5 < len(info.plain) * 4:
            return []  # "Ann Example, Agency" under a caption: a picture credit
        return self.locate(info, names)

    def _name_line(self, info: _Info, *, listed: bool = False, agency: bool = True) -> list[_Name]:
        """A line holding only names: "Ann Example", "ANN EXAMPLE, BOB EXAMPLE", "Ann
        Example, Staff Writer", "Ann Example @handle", "Ann Example Daily Planet" (the
        name, then the publication). A list item only counts when ``listed`` is true, an
        agency alone when ``agency`` is."""
        p = _PAREN.sub("", info.plain).strip() if "(" in info.plain else info.plain
        if (info.listed and not listed) or info.dates or not p or len(p) > 80:
            return []
        if p.endswith((".", "!", "?")) or _BYLINE.match(p) or _BY_ALONE.match(p):
            return []
        offset = info.line.text.find(p)
        base = info.line.start + max(0, offset)
        end = _NAME_END.search(p)
        handle = end is not None and (
            "@" in end.group() or (end.group() == "|" and p[end.end() :].lstrip()[:1] == "@")
        )  # "Ann Example @handle", "Ann Example | @handle"
        part = p[: end.start()] if end is not None and handle else p
        pieces = [x for x in _NAME_SPLIT.split(part) if x.strip()]
        if not pieces or len(pieces) > 4:
            return []
        outlet = _outlet_start(pieces[-1])
        if outlet:
            part = part[: part.rfind(pieces[-1]) + outlet].rstrip()
            pieces[-1] = pieces[-1][:outlet].rstrip()
        names = _names(part, base, False)
        first = _undouble(pieces[0].strip(" \t.,;:*_\"'’“”"))
        glued = _GLUED_ROLE.search(first) or _AGENCY_END.search(first)
        if glued is not None:
            first = first[: glued.start()].rstrip()
        if not names or names[0].value != first:
            return []
        if not agency and all(fold(n.value) in _AGENCIES for n in names):
            return []  # a picture credit ("Agency") rather than a signature
        for piece in pieces[1:]:
            piece = piece.strip(" \t.,;:*_")
            if any(n.value == piece for n in names) or _ROLES.search(piece):
                continue
            if not (word_count(piece) <= 3 and all(w[:1].isupper() for w in piece.split())):
                return []
        return names

    def head(self) -> None:
        window = self.window
        if not window:
            return
        idx = {info.k: n for n, info in enumerate(window)}
        # distances are counted in lines that count (see counts()), and the byline and the
        # date are looked for a little further than the window (see beyond())
        reach = self.reach
        datelines = [i for i in reach if self.dateline(i)]
        bylines = {i.k: names for i in reach if (names := self.byline(i))}
        by_alone = {i.k for i in reach if _BY_ALONE.match(i.plain)}
        # "By" alone on a line: the names are on the next line
        for k in sorted(by_alone):
            nxt = self.hop(k, 1)
            if nxt is not None and (names := _names(nxt.plain, 0, True)):
                bylines[nxt.k] = self.locate(nxt, names)
        # Past two paragraphs of the body, dates and names belong to something else (a
        # caption or a standfirst may come before the byline, two paragraphs do not).
        paragraphs = [
            i.k
            for i in reach
            if i.k >= self.body_k and len(i.plain) >= _PROSE_CHARS and sentence_count(i.plain)
        ]
        if len(paragraphs) >= 2:
            prose = paragraphs[1]
            datelines = [i for i in datelines if i.k < prose]
            bylines = {k: v for k, v in bylines.items() if k < prose}
        anchors = ({i.k for i in datelines} | set(bylines) | by_alone) & set(self.by_k)
        # "Monday 6:30PM", "1 day ago": not a date, but a headline's timestamp
        stamps = {i.k for i in window if i.k not in anchors and _timestamp(i.plain)}
        named = set(bylines) & set(self.by_k)
        title = (
            None if "title" in self.known else self.title(window, anchors, stamps, named)
        )
        ref = title.k if title is not None else self.body_k
        # -- date: the date line nearest the title (or the body start)
        gap = self.gap
        near_dates = [
            i
            for i in datelines
            if -6 <= gap(ref, i.k) <= 10 and gap(self.body_k, i.k) <= self.o.after
        ]

        # the article's date follows its title; one just before it comes second
        near_dates.sort(
            key=lambda i: (i.k < ref or gap(ref, i.k) > 6, abs(gap(ref, i.k)), i.k)
        )
        date_info: _Info | None = None
        for info in near_dates:
            pub = [m for m in info.dates if m.kind == "published"]
            plain = [m for m in info.dates if m.kind == ""]
            upd = [m for m in info.dates if m.kind == "updated"]
            if "updated" not in self.fields and upd:
                self.set_date("updated", info, upd[0], 0.8)
            chosen = pub or plain
            if chosen:
                confidence = 0.9 if abs(gap(ref, info.k)) <= 3 else 0.7
                self.set_date("date", info, chosen[0], confidence)
                date_info = info
                break
        later = self.known_date is not None
        day = self.known_date if later else self.fields.get("date")
        for info in near_dates:
            # A date line next to the chosen one goes too when it belongs to it: the same
            # day, or a marked date ("Updated ..."), not a caption's or a teaser's date. In a
            # later pass, only a copy of the date line found first goes.
            ours = any(m.date == day for m in info.dates)
            belongs = ours or (not later and any(m.kind for m in info.dates))
            if (info is date_info and (ours or not later)) or (
                date_info is not None and belongs and abs(gap(date_info.k, info.k)) <= 2
            ):
                self.remove(info, Reason.DATELINE)
        # -- authors: the byline nearest the title, or a name line next to the date/title
        # a byline that says so ("By", a link to the author's page) before a name next to
        # a date
        near_by = sorted(
            (k for k in bylines if -6 <= gap(ref, k) <= 10),
            key=lambda k: (k not in self.signed, abs(gap(ref, k)), k < ref),
        )
        if near_by:
            k = near_by[0]
            self.set_authors(bylines[k], 0.9)
            self.remove(self.near_k[k], Reason.BYLINE)
            same = {n.value for n in bylines[k]}
            for other in near_by[1:]:
                # a second byline next to the first naming the same people goes too
                if abs(gap(k, other)) <= 2 and {n.value for n in bylines[other]} <= same:
                    self.remove(self.near_k[other], Reason.BYLINE)
            for k2 in by_alone:
                if abs(gap(k2, k)) <= 1:
                    self.remove(self.near_k[k2], Reason.BYLINE)
        else:
            # (line, list item allowed, agency alone allowed, names only): under the title (or a
            # copy of it), past a standfirst, next to the date, just above the body
            spots: list[tuple[_Info | None, bool, bool, bool]] = []
            if title is not None:
                copies = [
                    i.k
                    for i in window
                    if i.k != title.k and self.removals.get(i.line.index) is Reason.TITLE
                ]
                spots += [(self.hop(k, 1), True, True, False) for k in [title.k, *copies]]
                nxt = self.hop(title.k, 1)
                if nxt is not None and len(nxt.plain) >= 40 and not nxt.listed:
                    spots.append((self.hop(title.k, 2), False, False, False))
            if date_info is not None:
                listed = date_info.listed
                spots += [
                    (self.hop(date_info.k, d), listed, abs(d) == 1, False) for d in (1, -1, 2, -2)
                ]
            last = self.hop(self.body_k, -1)  # just above the body: only names, no agency
            if title is not None and last is not None and last.k > title.k:
                spots.append((last, False, False, True))
            for spot, listed, agency, pure in spots:
                if spot is None or (title is not None and spot.k == title.k):
                    continue
                if spot.line.index in self.removals or self.credit(spot, anchors):
                    continue
                names = self.name_line(spot, listed=listed, agency=agency, pure=pure)
                if names:
                    self.set_authors(names, 0.6)
                    self.remove(spot, Reason.BYLINE)
                    break
        # -- reading time, translations, section, subtitle
        for info in window:
            m = _READING.search(info.plain) if info.plain else None
            if m is None or abs(info.k - ref) > 10:
                continue
            if "reading_time" not in self.fields:
                n = int(m.group("n") or m.group("n2"))
                self.fields["reading_time"] = n
                s, e = self.span_of(info, m.group())
                self.source("reading_time", s, e, 0.9)
            if word_count(_READING.sub("", info.plain)) <= 2:
                self.remove(info, Reason.READING_TIME)
        self.translations(window)
        self.about_author(window)
        if title is not None:
            self.around_title(title, window, idx, anchors)

    def set_date(self, field: str, info: _Info, m: DateMatch, confidence: float) -> None:
        if field in self.fields:
            return
        self.fields[field] = m.date
        s, e = self.span_of(info, m.text)
        self.source(field, s, e, confidence)

    def set_authors(self, names: Sequence[_Name], confidence: float) -> None:
        if "authors" in self.fields:
            return
        seen: list[str] = []
        for n in names:
            if n.value not in seen:
                seen.append(n.value)
                self.source("authors", n.start, n.end, confidence)
        self.fields["authors"] = tuple(seen)

    def title(
        self, window: list[_Info], anchors: set[int], stamps: set[int], named: set[int]
    ) -> _Info | None:
        counts: dict[str, int] = {}
        for line in self.nonblank[:2000]:
            if len(line.text) <= 300:
                key = fold(_visible(line.text)[0])
                counts[key] = counts.get(key, 0) + 1
        firsts = [fold(_visible(line.text)[0]) for line in self.nonblank[:3]]
        cut = _cut_copies(self.nonblank[:2000])
        headings = {info.k for info in window if _is_heading(info) and info.k not in anchors}
        teasers = _dated_run(
            headings,
            {i.k for i in window if i.k in anchors and i.dates} | stamps,
            named=named,
            lists={i.k for i in window if _LIST_HEADING.match(i.plain)},
        )
        best: tuple[float, int, _Info, bool] | None = None
        for info in window:
            if info.k not in headings:
                continue
            if self.heads_list(info):
                continue  # the heading of a list of teasers
            if info.k in teasers:
                continue  # one of a list of headlines with their dates
            if info.heading != 1 and any(0 < info.k - a <= 2 for a in named - self.boxed):
                continue  # under a byline: the author's publication or role
            nxt = self.by_k.get(info.k + 1)
            if nxt is not None and _ATTRIBUTION.match(nxt.plain):
                continue  # a quotation and, under it, who said it
            key = fold(info.plain)
            if nxt is not None and nxt.k in headings and _glued_copy(key, fold(nxt.plain)):
                continue  # "HomeNewsThe headline" above "The headline": a breadcrumb
            words = word_count(info.plain)
            score = 0.0
            after = [a for a in anchors | stamps if 0 < a - info.k <= 5]
            before = [a for a in anchors if 0 < info.k - a <= 3]
            if after:
                score += 2.5 if min(after) - info.k <= 2 else 2.0
                if any(0 < info.k - a <= 3 for a in named - self.boxed):
                    score -= 3.0  # between a byline and its date: a site, a role
                elif len(after) >= 2 and any(a - info.k <= 2 for a in named):
                    score += 1.0  # a byline and a date right under it
            elif before:
                score -= 1.0  # after the byline and date: a teaser, a site or a section
            if _in_run(info.k, headings) and not (after and min(after) - info.k <= 2):
                score -= 2.5  # one of a list of headlines
            if any(
                key in fold(self.by_k[j].plain) for j in (info.k + 1, info.k + 2) if j in headings
            ):
                score -= 2.0  # a kicker naming the topic of the headline under it
            repeated = (
                2 <= counts.get(key, 0) <= 3
                or any(
                    f != key and key in f and len(key) >= 12 and len(key) * 2 >= len(f)
                    for f in firsts
                )
                or (not _CUT.search(info.plain) and any(key.startswith(c) for c in cut))
            )
            if repeated:
                score += 1.5
            if info.heading == 1:
                score += 2.5
            elif info.heading:
                score += 0.5
            distance = self.body_k - info.k
            if distance > 0:
                score += max(0.0, 1.5 - 0.2 * (distance - 1))
            else:
                score -= 0.3 * -distance
            if words <= 3 and not no_space_chars(info.plain):
                score -= 1.5
            elif words <= 25:
                score += 0.5
            if info.plain.isupper():
                score -= 1.5
            if _UI_WORDS.search(info.plain):
                score -= 2.0
            if info.plain.endswith("."):
                score -= 1.5
            if info.line is self.nonblank[0] and words >= 4:
                score += 1.0  # the page's <title>, printed first
            overlap = self.overlap(info)
            if overlap is not None:
                score += 4.0 * overlap
                if overlap < 0.15 and not (after and min(after) - info.k == 1):
                    score -= 2.0
            # Of a headline and the standfirst under it, both heading-like, the first is
            # the headline; and a line with no byline or date under it must do much
            # better to replace one that has them (a subheading, a teaser further down).
            if score >= _TITLE_THRESHOLD and (
                best is None
                or (
                    score > best[0] + (0.0 if after or not best[3] else 2.0)
                    and (
                        info.k - best[1] > 2
                        or score > best[0] + 1.0
                        or any(best[1] < a < info.k for a in anchors)
                    )
                )
            ):
                best = (score, info.k, info, bool(after))
        if best is None:
            return None
        info = best[2]
        title = info.plain
        s, e = self.span_of(info, title)
        self.fields["title"] = title
        self.source("title", s, e, min(1.0, best[0] / 8))
        self.remove(info, Reason.TITLE)
        key = fold(title)
        for other in self.window:
            if other.k != info.k and fold(other.plain) == key:
                self.remove(other, Reason.TITLE)
        first = self.nonblank[0] if self.nonblank else None
        if first is not None and first.index != info.line.index:
            fp = _visible(first.text)[0]
            sep = _SUFFIX_SEP.search(fp)
            if fold(fp) == key or (sep is not None and fold(fp[: sep.start()]) == key):
                self.removals.setdefault(first.index, Reason.TITLE)
        return info

    def heads_list(self, info: _Info) -> bool:
        """Whether the two lines after ``info`` are items of a list of headlines (not
        one-word share buttons)."""
        items = [self.by_k.get(info.k + 1), self.by_k.get(info.k + 2)]
        return all(
            i is not None
            and i.listed
            and word_count(i.plain) >= 3
            and not i.dates
            and not self._name_line(i, listed=True)
            for i in items
        )

    def overlap(self, info: _Info) -> float | None:
        """Share of the content words of a line that the body uses (None if it has none,
        or if the body is too short to tell)."""
        mine = _content_words(info.plain)
        if not mine:
            return None
        if self.region is None:
            return None
        start = self.region[0]
        if self.body_counts is None:
            self.body_counts = Counter(_content_word_list(self.text[start : start + _BODY_SAMPLE]))
        if len(self.body_counts) < _MIN_BODY_WORDS:
            return None  # too little body to compare with
        inside = start <= info.line.start < start + _BODY_SAMPLE
        own = Counter(_content_word_list(info.plain)) if inside else Counter()
        shared = sum(1 for w in mine if self.body_counts[w] > own[w])
        return shared / len(mine)

    def around_title(
        self, title: _Info, window: list[_Info], idx: dict[int, int], anchors: set[int]
    ) -> None:
        n = idx[title.k]
        # a kicker or section right before the title
        for m, prev in reversed(list(enumerate(window[:n]))):
            if prev.line.index in self.removals:
                continue
            p = prev.plain
            before = window[m - 1].plain if m > 0 else ""
            menu = bool(before) and word_count(before) <= 4 and not before.endswith((".", "?", "!"))
            if (
                not menu
                and p
                and not prev.listed
                and not prev.dates
                and len(p) <= 40
                and word_count(p) <= 4
                and not any(c.isdigit() for c in p)
                and p[0].isupper()
                and all(not w[0].islower() for w in p.split() if len(w) > 3)
                and not p.endswith((".", ":", "!", "?"))
                and fold(p) not in _UI_TITLES
                and link_density(prev.line.text) < 0.5
            ):
                self.fields["section"] = p
                s, e = self.span_of(prev, p)
                self.source("section", s, e, 0.5)
                self.remove(prev, Reason.SECTION)
            break
        # a standfirst between the title and the byline/date, and a "Topic | Region" kicker
        later = window[n + 1 :]
        first = True
        for j, info in enumerate(later[:4]):
            if info.line.index in self.removals or fold(info.plain) == fold(title.plain):
                continue
            p = info.plain
            nxt = later[j + 1] if j + 1 < len(later) else None
            sectionish = (
                p
                and len(p) <= 50
                and " | " in p
                and not any(c.isdigit() for c in p)
                and all(part.strip()[:1].isupper() for part in p.split("|"))
            )
            if sectionish:
                self.fields.setdefault("section", p)
                if not any(src.field == "section" for src in self.sources):
                    s, e = self.span_of(info, p)
                    self.source("section", s, e, 0.5)
                self.remove(info, Reason.SECTION)
                continue
            if (
                "subtitle" not in self.fields
                and first
                and 40 <= len(p) <= 400
                and not info.listed
                and not info.dates
                and nxt is not None
                and (nxt.k in anchors or nxt.line.index in self.removals or self._sectionish(nxt))
            ):
                self.fields["subtitle"] = p
                s, e = self.span_of(info, p)
                self.source("subtitle", s, e, 0.6)
                self.remove(info, Reason.SUBTITLE)
            first = False

    @staticmethod
    def _sectionish(info: _Info) -> bool:
        p = info.plain
        return bool(p) and len(p) <= 50 and " | " in p and not any(c.isdigit() for c in p)

    def translations(self, window: list[_Info]) -> None:
        for n, info in enumerate(window):
            m = _TRANSLATIONS.match(info.plain) if info.plain else None
            if m is None or len(info.plain) > 200:
                continue
            found: list[tuple[str, _Info]] = []
            items: list[_Info] = []
            rest = m.group("rest")
            if rest:
                for part in regex.split(r"\s*+[/|,·•]\s*+", _PAREN.sub("", rest)):
                    if part.strip():
                        found.append((part.strip(), info))
            for nxt in window[n + 1 : n + 9]:
                name = _PAREN.sub("", nxt.plain).strip(" \t/|,·•")
                if not name or word_count(name) > 3 or any(c.isdigit() for c in name):
                    break
                if name not in nxt.line.text:
                    break  # a language is a bare name or a link
                if link_density(nxt.line.text) < 0.5 and fold(name) not in _LANGUAGES:
                    break
                found.append((name, nxt))
                items.append(nxt)
            if not found:
                continue
            self.fields["translations"] = tuple(v for v, _ in found)
            for value, where in found:
                s, e = self.span_of(where, value)
                self.source("translations", s, e, 0.8)
            self.remove(info, Reason.TRANSLATIONS)
            for item in items:
                self.remove(item, Reason.TRANSLATIONS)
            return

    def about_author(self, window: list[_Info]) -> None:
        """An "About the author" block in the header: the heading, names and the bio."""
        for n, info in enumerate(window):
            if not info.plain or not _ABOUT.match(info.plain):
                continue
            block = [info]
            for nxt in window[n + 1 : n + 5]:
                if self.name_line(nxt):
                    block.append(nxt)
                    continue
                if self.bio(nxt, remove=False):
                    block.append(nxt)
                break
            if len(block) > 1:
                for item in block:
                    self.remove(item, Reason.AUTHOR_BIO)
            return

    # -- the end of the article: bio, tags, regions

    def tail(self, end_k: int) -> None:
        lo = max(0, end_k - 3)
        hi = min(len(self.nonblank), end_k + 40)
        infos = [self.by_k.get(k) or self.info(k) for k in range(lo, hi)]
        for n, info in enumerate(infos):
            if info.line.index in self.removals or not info.plain:
                continue
            if info.k <= end_k + 3 and self.bio(info):
                # bios stacked above it go too (else each run would take one more)
                k = info.k - 1
                while k >= 0 and self.bio(self.by_k.get(k) or self.info(k)):
                    k -= 1
                continue
            for head, field in ((_TAGS_HEAD, "tags"), (_REGIONS_HEAD, "regions")):
                m = head.match(info.plain)
                if m is None or len(info.plain) > 200:
                    continue
                if field in self.fields:
                    continue
                self.list_field(field, info, m.group("rest") or "", infos[n + 1 : n + 30])
                if field in self.fields and m.group("rest"):
                    key = fold(info.plain)
                    for other in [*self.window, *infos]:
                        if fold(other.plain) == key:
                            self.remove(other, Reason.TAGS)  # the same list printed again

    def bio(self, info: _Info, *, remove: bool = True) -> bool:
        m = _BIO.match(info.plain)
        if m is None or sentence_count(info.plain) > 4:
            return False
        name = m.group("name").strip()
        what = m.group("what")
        first_sentence = what.split(". ", 1)[0]
        if not is_person_name(name) or not _BIO_WORDS.search(first_sentence):
            return False
        if "author_bio" not in self.fields:
            self.fields["author_bio"] = info.plain.rstrip(" ♦•·")
            s, e = self.span_of(info, info.plain.rstrip(" ♦•·"))
            self.source("author_bio", s, e, 0.6)
        if self.o.author_from_bio and "authors" not in self.fields:
            s, e = self.span_of(info, name)
            self.fields["authors"] = (name,)
            self.source("authors", s, e, 0.6)
        if remove:
            self.remove(info, Reason.AUTHOR_BIO)
        return True

    def list_field(self, field: str, head: _Info, rest: str, following: list[_Info]) -> None:
        values: list[tuple[str, _Info]] = []
        items: list[_Info] = []
        if rest.strip():
            for part in regex.split(r"\s*+[,;|·•]\s*+", _PAREN.sub("", rest)):
                if any(c.isalpha() for c in part) and word_count(part) <= 6:
                    values.append((part.strip(), head))
        else:
            for info in following:
                if not info.listed and not (info.plain and link_density(info.line.text) > 0.5):
                    break
                value = _PAREN.sub("", info.plain).strip(" \t/|,·•")
                if not any(c.isalpha() for c in value) or word_count(value) > 6:
                    break
                values.append((value, info))
                items.append(info)
        if not values:
            return
        self.fields[field] = tuple(v for v, _ in values)
        for value, where in values:
            s, e = self.span_of(where, value)
            self.source(field, s, e, 0.7)
        self.remove(head, Reason.TAGS)
        for item in items:
            self.remove(item, Reason.TAGS)
