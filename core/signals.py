from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from core import chrome
from core.models import SiteFooter


@receiver(post_save, sender=SiteFooter)
@receiver(post_delete, sender=SiteFooter)
def footer_changed(**kwargs):
    chrome.clear("footer")


@receiver(page_published)
@receiver(page_unpublished)
@receiver(page_slug_changed)
@receiver(post_page_move)
@receiver(post_delete, sender=Page)
def pages_changed(**kwargs):
    chrome.clear("menu")
