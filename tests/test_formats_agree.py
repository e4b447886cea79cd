"""The same report as TXT, DOCX and PDF reads as the same text, sections and sentences."""
from __future__ import annotations

from pathlib import Path

import docx
import pytest
from fpdf import FPDF

from pipeline.model import Document
from pipeline.normalize import normalize
from pipeline.read import read_document
from tests.conftest import needs_shared

pytestmark = needs_shared

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
    structure = pytest.importorskip("pipeline.structure").structure
    segment = pytest.importorskip("pipeline.segment").segment
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
