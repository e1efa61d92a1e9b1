"""The demo site's home page.

Pure data (Unicode NFC, no zero-width spaces in Khmer); the Khmer texts should be reviewed by a
native reader before any public use."""

HOME = {
    "vi": {
        "title": "Trang chủ",
        "banner_title": "Ban Dân tộc tỉnh Trà Vinh",
        "banner_text": "Cơ quan tham mưu, giúp UBND tỉnh quản lý nhà nước về công tác dân tộc, phục vụ đồng bào các dân tộc thiểu số trong tỉnh, trước hết là đồng bào Khmer.",
    },
    "km": {
        "title": "ទំព័រដើម",
        "banner_title": "គណៈកម្មាធិការជនជាតិខេត្តត្រាវិញ",
        "banner_text": "ស្ថាប័នផ្តល់យោបល់ និងជួយគណៈកម្មាធិការប្រជាជនខេត្តក្នុងការគ្រប់គ្រងរដ្ឋលើការងារជនជាតិ បម្រើបងប្អូនជនជាតិភាគតិចនៅក្នុងខេត្ត ជាពិសេសបងប្អូនខ្មែរ។",
    },
}
