"""``vanban extract``: what a user sees on stdout, stderr and in the exit code."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from tests.conftest import CORPORA
from vanban.cli import app

GOOD = CORPORA / "2006_qd1245_chuong_trinh_ung_dung_tbkt_ubnd_bao_lam.txt"
OTHER = CORPORA / "2013_ctr_hanh_dong_nq20_huyen_uy_bao_lam.txt"

pytestmark = pytest.mark.skipif(not GOOD.is_file() or not OTHER.is_file(),
                                reason="corpora/ demo documents are not in this checkout")


@pytest.fixture(scope="module")
def runner() -> CliRunner:
    try:
        return CliRunner(mix_stderr=False)
    except TypeError:  # click >= 8.2 keeps stderr apart by default
        return CliRunner()


def test_one_file_json_is_one_object(runner):
    r = runner.invoke(app, ["extract", str(GOOD), "--json"])
    assert r.exit_code == 0, r.stderr
    out = json.loads(r.stdout)
    d = out["document"]
    assert (d["doc_type"], d["issuer"], d["number"], d["date"]) == (
        "Quyết định", "Ủy ban nhân dân huyện Bảo Lâm", "1245/QĐ-UBND", "2006-08-15")
    assert [s["id"] for s in out["sections"] if s["level"] == 1] == ["Điều 1", "Điều 2", "Điều 3", "Điều 4"]
    assert out["sentences"] and "tokens" not in out["sentences"][0]
    text = out["text"]
    assert all(0 <= s["start"] < s["end"] <= len(text) for s in out["sentences"])


def test_tokens_option_adds_the_words(runner):
    r = runner.invoke(app, ["extract", str(GOOD), "--json", "--tokens"])
    assert r.exit_code == 0, r.stderr
    words = [w for s in json.loads(r.stdout)["sentences"] for w in s["tokens"]]
    assert "1245/QĐ-UBND" in words and "Bảo Lâm" in words


def test_several_files_give_one_json_object_per_line(runner):
    r = runner.invoke(app, ["extract", str(GOOD), str(OTHER), "--json"])
    assert r.exit_code == 0, r.stderr
    lines = [ln for ln in r.stdout.splitlines() if ln.strip()]
    assert [json.loads(ln)["document"]["number"] for ln in lines] == ["1245/QĐ-UBND", "35-CTr/HU"]


def test_bad_files_give_one_error_line_each_and_exit_2(runner, tmp_path):
    fake_pdf = tmp_path / "hong.pdf"
    fake_pdf.write_bytes(b"day khong phai PDF")
    missing = tmp_path / "khong_co.txt"
    r = runner.invoke(app, ["extract", str(fake_pdf), str(GOOD), str(missing), "--json"])
    assert r.exit_code == 2
    errors = [ln for ln in r.stderr.splitlines() if ln.strip()]
    assert len(errors) == 2
    assert errors[0].startswith(f"lỗi {fake_pdf}:") and errors[1].startswith(f"lỗi {missing}:")  # Vietnamese by default
    # the good file in the middle was still analysed
    assert json.loads(r.stdout.strip())["document"]["number"] == "1245/QĐ-UBND"
    en = runner.invoke(app, ["--lang", "en", "extract", str(missing)])
    assert en.exit_code == 2 and en.stderr.strip() == f"error {missing}: no such file"


def test_summary_shows_metadata_outline_and_counts(runner):
    r = runner.invoke(app, ["extract", str(OTHER)], terminal_width=160)
    assert r.exit_code == 0, r.stderr
    for shown in ("Huyện ủy Bảo Lâm", "35-CTr/HU", "2013-05-20", "Trần Đình Khải",
                  "TÌNH HÌNH HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ", "câu"):
        assert shown in r.stdout, shown
