from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TopicsConfig(AppConfig):
    name = "topics"
    verbose_name = _("Topics")

    def ready(self):
        from core.references import pages_using
        from pagecache.dependencies import purge_when_changed
        from topics.models import Topic

        purge_when_changed(Topic, lambda topic, **signal: pages_using(topic))  # the pages that print it
