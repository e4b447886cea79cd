"""Where an annex that lists names ends (issue 18, blind sample 51): a list of forms ends where the
first form opens with its motto, and any annex's head ends the annex before it, so the notes of the
forms after them are read as instructions again. Text written in the style of such decrees and
circulars, never copied from them."""
from __future__ import annotations

import pytest

from tests.test_directive_classes import _got, _want

DECREE = ("CHÍNH PHỦ\nSố: 77/2019/NĐ-CP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
          "Hà Nội, ngày 10 tháng 10 năm 2019\nNGHỊ ĐỊNH\nVề tổ hợp tác\nĐiều 31. Hiệu lực thi hành\n"
          "Nghị định này có hiệu lực thi hành kể từ ngày 25 tháng 11 năm 2019.\nTM. CHÍNH PHỦ\nTHỦ TƯỚNG\n"
          "Nguyễn Xuân Phúc\n")

CASES = [
    # the list of forms names them; the form after it carries its fill-in notes
    (DECREE + "PHỤ LỤC\nDANH MỤC CÁC MẪU GIẤY SỬ DỤNG CHO TỔ HỢP TÁC\n"
     "(Kèm theo Nghị định số 77/2019/NĐ-CP ngày 10 tháng 10 năm 2019 của Chính phủ)\nSTT\nDanh mục\nKý hiệu\n"
     "1\nThông báo thành lập tổ hợp tác\nMẫu I.01\n2\nHợp đồng hợp tác\nMẫu I.02\n"
     "Mẫu I.01\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nGIẤY THÔNG BÁO\n"
     "Thành lập tổ hợp tác\nKính gửi: Ủy ban nhân dân xã .........\nTên tổ hợp tác: .................\n"
     "Ghi chú:\n1. Ghi tên Ủy ban nhân dân xã nơi tổ hợp tác hoạt động.\n"
     "2. Ghi địa chỉ trụ sở của tổ hợp tác hoặc địa chỉ của người đại diện.\n",
     [("Ghi tên Ủy ban nhân dân xã nơi tổ hợp tác hoạt động", None),
      ("Ghi địa chỉ trụ sở của tổ hợp tác", None)]),
    # a course's programme is a catalogue; the certificate's annex after it is not
    (DECREE + "PHỤ LỤC 1\nCHƯƠNG TRÌNH KHUNG ĐÀO TẠO NGHIỆP VỤ VỀ ĐẤU THẦU\n"
     "(Ban hành kèm theo Thông tư số 02/2024/TT-BKHĐT ngày 06 tháng 3 năm 2024)\n"
     "1. Tổng quan về đấu thầu\n2. Kế hoạch lựa chọn nhà thầu\n"
     "PHỤ LỤC 2: MẪU CHỨNG CHỈ NGHIỆP VỤ VỀ ĐẤU THẦU\n"
     "(Ban hành kèm theo Thông tư số 02/2024/TT-BKHĐT ngày 06 tháng 3 năm 2024)\n"
     "CHỨNG CHỈ NGHIỆP VỤ VỀ ĐẤU THẦU\nCấp cho Ông (Bà): ______________ (1)\nGhi chú:\n"
     "(1) Ghi họ và tên của người được cấp chứng chỉ.\n",
     [("Ghi họ và tên của người được cấp chứng chỉ", None)]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_the_notes_of_forms_after_a_catalogue_are_instructions(text, expected):
    assert _got(text) == _want(expected)
