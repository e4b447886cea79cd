"""Silver metadata and invariants (pipeline.evaluate_corpus, `vanban eval --metadata`)."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from vanban.pipeline.analyze import analyze
from vanban.pipeline.evaluate_corpus import (apply_label_fixes, check_invariants, number_in_text, number_key,
                                      score_metadata)
from vanban.pipeline.model import Metadata
from tests.conftest import ROOT
from vanban.cli import app

HELDOUT2 = ROOT / "tests" / "heldout2"


@pytest.mark.parametrize("a, b", [("20-NQ/TW", "20-nqtw"), ("72/2020/NĐ-CP", "72/2020/ND-CP"),
                                  ("1351/QĐ-UBND", "1351/QĐ - UBND")])
def test_number_keys_follow_the_shared_scoring_rule(a, b):
    assert number_key(a) == number_key(b)


@pytest.mark.parametrize("found, silver, expected", [
    (Metadata(number="57/NQ-HĐND", doc_type="Nghị quyết"), {"number": "57/NQ-HDND", "type": "nghị quyết"},
     {"number": True, "type": True}),
    (Metadata(number="21/C", date="2026-04-02"), {"number": "21/CT-TTg", "date": "2026-04-02", "issuer": None},
     {"number": False, "date": True}),
    (Metadata(issuer="Hội đồng nhân dân tỉnh Phú Yên"), {"issuer": "HĐND tỉnh Phú Yên"}, {"issuer": False}),
    (Metadata(issuer="Ủy ban nhân dân tỉnh Sơn La"), {"issuer": "ủy ban nhân dân tỉnh sơn la"}, {"issuer": True}),
    (Metadata(), {"type": "Luật"}, {"type": False}),
    # tone placement, spacing around a hyphen and case do not make two names differ
    (Metadata(issuer="Ủy ban nhân dân tỉnh Nghệ An"), {"issuer": "Uỷ ban nhân dân tỉnh nghệ an"}, {"issuer": True}),
    (Metadata(issuer="Chủ tịch Ủy ban nhân dân tỉnh"), {"issuer": "Chủ tịch uỷ ban nhân dân tỉnh"}, {"issuer": True}),
    (Metadata(issuer="Bộ Lao động-Thương binh và Xã hội"), {"issuer": "Bộ Lao động - Thương binh và Xã hội"},
     {"issuer": True}),
])
def test_metadata_is_scored_only_where_a_silver_label_exists(found, silver, expected):
    assert score_metadata(found, silver) == expected


INVARIANT_CASES = [
    # (text after a header, invariant expected to break or None)
    ("Căn cứ Điều 12 Luật Tổ chức chính quyền địa phương năm 2015;\n", None),
    ("Liên hệ: Điện thoại 0263 3822 456 để được hướng dẫn.\n", None),
    ("Thực hiện Nghị quyết số 20-NQ/TW ngày 01/11/2012 của Ban Chấp hành Trung ương.\n", None),
    # figures after words that also label clauses or items: a score, a work item, a pilot's span, an amount
    ("Cơ sở đạt số điểm dưới 50 điểm thì không được xếp hạng.\n", None),
    ("Trường tiểu học Mỹ Lộc, hạng mục: 06 phòng học bộ môn.\n", None),
    ("Trường mầm non Tây Xuân, Hạng mục: 04 phòng học, 03 phòng chức năng.\n", None),
    ("Thời gian thực hiện thí điểm: 5 năm kể từ ngày có hiệu lực.\n", None),
    ("Dự kiến kinh phí thực hiện khoản 10% kinh phí sự nghiệp.\n", None),
]


@pytest.mark.parametrize("body, broken", INVARIANT_CASES)
def test_invariants_hold_on_real_spellings(tmp_path, body, broken):
    header = ("ỦY BAN NHÂN DÂN\nHUYỆN BẢO LÂM\nSố: 15/KH-UBND\nBảo Lâm, ngày 10 tháng 3 năm 2024\n\n"
              "KẾ HOẠCH\nTriển khai chuyển đổi số năm 2024\n\n")
    f = tmp_path / "kh.txt"
    f.write_text(header + body, encoding="utf-8")
    names = {v.invariant for v in check_invariants(analyze(f))}
    assert names == ({broken} if broken else set())


def test_own_number_repeated_in_a_banner_breaks_the_invariant():
    doc = analyze(HELDOUT2 / "docs" / "202_nq57_hdnd_phuyen_2016.txt")
    assert not [v for v in check_invariants(doc) if v.invariant == "own_number_cited"]
    cited = next(c for c in doc.citations if c.number)
    broken = check_invariants(doc, own_numbers=(cited.number,))
    assert [v.text for v in broken if v.invariant == "own_number_cited"][0] == cited.text


def test_each_invariant_is_detected():
    from vanban.pipeline.model import Citation, DateMention, Document, Quantity

    text = "Số: 12/KH-UBND. Điều 5 nêu rõ. Gọi số 0912345678. Kế hoạch 12/KH-UBND; 7/XYZ; ngày 31/02/2024."
    at = text.index
    doc = Document(
        path="x.txt", sha256="", format="txt", text=text, source_text=text,
        metadata=Metadata(number="12/KH-UBND"),
        citations=(Citation("Kế hoạch 12/KH-UBND", at("Kế hoạch"), at("Kế hoạch") + 19, "Kế hoạch", "KH",
                            "12/KH-UBND", "12/KH-UBND", "UBND", None),
                   Citation("7/XYZ", at("7/XYZ"), at("7/XYZ") + 5, None, None, "7/XYZ", "7/XYZ", None, None)),
        dates=(DateMention("31/02/2024", at("31/02"), at("31/02") + 10, "2024-02-31", "day", valid=False),),
        quantities=(Quantity("5", at("5 nêu"), at("5 nêu") + 1, 5.0),
                    Quantity("0912345678", at("0912"), at("0912") + 10, 912345678.0)))
    assert sorted(v.invariant for v in check_invariants(doc)) == [
        "citation_number_unparsed", "date_invalid", "figure_is_phone_number", "figure_is_reference_number",
        "own_number_cited"]


def test_cli_eval_metadata_on_a_manifest(tmp_path):
    gold = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in (HELDOUT2 / "gold").glob("*.json")}
    manifest = tmp_path / "manifest.jsonl"
    lines = [json.dumps({"file": g["file"], "number": g["doc_number"], "date": g["issued_date"],
                         "type": g["doc_type"], "issuer": None}, ensure_ascii=False) for g in gold.values()]
    lines.append(json.dumps({"file": "missing.txt", "number": "1/QĐ-UBND"}))
    manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")
    r = CliRunner().invoke(app, ["eval", str(manifest), "--metadata", "--docs", str(HELDOUT2 / "docs"), "--json"])
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    assert data["documents"] == len(gold) + 1
    assert [e["file"] for e in data["errors"]] == ["missing.txt"]
    numbered = sum(1 for g in gold.values() if g["doc_number"])
    assert data["fields"]["number"]["labelled"] == numbered
    assert data["fields"]["type"]["labelled"] == len(gold)
    assert data["fields"]["number"]["accuracy"] >= 0.75   # heldout2's headers are read well today
    first = next(iter(gold.values()))
    fixes = tmp_path / "fixes.json"
    fixes.write_text(json.dumps({"fixes": [{"file": first["file"], "field": "type", "silver": first["doc_type"],
                                            "fixed": None, "reason": "test"}]}), encoding="utf-8")
    r = CliRunner().invoke(app, ["eval", str(manifest), "--metadata", "--docs", str(HELDOUT2 / "docs"), "--json",
                                 "--labels", str(fixes)])
    assert json.loads(r.stdout)["fields"]["type"]["labelled"] == len(gold) - 1
    r = CliRunner().invoke(app, ["eval", str(tmp_path / "none.jsonl"), "--metadata"])
    assert r.exit_code == 2 and "không phải tệp danh mục" in r.output


def test_label_fixes_replace_only_the_silver_they_name():
    entries = [{"file": "a.md", "number": "171/KH-UBND", "type": "Kế hoạch"},
               {"file": "b.md", "number": "6617/2026/NQ-CP", "type": "Quyết định"},
               {"file": "c.md", "number": "12/QĐ-UBND"}]
    fixes = {"fixes": [
        {"file": "a.md", "field": "number", "silver": "171/KH-UBND", "fixed": "174/KH-UBND", "reason": "header"},
        {"file": "b.md", "field": "type", "silver": "Quyết định", "fixed": None, "reason": "a news item"},
        {"file": "c.md", "field": "number", "silver": "99/QĐ-UBND", "fixed": "13/QĐ-UBND", "reason": "stale"}]}
    fixed = apply_label_fixes(entries, fixes)
    assert [e.get("number") for e in fixed] == ["174/KH-UBND", "6617/2026/NQ-CP", "12/QĐ-UBND"]
    assert fixed[1]["type"] is None and entries[1]["type"] == "Quyết định"   # the manifest is not edited
    assert score_metadata(Metadata(doc_type="Nghị quyết"), fixed[1]) == {"number": False}


def test_the_corpus_label_fixes_name_real_files_and_fields():
    fixes = json.loads((ROOT / "tests" / "realworld" / "label_fixes.json").read_text(encoding="utf-8"))
    manifest = {json.loads(x)["file"]: json.loads(x) for x in
                (ROOT / "tests" / "realworld" / "manifest.jsonl").read_text(encoding="utf-8").splitlines() if x}
    for fix in fixes["fixes"]:
        assert manifest[fix["file"]][fix["field"]] == fix["silver"], fix
        assert fix["reason"] and fix["fixed"] != fix["silver"]


@pytest.mark.parametrize("number, text, stated", [
    ("125/VBHN-VPQH", "VĂN PHÒNG QUỐC HỘI | Số: 125/VBHN-VPQH | Hà Nội", True),
    ("45/2019/QH14", "Bộ luật Lao động số 45/2019/QH14 ngày 20 tháng 11 năm 2019", True),
    ("72/2020/NĐ-CP", "Nghị định 72/2020/ND-CP", True),
    ("171/KH-UBND", "Số: 174/KH-UBND", False),
    ("71/KH-UBND", "Số: 171/KH-UBND", False),
])
def test_a_label_is_stated_in_the_text_or_not(number, text, stated):
    assert number_in_text(number, text) is stated


# (sentence, the number in it read as a figure, broken invariant or None): the labels before a
# number that make it a page, an article or a phone line (models/quantities/context.json)
REFERENCE_LABELS = [
    ("Xem Trang 12 của báo cáo.", "12", "figure_is_reference_number"),
    ("Theo quy định tại Điều 5 của Luật.", "5", "figure_is_reference_number"),
    ("Các nhiệm vụ tại Mục 3 dưới đây.", "3", "figure_is_reference_number"),
    ("Biểu mẫu tại Phụ lục 2 kèm theo.", "2", "figure_is_reference_number"),
    ("Trích dẫn tr. 45 của tài liệu.", "45", "figure_is_reference_number"),
    ("Liên hệ Fax: 3822 của Văn phòng.", "3822", "figure_is_reference_number"),
    ("Trường Mỹ Lộc, hạng mục: 06 phòng học.", "06", None),      # a work item: 6 rooms
    ("Cơ sở đạt 50 điểm trở lên.", "50", None),
]


@pytest.mark.parametrize(("text", "number", "broken"), REFERENCE_LABELS)
def test_a_reference_label_makes_no_figure(text, number, broken):
    from vanban.pipeline.model import Document, Quantity

    at = text.index(number)
    doc = Document(path="x.txt", sha256="", format="txt", text=text, source_text=text, metadata=Metadata(),
                   quantities=(Quantity(number, at, at + len(number), float(number)),))
    assert [v.invariant for v in check_invariants(doc)] == ([broken] if broken else [])
