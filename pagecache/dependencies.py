"""What apps tell the page cache about their models (connected in each app's AppConfig.ready()):

- `purge_when_changed(model, pages_showing)`: saving or deleting an instance of `model` (a snippet
  pages print, a photo) purges `pages_showing(instance, **signal_arguments)`;
  `purge_when_changed(model, whole_site=True)`: it is on every page (the footer, a notice);
- `lists_pages(paths)`: `paths()` are views outside the page tree that list pages (search, feeds,
  sitemaps, topic pages); any page purge purges them too.

Pages say what shows them themselves (`get_dependent_pages()`, pagecache.purge).
"""

from django.db.models.signals import post_save, pre_delete

_listing_paths = []


def lists_pages(paths):
    if paths not in _listing_paths:
        _listing_paths.append(paths)


def listing_view_paths():
    return {path for paths in _listing_paths for path in paths()}


_shown_by = {}  # model → functions naming the pages that show an instance (None: the whole site)


def purge_when_changed(model, pages_showing=None, *, whole_site=False):
    """Several apps may register the same model (a topic is printed on pages and in the library's
    filters): one receiver purges what all of them name, in one batch."""
    functions = _shown_by.setdefault(model, [])
    entry = None if whole_site else pages_showing
    if entry not in functions:
        functions.append(entry)
    uid = f"pagecache:{model._meta.label}"
    post_save.connect(_changed, sender=model, weak=False, dispatch_uid=uid)
    pre_delete.connect(_changed, sender=model, weak=False, dispatch_uid=uid)


def _changed(sender, instance, **signal_arguments):
    from pagecache import purge

    functions = _shown_by.get(sender, [])
    if None in functions:
        purge.purge_site()
        return
    pages = {}
    for pages_showing in functions:
        pages.update((page.pk, page) for page in pages_showing(instance, **signal_arguments))
    purge.purge_pages(pages.values())
