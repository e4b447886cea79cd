"""The audit: findings as a sortable, filterable page, as JSON, as CSV and as an Excel workbook."""
from __future__ import annotations

import csv
import io
from collections import Counter
from typing import Literal
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, Response

from vanban.pipeline.messages import tr
from vanban.web import models as M
from vanban.web.pages import int_or_none, page
from vanban.web.params import DOC_ID, Severity
from vanban.web.reader import StoreReader, reader
from vanban.web.shape import finding_model

router = APIRouter()
SEVERITIES = ("error", "warning", "format")
CSV_FIELDS = ["severity", "check", "number", "cited_as", "citing_document", "doc_id", "start", "end",
              "expected", "found", "explanation"]


def audit_rows(st: StoreReader, severity, check, doc):
    """(every finding, those the filters keep, the stored documents)."""
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


@router.get("/api/audit", response_model=M.AuditResponse, summary="Audit findings", tags=["api"])
def api_audit(severity: Severity | None = None, check: str | None = Query(None, max_length=60),
              doc: int | None = Query(None, **DOC_ID), st: StoreReader = Depends(reader)):
    """Audit findings (citation numbers and dates), optionally filtered."""
    _, rows, _ = audit_rows(st, severity, check, doc)
    c = Counter(f.severity for f in rows)
    return M.AuditResponse(counts={s: c.get(s, 0) for s in SEVERITIES}, total=len(rows), findings=rows)


@router.get("/audit", response_class=HTMLResponse, include_in_schema=False)
def audit_page(request: Request, severity: Literal["", "error", "warning", "format"] = "",
               check: str | None = Query(None, max_length=60),
               doc: str = Query("", max_length=18, pattern=r"^\d*$"), st: StoreReader = Depends(reader)):
    from vanban.pipeline.audit import CHECKS
    doc = int_or_none(doc)
    all_rows, rows, docs = audit_rows(st, severity, check, doc)
    c = Counter(f.severity for f in all_rows)
    with_docs = sorted({(f.doc_id, f.citing_document) for f in all_rows if f.doc_id is not None},
                       key=lambda x: x[1])
    params = {k: v for k, v in dict(severity=severity, check=check, doc=doc).items() if v}
    query = "?" + urlencode(params) if params else ""
    return page(request, "audit.html", title=tr("Citation check"), rows=rows, total=len(all_rows),
                counts={s: c.get(s, 0) for s in SEVERITIES},
                checks=sorted(CHECKS), severity=severity or "", check=check or "", doc=doc,
                docs=with_docs, csv_url="/audit.csv" + query, xlsx_url="/api/audit.xlsx" + query)


@router.get("/audit.csv", include_in_schema=False)
def audit_csv(severity: Severity | None = None, check: str | None = Query(None, max_length=60),
              doc: int | None = Query(None, **DOC_ID), st: StoreReader = Depends(reader)):
    _, rows, _ = audit_rows(st, severity, check, doc)
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=CSV_FIELDS, extrasaction="ignore")
    w.writeheader()
    for f in rows:
        w.writerow({**f.model_dump(), "expected": f.expected_text})
    return Response("\ufeff" + buf.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="vanban-audit.csv"'})
