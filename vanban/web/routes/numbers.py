"""Document numbers: a number's lineage (what implemented, guided, amended or replaced it) and
who cites it ("20-NQ/TW": registry facts, every citing passage over time, findings)."""
from __future__ import annotations

import re
import sqlite3
from collections import defaultdict

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse
from markupsafe import Markup

from vanban.pipeline import store as store_mod
from vanban.pipeline.messages import tr
from vanban.web import models as M
from vanban.web.highlight import Mark, render_marked
from vanban.web.pages import doc_url, file_name, page, timeline_svg, year_of
from vanban.web.params import MAX_NUMBER
from vanban.web.reader import StoreReader, reader
from vanban.web.shape import finding_model, validity_model

router = APIRouter()


def _number_or_422(number: str) -> str:
    if len(number) > MAX_NUMBER:
        raise HTTPException(422, "number too long")
    return number


# --- lineage -------------------------------------------------------------------------------

def lineage_data(st: StoreReader, number: str) -> M.LineageResponse:
    from vanban.pipeline.lineage import build_lineage
    number = number.strip()
    if not number:
        raise HTTPException(404, "no number")
    conn = st.connect()
    try:
        docs, reg = st.relation_facts(conn)
        ids = st.id_by_path(conn)
    finally:
        conn.close()
    tree = build_lineage(number, docs, reg)
    r = tree.root
    return M.LineageResponse(
        root=M.LineageRootModel(number=r.number, title=r.title, date=r.date, issuer=r.issuer,
                                doc_type=r.doc_type, doc_id=ids.get(r.path) if r.path else None,
                                status=validity_model(r.status)),
        nodes=[M.LineageNodeModel(number=n.number, path=file_name(n.path), doc_id=ids.get(n.path),
                                  title=n.title, date=n.date, issuer=n.issuer, doc_type=n.doc_type,
                                  relation=n.relation, via=n.via, level=n.level, scope=n.scope)
               for n in tree.nodes])


@router.get("/api/lineage/{number:path}", response_model=M.LineageResponse,
            summary="What implemented, guided, reported on, amended or replaced a document", tags=["api"],
            responses={404: {"model": M.ErrorModel}})
def api_lineage(number: str, st: StoreReader = Depends(reader)):
    """The stored documents that implement, guide, report on, amend, replace or repeal a
    number ("20-NQ/TW"), level by level, and its status."""
    return lineage_data(st, _number_or_422(number))


@router.get("/lineage", response_class=HTMLResponse, include_in_schema=False)
@router.get("/lineage/{number:path}", response_class=HTMLResponse, include_in_schema=False)
def lineage_page(request: Request, number: str = "", n: str = Query("", max_length=MAX_NUMBER),
                 st: StoreReader = Depends(reader)):
    from vanban.pipeline.text import loose_number_key

    number = _number_or_422((number or n).strip())
    if not number:
        return page(request, "lineage.html", title=tr("Document lineage"), data=None, number="", tree=[], by_year=[])
    data = lineage_data(st, number)
    children: dict[str, list] = defaultdict(list)
    for node in data.nodes:
        children[loose_number_key(node.via)].append(node)

    def grow(num: str | None, seen: frozenset) -> list:
        out = []
        for node in children.get(loose_number_key(num), []):
            if node.path in seen:
                continue
            kids = grow(node.number, seen | {node.path}) if node.number else []
            out.append((node, kids))
        return out

    by_year: dict = defaultdict(list)
    for node in data.nodes:
        by_year[year_of(node.date)].append(node)
    years = [M.YearCount(year=y, count=len(v), documents=len(v)) for y, v in by_year.items() if y]
    return page(request, "lineage.html", title=tr("Lineage of {number}", number=data.root.number),
                data=data, number=number, tree=grow(data.root.number, frozenset()),
                by_year=sorted(by_year.items(), key=lambda x: (x[0] is None, x[0] or 0)),
                chart=timeline_svg(years, width=900, height=150))


# --- who cites a number --------------------------------------------------------------------

def cite_data(st: StoreReader, number: str) -> M.CiteResponse:
    from vanban.pipeline.graph import cites
    from vanban.pipeline.registry import load_registry, sync_from_store
    from vanban.pipeline.text import loose_number_key

    number = number.strip()
    if not number:
        raise HTTPException(404, "no number")
    conn = st.connect()
    try:
        findings = st.findings(conn)  # syncs the registry from the store
        if not store_mod.registry.is_seeded(conn):
            sync_from_store(conn)
        reg = load_registry(conn)
        ids = st.id_by_path(conn)
        years = {d.path: d.year for d in st.documents(conn)}
        key = loose_number_key(number)
        mentions = cites(conn, number) if key else []
        target = st.doc_by_number(conn).get(key) if key else None
    finally:
        conn.close()
    facts = reg.candidates(number) if key else []
    canonical = facts[0].number if facts else (mentions[0].cited_number if mentions else number)
    ms = []
    for m in mentions:
        i = ids.get(m.citing_document)
        ms.append(M.MentionModel(citing_document=file_name(m.citing_document), doc_id=i,
                                 citing_number=m.citing_number, citing_date=m.citing_date,
                                 year=years.get(m.citing_document) or year_of(m.citing_date), cited_as=m.cited_as,
                                 date=m.date, start=m.start, end=m.end, passage=m.passage,
                                 url=doc_url(i, m.start, m.end) if i is not None else None))
    ms.sort(key=lambda m: (m.year is None, m.year or 0, m.citing_date or "", m.start))
    fs = [finding_model(f, ids) for f in findings if key and loose_number_key(f.number) == key]
    return M.CiteResponse(
        number=canonical or number,
        registry=[M.RegistryFact(number=e.number, type=e.type, issuing_body=e.issuing_body,
                                 date=e.date, title=e.title, term=e.term, source=e.source,
                                 relations=[list(r) for r in e.relations],
                                 effective_date=e.effective_date) for e in facts],
        document_id=target, mentions=ms, findings=fs)


@router.get("/api/cite/{number:path}", response_model=M.CiteResponse, summary="Who cites a number", tags=["api"],
            responses={404: {"model": M.ErrorModel}})
def api_cite(number: str, st: StoreReader = Depends(reader)):
    """Registry facts, every citing passage (oldest first) and the audit findings on a
    number ("20-NQ/TW"; the slash may stay in the path or be sent as %2F)."""
    return cite_data(st, _number_or_422(number))


def _mark_quote(passage: str, cited_as: str) -> Markup:
    """The passage with the citation as written marked (whitespace-insensitive)."""
    flat = re.sub(r"\s+", " ", cited_as).strip()
    i = passage.find(flat) if flat else -1
    marks = [Mark(i, i + len(flat), "hl-word")] if i >= 0 else []
    return render_marked(passage, marks)


def _mention_quote(conn: sqlite3.Connection, m: M.MentionModel) -> Markup:
    """The sentence holding the mention, with the mention itself marked (by its offsets)."""
    if m.doc_id is not None:
        sentence = store_mod.queries.enclosing_sentence(conn, m.doc_id, m.start, m.end)
        if sentence:
            a, b = sentence
            text = store_mod.queries.text_slice(conn, m.doc_id, a, b)
            if text[m.start - a:m.end - a] == m.cited_as:
                return render_marked(text, [Mark(m.start - a, m.end - a, "hl-word")])
    return _mark_quote(m.passage, m.cited_as)


@router.get("/cite", response_class=HTMLResponse, include_in_schema=False)
@router.get("/cite/{number:path}", response_class=HTMLResponse, include_in_schema=False)
def cite_page(request: Request, number: str = "", n: str = Query("", max_length=MAX_NUMBER),
              st: StoreReader = Depends(reader)):
    from vanban.pipeline.lineage import validity_of

    number = _number_or_422((number or n).strip())
    if not number:
        return page(request, "cite.html", title=tr("Look up a number"), data=None, number="", by_year=[])
    data = cite_data(st, number)
    by_year: dict = defaultdict(list)
    conn = st.connect()
    try:
        for m in data.mentions:
            by_year[m.year].append((m, _mention_quote(conn, m)))
        docs, reg = st.relation_facts(conn)
    finally:
        conn.close()
    years = [M.YearCount(year=y, count=len(ms), documents=len({m.doc_id for m, _ in ms}))
             for y, ms in by_year.items()]
    return page(request, "cite.html", title=tr("Document {number}", number=data.number), data=data, number=number,
                by_year=list(by_year.items()), chart=timeline_svg(years, width=900, height=150),
                validity=validity_of(data.number, docs, reg))
