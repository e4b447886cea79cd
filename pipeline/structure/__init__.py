"""Structure: header metadata and the section tree of a normalised document.

``structure(doc)`` fills ``doc.metadata`` (type, issuer, number, place and date, title, signer,
recipients) and ``doc.sections`` (the numbering tree: Chương > Mục > Điều, or I. > 1. > a) > "-").
The tree is built from the numbering written in the text, never from Markdown or DOCX heading
levels. Word lists (document types, organ names, mottos, issuer codes) live in
``models/structure/``.

>>> from vanban.pipeline.model import Document
>>> text = "BÁO CÁO\\n\\nI. ĐẶC ĐIỂM TÌNH HÌNH\\n\\n1. Thuận lợi\\n\\nHuyện có 14 đơn vị.\\n"
>>> doc = structure(Document(path="x.txt", sha256="", format="txt", text=text, source_text=text))
>>> [(s.id, s.heading) for s in doc.sections]
[('I', 'ĐẶC ĐIỂM TÌNH HÌNH'), ('I.1', 'Thuận lợi')]
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from vanban.pipeline.model import Document, Section
from vanban.pipeline.structure.closing import ClosingZone, closing_zones
from vanban.pipeline.structure.header import extract_metadata
from vanban.pipeline.structure.lines import match_doc_type, organ_name, read_title, split_lines
from vanban.pipeline.structure.sections import build_sections
from vanban.pipeline.structure.tables import HeaderType, doc_types, issuer_codes
from vanban.pipeline.text.labels import roman_value
from vanban.pipeline.text.numbers import canonical_number

__all__ = ["structure", "extract_metadata", "build_sections", "closing_zones", "ClosingZone", "canonical_number",
           "organ_name", "roman_value", "doc_types", "issuer_codes", "HeaderType"]

def _attachments(text: str, zones: list[ClosingZone], body_end: int) -> list[tuple[int, int, HeaderType]]:
    """Documents attached after a signature ("QUY ĐỊNH ... (Ban hành kèm theo Quyết định số
    38/2016/QĐ-UBND)"): (offset of the type line, index of that line, type)."""
    lines = split_lines(text)
    starts = [ln.start for ln in lines]
    out = []
    for z in zones:
        if z.end >= body_end:
            continue
        i = bisect_right(starts, z.end)
        for k in range(i, min(i + 3, len(lines))):
            t = match_doc_type(lines[k].text) if lines[k].text else None
            if t is not None:
                out.append((lines[k].start, k, t))
                break
    return out


def structure(doc: Document) -> Document:
    """Fill ``metadata`` and ``sections``.

    A document attached after the signature (a regulation issued with a decision) becomes one
    top-level section of kind "attachment" (id "Quy định"), its chapters and articles below it.

    >>> doc = structure(normalize(read_document("000_baolam_bc_nq20.txt")))  # doctest: +SKIP
    >>> doc.metadata.issuer, [s.id for s in doc.sections if s.level == 1]  # doctest: +SKIP
    ('Huyện ủy Bảo Lâm', ['I', 'II', 'III', 'IV', 'V'])
    """
    text = doc.text
    meta, body_start, body_end, zones = extract_metadata(doc)
    skip = tuple((z.start, z.end) for z in zones)
    hints = {text.rfind("\n", 0, b.start) + 1: (b.kind, b.level) for b in doc.blocks
             if b.kind in ("heading", "list_item") and 0 <= b.start <= len(text)}
    attached = _attachments(text, zones, body_end)
    bounds = [a[0] for a in attached] + [body_end]
    lines = split_lines(text)
    sections = build_sections(text, body_start, bounds[0], skip=skip, hints=hints, lines=lines)
    taken = {s.id for s in sections}
    for n, (at, line_i, dtype) in enumerate(attached):
        title, last = read_title(lines, line_i, None)
        a_start = lines[last].end + 1
        a_end = bounds[n + 1]
        aid = dtype.name
        while aid in taken:
            aid += "'"
        end = a_end
        while end > at and text[end - 1].isspace():
            end -= 1
        first = len(sections)
        sections.append(Section(id=aid, heading=title or dtype.name, level=1, start=at,
                                end=end, heading_end=lines[last].lstart + len(lines[last].text),
                                kind="attachment", label=dtype.name))
        for s in build_sections(text, a_start, a_end, skip=skip, hints=hints, lines=lines):
            sections.append(replace(s, id=f"{aid}.{s.id}", level=s.level + 1,
                                    parent=f"{aid}.{s.parent}" if s.parent else aid))
        taken.update(s.id for s in sections[first:])
    return replace(doc, metadata=meta, sections=tuple(sections))
