"""Directive classes met at first contact with blind samples 67 and 68 (issue 18): one table per class,
each row written here in the style of the documents where the class was seen (a labour-ministry
circular's procedure annexes, a construction-ministry circular on inland ports, a Prime Minister's
plan on a crawled page, a planning-ministry circular's scoring annex), never copied from them. The
word lists behind them are data in ``models/directives.json``."""
from __future__ import annotations

import pytest

from tests._directive_helpers import got as _got, opening as _opening


# --- bodies, verbs and openers the lexicon lacked ------------------------------------------------

LAW = "THÔNG TƯ\nQuy định về quản lý cảng thủy nội địa\nĐiều 5. Quy định chung\n"

LEXICON_ROWS = [
    # a port authority named by its kind ("Cảng vụ"), acting with a plain verb
    (LAW + "1. Cảng vụ kiểm tra các thông tin khai báo của tàu thuyền trước khi cho phép vào cảng.\n",
     "Cảng vụ kiểm tra", "Cảng vụ"),
    # "giải đáp" is a step a board takes at a council's meeting
    (LAW + "1. Ban soạn thảo trình bày dự thảo.\n2. Ban soạn thảo giải đáp các câu hỏi của Hội đồng.\n",
     "Ban soạn thảo giải đáp", "Ban soạn thảo"),
    # "tập hợp" acts: the body before it is the party, not "Doanh nghiệp cảng tập hợp"
    (LAW + "1. Doanh nghiệp cảng tập hợp, thu thập thông tin về cảng theo mẫu quy định.\n",
     "Doanh nghiệp cảng tập hợp", "Doanh nghiệp cảng"),
    # "quản lý nhà nước" after "cơ quan" goes on naming the body
    (LAW + "1. Các cơ quan quản lý nhà nước chuyên ngành căn cứ chức năng được giao thực hiện kiểm tra tại cảng.\n",
     "Các cơ quan quản lý nhà nước chuyên ngành", "Các cơ quan quản lý nhà nước chuyên ngành"),
]


@pytest.mark.parametrize("text,opening,actor", LEXICON_ROWS)
def test_bodies_and_verbs_the_lexicon_lacked(text, opening, actor):
    assert [a for _t, a in _opening(_got(text), opening)] == [actor]


DUTY_LIST = ("THÔNG TƯ\nQuy định về cảng thủy nội địa\nĐiều 18. Trách nhiệm của người quản lý khai thác cảng\n"
             "1. Chỉ được tiếp nhận tàu thuyền vào cảng đã được công bố hoạt động.\n"
             "2. Không xếp dỡ hàng hóa vượt quá tải trọng cho phép của cầu cảng.\n"
             "3. Hàng ngày, cập nhật số liệu tàu thuyền ra, vào cảng lên hệ thống.\n")


@pytest.mark.parametrize("opening", ["Chỉ được tiếp nhận", "Không xếp dỡ", "Hàng ngày, cập nhật"])
def test_items_of_a_duty_title_that_open_with_a_restriction_or_a_period(opening):
    """"Chỉ được" restricts, "Không xếp dỡ" forbids, "Hàng ngày," sets when: each item is the titled
    party's duty (realworld67 796)."""
    assert [a for _t, a in _opening(_got(DUTY_LIST), opening)] == ["người quản lý khai thác cảng"]


# --- an annex that sets out a procedure for a list is no catalogue ---------------------------

PROCEDURE_ANNEX = ("THÔNG TƯ\nHướng dẫn xây dựng danh mục thiết bị\nĐiều 1. Phạm vi\nThông tư này hướng dẫn quy trình.\n"
                   "PHỤ LỤC I\nQUY TRÌNH XÂY DỰNG VÀ THẨM ĐỊNH DANH MỤC THIẾT BỊ ĐÀO TẠO\n"
                   "(Kèm theo Thông tư số 99/2022/TT-BLĐTBXH)\n"
                   "1. Tổ soạn thảo có trách nhiệm:\n"
                   "a) Tiến hành khảo sát thực tế tại các cơ sở đào tạo;\n"
                   "b) Tiếp thu, chỉnh sửa dự thảo danh mục theo ý kiến của Hội đồng.\n")


def test_a_procedure_annex_whose_title_names_a_list_sets_tasks():
    """"QUY TRÌNH ... DANH MỤC THIẾT BỊ ...": its steps are tasks, not names catalogued (realworld67 794)."""
    got = _got(PROCEDURE_ANNEX)
    assert _opening(got, "Tiến hành khảo sát") == [(_opening(got, "Tiến hành khảo sát")[0][0], "Tổ soạn thảo")]
    assert [a for _t, a in _opening(got, "Tiếp thu, chỉnh sửa")] == ["Tổ soạn thảo"]
    catalogue = PROCEDURE_ANNEX.replace("QUY TRÌNH XÂY DỰNG VÀ THẨM ĐỊNH DANH MỤC", "DANH MỤC")
    assert _opening(_got(catalogue), "Tiếp thu, chỉnh sửa") == []


# --- a table that scores a unit's work --------------------------------------------------------

SCORING = ("THÔNG TƯ\nHướng dẫn công tác thi đua\nĐiều 1. Phạm vi\nThông tư này hướng dẫn công tác thi đua.\n"
           "PHỤ LỤC 8\n(Ban hành kèm theo Thông tư số 99/2023/TT-BKHĐT)\n"
           "BẢNG CHẤM ĐIỂM THI ĐUA ĐỐI VỚI TẬP THỂ\nTT\nNội dung tiêu chí\nĐiểm tối đa\n"
           "1\nHoàn thành toàn bộ công việc theo kế hoạch bảo đảm tiến độ.\n300\n"
           "2\nTổ chức quán triệt các quy định về thi đua, khen thưởng.\n20\n"
           "PHỤ LỤC 9\n(Ban hành kèm theo Thông tư số 99/2023/TT-BKHĐT)\nMẪU TỜ TRÌNH\n"
           "Các đơn vị gửi hồ sơ đề nghị khen thưởng trước ngày 20 tháng 12 hằng năm.\n")


def test_a_scoring_tables_criteria_are_no_tasks():
    """"BẢNG CHẤM ĐIỂM ...": its rows are what is scored; the annex after it is read again (realworld68 799)."""
    got = _got(SCORING)
    assert _opening(got, "Hoàn thành toàn bộ") == [] and _opening(got, "Tổ chức quán triệt") == []
    assert [a for _t, a in _opening(got, "Các đơn vị gửi")] == ["Các đơn vị"]


# --- a heading line cut inside a proper name ---------------------------------------------------

WRAPPED_NAME = ("QUYẾT ĐỊNH\nPhê duyệt Kế hoạch\nĐiều 1. Phân công thực hiện\n"
                "a) Bộ Văn hóa, Thể thao và Du lịch chủ trì tổ chức tuyên truyền.\n"
                "b) Đài Truyền hình Việt Nam, Đài Tiếng nói Việt\n"
                "Nam, Thông tấn xã Việt Nam chủ trì xây dựng các chuyên mục về chất lượng không khí.\n")


def test_an_items_line_cut_inside_a_name_is_no_heading():
    """"Đài Tiếng nói Việt" / "Nam, Thông tấn xã ...": the name runs on, the item is one task (realworld68 797)."""
    assert [a for _t, a in _opening(_got(WRAPPED_NAME), "Đài Truyền hình")] == [
        "Đài Truyền hình Việt Nam, Đài Tiếng nói Việt Nam, Thông tấn xã Việt Nam"]


# --- a task table whose lead cells span several lines of tasks ---------------------------------

ROWSPAN = ("QUYẾT ĐỊNH\nPhê duyệt Kế hoạch hành động\n**PHỤ LỤC I**\nBẢNG PHÂN CÔNG THỰC HIỆN\n|\n**STT**\n|\n"
           "**Cơ quan chủ trì**\n|\n**Cơ quan phối hợp**\n|\n**Nội dung nhiệm\nvụ**\n|\n**Thời hạn hoàn thành**\n|\n|\n"
           "1\n|\nBộ Xây dựng\n|\n- Bộ Tài chính;\n- UBND các tỉnh.\n|\n"
           "- Rà soát quy chuẩn về kiểm soát bụi tại công trường.\n- Sản phẩm: Quy chuẩn được ban hành.\n|\n2026\n|\n|\n"
           "- Xây dựng hướng dẫn kỹ thuật về che phủ công trường.\n- Thí điểm phun sương giảm bụi tại đô thị lớn.\n|\n"
           "Giai đoạn 2026 - 2027\n|\n|\n"
           "**I.**\n|\n**BỘ CÔNG AN**\n|\n|\n|\nBộ Công an\n|\nUBND các tỉnh\n|\n"
           "Tăng cường kiểm tra, xử lý hành vi đốt rác thải ngoài trời.\n|\nGiai đoạn 2026 - 2030\n|\n|\n")


def test_a_task_tables_lines_under_a_spanning_lead_cell_are_its_tasks():
    """The lines under a row whose lead cell spans them are that body's tasks, one per "- " line, a
    result line ("- Sản phẩm: ...") none; a group's row ("**I.** | **BỘ CÔNG AN**") is no row, the row
    under it with an empty number cell is (realworld68 797)."""
    got = _got(ROWSPAN)
    assert [a for _t, a in _opening(got, "- Rà soát quy chuẩn")] == ["Bộ Xây dựng"]
    assert [a for _t, a in _opening(got, "- Xây dựng hướng dẫn")] == ["Bộ Xây dựng"]
    assert [a for _t, a in _opening(got, "- Thí điểm phun sương")] == ["Bộ Xây dựng"]
    assert [a for _t, a in _opening(got, "Tăng cường kiểm tra")] == ["Bộ Công an"]
    assert _opening(got, "- Sản phẩm") == [] and _opening(got, "- Bộ Tài chính") == []
    assert _opening(got, "Giai đoạn") == [] and _opening(got, "2026") == []


# --- the specific targets of a plan the first article approves --------------------------------

APPROVED_PLAN = ("QUYẾT ĐỊNH\nPhê duyệt Kế hoạch hành động về chất lượng không khí\nQUYẾT ĐỊNH:\n"
                 "Điều 1. Phê duyệt Kế hoạch hành động về chất lượng không khí giai đoạn 2026 - 2030 với các nội dung sau:\n"
                 "I. MỤC TIÊU\n2. Mục tiêu cụ thể giai đoạn 2026 - 2030\n"
                 "a) Chất lượng không khí tại các đô thị lớn từng bước được cải thiện:\n"
                 "- Tại thành phố Cần Thơ, nồng độ bụi mịn trung bình năm vào năm 2030 đạt dưới 30 μg/m3.\n"
                 "b) Công tác thu gom rác thải tại các khu dân cư được tăng cường.\n"
                 "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n")


def test_the_specific_targets_of_an_approved_plan_are_targets():
    """Under "Mục tiêu cụ thể" of a plan the first article approves, each statement is a target, its
    lead-in none (realworld68 797); the same lines in a decision approving no plan stay none."""
    doc_targets = [t for t, _a in _got(APPROVED_PLAN)]
    assert any(t.startswith("Tại thành phố Cần Thơ") for t in doc_targets)
    assert any(t.startswith("Công tác thu gom rác thải") for t in doc_targets)
    assert not any(t.startswith("Chất lượng không khí tại") for t in doc_targets)
    other = APPROVED_PLAN.replace("Điều 1. Phê duyệt Kế hoạch", "Điều 1. Công bố tình hình")
    assert not any(t.startswith("Tại thành phố Cần Thơ") for t, _a in _got(other))


def test_the_grades_of_a_councils_scale_are_no_duties():
    """"Mức 2: Đạt yêu cầu nhưng phải chỉnh sửa ...": what a grade means; the vote before them is a step
    (realworld67 794)."""
    text = ("THÔNG TƯ\nHướng dẫn thẩm định\nĐiều 9. Họp thẩm định\n1. Ban soạn thảo báo cáo dự thảo.\n"
            "2. Các thành viên Hội đồng đánh giá dự thảo bằng phiếu kín theo các mức sau: Mức 1: Đạt yêu cầu.\n"
            "Mức 2: Đạt yêu cầu nhưng phải chỉnh sửa trước khi ban hành.\nMức 3: Không đạt yêu cầu, phải xây dựng lại.\n")
    got = _got(text)
    assert [a for _t, a in _opening(got, "Các thành viên Hội đồng đánh giá")] == ["Các thành viên Hội đồng"]
    assert _opening(got, "Mức") == []
