"""The same report as TXT, DOCX and PDF reads as the same text, sections and sentences.

Tests on the shared corpus skip (through the ``shared_dir`` fixture) where it is absent; the
demo documents of ``corpora/`` are always there."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import docx
import pytest
from fpdf import FPDF

from vanban.pipeline.analyze import analyze
from vanban.pipeline.model import Document
from vanban.pipeline.normalize import normalize
from vanban.pipeline.read import read_document
from tests.conftest import CORPORA

REPORT = "000_baolam_bc_nq20.txt"


def _font() -> str:
    path = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    if path.exists():
        return str(path)
    import matplotlib
    return str(Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf")


def _to_docx(lines: list[str], path: Path) -> Path:
    d = docx.Document()
    for line in lines:
        d.add_paragraph(line)  # headings as plain paragraphs, as most offices type them
    d.save(path)
    return path


def _to_pdf(lines: list[str], path: Path, official: bool = False) -> Path:
    """Each line a paragraph. ``official``: the layout of Nghị định 30/2020 (justified, first-line
    indent, no space between paragraphs, 13 pt, left margin 30 mm); otherwise left-aligned with
    space between paragraphs."""
    class Report(FPDF):
        def footer(self):
            self.set_y(-15)
            self.set_font("dejavu", size=9)
            self.cell(0, 10, str(self.page_no()), align="C")

    pdf = Report(format="A4")
    pdf.add_font("dejavu", "", _font())
    pdf.set_font("dejavu", size=13 if official else 12)
    pdf.set_auto_page_break(True, margin=20)
    if official:
        pdf.set_margins(30, 20, 20)
    pdf.add_page()
    for line in lines:
        if official:
            pdf.multi_cell(0, 6.5, "      " + line, align="J", new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.multi_cell(0, 6.5, line, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
    pdf.output(str(path))
    return path


@pytest.fixture(scope="module")
def documents(shared_dir, tmp_path_factory) -> dict[str, Document]:
    tmp = tmp_path_factory.mktemp("formats")
    txt = normalize(read_document(shared_dir / "docs" / REPORT))
    lines = txt.text.split("\n")
    return {
        "txt": txt,
        "docx": normalize(read_document(_to_docx(lines, tmp / "bao_cao.docx"))),
        "pdf": normalize(read_document(_to_pdf(lines, tmp / "bao_cao.pdf"))),
    }


def _words(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_texts_agree(documents, fmt):
    assert _words(documents[fmt].text) == _words(documents["txt"].text)


@pytest.mark.parametrize("name", ["002_kl07_vptw_2025.txt", "010_qd142_ttg_2008.txt", "017_tb634_vpcp_2025.txt"])
def test_other_shared_documents_keep_their_lines(shared_dir, tmp_path, name):
    # hard-wrapped text, Markdown tables, long lists: the lines a TXT gives come back from DOCX and PDF
    lines = normalize(read_document(shared_dir / "docs" / name)).text.split("\n")
    for converted in (_to_docx(lines, tmp_path / "a.docx"), _to_pdf(lines, tmp_path / "a.pdf")):
        assert normalize(read_document(converted)).text.split("\n") == lines


def test_pdf_keeps_paragraphs(documents):
    # the PDF wraps every long paragraph over several lines and pages; they come back whole
    assert documents["pdf"].text.split("\n") == documents["txt"].text.split("\n")
    assert len(documents["pdf"].pages) >= 4


@pytest.fixture(scope="module")
def analysed(documents):
    structure = pytest.importorskip("vanban.pipeline.structure").structure
    segment = pytest.importorskip("vanban.pipeline.segment").segment
    return {fmt: segment(structure(doc)) for fmt, doc in documents.items()}


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_same_sections(analysed, fmt):
    def sections(doc):
        return [(s.id, _words(s.heading)) for s in doc.sections]
    assert sections(analysed["txt"]), "the report has numbered sections"
    assert sections(analysed[fmt]) == sections(analysed["txt"])


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_same_sentences(analysed, fmt):
    def sentences(doc):
        return [_words(doc.text[s.start:s.end]) for s in doc.sentences]
    assert len(sentences(analysed["txt"])) > 50
    assert sentences(analysed[fmt]) == sentences(analysed["txt"])


@pytest.mark.parametrize("name", [REPORT, "002_kl07_vptw_2025.txt", "017_tb634_vpcp_2025.txt"])
def test_official_layout_pdf_keeps_paragraphs(shared_dir, tmp_path, name):
    # justified lines (wide word gaps are no columns), paragraphs told apart by their indent
    lines = normalize(read_document(shared_dir / "docs" / name)).text.split("\n")
    pdf = _to_pdf(lines, tmp_path / "official.pdf", official=True)
    assert normalize(read_document(pdf)).text.split("\n") == lines


# --- laid out as a printed document: running header, page numbers, lines that wrap anywhere ----

def _to_printed_pdf(lines: list[str], path: Path, layout: str, header: str) -> Path:
    """``layout``: "column" sets the text in a 70 mm column under a running header as wide as
    the page (as in a two-column bulletin), "booklet" on A5 pages in 14 pt; both break lines
    after "Kế hoạch số", inside "ngày 15 tháng 4 năm 2022" and before long numbers."""
    class Printed(FPDF):
        def header(self):
            self.set_font("dejavu", size=8)
            self.cell(0, 5, header, align="C", new_x="LMARGIN", new_y="NEXT")
            self.ln(3)

        def footer(self):
            self.set_y(-12)
            self.set_font("dejavu", size=8)
            self.cell(0, 8, str(self.page_no()), align="C")

    booklet = layout == "booklet"
    pdf = Printed(format=(148, 210) if booklet else "A4")
    pdf.add_font("dejavu", "", _font())
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_margins(15 if booklet else 20, 15, 15)
    pdf.add_page()
    size = 14 if booklet else 11
    pdf.set_font("dejavu", size=size)
    for line in lines:
        pdf.multi_cell(0 if booklet else 70, size * 0.5, line, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    pdf.output(str(path))
    return path


def _agree(source: Path, tmp: Path) -> None:
    """The PDF forms (both layouts) and the DOCX form of ``source`` give its sentences (count
    within 5 %), its citations (number and date) and its dates."""
    txt = analyze(source)
    lines = txt.text.split("\n")
    header = f"{txt.metadata.issuer or ''} - {txt.metadata.number or source.stem}"
    forms = {layout: _to_printed_pdf(lines, tmp / f"{layout}.pdf", layout, header)
             for layout in ("column", "booklet")}
    forms["docx"] = _to_docx(lines, tmp / "form.docx")

    def citations(doc):
        return Counter((c.number, c.date) for c in doc.citations)

    for form, path in forms.items():
        doc = analyze(path)
        assert abs(len(doc.sentences) - len(txt.sentences)) <= 0.05 * len(txt.sentences), \
            (form, len(doc.sentences), len(txt.sentences))
        assert citations(doc) == citations(txt), form
        assert Counter(d.value for d in doc.dates) == Counter(d.value for d in txt.dates), form
        assert doc.metadata.number == txt.metadata.number, form


DEMO = ["2010_nq08_ung_dung_khkt_nong_nghiep_huyen_uy_bao_lam.txt",
        "2013_ctr_hanh_dong_nq20_huyen_uy_bao_lam.txt",
        "2019_kh128_thuc_hien_kl50_tinh_uy_lam_dong.txt",
        "2022_bc_tong_ket_10_nam_nq20_huyen_uy_bao_lam.md",
        "2023_tb512_ket_luan_chuyen_doi_so_huyen_uy_bao_lam.txt"]


@pytest.mark.parametrize("name", DEMO)
def test_printed_forms_of_demo_documents_agree(name, tmp_path):
    _agree(CORPORA / name, tmp_path)


def test_printed_forms_of_the_shared_report_agree(shared_dir, tmp_path):
    # the district report: a line that breaks after "Kế hoạch số" or inside a date used to make
    # a sentence of its own (116 sentences where the text gives 89)
    _agree(shared_dir / "docs" / REPORT, tmp_path)
