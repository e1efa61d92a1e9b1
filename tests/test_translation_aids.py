"""The translators' aids in wagtail-localize's editor: what changed (with the Khmer it had) and the memory."""

from urllib.parse import urlencode

import pytest
from django.test import TestCase
from django.urls import reverse
from wagtail.models import Locale
from wagtail.rich_text import RichText
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from editorial.translation_changes import diff_units, word_diff
from news.models import NewsPage
from tests import factories
from tests.translation import fill_segments, translate

pytestmark = pytest.mark.django_db

KHMER = {
    "Hội nghị sơ kết": "សន្និសីទបូកសរុប",
    "Ban Dân tộc tỉnh thăm hỏi đồng bào.": "គណៈកម្មាធិការជនជាតិខេត្តសួរសុខទុក្ខបងប្អូន។",
    "Tin, ảnh: Cảnh Tuân": "ព័ត៌មាន និងរូបថត៖ Cảnh Tuân",
    "Mở đầu.": "សេចក្តីផ្តើម។",
    "Đại biểu dự hội nghị tại hội trường.": "តំណាងចូលរួមសន្និសីទនៅសាលប្រជុំ។",
}


@pytest.fixture
def article(news_index, khmer_news_index):
    return factories.NewsPageFactory(
        parent=news_index,
        title="Hội nghị sơ kết",
        slug="hoi-nghi-so-ket",
        lead="Ban Dân tộc tỉnh thăm hỏi đồng bào.",
        credit="Tin, ảnh: Cảnh Tuân",
        body__0__paragraph__value="<p>Mở đầu.</p><p>Đại biểu dự hội nghị tại hội trường.</p>",
    )


def translation_of(page):
    return Translation.objects.get(source__object_id=page.translation_key, target_locale__language_code="km")


def aids(client, user, page):
    client.force_login(user)
    response = client.get(reverse("editorial:segment_aids", args=[translation_of(page).pk]))
    assert response.status_code == 200
    return response.json()


def segment_id(page, text):
    return str(StringSegment.objects.get(source=translation_of(page).source, string__data=text).pk)


def publish_lead(page, lead):
    page = NewsPage.objects.get(pk=page.pk)
    page.lead = lead
    page.save_revision().publish()
    return page


def type_in_editor(client, page, source_text, khmer):
    translation = translation_of(page)
    segment = StringSegment.objects.get(source=translation.source, string__data=source_text)
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
    response = client.put(url, urlencode({"value": khmer}), content_type="application/x-www-form-urlencoded")
    assert response.status_code in (200, 201)


def added(diff):
    return [text.strip() for kind, text in diff if kind == "+"]


def test_word_diff_marks_vietnamese_words_and_khmer_clusters():
    diff = word_diff("Ban Dân tộc tỉnh thăm hỏi.", "Ban Dân tộc tỉnh Trà Vinh thăm hộ.")
    assert added(diff) == ["Trà Vinh", "hộ"]
    assert [text for kind, text in diff if kind == "-"] == ["hỏi"]  # a whole word, not its last letter
    assert "".join(text for kind, text in diff if kind != "-") == "Ban Dân tộc tỉnh Trà Vinh thăm hộ."
    assert diff_units("សន្និសីទបូក") == ["ស", "ន្និ", "សី", "ទ", "បូ", "ក"]
    assert ["-", "ក"] in word_diff("បូក", "បូ")


def test_a_changed_lead_shows_the_previous_vietnamese_the_diff_and_the_previous_khmer(
    client, translator, article
):
    translate(article, KHMER)
    publish_lead(article, "Ban Dân tộc tỉnh Trà Vinh thăm hỏi đồng bào.")

    found = aids(client, translator, article)
    change = found[segment_id(article, "Ban Dân tộc tỉnh Trà Vinh thăm hỏi đồng bào.")]["changes"]
    assert change["previous"] == "Ban Dân tộc tỉnh thăm hỏi đồng bào."
    assert change["current"] == "Ban Dân tộc tỉnh Trà Vinh thăm hỏi đồng bào."
    assert added(change["diff"]) == ["Trà Vinh"]
    assert change["previousTranslation"] == KHMER["Ban Dân tộc tỉnh thăm hỏi đồng bào."]
    assert "changes" not in found.get(segment_id(article, "Hội nghị sơ kết"), {})  # unchanged segments: nothing
    # The live Khmer page keeps its reviewed lead until the update is approved.
    assert "គណៈកម្មាធិការជនជាតិខេត្តសួរសុខទុក្ខបងប្អូន។" in client.get("/km/tin-tuc/hoi-nghi-so-ket/").content.decode()


def test_a_second_and_third_change_still_lead_back_to_the_last_khmer(client, translator, article):
    translate(article, KHMER)
    publish_lead(article, "Ban Dân tộc tỉnh thăm hỏi bà con.")  # second version, never translated
    publish_lead(article, "Ban Dân tộc tỉnh thăm hỏi, tặng quà bà con.")  # third

    change = aids(client, translator, article)[segment_id(article, "Ban Dân tộc tỉnh thăm hỏi, tặng quà bà con.")]
    assert change["changes"]["previous"] == "Ban Dân tộc tỉnh thăm hỏi đồng bào."  # the version the Khmer is of
    assert change["changes"]["previousTranslation"] == KHMER["Ban Dân tộc tỉnh thăm hỏi đồng bào."]

    # The translator translates the third version; the fourth then starts from that one.
    client.force_login(translator)
    type_in_editor(client, article, "Ban Dân tộc tỉnh thăm hỏi, tặng quà bà con.", "ខ្មែរ ទី៣")
    publish_lead(article, "Ban Dân tộc tỉnh thăm hỏi, tặng quà đồng bào.")
    change = aids(client, translator, article)[segment_id(article, "Ban Dân tộc tỉnh thăm hỏi, tặng quà đồng bào.")]
    assert change["changes"]["previous"] == "Ban Dân tộc tỉnh thăm hỏi, tặng quà bà con."
    assert change["changes"]["previousTranslation"] == "ខ្មែរ ទី៣"
    # Nothing is lost: every earlier Khmer translation is still stored.
    kept = set(StringTranslation.objects.filter(locale__language_code="km").values_list("data", flat=True))
    assert {"ខ្មែរ ទី៣", KHMER["Ban Dân tộc tỉnh thăm hỏi đồng bào."]} <= kept


def test_a_changed_paragraph_of_rich_text_is_paired_with_the_one_it_replaced(client, translator, article):
    translate(article, KHMER)
    page = NewsPage.objects.get(pk=article.pk)
    page.body[0].value = RichText("<p>Mở đầu.</p><p>Đại biểu dự hội nghị tại hội trường tỉnh.</p>")
    page.save_revision().publish()

    found = aids(client, translator, article)
    change = found[segment_id(article, "Đại biểu dự hội nghị tại hội trường tỉnh.")]["changes"]
    assert change["previousTranslation"] == KHMER["Đại biểu dự hội nghị tại hội trường."]
    assert added(change["diff"]) == ["tỉnh"]



REPEATED = "Đại biểu dự hội nghị tại hội trường."
SIMILAR = "Các đại biểu dự hội nghị tại hội trường tỉnh."


@pytest.fixture
def new_article(news_index, article):
    """A new article that repeats a sentence of `article` in another field and has a similar one."""
    return factories.NewsPageFactory(
        parent=news_index,
        title="Hội nghị tổng kết",
        slug="hoi-nghi-tong-ket",
        lead=REPEATED,
        credit="Tin: Thanh Hà",
        body__0__paragraph__value=f"<p>{SIMILAR}</p><p>Trời hôm nay nắng đẹp.</p>",
    )


def start_translation(client, user, page):
    client.force_login(user)
    km = Locale.objects.get(language_code="km")
    with TestCase.captureOnCommitCallbacks(execute=True):
        client.post(reverse("wagtail_localize:submit_page_translation", args=[page.pk]), {"locales": [km.pk]})
    return translation_of(page)


def suggestions(found, page, text):
    return found.get(segment_id(page, text), {}).get("memory", {}).get("suggestions", [])


def test_memory_suggests_the_published_khmer_of_the_same_and_similar_sentences(
    client, translator, article, new_article
):
    translate(article, KHMER)
    start_translation(client, translator, new_article)
    found = aids(client, translator, new_article)

    same = suggestions(found, new_article, REPEATED)
    assert (same[0]["text"], same[0]["score"]) == (KHMER[REPEATED], 100)  # from another page and field
    assert same[0]["origin"]["title"] == "Hội nghị sơ kết"
    similar = suggestions(found, new_article, SIMILAR)
    assert similar[0]["text"] == KHMER[REPEATED]
    assert 70 <= similar[0]["score"] < 100
    assert suggestions(found, new_article, "Trời hôm nay nắng đẹp.") == []  # nothing 70 % alike
    # "Hội nghị tổng kết" / "Hội nghị sơ kết": 82 % alike on the folded text
    assert suggestions(found, new_article, "Hội nghị tổng kết")[0]["text"] == KHMER["Hội nghị sơ kết"]


def test_memory_ranks_by_similarity_and_keeps_three(client, translator, news_index, khmer_news_index, new_article):
    sentences = {
        "Các đại biểu dự hội nghị tại hội trường tỉnh.": "ក",
        "Các đại biểu dự hội nghị tại hội trường.": "ខ",
        "Đại biểu dự hội nghị tại hội trường tỉnh.": "គ",
        "Đại biểu dự hội nghị tại hội trường huyện.": "ឃ",
        "Đại biểu dự hội nghị.": "ង",
    }
    for number, (vietnamese, khmer) in enumerate(sentences.items()):
        page = factories.NewsPageFactory(
            parent=news_index, title=f"Bài {number}", slug=f"bai-{number}", lead=vietnamese, credit="", body=[]
        )
        translate(page, {f"Bài {number}": f"អត្ថបទ {number}", vietnamese: khmer})
    start_translation(client, translator, new_article)
    ranked = suggestions(aids(client, translator, new_article), new_article, SIMILAR)
    # The exact one first, then by similarity (95 %, 94 %); "huyện" (87 %) is fourth, "Đại biểu dự hội nghị." 62 %.
    assert [s["text"] for s in ranked] == ["ក", "គ", "ខ"]
    assert ranked[0]["score"] == 100 and ranked[0]["score"] > ranked[1]["score"] >= ranked[2]["score"] >= 70


def test_memory_never_offers_unpublished_or_other_languages_translations(
    client, translator, moderator, article, new_article
):
    translation, _missing = fill_segments(article, KHMER)  # translated but never published
    english = Locale.objects.create(language_code="en")
    string = StringSegment.objects.get(source=translation.source, string__data=REPEATED)
    StringTranslation.objects.create(
        translation_of=string.string, locale=english, context=string.context, data="Delegates attended."
    )
    start_translation(client, translator, new_article)
    found = aids(client, translator, new_article)
    assert suggestions(found, new_article, REPEATED) == []
    assert suggestions(found, new_article, SIMILAR) == []


def test_an_inserted_suggestion_is_a_draft_until_a_moderator_approves_it(client, translator, moderator, article, new_article):
    translate(article, KHMER)
    translation = start_translation(client, translator, new_article)
    suggested = suggestions(aids(client, translator, new_article), new_article, REPEATED)[0]["text"]
    strings = {
        "Hội nghị tổng kết": "សន្និសីទបូកសរុប",
        REPEATED: suggested,
        "Tin: Thanh Hà": "ព័ត៌មាន៖ Thanh Hà",
        SIMILAR: "តំណាងទាំងអស់ចូលរួមសន្និសីទនៅសាលប្រជុំខេត្ត។",
        "Trời hôm nay nắng đẹp.": "ថ្ងៃនេះមេឃស្រឡះ។",
    }
    for vietnamese, khmer in strings.items():
        type_in_editor(client, new_article, vietnamese, khmer)
    with TestCase.captureOnCommitCallbacks(execute=True):
        client.post(reverse("editorial:submit_for_review", args=[translation.pk]))
    khmer_page = NewsPage.objects.get(translation_key=new_article.translation_key, locale__language_code="km")
    assert not khmer_page.live and khmer_page.current_workflow_state is not None
    assert client.get("/km/tin-tuc/hoi-nghi-tong-ket/").status_code == 404

    # Waiting for review, its Khmer is not memory yet; a third article still gets only the published one.
    third = factories.NewsPageFactory(
        parent=new_article.get_parent(), title="Bài ba", slug="bai-ba", lead="Trời hôm nay nắng đẹp.", body=[]
    )
    start_translation(client, translator, third)
    assert suggestions(aids(client, translator, third), third, "Trời hôm nay nắng đẹp.") == []

    client.force_login(moderator)
    client.post(reverse("editorial:review_translation", args=[khmer_page.pk]), {"action": "approve"})
    client.logout()
    assert suggested in client.get("/km/tin-tuc/hoi-nghi-tong-ket/").content.decode()
    found = aids(client, translator, third)
    assert suggestions(found, third, "Trời hôm nay nắng đẹp.")[0]["text"] == "ថ្ងៃនេះមេឃស្រឡះ។"


def test_a_snippet_translation_is_memory_too(client, translator, news_index, khmer_news_index):
    topic = factories.TopicFactory(name="Chính sách dân tộc", description="Chính sách dành cho đồng bào.")
    translate(topic, {"Chính sách dân tộc": "គោលនយោបាយជនជាតិ", "Chính sách dành cho đồng bào.": "គោលនយោបាយ។"})
    page = factories.NewsPageFactory(parent=news_index, title="Chính sách dân tộc", slug="chinh-sach", body=[])
    start_translation(client, translator, page)
    profile = UserProfile.get_for_user(translator)
    profile.preferred_language = "km"
    profile.save()
    found = suggestions(aids(client, translator, page), page, "Chính sách dân tộc")
    origin = {"title": "Chính sách dân tộc", "kind": "ប្រធានបទ"}  # in the translator's admin language
    assert found == [{"text": "គោលនយោបាយជនជាតិ", "score": 100, "origin": origin}]


def test_the_moderators_side_by_side_review_shows_the_same_diff(client, translator, moderator, article):
    translate(article, KHMER)
    publish_lead(article, "Ban Dân tộc tỉnh Trà Vinh thăm hỏi đồng bào.")
    client.force_login(translator)
    type_in_editor(client, article, "Ban Dân tộc tỉnh Trà Vinh thăm hỏi đồng bào.", "ខ្មែរ ថ្មី")
    with TestCase.captureOnCommitCallbacks(execute=True):
        client.post(reverse("editorial:submit_for_review", args=[translation_of(article).pk]))

    client.force_login(moderator)
    khmer_page = NewsPage.objects.get(translation_key=article.translation_key, locale__language_code="km")
    html = client.get(reverse("editorial:review_translation", args=[khmer_page.pk])).content.decode()
    assert html.count("data-changed-segment") == 1
    assert "<ins> Trà Vinh</ins>" in html or "<ins>Trà Vinh </ins>" in html
    assert KHMER["Ban Dân tộc tỉnh thăm hỏi đồng bào."] in html  # the Khmer it had before
    assert "ខ្មែរ ថ្មី" in html


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_on_the_demo_the_seed_article_lead_and_a_repeated_caption(client, translator):
    from django.core.management import call_command

    from news.demo_data import SEED_ARTICLE

    call_command("load_demo", verbosity=0)
    seed = NewsPage.objects.get(slug=SEED_ARTICLE["slug"], locale__language_code="vi")
    khmer_lead = NewsPage.objects.get(translation_key=seed.translation_key, locale__language_code="km").lead
    new_lead = seed.lead.replace("Ban Dân tộc tỉnh Trà Vinh", "Ban Dân tộc tỉnh Trà Vinh (cơ quan chủ trì)", 1)
    assert new_lead != seed.lead
    publish_lead(seed, new_lead)
    change = aids(client, translator, seed)[segment_id(seed, new_lead)]["changes"]
    assert added(change["diff"]) == ["(cơ quan chủ trì)"]
    assert change["previousTranslation"] == khmer_lead

    caption = "Ông Kiên Ninh, Trưởng Ban Dân tộc tỉnh, phát biểu khai mạc Hội nghị."
    similar = "Ông Kiên Ninh, Trưởng Ban Dân tộc tỉnh Trà Vinh, phát biểu bế mạc Hội nghị."
    article = factories.NewsPageFactory(
        parent=seed.get_parent(), title="Tin mới", slug="tin-moi", lead=caption, credit="",
        body__0__paragraph__value=f"<p>{similar}</p>",
    )
    start_translation(client, translator, article)
    found = aids(client, translator, article)
    assert suggestions(found, article, caption)[0]["score"] == 100
    score = suggestions(found, article, similar)[0]["score"]
    assert 70 <= score < 100
