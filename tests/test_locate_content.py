"""The main-content locator: kept and removed lines, languages, idempotence, the audit."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import seedclean
from growth import Scalable, assert_linear, repeated
from locators import keeping
from seedclean import Reason
from seedclean.cleaners import LocateContent
from seedclean.cleaners.locate_content import Label
from seedclean.page import Page
from seedclean.stopwords import STOPWORDS, detect_language
from seedclean.testing import check_all, clean_ascii_text, mixed_text

EN = (
    "The council voted on Tuesday to extend the program for another two years, and the "
    "mayor said that the money would come from the reserve fund that was set up in 2019. "
)
DE = (
    "Der Stadtrat hat am Dienstag beschlossen, das Programm um zwei weitere Jahre zu "
    "verlängern, und die Bürgermeisterin sagte, dass das Geld aus der Rücklage kommen wird. "
)
FR = (
    "Le conseil municipal a voté mardi pour prolonger le programme de deux ans, et la maire "
    "a déclaré que l'argent viendrait du fonds de réserve qui a été créé en 2019. "
)
RU = (
    "Городской совет во вторник проголосовал за продление программы ещё на два года, и мэр "
    "заявила, что деньги будут взяты из резервного фонда, который был создан в 2019 году. "
)
AR = (
    "صوت المجلس البلدي يوم الثلاثاء على تمديد البرنامج لمدة عامين آخرين، وقالت رئيسة البلدية "
    "إن الأموال ستأتي من صندوق الاحتياط الذي تم إنشاؤه في عام 2019. "
)
FA = (
    "شورای شهر روز سه‌شنبه به تمدید این برنامه برای دو سال دیگر رأی داد و شهردار گفت که "
    "این پول از صندوق ذخیره‌ای که در سال ۲۰۱۹ ایجاد شد تأمین خواهد شد. "
)
ZH = "市议会星期二投票决定将该计划再延长两年，市长表示，这笔钱将来自二零一九年设立的储备基金。"
JA = (
    "市議会は火曜日、この計画をさらに二年間延長することを決め、"
    "市長は資金が準備基金から出ると述べた。"
)
ES = (
    "El consejo municipal votó el martes para extender el programa por dos años más, y la "
    "alcaldesa dijo que el dinero vendría del fondo de reserva creado en 2019. "
)

MENU = "\n".join(["Home", "World", "Business", "Sport", "Culture", "Opinion", "Contact"])
FOOTER = "\n".join(["About", "Careers", "Privacy", "Terms", "Sitemap"])


def page(paragraph: str, n: int = 4) -> str:
    body = "\n\n".join([paragraph * 2] * n)
    return f"{MENU}\n\n{body}\n\n{FOOTER}"


@pytest.mark.parametrize("paragraph", [EN, DE, FR, ES, RU, AR, FA, ZH * 3, JA * 3])
def test_article_kept_and_menus_removed_in_many_languages(paragraph: str) -> None:
    doc = LocateContent()(page(paragraph))
    assert doc.text.count(paragraph * 2) == 4, "every paragraph of the article stays"
    for item in ("Home", "Business", "Contact", "Privacy", "Sitemap"):
        assert item not in doc.text
    assert {e.reason for e in doc.audit} == {Reason.OUTSIDE_MAIN_CONTENT}


def test_subheadings_inside_the_article_stay() -> None:
    text = f"{MENU}\n\n{EN * 2}\n\nWhat happens next\n\n{EN * 2}\n\n{FOOTER}"
    assert "What happens next" in LocateContent()(text).text


def test_link_list_inside_the_article_region_is_removed() -> None:
    links = "\n".join(f"[Story number {i}](https://example.org/{i})" for i in range(3))
    text = f"{EN * 2}\n\n{links}\n\n{EN * 2}"
    doc = LocateContent()(text)
    assert "Story number" not in doc.text
    assert doc.text.count(EN * 2) == 2
    removed = [e for e in doc.audit if "Story number 1" in e.old]
    assert removed
    assert removed[0].reason is Reason.LOW_CONTENT_SCORE
    assert removed[0].score == 1.0
    assert removed[0].threshold == 0.2


def test_audit_records_score_and_threshold() -> None:
    doc = LocateContent()(page(EN))
    assert doc.audit
    assert all(e.score is not None and e.threshold is not None for e in doc.audit)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Home\nNews\nSport",  # nothing looks like prose: left alone
        "Just one short line.",
        EN,  # a single paragraph
        f"{EN * 2}\n\n{DE * 2}",  # two languages
    ],
)
def test_texts_without_boilerplate_are_left_alone(text: str) -> None:
    assert LocateContent()(text).audit == ()


def test_removed_lines_leave_no_blank_runs_of_their_own() -> None:
    doc = LocateContent()(page(EN))
    assert not doc.text.startswith("\n\n\n")
    assert "\n\n\n\n" not in doc.text


def test_labels_are_strings_for_debugging() -> None:
    assert Label.GOOD.value == "good"
    assert Label("near_good") is Label.NEAR_GOOD


def test_options_round_trip() -> None:
    cleaner = LocateContent(length_low=50, bad_penalty=10)
    assert LocateContent(**cleaner.options()) == cleaner


@given(text=st.one_of(mixed_text(), st.text()))
def test_laws_on_arbitrary_text(text: str) -> None:
    check_all(LocateContent(), text)


@st.composite
def scraped_pages(draw: st.DrawFn) -> str:
    parts = draw(
        st.lists(
            st.sampled_from(
                [EN * 2, DE * 2, MENU, FOOTER, "Share", "Read more", ZH * 2, "* [x](y)"]
            ),
            min_size=1,
            max_size=12,
        )
    )
    sep = draw(st.sampled_from(["\n", "\n\n"]))
    return sep.join(parts)


@given(text=scraped_pages())
def test_laws_on_scraped_pages(text: str) -> None:
    check_all(LocateContent(), text)


@given(text=clean_ascii_text())
def test_clean_prose_passes_through(text: str) -> None:
    # Prose made only of sentences, none of them bad on its own (a line of bare URLs
    # is), is never cut: short sentences are near-good and join the good text around them.
    locator = LocateContent()
    infos, _ = locator.analyse(Page.of(text))
    lang = detect_language("\n".join(i.plain for i in infos))
    lang = lang if lang in STOPWORDS else None
    assume(all(locator._classify(info, lang).label is not Label.BAD for info in infos))
    assert locator(text).text == text


HOSTILE: dict[str, Scalable] = {
    "brackets": repeated("[", 50_000),
    "parens": repeated("(", 50_000),
    "spaces": repeated(" ", 1_000_000, end="x"),
    "many-paragraphs": repeated("word " * 40 + ".\n", 20_000),
    "many-short-lines": Scalable(lambda k: "\n".join(["Home"] * k), 100_000),
    "quote-marks": repeated("> ", 500_000),
    "bold-no-label": repeated("a", 1_000_000, start="**", end=":"),
    "long-quote": Scalable(
        lambda k: "\n".join(["> quoted line of a long blockquote."] * k), 50_000
    ),
    "many-labels": Scalable(lambda k: ("**Label:** " * k + "\n") * 5, 100_000),
    "many-addresses": Scalable(
        lambda k: "Ticket details: " + "http://" * k + " www." * k, 200_000
    ),
    "long-announced-list": Scalable(
        lambda k: ("The dates:\n" + "\n".join(["May 3 -- Hall"] * k) + "\n\n") * 2, 50_000
    ),
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_input_cost_is_linear(name: str) -> None:
    case = HOSTILE[name]
    assert_linear(LocateContent(), case.make, case.n)


SENTENCES = [
    "The council voted on Tuesday to extend the program for two more years.",
    "The mayor said that the money would come from the reserve fund.",
    "Opponents of the plan said that the fund was meant for emergencies.",
    "A final vote on the budget is expected in the spring of next year.",
]


def test_a_menu_after_a_short_sentence_is_not_rescued_by_it() -> None:
    # jusText turns a short line good when its nearest long neighbour is near-good; a
    # long run of short lines is a menu, not a heading, and stays bad.
    notice = "News Corp is a network of companies in media, news and information services."
    text = f"{notice}\n{MENU}\n{FOOTER}\n\n{EN * 2}\n\n{EN * 2}"
    doc = LocateContent()(text)
    assert doc.text.strip() == f"{EN * 2}\n\n{EN * 2}".strip()


def test_max_short_run_is_an_option() -> None:
    notice = "News Corp is a network of companies in media, news and information services."
    text = f"{notice}\nOne\nTwo\nThree\n\n{EN * 2}"
    assert "Three" in LocateContent(max_short_run=5)(text).text


def test_a_paragraph_that_links_a_few_words_is_prose() -> None:
    linked = (
        "The campaign, which includes both digital and TV ads, cost the state about "
        "$449,000, [according to the paper that has followed the campaign since its start]"
        "(https://example.org/news/2019/11/18/ad)."
    )
    text = f"{MENU}\n\n{EN * 2}\n\n{linked}\n\n{EN * 2}\n\n{FOOTER}"
    doc = LocateContent()(text)
    assert linked in doc.text
    assert LocateContent(max_prose_link_density=0.2)(text).text.count(linked) == 0


def test_image_lines_do_not_split_the_article() -> None:
    image = "![a photo](https://example.org/img/photo.jpg)"
    body = [EN * 2, SENTENCES[0], image, SENTENCES[1], image, SENTENCES[2], SENTENCES[3]]
    text = MENU + "\n\n" + "\n\n".join(body) + "\n\n" + FOOTER
    doc = LocateContent()(text)
    for sentence in SENTENCES:
        assert sentence in doc.text
    assert "Sitemap" not in doc.text


def test_a_paragraph_of_one_sentence_per_line_is_good() -> None:
    # Each line is too short to be good alone; together they are a paragraph.
    link_line = "[More stories](https://example.org/more) [Latest](https://example.org/l)"
    text = f"{MENU}\n\n{link_line}\n" + "\n".join(SENTENCES) + f"\n{link_line}\n\n{FOOTER}"
    doc = LocateContent()(text)
    assert doc.text.strip() == "\n".join(SENTENCES)


def test_region_of_a_blank_text_is_none() -> None:
    assert LocateContent().region("") is None
    assert LocateContent().region("\n\n  \n") is None


STRAY_PAGE = "\n".join(
    ["Home", "More", *(f"Menu item {n}" for n in range(30)), "Council Opens The Bridge"]
    + [f"Paragraph {n} of the article, long enough to be no stray at all." for n in range(5)]
    + [f"Footer link {n}" for n in range(30)]
    + ["Top"]
)


@pytest.mark.parametrize(
    ("keep", "first", "last"),
    [
        # a menu's "More" kept far above the article, and "Top" far below: strays
        ({1, *range(32, 38), 68}, "Council Opens The Bridge", "Paragraph 4"),
        # a short line kept near the article is its own
        ({25, *range(32, 38)}, "Menu item 23", "Paragraph 4"),
        # a long line kept far above is no stray
        ({33, *range(36, 38)}, "Paragraph 0", "Paragraph 4"),
        # kept lines that are all short and far apart: the first run stays
        ({1, 68}, "More", "Top"),
    ],
)
def test_the_region_leaves_out_a_stray_line_kept_far_from_the_article(
    keep: set[int], first: str, last: str
) -> None:
    region = keeping(lambda k, _: k in keep).region(STRAY_PAGE)
    assert region is not None
    text = STRAY_PAGE[region[0] : region[1]]
    assert text.startswith(first)
    assert text.rsplit("\n", 1)[-1].startswith(last)


def test_a_call_to_action_link_does_not_cut_the_paragraph_after_it() -> None:
    # A short paragraph between two lone links would be bad under jusText's rule.
    cta = "**[GET OUR APP BY CLICKING HERE](https://example.org/apps)**"
    short = "Shares of the company are up 39 percent this year while the index is up 24."
    text = "\n\n".join([MENU, EN * 2, cta, short, cta, FOOTER])
    assert short in LocateContent()(text).text


def test_a_link_split_over_lines_counts_as_a_link() -> None:
    # html2text breaks a teaser's link around its headline, byline and date.
    teaser = "[ Another story: the mayor will publish the figures next year.\n](/news/another)"
    text = "\n\n".join([EN * 2, teaser, EN * 2, FOOTER])
    doc = LocateContent()(text)
    assert "Another story" not in doc.text
    assert doc.text.count(EN * 2) == 2


LINKED_MENU = "\n".join(
    f"  * [{name}](https://example.org/{name.lower()})"
    for name in ("Home", "World", "Business", "Sport", "Culture", "Opinion")
)


def test_an_embedded_quote_stays_whole_with_its_attribution() -> None:
    # The attribution line of a quoted post is short and linked: on its own it is bad,
    # and it would cut the paragraph after it off from the article.
    quote = (
        "> The new bridge will open to traffic in the spring, two months later than we had "
        "hoped, because the steel for the deck arrived late from the mill this winter, and "
        "the crews who were to lay it have been working on the ring road in the meantime.\n"
        ">\n"
        "> — City Works Office (@cityworks) [March 3, 2024](https://example.org/p/123)"
    )
    after = "Drivers will keep using the ferry until then, the office said in its notice."
    text = "\n\n".join([LINKED_MENU, EN * 2, EN * 2, quote, after, FOOTER])
    doc = LocateContent()(text)
    assert quote in doc.text
    assert after in doc.text
    assert "Sitemap" not in doc.text


def test_a_quote_with_no_good_line_is_judged_line_by_line() -> None:
    # Only a good line carries the quote; a quoted link list stays a link list.
    links = "\n".join(f"> [Story number {i}](https://example.org/{i})" for i in range(3))
    text = "\n\n".join([EN * 2, links, EN * 2])
    doc = LocateContent()(text)
    assert "Story number" not in doc.text
    assert doc.text.count(EN * 2) == 2


def test_subheadings_and_list_items_inside_the_article_stay() -> None:
    # A listicle: each item's heading and its bullet points read like menu items on
    # their own, but between the article's paragraphs they are its structure.
    body = "\n\n".join(
        [
            EN * 2,
            "## Garden chairs, set of four",
            "  * Folds flat for the winter\n"
            "  * Weatherproof frame of powder-coated aluminium with stainless steel hinges\n"
            "  * Two colours",
            DE * 2,
            "### 2. Parasol",
            "  1. Tilts to three angles\n  2. Comes with a base",
            EN * 2,
        ]
    )
    text = f"{LINKED_MENU}\n\n{body}\n\n{FOOTER}"
    doc = LocateContent()(text)
    for item in ("## Garden chairs", "Folds flat", "Weatherproof frame", "Two colours"):
        assert item in doc.text
    assert "[Home]" not in doc.text
    assert "Sitemap" not in doc.text


def test_linked_list_items_inside_the_article_still_go() -> None:
    # A list of links between paragraphs is a box of teasers, not the article's list.
    teasers = "\n".join(f"  * [Story number {i}](https://example.org/{i})" for i in range(3))
    heading = "### [Most read](https://example.org/popular)"
    text = "\n\n".join([EN * 2, heading, teasers, EN * 2])
    doc = LocateContent()(text)
    assert "Story number" not in doc.text
    assert "Most read" not in doc.text
    assert doc.text.count(EN * 2) == 2


def test_the_lines_a_colon_announces_stay_with_the_article() -> None:
    # A tour's dates, a race calendar: short lines that follow their colon line in one
    # paragraph belong to the article, though each alone looks like a menu item.
    dates = (
        "Dates of the tour:\n"
        "May 3 -- Harbour Hall, Northtown\n"
        "May 5 -- The Old Mill, Eastbridge\n"
        "May 9 -- City Arena, Westford"
    )
    text = "\n\n".join([LINKED_MENU, EN * 2, EN * 2, dates, FOOTER])
    doc = LocateContent()(text)
    assert dates in doc.text
    assert "Sitemap" not in doc.text
    # a colon at the end of the article's last paragraph works the same way
    lead = EN * 2 + "These are the dates:"
    text = "\n\n".join([LINKED_MENU, EN * 2, lead + "\n" + dates.split("\n", 1)[1], FOOTER])
    assert "City Arena, Westford" in LocateContent()(text).text


def test_a_colon_does_not_take_the_next_paragraph_or_links() -> None:
    # What follows a blank line is another paragraph; a linked line ends the run.
    share = "Share this:\n\n  * Facebook\n  * Email"
    follow = "Follow us on:\n[Twitter](https://example.org/t)\n[Video](https://example.org/v)"
    for after in (share, follow):
        text = "\n\n".join([EN * 2, EN * 2, after, FOOTER])
        doc = LocateContent()(text)
        assert "Facebook" not in doc.text
        assert "[Twitter]" not in doc.text
        assert "Sitemap" not in doc.text
        assert doc.text.count(EN * 2) == 2


def test_bold_labels_and_quoted_lines_inside_the_article_stay() -> None:
    # Run-in labels and short quoted lines have few stop words and no full stop: bad on
    # their own, but the article's structure between its paragraphs.
    label = "**Group A:** Northtown, Eastbridge, Westford and the winner of the playoff"
    label_fr = "**Groupe B :** Nordville, Estpont, Ouestford et le vainqueur du barrage"
    quoted = "> [#Northtown](https://example.org/tag) fans, the final whistle is near at the cup"
    text = "\n\n".join(
        [LINKED_MENU, EN * 2, label, label_fr, EN * 2, quoted, EN * 2, FOOTER]
    )
    doc = LocateContent()(text)
    for line in (label, label_fr, quoted):
        assert line in doc.text
    assert "Sitemap" not in doc.text


def test_a_bold_line_without_a_label_is_not_structure() -> None:
    # Only a bold label ending in a colon marks a run-in heading; a bold teaser or a
    # bold link inside the region still goes.
    teaser = "**Northtown council to vote on the new bridge budget next Tuesday night**"
    linked = "**See also:** [Northtown bridge](https://example.org/bridge) [More](/more)"
    text = "\n\n".join([EN * 2, teaser, linked, EN * 2])
    doc = LocateContent()(text)
    assert teaser not in doc.text
    assert "See also" not in doc.text
    assert doc.text.count(EN * 2) == 2


def test_a_labelled_link_does_not_cut_the_paragraph_after_it() -> None:
    # "Also: [another story](…)" between paragraphs is passed over like a lone link, so
    # the near-good paragraph after it keeps its good neighbour.
    also = "**Also:**[See the council's full budget for next year](https://example.org/b)"
    short = "Shares of the company are up 39 percent this year while the index is up 24."
    text = "\n\n".join([LINKED_MENU, EN * 2, also, short, "Sitemap\nPrivacy"])
    doc = LocateContent()(text)
    assert short in doc.text
    # a link in the middle of a line is not a labelled link
    mid = "**Also:** [See the budget](https://example.org/b) for the figures on the bridge"
    text = "\n\n".join([LINKED_MENU, EN * 2, mid, short, "Sitemap\nPrivacy"])
    assert short not in LocateContent()(text).text


def test_web_addresses_do_not_dilute_the_stop_words_of_a_line() -> None:
    # A sentence that ends with the address of its source is still prose.
    credit = (
        "This week's episode is sponsored by the music festival in our city, taking place "
        "18-24 May. Ticket details: <https://example.org/festival/tickets/2024/spring>"
    )
    text = "\n\n".join([LINKED_MENU, EN * 2, EN * 2, credit, FOOTER])
    assert credit in LocateContent()(text).text
    # the address itself is no evidence of prose: a line of addresses stays bad
    addresses = "Sources: <https://example.org/the/report/of/the/year> www.example.org/of/the"
    assert addresses not in LocateContent()("\n\n".join([EN * 2, EN * 2, addresses])).text


def test_removals_keep_both_labels_of_the_line() -> None:
    # jusText's habit: the class a line got on its own and the one its neighbours gave it
    # are both in the audit, so a report can say why a line went.
    para = (
        "A paragraph of the article, which is written in sentences and has all the small "
        "words that prose has, so that it is easy to recognise as prose. "
    ) * 2
    doc = LocateContent()(para + "\n\nContact")
    [edit] = doc.audit
    assert edit.old.strip() == "Contact"
    assert (edit.context_free, edit.revised) == ("short", "bad")
    assert edit.to_json()["context_free"] == "short"
    assert edit.to_json()["revised"] == "bad"
    # a line that no classifier labelled has neither
    assert "context_free" not in seedclean.RemoveCaptions()("Photo: Ann\nText.").audit[0].to_json()
