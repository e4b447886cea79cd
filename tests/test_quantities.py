"""Quantities: one row per real-world spelling."""
from __future__ import annotations

import pytest

from vanban.pipeline.extract.quantities import find_quantities


def triples(text: str) -> list[tuple[float, float | None, str | None]]:
    return [(q.value, q.value_max, q.unit) for q in find_quantities(text)]


# (text as written, [(value, value_max, unit)])
QUANTITIES = [
    ("đã tổ chức trên 500 lớp tập huấn", [(500, None, "lớp tập huấn")]),
    ("với trên 40.000 lượt người được hướng dẫn", [(40000, None, "lượt người")]),
    ("dân số là trên 118.750 người.", [(118750, None, "người")]),
    ("công suất 7-8 tấn/mẻ quả tươi", [(7, 8, "tấn/mẻ")]),
    ("tỷ lệ đạt 95,5%", [(95.5, None, "%")]),
    ("tăng 12% so với cùng kỳ", [(12, None, "%")]),
    ("tăng 15,55%, cao hơn", [(15.55, None, "%")]),
    ("1.250 tỷ đồng", [(1250, None, "tỷ đồng")]),
    ("khoảng 1.155 tỷ đồng từ kết dư", [(1155, None, "tỷ đồng")]),
    ("3 lĩnh vực ưu tiên", [(3, None, "lĩnh vực")]),
    ("Huyện có 14 đơn vị hành chính gồm 1 thị trấn và 13 xã",
     [(14, None, "đơn vị hành chính"), (1, None, "thị trấn"), (13, None, "xã")]),
    ("Tổng kết 10 năm thực hiện", [(10, None, "năm")]),
    ("CÓ DƯỚI 20 NĂM CÔNG TÁC", [(20, None, "năm")]),
    ("MƯỜI TÁM TUỔI", [(18, None, "tuổi")]),
    ("Hai năm qua", [(2, None, "năm")]),
    ("trợ cấp 600.000 đồng/người/tháng", [(600000, None, "đồng/người/tháng")]),
    ("mức trợ cấp bằng 2.000.000 đồng;", [(2000000, None, "đồng")]),
    ("bằng 03 tháng trợ cấp", [(3, None, "tháng")]),
    ("hiệu lực thi hành sau 15 ngày", [(15, None, "ngày")]),
    ("nhận được 16 tham luận của", [(16, None, "tham luận")]),
    ("trong đó 8 đồng chí phát biểu", [(8, None, "đồng chí")]),
    ("đến nay 100% các văn phòng", [(100, None, "%")]),
    ("thuộc nhóm 10 địa\nphương có số thu cao", [(10, None, "địa phương")]),
    ("trung bình 64\nngười/xã", [(64, None, "người/xã")]),
    ("phủ sóng 19 thôn, bản", [(19, None, "thôn, bản")]),
    ("chính quyền địa phương 02 cấp", [(2, None, "cấp")]),
    ("đã hoàn thành 56/93 nhiệm vụ", [(56, None, "nhiệm vụ"), (93, None, "nhiệm vụ")]),
    ("nâng cấp (2,5 - 5,5 tỷ đồng/xã, phường)", [(2.5, 5.5, "tỷ đồng/xã, phường")]),
    ("từ 2 lên 3\nphó trưởng phòng", [(2, None, "phó trưởng phòng"), (3, None, "phó trưởng phòng")]),
    ("diện tích 1.200 ha", [(1200, None, "ha")]),
    ("sản lượng 3,2 triệu tấn", [(3.2, None, "triệu tấn")]),
    ("thu hút 1,5 triệu lượt khách", [(1.5, None, "triệu lượt khách")]),
    ("250 hộ nghèo", [(250, None, "hộ nghèo")]),
    ("12 doanh nghiệp", [(12, None, "doanh nghiệp")]),
    ("đạt 18/19 tiêu chí", [(18, None, "tiêu chí"), (19, None, "tiêu chí")]),
    ("30 km đường giao thông", [(30, None, "km")]),
    ("kéo dài 2 giờ", [(2, None, "giờ")]),
    ("mười tám tuổi", [(18, None, "tuổi")]),
    ("đủ 18 tuổi", [(18, None, "tuổi")]),
    ("trong hai năm", [(2, None, "năm")]),
    ("mười lăm ngày", [(15, None, "ngày")]),
    ("một trăm người", [(100, None, "người")]),
    ("ba lĩnh vực", [(3, None, "lĩnh vực")]),
    ("hai mươi mốt xã", [(21, None, "xã")]),
    ("hai (02) năm", [(2, None, "năm")]),
    ("dưới 6 tháng được tính nửa (1/2) năm.", [(6, None, "tháng"), (0.5, None, "năm")]),
    ("hai phần ba số đại biểu", [(2 / 3, None, None)]),
    ("gấp 3 lần", [(3, None, "lần")]),
    ("khoảng 500 triệu đồng", [(500, None, "triệu đồng")]),
    ("5.000 USD", [(5000, None, "USD")]),
    ("xuất khẩu tăng 18,3% (bình quân cả nước tăng\n16,2%)", [(18.3, None, "%"), (16.2, None, "%")]),
    ("Tăng trưởng kinh tế 9 tháng của Tỉnh ước đạt 8,19%,", [(9, None, "tháng"), (8.19, None, "%")]),
    ("Tham dự kỳ họp có 50/53 đại biểu HĐND tỉnh.", [(50, None, "đại biểu"), (53, None, "đại biểu")]),
    ("Phạt tiền từ 8.000.000 đồng đến 10.000.000 đồng", [(8000000, None, "đồng"), (10000000, None, "đồng")]),
    ("vượt quá 0,4 miligam/1 lít khí thở", [(0.4, None, "miligam")]),
    ("thành nhóm từ 02 xe trở lên", [(2, None, "xe")]),
    # compound amounts are one amount in the larger scale; a comma keeps two amounts apart
    ("tổng kinh phí 1 tỷ 500 triệu đồng từ ngân sách", [(1.5, None, "tỷ đồng")]),
    ("hỗ trợ 2 triệu 500 nghìn đồng/người", [(2.5, None, "triệu đồng/người")]),
    ("khoảng 3 tỷ 250 triệu", [(3.25, None, "tỷ")]),
    ("đạt 12 tỷ đồng, 300 triệu đồng cho xã", [(12, None, "tỷ đồng"), (300, None, "triệu đồng")]),
    ("Kinh phí: 1,2 tỷ đồng; 350 triệu đồng; 45.000 m2",
     [(1.2, None, "tỷ đồng"), (350, None, "triệu đồng"), (45000, None, "m2")]),
    ("kết nạp 1.250 đảng viên mới, đạt 104% chỉ tiêu", [(1250, None, "đảng viên"), (104, None, "%")]),
    ("hoàn thành nhiệm vụ 100%", [(100, None, "%")]),
    ("triển khai đề án, kế hoạch 5 năm và hàng năm", [(5, None, "năm")]),
    ("có 3/4 số hộ dùng nước sạch", [(0.75, None, "số hộ")]),
    ("khoảng 2/3 diện tích được tưới", [(2 / 3, None, "diện tích")]),
    ("17/17 xã đạt chuẩn nông thôn mới", [(17, None, "xã"), (17, None, "xã")]),
    ("bồi dưỡng cho 1.120 học viên.", [(1120, None, "học viên")]),
    ("gấp 1,8 lần giai đoạn trước", [(1.8, None, "lần")]),
    ("đạt 45,6 triệu đồng/người/năm", [(45.6, None, "triệu đồng/người/năm")]),
    ("giảm từ 10.035 xuống 3.321 đơn vị", [(10035, None, "đơn vị"), (3321, None, "đơn vị")]),
    # a label word ("phòng", "khoản", "mục") before money or before "<word>: <number> <unit>"
    # is part of a budget line, not a label
    ("+ Chi thường xuyên dự phòng: 12.475 triệu đồng;", [(12475, None, "triệu đồng")]),
    ("- Chi dự phòng ngân sách cấp huyện dự phòng 4.120 triệu đồng", [(4120, None, "triệu đồng")]),
    ("Nhiệm vụ chi quốc phòng: 2,35 tỷ đồng", [(2.35, None, "tỷ đồng")]),
    ("các khoản 150 triệu đồng còn lại", [(150, None, "triệu đồng")]),
    ("Tổ: 12 người", [(12, None, "người")]),
    ("làm việc tại phòng 204 tầng 2", []),
    ("Phòng: 305", []),
    # a unit glued to the number
    ("san lấp khoảng 120ha mặt bằng", [(120, None, "ha")]),
    ("tuyến đường dài 12,5km, rộng 7m", [(12.5, None, "km"), (7, None, "m")]),
    ("công suất 50MW điện mặt trời", [(50, None, "MW")]),
    ("UltraPure Distilled Water 100µl, ống 40mL", [(100, None, "µl"), (40, None, "mL")]),
    # a count of documents: the type word is the counted noun ("quyết" alone is no unit)
    ("Sở đã tham mưu ban hành 27 quyết định công nhận xã đạt chuẩn", [(27, None, "quyết định")]),
    ("rà soát 12 nghị quyết và 08 kế hoạch", [(12, None, "nghị quyết"), (8, None, "kế hoạch")]),
    # a zero-padded count before a capitalised body ("02 Tổ công tác", "03 Đoàn kiểm tra")
    ("Ủy ban đã thành lập 02 Tổ công tác liên ngành", [(2, None, "Tổ công tác")]),
    ("cử 04 Đoàn kiểm tra đến các huyện", [(4, None, "Đoàn kiểm tra")]),
    # a count whose noun comes first: "Số <noun> ...: N", "Tổng số <noun> ... N" at a row's end
    ("- Tổng số hộ được hỗ trợ nhà ở: 1.245.", [(1245, None, "hộ")]),
    ("- Số trường học đạt chuẩn quốc gia: 37;", [(37, None, "trường học")]),
    ("5. | Số xã đạt chuẩn nông thôn mới nâng cao 45", [(45, None, "xã")]),
    # a capital opening the sentence or item is no name before the number
    ("Số liệu tổng hợp.\nĐã ban hành 14 quyết định thu hồi đất", [(14, None, "quyết định")]),
    ("(2) Ban hành 06 chỉ thị về phòng, chống thiên tai", [(6, None, "chỉ thị")]),
    ("- Số nhà ở xã hội hoàn thành: 120.", [(120, None, "nhà")]),
    ("theo khoản 3 Điều 5 năm 2020", []),
    # a power of ten whose exponent lost its superscript in a PDF's text layer (5×10³ Gy), and the physical
    # units of technical lists (realworld33 595, a list of dual-use goods); a zero exponent is a product
    ("mức liều vượt quá 5 x 103 Gy (silicon) trở lên", [(5000, None, "Gy")]),
    ("độ nhạy thấp hơn 1×10-4 nT trên căn bậc hai của Hz", [(0.0001, None, "nT")]),
    ("thông lượng nơtron 5 x 1013 n/cm2", [(5e13, None, "n/cm2")]),
    ("hoạt độ vượt quá 1.48 x 103 GBq (40 Ci)", [(1480, None, "GBq"), (40, None, "Ci")]),
    ("góc vượt quá 20° so với phương thẳng đứng", [(20, None, "°")]),
    ("tốc độ xử lý từ 5 GFLOPS trở lên", [(5, None, "GFLOPS")]),
    ("gồm 2 x 100 m đường chạy", [(100, None, "m")]),
    ("11 Pa lăng điện, tời điện", []),   # a row's number and a hoist (realworld24 539): no pascal
]


@pytest.mark.parametrize("text,expected", QUANTITIES)
def test_quantities(text, expected):
    got = triples(text)
    assert [(round(v, 4), vm, u) for v, vm, u in got] == [(round(v, 4), vm, u) for v, vm, u in expected]


QUALIFIERS = [
    ("trên 500 lớp tập huấn", "trên"),
    ("dưới 20 năm công tác", "dưới"),
    ("khoảng 1.500 tỷ đồng", "khoảng"),
    ("ước đạt 8,19%", "ước đạt"),
    ("tăng 12% so với cùng kỳ", "tăng"),
    ("gần 300 hộ", "gần"),
    ("hơn 2.000 người", "hơn"),
    ("ít nhất 3 năm", "ít nhất"),
    ("118.750 người", None),
]


@pytest.mark.parametrize("text,qualifier", QUALIFIERS)
def test_qualifier(text, qualifier):
    assert find_quantities(text)[0].qualifier == qualifier


KINDS = [
    ("đạt 95,5%", "percent"),
    ("1.250 tỷ đồng", "money"),
    ("10 năm", "duration"),
    ("mười tám tuổi", "age"),
    ("hai phần ba số đại biểu", "fraction"),
    ("3/4 số hộ", "fraction"),
    ("13 xã", "count"),
]


@pytest.mark.parametrize("text,kind", KINDS)
def test_kind(text, kind):
    assert find_quantities(text)[0].kind == kind


# numbers that are not quantities
NOT_QUANTITIES = [
    "Nghị quyết số 20-NQ/TW, ngày 01/11/2012",
    "Nghị định số 72/2020/NĐ-CP",
    "dịch bệnh covid 19; thiên tai",
    "Nghị quyết Hội nghị Trung ương 6 khóa XI",
    "Ban Chấp hành khóa 12",
    "Đại hội lần thứ 2",
    "năm 2024 xếp thứ 05 cả\nnước",
    "cơ sở dữ liệu đảng viên 3.0, hệ thống",
    "đến quốc lộ 6 và đường cao tốc\nCT.03 tỉnh Phú Thọ",
    "mở rộng dự án giai đoạn 2 của Nhà máy",
    "Lưu: Văn thư, QHĐP (2b) TĐT",
    "### 1. Tổ chức học tập",
    "(1) Công tác tham mưu",
    "Điều 3. Hiệu lực",
    "theo quy định tại khoản 1 Điều 2",
    "điểm a khoản 1 Điều 1 Quyết định số 290/2005/QĐ-TTg",
    "một số kết quả nổi bật",
    "trợ cấp một lần",
    "phiên họp thứ 14 thông qua",
    "8 CÔNG BÁO/Số 695 + 696/Ngày 22-8-2022",
    "Quy định 377 của Bộ Chính trị",
    "nhiệm kỳ 2020 - 2025",
    "từ năm thứ 3 trở đi",
    "lần thứ hai",
    # a company's legal form names the number of its members
    "Công ty trách nhiệm hữu hạn hai thành viên trở lên, công ty cổ phần",
    # "một phần" (a part) before "một số" (some): no fraction
    "Điều 2. Bãi bỏ một phần một số văn bản quy phạm pháp luật",
    "công ty TNHH một thành viên do Nhà nước nắm giữ",
    "Phụ lục 2 kèm theo",
    "tại Mục 3 Chương II",
    "(từ 17 giờ 00 - 20 giờ 30)",
    "Ban Chỉ đạo quốc gia 1237 xây dựng kế hoạch",
    "Ban Chỉ đạo 1237 cấp tỉnh",
    "Kế hoạch 101 của Tỉnh ủy",
    "Nghị quyết 20 năm 2012",
    "lúc 8 giờ 30 phút",
    "Hội nghị lần thứ 8 Ban Chấp hành Trung ương khóa XIII",
    "kỳ họp chuyên đề lần thứ 14",
    "chi trả vào ngày 15 hằng tháng",
    "thực hiện mục tiêu 3 của Chương trình",
    "Tổ 5 khu phố 2",
    # labels and codes glued to letters are no units
    "mạng 5G phủ sóng",
    "Km 12 quốc lộ 3",
    # a zero-padded number before a capitalised word that names no counted body
    "theo Phụ lục 02 Danh mục dự án",
    # "số" before a colon with no noun is a document number field; a number mid-sentence is no count
    "Số: 125/BC-UBND",
    "Số lần tổ chức hội nghị tăng 3 so với năm trước",
    # identifiers after "Số ...:" are no counts
    "- Số điện thoại: 0263382145.",
    "- Số tài khoản: 3711.0.1058476;",
    "Số hiệu văn bản: 125",
    "- Số nhà: 25 Trần Phú",
    # page markers and the page number or running header printed under them
    "===== Trang 7 =====\n7\ncơ sở dữ liệu",
    "===== Trang 7 =====\nBC-UBND.DOC 7\nliên ngành",
    "--- Page 12 ---",
]


@pytest.mark.parametrize("text", NOT_QUANTITIES)
def test_not_quantities(text):
    assert find_quantities(text) == []


def test_comma_thousands_by_unit_and_habit():
    # "146,344 ha": a decimal by Vietnamese habit, thousands by plausibility: flagged
    q = find_quantities("diện tích tự nhiên 146,344 ha; dân số trên 118.750 người")[0]
    assert q.value == 146344 and q.ambiguous
    # people cannot be fractional: thousands, no doubt
    q = find_quantities("có 146,344 người")[0]
    assert q.value == 146344 and not q.ambiguous
    # a document that writes English numerals reads "1,155" as thousands
    text = "tổng 1,234,567 đồng, tăng 5.5%; diện tích 1,155 ha"
    q = [q for q in find_quantities(text) if q.unit == "ha"][0]
    assert q.value == 1155 and not q.ambiguous
    # a document that writes Vietnamese numerals reads "7,213 ha" as a decimal, with doubt (realworld46 701)
    q = [q for q in find_quantities("dân số 1.234.567 người; diện tích 7,213 ha") if q.unit == "ha"][0]
    assert q.value == 7.213 and q.ambiguous
    # and its "1.155 ha" as a decimal, with doubt
    q = [q for q in find_quantities("tổng 1,234,567 đồng, tăng 5.5%; diện tích 1.155 ha") if q.unit == "ha"][0]
    assert q.value == 1.155 and q.ambiguous


def test_percent_with_three_decimals_is_a_decimal():
    assert find_quantities("tăng 12,345%")[0].value == 12.345


def test_spans_index_the_text():
    text = "trên 500 lớp tập huấn, 7-8 tấn/mẻ, 56/93 nhiệm vụ, mười tám tuổi, đạt 95,5%."
    qs = find_quantities(text)
    assert len(qs) == 6
    for q in qs:
        assert text[q.start:q.end] == q.text
