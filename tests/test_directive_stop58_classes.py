"""Directive classes fitted at stop 58 (issue 18): one table per class, each row written here in the style of the
documents where the class was seen (vocational-training circulars, archive rules, budget circulars), never copied
from them. The word lists and patterns behind them are data in ``models/directives.json``."""
from __future__ import annotations

import pytest

from tests._directive_helpers import directives_of, opening_actors


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


# --- a form's notes: who signs it, who makes the report, what a level adds when it sums (``form_note_patterns``,
# ``case_fill_pattern``) --------------------------------------------------------------------------------------

def _form(notes: str) -> str:
    return ("THÔNG TƯ\nĐiều 1. Ban hành kèm theo Thông tư này các biểu mẫu.\nPhụ lục II\nBiểu số 05\n"
            "TỔNG CỘNG\n……. ngày….. tháng….. năm…...\nThủ trưởng cơ quan\n(Ký tên và đóng dấu)\n" + notes)


FORM_NOTES = [
    # who signs: a cooperative's forms (realworld83 843, 51 737)
    ("1 Người đại diện theo pháp luật của liên hiệp hợp tác xã ký trực tiếp vào phần này.\n",
     [("1 Người đại", "Người đại diện theo pháp luật của liên hiệp hợp tác xã")]),
    ("2 Trường hợp lập văn phòng đại diện thì người đứng đầu chi nhánh ký trực tiếp vào phần này.\n",
     [("2 Trường hợp", "người đứng đầu chi nhánh")]),
    # brackets that say in which case are no part of the party
    ("3 Thành viên (trong trường hợp thành viên là cá nhân) ký trực tiếp vào phần này.\n",
     [("3 Thành viên", "Thành viên")]),
    # who makes the table, and what a level adds when it sums (realworld83 842): two notes, not one wrapped line
    ("Lưu ý:\n - Biểu mẫu này do cấp xã lập trên cơ sở thông tin từ các tổ nhóm tham gia mô hình\n"
     " - Khi cấp tỉnh tổng hợp thì bổ sung thêm cột \"tên huyện\" và dòng \"tổng cộng\" toàn tỉnh\n",
     [("Biểu mẫu này", "cấp xã"), ("Khi cấp tỉnh", "cấp tỉnh")]),
]


@pytest.mark.parametrize("notes,expected", FORM_NOTES)
def test_a_forms_notes_name_who_signs_makes_or_adds(notes, expected):
    assert _actors(_form(notes)) == expected


def test_a_numbered_case_over_fields_is_what_to_write():
    # "1. Trường hợp tạm ngừng kinh doanh thì ghi:" over the fields of a notice (realworld83 843)
    found = _actors("THÔNG TƯ\nĐiều 1. Ban hành kèm theo Thông tư này các mẫu.\nMẫu II-8\nTHÔNG BÁO\n"
                    "Thông báo tạm ngừng kinh doanh như sau:\n1. Trường hợp tạm ngừng kinh doanh thì ghi:\n"
                    "Thời gian tạm ngừng kinh doanh: kể từ ngày ...../...../..... đến hết ngày ...../...../.....\n"
                    "2. Trường hợp tiếp tục kinh doanh trở lại thì ghi:\n"
                    "Thời gian tiếp tục kinh doanh: kể từ ngày………… tháng……… năm…………\n")
    assert [t for t, _ in found] == ["Trường hợp tạm", "Trường hợp tiếp"]


def test_a_wrapped_bullet_in_lower_case_still_joins_its_note():
    # a page that breaks a note's line before "- " and goes on in lower case: one note, one directive
    found = directives_of(_form("Lưu ý:\n - Biểu mẫu này do cấp xã lập trên cơ sở thông tin\n"
                                " - từ các tổ nhóm tham gia mô hình sinh kế\n"), "txt")
    assert len(found) == 1 and "tổ nhóm" in found[0].text


# --- the administrative levels act under their headings (``party_heads``: "cấp tỉnh" ...) ------------------------

def test_a_level_named_in_a_heading_acts_in_its_steps():
    # a monitoring circular's steps under "a) Cấp trung ương:" (realworld83 842)
    found = _actors("THÔNG TƯ\nĐiều 5. Quy trình giám sát\n1. Các bước giám sát\na) Cấp trung ương:\n"
                    "- Thông báo cho Ban Chỉ đạo cấp tỉnh về kế hoạch giám sát.\nb) Cấp huyện:\n"
                    "- Chọn ngẫu nhiên thôn, bản để tiến hành giám sát.\n")
    assert found == [("Thông báo cho", "Cấp trung ương"), ("Chọn ngẫu nhiên", "Cấp huyện")]


# --- a report form's column notes with no colon after the label (``column_note_pattern``) -------------------------

COLUMN_NOTES = [
    "Cột 1 ghi tổng số người được hỗ trợ trong kỳ báo cáo.",
    "Cột 3 đến Cột 5 lần lượt ghi số người được hỗ trợ chia theo nhóm tuổi.",
    "Cột 2 và 3 lần lượt ghi số hộ nghèo và hộ cận nghèo.",
    "Phân tổ \"theo loại hình cơ sở\" ghi chi tiết số cơ sở theo các loại hình tại Cột A.",
]


@pytest.mark.parametrize("note", COLUMN_NOTES)
def test_a_column_note_says_what_to_write(note):
    # a labour ministry's statistical reporting regime (realworld82 839)
    found = _actors("THÔNG TƯ\nĐiều 1. Ban hành kèm theo Thông tư này các biểu mẫu.\nPhụ lục III\n"
                    "GIẢI THÍCH BIỂU MẪU\nBiểu số 005.N/BCB-LĐTBXH\n2. Cách ghi biểu\n" + note + "\n")
    assert [t for t, _ in found] == [" ".join(note.split()[:3])]


def test_a_column_named_with_its_content_is_no_note():
    # "Cột 1: Tổng số" names a column: no verb of writing, no directive
    found = _actors("THÔNG TƯ\nĐiều 1. Ban hành kèm theo Thông tư này các biểu mẫu.\nPhụ lục III\n"
                    "Biểu số 005.N/BCB-LĐTBXH\nCột 1 tổng số người được hỗ trợ.\n")
    assert found == []
