"""The StreamField blocks every page type shares (news, programmes, later documents)."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageChooserBlock

from core.images import PHOTO_RENDITION_FILTERS, responsive_image

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class PhotoChooserBlock(ImageChooserBlock):
    """Loads every photo of a page, with the renditions the templates use, in a fixed number of queries."""

    def bulk_to_python(self, values):
        model = get_image_model()
        ids = [value for value in values if value]
        images = model.objects.filter(pk__in=ids).prefetch_renditions(*PHOTO_RENDITION_FILTERS)
        by_id = {image.pk: image for image in images}
        return [by_id.get(value) for value in values]


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        super().__init__(features=RICH_TEXT_FEATURES, **kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Paragraph")
        template = "blocks/paragraph.html"


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading text"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Heading")), ("h3", _("Subheading"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "blocks/heading.html"


class PhotoBlock(blocks.StructBlock):
    image = PhotoChooserBlock(label=pgettext_lazy("govsite", "Image"))
    # Optional CharBlocks default to "" so wagtail-localize never meets a None segment.
    alt = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_("Describe what the photo shows for readers who cannot see it."),
    )
    caption = blocks.CharBlock(label=pgettext_lazy("govsite", "Caption"), max_length=500, required=False, default="")
    credit = blocks.CharBlock(label=_("Photo credit"), max_length=200, required=False, default="")

    class Meta:
        icon = "image"
        label = _("Photo")
        template = "blocks/photo.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["picture"] = responsive_image(value["image"])
        return context


class GalleryBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Gallery title"), max_length=200, required=False, default="")
    photos = blocks.ListBlock(PhotoBlock(), label=_("Photos"), min_num=2)

    class Meta:
        icon = "image"
        label = _("Photo gallery")
        template = "blocks/gallery.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quotation"))
    attribution = blocks.CharBlock(label=_("Attribution"), max_length=200, required=False, default="")

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "blocks/quote.html"


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=pgettext_lazy("govsite", "Document"))
    title = blocks.CharBlock(
        label=_("Link text"),
        max_length=250,
        required=False,
        default="",
        help_text=_("Leave empty to use the document's title."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Document link")
        template = "blocks/document_link.html"


class BodyBlock(blocks.StreamBlock):
    paragraph = ParagraphBlock()
    heading = HeadingBlock()
    photo = PhotoBlock()
    gallery = GalleryBlock()
    quote = QuoteBlock()
    document = DocumentLinkBlock()
