"""Fields, notes and closing lines of circulars (issue 18, blind samples 59 and 60): a statistical indicator's
fields list entries, no duties ("2. Phân tổ chủ yếu" / "- Ngành, lĩnh vực đầu tư;", ``catalogue_cues``); criteria
led in by "một trong các tiêu chí sau đây:" (``qualification_cues``); a form's note that says what to write in
("Ghi rõ đối tượng được xác nhận là: ..."); the closing request after an article's last clause, the annex's notes
no children of that clause; a modal after "không bắt buộc" (``negated_modal_fillers``); a form's applicant asking for
itself ("... cho tôi được hưởng ..."); a form's basis lines; a form's title after its number in a list of forms; a
line cut after a comma goes on below. Text written in the style of such circulars, never copied from them."""
from __future__ import annotations

import pytest

from tests.test_directive_classes import _got, _want

CIRCULAR = ("BỘ KẾ HOẠCH VÀ ĐẦU TƯ\nSố: 09/2026/TT-BKHĐT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nHà Nội, ngày 15 tháng 5 năm 2026\nTHÔNG TƯ\nQuy định hệ thống chỉ tiêu thống kê\n")
CLOSING = ("Điều 5. Tổ chức thực hiện\n1. Thông tư này có hiệu lực thi hành kể từ ngày 01 tháng 7 năm 2026.\n"
           "2. Thủ trưởng các đơn vị thuộc Bộ chịu trách nhiệm thi hành Thông tư này.\n"
           "Trong quá trình thực hiện, nếu có vướng mắc, đề nghị kịp thời phản ánh về Bộ Kế hoạch và Đầu tư để giải "
           "quyết./.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nNguyễn Văn A\n")

CASES = [
    # an indicator's fields: breakdowns and sources are entries, its responsible unit no duty of its own
    (CIRCULAR + "Điều 4. Trách nhiệm\nTổng cục Thống kê có trách nhiệm thu thập các chỉ tiêu.\n\nPHỤ LỤC II\n"
     "0101. Số dự án đầu tư công\n1. Khái niệm, phương pháp tính\nDự án đầu tư công là dự án sử dụng vốn đầu tư công.\n"
     "2. Phân tổ chủ yếu\n- Ngành, lĩnh vực đầu tư;\n- Nhóm dự án.\n3. Kỳ công bố: Năm.\n4. Nguồn số liệu\n"
     "- Tổng điều tra kinh tế;\n- Chế độ báo cáo thống kê.\n",
     [("Tổng cục Thống kê có trách nhiệm thu thập", "Tổng cục Thống kê")]),
    # criteria led in by "một trong các tiêu chí sau đây:", though the lead names a ban's zone
    (CIRCULAR + "Điều 3. Khu vực cấm khai thác\nKhu vực cấm khai thác thủy sản có thời hạn được xác định bởi một trong "
     "các tiêu chí sau đây:\na) Khu vực tập trung sinh sản của loài thủy sản;\nb) Khu vực di cư sinh sản của loài "
     "thủy sản.\n", []),
    # the closing request after the last clause; the annex's notes under a form, what to write, after the signature
    (CIRCULAR + CLOSING + "Phụ lục\nCÁC MẪU GIẤY TỜ\n(Kèm theo Thông tư số 09/2026/TT-BKHĐT)\nMẫu số 01\n"
     "GIẤY XÁC NHẬN\nGhi chú:\n(1) Tên cơ quan quản lý trực tiếp trung tâm.\n"
     "(2) Ủy ban nhân dân xã ghi rõ đối tượng được xác nhận là: hộ nghèo hoặc hộ cận nghèo.\n",
     [("Thủ trưởng các đơn vị thuộc Bộ chịu trách nhiệm thi hành", "Thủ trưởng các đơn vị thuộc Bộ"),
      ("Trong quá trình thực hiện, nếu có vướng mắc, đề nghị kịp thời phản ánh", None),
      ("Ủy ban nhân dân xã ghi rõ đối tượng được xác nhận là", "Ủy ban nhân dân xã")]),
    # a modal after "không bắt buộc" obliges no one; a form's applicant asks for itself; a form's basis lines name
    # the cited documents' issuers and titles, no body acting (realworld60 774, 775)
    (CIRCULAR + "Điều 3. Hồ sơ\nHồ sơ đề nghị không bắt buộc phải có bản sao chứng thực.\nBản sao giấy tờ phải có "
     "chứng thực.\n" + CLOSING + "Phụ lục\nCÁC MẪU GIẤY TỜ\n(Kèm theo Thông tư số 09/2026/TT-BKHĐT)\n"
     "Mẫu số 02\nĐƠN ĐỀ NGHỊ\nĐề nghị các cơ quan nghiên cứu, xem xét và giải quyết cho tôi được hưởng chế độ hỗ "
     "trợ theo quy định.\nMẫu số 03\nQUYẾT ĐỊNH\nCăn cứ Thông tư liên tịch số 08/2012/TTLT-BLĐTBXH-BNV-BTC ngày 16 "
     "tháng 4 năm 2012 của Bộ Lao động - Thương binh và Xã hội, Bộ Nội vụ, Bộ Tài chính hướng dẫn thực hiện chế độ "
     "trợ cấp;\n",
     [("Bản sao giấy tờ phải có chứng thực", None),
      ("Thủ trưởng các đơn vị thuộc Bộ chịu trách nhiệm thi hành", "Thủ trưởng các đơn vị thuộc Bộ"),
      ("Trong quá trình thực hiện, nếu có vướng mắc, đề nghị kịp thời phản ánh", None)]),
    # a list of forms: each title after its number names a form, no task (realworld60 773)
    (CIRCULAR + "Điều 5. Hiệu lực thi hành\nThông tư này có hiệu lực thi hành kể từ ngày ký.\nPhụ lục VII\n"
     "HỆ THỐNG MẪU, BIỂU TỔNG HỢP CẤP TỈNH\n(Kèm theo Thông tư số 09/2026/TT-BKHĐT)\nSTT\nNội dung\n1\nMẫu số 7.1. "
     "Tổng hợp kết quả rà soát hộ nghèo, hộ cận nghèo\n2\nMẫu số 7.5. Phân tích tỷ lệ các chỉ số thiếu hụt dịch vụ xã "
     "hội cơ bản của hộ nghèo\n", []),
    # a sentence the page cut after a comma goes on below: one list of bodies before its formula
    ("ỦY BAN NHÂN DÂN TỈNH A\nSố: 12/2026/QĐ-UBND\nQUYẾT ĐỊNH\nVề việc công bố thủ tục hành chính\n"
     "Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký.\nChánh Văn phòng UBND tỉnh, Giám đốc các Sở: Tài chính,\n"
     "Nông nghiệp và Môi trường; Thủ trưởng các cơ quan, đơn vị cấp tỉnh chịu trách nhiệm thi hành Quyết định này./.\n",
     [("Chánh Văn phòng UBND tỉnh, Giám đốc các Sở: Tài chính, Nông nghiệp và Môi trường; Thủ trưởng",
       "Chánh Văn phòng UBND tỉnh, Giám đốc các Sở: Tài chính, Nông nghiệp và Môi trường; Thủ trưởng các cơ quan, đơn "
       "vị cấp tỉnh")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_fields_notes_and_closing_lines(text, expected):
    assert _got(text) == _want(expected)
