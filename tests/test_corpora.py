"""The demo corpus in ``corpora/`` is what a user sees first: check it is complete and coherent."""
from __future__ import annotations

import importlib.util
import json
import re
import sys
import unicodedata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT / "corpora"
DOC_SUFFIXES = {".txt", ".md", ".docx", ".pdf"}


def _ws(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def docx_text(path: Path) -> str:
    import docx

    doc = docx.Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def pdf_text(path: Path) -> str:
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def file_text(path: Path) -> str:
    if path.suffix == ".docx":
        return docx_text(path)
    if path.suffix == ".pdf":
        return pdf_text(path)
    return path.read_text(encoding="utf-8")


def documents() -> list[Path]:
    return sorted(p for p in CORPORA.iterdir() if p.suffix in DOC_SUFFIXES and p.name[:4].isdigit())


EXPECTED = json.loads((CORPORA / "EXPECTED.json").read_text(encoding="utf-8"))
QUERIES = json.loads((CORPORA / "queries.json").read_text(encoding="utf-8"))


def test_corpus_size_issuers_years_formats():
    docs = documents()
    assert len(docs) >= 8
    assert {p.name for p in docs} == set(EXPECTED), "EXPECTED.json lists exactly the documents"
    assert len({e["issuer"] for e in EXPECTED.values()}) >= 3
    years = {int(e["date"][:4]) for e in EXPECTED.values()}
    assert len({y for y in years if 2005 <= y <= 2025}) >= 5
    suffixes = {p.suffix for p in docs}
    assert {".txt", ".md", ".docx", ".pdf"} <= suffixes


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_document_is_nfc_vietnamese_of_the_right_length(name):
    text = file_text(CORPORA / name)
    assert unicodedata.is_normalized("NFC", text)
    words = len(text.split())
    assert 800 <= words <= 2600, words
    entry = EXPECTED[name]
    # The document's own number and a heading or article label read as EXPECTED says.
    assert entry["number"].split("/")[0] in text
    assert entry["signer"] in text
    for section in entry["top_sections"]:
        assert _ws(section) in _ws(text), section


@pytest.mark.parametrize("suffix, opener", [(".docx", docx_text), (".pdf", pdf_text)])
def test_docx_and_pdf_open_with_vietnamese_text_intact(suffix, opener):
    paths = [p for p in documents() if p.suffix == suffix]
    assert paths
    for path in paths:
        text = opener(path)
        assert "Nghị quyết" in text
        assert "khoa học và công nghệ" in text
        assert unicodedata.is_normalized("NFC", text)


def test_pdf_has_two_pages_or_more():
    import pdfplumber

    for path in (p for p in documents() if p.suffix == ".pdf"):
        with pdfplumber.open(str(path)) as pdf:
            assert len(pdf.pages) >= 2
            assert "Trang 1/" in (pdf.pages[0].extract_text() or "")


@pytest.mark.parametrize("name, entry", sorted(EXPECTED.items()))
def test_planted_errors_are_in_the_text(name, entry):
    text = _ws(file_text(CORPORA / name))
    for error in entry["deliberate_errors"]:
        assert error["kind"] in {"date_mismatch", "number_year_mismatch", "malformed_number",
                                 "type_code_mismatch", "issuer_code_mismatch", "date_after_document"}
        assert _ws(error["as_written"]) in text, error


def test_every_kind_of_planted_error_occurs():
    kinds = {e["kind"] for entry in EXPECTED.values() for e in entry["deliberate_errors"]}
    assert kinds == {"date_mismatch", "number_year_mismatch", "malformed_number",
                     "type_code_mismatch", "issuer_code_mismatch", "date_after_document"}


HELDOUT = Path(__file__).resolve().parent / "heldout"
# every held-out batch that has blind search queries
HELDOUT_QUERY_SETS = sorted(p for p in HELDOUT.parent.glob("heldout*") if (p / "queries.json").is_file())


@pytest.mark.parametrize("folder, queries", [(CORPORA, QUERIES)] + [
    (p / "docs", json.loads((p / "queries.json").read_text(encoding="utf-8"))) for p in HELDOUT_QUERY_SETS
], ids=["corpora"] + [p.name for p in HELDOUT_QUERY_SETS])
def test_queries_quote_their_files(folder, queries):
    """Every gold quote is in the text the store keeps (normalised: Markdown marks and PDF line
    breaks gone), which is what search scoring compares passages with."""
    from vanban.pipeline.normalize import fold, normalize
    from vanban.pipeline.read import read_document

    assert len(queries) >= 12
    texts: dict[str, str] = {}
    for item in queries:
        assert item["query"].strip() and item["relevant"]
        for rel in item["relevant"]:
            if rel["file"] not in texts:
                texts[rel["file"]] = _ws(normalize(read_document(folder / rel["file"])).text)
            assert len(rel["quote"]) >= 30
            # a quote copied from the source may spell "Đảng uỷ"; the store keeps "Đảng ủy"
            assert _ws(fold(rel["quote"])) in texts[rel["file"]], (item["query"], rel["quote"])


def test_make_files_regenerates_the_committed_files(tmp_path):
    spec = importlib.util.spec_from_file_location("make_files", CORPORA / "make_files.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_files"] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    written = module.build(tmp_path)
    assert written
    for path in written:
        committed = CORPORA / path.name
        assert committed.is_file(), f"{path.name} is built but not committed"
        assert file_text(path) == file_text(committed), f"{path.name} differs from its source"


def _gen_corpus():
    spec = importlib.util.spec_from_file_location("gen_corpus", ROOT / "bench" / "gen_corpus.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["gen_corpus"] = module
    spec.loader.exec_module(module)
    return module


def test_synthetic_corpus_is_deterministic_and_sized(tmp_path):
    gen = _gen_corpus()
    first = gen.generate(tmp_path / "a", n=6, words=500, seed=7)
    again = gen.generate(tmp_path / "b", n=6, words=500, seed=7)
    other = gen.generate(tmp_path / "c", n=6, words=500, seed=8)
    assert [p.name for p in first] == [p.name for p in again]
    assert [p.read_text(encoding="utf-8") for p in first] == [p.read_text(encoding="utf-8") for p in again]
    assert [p.read_text(encoding="utf-8") for p in first] != [p.read_text(encoding="utf-8") for p in other]
    for path in first:
        text = path.read_text(encoding="utf-8")
        assert 500 <= len(text.split()) <= 800
        assert re.search(r"^Số:? \S+", text, re.M) and "ngày" in text and "Nơi nhận:" in text
        assert unicodedata.is_normalized("NFC", text)
