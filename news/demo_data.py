"""The demo site's news: the article scraped from the old portal (SEED_ARTICLE, verbatim in
Vietnamese with a full Khmer translation) and more short items (MORE_NEWS: exactly four carry a
Khmer translation, the others have "km": None on purpose, untranslated pages).

Pure data (Unicode NFC, no zero-width spaces in Khmer); the Khmer texts should be reviewed by a
native reader before any public use."""

NEWS_INDEX = {
    "slug": "tin-tuc",
    "vi": {
        "title": "Tin tức",
        "intro": "Tin hoạt động của Ban Dân tộc tỉnh và tình hình vùng đồng bào dân tộc thiểu số tỉnh Trà Vinh.",
    },
    "km": {
        "title": "ព័ត៌មាន",
        "intro": "ព័ត៌មានអំពីសកម្មភាពរបស់គណៈកម្មាធិការជនជាតិខេត្ត និងស្ថានភាពតំបន់បងប្អូនជនជាតិភាគតិចខេត្តត្រាវិញ។",
    },
}

SEED_ARTICLE = {
    "slug": "hoi-nghi-so-ket-cong-tac-dan-toc-6-thang-dau-nam-2022",
    "date": "2022-06-27T08:00:00",
    "vi": {
        "title": "Ban Dân tộc tỉnh Trà Vinh tổ chức Hội nghị sơ kết công tác dân tộc 6 tháng đầu năm và triển khai nhiệm vụ đến cuối năm 2022",
        "lead": "Thực hiện Kế hoạch số 35/KH-BDT ngày 13 tháng 6 năm 2022 của Ban Dân tộc tỉnh Trà Vinh về tổ chức Hội nghị sơ kết công tác dân tộc 6 tháng đầu năm 2022, lúc 8 giờ ngày 27 tháng 6 năm 2022, Ban Dân tộc tỉnh Trà Vinh tổ chức Hội nghị sơ kết công tác dân tộc 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm 2022. Ông Kiên Ninh, Trưởng Ban Dân tộc tỉnh; ông Hà Thanh Sơn, ông Thạch Mu Ni, Phó Trưởng Ban Dân tộc tỉnh đồng chủ trì Hội nghị. Dự Hội nghị có lãnh đạo và công chức các phòng thuộc Ban; lãnh đạo và chuyên viên phòng Dân tộc các huyện, thành phố.",
        "body": [
            (
                "photo",
                {
                    "caption": "Ông Kiên Ninh, Trưởng Ban Dân tộc tỉnh, phát biểu khai mạc Hội nghị.",
                    "alt": "Ông Kiên Ninh, Trưởng Ban Dân tộc tỉnh Trà Vinh, đứng phát biểu trước các đại biểu dự Hội nghị.",
                },
            ),
            (
                "paragraph",
                "Đại diện Ban Dân tộc tỉnh, Ông Thạch Mu Ni, Phó Trưởng ban Dân tộc tỉnh báo cáo kết quả thực hiện công tác dân tộc 6 tháng đầu năm và triển khai nhiệm vụ đến cuối năm 2022 để Hội nghị thảo luận và bổ sung các nhiệm vụ giải pháp phù hợp với tình hình thực tế của tỉnh và huyện.",
            ),
            (
                "paragraph",
                "Theo dự thảo báo cáo 6 tháng đầu năm 2022, tình hình dịch bệnh Covid-19 được kiểm soát, Ban Dân tộc tỉnh chủ động phối hợp với các ngành có liên quan và UBND các huyện, thành phố đã triển khai quyết liệt, có hiệu quả công tác dân tộc, chính sách dân tộc trên địa bàn đạt được nhiều kết quả quan trọng, nhất là công tác tuyên truyền, phổ biến, giáo dục pháp luật trong đồng bào dân tộc thiểu số và các vị chư tăng. Đối với Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, giai đoạn 2021-2025, Ban đã tích cực tham mưu UBND tỉnh xây dựng dự thảo Nghị quyết của HĐND tỉnh về Quy định nguyên tắc, tiêu chí, định mức phân bổ vốn ngân sách thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã\xa0hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 - 2030, giai đoạn\xa0I: từ năm 2021 đến năm 2025 trình HĐND tỉnh tại kỳ họp giữa năm 2022. Đây là Nghị quyết quan trọng, quyết định sự thành công của Chương trình mục tiêu quốc gia phát triển kinh tế - xã\xa0hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 – 2030.",
            ),
            (
                "photo",
                {
                    "caption": "Quang cảnh Hội nghị sơ kết công tác dân tộc 6 tháng đầu năm 2022.",
                    "alt": "Các đại biểu ngồi trong hội trường dự Hội nghị sơ kết công tác dân tộc 6 tháng đầu năm 2022.",
                },
            ),
            (
                "paragraph",
                "Đối với chính sách người có uy tín trong vùng đồng bào các dân tộc thiểu số, Ban cũng chủ động phối hợp với các sở, ngành có liên quan và UBND các huyện, thành phố, tham mưu UBND tỉnh trình dự thảo Nghị quyết của HĐND tỉnh Quy định mức hỗ trợ đóng bảo hiểm y tế cho người có uy tín trong đồng bào dân tộc thiểu số không thuộc đối tượng đã được ngân sách nhà nước hỗ trợ, giai đoạn 2022 – 2025; Về công tác tổ chức, Ban tham mưu UBND tỉnh ban hành Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Ban Dân tộc tỉnh, theo Thông tư số 01/2021/TT-UBDT ngày 01/11/2021 của Ủy ban Dân tộc; đồng thời tổ chức thi công xây dựng hệ thống thông tin dữ liệu công tác dân tộc tỉnh Trà Vinh. Đây là những nhiệm vụ lớn, có sức lan tỏa và tác động mạnh đến việc phát triển kinh tế - xã hội trong vùng đồng bào dân tộc thiểu số trên địa bàn tỉnh.",
            ),
            (
                "paragraph",
                "Về nhiệm vụ công tác 6 tháng cuối năm 2022, Ban Dân tộc tỉnh đề ra các nhiệm vụ trọng tâm như: Phối hợp với Sở Kế hoạch và Đầu tư, Sở Tài chính, Văn phòng UBND tỉnh và các đơn vị có liên quan hoàn thiện kế hoạch thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn I trên địa bàn tỉnh. Tiếp tục tham mưu lãnh đạo UBND tỉnh chỉ đạo triển khai, thực thiện các đề án, chính sách dân tộc trên địa bàn đạt kế hoạch đề ra như: tham mưu UBND tỉnh trình HĐND tỉnh ban hành 02 nghị quyết liên quan đến vùng dân tộc; thực hiện tốt dự án đầu tư cơ sở hạ tầng từ nguồn vốn viện trợ không hoàn lại của Chính phủ Ai Len; xây dựng hệ thống thông tin dữ liệu công tác dân tộc tỉnh Trà Vinh; kiện toàn tổ chức bộ máy cơ quan công tác dân tộc tỉnh và phòng Dân tộc cấp huyện; tổ chức đưa người có uy tín đi tham quan, học tập kinh nghiệm tại các tỉnh, thành phố; tổ chức lễ tuyên dương, tôn vinh điển hình tiên tiến và phát huy vai trò người có uy tín trong đồng bào dân tộc thiểu số trên địa bàn tỉnh, giai đoạn 2018-2022; tăng cường nắm tình hình vùng dân tộc thiểu số v.v.",
            ),
            (
                "paragraph",
                "Tại Hội nghị, có nhiều ý kiến phát biểu bổ sung kết quả đạt được trong thực hiện các nhiệm vụ có liên quan đến công tác dân tộc và thực hiện chính sách dân tộc trên địa bàn. Đồng thời đại biểu cũng chỉ ra một số hạn chế về công tác phối hợp giữa các phòng cấp huyện; giữa phòng dân tộc với lãnh đạo UBND cấp xã về thực hiện chế độ thông tin báo cáo trong hệ thống cơ quan công tác dân tộc; về tổ chức bộ máy phòng dân tộc có ý kiến trao đổi liên quan đến dự kiến sáp nhập phòng Dân tộc với đơn vị khác cấp huyện, tác động phần nào đến cán bộ làm công tác dân tộc có sự băn khăn. Ngoài ra, đại biểu cũng đề nghị làm rõ một số nội dung liên quan đến việc rà soát soát đối tượng thụ hưởng chính sách, cơ chế thực hiện từng dự án và tiểu dự án trong thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số trên địa bàn tỉnh.",
            ),
            (
                "paragraph",
                "Các ý kiến thắc mắc của đại biểu đã được lãnh đạo các phòng chuyên môn hướng dẫn, làm rõ các nội dung có liên quan và lãnh đạo Ban Dân tộc tiếp thu, bổ sung vào nhiệm vụ công tác đến cuối năm 2022. Hướng tới, đề nghị phòng Dân tộc các huyện, thành phố chủ động tham mưu, đề xuất với lãnh đạo UBND cấp huyện về tổ chức bộ máy phòng dân tộc; về thực hiện Chương trình Mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số trên địa bàn huyện; về thực hiện các nhiệm vụ có liên quan đến ngành, đảm bảo các chính sách đều được triển khai đến đồng bào sớm nhất, hiệu quả nhất, đảm bảo mục tiêu “không để ai bỏ lại phía sau”.",
            ),
        ],
        "credit": "Tin, ảnh: Cảnh Tuân, Văn phòng",
    },
    "km": {
        "title": "គណៈកម្មាធិការជនជាតិខេត្តត្រាវិញ រៀបចំសន្និសីទបូកសរុបការងារជនជាតិ 6 ខែដើមឆ្នាំ និងដាក់ចេញភារកិច្ចរហូតដល់ចុងឆ្នាំ 2022",
        "lead": "អនុវត្តតាមផែនការលេខ 35/KH-BDT ចុះថ្ងៃទី 13 ខែមិថុនា ឆ្នាំ 2022 របស់គណៈកម្មាធិការជនជាតិខេត្តត្រាវិញ ស្តីពីការរៀបចំសន្និសីទបូកសរុបការងារជនជាតិ 6 ខែដើមឆ្នាំ 2022 នៅវេលាម៉ោង 8 ថ្ងៃទី 27 ខែមិថុនា ឆ្នាំ 2022 គណៈកម្មាធិការជនជាតិខេត្តត្រាវិញបានរៀបចំសន្និសីទបូកសរុបការងារជនជាតិ 6 ខែដើមឆ្នាំ និងដាក់ចេញភារកិច្ច 6 ខែចុងឆ្នាំ 2022។ លោក Kiên Ninh ប្រធានគណៈកម្មាធិការជនជាតិខេត្ត លោក Hà Thanh Sơn និងលោក Thạch Mu Ni អនុប្រធានគណៈកម្មាធិការជនជាតិខេត្ត បានរួមគ្នាដឹកនាំសន្និសីទ។ ចូលរួមក្នុងសន្និសីទមានថ្នាក់ដឹកនាំ និងមន្ត្រីរាជការនៃការិយាល័យចំណុះគណៈកម្មាធិការ ព្រមទាំងថ្នាក់ដឹកនាំ និងមន្ត្រីជំនាញនៃការិយាល័យជនជាតិស្រុក និងក្រុង។",
        "body": [
            (
                "photo",
                {
                    "caption": "លោក Kiên Ninh ប្រធានគណៈកម្មាធិការជនជាតិខេត្ត ថ្លែងសុន្ទរកថាបើកសន្និសីទ។",
                    "alt": "លោក Kiên Ninh ប្រធានគណៈកម្មាធិការជនជាតិខេត្តត្រាវិញ ឈរថ្លែងមតិនៅមុខប្រតិភូចូលរួមសន្និសីទ។",
                },
            ),
            (
                "paragraph",
                "តំណាងគណៈកម្មាធិការជនជាតិខេត្ត លោក Thạch Mu Ni អនុប្រធានគណៈកម្មាធិការជនជាតិខេត្ត បានរាយការណ៍ពីលទ្ធផលនៃការអនុវត្តការងារជនជាតិ 6 ខែដើមឆ្នាំ និងការដាក់ចេញភារកិច្ចរហូតដល់ចុងឆ្នាំ 2022 ដើម្បីឱ្យសន្និសីទពិភាក្សា និងបំពេញបន្ថែមភារកិច្ច និងដំណោះស្រាយដែលស្របតាមស្ថានភាពជាក់ស្តែងរបស់ខេត្ត និងស្រុក។",
            ),
            (
                "paragraph",
                "យោងតាមសេចក្តីព្រាងរបាយការណ៍ 6 ខែដើមឆ្នាំ 2022 ស្ថានភាពជំងឺរាតត្បាតកូវីដ-19 ត្រូវបានគ្រប់គ្រង គណៈកម្មាធិការជនជាតិខេត្តបានសហការយ៉ាងសកម្មជាមួយវិស័យពាក់ព័ន្ធ និងគណៈកម្មាធិការប្រជាជនស្រុក និងក្រុង ក្នុងការអនុវត្តការងារជនជាតិ និងគោលនយោបាយជនជាតិនៅក្នុងមូលដ្ឋានយ៉ាងម៉ឺងម៉ាត់ និងមានប្រសិទ្ធភាព ដោយសម្រេចបានលទ្ធផលសំខាន់ៗជាច្រើន ជាពិសេសការងារឃោសនា ផ្សព្វផ្សាយ និងអប់រំច្បាប់ដល់បងប្អូនជនជាតិភាគតិច និងព្រះសង្ឃ។ ចំពោះកម្មវិធីគោលដៅជាតិអភិវឌ្ឍសេដ្ឋកិច្ច-សង្គមតំបន់ជនជាតិភាគតិច និងតំបន់ភ្នំ ដំណាក់កាល 2021-2025 គណៈកម្មាធិការបានផ្តល់យោបល់យ៉ាងសកម្មដល់គណៈកម្មាធិការប្រជាជនខេត្ត ក្នុងការរៀបចំសេចក្តីព្រាងសេចក្តីសម្រេចរបស់ក្រុមប្រឹក្សាប្រជាជនខេត្ត ស្តីពីបទប្បញ្ញត្តិអំពីគោលការណ៍ លក្ខណៈវិនិច្ឆ័យ និងកម្រិតនៃការបែងចែកថវិកាសម្រាប់អនុវត្តកម្មវិធីគោលដៅជាតិអភិវឌ្ឍសេដ្ឋកិច្ច-សង្គមតំបន់ជនជាតិភាគតិច និងតំបន់ភ្នំ ដំណាក់កាល 2021 - 2030 ដំណាក់កាលទី I៖ ពីឆ្នាំ 2021 ដល់ឆ្នាំ 2025 ដើម្បីដាក់ជូនក្រុមប្រឹក្សាប្រជាជនខេត្តនៅសម័យប្រជុំពាក់កណ្តាលឆ្នាំ 2022។ នេះគឺជាសេចក្តីសម្រេចដ៏សំខាន់ ដែលសម្រេចពីភាពជោគជ័យនៃកម្មវិធីគោលដៅជាតិអភិវឌ្ឍសេដ្ឋកិច្ច-សង្គមតំបន់ជនជាតិភាគតិច និងតំបន់ភ្នំ ដំណាក់កាល 2021 – 2030។",
            ),
            (
                "photo",
                {
                    "caption": "ទិដ្ឋភាពសន្និសីទបូកសរុបការងារជនជាតិ 6 ខែដើមឆ្នាំ 2022។",
                    "alt": "ប្រតិភូអង្គុយក្នុងសាលប្រជុំ ចូលរួមសន្និសីទបូកសរុបការងារជនជាតិ 6 ខែដើមឆ្នាំ 2022។",
                },
            ),
            (
                "paragraph",
                "ចំពោះគោលនយោបាយសម្រាប់អ្នកមានកិត្យានុភាពក្នុងតំបន់បងប្អូនជនជាតិភាគតិច គណៈកម្មាធិការក៏បានសហការយ៉ាងសកម្មជាមួយមន្ទីរ វិស័យពាក់ព័ន្ធ និងគណៈកម្មាធិការប្រជាជនស្រុក និងក្រុង ដើម្បីផ្តល់យោបល់ដល់គណៈកម្មាធិការប្រជាជនខេត្ត ក្នុងការដាក់ជូនសេចក្តីព្រាងសេចក្តីសម្រេចរបស់ក្រុមប្រឹក្សាប្រជាជនខេត្ត ស្តីពីកម្រិតឧបត្ថម្ភការបង់ថ្លៃធានារ៉ាប់រងសុខភាពសម្រាប់អ្នកមានកិត្យានុភាពក្នុងចំណោមបងប្អូនជនជាតិភាគតិច ដែលមិនស្ថិតក្នុងចំណោមអ្នកទទួលបានការឧបត្ថម្ភពីថវិការដ្ឋរួចហើយ ដំណាក់កាល 2022 – 2025។ ចំពោះការងាររៀបចំស្ថាប័ន គណៈកម្មាធិការបានផ្តល់យោបល់ដល់គណៈកម្មាធិការប្រជាជនខេត្ត ឱ្យចេញបទប្បញ្ញត្តិស្តីពីមុខងារ ភារកិច្ច សិទ្ធិអំណាច និងរចនាសម្ព័ន្ធរបស់គណៈកម្មាធិការជនជាតិខេត្ត ស្របតាមសារាចរលេខ 01/2021/TT-UBDT ចុះថ្ងៃទី 01/11/2021 របស់គណៈកម្មាធិការជនជាតិ ព្រមទាំងរៀបចំអនុវត្តការកសាងប្រព័ន្ធព័ត៌មាន និងទិន្នន័យការងារជនជាតិខេត្តត្រាវិញ។ ទាំងនេះគឺជាភារកិច្ចធំៗ ដែលមានឥទ្ធិពលរីករាលដាល និងជះឥទ្ធិពលយ៉ាងខ្លាំងដល់ការអភិវឌ្ឍសេដ្ឋកិច្ច-សង្គមក្នុងតំបន់បងប្អូនជនជាតិភាគតិចនៅក្នុងខេត្ត។",
            ),
            (
                "paragraph",
                "ចំពោះភារកិច្ចការងារ 6 ខែចុងឆ្នាំ 2022 គណៈកម្មាធិការជនជាតិខេត្តបានដាក់ចេញភារកិច្ចសំខាន់ៗដូចជា៖ សហការជាមួយមន្ទីរផែនការ និងវិនិយោគ មន្ទីរហិរញ្ញវត្ថុ ការិយាល័យគណៈកម្មាធិការប្រជាជនខេត្ត និងអង្គភាពពាក់ព័ន្ធ ដើម្បីបំពេញបញ្ចប់ផែនការអនុវត្តកម្មវិធីគោលដៅជាតិអភិវឌ្ឍសេដ្ឋកិច្ច-សង្គមតំបន់ជនជាតិភាគតិច និងតំបន់ភ្នំ ដំណាក់កាលទី I នៅក្នុងខេត្ត។ បន្តផ្តល់យោបល់ដល់ថ្នាក់ដឹកនាំគណៈកម្មាធិការប្រជាជនខេត្ត ក្នុងការដឹកនាំ និងអនុវត្តគម្រោង និងគោលនយោបាយជនជាតិនៅក្នុងខេត្តឱ្យសម្រេចតាមផែនការដែលបានកំណត់ ដូចជា៖ ផ្តល់យោបល់ដល់គណៈកម្មាធិការប្រជាជនខេត្ត ដាក់ជូនក្រុមប្រឹក្សាប្រជាជនខេត្តចេញសេចក្តីសម្រេចចំនួន 02 ពាក់ព័ន្ធនឹងតំបន់ជនជាតិ អនុវត្តឱ្យបានល្អនូវគម្រោងវិនិយោគហេដ្ឋារចនាសម្ព័ន្ធពីប្រភពជំនួយឥតសំណងរបស់រដ្ឋាភិបាលអៀរឡង់ កសាងប្រព័ន្ធព័ត៌មាន និងទិន្នន័យការងារជនជាតិខេត្តត្រាវិញ ពង្រឹងរចនាសម្ព័ន្ធស្ថាប័នការងារជនជាតិថ្នាក់ខេត្ត និងការិយាល័យជនជាតិថ្នាក់ស្រុក រៀបចំនាំអ្នកមានកិត្យានុភាពទៅទស្សនកិច្ចសិក្សា និងរៀនសូត្របទពិសោធន៍នៅតាមខេត្ត ក្រុងនានា រៀបចំពិធីសរសើរ និងលើកតម្កើងគំរូឆ្នើម និងលើកកម្ពស់តួនាទីរបស់អ្នកមានកិត្យានុភាពក្នុងចំណោមបងប្អូនជនជាតិភាគតិចនៅក្នុងខេត្ត ដំណាក់កាល 2018-2022 ពង្រឹងការតាមដានស្ថានភាពតំបន់ជនជាតិភាគតិច ។ល។",
            ),
            (
                "paragraph",
                "នៅក្នុងសន្និសីទ មានមតិជាច្រើនបានបំពេញបន្ថែមលើលទ្ធផលដែលសម្រេចបានក្នុងការអនុវត្តភារកិច្ចពាក់ព័ន្ធនឹងការងារជនជាតិ និងការអនុវត្តគោលនយោបាយជនជាតិនៅក្នុងមូលដ្ឋាន។ ទន្ទឹមនឹងនេះ ប្រតិភូក៏បានលើកឡើងពីចំណុចខ្វះខាតមួយចំនួនទាក់ទងនឹងការសហការរវាងការិយាល័យនានាថ្នាក់ស្រុក រវាងការិយាល័យជនជាតិ និងថ្នាក់ដឹកនាំគណៈកម្មាធិការប្រជាជនថ្នាក់ឃុំ ក្នុងការអនុវត្តរបបផ្តល់ព័ត៌មាន និងរាយការណ៍ក្នុងប្រព័ន្ធស្ថាប័នការងារជនជាតិ។ ចំពោះការរៀបចំរចនាសម្ព័ន្ធការិយាល័យជនជាតិ មានមតិផ្លាស់ប្តូរទាក់ទងនឹងគម្រោងរួមបញ្ចូលការិយាល័យជនជាតិជាមួយអង្គភាពផ្សេងទៀតនៅថ្នាក់ស្រុក ដែលបានធ្វើឱ្យមន្ត្រីបំពេញការងារជនជាតិមានការព្រួយបារម្ភមួយផ្នែក។ លើសពីនេះ ប្រតិភូក៏បានស្នើសុំឱ្យបំភ្លឺខ្លឹមសារមួយចំនួនទាក់ទងនឹងការត្រួតពិនិត្យអ្នកទទួលផលពីគោលនយោបាយ និងយន្តការអនុវត្តគម្រោង និងអនុគម្រោងនីមួយៗ ក្នុងការអនុវត្តកម្មវិធីគោលដៅជាតិអភិវឌ្ឍសេដ្ឋកិច្ច-សង្គមតំបន់ជនជាតិភាគតិចនៅក្នុងខេត្ត។",
            ),
            (
                "paragraph",
                "សំណួរ និងមតិចម្ងល់របស់ប្រតិភូ ត្រូវបានថ្នាក់ដឹកនាំការិយាល័យជំនាញណែនាំ និងបំភ្លឺខ្លឹមសារពាក់ព័ន្ធ ហើយថ្នាក់ដឹកនាំគណៈកម្មាធិការជនជាតិបានទទួលយក និងបញ្ចូលបន្ថែមទៅក្នុងភារកិច្ចការងាររហូតដល់ចុងឆ្នាំ 2022។ ឆ្ពោះទៅមុខ សូមឱ្យការិយាល័យជនជាតិនៃស្រុក និងក្រុង ផ្តល់យោបល់ និងសំណើយ៉ាងសកម្មដល់ថ្នាក់ដឹកនាំគណៈកម្មាធិការប្រជាជនថ្នាក់ស្រុក ស្តីពីការរៀបចំរចនាសម្ព័ន្ធការិយាល័យជនជាតិ ការអនុវត្តកម្មវិធីគោលដៅជាតិអភិវឌ្ឍសេដ្ឋកិច្ច-សង្គមតំបន់ជនជាតិភាគតិចនៅក្នុងស្រុក និងការអនុវត្តភារកិច្ចពាក់ព័ន្ធនឹងវិស័យ ដើម្បីធានាថាគោលនយោបាយទាំងអស់ត្រូវបានអនុវត្តដល់បងប្អូនប្រជាជនឱ្យបានឆាប់បំផុត និងមានប្រសិទ្ធភាពបំផុត ស្របតាមគោលដៅ «មិនទុកនរណាម្នាក់ឱ្យនៅពីក្រោយ»។",
            ),
        ],
        "credit": "ព័ត៌មាន និងរូបថត៖ Cảnh Tuân, ការិយាល័យ",
    },
}

MORE_NEWS = [
    {
        "slug": "tuyen-truyen-pho-bien-phap-luat-bang-tieng-khmer-cho-dong-bao-xa-ngai-xuyen-huyen-tra-cu",
        "date": "2022-08-19T08:30:00",
        "vi": {
            "title": "Tuyên truyền, phổ biến pháp luật bằng tiếng Khmer cho đồng bào xã Ngãi Xuyên, huyện Trà Cú",
            "lead": "Ngày 18 tháng 8 năm 2022, Ban Dân tộc tỉnh Trà Vinh phối hợp với UBND huyện Trà Cú tổ chức buổi tuyên truyền, phổ biến pháp luật bằng tiếng Khmer cho đồng bào dân tộc thiểu số tại xã Ngãi Xuyên.",
            "paragraphs": [
                "Tham dự buổi tuyên truyền có khoảng 80 người dân, người có uy tín và đại diện Ban quản trị các chùa Khmer trên địa bàn xã. Báo cáo viên trình bày bằng tiếng Khmer và tiếng Việt, giúp bà con dễ theo dõi.",
                "Nội dung tập trung vào Luật Hôn nhân và gia đình, phòng, chống ma túy, an toàn giao thông và các chính sách hỗ trợ đồng bào dân tộc thiểu số hiện hành. Nhiều câu hỏi của người dân đã được giải đáp ngay tại buổi sinh hoạt.",
            ],
            "caption": "Báo cáo viên phổ biến pháp luật bằng tiếng Khmer cho bà con xã Ngãi Xuyên.",
            "alt": "Báo cáo viên đứng trình bày trước bà con ngồi trong hội trường xã Ngãi Xuyên.",
            "credit": "Tin, ảnh: Thạch Sô Phal, Phòng Chính sách",
        },
        "km": {
            "title": "ឃោសនា និងផ្សព្វផ្សាយច្បាប់ជាភាសាខ្មែរដល់បងប្អូនប្រជាជនឃុំ Ngãi Xuyên ស្រុក Trà Cú",
            "lead": "នៅថ្ងៃទី 18 ខែសីហា ឆ្នាំ 2022 គណៈកម្មាធិការជនជាតិខេត្តត្រាវិញ បានសហការជាមួយគណៈកម្មាធិការប្រជាជនស្រុក Trà Cú រៀបចំវគ្គឃោសនា និងផ្សព្វផ្សាយច្បាប់ជាភាសាខ្មែរ ដល់បងប្អូនជនជាតិភាគតិចនៅឃុំ Ngãi Xuyên។",
            "paragraphs": [
                "វគ្គឃោសនានេះមានការចូលរួមពីប្រជាពលរដ្ឋ អ្នកមានកិត្យានុភាព និងតំណាងគណៈកម្មការវត្តខ្មែរក្នុងឃុំ ប្រមាណ 80 នាក់។ វាគ្មិនបានបង្ហាញជាភាសាខ្មែរ និងភាសាវៀតណាម ដែលជួយឱ្យបងប្អូនងាយស្រួលតាមដាន។",
                "ខ្លឹមសារផ្តោតលើច្បាប់ស្តីពីអាពាហ៍ពិពាហ៍ និងគ្រួសារ ការបង្ការ និងប្រឆាំងគ្រឿងញៀន សុវត្ថិភាពចរាចរណ៍ និងគោលនយោបាយគាំទ្របងប្អូនជនជាតិភាគតិចដែលកំពុងអនុវត្ត។ សំណួរជាច្រើនរបស់ប្រជាពលរដ្ឋត្រូវបានឆ្លើយបំភ្លឺភ្លាមៗនៅក្នុងវគ្គនោះ។",
            ],
            "caption": "វាគ្មិនផ្សព្វផ្សាយច្បាប់ជាភាសាខ្មែរដល់បងប្អូនប្រជាជនឃុំ Ngãi Xuyên។",
            "alt": "វាគ្មិនឈរបង្ហាញនៅមុខបងប្អូនប្រជាជនដែលអង្គុយក្នុងសាលប្រជុំឃុំ Ngãi Xuyên។",
            "credit": "ព័ត៌មាន និងរូបថត៖ Thạch Sô Phal, ការិយាល័យគោលនយោបាយ",
        },
    },
    {
        "slug": "ban-dan-toc-tinh-tham-chuc-mung-le-sene-dolta-nam-2022-tai-cac-chua-khmer-huyen-cau-ngang",
        "date": "2022-09-23T10:00:00",
        "vi": {
            "title": "Ban Dân tộc tỉnh thăm, chúc mừng Lễ Sene Dolta năm 2022 tại các chùa Khmer huyện Cầu Ngang",
            "lead": "Nhân dịp Lễ Sene Dolta năm 2022 của đồng bào Khmer, ngày 22 tháng 9 năm 2022, đoàn công tác của Ban Dân tộc tỉnh Trà Vinh do ông Thạch Mu Ni, Phó Trưởng Ban Dân tộc tỉnh, làm trưởng đoàn đã đến thăm, chúc mừng một số chùa Khmer trên địa bàn huyện Cầu Ngang.",
            "paragraphs": [
                "Tại các chùa, đoàn đã thăm hỏi các vị sư sãi, gửi lời chúc sức khỏe đến Ban quản trị chùa, người có uy tín và bà con Khmer; đồng thời trao quà chúc mừng lễ.",
                "Đoàn ghi nhận sự đóng góp của các vị sư sãi và achar trong việc giữ gìn bản sắc văn hóa dân tộc, vận động bà con thực hiện tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước và tham gia phát triển kinh tế - xã hội ở địa phương.",
            ],
            "caption": "Đoàn công tác Ban Dân tộc tỉnh thăm, chúc mừng Lễ Sene Dolta tại một chùa Khmer ở huyện Cầu Ngang.",
            "alt": "Thành viên đoàn công tác trao quà chúc mừng lễ cho vị sư trụ trì chùa Khmer.",
            "credit": "Tin, ảnh: Cảnh Tuân, Văn phòng",
        },
        "km": {
            "title": "គណៈកម្មាធិការជនជាតិខេត្តសួរសុខទុក្ខ និងជូនពរបុណ្យសែនដូនតាឆ្នាំ 2022 នៅតាមវត្តខ្មែរក្នុងស្រុក Cầu Ngang",
            "lead": "ក្នុងឱកាសបុណ្យសែនដូនតាឆ្នាំ 2022 របស់បងប្អូនខ្មែរ នៅថ្ងៃទី 22 ខែកញ្ញា ឆ្នាំ 2022 គណៈប្រតិភូការងាររបស់គណៈកម្មាធិការជនជាតិខេត្តត្រាវិញ ដឹកនាំដោយលោក Thạch Mu Ni អនុប្រធានគណៈកម្មាធិការជនជាតិខេត្ត បានអញ្ជើញទៅសួរសុខទុក្ខ និងជូនពរវត្តខ្មែរមួយចំនួនក្នុងស្រុក Cầu Ngang។",
            "paragraphs": [
                "នៅតាមវត្តនីមួយៗ គណៈប្រតិភូបានសួរសុខទុក្ខព្រះសង្ឃ ជូនពរសុខភាពដល់គណៈកម្មការវត្ត អ្នកមានកិត្យានុភាព និងបងប្អូនខ្មែរ ព្រមទាំងប្រគេនអំណោយជូនពរក្នុងឱកាសបុណ្យ។",
                "គណៈប្រតិភូបានវាយតម្លៃខ្ពស់ចំពោះការចូលរួមចំណែករបស់ព្រះសង្ឃ និងអាចារ្យ ក្នុងការថែរក្សាអត្តសញ្ញាណវប្បធម៌ជាតិ និងការអំពាវនាវឱ្យបងប្អូនអនុវត្តបានល្អនូវគោលការណ៍របស់បក្ស គោលនយោបាយ និងច្បាប់របស់រដ្ឋ ព្រមទាំងចូលរួមអភិវឌ្ឍសេដ្ឋកិច្ច-សង្គមនៅមូលដ្ឋាន។",
            ],
            "caption": "គណៈប្រតិភូការងារគណៈកម្មាធិការជនជាតិខេត្ត សួរសុខទុក្ខ និងជូនពរបុណ្យសែនដូនតានៅវត្តខ្មែរមួយក្នុងស្រុក Cầu Ngang។",
            "alt": "សមាជិកគណៈប្រតិភូការងារប្រគេនអំណោយជូនពរបុណ្យដល់ព្រះចៅអធិការវត្តខ្មែរ។",
            "credit": "ព័ត៌មាន និងរូបថត៖ Cảnh Tuân, ការិយាល័យ",
        },
    },
    {
        "slug": "ban-dan-toc-tinh-tham-gia-phuc-vu-le-hoi-ok-om-bok-dua-ghe-ngo-nam-2022",
        "date": "2022-11-08T16:00:00",
        "vi": {
            "title": "Ban Dân tộc tỉnh tham gia phục vụ Lễ hội Ok Om Bok – Đua ghe Ngo năm 2022",
            "lead": "Từ ngày 6 đến ngày 8 tháng 11 năm 2022, tại khu di tích Ao Bà Om, thành phố Trà Vinh, Lễ hội Ok Om Bok – Đua ghe Ngo của đồng bào Khmer được tổ chức trở lại sau thời gian tạm dừng vì dịch Covid-19.",
            "paragraphs": [
                "Ban Dân tộc tỉnh phân công công chức phối hợp với các sở, ngành và địa phương đón tiếp các đội ghe Ngo, hỗ trợ các chùa tham gia lễ hội và hướng dẫn bà con về nơi nghỉ ngơi.",
                "Lễ cúng trăng, thả đèn nước và đua ghe Ngo diễn ra trang trọng, an toàn, thu hút đông đảo người dân và du khách đến tham dự.",
            ],
            "caption": "Các đội ghe Ngo thi đấu tại Lễ hội Ok Om Bok năm 2022.",
            "alt": "Các đội ghe Ngo chèo trên sông, hai bên bờ có đông người xem.",
            "credit": "Tin, ảnh: Lâm Văn Hùng, Văn phòng",
        },
        "km": None,
    },
    {
        "slug": "tuyen-duong-nguoi-co-uy-tin-tieu-bieu-trong-dong-bao-dan-toc-thieu-so-tinh-tra-vinh-giai-doan-2018-2022",
        "date": "2022-12-16T09:00:00",
        "vi": {
            "title": "Tuyên dương người có uy tín tiêu biểu trong đồng bào dân tộc thiểu số tỉnh Trà Vinh giai đoạn 2018 – 2022",
            "lead": "Ngày 15 tháng 12 năm 2022, Ban Dân tộc tỉnh Trà Vinh tổ chức Lễ tuyên dương, tôn vinh điển hình tiên tiến và phát huy vai trò người có uy tín trong đồng bào dân tộc thiểu số trên địa bàn tỉnh, giai đoạn 2018 – 2022.",
            "paragraphs": [
                "Trong 5 năm qua, người có uy tín đã tích cực tuyên truyền, vận động bà con chấp hành chủ trương, chính sách, pháp luật, tham gia hòa giải mâu thuẫn ở cơ sở và giữ gìn an ninh trật tự trong phum, sóc.",
                "Dịp này, Ban Dân tộc tỉnh tặng giấy khen cho các cá nhân tiêu biểu. Ông Kiên Ninh, Trưởng Ban Dân tộc tỉnh, đề nghị người có uy tín tiếp tục là cầu nối giữa cấp ủy, chính quyền với đồng bào dân tộc thiểu số.",
            ],
            "caption": "Ông Kiên Ninh, Trưởng Ban Dân tộc tỉnh, trao giấy khen cho người có uy tín tiêu biểu.",
            "alt": "Ông Kiên Ninh trao giấy khen cho một người có uy tín trên sân khấu hội trường.",
            "credit": "Tin, ảnh: Sơn Thị Mỹ Linh, Văn phòng",
        },
        "km": {
            "title": "លើកតម្កើងអ្នកមានកិត្យានុភាពឆ្នើមក្នុងចំណោមបងប្អូនជនជាតិភាគតិចខេត្តត្រាវិញ ដំណាក់កាល 2018 – 2022",
            "lead": "នៅថ្ងៃទី 15 ខែធ្នូ ឆ្នាំ 2022 គណៈកម្មាធិការជនជាតិខេត្តត្រាវិញ បានរៀបចំពិធីសរសើរ និងលើកតម្កើងគំរូឆ្នើម និងលើកកម្ពស់តួនាទីរបស់អ្នកមានកិត្យានុភាពក្នុងចំណោមបងប្អូនជនជាតិភាគតិចនៅក្នុងខេត្ត ដំណាក់កាល 2018 – 2022។",
            "paragraphs": [
                "ក្នុងរយៈពេល 5 ឆ្នាំកន្លងមក អ្នកមានកិត្យានុភាពបានចូលរួមយ៉ាងសកម្មក្នុងការឃោសនា និងអំពាវនាវឱ្យបងប្អូនប្រតិបត្តិតាមគោលការណ៍ គោលនយោបាយ និងច្បាប់ ចូលរួមផ្សះផ្សាទំនាស់នៅមូលដ្ឋាន និងថែរក្សាសន្តិសុខ សណ្តាប់ធ្នាប់នៅក្នុងភូមិ ស្រុក។",
                "ក្នុងឱកាសនេះ គណៈកម្មាធិការជនជាតិខេត្តបានប្រគល់ប័ណ្ណសរសើរជូនបុគ្គលឆ្នើម។ លោក Kiên Ninh ប្រធានគណៈកម្មាធិការជនជាតិខេត្ត បានស្នើឱ្យអ្នកមានកិត្យានុភាពបន្តធ្វើជាស្ពានតភ្ជាប់រវាងគណៈកម្មាធិការបក្ស អាជ្ញាធរ និងបងប្អូនជនជាតិភាគតិច។",
            ],
            "caption": "លោក Kiên Ninh ប្រធានគណៈកម្មាធិការជនជាតិខេត្ត ប្រគល់ប័ណ្ណសរសើរជូនអ្នកមានកិត្យានុភាពឆ្នើម។",
            "alt": "លោក Kiên Ninh ប្រគល់ប័ណ្ណសរសើរជូនអ្នកមានកិត្យានុភាពម្នាក់នៅលើឆាកក្នុងសាលប្រជុំ។",
            "credit": "ព័ត៌មាន និងរូបថត៖ Sơn Thị Mỹ Linh, ការិយាល័យ",
        },
    },
    {
        "slug": "trao-hoc-bong-cho-hoc-sinh-dan-toc-thieu-so-co-hoan-canh-kho-khan-tai-huyen-chau-thanh",
        "date": "2023-01-10T09:00:00",
        "vi": {
            "title": "Trao học bổng cho học sinh dân tộc thiểu số có hoàn cảnh khó khăn tại huyện Châu Thành",
            "lead": "Ngày 9 tháng 1 năm 2023, Ban Dân tộc tỉnh phối hợp với UBND huyện Châu Thành trao 50 suất học bổng cho học sinh dân tộc thiểu số vượt khó, học tốt trên địa bàn huyện.",
            "paragraphs": [
                "Mỗi suất học bổng gồm tiền mặt 1.000.000 đồng và một bộ dụng cụ học tập. Kinh phí do các doanh nghiệp và nhà hảo tâm đóng góp.",
                "Phát biểu tại buổi trao học bổng, lãnh đạo Ban Dân tộc tỉnh động viên các em tiếp tục cố gắng, chăm ngoan, học giỏi; đề nghị gia đình và nhà trường quan tâm hơn đến việc học của con em đồng bào dân tộc thiểu số.",
            ],
            "caption": "Trao học bổng cho học sinh dân tộc thiểu số huyện Châu Thành.",
            "alt": "Đại biểu trao phong bì học bổng cho các em học sinh mặc đồng phục.",
            "credit": "Tin, ảnh: Trần Minh Tâm, Phòng Chính sách",
        },
        "km": None,
    },
    {
        "slug": "lanh-dao-ban-dan-toc-tinh-tham-chuc-tet-chol-chnam-thmay-nam-2023-tai-chua-ang",
        "date": "2023-04-12T17:00:00",
        "vi": {
            "title": "Lãnh đạo Ban Dân tộc tỉnh thăm, chúc Tết Chôl Chnăm Thmây năm 2023 tại chùa Âng",
            "lead": "Chiều ngày 12 tháng 4 năm 2023, nhân dịp Tết cổ truyền Chôl Chnăm Thmây của đồng bào Khmer, ông Hà Thanh Sơn, Phó Trưởng Ban Dân tộc tỉnh, cùng đoàn công tác đã đến thăm, chúc Tết chùa Âng (Angkorajaborey), phường 8, thành phố Trà Vinh.",
            "paragraphs": [
                "Thay mặt đoàn, ông Hà Thanh Sơn kính chúc các vị sư sãi dồi dào sức khỏe, chúc bà con Khmer đón Tết vui tươi, an toàn, tiết kiệm; đồng thời cảm ơn nhà chùa đã đồng hành cùng chính quyền trong công tác vận động bà con ở địa phương.",
                "Đại diện nhà chùa cảm ơn sự quan tâm của lãnh đạo tỉnh và Ban Dân tộc tỉnh, đồng thời cho biết sẽ tiếp tục vận động phật tử giữ gìn phong tục tốt đẹp, đoàn kết, cùng xây dựng phum, sóc ngày càng khang trang.",
            ],
            "caption": "Ông Hà Thanh Sơn, Phó Trưởng Ban Dân tộc tỉnh, chúc Tết Chôl Chnăm Thmây tại chùa Âng.",
            "alt": "Ông Hà Thanh Sơn ngồi trò chuyện với các vị sư tại chùa Âng, thành phố Trà Vinh.",
            "credit": "Tin, ảnh: Kim Ngọc Thái, Phòng Chính sách",
        },
        "km": {
            "title": "ថ្នាក់ដឹកនាំគណៈកម្មាធិការជនជាតិខេត្តសួរសុខទុក្ខ និងជូនពរបុណ្យចូលឆ្នាំថ្មីឆ្នាំ 2023 នៅវត្តអង្គរាជបូរី",
            "lead": "នៅរសៀលថ្ងៃទី 12 ខែមេសា ឆ្នាំ 2023 ក្នុងឱកាសបុណ្យចូលឆ្នាំថ្មីប្រពៃណីរបស់បងប្អូនខ្មែរ លោក Hà Thanh Sơn អនុប្រធានគណៈកម្មាធិការជនជាតិខេត្ត និងគណៈប្រតិភូការងារ បានអញ្ជើញទៅសួរសុខទុក្ខ និងជូនពរបុណ្យចូលឆ្នាំថ្មីនៅវត្តអង្គរាជបូរី (Angkorajaborey) សង្កាត់ទី 8 ក្រុងត្រាវិញ។",
            "paragraphs": [
                "ក្នុងនាមគណៈប្រតិភូ លោក Hà Thanh Sơn បានជូនពរព្រះសង្ឃឱ្យមានព្រះកាយពលមាំមួន ជូនពរបងប្អូនខ្មែរឱ្យទទួលបុណ្យចូលឆ្នាំថ្មីប្រកបដោយភាពរីករាយ សុវត្ថិភាព និងសន្សំសំចៃ ព្រមទាំងថ្លែងអំណរគុណដល់វត្តដែលបានរួមដំណើរជាមួយអាជ្ញាធរក្នុងការងារអំពាវនាវបងប្អូននៅមូលដ្ឋាន។",
                "តំណាងវត្តបានថ្លែងអំណរគុណចំពោះការយកចិត្តទុកដាក់របស់ថ្នាក់ដឹកនាំខេត្ត និងគណៈកម្មាធិការជនជាតិខេត្ត ហើយបានបញ្ជាក់ថា នឹងបន្តអំពាវនាវពុទ្ធបរិស័ទឱ្យថែរក្សាទំនៀមទម្លាប់ល្អ រួបរួមសាមគ្គី និងរួមគ្នាកសាងភូមិ ស្រុកឱ្យកាន់តែរុងរឿង។",
            ],
            "caption": "លោក Hà Thanh Sơn អនុប្រធានគណៈកម្មាធិការជនជាតិខេត្ត ជូនពរបុណ្យចូលឆ្នាំថ្មីនៅវត្តអង្គរាជបូរី។",
            "alt": "លោក Hà Thanh Sơn អង្គុយសន្ទនាជាមួយព្រះសង្ឃនៅវត្តអង្គរាជបូរី ក្រុងត្រាវិញ។",
            "credit": "ព័ត៌មាន និងរូបថត៖ Kim Ngọc Thái, ការិយាល័យគោលនយោបាយ",
        },
    },
    {
        "slug": "khai-giang-lop-dao-tao-nghe-may-cong-nghiep-cho-lao-dong-dan-toc-thieu-so-huyen-tieu-can",
        "date": "2023-06-20T10:30:00",
        "vi": {
            "title": "Khai giảng lớp đào tạo nghề may công nghiệp cho lao động dân tộc thiểu số huyện Tiểu Cần",
            "lead": "Ngày 19 tháng 6 năm 2023, tại xã Tập Ngãi, huyện Tiểu Cần, Phòng Dân tộc huyện phối hợp với Trung tâm Giáo dục nghề nghiệp – Giáo dục thường xuyên huyện khai giảng lớp đào tạo nghề may công nghiệp cho 35 học viên là lao động dân tộc thiểu số.",
            "paragraphs": [
                "Lớp học kéo dài ba tháng, được hỗ trợ kinh phí từ Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi. Học viên được miễn học phí và hỗ trợ tiền ăn, tiền đi lại theo quy định.",
                "Sau khóa học, đơn vị đào tạo phối hợp với các doanh nghiệp trên địa bàn giới thiệu việc làm cho học viên, góp phần tăng thu nhập và giảm nghèo bền vững.",
            ],
            "caption": "Học viên lớp may công nghiệp tại xã Tập Ngãi trong buổi học đầu tiên.",
            "alt": "Các học viên ngồi trước máy may trong phòng học nghề.",
            "credit": "Tin, ảnh: Kiên Thị Sô Phi, Phòng Dân tộc huyện Tiểu Cần",
        },
        "km": None,
    },
    {
        "slug": "ban-giao-nha-o-cho-ho-ngheo-dong-bao-khmer-tai-xa-long-hiep-huyen-tra-cu",
        "date": "2023-08-24T14:00:00",
        "vi": {
            "title": "Bàn giao nhà ở cho hộ nghèo đồng bào Khmer tại xã Long Hiệp, huyện Trà Cú",
            "lead": "Ngày 23 tháng 8 năm 2023, UBND xã Long Hiệp phối hợp với Phòng Dân tộc huyện Trà Cú tổ chức bàn giao 5 căn nhà cho hộ nghèo đồng bào Khmer được hỗ trợ từ Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi.",
            "paragraphs": [
                "Mỗi căn nhà có diện tích khoảng 40 mét vuông, được xây dựng kiên cố với sự góp công của gia đình, họ hàng và bà con trong phum, sóc.",
                "Đại diện các hộ nhận nhà bày tỏ niềm vui khi có nơi ở ổn định, yên tâm lao động sản xuất và lo cho con cái đến trường.",
            ],
            "caption": "Bàn giao nhà ở cho hộ nghèo đồng bào Khmer xã Long Hiệp.",
            "alt": "Đại diện chính quyền trao quyết định bàn giao nhà cho một gia đình trước căn nhà mới.",
            "credit": "Tin, ảnh: Thạch Thị Chanh Thu, Phòng Dân tộc huyện Trà Cú",
        },
        "km": None,
    },
    {
        "slug": "tap-huan-su-dung-he-thong-thong-tin-du-lieu-cong-tac-dan-toc-tinh-tra-vinh",
        "date": "2023-11-02T08:30:00",
        "vi": {
            "title": "Tập huấn sử dụng hệ thống thông tin dữ liệu công tác dân tộc tỉnh Trà Vinh",
            "lead": "Ngày 1 tháng 11 năm 2023, Ban Dân tộc tỉnh Trà Vinh tổ chức lớp tập huấn sử dụng hệ thống thông tin dữ liệu công tác dân tộc cho công chức phòng Dân tộc các huyện, thị xã, thành phố và cán bộ phụ trách công tác dân tộc cấp xã.",
            "paragraphs": [
                "Học viên được hướng dẫn cập nhật thông tin về dân số, hộ nghèo, người có uy tín, đối tượng thụ hưởng chính sách và tình hình thực hiện các dự án trên địa bàn; khai thác báo cáo, biểu đồ phục vụ công tác tham mưu.",
                "Ban Dân tộc tỉnh đề nghị các địa phương cập nhật số liệu đầy đủ, đúng hạn và bảo đảm an toàn thông tin, để hệ thống trở thành công cụ hữu ích trong quản lý nhà nước về công tác dân tộc.",
            ],
            "caption": "Lớp tập huấn sử dụng hệ thống thông tin dữ liệu công tác dân tộc.",
            "alt": "Học viên làm việc trên máy tính xách tay, phía trước là màn hình trình chiếu phần mềm.",
            "credit": "Tin, ảnh: Nguyễn Thanh Hà, Phòng Kế hoạch - Tổng hợp",
        },
        "km": None,
    },
    {
        "slug": "khanh-thanh-cong-trinh-cap-nuoc-sach-tap-trung-tai-xa-hoa-an-huyen-cau-ke",
        "date": "2024-03-15T09:00:00",
        "vi": {
            "title": "Khánh thành công trình cấp nước sạch tập trung tại xã Hòa Ân, huyện Cầu Kè",
            "lead": "Ngày 14 tháng 3 năm 2024, UBND huyện Cầu Kè tổ chức khánh thành công trình cấp nước sạch tập trung tại xã Hòa Ân, nơi có đông đồng bào Khmer sinh sống.",
            "paragraphs": [
                "Công trình được đầu tư từ nguồn vốn Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, cung cấp nước sạch cho khoảng 200 hộ dân.",
                "Người dân được hướng dẫn sử dụng nước tiết kiệm và cùng tham gia bảo vệ công trình. Tổ quản lý vận hành do xã thành lập có trách nhiệm theo dõi chất lượng nước và bảo trì định kỳ.",
            ],
            "caption": "Người dân xã Hòa Ân sử dụng nước sạch từ công trình mới.",
            "alt": "Một người phụ nữ mở vòi nước sạch tại nhà ở xã Hòa Ân.",
            "credit": "Tin, ảnh: Sơn Văn Tha, Phòng Dân tộc huyện Cầu Kè",
        },
        "km": None,
    },
    {
        "slug": "kiem-tra-tien-do-thuc-hien-chuong-trinh-muc-tieu-quoc-gia-vung-dong-bao-dan-toc-thieu-so-tai-huyen-duyen-hai",
        "date": "2024-05-29T10:00:00",
        "vi": {
            "title": "Kiểm tra tiến độ thực hiện Chương trình mục tiêu quốc gia vùng đồng bào dân tộc thiểu số tại huyện Duyên Hải",
            "lead": "Ngày 28 tháng 5 năm 2024, đoàn kiểm tra của Ban Dân tộc tỉnh do ông Kiên Ninh, Trưởng Ban Dân tộc tỉnh, làm trưởng đoàn đã làm việc với UBND huyện Duyên Hải về tiến độ thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi.",
            "paragraphs": [
                "Đoàn đã kiểm tra thực tế một số công trình đường giao thông nông thôn và mô hình hỗ trợ phát triển sản xuất tại xã Long Khánh; đồng thời nghe huyện báo cáo tình hình giải ngân vốn năm 2024.",
                "Trưởng đoàn đề nghị huyện đẩy nhanh tiến độ, tháo gỡ kịp thời các vướng mắc, bảo đảm đúng đối tượng thụ hưởng và công khai, minh bạch trong quá trình thực hiện.",
            ],
            "caption": "Đoàn kiểm tra của Ban Dân tộc tỉnh khảo sát công trình đường giao thông nông thôn tại xã Long Khánh.",
            "alt": "Các thành viên đoàn kiểm tra đứng trên con đường bê tông mới làm ở vùng nông thôn.",
            "credit": "Tin, ảnh: Cảnh Tuân, Văn phòng",
        },
        "km": None,
    },
    {
        "slug": "dua-nguoi-co-uy-tin-di-tham-quan-hoc-tap-kinh-nghiem-nam-2024",
        "date": "2024-08-22T08:00:00",
        "vi": {
            "title": "Đưa người có uy tín đi tham quan, học tập kinh nghiệm năm 2024",
            "lead": "Từ ngày 19 đến ngày 21 tháng 8 năm 2024, Ban Dân tộc tỉnh Trà Vinh tổ chức đoàn người có uy tín trong đồng bào dân tộc thiểu số của tỉnh đi tham quan, học tập kinh nghiệm tại thành phố Cần Thơ và tỉnh An Giang.",
            "paragraphs": [
                "Đoàn gồm 45 người có uy tín tiêu biểu đến từ các huyện, thị xã, thành phố. Tại các địa phương, đoàn được giới thiệu về mô hình phát triển kinh tế hộ gia đình, hợp tác xã và kinh nghiệm giữ gìn văn hóa truyền thống của đồng bào Khmer.",
                "Chuyến đi giúp người có uy tín mở rộng hiểu biết, có thêm kinh nghiệm để tuyên truyền, vận động bà con ở phum, sóc áp dụng vào sản xuất và đời sống.",
            ],
            "caption": "Đoàn người có uy tín tỉnh Trà Vinh tham quan mô hình sản xuất tại tỉnh An Giang.",
            "alt": "Nhóm người có uy tín đứng chụp ảnh lưu niệm trước một hợp tác xã.",
            "credit": "Tin, ảnh: Lâm Văn Hùng, Văn phòng",
        },
        "km": None,
    },
    {
        "slug": "hop-mat-su-sai-achar-va-nguoi-co-uy-tin-nhan-dip-le-sene-dolta-nam-2024",
        "date": "2024-09-28T09:30:00",
        "vi": {
            "title": "Họp mặt sư sãi, achar và người có uy tín nhân dịp Lễ Sene Dolta năm 2024",
            "lead": "Ngày 27 tháng 9 năm 2024, Ban Dân tộc tỉnh Trà Vinh tổ chức họp mặt các vị sư sãi, achar, người có uy tín và đại diện Ban quản trị các chùa Khmer nhân dịp Lễ Sene Dolta năm 2024.",
            "paragraphs": [
                "Tại buổi họp mặt, lãnh đạo Ban Dân tộc tỉnh thông tin tình hình kinh tế - xã hội của tỉnh và kết quả thực hiện chính sách dân tộc trong 9 tháng đầu năm; lắng nghe ý kiến, kiến nghị của các đại biểu.",
                "Các đại biểu bày tỏ phấn khởi trước những chuyển biến ở vùng đồng bào dân tộc thiểu số và đề nghị tiếp tục quan tâm đến việc dạy chữ Khmer tại các chùa trong dịp hè.",
            ],
            "caption": "Quang cảnh buổi họp mặt nhân dịp Lễ Sene Dolta năm 2024.",
            "alt": "Các vị sư mặc y vàng và đại biểu ngồi quanh bàn họp trong hội trường.",
            "credit": "Tin, ảnh: Kim Ngọc Thái, Phòng Chính sách",
        },
        "km": None,
    },
    {
        "slug": "ban-dan-toc-tinh-tra-vinh-tong-ket-cong-tac-dan-toc-nam-2024",
        "date": "2024-12-18T14:00:00",
        "vi": {
            "title": "Ban Dân tộc tỉnh Trà Vinh tổng kết công tác dân tộc năm 2024",
            "lead": "Ngày 17 tháng 12 năm 2024, Ban Dân tộc tỉnh Trà Vinh tổ chức hội nghị tổng kết công tác dân tộc năm 2024 và triển khai nhiệm vụ năm 2025.",
            "paragraphs": [
                "Hội nghị đánh giá các chính sách dân tộc được triển khai đồng bộ, đúng đối tượng; công tác tuyên truyền, phổ biến pháp luật trong đồng bào dân tộc thiểu số được duy trì thường xuyên, trong đó có nhiều buổi sinh hoạt bằng tiếng Khmer.",
                "Năm 2025, Ban Dân tộc tỉnh tập trung hoàn thành các mục tiêu giai đoạn I của Chương trình mục tiêu quốc gia, tiếp tục cập nhật hệ thống thông tin dữ liệu công tác dân tộc và phát huy vai trò người có uy tín ở cơ sở.",
            ],
            "caption": "Quang cảnh hội nghị tổng kết công tác dân tộc năm 2024.",
            "alt": "Đại biểu ngồi theo dãy bàn trong hội trường, phía trên là băng rôn hội nghị.",
            "credit": "Tin, ảnh: Cảnh Tuân, Văn phòng",
        },
        "km": None,
    },
]

# Which documents the seed article cites, and its topics.
SEED_DOCUMENTS = ["35/KH-BDT", "01/2021/TT-UBDT"]

SEED_TOPICS = ["tin-hoat-dong", "chinh-sach-dan-toc"]

# News topics by a word of their address.
NEWS_TOPIC_RULES = [
    ("nguoi-co-uy-tin", "nguoi-co-uy-tin"),
    ("chuong-trinh-muc-tieu-quoc-gia", "chuong-trinh-muc-tieu-quoc-gia"),
    ("phap-luat", "chinh-sach-dan-toc"),
    ("", "tin-hoat-dong"),
]
