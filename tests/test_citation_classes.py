"""Citations by error class (issue 18): one row per real spelling or layout met in the 346-document
corpus, text written in the style of the documents (not copied from them).

Each table is a class of misses or false positives seen on documents nobody tuned for; a rule that
fixes a class must keep every row of every table."""
from __future__ import annotations

import pytest

from vanban.pipeline.extract.citations import find_citations


def numbers(text: str) -> list[str | None]:
    return [c.number for c in find_citations(text) if not (c.short and c.number_text is None)]


# --- the document's own number is never one of its citations --------------------------------
# (text, numbers found): the own number comes from the header ("Số: ..."), or, on a page that lost
# its header, from its first title line or from the caption of its appendix.
OWN_NUMBER = [
    # a site banner and a footer repeat the number the header gives
    ("Quyết định 2639/QĐ-TTg bổ sung kinh phí cho các địa phương\n"
     "THỦ TƯỚNG CHÍNH PHỦ\nSố: 2639/QĐ-TTg\nHà Nội, ngày 03 tháng 12 năm 2025\nQUYẾT ĐỊNH\n"
     "Căn cứ Nghị định số 60/2024/NĐ-CP ngày 15/6/2024 của Chính phủ;\n"
     "Xem chi tiết Quyết định 2639/QĐ-TTg có hiệu lực từ ngày 03/12/2025.\n"
     "Quyết định 2639/QĐ-TTg ngày 03/12/2025 bổ sung kinh phí", ["60/2024/NĐ-CP"]),
    # a page with no header whose first line names the document in running text, and that comes back
    # to it by type and ordinal (realworld5 371; realworld 152 has a type line as well)
    ("Quy định 294-QĐ/TW làm rõ nhiều nội dung về công tác xây dựng Đảng.\n\nSo với Quy định 232 ngày "
     "20/1/2025, Quy định 294 mở rộng nhiều nội dung mới.", ["232-QĐ/TW"]),
    ("Nghị quyết 62/2025/NQ-HĐND quy định mức hỗ trợ chi trả an sinh xã hội\n\nNghị quyết 62 thay thế "
     "Nghị quyết số 11/2021/NQ-HĐND ngày 09/7/2021.", ["11/2021/NQ-HĐND"]),
    # ... or a page that opens mid-story on it and comes back to it in full (realworld23 528)
    ("Theo đó, Nghị định số 17/2025/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định số 24/2024/NĐ-CP "
     "ngày 27/02/2024.\n\nTrong đó, Nghị định số 17/2025/NĐ-CP bổ sung thêm Điều 2a.", ["24/2024/NĐ-CP"]),
    # ... but one it names once is a citation, opener or not
    ("Theo đó, Nghị định số 17/2025/NĐ-CP sửa đổi một số điều.\n\nUBND tỉnh hướng dẫn thực hiện.",
     ["17/2025/NĐ-CP"]),
    # ... not a headline that names it without its full number: a news article about it (heldout 101)
    ("Kết luận 155: Khẩn trương ban hành chính sách hỗ trợ\n\nTại phiên họp, Bộ Chính trị ban hành Kết "
     "luận 155-KL/TW về chính sách.", ["155-KL/TW", "155-KL/TW"]),
    # ... nor a page that opens with a document it never comes back to
    ("Nghị định 12/2025/NĐ-CP quy định chi tiết một số điều\n\nUBND tỉnh hướng dẫn thực hiện.",
     ["12/2025/NĐ-CP"]),
    # the caption of its appendix, after the signature
    ("Số: 45/KH-UBND\nSơn La, ngày 10 tháng 3 năm 2025\nKẾ HOẠCH\nthực hiện Chỉ thị số 05-CT/TU\n"
     "CHỦ TỊCH\nNguyễn Văn A\nPHỤ LỤC\n(Kèm theo Kế hoạch số 45/KH-UBND ngày 10/3/2025 của UBND tỉnh)",
     ["05-CT/TU"]),
    # the caption misreads the header's number (2031 -> 203): same codes, same date, one digit off
    ("Số: 2031/QĐ-UBND\nCao Bằng, ngày 28 tháng 11 năm 2025\nQUYẾT ĐỊNH\nCHỦ TỊCH\nPHỤ LỤC I\n"
     "*(Kèm theo Quyết định số: 203/QĐ-UBND ngày 28 tháng 11 năm 2025 của Chủ tịch\nUBND tỉnh)*",
     []),
    # ... but a decision of the same day cited in the body is another document
    ("Số: 2031/QĐ-UBND\nCao Bằng, ngày 28 tháng 11 năm 2025\nQUYẾT ĐỊNH\n"
     "Căn cứ Quyết định số 2030/QĐ-UBND ngày 28/11/2025 của Chủ tịch UBND tỉnh;", ["2030/QĐ-UBND"]),
    # the same number in another year is another document; in the same year it is the own one
    ("Số: 88/KH-UBND\nBảo Lâm, ngày 02 tháng 3 năm 2024\nCăn cứ Kế hoạch số 88/KH-UBND ngày 3/3/2023 "
     "của UBND huyện", ["88/KH-UBND"]),
    ("Số: 88/KH-UBND\nBảo Lâm, ngày 02 tháng 3 năm 2024\ntriển khai Kế hoạch số 88/KH-UBND ngày "
     "02/3/2024 đến các xã", []),
    ("Số: 88/KH-UBND\nCăn cứ Kế hoạch số 88/KH-UBND ngày 3/3/2023 của UBND tỉnh", []),  # no date to tell
    # "Số:" after the rule under the issuer, on the same line
    ("CHÍNH PHỦ__________ Số: 170/2025/NĐ-CP\nNGHỊ ĐỊNH\nCăn cứ Luật Tổ chức Chính phủ số "
     "63/2025/QH15;\nPhụ lục\n(Kèm theo Nghị định số 170/2025/NĐ-CP ngày 30 tháng 6 năm 2025 của "
     "Chính phủ)", ["63/2025/QH15"]),
    # "Số:" on the line under a type word: the header of a consolidated text, a database banner
    ("XÁC THỰC VĂN BẢN HỢP NHẤT\nSố: 156/VBHN-BLĐTBXH\nHà Nội, ngày 12 tháng 3 năm 2024", []),
    ("CƠ SỞ DỮ LIỆU VĂN BẢN QUY PHẠM PHÁP LUẬT\nCHÍNH PHỦ\nSố: 51/2025/NĐ-CP\nNGHỊ ĐỊNH\n"
     "Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;", ["63/2025/QH15"]),
    # a consolidated text is numbered by its VBHN number, not by the header of the decree it
    # consolidates, which comes first: that decree is cited
    ("CHÍNH PHỦ\nSố: 49/2018/NĐ-CP\nNGHỊ ĐỊNH\nQuy định về kiểm định kỹ thuật\nĐiều 1. Phạm vi\n"
     "Nghị định số 49/2018/NĐ-CP ngày 30 tháng 3 năm 2018 của Chính phủ, được sửa đổi, bổ sung bởi:\n"
     "XÁC THỰC VĂN BẢN HỢP NHẤT\nSố: 1798/VBHN-BLĐTBXH\nHà Nội, ngày 10 tháng 5 năm 2019", ["49/2018/NĐ-CP"]),
    # an issuer code missing from the tables is still the header's number
    ("Công văn số 5115/LĐTBXH-KHTC v/v thí điểm chi trả trợ cấp\nBỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\n"
     "Số: 5115/LĐTBXH-KHTC\nHà Nội, ngày 03 tháng 12 năm 2018", []),
    # a page that lost its header: the caption of its appendix has the type of its type line
    ("**HƯỚNG DẪN**\nXÂY DỰNG ĐỘI NGŨ BÁO CÁO VIÊN\n- Căn cứ Hướng dẫn số 06-HD/BTCTW-BTGTW, ngày "
     "15/8/2011 của Ban Tổ chức Trung ương;\nK/T TRƯỞNG BAN\n**PHỤ LỤC**\n*(Kèm theo Hướng dẫn số "
     "52-HD/BTGDVTW, ngày 20/11/2025 của Ban Tuyên giáo và Dân vận Trung ương)*\n"
     "Hướng dẫn số 52-HD/BTGDVTW, ngày 20/11/2025", ["06-HD/BTCTW-BTGTW"]),
    ("NGHỊ ĐỊNH\nPHÂN LOẠI ĐƠN VỊ HÀNH CHÍNH\nCăn cứ Luật Tổ chức\nChính phủ số 63/2025/QH15;\n"
     "PHỤ LỤC\nCÁC TIÊU CHÍ PHÂN LOẠI\n(Kèm theo Nghị định số 307/2025/NĐ-CP ngày 27 tháng 11 năm 2025 "
     "của Chính phủ)", ["63/2025/QH15"]),
    # ... a caption of another type names the document this one is attached to: a citation
    ("KẾ HOẠCH\nTHỰC HIỆN CÔNG TÁC BẢO VỆ BÍ MẬT NHÀ NƯỚC NĂM 2023 (Kèm theo Quyết định số "
     "254/QĐ-UBND ngày 17/02/2023 của Chủ tịch Ủy ban nhân dân tỉnh)\nI. MỤC ĐÍCH", ["254/QĐ-UBND"]),
    ("HƯỚNG DẪN\nThực hiện Quy chế hoạt động báo cáo viên\n*(ban hành kèm theo Quyết định số "
     "907-QĐ/BTGDVTW, ngày 17/9/2025 của Ban Tuyên giáo và Dân vận Trung ương)*", ["907-QĐ/BTGDVTW"]),
    # a portal's page with neither header nor type line that opens by announcing a document
    # presents it: the number is the page's own
    ("Ngày 27/8/2025, Chính phủ ban hành Nghị định 234/2025/NĐ-CP quy định đối với tàu quân sự nước "
     "ngoài đến Việt Nam.\n\nNghị định 234/2025/NĐ-CP gồm 5 chương, 25 Điều.\n\nNghị định số 104/2012/NĐ-CP "
     "ngày 05/12/2012 của Chính phủ hết hiệu lực thi hành.", ["104/2012/NĐ-CP"]),
    # ... or by reporting its signing, once is enough ("đã ký"), and a shorthand is a return to it
    ("Thay mặt Bộ Chính trị, đồng chí Thường trực Ban Bí thư đã ký Thông báo kết luận số 82-TB/TW "
     "ngày 12/5/2025 của Bộ Chính trị về chế độ đối với cán bộ.\n\nTheo đó, Bộ Chính trị đồng ý "
     "thực hiện theo Nghị định số 178/2024/NĐ-CP.", ["178/2024/NĐ-CP"]),
    ("Ngày 3/4/2025, đồng chí Trưởng Ban Tổ chức Trung ương đã ký ban hành Kế hoạch số 52-KH/BCĐ "
     "(Kế hoạch số 52) của Ban Chỉ đạo.\n\nKế hoạch số 52 yêu cầu thực hiện Kết luận số 126-KL/TW.",
     ["126-KL/TW"]),
    ("Ngày 3/4/2025, Ban Chỉ đạo ban hành Kế hoạch số 52-KH/BCĐ về sắp xếp đơn vị hành chính.\n\n"
     "Theo Kế hoạch số 52, các tỉnh hoàn thành đề án trước ngày 1/5/2025.", []),
    # ... a news sentence that mentions an issued document once, not its signing, cites it
    ("Ngày 10/3/2025, Bộ Tài chính ban hành Thông tư số 12/2025/TT-BTC hướng dẫn quản lý kinh phí."
     "\n\nCác địa phương đề nghị bổ sung kinh phí.", ["12/2025/TT-BTC"]),
    # ... but a report with its type line that opens the same way cites the decree
    ("BÁO CÁO\nKết quả thực hiện\nNgày 09/4/2013, Chính phủ ban hành Nghị định số 31/2013/NĐ-CP "
     "quy định chi tiết; Sở đã triển khai Nghị định số 31/2013/NĐ-CP", ["31/2013/NĐ-CP", "31/2013/NĐ-CP"]),
    # ... or the title line the page opens with
    ("Nghị quyết 62/2025/NQ-HĐND quy định mức hỗ trợ chi trả an sinh xã hội\nNGHỊ QUYẾT\n"
     "Căn cứ Luật Ngân sách nhà nước số 89/2025/QH15;\nNghị quyết 62/2025/NQ-HĐND có hiệu lực",
     ["89/2025/QH15"]),
    # ... or the annex caption that writes it with its separators misplaced ("2665 QĐ/UBND")
    ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ\nSố: 2665/QĐ-UBND\nCần Thơ, ngày 26 tháng 11 năm 2025\nQUYẾT ĐỊNH\n"
     "Về việc công bố thủ tục hành chính\nCăn cứ Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010;\n"
     "(Kèm theo Quyết định số 2665 QĐ/UBND ngày 26 tháng 11 năm 2025 của Chủ tịch Ủy ban nhân dân thành phố)\n",
     ["63/2010/NĐ-CP"]),
]


@pytest.mark.parametrize("text,expected", OWN_NUMBER)
def test_own_number_is_never_a_citation(text, expected):
    assert numbers(text) == expected


# --- numbers spelt the way real pages spell them ---------------------------------------------
SPELLINGS = [
    # glued to "số", or "sổ" for "số"
    ("Nghị định số142/2018/NĐ-CP ngày 09 tháng 10 năm 2018 của Chính phủ", ["142/2018/NĐ-CP"]),
    ("Xét đề nghị của Chính phủ tại Tờ trình số372/TTr-CP", ["372/TTr-CP"]),
    ("được quy định tại Hướng dẫn sổ 06-HD/BTCTW-BTGTW, chia cho tổng số xã", ["06-HD/BTCTW-BTGTW"]),
    # Cyrillic letters that print like Latin ones in the issuer code (Т, С)
    ("theo hướng dẫn tại văn bản số 16495/B\u0422\u0421-PTHT ngày 22/10/2025", ["16495/BTC-PTHT"]),
    ("Thông tư số 105/2025/TT-BT\u0421 ngày 31/10/2025 của Bộ Tài chính", ["105/2025/TT-BTC"]),
    ("Nghị định số 112/2021/NĐ-C\u0420 ngày 10/12/2021", ["112/2021/NĐ-CP"]),
    # "&" inside a unit or ministry code
    ("Tờ trình số 322/TTr-SVHTT&DL ngày 19/11/2025", ["322/TTr-SVHTT&DL"]),
    ("Căn cứ Quyết định số\n4347/QĐ-BVHTT&DL ngày 14/11/2025 của Bộ trưởng", ["4347/QĐ-BVHTT&DL"]),
    ("Công văn số 4236/SXD-QLN&CS ngày 22 tháng 5 năm 2014", ["4236/SXD-QLN&CS"]),
    ("Thông tư liên tịch số 01/2017/TTLT-BCA-BQP-BTC-BNN&PTNT-VKSNDTC ngày 29/12/2017",
     ["01/2017/TTLT-BCA-BQP-BTC-BNN&PTNT-VKSNDTC"]),
    ("Công văn số 8935/BNV-CTTN&BĐG ngày 03 tháng 10 năm 2025", ["8935/BNV-CTTN&BĐG"]),
    # a gazette's footnote mark glued to the issuer code: digits after a body whose numbers carry
    # no term (models/issuers.csv "term"); the National Assembly's term, or an unknown code, stays
    ("Nghị quyết \nsố 66-\nNQ/TW1 \n2  \nThực hiện nghiêm", ["66-NQ/TW"]),
    ("Nghị định số \n09/2026/NĐ-\nCP4 \n14  Xây dựng cơ sở dữ liệu", ["09/2026/NĐ-CP"]),
    ("Kế hoạch số 12-KH/BCĐ35 ngày 3/3/2024 của Ban Chỉ đạo 35", ["12-KH/BCĐ35"]),
    ("Căn cứ Luật Tổ chức Quốc hội số 57/2014/QH13;", ["57/2014/QH13"]),
    ("Nghị quyết số 1314/NQ-UBTVQH15 ngày 10/12/2024", ["1314/NQ-UBTVQH15"]),
    ("Báo cáo thẩm tra số 4846/BC-UBTP15 ngày 20/10/2025", ["4846/BC-UBTP15"]),
    # a provincial department's code (models/issuers.csv) makes a number without a type word
    ("Văn bản thẩm định của Sở Tư pháp: Số 294/BC-STP ngày 12 tháng 9 năm 2025, số\n1890/STP-VB&TDTHPL "
     "ngày 24 tháng 10 năm 2025", ["294/BC-STP", "1890/STP-VB&TDTHPL"]),
    ("ý kiến của Sở Xây dựng tại số 512/SXD-QLXD ngày 3/6/2025", ["512/SXD-QLXD"]),
    # two Party issuers of a joint document
    ("Căn cứ Hướng dẫn số 06-HD/BTCTW-BTGTW, ngày 15/8/2011 của Ban Tổ chức Trung ương",
     ["06-HD/BTCTW-BTGTW"]),
    # a spaced slash for the hyphen between codes
    ("Tờ trình số 6872/TTr / STC-QLCS ngày 31 tháng 12 năm 2009", ["6872/TTr-STC-QLCS"]),
    ("Bãi bỏ Thông tư liên tịch số 28/2003/TTLT / BTC-BGD&ĐT ngày 04/4/2003", ["28/2003/TTLT-BTC-BGD&ĐT"]),
    ("Căn cứ Thông tư liên tịch số 117/2007/TTLT / BTC-BLĐTBXH ngày 01/10/2007",
     ["117/2007/TTLT-BTC-BLĐTBXH"]),
    ("thay thế Thông tư liên tịch số 37/2012/TTLT/BLĐTBXH-BYT-BTC-BGDĐT ngày 28/12/2012",
     ["37/2012/TTLT-BLĐTBXH-BYT-BTC-BGDĐT"]),
    # a lowercase "số" opening a line goes on a list: no header number
    ("Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ; Nghị định\nsố 118/2025/NĐ-CP "
     "ngày 09/6/2025 của Chính phủ;", ["63/2010/NĐ-CP", "118/2025/NĐ-CP"]),
    ("kiểm soát thủ tục hành chính;\nsố 118/2025/NĐ-CP ngày 09/6/2025 về thực hiện", ["118/2025/NĐ-CP"]),
    ("theo Thông tư | | | | số 02/2007/TT-BNV) | |", ["02/2007/TT-BNV"]),
    # the hyphen between type and issuer lost (text extracted from a PDF)
    ("Nghị quyết số 105/NQCP ngày 08 tháng 4 năm 2026", ["105/NQ-CP"]),
    ("Thông báo số 213/TBVPCP ngày 25 tháng 4 năm 2026", ["213/TB-VPCP"]),
    ("Nghị định số 92/2017/NĐCP ngày 07/8/2017 của Chính phủ", ["92/2017/NĐ-CP"]),
    ("Thông tư số 10/2024/TTBTC ngày\n05/02/2024", ["10/2024/TT-BTC"]),
    ("Thông tư liên tịch số 81/2005/TTLTBNV-BTC", ["81/2005/TTLT-BNV-BTC"]),
    ("Kết luận số 18KL/TW ngày 02 tháng 4 năm 2026 của Bộ Chính trị", ["18-KL/TW"]),
    # ... but a first code that is an issuer stays whole, and a glued ordinal needs a type code
    ("Quyết định số 202/TCCP-VC ngày 08 tháng 6 năm 1994", ["202/TCCP-VC"]),
    ("phủ sóng mạng 4G/LTE đến các thôn", []),
    # numbered before 2000 by issuer alone: a number only after its type word
    ("bãi bỏ Quyết định số 769/TTg ngày 18 tháng 9 năm 1997 của Thủ tướng Chính phủ", ["769/TTg"]),
    ("Nghị định số 12/CP ngày 18/02/1997 của Chính phủ ban hành", ["12/CP"]),
    ("đạt tỷ lệ 3/CP và 20/TW, còn lại", []),
    # laws named before their number: a wrapped name, a lowercase name, capitals, no "số"
    ("Căn cứ Luật Tổ chức\nChính phủ số 63/2025/QH15;", ["63/2025/QH15"]),
    ("thực hiện theo quy định của Luật bảo hiểm xã hội số 71/2006/QH11.", ["71/2006/QH11"]),
    ("CÁC CÔNG TRÌNH ĐƯA VÀO SỬ DỤNG TRƯỚC KHI LUẬT PHÒNG CHÁY VÀ CHỮA CHÁY SỐ 27/2001/QH10 CÓ HIỆU LỰC",
     ["27/2001/QH10"]),
    ("Căn cứ Luật An ninh mạng 24/2018/QH14;", ["24/2018/QH14"]),
    # a title line that wraps before "SỐ" cites the document it names
    ("QUYẾT ĐỊNH\nBÃI BỎ QUYẾT ĐỊNH\nSỐ 15/2025/QĐ-UBND NGÀY 01/3/2025", ["15/2025/QĐ-UBND"]),
    # a hyphen for the slash after the year; a period of years is no number
    ("(gọi tắt là Nghị định số 255/2025-NĐ-CP) trong giai đoạn 12/2021-2025", ["255/2025/NĐ-CP"]),
    # a technical standard's code is no citation; the circular that issued it is (realworld24 539)
    ("- QCVN: 02/2019/BLĐTBXH được ban hành tại Thông tư số 42/2019/TT-BLĐTBXH ngày 25/12/2019",
     ["42/2019/TT-BLĐTBXH"]),
    # the web links a gazette prints under each row of a list of documents in force, wrapped by the column:
    # their percent-escaped query is no citation (realworld50 735)
    ("Thông tư\nSố 19/2020/TT-\nBLĐTBXH\nngày 30/12/2020\nhttps://vbpl.vn/TW/Pages/vbpq-\ntoanvan.aspx?ItemID=147346"
     "&Keyword=\n19/2020/TT-BL%C4%90TBXH\n- https://vbpl.vn/TW/Pages/vbpq-\ntoanvan.aspx?ItemID=57544&Keyword= \n"
     "S%E1%BB%91%2031/2015/N%C4%90-CP\nhttps://vbpl.vn/TW/Pages/vbpq-\ntoanvan.aspx?ItemID=46822&Keyword= \n74/2014/QH13",
     ["19/2020/TT-BLĐTBXH"]),
    # a ministry's code without its "B" in a numbered circular or decision with a year is that ministry's
    # (realworld24 539, 49 721, 69 800); without a year it is its letter's or a department's code
    ("theo Thông tư số 35/2013/TT-LĐTBXH ngày 30 tháng 12 năm 2013", ["35/2013/TT-BLĐTBXH"]),
    ("Quyết định số 64/2008/ QĐ-LĐTBXH ngày 27/11/2008", ["64/2008/QĐ-BLĐTBXH"]),
    ("Thông tư số 12/2024/TT-KHĐT", ["12/2024/TT-BKHĐT"]),
    ("Công văn số 1609/LĐTBXH-NCC và Quyết định số 128/QĐ-LĐTBXH của Sở", ["1609/LĐTBXH-NCC", "128/QĐ-LĐTBXH"]),
    ("Thông tư số 5/2020/TT-TC", ["5/2020/TT-TC"]),
]


@pytest.mark.parametrize("text,expected", SPELLINGS)
def test_real_spellings(text, expected):
    assert numbers(text) == expected


# (text, index of the citation, field, value)
DETAILS = [
    # the issuer code of a body missing from the tables is read from its place in the number
    ("Tờ trình số 462/TTr-SNNMT ngày 17/11/2025", 0, "issuer_code", "SNNMT"),
    ("Căn cứ Quyết định số 146/QĐ-BVTV-KH ngày 16/01/2018", 0, "issuer_code", "BVTV"),
    ("theo Công văn số 1609/LĐTBXH-NCC ngày 23/5/2011", 0, "issuer_code", "LĐTBXH"),
    ("Hướng dẫn số 06-HD/BTCTW-BTGTW", 0, "issuer_code", "BTCTW"),
    ("văn bản số 16495/B\u0422\u0421-PTHT", 0, "issuer_code", "BTC"),
    ("văn bản số 16495/B\u0422\u0421-PTHT", 0, "number_text", "16495/B\u0422\u0421-PTHT"),
    ("Căn cứ Luật Tổ chức\nChính phủ số 63/2025/QH15;", 0, "type_code", "L"),
    ("Căn cứ Luật Tổ chức\nChính phủ số 63/2025/QH15;", 0, "title", "Luật Tổ chức Chính phủ"),
    # a law's name does not run back across a line that opens a preamble clause: the decree's title
    # names the law it details, its basis cites another (realworld 018, realworld6 388)
    ("NGHỊ ĐỊNH\nQuy định chi tiết một số điều và biện pháp tổ chức, hướng dẫn thi hành Luật Dân số\nCăn cứ Luật "
     "Tổ chức Chính phủ số 63/2025/QH15;", 0, "title", "Luật Tổ chức Chính phủ"),
    ("Quy định chi tiết một số điều của Luật Giao thông đường thủy nội địa\nCăn cứ Luật Tổ chức Chính phủ số "
     "63/2025/QH15;", 0, "text", "Luật Tổ chức Chính phủ số 63/2025/QH15"),
    # the next number of a list that names the type once takes the type
    ("theo hướng dẫn tại văn bản số 16495/BTC-PTHT ngày 22/10/2025, số 13021/BTC-PTHT ngày 22/8/2025",
     1, "type", "Công văn"),
    ("theo hướng dẫn tại văn bản số 16495/BTC-PTHT ngày 22/10/2025, số 13021/BTC-PTHT ngày 22/8/2025",
     1, "date", "2025-08-22"),
    ("Căn cứ Quyết định số 12/QĐ-UBND ngày 3/1/2024 và số 15/QĐ-UBND ngày 9/1/2024", 1, "type_code", "QĐ"),
    # ... a law's list too: the next number is no law's title, its span its own (realworld57 766)
    ("Căn cứ Luật Đất đai số 31/2024/QH15 được sửa đổi, bổ sung một số điều bởi các Luật số 43/2024/QH15, số\n"
     "47/2024/QH15 và số 95/2025/QH15;", 2, "text", "47/2024/QH15"),
    ("Căn cứ Luật Đất đai số 31/2024/QH15 được sửa đổi, bổ sung một số điều bởi các Luật số 43/2024/QH15, số\n"
     "47/2024/QH15 và số 95/2025/QH15;", 3, "type", "Luật"),
    # a bare list of laws' numbers keeps the laws' type (realworld 011: 08/2017/QH14 after "Luật số 45/2013/QH13,")
    ("được sửa đổi, bổ sung một số điều theo Luật số 45/2013/QH13,\n08/2017/QH14, Luật Năng lượng nguyên tử", 1, "type",
     "Luật"),
    ("Căn cứ Luật Doanh nghiệp số 59/2020/QH14 và Luật sửa đổi Luật Doanh\nnghiệp số 76/2025/QH15;", 1, "text",
     "Luật sửa đổi Luật Doanh\nnghiệp số 76/2025/QH15"),
    ("Nghị định số142/2018/NĐ-CP ngày 09 tháng 10 năm 2018", 0, "date", "2018-10-09"),
    ("Tờ trình số 6872/TTr / STC-QLCS ngày 31 tháng 12 năm 2009", 0, "date", "2009-12-31"),
]


@pytest.mark.parametrize("text,index,field,value", DETAILS)
def test_citation_details_by_class(text, index, field, value):
    assert getattr(find_citations(text)[index], field) == value


# --- shorthands ("Quy định 377", "HD 31") -------------------------------------------------------
SHORTHANDS = [
    # a type code for the type word, resolved to the full citation the document gives
    ("- Căn cứ Hướng dẫn số 31-HD/BTGTW, ngày 30/12/2011 của Ban Tuyên giáo Trung ương;\n"
     "| Số lượng báo cáo viên cấp huyện (theo HD 31) |", ["31-HD/BTGTW", "31-HD/BTGTW"]),
    ("theo Quyết định số 20/2000/QĐ-TTg ngày 03/02/2000 (sau đây gọi tắt là QĐ 20); người được hỗ trợ "
     "theo quy định tại Điều 1 QĐ 20", ["20/2000/QĐ-TTg", "20/2000/QĐ-TTg", "20/2000/QĐ-TTg"]),
    # ... glued to its ordinal as well ("QĐ22", "NĐ72")
    ("Số: 15/BXD-QLN\nThủ tướng Chính phủ đã ban hành Quyết định số 22/2013/QĐ-TTg về hỗ trợ nhà ở "
     "(sau đây gọi tắt là QĐ22). Các tỉnh đối chiếu với quy định tại QĐ22 để rà soát",
     ["22/2013/QĐ-TTg", "22/2013/QĐ-TTg", "22/2013/QĐ-TTg"]),
    ("Số: 7/UBND-KT\nthực hiện Nghị định số 72/2020/NĐ-CP; các nội dung của NĐ72 được triển khai",
     ["72/2020/NĐ-CP", "72/2020/NĐ-CP"]),
    # a shorthand with "số" that ends its sentence or line (realworld52 750)
    ("Số: 12/2016/TTLT-BLĐTBXH\nQuyết định số 53/2015/QĐ-TTg ngày 20 tháng 10 năm 2015 của Thủ tướng Chính phủ "
     "(sau đây gọi là Quyết định số 53). Học bổng thực hiện theo quy định tại Điều 3 Quyết định số 53.\n"
     "Điều 4. Trình tự thực hiện theo quy định tại Quyết định số 53. Hết.",
     ["53/2015/QĐ-TTg", "53/2015/QĐ-TTg", "53/2015/QĐ-TTg", "53/2015/QĐ-TTg"]),
    # a programme's short name the text gives what it has just cited names that document wherever it
    # stands, though its type differs (realworld39 649)
    ("Số: 13/2023/TT-BKHĐT\nchương trình hỗ trợ doanh nghiệp kinh doanh bền vững quy định tại Quyết định số "
     "167/QĐ-TTg ngày 08 tháng 02 năm 2022 của Thủ tướng Chính phủ (sau đây gọi tắt là “Chương trình 167”). "
     "Kinh phí thực hiện Chương trình 167 do ngân sách nhà nước bảo đảm",
     ["167/QĐ-TTg", "167/QĐ-TTg", "167/QĐ-TTg"]),
    # ... and dropped when the document cites no such number in full
    ("| STT 6, PL 6, QĐ 66 | Oxy hòa tan (DO) |", []),
    ("Số: 7/UBND-KT\nmẫu QĐ5 kèm theo; tuyến xe NQ12 chạy hằng ngày", []),
    # a project or an option with its ordinal is no document
    ("2. Dự án 1: Hỗ trợ đầu tư phát triển hạ tầng; dự án 3: Hỗ trợ phát triển sản xuất", []),
    ("Phương án 2 được Hội đồng lựa chọn", []),
    # a state document's shorthand that names no document it cites stays unresolved
    ("Số: 230/CĐ-TTg\nHà Nội, ngày 26 tháng 11 năm 2025\nrà soát các dự án có tình huống pháp lý "
     "tương tự Kết luận 153, Kết luận số 77-KL/TW và Kết luận số 79-KL/TW", [None, "77-KL/TW", "79-KL/TW"]),
    # ... but a project's name is none ("Đề án 153": ``nickname_types``; four golds leave "Đề án 06", "Đề án 30"
    # out, the gold of the telegram this line comes from cites it: the code follows the four)
    ("Số: 230/CĐ-TTg\nHà Nội, ngày 26 tháng 11 năm 2025\nrà soát các dự án có tình huống pháp lý "
     "tương tự Đề án 153, Kết luận số 77-KL/TW và Kết luận số 79-KL/TW", ["77-KL/TW", "79-KL/TW"]),
    # ... while a Party document reads it as a Trung ương number, as Party writers mean it
    ("Số 15-KH/TU\nLâm Đồng, ngày 10 tháng 3 năm 2024\nthực hiện nghiêm Quy định 377 về phân cấp", ["377-QĐ/TW"]),
]


@pytest.mark.parametrize("text,expected", SHORTHANDS)
def test_shorthands(text, expected):
    assert numbers(text) == expected


# --- the date a citation carries ---------------------------------------------------------------
# (text, the first citation's date)
CITATION_DATES = [
    # a date opening the clause that issued the document, the verb "có" ("has issued")
    ("Ngày 12/3/2012, Văn phòng Chính phủ đã có văn bản số 87/TB-VPCP thông báo kết luận", "2012-03-12"),
    ("Ngày 19 tháng 9 năm 2013, Văn phòng Chính phủ có văn bản số 349/TB-VPCP thông báo ý kiến",
     "2013-09-19"),
    # ... or the document where something was said: "Ngày ..., tại Thông báo số ..."
    ("Ngày 22/10/2025, tại Thông báo số 569/TB-VPCP của Văn phòng Chính phủ, Phó Thủ tướng đã chỉ đạo",
     "2025-10-22"),
    ("Ngày 15/3/2024, theo Kế hoạch số 12/KH-UBND, Sở đã tổ chức hội nghị", None),
    # the year written after a number that does not carry one; a form's blank day and month
    ("Trên cơ sở đề nghị của Bộ Tài chính tại văn bản số 18345/BTC-NSNN năm 2025 về việc bổ sung",
     "2025"),
    ("theo các Nghị quyết 347/NQ-CP năm 2025, Nghị quyết 380/NQ-CP năm 2025", "2025"),
    ("Căn cứ Thông tư số 24/2024/TT-BYT ngày tháng năm 2024 của Bộ trưởng Bộ Y tế", "2024"),
    # after the issuing body and a comma, when the citation ends with the date
    ("thực hiện Nghị định số 147/2003/NĐ-CP của Chính phủ, ngày 02/12/2003;", "2003-12-02"),
    ("theo Kế hoạch số 12/KH-UBND của UBND tỉnh, ngày 15/3/2024 Sở đã tổ chức hội nghị", None),
    # a day and month whose year the layout cut off take the year in the number
    ("b) Các khoản 3 và 4 Điều 95 của Nghị định số 24/2024/NĐ-CP ngày 27 tháng 02 | | | | năm 2024 "
     "của Chính phủ", "2024-02-27"),
    ("Điều 1. Kể từ ngày Nghị định số 245/2025/NĐ-CP ngày 11 tháng 9 năm\n| sửa đổi, bổ sung", "2025-09-11"),
    # a cell border between the number and "ngày ..." in a flattened table; a date in the next cell
    # without "ngày" may be any column's
    ("3 Điều 10 Nghị định số 07/2023/NĐ-CP | | ngày 03 tháng 3 năm 2023 và Nghị định số 04/2025/NĐ-CP",
     "2023-03-03"),
    ("| Nghị định số 07/2023/NĐ-CP | 30/6/2026 |", None),
    # a law by name with its date on the next line
    ("Căn cứ Luật Tổ chức chính quyền địa phương ngày\n16 tháng 6 năm 2025;", "2025-06-16"),
    ("Căn cứ Luật Hải quan ngày\n23/6/2014;", "2014-06-23"),
]


@pytest.mark.parametrize("text,date", CITATION_DATES)
def test_citation_dates(text, date):
    assert find_citations(text)[0].date == date


def test_law_in_general_is_no_law_by_name():
    title = "NÂNG CAO NĂNG LỰC XÂY DỰNG CHÍNH SÁCH, PHÁP LUẬT TRÊN ĐỊA BÀN TỈNH GIAI ĐOẠN 2026 - 2030"
    assert find_citations(title) == []


# --- the own number and date the citation finder sets aside (citations.own_number) --------------
OWN = [
    ("| Số: 2639/QĐ-TTg | Hà Nội, ngày 03 tháng 12 năm 2025 |\nQUYẾT ĐỊNH", ("2639/QĐ-TTg", "2025-12-03")),
    # the header's date line misread ("tháng 0 6"): not the title's date under it, but the caption's
    ("| Số: 773 /QĐ-TTg | Hà Nội, ngày 26 tháng 0 6 năm 2018 |\nQUYẾT ĐỊNH\nBAN HÀNH KẾ HOẠCH THỰC HIỆN "
     "CHỈ THỊ SỐ 14-CT/TW NGÀY 19 THÁNG 7 NĂM 2017 CỦA BAN BÍ THƯ\nKẾ HOẠCH\n(Ban hành kèm theo Quyết định "
     "số 773/QĐ-TTg ngày 26 tháng 6 năm 2018 của Thủ tướng Chính phủ)", ("773/QĐ-TTg", "2018-06-26")),
    ("**HƯỚNG DẪN**\nK/T TRƯỞNG BAN\n**PHỤ LỤC**\n*(Kèm theo Hướng dẫn số 40-HD/BTGDVTW, ngày 27/11/2025 của "
     "Ban Tuyên giáo và Dân vận Trung ương)*", ("40-HD/BTGDVTW", "2025-11-27")),
    ("Căn cứ Nghị định số 60/2024/NĐ-CP ngày 15/6/2024 của Chính phủ;", None),
]


@pytest.mark.parametrize("text,expected", OWN)
def test_own_number(text, expected):
    from vanban.pipeline.extract.citations import own_number
    assert own_number(text) == expected


# Documents cited by name before their date (models/citations/names.json bounds the name; the
# by_name column of models/doc_types.csv says which types, its words how they are written): (text, (type, title, date)) or None
BY_NAME = [
    ("Căn cứ Luật Đất đai năm 2024;", ("Luật", "Luật Đất đai", "2024")),
    ("Luật tổ chức Chính phủ ngày 25 tháng 12 năm 2001 quy định", ("Luật", "Luật tổ chức Chính phủ", "2001-12-25")),
    ("Luật khoáng sản 2010", ("Luật", "Luật khoáng sản", "2010")),
    ("Bộ luật hình sự năm 1999", ("Luật", "Bộ luật hình sự", "1999")),
    ("Hiến pháp năm 2013", ("Hiến pháp", "Hiến pháp", "2013")),
    # a lowercase name and a year: a law where a basis names it (realworld86 852), not where the year dates a budget
    ("Căn cứ Luật phòng, chống ma túy năm 2000;", ("Luật", "Luật phòng, chống ma túy", "2000")),
    ("kinh phí thực hiện Pháp lệnh ưu đãi người có công năm 2013 được bố trí", None),
    # an international convention by name and year (doc_types.csv "Công ước"; realworld55 760)
    ("theo Công ước Lao động Hàng hải 2006 mà Việt Nam là thành viên", ("Công ước", "Công ước Lao động Hàng hải", "2006")),
    ("quy định của Công ước\nMLC 2006 và pháp luật Việt Nam", ("Công ước", "Công ước MLC", "2006")),
    ("Công ước CITES và danh mục thực vật rừng", None),   # no year: no citation
    # a treaty by name and full date (doc_types.csv "Hiệp định"; realworld77 826), never by a year alone
    ("theo quy định của Hiệp định CPTPP ngày 08 tháng 3 năm 2018", ("Hiệp định", "Hiệp định CPTPP", "2018-03-08")),
    ("Hiệp định EVFTA năm 2020 và các cam kết", None),
    # the type word capitalised word by word, as titles write it
    ("căn cứ Hiến Pháp năm 2013;", ("Hiến pháp", "Hiến Pháp", "2013")),
    ("Bộ Luật Lao động năm 2019", ("Luật", "Bộ Luật Lao động", "2019")),
    ("Pháp Lệnh Ưu đãi người có công ngày 29 tháng 6 năm 2005",
     ("Pháp lệnh", "Pháp Lệnh Ưu đãi người có công", "2005-06-29")),
    ("Pháp lệnh ưu đãi người có công ngày 29 tháng 6 năm 2005",
     ("Pháp lệnh", "Pháp lệnh ưu đãi người có công", "2005-06-29")),
    # issued_words: the clause "được Quốc hội thông qua" dates the law and is cut from its name
    ("Luật Đất đai được Quốc hội thông qua ngày 18/01/2024", ("Luật", "Luật Đất đai", "2024-01-18")),
    ("Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI ngày 15/10/2020",
     ("Nghị quyết", "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI", "2020-10-15")),
    ("Quyết định thành lập ngày 12/5/2021", ("Quyết định", "Quyết định thành lập", "2021-05-12")),
    ("Nghị quyết Hội nghị Trung ương 6 khóa XI năm 2012", None),   # "dated" types need a full date
    # unnamed_after: an amending law cited by its date alone (realworld 241, realworld5 379)
    ("Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 được sửa đổi, bổ sung bởi Luật ngày "
     "25 tháng 6 năm 2025;", ("Luật", "Luật", "2025-06-25")),
    ("Luật Thủ đô số 39/2024/QH15 được sửa đổi bởi Luật\nngày 10/12/2025;", ("Luật", "Luật", "2025-12-10")),
    # an amending law that counts the laws it amends (realworld27 557)
    ("Căn cứ Luật sửa đổi, bổ sung một số điều của 37 Luật có liên quan đến quy hoạch ngày 20 tháng 11 năm 2018;",
     ("Luật", "Luật sửa đổi, bổ sung một số điều của 37 Luật có liên quan đến quy hoạch", "2018-11-20")),
    ("theo 37 Luật có liên quan ngày 20 tháng 11 năm 2018", None),   # a count with no amending law's name
    ("Luật ngày 25 tháng 6 năm 2025 quy định việc này.", None),       # no name and no amending words
    ("Luật này có hiệu lực từ ngày 01/01/2025.", None),              # not_in_name: "này"
    ("Luật Đất đai đã được sửa đổi ngày 18/01/2024", None),           # not_in_name: "đã", "được"
    ("thực hiện Luật Đất đai có hiệu lực từ ngày 01/8/2024", None),   # not_name_end: "từ"
    ("Luật Thuế trước năm 2020", None),                               # not_name_end: "trước"
    ("Luật Đất đai có hiệu lực ngày 01/8/2024", None),                # not_name_end: "hiệu lực", two words
    # ... but a name that ends with "lực" is a name (realworld51 740's model contract)
    ("Căn cứ Luật Điện lực ngày 30 tháng 11 năm\n2024;", ("Luật", "Luật Điện lực", "2024-11-30")),
    ("Kế hoạch phát triển kinh tế giai đoạn 2026 - 2030", None),      # not_name_end: "đoạn"
    ("hoàn thành việc sửa đổi Hiến pháp chậm nhất ngày 30/6/2025.", None),  # not_name_end: "nhất", a deadline
    ("trình dự án Luật Đất đai (sửa đổi) chậm nhất ngày 15/10/2025", None),
    ("Luật sư ngày 12/3/2024 đã nộp đơn.", None),                     # not_name_start: "sư"
    ("kinh phí thực hiện Pháp lệnh ưu đãi người có công năm 2013", None),  # lowercase name, a year only
]


# a project known by its number ("Đề án 06", ``nickname_types``) is no citation when the text cites no such
# document in full; a project's paper numbered in full is (realworld50 734, realworld62 780, realworld2 304)
PROJECT_NAMES = [
    ("Triển khai hiệu quả Đề án 06 trên địa bàn tỉnh.", []),
    ("các nhiệm vụ còn tồn tại của Đề án 06 (rà soát nhiệm vụ chậm tiến độ)", []),
    ("thực hiện Đề án số 341/ĐA-CP ngày 09 tháng 5 năm 2025 của Chính phủ", ["341/ĐA-CP"]),
    ("Chỉ thị số 18/CT-TTg ngày 12/3/2025 của Thủ tướng; thực hiện nghiêm Chỉ thị 18.", ["18/CT-TTg", "18/CT-TTg"]),
]


@pytest.mark.parametrize("text,expected", PROJECT_NAMES)
def test_a_project_known_by_its_number_is_no_citation(text, expected):
    cites = find_citations(text)
    assert [c.number or (cites[c.resolved_to].number if c.resolved_to is not None else c.number_text)
            for c in cites] == expected


@pytest.mark.parametrize("text,expected", BY_NAME)
def test_documents_cited_by_name(text, expected):
    got = [(c.type, c.title, c.date) for c in find_citations(text) if c.number is None]
    assert got == ([expected] if expected else [])


def test_every_type_cited_by_name_in_the_table_is_found():
    from vanban.pipeline.extract.patterns import dated_name_words, law_words
    for word in law_words():
        written = word[0].upper() + word[1:]
        assert [c.title for c in find_citations(f"theo {written} Đất đai ngày 12/5/2021;")] == [f"{written} Đất đai"]
    for name in dated_name_words():
        assert [c.type for c in find_citations(f"theo {name} Đại hội lần thứ XIII ngày 12/5/2021;")] == [name]


# The issuing body after "của" holds capitalised words and the lowercase words of
# models/citations/words.json ("body_words"): (text, issuing body)
BODIES = [
    ("theo Nghị quyết số 20-NQ/TW ngày 01/11/2012 của Ban chấp hành Đảng bộ tỉnh khóa XI.",
     "Ban chấp hành Đảng bộ tỉnh"),
    ("Quyết định số 12/2020/QĐ-UBND của Ủy ban nhân dân thành phố về việc", "Ủy ban nhân dân thành phố"),
    ("Quyết định số 12/2020/QĐ-UBND của anh em về việc", None),
]


@pytest.mark.parametrize("text,body", BODIES)
def test_issuing_body_words(text, body):
    assert find_citations(text)[0].issuing_body == body


@pytest.mark.parametrize("phrase", ["nêu trên", "nói trên", "đã nêu", "vừa nêu", "trên đây"])
def test_every_anaphora_phrase_of_the_table_links_back(phrase):
    cites = find_citations(f"Căn cứ Nghị quyết số 20-NQ/TW; triển khai Nghị quyết {phrase}, các cấp ủy")
    assert [(c.short, c.resolved_to) for c in cites] == [(False, None), (True, 0)]


# The own number the header reader finds where the citation finder does not look (a "TOÀN VĂN"
# page's title, a lead that presents the document) is never one of the document's citations
OWN_FROM_METADATA = [
    ("## TOÀN VĂN: Nghị định số 232/2025/NĐ-CP sửa đổi, bổ sung Nghị định 24/2012/NĐ-CP về kinh doanh vàng\n\n"
     "**Điều 1. Sửa đổi, bổ sung một số điều của Nghị định số 24/2012/NĐ-CP ngày 03/4/2012**\n\n"
     "Nghị định số 232/2025/NĐ-CP có hiệu lực từ ngày 10/10/2025.\n", "232/2025/NĐ-CP",
     ["24/2012/NĐ-CP", "24/2012/NĐ-CP"]),
    ("## TOÀN VĂN Thông tư số 30/2024/TT-BGDĐT ban hành Quy chế tuyển sinh trung học cơ sở\n\n"
     "Theo Bộ GDĐT Thông tư số 30/2024/TT-BGDĐT được xây dựng nhằm cụ thể hóa quy định của Luật Giáo dục 2019.\n\n"
     "Thông tư số 30/2024/TT-BGDĐT thay thế Thông tư số 11/2014/TT-BGDĐT.\n", "30/2024/TT-BGDĐT",
     [None, "11/2014/TT-BGDĐT"]),   # None: the Luật Giáo dục 2019 cited by name
]


@pytest.mark.parametrize("text,own,expected", OWN_FROM_METADATA)
def test_the_own_number_the_header_reader_finds_is_never_cited(tmp_path, text, own, expected):
    from vanban.pipeline.analyze import analyze
    path = tmp_path / "page.md"
    path.write_text(text, encoding="utf-8")
    doc = analyze(path)
    assert doc.metadata.number == own
    assert [c.number for c in doc.citations] == expected
