from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DocumentsConfig(AppConfig):
    name = "documents"
    label = "legal_documents"  # Wagtail's own documents app is "wagtaildocs"; keep ours unmistakable
    verbose_name = _("Legal documents")

    def ready(self):
        from documents.models import DocumentType, IssuingBody
        from pagecache.dependencies import purge_when_changed
        from topics.models import Topic

        for model in (DocumentType, IssuingBody):
            purge_when_changed(model, pages_printing)
        purge_when_changed(Topic, libraries)  # the library's topic filter


def libraries(instance, **signal):
    """The document libraries: their filters list every document type, issuing body and topic."""
    from documents.models import DocumentIndexPage

    return list(DocumentIndexPage.objects.all())


def pages_printing(instance, **signal):
    from core.references import pages_using

    return [*pages_using(instance), *libraries(instance)]
