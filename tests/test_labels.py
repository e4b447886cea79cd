"""The list-label grammar (pipeline/text/labels.py): what ``list_label`` reads from a line, and which
of the forms the steps look for match it, one row per spelling met in documents."""
from __future__ import annotations

import re

import pytest

from vanban.pipeline.text import labels
from vanban.pipeline.text.labels import BULLETS, list_label

# (line, kind, label) of the numbering mark a line opens with; None: no mark
LABELS = [
    ("Phần thứ nhất: TÌNH HÌNH", "part", "thứ nhất"),
    ("A. ĐÁNH GIÁ KẾT QUẢ", "block", "A"),
    ("Chương II. TỔ CHỨC THỰC HIỆN", "chapter", "II"),
    ("Mục 2. Trách nhiệm", "subchapter", "2"),
    ("Điều 5. Hiệu lực thi hành", "article", "5"),
    ("Điều 2", "article", "2"),           # an article with no title, alone on its line
    ("Điều 5 Nghị định số 12/2024/NĐ-CP", None, None),   # a reference that opens a wrapped line
    ("IV. NHIỆM VỤ, GIẢI PHÁP", "roman", "IV"),
    ("2.1. Về kinh tế", "arabic", "2.1"),
    ("(3) Đẩy mạnh cải cách", "paren", "3"),
    ("b) Hạ tầng giao thông", "letter", "b"),
    ("- Sở Nội vụ chủ trì", "bullet", "-"),
    ("+ Tuyên truyền", "bullet", "+"),
    ("– Sở Tài chính", "bullet", "–"),
    ("► Sở Y tế", "bullet", "►"),         # list symbols of Word and PDF exports
    ("* Ghi chú:*", None, None),          # markdown emphasis, no bullet
    ("2. 100% các xã", "arabic", "2"),   # a target is an item
    ("1. 2020", None, None),              # a figure, no item
    ("2. 500.000 đồng", None, None),
    ("1. 47 Triển khai áp dụng hệ thống", "arabic", "1"),   # a consolidated text's footnote mark after the number
    ("3. 12 tháng kể từ ngày", None, None),                  # a duration, no item
    ("XL. Hà Nội", None, None),           # not a Roman numeral up to 39
    ("Hà Nội", None, None),
]


@pytest.mark.parametrize(("line", "kind", "label"), LABELS)
def test_list_label(line, kind, label):
    got = list_label(line)
    assert (got.kind, got.label) == (kind, label) if kind else got is None


FORMS = ("LINE_START", "PDF_LINE_START", "BARE_LABEL", "PARAGRAPH_MARK", "ITEM_LABEL", "LEADING_MARKS",
         "ROW_ITEM_LABEL", "LEAD_LABEL", "ITEM_LINE", "SENTENCE_LABEL", "CELL_BULLET")
# items: every form that reads an item mark in running text
ITEM = {"LINE_START", "PDF_LINE_START", "ITEM_LABEL", "LEADING_MARKS", "ROW_ITEM_LABEL", "LEAD_LABEL", "ITEM_LINE",
        "SENTENCE_LABEL"}
LINE = {"LINE_START", "PDF_LINE_START"}
CELL = {"CELL_BULLET"}   # a bullet inside a table cell: no "*"

# (line, the forms that match at its start)
MATCHES = [
    ("- Sở Nội vụ chủ trì", ITEM | CELL),
    ("+ Tuyên truyền", ITEM | CELL),
    ("• Công an tỉnh", ITEM | CELL),
    ("* Lưu ý: báo cáo ngay", ITEM),
    ("– Sở Tài chính", ITEM - {"LINE_START"} | CELL),  # in plain text a line "– 2025" ends a range
    ("— 2025", {"PDF_LINE_START"}),              # an em dash opens an item at a PDF's margin only
    ("● Bước 1", LINE),                          # list symbols of Word and PDF exports
    ("◦ Nộp hồ sơ", LINE),
    ("3. Sở Nội vụ", ITEM | {"PARAGRAPH_MARK"}),
    ("2.1. Về kinh tế", ITEM | {"PARAGRAPH_MARK"}),
    ("17. Số xã", ITEM | {"PARAGRAPH_MARK"}),
    ("(2) Các sở", ITEM),
    ("( 2 ) Các sở", {"LEAD_LABEL"}),            # crawled pages' spacing, read before a task only
    ("b) Hạ tầng", ITEM),
    ("(a) Sở", ITEM - {"ITEM_LABEL", "ROW_ITEM_LABEL"}),
    ("b. Sở Y tế", ITEM - {"ITEM_LABEL", "ROW_ITEM_LABEL"} | {"PARAGRAPH_MARK"}),
    ("IV. NHIỆM VỤ", LINE | {"PARAGRAPH_MARK", "LEADING_MARKS", "LEAD_LABEL"}),
    ("IV NHIỆM VỤ", {"LEAD_LABEL"}),
    ("C. QUẢN LÝ", LINE | {"PARAGRAPH_MARK", "LEAD_LABEL"}),    # LEADING_MARKS: I, V, X only
    ("Điều 5. Hiệu lực thi hành", LINE | {"PARAGRAPH_MARK", "LEAD_LABEL"}),
    ("Điều 3 quy định", LINE | {"LEAD_LABEL"}),
    ("Khoản 2: Sở Nội vụ", {"LEAD_LABEL"}),
    ("Chương II", LINE),
    ("Mục 1. Chung", LINE | {"PARAGRAPH_MARK"}),
    ("Mục III thì kết luận", set()),             # a wrapped sentence citing a Mục
    ("Phần thứ nhất", LINE),
    ("PHẦN MỞ ĐẦU", LINE),
    ("Nơi nhận:", {"PDF_LINE_START"}),
    ("III.", {"BARE_LABEL", "LEADING_MARKS"}),
    ("a)", {"BARE_LABEL", "LEADING_MARKS", "ROW_ITEM_LABEL"}),
    ("4.", {"BARE_LABEL", "LEADING_MARKS", "ROW_ITEM_LABEL", "ITEM_LINE"}),
    ("0305. Tổng đàn gia súc", LINE),            # an indicator code opens a line, no item
    ("4. 2020", ITEM - {"SENTENCE_LABEL"} | {"PARAGRAPH_MARK"}),   # a figure opens no sentence
    ("100. Xã", ITEM - {"LEADING_MARKS", "ROW_ITEM_LABEL"} | {"PARAGRAPH_MARK"}),  # those: up to 99
    ("Sở Nội vụ", set()),
    ("* (Kèm theo Nghị quyết số 12)*", ITEM),   # emphasis in a cell: no cell item
    # a consolidated text's footnote mark glued to a point's letter before its first word (realworld61 778)
    ("c)30 Khi xác định quỹ tiền lương", LINE | {"ITEM_LINE", "LEADING_MARKS", "LEAD_LABEL", "ROW_ITEM_LABEL"}),
    ("c)30 km đường", {"LEADING_MARKS", "ROW_ITEM_LABEL"}),   # a figure after the letter opens no item
]


def _form(name: str) -> re.Pattern:
    form = getattr(labels, name)
    return re.compile(form) if isinstance(form, str) else form


@pytest.mark.parametrize(("line", "expected"), MATCHES, ids=[line for line, _ in MATCHES])
def test_which_forms_match(line, expected):
    assert {name for name in FORMS if _form(name).match(line)} == set(expected)


@pytest.mark.parametrize("bullet", BULLETS)
@pytest.mark.parametrize("name", ["PDF_LINE_START", "ITEM_LABEL", "LEADING_MARKS", "ROW_ITEM_LABEL", "LEAD_LABEL",
                                  "ITEM_LINE", "SENTENCE_LABEL"])
def test_item_forms_share_the_bullets(name, bullet):
    """One bullet set: a mark that opens an item for one step opens it for every step."""
    assert _form(name).match(f"{bullet} Sở Nội vụ chủ trì")
