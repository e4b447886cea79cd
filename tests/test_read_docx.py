"""Reading DOCX: paragraphs, headings, list items and tables, in the order a reader sees them."""
from __future__ import annotations

import docx
import pytest

from vanban.pipeline.normalize import normalize
from vanban.pipeline.read import read_document


@pytest.fixture
def report_docx(tmp_path):
    d = docx.Document()
    header = d.add_table(rows=2, cols=2)
    header.cell(0, 0).text = "ĐẢNG BỘ TỈNH LÂM ĐỒNG\nHUYỆN ỦY BẢO LÂM"
    header.cell(0, 1).text = "ĐẢNG CỘNG SẢN VIỆT NAM"
    header.cell(1, 0).text = "Số 123-BC/HU"
    header.cell(1, 1).text = "Bảo Lâm, ngày 25 tháng 3 năm 2022"
    d.add_heading("BÁO CÁO", level=1)
    d.add_paragraph("Tổng kết 10 năm thực hiện Nghị quyết số 20-NQ/TW, ngày 01/11/2012.")
    d.add_heading("I. ĐẶC ĐIỂM TÌNH HÌNH", level=2)
    d.add_paragraph("Huyện Bảo Lâm có 14 đơn vị hành chính gồm 1 thị trấn và 13 xã.")
    table = d.add_table(rows=2, cols=3)
    for i, cell in enumerate(["Chỉ tiêu", "Năm 2012", "Năm 2022"]):
        table.cell(0, i).text = cell
    for i, cell in enumerate(["Số đề tài", "3", "17"]):
        table.cell(1, i).text = cell
    d.add_heading("1. Thuận lợi", level=3)
    d.add_paragraph("Thường trực Huyện ủy;", style="List Bullet")
    d.add_paragraph("Các tổ chức cơ sở Đảng.", style="List Number")
    path = tmp_path / "bao_cao.docx"
    d.save(path)
    return path


def test_docx_reads_in_body_order(report_docx):
    raw = read_document(report_docx)
    lines = raw.text.split("\n")
    assert lines.index("BÁO CÁO") < lines.index("I. ĐẶC ĐIỂM TÌNH HÌNH") \
        < lines.index("Chỉ tiêu | Năm 2012 | Năm 2022") < lines.index("1. Thuận lợi")
    assert "Số đề tài | 3 | 17" in lines
    assert raw.format == "docx" and len(raw.sha256) == 64


def test_docx_blocks(report_docx):
    raw = read_document(report_docx)
    kinds = [(b.kind, raw.text[b.start:b.end], b.level) for b in raw.blocks]
    assert ("heading", "BÁO CÁO", 1) in kinds
    assert ("heading", "I. ĐẶC ĐIỂM TÌNH HÌNH", 2) in kinds
    assert ("heading", "1. Thuận lợi", 3) in kinds
    assert ("list_item", "- Thường trực Huyện ủy;", 0) in kinds  # Word's bullet, rendered
    assert ("list_item", "1. Các tổ chức cơ sở Đảng.", 0) in kinds  # and its automatic number
    assert [k[1] for k in kinds if k[0] == "table_row"] == ["Chỉ tiêu | Năm 2012 | Năm 2022", "Số đề tài | 3 | 17"]


def test_docx_header_table_is_read_column_by_column(report_docx):
    # as in the PDF: the left column (issuer, number) first, then the right (motto, place and date)
    lines = read_document(report_docx).text.split("\n")
    assert lines[:5] == ["ĐẢNG BỘ TỈNH LÂM ĐỒNG", "HUYỆN ỦY BẢO LÂM", "Số 123-BC/HU",
                         "ĐẢNG CỘNG SẢN VIỆT NAM", "Bảo Lâm, ngày 25 tháng 3 năm 2022"]


def test_docx_blocks_survive_normalisation(report_docx):
    doc = normalize(read_document(report_docx))
    headings = [doc.text[b.start:b.end] for b in doc.blocks if b.kind == "heading"]
    assert headings == ["BÁO CÁO", "I. ĐẶC ĐIỂM TÌNH HÌNH", "1. Thuận lợi"]
    rows = [doc.text[b.start:b.end] for b in doc.blocks if b.kind == "table_row"]
    assert "Chỉ tiêu | Năm 2012 | Năm 2022" in rows


def test_docx_old_tone_spelling_is_folded(tmp_path):
    d = docx.Document()
    d.add_paragraph("Công nghiệp hoá, hiện đại hoá; thuỷ lợi – “khoẻ”")
    d.save(tmp_path / "a.docx")
    assert normalize(read_document(tmp_path / "a.docx")).text == 'Công nghiệp hóa, hiện đại hóa; thủy lợi - "khỏe"'


def test_docx_text_boxes_and_content_controls_are_read(tmp_path):
    from docx.oxml import parse_xml
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    v = 'xmlns:v="urn:schemas-microsoft-com:vml"'
    d = docx.Document()
    d.add_paragraph("QUYẾT ĐỊNH")
    body = d.element.body
    box = parse_xml(
        f'<w:p {w} {v}><w:r><w:pict><v:shape><v:textbox><w:txbxContent>'
        '<w:p><w:r><w:t>Số: 142/2008/QĐ-TTg</w:t></w:r></w:p>'
        '</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'
        '<w:r><w:t>Hà Nội, ngày 27 tháng 10 năm 2008</w:t></w:r></w:p>')
    sdt = parse_xml(
        f'<w:sdt {w}><w:sdtContent><w:p><w:r><w:t>Điều 1. Phạm vi điều chỉnh</w:t></w:r></w:p>'
        '</w:sdtContent></w:sdt>')
    body.insert(1, box)
    body.insert(2, sdt)
    d.save(tmp_path / "hop.docx")
    lines = read_document(tmp_path / "hop.docx").text.split("\n")
    assert lines == ["QUYẾT ĐỊNH", "Số: 142/2008/QĐ-TTg", "Hà Nội, ngày 27 tháng 10 năm 2008",
                     "Điều 1. Phạm vi điều chỉnh"]


@pytest.mark.parametrize(("font", "encoding"), [(".VnTime", "tcvn3"), ("VNI-Times", "vni")])
def test_docx_in_legacy_font_is_decoded(tmp_path, font, encoding):
    # old Word files typed with ABC or VNI keyboards: the letters are Latin-1 look-alikes,
    # the font says which table they come from
    from vanban.pipeline.read.legacy import encode
    text = "Huyện ủy Bảo Lâm ban hành chương trình hành động thực hiện nghị quyết."
    d = docx.Document()
    d.add_paragraph("Số 35-CTr/HU")
    run = d.add_paragraph().add_run(encode(text, encoding).decode("cp1252"))
    run.font.name = font
    d.save(tmp_path / "cu.docx")
    assert read_document(tmp_path / "cu.docx").text.split("\n") == ["Số 35-CTr/HU", text]


def test_docx_in_tcvn3_without_font_hint_is_decoded(tmp_path):
    from vanban.pipeline.read.legacy import encode
    text = "Huyện ủy Bảo Lâm ban hành chương trình hành động thực hiện nghị quyết."
    d = docx.Document()
    d.add_paragraph(encode(text, "tcvn3").decode("cp1252"))
    d.save(tmp_path / "abc.docx")
    assert read_document(tmp_path / "abc.docx").text == text


def test_docx_automatic_numbering_is_rendered(tmp_path):
    # offices number headings with Word's outline numbering: "I.", "1.", "a)" are not in the text
    from docx.oxml import parse_xml
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    d = docx.Document()
    numbering = d.part.numbering_part.element
    numbering.insert(0, parse_xml(
        f'<w:abstractNum {w} w:abstractNumId="90">'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>'
        '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/></w:lvl>'
        '</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {w} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))

    def numbered(text: str, level: int, style: str | None = None):
        p = d.add_paragraph(text, style=style)
        p._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr {w}><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>'))

    numbered("ĐẶC ĐIỂM TÌNH HÌNH", 0, "Heading 1")
    numbered("Thuận lợi", 1, "Heading 2")
    numbered("Khó khăn", 1, "Heading 2")
    numbered("về kinh tế;", 2)
    numbered("về xã hội.", 2)
    numbered("KẾT QUẢ THỰC HIỆN", 0, "Heading 1")
    numbered("Công tác tuyên truyền", 1, "Heading 2")
    d.save(tmp_path / "so.docx")
    raw = read_document(tmp_path / "so.docx")
    assert raw.text.split("\n") == ["I. ĐẶC ĐIỂM TÌNH HÌNH", "1. Thuận lợi", "2. Khó khăn", "a) về kinh tế;",
                                     "b) về xã hội.", "II. KẾT QUẢ THỰC HIỆN", "1. Công tác tuyên truyền"]
    assert [(b.kind, b.level) for b in raw.blocks][:3] == [("heading", 1), ("heading", 2), ("heading", 2)]


def test_docx_numbering_with_a_huge_start_stays_short(tmp_path):
    # a hostile or broken numbering definition (start 999,999,999 in roman) must not spell out
    # a million "M"s per paragraph: past 3999 the label is written in digits
    from docx.oxml import parse_xml
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    d = docx.Document()
    numbering = d.part.numbering_part.element
    numbering.insert(0, parse_xml(
        f'<w:abstractNum {w} w:abstractNumId="91">'
        '<w:lvl w:ilvl="0"><w:start w:val="999999999"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>'
        '</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {w} w:numId="91"><w:abstractNumId w:val="91"/></w:num>'))
    for text in ("Mở đầu", "Kết luận"):
        p = d.add_paragraph(text)
        p._p.get_or_add_pPr().append(parse_xml(f'<w:numPr {w}><w:ilvl w:val="0"/><w:numId w:val="91"/></w:numPr>'))
    d.save(tmp_path / "big.docx")
    assert read_document(tmp_path / "big.docx").text.split("\n") == ["999999999. Mở đầu", "1000000000. Kết luận"]
