"""Dates by class, as the real-document corpus writes them (tests/realworld/): one row per
spelling, the text written here in the style of such documents, with the values the shared gold
convention gives (``/work/shared/corpus/README.md``: "--MM-DD" when no year is written; a month
alone takes the year the text speaks of)."""
from __future__ import annotations

import pytest

from vanban.pipeline.extract.dates import find_dates


def values(text: str) -> list[str]:
    return [d.value for d in find_dates(text)]


DATED = [
    # months listed with "hoặc" take the year the text speaks of
    ("Năm 2025, trong tháng 3 hoặc tháng 4, Sở tổ chức hội nghị.", ["2025", "2025-03", "2025-04"]),
    # a month written as a word before its year
    ("kế thừa truyền thống Cách mạng tháng Tám năm 1945 của dân tộc", ["1945-08"]),
    ("Tết Nguyên đán vào tháng Giêng năm 2026, tổng kết vào tháng Mười hai năm 2026.", ["2026-01", "2026-12"]),
    # a period's two ends with no year after "ngày" (realworld69 801); a fraction's pair is none
    ("Năm báo cáo: Số liệu thực hiện từ ngày 01/01 - 31/3 năm báo cáo.", ["--01-01", "--03-31"]),
    ("tỷ lệ từ 1/2 - 3/4 số hộ", []),
    # a yearly deadline's day and month after "trước", the year left to "hằng năm" (realworld68 799)
    ("Hồ sơ đề nghị tặng kỷ niệm chương gửi trước 30/9 hằng năm.", ["--09-30"]),
    # ... and a day before such a month: one date of that day
    ("Huân chương kháng chiến của Cách mạng 19 tháng Tám năm 1945 và ngày 2 tháng Chín năm 1945",
     ["1945-08-19", "1945-09-02"]),
    # a word glued to the year by a PDF's lost space ends the date
    ("Căn cứ Nghị định số 14/2017/NĐ-CP ngày 17 tháng 02 năm 2017của Chính phủ;", ["2017-02-17"]),
    # the time of a digital signature, and the gazette page header
    ("Ký bởi: CÔNG BÁO\nNgày ký: 2026-04-14 17:02:10 +07:00", ["2026-04-14"]),
    ("Thời gian ký: 17.02.2022 16:35:27 +07:00", ["2022-02-17"]),
    ("CÔNG BÁO/Số 271/Ngày 12-05-2026 86", ["2026-05-12"]),
    ("8 CÔNG BÁO/Số 695 + 696/Ngày 22-8-2022", ["2022-08-22"]),
    # a quarter in the older spelling "quí" (models/dates.json quarter_words)
    ("Hoàn thành trong Quí IV-2025; sơ kết vào quí 3/2026 và Quí I năm 2027.",
     ["2025-Q4", "2026-Q3", "2027-Q1"]),
    # a month with no year takes the year of its paragraph ...
    ("Đến ngày 20/11/2025, mưa lũ kéo dài suốt tháng 10 và những ngày đầu tháng 11 đã gây ngập sâu.",
     ["2025-11-20", "2025-10", "2025-11"]),
    ("Trong năm 2026, nhất là các tháng cao điểm nắng nóng (tháng 4, 5, 6, 7), phải tiết kiệm điện.",
     ["2026", "2026-04", "2026-05", "2026-06", "2026-07"]),
    ("Thời gian lấy mẫu: vào tháng 5 và tháng 9 năm 2027; số mẫu 40 mẫu/năm.", ["2027-05", "2027-09"]),
    # ... or of the one that follows it in its sentence
    ("Báo cáo kết quả công tác tháng 02 và chương trình công tác tháng 03 năm 2011",
     ["2011-02", "2011-03"]),
    # ... or of the text before it; dates of cited documents and years compared with do not count
    ("Kế hoạch năm 2024.\nCăn cứ Nghị định số 15/2019/NĐ-CP ngày 01/02/2019 của Chính phủ;\n"
     "Trong tháng 3, các sở rà soát hồ sơ.", ["2024", "2019-02-01", "2024-03"]),
    ("Kết quả năm 2026.\nChỉ số sản xuất tháng 4 tăng 9,9% so với cùng kỳ năm 2025.",
     ["2026", "2026-04", "2025"]),
    ("Kế hoạch năm 2025, giai đoạn 2021 - 2030.\nTừ tháng 6 đến tháng 9 kiểm tra các cơ sở.",
     ["2025", "2021", "2030", "2025-06", "2025-09"]),
    # a month no year can be given to is left out
    ("Trong tháng 4, các đơn vị báo cáo.", []),
    # a day and month that come back each year
    ("tặng quà nhân ngày Thương binh liệt sĩ 27 tháng 7 và Quốc khánh 2 tháng 9", ["--07-27", "--09-02"]),
    ("trước ngày 15 tháng 12 hằng năm", ["--12-15"]),
    # the start of a range takes the year of its end
    ("cứu đói giáp hạt từ 01/3 đến hết ngày 10/3/2010.", ["2010-03-01", "2010-03-10"]),
    ("tiếp dân từ ngày 16/01 đến ngày 15/02/2010", ["2010-01-16", "2010-02-15"]),
    # "năm" glued to its year where the space was lost (realworld46 699)
    ("Nhà tù Côn Đảo: Từ năm1966 - 1973", ["1966", "1973"]),
    ("Cách mạng tháng 8/1945", ["1945-08"]),
    # a tariff table's row of years whose last two the text layer glued (realworld71 808); eight digits
    # elsewhere are no years
    ("Mã hàng\nMô tả hàng hóa\nThuế suất (%)\n2022 2023 2024 2025 20262027\nChương 1",
     ["2022", "2023", "2024", "2025", "2026", "2027"]),
    ("Mã số thuế 20262027 của doanh nghiệp", []),
    # a range's or a size's figure in an equipment list is no year (realworld73 812)
    ("Chiều dài:\n(500 ÷ 2000) mm", []),
    ("Kích thước buồng phun: (1500 x 2000) mm; sản xuất năm 2020", ["2020"]),
    # a period written as two dates joined by a hyphen, a form's example (realworld73 813)
    ("Năm tài chính … (ghi rõ năm tài chính, ví dụ: 01/01/2026-31/12/2026)", ["2026-01-01", "2026-12-31"]),
    # a report form's deadlines in a year written as a letter, "N" and "(N+1)" (realworld81 836)
    ("Thời gian báo cáo:\nSơ bộ: 20/6 năm N\nChính thức: 31/7 năm N\n- Năm: Chính thức: 31/3 năm sau \n(N+1)",
     ["--06-20", "--07-31", "--03-31"]),
    ("Ngày nhận báo cáo: ngày 15/7 năm N; sơ bộ ngày 20/02 năm sau (N+1)", ["--07-15", "--02-20"]),
    ("Sơ bộ ngày 25/12/năm N\nChính thức ngày 31/3/năm N+1", ["--12-25", "--03-31"]),
    # ... but a fraction of a year is none
    ("giảm 1/3 năm nay so với năm trước", []),
]

NOT_A_MONTH = [
    "Năm 2026: tần suất 02 lần/tháng\n08 tháng\n(thời gian quan trắc như trên)",   # a duration
    "Năm 2026: báo cáo vào tháng 12 hằng năm.",
    "Năm 2026: tuyên truyền định kỳ (tháng 01 và tháng 6 hàng năm).",
    "Năm 2026: thời gian thực hiện từ tháng 3 đến tháng 11 hằng năm.",
    "Năm 2026: báo cáo trước ngày 17 các tháng 3, 6, 9.",
    "Năm 2026: kiểm tra mỗi tháng 2 lần.",
    "Năm 2026.\nĐiều 3. Chế độ trợ cấp hằng tháng\n1. Thanh niên xung phong",
    "Năm 2026: so với tháng 12 năm trước.",
    "Năm 2026: Rằm tháng 8 âm lịch.",
    "Năm 2026: lễ hội tổ chức vào tháng 3 dương lịch.",
    "Năm 2026: tổng kết vào tháng 12 mỗi năm.",
    "Năm 2026: khai giảng vào tháng 9 năm học mới.",
    "Năm 2026: so với tháng 6 năm ngoái và tháng 12 năm kia.",
    "Năm 2026: trả lương từng tháng 1 lần.",
    # months relative to another time, listed with "hoặc" (realworld34 606)
    "Năm 2026: lãi suất bình quân tính từ ngày đầu tiên của tháng 3, tháng 6, tháng 9 hoặc tháng 12 gần nhất.",
    # an event named by its month, wrapped in a table's cell (realworld46 699)
    "Năm 2026: nhà tù hoạt động đến Cách\nmạng Tháng 8",
]


@pytest.mark.parametrize("text, expected", DATED)
def test_date_class_values(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text", NOT_A_MONTH)
def test_what_is_no_dated_month(text):
    assert values(text) == ["2026"]


def _date_words(key: str) -> list[str]:
    from vanban.pipeline.resources import load_json
    return load_json("dates.json")[key]


# the word lists of models/dates.json, one row per word: each keeps a month undated (with a word
# not in the list, "zzz", each row gives the months a year)
@pytest.mark.parametrize("text", [f"Năm 2026: thi đua từ tháng 6 đến tháng 12 năm {w}." for w in _date_words("relative_year_after")]
                         + [f"Năm 2026: họp vào tháng 12 {w} năm." for w in _date_words("recurrence_before_year")]
                         + [f"Năm 2026: Rằm tháng 8 {w} lịch." for w in _date_words("calendars")]
                         + [f"Năm 2026: họp {w} tháng 3, 6, 9." for w in _date_words("every_month_before")]
                         + [f"Năm 2026: tính từ tháng 6 hoặc tháng 12 {w}." for w in _date_words("relative_month_after")])
def test_each_listed_word_keeps_a_month_undated(text):
    assert values(text) == ["2026"]


@pytest.mark.parametrize(("text", "mention"), [(f"Giao dự toán năm {w} 2026.", f"năm {w} 2026")
                                               for w in _date_words("year_kinds")])
def test_year_kinds_belong_to_the_year(text, mention):
    assert [(d.text, d.value) for d in find_dates(text)] == [(mention, "2026")]


def test_a_range_start_shares_its_ends_range_id():
    first, last = find_dates("từ 01/3 đến hết ngày 10/3/2010")
    assert first.range_id is not None and first.range_id == last.range_id
    assert first.precision == last.precision == "day"


def test_month_list_spans_index_the_text():
    text = "Trong năm 2026 (tháng 4, 5, 6, 7) và tháng 4 và tháng 8 năm 2026."
    for d in find_dates(text):
        assert text[d.start:d.end] == d.text
    assert [d.text for d in find_dates(text)][1:5] == ["tháng 4", "5", "6", "7"]
