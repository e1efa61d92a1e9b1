"""The questions and feedback page of the demo site, with one answered question in each language."""

from core.demo import add_published, child_by_slug
from feedback.models import FeedbackPage, Question

PAGE = {
    "slug": "hoi-dap",
    "vi": {
        "title": "Hỏi đáp - Góp ý",
        "intro": "Bạn đọc gửi câu hỏi, ý kiến góp ý về công tác dân tộc và chính sách dân tộc. Ban Dân tộc tỉnh sẽ trả lời qua thư điện tử hoặc điện thoại và đăng các câu trả lời hữu ích tại đây.",
        "thank_you": "Cảm ơn bạn. Câu hỏi đã được gửi; Ban Dân tộc tỉnh sẽ trả lời trong thời gian sớm nhất.",
    },
    "km": {
        "title": "សំណួរ-ចម្លើយ និងមតិយោបល់",
        "intro": "អ្នកអានអាចផ្ញើសំណួរ និងមតិយោបល់អំពីការងារជនជាតិ និងគោលនយោបាយជនជាតិ។ គណៈកម្មាធិការជនជាតិខេត្តនឹងឆ្លើយតបតាមអ៊ីមែល ឬទូរស័ព្ទ ហើយចុះផ្សាយចម្លើយដែលមានប្រយោជន៍នៅទីនេះ។",
        "thank_you": "សូមអរគុណ។ សំណួររបស់អ្នកត្រូវបានផ្ញើហើយ គណៈកម្មាធិការជនជាតិខេត្តនឹងឆ្លើយតបឱ្យបានឆាប់បំផុត។",
    },
}

QUESTIONS = [
    {
        "language": "vi",
        "name": "Thạch Sô Phia",
        "contact": "0912345678",
        "subject": "Điều kiện công nhận người có uy tín",
        "question": "Xin cho biết điều kiện để được bình chọn là người có uy tín trong đồng bào dân tộc thiểu số?",
        "answer": "Người có uy tín được bình chọn theo tiêu chí của Quyết định số 12/2018/QĐ-TTg: là công dân Việt Nam, cư trú hợp pháp tại địa phương, gương mẫu chấp hành chủ trương, chính sách và được cộng đồng tín nhiệm.",
    },
    {
        "language": "km",
        "name": "Sơn Thị Ngọc Hân",
        "contact": "han@example.vn",
        "subject": "ការគាំទ្រសិស្សជនជាតិភាគតិច",
        "question": "តើសិស្សជនជាតិខ្មែរដែលមានជីវភាពខ្វះខាតអាចទទួលបានអាហារូបករណ៍យ៉ាងដូចម្តេច?",
        "answer": "សូមទាក់ទងការិយាល័យជនជាតិនៃស្រុកដែលអ្នករស់នៅ ដើម្បីដាក់ពាក្យស្នើសុំអាហារូបករណ៍ប្រចាំឆ្នាំ។",
    },
]


def build(builder, home):
    page = child_by_slug(home, FeedbackPage, PAGE["slug"])
    if page is None:
        page = add_published(home, FeedbackPage(slug=PAGE["slug"], show_in_menus=True, **PAGE["vi"]))
        builder.log(f"Created the questions and feedback page {page.title}")
    builder.remember(PAGE, list(PAGE["vi"]))
    for data in QUESTIONS:
        Question.objects.get_or_create(subject=data["subject"], defaults={**data, "published": True})
    return [page]
