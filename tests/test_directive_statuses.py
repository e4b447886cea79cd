"""Statuses, directed bodies and catalogues (issue 18, blind samples 63 and 64): a body's standing is no duty
("... chịu sự quản lý nhà nước ... của Bộ ...", ``status_predicate_pattern``; "... có quyền tự chủ và tự chịu trách
nhiệm ..."); a clause whose only modal is a relative clause's lists what something covers; a lead-in that directs a
body ("2. Chỉ đạo Cơ quan đại diện ...:", ``directing_leadin_pattern``) makes that body the actor of its items; a
kind of body described at length before its modal ("Ngân hàng thương mại cung cấp dịch vụ ... có trách nhiệm");
a lead-in that names duties is no scope, whatever it says of its subject ("... dữ liệu là đối tượng được bảo hộ
... có trách nhiệm:"); a table of procedures assigns no task (``task_table_columns.catalogue``); a document's
number cut after its hyphen goes on in the line below; a form's note in a list of procedures tells its filer
what to write. Text written in the style of such documents, never copied from them."""
from __future__ import annotations

import pytest

from tests.test_directive_classes import _got, _want

DECREE = ("CHÍNH PHỦ\nSố: 27/2026/NĐ-CP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
          "Hà Nội, ngày 15 tháng 5 năm 2026\nNGHỊ ĐỊNH\nQuy định chi tiết một số điều của Luật\n")
DECISION = ("ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\nSố: 1200/QĐ-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - "
            "Hạnh phúc\nHà Nam, ngày 20 tháng 11 năm 2026\nQUYẾT ĐỊNH\nVề việc công bố danh mục thủ tục hành chính\n"
            "Điều 1. Công bố kèm theo Quyết định này danh mục thủ tục hành chính.\n"
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\nCHỦ TỊCH\nNguyễn Văn B\n")

CASES = [
    # a body's standing: to whose authority it answers, what it may decide alone (realworld62 781)
    (DECREE + "Điều 5. Quản lý nhà nước đối với trung tâm\n1. Trung tâm dạy nghề chịu sự quản lý nhà nước về giáo dục "
     "nghề nghiệp của Bộ Nội vụ; đồng thời chịu sự quản lý theo lãnh thổ của Ủy ban nhân dân cấp tỉnh.\n"
     "2. Trung tâm dạy nghề có quyền tự chủ và tự chịu trách nhiệm theo quy định của pháp luật.\n"
     "3. Trung tâm dạy nghề phải báo cáo Sở Nội vụ kết quả tuyển sinh hằng năm.\n",
     [("Trung tâm dạy nghề phải báo cáo Sở Nội vụ", "Trung tâm dạy nghề")]),
    # spending items whose only modal describes the workers they concern (realworld41 662)
    (DECREE + "Điều 9. Nội dung chi\n1. Chi cập nhật dữ liệu hộ gia đình tham gia bảo hiểm y tế; chi điều tra, thống kê "
     "người lao động thuộc đối tượng phải tham gia bảo hiểm xã hội bắt buộc.\n"
     "2. Cơ quan bảo hiểm xã hội phải công khai kết quả chi hằng năm.\n",
     [("Cơ quan bảo hiểm xã hội phải công khai", "Cơ quan bảo hiểm xã hội")]),
    # a lead-in directing a body: its items are that body's tasks, not the article's body's (realworld63 784)
    (DECREE + "Điều 40. Trách nhiệm của Bộ Ngoại giao\n1. Phối hợp với Bộ Nội vụ nghiên cứu chính sách về lao động.\n"
     "2. Chỉ đạo, hướng dẫn Cơ quan đại diện Việt Nam ở nước ngoài thực hiện các công tác sau:\n"
     "a) Bảo hộ quyền và lợi ích hợp pháp của người lao động;\nb) Phối hợp xử lý những vấn đề phát sinh ở nước sở tại.\n"
     "3. Chỉ đạo các cơ quan liên quan kiểm tra, rà soát hồ sơ của người lao động.\n",
     [("Phối hợp với Bộ Nội vụ nghiên cứu", "Bộ Ngoại giao"),
      ("Bảo hộ quyền và lợi ích", "Cơ quan đại diện Việt Nam ở nước ngoài"),
      ("Phối hợp xử lý những vấn đề", "Cơ quan đại diện Việt Nam ở nước ngoài"),
      ("Chỉ đạo các cơ quan liên quan kiểm tra", "Bộ Ngoại giao")]),
    # a kind of body described at length before its modal; a word before the modal is its adverb (realworld54 755)
    (DECREE + "Điều 12. Trách nhiệm cung cấp thông tin\n1. Ngân hàng thương mại cung cấp dịch vụ mở tài khoản cho nhà "
     "đầu tư có trách nhiệm cung cấp thông tin theo yêu cầu.\n2. Các đơn vị kế toán đều phải lập báo cáo tài chính năm.\n",
     [("Ngân hàng thương mại cung cấp dịch vụ", "Ngân hàng thương mại cung cấp dịch vụ mở tài khoản cho nhà đầu tư"),
      ("Các đơn vị kế toán đều phải lập", "Các đơn vị kế toán")]),
    # a lead-in naming duties, though it says its data are "đối tượng được bảo hộ" (realworld63 782)
    (DECREE + "Điều 37c. Trách nhiệm của tổ chức, cá nhân sử dụng\n1. Tổ chức, cá nhân sử dụng dữ liệu là đối tượng được "
     "bảo hộ quyền tác giả có trách nhiệm:\na) Lưu giữ hồ sơ kỹ thuật, dữ liệu huấn luyện theo quy định;\n"
     "b) Tôn trọng quyền bảo lưu của tác giả.\n",
     [("Lưu giữ hồ sơ kỹ thuật", "Tổ chức, cá nhân sử dụng dữ liệu là đối tượng được bảo hộ quyền tác giả"),
      ("Tôn trọng quyền bảo lưu", "Tổ chức, cá nhân sử dụng dữ liệu là đối tượng được bảo hộ quyền tác giả")]),
    # a table of procedures under "Cơ quan thực hiện": no task in it (realworld63 783); a number cut after its
    # hyphen (realworld64 785)
    (DECISION + "PHỤ LỤC\nDANH MỤC THỦ TỤC HÀNH CHÍNH\n(Kèm theo Quyết định số 1200/QĐ-UBND)\nSTT\nMã số TTHC\nTên TTHC\n"
     "Tên VB quy định nội dung sửa đổi\nLĩnh vực\nCơ quan thực hiện\n1\n1.0001\nCấp phép thi công nút giao\n"
     "Quyết định số 30/2026/QĐ-\nUBND ngày 30/9/2026 của Ủy ban nhân dân tỉnh Ban hành quy định quản lý đường bộ\n"
     "Đường bộ\nSở Xây dựng\n",
     []),
    # a form's notes in the list's annex: each tells its filer what to write (realworld64 785)
    (DECISION + "PHỤ LỤC\nDANH MỤC THỦ TỤC HÀNH CHÍNH BỊ BÃI BỎ\n(Kèm theo Quyết định số 1200/QĐ-UBND)\n"
     "1. Thủ tục chấp thuận thiết kế nút giao\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
     "ĐƠN ĐỀ NGHỊ CẤP GIẤY PHÉP THI CÔNG\nKính gửi: (1)......\n(1) Ghi tên cơ quan có thẩm quyền cấp phép.\n"
     "(2) Ghi đầy đủ tên nút giao đề nghị cấp phép thi công.\n",
     [("Ghi tên cơ quan có thẩm quyền", None), ("Ghi đầy đủ tên nút giao", None)]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_statuses_directed_bodies_and_catalogues(text, expected):
    assert _got(text) == _want(expected)
