import re

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.translation import gettext_lazy as _

from core.text import normalize_text
from feedback.models import Question

PHONE = re.compile(r"^\+?[0-9][0-9 .()-]{7,18}[0-9]$")


class QuestionForm(forms.ModelForm):
    # Left empty by people; filled in by bots that fill in every field.
    website = forms.CharField(label=_("Leave this field empty"), required=False)

    class Meta:
        model = Question
        fields = ["name", "contact", "subject", "question"]
        error_messages = {
            "name": {"required": _("Please enter your name.")},
            "contact": {"required": _("Please enter an e-mail address or a phone number so we can answer you.")},
            "subject": {"required": _("Please enter the subject of your question.")},
            "question": {"required": _("Please write your question or comment.")},
        }
        widgets = {"question": forms.Textarea(attrs={"rows": 6})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["website"].widget.attrs.update({"tabindex": "-1", "autocomplete": "off"})

    def clean_contact(self):
        contact = self.cleaned_data["contact"].strip()
        try:
            validate_email(contact)
        except ValidationError:
            if not PHONE.match(contact):
                raise ValidationError(
                    _("Enter a valid e-mail address (name@example.vn) or phone number (e.g. 0294 3852 478).")
                ) from None
        return contact

    def clean(self):
        cleaned = super().clean()
        for name in ("name", "subject", "question"):
            if cleaned.get(name):
                cleaned[name] = normalize_text(cleaned[name].strip())
        return cleaned

    @property
    def is_spam(self):
        return bool(self.data.get("website"))
