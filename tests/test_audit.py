"""Audit of cited numbers and dates: each check on real spellings, errors injected into copies of
the shared report and of demo documents (found with the right check and offsets, nothing else
flagged), the planted errors of the demo corpus, and the CLI reports."""
from __future__ import annotations

import json
import re
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

from vanban.pipeline.analyze import analyze
from vanban.pipeline.audit import (
    CHECKS, Finding, audit, audit_documents, run_checks, CitingDocument,
)
from vanban.pipeline.audit_report import render_html
from vanban.pipeline.model import Citation, Document
from vanban.pipeline.registry import Registry
from tests.conftest import CORPORA

SHARED_REPORT = "docs/000_baolam_bc_nq20.txt"


def analyzed(path) -> Document:
    """``analyze`` a file; citations come from the extractor even where ``analyze`` does not yet
    run every extraction step in this checkout."""
    doc = analyze(path)
    if not doc.citations:
        from vanban.pipeline.extract.citations import find_citations
        doc = replace(doc, citations=tuple(find_citations(doc.text)))
    return doc


def doc_from_text(tmp_path: Path, text: str, name: str = "doc.txt") -> Document:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return analyzed(p)


# --- each check on one real spelling -------------------------------------------------------

HEADER = ("HUYỆN ỦY BẢO LÂM\nSố 99-BC/HU\nBảo Lâm, ngày 15 tháng 4 năm 2022\n\nBÁO CÁO\n"
          "Kết quả thực hiện\n\n")

# (sentence in a report dated 15/4/2022, check expected on it, the part that must be inside the span)
CHECK_TABLE = [
    ("Thực hiện Nghị quyết số 20-NQ/TW, ngày 02/11/2012 của Ban Chấp hành Trung ương Đảng (khóa XI).",
     "date_mismatch", "20-NQ/TW"),
    ("Thực hiện Kết luận số 50-KL/TW ngày 30/6/2019 của Ban Bí thư.", "date_mismatch", "50-KL/TW"),
    ("Căn cứ Luật Khoa học và công nghệ số 29/2013/QH13 ngày 18/7/2013.", "date_mismatch", "29/2013/QH13"),
    ("Thực hiện Nghị quyết số 50-KL/TW ngày 30/5/2019 của Ban Bí thư.", "type_code_mismatch", "50-KL/TW"),
    ("Thực hiện Kế hoạch số 101-KH/HU, ngày 03/9/2019 của Ban Thường vụ Tỉnh ủy.",
     "issuer_code_mismatch", "101-KH/HU"),
    ("Thực hiện Kế hoạch số 245-KH/TU ngày 28/3/2025 của Ban Thường vụ Tỉnh ủy.",
     "date_after_document", "245-KH/TU"),
    ("Căn cứ Quyết định số 46/2002/QĐ-UBND ngày 12/09/2021 của Ủy ban nhân dân tỉnh.",
     "number_year_mismatch", "46/2002/QĐ-UBND"),
    ("Thực hiện Kết luận số 50-KL/TW, ngày 30/5/2019 của Ban Bí thư (khóa XI).", "term_mismatch",
     "50-KL/TW"),
    ("Thực hiện Nghị quyết số 20-NQTW của Ban Chấp hành Trung ương Đảng.", "malformed_number", "20-NQTW"),
    ("Thực hiện kết luận số 50 KL/TW của Ban Bí thư.", "malformed_number", "50 KL/TW"),
    ("Thực hiện chương trình hành động số 23- CTr/HU ngày 10/01/2013 của Huyện ủy.",
     "malformed_number", "23- CTr/HU"),
    ("Thực hiện Kế hoạch số 5-KH/TU ngày 31/02/2019 của Ban Thường vụ Tỉnh ủy.", "date_invalid",
     "31/02/2019"),
    ("Các cấp ủy tiếp tục quán triệt Nghị quyết 45 trong toàn Đảng bộ.", "unresolved_short",
     "Nghị quyết 45"),
]


@pytest.mark.parametrize("sentence,check,inside", CHECK_TABLE)
def test_check_finds_real_spelling(tmp_path, sentence, check, inside):
    doc = doc_from_text(tmp_path, HEADER + sentence + "\n")
    findings = audit_documents([doc])
    at = doc.text.index(inside)
    hits = [f for f in findings if f.check == check and f.start <= at < f.end]
    assert hits, f"{check} not found in {sentence!r}: {findings}"
    assert hits[0].severity == CHECKS[check]
    assert doc.text[hits[0].start:hits[0].end] == hits[0].cited_as


CLEAN_TABLE = [
    "Thực hiện Nghị quyết số 20-NQ/TW, ngày 01/11/2012 của Ban Chấp hành Trung ương Đảng (khóa XI).",
    "Thực hiện Kết luận số 50-KL/TW ngày 30/5/2019 của Ban Bí thư (khóa XII).",
    "Căn cứ Luật Khoa học và công nghệ ngày 18/6/2013.",
    "Căn cứ Nghị định số 08/2014/NĐ-CP ngày 27/01/2014 của Chính phủ.",
    "Thực hiện Kế hoạch số 101-KH/TU, ngày 03/9/2019 của Ban Thường vụ Tỉnh ủy.",
    # an issuer code the table does not know is not judged
    "Thực hiện Kế hoạch số 12-KH/BDVHU ngày 03/3/2020 của Ban Dân vận Huyện ủy.",
    # a different Chỉ thị 35 of a later term: party numbers restart each term
    "Thực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị về đại hội đảng bộ các cấp.",
]


@pytest.mark.parametrize("sentence", CLEAN_TABLE)
def test_correct_citation_gives_no_finding(tmp_path, sentence):
    doc = doc_from_text(tmp_path, HEADER + sentence + "\n")
    assert [f for f in audit_documents([doc]) if f.severity != "format"] == []


def test_same_number_with_different_dates_across_documents(tmp_path):
    docs = [doc_from_text(tmp_path, HEADER + f"Thực hiện Kế hoạch số 77-KH/TU ngày {d} của Ban "
                                             "Thường vụ Tỉnh ủy.\n", name=f"d{i}.txt")
            for i, d in enumerate(["10/3/2021", "10/3/2021", "13/3/2021"])]
    findings = [f for f in audit_documents(docs, Registry()) if f.check == "date_inconsistent"]
    assert len(findings) == 1
    assert findings[0].citing_document.endswith("d2.txt")
    assert (findings[0].expected, findings[0].found) == ("10/03/2021", "13/03/2021")


def test_invalid_date_and_unresolved_short_reference():
    cits = (
        Citation("Kế hoạch số 5-KH/TU ngày 31/02/2019", 0, 35, "Kế hoạch", "KH", "5-KH/TU", "5-KH/TU",
                 "TU", None, date_valid=False),
        Citation("Nghị quyết 45", 50, 63, "Nghị quyết", "NQ", None, "45", None, None, short=True),
    )
    got = {(f.check, f.start) for f in
           run_checks([CitingDocument("a.txt", None, "2022-01-01", 2022, cits)], Registry.seed())}
    assert got == {("date_invalid", 0), ("unresolved_short", 50)}


def test_document_cited_under_two_titles():
    def cit(start, title):
        text = f"Nghị quyết số 20-NQ/TW ngày 01/11/2012 {title}"
        return Citation(text, start, start + len(text), "Nghị quyết", "NQ", "20-NQ/TW", "20-NQ/TW",
                        "TW", "2012-11-01", title=title)
    cits = (cit(0, "về phát triển khoa học và công nghệ phục vụ sự nghiệp công nghiệp hóa"),
            cit(200, "về đẩy mạnh chuyển đổi số quốc gia"))
    got = [f for f in run_checks([CitingDocument("a.txt", None, None, None, cits)], Registry.seed())
           if f.check == "title_conflict"]
    assert [f.start for f in got] == [200]


# --- the shared report, untouched ----------------------------------------------------------

@pytest.fixture(scope="module")
def shared_report(shared_dir, tmp_path_factory):
    dst = tmp_path_factory.mktemp("shared") / "000_baolam_bc_nq20.txt"
    shutil.copy(shared_dir / SHARED_REPORT, dst)
    return dst


def test_shared_report_has_only_its_format_slips(shared_report):
    findings = audit_documents([analyzed(shared_report)])
    assert [f for f in findings if f.severity != "format"] == []
    found = sorted(f.found for f in findings if f.check == "malformed_number")
    assert found == ["20-NQTW", "23- CTr/HU", "50 KL/TW", "50 KL/TW"]
    assert {f.expected for f in findings} == {"20-NQ/TW", "23-CTr/HU", "50-KL/TW"}


def test_whole_shared_corpus_untouched_gives_format_notes_only(shared_dir, tmp_path):
    docs = []
    for p in sorted((shared_dir / "docs").iterdir()):
        shutil.copy(p, tmp_path / p.name)
        docs.append(analyzed(tmp_path / p.name))
    assert sum(len(d.citations) for d in docs) >= 40
    assert [f for f in audit_documents(docs) if f.severity != "format"] == []


# --- injected errors: copies of the shared report and of demo documents ---------------------

# (old, new, occurrence of old, check expected, anchor: a unique part of new that the span covers)
SHARED_INJECTIONS = [
    ("Kết luận số 50-KL/TW, ngày 30/5/2019", "Kết luận số 50-KL/TW, ngày 31/5/2019", 0,
     "date_mismatch", "ngày 31/5/2019"),
    ("Nghị quyết số 20-NQ/TW, ngày 01/11/2012", "Nghị quyết số 20-KL/TW, ngày 01/11/2012", 2,
     "type_code_mismatch", "20-KL/TW"),
    ("Kế hoạch số 101-KH/TU, ngày 03/9/2019 của Ban Thường vụ Tỉnh ủy",
     "Kế hoạch số 101-KH/HU, ngày 03/9/2019 của Ban Thường vụ Tỉnh ủy", 0,
     "issuer_code_mismatch", "101-KH/HU"),
    ("Kế hoạch số 101-KH/TU, ngày 03/9/2019", "Kế hoạch số 101-KH/TU, ngày 03/9/2024", 2,
     "date_after_document", "ngày 03/9/2024"),
    ("Nghị quyết số 20-NQ/TW ngày 01/11/2012", "Nghị quyết số 20- NQ/TW ngày 01/11/2012", 0,
     "malformed_number", "20- NQ/TW"),
    ("Kết luận số 50-KL/TW, ngày 30/5/2019 của Ban Bí thư (khóa XII)",
     "Kết luận số 50-KL/TW, ngày 30/5/2019 của Ban Bí thư (khóa XI)", 1,
     "term_mismatch", "Kết luận số 50-KL/TW, ngày 30/5/2019 của Ban Bí thư (khóa XI)"),
    ("Luật Khoa học và công nghệ ngày 18/6/2013", "Luật Khoa học và công nghệ ngày 18/8/2013", 0,
     "date_mismatch", "ngày 18/8/2013"),
]

DEMO_INJECTIONS = {
    "2019_kh128_thuc_hien_kl50_tinh_uy_lam_dong.txt": [
        ("Nghị định số 08/2014/NĐ-CP ngày 27/01/2014", "Nghị định số 08/2014/NĐ-CP ngày 27/01/2015", 0,
         "number_year_mismatch", "ngày 27/01/2015"),
        ("Kế hoạch số 87-KH/TU ngày 10/6/2014", "Kế hoạch số 87-KH/TU ngày 11/6/2014", 0,
         "date_mismatch", "ngày 11/6/2014"),
        ("Kết luận số 50-KL/TW ngày 30/5/2019", "Chỉ thị số 50-KL/TW ngày 30/5/2019", 1,
         "type_code_mismatch", "Chỉ thị số 50-KL/TW"),
        ("Luật Khoa học và công nghệ số 29/2013/QH13 ngày 18/6/2013",
         "Luật Khoa học và công nghệ số 29/2013/QH13 ngày 18/6/2020", 0,
         "date_after_document", "ngày 18/6/2020"),
    ],
    "2013_ctr_hanh_dong_nq20_huyen_uy_bao_lam.txt": [
        ("Chương trình hành động số 42-CTr/TU ngày 15/3/2013", "Chương trình hành động số 42 CTr/TU ngày 15/3/2013", 0,
         "malformed_number", "42 CTr/TU"),
        ("Quyết định số 1245/QĐ-UBND ngày 15/8/2006", "Quyết định số 1245/QĐ-UBND ngày 16/8/2006", 0,
         "date_mismatch", "ngày 16/8/2006"),
    ],
}


def inject(text: str, injections) -> str:
    for old, new, k, _check, _anchor in injections:
        starts = [m.start() for m in re.finditer(re.escape(old), text)]
        assert len(starts) > k, f"{old!r} occurs {len(starts)} times"
        i = starts[k]
        text = text[:i] + new + text[i + len(old):]
    return text


def score(findings: list[Finding], docs: dict[str, Document], injected: dict[str, list]):
    """(recall, precision, missed): an injected error is found when a finding of its check covers
    its anchor; a finding is right when it covers an injected anchor or is a format note on a
    number written malformed in the original."""
    spans = {}
    for path, injs in injected.items():
        text = docs[path].text
        spans[path] = []
        for inj in injs:
            anchor = inj[4]
            assert text.count(anchor) == 1, anchor
            a = text.index(anchor)
            spans[path].append((a, a + len(anchor), inj[3]))
    hit = lambda f, s, e: f.start < e and s < f.end  # noqa: E731
    missed = [(p, c) for p, ss in spans.items() for s, e, c in ss
              if not any(f.citing_document == p and f.check == c and hit(f, s, e) for f in findings)]
    judged = [f for f in findings
              if f.severity != "format" or any(hit(f, s, e) for s, e, _ in spans.get(f.citing_document, ()))]
    right = [f for f in judged if any(hit(f, s, e) for s, e, _ in spans.get(f.citing_document, ()))]
    n = sum(len(v) for v in spans.values())
    return (n - len(missed)) / n, (len(right) / len(judged) if judged else 1.0), missed, \
        [f for f in judged if f not in right]


def test_injected_errors_found_through_the_store(shared_dir, tmp_path, capsys):
    """Copies with errors injected, analysed and stored; ``audit(conn)`` must find every one with
    the right check and offsets (recall 1.0) and little else (precision >= 0.9)."""
    from vanban.pipeline.store import connect, path_key, save_document

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    injected: dict[str, list] = {}
    src = (shared_dir / SHARED_REPORT).read_text(encoding="utf-8")
    # The report carries no date of its own (only a year guessed from its body); the copy gets
    # the place-and-date line such reports have, so "cited after the report" can be checked.
    src = src.replace("## BÁO CÁO", "Bảo Lâm, ngày 25 tháng 4 năm 2022\n\n## BÁO CÁO", 1)
    (corpus / "000_injected.txt").write_text(inject(src, SHARED_INJECTIONS), encoding="utf-8")
    injected["000_injected.txt"] = SHARED_INJECTIONS
    for name, injs in DEMO_INJECTIONS.items():
        text = (CORPORA / name).read_text(encoding="utf-8")
        (corpus / name).write_text(inject(text, injs), encoding="utf-8")
        injected[name] = injs
    # the cited documents themselves, untouched, so headers are known
    for name in ("2014_kh87_ung_dung_khcn_nong_nghiep_tinh_uy_lam_dong.docx",
                 "2006_qd1245_chuong_trinh_ung_dung_tbkt_ubnd_bao_lam.txt"):
        shutil.copy(CORPORA / name, corpus / name)

    conn = connect(tmp_path / "store")
    docs: dict[str, Document] = {}      # by stored path
    for p in sorted(corpus.iterdir()):
        d = analyzed(p)
        save_document(conn, d)
        docs[path_key(d.path)] = d
    findings = audit(conn)
    assert {f.citing_document for f in findings} <= set(docs)
    recall, precision, missed, wrong = score(
        findings, docs, {path_key(corpus / n): injs for n, injs in injected.items()})
    with capsys.disabled():
        print(f"\naudit over injected errors: recall {recall:.2f}, precision {precision:.2f} "
              f"({sum(map(len, injected.values()))} injected, {len(findings)} findings)")
    assert missed == [], missed
    assert recall == 1.0
    assert precision >= 0.9, wrong
    # untouched documents: format notes at most
    for name in ("2014_kh87_ung_dung_khcn_nong_nghiep_tinh_uy_lam_dong.docx",
                 "2006_qd1245_chuong_trinh_ung_dung_tbkt_ubnd_bao_lam.txt"):
        assert [f for f in findings if Path(f.citing_document).name == name
                and f.severity != "format"] == []


# --- the demo corpus's planted errors --------------------------------------------------------

KIND_TO_CHECK = {"type_code_mismatch": "type_code_mismatch", "issuer_code_mismatch": "issuer_code_mismatch",
                 "date_mismatch": "date_mismatch", "date_after_document": "date_after_document",
                 "malformed_number": "malformed_number", "number_year_mismatch": "number_year_mismatch",
                 "term_mismatch": "term_mismatch", "date_inconsistent": "date_inconsistent"}


@pytest.mark.skipif(not (CORPORA / "EXPECTED.json").exists(), reason="demo corpus not built")
def test_demo_corpus_planted_errors_all_found(capsys):
    expected = json.loads((CORPORA / "EXPECTED.json").read_text(encoding="utf-8"))
    docs = [analyzed(CORPORA / name) for name in expected if (CORPORA / name).exists()]
    findings = audit_documents(docs)
    planted = 0
    spans = []
    for d in docs:
        for err in expected[Path(d.path).name].get("deliberate_errors", []):
            at = d.text.find(err["as_written"])
            spans.append((d.path, at, at + len(err["as_written"])))
    right = [f for f in findings if any(p == f.citing_document and f.start < b and a < f.end
                                        for p, a, b in spans)]
    with capsys.disabled():
        print(f"\ndemo corpus: {len(spans)} planted errors, {len(findings)} findings, "
              f"precision {len(right) / max(len(findings), 1):.2f}")
    for d in docs:
        errors = expected[Path(d.path).name].get("deliberate_errors", [])
        mine = [f for f in findings if f.citing_document == d.path]
        for err in errors:
            planted += 1
            check = KIND_TO_CHECK.get(err["kind"], err["kind"])
            at = d.text.find(err["as_written"])
            assert at >= 0, err
            assert any(f.check == check and f.start < at + len(err["as_written"]) and at < f.end
                       for f in mine), (d.path, err, mine)
        if not errors:
            assert [f for f in mine if f.severity != "format"] == [], (d.path, mine)
    assert planted >= 1


# --- reports -----------------------------------------------------------------------------

def test_html_report_is_self_contained_and_escaped():
    f = Finding("date_mismatch", "error", "20-NQ/TW", "Nghị quyết <script>alert(1)</script>",
                "a&b.txt", 3, 10, "01/11/2012", "02/11/2012", "registry says <b>")
    html = render_html([f], {"a&b.txt": "abcNghị quyết <script>x()</script> số 20-NQ/TW"})
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<mark>" in html                      # the cited span shown in its context
    assert "registry says &lt;b&gt;" in html
    assert render_html([f]).count("&lt;script&gt;alert(1)") == 1  # no text: the citation as written
    assert "a&amp;b.txt" in html
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html)
    assert "<style>" in html and "<link" not in html


def test_cli_audit_json_csv_html(tmp_path):
    from vanban.pipeline.store import connect, save_document
    from vanban.cli import app

    store = tmp_path / "store"
    conn = connect(store)
    doc = doc_from_text(tmp_path, HEADER + "Thực hiện Nghị quyết số 50-KL/TW ngày 30/5/2019 của Ban Bí thư.\n")
    save_document(conn, doc)
    conn.close()
    runner = CliRunner()
    r = runner.invoke(app, ["audit", "--store", str(store), "--json"])
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    assert [f["check"] for f in data["findings"]] == ["type_code_mismatch"]
    assert data["summary"]["error"] == 1
    r = runner.invoke(app, ["audit", "--store", str(store), "--csv", str(tmp_path / "a.csv"),
                            "--html", str(tmp_path / "a.html")])
    assert r.exit_code == 0, r.output
    assert "type_code_mismatch" in (tmp_path / "a.csv").read_text(encoding="utf-8-sig")
    assert "Nghị quyết số 50-KL/TW" in (tmp_path / "a.html").read_text(encoding="utf-8")
    r = runner.invoke(app, ["audit", "--store", str(store)])
    assert r.exit_code == 0 and "lỗi: 1 · cảnh báo: 0" in r.output   # Vietnamese by default
    r = runner.invoke(app, ["--lang", "en", "audit", "--store", str(store)])
    assert r.exit_code == 0 and "error: 1 · warning: 0" in r.output
    r = runner.invoke(app, ["audit", "--store", str(tmp_path / "nowhere")])
    assert r.exit_code == 1


def test_audit_explains_findings_in_vietnamese_by_default(tmp_path):
    """The explanation of a finding is a catalogue message: Vietnamese by default (JSON, CSV, HTML,
    terminal), English with --lang en; the JSON keys and the English ``evidence`` stay as data."""
    from vanban.pipeline.store import connect, save_document
    from vanban.cli import app

    store = tmp_path / "store"
    conn = connect(store)
    doc = doc_from_text(tmp_path, HEADER + "Thực hiện Nghị quyết số 50-KL/TW ngày 30/5/2019 của Ban Bí thư "
                                           "và Kế hoạch số 9-KH/TU ngày 01/02/2031.\n")
    save_document(conn, doc)
    conn.close()
    runner = CliRunner()
    vi = json.loads(runner.invoke(app, ["audit", "--store", str(store), "--json"]).stdout)["findings"]
    en = json.loads(runner.invoke(app, ["--lang", "en", "audit", "--store", str(store), "--json"]).stdout)["findings"]
    by_check = {f["check"]: f for f in vi}
    assert by_check["type_code_mismatch"]["explanation"] == (
        "mã 'KL' trong '50-KL/TW' là Kết luận, nhưng văn bản ghi 'Nghị quyết'")
    assert by_check["type_code_mismatch"]["evidence"] == (
        "the code 'KL' in '50-KL/TW' names a Kết luận, the text says 'Nghị quyết'")
    after = by_check["date_after_document"]
    assert after["explanation"].startswith("được trích dẫn là ngày 01/02/2031, sau ngày của chính văn bản")
    assert {f["check"]: f["explanation"] for f in en}["type_code_mismatch"] == by_check["type_code_mismatch"]["evidence"]
    assert [sorted(f) for f in vi] == [sorted(f) for f in en]   # same keys, English
    runner.invoke(app, ["audit", "--store", str(store), "--csv", str(tmp_path / "a.csv"),
                        "--html", str(tmp_path / "a.html")])
    csv_text = (tmp_path / "a.csv").read_text(encoding="utf-8-sig")
    assert "trước hoặc vào ngày" in csv_text and "on or before" not in csv_text
    html = (tmp_path / "a.html").read_text(encoding="utf-8")
    assert '<html lang="vi">' in html and "Giải thích" in html and "nhưng văn bản ghi" in html
    out = runner.invoke(app, ["audit", "--store", str(store)], env={"VANBAN_LANG": "en"}).output
    assert "error: 2 · warning: 0" in out and "1 document(s)" in out


def test_cli_audit_fail_on_sets_the_exit_status(tmp_path):
    from vanban.pipeline.store import connect, save_document
    from vanban.cli import app

    store = tmp_path / "store"
    conn = connect(store)
    save_document(conn, doc_from_text(tmp_path, HEADER + "Thực hiện Nghị quyết số 50-KL/TW ngày 30/5/2019.\n"))
    conn.close()
    runner = CliRunner()
    assert runner.invoke(app, ["audit", "--store", str(store), "--fail-on", "error"]).exit_code == 2
    assert runner.invoke(app, ["audit", "--store", str(store), "--json", "--fail-on", "warning"]).exit_code == 2
    r = runner.invoke(app, ["audit", "--store", str(store), "--fail-on", "fatal"])
    assert r.exit_code == 1 and "--fail-on" in r.output and "error, warning, format" in r.output

    clean = tmp_path / "clean"
    conn = connect(clean)
    save_document(conn, doc_from_text(tmp_path, HEADER + "Thực hiện Nghị quyết số 20-NQ/TW ngày 01/11/2012.\n"))
    conn.close()
    r = runner.invoke(app, ["audit", "--store", str(clean), "--json", "--fail-on", "error"])
    assert r.exit_code == 0 and json.loads(r.stdout)["summary"]["error"] == 0


# --- never crashes, spans valid --------------------------------------------------------------

from hypothesis import HealthCheck, given, settings, strategies as st  # noqa: E402

_PIECES = st.sampled_from([
    "Nghị quyết số 20-NQ/TW, ngày 01/11/2012 ", "Kết luận số 50 KL/TW ", "ngày 31/02/2019 ",
    "Quyết định số 46/2002/QĐ-UBND ngày 12/09/2022 ", "của Ban Thường vụ Tỉnh ủy ", "(khóa XI) ",
    "Nghị quyết 20 ", "Nghị quyết nêu trên ", "Luật Khoa học và công nghệ ngày 18/6/2013 ",
    "Kế hoạch số 101-KH/HU ", "20-NQTW ", "\n", "“về phát triển ", "số ", "/", "-", "ngày ",
])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(_PIECES, st.text(max_size=12)), max_size=25),
       st.one_of(st.none(), st.dates().map(lambda d: d.isoformat())))
def test_audit_never_crashes_and_spans_are_valid(pieces, own_date):
    from vanban.pipeline.extract.citations import find_citations

    text = "".join(pieces)
    doc = Document(path="h.txt", sha256="", format="txt", text=text, source_text=text,
                   citations=tuple(find_citations(text)))
    doc = replace(doc, metadata=replace(doc.metadata, date=own_date))
    for f in audit_documents([doc]):
        assert 0 <= f.start <= f.end <= len(text)
        assert f.cited_as == text[f.start:f.end]
        assert f.severity == CHECKS[f.check]


# (issuing body, its level and place: models/places.json), as headers and citations name bodies
SCOPES = [
    ("Ủy ban nhân dân huyện Hòa Yên", ("huyện", "hòa yên")),
    ("Ban Thường vụ Tỉnh ủy", ("tỉnh", None)),
    ("Tỉnh ủy Lâm Đồng", ("tỉnh", "lâm đồng")),
    ("Ủy ban nhân dân Thành phố Hồ Chí Minh", ("tỉnh", "hồ chí minh")),
    ("Hội đồng nhân dân thị xã Sơn Tây", ("huyện", "sơn tây")),
    ("Quận ủy Ba Đình", ("huyện", "ba đình")),
    ("Ủy ban nhân dân thị trấn Mộc Châu", ("xã", "mộc châu")),
    ("Đảng ủy Phường Bến Nghé", ("xã", "bến nghé")),
    ("Ủy ban nhân dân xã Tân Lập", ("xã", "tân lập")),
    ("Thủ tướng Chính phủ", (None, None)),                 # central
    ("Bộ Tài chính", (None, None)),
    ("Bộ Lao động - Thương binh và Xã hội", (None, None)),   # "Xã hội": society, no commune
]


@pytest.mark.parametrize(("body", "expected"), SCOPES)
def test_issuer_scope(body, expected):
    from vanban.pipeline.audit import issuer_scope
    assert issuer_scope(body) == expected


def test_bodies_of_different_levels_or_places_are_not_the_same():
    from vanban.pipeline.audit import same_issuer_plausible
    assert not same_issuer_plausible("Ủy ban nhân dân tỉnh Sơn La", "Ủy ban nhân dân huyện Mộc Châu")
    assert not same_issuer_plausible("Ủy ban nhân dân huyện Hòa Yên", "Ủy ban nhân dân huyện Bảo Lâm")
    assert same_issuer_plausible("Ủy ban nhân dân tỉnh", "Ủy ban nhân dân tỉnh Sơn La")
