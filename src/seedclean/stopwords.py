"""Function words of common languages, to tell prose from lists of names and links.

Running text in any language is full of short function words ("the", "of", "und", "de",
"и", "في"); menus, tags and link lists are not. jusText measures this *stop-word density*
per paragraph; seedclean does the same when it recognises the language, and falls back on
sentence punctuation when it does not (or for scripts written without spaces).

The lists are the most frequent function words of each language, written by hand; they
are short on purpose (density, not coverage, is what counts).

>>> detect_language("The cat sat on the mat and it was happy with the rest of the day.")
'en'
>>> detect_language("Der Hund und die Katze sind in dem Haus, weil es draußen kalt ist.")
'de'
>>> detect_language("東京は日本の首都です。") is None
True
>>> round(stopword_density("the cat and the dog", "en"), 2)
0.6
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import regex

from .lines import WEB_ADDRESS, cp1252_class, in_cp1252

__all__ = [
    "STOPWORDS",
    "density_of_counts",
    "detect_language",
    "language_of_counts",
    "line_hits",
    "stopword_density",
    "words",
]

_RAW: dict[str, str] = {
    "en": """the of and to a in is it that for on was with as he be by at this are from or
        his had not but have an they which you were her she there we been has their one all
        would will if its can more when who so no out up what about into than them said
        also after its our other could only these some two new over do may""",
    "de": """der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als
        auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie einem
        über einen so zum war haben nur oder aber vor zur bis mehr durch man sein wurde
        sei ich wir ihr ihre seine kann""",
    "fr": """le la les de des du et à un une en est que qui dans pour pas sur au par plus ne
        il elle se ce sont avec ont son sa ses été aux mais ou comme on nous vous leur
        cette tout être fait aussi bien peut entre après sans sous très""",
    "es": """el la los las de del y a en que un una es por con no se su para al lo como más
        pero sus le ya o este ha porque esta entre cuando muy sin sobre también me hasta
        hay donde quien desde todo nos durante todos uno les ni contra otros fue ser son""",
    "it": """il lo la i gli le di del della dei delle e a da in con su per tra fra un una uno
        che non è si ma come anche più sono alla al nel nella questo questa ha hanno essere
        stato se o ci ne loro suo sua dopo quando""",
    "pt": """o a os as de do da dos das e em no na nos nas um uma que é por para com não se
        mais como mas foi ao ele ela seu sua ou ser quando muito já também só pelo pela até
        isso entre depois sem mesmo aos seus quem nas esse eles essa""",
    "nl": """de het een en van in is dat op te voor met zijn niet aan er ook als bij maar om
        door over naar dan nog wel uit wordt werd zo tot of ze hij zij kan heeft hebben
        deze dit was waren wat die""",
    "sv": """och i att det som en på är av för med till den har de inte om ett han men var jag
        sig från vi så kan man när år säger hon under också efter eller nu sin där vid mot""",
    "da": """og i at det er en på til af med for den som de ikke har der et han men var sig
        fra vi så kan om når også efter eller nu sin ved mod""",
    "pl": """i w na z że do nie się to jest o jak a co ale po od za przez dla jego tak jej są
        ich być był była było już tylko może tym który która które przy oraz lub także
        jako czy""",
    "ru": """и в не на что с по как а то это к из у за от о так его но же для все она
        он было был была были бы уже или только мы они их ее при также если когда после
        этого этот может""",
    "uk": """і в не на що з по як а то це до із у за від про так його але ж для все вона
        він було був була були би вже або тільки ми вони їх її при також якщо коли після""",
    "tr": """ve bir bu da de için ile olarak çok daha gibi en o ama ki ne var değil olan
        sonra kadar her şey ya veya ise göre bile artık""",
    "id": """yang dan di ke dari ini itu dengan untuk tidak dalam akan pada juga ada adalah
        oleh karena saya mereka kami kita atau sudah telah bisa lebih""",
    "ar": """في من على إلى عن أن إن مع هذا هذه التي الذي كان لا ما هو هي ذلك بين كل قد
        لم بعد عند أو ثم حتى كما وقد وفي وهو منذ""",
    "fa": """و در به از که این را با است آن برای یک تا هم بر شد می های بود شده کرد
        نیز یا اما اگر هر کند دارد باید""",
}

#: Function words by ISO 639-1 language code.
STOPWORDS: dict[str, frozenset[str]] = {
    lang: frozenset(text.split()) for lang, text in _RAW.items()
}

_WORD = regex.compile(r"[\p{L}\p{M}]++(?:['’][\p{L}]++)?")
# _WORD on Windows-1252 text, with the standard library's engine (see seedclean.lines)
_CP1252_LETTER_OR_MARK = cp1252_class(r"[\p{L}\p{M}]")
_CP1252_LETTER = cp1252_class(r"\p{L}")
_CP1252_WORD = re.compile(f"[{_CP1252_LETTER_OR_MARK}]+(?:['’][{_CP1252_LETTER}]+)?")


def words(text: str) -> list[str]:
    """The case-folded words of ``text`` (letters only, so numbers do not count).

    >>> words("It's 3 o’clock, Anna!")
    ["it's", 'o’clock', 'anna']
    """
    folded = text.casefold()
    if folded.isascii() or in_cp1252(folded):  # the same words, about twice as fast
        return _CP1252_WORD.findall(folded)
    return _WORD.findall(folded)


def detect_language(text: str, *, min_hits: int = 5, max_words: int = 5000) -> str | None:
    """The language whose function words cover the most words of ``text``, or ``None``
    when too few words are function words of any one language.

    Only the first ``max_words`` words are read. Languages that share words (Danish and
    Swedish, Spanish and Portuguese) are told apart by which covers more.
    """
    return language_of_lines(text.split("\n"), min_hits=min_hits, max_words=max_words)


def language_of_lines(
    lines: Iterable[str], *, min_hits: int = 5, max_words: int = 5000
) -> str | None:
    """``detect_language("\\n".join(lines))``, from counts kept per line.

    A word never spans a newline, so the words of the joined text are those of its lines
    one after the other, and the function words of each language in it are the sums of
    those of its lines (:func:`language_of_counts` adds them up; a line model that keeps
    each line's counts calls it directly).

    >>> language_of_lines(["The cat sat on the mat", "and it was happy with the day."])
    'en'
    """
    if max_words < 0:  # "all but the last words": count the joined text's words
        tokens = words("\n".join(lines))[:max_words]
        counts = (len(tokens), _hits(tokens))
        return language_of_counts([("", counts)], min_hits=min_hits, max_words=len(tokens))
    pairs = ((line, line_hits(line)) for line in lines)
    return language_of_counts(pairs, min_hits=min_hits, max_words=max_words)


def language_of_counts(
    lines: Iterable[tuple[str, tuple[int, Sequence[tuple[int, int]]]]],
    *,
    min_hits: int = 5,
    max_words: int = 5000,
) -> str | None:
    """:func:`language_of_lines` on ``(line, line_hits(line))`` pairs, when a line model
    already holds each line's counts (the same answer, without counting again).

    >>> language_of_counts((s, line_hits(s)) for s in ["The cat sat on the mat",
    ...                                                "and it was happy with the day."])
    'en'
    """
    total = 0
    hits = [0] * len(_LANGS)
    for line, (n, line_hits_) in lines:
        if total + n > max_words:  # only the first words of this line are read
            tokens = words(line)[: max_words - total]
            n, line_hits_ = len(tokens), _hits(tokens)
        total += n
        for k, h in line_hits_:
            hits[k] += h
        if total >= max_words:
            break
    return _pick(hits, total, min_hits)


def density_of_counts(counts: tuple[int, Sequence[tuple[int, int]]], lang: str) -> float:
    """The share of a line's words that are function words of ``lang``, from its
    :func:`line_hits`.

    >>> density_of_counts(line_hits("the cat and the dog"), "en")
    0.6
    """
    n, hits = counts
    if not n:
        return 0.0
    k = _LANG_INDEX[lang]
    return next((h for j, h in hits if j == k), 0) / n


def _pick(hits: list[int], total: int, min_hits: int) -> str | None:
    """The language with the most ``hits`` among ``total`` words (the first of them on a
    tie), if it has enough."""
    if not total:
        return None
    best = max(range(len(_LANGS)), key=hits.__getitem__)
    n = hits[best]
    if n < min_hits or n < 0.1 * total:
        return None
    return _LANGS[best]


_LANGS: tuple[str, ...] = tuple(STOPWORDS)
_LANG_INDEX: dict[str, int] = {lang: k for k, lang in enumerate(_LANGS)}
# For each function word, the positions in _LANGS of the languages it belongs to.
_LANGS_OF: dict[str, tuple[int, ...]] = {
    word: tuple(k for k, lang in enumerate(_LANGS) if word in STOPWORDS[lang])
    for word in sorted(set().union(*STOPWORDS.values()))
}


def _hits(tokens: Iterable[str]) -> tuple[tuple[int, int], ...]:
    """``(k, hits)`` for each language that has function words among ``tokens``, ``k``
    its position in :data:`STOPWORDS`, in that order (most lines hold few function words:
    only theirs are counted)."""
    counts: dict[int, int] = {}
    langs_of = _LANGS_OF
    for token in tokens:
        langs = langs_of.get(token)
        if langs is not None:
            for k in langs:
                counts[k] = counts.get(k, 0) + 1
    return tuple(sorted(counts.items()))


def line_hits(line: str) -> tuple[int, tuple[tuple[int, int], ...]]:
    """The number of words of one line, and ``(k, hits)`` for each language with function
    words in it, ``k`` its position in :data:`STOPWORDS`.

    >>> n, hits = line_hits("the cat and the dog")
    >>> n, [(list(STOPWORDS)[k], h) for k, h in hits]
    (5, [('en', 3)])
    """
    tokens = words(line)
    return len(tokens), _hits(tokens)


def stopword_density(text: str, lang: str) -> float:
    """Share of the words of ``text`` that are function words of ``lang`` (0 when none).
    Web addresses are left out: their parts are not words of the language.

    >>> round(stopword_density("Tickets are on sale at the door.", "en"), 2)
    0.57
    >>> round(stopword_density("Tickets are on sale at the door <https://example.org/t>", "en"), 2)
    0.57
    """
    if "http" in text or "www." in text:
        text = WEB_ADDRESS.sub(" ", text)  # its parts are no language's words
    return density_of_counts(line_hits(text), lang)
