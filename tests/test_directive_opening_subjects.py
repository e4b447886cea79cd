"""Who acts on a directive no reader named a party for (issue 18, blind samples 53 and 54): the party an
article's opening sentence binds to the steps listed under it ("Khi thực hiện kiểm định ..., kiểm định
viên phải thực hiện lần lượt theo các bước kiểm định dưới đây", ``below_cues`` in models/directives.json),
and the party a directive found by its context opens with ("Người lao động đề nghị ... và chịu trách
nhiệm ...": the subject ends at its first verb, not at the second verb's modal), and the clauses of a
consolidated text whose number a footnote's mark follows ("1. 47 Triển khai ..."), and the steps of a
procedure's article ("Cá nhân viết bản khai ... gửi ..."), and the party a step's body opens with after
the step's title ("Bước 1: Xây dựng dự án / Cộng đồng dân cư phối hợp ..."). Text written in the
style of such circulars, never copied from them."""
from __future__ import annotations

import pytest

from tests.test_directive_classes import _got, _want

CIRCULAR = ("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\nSố: 12/2021/TT-BLĐTBXH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nHà Nội, ngày 30 tháng 9 năm 2021\nTHÔNG TƯ\n"
            "Ban hành quy trình kiểm định kỹ thuật an toàn lao động\n")

STEPS = ("1. Bước 1: Kiểm tra hồ sơ, lý lịch thiết bị\na) Kiểm tra sự phù hợp giữa hồ sơ của nhà chế tạo và thực tế.\n"
         "b) Kiểm tra các khuyết tật, biến dạng của các bộ phận.\n")

CASES = [
    # the article's opening sentence names who carries out the steps below: each check is that party's
    (CIRCULAR + "Điều 8. Các bước kiểm định\nKhi thực hiện kiểm định kỹ thuật an toàn nồi hơi, kiểm định viên phải "
     "thực hiện lần lượt theo các bước kiểm định dưới đây. Các bước kiểm định bao gồm:\n" + STEPS,
     [("Khi thực hiện kiểm định kỹ thuật an toàn nồi hơi", "kiểm định viên"),
      ("Kiểm tra sự phù hợp giữa hồ sơ", "kiểm định viên"),
      ("Kiểm tra các khuyết tật", "kiểm định viên")]),
    # ... also the steps that open with a verb of testing or measuring (``verbs``: "thử", "đo", "chất tải", ...)
    (CIRCULAR + "Điều 8. Các bước kiểm định\nKhi thực hiện kiểm định kỹ thuật an toàn nồi hơi, kiểm định viên phải "
     "thực hiện lần lượt theo các bước kiểm định dưới đây:\n1. Bước 4: Thử vận hành\n"
     "a) Đo điện trở cách điện của thiết bị.\nb) Chất tải đều trên sàn cabin và quan sát sự hoạt động của các bộ phận.\n"
     "c) Thử phanh hãm an toàn theo điểm 4.2.2 TCVN 6905:2001.\n",
     [("Khi thực hiện kiểm định kỹ thuật an toàn nồi hơi", "kiểm định viên"),
      ("Đo điện trở cách điện", "kiểm định viên"), ("Chất tải đều trên sàn cabin", "kiểm định viên"),
      ("Thử phanh hãm an toàn", "kiểm định viên")]),
    # an opening sentence that binds no party to what follows leaves the checks without one
    (CIRCULAR + "Điều 8. Các bước kiểm định\nCác bước kiểm định bao gồm:\n" + STEPS,
     [("Kiểm tra sự phù hợp giữa hồ sơ", None), ("Kiểm tra các khuyết tật", None)]),
    # a consolidated text's footnote mark between a clause's number and its first word (realworld54 755)
    (CIRCULAR + "Điều 23. Nghĩa vụ và trách nhiệm của thành viên giao dịch\n1. 47 Triển khai áp dụng hệ thống chỉ tiêu "
     "báo cáo giám sát giao dịch.\n2. 48 Đưa ra cảnh báo đối với khách hàng khi giao dịch bất thường.\n",
     [("Triển khai áp dụng hệ thống chỉ tiêu", "thành viên giao dịch"),
      ("Đưa ra cảnh báo đối với khách hàng", "thành viên giao dịch")]),
    # in a procedure's article a party and its plain verb open a step (``procedure_article_pattern``;
    # realworld54 757); elsewhere the same clause binds no one, and an entitlement is no step
    (CIRCULAR + "Điều 27. Hồ sơ, thủ tục giải quyết chế độ ưu đãi\n1. Cá nhân viết bản khai theo Mẫu số 01 gửi Ủy ban "
     "nhân dân cấp xã nơi thường trú.\n2. Cá nhân được hưởng trợ cấp từ tháng sau.\n",
     [("Cá nhân viết bản khai theo Mẫu số 01", "Cá nhân")]),
    (CIRCULAR + "Điều 5. Chế độ ưu đãi\n1. Cá nhân viết bản khai theo Mẫu số 01 gửi Ủy ban nhân dân cấp xã nơi "
     "thường trú.\n", []),
    # a duty found by its context opens with its party; the modal after "và" is the second verb's
    (CIRCULAR + "Điều 9. Hỗ trợ tiền thuê nhà\n1. Người lao động đề nghị hỗ trợ tiền thuê nhà theo mẫu và chịu "
     "trách nhiệm về thông tin đã kê khai.\n",
     [("Người lao động đề nghị hỗ trợ tiền thuê nhà", "Người lao động")]),
    # a step's title joined to its body by the page's line: the body's party acts, not the title's verb
    # (``step_title_reach``; realworld31 582); a title whose body names no party leaves it without one
    (CIRCULAR + "Điều 7. Xây dựng dự án hỗ trợ phát triển sản xuất\n2. Các bước xây dựng, phê duyệt dự án\n"
     "a) Bước 1: Xây dựng dự án\nCộng đồng dân cư phối hợp với Ủy ban nhân dân cấp xã nơi dự kiến triển khai "
     "dự án để xây dựng dự án theo Mẫu số 01.\nb) Bước 2: Thẩm định dự án\nThẩm định nội dung dự án theo quy định.\n",
     [("Bước 1: Xây dựng dự án", "Cộng đồng dân cư"), ("Thẩm định nội dung dự án", None)]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_the_party_that_acts_is_named(text, expected):
    assert _got(text) == _want(expected)
