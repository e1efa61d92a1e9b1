import re

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail_localize.fields import SynchronizedField, TranslatableField

from agency.blocks import PHONE_PATTERN, AgencyBodyBlock
from core import privacy
from core.models import BasePage
from search.fields import page_search_fields

AGENCY_PARENTS = ["home.HomePage", "agency.AgencyPage"]


class AgencyPage(BasePage):
    """Introduction, functions and duties, organisation chart, leaders: text plus department and leader blocks."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(AgencyBodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    translatable_fields = BasePage.translatable_fields + [TranslatableField("intro"), TranslatableField("body")]
    search_fields = page_search_fields("intro", "body")

    parent_page_types = AGENCY_PARENTS
    subpage_types = ["agency.AgencyPage", "agency.ContactPage"]

    class Meta:
        verbose_name = _("agency page")
        verbose_name_plural = _("agency pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["subpages"] = privacy.public(self.get_children().live().filter(alias_of__isnull=True)).specific()
        return context


class ContactPage(BasePage):
    intro = models.TextField(_("introduction"), blank=True)
    address = models.CharField(_("address"), max_length=255)
    map_url = models.URLField(_("map link"), blank=True, help_text=_("A link to the address on a map."))
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    fax = models.CharField(_("fax"), max_length=50, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    opening_hours = models.CharField(_("opening hours"), max_length=255, blank=True)

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldPanel("map_url"),
                FieldPanel("phone"),
                FieldPanel("fax"),
                FieldPanel("email"),
                FieldPanel("opening_hours"),
            ],
            heading=_("Contact"),
        ),
    ]
    search_fields = page_search_fields()
    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("intro"),
        TranslatableField("address"),
        TranslatableField("opening_hours"),
        SynchronizedField("map_url"),
        SynchronizedField("phone"),
        SynchronizedField("fax"),
        SynchronizedField("email"),
    ]

    parent_page_types = AGENCY_PARENTS
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("contact page")
        verbose_name_plural = _("contact pages")

    def clean(self):
        super().clean()
        errors = {
            name: _("Enter a phone number: digits, spaces, dots, dashes or +.")
            for name in ("phone", "fax")
            if getattr(self, name) and not re.match(PHONE_PATTERN, getattr(self, name))
        }
        if errors:
            raise ValidationError(errors)
