from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EditorialConfig(AppConfig):
    name = "editorial"
    verbose_name = _("Editorial workflow")

    def ready(self):
        from editorial import checks, localize_fence, signals, stored_names  # noqa: F401
        from editorial.segment_aids import register_segment_aid
        from editorial.translation_changes import changes_aid
        from editorial.translation_memory import memory_aid

        localize_fence.install()
        stored_names.install()
        register_segment_aid("changes", changes_aid)
        register_segment_aid("memory", memory_aid)
