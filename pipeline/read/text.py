"""Plain text and Markdown: find the encoding, decode to NFC Unicode.

UTF-8 (with or without BOM) and UTF-16 (BOM, or the telltale NUL bytes) first; otherwise the
legacy Vietnamese encodings (TCVN3, VNI, Windows-1258), each decoding scored by how
Vietnamese it looks, the best one kept.
"""
from __future__ import annotations

import codecs
import unicodedata

from vanban.pipeline.errors import UnreadableDocument
from vanban.pipeline.read.legacy import LEGACY, decode, vietnamese_score

MIN_SCORE = 0.6  # below this share of well-formed syllables no decoding is trusted
STRAY_NULS = 1 / 10_000  # a PDF's lost glyphs (check boxes) leave a few NULs in good UTF-8 text


def decode_text(data: bytes, path: str = "") -> tuple[str, str]:
    """Return ``(text, encoding)`` for the bytes of a text file, or raise ``UnreadableDocument``.

    >>> decode_text("Quyết định".encode("utf-8"))
    ('Quyết định', 'utf-8')
    """
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8", path), "utf-8"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", path), "utf-16"
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _strict(data, utf16, path), utf16
    if data.lstrip()[:5] == b"{\\rtf":
        raise UnreadableDocument(path, "RTF document, not plain text (save it as .docx)")
    if _binary(data):
        raise UnreadableDocument(path, "binary data, not text")
    try:
        text = data.decode("utf-8").replace("\x00", " ")
    except UnicodeDecodeError:
        text = None
    if text is not None:
        legacy = repair_legacy(text)
        return (legacy, "utf-8") if legacy else (unicodedata.normalize("NFC", text), "utf-8")
    damaged = data.decode("utf-8", errors="replace")
    if damaged.count("\ufffd") <= max(3, len(damaged) // 1000) and vietnamese_score(damaged) >= MIN_SCORE:
        return unicodedata.normalize("NFC", damaged), "utf-8"  # a few bad bytes in a UTF-8 file
    best, best_score = None, -1.0
    for encoding in LEGACY:
        try:
            candidate = decode(data, encoding)
        except UnicodeDecodeError:
            continue
        score = vietnamese_score(candidate)
        if score > best_score:
            best, best_score = (candidate, encoding), score
    if (best is None or best_score < MIN_SCORE) and sum(b > 0x7F for b in data) < 0.01 * len(data):
        return data.decode("cp1252", errors="replace"), "cp1252"  # English-like text with a stray symbol
    if best is None or best_score < MIN_SCORE:
        raise UnreadableDocument(path, "undecodable text: not UTF-8, UTF-16, TCVN3, VNI or Windows-1258")
    return best


def _binary(data: bytes) -> bool:
    """NUL bytes or control characters beyond the few a pasted PDF text leaves; a text that holds
    a handful of NULs (no more than ``STRAY_NULS`` of its bytes, at most 8 under 80 KB) and decodes
    as UTF-8 is text whose check boxes were lost."""
    nuls = data.count(0)
    if nuls and (nuls > max(8, len(data) * STRAY_NULS) or not _is_utf8(data)):
        return True
    return _control_share(data) > 0.02


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _strict(data: bytes, encoding: str, path: str) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as err:
        raise UnreadableDocument(path, f"invalid {encoding.upper()} at byte {err.start}") from None
    return unicodedata.normalize("NFC", text.lstrip("\ufeff"))


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a BOM shows as a NUL in every other byte of mostly-ASCII text."""
    sample = data[:4000]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even = sample[0::2].count(0) / (len(sample) / 2)
    odd = sample[1::2].count(0) / (len(sample) / 2)
    if odd > 0.3 and even < 0.05:
        return "utf-16-le"
    if even > 0.3 and odd < 0.05:
        return "utf-16-be"
    return None


def _control_share(data: bytes) -> float:
    sample = data[:8000]
    controls = sum(1 for b in sample if b < 0x20 and b not in (9, 10, 12, 13, 27))
    return controls / max(len(sample), 1)


def legacy_bytes(text: str) -> bytes | None:
    """The 8-bit bytes behind text that a legacy font showed as Windows-1252 / Latin-1
    characters ("Qu¶ng" -> b"Qu\\xb6ng"); ``None`` if some character has no such byte."""
    out = bytearray()
    for ch in text:
        if ord(ch) < 0x100:
            out.append(ord(ch))
            continue
        try:
            out += ch.encode("cp1252")
        except UnicodeEncodeError:
            return None
    return bytes(out)


def repair_legacy(text: str, encodings: tuple[str, ...] = ("tcvn3", "vni")) -> str | None:
    """TCVN3 or VNI text that went through a Latin-1 -> Unicode conversion ("Qu¶ng Ninh"),
    decoded; ``None`` when the text is fine as it is or no decoding makes it Vietnamese."""
    if text.isascii():
        return None
    data = legacy_bytes(text)
    if data is None or vietnamese_score(text) >= MIN_SCORE:
        return None
    scored = [(vietnamese_score(t), t) for t in (decode(data, e) for e in encodings)]
    score, best = max(scored)
    return best if score >= MIN_SCORE else None
