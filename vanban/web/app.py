"""The web app: search, documents, citations and the audit for researchers and auditors.

``create_app(store_dir)`` returns a FastAPI app serving server-rendered pages (Jinja, every
piece of document text escaped) and a JSON API under ``/api/``. It only reads the store
(documents by integer id; no route takes a filesystem path); ``POST /api/extract`` analyses an
upload in a temporary directory that is deleted afterwards.

>>> import uvicorn; uvicorn.run(create_app(".vanban"), host="127.0.0.1")  # doctest: +SKIP
"""
from __future__ import annotations

import csv
import io
import re
import sqlite3
import tempfile
import threading
from collections import Counter, defaultdict
from dataclasses import asdict
from pathlib import Path
from typing import Literal
from urllib.parse import quote, urlencode

from fastapi import FastAPI, File, HTTPException, Query, Request, UploadFile
from fastapi import Path as PathParam
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, PackageLoader
from markupsafe import Markup, escape

from vanban.pipeline import store as store_mod
from vanban.pipeline.messages import N_, current_lang, default_lang, negotiate, normalize_lang, set_lang, tr
from vanban.web import models as M
from vanban.web.highlight import Mark, render_marked, snippet

MAX_QUERY = 500
MAX_K = 100
MAX_UPLOAD = 10 * 1024 * 1024
UPLOAD_TYPES = (".txt", ".md", ".docx", ".pdf")
SEARCH_DEPTH = 100      # hits behind the timeline and the facets of the search page
PAGE_HITS = 20
Mode = Literal["hybrid", "dense", "lexical"]
Severity = Literal["error", "warning", "format"]

LANG_COOKIE = "vanban_lang"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _download(content: bytes, media_type: str, filename: str) -> Response:
    return Response(content, media_type=media_type,
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})


def _binary(media_type: str, what: str) -> dict:
    """The OpenAPI description of a file download."""
    return {200: {"description": what, "content": {media_type: {"schema": {"type": "string", "format": "binary"}}}}}


SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self'; "
                               "img-src 'self' data:; object-src 'none'; base-uri 'none'; "
                               "form-action 'self'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
}

LEGEND = (("cit", N_("Citations"), "citation"), ("date", N_("Dates"), "date"),
          ("qty", N_("Figures"), "quantity"), ("dir", N_("Tasks and directives"), "directive"))
PART_TITLES = {"figures": N_("Key figures"), "achievements": N_("Achievements"), "limitations": N_("Limitations"),
               "causes": N_("Causes"), "directives": N_("Tasks and directives"), "citations": N_("Cited documents")}


def _name(path: str | None) -> str:
    return Path(path).name if path else ""


def _year(iso: str | None) -> int | None:
    return int(iso[:4]) if iso and iso[:4].isdigit() else None


def _vn_date(iso: str | None) -> str:
    if iso and re.fullmatch(r"\d{4}-\d{2}-\d{2}", iso):
        return f"{iso[8:]}/{iso[5:7]}/{iso[:4]}"
    return iso or ""


def _num(v: float | None) -> str:
    if v is None:
        return ""
    if float(v).is_integer():
        return f"{int(v):,}".replace(",", ".")
    return f"{v:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")


RELATION_VI = {"basis": "căn cứ", "implements": "thực hiện", "reports_on": "báo cáo về", "guides": "hướng dẫn",
               "amends": "sửa đổi", "replaces": "thay thế", "repeals": "bãi bỏ", "proposes": "đề nghị",
               "mentions": "nhắc đến"}
RELATION_LABELS = {"basis": N_("basis"), "implements": N_("implements"), "reports_on": N_("reports on"),
                   "guides": N_("guides"), "amends": N_("amends"), "replaces": N_("replaces"),
                   "repeals": N_("repeals"), "proposes": N_("proposes"), "mentions": N_("mentions")}


def relation_label(relation: str) -> str:
    """A relation as the reader says it: "thực hiện" / "implements"."""
    return tr(RELATION_LABELS[relation]) if relation in RELATION_LABELS else relation


def lang_url(request: Request, lang: str) -> str:
    """This page in another language: the same path and query, ``lang`` set."""
    params = [(k, v) for k, v in request.query_params.multi_items() if k != "lang"] + [("lang", lang)]
    return request.url.path + "?" + urlencode(params)


def code(text: str) -> Markup:
    return Markup("<code>{}</code>").format(text)


def trm(msgid: str, **params) -> Markup:
    """A message with HTML parameters (``code(...)``): the translation is escaped, then filled."""
    return Markup(escape(tr(msgid))).format(**params)


def lineage_url(number: str) -> str:
    return "/lineage/" + quote(number, safe="/")


def validity_model(v) -> M.ValidityModel | None:
    if v is None:
        return None
    return M.ValidityModel(number=v.number, status=v.status, label=v.label, as_of=v.as_of, by=list(v.by),
                           since=v.since, describe=v.describe(), known=v.known)


def cite_url(number: str) -> str:
    """``/cite/20-NQ/TW`` (the slash kept: the route takes the rest of the path)."""
    return "/cite/" + quote(number, safe="/")


def doc_url(doc_id: int, start: int | None = None, end: int | None = None) -> str:
    if start is None or end is None:
        return f"/doc/{doc_id}"
    return f"/doc/{doc_id}?hl={start}-{end}#hl"


class Store:
    """What the pages and the API read from one store, with caches keyed by its generation."""

    def __init__(self, store_dir: str | Path):
        self.dir = Path(store_dir)
        self._lock = threading.Lock()
        self._gen: int | None = None
        self._findings = None
        self._relation_facts = None
        self._summaries: dict[int, object] = {}
        self._docs: list[store_mod.StoredDocument] = []

    def connect(self) -> sqlite3.Connection:
        return store_mod.connect(self.dir)

    def _fresh(self, conn: sqlite3.Connection) -> None:
        gen = store_mod.generation(conn)
        if gen != self._gen:
            self._gen, self._findings, self._summaries = gen, None, {}
            self._relation_facts = None
            self._docs = store_mod.list_documents(conn)

    def documents(self, conn) -> list[store_mod.StoredDocument]:
        with self._lock:
            self._fresh(conn)
            return self._docs

    def id_by_path(self, conn) -> dict[str, int]:
        return {d.path: d.id for d in self.documents(conn)}

    def doc_by_number(self, conn) -> dict[str, int]:
        from vanban.pipeline.registry import number_key
        return {number_key(d.number): d.id for d in self.documents(conn) if d.number}

    def relation_facts(self, conn):
        """(stored documents with their citations, registry), after the registry joins the store."""
        from vanban.pipeline.audit import load_citing_documents
        from vanban.pipeline.registry import load_registry, sync_from_store
        with self._lock:
            self._fresh(conn)
            if self._relation_facts is None:
                sync_from_store(conn)
                self._relation_facts = (load_citing_documents(conn), load_registry(conn))
            return self._relation_facts

    def findings(self, conn) -> list:
        from vanban.pipeline.audit import audit
        with self._lock:
            self._fresh(conn)
            if self._findings is None:
                self._findings = audit(conn)
            return self._findings

    def summary(self, conn, doc_id: int, doc=None):
        from vanban.pipeline.summarize import summarize
        with self._lock:
            self._fresh(conn)
            got = self._summaries.get(doc_id)
        if got is None:
            doc = doc or store_mod.load_document(conn, doc_id)
            got = summarize(doc)
            with self._lock:
                self._summaries[doc_id] = got
        return got

    def indexed(self) -> bool:
        from vanban.pipeline.index.build import read_meta
        return read_meta(self.dir) is not None


# --- shaping results -------------------------------------------------------------------------

def display_title(title: str | None, doc_type: str | None, number: str | None, path: str | None) -> str:
    """The title, else "Hướng dẫn 143-HD/BTGTW", else the file name."""
    if title:
        return title
    if doc_type or number:
        return " ".join(x for x in (doc_type, number) if x)
    return _name(path)


def hit_model(h, ids: dict[str, int]) -> M.HitModel:
    doc_id = ids.get(h.doc_path)
    d = asdict(h)
    d.pop("doc_path")
    d["highlights"] = [list(s) for s in h.highlights]
    return M.HitModel(**d, doc_id=doc_id, name=_name(h.doc_path),
                      url=doc_url(doc_id, h.start, h.end) if doc_id is not None else None)


def _facets(hits) -> M.Facets:
    years = Counter(str(h.year) for h in hits if h.year)
    issuers = Counter(h.issuer for h in hits if h.issuer)
    types = Counter(h.doc_type for h in hits if h.doc_type)
    f = lambda c, key: [M.FacetCount(value=v, count=n) for v, n in sorted(c.items(), key=key)]  # noqa: E731
    return M.Facets(years=f(years, lambda kv: kv[0]), issuers=f(issuers, lambda kv: (-kv[1], kv[0])),
                    types=f(types, lambda kv: (-kv[1], kv[0])))


def _years(hits) -> list[M.YearCount]:
    groups: dict[int | None, list] = defaultdict(list)
    for h in hits:
        groups[h.year].append(h)
    return [M.YearCount(year=y, count=len(hs), documents=len({h.doc_path for h in hs}))
            for y, hs in sorted(groups.items(), key=lambda kv: (kv[0] is None, kv[0] or 0))]


_PATH_IN_TEXT = re.compile(r"(?:[A-Za-z]:)?[/\\][^\s()'\"]*[/\\]([^/\\\s()'\"]+\.(?:txt|md|docx|pdf))")


def _no_paths(text: str) -> str:
    """Evidence names files by their name only (no server paths in pages or the API)."""
    return _PATH_IN_TEXT.sub(r"\1", text or "")


def finding_model(f, ids: dict[str, int]) -> M.FindingModel:
    doc_id = ids.get(f.citing_document)
    return M.FindingModel(check=f.check, severity=f.severity, number=f.number, cited_as=f.cited_as,
                          citing_document=_name(f.citing_document), doc_id=doc_id, start=f.start,
                          end=f.end, expected=f.expected, found=f.found, evidence=_no_paths(f.evidence),
                          explanation=_no_paths(f.explanation()), expected_text=f.expected_text(),
                          url=doc_url(doc_id, f.start, f.end) if doc_id is not None else None)


def timeline_svg(years: list[M.YearCount], width: int = 330, height: int = 170) -> dict | None:
    """Geometry of the hits-per-year bar chart (every year between the first and last shown)."""
    known = sorted((y for y in years if y.year is not None), key=lambda y: y.year)
    if not known:
        return None
    lo, hi = known[0].year, known[-1].year
    counts = {y.year: y for y in known}
    span = list(range(lo, hi + 1))
    top = max(y.count for y in known)
    pad_l, pad_b, pad_t = 24, 22, 16
    bw = (width - pad_l - 4) / len(span)
    step = -(-len(span) // 7)  # about seven year labels
    bars = []
    for i, yr in enumerate(span):
        yc = counts.get(yr)
        n = yc.count if yc else 0
        h = (height - pad_b - pad_t) * n / top if top else 0
        bars.append({"year": yr, "count": n, "docs": yc.documents if yc else 0,
                     "x": round(pad_l + i * bw + bw * 0.12, 1), "w": round(bw * 0.76, 1),
                     "y": round(height - pad_b - h, 1), "h": round(h, 1),
                     "cx": round(pad_l + i * bw + bw / 2, 1),
                     "label": (yr - lo) % step == 0 or yr == hi and (yr - lo) % step > step // 2})
    return {"width": width, "height": height, "bars": bars, "top": top, "base": height - pad_b,
            "pad_l": pad_l, "pad_t": pad_t}


# --- the document page -----------------------------------------------------------------------

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
    v = _num(q.value) + (f"–{_num(q.value_max)}" if q.value_max is not None else "")
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


def _mark_quote(passage: str, cited_as: str) -> Markup:
    """The passage with the citation as written marked (whitespace-insensitive)."""
    flat = re.sub(r"\s+", " ", cited_as).strip()
    i = passage.find(flat) if flat else -1
    marks = [Mark(i, i + len(flat), "hl-word")] if i >= 0 else []
    return render_marked(passage, marks)


def _mention_quote(conn: sqlite3.Connection, m: M.MentionModel) -> Markup:
    """The sentence holding the mention, with the mention itself marked (by its offsets)."""
    if m.doc_id is not None:
        row = conn.execute("SELECT start, end FROM sentences WHERE doc_id = ? AND start <= ? AND end >= ?"
                           " ORDER BY end - start LIMIT 1", (m.doc_id, m.start, m.end)).fetchone()
        if row:
            a, b = row[0], row[1]
            text = conn.execute("SELECT substr(text, ?, ?) FROM documents WHERE id = ?",
                                (a + 1, b - a, m.doc_id)).fetchone()[0] or ""
            if text[m.start - a:m.end - a] == m.cited_as:
                return render_marked(text, [Mark(m.start - a, m.end - a, "hl-word")])
    return _mark_quote(m.passage, m.cited_as)


def _int_or_none(s: str | None) -> int | None:
    return int(s) if s and s.isdigit() else None


def _parse_hl(hl: str | None, n: int) -> tuple[int, int] | None:
    m = re.fullmatch(r"(\d{1,9})-(\d{1,9})", hl or "")
    if not m:
        return None
    a, b = int(m.group(1)), int(m.group(2))
    if not 0 <= a < b <= n:
        return None
    return a, b


# --- the app ---------------------------------------------------------------------------------

def create_app(store_dir: str | Path = ".vanban") -> FastAPI:
    """The FastAPI app over the store at ``store_dir`` (read-only but for the registry sync
    the audit does)."""
    st = Store(store_dir)
    # No Swagger UI / ReDoc: they load from a CDN, and the app works offline. /api lists the API.
    app = FastAPI(title="vanban", version="0.1.0", docs_url=None, redoc_url=None,
                  description="Search, read and audit Vietnamese Party and government documents.")
    app.state.store = st
    # Templates and static files are package data, found through the import system wherever the
    # wheel was installed (PackageLoader and StaticFiles(packages=...) read them via importlib).
    templates = Jinja2Templates(env=Environment(loader=PackageLoader("vanban.web", "templates"),
                                                autoescape=True))
    env = templates.env
    env.globals.update(tr=tr, trm=trm, code=code, lang_url=lang_url, relation_label=relation_label, current_lang=current_lang,
                       display_title=display_title, cite_url=cite_url, doc_url=doc_url, lineage_url=lineage_url,
                       RELATION_VI=RELATION_VI,
                       vn_date=_vn_date, name=_name, LEGEND=LEGEND, MAX_QUERY=MAX_QUERY)
    app.mount("/static", StaticFiles(packages=[("vanban.web", "static")]), name="static")

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        # The reader's language: ?lang=, then the cookie a ?lang= left, then Accept-Language.
        chosen = normalize_lang(request.query_params.get("lang"))
        lang = (chosen or normalize_lang(request.cookies.get(LANG_COOKIE))
                or negotiate(request.headers.get("accept-language")) or default_lang())
        set_lang(lang)
        resp = await call_next(request)
        for k, v in SECURITY_HEADERS.items():
            resp.headers.setdefault(k, v)
        resp.headers["Content-Language"] = lang
        resp.headers["Vary"] = "Accept-Language, Cookie"
        if chosen:
            resp.set_cookie(LANG_COOKIE, chosen, max_age=365 * 86400, samesite="lax", httponly=True)
        return resp

    def page(request: Request, template: str, status: int = 200, **ctx) -> HTMLResponse:
        return templates.TemplateResponse(request, template, ctx, status_code=status)

    @app.exception_handler(404)
    async def not_found(request: Request, exc):
        detail = getattr(exc, "detail", "Not found")
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": detail}, status_code=404)
        return page(request, "error.html", 404, title=tr("Not found"), message=str(detail))

    # --- search ------------------------------------------------------------------------------

    def run_search(q: str, mode: str, k: int, year_from, year_to, issuer, doc_type, cites):
        from vanban.pipeline.errors import VanbanError
        from vanban.pipeline.index.search import search

        if not q.strip() or not st.indexed():
            return []
        try:
            return search(st.dir, q, k=k, mode=mode, year_from=year_from, year_to=year_to,
                          issuer=issuer or None, doc_type=doc_type or None, cites=cites or None)
        except VanbanError as e:
            raise HTTPException(409, str(e)) from e

    Q = Query("", max_length=MAX_QUERY, description="words (tones optional) or a number")
    YEAR = dict(ge=1900, le=2100)
    TEXT = dict(max_length=200)

    @app.get("/api/search", response_model=M.SearchResponse, summary="Search passages", tags=["api"],
             responses={422: {"model": M.ErrorModel}, 409: {"model": M.ErrorModel}})
    def api_search(q: str = Q, mode: Mode = "hybrid", k: int = Query(10, ge=1, le=MAX_K),
                   year_from: int | None = Query(None, **YEAR), year_to: int | None = Query(None, **YEAR),
                   issuer: str | None = Query(None, **TEXT), type: str | None = Query(None, **TEXT),
                   cites: str | None = Query(None, **TEXT)):
        """Passages best first, with highlight spans, per-year counts and facets."""
        hits = run_search(q, mode, k, year_from, year_to, issuer, type, cites)
        conn = st.connect()
        try:
            ids = st.id_by_path(conn)
        finally:
            conn.close()
        return M.SearchResponse(query=q, mode=mode, count=len(hits), indexed=st.indexed(),
                                hits=[hit_model(h, ids) for h in hits], years=_years(hits),
                                facets=_facets(hits))

    # A plain HTML form sends empty fields ("year_from="): the pages take them as absent.
    YEAR_FIELD = Query("", max_length=4, pattern=r"^\d{0,4}$")

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def search_page(request: Request, q: str = Q, mode: Mode = "hybrid",
                    year_from: str = YEAR_FIELD, year_to: str = YEAR_FIELD,
                    issuer: str | None = Query(None, **TEXT), type: str | None = Query(None, **TEXT),
                    cites: str | None = Query(None, **TEXT)):
        from vanban.pipeline.index.text import parse_number_query

        year_from, year_to = _int_or_none(year_from), _int_or_none(year_to)
        hits = run_search(q, mode, SEARCH_DEPTH, year_from, year_to, issuer, type, cites)
        number = q.strip() if q.strip() and parse_number_query(q) is not None else None
        conn = st.connect()
        try:
            ids = st.id_by_path(conn)
            docs = st.documents(conn)
        finally:
            conn.close()
        models = [hit_model(h, ids) for h in hits]
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

        years = _years(hits)
        return page(request, "search.html", title=tr("Search"), q=q, mode=mode, params=params,
                    year_from=year_from, year_to=year_to, issuer=issuer or "", type=type or "",
                    cites=cites or "", hits=models[:PAGE_HITS], total=len(models),
                    snippets=[snippet(h.text, h.highlights) for h in hits[:PAGE_HITS]],
                    years=years, chart=timeline_svg(years), facets=_facets(hits),
                    with_param=with_param, indexed=st.indexed(), documents=docs,
                    modes=("hybrid", "dense", "lexical"), number=number)

    # --- documents ---------------------------------------------------------------------------

    @app.get("/api/documents", response_model=list[M.DocumentRow], summary="List stored documents", tags=["api"])
    def api_documents():
        """Every stored document (no text)."""
        conn = st.connect()
        try:
            return [M.DocumentRow(id=d.id, name=_name(d.path), format=d.format, doc_type=d.doc_type,
                                  issuer=d.issuer, number=d.number, date=d.date, year=d.year,
                                  title=d.title) for d in st.documents(conn)]
        finally:
            conn.close()

    def load(conn, doc_id: int):
        try:
            return store_mod.load_document(conn, doc_id)
        except KeyError:
            raise HTTPException(404, f"no document {doc_id}") from None

    def public_json(doc, doc_id: int | None) -> dict:
        from vanban.pipeline.analyze import document_json
        data = document_json(doc)
        data["document"]["path"] = _name(doc.path)
        data["id"] = doc_id
        return data

    DOC_ID = dict(ge=1, le=2**62)

    @app.get("/api/document/{doc_id}", response_model=M.DocumentJson, summary="One document (extract JSON)", tags=["api"],
             responses={404: {"model": M.ErrorModel}})
    def api_document(doc_id: int = PathParam(..., **DOC_ID)):
        """One stored document: the ``document_json`` contract of ``vanban extract --json``."""
        conn = st.connect()
        try:
            return public_json(load(conn, doc_id), doc_id)
        finally:
            conn.close()

    @app.get("/api/summary/{doc_id}", response_model=M.SummaryModel, summary="Structured summary", tags=["api"],
             responses={404: {"model": M.ErrorModel}})
    def api_summary(doc_id: int = PathParam(..., **DOC_ID)):
        """The structured summary of one stored document (every item a span of its text)."""
        from vanban.pipeline.summarize import summary_json
        conn = st.connect()
        try:
            doc = load(conn, doc_id)
            data = summary_json(st.summary(conn, doc_id, doc))
        finally:
            conn.close()
        data["path"] = _name(data["path"])
        return {**data, "id": doc_id}

    @app.get("/doc/{doc_id}", response_class=HTMLResponse, include_in_schema=False)
    def doc_page(request: Request, doc_id: int = PathParam(..., **DOC_ID),
                 hl: str | None = Query(None, max_length=40)):
        from vanban.pipeline.registry import number_key
        conn = st.connect()
        try:
            doc = load(conn, doc_id)
            summary = st.summary(conn, doc_id, doc)
            by_number = st.doc_by_number(conn)
            findings = [f for f in st.findings(conn) if f.citing_document == doc.path]
            rel = relations_data(conn, doc_id)
        finally:
            conn.close()

        def cite_href(c) -> str | None:
            if not c.number:
                return None
            target = by_number.get(number_key(c.number))
            return doc_url(target) if target is not None and target != doc_id else cite_url(c.number)

        span = _parse_hl(hl, len(doc.text))
        body = render_marked(doc.text, document_marks(
            doc, cite_href, span, [finding_model(f, {}) for f in findings]))
        parts = [(p, getattr(summary, p)) for p in ("figures", "achievements", "limitations",
                                                    "causes", "directives")]
        counts = {"cit": len(doc.citations), "date": len(doc.dates), "qty": len(doc.quantities),
                  "dir": len(doc.directives)}
        return page(request, "doc.html", title=doc.metadata.title or _name(doc.path), doc=doc,
                    doc_id=doc_id, filename=_name(doc.path), body=body, summary=summary, parts=parts,
                    part_titles=PART_TITLES, counts=counts, hl=span, findings=findings, rel=rel,
                    cited=[(c, by_number.get(number_key(c.number)) if c.number else None)
                           for c in summary.citations])

    # --- relations, lineage ------------------------------------------------------------------

    def relations_data(conn, doc_id: int) -> M.RelationsResponse:
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
                                       source=x.source if x.source == "text" else _no_paths(x.source))
        return M.RelationsResponse(id=doc_id, number=r.number, status=validity_model(r.status),
                                   outgoing=[link(x) for x in r.outgoing],
                                   incoming=[link(x) for x in r.incoming])

    @app.get("/api/relations/{doc_id}", response_model=M.RelationsResponse,
             summary="One document's relations and status", tags=["api"], responses={404: {"model": M.ErrorModel}})
    def api_relations(doc_id: int = PathParam(..., **DOC_ID)):
        """What a stored document does to the documents it cites (basis, implements, amends,
        replaces, repeals ...), what the others (and the registry) say they do to it, and whether
        it is in force."""
        conn = st.connect()
        try:
            return relations_data(conn, doc_id)
        finally:
            conn.close()

    def lineage_data(number: str) -> M.LineageResponse:
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
            nodes=[M.LineageNodeModel(number=n.number, path=_name(n.path), doc_id=ids.get(n.path),
                                      title=n.title, date=n.date, issuer=n.issuer, doc_type=n.doc_type,
                                      relation=n.relation, via=n.via, level=n.level, scope=n.scope)
                   for n in tree.nodes])

    @app.get("/api/lineage/{number:path}", response_model=M.LineageResponse,
             summary="What implemented, guided, reported on, amended or replaced a document", tags=["api"],
             responses={404: {"model": M.ErrorModel}})
    def api_lineage(number: str):
        """The stored documents that implement, guide, report on, amend, replace or repeal a
        number ("20-NQ/TW"), level by level, and its status."""
        if len(number) > 100:
            raise HTTPException(422, "number too long")
        return lineage_data(number)

    @app.get("/lineage", response_class=HTMLResponse, include_in_schema=False)
    @app.get("/lineage/{number:path}", response_class=HTMLResponse, include_in_schema=False)
    def lineage_page(request: Request, number: str = "", n: str = Query("", max_length=100)):
        number = (number or n).strip()
        if len(number) > 100:
            raise HTTPException(422, "number too long")
        if not number:
            return page(request, "lineage.html", title=tr("Document lineage"), data=None, number="", tree=[], by_year=[])
        data = lineage_data(number)
        children: dict[str, list] = defaultdict(list)
        from vanban.pipeline.registry import number_key
        for node in data.nodes:
            children[number_key(node.via)].append(node)

        def grow(num: str | None, seen: frozenset) -> list:
            out = []
            for node in children.get(number_key(num), []):
                if node.path in seen:
                    continue
                kids = grow(node.number, seen | {node.path}) if node.number else []
                out.append((node, kids))
            return out

        by_year: dict = defaultdict(list)
        for node in data.nodes:
            by_year[_year(node.date)].append(node)
        years = [M.YearCount(year=y, count=len(v), documents=len(v)) for y, v in by_year.items() if y]
        return page(request, "lineage.html", title=tr("Lineage of {number}", number=data.root.number), data=data,
                    number=number, tree=grow(data.root.number, frozenset()),
                    by_year=sorted(by_year.items(), key=lambda x: (x[0] is None, x[0] or 0)),
                    chart=timeline_svg(years, width=900, height=150))

    # --- citations ---------------------------------------------------------------------------

    def cite_data(number: str) -> M.CiteResponse:
        from vanban.pipeline.graph import cites
        from vanban.pipeline.registry import load_registry, number_key, sync_from_store

        number = number.strip()
        if not number:
            raise HTTPException(404, "no number")
        conn = st.connect()
        try:
            findings = st.findings(conn)  # syncs the registry from the store
            if not conn.execute("SELECT 1 FROM meta WHERE key='registry_seeded'").fetchone():
                sync_from_store(conn)
            reg = load_registry(conn)
            ids = st.id_by_path(conn)
            years = {d.path: d.year for d in st.documents(conn)}
            key = number_key(number)
            mentions = cites(conn, number) if key else []
            target = st.doc_by_number(conn).get(key) if key else None
        finally:
            conn.close()
        facts = reg.candidates(number) if key else []
        canonical = facts[0].number if facts else (mentions[0].cited_number if mentions else number)
        ms = []
        for m in mentions:
            i = ids.get(m.citing_document)
            ms.append(M.MentionModel(citing_document=_name(m.citing_document), doc_id=i,
                                     citing_number=m.citing_number, citing_date=m.citing_date,
                                     year=years.get(m.citing_document) or _year(m.citing_date), cited_as=m.cited_as, date=m.date,
                                     start=m.start, end=m.end, passage=m.passage,
                                     url=doc_url(i, m.start, m.end) if i is not None else None))
        ms.sort(key=lambda m: (m.year is None, m.year or 0, m.citing_date or "", m.start))
        fs = [finding_model(f, ids) for f in findings if key and number_key(f.number) == key]
        return M.CiteResponse(
            number=canonical or number,
            registry=[M.RegistryFact(number=e.number, type=e.type, issuing_body=e.issuing_body,
                                     date=e.date, title=e.title, term=e.term, source=e.source,
                                     relations=[list(r) for r in e.relations],
                                     effective_date=e.effective_date) for e in facts],
            document_id=target, mentions=ms, findings=fs)

    @app.get("/api/cite/{number:path}", response_model=M.CiteResponse, summary="Who cites a number", tags=["api"],
             responses={404: {"model": M.ErrorModel}})
    def api_cite(number: str):
        """Registry facts, every citing passage (oldest first) and the audit findings on a
        number ("20-NQ/TW"; the slash may stay in the path or be sent as %2F)."""
        if len(number) > 100:
            raise HTTPException(422, "number too long")
        return cite_data(number)

    @app.get("/cite", response_class=HTMLResponse, include_in_schema=False)
    @app.get("/cite/{number:path}", response_class=HTMLResponse, include_in_schema=False)
    def cite_page(request: Request, number: str = "", n: str = Query("", max_length=100)):
        number = (number or n).strip()
        if len(number) > 100:
            raise HTTPException(422, "number too long")
        if not number:
            return page(request, "cite.html", title=tr("Look up a number"), data=None, number="", by_year=[])
        data = cite_data(number)
        by_year: dict = defaultdict(list)
        conn = st.connect()
        try:
            for m in data.mentions:
                by_year[m.year].append((m, _mention_quote(conn, m)))
        finally:
            conn.close()
        years = [M.YearCount(year=y, count=len(ms), documents=len({m.doc_id for m, _ in ms}))
                 for y, ms in by_year.items()]
        from vanban.pipeline.lineage import validity_of
        conn = st.connect()
        try:
            docs, reg = st.relation_facts(conn)
        finally:
            conn.close()
        return page(request, "cite.html", title=tr("Document {number}", number=data.number), data=data, number=number,
                    by_year=list(by_year.items()), chart=timeline_svg(years, width=900, height=150),
                    validity=validity_of(data.number, docs, reg))

    # --- audit -------------------------------------------------------------------------------

    def audit_rows(severity, check, doc):
        conn = st.connect()
        try:
            ids = st.id_by_path(conn)
            all_findings = [finding_model(f, ids) for f in st.findings(conn)]
            docs = st.documents(conn)
        finally:
            conn.close()
        rows = [f for f in all_findings if (not severity or f.severity == severity)
                and (not check or f.check == check) and (doc is None or f.doc_id == doc)]
        return all_findings, rows, docs

    @app.get("/api/audit", response_model=M.AuditResponse, summary="Audit findings", tags=["api"])
    def api_audit(severity: Severity | None = None, check: str | None = Query(None, max_length=60),
                  doc: int | None = Query(None, **DOC_ID)):
        """Audit findings (citation numbers and dates), optionally filtered."""
        _, rows, _ = audit_rows(severity, check, doc)
        c = Counter(f.severity for f in rows)
        return M.AuditResponse(counts={s: c.get(s, 0) for s in ("error", "warning", "format")},
                               total=len(rows), findings=rows)

    @app.get("/audit", response_class=HTMLResponse, include_in_schema=False)
    def audit_page(request: Request, severity: Literal["", "error", "warning", "format"] = "",
                   check: str | None = Query(None, max_length=60),
                   doc: str = Query("", max_length=18, pattern=r"^\d*$")):
        from vanban.pipeline.audit import CHECKS
        doc = _int_or_none(doc)
        all_rows, rows, docs = audit_rows(severity, check, doc)
        c = Counter(f.severity for f in all_rows)
        with_docs = sorted({(f.doc_id, f.citing_document) for f in all_rows if f.doc_id is not None},
                           key=lambda x: x[1])
        params = {k: v for k, v in dict(severity=severity, check=check, doc=doc).items() if v}
        query = "?" + urlencode(params) if params else ""
        return page(request, "audit.html", title=tr("Citation check"), rows=rows, total=len(all_rows),
                    counts={s: c.get(s, 0) for s in ("error", "warning", "format")},
                    checks=sorted(CHECKS), severity=severity or "", check=check or "", doc=doc,
                    docs=with_docs, csv_url="/audit.csv" + query, xlsx_url="/api/audit.xlsx" + query)

    @app.get("/audit.csv", include_in_schema=False)
    def audit_csv(severity: Severity | None = None, check: str | None = Query(None, max_length=60),
                  doc: int | None = Query(None, **DOC_ID)):
        _, rows, _ = audit_rows(severity, check, doc)
        buf = io.StringIO()
        fields = ["severity", "check", "number", "cited_as", "citing_document", "doc_id", "start",
                  "end", "expected", "found", "explanation"]
        w = csv.DictWriter(buf, fieldnames=fields, extrasaction="ignore")
        w.writeheader()
        for f in rows:
            w.writerow({**f.model_dump(), "expected": f.expected_text})
        return Response("\ufeff" + buf.getvalue(), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": 'attachment; filename="vanban-audit.csv"'})

    # --- downloads for spreadsheets (pipeline/export.py) -------------------------------------

    @app.get("/api/audit.xlsx", response_class=Response, summary="Audit findings as an Excel workbook",
             tags=["downloads"], responses=_binary(XLSX, "a workbook with one sheet of findings"))
    def audit_xlsx(severity: Severity | None = None, check: str | None = Query(None, max_length=60),
                   doc: int | None = Query(None, **DOC_ID)):
        """The audit's findings (filtered like ``/api/audit``) as one sheet, headers, the expected
        value and the explanation in the request's language."""
        from vanban.pipeline.export import finding_table, write_xlsx

        conn = st.connect()
        try:
            ids = st.id_by_path(conn)
            found = [f for f in st.findings(conn) if (not severity or f.severity == severity)
                     and (not check or f.check == check) and (doc is None or ids.get(f.citing_document) == doc)]
        finally:
            conn.close()
        buf = io.BytesIO()
        write_xlsx([finding_table(found)], buf)
        return _download(buf.getvalue(), XLSX, "vanban-audit.xlsx")

    def export_tables(findings: bool):
        from vanban.pipeline.export import store_tables

        conn = st.connect()
        try:
            return store_tables(conn, findings=findings)
        finally:
            conn.close()

    @app.get("/api/export.xlsx", response_class=Response, summary="The store as an Excel workbook",
             tags=["downloads"], responses=_binary(XLSX, "documents, citations, dates, figures, directives "
                                                         "and findings, a sheet each"))
    def export_xlsx(findings: bool = True):
        """What the store holds, for Excel: a sheet per table (documents, citations, dates, figures,
        directives, and the audit's findings unless ``findings=false``), each row with its offsets
        in the text and the source file."""
        from vanban.pipeline.export import write_xlsx

        buf = io.BytesIO()
        write_xlsx(export_tables(findings), buf)
        return _download(buf.getvalue(), XLSX, "vanban.xlsx")

    @app.get("/api/export.zip", response_class=Response, summary="The store as CSV files (zip)",
             tags=["downloads"], responses=_binary("application/zip", "one CSV (UTF-8 with BOM) per table"))
    def export_zip(findings: bool = True):
        """The same tables as ``/api/export.xlsx``, one CSV file each (UTF-8 with BOM, so Excel
        shows the diacritics), in a zip."""
        import zipfile

        from vanban.pipeline.export import write_csv_dir

        buf = io.BytesIO()
        with tempfile.TemporaryDirectory(prefix="vanban-csv-") as tmp, \
                zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
            for path in write_csv_dir(export_tables(findings), tmp):
                zf.write(path, path.name)
        return _download(buf.getvalue(), "application/zip", "vanban-csv.zip")

    # --- extraction of an upload -------------------------------------------------------------

    @app.post("/api/extract", response_model=M.DocumentJson, summary="Extract an uploaded file", tags=["api"],
              responses={413: {"model": M.ErrorModel}, 415: {"model": M.ErrorModel},
                         422: {"model": M.ErrorModel}})
    async def api_extract(request: Request, file: UploadFile = File(...)):
        """Analyse an uploaded .txt/.md/.docx/.pdf (at most 10 MB) and return its
        ``document_json``. The file is processed in a temporary directory, deleted afterwards;
        nothing is written to the corpus or the store."""
        from starlette.concurrency import run_in_threadpool

        from vanban.pipeline.analyze import analyze
        from vanban.pipeline.errors import VanbanError

        length = request.headers.get("content-length")
        if length and length.isdigit() and int(length) > MAX_UPLOAD + 64 * 1024:
            raise HTTPException(413, f"upload larger than {MAX_UPLOAD // (1024 * 1024)} MB")
        filename = Path((file.filename or "").replace("\\", "/")).name
        suffix = Path(filename).suffix.lower()
        if suffix not in UPLOAD_TYPES:
            raise HTTPException(415, f"unsupported file type {suffix or '(none)'}: use "
                                     + ", ".join(UPLOAD_TYPES))
        data = await file.read(MAX_UPLOAD + 1)
        if len(data) > MAX_UPLOAD:
            raise HTTPException(413, f"upload larger than {MAX_UPLOAD // (1024 * 1024)} MB")
        safe = re.sub(r"[^\w.\-]+", "_", Path(filename).stem)[:80] or "upload"
        with tempfile.TemporaryDirectory(prefix="vanban-upload-") as tmp:
            path = Path(tmp) / (safe + suffix)
            path.write_bytes(data)
            try:
                doc = await run_in_threadpool(analyze, path)
            except VanbanError as e:
                raise HTTPException(422, f"{filename}: {e.reason}") from None
        out = public_json(doc, None)
        out["document"]["path"] = filename
        return out

    @app.get("/api", response_class=HTMLResponse, include_in_schema=False)
    def api_page(request: Request):
        spec = app.openapi()
        ops = []
        for path, methods in spec["paths"].items():
            for method, op in methods.items():
                ops.append({"method": method.upper(), "path": path, "summary": op.get("summary", ""),
                            "description": (op.get("description") or "").replace("``", "").strip(),
                            "params": [(p["name"], p["in"], p.get("required", False))
                                       for p in op.get("parameters", [])],
                            "upload": "requestBody" in op})
        return page(request, "api.html", title="JSON API", ops=ops)

    @app.get("/healthz", include_in_schema=False, response_class=PlainTextResponse)
    def healthz():
        return "ok"

    return app
