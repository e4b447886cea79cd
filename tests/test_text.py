"""The shared text keys and the list-label grammar (pipeline/text/): one row per spelling met in
documents, with what each key makes of it."""
from __future__ import annotations

import re

import pytest

from vanban.pipeline.text import (
    caseless, code_key, loose_number_key, normalize_chars, number_key, phrase_key, place_tones,
    plain_chars, strip_marks, strip_tones, title_key, tone_key,
)
from vanban.pipeline.text.labels import (
    BARE_LABEL, ITEM_LABEL, ITEM_LINE, LEAD_LABEL, LEADING_MARKS, LINE_START, PARAGRAPH_MARK, PDF_LINE_START,
    ROW_ITEM_LABEL, SENTENCE_LABEL, list_label,
)

# (key, written, expected)
KEYS = [
    (plain_chars, "Thanh Hoá – “thuỷ lợi”", 'Thanh Hoá - "thuỷ lợi"'),
    (place_tones, "Thanh Hoá, Thuỷ lợi, hoàng, quý, khoẻ", "Thanh Hóa, Thủy lợi, hoàng, quý, khỏe"),
    (normalize_chars, "Uỷ  ban – “Khánh Hoà”", 'Ủy ban - "Khánh Hòa"'),
    (strip_marks, "Giải pháp thu hút nhân lực, Đảng bộ", "Giai phap thu hut nhan luc, Dang bo"),
    (strip_tones, "TỔ CHỨC THỰC HIỆN", "TÔ CHƯC THƯC HIÊN"),
    (caseless, "  Tổ chức   THỰC hiện ", "tổ chức thực hiện"),
    (phrase_key, "UỶ  BAN nhân dân tỉnh Thanh Hoá", "ủy ban nhân dân tỉnh thanh hóa"),
    (code_key, "QĐ-TTg", "QD-TTG"),
    (code_key, "Nđ-cp", "ND-CP"),
    (number_key, "20-nq / tw", "20-NQTW"),
    (number_key, "08/2014/NĐ-CP", "082014ND-CP"),
    (loose_number_key, "20/NQ-TW", "20nqtw"),
    (loose_number_key, "  ", ""),
    (title_key, "Về việc “Tăng cường công tác cán bộ”.", "tăng cường công tác cán bộ"),
]


@pytest.mark.parametrize(("key", "written", "expected"), KEYS, ids=[f"{k.__name__}:{w}" for k, w, _ in KEYS])
def test_text_keys(key, written, expected):
    assert key(written) == expected


@pytest.mark.parametrize(("a", "b", "same"), [
    ("UỶ BAN", "ủy  ban", True),       # case, blanks and where the tone sits
    ("Phòng", "Phong", False),          # a tone is a letter of its own
    ("hoà bình", "Hòa Bình", True),
])
def test_tone_key_ignores_tone_placement_only(a, b, same):
    assert (tone_key(a) == tone_key(b)) is same


def test_length_keeping_keys_keep_spans():
    text = "Thanh Hoá – “thuỷ lợi”, Đảng bộ"
    for key in (plain_chars, place_tones, strip_marks):
        assert len(key(text)) == len(text)


# (line, kind, label) of the numbering mark a line opens with; None: no mark
LABELS = [
    ("Phần thứ nhất: TÌNH HÌNH", "part", "thứ nhất"),
    ("A. ĐÁNH GIÁ KẾT QUẢ", "block", "A"),
    ("Chương II. TỔ CHỨC THỰC HIỆN", "chapter", "II"),
    ("Mục 2. Trách nhiệm", "subchapter", "2"),
    ("Điều 5. Hiệu lực thi hành", "article", "5"),
    ("IV. NHIỆM VỤ, GIẢI PHÁP", "roman", "IV"),
    ("2.1. Về kinh tế", "arabic", "2.1"),
    ("(3) Đẩy mạnh cải cách", "paren", "3"),
    ("b) Hạ tầng giao thông", "letter", "b"),
    ("- Sở Nội vụ chủ trì", "bullet", "-"),
    ("+ Tuyên truyền", "bullet", "+"),
    ("2. 100% các xã", "arabic", "2"),   # a target is an item
    ("1. 2020", None, None),              # a figure, no item
    ("2. 500.000 đồng", None, None),
    ("XL. Hà Nội", None, None),           # not a Roman numeral up to 39
    ("Hà Nội", None, None),
]


@pytest.mark.parametrize(("line", "kind", "label"), LABELS)
def test_list_label(line, kind, label):
    got = list_label(line)
    assert (got.kind, got.label) == (kind, label) if kind else got is None


# (pattern, text, matches): where the forms the steps look for agree and where they differ
FORMS = [
    (LINE_START, "- Sở Nội vụ", True), (LINE_START, "Điều 3 quy định", True), (LINE_START, "– Sở Nội vụ", False),
    (PDF_LINE_START, "– Sở Nội vụ", True), (PDF_LINE_START, "Nơi nhận:", True), (LINE_START, "Nơi nhận:", False),
    (BARE_LABEL, "III.", True), (BARE_LABEL, "a)", True), (BARE_LABEL, "3. Nội dung", False),
    (PARAGRAPH_MARK, "Điều 5. Hiệu lực", True), (PARAGRAPH_MARK, "a) Hạ tầng", False),
    (ITEM_LABEL, "(2) Các sở", True), (ITEM_LABEL, "IV. NHIỆM VỤ", False),
    (LEADING_MARKS, "- a) Sở Nội vụ", True), (LEADING_MARKS, "Sở Nội vụ", False),
    (re.compile(ROW_ITEM_LABEL), "17. Số xã", True), (re.compile(ROW_ITEM_LABEL), "IV. Số xã", False),
    (LEAD_LABEL, "Khoản 2: Sở Nội vụ", True), (LEAD_LABEL, "IV NHIỆM VỤ", True), (ITEM_LABEL, "IV NHIỆM VỤ", False),
    (ITEM_LINE, "(a) Sở", True), (ITEM_LINE, "Sở Nội vụ", False),
    (SENTENCE_LABEL, "4. Các tỉnh ủy", True), (SENTENCE_LABEL, "4. 2020", False),
]


@pytest.mark.parametrize(("pattern", "text", "matches"), FORMS)
def test_label_forms(pattern, text, matches):
    assert bool(pattern.match(text)) is matches
