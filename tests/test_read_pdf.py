"""Reading PDF: column-aware headers, paragraphs rebuilt, running headers gone, pages kept, OCR."""
from __future__ import annotations

import re
import shutil
from collections import Counter
from pathlib import Path

import pytest
from fpdf import FPDF

from vanban.pipeline.errors import OCRUnavailable
from vanban.pipeline.normalize import normalize
from vanban.pipeline.read import read_document
from tests.conftest import needs_shared


def vietnamese_font() -> str:
    path = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    if path.exists():
        return str(path)
    import matplotlib
    return str(Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf")


def new_pdf(header: str | None = None, page_numbers: bool = False) -> FPDF:
    class Pdf(FPDF):
        def header(self):
            if header:
                self.set_font("dejavu", size=9)
                self.cell(0, 6, header, align="C", new_x="LMARGIN", new_y="NEXT")
                self.ln(4)

        def footer(self):
            if page_numbers:
                self.set_y(-15)
                self.set_font("dejavu", size=9)
                self.cell(0, 10, str(self.page_no()), align="C")

    pdf = Pdf(format="A4")
    pdf.add_font("dejavu", "", vietnamese_font())
    pdf.set_font("dejavu", size=12)
    pdf.set_auto_page_break(True, margin=20)
    return pdf


def test_two_column_header_is_read_column_by_column(tmp_path):
    pdf = new_pdf()
    pdf.add_page()
    left, right = 15, 110
    for y, l_text, r_text in [
        (20, "ĐẢNG BỘ TỈNH LÂM ĐỒNG", "ĐẢNG CỘNG SẢN VIỆT NAM"),
        (27, "HUYỆN ỦY BẢO LÂM", None),
        (34, "*", None),
        (41, "Số 123-BC/HU", "Bảo Lâm, ngày 25 tháng 3 năm 2022"),
    ]:
        pdf.text(left, y, l_text)
        if r_text:
            pdf.text(right, y, r_text)
    pdf.set_xy(15, 55)
    pdf.cell(0, 8, "BÁO CÁO", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 7, "Tổng kết 10 năm thực hiện Nghị quyết số 20-NQ/TW, ngày 01/11/2012 của Ban "
                         "Chấp hành Trung ương Đảng (khóa XI) về phát triển khoa học và công nghệ.")
    path = tmp_path / "header.pdf"
    pdf.output(str(path))

    lines = read_document(path).text.split("\n")
    assert lines[:6] == [
        "ĐẢNG BỘ TỈNH LÂM ĐỒNG", "HUYỆN ỦY BẢO LÂM", "*", "Số 123-BC/HU",
        "ĐẢNG CỘNG SẢN VIỆT NAM", "Bảo Lâm, ngày 25 tháng 3 năm 2022",
    ]
    assert lines[6] == "BÁO CÁO"
    assert lines[7].startswith("Tổng kết 10 năm") and lines[7].endswith("khoa học và công nghệ.")


def test_centred_title_over_two_lines_is_one_line(tmp_path):
    pdf = new_pdf()
    pdf.add_page()
    pdf.cell(0, 8, "BÁO CÁO", align="C", new_x="LMARGIN", new_y="NEXT")
    title = ("Sơ kết 5 năm thực hiện Chương trình hành động số 35-CTr/HU của Huyện ủy về thực hiện "
             "Nghị quyết số 20-NQ/TW của Ban Chấp hành Trung ương Đảng (khóa XI)")
    pdf.multi_cell(0, 7, title, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.multi_cell(0, 7, "Thực hiện Hướng dẫn của Ban Tuyên giáo Tỉnh ủy, Huyện ủy báo cáo như sau:")
    path = tmp_path / "title.pdf"
    pdf.output(str(path))
    assert read_document(path).text.split("\n") == [
        "BÁO CÁO", title, "Thực hiện Hướng dẫn của Ban Tuyên giáo Tỉnh ủy, Huyện ủy báo cáo như sau:"]


PARAGRAPH = (
    "Huyện ủy Bảo Lâm ban hành chương trình hành động thực hiện Nghị quyết số 20-NQ/TW của Ban "
    "Chấp hành Trung ương Đảng về phát triển khoa học và công nghệ phục vụ sự nghiệp công nghiệp "
    "hóa, hiện đại hóa trong điều kiện kinh tế thị trường định hướng xã hội chủ nghĩa và hội nhập "
    "quốc tế; các cấp ủy, tổ chức đảng đã quán triệt sâu rộng đến cán bộ, đảng viên và nhân dân."
)


@pytest.fixture(scope="module")
def long_pdf(tmp_path_factory) -> tuple[Path, list[str]]:
    """Three-plus pages, a running header and page numbers, paragraphs that wrap over lines
    and over page breaks."""
    pdf = new_pdf(header="HUYỆN ỦY BẢO LÂM - Báo cáo số 123-BC/HU", page_numbers=True)
    pdf.add_page()
    paragraphs = []
    for i in range(1, 13):
        heading = f"{i}. Nhiệm vụ thứ {i}"
        body = f"Đoạn {i}: " + PARAGRAPH
        pdf.multi_cell(0, 7, heading, new_x="LMARGIN", new_y="NEXT")
        pdf.multi_cell(0, 7, body, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
        paragraphs += [heading, body]
    path = tmp_path_factory.mktemp("pdf") / "dai.pdf"
    pdf.output(str(path))
    return path, paragraphs


def test_paragraphs_are_rebuilt_across_lines_and_pages(long_pdf):
    path, paragraphs = long_pdf
    raw = read_document(path)
    assert len(raw.pages) >= 3
    assert raw.text.split("\n") == paragraphs


def test_running_header_and_page_numbers_are_removed_but_pages_kept(long_pdf):
    path, paragraphs = long_pdf
    doc = normalize(read_document(path))
    assert "Báo cáo số 123-BC/HU" not in doc.text
    assert not any(re.fullmatch(r"\d+", line) for line in doc.text.split("\n"))
    # each paragraph's source page is where pdfplumber finds its first words
    import pdfplumber
    with pdfplumber.open(str(path)) as pdf:
        page_texts = [" ".join((p.extract_text() or "").split()) for p in pdf.pages]
    for para in paragraphs[::5]:
        pos = doc.text.index(para)
        page = doc.source_position(pos).page
        assert para[:40] in page_texts[page - 1]
    assert doc.source_position(len(doc.text) - 1).page == len(page_texts)


def test_pdf_table_rows(tmp_path):
    pdf = new_pdf()
    pdf.add_page()
    pdf.multi_cell(0, 7, "Kết quả thực hiện các chỉ tiêu:", new_x="LMARGIN", new_y="NEXT")
    with pdf.table(first_row_as_headings=False) as table:
        for row in [("Chỉ tiêu", "Năm 2012", "Năm 2022"), ("Số đề tài khoa học", "3", "17"),
                    ("Số mô hình ứng dụng", "5", "42")]:
            cells = table.row()
            for cell in row:
                cells.cell(cell)
    pdf.multi_cell(0, 7, "Các chỉ tiêu đều đạt và vượt kế hoạch.", new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "bang.pdf"
    pdf.output(str(path))
    raw = read_document(path)
    lines = raw.text.split("\n")
    assert lines == ["Kết quả thực hiện các chỉ tiêu:", "Chỉ tiêu | Năm 2012 | Năm 2022",
                     "Số đề tài khoa học | 3 | 17", "Số mô hình ứng dụng | 5 | 42",
                     "Các chỉ tiêu đều đạt và vượt kế hoạch."]
    assert [raw.text[b.start:b.end] for b in raw.blocks if b.kind == "table_row"] == lines[1:4]


@needs_shared
def test_cong_bao_pdf(shared_dir):
    raw = read_document(shared_dir / "docs" / "014_nq24_2022_ubtvqh15.pdf")
    lines = raw.text.split("\n")
    # header column by column: issuing body and number on the left, motto on the right
    assert lines[:4] == ["ỦY BAN THƯỜNG VỤ QUỐC HỘI", "Nghị quyết số: 24/2022/UBTVQH15",
                         "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
    # the Công báo running headers leave the pages and close the text, one a line (their dates
    # count); the page map says where page 2 starts
    from vanban.pipeline.read.furniture import furniture_tail
    body = raw.text[:furniture_tail(raw.text)]
    assert "CÔNG BÁO" not in body
    assert raw.text[len(body):].splitlines() == ["8 CÔNG BÁO/Số 695 + 696/Ngày 22-8-2022",
                                                 "CÔNG BÁO/Số 695 + 696/Ngày 22-8-2022 9"]
    assert len(raw.pages) == 2 and raw.text[raw.pages[1]:].startswith("Điều 2. Tổ chức thực hiện")
    # a sentence wrapped over two lines is one line again
    assert ("Căn cứ Luật Tổ chức Quốc hội số 57/2014/QH13 đã được sửa đổi, bổ sung một số điều "
            "theo Luật số 65/2020/QH14;") in lines
    # no word split or glued inside its diacritics: the words are exactly pdfplumber's words,
    # less the running headers
    gold = (shared_dir / "gold" / "014_nq24_2022_ubtvqh15.pdf_text.txt").read_text(encoding="utf-8")
    gold_words = Counter(w for line in gold.splitlines() if "CÔNG BÁO" not in line for w in line.split())
    ours = Counter(body.split())
    assert ours - gold_words == Counter()
    assert sum((gold_words - ours).values()) <= 1  # the signature's footnote mark "Huệ2"


def _image_only_pdf(tmp_path: Path) -> Path:
    from PIL import Image, ImageDraw, ImageFont
    font = ImageFont.truetype(vietnamese_font(), 44)
    image = Image.new("L", (1654, 700), 255)
    draw = ImageDraw.Draw(image)
    for i, line in enumerate(["QUYẾT ĐỊNH", "Về việc thành lập Hội đồng khoa học",
                              "Ủy ban nhân dân tỉnh Lâm Đồng"]):
        draw.text((120, 80 + i * 110), line, font=font, fill=0)
    png = tmp_path / "scan.png"
    image.save(png)
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.image(str(png), x=0, y=0, w=210)
    path = tmp_path / "scan.pdf"
    pdf.output(str(path))
    return path


def test_pdf_without_text_layer_and_no_tesseract(tmp_path, monkeypatch):
    path = _image_only_pdf(tmp_path)
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(OCRUnavailable) as err:
        read_document(path)
    assert "install Tesseract" in str(err.value) and "tesseract-ocr-vie" in str(err.value)


@pytest.mark.skipif(shutil.which("tesseract") is None,
                    reason="tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-vie)")
def test_pdf_without_text_layer_is_ocred(tmp_path):
    from vanban.pipeline.read.ocr import tesseract_languages
    if "vie" not in tesseract_languages():
        pytest.skip("tesseract has no Vietnamese data (apt-get install tesseract-ocr-vie)")
    raw = read_document(_image_only_pdf(tmp_path))
    assert raw.ocr is True and raw.pages == (0,)
    text = normalize(raw).text
    assert "QUYẾT ĐỊNH" in text
    assert "Ủy ban nhân dân tỉnh Lâm Đồng" in text


def test_article_heading_atop_each_page_is_not_a_running_header(tmp_path):
    pdf = new_pdf(page_numbers=True)
    for n in (1, 2, 3):
        pdf.add_page()
        pdf.multi_cell(0, 7, f"Điều {n}.", new_x="LMARGIN", new_y="NEXT")
        pdf.multi_cell(0, 7, "Quyết định này có hiệu lực kể từ ngày ký ban hành.", new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "dieu.pdf"
    pdf.output(str(path))
    raw = read_document(path)
    assert raw.text.split("\n") == [line for n in (1, 2, 3) for line in
                                    (f"Điều {n}.", "Quyết định này có hiệu lực kể từ ngày ký ban hành.")]
    assert [raw.text[s:s + 7] for s in raw.pages] == ["Điều 1.", "Điều 2.", "Điều 3."]


def test_pdf_text_in_a_tcvn3_font_is_decoded(tmp_path):
    # old PDFs printed from .VnTime documents carry no Unicode map: "HuyÖn ñy B¶o L©m"
    from fontTools.ttLib import TTFont

    from vanban.pipeline.read.legacy import encode
    font = TTFont(vietnamese_font())
    for record in font["name"].names:
        if record.nameID in (1, 3, 4, 6, 16):
            record.string = "VnTime" if record.nameID == 6 else ".VnTime"
    font.save(tmp_path / "VnTime.ttf")
    pdf = new_pdf()
    pdf.add_font("vntime", "", str(tmp_path / "VnTime.ttf"))
    pdf.add_page()
    pdf.cell(0, 8, "Số 35-CTr/HU", new_x="LMARGIN", new_y="NEXT")  # Unicode font
    line = "Huyện ủy Bảo Lâm ban hành chương trình hành động thực hiện nghị quyết."
    pdf.set_font("vntime", size=12)
    pdf.cell(0, 8, encode(line, "tcvn3").decode("cp1252"), new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(tmp_path / "vntime.pdf"))
    assert read_document(tmp_path / "vntime.pdf").text.split("\n") == ["Số 35-CTr/HU", line]


@pytest.mark.skipif(shutil.which("tesseract") is None,
                    reason="tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-vie)")
def test_scanned_page_inside_a_text_pdf_is_ocred(tmp_path):
    from vanban.pipeline.read.ocr import can_ocr
    if not can_ocr():
        pytest.skip("tesseract has no Vietnamese data (apt-get install tesseract-ocr-vie)")
    scan = _image_only_pdf(tmp_path)
    pdf = new_pdf()
    pdf.add_page()
    pdf.multi_cell(0, 7, "Trang một có lớp chữ: Huyện ủy Bảo Lâm báo cáo kết quả.")
    pdf.add_page()
    pdf.image(str(tmp_path / "scan.png"), x=0, y=0, w=210)
    path = tmp_path / "mixed.pdf"
    pdf.output(str(path))
    assert scan.exists()
    raw = read_document(path)
    assert raw.ocr is True and len(raw.pages) == 2
    assert raw.text.startswith("Trang một có lớp chữ")
    assert "Ủy ban nhân dân tỉnh Lâm Đồng" in raw.text[raw.pages[1]:]


def test_signature_block_is_read_column_by_column(tmp_path):
    pdf = new_pdf()
    pdf.add_page()
    closing = ("Trên đây là báo cáo kết quả thực hiện Nghị quyết số 20-NQ/TW của Huyện ủy Bảo Lâm, "
               "đề nghị Ban Tuyên giáo Tỉnh ủy tổng hợp.")  # its last line is short
    pdf.multi_cell(0, 7, closing)
    left = ["Nơi nhận:", "- Ban Tuyên giáo Tỉnh ủy (b/c);", "- Thường trực Huyện ủy;",
            "- Các tổ chức cơ sở Đảng;", "- Lưu Văn phòng Huyện ủy."]
    right = ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"]
    top = pdf.get_y() + 8  # right under the closing paragraph
    for i, line in enumerate(left):
        pdf.text(15, top + 6 * i, line)
    for i, line in enumerate(right):
        pdf.text(125, top + 6 * i, line)
    pdf.text(135, top + 6 * 5, "K' Linh")  # below the space left for the signature
    path = tmp_path / "ky.pdf"
    pdf.output(str(path))
    lines = read_document(path).text.split("\n")
    assert lines == [closing] + left + right + ["K' Linh"]


def test_header_drawn_as_a_ruled_table_is_read_column_by_column(tmp_path):
    pdf = new_pdf()
    pdf.add_page()
    with pdf.table(first_row_as_headings=False) as table:
        for left, right in [("ĐẢNG BỘ TỈNH LÂM ĐỒNG\nHUYỆN ỦY BẢO LÂM", "ĐẢNG CỘNG SẢN VIỆT NAM"),
                            ("Số 123-BC/HU", "Bảo Lâm, ngày 25 tháng 3 năm 2022")]:
            row = table.row()
            row.cell(left)
            row.cell(right)
    pdf.ln(4)
    pdf.cell(0, 8, "BÁO CÁO", align="C", new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "bang_dau.pdf"
    pdf.output(str(path))
    assert read_document(path).text.split("\n") == [
        "ĐẢNG BỘ TỈNH LÂM ĐỒNG", "HUYỆN ỦY BẢO LÂM", "Số 123-BC/HU",
        "ĐẢNG CỘNG SẢN VIỆT NAM", "Bảo Lâm, ngày 25 tháng 3 năm 2022", "BÁO CÁO"]
