"""Search: the search page (``/``) and ``/api/search``."""
from __future__ import annotations

from urllib.parse import urlencode

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse

from vanban.pipeline.messages import tr
from vanban.web import models as M
from vanban.web.highlight import snippet
from vanban.web.pages import int_or_none, page, timeline_svg
from vanban.web.params import MAX_K, Q, TEXT, YEAR, YEAR_FIELD, Mode
from vanban.web.reader import StoreReader, reader
from vanban.web.shape import facets, hit_model, year_counts

SEARCH_DEPTH = 100      # hits behind the timeline and the facets of the search page
PAGE_HITS = 20

router = APIRouter()


def run_search(st: StoreReader, q: str, mode: str, k: int, year_from, year_to, issuer, doc_type, cites):
    from vanban.pipeline.errors import VanbanError
    from vanban.pipeline.index.search import search

    if not q.strip() or not st.indexed():
        return []
    try:
        return search(st.dir, q, k=k, mode=mode, year_from=year_from, year_to=year_to,
                      issuer=issuer or None, doc_type=doc_type or None, cites=cites or None)
    except VanbanError as e:
        raise HTTPException(409, str(e)) from e


@router.get("/api/search", response_model=M.SearchResponse, summary="Search passages", tags=["api"],
            responses={422: {"model": M.ErrorModel}, 409: {"model": M.ErrorModel}})
def api_search(q: str = Q, mode: Mode = "hybrid", k: int = Query(10, ge=1, le=MAX_K),
               year_from: int | None = Query(None, **YEAR), year_to: int | None = Query(None, **YEAR),
               issuer: str | None = Query(None, **TEXT), type: str | None = Query(None, **TEXT),
               cites: str | None = Query(None, **TEXT), st: StoreReader = Depends(reader)):
    """Passages best first, with highlight spans, per-year counts and facets."""
    hits = run_search(st, q, mode, k, year_from, year_to, issuer, type, cites)
    conn = st.connect()
    try:
        ids = st.id_by_path(conn)
    finally:
        conn.close()
    return M.SearchResponse(query=q, mode=mode, count=len(hits), indexed=st.indexed(),
                            hits=[hit_model(h, ids) for h in hits], years=year_counts(hits),
                            facets=facets(hits))


@router.get("/", response_class=HTMLResponse, include_in_schema=False)
def search_page(request: Request, q: str = Q, mode: Mode = "hybrid",
                year_from: str = YEAR_FIELD, year_to: str = YEAR_FIELD,
                issuer: str | None = Query(None, **TEXT), type: str | None = Query(None, **TEXT),
                cites: str | None = Query(None, **TEXT), st: StoreReader = Depends(reader)):
    from vanban.pipeline.index.text import parse_number_query

    year_from, year_to = int_or_none(year_from), int_or_none(year_to)
    hits = run_search(st, q, mode, SEARCH_DEPTH, year_from, year_to, issuer, type, cites)
    # the list shows what `vanban search` and /api/search rank first: the fusion of a deeper
    # search (SEARCH_DEPTH, behind the timeline and facets) standardises over more candidates
    # and may order its head differently
    shown = run_search(st, q, mode, PAGE_HITS, year_from, year_to, issuer, type, cites) if hits else []
    number = q.strip() if q.strip() and parse_number_query(q) is not None else None
    conn = st.connect()
    try:
        ids = st.id_by_path(conn)
        docs = st.documents(conn)
    finally:
        conn.close()
    params = {k: v for k, v in dict(q=q, mode=mode, year_from=year_from, year_to=year_to,
                                    issuer=issuer, type=type, cites=cites).items() if v not in (None, "")}

    def with_param(**kw) -> str:
        p = dict(params)
        for k, v in kw.items():
            if v is None:
                p.pop(k, None)
            else:
                p[k] = v
        return "/?" + urlencode(p)

    years = year_counts(hits)
    return page(request, "search.html", title=tr("Search"), q=q, mode=mode, params=params,
                year_from=year_from, year_to=year_to, issuer=issuer or "", type=type or "",
                cites=cites or "", hits=[hit_model(h, ids) for h in shown], total=len(hits),
                snippets=[snippet(h.text, h.highlights) for h in shown],
                years=years, chart=timeline_svg(years), facets=facets(hits),
                with_param=with_param, indexed=st.indexed(), documents=docs,
                modes=("hybrid", "dense", "lexical"), number=number)
