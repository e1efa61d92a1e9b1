"""The demo site's footer: the agency's identity and contacts.

Pure data (Unicode NFC, no zero-width spaces in Khmer); the Khmer texts should be reviewed by a
native reader before any public use."""

FOOTER = {
    "vi": {
        "site_name": "Trang thông tin điện tử Ban Dân tộc tỉnh Trà Vinh",
        "agency_name": "Ban Dân tộc tỉnh Trà Vinh",
        "address": "Số 10, đường 19 tháng 5, K2, P1, TPTV, tỉnh Trà Vinh",
        "email": "bdt@travinh.gov.vn",
        "phone": "0294.3852478",
        "fax": "0294.3851924",
        "responsible_person": "Ông Kiên Ninh, Trưởng Ban Dân tộc tỉnh",
        "reuse_notice": 'Ghi rõ nguồn "Trang thông tin điện tử Ban Dân tộc tỉnh Trà Vinh" khi phát hành lại thông tin từ website này.',
    },
    "km": {
        "site_name": "គេហទំព័រព័ត៌មានអេឡិចត្រូនិករបស់គណៈកម្មាធិការជនជាតិខេត្តត្រាវិញ",
        "agency_name": "គណៈកម្មាធិការជនជាតិខេត្តត្រាវិញ",
        "address": "លេខ 10 ផ្លូវ 19 ខែឧសភា ភូមិ 2 សង្កាត់ទី 1 ក្រុងត្រាវិញ ខេត្តត្រាវិញ",
        "email": "bdt@travinh.gov.vn",
        "phone": "0294.3852478",
        "fax": "0294.3851924",
        "responsible_person": "លោក Kiên Ninh ប្រធានគណៈកម្មាធិការជនជាតិខេត្ត",
        "reuse_notice": "សូមបញ្ជាក់ប្រភព «គេហទំព័រព័ត៌មានអេឡិចត្រូនិករបស់គណៈកម្មាធិការជនជាតិខេត្តត្រាវិញ» នៅពេលចុះផ្សាយឡើងវិញនូវព័ត៌មានពីគេហទំព័រនេះ។",
    },
}
