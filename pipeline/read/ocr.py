"""OCR for PDFs without a text layer: Tesseract (``-l vie``) on 300 dpi page images."""
from __future__ import annotations

import shutil
import subprocess
import tempfile
import unicodedata
from pathlib import Path

from pipeline.errors import OCRUnavailable, UnreadableDocument
from pipeline.model import RawDocument

INSTALL_HINT = "PDF has no text layer; install Tesseract to OCR it: apt-get install tesseract-ocr tesseract-ocr-vie"


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


def ocr_page(page, resolution: int = 300) -> str:
    """OCR one pdfplumber page (rendered at ``resolution`` dpi) with ``tesseract -l vie``."""
    with tempfile.TemporaryDirectory() as tmp:
        image = Path(tmp) / "page.png"
        page.to_image(resolution=resolution).original.save(image)
        done = subprocess.run(["tesseract", str(image), "stdout", "-l", "vie", "--psm", "3"],
                              capture_output=True, text=True, timeout=300)
    if done.returncode != 0:
        raise RuntimeError((done.stderr.strip().splitlines() or ["tesseract error"])[-1])
    return unicodedata.normalize("NFC", done.stdout.replace("\f", "")).strip()


def ocr_pdf(path: Path, pdf, sha256: str, resolution: int = 300) -> RawDocument:
    """OCR every page of an open pdfplumber PDF; ``RawDocument.ocr`` is set."""
    langs = tesseract_languages()
    if not langs:
        raise OCRUnavailable(str(path), INSTALL_HINT)
    if "vie" not in langs:
        raise OCRUnavailable(str(path), "PDF has no text layer and Tesseract has no Vietnamese data: "
                                        "apt-get install tesseract-ocr-vie")
    texts, starts, pos = [], [], 0
    for i, page in enumerate(pdf.pages):
        try:
            text = ocr_page(page, resolution)
        except (RuntimeError, subprocess.TimeoutExpired) as err:
            raise UnreadableDocument(str(path), f"OCR failed on page {i + 1}: {err}") from None
        starts.append(pos)
        texts.append(text)
        pos += len(text) + 2
    text = "\n\n".join(texts)
    if not text.strip():
        raise UnreadableDocument(str(path), "OCR found no text in the PDF")
    return RawDocument(path=str(path), format="pdf", text=text, sha256=sha256, encoding=None,
                       pages=tuple(starts), ocr=True)
