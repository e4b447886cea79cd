"""Page furniture (``models/structure/page_furniture.tsv``): the Công báo page header and the lines
of a digital-signature stamp belong to the page, not to the document. One row per spelling met
in real files (text layers, OCR output, text exported from gazette PDFs)."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vanban.pipeline.model import Document, RawDocument
from vanban.pipeline.normalize import normalize
from vanban.pipeline.read.furniture import furniture_kind, furniture_tail
from vanban.pipeline.structure import structure

KINDS = [
    # the gazette header, page number after or before, double issues, spaces, OCR slips
    ("CÔNG BÁO/Số 271/Ngày 12-05-2026 86", "gazette"),
    ("CÔNG BÁO/Số 293/Ngày 31-05-2026 81", "gazette"),
    ("CÔNG BÁO/Số 293/Ngày 31-05-2026", "gazette"),
    ("8 CÔNG BÁO/Số 695 + 696/Ngày 22-8-2022", "gazette"),
    ("CÔNG BÁO/Số 695 + 696/Ngày 22-8-2022 9", "gazette"),
    ("52 CÔNG BÁO/Số 723 + 724/Ngày 15-9-2022", "gazette"),
    ("CÔNG BÁO/Số 45 + 46/Ngày 12-01-2021", "gazette"),
    ("CÔNG BÁO / Số 45 + 46 / Ngày 12 - 01 - 2021", "gazette"),
    ("CÔNG BÁO/Số 493 + 494/Ngày 16-03-2025", "gazette"),
    ("CÔNG BÁO/Số 293/Ngày 31-05-2026 §1", "gazette"),        # OCR read "81" as "§1"
    ("CÔNG BẢO/Số 293/Ngày 31-05-2026 82", "gazette"),        # OCR read "Á" as "Ả"
    ("CÔNG BÁO TỈNH LÂM ĐỒNG/Số 12/Ngày 15-01-2021", "gazette"),
    ("Công báo/Số 12/Ngày 15-01-2021 3", "gazette"),
    # a digital-signature stamp
    ("Người ký: Cổng Thông tin điện tử Chính phủ", "signer"),
    ("Ký bởi: CÔNG BÁO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "signer"),
    ("Signed by: Văn phòng Chính phủ", "signer"),
    ("Cơ quan: Văn phòng Chính phủ", "signature"),
    ("Email: thongtinchinhphu@chinhphu.vn", "signature"),
    ("Thời gian ký: 12.05.2026 10:32:15 +07:00", "signature"),
    ("Ngày ký: 2026-05-29 15:13:29 +07:00", "signature"),
    # document text is never furniture
    ("Số: 27/2026/NQ-CP", None),
    ("Quyết định này có hiệu lực thi hành sau 15 ngày, kể từ ngày đăng Công báo.", None),
    ("- VPCP: BTCN, các PCN, các Vụ, Cục, đơn vị trực thuộc, Công báo;", None),
    ("Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;", None),
    ("Nguyễn Văn Thắng", None),
    ("Hà Nội, ngày 14 tháng 5 năm 2026", None),
]


@pytest.mark.parametrize(("line", "kind"), KINDS)
def test_furniture_kind(line, kind):
    assert furniture_kind(line) == kind


@pytest.mark.parametrize(("raw", "expected", "headers"), [
    # text exported from a gazette PDF page by page: the header and the page number under it leave
    # the text, the sentence the page break cut joins again, and the header closes the text
    ("Nghị quyết này có hiệu lực thi hành từ ngày 20 tháng 7 năm 2026,\n\n"
     "CÔNG BÁO/Số 293/Ngày 31-05-2026\n82\n\n"
     "trừ quy định tại khoản 2 Điều này.",
     "Nghị quyết này có hiệu lực thi hành từ ngày 20 tháng 7 năm 2026, trừ quy định tại khoản 2 Điều này.",
     ["CÔNG BÁO/Số 293/Ngày 31-05-2026"]),
    ("8 CÔNG BÁO/Số 695 + 696/Ngày 22-8-2022\nỦY BAN THƯỜNG VỤ QUỐC HỘI",
     "ỦY BAN THƯỜNG VỤ QUỐC HỘI", ["8 CÔNG BÁO/Số 695 + 696/Ngày 22-8-2022"]),
    # a number under the header that is content stays: "15 xã" is no page number
    ("CÔNG BÁO/Số 12/Ngày 15-01-2021 3\n15 xã đạt chuẩn nông thôn mới.",
     "15 xã đạt chuẩn nông thôn mới.", ["CÔNG BÁO/Số 12/Ngày 15-01-2021 3"]),
    # an even page's number stands above its header: it goes too when a header of the document has the
    # next or the previous page's number under it (realworld6 392: "26 công việc" was read as a count)
    ("CÔNG BÁO/Số 97 + 98/Ngày 25-01-2023 \n25 \nngười sử dụng lao động phải tổng hợp các chức danh nghề, \n\n \n26 "
     "\nCÔNG BÁO/Số 97 + 98/Ngày 25-01-2023 \n  \ncông việc đề nghị bồi dưỡng.",
     "người sử dụng lao động phải tổng hợp các chức danh nghề, công việc đề nghị bồi dưỡng.",
     ["CÔNG BÁO/Số 97 + 98/Ngày 25-01-2023", "CÔNG BÁO/Số 97 + 98/Ngày 25-01-2023"]),
    # ... but a bare number above a header with no page number beside it is content
    ("Tổng số xã:\n15\nCÔNG BÁO/Số 12/Ngày 15-01-2021\nxã đạt chuẩn.", "Tổng số xã:\n15 xã đạt chuẩn.",
     ["CÔNG BÁO/Số 12/Ngày 15-01-2021"]),
    ("kể từ ngày đăng Công báo.", "kể từ ngày đăng Công báo.", []),
    # a signature stamp that a text exported from a signed PDF keeps, at its top or inside a
    # sentence a page cut, leaves the text and closes it with the headers (its date still counts)
    ("Ký bởi: CÔNG BÁO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCơ quan: VĂN PHÒNG CHÍNH PHỦ\n"
     "Ngày ký: 2026-05-21 08:05:34 +07:00\n\nCHÍNH PHỦ\nSố: 122/NQ-CP",
     "CHÍNH PHỦ\nSố: 122/NQ-CP",
     ["Ký bởi: CÔNG BÁO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Cơ quan: VĂN PHÒNG CHÍNH PHỦ",
      "Ngày ký: 2026-05-21 08:05:34 +07:00"]),
    ("Thông tư số 09/2021/TT-BKHĐT của Bộ trưởng Bộ \nNgười ký: CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ\n"
     "Email: thongtinchinhphu@chinhphu.vn\nThời gian ký: 27.06.2024 15:23:44 +07:00\n\n"
     "CÔNG BÁO/Số 743 + 744/Ngày 24-6-2024\n93\n\nkế hoạch và đầu tư hướng dẫn lựa chọn nhà đầu tư.",
     "Thông tư số 09/2021/TT-BKHĐT của Bộ trưởng Bộ kế hoạch và đầu tư hướng dẫn lựa chọn nhà đầu tư.",
     ["Người ký: CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ", "Email: thongtinchinhphu@chinhphu.vn",
      "Thời gian ký: 27.06.2024 15:23:44 +07:00", "CÔNG BÁO/Số 743 + 744/Ngày 24-6-2024"]),
    # ... but a line that only looks like a stamp's, with no signer line over it, is content
    ("Cơ quan: Sở Tư pháp tỉnh Lâm Đồng\nĐịa chỉ: số 2 Trần Hưng Đạo",
     "Cơ quan: Sở Tư pháp tỉnh Lâm Đồng\nĐịa chỉ: số 2 Trần Hưng Đạo", []),
    # page markers and their page numbers go for good
    ("Điều 1. Phạm vi\n===== Trang 2 =====\n2\nĐiều 2. Đối tượng", "Điều 1. Phạm vi\nĐiều 2. Đối tượng", []),
])
def test_gazette_headers_leave_the_text_and_close_it(raw, expected, headers):
    doc = normalize(RawDocument("x.txt", "txt", raw, "0"))
    at = furniture_tail(doc.text)
    assert doc.text[:at].rstrip("\n") == expected
    assert doc.text[at:].splitlines() == headers
    for line in headers:   # each header maps back to where it stood in the source
        k = doc.text.index(line)
        assert raw[doc.offsets.to_source(k):doc.offsets.to_source(k) + len(line)] == line


def test_gazette_header_dates_count_but_make_no_sentence_or_section(tmp_path):
    """The gold counts the dates of page headers ("zone": "page_header"): they stay text, after the
    document, out of its sentences, passages and sections."""
    from vanban.pipeline.analyze import analyze
    raw = ("CÔNG BÁO/Số 242/Ngày 22-04-2026\n14\nCHÍNH PHỦ\nSố: 132/2026/NĐ-CP\n"
           "Hà Nội, ngày 06 tháng 4 năm 2026\nNGHỊ ĐỊNH\nSửa đổi Nghị định số 41/2018/NĐ-CP\n"
           "Điều 1. Sửa đổi khoản 2 Điều 3 như sau: các tổ chức\nCÔNG BÁO/Số 242/Ngày 22-04-2026\n15\n"
           "phải công khai thông tin.\nĐiều 2. Hiệu lực thi hành\nNghị định này có hiệu lực từ ngày ký.\n")
    (tmp_path / "nd.txt").write_text(raw, encoding="utf-8")
    doc = analyze(tmp_path / "nd.txt")
    at = furniture_tail(doc.text)
    assert [d.value for d in doc.dates if d.start >= at] == ["2026-04-22", "2026-04-22"]
    assert all(s.end <= at for s in doc.sentences) and all(s.end <= at for s in doc.sections)
    assert "các tổ chức phải công khai thông tin." in doc.text
    assert (doc.metadata.number, doc.metadata.date) == ("132/2026/NĐ-CP", "2026-04-06")


def test_gazette_header_is_not_the_documents_number():
    # OCR'd text of a gazette page: the header comes first, the document's own "Số:" after
    text = ("CÔNG BÁO/Số 271/Ngày 12-05-2026 86\nCHÍNH PHỦ\nSố: 27/2026/NQ-CP\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHà Nội, ngày 14 tháng 5 năm 2026\nNGHỊ QUYẾT\n"
            "Về việc kết thúc hoạt động và giải thể Quỹ Hỗ trợ Phụ nữ nghèo\nĐiều 1. Phạm vi điều chỉnh")
    doc = structure(normalize(RawDocument("x.txt", "txt", text, "0")))
    assert (doc.metadata.number, doc.metadata.date) == ("27/2026/NQ-CP", "2026-05-14")
    # and even when the header reaches structure (a spelling the table does not know yet)
    odd = text.replace("CÔNG BÁO/", "C0NG BA0/")
    doc = structure(Document(path="x", sha256="", format="txt", text=odd, source_text=odd))
    assert doc.metadata.number == "27/2026/NQ-CP"


LINES = st.sampled_from([
    "CÔNG BÁO/Số 271/Ngày 12-05-2026 86", "86", "15 xã đạt chuẩn", "", "   ",
    "Người ký: Văn phòng Chính phủ", "Cơ quan: Văn phòng Chính phủ", "BÁO/Số", "Công báo/Số 1/",
    "Căn cứ Nghị định số 57/2026/NĐ-CP;", "===== Trang 2 =====", "2", "kể từ ngày đăng Công báo.",
]) | st.text(alphabet="CÔNGBÁO/Số 0123456789-+Ngày\t", max_size=40)


@settings(max_examples=300, deadline=None)
@given(st.lists(LINES, max_size=30).map("\n".join))
def test_page_furniture_spans_are_whole_lines(text):
    from vanban.pipeline.read.furniture import page_furniture
    spans = page_furniture(text)
    starts = {0} | {i + 1 for i, c in enumerate(text) if c == "\n"}
    for (a, b), nxt in zip(spans, [*spans[1:], (len(text) + 1, 0)]):
        assert a in starts and (b == len(text) or text[b] == "\n") and b < nxt[0]
    normalize(RawDocument("x.txt", "txt", text or " ", "0"))  # never fails on it


def test_docstring_examples_run():
    import doctest

    import vanban.pipeline.read.furniture
    assert doctest.testmod(vanban.pipeline.read.furniture).failed == 0
