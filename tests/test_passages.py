"""Passages: section-aware, sentence-whole, with heading path and metadata."""
from __future__ import annotations

import hashlib
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from vanban.pipeline.index.passages import encoder_input, make_passages
from vanban.pipeline.index.text import fold, highlight_spans
from vanban.pipeline.model import Document, Metadata, Section, Sentence

TEXT = (
    "III. KẾT QUẢ THỰC HIỆN\n"                                                     # 0
    "3. Triển khai nhiệm vụ khoa học\n"
    "Hằng năm huyện tổ chức tập huấn. Đã xây dựng 12 mô hình trình diễn. "
    "Nông dân ứng dụng giống mới.\n"
    "- Mô hình tưới tiết kiệm nước cho cà phê.\n"
    "- Mô hình đệm lót sinh học trong chăn nuôi.\n"
    "IV. HẠN CHẾ\n"
    "Chưa có cán bộ đầu ngành.\n"
)


def _span(sub: str, after: int = 0) -> tuple[int, int]:
    i = TEXT.index(sub, after)
    return i, i + len(sub)


def _doc(with_sentences: bool = True) -> Document:
    s3, _ = _span("III. KẾT QUẢ")
    s31, _ = _span("3. Triển khai")
    s4, _ = _span("IV. HẠN CHẾ")
    b1, b1e = _span("- Mô hình tưới")
    b2, b2e = _span("- Mô hình đệm")
    sections = (
        Section("III", "KẾT QUẢ THỰC HIỆN", 1, s3, s4, s3 + len("III. KẾT QUẢ THỰC HIỆN"), "roman", "III"),
        Section("III.3", "Triển khai nhiệm vụ khoa học", 2, s31, s4, s31 + len("3. Triển khai nhiệm vụ khoa học"),
                "arabic", "3", parent="III", role="results"),
        Section("III.3.-1", "Mô hình tưới", 3, b1, b1e + 1, b1e, "bullet", "-", parent="III.3"),
        Section("III.3.-2", "Mô hình đệm", 3, b2, b2e + 1, b2e, "bullet", "-", parent="III.3"),
        Section("IV", "HẠN CHẾ", 1, s4, len(TEXT), s4 + len("IV. HẠN CHẾ"), "roman", "IV"),
    )
    sents = []
    for sub, sec in [("III. KẾT QUẢ THỰC HIỆN", "III"), ("3. Triển khai nhiệm vụ khoa học", "III.3"),
                     ("Hằng năm huyện tổ chức tập huấn.", "III.3"), ("Đã xây dựng 12 mô hình trình diễn.", "III.3"),
                     ("Nông dân ứng dụng giống mới.", "III.3"),
                     ("- Mô hình tưới tiết kiệm nước cho cà phê.", "III.3.-1"),
                     ("- Mô hình đệm lót sinh học trong chăn nuôi.", "III.3.-2"),
                     ("IV. HẠN CHẾ", "IV"), ("Chưa có cán bộ đầu ngành.", "IV")]:
        s, e = _span(sub)
        sents.append(Sentence(s, e, sec))
    md = Metadata(doc_type="Báo cáo", issuer="Huyện ủy Bảo Lâm", year=2022)
    return Document(path="bc.txt", sha256="x", format="txt", text=TEXT, source_text=TEXT, metadata=md,
                    sections=sections, sentences=tuple(sents) if with_sentences else ())


def _section_of(doc, p):
    return next(s for s in doc.sections if s.id == p.section)


def test_passages_stay_inside_one_section_and_carry_the_heading_path():
    doc = _doc()
    ps = make_passages(doc, budget_tokens=1000)
    assert [p.section for p in ps] == ["III.3", "IV"]   # bare "III." heading has children: dropped
    p = ps[0]
    assert p.heading_path == "III. KẾT QUẢ THỰC HIỆN > 3. Triển khai nhiệm vụ khoa học"
    assert "đệm lót sinh học" in p.text                  # bullets join their parent's stream
    assert "HẠN CHẾ" not in p.text
    for p in ps:
        sec = _section_of(doc, p)
        assert sec.start <= p.start < p.end <= sec.end and p.text == doc.text[p.start:p.end]


def test_budget_groups_whole_sentences():
    doc = _doc()
    ps = make_passages(doc, budget_tokens=12)
    starts = {s.start for s in doc.sentences}
    ends = {s.end for s in doc.sentences}
    assert len(ps) > 2
    for p in ps:
        assert p.start in starts and p.end in ends    # never a cut inside a sentence
        assert len(p.text.split()) <= 12 or p.start in starts and p.text.count(". ") == 0


def test_metadata_role_and_hash():
    p = make_passages(_doc(), budget_tokens=1000)[0]
    assert (p.year, p.issuer, p.doc_type, p.role) == (2022, "Huyện ủy Bảo Lâm", "Báo cáo", "results")
    assert p.context == "Báo cáo"                     # the header gave a type and no title
    assert p.hash == hashlib.sha1(encoder_input(p.heading_path, p.text, p.context).encode()).hexdigest()
    assert encoder_input(p.heading_path, p.text, p.context).startswith("Báo cáo\nIII. KẾT QUẢ THỰC HIỆN > 3. Triển khai")


def test_without_segmenter_sentences_are_split_by_punctuation():
    ps = make_passages(_doc(with_sentences=False), budget_tokens=1000)
    assert [p.section for p in ps][-1] == "IV"
    assert any("Nông dân ứng dụng giống mới." in p.text for p in ps)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aăâbđeêơưôày ỹ.\n:;-IV1")), max_size=300),
       st.integers(min_value=1, max_value=50))
def test_any_text_gives_valid_passages(text, budget):
    doc = Document(path="x", sha256="x", format="txt", text=text, source_text=text)
    for p in make_passages(doc, budget_tokens=budget):
        assert 0 <= p.start < p.end <= len(text) and p.text == text[p.start:p.end] and p.text.strip()


def test_folding_keeps_length_and_highlights_accented_words():
    s = "Giải pháp thu hút nguồn nhân lực; Đảng bộ"
    assert len(fold(s)) == len(s) and fold(s) == "Giai phap thu hut nguon nhan luc; Dang bo"
    spans = highlight_spans(s, "giai phap nhan luc dang")
    assert [s[a:b] for a, b in spans] == ["Giải pháp", "nhân lực", "Đảng"]


LIST_DOC = """VĂN PHÒNG TỈNH ỦY
Số 12-KL/VPTU
KẾT LUẬN
của Chánh Văn phòng Tỉnh ủy tại hội nghị công tác văn phòng cấp ủy năm 2025

1. Về đánh giá tình hình
Năm 2025, văn phòng cấp ủy các cấp đã chủ động tham mưu, phục vụ tốt hoạt động của cấp ủy.

2. Về nhiệm vụ trọng tâm từ nay đến tháng 6/2027
Thời gian tới, văn phòng cấp ủy các cấp tập trung thực hiện tốt các nhiệm vụ sau:
(1) Tích cực, chủ động, sáng tạo, tiếp tục nâng cao chất lượng công tác tham mưu, tổng hợp.
(2) Nâng cao chất lượng công tác thông tin phục vụ lãnh đạo.
(3) Đẩy mạnh ứng dụng công nghệ thông tin, chuyển đổi số trong hoạt động của văn phòng:
a) Hoàn thành kết nối mạng thông tin diện rộng của Đảng đến cấp xã trong năm 2026;
b) Số hóa tài liệu lưu trữ của cấp ủy, bảo đảm an toàn, bảo mật.

3. Về các kiến nghị, đề xuất
Văn phòng Tỉnh ủy tổng hợp kiến nghị của các huyện ủy, báo cáo Thường trực Tỉnh ủy.
"""


def test_numbered_and_lettered_list_items_share_their_parents_passage(tmp_path):
    """"(1) ..." and "a) ..." are items of one list, not headings: the tasks stay together under
    "2. Về nhiệm vụ trọng tâm ..." with their lead-in, and no passage crosses into "3."."""
    from vanban.pipeline.analyze import analyze

    f = tmp_path / "kl12.txt"
    f.write_text(LIST_DOC, encoding="utf-8")
    doc = analyze(f)
    kinds = {s.kind for s in doc.sections}
    assert {"paren", "letter"} <= kinds                  # the structure still sees the items
    ps = make_passages(doc)
    tasks = [p for p in ps if "Tích cực, chủ động" in p.text]
    assert len(tasks) == 1
    p = tasks[0]
    assert p.heading_path == "2. Về nhiệm vụ trọng tâm từ nay đến tháng 6/2027"
    for item in ("tập trung thực hiện tốt các nhiệm vụ sau:", "(2) Nâng cao", "a) Hoàn thành", "b) Số hóa"):
        assert item in p.text
    assert "kiến nghị" not in p.text
    assert not any("(1)" in p.heading_path or "a)" in p.heading_path for p in ps)


STATUTE_DOC = """CHÍNH PHỦ
Số: 38/2022/NĐ-CP

NGHỊ ĐỊNH
QUY ĐỊNH MỨC LƯƠNG TỐI THIỂU ĐỐI VỚI NGƯỜI LAO ĐỘNG

Điều 1. Phạm vi điều chỉnh
1. Nghị định này quy định mức lương tối thiểu tháng và mức lương tối thiểu giờ.
2. Thẩm định dự án.
3. Quản lý quy hoạch.

Điều 2. Đối tượng áp dụng
1. Người lao động làm việc theo hợp đồng lao động.
2. Người sử dụng lao động theo quy định của Bộ luật Lao động.
"""

REPORT_DOC = """HUYỆN ỦY BẢO LÂM
Số: 12-BC/HU

BÁO CÁO
KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT

I. KẾT QUẢ ĐẠT ĐƯỢC
1. Công tác lãnh đạo, chỉ đạo
Ban Thường vụ Huyện ủy ban hành kế hoạch thực hiện nghị quyết.
2. Kết quả ứng dụng khoa học
Toàn huyện xây dựng 12 mô hình ứng dụng khoa học công nghệ.
"""


def test_clauses_of_an_article_share_its_passage_but_report_subsections_do_not(tmp_path):
    """A statute's clauses ("1.", "2." under "Điều 1.") make sense only together: one passage per
    article (up to the budget), under the article's heading. In a report, "1." and "2." under a
    Roman heading are subsections of their own and stay apart."""
    from vanban.pipeline.analyze import analyze

    statute, report = tmp_path / "nd.txt", tmp_path / "bc.txt"
    statute.write_text(STATUTE_DOC, encoding="utf-8")
    report.write_text(REPORT_DOC, encoding="utf-8")
    ps = make_passages(analyze(statute))
    article1 = [p for p in ps if "Thẩm định dự án" in p.text]
    assert len(article1) == 1
    assert article1[0].heading_path == "Điều 1. Phạm vi điều chỉnh"
    assert "mức lương tối thiểu giờ" in article1[0].text and "Quản lý quy hoạch" in article1[0].text
    assert "Người lao động" not in article1[0].text          # no passage crosses into Điều 2
    rs = make_passages(analyze(report))
    lead = [p for p in rs if "kế hoạch thực hiện" in p.text]
    assert len(lead) == 1 and "12 mô hình" not in lead[0].text
    assert lead[0].heading_path.endswith("1. Công tác lãnh đạo, chỉ đạo")


FEE_TABLE_DOC = """HỘI ĐỒNG NHÂN DÂN TỈNH
Số: 60/2025/NQ-HĐND

NGHỊ QUYẾT
QUY ĐỊNH MỨC THU DỊCH VỤ HỖ TRỢ HOẠT ĐỘNG GIÁO DỤC

Điều 1. Mức thu
Đơn vị tính: 1.000 đồng/trẻ, học sinh/tháng

| STT | Nội dung | Thành thị | Nông thôn |
|---|---|---|---|
""" + "".join(f"| {i} | Dịch vụ bán trú cấp học số {i} | {100 + i} | {80 + i} |\n" for i in range(1, 60)) + """
Điều 2. Tổ chức thực hiện
Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.
"""


def test_rows_of_a_long_table_keep_its_caption_and_header(tmp_path):
    """A fee table longer than one passage: every passage of bare rows carries the unit caption
    and the header row in its path (what the encoder and BM25 read), so "1.000 đồng/trẻ" and
    "Thành thị" stay with the figures they price. Passages outside the table carry neither."""
    from vanban.pipeline.analyze import analyze

    f = tmp_path / "nq60.md"               # a crawled page: the table as markdown rows
    f.write_text(FEE_TABLE_DOC, encoding="utf-8")
    ps = make_passages(analyze(f))
    rows = [p for p in ps if "Dịch vụ bán trú" in p.text]
    assert len(rows) >= 2                                # the table runs past one passage
    later = [p for p in rows if "STT | Nội dung" not in p.text]
    assert later
    for p in later:
        assert "Đơn vị tính: 1.000 đồng/trẻ, học sinh/tháng STT | Nội dung | Thành thị | Nông thôn" in p.heading_path
        assert "Đơn vị tính" in encoder_input(p.heading_path, p.text)
    outside = [p for p in ps if "Giao Ủy ban nhân dân tỉnh" in p.text]
    assert outside and all("Đơn vị tính" not in p.heading_path for p in outside)


DECISION_DOC = """ỦY BAN NHÂN DÂN
THÀNH PHỐ HÀ NỘI
Số: {number}/2025/QĐ-UBND

QUYẾT ĐỊNH
{title}

Điều 1. {article}
Điều 2. Quyết định này có hiệu lực kể từ ngày {day} tháng 12 năm 2025.
Điều 3. Chánh Văn phòng Ủy ban nhân dân Thành phố và các cơ quan có liên quan chịu trách nhiệm thi hành Quyết định này.
"""


def _decision(tmp_path, name: str, **fields) -> Path:
    f = tmp_path / name
    f.write_text(DECISION_DOC.format(**fields), encoding="utf-8")
    return f


def test_every_passage_is_read_with_its_documents_type_and_title(tmp_path):
    """"Quyết định này có hiệu lực kể từ ngày 07 tháng 12 năm 2025." says nothing of what was
    decided: the encoder and BM25 read it after the decision's type and title, and the passage's
    hash (the embedding-cache key) covers them; the heading path shown to users stays the
    document's own."""
    from vanban.pipeline.analyze import analyze
    from vanban.pipeline.index.build import lexical_text

    f = _decision(tmp_path, "qd73.md", number=73, title="BÃI BỎ QUYẾT ĐỊNH VỀ CƠ CẤU TỔ CHỨC CỦA SỞ VĂN HÓA",
                  article="Bãi bỏ toàn bộ Quyết định số 22/2025/QĐ-UBND.", day="07")
    ps = make_passages(analyze(f))
    clause = next(p for p in ps if "có hiệu lực" in p.text)
    assert clause.context.startswith("Quyết định") and "CƠ CẤU TỔ CHỨC CỦA SỞ VĂN HÓA" in clause.context
    assert "CƠ CẤU TỔ CHỨC" not in clause.heading_path
    for read in (encoder_input(clause.heading_path, clause.text, clause.context),
                 lexical_text(clause.heading_path, clause.text, clause.context)):
        assert read.startswith(clause.context) and read.endswith(" ".join(clause.text.split()))
    assert clause.hash == hashlib.sha1(encoder_input(clause.heading_path, clause.text, clause.context)
                                       .encode()).hexdigest()
    assert clause.hash != hashlib.sha1(encoder_input(clause.heading_path, clause.text).encode()).hexdigest()


def test_a_closing_clause_is_found_by_what_its_document_decides(tmp_path):
    """Two decisions close with the same clause; asked when the one about the Sở Văn hóa takes
    effect, lexical search ranks that decision's clause first."""
    from vanban.pipeline.index.search import search
    from vanban.pipeline.ingest import ingest

    docs = tmp_path / "docs"
    docs.mkdir()
    _decision(docs, "qd73.md", number=73, title="BÃI BỎ QUYẾT ĐỊNH VỀ CƠ CẤU TỔ CHỨC CỦA SỞ VĂN HÓA",
              article="Bãi bỏ toàn bộ Quyết định số 22/2025/QĐ-UBND.", day="07")
    _decision(docs, "qd80.md", number=80, title="BAN HÀNH QUY CHẾ QUẢN LÝ CHỮ KÝ SỐ CHUYÊN DÙNG",
              article="Ban hành kèm theo Quyết định này Quy chế quản lý chữ ký số.", day="20")
    store = tmp_path / "store"
    ingest([docs], store, workers=0, embed=False)
    hits = search(store, "ngày có hiệu lực của quyết định bãi bỏ văn bản về cơ cấu Sở Văn hóa", k=3,
                  mode="lexical")
    assert Path(hits[0].doc_path).name == "qd73.md" and "có hiệu lực" in hits[0].text
    unaccented = search(store, "ngay co hieu luc cua quyet dinh ban hanh quy che chu ky so", k=3, mode="lexical")
    assert Path(unaccented[0].doc_path).name == "qd80.md" and "có hiệu lực" in unaccented[0].text
