"""Date classes fitted at stop 58 (issue 18): a report form's period and deadline with no year, written in the style
of a ministry's statistical reporting regime (realworld82 839), never copied from it."""
from __future__ import annotations

import pytest

from vanban.pipeline.extract.dates import find_dates

YEARLESS = [
    # a form's header: the period its figures cover, and the day it is received
    ("Kỳ báo cáo: năm 202.....\n(Từ 01/1 đến 31/12)\n", ["--01-01", "--12-31"]),
    ("Số liệu tính từ 01/10 đến 30/9 của năm báo cáo.", ["--10-01", "--09-30"]),
    ("Ngày nhận báo cáo:\n 15/1 năm sau\n", ["--01-15"]),
]


@pytest.mark.parametrize("text,values", YEARLESS)
def test_a_reports_period_and_deadline_with_no_year_are_dates(text, values):
    assert [d.value for d in find_dates(text)] == values


NOT_DATES = [
    "Có ít nhất 2/3 số thành viên tham dự.",
    "Tỷ lệ 1/2 năm sau được tính lại.",    # a share of a year, not a day: its day in one digit
    "Cột 5 = 4/3 của cột 6.",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_a_fraction_is_no_date(text):
    assert find_dates(text) == []
