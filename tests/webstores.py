"""Stores and a live server for the web tests (test_web_api, test_web_browser, test_web_security).

Each store is built once per test process (ingesting ``corpora/`` takes minutes), whichever web
test module asks first; ``VANBAN_WEB_TEST_STORE=DIR`` reuses a store built beforehand with
``vanban ingest corpora --store DIR`` (the tests never write documents into it).
"""
from __future__ import annotations

import atexit
import os
import shutil
import socket
import tempfile
import threading
import time
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT / "corpora"
ARTIFACTS = ROOT / "tests" / "artifacts"

# A report that carries markup in its title and body: it must show as text, never run.
XSS_TITLE = "Kết quả rà soát an toàn thông tin <script>alert(1)</script>"
XSS_IMG = "<img src=x onerror=alert(1)>"
XSS_DOCUMENT = f"""HUYỆN ỦY BẢO LÂM
*
Số: 99-BC/HU
ĐẢNG CỘNG SẢN VIỆT NAM
Bảo Lâm, ngày 05 tháng 3 năm 2024

BÁO CÁO
{XSS_TITLE}

I. KẾT QUẢ THỰC HIỆN
1. Thực hiện Nghị quyết số 20-NQ/TW ngày 01/11/2012 của Ban Chấp hành Trung ương Đảng (khóa XI), \
Ban Thường vụ Huyện ủy đã tổ chức 12 lớp tập huấn bảo mật {XSS_IMG} cho cán bộ, đảng viên.
2. Nhật ký máy chủ ghi nhận chuỗi mã độc <script>alert(1)</script> cùng "<b>đậm</b>" & 'trích dẫn' \
trong hộp thư công vụ; 100% máy trạm đã được cập nhật phần mềm diệt mã độc.

II. NHIỆM VỤ THỜI GIAN TỚI
Các chi bộ, cơ quan, đơn vị tăng cường kiểm tra an toàn thông tin trước ngày 30/6/2024.

Nơi nhận:
- Ban Thường vụ Tỉnh ủy,
- Lưu Văn phòng Huyện ủy.
T/M HUYỆN ỦY
BÍ THƯ
Nguyễn Văn A
"""


def _cleanup(path: str) -> None:
    atexit.register(shutil.rmtree, path, ignore_errors=True)


def _ingest(paths: list[Path], store: Path, workers: int) -> None:
    """The library's ingest (``pipeline.ingest``): the flow's steps without Prefect, whose
    server is slow to start on a busy machine."""
    from vanban.pipeline.ingest import ingest

    report = ingest(paths, store, workers=workers)
    assert not report.failed, report.failed


@cache
def corpus_store() -> Path:
    """A store of every document in ``corpora/``, indexed."""
    given = os.environ.get("VANBAN_WEB_TEST_STORE")
    if given and (Path(given) / "vanban.sqlite").is_file():
        return Path(given)
    tmp = tempfile.mkdtemp(prefix="vanban-web-corpus-")
    _cleanup(tmp)
    store = Path(tmp) / "store"
    _ingest([CORPORA], store, workers=min(4, os.cpu_count() or 1))
    return store


@cache
def xss_store() -> tuple[Path, Path]:
    """(store, source folder) of one hostile report plus one real document."""
    tmp = tempfile.mkdtemp(prefix="vanban-web-xss-")
    _cleanup(tmp)
    src = Path(tmp) / "src"
    src.mkdir()
    (src / "2024_bc99_xss.txt").write_text(XSS_DOCUMENT, encoding="utf-8")
    shutil.copy(CORPORA / "2023_tb512_ket_luan_chuyen_doi_so_huyen_uy_bao_lam.txt", src)
    store = Path(tmp) / "store"
    _ingest([src], store, workers=0)
    return store, src


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LiveServer:
    """uvicorn serving ``create_app(store)`` on 127.0.0.1 in a background thread."""

    def __init__(self, store: Path):
        import uvicorn

        from vanban.web import create_app

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(create_app(store), host="127.0.0.1", port=self.port,
                                log_level="warning", lifespan="off")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> "LiveServer":
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
