"""Every stage ends, and ends in time proportional to its input, whatever the input.

A real decree copied from a legal-document site, whose header table was flattened so that the
motto is glued to the country name ("... VIỆT NAMĐộc lập - Tự do - Hạnh phúc-----"), hung
``vanban extract`` forever; a 1.4 MB report took 30 s and a 10 MB one 9.5 minutes, because look-ups
inside loops over the document scanned the whole document. These tests feed such input to the
whole ``analyze`` path (and to the summary and passages built on it) and assert that it ends,
that what a reader needs is still found, and that cost grows linearly with size.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.analyze import analyze

# An invented decree, laid out as a legal-document site serves it once its header table is
# flattened: the motto glued to the country name, the rules glued to the motto.
DECREE_BODY = """\
Số: 58/2024/NĐ-CP
Hà Nội, ngày 24 tháng 5 năm 2024

NGHỊ ĐỊNH
QUY ĐỊNH VỀ QUẢN LÝ HOẠT ĐỘNG ỨNG DỤNG KHOA HỌC VÀ CÔNG NGHỆ TRONG NÔNG NGHIỆP

Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;
Căn cứ Luật Khoa học và công nghệ ngày 18 tháng 6 năm 2013;
Theo đề nghị của Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn;
Chính phủ ban hành Nghị định quy định về quản lý hoạt động ứng dụng khoa học và công nghệ trong nông nghiệp.

Chương I
QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh
Nghị định này quy định về quản lý hoạt động ứng dụng khoa học và công nghệ trong sản xuất nông nghiệp, lâm nghiệp và thủy sản.

Điều 2. Đối tượng áp dụng
Nghị định này áp dụng đối với cơ quan, tổ chức, cá nhân tham gia hoạt động ứng dụng khoa học và công nghệ trong nông nghiệp.

Chương II
TỔ CHỨC THỰC HIỆN

Điều 3. Trách nhiệm của các bộ, ngành
1. Bộ Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với các bộ, ngành hướng dẫn thực hiện Nghị định này trước ngày 31 tháng 12 năm 2024.
2. Bộ Tài chính có trách nhiệm bố trí kinh phí thực hiện theo quy định của pháp luật về ngân sách nhà nước.

Điều 4. Hiệu lực thi hành
Nghị định này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2024.

Nơi nhận:
- Ban Bí thư Trung ương Đảng;
- Thủ tướng, các Phó Thủ tướng Chính phủ;
- Lưu: VT, NN.
TM. CHÍNH PHỦ
KT. THỦ TƯỚNG
PHÓ THỦ TƯỚNG

Trần Văn Minh
"""

MOTTO_GLUED = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc---------------"

# (header lines above "Số: ...", as met or as a flattening can make them)
GLUED_HEADERS = [
    pytest.param(f"CHÍNH PHỦ\n-------\n{MOTTO_GLUED}\n", id="motto glued to the country name"),
    pytest.param(f"CHÍNH PHỦ-------{MOTTO_GLUED}\n", id="issuer, rule and motto on one line"),
    pytest.param("CHÍNH PHỦCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc\n",
                 id="issuer glued to the motto"),
    pytest.param("CHÍNH PHỦ\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAMĐỘC LẬP - TỰ DO - HẠNH PHÚC--------\n",
                 id="motto in capitals glued"),
    pytest.param("CHÍNH PHỦ\ncộng hòa xã hội chủ nghĩa việt namđộc lập - tự do - hạnh phúc\n",
                 id="motto in lower case glued"),
    pytest.param(f"| CHÍNH PHỦ<br>------- | {MOTTO_GLUED.replace('---', '<br>---', 1)} |\n|---|---|\n",
                 id="markdown table cell"),
    pytest.param("CHÍNH PHỦ     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc\n",
                 id="two columns by spaces"),
    pytest.param("CHÍNH PHỦ\nCONG HOA XA HOI CHU NGHIA VIET NAMDoc lap - Tu do - Hanh phuc\n",
                 id="motto without diacritics"),
    pytest.param("CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM, Độc lập - Tự do - Hạnh phúc.\n",
                 id="motto with punctuation glued"),
]


@pytest.mark.timeout(60)
@pytest.mark.parametrize("header", GLUED_HEADERS)
def test_a_flattened_header_with_a_glued_motto_ends_and_keeps_the_metadata(tmp_path, header):
    path = tmp_path / "nghi_dinh.txt"
    path.write_text(header + DECREE_BODY, encoding="utf-8")
    m = analyze(path).metadata
    assert (m.doc_type, m.issuer, m.number, m.date) == (
        "Nghị định", "Chính phủ", "58/2024/NĐ-CP", "2024-05-24")
    assert m.title.startswith("QUY ĐỊNH VỀ QUẢN LÝ HOẠT ĐỘNG")
