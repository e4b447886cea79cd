"""Directive classes fitted at stop 63 (issue 18): one table per class, each row written here in the style of the
documents where the class was seen (a consolidated disclosure circular, a civil-judgment-enforcement decree, as a
gazette's text layer gives them), never copied from them. The word lists behind them are data in
``models/directives.json`` and ``models/structure/``."""
from __future__ import annotations

import pytest

from tests._directive_helpers import clause_actors as _actors_of, found_txt as _found
from vanban.pipeline.model import RawDocument
from vanban.pipeline.normalize import normalize


# --- a numbered clause's title alone on its line of a wrapped page: its text starts below ---------------------------

# a gazette's text layer, wrapped at about 78 characters; the clauses' titles are short lines
WRAPPED = (
    "THÔNG TƯ\n"
    "Điều 12. Công bố thông tin của công ty đại chúng\n"
    "1. Công bố thông tin định kỳ\n"
    "Công ty đại chúng phải công bố báo cáo tài chính năm đã được kiểm toán trong\n"
    "thời hạn 10 ngày kể từ ngày tổ chức kiểm toán ký báo cáo kiểm toán nhưng không\n"
    "quá 90 ngày kể từ ngày kết thúc năm tài chính.\n"
    "2. Công bố thông tin về tỷ lệ sở hữu nước ngoài\n"
    "Công ty đại chúng phải công bố thông tin về tỷ lệ sở hữu nước ngoài tối đa của\n"
    "công ty mình và các thay đổi liên quan đến tỷ lệ sở hữu này trên trang thông\n"
    "tin điện tử của công ty.\n"
    "3. Công bố thông tin trong các trường hợp đặc biệt khác\n"
    "Sau khi thay đổi kỳ kế toán, công ty đại chúng công bố báo cáo tài chính cho\n"
    "giai đoạn giữa hai kỳ kế toán trong thời hạn 10 ngày kể từ ngày tổ chức kiểm\n"
    "toán ký báo cáo kiểm toán.\n"
    "4. Công ty đại chúng phải gửi báo cáo tới Sở giao dịch chứng khoán và Trung tâm\n"
    "Lưu ký chứng khoán Việt Nam trong thời hạn 05 ngày làm việc kể từ ngày có thay\n"
    "đổi về tỷ lệ sở hữu của nhà đầu tư nước ngoài tại công ty.\n"
    "5. Bộ Tài chính hướng dẫn, kiểm tra, giám sát và báo cáo\n"
    "Chính phủ kết quả thực hiện công bố thông tin.\n"
    "6. Đề nghị Hiệp hội nhà đầu tư Việt Nam các cấp\n"
    "Thành phố phối hợp tuyên truyền và giám sát việc tổ chức thực hiện Thông tư.\n"
)


@pytest.mark.parametrize("title,opening,actor", [
    ("2. Công bố thông tin về tỷ lệ sở hữu nước ngoài", "Công ty đại chúng phải công bố thông tin về tỷ lệ",
     "Công ty đại chúng"),
    ("3. Công bố thông tin trong các trường hợp đặc biệt khác", "Sau khi thay đổi kỳ kế toán", "công ty đại chúng"),
])
def test_a_clause_title_alone_on_its_line_is_no_part_of_the_clause_text(title, opening, actor):
    text = normalize(RawDocument("mem.txt", "txt", WRAPPED, "0")).text
    assert title + "\n" in text   # the break after the title kept
    found = _found(WRAPPED)
    assert (next(t for t, _ in found if opening in t)[:len(opening)], next(a for t, a in found if opening in t)) \
        == (opening, actor), found


@pytest.mark.parametrize("joined", [
    "Trung tâm Lưu ký chứng khoán",   # a full line cut by the page's width before a name goes on below
    "và báo cáo Chính phủ kết quả",   # a sentence's first line above its short last line
    "Việt Nam các cấp Thành phố phối hợp",   # ... and above its full last line
])
def test_a_sentence_cut_before_a_capital_still_joins(joined):
    text = normalize(RawDocument("mem.txt", "txt", WRAPPED, "0")).text
    assert joined in text


# --- parties listed after a head that reads as a verb ("Tổ chức niêm yết, công ty đại chúng ... phải ...") --------

LISTED_AFTER_A_VERBAL_HEAD = [
    ("Tổ chức niêm yết cổ phiếu, công ty đại chúng quy mô lớn phải công bố báo cáo tài chính bán niên.",
     "Tổ chức niêm yết cổ phiếu, công ty đại chúng quy mô lớn"),
    ("Tổ chức đăng ký giao dịch, công ty đại chúng phải công bố thông tin bất thường trong thời hạn 24 giờ.",
     "Tổ chức đăng ký giao dịch, công ty đại chúng"),
    # a head that is a verb followed by its object and no party stays no actor
    ("Tổ chức thực hiện, kiểm tra việc công bố thông tin phải bảo đảm đúng thời hạn.", None),
]


@pytest.mark.parametrize("sentence,actor", LISTED_AFTER_A_VERBAL_HEAD)
def test_parties_listed_after_a_head_that_reads_as_a_verb(sentence, actor):
    assert _actors_of("THÔNG TƯ\nĐiều 14. Công bố thông tin", sentence) == [actor]


# --- a named party acting by its basis or selling, with no modal ----------------------------------------------------

PARTY_ACTS = [
    ("Chấp hành viên căn cứ vào nội dung bản án, quyết định và kết quả xác minh để xác định tài sản kê biên.",
     "Chấp hành viên"),
    ("Chấp hành viên căn cứ kết quả thẩm định giá để thông báo cho đương sự.", "Chấp hành viên"),
    ("Chấp hành viên bán tài sản không qua thủ tục đấu giá đối với động sản có giá trị dưới 10.000.000 đồng.",
     "Chấp hành viên"),
    ("Công chứng viên căn cứ vào hồ sơ yêu cầu công chứng để kiểm tra tính hợp pháp của giao dịch.",
     "Công chứng viên"),
]


@pytest.mark.parametrize("sentence,actor", PARTY_ACTS)
def test_a_named_party_acts_by_its_basis_or_sells(sentence, actor):
    assert _actors_of("NGHỊ ĐỊNH\nĐiều 42. Xử lý tài sản", sentence) == [actor]


def test_selling_opens_no_directive_of_its_own():
    # "bán" ends a party's name before its object; a catalogue's line that opens with it asks nothing
    found = _found("QUYẾT ĐỊNH\nĐiều 2. Ngành nghề kinh doanh\n1. Bán tài sản thanh lý của doanh nghiệp\n")
    assert found == [], found


# --- an annex's tables flattened one cell a line: a feature catalogue, a code table, a procedures table -------------

ANNEX = ("THÔNG TƯ\nĐiều 1. Phạm vi\nThông tư này quy định cơ sở dữ liệu quy hoạch.\n\nPhụ lục IV\n"
         "TỔ CHỨC DỮ LIỆU CỦA CƠ SỞ DỮ LIỆU ĐỊA LÝ QUY HOẠCH\n"
         "(Kèm theo Thông tư số 22/2026/TT-BTC ngày 17 tháng 03 năm 2026 của Bộ trưởng Bộ Tài chính)\n")
CATALOGUE_CELLS = ("1. Tài chính\nTT\nKiểu đối tượng địa lý\nTên lớp\nTrường thuộc tính\nKiểu dữ liệu\nYêu cầu\n"
                   "MQ14\nĐịnh hướng phát triển cảng thủy nội địa\n- Quy hoạch vùng:\n"
                   "Thể hiện cảng, cụm cảng thủy nội địa thuộc đường thủy nội địa quốc gia;\n"
                   "- Quy hoạch tỉnh: Chi tiết đến đơn vị hành chính cấp xã.\nmaDoiTuong\nCharacterString\nBắt buộc\n")
CODES = ("- Đối với quy hoạch ngành, được gán mã như sau:\nMã\nTên Quy hoạch ngành\n04\nQuy hoạch mạng lưới đường bộ\n"
         "05\nQuy hoạch mạng lưới đường sắt\n06\nXây dựng hệ thống cảng hàng không toàn quốc\n")
PROCEDURES = ("NGHỊ QUYẾT\nĐiều 1. Phạm vi\nThay thế thành phần hồ sơ bằng dữ liệu.\n\nSTT\nMã TTHC\nTên thủ tục hành chính\n"
              "271\n1.013376\nSửa đổi, bổ sung giấy phép cung cấp dịch vụ viễn thông không có hạ tầng mạng\n"
              "Giấy chứng nhận đăng ký doanh nghiệp\n272\n1,013369\nCông bố hoạt động cảng thủy nội địa\nBộ Xây dựng\n")


@pytest.mark.parametrize("text,cells", [
    # a part of the annex titled as a catalogue: its cells name and describe features
    (ANNEX + "Mục 3\nDANH MỤC ĐỐI TƯỢNG ĐỊA LÝ VÀ CẤU TRÚC DỮ LIỆU CỦA CƠ SỞ DỮ LIỆU\n" + CATALOGUE_CELLS,
     ANNEX + "Mục 3\nCẤU TRÚC DỮ LIỆU CỦA CƠ SỞ DỮ LIỆU\n" + CATALOGUE_CELLS),
    # a code table's head: the names after the codes
    (ANNEX + CODES, ANNEX + CODES.replace("Mã\nTên Quy hoạch ngành\n", "")),
    # a procedure's code in the national database before its name
    (PROCEDURES, PROCEDURES.replace("1.013376\n", "").replace("1,013369\n", "")),
])
def test_a_tables_cells_are_no_directives(text, cells):
    assert _found(text) == []
    assert _found(cells) != []   # the same lines with no catalogue's title, code table's head or code read as duties


# --- a Roman-numbered part's sub-title; a topic that says what a map shows -------------------------------------------

MAP_CONTENTS = (
    "THÔNG TƯ\nĐiều 11. Nội dung sơ đồ\nIV. NỘI DUNG CHỦ YẾU CỦA SƠ ĐỒ QUY HOẠCH NGÀNH\n"
    "IV.1. Quy hoạch mạng lưới đường bộ\n"
    "1. Về sơ đồ hiện trạng kết cấu hạ tầng đường bộ, thể hiện đường cao tốc và đường quốc lộ; các nội dung được thể "
    "hiện trên nền bản đồ địa hình.\n"
    "IV.2. Xây dựng mạng lưới đường sắt\n"
    "1. Về sơ đồ định hướng phát triển mạng lưới đường sắt, cung ứng dịch vụ, thể hiện các tuyến đường sắt quốc gia.\n"
    "2. Về sơ đồ quy hoạch, các bộ phải cập nhật các tuyến đường sắt quốc gia.\n")


def test_sub_titles_and_map_contents_are_no_directives():
    # the duty of a body named after a topic stays
    assert _found(MAP_CONTENTS) == [("Về sơ đồ quy hoạch, các bộ phải cập nhật các tuyến đường sắt quốc gia.", "các bộ")]


# --- a body's whole name (``body_names``) on a list of bodies after a comma or "và" -------------------------------

LISTED_BODIES = [
    ("Công ty chứng khoán, công ty quản lý quỹ đầu tư chứng khoán, chi nhánh công ty chứng khoán và công ty quản lý "
     "quỹ nước ngoài tại Việt Nam phải công bố thông tin về việc thay đổi địa điểm trụ sở chính.",
     "Công ty chứng khoán, công ty quản lý quỹ đầu tư chứng khoán, chi nhánh công ty chứng khoán và công ty quản lý "
     "quỹ nước ngoài tại Việt Nam"),
]


@pytest.mark.parametrize("sentence,actor", LISTED_BODIES)
def test_a_bodys_whole_name_goes_on_a_list_of_bodies(sentence, actor):
    assert _actors_of("THÔNG TƯ\nĐiều 23. Công bố thông tin", sentence) == [actor]


def test_a_listed_body_described_after_its_name_keeps_its_duty():
    # "... là công ty cổ phần": the description stops the list's reading; the duty stays found (realworld91 865)
    sentence = ("Công ty chứng khoán, công ty quản lý quỹ đầu tư chứng khoán là công ty cổ phần thực hiện công bố thông "
                "tin bất thường trong thời hạn 24 giờ.")
    found = _found("THÔNG TƯ\nĐiều 23. Công bố thông tin\n1. " + sentence + "\n")
    assert [t for t, _ in found if t.startswith(sentence[:20])] == [sentence], found


@pytest.mark.parametrize("first,second,joined", [
    # a name going on at the next line
    ("7. Sở giao dịch chứng khoán kiến nghị Ủy ban Chứng khoán",
     "Nhà nước xử lý các hành vi vi phạm đối với thành viên giao dịch trong trường hợp", "Ủy ban Chứng khoán Nhà nước"),
    # a quote left open
    ("8. Cá nhân, tổ chức thi hành biện pháp buộc dán tem “VIETNAM DUTY",
     "NOT PAID” theo quy định trước khi bày bán hàng hóa tại cửa hàng miễn thuế và", "VIETNAM DUTY NOT PAID"),
    # an item that cites a document, its issuer at the next line
    ("9. Thông tư số 68/2024/TT-BTC ngày 18 tháng 9 năm 2024 của Bộ trưởng",
     "Bộ Tài chính sửa đổi, bổ sung một số điều của các Thông tư quy định về giao dịch", "của Bộ trưởng Bộ Tài chính"),
    # a paragraph's first line, indented, that left room for a word or two
    ("4. Doanh nghiệp gửi hồ sơ quy định tại Điều 6 Thông tư này trực tiếp đến",
     "Ủy ban nhân dân cấp huyện nơi đặt trụ sở chính hoặc chi nhánh, văn phòng đại diện,", "tiếp đến Ủy ban nhân dân"),
])
def test_a_clauses_first_line_that_goes_on_is_joined(first, second, joined):
    text = WRAPPED + first + "\n" + second + "\n" + "trong thời hạn 05 ngày làm việc kể từ ngày nhận được văn bản.\n"
    assert joined in normalize(RawDocument("mem.txt", "txt", text, "0")).text


# --- a body that owes a judgment ("cơ quan, tổ chức phải thi hành án"): its "phải" is part of its name ------------

@pytest.mark.parametrize("sentence,actor", [
    ("Trong thời hạn 10 ngày kể từ ngày hoàn thành việc lập hồ sơ, cơ quan, tổ chức phải thi hành án có trách nhiệm "
     "gửi hồ sơ đến cơ quan tài chính.", "cơ quan, tổ chức phải thi hành án"),
    ("Thủ trưởng cơ quan, tổ chức phải thi hành án có trách nhiệm chỉ đạo việc hoàn trả.",
     "Thủ trưởng cơ quan, tổ chức phải thi hành án"),
])
def test_a_body_that_owes_a_judgment_is_named_whole(sentence, actor):
    assert _actors_of("NGHỊ ĐỊNH\nĐiều 60. Hoàn trả", sentence) == [actor]
