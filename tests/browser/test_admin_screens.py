"""The everyday admin screens in a real browser, in Vietnamese and in Khmer: no English, no stray Vietnamese.

Each screen's visible text (document.body.innerText, line by line), its placeholders, aria-labels and
title attributes, and the document title are compared with the English msgids of the admin's packages
(Wagtail, wagtail-localize, Django, taggit — locale_upstream/). A line that *is* such a msgid is an
untranslated string. On Khmer screens, a line with Vietnamese letters is a Vietnamese interface string,
unless it is content this test created (CONTENT) or an autonym.

The Vietnamese run logs in an Editor, a Moderator and a Translator whose admin is in Vietnamese; the
Khmer run the same roles with the admin in Khmer (UserProfile.preferred_language), so every screen is
seen — and kept as test-artifacts/admin-<lang>-<screen>.png — in both languages.
"""

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

import polib
import pytest
from django.conf import settings
from wagtail.users.models import UserProfile

from editorial.review import start_review
from feedback.models import Question
from news.models import NewsPage
from tests import factories
from tests.browser.conftest import save_screenshot
from tests.browser.test_translators_workflow import KHMER, log_in
from tests.translation import translate

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

LANGUAGES = ["vi", "km"]

# English msgids that are the same word in every language of this site, so seeing them is no fault.
SAME_IN_EVERY_LANGUAGE = {
    "Wagtail",  # the product's name (logo alt text, "Wagtail 8.0" in the footer of the dashboard)
    "Taggit",  # a package's name
    "IPv4",  # technical terms the catalogues keep as they are
    "IPv6",
}

# Autonyms: a language is offered by its own name (settings.LANGUAGES, WAGTAILADMIN_PERMITTED_LANGUAGES)
# whatever the admin's language — "Tiếng Việt" on Khmer screens ("Use the Tiếng Việt version"), and
# "English" (also a Django msgid) in the account page's language choices.
AUTONYMS = ["Tiếng Việt", "ភាសាខ្មែរ", "English"]

# Left as they are, because no catalogue reaches them: (screen name prefix, pattern, reason).
ALLOWED = [
    # wagtail-localize 1.14.5 hard-codes "More actions" (its footer menu) and "<source> to <target>
    # translation" in its React editor without gettext: a translator's footer replaces the first and
    # editorial/static/editorial/translation-progress.js hides the second, so neither is allowed here.
    # The account page's time zone choices are labelled by the browser (Wagtail's core.js asks
    # Intl.DateTimeFormat in the page's language); Chromium's ICU data has no Khmer time zone
    # names and falls back to English ("GMT+4 (Réunion Time)").
    ("account", re.compile(r"^[\w/+-]+: GMT[^()]*\([^()]+\)$"), "time zone names from the browser's ICU data"),
]


# What the test creates: page content, titles, names — Vietnamese text on Khmer screens that is no fault.
ARTICLE_TITLE = "Hội nghị tổng kết công tác dân tộc"
PENDING_TITLE = "Thông báo lịch tiếp công dân"
IMAGE_TITLE = "Ảnh hội nghị"
DOCUMENT_TITLE = "Kế hoạch tổ chức hội nghị"
QUESTION = {
    "name": "Nguyễn Văn An",
    "contact": "an@example.org",
    "subject": "Hỏi về chính sách hỗ trợ",
    "question": "Xin hỏi thủ tục nhận hỗ trợ nhà ở.",
}
CONTENT = [
    ARTICLE_TITLE,
    PENDING_TITLE,
    IMAGE_TITLE,
    DOCUMENT_TITLE,
    QUESTION["name"],
    QUESTION["subject"],
    QUESTION["question"],
    *KHMER,  # the Vietnamese source segments of the translated article
    "Ban Dân tộc tỉnh thăm hỏi đồng bào.",  # the factories' defaults
    "Tin, ảnh: Cảnh Tuân, Văn phòng",
    "Cảnh Tuân",
    "Trang chủ",
    "Tin tức",
    "Ban Dân tộc tỉnh Trà Vinh",
    "Thông tin về công tác dân tộc.",
]
CONTENT.extend(QUESTION.values())

VIETNAMESE = re.compile("[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]", re.IGNORECASE)
LETTER = re.compile(r"[^\W\d_]")


def is_candidate(msgid):
    """A msgid that would be an interface string if seen alone: a phrase, or one capitalised word."""
    if len(LETTER.findall(msgid)) <= 3 or "%" in msgid or "{" in msgid:
        return False  # too short to tell from content, or a template that never shows as it is
    words = msgid.split()
    return len(words) > 1 or (msgid[0].isupper() and msgid.isalpha())


@lru_cache
def english_msgids(language):
    """The upstream msgids (and plural forms) whose translation into `language` differs from the English."""
    found = set()
    for path in sorted(Path(settings.BASE_DIR, "locale_upstream").glob(f"*/{language}/LC_MESSAGES/*.po")):
        for entry in polib.pofile(str(path)):
            translated = set(entry.msgstr_plural.values()) if entry.msgid_plural else {entry.msgstr}
            for msgid in filter(None, [entry.msgid, entry.msgid_plural]):
                if is_candidate(msgid) and msgid not in translated:
                    found.add(msgid.strip())
    return found - SAME_IN_EVERY_LANGUAGE


COLLECT = """() => {
    const found = [["title", document.title]];
    for (const line of document.body.innerText.split(/[\\n\\t]/)) found.push(["text", line]);
    for (const element of document.querySelectorAll("[placeholder], [aria-label], [title]")) {
        for (const name of ["placeholder", "aria-label", "title"]) {
            const value = element.getAttribute(name);
            if (value) found.push([name, value]);
        }
    }
    return found;
}"""


KHMER_FONT_LOADED = """() => document.fonts.ready.then(
    (fonts) => [...fonts].some((font) => font.family.includes("Noto Sans Khmer") && font.status === "loaded")
)"""


def without_content(text):
    """The text without the test's own content and the autonyms, whole or cut short by an ellipsis."""
    for content in sorted(CONTENT + AUTONYMS, key=len, reverse=True):
        text = text.replace(content, "")
    for cut in re.findall(r"([^…]+)…", text):
        if len(cut.strip()) > 3 and any(content.startswith(cut.strip()) for content in CONTENT):
            text = text.replace(cut + "…", "")
    return text


def allowed(screen, text):
    return text in AUTONYMS or any(
        screen.startswith(prefix) and pattern.match(text) for prefix, pattern, _reason in ALLOWED
    )


def problems(page, language, screen):
    """The English msgids, and on Khmer screens the Vietnamese strings, that this screen shows."""
    english = english_msgids(language)
    found = []
    for where, value in page.evaluate(COLLECT):
        text = unicodedata.normalize("NFC", value).strip()
        if not text or allowed(screen, text):
            continue
        bare = text.rstrip(" *:").strip()
        if text in english or bare in english:
            found.append(f"{screen}: English {where}: {text!r}")
        elif language == "km" and VIETNAMESE.search(without_content(text)):
            found.append(f"{screen}: Vietnamese {where}: {text!r}")
    return found


class Screens:
    def __init__(self, language, live_server):
        self.language = language
        self.live_server = live_server
        self.found = []
        self.seen = []

    def check(self, page, screen):
        page.wait_for_load_state("networkidle")
        self.seen.append(screen)
        save_screenshot(page, f"admin-{self.language}-{screen}")
        self.found.extend(problems(page, self.language, screen))
        if self.language == "km" and not page.evaluate(KHMER_FONT_LOADED):
            self.found.append(f"{screen}: Noto Sans Khmer not loaded (Khmer would show as boxes without a system font)")

    def visit(self, page, url, screen, wait_for=None):
        page.goto(self.live_server.url + url, wait_until="networkidle")
        if wait_for:
            page.wait_for_selector(wait_for)
        self.check(page, screen)

    def visit_tabs(self, page, url, screen, wait_for=None):
        """The page editor: every tab clicked, each one checked and kept."""
        self.visit(page, url, screen, wait_for)
        tabs = page.locator("[role=tab]:visible")
        for index in range(tabs.count()):
            tab = tabs.nth(index)
            tab.click()
            page.wait_for_timeout(200)
            self.check(page, f"{screen}-tab{index + 1}")


def admin_language(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


@pytest.fixture
def screens_data(news_index, khmer_news_index):
    from wagtail.models import Collection

    users = {
        "editor": factories.UserFactory(username="bien-tap", groups=["Editors"]),
        "moderator": factories.UserFactory(username="kiem-duyet", groups=["Moderators"]),
        "translator": factories.UserFactory(username="bien-dich", groups=["Translators"]),
    }
    factories.ImageFactory(title=IMAGE_TITLE, collection=Collection.get_first_root_node())
    factories.WagtailDocumentFactory(title=DOCUMENT_TITLE)
    Question.objects.create(**QUESTION)
    article = factories.NewsPageFactory(
        parent=news_index,
        title=ARTICLE_TITLE,
        slug="hoi-nghi-tong-ket",
        lead="Ban Dân tộc tỉnh tổ chức hội nghị tổng kết.",
        credit="",
        body__0__paragraph__value="<p>Đại biểu dự hội nghị tại hội trường.</p>",
        body__1__photo__caption="Quang cảnh hội nghị tổng kết.",
        body__1__photo__alt="Đại biểu ngồi trong hội trường",
        body__1__photo__image__image__title=IMAGE_TITLE,
    )
    khmer = translate(article, KHMER, publish=False)
    khmer = NewsPage.objects.get(pk=khmer.pk)
    start_review(khmer, users["translator"])  # the Khmer draft waits in "Translation review"

    pending = factories.NewsPageFactory(parent=news_index, title=PENDING_TITLE, slug="lich-tiep-cong-dan", live=False)
    pending.save_revision(user=users["editor"])
    pending.get_workflow().start(pending, users["editor"])  # waits in "Moderation"
    return {"users": users, "article": article, "khmer": khmer, "pending": NewsPage.objects.get(pk=pending.pk)}


@pytest.mark.parametrize("language", LANGUAGES)
def test_everyday_admin_screens_show_no_english_and_no_stray_vietnamese(
    language, browser, live_server, open_page, screens_data, news_index, khmer_news_index
):
    users = {role: admin_language(user, language) for role, user in screens_data["users"].items()}
    article, khmer, pending = screens_data["article"], screens_data["khmer"], screens_data["pending"]
    screens = Screens(language, live_server)

    # Before logging in there is no profile: the browser's language decides (editorial.middleware).
    context = browser.new_context(viewport={"width": 1280, "height": 800}, locale=language)
    try:
        screens.visit(context.new_page(), "/admin/login/", "login")
    finally:
        context.close()

    page = log_in(open_page, live_server, users["editor"].username)
    screens.check(page, "dashboard")
    screens.visit(page, f"/admin/pages/{news_index.pk}/", "explorer-news")
    screens.visit_tabs(page, f"/admin/pages/{article.pk}/edit/", "page-editor")
    screens.visit(page, "/admin/images/", "images")
    screens.visit(page, "/admin/images/multiple/add/", "images-upload")
    screens.visit(page, "/admin/documents/", "documents")
    screens.visit(page, "/admin/snippets/", "snippets")
    screens.visit(page, "/admin/snippets/feedback/question/", "questions")
    screens.visit(page, "/admin/account/", "account")
    screens.visit(page, f"/admin/pages/{pending.pk}/workflow_history/", "workflow-history")
    state = pending.current_workflow_state
    screens.visit(page, f"/admin/pages/{pending.pk}/workflow_history/detail/{state.pk}/", "workflow-history-detail")

    page = log_in(open_page, live_server, users["translator"].username)
    screens.check(page, "translator-dashboard")
    screens.visit(page, f"/admin/pages/{khmer_news_index.pk}/", "explorer-khmer-news")
    screens.visit_tabs(page, f"/admin/pages/{khmer.pk}/edit/", "translation-editor", ".js-translation-editor li")
    screens.visit(page, "/admin/translations/status/", "translation-status")

    page = log_in(open_page, live_server, users["moderator"].username)
    screens.check(page, "moderator-dashboard")
    screens.visit(page, f"/admin/translations/review/{khmer.pk}/", "translation-review")

    assert len(screens.seen) == 20, screens.seen
    assert screens.found == [], "\n" + "\n".join(screens.found)
