"""Generated scraped pages that carry their own truth: which spans are the article body,
which are metadata (title, byline, date) and which are boilerplate, and of what kind.

:func:`scraped_documents` interleaves article :func:`paragraphs` in several languages
and scripts (Latin, Cyrillic, Arabic, CJK) with every kind of :func:`boilerplate`
(navigation menus, link debris, captions, related-article blocks, pull quotes, cookie
banners, share buttons, newsletter prompts, footers), the way a scraper flattens a web
page to text. Each example is a :class:`ScrapedDocument`; :func:`score_body` measures how
much of its body a cleaner kept (recall) and how much of what it kept is body (precision).

>>> from hypothesis import given, settings
>>> import seedclean
>>> @settings(max_examples=10, deadline=None)
... @given(scraped_documents(languages=["en", "ru"]))
... def test_scores(doc):
...     assert all(doc.text[p.start : p.end] == p.text for p in doc.parts)
...     score = score_body(doc, seedclean.clean(doc.text).text)
...     assert 0 <= score.recall <= 1 and 0 <= score.precision <= 1
>>> test_scores()

All the phrases are generic interface text and the article words are made up from a
small vocabulary: no generated page imitates a particular site.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter
from collections.abc import Sequence
from typing import Literal

import attrs
import regex
from hypothesis import strategies as st

from ..document import Metadata
from .strategies import to_sloppy_mojibake

__all__ = [
    "BOILERPLATE_KINDS",
    "LANGUAGES",
    "METADATA_KINDS",
    "BodyScore",
    "Part",
    "ScrapedDocument",
    "articles",
    "boilerplate",
    "paragraphs",
    "score_body",
    "scraped_documents",
]


@attrs.frozen
class _Language:
    """What it takes to write made-up prose in one language."""

    script: str
    function_words: tuple[str, ...]
    content_words: tuple[str, ...]
    spaced: bool = True  # False for scripts written without spaces
    comma: str = ", "
    full_stop: str = "."


def _split(words: str) -> tuple[str, ...]:
    return tuple(words.split())


#: The languages :func:`paragraphs` writes in, by ISO 639-1 code.
LANGUAGES: dict[str, _Language] = {
    "en": _Language(
        "Latin",
        _split(
            "the of and to a in is that for on was with as by at this are from or has "
            "have an they which were their been will would can more when who than also "
            "after into about over some other its"
        ),
        _split(
            "city council plan school water river market family report study village road "
            "budget project garden harbour library museum festival station bridge farm "
            "weather season team street history teacher student doctor hospital winter "
            "summer evening morning community region policy research forest island valley "
            "train coast opened closed built announced described changed visited improved "
            "expected decided started measured collected new local small large public early "
            "recent national regional annual quiet busy"
        ),
    ),
    "fr": _Language(
        "Latin",
        _split(
            "le la les de des du et à un une en est que qui dans pour pas sur au par plus "
            "il elle se ce sont avec ont son sa ses aux mais ou comme leur cette"
        ),
        _split(
            "ville conseil projet école rivière marché famille rapport étude village route "
            "budget jardin port bibliothèque musée festival gare pont ferme saison équipe "
            "rue histoire médecin hôpital hiver été soirée matin région forêt île vallée "
            "côte café réunion élève année décision première nouvelle"
        ),
    ),
    "de": _Language(
        "Latin",
        _split(
            "der die und in den von zu das mit sich des auf für ist im dem nicht ein eine "
            "als auch es an werden aus er hat dass sie nach wird bei einer um am sind"
        ),
        _split(
            "Stadt Rat Plan Schule Wasser Fluss Markt Familie Bericht Studie Dorf Straße "
            "Haushalt Projekt Garten Hafen Bibliothek Museum Bahnhof Brücke Hof Wetter "
            "Mannschaft Geschichte Lehrer Ärztin Krankenhaus Winter Sommer Abend Morgen "
            "Gemeinde Region Forschung Wald Insel Küste eröffnet gebaut neue kleine große"
        ),
    ),
    "ru": _Language(
        "Cyrillic",
        _split(
            "и в не на что с по как а то это к из у за от о так его но же для все она "
            "они был была были было уже при или мы бы их"
        ),
        _split(
            "город совет план школа вода река рынок семья доклад исследование деревня "
            "дорога бюджет проект сад порт библиотека музей фестиваль вокзал мост ферма "
            "погода сезон команда улица история учитель студент врач больница зима лето "
            "вечер утро район лес остров долина берег новый местный большой открыли"
        ),
    ),
    "ar": _Language(
        "Arabic",
        _split("في من على إلى أن عن مع هذا التي الذي كان هذه و لا ما ثم قد بعد كل بين"),
        _split(
            "المدينة المجلس الخطة المدرسة الماء النهر السوق العائلة التقرير الدراسة "
            "القرية الطريق الميزانية المشروع الحديقة الميناء المكتبة المتحف المهرجان "
            "المحطة الجسر المزرعة الطقس الموسم الفريق الشارع التاريخ المعلم الطالب "
            "الطبيب المستشفى الشتاء الصيف المساء الصباح المنطقة الغابة الجزيرة الساحل"
        ),
        comma="، ",
    ),
    "zh": _Language(
        "CJK",
        _split("的 了 在 和 是 也 对 将 从 把"),
        _split(
            "城市 议会 计划 学校 河流 市场 家庭 报告 研究 村庄 道路 预算 项目 花园 港口 "
            "图书馆 博物馆 节日 车站 大桥 农场 天气 季节 球队 街道 历史 老师 学生 医生 "
            "医院 冬天 夏天 晚上 早上 社区 地区 森林 海岛 山谷 海岸"
        ),
        spaced=False,
        comma="，",
        full_stop="。",
    ),
    "ja": _Language(
        "CJK",
        _split("の は が を に で と も から まで"),
        _split(
            "町 議会 計画 学校 川 市場 家族 報告 研究 村 道路 予算 事業 庭園 港 図書館 "
            "博物館 祭り 駅 橋 農場 天気 季節 チーム 通り 歴史 先生 学生 医者 病院 冬 夏 "
            "夕方 朝 地域 森 島 谷 海岸"
        ),
        spaced=False,
        comma="、",
        full_stop="。",
    ),
}

#: The kinds of boilerplate :func:`boilerplate` makes and :func:`scraped_documents` uses.
BOILERPLATE_KINDS: tuple[str, ...] = (
    "navigation",
    "link_debris",
    "caption",
    "related",
    "pull_quote",
    "cookie_banner",
    "social",
    "newsletter",
    "footer",
)
#: The kinds of part that carry metadata, and the :class:`~seedclean.Metadata` field each
#: one gives.
METADATA_KINDS: dict[str, str] = {"title": "title", "byline": "authors", "date": "date"}

# Generic interface text, by language; languages not listed use English.
_SHARE = {
    "en": ("Share", "Share this article", "Tweet", "Email", "Print", "Copy link"),
    "fr": ("Partager", "Partager cet article", "Imprimer", "Copier le lien"),
    "de": ("Teilen", "Artikel teilen", "Drucken", "Link kopieren"),
    "ru": ("Поделиться", "Поделиться статьей", "Печать", "Скопировать ссылку"),
    "ar": ("شارك", "مشاركة", "طباعة"),
    "zh": ("分享", "分享到", "打印"),
    "ja": ("シェア", "共有", "印刷"),
}
_NEWSLETTER = {
    "en": ("Subscribe to our newsletter", "Sign up for our daily newsletter",
           "Enter your email address", "Subscribe"),
    "fr": ("Abonnez-vous à notre newsletter", "Inscrivez-vous à la newsletter", "S'abonner"),
    "de": ("Newsletter abonnieren", "Jetzt anmelden", "Abonnieren"),
    "ru": ("Подпишитесь на нашу рассылку", "Подписаться"),
    "ar": ("اشترك في النشرة الإخبارية", "اشترك"),
    "zh": ("订阅我们的新闻通讯", "订阅"),
    "ja": ("ニュースレターに登録", "登録する"),
}  # fmt: skip
_COOKIE = {
    "en": ("We use cookies to improve your experience on our website. By continuing to "
           "browse, you agree to our use of cookies.", "Accept all cookies", "Cookie settings",
           "Accept"),
    "fr": ("Ce site utilise des cookies pour améliorer votre expérience. En poursuivant "
           "votre navigation, vous acceptez l'utilisation des cookies.", "Accepter"),
    "de": ("Diese Website verwendet Cookies. Wenn Sie die Website weiter nutzen, stimmen "
           "Sie der Verwendung von Cookies zu.", "Alle akzeptieren"),
    "ru": ("Этот сайт использует файлы cookie. Продолжая пользоваться сайтом, вы "
           "соглашаетесь на использование файлов cookie.", "Принять"),
}  # fmt: skip
_RELATED = {
    "en": ("Related articles", "You may also like", "More stories", "Read more"),
    "fr": ("À lire aussi", "Articles liés", "Sur le même sujet"),
    "de": ("Mehr zum Thema", "Das könnte Sie auch interessieren", "Weitere Artikel"),
    "ru": ("Читайте также", "Похожие статьи", "Другие новости"),
    "ar": ("اقرأ أيضا", "مقالات ذات صلة"),
    "zh": ("相关文章", "相关阅读"),
    "ja": ("関連記事", "あわせて読みたい"),
}
_FOOTER = {
    "en": ("All rights reserved.", "Privacy policy", "Terms of use", "Contact us", "About us"),
    "fr": ("Tous droits réservés.", "Politique de confidentialité", "Mentions légales"),
    "de": ("Alle Rechte vorbehalten.", "Datenschutz", "Impressum", "Kontakt"),
    "ru": ("Все права защищены.", "Политика конфиденциальности", "Контакты"),
    "ar": ("جميع الحقوق محفوظة.", "سياسة الخصوصية", "اتصل بنا"),
    "zh": ("版权所有。", "隐私政策", "联系我们"),
    "ja": ("無断転載を禁じます。", "プライバシーポリシー", "お問い合わせ"),
}
_CAPTION_LABEL = {
    "en": "Photo: ", "fr": "Photo : ", "de": "Foto: ", "ru": "Фото: ", "ar": "صورة: ",
    "zh": "图片：", "ja": "写真：",
}  # fmt: skip
_BYLINE = {"en": "By ", "fr": "Par ", "de": "Von ", "ru": "Автор: ", "ar": "بقلم ",
           "zh": "作者：", "ja": "文："}  # fmt: skip
_AND = {"en": " and ", "fr": " et ", "de": " und ", "ru": " и ", "ar": " و", "zh": "、",
        "ja": "、"}  # fmt: skip
_FIRST_NAMES = ("Ann", "Maria", "Jon", "Li", "Omar", "Olga", "Kenji", "Sara", "Pablo", "Ines")
_LAST_NAMES = ("Example", "Sample", "Novak", "Garcia", "Petrova", "Haddad", "Tanaka", "Chen")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")  # fmt: skip


def _lang(code: str) -> _Language:
    try:
        return LANGUAGES[code]
    except KeyError:
        known = ", ".join(LANGUAGES)
        raise ValueError(f"unknown language {code!r} (known: {known})") from None


def _local(table: dict[str, tuple[str, ...]], lang: str) -> tuple[str, ...]:
    return table.get(lang, table["en"])


def _write_sentence(language: _Language, seed: int) -> str:
    """A made-up sentence: content words, each followed by a function word, as half of
    the words of ordinary prose are function words. ``seed`` picks the words, so that
    hypothesis shrinks a document's structure without making its prose degenerate."""
    rng = random.Random(seed)
    n = rng.randint(5, 11) if language.spaced else rng.randint(6, 12)
    words: list[str] = []
    for _ in range(n):
        words.append(rng.choice(language.content_words))
        words.append(rng.choice(language.function_words))
    half = len(words) // 4 * 2  # a comma after a function word, mid-sentence
    if language.spaced:
        text = " ".join(words[:half]) + language.comma.rstrip() + " " + " ".join(words[half:])
        text = text[:1].upper() + text[1:]
    else:
        text = "".join(words[:half]) + language.comma + "".join(words[half:])
    return text + language.full_stop


def _sentence(language: _Language) -> st.SearchStrategy[str]:
    return st.integers(0, 2**32 - 1).map(lambda seed: _write_sentence(language, seed))


def _sentences(lang: str, min_size: int = 3, max_size: int = 6) -> st.SearchStrategy[list[str]]:
    # Real prose does not repeat a sentence: a repeated one is a duplicate to remove.
    return st.lists(_sentence(_lang(lang)), min_size=min_size, max_size=max_size, unique=True)


def _join_sentences(lang: str, sentences: Sequence[str]) -> str:
    return (" " if _lang(lang).spaced else "").join(sentences)


def paragraphs(lang: str | None = None) -> st.SearchStrategy[str]:
    """An article paragraph of three to six sentences, in ``lang`` (a key of
    :data:`LANGUAGES`) or in any of them.

    The words are made up from a small vocabulary, but the paragraph has the shape of
    prose: long lines, sentence punctuation, and as many function words as real text.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=10)
    ... @given(paragraphs("ru"))
    ... def test_cyrillic(text):
    ...     assert text.endswith(".") and any("а" <= c <= "я" for c in text)
    >>> test_cyrillic()
    """
    if lang is None:
        return st.sampled_from(sorted(LANGUAGES)).flatmap(paragraphs)
    return _sentences(lang).map(lambda s: _join_sentences(lang, s))


def articles(lang: str | None = None) -> st.SearchStrategy[str]:
    """An article with nothing else on the page: one to five :func:`paragraphs` in one
    language, separated by blank lines. The clean text of a cleaner that looks for the
    article (a content locator must leave it alone).

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=10)
    ... @given(articles("de"))
    ... def test_paragraphs(text):
    ...     assert all(p.endswith(".") for p in text.split("\\n\\n"))
    >>> test_paragraphs()
    """
    if lang is None:
        return st.sampled_from(sorted(LANGUAGES)).flatmap(articles)
    return st.lists(paragraphs(lang), min_size=1, max_size=5, unique=True).map("\n\n".join)


def _title(lang: str) -> st.SearchStrategy[str]:
    language = _lang(lang)
    words = st.lists(st.sampled_from(language.content_words), min_size=3, max_size=7, unique=True)
    if language.spaced:
        return words.map(lambda w: " ".join(w)[:1].upper() + " ".join(w)[1:])
    return words.map("".join)


def _menu_item(lang: str) -> st.SearchStrategy[str]:
    return st.sampled_from(_lang(lang).content_words).map(lambda w: w[:1].upper() + w[1:])


def _slug(text: str) -> str:
    return "-".join(regex.findall(r"[a-z0-9]+", text.casefold())) or "page"


def _link(anchor: str) -> str:
    return f"[{anchor}](/{_slug(anchor)})"


def _name() -> st.SearchStrategy[str]:
    return st.builds(
        lambda first, last: f"{first} {last}",
        st.sampled_from(_FIRST_NAMES),
        st.sampled_from(_LAST_NAMES),
    )


@st.composite
def _navigation(draw: st.DrawFn, lang: str) -> str:
    items = draw(st.lists(_menu_item(lang), min_size=4, max_size=9, unique=True))
    style = draw(st.sampled_from(["lines", "links", "bar"]))
    if style == "lines":
        return "\n".join(items)
    if style == "links":
        return "\n".join(f"* {_link(item)}" for item in items)
    return " | ".join(items)


@st.composite
def _link_debris(draw: st.DrawFn, lang: str) -> str:
    item = _menu_item(lang)
    line = st.one_of(
        item.map(lambda w: f"https://example.com/{_slug(w)}/"),
        item.map(_link),
        item.map(lambda w: f"![]({'/img/' + _slug(w)}.jpg)"),
        st.just("[](/)"),
    )
    return "\n".join(draw(st.lists(line, min_size=1, max_size=3)))


@st.composite
def _caption(draw: st.DrawFn, lang: str) -> str:
    label = _CAPTION_LABEL.get(lang, _CAPTION_LABEL["en"])
    return label + draw(_name())


@st.composite
def _related(draw: st.DrawFn, lang: str) -> str:
    heading = draw(st.sampled_from(_local(_RELATED, lang)))
    titles = draw(st.lists(_title(lang), min_size=2, max_size=5, unique=True))
    as_links = draw(st.booleans())
    lines = [f"* {_link(t)}" if as_links else t for t in titles]
    return "\n".join([heading, *lines])


def _phrases(table: dict[str, tuple[str, ...]], lang: str, most: int) -> st.SearchStrategy[str]:
    options = _local(table, lang)
    return st.lists(
        st.sampled_from(options), min_size=1, max_size=min(most, len(options)), unique=True
    ).map("\n".join)


@st.composite
def _cookie_banner(draw: st.DrawFn, lang: str) -> str:
    options = _local(_COOKIE, lang)
    buttons = draw(st.lists(st.sampled_from(options[1:]), max_size=2, unique=True))
    return "\n".join([options[0], *buttons])


@st.composite
def _footer(draw: st.DrawFn, lang: str) -> str:
    year = draw(st.integers(2000, 2030))
    rights = _local(_FOOTER, lang)
    links = draw(st.lists(st.sampled_from(rights[1:]), max_size=3, unique=True))
    return "\n".join([f"© {year} {rights[0]}", *links])


def boilerplate(kind: str | None = None, lang: str = "en") -> st.SearchStrategy[str]:
    """One block of boilerplate of ``kind`` (one of :data:`BOILERPLATE_KINDS`, any when
    ``None``), with interface text in ``lang`` where it is localised (English otherwise).

    A ``"pull_quote"`` needs the article it quotes: on its own it is a sentence of a
    paragraph (:func:`scraped_documents` quotes the real article).

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=10)
    ... @given(boilerplate("navigation"))
    ... def test_menu(text):
    ...     assert len(text.split("\\n")) >= 4 or " | " in text
    >>> test_menu()
    """
    if kind is None:
        return st.sampled_from(BOILERPLATE_KINDS).flatmap(lambda k: boilerplate(k, lang))
    _lang(lang)
    makers = {
        "navigation": lambda: _navigation(lang),
        "link_debris": lambda: _link_debris(lang),
        "caption": lambda: _caption(lang),
        "related": lambda: _related(lang),
        "pull_quote": lambda: _sentence(_lang(lang)),
        "cookie_banner": lambda: _cookie_banner(lang),
        "social": lambda: _phrases(_SHARE, lang, 4),
        "newsletter": lambda: _phrases(_NEWSLETTER, lang, 2),
        "footer": lambda: _footer(lang),
    }
    if kind not in makers:
        raise ValueError(f"unknown boilerplate kind {kind!r} (known: {', '.join(makers)})")
    return makers[kind]()


@attrs.frozen
class Part:
    """One span of a :class:`ScrapedDocument`: ``text[start:end]`` is a part of ``kind``.

    ``role`` is ``"body"``, ``"metadata"`` (kinds ``title``, ``byline``, ``date``) or
    ``"boilerplate"``. ``truth`` is what the span should read once repaired: the same as
    the span, unless the document was generated with mojibake.
    """

    kind: str
    start: int
    end: int
    text: str
    truth: str

    @property
    def role(self) -> Literal["body", "metadata", "boilerplate"]:
        """Whether the part is body, metadata or boilerplate."""
        if self.kind == "body":
            return "body"
        if self.kind in METADATA_KINDS:
            return "metadata"
        return "boilerplate"

    @property
    def span(self) -> tuple[int, int]:
        """``(start, end)``."""
        return (self.start, self.end)


@attrs.frozen
class ScrapedDocument:
    """A generated page: its ``text`` and the truth about each of its parts.

    Parts are separated by line breaks (which belong to no part); ``metadata`` holds
    the title, authors and date the page shows (unknown ones are empty).
    """

    text: str
    parts: tuple[Part, ...]
    metadata: Metadata
    language: str

    def of_role(self, role: str) -> tuple[Part, ...]:
        """The parts whose ``role`` is ``role``."""
        return tuple(p for p in self.parts if p.role == role)

    @property
    def body(self) -> str:
        """The article as it should come out: its paragraphs, a blank line apart."""
        return "\n\n".join(p.truth for p in self.of_role("body"))

    @property
    def body_spans(self) -> tuple[tuple[int, int], ...]:
        """Where the article's paragraphs are in ``text``."""
        return tuple(p.span for p in self.of_role("body"))

    @property
    def metadata_spans(self) -> tuple[tuple[str, int, int], ...]:
        """``(field, start, end)`` of each metadata value shown in ``text``."""
        return tuple((METADATA_KINDS[p.kind], p.start, p.end) for p in self.of_role("metadata"))

    @property
    def boilerplate_spans(self) -> tuple[tuple[str, int, int], ...]:
        """``(kind, start, end)`` of each block of boilerplate."""
        return tuple((p.kind, p.start, p.end) for p in self.of_role("boilerplate"))


def _date_text(lang: str, date: dt.date, style: int) -> str:
    if lang == "en" and style == 1:
        return f"{_MONTHS[date.month - 1]} {date.day}, {date.year}"
    if lang == "en" and style == 2:
        return f"Published {date.day} {_MONTHS[date.month - 1]} {date.year}"
    if lang in ("de", "ru") and style != 0:
        return f"{date.day:02}.{date.month:02}.{date.year}"
    return date.isoformat()


def _authors_text(lang: str, authors: Sequence[str]) -> str:
    return _BYLINE.get(lang, "By ") + _AND.get(lang, " and ").join(authors)


_TOP = ("navigation", "cookie_banner", "link_debris", "social")
_INSIDE = ("caption", "pull_quote", "link_debris", "social", "newsletter", "related")
_BOTTOM = ("social", "newsletter", "related", "link_debris", "navigation", "footer")


@st.composite
def scraped_documents(
    draw: st.DrawFn,
    *,
    languages: Sequence[str] | None = None,
    kinds: Sequence[str] | None = None,
    min_paragraphs: int = 2,
    max_paragraphs: int = 6,
    metadata: bool = True,
    mojibake: bool = False,
) -> ScrapedDocument:
    """A scraped page: an article of ``min_paragraphs`` to ``max_paragraphs`` paragraphs
    in one of ``languages`` (default: all of :data:`LANGUAGES`), with a title, byline and
    date unless ``metadata=False``, and boilerplate of ``kinds`` (default: all of
    :data:`BOILERPLATE_KINDS`) above, inside and below it.

    With ``mojibake=True`` some parts are turned into mojibake (UTF-8 read as
    Windows-1252); their :attr:`Part.truth` keeps the correct text.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=10)
    ... @given(scraped_documents(languages=["ja"], kinds=["footer", "social"]))
    ... def test_truth(doc):
    ...     assert all(doc.text[p.start : p.end] == p.text for p in doc.parts)
    ...     assert {p.kind for p in doc.parts} <= {"title", "byline", "date", "body",
    ...                                            "footer", "social"}
    ...     assert [p.text for p in doc.parts if p.kind == "title"] == [doc.metadata.title]
    >>> test_truth()
    """
    lang = draw(st.sampled_from(sorted(languages or LANGUAGES)))
    allowed = set(BOILERPLATE_KINDS if kinds is None else kinds)
    unknown = allowed - set(BOILERPLATE_KINDS)
    if unknown:
        raise ValueError(f"unknown boilerplate kind(s): {', '.join(sorted(unknown))}")
    sizes = draw(st.lists(st.integers(3, 6), min_size=min_paragraphs, max_size=max_paragraphs))
    sentences = draw(_sentences(lang, sum(sizes), sum(sizes)))
    paras: list[list[str]] = []
    for size in sizes:
        paras.append(sentences[:size])
        sentences = sentences[size:]

    def kinds_from(options: Sequence[str], most: int) -> list[str]:
        usable = [k for k in options if k in allowed]
        if not usable:
            return []
        return draw(st.lists(st.sampled_from(usable), max_size=most, unique=True))

    blocks: list[tuple[str, str]] = [(k, draw(boilerplate(k, lang))) for k in kinds_from(_TOP, 3)]
    title: str | None = None
    authors: tuple[str, ...] = ()
    date: dt.date | None = None
    if metadata:
        title = draw(_title(lang))
        blocks.append(("title", title))
        if draw(st.booleans()):
            authors = tuple(draw(st.lists(_name(), min_size=1, max_size=2, unique=True)))
            blocks.append(("byline", _authors_text(lang, authors)))
        if draw(st.booleans()):
            date = draw(st.dates(dt.date(1995, 1, 1), dt.date(2035, 12, 31)))
            blocks.append(("date", _date_text(lang, date, draw(st.integers(0, 2)))))
    inside: dict[int, list[str]] = {}
    if len(paras) > 1:
        for kind in kinds_from(_INSIDE, 3):
            inside.setdefault(draw(st.integers(1, len(paras) - 1)), []).append(kind)
    for i, para in enumerate(paras):
        for kind in inside.get(i, []):
            if kind == "pull_quote":
                quoted = paras[i - 1]
                text = quoted[draw(st.integers(0, len(quoted) - 1))]
            else:
                text = draw(boilerplate(kind, lang))
            blocks.append((kind, text))
        blocks.append(("body", _join_sentences(lang, para)))
    blocks.extend((k, draw(boilerplate(k, lang))) for k in kinds_from(_BOTTOM, 4))

    separator = draw(st.sampled_from(["\n\n", "\n"]))
    parts: list[Part] = []
    pieces: list[str] = []
    pos = 0
    for kind, truth in blocks:
        shown = truth
        if mojibake and not truth.isascii() and draw(st.booleans()):
            shown = to_sloppy_mojibake(truth)
        if pieces:
            pieces.append(separator)
            pos += len(separator)
        parts.append(Part(kind, pos, pos + len(shown), shown, truth))
        pieces.append(shown)
        pos += len(shown)
    return ScrapedDocument(
        text="".join(pieces),
        parts=tuple(parts),
        metadata=Metadata(title=title, authors=authors, date=date),
        language=lang,
    )


_TOKEN = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]|[\p{L}\p{M}\p{N}]+")


def _tokens(text: str) -> Counter[str]:
    """Words, and single characters of scripts written without spaces, case-folded."""
    return Counter(t.casefold() for t in _TOKEN.findall(text))


@attrs.frozen
class BodyScore:
    """How well a cleaned text matches a document's body, on word tokens.

    ``recall``: share of the body's tokens the text kept. ``precision``: share of the
    text's tokens that are body, leaving out the tokens of the metadata (a title left in
    the text is neither right nor wrong here).
    """

    recall: float
    precision: float

    @property
    def f1(self) -> float:
        """The harmonic mean of recall and precision."""
        total = self.recall + self.precision
        return 2 * self.recall * self.precision / total if total else 0.0


def score_body(doc: ScrapedDocument, text: str) -> BodyScore:
    """Token-level recall and precision of ``text`` (a cleaner's output) against the body
    of ``doc``, as multisets of word tokens (characters for CJK).

    >>> doc = ScrapedDocument("Menu\\nSome body text.", (Part("navigation", 0, 4, "Menu",
    ...     "Menu"), Part("body", 5, 20, "Some body text.", "Some body text.")), Metadata(), "en")
    >>> score_body(doc, "Some body text.")
    BodyScore(recall=1.0, precision=1.0)
    >>> score_body(doc, "Menu\\nSome body")
    BodyScore(recall=0.666..., precision=0.666...)
    """
    body = _tokens(doc.body)
    out = _tokens(text)
    meta = Counter[str]()
    for part in doc.of_role("metadata"):
        meta.update(_tokens(part.truth))
    # Tokens of the text that are not body but are metadata count neither way.
    neutral = (out - body) & meta
    hits = sum((out & body).values())
    n_body = sum(body.values())
    n_out = sum(out.values()) - sum(neutral.values())
    return BodyScore(
        recall=hits / n_body if n_body else 1.0,
        precision=hits / n_out if n_out else 1.0,
    )
