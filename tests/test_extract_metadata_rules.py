"""``extract_metadata``: the rules that tell a headline and a byline from their look-alikes
(teaser lists, player messages, picture credits, publication names), kept and rejected."""

from __future__ import annotations

import datetime as dt

import pytest

from growth import Scalable, assert_linear, repeated
from seedclean import Metadata
from seedclean.cleaners import ExtractMetadata, LocateContent
from seedclean.cleaners.extract_metadata import is_person_name
from seedclean.cleaners.extract_metadata.reading import read_page
from seedclean.page import Page
from seedclean.testing import check_idempotent
from test_extract_metadata import MENU, PROSE

TITLE = "Council Opens New Bridge Next Year"


def page(header: str, lang: str = "en") -> str:
    return MENU + header + "\n\n" + "\n\n".join([PROSE[lang] * 2] * 3)


def meta(header: str, lang: str = "en") -> Metadata:
    return ExtractMetadata()(page(header, lang)).metadata


TITLES: list[tuple[str, str, str | None]] = [
    # a headline confirmed by its timestamp ("Monday 6:30PM", "1 day ago", "vor 2 Stunden")
    (f"{TITLE}\nAnn Example\nMonday 6:30PM", "en", TITLE),
    (f"{TITLE}\nAnn Example\n1 day ago", "en", TITLE),
    ("Rat eröffnet neue Brücke im nächsten Jahr\nAnna Beispiel\nvor 2 Stunden", "de",
     "Rat eröffnet neue Brücke im nächsten Jahr"),
    # of a teaser with its name and time and the headline, the one next to the body
    (f"Another Story About Something\nAnn Example\nFriday 11:40AM\n\n{TITLE}\nAnn Example\n"
     "Monday 5:30PM", "en", TITLE),
    # the heading of a list of other articles is not the title
    ("More from Ann Example\nDec 18, 2020", "en", None),
    ("Latest Sports\nDec 18, 2020", "en", None),
    ("Lesen Sie auch: Die alte Brücke\n18. Dezember 2020", "de", None),
    ("À lire aussi : le vieux pont\n18 décembre 2020", "fr", None),
    ("Top Stories In The Region\n  * One teaser headline here\n  * Another teaser headline "
     "here\nDec 18, 2020", "en", None),
    # player messages, share widgets, glued captions, web addresses
    ("Media playback is unsupported on your device\nDec 18, 2020", "en", None),
    ("These links will open in a new window\nDec 18, 2020", "en", None),
    ("Share this with Email\nDec 18, 2020", "en", None),
    ("The bridge over the river in the morning.Ann Example / Agency\nDec 18, 2020", "en", None),
    ("Media captionWhat the bridge looks like\nDec 18, 2020", "en", None),
    ("News - www.example.com\nDec 18, 2020", "en", None),
    ("Whatsapp Facebook Pinterest Baixar\nDec 18, 2020", "en", None),
    # between a byline and its date: the publication, not the headline
    (f"{TITLE}\nBy Ann Example\nThe Daily Example\nDec 18, 2020", "en", TITLE),
]


@pytest.mark.parametrize(("header", "lang", "expected"), TITLES)
def test_title(header: str, lang: str, expected: str | None) -> None:
    assert meta(header, lang).title == expected


AUTHORS: list[tuple[str, str, tuple[str, ...]]] = [
    # the name, then the publication, between the title and the date
    (f"{TITLE}\nAnn Example The Daily Planet\nDec 18, 2020", "en", ("Ann Example",)),
    (f"{TITLE}\nAnn B. Example Example Today\nDec 18, 2020", "en", ("Ann B. Example",)),
    (f"{TITLE}\nAnn Example and Bob Example EXAMPLE NEWS\nDec 18, 2020", "en",
     ("Ann Example", "Bob Example")),
    (f"{TITLE}\nAnna Beispiel Associated Press\n18. Dezember 2020", "de", ("Anna Beispiel",)),
    (f"{TITLE}\nAnna Beispiel Neue Example Zeitung\n18. Dezember 2020", "de",
     ("Anna Beispiel",)),
    (f"{TITLE}\nANN EXAMPLE SMITH\nDec 18, 2020", "en", ("ANN EXAMPLE SMITH",)),
    (f"{TITLE}\nAnna Beispiel Example Zeitung Online\n18. Dezember 2020", "de",
     ("Anna Beispiel",)),
    # ... and after a "By" (a newsroom's credit keeps its name)
    (f"{TITLE}\nBy Ann Example EXAMPLE News\nDec 18, 2020", "en", ("Ann Example",)),
    (f"{TITLE}\nBy Ann Example and Bob Example Daily Planet\nDec 18, 2020", "en",
     ("Ann Example", "Bob Example")),
    (f"{TITLE}\nBy Harbour Gazette Editorial Staff\nDec 18, 2020", "en",
     ("Harbour Gazette Editorial Staff",)),
    # a headline in title case is not a name and a paper
    (f"Dec 18, 2020\n{TITLE}\nBy Ann Example", "en", ("Ann Example",)),
    (f"{TITLE}\nBy Ann Example Opens New Bridge\nDec 18, 2020", "en", ()),
    ("Dec 18, 2020\nAnn Example Opens New Bridge\n", "en", ()),
    # a role after the name, with or without a space
    (f"{TITLE}\nAnn B. Example Senior Contributor\nDec 18, 2020", "en", ("Ann B. Example",)),
    (f"{TITLE}\nBy Ann ExampleBusiness Columnist\nDec 18, 2020", "en", ("Ann Example",)),
    (f"{TITLE}\nBy Ann Example, AP Auto Writer\nDec 18, 2020", "en", ("Ann Example",)),
    (f"{TITLE}\nVon Anna Beispiel Korrespondentin\n18. Dezember 2020", "de", ("Anna Beispiel",)),
    # the kind of piece before "by"
    (f"{TITLE}\nAnalysis by Ann Example, Example News Editor-at-large\nDec 18, 2020", "en",
     ("Ann Example",)),
    (f"{TITLE}\nReported by Ann Example and Bob Example\nDec 18, 2020", "en",
     ("Ann Example", "Bob Example")),
    # list items: a name next to a date in the same list, or under the title
    (f"{TITLE}\n  * Ann Example\n  * Published 18 December 2020", "en", ("Ann Example",)),
    (f"{TITLE}\n  * Ann Example, Daily News\n  * 18.12.2020, 10:31", "de", ("Ann Example",)),
    # under a standfirst, with a handle; just above the body
    (f"# {TITLE}\nThe bridge will open in spring, the council says, after years "
     "of work\nAnn Example @annexample", "en", ("Ann Example",)),
    (f"{TITLE}\nDec 18, 2020\nShare\nTweet\nEmail\nAnn Example", "en", ("Ann Example",)),
    # the byline under the title wins over a label above it
    (f"Text input:\n{TITLE}\nby Ann Example\nDec 18, 2020", "en", ("Ann Example",)),
    # an agency alone next to the date signs; two lines away, under a picture, it credits
    (f"{TITLE}\nREUTERS\nDec 18, 2020", "en", ("REUTERS",)),
    (f"{TITLE}\nDec 18, 2020\nEnlarge image\nShutterstock", "en", ()),
    # above the body, "Name, Agency" is a picture credit
    (f"{TITLE}\nDec 18, 2020\nShare\nTweet\nThe bridge in the morning\n"
     "Ann Example, Associated Press", "en", ()),
    # not names: social networks, interface words, a byline word alone
    (f"{TITLE}\nFacebook Twitter\nDec 18, 2020", "en", ()),
    (f"{TITLE}\nJUST WATCHED\nDec 18, 2020", "en", ()),
    # a newsroom's credit signs, as an agency does (see test_extract_metadata_authors)
    (f"{TITLE}\nBy THE EXAMPLE POST STAFF\nDec 18, 2020", "en", ("THE EXAMPLE POST STAFF",)),
    # a "By" glued to the author box's link: the name without the "By"
    (f"{TITLE}\n  * By Ann ExampleEmail Author\n  * 10.26.12", "en", ("Ann Example",)),
    (f"{TITLE}\nVon Anna BeispielAlle Artikel\n18. Dezember 2020", "de", ("Anna Beispiel",)),
    # a count after the names ends them; a month before the day is no part of them
    (f"{TITLE}\nNovember 11, 2012 By Ann Example 1 Comment", "en", ("Ann Example",)),
    (f"{TITLE}\nDec 18, 2020 by Ann Example 0", "en", ("Ann Example",)),
    (f"{TITLE}\n18 décembre 2020 par Anne Exemple 3 commentaires", "fr", ("Anne Exemple",)),
    (f"{TITLE}\nBy Ann Example March 18 at 12:22 PM\nDec 18, 2020", "en", ("Ann Example",)),
    # look-alikes: a label word without its colon before an interface word, a sentence
    # that starts with a number after a "By" alone, a source credited with "Via"
    (f"{TITLE}\n  * Text Size\n  * Print\nDec 18, 2020", "en", ()),
    (f"{TITLE}\nAutor Login\n18. Dezember 2020", "de", ()),
    (f"{TITLE}\nTexte: Anne\n18 décembre 2020", "fr", ("Anne",)),
    (f"{TITLE}\nBy\nOver 100 people came\nDec 18, 2020", "en", ()),
    (f"{TITLE}\nVia Example Daily News\nDec 18, 2020", "en", ()),
    # a heading in title case with a preposition is not a name; a particle is no preposition
    (f"{TITLE}\nIN ASSOCIATION WITH\nDec 18, 2020", "en", ()),
    (f"{TITLE}\nApps For Book Lovers\nDec 18, 2020", "en", ()),
    (f"{TITLE}\nTipps Für Den Garten\n18. Dezember 2020", "de", ()),
    (f"{TITLE}\nAnn van der Example\nDec 18, 2020", "en", ("Ann van der Example",)),
    (f"{TITLE}\nWill Example\nDec 18, 2020", "en", ("Will Example",)),
]


@pytest.mark.parametrize(("header", "lang", "expected"), AUTHORS)
def test_authors(header: str, lang: str, expected: tuple[str, ...]) -> None:
    assert meta(header, lang).authors == expected


# Markdown (html2text) pieces: long link targets, images, share buttons, table rules.
LONG_URL = "https://example.com/2020/12/18/council-opens-new-bridge/?utm_source=" + "x" * 300
SHARE = "".join(
    f"  * [{n}](https://example.com/share/{n.lower()})\n"
    for n in ["Facebook", "Reddit", "Twitter", "Email", "Print", "LinkedIn", "Pinterest",
              "Tumblr", "More", "Mastodon", "Copy"]
)  # fmt: skip
POPULAR = "Most Popular\n" + "".join(
    f"  * [{t}](https://example.com/{n})\n"
    for n, t in enumerate(["Storm closes the old ferry for a week",
                           "School board votes on the new budget",
                           "Market hall reopens after the repairs",
                           "Library extends its opening hours",
                           "Museum shows the city's old maps", "Police look for a lost dog"])
)  # fmt: skip
ICONS = "| | ![](https://example.com/icons/share.png)|\n---|---|---\n\n" * 7
MARKDOWN_AUTHORS: list[tuple[str, str, tuple[str, ...]]] = [
    # a byline made long by its link targets
    (f"# {TITLE}\n[Ann Example](https://example.com/blog/author/ann-example/ \"Posts by Ann "
     f"Example\") 18/12/2020 [Comment]({LONG_URL}#respond) [Bridges](https://example.com/"
     "category/bridges/), [Roads](https://example.com/category/roads/)", "en", ("Ann Example",)),
    # an image (the author's picture) between the title and the name
    (f"# {TITLE}\n![](https://example.com/avatars/ann.jpg)\nAnn Example\nMonday 6:30PM", "en",
     ("Ann Example",)),
    # a name printed twice by a visible and a hidden link
    (f"{TITLE}\nBy [Ann Example](/people/ann-example) [Ann Example]()\nDec 18, 2020", "en",
     ("Ann Example",)),
    # links glued together: the name, then a publication or a handle
    (f"{TITLE}\nBy [Ann Example](/people/ann-example)[Example News](https://example.com/)\n"
     "Dec 18, 2020", "en", ("Ann Example",)),
    (f"# {TITLE}\nPublished Fri, Dec 18 20204:29 AM EST\n[Ann Example](https://example.com/"
     "ann-example/)[@annexample](https://social.example/annexample)\nKey Points", "en",
     ("Ann Example",)),
    # single-character emphasis around the date and the name
    (f"# {TITLE}\nPublished *Dec 18, 2020* by *Ann Example*", "en", ("Ann Example",)),
    (f"# {TITLE}\n_By_ _Ann Example_ _Dec 18, 2020_", "en", ("Ann Example",)),
    # a link to the author's page signs, and wins over a word in front of the date
    ("#### [Ann Example](https://example.com/author/ann-example.html)[View More Articles]"
     f"(https://example.com/author/ann-example.html)\n## {TITLE}\n__ Bridges __December 18, "
     "2020 13:42", "en", ("Ann Example",)),
    ("[Anna Beispiel](https://example.de/autoren/anna-beispiel/) | Alle Artikel\n# Rat eröffnet "
     "neue Brücke im nächsten Jahr\n18. Dezember 2020", "de", ("Anna Beispiel",)),
    ("[Anne Exemple](https://example.fr/auteur/anne-exemple/) | Tous ses articles\n# Le conseil "
     "ouvre un nouveau pont l'an prochain\n18 décembre 2020", "fr", ("Anne Exemple",)),
    ("[Ana Ejemplo](https://example.es/autor/ana-ejemplo/) | Ver más artículos\n# El consejo "
     "abrirá un nuevo puente el próximo año\n18 de diciembre de 2020", "es", ("Ana Ejemplo",)),
    ("[Anna Esempio](https://example.it/autore/anna-esempio/) | Tutti gli articoli\n# Il "
     "consiglio apre un nuovo ponte l'anno prossimo\n18 dicembre 2020", "it", ("Anna Esempio",)),
    ("[Anna Voorbeeld](https://example.nl/auteur/anna-voorbeeld/) | Alle artikelen\n# De raad "
     "opent volgend jaar een nieuwe brug\n18 december 2020", "nl", ("Anna Voorbeeld",)),
    ("[Ana Exemplo](https://example.pt/autor/ana-exemplo/) | Todos os artigos\n# O conselho "
     "abre uma nova ponte no próximo ano\n18 de dezembro de 2020", "pt", ("Ana Exemplo",)),
    # look-alikes: a month glued to the date, a link to an author inside a sentence, a menu
    # of author pages, interface text on an author link, a picture's credit under its caption
    (f"{TITLE}\nNov.December 18, 2020", "en", ()),
    (f"{TITLE}\nDec 18, 2020\nThe council asked [Ann Example](https://example.com/author/ann) "
     "and others about the plan.", "en", ()),
    ("  * [Ann Example](https://example.com/author/ann)\n  * [Bob Example](https://example.com/"
     f"author/bob)\n{TITLE}\nDec 18, 2020", "en", ()),
    (f"{TITLE}\n[Email the author](https://example.com/author/ann)\nDec 18, 2020", "en", ()),
    (f"{TITLE}\n[View author archive](https://example.com/author/ann)\nDec 18, 2020", "en", ()),
    (f"{TITLE}\nDec 18, 2020\n![](https://example.com/bridge.jpg)\nThe bridge in the morning "
     "light\nAnn Example, Associated Press", "en", ()),
    (f"{TITLE}\nDec 18, 2020\n![](https://example.com/bridge.jpg)\nThe bridge in the morning "
     "light\nAnn Example", "en", ()),
]


@pytest.mark.parametrize(("header", "lang", "expected"), MARKDOWN_AUTHORS)
def test_markdown_authors(header: str, lang: str, expected: tuple[str, ...]) -> None:
    assert meta(header, lang).authors == expected


def test_share_buttons_count_as_one_line() -> None:
    # eleven share buttons between the title and the byline, a list of teasers between the
    # date and the body
    header = (
        f"# {TITLE}\nShare this:\n{SHARE}By Ann Example | Special to the Example\n"
        f"PUBLISHED: December 18, 2020 at 8:59 pm\n{POPULAR}"
    )
    found = ExtractMetadata()(f"{TITLE} | The Example\n" + page(header)).metadata
    assert found.authors == ("Ann Example",)
    assert found.date == dt.date(2020, 12, 18)


MARKDOWN_DATES: list[tuple[str, str, dt.date | None, dt.date | None]] = [
    # (header, language, date, updated)
    # pictures and table rules of share icons between the title and the date
    (f"# {TITLE}\n![Bridge](https://example.com/bridge.jpg)\nThe new bridge over the river, "
     f"seen from the north bank in the morning light\n\n{ICONS}The Example Agency\n"
     "Published Friday, December 18, 2020 8:22AM EST", "en", dt.date(2020, 12, 18), None),
    # the dot of an abbreviated month ends no sentence
    (f"{TITLE}\nNov. 20, 2020Updated: Nov. 20, 2020 1:35 a.m.", "en", dt.date(2020, 11, 20),
     dt.date(2020, 11, 20)),
    (f"{TITLE}\nUpdated Nov. 20, 2020 8:21 am ET / Original Nov. 19, 2020 8:02 am ET", "en",
     dt.date(2020, 11, 19), dt.date(2020, 11, 20)),
    (f"{TITLE}\nVeröffentlicht am 3. Dez. 2020, aktualisiert am 4. Dez. 2020", "de",
     dt.date(2020, 12, 3), dt.date(2020, 12, 4)),
    # the signature of an embedded post or a quotation is not a date line
    (f"{TITLE}\n> — Ann Example (@annexample) [December 17, 2020](https://social.example/"
     "annexample/status/1)", "en", None, None),
    (f"{TITLE}\n— Ann Example on Monday, December 14, 2020 in an interview\nBy Bob Example "
     "on Friday, December 18, 2020", "en", dt.date(2020, 12, 18), None),
    (f"{TITLE}\n— December 18, 2020", "en", dt.date(2020, 12, 18), None),
    # look-alikes: two sentences with dates, a date in the page's frame above a menu
    (f"{TITLE}\nThe council met on Nov. 19, 2020. It meets again on Dec. 3, 2020.", "en",
     None, None),
    ("Tweets by @example\n20/11/2020 / 11:54 am\n" + "".join(
        f"  * [{w}](https://example.com/{w.lower()})\n"
        for w in ["Editor", "Terms", "Privacy", "Sitemap", "Advertise", "Contact"]), "en",
     None, None),
]


@pytest.mark.parametrize(("header", "lang", "date", "updated"), MARKDOWN_DATES)
def test_markdown_dates(
    header: str, lang: str, date: dt.date | None, updated: dt.date | None
) -> None:
    found = meta(header, lang)
    assert (found.date, found.updated) == (date, updated)


def test_only_the_date_line_and_its_copies_go() -> None:
    # the first pass leaves a caption's date next to the date line; but with the date
    # line gone it is the date line nearest the title, which a second run would take
    # out: a later pass takes it out, as a second run would (the date stays the first)
    caption = "The bridge over the river, on August 31, 2020. (Example Agency)"
    text = page(f"{TITLE}\nBy Ann Example on Dec 18, 2020\n{caption}")
    doc = ExtractMetadata()(text)
    assert doc.metadata.date == dt.date(2020, 12, 18)
    assert caption not in doc.text
    check_idempotent(ExtractMetadata(), text)
    doc = ExtractMetadata()(page(f"{TITLE}\nDec 18, 2020\nBy Ann Example\n_Dec 18, 2020_"))
    assert "Dec 18" not in doc.text


NAMES: list[tuple[str, bool, bool]] = [
    # (text, single, is a name)
    ("Ann Example", False, True),
    ("Reuters", True, True),
    ("Marzia", True, True),
    ("Nov", True, False),
    ("Nov.", True, False),
    ("Dez.", True, False),
    ("Février", True, False),
    ("Email the author", False, False),
    # the headings of lists of posts and a page's field labels, in several languages
    ("Recent Posts", False, False),
    ("RECENT POSTS", False, False),
    ("Neueste Beiträge", False, False),
    ("Derniers Articles", False, False),
    ("Entradas Recientes", False, False),
    ("Ultimi Articoli", False, False),
    ("Najnowsze Wpisy", False, False),
    ("Последние Записи", False, False),
    ("Datum", True, False),
    ("Kategorie", True, False),
    # look-alikes: names with words of other languages in them
    ("Ann van der Meer", False, True),
    ("Emily Post", False, True),
    ("Anna Lees", False, True),
]


@pytest.mark.parametrize(("text", "single", "expected"), NAMES)
def test_is_person_name(text: str, single: bool, expected: bool) -> None:
    assert is_person_name(text, single=single) == expected


MARKDOWN_HOSTILE: dict[str, Scalable] = {
    "images": repeated(
        "![](x.png)\n", 100_000, start="A Title\n", end="By Ann Example\n" + PROSE["en"]
    ),
    "link list": repeated(
        "  * [Share](/s)\n", 100_000, start="A Title\n", end="By [Ann](/author/a)\n"
    ),
    "glued links": repeated("[a](/author/b)", 150_000),
    "open links": repeated("(", 500_000, start="[Ann Example](/author/"),
    "long link line": repeated(
        "a", 3_900, start="By [Ann Example](/author/", end=")\n" + PROSE["en"]
    ),
}


@pytest.mark.parametrize("name", list(MARKDOWN_HOSTILE))
def test_markdown_hostile_input_cost_is_linear(name: str) -> None:
    case = MARKDOWN_HOSTILE[name]
    assert_linear(ExtractMetadata(), case.make, case.n)


def test_stacked_bios_go_in_one_run() -> None:
    bio = "Ann Example is a reporter at the Example."
    doc = ExtractMetadata()(page("\n".join([bio] * 4)))
    assert bio not in doc.text
    assert ExtractMetadata()(doc.text).audit == ()


def test_a_tag_list_printed_twice_goes_in_one_run() -> None:
    doc = ExtractMetadata()(page(f"Tags: a, b\n{TITLE}\nTags: a, b\nTags: a, b"))
    assert doc.metadata.tags == ("a", "b")
    assert "Tags:" not in doc.text
    assert ExtractMetadata()(doc.text).audit == ()


COOKIE_BANNER = (
    "Our website uses cookies to improve its performance and your experience. Through "
    "cookies, some personal data is collected and may be stored for a while. You can change "
    "your cookie settings in your browser at any time.\n\nAccept & Close\n"
)
LONG_MENU = "".join(f"  * Section {i}\n" for i in range(12)) + "\n"


@pytest.mark.parametrize("banner", ["", COOKIE_BANNER])
def test_a_cookie_banner_above_the_menu_does_not_hide_the_header(banner: str) -> None:
    # The banner is written in sentences: taken for the article's first paragraph, it
    # would put the header too far from the body start to be looked at.
    text = banner + LONG_MENU + page(f"{TITLE}\nBy Ann Example\nDecember 18, 2020")
    found = ExtractMetadata()(text).metadata
    assert (found.title, found.authors, found.date) == (
        TITLE, ("Ann Example",), dt.date(2020, 12, 18)
    )


def test_a_page_looked_at_again_is_read_as_the_locator_read_it() -> None:
    # With a banner, the locator read the page with the banner blanked; the page less
    # the extraction's removals is read the same way, from that reading.
    locator = LocateContent(scorer=True)
    text = COOKIE_BANNER + LONG_MENU + page(f"{TITLE}\nBy Ann Example\nDecember 18, 2020")
    first = read_page(Page.of(text), locator)
    assert first.read is not None
    assert first.read is not first.page
    title = next(k for k, line in enumerate(first.lines) if line.text == TITLE)
    again = first.again({title})
    assert again.page.text == first.page.without({title}).text  # the banner is there
    assert again.read is not None
    assert "cookies" not in again.read.text
    assert again.read.carried((locator.name, locator))  # it starts from the reading
    assert again.region == read_page(again.page, locator).region


def test_a_cookie_like_sentence_of_the_article_is_not_masked() -> None:
    # A sentence about cookies that is no banner stays prose: the body starts at it.
    text = page(f"{TITLE}\nBy Ann Example\nDecember 18, 2020\n\n"
                "She baked cookies for the whole street every Sunday, and nobody ever "
                "complained about the smell of butter in the stairwell.")
    assert ExtractMetadata()(text).metadata.title == TITLE


FOOTERS: list[tuple[str, str, tuple[str, ...]]] = [
    # a byline that closes the post signs it when nothing above did, in any language
    ("Posted by Ann Example at 9:00 PM", "en", ("Ann Example",)),
    ("Posted by Ann Example, Product Manager, Example Team", "en", ("Ann Example",)),
    ("Von Anna Beispiel | 18.12.2020", "de", ("Anna Beispiel",)),
    ("Écrit par Anne Exemple le 18 décembre 2020", "fr", ("Anne Exemple",)),
    # look-alikes: signatures one after another are a thread of comments; a sentence
    ("Posted by: Ann at 1:59 PM\n\nNice post.\n\nPosted by: Bob at 2:04 PM", "en", ()),
    ("The bridge was designed by the council's engineers.", "en", ()),
]


@pytest.mark.parametrize(("footer", "lang", "expected"), FOOTERS)
def test_a_footer_byline_signs_the_post(footer: str, lang: str, expected: tuple[str, ...]) -> None:
    doc = ExtractMetadata()(page(TITLE, lang) + "\n\n" + footer)
    assert doc.metadata.authors == expected
    assert footer.splitlines()[-1] in doc.text  # the line stays


def test_a_byline_above_wins_over_the_footer() -> None:
    text = page(f"{TITLE}\nBy Bob Example", "en") + "\n\nPosted by Ann Example at 9:00 PM"
    assert ExtractMetadata()(text).metadata.authors == ("Bob Example",)


# A blog's blurb above the post, which the locator reads as the body's first paragraphs.
BLURB = (
    "Welcome to the river blog, where we write about the bridges, the roads and the boats "
    "of the valley, and about the people who build them and use them every day.\n\n"
    "We post twice a week and read every letter our readers send us, so please write to us "
    "about the bridge or the road you would like us to visit next spring.\n\n"
)
POST_TITLE = "The New Bridge Over The River"
POST_BODY = "\n\n".join([PROSE["en"] * 2] * 3)


def test_date_line_beside_a_title_inside_the_body() -> None:
    # the body starts at the blurb, so the date line above the title is past the body's
    # second paragraph: it is the title's own all the same, read and left in the body
    text = MENU + BLURB + f"Friday, December 18, 2020\n\n{POST_TITLE}\n\n" + POST_BODY
    doc = ExtractMetadata()(text)
    assert (doc.metadata.title, doc.metadata.date) == (POST_TITLE, dt.date(2020, 12, 18))
    assert "Friday, December 18, 2020" in doc.text
    check_idempotent(ExtractMetadata(), text)
    # look-alike: a date line further down the body, beside no title, is not read
    paragraphs = POST_BODY.split("\n\n")
    text = MENU + BLURB + f"{POST_TITLE}\n\n" + "\n\n".join(
        [*paragraphs[:2], "Friday, December 18, 2020", paragraphs[2]]
    )
    assert ExtractMetadata()(text).metadata.date is None


# The bridge story in more languages, for the dates each writes its own way.
PROSE_MORE = {
    "pl": "Rada miasta powiedziała w poniedziałek, że nowy most zostanie otwarty w przyszłym "
    "roku, a prace na drogach wokół niego idą dobrze mimo deszczu ostatnich tygodni. ",
    "cs": "Rada města v pondělí uvedla, že nový most bude otevřen příští rok a že práce na "
    "silnicích kolem něj postupují dobře navzdory dešti posledních týdnů. ",
    "ru": "Совет города заявил в понедельник, что новый мост откроется в следующем году, а "
    "работы на дорогах вокруг него идут хорошо, несмотря на дожди последних недель. ",
    "uk": "Міська рада заявила в понеділок, що новий міст відкриють наступного року, а роботи "
    "на дорогах навколо нього йдуть добре, попри дощі останніх тижнів. ",
    "hr": "Gradsko vijeće je u ponedjeljak reklo da će se novi most otvoriti sljedeće godine i "
    "da radovi na cestama oko njega dobro napreduju unatoč kiši posljednjih tjedana. ",
    "hu": "A városi tanács hétfőn azt mondta, hogy az új híd jövőre nyílik meg, és a körülötte "
    "lévő utakon a munka jól halad az elmúlt hetek esője ellenére. ",
    "ja": "市議会は月曜日、新しい橋が来年開通し、周辺の道路工事は最近の雨にもかかわらず順調に"
    "進んでいると述べた。",
}

DATES_IN_CONTEXT: list[tuple[str, str, str, dt.date]] = [
    # the case forms of Polish, Czech, Russian and Ukrainian, with the word for "year"
    ("pl", "Nowy most zostanie otwarty", "Opublikowano: 18 grudnia 2020 r., 10:30",
     dt.date(2020, 12, 18)),
    ("cs", "Nový most bude otevřen", "Publikováno 18. prosince 2020 v 10:30",
     dt.date(2020, 12, 18)),
    ("ru", "Новый мост откроется в следующем году", "18 декабря 2020 года в 10:30",
     dt.date(2020, 12, 18)),
    ("uk", "Новий міст відкриють наступного року", "18 грудня 2020 р. о 10:30",
     dt.date(2020, 12, 18)),
    # Czech dotted numbers with spaces; of two marked dates on a line, the published one
    ("cs", "Nový most bude otevřen", "Publikováno 18. 12. 2020 10:30", dt.date(2020, 12, 18)),
    ("pl", "Nowy most zostanie otwarty",
     "Aktualizacja: 19.12.2020, 09:00 | Opublikowano: 18.12.2020, 10:30", dt.date(2020, 12, 18)),
    # a name only the page's language has, or means so: Polish "sie" is August, Croatian
    # "listopada" October (Polish and Czech November)
    ("pl", "Nowy most zostanie otwarty", "18 sie 2020, 10:30", dt.date(2020, 8, 18)),
    ("hr", "Novi most bit će otvoren", "Objavljeno 18. listopada 2020. u 10:30",
     dt.date(2020, 10, 18)),
    # year first: Hungarian with the month's name, Japanese with its signs and weekday
    ("hu", "Jövőre nyílik az új híd", "2020. december 18. 10:30", dt.date(2020, 12, 18)),
    ("hu", "Jövőre nyílik az új híd", "2020. dec. 18., péntek", dt.date(2020, 12, 18)),
    ("ja", "新しい橋が来年開通", "2020年12月18日(金) 10:30", dt.date(2020, 12, 18)),
]


@pytest.mark.parametrize(("lang", "title", "dateline", "date"), DATES_IN_CONTEXT)
def test_dates_in_context(lang: str, title: str, dateline: str, date: dt.date) -> None:
    body = "\n\n".join([PROSE_MORE[lang] * 2] * 3)
    text = MENU + f"{title}\n\n{dateline}\n\n{body}"
    doc = ExtractMetadata()(text)
    assert (doc.metadata.language, doc.metadata.date) == (lang, date)
    assert dateline not in doc.text
    check_idempotent(ExtractMetadata(), text)


MARKED_DATE_LINES: list[tuple[str, dt.date | None]] = [
    # a line that opens with a publication marker and its date is a date line, whatever
    # it files the post under after it
    ("Published on March 17, 2010 in Harbour Tools and River Tools. Tags: bridges, "
     "ferries, tolls, the council, roads.", dt.date(2010, 3, 17)),
    ("Veröffentlicht am 17. März 2010 in Werkzeuge und Brücken. Schlagworte: Fähren, "
     "Maut, Rat, Straßen, Hafen.", dt.date(2010, 3, 17)),
    # look-alike: the date deep in a sentence, unmarked, is no date line
    ("The council first talked about the new crossing over the river on March 17, 2010, "
     "when it met. It said no.", None),
]  # fmt: skip


@pytest.mark.parametrize(("line", "date"), MARKED_DATE_LINES)
def test_a_marked_date_opens_a_date_line(line: str, date: dt.date | None) -> None:
    lang = "de" if "am 17." in line else "en"
    text = MENU + f"{TITLE}\n{line}\n\n" + "\n\n".join([PROSE[lang] * 2] * 3)
    doc = ExtractMetadata()(text)
    assert doc.metadata.date == date
    assert (line in doc.text) is (date is None)
    check_idempotent(ExtractMetadata(), text)


def test_a_name_of_another_language_is_no_month() -> None:
    # "sie" is Polish for August, but a German page's "3 sie 2020" is no date
    text = MENU + f"{TITLE}\n\nAm 3 sie 2020\n\n" + "\n\n".join([PROSE["de"] * 2] * 3)
    assert ExtractMetadata()(text).metadata.date is None


def test_an_update_alone_by_the_title_goes_to_updated_and_its_line_too() -> None:
    line = "Updated 4:01 PM EST, Fri December 18, 2020"
    doc = ExtractMetadata()(page(f"{TITLE}\n\nBy Ann Example\n{line}"))
    day = dt.date(2020, 12, 18)
    assert (doc.metadata.date, doc.metadata.updated) == (day, day)
    off = ExtractMetadata(update_as_date=False)(page(f"{TITLE}\n\nBy Ann Example\n{line}"))
    assert (off.metadata.date, off.metadata.updated, off.text) == (None, day, doc.text)
    assert line not in doc.text
    check_idempotent(ExtractMetadata(), page(f"{TITLE}\n\nBy Ann Example\n{line}"))
    # look-alike: an update further down, inside the body, stays
    paragraphs = "\n\n".join([PROSE["en"] * 2] * 3)
    text = MENU + f"{TITLE}\n\n{paragraphs}\n\n{line}\n\n{paragraphs}"
    assert line in ExtractMetadata()(text).text


MEMBER_DATES: list[tuple[str, str, dt.date | None]] = [
    # a forum member's or a person's date is not the article's
    ("Registered: July 3, 2001", "en", None),
    ("Ann Example\nJoined: Dec 18, 2019", "en", None),
    ("Mitglied seit 3. Mai 2010", "de", None),
    ("Anna Beispiel, geboren am 3. Mai 1970", "de", None),
    ("Inscrit le 3 mai 2010", "fr", None),
    # nor is the date something ends; the line's other date is
    ("Expires: 20 June 2021", "en", None),
    ("Expires: 20 June 2021 18 December 2020", "en", dt.date(2020, 12, 18)),
    ("Gültig bis 3. Mai 2010", "de", None),
    ("Valable jusqu'au 3 mai 2010", "fr", None),
    # a photo's caption ends with where and when it was taken: the picture's date
    ("Ann Example, head of the harbour board, in London, June 13, 2012. (Agency)", "en",
     None),
    ("Anna Beispiel, Chefin der Hafenbehörde, in Berlin am 13. Juni 2012.", "de", None),
    ("December 18, 2020\n\nAnn Example, head of the harbour board, in London, June 13, "
     "2012.", "en", dt.date(2020, 12, 18)),
    # look-alikes: the article's own dates, with a marker or none, and a byline's place
    ("By Ann Example in London, June 13, 2012", "en", dt.date(2012, 6, 13)),
    ("Published: July 3, 2001", "en", dt.date(2001, 7, 3)),
    ("July 3, 2001", "en", dt.date(2001, 7, 3)),
    ("Veröffentlicht am 3. Mai 2010", "de", dt.date(2010, 5, 3)),
]


@pytest.mark.parametrize(("header", "lang", "date"), MEMBER_DATES)
def test_a_members_date_is_not_the_articles(header: str, lang: str, date: dt.date | None) -> None:
    assert meta(f"{TITLE}\n\n{header}", lang).date == date


CLOSING_DATES: list[tuple[str, str, dt.date | None]] = [
    # the line a blog prints under the post, in several languages
    ("Posted by Ann Example on Dec 18, 2020 | Permalink", "en", dt.date(2020, 12, 18)),
    ("Published December 18, 2020 · 3 comments", "en", dt.date(2020, 12, 18)),
    ("Publié par Ann Example le 18 décembre 2020", "fr", dt.date(2020, 12, 18)),
    ("Veröffentlicht von Anna Beispiel am 18. Dezember 2020 | 3 Kommentare", "de",
     dt.date(2020, 12, 18)),
    ("Publicado por Ana Ejemplo el 18 de diciembre de 2020", "es", dt.date(2020, 12, 18)),
    ("Pubblicato il 18 dicembre 2020", "it", dt.date(2020, 12, 18)),
    ("Geplaatst op 18 december 2020", "nl", dt.date(2020, 12, 18)),
    ("Opublikowano 18 grudnia 2020", "pl", dt.date(2020, 12, 18)),
    ("Опубликовано 18 декабря 2020", "ru", dt.date(2020, 12, 18)),
    # the date alone, with the "Posted ..." line right under it
    ("Dec 18, 2020 6:11 AM\nPosted By: Ann Example\nCategories: Roads, Bridges", "en",
     dt.date(2020, 12, 18)),
    ("18. Dezember 2020\nVeröffentlicht in Verkehr", "de", dt.date(2020, 12, 18)),
    # the sentence a blog's theme prints under the post
    ("This entry was posted on 18 December 2020 at 8:14 pm and is filed under Roads. You "
     "can follow any responses to this entry through the RSS 2.0 feed.", "en",
     dt.date(2020, 12, 18)),
    ("This was written by Ann Example. Posted on Friday, December 18, 2020, at 1:23 pm. "
     "Filed under Roads.", "en", dt.date(2020, 12, 18)),
    ("Dieser Eintrag wurde am 18. Dezember 2020 um 20:14 veröffentlicht und ist unter "
     "Verkehr abgelegt.", "de", dt.date(2020, 12, 18)),
    ("Cet article a été publié le 18 décembre 2020 à 20:14 et est classé dans Routes.",
     "fr", dt.date(2020, 12, 18)),
    # ... not a sentence of the body that speaks of an entry
    ("The entry was posted on 18 December 2020 to the council, which read it twice. It "
     "said so.", "en", None),
    # look-alikes: a date with no such word, a sentence that says "posted", an update
    ("Dec 18, 2020 | Permalink", "en", None),
    ("The council posted on Dec 18, 2020 that the bridge opens. It said so twice.", "en", None),
    ("Updated Dec 18, 2020", "en", None),
    # ... a date alone with a comment's signature under it, or a dated "Posted" line
    ("Dec 18, 2020 6:11 AM\nAnn Example says:", "en", None),
    ("Dec 18, 2020\nPosted by Ann Example on Dec 19, 2020 in Roads", "en", None),
]


@pytest.mark.parametrize(("closing", "lang", "date"), CLOSING_DATES)
def test_date_under_the_post(closing: str, lang: str, date: dt.date | None) -> None:
    body = "\n\n".join([PROSE.get(lang, PROSE["en"]) * 2] * 3)
    text = MENU + f"{POST_TITLE}\n\n{body}\n\n{closing}"
    doc = ExtractMetadata()(text)
    assert doc.metadata.date == date
    assert closing in doc.text  # read, not moved
    check_idempotent(ExtractMetadata(), text)


def test_date_under_the_post_only_when_the_header_has_none() -> None:
    closing = "Posted by Ann Example on Dec 18, 2020"
    text = MENU + f"{POST_TITLE}\nDec 17, 2020\n\n{POST_BODY}\n\n{closing}"
    assert ExtractMetadata()(text).metadata.date == dt.date(2020, 12, 17)
    # a date line of another kind first in the body (a comment's, a letter's): the
    # signed lines are those of a thread, not the post's
    paragraphs = POST_BODY.split("\n\n")
    text = MENU + f"{POST_TITLE}\n\n" + "\n\n".join(
        [*paragraphs[:2], "Bob Example wrote on Dec 16, 2020:", *paragraphs * 2, closing]
    )
    assert ExtractMetadata()(text).metadata.date is None
    # the first date line of a body that holds the comments too: the post's, not theirs
    text = MENU + f"{POST_TITLE}\n\n" + "\n\n".join(
        [*paragraphs, closing, "Comments", "Posted by Bob Example on Dec 19, 2020",
         paragraphs[0], "Posted by Cy Example on Dec 20, 2020", paragraphs[1]]
    )
    assert ExtractMetadata()(text).metadata.date == dt.date(2020, 12, 18)
    # far below the body's end (under the comments), it is a comment's
    text = MENU + f"{POST_TITLE}\n\n{POST_BODY}\n\n" + "\n".join(
        f"  * [Link {i}](/link-{i})" for i in range(12)
    ) + f"\n\n{closing}"
    assert ExtractMetadata()(text).metadata.date is None


STACKED: list[tuple[str, dt.date | None]] = [
    # a date badge, a line each for the day, the month and the year, by the title
    (f"24\nJul\n2012\n{POST_TITLE}\nBy Ann Example", dt.date(2012, 7, 24)),
    (f"Oct\n\n30\n\n2012\n\n{POST_TITLE}\nBy Ann Example", dt.date(2012, 10, 30)),
    (f"24\nJul\n2012\n9:49am, EDT\n{POST_TITLE}\nBy Ann Example", dt.date(2012, 7, 24)),
    (f"18.\nDezember\n2020\n{POST_TITLE}\nBy Ann Example", dt.date(2020, 12, 18)),
    (f"{POST_TITLE}\nPar Ann Example\n18\ndécembre\n2020", dt.date(2020, 12, 18)),
    # a date line wins over the badge
    (f"24\nJul\n2012\n{POST_TITLE}\nBy Ann Example\nJul 25, 2012", dt.date(2012, 7, 25)),
    # look-alikes: far above the title, or not a day, a month and a year
    (f"24\nJul\n2012\n\nOne\n\nTwo\n\nThree\n\n{POST_TITLE}\nBy Ann Example", None),
    (f"24\nGoals\n2012\n{POST_TITLE}\nBy Ann Example", None),
    (f"Jul\n2012\n{POST_TITLE}\nBy Ann Example", None),
    (f"24\nJul\n1812\n{POST_TITLE}\nBy Ann Example", None),
    (f"31\nFeb\n2012\n{POST_TITLE}\nBy Ann Example", None),
]


@pytest.mark.parametrize(("header", "date"), STACKED)
def test_stacked_date(header: str, date: dt.date | None) -> None:
    text = MENU + f"{header}\n\n{POST_BODY}"
    doc = ExtractMetadata()(text)
    assert (doc.metadata.title, doc.metadata.date) == (POST_TITLE, date)
    if date is not None and "Jul 25" not in header:
        assert str(date.year) in doc.text  # read, not moved
    check_idempotent(ExtractMetadata(), text)


BUTTONS = (
    "Share\n  * Facebook\n  * Twitter\n  * StumbleUpon\n  * Tumblr\n  * Instapaper\n"
    "  * Email this post\nTweet"
)
ABOVE_BUTTONS: list[tuple[str, dt.date | None]] = [
    # a date line, a row of share buttons, the title: the buttons do not part them
    (f"Nov 12, 2012 4:00 PM\n{BUTTONS}\n\n{POST_TITLE}\nBy Ann Example", dt.date(2012, 11, 12)),
    (f"12. November 2012\nTeilen\n  * Facebook\n  * Twitter\n  * Pinterest\n  * LinkedIn\n"
     "  * Drucken\n  * E-Mail\n"
     f"\n{POST_TITLE}\nVon Anna Beispiel", dt.date(2012, 11, 12)),
    # a picture's file name (an image without a text) among them
    (f"Nov 12, 2012 4:00 PM\n{BUTTONS}\nRIVER-bridge-1160x768.jpg\n\n{POST_TITLE}\n"
     "By Ann Example", dt.date(2012, 11, 12)),
    # look-alikes: a teaser's headline, a count or no button between
    (f"Nov 12, 2012 4:00 PM\nAnother Story About The Old Roads\n{BUTTONS}\n\n{POST_TITLE}\n"
     "By Ann Example", None),
    (f"Nov 12, 2012 4:00 PM\n{BUTTONS}\n  * 12 Comments\n  * Print\n\n{POST_TITLE}\n"
     "By Ann Example", None),
    (f"Nov 12, 2012 4:00 PM\nAlpha\nBeta\nGamma\nDelta\nEpsilon\nZeta\nEta\nTheta\n\n"
     f"{POST_TITLE}\n"
     "By Ann Example", None),
]


@pytest.mark.parametrize(("header", "date"), ABOVE_BUTTONS)
def test_date_above_share_buttons(header: str, date: dt.date | None) -> None:
    text = MENU + f"{header}\n\n{POST_BODY}"
    doc = ExtractMetadata()(text)
    assert (doc.metadata.title, doc.metadata.date) == (POST_TITLE, date)
    check_idempotent(ExtractMetadata(), text)


ABBREVIATED: list[tuple[str, dt.date | None]] = [
    # html2text's abbreviation definitions at the end of the page: the entry's own first
    ("  *[November 2, 2012]: 2012-11-02\n  *[RSS]: Really Simple Syndication",
     dt.date(2012, 11, 2)),
    ("  *[1 hour 10 minutes ago]: 2012-11-07T16:25:00Z\n  *[23 mins ago]: 2012-11-07T17:12:00Z",
     dt.date(2012, 11, 7)),
    ("  *[18. Dezember 2020, 9:30 Uhr]: 2020-12-18T09:30:00+01:00", dt.date(2020, 12, 18)),
    # look-alikes: no date for machines, an impossible one, more than a date after it
    ("  *[RSS]: Really Simple Syndication", None),
    ("  *[Q3]: 2012-13-40", None),
    ("  *[Note]: 2012-11-02 was a Friday", None),
]


@pytest.mark.parametrize(("tail", "date"), ABBREVIATED)
def test_abbreviated_date(tail: str, date: dt.date | None) -> None:
    text = MENU + f"{POST_TITLE}\n\n{POST_BODY}\n\n{tail}\n"
    doc = ExtractMetadata()(text)
    assert doc.metadata.date == date
    assert tail in doc.text  # read, not moved
    check_idempotent(ExtractMetadata(), text)
    # a date line in the header wins
    text = MENU + f"{POST_TITLE}\nDec 17, 2020\n\n{POST_BODY}\n\n{tail}\n"
    assert ExtractMetadata()(text).metadata.date == dt.date(2020, 12, 17)


@pytest.mark.parametrize(
    "signature",
    [
        "Bob Example on May 3, 2020 at 4:47 pm said:",
        "  * **Bob Example** on [May 3, 2020 at 4:47 pm](/post#comment-2) said:",
        "Anna Beispiel am 3. Mai 2020 um 16:47 schrieb:",
    ],
)
def test_a_comment_s_signature_under_a_short_post_is_no_date_line(signature: str) -> None:
    # The post's date line goes; a fresh look at what is left must not take the first
    # comment's signature, the next date line near the title, for the article's.
    post = PROSE["en"] * 2 + "\n\nYou can read the older post here."  # a short post
    comment = "Thanks for the update, I will come and see the bridge when it opens next year."
    thread = f"Comments\n\n{signature}\n\n{comment}"
    text = MENU + f"{POST_TITLE}\nMay 1, 2020 | by Ann Example\n\n{post}\n\n{thread}\n"
    doc = ExtractMetadata()(text)
    assert doc.metadata.date == dt.date(2020, 5, 1)
    assert signature in doc.text
    check_idempotent(ExtractMetadata(), text)
    # with no date line of the post's own, the signature's date is not read either
    alone = MENU + f"{POST_TITLE}\n\n{post}\n\n{thread}\n"
    assert ExtractMetadata()(alone).metadata.date is None
