"""Test support for the flow tests: an isolated Prefect home and one Prefect test server.

Imported by ``test_flows.py`` and ``test_crash.py`` before anything imports prefect, so Prefect
never touches the user's ``~/.prefect``. The ``prefect_server`` fixture yields the API URL of a
``prefect_test_harness`` server; subprocesses given that URL report to it instead of starting
their own ephemeral server.
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

if "prefect" not in sys.modules:
    os.environ["PREFECT_HOME"] = tempfile.mkdtemp(prefix="vanban-prefect-home-")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")

import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))


@pytest.fixture(scope="session")
def prefect_server() -> str:
    """A Prefect test server for the whole session; yields its API URL."""
    from prefect.settings import PREFECT_API_URL
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield PREFECT_API_URL.value()


def generated_corpus(out_dir: Path, n: int, words: int = 300, seed: int = 7) -> list[Path]:
    from gen_corpus import generate

    return generate(out_dir, n=n, words=words, seed=seed)


def store_snapshot(store_dir: Path) -> dict:
    """What must be equal between two stores of the same files: documents with their sha256,
    and per document its passages' texts and its citations, each in order."""
    from vanban.pipeline import store

    conn = store.connect(store_dir)
    try:
        docs = {r["path"]: r["sha256"] for r in conn.execute("SELECT path, sha256 FROM documents")}
        passages = {}
        for r in conn.execute("SELECT d.path, p.seq, p.text FROM passages p JOIN documents d "
                              "ON d.id = p.doc_id ORDER BY d.path, p.seq"):
            passages.setdefault(r[0], []).append((r[1], r[2]))
        citations = {}
        for r in conn.execute("SELECT d.path, c.seq, c.number, c.start FROM citations c JOIN "
                              "documents d ON d.id = c.doc_id ORDER BY d.path, c.seq"):
            citations.setdefault(r[0], []).append(tuple(r)[1:])
        counts = store.counts(conn)
        counts.pop("embeddings")
        return {"documents": docs, "passages": passages, "citations": citations, "counts": counts}
    finally:
        conn.close()
