"""Small hand-made documents for the index and search tests (no dependence on the readers).

Four documents over three years, two issuers, three types; one bears 20-NQ/TW, two cite it.
Texts are written here for the tests (not copied from the shared corpus).
"""
from __future__ import annotations

import hashlib
import re
from pathlib import Path

from vanban.pipeline import store as store_mod
from vanban.pipeline.index.passages import make_passages
from vanban.pipeline.model import Citation, Directive, Document, Metadata, Quantity, Section

DOCS = {
    "nq20.txt": dict(
        year=2012, issuer="Ban Chấp hành Trung ương", doc_type="Nghị quyết", number="20-NQ/TW",
        title="Về phát triển khoa học và công nghệ",
        text=(
            "NGHỊ QUYẾT HỘI NGHỊ TRUNG ƯƠNG 6\n"
            "I. TÌNH HÌNH\n"
            "Khoa học và công nghệ nước ta đã có bước phát triển. Tiềm lực khoa học được tăng cường.\n"
            "II. NHIỆM VỤ VÀ GIẢI PHÁP\n"
            "Đổi mới cơ chế quản lý khoa học. Có chính sách thu hút nguồn nhân lực khoa học công nghệ "
            "chất lượng cao, trọng dụng nhân tài.\n"
        ),
    ),
    "baolam_2013.txt": dict(
        year=2013, issuer="Huyện ủy Bảo Lâm", doc_type="Chương trình hành động", number="35-CTr/HU",
        title="Chương trình hành động thực hiện Nghị quyết 20-NQ/TW",
        text=(
            "CHƯƠNG TRÌNH HÀNH ĐỘNG\n"
            "I. MỤC TIÊU\n"
            "Thực hiện Nghị quyết số 20-NQ/TW ngày 01/11/2012 của Ban Chấp hành Trung ương. "
            "Đến năm 2020 xây dựng 10 mô hình ứng dụng công nghệ cao trong sản xuất cà phê.\n"
            "II. NHIỆM VỤ\n"
            "Các cơ quan, đơn vị tăng cường thu hút kỹ sư về công tác tại xã vùng sâu. "
            "Phòng Nông nghiệp chủ trì tổ chức tập huấn chuyển giao kỹ thuật cho nông dân.\n"
        ),
    ),
    "baolam_2022.txt": dict(
        year=2022, issuer="Huyện ủy Bảo Lâm", doc_type="Báo cáo", number="123-BC/HU",
        title="Báo cáo tổng kết 10 năm thực hiện Nghị quyết 20-NQ/TW",
        text=(
            "BÁO CÁO TỔNG KẾT\n"
            "I. KẾT QUẢ\n"
            "Sau 10 năm thực hiện Nghị quyết số 20-NQ/TW, huyện đã tổ chức trên 500 lớp tập huấn "
            "cho nông dân. Năng suất cà phê bình quân đạt 3,4 tấn/ha.\n"
            "II. HẠN CHẾ\n"
            "Chưa có chính sách thu hút nhân lực khoa học công nghệ đủ mạnh; thiếu cán bộ đầu ngành.\n"
        ),
    ),
    "thanhhoa_2025.txt": dict(
        year=2025, issuer="Văn phòng Chính phủ", doc_type="Thông báo", number="634/TB-VPCP",
        title="Kết luận tại buổi làm việc với tỉnh Thanh Hóa",
        text=(
            "THÔNG BÁO KẾT LUẬN\n"
            "I. ĐÁNH GIÁ CHUNG\n"
            "Tăng trưởng kinh tế 9 tháng của tỉnh ước đạt 8,19%. Giải ngân đầu tư công đạt 66,7% kế hoạch.\n"
            "II. NHIỆM VỤ\n"
            "Tỉnh cần đẩy mạnh giải ngân vốn đầu tư công và phát triển hạ tầng giao thông.\n"
        ),
    ),
}

_HEAD = re.compile(r"^(I|II|III|IV|V)\. .*$", re.M)


def make_document(name: str, folder: Path) -> Document:
    """A ``Document`` with roman-numbered sections, the citations of 20-NQ/TW, and one directive
    and one quantity where the text has them; sentences are left to the passage fallback."""
    spec = DOCS[name]
    text = spec["text"]
    path = folder / name
    path.write_text(text, encoding="utf-8")
    heads = list(_HEAD.finditer(text))
    sections = []
    for i, m in enumerate(heads):
        end = heads[i + 1].start() if i + 1 < len(heads) else len(text)
        label = m.group(1)
        sections.append(Section(id=label, heading=m.group(0)[len(label) + 2:], level=1, start=m.start(),
                                end=end, heading_end=m.end(), kind="roman", label=label))
    citations = []
    for m in re.finditer(r"Nghị quyết số 20-NQ/TW", text):
        citations.append(Citation(text=m.group(0), start=m.start(), end=m.end(), type="Nghị quyết",
                                  type_code="NQ", number="20-NQ/TW", number_text="20-NQ/TW",
                                  issuer_code="TW", date="2012-11-01"))
    directives = []
    for m in re.finditer(r"[^.\n]*(?:tăng cường thu hút|cần đẩy mạnh)[^.\n]*\.", text):
        directives.append(Directive(text=m.group(0).strip(), start=m.start(), end=m.end(), section=None,
                                    role="task", status="open", actor=None))
    quantities = []
    for m in re.finditer(r"trên 500 lớp tập huấn|3,4 tấn/ha|8,19%", text):
        quantities.append(Quantity(text=m.group(0), start=m.start(), end=m.end(),
                                   value={"t": 500.0, "3": 3.4, "8": 8.19}[m.group(0)[0]], kind="count"))
    md = Metadata(doc_type=spec["doc_type"], issuer=spec["issuer"], number=spec["number"],
                  year=spec["year"], title=spec["title"], date=f"{spec['year']}-01-01")
    return Document(path=str(path), sha256=hashlib.sha256(text.encode()).hexdigest(), format="txt",
                    text=text, source_text=text, metadata=md, sections=tuple(sections),
                    citations=tuple(citations), directives=tuple(directives), quantities=tuple(quantities))


def fill_store(store_dir: Path, names=tuple(DOCS), budget: int = 40) -> None:
    """Save the named documents with their passages."""
    docs_dir = store_dir.parent / (store_dir.name + "-docs")
    docs_dir.mkdir(parents=True, exist_ok=True)
    conn = store_mod.connect(store_dir)
    for name in names:
        doc = make_document(name, docs_dir)
        store_mod.save_document(conn, doc, make_passages(doc, budget_tokens=budget))
    conn.close()
