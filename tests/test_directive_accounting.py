"""Directives of an accounting regime (issue 18, blind sample 51): journal entries to post, report lines
that only say what they show, and the body a heading "Tại BHXH huyện" names as the one who posts. Each
row is text written in the style of such circulars, never copied from them."""
from __future__ import annotations

import pytest

from tests.test_directive_classes import _directives, _got, _want

HEAD = ("BỘ TÀI CHÍNH\nSố: 12/2026/TT-BTC\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Hà Nội, ngày 02 tháng 3 năm 2026\nTHÔNG TƯ\nHướng dẫn kế toán quỹ bảo hiểm\n")

ENTRIES = [
    # numbered entries under a heading that names the body: each entry with its Nợ/Có lines is one
    # instruction of that body
    (HEAD + "PHỤ LỤC SỐ 05\nPHƯƠNG PHÁP HẠCH TOÁN MỘT SỐ NGHIỆP VỤ\n1. Đối với thu thanh lý tài sản\n"
     "1.1. Tại BHXH huyện\n"
     "(1) Khi phản ánh số phải thu tiền bán thanh lý tài sản cố định, ghi:\nNợ TK 138- Phải thu khác (1382)\n"
     "Có TK 338- Phải trả khác (3388).\n"
     "(2) Khi thu được tiền bán thanh lý, nhượng bán tài sản, ghi:\nNợ các TK 111, 112\n"
     "Có TK 138- Phải thu khác (1382).\n"
     "1.2. BHXH tỉnh\n"
     "(1) Khi nhận được tiền thanh lý tài sản do BHXH huyện chuyển về, ghi:\nNợ TK 112- Tiền gửi Ngân hàng, Kho bạc\n"
     "Có TK 338- Phải trả khác (3388)\n",
     [("Khi phản ánh số phải thu tiền bán thanh lý", "BHXH huyện"),
      ("Khi thu được tiền bán thanh lý", "BHXH huyện"),
      ("Khi nhận được tiền thanh lý tài sản do BHXH huyện", "BHXH tỉnh")]),
    # cases as dashes under a lead-in, each "..., ghi:" over its lines; the second dash follows a "Có TK"
    # line with no closing mark and is still an entry of its own
    (HEAD + "4. Đối với hoạt động đầu tư tài chính\n4.1. Đầu tư chứng khoán kinh doanh\n"
     "(3) Khi chuyển nhượng chứng khoán kinh doanh, căn cứ vào giá bán chứng khoán:\n"
     "- Trường hợp có lãi, ghi:\nNợ các TK 111, 112, 131 (tổng giá thanh toán)\nCó TK 121- Đầu tư tài chính\n"
     "Có TK 515- Doanh thu tài chính\n"
     "- Trường hợp bị lỗ, ghi:\nNợ các TK 111, 112, 131 (tổng giá thanh toán)\nNợ TK 615- Chi phí tài chính\n"
     "Có TK 121- Đầu tư tài chính\n",
     [("Trường hợp có lãi, ghi", None), ("Trường hợp bị lỗ, ghi", None)]),
    # the body named after "tại" in the heading above posts the entries under it; a body named inside the
    # entry's "Khi ..." clause does not
    (HEAD + "4. Đối với hoạt động đầu tư tài chính tại BHXH Việt Nam\n4.1. Đầu tư chứng khoán kinh doanh\n"
     "(1) Khi nhận được tiền lãi do BHXH tỉnh nộp lên, ghi:\nNợ TK 112- Tiền gửi Ngân hàng, Kho bạc\n"
     "Có TK 138- Phải thu khác (1386)\n",
     [("Khi nhận được tiền lãi do BHXH tỉnh nộp lên", "BHXH Việt Nam")]),
    # an entry under a heading that reads as a result ("Xác định kết quả ...") is still an instruction
    (HEAD + "4.3. Xác định kết quả đầu tư tài chính\n"
     "(1) Cuối kỳ, kết chuyển doanh thu tài chính sang TK 911- Xác định kết quả, ghi:\nNợ TK 515- Doanh thu tài chính\n"
     "Có TK 911- Xác định kết quả\n",
     [("Cuối kỳ, kết chuyển doanh thu tài chính", None)]),
]


@pytest.mark.parametrize("text, expected", ENTRIES)
def test_a_journal_entry_is_an_instruction_of_the_body_its_heading_names(text, expected):
    assert _got(text) == _want(expected)
    assert all(d.role == "instruction" for d in _directives(text))


REPORT_LINES = [
    # what each line of a statement shows: a definition, though a line's name opens with "Phải" or a verb
    (HEAD + "3.2. Phương pháp lập các chỉ tiêu báo cáo\n"
     "- Phải thu bảo hiểm và lãi chậm đóng bảo hiểm - Mã số 111\nPhản ánh số dư khoản phải thu bảo hiểm và lãi chậm "
     "đóng bảo hiểm còn dư tại ngày lập báo cáo tài chính.\n"
     "- Đầu tư tài chính dài hạn - Mã số 120\nChỉ tiêu này phản ánh tổng giá gốc của các khoản đầu tư tài chính "
     "có thời hạn trên 12 tháng.\n"
     "- Bổ sung quỹ dự phòng - Mã số 122\nChỉ tiêu này phản ánh số chênh lệch thu lớn chi đã được bổ sung vào quỹ.\n",
     []),
    # a line's note that tells who fills it in is still an instruction
    (HEAD + "3.2. Phương pháp lập các chỉ tiêu báo cáo\n"
     "- Tiền - Mã số 101\nLà chỉ tiêu tổng hợp phản ánh toàn bộ số tiền hiện có của quỹ.\n"
     "Đơn vị phải mở sổ kế toán chi tiết để theo dõi từng khoản tiền của quỹ.\n",
     [("Đơn vị phải mở sổ kế toán chi tiết", "Đơn vị")]),
]


@pytest.mark.parametrize("text, expected", REPORT_LINES)
def test_a_report_lines_definition_is_no_directive(text, expected):
    assert _got(text) == _want(expected)


STATUTE = ("CHÍNH PHỦ\nSố: 77/2019/NĐ-CP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
           "Hà Nội, ngày 10 tháng 10 năm 2019\nNGHỊ ĐỊNH\nVề tổ hợp tác\n")

BODIES = [
    # a chapter titled by two verbs ("TỔ CHỨC VÀ ĐIỀU HÀNH ...") names no body for the articles under it;
    # a cooperative group and its leader act in their own sentences
    (STATUTE + "Chương III\nTỔ CHỨC VÀ ĐIỀU HÀNH TỔ HỢP TÁC\nĐiều 15. Cuộc họp tổ hợp tác\n"
     "1. Tổ trưởng tổ hợp tác phải triệu tập cuộc họp thành viên ít nhất một lần mỗi năm.\n"
     "2. Trong trường hợp cần thiết, tổ hợp tác có trách nhiệm thông báo cho các thành viên.\n",
     [("Tổ trưởng tổ hợp tác phải triệu tập", "Tổ trưởng tổ hợp tác"),
      ("Trong trường hợp cần thiết, tổ hợp tác có trách nhiệm", "tổ hợp tác")]),
    # a condition's name ends at "thì" before the body that acts; before a verb "thì" is the clause's own
    (STATUTE + "Điều 9. Thôn, tổ dân phố\nTrường hợp khuyết Trưởng thôn, Tổ trưởng tổ dân phố thì Ủy ban nhân dân "
     "cấp xã chỉ định Trưởng thôn lâm thời.\nĐiều 10. Điều kiện\nCông ty đủ điều kiện nêu trên thì đề nghị cơ quan "
     "đại diện chủ sở hữu để thống nhất ý kiến với Bộ Tài chính.\n",
     [("Trường hợp khuyết Trưởng thôn", "Ủy ban nhân dân cấp xã"),
      ("Công ty đủ điều kiện nêu trên thì đề nghị", "Công ty đủ điều kiện nêu trên")]),
    # a bracket that names who may act instead ("(hoặc người được ... ủy quyền)") is part of the subject
    (STATUTE + "Điều 11. Bổ sung thành viên\nTổ trưởng tổ hợp tác (hoặc người được các thành viên tổ hợp tác ủy quyền) "
     "tổ chức lấy ý kiến thành viên tổ hợp tác.\n",
     [("Tổ trưởng tổ hợp tác (hoặc người được", "Tổ trưởng tổ hợp tác (hoặc người được các thành viên tổ hợp tác ủy quyền)")]),
    # the duties of shops under the lead that names them: signing pledges, hanging slogans, limiting
    # single-use plastics, cleaning their area
    (STATUTE + "Điều 15. Trách nhiệm của tổ chức, cá nhân\n"
     "1. Các chợ, cơ sở kinh doanh dịch vụ có trách nhiệm:\n"
     "a) Ký cam kết với Ủy ban nhân dân cấp xã về giảm thiểu rác thải nhựa;\n"
     "b) Treo khẩu hiệu, pano tuyên truyền về việc giảm thiểu rác thải nhựa;\n"
     "c) Hạn chế sử dụng sản phẩm nhựa dùng một lần cho khách hàng;\n"
     "d) Vệ sinh khu vực kinh doanh dịch vụ của mình sau mỗi ngày làm việc.\n",
     [("Ký cam kết với Ủy ban nhân dân cấp xã", "Các chợ, cơ sở kinh doanh dịch vụ"),
      ("Treo khẩu hiệu, pano", "Các chợ, cơ sở kinh doanh dịch vụ"),
      ("Hạn chế sử dụng sản phẩm nhựa", "Các chợ, cơ sở kinh doanh dịch vụ"),
      ("Vệ sinh khu vực kinh doanh", "Các chợ, cơ sở kinh doanh dịch vụ")]),
    # a lead-in that is the act itself, its items what the act covers ("bao gồm các nội dung sau:")
    (STATUTE + "Điều 25. Xác minh phần đóng góp\n1. Tổ hợp tác lập sổ ghi chép rõ ràng, minh bạch về việc đóng góp "
     "của thành viên tổ hợp tác, bao gồm các nội dung sau:\na) Tên, địa chỉ của thành viên đóng góp;\n"
     "b) Phần đóng góp và thời điểm đóng góp.\n",
     [("Tổ hợp tác lập sổ ghi chép rõ ràng", "Tổ hợp tác")]),
    # "đều" (all of them) ends the subject before its modal
    (STATUTE + "Điều 20. Báo cáo\nCác đơn vị kế toán đều phải lập báo cáo tài chính năm gửi cơ quan quản lý.\n",
     [("Các đơn vị kế toán đều phải lập", "Các đơn vị kế toán")]),
]


@pytest.mark.parametrize("text, expected", BODIES)
def test_bodies_a_decree_on_groups_binds(text, expected):
    assert _got(text) == _want(expected)
