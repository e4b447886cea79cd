"""Quantity classes fitted at stop 64 (issue 18): one table per class, each row written here in the style of the
documents where the class was seen (a fund's charter, a planning-database circular, realworld93 872 and 870), never
copied from them. The word lists behind them are data in ``models/units.json``."""
from __future__ import annotations

import pytest

from vanban.pipeline.extract.quantities import find_quantities


def _found(text: str) -> list[tuple[str, float, str | None]]:
    return [(q.text, q.value, q.unit) for q in find_quantities(text)]


# --- an amount in words in brackets after its figure restates it --------------------------------------------------

@pytest.mark.parametrize("text,found", [
    ("Vốn điều lệ của Quỹ là 50.000.000.000 đồng (Năm mươi tỷ đồng).",
     [("50.000.000.000 đồng", 50e9, "đồng")]),
    ("Mức ký quỹ là 200.000.000 đồng (hai trăm triệu đồng) cho mỗi hợp đồng.",
     [("200.000.000 đồng", 2e8, "đồng")]),
    ("Lệ phí là 150.000 đồng (một trăm năm mươi nghìn đồng)/hồ sơ.",
     [("150.000 đồng", 150000.0, "đồng")]),
    # words that say another amount stay a quantity of their own
    ("Quỹ được cấp 50.000.000.000 đồng (trong đó hai tỷ đồng từ ngân sách tỉnh).",
     [("50.000.000.000 đồng", 50e9, "đồng"), ("hai tỷ đồng", 2.0, "tỷ đồng")]),
    # and a number in words before its figure keeps the words, as before
    ("Được hơn năm mươi phần trăm (50%) tổng số thành viên tán thành.",
     [("hơn năm mươi phần trăm", 50.0, "phần trăm")]),
])
def test_an_amount_in_words_after_its_figure_is_one_quantity(text, found):
    assert _found(text) == found


# --- "lần lượt" (in turn) opens with the unit "lần" but is none ---------------------------------------------------

@pytest.mark.parametrize("text,found", [
    ("Hai chữ số tiếp theo đánh số bắt đầu từ 01 lần lượt theo thứ tự của tên đối tượng.", [("Hai chữ số", 2.0, "chữ số")]),
    ("Các đơn vị báo cáo 02 lần lượt theo quý và năm.", []),
    ("Kiểm tra định kỳ 02 lần mỗi năm.", [("02 lần", 2.0, "lần")]),
])
def test_lan_luot_is_no_count_of_times(text, found):
    assert _found(text) == found
