"""Multilingual boilerplate phrases, as data: what web pages print around an article.

Each category of :data:`CATEGORIES` names the :class:`~seedclean.document.Reason` its
lines are removed with and lists its phrases by language (ISO 639-1 code). Phrases are
generic interface text found on many sites ("Share", "Read more", "All rights
reserved"); none is taken from a particular site. A phrase ending in ``…`` is a
*prefix*: it also matches when a few words follow it ("Share on …" matches "Share on
Facebook").

Phrases are compared by :func:`phrase_key`: case-folded, punctuation and symbols
dropped, Persian zero-width non-joiners read as spaces, combining marks (Arabic
harakat) dropped.

>>> CATEGORIES["social"].reason.value
'social'
>>> "Weiterlesen" in CATEGORIES["read_more"].phrases["de"]
True
>>> phrase_key("  READ MORE »")
'read more'
>>> phrase_key("اقرأ أيضاً") == phrase_key("اقرأ أيضا")
True
>>> is_prefix("Share on …"), is_prefix("Share")
(True, False)
>>> table = phrase_table(["social", "comments"])
>>> table.exact["share"].value, table.prefix["share on"].value
('social', 'social')
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache
from types import MappingProxyType
from typing import Any

import attrs
import regex

from .document import Reason
from .lines import fold

__all__ = [
    "CATEGORIES",
    "COMMENT_COUNT",
    "COOKIE_SIGNALS",
    "COOKIE_WORDS",
    "LANGUAGE_NAMES",
    "RELATED_HEADINGS",
    "RIGHTS_RESERVED",
    "Category",
    "GluedPhrases",
    "PhraseTable",
    "is_prefix",
    "phrase_key",
    "phrase_table",
    "related_table",
]

PREFIX_MARK = "…"


@attrs.frozen
class Category:
    """A kind of boilerplate: the reason its lines are removed with and its phrases."""

    reason: Reason
    phrases: Mapping[str, tuple[str, ...]]


_MARKS = regex.compile(r"\p{Mn}++")


def phrase_key(text: str) -> str:
    """The form in which phrases and lines are compared (see the module docstring).

    >>> phrase_key("Kommentare (12)")
    'kommentare 12'
    >>> phrase_key("اشتراک\\u200cگذاری") == phrase_key("اشتراک گذاری")
    True
    """
    key = fold(text)
    if "\u200c" in key:
        key = " ".join(key.replace("\u200c", " ").split())
    if not key.isascii() and _MARKS.search(key):
        key = " ".join(_MARKS.sub("", key).split())
    return key


def is_prefix(phrase: str) -> bool:
    """Whether ``phrase`` is a prefix phrase (it ends with ``…``)."""
    return phrase.rstrip().endswith(PREFIX_MARK)


# fmt: off
_SOCIAL: dict[str, tuple[str, ...]] = {
    "en": ("Share", "Share this", "Share this article", "Share this story", "Share this post",
           "Share on …", "Share via …", "Share to …", "Shares", "Tweet", "Tweet this", "Pin it",
           "Like", "Like this", "Follow us", "Follow us on …",
           "Follow on …", "Share on Facebook", "Share on Twitter", "Share on WhatsApp",
           "Share on LinkedIn", "Email this", "Copy link", "Link copied", "Facebook", "Twitter",
           "LinkedIn", "WhatsApp", "Pinterest", "Reddit", "Telegram", "Instagram", "YouTube",
           "Flipboard", "Share article", "Share story", "Share this page"),
    "de": ("Teilen", "Diesen Artikel teilen", "Artikel teilen", "Teilen auf …", "Folgen Sie uns",
           "Folgen Sie uns auf …", "Auf Facebook teilen", "Auf Twitter teilen", "Link kopieren",
           "Twittern", "Seite teilen"),
    "fr": ("Partager", "Partager cet article", "Partager sur …", "Suivez-nous", "Suivez-nous sur …",
           "Copier le lien", "Tweeter", "Partager la page"),
    "es": ("Compartir", "Compartir en …", "Comparte este artículo", "Compartir este artículo",
           "Síguenos", "Síguenos en …", "Copiar enlace", "Tuitear"),
    "it": ("Condividi", "Condividi su …", "Condividi questo articolo", "Seguici", "Seguici su …",
           "Copia link"),
    "pt": ("Compartilhar", "Partilhar", "Compartilhe", "Compartilhar no …", "Partilhar no …",
           "Siga-nos", "Siga-nos no …", "Copiar link", "Partilhe este artigo",
           "Compartilhe este artigo"),
    "nl": ("Delen", "Deel dit artikel", "Delen op …", "Volg ons", "Volg ons op …",
           "Link kopiëren", "Deel dit"),
    "ru": ("Поделиться", "Поделиться в …", "Поделитесь", "Подписывайтесь на нас",
           "Мы в соцсетях", "Скопировать ссылку", "Поделиться ссылкой"),
    "pl": ("Udostępnij", "Udostępnij na …", "Obserwuj nas", "Obserwuj nas na …", "Skopiuj link",
           "Podziel się"),
    "tr": ("Bizi takip edin", "Bağlantıyı kopyala", "Facebook'ta paylaş",
           "Twitter'da paylaş", "Paylaş …"),
    "ar": ("شارك", "مشاركة", "شارك المقال", "تابعونا", "تابعنا على …", "نسخ الرابط"),
    "fa": ("اشتراک‌گذاری", "به اشتراک بگذارید", "ما را دنبال کنید", "کپی لینک"),
    "zh": ("分享", "分享到 …", "关注我们", "复制链接"),
    "ja": ("シェア", "シェアする", "ツイート", "フォローする", "リンクをコピー",
           "この記事をシェアする"),
}

_NEWSLETTER: dict[str, tuple[str, ...]] = {
    "en": ("Subscribe", "Subscribe now", "Subscribe to …", "Subscribe to our newsletter",
           "Sign up for …", "Sign up for our newsletter", "Sign up to our newsletter",
           "Newsletter", "Newsletters", "Get our newsletter", "Join our newsletter",
           "Join our mailing list", "Subscribe to our mailing list", "Enter your email",
           "Enter your email address", "Your email address", "Email address", "Unsubscribe",
           "Subscribe for free", "Sign up for free"),
    "de": ("Abonnieren", "Jetzt abonnieren", "Newsletter abonnieren", "Zum Newsletter anmelden",
           "Melden Sie sich für unseren Newsletter an", "Ihre E-Mail-Adresse",
           "E-Mail-Adresse"),
    "fr": ("S'abonner", "Abonnez-vous", "Inscrivez-vous à notre newsletter",
           "S'inscrire à la newsletter", "Votre adresse e-mail", "Lettre d'information"),
    "es": ("Suscríbete", "Suscribirse", "Suscríbete a nuestro boletín", "Boletín",
           "Boletín de noticias", "Tu correo electrónico", "Recibe nuestro boletín"),
    "it": ("Iscriviti", "Iscriviti alla newsletter", "Abbonati", "La tua email",
           "Il tuo indirizzo email"),
    "pt": ("Assine", "Assinar", "Inscreva-se", "Assine a nossa newsletter",
           "Receba a nossa newsletter", "Seu e-mail", "O seu email"),
    "nl": ("Abonneren", "Abonneer nu", "Schrijf je in voor onze nieuwsbrief", "Nieuwsbrief",
           "Meld je aan voor de nieuwsbrief", "Je e-mailadres"),
    "ru": ("Подписаться", "Подпишитесь", "Подписаться на рассылку", "Рассылка",
           "Подпишитесь на нашу рассылку", "Ваш e-mail"),
    "pl": ("Subskrybuj", "Zapisz się", "Zapisz się do newslettera", "Twój adres e-mail"),
    "tr": ("Abone ol", "Bültenimize abone olun", "E-posta adresiniz", "Bülten"),
    "ar": ("اشترك", "اشترك الآن", "اشترك في النشرة البريدية", "النشرة البريدية",
           "بريدك الإلكتروني"),
    "fa": ("عضویت در خبرنامه", "خبرنامه", "مشترک شوید", "ایمیل خود را وارد کنید"),
    "zh": ("订阅", "立即订阅", "订阅我们的新闻通讯", "电子邮件地址", "邮箱地址"),
    "ja": ("購読する", "ニュースレター", "メールマガジン", "メールアドレス"),
}

_READ_MORE: dict[str, tuple[str, ...]] = {
    "en": ("Read more", "Continue reading", "Keep reading", "Read the full article",
           "Read the full story", "Read full article", "Read full story", "Show more",
           "Show less", "See more", "View more", "Load more", "Read less", "More",
           "Full story", "Click here to read more", "Read on", "Expand", "Collapse",
           "View all", "See all", "Read the rest of this entry"),
    "de": ("Weiterlesen", "Mehr lesen", "Mehr anzeigen", "Weniger anzeigen", "Mehr erfahren",
           "Artikel lesen", "Alle anzeigen", "Mehr", "Zum Artikel", "Lesen Sie mehr"),
    "fr": ("Lire la suite", "Lire plus", "En savoir plus", "Voir plus", "Afficher plus",
           "Voir moins", "Lire l'article", "Voir tout"),
    "es": ("Leer más", "Seguir leyendo", "Ver más", "Mostrar más", "Ver menos",
           "Leer artículo completo", "Más información", "Ver todo", "Sigue leyendo"),
    "it": ("Leggi di più", "Continua a leggere", "Leggi tutto", "Mostra di più", "Mostra meno",
           "Scopri di più", "Vedi tutto", "Leggi l'articolo"),
    "pt": ("Leia mais", "Ler mais", "Continue lendo", "Continuar a ler", "Ver mais",
           "Mostrar mais", "Saiba mais", "Ver tudo"),
    "nl": ("Lees meer", "Lees verder", "Meer lezen", "Toon meer", "Toon minder", "Bekijk alles",
           "Meer weten"),
    "ru": ("Читать далее", "Читать дальше", "Подробнее", "Читать полностью", "Показать ещё",
           "Показать больше", "Свернуть", "Смотреть все", "Ещё"),
    "pl": ("Czytaj więcej", "Czytaj dalej", "Pokaż więcej", "Pokaż mniej", "Zobacz więcej",
           "Zobacz wszystkie", "Więcej"),
    "tr": ("Devamını oku", "Daha fazla", "Daha fazla göster", "Devamı", "Tümünü gör",
           "Haberin devamı"),
    "ar": ("اقرأ المزيد", "المزيد", "عرض المزيد", "تابع القراءة", "اقرأ أكثر"),
    "fa": ("ادامه مطلب", "بیشتر بخوانید", "نمایش بیشتر", "بیشتر", "ادامه خواندن"),
    "zh": ("阅读更多", "查看更多", "更多", "阅读全文", "展开全文", "收起", "加载更多"),
    "ja": ("続きを読む", "もっと見る", "詳しくはこちら", "全文を読む", "もっと読む"),
}

_COOKIE: dict[str, tuple[str, ...]] = {
    "en": ("We use cookies", "This website uses cookies", "This site uses cookies",
           "Accept cookies", "Accept all cookies", "Accept all", "Reject all",
           "Allow all cookies", "Allow cookies", "Manage cookies", "Cookie settings",
           "Cookie preferences", "Cookie policy", "Cookies policy", "Cookie consent",
           "Manage consent", "Accept and close", "Only necessary cookies",
           "Necessary cookies only", "Reject non-essential cookies"),
    "de": ("Wir verwenden Cookies", "Diese Website verwendet Cookies", "Alle akzeptieren",
           "Alle ablehnen", "Cookies akzeptieren", "Cookie-Einstellungen", "Cookie-Richtlinie",
           "Akzeptieren und schließen", "Nur notwendige Cookies"),
    "fr": ("Nous utilisons des cookies", "Ce site utilise des cookies", "Tout accepter",
           "Tout refuser", "Accepter les cookies", "Paramètres des cookies",
           "Politique de cookies", "Gérer les cookies", "Accepter et fermer",
           "Politique relative aux cookies"),
    "es": ("Utilizamos cookies", "Usamos cookies", "Este sitio web utiliza cookies",
           "Aceptar todas", "Aceptar todo", "Rechazar todas", "Aceptar cookies",
           "Configuración de cookies", "Política de cookies"),
    "it": ("Utilizziamo i cookie", "Questo sito utilizza i cookie", "Accetta tutti",
           "Rifiuta tutti", "Accetta i cookie", "Impostazioni dei cookie",
           "Informativa sui cookie", "Gestisci i cookie"),
    "pt": ("Este site utiliza cookies", "Aceitar todos", "Aceitar cookies", "Rejeitar todos",
           "Configurações de cookies", "Definições de cookies"),
    "nl": ("Wij gebruiken cookies", "Deze website gebruikt cookies", "Alle cookies accepteren",
           "Alles accepteren", "Cookies accepteren", "Cookie-instellingen", "Cookiebeleid"),
    "ru": ("Мы используем файлы cookie", "Этот сайт использует файлы cookie", "Принять все",
           "Принять cookie", "Настройки cookie", "Политика использования файлов cookie"),
    "pl": ("Używamy plików cookie", "Ta strona używa plików cookie", "Zaakceptuj wszystkie",
           "Akceptuj wszystkie", "Odrzuć wszystkie", "Ustawienia plików cookie",
           "Polityka plików cookie"),
    "tr": ("Çerez kullanıyoruz", "Tümünü kabul et", "Çerezleri kabul et", "Çerez ayarları",
           "Çerez politikası"),
    "ar": ("نحن نستخدم ملفات تعريف الارتباط", "قبول الكل", "قبول ملفات تعريف الارتباط",
           "سياسة ملفات تعريف الارتباط", "إعدادات ملفات تعريف الارتباط"),
    "fa": ("ما از کوکی‌ها استفاده می‌کنیم", "پذیرش همه", "پذیرش کوکی‌ها", "سیاست کوکی",
           "تنظیمات کوکی"),
    "zh": ("我们使用Cookie", "本网站使用Cookie", "接受所有Cookie", "全部接受", "接受Cookie",
           "Cookie设置", "Cookie政策", "全部拒绝"),
    "ja": ("当サイトではCookieを使用しています", "すべて受け入れる", "すべてのCookieを受け入れる",
           "Cookieを受け入れる", "Cookie設定", "Cookieポリシー"),
}

_ADVERTISEMENT: dict[str, tuple[str, ...]] = {
    "en": ("Advertisement", "Advertisements", "Advertising", "Ad", "Ads", "Sponsored",
           "Sponsored content", "Sponsored by …", "Paid content", "Paid post", "Promoted",
           "Promoted content", "Partner content", "Scroll to continue with content",
           "Story continues below advertisement", "Article continues below advertisement",
           "Continue reading below", "AdChoices", "Ad choices", "Remove ads",
           "Advertisement - scroll to continue", "Skip advert", "Skip ad"),
    "de": ("Anzeige", "Anzeigen", "Werbung", "Gesponsert", "Weiterlesen nach der Anzeige",
           "Artikel wird nach der Anzeige fortgesetzt"),
    "fr": ("Publicité", "Sponsorisé", "Contenu sponsorisé", "Pub",
           "La suite après cette publicité", "La suite après la publicité"),
    "es": ("Publicidad", "Anuncio", "Patrocinado", "Contenido patrocinado"),
    "it": ("Pubblicità", "Sponsorizzato", "Contenuto sponsorizzato", "Annuncio"),
    "pt": ("Publicidade", "Anúncio", "Conteúdo patrocinado", "Continua após a publicidade"),
    "nl": ("Advertentie", "Gesponsord", "Gesponsorde inhoud", "Lees verder na de advertentie"),
    "ru": ("Реклама", "Спонсорский материал", "Партнерский материал", "На правах рекламы"),
    "pl": ("Reklama", "Artykuł sponsorowany", "Materiał sponsorowany", "Materiał partnera"),
    "tr": ("Reklam", "Sponsorlu", "Sponsorlu içerik"),
    "ar": ("إعلان", "إعلانات", "محتوى مدعوم"),
    "fa": ("تبلیغات", "آگهی", "تبلیغ"),
    "zh": ("广告", "赞助内容", "推广"),
    "ja": ("広告", "スポンサー", "PR", "スポンサーリンク"),
}

_ACCOUNT: dict[str, tuple[str, ...]] = {
    "en": ("Sign in", "Log in", "Login", "Log out", "Logout", "Sign out", "Register", "Sign up",
           "Sign up now", "Create account", "Create an account", "My account", "Your account",
           "Account", "Forgot password", "Forgot your password", "Password", "Username",
           "Remember me", "Subscriber login", "Already a subscriber",
           "Already have an account", "Don't have an account", "Sign in to comment",
           "Log in to comment", "You must be logged in to post a comment"),
    "de": ("Anmelden", "Abmelden", "Einloggen", "Registrieren", "Mein Konto", "Konto erstellen",
           "Passwort vergessen"),
    "fr": ("Se connecter", "Connexion", "Déconnexion", "S'inscrire", "Inscription", "Mon compte",
           "Créer un compte", "Mot de passe oublié"),
    "es": ("Iniciar sesión", "Cerrar sesión", "Registrarse", "Regístrate", "Mi cuenta",
           "Crear cuenta", "Crear una cuenta", "Acceder", "Entrar",
           "¿Olvidaste tu contraseña?"),
    "it": ("Accedi", "Esci", "Registrati", "Il mio account", "Crea un account",
           "Password dimenticata", "Accesso"),
    "pt": ("Sair", "Cadastre-se", "Registar", "Registrar", "Minha conta", "A minha conta",
           "Criar conta", "Esqueceu a senha", "Iniciar sessão", "Terminar sessão"),
    "nl": ("Inloggen", "Uitloggen", "Registreren", "Mijn account", "Account aanmaken",
           "Wachtwoord vergeten", "Aanmelden"),
    "ru": ("Войти", "Выйти", "Вход", "Регистрация", "Зарегистрироваться", "Личный кабинет",
           "Мой аккаунт", "Забыли пароль"),
    "pl": ("Zaloguj się", "Wyloguj się", "Zarejestruj się", "Moje konto", "Logowanie",
           "Rejestracja", "Nie pamiętasz hasła"),
    "tr": ("Giriş yap", "Giriş", "Çıkış yap", "Kayıt ol", "Üye ol", "Hesabım", "Şifremi unuttum"),
    "ar": ("تسجيل الدخول", "تسجيل الخروج", "إنشاء حساب", "حسابي", "التسجيل"),
    "fa": ("ورود", "خروج", "ثبت نام", "حساب کاربری", "ورود به حساب کاربری"),
    "zh": ("登录", "登入", "注册", "退出登录", "我的账户", "忘记密码"),
    "ja": ("ログイン", "ログアウト", "新規登録", "会員登録", "マイページ", "パスワードを忘れた方"),
}

_UI: dict[str, tuple[str, ...]] = {
    "en": ("Search …", "Menu", "Main menu", "Open menu", "Close menu", "Toggle menu",
           "Toggle navigation", "Navigation", "Close", "Close button", "Skip to content",
           "Skip to main content", "Skip to navigation", "Skip navigation", "Back to top",
           "Jump to content", "Jump to main content", "Jump to navigation",
           "Scroll to top", "Go to top", "Top", "Print", "Print this page", "Print article",
           "Email", "E-mail", "Loading", "Please wait", "Switch to …", "Dark mode",
           "Light mode", "Toggle dark mode", "Text size", "Font size",
           "Listen to this article", "Listen", "Click here", "Open in app",
           "Download the app", "Get the app",
           "Your browser does not support the video tag",
           "Your browser does not support the audio element"),
    "de": ("Suche", "Suchen", "Menü", "Schließen", "Zum Inhalt springen", "Direkt zum Inhalt",
           "Zur Navigation springen",
           "Nach oben", "Zurück nach oben", "Drucken", "Wird geladen", "Lädt", "Hauptmenü",
           "Menü öffnen", "Menü schließen", "Vorlesen", "Artikel anhören"),
    "fr": ("Rechercher", "Recherche", "Fermer", "Aller au contenu",
           "Aller au contenu principal", "Aller à la navigation", "Retour en haut",
           "Haut de page", "Imprimer",
           "Courriel", "Chargement", "Chargement en cours", "Ouvrir le menu", "Fermer le menu"),
    "es": ("Buscar", "Búsqueda", "Menú", "Cerrar", "Ir al contenido", "Saltar al contenido",
           "Volver arriba", "Imprimir", "Correo electrónico", "Cargando", "Abrir menú",
           "Cerrar menú"),
    "it": ("Cerca", "Chiudi", "Vai al contenuto", "Salta al contenuto", "Torna su",
           "Torna all'inizio", "Stampa", "Caricamento", "Caricamento in corso", "Apri menu"),
    "pt": ("Pesquisar", "Procurar", "Fechar", "Ir para o conteúdo", "Saltar para o conteúdo",
           "Voltar ao topo", "Carregando", "A carregar", "Abrir menu"),
    "nl": ("Zoeken", "Sluiten", "Naar de inhoud", "Ga naar de inhoud", "Naar de inhoud springen",
           "Direct naar de inhoud", "Terug naar boven",
           "Naar boven", "Afdrukken", "Printen", "Laden", "Bezig met laden", "Menu openen"),
    "ru": ("Поиск", "Найти", "Меню", "Закрыть", "Перейти к содержимому",
           "Перейти к содержанию", "Наверх", "Печать",
           "Распечатать", "Загрузка", "Открыть меню"),
    "pl": ("Szukaj", "Wyszukaj", "Zamknij", "Przejdź do treści", "Do góry", "Powrót na górę",
           "Drukuj", "Ładowanie", "Wczytywanie"),
    "tr": ("Arama", "Kapat", "İçeriğe geç", "Yukarı çık", "Başa dön", "Yazdır", "Yükleniyor",
           "E-posta"),
    "ar": ("بحث", "القائمة", "إغلاق", "انتقل إلى المحتوى", "العودة إلى الأعلى", "طباعة",
           "البريد الإلكتروني", "جار التحميل", "جاري التحميل"),
    "fa": ("جستجو", "جست‌وجو", "منو", "بستن", "رفتن به محتوا", "بازگشت به بالا", "چاپ", "ایمیل",
           "در حال بارگذاری"),
    "zh": ("搜索", "菜单", "关闭", "跳到主要内容", "返回顶部", "打印", "电子邮件", "加载中",
           "正在加载"),
    "ja": ("検索", "メニュー", "閉じる", "本文へスキップ", "ページの先頭へ", "トップへ戻る", "印刷",
           "メール", "読み込み中"),
}

_NAVIGATION: dict[str, tuple[str, ...]] = {
    "en": ("Home", "Homepage", "Previous", "Next", "Previous article", "Next article",
           "Previous post", "Next post", "Previous story", "Next story", "Back", "Go back",
           "You are here …", "Tags", "Topics", "Categories", "Filed under …",
           "Sections", "Jump to", "Back to overview", "Back to the overview", "Back to list",
           "Back to the list"),
    "de": ("Startseite", "Zurück", "Weiter", "Vorheriger Artikel", "Nächster Artikel",
           "Sie sind hier …", "Schlagwörter", "Themen", "Zurück zur Übersicht",
           "Zurück zur Liste"),
    "fr": ("Accueil", "Précédent", "Suivant", "Article précédent", "Article suivant",
           "Vous êtes ici …", "Mots-clés", "Sujets", "Retour", "Retour à la liste",
           "Retour à l'aperçu"),
    "es": ("Inicio", "Anterior", "Siguiente", "Artículo anterior", "Artículo siguiente",
           "Estás aquí", "Etiquetas", "Temas", "Volver", "Volver al listado",
           "Volver a la lista"),
    "it": ("Precedente", "Successivo", "Articolo precedente", "Articolo successivo", "Sei qui",
           "Argomenti", "Tag", "Indietro", "Torna all'elenco", "Torna alla lista"),
    "pt": ("Início", "Página inicial", "Próximo", "Seguinte", "Artigo anterior",
           "Próximo artigo", "Você está aqui", "Voltar", "Voltar à lista",
           "Voltar para a lista"),
    "nl": ("Vorige", "Volgende", "Vorig artikel", "Volgend artikel", "U bent hier",
           "Je bent hier", "Onderwerpen", "Terug", "Terug naar overzicht",
           "Terug naar het overzicht"),
    "ru": ("Главная", "Назад", "Далее", "Вперёд", "Предыдущая статья", "Следующая статья",
           "Вы здесь", "Теги", "Метки", "Темы", "Вернуться к списку", "Назад к списку"),
    "pl": ("Strona główna", "Poprzedni", "Następny", "Poprzedni artykuł", "Następny artykuł",
           "Jesteś tutaj", "Tagi", "Tematy", "Wróć", "Powrót do listy"),
    "tr": ("Ana sayfa", "Anasayfa", "Önceki", "Sonraki", "Önceki haber", "Sonraki haber",
           "Etiketler", "Konular", "Geri"),
    "ar": ("الرئيسية", "الصفحة الرئيسية", "السابق", "التالي", "المقال السابق", "المقال التالي",
           "أنت هنا", "الوسوم", "كلمات مفتاحية"),
    "fa": ("خانه", "صفحه اصلی", "قبلی", "بعدی", "مطلب قبلی", "مطلب بعدی", "شما اینجا هستید",
           "برچسب‌ها", "بازگشت"),
    "zh": ("首页", "主页", "上一篇", "下一篇", "返回", "当前位置", "标签"),
    "ja": ("ホーム", "トップページ", "前の記事", "次の記事", "戻る", "現在地", "タグ"),
}

_FOOTER: dict[str, tuple[str, ...]] = {
    "en": ("All rights reserved", "Privacy Policy", "Privacy", "Privacy notice",
           "Terms of Use", "Terms of Service", "Terms and Conditions", "Terms & Conditions",
           "Terms", "Contact", "Contact us", "About", "About us", "Advertise",
           "Advertise with us", "Careers", "Sitemap", "Site map", "Accessibility", "Imprint",
           "Legal notice", "Disclaimer", "Copyright", "Help", "FAQ", "Press", "RSS", "RSS feed",
           "Do not sell my personal information",
           "Do not sell or share my personal information"),
    "de": ("Alle Rechte vorbehalten", "Datenschutz", "Datenschutzerklärung", "Impressum",
           "Kontakt", "Über uns", "Nutzungsbedingungen", "AGB", "Barrierefreiheit",
           "Mediadaten", "Karriere"),
    "fr": ("Tous droits réservés", "Mentions légales", "Politique de confidentialité",
           "Confidentialité", "Conditions d'utilisation",
           "Conditions générales d'utilisation", "CGU", "Contactez-nous", "Nous contacter",
           "Qui sommes-nous", "À propos", "Plan du site"),
    "es": ("Todos los derechos reservados", "Aviso legal", "Política de privacidad",
           "Privacidad", "Términos de uso", "Términos y condiciones", "Condiciones de uso",
           "Contacto", "Contáctenos", "Quiénes somos", "Sobre nosotros", "Mapa del sitio"),
    "it": ("Tutti i diritti riservati", "Note legali", "Informativa sulla privacy",
           "Termini di utilizzo", "Termini e condizioni", "Contatti", "Chi siamo",
           "Mappa del sito", "Lavora con noi"),
    "pt": ("Todos os direitos reservados", "Política de privacidade", "Privacidade",
           "Termos de uso", "Termos de utilização", "Termos e condições", "Fale conosco",
           "Contacte-nos", "Quem somos", "Sobre nós", "Mapa do site"),
    "nl": ("Alle rechten voorbehouden", "Privacybeleid", "Privacyverklaring",
           "Gebruiksvoorwaarden", "Algemene voorwaarden", "Over ons", "Colofon"),
    "ru": ("Все права защищены", "Политика конфиденциальности", "Пользовательское соглашение",
           "Условия использования", "Контакты", "О нас", "О проекте", "Карта сайта",
           "Реклама на сайте"),
    "pl": ("Wszelkie prawa zastrzeżone", "Polityka prywatności", "Regulamin", "O nas",
           "Mapa strony", "Warunki korzystania"),
    "tr": ("Tüm hakları saklıdır", "Gizlilik politikası", "Kullanım koşulları", "İletişim",
           "Hakkımızda", "Künye", "Site haritası"),
    "ar": ("جميع الحقوق محفوظة", "سياسة الخصوصية", "شروط الاستخدام", "اتصل بنا", "من نحن",
           "خريطة الموقع", "الشروط والأحكام"),
    "fa": ("کلیه حقوق محفوظ است", "تمامی حقوق محفوظ است", "حریم خصوصی", "قوانین و مقررات",
           "شرایط استفاده", "تماس با ما", "درباره ما"),
    "zh": ("版权所有", "隐私政策", "使用条款", "联系我们", "关于我们", "网站地图", "免责声明",
           "保留所有权利"),
    "ja": ("無断転載禁止", "著作権", "プライバシーポリシー", "利用規約", "お問い合わせ",
           "会社概要", "サイトマップ", "免責事項", "運営会社"),
}

_COMMENTS: dict[str, tuple[str, ...]] = {
    "en": ("Comments", "Comment", "Leave a comment", "Leave a reply", "Post a comment",
           "Add a comment", "Write a comment", "Join the conversation", "Join the discussion",
           "Show comments", "View comments", "Hide comments", "Load comments", "No comments",
           "No comments yet", "Be the first to comment", "Reply", "Replies", "Cancel reply",
           "Report comment", "Share your thoughts", "Discussion", "Comments are closed",
           "Comments closed", "Comment on this article"),
    "de": ("Kommentare", "Kommentar", "Kommentieren", "Kommentar schreiben",
           "Einen Kommentar hinterlassen", "Schreibe einen Kommentar", "Antworten", "Antwort",
           "Keine Kommentare", "Diskussion", "Kommentare anzeigen"),
    "fr": ("Commentaires", "Commentaire", "Laisser un commentaire", "Ajouter un commentaire",
           "Réagir", "Répondre", "Aucun commentaire", "Afficher les commentaires", "Réactions"),
    "es": ("Comentarios", "Comentario", "Deja un comentario", "Dejar un comentario",
           "Añadir comentario", "Responder", "Sin comentarios", "Ver comentarios", "Comentar"),
    "it": ("Commenti", "Commento", "Lascia un commento", "Aggiungi un commento", "Rispondi",
           "Nessun commento", "Commenta", "Mostra commenti"),
    "pt": ("Comentários", "Comentário", "Deixe um comentário", "Deixe uma resposta",
           "Adicionar comentário", "Sem comentários", "Ver comentários"),
    "nl": ("Reacties", "Reactie", "Reageer", "Plaats een reactie", "Laat een reactie achter",
           "Geen reacties", "Beantwoorden", "Reageren"),
    "ru": ("Комментарии", "Комментарий", "Оставить комментарий", "Добавить комментарий",
           "Ответить", "Нет комментариев", "Комментировать"),
    "pl": ("Komentarze", "Komentarz", "Dodaj komentarz", "Zostaw komentarz", "Odpowiedz",
           "Brak komentarzy", "Skomentuj"),
    "tr": ("Yorumlar", "Yorum", "Yorum yap", "Yorum yaz", "Bir yorum bırakın", "Yanıtla",
           "Cevapla", "Henüz yorum yok"),
    "ar": ("التعليقات", "تعليقات", "تعليق", "أضف تعليق", "اترك تعليقا", "رد", "الرد",
           "لا توجد تعليقات"),
    "fa": ("نظرات", "دیدگاه‌ها", "نظر", "ارسال نظر", "دیدگاه خود را بنویسید", "پاسخ",
           "پاسخ دادن", "بدون نظر"),
    "zh": ("评论", "发表评论", "留言", "回复", "暂无评论", "查看评论", "网友评论"),
    "ja": ("コメント", "コメントする", "コメントを書く", "返信", "返信する",
           "コメントはまだありません"),
}

_LANGUAGE_SWITCHER: dict[str, tuple[str, ...]] = {
    "en": ("Also available in …", "Available in", "Read in English",
           "This article is also available in", "Read this article in …", "Language",
           "Languages", "Select language", "Choose language", "Change language",
           "English version"),
    "de": ("Auch verfügbar auf …", "Auch verfügbar in", "Auf Deutsch lesen",
           "Sprache", "Sprache wählen", "Sprachen"),
    "fr": ("Disponible en …", "Aussi disponible en", "Également disponible en",
           "Lire en français", "Langue", "Choisir la langue", "Langues"),
    "es": ("También disponible en", "Leer en español", "Idioma", "Idiomas",
           "Seleccionar idioma", "Cambiar idioma"),
    "it": ("Disponibile anche in", "Leggi in italiano", "Lingua", "Lingue", "Seleziona lingua"),
    "pt": ("Também disponível em", "Disponível em", "Ler em português", "Selecionar idioma"),
    "nl": ("Ook beschikbaar in", "Lees in het Nederlands", "Taal", "Talen", "Kies taal"),
    "ru": ("Также доступно на", "Читать на русском", "Язык", "Языки", "Выберите язык",
           "Версия на русском"),
    "pl": ("Dostępne również w języku", "Czytaj po polsku", "Język", "Języki", "Wybierz język"),
    "tr": ("Dil", "Dil seçin", "Diğer dillerde"),
    "ar": ("متوفر أيضا في", "اللغة", "اختر اللغة", "اقرأ بالعربية"),
    "fa": ("همچنین در دسترس به زبان", "زبان", "انتخاب زبان", "نسخه انگلیسی"),
    "zh": ("其他语言版本", "语言", "选择语言", "阅读英文版", "英文版"),
    "ja": ("他の言語で読む", "言語", "言語を選択", "英語版", "日本語版"),
}
# fmt: on

#: The built-in categories of boilerplate, by name.
CATEGORIES: Mapping[str, Category] = MappingProxyType(
    {
        name: Category(reason, MappingProxyType(phrases))
        for name, reason, phrases in (
            ("social", Reason.SOCIAL, _SOCIAL),
            ("newsletter", Reason.NEWSLETTER, _NEWSLETTER),
            ("read_more", Reason.READ_MORE, _READ_MORE),
            ("cookie", Reason.COOKIE_NOTICE, _COOKIE),
            ("advertisement", Reason.ADVERTISEMENT, _ADVERTISEMENT),
            ("account", Reason.ACCOUNT, _ACCOUNT),
            ("ui", Reason.UI_TEXT, _UI),
            ("navigation", Reason.NAVIGATION, _NAVIGATION),
            ("footer", Reason.FOOTER, _FOOTER),
            ("comments", Reason.COMMENTS, _COMMENTS),
            ("language_switcher", Reason.LANGUAGE_SWITCHER, _LANGUAGE_SWITCHER),
        )
    }
)

# fmt: off
#: Headings that open a block of links to other articles (``remove_related``).
RELATED_HEADINGS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "en": ("Related", "Related articles", "Related stories", "Related posts", "Related news",
           "Related content", "Related coverage", "Related reading", "Related links",
           "Related videos", "Recommended", "Recommended for you", "Recommended articles",
           "Recommended reading", "Recommended stories", "You may also like",
           "You might also like", "You may be interested in", "You might be interested in",
           "You may also be interested in", "Read next", "What to read next", "Read also",
           "Also read", "See also", "More from …", "More in …", "More on this story",
           "More on this topic", "More stories", "More news", "More articles", "More videos",
           "Also in this series", "Also in the series", "More in this series", "Most popular",
           "Most read", "Most viewed", "Most shared", "Popular", "Popular now",
           "Popular posts", "Trending", "Trending now", "Latest", "Latest news",
           "Latest stories", "Latest articles", "Latest posts", "Top stories",
           "Editor's picks", "Editors' picks", "Don't miss", "In case you missed it",
           "Further reading", "Explore more", "Recent posts", "Recent articles",
           "Recent news", "Recent", "Up next", "Next up", "Similar articles",
           "Other articles", "Other stories"),
    "de": ("Ähnliche Artikel", "Mehr zum Thema", "Das könnte Sie auch interessieren",
           "Das könnte dich auch interessieren", "Auch interessant", "Weitere Artikel",
           "Verwandte Artikel", "Lesen Sie auch", "Meistgelesen", "Meistgelesene Artikel",
           "Beliebt", "Neueste Artikel", "Empfohlen", "Empfehlungen", "Mehr aus …",
           "Weitere Nachrichten", "Top-Themen"),
    "fr": ("Lire aussi", "À lire aussi", "A lire aussi", "Lire également", "À lire également",
           "Articles similaires", "Articles liés", "Sur le même sujet",
           "Dans la même rubrique", "Vous aimerez aussi", "Vous pourriez aussi aimer",
           "Les plus lus", "Populaires", "À la une", "Recommandé", "Recommandés pour vous",
           "Voir aussi", "Plus d'articles", "Derniers articles", "Dernières actualités",
           "Nos recommandations"),
    "es": ("Artículos relacionados", "Noticias relacionadas", "Te puede interesar",
           "Te puede gustar", "También te puede interesar", "Lee también", "Lea también",
           "Más noticias", "Lo más leído", "Lo más visto", "Recomendado", "Recomendados",
           "Más de …", "Te recomendamos", "Relacionado", "Relacionados", "Últimas noticias",
           "Ver también"),
    "it": ("Leggi anche", "Articoli correlati", "Notizie correlate", "Potrebbe interessarti",
           "Ti potrebbe interessare", "Potrebbe interessarti anche", "I più letti",
           "Più letti", "Consigliati", "Da non perdere", "Ultime notizie", "Altri articoli",
           "Vedi anche"),
    "pt": ("Leia também", "Artigos relacionados", "Notícias relacionadas", "Relacionadas",
           "Veja também", "Você pode gostar", "Você também pode gostar", "Mais lidas",
           "Mais lidos", "Últimas notícias", "Mais notícias"),
    "nl": ("Lees ook", "Gerelateerde artikelen", "Gerelateerd", "Meer over dit onderwerp",
           "Meest gelezen", "Aanbevolen", "Dit vind je misschien ook leuk", "Ook interessant",
           "Laatste nieuws", "Meer nieuws", "Zie ook"),
    "ru": ("Читайте также", "Похожие статьи", "Похожие новости", "Материалы по теме",
           "По теме", "Рекомендуем", "Популярное", "Самое читаемое", "Последние новости",
           "Ещё по теме", "Вам может быть интересно", "Смотрите также", "Другие новости"),
    "pl": ("Przeczytaj też", "Przeczytaj także", "Czytaj też", "Czytaj także", "Zobacz też",
           "Zobacz także", "Powiązane artykuły", "Podobne artykuły", "Polecane",
           "Najczęściej czytane", "Najpopularniejsze", "Najnowsze", "Może cię zainteresować"),
    "tr": ("Bunlar da ilginizi çekebilir", "İlgili haberler", "İlgili yazılar",
           "Benzer haberler", "İlginizi çekebilir", "En çok okunanlar", "Önerilen",
           "Son haberler", "Diğer haberler"),
    "ar": ("اقرأ أيضا", "مقالات ذات صلة", "أخبار ذات صلة", "مواضيع ذات صلة", "الأكثر قراءة",
           "الأكثر مشاهدة", "قد يعجبك أيضا", "قد يهمك", "آخر الأخبار"),
    "fa": ("مطالب مرتبط", "اخبار مرتبط", "مطالب پیشنهادی", "پربازدیدترین‌ها", "پربازدیدترین",
           "آخرین اخبار", "مطالب مشابه", "همچنین بخوانید"),
    "zh": ("相关文章", "相关阅读", "相关新闻", "相关推荐", "推荐阅读", "热门文章", "热门推荐",
           "最新文章", "延伸阅读", "猜你喜欢", "你可能还喜欢", "大家都在看"),
    "ja": ("関連記事", "関連ニュース", "おすすめ記事", "おすすめ", "人気記事", "最新記事",
           "あわせて読みたい", "こちらもおすすめ", "注目記事", "新着記事", "ランキング"),
})

#: "All rights reserved" in each language: a short line that contains one is a footer.
RIGHTS_RESERVED: tuple[str, ...] = (
    *(_FOOTER[lang][0] for lang in _FOOTER if lang != "ja"),
    "保留所有权利",
    "無断転載禁止",
)

#: The heading of a comment thread that counts its comments and names the article:
#: "34 responses to “Title”", "5 thoughts on …", "12 Kommentare zu …", "3 réflexions sur …"
#: (the wording of common blog themes, in several languages), or counts them and stops
#: there or at a mark: "19 Responses", "{ 69 comments… read them below or add one }".
#: Matched at the start of a line, on its first 200 characters.
COMMENT_COUNT = regex.compile(
    r"^\W{0,3}+(?:\d{1,6}|one|two|three|un|une|ein|eine|uno|una|um|uma|één|een)\s++"
    r"(?:responses?|thoughts?|comments?|replies|reactions?|opinions?"
    r"|gedanken|kommentare?|antworten|reaktionen"
    r"|réflexions?|commentaires?|réponses?|avis"
    r"|comentarios?|respuestas?|pensamientos?|opiniones"
    r"|commenti|commento|risposte?|pensieri|pensiero"
    r"|comentários?|respostas?|pensamentos?"
    r"|reacties|reactie|gedachten|gedachte"
    r"|комментари[йяев]{0,2}|отзыв(?:а|ов)?|ответ(?:а|ов)?)"
    r"(?:\s++(?:to|on|for|zu|zum|zur|auf|sur|à|pour|a|en|sobre|para|de|su|per|em|op|over|на|к)\b"
    r"|\s*+(?:[…:»›|}\])]|\.{3}|$))",
    regex.IGNORECASE | regex.V1,
)

#: Words that say a line is about cookies (compared with :func:`phrase_key`).
COOKIE_WORDS: tuple[str, ...] = (
    "cookie", "куки", "çerez", "ملفات تعريف الارتباط", "کوکی", "クッキー",
)

#: What a site says in its cookie banner, besides the word "cookie": the site speaking of
#: itself, or asking for consent. A line needs a cookie word *and* one of these.
COOKIE_SIGNALS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "en": ("we use", "we and our partners", "this site", "this website", "our site",
           "our website", "by continuing", "by using", "by clicking", "you agree",
           "you consent", "accept all", "cookie settings", "cookie policy"),
    "de": ("wir verwenden", "wir nutzen", "diese website", "diese webseite", "unsere website",
           "wenn sie fortfahren", "stimmen sie", "alle akzeptieren"),
    "fr": ("nous utilisons", "ce site", "notre site", "en poursuivant", "en continuant",
           "vous acceptez", "tout accepter"),
    "es": ("utilizamos", "usamos", "este sitio", "esta web", "nuestro sitio", "al continuar",
           "si continúa", "aceptas", "acepta el uso"),
    "it": ("utilizziamo", "questo sito", "il nostro sito", "proseguendo", "acconsenti",
           "accetti"),
    "pt": ("este site", "nosso site", "ao continuar", "você concorda", "aceita"),
    "nl": ("wij gebruiken", "we gebruiken", "deze website", "onze website", "door verder",
           "ga je akkoord", "gaat u akkoord"),
    "ru": ("мы используем", "этот сайт", "наш сайт", "продолжая", "вы соглашаетесь"),
    "pl": ("używamy", "ta strona", "nasza strona", "korzystając", "zgadzasz się"),
    "tr": ("kullanıyoruz", "bu site", "web sitemiz", "devam ederek", "kabul etmiş"),
    "ar": ("نستخدم", "هذا الموقع", "موقعنا", "بمواصلة", "توافق"),
    "fa": ("استفاده می کنیم", "این سایت", "وب سایت ما", "ادامه استفاده"),
    "zh": ("我们使用", "本网站", "本站", "继续使用", "同意"),
    "ja": ("当サイト", "使用しています", "同意"),
})

#: Names of languages (in English and in themselves) and short codes, as a language
#: switcher lists them.
LANGUAGE_NAMES: tuple[str, ...] = (
    "English", "Deutsch", "German", "Français", "French", "Español", "Spanish", "Italiano",
    "Italian", "Português", "Portuguese", "Nederlands", "Dutch", "Русский", "Russian",
    "Polski", "Polish", "Türkçe", "Turkish", "العربية", "Arabic", "فارسی", "Farsi", "Persian",
    "中文", "简体中文", "繁體中文", "Chinese", "日本語", "Japanese", "한국어", "Korean", "עברית",
    "Hebrew", "Українська", "Ukrainian", "हिन्दी", "Hindi", "اردو", "Urdu", "Kurdî", "Kurdish",
    "Svenska", "Swedish", "Dansk", "Danish", "Norsk", "Norwegian", "Suomi", "Finnish",
    "Ελληνικά", "Greek", "Čeština", "Czech", "Magyar", "Hungarian", "Română", "Romanian",
    "Tiếng Việt", "Vietnamese", "Bahasa Indonesia", "Indonesian", "ไทย", "Thai",
    "EN", "DE", "FR", "ES", "IT", "PT", "NL", "RU", "PL", "TR", "AR", "FA", "ZH", "JA", "KO",
    "UK", "HE",
)
# fmt: on


@attrs.frozen
class GluedPhrases:
    """The exact phrases of a table, spaces removed, as a trie: to tell whether a short
    line is two or more phrases written together ("Share Tweet Email", "keep readingShow
    less").

    >>> glued = phrase_table(("social",)).glued
    >>> glued.split("sharetweet").value, glued.split("sharetheload")
    ('social', None)
    """

    root: dict[str, Any]

    @classmethod
    def build(cls, exact: Mapping[str, Reason]) -> GluedPhrases:
        """The trie of the ``exact`` phrase keys of a table."""
        root: dict[str, Any] = {}
        for key, reason in exact.items():
            compact = key.replace(" ", "")
            if len(compact) < 2:
                continue
            node = root
            for ch in compact:
                node = node.setdefault(ch, {})
            node.setdefault("", reason)
        return cls(root)

    def split(self, compact: str) -> Reason | None:
        """The reason of the first phrase when ``compact`` is two or more glued phrases."""
        n = len(compact)
        # best[i]: (number of parts, reason of the first part) for compact[:i]
        best: list[tuple[int, Reason] | None] = [None] * (n + 1)
        best[0] = (0, Reason.OTHER)
        furthest = 0  # the last i with best[i]: no later one can be reached from before it
        for i in range(n):
            if i > furthest:
                return None
            here = best[i]
            if here is None:
                continue
            node = self.root
            for j in range(i, n):
                nxt = node.get(compact[j])
                if nxt is None:
                    break
                node = nxt
                if "" in node:
                    if best[j + 1] is None:
                        best[j + 1] = (here[0] + 1, here[1] if i else node[""])
                    furthest = max(furthest, j + 1)
        final = best[n]
        return final[1] if final is not None and final[0] >= 2 else None


@attrs.frozen
class PhraseTable:
    """Phrases by key: ``exact`` whole-line phrases and ``prefix`` phrases, with reasons,
    and the exact ones as :class:`GluedPhrases`."""

    exact: Mapping[str, Reason]
    prefix: Mapping[str, Reason]
    #: The number of words of the longest prefix phrase.
    max_prefix_words: int = 0
    glued: GluedPhrases = attrs.field(factory=lambda: GluedPhrases({}), eq=False, repr=False)


def _done(table: PhraseTable) -> PhraseTable:
    longest = max((k.count(" ") + 1 for k in table.prefix), default=0)
    return attrs.evolve(
        table, max_prefix_words=longest, glued=GluedPhrases.build(table.exact)
    )


def _add(table: PhraseTable, phrases: Iterable[str], reason: Reason) -> None:
    exact, prefix = table.exact, table.prefix
    assert isinstance(exact, dict)
    assert isinstance(prefix, dict)
    for phrase in phrases:
        key = phrase_key(phrase)
        if not key:
            continue
        exact.setdefault(key, reason)
        if is_prefix(phrase):
            prefix.setdefault(key, reason)


def phrase_table(categories: Iterable[str] | None = None, extra: Iterable[str] = ()) -> PhraseTable:
    """The phrases of ``categories`` (all when ``None``) and ``extra`` user phrases.

    User phrases come first (reason ``user_phrase``); a phrase keeps the reason of the
    first category that lists it. Tables are cached: do not modify one.
    """
    names = tuple(CATEGORIES) if categories is None else tuple(categories)
    return _phrase_table(names, tuple(extra))


@lru_cache(maxsize=64)
def _phrase_table(names: tuple[str, ...], extra: tuple[str, ...]) -> PhraseTable:
    table = PhraseTable({}, {})
    _add(table, extra, Reason.USER_PHRASE)
    for name in names:
        cat = CATEGORIES[name]
        for phrases in cat.phrases.values():
            _add(table, phrases, cat.reason)
    return _done(table)


def related_table(extra: Iterable[str] = ()) -> PhraseTable:
    """The related-content headings (and ``extra`` user headings) as a phrase table.

    >>> related_table().exact["related articles"].value
    'related_content'
    """
    return _related_table(tuple(extra))


@lru_cache(maxsize=16)
def _related_table(extra: tuple[str, ...]) -> PhraseTable:
    table = PhraseTable({}, {})
    _add(table, extra, Reason.RELATED_CONTENT)
    for phrases in RELATED_HEADINGS.values():
        _add(table, phrases, Reason.RELATED_CONTENT)
    return _done(table)
