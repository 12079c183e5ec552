"""``extract_metadata``: which lines give the authors, and their look-alikes (interface
text, labels, headings, comment signatures) that must not, kept and rejected."""

from __future__ import annotations

import pytest

from locators import keeping
from seedclean import Metadata
from seedclean.cleaners import ExtractMetadata
from seedclean.page import Page
from test_extract_metadata import MENU, PROSE

TITLE = "Council Opens New Bridge Next Year"
# A body that writes "bridge", "work", "roads", "range" and "it" in small letters.
BODY = "\n\n".join(
    [PROSE["en"] * 2, "The range of the new bridge is wide, and the work pays for it. " * 3]
    * 2
)


def meta(header: str, body: str = BODY) -> Metadata:
    return ExtractMetadata()(MENU + header + "\n\n" + body).metadata


# A line of names only under the title (no "By"): a name, or words of the page.
NAME_LINES: list[tuple[str, tuple[str, ...]]] = [
    # kept: names, even with a word the body also uses ("Rose Work": not all its words)
    ("Ann Example", ("Ann Example",)),
    ("Rose Work", ("Rose Work",)),
    ("Ann Example, Bob Example", ("Ann Example", "Bob Example")),
    # all its words are words of the body in small letters: a heading or a button
    ("Bridge Work", ()),
    ("Pin It", ()),
    ("Roads Range", ()),
    # a label ends with a colon
    ("Salary Range:", ()),
    ("Dear Ann:", ()),
    # an interface phrase inside it
    ("Increase Text Size", ()),
    # a forum's tools and a site's greetings, in any of the languages
    ("Forum Tools", ()),
    ("Willkommen Zurück", ()),
    ("Espace Membres", ()),
    # a video's button, the publication's name in it
    ("Play Harbour News Video", ()),
]


@pytest.mark.parametrize(("line", "authors"), NAME_LINES)
def test_name_line(line: str, authors: tuple[str, ...]) -> None:
    m = meta(f"{TITLE}\n{line}\nDec 18, 2020")
    assert m.title == TITLE
    assert m.authors == authors


def test_name_line_that_is_not_a_name_stays_in_the_body() -> None:
    doc = ExtractMetadata()(MENU + f"{TITLE}\nBridge Work\nDec 18, 2020\n\n" + BODY)
    assert "Bridge Work" in doc.text
    assert "Bridge Work" not in [e.old.strip() for e in doc.audit]


def test_by_signs_words_of_the_body() -> None:
    # a "By" says it is a name, whatever the words
    assert meta(f"{TITLE}\nBy Rose Bridge\nDec 18, 2020").authors == ("Rose Bridge",)


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Submitted by Rose Bridge", ("Rose Bridge",)),  # what Drupal prints
        ("Soumis par Anne Exemple", ("Anne Exemple",)),
        ("Eingestellt von Anna Beispiel", ("Anna Beispiel",)),
        ("Publicado por Ana Ejemplo", ("Ana Ejemplo",)),
        # the same words inside a sentence open no byline
        ("The plans were submitted by the council", ()),
        # a newsroom's credit signs, as an agency does
        ("By the Harbour Wire Staff", ("the Harbour Wire Staff",)),
        ("Posted by the Harbour Maps Team", ("the Harbour Maps Team",)),
        # a staff word alone, or after words in small letters, is no credit
        ("By Staff", ()),
        ("By our staff", ()),
        # a byline in capitals joins its names with a connective in capitals; a letter
        # alone is an initial
        ("BY ANN EXAMPLE AND BOB EXAMPLE", ("ANN EXAMPLE", "BOB EXAMPLE")),
        ("BY ANN E EXAMPLE", ("ANN E EXAMPLE",)),
        # a surname that is also a button's word ("Read more") is a name after a "By"
        ("By Ann Read", ("Ann Read",)),
        ("By Read More", ()),
    ],
)
def test_blog_bylines_credits_and_names_in_capitals(line: str, authors: tuple[str, ...]) -> None:
    assert meta(f"{TITLE}\n{line}\nDec 18, 2020").authors == authors


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        # four words and an initial may be a name; five words are a headline
        ("Ann Maria Bee Example", ("Ann Maria Bee Example",)),
        ("Ann B. Example", ("Ann B. Example",)),
        ("A Lighter Creamy Cole Slaw", ()),
        ("Lighter Creamy Cole Slaw Recipe Here", ()),
    ],
)
def test_name_line_length(line: str, authors: tuple[str, ...]) -> None:
    assert meta(f"{TITLE}\n{line}\nDec 18, 2020").authors == authors


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        # a weekday before the date is the date's, not the name's
        ("By Ann Example Thu., Dec. 17 2020 at 1:00 PM", ("Ann Example",)),
        ("By Ann Example Thursday, Dec. 17 2020", ("Ann Example",)),
        ("By Thursday Example, Dec. 17 2020", ("Thursday Example",)),
        # a name in front of a date signs, a label with its colon does not
        ("Ann Example Dec 17, 2020", ("Ann Example",)),
        ("Registered: Dec 17, 2020", ()),
        ("Joined: Dec 17, 2020", ()),
        # the signature of an embedded post; a byline with a handle still signs
        ("Ann Example (@annexample) December 17, 2020", ()),
        ("By Ann Example (@annexample) December 17, 2020", ("Ann Example",)),
        # a caption describes the person in the words of a sentence; a role does not
        ("Ann Example, former head of the harbour board, in London, Dec 17, 2020. (AP)", ()),
        ("Ann Example, Staff Writer, Dec 17, 2020", ("Ann Example",)),
        ("Ann Example, posted on Dec 17, 2020", ("Ann Example",)),
    ],
)
def test_name_before_a_date(line: str, authors: tuple[str, ...]) -> None:
    assert meta(f"{TITLE}\n{line}").authors == authors


BIO = "Ann is a writer who lives by the harbour and has covered the council for years."


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        # a column's name before the date, the author's box under the headline
        (f"Harbour Notes | 17 December 2020\n\n{TITLE}\n\nAnn Example\nAbout the author\n"
         f"{BIO}", ("Ann Example",)),
        (f"Harbour Notes | 17 December 2020\n\n{TITLE}\n\nAnne Exemple\n"
         f"À propos de l'auteur\n{BIO}", ("Anne Exemple",)),
        # without the box, the name before the date signs
        (f"Bob Example | 17 December 2020\n\n{TITLE}\n\n{BIO}", ("Bob Example",)),
        # a byline that says so comes first
        (f"By Bob Example | 17 December 2020\n\n{TITLE}\n\nAnn Example\nAbout the author\n"
         f"{BIO}", ("Bob Example",)),
    ],
)
def test_an_author_box_under_the_headline_names_the_author(
    header: str, authors: tuple[str, ...]
) -> None:
    assert meta(header).authors == authors


@pytest.mark.parametrize(
    ("tail", "authors"),
    [
        ("Ann Example is a reporter at the Daily Example.", ("Ann Example",)),
        ("Ann Example was a reporter at the Daily Example for ten years.", ("Ann Example",)),
        # a sentence of the story, not a bio
        ("Ann Example was released on Tuesday, a day after the bridge of the town opened.", ()),
        ('Last Friday was "bridge day" at the school of my kids, and so on.', ()),
    ],
)
def test_bio_gives_the_author(tail: str, authors: tuple[str, ...]) -> None:
    assert meta(f"{TITLE}\nDec 18, 2020", BODY + "\n\n" + tail).authors == authors


def test_name_line_that_the_title_names_is_its_subject() -> None:
    title = "Ann Example's Old Bridge Is Sold"
    assert meta(f"{title}\nAnn Example\nDec 18, 2020").authors == ()
    assert meta(f"{title}\nBob Example\nDec 18, 2020").authors == ("Bob Example",)
    # a "By" signs all the same
    assert meta(f"{title}\nBy Ann Example\nDec 18, 2020").authors == ("Ann Example",)


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("### Golden Harbour", ()),
        ("#### ![](https://example.com/avatar.png) Ann Example", ("Ann Example",)),
        ("**Ann Example**", ("Ann Example",)),
    ],
)
def test_markdown_name_line(line: str, authors: tuple[str, ...]) -> None:
    assert meta(f"# {TITLE}\n{line}\nDec 18, 2020").authors == authors


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        # the label of a list of topics ends the names
        ("Written by Ann Example Topics: Bridges, Roads", ("Ann Example",)),
        ("Von Anna Beispiel Themen: Brücken", ("Anna Beispiel",)),
        ("Par Anne Exemple Catégories : Ponts", ("Anne Exemple",)),
        ("Ann Example | Tags: Bridges, Roads", ("Ann Example",)),
        # so does a link of the author's after them
        ("By Ann Example RSS feed", ("Ann Example",)),
        ("By Ann Example Email", ("Ann Example",)),
        ("By Ann Example View Profile", ("Ann Example",)),
        ("Dec 18, 2020 by Ann Example Add first Comment", ("Ann Example",)),
        # an e-mail address after the names, or a handle glued to them
        ("By Ann Example ann@example.org (555) 459-5382", ("Ann Example",)),
        ("By Ann Example@annexample Dec 18, 2020", ("Ann Example",)),
        # a date's label glued to the names, as a scraper joins two elements
        ("Author: Ann ExamplePublish date: Dec 18, 2020", ("Ann Example",)),
        # a name with such a word inside it stays whole
        ("By Ann Topic Example", ("Ann Topic Example",)),
        ("By Ann Contacto Example", ("Ann Contacto Example",)),
        ("By Ann Posteda Example", ("Ann Posteda Example",)),
        ("By Ann Follows", ("Ann Follows",)),
    ],
)
def test_what_ends_the_names(line: str, authors: tuple[str, ...]) -> None:
    assert meta(f"{TITLE}\n{line}\nDec 18, 2020").authors == authors


COMMENT = "I walked over the bridge this morning and the work on it looks good to me. " * 2


@pytest.mark.parametrize(
    ("after_post", "authors"),
    [
        # the line under the post, before the comments signed the same way
        (f"Posted by Ann Example at 9:00 PM\n\n{COMMENT}\n\nPosted by: Bob Example | "
         "December 18, 2020 at 10:00 PM", ("Ann Example",)),
        (f"Publié par Anne Exemple le 18 décembre 2020\n\n{COMMENT}", ("Anne Exemple",)),
        # the first of a thread of comments signed the same way
        (f"Posted by: Ann Example at 9:00 PM\n\n{COMMENT}\n\nPosted by: Bob Example at "
         "10:00 PM", ()),
        # a comment's date line comes first: the post is not signed, the comment's
        # signature is not the author's
        (f"December 18, 2020 at 10:00 PM\n\n{COMMENT}\n\nPosted by Bob Example at 9:00 PM"
         f"\n\n{COMMENT}\n\n{COMMENT}\n\n{COMMENT}", ()),
    ],
)
def test_byline_under_the_post(after_post: str, authors: tuple[str, ...]) -> None:
    body = "\n\n".join([PROSE["en"] * 2] * 3)
    text = MENU + f"{TITLE}\nDec 18, 2020\n\n{body}\n\n{after_post}\n\n{COMMENT}"
    assert ExtractMetadata()(text).metadata.authors == authors


# What a blog may print between the end of its post and the line that signs it.
LINKS = "\n".join(f"  * Soup {n} with kale from another kitchen" for n in range(6))


@pytest.mark.parametrize(
    ("after_post", "authors"),
    [
        # the line that signs the post, under its links, right above the comments
        (f"More soups:\n{LINKS}\nPosted by Ann Example at 9:00 PM\nLabels: Soup\n"
         "3 comments:\nBob Example said...", ("Ann Example",)),
        (f"More soups:\n{LINKS}\nPosted by Ann Example and Bob Example on 10/18/2012 "
         "12:56:00 PM\n0 Comments:", ("Ann Example", "Bob Example")),
        # look-alikes: no comments under it, a commenter's line under the heading, and a
        # signature too far above the heading
        (f"More soups:\n{LINKS}\nPosted by Ann Example at 9:00 PM", ()),
        (f"More soups:\n{LINKS}\n3 comments:\nPosted by Bob Example at 9:30 PM\n"
         "2 comments:", ()),
        (f"More soups:\n{LINKS}\nPosted by Ann Example at 9:00 PM\n{LINKS}\n3 comments:",
         ()),
    ],
)  # fmt: skip
def test_byline_right_above_the_comments(after_post: str, authors: tuple[str, ...]) -> None:
    body = "\n\n".join([PROSE["en"] * 2] * 3)
    text = MENU + f"{TITLE}\nDec 18, 2020\n\n{body}\n\n{after_post}\n\n{COMMENT}"
    # the locator keeps the post's paragraphs only: the body ends above its links
    page = Page.of(text)
    page.locator = keeping(lambda _, line: line == PROSE["en"] * 2)
    assert ExtractMetadata().extract(page).metadata.authors == authors


@pytest.mark.parametrize(
    ("header", "after_post", "authors"),
    [
        # a short post, then its thread: the name under "Comments" is a commenter's
        ("Dec 18, 2020", "Comments\n\nPosted by: Bob Example at December 18, 2020 10:00 PM",
         ()),
        ("Dec 18, 2020", "2 Responses\n\nBob Example said on December 18, 2020:", ()),
        # look-alikes: a comment count in the post's header, above its byline; a
        # subheading "Comment" over a paragraph of the article, and the post's own line
        ("3 Comments\nBy Ann Example\nDec 18, 2020", "Comments\n\nBob Example says:",
         ("Ann Example",)),
        ("Dec 18, 2020", f"Comment\n\n{PROSE['en'] * 2}\n\nPosted by Ann Example on Dec "
         "18, 2020", ("Ann Example",)),
    ],
)  # fmt: skip
def test_no_author_under_a_comments_heading(
    header: str, after_post: str, authors: tuple[str, ...]
) -> None:
    text = MENU + f"{TITLE}\n{header}\n\n{PROSE['en'] * 2}\n\n{after_post}\n\n{COMMENT}"
    assert ExtractMetadata()(text).metadata.authors == authors


@pytest.mark.parametrize(
    ("top", "authors"),
    [
        # the page's first line is the site's name (or its <title>), not its author
        ("", ()),
        # look-alike: the same line of names under a menu
        ("Home\nNews\n\n", ("Ann Example",)),
    ],
)
def test_the_pages_first_line_is_no_line_of_names(top: str, authors: tuple[str, ...]) -> None:
    header = "Ann Example\nA blog about the harbour and its bridges.\nThursday, August 9, 2012"
    text = f"{top}{header}\n{TITLE}\n\n{BODY}"
    assert ExtractMetadata()(text).metadata.authors == authors


def test_comment_link_is_no_part_of_a_name() -> None:
    # "Discuss (0)", the link to the comments, glued after the name: no name read
    assert meta(f"{TITLE}\n18 December 2020 by Ann Example Discuss (0)").authors == ()
    assert meta(f"{TITLE}\n18 December 2020 by Ann Example (0)").authors == ("Ann Example",)


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        # a numeric date the grammar does not read, then the byline
        ("11.05.12 Written by Ann Example", ("Ann Example",)),
        ("05/11/12 Von Anna Beispiel", ("Anna Beispiel",)),
        # numbers that start a sentence are no date
        ("3.5 by 4 inches of snow fell on the bridge", ()),
    ],
)
def test_byline_after_a_numeric_date(line: str, authors: tuple[str, ...]) -> None:
    assert meta(f"{TITLE}\n{line}").authors == authors


def test_long_list_of_tags_after_the_name() -> None:
    tags = ", ".join(f"Bridge Number {i}" for i in range(6))
    m = meta(f"{TITLE}\nAnn Example | Tags: {tags}\nDec 18, 2020")
    assert m.authors == ("Ann Example",)


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        # html2text prints an address with spaces as the page wrote it: still a link to
        # the author's page
        ("[Ann Example](/blog/author/Ann Example)", ("Ann Example",)),
        ('By [Ann Example](https://example.com/autoren/Ann Example "Profile")', ("Ann Example",)),
        # a link with spaces to another page signs nothing
        ("[Ann Example](/blog/tag/Ann Example)", ()),
        # nor does a sentence around it
        ("A long story told by [Ann Example](/author/Ann Example) to the whole town", ()),
    ],
)
def test_author_link_with_spaces(line: str, authors: tuple[str, ...]) -> None:
    assert meta(f"# {TITLE}\n{line}\nDec 18, 2020").authors == authors


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        # an agency with its article signs like one without
        ("By The Associated Press", ("The Associated Press",)),
        ("By Reuters", ("Reuters",)),
        # the article before words that are no agency is a heading's
        ("By The Numbers", ()),
    ],
)
def test_agency_with_its_article(line: str, authors: tuple[str, ...]) -> None:
    assert meta(f"{TITLE}\n{line}\nDec 18, 2020").authors == authors


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        # one word before "on" and more capitalised words: the start of a longer name
        ("by Harbour on Sea Couple on December 18, 2020", ()),
        # a date, a weekday or a month after "on" ends the name
        ("by Ann on December 18, 2020", ("Ann",)),
        ("by Ann on Friday, 18 December 2020", ("Ann",)),
        ("By Ann Example on December 18, 2020", ("Ann Example",)),
        # "in" opens a category
        ("by Ann in Travel | December 18, 2020", ("Ann",)),
    ],
)
def test_name_that_goes_on_after_a_connective(line: str, authors: tuple[str, ...]) -> None:
    assert meta(f"{TITLE}\n{line}").authors == authors


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        # without a "By", one word in front of a date in a list item is the item's label
        ("* Charter 18 December 2020", ()),
        ("* Ann Example 18 December 2020", ("Ann Example",)),
        # out of a list it signs (a blog's or a user's name)
        ("Harbourwatch 18 December 2020", ("Harbourwatch",)),
        ("By Ann | 18 December 2020", ("Ann",)),
    ],
)
def test_one_word_in_front_of_a_date(line: str, authors: tuple[str, ...]) -> None:
    assert meta(f"{TITLE}\n{line}").authors == authors


def test_unread_byline_on_the_date_line_leaves_no_line_of_names() -> None:
    # the date line says "By" but holds no name the extractor reads: the heading under
    # it is no author
    line = "By The Harbour Watcher on Friday, December 18, 2020"
    assert meta(f"{TITLE}\n{line}\n\nGOLDEN LIGHTS").authors == ()
    # with a plain date line, a name under it still signs
    assert meta(f"{TITLE}\nFriday, December 18, 2020\nAnn Example").authors == ("Ann Example",)


NAV = "Home\nNews\nSport\nWeather\nTravel\nFood\nMusic\nFilm\nBooks\nArts\nMoney\nJobs\nCars\nHomes"
LONG_BODY = (
    "The council said on Monday that the bridge would open next year, and so on, while "
    "the roads around it were rebuilt. " * 4
)


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        # no headline to place it by, a page's menu between it and the body: the one
        # byline that says so above the body
        (f"By Ann Example\n{NAV}", ("Ann Example",)),
        # several: a list of other articles' bylines
        (f"By Ann Example\nBy Bob Example\n{NAV}", ()),
        # too far up
        (f"By Ann Example\n{NAV}\n{NAV}", ()),
        # a name without a "By" does not sign from there
        (f"Ann Example\n{NAV}", ()),
    ],
)
def test_byline_far_above_the_body_without_a_title(
    header: str, authors: tuple[str, ...]
) -> None:
    m = ExtractMetadata()(header + "\n\n" + LONG_BODY).metadata
    assert m.title is None
    assert m.authors == authors


@pytest.mark.parametrize(
    ("above", "authors"),
    [
        # a "By" or a label with its colon alone on its line: the names are on the next
        ("By", ("Ann Example",)),
        ("Text:", ("Ann Example",)),
        ("Autor:", ("Ann Example",)),
        # a label word alone, without its colon: a button ("Print", "Text" sets the type)
        ("  * Text", ()),
        ("Text", ()),
    ],
)
def test_by_alone_names_the_next_line(above: str, authors: tuple[str, ...]) -> None:
    m = meta(f"  * Print\n{above}\nAnn Example, a headline about the harbour\nDec 18, 2020")
    assert m.authors == authors
