"""``metadata.language``: CLD2 when the ``langid`` extra is installed, the function-word
counts of :mod:`seedclean.stopwords` otherwise or when CLD2 is unsure."""

from __future__ import annotations

import pytest

import seedclean
from seedclean import language
from seedclean.cleaners import ExtractMetadata
from seedclean.language import check_detector, cld2_available, default_detector, identify
from seedclean.stopwords import detect_language

needs_cld2 = pytest.mark.skipif(not cld2_available(), reason="pycld2 (the langid extra)")

# News-style prose, written for these tests: one paragraph each.
PROSE = {
    # the languages the function-word lists do not have, or mistake for a neighbour
    "cs": "Včera večer se v centru města konalo setkání obyvatel, kteří nesouhlasí s "
    "plánovanou výstavbou nové silnice. Podle starosty bude o projektu rozhodnuto až na "
    "podzim, protože úřad ještě čeká na posudek o vlivu stavby na životní prostředí.",
    "ca": "L'ajuntament ha anunciat que les obres de la nova biblioteca començaran el mes "
    "que ve. Segons la regidora de cultura, l'edifici tindrà espais per a estudiants i una "
    "sala d'exposicions que s'obrirà als veïns del barri.",
    "fi": "Kaupunginvaltuusto päätti eilen illalla, että uuden kirjaston rakentaminen "
    "aloitetaan ensi keväänä. Hankkeen kustannukset ovat noin kaksikymmentä miljoonaa "
    "euroa, ja rakennuksen pitäisi valmistua kahden vuoden kuluttua.",
    "ro": "Primăria a anunțat că lucrările la noua bibliotecă vor începe luna viitoare. "
    "Potrivit consilierului pentru cultură, clădirea va avea spații pentru studenți și o "
    "sală de expoziții care va fi deschisă locuitorilor din cartier.",
    "vi": "Hội đồng thành phố đã quyết định vào tối qua rằng việc xây dựng thư viện mới sẽ "
    "bắt đầu vào mùa xuân năm sau. Chi phí của dự án khoảng hai mươi triệu đô la và tòa "
    "nhà dự kiến hoàn thành sau hai năm.",
    "hi": "नगर परिषद ने कल शाम फैसला किया कि नए पुस्तकालय का निर्माण अगले वसंत में शुरू "
    "होगा। परियोजना की लागत लगभग दो करोड़ रुपये है और इमारत दो साल में पूरी होने की "
    "उम्मीद है।",
    "ja": "市議会は昨夜、新しい図書館の建設を来年の春に始めることを決めた。事業費はおよそ"
    "二十億円で、建物は二年後に完成する見込みだという。",
    "sk": "Mestské zastupiteľstvo včera večer rozhodlo, že výstavba novej knižnice sa "
    "začne budúcu jar. Náklady na projekt dosiahnu približne dvadsať miliónov eur a budova "
    "by mala byť dokončená do dvoch rokov.",
    # look-alikes that must stay what they are
    "pl": "Wczoraj wieczorem w centrum miasta odbyło się spotkanie mieszkańców, którzy nie "
    "zgadzają się z planowaną budową nowej drogi. Według burmistrza decyzja w sprawie "
    "projektu zapadnie dopiero jesienią, ponieważ urząd wciąż czeka na opinię.",
    "es": "El ayuntamiento ha anunciado que las obras de la nueva biblioteca comenzarán el "
    "mes que viene. Según la concejala de cultura, el edificio tendrá espacios para "
    "estudiantes y una sala de exposiciones que se abrirá a los vecinos del barrio.",
    "pt": "A prefeitura anunciou que as obras da nova biblioteca começarão no próximo mês. "
    "Segundo a secretária de cultura, o prédio terá espaços para estudantes e uma sala de "
    "exposições que será aberta aos moradores do bairro.",
    "en": "The city council decided last night that construction of the new library will "
    "begin next spring. The project is expected to cost about twenty million euros, and "
    "the building should be finished within two years.",
    "de": "Der Stadtrat hat gestern Abend beschlossen, dass der Bau der neuen Bibliothek im "
    "kommenden Frühjahr beginnen soll. Das Projekt wird voraussichtlich rund zwanzig "
    "Millionen Euro kosten, und das Gebäude soll in zwei Jahren fertig sein.",
    "da": "Byrådet besluttede i går aftes, at byggeriet af det nye bibliotek skal begynde "
    "til foråret. Projektet forventes at koste omkring tyve millioner euro, og bygningen "
    "skal være færdig inden for to år.",
    "ru": "Городской совет вчера вечером решил, что строительство новой библиотеки "
    "начнётся следующей весной. Проект обойдётся примерно в двадцать миллионов евро, а "
    "здание должны завершить за два года.",
    "uk": "Міська рада вчора ввечері вирішила, що будівництво нової бібліотеки розпочнеться "
    "наступної весни. Проєкт коштуватиме близько двадцяти мільйонів євро, а будівлю мають "
    "завершити за два роки.",
    "zh": "市议会昨晚决定，新图书馆的建设将于明年春天开始。该项目预计耗资约两千万欧元，"
    "大楼预计在两年内完工。",
}
# Languages the function-word lists know: with either detector, the same answer.
LISTED = ("pl", "es", "pt", "en", "de", "da")
# Too little to tell, or several languages at once.
UNSURE = [
    "Home | News | Contact",
    "OK",
    "abc def ghi jkl mno",  # Wolof to CLD2, which is sure of it
    "Login Anmelden Connexion Accedi Entrar",
    "The results are in. Die Ergebnisse sind da. Les résultats sont là. I risultati sono arrivati.",
    "",
]


def page(prose: str) -> str:
    return "Home\nNews\nSport\n\n" + prose + "\n\n" + prose


@needs_cld2
@pytest.mark.parametrize("lang", sorted(PROSE))
def test_cld2_knows_the_language(lang: str) -> None:
    assert identify(PROSE[lang], detector="cld2") == lang


@needs_cld2
@pytest.mark.parametrize("lang", sorted(PROSE))
def test_metadata_language(lang: str) -> None:
    """The default cleaner reads the body's language with CLD2."""
    assert ExtractMetadata()(page(PROSE[lang])).metadata.language == lang


@pytest.mark.parametrize("lang", LISTED)
def test_function_words_alone(lang: str) -> None:
    """Without CLD2 the function-word lists decide, as they did before it."""
    cleaner = ExtractMetadata(language_detector="stopwords")
    assert cleaner(page(PROSE[lang])).metadata.language == lang
    assert identify(PROSE[lang], detector="stopwords") == lang == detect_language(PROSE[lang])


@pytest.mark.parametrize("detector", language.DETECTORS)
@pytest.mark.parametrize("text", UNSURE)
def test_unsure_is_none(text: str, detector: str) -> None:
    if detector == "cld2" and not cld2_available():
        pytest.skip("pycld2 (the langid extra)")
    assert identify(text, detector=detector) is None


@needs_cld2
def test_unsure_cld2_asks_the_fallback() -> None:
    assert identify("Home | News | Contact", detector="cld2", fallback=lambda: "de") == "de"
    assert identify(PROSE["cs"], detector="cld2", fallback=lambda: "pl") == "cs"


@needs_cld2
def test_no_two_letter_code_is_none() -> None:
    """CLD2 is sure of a language that has no ISO 639-1 code (Cebuano): no code, and no
    guess from the function words of another language either."""
    cebuano = (
        "Ang mga bata nagdula sa gawas sa balay samtang nag-ulan. Miingon ang ilang inahan "
        "nga mopauli na sila kay ngitngit na ang langit ug basin moabot ang bagyo karong gabii."
    )
    assert identify(cebuano, detector="cld2", fallback=lambda: "es") is None


@needs_cld2
def test_characters_cld2_refuses() -> None:
    """Control characters, surrogates and noncharacters do not stop CLD2."""
    text = PROSE["cs"].replace(" ", " \x00\x85\ufdd0\udce9 ", 3) + "\uffff\U0010ffff"
    assert identify(text, detector="cld2") == "cs"


def test_default_detector() -> None:
    expected = "cld2" if cld2_available() else "stopwords"
    assert default_detector() == expected
    assert ExtractMetadata().language_detector == expected


def test_detector_option() -> None:
    with pytest.raises(ValueError, match="unknown language detector"):
        ExtractMetadata(language_detector="fasttext")
    pipe = seedclean.default_pipeline().configure("extract_metadata", language_detector="stopwords")
    assert pipe["extract_metadata"].options()["language_detector"] == "stopwords"
    # the configuration says which detector ran, and comes back from JSON the same
    assert seedclean.Pipeline.from_config(pipe.to_config()).fingerprint() == pipe.fingerprint()
    if cld2_available():
        other = pipe.configure("extract_metadata", language_detector="cld2")
        assert other.fingerprint() != pipe.fingerprint()


def test_cld2_not_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without pycld2 the default is the function words, and asking for CLD2 (a config
    written where it was installed) is an error, not a silent change of detector."""
    monkeypatch.setattr(language, "_pycld2", lambda: None)
    assert default_detector() == "stopwords"
    assert ExtractMetadata().language_detector == "stopwords"
    assert ExtractMetadata()(page(PROSE["de"])).metadata.language == "de"
    with pytest.raises(ValueError, match="langid"):
        check_detector("cld2")
    config = {"steps": [{"cleaner": "extract_metadata", "options": {"language_detector": "cld2"}}]}
    with pytest.raises(ValueError, match="pycld2"):
        seedclean.Pipeline.from_config(config)
