"""Downloads for spreadsheets (``pipeline/export.py``): the store as an Excel workbook or as CSV
files in a zip, and the audit's findings as a workbook."""
from __future__ import annotations

import io
import tempfile
import zipfile

from fastapi import APIRouter, Depends, Query
from fastapi.responses import Response

from vanban.pipeline.export import finding_table, store_tables, write_csv_dir, write_xlsx
from vanban.web.params import DOC_ID, Severity
from vanban.web.reader import StoreReader, reader

router = APIRouter()
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _download(content: bytes, media_type: str, filename: str) -> Response:
    return Response(content, media_type=media_type,
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})


def _binary(media_type: str, what: str) -> dict:
    """The OpenAPI description of a file download."""
    return {200: {"description": what, "content": {media_type: {"schema": {"type": "string", "format": "binary"}}}}}


@router.get("/api/audit.xlsx", response_class=Response, summary="Audit findings as an Excel workbook",
            tags=["downloads"], responses=_binary(XLSX, "a workbook with one sheet of findings"))
def audit_xlsx(severity: Severity | None = None, check: str | None = Query(None, max_length=60),
               doc: int | None = Query(None, **DOC_ID), st: StoreReader = Depends(reader)):
    """The audit's findings (filtered like ``/api/audit``) as one sheet, headers, the expected
    value and the explanation in the request's language."""
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


def _export_tables(st: StoreReader, findings: bool):
    conn = st.connect()
    try:
        return store_tables(conn, findings=findings)
    finally:
        conn.close()


@router.get("/api/export.xlsx", response_class=Response, summary="The store as an Excel workbook",
            tags=["downloads"], responses=_binary(XLSX, "documents, citations, dates, figures, directives "
                                                        "and findings, a sheet each"))
def export_xlsx(findings: bool = True, st: StoreReader = Depends(reader)):
    """What the store holds, for Excel: a sheet per table (documents, citations, dates, figures,
    directives, and the audit's findings unless ``findings=false``), each row with its offsets
    in the text and the source file."""
    buf = io.BytesIO()
    write_xlsx(_export_tables(st, findings), buf)
    return _download(buf.getvalue(), XLSX, "vanban.xlsx")


@router.get("/api/export.zip", response_class=Response, summary="The store as CSV files (zip)",
            tags=["downloads"], responses=_binary("application/zip", "one CSV (UTF-8 with BOM) per table"))
def export_zip(findings: bool = True, st: StoreReader = Depends(reader)):
    """The same tables as ``/api/export.xlsx``, one CSV file each (UTF-8 with BOM, so Excel
    shows the diacritics), in a zip."""
    buf = io.BytesIO()
    with tempfile.TemporaryDirectory(prefix="vanban-csv-") as tmp, \
            zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in write_csv_dir(_export_tables(st, findings), tmp):
            zf.write(path, path.name)
    return _download(buf.getvalue(), "application/zip", "vanban-csv.zip")
