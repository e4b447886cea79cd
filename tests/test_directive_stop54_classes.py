"""Directive classes fitted at stop 54 from what samples 70-73 left (issue 18): one table per class, each row
written here in the style of the documents where the class was seen (school charters, a finance-ministry
circular of outward-investment forms), never copied from them. The patterns and word lists behind them are
data in ``models/directives.json``."""
from __future__ import annotations

import pytest

from tests._directive_helpers import got as _got, opening as _opening
from vanban.pipeline.extract.directives import find_directives
from vanban.pipeline.extract.roles import assign_roles
from vanban.pipeline.model import RawDocument
from vanban.pipeline.normalize import normalize
from vanban.pipeline.segment import segment
from vanban.pipeline.structure import structure

CHARTER = "THÔNG TƯ\nBan hành Điều lệ trường trung cấp\nĐiều 3. Địa vị pháp lý của trường trung cấp\n"

# --- a school's standing: autonomy and accountability ------------------------------------------------

def test_a_schools_autonomy_and_accountability_are_its_standing():
    """"X là cơ sở ..., có quyền tự chủ và có trách nhiệm giải trình ...": what the school is, no duty
    (``quality_modal_prefixes``; realworld70 804, 73 814)."""
    assert _got(CHARTER + "1. Trường trung cấp là cơ sở giáo dục nghề nghiệp thuộc hệ thống giáo dục quốc dân, có "
                          "quyền tự chủ và có trách nhiệm giải trình theo quy định của pháp luật.\n") == []


DUTIES = [
    # a body defined by its seat, then given a duty after the comma: a duty (realworld25 541, realworld46 705)
    ("1. Phòng Đào tạo là đơn vị thường trực trong thực hiện Quy chế này, có trách nhiệm hướng dẫn, đôn đốc "
     "các khoa thực hiện.", "Phòng Đào tạo là"),
    # the principal's standing as account holder binds him to answer for the school's finances: a duty
    ("2. Hiệu trưởng trường trung cấp công lập là chủ tài khoản, chịu trách nhiệm trước pháp luật về quản lý "
     "tài chính, tài sản của trường.", "Hiệu trưởng trường trung cấp"),
]


@pytest.mark.parametrize("line,opening", DUTIES)
def test_a_duty_after_a_definition_stays_a_duty(line, opening):
    assert len(_opening(_got(CHARTER + line + "\n"), opening)) == 1


# --- a form's field whose blank sits among a few words ----------------------------------------------

FORM = ("THÔNG TƯ\nQuy định mẫu văn bản đầu tư ra nước ngoài\nĐiều 6. Hiệu lực thi hành\n"
        "Thông tư này có hiệu lực từ ngày 15 tháng 4 năm 2026.\n"
        "Mẫu I.4\nVĂN BẢN ĐỀ NGHỊ ĐIỀU CHỈNH\nIII. TIẾN ĐỘ THỰC HIỆN DỰ ÁN\n")

WORDED_BLANKS = [
    "- Hoàn tất thủ tục đầu tư tại quốc gia tiếp nhận: Trong vòng … tháng;",
    "- Bắt đầu hoạt động kinh doanh: Trong thời hạn ... tháng.",
    "Thời điểm góp vốn: Quý … năm …",
]


@pytest.mark.parametrize("line", WORDED_BLANKS)
def test_a_field_with_words_around_its_blank_is_no_directive(line):
    """"<label>: Trong thời hạn … tháng": the filer writes the months there, nobody is bound
    (``blank_field_pattern``)."""
    assert _got(FORM + line + "\n") == []


def test_a_field_with_a_duty_after_its_colon_is_read_as_before():
    """Words that make a sentence, not a few around a blank, stay a duty."""
    got = _got(FORM + "Lưu ý: Nhà đầu tư phải gửi báo cáo trong thời hạn … ngày kể từ ngày được cấp giấy chứng nhận.\n")
    assert len(_opening(got, "Lưu ý: Nhà đầu tư")) == 1


# --- the papers a form says are sent with it ---------------------------------------------------------

SENT_WITH = ["Tài liệu gửi kèm:", "Hồ sơ gửi kèm gồm:", "Tài liệu đính kèm:"]


@pytest.mark.parametrize("lead", SENT_WITH)
def test_the_papers_sent_with_a_form_are_no_tasks(lead):
    """"Tài liệu gửi kèm:" / "- Bản sao Văn bản đăng ký ...;": the papers' names, no task (``paper_list_cues``;
    realworld73 813)."""
    got = _got(FORM + "Nhà đầu tư cam kết chịu trách nhiệm về tính chính xác của nội dung văn bản này.\n" + lead
               + "\n- Bản sao văn bản xác nhận đăng ký giao dịch ngoại hối;\n"
                 "- Bản sao tài liệu chứng minh việc đã chuyển vốn về Việt Nam.\n")
    assert _opening(got, "Bản sao") == []


# --- a gazette table's rows whose number and content share a line one blank apart -----------------

GAZETTE_ROWS = ("NGHỊ QUYẾT\nĐiều 2. Tổ chức thực hiện\n1. Các bộ, cơ quan tổ chức thực hiện Chương trình./.\n"
                "TM. CHÍNH PHỦ\nTHỦ TƯỚNG\n\nNguyễn Văn A\n"
                "PHỤ LỤC III\nNHIỆM VỤ TRỌNG TÂM NĂM 2026\n"
                "TT\nNHIỆM VỤ CỤ THỂ\nCƠ QUAN\nCHỦ TRÌ\nCƠ QUAN PHỐI\nHỢP\nTHỜI HẠN\nTHỰC HIỆN\n"
                "I\nHOÀN THIỆN THỂ CHẾ PHÁT TRIỂN\n"
                "1\nXây dựng Đề án phát triển thị trường dữ liệu quốc gia\nBộ Công an\nCác bộ, ngành\n2026 - 2027\n"
                "2 Xây dựng Chương trình hỗ trợ doanh nghiệp nhỏ và vừa chuyển đổi \nsố\nBộ Tài chính\n"
                "Các bộ, ngành, các \ntỉnh, thành phố\n2026 - 2030\n"
                "\nCÔNG BÁO/Số 259/Ngày 30-04-2026\n83\n"
                "TT\nNHIỆM VỤ CỤ THỂ\nCƠ QUAN\nCHỦ TRÌ\nCƠ QUAN PHỐI\nHỢP\nTHỜI HẠN\nTHỰC HIỆN\n"
                "3 Hoàn thiện cơ chế huy động nguồn lực cho đầu tư phát triển\nBộ Tài chính\nNgân hàng Nhà \nnước\n"
                "2026 - 2027\n")


def test_a_gazette_rows_number_one_blank_before_its_content_opens_the_row():
    """"2 Xây dựng Chương trình ..." is row 2 after row 1, across the page's header and its number "83":
    each row is its lead cell's task (realworld74 817)."""
    doc = assign_roles(segment(structure(normalize(RawDocument("gazette.txt", "txt", GAZETTE_ROWS, "0")))))
    got = [(" ".join(d.text.split())[:40].strip(), d.actor) for d in find_directives(doc)]
    assert [g for g in got if not g[0].startswith("Các bộ, cơ quan")] == [
        ("Xây dựng Đề án phát triển thị trường dữ", "Bộ Công an"),
        ("Xây dựng Chương trình hỗ trợ doanh nghiệ", "Bộ Tài chính"),
        ("Hoàn thiện cơ chế huy động nguồn lực cho", "Bộ Tài chính")]


def test_a_cell_that_opens_with_a_figure_is_no_row():
    """"5 năm ..." after row 1 is no row 5: only the next number opens a row."""
    text = GAZETTE_ROWS.replace("2 Xây dựng Chương trình", "5 năm Xây dựng Chương trình")
    doc = assign_roles(segment(structure(normalize(RawDocument("gazette.txt", "txt", text, "0")))))
    assert not any(d.text.startswith("năm Xây dựng") or d.text.startswith("Xây dựng Chương trình")
                   for d in find_directives(doc))


# --- an annexed model decision: its footnotes under the signature, its short fields ------------------

MODEL_DECISION = ("THÔNG TƯ\nQuy định mẫu hồ sơ kiểm tra hoạt động đấu thầu\nĐiều 5. Hiệu lực thi hành\n"
                  "Thông tư này có hiệu lực từ ngày 01 tháng 3 năm 2025./.\nBỘ TRƯỞNG\n\nNguyễn Văn A\n\n"
                  "PHỤ LỤC 5\nMẪU THÔNG BÁO KIỂM TRA\n"
                  "Căn cứ Quyết định kiểm tra số ..., [tên cơ quan] thông báo kế hoạch kiểm tra như sau:\n"
                  "1. Các đơn vị được kiểm tra có trách nhiệm chuẩn bị đầy đủ hồ sơ, tài liệu liên quan.\n"
                  "Nơi nhận:\n[Ghi nơi nhận]\nNGƯỜI ĐỨNG ĐẦU CƠ QUAN\n[Ghi tên, chức danh, ký tên và đóng dấu]\n"
                  "1 Ghi nội dung hoạt động đấu thầu được kiểm tra.\n"
                  "2 Ghi thời gian, địa điểm tổ chức cuộc họp công bố quyết định.\n")


def test_a_model_documents_footnotes_under_its_signature_are_instructions():
    """The footnotes "1 Ghi ..." below an annexed notice's signature tell the drafter what to write: each an
    instruction to no one named, its number left out (realworld75 820)."""
    got = _got(MODEL_DECISION)
    assert _opening(got, "Ghi nội dung") == [("Ghi nội dung hoạt động đấu thầu được kiểm tra.", None)]
    assert _opening(got, "Ghi thời gian") == [("Ghi thời gian, địa điểm tổ chức cuộc họp công bố quyết định.", None)]



# --- the rules an annex sets after "... thực hiện theo quy định sau:" --------------------------------

ANNEX_RULES = ("NGHỊ QUYẾT\nVề cắt giảm thủ tục hành chính\nĐiều 1. Phạm vi\nNghị quyết này cắt giảm thủ tục hành chính."
               "\nĐiều 2. Hiệu lực thi hành\nNghị quyết này có hiệu lực từ ngày ký./.\nTM. CHÍNH PHỦ\n\nNguyễn Văn A\n\n"
               "PHỤ LỤC I\nCẮT GIẢM THỦ TỤC HÀNH CHÍNH ĐỐI VỚI TRUNG TÂM NGOẠI NGỮ\n"
               "A. CẮT GIẢM, ĐƠN GIẢN HÓA THỦ TỤC HÀNH CHÍNH\n"
               "I. Không thực hiện thủ tục cho phép trung tâm ngoại ngữ hoạt động trở lại quy định tại điểm b khoản 4 "
               "Điều 12 Nghị định số 86/2024/NĐ-CP.\n"
               "Việc hoạt động trở lại của trung tâm ngoại ngữ thực hiện theo quy định sau:\n"
               "Trước khi hoạt động trở lại ít nhất 05 ngày làm việc, trung tâm có trách nhiệm thông báo bằng văn bản "
               "đến Sở Giáo dục và Đào tạo.\n"
               "Sở Giáo dục và Đào tạo thực hiện kiểm tra, giám sát việc duy trì các điều kiện hoạt động của trung tâm.\n")


def test_the_paragraphs_under_a_rule_lead_in_bind_the_party_they_name():
    """After "... thực hiện theo quy định sau:" the annex's paragraphs are rules: "Sở ... thực hiện kiểm tra ..."
    is the department's duty, as in an article (``rule_leadin_pattern``; realworld75 819)."""
    got = _got(ANNEX_RULES)
    assert _opening(got, "Sở Giáo dục và Đào tạo thực hiện") == [
        ("Sở Giáo dục và Đào tạo thực hiện kiểm tra, giám sát việc duy trì các điều kiện hoạt động của trung tâm.",
         "Sở Giáo dục và Đào tạo")]


def test_the_same_paragraph_with_no_rule_lead_in_stays_no_duty():
    """Without the lead-in the annex's paragraph is read as before: an unlabelled part's plain verb binds no one."""
    got = _got(ANNEX_RULES.replace("Việc hoạt động trở lại của trung tâm ngoại ngữ thực hiện theo quy định sau:\n", ""))
    assert _opening(got, "Sở Giáo dục và Đào tạo thực hiện") == []


def test_an_annexed_tables_short_heads_are_fields_but_its_lead_ins_are_read():
    """Before the first form's marker, an annex's short lines with no closing mark are its table's heads
    ("Các đơn vị phối hợp chính", realworld60 775), no duty; a line that leads in with a colon is read as before."""
    text = ("THÔNG TƯ\nHướng dẫn vị trí việc làm\nĐiều 3. Hiệu lực thi hành\nThông tư này có hiệu lực từ ngày 01 "
            "tháng 3 năm 2023./.\nBỘ TRƯỞNG\n\nNguyễn Văn A\n\nPHỤ LỤC I\nBẢN MÔ TẢ VỊ TRÍ VIỆC LÀM\n"
            "Các đơn vị phối hợp chính\nTổng hợp, phân tích số liệu kinh tế - xã hội\n"
            "Điền thông tin theo mã như sau:\nCột 3: Chủ hộ ghi mã 1; Vợ/chồng chủ hộ ghi mã 2.\n")
    got = _got(text)
    assert _opening(got, "Các đơn vị phối hợp") == []
    assert [t for t, _a in _opening(got, "Điền thông tin")] == ["Điền thông tin theo mã như sau:"]
