"""A time limit between a party and its act (issue 18, blind sample 54, 757): "Sở ... trong thời gian 12
ngày có văn bản ...", "Ủy ban nhân dân cấp huyện trong thời gian 05 ngày làm việc kể từ ngày nhận đủ giấy tờ
có văn bản đề nghị ...": the party's name ends before the limit (``time_limit_openers``,
``time_limit_units``, ``time_limit_since`` in models/directives.json) and its act follows it; a body named by
its competence ("Cơ quan có thẩm quyền", ``competence_tails``) keeps the verb that says which competence when
a modal or a limit follows. Text written in the style of such decrees, never copied from them."""
from __future__ import annotations

import pytest

from tests.test_directive_classes import _got, _want

DECREE = ("CHÍNH PHỦ\nSố: 31/2021/NĐ-CP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
          "Hà Nội, ngày 15 tháng 4 năm 2021\nNGHỊ ĐỊNH\nQuy định chi tiết về hồ sơ, thủ tục xác nhận người có công\n")

CASES = [
    # a limit, then a verb: the step is the body's
    (DECREE + "Điều 20. Thu hồi giấy chứng nhận\n1. Sở Lao động - Thương binh và Xã hội trong thời gian 12 ngày "
     "có văn bản kèm theo bản sao quyết định thu hồi gửi Ủy ban nhân dân cấp xã.\n",
     [("Sở Lao động - Thương binh và Xã hội trong thời gian 12 ngày", "Sở Lao động - Thương binh và Xã hội")]),
    # a limit counted from an event ("kể từ ngày nhận ..."), then the act with no comma before it
    (DECREE + "Điều 21. Cấp trích lục hồ sơ\n1. Ủy ban nhân dân cấp huyện trong thời gian 05 ngày làm việc kể từ "
     "ngày nhận đủ giấy tờ có văn bản đề nghị Sở Lao động - Thương binh và Xã hội cấp bản trích lục hồ sơ.\n",
     [("Ủy ban nhân dân cấp huyện trong thời gian 05 ngày", "Ủy ban nhân dân cấp huyện")]),
    # a body named by its competence: the verb says which, up to the limit; its modal after the limit's comma
    (DECREE + "Điều 22. Cấp giấy chứng nhận hy sinh\n1. Cơ quan có thẩm quyền cấp giấy chứng nhận hy sinh trong "
     "thời gian 20 ngày kể từ ngày tiếp nhận đủ các giấy tờ, có trách nhiệm kiểm tra, cấp giấy chứng nhận.\n",
     [("Cơ quan có thẩm quyền cấp giấy chứng nhận hy sinh", "Cơ quan có thẩm quyền cấp giấy chứng nhận hy sinh")]),
    # ... and before a modal with no limit
    (DECREE + "Điều 23. Thống kê\n1. Cơ quan có thẩm quyền quản lý công chức có trách nhiệm thống kê số lượng "
     "người đang làm việc.\n",
     [("Cơ quan có thẩm quyền quản lý công chức", "Cơ quan có thẩm quyền quản lý công chức")]),
    # where the verb after the competence is the act itself, the name stops before it
    (DECREE + "Điều 24. Kiểm tra\n1. Cơ quan có thẩm quyền thực hiện việc kiểm tra, xác minh hồ sơ đề nghị.\n",
     [("Cơ quan có thẩm quyền thực hiện việc kiểm tra", "Cơ quan có thẩm quyền")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_a_time_limit_stands_between_the_party_and_its_act(text, expected):
    assert _got(text) == _want(expected)
