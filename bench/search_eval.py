"""Search quality: Recall@5 and MRR@10 of dense, lexical and hybrid, with and without diacritics.

    python bench/search_eval.py [--budget 120] [--corpus shared|corpora|all] [--misses]

Each corpus is ingested into a temporary store (analyze -> make_passages -> save_document ->
build_index). Scoring follows ../shared/corpus/README.md: a retrieved passage is relevant when it
comes from the quoted file and shares a run of >= 30 characters with the quote (whitespace
collapsed). Recall@5 = share of a query's relevant quotes found in the top 5, averaged over
queries; MRR@10 = 1 / rank of the first relevant passage in the top 10.

Embeddings are cached across runs in bench/out/embed-cache.sqlite (the encoder is deterministic),
so a re-run only encodes new passage text.
"""
from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench._report import OUT, SHARED, emit  # noqa: E402
from pipeline import store as store_mod  # noqa: E402
from pipeline.analyze import analyze  # noqa: E402
from pipeline.index.build import build_index  # noqa: E402
from pipeline.index.passages import DEFAULT_BUDGET, make_passages  # noqa: E402
from pipeline.index.search import search  # noqa: E402
from pipeline.index.text import fold  # noqa: E402

CORPORA = {"shared": SHARED / "docs", "corpora": ROOT / "corpora"}
QUERIES = {"shared": SHARED / "queries.json", "corpora": ROOT / "corpora" / "queries.json"}
MODES = ("dense", "lexical", "hybrid")
CACHE = OUT / "embed-cache.sqlite"
RUN = 30


def _collapse(s: str) -> str:
    return " ".join(s.split())


def shares_run(passage: str, quote: str, run: int = RUN) -> bool:
    p, q = _collapse(passage), _collapse(quote)
    if len(q) < run:
        return q in p
    return any(q[i:i + run] in p for i in range(0, len(q) - run + 1))


def _seed_cache(store_dir: Path) -> None:
    if not CACHE.is_file():
        return
    conn = store_mod.connect(store_dir)
    conn.execute("ATTACH DATABASE ? AS c", (str(CACHE),))
    conn.execute("INSERT OR IGNORE INTO embeddings SELECT * FROM c.embeddings")
    conn.commit()
    conn.execute("DETACH DATABASE c")
    conn.close()


def _save_cache(store_dir: Path) -> None:
    OUT.mkdir(exist_ok=True)
    c = sqlite3.connect(CACHE)
    c.execute("CREATE TABLE IF NOT EXISTS embeddings (hash TEXT NOT NULL, encoder TEXT NOT NULL, "
              "vector BLOB NOT NULL, PRIMARY KEY (hash, encoder))")
    c.execute("ATTACH DATABASE ? AS s", (str(store_dir / "vanban.sqlite"),))
    c.execute("INSERT OR IGNORE INTO embeddings SELECT * FROM s.embeddings")
    c.commit()
    c.close()


def ingest(corpus_dir: Path, store_dir: Path, budget: int) -> dict:
    """analyze + make_passages + save_document for every document, then build_index."""
    t0 = time.perf_counter()
    conn = store_mod.connect(store_dir)
    docs = passages = 0
    for f in sorted(corpus_dir.iterdir()):
        if f.suffix.lower() not in (".txt", ".md", ".pdf", ".docx") or f.name.upper() == "README.md".upper():
            continue
        doc = analyze(f)
        ps = make_passages(doc, budget_tokens=budget)
        store_mod.save_document(conn, doc, ps)
        docs, passages = docs + 1, passages + len(ps)
    conn.close()
    t1 = time.perf_counter()
    _seed_cache(store_dir)
    stats = build_index(store_dir)
    _save_cache(store_dir)
    return {"documents": docs, "passages": passages, "analyze_s": t1 - t0,
            "index_s": stats.seconds, "embedded": stats.embedded}


def evaluate(store_dir: Path, queries: list[dict], fold_queries: bool = False) -> dict:
    """Per mode: mean Recall@5, MRR@10 and the per-query misses."""
    out = {}
    for mode in MODES:
        recalls, rrs, misses = [], [], []
        for q in queries:
            text = fold(q["query"]) if fold_queries else q["query"]
            hits = search(store_dir, text, k=10, mode=mode)
            rel = q["relevant"]
            found = set()
            first = None
            for rank, h in enumerate(hits, 1):
                for j, r in enumerate(rel):
                    if Path(h.doc_path).name == Path(r["file"]).name and shares_run(h.text, r["quote"]):
                        if rank <= 5:
                            found.add(j)
                        if first is None:
                            first = rank
            recalls.append(len(found) / len(rel))
            rrs.append(1.0 / first if first else 0.0)
            if len(found) < len(rel):
                misses.append({"query": text, "found": f"{len(found)}/{len(rel)}", "first_rank": first,
                               "missed": [rel[j]["quote"][:70] for j in range(len(rel)) if j not in found],
                               "top": [f"{Path(h.doc_path).name[:28]}: {_collapse(h.text)[:70]}" for h in hits[:2]]})
        out[mode] = {"recall@5": sum(recalls) / len(recalls), "mrr@10": sum(rrs) / len(rrs), "misses": misses}
    return out


def run(corpus: str, budget: int, show_misses: bool, keep: Path | None = None) -> list[tuple[str, float | str, str]]:
    rows: list[tuple[str, float | str, str]] = []
    qpath = QUERIES[corpus]
    if not qpath.is_file() or not CORPORA[corpus].is_dir():
        print(f"{corpus}: no corpus or queries at {qpath}; skipped")
        return rows
    queries = json.loads(qpath.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory(prefix="vanban-eval-") as tmp:
        if keep is not None:  # keep the store for experiments (re-ingest is idempotent)
            tmp = keep / f"{corpus}-b{budget}"
        info = ingest(CORPORA[corpus], Path(tmp), budget)
        print(f"{corpus}: {info['documents']} documents, {info['passages']} passages (budget {budget}), "
              f"analyze {info['analyze_s']:.1f} s, index {info['index_s']:.1f} s ({info['embedded']} embedded)")
        for folded in (False, True):
            res = evaluate(Path(tmp), queries, folded)
            tag = "unaccented" if folded else "accented"
            print(f"\n{corpus} {tag} ({len(queries)} queries)   " +
                  "   ".join(f"{m}: R@5 {res[m]['recall@5']:.3f} MRR@10 {res[m]['mrr@10']:.3f}" for m in MODES))
            for m in MODES:
                rows.append((f"{corpus} {tag} {m} Recall@5", round(res[m]["recall@5"], 3), ""))
                rows.append((f"{corpus} {tag} {m} MRR@10", round(res[m]["mrr@10"], 3), ""))
            if show_misses:
                for m in MODES:
                    for miss in res[m]["misses"]:
                        print(f"  miss [{m}] {miss['query'][:60]!r} found {miss['found']} first@{miss['first_rank']}")
                        for quote in miss["missed"]:
                            print(f"      wanted: {quote}")
                        for top in miss["top"]:
                            print(f"      got:    {top}")
        rows.append((f"{corpus} passages (budget {budget} tokens)", info["passages"], "passages"))
    return rows


def main(argv: list[str] | None = None) -> list[tuple[str, float | str, str]]:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--budget", type=int, default=DEFAULT_BUDGET)
    ap.add_argument("--corpus", choices=("shared", "corpora", "all"), default="all")
    ap.add_argument("--misses", action="store_true", default=True)
    ap.add_argument("--no-misses", dest="misses", action="store_false")
    ap.add_argument("--keep", type=Path, default=None, help="keep the stores under this folder")
    ap.add_argument("--no-emit", action="store_true", help="do not write bench/out/search_eval.json")
    args = ap.parse_args(argv)
    rows = []
    for corpus in (("shared", "corpora") if args.corpus == "all" else (args.corpus,)):
        rows += run(corpus, args.budget, args.misses, args.keep)
    if not args.no_emit:
        print()
        emit("search_eval", rows)
    return rows


if __name__ == "__main__":
    main()
