"""Citations: one row per real-world spelling met in Party and state documents."""
from __future__ import annotations

import pytest

from vanban.pipeline.extract.citations import find_citations
from vanban.pipeline.extract.patterns import (
    canonical_issuer_code,
    canonical_type_code,
    codes_for_type_word,
    issuer_codes_for_phrase,
    issuer_codes_in,
    issuer_name,
    type_name,
)


def numbers(text: str) -> list[str | None]:
    return [c.number for c in find_citations(text) if not (c.short and c.number_text is None)]


# (text as written, canonical numbers found)
NUMBERS = [
    # Party style: số-LOẠI/CƠQUAN
    ("Nghị quyết số 20-NQ/TW, ngày 01/11/2012", ["20-NQ/TW"]),
    ("Nghị quyết số 20-NQTW của Ban chấp hành Trung ương", ["20-NQ/TW"]),
    ("thực hiện kết luận số 50 KL/TW.", ["50-KL/TW"]),
    ("chương trình hành động số 23- CTr/HU ngày, 10/01/2013", ["23-CTr/HU"]),
    ("Nghị quyết số 15-NQ/TU của Tỉnh ủy", ["15-NQ/TU"]),
    ("công văn số 484-CV/BTGTU, ngày 16/3/2022", ["484-CV/BTGTU"]),
    ("Kế hoạch số 101-KH/TU, ngày 03/9/2019", ["101-KH/TU"]),
    ("Chỉ thị số 35-CT/TW, ngày 26/5/2014 của Bộ Chính trị", ["35-CT/TW"]),
    ("Quy định số 11-QĐi/TW, ngày 18/02/2019", ["11-QĐi/TW"]),
    ("Chỉ thị số\n35-CT/TW và Quy định số 11-QĐi/TW (sửa đổi)", ["35-CT/TW", "11-QĐi/TW"]),
    ("Kết luận\nsố 21-KL/TW về xây dựng, chỉnh đốn Đảng", ["21-KL/TW"]),
    ("Hướng dẫn số 36-HD/VPTW ngày 03/4/2018", ["36-HD/VPTW"]),
    ("Thông báo số 12-TB/HU ngày 5/1/2021", ["12-TB/HU"]),
    ("Báo cáo số 123-BC/HU", ["123-BC/HU"]),
    ("Quyết định số 99-QĐ/TW", ["99-QĐ/TW"]),
    ("Quyết định số 99-QD/TW", ["99-QĐ/TW"]),
    ("Nghị quyết số 20–NQ/TW", ["20-NQ/TW"]),
    ("Nghị quyết số 20 - NQ/TW", ["20-NQ/TW"]),
    ("Nghị quyết số 20-NQ / TW", ["20-NQ/TW"]),
    ("Nghị quyết số 20/NQ-TW", ["20-NQ/TW"]),
    ("nghị quyết số 20-nq/tw", []),  # all lowercase codes are not a number
    ("NGHỊ QUYẾT SỐ 20-NQ/TW", ["20-NQ/TW"]),
    ("Nghị quyết 57-NQ/TW của Bộ Chính trị", ["57-NQ/TW"]),
    ("Kết luận số 187, 188- KL/TW", ["187-KL/TW", "188-KL/TW"]),
    ("Kết luận số 14, 15 và 16-KL/TW", ["14-KL/TW", "15-KL/TW", "16-KL/TW"]),
    ("Tờ trình số 45-TTr/BCS", ["45-TTr/BCS"]),
    ("Đề án số 08-ĐA/TU", ["08-ĐA/TU"]),
    ("Chương trình số 05-CTr/ĐU", ["05-CTr/ĐU"]),
    ("Chương trình số 05-CTr/DU", ["05-CTr/ĐU"]),
    ("Nghị quyết số 05-NQ/ĐH", ["05-NQ/ĐH"]),
    ("theo 20-NQ/TW", ["20-NQ/TW"]),
    # state style: số/năm/LOẠI-CƠQUAN
    ("Nghị định số 08/2014/NĐ-CP ngày 27/01/2014", ["08/2014/NĐ-CP"]),
    ("Nghị định 08/2014/ND-CP", ["08/2014/NĐ-CP"]),
    ("Quyết định số 1234/QĐ-TTg ngày 01/8/2020", ["1234/QĐ-TTg"]),
    ("Quyết định số 1234/QD-TTg", ["1234/QĐ-TTg"]),
    ("Quyết định số 1234/QĐ-TTG", ["1234/QĐ-TTg"]),
    ("Luật số 29/2013/QH13", ["29/2013/QH13"]),
    ("Luật Khoa học và công nghệ số 29/2013/QH13", ["29/2013/QH13"]),
    ("Luật Tổ chức Quốc hội số 57/2014/QH13 đã được sửa đổi", ["57/2014/QH13"]),
    ("Thông tư số 15/2022/TT-BKHCN", ["15/2022/TT-BKHCN"]),
    ("Quyết định số 156/QĐ-UBND ngày 20/01/2021 của UBND tỉnh", ["156/QĐ-UBND"]),
    ("Nghị quyết số 24/2022/UBTVQH15", ["24/2022/UBTVQH15"]),
    ("Nghị quyết\nsố 66.4/2025/NQ-CP", ["66.4/2025/NQ-CP"]),
    ("công văn số 1234/BGDĐT-VP", ["1234/BGDĐT-VP"]),
    ("Công văn số 5678/BTC-NSNN ngày 2/6/2023", ["5678/BTC-NSNN"]),
    ("Tờ trình số 263/TTr-CP ngày 08 tháng 8 năm 2022", ["263/TTr-CP"]),
    ("Báo cáo thẩm tra số 1006/BC-UBXH15 ngày 10 tháng 8 năm 2022", ["1006/BC-UBXH15"]),
    ("Quyết định số 290/2005/QĐ-TTg ngày 08 tháng 11 năm 2005", ["290/2005/QĐ-TTg"]),
    ("Thông tư liên tịch số 01/2015/TTLT-BNV-BTC", ["01/2015/TTLT-BNV-BTC"]),
    ("Nghị định số 30/2020/NĐ-CP về công tác văn thư", ["30/2020/NĐ-CP"]),
    ("Chỉ thị số 05/CT-TTg ngày 28/01/2022", ["05/CT-TTg"]),
    ("Nghị quyết số 37/2021/QH15 ngày 13 tháng 11 năm 2021", ["37/2021/QH15"]),
    ("Nghị quyết số 30/2021/QH15 về kỳ họp thứ nhất", ["30/2021/QH15"]),
    ("Kế hoạch số 45/KH-UBND ngày 3/3/2021", ["45/KH-UBND"]),
    ("Quyết định số 1234 /QĐ-UBND", ["1234/QĐ-UBND"]),
    ("Nghị định số 08/2014/\nNĐ-CP", ["08/2014/NĐ-CP"]),
    ("Pháp lệnh số 02/2020/UBTVQH14", ["02/2020/UBTVQH14"]),
    ("văn bản số 2345/VPCP-KGVX", ["2345/VPCP-KGVX"]),
    # laws cited by name with a date or a year
    ("Luật Khoa học và công nghệ ngày 18/6/2013", [None]),
    ("Căn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;", [None]),
    ("Bộ luật Lao động năm 2019", [None]),
    ("Hiến pháp năm 2013", [None]),
    # older documents write the name in lowercase; a Pháp lệnh and a Bộ luật are cited the same way
    ("Căn cứ Bộ Luật tố tụng hình sự năm 2015;", [None]),
    ("theo Bộ luật dân sự năm 2005 và các văn bản hướng dẫn", [None]),
    ("Căn cứ Luật đầu tư công ngày 18 tháng 6 năm 2014;", [None]),
    ("Căn cứ Luật các tổ chức tín dụng ngày 16 tháng 6 năm 2010;", [None]),
    ("Căn cứ Pháp lệnh phí và lệ phí ngày 28 tháng 8 năm 2001;", [None]),
    ("Căn cứ Pháp lệnh Dân số ngày 09/01/2003 và Pháp lệnh sửa đổi Điều 10 của Pháp lệnh Dân số "
     "ngày 27/12/2008;", [None, None]),
    ("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật thuế thu nhập doanh nghiệp ngày 19 tháng 6 "
     "năm 2013;", [None]),
    # ... but a law as the subject of a clause, a common noun, or a lowercase name with a year only
    ("Luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2016.", []),
    ("Pháp lệnh này có hiệu lực kể từ ngày 01/7/2008.", []),
    ("Luật Đất đai có hiệu lực từ ngày 01/8/2024", []),
    ("Luật đã được Quốc hội thông qua ngày 20/11/2014", []),
    ("Luật này đã được Quốc hội thông qua ngày 20/11/2014", []),
    ("Luật Đất đai đã được sửa đổi năm 2018", []),
    ("Luật pháp năm 2020 đã có nhiều thay đổi", []),
    ("Luật sư Trần Văn B ngày 12/5/2022 đã nộp đơn", []),
    ("theo quy định của Luật, ngày 15/3/2021 Sở đã", []),
    ("kinh phí thực hiện Pháp lệnh phòng, chống lụt, bão năm 2014 đã được cấp", []),
    # the own number repeated in a title line above the header is not a citation
    ("# Nghị định số 45/2019/NĐ-CP quy định xử phạt\n\n| Số: 45/2019/NĐ-CP | Hà Nội, ngày 05 tháng 6 "
     "năm 2019 |\n\nCăn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;", [None]),
    ("# Thông tư số 10/2021/TT-BTC hướng dẫn Nghị định số 45/2019/NĐ-CP\n\nSố: 10/2021/TT-BTC\n"
     "THÔNG TƯ\nTHÔNG TƯ SỐ 10/2021/TT-BTC\nCăn cứ Nghị định số 45/2019/NĐ-CP;", ["45/2019/NĐ-CP", "45/2019/NĐ-CP"]),
    # a number of another year is another document (more rows: test_citation_classes.OWN_NUMBER)
    ("Số: 88/KH-UBND\nBảo Lâm, ngày 02 tháng 3 năm 2024\nCăn cứ Kế hoạch số 88/KH-UBND ngày 3/3/2023 "
     "của UBND tỉnh", ["88/KH-UBND"]),
    # shorthands
    ("Quy định 377 của Bộ Chính trị", ["377-QĐ/TW"]),
    ("Nghị quyết số 20-NQ/TW ngày 01/11/2012 ... Nghị quyết 20 đã đi vào cuộc sống",
     ["20-NQ/TW", "20-NQ/TW"]),
    ("Kết luận số 50-KL/TW ngày 30/5/2019 ... thực hiện Kết luận số 50 của Ban Bí thư",
     ["50-KL/TW", "50-KL/TW"]),
    ("Triển khai thực hiện Đề án 05-ĐA/TU ngày 02/12/2025 của Tỉnh ủy", ["05-ĐA/TU"]),
    ("KẾ HOẠCH Số 29-KH/TU của Tỉnh ủy thực hiện Chỉ thị số 54-CT/TW, ngày 30/11/2025",
     ["29-KH/TU", "54-CT/TW"]),
    ("Thông báo kết luận số 55-TB/TW ngày 5/3/2024 của Bộ Chính trị", ["55-TB/TW"]),
    ("Nghị quyết số 01/NQ-CP ngày 05/01/2024", ["01/NQ-CP"]),
    ("Quyết định 1234 /QĐ-UBND ngày 5/6/2023", ["1234/QĐ-UBND"]),
    ("theo Công văn 2345/UBND-VX ngày 1/2/2024", ["2345/UBND-VX"]),
    ("Tờ trình số 123/TTr-SNV ngày 10/5/2023", ["123/TTr-SNV"]),
    ("theo Nghị định 168? Căn cứ khoản 9 Điều 7 Nghị định 168/2024/NĐ-CP",
     ["168/2024/NĐ-CP", "168/2024/NĐ-CP"]),
    ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;", [None]),
    ("Căn cứ điểm a khoản 1 Điều 80 Luật Trật tự, an toàn giao thông đường bộ 2024 có quy định", [None]),
    ("Luật Đất đai năm 2024, Luật Nhà ở năm 2023", [None, None]),
    ("Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019", [None]),
    ("theo Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI ngày 15/10/2020 của Đảng bộ tỉnh", [None]),
    ("Căn cứ Luật Xây dựng số 50/2014/QH13ngày 18/06/2014 của Quốc Hội khóa XI", ["50/2014/QH13"]),
    ("Căn cứ Thông tư số 37/2015/NĐ-CPcủa Chính Phủ về việc", ["37/2015/NĐ-CP"]),
    ("Căn cứ Quyết định số 711/BYT-QĐ ngày 17/7/1969 của Bộ trưởng Bộ Y tế", ["711/BYT-QĐ"]),
    ("Căn cứ Thông tư số 4/TT-BYT ngày 05/3/2020 của Bộ Y tế", ["4/TT-BYT"]),
    ("Căn cứ Nghị định 85/2016/NĐ-CP về bảo đảm an toàn hệ thống thông tin;", ["85/2016/NĐ-CP"]),
    ("Căn cứ Luật Sở hữu trí tuệ số 50/2005/QH11 ngày 29/11/2005 và Luật Sửa đổi, bổ sung một số "
     "điều của Luật Sở hữu trí tuệ số 07/2022/QH15 ngày 16/6/2022;", ["50/2005/QH11", "07/2022/QH15"]),
    ("Công văn số 123/SNV-TCBC ngày 3/4/2024 của Sở Nội vụ", ["123/SNV-TCBC"]),
    ("Kế hoạch số 12-KH/ĐTN của Huyện đoàn", ["12-KH/ĐTN"]),
    ("Văn bản hợp nhất số 01/VBHN-VPQH ngày 10/12/2018", ["01/VBHN-VPQH"]),
    # a unit code with a dot-suffix ("KGVX.II", "V.III"); a full stop ending the sentence is no suffix
    ("theo Công văn số 5120/VPCP-KGVX.II ngày 02/8/2022 của Văn phòng Chính phủ", ["5120/VPCP-KGVX.II"]),
    ("Văn bản số 771/BNV-V.III ngày 14/3/2021", ["771/BNV-V.III"]),
    ("theo Quyết định số 12/QĐ-UBND. Sau đó", ["12/QĐ-UBND"]),
    ("theo Quyết định số 12/QĐ-UBND.Trong năm", ["12/QĐ-UBND"]),
    # a table cell's list: the next item's capitalised word after a dash is no part of the code
    ("- Luật Điện lực số 61/2024/QH15 - Nghị định số 61/2025/NĐ-CP ngày 04/3/2025",
     ["61/2024/QH15", "61/2025/NĐ-CP"]),
    ("Nghị định số 116/2014/NĐ-CP\n- Thông tư số 12/2020/TT-BTC", ["116/2014/NĐ-CP", "12/2020/TT-BTC"]),
    ("Quyết định số 12/2019/QĐ - TTg ngày 1/2/2019", ["12/2019/QĐ-TTg"]),
    # an amending law's name opens lowercase, the law it amends after "của" is capitalised
    ("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật năm 2025;",
     [None]),
    # a lowercase law name with the year glued to it (no "năm") is the law's name and year
    ("triển khai Luật\nđất đai 2013 và các nghị định hướng dẫn", [None]),
    ("hướng dẫn thi hành Luật xây dựng 2014;", [None]),
    # not citations
    ("theo mã 123/ABC-XYZ trên hệ thống", []),
    ("Căn cứ Giấy chứng nhận số 03/GCN-CHHĐTVN ngày 12/09/2025", []),
    ("Thực hiện Nghị quyết Đại hội XIII của Đảng, ngày 15/3/2021 Ban Thường vụ họp", []),
    ("Nghị quyết Hội nghị lần thứ hai Ban Chấp hành Trung ương Đảng khoá XIV", []),
    ("Hội nghị lần thứ 8 Ban Chấp hành Trung ương khóa XIII", []),
    ("Số: 634/TB-VPCP\nHà Nội, ngày 22 tháng 11 năm 2025", []),
    ("Số 07-KL/VPTW\n|\n*Hà Nội, ngày 01 tháng 12 năm 2025*", []),
    ("Nghị quyết số: 24/2022/UBTVQH15\nNGHỊ QUYẾT", []),
    ("| Số: 142/2008/QĐ-TTg | Hà Nội, ngày 27 tháng 10 năm 2008 |", []),
    ("Nghị quyết Hội nghị Trung ương 6 khóa XI", []),
    ("Nghị quyết Đại hội XIII của Đảng", []),
    ("Luật Lưu trữ và các văn bản hướng dẫn", []),
    ("Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;", []),
    ("theo quy định tại khoản 1 Điều 2 Quyết định này", []),
    ("Kế hoạch 5 năm 2021-2025", []),
    # "năm YYYY" after a lowercase name may date the clause, not the law: a full date is needed
    ("kinh phí thực hiện Luật thi đua, khen thưởng năm 2022 đã được cấp", []),
    ("Luật sư 2020 đã nộp đơn", []),
    ("đại dịch COVID-19 từ Quỹ bảo hiểm thất nghiệp", []),
    ("hoàn thành 56/93 nhiệm vụ", []),
    ("CÔNG BÁO/Số 695 + 696/Ngày 22-8-2022", []),
    ("cơ sở dữ liệu đảng viên 3.0", []),
    ("NGHỊ QUYẾT\n1. Tổ chức học tập", []),
    # numbered by the issuer alone before 1992: a number after its type word only
    ("theo Quyết định số 206-CP ngày 30 tháng 5 năm 1979 của Hội đồng Chính phủ", ["206-CP"]),
    ("Quyết định số 111-HĐBT ngày 13 tháng 10 năm 1981 của Hội đồng Bộ trưởng", ["111-HĐBT"]),
    ("TAND khu vực 2 - An Giang; Mẫu số 05-PA; nhóm 3-CP", []),
    # a joint issuer of the Front's central committee, "Ư" inside its code, the line cut after a dash
    ("Nghị quyết liên tịch số 01/2008/NQLT-BLĐTBXH-BCA-BVHTTDL-\nUBTƯMTTQVN ngày 28/8/2008",
     ["01/2008/NQLT-BLĐTBXH-BCA-BVHTTDL-UBTƯMTTQVN"]),
]


@pytest.mark.parametrize("text,expected", NUMBERS)
def test_citation_numbers(text, expected):
    assert numbers(text) == expected


# (text, field, value) on the first citation
DETAILS = [
    ("Nghị quyết số 20-NQ/TW, ngày 01/11/2012 của Ban Chấp hành", "date", "2012-11-01"),
    ("chương trình hành động số 23- CTr/HU ngày, 10/01/2013", "date", "2013-01-10"),
    ("Quyết định số 92/2005/QĐ-TTg ngày 29 tháng 4 năm 2005 của Thủ tướng", "date", "2005-04-29"),
    ("Kết luận số 50-KL/TW ngày 30/5/2019 của ban Bí thư", "date", "2019-05-30"),
    ("Nghị quyết số 12-NQ/TU ngày 31/02/2020", "date_valid", False),
    ("Nghị quyết số 20-NQ/TW, ngày 01/11/2012", "type", "Nghị quyết"),
    ("chương trình hành động số 23- CTr/HU", "type", "Chương trình"),
    ("công văn số 484-CV/BTGTU", "type", "Công văn"),
    ("Báo cáo thẩm tra số 1006/BC-UBXH15", "type", "Báo cáo"),
    ("Nghị quyết số 20-NQTW", "number_text", "20-NQTW"),
    ("Nghị quyết số 20-NQTW", "type_code", "NQ"),
    ("Nghị quyết số 20-NQTW", "issuer_code", "TW"),
    ("Nghị định số 08/2014/NĐ-CP", "issuer_code", "CP"),
    ("Nghị định số 08/2014/NĐ-CP", "type_code", "NĐ"),
    ("Luật số 29/2013/QH13", "type_code", "L"),
    ("Luật số 29/2013/QH13", "issuer_code", "QH"),
    ("công văn số 1234/BGDĐT-VP", "type_code", "CV"),
    ("công văn số 1234/BGDĐT-VP", "issuer_code", "BGDĐT"),
    ("Nghị quyết số 20-NQ/TW, ngày 01/11/2012 của Ban Chấp hành Trung ương Đảng (khóa XI) “về phát "
     "triển khoa học và công nghệ”", "issuing_body", "Ban Chấp hành Trung ương Đảng"),
    ("Nghị quyết số 20-NQ/TW, ngày 01/11/2012 của Ban Chấp hành Trung ương Đảng (khóa XI) “về phát "
     "triển khoa học và công nghệ”", "term", "khóa XI"),
    ("Nghị quyết số 20-NQ/TW, ngày 01/11/2012 của Ban Chấp hành Trung ương Đảng (khóa XI) “về phát "
     "triển khoa học và công nghệ”", "title", "về phát triển khoa học và công nghệ"),
    ("Kế hoạch số 101-KH/TU, ngày 03/9/2019 của Ban Thường vụ Tỉnh ủy có những thuận lợi",
     "issuing_body", "Ban Thường vụ Tỉnh ủy"),
    ("Chỉ thị số 35-CT/TW, ngày 26/5/2014 của Bộ\nChính trị về tăng cường", "issuing_body", "Bộ Chính trị"),
    ("Quyết định số 1234/QĐ-TTg ngày 01/8/2020 của Thủ tướng Chính phủ phê duyệt", "issuing_body",
     "Thủ tướng Chính phủ"),
    ("Luật Khoa học và công nghệ ngày 18/6/2013", "title", "Luật Khoa học và công nghệ"),
    ("Thông báo kết luận số 55-TB/TW ngày 5/3/2024", "type", "Thông báo"),
    ("Nghị quyết 18-NQ/TW ngày 25/10/2017 của Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII",
     "issuing_body", "Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng"),
    ("Nghị quyết 18-NQ/TW ngày 25/10/2017 của Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII",
     "term", "khóa XII"),
    ("sửa đổi Nghị quyết số 47 ngày 13/12/2024 của HĐND tỉnh", "date", "2024-12-13"),
    ("sửa đổi Nghị quyết số 47 ngày 13/12/2024 của HĐND tỉnh", "short", True),
    ("Bộ luật Hình sự năm 2015 (sửa đổi, bổ sung năm 2017)", "date", "2015"),
    ("Căn cứ Bộ Luật tố tụng hình sự năm 2015;", "date", "2015"),
    ("Căn cứ Luật đầu tư công ngày 18 tháng 6 năm 2014;", "date", "2014-06-18"),
    ("Căn cứ Luật đầu tư công ngày 18 tháng 6 năm 2014;", "title", "Luật đầu tư công"),
    ("Căn cứ Pháp lệnh phí và lệ phí ngày 28 tháng 8 năm 2001;", "type", "Pháp lệnh"),
    ("Luật Đầu tư được Quốc hội khóa XIV thông qua ngày 17/6/2020", "date", "2020-06-17"),
    ("Luật Đầu tư được Quốc hội khóa XIV thông qua ngày 17/6/2020", "title", "Luật Đầu tư"),
    ("Luật hợp tác xã đã được Quốc hội ban hành ngày 20 tháng 11 năm 2012", "title", "Luật hợp tác xã"),
    ("Căn cứ Pháp lệnh phí và lệ phí ngày 28 tháng 8 năm 2001;", "date", "2001-08-28"),
    ("Pháp lệnh sửa đổi Điều 10 của Pháp lệnh Dân số ngày 27/12/2008", "text",
     "Pháp lệnh sửa đổi Điều 10 của Pháp lệnh Dân số ngày 27/12/2008"),
    ("Luật Khoa học và công nghệ ngày 18/6/2013", "date", "2013-06-18"),
    ("Ngày 09/4/2013, Chính phủ đã ban hành Nghị định số 31/2013/NĐ-CP quy định chi tiết", "date",
     "2013-04-09"),
    ("Ngày 09/4/2013, Bộ đã họp. Nghị định số 31/2013/NĐ-CP quy định", "date", None),
    ("Căn cứ Luật Xây dựng số 50/2014/QH13ngày 18/06/2014 của Quốc Hội", "date", "2014-06-18"),
    ("Quyết định số 711/BYT-QĐ ngày 17/7/1969 của Bộ trưởng Bộ Y tế về việc", "issuing_body", "Bộ trưởng Bộ Y tế"),
    ("Quyết định số 711/BYT-QĐ ngày 17/7/1969", "type_code", "QĐ"),
    # the date may follow the issuing body: "số ... của <body> ngày ..."
    ("Thực hiện Chỉ thị số 05-CT/TU của Tỉnh ủy Hà Giang ngày 14/9/2021 về", "date", "2021-09-14"),
    ("Thực hiện Chỉ thị số 05-CT/TU của Tỉnh ủy Hà Giang ngày 14/9/2021 về", "text",
     "Chỉ thị số 05-CT/TU của Tỉnh ủy Hà Giang ngày 14/9/2021"),
    ("Thực hiện Chỉ thị số 05-CT/TU của Tỉnh ủy Hà Giang ngày 14/9/2021 về", "issuing_body", "Tỉnh ủy Hà Giang"),
    ("Quyết định số 34/QĐ-UBND của UBND tỉnh; ngày 14/9/2021 Sở đã", "date", None),
    ("hướng dẫn thi hành Luật xây dựng 2014;", "date", "2014"),
    ("Luật Tổ chức Quốc hội số 57/2014/QH13", "title", "Luật Tổ chức Quốc hội"),
    ("công văn số 484-CV/BTGTU, ngày 16/3/2022 của Ban Tuyên giáo Tỉnh ủy về việc báo cáo tổng kết "
     "thực hiện Nghị quyết số 20-NQ/TW", "title", "về việc báo cáo tổng kết thực hiện"),
    ("Nghị quyết số 20-NQ/TW, ngày 01/11/2012", "text", "Nghị quyết số 20-NQ/TW, ngày 01/11/2012"),
    ("theo chương trình hành động số 23- CTr/HU ngày, 10/01/2013 thực hiện",
     "text", "chương trình hành động số 23- CTr/HU ngày, 10/01/2013"),
    # an amending law named after the two laws it amends is one law, not the last of the two
    ("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật\nViên chức ngày 25 tháng 11 năm 2019;",
     "title", "Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật Viên chức"),
    ("Căn cứ Luật Đất đai và Luật Nhà ở ngày 27 tháng 11 năm 2023;", "title", "Luật Nhà ở"),
]


@pytest.mark.parametrize("text,field,value", DETAILS)
def test_citation_details(text, field, value):
    c = find_citations(text)[0]
    assert getattr(c, field) == value


def test_spans_index_the_text():
    text = "Thực hiện Nghị quyết số 20-NQ/TW, ngày 01/11/2012 và Kết luận số 50-KL/TW."
    for c in find_citations(text):
        assert text[c.start:c.end] == c.text


def test_shorthand_resolves_to_the_full_citation():
    text = ("Nghị quyết số 20-NQ/TW ngày 01/11/2012 của Ban Chấp hành Trung ương. "
            "Sau 10 năm, Nghị quyết 20 đã đi vào cuộc sống; Nghị quyết nêu trên được quán triệt.")
    cs = find_citations(text)
    assert [c.short for c in cs] == [False, True, True]
    assert [c.resolved_to for c in cs] == [None, 0, 0]
    assert cs[1].number == cs[2].number == "20-NQ/TW"
    assert cs[1].date == cs[2].date == "2012-11-01"


def test_repeated_number_without_date_takes_the_date_of_the_first_mention():
    text = "Kết luận số 50-KL/TW ngày 30/5/2019 của Ban Bí thư ... thực hiện kết luận số 50 KL/TW."
    cs = find_citations(text)
    assert cs[1].number == "50-KL/TW" and cs[1].date == "2019-05-30" and cs[1].resolved_to == 0


def test_anaphor_without_antecedent_is_not_a_citation():
    assert find_citations("các quyết định nêu trên của Ủy ban") == []


def test_resolution_can_be_switched_off():
    cs = find_citations("Nghị quyết số 20-NQ/TW ngày 01/11/2012. Nghị quyết 20 đã", resolve=False)
    assert cs[1].short and cs[1].resolved_to is None and cs[1].number is None


# lookups the audit uses
LOOKUPS = [
    (type_name, "NQ", "Nghị quyết"),
    (type_name, "QĐi", "Quy định"),
    (type_name, "CTr", "Chương trình"),
    (type_name, "XYZ", None),
    (canonical_type_code, "QD", "QĐ"),
    (canonical_type_code, "ctr", "CTr"),
    (canonical_issuer_code, "UBTVQH15", "UBTVQH"),
    (canonical_issuer_code, "DU", "ĐU"),
    (canonical_issuer_code, "TTG", "TTg"),
    (issuer_name, "TTg", "Thủ tướng Chính phủ"),
    (issuer_name, "BKHCN", "Bộ Khoa học và Công nghệ"),
]


@pytest.mark.parametrize("fn,arg,expected", LOOKUPS)
def test_lookups(fn, arg, expected):
    assert fn(arg) == expected


def test_type_word_and_issuer_phrase_lookups():
    assert "KH" in codes_for_type_word("Kế hoạch")
    assert {"QĐi", "QĐ"} <= set(codes_for_type_word("quy định"))
    assert "CTr" in codes_for_type_word("chương trình hành động")
    assert issuer_codes_for_phrase("Ban Thường vụ Tỉnh uỷ") == ("TU",)
    assert "TW" in issuer_codes_for_phrase("Ban Bí thư")
    assert issuer_codes_for_phrase("Thủ tướng Chính phủ") == ("TTg",)
    assert issuer_codes_in("Ban Thường vụ Tỉnh ủy Lâm Đồng") == ("TU",)
    assert issuer_codes_in("Bộ trưởng Bộ Khoa học và Công nghệ") == ("BKHCN",)
    assert issuer_codes_in("một cơ quan nào đó") == ()
