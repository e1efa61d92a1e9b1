"""The page editor shows managed lists (topics, document types, issuing bodies) in one language.

Pages store the Vietnamese entry of such a snippet and readers see it in their own language (see
topics.models.LocalizedSnippetMixin), so every page offers the Vietnamese entries only, each
labelled in the page's language: a Vietnamese page lists Vietnamese names, a Khmer page Khmer ones.
"""

from django import forms
from django.conf import settings
from wagtail.admin.forms import WagtailAdminPageForm


def is_localized_list(field):
    model = getattr(getattr(field, "queryset", None), "model", None)
    return model is not None and hasattr(model, "names_in")


def page_language(page):
    return page.locale.language_code if page.locale_id else settings.LANGUAGE_CODE


class LocalizedChoicesPageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        language = page_language(self.instance)
        for field in self.fields.values():
            if is_localized_list(field):
                self.show_in_language(field, language)

    @staticmethod
    def show_in_language(field, language):
        model = field.queryset.model
        names = model.names_in(language)
        field.queryset = field.queryset.filter(locale__language_code=settings.LANGUAGE_CODE)
        field.label_from_instance = lambda entry: str(names.get(entry.translation_key, entry))
        if isinstance(field, forms.ModelChoiceField) and not isinstance(field, forms.ModelMultipleChoiceField):
            field.widget = forms.Select(choices=field.choices)
