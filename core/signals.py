"""What a change to content clears: the cached footer and menu (core.chrome), the stored pages that
show it (pagecache), a CDN in front; and the photo renditions a newly published page needs."""

from django.db.models.signals import post_delete, post_save, pre_delete
from django.dispatch import receiver
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from core import chrome, privacy
from core.images import generate_page_renditions
from core.models import SiteFooter
from core.references import pages_referencing
from documents.models import DocumentIndexPage, DocumentType, IssuingBody
from feedback.models import FeedbackPage, Question
from notices.models import Notice
from pagecache import purge
from topics.models import Topic


@receiver(post_save, sender=SiteFooter)
@receiver(pre_delete, sender=SiteFooter)
def footer_changed(**kwargs):
    chrome.clear("footer")
    purge.purge_site()


def in_menu(page):
    return page.depth == 3 and page.show_in_menus


@receiver(page_published)
def page_published_changed(instance, **kwargs):
    generate_page_renditions(instance)
    page_changed(instance)


@receiver(page_unpublished)
@receiver(page_slug_changed)
def page_changed(instance, **kwargs):
    chrome.clear("menu")
    if in_menu(instance):
        purge.purge_site()
    else:
        purge.purge_page(instance)


@receiver(post_page_move)
def page_moved(instance, **kwargs):
    # Every URL under the old place changed: clear them all (moves are rare).
    chrome.clear("menu")
    purge.purge_site()


@receiver(pre_delete, sender=Page)
def page_deleted(instance, **kwargs):
    chrome.clear("menu")
    if in_menu(instance) or instance.numchild:
        purge.purge_site()
    else:
        purge.purge_page(instance)


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def view_restriction_changed(instance, raw=False, **kwargs):
    """Wagtail sends no page_published when privacy changes: the stored copies of the pages it
    covers and of every list showing them must go at once."""
    page = None if raw else Page.objects.filter(pk=instance.page_id).first()
    if page is not None:  # a deleted page has purged what showed it
        purge.purge_pages(privacy.covered_pages(page))


@receiver(post_save, sender=Notice)
@receiver(post_delete, sender=Notice)
def notice_changed(**kwargs):
    # The banner is on every page.
    purge.purge_site()


@receiver(post_save, sender=Topic)
@receiver(post_save, sender=DocumentType)
@receiver(post_save, sender=IssuingBody)
@receiver(pre_delete, sender=Topic)
@receiver(pre_delete, sender=DocumentType)
@receiver(pre_delete, sender=IssuingBody)
def named_snippet_changed(instance, **kwargs):
    """A new or renamed topic, document type or issuing body: the pages that print it, the listings,
    and the document library (its filters list every one)."""
    purge.purge_pages(purge.pages_using(instance) + list(DocumentIndexPage.objects.all()))


@receiver(post_save, sender=Question)
@receiver(pre_delete, sender=Question)
def question_changed(instance, **kwargs):
    # Readers' new questions are private: only a moderator's answer can change what pages show.
    if instance.answer or instance.published:
        purge.purge_pages(list(FeedbackPage.objects.all()))


@receiver(post_save, sender=get_image_model())
@receiver(pre_delete, sender=get_image_model())
def image_changed(instance, created=False, raw=False, **kwargs):
    """A replaced or deleted photo: stored pages must not keep pointing at its old renditions
    (Wagtail deletes them when the file is replaced). The first view makes the new ones."""
    if not (created or raw):  # raw: loaded from a backup, nothing is stored yet
        purge.purge_pages(list(pages_referencing(instance)))
