from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OpsConfig(AppConfig):
    name = "ops"
    verbose_name = _("Operations")

    def ready(self):
        from django.conf import settings
        from PIL import Image

        # Pillow only warns up to twice its default; refuse anything over the upload limit outright.
        Image.MAX_IMAGE_PIXELS = settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS
