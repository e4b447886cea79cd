"""One writer per store: a second writer is refused with the name of the first (or waits with
``--wait``), readers are never blocked, and a crashed writer leaves no stale lock."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

pytest.register_assert_rewrite("flows_harness")
from flows_harness import ROOT, generated_corpus, store_snapshot  # noqa: E402  (sets PREFECT_HOME first)

pytest_plugins = ["flows_harness"]  # the session's Prefect test server

from vanban.pipeline import store  # noqa: E402
from vanban.pipeline.errors import StoreBusy  # noqa: E402
from vanban.cli import app  # noqa: E402

HOLD = ("import sys, time\nfrom pipeline.store import writer_lock\n"
        "with writer_lock(sys.argv[1], 'vanban ingest'):\n"
        "    print('held', flush=True)\n    time.sleep(float(sys.argv[2]))\n")


def _hold(st: Path, seconds: float) -> subprocess.Popen:
    """Another process that holds the store's writer lock for ``seconds``."""
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(st), str(seconds)],
                            stdout=subprocess.PIPE, text=True,
                            env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert proc.stdout.readline().strip() == "held"
    return proc


@pytest.fixture()
def runner():
    try:
        return CliRunner(mix_stderr=False)
    except TypeError:  # click >= 8.2 keeps stderr apart by default
        return CliRunner()


WRITERS = [
    ["ingest", "{docs}", "--no-index"],
    ["prune"],
    ["index"],
    ["registry", "add", "20-NQ/TW", "--source", "thử nghiệm"],
    ["registry", "import", "{csv}"],
]


def test_a_second_writer_is_refused_naming_the_first_and_readers_go_on(tmp_path, runner):
    st = tmp_path / "store"
    store.connect(st).close()
    docs = tmp_path / "docs"
    generated_corpus(docs, n=1, words=100)
    csv = tmp_path / "so_dang_ky.csv"
    csv.write_text("number,type,issuing_body,date,title,term,replaces,amends,guides,source\n"
                   "20-NQ/TW,Nghị quyết,,2012-11-01,,,,,,thử nghiệm\n", encoding="utf-8")
    holder = _hold(st, 120)
    try:
        started = time.strftime("%H:%M")
        for args in WRITERS:
            args = [a.format(docs=docs, csv=csv) for a in args]
            t = time.monotonic()
            r = runner.invoke(app, ["--lang", "en", *args, "--store", str(st)])
            assert time.monotonic() - t < 20, args  # refused at once, not after starting Prefect
            assert r.exit_code == 75, (args, r.output)
            (line,) = [ln for ln in r.stderr.splitlines() if ln.strip()]
            assert line in (
                f"error {st}: store is being written by pid {holder.pid} (vanban ingest, started "
                f"{hm}); wait for it or use another --store" for hm in (started, time.strftime("%H:%M")))
        stats = runner.invoke(app, ["stats", "--store", str(st), "--json"])
        assert stats.exit_code == 0 and json.loads(stats.stdout)["documents"] == 0
        with pytest.raises(StoreBusy):
            with store.writer_lock(st, "test"):
                pass
    finally:
        holder.send_signal(signal.SIGKILL)  # a crash: the lock goes with the process
        holder.wait()
    r = runner.invoke(app, ["prune", "--store", str(st), "--no-index"])
    assert r.exit_code == 0, r.output
    assert store.lock_holder(st) is None


def test_wait_waits_for_the_writer_to_finish(tmp_path, runner):
    st = tmp_path / "store"
    store.connect(st).close()
    holder = _hold(st, 3)
    t = time.monotonic()
    r = runner.invoke(app, ["prune", "--store", str(st), "--no-index", "--wait"])
    assert r.exit_code == 0, r.output
    assert holder.wait(timeout=30) == 0 and time.monotonic() - t >= 1.5
    assert f"store {st} is being written by pid {holder.pid}" in r.stderr
    assert "waiting for it to finish" in r.stderr


def test_the_lock_is_reentrant_within_a_process_and_released_after(tmp_path):
    st = tmp_path / "store"
    with store.writer_lock(st, "vanban ingest"):
        with store.writer_lock(st, "ingest flow"):
            assert store.lock_holder(st).pid == os.getpid()
        assert store.lock_holder(st).command == "vanban ingest"
    assert store.lock_holder(st) is None
    probe = subprocess.run([sys.executable, "-c", HOLD, str(st), "0"], capture_output=True,
                           text=True, env=dict(os.environ, PYTHONPATH=str(ROOT)), timeout=60)
    assert probe.stdout.strip() == "held"


@pytest.mark.slow
def test_two_ingests_at_once_end_with_one_consistent_store(tmp_path, prefect_server):
    """The issue's case: a scheduled run and a manual one on one store, with --wait."""
    docs = tmp_path / "docs"
    generated_corpus(docs, n=6, words=250, seed=3)
    st = tmp_path / "store"
    env = dict(os.environ, PREFECT_API_URL=prefect_server, PYTHONPATH=str(ROOT))
    env.pop("PYTEST_CURRENT_TEST", None)
    cmd = [sys.executable, "-m", "vanban.cli", "ingest", str(docs), "--store", str(st),
           "--workers", "1", "--json", "--wait", "--embed"]
    runs = [subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for _ in range(2)]
    outs = []
    for proc in runs:
        out, err = proc.communicate(timeout=600)
        assert proc.returncode == 0, err[-3000:]
        outs.append(json.loads(out[out.index("{"):]))
    assert sorted((o["stored"], o["skipped"]) for o in outs) == [(0, 6), (6, 0)]

    from vanban.pipeline.ingest import index_needs_build
    conn = store.connect(st)
    try:
        counts = store.counts(conn)
        hashes = conn.execute("SELECT count(DISTINCT hash) FROM passages").fetchone()[0]
    finally:
        conn.close()
    assert counts["documents"] == 6 and counts["passages"] > 0
    assert counts["embeddings"] == hashes
    assert not index_needs_build(st)

    alone = tmp_path / "alone"
    done = subprocess.run(cmd[:6] + [str(alone), "--workers", "1", "--no-index"], env=env,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    assert store_snapshot(st) == store_snapshot(alone)
