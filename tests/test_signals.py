"""Ctrl-C, SIGTERM and kill -9 during ``vanban ingest``: nothing is left running, nothing is
half-written.

The ingest runs as ``python -m vanban.cli ingest`` without ``PREFECT_API_URL``, so it starts its
own temporary Prefect server, as a user's run does. When a few documents are stored it gets
the signal; afterwards every process it had started (server, forkserver, workers) must be gone,
the store sound, and a rerun must end with the store of an uninterrupted run.
"""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

pytest.register_assert_rewrite("flows_harness")
from flows_harness import ROOT, generated_corpus, store_snapshot  # noqa: E402  (sets PREFECT_HOME first)

pytest_plugins = ["flows_harness"]  # the session's Prefect test server

from vanban.pipeline import store  # noqa: E402

# each interrupted run starts a temporary Prefect server of its own (10-30 s on 2 cores)
pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("prefect_server")]

N_DOCS = 24


def _env(api_url: str | None) -> dict:
    env = dict(os.environ, PYTHONPATH=str(ROOT), VANBAN_LANG="en")  # the lines read below are English
    env.pop("PYTEST_CURRENT_TEST", None)
    env.pop("PREFECT_API_URL", None)
    if api_url:
        env["PREFECT_API_URL"] = api_url
    return env


def _cmd(docs: Path, st: Path) -> list[str]:
    return [sys.executable, "-m", "vanban.cli", "ingest", str(docs), "--store", str(st),
            "--workers", "2", "--no-index"]


def _documents(st: Path) -> int:
    db = store.store_path(st)
    if not db.is_file():
        return 0
    try:
        c = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return c.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            c.close()
    except sqlite3.OperationalError:  # schema not there yet
        return 0


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, prefect_server):
    """24 generated documents and the store of one uninterrupted run over them."""
    d = tmp_path_factory.mktemp("signals")
    generated_corpus(d / "docs", n=N_DOCS, words=400, seed=5)
    done = subprocess.run(_cmd(d / "docs", d / "clean"), env=_env(prefect_server),
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    return d / "docs", store_snapshot(d / "clean")


def _terminal_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _assert_whole(st: Path) -> None:
    conn = store.connect(st)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        # no document without its sentences and passages, no row without its document
        assert not conn.execute("SELECT d.id FROM documents d WHERE NOT EXISTS (SELECT 1 FROM "
                                "sentences s WHERE s.doc_id = d.id) OR NOT EXISTS (SELECT 1 FROM "
                                "passages p WHERE p.doc_id = d.id)").fetchall()
        assert not conn.execute("SELECT p.id FROM passages p LEFT JOIN documents d ON d.id = "
                                "p.doc_id WHERE d.id IS NULL").fetchall()
    finally:
        conn.close()


@pytest.mark.parametrize(("how", "expected_exit"), [
    pytest.param("SIGTERM to the process", 128 + signal.SIGTERM, id="sigterm"),
    pytest.param("Ctrl-C at the terminal (SIGINT to the process group)", 128 + signal.SIGINT,
                 id="ctrl-c"),
    pytest.param("SIGKILL to the process (no cleanup can run)", -signal.SIGKILL, id="kill-9"),
])
def test_interrupted_ingest_leaves_no_process_and_reruns_to_the_clean_store(
        tmp_path, corpus, prefect_server, how, expected_exit):
    docs, expected = corpus
    st = tmp_path / "store"
    # a run started from a terminal has SIGINT's default disposition; a suite itself launched in
    # the background of a non-interactive shell ("make test &") inherits SIGINT ignored, which
    # the child would keep (as nohup means it to), so the child gets the terminal's disposition
    proc = subprocess.Popen(_cmd(docs, st), env=_env(None), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, start_new_session=True,
                            preexec_fn=_terminal_sigint)
    try:
        t0 = time.monotonic()
        while _documents(st) < 3:
            assert proc.poll() is None, proc.communicate()[1][-3000:]
            assert time.monotonic() - t0 < 300, "no document stored in 300 s"
            time.sleep(0.1)
        started = psutil.Process(proc.pid).children(recursive=True)
        commands = [" ".join(p.cmdline()) for p in started]
        assert any("uvicorn" in c for c in commands), commands  # its own Prefect server
        assert any("forkserver" in c for c in commands), commands  # and its workers

        if how.startswith("SIGTERM"):
            os.kill(proc.pid, signal.SIGTERM)
        elif how.startswith("SIGKILL"):
            os.kill(proc.pid, signal.SIGKILL)
        else:
            os.killpg(proc.pid, signal.SIGINT)
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    assert proc.returncode == expected_exit, err[-3000:]
    if expected_exit > 0:
        assert "interrupted" in err and "run the command again to resume" in err

    gone, alive = psutil.wait_procs(started, timeout=10)
    assert not alive, [" ".join(p.cmdline()) for p in alive]
    _assert_whole(st)
    assert 3 <= _documents(st) <= N_DOCS

    done = subprocess.run(_cmd(docs, st), env=_env(prefect_server), capture_output=True,
                          text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    assert store_snapshot(st) == expected
    _assert_whole(st)
