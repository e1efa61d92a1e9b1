from axes.models import AccessAttempt
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet


class LoginLockoutViewSet(ModelViewSet):
    """Settings → Login lock-outs: moderators delete an entry to let that account sign in again."""

    model = AccessAttempt
    icon = "lock"
    menu_label = _("Login lock-outs")
    add_to_settings_menu = True
    list_display = ["username", "ip_address", "failures_since_start", "attempt_time"]
    list_filter = []
    search_fields = ["username", "ip_address"]
    form_fields = ["username"]
    copy_view_enabled = False
    inspect_view_enabled = True


@hooks.register("register_admin_viewset")
def register_login_lockouts():
    return LoginLockoutViewSet("login_lockouts")
