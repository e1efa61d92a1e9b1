"""The glossary: one Khmer rendering per official term, checked in the editor, on submit, in review and site-wide."""

import csv
import io
import unicodedata
from types import SimpleNamespace

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import TestCase
from django.urls import reverse
from wagtail.users.models import UserProfile

from documents import demo_data as documents_demo_data
from glossary.csvio import import_glossary
from glossary.demo import DEMO_GLOSSARY
from glossary.demo import build as build_demo_glossary
from glossary.matching import FORBIDDEN, MISSING, OK, Glossary, Term
from glossary.models import GlossaryTerm
from glossary.segment_aid import glossary_aid
from programs import demo_data as programs_demo_data
from tests import factories
from tests.translation import fill_segments

pytestmark = pytest.mark.django_db

PRESTIGE_VI = "người có uy tín"
PRESTIGE_KM = "អ្នកមានកិត្យានុភាព"
PRESTIGE_WRONG = "អ្នកមានឥទ្ធិពល"
AGENCY_VI = "Ban Dân tộc tỉnh Trà Vinh"
AGENCY_KM = "គណៈកម្មាធិការជនជាតិខេត្តត្រាវិញ"

GLOSSARY_CSV = (
    "vi,km,forbidden,note\n"
    f"{PRESTIGE_VI},{PRESTIGE_KM},{PRESTIGE_WRONG},Quyết định 12/2018/QĐ-TTg\n"
    f"{AGENCY_VI},{AGENCY_KM},,\n"
)


def glossary(*terms):
    return Glossary(Term(vi, km, tuple(forbidden)) for vi, km, *forbidden in terms)


def statuses(findings):
    return [(finding.term.vi, finding.status) for finding in findings]


# -- Matching ----------------------------------------------------------------


def test_vietnamese_is_found_case_folded_on_word_boundaries_in_any_normal_form():
    words = glossary((PRESTIGE_VI, PRESTIGE_KM))
    assert statuses(words.check("Tuyên dương Người Có Uy Tín tiêu biểu", PRESTIGE_KM)) == [(PRESTIGE_VI, OK)]
    decomposed = unicodedata.normalize("NFD", "các người có\xa0uy  tín")
    assert statuses(words.check(decomposed, PRESTIGE_KM)) == [(PRESTIGE_VI, OK)]
    assert words.check("người có uy tínhh", PRESTIGE_KM) == []
    assert words.check("người có ủy tín", PRESTIGE_KM) == []  # a mark makes another word


def test_dashes_and_spaces_around_them_do_not_matter():
    words = glossary(("kinh tế - xã hội giai đoạn 2021–2030", "សេដ្ឋកិច្ច-សង្គម ដំណាក់កាល 2021–2030"))
    findings = words.check("kinh tế-xã hội giai đoạn 2021 - 2030", "សេដ្ឋកិច្ច - សង្គម ដំណាក់កាល 2021-2030")
    assert statuses(findings) == [("kinh tế - xã hội giai đoạn 2021–2030", OK)]


def test_khmer_typed_in_another_cluster_order_still_matches():
    woman = "ស្ត្រី"  # ស + coeng TA + coeng RO + ី, SIL khnormal's order
    typed = "ស\u17d2\u179a\u17d2\u178f\u17b8"  # the two subscripts typed the other way round
    assert typed != woman
    assert statuses(glossary(("phụ nữ", woman)).check("Hội phụ nữ", "សមាគម" + typed)) == [("phụ nữ", OK)]
    ten_thousand, typed = "ម៉ឺន", "ម\u17ba\u17c9\u1793"  # the vowel typed before the register shifter
    assert typed != ten_thousand
    assert statuses(glossary(("vạn", typed)).check("một vạn", "មួយ" + ten_thousand)) == [("vạn", OK)]
    assert statuses(glossary(("vạn", ten_thousand)).check("một vạn", "មួយ" + typed)) == [("vạn", OK)]


def test_zero_width_spaces_in_the_khmer_are_ignored():
    words = glossary((PRESTIGE_VI, PRESTIGE_KM, PRESTIGE_WRONG))
    assert statuses(words.check(PRESTIGE_VI, "អ្នក\u200bមាន\u200bកិត្យានុភាព")) == [(PRESTIGE_VI, OK)]
    assert statuses(words.check(PRESTIGE_VI, "អ្នក\u200bមានឥទ្ធិពល")) == [(PRESTIGE_VI, FORBIDDEN)]


def test_missing_and_forbidden_renderings():
    words = glossary((PRESTIGE_VI, PRESTIGE_KM, PRESTIGE_WRONG))
    assert statuses(words.check(PRESTIGE_VI, "មនុស្សល្អ")) == [(PRESTIGE_VI, MISSING)]
    both = words.check(PRESTIGE_VI, f"{PRESTIGE_KM} និង{PRESTIGE_WRONG}")
    assert statuses(both) == [(PRESTIGE_VI, FORBIDDEN)] and both[0].variants_used == (PRESTIGE_WRONG,)
    assert statuses(words.check(PRESTIGE_VI, None)) == [(PRESTIGE_VI, OK)]  # not translated yet: a hint only


def test_a_forbidden_variant_inside_the_approved_rendering_counts_only_outside_it():
    words = glossary(("xuất bản", "ផ្សាយ", "បោះពុម្ពផ្សាយ"), ("trang", "ទំព័រដើម", "ទំព័រ"))
    assert statuses(words.check("xuất bản", "បោះពុម្ពផ្សាយ")) == [("xuất bản", FORBIDDEN)]
    assert statuses(words.check("trang", "ទំព័រដើម")) == [("trang", OK)]
    assert statuses(words.check("trang", "ទំព័រ")) == [("trang", FORBIDDEN)]


def test_a_term_never_matches_inside_a_khmer_cluster():
    # "ក" is the first letter of the cluster "ក្រ": not a rendering of the term.
    assert statuses(glossary(("cá", "ក")).check("cá", "ក្រ")) == [("cá", MISSING)]


# -- CSV ---------------------------------------------------------------------------


def write(tmp_path, text, name="glossary.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_import_creates_terms_with_forbidden_variants(tmp_path):
    out = io.StringIO()
    call_command("import_glossary", write(tmp_path, GLOSSARY_CSV), stdout=out)
    assert "2 thuật ngữ mới" in out.getvalue()
    term = GlossaryTerm.objects.get(vi=PRESTIGE_VI)
    assert term.km == PRESTIGE_KM and term.forbidden_variants == [PRESTIGE_WRONG]
    assert term.note == "Quyết định 12/2018/QĐ-TTg"


def test_a_malformed_csv_imports_nothing_and_names_each_bad_line(tmp_path):
    GlossaryTerm.objects.create(vi="bản dịch", km="ការបកប្រែ")
    bad = (
        GLOSSARY_CSV
        + ",ទំព័រ,,\n"  # line 4: no Vietnamese
        + "trang,,,\n"  # line 5: no Khmer
        + f"{PRESTIGE_VI.upper()},{PRESTIGE_KM},,\n"  # line 6: the same term again
        + "xuất bản,ផ្សាយ,ផ្សាយ,\n"  # line 7: approved and forbidden at once
        + "a,b,c,d,e,f\n"  # line 8: too many cells
    )
    err = io.StringIO()
    with pytest.raises(CommandError, match="Chưa nhập gì"):
        call_command("import_glossary", write(tmp_path, bad, "bad.csv"), stderr=err)
    report = err.getvalue()
    for line in (4, 5, 6, 7, 8):
        assert f"bad.csv, dòng {line}:" in report
    assert "bad.csv, dòng 2:" not in report and "bad.csv, dòng 3:" not in report
    assert "đã có ở dòng 2" in report
    assert list(GlossaryTerm.objects.values_list("vi", flat=True)) == ["bản dịch"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"tieng viet;khmer\nx;y\n", "dòng 1: Dòng đầu tiên phải ghi tên các cột"),
        ("vi,km\nnước,ទឹក\n".encode("utf-16"), "Tệp không phải văn bản UTF-8"),
    ],
)
def test_a_file_that_is_not_a_glossary_is_refused(tmp_path, content, message):
    path = tmp_path / "x.csv"
    path.write_bytes(content)
    err = io.StringIO()
    with pytest.raises(CommandError):
        call_command("import_glossary", str(path), stderr=err)
    assert message in err.getvalue()
    assert not GlossaryTerm.objects.exists()


def test_export_then_import_gives_back_the_same_glossary(tmp_path):
    import_glossary(GLOSSARY_CSV.encode())
    GlossaryTerm.objects.create(vi="kế hoạch", km="ផែនការ", forbidden="គម្រោងការ|ផែនការណ៍", note="=1+1", source="-35/KH")
    before = list(GlossaryTerm.objects.values_list("vi", "km", "forbidden", "note", "source"))
    path = tmp_path / "out.csv"
    call_command("export_glossary", str(path), stderr=io.StringIO())
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
    assert rows[0] == ["vi", "km", "forbidden", "note", "source"]
    assert ["kế hoạch", "ផែនការ", "គម្រោងការ|ផែនការណ៍", "'=1+1", "'-35/KH"] in rows  # inert in a spreadsheet
    GlossaryTerm.objects.all().delete()
    call_command("import_glossary", str(path), stdout=io.StringIO())
    assert list(GlossaryTerm.objects.values_list("vi", "km", "forbidden", "note", "source")) == before


def test_import_updates_a_term_already_there():
    GlossaryTerm.objects.create(vi=PRESTIGE_VI, km=PRESTIGE_WRONG)
    assert import_glossary(GLOSSARY_CSV.encode()) == (1, 1)
    assert GlossaryTerm.objects.get(vi=PRESTIGE_VI).km == PRESTIGE_KM


# -- The editor hint --------------------------------------------------------------


def test_the_editor_hint_gives_each_segment_its_terms_and_approved_khmer():
    import_glossary(GLOSSARY_CSV.encode())
    segments = [
        SimpleNamespace(id=1, source_text=f"Tuyên dương {PRESTIGE_VI} tiêu biểu.", translated_text=None),
        SimpleNamespace(id=2, source_text=f"{AGENCY_VI} tổ chức hội nghị.", translated_text="សន្និសីទ"),
        SimpleNamespace(id=3, source_text="Mở đầu.", translated_text="សេចក្តីផ្តើម។"),
        SimpleNamespace(id=4, source_text=PRESTIGE_VI, translated_text=PRESTIGE_WRONG),
    ]
    payloads = glossary_aid(None, segments)
    assert set(payloads) == {1, 2, 4}
    first = payloads[1]["terms"][0]
    assert (first["vi"], first["km"], first["status"], first["warning"]) == (PRESTIGE_VI, PRESTIGE_KM, OK, "")
    assert first["source"] == "" and first["note"] == "Quyết định 12/2018/QĐ-TTg"
    assert payloads[1]["label"] == "Bảng thuật ngữ"
    assert payloads[2]["terms"][0]["status"] == MISSING
    assert f"phải được dịch sang tiếng Khmer là “{AGENCY_KM}”" in payloads[2]["terms"][0]["warning"]
    assert payloads[4]["terms"][0]["status"] == FORBIDDEN
    assert PRESTIGE_WRONG in payloads[4]["terms"][0]["warning"]


def test_the_translation_editor_loads_the_hints_renderer(client, translator, translation):
    segment_aids = pytest.importorskip("editorial.segment_aids", reason="the segment-aid registry is not merged yet")
    assert "glossary" in segment_aids.registered_aids()
    client.force_login(translator)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[translation.get_target_instance().pk])).content.decode()
    assert "glossary/segment-aid" in html and "js-translation-editor" in html


def test_without_a_glossary_the_editor_shows_no_hint():
    assert glossary_aid(None, [SimpleNamespace(id=1, source_text=PRESTIGE_VI, translated_text=None)]) == {}


# -- Submit and review ---------------------------------------------------------------

KHMER = {
    "Tuyên dương người có uy tín": f"ការសរសើរ{PRESTIGE_WRONG}",
    "Ban Dân tộc tỉnh Trà Vinh tổ chức lễ tuyên dương.": "គណៈកម្មាធិការបានរៀបចំពិធី។",
    "Tin: Văn phòng Ban": "ព័ត៌មាន៖ ការិយាល័យ",
    "Mở đầu.": "សេចក្តីផ្តើម។",
}


@pytest.fixture
def article(news_index, khmer_news_index):
    return factories.NewsPageFactory(
        parent=news_index,
        title="Tuyên dương người có uy tín",
        slug="tuyen-duong",
        lead="Ban Dân tộc tỉnh Trà Vinh tổ chức lễ tuyên dương.",
        credit="Tin: Văn phòng Ban",
        body__0__paragraph__value="<p>Mở đầu.</p>",
    )


@pytest.fixture
def translation(article):
    import_glossary(GLOSSARY_CSV.encode())
    translation, missing = fill_segments(article, KHMER)
    assert not missing
    with TestCase.captureOnCommitCallbacks(execute=True):
        translation.save_target(publish=False)
    return translation


def submit(client, translation):
    with TestCase.captureOnCommitCallbacks(execute=True):
        return client.post(reverse("editorial:submit_for_review", args=[translation.pk]), follow=True)


def admin_language(user, code):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = code
    profile.save()
    return user


def test_submit_lists_glossary_warnings_and_still_submits(client, translator, translation):
    client.force_login(translator)
    html = submit(client, translation).content.decode()
    assert "Bản dịch đã được gửi đến người kiểm duyệt để xem xét." in html
    assert f"“{PRESTIGE_VI}” được dịch bằng cách dịch bị cấm “{PRESTIGE_WRONG}”" in html
    assert f"“{AGENCY_VI}” phải được dịch sang tiếng Khmer là “{AGENCY_KM}”" in html
    khmer = translation.get_target_instance()
    assert khmer.current_workflow_state.workflow.name == "Translation review"


def test_a_khmer_translator_reads_the_warnings_in_khmer(client, translator, translation):
    client.force_login(admin_language(translator, "km"))
    html = submit(client, translation).content.decode()
    assert f"ត្រូវបានបកប្រែដោយពាក្យហាមឃាត់ “{PRESTIGE_WRONG}”" in html


def test_a_translation_that_follows_the_glossary_is_submitted_without_warnings(client, translator, article):
    import_glossary(GLOSSARY_CSV.encode())
    good = {**KHMER, "Tuyên dương người có uy tín": f"ការសរសើរ{PRESTIGE_KM}"}
    good["Ban Dân tộc tỉnh Trà Vinh tổ chức lễ tuyên dương."] = f"{AGENCY_KM}បានរៀបចំពិធី។"
    translation, _ = fill_segments(article, good)
    with TestCase.captureOnCommitCallbacks(execute=True):
        translation.save_target(publish=False)
    client.force_login(translator)
    html = submit(client, translation).content.decode()
    assert "bị cấm" not in html and "phải được dịch" not in html


def test_the_moderator_sees_the_same_warnings_in_the_review(client, translator, moderator, translation):
    client.force_login(translator)
    submit(client, translation)
    client.force_login(moderator)
    khmer = translation.get_target_instance()
    html = client.get(reverse("editorial:review_translation", args=[khmer.pk])).content.decode()
    warnings = html.split("data-translation-warnings")[1].split("</div>")[0]
    assert f"“{PRESTIGE_VI}” được dịch bằng cách dịch bị cấm “{PRESTIGE_WRONG}”" in warnings
    assert f"“{AGENCY_VI}” phải được dịch" in warnings
    assert 'value="approve"' in html


# -- Site-wide report ---------------------------------------------------------------


@pytest.fixture
def published_translation(translation, moderator, client):
    with TestCase.captureOnCommitCallbacks(execute=True):
        translation.save_target(user=moderator, publish=True)
    return translation


def report_url():
    return reverse("glossary:report")


def test_the_report_lists_each_published_problem_with_a_link_to_fix_it(client, moderator, published_translation):
    client.force_login(moderator)
    html = client.get(report_url()).content.decode()
    khmer = published_translation.get_target_instance()
    assert reverse("wagtailadmin_pages:edit", args=[khmer.pk]) in html
    assert PRESTIGE_WRONG in html and AGENCY_VI in html
    menu = client.get(reverse("wagtailadmin_home")).content.decode()
    assert report_url() in menu


def test_the_report_exports_csv_with_formulas_made_inert(client, moderator, published_translation):
    GlossaryTerm.objects.create(vi="Mở đầu", km="=HYPERLINK(1)")
    client.force_login(moderator)
    response = client.get(report_url() + "?export=csv")
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[0][:3] == ["Trang hoặc khối nội dung dùng chung", "Loại", "Trường"]
    assert any(row[6] == "'=HYPERLINK(1)" for row in rows[1:])
    assert all(row[-1].startswith("http://") for row in rows[1:])
    assert client.get(report_url() + "?export=xlsx").status_code == 200


def test_drafts_are_not_in_the_report(client, moderator, translation):
    client.force_login(moderator)
    assert PRESTIGE_WRONG not in client.get(report_url()).content.decode()


@pytest.mark.parametrize("who", ["translator", "editor"])
def test_only_moderators_open_the_report(client, who, request, published_translation):
    client.force_login(request.getfixturevalue(who))
    response = client.get(report_url())
    assert response.status_code == 403 or response.url == reverse("wagtailadmin_home")
    assert report_url() not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_glossary_report_command_exits_1_when_something_is_found(published_translation):
    out = io.StringIO()
    with pytest.raises(SystemExit) as exit_status:
        call_command("glossary_report", stdout=out, stderr=io.StringIO())
    assert exit_status.value.code == 1
    assert PRESTIGE_WRONG in out.getvalue()
    assert "/admin/pages/" in out.getvalue()


def test_glossary_report_command_exits_0_when_all_is_well(published_translation):
    GlossaryTerm.objects.all().delete()
    GlossaryTerm.objects.create(vi="Mở đầu", km="សេចក្តីផ្តើម")
    out = io.StringIO()
    call_command("glossary_report", stdout=out)
    assert "không có lỗi thuật ngữ" in out.getvalue()


# -- Admin: terms, import, export ------------------------------------------------------


def test_a_moderator_imports_a_csv_in_the_admin_and_sees_bad_lines(client, moderator):
    client.force_login(moderator)
    bad = io.BytesIO((GLOSSARY_CSV + "trang,,,\n").encode())
    bad.name = "bad.csv"
    html = client.post(reverse("glossary:import"), {"file": bad}).content.decode()
    assert "<td>4</td>" in html and "bị bỏ trống" in html
    assert not GlossaryTerm.objects.exists()
    good = io.BytesIO(GLOSSARY_CSV.encode())
    good.name = "good.csv"
    assert client.post(reverse("glossary:import"), {"file": good}).status_code == 302
    assert GlossaryTerm.objects.count() == 2
    listing = client.get(reverse("glossary_glossaryterm:index")).content.decode()
    assert PRESTIGE_KM in listing
    exported = client.get(reverse("glossary:export")).content.decode()
    assert exported.splitlines()[0] == "vi,km,forbidden,note,source"


def test_a_moderator_edits_a_term_and_the_khmer_is_normalised(client, moderator):
    client.force_login(moderator)
    typed = "ម\u17ba\u17c9\u1793"
    response = client.post(reverse("glossary_glossaryterm:add"), {"vi": "vạn", "km": typed, "forbidden": ""})
    assert response.status_code == 302
    assert GlossaryTerm.objects.get(vi="vạn").km == "ម៉ឺន"


def test_the_approved_khmer_cannot_be_forbidden_too(client, moderator):
    client.force_login(moderator)
    client.post(reverse("glossary_glossaryterm:add"), {"vi": "trang", "km": "ទំព័រ", "forbidden": "ទំ\u200bព័រ"})
    assert not GlossaryTerm.objects.exists()


def test_the_same_term_cannot_be_added_twice_in_another_case(client, moderator):
    GlossaryTerm.objects.create(vi=PRESTIGE_VI, km=PRESTIGE_KM)
    client.force_login(moderator)
    html = client.post(reverse("glossary_glossaryterm:add"), {"vi": "Người Có Uy Tín", "km": "x"}).content.decode()
    assert "Thuật ngữ này đã có trong bảng thuật ngữ." in html
    assert GlossaryTerm.objects.count() == 1


def test_a_huge_upload_is_refused_with_a_message(client, moderator):
    client.force_login(moderator)
    huge = io.BytesIO(b"vi,km\n" + b"a,b\n" * 600_000)
    huge.name = "huge.csv"
    html = client.post(reverse("glossary:import"), {"file": huge}).content.decode()
    assert "lớn hơn 2 MB" in html
    assert not GlossaryTerm.objects.exists()


# -- Demo ---------------------------------------------------------------------------


def test_the_demo_takes_agency_and_programme_names_from_the_glossary():
    remembered = {}
    builder = SimpleNamespace(log=lambda message: None, remember_pairs=lambda pairs: remembered.update(pairs))
    build_demo_glossary(builder)
    for body in documents_demo_data.ISSUING_BODIES:
        assert remembered[body["vi"]["name"]] == body["km"]["name"]
    for programme in programs_demo_data.PROGRAMS:
        assert remembered[programme["vi"]["title"]] == programme["km"]["title"]
    assert GlossaryTerm.objects.count() == sum(1 for _ in DEMO_GLOSSARY.open(encoding="utf-8")) - 1
    GlossaryTerm.objects.filter(vi="Thủ tướng Chính phủ").update(km="នាយករដ្ឋមន្ត្រីថ្មី")
    build_demo_glossary(builder)  # a second run keeps the moderators' edits
    assert remembered["Thủ tướng Chính phủ"] == "នាយករដ្ឋមន្ត្រីថ្មី"
