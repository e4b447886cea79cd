"""Relations of citations, pinpoints and effective dates (``pipeline.extract.relations``).

Table-driven: one row per real spelling met in documents (the cue words live in
``models/relations.json``)."""
from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vanban.pipeline.extract.citations import find_citations
from vanban.pipeline.extract.effective import find_effective_date
from vanban.pipeline.extract.relations import (
    assign_relations, find_cues, find_pinpoint, relation_model, strongest,
)
from vanban.pipeline.model import RELATIONS, Document, Metadata, Pinpoint


def relations_in(text: str, doc_type: str = "Quyết định", date: str | None = None) -> list[tuple[str, str]]:
    doc = Document("x.txt", "", "txt", text, text, metadata=Metadata(doc_type=doc_type, date=date),
                   citations=tuple(find_citations(text)))
    return [(c.number or c.title or c.number_text, c.relation) for c in assign_relations(doc).citations]


# (text, the citation's number, expected relation)
RELATION_ROWS = [
    # basis
    ("Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính;",
     "63/2010/NĐ-CP", "basis"),
    ("- Căn cứ Quy định số 294-QĐ/TW, ngày 26/5/2025 của Ban Chấp hành Trung ương Đảng khóa XIII;",
     "294-QĐ/TW", "basis"),
    ("Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;", "72/2025/QH15", "basis"),
    ("NGHỊ ĐỊNH\nQuy định chi tiết một số điều và biện pháp tổ chức, hướng dẫn thi hành Luật Dân số\nCăn cứ Luật "
     "Tổ chức Chính phủ số 63/2025/QH15;\nCăn cứ Luật Dân số số 113/2025/QH15;", "63/2025/QH15", "basis"),
    ("Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 được sửa đổi, bổ sung bởi "
     "Luật số 87/2025/QH15;", "87/2025/QH15", "basis"),
    # ... and each amender of a list that repeats "theo" (realworld66 791)
    ("Căn cứ Luật Doanh nghiệp số 59/2020/QH14 được sửa đổi, bổ sung một số điều theo Luật số 76/2025/QH15 và "
     "theo Luật số 03/2022/QH15;", "03/2022/QH15", "basis"),
    # ... also with its "bởi" left out (realworld6 383)
    ("*Căn cứ Luật Ban\nhành văn bản quy phạm pháp luật số 64/2025/QH15 được sửa đổi, bổ sung Luật\nsố "
     "87/2025/QH15;*", "87/2025/QH15", "basis"),
    # ... but the amender of a document named inside another's title is named there too (realworld6 389)
    ("Căn cứ Nghị định số 34/2016/NĐ-CP ngày 14 tháng 5 năm 2016 của Chính phủ quy định chi tiết một số điều; "
     "Nghị định số 59/2024/NĐ-CP ngày 25 tháng 5 năm 2024 của Chính phủ sửa đổi, bổ sung một số điều của Nghị "
     "định số 34/2016/NĐ-CP ngày 14 tháng 5 năm 2016 của Chính phủ quy định chi tiết một số điều và biện pháp "
     "thi hành Luật Ban hành văn bản quy phạm pháp luật đã được sửa đổi, bổ sung một số điều theo Nghị định số "
     "154/2020/NĐ-CP ngày 31 tháng 12 năm 2020 của Chính phủ;", "154/2020/NĐ-CP", "mentions"),
    ("Căn cứ các Quyết định của Bộ trưởng Bộ Lao động - Thương binh và Xã hội: Số 1025/QĐ-LĐTBXH ngày "
     "03/8/2016 về việc công bố thủ tục hành chính; số 547/QĐ-LĐTBXH ngày 21/5/2020;", "547/QĐ-LĐTBXH", "basis"),
    ("Căn cứ quy định tại Điều 3 của Quyết định số 1237/QĐ-TTg và các nội dung phân công tại Kế hoạch này",
     "1237/QĐ-TTg", "basis"),
    # implements
    ("Thực hiện Nghị quyết số 214/NQ-CP ngày 23/7/2025 của Chính phủ, UBND thành phố ban hành Kế hoạch",
     "214/NQ-CP", "implements"),
    ("KẾ HOẠCH\nTRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT SỐ 214/NQ-CP NGÀY 23/7/2025 CỦA CHÍNH PHỦ", "214/NQ-CP",
     "implements"),
    ("Triển khai Chỉ thị số 14-CT/TW ngày 19 tháng 7 năm 2017 của Ban Bí thư Trung ương Đảng khóa XII",
     "14-CT/TW", "implements"),
    ("a) Quán triệt, triển khai và tổ chức thực hiện nghiêm túc Chỉ thị số 14-CT/TW ngày 19 tháng 7 năm 2017",
     "14-CT/TW", "implements"),
    ("Thực hiện Nghị quyết số 20-NQ/TW ngày 01/11/2012; Chương trình hành động số 42-CTr/TU ngày 15/3/2013 "
     "của Tỉnh ủy; Ban Thường vụ Tỉnh ủy ban hành Kế hoạch", "42-CTr/TU", "implements"),
    ("thực hiện các nội dung, nhiệm vụ quy định tại Quyết định số 1237/QĐ-TTg và kế hoạch này.",
     "1237/QĐ-TTg", "implements"),
    # reports_on (in a report)
    ("BÁO CÁO\nTổng kết 10 năm thực hiện Nghị quyết số 20-NQ/TW ngày 01/11/2012 của Ban Chấp hành Trung ương",
     "20-NQ/TW", "reports_on"),
    ("Sơ kết 5 năm thực hiện Chương trình hành động số 35-CTr/HU của Huyện ủy", "35-CTr/HU", "reports_on"),
    ("Thực hiện Công văn số 484-CV/BTGTU ngày 16/3/2022 của Ban Tuyên giáo Tỉnh ủy về việc báo cáo tổng kết "
     "10 năm thực hiện Nghị quyết số 20-NQ/TW ngày 01/11/2012, Huyện ủy báo cáo như sau:", "20-NQ/TW",
     "reports_on"),
    # amends
    ("Chính phủ ban hành Nghị định sửa đổi, bổ sung một số điều của Nghị định số 63/2010/NĐ-CP ngày 08 tháng "
     "6 năm 2010 của Chính phủ về kiểm soát thủ tục hành chính", "63/2010/NĐ-CP", "amends"),
    ("SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA NGHỊ ĐỊNH SỐ 72/2020/NĐ-CP", "72/2020/NĐ-CP", "amends"),
    ("Điều 1. Sửa đổi, bổ sung, bãi bỏ một số điều, khoản của Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 "
     "năm 2010", "63/2010/NĐ-CP", "amends"),
    ("Điều 3. Sửa đổi, bổ sung Khoản 1 Điều 17 của Nghị định số 36/2012/NĐ-CP ngày 18 tháng 4 năm 2012",
     "36/2012/NĐ-CP", "amends"),
    # a part added to it, words replaced in it ("Thay thế cụm từ ..." is amends, README "Gold format: relations")
    ("Điều 1. Bổ sung khoản 3a vào Điều 3 của Nghị định số 72/2020/NĐ-CP như sau:", "72/2020/NĐ-CP", "amends"),
    ("2. Bổ sung điểm c và điểm d vào sau điểm b khoản 1 Điều 6 Nghị định 115/2024/NĐ-CP như sau:",
     "115/2024/NĐ-CP", "amends"),
    ("3. Thay thế cụm từ “Sở Lao động - Thương binh và Xã hội” bằng cụm từ “Sở Nội vụ” tại khoản 1 Điều 3 của "
     "Thông tư số 26/2018/TT-BLĐTBXH.", "26/2018/TT-BLĐTBXH", "amends"),
    ("Rà soát, bổ sung điều kiện hỗ trợ theo Nghị định số 72/2020/NĐ-CP.", "72/2020/NĐ-CP", "mentions"),
    # replaces
    ("Hướng dẫn này có hiệu lực từ ngày ký và thay thế các Hướng dẫn số 16-HD/BTCTW ngày 15/02/2022, "
     "Hướng dẫn số 21-HD/BTCTW ngày 20/9/2022 của Ban Tổ chức Trung ương.", "21-HD/BTCTW", "replaces"),
    ("Hướng dẫn này thay thế Hướng dẫn số 31-HD/BTGTW, ngày 30/12/2011 của Ban Tuyên giáo Trung ương",
     "31-HD/BTGTW", "replaces"),
    ("2. Quyết định này thay thế Quyết định số 59/2024/QĐ-UBND ngày 09 tháng 12 năm 2024 của Ủy ban nhân dân "
     "tỉnh và Quyết định số 58/2024/QĐ-UBND ngày 09 tháng 12 năm 2024", "58/2024/QĐ-UBND", "replaces"),
    ("Quyết định này thay thế Danh mục thủ tục hành chính được Chủ tịch UBND tỉnh công bố tại các Quyết "
     "định: Số 2196/QĐ-UBND ngày 28/12/2021, số 1741/QĐ-UBND ngày 14/11/2019.", "1741/QĐ-UBND", "replaces"),
    # repeals
    ("NGHỊ QUYẾT\nBÃI BỎ NGHỊ QUYẾT SỐ 30/2013/NQ-HĐND NGÀY 06 THÁNG 12 NĂM 2013 CỦA HỘI ĐỒNG NHÂN DÂN",
     "30/2013/NQ-HĐND", "repeals"),
    ("Điều 1. Bãi bỏ toàn bộ Nghị quyết số 30/2013/NQ-HĐND ngày 06 tháng 12 năm 2013", "30/2013/NQ-HĐND",
     "repeals"),
    # the proposal restates the act of this document, whose title states it (the last mention is the proposal's)
    ("NGHỊ QUYẾT\nBÃI BỎ NGHỊ QUYẾT SỐ 30/2013/NQ-HĐND NGÀY 06 THÁNG 12 NĂM 2013\nXét Tờ trình số 423/TTr-UBND "
     "ngày 21 tháng 11 năm 2025 của Ủy ban nhân dân thành phố về việc đề nghị ban hành Nghị quyết bãi bỏ Nghị "
     "quyết số 30/2013/NQ-HĐND ngày 06 tháng 12 năm 2013;", "30/2013/NQ-HĐND", "repeals"),
    # proposes
    ("Theo đề nghị của Sở Tài chính tại Tờ trình số 8195/TTr-STC ngày 31 tháng 10 năm 2025;",
     "8195/TTr-STC", "proposes"),
    ("Xét Tờ trình số 423/TTr-UBND ngày 21 tháng 11 năm 2025 của Ủy ban nhân dân thành phố;",
     "423/TTr-UBND", "proposes"),
    ("Xét đề nghị của Ủy ban nhân dân tỉnh Nghệ An (Công văn số 5969/UBND-TM ngày 19 tháng 8 năm 2014), "
     "ý kiến của các Bộ: Tài chính (Công văn số 13365/BTC-NSNN ngày 23 tháng 9 năm 2014)",
     "13365/BTC-NSNN", "proposes"),
    ("sau khi nghe Báo cáo của Ban Tổ chức Trung ương về tình hình, tiến độ triển khai thực hiện sắp xếp "
     "tổ chức bộ máy (Báo cáo số 386-BC/BTCTW, ngày 14/5/2025)", "386-BC/BTCTW", "proposes"),
    # mentions
    ("được thực hiện theo quy định tại Điều 35 Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010",
     "63/2010/NĐ-CP", "mentions"),
    ("Căn cứ Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 của Chính phủ về sửa đổi một số điều của Nghị định "
     "số 61/2018/NĐ-CP ngày 23/4/2018;", "61/2018/NĐ-CP", "mentions"),
    ("Căn cứ Hướng dẫn số 06-HD/BTCTW ngày 15/8/2011 về thực hiện chế độ phụ cấp theo Thông báo số "
     "13-TB/TW, ngày 28/3/2011 của Bộ Chính trị;", "13-TB/TW", "mentions"),
    ("- Tham gia sơ kết việc thực hiện Chỉ thị số 31/CT-TTg ngày 28 tháng 11 năm 2012 của Thủ tướng Chính phủ.",
     "31/CT-TTg", "mentions"),
    ("Phân công cán bộ thực hiện công tác bảo vệ bí mật nhà nước theo quy định tại Điều 7 Nghị định số "
     "26/2020/NĐ-CP ngày 28/2/2020", "26/2020/NĐ-CP", "mentions"),
    ("(danh mục chi tiết tại Phụ lục II Nghị quyết 214/NQ-CP)", "214/NQ-CP", "mentions"),
    ("Huyện ủy Bảo Lâm ban hành chương trình hành động số 23-CTr/HU ngày 10/01/2013.", "23-CTr/HU", "mentions"),
    # "sửa đổi, bổ sung (và) thay thế một số nội dung của X" amends X
    ("Điều 1. Sửa đổi, bổ sung và thay thế một số nội dung của Thông tư số 07/2019/TT-BCT ngày 19 tháng 4 năm "
     "2019 của Bộ trưởng Bộ Công Thương", "07/2019/TT-BCT", "amends"),
    ("Sửa đổi, bổ sung, thay thế một số điều của Quyết định số 12/2022/QĐ-UBND ngày 05/4/2022 của Ủy ban nhân "
     "dân tỉnh", "12/2022/QĐ-UBND", "amends"),
    # "Thay thế <part> của X bằng <part>": a part of X replaced, X amended
    ("6. Thay thế Mẫu số 02 và Mẫu số 03 Phụ lục III của Thông tư số 07/2019/TT-BCT bằng Mẫu số 02, Mẫu số 03 "
     "Phụ lục ban hành kèm theo Thông tư này.", "07/2019/TT-BCT", "amends"),
    ("2. Thay thế Phụ lục I ban hành kèm theo Quyết định số 25/2023/QĐ-UBND bằng Phụ lục kèm theo Quyết định "
     "này.", "25/2023/QĐ-UBND", "amends"),
    ("Quyết định này thay thế Quyết định số 92/2007/QĐ-UBND ngày 21/8/2007 của UBND thành phố.",
     "92/2007/QĐ-UBND", "replaces"),
    # carrying out the cited document's tasks, located with "tại" / "nêu tại" after a long description
    ("Để bảo đảm thực hiện quyết liệt, có hiệu quả các nhiệm vụ, giải pháp nêu tại Kết luận số 121-KL/TW, ngày "
     "24/01/2025 của Ban Chấp hành Trung ương Đảng", "121-KL/TW", "implements"),
    ("Tổ chức quán triệt nghiêm nguyên tắc, yêu cầu và thực hiện hiệu quả các nhiệm vụ, giải pháp về xây dựng, "
     "hoàn thiện tổ chức bộ máy của hệ thống chính trị tại Nghị quyết số 60-NQ/TW, ngày 12/4/2025",
     "60-NQ/TW", "implements"),
    # ... but duties laid down in an article of it are carried out under the law: a mention (realworld6 390)
    ("Thuê bao có trách nhiệm thực\nhiện các nhiệm vụ được quy định tại Điều 39 Nghị định số\n68/2024/NĐ-CP.",
     "68/2024/NĐ-CP", "mentions"),
    ("3. Sở Nội vụ thực hiện các nhiệm vụ được giao quy định tại khoản 2 Điều 5 Quyết định số 15/2024/QĐ-UBND.",
     "15/2024/QĐ-UBND", "mentions"),
    ("Các sở, ngành thực hiện chế độ báo cáo định kỳ về tình hình giải ngân vốn đầu tư công tại Quyết định "
     "số 15/2024/QĐ-UBND ngày 02/4/2024", "15/2024/QĐ-UBND", "mentions"),
    # what a proposal or report is about is a mention; the proposal restated in parentheses proposes
    ("Theo đó, tại phiên họp ngày 20/2, sau khi nghe Đảng ủy Chính phủ báo cáo về việc điều chỉnh phạm vi áp "
     "dụng Nghị định số 178/2024/NĐ-CP, ngày 31/12/2024 về chính sách, chế độ đối với cán bộ trong thực hiện "
     "sắp xếp tổ chức bộ máy (Tờ trình số 08-TTr/ĐU, ngày 13/2/2025); ý kiến các cơ quan", "178/2024/NĐ-CP",
     "mentions"),
    ("Theo đó, tại phiên họp ngày 20/2, sau khi nghe Đảng ủy Chính phủ báo cáo về việc điều chỉnh phạm vi áp "
     "dụng Nghị định số 178/2024/NĐ-CP, ngày 31/12/2024 về chính sách, chế độ đối với cán bộ trong thực hiện "
     "sắp xếp tổ chức bộ máy (Tờ trình số 08-TTr/ĐU, ngày 13/2/2025); ý kiến các cơ quan", "08-TTr/ĐU",
     "proposes"),
    ("Ngày 8/2/2025, sau khi nghe Ban Tổ chức Trung ương báo cáo về các nội dung, nhiệm vụ và tiến độ triển "
     "khai nghiên cứu, đề xuất tiếp tục sắp xếp tổ chức bộ máy theo chỉ đạo, kết luận của Trung ương, Bộ Chính "
     "trị (Công văn số 8011-CV/BTCTW, ngày 27/02/2025), Bộ Chính trị có ý kiến như sau:", "8011-CV/BTCTW",
     "proposes"),
    # a citation in the previous one's open description is its object; the list then goes back to its level
    ("Để bảo đảm thực hiện quyết liệt, có hiệu quả các nhiệm vụ, giải pháp nêu tại Kết luận số 121-KL/TW, ngày "
     "24/01/2025 của Ban Chấp hành Trung ương Đảng về tổng kết Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung "
     "ương Đảng khoá XII và Kết luận số 126-KL/TW, ngày 14/02/2025 của Bộ Chính trị", "18-NQ/TW", "mentions"),
    # ... and what follows it with "và" stays in that description: "về thực hiện A của X và B của Y" may
    # name two objects of the description (realworld 236), so "và Kết luận số 126-KL/TW" stays a mention
    ("Căn cứ Kế hoạch số 17/KH-UBND ngày 11/8/2025 của UBND tỉnh về thực hiện Nghị quyết số 71/NQ-CP ngày "
     "01/4/2025 của Chính phủ và Kế hoạch số 07-KH/TU ngày 25/7/2025 của Ban Thường vụ Tỉnh ủy;", "07-KH/TU",
     "mentions"),
    # a cue far inside the previous document's description does not reach the next item of the list
    ("Sửa đổi một số điều của Thông tư số 09/2021/TT-BKHĐT ngày 16 tháng 11 năm 2021 của Bộ trưởng Bộ Kế hoạch "
     "và Đầu tư hướng dẫn lựa chọn nhà đầu tư thực hiện dự án đầu tư theo phương thức đối tác công tư và dự án "
     "đầu tư có sử dụng đất, Thông tư số 10/2022/TT-BKHĐT ngày 15 tháng 6 năm 2022", "10/2022/TT-BKHĐT",
     "amends"),
    ("Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính; Nghị định "
     "số 48/2013/NĐ-CP ngày 14/5/2013 của Chính phủ về sửa đổi, bổ sung một số điều của các nghị định liên quan "
     "đến kiểm soát thủ tục hành chính, Nghị định số 92/2017/NĐ-CP ngày 07/8/2017 của Chính phủ;",
     "92/2017/NĐ-CP", "basis"),
    # ... unless the cue's object is a document the finder left out (no year: "Quyết định số 118/TTg")
    ("Căn cứ Quyết định số 117/2007/QĐ-TTg ngày 25/7/2007 của Thủ tướng Chính phủ về việc sửa đổi, bổ sung một "
     "số Điều của Quyết định số 118/TTg ngày 27/02/1996 và Điều 3, Quyết định số 20/2000/QĐ-TTg ngày 03/02/2000",
     "20/2000/QĐ-TTg", "mentions"),
    # a whole document amended and replaced: replaces ("và thay thế một số nội dung" is the amends cue)
    ("Ban hành kèm theo Quyết định này Quy định về trình tự, thủ tục hành chính về đất đai, sửa đổi, bổ sung và "
     "thay thế Quyết định số 40/2006/QĐ-UBND ngày 10 tháng 11 năm 2006 của Ủy ban nhân dân tỉnh.",
     "40/2006/QĐ-UBND", "replaces"),
    # an article heading that states the act leads in the documents listed under it
    ("Điều 1. Bãi bỏ toàn bộ các quyết định\n1. Quyết định số 43/2017/QĐ-UBND ngày 29/9/2017 của UBND tỉnh quy "
     "định trình tự, thủ tục lựa chọn nhà đầu tư.\n2. Quyết định số 40/2013/QĐ-UBND ngày 13/9/2013 của UBND tỉnh "
     "ban hành Quy định trình tự đầu tư.", "40/2013/QĐ-UBND", "repeals"),
    ("**Điều 1. Bãi bỏ toàn bộ các\nquyết định**\n1. Quyết định số\n43/2017/QĐ-UBND ngày 29/9/2017 của UBND "
     "tỉnh quy định trình tự, thủ tục lựa chọn nhà đầu tư.", "43/2017/QĐ-UBND", "repeals"),
    ("Điều 2. Tổ chức thực hiện\n1. Quyết định số 12/2020/QĐ-UBND ngày 05/3/2020 của UBND tỉnh tiếp tục được "
     "áp dụng đối với hồ sơ đã nộp.", "12/2020/QĐ-UBND", "mentions"),
    # a numbered item's lead-in is not found across an article heading, quoted (the amended text) or with
    # markup inside it
    ("10. Sửa đổi Điều 14 như sau:\n\"Điều 14. Hồ sơ, giải quyết hưởng chế độ thai sản\n1. Hồ sơ, giải quyết hưởng "
     "chế độ thai sản thực hiện theo quy định tại Điều 101 của Luật Bảo hiểm xã hội và Điều 5 của Nghị định số "
     "115/2015/NĐ-CP.", "115/2015/NĐ-CP", "mentions"),
    ("Sửa đổi, bổ sung một số điều của Luật Phí và lệ phí số 97/2015/QH13 như sau:\n36 | Lệ phí cấp chứng chỉ | "
     "Bộ Tài chính |\nĐiều ****54****. Hiệu lực thi hành\n1. Luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm "
     "2026.\n2. Luật Việc làm số 38/2013/QH13 hết hiệu lực kể từ ngày Luật này có hiệu lực thi hành.",
     "38/2013/QH13", "repeals"),
    # a lead-in whose colon the list follows on the same line (realworld6 385); "có hiệu lực thi hành" is no
    # implementing cue
    ("Các Nghị quyết của Hội đồng nhân dân Thành phố sau\nđây hết hiệu lực kể từ ngày Nghị quyết này có hiệu lực "
     "thi hành: số 15/2013/NQ-HĐND ngày 17 tháng 7 năm 2013 về cơ\nchế tài chính; số 14/2016/NQ-HĐND ngày 06 tháng"
     "\n12 năm 2016 sửa đổi, bổ sung một số điều của Nghị quyết số 15/2013/NQ-HĐND ngày 17 tháng 7 năm 2013.",
     "14/2016/NQ-HĐND", "repeals"),
    ("Các Quyết định sau đây hết hiệu lực kể từ ngày Quyết định này có hiệu lực thi hành: Quyết định số "
     "23/2016/QĐ-UBND ngày 05/8/2016 của Ủy ban nhân dân tỉnh.", "23/2016/QĐ-UBND", "repeals"),
    # ... also when a list label follows the colon, item after item on the same line
    ("Các Quyết định sau đây hết hiệu lực thi hành kể từ ngày Quyết định này có hiệu lực: 1. Quyết định số "
     "12/2020/QĐ-UBND ngày 05/3/2020; 2. Quyết định số 13/2021/QĐ-UBND ngày 05/3/2021.", "13/2021/QĐ-UBND",
     "repeals"),
    # an after-cue said of two documents joined by "và", the first without an issuer
    ("Nghị quyết số 15/2013/NQ-HĐND ngày 17/7/2013 và Nghị quyết số 14/2016/NQ-HĐND ngày 06/12/2016 của Hội đồng "
     "nhân dân Thành phố hết hiệu lực thi hành kể từ ngày Nghị quyết này có hiệu lực.", "15/2013/NQ-HĐND", "repeals"),
    # ... but not the head cue of a clause whose list it is out of reach of (realworld2 166)
    ("- Thực hiện công tác quản lý\nnhà nước về lĩnh vực viễn thông; tham mưu UBND Thành phố xây dựng phương án "
     "đảm bảo phù hợp với các Quy hoạch đã được\nThủ tướng Chính phủ phê duyệt tại các Quyết định: số 36/QĐ-TTg "
     "ngày 11/01/2024\nvề việc quy hoạch hạ tầng thông tin; số 1569/QĐ-TTg ngày 12/12/2024 về việc phê duyệt quy "
     "hoạch Thủ đô", "1569/QĐ-TTg", "mentions"),
    # an after-cue past the cited document's title, whose words hold cues of their own (realworld6 392)
    ("Điều 8. Hiệu lực thi hành\n1. Thông tư này có hiệu lực kể từ ngày 01 tháng 3 năm 2023.\n2. Thông tư số "
     "25/2013/TT-BLĐTBXH ngày 18 tháng 10 năm 2013 của Bộ\ntrưởng Bộ Lao động - Thương binh và Xã hội hướng dẫn "
     "thực hiện chế độ bồi\ndưỡng bằng hiện vật đối với người lao động làm việc trong điều kiện có yếu tố\nnguy "
     "hiểm, độc hại hết hiệu lực kể từ ngày Thông tư này có hiệu lực.", "25/2013/TT-BLĐTBXH", "repeals"),
    # numbered items ("1. ...") under a lead-in line
    ("2. Quyết định này bãi bỏ toàn bộ các Quyết định sau:\n1. Quyết định số 32/2021/QĐ-UBND ngày 07 tháng 10 "
     "năm 2021 của Ủy ban nhân dân thành phố;\n2. Quyết định số 15/2019/QĐ-UBND ngày 02/5/2019.",
     "15/2019/QĐ-UBND", "repeals"),
    # an act said after the list of a document's amenders is said of the document they amended; they are
    # named (realworld33 601: a law's effect article, the formula of every law that replaces another)
    ("3. Luật Thuế thu nhập cá nhân số 04/2007/QH12 đã được sửa đổi, bổ sung một số điều theo Luật số 26/2012/QH13, "
     "Luật số 71/2014/QH13 và Luật số 93/2025/QH15 hết hiệu lực kể từ ngày Luật này có hiệu lực thi hành.",
     "04/2007/QH12", "repeals"),
    ("3. Luật Thuế thu nhập cá nhân số 04/2007/QH12 đã được sửa đổi, bổ sung một số điều theo Luật số 26/2012/QH13, "
     "Luật số 71/2014/QH13 và Luật số 93/2025/QH15 hết hiệu lực kể từ ngày Luật này có hiệu lực thi hành.",
     "71/2014/QH13", "mentions"),
    ("3. Luật Thuế thu nhập cá nhân số 04/2007/QH12 đã được sửa đổi, bổ sung một số điều theo Luật số 26/2012/QH13, "
     "Luật số 71/2014/QH13 và Luật số 93/2025/QH15 hết hiệu lực kể từ ngày Luật này có hiệu lực thi hành.",
     "93/2025/QH15", "mentions"),
    # a plan issued with this document, named in its title or first article, implements what it names
    # (realworld49 727, realworld39 642); another resolution's programme is only mentioned
    ("NGHỊ QUYẾT\nBan hành Chương trình hành động của Chính phủ thực hiện Kết luận\nsố 210-KL/TW ngày 12 tháng 11 "
     "năm 2025 của Ban Chấp hành Trung ương", "210-KL/TW", "implements"),
    ("Điều 1. Ban hành kèm theo Nghị quyết này Chương trình hành động của Chính phủ thực hiện Kết luận số "
     "210-KL/TW ngày 12 tháng 11 năm 2025.", "210-KL/TW", "implements"),
    ("Căn cứ Nghị quyết số 93/NQ-CP ngày 05 tháng 7 năm 2023 của Chính phủ\nban hành Chương trình hành động của "
     "Chính phủ thực hiện Kết luận số 210-KL/TW;", "210-KL/TW", "mentions"),
    # a list item's reference cut by the line ("... khoản 1 Điều" / "13) và Điều 16 Thông tư số ...") is no item of
    # another list: the lead-in's repeal reaches it and the items after it (realworld49 725)
    ("7. Thông tư này bãi bỏ các quy định tại:\na) Điều 1, Điều 13 (trừ điểm b.11 khoản 1 Điều\n13) và Điều 16 "
     "Thông tư số 103/2014/TT-BTC ngày 06 tháng 8 năm 2014;\nb) Điều 6 Thông tư số 119/2014/TT-BTC ngày 25 "
     "tháng 8 năm 2014.", "103/2014/TT-BTC", "repeals"),
    ("7. Thông tư này bãi bỏ các quy định tại:\na) Điều 1, Điều 13 (trừ điểm b.11 khoản 1 Điều\n13) và Điều 16 "
     "Thông tư số 103/2014/TT-BTC ngày 06 tháng 8 năm 2014;\nb) Điều 6 Thông tư số 119/2014/TT-BTC ngày 25 "
     "tháng 8 năm 2014.", "119/2014/TT-BTC", "repeals"),
    # a list of documents in force: a row's status cell ("- Hết hiệu lực một phần") states its state, it repeals
    # nothing (realworld48 719); the same words in the clause that follows a citation do
    ("28\nThông tư\nSố 06/2017/TT-BLĐTBXH\nngày 08/3/2017\nQuy định về tuyển dụng nhà giáo\n01/5/2017\n"
     "- Hết hiệu lực một phần\n", "06/2017/TT-BLĐTBXH", "mentions"),
    ("3. Thông tư số 12/2017/TT-BLĐTBXH ngày 20/4/2017 hết hiệu lực kể từ ngày Thông tư này có hiệu lực.",
     "12/2017/TT-BLĐTBXH", "repeals"),
    # "thực hiện thí điểm" runs a pilot; the decree before it is carried out by nothing here (realworld49 728)
    ("NGHỊ ĐỊNH\nThực hiện thí điểm quản lý lao động, tiền lương\nNghị định số 121/2016/NĐ-CP ngày 24 tháng 8 năm "
     "2016 thực hiện thí điểm quản lý lao động, tiền lương, được sửa đổi, bổ sung bởi:\n1. Nghị định số "
     "74/2020/NĐ-CP ngày 01 tháng 7 năm 2020 của Chính phủ;", "74/2020/NĐ-CP", "mentions"),
]


@pytest.mark.parametrize("text, number, expected", RELATION_ROWS)
def test_relation_of_a_citation(text, number, expected):
    doc_type = "Báo cáo" if ("BÁO CÁO" in text or "Sơ kết" in text or "báo cáo như sau" in text) else "Quyết định"
    if "ban hành Nghị định" in text:
        doc_type = "Nghị định"  # the enacting formula of a decree: "Chính phủ ban hành Nghị định ..."
    got = dict(relations_in(text, doc_type))
    assert number in got, (number, got)
    assert got[number] == expected


# (text before the citation, expected pinpoint)
PINPOINT_ROWS = [
    ("theo quy định tại khoản 3 Điều 122 ", Pinpoint("122", "3", None)),
    ("điểm a khoản 2 Điều 5 ", Pinpoint("5", "2", "a")),
    ("điểm b, c khoản 2, khoản 3 Điều 12 ", Pinpoint("12", "3", None)),
    ("quy định tại điểm đ khoản 2 Điều 11 ", Pinpoint("11", "2", "đ")),
    ("Sửa đổi, bổ sung Khoản 1 Điều 17 của ", Pinpoint("17", "1", None)),
    ("theo quy định tại Điều 35 ", Pinpoint("35", None, None)),
    ("theo quy định tại khoản 1 điều 7 ", Pinpoint("7", "1", None)),
    ("Bổ sung Khoản 3a vào Điều 3 của ", Pinpoint("3", None, None)),
    ("danh mục chi tiết tại Phụ lục II ", None),
    # a list of clauses points at the last one, next to its article
    ("quy định tại các Khoản 1, 2, 3, 4, Điều 2, ", Pinpoint("2", "4", None)),
    ("c) Khoản 2, 3, 4, 5 Điều 27 ", Pinpoint("27", "5", None)),
    ("theo khoản 1 và 2 Điều 9 ", Pinpoint("9", "2", None)),
    ("sửa đổi, bổ sung một số điều của ", None),
    # a list of points points at the last one too (realworld6 383), with "điểm" repeated or not
    ("quy định tại điểm c, d, đ, e khoản 1 Điều 9 ", Pinpoint("9", "1", "e")),
    ("theo quy định tại điểm c, d khoản 3, điểm b,c khoản 4 Điều 5; điểm c,\nd, đ,e khoản 3, điểm b, c, d khoản 4 "
     "Điều 9 ", Pinpoint("9", "4", "d")),
    ("Quy định tại điểm b, điểm c khoản 1 Điều 3 ", Pinpoint("3", "1", "c")),
    ("theo quy định tại khoản 1, khoản 2 Điều 22 ", Pinpoint("22", "2", None)),
    # a list of articles: the last one; a clause stays with its own article
    ("theo quy định tại các Điều 28, 30 và 32 ", Pinpoint("32", None, None)),
    ("được thực hiện theo các quy định tại Điều 30, Điều 31, Điều 32 ", Pinpoint("32", None, None)),
    ("Bãi bỏ khoản 5 Điều 5, Điều 6 ", Pinpoint("6", None, None)),
    # an appendix named after the chain does not break it (realworld6 389)
    ("Điều 2. Bãi bỏ khoản 5 Điều 5, Điều 6, khoản 1 Điều 13 và Phụ lục I của ", Pinpoint("13", "1", None)),
]


@pytest.mark.parametrize("before, expected", PINPOINT_ROWS)
def test_pinpoint(before, expected):
    text = before + "Nghị định số 72/2020/NĐ-CP"
    assert find_pinpoint(text, len(before))[0] == expected


def test_pinpoints_land_on_the_citations():
    text = ("Căn cứ khoản 3 Điều 122 Luật Bảo hiểm xã hội năm 2014 và điểm a khoản 2 Điều 5 Nghị định số "
            "72/2020/NĐ-CP ngày 30/6/2020;")
    doc = Document("x.txt", "", "txt", text, text, citations=tuple(find_citations(text)))
    pins = {c.number or c.title: c.pinpoint for c in assign_relations(doc).citations}
    assert pins["72/2020/NĐ-CP"] == Pinpoint("5", "2", "a")
    law = next(k for k in pins if k and k.startswith("Luật Bảo hiểm"))
    assert pins[law] == Pinpoint("122", "3", None)


# (document type, own date, closing text, expected effective date)
EFFECTIVE_ROWS = [
    ("Nghị định", "2013-05-14", "1. Nghị định này có hiệu lực thi hành kể từ ngày 01 tháng 7 năm 2013.", "2013-07-01"),
    ("Quyết định", "2025-11-21", "1. Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 12 năm 2025.",
     "2025-12-01"),
    ("Hướng dẫn", "2025-11-27", "Hướng dẫn này thay thế Hướng dẫn số 31-HD/BTGTW, ngày 30/12/2011 của Ban "
     "Tuyên giáo Trung ương và có hiệu lực kể từ ngày ký./.", "2025-11-27"),
    ("Nghị quyết", "2025-11-27", "Nghị quyết này có hiệu lực thi hành kể từ ngày ký ban hành.", "2025-11-27"),
    # "kể từ ngày ban hành": the day it was issued (realworld27 558)
    ("Quyết định", "2025-11-20", "Quyết định này có hiệu lực kể từ ngày ban hành và bãi bỏ Danh mục TTHC có số thứ tự "
     "2,3,4 Phần I ban hành kèm theo Quyết định số 1037/QĐ-UBND ngày 14/5/2025.", "2025-11-20"),
    ("Nghị quyết", "2016-12-16", "Nghị quyết này đã được Hội đồng nhân dân tỉnh khóa VII, kỳ họp thứ 3 "
     "thông qua ngày 15/12/2016 và có hiệu lực thi hành từ ngày thông qua./.", "2016-12-15"),
    ("Quyết định", "2008-12-18", "Điều 5. Quyết định này có hiệu lực thi hành sau 15 ngày, kể từ ngày đăng Công báo.",
     None),
    ("Quyết định", "2021-03-01", "Quyết định này có hiệu lực sau 10 ngày kể từ ngày ký.", "2021-03-11"),
    ("Công văn", "2013-06-03", "Ngày 09/4/2013, Chính phủ đã ban hành Nghị định số 31/2013/NĐ-CP, Nghị định "
     "này có hiệu lực thi hành từ ngày 01/6/2013.", None),
    ("Kế hoạch", "2025-11-17", "Các Sở, ban, ngành báo cáo kết quả thực hiện trước ngày 15 hằng tháng.", None),
    # a clause about a part of this document gives its date only when no clause gives the whole one's
    # (realworld6 388; a law of the corpus, 101, has its part first)
    ("Nghị định", "2026-05-15", "Điều 14. Hiệu lực thi hành\n1. Nghị định này có hiệu lực thi hành từ ngày 01 tháng 7 "
     "năm 2026, trừ\ntrường hợp quy định tại khoản 2 Điều này.\n2. Quy định tại điểm b, điểm c khoản 1 Điều 3 Nghị "
     "định này, điểm b khoản\n2 Điều 10 Nghị định này và điểm b khoản 2 Điều 12 Nghị định này có hiệu lực\nthi hành "
     "từ ngày 01 tháng 01 năm 2027.", "2026-07-01"),
    ("Luật", "2020-06-17", "1. Luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2021, trừ quy định\ntại khoản 2 "
     "Điều này.\n2. Quy định tại khoản 3 Điều 75 của Luật này có hiệu lực thi hành từ ngày 01\ntháng 9 năm 2020.",
     "2021-01-01"),
    # ... also in the same sentence as the whole document's (corpus 099)
    ("Luật", "2014-11-20", "1. Luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2016, trừ quy định\ntại điểm b "
     "khoản 1 và khoản 2 Điều 2 của Luật này thì có hiệu lực thi hành kể từ\nngày 01 tháng 01 năm 2018.", "2016-01-01"),
    ("Nghị quyết", "2025-11-27", "Nghị quyết này có hiệu lực thi hành kể từ ngày 01 tháng 01 năm 2026; riêng quy định "
     "tại Điều 5 có hiệu lực từ ngày 01 tháng 7 năm 2026.", "2026-01-01"),
    ("Luật", "2025-06-25", "1. Luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2026.\n2. Quy định tại Phụ lục "
     "IV ban hành kèm theo Luật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2026.", "2026-01-01"),
    # "từ ngày được thông qua": the date of passing in the closing line (UBTVQH resolutions)
    ("Nghị quyết", None, "1. Nghị quyết này có hiệu lực thi hành từ ngày được thông qua.\n\n*Nghị quyết này được Ủy "
     "ban Thường vụ Quốc hội khóa XV, phiên họp thứ 42 thông qua ngày 07 tháng 02 năm 2025.*", "2025-02-07"),
    ("Nghị quyết", "2025-06-16", "Điều 2. Hiệu lực thi hành\n1. Nghị quyết này có hiệu lực thi hành từ ngày được "
     "thông qua.\n*Nghị quyết này được Ủy ban Thường vụ Quốc hội thông qua ngày 16 tháng 6 năm 2025.*", "2025-06-16"),
    # ... "từ khi được Quốc hội biểu quyết thông qua" (realworld24 538)
    ("Nghị quyết", None, "Nghị quyết này có hiệu lực thi hành từ khi được Quốc hội biểu quyết thông qua.\n*Nghị quyết "
     "này được Quốc hội khóa XV, Kỳ họp bất thường lần thứ 9, thông qua ngày 18 tháng 02 năm 2025.*", "2025-02-18"),
    ("Quyết định", "2024-03-02", "Quyết định này có hiệu lực kể từ ngày được ký ban hành.", "2024-03-02"),
    # the head noun of a compound type names this document: "Thông tư này" in a Thông tư liên tịch
    ("Thông tư liên tịch", None, "Điều 9. Hiệu lực thi hành\n1. Thông tư này có hiệu lực thi hành kể từ ngày "
     "01/02/2010.", "2010-02-01"),
    ("Thông tư liên tịch", "2012-05-04", "Nghị định này có hiệu lực thi hành kể từ ngày 01/6/2012.", None),
    # the bare type after a clause number, under a heading broken across lines
    ("Quyết định", "2025-11-18", "**Điều 5. Điều khoản thi\nhành**\n\n1. Quyết định có hiệu lực thi hành kể từ\n"
     "ngày 28 tháng 11 năm 2025.", "2025-11-28"),
    ("Nghị quyết", "2025-10-02", "4. Nghị quyết có hiệu lực thi hành kể từ ngày 12 tháng 10 năm 2025.", "2025-10-12"),
    ("Nghị quyết", "2025-11-18", "1. Quyết định có hiệu lực thi hành kể từ ngày 28 tháng 11 năm 2025.", None),
    # a consolidated text takes effect when the document it consolidates did, as its opening says; the
    # amending circular's clause quoted in a footnote does not count (samples 7, 20, 21)
    ("Văn bản hợp nhất", None, "Thông tư số 34/2019/TT-BLĐTBXH ngày 30 tháng 12 năm 2019 của Bộ trưởng Bộ Lao "
     "động - Thương binh và Xã hội, có hiệu lực từ\nngày 15 tháng 02 năm 2020, được sửa đổi, bổ sung bởi:\nThông tư "
     "số 12/2024/TT-BLĐTBXH ngày 14 tháng 11 năm 2024, có hiệu lực từ ngày 29 tháng 12 năm 2024.\n"
     "“Điều 11. Hiệu lực thi hành\n1. Thông tư này có hiệu lực thi hành kể từ ngày 29 tháng 12 năm 2024.”\n"
     "Điều 8. Hiệu lực thi hành\n1. Thông tư này có hiệu lực thi hành kể từ ngày 15 tháng 02 năm 2020.", "2020-02-15"),
]


@pytest.mark.parametrize("doc_type, own, text, expected", EFFECTIVE_ROWS)
def test_effective_date(doc_type, own, text, expected):
    doc = Document("x.txt", "", "txt", text, text, metadata=Metadata(doc_type=doc_type, date=own),
                   citations=tuple(find_citations(text)))
    assert find_effective_date(doc) == expected


def test_own_date_from_the_appendix_caption_when_the_header_lost_it():
    text = ("Hướng dẫn này có hiệu lực kể từ ngày ký./.\nPHỤ LỤC\n(Kèm theo Hướng dẫn số 40-HD/BTGDVTW, "
            "ngày 27/11/2025 của Ban Tuyên giáo và Dân vận Trung ương)")
    doc = Document("x.txt", "", "txt", text, text, metadata=Metadata(doc_type="Hướng dẫn"),
                   citations=tuple(find_citations(text)))
    assert find_effective_date(doc) == "2025-11-27"


# (document type, text with a portal's lead and no header date, expected effective date): the lead that
# reports the signing gives the own date, also when the signer's titles part it from the number
SIGNED_LEAD_ROWS = [
    ("Quy định", "Theo Cổng TTĐT Đảng Cộng sản Việt Nam, ngày 22/10/2025, đồng chí Nguyễn Văn A, Ủy viên Bộ Chính "
     "trị, Thường trực Ban Bí thư đã ký ban hành Quy định số 379-QĐ/TW của Ban Bí thư về giao dịch điện tử.\n\n"
     "Theo đó, Quy định số 379-QĐ/TW quy định về giao dịch điện tử.\n\nQuy định này có hiệu lực kể từ ngày ký.",
     "2025-10-22"),
    ("Nghị quyết", "Ngày 9/9/2025, thay mặt Chính phủ, Phó Thủ tướng Trần Văn B đã ký ban hành Nghị quyết số "
     "05/2025/NQ-CP của Chính phủ về thí điểm.\n\nNghị quyết này có hiệu lực thi hành kể từ ngày ký.", "2025-09-09"),
    # the lead reports another type's signing: not this document's date
    ("Quy định", "Theo Cổng TTĐT Chính phủ, ngày 22/10/2025, đồng chí Trần Văn C, Ủy viên Bộ Chính trị, Phó Thủ "
     "tướng Chính phủ đã ký ban hành Nghị định số 12/2025/NĐ-CP về giao dịch điện tử.\n\nTheo đó, Nghị định số "
     "12/2025/NĐ-CP quy định về giao dịch điện tử.\n\nQuy định này có hiệu lực kể từ ngày ký.", None),
]


@pytest.mark.parametrize("doc_type, text, expected", SIGNED_LEAD_ROWS)
def test_own_date_from_a_portal_lead_that_reports_the_signing(doc_type, text, expected):
    doc = Document("x.txt", "", "txt", text, text, metadata=Metadata(doc_type=doc_type),
                   citations=tuple(find_citations(text)))
    assert find_effective_date(doc) == expected


def test_the_data_names_every_relation_and_nothing_else():
    m = relation_model()
    assert tuple(m["relations"]) == RELATIONS
    assert set(m["cues"]) <= set(RELATIONS) and set(m["strength"]) == set(RELATIONS)
    assert set(m["lineage_relations"]) <= set(RELATIONS)


def test_strongest_relation_of_several_mentions():
    assert strongest(["mentions", "basis", "replaces"]) == "replaces"
    assert strongest(["mentions", "implements", "basis"]) == "implements"
    assert strongest([]) == "mentions"


def test_a_longer_cue_wins_at_the_same_place():
    cues = find_cues("Tổng kết 10 năm thực hiện Nghị quyết; sửa đổi, bổ sung, bãi bỏ một số điều của")
    assert [c.relation for c in cues] == ["reports_on", "amends"]


def test_every_citation_keeps_its_span_and_gets_a_relation(tmp_path):
    text = ("Căn cứ Luật Khoa học và công nghệ ngày 18/6/2013; Nghị quyết nêu trên; Thực hiện Kết luận số "
            "187, 188-KL/TW của Bộ Chính trị;")
    doc = Document("x.txt", "", "txt", text, text, citations=tuple(find_citations(text)))
    out = assign_relations(doc).citations
    assert [(c.start, c.end) for c in out] == [(c.start, c.end) for c in doc.citations]
    assert all(c.relation in RELATIONS for c in out)
    assert [c.relation for c in out if c.number and c.number.endswith("KL/TW")] == ["implements", "implements"]


_WORDS = st.sampled_from(["Căn cứ", "Thực hiện", "thay thế", "bãi bỏ", "sửa đổi, bổ sung", "theo", "tại",
                          "Nghị quyết số 20-NQ/TW", "Nghị định số 08/2014/NĐ-CP", "ngày 01/11/2012", ";",
                          ",", ".", "\n", "(", ")", "Điều 5", "khoản 2", "có hiệu lực kể từ ngày ký",
                          "Quyết định này", "xã", "và", "về việc", "kèm theo"])


@settings(max_examples=150, deadline=None)
@given(st.lists(_WORDS, max_size=60))
def test_any_text_gives_a_relation_per_citation(words):
    text = " ".join(words)
    doc = Document("x.txt", "", "txt", text, text, metadata=Metadata(doc_type="Quyết định", date="2020-01-01"),
                   citations=tuple(find_citations(text)))
    out = assign_relations(doc)
    assert len(out.citations) == len(doc.citations)
    assert all(c.relation in RELATIONS for c in out.citations)
    assert out.metadata.effective_date in (None, "2020-01-01") or out.metadata.effective_date[:2] in ("19", "20")


def test_relation_pass_is_linear_in_the_text():
    """A long Căn cứ list costs time in proportion to its length (bisect lookups, no rescans)."""
    import time
    one = "Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính;\n"
    for n in (200, 800):
        text = one * n
        doc = Document("x.txt", "", "txt", text, text, citations=tuple(find_citations(text)))
        t = time.perf_counter()
        out = assign_relations(doc)
        assert time.perf_counter() - t < 30
        assert {c.relation for c in out.citations} == {"basis"}


def test_json_contract_only_adds_keys():
    from vanban.pipeline.analyze import document_json

    text = "Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010;"
    doc = assign_relations(Document("x.txt", "", "txt", text, text, citations=tuple(find_citations(text))))
    doc = replace(doc, metadata=replace(doc.metadata, effective_date="2020-01-01"))
    out = document_json(doc)
    c = out["citations"][0]
    assert c["relation"] == "basis" and c["pinpoint"] is None
    assert {"text", "start", "end", "number", "date", "resolved_to"} <= set(c)
    assert out["document"]["effective_date"] == "2020-01-01"


def test_eval_scores_relations_pinpoints_and_effective_dates_only_where_labelled(tmp_path):
    import json

    from vanban.pipeline.evaluate import evaluate

    docs, gold = tmp_path / "docs", tmp_path / "gold"
    docs.mkdir(), gold.mkdir()
    text = ("QUYẾT ĐỊNH\nCăn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010;\n"
            "Điều 2. Quyết định này có hiệu lực kể từ ngày 01/7/2013 và thay thế Quyết định số "
            "12/2012/QĐ-UBND ngày 25/6/2012.\n")
    (docs / "a.txt").write_text(text, encoding="utf-8")
    (docs / "b.txt").write_text(text, encoding="utf-8")
    cites = [{"text": "Nghị định số 63/2010/NĐ-CP ngày 08/6/2010", "number": "63/2010/NĐ-CP",
              "type": "Nghị định", "date": "2010-06-08", "start": text.index("Nghị định")},
             {"text": "Quyết định số 12/2012/QĐ-UBND ngày 25/6/2012", "number": "12/2012/QĐ-UBND",
              "type": "Quyết định", "date": "2012-06-25", "start": text.index("Quyết định số")}]
    labelled = [dict(cites[0], relation="basis", pinpoint=None),
                dict(cites[1], relation="mentions", pinpoint={"article": "2", "clause": None, "point": None})]
    (gold / "a.json").write_text(json.dumps({"file": "a.txt", "complete": {"citations": True},
                                             "effective_date": "2013-07-01", "citations": labelled}), "utf-8")
    (gold / "b.json").write_text(json.dumps({"file": "b.txt", "complete": {"citations": True},
                                             "citations": cites}), "utf-8")
    r = evaluate(gold, docs)
    assert r.relation_accuracy["basis"].correct == 1 and r.relation_accuracy["basis"].total == 1
    assert r.relation_accuracy["mentions"].correct == 0  # it is "replaces": counted wrong
    assert r.pinpoint_accuracy.total == 2 and r.pinpoint_accuracy.correct == 1
    assert (r.effective_date_accuracy.correct, r.effective_date_accuracy.total) == (1, 1)
    # dates, quantities and directives are absent from the gold: not scored at all
    assert r.fields["dates"].tp + r.fields["dates"].fp + r.fields["dates"].fn == 0
    # an overlay adds labels by start offset to gold that carries none
    overlay = {"documents": {"b.json": {"effective_date": "2013-07-01", "citations": [
        {"start": cites[1]["start"], "relation": "replaces", "pinpoint": None}]}}}
    r2 = evaluate(gold, docs, labels=overlay)
    assert r2.relation_accuracy["replaces"].correct == 1
    assert r2.effective_date_accuracy.total == 2


# Classes found on the real-corpus blind sample (tests/realworld): (document type, text, number, relation)
# a repealing list of 60 documents, three lines each: its last item still reads the lead-in 180 lines up
_LONG_REPEAL = "Điều 1. Bãi bỏ các Quyết định sau:\n" + "".join(
    f"\n{i}. Quyết định số\n{i}/2005/QĐ-UB ngày 23 tháng 11 năm 2005 của Ủy ban nhân dân tỉnh Bình Phước\n"
    "Thành lập Bệnh viện đa khoa huyện trên cơ sở tách ra từ Trung tâm y tế huyện.\n" for i in range(1, 61))

CLASS_ROWS = [
    # a body acting "căn cứ quy định tại ..." a decree follows the law, it is no basis of this document
    # (realworld29 567; gold13 448, gold15 the same procedure); the preamble's basis stays
    ("Quyết định", "Bước 3: Trong vòng 30 ngày làm việc, Bộ trưởng Bộ Dân tộc và Tôn giáo căn cứ quy định tại Điều 4 "
     "của Nghị định số 255/2025/NĐ-CP chỉ đạo rà soát, tổng hợp.", "255/2025/NĐ-CP", "mentions"),
    ("Quyết định", "Căn cứ quy định tại Điều 4 của Nghị định số 255/2025/NĐ-CP;", "255/2025/NĐ-CP", "basis"),
    ("Kế hoạch", "3. Trách nhiệm của các Bộ, ngành, địa phương; Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam\nCăn cứ quy "
     "định tại Điều 3 của Quyết định số 1237/QĐ-TTg và các nhiệm vụ được giao", "1237/QĐ-TTg", "basis"),
    ("Quyết định", "Căn cứ Luật Xây dựng ngày 18 tháng 6 năm 2014; đồng thời căn cứ Nghị định số 41/2007/NĐ-CP ngày "
     "22/3/2007 của Chính phủ về xây dựng ngầm đô thị;", "41/2007/NĐ-CP", "basis"),
    # what a correcting decision writes becomes part of the circulars it corrects (realworld28 562)
    ("Quyết định", "Điều 3. Quyết định này có hiệu lực kể từ ngày ký, nội dung đính chính tại Quyết định này là một "
     "phần không thể tách rời của Thông tư số 138/2025/TT-BTC và Thông tư số 139/2025/TT-BTC", "139/2025/TT-BTC",
     "amends"),
    # adjusting a list, plan or annex of a decision amends it (realworld27 557); adjusting a price or
    # a scope does not (realworld18, the "Phạm vi điều chỉnh" of every statute)
    ("Quyết định", "1. Điều chỉnh danh mục các Dự án thăm dò, khai thác quặng vonfram trên địa bàn tỉnh Thái Nguyên "
     "tại mục 3 Phụ lục II.8 kèm theo Quyết định số 866/QĐ-TTg ngày 18 tháng 7 năm 2023 (Chi tiết tại Phụ lục I).",
     "866/QĐ-TTg", "amends"),
    ("Nghị định", "Điều chỉnh mức giá cao hơn từ trên 15% so với mức giá quy định tại khoản 1 Điều 4 Nghị định số "
     "72/2023/NĐ-CP.", "72/2023/NĐ-CP", "mentions"),
    ("Thông tư", "Điều 1. Phạm vi điều chỉnh\nThông tư này quy định danh mục vùng theo Nghị định số 135/2020/NĐ-CP.",
     "135/2020/NĐ-CP", "mentions"),
    # ... and so are those of the document a text guides (realworld26 554)
    ("Thông tư", "Thông tư này hướng dẫn thực hiện Quyết định số 57/2013/QĐ-TTg ngày 14 tháng 10 năm 2013 của Thủ tướng "
     "Chính phủ đã được sửa đổi, bổ sung bởi Quyết định số 62/2015/QĐ-TTg ngày 04 tháng 12 năm 2015", "62/2015/QĐ-TTg",
     "mentions"),
    # "chấm dứt hiệu lực" ends a document's force like "bãi bỏ", before it or after it (realworld26 553)
    ("Nghị quyết", "Các quy định sau đây chấm dứt hiệu lực: điểm h khoản 1 Điều 182 Nghị định số 131/2021/NĐ-CP ngày "
     "30 tháng 12 năm 2021 của Chính phủ.", "131/2021/NĐ-CP", "repeals"),
    ("Quyết định", "Chấm dứt hiệu lực của Quyết định số 12/2020/QĐ-UBND ngày 01/3/2020.", "12/2020/QĐ-UBND", "repeals"),
    # the earlier amenders of the document a text amends are named, not amended (realworld25 545, gold20 501)
    ("Thông tư", "Điều 1. Sửa đổi, bổ sung một số điều của Thông tư số 152/2016/TT-BTC ngày 17 tháng 10 năm 2016 đã "
     "được sửa đổi, bổ sung một số điều theo Thông tư số 40/2019/TT-BTC ngày 28 tháng 6 năm 2019", "40/2019/TT-BTC",
     "mentions"),
    ("Thông tư", "Điều 1. Sửa đổi, bổ sung một số điều của Thông tư số 152/2016/TT-BTC ngày 17 tháng 10 năm 2016 đã "
     "được sửa đổi, bổ sung một số điều theo Thông tư số 40/2019/TT-BTC ngày 28 tháng 6 năm 2019", "152/2016/TT-BTC",
     "amends"),
    # a submission is a proposal whichever word brings it, "Căn cứ" included (realworld24 538)
    ("Nghị quyết", "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\nCăn cứ Tờ trình số 1160/TTr-UBTVQH15 ngày "
     "08 tháng 02 năm 2025 của Ủy ban Thường vụ Quốc hội;", "1160/TTr-UBTVQH15", "proposes"),
    ("Quyết định", "Căn cứ Nghị định số 78/2025/NĐ-CP ngày 01/4/2025 của Chính phủ;", "78/2025/NĐ-CP", "basis"),
    ("Quyết định", _LONG_REPEAL, "60/2005/QĐ-UB", "repeals"),
    # "pháp luật" is law in general, no "Luật" whose title the cue below would be
    ("Thông tư", "Điều 1. Bãi bỏ văn bản quy phạm pháp luật\nBãi bỏ Quyết định số 181/2006/QĐ-BQP ngày 31 tháng 10 "
     "năm 2006 của Bộ trưởng Bộ Quốc phòng.", "181/2006/QĐ-BQP", "repeals"),
    # the appraisal of the proposal is part of it
    ("Quyết định", "Theo đề nghị của Sở Tư pháp tại Văn bản số 3245/TTr-STP ngày 06/11/2025 (sau khi có Báo cáo thẩm "
     "định số 3243/BC-STP ngày 05/11/2025 của Sở Tư pháp);", "3243/BC-STP", "proposes"),
    ("Quyết định", "Theo đề nghị của Giám đốc Sở Nông nghiệp và Môi trường tại Tờ trình số 862/TTr-SNNMT ngày "
     "14/11/2025 (được Sở Tư pháp thẩm định tại Báo cáo số 1853/BC-STP ngày 05/11/2025);", "1853/BC-STP", "proposes"),
    # a suspension is read as repeals (the labels have no suspends); the period of one names it only
    ("Thông tư", "THÔNG TƯ\nNgưng hiệu lực của Thông tư số 08/2022/TT-BKHĐT ngày 31 tháng 5 năm 2022 của Bộ "
     "trưởng Bộ Kế hoạch và Đầu tư", "08/2022/TT-BKHĐT", "repeals"),
    ("Thông tư", "Điều 2. Điều khoản chuyển tiếp\n1. Trong thời gian ngưng hiệu lực của Thông tư số 08/2022/TT-BKHĐT, "
     "các văn bản sau đây tiếp tục có hiệu lực.", "08/2022/TT-BKHĐT", "mentions"),
    # a procedure the resolution abolishes is repealed where the decree set it (realworld75 819)
    ("Nghị quyết", "A. CẮT GIẢM THỦ TỤC HÀNH CHÍNH\nI. Không thực hiện thủ tục cấp phép cho trung tâm ngoại ngữ hoạt động "
     "trở lại quy định tại điểm b khoản 4 Điều 12 Nghị định số 86/2024/NĐ-CP\nViệc hoạt động trở lại thực hiện theo quy "
     "định sau:", "86/2024/NĐ-CP", "repeals"),
    # a list item without a cue of its own takes its lead-in line's relation
    ("Nghị định", "2. Các Nghị định sau hết hiệu lực kể từ ngày Nghị định này có hiệu lực thi hành:\n"
     "a) Nghị định số 24/2016/NĐ-CP ngày 05 tháng 4 năm 2016 của Chính phủ quy định chi tiết;\n"
     "b) Nghị định số 09/2022/NĐ-CP ngày 20 tháng 01 năm 2022 của Chính phủ.", "09/2022/NĐ-CP", "repeals"),
    ("Quyết định", "2. Quyết định này bãi bỏ toàn bộ các Quyết\nđịnh sau:\n\na) Quyết định số 32/2021/QĐ-UBND ngày 07 "
     "tháng 10 năm 2021 của Ủy ban nhân dân thành phố Hải Phòng về việc ban hành cấp dự báo cháy rừng;\n\nb) Quyết "
     "định số 09/2022/QĐ-UBND ngày 12 tháng 9 năm 2022 của Ủy ban nhân dân tỉnh Hải Dương;", "32/2021/QĐ-UBND",
     "repeals"),
    ("Nghị định", "Nghị định này thay thế các Nghị định sau:\n- Nghị định số 15/2018/NĐ-CP ngày 02 tháng 02 năm 2018 "
     "của Chính phủ;", "15/2018/NĐ-CP", "replaces"),
    # an after-cue after a list is every item's; and after a long description of the cited document
    ("Nghị quyết", "2. Quy định về số lượng Thẩm phán của Tòa án nhân dân các cấp tại Nghị quyết số 473a/NQ-UBTVQH13 "
     "ngày 28 tháng 3 năm 2012; Nghị quyết số 1278/NQ-UBTVQH13 ngày 01 tháng 7 năm 2016; Nghị quyết số "
     "571/NQ-UBTVQH14 ngày 10 tháng 9 năm 2018 của Ủy ban Thường vụ Quốc hội hết hiệu lực kể từ ngày Nghị quyết này "
     "có hiệu lực thi hành.", "1278/NQ-UBTVQH13", "repeals"),
    # ... also where each item's long description runs to its ";" and the cue stands far after the first
    # (realworld52 746)
    ("Thông tư", "2. Thông tư số 03/2018/TT-BLĐTBXH ngày 15 tháng 6 năm 2018 của Bộ trưởng Bộ Lao động - Thương binh "
     "và Xã hội ban quy định tiêu chuẩn chức danh nghề nghiệp viên chức chuyên ngành giáo dục nghề nghiệp; Thông tư "
     "số 12/2019/TT-BLĐTBXH ngày 12 tháng 8 năm 2019 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội hướng dẫn "
     "việc chuyển xếp lương chức danh nghề nghiệp viên chức chuyên ngành giáo dục nghề nghiệp; Thông tư số "
     "31/2019/TT-BLĐTBXH ngày 30 tháng 12 năm 2019 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội quy định tiêu "
     "chuẩn, điều kiện, nội dung và hình thức thi hoặc xét thăng hạng chức danh nghề nghiệp viên chức chuyên ngành "
     "giáo dục nghề nghiệp hết hiệu lực kể từ ngày Thông tư này có hiệu lực thi hành.", "03/2018/TT-BLĐTBXH",
     "repeals"),
    ("Nghị quyết", "1. Nghị quyết này có hiệu lực thi hành kể từ ngày 08 tháng 12 năm 2025. Nghị quyết số "
     "03/2024/NQ-HĐND ngày 29 tháng 3 năm 2024 của Hội đồng nhân dân Thành phố quy định danh mục các khoản thu và "
     "mức thu, cơ chế quản lý thu chi đối với các dịch vụ hỗ trợ hoạt động giáo dục, đào tạo tại cơ sở giáo dục mầm "
     "non, giáo dục phổ thông công lập (không bao gồm các cơ sở giáo dục công lập chất lượng cao) của thành phố Hà "
     "Nội hết hiệu lực kể từ ngày Nghị quyết này có hiệu lực thi hành.", "03/2024/NQ-HĐND", "repeals"),
    ("Báo cáo", "Thực hiện Nghị quyết số 12/2020/NQ-HĐND ngày 10/3/2020, Sở đã rà soát các văn bản của tỉnh, trong "
     "đó Quyết định số 13/2020/QĐ-UBND ngày 10/3/2020 đã hết hiệu lực.", "12/2020/NQ-HĐND", "mentions"),
    ("Nghị định", "3. Bãi bỏ các quy định sau:\na) Điều 3 Nghị định số 129/2019/NĐ-CP ngày 24 tháng 9 năm "
     "2019 của Chính\nphủ sửa đổi, bổ sung một số điều;", "129/2019/NĐ-CP", "repeals"),
    ("Quyết định", "Căn cứ:\n- Luật Đất đai số 31/2024/QH15;\n- Nghị định số 102/2024/NĐ-CP ngày 30 tháng 7 "
     "năm 2024 của Chính phủ;", "102/2024/NĐ-CP", "basis"),
    ("Kế hoạch", "Các nhiệm vụ cụ thể như sau:\n- Rà soát Quyết định số 12/2020/QĐ-UBND ngày 10/3/2020 "
     "của UBND tỉnh;", "12/2020/QĐ-UBND", "mentions"),
    # replacing and deleting words and articles of a document amends it ("Thay thế cụm từ" is no replacement)
    ("Nghị quyết", "Điều 2. Thay thế, bãi bỏ một số từ, cụm từ của Quy định kèm theo Nghị quyết số 09/2022/NQ-HĐND "
     "ngày 14 tháng 7 năm 2022 của Hội đồng nhân dân tỉnh", "09/2022/NQ-HĐND", "amends"),
    ("Nghị quyết", "1. Thay thế, bãi bỏ một số cụm từ, điều của Quy định kèm theo Nghị quyết số 20/2023/NQ-HĐND "
     "như sau:", "20/2023/NQ-HĐND", "amends"),
    # "ban hành theo" locates like "ban hành kèm theo": the amending cue before it decides
    ("Nghị quyết", "NGHỊ QUYẾT\nSỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA QUY ĐỊNH CÁC CHÍNH SÁCH HỖ TRỢ GIẢM NGHÈO BỀN VỮNG "
     "TỈNH THỪA THIÊN HUẾ GIAI ĐOẠN 2023-2025 BAN HÀNH THEO NGHỊ QUYẾT SỐ 20/2023/NQ-HĐND NGÀY 21 THÁNG 8 NĂM 2023",
     "20/2023/NQ-HĐND", "amends"),
    ("Nghị quyết", "Hội đồng nhân dân thành phố ban hành Nghị quyết sửa đổi, bổ sung một số điều của Quy định các "
     "chính sách hỗ trợ giảm nghèo bền vững giai đoạn 2023-2025 ban hành theo Nghị quyết số 20/2023/NQ-HĐND ngày "
     "21 tháng 8 năm 2023 của Hội đồng nhân dân tỉnh.", "20/2023/NQ-HĐND", "amends"),
    ("Kế hoạch", "- Rà soát các khoản thu theo Quy chế ban hành theo Quyết định số 15/2021/QĐ-UBND ngày 10/3/2021 "
     "của UBND tỉnh;", "15/2021/QĐ-UBND", "mentions"),
    # "căn cứ" as a noun (a column "Căn cứ bổ sung", a procedure's "Căn cứ pháp lý") grounds nothing of this document
    ("Nghị quyết", "TT\nTên nhiệm vụ\nCơ quan chủ trì\nThời gian hoàn thành\nCăn cứ bổ sung\n9\nNghiên cứu, xây dựng "
     "Đề án\nBộ Tư pháp\nTháng 9/2026\nChương trình số 12-CTr/BCĐ\n10\nTiếp tục thể chế hóa các chủ trương theo Nghị "
     "quyết số 71-NQ/TW của Bộ Chính trị", "71-NQ/TW", "mentions"),
    ("Quyết định", "Căn cứ pháp lý:\n- Luật Đất đai số 31/2024/QH15 ngày 18 tháng 01 năm 2024;", "31/2024/QH15",
     "mentions"),
    # a cue right after another document's type noun is that document's title
    ("Quyết định", "- Luật sửa đổi, bổ sung một số điều của Luật Di sản văn hóa số 32/2009/QH12 ngày 18 tháng 6 "
     "năm 2009.", "32/2009/QH12", "mentions"),
    ("Kế hoạch", "Triển khai thực hiện khi có Thông tư mới thay thế Thông tư số 93/2009/TT-BTC ngày 12/5/2009 "
     "của Bộ Tài chính.", "93/2009/TT-BTC", "mentions"),
    ("Kế hoạch", "Triển khai khi ban hành mới Quyết định thay thế Quyết định số 119/2008/QĐ-TTg ngày 27/8/2008 "
     "của Thủ tướng Chính phủ.", "119/2008/QĐ-TTg", "mentions"),
    # ... and the cited document's own title right after the head is the head's object
    ("Quyết định", "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật số\n"
     "87/2025/QH15 ngày 25 tháng 6 năm 2025;", "87/2025/QH15", "basis"),
    ("Nghị quyết", "NGHỊ QUYẾT\nSửa đổi, bổ sung nhiệm vụ trong Chương trình hành động của Chính phủ thực hiện Nghị "
     "quyết số 66-NQ/TW ngày 30 tháng 4 năm 2025 của Bộ Chính trị", "66-NQ/TW", "mentions"),
    ("Quyết định", "Điều 1. Phê duyệt danh mục dự án thuộc Kế hoạch của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết "
     "số 21-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương.", "21-NQ/TW", "mentions"),
    ("Kế hoạch", "Ủy ban nhân dân tỉnh ban hành Kế hoạch của UBND tỉnh thực hiện Nghị quyết số 21-NQ/TW ngày "
     "25/10/2017 như sau:", "21-NQ/TW", "implements"),
    # ... unless the noun is this document: its enacting formula or its title's type line
    ("Luật", "Quốc hội ban hành Luật sửa đổi, bổ sung một số điều của Luật Quản lý nợ công số 29/2009/QH12.",
     "29/2009/QH12", "amends"),
    ("Nghị định", "NGHỊ ĐỊNH\nSửa đổi, bổ sung một số điều của Nghị định số 41/2019/NĐ-CP ngày 12 tháng 3 năm "
     "2019 của Chính phủ", "41/2019/NĐ-CP", "amends"),
    # ... or, in a consolidated text, each text it merges: its enacting sentence quoted in a footnote (realworld65 790)
    ("Văn bản hợp nhất", "1 Luật số 35/2018/QH14 có căn cứ ban hành như sau:\n“Căn cứ Hiến pháp nước Cộng hòa xã hội "
     "chủ nghĩa Việt Nam;\nQuốc hội ban hành Luật sửa đổi, bổ sung một số điều của Luật Giao thông đường bộ số "
     "23/2008/QH12.”", "23/2008/QH12", "amends"),
    ("Văn bản hợp nhất", "2 Thông tư số 06/2024/TT-BLĐTBXH có căn cứ ban hành như sau:\n“Bộ trưởng Bộ Lao động - "
     "Thương binh và Xã hội ban hành Thông tư sửa đổi, bổ sung một số điều của Thông tư số 26/2016/TT-BLĐTBXH ngày 01 "
     "tháng 9 năm 2016.”", "26/2016/TT-BLĐTBXH", "amends"),
    # ... its list of amended laws goes on after an amended law's own amenders, which are mentioned
    ("Văn bản hợp nhất", "1 Luật số 35/2018/QH14 có căn cứ ban hành như sau:\n“Quốc hội ban hành Luật sửa đổi, bổ sung một số điều có "
     "liên quan đến quy hoạch của Luật Giao thông đường bộ số 23/2008/QH12, Luật Giao thông đường thủy nội địa số "
     "23/2004/QH11 đã được sửa đổi, bổ sung một số điều theo Luật số 48/2014/QH13 và Luật số 97/2015/QH13, Luật Tài "
     "nguyên nước số 17/2012/QH13.”", "17/2012/QH13", "amends"),
    ("Văn bản hợp nhất", "1 Luật số 35/2018/QH14 có căn cứ ban hành như sau:\n“Quốc hội ban hành Luật sửa đổi, bổ sung một số điều có "
     "liên quan đến quy hoạch của Luật Giao thông đường bộ số 23/2008/QH12, Luật Giao thông đường thủy nội địa số "
     "23/2004/QH11 đã được sửa đổi, bổ sung một số điều theo Luật số 48/2014/QH13 và Luật số 97/2015/QH13, Luật Tài "
     "nguyên nước số 17/2012/QH13.”", "97/2015/QH13", "mentions"),
    # ... but another document's title named there is still a mention
    ("Văn bản hợp nhất", "Luật sửa đổi, bổ sung một số điều của Luật Di sản văn hóa số 32/2009/QH12 ngày 18 tháng 6 "
     "năm 2009.", "32/2009/QH12", "mentions"),
    # a clause spoken by someone else: a website's notice under a crawled page
    ("Quyết định", "Thực hiện Nghị định 13/2023/NĐ-CP, chúng tôi cập nhật Quy chế bảo vệ dữ liệu cá nhân.",
     "13/2023/NĐ-CP", "mentions"),
    # proposals
    ("Nghị quyết", "Xét Tờ trình số 404/TTr-UBND ngày 20 tháng 11 năm 2025 của Ủy ban nhân dân Thành phố; Báo cáo thẩm "
     "tra số 103/BC-BVHXH ngày 23 tháng 11 năm 2025 của Ban Văn hóa - Xã hội;\nBáo cáo giải trình, tiếp thu số "
     "492/BC-UBND ngày 25 tháng 11 năm 2025 của Ủy ban nhân dân Thành phố;", "492/BC-UBND", "proposes"),
    ("Quyết định", "Căn cứ Luật Ngân sách nhà nước số 83/2015/QH13;\nSở Tài chính rà soát Quyết định số "
     "12/2020/QĐ-UBND;", "12/2020/QĐ-UBND", "mentions"),
    ("Quyết định", "Theo đề nghị của Sở Tài chính tại Tờ trình số:\n421/TTr-STC ngày 29/10/2025, 501/TTr-STC ngày "
     "20/11/2025 và ý kiến thẩm định của Sở Tư pháp tại Báo cáo số 22/BC-STP ngày 24/10/2025;", "501/TTr-STC",
     "proposes"),
    ("Quyết định", "Theo đề nghị của Sở Tài chính tại Tờ trình số:\n421/TTr-STC ngày 29/10/2025, 501/TTr-STC ngày "
     "20/11/2025 và ý kiến thẩm định của Sở Tư pháp tại Báo cáo số 22/BC-STP ngày 24/10/2025;", "22/BC-STP",
     "proposes"),
    ("Quyết định", "Trên cơ sở đề nghị của Bộ Tài chính tại văn bản số 18346/BTC-NSNN ngày 26 tháng 11 năm 2025 "
     "về việc bổ sung có mục tiêu", "18346/BTC-NSNN", "proposes"),
    ("Quyết định", "Theo đề nghị của Giám đốc Sở Du lịch tại Tờ trình số 69/TTr-SDL ngày 24 tháng 10 năm 2025 và "
     "Giám đốc Sở Nội vụ tại Tờ trình số 6409/TTr-SNV ngày 27 tháng 10 năm 2025.", "6409/TTr-SNV", "proposes"),
    # an amending instrument named inside a basis
    ("Kế hoạch", "Căn cứ Quyết định số 651/QĐ-LĐTBXH ngày 21 tháng 7 năm 2022 của Bộ trưởng (được điều chỉnh "
     "bổ sung bởi Quyết định số 129/QĐ-LĐTBXH ngày 17 tháng 3 năm 2023);", "129/QĐ-LĐTBXH", "basis"),
    # spreading the word is not carrying out
    ("Kế hoạch", "- Thường xuyên tuyên truyền, phổ biến, quán triệt Nghị quyết số 28-NQ/TW ngày 09/11/2022 của "
     "Ban Chấp hành Trung ương", "28-NQ/TW", "mentions"),
    ("Nghị quyết", "thực hiện tiết kiệm tối thiểu 10% điện năng tiêu thụ theo đúng chỉ đạo của Thủ tướng Chính "
     "phủ tại Chỉ thị số 11/CT-TTg ngày 30 tháng 3 năm 2026.", "11/CT-TTg", "implements"),
    # classes of the second blind sample (tests/realworld/gold2) and heldout4
    # a cue inside another document's description does not reach past the ";" that ends it
    ("Kế hoạch", "[2] Chỉ thị số 27/CTTg ngày 15/7/2025 của Thủ tướng Chính phủ về tăng cường thực hiện công "
     "tác dân số trong tình hình mới; Quyết định số 1680/QĐ-TTg ngày 22/11/2019 của Thủ tướng Chính phủ.",
     "1680/QĐ-TTg", "mentions"),
    # the head cue reaches the items of its list, not a new phrase after the ";"
    ("Kế hoạch", "- Thực hiện công tác quản lý nhà nước về lĩnh vực viễn thông trên địa bàn; tham mưu Ủy ban nhân "
     "dân xây dựng, triển khai phương án phát triển hạ tầng kỹ thuật viễn thông thụ động trên địa bàn đảm bảo "
     "phù hợp với các Quy hoạch đã được phê duyệt tại Quyết định số 37/QĐ-TTg ngày 11/01/2024.",
     "37/QĐ-TTg", "mentions"),
    ("Nghị quyết", "d) Thực hiện nghiêm chỉ đạo của Thủ tướng Chính phủ tại Công điện số 37/CĐ-TTg ngày 25 tháng "
     "4 năm 2026 về việc tăng cường kỷ luật; tập trung xây dựng, hoàn thiện hồ sơ chính sách, hồ sơ dự án "
     "luật trình Chính phủ trong tháng 5, bảo đảm chất lượng, thời hạn trình tại Quyết định số 2353/QĐ-TTg "
     "ngày 24 tháng 10 năm 2025.", "2353/QĐ-TTg", "mentions"),
    ("Nghị quyết", "d) Thực hiện nghiêm chỉ đạo của Thủ tướng Chính phủ tại Công điện số 37/CĐ-TTg ngày 25 tháng "
     "4 năm 2026 về việc tăng cường kỷ luật; tập trung xây dựng hồ sơ.", "37/CĐ-TTg", "implements"),
    # "tiếp tục quán triệt (sâu sắc)" opens a list of what is carried out
    ("Kế hoạch", "b) Tiếp tục quán triệt sâu sắc tư tưởng về thi đua yêu nước của Chủ tịch Hồ Chí Minh; Chỉ thị "
     "số 42-CT/TW ngày 26/12/2024 của Bộ Chính trị; Kết luận số 02-KL/TW ngày 15/8/2021 của Bộ Chính trị.",
     "02-KL/TW", "implements"),
    # an amending instrument named in a basis whose first document has no number
    ("Nghị quyết", "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam đã được sửa đổi, bổ sung một số "
     "điều theo Nghị quyết số 204/2025/QH15;", "204/2025/QH15", "basis"),
    ("Nghị định", "Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 65/2025/QH15 được sửa đổi, bô sung bởi "
     "Luật số 88/2025/QH15;", "88/2025/QH15", "basis"),  # OCR lost the hook of "bổ"
    # a basis item on a line of its own after a ";"
    ("Thông báo", "Căn cứ Nghị định số 09/2015/NĐ-CP ngày 21/01/2015 của Chính phủ quy định chi tiết và biện "
     "pháp thi hành Luật Hải quan;\nNghị định số 168/2025/NĐ-CP ngày 30/6/2025 của Chính phủ sửa đổi, bổ sung "
     "một số điều của Nghị định số 09/2015/NĐ-CP;", "168/2025/NĐ-CP", "basis"),
    # the proposal a document is issued on: "Trên cơ sở Đề án / Đơn đề nghị ..."
    ("Nghị quyết", "Trên cơ sở Đề án số 342/ĐA-CP ngày 09 tháng 5 năm 2025 của Chính phủ về sắp xếp đơn vị "
     "hành chính cấp xã, Ủy ban Thường vụ Quốc hội quyết định sắp xếp như sau:", "342/ĐA-CP", "proposes"),
    # narrative: what someone did is told, not carried out by this document
    ("Báo cáo", "Thực hiện Quyết định số 62/QĐ-CTN ngày 15 tháng 01 năm 2010, Bộ đã phối hợp và chỉ đạo các địa "
     "phương chuyển quà của Chủ tịch nước.", "62/QĐ-CTN", "mentions"),
    ("Báo cáo", "1. Thực hiện chỉ đạo của Thủ tướng Chính phủ về việc báo cáo tình hình tổ chức Tết, Bộ Lao "
     "động - Thương binh và Xã hội đã có công văn số 4735/LĐTBXH-BTXH gửi Ủy ban nhân dân các tỉnh.",
     "4735/LĐTBXH-BTXH", "mentions"),
    ("Kế hoạch", "Sau 8 năm triển khai thực hiện Nghị quyết số 22-NQ/TW ngày 25 tháng 10 năm 2017 của Ban Chấp "
     "hành Trung ương, Thành ủy/Tỉnh ủy, Ủy ban nhân dân tỉnh/thành phố đã ban hành nhiều văn bản.",
     "22-NQ/TW", "mentions"),
    ("Kế hoạch", "Thực hiện Chỉ thị số 28/CT-TTg ngày 15/8/2024 của Thủ tướng Chính phủ, nhằm phát huy những "
     "kết quả đã đạt được, Ủy ban nhân dân thành phố ban hành Kế hoạch.", "28/CT-TTg", "implements"),
    # carrying out the cited document's own tasks and targets "theo" it; the manner stays a mention
    ("Nghị quyết", "a) Chủ động rà soát, tổ chức triển khai quyết liệt, hiệu quả các nhiệm vụ theo Kết luận số "
     "19-KL/TW của Trung ương.", "19-KL/TW", "implements"),
    ("Kế hoạch", "triển khai thực hiện có hiệu quả các chỉ tiêu, nhiệm vụ, giải pháp về công tác dân số trong "
     "tình hình mới theo Nghị quyết số 22-NQ/TW và các văn bản chỉ đạo của Chính phủ.", "22-NQ/TW", "implements"),
    ("Kế hoạch", "Phân công người thực hiện nhiệm vụ chuyên trách bảo vệ bí mật nhà nước theo quy định tại khoản "
     "1 điều 7 Nghị định số 27/2020/NĐ-CP ngày 28/02/2020 của Chính phủ.", "27/2020/NĐ-CP", "mentions"),
    ("Nghị quyết", "không để ảnh hưởng đến việc triển khai các dự án trọng điểm trên địa bàn theo Kết luận số "
     "19-KL/TW ngày 02 tháng 4 năm 2026.", "19-KL/TW", "mentions"),
    # a comma continues the list after a description that ends with a digit or a word
    ("Nghị quyết", "a) Chủ động rà soát, tổ chức triển khai quyết liệt, hiệu quả các nhiệm vụ theo Kết luận số "
     "19-KL/TW của Trung ương, các Nghị quyết của Quốc hội về các kế hoạch 05 năm giai đoạn 2026 - 2030, Nghị "
     "quyết số 110/NQ-CP ngày 16 tháng 4 năm 2026 của Chính phủ.", "110/NQ-CP", "implements"),
    # ... and an item that only says where its document is ("chỉ đạo của ... tại") is one of the list
    ("Nghị quyết", "g) Đối với đầu tư công: thực hiện nghiêm Kết luận số 19-KL/TW của Trung ương, chỉ đạo của "
     "Thủ tướng Chính phủ tại Chỉ thị số 17/CT-TTg ngày 23 tháng 4 năm 2026 và Thông báo số 214/TB-VPCP ngày "
     "25 tháng 4 năm 2026 của Văn phòng Chính phủ.", "214/TB-VPCP", "implements"),
    ("Nghị quyết", "l) Tập trung triển khai hiệu quả Nghị quyết số 30/2026/QH16 ngày 24 tháng 4 năm 2026 của Quốc "
     "hội về cơ chế xử lý vi phạm pháp luật về đất đai của tổ chức, cá nhân xảy ra trước khi Luật Đất đai số "
     "31/2024/QH15 có hiệu lực.", "31/2024/QH15", "mentions"),
    # "Thay thế <part> ... X": a part of X is replaced, X is amended (realworld5 376, realworld4 364); a
    # list of procedures published by a decision, or the document itself, is replaced
    ("Thông tư", "Điều 8. Thay thế Phụ lục kèm theo Thông tư số 07/2024/TT-NHNN\n", "07/2024/TT-NHNN", "amends"),
    ("Thông tư", "2. Thay thế Mẫu số 03 ban hành kèm theo Thông tư số 12/2023/TT-BCT.", "12/2023/TT-BCT", "amends"),
    ("Nghị định", "Điều 8. Thay thế một số biểu mẫu ban hành kèm theo Nghị định số 31/2019/NĐ-CP\n", "31/2019/NĐ-CP",
     "amends"),
    # words struck out of a published procedure's name amend the decision that published it (sample 14, 455)
    ("Quyết định", "- Bỏ cụm từ «đăng ký» trong tên thủ tục đã được công bố tại thủ tục thứ tự số 5 Quyết định số "
     "1818/QĐ-UBND ngày 23/10/2025 của Ủy ban nhân dân tỉnh;", "1818/QĐ-UBND", "amends"),
    ("Thông tư", "Thông tư này thay thế Thông tư số 12/2023/TT-BCT ngày 05/6/2023.", "12/2023/TT-BCT", "replaces"),
    ("Quyết định", "Điều 3. Quyết định này thay thế Danh mục thủ tục hành chính được Chủ tịch UBND tỉnh công bố "
     "tại Quyết định số 2196/QĐ-UBND ngày 28/12/2021.", "2196/QĐ-UBND", "replaces"),
    # an amending or repealing verb whose object is a licence or certificate (realworld5 375, 376)
    ("Quyết định", "2. Cấp, bổ sung, sửa đổi, cấp lại, thu hồi Giấy chứng nhận lưu hành tự do đối với hàng hóa "
     "xuất khẩu quy định tại khoản 1 Điều 11 Nghị định số 69/2018/NĐ-CP ngày 15 tháng 5 năm 2018.",
     "69/2018/NĐ-CP", "mentions"),
    ("Thông tư", "b) Tiếp nhận hồ sơ đề nghị cấp đổi Giấy phép, sửa đổi, bổ sung Giấy phép theo quy định tại "
     "Thông tư số 34/2024/TT-NHNN.", "34/2024/TT-NHNN", "mentions"),
    ("Thông tư", "Điều 1. Sửa đổi, bổ sung một số điều của Thông tư số 34/2024/TT-NHNN như sau:",
     "34/2024/TT-NHNN", "amends"),
    # "theo" under a basis head locates what the basis is
    ("Kế hoạch", "Căn cứ nội dung của Chương trình mục tiêu quốc gia phòng, chống ma túy đến năm 2030 theo Quyết "
     "định số 7620/QĐ-BCA ngày 08/9/2025 của Bộ trưởng Bộ Công an và Kế hoạch này, các Sở triển khai thực hiện.",
     "7620/QĐ-BCA", "basis"),
    ("Kế hoạch", "Triển khai thực hiện có hiệu quả công tác phòng, chống ma túy trên địa bàn theo Quyết định số "
     "7620/QĐ-BCA ngày 08/9/2025 của Bộ trưởng Bộ Công an.", "7620/QĐ-BCA", "mentions"),
    # a cue inside a closed parenthetical remark does not pass through the locating words after it
    ("Hướng dẫn", "- Mỗi xã: Thực hiện theo nguyên tắc lấy tổng số báo cáo viên cấp huyện, xã của tỉnh (trước "
     "khi thực hiện tổ chức chính quyền địa phương hai cấp) được quy định tại Hướng dẫn số 07-HD/BTCTW, chia "
     "cho tổng số xã", "07-HD/BTCTW", "mentions"),
    # a parenthesised restatement of a document described before it in the clause
    ("Kế hoạch", "Thực hiện Nghị quyết số 164/2024/QH15 ngày 27/11/2024 của Quốc hội, Nghị quyết số 51/NQ-CP "
     "ngày 13/3/2025 của Chính phủ về ban hành Kế hoạch triển khai Nghị quyết số 164/2024/QH15 ngày 27/11/2024 "
     "của Quốc hội (Nghị quyết số 51/NQ-CP) và Quyết định số 7620/QĐ-BCA ngày 08/9/2025 của Bộ trưởng Bộ Công "
     "an, Ủy ban nhân dân tỉnh ban hành Kế hoạch.", "7620/QĐ-BCA", "implements"),
    # a diploma revoked is no document repealed ("hủy bỏ bằng tốt nghiệp" in the cited circular's title)
    ("Thông tư", "d) Tổ chức cấp phát văn bằng theo quy định tại Thông tư số 10/2017/TT-BLĐTBXH ngày 13 tháng 3 "
     "năm 2017 quy định mẫu bằng tốt nghiệp trung cấp, cao đẳng; in, quản lý, cấp phát, thu hồi, hủy bỏ bằng tốt "
     "nghiệp trung cấp, cao đẳng và Thông tư số 24/2020/TT-BLĐTBXH ngày 30 tháng 12 năm 2020.",
     "24/2020/TT-BLĐTBXH", "mentions"),
    # a dash of a place name wrapped to a line start is no bullet: the list's lead-in still reaches item 2
    ("Quyết định", "Điều 1. Bãi bỏ các văn bản do Ủy ban nhân dân tỉnh ban hành, cụ thể như sau:\n1. Quyết định "
     "số 90/2004/QĐ-UB ngày 16/12/2004 ban hành điều lệ quản lý xây dựng khu đất ở phường Nam Lý - Đồng Hới\n"
     "- Quảng Bình;\n2. Quyết định số 02/2007/QĐ-UBND ngày 31/01/2007 ban hành Quy định đánh số nhà;",
     "02/2007/QĐ-UBND", "repeals"),
    # replacing or dropping some words amends; a series of amending verbs before "một số điều" amends
    ("Quyết định", "Điều 2. Thay thế một số cụm từ của Quy định ban hành kèm theo Quyết định số 52/2024/QĐ-UBND "
     "ngày 30 tháng 10 năm 2024 của Ủy ban nhân dân tỉnh", "52/2024/QĐ-UBND", "amends"),
    ("Thông tư", "Điều 2. Sửa đổi, bãi bỏ, thay thế một số điều, phụ lục của Thông tư số 06/2023/TT-BTP ngày 18 "
     "tháng 9 năm 2023 của Bộ trưởng Bộ Tư pháp", "06/2023/TT-BTP", "amends"),
    ("Thông tư", "4. Bãi bỏ cụm từ “thanh tra” tại điểm 1 tiểu mục 2.2 mục 2 Phụ lục VIII ban hành kèm theo "
     "Thông tư số 06/2023/TT-BTP.", "06/2023/TT-BTP", "amends"),
    ("Thông tư", "1. Bãi bỏ điểm b khoản 1 Điều 2 Thông tư số 04/2022/TT-BTP.", "04/2022/TT-BTP", "repeals"),
    ("Quyết định", "Thay thế Quyết định số 52/2024/QĐ-UBND ngày 30 tháng 10 năm 2024.", "52/2024/QĐ-UBND",
     "replaces"),
    # words quoted as an amendment's object: the document inside the quote is a word of it, the one the
    # quote stands in is amended (sample 16, 473)
    ("Nghị định", "3. Sửa đổi cụm từ “điểm b, điểm c khoản 2 Điều 6 Nghị định số 59/2021/NĐ-CP ngày 18 tháng 6 "
     "năm 2021 của Chính phủ quy định một số nội dung đặc thù” tại khoản 3 Điều 12 Nghị định số 248/2025/NĐ-CP "
     "ngày 25 tháng 7 năm 2025 của Chính phủ.", "59/2021/NĐ-CP", "mentions"),
    ("Nghị định", "3. Sửa đổi cụm từ “điểm b, điểm c khoản 2 Điều 6 Nghị định số 59/2021/NĐ-CP ngày 18 tháng 6 "
     "năm 2021 của Chính phủ quy định một số nội dung đặc thù” tại khoản 3 Điều 12 Nghị định số 248/2025/NĐ-CP "
     "ngày 25 tháng 7 năm 2025 của Chính phủ.", "248/2025/NĐ-CP", "amends"),
    # ... and where the quote stands in no document named after it (the amended one is named elsewhere), the
    # decree inside the old words and inside the new ones is mentioned (sample 21, 515)
    ("Thông tư", "3. Thay thế cụm từ “khoản 3 Điều 6 Nghị định số 63/2019/NĐ-CP” bằng cụm từ “khoản 1 Điều 6 "
     "Nghị định số 64/2019/NĐ-CP” tại khoản 3 Điều 4.", "63/2019/NĐ-CP", "mentions"),
    ("Thông tư", "3. Thay thế cụm từ “khoản 3 Điều 6 Nghị định số 63/2019/NĐ-CP” bằng cụm từ “khoản 1 Điều 6 "
     "Nghị định số 64/2019/NĐ-CP” tại khoản 3 Điều 4.", "64/2019/NĐ-CP", "mentions"),
    # a draft's title says what the draft does, whoever owns it (sample 16, 475)
    ("Nghị quyết", "Điều 1. Thông qua nội dung dự thảo Nghị quyết của Quốc hội sửa đổi, bổ sung một số điều của "
     "Nghị quyết số 136/2024/QH15 ngày 26 tháng 6 năm 2024 của Quốc hội về tổ chức chính quyền đô thị.",
     "136/2024/QH15", "mentions"),
    # ... but a draft mark alone on its line is this document's status: its title amends
    ("Nghị định", "DỰ THẢO\nNGHỊ ĐỊNH\nSửa đổi, bổ sung một số điều của Nghị định số 41/2018/NĐ-CP ngày 12 tháng 3 "
     "năm 2018\n", "41/2018/NĐ-CP", "amends"),
    # the next item of a list, described as amending an earlier item, is an item (sample 16, 470 and 468)
    ("Thông tư", "Căn cứ Nghị định số 59/2019/NĐ-CP ngày 01 tháng 7 năm 2019 của Chính phủ quy định chi tiết "
     "một số điều và biện pháp thi hành Luật Phòng, chống tham nhũng và Nghị định số 134/2021/NĐ-CP ngày 30 "
     "tháng 12 năm 2021 của Chính phủ về sửa đổi, bổ sung một số điều của Nghị định số 59/2019/NĐ-CP ngày 01 "
     "tháng 7 năm 2019 của Chính phủ;", "134/2021/NĐ-CP", "basis"),
    ("Quyết định", "Bãi bỏ toàn bộ Quyết định số 55/2014/QĐ-UBND ngày 31/12/2014 của UBND thành phố quy định về "
     "quản lý vỉa hè và Quyết định số 08/2023/QĐ-UBND ngày 23/02/2023 của UBND thành phố sửa đổi, bổ sung một "
     "số điều của Quy định ban hành kèm theo Quyết định số 55/2014/QĐ-UBND.", "08/2023/QĐ-UBND", "repeals"),
    ("Quyết định", "Bãi bỏ toàn bộ Quyết định số 08/2023/QĐ-UBND ngày 23/02/2023 của UBND thành phố sửa đổi, bổ "
     "sung một số điều của Quy định ban hành kèm theo Quyết định số 55/2014/QĐ-UBND và bãi bỏ một phần Quyết định "
     "số 24/2019/QĐ-UBND ngày 02/5/2019 của UBND thành phố sửa đổi, bổ sung một số điều của Quyết định số "
     "55/2014/QĐ-UBND.", "24/2019/QĐ-UBND", "mentions"),
    # the members' and the ministry's opinions a resolution rests on are its proposals
    ("Nghị quyết", "Trên cơ sở ý kiến của các Thành viên Chính phủ, ý kiến của Bộ Tài chính tại Tờ trình số "
     "118/TTr-BTC ngày 20 tháng 11 năm 2025.", "118/TTr-BTC", "proposes"),
    # a guiding text's title and scope: "Hướng dẫn một số nội dung tại ...", "Hướng dẫn thực hiện ...
    # quy định tại ..." (realworld36 618, 619: all nine read as mentions)
    ("Thông tư", "THÔNG TƯ\nHướng dẫn một số nội dung tại Nghị định số 289/2025/NĐ-CP ngày 06 tháng 11 năm 2025 "
     "của Chính phủ", "289/2025/NĐ-CP", "guides"),
    ("Nghị định", "NGHỊ ĐỊNH\nHướng dẫn thực hiện cơ chế, chính sách đặc thù tháo gỡ khó khăn, vướng mắc cho các dự án "
     "tồn đọng, kéo dài quy định tại Nghị quyết số 29/2026/QH16 ngày 24 tháng 4 năm 2026 của Quốc hội",
     "29/2026/QH16", "guides"),
    # a duty to carry out what a document lays down stays a mention
    ("Quyết định", "Sở Tài chính kiểm tra, đôn đốc việc thực hiện các nội dung theo quy định tại Thông tư số "
     "12/2025/TT-BTC.", "12/2025/TT-BTC", "mentions"),
    # the laws that amended a basis, named after "các": each is a basis too (realworld57 766)
    ("Nghị định", "Căn cứ Luật Đất đai số 31/2024/QH15 được sửa đổi, bổ sung một số điều bởi các Luật số "
     "43/2024/QH15, số 47/2024/QH15 và số 95/2025/QH15;\nTheo đề nghị của Bộ trưởng,", "47/2024/QH15", "basis"),
    # the laws an amending law's title lists are mentioned, the amending law is the basis (realworld47 707)
    ("Quyết định", "Căn cứ Luật Đất đai số 31/2024/QH15 ngày 18 tháng 01 năm 2024, được sửa đổi, bổ sung một số điều "
     "tại Luật sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15 và Luật "
     "Các tổ chức tín dụng số 32/2024/QH15;\nTheo đề nghị của Giám đốc Sở Tài chính,", "27/2023/QH15", "mentions"),
    # two amending laws, each of one law, joined by "và" on a basis line of its own: both are the basis (realworld84
    # 845), the second no law of the first one's title
    ("Thông tư", "Căn cứ Luật Bảo hiểm y tế số 25/2008/QH12 ngày 14 tháng 11 năm 2008;\nLuật sửa đổi, bổ sung một số "
     "điều của Luật Bảo hiểm y tế số 46/2014/QH13 ngày 13 tháng 6 năm 2014 và Luật sửa đổi, bổ sung một số điều của "
     "Luật Bảo hiểm y tế số 51/2024/QH15 ngày 27 tháng 11 năm 2024;\nTheo đề nghị của Vụ trưởng,", "46/2014/QH13",
     "basis"),
    # "A ...; Điều 1 Nghị định B ... hết hiệu lực": the after-cue is both items', though the second opens with its
    # provision and its title runs on with ";" of its own (a sanctions decree's effect clause, realworld85 849)
    ("Nghị định", "2. Nghị định số 35/2019/NĐ-CP ngày 25 tháng 4 năm 2019 của Chính phủ quy định xử phạt vi phạm hành "
     "chính trong lĩnh vực lâm nghiệp; Điều 1 Nghị định số 07/2022/NĐ-CP ngày 10 tháng 01 năm 2022 của Chính phủ sửa "
     "đổi, bổ sung một số điều của các Nghị định về xử phạt; thú y; chăn nuôi hết hiệu lực kể từ ngày Nghị định này có "
     "hiệu lực thi hành.", "35/2019/NĐ-CP", "repeals"),
    ("Thông tư", "Căn cứ Luật Việc làm số 38/2013/QH13;\nLuật sửa đổi, bổ sung một số điều của Luật Việc làm số "
     "12/2022/QH15 và Luật sửa đổi, bổ sung một số điều của Luật Việc làm số 74/2025/QH15;\nTheo đề nghị của Cục "
     "trưởng,", "74/2025/QH15", "basis"),
    # a consolidated text's footnote after the preamble's closing call: not the proposal heard before the call
    ("Văn bản hợp nhất", "Theo đề nghị của Vụ trưởng Vụ Bảo hiểm y tế,\nBộ trưởng Bộ Y tế ban hành Thông tư ban hành "
     "Danh mục vật tư y tế.1\n1 Thông tư số 50/2017/TT-BYT có căn cứ ban hành như sau:\n", "50/2017/TT-BYT", "mentions"),
    ("Văn bản hợp nhất", "Theo đề nghị của Vụ trưởng Vụ Pháp chế,\nBộ trưởng Bộ Tài chính ban hành Thông tư quy định "
     "về phí.2 \n2 Thông tư số 12/2020/TT-BTC sửa đổi, bổ sung một số điều có căn cứ ban hành như sau:\n",
     "12/2020/TT-BTC", "mentions"),
    # words quoted as struck ("Bãi bỏ nội dung “...” tại ...") amend the circular, a provision struck repeals it
    # (realworld60 774)
    ("Thông tư", "4. Bãi bỏ nội dung “(có xác nhận của Ủy ban nhân dân cấp xã nơi cư trú)” tại điểm b khoản 2 Điều 10 "
     "của Thông tư số 57/2015/TT-BLĐTBXH ngày 25 tháng 12 năm 2015 của Bộ trưởng.", "57/2015/TT-BLĐTBXH", "amends"),
    ("Thông tư", "4. Bãi bỏ nội dung khoản 2 Điều 10 của Thông tư số 57/2015/TT-BLĐTBXH ngày 25 tháng 12 năm 2015 "
     "của Bộ trưởng.", "57/2015/TT-BLĐTBXH", "repeals"),
]


def test_the_proposal_named_again_in_the_body_is_still_the_proposal():
    text = ("Theo đề nghị của Bộ trưởng Bộ Tài chính tại Tờ trình số 118/TTr-BTC ngày 20 tháng 11 năm 2025.\n"
            "QUYẾT NGHỊ:\nĐiều 1. Thông qua nội dung báo cáo của Bộ Tài chính tại Mục II Tờ trình số 118/TTr-BTC "
            "ngày 20 tháng 11 năm 2025.\nĐiều 2. Thực hiện theo quy định tại Nghị định số 39/2022/NĐ-CP.\n")
    assert relations_in(text, "Nghị quyết") == [("118/TTr-BTC", "proposes"), ("118/TTr-BTC", "proposes"),
                                                 ("39/2022/NĐ-CP", "mentions")]


@pytest.mark.parametrize("doc_type, text, number, expected", CLASS_ROWS)
def test_relation_classes(doc_type, text, number, expected):
    got = dict(relations_in(text, doc_type))
    assert number in got, (number, got)
    assert got[number] == expected


def test_a_document_described_after_another_in_a_repealing_list_is_a_mention():
    text = ("3. Bãi bỏ các quy định sau:\nb) Điều 2 Nghị định số 55/2022/NĐ-CP ngày 22 tháng 8 năm 2022 của "
            "Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 79/2016/NĐ-CP ngày 01 tháng 7 năm 2016 "
            "và Nghị định số 09/2021/NĐ-CP ngày 28 tháng 01 năm 2021 của Chính phủ;")
    assert relations_in(text, "Nghị định") == [("55/2022/NĐ-CP", "repeals"), ("79/2016/NĐ-CP", "mentions"),
                                                ("09/2021/NĐ-CP", "mentions")]


def test_a_cue_after_the_own_number_is_this_documents():
    text = "Quyết định 73/2025/QĐ-UBND bãi bỏ toàn bộ Quyết định 18/2025/QĐ-UBND do thành phố Hà Nội ban hành"
    doc = Document("x.txt", "", "txt", text, text,
                   metadata=Metadata(doc_type="Quyết định", number="73/2025/QĐ-UBND"),
                   citations=tuple(find_citations(text)))
    got = {c.number: c.relation for c in assign_relations(doc).citations}
    assert got["18/2025/QĐ-UBND"] == "repeals"


def test_a_cue_after_the_own_number_in_a_page_footer_is_this_documents():
    # a crawled page's footer repeats the title after the first mention of the cited document
    text = ("Quyết định 72/2025/QĐ-UBND bãi bỏ toàn bộ Quyết định 18/2025/QĐ-UBND do thành phố Hà Nội ban hành "
            "Văn bản này chưa cập nhật nội dung Tiếng Anh Quyết định 72/2025/QĐ-UBND ngày 27/11/2025 bãi bỏ toàn "
            "bộ Quyết định 18/2025/QĐ-UBND do thành phố Hà Nội ban hành")
    doc = Document("x.txt", "", "txt", text, text, metadata=Metadata(doc_type="Quyết định", number="72/2025/QĐ-UBND"),
                   citations=tuple(c for c in find_citations(text) if c.number != "72/2025/QĐ-UBND"))
    assert [c.relation for c in assign_relations(doc).citations] == ["repeals", "repeals"]


def test_the_last_item_of_a_semicolon_list_after_a_described_document_is_the_lists():
    text = ("Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị; Nghị quyết số 03/NQ-CP ngày "
            "09/01/2025 của Chính phủ ban hành Chương trình hành động thực hiện Nghị quyết số 57-NQ/TW và "
            "Kế hoạch số 245-KH/TU ngày 28/3/2025 của Ban Thường vụ Tỉnh ủy, Huyện ủy xây dựng Kế hoạch như sau:")
    got = relations_in(text, "Kế hoạch")
    assert got[1] == ("03/NQ-CP", "implements") and got[-1] == ("245-KH/TU", "implements")


def test_effective_date_when_the_subject_is_the_bare_type():
    text = ("**Điều 7. Điều khoản thi hành**\nNghị quyết có hiệu lực thi hành kể từ ngày 01 tháng 12 năm 2025.\n")
    doc = Document("x.txt", "", "txt", text, text, metadata=Metadata(doc_type="Nghị quyết", date="2025-11-27"))
    assert find_effective_date(doc) == "2025-12-01"
    other = Document("x.txt", "", "txt", text, text, metadata=Metadata(doc_type="Quyết định", date="2025-11-27"))
    assert find_effective_date(other) is None  # another document's type, without "này"


def test_an_article_heading_ending_with_a_citation_is_a_clause_of_its_own():
    # the body under the heading opens its own clause (realworld5 376): both say what is replaced
    text = ("Điều 8. Thay thế Phụ lục kèm theo Thông tư số 07/2024/TT-NHNN\nThay thế Phụ lục ban hành kèm theo "
            "Thông tư số 07/2024/TT-NHNN bằng Phụ lục ban hành kèm theo Thông tư này.\nĐiều 9. Trách nhiệm")
    assert relations_in(text, "Thông tư") == [("07/2024/TT-NHNN", "amends"), ("07/2024/TT-NHNN", "amends")]


def test_an_article_heading_holding_a_described_citation_is_a_clause_of_its_own():
    # the heading goes on with the cited document's description; the body below still opens its
    # own clause (sample 14, 457): both repeal
    text = ("Điều 1. Bãi bỏ toàn bộ Thông tư số 31/2015/TT-BYT ngày 14 tháng 10 năm 2015 của Bộ trưởng Bộ Y tế "
            "quy định việc áp dụng chế độ bồi dưỡng giám định pháp y\nBãi bỏ toàn bộ Thông tư số 31/2015/TT-BYT "
            "ngày 14 tháng 10 năm 2015 của Bộ trưởng Bộ Y tế.\nĐiều 2. Hiệu lực thi hành")
    assert relations_in(text, "Thông tư") == [("31/2015/TT-BYT", "repeals"), ("31/2015/TT-BYT", "repeals")]


def test_an_after_cue_after_a_described_document_is_the_lists():
    # "A ... ; B ... sửa đổi, bổ sung ... A hết hiệu lực": A and B end, A inside B's title is a mention
    # (realworld5 378); the document inside A's title too
    text = ("2. Thông tư liên tịch số 29/2014/TTLT-BLĐTBXH-BTC ngày 24 tháng 10 năm 2014 của Bộ Lao động - "
            "Thương binh và Xã hội và Bộ Tài chính hướng dẫn thực hiện một số điều của Nghị định số "
            "136/2013/NĐ-CP ngày 21 tháng 10 năm 2013 của Chính phủ; Thông tư liên tịch số "
            "06/2015/TTLT-BLĐTBXH-BTC ngày 12 tháng 5 năm 2015 của Bộ Lao động - Thương binh và Xã hội và Bộ "
            "Tài chính sửa đổi, bổ sung khoản 2 và 4 Điều 11 Thông tư liên tịch số 29/2014/TTLT-BLĐTBXH-BTC hết "
            "hiệu lực kể từ ngày Thông tư này có hiệu lực thi hành.")
    assert relations_in(text, "Thông tư") == [
        ("29/2014/TTLT-BLĐTBXH-BTC", "repeals"), ("136/2013/NĐ-CP", "mentions"),
        ("06/2015/TTLT-BLĐTBXH-BTC", "repeals"), ("29/2014/TTLT-BLĐTBXH-BTC", "mentions")]


PROPOSAL = ("Theo đề nghị của Giám đốc Sở Văn hóa và Thể thao tại Tờ trình số 637/TTr-SVHTT ngày 23 tháng 10 "
            "năm 2025 về việc bãi bỏ toàn bộ Quyết định số 17/2025/QĐ-UBND ngày 28 tháng 02 năm 2025 của Ủy "
            "ban nhân dân thành phố.\nĐiều 1. Bãi bỏ toàn bộ Quyết định số {n}/2025/QĐ-UBND ngày 28 tháng 02 "
            "năm 2025 của Ủy ban nhân dân thành phố.")


@pytest.mark.parametrize("repealed, expected", [("17", "repeals"), ("22", "mentions")])
def test_a_proposal_restates_this_documents_act_only_when_the_document_does_it(repealed, expected):
    # the act a proposal names is this document's when its articles do it (realworld 241); a proposal
    # that names another document's repeal (a sister decision's, realworld5 379) is a mention
    got = relations_in(PROPOSAL.format(n=repealed))
    assert got[1] == ("17/2025/QĐ-UBND", expected) and got[-1] == (f"{repealed}/2025/QĐ-UBND", "repeals")


def test_a_mention_inside_an_article_that_amends_the_document_is_the_amendment():
    text = ("Điều 1. Sửa đổi, bổ sung một số điều của Thông tư số 02/2023/TT-BTP ngày 29 tháng 6 năm 2023\n"
            "3. Sửa đổi cụm từ “Tốt nghiệp đại học” thành “Đối với Bộ Tư pháp: Tốt nghiệp đại học”; Đối với "
            "các Sở Tư pháp: Tốt nghiệp đại học” tại Phụ lục II ban hành kèm theo Thông tư số 02/2023/TT-BTP.\n"
            "Điều 2. Trách nhiệm thi hành\nCác đơn vị thực hiện theo hướng dẫn tại Thông tư số 02/2023/TT-BTP.")
    assert relations_in(text, "Thông tư") == [("02/2023/TT-BTP", "amends"), ("02/2023/TT-BTP", "amends"),
                                              ("02/2023/TT-BTP", "mentions")]


def test_an_act_under_a_recommendation_heading_is_a_mention(tmp_path):
    # "1.2. Kiến nghị thực thi" / "Sửa đổi điểm b khoản 2 Điều 5 Nghị định ...": a plan recommends the amendment,
    # it does not make it; the same words under another heading amend (realworld25 542, gold7 399)
    from vanban.pipeline.analyze import analyze
    body = ("QUYẾT ĐỊNH\nĐiều 1. Phê duyệt phương án đơn giản hóa thủ tục hành chính.\nPHƯƠNG ÁN\n"
            "1. Thủ tục cấp giấy phép\n1.1. Nội dung đơn giản hóa\nGiảm thời gian giải quyết từ 10 ngày xuống 09 ngày.\n"
            "1.2. {heading}\nSửa đổi điểm b khoản 2 Điều 5 Nghị định 147/2025/NĐ-CP ngày 12/6/2025 của Chính phủ.\n")
    got = {}
    for heading in ("Kiến nghị thực thi", "Nội dung sửa đổi"):
        path = tmp_path / f"{len(got)}.txt"
        path.write_text(body.format(heading=heading), encoding="utf-8")
        got[heading] = [c.relation for c in analyze(path).citations if c.number == "147/2025/NĐ-CP"]
    assert got == {"Kiến nghị thực thi": ["mentions"], "Nội dung sửa đổi": ["amends"]}


def test_a_forms_own_preamble_under_its_blank_header_is_the_forms():
    # the attached form's header ("Số:............../GXN", "ngày..... tháng..... năm.....") and its
    # own "Căn cứ ..." lines: the form rests on those documents, the circular does not (realworld26
    # 554, realworld31 579); a draft's own blank header, before any basis, changes nothing
    text = ("THÔNG TƯ\nCăn cứ Nghị định số 62/2022/NĐ-CP ngày 12 tháng 9 năm 2022 của Chính phủ;\n"
            "Điều 1. Phạm vi điều chỉnh\nThông tư này hướng dẫn cấp giấy xác nhận.\n"
            "PHỤ LỤC\nSố:............../GXN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "............., ngày..... tháng..... năm.....\nGIẤY XÁC NHẬN\n"
            "Căn cứ Quyết định số 57/2013/QĐ-TTg ngày 14 tháng 10 năm 2013 của Thủ tướng Chính phủ;\n"
            "Thực hiện Nghị quyết số 68/NQ-CP ngày 01 tháng 7 năm 2021 của Chính phủ;\n")
    assert relations_in(text, "Thông tư") == [("62/2022/NĐ-CP", "basis"), ("57/2013/QĐ-TTg", "mentions"),
                                              ("68/NQ-CP", "mentions")]
    draft = ("QUYẾT ĐỊNH\nSố: ......../QĐ-UBND\nHà Nội, ngày ..... tháng ..... năm 2025\n"
             "Căn cứ Nghị định số 62/2022/NĐ-CP ngày 12 tháng 9 năm 2022 của Chính phủ;\n")
    assert relations_in(draft) == [("62/2022/NĐ-CP", "basis")]


@pytest.mark.parametrize("header", [
    "Số:        /GP-...\nHà Nội, ngày   tháng   năm    \n",      # blanks left as spaces (realworld57 764)
    "Số:   \nTỉnh, Thành phố, ngày … tháng … năm … \n",          # one ellipsis a blank
    "Số: ……/…… \nV/v đăng ký khoản thu hồi nợ bảo lãnh\n",
])
def test_a_forms_blank_header_written_with_spaces_or_single_ellipses(header):
    text = ("THÔNG TƯ\nCăn cứ Nghị định số 62/2022/NĐ-CP ngày 12 tháng 9 năm 2022 của Chính phủ;\n"
            "Điều 1. Phạm vi điều chỉnh\nThông tư này hướng dẫn cấp giấy phép.\nPhụ lục 1A\nTÊN TỔ CHỨC\n"
            + header + "ĐƠN ĐĂNG KÝ\nCăn cứ Thông tư số 37/2013/TT-NHNN của Ngân hàng Nhà nước;\n")
    assert relations_in(text, "Thông tư") == [("62/2022/NĐ-CP", "basis"), ("37/2013/TT-NHNN", "mentions")]


def test_the_act_a_forms_preamble_names_belongs_to_a_cited_documents_title():
    # a model decision among the forms rests on this very circular, whose title amends another: the form's
    # line names the title, this text's own amending is elsewhere (realworld59 770)
    text = ("THÔNG TƯ\nCăn cứ Nghị định số 62/2022/NĐ-CP ngày 12 tháng 9 năm 2022 của Chính phủ;\n"
            "Điều 1. Sửa đổi, bổ sung một số điều của Thông tư số 28/2015/TT-BLĐTBXH\n"
            "Phụ lục\nMẫu số 05\nSố:    /QĐ-...\nTỉnh, ngày   tháng   năm    \nQUYẾT ĐỊNH\n"
            "Căn cứ Thông tư số 15/2023/TT-BLĐTBXH ngày 29/12/2023 của Bộ trưởng sửa đổi, bổ sung một số điều của "
            "Thông tư số 28/2015/TT-BLĐTBXH;\n")
    got = relations_in(text, "Thông tư")
    assert got[:2] == [("62/2022/NĐ-CP", "basis"), ("28/2015/TT-BLĐTBXH", "amends")]
    assert got[-1] == ("28/2015/TT-BLĐTBXH", "mentions")


def test_a_circulars_forms_index_implements_nothing():
    # the annex's index of forms names the procedure each serves ("Thực hiện đề nghị ... tại Thông tư liên tịch
    # số ...", "Hướng dẫn thực hiện Thông tư số ..."): a circular's annex implements and guides nothing (realworld60
    # 774); a plan's annex of tasks still implements what it names
    annex = ("Phụ lục\nCÁC MẪU GIẤY TỜ\n(Kèm theo Thông tư số 08/2023/TT-BLĐTBXH)\nSTT\nMẫu giấy tờ\n1\nMẫu số 1 Đơn "
             "đề nghị\nThực hiện đề nghị cấp chính sách nội trú tại Thông tư liên tịch số 12/2016/TTLT-BLĐTBXH-BGDĐT-BTC "
             "ngày 16 tháng 6 năm 2016.\n2\nMẫu số 2 Bản khai\nHướng dẫn thực hiện Thông tư số 24/2009/TT-BLĐTBXH ngày 10 "
             "tháng 7 năm 2009.\n")
    body = "THÔNG TƯ\nCăn cứ Nghị định số 62/2022/NĐ-CP ngày 12 tháng 9 năm 2022 của Chính phủ;\nĐiều 1. Phạm vi\n"
    assert relations_in(body + annex, "Thông tư") == [("62/2022/NĐ-CP", "basis"), ("12/2016/TTLT-BLĐTBXH-BGDĐT-BTC",
                                                      "mentions"), ("24/2009/TT-BLĐTBXH", "mentions")]
    plan = ("KẾ HOẠCH\nThực hiện Chỉ thị số 49-CT/TW ngày 28 tháng 4 năm 2025 của Ban Bí thư\nPhụ lục\nNHIỆM VỤ\n"
            "(Kèm theo Kế hoạch số 12/KH-UBND)\n1. Thực hiện Chỉ thị số 52-CT/TW ngày 03 tháng 5 năm 2025 của Ban Bí "
            "thư.\n")
    assert ("52-CT/TW", "implements") in relations_in(plan, "Kế hoạch")


def test_a_task_tables_assigning_documents_are_carried_out():
    # a notice's annex of overdue tasks names, in its own column, the document that gave each task: the task
    # carries it out (realworld62 780); a result cell's document is only mentioned
    table = ("THÔNG BÁO\nKết luận của Ban Chỉ đạo\nPHỤ LỤC I\n|\n**STT**\n|\n**Nhiệm vụ**\n|\n**Văn bản giao\nnhiệm vụ**\n|\n"
             "**Cơ quan chủ trì\nthực hiện**\n|\n**Thời hạn hoàn\nthành**\n|\n|\n1.\n|\nXây dựng Luật sửa đổi, bổ sung "
             "Luật Quản lý thuế.\n|\nNghị quyết số 71/NQ-CP\n|\nBộ Tài chính\n|\n31/05/2026\n|\n|\n2.\n|\nBan hành "
             "Chiến lược dữ liệu của bộ, ngành.\n|\nThông báo số 44-TB/TGV ngày 12/9/2025\n|\nCác bộ, ngành\n|\n"
             "30/09/2026\n|\n|\n")
    assert relations_in(table, "Thông báo") == [("71/NQ-CP", "implements"), ("44-TB/TGV", "implements")]
    results = table.replace("**Văn bản giao\nnhiệm vụ**", "**Kết quả thực\nhiện**")
    assert relations_in(results, "Thông báo") == [("71/NQ-CP", "mentions"), ("44-TB/TGV", "mentions")]


def test_replacing_a_documents_annexes_after_a_colon_amends_it():
    # "Thay thế: Phụ lục II, ... ban hành kèm theo Thông tư số ... bằng ...": a part of the circular is replaced
    # (realworld61 777), as without the colon
    for cue in ("Thay thế: ", "Thay thế "):
        text = ("THÔNG TƯ\nĐiều 2. Thay thế một số phụ lục\n1. " + cue + "Mẫu số 05 Phụ lục I ban hành kèm theo "
                "Thông tư số 21/2021/TT-BLĐTBXH (đã được sửa đổi, bổ sung thành Mẫu số 39 ban hành kèm theo Thông tư số "
                "08/2023/TT-BLĐTBXH) bằng Mẫu số 05 Phụ lục I ban hành kèm theo Thông tư này;\n")
        assert relations_in(text, "Thông tư") == [("21/2021/TT-BLĐTBXH", "amends"), ("08/2023/TT-BLĐTBXH", "mentions")]
