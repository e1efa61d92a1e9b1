from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    label = "sitesearch"  # "search" would read as Wagtail's own search app in the admin
    verbose_name = _("Site search")

    def ready(self):
        from search import checks  # noqa: F401 - registers the page search fields check
