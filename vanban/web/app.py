"""The web app: search, documents, citations and the audit for researchers and auditors.

``create_app(store_dir)`` returns a FastAPI app serving server-rendered pages (Jinja, every
piece of document text escaped) and a JSON API under ``/api/``; the routes live in
``vanban/web/routes/`` by area. It only reads the store (documents by integer id; no route takes
a filesystem path); ``POST /api/extract`` analyses an upload in a temporary directory that is
deleted afterwards.

>>> import uvicorn; uvicorn.run(create_app(".vanban"), host="127.0.0.1")  # doctest: +SKIP
"""
from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles

from vanban.pipeline.messages import default_lang, negotiate, normalize_lang, set_lang, tr
from vanban.web.pages import page
from vanban.web.reader import StoreReader
from vanban.web.routes import api, audit, documents, downloads, numbers, search

SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self'; "
                               "img-src 'self' data:; object-src 'none'; base-uri 'none'; "
                               "form-action 'self'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
}
LANG_COOKIE = "vanban_lang"


async def language_and_security_headers(request: Request, call_next):
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


async def not_found(request: Request, exc):
    detail = getattr(exc, "detail", "Not found")
    if request.url.path.startswith("/api/"):
        return JSONResponse({"detail": detail}, status_code=404)
    return page(request, "error.html", 404, title=tr("Not found"), message=str(detail))


def create_app(store_dir: str | Path = ".vanban") -> FastAPI:
    """The FastAPI app over the store at ``store_dir`` (read-only but for the registry sync
    the audit does)."""
    # No Swagger UI / ReDoc: they load from a CDN, and the app works offline. /api lists the API.
    app = FastAPI(title="vanban", version="0.1.0", docs_url=None, redoc_url=None,
                  description="Search, read and audit Vietnamese Party and government documents.")
    app.state.store = StoreReader(store_dir)
    # Static files are package data, found through the import system wherever the wheel was
    # installed.
    app.mount("/static", StaticFiles(packages=[("vanban.web", "static")]), name="static")
    app.middleware("http")(language_and_security_headers)
    app.exception_handler(404)(not_found)
    for area in (search, documents, numbers, audit, downloads, api):
        app.include_router(area.router)
    return app
