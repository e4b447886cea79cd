"""Directive classes met at first contact with blind samples 72 and 73 (issue 18): one table per class,
each row written here in the style of the documents where the class was seen (a finance-ministry circular
of outward-investment forms, a college charter, an appointment decree), never copied from them. The
patterns and word lists behind them are data in ``models/directives.json``."""
from __future__ import annotations

import pytest

from tests._directive_helpers import got as _got, opening as _opening

CIRCULAR = "THÔNG TƯ\nQuy định mẫu văn bản đầu tư ra nước ngoài\nĐiều 5. Hồ sơ của nhà đầu tư\n"

# --- who acts, read past a case, a bracket or an adverb ---------------------------------------------

ACTORS = [
    # a case "Trường hợp X là Y," opens the duty of the party named after it: no definition (realworld73 813)
    (CIRCULAR + "1. Trường hợp nhà đầu tư là doanh nghiệp nhà nước, nhà đầu tư giải trình về việc tuân thủ "
                "quy định của pháp luật về quản lý vốn nhà nước.\n",
     "Trường hợp nhà đầu tư là", "nhà đầu tư"),
    # a party named by its competence after a basis whose comma follows a bracket (realworld66 791)
    (CIRCULAR + "1. Căn cứ kết quả bỏ phiếu và kết quả lấy ý kiến (nếu có), cấp có thẩm quyền xem xét, quyết "
                "định bổ nhiệm lại.\n",
     "Căn cứ kết quả bỏ phiếu", "cấp có thẩm quyền"),
    # "tự" (by oneself) before the verb is an adverb, no part of the party's name (realworld73 813)
    (CIRCULAR + "1. Nhà đầu tư tự xác định hình thức pháp lý văn bản theo quy định của pháp luật về doanh "
                "nghiệp.\n",
     "Nhà đầu tư tự xác định", "Nhà đầu tư"),
]


@pytest.mark.parametrize("text,opening,actor", ACTORS)
def test_the_actor_is_read_past_a_case_a_bracket_or_an_adverb(text, opening, actor):
    assert [a for _t, a in _opening(_got(text), opening)] == [actor]


def test_a_case_with_no_duty_after_it_is_still_none():
    """A case whose outcome is an entitlement binds no one, whatever the case word."""
    assert _got(CIRCULAR + "1. Trường hợp nhà đầu tư là doanh nghiệp nhà nước thì được miễn nộp bản sao.\n") == []


# --- a form's fields left to fill, and its footnotes -----------------------------------------------

FORM = (CIRCULAR + "Điều 6. Hiệu lực thi hành\nThông tư này có hiệu lực từ ngày 15 tháng 4 năm 2026.\n"
        "Mẫu I.2\nVĂN BẢN ĐĂNG KÝ ĐẦU TƯ RA NƯỚC NGOÀI\nI. NHÀ ĐẦU TƯ\nTên nhà đầu tư: ...\n")

BLANK_FIELDS = [
    "Đánh giá sự cần thiết phải đầu tư ra nước ngoài: …",
    "Phân tích rủi ro và đề xuất giải pháp phòng ngừa rủi ro: ...",
    "Số tài khoản: ...; Ngân hàng mở tài khoản: ...",
    "Làm tại ...., ngày ... tháng ... năm ...",
]


@pytest.mark.parametrize("line", BLANK_FIELDS)
def test_a_field_left_to_fill_is_no_directive(line):
    """A label and its colon before the dots the filer fills in name what to write there: no duty
    (``blank_field_pattern``; the form's code "Mẫu I.2" marks where the forms start)."""
    assert _got(FORM + line + "\n") == []


def test_a_note_that_holds_a_duty_is_read_as_before():
    """A colon before text, not before dots, is no blank field: the note's duty stays one."""
    got = _got(FORM + "Ghi chú: Báo cáo phải gửi trước ngày 20 hằng tháng.\n")
    assert [t for t, _a in got] == ["Ghi chú: Báo cáo phải gửi trước ngày 20 hằng tháng."]


def test_a_forms_footnote_takes_no_actor_from_the_forms_headings():
    """"1 Gửi Bộ Tài chính ..." at the page's foot tells the filer where to send the form: an
    instruction to no one named, not a duty of the section "I. NHÀ ĐẦU TƯ" above it."""
    got = _got(FORM + "1 Gửi Bộ Tài chính đối với dự án thuộc diện chấp thuận của Thủ tướng Chính phủ và gửi "
                      "Cục Đầu tư nước ngoài đối với các dự án còn lại\n")
    assert _opening(got, "Gửi Bộ Tài chính") == [
        ("Gửi Bộ Tài chính đối với dự án thuộc diện chấp thuận của Thủ tướng Chính phủ và gửi Cục Đầu tư "
         "nước ngoài đối với các dự án còn lại", None)]


# --- verbs the lexicon lacked, and the names they must not cut -------------------------------------

CHARTER = "THÔNG TƯ\nBan hành Điều lệ trường cao đẳng\nĐiều 49. Trách nhiệm của trường cao đẳng\n"

VERBS = [
    # "Mời ..." and "Tham khảo ..." open a duty (realworld73 814, realworld72 810)
    (CHARTER + "1. Mời đại diện của doanh nghiệp tham gia vào việc xây dựng chương trình đào tạo.\n", "Mời đại diện"),
    (CHARTER + "1. Tham khảo ý kiến của tổ chức đại diện người lao động trước khi quyết định.\n", "Tham khảo ý kiến"),
]


DUTY_LEAD = (CHARTER.replace("Điều 49. Trách nhiệm của trường cao đẳng", "Điều 8. Nhiệm vụ và quyền hạn của trường cao "
                                                                       "đẳng")
             + "Trường cao đẳng thực hiện nhiệm vụ, quyền hạn theo quy định tại Điều 23 của Luật Giáo dục nghề nghiệp và "
               "các quy định sau đây:\n")
VERBS += [
    # "Tuyển dụng ..." opens a duty where it opens the item (realworld73 814)
    (DUTY_LEAD + "a) Tuyển dụng, sử dụng, quản lý đội ngũ nhà giáo của trường;\n", "Tuyển dụng, sử dụng"),
]


@pytest.mark.parametrize("text,opening", VERBS)
def test_verbs_the_lexicon_lacked_open_a_duty(text, opening):
    assert len(_opening(_got(text), opening)) == 1


def test_a_recruitment_council_keeps_its_name():
    """Inside a name "tuyển dụng" is no verb: the council acts (``opening_verbs`` only open a unit)."""
    got = _got(DUTY_LEAD + "a) Hội đồng tuyển dụng có trách nhiệm tổ chức xét tuyển nhà giáo.\n")
    assert [a for _t, a in _opening(got, "Hội đồng tuyển dụng")] == ["Hội đồng tuyển dụng"]


def test_services_a_programme_supports_are_no_duties():
    """"Tư vấn ..." opening an item names a service supported, not a duty (realworld39 649): no verb."""
    got = _got("THÔNG TƯ\nHướng dẫn hỗ trợ doanh nghiệp nhỏ và vừa\nĐiều 5. Nội dung hỗ trợ\n"
               "1. Các dịch vụ tư vấn được hỗ trợ gồm:\na) Tư vấn về sở hữu trí tuệ, khai thác tài sản trí tuệ;\n")
    assert _opening(got, "Tư vấn về sở hữu") == []


def test_the_inviting_party_keeps_its_name():
    """"bên mời thầu" names a party: "mời" inside it is no verb (realworld57 765, realworld58 767)."""
    got = _got(CHARTER + "1. Chủ đầu tư, bên mời thầu gửi báo cáo tình hình thực hiện hoạt động đấu thầu.\n")
    assert [a for _t, a in _opening(got, "Chủ đầu tư")] == ["Chủ đầu tư, bên mời thầu"]


# --- lists that name contents, conditions or sanctions ----------------------------------------------

BIDDING = "THÔNG TƯ\nQuy định mẫu hồ sơ mời thầu lựa chọn nhà đầu tư\nĐiều 20. Cấm tham gia hoạt động đấu thầu\n"

NO_DUTIES = [
    # a decision's contents, the lead ending "bao gồm các nội dung:" with no "sau" (realworld72 811)
    BIDDING + "1. Quyết định cấm tham gia hoạt động đấu thầu bao gồm các nội dung:\na) Tên người có thẩm quyền;\n"
              "b) Phạm vi cấm;\n",
    # the conditions a bidder meets (realworld72 811)
    BIDDING + "1. Nhà đầu tư có tư cách hợp lệ khi đáp ứng đủ các điều kiện sau đây:\na) Hạch toán tài chính độc "
              "lập;\nb) Không đang trong quá trình giải thể.\n",
    # a ban set for an offence, as a fine is (realworld72 811)
    BIDDING + "1. Cấm tham gia hoạt động đấu thầu từ 03 năm đến 05 năm đối với một trong các hành vi vi phạm các "
              "khoản 1, 2 Điều 16 của Luật Đấu thầu.\n",
    # the kinds of statistical report a regime names (realworld72 809)
    "THÔNG TƯ\nQuy định chế độ báo cáo thống kê\nĐiều 3. Kỳ báo cáo\n1. Báo cáo thống kê tháng.\n"
    "2. Báo cáo thống kê năm.\n",
]


@pytest.mark.parametrize("text", NO_DUTIES)
def test_contents_conditions_and_sanctions_are_no_duties(text):
    assert _got(text) == []
