"""Directive classes fitted at stop 60 (issue 18): one table per class, each row written here in the style of the
documents where the class was seen (forms annexed to decrees and circulars, registration rules), never copied from
them. The word lists and patterns behind them are data in ``models/directives.json``."""
from __future__ import annotations

import pytest

from tests._directive_helpers import directives_of, opening_actors


def _actors(text: str) -> list[tuple[str, str | None]]:
    return opening_actors(text, 3)


def _clause(body: str) -> str:
    return "THÔNG TƯ\nĐiều 5. Quy định chung\n1. " + body + "\n"


# --- a form's label, a table's cell: a few words and no closing mark -----------------------------------------------

LABELS = [
    "Thời hạn phải nộp",            # a report form's label holding a modal (realworld84 844)
    "Không phải nộp thuế GTGT",     # a registration form's option (realworld83 843)
    "Hạch toán phụ thuộc",
    "Kiến nghị sau thử nghiệm",
    "Chuyển thành trụ sở chính",
]


@pytest.mark.parametrize("label", LABELS)
def test_a_short_label_with_no_closing_mark_is_no_directive(label):
    text = "NGHỊ ĐỊNH\nĐiều 5. Báo cáo\n1. Doanh nghiệp phải báo cáo theo Mẫu số 01.\n" + label + "\n"
    found = _actors(text)
    assert [a for _, a in found] == ["Doanh nghiệp"], found


SENTENCES = [
    # the same few words closed as a sentence or an item still read
    ("Doanh nghiệp phải nộp báo cáo.", "Doanh nghiệp"),
    ("Gửi báo cáo số liệu;", None),
]


@pytest.mark.parametrize("body,actor", SENTENCES)
def test_a_short_sentence_closed_or_with_a_figure_stays_a_directive(body, actor):
    found = _actors(_clause(body))
    assert [a for _, a in found] == [actor], found


# --- a case or a topic, then "chỉ" and what to do in it ----------------------------------------------------------

FRAMED_ADVERBS = [
    # a model bidding document's rating rules (realworld57 765, 75 820)
    "Đối với các tiêu chí tổng quát của hồ sơ, chỉ sử dụng mức đạt hoặc không đạt.",
    # after the case's "thì" (a rating rule, realworld38 634)
    "Đối với các yếu tố đo bằng nhiều chỉ số thì chỉ chọn một chỉ số chính để chấm điểm.",
    "Trường hợp hồ sơ đã được thẩm định, chỉ kiểm tra các nội dung thay đổi.",
]


@pytest.mark.parametrize("body", FRAMED_ADVERBS)
def test_only_a_verb_after_a_case_is_what_to_do_in_it(body):
    found = directives_of(_clause(body), "txt")
    assert len(found) == 1 and found[0].actor is None and found[0].action, found


NOT_FRAMED_ADVERBS = [
    # "chỉ" with no case or topic before it, or no verb after it
    "Hồ sơ chỉ gồm một bản chính.",
    "Đối với các trường hợp còn lại, chỉ một lần.",
]


@pytest.mark.parametrize("body", NOT_FRAMED_ADVERBS)
def test_only_with_no_frame_or_no_verb_is_no_directive(body):
    assert directives_of(_clause(body), "txt") == [], body


# --- a case or a topic, its colon, then a verb in lower case -------------------------------------------------------

COLON_THEN_VERB = [
    # an incident-reporting rule (realworld84 844)
    ("Đối với các sự cố còn lại: thực hiện báo cáo sơ bộ trong thời hạn 05 ngày làm việc.", "thực hiện báo cáo"),
    ("Trường hợp hồ sơ chưa đầy đủ: hướng dẫn tổ chức bổ sung trong 03 ngày.", "hướng dẫn"),
]


@pytest.mark.parametrize("body,verb", COLON_THEN_VERB)
def test_a_verb_in_lower_case_after_a_frames_colon_is_what_to_do(body, verb):
    found = directives_of(_clause(body), "txt")
    assert len(found) == 1 and found[0].action and found[0].action.startswith(verb), found


def test_a_frames_colon_before_a_noun_in_lower_case_asks_nothing():
    assert directives_of(_clause("Đối với hộ gia đình: các giấy tờ sau đây."), "txt") == []


# --- the party a unit opens with before the body a heading above names ---------------------------------------------

def test_the_party_a_unit_opens_with_beats_a_chapters_title():
    # a law's chapter title reads as a body ("Bảo hiểm xã hội ..."); the unit names its own filer (realworld85 848)
    text = ("LUẬT\nChương III\nBẢO HIỂM XÃ HỘI BẮT BUỘC\nĐiều 62. Giải quyết hưởng chế độ\n"
            "1. Người lao động nộp hồ sơ quy định tại Điều 61 của Luật này cho cơ quan bảo hiểm xã hội.\n")
    found = [(d.actor or "") for d in directives_of(text, "txt")]
    assert found and found[0].startswith("Người lao động"), found


# --- a "phải" that a word holds obliges no one ---------------------------------------------------------------------

COMPOUND_PHAI = [
    # a tax exemption's condition (realworld85 847), a certificate's layout (realworld5 386)
    "Thu nhập của doanh nghiệp có từ 30% số lao động là người nhiễm hội chứng suy giảm miễn dịch mắc phải được miễn thuế.",
    "Dòng chữ “Cấp lại” được in ở góc trên bên phải của giấy chứng nhận, cỡ chữ 14.",
    "Những rủi ro mà dự án có thể gặp phải được nêu trong báo cáo đánh giá.",
]


@pytest.mark.parametrize("body", COMPOUND_PHAI)
def test_a_phai_inside_a_word_is_no_modal(body):
    assert directives_of(_clause(body), "txt") == [], body


def test_a_real_duty_beside_such_a_word_stays():
    found = directives_of(_clause("Doanh nghiệp phải báo cáo cơ quan thuế trong 05 ngày khi gặp phải sự cố."), "txt")
    assert [(d.actor, d.action) for d in found] == [("Doanh nghiệp", "phải báo cáo")], found


# --- a period, a verb of two words, then the body it reports to ----------------------------------------------------

_DUTIES = "LUẬT\nĐiều 18. Nhiệm vụ của cơ quan bảo hiểm xã hội\n12. Thực hiện chế độ báo cáo như sau:\n"


@pytest.mark.parametrize("item", [
    "b) Hằng năm, báo cáo Bộ Tài chính về tình hình quản lý và sử dụng quỹ.",          # realworld85 848
    "c) Hằng năm, báo cáo Chính phủ, Thủ tướng Chính phủ về kết quả hoạt động, tình hình thực hiện.",
])
def test_the_body_reported_to_after_a_period_is_no_actor(item):
    assert [d.actor for d in directives_of(_DUTIES + item + "\n", "txt")] == ["cơ quan bảo hiểm xã hội"]


def test_a_period_then_a_body_in_capitals_still_names_it():
    assert [d.actor for d in directives_of(_DUTIES + "d) Hằng năm Sở Tài chính báo cáo Ủy ban nhân dân tỉnh.\n",
                                           "txt")] == ["Sở Tài chính"]


# --- a party named by the task a body gave it -----------------------------------------------------------------------

@pytest.mark.parametrize("body,actor", [
    # a decentralising circular (realworld86 850): the agent of the giving stands between "được" and "giao"
    ("Cơ quan được Chủ tịch Ủy ban nhân dân cấp tỉnh giao giải quyết thủ tục hành chính có trách nhiệm thẩm định hồ sơ.",
     "Cơ quan được Chủ tịch Ủy ban nhân dân cấp tỉnh giao giải quyết thủ tục hành chính"),
    ("Cơ quan được Sở Nông nghiệp và Môi trường giao nhiệm vụ quản lý giống thực hiện kiểm tra định kỳ.",
     "Cơ quan được Sở Nông nghiệp và Môi trường giao nhiệm vụ quản lý giống"),
])
def test_a_party_given_a_task_by_a_named_body_is_named_with_it(body, actor):
    assert [d.actor for d in directives_of(_clause(body), "txt")] == [actor]


def test_a_party_given_something_by_a_named_body_is_named_up_to_its_modal():
    # "được Bộ Tài chính giao dự toán": what was handed to it names the party too, up to its modal
    found = directives_of(_clause("Đơn vị được Bộ Tài chính giao dự toán phải công khai dự toán."), "txt")
    assert [d.actor for d in found] == ["Đơn vị được Bộ Tài chính giao dự toán"], found


# --- a body named by its field: the verb-looking word after "về" -------------------------------------------------

@pytest.mark.parametrize("body,actor,action", [
    ("Cơ quan chuyên môn về xây dựng hướng dẫn, kiểm tra công tác nghiệm thu.", "Cơ quan chuyên môn về xây dựng",
     "hướng dẫn"),   # a construction decree (realworld86 851)
    ("Sở Xây dựng báo cáo về xây dựng nông thôn mới.", "Sở Xây dựng", "báo cáo"),
])
def test_a_word_after_ve_names_the_bodys_field(body, actor, action):
    found = directives_of(_clause(body), "txt")
    assert [(d.actor, (d.action or "").split(",")[0]) for d in found] == [(actor, action)], found


# --- a duty title after "của" names its party however long the description ------------------------------------------

def test_a_long_duty_title_names_its_party():
    # a construction decree's clause titles (realworld86 851)
    text = ("NGHỊ ĐỊNH\nĐiều 14. Quản lý vật liệu\n2. Trách nhiệm của nhà thầu chế tạo, sản xuất vật liệu xây dựng, "
            "cấu kiện và thiết bị sử dụng cho công trình xây dựng theo thiết kế riêng:\na) Trình bên giao thầu quy "
            "trình sản xuất;\n")
    found = directives_of(text, "txt")
    assert [d.actor for d in found] == ["nhà thầu chế tạo, sản xuất vật liệu xây dựng, cấu kiện và thiết bị sử dụng "
                                        "cho công trình xây dựng theo thiết kế riêng"], found
