"""``remove_boilerplate``: what it keeps, what it removes, and why."""

from __future__ import annotations

import json
from typing import Any

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import seedclean
from growth import Scalable, assert_linear, cpu_cost, repeated
from seedclean import Document, Pipeline, Reason, replay
from seedclean.cleaners import RemoveBoilerplate, RemoveRelated, StripMarkup
from seedclean.testing import check_all, strategies

R = Reason
BODY = "The minister said the plan would cost more than expected, officials confirmed."

KEPT: list[tuple[str, dict[str, Any]]] = [
    (BODY, {}),
    ("Share prices fell 3% on Monday after the announcement.", {}),
    ("Share prices fell", {}),
    (BODY + " Read more about this in our report.", {}),
    ("Read more about this in our report.", {}),
    ("Subscribers will get the new edition on Friday.", {}),
    ("Comments on the budget were mixed, the ministry said.", {}),
    ("Follow the money, investigators said.", {}),
    ("The search for survivors continued through the night.", {}),
    ("Cookies were served after the meeting, and we use the recipe every year.", {}),
    ("Regulators said websites must ask before they set a cookie.", {}),
    ("Home prices rose sharply", {}),
    ("Copyright law in the EU is changing.", {}),
    ("a > b > c is not a breadcrumb when it is math? It is.", {}),
    ("| Name | Age | City |\n|---|---|---|\n| Ann | 30 | Rome |", {}),
    ("Name | Age | City\n---|---|---\nAnn | 30 | Rome", {}),
    ("> quoted > text > here", {}),
    ("Die Aktie teilen sich drei Investoren, sagte der Sprecher.", {}),
    ("Il a partagé sa vision lors de la conférence de presse.", {}),
    ("Почему поделиться опытом бывает трудно, объяснил эксперт.", {}),
    ("东京是日本的首都，人口众多。", {}),
    ("", {}),
    # categories can be switched off
    ("Body.\nShare", {"categories": ("comments",)}),
]


@pytest.mark.parametrize(("text", "options"), KEPT)
def test_kept(text: str, options: dict[str, Any]) -> None:
    doc = RemoveBoilerplate(**options)(text)
    assert doc.text == text
    assert doc.audit == ()


CHANGED: list[tuple[str, dict[str, Any], str, list[tuple[Reason, str]]]] = [
    # exact phrases and decorations
    ("Share\nBody.", {}, "Body.", [(R.SOCIAL, "Share\n")]),
    ("Body.\n\nShare on Facebook\n\nBody two.", {}, "Body.\n\nBody two.",
     [(R.SOCIAL, "Share on Facebook\n\n")]),
    ("Body.\n[Tweet](https://x.example/share)\nBody two.", {}, "Body.\nBody two.",
     [(R.SOCIAL, "[Tweet](https://x.example/share)\n")]),
    ("Body.\nRead more »", {}, "Body.", [(R.READ_MORE, "\nRead more »")]),
    ("Body.\n\nContinue reading →\n\nBody two.", {}, "Body.\n\nBody two.",
     [(R.READ_MORE, "Continue reading →\n\n")]),
    ("Body.\n23 Comments", {}, "Body.", [(R.COMMENTS, "\n23 Comments")]),
    ("Body.\nKommentare (12)", {}, "Body.", [(R.COMMENTS, "\nKommentare (12)")]),
    ("Body.\nComments | Example Site", {}, "Body.", [(R.COMMENTS, "\nComments | Example Site")]),
    ("Newsletter\nBody.", {}, "Body.", [(R.NEWSLETTER, "Newsletter\n")]),
    ("Sign up for our newsletter\nBody.", {}, "Body.", [(R.NEWSLETTER, "Sign up for our newsletter\n")]),  # noqa: E501
    ("ADVERTISEMENT\nBody.", {}, "Body.", [(R.ADVERTISEMENT, "ADVERTISEMENT\n")]),
    ("Anzeige\nText.", {}, "Text.", [(R.ADVERTISEMENT, "Anzeige\n")]),
    ("  * Sign in\nBody.", {}, "Body.", [(R.ACCOUNT, "  * Sign in\n")]),
    ("Skip to content\nBody.", {}, "Body.", [(R.UI_TEXT, "Skip to content\n")]),
    ("close button\nSwitch to Example Light?\nBody.", {}, "Body.",
     [(R.UI_TEXT, "close button\nSwitch to Example Light?\n")]),
    ("Loading...\nBody.", {}, "Body.", [(R.UI_TEXT, "Loading...\n")]),
    ("Body.\nkeep readingShow less\nBody two.", {}, "Body.\nBody two.",
     [(R.READ_MORE, "keep readingShow less\n")]),
    ("Share Tweet Email\nBody.", {}, "Body.", [(R.SOCIAL, "Share Tweet Email\n")]),
    ("Body.\nAll rights reserved.", {}, "Body.", [(R.FOOTER, "\nAll rights reserved.")]),
    ("Body.\n© 2024 Example Media", {}, "Body.", [(R.FOOTER, "\n© 2024 Example Media")]),
    ("Body.\nCopyright © 2024 Example Media. All rights reserved.", {}, "Body.",
     [(R.FOOTER, "\nCopyright © 2024 Example Media. All rights reserved.")]),
    ("Body.\nImpressum\nDatenschutz", {}, "Body.", [(R.FOOTER, "\nImpressum\nDatenschutz")]),
    ("Body.\nMentions légales", {}, "Body.", [(R.FOOTER, "\nMentions légales")]),
    # breadcrumbs
    ("Home > News > World\nBody.", {}, "Body.", [(R.NAVIGATION, "Home > News > World\n")]),
    ("[Home](/) » [Politik](/p) » [Europa](/e)\nText.", {}, "Text.",
     [(R.NAVIGATION, "[Home](/) » [Politik](/p) » [Europa](/e)\n")]),
    ("Inicio / Noticias / Mundo\nTexto.", {}, "Texto.",
     [(R.NAVIGATION, "Inicio / Noticias / Mundo\n")]),
    # cookie banners, short and long
    ("Accept all cookies\nBody.", {}, "Body.", [(R.COOKIE_NOTICE, "Accept all cookies\n")]),
    ("We use cookies to improve your experience. By continuing to browse you agree to our "
     "use of cookies.\nBody.", {}, "Body.",
     [(R.COOKIE_NOTICE, "We use cookies to improve your experience. By continuing to browse "
       "you agree to our use of cookies.\n")]),
    ("Diese Website verwendet Cookies, um Ihnen ein besseres Erlebnis zu bieten.\nText.", {},
     "Text.", [(R.COOKIE_NOTICE, "Diese Website verwendet Cookies, um Ihnen ein besseres "
               "Erlebnis zu bieten.\n")]),
    # language switcher with its links
    ("Also available in\n\n[العربية](/ar) /\n\n[Farsi](/fa)\n\nBody.", {}, "Body.",
     [(R.LANGUAGE_SWITCHER, "Also available in\n\n[العربية](/ar) /\n\n[Farsi](/fa)\n\n")]),
    ("Auch verfügbar auf: English | Français\nText.", {}, "Text.",
     [(R.LANGUAGE_SWITCHER, "Auch verfügbar auf: English | Français\n")]),
    ("Disponible en\nEnglish / Deutsch\nTexte.", {}, "Texte.",
     [(R.LANGUAGE_SWITCHER, "Disponible en\nEnglish / Deutsch\n")]),
    # other languages
    ("Teilen\nText.", {}, "Text.", [(R.SOCIAL, "Teilen\n")]),
    ("Texte.\nLire la suite", {}, "Texte.", [(R.READ_MORE, "\nLire la suite")]),
    ("Texto.\nLeer más", {}, "Texto.", [(R.READ_MORE, "\nLeer más")]),
    ("Testo.\nLascia un commento", {}, "Testo.", [(R.COMMENTS, "\nLascia un commento")]),
    ("Texto.\nLeia mais", {}, "Texto.", [(R.READ_MORE, "\nLeia mais")]),
    ("Tekst.\nLees verder", {}, "Tekst.", [(R.READ_MORE, "\nLees verder")]),
    ("Реклама\nТекст.", {}, "Текст.", [(R.ADVERTISEMENT, "Реклама\n")]),
    ("Tekst.\nCzytaj więcej", {}, "Tekst.", [(R.READ_MORE, "\nCzytaj więcej")]),
    ("Metin.\nTüm hakları saklıdır", {}, "Metin.", [(R.FOOTER, "\nTüm hakları saklıdır")]),
    ("نص.\nاقرأ المزيد", {}, "نص.", [(R.READ_MORE, "\nاقرأ المزيد")]),
    ("متن.\nاشتراک\u200cگذاری", {}, "متن.", [(R.SOCIAL, "\nاشتراک\u200cگذاری")]),
    ("正文。\n分享到微信", {}, "正文。", [(R.SOCIAL, "\n分享到微信")]),
    ("本文。\n続きを読む", {}, "本文。", [(R.READ_MORE, "\n続きを読む")]),
    # user phrases and patterns
    ("Body.\nBuy the print edition", {"extra_phrases": ["Buy the print edition"]}, "Body.",
     [(R.USER_PHRASE, "\nBuy the print edition")]),
    ("Body.\nBuy now: 3 items", {"extra_phrases": ("Buy now …",)}, "Body.",
     [(R.USER_PHRASE, "\nBuy now: 3 items")]),
    ("Sponsored by ACME\nBody.", {"extra_patterns": [r"^sponsored by \w+$"]}, "Body.",
     [(R.USER_PHRASE, "Sponsored by ACME\n")]),
    # several lines in a row: one change per reason, no blank line left behind
    ("Body.\n\nShare\nTweet\n\n23 Comments\n\nBody two.", {}, "Body.\n\nBody two.",
     [(R.SOCIAL, "Share\nTweet\n\n"), (R.COMMENTS, "23 Comments\n\n")]),
    ("Share\n\nBody.\n\nPrint\n\n", {}, "Body.", [(R.SOCIAL, "Share\n\n"), (R.UI_TEXT, "\n\nPrint\n\n")]),  # noqa: E501
]  # fmt: skip


@pytest.mark.parametrize(("text", "options", "expected", "edits"), CHANGED)
def test_changed(
    text: str, options: dict[str, Any], expected: str, edits: list[tuple[Reason, str]]
) -> None:
    doc = RemoveBoilerplate(**options)(text)
    assert doc.text == expected
    assert [(e.reason, e.old) for e in doc.audit] == edits
    assert all(e.cleaner == "remove_boilerplate" and e.new == "" for e in doc.audit)
    assert replay(text, doc.audit) == expected


def test_options_and_config_round_trip() -> None:
    clean = RemoveBoilerplate(
        categories=["social", "footer"], extra_phrases=["Buy now"], extra_patterns=["^x+$"]
    )
    assert clean.options()["categories"] == ["social", "footer"]
    pipe = Pipeline([clean, RemoveRelated(extra_headings=["Weitere Meldungen"])])
    config = json.loads(json.dumps(pipe.to_config()))
    assert Pipeline.from_config(config) == pipe
    with pytest.raises(ValueError, match="unknown categories"):
        RemoveBoilerplate(categories=("nope",))
    with pytest.raises(ValueError, match="bad pattern"):
        RemoveBoilerplate(extra_patterns=("(",))
    with pytest.raises(TypeError):
        RemoveBoilerplate(extra_phrases="Buy now")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="bad options"):
        Pipeline.from_config(
            {"steps": [{"cleaner": "remove_boilerplate", "options": {"extra_patterns": ["["]}}]}
        )


def test_a_user_pattern_out_of_time_leaves_the_remaining_lines_unchecked() -> None:
    # "^(a|a)*$" backtracks through 2**24 ways to fail on 24 letters "a" and a "c"
    pattern = r"^(a|a)*$"
    slow = "a" * 24 + "c"
    clean = RemoveBoilerplate(extra_patterns=(pattern,), pattern_timeout=0.02)
    assert clean("Share\naaaa\nBody.").text == "Body."  # the pattern takes "aaaa"
    stopped, doc = cpu_cost(clean, f"{slow}\nShare\naaaa\nBody.")
    whole, found = cpu_cost(regex.compile(pattern).search, slow)
    assert found is None
    # the timeout cut the search short (the whole search costs some 100 times as much
    # here; a busy machine only slows the search down, never the timer)
    assert stopped < whole / 4, (stopped, whole)
    # stopped on the first line, the patterns check no other line of the document (a
    # timeout per line would let them take "aaaa"); the built-in phrases still apply
    assert doc.text == f"{slow}\naaaa\nBody."
    assert {e.reason for e in doc.audit} == {Reason.SOCIAL}


HOSTILE: dict[str, Scalable] = {
    "1MB [": repeated("[", 1_000_000),
    "1MB (": repeated("(", 1_000_000),
    "1MB spaces": repeated(" ", 1_000_000, end="x"),
    "200k short lines": repeated("Share\n", 200_000),
    "100k crumbs": repeated("a > ", 100_000),
    "100k pipes": repeated("| ", 100_000),
    "100k cookie words": repeated("we use cookies ", 70_000),
    "50k glued phrases": repeated("Share", 50_000),
    "50k link lines": repeated("[x](/y)\n", 50_000),
}


@pytest.mark.parametrize("name", list(HOSTILE))
@pytest.mark.parametrize("cleaner", [RemoveBoilerplate(), RemoveRelated()], ids=lambda c: c.name)
def test_hostile_input_cost_is_linear(name: str, cleaner: Any) -> None:
    case = HOSTILE[name]
    doc = assert_linear(cleaner, lambda k: Document(case.make(k)), case.n)
    assert replay(case.text, doc.audit) == doc.text


BOILERPLATE_LINES = (
    "Share", "Tweet", "Read more »", "23 Comments", "Sign in", "Newsletter", "Menu",
    "© 2024 Example Media", "Home > News > World", "Accept all cookies", "Also available in",
    "[Français](/fr)", "Weiterlesen", "Lire la suite", "Реклама", "Related articles",
    "Recommended", "- [A story](/a)", "Mar 3, 2024", "", "",
)  # fmt: skip
PROSE = (
    BODY,
    "Share prices fell 3% on Monday after the announcement, traders said.",
    "Read more about this in our report, which was published last week.",
    "Subscribers will get the new edition on Friday, the publisher said.",
)


def boilerplate_mix() -> st.SearchStrategy[str]:
    """Prose paragraphs mixed with boilerplate lines."""
    line = st.one_of(st.sampled_from(BOILERPLATE_LINES), st.sampled_from(PROSE))
    return st.lists(line, max_size=25).map("\n".join)


def test_heading_judged_as_strip_markup_leaves_it() -> None:
    # strip_markup comes later in the pipeline and takes the "# " off: the line was a
    # footer all along, and a second run would find it.
    for text in ("# Copyright©y", "Body sentence of the article.\n\n## © 2024 Example Media"):
        assert "©" not in RemoveBoilerplate()(text).text
        doc = check_all(seedclean.default_pipeline(), text)
        assert "©" not in doc.text


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["", "# ", "## "]), st.sampled_from(BOILERPLATE_LINES + PROSE)
        ).map("".join),
        max_size=25,
    ).map("\n".join)
)
def test_idempotent_through_strip_markup(text: str) -> None:
    # What the pipeline does after this cleaner does not make a kept line boilerplate.
    once = StripMarkup()(RemoveBoilerplate()(text).text).text
    assert RemoveBoilerplate()(once).audit == ()


@settings(max_examples=200, deadline=None)
@given(strategies.mixed_text())
def test_laws_on_mixed_text(text: str) -> None:
    check_all(RemoveBoilerplate(), text)


@settings(max_examples=300, deadline=None)
@given(boilerplate_mix())
def test_laws_on_boilerplate_mix(text: str) -> None:
    doc = check_all(RemoveBoilerplate(), text)
    for prose in PROSE:
        assert text.count(prose) == doc.text.count(prose)


@settings(max_examples=200, deadline=None)
@given(strategies.clean_ascii_text())
def test_clean_prose_passes_unchanged(text: str) -> None:
    doc = RemoveBoilerplate()(text)
    assert doc.text == text
    assert doc.audit == ()
