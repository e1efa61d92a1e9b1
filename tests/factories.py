"""Factories for the site's pages, blocks and snippets (wagtail-factories)."""

import datetime

import factory
import wagtail_factories
from django.utils import timezone
from wagtail.models import Locale
from wagtail.rich_text import RichText

from core import blocks
from core.models import SiteFooter
from home.models import HomePage
from news.models import NewsIndexPage, NewsPage
from programs.models import ProgramIndexPage, ProgramPage


def vietnamese():
    return Locale.objects.get(language_code="vi")


class ImageFactory(wagtail_factories.ImageFactory):
    title = factory.Sequence(lambda n: f"Ảnh {n}")
    file = factory.django.ImageField(width=1600, height=1000, color="green")


class ParagraphBlockFactory(wagtail_factories.blocks.BlockFactory):
    value = factory.Sequence(lambda n: f"<p>Đoạn văn số {n} về công tác dân tộc.</p>")

    class Meta:
        model = blocks.ParagraphBlock

    @classmethod
    def _construct_block(cls, block_class, *args, **kwargs):
        return RichText(kwargs["value"])


class PhotoBlockFactory(wagtail_factories.StructBlockFactory):
    image = factory.SubFactory(wagtail_factories.ImageChooserBlockFactory, image=factory.SubFactory(ImageFactory))
    alt = factory.Sequence(lambda n: f"Đại biểu dự hội nghị, ảnh {n}")
    caption = factory.Sequence(lambda n: f"Quang cảnh hội nghị, ảnh {n}")
    credit = ""

    class Meta:
        model = blocks.PhotoBlock


class BodyBlockFactory(wagtail_factories.StreamBlockFactory):
    paragraph = factory.SubFactory(ParagraphBlockFactory)
    photo = factory.SubFactory(PhotoBlockFactory)

    class Meta:
        model = blocks.BodyBlock


class BasePageFactory(wagtail_factories.PageFactory):
    live = True

    class Meta:
        abstract = True


class HomePageFactory(BasePageFactory):
    title = "Trang chủ"
    slug = "trang-chu"
    banner_title = "Ban Dân tộc tỉnh Trà Vinh"
    banner_text = "Thông tin về công tác dân tộc."

    class Meta:
        model = HomePage


class NewsIndexPageFactory(BasePageFactory):
    title = "Tin tức"
    slug = "tin-tuc"
    show_in_menus = True

    class Meta:
        model = NewsIndexPage


class NewsPageFactory(BasePageFactory):
    title = factory.Sequence(lambda n: f"Đồng bào dân tộc Khmer đón Tết, tin số {n}")
    slug = factory.Sequence(lambda n: f"dong-bao-dan-toc-khmer-don-tet-{n}")
    date = factory.Sequence(
        lambda n: timezone.make_aware(datetime.datetime(2022, 1, 1, 8)) + datetime.timedelta(days=n)
    )
    lead = "Ban Dân tộc tỉnh thăm hỏi đồng bào."
    credit = "Tin, ảnh: Cảnh Tuân, Văn phòng"
    body = wagtail_factories.StreamFieldFactory(BodyBlockFactory)

    class Meta:
        model = NewsPage


class ProgramIndexPageFactory(BasePageFactory):
    title = "Chương trình, dự án"
    slug = "chuong-trinh"
    show_in_menus = True

    class Meta:
        model = ProgramIndexPage


class ProgramPageFactory(BasePageFactory):
    title = factory.Sequence(lambda n: f"Chương trình mục tiêu quốc gia {n}")
    slug = factory.Sequence(lambda n: f"chuong-trinh-muc-tieu-quoc-gia-{n}")
    period_start = 2021
    period_end = 2030
    phase = "Giai đoạn I: từ năm 2021 đến năm 2025"
    responsible_agency = "Ban Dân tộc tỉnh Trà Vinh"
    summary = "Phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số."

    class Meta:
        model = ProgramPage


class SiteFooterFactory(factory.django.DjangoModelFactory):
    locale = factory.LazyFunction(vietnamese)
    site_name = "Trang thông tin điện tử Ban Dân tộc tỉnh Trà Vinh"
    agency_name = "Ban Dân tộc tỉnh Trà Vinh"
    address = "Số 10, đường 19 tháng 5, K2, P1, TPTV, tỉnh Trà Vinh"
    email = "bdt@travinh.gov.vn"
    phone = "0294.3852478"
    fax = "0294.3851924"
    responsible_person = "Ông Kiên Ninh, Trưởng Ban Dân tộc tỉnh"
    reuse_notice = 'Ghi rõ nguồn "Trang thông tin điện tử Ban Dân tộc tỉnh Trà Vinh" khi phát hành lại thông tin.'

    class Meta:
        model = SiteFooter


class UserFactory(factory.django.DjangoModelFactory):
    """An admin user in the named groups (Editors, Moderators, Translators)."""

    username = factory.Sequence(lambda n: f"nguoi-dung-{n}")
    email = factory.Sequence(lambda n: f"nguoi-dung-{n}@example.org")
    password = factory.django.Password("mat-khau-thu-nghiem")  # what the browser tests type

    class Meta:
        model = "auth.User"
        skip_postgeneration_save = True

    @factory.post_generation
    def groups(self, create, names, **kwargs):
        from django.contrib.auth.models import Group

        if create and names:
            self.groups.add(*Group.objects.filter(name__in=names))

# -- Topics and the legal documents library ---------------------------------
from documents.models import DocumentIndexPage, DocumentPage, DocumentType, IssuingBody  # noqa: E402
from topics.models import Topic  # noqa: E402


class TopicFactory(factory.django.DjangoModelFactory):
    locale = factory.LazyFunction(vietnamese)
    name = factory.Sequence(lambda n: f"Chính sách dân tộc {n}")
    slug = factory.Sequence(lambda n: f"chinh-sach-dan-toc-{n}")

    class Meta:
        model = Topic


class DocumentTypeFactory(factory.django.DjangoModelFactory):
    locale = factory.LazyFunction(vietnamese)
    name = factory.Sequence(lambda n: f"Kế hoạch {n}")
    slug = factory.Sequence(lambda n: f"ke-hoach-{n}")

    class Meta:
        model = DocumentType


class IssuingBodyFactory(factory.django.DjangoModelFactory):
    locale = factory.LazyFunction(vietnamese)
    name = factory.Sequence(lambda n: f"Ban Dân tộc tỉnh {n}")
    slug = factory.Sequence(lambda n: f"ban-dan-toc-tinh-{n}")

    class Meta:
        model = IssuingBody


class WagtailDocumentFactory(wagtail_factories.DocumentFactory):
    title = factory.Sequence(lambda n: f"Tệp văn bản {n}")
    file = factory.django.FileField(filename="van-ban.pdf", data=b"%PDF-1.4\n% demo\n")


class DocumentIndexPageFactory(BasePageFactory):
    title = "Văn bản"
    slug = "van-ban"
    show_in_menus = True

    class Meta:
        model = DocumentIndexPage


class DocumentPageFactory(BasePageFactory):
    title = factory.Sequence(lambda n: f"Kế hoạch tổ chức hội nghị số {n}")
    slug = factory.Sequence(lambda n: f"van-ban-{n}")
    number = factory.Sequence(lambda n: f"{n + 1}/KH-BDT")
    document_type = factory.SubFactory(DocumentTypeFactory)
    issuing_body = factory.SubFactory(IssuingBodyFactory)
    signer = "Kiên Ninh"
    issue_date = factory.Sequence(lambda n: datetime.date(2022, 1, 1) + datetime.timedelta(days=n))
    status = "in-force"
    summary = "Về việc tổ chức hội nghị sơ kết công tác dân tộc."
    file = factory.SubFactory(WagtailDocumentFactory)

    class Meta:
        model = DocumentPage
