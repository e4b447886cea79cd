"""normalize(): one spelling for the same text, and every character traceable to its source."""
from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vanban.pipeline.model import Block, RawDocument
from vanban.pipeline.normalize import normalize
from vanban.pipeline.text import normalize_chars, place_tones
from vanban.pipeline.read import read_document
from tests.conftest import needs_shared


def norm(text: str, fmt: str = "txt", blocks: tuple[Block, ...] = ()) -> str:
    return normalize(RawDocument("x." + fmt, fmt, text, "0", blocks=blocks)).text


# (as found in documents, as the pipeline sees it)
CASES = [
    # Unicode: decomposed letters (NFD, as macOS and some PDF tools write them) become NFC
    (unicodedata.normalize("NFD", "Quyết định của Ủy ban"), "Quyết định của Ủy ban"),
    # one tone-mark convention: the modern one
    ("Thanh Hoá", "Thanh Hóa"),
    ("công nghiệp hoá, hiện đại hoá", "công nghiệp hóa, hiện đại hóa"),
    ("thuỷ lợi, Thuỷ sản", "thủy lợi, Thủy sản"),
    ("sức khoẻ", "sức khỏe"),
    ("HOÀ BÌNH", "HÒA BÌNH"),
    ("THUỶ LỢI", "THỦY LỢI"),
    ("Tỉnh uỷ, Huyện uỷ, Thành uỷ", "Tỉnh ủy, Huyện ủy, Thành ủy"),
    ("tuỳ theo", "tùy theo"),
    ("loè loẹt", "lòe loẹt"),  # "loẹt" is closed by "t": its tone stays
    # ... while closed syllables and qu-/gi- words keep their tone where it belongs
    ("hoàng hôn, hoạch định, toán học, khuyến khích", "hoàng hôn, hoạch định, toán học, khuyến khích"),
    ("quý, Quỳnh, quỹ, quỵ", "quý, Quỳnh, quỹ, quỵ"),
    ("hòa, thủy, khỏe", "hòa, thủy, khỏe"),
    # dashes, quotes, spaces
    ("kinh tế – xã hội", "kinh tế - xã hội"),
    ("giai đoạn 2016—2020", "giai đoạn 2016-2020"),
    ("“về phát triển khoa học”", '"về phát triển khoa học"'),
    ("‘Nghị quyết 20’", "'Nghị quyết 20'"),
    ("Số:\u00a0123-BC/HU", "Số: 123-BC/HU"),
    ("Hà\tNội", "Hà Nội"),
    ("Đảng\u200b bộ", "Đảng bộ"),
    ("tổ  chức   cơ sở", "tổ chức cơ sở"),
    ("   thụt đầu dòng   ", "thụt đầu dòng"),
    ("Soft\u00adhyphen", "Softhyphen"),
    ("dòng một\r\ndòng hai.\r\nDòng ba", "dòng một dòng hai.\nDòng ba"),
    # stray space before punctuation; missing space after comma or semicolon between words
    ("Bảo Lâm , Lâm Đồng ; năm 2022 .", "Bảo Lâm, Lâm Đồng; năm 2022."),
    ("ban,ngành", "ban, ngành"),
    ("đời sống nhân dân.Trong những năm qua", "đời sống nhân dân. Trong những năm qua"),
    ("TP.Hồ Chí Minh, Tp.HCM, ThS.Nguyễn Văn A, www.chinhphu.vn", "TP.Hồ Chí Minh, Tp.HCM, ThS.Nguyễn Văn A, www.chinhphu.vn"),
    ("tỷ lệ 8,19% và 1.155 tỷ đồng", "tỷ lệ 8,19% và 1.155 tỷ đồng"),
    ("( theo kế hoạch )", "(theo kế hoạch)"),
    # Markdown residue never reaches the text
    ("## BÁO CÁO", "BÁO CÁO"),
    ("### **1. Tăng cường vai trò**", "1. Tăng cường vai trò"),
    ("#### 1. Thuận lợi", "1. Thuận lợi"),
    ("**T/M BAN THƯỜNG VỤ  \nPHÓ BÍ THƯ**", "T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ"),
    ("*Hà Nội, ngày 22\ntháng 11 năm 2025*", "Hà Nội, ngày 22 tháng 11 năm 2025"),
    ("__Nơi nhận:__", "Nơi nhận:"),
    ("| THỦ TƯỚNG CHÍNH PHỦ | CỘNG HÒA XÃ HỘI |\n|---|---|\n| Số: 142/2008/QĐ-TTg | Hà Nội |",
     "THỦ TƯỚNG CHÍNH PHỦ | CỘNG HÒA XÃ HỘI\nSố: 142/2008/QĐ-TTg | Hà Nội"),
    ("VĂN PHÒNG\n|\n---------------\nSố 07-KL/VPTW", "VĂN PHÒNG\nSố 07-KL/VPTW"),
    # a header table whose cells hold lines is read column by column, as in the PDF
    ("| ĐẢNG BỘ TỈNH LÂM ĐỒNG<br>**HUYỆN ỦY BẢO LÂM**<br>* | **ĐẢNG CỘNG SẢN VIỆT NAM** |\n|---|---|\n"
     "| Số 395-BC/HU | *Bảo Lâm, ngày 15 tháng 4 năm 2022* |\n\n# BÁO CÁO",
     "ĐẢNG BỘ TỈNH LÂM ĐỒNG\nHUYỆN ỦY BẢO LÂM\n*\nSố 395-BC/HU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
     "Bảo Lâm, ngày 15 tháng 4 năm 2022\nBÁO CÁO"),
    ("Dòng một<br>Dòng hai<br/>Dòng ba", "Dòng một\nDòng hai\nDòng ba"),
    ("Văn phòng&nbsp;Tỉnh ủy &amp; Ban Tuyên giáo &#7843; &ndash; xong", "Văn phòng Tỉnh ủy & Ban Tuyên giáo ả - xong"),
    # a list bullet is not emphasis; a product of numbers is not either
    ("- Thường trực Huyện ủy;\n- Lưu.", "- Thường trực Huyện ủy;\n- Lưu."),
    ("3 * 4 = 12", "3 * 4 = 12"),
    # sentences cut by a paragraph break are joined; real paragraphs stay apart
    ("kinh tế thị trường\n\nđịnh hướng xã hội chủ nghĩa", "kinh tế thị trường định hướng xã hội chủ nghĩa"),
    ("kinh tế thị trường định\n\n*hướng xã hội chủ nghĩa*; Kết luận",
     "kinh tế thị trường định hướng xã hội chủ nghĩa; Kết luận"),
    ("như sau:\n\nthứ nhất là", "như sau:\nthứ nhất là"),
    ("hoàn thành.\n\nnăm 2023 tiếp tục", "hoàn thành.\nnăm 2023 tiếp tục"),
    ("Nhiệm vụ\n\nThứ nhất", "Nhiệm vụ\nThứ nhất"),
    ("các nhiệm vụ sau\na) Tuyên truyền", "các nhiệm vụ sau\na) Tuyên truyền"),
    ("### 1. Tổ chức học tập\n\nquán triệt", "1. Tổ chức học tập\nquán triệt"),
    ("Đoạn một.\n\n\n\nĐoạn hai.", "Đoạn một.\nĐoạn hai."),
    # a crawled page cuts a legal head from its number: one heading again (realworld 366, 269, 188)
    ("đơn vị lấy ý kiến.\n\n**Điều\n3. Nguyên tắc sử dụng Hệ thống**", "đơn vị lấy ý kiến.\nĐiều 3. Nguyên tắc sử dụng Hệ thống"),
    ("**Điều\n14. Trách nhiệm của Sở Khoa học và Công nghệ**\n\n1. Có trách nhiệm chủ trì",
     "Điều 14. Trách nhiệm của Sở Khoa học và Công nghệ\n1. Có trách nhiệm chủ trì"),
    ("**Chương\nII**\n\n**QUY TRÌNH LẤY Ý KIẾN**", "Chương II\nQUY TRÌNH LẤY Ý KIẾN"),
    ("theo Điều\n\n3. Bộ Tài chính", "theo Điều\n3. Bộ Tài chính"),
    # page furniture is not content: a page marker and the page number or running header under it
    # go, and the sentence the page break cut joins again (as the PDF reader does)
    ("trên địa bàn\n\n===== Trang 4 =====\n4\ncơ sở dữ liệu dùng chung",
     "trên địa bàn cơ sở dữ liệu dùng chung"),
    ("đào tạo theo hướng hiện đại,\n\n===== TRANG 6 =====\nBC-UBND.DOC 6\n\nliên ngành, liên vùng",
     "đào tạo theo hướng hiện đại, liên ngành, liên vùng"),
    ("===== Trang 2 =====\nthực hiện các nhiệm vụ\nđược giao", "thực hiện các nhiệm vụ được giao"),
    ("--- Page 10 ---\n- 1 0 -\nNội dung", "Nội dung"),
    # a line under a marker that is not the page's number is content
    ("===== Trang 3 =====\n2. MỤC TIÊU\nNâng cao", "2. MỤC TIÊU\nNâng cao"),
    ("===== Trang 3 =====\n15\nxã đạt chuẩn", "15 xã đạt chuẩn"),
    # a crawled page breaks after a bullet: the bullet and its text are one line again; a dash that is
    # an empty cell of a table written one cell per line stays apart from the figure below it
    ("- Phối hợp với các cơ quan Trung ương.\n\n-\nPhân công, chỉ đạo các thành viên.",
     "- Phối hợp với các cơ quan Trung ương.\n- Phân công, chỉ đạo các thành viên."),
    ("Nơi nhận:\n-\nNhư trên;\n-\nLưu: VT.", "Nơi nhận:\n- Như trên;\n- Lưu: VT."),
    # a list label alone on its line starts a list: the line above is no sentence it goes on
    ("“2.\nCục Quản lý, giám sát tổ chức tín dụng\n\na)\nĐầu mối tham mưu, xử lý hồ sơ.",
     '"2.\nCục Quản lý, giám sát tổ chức tín dụng\na) Đầu mối tham mưu, xử lý hồ sơ.'),
    ("Quyết định của Ủy ban nhân dân Thành phố\n100\n-\n80\n12", "Quyết định của Ủy ban nhân dân Thành phố\n100\n-\n80\n12"),
    # a power of ten whose exponent a page's converter wrote as bold marks ("10<sup>3</sup>"): up again
    ("**Quặng (10**3 tấn)\n**Công suất (10**6 tấn/năm)", "Quặng (10³ tấn)\nCông suất (10⁶ tấn/năm)"),
    ("Tổng **10** tấn", "Tổng 10 tấn"),
    # Cyrillic look-alikes typed into a Latin code fold to Latin; a Cyrillic word stays (realworld28 562)
    ("Thông tư số 06/2022/TT-BТС ngày 08 tháng 02 năm 2022", "Thông tư số 06/2022/TT-BTC ngày 08 tháng 02 năm 2022"),
    ("tại Москва", "tại Москва"),
]


@pytest.mark.parametrize(("raw", "expected"), CASES)
def test_normalize_spelling(raw, expected):
    assert norm(raw) == expected


@pytest.mark.parametrize(("raw", "expected"), [
    # a line that ends with a word that never ends one goes on, a capital at the next line or not
    ("Điều 4. Chánh Văn phòng\nỦy ban nhân dân tỉnh, Giám đốc Sở Tài chính chịu trách nhiệm thi hành.",
     "Điều 4. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tài chính chịu trách nhiệm thi hành."),
    ("tạo điều kiện để các đơn vị của\nVăn phòng Trung ương Đảng hoàn thành nhiệm vụ.",
     "tạo điều kiện để các đơn vị của Văn phòng Trung ương Đảng hoàn thành nhiệm vụ."),
    ("Chánh Văn phòng, Giám đốc\nSở Tài chính thi hành.", "Chánh Văn phòng, Giám đốc Sở Tài chính thi hành."),
    ("Điều 3. Chánh Văn phòng, Giám đốc Sở\nGiáo dục và Đào tạo, Thủ trưởng các sở, ban, ngành và các tổ chức, cá nhân "
     "có liên quan chịu trách nhiệm thi hành Quyết định này./.",
     "Điều 3. Chánh Văn phòng, Giám đốc Sở Giáo dục và Đào tạo, Thủ trưởng các sở, ban, ngành và các tổ chức, cá nhân "
     "có liên quan chịu trách nhiệm thi hành Quyết định này./."),
    # a list of bodies apart by ";" goes on at the next line, wherever the line was cut
    ("Điều 4. Chánh Văn phòng; Chủ tịch\nUBND các xã, phường; Thủ trưởng các cơ quan, đơn vị và các tổ chức, cá nhân "
     "có liên quan chịu trách nhiệm thi hành Quyết định này./.",
     "Điều 4. Chánh Văn phòng; Chủ tịch UBND các xã, phường; Thủ trưởng các cơ quan, đơn vị và các tổ chức, cá nhân "
     "có liên quan chịu trách nhiệm thi hành Quyết định này./."),
    ("Giám đốc Sở Nội vụ; Chủ tịch Ủy ban thành phố\nHà Nội; Thủ trưởng các sở, ban, ngành; Thủ trưởng các đơn vị "
     "trực thuộc thành phố Hà Nội và các tập thể, cá nhân liên quan chịu trách nhiệm thi hành.",
     "Giám đốc Sở Nội vụ; Chủ tịch Ủy ban thành phố Hà Nội; Thủ trưởng các sở, ban, ngành; Thủ trưởng các đơn vị "
     "trực thuộc thành phố Hà Nội và các tập thể, cá nhân liên quan chịu trách nhiệm thi hành."),
    # a number cut from "số" goes on; a list item after "chuyển đổi số" does not
    ("tại Quyết định số\n3659/QĐ-BKHCN ngày 13 tháng 11 năm 2025 của Bộ trưởng Bộ Khoa học và Công nghệ công khai.",
     "tại Quyết định số 3659/QĐ-BKHCN ngày 13 tháng 11 năm 2025 của Bộ trưởng Bộ Khoa học và Công nghệ công khai."),
    ("Kế hoạch chuyển đổi số\n1. Mục tiêu", "Kế hoạch chuyển đổi số\n1. Mục tiêu"),
    # ... but not before a list item, nor after a line in capitals, nor after one that ends otherwise
    ("Giao Sở Tài chính và\n- Sở Nội vụ", "Giao Sở Tài chính và\n- Sở Nội vụ"),
    ("ĐIỀU KHOẢN THI HÀNH CỦA\nQuyết định này", "ĐIỀU KHOẢN THI HÀNH CỦA\nQuyết định này"),
    ("Căn cứ Luật Tổ chức chính quyền địa phương;\nTheo đề nghị của Giám đốc Sở Nội vụ.",
     "Căn cứ Luật Tổ chức chính quyền địa phương;\nTheo đề nghị của Giám đốc Sở Nội vụ."),
    ("Giao Sở Tài chính; Sở Nội vụ\n- Sở Y tế", "Giao Sở Tài chính; Sở Nội vụ\n- Sở Y tế"),
    ("CÁC SỞ; CÁC NGÀNH\nSở Tài chính thi hành.", "CÁC SỞ; CÁC NGÀNH\nSở Tài chính thi hành."),
])
def test_a_line_ending_with_a_word_that_never_ends_one_goes_on(raw, expected):
    assert norm(raw) == expected


def test_hard_wrapped_text_is_rejoined():
    # A TXT file wrapped at ~60 columns (as in exported Party documents): wrapped lines join,
    # even when the next line starts with a capital ("Thanh\nHóa"), blank lines still separate.
    para = ("Từ ngày 08 đến ngày 09 tháng 11 năm 2025 tại Thanh\nHóa, Thủ tướng Chính phủ đã đến "
            "thăm Trạm Y\ntế và Công an xã Yên Khương; thăm và làm việc với Đồn\nBiên phòng Yên "
            "Khương và các đơn vị trên địa bàn tỉnh.")
    text = "\n\n".join([para] * 4 + ["I. ĐÁNH GIÁ CHUNG", para])
    out = norm(text).split("\n")
    assert out[0].startswith("Từ ngày 08") and "tại Thanh Hóa, Thủ tướng" in out[0]
    assert out[0].endswith("trên địa bàn tỉnh.")
    assert out[4] == "I. ĐÁNH GIÁ CHUNG"
    assert len(out) == 6


def test_a_quoted_amended_clause_opens_its_own_line_in_a_hard_wrapped_text():
    # a gazette's text wrapped at the page width, its paragraphs apart by blank lines: the amending
    # instruction ends "như sau:" and the clause it writes opens the next line with a quote and its
    # number; the two are never joined
    filler = ("Khi giải quyết tố cáo theo quy định tại khoản 3 Điều 33 Luật Tố cáo, người giải quyết tố\n"
              "cáo áp dụng biện pháp theo thẩm quyền hoặc kiến nghị cơ quan có thẩm quyền xử lý.")
    text = "\n\n".join([filler] * 4) + "\n" + "\n".join([
        "Điều 3. Sửa đổi, bổ sung khoản 2 Điều 18 của Nghị định số 31/2019/NĐ-CP như sau:",
        "“2. Người giải quyết tố cáo có trách nhiệm theo dõi, đôn đốc việc thực hiện kết\n"
        "luận nội dung tố cáo và quyết định xử lý tố cáo.”.",
        filler])
    out = norm(text).split("\n")
    assert "Điều 3. Sửa đổi, bổ sung khoản 2 Điều 18 của Nghị định số 31/2019/NĐ-CP như sau:" in out
    assert any(line.startswith("“2. Người giải quyết tố cáo có trách nhiệm") or
               line.startswith('"2. Người giải quyết tố cáo có trách nhiệm') for line in out)


def test_hard_wrap_at_punctuation_hyphen_and_capitals_heading():
    filler = ("Huyện ủy Bảo Lâm chỉ đạo các cấp ủy, tổ chức đảng quán triệt sâu rộng\nnghị quyết "
              "đến cán bộ, đảng viên và nhân dân trên địa bàn toàn huyện.")
    text = "\n\n".join([
        filler, filler,
        "II. NHIỆM VỤ, GIẢI PHÁP TRỌNG\nTÂM THỜI GIAN TỚI",
        "Tiếp tục hoàn thiện cơ chế, chính sách về khoa học và công nghệ của huyện;\n"
        "phối hợp với Tập đoàn Công nghiệp - Năng lượng Quốc gia và Tập đoàn Bưu chính\n"
        "- Viễn thông Quân đội triển khai hạ tầng số cho các xã vùng sâu, vùng xa.",
        "- Thường trực Huyện ủy;\n- Lưu.",
        filler,
    ])
    out = norm(text).split("\n")
    assert "II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THỜI GIAN TỚI" in out
    assert ("Tiếp tục hoàn thiện cơ chế, chính sách về khoa học và công nghệ của huyện; phối hợp với "
            "Tập đoàn Công nghiệp - Năng lượng Quốc gia và Tập đoàn Bưu chính - Viễn thông Quân đội "
            "triển khai hạ tầng số cho các xã vùng sâu, vùng xa.") in out
    assert ["- Thường trực Huyện ủy;", "- Lưu."] == out[4:6]


def test_a_consolidated_texts_footnote_mark_ends_an_articles_title():
    # a consolidated text (VBHN) wrapped at the page width: the footnote mark glued to a title's last
    # word ("lương2") ends the title; the article's text below is no part of it
    filler = ("Tổng công ty thực hiện quản lý lao động, xác định quỹ tiền lương kế hoạch, đơn giá tiền\n"
              "lương theo quy định tại Điều 3 Thông tư số 26/2016/TT-BLĐTBXH của Bộ trưởng.")
    text = "\n".join([filler] * 4 + [
        "Điều 3a. Xây dựng thang lương, bảng lương, phụ cấp lương và chế độ nâng lương2",
        "SCIC thực hiện xây dựng thang lương, bảng lương và phụ cấp lương đối với người lao động.",
        filler])
    out = norm(text).split("\n")
    assert "Điều 3a. Xây dựng thang lương, bảng lương, phụ cấp lương và chế độ nâng lương2" in out
    assert "SCIC thực hiện xây dựng thang lương, bảng lương và phụ cấp lương đối với người lao động." in out


def test_markdown_headings_become_blocks():
    doc = normalize(RawDocument("bc.md", "md", "## BÁO CÁO\n\n### **I. ĐẶC ĐIỂM TÌNH HÌNH**\n\nNội dung.", "0"))
    headings = [(doc.text[b.start:b.end], b.level) for b in doc.blocks if b.kind == "heading"]
    assert headings == [("BÁO CÁO", 2), ("I. ĐẶC ĐIỂM TÌNH HÌNH", 3)]


def test_reader_blocks_are_mapped_into_normalised_offsets():
    raw_text = "  Thanh Hoá  –  báo cáo\n\nHUYỆN ỦY BẢO LÂM"
    start = raw_text.index("HUYỆN")
    doc = normalize(RawDocument("x.docx", "docx", raw_text, "0",
                                blocks=(Block("heading", start, len(raw_text), 1),)))
    (block,) = doc.blocks
    assert doc.text[block.start:block.end] == "HUYỆN ỦY BẢO LÂM"


def test_fold_helpers_for_queries():
    assert normalize_chars("Thanh Hoá – “thuỷ lợi”") == 'Thanh Hóa - "thủy lợi"'
    assert place_tones("Khánh Hoà") == "Khánh Hòa"


# --- the map back to the source -------------------------------------------------------------

def _same_char(source: str, norm_char: str) -> bool:
    folded = place_tones(unicodedata.normalize("NFC", source))
    return norm_char in (folded, normalize_chars(source)) or norm_char.casefold() == folded.casefold()


@needs_shared
def test_every_character_maps_back_to_the_shared_report(shared_dir):
    raw = read_document(shared_dir / "docs" / "000_baolam_bc_nq20.txt")
    doc = normalize(raw)
    folded_source = place_tones(raw.text)  # tone moves swap two letters; compare after folding
    mismatches = []
    for pos, ch in enumerate(doc.text):
        if ch.isspace():
            continue
        src = doc.offsets.to_source(pos)
        if not (0 <= src < len(raw.text)):
            mismatches.append((pos, ch, None))
        elif not _same_char(folded_source[src], ch) and not _same_char(raw.text[src], ch):
            mismatches.append((pos, ch, raw.text[src]))
    assert mismatches == []
    # and a position lands on the right line of the original file
    pos = doc.text.index("V. PHƯƠNG HƯỚNG")
    line = raw.text.splitlines()[doc.source_position(pos).line - 1]
    assert "V. PHƯƠNG HƯỚNG" in line
    assert "**" not in doc.text and "#" not in doc.text
    assert "kinh tế thị trường định hướng xã hội chủ nghĩa" in doc.text


@needs_shared
@pytest.mark.parametrize("name", ["002_kl07_vptw_2025.txt", "010_qd142_ttg_2008.txt", "017_tb634_vpcp_2025.txt"])
def test_shared_documents_map_back(shared_dir, name):
    raw = read_document(shared_dir / "docs" / name)
    doc = normalize(raw)
    folded_source = place_tones(raw.text)
    letters = [(p, c) for p, c in enumerate(doc.text) if c.isalnum()]
    bad = [p for p, c in letters
           if not _same_char(folded_source[doc.offsets.to_source(p)], c)
           and not _same_char(raw.text[doc.offsets.to_source(p)], c)]
    assert bad == []


def test_offsets_survive_every_kind_of_edit():
    raw = ("| A<br>**HUYỆN ỦY** | ĐẢNG CỘNG SẢN |\n|---|---|\n| Số 1-BC/HU | Hà Nội |\n"
           "## **Báo cáo**\r\n\r\nThanh  Hoá – “thuỷ lợi” ,\u200b kinh tế\n\nđịnh hướng.")
    doc = normalize(RawDocument("x.md", "md", raw, "0"))
    assert doc.text == ('A\nHUYỆN ỦY\nSố 1-BC/HU\nĐẢNG CỘNG SẢN\nHà Nội\n'
                        'Báo cáo\nThanh Hóa - "thủy lợi", kinh tế định hướng.')
    for word in ("HUYỆN ỦY", "Số 1-BC/HU", "ĐẢNG CỘNG SẢN", "Hà Nội", "Báo", "Thanh", "lợi", "kinh", "định"):
        pos = doc.text.index(word)
        src = doc.offsets.to_source(pos)
        assert raw[src:src + len(word)] == word
    assert doc.source_position(doc.text.index("định")).line == 8


def _base(ch: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c)).casefold()


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(
    list("aàáảãạăằđêếôơưỳýquốc hộiHOÀUỶ*#_|-–“”\u00a0\u200b\t\n\r.,;:") + ["\u0301", "\u0323", "**", "\n\n", "### ", "    ", "ĐẢNG CỘNG SẢN", "ngày 1 tháng 2", "<br>", "| "]),
    max_size=120).map("".join))
def test_any_text_normalises_with_valid_offsets(text):
    doc = normalize(RawDocument("x.txt", "txt", text, "0"))
    assert doc.text == unicodedata.normalize("NFC", doc.text)
    assert "\r" not in doc.text and "\u200b" not in doc.text
    for pos, ch in enumerate(doc.text):
        src = doc.offsets.to_source(pos)
        assert 0 <= src < len(text)
        if ch.isalpha():  # the letter it came from (tone marks may move to the next letter)
            assert _base(text[src]) == _base(ch)
    for b in doc.blocks:
        assert 0 <= b.start < b.end <= len(doc.text)


SPACED_HEADERS = [
    # a header typed with spaces (or tabs) in two columns reads column by column, as in the PDF
    ("ĐẢNG BỘ TỈNH LÂM ĐỒNG                         ĐẢNG CỘNG SẢN VIỆT NAM\n"
     "HUYỆN ỦY BẢO LÂM\n        *\n"
     "Số 123-BC/HU                          Bảo Lâm, ngày 25 tháng 3 năm 2022\n\nBÁO CÁO\nNội dung.",
     ["ĐẢNG BỘ TỈNH LÂM ĐỒNG", "HUYỆN ỦY BẢO LÂM", "*", "Số 123-BC/HU", "ĐẢNG CỘNG SẢN VIỆT NAM",
      "Bảo Lâm, ngày 25 tháng 3 năm 2022", "BÁO CÁO", "Nội dung."]),
    ("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
     "HUYỆN BẢO LÂM\t\tĐộc lập - Tự do - Hạnh phúc\n"
     "                                      ---------------\n"
     "Số: 18/BC-UBND\tBảo Lâm, ngày 12 tháng 01 năm 2023\n\nBÁO CÁO",
     ["ỦY BAN NHÂN DÂN", "HUYỆN BẢO LÂM", "Số: 18/BC-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc", "Bảo Lâm, ngày 12 tháng 01 năm 2023", "BÁO CÁO"]),
    # spaces inside the body are no columns
    ("Chỉ tiêu         Năm 2012      Năm 2022\nSố đề tài        3             17",
     ["Chỉ tiêu Năm 2012 Năm 2022", "Số đề tài 3 17"]),
]


@pytest.mark.parametrize(("raw", "lines"), SPACED_HEADERS)
def test_spaced_two_column_header(raw, lines):
    doc = normalize(RawDocument("x.txt", "txt", raw, "0"))
    assert doc.text.split("\n") == lines
    for line in lines:  # and every line still points at its own place in the file
        first = line.split()[0]
        src = doc.offsets.to_source(doc.text.index(line))
        assert raw[src:src + len(first)] == first


@needs_shared
@pytest.mark.parametrize("name", ["000_baolam_bc_nq20.txt", "002_kl07_vptw_2025.txt", "010_qd142_ttg_2008.txt",
                                  "014_nq24_2022_ubtvqh15.pdf", "017_tb634_vpcp_2025.txt"])
def test_normalising_twice_changes_nothing(shared_dir, name):
    once = normalize(read_document(shared_dir / "docs" / name)).text
    assert norm(once) == once


def test_rows_of_an_even_table_are_never_joined_as_wrapped_lines(tmp_path):
    """A fee table whose rows have nearly one length looks like hard-wrapped text; its rows are
    rows all the same: each stays its own line (a quantity's column header, a task row's actor
    and a passage's table header all depend on it)."""
    rows = "".join(f"| {i} | Dịch vụ bán trú cấp học số {i} | {100 + i} | {80 + i} |\n" for i in range(1, 40))
    text = "NGHỊ QUYẾT\n\nĐơn vị tính: 1.000 đồng/trẻ/tháng\n\n| STT | Nội dung | Thành thị | Nông thôn |\n|---|---|---|---|\n" + rows
    f = tmp_path / "bang.md"
    f.write_text(text, encoding="utf-8")
    doc = normalize(read_document(f))
    lines = doc.text.split("\n")
    assert "1 | Dịch vụ bán trú cấp học số 1 | 101 | 81" in lines
    assert "39 | Dịch vụ bán trú cấp học số 39 | 139 | 119" in lines


def test_a_list_label_after_a_blank_line_opens_its_own_item_in_a_hard_wrapped_page():
    # a crawled page wrapped at its width, each label alone on its line ("1." / "Sở ..." / "" / "a)" /
    # "Chủ trì ..."): the body the clause names stays its heading, the item below is an item
    # (realworld34 605, the items of seven bodies)
    filler = ("Chủ rừng tổ chức lực lượng bảo vệ rừng chuyên trách, xây dựng phương án phòng cháy, chữa\n"
              "cháy rừng và thực hiện các biện pháp phòng cháy, chữa cháy rừng theo quy định.")
    text = "\n\n".join([filler] * 4 + [
        "1.\nSở Nông nghiệp và Môi trường", "a)\nChủ trì phối hợp với các sở, ngành tổ chức tuyên\ntruyền Quyết định này.",
        "b)\nHướng dẫn việc lập các phương án phòng cháy, chữa cháy rừng.", filler])
    out = norm(text).split("\n")
    assert "1. Sở Nông nghiệp và Môi trường" in out
    assert "a) Chủ trì phối hợp với các sở, ngành tổ chức tuyên truyền Quyết định này." in out


@pytest.mark.parametrize(("raw", "lines"), [
    # the next letter after the item above, glued to a sentence's end by the page (realworld34 605)
    ("d) Phối hợp kiểm tra, xử lý vi phạm về phòng cháy, chữa cháy rừng. đ) Lực lượng Quân đội có trách nhiệm phối hợp.",
     ["d) Phối hợp kiểm tra, xử lý vi phạm về phòng cháy, chữa cháy rừng.", "đ) Lực lượng Quân đội có trách nhiệm phối hợp."]),
    ("e) Quyết định cấp kinh phí theo quy định. g) Thống kê, định kỳ báo cáo Ủy ban nhân dân tỉnh.",
     ["e) Quyết định cấp kinh phí theo quy định.", "g) Thống kê, định kỳ báo cáo Ủy ban nhân dân tỉnh."]),
    # a letter that does not follow the item above is a reference, not an item
    ("a) Thực hiện theo quy định. c) Điểm này áp dụng cho các trường hợp khác.",
     ["a) Thực hiện theo quy định. c) Điểm này áp dụng cho các trường hợp khác."]),
    ("Thực hiện theo quy định. b) Điểm này áp dụng cho các trường hợp khác.",
     ["Thực hiện theo quy định. b) Điểm này áp dụng cho các trường hợp khác."]),
])
def test_a_list_item_glued_to_the_sentence_before_it(raw, lines):
    assert norm(raw).split("\n") == lines


def test_an_articles_text_that_names_its_title_again_is_no_part_of_the_title():
    # a decree wrapped at the page width: the title "Điều 3. Cơ quan ..." is long enough to look wrapped,
    # but the line below opens by naming the title again (realworld34 608)
    filler = ("Cơ quan thi hành án dân sự thực hiện nhiệm vụ thi hành án dân sự, theo\n"
              "dõi thi hành án hành chính trên địa bàn theo quy định của pháp luật và\n"
              "phân cấp của Bộ trưởng Bộ Tư pháp về tổ chức cán bộ, cơ sở vật chất.")
    text = "\n".join([filler] * 4 + [
        "Điều 3. Cơ quan thi hành án dân sự tỉnh, thành phố",
        "Cơ quan thi hành án dân sự tỉnh, thành phố thực hiện nhiệm vụ thi hành",
        "án dân sự, theo dõi thi hành án hành chính trên địa bàn.", filler])
    out = norm(text).split("\n")
    assert "Điều 3. Cơ quan thi hành án dân sự tỉnh, thành phố" in out


@pytest.mark.parametrize(("raw", "lines"), [
    # a consolidated text's footnote mark glued to a clause's number: "1.9" is clause 1 when "2." follows
    # (realworld34 602, realworld33 601)
    ("Điều 13. Trách nhiệm của các Bộ\n1.9 Chỉ đạo các cơ sở thực hiện Thông tư này.\n2. Lập kế hoạch bồi dưỡng.",
     ["Điều 13. Trách nhiệm của các Bộ", "1. Chỉ đạo các cơ sở thực hiện Thông tư này.", "2. Lập kế hoạch bồi dưỡng."]),
    # a sub-clause under its clause keeps its number
    ("1. Mục tiêu\n1.1 Mục tiêu chung của kế hoạch.\n2. Nhiệm vụ",
     ["1. Mục tiêu", "1.1 Mục tiêu chung của kế hoạch.", "2. Nhiệm vụ"]),
    # so does one followed by its sibling
    ("Điều 2. Nội dung\n1.1 Mục tiêu chung.\n1.2 Mục tiêu cụ thể.",
     ["Điều 2. Nội dung", "1.1 Mục tiêu chung.", "1.2 Mục tiêu cụ thể."]),
])
def test_a_footnote_mark_glued_to_a_clause_number(raw, lines):
    assert norm(raw).split("\n") == lines


@pytest.mark.parametrize(("raw", "line"), [
    # a line cut after "tại" / "thuộc": the reference on the next line goes on, though it opens with a
    # legal head ("Mục 2", "Phần V"); read as a heading it split a duty list (realworld34 603)
    ("đ) Đăng ký đối với trường hợp chưa làm thủ tục chuyển quyền được quy định tại\n"
     "Mục 2 Phần XI của “Phần C. TRÌNH TỰ, THỦ TỤC ĐĂNG KÝ ĐẤT ĐAI” thuộc\n"
     "Phần V của Phụ lục I kèm theo Nghị định số 151/2025/NĐ-CP.",
     "đ) Đăng ký đối với trường hợp chưa làm thủ tục chuyển quyền được quy định tại Mục 2 Phần XI của "
     '"Phần C. TRÌNH TỰ, THỦ TỤC ĐĂNG KÝ ĐẤT ĐAI" thuộc Phần V của Phụ lục I kèm theo Nghị định số 151/2025/NĐ-CP.'),
])
def test_a_reference_to_a_part_goes_on_after_a_word_that_never_ends_a_line(raw, line):
    assert norm(raw).split("\n") == [line]


def test_a_heading_after_a_finished_line_stays_a_heading():
    out = norm("Các cơ quan thực hiện theo quy định tại Nghị định này.\nMục 2 PHỐI HỢP TRONG CÔNG TÁC ĐĂNG KÝ\n"
               "Điều 5. Trách nhiệm của Sở").split("\n")
    assert out == ["Các cơ quan thực hiện theo quy định tại Nghị định này.", "Mục 2 PHỐI HỢP TRONG CÔNG TÁC ĐĂNG KÝ",
                   "Điều 5. Trách nhiệm của Sở"]


# a paragraph of a gazette text wrapped at the page's width: around the lines a test looks at, it makes
# the page read as hard-wrapped
_WRAPPED_PARAGRAPH = ("Bộ Tài chính hướng dẫn việc lập dự toán, quản lý, sử dụng và quyết toán kinh\n"
                      "phí bảo đảm cho công tác dẫn độ, công tác chuyển giao người đang chấp hành án\n"
                      "phạt tù, công tác tương trợ tư pháp về hình sự theo quy định của pháp luật.")


def _wrapped_page(*lines: str) -> str:
    """``lines`` between paragraphs of a page wrapped at its width."""
    return "\n".join([_WRAPPED_PARAGRAPH] * 4 + list(lines) + [_WRAPPED_PARAGRAPH])


def test_an_articles_title_in_a_wrapped_page_ends_before_a_full_line():
    # a gazette decree wrapped at the page width: a long title ("Trách nhiệm của Viện kiểm sát nhân dân
    # tối cao") is followed by its article's text, which opens in capitals (realworld35 613); a title goes
    # on below only after a word that never ends one, or as a short tail
    text = _wrapped_page(
        "Điều 12. Trách nhiệm của Viện kiểm sát nhân dân tối cao",
        "Chủ trì, phối hợp với các bộ, cơ quan ngang bộ tổ chức thi hành trong hoạt động",
        "về chi phí thực hiện và kinh phí bảo đảm trong công tác tương trợ tư pháp.",
        "Điều 13. Trách nhiệm của Ủy ban nhân dân các tỉnh, thành phố trực thuộc",
        "Trung ương",
        "Ủy ban nhân dân các tỉnh, thành phố bố trí kinh phí bảo đảm cho công tác dẫn độ.")
    out = norm(text).split("\n")
    assert "Điều 12. Trách nhiệm của Viện kiểm sát nhân dân tối cao" in out
    assert ("Chủ trì, phối hợp với các bộ, cơ quan ngang bộ tổ chức thi hành trong hoạt động về chi phí thực hiện "
            "và kinh phí bảo đảm trong công tác tương trợ tư pháp.") in out
    assert "Điều 13. Trách nhiệm của Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương" in out


def test_a_quoted_amended_articles_title_in_a_wrapped_page_ends_before_its_text():
    # an amending circular quotes the article it adds, its title on a line of its own and the text below
    # (realworld37 632): the quote mark before "Điều" changes nothing
    text = _wrapped_page(
        "1. Bổ sung Điều 3a vào sau Điều 3 như sau:",
        '"Điều 3a. Thang lương, bảng lương, phụ cấp lương',
        "VAMC xây dựng thang lương, bảng lương và phụ cấp lương đối với người lao",
        "động theo quy định tại Điều 9a Thông tư số 26/2016/TT-BLĐTBXH.")
    out = norm(text).split("\n")
    assert '"Điều 3a. Thang lương, bảng lương, phụ cấp lương' in out
    # so does a title written after a colon ('"Điều 3a: ...', the same circular's next quoted article)
    out = norm(text.replace('"Điều 3a. ', '"Điều 3a: ')).split("\n")
    assert '"Điều 3a: Thang lương, bảng lương, phụ cấp lương' in out


@pytest.mark.parametrize(("raw", "lines"), [
    # a crawled page that sets paragraphs apart by blank lines cuts an item's first line short, even inside
    # a name: the item goes on after a colon or before a number (heldout4 403)
    ("a) Các bộ rà soát.\n\nb) Ủy ban nhân dân các tỉnh, thành phố: Tuyên\nQuang, Đồng Nai quyết liệt chỉ đạo các chủ đầu tư.\n\n"
     "c) Các tỉnh báo cáo.\n\n6. Chỉ tiêu chủ yếu đến năm\n2030",
     ["a) Các bộ rà soát.", "b) Ủy ban nhân dân các tỉnh, thành phố: Tuyên Quang, Đồng Nai quyết liệt chỉ đạo các chủ đầu tư.",
      "c) Các tỉnh báo cáo.", "6. Chỉ tiêu chủ yếu đến năm 2030"]),
    # a body's heading and the task under it stay apart
    ("a) Các bộ rà soát.\n\n1. Cục Công nghệ thông tin\nTổ chức nâng cấp hệ thống phần mềm.\n\nb) Các tỉnh báo cáo.",
     ["a) Các bộ rà soát.", "1. Cục Công nghệ thông tin", "Tổ chức nâng cấp hệ thống phần mềm.", "b) Các tỉnh báo cáo."]),
    # a finished item and the paragraph after it stay apart
    ("- Ngân sách tỉnh: 800 triệu đồng.\n\n- Nhân dân đối ứng: 1.200 triệu đồng.\nKinh phí được bố trí hằng năm.\n\n"
     "a) Các bộ rà soát.\n\nb) Các tỉnh báo cáo.",
     ["- Ngân sách tỉnh: 800 triệu đồng.", "- Nhân dân đối ứng: 1.200 triệu đồng.", "Kinh phí được bố trí hằng năm.",
      "a) Các bộ rà soát.", "b) Các tỉnh báo cáo."]),
])
def test_an_items_first_line_cut_short_in_a_page_of_blank_separated_paragraphs(raw, lines):
    assert norm(raw).split("\n") == lines


# a gazette page whose table cells (short lines) outnumber its full lines: no hard-wrapped text
_CELLS = "Bộ Tài chính\nCác bộ, ngành\n2026 - 2027\nThủ tướng\nChính phủ\n" * 4


@pytest.mark.parametrize("raw, expected", [
    # a bracket the margin put at a line's start goes on with the full line above (realworld74 817)
    (_CELLS + "Tiếp tục đẩy mạnh cơ cấu lại các ngành kinh tế; thúc đẩy các động lực tăng trưởng truyền thống\n"
     "(đầu tư, tiêu dùng, xuất khẩu), phát triển mạnh mẽ các ngành, lĩnh vực mới.",
     _CELLS + "Tiếp tục đẩy mạnh cơ cấu lại các ngành kinh tế; thúc đẩy các động lực tăng trưởng truyền thống "
     "(đầu tư, tiêu dùng, xuất khẩu), phát triển mạnh mẽ các ngành, lĩnh vực mới."),
    # ... not after a short line (a form's title over its note)
    (_CELLS + "Mẫu số 01\n(áp dụng cho nhà đầu tư là tổ chức kinh tế có vốn đầu tư nước ngoài)",
     _CELLS + "Mẫu số 01\n(áp dụng cho nhà đầu tư là tổ chức kinh tế có vốn đầu tư nước ngoài)"),
])
def test_a_bracket_at_a_lines_start_goes_on_with_a_full_line(raw, expected):
    assert norm(raw) == expected
