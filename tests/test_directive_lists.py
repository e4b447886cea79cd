"""Lists whose items are no party's acts (issue 18, blind samples 55 and 56): an article titled by the cases
or conditions it lists ("Điều 23. Các trường hợp không được hưởng bảo hiểm y tế", ``case_title_patterns`` in
models/directives.json), a worked example's cases after its "Ví dụ" line (``example_openers``), requirements
a party must meet ("... và đáp ứng các yêu cầu sau đây:", ``case_cues``); and a scope cue inside brackets
("(áp dụng đối với trường hợp ...)") that makes no list a scope's. Text written in the style of such decrees,
never copied from them."""
from __future__ import annotations

import pytest

from tests.test_directive_classes import _got, _want
from tests.test_directive_bodies import DECREE
from vanban.pipeline.extract.directive_list_kinds import _leadin_kind

CASES = [
    # an article that lists cases or conditions: its items are no acts, unless a party and its modal are named
    # (``case_title_patterns``)
    (DECREE + "Điều 23. Các trường hợp không được hưởng bảo hiểm y tế\n1. Khám sức khỏe.\n2. Sử dụng dịch vụ thẩm mỹ."
     "\n3. Tham gia thử nghiệm lâm sàng, nghiên cứu khoa học.\n", []),
    (DECREE + "Điều 9. Điều kiện cho phép thành lập cơ sở giáo dục nghề nghiệp\n1. Có đề án thành lập phù hợp với quy "
     "hoạch.\n2. Đã được cấp giấy chứng nhận đăng ký đầu tư.\n3. Chủ đầu tư phải nộp hồ sơ trước khi khai giảng.\n",
     [("Chủ đầu tư phải nộp hồ sơ", "Chủ đầu tư")]),
    # a worked example's cases after its "Ví dụ" line are no acts; the next clause is (``example_openers``)
    (DECREE + "Điều 19. Thanh toán\n1. Mức thanh toán được tính như sau:\nVí dụ 1: Người bệnh sử dụng 02 stent.\n"
     "- Trường hợp người bệnh có mức hưởng 100%: Quỹ bảo hiểm y tế thanh toán 47.000.000 đồng.\n"
     "+ Trường hợp khác: Quỹ bảo hiểm y tế thanh toán 40.000.000 đồng.\n"
     "2. Cơ sở khám bệnh, chữa bệnh phải công khai giá vật tư.\n",
     [("Cơ sở khám bệnh, chữa bệnh phải công khai", "Cơ sở khám bệnh, chữa bệnh")]),
    # requirements a party must meet are conditions; a party's duty with its modal among them stays
    (DECREE + "Điều 25. Liên kết đào tạo\n8. Cơ sở giáo dục nghề nghiệp được tự chủ quyết định liên kết đào tạo khi "
     "đáp ứng các yêu cầu sau đây:\na) Đã thành lập hội đồng trường;\nb) Đã ban hành quy chế tổ chức và hoạt động;\n"
     "c) Trường cao đẳng phải báo cáo Tổng cục trước khi tổ chức đào tạo 30 ngày.\n",
     [("Trường cao đẳng phải báo cáo Tổng cục", "Trường cao đẳng")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_the_items_of_such_lists_are_no_acts(text, expected):
    assert _got(text) == _want(expected)


@pytest.mark.parametrize("lead, kind", [
    # a bracket that says when an item applies names no scope (realworld55 758: a form's fill-in notes under it)
    ("1. Thông tin về tổ chức nhận chuyển giao (áp dụng đối với trường hợp quy định tại khoản 8 Điều 23 Nghị định "
     "này):", None),
    ("2. Đối tượng áp dụng (cá nhân, tổ chức):", "scope"),
    ("Điều 2. Đối tượng áp dụng", "scope"),
])
def test_a_scope_cue_in_brackets_makes_no_scope(lead, kind):
    assert _leadin_kind(lead) == kind
