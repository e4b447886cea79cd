"""Bad input: one exception per kind of failure, one line naming the file and the reason."""
from __future__ import annotations

import io
import zipfile

import docx
import pytest
from fpdf import FPDF

from vanban.pipeline.errors import UnreadableDocument, UnsupportedFormat
from vanban.pipeline.read import read_document


def _docx_bytes() -> bytes:
    d = docx.Document()
    d.add_paragraph("Huyện ủy Bảo Lâm báo cáo kết quả thực hiện như sau.")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _pdf_bytes(**encryption) -> bytes:
    pdf = FPDF()
    if encryption:
        pdf.set_encryption(**encryption)
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(text="Bao cao ket qua thuc hien Nghi quyet 20-NQ/TW")
    return bytes(pdf.output())


BAD = [
    # (file name, bytes, words the reason must contain)
    ("empty.txt", b"", "empty"),
    ("blank.md", b"  \n\n \t", "empty"),
    ("empty.docx", b"", "empty"),
    ("empty.pdf", b"", "empty"),
    ("blob.txt", bytes(range(256)) * 8, "binary"),
    ("blob.pdf", bytes(range(256)) * 8, "not a PDF"),
    ("blob.docx", bytes(range(256)) * 8, "not a DOCX"),
    ("zip.docx", None, "DOCX"),                       # a ZIP that is not a Word document
    ("truncated.docx", _docx_bytes()[:3000], "DOCX"),
    ("truncated.pdf", _pdf_bytes()[:400], "PDF"),
    ("encrypted.pdf", _pdf_bytes(owner_password="chu", user_password="mat-khau"), "encrypted"),
    ("garbage.txt", bytes([0xC3, 0x28, 0xA0, 0xA1, 0xE2, 0x82, 0x28] * 200), "undecodable"),
    ("rtf.txt", rb"{\rtf1\ansi\deff0 {\fonttbl {\f0 Times;}} Huy\u7879?n \u7911?y}", "RTF"),
]


def _zip_bytes() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("hello.txt", "không phải văn bản Word")
    return buf.getvalue()


@pytest.mark.parametrize(("name", "data", "reason"), BAD, ids=[b[0] for b in BAD])
def test_bad_input_is_one_clear_error(tmp_path, name, data, reason):
    path = tmp_path / name
    path.write_bytes(_zip_bytes() if data is None else data)
    with pytest.raises(UnreadableDocument) as err:
        read_document(path)
    message = str(err.value)
    assert reason.lower() in message.lower()
    assert str(path) in message and "\n" not in message and "Traceback" not in message
    assert err.value.path == str(path)


@pytest.mark.parametrize("name", ["bao_cao.doc", "quyet_dinh.rtf", "scan.png", "README"])
def test_unsupported_suffix(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(b"anything")
    with pytest.raises(UnsupportedFormat) as err:
        read_document(path)
    assert "supported: .txt .md .docx .pdf" in str(err.value)


def test_missing_file(tmp_path):
    with pytest.raises(UnreadableDocument) as err:
        read_document(tmp_path / "khong_co.txt")
    assert "no such file" in str(err.value).lower()


def test_pdf_with_empty_user_password_still_reads(tmp_path):
    # many official PDFs are "encrypted" only against editing: they open without a password
    path = tmp_path / "owner_only.pdf"
    path.write_bytes(_pdf_bytes(owner_password="chu"))
    assert "Nghi quyet 20-NQ/TW" in read_document(path).text


# --- never a traceback, whatever the bytes ----------------------------------------------------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_GOOD = {".pdf": _pdf_bytes(), ".docx": _docx_bytes(),
         ".txt": "Huyện ủy Bảo Lâm báo cáo kết quả thực hiện.".encode("utf-8")}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(suffix=st.sampled_from(sorted(_GOOD)), cut=st.floats(0, 1), noise=st.binary(max_size=64),
       flip=st.integers(0, 10_000))
def test_damaged_files_fail_cleanly(tmp_path, suffix, cut, noise, flip):
    # a real file, truncated, with a byte flipped and noise appended
    data = bytearray(_GOOD[suffix][: int(len(_GOOD[suffix]) * cut)])
    if data:
        data[flip % len(data)] ^= 0x5A
    path = tmp_path / f"hong{suffix}"
    path.write_bytes(bytes(data) + noise)
    try:
        raw = read_document(path)
    except UnreadableDocument as err:
        assert "\n" not in str(err) and str(path) in str(err)
    else:
        assert raw.text.strip() and len(raw.sha256) == 64
