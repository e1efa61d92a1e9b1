"""Wagtail core admin routes replaced by checked versions at the same addresses.

Routes that admin hooks register resolve after Wagtail's own, so these are included in
govsite/urls.py before the admin. wagtail-localize's routes are overridden from a hook
(editorial.wagtail_hooks), which resolves before wagtail-localize's.
"""

from django.urls import path
from wagtail.admin.auth import require_admin_access

from editorial.guards import CheckedPageWorkflowActionView

checked_admin_urls = [
    path(
        "pages/workflow/action/<int:page_id>/<slug:action_name>/<int:task_state_id>/",
        require_admin_access(CheckedPageWorkflowActionView.as_view()),
    ),
]
