"""Section and sentence roles: what part of a report or law a passage belongs to."""
from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vanban.pipeline.extract.roles import ROLES, assign_roles, heading_role, sentence_cue_role
from vanban.pipeline.model import Document, Section, Sentence
from vanban.pipeline.normalize import normalize
from vanban.pipeline.read import read_document
from vanban.pipeline.segment import segment
from vanban.pipeline.structure import structure
from tests.conftest import needs_shared

# (heading as written in documents, role)
HEADINGS = [
    ("ĐẶC ĐIỂM TÌNH HÌNH", "situation"),
    ("Thuận lợi", "situation"),
    ("Khó khăn", "situation"),
    ("TÌNH HÌNH TRIỂN KHAI HỌC TẬP NGHỊ QUYẾT", "implementation"),
    ("CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO VÀ TỔ CHỨC THỰC HIỆN", "implementation"),
    ("Công tác quán triệt, tuyên truyền", "implementation"),
    ("KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT", "results"),
    ("Kết quả đạt được.", "results"),
    ("KẾT QUẢ THỰC HIỆN CÁC MỤC TIÊU, NHIỆM VỤ", "results"),
    ("ĐÁNH GIÁ CHUNG", "results"),
    ("Về đánh giá tình hình hoạt động từ tháng 6/2022 đến nay", "results"),
    ("Ưu điểm", "results"),
    ("Hạn chế", "limitations"),
    ("Hạn chế, yếu kém", "limitations"),
    ("Một số tồn tại, hạn chế, khó khăn, thách thức", "limitations"),
    ("HẠN CHẾ VÀ NGUYÊN NHÂN", "limitations"),
    ("Nguyên nhân của những hạn chế", "causes"),
    ("Nguyên nhân", "causes"),
    ("BÀI HỌC KINH NGHIỆM", "lessons"),
    ("PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP", "orientation"),
    ("Phương hướng, mục tiêu", "orientation"),
    ("MỤC TIÊU ĐẾN NĂM 2015", "orientation"),
    ("MỤC ĐÍCH, YÊU CẦU", "orientation"),
    ("Nhiệm vụ, giải pháp", "tasks"),
    ("NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THỜI GIAN TỚI", "tasks"),
    ("Về nhiệm vụ trọng tâm từ nay đến tháng 6/2027", "tasks"),
    ("VỀ MỘT SỐ KIẾN NGHỊ CỦA TỈNH", "tasks"),
    ("ĐỀ XUẤT, KIẾN NGHỊ", "tasks"),
    ("TỔ CHỨC THỰC HIỆN", "tasks"),
    ("PHÂN CÔNG NHIỆM VỤ", "tasks"),
    ("Tăng cường vai trò của cấp ủy Đảng, quản lý của Nhà nước", None),
    # OCR reads tones wrong and keeps the letters: a cue of three words or more is matched with
    # tones folded; a short one is not ("chi tiêu", spending, is no "chỉ tiêu", target)
    ("V- TÔ CHỨC THỰC HIÊN", "tasks"),
    ("NHIÊM VU TRỌNG TÂM", "tasks"),
    ("Chi tiêu thường xuyên", None),
    # a plan's scope: what it covers, no tasks
    ("PHẠM VI, ĐỐI TƯỢNG", "other"),
]


@pytest.mark.parametrize("heading,role", HEADINGS)
def test_heading_names_its_role(heading, role):
    assert heading_role(heading) == role


# sentences outside recognised sections: their cue words decide
CUES = [
    ("Tuy nhiên, việc nhân rộng mô hình còn chậm.", "limitations"),
    ("Nguyên nhân chủ yếu là do kinh phí còn hạn hẹp.", "causes"),
    ("Đề nghị Ủy ban nhân dân tỉnh quan tâm hỗ trợ kinh phí.", "tasks"),
    ("Phấn đấu đến năm 2030 có 80% xã đạt chuẩn.", "orientation"),
    ("Năm 2023 đã tổ chức 12 lớp tập huấn.", "results"),
    ("Huyện Bảo Lâm nằm ở phía tây bắc tỉnh Lâm Đồng", None),
]


@pytest.mark.parametrize("text,role", CUES)
def test_sentence_cues(text, role):
    assert sentence_cue_role(text) == role


def _doc(text: str) -> Document:
    """A document run through the real steps before extraction."""
    from vanban.pipeline.model import RawDocument
    raw = RawDocument(path="mem.txt", format="txt", text=text, sha256="0")
    return segment(structure(normalize(raw)))


REPORT = """BÁO CÁO
Kết quả thực hiện chương trình chuyển đổi số năm 2023

I. KẾT QUẢ ĐẠT ĐƯỢC
1. Công tác chỉ đạo
Ban Thường vụ Huyện ủy ban hành kế hoạch thực hiện chương trình.
2. Hạ tầng số
Đến nay 100% xã có cáp quang. Tuy nhiên, tốc độ đường truyền ở vùng sâu còn chậm, nhiều thôn chưa có sóng di động.
II. HẠN CHẾ
Việc số hóa hồ sơ còn chậm.
III. NGUYÊN NHÂN
Kinh phí đầu tư còn thấp.
IV. NHIỆM VỤ NĂM 2024
- Hoàn thành số hóa hồ sơ một cửa.
"""


def test_report_sections_and_sentences_get_their_roles():
    doc = assign_roles(_doc(REPORT))
    roles = {s.id: s.role for s in doc.sections}
    assert roles["I"] == "results"
    assert roles["I.1"] == "implementation"   # a child may name its own past role
    assert roles["I.2"] == "results"          # a title that says nothing inherits
    assert roles["II"] == "limitations"
    assert roles["III"] == "causes"
    assert roles["IV"] == "tasks"
    by_text = {doc.text[s.start:s.end]: s.role for s in doc.sentences}
    assert by_text["Đến nay 100% xã có cáp quang."] == "results"
    # "Tuy nhiên, ... còn chậm" inside a results section is a limitation
    lim = next(r for t, r in by_text.items() if t.startswith("Tuy nhiên"))
    assert lim == "limitations"
    assert by_text["Kinh phí đầu tư còn thấp."] == "causes"


def test_recipients_and_signature_are_closing():
    doc = assign_roles(_doc(REPORT + "Nơi nhận:\n- Thường trực Huyện ủy;\n- Lưu.\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\n"))
    tail = [s.role for s in doc.sentences if s.start >= doc.text.index("Nơi nhận")]
    assert tail and set(tail) == {"closing"}


def test_law_articles_have_the_article_role():
    text = ("QUYẾT ĐỊNH\nĐiều 1. Phạm vi điều chỉnh\nQuyết định này quy định việc quản lý quỹ.\n"
            "Điều 2. Trách nhiệm thi hành\nSở Tài chính có trách nhiệm hướng dẫn thực hiện.\n")
    doc = assign_roles(_doc(text))
    assert [s.role for s in doc.sections if s.kind == "article"] == ["article", "article"]


def test_every_sentence_gets_a_known_role():
    doc = assign_roles(_doc(REPORT))
    assert doc.sentences and all(s.role in ROLES for s in doc.sentences)


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aăâbcdđeêghiklmnoôơpqrstuưvxyàáạảãI.V1-:;,\n ")), max_size=300))
def test_never_crashes_and_keeps_spans(text):
    doc = _doc(text)
    out = assign_roles(doc)
    assert out.text == doc.text
    assert [(s.start, s.end) for s in out.sentences] == [(s.start, s.end) for s in doc.sentences]
    assert all(s.role in ROLES for s in out.sentences)


def test_sentences_without_sections_fall_back_to_cues():
    text = "Tuy nhiên, tiến độ còn chậm. Đề nghị Sở Tài chính bố trí kinh phí."
    doc = Document("m", "", "txt", text, text, sentences=(Sentence(0, 28), Sentence(29, len(text))))
    roles = [s.role for s in assign_roles(doc).sentences]
    assert roles == ["limitations", "tasks"]


@needs_shared
def test_baolam_report_roles(shared_dir):
    doc = assign_roles(segment(structure(normalize(read_document(shared_dir / "docs" / "000_baolam_bc_nq20.txt")))))
    roles = {s.id: s.role for s in doc.sections}
    assert roles["I"] == "situation"
    assert roles["II"] == "implementation"
    assert roles["III"] == "results"
    assert roles["IV.1"] == "results"
    assert roles["IV.2"] == "limitations"
    assert roles["IV.3"] == "causes"
    assert roles["V.1"] == "orientation"
    assert roles["V.2"] == "tasks"
    # list items inherit: a bullet's own words ("Tăng cường ...") name no role
    assert {roles[s.id] for s in doc.sections if s.parent == "V.2"} == {"tasks"}


@needs_shared
def test_decree_articles(shared_dir):
    doc = assign_roles(segment(structure(normalize(read_document(shared_dir / "docs" / "010_qd142_ttg_2008.txt")))))
    assert {s.role for s in doc.sections} == {"article"}
    body = [s for s in doc.sentences if s.section and s.section.startswith("Điều")]
    assert body and {s.role for s in body} == {"article"}
