"""Hostile and oversized files, generated: what users and attackers actually drop into a folder.

Used by ``tests/test_limits.py`` (small sizes) and ``bench/bench_hostile.py`` (full sizes). Every
file is built from real text (a report of the demo corpus) or from a real generated document,
then damaged, inflated or padded; nothing is downloaded. Big files are written in chunks, so
generating a DOCX that inflates to 300 MB needs a few megabytes of memory and ~0.3 MB of disk.

>>> paths = write_hostile_set(Path("/tmp/hostile"), line_mb=36.2, bomb_mb=300)   # doctest: +SKIP
"""
from __future__ import annotations

import io
import random
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REPORT = ROOT / "corpora" / "2022_bc_tong_ket_10_nam_nq20_huyen_uy_bao_lam.md"
PDF = ROOT / "corpora" / "2018_bc_so_ket_5_nam_ctr35_huyen_uy_bao_lam.pdf"
MB = 1_000_000

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def report_text() -> str:
    return REPORT.read_text(encoding="utf-8")


def _docx_parts() -> dict[str, bytes]:
    """The parts of a small real DOCX (python-docx's template with one Vietnamese paragraph)."""
    import docx

    d = docx.Document()
    d.add_paragraph("Huyện ủy Bảo Lâm báo cáo kết quả thực hiện Nghị quyết số 20-NQ/TW.")
    buf = io.BytesIO()
    d.save(buf)
    with zipfile.ZipFile(buf) as z:
        return {name: z.read(name) for name in z.namelist()}


def bomb_docx(path: Path, inflated_mb: float = 300) -> Path:
    """A DOCX that inflates to ``inflated_mb`` MB, nearly all of it word/document.xml: one
    paragraph of a repeated letter, which deflate packs about 1000:1."""
    parts = _docx_parts()
    total = int(inflated_mb * MB) - sum(len(d) for n, d in parts.items() if n != "word/document.xml")
    head = f"<?xml version='1.0' encoding='UTF-8'?><w:document xmlns:w='{_W}'><w:body><w:p><w:r><w:t>".encode()
    tail = b"</w:t></w:r></w:p></w:body></w:document>"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            if name != "word/document.xml":
                z.writestr(name, data)
        with z.open("word/document.xml", "w", force_zip64=True) as f:
            f.write(head)
            left = total - len(head) - len(tail)
            chunk = b"A" * (1 << 20)
            while left > 0:
                f.write(chunk[:left])
                left -= len(chunk)
            f.write(tail)
    return path


def entity_docx(path: Path, levels: int = 10) -> Path:
    """A DOCX whose document.xml declares nested entities ("billion laughs"): ten levels of ten
    references each expand to 10^10 copies of "ha"."""
    decl = ['<!ENTITY ha0 "ha">'] + [
        f'<!ENTITY ha{i} "{f"&ha{i - 1};" * 10}">' for i in range(1, levels)]
    xml = (f'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE w:document [{"".join(decl)}]>\n'
           f'<w:document xmlns:w="{_W}"><w:body><w:p><w:r><w:t>&ha{levels - 1};</w:t></w:r></w:p>'
           '</w:body></w:document>').encode()
    parts = _docx_parts()
    parts["word/document.xml"] = xml
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return path


def empty_docx(path: Path) -> Path:
    path.write_bytes(b"")
    return path


def truncated_pdf(path: Path) -> Path:
    """The demo corpus' real PDF report, cut in half."""
    data = PDF.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def random_bytes(path: Path, size: int = 200_000, seed: int = 13) -> Path:
    path.write_bytes(random.Random(seed).randbytes(size))
    return path


def nul_text(path: Path) -> Path:
    """A real report with NUL bytes between its lines (a text file saved by a broken tool)."""
    data = report_text().encode("utf-8")
    path.write_bytes(data.replace(b"\n", b"\x00\n"))
    return path


def one_line_text(path: Path, mb: float) -> Path:
    """A real report with every line break removed, repeated to ``mb`` MB: one line."""
    line = " ".join(report_text().split()).encode("utf-8") + b" "
    target = int(mb * MB)
    with open(path, "wb") as f:
        written = 0
        while written < target:
            piece = line[: target - written]
            f.write(piece)
            written += len(piece)
    text = path.read_bytes()
    # a cut in the middle of a multi-byte letter would make the file undecodable, not long
    path.write_bytes(text.decode("utf-8", errors="ignore").encode("utf-8"))
    return path


def long_report(path: Path, mb: float) -> Path:
    """A legitimate long report: the real report's header once, then its body repeated (with its
    line breaks) to ``mb`` MB."""
    text = report_text()
    body = text.split("\n", 20)[-1]
    out = [text]
    size = len(text.encode("utf-8"))
    while size < mb * MB:
        out.append(body)
        size += len(body.encode("utf-8")) + 1
    path.write_text("\n".join(out), encoding="utf-8")
    return path


def many_pages_pdf(path: Path, pages: int) -> Path:
    """A real (tiny) PDF of ``pages`` pages, one line each."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("helvetica", size=8)
    for i in range(pages):
        pdf.add_page()
        pdf.cell(text=f"Trang {i + 1}")
    path.write_bytes(bytes(pdf.output()))
    return path


def write_hostile_set(folder: Path, line_mb: float, bomb_mb: float = 300) -> dict[str, Path]:
    """Every hostile file of issue 13 in ``folder``; returns {kind: path}."""
    folder.mkdir(parents=True, exist_ok=True)
    return {
        "truncated_pdf": truncated_pdf(folder / "bao_cao_cat_doi.pdf"),
        "random_pdf": random_bytes(folder / "ngau_nhien.pdf", seed=1),
        "random_txt": random_bytes(folder / "ngau_nhien.txt", seed=2),
        "empty_docx": empty_docx(folder / "rong.docx"),
        "nul_txt": nul_text(folder / "co_nul.txt"),
        "bomb_docx": bomb_docx(folder / "bom_nen.docx", bomb_mb),
        "entity_docx": entity_docx(folder / "thuc_the_long_nhau.docx"),
        "one_line_txt": one_line_text(folder / "mot_dong.txt", line_mb),
    }
