"""Normalise a ``RawDocument`` into a ``Document`` (NFC; more folding to come)."""
from __future__ import annotations

import unicodedata

from pipeline.model import Document, OffsetMap, RawDocument


def normalize(raw: RawDocument) -> Document:
    text = unicodedata.normalize("NFC", raw.text)
    return Document(path=raw.path, sha256=raw.sha256, format=raw.format, text=text,
                    source_text=raw.text, offsets=OffsetMap(), pages=raw.pages,
                    blocks=raw.blocks, ocr=raw.ocr)
