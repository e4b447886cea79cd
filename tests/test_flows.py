"""The ingestion flow, run for real: Prefect test server, worker processes, SQLite, files."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

pytest.register_assert_rewrite("flows_harness")
from flows_harness import generated_corpus, store_snapshot  # noqa: E402  (sets PREFECT_HOME first)

pytest_plugins = ["flows_harness"]  # the session's Prefect test server, shared with test_crash


from vanban.pipeline import store  # noqa: E402

pytestmark = pytest.mark.usefixtures("prefect_server")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """Six generated documents of ~250 words (plus one more kept aside)."""
    d = tmp_path_factory.mktemp("corpus")
    generated_corpus(d / "docs", n=6, words=250)
    return d / "docs"


def _passage_ids(store_dir) -> dict[str, list[int]]:
    conn = store.connect(store_dir)
    try:
        out: dict[str, list[int]] = {}
        for r in conn.execute("SELECT d.path, p.id FROM passages p JOIN documents d "
                              "ON d.id = p.doc_id ORDER BY p.id"):
            out.setdefault(r[0], []).append(r[1])
        return out
    finally:
        conn.close()


def test_flow_fills_the_store_then_skips_unchanged_and_replaces_a_changed_file(tmp_path, corpus):
    from vanban.flows.ingest import ingest
    from vanban.pipeline.ingest import index_needs_build

    docs = tmp_path / "docs"
    shutil.copytree(corpus, docs)
    st = tmp_path / "store"

    first = ingest([docs], st, workers=2)
    assert (first.files, first.stored, first.skipped, first.failed) == (6, 6, 0, ())
    c = store.counts(store.connect(st))
    assert c["documents"] == 6 and c["passages"] == first.passages > 0 and c["sentences"] > 0
    assert c["citations"] > 0 and c["dates"] > 0
    assert first.index is not None and first.index["passages"] == c["passages"]
    assert not index_needs_build(st)
    snap, ids = store_snapshot(st), _passage_ids(st)

    second = ingest([docs], st, workers=2)
    assert (second.stored, second.skipped, second.passages, second.index) == (0, 6, 0, None)
    assert store_snapshot(st) == snap and _passage_ids(st) == ids

    changed = sorted(docs.iterdir())[2]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nIII. Bổ sung\nCác chi bộ "
                       "phải báo cáo kết quả trước ngày 30/6/2026.\n", encoding="utf-8")
    third = ingest([docs], st, workers=2)
    assert (third.stored, third.skipped) == (1, 5)
    after = _passage_ids(st)
    key = str(changed.resolve())
    assert {k: v for k, v in after.items() if k != key} == {k: v for k, v in ids.items() if k != key}
    assert min(after[key]) > max(max(v) for v in ids.values())  # new FAISS ids, none reused
    assert third.index is not None and third.index["passages"] == sum(map(len, after.values()))
    assert third.index["embedded"] < third.index["passages"]  # the rest came from the cache
    assert store.counts(store.connect(st))["documents"] == 6


def test_bad_files_fail_alone_with_their_reasons(tmp_path, corpus):
    from typer.testing import CliRunner

    from vanban.cli import app

    docs = tmp_path / "docs"
    shutil.copytree(corpus, docs)
    (docs / "hong.pdf").write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nbroken" + bytes(200))
    (docs / "rac.txt").write_bytes(bytes(range(256)) * 8)
    blob = tmp_path / "anh.bin"
    blob.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    st = tmp_path / "store"

    result = CliRunner().invoke(app, ["ingest", str(docs), str(blob), "--store", str(st),
                                      "--workers", "2", "--no-index", "--json"])
    assert result.exit_code == 2, result.output
    out = json.loads(result.stdout[result.stdout.index("{"):])
    assert (out["files"], out["stored"], out["failed"]) == (9, 6, 3)
    bad = {Path(f["path"]).name: (f["stage"], f["reason"]) for f in out["failures"]}
    assert set(bad) == {"hong.pdf", "rac.txt", "anh.bin"}
    assert all(stage == "read" and reason for stage, reason in bad.values())
    assert "unsupported" in bad["anh.bin"][1]

    conn = store.connect(st)
    assert {Path(f.path).name: f.stage for f in store.list_failures(conn)} == {
        "hong.pdf": "read", "rac.txt": "read", "anh.bin": "read"}
    assert store.counts(conn)["documents"] == 6
    conn.close()

    stats = CliRunner().invoke(app, ["stats", "--store", str(st), "--json"])
    assert stats.exit_code == 0
    s = json.loads(stats.stdout[stats.stdout.index("{"):])
    assert (s["documents"], s["failures"]) == (6, 3) and s["passages"] > 0


def test_dask_runner_gives_the_same_store_as_the_default_runner(tmp_path, corpus):
    from vanban.flows.ingest import ingest

    a = ingest([corpus], tmp_path / "a", workers=2, index=False)
    b = ingest([corpus], tmp_path / "b", workers=2, dask="local", index=False)
    assert (a.stored, b.stored, b.runner) == (6, 6, "dask")
    assert store_snapshot(tmp_path / "a") == store_snapshot(tmp_path / "b")
    rows = "SELECT d.id, d.path, p.id FROM documents d JOIN passages p ON p.doc_id = d.id ORDER BY p.id"
    assert (store.connect(tmp_path / "a").execute(rows).fetchall()
            == store.connect(tmp_path / "b").execute(rows).fetchall())


def test_dask_workers_embed_the_batches_and_give_the_same_vectors(tmp_path, corpus):
    from vanban.flows.ingest import ingest
    from vanban.pipeline.index import search as search_mod
    from vanban.pipeline.index.vector import contents

    a = ingest([corpus], tmp_path / "a", workers=0)
    b = ingest([corpus], tmp_path / "b", workers=2, dask="local")
    assert b.runner == "dask" and a.index["embedded"] == b.index["embedded"] == b.index["dense"] == b.passages > 0
    search_mod._CACHE.clear()
    (ia, va), (ib, vb) = (contents(search_mod.load_indexes(tmp_path / s).vectors) for s in ("a", "b"))
    assert np.array_equal(ia, ib) and np.allclose(va, vb, atol=1e-5)


def test_run_is_reported_to_the_prefect_server(tmp_path, corpus):
    from prefect import get_client

    from vanban.flows.ingest import ingest

    report = ingest([sorted(corpus.iterdir())[0]], tmp_path / "s", workers=0,
                    index=False)
    with get_client(sync_client=True) as client:
        run = client.read_flow_run(report.flow_run_id)
        tasks = client.read_task_runs()
    assert run.state.is_completed() and "1 stored" in run.state.message
    assert {"discover", "plan", "analyze-batch"} <= {t.name.rsplit("-", 1)[0] for t in tasks}

    forced = ingest([sorted(corpus.iterdir())[0]], tmp_path / "s", workers=0,
                    index=False, force=True)
    assert (forced.stored, forced.skipped) == (1, 0)
    assert store.counts(store.connect(tmp_path / "s"))["documents"] == 1


def test_prune_removes_documents_of_deleted_files(tmp_path, corpus):
    from typer.testing import CliRunner

    from vanban.flows.ingest import ingest
    from vanban.cli import app

    docs = tmp_path / "docs"
    shutil.copytree(corpus, docs)
    st = tmp_path / "store"
    ingest([docs], st, workers=0, index=False)
    gone = sorted(docs.iterdir())[0]
    gone.unlink()
    result = CliRunner().invoke(app, ["prune", "--store", str(st), "--no-index", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["pruned"] == [str(gone.resolve())]
    assert store.counts(store.connect(st))["documents"] == 5


def test_missing_path_is_one_line_and_exit_2(tmp_path):
    from typer.testing import CliRunner

    from vanban.cli import app

    result = CliRunner().invoke(app, ["ingest", str(tmp_path / "khong-co"), "--store", str(tmp_path / "s")])
    assert result.exit_code == 2
    assert "khong-co: không có tệp hoặc thư mục này" in result.output


def test_prefect_yaml_deploys_the_ingest_flow_with_its_parameters():
    import inspect

    import yaml
    from prefect.flows import load_flow_from_entrypoint

    conf = yaml.safe_load((Path(__file__).resolve().parents[1] / "prefect.yaml").read_text())
    (dep,) = conf["deployments"]
    fl = load_flow_from_entrypoint(str(Path(__file__).resolve().parents[1] / dep["entrypoint"]))
    assert fl.name == "ingest"
    assert set(dep["parameters"]) <= set(inspect.signature(fl.fn).parameters)
    assert dep["schedules"][0]["cron"] == "0 2 * * *"


def test_outcomes_cross_processes_unchanged(corpus):
    import pickle

    from vanban.pipeline.workers import FileOutcome, process_file

    for path in sorted(corpus.iterdir())[:2]:
        outcome = process_file(str(path))
        assert outcome.ok and any(s.tokens for s in outcome.document.sentences)
        assert pickle.loads(pickle.dumps(outcome)) == outcome
    bad = FileOutcome("/x/hong.pdf", stage="read", reason="encrypted PDF")
    assert pickle.loads(pickle.dumps(bad)) == bad


def test_cli_ingest_is_searchable_by_words_at_once_and_index_embeds_the_rest(tmp_path, corpus):
    from typer.testing import CliRunner

    from vanban.cli import app

    st = tmp_path / "store"
    res = CliRunner().invoke(app, ["ingest", str(corpus), "--store", str(st), "--workers", "0", "--json"])
    assert res.exit_code == 0, res.output
    report = json.loads(res.stdout[res.stdout.index("{"):])
    assert report["index"]["passages"] == report["passages"] > 0 and report["index"]["dense"] == 0
    assert report["index"]["embedded"] == 0

    def found(query: str) -> dict:
        out = CliRunner().invoke(app, ["search", query, "--store", str(st), "--json", "-k", "3"])
        assert out.exit_code == 0, out.output
        return json.loads(out.stdout)

    words = found("chi bộ")
    assert words["hits"] and words["coverage"] == {"passages": report["passages"], "dense": 0, "share": 0.0}
    res = CliRunner().invoke(app, ["index", "--store", str(st), "--json"])
    assert res.exit_code == 0, res.output
    stats = json.loads(res.stdout[res.stdout.index("{"):])
    assert stats["added"] == 0 and stats["embedded"] + stats["cached"] == stats["dense"] == report["passages"]
    assert found("chi bộ")["coverage"]["share"] == 1.0
