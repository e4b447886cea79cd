"""Lists that name what a paper holds or the ways to do a thing (issue 18, blind sample 52): the items
under "... bao gồm các nội dung cơ bản sau:" or "... gửi theo một trong các phương thức sau:" are no
directives (``contents_tails`` in models/directives.json), and "Sự cần thiết ..." names no body that
needs to (``adjective_modals``); nor are the papers a decision rests on (``paper_list_cues``) and
the criteria of a check ("Đánh giá: Kết quả kiểm tra đạt yêu cầu khi ...", ``pass_criterion_pattern``). Text written in the style of such decrees, never copied from them."""
from __future__ import annotations

import pytest

from tests.test_directive_classes import _got, _want

DECREE = ("CHÍNH PHỦ\nSố: 30/2016/NĐ-CP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
          "Hà Nội, ngày 28 tháng 4 năm 2016\nNGHỊ ĐỊNH\nQuy định chi tiết hoạt động đầu tư từ quỹ\n")

CASES = [
    # a plan's contents, with the adjectives laws put before "sau"
    (DECREE + "Điều 5. Phương thức đầu tư\n"
     "1. Quỹ thực hiện tự đầu tư hoặc ủy thác đầu tư.\n"
     "2. Phương án đầu tư bằng phương thức ủy thác bao gồm các nội dung chính sau:\n"
     "a) Sự cần thiết đầu tư bằng phương thức ủy thác;\n"
     "b) Nguyên tắc, tiêu chí lựa chọn tổ chức nhận ủy thác;\n"
     "c) Đánh giá rủi ro và cơ chế quản lý rủi ro.\n",
     [("Quỹ thực hiện tự đầu tư hoặc ủy thác đầu tư", "Quỹ")]),
    (DECREE + "Điều 7. Phương án đầu tư hằng năm\n"
     "1. Hằng năm, Quỹ xây dựng phương án đầu tư trình Hội đồng quản lý thông qua.\n"
     "2. Phương án đầu tư hằng năm gồm những nội dung cơ bản sau đây:\n"
     "a) Đánh giá tình hình thực hiện hoạt động đầu tư năm trước;\n"
     "b) Dự kiến danh mục đầu tư trong năm kế hoạch.\n",
     [("Hằng năm, Quỹ xây dựng phương án đầu tư", "Quỹ")]),
    # the ways to send a report
    (DECREE + "Điều 19. Chế độ báo cáo\n"
     "1. Định kỳ hằng quý, Quỹ có trách nhiệm báo cáo Bộ Tài chính về tình hình đầu tư.\n"
     "2. Phương thức gửi báo cáo: Báo cáo được gửi theo một trong các phương thức sau:\n"
     "a) Gửi trực tiếp;\nb) Gửi qua dịch vụ bưu chính;\nc) Gửi qua hệ thống điện tử.\n",
     [("Định kỳ hằng quý, Quỹ có trách nhiệm báo cáo", "Quỹ")]),
]


PAPERS = ("CHÍNH PHỦ\nSố: 131/2021/NĐ-CP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
          "Hà Nội, ngày 30 tháng 12 năm 2021\nNGHỊ ĐỊNH\nQuy định chi tiết về hồ sơ, thủ tục\n")

CASES += [
    # the papers a certificate rests on, each named with the body that issues it (blind sample 54, 757)
    (PAPERS + "Điều 17. Căn cứ cấp giấy chứng nhận\n2. Việc cấp giấy chứng nhận phải căn cứ trên cơ sở các giấy tờ sau:\n"
     "a) Quyết định cử đi làm nhiệm vụ do thủ trưởng cơ quan, đơn vị có thẩm quyền cấp.\n"
     "b) Biên bản xảy ra sự việc do cơ quan, đơn vị trực tiếp quản lý lập.\n", []),
    # when a check passes: a criterion after the checks, no directive (blind sample 53, 753; gold32 589)
    (PAPERS + "Điều 8. Các bước kiểm định\n1. Bước 1: Kiểm tra kỹ thuật bên ngoài\n"
     "a) Kiểm định viên kiểm tra các khuyết tật, biến dạng của các bộ phận.\n"
     "Đánh giá: Kết quả kiểm tra đạt yêu cầu khi thiết bị có đầy đủ các bộ phận theo quy định.\n"
     "b) Đánh giá kết quả: Chai đạt yêu cầu khi không phát hiện vết nứt.\n",
     [("Kiểm định viên kiểm tra các khuyết tật", "Kiểm định viên")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_the_items_of_a_contents_list_are_no_directives(text, expected):
    assert _got(text) == _want(expected)
