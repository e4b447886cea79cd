"""Incremental indexes: an update takes only what was added or deleted, and what it builds
searches exactly like one index built over the same passages; search covers what the dense
stage has not reached yet by words."""
from __future__ import annotations

import numpy as np
import pytest

from vanban.pipeline import store as store_mod
from vanban.pipeline.index import search as search_mod
from vanban.pipeline.index.build import build_index, index_dir, lexical_text, read_meta, update_index
from vanban.pipeline.index.lexical import build_lexical_index
from vanban.pipeline.index.passages import make_passages
from vanban.pipeline.index.search import fuse_convex, index_coverage, search
from vanban.pipeline.index.vector import contents, load_vector_index
from tests._index_fixtures import DOCS, fill_store, make_document

QUERIES = ("chính sách thu hút nhân lực khoa học công nghệ", "giai ngan dau tu cong", "nghị quyết 20",
           "năng suất cà phê")


def _lexical(store) -> list:
    search_mod._CACHE.clear()
    return [[(h.passage_id, round(h.score, 4)) for h in search(store, q, k=8, mode="lexical")] for q in QUERIES]


def _store_ids(store) -> list[int]:
    conn = store_mod.connect(store)
    try:
        return [r[0] for r in conn.execute("SELECT id FROM passages ORDER BY id")]
    finally:
        conn.close()


def _index_ids(store) -> tuple[list[int], list[int]]:
    """Passage ids the loaded lexical and vector indexes hold."""
    search_mod._CACHE.clear()
    loaded = search_mod.load_indexes(store)
    vec = sorted(contents(loaded.vectors)[0].tolist()) if loaded.vectors is not None else []
    return sorted(loaded.lexical.ids.tolist()), vec


def _replace(store, name: str, extra: str) -> None:
    """Re-ingest ``name`` with changed text (its old passages go, new ones come)."""
    folder = store.parent / (store.name + "-docs")
    DOCS[name]["text"], old = DOCS[name]["text"] + extra, DOCS[name]["text"]
    try:
        doc = make_document(name, folder)
    finally:
        DOCS[name]["text"] = old
    conn = store_mod.connect(store)
    store_mod.save_document(conn, doc, make_passages(doc, budget_tokens=40))
    conn.close()


def test_one_update_per_document_searches_like_one_index_of_all(tmp_path):
    names = tuple(DOCS)
    step, once = tmp_path / "step" / "store", tmp_path / "once" / "store"
    for name in names:
        fill_store(step, names=(name,))
        st = update_index(step, dense=False)
        assert st.added > 0 and st.embedded == 0
    fill_store(once, names=names)
    update_index(once, dense=False)
    assert _store_ids(step) == _store_ids(once)
    assert _lexical(step) == _lexical(once)
    assert index_coverage(step) == {"passages": len(_store_ids(step)), "dense": 0, "share": 0.0}


def test_reingest_takes_old_passages_out_of_both_indexes(tmp_path):
    st = tmp_path / "store"
    fill_store(st, names=("nq20.txt", "baolam_2022.txt"))
    build_index(st)
    before = _store_ids(st)
    _replace(st, "baolam_2022.txt", "\nIII. BỔ SUNG\nHuyện tổ chức hội thảo về năng suất cà phê.\n")
    stats = build_index(st)
    after = _store_ids(st)
    assert stats.removed > 0 and stats.added > 0 and stats.embedded + stats.cached == stats.added
    assert set(after) != set(before)
    lexical_ids, vector_ids = _index_ids(st)
    assert lexical_ids == vector_ids == after              # nothing duplicated, nothing lost
    assert stats.passages == stats.dense == len(after)
    # and the lexical scores are those of one index built over the store as it is now
    conn = store_mod.connect(st)
    rows = conn.execute("SELECT id, heading_path, text, context FROM passages ORDER BY id").fetchall()
    conn.close()
    fresh = build_lexical_index(np.array([r[0] for r in rows]), [lexical_text(r[1], r[2], r[3]) for r in rows])
    search_mod._CACHE.clear()
    loaded = search_mod.load_indexes(st)
    for q in QUERIES:
        assert np.allclose(loaded.lexical.scores(q), fresh.scores(q), atol=1e-5)


def test_many_small_updates_keep_few_segments_and_the_right_passages(tmp_path):
    st = tmp_path / "store"
    fill_store(st)
    update_index(st, dense=False)
    for i in range(12):
        _replace(st, "nq20.txt", f"\nIV. LẦN {i}\nBổ sung lần thứ {i} về đào tạo nhân lực.\n")
        update_index(st, dense=False)
    meta = read_meta(st)
    assert len(meta["lexical"]) <= 4       # merged log-structured, not one per update
    assert _index_ids(st)[0] == _store_ids(st) and meta["count"] == len(_store_ids(st))
    named = {s["file"] for s in meta["lexical"] + meta["vectors"]} | {meta["removed"], "meta.json"}
    assert {f.name for f in index_dir(st).iterdir()} <= named   # merged-away files are gone


def test_dense_stage_resumes_chunk_by_chunk(tmp_path, monkeypatch):
    import vanban.pipeline.index.build as build_mod

    st = tmp_path / "store"
    fill_store(st)
    update_index(st, dense=False)
    calls = []
    real = build_mod._embed_chunk

    def stop_after_first(*a, **k):
        if calls:
            raise KeyboardInterrupt
        calls.append(1)
        return real(*a, **k)

    monkeypatch.setattr(build_mod, "_embed_chunk", stop_after_first)
    with pytest.raises(KeyboardInterrupt):
        build_mod.update_dense(st, chunk=2)
    assert index_coverage(st)["dense"] == 2          # the first chunk is kept
    monkeypatch.undo()
    meta, embedded, cached = build_mod.update_dense(st, chunk=2)
    assert meta["dense"] == meta["count"] and embedded + cached == meta["count"] - 2
    assert len(meta["vectors"]) <= 3
    assert _index_ids(st)[1] == _store_ids(st)


def test_passages_without_a_vector_rank_by_their_words():
    dense = [(1, 0.90), (2, 0.89), (3, 0.88)]
    lexical = [(9, 30.0), (1, 10.0), (2, 9.0)]
    # 9 is above the dense high-water mark: no vector yet, its clear lexical lead is kept
    covered = fuse_convex(dense, lexical, 3, alpha=0.3, dense_upto=5)
    assert covered[0][0] == 9
    # were it covered, missing from the dense list would count as the dense side's lowest score
    assert [p for p, _ in fuse_convex(dense, lexical, 3, alpha=0.9)][0] == 1


def test_lexical_only_index_answers_every_mode_by_words(tmp_path):
    st = tmp_path / "store"
    fill_store(st)
    update_index(st, dense=False)
    search_mod._CACHE.clear()
    lexical = [h.passage_id for h in search(st, QUERIES[0], k=5, mode="lexical")]
    assert lexical
    for mode in ("hybrid", "dense"):
        assert [h.passage_id for h in search(st, QUERIES[0], k=5, mode=mode)] == lexical
