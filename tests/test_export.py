"""`vanban export` and `vanban audit --xlsx`: the store as an Excel workbook and as CSVs."""
from __future__ import annotations

import csv

import openpyxl
import pytest
from typer.testing import CliRunner

from vanban.pipeline.analyze import analyze
from vanban.pipeline.store import connect, save_document
from tests.conftest import CORPORA
from vanban.cli import app

DEMO = ["2022_bc_tong_ket_10_nam_nq20_huyen_uy_bao_lam.md",
        "2018_bc_so_ket_5_nam_ctr35_huyen_uy_bao_lam.pdf",
        "2025_kh_thuc_hien_nq57_huyen_uy_bao_lam.md"]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("export") / "store"
    conn = connect(folder)
    docs = [analyze(CORPORA / name) for name in DEMO]
    for doc in docs:
        save_document(conn, doc)
    conn.close()
    return folder, docs


def _sheet_rows(ws) -> list[dict]:
    rows = list(ws.iter_rows(values_only=True))
    return [dict(zip(rows[0], r)) for r in rows[1:]]


def test_workbook_has_a_sheet_per_table_with_vietnamese_intact(store, tmp_path):
    folder, docs = store
    out = tmp_path / "vanban.xlsx"
    r = CliRunner().invoke(app, ["export", "--store", str(folder), "--xlsx", str(out)])
    assert r.exit_code == 0, r.output
    assert f"Văn bản {len(docs)}, Trích dẫn {sum(len(d.citations) for d in docs)}" in r.output  # sheets as named
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Văn bản", "Trích dẫn", "Ngày tháng", "Số liệu", "Nhiệm vụ", "Phát hiện"]
    for ws in book.worksheets:
        assert ws.freeze_panes == "A2"            # the header row stays in view
        assert ws.auto_filter.ref                 # filters on every column
        assert ws.column_dimensions["A"].width >= 8
    documents = _sheet_rows(book["Văn bản"])
    assert {d["Số"] for d in documents} == {d.metadata.number for d in docs}
    assert {d["Cơ quan ban hành"] for d in documents} >= {"Huyện ủy Bảo Lâm"}
    citations = _sheet_rows(book["Trích dẫn"])
    assert len(citations) == sum(len(d.citations) for d in docs)
    by_doc = {d.path: d for d in docs}
    for row in citations:                       # each row points back at its span
        doc = by_doc[row["Văn bản (tệp)"]]
        assert doc.text[row["Vị trí đầu"]:row["Vị trí cuối"]] == row["Nguyên văn"]
    assert any(row["Số"] == "20-NQ/TW" for row in citations)
    pdf_rows = [r for r in citations if r["Văn bản (tệp)"].endswith(".pdf")]
    assert pdf_rows and all(r["Trang"] >= 1 for r in pdf_rows)   # PDF rows name their page
    tasks = _sheet_rows(book["Nhiệm vụ"])
    assert len(tasks) == sum(len(d.directives) for d in docs) > 0
    figures = _sheet_rows(book["Số liệu"])
    assert any(isinstance(r["Giá trị"], (int, float)) for r in figures)
    findings = _sheet_rows(book["Phát hiện"])
    assert any(r["Kiểm tra"] == "type_code_mismatch" for r in findings)  # planted in the 2022 report


def test_csv_folder_has_one_file_per_table(store, tmp_path):
    folder, docs = store
    r = CliRunner().invoke(app, ["export", "--store", str(folder), "--csv", str(tmp_path / "csv"),
                                 "--no-findings"])
    assert r.exit_code == 0, r.output
    names = sorted(p.name for p in (tmp_path / "csv").iterdir())
    assert names == ["citations.csv", "dates.csv", "directives.csv", "documents.csv", "figures.csv"]
    with open(tmp_path / "csv" / "directives.csv", encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == sum(len(d.directives) for d in docs)
    assert any("Huyện ủy" in (row["actor"] or "") or row["text"].startswith(("Tiếp tục", "Phấn đấu"))
               for row in rows)


def test_audit_xlsx_and_clear_errors(store, tmp_path):
    folder, _ = store
    out = tmp_path / "findings.xlsx"
    r = CliRunner().invoke(app, ["audit", "--store", str(folder), "--xlsx", str(out)])
    assert r.exit_code == 0, r.output
    rows = _sheet_rows(openpyxl.load_workbook(out)["Phát hiện"])
    assert rows and all(r["Mức độ"] in ("error", "warning", "format") for r in rows)
    r = CliRunner().invoke(app, ["export", "--store", str(folder)])
    assert r.exit_code == 1 and "--xlsx" in r.output
    r = CliRunner().invoke(app, ["export", "--store", str(tmp_path / "nowhere"), "--xlsx", str(out)])
    assert r.exit_code == 1 and "không có kho dữ liệu" in r.output
