"""``vanban server start|stop|status``: a standing Prefect server that later ingest runs use
instead of starting a temporary one; ``stop`` leaves no process behind."""
from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from vanban.flows import server as srv

ROOT = Path(__file__).resolve().parents[1]
VANBAN = Path(sys.executable).parent / "vanban"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
        return True
    except ProcessLookupError:
        return False


def test_a_dead_server_record_is_not_a_running_server(tmp_path, monkeypatch):
    monkeypatch.setenv("VANBAN_DATA_DIR", str(tmp_path))
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    srv.state_file().write_text(json.dumps({"pid": dead.pid, "host": "127.0.0.1", "port": 1,
                                            "started": 0.0, "log": "x"}), encoding="utf-8")
    assert srv.server_status() is None and srv.standing_api_url() is None
    assert not srv.state_file().exists()
    assert srv.stop_server() is None


def test_an_explicit_prefect_api_url_wins_over_the_standing_server(monkeypatch, tmp_path):
    monkeypatch.setenv("VANBAN_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("PREFECT_API_URL", "http://127.0.0.1:9/api")
    with srv.standing_server_for_this_run() as url:
        assert url is None and os.environ["PREFECT_API_URL"] == "http://127.0.0.1:9/api"


def test_a_busy_port_is_one_clear_error(tmp_path, monkeypatch):
    monkeypatch.setenv("VANBAN_DATA_DIR", str(tmp_path))
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        r = subprocess.run([VANBAN, "--lang", "en", "server", "start", "--port", str(port)],
                           capture_output=True, text=True, timeout=60)
    assert r.returncode == 1
    assert f"error vanban server: port {port} on 127.0.0.1 is in use" in r.stderr


@pytest.mark.slow
def test_standing_server_serves_later_ingests_and_stops_cleanly(tmp_path):
    env = {**os.environ, "VANBAN_DATA_DIR": str(tmp_path / "data"), "VANBAN_LANG": "en"}
    env.pop("PREFECT_API_URL", None)
    port = _free_port()
    run = lambda *a, **kw: subprocess.run([VANBAN, *a], capture_output=True, text=True, env=env,  # noqa: E731
                                          cwd=tmp_path, timeout=kw.get("timeout", 300))
    started = run("server", "start", "--port", str(port))
    try:
        assert started.returncode == 0, started.stderr
        assert f"http://127.0.0.1:{port}" in started.stdout
        state = json.loads((tmp_path / "data" / "server.json").read_text(encoding="utf-8"))
        status = run("server", "status")
        assert status.returncode == 0 and f"http://127.0.0.1:{port}" in status.stdout

        def flow_runs() -> int:
            req = urllib.request.Request(f"http://127.0.0.1:{port}/api/flow_runs/count", data=b"{}",
                                         headers={"content-type": "application/json"})
            with urllib.request.urlopen(req, timeout=10) as r:
                return int(r.read())

        before = flow_runs()
        docs = tmp_path / "docs"
        docs.mkdir()
        shutil.copy(ROOT / "corpora" / "2023_tb512_ket_luan_chuyen_doi_so_huyen_uy_bao_lam.txt", docs)
        ingested = run("ingest", str(docs), "--store", str(tmp_path / "st"), "--workers", "0", "--no-index",
                       timeout=600)
        assert ingested.returncode == 0, ingested.stderr
        assert f"using the standing Prefect server http://127.0.0.1:{port}/api" in ingested.stderr
        assert flow_runs() > before, "the ingest run is not recorded on the standing server"
    finally:
        stopped = run("server", "stop")
    assert stopped.returncode == 0 and "stopped the Prefect server" in stopped.stdout
    assert not _group_alive(state["pid"]), "a process of the server's group outlived stop"
    assert run("server", "status").returncode == 1
    assert not (tmp_path / "data" / "server.json").exists()
