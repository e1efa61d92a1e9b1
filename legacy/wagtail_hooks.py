from wagtail.snippets.models import register_snippet

from legacy.views import ImportedArticleViewSet

register_snippet(ImportedArticleViewSet)
