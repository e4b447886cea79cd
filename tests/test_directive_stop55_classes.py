"""Directive classes fitted at stop 55 from what the older samples left (issue 18): one table per class, each
row written here in the style of the documents where the class was seen (school charters, bidding circulars,
regulations of provincial committees), never copied from them. The patterns and word lists behind them are
data in ``models/directives.json``."""
from __future__ import annotations

import pytest

from tests._directive_helpers import opening_actors


def _actors(text: str) -> list[tuple[str, str | None]]:
    return opening_actors(text, 4)


CHARTER = ("THÔNG TƯ\nBan hành Điều lệ trường cao đẳng\nChương II\nTỔ CHỨC VÀ QUẢN LÝ TRƯỜNG CAO ĐẲNG\n"
           "Điều 9. Hội đồng quản trị\n1. Hội đồng quản trị là tổ chức quản trị của trường cao đẳng tư thục.\n")

# --- a duty lead-in whose subject runs on: its party acts in the items ----------------------------------

SECRETARIES = [
    # the party, a clause about its seat, then the help it gives: the party acts (realworld70 804, 73 814, 74 815)
    ("2. Thư ký hội đồng quản trị do chủ tịch hội đồng quản trị đề cử trong số các \nthành viên. Thư ký hội "
     "đồng quản trị không \nkiêm nhiệm chức vụ hiệu trưởng, trực tiếp giúp chủ tịch hội \nđồng quản trị thực "
     "hiện một số nhiệm vụ, quyền hạn sau đây: \n", "Thư ký hội đồng quản trị"),
    # the same help with no clause between: the adverb ends the party's name
    ("2. Thư ký hội đồng trường trực tiếp giúp chủ tịch hội đồng trường thực hiện một số nhiệm vụ, \nquyền "
     "hạn sau đây: \n", "Thư ký hội đồng trường"),
]


@pytest.mark.parametrize("lead,actor", SECRETARIES)
def test_the_party_of_a_long_duty_leadin_acts_in_its_items(lead, actor):
    found = _actors(CHARTER + lead + "a) Tổng hợp, báo cáo chủ tịch các hoạt động của hội đồng; \n"
                                     "b) Chuẩn bị chương trình họp, tài liệu họp. \n")
    assert found == [("Tổng hợp, báo cáo", actor), ("Chuẩn bị chương trình", actor)]


DESCRIBED = [
    # a party named with what it does stays named so ("Người lao động làm việc theo hợp đồng lao động có các
    # nghĩa vụ sau đây:"): the verb inside the name ends nothing when no adverb follows
    ("2. Người lao động làm việc theo hợp đồng lao động có các nghĩa vụ sau đây:\n",
     "Người lao động làm việc theo hợp đồng lao động"),
    ("2. Người lao động làm việc không theo hợp đồng lao động có các nghĩa vụ sau đây:\n",
     "Người lao động làm việc không theo hợp đồng lao động"),
    ("2. Tổ chức đại diện người sử dụng lao động có các nhiệm vụ sau đây:\n",
     "Tổ chức đại diện người sử dụng lao động"),
]


@pytest.mark.parametrize("lead,actor", DESCRIBED)
def test_a_party_named_with_its_verbs_keeps_its_name(lead, actor):
    found = _actors(CHARTER + lead + "a) Chấp hành nội quy, quy trình về an toàn lao động;\n"
                                     "b) Báo cáo kịp thời với người có trách nhiệm.\n")
    assert {a for _, a in found} == {actor}


# --- a chapter's title names its topic, not who acts ---------------------------------------------------

def test_a_chapters_topic_is_no_actor():
    """"Chương III. TỔ CHỨC HOẠT ĐỘNG ĐÀO TẠO": organising training, no body called "tổ chức" (realworld70
    804, 73 814, 74 815)."""
    found = _actors(CHARTER + "Chương III\nTỔ CHỨC HOẠT ĐỘNG ĐÀO TẠO\nĐiều 34. Quản lý hoạt động hợp tác\n"
                              "1. Giao nhiệm vụ quản lý hợp tác quốc tế cho tổ chức thuộc trường.\n"
                              "2. Tổ chức các hoạt động hợp tác quốc tế bảo đảm thiết thực, hiệu quả.\n")
    assert [a for _, a in found] == [None, None]


@pytest.mark.parametrize("title", ["TRÁCH NHIỆM CỦA SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI",
                                   "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"])
def test_a_chapter_titled_by_a_body_names_it(title):
    """A chapter titled by a body or its duties (realworld45 692) still names who acts."""
    found = _actors(CHARTER + f"Chương V\n{title}\n"
                              "Điều 40. Quản lý trường\n1. Kiểm tra, thanh tra hoạt động của trường.\n"
                              "2. Tổng hợp, báo cáo tình hình hoạt động của trường.\n")
    assert [a for _, a in found] == ["SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"] * 2


# --- the next party of a list, in capitals after a comma ------------------------------------------------

BIDDING = "THÔNG TƯ\nQuy định chi tiết lập hồ sơ mời thầu\nĐiều 4. Trách nhiệm lập hồ sơ\n"

LISTED = [
    ("1. Chủ đầu tư, Bên mời thầu lập hồ sơ mời thầu theo Mẫu số 01.", "Chủ đầu tư, Bên mời thầu"),
    ("1. Căn cứ quy định của pháp luật về xây dựng, Chủ đầu tư, Bên mời thầu có trách nhiệm lập hồ sơ "
     "mời thầu.", "Chủ đầu tư, Bên mời thầu"),
    ("1. Sở Tài chính, Hội đồng quản trị công ty mẹ phối hợp rà soát phương án.",
     "Sở Tài chính, Hội đồng quản trị công ty mẹ"),
]


@pytest.mark.parametrize("line,actor", LISTED)
def test_a_capitalised_party_after_a_comma_is_named_whole(line, actor):
    """"Bên mời thầu" in capitals after a comma: its "mời" is no verb (realworld57 765, 75 820)."""
    assert [a for _, a in _actors(BIDDING + line + "\n")] == [actor]


# --- what to write in which case: a model document's drafting rule ------------------------------------

SHEET = ("THÔNG TƯ\nQuy định chi tiết lập hồ sơ mời thầu\nĐiều 5. Hiệu lực thi hành\n"
         "Thông tư này có hiệu lực từ ngày 01 tháng 01 năm 2023.\nChương II. BẢNG DỮ LIỆU ĐẤU THẦU\n"
         "CDNT 1.1 Tên Bên mời thầu là: _____ [ghi tên Bên mời thầu].\n")

CASE_FILLS = [
    "CDNT 11.4 Đồng tiền quy đổi:_____ [ghi loại đồng tiền]. Trường hợp không áp dụng thì ghi “Không áp dụng”.",
    "CDNT 28.3 Xếp hạng nhà thầu: _______ [Trường hợp áp dụng phương pháp giá thấp nhất thì ghi như sau: "
    "“nhà thầu có giá thấp nhất được xếp thứ nhất”.]",
    "CDNT 14.2 Ưu đãi: _____. Chỉ quy định nội dung này với đấu thầu nội khối. Đối với đấu thầu quốc tế thì bỏ "
    "nội dung này.",
    "CDNT 9.1 Ngôn ngữ: ______ [Đối với hồ sơ mời thầu lập bằng tiếng Anh ghi “tiếng Anh”].",
    "CDNT 3.2 Tư cách hợp lệ: _____.\nTrường hợp là nhà thầu trong nước không ghi nội dung ở mục này.",
]


@pytest.mark.parametrize("line", CASE_FILLS)
def test_a_case_and_what_to_write_in_it_is_an_instruction(line):
    """``case_fill_pattern``: the drafter of the model is told what to write, blanks around it or not
    (realworld72 811, 76 821, 77 825, 826)."""
    assert len(_actors(SHEET + line + "\n")) == 1


CASES_ONLY = [
    "CDNT 5.1 Trường hợp nhà thầu liên danh thì thỏa thuận liên danh được nộp cùng hồ sơ.",
    "CDNT 6.3 Trường hợp cấp lại thì thời hạn theo chứng chỉ đã cấp.",
]


@pytest.mark.parametrize("line", CASES_ONLY)
def test_a_case_with_no_writing_told_is_no_instruction(line):
    assert _actors(SHEET + line + "\n") == []


# --- a form's numbered notes -----------------------------------------------------------------------

def test_a_forms_numbered_notes_are_read_under_their_own_leadin():
    """"Ghi chú:" / "(1) ...", "(2) Ghi rõ ...": the notes under a form's table, numbered like a list pages above
    whose lead-in listed cases; a note's number is no bracketed hint (realworld77 826)."""
    text = (SHEET + "Mẫu số 03\nTHỎA THUẬN LIÊN DANH\nĐiều 4. Hiệu lực của thỏa thuận\n"
            "Thỏa thuận liên danh chấm dứt hiệu lực trong các trường hợp sau:\n(1) Các bên hoàn thành trách nhiệm;\n"
            "(2) Các bên cùng thỏa thuận chấm dứt;\n"
            "Mẫu số 04\nHỢP ĐỒNG TƯƠNG TỰ\n"
            "Tên công việc (1) | Giá trị hợp đồng (2)\n"
            "Ghi chú:\n(1) Ghi tên công việc và tên gói thầu đã thực hiện.\n"
            "(2) Ghi rõ giá trị hợp đồng tại thời điểm ký kết.\n(Đánh dấu X vào ô tương ứng)\n")
    found = _actors(text)
    assert [w for w, _ in found] == ["Ghi tên công việc", "Ghi rõ giá trị"]


# --- a gazette table's header over no task row -------------------------------------------------------

def test_a_table_header_over_no_task_row_holds_only_itself():
    """A form's empty table ("STT / Nội dung công việc ... / Đơn vị thực hiện ... / 1 / 2 / …") over its notes:
    the notes after it stay sentences, not cells of a task table that runs to the end (realworld76 821)."""
    text = (SHEET + "Mẫu số 02\nBÁO CÁO PHẦN CÔNG VIỆC ĐÃ THỰC HIỆN\nBảng số 1\nSTT\nNội dung công việc hoặc tên gói "
            "thầu(2)\nĐơn vị thực hiện(3)\nGiá trị(4)\n1\n2\n…\nTổng giá trị\nGhi chú:\n(1) Ghi tóm tắt nội dung công "
            "việc đã thực hiện.\n(2) Trường hợp không áp dụng tùy chọn mua thêm thì ghi “không áp dụng”.\n")
    assert [w for w, _ in _actors(text)] == ["Ghi tóm tắt nội", "Trường hợp không áp"]


# --- an applicant named with what it applies for ---------------------------------------------------

DECREE = "NGHỊ ĐỊNH\nQuy định điều kiện đầu tư và hoạt động\nĐiều 8. Hồ sơ, trình tự thành lập\n"

APPLICANTS = [
    ("1. Doanh nghiệp đề nghị cấp Giấy phép gửi 01 bộ hồ sơ đến Bộ Lao động.",
     "Doanh nghiệp đề nghị cấp Giấy phép"),
    ("1. Cơ quan, tổ chức, cá nhân đề nghị thành lập, cho phép thành lập cơ sở giáo dục nghề nghiệp gửi 01 bộ "
     "hồ sơ đến cơ quan có thẩm quyền.",
     "Cơ quan, tổ chức, cá nhân đề nghị thành lập, cho phép thành lập cơ sở giáo dục nghề nghiệp"),
    ("1. Tổ chức, cá nhân đề nghị cấp lại chứng chỉ kỹ năng nghề quốc gia nộp hồ sơ trực tiếp.",
     "Tổ chức, cá nhân đề nghị cấp lại chứng chỉ kỹ năng nghề quốc gia"),
    # a body after the cue is asked, not an applicant's description
    ("1. Sở Y tế đề nghị các cơ quan gửi báo cáo trước ngày 15 hằng tháng.", "Sở Y tế"),
    ("1. Ủy ban nhân dân tỉnh đề nghị hỗ trợ kinh phí, gửi Bộ Tài chính tổng hợp.", "Ủy ban nhân dân tỉnh"),
    # the cue names the applicant, then its own duty (realworld48 713)
    ("1. Người nộp Đơn đề nghị chịu trách nhiệm trước pháp luật về tính chính xác của hồ sơ.",
     "Người nộp Đơn đề nghị"),
]


@pytest.mark.parametrize("line,actor", APPLICANTS)
def test_an_applicant_is_named_with_what_it_applies_for(line, actor):
    """``applicant_cues`` / ``applicant_acts``: the name runs to the act of filing (realworld77 825)."""
    assert [a for _, a in _actors(DECREE + line + "\n")] == [actor]
