"""Reading TXT and Markdown: every encoding Vietnamese files are found in comes back as NFC Unicode."""
from __future__ import annotations

import codecs
import hashlib
import unicodedata

import pytest

from vanban.pipeline.read import read_document
from vanban.pipeline.read.legacy import decode, encode, is_syllable, vietnamese_score
from tests.conftest import needs_shared

# Every base letter and every tone, in lower and upper case, in running text.
PANGRAM = (
    "Tiếng Việt có dấu: Quyết định ngày 01/11/2012 của Ủy ban nhân dân tỉnh Lâm Đồng; "
    "Đảng bộ huyện Bảo Lâm lãnh đạo thực hiện. ĂN Ở, ẤM ÁP, ÊM ĐỀM, ÔNG BÀ, ƠN NGHĨA, ƯỚC MƠ; "
    "Ẩn Ẫn Ận Ằn Ẳn Ẵn Ặn Ầu Ẽ Ẹ Ề Ể Ễ Ệ Ì Ỉ Ĩ Ị Ò Ỏ Õ Ọ Ồ Ổ Ỗ Ộ Ờ Ở Ỡ Ợ Ù Ủ Ũ Ụ Ừ Ử Ữ Ự Ỳ Ỷ Ỹ Ỵ Ý É Í Ó Ú "
    "à ả ã á ạ ằ ẳ ẵ ắ ặ ầ ẩ ẫ ấ ậ è ẻ ẽ é ẹ ề ể ễ ế ệ ì ỉ ĩ í ị ò ỏ õ ó ọ ồ ổ ỗ ố ộ ờ ở ỡ ớ ợ "
    "ù ủ ũ ú ụ ừ ử ữ ứ ự ỳ ỷ ỹ ý ỵ đ ă â ê ô ơ ư; thủy lợi, khỏe mạnh, quý, Quỳnh, nghiệp, gì."
)
# TCVN3 (ABC) has no codes for capitals with tones: documents set them in the capital font
# (.VnTimeH) with the lowercase codes, so only the seven capital base letters round-trip.
PANGRAM_TCVN3 = (
    "Tiếng Việt có dấu: Quyết định ngày 01/11/2012 của ủy ban nhân dân tỉnh Lâm Đồng; "
    "Đảng bộ huyện Bảo Lâm lãnh đạo thực hiện. Ăn ở, Âm áp, Êm đềm, Ông bà, Ơn nghĩa, Ước mơ; "
    "à ả ã á ạ ằ ẳ ẵ ắ ặ ầ ẩ ẫ ấ ậ è ẻ ẽ é ẹ ề ể ễ ế ệ ì ỉ ĩ í ị ò ỏ õ ó ọ ồ ổ ỗ ố ộ ờ ở ỡ ớ ợ "
    "ù ủ ũ ú ụ ừ ử ữ ứ ự ỳ ỷ ỹ ý ỵ đ ă â ê ô ơ ư Ă Â Ê Ô Ơ Ư Đ; thủy lợi, khỏe mạnh, quý, nghiệp."
)

ENCODINGS = [
    # (how the file is written, text, the encoding read_document reports)
    ("utf-8", PANGRAM, "utf-8"),
    ("utf-8-sig", PANGRAM, "utf-8"),
    ("utf-16", PANGRAM, "utf-16"),          # with BOM, as Windows Notepad writes "Unicode"
    ("utf-16-le", PANGRAM, "utf-16-le"),    # without BOM
    ("tcvn3", PANGRAM_TCVN3, "tcvn3"),
    ("vni", PANGRAM, "vni"),
    ("cp1258", PANGRAM, "cp1258"),          # tone marks as combining characters
]


def _bytes(text: str, encoding: str) -> bytes:
    if encoding in ("tcvn3", "vni", "cp1258"):
        return encode(text, encoding)
    return text.encode(encoding)


@pytest.mark.parametrize(("encoding", "text", "reported"), ENCODINGS)
@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_pangram_round_trips_through_every_encoding(tmp_path, encoding, text, reported, suffix):
    data = _bytes(text + "\n", encoding)
    path = tmp_path / f"vanban{suffix}"
    path.write_bytes(data)
    raw = read_document(path)
    assert raw.text.strip() == text
    assert raw.text == unicodedata.normalize("NFC", raw.text)
    assert raw.encoding == reported
    assert raw.format == suffix[1:]
    assert raw.sha256 == hashlib.sha256(data).hexdigest()


SHORT = [
    # short real phrases: detection must not need a long text
    "Quyết định số 142/2008/QĐ-TTg của Thủ tướng Chính phủ",
    "Nghị quyết của Ban Chấp hành Trung ương Đảng",
    "Huyện ủy Bảo Lâm, tỉnh Lâm Đồng",
    "Hà Nội, ngày 25 tháng 3 năm 2022",
]


@pytest.mark.parametrize("encoding", ["tcvn3", "vni", "cp1258"])
@pytest.mark.parametrize("text", SHORT)
def test_short_legacy_text_is_detected(tmp_path, encoding, text):
    if encoding == "tcvn3":
        text = text.replace("Quyết", "quyết").replace("Thủ", "thủ")  # no toned capitals in TCVN3
    path = tmp_path / "ngan.txt"
    path.write_bytes(encode(text, encoding))
    raw = read_document(path)
    assert (raw.text, raw.encoding) == (text, encoding)


def test_tcvn3_text_saved_as_utf8_is_repaired(tmp_path):
    # an ABC file opened as Latin-1 and saved as UTF-8 shows "Qu¶ng Ninh"-style letters
    mangled = encode(PANGRAM_TCVN3, "tcvn3").decode("latin-1")
    path = tmp_path / "abc.txt"
    path.write_text(mangled, encoding="utf-8")
    assert read_document(path).text == PANGRAM_TCVN3


def test_windows_line_endings_and_bom_are_read(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(codecs.BOM_UTF8 + "BÁO CÁO\r\nHuyện ủy Bảo Lâm\r\n".encode("utf-8"))
    raw = read_document(path)
    assert raw.text.startswith("BÁO CÁO") and "\ufeff" not in raw.text


def test_decomposed_utf8_is_composed(tmp_path):
    path = tmp_path / "nfd.txt"
    path.write_text(unicodedata.normalize("NFD", PANGRAM), encoding="utf-8")
    assert read_document(path).text == PANGRAM


@pytest.mark.parametrize(("word", "ok"), [
    ("nghiệp", True), ("quyết", True), ("Đảng", True), ("khuyến", True), ("giữ", True),
    ("ước", True), ("thuở", True), ("coù", False), ("Qu¶ng", False), ("hộiả", False), ("xyz", False),
])
def test_syllable_check(word, ok):
    assert is_syllable(word) is ok


def test_score_separates_right_and_wrong_decodings():
    data = encode(PANGRAM, "vni")
    right = vietnamese_score(decode(data, "vni"))
    wrong = max(vietnamese_score(decode(data, e)) for e in ("tcvn3", "cp1258"))
    assert right > 0.95 > 0.5 > wrong


@needs_shared
def test_shared_report_reads_as_utf8(shared_dir):
    raw = read_document(shared_dir / "docs" / "000_baolam_bc_nq20.txt")
    assert raw.encoding == "utf-8"
    assert "Huyện Bảo Lâm có 14 đơn vị hành chính" in raw.text


def test_form_feeds_mark_pages(tmp_path):
    # text exported by pdftotext keeps page breaks as form feeds
    path = tmp_path / "pdftotext.txt"
    path.write_text("Trang một: Huyện ủy Bảo Lâm.\n\fTrang hai: Điều 2.\n\fTrang ba: Nơi nhận.", encoding="utf-8")
    from vanban.pipeline.normalize import normalize
    doc = normalize(read_document(path))
    assert "\f" not in doc.text
    for page, words in [(1, "Trang một"), (2, "Trang hai"), (3, "Trang ba")]:
        assert doc.source_position(doc.text.index(words)).page == page


def test_utf8_with_a_few_bad_bytes_is_still_read(tmp_path):
    # a file cut and pasted together: two stray bytes in otherwise good UTF-8
    data = PANGRAM.encode("utf-8")
    a, b = data.index(b" ", 40), data.index(b" ", 300)  # between characters
    path = tmp_path / "hong.txt"
    path.write_bytes(data[:a] + b"\xff" + data[a:b] + b"\xfe" + data[b:])
    raw = read_document(path)
    assert raw.encoding == "utf-8" and raw.text.count("\ufffd") == 2
    assert raw.text.replace("\ufffd", "") == PANGRAM


@pytest.mark.parametrize("nuls, readable", [
    (1, True),     # a check box lost by the PDF-to-text tool ("\x00 Tiếp nhận, kiểm tra hồ sơ ...")
    (2, True),
    (8, True),     # a form's row of check boxes
    (60, False),   # a NUL before every line break: a file saved by a broken tool, not text
])
def test_a_few_nul_bytes_in_utf8_text_are_lost_check_boxes(tmp_path, nuls, readable):
    from vanban.pipeline.errors import UnreadableDocument
    lines = [f"{i}. Tổ chức tham gia Hệ thống thực hiện (Chọn 01 hoặc nhiều hoạt động):" for i in range(60)]
    marked = [("\x00 " + line) if i < nuls else line for i, line in enumerate(lines)] if nuls <= 8 \
        else [line + "\x00" for line in lines]
    path = tmp_path / "bieu_mau.txt"
    path.write_bytes("\n".join(marked).encode("utf-8"))
    if not readable:
        with pytest.raises(UnreadableDocument, match="binary data"):
            read_document(path)
        return
    raw = read_document(path)
    assert "\x00" not in raw.text and len(raw.text) == len("\n".join(marked))  # offsets kept
    assert raw.text.count("Tổ chức tham gia Hệ thống") == 60


def test_nul_bytes_in_text_that_is_not_utf8_are_binary(tmp_path):
    from vanban.pipeline.errors import UnreadableDocument
    path = tmp_path / "hong.txt"
    path.write_bytes(b"\x00\xff\xfe" + PANGRAM.encode("utf-8"))
    with pytest.raises(UnreadableDocument, match="binary data"):
        read_document(path)
