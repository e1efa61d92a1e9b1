"""Vietnamese and Khmer for Wagtail's and wagtail-localize's everyday admin strings.

Their own catalogues leave these in English (Vietnamese) or do not exist (Khmer). The .po files
here are generated from this table by `make admin-messages`, and never by `makemessages` (which
would drop msgids that are not in the project's code). tests/test_admin_language.py checks them.
"""

# msgid: (Vietnamese, Khmer)
ADMIN = {
    "Save draft": ("Lưu bản nháp", "រក្សាទុកសេចក្តីព្រាង"),
    "Publish": ("Xuất bản", "ផ្សាយ"),
    "Unpublish": ("Thu hồi xuất bản", "ឈប់ផ្សាយ"),
    "Edit": ("Chỉnh sửa", "កែសម្រួល"),
    "Preview": ("Xem trước", "មើលជាមុន"),
    "Search": ("Tìm kiếm", "ស្វែងរក"),
    "Pages": ("Trang", "ទំព័រ"),
    "Dashboard": ("Trang tổng quan", "ផ្ទាំងគ្រប់គ្រង"),
    "Images": ("Hình ảnh", "រូបភាព"),
    "Documents": ("Tài liệu", "ឯកសារ"),
    "Add child page": ("Thêm trang con", "បន្ថែមទំព័ររង"),
    "Translate this page": ("Dịch trang này", "បកប្រែទំព័រនេះ"),
    "Sync translated pages": ("Đồng bộ các trang bản dịch", "ធ្វើសមកាលកម្មទំព័របកប្រែ"),
    "Translate page": ("Dịch trang", "បកប្រែទំព័រ"),
    "Locales": ("Ngôn ngữ", "ភាសា"),
    "Submit": ("Gửi", "ដាក់ស្នើ"),
    "Go back": ("Quay lại", "ត្រឡប់ក្រោយ"),
    "Sync translated snippets": ("Đồng bộ các khối nội dung đã dịch", "ធ្វើសមកាលកម្មផ្នែកមាតិកាដែលបានបកប្រែ"),
    "Update existing translations": ("Cập nhật các bản dịch hiện có", "ធ្វើបច្ចុប្បន្នភាពការបកប្រែដែលមានស្រាប់"),
    "Snippets": ("Khối nội dung dùng chung", "ផ្នែកមាតិការួម"),
    "Reports": ("Báo cáo", "របាយការណ៍"),
    "Add an image": ("Thêm hình ảnh", "បន្ថែមរូបភាព"),
    "Add images": ("Thêm hình ảnh", "បន្ថែមរូបភាព"),
    "Add documents": ("Thêm tài liệu", "បន្ថែមឯកសារ"),
    "Live": ("Đang xuất bản", "កំពុងផ្សាយ"),
    "History": ("Lịch sử", "ប្រវត្តិ"),
    "Content": ("Nội dung", "មាតិកា"),
    "Promote": ("Quảng bá", "ផ្សព្វផ្សាយ"),
    "Approve": ("Phê duyệt", "អនុម័ត"),
    "Request changes": ("Yêu cầu chỉnh sửa", "ស្នើឱ្យកែប្រែ"),
    "Awaiting your review": ("Đang chờ bạn duyệt", "កំពុងរង់ចាំការពិនិត្យរបស់អ្នក"),
    "Submit to %(workflow_name)s": ("Gửi duyệt: %(workflow_name)s", "ដាក់ជូនពិនិត្យ៖ %(workflow_name)s"),
    "Publish this version": ("Xuất bản phiên bản này", "ផ្សាយកំណែនេះ"),
    "Translations": ("Bản dịch", "ការបកប្រែ"),
    "Help": ("Trợ giúp", "ជំនួយ"),
    "Log out": ("Đăng xuất", "ចាកចេញ"),
    "Comments": ("Bình luận", "មតិយោបល់"),
    "Tags": ("Thẻ", "ស្លាក"),
    "Your most recent edits": ("Các chỉnh sửa gần đây nhất của bạn", "ការកែសម្រួលចុងក្រោយរបស់អ្នក"),
    "Sort menu order": ("Sắp xếp thứ tự trình đơn", "តម្រៀបលំដាប់ម៉ឺនុយ"),
    "Move": ("Di chuyển", "ផ្លាស់ទី"),
    "Privacy": ("Quyền riêng tư", "ភាពឯកជន"),
    "Or choose from your computer": ("Hoặc chọn từ máy tính của bạn", "ឬជ្រើសរើសពីកុំព្យូទ័ររបស់អ្នក"),
    "Drag and drop images into this area to upload immediately.": (
        "Kéo và thả hình ảnh vào vùng này để tải lên ngay.",
        "អូស ហើយទម្លាក់រូបភាពចូលក្នុងតំបន់នេះ ដើម្បីផ្ទុកឡើងភ្លាមៗ។",
    ),
}

# The translation editor (a React app): wagtail-localize's JavaScript catalogue.
TRANSLATION_EDITOR = {
    "Publish in ": ("Xuất bản bản dịch ", "ផ្សាយជា"),
    "Download PO file": ("Tải tệp PO về", "ទាញយកឯកសារ PO"),
    "Upload PO file": ("Tải tệp PO lên", "ផ្ទុកឯកសារ PO ឡើង"),
    "Download PO file and input translations offline": (
        "Tải tệp PO về để dịch ngoại tuyến",
        "ទាញយកឯកសារ PO ដើម្បីបកប្រែក្រៅបណ្តាញ",
    ),
    "Not translated": ("Chưa dịch", "មិនទាន់បកប្រែ"),
    "segments translated": ("đoạn đã dịch", "ផ្នែកបានបកប្រែ"),
    "Upload translated PO file to submit translations": (
        "Tải lên tệp PO đã dịch để gửi bản dịch",
        "ផ្ទុកឯកសារ PO ដែលបានបកប្រែឡើង ដើម្បីដាក់ស្នើការបកប្រែ",
    ),
    # wagtail-localize's own Vietnamese drops the trailing space ("Dịch vớiDummy translator").
    "Translate with ": ("Dịch bằng ", "បកប្រែដោយប្រើ "),
    "Translate all missing strings with ": ("Dịch mọi đoạn còn thiếu bằng ", "បកប្រែឃ្លាដែលខ្វះទាំងអស់ដោយប្រើ "),
    "Actions": ("Thao tác", "សកម្មភាព"),
    "Stop Synced translation": ("Ngừng bản dịch đồng bộ", "បញ្ឈប់ការបកប្រែសមកាលកម្ម"),
    "Convert to alias page": ("Chuyển thành trang bí danh", "បម្លែងទៅជាទំព័រឈ្មោះក្លែង"),
    "Server error": ("Lỗi máy chủ", "កំហុសម៉ាស៊ីនមេ"),
    "Save": ("Lưu", "រក្សាទុក"),
    "Saving...": ("Đang lưu...", "កំពុងរក្សាទុក..."),
    "Edit": ("Chỉnh sửa", "កែសម្រួល"),
    "Translate": ("Dịch", "បកប្រែ"),
    "Cancel": ("Hủy bỏ", "បោះបង់"),
    "Preview": ("Xem trước", "មើលជាមុន"),
    "Publishing...": ("Đang xuất bản...", "កំពុងផ្សាយ..."),
    "Unpublish": ("Thu hồi xuất bản", "ឈប់ផ្សាយ"),
}
