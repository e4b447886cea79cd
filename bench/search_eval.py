"""Search quality: Recall@5 and MRR@10 of dense, lexical and hybrid, with and without diacritics.

    python bench/search_eval.py [--budget 120] [--corpus shared|corpora|heldout|heldoutN|realworld|all] [--misses] [--fusions]

Each corpus is ingested into a temporary store (analyze -> make_passages -> save_document ->
build_index). Scoring follows ../shared/corpus/README.md: a retrieved passage is relevant when it
comes from the quoted file and shares a run of >= 30 characters with the quote (whitespace
collapsed). Recall@5 = share of a query's relevant quotes found in the top 5, averaged over
queries; MRR@10 = 1 / rank of the first relevant passage in the top 10.

Embeddings are cached across runs in bench/out/embed-cache.sqlite (the encoder is deterministic),
so a re-run only encodes new passage text.

Query sets: ``shared`` (../shared/corpus/queries.json, 17), ``corpora`` (corpora/queries.json: 24
written while search was built, 26 marked ``"blind": true`` written afterwards by an annotator who
never ran the system) and ``heldout`` (tests/heldout/queries.json, 16 blind queries on 7 real
documents), and one set per later batch ``tests/heldoutN/`` that has a queries.json (blind queries
on real documents). ``--fusions`` scores each fusion candidate on the same dense and lexical runs, on
the "dev" queries (shared + the 24) and on the blind ones, so a choice made on one is checked on
the other. The "ceiling" is the best Recall@5 any ranking could reach (a query with 7 answers in 7
passages cannot find them all in 5).
"""
from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench._report import OUT, SHARED, emit  # noqa: E402
from vanban.pipeline import store as store_mod  # noqa: E402
from vanban.pipeline.analyze import analyze  # noqa: E402
from vanban.pipeline.errors import UnreadableDocument  # noqa: E402
from vanban.pipeline.index.build import build_index  # noqa: E402
from vanban.pipeline.index.passages import DEFAULT_BUDGET, make_passages  # noqa: E402
from vanban.pipeline.index.search import FUSION_DEPTH, fuse, fuse_convex, rank_passages, search  # noqa: E402
from vanban.pipeline.index.text import fold, parse_number_query  # noqa: E402
from vanban.pipeline.normalize import fold as normalize_query  # noqa: E402
from vanban.pipeline.text import plain_chars  # noqa: E402

CORPORA = {"shared": SHARED / "docs", "corpora": ROOT / "corpora"}
QUERIES = {"shared": SHARED / "queries.json", "corpora": ROOT / "corpora" / "queries.json"}
# every held-out batch with blind queries: tests/heldout/, tests/heldout4/, ...
for _batch in sorted((ROOT / "tests").glob("heldout*")):
    if (_batch / "queries.json").is_file():
        CORPORA[_batch.name] = _batch / "docs"
        QUERIES[_batch.name] = _batch / "queries.json"
# the blind sample of the real-document corpus: its 30 annotated documents, not all 346
_REALWORLD = ROOT / "tests" / "realworld"
if (_REALWORLD / "queries.json").is_file():
    CORPORA["realworld"] = _REALWORLD / "docs"
    QUERIES["realworld"] = _REALWORLD / "queries.json"
SELECTIONS = {"realworld": _REALWORLD / "blind_sample.json"}
# the later blind samples (tests/realworld/blind_sampleN.json, goldN/, queriesN.json)
for _n in sorted(int(q.stem[7:]) for q in _REALWORLD.glob("queries[0-9]*.json") if q.stem[7:].isdigit()):
    CORPORA[f"realworld{_n}"] = _REALWORLD / "docs"
    QUERIES[f"realworld{_n}"] = _REALWORLD / f"queries{_n}.json"
    SELECTIONS[f"realworld{_n}"] = _REALWORLD / f"blind_sample{_n}.json"
FORMATS = (".txt", ".md", ".pdf", ".docx")


def corpus_files(corpus: str) -> list[Path]:
    """The documents of a query set: its folder, or the files its selection names."""
    folder = CORPORA[corpus]
    if corpus in SELECTIONS:
        names = [e["file"] for e in json.loads(SELECTIONS[corpus].read_text(encoding="utf-8"))]
        return [folder / n for n in sorted(names)]
    return [f for f in sorted(folder.iterdir())
            if f.suffix.lower() in FORMATS and f.name.upper() != "README.MD"]
MODES = ("dense", "lexical", "hybrid")
CACHE = OUT / "embed-cache.sqlite"
RUN = 30


def _collapse(s: str) -> str:
    """Whitespace collapsed, and the typographic dashes, quotes and blanks folded as the stored text
    folds them (``plain_chars``): a quote copied from the source ("2026 – 2030") is found in the
    passage that holds it ("2026 - 2030")."""
    return " ".join(plain_chars(unicodedata.normalize("NFC", s)).split())


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


def ingest(files: list[Path], store_dir: Path, budget: int) -> dict:
    """analyze + make_passages + save_document for every document, then build_index."""
    t0 = time.perf_counter()
    conn = store_mod.connect(store_dir)
    docs = passages = 0
    for f in files:
        try:
            doc = analyze(f)
        except UnreadableDocument as err:  # reported and left out, as ``vanban ingest`` does
            print(f"bỏ qua {err}", file=sys.stderr)
            continue
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


def score_ranking(ranked: list[tuple[str, str]], rel: list[dict]) -> tuple[float, float, set[int]]:
    """(Recall@5, reciprocal rank of the first relevant in the top 10, quotes found in the top 5)
    of ``ranked`` = [(file name, passage text)] best first."""
    found: set[int] = set()
    first = None
    for rank, (name, text) in enumerate(ranked[:10], 1):
        for j, r in enumerate(rel):
            if name == Path(r["file"]).name and shares_run(text, r["quote"]):
                if rank <= 5:
                    found.add(j)
                if first is None:
                    first = rank
    return len(found) / len(rel), (1.0 / first if first else 0.0), found


def evaluate(store_dir: Path, queries: list[dict], fold_queries: bool = False) -> dict:
    """Per mode: mean Recall@5, MRR@10 and the per-query misses."""
    out = {}
    for mode in MODES:
        recalls, rrs, misses = [], [], []
        for q in queries:
            text = fold(q["query"]) if fold_queries else q["query"]
            hits = search(store_dir, text, k=10, mode=mode)
            rel = q["relevant"]
            r5, rr, found = score_ranking([(Path(h.doc_path).name, h.text) for h in hits], rel)
            recalls.append(r5)
            rrs.append(rr)
            if len(found) < len(rel):
                misses.append({"query": text, "found": f"{len(found)}/{len(rel)}", "first_rank": round(1 / rr) if rr else None,
                               "missed": [rel[j]["quote"][:70] for j in range(len(rel)) if j not in found],
                               "top": [f"{Path(h.doc_path).name[:28]}: {_collapse(h.text)[:70]}" for h in hits[:2]]})
        out[mode] = {"recall@5": sum(recalls) / len(recalls), "mrr@10": sum(rrs) / len(rrs), "misses": misses,
                     "per_query": list(zip(recalls, rrs))}
    return out


def ceiling(store_dir: Path, queries: list[dict]) -> float:
    """Mean over queries of the best Recall@5 a ranking could reach (greedy cover by 5 passages)."""
    conn = store_mod.connect(store_dir)
    rows = [(Path(r[0]).name, r[1]) for r in conn.execute(
        "SELECT d.path, p.text FROM passages p JOIN documents d ON d.id = p.doc_id")]
    conn.close()
    total = 0.0
    for q in queries:
        rel = q["relevant"]
        cover = [{j for j, r in enumerate(rel) if n == Path(r["file"]).name and shares_run(t, r["quote"])}
                 for n, t in rows]
        got: set[int] = set()
        for _ in range(5):
            best = max(cover, key=lambda c: len(c - got), default=set())
            got |= best
        total += len(got) / len(rel)
    return total / len(queries)


# --- fusion candidates, scored on the same dense and lexical runs --------------------------

FUSIONS = {
    "rrf k=60": lambda d, lx: fuse([d, lx], 10),
    "rrf k=60, dense x2": lambda d, lx: fuse([d, lx], 10, weights=(2.0, 1.0)),
    **{f"convex {norm} a={a}": (lambda d, lx, a=a, norm=norm: fuse_convex(d, lx, 10, a, norm))
       for norm in ("minmax", "z") for a in (0.2, 0.3, 0.4, 0.5, 0.7)},
    "dense only": lambda d, lx: d[:10],
    "lexical only": lambda d, lx: lx[:10],
}


def fusion_runs(store_dir: Path, queries: list[dict], fold_queries: bool) -> list[dict]:
    """For each query: the dense and lexical runs (depth FUSION_DEPTH), or the number-lookup hits."""
    conn = store_mod.connect(store_dir)
    rows = {r[0]: (Path(r[1]).name, r[2]) for r in conn.execute(
        "SELECT p.id, d.path, p.text FROM passages p JOIN documents d ON d.id = p.doc_id")}
    conn.close()
    out = []
    for q in queries:
        text = normalize_query(fold(q["query"]) if fold_queries else q["query"])
        if parse_number_query(text) is not None:  # the number lookup answers it, whatever the fusion
            hits = [(Path(h.doc_path).name, h.text) for h in search(store_dir, text, k=10)]
            out.append({"q": q, "fixed": hits})
            continue
        d = rank_passages(store_dir, text, FUSION_DEPTH, "dense")
        lx = rank_passages(store_dir, text, FUSION_DEPTH, "lexical")
        out.append({"q": q, "dense": d, "lexical": lx, "rows": rows})
    return out


def fusion_table(runs: list[dict]) -> dict[str, tuple[float, float]]:
    res = {}
    for name, f in FUSIONS.items():
        r5 = rr = 0.0
        for run in runs:
            ranked = run.get("fixed") or [run["rows"][pid] for pid, _ in f(run["dense"], run["lexical"])]
            a, b, _ = score_ranking(ranked, run["q"]["relevant"])
            r5, rr = r5 + a, rr + b
        res[name] = (r5 / len(runs), rr / len(runs))
    return res


def _line(label: str, res: dict, idx: list[int]) -> str:
    parts = []
    for m in MODES:
        pq = [res[m]["per_query"][i] for i in idx]
        parts.append(f"{m}: R@5 {sum(a for a, _ in pq) / len(pq):.3f} MRR@10 {sum(b for _, b in pq) / len(pq):.3f}")
    return f"{label:34s} " + "   ".join(parts)


def run(corpus: str, budget: int, show_misses: bool, keep: Path | None = None,
        fusions: bool = False) -> tuple[list[tuple[str, float | str, str]], dict]:
    """Rows for the report, and per-query results by pool ("dev"/"blind") for the summary."""
    rows: list[tuple[str, float | str, str]] = []
    pools: dict = {}
    qpath = QUERIES[corpus]
    if not qpath.is_file() or not CORPORA[corpus].is_dir():
        print(f"{corpus}: no corpus or queries at {qpath}; skipped")
        return rows, pools
    queries = json.loads(qpath.read_text(encoding="utf-8"))
    blind = [i for i, q in enumerate(queries) if q.get("blind")]
    dev = [i for i, q in enumerate(queries) if not q.get("blind")]
    with tempfile.TemporaryDirectory(prefix="vanban-eval-") as tmp:
        if keep is not None:  # keep the store for experiments (re-ingest is idempotent)
            tmp = keep / f"{corpus}-b{budget}"
        info = ingest(corpus_files(corpus), Path(tmp), budget)
        print(f"{corpus}: {info['documents']} documents, {info['passages']} passages (budget {budget}), "
              f"analyze {info['analyze_s']:.1f} s, index {info['index_s']:.1f} s ({info['embedded']} embedded); "
              f"{len(queries)} queries ({len(blind)} blind), Recall@5 ceiling {ceiling(Path(tmp), queries):.3f}")
        for folded in (False, True):
            res = evaluate(Path(tmp), queries, folded)
            tag = "unaccented" if folded else "accented"
            print(_line(f"  {corpus} {tag} (all {len(queries)})", res, list(range(len(queries)))))
            for name, idx in (("dev", dev), ("blind", blind)):
                if idx and len(idx) < len(queries):
                    print(_line(f"  {corpus} {tag} ({name} {len(idx)})", res, idx))
                if idx:
                    pool = pools.setdefault((name, tag), {m: [] for m in MODES})
                    for m in MODES:
                        pool[m] += [res[m]["per_query"][i] for i in idx]
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
            if fusions:
                runs = fusion_runs(Path(tmp), queries, folded)
                for name, idx in (("dev", dev), ("blind", blind)):
                    if idx:
                        pools.setdefault(("fusion", name, tag), []).extend(runs[i] for i in idx)
        rows.append((f"{corpus} passages (budget {budget} tokens)", info["passages"], "passages"))
    return rows, pools


def summary(pools: dict) -> list[tuple[str, float | str, str]]:
    """Recall@5 / MRR@10 per mode over the dev pool and the blind pool (micro-averaged over queries)."""
    rows = []
    print("\nPools: dev = shared + the corpora queries written while building search; "
          "blind = corpora queries marked blind + held-out")
    plain = {k: v for k, v in pools.items() if k[0] != "fusion"}
    for tag in {t for _, t in plain}:  # every query once: dev + blind
        parts = [v for (n, t), v in plain.items() if t == tag]
        plain[("all", tag)] = {m: [x for v in parts for x in v[m]] for m in MODES}
    for (name, tag), pool in sorted(plain.items()):
        n = len(pool["dense"])
        parts = []
        for m in MODES:
            r5 = sum(a for a, _ in pool[m]) / n
            mrr = sum(b for _, b in pool[m]) / n
            parts.append(f"{m}: R@5 {r5:.3f} MRR@10 {mrr:.3f}")
            rows.append((f"{name} pool {tag} {m} Recall@5 ({n} queries)", round(r5, 3), ""))
            rows.append((f"{name} pool {tag} {m} MRR@10 ({n} queries)", round(mrr, 3), ""))
        print(f"  {name:5s} {tag:10s} ({n:2d} q)  " + "   ".join(parts))
    fus = {k[1:]: v for k, v in pools.items() if k[0] == "fusion"}
    if fus:
        print("\nFusion candidates (same dense and lexical runs; number lookups fixed), R@5 / MRR@10:")
        keys = sorted(fus)
        print(f"  {'':22s}" + "".join(f"{n + ' ' + t[:5]:>18s}" for n, t in keys))
        tables = {k: fusion_table(fus[k]) for k in keys}
        for cand in FUSIONS:
            print(f"  {cand:22s}" + "".join(f"{tables[k][cand][0]:>10.3f} /{tables[k][cand][1]:.3f}" for k in keys))
            for k in keys:
                rows.append((f"fusion {cand} {k[0]} {k[1]} Recall@5", round(tables[k][cand][0], 3), ""))
        dev = [k for k in keys if k[0] == "dev"]
        if dev:  # the choice: best mean Recall@5 on dev (accented and unaccented), then MRR@10
            fused = [c for c in FUSIONS if not c.endswith(" only")]
            best = max(fused, key=lambda c: (round(sum(tables[k][c][0] for k in dev), 6),
                                             sum(tables[k][c][1] for k in dev)))
            blind = [k for k in keys if k[0] == "blind"]
            print(f"  chosen on dev: {best}" + "".join(
                f"; {k[0]} {k[1][:5]} {tables[k][best][0]:.3f} (dense {tables[k]['dense only'][0]:.3f}, "
                f"lexical {tables[k]['lexical only'][0]:.3f})" for k in dev + blind))
            rows.append(("fusion chosen on dev", best, ""))
    return rows


def main(argv: list[str] | None = None) -> list[tuple[str, float | str, str]]:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--budget", type=int, default=DEFAULT_BUDGET)
    ap.add_argument("--corpus", choices=(*CORPORA, "all"), default="all")
    ap.add_argument("--misses", action="store_true", default=True)
    ap.add_argument("--no-misses", dest="misses", action="store_false")
    ap.add_argument("--fusions", action="store_true", help="score every fusion candidate on dev and blind pools")
    ap.add_argument("--keep", type=Path, default=None, help="keep the stores under this folder")
    ap.add_argument("--no-emit", action="store_true", help="do not write bench/out/search_eval.json")
    args = ap.parse_args(argv)
    rows, pools = [], {}
    for corpus in (tuple(CORPORA) if args.corpus == "all" else (args.corpus,)):
        r, p = run(corpus, args.budget, args.misses, args.keep, args.fusions)
        rows += r
        for k, v in p.items():
            if k[0] == "fusion":
                pools.setdefault(k, []).extend(v)
            else:
                tgt = pools.setdefault(k, {m: [] for m in MODES})
                for m in MODES:
                    tgt[m] += v[m]
    rows += summary(pools)
    if not args.no_emit:
        print()
        emit("search_eval", rows)
    return rows


if __name__ == "__main__":
    main()
