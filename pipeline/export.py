"""Tables for spreadsheets: what the store holds, one row per document, citation, figure, task, finding.

``store_tables(conn)`` reads the store into plain tables; ``write_xlsx`` writes them as one workbook
(a sheet per table, frozen header row, filters, column widths set) and ``write_csv_dir`` as one
CSV per table (UTF-8 with BOM, so Excel shows the diacritics). Every extracted row carries its
offsets in the normalised text and where that is in the source file (offset, page, line).

>>> import tempfile
>>> from vanban.pipeline.ingest import ingest
>>> from vanban.pipeline.store import connect
>>> store_dir = tempfile.TemporaryDirectory()
>>> _ = ingest(["corpora/2013_ctr_hanh_dong_nq20_huyen_uy_bao_lam.txt"], store_dir.name,
...            workers=0, index=False)
>>> tables = store_tables(connect(store_dir.name))
>>> [t.name for t in tables]
['documents', 'citations', 'dates', 'figures', 'directives', 'findings']
>>> write_xlsx(tables, Path(store_dir.name) / "vanban.xlsx").name
'vanban.xlsx'
"""
from __future__ import annotations

import csv
import sqlite3
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from vanban.pipeline.audit import audit
from vanban.pipeline.model import Citation, DateMention, Directive, Document, Quantity
from vanban.pipeline.store import list_documents, load_document

# The columns every extracted row starts with: which document, where in it.
_WHERE = ("document", "document_number", "start", "end", "source_offset", "page", "line")
_DOCUMENT_COLUMNS = ("document", "doc_type", "number", "date", "year", "issuer", "parent_issuer",
                     "place", "title", "signer", "signer_title", "format", "ocr", "citations",
                     "dates", "figures", "directives")
_FINDING_COLUMNS = ("severity", "check", "document", "number", "cited_as", "expected", "found",
                    "evidence", "start", "end")


@dataclass(frozen=True, slots=True)
class Table:
    """A sheet: its name, the column keys, and rows of values in that order."""
    name: str
    columns: tuple[str, ...]
    rows: list[tuple]


def _item_columns(cls) -> tuple[str, ...]:
    own = tuple(f.name for f in fields(cls) if f.name not in ("start", "end"))
    return _WHERE + own


def _where(doc: Document, start: int, end: int) -> tuple:
    pos = doc.source_position(start)
    return (doc.path, doc.metadata.number, start, end, pos.offset, pos.page, pos.line)


def _cell(value):
    if isinstance(value, (list, tuple)):
        return "; ".join(str(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{k}={v}" for k, v in value.items() if v is not None)
    return value


def _item_rows(doc: Document, items, cls) -> list[tuple]:
    own = [f.name for f in fields(cls) if f.name not in ("start", "end")]
    rows = []
    for item in items:
        data = asdict(item)
        rows.append(_where(doc, item.start, item.end) + tuple(_cell(data[k]) for k in own))
    return rows


def _document_row(doc: Document) -> tuple:
    m = doc.metadata
    return (doc.path, m.doc_type, m.number, m.date, m.year, m.issuer, m.parent_issuer, m.place,
            m.title, m.signer, m.signer_title, doc.format, doc.ocr, len(doc.citations),
            len(doc.dates), len(doc.quantities), len(doc.directives))


def document_tables(docs: list[Document]) -> list[Table]:
    """Documents, citations, dates, figures and directives of analysed documents."""
    kinds = (("citations", Citation, "citations"), ("dates", DateMention, "dates"),
             ("figures", Quantity, "quantities"), ("directives", Directive, "directives"))
    tables = [Table("documents", _DOCUMENT_COLUMNS, [_document_row(d) for d in docs])]
    for name, cls, attr in kinds:
        rows = [row for d in docs for row in _item_rows(d, getattr(d, attr), cls)]
        tables.append(Table(name, _item_columns(cls), rows))
    return tables


def finding_table(findings, lang: str | None = None) -> Table:
    """The findings, ``expected`` and the explanation (column ``evidence``) in ``lang``."""
    rows = [(f.severity, f.check, f.citing_document, f.number, f.cited_as, f.expected_text(lang),
             f.found, f.explanation(lang), f.start, f.end) for f in findings]
    return Table("findings", _FINDING_COLUMNS, rows)


def store_tables(conn: sqlite3.Connection, *, findings: bool = True, lang: str | None = None) -> list[Table]:
    """Every table of the store; ``findings`` adds the audit's findings (which syncs the registry)."""
    docs = [load_document(conn, d.id) for d in list_documents(conn)]
    tables = document_tables(docs)
    if findings:
        tables.append(finding_table(audit(conn), lang))
    return tables


# Header labels of the workbook, for the people who read it; CSV keeps the keys.
LABELS_VI = {
    "document": "Văn bản (tệp)", "document_number": "Số văn bản", "start": "Vị trí đầu",
    "end": "Vị trí cuối", "source_offset": "Vị trí trong tệp gốc", "page": "Trang", "line": "Dòng",
    "doc_type": "Loại văn bản", "number": "Số", "date": "Ngày", "year": "Năm",
    "issuer": "Cơ quan ban hành", "parent_issuer": "Cơ quan cấp trên", "place": "Nơi ban hành",
    "title": "Trích yếu", "signer": "Người ký", "signer_title": "Chức vụ", "format": "Định dạng",
    "ocr": "OCR", "citations": "Trích dẫn", "dates": "Ngày tháng", "figures": "Số liệu",
    "directives": "Nhiệm vụ", "text": "Nguyên văn", "type": "Loại", "type_code": "Mã loại",
    "number_text": "Số như viết", "issuer_code": "Mã cơ quan", "date_valid": "Ngày hợp lệ",
    "issuing_body": "Cơ quan", "term": "Khóa", "short": "Viết tắt", "resolved_to": "Trỏ tới",
    "value": "Giá trị", "precision": "Độ chính xác", "valid": "Hợp lệ", "range_id": "Khoảng",
    "value_max": "Giá trị tối đa", "unit": "Đơn vị", "qualifier": "Định tính",
    "ambiguous": "Mơ hồ", "kind": "Kiểu", "section": "Mục", "role": "Vai trò",
    "status": "Tình trạng", "actor": "Chủ thể", "action": "Hành động", "object": "Đối tượng",
    "deadline": "Thời hạn", "severity": "Mức độ", "check": "Kiểm tra", "cited_as": "Trích dẫn như viết",
    "expected": "Đúng là", "found": "Tìm thấy", "evidence": "Giải thích",
    "relation": "Quan hệ", "pinpoint": "Điều khoản",
}
SHEETS_VI = {"documents": "Văn bản", "citations": "Trích dẫn", "dates": "Ngày tháng",
             "figures": "Số liệu", "directives": "Nhiệm vụ", "findings": "Phát hiện"}
_MAX_WIDTH = 60


def _width(column: str, label: str, rows: list[tuple], i: int) -> int:
    longest = max((len(str(r[i])) for r in rows[:2000] if r[i] is not None), default=0)
    return max(8, min(_MAX_WIDTH, max(len(label), longest) + 2))


def write_xlsx(tables: list[Table], path, *, labels: dict | None = None,
               sheets: dict | None = None, lang: str | None = None) -> Path:
    """One sheet per table: bold frozen header, autofilter, widths from the content, long text
    wrapped. ``labels``/``sheets`` name headers and sheets: Vietnamese unless ``lang`` (default:
    the current language) is English, where the keys are the headers. ``path`` may be a file
    object (the web app writes to memory)."""
    import xlsxwriter

    from vanban.pipeline.messages import current_lang, normalize_lang

    vi = (normalize_lang(lang) or current_lang()) == "vi"
    labels = (LABELS_VI if vi else {}) if labels is None else labels
    sheets = (SHEETS_VI if vi else {}) if sheets is None else sheets
    path = path if hasattr(path, "write") else Path(path)
    book = xlsxwriter.Workbook(path if hasattr(path, "write") else str(path), {"strings_to_numbers": False, "strings_to_formulas": False,
                                           "strings_to_urls": False})
    head = book.add_format({"bold": True, "bg_color": "#DDE7F0", "border": 1, "text_wrap": True,
                            "valign": "top"})
    wrap = book.add_format({"text_wrap": True, "valign": "top"})
    for table in tables:
        sheet = book.add_worksheet(sheets.get(table.name, table.name)[:31])
        names = [labels.get(c, c) for c in table.columns]
        for j, (column, name) in enumerate(zip(table.columns, names)):
            width = _width(column, name, table.rows, j)
            sheet.set_column(j, j, width, wrap if width == _MAX_WIDTH else None)
            sheet.write_string(0, j, name, head)
        for i, row in enumerate(table.rows, start=1):
            for j, value in enumerate(row):
                if value is None:
                    continue
                if isinstance(value, bool):
                    sheet.write_boolean(i, j, value)
                elif isinstance(value, (int, float)):
                    sheet.write_number(i, j, value)
                else:
                    sheet.write_string(i, j, str(value))
        sheet.freeze_panes(1, 0)
        sheet.autofilter(0, 0, max(len(table.rows), 1), len(table.columns) - 1)
    book.close()
    return path


def write_csv_dir(tables: list[Table], folder: str | Path) -> list[Path]:
    """One ``<table>.csv`` per table, keys as headers, UTF-8 with BOM."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for table in tables:
        target = folder / f"{table.name}.csv"
        with open(target, "w", encoding="utf-8-sig", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(table.columns)
            w.writerows(["" if v is None else v for v in row] for row in table.rows)
        written.append(target)
    return written
