"""The parties of a loan, a guarantee and a tender, and the notes of a form (issue 18, blind samples 57 and
58): "Bên cho vay có trách nhiệm gửi hồ sơ ...", "..., bên bảo lãnh gửi hồ sơ ..." (``party_heads`` and
``named_parties`` in models/directives.json), "Nhà thầu ghi đơn giá ..."; a place that is no body ("địa bàn
tỉnh, thành phố khác làm thay đổi ...": ``not_heads``); a form's note under several marks ("(1), (2), (4)
Chủ đầu tư ghi ...": the marks a line may open with, pipeline/text/labels.py); a crawled page's footnote mark
glued to a name ("Ủy ban nhân dân cấp xã[17]"). Text written in the style of
such circulars, never copied from them."""
from __future__ import annotations

import pytest

from tests.test_directive_classes import _got, _want

CIRCULAR = ("NGÂN HÀNG NHÀ NƯỚC VIỆT NAM\nSố: 17/2026/TT-NHNN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nHà Nội, ngày 15 tháng 5 năm 2026\nTHÔNG TƯ\nHướng dẫn về quản lý ngoại hối\n")

CASES = [
    # the parties of a loan by their role, with a modal and with a plain verb after a time limit
    (CIRCULAR + "Điều 5. Đăng ký thay đổi\n1. Hồ sơ:\na) Bên cho vay có trách nhiệm gửi hồ sơ đăng ký thay đổi khoản "
     "cho vay đến Ngân hàng Nhà nước;\nb) Trong thời hạn 30 ngày kể từ ngày ký thỏa thuận, bên bảo lãnh gửi hồ sơ "
     "đến Ngân hàng Nhà nước.\n",
     [("Bên cho vay có trách nhiệm gửi", "Bên cho vay"),
      ("Trong thời hạn 30 ngày kể từ ngày ký thỏa thuận, bên bảo lãnh gửi", "bên bảo lãnh")]),
    (CIRCULAR + "Điều 6. Làm rõ hồ sơ\n1. Bên mời thầu tiếp nhận nội dung làm rõ và trả lời bằng văn bản cho nhà "
     "thầu.\n", [("Bên mời thầu tiếp nhận", "Bên mời thầu")]),
    # another province is a place, not a body acting in the case that leads into the items
    (CIRCULAR + "Điều 7. Thẩm quyền\n2. Trường hợp thay đổi trụ sở chính của bên đi vay sang địa bàn tỉnh, thành phố "
     "khác làm thay đổi cơ quan có thẩm quyền xác nhận đăng ký:\na) Bên đi vay có trách nhiệm gửi hồ sơ đến cơ quan "
     "có thẩm quyền mới;\n",
     [("Bên đi vay có trách nhiệm gửi", "Bên đi vay")]),
    # a crawled page's footnote mark glued to a body's name is no part of it (realworld57 766)
    (CIRCULAR + "Điều 9. Di dời mồ mả\n1. Ủy ban nhân dân cấp tỉnh, Ủy ban nhân dân cấp xã[17] có trách nhiệm bố trí "
     "quỹ đất trong các nghĩa trang.\n",
     [("Ủy ban nhân dân cấp tỉnh, Ủy ban nhân dân cấp xã[17] có trách nhiệm",
       "Ủy ban nhân dân cấp tỉnh, Ủy ban nhân dân cấp xã")]),
    # a form's notes, one under several marks, one under a single mark
    (CIRCULAR + "Điều 8. Phạm vi\nThông tư này quy định mẫu hồ sơ.\n\nPhụ lục\nMẫu số 01\nBẢNG GIÁ DỰ THẦU\nGhi chú:\n"
     "(1), (2), (4) Chủ đầu tư ghi tên các hạng mục công việc để nhà thầu làm cơ sở chào giá.\n"
     "(3) Chủ đầu tư ghi dẫn chiếu đến yêu cầu về kỹ thuật.\n"
     "(5), (6) Nhà thầu ghi đơn giá, thành tiền cho từng hạng mục.\n",
     [("Chủ đầu tư ghi tên các hạng mục", "Chủ đầu tư"), ("Chủ đầu tư ghi dẫn chiếu", "Chủ đầu tư"),
      ("Nhà thầu ghi đơn giá", "Nhà thầu")]),
    # a table's row of column numbers is no note's marks: the row under it names a figure, no task
    (CIRCULAR + "Điều 8. Phạm vi\nThông tư này quy định mẫu tờ khai.\n\nPhụ lục\nMẫu số 02\nTỜ KHAI\nSTT\nChỉ tiêu\n"
     "Mã chỉ tiêu\nSố tiền\n(1) (2) (3) (4) 1\nDoanh thu từ hoạt động chuyển nhượng bất động sản\n[16]\n", []),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_parties_of_a_loan_and_a_tender_and_a_forms_notes(text, expected):
    assert _got(text) == _want(expected)


# a body whose head reads as a verb too ("tổ chức"): a name only where the document writes it after "của", "cho",
# "các" ... often enough (``marked_term_heads``); "Tổ chức thực hiện ..." stays a task (realworld47 706, 53 726)
MARKET = ("Điều 4. Quyền và nghĩa vụ của tổ chức quản lý chợ\n1. Quyền của tổ chức quản lý chợ được quy định tại "
          "Nội quy chợ.\n2. Nghĩa vụ của tổ chức quản lý chợ và của các tổ chức quản lý chợ khác theo Nội "
          "quy chợ.\nĐiều 5. Tổ chức thực hiện\n")
MARKED_TERM_CASES = [
    (CIRCULAR + MARKET + "1. Tổ chức quản lý chợ căn cứ Nội quy mẫu để xây dựng Nội quy chợ.\n"
     "2. Tổ chức quản lý chợ có trách nhiệm niêm yết Nội quy chợ tại nơi dễ thấy.\n",
     [("Tổ chức quản lý chợ căn cứ Nội quy mẫu để xây dựng", "Tổ chức quản lý chợ"),
      ("Tổ chức quản lý chợ có trách nhiệm niêm yết", "Tổ chức quản lý chợ")]),
    # written so only once or twice, "tổ chức" opening a clause is the verb
    (CIRCULAR + "Điều 4. Trách nhiệm của tổ chức quản lý chợ\nĐiều 5. Tổ chức thực hiện\n"
     "1. Tổ chức quản lý chợ theo đúng Nội quy mẫu.\n",
     [("Tổ chức quản lý chợ theo đúng Nội quy mẫu", None)]),
]


@pytest.mark.parametrize("text, expected", MARKED_TERM_CASES)
def test_a_body_named_by_a_head_that_reads_as_a_verb(text, expected):
    assert _got(text) == _want(expected)
