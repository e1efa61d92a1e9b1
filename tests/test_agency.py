"""Agency pages: introduction, functions, organisation chart, leaders and contact, in both languages."""

import re

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command

from agency.models import AgencyPage, ContactPage

DEMO_PATHS = [
    "/gioi-thieu/",
    "/gioi-thieu/chuc-nang-nhiem-vu/",
    "/gioi-thieu/co-cau-to-chuc/",
    "/gioi-thieu/lanh-dao/",
    "/lien-he/",
]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_demo_agency_pages_exist_in_vietnamese_and_khmer(client):
    call_command("load_demo", verbosity=0)
    for path in DEMO_PATHS:
        vi = client.get(path)
        km = client.get("/km" + path)
        assert vi.status_code == 200 and km.status_code == 200, path
        assert '<html lang="km">' in km.content.decode()
    leaders = client.get("/km/gioi-thieu/lanh-dao/").content.decode()
    assert "ប្រធានគណៈកម្មាធិការ" in leaders and "Trưởng Ban" not in leaders
    assert leaders.count('class="leader"') == 3 and 'href="mailto:bdt@travinh.gov.vn"' in leaders
    assert re.search(r'<img class="leader__photo"[^>]+alt="លោក Kiên Ninh, ប្រធានគណៈកម្មាធិការ"', leaders)
    chart = client.get("/gioi-thieu/co-cau-to-chuc/").content.decode()
    assert chart.count('class="department"') == 4 and "Phòng Chính sách dân tộc" in chart
    contact = client.get("/km/lien-he/").content.decode()
    for expected in ("លេខ 10 ផ្លូវ 19 ខែឧសភា", "0294.3851924", "mailto:bdt@travinh.gov.vn", "openstreetmap.org"):
        assert expected in contact
    menu = client.get("/km/").content.decode().split('class="site-nav"')[1].split("</nav>")[0]
    assert "សេចក្តីណែនាំ" in menu and "ទំនាក់ទំនង" in menu


@pytest.mark.django_db
def test_leader_and_department_texts_are_translation_segments_but_phones_and_emails_are_not(home):
    from wagtail_localize.models import StringSegment, TranslationSource

    page = AgencyPage(
        title="Lãnh đạo Ban",
        body=[
            (
                "leader",
                {
                    "name": "Kiên Ninh",
                    "position": "Trưởng Ban",
                    "photo": None,
                    "phone": "0294.3852478",
                    "email": "a@b.vn",
                },
            ),
            ("department", {"name": "Văn phòng", "head": "", "duties": "Hành chính.", "phone": "", "email": ""}),
        ],
    )
    home.add_child(instance=page)
    source, _ = TranslationSource.get_or_create_from_instance(page)
    strings = set(StringSegment.objects.filter(source=source).values_list("string__data", flat=True))
    assert {"Kiên Ninh", "Trưởng Ban", "Văn phòng", "Hành chính."} <= strings
    assert not {"0294.3852478", "a@b.vn"} & strings


@pytest.mark.django_db
def test_contact_page_refuses_a_phone_that_is_not_a_number(home):
    page = ContactPage(title="Liên hệ", address="Số 10", phone="gọi cho chúng tôi")
    page.slug = "lien-he"
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert "phone" in error.value.message_dict


@pytest.mark.django_db
def test_agency_page_lists_its_subpages(client, home):
    intro = AgencyPage(title="Giới thiệu", intro="Cơ quan chuyên môn.")
    home.add_child(instance=intro)
    intro.save_revision().publish()
    child = AgencyPage(title="Chức năng, nhiệm vụ")
    intro.add_child(instance=child)
    child.save_revision().publish()
    html = client.get(intro.url).content.decode()
    assert f'<a href="{child.url}">Chức năng, nhiệm vụ</a>' in html
