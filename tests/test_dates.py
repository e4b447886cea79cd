"""Dates: one row per real-world spelling."""
from __future__ import annotations

import pytest

from vanban.pipeline.extract.dates import find_dates


def values(text: str) -> list[str]:
    return [d.value for d in find_dates(text)]


# (text as written, values found in order)
DATES = [
    ("ngày 01/11/2012", ["2012-11-01"]),
    ("Nghị quyết số 20-NQ/TW, ngày 01/11/2012 của Ban Chấp hành", ["2012-11-01"]),
    ("ngày, 10/01/2013", ["2013-01-10"]),
    ("ngày 1-11-2012", ["2012-11-01"]),
    # a day and month left blank to be filled in: the year is given (an annex's caption)
    ("(Kèm theo Quyết định số /QĐ-UBND ngày / /2025 của Chủ tịch UBND tỉnh)", ["2025"]),
    ("ngày……./…../2025", ["2025"]),
    ("Từ ngày.../.../20... đến ngày.../.../20...", []),
    ("Ngày 22-8-2022", ["2022-08-22"]),
    ("ngày 01.11.2012", ["2012-11-01"]),
    ("Hà Tĩnh, ngày 24 tháng11 năm 2025", ["2025-11-24"]),   # the space before the month lost
    ("Đà Nẵng, ngày 18 tháng 11năm 2025", ["2025-11-18"]),   # the space before the year lost
    ("có hiệu lực thi hành kể từ ngày 15 tháng 02.năm 2024.", ["2024-02-15"]),   # a stray dot (realworld24 535)
    ("ngày 16/3/2022", ["2022-03-16"]),
    ("ngày 18 tháng 6 năm 2013", ["2013-06-18"]),
    ("Hà Nội, ngày 01 tháng 12 năm 2025", ["2025-12-01"]),
    ("ngày 22\ntháng 11 năm 2025", ["2025-11-22"]),
    ("ngày 07\ntháng 11 năm 2025", ["2025-11-07"]),
    ("NGÀY 27 THÁNG 10 NĂM 2008", ["2008-10-27"]),
    ("ngày 18 tháng 6/2013", ["2013-06-18"]),
    ("ngày 01 tháng 01 năm 2009", ["2009-01-01"]),
    ("tháng 3/2022", ["2022-03"]),
    ("từ tháng 6/2022 đến nay", ["2022-06"]),
    ("đến tháng\n6/2027.", ["2027-06"]),
    ("tháng 3 năm 2022", ["2022-03"]),
    ("trong tháng\n12 năm 2025.", ["2025-12"]),
    ("tháng 12-2024", ["2024-12"]),
    ("năm 2012", ["2012"]),
    ("Từ năm 2012 đến nay đã tổ chức", ["2012"]),
    ("THÀNH UỶ NĂM 2025", ["2025"]),
    ("năm tài chính 2022.", ["2022"]),
    ("quý I/2023", ["2023-Q1"]),
    ("trong Quý I năm 2026.", ["2026-Q1"]),
    ("quý IV năm 2024", ["2024-Q4"]),
    ("quý 3/2021", ["2021-Q3"]),
    ("6 tháng đầu năm 2024", ["2024"]),
    ("10 tháng\nnăm 2025 của tỉnh", ["2025"]),
    ("02\ntháng cuối năm 2025 và những tháng đầu năm 2026", ["2025", "2026"]),
    ("giai đoạn 2016-2020", ["2016", "2020"]),
    ("nhiệm kỳ 2020 - 2025, đạt", ["2020", "2025"]),
    ("nhiệm kỳ 2021-2025 của tỉnh", ["2021", "2025"]),
    ("giai đoạn 2026 – 2030", ["2026", "2030"]),
    ("ngày 1–11–2012", ["2012-11-01"]),
    ("tháng 6 – 9/2022", ["2022-06", "2022-09"]),
    ("Nghị định số 63/2010/NĐ-CP ngày 08/6/20210", []),
    ("từ năm 2012 đến năm 2015", ["2012", "2015"]),
    ("Từ ngày 08 đến ngày 09 tháng 11 năm 2025 tại Thanh Hóa", ["2025-11-08", "2025-11-09"]),
    ("từ ngày 8-10/11/2025", ["2025-11-08", "2025-11-10"]),
    ("từ tháng 6 đến tháng 9 năm 2022", ["2022-06", "2022-09"]),
    ("từ ngày 01/01/2020 đến ngày 31/12/2020", ["2020-01-01", "2020-12-31"]),
    ("Ngày 6/8, Ban Thường vụ họp", ["--08-06"]),
    ("Sáng 21/3, tại Trung tâm Hội nghị tỉnh", ["--03-21"]),
    ("Thời gian thực hiện: Tháng 11, 12/2013 và bổ sung hàng năm", ["2013-11", "2013-12"]),
    ("tháng 11 và tháng 12 năm 2013", ["2013-11", "2013-12"]),
    ("ngày 5 và 6/8/2024", ["2024-08-05", "2024-08-06"]),
    ("theo khoản 3, 15/6/2013", ["2013-06-15"]),
    ("Chiều 5/8, Đoàn công tác làm việc", ["--08-05"]),
    ("Thứ 2 (11/11/2019)", ["2019-11-11"]),
    ("đến năm 2030 và các năm tiếp theo", ["2030"]),
    ("nhiệm kỳ 2021 - 2026 tiến hành Kỳ họp thứ 22", ["2021", "2026"]),
    ("ngày 30 tháng 4 năm 1975 trở về trước", ["1975-04-30"]),
    ("trước ngày 30/12/2025.", ["2025-12-30"]),
    ("năm 2025 nhiệm kỳ 2021-2025", ["2025", "2021", "2025"]),
    ("Báo cáo năm 2024 xếp thứ 05", ["2024"]),
    # a dash and a capitalised word after the year are a separator, not a code ("2015-QĐ")
    ("kết quả năm 2024 - Về công tác cán bộ", ["2024"]),
    ("kế hoạch năm 2025 – Tăng cường kỷ luật", ["2025"]),
    # years inside document numbers, codes, counts and labels are not dates
    ("Nghị định số 72/2020/NĐ-CP", []),
    ("Nghị quyết số 24/2022/UBTVQH15", []),
    ("Nghị quyết số 66.4/2025/NQ-CP", []),
    ("đại dịch covid 19", []),
    ("COVID-19", []),
    ("khóa XI", []),
    ("Hội nghị Trung ương 6", []),
    ("### 1. Tổ chức học tập", []),
    ("Điều 3. Hiệu lực thi hành", []),
    ("trên 118.750 người", []),
    ("giai đoạn 2 của Nhà máy", []),
    ("2.000.000 đồng", []),
    ("1.500 tỷ đồng", []),
    ("Số 695 + 696/Ngày", []),
    ("khoảng 2000 hộ dân", []),
    ("1234/QĐ-TTg", []),
    ("Quyết định số 2015 - QĐ/TW", []),
    ("theo văn bản 2019-UBND về việc", []),
    ("dưới 6 tháng được tính nửa (1/2) năm", []),
]


@pytest.mark.parametrize("text,expected", DATES)
def test_date_values(text, expected):
    assert values(text) == expected


PRECISION = [
    ("ngày 01/11/2012", "day"),
    ("tháng 3/2022", "month"),
    ("năm 2012", "year"),
    ("quý I/2023", "quarter"),
    ("Ngày 6/8", "monthday"),
]


@pytest.mark.parametrize("text,precision", PRECISION)
def test_precision(text, precision):
    assert find_dates(text)[0].precision == precision


@pytest.mark.parametrize("text,value", [
    ("ngày 31/02/2020", "2020-02-31"),
    ("ngày 29/02/2021", "2021-02-29"),
    ("ngày 31 tháng 4 năm 2019", "2019-04-31"),
])
def test_impossible_dates_are_kept_and_flagged(text, value):
    d = find_dates(text)[0]
    assert d.value == value and d.valid is False


def test_leap_day_is_valid():
    assert find_dates("ngày 29/02/2024")[0].valid is True


@pytest.mark.parametrize("text", [
    "giai đoạn 2016-2020",
    "giai đoạn 2026 – 2030",
    "Từ ngày 08 đến ngày 09 tháng 11 năm 2025",
    "từ ngày 01/01/2020 đến ngày 31/12/2020",
    "từ tháng 6 đến tháng 9 năm 2022",
])
def test_range_ends_share_a_range_id(text):
    ds = find_dates(text)
    assert len(ds) == 2 and ds[0].range_id is not None and ds[0].range_id == ds[1].range_id


@pytest.mark.parametrize("text", [
    "ngày 01/01/2020 và Kế hoạch ngày 05/02/2021",
    "Tháng 11, 12/2013",
    "ngày 5 và 6/8/2024",
])
def test_lists_and_separate_dates_are_not_a_range(text):
    ds = find_dates(text)
    assert len(ds) == 2 and [d.range_id for d in ds] == [None, None]


def test_spans_index_the_text():
    text = "Từ ngày 08 đến ngày 09 tháng 11 năm 2025, giai đoạn 2021 - 2025, quý I/2023."
    for d in find_dates(text):
        assert text[d.start:d.end] == d.text
    assert [d.text for d in find_dates(text)][:2] == ["ngày 08", "ngày 09 tháng 11 năm 2025"]


# A bare year before a counted noun is a count ("2021 hộ"); before a time word of
# models/dates.json it stays a year: (text, years found)
YEAR_OR_COUNT = [
    ("hỗ trợ 2021 hộ nghèo", []),
    ("có 2022 người tham gia", []),
    ("Kết quả 2021 đợt 2 của tỉnh", ["2021"]),
    ("kế hoạch 2022 khóa XIII", ["2022"]),
    ("giai đoạn 2021 tháng 6", ["2021", "2021-06"]),
]


@pytest.mark.parametrize("text,values", YEAR_OR_COUNT)
def test_a_year_before_a_time_word_stays_a_year(text, values):
    assert [d.value for d in find_dates(text)] == values


# the year of a standard's code is no date (realworld24 539); a year after a label's colon is
CODE_YEARS = [
    ("- TCVN 6296:2013\n- TCVN 7388-1,2,3:2013\n- ISO 9001:2015\n- TCVN 7312: 2003", []),
    ("Năm ban hành: 2013", ["2013"]),
]


@pytest.mark.parametrize("text,values", CODE_YEARS)
def test_the_year_of_a_standards_code_is_no_date(text, values):
    assert [d.value for d in find_dates(text)] == values


# a bare four-digit number in a statistics row, after the row's name and beside counts or shares, is a
# count (realworld32 592: TTHC per province, 13 of them read as years); a row of years under a label,
# or a year that opens a row, stays a year
TABLE_COUNTS = [
    ("|\n**STT**\n|\n**Địa phương**\n|\n**Tổng số**\n|\n|\n1.\n|\nTp Đà Nẵng\n|\n**2388**\n|\n1970\n|\n418\n|\n2388\n"
     "|\n100%\n|\n|\n2.\n|\nTp Huế\n|\n**2241**\n|\n2001\n|\n240\n|\n2241\n|\n100%\n|\n|\n", []),
    ("| 1 | Tp Huế | 2241 | 1897 | 344 | 100% |\n", []),
    # the same table once its lines of "|" are gone: a row's label line, then its figures
    ("Tổng số\nCấp tỉnh\n1. Tp Đà Nẵng\n2388\n1970\n418\n2388\n100%\n2. Tp Huế\n2241\n2001\n344\n2241\n100%\n", []),
    ("Chỉ tiêu\n2020\n2021\n2022\n", ["2020", "2021", "2022"]),
    # no share in the row: a plan's period beside its capacity, a task's year beside its bodies
    # (realworld31 581, realworld 251)
    ("|\n- ĐGNK Nam Trung bộ 1.4\n|\n500\n|\n2031\n|\n|\n|\n2\n|\n", ["2031"]),
    ("|\nSở Khoa học và Công nghệ\n|\nCơ quan, địa phương liên quan\n|\n2025\n|\n|\n|\n7\n|\n", ["2025"]),
    ("| Chỉ tiêu | 2020 | 2021 | 2022 |\n| Dân số | 1500 | 1600 | 30% |\n", ["2020", "2021", "2022"]),
    ("| 2 | 2020 | 125 | 30% |\n", ["2020"]),
    ("|\n1.\n|\nNăm\n|\n2024\n|\n|\n", ["2024"]),
]


@pytest.mark.parametrize("text,values", TABLE_COUNTS)
def test_a_count_in_a_statistics_row_is_no_year(text, values):
    assert [d.value for d in find_dates(text)] == values


# a table of months and years, one cell a line under a "Tháng | Năm" head: the month cell above a bare
# year dates it to the month (realworld58 768, retirement age by month and year of birth); without the
# head, or with a number that is no month, a bare year stays a year
MONTH_YEAR_CELLS = [
    ("Thời điểm sinh\nTháng  Năm \n \nTháng  Năm \n3 \n1969 \n56 tuổi \n3 tháng \n \n7 \n2025 \n10 \n1973\n",
     ["1969-03", "2025-07", "1973-10"]),
    ("Thời điểm\nTháng \nNăm \n12 \n2034\n", ["2034-12"]),
    ("Chỉ tiêu\n3\n2024\n", ["2024"]),
    ("Tháng  Năm\n13\n2024\n", ["2024"]),
]


# a gazette's page header whose year runs into a stray digit (realworld60 773): the date; elsewhere such a
# run is no date
GAZETTE_HEADERS = [
    ("CÔNG BÁO/Số 679 + 680/Ngày 24-4-20233 \n", ["2023-04-24"]),
    ("CÔNG BÁO/Số 679 + 680/Ngày 24-4-2023 \n21\n", ["2023-04-24"]),
    ("Mã hồ sơ 24-4-20233 \n", []),
]


@pytest.mark.parametrize("text,values", GAZETTE_HEADERS)
def test_a_gazette_headers_date_with_a_stray_digit(text, values):
    assert [d.value for d in find_dates(text)] == values


@pytest.mark.parametrize("text,values", MONTH_YEAR_CELLS)
def test_a_month_cell_above_a_year_cell_dates_it_to_the_month(text, values):
    assert [d.value for d in find_dates(text)] == values
