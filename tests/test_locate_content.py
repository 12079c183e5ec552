"""The main-content locator: kept and removed lines, languages, idempotence, the audit."""

from __future__ import annotations

import time

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from seedclean import Reason
from seedclean.cleaners import LocateContent
from seedclean.cleaners.locate_content import Label, _line_info
from seedclean.lines import split_lines
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
    infos = [_line_info(line) for line in split_lines(text) if not line.is_blank]
    lang = detect_language("\n".join(i.plain for i in infos))
    lang = lang if lang in STOPWORDS else None
    assume(all(locator._classify(info, lang).label is not Label.BAD for info in infos))
    assert locator(text).text == text


@pytest.mark.parametrize(
    "hostile",
    [
        "[" * 50_000,
        "(" * 50_000,
        " " * 1_000_000 + "x",
        ("word " * 40 + ".\n") * 20_000,
        "\n".join(["Home"] * 100_000),
    ],
    ids=["brackets", "parens", "spaces", "many-paragraphs", "many-short-lines"],
)
def test_hostile_inputs_finish_quickly(hostile: str) -> None:
    start = time.perf_counter()
    LocateContent()(hostile)
    assert time.perf_counter() - start < 20


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
