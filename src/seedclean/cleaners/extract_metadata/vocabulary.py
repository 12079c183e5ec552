"""The words and patterns ``extract_metadata`` reads a page's header and tail with.

Nothing here decides anything: these are the regular expressions and word lists that the
deciding modules share (the words that open a byline, roles and agencies, the particles
of names, interface words, date markers, list headings, labels of tag lists, names of
languages...), so that one place says what each piece of metadata looks like, in every
language the cleaner reads. Every expression is anchored or starts with a digit or a
letter, and its repetitions are bounded or possessive: matching takes linear time, even
on hostile input.
"""

from __future__ import annotations

import regex

from ...lines import NO_SPACE_SCRIPTS, fold
from ...phrases import phrase_key, phrase_table
from ...stopwords import STOPWORDS
from ..remove_captions import CREDIT_SOURCES

# ---------------------------------------------------------------- bylines and names

# Words that open a byline, in the languages the date grammar reads (and Russian).
BY_WORDS = (
    r"by|written by|words by|story by|text by|von|text|par|texte|por|texto|di|testo|door|"
    r"tekst|от|автор|author|authors|auteur|autor|autore|autores|verfasst von|posted by|"
    r"reporting by|reported by|analysis by|commentary by|opinion by|"
    # the kind of piece, or how it was written: "An article by", "Ein Artikel von"...
    r"(?:an )?article by|(?:ein )?(?:artikel|beitrag) von|geschrieben von|"
    r"(?:un )?article de|écrit par|rédigé par|(?:un )?artículo de|escrito por|"
    r"redactado por|(?:un )?articolo di|scritto da|(?:um )?artigo de|"
    r"(?:een )?artikel (?:van|door)|geschreven door|napisał|napisała|autorka|"
    # what a blog or a CMS prints above a post: "Submitted by" (Drupal), "Publié par"
    r"submitted by|contributed by|soumis par|publié par|publiée par|eingestellt von|"
    r"enviado por|publicado por|publicada por|inviato da|pubblicato da|ingezonden door|"
    r"geplaatst door|opublikowane przez|dodane przez"
)
BYLINE = regex.compile(
    rf"^[\s*_>|•·-]*+(?i:{BY_WORDS})(?:[ \t]*+[:：][ \t]*+|[ \t]++)(?P<rest>\S.*+)$"
)
# The opening words that are a label ("Text: Ann Example", "Autor: Anna Beispiel"): without
# their colon ("Text Size", "Autor Login") they sign only with a name of two words or more.
LABEL_WORDS = frozenset(
    ["text", "texte", "texto", "testo", "tekst", "author", "authors", "auteur", "autor",
     "autore", "autores", "автор", "autorka"]
)  # fmt: skip
BY_ALONE = regex.compile(rf"^[\s*_>|•·-]*+(?i:{BY_WORDS})[ \t]*+[:：]?[ \t]*+$")
# "... by Ann Example" inside a line that also holds the date.
BY_INLINE = regex.compile(
    r"(?:^|(?<=[\s|/·•,]))(?i:by|von|par|por|door)(?:[ \t]*+:[ \t]*+|[ \t]++)(?=\p{L})"
)
# A word in small letters, not part of an address ("example.org/ann", "ann@example.org").
SMALL_WORD = regex.compile(r"(?<![\p{L}\p{M}@./])\p{Ll}[\p{Ll}\p{M}]*+(?![\p{L}\p{M}@])")
# Where the names of a byline end: a separator, a date marker, a handle, a parenthesis.
NAME_END = regex.compile(
    # an e-mail address after the names ("Ann Example ann@example.org"): its whole word
    # (not a handle glued to the names, "Ann Example@annexample", which has no domain)
    r"[ \t]++[^\s@]{1,64}+(?=@[\p{L}\p{N}-]{1,63}+\.\p{L})|"
    r"[|·•/@(\[]|\s[-–—]\s|\s[-–—]$|\s(?i:on|at|am|le|el|il|op|em|in)\s|"
    # a number after the names: a count of comments or views ("Ann Example 3 Comments")
    r"\s(?=\d++[ \t]*+(?:\p{L}|$))|"
    r"(?i:\b(?:published|publish date|posted|updated|publiziert|veröffentlicht|aktualisiert|"
    r"publié|mis à jour|publicado|actualizado|atualizado|pubblicato|aggiornato|"
    r"gepubliceerd|bijgewerkt)\b)|"
    # the same glued to the names, as a scraper joins two elements ("Ann ExamplePublish
    # date: ...")
    r"(?<=\p{Ll})(?=(?:Publish|Published|Posted|Updated|Veröffentlicht|Aktualisiert|"
    r"Publié|Publicado|Actualizado|Pubblicato)(?!\p{Ll}))|"
    # the label of a list of topics after the names ("Ann Example Topics: Bridges")
    r"\s(?=(?i:topics?|tags?|tagged|labels?|categor(?:y|ies)|filed under|themen|"
    r"schlagw[öo]rter|kategorien?|catégories?|étiquettes|mots-clés|etiquetas|"
    r"categorías?|temas|argomenti|categori[ae]|onderwerpen|trefwoorden|tagi|kategorie|"
    r"rubriki|метки|теги|рубрики)[ \t]*+[:：])|"
    # a link of the author's after the names ("Ann Example RSS feed", "Ann Example
    # Email", "Ann Example View Profile", "Ann Example Add first Comment")
    r"\s(?=(?i:rss|e-?mail|view (?:my |full )?profile|contact|follow|twitter|facebook|"
    r"more articles|all articles|add (?:a |first |your )?comment)(?!\p{L}))|"
    # a translator's credit after the names
    r"(?i:\b(?:translated by|translation by|übersetzt von|übersetzung|traduit par|"
    r"traduction|traducido por|traducción|tradotto da|traduzione|traduzido por|tradução|"
    r"vertaald door|vertaling|przetłumaczył|przetłumaczyła|tłumaczenie|перевод)\b)"
)
# (in a byline in capitals the connective is in capitals too: "BY ANN EXAMPLE AND BOB
# EXAMPLE"; not the one-letter ones, which may be initials)
NAME_SPLIT = regex.compile(
    r"\s*+,\s*+(?:(?i:and)\s++|&\s*+)?|\s++(?:(?i:and|und|et|en|и)|&|y|e)\s++"
)
# The last word of a newsroom's credit after a "By" ("By the Harbour Wire Staff", "Posted
# by the Maps Team"): the credit is the byline's author, as an agency's name is.
STAFF_CREDIT = frozenset(["staff", "team", "desk", "editors"])
# Roles and agencies written after a name: "Ann Example, Staff Writer".
ROLES = regex.compile(
    r"(?i:(?:senior|staff|special|contributing|chief|deputy|associate|guest|political|"
    r"national|foreign|business|science|technology|sports?|health|auto|ap)[ \t]++)*+"
    r"(?i:writer|reporter|correspondent|editor|columnist|contributor|journalist|staff|"
    r"redakteur|redakteurin|rédacteur|rédactrice|redactor|redactora|redattore|redacteur|"
    r"autor|autorin|"
    # the jobs a company's blog signs with ("Ann Example, Product Manager, Ads Team")
    r"engineer|manager|director|coordinator|designer|developer|founder|co-founder|"
    r"president|officer|analyst|strategist|intern|team|ingenieur|ingenieurin|direktor|"
    r"direktorin|leiter|leiterin|gründer|gründerin|ingénieur|ingénieure|directeur|"
    r"directrice|fondateur|fondatrice|ingeniero|ingeniera|directora|fundador|fundadora|"
    r"ingegnere|direttore|direttrice|fondatore|fondatrice|engenheiro|engenheira|diretor|"
    r"diretora|oprichter|inżynier|dyrektor|założyciel|инженер|директор|основатель)$"
)
# A role written after the name without a comma, or glued to it by the scraper: "Ann
# Example Senior Contributor", "Ann ExampleBusiness Columnist".
GLUED_ROLE = regex.compile(
    r"(?:(?<=\p{Ll})|(?<![ \t])[ \t]++)(?:(?:Senior|Staff|Special|Contributing|Chief|Deputy|"
    r"Associate|Guest|Political|National|Foreign|Business|Science|Technology|Sports?|"
    r"Health)[ \t]++)?+"
    r"(?:Writer|Reporter|Correspondent|Contributor|Editor|Columnist|Redakteur|Redakteurin|"
    r"Korrespondent|Korrespondentin|Rédacteur|Rédactrice|Correspondant|Correspondante|"
    r"Redactor|Redactora|Corresponsal|Redattore|Redattrice|Corrispondente|Redacteur|"
    r"Correspondent)$"
)
PARTICLES = frozenset(
    ["van", "von", "de", "da", "del", "della", "der", "den", "di", "du", "la", "le", "bin",
     "ibn", "al", "el", "dos", "das", "do", "ter", "ten", "zu", "y", "e", "d'", "van't",
     "mac", "st.", "af"]
)  # fmt: skip
# A word's elided or possessive ending after an apostrophe ("Haven't", "Town's"), which
# no name has ("O'Brien": a capital follows).
ELIDED_END = regex.compile(r"\p{Ll}['’]\p{Ll}{1,2}+$")
# Social networks, as share buttons name them.
SOCIAL_NAMES = [
    "facebook twitter whatsapp pinterest linkedin instagram youtube reddit telegram",
    "tiktok flipboard",
]
SOCIAL = frozenset(" ".join(SOCIAL_NAMES).split())
# Words that show a "name" is interface text or a label, not a person.
NOT_NAME = frozenset(
    " ".join(
        [
            "email e-mail mail author authors share comments comment hours hour minutes",
            "minute ago more follow subscribe updated update published posted min photo",
            "photos image video news home menu search login log sign advertisement click here",
            "print the and our your contact about latest breaking live opinion analysis by via",
            "editorial staff newsletter privacy terms policy cookies copyright rights reserved",
            "all view full story stories related topics tags section sections top popular",
            "trending features feature special sponsored podcast podcasts watch listen gallery",
            "review reviews release website site blog today yesterday tomorrow week month",
            "year new business world politics sports sport tech technology science health",
            "culture entertainment lifestyle travel food style economy markets money local",
            "national international media books arts music film tv weather watched",
            # the headings of lists of posts and of a page's fields, in English and in the
            # other languages the extractor reads ("Recent Posts", "Neueste Beiträge",
            # "Derniers articles", "Date", "Kategorie"); no word that is also a surname
            "recent posts articles article archive archives category categories date",
            "previous older newer filed discuss discussion play download reply tweet",
            "neueste neuesten aktuelle beiträge beitrag artikel meistgelesen meistgelesene",
            "beliebteste kommentare kommentar nachrichten startseite suche teilen datum",
            "kategorie kategorien schlagwörter archiv themen anzeige werbung impressum",
            "derniers dernières récents récentes populaires commentaires commentaire",
            "actualités accueil recherche partager catégorie catégories auteur publicité",
            "últimas últimos recientes entradas artículos artículo comentarios comentario",
            "noticias inicio buscar compartir fecha categoría categorías archivo publicidad",
            "ultimi ultime recenti articoli articolo popolari commenti commento notizie",
            "cerca condividi categoria categorie archivio autore pubblicità",
            "artigos artigo comentários comentário notícias pesquisar compartilhar",
            "partilhar arquivo laatste recente berichten artikelen populair reacties",
            "reactie nieuws zoeken delen categorie archief najnowsze ostatnie wpisy",
            "artykuły artykuł popularne komentarze komentarz wiadomości szukaj archiwum",
            "последние записи статьи популярное комментарии новости поиск дата категория",
            "архив",
            # a forum's and a site's tools and greetings ("Thread Tools", "Member Centre",
            # "Welcome Back"), in the same languages
            "tools thread threads forum forums member members centre center welcome",
            "werkzeuge mitglied mitglieder willkommen outils membre membres bienvenue",
            "herramientas miembro miembros foro foros bienvenido bienvenida strumenti",
            "membro membri benvenuto benvenuti ferramentas bem-vindo leden welkom",
            "narzędzia członek członkowie witamy инструменты форум участник участники",
            # prepositions and pronouns, which no name holds ("In Association With",
            # "Apps For Book Lovers"); none that is also a name (not "will", "may")
            "with for from into onto of to without within this that these those what how",
            "why when where my his her their its mit für über ohne durch avec pour sans",
            "dans sur chez con para sin sobre senza tra fra dalla sem sobre met voor zonder",
            "naar dla bez przez для без через",
            *SOCIAL_NAMES,
        ]
    ).split()
)
NAME_TOKEN = regex.compile(
    r"^(?:\p{Lu}[\p{L}\p{M}'’\-]*+\.?+|\p{Lu}\.(?:\p{Lu}\.)*+|\p{Lu}\p{L}*+['’]\p{Lu}[\p{L}\-]*+)$"
)
# Where a link to an author's page goes: "/author/ann-example", "/autoren/anna-beispiel/",
# "/journalist/123/ann-example", "?byline=y".
AUTHOR_PATH = regex.compile(
    r"(?i:[/?&](?:authors?|autor|autoren|autores|autori|autore|autrice|auteurs?|"
    r"journalist|journalists|journalisten|journaliste|journalistes|periodistas?|"
    r"giornalist[ai]|jornalistas?|redacteurs?|redactie|redaktion|redaccion|redazione|"
    r"reporters?|writers?|columnists?|contributors?|staff|byline)(?:[/=?&#.]|$))"
)
# A Markdown link whose address holds spaces, which html2text prints as the page wrote
# it ("[Ann Example](/author/Ann Example)") and which is then no link to the other
# cleaners: read only to find a link to an author's page.
SPACED_LINK = regex.compile(
    r"\[(?P<anchor>[^\[\]\n]{1,80}+)\]"
    r"\((?P<target>[^()\s\"]{1,300}+(?:[ \t]++[^()\s\"]{1,100}+){1,4}+)"
    r"(?:[ \t]++\"[^\"\n]{0,200}+\")?+[ \t]*+\)"
)
# News agencies sign articles too ("Associated Press", "Reuters"), as printed in credits.
AGENCIES = frozenset(fold(s) for s in CREDIT_SOURCES if len(s) >= 5)
LONG_SOURCES = sorted((s for s in CREDIT_SOURCES if len(s) >= 5), key=len, reverse=True)
AGENCY_END = regex.compile(
    "[ \t]++(?:"
    + "|".join(regex.escape(s) for s in LONG_SOURCES)
    + ")$",
    regex.IGNORECASE,
)
# Words that name a newspaper or a newsroom (the publication after a byline's name).
OUTLET_WORDS = frozenset(
    " ".join(
        [
            "today times news post press journal herald tribune daily gazette leader star",
            "review magazine insider chronicle courier observer sun telegraph express mail",
            "wire staff bureau desk network radio tv online zeitung tagblatt nachrichten",
            "rundschau anzeiger kurier allgemeine presse journal quotidien diario periódico",
            "noticias corriere gazzetta giornale notizie dagblad krant nieuws jornal folha",
        ]
    ).split()
)
# A picture's credit: a name, then an agency or picture library after "|", "/" or "©".
CREDIT_SPLIT = regex.compile(r"[ \t]*+[|/©][ \t]*+")
SHORT_SOURCES = frozenset(s for s in CREDIT_SOURCES if len(s) < 5)
# Where a name is glued to the next word: "Ann ExampleView More Articles".
GLUE = regex.compile(r"\p{Ll}\p{Lu}")
# The first word of the link an author box prints after the name ("View More Articles",
# "All posts", "Alle Artikel", "Voir ses articles", "Ver más").
PROFILE_LINK = regex.compile(
    r"(?i:view|see|more|all|read|follow|author|profile|posts|articles|stories|bio|contact|"
    r"e-?mail|alle|artikel|mehr|autor|voir|tous|auteur|plus|ver|todos|artículos|más)\b"
)

# ---------------------------------------------------------------- dates and times

TIME = regex.compile(
    r"(?<![0-9])[0-9]{1,2}[:.h][0-9]{2}(?::[0-9]{2})?+[ \t]*+(?i:am|pm|a\.m\.|p\.m\.|uhr|h)?+"
    r"(?![0-9])|(?<![0-9])[0-9]{1,2}[ \t]*+(?i:am|pm)(?!\p{L})"
)
ZONE = regex.compile(r"(?<!\p{L})(?:[A-Z]{2,4}|UTC[+-][0-9]{1,2}|GMT[+-][0-9]{1,2})(?!\p{L})")
FILLER = regex.compile(
    r"(?i:published|publish date|posted|posted on|first published|updated|last updated|"
    r"last modified|modified|date|on|at|le|am|um|el|em|il|op|à|a las|alle|om|publié|"
    r"mis à jour|publicado|actualizado|atualizado|pubblicato|aggiornato|veröffentlicht|"
    r"publiziert|aktualisiert|gepubliceerd|bijgewerkt|erschienen)(?!\p{L})"
)
SEPARATORS = " \t\u00a0|·•,;:/-–—()[]"
AGO = regex.compile(
    r"(?<![\p{L}0-9])[0-9]{1,3}[ \t]*+(?i:(?:second|minute|min|hour|hr|day|week|month)s?+|"
    r"[smhd])[ \t]++(?i:ago)(?!\p{L})|(?i:vor)[ \t]++[0-9]{1,3}[ \t]++\p{L}{1,10}+|"
    r"(?i:il y a|hace|há)[ \t]++[0-9]{1,3}[ \t]++\p{L}{1,10}+|"
    r"(?<![\p{L}0-9])[0-9]{1,3}[ \t]++\p{L}{1,10}+[ \t]++(?i:fa|geleden|назад)(?!\p{L})"
)
# The opening of the line a blog prints under a post: "Posted by Ann Example on July 12,
# 2012 | Permalink", "Publié par ... le ...", "Veröffentlicht von ... am ...".
POSTED = regex.compile(
    r"^[ \t*_>|•·-]{0,4}+(?i:posted|published|publié|publiée|posté|postée|veröffentlicht|"
    r"gepostet|eingestellt|publicado|publicada|postado|postada|pubblicato|pubblicata|"
    r"postato|gepubliceerd|geplaatst|opublikowano|opublikował|opublikowała|dodano|"
    r"опубликовано|размещено|добавлено)(?!\p{L})"
)
# The sentence a blog's theme prints under a post, with its date and often its author
# and categories ("This entry was posted on July 12, 2012 at 8:14 pm and is filed under
# News.", "Dieser Eintrag wurde am 12. Juli 2012 veröffentlicht", "Cet article a été
# publié le 12 juillet 2012").
POST_FOOTER = regex.compile(
    r"^[ \t*_>|•·-]{0,4}+(?i:this (?:entry|post|article) (?:was|is)|this was (?:posted|written)|"
    r"dieser (?:eintrag|beitrag|artikel) wurde|(?:cet article|cette entrée|ce billet) a été|"
    r"(?:esta entrada|este artículo|este post) fue|(?:esta entrada|este artigo) foi|"
    r"(?:questo articolo|questa voce) è stat[oa]|dit (?:bericht|artikel) (?:werd|is)|"
    r"(?:ten wpis|ten artykuł) został)(?!\p{L})"
)
# The words before a date that is a member's or a person's, not the article's (a forum
# post's "Registered: July 3, 2001", "Mitglied seit 3. Mai 2010", "Born March 3, 1970"):
# matched against the text that ends where the date starts.
PERSON_DATE = regex.compile(
    r"(?<!\p{L})(?i:registered|joined|member since|born|registriert|mitglied seit|"
    r"dabei seit|geboren|inscrit|inscrite|membre depuis|né|née|registrado|registrada|"
    r"miembro desde|nacido|nacida|iscritto|iscritta|iscritto dal|membro dal|lid sinds|"
    r"geregistreerd|registado|nascido|nascida|zarejestrowany|zarejestrowana|"
    r"dołączył|dołączyła|urodzony|urodzona|зарегистрирован|регистрация|родился|родилась)"
    r"[ \t:.,]{0,3}+(?:(?i:on|am|seit|le|depuis|el|il|op|em|en)[ \t:]{1,2}+)?+$"
)
# The words before a date that is when something ends, not when the article was written
# ("Expires: 20 June 2021", "Gültig bis 3. Mai 2010", "Valable jusqu'au 3 mai 2010"):
# matched against the text that ends where the date starts.
END_DATE = regex.compile(
    r"(?<!\p{L})(?i:expires|expired|expiry|expiration|expiry date|expiration date|"
    r"valid until|valid through|valid till|gültig bis|läuft ab|ablaufdatum|expire|"
    r"valable jusqu'au|valable jusqu’au|date d'expiration|vence|caduca|"
    r"válido hasta|válida hasta|fecha de vencimiento|scade|scadenza|"
    r"valido fino al|valida fino al|expira|válido até|válida até|validade|"
    r"verloopt|geldig tot|wygasa|ważny do|ważna do|ważne do|истекает|"
    r"действителен до|действительна до|срок действия|годен до)"
    r"[ \t:.,]{0,3}+(?:(?i:on|am|le|el|il|op|em|en)[ \t:]{1,2}+)?+$"
)
# The dash that opens the signature under a quotation or an embedded post.
SIGNATURE = regex.compile(r"^[—―–][ \t]*+")

# ---------------------------------------------------------------- headlines

SUFFIX_SEP = regex.compile(r"\s(?:\||-|–|—|::|»|·)\s")
# Short interface lines that are never a title: the headings of lists of other articles
# and of a page's boxes (the buttons and links remove_boilerplate knows are in its phrase
# tables, see interface_line()).
UI_TITLES = frozenset(
    [
        "advertisement", "continue reading", "supported by", "related", "most popular",
        "trending", "breaking news", "read more", "comments",
        "latest", "more", "about us", "contact us", "cookie policy",
        "privacy policy", "terms of use", "all rights reserved", "up next",
        "watch live", "latest headlines", "top stories", "top headlines", "more stories",
        "most read", "most viewed", "editor's picks", "recommended", "you may also like",
        "more news", "related articles", "related stories", "recent posts", "popular posts",
        "meistgelesen", "les plus lus", "lo más leído", "i più letti", "meest gelezen",
    ]
)  # fmt: skip
# The interface phrases remove_boilerplate takes out later, in every language it knows:
# the skip-navigation link, menus, the account, newsletter and share buttons.
_INTERFACE = phrase_table(("ui", "account", "social", "newsletter", "navigation"))


def interface_line(text: str) -> bool:
    """Whether ``text`` is a line of the page's interface rather than of its article (a
    button, a menu, a box heading): never a title or a section.

    >>> interface_line("Zum Inhalt springen"), interface_line("Most read")
    (True, True)
    >>> interface_line("Council Opens New Bridge")
    False
    """
    return fold(text) in UI_TITLES or phrase_key(text) in _INTERFACE.exact
# Every phrase of the page's interface remove_boilerplate knows, in all its categories
# (advertising, comments, the footer too), and the buttons and boxes of a page's tools it
# does not take out: "Send to a friend", "Advertise here", "Search this blog", "Powered
# by ...", a category line ("Posted in Travel"). Compared with phrase_key()'s form.
_ALL_INTERFACE = phrase_table()
_WIDGET = regex.compile(
    r"(?:advertise|werben|annoncer|anunciarse|anuncie|pubblicizza|adverteren)"
    r"(?: (?:here|with us|hier|bei uns|ici|aquí|aqui|qui|u nas))?+|"
    r"(?:advertise (?:on|with|in)|werben (?:auf|bei|in)|annoncer sur|(?:anunciarse|anuncie) en|"
    r"pubblicizza su|adverteren (?:op|bij))(?: \S++){1,3}+|"
    r"(?:send|e ?mail) (?:this |it )?+to a friend|(?:an einen )?freund (?:senden|empfehlen)|"
    r"artikel (?:versenden|empfehlen)|envoyer (?:à|a) un ami|enviar a un amigo|"
    r"invia a un amico|enviar a um amigo|doorsturen|wyślij znajomemu|отправить другу|"
    r"remove (?:this )?+ads?|site info|site map|"
    r"(?:search|follow|subscribe to|translate) this (?:blog|site|website)|"
    r"diesen blog (?:durchsuchen|abonnieren)|rechercher dans ce blog|buscar en este blog|"
    r"cerca in questo blog|pesquisar (?:n)?+este blog|zoeken in (?:deze|dit) blog|"
    r"szukaj w tym blogu|поиск по блогу|"
    r"(?:(?:powered|presented|sponsored|brought to you|hosted) by|präsentiert von|"
    r"unterstützt von|présenté par|propulsé par|presentado por|patrocinado por|"
    r"presentato da|offerto da|apresentado por|aangeboden door|mogelijk gemaakt door|"
    r"sponsorem|при поддержке)(?: \S++){0,3}+|"
    r"(?:posted|published|filed) in(?: \S++){1,3}+|"
    r"(?:categor(?:y|ies)|kategorien?|catégories?|categorías?|categorie|categorieën|"
    r"categorias?|kategori[ae]|рубрик[аи]|категори[яи])(?: \S++){1,6}+"
)
# The name of a blog, never one of its posts' titles: "The Blog of Ann Example", "Ann
# Example's Blog", "The Harbour Blog", "A blog by Ann Example", "Le blog de ...", "Das
# Blog von ...", "El blog de ...", "Il blog di ...".
BLOG_NAME = regex.compile(
    r"(?i:^(?:the |a |an |le |la |el |il |lo |das |der |die |o |het |de )?+"
    r"(?:official |offizielle[rs]? |officiel |oficial |ufficiale )?+(?:blog|weblog|blogue) "
    r"(?:of|by|from|von|vom|des|du|de|d'|di|del|della|do|da|van|od|par|por|für)[ '’]|"
    r"^\p{L}[\p{L}. -]{0,40}+(?:'s|’s|s') (?:official )?+(?:blog|weblog)(?:$| (?:on|about) )|"
    r"^the (?:\S++ ){1,3}+(?:blog|weblog)$)|"
    r"\b(?i:blog|weblog) (?i:by|von|par|por|di|door|od) \p{Lu}"
)
# A breadcrumb trail that starts at the home page: "Home • Harbour News", "Startseite /
# Lokales", "Accueil › Région".
HOME_TRAIL = regex.compile(
    r"^(?i:home|home ?page|startseite|start|accueil|inicio|início|portada|pagina iniziale|"
    r"strona główna|главная)[ \t]*+[|·•/>»›→]"
)
# What parts the tools printed on one line: "Advertise | AdChoices".
_WIDGET_SEP = regex.compile(r"[ \t]*+[|·•][ \t]*+")


def widget_line(text: str) -> bool:
    """Whether ``text`` is made only of the page's interface phrases and tools, alone or
    one against the other: never a headline.

    >>> widget_line("Advertise | AdChoices"), widget_line("Send to a Friend")
    (True, True)
    >>> widget_line("Leave a comment! | Posted in Holidays"), widget_line("Powered by Example")
    (True, True)
    >>> widget_line("Catégories : Voyage, Photo"), widget_line("Diesen Blog durchsuchen")
    (True, True)
    >>> widget_line("Advertise on harbour-news.example"), widget_line("Werben auf Hafen Online")
    (True, True)
    >>> widget_line("Advertisers Flee The Council's Bridge")
    False
    >>> widget_line("Advertise on the Bridge: Council Says No")
    False
    >>> widget_line("Posted In A Hurry: Why We Wait")
    False
    """
    parts = [phrase_key(part) for part in _WIDGET_SEP.split(text[:200])]
    return all(
        part in _ALL_INTERFACE.exact or _WIDGET.fullmatch(part) is not None for part in parts
    )


# The label of a teaser for another article ("Featured: ...", "Up next: ...", "Previous
# post: ...", "Empfohlen: ...", "À la une : ...").
TEASER_LABEL = regex.compile(
    r"^(?i:featured|sponsored|promoted|recommended|up next|"
    r"(?:next|previous) (?:post|article|story)|empfohlen|gesponsert|anzeige|"
    r"à la une|sponsorisé|article suivant|article précédent|destacado|"
    r"patrocinado|recomendado|in evidenza|sponsorizzato|consigliato|"
    r"uitgelicht|gesponsord|aanbevolen|polecane|sponsorowane|polecamy|рекомендуем|"
    r"популярное)[ \t]*+[:：]"
)
# The heading of a list of other articles: "More from Ann Example", "Read also", "Mehr
# zum Thema", "À lire aussi", "Lee también", "Leggi anche", "Lees ook", "Leia também".
LIST_HEADING = regex.compile(
    r"^(?i:(?:more|recent|latest|other|related|popular|top|most read)[ \t]++"
    r"(?:from|by|in|on|about|stories|articles|posts|news|headlines|videos)|read also|"
    r"see also|also read|read next|mehr (?:von|zu|aus|zum)|weitere (?:artikel|beiträge)|"
    r"siehe auch|lesen sie auch|(?:à )?lire aussi|voir aussi|lee también|"
    r"ver también|leia também|veja também|leggi anche|altri articoli|vedi anche|"
    r"lees ook|meer van|zie ook|читайте также|ещё по теме)(?!\p{L})|"
    r"^(?i:latest|more|top|most popular|neueste|mehr|plus|más|mais|altri|meer)[ \t]++\p{L}++$"
)
# Sentences of media players and link widgets, never a headline.
UI_SENTENCE = regex.compile(
    r"(?i:\b(?:opens?|will open) in a new (?:window|tab)\b|\bshare (?:this|on|via|with)\b|"
    r"\b(?:is|are) (?:not supported|unsupported)\b|\bmedia playback\b|\benable javascript\b|"
    r"\byour browser\b)"
)
# A caption glued to its credit by the scraper: "... in Braunau, Austria.Ann Example / Agency".
GLUED_CREDIT = regex.compile(r"\p{Ll}{2}[.!?]\p{Lu}\p{Ll}|(?i:credit:)|(?i:caption)(?=\p{Lu})")
# A web address in a line: never a headline.
WEB_ADDRESS_START = regex.compile(r"(?i:\bwww\.|https?://)")
# A caption's credit: "Photo by", "Image courtesy".
PHOTO_CREDIT = regex.compile(
    r"(?i:\b(?:photograph|photo|image|picture|illustration)s?+ (?:by|credit|courtesy)\b)"
    # a caption's credit after its words ("... in the harbour. Photograph: Ann Example/PA");
    # a headline may open with the label ("Photos: The harbour in winter")
    r"|(?<=\S\s)(?i:photograph|photo|foto|picture|image|bild|credit)s?+:\s"
)
# Words of interface lines ("Share this story", "Follow us on", "Sign up for alerts").
UI_WORDS = regex.compile(
    r"(?i:\b(?:share|sharing|follow|subscribe|newsletters?|sign up|sign in|log in|e-?mail|"
    r"emails|tweet|comments?|advertisement|playback|continue reading|read more|click|"
    r"watch live|recent from|more from|related|cookies?|javascript|browser|"
    # the same buttons in other languages, as phrases (their single words are common
    # words there: "Folgen", "seguir", "suivre")
    r"weiterlesen|mehr lesen|hier klicken|jetzt abonnieren|lire la suite|cliquez ici|"
    r"abonnez-vous|leer más|seguir leyendo|haga clic|suscríbete|leggi tutto|continua a leggere|"
    r"clicca qui|iscriviti|leia mais|continue lendo|clique aqui|inscreva-se|"
    r"lees meer|verder lezen|klik hier|czytaj więcej|czytaj dalej|kliknij tutaj|"
    r"читать далее|нажмите здесь)\b)"
)
# The first word of a caption.
CAPTION_START = regex.compile(
    r"^(?i:photo|image|picture|credit|caption|foto|bild|imagen|immagine|illustration)s?+\b"
)
# "— Ann Example, in an interview": the line under a quotation that says who said it
ATTRIBUTION = regex.compile(r"^[—―–][ \t]*+\p{Lu}")
# A line cut short: "A headline that goes on…".
CUT_MARK = regex.compile(r"(?:…|\.\.\.)[ \t]*+$")
# A heading that links to a site's home page: "/", "https://example.org/".
SITE_ROOT = regex.compile(r"/|(?i:https?://)[^/\s]++/?+")
# Function words of every language the stop-word lists know, and the scripts written
# without spaces, for the words a headline shares with the body.
ALL_STOPWORDS = frozenset().union(*STOPWORDS.values())
# One character of those scripts (as seedclean.lines.NO_SPACE_CHAR), found faster in Latin
# text: they all lie from U+0E00 (Thai) up, so that range is tested first.
NO_SPACE = regex.compile(rf"[\u0e00-\U0010ffff](?<=[{NO_SPACE_SCRIPTS}])")

# ---------------------------------------------------------------- how a line is printed

PAREN = regex.compile(r"\([^()\n]{0,300}+\)")
HEADING_MARK = regex.compile(r"^[ \t]*+(#{1,6}+)[ \t]++")
EMPTY_HEADING = regex.compile(r"[ \t]*+(#{1,6}+)[ \t]*+")
# Markdown's single-character emphasis, around words (not inside snake_case or 2 * 3).
ITALIC = regex.compile(r"(?<![\w*_])[*_](?=[^\s*_])|(?<=[^\s*_])[*_](?![\w*_])")
# A letter or a digit: a line without one (an image, a rule, an icon) does not count.
WORDY = regex.compile(r"[\p{L}\p{N}]")
# An ASCII digit: TIME, AGO and READING need one, so a text without one is not searched.
DIGIT = regex.compile(r"[0-9]")

# ---------------------------------------------------------------- header and tail labels

READING = regex.compile(
    r"(?<![\p{L}0-9])(?P<n>[0-9]{1,3})[ \t\u00a0-]*+(?i:min(?:ute)?s?|minuten|minutes|minutos|"
    r"minuti|minuut|minuto)\.?+[ \t]*+(?i:read|reading|de lecture|de lectura|di lettura|"
    r"lesezeit|leestijd|de leitura|lesedauer|leestijd)(?!\p{L})"
    r"|(?i:reading time|read time|lesezeit|lesedauer|temps de lecture|tiempo de lectura|"
    r"tempo de leitura|tempo di lettura|leestijd)[ \t]*+:?[ \t]*+(?:(?i:ca)\.?[ \t]*+)?"
    r"(?P<n2>[0-9]{1,3})[ \t\u00a0]*+(?i:min(?:ute|uten|utos|uti|uut|uto)?s?)\.?+(?!\p{L})"
)
TRANSLATIONS = regex.compile(
    r"^(?i:also available in|available in|read (?:this )?in|this (?:article|page) is also "
    r"available in|other languages|disponible en|disponible aussi en|également disponible en|"
    r"auch verfügbar (?:auf|in)|auch auf|disponível em|também disponível em|disponibile in|"
    r"anche in|ook beschikbaar in|leer en|lire en|lesen auf)[ \t]*+:?[ \t]*+(?P<rest>.*+)$"
)
# Names of languages, in English and in themselves, that a language switcher lists.
LANGUAGES = frozenset(
    " ".join(
        [
            "english arabic farsi persian french german spanish portuguese italian dutch",
            "russian chinese japanese korean turkish hebrew urdu hindi kurdish polish",
            "ukrainian greek français deutsch español português italiano nederlands русский",
            "українська polski türkçe ελληνικά العربية فارسی اردو עברית 中文 日本語 한국어",
            "हिन्दी kurdî",
        ]
    ).split()
)
TAGS_HEAD = regex.compile(
    r"^(?i:topics?|tags?|tagged(?: with| in)?|filed under|keywords|related topics|"
    r"themen|schlagw[öo]rter|schlagworte|étiquettes|mots-clés|sujets|etiquetas|temas|"
    r"argomenti|onderwerpen|trefwoorden|tópicos|assuntos)"
    r"(?:[ \t]*+[:：][ \t]*+(?P<rest>\S.*+)|[ \t]*+[:：]?[ \t]*+)$"
)
REGIONS_HEAD = regex.compile(
    r"^(?i:regions?(?: (?:&|and) countries)?|countries|places|locations?|regionen|länder|"
    r"régions|pays|regiones|países|regioni|paesi|regio's|landen|regiões)"
    r"(?:[ \t]*+[:：][ \t]*+(?P<rest>\S.*+)|[ \t]*+[:：]?[ \t]*+)$"
)
BIO = regex.compile(
    r"^(?P<name>\p{Lu}[^\s,]*+(?:[ \t]+[^\s,]+){0,4}?)(?:,[ \t]++(?:an?|the)[ \t]|"
    r"[ \t]++is[ \t]++(?:an?|the|also)?+[ \t]?+|[ \t]++was[ \t]++(?:an?|the|also)[ \t]++)"
    r"(?P<what>[^\n]{0,400}+)$"
)
BIO_WORDS = regex.compile(
    r"(?i:\b(?:at|of|with|for|author|writer|journalist|editor|fellow|professor|analyst|"
    r"reporter|correspondent|director|researcher|contributor|columnist|scholar|founder)\b)"
)
ABOUT = regex.compile(
    r"^(?i:about the authors?|about the writers?|über (?:den autor|die autorin|die autoren)|"
    r"zum autor|à propos de l'auteur|à propos des auteurs|sobre el autor|sobre los autores|"
    r"sobre o autor|sobre os autores|sull'autore|l'autore|over de auteur|over de auteurs)"
    r"[ \t]*+:?$"
)
