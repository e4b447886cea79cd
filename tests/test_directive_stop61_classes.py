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
