"""Segmentation: sentences and words with exact offsets; numbers, dates and document numbers intact."""
from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vanban.pipeline.model import Document
from vanban.pipeline.segment import segment
from vanban.pipeline.structure import structure


def seg(text: str, words: bool = True) -> Document:
    doc = Document(path="t.txt", sha256="", format="txt", text=text, source_text=text)
    return segment(structure(doc), words=words)


def sentences(text: str) -> list[str]:
    doc = seg(text, words=False)
    return [text[s.start:s.end] for s in doc.sentences]


def tokens(text: str) -> list[str]:
    return [t.text for s in seg(text).sentences for t in s.tokens]


SENTENCES = [
    ("Huyện có 14 đơn vị hành chính. Dân số là 118.750 người.",
     ["Huyện có 14 đơn vị hành chính.", "Dân số là 118.750 người."]),
    ("Đồng chí ThS. Nguyễn Văn A báo cáo tại hội nghị. Hội nghị thống nhất cao.",
     ["Đồng chí ThS. Nguyễn Văn A báo cáo tại hội nghị.", "Hội nghị thống nhất cao."]),
    ("Đoàn công tác làm việc tại TP. Hồ Chí Minh. Kết quả tốt.",
     ["Đoàn công tác làm việc tại TP. Hồ Chí Minh.", "Kết quả tốt."]),
    ("Theo PGS. TS. Trần Văn B, năng suất tăng 95,5%. Đề nghị nhân rộng.",
     ["Theo PGS. TS. Trần Văn B, năng suất tăng 95,5%.", "Đề nghị nhân rộng."]),
    ("Xem Tr. 15 của tài liệu. Hết.", ["Xem Tr. 15 của tài liệu.", "Hết."]),
    ("Thực hiện Nghị quyết số 20-NQ/TW, ngày 01/11/2012. Kết luận số 50-KL/TW được ban hành.",
     ["Thực hiện Nghị quyết số 20-NQ/TW, ngày 01/11/2012.", "Kết luận số 50-KL/TW được ban hành."]),
    ("Nghị định số 08/2014/NĐ-CP quy định chi tiết. Luật số 29/2013/QH13 có hiệu lực.",
     ["Nghị định số 08/2014/NĐ-CP quy định chi tiết.", "Luật số 29/2013/QH13 có hiệu lực."]),
    # a paragraph break always ends a sentence, even without a full stop
    ("Tăng cường công tác quản lý\nĐẩy mạnh ứng dụng khoa học.",
     ["Tăng cường công tác quản lý", "Đẩy mạnh ứng dụng khoa học."]),
    # a heading is one sentence, its number included, and never joins the body
    ("I. ĐẶC ĐIỂM TÌNH HÌNH\n1. Thuận lợi\nNghị quyết ban hành kịp thời.",
     ["I. ĐẶC ĐIỂM TÌNH HÌNH", "1. Thuận lợi", "Nghị quyết ban hành kịp thời."]),
    ("Điều 1. Phạm vi điều chỉnh\na. Những người đang hưởng chế độ hưu trí. Người khác.",
     ["Điều 1. Phạm vi điều chỉnh", "a. Những người đang hưởng chế độ hưu trí.", "Người khác."]),
    ("3. Đẩy mạnh chuyển đổi số trong các cơ quan. Tiếp tục triển khai các nền tảng số.",
     ["3. Đẩy mạnh chuyển đổi số trong các cơ quan.", "Tiếp tục triển khai các nền tảng số."]),
]


@pytest.mark.parametrize("text, expected", SENTENCES)
def test_sentences(text, expected):
    assert sentences(text) == expected


ONE_TOKEN = [
    ("Thực hiện Nghị quyết số 20-NQ/TW của Bộ Chính trị.", "20-NQ/TW"),
    ("Căn cứ Nghị định số 08/2014/NĐ-CP của Chính phủ.", "08/2014/NĐ-CP"),
    ("Thực hiện công văn số 484-CV/BTGTU của Ban Tuyên giáo.", "484-CV/BTGTU"),
    ("Nghị quyết ngày 01/11/2012 của Ban Chấp hành Trung ương.", "01/11/2012"),
    ("Dân số của huyện là trên 118.750 người.", "118.750"),
    ("Tỷ lệ hộ dùng nước sạch đạt 95,5% năm 2021.", "95,5%"),
    ("Quyết định số 142/2008/QĐ-TTg của Thủ tướng.", "142/2008/QĐ-TTg"),
    ("Thông báo số 634/TB-VPCP của Văn phòng Chính phủ.", "634/TB-VPCP"),
    ("Quy định số 11-QĐi/TW ngày 18/02/2019 của Bộ Chính trị.", "11-QĐi/TW"),
    ("Diện tích tự nhiên 146,344 ha.", "146,344"),
]


@pytest.mark.parametrize("text, token", ONE_TOKEN)
def test_numbers_dates_and_document_numbers_stay_one_token(text, token):
    toks = tokens(text)
    assert token in toks
    assert not any(token in t and t != token for t in toks)


def test_words_of_several_syllables_are_joined_with_the_text_spacing():
    toks = tokens("Phát triển khoa học và công nghệ phục vụ sự nghiệp công nghiệp hóa.")
    assert "khoa học" in toks and "công nghệ" in toks


def test_words_false_gives_sentences_without_tokens():
    doc = seg("Huyện có 14 đơn vị hành chính. Dân số là 118.750 người.", words=False)
    assert len(doc.sentences) == 2 and all(s.tokens == () for s in doc.sentences)


def test_sentence_section_is_the_deepest_section():
    text = ("II. NHIỆM VỤ\nMở đầu phần hai.\n1. Về tuyên truyền\nNội dung mục một.\n"
            "- Quán triệt nghị quyết.\n2. Về kiểm tra\nNội dung mục hai.\n")
    doc = seg(text, words=False)
    got = {text[s.start:s.end]: s.section for s in doc.sentences}
    assert got == {"II. NHIỆM VỤ": "II", "Mở đầu phần hai.": "II", "1. Về tuyên truyền": "II.1",
                   "Nội dung mục một.": "II.1", "- Quán triệt nghị quyết.": "II.1.b1",
                   "2. Về kiểm tra": "II.2", "Nội dung mục hai.": "II.2"}


def check_spans(doc: Document) -> None:
    """Every token is the text it claims, inside its sentence; sentences never cross a line
    break or the end of a section heading (one that ends a sentence or a clause: a long item's
    heading may be a cut of its first sentence) and come in order."""
    text = doc.text
    heading_ends = {s.heading_end for s in doc.sections if text[s.heading_end - 1] in ".:!?"}
    prev_end = 0
    for s in doc.sentences:
        assert prev_end <= s.start < s.end <= len(text)
        assert "\n" not in text[s.start:s.end]
        assert not any(s.start < h < s.end for h in heading_ends)
        for t in s.tokens:
            assert s.start <= t.start < t.end <= s.end
            assert text[t.start:t.end] == t.text
        prev_end = s.end


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=st.sampled_from(
    list("aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạếệốộớờụủứừ ABCĐHNTV.,;:!?%/-\n0123456789()“”'")),
    max_size=200))
def test_segment_never_crashes_and_offsets_are_exact(text):
    check_spans(seg(text))


@cache
def shared_doc(path: str) -> Document:
    from vanban.pipeline.normalize import normalize
    from vanban.pipeline.read import read_document
    return segment(structure(normalize(read_document(Path(path)))))


def test_offsets_on_the_baolam_report(shared_dir):
    doc = shared_doc(str(shared_dir / "docs" / "000_baolam_bc_nq20.txt"))
    check_spans(doc)
    assert len(doc.sentences) > 80
    toks = [t.text for s in doc.sentences for t in s.tokens]
    for kept in ("20-NQ/TW", "484-CV/BTGTU", "01/11/2012", "118.750", "101-KH/TU"):
        assert kept in toks
    secs = {s.id: s for s in doc.sections}
    for s in doc.sentences:
        if s.section is not None:
            sec = secs[s.section]
            assert sec.start <= s.start < sec.end
            # no child of that section contains the sentence
            assert not any(c.parent == sec.id and c.start <= s.start < c.end for c in doc.sections)
    # the body of "IV.2 Hạn chế" is found under IV.2
    iv2 = [doc.text[s.start:s.end] for s in doc.sentences if s.section == "IV.2"]
    assert iv2[0] == "2. Hạn chế" and len(iv2) > 1


def test_offsets_on_every_demo_document():
    from tests.conftest import CORPORA
    files = sorted(p for p in CORPORA.glob("*") if p.suffix in (".txt", ".md", ".docx", ".pdf"))
    if not files:
        pytest.skip("corpora/ is not in this checkout")
    for p in files:
        doc = shared_doc(str(p))
        check_spans(doc)
        assert doc.sentences, p.name
        # a sentence after the first heading lies in a section, unless it is part of a
        # recipients list or a signature block (or follows the last section)
        from vanban.pipeline.structure import closing_zones
        zones = closing_zones(doc.text)
        first = min((s.start for s in doc.sections), default=len(doc.text))
        last = max((s.end for s in doc.sections), default=0)
        for s in doc.sentences:
            if s.section is None and first <= s.start < last:
                assert any(z.start <= s.start < z.end for z in zones), (p.name, doc.text[s.start:s.end])
