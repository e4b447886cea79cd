"""Directive classes fitted at stop 65 (issue 18): one table per class, each row written here in the style of the
documents where the class was seen (a province's rules of coordination, a city's plan against disasters, a
procedure-cutting resolution with its forms, and the decrees and circulars of the older samples whose bodies are
named by what they do), never copied from them. The word lists behind them are data in ``models/directives.json``
and ``models/roles.json``."""
from __future__ import annotations

import pytest

from tests._directive_helpers import clause_actors as _actors_of, found_txt as _found, got as _found_md


# --- a kind of body named by what it does, then its act with no modal ("Cơ quan tiếp nhận hồ sơ thực hiện ...") ----

DESCRIBED = [
    ("Cơ quan tiếp nhận hồ sơ thực hiện việc kiểm tra tính đầy đủ của hồ sơ.", "Cơ quan tiếp nhận hồ sơ"),
    ("Đơn vị chủ trì liên kết gửi hồ sơ đề xuất dự án đến cơ quan chủ quản.", "Đơn vị chủ trì liên kết"),
    ("Cơ quan đăng ký kinh doanh cấp tỉnh thực hiện tạo lập tài khoản cho hợp tác xã.",
     "Cơ quan đăng ký kinh doanh cấp tỉnh"),
    # the verb at the name's end is the act itself: no later verb takes its place
    ("Cơ quan thực hiện kiểm tra hồ sơ và gửi kết quả cho người nộp.", "Cơ quan"),
    # a verb after a blocker, a comma or a capital is no act: "để thực hiện", "kết quả thực hiện", "Giấy nộp tiền"
    ("Các đơn vị quản lý kinh phí để thực hiện các nhiệm vụ theo phân công của Bộ trưởng.", "Các đơn vị"),
    ("Tổ chức, cá nhân tiếp tục thực hiện tự công bố thông tin sản phẩm trên Cổng thông tin điện tử.",
     "Tổ chức, cá nhân"),
    ("Cơ quan nhà nước có thẩm quyền rà soát, phân loại, xem xét tính hợp lệ của hồ sơ.",
     "Cơ quan nhà nước có thẩm quyền"),
    # a competence's object ends by its own rule, not at a later act
    ("Người có thẩm quyền phê duyệt dự thảo nội dung gửi lấy ý kiến các cơ quan.", "Người có thẩm quyền"),
]


@pytest.mark.parametrize("sentence,actor", DESCRIBED)
def test_a_body_named_by_what_it_does_acts_at_its_act(sentence, actor):
    assert _actors_of("NGHỊ ĐỊNH\nĐiều 8. Trình tự thực hiện", sentence) == [actor]


# --- a province's rules of coordination: long article titles, "Căn cứ chức năng ..., phối hợp ..." --------------------

RULES = (
    "**QUY CHẾ**\n\n"
    "**Điều 6. Phối hợp trong tuyên\n"
    "truyền, phổ biến các chủ trương, đường lối của Đảng, chính sách, pháp luật của\n"
    "Nhà nước về tín ngưỡng, tôn giáo và tập huấn, bồi dưỡng chuyên môn nghiệp vụ\n"
    "cho cán bộ, công chức làm công tác tín ngưỡng, tôn giáo ở cấp tỉnh và cấp xã**\n\n"
    "1. Sở Dân tộc và Tôn giáo\n\n"
    "a) Chủ trì xây dựng kế hoạch tuyên truyền, phổ biến pháp luật về tín ngưỡng, tôn giáo.\n\n"
    "2. Các cơ quan, đơn vị liên quan\n\n"
    "Căn cứ chức năng quản lý, ngành, lĩnh vực, phạm vi quản lý, phối hợp với Sở Dân tộc và\n"
    "Tôn giáo tham mưu Ủy ban nhân dân tỉnh ban hành văn bản về tín ngưỡng, tôn giáo.\n"
)


def test_an_article_s_long_title_over_clauses_is_no_directive():
    found = _found_md(RULES)
    assert not [t for t, _ in found if t.startswith("Phối hợp trong tuyên truyền")], found
    assert ("Chủ trì xây dựng kế hoạch tuyên truyền, phổ biến pháp luật về tín ngưỡng, tôn giáo.",
            "Sở Dân tộc và Tôn giáo") in found


def test_a_body_s_paragraph_that_opens_with_its_remit_is_its_duty():
    found = _found_md(RULES)
    assert [a for t, a in found if t.startswith("Căn cứ chức năng quản lý")] == ["Các cơ quan, đơn vị liên quan"], found


# --- a city's plan: where the money comes from, a body given a role -------------------------------------------------

PLAN = (
    "KẾ HOẠCH\nThực hiện Đề án phòng, chống thiên tai đến năm 2030\n"
    "IV. NGUỒN VỐN THỰC HIỆN KẾ HOẠCH\n"
    "Nguồn vốn triển khai Kế hoạch thực hiện Đề án trên địa bàn Thành phố, bao gồm:\n"
    "1. Nguồn ngân sách Thành phố.\n"
    "2. Nguồn vốn hỗ trợ, tài trợ từ các tổ chức quốc tế.\n"
    "3. Nguồn vốn huy động từ các tổ chức, cá nhân theo quy định của pháp luật.\n"
    "V. TỔ CHỨC THỰC HIỆN\n"
    "1. Giao Sở Tài chính là cơ quan thường trực, tham mưu bố trí kinh phí thực hiện Kế hoạch.\n"
    "2. Sở Nông nghiệp và Môi trường chủ trì theo dõi, đôn đốc việc thực hiện Kế hoạch.\n"
)


def test_a_list_of_the_money_s_sources_holds_no_tasks():
    found = _found(PLAN)
    assert not [t for t, _ in found if t.startswith("Nguồn vốn")], found
    assert ("Sở Nông nghiệp và Môi trường chủ trì theo dõi, đôn đốc việc thực hiện Kế hoạch.",
            "Sở Nông nghiệp và Môi trường") in found


def test_a_body_given_a_role_is_the_one_assigned():
    found = _found(PLAN)
    assert [a for t, a in found if t.startswith("Giao Sở Tài chính")] == ["Sở Tài chính"], found


# --- a procedure-cutting resolution: conditions under a part's title, a form's questions and notes ---------------------

RESOLUTION = (
    "NGHỊ QUYẾT\n"
    "Điều 1. Điều kiện kinh doanh\n"
    "Mục 2. ĐIỀU KIỆN KINH DOANH\n"
    "I. Điều kiện đối với tổ chức biểu diễn nghệ thuật quy định tại khoản 1 Điều 10 Nghị định số 144/2020/NĐ-CP\n"
    "1. Là đơn vị sự nghiệp công lập có chức năng biểu diễn nghệ thuật;\n"
    "2. Có văn bản chấp thuận tổ chức biểu diễn nghệ thuật của cơ quan nhà nước có thẩm quyền.\n"
    "II. Điều kiện tổ chức cuộc thi người đẹp quy định tại khoản 1 Điều 13 Nghị định số 144/2020/NĐ-CP\n"
    "1. Có văn bản chấp thuận tổ chức cuộc thi của cơ quan nhà nước có thẩm quyền.\n"
    "Điều 2. Trình tự thực hiện\n"
    "1. Cơ quan, tổ chức, doanh nghiệp nhận kết quả tại cơ quan chuyên môn về văn hóa thuộc Ủy ban nhân dân cấp tỉnh.\n"
    "Mẫu số 09\n"
    "SƠ YẾU LÝ LỊCH\n"
    "Từ tháng, năm đến tháng, năm\n"
    "Làm công tác gì, cơ quan nào, chức vụ?\n"
    "Địa chỉ ở đâu?\n"
    "1 Dành cho cơ sở in sự nghiệp công lập.\n"
)


def test_conditions_under_a_part_s_title_ask_nothing():
    found = _found(RESOLUTION)
    assert not [t for t, _ in found if t.startswith("Có văn bản chấp thuận")], found


def test_a_form_s_question_and_its_note_for_whom_ask_nothing():
    found = _found(RESOLUTION)
    assert not [t for t, _ in found if t.endswith("?") or t.startswith("Dành cho")], found


def test_a_party_that_receives_the_result_acts_by_receiving_it():
    found = _found(RESOLUTION)
    assert [a for t, a in found if t.startswith("Cơ quan, tổ chức, doanh nghiệp nhận kết quả")] \
        == ["Cơ quan, tổ chức, doanh nghiệp"], found


def test_a_demand_under_a_body_s_heading_is_the_body_s_act():
    plan = ("KẾ HOẠCH\nPhòng, chống thiên tai\nV. TỔ CHỨC THỰC HIỆN\n4. Sở Khoa học và Công nghệ\n"
            "- Chủ trì hướng dẫn ứng dụng công nghệ trong cảnh báo sớm thiên tai.\n"
            "- Yêu cầu các cơ quan thông tấn, báo chí trên địa bàn xây dựng kế hoạch tuyên truyền về phòng, chống "
            "thiên tai.\n")
    found = _found(plan)
    assert [a for t, a in found if t.startswith("Yêu cầu các cơ quan")] == ["Sở Khoa học và Công nghệ"], found


# --- a finance circular's rates: "<what is paid>: <amount>/<per>" ------------------------------------------------------

RATES = (
    "THÔNG TƯ\n"
    "Điều 7. Nội dung chi và mức chi truyền thông\n"
    "đ) Chi tổ chức mít tinh, chiến dịch truyền thông:\n"
    "- Hỗ trợ những người tổ chức, giám sát thực hiện chiến dịch (ngoài chế độ công tác phí): 50.000 đồng/người/buổi.\n"
    "- Hỗ trợ chi phí xăng xe: 0,2 lít xăng/km tính theo khoảng cách thực tế và giá xăng tại thời điểm thực hiện.\n"
    "- Hỗ trợ cho người tham gia chiến dịch: 50.000 đồng/người/buổi. Thủ trưởng đơn vị được giao nhiệm vụ quyết định "
    "số lượng người tham gia trong phạm vi dự toán được giao.\n"
)


def test_a_rate_entry_is_no_directive():
    found = _found(RATES)
    assert not [t for t, _ in found if t.startswith(("Hỗ trợ những người", "Hỗ trợ chi phí xăng"))], found
