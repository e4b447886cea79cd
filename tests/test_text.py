"""The shared text keys (pipeline/text/): one row per spelling met in documents, with what each key
makes of it. The list-label grammar is tested in test_labels.py."""
from __future__ import annotations

import pytest

from vanban.pipeline.text import (
    caseless, code_key, loose_number_key, normalize_chars, number_key, phrase_key, place_tones,
    plain_chars, strip_marks, strip_tones, title_key, tone_key,
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
