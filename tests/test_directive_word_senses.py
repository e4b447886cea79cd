"""Words whose sense the context decides (issue 18, blind samples 65 and 66): "phải" after a word for a side
("Tiếp giáp bên phải: Từ mốc giới số ...", "Bên phải là 01 km ...", ``side_words`` in models/directives.json)
names the right-hand side of a border area, not what someone must do; "được" of a verb ("Sau khi nhận được đề
xuất, cấp có thẩm quyền ...", ``received_verbs``) is no passive, so the party after the comma acts; the items a
council "thực hiện các nhiệm vụ sau đây:" open with its verbs ("Thảo luận về ...", ``verbs``); a modal right
after a birth describes it ("khi vợ sinh con phải phẫu thuật", ``relative_modal_nouns``); "thì"
and a sum or an entitlement after a verb-first case ("Tham gia bảo hiểm xã hội trước ngày ... thì tính bình quân
...", ``case_outcome_verbs``) is a rule's case. Text written in the style of such decrees, never copied from them."""
from __future__ import annotations

import pytest

from tests.test_directive_classes import _got, _want

DECREE = ("CHÍNH PHỦ\nSố: 27/2026/NĐ-CP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
          "Hà Nội, ngày 15 tháng 5 năm 2026\nNGHỊ ĐỊNH\nQuy định chi tiết một số điều của Luật Hải quan\n")

CASES = [
    # a border gate's area described by its sides: no one must do anything (realworld66 793)
    (DECREE + "Điều 3. Phạm vi địa bàn hoạt động hải quan\n1. Cửa khẩu Tà Lùng\na) Chính diện: Tính từ mốc giới số "
     "943 vào sâu nội địa 500 m.\nb) Tiếp giáp bên phải: Từ mốc giới số 1121 đi theo khe đồi đến điểm cắm biển báo.\n"
     "c) Phía bên phải: Được tính từ tâm đường phân định biên giới chạy dọc về bên phải là 03 km.\n"
     "d) Bên phải là 01 km theo đường biên giới có tọa độ (403367 - 2152733).\n"
     "2. Cơ quan hải quan phải kiểm tra, giám sát hàng hóa trong khu vực này.\n",
     [("Cơ quan hải quan phải kiểm tra", "Cơ quan hải quan")]),
    # ... while a party's "phải" right after its name still binds it
    (DECREE + "Điều 12. Trách nhiệm phối hợp\nBộ đội Biên phòng phải phối hợp với cơ quan hải quan tuần tra khu vực "
     "bên phải cửa khẩu.\n",
     [("Bộ đội Biên phòng phải phối hợp", "Bộ đội Biên phòng")]),
    # a conference's agenda: each item opens with what it does (realworld66 791)
    (DECREE + "Điều 12. Quy trình bổ nhiệm\n2. Bước 1: Họp Hội đồng thành viên\nHội đồng thành viên thực hiện các "
     "nhiệm vụ sau đây:\na) Thảo luận về cơ cấu, số lượng, tiêu chuẩn nhân sự.\n"
     "b) Rà soát kết quả đánh giá đối với từng nhân sự trong quy hoạch.\n",
     [("Hội đồng thành viên thực hiện các nhiệm vụ", "Hội đồng thành viên"),
      ("Thảo luận về cơ cấu", "Hội đồng thành viên"), ("Rà soát kết quả đánh giá", "Hội đồng thành viên")]),
    # a modal of a relative clause that describes a birth obliges no one (realworld65 790)
    (DECREE + "Điều 37. Thời gian hưởng chế độ khi sinh con\n1. Lao động nam được nghỉ việc hưởng chế độ thai sản "
     "như sau:\na) 05 ngày làm việc;\nb) 07 ngày làm việc khi vợ sinh con phải phẫu thuật, sinh con dưới 32 tuần tuổi;\n"
     "2. Tối đa 07 ngày đối với lao động nữ sinh con phải phẫu thuật.\n"
     "3. Người sử dụng lao động phải lập danh sách người lao động nghỉ việc hưởng chế độ.\n",
     [("Người sử dụng lao động phải lập danh sách", "Người sử dụng lao động")]),
    # a verb's "được" before the comma is no passive: the party after it acts (realworld66 791)
    (DECREE + "Điều 30. Tạm đình chỉ công tác\n2. Chậm nhất 01 ngày làm việc kể từ ngày nhận được đề xuất, cấp có "
     "thẩm quyền ra quyết định tạm đình chỉ công tác.\n3. Dự án được cơ quan, người có thẩm quyền phê duyệt "
     "trước khi triển khai.\n",
     [("Chậm nhất 01 ngày làm việc", "cấp có thẩm quyền")]),
    # a verb-first clause that states a case and, after "thì", a sum or an entitlement: no task (realworld65 790)
    (DECREE + "Điều 62. Mức bình quân tiền lương tháng đóng bảo hiểm xã hội\n1. Người lao động có toàn bộ thời gian "
     "đóng bảo hiểm xã hội theo chế độ tiền lương này thì tính bình quân như sau:\na) Tham gia bảo hiểm xã hội trước ngày 01 tháng 01 năm 1995 thì tính bình quân của tiền "
     "lương tháng của 05 năm cuối;\nb) Làm việc trong điều kiện bình thường thì được hưởng 30 ngày.\n"
     "2. Nhận đủ hồ sơ thì cơ quan bảo hiểm xã hội giải quyết trong 05 ngày làm việc.\n",
     [("Nhận đủ hồ sơ thì cơ quan bảo hiểm xã hội", "cơ quan bảo hiểm xã hội")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_word_senses(text, expected):
    assert _got(text) == _want(expected)
