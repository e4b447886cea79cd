"""Directive classes fitted at stop 57 (issue 18): one table per class, each row written here in the style of the
documents where the class was seen (bidding circulars, tax circulars, school charters, decrees on wages), never
copied from them. The word lists and patterns behind them are data in ``models/directives.json`` and
``models/roles.json``."""
from __future__ import annotations

import pytest

from tests._directive_helpers import opening_actors


def _actors(text: str) -> list[tuple[str, str | None]]:
    return opening_actors(text, 3)


def _clause(body: str) -> str:
    return "THÔNG TƯ\nĐiều 5. Quy định chung\n1. " + body + "\n"


# --- a case's party acts where the rule after "thì" names no one (``case_openers``) ----------------------------

CASE_SUBJECTS = [
    # a bidding circular (realworld76 821, 72 811)
    ("Trường hợp nhà thầu có các chứng chỉ theo quy định thì kê khai trên Hệ thống.", "nhà thầu"),
    ("Trường hợp nhà đầu tư nước ngoài không có con dấu thì phải cung cấp xác nhận của tổ chức có thẩm quyền.",
     "nhà đầu tư nước ngoài"),
    # a body in capitals; a charter's chair under "Khi" (realworld54 755, 70 804)
    ("Trường hợp Sở Giao dịch chứng khoán phát hiện dấu hiệu vi phạm thì xử lý theo thẩm quyền.",
     "Sở Giao dịch chứng khoán"),
    ("Khi chủ tịch hội đồng trường không thể làm việc trong thời gian quy định thì phải ủy quyền cho thư ký.",
     "chủ tịch hội đồng trường"),
    # a decree on wages (realworld35 587)
    ("Trường hợp đơn vị huy động người lao động làm việc vào ngày nghỉ thì phải trả tiền lương làm thêm giờ.",
     "đơn vị"),
]


@pytest.mark.parametrize("body,actor", CASE_SUBJECTS)
def test_the_party_of_a_case_acts_in_a_rule_that_names_no_one(body, actor):
    found = _actors(_clause(body))
    assert [a for _, a in found] == [actor]


CASE_NOT_SUBJECTS = [
    # the rule names its own party: it acts, not the one in the case
    ("Trường hợp người nộp thuế không nộp hồ sơ thì cơ quan thuế phải ban hành thông báo.", "cơ quan thuế"),
    # no party in the case: no one is named
    ("Trường hợp hồ sơ chưa hợp lệ thì phải trả lại cho người nộp.", None),
]


@pytest.mark.parametrize("body,actor", CASE_NOT_SUBJECTS)
def test_a_case_gives_its_party_only_where_it_names_one_and_the_rule_none(body, actor):
    found = _actors(_clause(body))
    assert [a for _, a in found] == [actor]


def test_a_case_under_a_named_body_keeps_the_body():
    # the heading names who acts; the case's party is whom the rule concerns
    found = _actors("THÔNG TƯ\nĐiều 7. Trách nhiệm của Sở Tài chính\n1. Trường hợp nhà thầu vi phạm quy định "
                    "thì phải xử lý theo thẩm quyền.\n")
    assert [a for _, a in found] == ["Sở Tài chính"]


def test_a_case_that_ends_in_no_duty_gives_no_party():
    # "thì không phải ...": no duty, so no directive of the case's party
    found = _actors(_clause("Trường hợp doanh nghiệp đã nộp hồ sơ thì không phải nộp lại."))
    assert all(a != "doanh nghiệp" for _, a in found)


# --- a long article title that ends with a duty over numbered clauses (``duty_title_ends``) ------------------

DUTY_TITLES = [
    # a charter's article that names several bodies, one after a semicolon (realworld70 804, 73 814, 74 815)
    ("Điều 55. Cơ quan chủ quản trường cao đẳng công lập; bộ, cơ quan ngang bộ, \ncơ quan thuộc Chính phủ, "
     "cơ quan trung ương của tổ chức chính trị - xã hội \ncó trách nhiệm",
     "Cơ quan chủ quản trường cao đẳng công lập; bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, "
     "cơ quan trung ương của tổ chức chính trị - xã hội"),
    # a short one, read as before
    ("Điều 56. Ủy ban nhân dân cấp tỉnh có trách nhiệm", "Ủy ban nhân dân cấp tỉnh"),
]


@pytest.mark.parametrize("title,actor", DUTY_TITLES)
def test_a_long_title_ending_with_a_duty_names_who_acts_in_its_clauses(title, actor):
    found = _actors("THÔNG TƯ\n" + title + "\n1. Chỉ đạo các trường trực thuộc tổ chức thực hiện Thông tư này.\n"
                    "2. Kiểm tra, thanh tra việc thực hiện Thông tư này theo thẩm quyền.\n")
    assert found == [("Chỉ đạo các", actor), ("Kiểm tra, thanh", actor)]


def test_a_title_cut_in_its_clause_is_still_no_title():
    # "Điều 3. ... chịu trách nhiệm thi hành" / "Quyết định này./.": a clause the page's width cut
    found = _actors("QUYẾT ĐỊNH\nĐiều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở, ban, ngành và Chủ tịch "
                    "Ủy ban nhân dân các huyện chịu trách nhiệm thi hành\nQuyết định này./.\n")
    assert [a for _, a in found] == ["Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở, ban, ngành và Chủ tịch "
                                     "Ủy ban nhân dân các huyện"]


# --- a lead-in that names the body more closely than its article's title ------------------------------------

CLOSER_LEADINS = [
    # a charter: "Nhiệm vụ và quyền hạn của nhà giáo" / "Nhà giáo trong trường cao đẳng thực hiện nhiệm vụ và
    # quyền hạn theo quy định tại ... và các nhiệm vụ, quyền hạn sau đây:" (realworld70 804, 73 814, 79 831)
    ("Điều 36. Nhiệm vụ và quyền hạn của nhà giáo\nNhà giáo trong trường cao đẳng thực hiện nhiệm vụ và quyền "
     "hạn theo quy định tại Điều 55 của Luật Giáo dục nghề nghiệp và các nhiệm vụ, quyền hạn sau đây:",
     "Nhà giáo trong trường cao đẳng"),
    ("Điều 40. Nhiệm vụ của giáo viên\nGiáo viên trung tâm giáo dục nghề nghiệp thực hiện nhiệm vụ, quyền hạn "
     "theo quy định của pháp luật và các nhiệm vụ sau đây:", "Giáo viên trung tâm giáo dục nghề nghiệp"),
    # a lead-in that names another body: the title's body still acts
    ("Điều 37. Nhiệm vụ của Sở Tài chính\nCăn cứ quy định của pháp luật, thực hiện các nhiệm vụ sau đây:",
     "Sở Tài chính"),
]


@pytest.mark.parametrize("head,actor", CLOSER_LEADINS)
def test_a_leadin_that_names_the_titles_body_more_closely_gives_the_fuller_name(head, actor):
    found = _actors("THÔNG TƯ\n" + head + "\n1. Chấp hành các quy chế, nội quy của nhà trường.\n"
                    "2. Tham gia các hoạt động chuyên môn của tổ, khoa.\n")
    assert found == [("Chấp hành các", actor), ("Tham gia các", actor)]


# --- a report form's header and a form's caption are no directives (``form_header_labels``, ``form_caption_pattern``)

FORM_LINES = [
    # a statistical report form's header (realworld72 809, 81 836)
    "Đơn vị báo cáo: Cục Phát triển doanh nghiệp - Đơn vị nhận báo cáo: Trung tâm Tin học (Hệ thống thông tin "
    "thống kê ngành)",
    "Đơn vị nhận báo cáo: Trung tâm Tin học Đơn vị tính: Triệu đồng",
    # whom a form is for, and a letter's subject line (realworld80 835, 76 821)
    "(Dành cho người lao động bị chấm dứt hợp đồng lao động nhưng không đủ điều kiện hưởng trợ cấp thất nghiệp)",
    "(Áp dụng đối với người sử dụng lao động phải tạm dừng hoạt động theo yêu cầu của cơ quan nhà nước)",
    "V/v đề nghị hỗ trợ viên chức hoạt động nghệ thuật gặp khó khăn do đại dịch COVID-19",
    # a paper of a file named with its form and the annex that holds it (realworld80 835)
    "Đề nghị hỗ trợ theo Mẫu số 07 tại Phụ lục ban hành kèm theo Quyết định này.",
]


@pytest.mark.parametrize("line", FORM_LINES)
def test_a_forms_header_or_caption_is_no_directive(line):
    assert _actors(_clause(line)) == []


def test_the_party_a_form_header_names_still_acts_in_its_own_sentence():
    found = _actors(_clause("Đơn vị báo cáo phải gửi báo cáo trước ngày 15 hằng tháng."))
    assert [a for _, a in found] == ["Đơn vị báo cáo"]


def test_a_paper_with_its_form_still_binds_whoever_must_file_it():
    found = _actors(_clause("Người lao động phải nộp đề nghị theo Mẫu số 07 tại Phụ lục ban hành kèm theo Quyết định này."))
    assert [a for _, a in found] == ["Người lao động"]


# --- a body named before a lead-in's colon, then what it does: its items are its duties ---------------------

def test_a_body_then_its_duty_before_a_list_leads_into_duties():
    # a ministry's archive rules (realworld80 833): "..., gồm:" lists duties here, not members
    found = _actors("QUYẾT ĐỊNH\nĐiều 33. Trách nhiệm quản lý về lưu trữ\n2. Chánh Văn phòng Bộ: Giúp Bộ trưởng quản "
                    "lý công tác lưu trữ; làm đầu mối hướng dẫn nghiệp vụ về công tác lưu trữ, gồm:\n"
                    "a) Xây dựng, trình Bộ ban hành các quy định về công tác lưu trữ.\n"
                    "b) Thực hiện công tác lưu trữ của cơ quan Bộ.\n")
    assert found == [("Xây dựng, trình", "Chánh Văn phòng Bộ"), ("Thực hiện công", "Chánh Văn phòng Bộ")]


def test_members_after_gom_are_still_members():
    found = _actors("NGHỊ QUYẾT\nĐiều 1. Bộ máy\n1. Phê chuẩn bộ máy làm việc của Viện kiểm sát nhân dân tối cao, gồm:\n"
                    "a) Vụ Kiểm sát hình sự;\nb) Văn phòng.\n")
    assert found == []


# --- a modal after a body's head is never a name the document makes ----------------------------------------

def test_a_repeated_duty_is_no_part_of_the_bodys_name():
    # "các cơ quan, đơn vị có trách nhiệm" written often (realworld80 833) made "có trách nhiệm" part of the name
    text = "QUYẾT ĐỊNH\nĐiều 13. Quy định chung\n" + "".join(
        f"{k}. Thủ trưởng các cơ quan, đơn vị có trách nhiệm quản lý hồ sơ loại {k} của đơn vị.\n" for k in range(1, 5))
    assert {a for _, a in _actors(text)} == {"Thủ trưởng các cơ quan, đơn vị"}


# --- an article that settles a claim sets a procedure; a step may open with its time limit ------------------

STEPS = [
    # a social insurance law (realworld81 838; 49 721, 54 756, 79 830): "Giải quyết ..." articles
    ("Điều 110. Giải quyết hưởng lương hưu", "Người lao động nộp hồ sơ quy định tại Điều 108 của Luật này cho cơ "
     "quan bảo hiểm xã hội.", "Người lao động"),
    ("Điều 110. Giải quyết hưởng lương hưu", "Trong thời hạn 30 ngày tính đến thời điểm người lao động được hưởng "
     "lương hưu, người sử dụng lao động nộp hồ sơ cho cơ quan bảo hiểm xã hội.", "người sử dụng lao động"),
    ("Điều 8. Trình tự thực hiện", "Trong thời hạn 05 ngày làm việc, cá nhân gửi bản khai đến Ủy ban nhân dân cấp xã.",
     "cá nhân"),
]


@pytest.mark.parametrize("title,clause,actor", STEPS)
def test_a_party_and_its_plain_verb_is_a_step_of_a_procedure(title, clause, actor):
    assert [a for _, a in _actors("LUẬT\n" + title + "\n1. " + clause + "\n")] == [actor]


def test_outside_a_procedure_a_party_and_its_plain_verb_is_no_step():
    # "Điều 12. Quyền của người lao động": what the party does there is no step
    found = _actors("LUẬT\nĐiều 12. Sổ bảo hiểm xã hội\n1. Người lao động nộp hồ sơ cho cơ quan bảo hiểm xã hội.\n")
    assert found == []


# --- a council's seats and who holds them are no directives (``membership_roles``) ---------------------------

SEATS = ("QUYẾT ĐỊNH\nĐiều 23. Hội đồng xét hủy tài liệu\n1. Thành phần của Hội đồng quy định như sau:\n"
         "a) Chủ tịch Hội đồng: Chánh Văn phòng Bộ;\nb) Thư ký Hội đồng: Người làm lưu trữ của cơ quan;\n"
         "c) Người am hiểu về lĩnh vực có tài liệu cần xét hủy là ủy viên.\n"
         "2. Chủ tịch Hội đồng: chủ trì cuộc họp, ký biên bản và báo cáo người đứng đầu cơ quan.\n"
         "3. Các dự án phải phù hợp với điều ước quốc tế mà Việt Nam là thành viên.\n")


def test_a_councils_seats_are_no_directives_but_its_chairs_duties_are():
    # realworld80 833: the seats and their holders; a seat's duties after its colon and a treaty's members stay
    assert [t for t, _ in _actors(SEATS)] == ["Chủ tịch Hội", "Các dự án"]


def test_the_title_under_a_forms_number_is_no_directive():
    # a decision's index of forms (realworld80 835): "Mẫu số 01" / "Đề nghị hỗ trợ của ..."; a duty under one stays
    found = _actors("QUYẾT ĐỊNH\nPhụ lục\nMẫu số 01\nĐề nghị hỗ trợ của người sử dụng lao động được tạm dừng đóng vào "
                    "quỹ hưu trí và tử tuất\nMẫu số 02\nPhương án đào tạo, bồi dưỡng, nâng cao trình độ kỹ năng nghề\n"
                    "Mẫu số 03\nNgười sử dụng lao động phải gửi đề nghị đến cơ quan bảo hiểm xã hội.\n")
    assert found == [("Người sử dụng", "Người sử dụng lao động")]


def test_a_member_barred_from_another_seat_is_bound():
    # an examination's rules (realworld78 829): "không được ... làm thành viên Ban coi thi" is a duty, no seat
    found = _actors("THÔNG TƯ\nĐiều 7. Ban chấm bài\n1. Người được cử làm thành viên Ban chấm bài không được tham gia "
                    "vào làm thành viên Ban coi thi.\n")
    assert [a for _, a in found] == ["Người được cử làm thành viên Ban chấm bài"]
