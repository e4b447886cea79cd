"""Directive classes met at first contact with blind samples 70 and 71 (issue 18): one table per class,
each row written here in the style of the documents where the class was seen (a decree on the regime of
prisoners, a labour-ministry consolidated circular, planning- and labour-ministry circulars), never copied
from them. The word lists behind them are data in ``models/directives.json``."""
from __future__ import annotations

import pytest

from tests._directive_helpers import got as _got, opening as _opening


# --- bodies of the criminal-judgment system, named by their kind ---------------------------------

DECREE = "NGHỊ ĐỊNH\nQuy định chi tiết về chế độ đối với phạm nhân\nĐiều 9. Chế độ học tập, dạy nghề\n"

DETENTION_BODIES = [
    # a prison acting with a plain verb: the decree's duty (realworld71 806)
    (DECREE + "1. Trại giam tổ chức khu nhà trẻ ngoài khu giam giữ và bố trí cán bộ chăm sóc trẻ em.\n",
     "Trại giam tổ chức", "Trại giam"),
    # ... after its basis, "Căn cứ vào ..., <body> <verb>"
    (DECREE + "1. Căn cứ vào kế hoạch năm, cơ sở giam giữ phạm nhân xây dựng kế hoạch dạy nghề cho phạm nhân.\n",
     "Căn cứ vào kế hoạch năm", "cơ sở giam giữ phạm nhân"),
    # ... after a time limit
    (DECREE + "1. Trong thời hạn 03 ngày làm việc kể từ khi nhận được thông báo, trại tạm giam thông báo cho "
              "thân nhân của phạm nhân.\n",
     "Trong thời hạn 03 ngày", "trại tạm giam"),
    # a medical facility named by its kind
    (DECREE + "1. Cơ sở y tế tiếp nhận phạm nhân chuyển đến và báo cáo kết quả điều trị cho trại giam.\n",
     "Cơ sở y tế tiếp nhận", "Cơ sở y tế"),
]


# ... and other bodies and persons whose heads the lexicon lacked (realworld37 631, 36 629, 43 682, 70 804)
LAW = "NGHỊ ĐỊNH\nQuy định chi tiết\nĐiều 5. Trách nhiệm\n"
DETENTION_BODIES += [
    (LAW + "1. Lưu trữ hiện hành có trách nhiệm kiểm tra, tiếp nhận hồ sơ theo quy định.\n",
     "Lưu trữ hiện hành", "Lưu trữ hiện hành"),
    (LAW + "1. Tổng thầu, nhà thầu phải ưu tiên sử dụng các sản phẩm trong nước có thể sản xuất.\n",
     "Tổng thầu", "Tổng thầu, nhà thầu"),
    (LAW + "1. Trưởng khoa, trưởng bộ môn chịu trách nhiệm quản lý các hoạt động của khoa, bộ môn.\n",
     "Trưởng khoa", "Trưởng khoa, trưởng bộ môn"),
    (LAW + "1. KBNN tiếp nhận, xử lý hồ sơ hoàn trả theo quy định.\n", "KBNN", "KBNN"),
]


@pytest.mark.parametrize("text,opening,actor", DETENTION_BODIES)
def test_detention_bodies_named_by_their_kind_act(text, opening, actor):
    assert [a for _t, a in _opening(_got(text), opening)] == [actor]


def test_a_prisoner_is_still_no_body():
    """"Phạm nhân được ..." states an entitlement; adding the facilities named no prisoner as a body."""
    got = _got(DECREE + "1. Phạm nhân được học văn hóa, học nghề theo chương trình của trại giam.\n")
    assert _opening(got, "Phạm nhân được") == []


# --- a body named by its competence: the verb and object after it say which ----------------------

LICENCE = "NGHỊ ĐỊNH\nQuy định chi tiết về đánh giá kỹ năng nghề\nĐiều 12. Thu hồi giấy chứng nhận\n"

COMPETENCE_ROWS = [
    # the competence, then the act (realworld70 805)
    (LICENCE + "1. Trong thời hạn 10 ngày làm việc, kể từ ngày có kết luận thanh tra, cơ quan có thẩm quyền cấp "
               "giấy chứng nhận quyết định thu hồi giấy chứng nhận đã cấp.\n",
     "Trong thời hạn 10 ngày", "cơ quan có thẩm quyền cấp giấy chứng nhận"),
    (LICENCE + "1. Cơ quan có thẩm quyền cấp giấy chứng nhận công khai quyết định thu hồi trên trang thông tin "
               "điện tử của cơ quan.\n",
     "Cơ quan có thẩm quyền cấp giấy chứng nhận công khai", "Cơ quan có thẩm quyền cấp giấy chứng nhận"),
    # ... but "cho" opens the complement of the act: "cấp" is the act itself
    (LICENCE + "1. Cơ quan có thẩm quyền cấp giấy chứng nhận cho tổ chức đủ điều kiện trong thời hạn 10 ngày.\n",
     "Cơ quan có thẩm quyền cấp giấy chứng nhận cho", "Cơ quan có thẩm quyền"),
    # ... and two acts written with a comma stay the acts
    (LICENCE + "1. Cơ quan có thẩm quyền xem xét, cấp giấy chứng nhận trong thời hạn 10 ngày.\n",
     "Cơ quan có thẩm quyền xem xét", "Cơ quan có thẩm quyền"),
]


@pytest.mark.parametrize("text,opening,actor", COMPETENCE_ROWS)
def test_a_body_named_by_its_competence(text, opening, actor):
    assert [a for _t, a in _opening(_got(text), opening)] == [actor]


# --- a lead-in by which a body carries out the duties a law gives it and those below --------------

CHARTER = ("THÔNG TƯ\nBan hành Điều lệ trường trung cấp\nĐiều 14. Hội đồng quản trị\n"
           "1. Hội đồng quản trị là tổ chức quản trị của trường.\n"
           "2. Hội đồng quản trị thực hiện nhiệm vụ, quyền hạn theo quy định tại khoản 2 Điều 12 của Luật Giáo "
           "dục nghề nghiệp và các quy định sau đây:\n"
           "a) Tổ chức thực hiện các quyết nghị của hội đồng quản trị;\n"
           "b) Báo cáo đại hội cổ đông về kết quả hoạt động của trường.\n")


def test_a_lead_in_that_carries_out_a_laws_duties_is_a_duty_itself():
    """The lead binds its body by reference (realworld62 781, realworld70 804); its items stay its duties."""
    got = _got(CHARTER)
    assert [a for _t, a in _opening(got, "Hội đồng quản trị thực hiện nhiệm vụ")] == ["Hội đồng quản trị"]
    assert [a for _t, a in _opening(got, "Tổ chức thực hiện các quyết nghị")] == ["Hội đồng quản trị"]
    # a lead-in that only names the duties listed below is still no duty of its own
    named = CHARTER.replace("thực hiện nhiệm vụ, quyền hạn theo quy định tại khoản 2 Điều 12 của Luật Giáo dục "
                            "nghề nghiệp và các quy định sau đây:", "có các nhiệm vụ sau đây:")
    assert _opening(_got(named), "Hội đồng quản trị có các nhiệm vụ") == []


# --- a list of what a framework is for ----------------------------------------------------------

def test_the_purposes_of_a_framework_ask_nothing():
    """"1. Mục đích của Khung ...:" lists purposes, as "các mục đích sau" does (realworld70 805); the clause
    after it that names its body's act is still a duty."""
    text = ("NGHỊ ĐỊNH\nQuy định chi tiết về kỹ năng nghề\nĐiều 8. Khung trình độ kỹ năng nghề quốc gia\n"
            "1. Mục đích của Khung trình độ kỹ năng nghề quốc gia:\n"
            "a) Hỗ trợ đào tạo, bồi dưỡng nâng cao trình độ kỹ năng nghề của người lao động;\n"
            "b) Giúp người lao động chủ động xây dựng lộ trình nâng cao kỹ năng nghề;\n"
            "2. Bộ trưởng Bộ Nội vụ ban hành Khung trình độ kỹ năng nghề quốc gia.\n")
    got = _got(text)
    assert _opening(got, "Hỗ trợ đào tạo") == [] and _opening(got, "Giúp người lao động") == []
    assert [a for _t, a in _opening(got, "Bộ trưởng Bộ Nội vụ ban hành")] == ["Bộ trưởng Bộ Nội vụ"]


# --- a course's programme titled in sentence case on its annex head's line ---------------------------

PROGRAMME = ("THÔNG TƯ\nQuy định chi tiết về giáo dục định hướng\nĐiều 5. Giáo dục định hướng\n"
             "Doanh nghiệp phải tổ chức giáo dục định hướng cho người lao động.\n"
             "Phụ lục XII. Chương trình, nội dung, thời lượng giáo dục định hướng\n"
             "(Ban hành kèm theo Thông tư số 21/2021/TT-BLĐTBXH ngày 15/12/2021 của Bộ trưởng Bộ Lao động - "
             "Thương binh và Xã hội)\n"
             "4. Kỹ năng chi tiêu, tiết kiệm, gửi tiền về nước trong thời gian làm việc ở \n"
             "nước ngoài (thời lượng: 04 tiết, bao gồm: 03 tiết lý thuyết, 01 tiết thực hành)\n"
             "a) Lập kế hoạch chi tiêu ở nước ngoài, xác định nhu cầu trong chi tiêu, quỹ rủi ro;\n"
             "b) Lập kế hoạch sử dụng tiền tiết kiệm: đầu tư vào giáo dục, trả nợ, xây nhà.\n")


def test_a_programmes_entries_ask_nothing():
    """"Phụ lục XII. Chương trình, nội dung, thời lượng ..." is a course's programme like "CHƯƠNG TRÌNH
    KHUNG ...": its entries are what the course teaches (realworld71 807); the article's duty stays."""
    got = _got(PROGRAMME)
    assert _opening(got, "Lập kế hoạch") == []
    assert [a for _t, a in _opening(got, "Doanh nghiệp phải tổ chức")] == ["Doanh nghiệp"]

