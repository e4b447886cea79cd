"""Directive classes fitted at stop 61 (issue 18): one table per class, each row written here in the style of the
documents where the class was seen (procedures of decrees, circulars and consolidated laws), never copied from
them. The word lists behind them are data in ``models/directives.json``."""
from __future__ import annotations

import pytest

from tests._directive_helpers import directives_of


def _clause(body: str) -> str:
    return "THÔNG TƯ\nĐiều 5. Quy định chung\n1. " + body + "\n"


def _found(body: str) -> list[tuple[str, str | None]]:
    return [(" ".join(d.text.split()), d.actor) for d in directives_of(_clause(body), "txt")]


# --- an applicant described by who it is or what it applies for, then its act of filing papers -------------------

FILERS = [
    # what it applies for (a safety-inspection decree's procedures, realworld86 852)
    ("Hộ kinh doanh có nhu cầu cấp lại giấy phép gửi 01 bộ hồ sơ đến cơ quan cấp phép.",
     "Hộ kinh doanh có nhu cầu cấp lại giấy phép"),
    ("Tổ chức có nhu cầu gia hạn chứng nhận gửi cơ quan có thẩm quyền văn bản đề nghị.",
     "Tổ chức có nhu cầu gia hạn chứng nhận"),
    # who it is, with a wish or a condition (a consolidated social insurance law, realworld85 848)
    ("Người đang hưởng trợ cấp có nguyện vọng chuyển nơi nhận nộp đơn cho cơ quan bảo hiểm xã hội.",
     "Người đang hưởng trợ cấp có nguyện vọng chuyển nơi nhận"),
    ("Người lao động khi đủ điều kiện hưởng trợ cấp nộp hồ sơ cho cơ quan bảo hiểm xã hội.",
     "Người lao động khi đủ điều kiện hưởng trợ cấp"),
    # by the provision that names it (realworld84 844)
    ("Đối tượng quy định tại khoản 2 Điều 7 Nghị định này gửi hồ sơ đến Sở Tài chính.",
     "Đối tượng quy định tại khoản 2 Điều 7 Nghị định này"),
    # by its registration, then a count of papers (a procedures circular, realworld86 850)
    ("Chủ cơ sở đăng ký chứng nhận vùng an toàn lập một bộ hồ sơ theo Mẫu số 02.",
     "Chủ cơ sở đăng ký chứng nhận vùng an toàn"),
]


@pytest.mark.parametrize("body,actor", FILERS)
def test_an_applicant_described_at_length_files_as_a_duty(body, actor):
    found = _found(body)
    assert found == [(body, actor)], found


NOT_FILERS = [
    # a filing already done, or one it need not make, binds no one here
    "Doanh nghiệp chưa nộp hồ sơ theo quy định được gia hạn.",
    # the act names no paper and no body it is filed with
    "Hộ gia đình có nhu cầu sử dụng nước sạch gửi tiết kiệm tại ngân hàng thương mại.",
    # a clause mark ends the description before any act
    "Cá nhân có nhu cầu học tập suốt đời; nộp học phí theo quy định.",
]


@pytest.mark.parametrize("body", NOT_FILERS)
def test_no_filing_act_no_applicant(body):
    found = _found(body)
    assert not any(a and a.startswith(body.split()[0]) and len(a.split()) > 3 for _, a in found), found


def test_a_right_to_file_is_no_filers_duty():
    found = _found("Khi quyền lợi bị ảnh hưởng, nhà thầu có quyền gửi đơn kiến nghị đến chủ đầu tư.")
    assert not any(a and a.startswith("nhà thầu có quyền") for _, a in found), found


# --- a Government's or a council's resolution: its annexes' provisions read as a decree's ----------------------------

RESOLUTION = ("CHÍNH PHỦ\nSố: {number}\nNGHỊ QUYẾT\nVề cắt giảm, đơn giản hóa thủ tục hành chính\n"
              "Điều 1. Cắt giảm thủ tục hành chính theo Phụ lục I ban hành kèm theo Nghị quyết này.\n"
              "Điều 2. Nghị quyết này có hiệu lực thi hành từ ngày ký.\n"
              "Phụ lục I\nCẮT GIẢM THỦ TỤC HÀNH CHÍNH LĨNH VỰC Y TẾ\n"
              "(Kèm theo Nghị quyết số {number} ngày 04 tháng 5 năm 2026 của Chính phủ)\n"
              "A. CẮT GIẢM, ĐƠN GIẢN HÓA THỦ TỤC HÀNH CHÍNH\n"
              "I. Không thực hiện thủ tục cấp lại giấy phép tại Điều 9 Nghị định số 12/2020/NĐ-CP.\n"
              "Trong thời hạn 05 ngày làm việc kể từ ngày nhận được thông báo, Sở Y tế công khai thông tin thay đổi trên "
              "Cổng thông tin điện tử.\n")


@pytest.mark.parametrize("number", ["21/2026/NQ-CP", "08/2025/NQ-HĐND"])
def test_a_normative_resolutions_annex_binds_as_a_decrees(number):
    found = [(" ".join(d.text.split()[:3]), d.actor) for d in directives_of(RESOLUTION.format(number=number), "txt")]
    assert ("Trong thời hạn", "Sở Y tế") in found, found


def test_a_meetings_resolution_in_roman_sections_keeps_the_default():
    text = RESOLUTION.format(number="21/NQ-CP").replace("Điều 1. ", "I. ").replace("Điều 2. ", "II. ")
    assert not [d for d in directives_of(text, "txt") if d.text.startswith("Trong thời hạn")]


def test_a_party_resolutions_unheaded_lines_keep_the_default():
    text = RESOLUTION.format(number="21-NQ/TU").replace("Điều 1. ", "I. ").replace("Điều 2. ", "II. ")
    assert not [d for d in directives_of(text, "txt") if d.text.startswith("Trong thời hạn")]


# --- an article titled by its duties alone takes the body the article before it names -----------------------------

def test_a_bare_duty_title_takes_the_body_of_the_article_before():
    text = ("THÔNG TƯ\nHướng dẫn tổ chức hoạt động của các trung tâm\nChương II\nTỔ CHỨC HOẠT ĐỘNG\n"
            "Điều 5. Chức năng của trung tâm bảo trợ xã hội công lập\n1. Tiếp nhận đối tượng cần bảo vệ khẩn cấp.\n"
            "Điều 6. Nhiệm vụ, quyền hạn\n1. Chăm sóc, nuôi dưỡng đối tượng:\n"
            "a) Xây dựng kế hoạch chăm sóc cho từng đối tượng theo quy định;\n"
            "b) Tổ chức hoạt động phục hồi chức năng cho đối tượng.\n")
    found = [(" ".join(d.text.split()[:2]), d.actor) for d in directives_of(text, "txt")]
    assert ("Xây dựng", "trung tâm bảo trợ xã hội công lập") in found, found


# --- a form's column notes with the column in brackets ------------------------------------------------------------

@pytest.mark.parametrize("note", ['Cột (1) ghi rõ số, ngày ban hành của văn bản.',
                                  'Cột (4) đánh dấu "X" vào ô tương ứng với văn bản đã nhận.'])
def test_a_column_note_in_brackets_is_an_instruction(note):
    found = directives_of("THÔNG TƯ\nMẫu số 02\nGhi chú:\n" + note + "\n", "txt")
    assert [(d.text.strip(), d.role) for d in found] == [(note, "instruction")], found


# --- a six-word table cell ("Cơ quan chủ trì soạn thảo", realworld87 853; "Các cơ quan điều hành chung", 48 712) ---

@pytest.mark.parametrize("cell", ["Cơ quan chủ trì soạn thảo", "Các cơ quan điều hành chung"])
def test_a_six_word_cell_with_no_closing_mark_is_no_directive(cell):
    text = "NGHỊ ĐỊNH\nĐiều 5. Báo cáo\n1. Doanh nghiệp phải báo cáo theo Mẫu số 01.\n" + cell + "\n"
    assert [d.actor for d in directives_of(text, "txt")] == ["Doanh nghiệp"]


# --- a legal clause's party is its first sentence's, a later sentence's party adds none ---------------------------

def test_a_clauses_later_sentence_adds_no_party_to_it():
    text = ("NGHỊ ĐỊNH\nĐiều 12. Thời hạn giải quyết\n1. Trong thời hạn 05 ngày làm việc, Sở Công Thương kiểm tra "
            "hồ sơ. Trường hợp đủ điều kiện, Ủy ban nhân dân cấp tỉnh cấp giấy xác nhận.\n")
    found = [(" ".join(d.text.split()[:3]), d.actor) for d in directives_of(text, "txt")]
    assert found == [("Trong thời hạn", "Sở Công Thương")], found


def test_a_plans_later_sentence_still_adds_its_body():
    text = ("KẾ HOẠCH\nIV. TỔ CHỨC THỰC HIỆN\n1. Sở Công Thương chủ trì kiểm tra các cơ sở. Ủy ban nhân dân cấp xã "
            "phối hợp rà soát trên địa bàn.\n")
    found = [d.actor for d in directives_of(text, "txt")]
    assert found == ["Sở Công Thương; Ủy ban nhân dân cấp xã"], found
