"""Workflows, tasks and groups made by editorial.roles are named in the admin's language, stored in English."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils.translation import override
from wagtail.models import Workflow
from wagtail.users.models import UserProfile

from editorial.roles import EDITORS, MODERATION_WORKFLOW
from tests import factories

pytestmark = pytest.mark.django_db


def test_the_editors_submit_button_names_the_workflow_in_vietnamese(client, editor, news_index):
    article = factories.NewsPageFactory(parent=news_index)
    client.force_login(editor)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[article.pk])).content.decode()
    assert "Gửi duyệt: Kiểm duyệt" in html or "Kiểm duyệt" in html
    assert "Moderation<" not in html and ": Moderation" not in html


def test_in_the_khmer_admin_the_workflow_is_named_in_khmer(client, translator, news_index):
    profile = UserProfile.get_for_user(translator)
    profile.preferred_language = "km"
    profile.save()
    with override("km"):
        assert str(Workflow.objects.get(name=MODERATION_WORKFLOW).name) == "ការត្រួតពិនិត្យ"
        assert f"{Group.objects.get(name=EDITORS).name}" == "អ្នកកែសម្រួល"


def test_the_stored_names_stay_english_in_the_database_and_in_queries():
    with override("vi"):
        group = Group.objects.get(name=EDITORS)
        assert group.name == EDITORS  # comparisons see the stored text
        group.save()
    assert Group.objects.filter(name="Editors").exists()
    assert Workflow.objects.filter(name="Moderation").exists()


def test_a_name_an_administrator_chose_is_printed_as_it_is():
    group = Group.objects.create(name="Phòng Dân tộc huyện")
    with override("km"):
        assert str(Group.objects.get(pk=group.pk).name) == "Phòng Dân tộc huyện"


def test_serializers_write_the_stored_english_names():
    """dumpdata and the test database's serialized rollback must not store the translation."""
    from django.core import serializers

    with override("vi"):
        data = serializers.serialize(
            "json", [Group.objects.get(name=EDITORS), Workflow.objects.get(name=MODERATION_WORKFLOW)]
        )
    assert '"name": "Editors"' in data and '"name": "Moderation"' in data
    assert "Biên tập viên" not in data
