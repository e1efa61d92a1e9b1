"""The index follows every save (publish, unpublish, translate, revert) and every move."""

from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.models import Page
from wagtail.signals import post_page_move

from search.indexing import index_page


@receiver(post_save)
def page_saved(sender, instance, raw=False, **kwargs):
    # Only the live copy is in the page row; drafts live in revisions and are never indexed.
    if raw or not isinstance(instance, Page):
        return
    index_page(instance)


@receiver(post_page_move)
def page_moved(sender, instance, **kwargs):
    for page in instance.get_descendants(inclusive=True).specific():
        index_page(page)
