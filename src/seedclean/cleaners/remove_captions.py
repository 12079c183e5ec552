"""``remove_captions``: whole lines that are image captions or photo credits.

A line is a caption when it

- starts with a label such as ``Photo:``, ``Image:``, ``Credit:``, ``Foto:``, ``Bild:``,
  ``Imagen:``, ``Фото:``, ``图片：``, ``写真：``, ``صورة:`` (about 20 languages, see
  :data:`LABELS`; a leading ``|`` left by table layout is ignored);
- is only a credit: an agency and a photographer (``REUTERS/Ann Example``), a
  parenthesised credit (``(AP Photo/Ann Example)``), ``Getty Images``, ``Photo by Ann
  Example on Unsplash``, ``Ann Example / AFP``;
- ends in a credit: ``... (Agency via Flickr)``, ``... 2024. REUTERS/Ann Example``,
  ``... speaking wit… | Flickr``;
- is cut off at an opening parenthesis, as scrapers leave a caption whose credit was a
  link: ``A leader speaks in the capital (``.

>>> clean = RemoveCaptions()
>>> text = "Body text.\\nPhoto: Ann Example/AP\\nREUTERS/Ann Example\\nMore text."
>>> clean(text).text
'Body text.\\nMore text.'
>>> [(e.reason.value, e.old) for e in clean(text).audit]
[('caption', 'Photo: Ann Example/AP\\nREUTERS/Ann Example\\n')]

Body sentences that mention an agency or the word photo stay:

>>> clean("Reuters reported that the photo was taken (in 2019).\\nPhoto finish.").audit
()
"""

from __future__ import annotations

from typing import ClassVar

import attrs
import regex

from ..document import Reason, tuple_of_str
from ..lines import FULL_STOPS, Line, plain_text, unheaded, word_count
from ..page import LineLabel, Page
from ..pipeline import LineCleaner, register_cleaner

__all__ = ["CREDIT_SOURCES", "LABELS", "RemoveCaptions"]

#: Words that label a caption or credit when a line starts with one and a colon.
LABELS: tuple[str, ...] = (
    # English
    "image", "images", "photo", "photos", "photograph", "photography", "picture",
    "pictures", "pic", "pictured", "credit", "credits", "photo credit", "image credit",
    "image source", "photo source", "caption", "illustration", "photo illustration",
    "top image", "main image", "header image", "featured image", "cover image", "lead image",
    # French, Spanish, Portuguese, Italian, Catalan
    "crédit", "crédits", "crédit photo", "légende", "fotografía", "fotografia", "imagen",
    "imagem", "crédito", "créditos", "ilustración", "ilustração", "pie de foto", "legenda",
    "immagine", "immagini", "credito", "didascalia", "illustrazione", "foto",
    # German, Dutch, Scandinavian
    "bild", "bilder", "bildquelle", "bildunterschrift", "fotos", "beeld", "afbeelding",
    "billede", "bilde", "fotograf", "fotografie",
    # Polish, Czech, Slovak, Hungarian, Romanian, Turkish, Indonesian, Vietnamese
    "fot", "zdjęcie", "snímek", "kép", "fotó", "fotografie", "fotoğraf", "görsel", "resim",
    "gambar", "ilustrasi", "ảnh", "hình",
    # Greek, Russian, Ukrainian, Bulgarian, Serbian
    "φωτογραφία", "εικόνα", "фото", "фотография", "изображение", "иллюстрация", "снимок",
    "зображення", "ілюстрація", "світлина", "снимка", "слика",
    # Arabic, Persian, Hebrew, Hindi
    "صورة", "الصورة", "تصوير", "عکس", "تصویر", "צילום", "תמונה", "फोटो", "तस्वीर", "चित्र",
    # Chinese, Japanese, Korean
    "图片", "圖片", "图", "圖", "照片", "摄影", "攝影", "图片来源", "圖片來源", "写真", "画像",
    "撮影", "사진", "이미지",
)  # fmt: skip

#: Names that make a short line a credit: news agencies, photo libraries and hosts.
CREDIT_SOURCES: tuple[str, ...] = (
    "reuters", "AP", "AFP", "EPA", "dpa", "DPA", "ANSA", "EFE", "xinhua", "kyodo", "yonhap",
    "tass", "ria novosti", "anadolu", "bloomberg", "getty", "getty images", "shutterstock",
    "istock", "istockphoto", "alamy", "unsplash", "pexels", "pixabay", "flickr", "wikimedia",
    "wikimedia commons", "picture alliance", "picture-alliance", "imago", "keystone",
    "zuma", "zuma press", "sopa images", "nurphoto", "PA", "pa images", "pa wire",
    "associated press", "agence france-presse", "europa press", "sipa", "corbis",
    "ap photo", "afp photo", "reuters photo", "ТАСС", "РИА Новости",
)  # fmt: skip
# Agencies known by a short acronym (as written in CREDIT_SOURCES) only match in that case:
# "AP" is a credit, "Ap" in "Ap Sports Writer" is not.

# Words a credit line may hold besides names: "Photo by Ann Example on Unsplash".
_CREDIT_GLUE = frozenset(
    ["photo", "photos", "image", "images", "picture", "credit", "courtesy", "by", "via", "on",
     "for", "from", "of", "and", "the", "de", "di", "da", "del", "von", "van", "der", "den",
     "le", "la", "y", "et", "und", "e"]
)  # fmt: skip
# Words that mark a parenthesis or the end of a line as a credit.
_CREDIT_WORDS = (
    r"photo|photos|foto|fotos|image|images|imagen|immagine|bild|picture|credit|crédit|"
    r"crédito|credito|courtesy|via|фото"
)


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))


_SOURCES = "|".join(
    (
        regex.escape(w)
        if (len(w) <= 4 and w != w.casefold()) or w == "dpa"
        else f"(?i:{regex.escape(w)})"
    )
    for w in sorted(set(CREDIT_SOURCES), key=len, reverse=True)
)
_SOURCE_RE = regex.compile(rf"(?<![\w-])(?:{_SOURCES})(?![\w-])")
# Layout debris before a caption: table bars, list bullets, emphasis, quote marks.
_LEAD = r"[\s|>*_•·\-]*+"
# "AGENCY/Ann Example" or "Ann Example/AGENCY" at the end of a line (after a sentence).
_SLASH_CREDIT = regex.compile(
    r"(?:^|(?<=[.!?…)”\"]\s))"
    r"(?:\p{Lu}[\p{Lu}\p{N}&\-]++(?:[ \t]\p{Lu}[\p{Lu}\p{N}&\-]++){0,2}+[ \t]*+/[ \t]*+"
    r"\p{Lu}[\p{L}'’.\-]*+(?:[ \t]++\p{Lu}[\p{L}'’.\-]*+){0,4}+"
    r"|\p{Lu}[\p{L}'’.\-]*+(?:[ \t]++\p{Lu}[\p{L}'’.\-]*+){0,4}+[ \t]*+/[ \t]*+"
    r"\p{Lu}[\p{Lu}\p{N}&\-]++(?:[ \t]\p{Lu}[\p{Lu}\p{N}&\-]++){0,2}+)"
    r"[ \t]*+$"
)
# A parenthesis at the end of a line: "(AP Photo/Ann Example)" if it names a credit.
_PAREN_END = regex.compile(r"\(([^()\n]*+)\)[ \t]*+$")
_CREDIT_WORD_RE = regex.compile(rf"(?<!\w)(?:{_CREDIT_WORDS})(?!\w)", regex.IGNORECASE)
# "... | Flickr", "... / AFP", "... - Getty Images" at the end of a short line.
_TAIL_SOURCE = regex.compile(
    rf"(?:\s[|/\-–—]|,)\s*+(?:{_SOURCES})(?:\s++(?i:photo|images?))?[ \t.]*+$"
)
# What a parenthesis holds when it tags a headline rather than credits a picture:
# "(PHOTOS)", "(Photos+video)".
_TAG_ONLY = regex.compile(rf"(?:(?:{_CREDIT_WORDS}|videos?)(?!\w)|[\s+&/,])++", regex.IGNORECASE)
# A sentence ends with one of these, possibly followed by closing quotes and brackets.
_CLOSERS = "\"”’'»)]"
# The last letter of a line _TAIL_SOURCE can match (case-folded): the last letter of a
# source or of "photo", "images" (and "İ", which a case-insensitive "i" matches).
_TAIL_LAST = frozenset(
    [w[-1].casefold() for w in (*CREDIT_SOURCES, "photo", "image", "images")] + ["İ".casefold()]
)
_WORD = regex.compile(r"[\p{L}\p{M}\p{N}'’.\-&]++")


def _label_pattern(labels: tuple[str, ...]) -> regex.Pattern[str]:
    # A label, optional "s" or a number ("Photo 2:"), then a colon (also the full-width
    # one, with a space before it in French typography) or a bar.
    return regex.compile(
        rf"{_LEAD}(?:{_alternation(labels)})\.?(?:[ \t]++\d{{1,3}}+)?"
        r"[ \t\u00a0\u202f]*+(?:[:：|]|(?=[ \t]++©))",
        regex.IGNORECASE,
    )


_LABEL = _label_pattern(LABELS)
_CAPTION = LineLabel(Reason.CAPTION)
_MAX_LABEL_WORDS = 60
_MAX_TAIL_WORDS = 60


def _capitalised(word: str) -> bool:
    """True for a word written like a name: capitalised, all caps, a digit, or uncased."""
    first = word[0]
    return not first.islower() and not (first in "'’.-&" and word[1:2].islower())


def _ends_sentence(text: str) -> bool:
    """Whether ``text`` ends with a full stop, possibly followed by closing quotes."""
    return text.rstrip(_CLOSERS).endswith(FULL_STOPS)


def _credit_only(text: str, max_words: int) -> bool:
    """A short line that holds nothing but a credit."""
    body = text.strip(" \t|*_•·-")
    if not body or word_count(body) > max_words:
        return False
    if body.startswith("(") and body.endswith(")"):
        inner = body[1:-1]
        return bool(_SOURCE_RE.search(inner) or _CREDIT_WORD_RE.search(inner))
    if "/" in body and _SLASH_CREDIT.match(body):
        return True
    if _ends_sentence(body) or not _SOURCE_RE.search(body):
        return False
    words = _WORD.findall(body)
    return bool(words) and all(
        w.casefold() in _CREDIT_GLUE or _capitalised(w) or _SOURCE_RE.fullmatch(w) for w in words
    )


def _paren_is_credit(inner: str) -> bool:
    """Whether a final parenthesis credits a picture: "Agency via Flickr", "AP Photo/Ann"."""
    if _TAG_ONLY.fullmatch(inner):
        return False
    if _CREDIT_WORD_RE.search(inner):
        return True
    source = _SOURCE_RE.search(inner)
    return source is not None and (
        "/" in inner or word_count(inner) <= 3 or _credit_only(inner, 12)
    )


@register_cleaner
@attrs.frozen(repr=False)
class RemoveCaptions(LineCleaner):
    """Remove caption and credit lines.

    Options (keyword-only):

    - ``extra_prefixes``: more label words that start a caption (``("Quelle",)`` makes
      ``Quelle: dpa`` a caption); matched case-insensitively before a colon.
    - ``max_words``: the longest line, in words, that can be a credit without a label
      (12).

    >>> RemoveCaptions(extra_prefixes=("Kuva",))("Kuva: Ann Example\\nTeksti.").text
    'Teksti.'
    """

    name: ClassVar[str] = "remove_captions"

    extra_prefixes: tuple[str, ...] = attrs.field(default=(), kw_only=True, converter=tuple_of_str)
    max_words: int = attrs.field(default=12, kw_only=True, validator=attrs.validators.ge(1))
    _label: regex.Pattern[str] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        extra = tuple(p.strip() for p in self.extra_prefixes if p.strip())
        pattern = _label_pattern(LABELS + extra) if extra else _LABEL
        object.__setattr__(self, "_label", pattern)

    def is_caption(self, line: str) -> bool:
        """Whether one line (without its newline) is a caption or a credit.

        >>> RemoveCaptions().is_caption("Getty Images")
        True
        >>> RemoveCaptions().is_caption("Getty Images said on Monday that it agreed.")
        False
        >>> RemoveCaptions().is_caption("## Photo: Ann Example")  # as strip_markup leaves it
        True
        """
        text = plain_text(line).strip() if ("[" in line or "\\" in line) else line.strip()
        # as strip_markup, later in the pipeline, leaves it: "# Photo:" is a caption
        return self._is_caption(unheaded(line, text))

    def _is_caption(self, text: str, words: int | None = None) -> bool:
        """:meth:`is_caption` of a line's text as it will read (``words``: its word count,
        when known)."""
        if not text:
            return False
        if words is None:
            words = word_count(text)
        # a label ends with a colon or a bar, or stands before "©"
        if (
            words <= _MAX_LABEL_WORDS
            and (":" in text or "|" in text or "：" in text or "©" in text)
            and self._label.match(text)
        ):
            return True
        if words <= self.max_words and _credit_only(text, self.max_words):
            return True
        if words > _MAX_TAIL_WORDS:
            return False
        if "/" in text and _SLASH_CREDIT.search(text):
            return True
        paren = _PAREN_END.search(text) if text.endswith(")") else None
        if paren is not None and _paren_is_credit(paren.group(1)):
            return True
        return (
            words <= 2 * self.max_words
            and text.rstrip(" \t.")[-1:].casefold() in _TAIL_LAST
            and (
                "," in text
                or "|" in text
                or "/" in text
                or "-" in text
                or "–" in text
                or "—" in text
            )
            and _TAIL_SOURCE.search(text) is not None
        )

    def label(self, page: Page) -> dict[int, LineLabel]:
        """The caption and credit lines of ``page``."""
        remove: dict[int, LineLabel] = {}
        next_kept: Line | None = None
        # Bottom-up, so that "the next line" of a cut-off caption is the next line that
        # stays: the answer is the same when the output is cleaned again.
        for line in reversed(page.lines):
            if line.is_blank:
                next_kept = line
            elif self._line_is_caption(page, line) or self._cut_off(line.text, next_kept):
                remove[line.index] = _CAPTION
            else:
                next_kept = line
        return remove

    def _line_is_caption(self, page: Page, line: Line) -> bool:
        """:meth:`is_caption` of a line of ``page``, read from the line's facts."""
        raw = line.text
        facts = page.facts(line.index)
        # the visible text, unless emphasis is all the markup (is_caption keeps it then)
        if ("**" in raw or "__" in raw) and not ("[" in raw or "\\" in raw):
            text = raw.strip()
        else:
            text = facts.visible
        shown = unheaded(raw, text)
        return self._is_caption(shown, facts.words if shown is facts.visible else None)

    def _cut_off(self, line: str, next_line: Line | None) -> bool:
        """A short caption cut off at "(" whose next line does not close it."""
        stripped = line.rstrip()
        if not stripped.endswith(" (") or word_count(stripped) > 2 * self.max_words:
            return False
        if _ends_sentence(stripped[:-2].rstrip()):
            return False
        return next_line is None or not next_line.text.strip() or ")" not in next_line.text
