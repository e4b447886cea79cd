"""Directive classes fitted at stop 64 (issue 18): one table per class, each row written here in the style of the
documents where the class was seen (a provincial fund's charter, a planning-database circular, decrees whose
clauses open with a case or a time limit), never copied from them. The word lists behind them are data in
``models/directives.json``."""
from __future__ import annotations

import pytest

from tests._directive_helpers import clause_actors as _actors_of, found_txt as _found


def _texts(text: str) -> list[str]:
    return [t for t, _ in _found(text)]


# --- a fund's charter: "Điều 3. Nhiệm vụ" / "1. Quỹ có nhiệm vụ ..." / "2. Tham mưu ..." ----------------------------

CHARTER = (
    "ĐIỀU LỆ\n"
    "TỔ CHỨC VÀ HOẠT ĐỘNG CỦA QUỸ PHÁT TRIỂN ĐẤT TỈNH BÌNH ĐỊNH\n"
    "Chương I\n"
    "QUY ĐỊNH CHUNG\n"
    "Điều 1. Vị trí, chức năng\n"
    "1. Quỹ Phát triển đất tỉnh Bình Định là quỹ tài chính nhà nước ngoài ngân sách trực thuộc Ủy ban nhân dân tỉnh.\n"
    "Tổ chức và hoạt động của Quỹ được thực hiện theo Điều lệ này.\n"
    "Chương II\n"
    "NHIỆM VỤ VÀ QUYỀN HẠN\n"
    "Điều 3. Nhiệm vụ\n"
    "1. Quỹ có nhiệm vụ ứng vốn cho các tổ chức phát triển quỹ đất để bồi thường, giải phóng mặt bằng.\n"
    "2. Tham mưu cho Ủy ban nhân dân tỉnh về kế hoạch sử dụng nguồn vốn của Quỹ hằng năm.\n"
    "3. Cho vay vốn với lãi suất ưu đãi đối với các dự án tạo quỹ đất sạch trên địa bàn tỉnh.\n"
    "4. Tài trợ, đồng tài trợ cho các dự án chỉnh trang đô thị theo quy định.\n"
    "Điều 5. Hội đồng quản lý Quỹ\n"
    "1. Hội đồng quản lý Quỹ làm việc theo chế độ kiêm nhiệm và được hưởng phụ cấp theo quy định hiện hành.\n"
    "2. Các thành viên Ban Kiểm soát hoạt động theo chế độ kiêm nhiệm.\n"
    "Điều 9. Cơ chế tài chính\n"
    "1. Hoạt động tài chính của Quỹ được thực hiện theo các hình thức sau:\n"
    "a) Cho vay với lãi suất ưu đãi.\n"
    "b) Hỗ trợ lãi suất cho vay.\n"
    "c) Nhận ủy thác và ủy thác.\n"
    "2. Vốn của Quỹ phải sử dụng đúng mục đích, bảo đảm an toàn cho các mục tiêu sau:\n"
    "a) Ứng vốn cho các dự án phát triển quỹ đất.\n"
    "b) Hỗ trợ lãi suất vay vốn cho các dự án theo quy định.\n"
)


@pytest.mark.parametrize("opening", [
    "Tham mưu cho Ủy ban nhân dân tỉnh",
    "Cho vay vốn với lãi suất ưu đãi",
])
def test_a_duty_article_s_items_are_done_by_the_body_its_first_clause_names(opening):
    found = _found(CHARTER)
    assert [a for t, a in found if t.startswith(opening)] == ["Quỹ"], found


@pytest.mark.parametrize("opening", [
    "Cho vay với lãi suất ưu đãi",       # the forms a fund's finance takes
    "Hỗ trợ lãi suất cho vay",
    "Nhận ủy thác và ủy thác",
    "Ứng vốn cho các dự án",             # the aims its capital serves
    "Hỗ trợ lãi suất vay vốn cho",
    "Hội đồng quản lý Quỹ làm việc theo chế độ kiêm nhiệm",   # a council's status
    "Các thành viên Ban Kiểm soát hoạt động theo chế độ",
    "Tổ chức và hoạt động của Quỹ",      # the organisation and working of a body, no act of organising
])
def test_a_charter_s_forms_aims_and_statuses_are_no_directives(opening):
    assert not [t for t in _texts(CHARTER) if t.startswith(opening)], _texts(CHARTER)


# --- a list of sectors ("g) Giao thông vận tải;"): its entries, no "giao" that assigns --------------------------------

TOPICS = (
    "THÔNG TƯ\n"
    "Điều 7. Tổ chức dữ liệu của cơ sở dữ liệu quy hoạch\n"
    "1. Cơ sở dữ liệu quy hoạch được tổ chức theo các chủ đề dữ liệu như sau:\n"
    "a) Xây dựng;\n"
    "b) Giao thông vận tải;\n"
    "c) Giáo dục và đào tạo;\n"
    "d) Thông tin và truyền thông;\n"
    "đ) Quốc phòng, an ninh.\n"
    "2. Cơ quan lập quy hoạch phải cập nhật cơ sở dữ liệu theo các chủ đề quy định tại khoản 1 Điều này.\n"
)


def test_a_list_of_sectors_holds_no_directives_and_the_duty_below_stays():
    assert _texts(TOPICS) == [
        "Cơ quan lập quy hoạch phải cập nhật cơ sở dữ liệu theo các chủ đề quy định tại khoản 1 Điều này."]


# --- a party after a condition's comma, with a passive verb and no agent before the comma ---------------------------

AFTER_A_PASSIVE = [
    ("Khi một giếng trên khu vực mỏ bị mất kiểm soát, người điều hành phải đóng các giếng lân cận.",
     "người điều hành"),
    ("Trường hợp phôi chứng chỉ bị hư hỏng, cơ sở bồi dưỡng phải lập biên bản và báo cáo cơ quan quản lý.",
     "cơ sở bồi dưỡng"),
    # an agent after the passive: the comma joins two agents ("được cơ quan, người có thẩm quyền ..."), no subject
    ("Hồ sơ được cơ quan, người có thẩm quyền phê duyệt phải được lưu trữ theo quy định.", None),
]


@pytest.mark.parametrize("sentence,actor", AFTER_A_PASSIVE)
def test_a_party_after_a_passive_verb_s_comma_is_the_subject(sentence, actor):
    assert _actors_of("NGHỊ ĐỊNH\nĐiều 8. Trách nhiệm khi có sự cố", sentence) == [actor]


# --- an adverb between a party named by its competence and its verb ("người có thẩm quyền vẫn ra ...") ---------------

@pytest.mark.parametrize("sentence,actor", [
    ("Trường hợp giấy phép đã hết hạn thì người có thẩm quyền vẫn ra quyết định xử phạt đối với hành vi vi phạm.",
     "người có thẩm quyền"),
    ("Trường hợp thuê tư vấn làm bên mời thầu thì chủ đầu tư vẫn phải chịu trách nhiệm về kết quả lựa chọn nhà thầu.",
     "chủ đầu tư"),
    # a courtesy before a request is no part of the asker's name
    ("Trường hợp hồ sơ chưa đầy đủ thì Bộ Tài chính trân trọng đề nghị các bộ, ngành bổ sung hồ sơ trong thời hạn "
     "05 ngày.", "Bộ Tài chính"),
])
def test_an_adverb_ends_the_party_s_name(sentence, actor):
    assert _actors_of("NGHỊ ĐỊNH\nĐiều 8. Xử lý", sentence) == [actor]


def test_a_verb_after_the_competence_still_says_which_competence():
    sentence = ("Trường hợp chủ phương tiện không có mặt thì người có thẩm quyền tạm giữ thực hiện việc di chuyển "
                "phương tiện về nơi tạm giữ.")
    assert _actors_of("NGHỊ ĐỊNH\nĐiều 8. Xử lý", sentence) == ["người có thẩm quyền tạm giữ"]


# --- a fund's officers and bodies: deputies, the entrusted, the bodies it is made of --------------------------------

OFFICERS = (
    "ĐIỀU LỆ\n"
    "Điều 5. Cơ cấu tổ chức\n"
    "Cơ cấu tổ chức của Quỹ gồm có: Hội đồng quản lý, Ban Kiểm soát, Cơ quan điều hành nghiệp vụ.\n"
    "Điều 8. Cơ quan điều hành nghiệp vụ\n"
    "1. Giám đốc Quỹ điều hành hoạt động của Quỹ theo quy chế.\n"
    "2. Phó Giám đốc Quỹ thực hiện các nhiệm vụ do Giám đốc Quỹ phân công.\n"
    "Điều 16. Ủy thác\n"
    "1. Các tổ chức nhận ủy thác được hưởng phí dịch vụ theo hợp đồng ủy thác.\n"
    "2. Tổ chức nhận ủy thác phải báo cáo Quỹ kết quả cho vay hằng quý.\n"
)


@pytest.mark.parametrize("opening,actor", [
    ("Phó Giám đốc Quỹ thực hiện", "Phó Giám đốc Quỹ"),           # a deputy acts as the director does
    ("Giám đốc Quỹ điều hành", "Giám đốc Quỹ"),
    ("Tổ chức nhận ủy thác phải báo cáo", "Tổ chức nhận ủy thác"),   # named by the entrustment it takes
])
def test_a_fund_s_officers_act(opening, actor):
    found = _found(OFFICERS)
    assert [a for t, a in found if t.startswith(opening)] == [actor], found


@pytest.mark.parametrize("opening", [
    "Cơ cấu tổ chức của Quỹ gồm có",        # the bodies it is made of, listed after "gồm có:"
    "Các tổ chức nhận ủy thác được hưởng",  # what the entrusted earn, no verb "ủy thác" of theirs
])
def test_a_fund_s_make_up_and_fees_are_no_directives(opening):
    assert not [t for t in _texts(OFFICERS) if t.startswith(opening)], _texts(OFFICERS)


# --- a party after the comma that closes a short member of the opening phrase's list ------------------------------

AFTER_A_MEMBER = [
    ("Trong quá trình đăng tải thông báo mời thầu, E-TBMT, bên mời thầu phải đính kèm quyết định phê duyệt.",
     "bên mời thầu"),
    ("Trường hợp cần làm rõ hồ sơ mời thầu, E-HSMT, nhà thầu gửi đề nghị làm rõ đến bên mời thầu.", "nhà thầu"),
    # a party in capitals on the list of those whose rights are hurt: the body after the list acts
    ("Khi phát hiện thành viên Hội đồng quản trị vi phạm Điều lệ công ty, dẫn đến xâm phạm quyền lợi của công ty, "
     "cổ đông, Chủ sở hữu hoặc khách hàng, Ban kiểm soát có trách nhiệm yêu cầu giải trình.", "Ban kiểm soát"),
]


@pytest.mark.parametrize("sentence,actor", AFTER_A_MEMBER)
def test_a_party_after_a_short_member_of_the_opening_list_acts(sentence, actor):
    assert _actors_of("THÔNG TƯ\nĐiều 12. Trách nhiệm", sentence) == [actor]


# --- "khi", "sau khi", "đồng thời" end a party's name before its modal --------------------------------------------

@pytest.mark.parametrize("sentence,actor", [
    ("Các tổ chức khi lập trang thông tin điện tử phải báo cáo Ủy ban Chứng khoán Nhà nước.", "Các tổ chức"),
    ("Người có thẩm quyền sau khi lập biên bản tạm giữ tang vật phải báo cáo thủ trưởng cơ quan.",
     "Người có thẩm quyền"),
    ("Cơ quan thuế quản lý đơn vị chủ quản đồng thời phải thông báo cho các đơn vị phụ thuộc.",
     "Cơ quan thuế quản lý đơn vị chủ quản"),
])
def test_a_time_clause_or_an_adverb_ends_the_party_s_name(sentence, actor):
    assert _actors_of("THÔNG TƯ\nĐiều 12. Trách nhiệm", sentence) == [actor]


# --- a council named by what it does, then doing it ("Hội đồng tư vấn chuyên ngành tư vấn cho ...") ----------------

def test_a_council_named_by_its_act_then_acting():
    found = _found(
        "ĐIỀU LỆ\nĐiều 9. Hội đồng tư vấn chuyên ngành\n"
        "1. Hội đồng tư vấn chuyên ngành do Hội đồng quản lý Quỹ thành lập.\n"
        "2. Hội đồng tư vấn chuyên ngành tư vấn cho Quỹ trong việc đánh giá, tuyển chọn các dự án.\n"
        "3. Tư vấn cho các tổ chức, cá nhân về thủ tục vay vốn.\n")
    assert found == [("Hội đồng tư vấn chuyên ngành tư vấn cho Quỹ trong việc đánh giá, tuyển chọn các dự án.",
                      "Hội đồng tư vấn chuyên ngành")]
