"""Judging extraction on a large real corpus without gold: silver metadata and invariants.

Hand-made gold is costly, so it covers a few dozen documents. Over hundreds of documents two
cheaper checks still catch whole classes of errors:

- **silver labels**: where the source of a document says its number, date, type and issuer (a
  metadata file, an index entry, the file name, a legal site's attribute table), the header
  metadata found by ``structure`` is scored against them (``score_metadata``);
- **invariants** that hold for every document (``check_invariants``): the document's own number
  is never one of its citations, every numbered citation parses into a type and an issuer code,
  every date is a real date, and no figure is a page number, a phone number or an article number.

>>> doc = analyze("tests/realworld/docs/213_tv_nghi-quyet-72-2025-nq-hdnd-....md")  # doctest: +SKIP
>>> score_metadata(doc.metadata, {"number": "72/2025/NQ-HĐND", "type": "Nghị quyết"})  # doctest: +SKIP
{'number': True, 'type': True}
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from vanban.pipeline.evaluate import citation_key
from vanban.pipeline.model import Document, Metadata

METADATA_FIELDS = ("number", "date", "type", "issuer")


def number_key(number: str | None) -> str:
    """A document number compared as the shared scoring rule says (``evaluate.citation_key``)."""
    return citation_key(unicodedata.normalize("NFC", number or ""))


def _text_key(s: str | None) -> str:
    return " ".join(unicodedata.normalize("NFC", s or "").lower().split())


def _issuer_agrees(found: str | None, silver: str) -> bool:
    a, b = _text_key(found), _text_key(silver)
    return bool(a) and (a == b or a in b or b in a)


def score_metadata(meta: Metadata, silver: dict) -> dict[str, bool]:
    """For each field the silver labels give (not null): does the header metadata agree?"""
    found = {"number": meta.number, "date": meta.date, "type": meta.doc_type, "issuer": meta.issuer}
    out = {}
    for field in METADATA_FIELDS:
        want = silver.get(field)
        if not want:
            continue
        got = found[field]
        if field == "number":
            out[field] = number_key(got) == number_key(want)
        elif field == "issuer":
            out[field] = _issuer_agrees(got, want)
        elif field == "type":
            out[field] = _text_key(got) == _text_key(want)
        else:
            out[field] = got == want
    return out


@dataclass(frozen=True, slots=True)
class Violation:
    """One broken invariant: which, where (offsets into ``Document.text``), what was found."""
    invariant: str
    start: int
    end: int
    text: str


# What stands just before a number that is a page, an article or a phone number, not a figure.
_NOT_A_FIGURE_BEFORE = re.compile(
    r"(?:\b(?:Điều|điều|khoản|Khoản|điểm|Điểm|Trang|trang|tr\.|Chương|chương|Mục|mục|Phụ lục|phụ lục"
    r"|Điện thoại|điện thoại|ĐT|Đt|SĐT|Fax|fax|Hotline|hotline|Tel|tel|số điện thoại))\s*[:.]?\s*$")
_PHONE = re.compile(r"^\(?0\d{2,3}\)?[\s.-]?\d{3,4}[\s.-]?\d{3,4}$|^0\d{8,10}$|^\+84")


def _figure_violation(doc: Document, q) -> str | None:
    before = doc.text[max(0, q.start - 24):q.start]
    if _NOT_A_FIGURE_BEFORE.search(before):
        return "figure_is_reference_number"
    digits = q.text.split()[0] if q.text.split() else ""
    if _PHONE.match(q.text.strip()) or _PHONE.match(digits):
        return "figure_is_phone_number"
    return None


def check_invariants(doc: Document, own_numbers: tuple[str | None, ...] = ()) -> list[Violation]:
    """Every broken invariant in one analysed document. ``own_numbers`` adds numbers known to be the
    document's own (e.g. the source's label) to the one its header gives."""
    own = {number_key(n) for n in (doc.metadata.number, *own_numbers) if n}
    out: list[Violation] = []
    for c in doc.citations:
        if c.number and number_key(c.number) in own:
            out.append(Violation("own_number_cited", c.start, c.end, c.text))
        if c.number and (not c.type_code or not c.issuer_code):
            out.append(Violation("citation_number_unparsed", c.start, c.end, c.number))
        if c.date and not c.date_valid:
            out.append(Violation("citation_date_invalid", c.start, c.end, c.text))
    for d in doc.dates:
        if not d.valid:
            out.append(Violation("date_invalid", d.start, d.end, d.text))
    for q in doc.quantities:
        kind = _figure_violation(doc, q)
        if kind:
            out.append(Violation(kind, q.start, q.end, q.text))
    return out
