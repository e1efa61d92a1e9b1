"""The names of the groups, workflows and tasks editorial.roles creates, read in the admin's language.

They are rows (Wagtail prints `workflow.name`, `task.name`, `group.name`), so no catalogue reaches
them: the Khmer admin read "Gửi duyệt: Moderation". Reading the `name` of such a row gives a str
whose text is the stored English name (what queries, comparisons, JSON and the database see) and
whose str() — what templates and %-formatting print — is its translation (context "stored name").
A name an administrator gives a new workflow or group is printed as it is.
"""

from django.contrib.auth.models import Group
from django.db.models.query_utils import DeferredAttribute
from django.utils.translation import pgettext_lazy
from wagtail.models import Task, Workflow

from editorial import roles

TRANSLATED = {
    roles.EDITORS: pgettext_lazy("stored name", "Editors"),
    roles.MODERATORS: pgettext_lazy("stored name", "Moderators"),
    roles.TRANSLATORS: pgettext_lazy("stored name", "Translators"),
    roles.MODERATION_WORKFLOW: pgettext_lazy("stored name", "Moderation"),
    roles.MODERATION_TASK: pgettext_lazy("stored name", "Moderator approval"),
    roles.TRANSLATION_REVIEW_WORKFLOW: pgettext_lazy("stored name", "Translation review"),
    roles.TRANSLATION_REVIEW_TASK: pgettext_lazy("stored name", "Translation review by a moderator"),
}


class StoredName(str):
    def __str__(self):
        return str(TRANSLATED[str.__str__(self)])

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __html__(self):
        from django.utils.html import conditional_escape

        return conditional_escape(str(self))


class TranslatedNameAttribute(DeferredAttribute):
    """A data descriptor (it has __set__), so it is asked even though the value sits in the instance's dict."""

    def __get__(self, instance, cls=None):
        value = super().__get__(instance, cls)
        if instance is not None and isinstance(value, str) and value in TRANSLATED:
            return StoredName(value)
        return value

    def __set__(self, instance, value):
        instance.__dict__[self.field.attname] = value


def stored_text(field):
    """Field.value_to_string for a name field: serializers (dumpdata, the test database's serialized
    rollback) call str() on the value, which would store the translation ("Biên tập viên")."""

    def value_to_string(obj):
        value = field.value_from_object(obj)
        return str.__str__(value) if isinstance(value, str) else value

    return value_to_string


def install():
    for model in (Group, Workflow, Task):
        field = model._meta.get_field("name")
        model.name = TranslatedNameAttribute(field)
        field.value_to_string = stored_text(field)
