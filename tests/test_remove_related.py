"""``remove_related``: related-content blocks go, the article stays."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from seedclean import Reason, replay
from seedclean.cleaners import RemoveRelated
from seedclean.testing import check_all, strategies

P1 = "The committee met on Tuesday to discuss the new budget, which was approved after a long debate."  # noqa: E501
P2 = (
    "Opposition members said the spending plans were unrealistic and would have to be revised soon."
)
P3 = "The finance minister rejected the criticism and promised to publish detailed figures next week."  # noqa: E501
P4 = "Analysts expect the debate to continue when parliament returns from its summer recess in September."  # noqa: E501
ARTICLE = "\n\n".join([P1, P2, P3, P4])

KEPT: list[tuple[str, dict[str, Any]]] = [
    (ARTICLE, {}),
    # an article's own subheading followed by prose
    (ARTICLE + "\n\nRelated research\n\n" + ARTICLE, {}),
    (ARTICLE + "\n\nRelated\n\n" + ARTICLE, {}),
    (ARTICLE + "\n\nLatest\n\n" + P1, {}),
    # "related" inside prose
    (ARTICLE + "\n\nRelated articles appeared in other papers, the spokesman said last week.", {}),
    # a heading with nothing under it
    (ARTICLE + "\n\nRelated articles", {}),
    ("", {}),
]


@pytest.mark.parametrize(("text", "options"), KEPT)
def test_kept(text: str, options: dict[str, Any]) -> None:
    doc = RemoveRelated(**options)(text)
    assert doc.text == text
    assert doc.audit == ()


TEASERS = "[Other story](/a)\n\nMay 3, 2024\n\n[Another story](/b)\n\nMay 1, 2024"
SERIES = "Also in the series:\n\nFirst part of it, 7 November 2020\n\nSecond part, 4 October 2020"

CHANGED: list[tuple[str, dict[str, Any], str]] = [
    (ARTICLE + "\n\nRelated articles\n\n" + TEASERS, {}, ARTICLE),
    (ARTICLE + "\n\n" + SERIES, {}, ARTICLE),
    (ARTICLE + "\n\nRECOMMENDED\n\nBRIEF\n\n[Title](#)\n\nFeb 11, 2022\n\nAn Author", {},
     ARTICLE),
    (ARTICLE + "\n\n## You may also like\n\n- [A](/a)\n- [B](/b)", {}, ARTICLE),
    (ARTICLE + "\n\nMore from Example News\n\n" + TEASERS, {}, ARTICLE),
    # teaser paragraphs between headlines belong to the block
    (ARTICLE + "\n\nRead next\n\nA headline\n\n" + P1 + "\n\nAnother headline\n\n" + P2, {},
     ARTICLE),
    # the article resumes after three long paragraphs in a row
    (ARTICLE + "\n\nRelated articles\n\n" + TEASERS + "\n\n" + ARTICLE, {},
     ARTICLE + "\n\n" + ARTICLE),
    (ARTICLE + "\n\nRelated articles\n\n" + TEASERS + "\n\n" + "\n\n".join([P1, P2]), {},
     ARTICLE),
    (ARTICLE + "\n\nRelated articles\n\n" + TEASERS + "\n\n" + "\n\n".join([P1, P2]),
     {"resume_after_paragraphs": 2}, ARTICLE + "\n\n" + "\n\n".join([P1, P2])),
    # a heading near the top only takes its list
    ("Related\n\n- [A](/a)\n- [B](/b)\n\nShort byline\n\n" + ARTICLE, {},
     "Short byline\n\n" + ARTICLE),
    # other languages
    (ARTICLE + "\n\nÄhnliche Artikel\n\n" + TEASERS, {}, ARTICLE),
    (ARTICLE + "\n\nÀ lire aussi :\n\n" + TEASERS, {}, ARTICLE),
    (ARTICLE + "\n\nArtículos relacionados\n\n" + TEASERS, {}, ARTICLE),
    (ARTICLE + "\n\nLeia também\n\n" + TEASERS, {}, ARTICLE),
    (ARTICLE + "\n\nLeggi anche\n\n" + TEASERS, {}, ARTICLE),
    (ARTICLE + "\n\nЧитайте также:\n\n" + TEASERS, {}, ARTICLE),
    (ARTICLE + "\n\n相关文章\n\n" + TEASERS, {}, ARTICLE),
    (ARTICLE + "\n\n関連記事\n\n" + TEASERS, {}, ARTICLE),
    (ARTICLE + "\n\nاقرأ أيضاً\n\n" + TEASERS, {}, ARTICLE),
    (ARTICLE + "\n\nمطالب مرتبط\n\n" + TEASERS, {}, ARTICLE),
    # user headings
    (ARTICLE + "\n\nWeitere Meldungen\n\n" + TEASERS, {"extra_headings": ["Weitere Meldungen"]},
     ARTICLE),
]  # fmt: skip


@pytest.mark.parametrize(("text", "options", "expected"), CHANGED)
def test_changed(text: str, options: dict[str, Any], expected: str) -> None:
    doc = RemoveRelated(**options)(text)
    assert doc.text == expected
    assert {e.reason for e in doc.audit} == {Reason.RELATED_CONTENT}
    assert replay(text, doc.audit) == expected


def test_options() -> None:
    assert RemoveRelated().options() == {
        "resume_after_paragraphs": 3,
        "opening_share": 0.2,
        "extra_headings": [],
        "comment_sections": True,
    }
    with pytest.raises(ValueError, match="resume_after_paragraphs"):
        RemoveRelated(resume_after_paragraphs=0)
    with pytest.raises(TypeError):
        RemoveRelated(extra_headings="Weitere")  # type: ignore[arg-type]


LINES = (
    "Related articles", "Recommended", "Read next", "Latest", "[A story](/a)", "- [B](/b)",
    "May 3, 2024", "A headline", P1, P2, P3, "", "", "Share", "12 Comments",
    "Leave a Reply", "jane says:",
)  # fmt: skip


def related_mix() -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(LINES), max_size=30).map("\n".join)


@settings(max_examples=200, deadline=None)
@given(strategies.mixed_text())
def test_laws_on_mixed_text(text: str) -> None:
    check_all(RemoveRelated(), text)


@settings(max_examples=300, deadline=None)
@given(related_mix())
def test_laws_on_related_mix(text: str) -> None:
    check_all(RemoveRelated(), text)


@settings(max_examples=200, deadline=None)
@given(strategies.clean_ascii_text())
def test_clean_prose_passes_unchanged(text: str) -> None:
    doc = RemoveRelated()(text)
    assert doc.text == text
    assert doc.audit == ()


COMMENTS = "\n".join(
    [
        "34 Comments",
        "",
        "jane_doe says:",
        "November 19, 2019 at 6:34 am",
        "",
        P1,
        "",
        "mark77 says:",
        "November 19, 2019 at 6:44 am",
        "",
        P2,
    ]
)


@pytest.mark.parametrize("heading", ["34 Comments", "Leave a Reply", "Kommentare (12)"])
def test_comment_section_is_removed_to_the_end(heading: str) -> None:
    text = f"{P1}\n\n{P2}\n\n{P3}\n\n" + COMMENTS.replace("34 Comments", heading)
    doc = RemoveRelated()(text)
    assert doc.text == f"{P1}\n\n{P2}\n\n{P3}"
    assert {e.reason for e in doc.audit} == {Reason.COMMENTS}


def test_comment_sections_can_be_left_to_other_cleaners() -> None:
    text = f"{P1}\n\n{P2}\n\n{P3}\n\n{COMMENTS}"
    assert RemoveRelated(comment_sections=False)(text).audit == ()


def test_a_comments_heading_followed_by_prose_stays() -> None:
    # "Comments" as a subheading over prose: the article goes on
    text = f"{P1}\n\nComments\n\n{P2}"
    assert RemoveRelated()(text).audit == ()


@pytest.mark.parametrize(
    "heading",
    [
        "34 responses to “What the committee decided”",
        "5 thoughts on “What the committee decided”",
        "One response to “Budget”",
        "12 Kommentare zu „Der Haushalt“",
        "3 réflexions sur « Le budget »",
        "7 comentarios en «El presupuesto»",
        "19 Responses",
        "{ 69 comments… read them below or add one }",
        "4 Kommentare:",
    ],
)
def test_a_comment_count_heading_opens_a_comment_block(heading: str) -> None:
    thread = "\n".join(
        [heading, "1. jane_doe says:", "May 2, 2020 at 6:34 am", "I agree with this piece."]
    )
    text = f"{P1}\n\n{P2}\n\n{thread}"
    doc = RemoveRelated()(text)
    assert doc.text == f"{P1}\n\n{P2}"
    assert {e.reason for e in doc.audit} == {Reason.COMMENTS}


def test_long_comments_do_not_end_the_thread() -> None:
    # Three prose paragraphs in a row would mean the article resumes, but a later
    # signature line shows the thread goes on.
    thread = "\n".join(
        [
            "34 responses to “What the committee decided”",
            "1. jane_doe says:",
            "May 2, 2020 at 6:34 am",
            P1, P2, P3, P4,
            "2. mark77 says:",
            "May 2, 2020 at 7:02 am",
            "Short and to the point.",
        ]
    )  # fmt: skip
    text = f"{P1}\n\n{P2}\n\n{thread}"
    assert RemoveRelated()(text).text == f"{P1}\n\n{P2}"


def signed(*heads: str) -> str:
    """A thread of comments whose heading was lost: each signature, then a comment."""
    return "\n\n".join(f"  * {head}\n\n    {P4}" for head in heads)


SIGNATURES = ("Ann on May 2, 2020 at 6:34 am said:", "Bob on May 3, 2020 at 7:02 pm said:")


@pytest.mark.parametrize(
    ("thread", "goes"),
    [
        # three dated signatures and no heading: a thread, to its last comment
        (signed(*SIGNATURES, "Cy on May 4, 2020 at 9:15 am said:"), True),
        (
            signed(
                "Ann Example says:\n\nMay 2, 2020 at 6:34 am",
                "Bob Example says:\n\nMay 3, 2020",
                "Cy Example says:\n\n4 May 2020",
            ),
            True,
        ),
        # look-alikes that stay: two signatures only, and an interview's speakers, undated
        (signed(*SIGNATURES), False),
        (signed("Ann Example said:", "The minister said:", "Bob Example said:"), False),
    ],
)
def test_a_thread_without_its_heading(thread: str, goes: bool) -> None:
    text = f"{P1}\n\n{P2}\n\n{thread}"
    doc = RemoveRelated()(text)
    assert doc.text == (f"{P1}\n\n{P2}" if goes else text)
    assert {e.reason for e in doc.audit} == ({Reason.COMMENTS} if goes else set())
    assert RemoveRelated(comment_sections=False)(text).text == text


def test_a_thread_without_its_heading_needs_an_article_above_it() -> None:
    text = signed(*SIGNATURES, "Cy on May 4, 2020 at 9:15 am said:")
    assert RemoveRelated()(text).text == text


def test_a_comment_count_in_the_post_header_does_not_take_the_article() -> None:
    # The count links to the thread below the article; the article resumes right under
    # it, before any comment's signature.
    thread = "\n".join(
        [
            "2 Comments",
            "1. jane_doe says:",
            "May 2, 2020 at 6:34 am",
            "I agree with this piece.",
            "2. mark77 says:",
            "May 2, 2020 at 7:02 am",
            "Short and to the point.",
        ]
    )
    text = f"Comments: 2\nPosted in: Politics\n\n{P1}\n\n{P2}\n\n{P3}\n\n{P4}\n\n{thread}"
    doc = RemoveRelated()(text)
    assert doc.text.endswith(f"{P1}\n\n{P2}\n\n{P3}\n\n{P4}")
    assert "Comments: 2" not in doc.text
    assert {e.reason for e in doc.audit} == {Reason.COMMENTS}


def posted(*comments: str) -> str:
    """A thread: each comment, then its signature line with a date and time."""
    return "\n\n".join(
        f"{comment}\n\nPosted by: Reader {n} | May {n}, 2020 at 6:3{n} PM"
        for n, comment in enumerate(comments, 1)
    )


FOOTER = "\n".join(f"* [Archive {n}](/archive/{n})" for n in range(60))


def test_a_comments_heading_over_its_thread_near_the_top_takes_the_thread() -> None:
    # A long footer puts the heading in the text's opening share, and the comments hold
    # more prose than the article: neither makes it a box of links over the article.
    thread = posted("Love it!", P3, P4, "Short and to the point.")
    text = f"{P1}\n\n{P2}\n\n### Comments\n\n{thread}\n\n{FOOTER}"
    assert text.index("### Comments") < 0.2 * len(text)
    doc = RemoveRelated()(text)
    # as below the article anywhere, the block runs on while no article resumes
    assert doc.text == f"{P1}\n\n{P2}"
    assert {e.reason for e in doc.audit} == {Reason.COMMENTS}


def test_a_comment_count_over_the_post_s_own_byline_keeps_the_post() -> None:
    # The post's header: a comment count over the post's dated byline, which reads like a
    # comment's signature. No article stands above it, so it takes only itself, not the
    # short post under it (two paragraphs: too few to say the article resumed).
    header = "3 Comments\nPosted by: Ann Writer | May 1, 2020 at 9:00 AM"
    thread = posted("Love it!", "Agreed.", "Short and to the point.")
    text = f"{header}\n\n{P1}\n\n{P2}\n\nComments\n\n{thread}"
    doc = RemoveRelated()(text)
    assert doc.text.startswith(f"Posted by: Ann Writer | May 1, 2020 at 9:00 AM\n\n{P1}\n\n{P2}")
    assert "Love it!" not in doc.text


@pytest.mark.parametrize(
    "line",
    [
        "34 responses were counted by the committee, the chairman said.",
        "12 comments (of 40 received) supported the plan.",
        "She says: the budget is balanced.",
        "At 6:34 am the vote began.",
    ],
)
def test_look_alike_prose_is_not_a_comment_heading(line: str) -> None:
    text = f"{P1}\n\n{line}\n\n{P2}\n\n{P3}"
    assert RemoveRelated()(text).audit == ()


def test_a_heading_above_the_article_takes_only_its_list() -> None:
    # The heading stands over a box of links, and the article comes after it: the block
    # would take more prose than there is above it, and a longer paragraph.
    long_paragraph = " ".join([P1, P2, P3])
    menu = "\n".join(f"* [Section {n}](/section/{n})" for n in range(40))
    text = "\n\n".join(
        [menu, "Latest news", "[Other story](/a)", long_paragraph, P4, "Share", long_paragraph]
    )
    assert text.index("Latest news") > 0.2 * len(text)  # not an opening box by position
    doc = RemoveRelated()(text)
    assert doc.text.startswith(menu + "\n\n" + long_paragraph)
    assert doc.text.count(long_paragraph) == 2


def test_teasers_longer_in_total_than_a_short_article_still_go() -> None:
    # One paragraph of article, then more teaser prose than that, but no teaser is
    # longer than the article's paragraph.
    article = " ".join([P1, P2, P3, P4])
    teasers = "\n\n".join(f"Share\n\n{p}" for p in (P1, P2, P3, P4, P1, P2, P3))
    text = f"Menu\n\n{article}\n\nYou may also like\n\n{teasers}"
    assert RemoveRelated()(text).text == f"Menu\n\n{article}"


def teaser(headline: str, paragraph: str) -> str:
    return "\n".join([headline, headline, "Section", paragraph, "Read more"])


def test_a_series_of_teasers_each_ending_in_read_more_goes() -> None:
    teasers = "\n\n".join(teaser(f"Story {n}", p) for n, p in enumerate((P2, P3, P4)))
    text = f"{P1}\n\n{P2}\n\n{P3}\n\n{teasers}"
    doc = RemoveRelated()(text)
    assert doc.text == f"{P1}\n\n{P2}\n\n{P3}"
    assert {e.reason for e in doc.audit} == {Reason.RELATED_CONTENT}


def test_a_lone_read_more_after_the_article_keeps_the_article() -> None:
    text = f"Headline\n\n{P1}\n\n{P2}\n\nRead more"
    assert RemoveRelated()(text).audit == ()


def test_read_more_lines_without_headlines_are_not_teasers() -> None:
    # Prose right before each marker, but no headline line: the article's own text.
    text = f"{P1}\n\nRead more\n\n{P2}\n\nRead more"
    assert RemoveRelated()(text).audit == ()


def cut(paragraph: str, words: int = 12, ellipsis: str = "…") -> str:
    """A teaser: a headline, then a paragraph's opening words cut off mid-sentence."""
    return "* Other story: " + " ".join(paragraph.split()[:words]) + ellipsis


def test_a_series_of_teasers_cut_short_goes() -> None:
    teasers = "\n".join(cut(p, ellipsis=e) for p, e in ((P2, "..."), (P3, " …"), (P4, ",....")))
    text = f"{teasers}\n\nHeadline\n\n{P1}\n\n{P2}"
    doc = RemoveRelated()(text)
    assert doc.text == f"Headline\n\n{P1}\n\n{P2}"
    assert {e.reason for e in doc.audit} == {Reason.RELATED_CONTENT}


@pytest.mark.parametrize(
    "lines",
    [
        # two cut teasers are no series
        [cut(P2), cut(P3)],
        # a prose paragraph parts them
        [cut(P2), P1, cut(P3), cut(P4)],
        # short lines trailing off: a poem, a chat
        [cut(P2, words=4), cut(P3, words=4), cut(P4, words=4)],
        # lists that go on ("apples, pears, ..."), a contents list
        [f"* Part {n}: {' '.join(p.split()[:9])}, ..." for n, p in enumerate((P2, P3, P4))],
    ],
)
def test_look_alikes_of_teasers_cut_short_stay(lines: list[str]) -> None:
    text = "\n".join(lines) + f"\n\n{P1}"
    assert RemoveRelated()(text).audit == ()
