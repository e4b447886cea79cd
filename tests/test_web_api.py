"""The JSON API and the pages of ``vanban serve`` over a store of ``corpora/`` (FastAPI TestClient),
and schemathesis against the OpenAPI schema: no input the schema allows makes a server error,
and every response matches its declared model."""
from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings

from vanban.pipeline.index.text import fold
from vanban.web import create_app
from webstores import CORPORA, corpus_store

QUERY = "nghi quyet khoa hoc cong nghe"


@pytest.fixture(scope="module")
def app():
    return create_app(corpus_store())


@pytest.fixture(scope="module")
def client(app):
    return TestClient(app)


@pytest.fixture(scope="module")
def docs(client):
    return {d["name"]: d for d in client.get("/api/documents").json()}


@pytest.fixture(scope="module")
def report_id(docs):
    """The 2022 district report: cites 20-NQ/TW (once as "20-NQTW") and "Nghị quyết số 50-KL/TW"."""
    return docs["2022_bc_tong_ket_10_nam_nq20_huyen_uy_bao_lam.md"]["id"]


# --- documents -----------------------------------------------------------------------------

def test_documents_lists_every_corpus_file(docs):
    from vanban.pipeline.ingest import discover

    assert set(docs) == {Path(p).name for p in discover([CORPORA])}
    bc = docs["2022_bc_tong_ket_10_nam_nq20_huyen_uy_bao_lam.md"]
    assert (bc["doc_type"], bc["number"], bc["year"], bc["issuer"]) == (
        "Báo cáo", "395-BC/HU", 2022, "Huyện ủy Bảo Lâm")
    assert not any("/" in name for name in docs), "no server path leaks"


def test_document_is_the_extract_json_contract(client, report_id):
    r = client.get(f"/api/document/{report_id}")
    assert r.status_code == 200
    d = r.json()
    assert set(d) >= {"document", "text", "sections", "sentences", "citations", "dates",
                      "quantities", "directives"}
    assert d["id"] == report_id and d["document"]["number"] == "395-BC/HU"
    assert d["document"]["path"] == "2022_bc_tong_ket_10_nam_nq20_huyen_uy_bao_lam.md"
    for c in d["citations"]:
        assert d["text"][c["start"]:c["end"]] == c["text"]
    assert {"20-NQ/TW", "50-KL/TW"} <= {c["number"] for c in d["citations"]}


@pytest.mark.parametrize("bad, status", [(999_999, 404), ("abc", 422), (0, 422), (-3, 422)])
def test_document_by_integer_id_only(client, bad, status):
    assert client.get(f"/api/document/{bad}").status_code == status
    assert client.get(f"/api/summary/{bad}").status_code == status


def test_summary_items_are_spans_of_the_text(client, report_id):
    text = client.get(f"/api/document/{report_id}").json()["text"]
    s = client.get(f"/api/summary/{report_id}").json()
    items = [it for part in ("figures", "achievements", "limitations", "causes", "directives")
             for it in s[part]]
    assert len(items) >= 5 and s["figures"]
    for it in items:
        assert text[it["start"]:it["end"]] == it["text"]
    assert "20-NQ/TW" in {c["number"] for c in s["citations"]}


# --- search --------------------------------------------------------------------------------

def test_search_without_diacritics_finds_and_marks_the_words(client):
    r = client.get("/api/search", params={"q": QUERY, "k": 10})
    assert r.status_code == 200
    res = r.json()
    assert res["indexed"] and res["count"] == len(res["hits"]) == 10
    words = set(QUERY.split())
    for h in res["hits"]:
        marked = {w for s, e in h["highlights"] for w in fold(h["text"][s:e]).lower().split()}
        assert marked & words, h["text"][:80]
        assert h["url"] == f"/doc/{h['doc_id']}?hl={h['start']}-{h['end']}#hl"
    best = res["hits"][0]
    text = client.get(f"/api/document/{best['doc_id']}").json()["text"]
    assert text[best["start"]:best["end"]] == best["text"]


@pytest.mark.parametrize("mode", ["hybrid", "dense", "lexical"])
def test_every_mode_answers(client, mode):
    hits = client.get("/api/search", params={"q": "giai phap thu hut nguon nhan luc", "mode": mode}).json()["hits"]
    assert hits and all(h["doc_id"] for h in hits)


def test_search_filters_hold_on_every_hit(client):
    hits = client.get("/api/search", params={"q": QUERY, "k": 50, "year_from": 2013,
                                             "year_to": 2019}).json()["hits"]
    assert hits and all(2013 <= h["year"] <= 2019 for h in hits)
    hits = client.get("/api/search", params={"q": QUERY, "k": 50, "issuer": "tinh uy lam dong"}).json()["hits"]
    assert hits and {h["issuer"] for h in hits} == {"Tỉnh ủy Lâm Đồng"}
    hits = client.get("/api/search", params={"q": QUERY, "k": 50, "type": "ke hoach"}).json()["hits"]
    assert hits and {h["doc_type"] for h in hits} == {"Kế hoạch"}
    cited = client.get("/api/cite/57-NQ/TW").json()
    citing = {m["doc_id"] for m in cited["mentions"]}
    hits = client.get("/api/search", params={"q": QUERY, "k": 50, "cites": "57-NQ/TW"}).json()["hits"]
    assert hits and {h["doc_id"] for h in hits} <= citing


def test_timeline_and_facets_count_the_hits(client):
    res = client.get("/api/search", params={"q": QUERY, "k": 100}).json()
    assert sum(y["count"] for y in res["years"]) == res["count"]
    years = [y["year"] for y in res["years"]]
    assert years == sorted(years) and len(years) >= 5
    assert sum(f["count"] for f in res["facets"]["years"]) == res["count"]
    assert sum(f["count"] for f in res["facets"]["types"]) <= res["count"]


def test_a_number_query_returns_the_document_and_who_cites_it(client):
    hits = client.get("/api/search", params={"q": "87-KH/TU"}).json()["hits"]
    assert hits[0]["kind"] == "document" and hits[0]["number"] == "87-KH/TU"
    assert any(h["kind"] == "citation" for h in hits)


@pytest.mark.parametrize("params", [
    {"q": "x" * 501}, {"q": "a", "k": 101}, {"q": "a", "k": 0}, {"q": "a", "mode": "fuzzy"},
    {"q": "a", "year_from": "twenty"}, {"q": "a", "issuer": "x" * 201},
])
def test_search_bounds(client, params):
    assert client.get("/api/search", params=params).status_code == 422


def test_empty_query_is_an_empty_answer(client):
    res = client.get("/api/search", params={"q": "  "}).json()
    assert res["count"] == 0 and res["hits"] == []


# --- citations and audit -------------------------------------------------------------------

def test_cite_any_spelling_of_the_number(client):
    a = client.get("/api/cite/20-NQ/TW").json()
    assert client.get("/api/cite/20-NQ%2FTW").json() == a
    assert client.get("/api/cite/20-NQTW").json()["mentions"] == a["mentions"]
    assert a["number"] == "20-NQ/TW"
    assert a["registry"][0]["date"] == "2012-11-01"
    years = [m["year"] for m in a["mentions"]]
    assert None not in years, "every citing document has its year"
    assert len(set(years)) >= 3 and years == sorted(years)
    assert len({m["doc_id"] for m in a["mentions"]}) >= 4
    assert "malformed_number" in {f["check"] for f in a["findings"]}
    for m in a["mentions"][:5]:
        text = client.get(f"/api/document/{m['doc_id']}").json()["text"]
        assert text[m["start"]:m["end"]] == m["cited_as"]


def test_cite_of_a_stored_document_names_it(client, docs):
    a = client.get("/api/cite/87-KH/TU").json()
    assert a["document_id"] == docs["2014_kh87_ung_dung_khcn_nong_nghiep_tinh_uy_lam_dong.docx"]["id"]
    assert "date_mismatch" in {f["check"] for f in a["findings"]}


def test_cite_of_an_unknown_number_is_empty(client):
    a = client.get("/api/cite/999-XX/YY").json()
    assert a["mentions"] == [] and a["registry"] == [] and a["document_id"] is None


def test_audit_findings_and_filters(client, report_id):
    res = client.get("/api/audit").json()
    assert res["total"] == len(res["findings"]) >= 5
    assert {"date_mismatch", "type_code_mismatch", "malformed_number"} <= {f["check"] for f in res["findings"]}
    for f in res["findings"]:
        assert f["url"] == f"/doc/{f['doc_id']}?hl={f['start']}-{f['end']}#hl"
        assert "/work/" not in f["evidence"] and "corpora/" not in f["evidence"]
    errors = client.get("/api/audit", params={"severity": "error"}).json()
    assert 0 < errors["total"] < res["total"]
    assert {f["severity"] for f in errors["findings"]} == {"error"}
    mine = client.get("/api/audit", params={"doc": report_id}).json()
    assert mine["total"] >= 2 and {f["doc_id"] for f in mine["findings"]} == {report_id}
    one = client.get("/api/audit", params={"check": "type_code_mismatch"}).json()
    assert one["findings"][0]["cited_as"] == "Nghị quyết số 50-KL/TW ngày 30/5/2019"
    assert client.get("/api/audit", params={"severity": "fatal"}).status_code == 422


def test_audit_csv_matches_the_table(client):
    r = client.get("/audit.csv")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text.lstrip("\ufeff"))))
    assert len(rows) == client.get("/api/audit").json()["total"]
    assert {"severity", "check", "number", "cited_as", "citing_document", "expected", "found"} <= set(rows[0])
    errs = list(csv.DictReader(io.StringIO(client.get("/audit.csv?severity=error").text.lstrip("\ufeff"))))
    assert errs and all(r["severity"] == "error" for r in errs) and len(errs) < len(rows)


def test_downloads_for_excel(client):
    """The store as a workbook (a sheet per table) and as CSVs in a zip, the findings as a
    workbook, each linked from the pages; headers and explanations in the reader's language."""
    import zipfile

    import openpyxl

    page = client.get("/").text
    assert 'href="/api/export.xlsx"' in page and 'href="/api/export.zip"' in page
    assert 'href="/api/audit.xlsx"' in client.get("/audit").text
    r = client.get("/api/export.xlsx")
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/vnd.openxmlformats")
    assert 'filename="vanban.xlsx"' in r.headers["content-disposition"]
    book = openpyxl.load_workbook(io.BytesIO(r.content), read_only=True)
    assert book.sheetnames == ["Văn bản", "Trích dẫn", "Ngày tháng", "Số liệu", "Nhiệm vụ", "Phát hiện"]
    docs = client.get("/api/documents").json()
    assert book["Văn bản"].max_row == len(docs) + 1
    z = zipfile.ZipFile(io.BytesIO(client.get("/api/export.zip").content))
    assert sorted(z.namelist()) == sorted(f"{t}.csv" for t in ("documents", "citations", "dates", "figures",
                                                                "directives", "findings"))
    rows = list(csv.DictReader(io.StringIO(z.read("documents.csv").decode("utf-8-sig"))))
    assert len(rows) == len(docs) and {d["number"] for d in docs if d["number"]} <= {r["number"] for r in rows}
    total = client.get("/api/audit").json()["total"]
    vi = openpyxl.load_workbook(io.BytesIO(client.get("/api/audit.xlsx").content), read_only=True)["Phát hiện"]
    vi_rows = list(vi.iter_rows(values_only=True))
    assert len(vi_rows) == total + 1 and "Giải thích" in vi_rows[0]
    errors = client.get("/api/audit.xlsx", params={"severity": "error"}, headers={"Accept-Language": "en-US,en"})
    en = openpyxl.load_workbook(io.BytesIO(errors.content), read_only=True)["findings"]
    en_rows = list(en.iter_rows(values_only=True))
    assert en_rows[0][:2] == ("severity", "check") and 1 < len(en_rows) < len(vi_rows)
    assert all(row[0] == "error" for row in en_rows[1:])


def test_audit_speaks_the_readers_language(client):
    """Vietnamese by default; English by Accept-Language or ?lang=en (remembered in a cookie)."""
    vi = client.get("/api/audit", params={"check": "type_code_mismatch"}).json()["findings"][0]
    assert vi["explanation"] == "mã 'KL' trong '50-KL/TW' là Kết luận, nhưng văn bản ghi 'Nghị quyết'"
    assert vi["evidence"] == "the code 'KL' in '50-KL/TW' names a Kết luận, the text says 'Nghị quyết'"
    en = client.get("/api/audit", params={"check": "type_code_mismatch"},
                    headers={"Accept-Language": "en-GB,en;q=0.9"}).json()["findings"][0]
    assert en["explanation"] == en["evidence"]
    page = client.get("/audit").text
    assert '<html lang="vi">' in page and "nhưng văn bản ghi" in page and "Tải Excel" in page
    english = client.get("/audit", params={"lang": "en"})
    assert '<html lang="en">' in english.text and "the text says" in english.text and "Download Excel" in english.text
    assert "vanban_lang=en" in english.headers["set-cookie"]
    client.cookies.clear()
    assert '<html lang="vi">' in client.get("/audit").text


# --- upload --------------------------------------------------------------------------------

def test_extract_an_upload(client):
    src = CORPORA / "2023_tb512_ket_luan_chuyen_doi_so_huyen_uy_bao_lam.txt"
    r = client.post("/api/extract", files={"file": (src.name, src.read_bytes(), "text/plain")})
    assert r.status_code == 200, r.text
    d = r.json()
    assert d["document"]["path"] == src.name and d["id"] is None
    assert d["document"]["number"] == "512-TB/HU" and d["document"]["date"] == "2023-05-10"
    assert d["citations"] and d["sections"]


@pytest.mark.parametrize("name, data, status", [
    ("notes.exe", b"MZ\x90\x00", 415),
    ("page.html", b"<html></html>", 415),
    ("no_suffix", b"abc", 415),
    ("big.txt", b"a" * (10 * 1024 * 1024 + 1), 413),
    ("empty.txt", b"", 422),
    ("broken.docx", b"not a zip file", 422),
])
def test_extract_refuses(client, name, data, status):
    r = client.post("/api/extract", files={"file": (name, data, "application/octet-stream")})
    assert r.status_code == status, r.text
    assert r.json()["detail"]


def test_extract_needs_a_file(client):
    assert client.post("/api/extract").status_code == 422


# --- pages ---------------------------------------------------------------------------------

def test_pages_render(client, report_id):
    home = client.get("/")
    assert home.status_code == 200 and "395-BC/HU" in home.text
    search = client.get("/", params={"q": QUERY})
    assert search.status_code == 200 and 'id="timeline"' in search.text
    assert search.text.count('class="hit card"') == 20
    assert re.search(r'<mark class="hl-word">[^<]*(Nghị quyết|khoa học|công nghệ)', search.text, re.I)
    # empty fields of the form are fine
    assert client.get("/?q=abc&year_from=&year_to=&issuer=&type=&cites=").status_code == 200
    doc = client.get(f"/doc/{report_id}?hl=2000-2300")
    assert doc.status_code == 200
    assert 'id="hl"' in doc.text and 'class="cit"' in doc.text and 'class="qty"' in doc.text
    assert 'href="/cite/20-NQ/TW"' in doc.text
    # hover titles carry the normalised values
    for title in ("Nghị quyết · 20-NQ/TW · ngày 2012-11-01 · Ban Chấp hành Trung ương Đảng · khóa XI",
                  "2022-04-15 (day)", "trên 120.000 người · count", "khoảng 146.000 ha · measure"):
        assert f'title="{title}"' in doc.text, title
    assert re.search(r'class="dir dir-\w+" title="\w+/(open|done)[^"]* · chủ thể: [^"]+ · hành động: [^"]+"',
                     doc.text)
    assert client.get("/cite/20-NQ/TW").status_code == 200
    no_switch = lambda html: re.sub(r'<nav class="lang".*?</nav>', "", html)  # noqa: E731  (links to itself)
    assert no_switch(client.get("/cite", params={"n": "20-NQ/TW"}).text) == no_switch(client.get("/cite/20-NQ/TW").text)
    audit = client.get("/audit", params={"severity": "error"})
    assert audit.status_code == 200 and 'data-severity="warning"' not in audit.text
    assert client.get("/audit?severity=&check=&doc=").status_code == 200
    missing = client.get("/doc/424242")
    assert missing.status_code == 404 and "text/html" in missing.headers["content-type"]


def test_document_links_citations_to_stored_documents(client, docs):
    """The 2018 report cites Kế hoạch 87-KH/TU, which is in the store: the link opens it."""
    d = docs["2018_bc_so_ket_5_nam_ctr35_huyen_uy_bao_lam.pdf"]
    target = docs["2014_kh87_ung_dung_khcn_nong_nghiep_tinh_uy_lam_dong.docx"]["id"]
    html = client.get(f"/doc/{d['id']}").text
    assert re.search(rf'<a class="cit" title="[^"]*87-KH/TU[^"]*" href="/doc/{target}">', html)


# --- schemathesis ----------------------------------------------------------------------------

def api_operations():
    return ["/api/search", "/api/documents", "/api/document/{doc_id}", "/api/summary/{doc_id}",
            "/api/audit", "/api/cite/{number}", "/api/lineage/{number}", "/api/relations/{doc_id}",
            "/api/audit.xlsx", "/api/export.xlsx", "/api/export.zip"]


@pytest.mark.parametrize("path", api_operations())
def test_api_schema(app, path):
    """No input the schema allows gives a 5xx; every response matches its declared model.
    (Uploads are covered by test_extract_*: analysing random bytes is slow, not interesting.)"""
    from schemathesis.checks import not_a_server_error
    from schemathesis.specs.openapi.checks import (content_type_conformance,
                                                   response_schema_conformance,
                                                   status_code_conformance)

    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    ops = [r.ok() for r in schema.get_all_operations()]
    assert {o.path for o in ops} == set(api_operations()) | {"/api/extract"}
    op = next(o for o in ops if o.path == path)

    @given(case=op.as_strategy())
    @settings(max_examples=15, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    def run(case):
        case.call_and_validate(checks=[not_a_server_error, response_schema_conformance,
                                       content_type_conformance, status_code_conformance])

    run()


def test_a_store_without_index_says_so(tmp_path):
    from vanban.pipeline import store as store_mod

    store_mod.connect(tmp_path / "empty").close()
    c = TestClient(create_app(tmp_path / "empty"))
    res = c.get("/api/search", params={"q": QUERY}).json()
    assert res["indexed"] is False and res["hits"] == []
    page = c.get("/", params={"q": QUERY})
    assert page.status_code == 200 and "vanban index" in page.text
    assert c.get("/api/documents").json() == []
    assert c.get("/api/audit").json()["total"] == 0
    assert c.get("/audit").status_code == 200 and c.get("/cite/20-NQ/TW").status_code == 200
