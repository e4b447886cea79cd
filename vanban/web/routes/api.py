"""The API's own pages: extraction of an uploaded file, the list of the API, the health check."""
from __future__ import annotations

import re
import tempfile
from pathlib import Path

from fastapi import APIRouter, File, HTTPException, Request, UploadFile
from fastapi.responses import HTMLResponse, PlainTextResponse

from vanban.pipeline.read import SUPPORTED_SUFFIXES
from vanban.web import models as M
from vanban.web.pages import page
from vanban.web.shape import public_json

MAX_UPLOAD = 10 * 1024 * 1024
UPLOAD_TYPES = tuple(s for s in SUPPORTED_SUFFIXES if s != ".markdown")  # as the upload form lists them

router = APIRouter()


@router.post("/api/extract", response_model=M.DocumentJson, summary="Extract an uploaded file", tags=["api"],
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


@router.get("/api", response_class=HTMLResponse, include_in_schema=False)
def api_page(request: Request):
    spec = request.app.openapi()
    ops = []
    for path, methods in spec["paths"].items():
        for method, op in methods.items():
            ops.append({"method": method.upper(), "path": path, "summary": op.get("summary", ""),
                        "description": (op.get("description") or "").replace("``", "").strip(),
                        "params": [(p["name"], p["in"], p.get("required", False))
                                   for p in op.get("parameters", [])],
                        "upload": "requestBody" in op})
    return page(request, "api.html", title="JSON API", ops=ops)


@router.get("/healthz", include_in_schema=False, response_class=PlainTextResponse)
def healthz():
    return "ok"
