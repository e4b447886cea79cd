"""The first half of the pipeline in one call: file -> analysed ``Document``.

``analyze(path)`` runs read -> normalize -> structure -> segment -> extract. The Prefect flows
call the same steps one by one; the CLI's ``extract`` calls this.
"""
from __future__ import annotations

from dataclasses import asdict, replace
from pathlib import Path

from vanban.pipeline.extract.citations import find_citations, without_own_number
from vanban.pipeline.extract.dates import find_dates
from vanban.pipeline.extract.directives import find_directives
from vanban.pipeline.extract.quantities import find_quantities
from vanban.pipeline.extract.relations import assign_relations
from vanban.pipeline.extract.roles import assign_roles
from vanban.pipeline.model import Document
from vanban.pipeline.normalize import normalize
from vanban.pipeline.read import read_document
from vanban.pipeline.segment import segment
from vanban.pipeline.structure import structure


def extract_all(doc: Document) -> Document:
    """Citations, dates and quantities on the normalised text, then roles and directives, then
    the relation and pinpoint of each citation and the effective date (``extract.relations``)."""
    doc = replace(
        doc,
        citations=tuple(without_own_number(find_citations(doc.text), doc.text, doc.metadata.number,
                                           doc.metadata.date)),
        dates=tuple(find_dates(doc.text)),
        quantities=tuple(find_quantities(doc.text)),
    )
    doc = assign_roles(doc)
    doc = replace(doc, directives=tuple(find_directives(doc)))
    return assign_relations(doc)


def analyze(path: str | Path, *, extract: bool = True) -> Document:
    """Read, normalise, structure, segment and (by default) extract one file.

    >>> doc = analyze("corpora/2013_ctr_hanh_dong_nq20_huyen_uy_bao_lam.txt")
    >>> doc.metadata.issuer, doc.metadata.number
    ('Huyện ủy Bảo Lâm', '35-CTr/HU')
    """
    doc = normalize(read_document(Path(path)))
    doc = segment(structure(doc))
    return extract_all(doc) if extract else doc


def document_json(doc: Document, *, tokens: bool = False) -> dict:
    """The public JSON contract of ``vanban extract --json``."""
    m = doc.metadata
    out = {
        "document": {
            "path": doc.path, "sha256": doc.sha256, "format": doc.format,
            "doc_type": m.doc_type, "issuer": m.issuer, "parent_issuer": m.parent_issuer,
            "number": m.number, "date": m.date, "year": m.year, "place": m.place,
            "title": m.title, "signer": m.signer, "signer_title": m.signer_title,
            "recipients": list(m.recipients), "inferred": list(m.inferred), "ocr": doc.ocr,
            "effective_date": m.effective_date,
        },
        "text": doc.text,
        "sections": [
            {"id": s.id, "heading": s.heading, "level": s.level, "start": s.start, "end": s.end,
             "parent": s.parent, "kind": s.kind, "role": s.role}
            for s in doc.sections
        ],
        "sentences": [
            {"start": s.start, "end": s.end, "section": s.section, "role": s.role,
             **({"tokens": [t.text for t in s.tokens]} if tokens else {})}
            for s in doc.sentences
        ],
        "citations": [asdict(c) for c in doc.citations],
        "dates": [asdict(d) for d in doc.dates],
        "quantities": [asdict(q) for q in doc.quantities],
        "directives": [asdict(d) for d in doc.directives],
    }
    return out
