"""Task tables, duty titles, report outlines and standards (issue 18, blind samples 61 and 62): a task table
ends at the next table's header, whose columns are its own ("STT | Tên nhiệm vụ | Đơn vị chủ trì | Thời hạn |
Kết quả thực hiện | Tiến độ"); a duty title's body ends before "được quy định tại ..." (``duty_title_tails``); a
title names its body by whom it belongs to ("... do Công ty mẹ ... nắm giữ 100% vốn điều lệ"); an item opens
with its quarter and year ("Quý III năm 2020, tổ chức tổng kết ..."); a consolidated text glues its footnote mark
to a point's letter ("c)30 Khi ..."); a report form's outline lists topics, its prompts ask the writer
(``report_outline_pattern``, ``report_prompt_verbs``); a course's programme by its "thời lượng"; a post's standard
("phải có trình độ ...") is no duty. Text written in the style of such documents, never copied from them."""
from __future__ import annotations

import pytest

from tests.test_directive_classes import _got, _want

NOTICE = ("VĂN PHÒNG CHÍNH PHỦ\nSố: 600/TB-VPCP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
          "Hà Nội, ngày 16 tháng 11 năm 2026\nTHÔNG BÁO\nKết luận của Ban Chỉ đạo\n")
# two tables one after another: the first's rows run "STT | Nhiệm vụ | Văn bản giao | Cơ quan chủ trì | Thời hạn",
# the second's "STT | Tên nhiệm vụ | Đơn vị chủ trì | Thời hạn | Kết quả | Tiến độ" under a group row
TWO_TABLES = (NOTICE + "**PHỤ LỤC I**\nCÁC NHIỆM VỤ CHẬM MUỘN\n|\n**STT**\n|\n**Nhiệm vụ**\n|\n**Văn bản giao\nnhiệm vụ**\n|\n"
              "**Cơ quan chủ trì\nthực hiện**\n|\n**Thời hạn hoàn\nthành**\n|\n|\n1.\n|\nXây dựng Luật sửa đổi, bổ sung "
              "Luật Quản lý thuế.\n|\nNghị quyết số 71/NQ-CP\n|\nBộ Tài chính\n|\n31/05/2026\n|\n**PHỤ LỤC II**\nKẾT QUẢ "
              "THỰC HIỆN NHIỆM VỤ\n|\n**STT**\n|\n**Tên nhiệm vụ**\n|\n**Đơn vị chủ trì**\n|\n**Thời hạn**\n|\n"
              "**Kết quả thực hiện**\n|\n**Tiến độ**\n|\n|\n** **\n|\n**Nhiệm vụ giao Bộ trưởng Bộ Y tế chỉ đạo**\n|\n"
              "** **\n|\n** **\n|\n** **\n|\n** **\n|\n|\n1\n|\nXây dựng cơ sở dữ liệu quốc gia về y tế, bệnh án điện "
              "tử\n|\nBộ Y tế\n|\n31/10/2026\n|\nBộ Y tế đã ban hành kế hoạch.\n|\nĐã hoàn thành\n|\n|\n2\n|\nBan hành "
              "văn bản hướng dẫn các bệnh viện triển khai\n|\nBộ Y tế\n|\n30/11/2026\n|\nĐang triển khai.\n|\n|\n")

DECREE = ("CHÍNH PHỦ\nSố: 17/2026/NĐ-CP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
          "Hà Nội, ngày 15 tháng 5 năm 2026\nNGHỊ ĐỊNH\nQuy định thí điểm quản lý lao động, tiền lương\n")
CIRCULAR = ("BỘ NỘI VỤ\nSố: 19/2026/TT-BNV\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Hà Nội, ngày 15 tháng 5 năm 2026\nTHÔNG TƯ\nQuy định chi tiết một số điều\n")
CLOSING = ("Điều 9. Hiệu lực thi hành\nThông tư này có hiệu lực thi hành kể từ ngày 01 tháng 7 năm 2026.\n"
           "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nNguyễn Văn A\n")

CASES = [
    # each table's rows under its own columns: no deadline taken for the body, no progress cell for a task
    (TWO_TABLES,
     [("Xây dựng Luật sửa đổi, bổ sung Luật Quản lý thuế", "Bộ Tài chính"),
      ("Xây dựng cơ sở dữ liệu quốc gia về y tế", "Bộ Y tế"),
      ("Ban hành văn bản hướng dẫn các bệnh viện", "Bộ Y tế")]),
    # a duty title's body ends before where its duties are set (realworld62 781)
    (CIRCULAR + "Điều 9. Nhiệm vụ, quyền hạn của giám đốc trung tâm giáo dục nghề nghiệp\n2. Nhiệm vụ, quyền hạn của giám đốc trung tâm giáo dục nghề nghiệp được "
     "quy định tại Khoản 3 Điều 13 của Luật Giáo dục nghề nghiệp và một số nhiệm vụ, quyền hạn cụ thể sau đây:\n"
     "a) Xây dựng, phê duyệt kế hoạch phát triển đào tạo của trung tâm;\nb) Tổ chức tuyển sinh theo quy định.\n",
     [("Xây dựng, phê duyệt kế hoạch phát triển đào tạo", "giám đốc trung tâm giáo dục nghề nghiệp"),
      ("Tổ chức tuyển sinh theo quy định", "giám đốc trung tâm giáo dục nghề nghiệp")]),
    # a title naming its body by whom it belongs to; an item opening with its quarter and year (realworld61 778)
    (DECREE + "Điều 9. Trách nhiệm tổ chức thực hiện\n1. Tổng giám đốc hoặc Giám đốc công ty trách nhiệm hữu hạn "
     "một thành viên do Công ty mẹ - Tập đoàn Viễn thông nắm giữ 100% vốn điều lệ\na) Xây dựng quy chế trả lương "
     "của công ty;\nb) Quý III năm 2026, tổ chức tổng kết, báo cáo Bộ Nội vụ kết quả thực hiện.\n",
     [("Xây dựng quy chế trả lương của công ty", "Tổng giám đốc hoặc Giám đốc công ty trách nhiệm hữu hạn một thành "
       "viên do Công ty mẹ - Tập đoàn Viễn thông nắm giữ 100% vốn điều lệ"),
      ("Quý III năm 2026, tổ chức tổng kết", "Tổng giám đốc hoặc Giám đốc công ty trách nhiệm hữu hạn một thành "
       "viên do Công ty mẹ - Tập đoàn Viễn thông nắm giữ 100% vốn điều lệ")]),
    # a consolidated text's footnote mark glued to a point's letter: the point is its own, its subject after the
    # condition; the footnote's "Điểm này" no score
    (DECREE + "Điều 6. Quỹ tiền lương\n1. Quỹ tiền lương được xác định như sau:\nb) Quỹ tiền lương kế hoạch được "
     "xác định theo đơn giá.\nc)30 Khi xác định quỹ tiền lương thực hiện, công ty phải bảo đảm nộp ngân sách nhà "
     "nước và phải báo cáo Công ty mẹ.\n30 Điểm này được sửa đổi theo quy định tại khoản 2 Điều 1 của Nghị định "
     "số 79/2024/NĐ-CP.\n",
     [("Khi xác định quỹ tiền lương thực hiện, công ty phải bảo đảm", "công ty")]),
    # a report form's outline: its items are topics; a prompt to its writer asks; a standard binds no one
    (CIRCULAR + "Điều 5. Giáo viên\nGiáo viên dạy trình độ sơ cấp phải có bằng tốt nghiệp trung cấp trở lên.\n"
     "Trưởng phòng phải có trình độ cao đẳng trở lên và phải báo cáo giám đốc hằng quý.\n" + CLOSING +
     "Phụ lục XIII\nCÁC MẪU BÁO CÁO\n(Ban hành kèm theo Thông tư số 19/2026/TT-BNV)\nMẫu số 01\n"
     "TÊN DOANH NGHIỆP\nBáo cáo định kỳ hằng năm của doanh nghiệp dịch vụ\nKính gửi: Cục Quản lý lao động ngoài "
     "nước\nI. Tình hình hoạt động trong kỳ báo cáo\n1. Hoạt động đưa người lao động đi làm việc ở nước ngoài:\n"
     "a) Tổ chức giáo dục định hướng, bồi dưỡng kỹ năng nghề, ngoại ngữ (nếu có);\nb) Thực hiện chế độ, chính "
     "sách đối với người lao động;\nc) Ghi rõ số người lao động đã về nước trước thời hạn.\n",
     [("Trưởng phòng phải có trình độ cao đẳng trở lên và phải báo cáo", "Trưởng phòng"),
      ("Ghi rõ số người lao động đã về nước trước thời hạn", None)]),
    # a course's programme by its "thời lượng": its entries ask nothing; a body and its verb still do
    (CIRCULAR + CLOSING + "Phụ lục XII\nCHƯƠNG TRÌNH, NỘI DUNG, THỜI LƯỢNG GIÁO DỤC ĐỊNH HƯỚNG\n(Ban hành kèm "
     "theo Thông tư số 19/2026/TT-BNV)\n1. Kỷ luật lao động, an toàn và vệ sinh lao động (thời lượng: 12 tiết)\n"
     "a) Hướng dẫn các quy định, nội quy về an toàn lao động;\nb) Lập kế hoạch chi tiêu ở nước ngoài.\n"
     "Doanh nghiệp phổ biến cho người lao động nội dung các loại hợp đồng.\n",
     [("Doanh nghiệp phổ biến cho người lao động", "Doanh nghiệp")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_tables_duty_titles_outlines_and_standards(text, expected):
    assert _got(text) == _want(expected)
