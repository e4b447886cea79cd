"""The one document-type table and the one issuer table (models/doc_types.csv, models/issuers.csv)
that the header reader and the citation reader share."""
from __future__ import annotations

import pytest

from vanban.pipeline.extract.patterns import canonical_type_code, issuer_name, type_name
from vanban.pipeline.resources import doc_type_table, issuer_table
from vanban.pipeline.structure.lines import match_doc_type
from vanban.pipeline.structure.tables import issuer_codes


# (type line as a header writes it, type name, the code its numbers carry)
HEADER_TYPES = [
    ("NGHỊ QUYẾT", "Nghị quyết", "NQ"),
    ("THÔNG BÁO KẾT LUẬN", "Thông báo kết luận", "TB"),
    ("CHƯƠNG TRÌNH HÀNH ĐỘNG", "Chương trình hành động", "CTr"),
    ("QUY ĐỊNH", "Quy định", "QĐi"),
    ("LUẬT", "Luật", ""),            # laws carry no type code: 29/2013/QH13
    ("BỘ LUẬT", "Bộ luật", ""),
    ("LỆNH", "Lệnh", "L"),           # "01/2024/L-CTN"
    ("TRÍCH YẾU", "Trích yếu", ""),   # a header type, never cited
    ("VĂN BẢN HỢP NHẤT", "Văn bản hợp nhất", "VBHN"),
]


@pytest.mark.parametrize(("written", "name", "code"), HEADER_TYPES)
def test_a_header_type_line_reads_the_shared_table(written, name, code):
    t = match_doc_type(written)
    assert (t.name, t.code) == (name, code)


# (code as cited, type name) from the same table
CITED_TYPES = [("NQ", "Nghị quyết"), ("QĐi", "Quy định"), ("LT", "Lệnh"), ("L", "Luật"), ("HP", "Hiến pháp")]


@pytest.mark.parametrize(("code", "name"), CITED_TYPES)
def test_a_cited_type_code_reads_the_shared_table(code, name):
    assert type_name(code) == name


def test_a_header_only_type_is_no_citation_type():
    assert canonical_type_code("TRÍCH YẾU") is None
    assert all(t.code for t in doc_type_table() if t.cited)


def test_each_code_is_one_row():
    codes = [t.code for t in doc_type_table() if t.code]
    assert len(codes) == len(set(codes))
    issuers = [i.code for i in issuer_table()]
    assert len(issuers) == len(set(issuers))


def test_header_spellings_are_capitals_and_each_names_one_type():
    spellings = [w for t in doc_type_table() for w in t.header]
    assert spellings == [w.upper() for w in spellings] and len(spellings) == len(set(spellings))


@pytest.mark.parametrize(("code", "header", "cited_name"), [
    ("VPTW", "Văn phòng Trung ương Đảng", "Văn phòng Trung ương Đảng"),
    ("TW", "Ban Chấp hành Trung ương", "Ban Chấp hành Trung ương Đảng"),
    ("ThU", "Thành ủy", None),        # known to headers only
    ("TTg", "Thủ tướng Chính phủ", "Thủ tướng Chính phủ"),
])
def test_issuer_codes_read_the_shared_table(code, header, cited_name):
    assert issuer_codes()[code] == header
    assert issuer_name(code) == cited_name
