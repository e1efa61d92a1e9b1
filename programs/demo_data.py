"""The demo site's programmes: the national target programme (Quyết định 1719/QĐ-TTg) and the legal
dissemination scheme (Quyết định 1163/QĐ-TTg), their documents, topics and sub-projects.

Pure data (Unicode NFC, no zero-width spaces in Khmer); the Khmer texts should be reviewed by a
native reader before any public use."""

import datetime

PROGRAM_INDEX = {
    "slug": "chuong-trinh",
    "vi": {
        "title": "Chương trình, dự án",
        "intro": "Các chương trình, đề án, chính sách dân tộc do Ban Dân tộc tỉnh chủ trì hoặc tham gia thực hiện trên địa bàn tỉnh.",
    },
    "km": {
        "title": "កម្មវិធី និងគម្រោង",
        "intro": "កម្មវិធី គម្រោង និងគោលនយោបាយជនជាតិ ដែលគណៈកម្មាធិការជនជាតិខេត្តទទួលបន្ទុក ឬចូលរួមអនុវត្តនៅក្នុងខេត្ត។",
    },
}

PROGRAMS = [
    {
        "slug": "chuong-trinh-muc-tieu-quoc-gia-phat-trien-kinh-te-xa-hoi-vung-dong-bao-dan-toc-thieu-so-va-mien-nui",
        "period_start": 2021,
        "decision_date": datetime.date(2021, 10, 14),  # Quyết định 1719/QĐ-TTg
        "period_end": 2030,
        "vi": {
            "title": "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021–2030",
            "phase": "Giai đoạn I: từ năm 2021 đến năm 2025",
            "agency": "Ban Dân tộc tỉnh Trà Vinh (cơ quan thường trực)",
            "objectives": [
                "Khai thác tiềm năng, lợi thế của vùng đồng bào dân tộc thiểu số, đẩy mạnh phát triển kinh tế, bảo đảm an sinh xã hội.",
                "Giảm nghèo nhanh và bền vững, thu hẹp dần khoảng cách về mức sống, thu nhập so với bình quân chung của cả nước.",
                "Giải quyết tình trạng thiếu đất ở, nhà ở, đất sản xuất và nước sinh hoạt cho hộ đồng bào dân tộc thiểu số.",
                "Đầu tư cơ sở hạ tầng thiết yếu, nâng cao chất lượng giáo dục, đào tạo nghề và chăm sóc sức khỏe.",
                "Giữ gìn, phát huy giá trị văn hóa truyền thống tốt đẹp của các dân tộc.",
            ],
            "paragraphs": [
                "Chương trình được Thủ tướng Chính phủ phê duyệt tại Quyết định số 1719/QĐ-TTg ngày 14 tháng 10 năm 2021, gồm 10 dự án thành phần, thực hiện tại các xã, ấp thuộc vùng đồng bào dân tộc thiểu số và miền núi.",
                "Tại tỉnh Trà Vinh, Ban Dân tộc tỉnh là cơ quan thường trực, tham mưu UBND tỉnh phân bổ vốn, hướng dẫn, kiểm tra và tổng hợp kết quả thực hiện Chương trình; các sở, ngành và UBND các huyện, thị xã, thành phố chủ trì thực hiện các dự án, tiểu dự án theo phân công.",
            ],
        },
        "km": {
            "title": "កម្មវិធីគោលដៅជាតិអភិវឌ្ឍសេដ្ឋកិច្ច-សង្គមតំបន់ជនជាតិភាគតិច និងតំបន់ភ្នំ ដំណាក់កាល 2021–2030",
            "phase": "ដំណាក់កាលទី I៖ ពីឆ្នាំ 2021 ដល់ឆ្នាំ 2025",
            "agency": "គណៈកម្មាធិការជនជាតិខេត្តត្រាវិញ (ស្ថាប័នអចិន្ត្រៃយ៍)",
            "objectives": [
                "ទាញយកសក្តានុពល និងគុណសម្បត្តិរបស់តំបន់ជនជាតិភាគតិច ជំរុញការអភិវឌ្ឍសេដ្ឋកិច្ច និងធានាសន្តិសុខសង្គម។",
                "កាត់បន្ថយភាពក្រីក្រឱ្យបានឆាប់រហ័ស និងប្រកបដោយចីរភាព បង្រួមគម្លាតកម្រិតជីវភាព និងប្រាក់ចំណូលបន្តិចម្តងៗ ធៀបនឹងកម្រិតមធ្យមទូទាំងប្រទេស។",
                "ដោះស្រាយបញ្ហាខ្វះដីលំនៅដ្ឋាន ផ្ទះសម្បែង ដីផលិតកម្ម និងទឹកប្រើប្រាស់សម្រាប់គ្រួសារជនជាតិភាគតិច។",
                "វិនិយោគលើហេដ្ឋារចនាសម្ព័ន្ធចាំបាច់ លើកកម្ពស់គុណភាពអប់រំ បណ្តុះបណ្តាលវិជ្ជាជីវៈ និងការថែទាំសុខភាព។",
                "ថែរក្សា និងលើកតម្កើងតម្លៃវប្បធម៌ប្រពៃណីដ៏ល្អផូរផង់របស់ជនជាតិនានា។",
            ],
            "paragraphs": [
                "កម្មវិធីនេះត្រូវបាននាយករដ្ឋមន្ត្រីអនុម័តតាមសេចក្តីសម្រេចលេខ 1719/QĐ-TTg ចុះថ្ងៃទី 14 ខែតុលា ឆ្នាំ 2021 រួមមានគម្រោងសមាសភាគចំនួន 10 ដែលអនុវត្តនៅតាមឃុំ និងភូមិក្នុងតំបន់ជនជាតិភាគតិច និងតំបន់ភ្នំ។",
                "នៅខេត្តត្រាវិញ គណៈកម្មាធិការជនជាតិខេត្តជាស្ថាប័នអចិន្ត្រៃយ៍ ដែលផ្តល់យោបល់ដល់គណៈកម្មាធិការប្រជាជនខេត្តក្នុងការបែងចែកថវិកា ណែនាំ ត្រួតពិនិត្យ និងបូកសរុបលទ្ធផលនៃការអនុវត្តកម្មវិធី។ មន្ទីរ វិស័យ និងគណៈកម្មាធិការប្រជាជនស្រុក ទីប្រជុំជន និងក្រុង ទទួលបន្ទុកអនុវត្តគម្រោង និងអនុគម្រោងតាមការបែងចែកភារកិច្ច។",
            ],
        },
    },
    {
        "slug": "de-an-pho-bien-giao-duc-phap-luat-va-tuyen-truyen-van-dong-dong-bao-vung-dan-toc-thieu-so-2021-2025",
        "period_start": 2021,
        "decision_date": datetime.date(2021, 7, 13),  # Quyết định 1163/QĐ-TTg
        "period_end": 2025,
        "vi": {
            "title": "Đề án đẩy mạnh công tác phổ biến, giáo dục pháp luật và tuyên truyền, vận động đồng bào vùng dân tộc thiểu số và miền núi giai đoạn 2021–2025",
            "phase": "Thực hiện từ năm 2021 đến năm 2025",
            "agency": "Ban Dân tộc tỉnh Trà Vinh (cơ quan chủ trì)",
            "objectives": [
                "Nâng cao nhận thức, ý thức chấp hành pháp luật của đồng bào dân tộc thiểu số.",
                "Đổi mới hình thức phổ biến pháp luật, chú trọng tuyên truyền bằng tiếng Khmer và thông qua người có uy tín, sư sãi, achar.",
                "Bồi dưỡng kiến thức pháp luật, kỹ năng tuyên truyền cho cán bộ cơ sở và người có uy tín.",
                "Góp phần giữ vững an ninh, trật tự và khối đại đoàn kết các dân tộc ở cơ sở.",
            ],
            "paragraphs": [
                "Đề án được Thủ tướng Chính phủ phê duyệt tại Quyết định số 1163/QĐ-TTg ngày 13 tháng 7 năm 2021. Tại Trà Vinh, Đề án được triển khai ở các xã, ấp có đông đồng bào Khmer sinh sống.",
                "Hằng năm, Ban Dân tộc tỉnh phối hợp với các sở, ngành và địa phương tổ chức các buổi tuyên truyền song ngữ Việt – Khmer, cấp phát tài liệu pháp luật và bồi dưỡng kỹ năng cho đội ngũ báo cáo viên cơ sở.",
            ],
        },
        "km": {
            "title": "គម្រោងជំរុញការងារផ្សព្វផ្សាយ អប់រំច្បាប់ និងឃោសនា អំពាវនាវបងប្អូនតំបន់ជនជាតិភាគតិច និងតំបន់ភ្នំ ដំណាក់កាល 2021–2025",
            "phase": "អនុវត្តពីឆ្នាំ 2021 ដល់ឆ្នាំ 2025",
            "agency": "គណៈកម្មាធិការជនជាតិខេត្តត្រាវិញ (ស្ថាប័នទទួលបន្ទុក)",
            "objectives": [
                "លើកកម្ពស់ការយល់ដឹង និងស្មារតីគោរពច្បាប់របស់បងប្អូនជនជាតិភាគតិច។",
                "កែលម្អទម្រង់នៃការផ្សព្វផ្សាយច្បាប់ ដោយយកចិត្តទុកដាក់លើការឃោសនាជាភាសាខ្មែរ និងតាមរយៈអ្នកមានកិត្យានុភាព ព្រះសង្ឃ និងអាចារ្យ។",
                "បណ្តុះបណ្តាលចំណេះដឹងច្បាប់ និងជំនាញឃោសនាដល់មន្ត្រីមូលដ្ឋាន និងអ្នកមានកិត្យានុភាព។",
                "ចូលរួមថែរក្សាសន្តិសុខ សណ្តាប់ធ្នាប់ និងមហាសាមគ្គីភាពរវាងជនជាតិនានានៅមូលដ្ឋាន។",
            ],
            "paragraphs": [
                "គម្រោងនេះត្រូវបាននាយករដ្ឋមន្ត្រីអនុម័តតាមសេចក្តីសម្រេចលេខ 1163/QĐ-TTg ចុះថ្ងៃទី 13 ខែកក្កដា ឆ្នាំ 2021។ នៅខេត្តត្រាវិញ គម្រោងនេះត្រូវបានអនុវត្តនៅតាមឃុំ និងភូមិដែលមានបងប្អូនខ្មែររស់នៅច្រើន។",
                "ជារៀងរាល់ឆ្នាំ គណៈកម្មាធិការជនជាតិខេត្តសហការជាមួយមន្ទីរ វិស័យ និងមូលដ្ឋាន រៀបចំវគ្គឃោសនាជាពីរភាសា វៀតណាម – ខ្មែរ ចែកជូនឯកសារច្បាប់ និងបណ្តុះបណ្តាលជំនាញដល់ក្រុមវាគ្មិនមូលដ្ឋាន។",
            ],
        },
    },
]

# Which documents the programmes cite, and their topics.
PROGRAM_LINKS = {
    PROGRAMS[0]["slug"]: {
        "documents": ["1719/QĐ-TTg", "08/2022/NQ-HĐND"],
        "topics": ["chuong-trinh-muc-tieu-quoc-gia"],
    },
    PROGRAMS[1]["slug"]: {"documents": ["1163/QĐ-TTg"], "topics": ["chinh-sach-dan-toc"]},
}

SUB_PROJECTS = {
    PROGRAMS[0]["slug"]: [
        {
            "status": "in-progress",
            "period_start": 2021,
            "period_end": 2025,
            "vi": {"code": "Dự án 1", "name": "Giải quyết tình trạng thiếu đất ở, nhà ở, đất sản xuất, nước sinh hoạt"},
            "km": {"code": "គម្រោងទី 1", "name": "ដោះស្រាយបញ្ហាខ្វះដីលំនៅដ្ឋាន ផ្ទះសម្បែង ដីផលិតកម្ម និងទឹកប្រើប្រាស់"},
        },
        {
            "status": "in-progress",
            "period_start": 2021,
            "period_end": 2025,
            "vi": {
                "code": "Dự án 4",
                "name": "Đầu tư cơ sở hạ tầng thiết yếu phục vụ sản xuất, đời sống trong vùng đồng bào dân tộc thiểu số",
            },
            "km": {"code": "គម្រោងទី 4", "name": "វិនិយោគហេដ្ឋារចនាសម្ព័ន្ធចាំបាច់សម្រាប់ផលិតកម្ម និងជីវភាពក្នុងតំបន់ជនជាតិភាគតិច"},
        },
        {
            "status": "completed",
            "period_start": 2022,
            "period_end": 2023,
            "vi": {"code": "Tiểu dự án 2 thuộc Dự án 5", "name": "Bồi dưỡng kiến thức dân tộc cho cán bộ, công chức"},
            "km": {"code": "អនុគម្រោងទី 2 នៃគម្រោងទី 5", "name": "បណ្តុះបណ្តាលចំណេះដឹងអំពីជនជាតិដល់មន្ត្រី និងមន្ត្រីរាជការ"},
        },
        {
            "status": "planned",
            "period_start": 2026,
            "period_end": 2030,
            "vi": {"code": "Giai đoạn II", "name": "Các dự án thành phần giai đoạn từ năm 2026 đến năm 2030"},
            "km": {"code": "ដំណាក់កាលទី II", "name": "គម្រោងសមាសភាគដំណាក់កាលពីឆ្នាំ 2026 ដល់ឆ្នាំ 2030"},
        },
    ],
}
