from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DocumentsConfig(AppConfig):
    name = "documents"
    label = "legal_documents"  # Wagtail's own documents app is "wagtaildocs"; keep ours unmistakable
    verbose_name = _("Legal documents")
