"""Documents: the list, one document (its JSON, its page with everything found in it marked,
its summary) and its relations to other documents."""
from __future__ import annotations

import re

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import HTMLResponse

from vanban.pipeline.lineage import relation_label
from vanban.pipeline.messages import N_, tr
from vanban.web import models as M
from vanban.web.highlight import Mark, render_marked
from vanban.web.pages import PART_TITLES, cite_url, doc_url, file_name, page, vn_number
from vanban.web.params import DOC_ID
from vanban.web.reader import StoreReader, load_document, reader
from vanban.web.shape import finding_model, no_paths, public_json, validity_model

router = APIRouter()


@router.get("/api/documents", response_model=list[M.DocumentRow], summary="List stored documents", tags=["api"])
def api_documents(st: StoreReader = Depends(reader)):
    """Every stored document (no text)."""
    conn = st.connect()
    try:
        return [M.DocumentRow(id=d.id, name=file_name(d.path), format=d.format, doc_type=d.doc_type,
                              issuer=d.issuer, number=d.number, date=d.date, year=d.year,
                              title=d.title) for d in st.documents(conn)]
    finally:
        conn.close()


@router.get("/api/document/{doc_id}", response_model=M.DocumentJson, summary="One document (extract JSON)",
            tags=["api"], responses={404: {"model": M.ErrorModel}})
def api_document(doc_id: int = PathParam(..., **DOC_ID), st: StoreReader = Depends(reader)):
    """One stored document: the ``document_json`` contract of ``vanban extract --json``."""
    conn = st.connect()
    try:
        return public_json(load_document(conn, doc_id), doc_id)
    finally:
        conn.close()


@router.get("/api/summary/{doc_id}", response_model=M.SummaryModel, summary="Structured summary", tags=["api"],
            responses={404: {"model": M.ErrorModel}})
def api_summary(doc_id: int = PathParam(..., **DOC_ID), st: StoreReader = Depends(reader)):
    """The structured summary of one stored document (every item a span of its text)."""
    from vanban.pipeline.summarize import summary_json
    conn = st.connect()
    try:
        doc = load_document(conn, doc_id)
        data = summary_json(st.summary(conn, doc_id, doc))
    finally:
        conn.close()
    data["path"] = file_name(data["path"])
    return {**data, "id": doc_id}


@router.get("/doc/{doc_id}", response_class=HTMLResponse, include_in_schema=False)
def doc_page(request: Request, doc_id: int = PathParam(..., **DOC_ID),
             hl: str | None = Query(None, max_length=40), st: StoreReader = Depends(reader)):
    from vanban.pipeline.text import loose_number_key
    conn = st.connect()
    try:
        doc = load_document(conn, doc_id)
        summary = st.summary(conn, doc_id, doc)
        by_number = st.doc_by_number(conn)
        findings = [f for f in st.findings(conn) if f.citing_document == doc.path]
        rel = relations_data(st, conn, doc_id)
    finally:
        conn.close()

    def cite_href(c) -> str | None:
        if not c.number:
            return None
        target = by_number.get(loose_number_key(c.number))
        return doc_url(target) if target is not None and target != doc_id else cite_url(c.number)

    span = _parse_hl(hl, len(doc.text))
    body = render_marked(doc.text, document_marks(
        doc, cite_href, span, [finding_model(f, {}) for f in findings]))
    parts = [(p, getattr(summary, p)) for p in ("figures", "achievements", "limitations",
                                                "causes", "directives")]
    counts = {"cit": len(doc.citations), "date": len(doc.dates), "qty": len(doc.quantities),
              "dir": len(doc.directives)}
    return page(request, "doc.html", title=doc.metadata.title or file_name(doc.path), doc=doc,
                doc_id=doc_id, filename=file_name(doc.path), body=body, summary=summary, parts=parts,
                part_titles=PART_TITLES, counts=counts, hl=span, findings=findings, rel=rel,
                cited=[(c, by_number.get(loose_number_key(c.number)) if c.number else None)
                       for c in summary.citations])


# --- relations -----------------------------------------------------------------------------

def relations_data(st: StoreReader, conn, doc_id: int) -> M.RelationsResponse:
    from vanban.pipeline.lineage import relations_of
    docs, reg = st.relation_facts(conn)
    ids = st.id_by_path(conn)
    path = next((d.path for d in st.documents(conn) if d.id == doc_id), None)
    me = next((d for d in docs if d.path == path), None)
    if me is None:
        raise HTTPException(404, f"no document {doc_id}")
    r = relations_of(me, docs, reg)

    def link(x) -> M.RelationLinkModel:
        return M.RelationLinkModel(number=x.number, relation=x.relation, mentions=x.mentions,
                                   doc_id=ids.get(x.path) if x.path else None, title=x.title,
                                   date=x.date, pinpoints=list(x.pinpoints),
                                   source=x.source if x.source == "text" else no_paths(x.source))
    return M.RelationsResponse(id=doc_id, number=r.number, status=validity_model(r.status),
                               outgoing=[link(x) for x in r.outgoing],
                               incoming=[link(x) for x in r.incoming])


@router.get("/api/relations/{doc_id}", response_model=M.RelationsResponse,
            summary="One document's relations and status", tags=["api"], responses={404: {"model": M.ErrorModel}})
def api_relations(doc_id: int = PathParam(..., **DOC_ID), st: StoreReader = Depends(reader)):
    """What a stored document does to the documents it cites (basis, implements, amends,
    replaces, repeals ...), what the others (and the registry) say they do to it, and whether
    it is in force."""
    conn = st.connect()
    try:
        return relations_data(st, conn, doc_id)
    finally:
        conn.close()


# --- what the document page marks ----------------------------------------------------------

def _parse_hl(hl: str | None, n: int) -> tuple[int, int] | None:
    m = re.fullmatch(r"(\d{1,9})-(\d{1,9})", hl or "")
    if not m:
        return None
    a, b = int(m.group(1)), int(m.group(2))
    if not 0 <= a < b <= n:
        return None
    return a, b


def _citation_title(c) -> str:
    parts = [c.type or tr("Document"), c.number or tr("(no number)")]
    if getattr(c, "relation", "mentions") != "mentions":
        parts.append(relation_label(c.relation))
    if getattr(c, "pinpoint", None) is not None:
        p = c.pinpoint
        parts.append(" ".join(x for x in (f"Điều {p.article}" if p.article else "",
                                          f"khoản {p.clause}" if p.clause else "",
                                          f"điểm {p.point}" if p.point else "") if x))
    if c.date:
        parts.append(tr("dated {date}", date=c.date) + ("" if c.date_valid else " (" + tr("invalid date") + ")"))
    if c.issuing_body:
        parts.append(c.issuing_body)
    if c.term:
        parts.append(c.term)
    if c.short:
        parts.append(tr("short reference"))
    return " · ".join(parts)


def _quantity_title(q) -> str:
    v = vn_number(q.value) + (f"–{vn_number(q.value_max)}" if q.value_max is not None else "")
    parts = [f"{q.qualifier} {v}".strip() if q.qualifier else v]
    if q.unit:
        parts[0] += f" {q.unit}"
    if q.kind:
        parts.append(q.kind)
    if q.ambiguous:
        parts.append(tr("uncertain"))
    return " · ".join(parts)


def _directive_title(d) -> str:
    parts = [f"{d.role}/{d.status}"]
    for label, v in ((N_("who acts"), d.actor), (N_("action"), d.action), (N_("deadline"), d.deadline)):
        if v:
            parts.append(f"{tr(label)}: {v}")
    return " · ".join(parts)


def document_marks(doc, cite_href, hl: tuple[int, int] | None, findings=()) -> list[Mark]:
    marks = []
    for f in findings:
        marks.append(Mark(f.start, f.end, f"finding {f.severity}", rank=0,
                          title=f"{tr(f.severity)} · {f.check}: {f.explanation}"))
    if hl:
        marks.append(Mark(hl[0], hl[1], "hl-passage", title=tr("The passage found"), id="hl", rank=-10))
    for s in doc.sections:
        marks.append(Mark(s.start, max(s.heading_end, s.start + 1), f"heading h{min(s.level, 3)}",
                          id=f"sec-{s.id}", rank=-5))
    for d in doc.directives:
        marks.append(Mark(d.start, d.end, f"dir dir-{d.role}", title=_directive_title(d), rank=1))
    for c in doc.citations:
        marks.append(Mark(c.start, c.end, "cit", title=_citation_title(c), href=cite_href(c), rank=2))
    for d in doc.dates:
        marks.append(Mark(d.start, d.end, "date" + ("" if d.valid else " invalid"),
                          title=f"{d.value} ({d.precision})" + ("" if d.valid else " — " + tr("invalid")),
                          rank=3))
    for q in doc.quantities:
        marks.append(Mark(q.start, q.end, "qty", title=_quantity_title(q), rank=4))
    return marks
