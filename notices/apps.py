from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NoticesConfig(AppConfig):
    name = "notices"
    verbose_name = _("Notices")

    def ready(self):
        from notices.models import Notice
        from pagecache.dependencies import purge_when_changed

        purge_when_changed(Notice, whole_site=True)  # the banner is on every page
