"""Bodies whose names open with a word that reads as a verb, and a bound after a party's name (issue 18,
blind samples 55 and 56): "Tổ chức chính trị - xã hội, tổ chức phi chính phủ lập 01 bộ hồ sơ ...",
"Tổ chức bảo hiểm y tế ban hành mẫu thẻ ..." (``org_heads`` in models/directives.json; "Tổ chức thực
hiện ..." stays a verb), and "... chỉ được cho vay ..." (``limit_modals``), where "không được" that says
what a party will not receive ("... không được miễn trách nhiệm hình sự") binds no one. Text written in the
style of such decrees, never copied from them."""
from __future__ import annotations

import pytest

from tests.test_directive_classes import _got, _want

DECREE = ("CHÍNH PHỦ\nSố: 17/2026/NĐ-CP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
          "Hà Nội, ngày 15 tháng 5 năm 2026\nNGHỊ ĐỊNH\nQuy định về hoạt động tài chính vi mô\n")

CASES = [
    # a body whose name opens with "Tổ chức", a list of two such bodies, then the step's plain verb
    (DECREE + "Điều 11. Thay đổi tên chương trình\n1. Tổ chức chính trị - xã hội, tổ chức phi chính phủ lập 01 bộ "
     "hồ sơ gửi Ngân hàng Nhà nước.\n",
     [("Tổ chức chính trị - xã hội, tổ chức phi chính phủ lập 01 bộ", "Tổ chức chính trị - xã hội, tổ chức phi chính phủ")]),
    (DECREE + "Điều 12. Thẻ bảo hiểm y tế\n1. Tổ chức bảo hiểm y tế ban hành mẫu thẻ bảo hiểm y tế sau khi có ý kiến "
     "của Bộ Y tế.\n",
     [("Tổ chức bảo hiểm y tế ban hành mẫu thẻ", "Tổ chức bảo hiểm y tế")]),
    # a bound after the party's name: a duty of that party
    (DECREE + "Điều 13. Cho vay\n1. Tổ chức tín dụng chỉ được cho vay khách hàng là hội viên.\n",
     [("Tổ chức tín dụng chỉ được cho vay", "Tổ chức tín dụng")]),
    # a head that reads as a verb before another verb still opens a task with no party
    (DECREE + "Điều 14. Tổ chức thực hiện\n1. Tổ chức thực hiện kiểm tra định kỳ hằng năm.\n",
     [("Tổ chức thực hiện kiểm tra định kỳ", None)]),
    # bodies listed under a plan's field: "cơ quan tổ chức có liên quan" names bodies, "tổ chức" is no verb there
    (DECREE + "Điều 16. Cơ quan phối hợp\n- Các đơn vị, địa phương; các tổ chức chính trị - xã hội và cơ quan tổ chức "
     "có liên quan.\n", []),
    # schools and clinics as bodies, "có vốn đầu tư nước ngoài" inside the name (``org_heads``, ``np_compounds``)
    (DECREE + "Điều 16. Hồ sơ\n1. Trường trung cấp, trường cao đẳng có vốn đầu tư nước ngoài gửi hồ sơ đề nghị đến "
     "Tổng cục.\n",
     [("Trường trung cấp, trường cao đẳng có vốn", "Trường trung cấp, trường cao đẳng có vốn đầu tư nước ngoài")]),
    # paying a contribution after a period's comma (``verbs``: "đóng bảo hiểm")
    (DECREE + "Điều 17. Đóng bảo hiểm y tế\n1. Hằng tháng, người sử dụng lao động đóng bảo hiểm y tế cho người lao "
     "động.\n", [("Hằng tháng, người sử dụng lao động đóng", "người sử dụng lao động")]),
    # ... and a body in lower case after an opening period's comma
    (DECREE + "Điều 18. Đóng bảo hiểm y tế\n1. Hằng tháng, tổ chức bảo hiểm xã hội đóng bảo hiểm y tế cho người hưởng "
     "lương hưu.\n", [("Hằng tháng, tổ chức bảo hiểm xã hội đóng", "tổ chức bảo hiểm xã hội")]),
    # "Bộ" before a lower-case noun opens a thing's name, no ministry (``bare_heads``)
    (DECREE + "PHỤ LỤC 01\nDANH MỤC VẬT TƯ Y TẾ\n1. Bộ dụng cụ mở đường vào mạch máu các loại, các cỡ.\n"
     "2. Bộ tim phổi nhân tạo trong phẫu thuật tim.\n", []),
    (DECREE + "Điều 18. Hướng dẫn\n1. Bộ chủ quản hướng dẫn các đơn vị thực hiện.\n",
     [("Bộ chủ quản hướng dẫn", "Bộ chủ quản")]),
    # what a party will not receive is no duty
    (DECREE + "Điều 15. Dẫn độ\n1. Người bị yêu cầu dẫn độ không được miễn trách nhiệm hình sự.\n", []),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_the_body_is_named_whole(text, expected):
    assert _got(text) == _want(expected)
