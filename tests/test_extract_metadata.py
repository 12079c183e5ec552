"""``extract_metadata``: title, byline, date and the rest, moved from the body into the record."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import seedclean
from growth import Scalable, assert_linear, repeated
from seedclean import Document, Edit, Metadata, Reason, replay
from seedclean.cleaners import ExtractMetadata
from seedclean.dates import find_dates
from seedclean.language import default_detector
from seedclean.lines import plain_text
from seedclean.testing import (
    check_all,
    check_audit,
    check_idempotent,
    check_removes_only,
    clean_ascii_text,
    mixed_text,
)

D = dt.date
MENU = "Home\nNews\nSport\nWeather\n\n"
PROSE = {
    "en": "The council said on Monday that the new bridge would open next year, and that "
    "the work on the roads around it was going well despite the rain of the last weeks. ",
    "de": "Der Rat sagte am Montag, dass die neue Brücke im nächsten Jahr eröffnet wird und "
    "dass die Arbeiten an den Straßen trotz des Regens der letzten Wochen gut vorankommen. ",
    "fr": "Le conseil a dit lundi que le nouveau pont sera ouvert l'année prochaine et que "
    "les travaux sur les routes avancent bien malgré la pluie des dernières semaines. ",
    "es": "El consejo dijo el lunes que el nuevo puente se abrirá el próximo año y que las "
    "obras en las carreteras avanzan bien a pesar de la lluvia de las últimas semanas. ",
    "it": "Il consiglio ha detto lunedì che il nuovo ponte sarà aperto il prossimo anno e che "
    "i lavori sulle strade vanno bene nonostante la pioggia delle ultime settimane. ",
    "nl": "De raad zei maandag dat de nieuwe brug volgend jaar open gaat en dat het werk aan "
    "de wegen er omheen goed gaat ondanks de regen van de laatste weken. ",
    "pt": "O conselho disse na segunda-feira que a nova ponte vai abrir no próximo ano e que "
    "as obras nas estradas estão a correr bem apesar da chuva das últimas semanas. ",
}
TITLE = "Council Opens New Bridge Next Year"


def page(header: str, lang: str = "en") -> str:
    """A page: a menu, the header lines given, then three paragraphs about the bridge."""
    body = "\n\n".join([PROSE[lang] * 2] * 3)
    return MENU + header + "\n\n" + body


def meta(text: str, **options: Any) -> Metadata:
    return ExtractMetadata(**options)(text).metadata


TITLES: list[tuple[str, str | None]] = [
    (f"{TITLE}\n\nBy Ann Example", TITLE),
    (f"{TITLE}\nDec 18, 2020", TITLE),
    (f"# {TITLE}\n\nThe bridge opens in spring, the council says.", TITLE),
    (f"Politics\n{TITLE}\nBy Ann Example\nDec 18, 2020", TITLE),
    # a title repeated, as scrapers print the <h1> and the og:title
    (f"{TITLE}\n\n{TITLE}\n\nDec 18, 2020", TITLE),
    # not titles: interface lines, captions, sentences, breadcrumbs
    ("Share this story\n\nDec 18, 2020", None),
    ("Photo: Ann Example / Agency\n\nDec 18, 2020", None),
    ("Home > News > Local\n\nDec 18, 2020", None),
    ("", None),
]


TITLES += [
    # guillemets that quote words are part of a headline; arrows between links are not
    ("Council Says «Yes» To The New Bridge\nDec 18, 2020", "Council Says «Yes» To The New Bridge"),
    ("« Previous | Next »\nDec 18, 2020", None),
    ("News » Local » Bridges\nDec 18, 2020", None),
]


@pytest.mark.parametrize(("header", "expected"), TITLES)
def test_title(header: str, expected: str | None) -> None:
    assert meta(page(header)).title == expected


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("Skip to main content", "en"),
        ("Jump to navigation", "en"),
        ("Zum Inhalt springen", "de"),
        ("Aller au contenu", "fr"),
        ("Saltar al contenido", "es"),
        ("Naar de inhoud springen", "nl"),
        ("Back to overview", "en"),
        ("Zurück zur Übersicht", "de"),
        ("Terug naar overzicht", "nl"),
    ],
)
def test_interface_phrases_are_never_the_title(line: str, lang: str) -> None:
    assert meta(page(f"{line}\n\n{line}\n2020-12-18", lang)).title is None
    # look-alike: a headline that starts like one is still a headline
    headline = f"{line} Is What The Council Calls Its New Web Service"
    assert meta(page(f"{headline}\n2020-12-18", lang)).title == headline


BYLINES: list[tuple[str, str, tuple[str, ...]]] = [
    ("By Ann Example", "en", ("Ann Example",)),
    ("by Ann Example and Bob Example", "en", ("Ann Example", "Bob Example")),
    ("By Ann Example, Bob Example and Cy Example", "en", ("Ann Example", "Bob Example", "Cy Example")),  # noqa: E501
    ("By ANN EXAMPLE, BOB EXAMPLE and CY EXAMPLE", "en", ("ANN EXAMPLE", "BOB EXAMPLE", "CY EXAMPLE")),  # noqa: E501
    ("By Ann Example, Staff Writer", "en", ("Ann Example",)),
    ("By Ann ExampleStaff Writer", "en", ("Ann Example",)),
    ("By Ann Example | Dec 18, 2020", "en", ("Ann Example",)),
    ("By [Ann Example](/authors/ann) on 12/18/20", "en", ("Ann Example",)),
    ("Ann van der Example - Dec 18, 2020, 10:31 pm CST", "en", ("Ann van der Example",)),
    ("Monday December 14, 2020 7:45 am PST by Ann Example", "en", ("Ann Example",)),
    ("Ann Example, Associated Press\nDec 18, 2020", "en", ("Ann Example",)),
    ("Author: Ann Example", "en", ("Ann Example",)),
    ("Von Anna Beispiel", "de", ("Anna Beispiel",)),
    ("Von Anna Beispiel und Bert Beispiel publiziert am 25. September 2018", "de", ("Anna Beispiel", "Bert Beispiel")),  # noqa: E501
    ("Par Anne Exemple et Bernard Exemple", "fr", ("Anne Exemple", "Bernard Exemple")),
    ("Por Ana Ejemplo y Beto Ejemplo", "es", ("Ana Ejemplo", "Beto Ejemplo")),
    ("Di Anna Esempio", "it", ("Anna Esempio",)),
    ("Door Anna de Voorbeeld", "nl", ("Anna de Voorbeeld",)),
    ("Por Ana Exemplo", "pt", ("Ana Exemplo",)),
    # the kind of piece, or how it was written, before the name
    ("Article by Ann Example", "en", ("Ann Example",)),
    ("An article by Ann Example", "en", ("Ann Example",)),
    ("Ein Artikel von Anna Beispiel", "de", ("Anna Beispiel",)),
    ("Geschrieben von Anna Beispiel", "de", ("Anna Beispiel",)),
    ("Un article de Anne Exemple", "fr", ("Anne Exemple",)),
    ("Écrit par Anne Exemple", "fr", ("Anne Exemple",)),
    ("Rédigé par Anne Exemple", "fr", ("Anne Exemple",)),
    ("Escrito por Ana Ejemplo", "es", ("Ana Ejemplo",)),
    ("Un artículo de Ana Ejemplo", "es", ("Ana Ejemplo",)),
    ("Scritto da Anna Esempio", "it", ("Anna Esempio",)),
    ("Articolo di Anna Esempio", "it", ("Anna Esempio",)),
    ("Geschreven door Anna Voorbeeld", "nl", ("Anna Voorbeeld",)),
    ("Escrito por Ana Exemplo", "pt", ("Ana Exemplo",)),
    # a translator's credit is not part of the name
    ("By Ann Example, translated by Bob Example", "en", ("Ann Example",)),
    ("By Ann Example Translated by Bob Example", "en", ("Ann Example",)),
    ("Von Anna Beispiel, übersetzt von Bert Beispiel", "de", ("Anna Beispiel",)),
    ("Par Anne Exemple, traduit par Bernard Exemple", "fr", ("Anne Exemple",)),
    ("Por Ana Ejemplo, traducido por Beto Ejemplo", "es", ("Ana Ejemplo",)),
    # UI text and things that are not names
    ("Email the author", "en", ()),
    ("By clicking here you agree", "en", ()),
    ("Hours ago by 3 readers", "en", ()),
    ("By 2020 the bridge will be open", "en", ()),
]


@pytest.mark.parametrize(("header", "lang", "expected"), BYLINES)
def test_byline(header: str, lang: str, expected: tuple[str, ...]) -> None:
    assert meta(page(f"{TITLE}\n{header}", lang)).authors == expected


def test_name_alone_next_to_the_date() -> None:
    m = meta(page(f"{TITLE}\n\nDecember 18, 2020\nAnn Example\n11 min read"))
    assert (m.authors, m.date, m.reading_time) == (("Ann Example",), D(2020, 12, 18), 11)


DATES: list[tuple[str, str, dt.date | None, dt.date | None]] = [
    ("Dec 18, 2020", "en", D(2020, 12, 18), None),
    ("Published: 18 Nov 2019 | Updated: 19 Nov 2019", "en", D(2019, 11, 18), D(2019, 11, 19)),
    # an update alone: the date of the version the page shows (see test_update_as_date)
    ("Updated Nov 13, 2019, 10:28am EST", "en", D(2019, 11, 13), D(2019, 11, 13)),
    ("03/04/2020", "en", None, None),  # English: month or day first? No guess.
    ("03/04/2020", "de", D(2020, 4, 3), None),  # German writes the day first
    ("18. Dezember 2020", "de", D(2020, 12, 18), None),
    ("publié le 3 mars 2020", "fr", D(2020, 3, 3), None),
    ("20 de noviembre de 2019", "es", D(2019, 11, 20), None),
    ("3 settembre 2019", "it", D(2019, 9, 3), None),
    ("4 mei 2019", "nl", D(2019, 5, 4), None),
    ("5 de março de 2019", "pt", D(2019, 3, 5), None),
    ("2020-12-18T09:30:00Z", "en", D(2020, 12, 18), None),
    ("February 30, 2020", "en", None, None),
]


@pytest.mark.parametrize(("header", "lang", "date", "updated"), DATES)
def test_date(header: str, lang: str, date: dt.date | None, updated: dt.date | None) -> None:
    m = meta(page(f"{TITLE}\n{header}", lang))
    assert (m.date, m.updated) == (date, updated)


UPDATES: list[tuple[str, dict[str, Any], dt.date | None]] = [
    # an update alone by the title: the date, unless the option is off
    ("Updated Nov 13, 2019, 10:28am EST", {}, D(2019, 11, 13)),
    ("Updated Nov 13, 2019, 10:28am EST", {"update_as_date": False}, None),
    ("Zuletzt aktualisiert: 13. November 2019", {}, D(2019, 11, 13)),
    # a publication date and an update: the publication date, wherever the update is
    ("Updated Nov 13, 2019\nPublished Nov 8, 2019", {}, D(2019, 11, 8)),
    ("Nov 8, 2019 (updated Nov 13, 2019)", {}, D(2019, 11, 8)),
    # no update at all: no date
    ("By Ann Example", {}, None),
]


@pytest.mark.parametrize(("header", "options", "date"), UPDATES)
def test_update_as_date(header: str, options: dict[str, Any], date: dt.date | None) -> None:
    lang = "de" if "aktualisiert" in header else "en"
    m = meta(page(f"{TITLE}\n{header}", lang), **options)
    assert m.date == date


def test_update_as_date_is_read_with_less_confidence() -> None:
    text = page(f"{TITLE}\nUpdated Nov 13, 2019, 10:28am EST")
    m = meta(text)
    sources = {s.field: s for s in m.sources}
    # both fields point at the update's text, the date with the lower confidence
    assert text[sources["date"].start : sources["date"].end] == "Nov 13, 2019"
    assert (sources["date"].start, sources["date"].end) == (
        sources["updated"].start,
        sources["updated"].end,
    )
    assert sources["date"].confidence < sources["updated"].confidence


def test_date_of_the_article_not_of_teasers() -> None:
    teasers = "\n\n".join(f"Another Story Number {i} Here\nJan {i}, 2019" for i in range(1, 6))
    text = page(f"{teasers}\n\n{TITLE}\nBy Ann Example\nDec 18, 2020")
    text += "\n\nRelated\n\nA Later Story About Roads\nMarch 3, 2021\n"
    m = meta(text)
    assert (m.title, m.date) == (TITLE, D(2020, 12, 18))


def test_no_date_from_far_below_the_body_start() -> None:
    text = page(TITLE) + "\n\nComments\n\nAnn wrote on Dec 19, 2020"
    assert meta(text).date is None


def test_lines_moved_and_kept() -> None:
    header = f"{TITLE}\n\nAnalysis | Local\n\nBy Ann Example\nDec 18, 2020 | 4 min read"
    text = page(header)
    doc = ExtractMetadata()(text)
    assert [(e.reason, e.old.strip()) for e in doc.audit] == [
        (Reason.TITLE, TITLE),
        (Reason.SECTION, "Analysis | Local"),
        (Reason.BYLINE, "By Ann Example"),
        (Reason.DATELINE, "Dec 18, 2020 | 4 min read"),
    ]
    assert doc.text.startswith(MENU)
    assert PROSE["en"] in doc.text
    assert replay(text, doc.audit) == doc.text
    assert doc.metadata.section == "Analysis | Local"
    assert doc.metadata.reading_time == 4


def test_remove_false_only_reads() -> None:
    text = page(f"{TITLE}\nBy Ann Example")
    doc = ExtractMetadata(remove=False)(text)
    assert doc.text == text
    assert doc.audit == ()
    assert doc.metadata.authors == ("Ann Example",)


def test_author_from_bio_only_without_byline() -> None:
    bio = "Ann Example is a senior reporter at the Daily Example, covering transport."
    m = meta(page(TITLE) + "\n\n" + bio)
    assert m.authors == ("Ann Example",)
    assert m.author_bio == bio
    m = meta(page(f"{TITLE}\nBy Bob Example") + "\n\n" + bio)
    assert m.authors == ("Bob Example",)
    assert m.author_bio == bio
    assert meta(page(TITLE) + "\n\n" + bio, author_from_bio=False).authors == ()


def test_translations_and_tags() -> None:
    header = f"{TITLE}\nBy Ann Example\nAlso available in\n[Français](/fr/a)\n[Deutsch](/de/a)"
    text = page(header) + "\n\nTags: bridges, roads, council\n"
    doc = ExtractMetadata()(text)
    assert doc.metadata.translations == ("Français", "Deutsch")
    assert doc.metadata.tags == ("bridges", "roads", "council")
    assert "Also available" not in doc.text
    assert "Tags:" not in doc.text


def test_standfirst() -> None:
    standfirst = "The bridge, which cost more than planned, will carry trams and cyclists."
    m = meta(page(f"{TITLE}\n{standfirst}\nBy Ann Example"))
    assert (m.title, m.subtitle) == (TITLE, standfirst)


def test_language_from_the_body() -> None:
    assert meta(page(TITLE, "de")).language == "de"


def test_metadata_survives_later_steps_and_earlier_values_win() -> None:
    text = page(f"{TITLE}\nBy Ann Example\nDec 18, 2020")
    doc = seedclean.clean(text)
    assert doc.metadata.title == TITLE
    assert doc.metadata.date == D(2020, 12, 18)
    given_meta = Metadata(title="Given Title")
    doc = seedclean.default_pipeline()(Document(text, metadata=given_meta))
    assert doc.metadata.title == "Given Title"
    assert doc.metadata.authors == ("Ann Example",)
    assert not [s for s in doc.metadata.sources if s.field == "title"]


def _check_sources(text: str, doc: Document) -> None:
    """Each source's span holds its value (in a Markdown line, its visible text does)."""
    for source in doc.metadata.sources:
        span = text[source.start : source.end]
        span += "\n" + plain_text(span)
        value = getattr(doc.metadata, source.field)
        assert 0 <= source.confidence <= 1
        if isinstance(value, dt.date):
            assert any(m.date == value for m in find_dates(span, day_first=True))
        elif isinstance(value, tuple):
            assert any(v in span for v in value), (source, span)
        elif isinstance(value, str):
            assert value in span, (source, span)
        elif isinstance(value, int):
            assert str(value) in span


HEADERS = st.lists(
    st.sampled_from(
        [TITLE, f"# {TITLE}", "By Ann Example", "by [Ann Example](/a)", "Dec 18, 2020",
         "Updated 19 Nov 2019", "03/04/2020", "Jun 1 2019", "Feb 3 2019", "4 min read",
         "Politics", "Share this story",
         "Ann Example", "Also available in", "[Français](/fr)", "Tags: a, b", "", " ",
         "Ann Example is a reporter at the Example.", "Email the author", "[", "#"]
    ),
    max_size=12,
).map("\n".join)  # fmt: skip


@settings(deadline=None)
@given(header=HEADERS, text=st.one_of(mixed_text(max_fragments=20), st.text(max_size=60)))
def test_properties(header: str, text: str) -> None:
    for source in (page(header), header + "\n" + text, text):
        doc = ExtractMetadata()(Document(source))  # never raises
        check_audit(doc)
        check_removes_only(doc)
        _check_sources(source, doc)
        assert all(s.step == 0 for s in doc.metadata.sources)
    # Idempotent on a page with a body, but for the title: once the headline is gone, a
    # fresh run may take another heading with evidence for one (see the cleaner's docs).
    # (A text with no prose at all has no body to tell the header from.)
    doc = ExtractMetadata()(Document(page(header)))
    again = ExtractMetadata()(Document(doc.text))
    assert _beyond_a_new_title(again) == []


def _beyond_a_new_title(doc: Document) -> list[Edit]:
    """The edits of ``doc`` but a title it took and the byline and date lines right
    against that title, its evidence (the known exception to idempotence)."""
    titles = [e for e in doc.audit if e.reason is Reason.TITLE]
    edges = {e.start for e in titles} | {e.end for e in titles}
    return [
        e
        for e in doc.audit
        if e.reason is not Reason.TITLE
        and not (e.reason in (Reason.BYLINE, Reason.DATELINE) and {e.start, e.end} & edges)
    ]


PROSE_LINE = (
    "The council voted on Tuesday to approve the new budget after a long debate about "
    "school funding and the state of the roads."
)


@pytest.mark.parametrize(
    "text",
    [
        # two dates: the first goes to the metadata, the other one with it (a second run
        # would take it as the date line)
        f"Jun 1 2019\nFeb 3 2019\n\n{PROSE_LINE}",
        page("Jun 1 2019\nFeb 3 2019"),
        page(f"{TITLE}\nDec 18, 2020\nFeb 3 2019"),
        # a byline printed twice
        f"By Ann Example\nBy Ann Example\n\n{PROSE_LINE}",
        page(f"{TITLE}\nBy Ann Example\nDec 18, 2020\nBy Ann Example"),
        # a heading's mark printed alone goes with the title: left behind, it would make
        # the next line a first-level heading
        page(f"#\n{TITLE}\nCouncil Says Yes"),
        # each pass takes the date line next to the body, and the fifth finds the bio that
        # the others brought next to it (hypothesis found this one): the passes go on
        # until one finds nothing
        page(
            "Ann Example is a reporter at the Example.\nAlso available in\nDec 18, 2020\n"
            "Jun 1 2019\n[Français](/fr)\nDec 18, 2020"
        ),
    ],
)
def test_idempotent_examples(text: str) -> None:
    doc = check_all(ExtractMetadata(), text)
    for printed in ("2019", "2020", "#"):
        assert printed not in doc.text
    check_idempotent(ExtractMetadata(), text)


@given(text=clean_ascii_text())
def test_clean_prose_unchanged(text: str) -> None:
    doc = ExtractMetadata()(Document(text))
    assert doc.text == text
    assert doc.audit == ()


def test_options() -> None:
    assert ExtractMetadata().options() == {
        "remove": True, "before": 30, "after": 8, "author_from_bio": True,
        "update_as_date": True, "language_detector": default_detector(), "title_weights": "",
    }  # fmt: skip
    assert seedclean.get_cleaner_class("extract_metadata") is ExtractMetadata
    with pytest.raises(ValueError, match="before"):
        ExtractMetadata(before=-1)


HOSTILE: dict[str, Scalable] = {
    "1MB [": repeated("[", 1_000_000),
    "1MB spaces": repeated(" ", 1_000_000, end="x"),
    "one line of 200k words": repeated("Ann ", 200_000, start="By "),
    "200k bylines": repeated("By Ann Example\n", 200_000),
    "200k dates": repeated("Dec 18, 2020\n", 200_000),
    "200k short lines": repeated("A Title Line Here\n", 200_000),
    "line of 300k digits and slashes": repeated("12/", 300_000),
    "bio of 100k words": repeated("reporter at ", 100_000, start="Ann Example is a "),
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_input(name: str) -> None:
    case = HOSTILE[name]
    doc = assert_linear(ExtractMetadata(), lambda k: Document(case.make(k)), case.n)
    assert replay(case.text, doc.audit) == doc.text


@pytest.mark.parametrize(("kicker", "section"), [("Politics", "Politics"), ("Tweet", None)])
def test_kicker_above_the_title(kicker: str, section: str | None) -> None:
    # a share button right above the headline is interface, not the article's section
    text = f"A paragraph of the page's frame that ends a sentence.\n{kicker}\n{TITLE}\nDec 18, 2020"
    assert meta(page(text)).section == section
