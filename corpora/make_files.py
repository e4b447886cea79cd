"""Build the demo corpus's DOCX and PDF files from their text sources in ``corpora/src/``.

    python corpora/make_files.py            # writes next to this script
    python corpora/make_files.py OUT_DIR    # writes elsewhere (the tests compare the two)

The sources are ``src/<name>.src`` (UTF-8 text; the suffix keeps ``vanban ingest corpora`` from
taking them as documents beside the files built from them). Markup, one item a line (the same text ends up in the DOCX/PDF, marks removed):

- header lines ``LEFT || RIGHT`` up to a line ``---``: the two-column header of an official
  document (issuing body and number on the left, motto and place/date on the right);
- ``# text`` centred bold line (type line, title); ``## I. ...`` section; ``### 1. ...`` subsection;
- ``- item`` bullet, ``+ item`` second-level bullet; ``| a | b |`` table row (first row is the head);
- after a line ``===``, ``LEFT || RIGHT`` rows: "Nơi nhận" on the left, signature on the right;
- anything else is a body paragraph.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"

# Which source becomes which file format.
TARGETS = {
    "2014_kh87_ung_dung_khcn_nong_nghiep_tinh_uy_lam_dong.src": "docx",
    "2018_bc_so_ket_5_nam_ctr35_huyen_uy_bao_lam.src": "pdf",
}

FONT_DIRS = [
    Path("/usr/share/fonts/truetype/dejavu"),
]
# Fixed timestamp so that regenerated files are byte-stable where the libraries allow it.
STAMP = datetime(2024, 1, 1, tzinfo=timezone.utc)


@dataclass
class Source:
    header: list[tuple[str, str]] = field(default_factory=list)
    body: list[tuple[str, str | list[str]]] = field(default_factory=list)  # (kind, text | cells)
    signature: list[tuple[str, str]] = field(default_factory=list)


def _pair(line: str) -> tuple[str, str]:
    left, _, right = line.partition("||")
    return left.strip(), right.strip()


def parse(text: str) -> Source:
    src = Source()
    part = "header"
    for raw in text.splitlines():
        line = raw.rstrip()
        if line == "---" and part == "header":
            part = "body"
            continue
        if line == "===":
            part = "signature"
            continue
        if part == "header":
            if line:
                src.header.append(_pair(line))
        elif part == "signature":
            if line:
                src.signature.append(_pair(line))
        elif not line.strip():
            continue
        elif line.startswith("### "):
            src.body.append(("h2", line[4:]))
        elif line.startswith("## "):
            src.body.append(("h1", line[3:]))
        elif line.startswith("# "):
            src.body.append(("center", line[2:]))
        elif line.startswith("- "):
            src.body.append(("bullet", line))
        elif line.startswith("+ "):
            src.body.append(("bullet2", line))
        elif line.startswith("|"):
            src.body.append(("row", [c.strip() for c in line.strip().strip("|").split("|")]))
        else:
            src.body.append(("para", line))
    return src


def _font_dir() -> Path:
    for d in FONT_DIRS:
        if (d / "DejaVuSans.ttf").is_file():
            return d
    import matplotlib  # fallback: matplotlib ships DejaVu

    return Path(matplotlib.get_data_path()) / "fonts" / "ttf"


# --- DOCX ----------------------------------------------------------------------------------

def build_docx(src: Source, out: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    doc = Document()
    doc.core_properties.created = STAMP.replace(tzinfo=None)
    doc.core_properties.modified = STAMP.replace(tzinfo=None)
    doc.core_properties.author = "vanban demo corpus"
    doc.styles["Normal"].font.name = "Times New Roman"
    doc.styles["Normal"].font.size = Pt(13)

    def two_columns(rows: list[tuple[str, str]], bold_left: bool) -> None:
        table = doc.add_table(rows=len(rows), cols=2)
        for i, (left, right) in enumerate(rows):
            for j, text in enumerate((left, right)):
                cell = table.cell(i, j)
                p = cell.paragraphs[0]
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER if (j == 1 or not text.startswith("-")) \
                    else WD_ALIGN_PARAGRAPH.LEFT
                run = p.add_run(text)
                run.bold = (j == 1 and text.isupper()) or (bold_left and j == 0 and text.isupper())

    two_columns(src.header, bold_left=True)
    table = None
    for kind, text in src.body:
        if kind != "row":
            table = None
        if kind == "center":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(text).bold = True
        elif kind == "h1":
            doc.add_heading(text, level=1)
        elif kind == "h2":
            doc.add_heading(text, level=2)
        elif kind == "bullet":
            doc.add_paragraph(text[2:], style="List Bullet")
        elif kind == "bullet2":
            doc.add_paragraph(text[2:], style="List Bullet 2")
        elif kind == "row":
            if table is None:
                table = doc.add_table(rows=0, cols=len(text))
                table.style = "Table Grid"
                head = True
            else:
                head = False
            cells = table.add_row().cells
            for cell, value in zip(cells, text):
                cell.paragraphs[0].add_run(value).bold = head
        else:
            doc.add_paragraph(text)
    if src.signature:
        doc.add_paragraph()
        two_columns(src.signature, bold_left=False)
    doc.save(out)
    _freeze_zip(out)


def _freeze_zip(path: Path) -> None:
    """Rewrite the DOCX zip with fixed entry times so that a rebuild gives identical bytes."""
    import zipfile

    with zipfile.ZipFile(path) as z:
        entries = [(info, z.read(info.filename)) for info in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in entries:
            fixed = zipfile.ZipInfo(info.filename, date_time=STAMP.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = info.external_attr
            z.writestr(fixed, data)


# --- PDF -----------------------------------------------------------------------------------

def build_pdf(src: Source, out: Path) -> None:
    from fpdf import FPDF

    class Official(FPDF):
        def footer(self) -> None:
            self.set_y(-15)
            self.set_font("DejaVu", size=9)
            self.cell(0, 10, f"Trang {self.page_no()}/{{nb}}", align="C")

    fonts = _font_dir()
    pdf = Official(format="A4")
    pdf.set_creation_date(STAMP)
    pdf.set_author("vanban demo corpus")
    pdf.set_margins(25, 20, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_font("DejaVu", "", str(fonts / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(fonts / "DejaVuSans-Bold.ttf"))
    pdf.add_font("DejaVu", "I", str(fonts / "DejaVuSans-Oblique.ttf"))
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    left_w, right_w = width * 0.42, width * 0.58

    def two_columns(rows: list[tuple[str, str]], size: float, left_align: str) -> None:
        for left, right in rows:
            pdf.set_font("DejaVu", "B" if left.isupper() else "", size)
            pdf.cell(left_w, 5.5, left, align=left_align if left.startswith("-") else "C")
            italic = right[:1].isupper() and not right.isupper()
            pdf.set_font("DejaVu", "B" if right.isupper() else ("I" if italic else ""), size)
            pdf.cell(right_w, 5.5, right, align="C", new_x="LMARGIN", new_y="NEXT")

    two_columns(src.header, 10.5, "C")
    pdf.ln(6)
    rows: list[list[str]] = []

    def flush_table() -> None:
        if not rows:
            return
        # columns as wide as their longest cell (text never overflows a border), spread to the width
        pdf.set_font("DejaVu", "B", 10)
        need = [max(pdf.get_string_width(r[j]) for r in rows) + 4 for j in range(len(rows[0]))]
        cols = [w * width / sum(need) for w in need]
        for i, cells in enumerate(rows):
            pdf.set_font("DejaVu", "B" if i == 0 else "", 10)
            for col, value in zip(cols, cells):
                pdf.cell(col, 7, value, border=1, align="C")
            pdf.ln(7)
        pdf.ln(2)
        rows.clear()

    for kind, text in src.body:
        if kind == "row":
            rows.append(text)
            continue
        flush_table()
        if kind == "center":
            pdf.set_font("DejaVu", "B", 12 if text.isupper() else 11)
            pdf.multi_cell(width, 6, text, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind in ("h1", "h2"):
            pdf.set_font("DejaVu", "B", 11 if kind == "h1" else 10.5)
            pdf.ln(1)
            pdf.multi_cell(width, 6, text, align="L", new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("DejaVu", "", 10.5)
            indent = {"bullet": 5, "bullet2": 10}.get(kind, 0)
            pdf.set_x(pdf.l_margin + indent)
            pdf.multi_cell(width - indent, 5.5, text, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
    flush_table()
    if src.signature:
        pdf.ln(4)
        two_columns(src.signature, 10, "L")
    pdf.output(str(out))


def build(out_dir: Path = HERE) -> list[Path]:
    """Write every DOCX/PDF of the demo corpus into ``out_dir``; return their paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, fmt in TARGETS.items():
        src = parse((SRC / name).read_text(encoding="utf-8"))
        out = out_dir / (Path(name).stem + "." + fmt)
        (build_docx if fmt == "docx" else build_pdf)(src, out)
        written.append(out)
    return written


if __name__ == "__main__":
    for path in build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE):
        print(path)
