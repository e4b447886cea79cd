"""Directive classes fitted at stop 59 (issue 18): one table per class, each row written here in the style of the
documents where the class was seen (model bidding documents, cooperative registration rules, inspection norms),
never copied from them. The word lists and patterns behind them are data in ``models/directives.json``."""
from __future__ import annotations

import pytest

from tests._directive_helpers import directives_of, opening_actors


def _actors(text: str) -> list[tuple[str, str | None]]:
    return opening_actors(text, 3)


def _clause(body: str) -> str:
    return "THÔNG TƯ\nĐiều 5. Quy định chung\n1. " + body + "\n"


# --- a case or a topic, then what to do in it ---------------------------------------------------------------------

FRAMED = [
    # a model bidding document's notes (realworld76 821): the verb right after the topic's comma
    ("Đối với gói thầu áp dụng giám sát, ghi rõ cá nhân, đơn vị được giao thực hiện giám sát.", None),
    # a bare modal after the case (realworld76 821, 62 779)
    ("Trong trường hợp này, cần nêu rõ nguồn vốn của dự toán mua sắm.", None),
    ("Đối với chuỗi nhiệm vụ, cần liệt kê các tổ chức chủ trì từng nhiệm vụ thuộc chuỗi.", None),
    # the topic's colon, then a verb in capitals (an inspection norm, realworld32 589)
    ("Đối với bình hàn: Nạp khí trơ vào bình đến áp suất thử theo quy định.", None),
    # a party as the topic names who acts (cooperative rules, realworld83 843)
    ("Đối với liên hiệp hợp tác xã: Thực hiện cập nhật thông tin theo Mẫu số 03 kèm theo Thông tư này.",
     "liên hiệp hợp tác xã"),
    ("Đối với tổ hợp tác: Gửi báo cáo về cơ quan đăng ký trước ngày 31 tháng 01 hằng năm.", "tổ hợp tác"),
]


@pytest.mark.parametrize("body,actor", FRAMED)
def test_what_to_do_after_a_case_or_a_topic_is_a_directive(body, actor):
    found = _actors(_clause(body))
    assert [a for _, a in found] == [actor], found


NOT_FRAMED = [
    # the colon opens a file's papers, no verb after it
    "Trường hợp vay để thực hiện dự án: Văn bản chấp thuận chủ trương đầu tư của cấp có thẩm quyền.",
    # a modal with no case or topic before it names no rule of this class
    "Kinh phí thực hiện, cần thiết theo dự toán được duyệt.",
]


@pytest.mark.parametrize("body", NOT_FRAMED)
def test_a_case_with_no_act_after_it_is_no_directive(body):
    assert _actors(_clause(body)) == []


def test_a_body_after_a_basis_and_its_comma_still_acts():
    # "Căn cứ hồ sơ đề nghị, báo cáo thẩm định, Thủ trưởng ... quyết định": the member of the basis is no verb
    found = _actors(_clause("Căn cứ hồ sơ đề nghị, báo cáo thẩm định, Thủ trưởng cơ quan trung ương quyết định "
                            "phê duyệt dự án."))
    assert found == [("Căn cứ hồ", "Thủ trưởng cơ quan trung ương")]


def test_the_actions_of_framed_directives_hold_their_verbs():
    got = {d.action for d in directives_of(_clause("Trong trường hợp này, cần nêu rõ nguồn vốn của dự án."), "txt")}
    assert got == {"cần nêu rõ"}


# --- receivables and payables are no duties (``accounting_noun_pattern``) ----------------------------------------

ACCOUNTS = ("THÔNG TƯ\nĐiều 5. Hệ thống tài khoản kế toán\n"
            "1. Loại 1 gồm các tài khoản sau:\n"
            "- Tài khoản 131- Phải thu của người nộp phí;\n"
            "- Tài khoản 338- Phải trả khác.\n"
            "2. Kết cấu của Tài khoản 131:\n"
            "Bên Nợ: Số phải thu của người nộp phí.\n"
            "Bên Có: Các khoản phải thu đã thu được.\n"
            "3. Khi thu được tiền của người nộp phí, ghi:\nNợ TK 112- Tiền gửi kho bạc\nCó TK 131- Phải thu của người nộp phí.\n"
            "4. Đơn vị phải trả lại số tiền thu thừa cho người nộp phí.\n")


def test_the_accounts_receivable_and_payable_of_a_chart_are_no_duties():
    found = [" ".join(d.text.split()) for d in directives_of(ACCOUNTS, "txt")]
    assert not any(t.startswith(("Tài khoản 131", "Tài khoản 338", "Bên Nợ", "Bên Có")) for t in found), found


def test_an_entry_that_credits_a_receivable_is_still_an_entry_and_a_real_duty_to_pay_stays():
    found = [" ".join(d.text.split()) for d in directives_of(ACCOUNTS, "txt")]
    assert any(t.startswith("Khi thu được tiền của người nộp phí, ghi:") for t in found), found
    assert any(t.startswith("Đơn vị phải trả lại số tiền thu thừa") for t in found), found


# --- a form's prompt in brackets (``prompt_max_words``) ------------------------------------------------------------

def test_a_short_prompt_in_brackets_is_no_directive():
    text = ("THÔNG TƯ\nĐiều 5. Quy định chung\n1. Các đơn vị gửi báo cáo theo mẫu.\nMẫu số 01\n"
            "Lý do không thực hiện:\n(Nêu rõ lý do)\n(Đánh dấu X)\n")
    assert [" ".join(d.text.split()) for d in directives_of(text, "txt")] == [
        "Các đơn vị gửi báo cáo theo mẫu."]


# --- a duty whose lead-in names the cases below it -----------------------------------------------------------------

CASE_LEADS = [
    ("2. Bên triển khai phải gắn nhãn đối với hình ảnh, video được tạo ra trong các trường hợp sau đây:\n"
     "a) Mô phỏng ngoại hình của người thật;\nb) Tái hiện sự kiện có thật.", "Bên triển khai"),
    ("2. Nhà cung cấp có trách nhiệm phân loại hệ thống vào nhóm rủi ro trung bình khi hệ thống đáp ứng đồng thời "
     "các tiêu chí sau:\na) Có tương tác trực tiếp với con người;\nb) Có khả năng gây nhầm lẫn.", "Nhà cung cấp"),
    # a plain verb, the events listed below (a bond decree, realworld84 846)
    ("2. Doanh nghiệp phát hành công bố thông tin bất thường trong thời hạn 24 giờ kể từ khi xảy ra một trong các "
     "sự kiện sau:\na) Bị tạm ngừng kinh doanh;\nb) Bị đình chỉ hoạt động.", "Doanh nghiệp phát hành"),
]


def test_a_power_over_its_cases_is_no_duty_lead():
    found = _actors("NGHỊ ĐỊNH\nĐiều 18. Xử lý\n1. Hồ sơ gồm các giấy tờ theo mẫu.\n2. Cục trưởng có quyền đình chỉ thử "
                    "nghiệm trong các trường hợp sau:\na) Hệ thống gây sự cố nghiêm trọng;\nb) Tổ chức vi phạm cam kết.\n")
    assert not any(t.startswith("Cục trưởng có") for t, _ in found), found


@pytest.mark.parametrize("clause,actor", CASE_LEADS)
def test_a_duty_that_leads_into_its_cases_is_a_directive_of_its_party(clause, actor):
    found = _actors("NGHỊ ĐỊNH\nĐiều 18. Gắn nhãn\n1. Hồ sơ gồm các giấy tờ theo mẫu.\n" + clause + "\n")
    assert found[0][1] == actor, found


# --- market parties that act with a plain verb (``named_parties``) -------------------------------------------------

@pytest.mark.parametrize("body,actor", [
    ("Nhà cung cấp thực hiện thông báo cho cơ quan quản lý trước khi đưa hệ thống vào sử dụng.", "Nhà cung cấp"),
    ("Bên triển khai áp dụng quy định tại khoản 1 Điều này để phân loại lại hệ thống.", "Bên triển khai"),
    ("Nhà sản xuất gửi hồ sơ đề nghị chứng nhận đến cơ quan tiếp nhận.", "Nhà sản xuất"),
])
def test_a_market_party_acts_with_a_plain_verb(body, actor):
    assert _actors(_clause(body)) == [(" ".join(body.split()[:3]), actor)]


def test_the_filer_acts_after_a_case_and_its_comma():
    found = _actors(_clause("Trường hợp nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia, người nộp hồ sơ thực hiện "
                            "kê khai thông tin theo hướng dẫn."))
    assert [a for _, a in found] == ["người nộp hồ sơ"]


def test_bat_buoc_after_its_subject_binds_it_and_as_a_kind_of_insurance_binds_no_one():
    # "bắt buộc" right after the party named as subject (``subject_modals``); "bảo hiểm xã hội bắt buộc" names a scheme
    assert [a for _, a in _actors(_clause("Doanh nghiệp phát hành bắt buộc mua lại trái phiếu trước hạn theo quy định "
                                          "tại khoản 3 Điều 12 Nghị định này."))] == ["Doanh nghiệp phát hành"]
    assert _actors(_clause("Người lao động tham gia bảo hiểm xã hội bắt buộc được hưởng chế độ ốm đau.")) == []


def test_a_forms_options_to_tick_are_no_directives():
    text = ("NGHỊ ĐỊNH\nĐiều 5. Quy định chung\n1. Tổ chức gửi báo cáo theo Mẫu số 01.\nKiến nghị sau thử nghiệm:\n"
            "□ Đề nghị điều chỉnh phạm vi thử nghiệm;\n☐ Không thuộc trường hợp phải áp dụng;\n[] Đã tạm dừng\n")
    found = [" ".join(d.text.split()) for d in directives_of(text, "txt")]
    assert "Tổ chức gửi báo cáo theo Mẫu số 01." in found
    assert not any(t[:1] in "□☐[" for t in found), found


def test_an_entry_with_its_list_of_accounts_left_open_and_a_ban_in_a_chart_of_accounts_are_directives():
    # the chart of accounts as an annex after the signature, a catalogue of the accounts' names (realworld84 845)
    text = ("THÔNG TƯ\nĐiều 5. Tổ chức thực hiện\n1. Cơ quan bảo hiểm xã hội có trách nhiệm mở sổ kế toán./.\n"
            "PHỤ LỤC I\nDANH MỤC HỆ THỐNG TÀI KHOẢN KẾ TOÁN\n1. Loại 1 gồm các tài khoản sau:\n"
            "- Tài khoản 111- Tiền mặt;\n- Tài khoản 112- Tiền gửi kho bạc.\n"
            "2. Phương pháp hạch toán\na) Khi nhận lãi tiền gửi định kỳ, ghi:\nNợ các TK 111, 112,...\n"
            "Có TK 525- Doanh thu tài chính.\n"
            "b) Bù trừ công nợ\nNghiêm cấm việc bù trừ các khoản công nợ giữa các đối tượng thanh toán khác nhau.\n")
    found = [" ".join(d.text.split()) for d in directives_of(text, "txt")]
    assert any(t.startswith("Khi nhận lãi tiền gửi định kỳ, ghi:") for t in found), found
    assert any(t.startswith("Nghiêm cấm việc bù trừ") for t in found), found


def test_a_subject_and_its_light_verb_are_no_name_the_document_repeats():
    # a decree that writes "doanh nghiệp thực hiện công bố ..." again and again (realworld84 846): each time the
    # subject is "doanh nghiệp", whatever the repetition makes of it
    items = "".join(f"{c}) Trong thời hạn {d} ngày kể từ ngày kết thúc kỳ báo cáo, doanh nghiệp thực hiện công bố "
                    f"thông tin định kỳ {p};\n" for c, d, p in (("a", 30, "quý"), ("b", 60, "06 tháng"), ("c", 90, "năm")))
    text = ("NGHỊ ĐỊNH\nĐiều 31. Công bố thông tin định kỳ\n1. Doanh nghiệp phát hành công bố thông tin định kỳ như "
            "sau:\n" + items + "2. Doanh nghiệp thực hiện công bố thông tin bất thường trong thời hạn 24 giờ.\n")
    found = _actors(text)
    assert [a for t, a in found if t.startswith(("Trong thời hạn", "Doanh nghiệp thực"))] == ["doanh nghiệp"] * 3 + [
        "Doanh nghiệp"], found
