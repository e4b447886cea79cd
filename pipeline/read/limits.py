"""Checks made before a reader expands a file, so that a hostile or absurd file is refused in
milliseconds instead of filling memory: the file's size, a DOCX package's inflated size and
compression ratio, XML parts that declare a DOCTYPE (entity bombs, "billion laughs"), a PDF's
page count.

Each check raises ``RefusedDocument`` with one line that says what was measured, the limit and
what to do about it; nothing here reads more than a few kilobytes of a file's content.

>>> check_size("bao_cao.txt", 36_200_000, max_mb=25)  # doctest: +SKIP
RefusedDocument: bao_cao.txt: file too large (36.2 MB > 25 MB limit; raise --max-file-mb)
"""
from __future__ import annotations

import re
import zipfile
from pathlib import Path

from vanban.pipeline.errors import RefusedDocument

MB = 1_000_000

# A legitimate report of 10 MB of text must pass; a 36 MB one-line dump must not.
MAX_FILE_MB = 25.0

# DOCX is a ZIP of XML parts, and python-docx loads every part into memory. Word's own parts
# compress 5-40:1; a decompression bomb reaches deflate's ceiling of about 1000:1.
MAX_DOCX_PARTS = 10_000
MAX_DOCX_INFLATED_MB = 150.0      # all parts together, as declared in the ZIP's directory
MAX_DOCX_RATIO = 100              # inflated / compressed size of one part ...
DOCX_RATIO_FLOOR_MB = 10.0        # ... checked for parts that inflate beyond this
# How far into an XML part the prolog (declaration, comments) may reach before the root element.
MAX_XML_PROLOG_BYTES = 1 << 20

# pdfplumber builds every page's objects; a legitimate 10 MB report is about 3,500 pages.
MAX_PDF_PAGES = 5_000


def check_size(path: str | Path, size: int, max_mb: float = MAX_FILE_MB) -> None:
    """Refuse a file of ``size`` bytes above ``max_mb`` megabytes (10^6 bytes)."""
    if max_mb and size > max_mb * MB:
        raise RefusedDocument(str(path), f"file too large ({size / MB:.1f} MB > {max_mb:g} MB "
                                         f"limit; raise --max-file-mb)")


def check_docx_package(path: str | Path, archive: zipfile.ZipFile) -> None:
    """Refuse a DOCX whose parts would inflate too far, or whose XML declares a DOCTYPE.

    Sizes come from the ZIP's central directory; ``zipfile`` never inflates a part beyond its
    declared size (it fails the CRC instead), so a part cannot lie its way past this check.
    """
    parts = archive.infolist()
    if len(parts) > MAX_DOCX_PARTS:
        raise RefusedDocument(str(path), f"DOCX has {len(parts):,} parts (limit {MAX_DOCX_PARTS:,}); "
                                         "refused as a possible ZIP bomb")
    inflated = sum(p.file_size for p in parts)
    if inflated > MAX_DOCX_INFLATED_MB * MB:
        raise RefusedDocument(str(path), f"DOCX inflates to {inflated / MB:.1f} MB (limit "
                                         f"{MAX_DOCX_INFLATED_MB:g} MB); refused as a possible ZIP bomb")
    for p in parts:
        if p.file_size > DOCX_RATIO_FLOOR_MB * MB and p.file_size > MAX_DOCX_RATIO * max(p.compress_size, 1):
            ratio = p.file_size / max(p.compress_size, 1)
            raise RefusedDocument(str(path), f"DOCX part {p.filename} inflates {ratio:,.0f}:1 to "
                                             f"{p.file_size / MB:.1f} MB (limit {MAX_DOCX_RATIO}:1); "
                                             "refused as a possible ZIP bomb")
    for p in parts:
        if p.filename.lower().endswith((".xml", ".rels")) and _declares_doctype(path, archive, p):
            raise RefusedDocument(str(path), f"DOCX part {p.filename} declares a DOCTYPE (XML "
                                             "entities); refused, Word never writes one")


_PROLOG_ITEM = re.compile(r"\s*(?:<\?.*?\?>|<!--.*?-->)", re.S)


def _declares_doctype(path: str | Path, archive: zipfile.ZipFile, part: zipfile.ZipInfo) -> bool:
    """True when the part's prolog (before its root element) holds ``<!DOCTYPE``, where entity
    declarations live; reads no more than the prolog, at most ``MAX_XML_PROLOG_BYTES``."""
    data = b""
    with archive.open(part) as f:
        while len(data) < MAX_XML_PROLOG_BYTES:
            chunk = f.read(16384)
            data += chunk
            text = _prolog_text(data)
            pos = 0
            while (m := _PROLOG_ITEM.match(text, pos)) and m.end() > pos:
                pos = m.end()
            rest = text[pos:].lstrip()
            if rest.startswith("<!DOCTYPE"):
                return True
            if rest.startswith("<") and len(rest) > 1 and rest[1] not in "?!":
                return False  # the root element: no DOCTYPE can follow
            if not chunk:
                return False  # the part ends inside its prolog: not XML the reader will parse
    raise RefusedDocument(str(path), f"DOCX part {part.filename} has an XML prolog over "
                                     f"{MAX_XML_PROLOG_BYTES:,} bytes; refused")


def _prolog_text(data: bytes) -> str:
    """The bytes as text for the prolog scan: UTF-16 when the part says so, else one char a byte."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff") or data[:2] in (b"<\x00", b"\x00<"):
        codec = "utf-16-be" if data[:2] in (b"\xfe\xff", b"\x00<") else "utf-16-le"
        return data[: len(data) // 2 * 2].decode(codec, errors="replace").lstrip("\ufeff")
    return data.decode("latin-1").removeprefix("\xef\xbb\xbf")


def pdf_page_count(data: bytes) -> int | None:
    """The page count a PDF declares in its page tree, or None when it cannot be read cheaply
    (damaged, encrypted): the reader then fails with its own reason."""
    import io

    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import resolve1

    try:
        document = PDFDocument(PDFParser(io.BytesIO(data)))
        pages = resolve1(document.catalog.get("Pages"))
        count = resolve1(pages.get("Count")) if isinstance(pages, dict) else None
    except Exception:  # pdfminer raises many kinds on a damaged file; the reader reports it
        return None
    return count if isinstance(count, int) else None


def check_pdf(path: str | Path, data: bytes, max_pages: int = MAX_PDF_PAGES) -> None:
    """Refuse a PDF that declares more than ``max_pages`` pages, before pdfplumber builds them."""
    count = pdf_page_count(data)
    if count is not None and count > max_pages:
        raise RefusedDocument(str(path), f"PDF has {count:,} pages (limit {max_pages:,}); refused")
