"""Directive classes fitted at stop 56 from what the older samples left (issue 18): one table per class, each
row written here in the style of the documents where the class was seen (school charters, a Government
resolution's task table), never copied from them. The word lists behind them are data in
``models/directives.json``."""
from __future__ import annotations

import pytest

from tests._directive_helpers import opening_actors


def _actors(text: str) -> list[tuple[str, str | None]]:
    return opening_actors(text, 3)


# --- the scope written after a body's name is no part of it (``name_scope_breaks``) ---------------------

SCOPED_TITLES = [
    # a charter's duty title: the school, not the field it acts in (realworld62 781, 70 804, 73 814, 74 815)
    ("Điều 20. Nhiệm vụ và quyền hạn của trường trung cấp trong hoạt động hợp tác quốc tế", "trường trung cấp"),
    ("Điều 12. Trách nhiệm của Sở Y tế trong việc quản lý khám bệnh, chữa bệnh", "Sở Y tế"),
    ("Điều 9. Trách nhiệm của các cơ quan, tổ chức trong quá trình thẩm định", "các cơ quan, tổ chức"),
    # a scope already known before this stop
    ("Điều 7. Trách nhiệm của công đoàn cơ sở trong công tác an toàn, vệ sinh lao động", "công đoàn cơ sở"),
]


@pytest.mark.parametrize("title,actor", SCOPED_TITLES)
def test_the_scope_after_a_duty_titles_body_is_not_its_name(title, actor):
    found = _actors("THÔNG TƯ\n" + title + "\n1. Xây dựng kế hoạch hằng năm của đơn vị.\n"
                    "2. Báo cáo cơ quan quản lý định kỳ hằng năm.\n")
    assert found == [("Xây dựng kế", actor), ("Báo cáo cơ", actor)]


def test_the_bodies_of_a_task_act_within_their_functions_but_are_named_without_them():
    # "theo chức năng, nhiệm vụ được giao" after the bodies a task names (realworld74 817)
    found = _actors("KẾ HOẠCH\nIV. TỔ CHỨC THỰC HIỆN\n1. Bộ Tài chính, Ngân hàng Nhà nước Việt Nam theo chức "
                    "năng, nhiệm vụ được giao khẩn trương xây dựng chính sách hỗ trợ tín dụng.\n")
    assert found == [("Bộ Tài chính,", "Bộ Tài chính, Ngân hàng Nhà nước Việt Nam")]


def test_a_body_named_with_what_it_does_keeps_it():
    # "hoạt động trong" is what the body does, no scope written after its name
    found = _actors("THÔNG TƯ\nĐiều 8. Trách nhiệm của doanh nghiệp hoạt động trong khu công nghiệp\n"
                    "1. Xây dựng kế hoạch hằng năm của đơn vị.\n")
    assert found == [("Xây dựng kế", "doanh nghiệp hoạt động trong khu công nghiệp")]


# --- an article that lists a circular's forms asks nobody to act (``form_named_pattern``) -------------------

FORMS = ("THÔNG TƯ\nĐiều 19. Các mẫu biểu ban hành kèm theo Thông tư\n"
         "1. Phiếu tư vấn, giới thiệu việc làm của người lao động thực hiện theo Mẫu số 01.\n"
         "2. Đề nghị hưởng trợ cấp của người lao động thực hiện theo \nMẫu số 03.\n"
         "3. Quyết định của Giám đốc Sở về việc tạm dừng hưởng trợ cấp thực hiện theo Mẫu số 06.\n")


def test_a_list_of_forms_holds_no_directive():
    # realworld79 830: each item names a paper and its form
    assert _actors(FORMS) == []


def test_a_form_item_with_a_modal_still_obliges():
    found = _actors(FORMS + "4. Báo cáo tình hình thực hiện chính sách phải lập theo Mẫu số 32.\n")
    assert [words for words, _ in found] == ["Báo cáo tình"]


def test_a_duty_to_report_on_a_form_stays_a_duty():
    # under a duty title the same shape is the body's act: "Báo cáo Bộ ... theo Mẫu số 05."
    found = _actors("THÔNG TƯ\nĐiều 8. Trách nhiệm của Sở Lao động - Thương binh và Xã hội\n"
                    "1. Báo cáo Bộ kết quả thực hiện hằng năm theo Mẫu số 05.\n")
    assert found == [("Báo cáo Bộ", "Sở Lao động - Thương binh và Xã hội")]


# --- a list of offences or sanctions under its lead-in asks nobody to act (``violation_cues``) --------------

EXAM = "QUY CHẾ\nĐiều 25. Xử lý thí sinh vi phạm quy chế\n"
OFFENCES = [
    # an examination's rules (realworld78 829): the sanctions, then the offences each one punishes
    ("1. Thí sinh có hành vi vi phạm quy chế tùy mức độ sẽ bị xử lý theo các hình thức sau đây:\n",
     "a) Khiển trách.\nb) Hủy bỏ kết quả kiểm tra.\n"),
    ("2. Áp dụng hình thức cảnh cáo đối với các thí sinh vi phạm một trong các lỗi sau đây:\n",
     "a) Trao đổi tài liệu hoặc giấy nháp cho thí sinh khác;\nb) Chép bài của thí sinh khác.\n"),
    ("3. Áp dụng hình thức khiển trách đối với công chức có một trong các hành vi sau:\n",
     "a) Vi phạm quy định về đạo đức công vụ;\nb) Sử dụng tài sản công trái quy định.\n"),
]


@pytest.mark.parametrize("lead,items", OFFENCES)
def test_the_items_of_an_offence_list_are_no_directives(lead, items):
    found = _actors(EXAM + lead + items + "4. Giám thị coi thi phải lập biên bản các vi phạm.\n")
    assert found == [("Giám thị coi", "Giám thị coi thi")]


# --- a party and "không được": its duty not to act (``passive_sense_verbs`` for the exceptions) -----------

FORBIDDEN = [
    # an examination's rules (realworld78 829), a model bidding document (realworld57 765, 75 820), a
    # securities circular (realworld74 816)
    ("Thí sinh không được mang vào phòng làm bài kiểm tra giấy than, bút xóa.", "Thí sinh"),
    ("Cán bộ làm phách bài kiểm tra không được mang điện thoại vào khu vực làm phách.",
     "Cán bộ làm phách bài kiểm tra"),
    ("Nhà thầu không được chào riêng chi phí dự phòng.", "Nhà thầu"),
    ("Thành viên chấm 2 không được phép ghi bất cứ ký hiệu nào vào bài của thí sinh.", "Thành viên chấm 2"),
]


@pytest.mark.parametrize("clause,actor", FORBIDDEN)
def test_a_party_that_may_not_act_is_bound(clause, actor):
    found = _actors("QUY CHẾ\nĐiều 15. Tổ chức kiểm tra\n3. " + clause + "\n")
    assert found == [(" ".join(clause.split()[:3]), actor)]


NOT_DONE_FOR = [
    # what is not done for the party: no duty of it
    "Nhà thầu không được hoàn trả bảo đảm thực hiện hợp đồng khi từ chối thực hiện hợp đồng.",
    "Người bị yêu cầu dẫn độ không được miễn trách nhiệm hình sự.",
    "Nhà thầu không được lựa chọn sẽ được giải tỏa bảo đảm dự thầu.",
]


@pytest.mark.parametrize("clause", NOT_DONE_FOR)
def test_what_is_not_done_for_a_party_binds_nobody(clause):
    assert _actors("QUY CHẾ\nĐiều 15. Bảo đảm\n3. " + clause + "\n") == []


def test_a_household_described_with_what_it_has_is_no_party_bound():
    # an indicator's household (realworld49 724, 60 773): the child, not the household, may not go to school
    assert _actors("THÔNG TƯ\nĐiều 15. Chỉ tiêu\n3. Hộ gia đình có ít nhất 1 trẻ em từ đủ 3 tuổi đến dưới 16 "
                   "tuổi không được học đúng bậc, cấp học phù hợp với độ tuổi.\n") == []


RELATION_CELLS = [
    # a job description's relations table flattened into one unit (realworld76 823, 78 827)
    ("3.1. Bên trong  \nĐược quản lý trực tiếp và \nkiểm duyệt kết quả bởi \nQuản lý trực tiếp \nCác đơn vị "
     "phối hợp chính \nLãnh đạo trực tiếp", True),
    ("Bên ngoài Cơ quan, tổ chức có quan hệ chính Bản chất quan hệ Các cơ quan của Bộ", True),
    # no table: a side of a bag, a party of a tender
    ("Bên ngoài túi đựng hồ sơ phải ghi rõ “BẢN GỐC HỒ SƠ DỰ THẦU”.", False),
    ("Bên mời thầu phải đăng tải thông báo mời thầu.", False),
]


@pytest.mark.parametrize("unit,cell", RELATION_CELLS)
def test_a_job_descriptions_relations_cells_are_told_apart(unit, cell):
    from vanban.pipeline.extract.directives import _relation_cell
    assert bool(_relation_cell().match(unit)) is cell


def test_what_an_examination_may_cover_asks_nobody():
    # an examination's subjects (realworld78 829): "có thể bao gồm một số trong những nội dung sau:"
    text = ("QUY CHẾ\nĐiều 3. Nội dung kiểm tra\n1. Lĩnh vực nhãn hiệu chia thành 02 môn kiểm tra như sau:\n"
            "a) Môn pháp luật: kiểm tra các vấn đề pháp lý về quyền đối với nhãn hiệu, có thể bao gồm một số "
            "trong những nội dung sau:\n"
            "a1) Bảo vệ quyền (xác định hành vi xâm phạm quyền, các chế tài) đối với nhãn hiệu;\n"
            "a2) Đánh giá khả năng bảo hộ nhãn hiệu: đối tượng bảo hộ, đối tượng bị loại trừ;\n")
    assert [words for words, _ in _actors(text)] == []
