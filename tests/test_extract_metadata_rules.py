"""``extract_metadata``: the rules that tell a headline and a byline from their look-alikes
(teaser lists, player messages, picture credits, publication names), kept and rejected."""

from __future__ import annotations

import pytest

from seedclean import Metadata
from seedclean.cleaners import ExtractMetadata
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
    # a headline in title case is not a name and a paper
    (f"Dec 18, 2020\n{TITLE}\nBy Ann Example", "en", ("Ann Example",)),
    ("Dec 18, 2020\nAnn Example Opens New Bridge\n", "en", ()),
    # a role after the name, with or without a space
    (f"{TITLE}\nAnn B. Example Senior Contributor\nDec 18, 2020", "en", ("Ann B. Example",)),
    (f"{TITLE}\nBy Ann ExampleBusiness Columnist\nDec 18, 2020", "en", ("Ann Example",)),
    (f"{TITLE}\nBy Ann Example, AP Auto Writer\nDec 18, 2020", "en", ("Ann Example",)),
    (f"{TITLE}\nVon Anna Beispiel Korrespondentin\n18. Dezember 2020", "de", ("Anna Beispiel",)),
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
    (f"{TITLE}\nBy THE EXAMPLE POST STAFF\nDec 18, 2020", "en", ()),
]


@pytest.mark.parametrize(("header", "lang", "expected"), AUTHORS)
def test_authors(header: str, lang: str, expected: tuple[str, ...]) -> None:
    assert meta(header, lang).authors == expected


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
