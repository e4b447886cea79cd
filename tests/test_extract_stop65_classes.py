"""Quantity and date classes fitted at stop 65 (issue 18): one table per class, each row written here in the style of
the document where the class was seen (a finance circular's rates for a national programme, realworld95 876), never
copied from it. The word lists behind them are data in ``models/units.json``."""
from __future__ import annotations

import pytest

from vanban.pipeline.extract.dates import find_dates
from vanban.pipeline.extract.quantities import find_quantities


def _found(text: str) -> list[tuple[str, float, str | None]]:
    return [(q.text, q.value, q.unit) for q in find_quantities(text)]


# --- a decimal restated in words between its figure and its unit ------------------------------------------------------

@pytest.mark.parametrize("text,found", [
    ("Mức thù lao hằng tháng không quá 0,6 (không phẩy sáu) lần mức lương cơ sở.",
     [("không quá 0,6 (không phẩy sáu) lần", 0.6, "lần")]),
    ("Hệ số phụ cấp là 1,5 (một phẩy năm) lần mức lương cơ sở.",
     [("1,5 (một phẩy năm) lần", 1.5, "lần")]),
    # a whole number restated so reads as before
    ("Trong thời hạn 03 (ba) ngày làm việc.", [("03 (ba) ngày làm việc", 3.0, "ngày làm việc")]),
])
def test_a_decimal_restated_in_words_keeps_its_unit(text, found):
    assert _found(text) == found


# --- a year-like count of workers is a count, no year ------------------------------------------------------------------

@pytest.mark.parametrize("text,value", [
    ("Hỗ trợ doanh nghiệp có từ 2000 công nhân lao động trở lên.", 2000.0),
    ("Khu công nghiệp có 1500 công nhân.", 1500.0),
])
def test_a_count_of_workers_is_no_year(text, value):
    assert [q[1] for q in _found(text)] == [value]
    assert not find_dates(text)
