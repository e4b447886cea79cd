"""Header metadata by class of layout met in the real-document corpus (tests/realworld/): one row
per layout, the text written here in the style of such documents. Each row gives the fields a
reader of the page would state, and which of them are guessed (``inferred``)."""
from __future__ import annotations

import pytest

from vanban.pipeline.model import Document
from vanban.pipeline.structure import structure

BANNER = (
    "Bản dịch này thuộc quyền sở hữu của\nTHƯ VIỆN PHÁP LUẬT. Mọi hành vi sao chép, đăng tải lại "
    "mà không có sự đồng ý của\nTHƯ VIỆN PHÁP LUẬT là vi phạm pháp luật về Sở hữu trí tuệ.\nX\n"
    "CÁC NỘI DUNG ĐƯỢC SỬA ĐỔI, HƯỚNG DẪN\nClick vào phần bôi vàng để xem chi tiết.\n"
    "Đang tải văn bản...\n#\nSố hiệu:\n45/2025/QĐ-UBND\nLoại văn bản:\nQuyết định\n"
    "Nơi ban hành:\nTỉnh Hà Giang\nNgười ký:\nNguyễn Văn An\nNgày ban hành:\n03/10/2025\n"
    "Tình trạng:\nĐã biết\n")

CASES = [
    # a crawled page: site banner and attribute table, then the header (body name over two lines)
    (BANNER + "ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\n"
     "Độc lập - Tự do - Hạnh phúc\nSố: 45/2025/QĐ-UBND\nHà Giang, ngày 03 tháng 10 năm 2025\n"
     "QUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ LÀM VIỆC CỦA ỦY BAN NHÂN DÂN TỈNH\n"
     "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\n",
     dict(doc_type="Quyết định", issuer="Ủy ban nhân dân tỉnh Hà Giang", number="45/2025/QĐ-UBND",
          date="2025-10-03", title="BAN HÀNH QUY CHẾ LÀM VIỆC CỦA ỦY BAN NHÂN DÂN TỈNH"), ()),
    # the motto broken after "CỘNG", the type broken after "QUYẾT", the number under "Số:"
    (BANNER + "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HẢI PHÒNG\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
     "Độc lập - Tự do - Hạnh phúc\nSố:\n209/2025/QĐ-UBND\nHải Phòng, ngày\n17 tháng 11 năm 2025\n"
     "QUYẾT\nĐỊNH\nPHÂN CẤP THẨM QUYỀN THANH LÝ TÀI SẢN\nCăn cứ Luật Thủy lợi;\n",
     dict(doc_type="Quyết định", issuer="Ủy ban nhân dân thành phố Hải Phòng", number="209/2025/QĐ-UBND",
          date="2025-11-17", title="PHÂN CẤP THẨM QUYỀN THANH LÝ TÀI SẢN"), ()),
    # a statute's number line ("Luật số:") above the motto
    ("QUỐC HỘI\nLuật số: 04/2017/QH14\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
     "LUẬT\nHỖ TRỢ DOANH NGHIỆP NHỎ VÀ VỪA\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n",
     dict(doc_type="Luật", issuer="Quốc hội", number="04/2017/QH14"), ()),
    # a flattened header table: organ and motto glued in one row, the letter's subject after the number
    ("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc\n"
     "Số: 2210/LĐTBXH-NCC V/v hướng dẫn chi trả trợ cấp một lần cho thân nhân người có công với cách "
     "mạng đã từ trần trước ngày 01 tháng 7 năm 2024 | Hà Nội, ngày 12 tháng 06 năm 2024\n"
     "Kính gửi: Sở Lao động - Thương binh và Xã hội các tỉnh, thành phố trực thuộc Trung ương\n"
     "Bộ Lao động - Thương binh và Xã hội hướng dẫn như sau:\n",
     dict(doc_type="Công văn", number="2210/LĐTBXH-NCC", date="2024-06-12"), ("doc_type",)),
    # a date line whose month a PDF broke ("0 6"), a type code broken by a space ("C T-TTg")
    ("THỦ TƯỚNG CHÍNH PHỦ\nSố: 14/C T-TTg\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
     "Hà Nội, ngày 26 tháng 0 6 năm 2024\nCHỈ THỊ\nVề việc tăng cường phòng, chống thiên tai\n",
     dict(doc_type="Chỉ thị", number="14/CT-TTg", date="2024-06-26", issuer="Thủ tướng Chính phủ"), ()),
    # the space lost between "tháng" and the month ("tháng11"), a crawled page of a province's decision
    ("ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
     "Số: 80/2025/QĐ-UBND\nHà Tĩnh, ngày 24 tháng11 năm 2025\nQUYẾT ĐỊNH\nBÃI BỎ QUYẾT ĐỊNH SỐ 15/2025/QĐ-UBND\n",
     dict(doc_type="Quyết định", number="80/2025/QĐ-UBND", date="2025-11-24"), ()),
    # a resolution number with a dot
    ("CHÍNH PHỦ\nSố: 66.12/2026/NQ-CP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
     "Hà Nội, ngày 02 tháng 4 năm 2026\nNGHỊ QUYẾT\nVề việc điều chỉnh thủ tục đầu tư\n",
     dict(doc_type="Nghị quyết", number="66.12/2026/NQ-CP", date="2026-04-02"), ()),
    # a text that opens with its title in running text and the body's name under it; the
    # "Quyết định:" after the preamble is the enacting formula, the number in the title a citation
    ("Quyết định về việc tiếp tục thực hiện quyết định số 17/2006/qđ-ubnd ngày 12/3/2006 của ubnd tỉnh\n"
     "Ủy ban nhân dân tỉnh quảng ngãi\nCăn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003;\n"
     "Căn cứ Nghị định số 121/2003/NĐ-CP ngày 21/10/2003 của Chính phủ;\nQuyết định:\nĐiều 1. Tiếp tục thực hiện.\n",
     dict(doc_type="Quyết định", number=None, issuer="Ủy ban nhân dân tỉnh Quảng Ngãi",
          title="về việc tiếp tục thực hiện quyết định số 17/2006/qđ-ubnd ngày 12/3/2006 của ubnd tỉnh"), ()),
    # a page titled by the document's name and number
    ("Nghị quyết 31/2025/NQ-HĐND quy định mức chi hỗ trợ người cao tuổi trên địa bàn tỉnh\n"
     "Ngày 05/12/2025, Hội đồng nhân dân tỉnh đã thông qua Nghị quyết quy định mức chi hỗ trợ.\n",
     dict(doc_type="Nghị quyết", number="31/2025/NQ-HĐND"), ("number",)),
    # a news page that presents the document it carries
    ("Chính phủ vừa ban hành Nghị định số 205/2025/NĐ-CP ngày 14/7/2025 quy định về quản lý cụm công "
     "nghiệp, thay thế Nghị định số 32/2024/NĐ-CP.\nNghị định gồm 5 chương, 40 điều.\n",
     dict(doc_type="Nghị định", number="205/2025/NĐ-CP", issuer="Chính phủ"), ("number", "doc_type", "issuer")),
    ("Thay mặt Bộ Chính trị, đồng chí Thường trực Ban Bí thư đã ký Thông báo kết luận số 82-TB/TW ngày "
     "12/5/2025 của Bộ Chính trị về chế độ đối với cán bộ.\nTheo đó, Bộ Chính trị kết luận như sau:\n",
     dict(doc_type="Thông báo kết luận", number="82-TB/TW"), ("number", "doc_type")),
    ("TOÀN VĂN: Thông tư số 12/2025/TT-BNV hướng dẫn chế độ tập sự\nBộ Nội vụ ban hành Thông tư hướng dẫn.\n",
     dict(doc_type="Thông tư", number="12/2025/TT-BNV", issuer="Bộ Nội vụ"), ("number", "doc_type", "issuer")),
    # a consolidated text: its own number and date in the authentication block at the end
    ("VĂN BẢN PHÁP LUẬT KHÁC\nVĂN BẢN HỢP NHẤT -\nBỘ TÀI CHÍNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
     "Độc lập - Tự do - Hạnh phúc\nTHÔNG TƯ\nQuy định về phí thẩm định\n"
     "Thông tư số 10/2020/TT-BTC ngày 20 tháng 02 năm 2020 của Bộ trưởng Bộ Tài chính, được sửa đổi bởi:\n"
     "Điều 1. Phạm vi điều chỉnh\nThông tư này quy định mức thu phí.\n"
     "BỘ TÀI CHÍNH\nSố: 07/VBHN-BTC\nXÁC THỰC VĂN BẢN HỢP NHẤT\nHà Nội, ngày 09 tháng 3 năm 2025\n"
     "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nLê Văn Bình\n",
     dict(doc_type="Văn bản hợp nhất", number="07/VBHN-BTC", date="2025-03-09", issuer="Bộ Tài chính"), ()),
    ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nLUẬT\nBẢO HIỂM XÃ HỘI\n"
     "Điều 1. Phạm vi điều chỉnh\nLuật này quy định chế độ bảo hiểm xã hội.\n"
     "VĂN PHÒNG QUỐC HỘI\nSố: 51/VBHN-VPQH\nXÁC NHẬN VĂN BẢN HỢP NHẤT\nHà Nội, ngày 11 tháng 7 năm 2023\n"
     "CHỦ NHIỆM\nBùi Văn Cường\n",
     dict(doc_type="Văn bản hợp nhất", number="51/VBHN-VPQH", date="2023-07-11"), ()),
    # ... and a gazette part that holds only the consolidation's start: its history's formula makes it
    # one, though its number stands in a part not in the file (realworld54 757); a decree amended
    # somewhere in its text stays a decree
    ("CÔNG BÁO/Số 1221 + 1222/Ngày 06-11-2024\n63\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
     "NGHỊ ĐỊNH\nQuy định chi tiết và biện pháp thi hành Pháp lệnh Ưu đãi người có công với cách mạng\n"
     "Nghị định số 131/2021/NĐ-CP ngày 30 tháng 12 năm 2021 của Chính phủ quy định chi tiết ..., có hiệu lực kể "
     "từ ngày 15 tháng 02 năm 2022, được sửa đổi, bổ sung bởi:\nNghị định số 104/2022/NĐ-CP ngày 21 tháng 12 năm "
     "2022 của Chính phủ, có hiệu lực kể từ ngày 01 tháng 01 năm 2023.\nCăn cứ Luật Tổ chức Chính phủ ngày 19 tháng "
     "6 năm 2015;\nChương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\nNghị định này quy định chi tiết.\n",
     dict(doc_type="Văn bản hợp nhất", number=None), ("doc_type",)),
    ("CHÍNH PHỦ\nSố: 75/2023/NĐ-CP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
     "Hà Nội, ngày 19 tháng 10 năm 2023\nNGHỊ ĐỊNH\nSửa đổi, bổ sung một số điều của Nghị định số 146/2018/NĐ-CP\n"
     "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\nĐiều 1. Sửa đổi, bổ sung\nNghị định này có hiệu lực "
     "thi hành kể từ ngày 03 tháng 12 năm 2023.\n",
     dict(doc_type="Nghị định", number="75/2023/NĐ-CP"), ()),
    # an appendix captioned with the document it belongs to, the header missing from the page
    ("HƯỚNG DẪN\nXÂY DỰNG ĐỘI NGŨ TUYÊN TRUYỀN VIÊN\n- Căn cứ Điều lệ Đảng;\nI. NGUYÊN TẮC CHUNG\n"
     "Tuyên truyền viên phải bảo đảm tiêu chuẩn.\nPHỤ LỤC\n(Kèm theo Hướng dẫn số 12-HD/BTGDVTW, ngày "
     "05/3/2026 của Ban Tuyên giáo và\nDân vận Trung ương)\n",
     dict(doc_type="Hướng dẫn", number="12-HD/BTGDVTW", date="2026-03-05",
          issuer="Ban Tuyên giáo và Dân vận Trung ương"), ("number", "date", "issuer")),
    # a plan issued with a decision: the decision's date and body, not its number
    ("KẾ HOẠCH\nPHÒNG, CHỐNG DỊCH BỆNH NĂM 2024 (Kèm theo Quyết định số 310/QĐ-UBND ngày 05/02/2024 "
     "của Chủ tịch Ủy ban nhân dân tỉnh)\nI. MỤC ĐÍCH, YÊU CẦU\n1. Chủ động phòng bệnh.\n",
     dict(doc_type="Kế hoạch", number=None, date="2024-02-05", issuer="Chủ tịch Ủy ban nhân dân tỉnh"),
     ("date", "issuer")),
    # a statute without its header: the enacting formula names the body
    ("LUẬT\nSửa đổi, bổ sung một số điều của Luật Thuế giá trị gia tăng\n"
     "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n"
     "Quốc hội ban hành Luật sửa đổi, bổ sung một số điều của Luật Thuế giá trị gia tăng.\n"
     "Điều 1. Sửa đổi, bổ sung một số điều\n",
     dict(doc_type="Luật", issuer="Quốc hội"), ("doc_type", "issuer")),
    # a government telegram without its header: "THỦ TƯỚNG CHÍNH PHỦ điện:"
    ("CÔNG ĐIỆN\nVề việc chủ động ứng phó với bão số 5\nTHỦ TƯỚNG CHÍNH PHỦ điện:\n"
     "- Chủ tịch Ủy ban nhân dân các tỉnh ven biển;\nĐể chủ động ứng phó với bão, Thủ tướng yêu cầu:\n",
     dict(doc_type="Công điện", issuer="Thủ tướng Chính phủ", title="Về việc chủ động ứng phó với bão số 5"),
     ("doc_type", "issuer")),
    # a decision whose enacting body stands under a sentence-case title
    ("NGHỊ QUYẾT\nVề việc triển khai thí điểm sàn giao dịch tài sản số\nCHÍNH PHỦ\n"
     "Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;\nQUYẾT NGHỊ:\nĐiều 1. Phạm vi\n",
     dict(doc_type="Nghị quyết", title="Về việc triển khai thí điểm sàn giao dịch tài sản số"), ("doc_type",)),
    # the place-and-date line with its comma lost ("Hà Nội ngày 01 tháng 12 năm 2025")
    ("CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 391/NQ-CP\n"
     "Hà Nội ngày 02 tháng 12 năm 2025\nNGHỊ QUYẾT\nVỀ VIỆC TIẾP THU Ý KIẾN THẨM TRA DỰ ÁN LUẬT\n"
     "CHÍNH PHỦ\nCăn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;\n",
     dict(doc_type="Nghị quyết", number="391/NQ-CP", date="2025-12-02"), ()),
    # a news page with no header whose first line names the document it carries
    ("Nghị định số 177/2024/NĐ-CP quy định về chế độ, chính sách đối với các trường hợp không tái cử.\n\n"
     "## Đối tượng áp dụng\n\nĐiều 2 Nghị định số 177/2024/NĐ-CP quy định đối tượng áp dụng gồm:\n",
     dict(doc_type="Nghị định", number="177/2024/NĐ-CP"), ("number",)),
    ("## Luật Việc làm số 74/2025/QH15\n\nLuật này quy định về chính sách hỗ trợ tạo việc làm.\n",
     dict(doc_type="Luật", number="74/2025/QH15"), ("doc_type", "number")),
    # ... a page that opens mid-story ("Theo đó, ...") on the document it carries; its year from the
    # number, not from the dates of the documents it amends (realworld23 528)
    ("Theo đó, Nghị định số 17/2025/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định số 24/2024/NĐ-CP "
     "ngày 27/02/2024 của Chính phủ.\n\n## Bổ sung Điều 2a\n\nTrong đó, Nghị định số 17/2025/NĐ-CP bổ sung "
     "Điều 2a như sau:\n",
     dict(doc_type="Nghị định", number="17/2025/NĐ-CP", year=2025), ("number", "year")),
    # ... or a page headed by a short section heading whose lead sentence opens with the document (realworld24 537)
    ("## Đối tượng được miễn thị thực\n\nNghị định số 221/2025/NĐ-CP quy định các đối tượng được miễn thị thực "
     "là người nước ngoài thuộc các trường hợp sau:\n\na) Khách mời của Chủ tịch nước;\n",
     dict(doc_type="Nghị định", number="221/2025/NĐ-CP"), ("doc_type", "number")),
    # ... but a lead sentence under a heading that ends its sentence is prose, not a heading
    ("Ngày 5/3, tỉnh đã tổng kết công tác năm 2024.\nNghị định số 221/2025/NĐ-CP quy định các đối tượng được "
     "miễn thị thực.\n", dict(number=None), ()),
    # ... but a page that opens on an earlier event reports that document as background (realworld25 544)
    ("Trước đó, Quốc hội đã ban hành Nghị quyết số 202/2025/QH15 ngày 12/6/2025 về việc sắp xếp đơn vị hành chính "
     "cấp tỉnh. Để phù hợp với Nghị quyết, Bộ sửa đổi chương trình giáo dục.\n", dict(number=None, doc_type=None), ()),
    # ... but an opener before a sentence that does not open with a document names no headline
    ("Theo đó, mức hỗ trợ thực hiện theo Nghị định số 17/2025/NĐ-CP của Chính phủ.\n\nMức hỗ trợ "
     "gồm ...\n", dict(number=None, doc_type=None), ()),
    # a gazette's text layer that printed the header block after the first page's body (realworld 485, 540)
    ("CÔNG BÁO/Số 245/Ngày 23-04-2026\n2\nNGHỊ ĐỊNH\nQuy định cơ chế ưu đãi cho đơn vị điều độ hệ thống điện\n"
     "Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;\nChính phủ ban hành Nghị định quy định cơ chế ưu đãi.\n"
     "Điều 1. Phạm vi điều chỉnh\nNghị định này quy định cơ chế ưu đãi.\nCHÍNH PHỦ\n_________\n\nSố: 135/2026/NĐ-CP\n"
     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Nội, ngày 07 tháng 4 năm 2026\n"
     "Điều 2. Đối tượng áp dụng\nĐơn vị điều độ hệ thống điện quốc gia.\nĐiều 3. Hiệu lực thi hành\n"
     "Nghị định này có hiệu lực từ ngày ký.\nĐiều 4. Trách nhiệm thi hành\nCác Bộ trưởng chịu trách nhiệm thi hành.\n",
     dict(doc_type="Nghị định", number="135/2026/NĐ-CP", date="2026-04-07"), ("number",)),
    # ... but a filled form's header in the annex, in the text's second half, is the form's
    ("NGHỊ ĐỊNH\nQuy định thủ tục cấp phép\nChính phủ ban hành Nghị định quy định thủ tục cấp phép.\n"
     "Điều 1. Phạm vi điều chỉnh\nNghị định này quy định thủ tục cấp phép hoạt động.\n"
     "Điều 2. Hồ sơ\nHồ sơ gồm đơn đề nghị theo Mẫu số 01.\nMẫu số 01\nỦY BAN NHÂN DÂN TỈNH A\n"
     "Số: 12/QĐ-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n", dict(number=None), ()),
    # a gazette issue that carries on a circular begun in the issue before: the gazette's line for it,
    # then "(Tiếp theo Công báo số ...)" and its annexes' forms, whose titles are no type line
    ("CÔNG BÁO/Số 203 + 204/Ngày 18-02-2019\nVĂN BẢN QUY PHẠM PHÁP LUẬT\nBỘ TÀI CHÍNH\n"
     "Thông tư số 102/2018/TT-BTC ngày 14 tháng 11 năm 2018\nhướng dẫn kế toán Bảo hiểm xã hội\n"
     "(Tiếp theo Công báo số 201 + 202)\nPhụ lục số 04\nHỆ THỐNG BÁO CÁO TÀI CHÍNH\n"
     "ĐƠN VỊ BÁO CÁO..........\nMẫu số: B11-BH\nBÁO CÁO THANH TOÁN VỀ THU BHXH, BHYT, BHTN\nQuý.... năm.....\n",
     dict(doc_type="Thông tư", number="102/2018/TT-BTC", date="2018-11-14", issuer="Bộ Tài chính",
          title="hướng dẫn kế toán Bảo hiểm xã hội"), ()),
    ("CÔNG BÁO/Số 45 + 46/Ngày 20-01-2025\nVĂN BẢN QUY PHẠM PHÁP LUẬT\nCHÍNH PHỦ\n"
     "Nghị định số 07/2025/NĐ-CP ngày 09/01/2025 sửa đổi, bổ sung một số điều của các nghị định\n"
     "(Tiếp theo Công báo số 43 + 44)\nĐiều 5. Trách nhiệm thi hành\nCác Bộ trưởng chịu trách nhiệm thi hành.\n",
     dict(doc_type="Nghị định", number="07/2025/NĐ-CP", date="2025-01-09", issuer="Chính phủ"), ()),
]


@pytest.mark.parametrize("text, expected, inferred", CASES)
def test_header_metadata_by_layout(text, expected, inferred):
    m = structure(Document(path="t.md", sha256="", format="md", text=text, source_text=text)).metadata
    assert {k: getattr(m, k) for k in expected} == expected
    assert {f for f in expected if f in m.inferred} == set(inferred) & set(expected)


def test_banner_attribute_values_are_not_the_header():
    """The site's own table ("Loại văn bản: Quyết định", "Nơi ban hành: ...") is never read as the
    document's header: a page that carries only the site's summary has no issuer or type line."""
    text = BANNER + ("Hà Giang quy định mức hỗ trợ mới cho hộ nghèo\n"
                     "Ngày 03/10/2025, Ủy ban nhân dân tỉnh Hà Giang ban hành Quyết định số "
                     "45/2025/QĐ-UBND quy định mức hỗ trợ.\nMức hỗ trợ tăng 20%.\n")
    m = structure(Document(path="t.md", sha256="", format="md", text=text, source_text=text)).metadata
    assert m.issuer in (None, "Ủy ban nhân dân tỉnh Hà Giang")
    assert m.title != "Nơi ban hành"
    assert m.number == "45/2025/QĐ-UBND" and "number" in m.inferred
