"""Directive classes fitted at stop 58 (issue 18): one table per class, each row written here in the style of the
documents where the class was seen (vocational-training circulars, archive rules, budget circulars), never copied
from them. The word lists and patterns behind them are data in ``models/directives.json``."""
from __future__ import annotations

import pytest

from tests._directive_helpers import opening_actors


def _actors(text: str) -> list[tuple[str, str | None]]:
    return opening_actors(text, 3)


def _clause(body: str) -> str:
    return "THÔNG TƯ\nĐiều 5. Quy định chung\n1. " + body + "\n"


# --- a party named by the task it was given (``assignee_cues``) -------------------------------------------------

ASSIGNEES = [
    # a vocational-training circular's procedures (realworld67 794, 80 834)
    ("Cơ quan được giao nhiệm vụ tổ chức xây dựng danh mục học liệu tối thiểu quyết định thành lập Ban chủ nhiệm "
     "xây dựng danh mục.",
     "Cơ quan được giao nhiệm vụ tổ chức xây dựng danh mục học liệu tối thiểu"),
    # the task's object a list of verbs joined by commas: the verb after it acts
    ("Đơn vị được giao tổ chức hoạt động đào tạo, bồi dưỡng lập kế hoạch, xác định nội dung và thời gian.",
     "Đơn vị được giao tổ chức hoạt động đào tạo, bồi dưỡng"),
    # an archive's rules (realworld80 833): the party's modal
    ("Người được giao xử lý hồ sơ có trách nhiệm lập hồ sơ công việc và nộp vào lưu trữ.",
     "Người được giao xử lý hồ sơ"),
    # a budget circular (realworld43 675): "được phân công"
    ("Cơ quan được phân công quản lý kinh phí sự nghiệp lập báo cáo quyết toán gửi Bộ Tài chính.",
     "Cơ quan được phân công quản lý kinh phí sự nghiệp"),
]


@pytest.mark.parametrize("body,actor", ASSIGNEES)
def test_a_party_named_by_its_task_acts_with_the_verb_after_the_task(body, actor):
    found = _actors(_clause(body))
    assert [a for _, a in found] == [actor]


NOT_ASSIGNEES = [
    # a second "được" after the task: the party is chosen, it does nothing here
    "Đơn vị được giao nhiệm vụ chủ trì biên soạn được Bộ lựa chọn theo các tiêu chí.",
    # the cue is the object's: the body's own verb comes first and reads as before
    "Hồ sơ được giao cho bộ phận một cửa.",
]


@pytest.mark.parametrize("body", NOT_ASSIGNEES)
def test_a_task_given_is_no_party_where_a_passive_or_no_party_opens(body):
    found = _actors(_clause(body))
    assert all(a is None or "được giao" not in a for _, a in found)


def test_a_named_body_before_its_modal_reads_as_before():
    # "Bộ Xây dựng tổ chức triển khai ... các nhiệm vụ được phân công": the cue stands in the object
    found = _actors(_clause("Bộ Xây dựng tổ chức triển khai các nhiệm vụ được phân công theo lộ trình."))
    assert [a for _, a in found] == ["Bộ Xây dựng"]
