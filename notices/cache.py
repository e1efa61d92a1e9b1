"""The notices of each language, cached under the page cache's site token so that pages spend no
query on the banner. Start and end times are checked at render time; saving or deleting a notice
purges the site (notices.apps), which drops them with every stored page.
"""

from notices.models import Notice
from pagecache.keys import site_wide

TIMEOUT = 60 * 60


def notices_not_over(language_code, request=None):
    return site_wide(f"notices:{language_code}", lambda: list(Notice.objects.not_over(language_code)), TIMEOUT, request)
