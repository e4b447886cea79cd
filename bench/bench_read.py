"""Reading and normalisation: speed, encoding detection accuracy, PDF text fidelity.

Run from the repository root: ``python bench/bench_read.py``.
"""
from __future__ import annotations

import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench._report import SHARED, emit  # noqa: E402
from vanban.pipeline.model import RawDocument  # noqa: E402
from vanban.pipeline.normalize import normalize  # noqa: E402
from vanban.pipeline.read import read_document  # noqa: E402
from vanban.pipeline.read.legacy import encode  # noqa: E402
from vanban.pipeline.read.text import decode_text  # noqa: E402


def best_of(fn, repeat: int = 3, clock=time.perf_counter) -> float:
    times = []
    for _ in range(repeat):
        t = clock()
        fn()
        times.append(clock() - t)
    return min(times)


def main() -> None:
    rows = []
    report = SHARED / "docs" / "000_baolam_bc_nq20.txt"
    if not report.exists():
        print("shared corpus absent: nothing to measure")
        emit("read", [("shared corpus", "absent", "")])
        return
    raw = read_document(report)

    # normalisation speed on ~1 MB of real report text (Markdown, breaks, old tone marks)
    big = RawDocument("big.txt", "txt", (raw.text + "\n\n") * (1_000_000 // len(raw.text) + 1), "0")
    seconds = best_of(lambda: normalize(big))
    rows.append((f"normalize {len(big.text) / 1e6:.2f} M chars (shared report x{len(big.text) // len(raw.text)})",
                 round(seconds, 3), "s"))
    rows.append(("normalize throughput", round(len(big.text) / seconds / 1e6, 2), "M chars/s"))
    cpu = best_of(lambda: normalize(big), clock=time.process_time)
    rows.append(("normalize 1 M chars, CPU time (wall time suffers on a loaded machine)", round(cpu, 3), "s"))

    for name in sorted(p.name for p in (SHARED / "docs").iterdir()):
        path = SHARED / "docs" / name
        seconds = best_of(lambda: normalize(read_document(path)), repeat=2)
        rows.append((f"read+normalize {name}", round(seconds * 1000, 1), "ms"))

    # encoding detection on random snippets of the shared texts, per legacy encoding
    rng = random.Random(20)
    texts = [read_document(p).text for p in sorted((SHARED / "docs").glob("*.txt"))]
    for length in (40, 200):
        for encoding in ("tcvn3", "vni", "cp1258"):
            right = total = 0
            for _ in range(300):
                text = rng.choice(texts)
                start = rng.randrange(0, max(1, len(text) - length))
                snippet = text[start:start + length]
                if encoding == "tcvn3":  # TCVN3 has no toned capitals (written with .VnTimeH)
                    snippet = snippet.lower()
                try:
                    data = encode(snippet, encoding)
                except UnicodeEncodeError:
                    continue
                if snippet.isascii():
                    continue
                total += 1
                try:
                    decoded, found = decode_text(data)
                except Exception:
                    continue
                right += decoded == snippet
            rows.append((f"legacy detection, {length}-char snippets, {encoding}",
                         round(100 * right / max(total, 1), 1), f"% of {total}"))

    # PDF: words equal to pdfplumber's own words (gold text), less running headers
    pdf = SHARED / "docs" / "014_nq24_2022_ubtvqh15.pdf"
    gold = SHARED / "gold" / "014_nq24_2022_ubtvqh15.pdf_text.txt"
    if pdf.exists() and gold.exists():
        ours = Counter(read_document(pdf).text.split())
        theirs = Counter(w for line in gold.read_text(encoding="utf-8").splitlines()
                         if "CÔNG BÁO" not in line for w in line.split())
        common = sum((ours & theirs).values())
        rows.append(("Công báo PDF: words shared with pdfplumber text (headers excluded)",
                     round(100 * common / max(sum(theirs.values()), 1), 2), "%"))

    # PDF and DOCX reading speed on the shared report rendered to 5+ pages
    from fpdf import FPDF
    import docx
    lines = normalize(raw).text.split("\n")
    with tempfile.TemporaryDirectory() as tmp:
        font = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
        if not font.exists():
            import matplotlib
            font = Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"
        doc_pdf = FPDF(format="A4")
        doc_pdf.add_font("dejavu", "", str(font))
        doc_pdf.set_font("dejavu", size=12)
        doc_pdf.add_page()
        for line in lines:
            doc_pdf.multi_cell(0, 6.5, line, new_x="LMARGIN", new_y="NEXT")
        pdf_path = Path(tmp) / "report.pdf"
        doc_pdf.output(str(pdf_path))
        pages = len(read_document(pdf_path).pages)
        seconds = best_of(lambda: read_document(pdf_path), repeat=2)
        rows.append((f"read PDF ({pages} pages)", round(seconds / pages * 1000, 1), "ms/page"))
        cpu = best_of(lambda: read_document(pdf_path), repeat=2, clock=time.process_time)
        rows.append(("read PDF, CPU time", round(cpu / pages * 1000, 1), "ms/page"))
        d = docx.Document()
        for line in lines:
            d.add_paragraph(line)
        docx_path = Path(tmp) / "report.docx"
        d.save(docx_path)
        rows.append(("read DOCX (shared report)", round(best_of(lambda: read_document(docx_path)) * 1000, 1), "ms"))
        rows.append(("read DOCX, CPU time", round(best_of(lambda: read_document(docx_path),
                                                           clock=time.process_time) * 1000, 1), "ms"))

    # OCR (when Tesseract with Vietnamese is installed): a page of the report as a 300 dpi scan
    from vanban.pipeline.read.ocr import can_ocr
    if can_ocr():
        rows += ocr_figures(lines)
    else:
        rows.append(("OCR", "skipped: no tesseract -l vie", ""))

    emit("read", rows)


def ocr_figures(lines: list[str]) -> list[tuple[str, float | str, str]]:
    """Draw the report's text as an image-only PDF page, OCR it, count the words it got right."""
    from difflib import SequenceMatcher

    from fpdf import FPDF
    from PIL import Image, ImageDraw, ImageFont

    font_path = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    if not font_path.exists():
        import matplotlib
        font_path = Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"
    font = ImageFont.truetype(str(font_path), 40)
    image = Image.new("L", (2480, 3508), 255)
    draw = ImageDraw.Draw(image)
    words = " ".join(lines[1:12]).split()
    y, line, truth = 200, "", []
    for word in words:
        if draw.textlength(line + " " + word, font=font) > 2100:
            draw.text((190, y), line, font=font, fill=0)
            truth.append(line)
            y, line = y + 62, word
            if y > 3300:
                break
        else:
            line = (line + " " + word).strip()
    with tempfile.TemporaryDirectory() as tmp:
        png = Path(tmp) / "scan.png"
        image.save(png)
        pdf = FPDF(format="A4")
        pdf.add_page()
        pdf.image(str(png), x=0, y=0, w=210)
        path = Path(tmp) / "scan.pdf"
        pdf.output(str(path))
        t = time.perf_counter()
        doc = normalize(read_document(path))
        seconds = time.perf_counter() - t
    expected = normalize(RawDocument("t.txt", "txt", " ".join(truth), "0")).text.split()
    got = doc.text.split()
    matcher = SequenceMatcher(None, expected, got, autojunk=False)
    right = sum(b.size for b in matcher.get_matching_blocks())
    return [("OCR one A4 page at 300 dpi (tesseract -l vie)", round(seconds, 1), "s"),
            (f"OCR words right ({len(expected)} words, DejaVu Sans 40 px)",
             round(100 * right / max(len(expected), 1), 1), "%")]


if __name__ == "__main__":
    main()
