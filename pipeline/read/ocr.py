"""OCR with Tesseract (``-l vie``): a PDF page rendered at up to 300 dpi, read into words with
their boxes in PDF points, so that the PDF reader lays OCR'd words out exactly as it lays out
a text layer's (columns, paragraphs rejoined, running headers dropped, a text-layer line that
the scan also shows kept once).

Bounded cost: a page renders at ``RESOLUTION`` dpi, less when its long side would pass
``MAX_SIDE_PIXELS``; Tesseract gets ``PAGE_TIMEOUT_S`` per page; a document OCRs at most
``max_pages()`` pages (``VANBAN_OCR_MAX_PAGES``, default 100), more is a clear error.
"""
from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
import tempfile
import unicodedata
from pathlib import Path

from vanban.pipeline.errors import OCRUnavailable

RESOLUTION = 300
MAX_SIDE_PIXELS = 4200        # A4 at 300 dpi is 2480 x 3508 pixels
PAGE_TIMEOUT_S = 120          # a dense A4 page takes 5-10 s on one core
MIN_LINE_CONFIDENCE = 45      # a line Tesseract is this unsure of is a stamp, a photo or noise
INSTALL = "apt-get install tesseract-ocr tesseract-ocr-vie"


def max_pages() -> int:
    """How many pages one document may OCR (``VANBAN_OCR_MAX_PAGES``, default 100)."""
    try:
        return max(1, int(os.environ.get("VANBAN_OCR_MAX_PAGES", "100")))
    except ValueError:
        return 100


def tesseract_languages() -> set[str]:
    """Languages the installed Tesseract knows; empty when there is no ``tesseract``."""
    exe = shutil.which("tesseract")
    if not exe:
        return set()
    out = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30)
    return {ln.strip() for ln in (out.stdout + out.stderr).splitlines()[1:] if ln.strip()}


def can_ocr() -> bool:
    """Tesseract with Vietnamese data is installed."""
    return "vie" in tesseract_languages()


def require_ocr(path: str, need: str, what: str = "it") -> None:
    """Raise ``OCRUnavailable`` naming the file, what needs OCR and how to install it, unless
    Tesseract with Vietnamese is installed. ``need``: "PDF has no text layer", ...; ``what``:
    "it" or "them", as the reason reads."""
    langs = tesseract_languages()
    if not langs:
        raise OCRUnavailable(path, f"{need}; install Tesseract to OCR {what}: {INSTALL}")
    if "vie" not in langs:
        raise OCRUnavailable(path, f"{need} and Tesseract has no Vietnamese data: apt-get install tesseract-ocr-vie")


def page_resolution(width: float, height: float, resolution: int = RESOLUTION) -> int:
    """The dpi a page of ``width`` x ``height`` points renders at: ``resolution``, lowered so
    that the long side stays within ``MAX_SIDE_PIXELS`` (a poster-sized page costs no more)."""
    longest = max(width, height, 1.0) / 72.0
    return max(72, min(resolution, int(MAX_SIDE_PIXELS / longest)))


def page_image(page, dpi: int):
    """One pdfplumber ``page`` rendered in grey at ``dpi``: its content and annotations, never its
    form fields (a digital signature's widget, "Ký bởi: CÔNG BÁO ...", is no text of the page;
    pdfplumber 0.11.11's ``to_image`` draws form fields, 0.11.10's did not, so the page is rendered
    here with pdfium as before)."""
    import pypdfium2
    pdf = page.pdf
    if getattr(pdf, "path", None):
        src = pdf.path
    else:
        pdf.stream.seek(0)
        src = pdf.stream
    doc = pypdfium2.PdfDocument(src, password=getattr(pdf, "password", None))
    try:
        bitmap = doc[page.page_number - 1].render(scale=dpi / 72, no_smoothtext=True, no_smoothpath=True,
                                                  no_smoothimage=True, prefer_bgrx=True)
        return bitmap.to_pil().convert("RGB").convert("L")
    finally:
        doc.close()


def ocr_words(page, resolution: int = RESOLUTION) -> list[dict]:
    """The words Tesseract reads on one pdfplumber ``page``, as pdfplumber-style word dicts in
    PDF points: ``text``, ``x0``, ``x1``, ``top``, ``bottom`` (those of the word's line, so a
    line's words share one baseline), ``line`` (Tesseract's block, paragraph, line) and
    ``conf``. Lines Tesseract is unsure of (mean confidence under ``MIN_LINE_CONFIDENCE``) are
    left out. Raises ``RuntimeError`` or ``subprocess.TimeoutExpired`` when Tesseract fails."""
    dpi = page_resolution(float(page.width), float(page.height), resolution)
    with tempfile.TemporaryDirectory() as tmp:
        image = Path(tmp) / "page.png"
        page_image(page, dpi).save(image)
        done = subprocess.run(["tesseract", str(image), "stdout", "-l", "vie", "--psm", "3", "tsv"],
                              capture_output=True, text=True, timeout=PAGE_TIMEOUT_S)
    if done.returncode != 0:
        raise RuntimeError((done.stderr.strip().splitlines() or ["tesseract error"])[-1])
    return _words_from_tsv(done.stdout, 72.0 / dpi)


def _words_from_tsv(tsv: str, scale: float) -> list[dict]:
    """Tesseract's TSV (level 4 rows are lines, level 5 rows words) into word dicts."""
    lines: dict[tuple[int, int, int], tuple[float, float]] = {}
    words: dict[tuple[int, int, int], list[dict]] = {}
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        try:
            level = int(row["level"])
            key = (int(row["block_num"]), int(row["par_num"]), int(row["line_num"]))
            left, top, width, height = (float(row[k]) for k in ("left", "top", "width", "height"))
            conf = float(row["conf"])
        except (KeyError, TypeError, ValueError):
            continue
        if level == 4:
            lines[key] = (top * scale, (top + height) * scale)
        text = unicodedata.normalize("NFC", (row.get("text") or "").strip())
        if level == 5 and text and conf >= 0:
            words.setdefault(key, []).append({"text": text, "x0": left * scale, "x1": (left + width) * scale,
                                              "top": top * scale, "bottom": (top + height) * scale,
                                              "line": key, "conf": conf})
    out = []
    for key, row in words.items():
        if sum(w["conf"] for w in row) / len(row) < MIN_LINE_CONFIDENCE or key not in lines:
            continue
        top, bottom = lines[key]
        for w in row:
            w["top"], w["bottom"] = top, bottom
        out += row
    return out
