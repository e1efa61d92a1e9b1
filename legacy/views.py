"""The admin list of imported articles: the ones still showing placeholder photos come first."""

import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.snippets.views.snippets import SnippetViewSet

from legacy.models import ImportedArticle


class ImportedArticleFilterSet(WagtailFilterSet):
    photo_missing = django_filters.BooleanFilter(
        label=_("Photo missing"), method="filter_photo_missing", widget=django_filters.widgets.BooleanWidget()
    )

    class Meta:
        model = ImportedArticle
        fields = []

    def filter_photo_missing(self, queryset, name, value):
        return queryset.filter(missing_photos__gt=0) if value else queryset.filter(missing_photos=0)


class ImportedArticleViewSet(SnippetViewSet):
    model = ImportedArticle
    icon = "doc-full-inverse"
    menu_label = _("Imported articles")
    add_to_admin_menu = True
    menu_order = 250
    copy_view_enabled = False
    inspect_view_enabled = True
    filterset_class = ImportedArticleFilterSet
    list_display = [
        Column("page", label=_("news article")),
        Column("missing_photos", label=_("photos missing")),
        Column("source_name", label=_("source file")),
        "imported_at",
    ]
    search_fields = ["key", "source_name"]
