"""Cost of adding 10 documents to the index of a store of 1,000 and of 10,000 documents.

    python bench/bench_index_update.py [--docs 1000,10000] [--per-doc 20] [--runs 5]

Each store is built synthetically: documents and passages inserted directly (20 passages of 30
words drawn from the real corpus's vocabulary per document, as bench_search.py does), indexed
once through ``write_index`` with synthetic vectors. Then, ``--runs`` times: 10 more documents
are inserted and ``update_index`` takes them in (lexical segment, then the dense stage with a
synthetic encoder that returns fixed random unit vectors, so the encoder's own time, the same
for any store, is left out), timed by wall clock with the load average. An update that
rebuilt from the whole store would cost 10x more on the larger store; an incremental one the
same (target: within 1.5x).
"""
from __future__ import annotations

import argparse
import hashlib
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench._report import emit  # noqa: E402
from bench.bench_search import loadavg, synthetic_texts  # noqa: E402
from vanban.pipeline import store as store_mod  # noqa: E402
from vanban.pipeline.index import embed  # noqa: E402
from vanban.pipeline.index.build import read_meta, update_index, write_index  # noqa: E402

ENCODER = "synthetic"


class SyntheticEncoder:
    """Unit vectors from each text's sha1: the index machinery without the encoder's cost."""
    name, dim = ENCODER, 384

    def _vec(self, t: str) -> np.ndarray:
        seed = int.from_bytes(hashlib.sha1(t.encode("utf-8")).digest()[:8], "little")
        v = np.random.default_rng(seed).normal(size=self.dim).astype(np.float32)
        return v / np.linalg.norm(v)

    def encode_passages(self, texts: list[str]) -> np.ndarray:
        return np.stack([self._vec(t) for t in texts]) if texts else np.zeros((0, self.dim), np.float32)

    encode_queries = encode_passages


def insert(conn, first_doc: int, n_docs: int, first_pid: int, per_doc: int, texts: list[str]) -> int:
    """``n_docs`` documents of ``per_doc`` passages; returns the next passage id."""
    conn.executemany(
        "INSERT INTO documents (id, path, sha256, pipeline_version, format, doc_type, issuer, year, title,"
        " metadata_json, text, source_text, offsets_json) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [(d, f"/synthetic/doc{d}.txt", "x", "bench", "txt", "Báo cáo", "Huyện ủy Bảo Lâm", 2006 + d % 20,
          f"Văn bản {d}", "{}", "", "", "{}") for d in range(first_doc, first_doc + n_docs)])
    rows = []
    pid = first_pid
    for d in range(first_doc, first_doc + n_docs):
        for seq in range(per_doc):
            rows.append((pid, d, seq, None, "", 0, 100, texts[pid % len(texts)], 2006 + d % 20, None, None,
                         f"h{pid}"))
            pid += 1
    conn.executemany("INSERT INTO passages (id, doc_id, seq, section, heading_path, start, end, text, year,"
                     " issuer, doc_type, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", rows)
    conn.commit()
    return pid


def one_store(folder: Path, n_docs: int, per_doc: int, runs: int, texts: list[str]) -> list[tuple]:
    enc = SyntheticEncoder()
    conn = store_mod.connect(folder)
    t0 = time.perf_counter()
    next_pid = insert(conn, 1, n_docs, 1, per_doc, texts)
    ids = np.arange(1, next_pid, dtype=np.int64)
    write_index(folder, ids, enc.encode_passages([f"h{i}" for i in ids]),
                [texts[i % len(texts)] for i in ids], ENCODER, generation=store_mod.generation(conn))
    built = time.perf_counter() - t0
    walls, loads = [], []
    for r in range(runs):
        next_pid = insert(conn, n_docs + 1 + 10 * r, 10, next_pid, per_doc, texts)
        load = loadavg()
        t = time.perf_counter()
        stats = update_index(folder, ENCODER)
        walls.append(time.perf_counter() - t)
        loads.append(load)
        assert stats.added == 10 * per_doc and stats.dense == stats.passages == next_pid - 1
    conn.close()
    meta = read_meta(folder)
    label = f"{n_docs:,} documents ({len(ids):,} passages)"
    return [(f"{label}: build (synthetic, one segment)", round(built, 1), "s"),
            (f"{label}: add 10 documents ({10 * per_doc} passages), update_index median", round(statistics.median(walls), 3),
             f"s; runs {', '.join(f'{w:.3f}' for w in walls)}; load {min(loads):.1f}-{max(loads):.1f}"),
            (f"{label}: segments after the runs (lexical / vectors)", f"{len(meta['lexical'])} / {len(meta['vectors'])}", "")]


def main(argv: list[str] | None = None) -> list:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", default="1000,10000")
    ap.add_argument("--per-doc", type=int, default=20)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args(argv)
    embed._ENCODERS[ENCODER] = SyntheticEncoder()
    texts = synthetic_texts(20_000, np.random.default_rng(0))
    rows: list[tuple] = []
    medians = []
    for n in (int(x) for x in args.docs.split(",")):
        with tempfile.TemporaryDirectory(prefix="vanban-update-") as tmp:
            got = one_store(Path(tmp), n, args.per_doc, args.runs, texts)
            rows += got
            medians.append(got[1][1])
            print(*got, sep="\n", file=sys.stderr, flush=True)
    if len(medians) >= 2:
        rows.append(("add 10 documents: largest store / smallest (target <= 1.5)",
                     round(medians[-1] / medians[0], 2), "ratio"))
    emit("bench_index_update", rows)
    return rows


if __name__ == "__main__":
    main()
