"""Directive classes fitted at stop 62 (issue 18): one table per class, each row written here in the style of the
documents where the class was seen (a consolidated securities-supervision circular's duties and report forms, as a
gazette's text layer gives them), never copied from them. The word lists behind them are data in
``models/directives.json``."""
from __future__ import annotations

import pytest

from tests._directive_helpers import directives_of


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(" ".join(d.text.split()), d.actor) for d in directives_of(text, "txt")]


# --- a body's oversight of another's activities: the items are the activities overseen, not duties --------------

OVERSEEN = [
    # the lead on one line
    "Điều 8. Giám sát hoạt động tại Trung tâm lưu ký\n"
    "Cơ quan giám sát thực hiện kiểm tra tuân thủ đối với Trung tâm lưu ký về các hoạt động nghiệp vụ sau:\n",
    # the lead wrapped by the page's width, the article's title too (a gazette's text layer)
    "Điều 8. Giám sát hoạt động nghiệp vụ tại Trung tâm lưu ký chứng khoán Việt\nNam\n"
    "Cơ quan giám sát thực hiện giám sát tuân thủ pháp luật về chứng khoán đối\n"
    "với Trung tâm lưu ký chứng khoán Việt\nNam về các hoạt động sau đây:\n",
]
ITEMS = ("1. Xây dựng và ban hành các quy chế về đăng ký, lưu ký chứng khoán.\n"
         "2. Tổ chức đấu giá, đấu thầu chứng khoán.\n"
         "3. Lưu trữ, bảo mật hồ sơ, chứng từ liên quan tới nghiệp vụ chứng khoán.\n")


@pytest.mark.parametrize("lead", OVERSEEN)
def test_the_activities_a_body_oversees_are_no_duties(lead):
    found = _found("THÔNG TƯ\n" + lead + ITEMS)
    assert not any(t.startswith(("Xây dựng", "Tổ chức đấu giá", "Lưu trữ")) for t, _ in found), found


OVERSEER_DUTIES = [
    # the overseer's own acts under a lead that names no activities of another body stay its duties
    ("Điều 7. Giám sát hoạt động ban hành văn bản\n"
     "Cơ quan giám sát thực hiện giám sát đối với các nội dung sau:\n"
     "1. Giám sát việc ban hành, sửa đổi các quy chế của Trung tâm lưu ký.\n", "Giám sát việc ban hành"),
    # a body told to check the activities it lists itself is no overseer of another's business
    ("Điều 9. Trách nhiệm của Trung tâm lưu ký\n"
     "Trung tâm lưu ký có trách nhiệm thực hiện các hoạt động sau:\n"
     "1. Tổ chức đấu giá, đấu thầu chứng khoán.\n", "Tổ chức đấu giá"),
]


@pytest.mark.parametrize("text,opening", OVERSEER_DUTIES)
def test_an_overseers_own_acts_stay_duties(text, opening):
    found = _found("THÔNG TƯ\n" + text)
    assert any(t.startswith(opening) for t, _ in found), found


# --- a body's duty to submit to oversight, among its duties ---------------------------------------------------------

SUBMITS = [
    "Chịu sự kiểm tra, giám sát của Ủy ban Chứng khoán Nhà nước đối với các hoạt động nghiệp vụ; báo cáo giải trình "
    "các nội dung kiến nghị.",
    "Chịu sự thanh tra của cơ quan quản lý nhà nước có thẩm quyền theo quy định của pháp luật.",
    "Chịu sự theo dõi, giám sát của cơ quan đã cấp giấy xác nhận trong suốt thời gian thử nghiệm.",
]


@pytest.mark.parametrize("item", SUBMITS)
def test_submitting_to_oversight_is_a_listed_duty(item):
    found = _found("THÔNG TƯ\nĐiều 4. Nghĩa vụ của Trung tâm lưu ký chứng khoán\n1. " + item + "\n")
    assert found == [(item, "Trung tâm lưu ký chứng khoán")], found


def test_a_bodys_standing_under_a_ministry_stays_no_duty():
    # "chịu sự quản lý nhà nước ... của Bộ": where the body answers, a status (status_predicate_pattern)
    text = ("THÔNG TƯ\nĐiều 3. Vị trí của Trung tâm\n"
            "Trung tâm chịu sự quản lý nhà nước về chuyên môn của Bộ Tài chính.\n")
    assert _found(text) == []


# --- a report form's note that asks the writer to explain, after the column's label and its colon -----------------

COLUMN_NOTES = [
    ("Cột 9: giải thích rõ vi phạm/vụ việc (nếu cần thiết).", True),
    ("Cột 3: Giải thích rõ lý do chưa giải quyết xong hồ sơ trong kỳ.", True),
    # what a column shows asks nothing
    ("Cột 5: thể hiện tổng số hồ sơ đã nhận đầy đủ và hợp lệ trong kỳ báo cáo", False),
]


@pytest.mark.parametrize("note,asks", COLUMN_NOTES)
def test_a_column_note_that_asks_to_explain(note, asks):
    found = _found("THÔNG TƯ\nĐiều 16. Mẫu báo cáo\nGhi chú:\n" + note + "\n")
    assert (found == [(note, None)]) == asks, found


# --- a procedure's steps table: each step's cell is one step, its "- " lines the acts of that step ------------------

def _table(header: tuple[str, str, str, str], rows: list[tuple[str, str, str]]) -> str:
    cells = ["**TT**", f"**{header[1]}**", f"**{header[2]}**", f"**{header[3]}**", ""]
    for n, (who, what, when) in enumerate(rows, 1):
        cells += [str(n), who, what, when, ""]
    return "QUYẾT ĐỊNH\nĐiều 12. Đăng ký biến động đất đai\nb) Trình tự thực hiện\n|\n" + "\n|\n".join(cells) + "\n"


STEP = ("Văn phòng đăng ký đất đai",
        "- Kiểm tra hồ sơ, cập nhật biến động vào hồ sơ địa chính;\n- Chuyển hồ sơ đến cơ quan thuế;\n"
        "- Trao Giấy chứng nhận cho người sử dụng đất.", "3 ngày")


def test_a_procedures_step_is_one_directive_whatever_its_dash_lines():
    found = directives_of(_table(("TT", "Cơ quan, bộ phận, người thực hiện", "Nội dung công việc", "Thời gian"),
                                 [STEP, ("Cơ quan thuế", "Xác định nghĩa vụ tài chính.", "2 ngày")]), "md")
    texts = [" ".join(d.text.split()) for d in found]
    assert len(texts) == 2 and texts[0].startswith("- Kiểm tra hồ sơ") and texts[0].endswith("người sử dụng đất."), texts
    assert [d.actor for d in found] == ["Văn phòng đăng ký đất đai", "Cơ quan thuế"]


def test_a_plans_task_table_still_lists_each_dash_line_as_a_task():
    # "STT | Cơ quan chủ trì | Nội dung nhiệm vụ | Thời hạn hoàn thành": a plan's tasks, one per "- " line
    found = directives_of(_table(("TT", "Cơ quan chủ trì", "Nội dung nhiệm vụ", "Thời hạn hoàn thành"), [STEP]), "md")
    assert len(found) == 3, [d.text for d in found]


# --- a list of the forms a regulation's procedures use: papers named with their forms, no directives ---------------

FORM_LIST = [
    "Quyết định chuyển hình thức giao đất/cho thuê đất: Mẫu số 07;",
    "Báo cáo kết quả rà soát hiện trạng sử dụng đất của tổ chức: Mẫu số 15d;",
    "Đơn đề nghị giao đất/thuê đất/chuyển mục đích sử dụng đất: Mẫu số 01 ban hành kèm theo Nghị định số "
    "151/2025/NĐ-CP được sửa đổi, bổ sung tại Nghị định số 226/2025/NĐ-CP;",
]


@pytest.mark.parametrize("item", FORM_LIST)
def test_a_form_listed_with_its_number_asks_nothing(item):
    text = ("QUYẾT ĐỊNH\nĐiều 7. Các loại mẫu đơn, mẫu tờ khai được sử dụng trong các thủ tục\n"
            "2. Mẫu theo quy định tại Phụ lục kèm theo Nghị định số 151/2025/NĐ-CP:\na) " + item + "\n")
    assert _found(text) == []


def test_a_paper_to_send_with_its_form_stays_a_duty():
    text = ("QUYẾT ĐỊNH\nĐiều 8. Trách nhiệm của Văn phòng đăng ký đất đai\n"
            "1. Văn phòng đăng ký đất đai gửi Thông báo xác nhận kết quả đăng ký đất đai: Mẫu số 16 cho người sử dụng "
            "đất.\n")
    assert [a for _, a in _found(text)] == ["Văn phòng đăng ký đất đai"]


# --- the acts of civil judgment enforcement end the party's name ----------------------------------------------------

ENFORCEMENT = [
    ("Thủ trưởng cơ quan thi hành án dân sự ấn định thời điểm kê biên tài sản.", "Thủ trưởng cơ quan thi hành án dân sự"),
    ("Cơ quan thi hành án dân sự đình chỉ thi hành án đối với phần nghĩa vụ đã được miễn.", "Cơ quan thi hành án dân sự"),
    ("Thủ trưởng cơ quan thi hành án dân sự ủy thác thi hành án cho cơ quan thi hành án dân sự nơi có tài sản.",
     "Thủ trưởng cơ quan thi hành án dân sự"),
    ("Chấp hành viên xác minh điều kiện thi hành án của người phải thi hành án.", "Chấp hành viên"),
]


@pytest.mark.parametrize("clause,actor", ENFORCEMENT)
def test_an_enforcement_act_ends_the_partys_name(clause, actor):
    found = _found("NGHỊ ĐỊNH\nĐiều 20. Tổ chức thi hành án\n1. " + clause + "\n")
    assert found == [(clause, actor)], found


# --- tax offices named by what they manage --------------------------------------------------------------------------

TAX_OFFICES = [
    ("Cơ quan thuế quản lý trực tiếp cập nhật trạng thái mã số thuế của người nộp thuế.", "Cơ quan thuế quản lý trực tiếp"),
    ("Cơ quan thuế quản lý khoản thu thực hiện cập nhật thông tin vào hệ thống.", "Cơ quan thuế quản lý khoản thu"),
    # the office that manages something is the plain office
    ("Cơ quan thuế quản lý hồ sơ đăng ký thuế của người nộp thuế.", "Cơ quan thuế"),
]


@pytest.mark.parametrize("clause,actor", TAX_OFFICES)
def test_a_tax_office_named_by_what_it_manages(clause, actor):
    found = _found("THÔNG TƯ\nĐiều 12. Xử lý hồ sơ đăng ký thuế\n1. " + clause + "\n")
    assert found == [(clause, actor)], found


# --- a form's note numbered "(2):" --------------------------------------------------------------------------------------

def test_a_forms_note_numbered_with_a_colon_is_an_instruction():
    text = ("NGHỊ QUYẾT\nMẫu số 20\nĐƠN ĐỀ NGHỊ CHUYỂN NHƯỢNG\nKính gửi: Bộ Khoa học và Công nghệ\n"
            "1. Tên tổ chức: ...\nGhi chú:\n(2): Ghi rõ mã, số viễn thông được chuyển nhượng.\n"
            "(4): Ghi rõ số quyết định phân bổ mã, số.\n")
    found = _found(text)
    assert ("Ghi rõ mã, số viễn thông được chuyển nhượng.", None) in found, found
    assert ("Ghi rõ số quyết định phân bổ mã, số.", None) in found, found


# --- a form's fields and how to fill them, under a lead-in that ends "gồm:" -----------------------------------------

def test_a_fields_fill_note_under_a_members_leadin_is_an_instruction():
    text = ("THÔNG TƯ\nMẫu số 01-ĐK-TCT\nHƯỚNG DẪN KÊ KHAI MẪU SỐ 01-ĐK-TCT\nThông tin chi tiết gồm:\n"
            "1. Tên người nộp thuế: Ghi rõ ràng, đầy đủ bằng chữ in hoa tên tổ chức theo quyết định thành lập.\n"
            "2. Địa chỉ trụ sở chính: Ghi rõ số nhà, ngõ, đường phố, xã, tỉnh.\n")
    assert [t.split(":")[0] for t, _ in _found(text)] == ["Tên người nộp thuế", "Địa chỉ trụ sở chính"]


def test_the_members_a_body_is_made_of_stay_no_directives():
    text = ("QUYẾT ĐỊNH\nĐiều 3. Cơ cấu tổ chức\nBộ máy giúp việc của Cục, gồm:\n1. Văn phòng Cục.\n"
            "2. Phòng Tổng hợp: tham mưu tổng hợp.\n")
    assert _found(text) == []


def test_a_notes_leadin_under_a_catalogues_title_is_not_joined_to_it():
    # "DANH MỤC ..." / "(Kèm theo ...)" / "Ghi chú:": a heading and a caption, no wrapped lines of the notes' lead-in
    text = ("THÔNG TƯ\nĐiều 6. Hiệu lực thi hành\nPHỤ LỤC\nDANH MỤC GIAO DỊCH TÀI SẢN MÃ HÓA\n"
            "(Kèm theo Thông tư số 41/2026/TT-BTC)\nGhi chú:\n"
            "2. Mã tài sản mã hóa (Chỉ tiêu [15]): Ghi mã định danh của tài sản mã hóa được sử dụng trong giao dịch.\n")
    assert [t.split(" (")[0] for t, _ in _found(text)] == ["Mã tài sản mã hóa"]
