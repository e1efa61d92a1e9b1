"""Blocks of the agency's own pages: departments of the organisation chart and leaders."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import blocks

from core.blocks import BodyBlock, PhotoChooserBlock
from core.images import responsive_image

PHONE_PATTERN = r"^[0-9 .+()-]{6,25}$"


class PhoneBlock(blocks.RegexBlock):
    """Digits, spaces, dots, dashes and +: the same in every language, so never a translation segment."""

    def __init__(self, **kwargs):
        super().__init__(
            regex=PHONE_PATTERN,
            error_messages={"invalid": _("Enter a phone number: digits, spaces, dots, dashes or +.")},
            **kwargs,
        )


class DepartmentBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Department"), max_length=200)
    head = blocks.CharBlock(label=_("Head of department"), max_length=200, required=False, default="")
    duties = blocks.TextBlock(label=_("Duties"), required=False, default="")
    phone = PhoneBlock(label=_("Phone"), required=False)
    email = blocks.EmailBlock(label=_("E-mail"), required=False)

    class Meta:
        icon = "group"
        label = _("Department")
        template = "blocks/department.html"


class LeaderBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=pgettext_lazy("govsite", "Name"), max_length=200)
    position = blocks.CharBlock(label=pgettext_lazy("govsite", "Title"), max_length=200)
    photo = PhotoChooserBlock(label=_("Portrait"), required=False)
    phone = PhoneBlock(label=_("Phone"), required=False)
    email = blocks.EmailBlock(label=_("E-mail"), required=False)

    class Meta:
        icon = "user"
        label = _("Leader")
        template = "blocks/leader.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["picture"] = responsive_image(value["photo"], sizes="160px") if value["photo"] else None
        return context


class AgencyBodyBlock(BodyBlock):
    department = DepartmentBlock()
    leader = LeaderBlock()
