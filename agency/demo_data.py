"""Demo content of the agency pages, in Vietnamese with Khmer translations (to be reviewed by a native reader)."""

PHONE = "0294.3852478"
EMAIL = "bdt@travinh.gov.vn"

INTRODUCTION = {
    "slug": "gioi-thieu",
    "vi": {
        "title": "Giới thiệu",
        "intro": "Ban Dân tộc tỉnh Trà Vinh là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về công tác dân tộc.",
        "paragraphs": [
            "Trà Vinh là một trong những tỉnh có đông đồng bào dân tộc Khmer nhất cả nước. Ban Dân tộc tỉnh thực hiện các chương trình, chính sách dân tộc, phục vụ đồng bào các dân tộc thiểu số trên địa bàn tỉnh.",
        ],
    },
    "km": {
        "title": "សេចក្តីណែនាំ",
        "intro": "គណៈកម្មាធិការជនជាតិខេត្តត្រាវិញ ជាស្ថាប័នជំនាញចំណុះគណៈកម្មាធិការប្រជាជនខេត្ត ផ្តល់យោបល់ និងជួយគណៈកម្មាធិការប្រជាជនខេត្តក្នុងការគ្រប់គ្រងរដ្ឋលើការងារជនជាតិ។",
        "paragraphs": [
            "ត្រាវិញជាខេត្តមួយដែលមានបងប្អូនជនជាតិខ្មែររស់នៅច្រើនជាងគេបំផុតក្នុងប្រទេស។ គណៈកម្មាធិការជនជាតិខេត្តអនុវត្តកម្មវិធី និងគោលនយោបាយជនជាតិ បម្រើបងប្អូនជនជាតិភាគតិចនៅក្នុងខេត្ត។",
        ],
    },
}

FUNCTIONS = {
    "slug": "chuc-nang-nhiem-vu",
    "vi": {
        "title": "Chức năng, nhiệm vụ",
        "intro": "Chức năng, nhiệm vụ và quyền hạn của Ban Dân tộc tỉnh theo quy định của Ủy ban nhân dân tỉnh.",
        "paragraphs": [
            "Tham mưu, giúp Ủy ban nhân dân tỉnh ban hành các quyết định, kế hoạch, chương trình về công tác dân tộc trên địa bàn tỉnh.",
            "Hướng dẫn, kiểm tra việc thực hiện chính sách dân tộc; tổng hợp tình hình vùng đồng bào dân tộc thiểu số và báo cáo định kỳ.",
            "Phối hợp với các sở, ngành và Ủy ban nhân dân cấp huyện thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi.",
        ],
    },
    "km": {
        "title": "មុខងារ និងភារកិច្ច",
        "intro": "មុខងារ ភារកិច្ច និងសិទ្ធិអំណាចរបស់គណៈកម្មាធិការជនជាតិខេត្ត តាមបទប្បញ្ញត្តិរបស់គណៈកម្មាធិការប្រជាជនខេត្ត។",
        "paragraphs": [
            "ផ្តល់យោបល់ និងជួយគណៈកម្មាធិការប្រជាជនខេត្តចេញសេចក្តីសម្រេច ផែនការ និងកម្មវិធីស្តីពីការងារជនជាតិនៅក្នុងខេត្ត។",
            "ណែនាំ និងត្រួតពិនិត្យការអនុវត្តគោលនយោបាយជនជាតិ សរុបស្ថានភាពតំបន់បងប្អូនជនជាតិភាគតិច និងរាយការណ៍ជាប្រចាំ។",
            "សហការជាមួយមន្ទីរ ស្ថាប័ន និងគណៈកម្មាធិការប្រជាជនថ្នាក់ស្រុក អនុវត្តកម្មវិធីគោលដៅជាតិអភិវឌ្ឍន៍សេដ្ឋកិច្ច-សង្គមតំបន់បងប្អូនជនជាតិភាគតិច និងតំបន់ភ្នំ។",
        ],
    },
}

ORGANISATION = {
    "slug": "co-cau-to-chuc",
    "vi": {
        "title": "Cơ cấu tổ chức",
        "intro": "Ban Dân tộc tỉnh gồm lãnh đạo Ban và các phòng chuyên môn.",
        "departments": [
            {"name": "Văn phòng", "duties": "Tổng hợp, hành chính, tổ chức cán bộ, tài chính của Ban."},
            {
                "name": "Phòng Chính sách dân tộc",
                "duties": "Theo dõi, hướng dẫn thực hiện các chính sách dân tộc và người có uy tín.",
            },
            {
                "name": "Phòng Kế hoạch - Tổng hợp",
                "duties": "Kế hoạch, chương trình mục tiêu quốc gia và thông tin báo cáo.",
            },
            {"name": "Thanh tra", "duties": "Thanh tra, giải quyết khiếu nại, tố cáo trong lĩnh vực công tác dân tộc."},
        ],
    },
    "km": {
        "title": "រចនាសម្ព័ន្ធស្ថាប័ន",
        "intro": "គណៈកម្មាធិការជនជាតិខេត្តមានថ្នាក់ដឹកនាំគណៈកម្មាធិការ និងការិយាល័យជំនាញ។",
        "departments": [
            {"name": "ការិយាល័យរដ្ឋបាល", "duties": "សរុប រដ្ឋបាល បុគ្គលិក និងហិរញ្ញវត្ថុរបស់គណៈកម្មាធិការ។"},
            {"name": "ការិយាល័យគោលនយោបាយជនជាតិ", "duties": "តាមដាន និងណែនាំការអនុវត្តគោលនយោបាយជនជាតិ និងអ្នកមានកិត្យានុភាព។"},
            {"name": "ការិយាល័យផែនការ-សរុប", "duties": "ផែនការ កម្មវិធីគោលដៅជាតិ និងព័ត៌មានរបាយការណ៍។"},
            {"name": "អធិការកិច្ច", "duties": "ធ្វើអធិការកិច្ច ដោះស្រាយពាក្យបណ្តឹង និងការប្តឹងផ្តល់ក្នុងវិស័យការងារជនជាតិ។"},
        ],
    },
}

LEADERS = {
    "slug": "lanh-dao",
    "vi": {
        "title": "Lãnh đạo Ban",
        "intro": "Lãnh đạo Ban Dân tộc tỉnh Trà Vinh.",
        "leaders": [
            {"name": "Kiên Ninh", "position": "Trưởng Ban"},
            {"name": "Hà Thanh Sơn", "position": "Phó Trưởng Ban"},
            {"name": "Thạch Mu Ni", "position": "Phó Trưởng Ban"},
        ],
    },
    "km": {
        "title": "ថ្នាក់ដឹកនាំគណៈកម្មាធិការ",
        "intro": "ថ្នាក់ដឹកនាំគណៈកម្មាធិការជនជាតិខេត្តត្រាវិញ។",
        "leaders": [
            {"name": "លោក Kiên Ninh", "position": "ប្រធានគណៈកម្មាធិការ"},
            {"name": "លោក Hà Thanh Sơn", "position": "អនុប្រធានគណៈកម្មាធិការ"},
            {"name": "លោក Thạch Mu Ni", "position": "អនុប្រធានគណៈកម្មាធិការ"},
        ],
    },
}

CONTACT = {
    "slug": "lien-he",
    "map_url": "https://www.openstreetmap.org/search?query=19%20th%C3%A1ng%205%2C%20Tr%C3%A0%20Vinh",
    "phone": PHONE,
    "fax": "0294.3851924",
    "email": EMAIL,
    "vi": {
        "title": "Liên hệ",
        "intro": "Bạn đọc có thể liên hệ trực tiếp với Ban Dân tộc tỉnh hoặc gửi câu hỏi qua mục Hỏi đáp.",
        "address": "Số 10, đường 19 tháng 5, K2, P1, TPTV, tỉnh Trà Vinh",
        "opening_hours": "Thứ Hai đến Thứ Sáu, 7 giờ - 11 giờ và 13 giờ - 17 giờ",
    },
    "km": {
        "title": "ទំនាក់ទំនង",
        "intro": "អ្នកអានអាចទាក់ទងដោយផ្ទាល់ជាមួយគណៈកម្មាធិការជនជាតិខេត្ត ឬផ្ញើសំណួរតាមផ្នែកសំណួរ-ចម្លើយ។",
        "address": "លេខ 10 ផ្លូវ 19 ខែឧសភា សង្កាត់ 1 ក្រុងត្រាវិញ ខេត្តត្រាវិញ",
        "opening_hours": "ថ្ងៃច័ន្ទ ដល់ថ្ងៃសុក្រ ម៉ោង 7 - 11 និងម៉ោង 13 - 17",
    },
}
