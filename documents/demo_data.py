"""The demo site's legal documents library: document types, issuing bodies, eleven documents.

Pure data (Unicode NFC, no zero-width spaces in Khmer); the Khmer texts should be reviewed by a
native reader before any public use."""

DOCUMENT_INDEX = {
    "slug": "van-ban",
    "vi": {
        "title": "Văn bản",
        "intro": "Văn bản chỉ đạo, điều hành và văn bản quy phạm pháp luật về công tác dân tộc: tra cứu theo loại, cơ quan ban hành, năm, hiệu lực và chuyên mục.",
    },
    "km": {
        "title": "ឯកសារ",
        "intro": "ឯកសារណែនាំ គ្រប់គ្រង និងឯកសារគតិយុត្តស្តីពីការងារជនជាតិ៖ ស្វែងរកតាមប្រភេទ ស្ថាប័នចេញ ឆ្នាំ សុពលភាព និងប្រធានបទ។",
    },
}

# Names are translated; slugs are shared by both languages (they appear in URLs).
DOCUMENT_TYPES = [
    {"slug": "ke-hoach", "vi": {"name": "Kế hoạch"}, "km": {"name": "ផែនការ"}},
    {"slug": "quyet-dinh", "vi": {"name": "Quyết định"}, "km": {"name": "សេចក្តីសម្រេច"}},
    {"slug": "thong-tu", "vi": {"name": "Thông tư"}, "km": {"name": "សារាចរណែនាំ"}},
    {"slug": "nghi-quyet", "vi": {"name": "Nghị quyết"}, "km": {"name": "សេចក្តីសម្រេចចិត្ត"}},
    {"slug": "cong-van", "vi": {"name": "Công văn"}, "km": {"name": "លិខិតផ្លូវការ"}},
    {"slug": "bao-cao", "vi": {"name": "Báo cáo"}, "km": {"name": "របាយការណ៍"}},
]

ISSUING_BODIES = [
    {
        "slug": "ban-dan-toc-tinh-tra-vinh",
        "vi": {"name": "Ban Dân tộc tỉnh Trà Vinh"},
        "km": {"name": "គណៈកម្មាធិការជនជាតិខេត្តត្រាវិញ"},
    },
    {"slug": "uy-ban-dan-toc", "vi": {"name": "Ủy ban Dân tộc"}, "km": {"name": "គណៈកម្មាធិការជនជាតិ"}},
    {"slug": "thu-tuong-chinh-phu", "vi": {"name": "Thủ tướng Chính phủ"}, "km": {"name": "នាយករដ្ឋមន្ត្រី"}},
    {"slug": "hdnd-tinh-tra-vinh", "vi": {"name": "HĐND tỉnh Trà Vinh"}, "km": {"name": "ក្រុមប្រឹក្សាប្រជាជនខេត្តត្រាវិញ"}},
]

# Each document: number, type and issuing body slugs, dates (ISO), status, topic slugs,
# and what the replacing document is (by number).
DOCUMENTS = [
    {
        "number": "35/KH-BDT",
        "type": "ke-hoach",
        "body": "ban-dan-toc-tinh-tra-vinh",
        "signer": "Kiên Ninh",
        "issue_date": "2022-06-13",
        "effective_date": "2022-06-13",
        "expiry_date": "2022-12-31",
        "status": "expired",
        "topics": ["tin-hoat-dong"],
        "vi": {
            "title": "Kế hoạch tổ chức Hội nghị sơ kết công tác dân tộc 6 tháng đầu năm 2022",
            "summary": "Kế hoạch số 35/KH-BDT ngày 13 tháng 6 năm 2022 của Ban Dân tộc tỉnh Trà Vinh về tổ chức Hội nghị sơ kết công tác dân tộc 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm 2022.",
        },
        "km": {
            "title": "ផែនការរៀបចំសន្និសីទបូកសរុបការងារជនជាតិ 6 ខែដើមឆ្នាំ 2022",
            "summary": "ផែនការលេខ 35/KH-BDT ចុះថ្ងៃទី 13 ខែមិថុនា ឆ្នាំ 2022 របស់គណៈកម្មាធិការជនជាតិខេត្តត្រាវិញ ស្តីពីការរៀបចំសន្និសីទបូកសរុបការងារជនជាតិ 6 ខែដើមឆ្នាំ និងដាក់ចេញភារកិច្ច 6 ខែចុងឆ្នាំ 2022។",
        },
    },
    {
        "number": "01/2021/TT-UBDT",
        "type": "thong-tu",
        "body": "uy-ban-dan-toc",
        "signer": "Hầu A Lềnh",
        "issue_date": "2021-11-01",
        "effective_date": "2021-12-16",
        "status": "in-force",
        "topics": ["chinh-sach-dan-toc"],
        "vi": {
            "title": "Thông tư hướng dẫn chức năng, nhiệm vụ, quyền hạn của cơ quan chuyên môn về công tác dân tộc thuộc Ủy ban nhân dân cấp tỉnh, cấp huyện",
            "summary": "Thông tư số 01/2021/TT-UBDT ngày 01/11/2021 của Ủy ban Dân tộc hướng dẫn chức năng, nhiệm vụ, quyền hạn của cơ quan chuyên môn về công tác dân tộc thuộc Ủy ban nhân dân cấp tỉnh, cấp huyện.",
        },
        "km": {
            "title": "សារាចរណែនាំស្តីពីមុខងារ ភារកិច្ច និងសិទ្ធិអំណាចរបស់ស្ថាប័នជំនាញការងារជនជាតិចំណុះគណៈកម្មាធិការប្រជាជនថ្នាក់ខេត្ត និងថ្នាក់ស្រុក",
            "summary": "សារាចរណែនាំលេខ 01/2021/TT-UBDT ចុះថ្ងៃទី 01/11/2021 របស់គណៈកម្មាធិការជនជាតិ ណែនាំអំពីមុខងារ ភារកិច្ច និងសិទ្ធិអំណាចរបស់ស្ថាប័នជំនាញការងារជនជាតិចំណុះគណៈកម្មាធិការប្រជាជនថ្នាក់ខេត្ត និងថ្នាក់ស្រុក។",
        },
    },
    {
        "number": "1719/QĐ-TTg",
        "type": "quyet-dinh",
        "body": "thu-tuong-chinh-phu",
        "signer": "Phạm Minh Chính",
        "issue_date": "2021-10-14",
        "effective_date": "2021-10-14",
        "status": "in-force",
        "topics": ["chuong-trinh-muc-tieu-quoc-gia"],
        "vi": {
            "title": "Quyết định phê duyệt Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 - 2030",
            "summary": "Phê duyệt Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 - 2030, giai đoạn I: từ năm 2021 đến năm 2025, gồm 10 dự án thành phần.",
        },
        "km": {
            "title": "សេចក្តីសម្រេចអនុម័តកម្មវិធីគោលដៅជាតិអភិវឌ្ឍសេដ្ឋកិច្ច-សង្គមតំបន់ជនជាតិភាគតិច និងតំបន់ភ្នំ ដំណាក់កាល 2021 - 2030",
            "summary": "អនុម័តកម្មវិធីគោលដៅជាតិអភិវឌ្ឍសេដ្ឋកិច្ច-សង្គមតំបន់ជនជាតិភាគតិច និងតំបន់ភ្នំ ដំណាក់កាល 2021 - 2030 ដំណាក់កាលទី I ពីឆ្នាំ 2021 ដល់ឆ្នាំ 2025 រួមមានគម្រោងសមាសភាគចំនួន 10។",
        },
    },
    {
        "number": "1163/QĐ-TTg",
        "type": "quyet-dinh",
        "body": "thu-tuong-chinh-phu",
        "signer": "Trương Hòa Bình",
        "issue_date": "2021-07-13",
        "effective_date": "2021-07-13",
        "status": "in-force",
        "topics": ["chinh-sach-dan-toc"],
        "vi": {
            "title": "Quyết định phê duyệt Đề án đẩy mạnh công tác phổ biến, giáo dục pháp luật và tuyên truyền, vận động đồng bào vùng dân tộc thiểu số và miền núi giai đoạn 2021 - 2025",
            "summary": "Phê duyệt Đề án đẩy mạnh công tác phổ biến, giáo dục pháp luật và tuyên truyền, vận động đồng bào vùng dân tộc thiểu số và miền núi giai đoạn 2021 - 2025.",
        },
        "km": {
            "title": "សេចក្តីសម្រេចអនុម័តគម្រោងជំរុញការងារផ្សព្វផ្សាយ អប់រំច្បាប់ និងឃោសនាអំពាវនាវបងប្អូនតំបន់ជនជាតិភាគតិច និងតំបន់ភ្នំ ដំណាក់កាល 2021 - 2025",
            "summary": "អនុម័តគម្រោងជំរុញការងារផ្សព្វផ្សាយ អប់រំច្បាប់ និងឃោសនាអំពាវនាវបងប្អូនតំបន់ជនជាតិភាគតិច និងតំបន់ភ្នំ ដំណាក់កាល 2021 - 2025។",
        },
    },
    {
        "number": "28/2023/QĐ-TTg",
        "type": "quyet-dinh",
        "body": "thu-tuong-chinh-phu",
        "signer": "Trần Lưu Quang",
        "issue_date": "2023-11-23",
        "effective_date": "2024-01-10",
        "status": "in-force",
        "topics": ["nguoi-co-uy-tin"],
        "vi": {
            "title": "Quyết định quy định tiêu chí lựa chọn, công nhận và chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số",
            "summary": "Quy định tiêu chí lựa chọn, công nhận, đưa ra khỏi danh sách và chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số.",
        },
        "km": {
            "title": "សេចក្តីសម្រេចកំណត់លក្ខណៈវិនិច្ឆ័យជ្រើសរើស ទទួលស្គាល់ និងគោលនយោបាយចំពោះអ្នកមានកិត្យានុភាពក្នុងចំណោមជនជាតិភាគតិច",
            "summary": "កំណត់លក្ខណៈវិនិច្ឆ័យជ្រើសរើស ទទួលស្គាល់ ដកចេញពីបញ្ជី និងគោលនយោបាយចំពោះអ្នកមានកិត្យានុភាពក្នុងចំណោមជនជាតិភាគតិច។",
        },
    },
    {
        "number": "12/2018/QĐ-TTg",
        "type": "quyet-dinh",
        "body": "thu-tuong-chinh-phu",
        "signer": "Nguyễn Xuân Phúc",
        "issue_date": "2018-03-06",
        "effective_date": "2018-04-25",
        "expiry_date": "2024-01-10",
        "status": "replaced",
        "replaced_by": "28/2023/QĐ-TTg",
        "topics": ["nguoi-co-uy-tin"],
        "vi": {
            "title": "Quyết định về tiêu chí lựa chọn, công nhận người có uy tín và chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số",
            "summary": "Tiêu chí lựa chọn, công nhận người có uy tín và chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số; được thay thế từ ngày 10/01/2024.",
        },
        "km": {
            "title": "សេចក្តីសម្រេចស្តីពីលក្ខណៈវិនិច្ឆ័យជ្រើសរើស ទទួលស្គាល់អ្នកមានកិត្យានុភាព និងគោលនយោបាយចំពោះអ្នកមានកិត្យានុភាពក្នុងចំណោមជនជាតិភាគតិច",
            "summary": "លក្ខណៈវិនិច្ឆ័យជ្រើសរើស ទទួលស្គាល់អ្នកមានកិត្យានុភាព និងគោលនយោបាយចំពោះអ្នកមានកិត្យានុភាពក្នុងចំណោមជនជាតិភាគតិច ត្រូវបានជំនួសចាប់ពីថ្ងៃទី 10/01/2024។",
        },
    },
    {
        "number": "08/2022/NQ-HĐND",
        "type": "nghi-quyet",
        "body": "hdnd-tinh-tra-vinh",
        "signer": "Kim Ngọc Thái",
        "issue_date": "2022-07-15",
        "effective_date": "2022-07-25",
        "status": "in-force",
        "topics": ["chuong-trinh-muc-tieu-quoc-gia"],
        "vi": {
            "title": "Nghị quyết quy định nguyên tắc, tiêu chí, định mức phân bổ vốn ngân sách thực hiện Chương trình mục tiêu quốc gia vùng đồng bào dân tộc thiểu số trên địa bàn tỉnh Trà Vinh",
            "summary": "Quy định nguyên tắc, tiêu chí, định mức phân bổ vốn ngân sách trung ương và tỷ lệ vốn đối ứng của ngân sách địa phương thực hiện Chương trình mục tiêu quốc gia giai đoạn I: từ năm 2021 đến năm 2025.",
        },
        "km": {
            "title": "សេចក្តីសម្រេចចិត្តកំណត់គោលការណ៍ លក្ខណៈវិនិច្ឆ័យ និងកម្រិតបែងចែកថវិកាអនុវត្តកម្មវិធីគោលដៅជាតិតំបន់ជនជាតិភាគតិចក្នុងខេត្តត្រាវិញ",
            "summary": "កំណត់គោលការណ៍ លក្ខណៈវិនិច្ឆ័យ កម្រិតបែងចែកថវិកាកណ្តាល និងអត្រាថវិកាសមតុល្យរបស់ថវិកាមូលដ្ឋាន ដើម្បីអនុវត្តកម្មវិធីគោលដៅជាតិ ដំណាក់កាលទី I ពីឆ្នាំ 2021 ដល់ឆ្នាំ 2025។",
        },
    },
    {
        "number": "120/BC-BDT",
        "type": "bao-cao",
        "body": "ban-dan-toc-tinh-tra-vinh",
        "signer": "Thạch Mu Ni",
        "issue_date": "2022-06-20",
        "status": "in-force",
        "topics": ["tin-hoat-dong", "chinh-sach-dan-toc"],
        "vi": {
            "title": "Báo cáo kết quả thực hiện công tác dân tộc 6 tháng đầu năm và nhiệm vụ 6 tháng cuối năm 2022",
            "summary": "Kết quả thực hiện công tác dân tộc, chính sách dân tộc 6 tháng đầu năm 2022 trên địa bàn tỉnh và các nhiệm vụ trọng tâm 6 tháng cuối năm.",
        },
        "km": {
            "title": "របាយការណ៍លទ្ធផលអនុវត្តការងារជនជាតិ 6 ខែដើមឆ្នាំ និងភារកិច្ច 6 ខែចុងឆ្នាំ 2022",
            "summary": "លទ្ធផលនៃការអនុវត្តការងារជនជាតិ និងគោលនយោបាយជនជាតិ 6 ខែដើមឆ្នាំ 2022 នៅក្នុងខេត្ត និងភារកិច្ចសំខាន់ៗ 6 ខែចុងឆ្នាំ។",
        },
    },
    {
        "number": "215/BDT-CSDT",
        "type": "cong-van",
        "body": "ban-dan-toc-tinh-tra-vinh",
        "signer": "Hà Thanh Sơn",
        "issue_date": "2023-05-10",
        "status": "in-force",
        "topics": ["nguoi-co-uy-tin"],
        "vi": {
            "title": "Công văn về việc rà soát, đề xuất danh sách người có uy tín năm 2023",
            "summary": "Đề nghị Phòng Dân tộc các huyện, thị xã, thành phố rà soát, đề xuất danh sách người có uy tín trong đồng bào dân tộc thiểu số năm 2023.",
        },
        "km": {
            "title": "លិខិតផ្លូវការស្តីពីការពិនិត្យ និងស្នើបញ្ជីអ្នកមានកិត្យានុភាពឆ្នាំ 2023",
            "summary": "ស្នើការិយាល័យជនជាតិស្រុក ទីប្រជុំជន និងក្រុង ពិនិត្យ និងស្នើបញ្ជីអ្នកមានកិត្យានុភាពក្នុងចំណោមជនជាតិភាគតិចឆ្នាំ 2023។",
        },
    },
    {
        "number": "48/KH-BDT",
        "type": "ke-hoach",
        "body": "ban-dan-toc-tinh-tra-vinh",
        "signer": "Kiên Ninh",
        "issue_date": "2024-03-15",
        "effective_date": "2024-03-15",
        "expiry_date": "2024-12-31",
        "status": "expired",
        "topics": ["nguoi-co-uy-tin", "tin-hoat-dong"],
        "vi": {
            "title": "Kế hoạch tổ chức đưa người có uy tín đi tham quan, học tập kinh nghiệm năm 2024",
            "summary": "Tổ chức đoàn người có uy tín trong đồng bào dân tộc thiểu số của tỉnh đi tham quan, học tập kinh nghiệm tại thành phố Cần Thơ và tỉnh An Giang.",
        },
        "km": {
            "title": "ផែនការរៀបចំនាំអ្នកមានកិត្យានុភាពទៅទស្សនកិច្ចសិក្សាបទពិសោធន៍ឆ្នាំ 2024",
            "summary": "រៀបចំក្រុមអ្នកមានកិត្យានុភាពក្នុងចំណោមជនជាតិភាគតិចរបស់ខេត្ត ទៅទស្សនកិច្ចសិក្សាបទពិសោធន៍នៅក្រុង Cần Thơ និងខេត្ត An Giang។",
        },
    },
    {
        "number": "310/BC-BDT",
        "type": "bao-cao",
        "body": "ban-dan-toc-tinh-tra-vinh",
        "signer": "Kiên Ninh",
        "issue_date": "2024-12-10",
        "status": "in-force",
        "topics": ["tin-hoat-dong", "chuong-trinh-muc-tieu-quoc-gia"],
        "vi": {
            "title": "Báo cáo tổng kết công tác dân tộc năm 2024 và phương hướng, nhiệm vụ năm 2025",
            "summary": "Tổng kết công tác dân tộc năm 2024, kết quả thực hiện Chương trình mục tiêu quốc gia vùng đồng bào dân tộc thiểu số và phương hướng, nhiệm vụ năm 2025.",
        },
        "km": {
            "title": "របាយការណ៍បូកសរុបការងារជនជាតិឆ្នាំ 2024 និងទិសដៅ ភារកិច្ចឆ្នាំ 2025",
            "summary": "បូកសរុបការងារជនជាតិឆ្នាំ 2024 លទ្ធផលនៃការអនុវត្តកម្មវិធីគោលដៅជាតិតំបន់ជនជាតិភាគតិច និងទិសដៅ ភារកិច្ចឆ្នាំ 2025។",
        },
    },
]
