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


def ocr_pdf(path: Path, pdf, sha256: str, resolution: int = 300) -> RawDocument:
    """OCR every page of an open pdfplumber PDF; ``RawDocument.ocr`` is set."""
    langs = tesseract_languages()
    if not langs:
        raise OCRUnavailable(str(path), INSTALL_HINT)
    if "vie" not in langs:
        raise OCRUnavailable(str(path), "PDF has no text layer and Tesseract has no Vietnamese data: "
                                        "apt-get install tesseract-ocr-vie")
    texts, starts, pos = [], [], 0
    with tempfile.TemporaryDirectory() as tmp:
        for i, page in enumerate(pdf.pages):
            image = Path(tmp) / f"page{i + 1}.png"
            page.to_image(resolution=resolution).original.save(image)
            done = subprocess.run(["tesseract", str(image), "stdout", "-l", "vie", "--psm", "3"],
                                  capture_output=True, text=True, timeout=300)
            if done.returncode != 0:
                raise UnreadableDocument(str(path), f"OCR failed on page {i + 1}: "
                                                    f"{done.stderr.strip().splitlines()[-1:] or 'tesseract error'}")
            text = unicodedata.normalize("NFC", done.stdout.replace("\f", "")).strip()
            starts.append(pos)
            texts.append(text)
            pos += len(text) + 2
    text = "\n\n".join(texts)
    if not text.strip():
        raise UnreadableDocument(str(path), "OCR found no text in the PDF")
    return RawDocument(path=str(path), format="pdf", text=text, sha256=sha256, encoding=None,
                       pages=tuple(starts), ocr=True)
