"""Read a file into a ``RawDocument``: decoded text, page starts and structural hints.

``read_document(path)`` picks the reader by the file's suffix (.txt, .md, .docx, .pdf). Every
failure is one exception with the file and a short reason: ``UnsupportedFormat`` for other
suffixes, ``UnreadableDocument`` for empty, truncated, encrypted or binary input,
``OCRUnavailable`` for a scanned PDF without Tesseract, ``RefusedDocument`` for a file over a
limit (``pipeline.read.limits``: size, DOCX inflation and DOCTYPE, PDF pages), checked before
the file is expanded.

>>> raw = read_document("corpora/2010_nq08_ung_dung_khkt_nong_nghiep_huyen_uy_bao_lam.txt")  # doctest: +SKIP
>>> raw.encoding, raw.text.splitlines()[0]  # doctest: +SKIP
('utf-8', 'ĐẢNG BỘ TỈNH LÂM ĐỒNG ĐẢNG CỘNG SẢN VIỆT NAM')
"""
from __future__ import annotations

import hashlib
from pathlib import Path

from vanban.pipeline.errors import UnreadableDocument, UnsupportedFormat
from vanban.pipeline.model import RawDocument
from vanban.pipeline.read.limits import MAX_FILE_MB, check_pdf, check_size

# The formats vanban reads, by file suffix: the one list the CLI, the ingest walk and the web
# upload check against.
FORMATS = {".txt": "txt", ".md": "md", ".markdown": "md", ".docx": "docx", ".pdf": "pdf"}
SUPPORTED_SUFFIXES = tuple(FORMATS)
SUPPORTED = ".txt .md .docx .pdf"   # as messages name them (".markdown" is another spelling of .md)


def read_document(path: str | Path, max_mb: float = MAX_FILE_MB) -> RawDocument:
    """Read ``path`` into a ``RawDocument`` (text not yet normalised; ``sha256`` of the bytes).
    A file over ``max_mb`` megabytes is refused before it is read (0: no limit)."""
    path = Path(path)
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise UnsupportedFormat(str(path), f"unsupported file type {path.suffix or '(none)'}; supported: {SUPPORTED}")
    try:
        check_size(path, path.stat().st_size, max_mb)
        data = path.read_bytes()
    except IsADirectoryError:
        raise UnreadableDocument(str(path), "is a directory") from None
    except OSError as err:
        raise UnreadableDocument(str(path), (err.strerror or "cannot read file").lower()) from None
    if not data.strip():
        raise UnreadableDocument(str(path), "empty file")
    sha = hashlib.sha256(data).hexdigest()
    if fmt in ("txt", "md"):
        from vanban.pipeline.read.text import decode_text
        text, encoding = decode_text(data, str(path))
        if not text.strip():
            raise UnreadableDocument(str(path), "empty file")
        # form feeds are page breaks (text exported by pdftotext): keep where pages start
        pages = (0, *(i + 1 for i, c in enumerate(text) if c == "\f")) if "\f" in text else ()
        return RawDocument(path=str(path), format=fmt, text=text, sha256=sha, encoding=encoding,
                           pages=pages)
    if fmt == "docx":
        from vanban.pipeline.read.docx import read_docx
        return read_docx(path, data, sha)
    check_pdf(path, data)
    from vanban.pipeline.read.pdf import read_pdf
    return read_pdf(path, data, sha)


__all__ = ["read_document", "FORMATS", "SUPPORTED", "SUPPORTED_SUFFIXES"]
