"""The admin's login form, with the password field labelled in the admin's language.

Wagtail's LoginForm redeclares `password` without a label, so Django derives "Password" from the
field's name and the login page read "Password" above a Vietnamese placeholder. The label is
Django's own lazy "Password" (translated in locale_upstream/django), so no project msgid collides.
"""

from django.contrib.auth.forms import AuthenticationForm
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm


class LoginForm(WagtailLoginForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = AuthenticationForm.base_fields["password"].label
