"""A resolution that cuts, decentralises and simplifies procedures (issue 18, stop 61): what its annexes' headings do
to the provisions they name, and its closing tables of documents still to be amended. Rows are written here in the
style of such resolutions (realworld75 819, 87 853), never copied from them; the patterns are data in
``models/relations.json`` (``procedure_cuts``)."""
from __future__ import annotations

import pytest

from tests.test_relations import relations_in

TITLE = ("NGHỊ QUYẾT\nVề cắt giảm, phân cấp, đơn giản hóa thủ tục hành chính thuộc phạm vi quản lý của Bộ Y tế\n"
         "Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;\n"
         "Phụ lục I\nCẮT GIẢM, PHÂN CẤP THỦ TỤC HÀNH CHÍNH LĨNH VỰC DƯỢC\n"
         "(Kèm theo Nghị quyết số 99/2026/NQ-CP ngày 04 tháng 5 năm 2026 của Chính phủ)\n"
         "A. CẮT GIẢM, ĐƠN GIẢN HÓA THỦ TỤC HÀNH CHÍNH\n")

# (heading under the annex, the citation's number, expected relation)
HEADINGS = [
    # a procedure abolished: the decree that sets it is repealed for the resolution's term, whatever the
    # procedure's own name says ("Điều chỉnh ...")
    ("I. Không thực hiện thủ tục Điều chỉnh nội dung giấy phép hoạt động quy định tại khoản 4 Điều 12 Nghị định "
     "số 54/2017/NĐ-CP.", "54/2017/NĐ-CP", "repeals"),
    ("Không thực hiện điều kiện về cơ sở vật chất tại Điều 7 Nghị định số 155/2018/NĐ-CP quy định chi tiết Luật "
     "Dược.", "155/2018/NĐ-CP", "repeals"),
    # its earlier amender stays a mention; a second source listed with its own provision is repealed too
    ("II. Không thực hiện thủ tục cấp lại chứng chỉ quy định tại Điều 30 Nghị định số 54/2017/NĐ-CP đã được sửa "
     "đổi, bổ sung bởi Nghị định số 88/2023/NĐ-CP.", "88/2023/NĐ-CP", "mentions"),
    ("II. Không thực hiện thủ tục cấp lại chứng chỉ quy định tại Điều 30 Nghị định số 54/2017/NĐ-CP đã được sửa "
     "đổi, bổ sung bởi Nghị định số 88/2023/NĐ-CP; khoản A.II mục 1 Phụ lục I Nghị quyết số 12/2026/NQ-CP.",
     "12/2026/NQ-CP", "repeals"),
    # a time limit, a power handed down, a dossier: the provision is rewritten
    ("III. Thời hạn thực hiện thủ tục cấp giấy chứng nhận đủ điều kiện kinh doanh dược tại điểm b khoản 2 Điều 33 "
     "Nghị định số 54/2017/NĐ-CP", "54/2017/NĐ-CP", "amends"),
    ("B. PHÂN CẤP THỦ TỤC HÀNH CHÍNH\nPhân cấp thẩm quyền cấp phép nhập khẩu thuốc của Bộ trưởng Bộ Y tế tại khoản 1 "
     "Điều 60 Nghị định số 54/2017/NĐ-CP cho Chủ tịch Ủy ban nhân dân cấp tỉnh.", "54/2017/NĐ-CP", "amends"),
    # the procedure it is redirected to is only named
    ("IV. Thủ tục cấp lại giấy phép quy định tại Điều 14 Nghị định số 54/2017/NĐ-CP thực hiện theo thủ tục cấp giấy "
     "phép quy định tại Điều 9 Nghị định số 131/2020/NĐ-CP.", "131/2020/NĐ-CP", "mentions"),
    ("IV. Thủ tục cấp lại giấy phép quy định tại Điều 14 Nghị định số 54/2017/NĐ-CP thực hiện theo thủ tục cấp giấy "
     "phép quy định tại Điều 9 Nghị định số 131/2020/NĐ-CP.", "54/2017/NĐ-CP", "amends"),
    # a clause that hands a procedure to another body, opening "Việc ..." (stop 62, realworld90 861)
    ("1. Việc cấp lại giấy phép hoạt động khi hết hạn quy định tại khoản 2 Điều 9 Nghị định số 54/2017/NĐ-CP thuộc "
     "thẩm quyền của Ủy ban nhân dân cấp tỉnh.", "54/2017/NĐ-CP", "amends"),
    ("2. Việc cấp giấy phép nhập khẩu thuốc quy định tại Điều 60 Nghị định số 54/2017/NĐ-CP do Ủy ban nhân dân cấp "
     "tỉnh nơi doanh nghiệp đặt trụ sở chính thực hiện.", "54/2017/NĐ-CP", "amends"),
]


@pytest.mark.parametrize("heading, number, expected", HEADINGS)
def test_a_cutting_headings_act_on_the_provisions_it_locates(heading, number, expected):
    got = dict(relations_in(TITLE + heading + "\n", "Nghị quyết"))
    assert got.get(number) == expected, got


def test_the_closing_table_of_documents_still_to_be_amended_only_names_them():
    table = ("C. DANH MỤC VĂN BẢN QUY PHẠM PHÁP LUẬT CẦN SỬA ĐỔI, BỔ SUNG\nTT\nVăn bản\nĐiều, khoản, điểm cần sửa đổi, "
             "bổ sung, bãi bỏ\n1\nNghị định số 54/2017/NĐ-CP ngày 08 tháng 5 năm 2017 của Chính phủ\n- Sửa đổi, bổ sung "
             "Điều 12 Nghị định số 155/2018/NĐ-CP\nBộ Y tế\n"
             "Phụ lục II\nCẮT GIẢM THỦ TỤC HÀNH CHÍNH LĨNH VỰC KHÁM BỆNH\n"
             "I. Không thực hiện thủ tục cấp lại giấy phép quy định tại Điều 20 Nghị định số 96/2023/NĐ-CP.\n")
    got = relations_in(TITLE + table, "Nghị quyết")
    assert ("54/2017/NĐ-CP", "mentions") in got and ("155/2018/NĐ-CP", "mentions") in got, got
    assert ("96/2023/NĐ-CP", "repeals") in got, got   # the next annex's heading acts again


def test_the_same_headings_in_another_kind_of_document_are_read_as_before():
    text = ("QUYẾT ĐỊNH\nVề việc công bố danh mục thủ tục hành chính\n"
            "I. Thời hạn thực hiện thủ tục cấp giấy chứng nhận tại khoản 2 Điều 33 Nghị định số 54/2017/NĐ-CP\n")
    assert dict(relations_in(text, "Quyết định")).get("54/2017/NĐ-CP") == "mentions"


def test_a_decree_reached_by_a_proposing_cue_is_no_proposal():
    text = ("NGHỊ QUYẾT\nVề cắt giảm, phân cấp, đơn giản hóa thủ tục hành chính\n"
            "Hồ sơ gồm báo cáo thẩm định do đơn vị thẩm định tại khoản 2 Điều 20 Nghị định số 06/2022/NĐ-CP thực hiện; "
            "báo cáo giám sát theo Nghị định số 06/2022/NĐ-CP.\n")
    assert [r for _, r in relations_in(text, "Nghị quyết")] == ["mentions", "mentions"]


# --- a resolution that replaces procedures' papers by data: its table of the provisions that set them (stop 63) ----

PAPERS = ("NGHỊ QUYẾT\nNghị quyết này quy định việc thay thế hoặc cắt giảm thành phần hồ sơ trong các thủ tục hành "
          "chính bằng việc khai thác thông tin từ các cơ sở dữ liệu.\n"
          "STT\nMã TTHC\nTên TTHC\nTPHS đề nghị thay thế\nCSDL\nBộ chủ quản CSDL\n"
          "Tên VBQPPL quy định thành phần hồ sơ TTHC\nĐiều, khoản, điểm tại các VBQPPL có quy định thành phần hồ sơ TTHC\n"
          "1\n2.002093\nCấp giấy phép kinh doanh hóa chất đối với trường hợp quy định tại khoản 2 Điều 9 Nghị định số "
          "82/2022/NĐ-CP\nGiấy chứng nhận đăng ký doanh nghiệp\nCơ sở dữ liệu quốc gia về đăng ký doanh nghiệp\n"
          "Bộ Tài chính\nNghị định số 113/2017/NĐ-CP, được sửa đổi, bổ sung bởi\nNghị định số 17/2020/NĐ-CP và "
          "Nghị định số 82/2022/NĐ-CP\nĐiểm b khoản 1 Điều 10\n"
          "2\n1.013376\nCấp giấy phép cung cấp dịch vụ viễn thông\nCăn cước\nCơ sở dữ liệu quốc gia về dân cư\n"
          "Bộ Công an\nThông tư số 26/2014/TT-BCT\nKhoản 2 Điều 22 Thông tư số 47/2014/TT-BCT\n")


@pytest.mark.parametrize("number,expected", [
    ("113/2017/NĐ-CP", "amends"),   # the document that sets the papers, column (7)
    ("26/2014/TT-BCT", "amends"),
    ("47/2014/TT-BCT", "amends"),   # a document named in the provisions' column (8)
    ("17/2020/NĐ-CP", "mentions"),   # its earlier amenders
    ("82/2022/NĐ-CP", "mentions"),
])
def test_a_papers_replacing_resolutions_table_amends_the_documents_that_set_the_papers(number, expected):
    got = relations_in(PAPERS, "Nghị quyết")
    assert [r for n, r in got if n == number][-1] == expected, got
    # a procedure's name that locates the procedure only names its decree
    assert [r for n, r in got if n == "82/2022/NĐ-CP"][0] == "mentions", got


def test_the_same_table_in_a_document_that_replaces_no_papers_is_read_as_before():
    got = dict(relations_in(PAPERS.replace("thay thế hoặc cắt giảm thành phần hồ sơ", "công bố thủ tục"), "Quyết định"))
    assert got.get("113/2017/NĐ-CP") != "amends" and got.get("26/2014/TT-BCT") != "amends", got


def test_a_papers_tables_document_takes_the_provision_of_the_next_cell():
    from vanban.pipeline.extract.citations import find_citations
    from vanban.pipeline.extract.relations import assign_relations
    from vanban.pipeline.model import Document, Metadata
    text = PAPERS + ("3\n1.013999\nCấp lại giấy phép\nCăn cước\nCơ sở dữ liệu quốc gia về dân cư\nBộ Công an\n"
                     "Nghị định số 163/2024/NĐ-CP điểm b khoản 1 Điều 35, điểm b khoản 2 Điều\n35\n")
    doc = Document("x.txt", "", "txt", text, text, metadata=Metadata(doc_type="Nghị quyết"),
                   citations=tuple(find_citations(text)))
    pins = {c.number: (c.pinpoint.article, c.pinpoint.clause, c.pinpoint.point) if c.pinpoint else None
            for c in assign_relations(doc).citations if c.relation == "amends"}
    assert pins["113/2017/NĐ-CP"] == ("10", "1", "b")   # over its amenders' line
    assert pins["47/2014/TT-BCT"] == ("22", "2", None)   # the provision written before it
    assert pins["26/2014/TT-BCT"] is None   # the provisions' cell names another document
    assert pins["163/2024/NĐ-CP"] == ("35", "2", "b")   # the cell joined to its line, wrapped after "Điều"


@pytest.mark.parametrize("heading, number, expected", [
    # the short name given after the document acted on takes its act (stop 65, realworld94 875)
    ("1. Việc chấp thuận tổ chức biểu diễn nghệ thuật được quy định tại điểm a khoản 2 Điều 10 Nghị định số "
     "144/2020/NĐ-CP ngày 14 tháng 12 năm 2020 của Chính phủ quy định về hoạt động nghệ thuật biểu diễn (sau đây gọi "
     "là Nghị định số 144/2020/NĐ-CP) thuộc thẩm quyền của Ủy ban nhân dân cấp tỉnh.", "144/2020/NĐ-CP", "amends"),
    ("I. Không thực hiện thủ tục cấp lại Giấy phép sản xuất kênh chương trình quy định tại khoản 6 Điều 15 Nghị định "
     "số 06/2016/NĐ-CP ngày 18 tháng 01 năm 2016 của Chính phủ (sau đây gọi tắt là Nghị định số 06/2016/NĐ-CP).",
     "06/2016/NĐ-CP", "repeals"),
])
def test_the_short_name_of_the_document_acted_on_is_acted_on_too(heading, number, expected):
    got = [rel for num, rel in relations_in(TITLE + heading + "\n", "Nghị quyết") if num == number]
    assert got == [expected, expected], got
