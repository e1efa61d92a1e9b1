from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import BooleanColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from feedback.models import Question


class QuestionViewSet(SnippetViewSet):
    model = Question
    icon = "help"
    menu_label = _("Questions and feedback")
    add_to_admin_menu = True
    menu_order = 240
    copy_view_enabled = False
    list_display = ["subject", "name", "language", "created_at", BooleanColumn("published", label=_("published"))]
    list_filter = ["language", "published"]
    search_fields = ["subject", "question", "name"]


register_snippet(QuestionViewSet)
