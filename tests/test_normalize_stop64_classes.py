"""Line-joining classes fitted at stop 64 (issue 18): a crawled page's markdown that cuts its paragraphs' first lines
short at its own width (an indent its HTML gave them) and sets paragraphs apart by blank lines, written here in the
style of the page where the class was seen (a provincial fund's charter, realworld93 872), never copied from it."""
from __future__ import annotations

import pytest

from vanban.pipeline.model import RawDocument
from vanban.pipeline.normalize import normalize

# every paragraph's first line is cut near 32 characters, the lines below it near 80
CHARTER_PAGE = """**Điều 3. Nhiệm vụ**

1. Quỹ có nhiệm vụ hỗ trợ tài
chính cho các chương trình, dự án bảo vệ môi trường trên địa bàn tỉnh Bình
Định.

2. Tham mưu cho Sở Nông nghiệp
và Môi trường, Ủy ban nhân dân tỉnh trong việc phê duyệt các chương trình, dự
án bảo vệ môi trường.

3. Tiếp nhận, xác nhận đã ký quỹ
và hoàn trả tiền ký quỹ cải tạo, phục hồi môi trường trong khai thác khoáng
sản.

4. Đôn đốc các tổ chức, cá nhân
khai thác khoáng sản ký quỹ đúng hạn và kiến nghị cấp có thẩm quyền xử lý vi
phạm.

5. Quỹ Bảo vệ môi trường tỉnh
Bình Định được thành lập các Hội đồng tư vấn chuyên ngành để giúp thẩm định
các dự án.

6. Trưởng Ban Kiểm soát xây dựng
Quy chế hoạt động của Ban Kiểm soát và trình Hội đồng quản lý Quỹ quyết định.

7. Kinh phí hoạt động của Hội đồng
quản lý Quỹ được tính vào chi phí quản lý của Quỹ Bảo vệ môi trường.

8. Hội đồng quản lý Quỹ làm việc
theo chế độ kiêm nhiệm và được hưởng phụ cấp theo quy định hiện hành.

9. Giám đốc Quỹ chịu trách nhiệm
trước Hội đồng quản lý Quỹ và trước pháp luật về hoạt động của Quỹ.

10. Phó Giám đốc Quỹ giúp Giám
đốc Quỹ điều hành một số lĩnh vực hoạt động của Quỹ theo phân công.

11. Kế toán Quỹ có nhiệm vụ tổ
chức thực hiện công tác kế toán của Quỹ theo quy định của pháp luật.

12. Thủ quỹ có nhiệm vụ quản lý
tiền mặt, các giấy tờ có giá của Quỹ theo quy định của pháp luật về kế toán.

13. Các thành viên Ban Kiểm soát
hoạt động theo chế độ kiêm nhiệm và được hưởng phụ cấp theo quy định.

14. Cục Công nghệ thông tin
Tổ chức triển khai hệ thống thông tin quản lý Quỹ.
"""


def _text(raw: str) -> str:
    return normalize(RawDocument("mem.md", "md", raw, "0")).text


@pytest.mark.parametrize("joined", [
    "5. Quỹ Bảo vệ môi trường tỉnh Bình Định được thành lập",   # a name goes on past the cut
    "6. Trưởng Ban Kiểm soát xây dựng Quy chế hoạt động",       # a verb's object in capitals
])
def test_a_paragraph_s_short_first_line_goes_on_in_capitals(joined):
    assert joined in _text(CHARTER_PAGE)


def test_a_short_title_line_that_the_cut_did_not_end_stays_apart():
    # "14. Cục Công nghệ thông tin" stops well before the page's first-line width: a heading, its text below
    assert "14. Cục Công nghệ thông tin\nTổ chức triển khai" in _text(CHARTER_PAGE)


def test_a_text_layer_s_clause_title_still_keeps_its_line():
    # a gazette's text layer (no blank lines between paragraphs): the title rule of stop 63 is unchanged
    raw = ("Điều 12. Công bố thông tin\n"
           "1. Công bố thông tin định kỳ\n"
           "Công ty đại chúng phải công bố báo cáo tài chính năm đã được kiểm toán trong\n"
           "thời hạn 10 ngày kể từ ngày tổ chức kiểm toán ký báo cáo kiểm toán nhưng không\n"
           "quá 90 ngày kể từ ngày kết thúc năm tài chính của công ty.\n"
           "2. Công bố thông tin về tỷ lệ sở hữu nước ngoài\n"
           "Công ty đại chúng phải công bố thông tin về tỷ lệ sở hữu nước ngoài tối đa của\n"
           "công ty mình và các thay đổi liên quan đến tỷ lệ sở hữu này trên trang thông\n"
           "tin điện tử của công ty theo quy định của pháp luật về chứng khoán hiện hành.\n")
    text = normalize(RawDocument("mem.txt", "txt", raw, "0")).text
    assert "2. Công bố thông tin về tỷ lệ sở hữu nước ngoài\nCông ty đại chúng" in text
