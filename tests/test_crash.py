"""Crash safety: ``kill -9`` an ingest at several moments, rerun it, and get the clean run's store.

The ingest runs as ``python -m vanban.cli ingest`` in its own process group (the flow process,
its forkserver and its worker processes), reporting to the session's Prefect test server; the
whole group gets SIGKILL. After a rerun to completion the store must hold the same documents
(same sha256), the same passages and citations, no duplicates, and a readable, current index.
"""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytest.register_assert_rewrite("flows_harness")
from flows_harness import ROOT, generated_corpus, store_snapshot  # noqa: E402  (sets PREFECT_HOME first)

pytest_plugins = ["flows_harness"]  # the session's Prefect test server, shared with test_flows


from vanban.pipeline import store  # noqa: E402

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("prefect_server")]

N_DOCS = 30


def _env(api_url: str) -> dict:
    env = dict(os.environ, PREFECT_API_URL=api_url, PYTHONPATH=str(ROOT))
    env.pop("PYTEST_CURRENT_TEST", None)
    return env


def _cmd(docs: Path, st: Path) -> list[str]:
    return [sys.executable, "-m", "vanban.cli", "ingest", str(docs), "--store", str(st),
            "--workers", "2", "--json", "--embed"]


def _count(st: Path, sql: str) -> int:
    db = store.store_path(st)
    if not db.is_file():
        return 0
    try:
        c = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return c.execute(sql).fetchone()[0]
        finally:
            c.close()
    except sqlite3.OperationalError:  # schema not there yet
        return 0


def _run_to_completion(docs: Path, st: Path, api_url: str) -> dict:
    done = subprocess.run(_cmd(docs, st), env=_env(api_url), capture_output=True, text=True,
                          timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout[done.stdout.index("{"):])


def _kill_when(docs: Path, st: Path, api_url: str, ready, limit: float = 300) -> str:
    """Start an ingest, wait until ``ready(st)`` holds, SIGKILL its process group."""
    proc = subprocess.Popen(_cmd(docs, st), env=_env(api_url), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    t0 = time.monotonic()
    try:
        while time.monotonic() - t0 < limit:
            if proc.poll() is not None:
                return "finished before the kill"
            if ready(st, time.monotonic() - t0):
                break
            time.sleep(0.05)
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        return "killed"
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)


def _seed_embeddings(src: Path, dst: Path) -> None:
    """Copy the clean run's embedding cache (content-keyed), so reruns do not re-encode."""
    conn = store.connect(dst)
    conn.execute("ATTACH DATABASE ? AS src", (str(store.store_path(src)),))
    conn.execute("INSERT OR IGNORE INTO embeddings SELECT * FROM src.embeddings")
    conn.commit()
    conn.execute("DETACH DATABASE src")
    conn.close()


def _assert_sound(st: Path) -> None:
    conn = store.connect(st)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert not conn.execute("SELECT doc_id, seq FROM passages GROUP BY doc_id, seq "
                                "HAVING count(*) > 1").fetchall()
        assert not conn.execute("SELECT doc_id, seq FROM citations GROUP BY doc_id, seq "
                                "HAVING count(*) > 1").fetchall()
        assert not conn.execute("SELECT p.id FROM passages p LEFT JOIN documents d ON d.id = p.doc_id "
                                "WHERE d.id IS NULL").fetchall()
        ids = [r[0] for r in conn.execute("SELECT id FROM passages ORDER BY id")]
    finally:
        conn.close()
    from vanban.pipeline.ingest import index_needs_build
    from vanban.pipeline.index import search as search_mod
    from vanban.pipeline.index.build import read_meta

    meta = read_meta(st)
    assert meta is not None and meta["count"] == meta["dense"] == len(ids)
    search_mod._CACHE.clear()
    loaded = search_mod.load_indexes(st)
    assert loaded.vectors.ntotal == len(loaded.lexical.ids) == len(ids)
    assert not index_needs_build(st)


@pytest.fixture(scope="module")
def crash_corpus(tmp_path_factory, prefect_server):
    """30 generated documents and the store of one uninterrupted run over them."""
    d = tmp_path_factory.mktemp("crash")
    generated_corpus(d / "docs", n=N_DOCS, words=150, seed=11)
    report = _run_to_completion(d / "docs", d / "clean", prefect_server)
    assert (report["stored"], report["failed"]) == (N_DOCS, 0)
    _assert_sound(d / "clean")
    return d / "docs", d / "clean", store_snapshot(d / "clean")


DOCS = "SELECT count(*) FROM documents"


@pytest.mark.parametrize("moment, ready", [
    pytest.param("after 2 s", lambda st, t: t >= 2.0, id="after-2s"),
    pytest.param("3 documents stored", lambda st, t: _count(st, DOCS) >= 3, id="3-docs"),
    pytest.param("15 documents stored", lambda st, t: _count(st, DOCS) >= 15, id="15-docs"),
    pytest.param("all stored, before the index", lambda st, t: _count(st, DOCS) >= N_DOCS,
                 id="all-docs"),
])
def test_killed_ingest_reruns_to_the_clean_store(tmp_path, crash_corpus, prefect_server, moment, ready):
    docs, clean, expected = crash_corpus
    st = tmp_path / "store"
    _seed_embeddings(clean, st)
    outcome = _kill_when(docs, st, prefect_server, ready)
    assert outcome == "killed", moment
    partial = _count(st, DOCS)
    report = _run_to_completion(docs, st, prefect_server)
    assert report["stored"] + report["skipped"] == N_DOCS and report["skipped"] == partial
    assert store_snapshot(st) == expected
    _assert_sound(st)


def test_kill_while_embedding_leaves_a_usable_store_and_index(tmp_path, crash_corpus, prefect_server):
    docs, clean, expected = crash_corpus
    st = tmp_path / "store"
    outcome = _kill_when(docs, st, prefect_server,
                         lambda st, t: _count(st, "SELECT count(*) FROM embeddings") >= 1)
    assert outcome == "killed"
    assert _count(st, DOCS) == N_DOCS
    report = _run_to_completion(docs, st, prefect_server)
    assert report["stored"] == 0 and report["index"] is not None  # embedding left to do: resumed
    assert report["index"]["cached"] >= 1
    assert store_snapshot(st) == expected
    _assert_sound(st)
