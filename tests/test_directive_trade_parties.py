"""Parties of a sale or a trade named as a rule's subject (issue 18, blind sample 52): "Bên mua điện
có trách nhiệm ...", "Bên bán điện áp dụng ...", "Nhà nhập khẩu xuất trình ...", "Chủ nhà trực tiếp
giao kết ...", also after a time limit's or a case's comma, bind the party they name (``party_heads``, ``named_parties`` in models/directives.json).
Text written in the style of such circulars, never copied from them."""
from __future__ import annotations

import pytest

from tests.test_directive_classes import _got, _want

CIRCULAR = ("BỘ CÔNG THƯƠNG\nSố: 16/2014/TT-BCT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Hà Nội, ngày 29 tháng 5 năm 2014\nTHÔNG TƯ\nQuy định về thực hiện giá bán điện\n")

CASES = [
    (CIRCULAR + "Điều 3. Quy định chung\n"
     "1. Bên mua điện có trách nhiệm kê khai đúng mục đích sử dụng điện để tính giá.\n"
     "2. Bên bán điện áp dụng giá bán điện theo mục đích sử dụng điện đã kê khai.\n",
     [("Bên mua điện có trách nhiệm kê khai", "Bên mua điện"),
      ("Bên bán điện áp dụng giá bán điện", "Bên bán điện")]),
    (CIRCULAR + "Điều 12. Giá bán điện cho thuê nhà\n"
     "1. Chủ nhà trực tiếp giao kết hợp đồng mua bán điện với bên bán điện.\n",
     [("Chủ nhà trực tiếp giao kết hợp đồng", "Chủ nhà")]),
    (CIRCULAR + "Điều 25. Kiểm tra chứng từ\n"
     "1. Nhà nhập khẩu xuất trình chứng từ chứng nhận xuất xứ theo yêu cầu của cơ quan hải quan.\n",
     [("Nhà nhập khẩu xuất trình chứng từ", "Nhà nhập khẩu")]),
    # a named party after a time limit's or a case's comma acts with a plain verb too
    (CIRCULAR + "Điều 26. Tự chứng nhận xuất xứ\n"
     "1. Trong vòng 03 ngày làm việc kể từ ngày phát hành chứng từ, nhà xuất khẩu khai báo thông tin trên Hệ thống.\n"
     "2. Trường hợp không có dữ liệu từ hệ thống đo xa, bên bán điện áp dụng phương pháp nội suy.\n",
     [("Trong vòng 03 ngày làm việc kể từ ngày phát hành", "nhà xuất khẩu"),
      ("Trường hợp không có dữ liệu từ hệ thống đo xa", "bên bán điện")]),
    # a duty with "phải" that leads into the papers to provide is itself the directive
    (CIRCULAR + "Điều 14. Giá bán buôn điện nông thôn\n1. Giá bán buôn điện được áp dụng tại công tơ tổng.\n"
     "2. Trong thời hạn không quá 03 ngày kể từ ngày ghi chỉ số tại công tơ tổng, đơn vị bán lẻ điện phải cung "
     "cấp cho bên bán buôn điện:\na) Bảng kê sản lượng điện thương phẩm sử dụng cho mục đích sinh hoạt;\n"
     "b) Bảng kê sản lượng điện sử dụng cho mục đích khác.\n",
     [("Trong thời hạn không quá 03 ngày kể từ ngày ghi chỉ số", "đơn vị bán lẻ điện")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_a_party_of_a_trade_binds_its_rule(text, expected):
    assert _got(text) == _want(expected)
