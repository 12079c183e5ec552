"""``extract_metadata``: which heading-like line is the headline when a page prints many.

Each case is a whole page (menus, teaser lists, share widgets, the article) made of generic
text, with the headline the extractor must find, or None where no line should be taken.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from seedclean.cleaners import ExtractMetadata
from seedclean.cleaners.extract_metadata import (
    _credit_line,
    _cut_copies,
    _dated_run,
    _glued_copy,
    _glued_name,
    _home_link,
    _in_run,
)
from seedclean.cleaners.extract_metadata.extraction import extract
from seedclean.cleaners.extract_metadata.reading import read_page, visible
from seedclean.cleaners.extract_metadata.title import fold_room
from seedclean.cleaners.extract_metadata.vocabulary import NO_SPACE, UI_WORDS
from seedclean.lines import NO_SPACE_CHAR, fold, split_lines
from seedclean.page import Page
from seedclean.testing import mixed_text
from test_extract_metadata import MENU, PROSE

HEADLINE = "Council Opens New Bridge Over The River Next Year"
MORE = (
    "Engineers from the county finished testing the steel deck on Friday. Traffic over the "
    "river crossing will be limited to buses and bicycles during the first month, the mayor "
    "added, while the older bridge downstream closes for repairs to its harbour piers. "
)
BODY = "\n\n".join([PROSE["en"] * 2, MORE * 2, PROSE["en"] + MORE])
SHARE = "\n".join(f"Click to share on {s} (Opens in new window)" for s in ("Mail", "Print"))
TEASERS = "\n".join(
    [
        "Council votes on the bridge budget for next year",
        "Bridge works close the river road until Friday",
        "Mayor says the harbour piers need repairs soon",
        "County engineers test the steel deck once again",
        "Older bridge downstream closes for its repairs",
    ]
)


# A site's menu, in a list.
MEMBER_MENU = "".join(
    f"  * {item}\n" for item in ("Home", "Become a Member", "Contact Us", "Forum", "Subscribe")
) + "\n"


# A body that shares its words with the page's tools.
TOOLS = (
    "Readers advertise, send a friend the harbour news, leave a comment, search the blog, "
    "translate the river photos and watch the bridge videos, in the old sense. "
)


# A body that shares its words with the name of its blog.
BLOG = (
    "Ann Example writes the harbour town blog, le blog de Anne Exemple, from home, "
    "and the blog of the town is about its bridge. "
)


def title_of(page: str) -> str | None:
    return ExtractMetadata()(page).metadata.title


LINKS = "\n".join(f"  * [{t}](/news/{n})" for n, t in enumerate(TEASERS.split("\n") * 8))
FIRST_TEASER = TEASERS.split("\n")[0]

PAGES: list[tuple[str, str, str | None]] = [
    (
        "a list of headlines between the byline and the body is not the headline",
        f"{MENU}Crossing ready ahead of schedule, officials say\n"
        "By Ann Example\nDecember 18, 2020\n\n"
        f"JUST WATCHED\n{FIRST_TEASER}\nReplay\nMUST WATCH\n{TEASERS}\n\n{BODY}",
        "Crossing ready ahead of schedule, officials say",
    ),
    (
        "a kicker that names the topic of the headline under it",
        f"{MENU}The Old Harbour Bridge\nPublished 2 hours ago\n"
        f"Council Closes The Old Harbour Bridge For Repairs\nBy Ann Example\n\n{BODY}",
        "Council Closes The Old Harbour Bridge For Repairs",
    ),
    (
        "a headline cut short elsewhere on the page confirms the full one",
        f"{MENU}Trending\nCouncil Opens New Bridge Over The River…\nLocal weather\n\n"
        f"{HEADLINE}\n{SHARE}\n{SHARE}\n{SHARE}\n\n{BODY}",
        HEADLINE,
    ),
    (
        "a headline with its byline and date right under it, even when the body shares "
        "none of its words",
        "The crane lifts the last section of the deck into place above the water on a "
        "calm morning, watched by a crowd on the bank. (credit: Ann Example)\n\n"
        "Seeking Wider Roles For Old Ferries\nby Ann Example\nMonday, November 18, 2019\n\n"
        f"{BODY}",
        "Seeking Wider Roles For Old Ferries",
    ),
    (
        "a quotation with the line that says who said it is not the headline",
        f'{MENU}"The council said the new bridge over the river would open next year"\n'
        f"— Bob Example on Sunday, October 13th, 2019 in a speech\nWhat Is A Bridge Worth?\n"
        f"By Ann Example on Monday, November 18th, 2019\n\n{BODY}",
        "What Is A Bridge Worth?",
    ),
    (
        "a breadcrumb with its › separator is not the headline",
        f"{MENU}River Bridge Council Works ›\nDecember 18, 2020\n\n{BODY}",
        None,
    ),
    *(
        (
            f"a breadcrumb trail with > separators is not the headline: {trail}",
            f"{MENU}\n{trail}\n\nDecember 18, 2020\n\n{BODY}",
            None,
        )
        for trail in (
            "You are here: News>Harbour>Council Opens New Bridge",
            "首页 >> 新闻 >> 正文",
            "News >> Harbour Bridge",
        )
    ),
    (
        "look-alike: a headline with one > in it is still a headline",
        f"{MENU}Harbour Ferries -> Bridge: Council Votes Today\nDecember 18, 2020\n\n{BODY}",
        "Harbour Ferries -> Bridge: Council Votes Today",
    ),
    (
        "a subheading with no byline or date does not replace the headline that has them",
        f"{MENU}Roundup: Northside Stays Unbeaten\nBy Ann Example\n"
        "Published 11:11 PM Nov 19, 2019\n\nCouncil opens the new river bridge\n\n"
        f"{BODY}",
        "Roundup: Northside Stays Unbeaten",
    ),
    (
        "the publication under a byline is not the headline",
        f"{MENU}Roundup: Northside Stays Unbeaten\nBy\nAnn Example\nThe Harbour Bridge Journal\n"
        f"  * Biography\nDecember 18, 2020\n\n{BODY}",
        "Roundup: Northside Stays Unbeaten",
    ),
    (
        "the page's only first-level heading, far above a body pushed down by link lists",
        f"# Council Opens New Bridge\n\nBy Ann Example\n\n{LINKS}\n\n{BODY}",
        "Council Opens New Bridge",
    ),
    (
        "a first-level heading that reads like a name is still the headline",
        f"# Golden Harbour Lights\nDecember 18, 2020\n\n{BODY}",
        "Golden Harbour Lights",
    ),
    (
        "a headline in title case with a function word is not a person's name",
        f"{MENU}Towns Are Bringing Ferries Back\nDecember 18, 2020\n\n{BODY}",
        "Towns Are Bringing Ferries Back",
    ),
    (
        "a headline in title case with a possessive is not a person's name",
        f"{MENU}Harbour's Quiet Little Bridge\nDecember 18, 2020\n\n{BODY}",
        "Harbour's Quiet Little Bridge",
    ),
    (
        "a line that is only a person's name is not the headline",
        f"{MENU}Ann Marie O'Example\nDecember 18, 2020\n\n{BODY}",
        None,
    ),
    # A "By" byline right under a line makes it a headline even when it reads like a
    # name, has one word, or is a short sentence; without one, none of those is.
    (
        "a headline that reads like a name, signed right under it",
        f"{MENU}Harbour Master Leaves Council\nBy Ann Example on December 18, 2020\n\n{BODY}",
        "Harbour Master Leaves Council",
    ),
    (
        "a one-word headline signed right under it",
        f"{MENU}Bridge!\nby Ann Example on December 18, 2020\n\n{BODY}",
        "Bridge!",
    ),
    (
        "a headline in sentences signed right under it",
        f"{MENU}New Bridge Next Year? The Council Says Yes.\nBy Ann Example\n\n{BODY}",
        "New Bridge Next Year? The Council Says Yes.",
    ),
    (
        "a headline mostly of numbers signed right under it",
        f"{MENU}80-20 Bridge\nby Ann Example on December 18, 2020\n\n{BODY}",
        "80-20 Bridge",
    ),
    (
        "a line mostly of numbers with no byline is not the headline",
        f"{MENU}80-20 Bridge\nDecember 18, 2020\n\n{BODY}",
        None,
    ),
    (
        "a drupal byline, Submitted by, signs the headline",
        f"{MENU}Council Opens New Bridge\nSubmitted by Ann Example\n\n{BODY}",
        "Council Opens New Bridge",
    ),
    # A headline and its date printed on one line: the headline without the date.
    (
        "a headline with its date after it on one line",
        f"{MENU}Council Opens New Bridge Over The River 18 December 2020\n\n{BODY}",
        "Council Opens New Bridge Over The River",
    ),
    (
        "a headline with its marked date and time after it on one line",
        f"{MENU}Council Opens New Bridge Over The River, Updated Dec 18, 2020 at 3:06pm\n\n"
        f"{BODY}",
        "Council Opens New Bridge Over The River",
    ),
    (
        "a headline with its date after a weekday: the weekday is the date's",
        f"{MENU}Council Opens New Bridge Over The River Friday, December 18, 2020\n\n{BODY}",
        "Council Opens New Bridge Over The River",
    ),
    (
        "a headline that holds its date after a comma is the whole line",
        f"{MENU}The Bridge Briefing, Friday, December 18, 2020\n\n{BODY}",
        "The Bridge Briefing, Friday, December 18, 2020",
    ),
    (
        "a headline that holds its date after a function word is the whole line",
        f"{MENU}What The Council Said On The Bridge For December 18, 2020\n\n{BODY}",
        "What The Council Said On The Bridge For December 18, 2020",
    ),
    (
        "a dated signature of an embedded post is not the headline",
        f"{MENU}— The Harbour Council Bridge (@harbour) December 18, 2020\n\n{BODY}",
        None,
    ),
    (
        "a dated line of a post's facts is not the headline",
        f"{MENU}Ann Example · Bridges · 0 Comments December 18, 2020\n\n{BODY}",
        None,
    ),
    (
        "a label and a name before a date is a byline, not a headline",
        f"{MENU}{HEADLINE}\nText: Ann Example · 18 December 2020\n\n{BODY}",
        HEADLINE,
    ),
    (
        "a dated post footer is not the headline",
        f"{MENU}Posted in Bridges and River Roads December 18, 2020\n\n{BODY}",
        None,
    ),
    (
        "a list of dated headlines above the article's own is not the headline",
        f"{MENU}"
        + "".join(f"{t} {d} December 2020\n" for d, t in enumerate(TEASERS.split("\n"), 10))
        + f"\n{HEADLINE}\n\n{BODY}",
        HEADLINE,
    ),
    (
        "a sentence that ends with a date is not a headline",
        f"{MENU}The council said the bridge opens on 18 December 2020.\n\n{BODY}",
        None,
    ),
    (
        "a date inside a line is no headline's date",
        f"{MENU}Council Opens New Bridge 18 December 2020 With A Ceremony By The River\n\n"
        f"{BODY}",
        None,
    ),
    (
        "a signature above the byline that names its writer is not the headline",
        f"{MENU}Ann\nBy Ann Example on December 18, 2020\n\n{BODY}",
        None,
    ),
    (
        "a one-word line above a date, with no byline, is not the headline",
        f"{MENU}Bridge\nDecember 18, 2020\n\n{BODY}",
        None,
    ),
    (
        "a short sentence above a date, with no byline, is not the headline",
        f"{MENU}New Bridge Next Year? The Council Says Yes.\nDecember 18, 2020\n\n{BODY}",
        None,
    ),
    (
        "a long standfirst sentence signed right under it is not the headline",
        f"{MENU}The county's engineers say the new crossing over the river will carry "
        f"buses and bicycles first, and cars after the old bridge closes.\nBy Ann Example\n\n"
        f"{BODY}",
        None,
    ),
    (
        "a site's name, a line and the headline with its byline: the byline is the headline's",
        f"{MENU}Harbour Daily\nRemove this ad\nCouncil Closes The Old Harbour Bridge\n"
        f"By Ann Example\n\n{BODY}",
        "Council Closes The Old Harbour Bridge",
    ),
    (
        "a headline over its byline and date printed as a list is no list's heading",
        f"{MENU}{HEADLINE}\n\n  * By Ann Example\n  * 3.12.2020.\n  * 3:30 PM\n"
        f"  * Follow @annexample\n\n{BODY}",
        HEADLINE,
    ),
    (
        "a heading over a list of headlines is not the headline",
        f"{MENU}Most Read Stories Of The Week\n\n{TEASERS.replace(chr(10), chr(10) + '  * ')}"
        f"\n\n{BODY}",
        None,
    ),
    (
        "a headline in capitals of words the body writes in small letters is no name",
        f"{MENU}Harbour Bridge Deck Repairs\nDecember 18, 2020\n\n{BODY}",
        "Harbour Bridge Deck Repairs",
    ),
    (
        "a name, in words the body does not write, is no headline",
        f"{MENU}Ann Example\nDecember 18, 2020\n\n{BODY}",
        None,
    ),
    (
        "a headline that names one network twice is no row of share buttons",
        f"{MENU}Facebook Tracks Me Even Though I Am Not On Facebook\nDecember 18, 2020\n\n"
        f"{BODY}",
        "Facebook Tracks Me Even Though I Am Not On Facebook",
    ),
    (
        "a row of share buttons is no headline",
        f"{MENU}Share on Facebook Twitter Pinterest Email\nDecember 18, 2020\n\n{BODY}",
        None,
    ),
    (
        "a site's name of two words right above the headline is not the headline",
        f"{MEMBER_MENU}Harbour Today\n\nRemove this ad\n\nCould A New Ferry Cross The River?\n\n"
        f"by Ann Example on December 18, 2020\n\n{BODY}",
        "Could A New Ferry Cross The River?",
    ),
    (
        "a site's name right above the headline is not the headline, if the body uses it",
        f"{MEMBER_MENU}The Harbour Times\n\nRemove this ad\n\nCould A New Ferry Cross The "
        f"Harbour Today?\n\nby Ann Example on December 18, 2020\n\n{BODY}",
        "Could A New Ferry Cross The Harbour Today?",
    ),
    (
        "a list item with its byline and date right under it is the headline",
        f"{MENU}Harbour Daily Page\n  * \n      + Council Closes The Old Harbour Bridge\n"
        f"        by Ann Example on Wednesday, October 19, 2011 at 1:31pm\n\n{BODY}",
        "Council Closes The Old Harbour Bridge",
    ),
    (
        "a linked list item with its byline and date right under it is the headline",
        f"# Harbour Daily Page\n\n  * [Council Closes The Old Harbour Bridge](/posts/1)\n\n"
        f"by [Ann Example](/people/ann) on Wednesday, October 19, 2011 at 1:31pm\n\n{BODY}",
        "Council Closes The Old Harbour Bridge",
    ),
    (
        "a linked list item with no byline under it is a link, not the headline",
        f"# Harbour Daily Page\n\n  * [Council Closes The Old Harbour Bridge](/posts/1)\n\n"
        f"Wednesday, October 19, 2011 at 1:31pm\n\n{BODY}",
        "Harbour Daily Page",
    ),
    (
        "a headline keeps its byline over the two lines of standfirst under it",
        f"{MENU}Council Closes The Old Harbour Bridge\nRepairs To The Piers Take A Year\n"
        f"Buses Will Use The Ferry Road Instead\nBy Ann Example\n\n{BODY}",
        "Council Closes The Old Harbour Bridge",
    ),
    (
        "a headline keeps its date over a standfirst in sentences a label parts from it",
        f"{MENU}Opinion\nHarbour Town\n\nThe Harbour Daily view on the bridge: a town on the "
        "brink\n\nEditorial\nThe council’s repairs have only slowed the traffic. It is up to "
        "the town to reopen the road, as others should tell it\n\nMon 18 Nov 2019 18.54 GMT"
        f"\n\n  * Share on Facebook\n  * Share on Twitter\n\n{BODY}",
        "The Harbour Daily view on the bridge: a town on the brink",
    ),
    (
        "a teaser for another post with its label is not the headline",
        f"{MENU}Featured: How The Old Ferry Got Its New Engine\n\n"
        f"{HEADLINE}\nDecember 18, 2020\n\n{BODY}",
        HEADLINE,
    ),
    (
        "a teaser's label keeps its line from being the headline, even alone",
        f"Featured: Council Opens New Bridge Over The River\n\n{BODY}",
        None,
    ),
    (
        "a headline with a label that is not a teaser's stays",
        f"{MENU}Update: {HEADLINE}\nDecember 18, 2020\n\n{BODY}",
        f"Update: {HEADLINE}",
    ),
    (
        "a list of headlines each with its date, between the headline and the body",
        f"{MENU}{HEADLINE}\nDecember 18, 2020\nMORE STORIES\n"
        + "".join(f"NEWS\n{t}\nMarch {n + 2}, 2019\n" for n, t in enumerate(TEASERS.split("\n")))
        + f"\n{BODY}",
        HEADLINE,
    ),
    (
        "a breadcrumb trail glued to a copy of the headline above it",
        f"{MENU}Home{HEADLINE}\n{HEADLINE}\nDecember 18, 2020\n\n{BODY}",
        HEADLINE,
    ),
    (
        "a first-level heading that quotes sentences is still the headline, and a "
        "picture's credit is never one",
        f"{MENU}# The Town Says: 'Cars. Out.' It Might Work.\nUpdated Nov 19, 9:41 AM\n"
        f"![A bridge](/img/bridge.jpg)\nAnn Example | Getty Images\nBy Bob Example\n\n{BODY}",
        "The Town Says: 'Cars. Out.' It Might Work.",
    ),
    (
        "a caption with its credit after its words is no headline, even over a byline",
        f"{MENU}The bridge at dawn over the old harbour Photograph: Ann Example/Agency\n"
        f"By Bob Example\nDecember 18, 2020\n\n{BODY}",
        None,
    ),
    (
        "a caption's credit label in another language",
        f"{MENU}Die Brücke am Morgen über dem alten Hafen. Foto: Anna Beispiel/Agentur\n"
        f"December 18, 2020\n\n{BODY}",
        None,
    ),
    (
        "a headline that names a photo without a credit's colon stays",
        f"{MENU}Council Opens New Bridge, Photo Exhibition Follows\nBy Bob Example\n"
        f"December 18, 2020\n\n{BODY}",
        "Council Opens New Bridge, Photo Exhibition Follows",
    ),
    (
        "html2text's heading mark alone on a line, the heading's text on the next",
        f"{MENU}# \nGolden Harbour Lights\nDecember 18, 2020\n\n{BODY}",
        "Golden Harbour Lights",  # a first-level heading, though it reads like a name
    ),
    (
        "an author box glued to its link is not the headline",
        f"{MENU}Ann ExampleView More Articles\n{HEADLINE}\nDecember 18, 2020\n\n{BODY}",
        HEADLINE,
    ),
    (
        "a first-level heading that links to the home page is the site's name",
        f"# [Daily Planet Evening News](/)\n\nBy Ann Example\n\n{LINKS}\n\n{BODY}",
        None,
    ),
    (
        "a link to the previous post is not the headline",
        f"{MENU}« Bridge Works Close The River Road\nDecember 18, 2020\n\n{BODY}",
        None,
    ),
    (
        "a headline under the link to the previous post",
        f"{MENU}« Bridge Works Close The River Road\n{HEADLINE}\nDecember 18, 2020\n\n{BODY}",
        HEADLINE,
    ),
    *(
        (
            f"a line of the page's tools is not the headline: {tool}",
            f"{MENU}{tool}\nDecember 18, 2020\n\n{TOOLS * 3}\n\n{BODY}",
            None,
        )
        for tool in (
            "Advertise | AdChoices",
            "Send to a Friend",
            "Leave a comment! | Posted in Harbour News",
            "Search This Blog",
            "Diesen Blog durchsuchen",
            "Envoyer à un ami",
            "Powered by Example Translator",
            "Categories Harbour, River Photos",
            "← Bridge Works Close The River Road",
            "All River Videos →",
            ": a bridge over the river, in the old sense",
        )
    ),
    *(
        (
            f"a blog's name or a breadcrumb trail above the post is not its title: {name}",
            f"{MENU}{name}\n{HEADLINE}\nBy Ann Example\n\n{BLOG * 3}\n\n{BODY}",
            HEADLINE,
        )
        for name in (
            "The Blog of Ann Example",
            "Ann Example's Blog",
            "The Harbour Town Blog",
            "Le blog de Anne Exemple",
            "Home • The Harbour Town Blog",
        )
    ),
    (
        "a headline about a blog is still the headline",
        f"{MENU}Why The Council Started A Blog\nDecember 18, 2020\n\n{BODY}",
        "Why The Council Started A Blog",
    ),
    (
        "a headline that starts like a tool is still the headline",
        f"{MENU}Advertisers Flee The Council's Bridge Plans\nDecember 18, 2020\n\n{BODY}",
        "Advertisers Flee The Council's Bridge Plans",
    ),
    (
        "a headline under a line of tools",
        f"{MENU}Advertise Here\n{HEADLINE}\nDecember 18, 2020\n\n{BODY}",
        HEADLINE,
    ),
    (
        "a link to advertise on the site is not the headline, whatever is under it",
        f"{MENU}Advertise on harbour-news.example\nDecember 18, 2020\n\n{BODY}",
        None,
    ),
    (
        "a headline that starts with advertising is still the headline",
        f"{MENU}Advertise on the Bridge? Council Says No\nDecember 18, 2020\n\n{BODY}",
        "Advertise on the Bridge? Council Says No",
    ),
    (
        "a headline that quotes with guillemets is still the headline",
        f"{MENU}Le maire dit «Le pont ouvre» au conseil\nDecember 18, 2020\n\n{BODY}",
        "Le maire dit «Le pont ouvre» au conseil",
    ),
    (
        "a count of comments in braces is not the headline",
        f"{MENU}{{ 43 comments on the council bridge… read them below or add one }}\n"
        f"December 18, 2020\n\n{BODY}",
        None,
    ),
    (
        "the debris of a Markdown link cut by a line break is not the headline",
        f"{MENU}  * [Submit  \nBridge News](/links/feed/)\nDecember 18, 2020\n\n{BODY}",
        None,
    ),
    (
        "a headline with its own By line under a section and date line",
        f"{MENU}In Depth | 18 December 2020\nCouncil Weighs The Cost Of A Second Crossing\n"
        f"By Ann Example\n  * Roads\n  * Rivers\n\n{BODY}",
        "Council Weighs The Cost Of A Second Crossing",
    ),
    (
        "a headline that opens with a name in camel case",
        f"{MENU}eHarbour to open a second crossing, says the council\nBy Ann Example\n"
        f"December 18, 2020\n\n{BODY}",
        "eHarbour to open a second crossing, says the council",
    ),
    (
        "a headline over a standfirst and a By line whose names are not read",
        f"{MENU}Print\n18 Dec 2020\n\nVolcano ash grounds flights over the river\n\n"
        f"Engineers say the river needs another bridge before the harbour grows again.\n\n"
        f"By Harbour News and wire services\n\n{BODY}",
        "Volcano ash grounds flights over the river",
    ),
    (
        "a label word without its colon is no By line: interface text places no headline",
        f"{MENU}Print\n18 Dec 2020\n\nVolcano ash grounds flights over the river\n"
        f"Engineers say the river needs another bridge before the harbour grows again.\n\n"
        f"Text Size\n\n{BODY}",
        None,
    ),
    (
        "a By in a sentence, small letters after it, places no headline",
        f"{MENU}Print\n18 Dec 2020\n\nVolcano ash grounds flights over the river\n"
        f"Engineers say the river needs another bridge before the harbour grows again.\n\n"
        f"By the harbour wall\n\n{BODY}",
        None,
    ),
    (
        "a line that opens with a small word is the middle of a sentence, not a headline",
        f"{MENU}the council opens a second crossing next year\nBy Ann Example\n"
        f"December 18, 2020\n\n{BODY}",
        None,
    ),
]


@pytest.mark.parametrize(("page", "expected"), [p[1:] for p in PAGES], ids=[p[0] for p in PAGES])
def test_headline(page: str, expected: str | None) -> None:
    assert title_of(page) == expected


def test_headline_lines_leave_the_body() -> None:
    doc = ExtractMetadata()(PAGES[0][1])
    assert "Crossing ready ahead of schedule, officials say" not in doc.text
    assert FIRST_TEASER in doc.text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("# [Daily Planet](/)", True),
        ("# [Daily Planet](https://planet.example/)", True),
        ("# [Daily Planet](https://planet.example)", True),
        ('# [![Daily Planet](logo.png)](/ "Home")', True),
        ("# [Council Opens New Bridge](https://planet.example/news/bridge)", False),
        ("# [Council](/) opens a new bridge", False),
        ("# Council Opens New Bridge", False),
    ],
)
def test_home_link(raw: str, expected: bool) -> None:
    assert _home_link(raw) is expected


def test_runs_of_headings() -> None:
    headings = {1, 2, 3, 4, 8, 9, 10}
    assert [k for k in sorted(headings) if _in_run(k, headings)] == [1, 2, 3, 4]


def test_dated_runs() -> None:
    # headings 10, 13, 16, 19 each have a date right under them, some with a kicker
    # between the pairs (12) or right above a heading (15, a heading itself); 30 has one
    # but stands alone. The first pair of the run may be the article's own headline.
    headings = {10, 13, 15, 16, 19, 30}
    dated = {11, 14, 17, 20, 31}
    assert _dated_run(headings, dated) == {13, 16, 19}
    assert _dated_run({10, 13}, {11, 14}) == set()  # two pairs are not yet a list
    # a headline with its byline between it and its date, after a list of pairs
    assert _dated_run({1, 3, 5, 7}, {2, 4, 6, 9}, named={8}) == {3, 5}
    assert _dated_run({1, 3, 5, 7}, {2, 4, 6, 9}) == {3, 5, 7}
    # under the heading of a list ("More stories"), the first pair is a teaser too
    assert _dated_run(headings, dated, lists={8}) == {10, 13, 16, 19}
    assert _dated_run(headings, dated, lists={4}) == {13, 16, 19}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ann ExampleView More Articles", "Ann Example"),
        ("Jean-Luc ExempleVoir ses articles", "Jean-Luc Exemple"),
        ("Ann ExampleAlle Artikel", "Ann Example"),
        ("Major WeWork Layoffs Begin Today", None),
        ("NASA Picks SpaceX, Blue Origin", None),
        ("McDonald Joins The Band On Tour", None),
        ("Council Votes On The BudgetMore", None),
    ],
)
def test_glued_name(text: str, expected: str | None) -> None:
    assert _glued_name(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ann Example | Getty Images", True),
        ("Ann Example / Reuters", True),
        ("Ann Example/AFP", True),
        ("Ann Example | Afp", False),  # short agency names count in their own case
        ("Council Opens New Bridge | The Daily Example", False),
        ("Ann Example | Bob Example", False),
        ("Ann Example | Getty Images | Extra", False),
        # a body of one word credits a picture too; a headline's words do not
        ("Council / Reuters", True),
        ("Harbour / Reuters", True),
        ("Harbour Bridge Opens Today / Reuters Report", False),
    ],
)
def test_credit_line(text: str, expected: bool) -> None:
    assert _credit_line(text) is expected


def test_glued_copy() -> None:
    assert _glued_copy("home › news" + "a long enough headline", "a long enough headline")
    assert not _glued_copy("home › news" + "too short", "too short")
    assert not _glued_copy("the headline", "the headline")


def test_cut_copies() -> None:
    text = "A headline that goes on and on…\nShort…\nA sentence.\nThe next one has no end..."
    assert _cut_copies(split_lines(text)) == {
        "a headline that goes on and on",
        "the next one has no end",
    }


def test_hostile_cut_line() -> None:
    lines = split_lines("." * 100_000 + "\n" + "…" * 100_000)
    assert _cut_copies(lines) == set()


def test_an_author_box_names_the_author_and_leaves_the_headline_under_it() -> None:
    # The box's name is the byline; the headline right under it is not the byline's
    # publication (as a line under "By Ann Example" would be), and the brand before the
    # date ("Harbour News December 18, 2020") is not the author.
    page = (
        f"{MENU}Ann ExampleView More Articles\n{HEADLINE}\nHarbour News December 18, 2020"
        f"\n\n{BODY}"
    )
    found = ExtractMetadata()(page).metadata
    assert (found.title, found.authors) == (HEADLINE, ("Ann Example",))


def test_no_space_characters_found_fast_are_the_same() -> None:
    # NO_SPACE tests a range first: no character below it is of a script without spaces
    assert not NO_SPACE_CHAR.findall("".join(map(chr, range(0x0E00))))
    text = "東京 is ไทย, ‘quoted’ — ひらがな カタカナ ລາວ ខ្មែរ 𠀀 café"
    assert NO_SPACE.findall(text) == NO_SPACE_CHAR.findall(text)


@given(st.one_of(mixed_text(max_fragments=12), st.text(max_size=80)))
def test_a_line_folds_to_no_more_than_its_room_and_its_own_characters(raw: str) -> None:
    # the title's count of printed copies skips the lines too short to fold to a key, or
    # that lack one of its characters
    folded = fold(visible(raw)[0])
    assert len(folded) <= fold_room(raw)
    assert set(folded) - {" "} <= set(raw.casefold())


@pytest.mark.parametrize(
    "raw", ["[a]()[b]()[c]()", "ﬃ ß ΐ İ", "# [![x](i.png)](/)[y](/y)", "\\*[*a*](u)*"]
)
def test_fold_room_holds_for_glued_links_and_expanding_letters(raw: str) -> None:
    folded = fold(visible(raw)[0])
    assert len(folded) <= fold_room(raw)
    assert set(folded) - {" "} <= set(raw.casefold())


class _StartsAt:
    """A main-content locator that puts the body start at the first line starting with
    ``first`` (the end of the page ends it): a locator misled by a sidebar."""

    def __init__(self, first: str) -> None:
        self.first = first

    def region(self, text: str | Page) -> tuple[int, int] | None:
        text = text if isinstance(text, str) else text.text
        at = text.find("\n" + self.first)
        return (at + 1, len(text)) if at >= 0 else None


SIDEBAR = "\n".join(
    f"Reader pick: the {t}, and why people in the city love them"
    for t in (
        "harbour piers", "steel deck", "river road", "bus lanes", "old ferry", "town hall",
        "rail link", "night market", "park benches", "canal locks", "tram depot", "fish market",
    )
)  # fmt: skip


@pytest.mark.parametrize(
    ("below", "expected"),
    [
        ("By Ann Example\nDecember 18, 2020", HEADLINE),  # its byline and date: the headline
        ("December 18, 2020", HEADLINE),
        ("Send it to a friend", None),  # nothing says it is the article's own
    ],
)
def test_a_body_that_starts_with_a_list_of_links_reaches_down_to_its_prose(
    below: str, expected: str | None
) -> None:
    # the locator reads the sidebar's links as the start of the body: the headline, right
    # above the first paragraph of prose, lies far past the lines after the body start
    page = f"{MENU}{SIDEBAR}\n{HEADLINE}\n{below}\n\n{BODY}"
    found = extract(ExtractMetadata(), read_page(Page.of(page), _StartsAt("Reader pick")))
    assert found.metadata.title == expected


def test_prose_near_the_body_start_keeps_the_window_short() -> None:
    # with a paragraph among the lines after the body start, a heading further down is
    # a subheading of the article, not its headline
    page = f"{MENU}{SIDEBAR}\n{PROSE['en']}\n{SIDEBAR}\n{HEADLINE}\nBy Ann Example\n\n{BODY}"
    found = extract(ExtractMetadata(), read_page(Page.of(page), _StartsAt("Reader pick")))
    assert found.metadata.title != HEADLINE


@pytest.mark.parametrize(
    ("line", "interface"),
    [
        ("Share this story", True),
        ("Lire la suite de notre dossier", True),
        ("Clique aqui para ver as fotos", True),
        ("Czytaj więcej o moście", True),
        ("Il ponte: leggi tutto", True),
        ("Hier klicken für mehr Bilder", True),
        # look-alikes: the single words of those buttons are common words there
        ("Die Folgen des Brückenbaus", False),
        ("Seguir el río hasta el puente", False),
        ("Suivre la rivière jusqu'au pont", False),
        ("Delen van de brug gaan dicht", False),
    ],
)
def test_interface_words_that_cost_a_headline_points(line: str, interface: bool) -> None:
    assert (UI_WORDS.search(line) is not None) == interface
