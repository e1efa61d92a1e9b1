"""What a change to a page, the footer, a page's privacy or a photo purges from the page cache
(pagecache: the mechanism; pages say what shows them in `get_dependent_pages()`), and the photo
renditions a newly published page needs. Connected in CoreConfig.ready(). The snippets of other
apps register themselves in their own AppConfig.ready() (pagecache.dependencies)."""

from django.db.models.signals import post_delete, post_save, pre_delete, pre_save
from django.dispatch import receiver
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction, Revision
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from core import privacy
from core.images import generate_page_renditions
from core.models import SiteFooter
from core.references import pages_referencing
from pagecache import purge
from pagecache.dependencies import purge_when_changed


def connect():
    purge_when_changed(SiteFooter, whole_site=True)  # the header and footer of every page
    purge_when_changed(get_image_model(), pages_showing_image)


def pages_showing_image(image, created=False, raw=False, **kwargs):
    """A replaced or deleted photo: stored pages must not keep pointing at its old renditions
    (Wagtail deletes them when the file is replaced). The first view makes the new ones."""
    if created or raw:  # raw: loaded from a backup, nothing is stored yet
        return []
    return list(pages_referencing(image))


def in_menu(page, before=None):
    """A section of the main menu, now or before this save (unticking "show in menus" changes the
    menu of every page as much as ticking it)."""
    return page.depth == 3 and (page.show_in_menus or bool(before and before["show_in_menus"]))


@receiver(pre_save)
def remember_what_readers_saw(sender, instance, raw=False, **kwargs):
    """The page as stored before this save: what its publication changes for other pages."""
    if isinstance(instance, Page) and instance.pk and not raw:
        instance._before_save = Page.objects.filter(pk=instance.pk).values("title", "slug", "show_in_menus").first()


def previous_revision_state(revision):
    """Title and "show in menus" of the revision before this one, as Wagtail's own rename log
    compares them: what a save made before this publication (wagtail-localize's save_target
    saves the page, then publishes it) hides from the row snapshot."""
    try:
        content = revision.get_previous().content
    except Revision.DoesNotExist:
        return None
    return {key: content.get(key) for key in ("title", "show_in_menus")}


@receiver(page_published)
def page_published_changed(instance, revision=None, **kwargs):
    generate_page_renditions(instance)
    before = getattr(instance, "_before_save", None)
    previous = previous_revision_state(revision) if revision is not None else None
    if before and previous:
        # A title or menu flag differing in either counts (the slug: page_slug_changed's own signal).
        for key in ("title", "show_in_menus"):
            if before[key] == getattr(instance, key):
                before[key] = previous[key]
    page_changed(instance, before=before)


@receiver(page_unpublished)
def page_changed(instance, before=None, **kwargs):
    before = before or getattr(instance, "_before_save", None)
    if before and before["slug"] != instance.slug:
        return  # page_slug_changed (sent when the change commits) purges the site
    if in_menu(instance, before):
        purge.purge_site()
        return
    purge.purge_page(instance)
    if before and before["title"] != instance.title and instance.numchild:
        purge.purge_pages_alone(instance.get_descendants())  # their breadcrumbs name it


@receiver(page_slug_changed)
@receiver(post_page_move)
def page_moved(instance, **kwargs):
    # Every URL under the old place changed: clear them all (renames of a URL and moves are rare).
    purge.purge_site()


@receiver(pre_delete, sender=Page)
def page_deleted(instance, **kwargs):
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
