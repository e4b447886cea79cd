"""Audit checks that use relations: a basis already replaced or repealed, a pinpoint to an article
the cited document does not have, a plan implementing a document dated after it."""
from __future__ import annotations

from pathlib import Path

import pytest

from vanban.pipeline.analyze import analyze
from vanban.pipeline.audit import audit_documents
from vanban.pipeline.registry import Registry, RegistryEntry

HEADER = """ỦY BAN NHÂN DÂN                         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH QUẢNG NINH                                Độc lập - Tự do - Hạnh phúc
Số: {number}                       Quảng Ninh, ngày {day}

QUYẾT ĐỊNH
{title}

ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH

"""

REPLACING = HEADER.format(number="98/2025/QĐ-UBND", day="21 tháng 11 năm 2025",
                          title="Phân cấp thẩm quyền quyết định tiêu chuẩn, định mức diện tích chuyên dùng") + """\
Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;
QUYẾT ĐỊNH:
Điều 1. Phạm vi điều chỉnh
Quyết định này quy định phân cấp thẩm quyền quyết định tiêu chuẩn, định mức diện tích chuyên dùng.
Điều 2. Đối tượng áp dụng
Cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh.
Điều 3. Hiệu lực thi hành
1. Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 12 năm 2025.
2. Quyết định này thay thế Quyết định số 59/2024/QĐ-UBND ngày 09 tháng 12 năm 2024 của Ủy ban nhân dân tỉnh.
Điều 4. Chánh Văn phòng Ủy ban nhân dân tỉnh chịu trách nhiệm thi hành Quyết định này./.
"""


def citing(number: str, day: str, body: str) -> str:
    return HEADER.format(number=number, day=day, title="Ban hành Quy chế quản lý trụ sở làm việc") + body + """
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý trụ sở làm việc.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.
"""


@pytest.fixture
def write(tmp_path):
    def _write(name: str, text: str) -> Path:
        p = tmp_path / name
        p.write_text(text, encoding="utf-8")
        return p
    return _write


def checks(findings, check):
    return [f for f in findings if f.check == check]


def test_basis_replaced_before_the_citing_date(write):
    new = analyze(write("98.txt", REPLACING))
    late = analyze(write("late.txt", citing("12/2026/QĐ-UBND", "10 tháng 02 năm 2026",
                                            "Căn cứ Quyết định số 59/2024/QĐ-UBND ngày 09/12/2024 của Ủy ban nhân dân tỉnh;\n")))
    early = analyze(write("early.txt", citing("99/2025/QĐ-UBND", "25 tháng 11 năm 2025",
                                              "Căn cứ Quyết định số 59/2024/QĐ-UBND ngày 09/12/2024 của Ủy ban nhân dân tỉnh;\n")))
    findings = audit_documents([new, late, early], Registry())
    got = checks(findings, "basis_superseded")
    assert [Path(f.citing_document).name for f in got] == ["late.txt"]  # before 01/12/2025 it was in force
    f = got[0]
    assert f.severity == "error" and f.number == "59/2024/QĐ-UBND"
    assert "98/2025/QĐ-UBND" in f.evidence and "01/12/2025" in f.evidence
    assert late.text[f.start:f.end].startswith("Quyết định số 59/2024/QĐ-UBND")


def test_basis_repealed_in_the_registry(write):
    reg = Registry([RegistryEntry("29/2013/QH13", "Luật", "Quốc hội", "2013-06-18", "Luật Khoa học và công nghệ",
                                  source="test", relations=(("replaces", "21/2000/QH10"),),
                                  effective_date="2014-01-01")])
    doc = analyze(write("c.txt", citing("5/2015/QĐ-UBND", "02 tháng 3 năm 2015",
                                        "Căn cứ Luật Khoa học và công nghệ số 21/2000/QH10 ngày 09 tháng 6 năm 2000;\n")))
    got = checks(audit_documents([doc], reg), "basis_superseded")
    assert len(got) == 1 and "registry" not in got[0].evidence and "test" in got[0].evidence
    older = analyze(write("d.txt", citing("5/2013/QĐ-UBND", "02 tháng 3 năm 2013",
                                          "Căn cứ Luật Khoa học và công nghệ số 21/2000/QH10 ngày 09 tháng 6 năm 2000;\n")))
    assert not checks(audit_documents([older], reg), "basis_superseded")


def test_pinpoint_to_an_article_the_cited_document_lacks(write):
    cited = analyze(write("98.txt", REPLACING))
    assert {s.label for s in cited.sections if s.kind == "article"} == {"1", "2", "3", "4"}
    bad = analyze(write("bad.txt", citing("13/2026/QĐ-UBND", "10 tháng 02 năm 2026",
                                          "Căn cứ khoản 2 Điều 45 Quyết định số 98/2025/QĐ-UBND ngày 21/11/2025 "
                                          "của Ủy ban nhân dân tỉnh;\n")))
    good = analyze(write("good.txt", citing("14/2026/QĐ-UBND", "10 tháng 02 năm 2026",
                                            "Căn cứ khoản 1 Điều 3 Quyết định số 98/2025/QĐ-UBND ngày 21/11/2025 "
                                            "của Ủy ban nhân dân tỉnh;\n")))
    got = checks(audit_documents([cited, bad, good], Registry()), "pinpoint_missing")
    assert [Path(f.citing_document).name for f in got] == ["bad.txt"]
    assert got[0].found == "Điều 45" and got[0].expected == "one of Điều 1–4"


def test_a_plan_implementing_a_later_document(write):
    reg = Registry([RegistryEntry("50-KL/TW", "Kết luận", "Ban Bí thư", "2019-05-30", source="test")])
    plan = """TỈNH ỦY LÂM ĐỒNG                              ĐẢNG CỘNG SẢN VIỆT NAM
Số 15-KH/TU                                   Đà Lạt, ngày 10 tháng 01 năm 2019

KẾ HOẠCH
thực hiện Kết luận số 50-KL/TW của Ban Bí thư về tiếp tục thực hiện Nghị quyết Trung ương 6 khóa XI

Thực hiện Kết luận số 50-KL/TW của Ban Bí thư, Ban Thường vụ Tỉnh ủy xây dựng Kế hoạch thực hiện như sau:
I. MỤC ĐÍCH, YÊU CẦU
Quán triệt sâu sắc nội dung Kết luận đến cán bộ, đảng viên.
"""
    doc = analyze(write("plan.txt", plan))
    got = checks(audit_documents([doc], reg), "implements_later")
    assert got and got[0].severity == "error" and got[0].found == "30/05/2019"
    assert "implements 50-KL/TW" in got[0].evidence
