"""The admin's language before anyone has signed in.

Vietnamese pages have no language prefix (i18n_patterns with prefix_default_language=False), so
Django's LocaleMiddleware gives every unprefixed URL, the admin's included, LANGUAGE_CODE: the login
page was Vietnamese even for a translator whose browser asks for Khmer. Signed-in users get their
Wagtail preference (Wagtail activates it); until then the language chosen on the login page (Django's
language cookie, set by `set_language`) or else the browser's Accept-Language decides.
"""

from django.urls import reverse
from django.utils import translation


class AdminLanguageBeforeLoginMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefix = None

    def __call__(self, request):
        if self.admin_prefix is None:
            self.admin_prefix = reverse("wagtailadmin_home")
        if request.path.startswith(self.admin_prefix) and not request.user.is_authenticated:
            language = translation.get_language_from_request(request, check_path=False)
            translation.activate(language)
            request.LANGUAGE_CODE = translation.get_language()
        return self.get_response(request)
