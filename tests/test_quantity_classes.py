"""Quantities by class of construction (issue 18): one row per real spelling met in the 346-document
corpus (``tests/realworld``), text written in the style of those documents. The rules behind each
table live as data in ``models/units.json`` and ``models/quantities/context.json``."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vanban.pipeline.extract.numbers import parse_numeral, words_value
from vanban.pipeline.extract.quantities import find_quantities


def values(text: str) -> list[tuple[float, float | None, str | None]]:
    return [(round(q.value, 4), q.value_max, q.unit) for q in find_quantities(text)]


# a count restated in words in brackets, as laws and decrees write it
SPELLED_IN_BRACKETS = [
    ("Hội đồng thẩm định có 9 (chín) thành viên, gồm:", [(9, None, "thành viên")]),
    ("trong đó có từ 3 (ba) đến 5 (năm) thành viên là kiểm định viên",
     [(3, 5, "thành viên")]),
    ("Chỉ thị này có hiệu lực sau 10 (mười) ngày kể từ ngày ký", [(10, None, "ngày")]),
    ("hằng năm có ít nhất 1 (một) đề tài nghiên cứu khoa học", [(1, None, "đề tài")]),
    ("vốn điều lệ tối thiểu là 5.000 (năm nghìn) tỷ đồng", [(5000, None, "tỷ đồng")]),
    ("Biên bản được lập thành 02 (hai) bản, mỗi bên giữ 01 (một) bản.",
     [(2, None, "bản"), (1, None, "bản")]),
    ("kèm theo 03 (ba) bộ hồ sơ gửi Sở Tài chính", [(3, None, "bộ")]),
    # ... and the other way round: the words first, the figure in brackets (realworld51 737)
    ("được thông qua khi có ít nhất hơn năm mươi phần trăm (50%) tổng số thành viên tán thành",
     [(50, None, "phần trăm")]),
    ("phải được sự tán thành của một trăm phần trăm (100%) thành viên tổ hợp tác", [(100, None, "phần trăm")]),
    ("thời gian tăng thêm dưới 02 (hai) giờ thì tính thêm 0,25 ngày công",
     [(2, None, "giờ"), (0.25, None, "ngày công")]),
    ("lệ phí 15.000 (mười lăm nghìn) đồng/thí sinh/hồ sơ", [(15000, None, "đồng/thí sinh/hồ sơ")]),
    # ... also when the source wraps the line before the bracket (realworld6 384, corpus 046)
    ("1. Mỗi đơn vị xã được bố trí bình quân không quá 03\n(ba) nhân viên chăn nuôi thú y;",
     [(3, None, "nhân viên")]),
    ("cấp quốc gia hoặc bồi dưỡng được ít nhất 02\n(hai) giảng viên, giáo viên đạt giải", [(2, None, "giảng viên")]),
    # ... and a password's characters counted (realworld46 700)
    ("Mật khẩu phải có độ dài tối thiểu 09 (chín) ký tự trở lên", [(9, None, "ký tự")]),
    # "một", too common alone, before its numeral in brackets (realworld46 704)
    ("khai thuế chung cho các bất động sản trên một (01) hồ sơ khai thuế", [(1, None, "hồ sơ")]),
    ("được hỗ trợ một (01) lần", [(1, None, "lần")]),
    ("một số hồ sơ khai thuế", []),
    # per month, no August ("mỗi tháng 8 kg gạo", realworld46 703)
    ("Mỗi học sinh bán trú được hỗ trợ mỗi tháng 8 kg gạo", [(8, None, "kg")]),
    ("đến tháng 8 kg", []),
    # a form's indicator code in brackets is no amount ("[09g]": no 9 grams, realworld46 704)
    ("Hoạt động kinh doanh khác [09g] | [09e]", []),
]

# numbers in words; the last scale word goes with the unit, as after digits ("2.615 tỷ đồng")
NUMBER_WORDS = [
    ("số tiền 2.615 tỷ đồng (hai nghìn sáu trăm mười lăm tỷ đồng)",
     [(2615, None, "tỷ đồng"), (2615, None, "tỷ đồng")]),
    ("(Bằng chữ: Ba nghìn bảy trăm chín mươi tỷ đồng)", [(3790, None, "tỷ đồng")]),
    ("(Bằng chữ: Bảy nghìn không trăm chín mươi ba tỷ, tám trăm triệu đồng)",
     [(7093.8, None, "tỷ đồng")]),
    ("doanh thu năm không quá hai mươi tỷ đồng", [(20, None, "tỷ đồng")]),
    ("hỗ trợ 20 triệu đồng (hai mươi triệu đồng)", [(20, None, "triệu đồng"), (20, None, "triệu đồng")]),
    ("tàu có trọng tải tối thiểu bảy nghìn tấn", [(7, None, "nghìn tấn")]),
    ("tổ chức hai đoàn thanh tra việc thực hiện pháp luật", [(2, None, "đoàn")]),
    # fractions and halves in words, percentages in words
    ("được ít nhất một phần hai số thành viên tán thành", [(0.5, None, None)]),
    ("người lao động đóng một phần ba", [(0.3333, None, None)]),
    ("Ít nhất bằng một phần tư thời hạn của hợp đồng", [(0.25, None, None)]),
    ("được trợ cấp một nửa tháng tiền lương", [(0.5, None, "tháng")]),
    # the words in brackets restate the figure: one quantity (stop 64; the golds count the figure alone)
    ("được hoàn bằng 85% (tám mươi lăm phần trăm) số thuế", [(85, None, "%")]),
    ("được hoàn bằng tám mươi lăm phần trăm số thuế", [(85, None, "phần trăm")]),
    ("tối đa năm phần trăm", [(5, None, "phần trăm")]),
    ("trừ hai trường hợp sau đây", [(2, None, "trường hợp")]),
    # a spelled count of any noun, as the gold counts "hai cuộc kháng chiến", "hai cấp"
    ("trừ trường hợp hai bên có thỏa thuận khác", [(2, None, "bên")]),
    ("qua hai cuộc kháng chiến", [(2, None, "cuộc")]),
    ("xe chở người bốn bánh có gắn động cơ", [(4, None, "bánh")]),
    ("Thẻ có hai dạng là thẻ cứng và thẻ điện tử", [(2, None, "dạng")]),
]

# a label word that ends a longer word is no label ("vòng" in "trong vòng", "mục" in "danh mục")
LABEL_COMPOUNDS = [
    ("Trong vòng 12 tháng kể từ khi tốt nghiệp", [(12, None, "tháng")]),
    ("ảnh chụp trong vòng 01 năm trở lại", [(1, None, "năm")]),
    ("báo cáo định kỳ 06 tháng một lần", [(6, None, "tháng")]),
    ("đánh giá theo chu kỳ 05 năm", [(5, None, "năm")]),
    ("công bố kèm theo Quyết định này danh mục 02 thủ tục hành chính mới",
     [(2, None, "thủ tục hành chính")]),
    ("Cửa sông lạch Càn: Lấy mẫu 01 vị trí tại khu vực cấp nước", [(1, None, "vị trí")]),
    ("kết quả rà soát, phân loại 616/898 dự án của 25 địa phương",
     [(616, None, "dự án"), (898, None, "dự án"), (25, None, "địa phương")]),
    ("hoàn thành mục tiêu 3.000 km đường bộ cao tốc", [(3000, None, "km")]),
    ("dự báo cho giai đoạn 03 năm 2026 - 2028", [(3, None, "năm")]),
    ("Hội đồng trọng tài lao động với nhiệm kỳ 05 năm", [(5, None, "năm")]),
    ("Mỗi loại 01 bản sao có đóng dấu của thương nhân", [(1, None, "bản")]),
    ("xe chở lực lượng vũ trang 08 chỗ", [(8, None, "chỗ")]),
    ("Găng tay 02 đôi, khẩu trang 02 chiếc", [(2, None, "đôi"), (2, None, "chiếc")]),
]

# a range whose upper end is bounded ("đến dưới"): both ends count
RANGES = [
    ("xe ô tô có gắn động cơ từ 16 đến dưới 24 chỗ", [(16, 24, "chỗ")]),
    ("sử dụng từ 500 đến dưới 1.000 người lao động", [(500, 1000, "người lao động")]),
    ("nếu khoảng cách di chuyển từ 10 đến dưới 30km", [(10, 30, "km")]),
    # a share range with its sign on both ends
    ("tỷ lệ vốn ngân sách nhà nước dự kiến: 85%-90% tổng vốn đầu tư", [(85, 90, "%")]),
    ("chiếm khoảng 75%-80% tổng vốn đầu tư", [(75, 80, "%")]),
    ("giảm 5%-10 người", [(5, None, "%")]),
    # a specification's range written with "÷", in brackets before its unit too (realworld64 787)
    ("- Độ nhớt: 20 ÷ 30 cps", [(20, 30, "cps")]),
    ("- Thời gian khô: (5 ÷ 10) phút", [(5, 10, "phút")]),
    ("- Dải đo nhiệt độ: (0 ÷ 100)oC", [(0, 100, "oC")]),
    ("- Độ chịu nhiệt: ≥ 110oC", [(110, None, "oC")]),
    # a code in brackets stays none
    ("Số điện thoại (+84) 24 3845 0000", []),
    # two figures joined by "hoặc" before the unit they share: one quantity each (realworld67 794)
    ("Hội đồng thẩm định trình độ trung cấp có 07 hoặc 09 thành viên.", [(7, None, "thành viên"), (9, None, "thành viên")]),
    ("được nghỉ 14 hoặc 16 ngày tùy theo thời gian đóng", [(14, None, "ngày"), (16, None, "ngày")]),
    ("theo quy định tại khoản 2 hoặc 3 Điều 5", []),
    # a share of a body's members bounded by a qualifier: one fraction (realworld68 799)
    ("Hội đồng chỉ được tiến hành khi có ít nhất 2/3 thành viên tham dự.", [(0.6667, None, "thành viên")]),
    ("đã hoàn thành 5/7 nhiệm vụ", [(5, None, "nhiệm vụ"), (7, None, "nhiệm vụ")]),
    # a footnote's mark glued before a form's field "số:" counts nothing (realworld68 798)
    ("(Tài liệu về tư cách pháp lý của cá nhân)2 số:.....; ngày cấp:.....", []),
]

# a table cell flattened into its own line: the word ending the cell above is not its label,
# and a decimal is never a label
TABLE_CELLS = [
    # a norms table's labour cell: the count after its noun, broken down in brackets into people counted
    ("Tinh sạch sản phẩm\n1 giờ/1 người\nSố người 04 (02 giám định viên +\n02 kỹ thuật viên)\n",
     [(1, None, "giờ"), (4, None, "người"), (2, None, "giám định viên"), (2, None, "kỹ thuật viên")]),
    ("Công chức tiếp nhận hồ sơ tại bộ phận Một cửa\n01 ngày\nBM.01", [(1, None, "ngày")]),
    ("Trung tâm phục vụ hành chính công các xã, phường\n0,25 ngày làm việc\nBước 2",
     [(0.25, None, "ngày làm việc")]),
    ("Văn bản ký số\n1/4 ngày\nB7", [(0.25, None, "ngày")]),
    ("Hồ sơ theo quy định\n1/2 ngày\nB2", [(0.5, None, "ngày")]),
    # a premises norm: the area cell under the hours cell of the row above, then their product
    ("Phòng học thực hành\n2 m2\n78 giờ\n2 m2 x 78 giờ\n", [(2, None, "m2"), (78, None, "giờ"), (2, None, "m2"),
                                                          (78, None, "giờ")]),
]

# units and counted nouns added to the tables
UNITS = [
    ("đầu tư các trạm biến áp và đường dây 500kV, 220kV", [(500, None, "kV"), (220, None, "kV")]),
    ("tổng dung lượng trạm biến áp từ 300 MVA đến dưới 600 MVA",
     [(300, None, "MVA"), (600, None, "MVA")]),
    ("điện năng thương phẩm tiêu thụ dưới 10 GWh/tháng", [(10, None, "GWh/tháng")]),
    ("máy phát công suất liên tục từ 75 kVA đến 375 kVA", [(75, None, "kVA"), (375, None, "kVA")]),
    ("Điều hòa 2 chiều\n12000 BTU\n4,92", [(2, None, "chiều"), (12000, None, "BTU")]),
    ("DANH MỤC THỦ TỤC HÀNH CHÍNH CẤP TỈNH (08 TTHC)", [(8, None, "TTHC")]),
    ("Bộ có 04 đề án phải trình Chính phủ", [(4, None, "đề án")]),
    ("xây dựng ít nhất 01 triệu căn hộ nhà ở xã hội", [(1, None, "triệu căn hộ")]),
    ("được thưởng 300đ/m2 diện tích bàn giao", [(300, None, "đ/m2")]),
    ("Số tiền trợ cấp được hưởng (1000 đ)", [(1000, None, "đ")]),
    ("Dung dịch sát khuẩn, thể tích 90 ml", [(90, None, "ml")]),
    ("tàu chở được 08 ô tô và hàng hóa", [(8, None, "ô tô")]),
    ("năng suất đến 150 t/h", [(150, None, "t/h")]),
    # a multiplication sign glued before the number in a cost formula (realworld25 542); a room's code is none
    ("(10 ngày làm việc = 80 giờ x 40.000 đồng/giờ) x10 hồ sơ/năm",
     [(10, None, "ngày làm việc"), (80, None, "giờ"), (40000, None, "đồng/giờ"), (10, None, "hồ sơ/năm")]),
    ("họp tại Phòng X10 tầng 2", []),
    # a ship's gross tonnage, and indicators counted (realworld67 795, 796)
    ("phương tiện thủy nước ngoài có tổng dung tích từ 500 GT trở lên", [(500, None, "GT")]),
    ("thiếu hụt dưới 03 chỉ số đo lường mức độ thiếu hụt dịch vụ xã hội cơ bản", [(3, None, "chỉ số")]),
]

# technical specifications of goods (customs rulings, equipment norms): electric units, masses and
# data rates, glued or spaced, and a temperature's minus
TECHNICAL = [
    # a meridian before "múi chiếu": no count of projection zones (realworld27 557)
    ("Tọa độ VN2000 KTT 105 múi chiếu 6 độ", [(6, None, "độ")]),
    ("Tàu điện ắc quy: điện áp 140 V, dung lượng 440 Ah.", [(140, None, "V"), (440, None, "Ah")]),
    ("Chuẩn bị nguồn điện phù hợp (thường là DC60V hoặc thấp hơn).", [(60, None, "V")]),
    ("mỏ hàn thiếc (AC 220V, 60W), kèm đế mỏ hàn", [(220, None, "V"), (60, None, "W")]),
    ("Cường độ dòng điện: 150-200 mA;", [(150, 200, "mA")]),
    ("+ Điện áp: 92.8 - 105.6 V;", [(92.8, 105.6, "V")]),
    ("+ Công suất: 13.92\n- 15.84 W;", [(13.92, 15.84, "W")]),
    ("Công suất: ≥ 3.200 W/đôi loa", [(3200, None, "W/đôi")]),
    ("Trọng lượng: 27g (không bao gồm dây đeo).", [(27, None, "g")]),
    ("trọng lượng của thanh đèn LED 52gam.", [(52, None, "gam")]),
    ("+ Số lượng chip LED:\n32Ea;", [(32, None, "Ea")]),
    ("truyền dữ liệu với tốc độ 10 Gigabit mỗi giây (10 Gbps) đối xứng",
     [(10, None, "Gigabit mỗi giây"), (10, None, "Gbps")]),
    ("truy cập băng rộng cố định với tốc độ 01 Gb/s đạt 100%", [(1, None, "Gb/s"), (100, None, "%")]),
    ("+ Nhiệt độ hoạt động:\n-20°C đến +50°C;", [(-20, None, "°C"), (50, None, "°C")]),
    ("kho bảo quản mát hoặc cấp đông từ -50°C đến +15°C.", [(-50, None, "°C"), (15, None, "°C")]),
    ("nhiệt độ đầu mỏ hàn từ 315°C đến 400°C", [(315, None, "°C"), (400, None, "°C")]),
    ("Dây cáp điện bằng đồng, 1PR x 1.5mm2, tiết diện 20 AWG", [(1.5, None, "mm2")]),
    ("điện thế 220 V, tần số 50 Hz được chế tạo", [(220, None, "V"), (50, None, "Hz")]),
    ("Wi-Fi băng tần 2.4GHz và 5GHz; RAM: 4GB", [(2.4, None, "GHz"), (5, None, "GHz"), (4, None, "GB")]),
    ("dung lượng hộp thư tối thiểu 500MB/hộp thư", [(500, None, "MB/hộp")]),
    ("cảng tiếp nhận tàu trọng tải 40.000 DWT", [(40000, None, "DWT")]),
    ("trạm biến áp có điện áp từ 110KV trở xuống", [(110, None, "kV")]),
    ("xe có dung tích xi lanh trên 3.000 cm3", [(3000, None, "cm3")]),
    # sizes in micrometres, glued, with either spelling of mu; a decimal opening with a zero is never
    # thousands ("0,125 mm", realworld35 614)
    ("quặng tinh có cỡ hạt dưới 75µm", [(75, None, "µm")]),
    ("bột có cỡ hạt dưới 96μm", [(96, None, "μm")]),
    ("cỡ hạt không quá 0,254 mm", [(0.254, None, "mm")]),
    # not a volt, not a milliampere, not gigabytes: other words spelled alike
    ("bắt giữ 12 ma túy tổng hợp", [(12, None, "ma túy")]),
]

# "cả hai", "cả ba": both, all three - still a count, as the gold counts them
# ... but a duration before a date stays one
BEFORE_A_DATE = [
    ("trong thời hạn 15 ngày kể từ ngày 20/1/2025", [(15, None, "ngày")]),
    ("thực hiện Kế hoạch 90 ngày, từ 15/3/2025", [(90, None, "ngày")]),
]

BOTH = [
    ("theo một hoặc cả hai hình thức sau đây", [(2, None, "hình thức")]),
    ("phòng, chống ma túy trên cả ba lĩnh vực", [(3, None, "lĩnh vực")]),
]

# a heading wrapped before its unit
WRAPPED_HEADINGS = [
    ("DỰ TOÁN NGÂN SÁCH ĐỊA PHƯƠNG GIAI ĐOẠN 05\nNĂM 2026 - 2028", [(5, None, "năm")]),
]

# amounts written with a capital scale word, as in a list of grants per province
CAPITAL_SCALE = [
    ("- Tuyên Quang: 152.100 Triệu đồng;", [(152100, None, "triệu đồng")]),
    ("- Cà Mau: 71.500 Triệu đồng.", [(71500, None, "triệu đồng")]),
    ("hỗ trợ 12,5 Tỷ đồng cho các xã", [(12.5, None, "tỷ đồng")]),
]

# documents and bodies counted, written with a capital
# figures measured by a unit written or named before them: an electricity tariff's tiers, a grading
# scale (``unit_led_figures`` in models/quantities/context.json; realworld52 745, 747)
UNIT_BEFORE = [
    ("Bậc 1:\nCho kWh đến 100\n|", [(100, None, "kWh")]),
    ("Bậc 2:\nCho kWh từ 101 - 200\n|", [(101, 200, "kWh")]),
    ("Bậc 5:\nCho kWh từ 701 trở lên\n|", [(701, None, "kWh")]),
    ("đánh giá theo thang điểm 10, quy đổi sang thang \nđiểm 4", [(10, None, "điểm"), (4, None, "điểm")]),
    ("được quy đổi sang thang điểm từ 0 tới 4", [(0, 4, "điểm")]),
    # a noun that opens with a unit's syllable: a share of it, no cubic metres
    ("tối thiểu không nhỏ hơn 2/3 khối lượng trung bình một học kỳ", [(0.6667, None, "khối lượng")]),
    ("tối đa không quá 3/2 khối lượng trung bình một học kỳ", [(1.5, None, "khối lượng")]),
    ("đổ 3 khối bê tông", [(3, None, "khối")]),
]

# a worked example's result with its unit in brackets (realworld54 756); the bare factors of the
# formula before it are no quantities, and a small count's bracket spells it out
BRACKETED_UNITS = [
    ("Số tiền bồi thường là: 5 x 1.600.000 + (20 - 5) x 0,5 x 1.600.000 = 20.000.000 (đồng).",
     [(20000000, None, "đồng")]),
    ("Mức trợ cấp là: 768.000 đồng/tháng + 190.000 đồng/tháng = 958.000 (đồng/tháng)",
     [(768000, None, "đồng/tháng"), (190000, None, "đồng/tháng"), (958000, None, "đồng/tháng")]),
    ("người lao động được bồi thường ít nhất bằng 3,5 (tháng tiền lương)", [(3.5, None, "tháng")]),
    ("trong thời hạn 05 (năm) ngày làm việc", [(5, None, "ngày làm việc")]),
    # a formula's factors: "x" multiplies, it is no unit (``not_units`` in models/units.json)
    ("Mức trợ cấp = {5 x Lmin + (m - 5) x 0,5 x Lmin} + {0,5 x L + (t - 1) x 0,3 x L}", []),
]

# a row that names its count first ("Tổng số cơ quan được thanh tra: 686"), not a formula's factor after it nor the next
# row's number and code joined to its line by the page (realworld59 771, 772)
NOUN_FIRST_ROWS = [
    ("Tổng số cơ quan được thanh tra: 686\n", [(686, None, "cơ quan")]),
    ("Tỷ lệ khu đô thị (%)\n=\nSố lượng khu đô thị ven biển x 100\n2. Kỳ công bố: Năm.\n", []),
    ("53\n0707\nSố hợp tác xã thành lập mới 54\n0708\nSố hợp tác xã giải thể\n", []),
]


@pytest.mark.parametrize("text,expected", NOUN_FIRST_ROWS)
def test_a_rows_count_named_first(text, expected):
    assert values(text) == expected

FOREIGN_AND_TECHNICAL = [
    # foreign currencies of labour-export contracts (realworld55 760)
    ("Lương cơ bản tối thiểu 24.000 Đài tệ/tháng", [(24000, None, "Đài tệ/tháng")]),
    ("Phí dịch vụ không quá 4.500 MOP/tháng", [(4500, None, "MOP/tháng")]),
    ("Hỗ trợ tiền ăn 5.000 Yên/người/tháng", [(5000, None, "Yên/người/tháng")]),
    # an equipment list's specifications (realworld56 763)
    ("Công suất: ≤ 1000 VA", [(1000, None, "VA")]),
    ("Cường độ sáng: ≥ 2500 ANSI lumens", [(2500, None, "ANSI lumens")]),
    # a size in brackets, its unit after them: one quantity per factor (``bracketed_dimensions``)
    ("Kích thước màn chiếu: ≥ (1800 x 1800) mm", [(1800, None, "mm"), (1800, None, "mm")]),
    ("Kích thước bàn (70 x 120 x 65) cm", [(70, None, "cm"), (120, None, "cm"), (65, None, "cm")]),
    ("Kích thước: ≥ (1200 x\n2000)mm", [(1200, None, "mm"), (2000, None, "mm")]),
    ("Khoảng cách chiếu: (1.2 ÷ 4.5 ) m", [(1.2, 4.5, "m")]),
    # ... or the unit bracketed after bare factors, the unit's acronym capitalised as printed, engine power
    # in horsepower and a volume in cc glued to its figure (realworld73 812, a training-equipment list)
    ("- Kích thước màn chiếu:\n≥ 1800 x 1800 (mm)", [(1800, None, "mm"), (1800, None, "mm")]),
    ("- Cường độ chiếu sáng:\n≥ 2500 ANSI Lumens;", [(2500, None, "ANSI Lumens")]),
    ("Công suất động cơ ≥ 4 HP. Lưu lượng phun ≥ 2,2 l/min", [(4, None, "HP"), (2.2, None, "l/min")]),
    ("Bình dầu bôi trơn, dung tích ≈ 200cc", [(200, None, "cc")]),
    # ... but a capitalised word that is no unit after a figure stays no unit
    ("Độ sáng 2500 Lumens", []),
    # a rate per one item, the "1" wrapped to the next line of its cell (realworld55 759)
    ("Mức thanh toán\n20.000.000 đồng/ \n1 stent.", [(20000000, None, "đồng/stent")]),
    # on one line the amount stays an amount (the golds leave "01 đơn vị tài sản" optional)
    ("dưới 01 tỷ đồng/01 đơn vị tài sản", [(1, None, "tỷ đồng")]),
    ("Mức thanh toán 100.000 đồng/\n1. Điều 5", [(100000, None, "đồng")]),
]

COUNTED_BODIES = [
    # a zero-padded count before a body named with a capital, also where the line wraps between them
    ("thành lập 03 Đoàn kiểm tra liên ngành", [(3, None, "Đoàn kiểm tra")]),
    ("Thành lập 02\nTổ công tác liên ngành", [(2, None, "Tổ công tác")]),
    # ... not a table row's number joined to one place's name, the name to the line's end (realworld66 793)
    ("Ranh giới địa bàn hoạt động hải quan 01 Cửa khẩu Mộc Bài\n- Chính diện trùng với đường biên giới", []),
    ("thuộc địa bàn quản lý của từ 02 Ngân hàng Nhà nước Khu vực trở lên", [(2, None, "Ngân hàng")]),
    # "điều kiện" is a counted noun, though "điều" alone opens verbs ("1237 điều chỉnh") (realworld6 392)
    ("Người lao động được hưởng bồi dưỡng bằng hiện vật khi có đủ hai điều kiện sau:", [(2, None, "điều kiện")]),
    ("(Nghề, công việc đặc biệt nặng nhọc, độc hại, nguy hiểm)\nĐảm bảo 02 điều kiện sau:", [(2, None, "điều kiện")]),
    ("là xã đáp ứng ít nhất 01 trong 02 điều kiện sau đây:", [(2, None, "điều kiện")]),
    ("Chính phủ đã ban hành 35 Nghị định, 12 Nghị quyết, 10 Quyết định quy phạm pháp luật",
     [(35, None, "Nghị định"), (12, None, "Nghị quyết"), (10, None, "Quyết định")]),
    ("Văn bản này được hợp nhất từ 02 Nghị định sau:", [(2, None, "Nghị định")]),
    ("Ban hành kèm theo Quyết định này 01 (Một) Quy trình giải quyết thủ tục hành chính",
     [(1, None, "Quy trình")]),
    ("đã cập nhật kết quả của 25 địa phương và 7 Bộ ngành",
     [(25, None, "địa phương"), (7, None, "Bộ ngành")]),
    # posts counted: a capital may follow the title
    ("Ban kiểm soát có từ 01 đến 05 Kiểm soát viên", [(1, 5, "Kiểm soát viên")]),
    ("Phó Chánh Thanh tra tỉnh: từ 2 đến 3 Phó Chánh Thanh tra tỉnh", [(2, 3, "Phó")]),
    ("gồm Giám đốc Quỹ, không quá 02 Phó Giám đốc, Kế toán trưởng", [(2, None, "Phó")]),
    # cities counted, a compound though "thành" alone opens verbs ("10 thành viên", "hoàn thành"; realworld62 780)
    ("hỗ trợ 6 thành phố trực thuộc Trung ương triển khai đô thị thông minh", [(6, None, "thành phố")]),
    ("UBND 06 thành phố trực thuộc trung ương tổ chức thực hiện", [(6, None, "thành phố")]),
    # databases and commercial banks counted by their usual abbreviations, as "TTHC" (realworld62 780)
    ("hoàn thành 12 CSDL chuyên ngành; có 21 NHTM tham gia", [(12, None, "CSDL"), (21, None, "NHTM")]),
]

# numbers that are no quantity, by class
NOT_QUANTITIES = [
    # a row number over a place whose name opens with a currency's word ("Yên" of "Yên Bái")
    "1 \n58 \nYên Bái \n58.2. Nhà tù cấp Đông Dương",
    "Cuối kỳ, nếu bên Có TK 911 lớn hơn bên Nợ TK 911, ghi:",   # an account's code (realworld51 741)
    "Số liệu ghi vào chỉ tiêu này là số phát sinh chi tiết bên Nợ của TK 421 (4215).",
    # a group's label before a verb: no count of "nhập khẩu" (realworld24 539)
    "kiểm tra chất lượng sản phẩm, hàng hóa nhóm 2 nhập khẩu.",
    # numbers of the items listed above, referred to ("nêu trên"): no count (realworld6 393)
    "Các tổ chức quy định từ 1 đến 22 nêu trên là các tổ chức giúp Bộ trưởng Bộ Ngoại giao",
    "Trong phần hệ thống tổ chức Đảng, Quy định 294 nêu hệ thống tổ chức của Đảng",
    # a document's ordinal before "ngày" and its date in figures (realworld5 371): no duration
    "cơ bản được giữ nguyên như trong Quy định 232 ngày 20/1/2025, Quy định 294 mở rộng",
    "theo tinh thần Nghị quyết 20 ngày 20/1/2025 của Ban Chấp hành",
    # a time of day, not a duration
    "gửi Văn phòng Chính phủ trước 15 giờ hằng ngày để tổng hợp",
    "trường hợp tiếp nhận sau 15 giờ hàng ngày",
    "mưa lớn từ 07 giờ ngày 16 đến 13 giờ ngày 17/11/2025",
    "ca đêm kết thúc lúc 06 giờ sáng ngày hôm sau",
    # a lunar date
    "Đến 06/2/2010 (23 tháng Chạp) các địa phương đã chi trả",
    # a table row's number before the place it names, and a province in capitals
    "Cửa sông Mã\n1\n8 xã Tân Tiến\n2",
    # a row's number alone on its line, its name in the next cell (realworld51 744)
    "Căn cứ pháp lý\n01\nThủ tục công nhận trung tâm đổi mới sáng tạo cấp tỉnh",
    "hệ sinh thái khởi nghiệp sáng tạo.\n09\nThủ tục cấp lại Giấy công nhận",
    "135.200\n23\nĐỒNG THÁP\n106.600",
    # a list label on the next line, a time stamp, a symbol in a formula
    "Ngày ký: 2026-04-14 17:02:10 +07:00\nb) Tổ chức có thẩm quyền",
    "9.700.000\n10\nđ) Xe ô tô chở người",
    "W = 1 j j=1",
    # a name with a number, then a verb
    "Cơ quan Thường trực Ban Chỉ đạo 751 đôn đốc các Bộ",
    "duy trì Hệ thống Tổng đài 112 phục vụ hoạt động phòng thủ dân sự",
    # numbers listed after a label word
    "(Điều 7, 8 Nghị định)",
    "theo Mẫu số 01, 02, 04, 05 ban hành kèm theo Nghị định",
    "Định kỳ trước ngày 15 tháng 6 và 15 tháng 12 hàng năm",
    # a label's letter glued to its number
    "theo quy định tại Điều 6đ Nghị định số 89/2016/NĐ-CP",
    "trừ loại quy định tại các mục 4đ, 4e và 4g",
    # section numbers and document types in a list of tasks
    "6.4 Quyết định niêm phong tài liệu",
    "Cơ quan liên quan\n2025\n4\nHướng dẫn phương pháp, trình tự",
    "khoản 2 Điều\n17 Luật Bảo vệ và kiểm dịch thực vật",
    "các Điều 48, 49 và 57 Nghị định này",
    # spelled numbers that count nothing: a month, an ordinal, a ratio, tenths, "father"
    "khởi nghĩa tháng Tám năm 1945",
    "giải quyết khiếu nại lần hai đối với quyết định",
    "không được vượt quá một tỷ lệ theo quy định",
    "có hai tỷ lệ khác nhau",
    "làm tròn xuống khi hàng phần mười bé hơn",
    "chăm sóc ba mẹ già",
    # a telephone number in a gazette's footer, a map's scale
    "080.44417; Fax: 080.44517\n080.48543 congbao@chinhphu.vn",
    # a report form's indicator codes in the unit column's row: no millions of đồng (realworld69 801)
    "| Chi đầu tư phát triển | 01310009\nTriệu đồng | Tổng cục Thống kê |",
    "Vốn đầu tư thực hiện 011991092 Triệu đồng",
    "quy hoạch phân khu tỷ lệ 1:2.000 đối với một tuyến",
    # a phase or a term named by its number
    "mở rộng dự án giai đoạn 2 của Nhà máy",
    "nhiệm kỳ 2020 - 2025",
    # a day of the year, repeated: no count of years
    "định kỳ trước ngày 01/6 và 15/11 hằng năm báo cáo kết quả",
    "gửi Sở Tài chính trước ngày 30/11 hàng năm để thẩm tra",
    # a gazette page's number over the issuer's name, a cell's figure over the next page's head
    "94\nBỘ KẾ HOẠCH VÀ ĐẦU TƯ\nSố: 18/2022/TT-BKHĐT",
    "theo tiêu chuẩn về an toàn lao động | 3,00\nBỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI",
    # a Roman heading on the next line is no volt
    "Tổng cộng: 4\nV. TỔ CHỨC THỰC HIỆN",
    "phủ sóng mạng 4G và 5G trên địa bàn",
    "Page 3 of 10",
    # a list of rights' numbers before "giữa" (between) is no count of anything
    "về các quyền vận chuyển 3, 4 và 5 giữa các Bên như đề nghị của Bộ Xây dựng",
    # a bus route's number, a label's letter glued to its number
    "Xe buýt tuyến 12 chạy mỗi ngày.",
    # an English form's box number, a tariff heading's "ex" (realworld52 751); a bound with no unit
    "For the issuance of the certificate of origin, filling Box 6 shall not be required.",
    "Dừa, quả hạch Brazil và hạt điều\nN/A ex 0801 ex 0802 Dừa, quả hạch",
    "có từ 10 trở lên",
    "theo quy định tại Điều 6đ của Luật",
]

# a label word still yields to what plainly is an amount or a count
LABEL_YIELDS = [
    ("vùng 2 và vùng 3, 19 lớp trở lên ở vùng 1", [(19, None, "lớp")]),
    ("+ Chi thường xuyên dự phòng: 12.475 triệu đồng;", [(12475, None, "triệu đồng")]),
    # round the clock: one duration, not 24 of 24 hours
    ("bảo đảm ứng dụng hoạt động thông suốt, liên tục 24/24 giờ.", [(24, None, "giờ")]),
    # done of total stays two counts
    ("đã hoàn thành 56/93 nhiệm vụ", [(56, None, "nhiệm vụ"), (93, None, "nhiệm vụ")]),
    # a measure after "tuyến" (a line, not route 12) and a unit glued after a length ending the cell's
    # line above, no label's letter (``soft_labels``; realworld31 581)
    ("Xây dựng đường dây 220 kV và các xuất tuyến 110 kV đồng bộ.", [(220, None, "kV"), (110, None, "kV")]),
    ("500kV: 4x1,7 km\n220kV: 4x6km", [(500, None, "kV"), (220, None, "kV")]),
]


@pytest.mark.parametrize("text,expected", SPELLED_IN_BRACKETS + NUMBER_WORDS + LABEL_COMPOUNDS + RANGES
                         + BEFORE_A_DATE + TABLE_CELLS + UNITS + CAPITAL_SCALE + COUNTED_BODIES + LABEL_YIELDS
                         + TECHNICAL + BOTH + WRAPPED_HEADINGS + UNIT_BEFORE + BRACKETED_UNITS
                         + FOREIGN_AND_TECHNICAL)
def test_quantity_class(text, expected):
    assert values(text) == [(round(v, 4), vm, u) for v, vm, u in expected]


@pytest.mark.parametrize("text", NOT_QUANTITIES)
def test_not_a_quantity(text):
    assert find_quantities(text) == []


WORDS = [
    ("hai nghìn sáu trăm mười lăm tỷ", 2_615_000_000_000),
    ("bảy nghìn không trăm chín mươi ba tỷ", 7_093_000_000_000),
    ("một triệu hai trăm nghìn", 1_200_000),
    ("một nghìn tỷ", 1_000_000_000_000),
    ("hai tỷ ba trăm triệu", 2_300_000_000),
    ("mười lăm nghìn", 15_000),
    ("sáu nghìn năm trăm", 6_500),
    # the roles of units.json's "number_grammar"
    ("hai trăm linh năm", 205),
    ("một trăm lẻ tám", 108),
    ("ba mươi mốt", 31),
    ("hai mươi tư", 24),
    ("bảy chục", 70),
    ("một trăm rưỡi", 150),
    ("hai nghìn rưỡi", 2_500),
    ("một nửa", 0.5),
]

# not well-formed: "lăm" only after "mười"/"mươi", "mốt" and "tư" only after "mươi", "mươi" after a digit
NOT_WORDS = ["lăm", "hai lăm", "mười mốt", "mốt", "mươi", "hai ba", "rưỡi"]


@pytest.mark.parametrize("words", NOT_WORDS)
def test_words_value_refuses_what_is_no_number(words):
    assert words_value(words.split()) is None


@pytest.mark.parametrize("words,value", WORDS)
def test_words_value_scales(words, value):
    assert words_value(words.split()) == value


def test_a_ratio_after_so_does_not_crash():
    # hypothesis found it: "Số <noun> ... a/b" at a row's end read the ratio as one numeral
    assert find_quantities("số a 0/0") == []
    assert find_quantities("- Số xã đạt chuẩn: 5/7") == []


def test_parse_numeral_names_what_it_cannot_read():
    with pytest.raises(ValueError, match="0/0"):
        parse_numeral("0/0")


# a table's caption gives the unit of every bare figure under it; the figures keep their value as
# written and the caption's scale stays in the unit (as '2.615 tỷ đồng' -> 2615, 'tỷ đồng')
CAPTIONED_TABLES = [
    # a crawled page's table, one cell per line, capitals in the row names
    ("PHỤ LỤC\n*Đơn vị: Triệu đồng*\nSTT\nĐịa phương\nKinh phí hỗ trợ\nTỔNG\n2.615.000\n"
     "1\nTUYÊN QUANG\n152.100\n2\nCAO BẰNG\n68.900\nXem chi tiết Quyết định 2639/QĐ-TTg",
     [(2615000, "triệu đồng"), (152100, "triệu đồng"), (68900, "triệu đồng")]),
    # a fee table in markdown rows, a scale in the caption, small whole figures
    ("Đơn vị tính: 1.000 đồng/trẻ, học sinh/tháng\nSTT | Cấp học | Thành thị | Nông thôn | Ghi chú\n"
     "1 | Nhà trẻ | 150 | 95 | Thu theo tháng\n2 | Mẫu giáo | 120 | 80 |\n",
     [(150, "1.000 đồng/trẻ, học sinh/tháng"), (95, "1.000 đồng/trẻ, học sinh/tháng"),
      (120, "1.000 đồng/trẻ, học sinh/tháng"), (80, "1.000 đồng/trẻ, học sinh/tháng")]),
    # two tables side by side: each half has its "STT" column
    ("Đơn vị: đồng\nSTT | Tỷ lệ tổn thương | Mức hưởng | STT | Tỷ lệ tổn thương | Mức hưởng\n"
     "1 | 21% | 1.878.000 | 21 | 41% | 3.667.000\n",
     [(21, "%"), (1878000, "đồng"), (41, "%"), (3667000, "đồng")]),
    # the columns numbered under letters, outline numbers and codes are no figures
    ("Đơn vị: Triệu đồng.\nSTT\nNội dung\nDự toán năm 2026\nA\nB\n1\n2\n3=2:1\nTỔNG THU\n10.367.700\n"
     "I\nTHU NỘI ĐỊA\n1.1\nThu từ doanh nghiệp\n736.000\n01\n",
     [(10367700, "triệu đồng"), (736000, "triệu đồng")]),
    ("ĐVT: triệu đồng\nSTT | Danh mục dự án | Kế hoạch vốn năm 2023 | Ghi chú\n| TỔNG SỐ | 50.000 |\n"
     "I | SỞ GIÁO DỤC VÀ ĐÀO TẠO | 7.500 |\n1 | Trường THPT số 3, HM: Nhà đa năng 02 tầng | 3.000 |\n",
     [(50000, "triệu đồng"), (7500, "triệu đồng"), (2, "tầng"), (3000, "triệu đồng")]),
    # the caption in a column's head cell: its unit and scale for that column only, not for the
    # row numbers or the notes beside it, and the caption's scale is no amount
    ("| STT | Đối tượng | Đơn vị tính: 1.000 đồng/trẻ/tháng |\n|---|---|---|\n"
     "| 1 | Trẻ em nhà trẻ | 160 |\n| 2 | Trẻ em mẫu giáo | 150,5 |\n",
     [(160, "1.000 đồng/trẻ/tháng"), (150.5, "1.000 đồng/trẻ/tháng")]),
    ("| TT | Nội dung | Mức chi (ĐVT: triệu đồng) | Ghi chú |\n| 1 | Hỗ trợ xã đạt chuẩn | 150 | 12 |\n"
     "| 2 | Hỗ trợ thôn | 300 | |\nCác xã báo cáo trước 5 ngày",
     [(150, "triệu đồng"), (300, "triệu đồng"), (5, "ngày")]),
]

# captions whose unit does not hold for every cell, and tables that end
NOT_CAPTIONED = [
    # a norm's work unit, not a scale: the cells are materials in many units
    "Đơn vị: 10 m\nMã hiệu\nThành phần hao phí\nĐịnh mức\nBDD.20612\n0,25\n1,5",
    # two units in one caption
    "Đơn vị tính: triệu đồng,%\nTT\nChỉ tiêu\n1\nDoanh thu\n120\n15",
    # a body named "đơn vị", not a caption
    "- VPUBTP: CVP, các phòng, đơn vị: ĐMPT, TH;\n12\n15",
    # two units in a head cell
    "(Đơn vị tính: Thẻ; Đồng) | | |\n| 1 | 2 | 3 |\n| 4 | 5 | 6 |",
]


@pytest.mark.parametrize("text,expected", CAPTIONED_TABLES)
def test_captioned_table(text, expected):
    assert [(round(q.value, 4), q.unit) for q in find_quantities(text)] == expected


@pytest.mark.parametrize("text", NOT_CAPTIONED)
def test_not_a_captioned_table(text):
    assert [q for q in find_quantities(text) if q.unit and "đồng" in q.unit] == []
    assert all(q.start < text.find("\n") for q in find_quantities(text))


def test_caption_scale_is_no_amount():
    text = "Đơn vị tính: 1.000 đồng/trẻ/tháng\nSTT | Cấp học | Mức thu\n1 | Nhà trẻ | 150\n"
    assert [q.text for q in find_quantities(text)] == ["150"]


def test_table_ends_at_the_next_form_and_drops_its_page_number():
    text = ("Đơn vị tính: Đồng\nSTT\nChỉ tiêu\nSố tiền\n1\nSố dư quỹ năm trước\n1.250.000\n"
            "49\n49\nMẫu số 02\nBÁO CÁO\n2\nSố phát sinh\n3.000.000\n")
    assert [q.value for q in find_quantities(text)] == [1250000]


# pieces of the constructions above, so that random texts hit the new rules' edges
PIECES = [
    "Đơn vị tính:", "ĐVT:", "Đơn vị:", "1.000", "Triệu đồng", "triệu đồng", "đồng/trẻ", "%", "STT", "TT", "|",
    "Mẫu số", "A", "B", "(hai)", "(chín)", "(năm nghìn)", "hai", "mười", "chục", "nghìn", "tỷ", "lệ", "bên",
    "giờ", "hằng ngày", "ngày", "tháng", "Chạp", "Nghị định", "này", "Phó", "Kiểm soát viên", "xã", "Tân Tiến",
    "trong vòng", "danh mục", "giai đoạn", "năm", "đến dưới", "từ", "Điều", "khoản", ",", "và", "kV", "đ",
    "0,25", "1/4", "2.615.000", "152.100", "01", "1", "2", "3", "150", "2025", "2.1", "080.44417", "1:2.000",
    "\n", " ", "  ",
]
quantity_text = st.lists(st.sampled_from(PIECES), max_size=50).map(" ".join) | \
    st.lists(st.sampled_from(PIECES), max_size=50).map("\n".join)


@settings(max_examples=300, deadline=None)
@given(quantity_text)
def test_class_rules_never_crash_and_spans_are_exact(text):
    for q in find_quantities(text):
        assert 0 <= q.start <= q.end <= len(text) and text[q.start:q.end] == q.text
        assert q.value_max is None or q.value_max >= q.value
