"""Scanned PDFs with a thin text layer: signed scans carry a Công báo page header, a
digital-signature stamp or the signer's block as text over the page image. Such pages are
OCR'd; the text layer's own lines are kept once, where they sit; the page furniture goes and the
document's number comes from its own "Số: ..." line.

The OCR tests run Tesseract on two small PDFs (a generated two-page scan and a real two-page
Công báo scan from ``tests/data``); they skip with the reason where Tesseract or its
Vietnamese data is missing."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from fpdf import FPDF

from vanban.pipeline.analyze import analyze
from vanban.pipeline.errors import OCRUnavailable, UnreadableDocument
from vanban.pipeline.read import read_document
from vanban.pipeline.read.furniture import furniture_tail
from tests.test_read_pdf import vietnamese_font

DATA = Path(__file__).parent / "data"
REAL_SCAN = DATA / "congbao_nq27_2026_nq_cp_scan.pdf"


def needs_tesseract():
    if shutil.which("tesseract") is None:
        pytest.skip("tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-vie)")
    from vanban.pipeline.read.ocr import can_ocr
    if not can_ocr():
        pytest.skip("tesseract has no Vietnamese data (apt-get install tesseract-ocr-vie)")


# --- a generated scan -----------------------------------------------------------------------

DPI = 200
A4 = (round(210 / 25.4 * DPI), round(297 / 25.4 * DPI))
HEADER = "CÔNG BÁO/Số 271/Ngày 12-05-2026 {page}"

PAGE_1 = [
    ("columns", "ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("columns", "TỈNH LÂM ĐỒNG", "Độc lập - Tự do - Hạnh phúc"),
    ("columns", "Số: 45/2026/QĐ-UBND", "Lâm Đồng, ngày 04 tháng 5 năm 2026"),
    ("title", "QUYẾT ĐỊNH"),
    ("title", "Về việc ban hành Quy chế quản lý nhiệm vụ khoa học và công nghệ"),
    ("title", "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG"),
    ("para", "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm 2025;"),
    ("para", "Căn cứ Nghị định số 57/2026/NĐ-CP ngày 12 tháng 02 năm 2026 của Chính phủ quy định chi "
             "tiết một số điều của Luật Khoa học, công nghệ và đổi mới sáng tạo;"),
    ("para", "Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ tại Tờ trình số 118/TTr-SKHCN ngày "
             "20 tháng 4 năm 2026."),
    ("title", "QUYẾT ĐỊNH:"),
    ("para", "Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý nhiệm vụ khoa học và công nghệ "
             "cấp tỉnh, thay thế Quyết định số 1245/QĐ-UBND ngày 20 tháng 7 năm 2025 của Ủy ban nhân "
             "dân tỉnh về cùng nội dung."),
]
PAGE_2 = [
    ("para", "Điều 2. Quyết định này có hiệu lực kể từ ngày 15 tháng 5 năm 2026. Sở Khoa học và Công "
             "nghệ chủ trì, phối hợp với Sở Tài chính hướng dẫn các đơn vị lập dự toán kinh phí thực "
             "hiện nhiệm vụ trước ngày 30 tháng 6 năm 2026."),
    ("para", "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở, ban, ngành và Chủ tịch Ủy "
             "ban nhân dân các huyện, thành phố chịu trách nhiệm thi hành Quyết định này."),
    ("right", "TM. ỦY BAN NHÂN DÂN"),
    ("right", "CHỦ TỊCH"),
    ("gap", ""),
    ("right", "Nguyễn Văn An"),
]
STAMP = ["Người ký: Ủy ban nhân dân tỉnh Lâm Đồng", "Cơ quan: Tỉnh Lâm Đồng",
         "Thời gian ký: 12.05.2026 10:32:15 +07:00"]


def _draw_page(blocks, header: str, path: Path) -> dict[str, tuple[int, int]]:
    """Draw a page image at 200 dpi; returns where each right-hand line was drawn (pixels)."""
    from PIL import Image, ImageDraw, ImageFont
    font = ImageFont.truetype(vietnamese_font(), 33)
    small = ImageFont.truetype(vietnamese_font(), 26)
    image = Image.new("L", A4, 255)
    draw = ImageDraw.Draw(image)
    left, right, y, step = 236, A4[0] - 157, 110, 52
    draw.text((left + 330, y), header, font=small, fill=0)
    y += 110
    spots = {}
    for kind, *texts in blocks:
        if kind == "columns":
            draw.text((left, y), texts[0], font=font, fill=0)
            draw.text((right - draw.textlength(texts[1], font=font), y), texts[1], font=font, fill=0)
            y += step
        elif kind == "title":
            y += 12
            draw.text(((left + right - draw.textlength(texts[0], font=font)) / 2, y), texts[0], font=font, fill=0)
            y += step + 12
        elif kind == "right":
            x = right - 120 - draw.textlength(texts[0], font=font) / 2 - 200
            draw.text((x, y), texts[0], font=font, fill=0)
            spots[texts[0]] = (int(x), y)
            y += step
        elif kind == "gap":
            y += 2 * step
        else:  # a paragraph, its first line indented, wrapped to the text width
            line, indent = "", 70
            for word in texts[0].split():
                trial = (line + " " + word).strip()
                if draw.textlength(trial, font=font) > right - left - indent:
                    draw.text((left + indent, y), line, font=font, fill=0)
                    y, line, indent = y + step, word, 0
                else:
                    line = trial
            draw.text((left + indent, y), line, font=font, fill=0)
            y += step + 14
    image.save(path)
    return spots


def make_scan(tmp: Path) -> Path:
    """Two page images under a thin text layer: the gazette header atop each page (drawn in
    the scan too), a digital-signature stamp and the signer's name on the last page."""
    pdf = FPDF(format="A4")
    pdf.add_font("dejavu", "", vietnamese_font())
    pdf.set_auto_page_break(False)
    mm = 25.4 / DPI
    for number, blocks in ((86, PAGE_1), (87, PAGE_2)):
        png = tmp / f"page{number}.png"
        spots = _draw_page(blocks, HEADER.format(page=number), png)
        pdf.add_page()
        pdf.image(str(png), x=0, y=0, w=210, h=297)
        pdf.set_font("dejavu", size=9.4)
        pdf.text((236 + 330) * mm, 110 * mm + 3.2, HEADER.format(page=number))
        if number == 87:
            pdf.set_font("dejavu", size=8)
            for i, line in enumerate(STAMP):
                pdf.text(20, 250 + 4.5 * i, line)
            x, y = spots["Nguyễn Văn An"]  # the signature appearance: the name as text over the scan
            pdf.set_font("dejavu", size=11.9)
            pdf.text(x * mm, y * mm + 4.2, "Nguyễn Văn An")
    path = tmp / "cong_bao_scan.pdf"
    pdf.output(str(path))
    return path


def _known_words() -> set[str]:
    texts = [t for blocks in (PAGE_1, PAGE_2) for _, *parts in blocks for t in parts]
    return {w.strip(".,;:()").casefold() for t in texts for w in t.split() if len(w.strip(".,;:()")) > 1}


@pytest.fixture(scope="module")
def generated_scan(tmp_path_factory) -> Path:
    return make_scan(tmp_path_factory.mktemp("scan"))


@pytest.fixture(scope="module")
def scanned(generated_scan):
    """(the text as read, the analysed document): Tesseract runs once."""
    needs_tesseract()
    doc = analyze(generated_scan)
    return doc.source_text, doc


def test_text_layer_alone_is_thin(generated_scan):
    # what a reader that trusts the text layer would see: the header and the stamp, no content
    import pdfplumber
    with pdfplumber.open(str(generated_scan)) as pdf:
        layer = "\n".join(p.extract_text() or "" for p in pdf.pages)
    assert "CÔNG BÁO" in layer and "Điều 1" not in layer and len(layer) < 300


def test_scan_is_ocred_with_its_full_text(scanned):
    text, doc = scanned
    assert doc.ocr is True and len(doc.pages) == 2
    found = {w.strip(".,;:()").casefold() for w in text.split()}
    known = _known_words()
    assert len(known & found) >= 0.9 * len(known), sorted(known - found)


def test_citations_and_dates_of_the_scan_are_found(scanned):
    _, doc = scanned
    numbers = {c.number for c in doc.citations}
    assert {"72/2025/QH15", "57/2026/NĐ-CP", "1245/QĐ-UBND"} <= numbers
    assert {"2026-02-12", "2025-07-20", "2026-05-15", "2026-06-30"} <= {d.value for d in doc.dates}


def test_gazette_header_is_not_the_number(scanned):
    text, doc = scanned
    assert doc.metadata.number == "45/2026/QĐ-UBND"
    assert doc.metadata.date == "2026-05-04"
    body = text[:furniture_tail(text)]   # the page headers close the text, one a line
    assert "CÔNG BÁO" not in body and "271/Ngày" not in body


def test_no_line_twice_and_the_stamp_is_gone(scanned):
    text, doc = scanned
    lines = [ln for ln in text.split("\n") if ln.strip()]
    assert len(lines) == len(set(lines))
    # the signer's name is in the scan and in the text layer at the same place: kept once
    assert text.count("Nguyễn Văn An") == 1 and doc.metadata.signer == "Nguyễn Văn An"
    assert not any(s.split(":")[0] in text for s in STAMP)


def test_wrapped_lines_of_the_scan_are_one_paragraph(scanned):
    text, _ = scanned
    line = next(ln for ln in text.split("\n") if ln.startswith("Điều 3."))
    assert line.rstrip().endswith("chịu trách nhiệm thi hành Quyết định này.")


def test_scan_without_tesseract_is_a_clear_error(generated_scan, monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(OCRUnavailable) as err:
        read_document(generated_scan)
    message = str(err.value)
    assert message.startswith(str(generated_scan)) and "pages 1-2" in message
    assert "install Tesseract" in message and "tesseract-ocr-vie" in message


def test_ocr_page_limit_is_a_clear_error(generated_scan, monkeypatch):
    monkeypatch.setattr("vanban.pipeline.read.ocr.tesseract_languages", lambda: {"vie", "eng"})
    monkeypatch.setenv("VANBAN_OCR_MAX_PAGES", "1")
    with pytest.raises(UnreadableDocument) as err:
        read_document(generated_scan)
    assert "2 scanned pages" in str(err.value) and "limit of 1" in str(err.value)


def test_page_with_a_picture_and_a_real_text_layer_is_not_ocred(tmp_path, monkeypatch):
    # a report page with a large photo and its text: read from the text layer, Tesseract unneeded
    from PIL import Image
    Image.new("L", (1200, 800), 128).save(tmp_path / "anh.png")
    pdf = FPDF(format="A4")
    pdf.add_font("dejavu", "", vietnamese_font())
    pdf.set_font("dejavu", size=12)
    pdf.add_page()
    pdf.image(str(tmp_path / "anh.png"), x=20, y=20, w=170)
    pdf.set_y(140)
    body = ("Huyện ủy Bảo Lâm tổ chức hội nghị tổng kết 10 năm thực hiện Nghị quyết số 20-NQ/TW ngày "
            "01/11/2012 của Ban Chấp hành Trung ương Đảng về phát triển khoa học và công nghệ. ") * 4
    pdf.multi_cell(0, 7, body.strip())
    path = tmp_path / "anh.pdf"
    pdf.output(str(path))
    monkeypatch.setattr(shutil, "which", lambda name: None)
    raw = read_document(path)
    assert raw.ocr is False and raw.text.startswith("Huyện ủy Bảo Lâm tổ chức hội nghị")


@pytest.mark.parametrize(("size", "dpi"), [
    ((595, 842), 300),      # A4 renders at 300 dpi: 2480 x 3508 pixels
    ((420, 595), 300),      # A5
    ((842, 1191), 253),     # A3: the long side stays within 4,200 pixels
    ((2384, 3370), 89),     # A0 poster
])
def test_ocr_resolution_is_bounded(size, dpi):
    from vanban.pipeline.read.ocr import MAX_SIDE_PIXELS, page_resolution
    assert page_resolution(*size) == dpi
    assert max(size) / 72 * page_resolution(*size) <= MAX_SIDE_PIXELS


def test_unsure_ocr_lines_are_left_out():
    # Tesseract's TSV: a line read with confidence (kept, words on the line's baseline) and a
    # stamp read as noise (left out)
    from vanban.pipeline.read.ocr import _words_from_tsv
    rows = ["level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext",
            "4\t1\t1\t1\t1\t0\t100\t200\t400\t50\t-1\t",
            "5\t1\t1\t1\t1\t1\t100\t205\t150\t40\t95.1\tĐiều",
            "5\t1\t1\t1\t1\t2\t270\t210\t30\t35\t93.0\t1.",
            "4\t1\t2\t1\t1\t0\t900\t900\t300\t80\t-1\t",
            "5\t1\t2\t1\t1\t1\t900\t900\t300\t80\t12.5\tĐ#ẤU",
            "5\t1\t2\t1\t1\t2\t900\t900\t300\t80\tbad\tx"]
    words = _words_from_tsv("\n".join(rows), 72 / 300)
    assert [w["text"] for w in words] == ["Điều", "1."]
    assert {(w["top"], w["bottom"]) for w in words} == {(200 * 72 / 300, 250 * 72 / 300)}


# --- a real Công báo scan -------------------------------------------------------------------

@pytest.fixture(scope="module")
def real_scan():
    needs_tesseract()
    doc = analyze(REAL_SCAN)
    return doc.source_text, doc


def test_real_gazette_scan_is_read_in_full(real_scan):
    text, doc = real_scan
    assert doc.ocr is True and len(doc.pages) == 2
    assert len(text) > 3000  # the text layer alone holds under a hundred characters
    assert doc.metadata.number == "27/2026/NQ-CP" and doc.metadata.date == "2026-05-14"
    assert doc.metadata.signer == "Nguyễn Văn Thắng"
    assert {"63/2025/QH15", "37/2026/NĐ-CP", "57/2026/NĐ-CP"} <= {c.number for c in doc.citations}
    assert {"2026-02-12", "2026-07-20"} <= {d.value for d in doc.dates}


def test_real_gazette_scan_drops_its_furniture(real_scan):
    text, _ = real_scan
    text = text[:furniture_tail(text)]   # the page headers close the text, one a line
    assert "CÔNG BÁO" not in text and "469546" not in text  # header and the foot's id
    lines = [ln for ln in text.split("\n") if ln.strip()]
    assert len(lines) == len(set(lines))
    assert text.count("Nguyễn Văn Thắng") == 1
    # paragraphs of the scan come back whole
    assert any(re.fullmatch(r"Nghị quyết quy định về việc kết thúc hoạt động và giải thể Quỹ Hỗ trợ "
                            r"Phụ nữ nghèo trực thuộc Hội Liên hiệp Phụ nữ Việt Nam\.", ln) for ln in lines)


def test_real_gazette_scan_without_tesseract(monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(OCRUnavailable, match="pages 1-2 are scanned images under a thin text layer"):
        read_document(REAL_SCAN)
