"""Which tokens should BM25 index? Syllables plus syllable pairs (what vanban does) against
syllables plus underthesea words, and underthesea words alone.

    python bench/bench_lexical_tokens.py

Same stores, queries and scoring as bench/search_eval.py (Recall@5 over the dev and the blind
pools, accented and unaccented); each variant is scored alone and fused with the same dense run
(the hybrid vanban uses). underthesea segments words from tones, so it is run on the accented
text; an unaccented query is segmented as typed.
"""
from __future__ import annotations

import json
import re
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench._report import emit  # noqa: E402
from bench.search_eval import CORPORA, QUERIES, corpus_files, ingest, score_ranking  # noqa: E402
from vanban.pipeline import store as store_mod  # noqa: E402
from vanban.pipeline.index.build import lexical_text  # noqa: E402
from vanban.pipeline.index.lexical import FOLDED_WEIGHT, _bm25  # noqa: E402
from vanban.pipeline.index.passages import DEFAULT_BUDGET  # noqa: E402
from vanban.pipeline.index.search import (  # noqa: E402
    FUSION_DEPTH, HYBRID_ALPHA, HYBRID_NORM, fuse_convex, load_indexes, rank_passages)
from vanban.pipeline.index.text import fold, find_numbers, has_diacritics, lexical_tokens, parse_number_query  # noqa: E402,E501
from vanban.pipeline.normalize import fold as normalize_query  # noqa: E402

VARIANTS = ("syllables + pairs", "syllables + words", "words")
_CLAUSE = re.compile(r"[.,;:!?()\[\]\"“”\n]+")


def tokens(text: str, variant: str, folded: bool) -> list[str]:
    if variant == "syllables + pairs":
        return lexical_tokens(text, folded=folded)
    from underthesea import word_tokenize

    words, multi = [], []
    for clause in _CLAUSE.split(text):
        for w in word_tokenize(clause) if clause.strip() else ():
            if any(c.isalnum() for c in w):
                tok = (fold(w) if folded else w).lower().replace(" ", "_")
                words.append(tok)
                if " " in w:
                    multi.append(tok)
    if variant == "words":  # underthesea's words, and document numbers as one token
        return words + [key.token for _s, _e, key in find_numbers(text)]
    return lexical_tokens(text, folded=folded, bigrams=False) + multi


def lexical_run(fields: dict, query: str, variant: str, ids: np.ndarray) -> list[tuple[int, float]]:
    total = np.zeros(len(ids), np.float32)
    accented = has_diacritics(query)
    for folded, weight in ([(True, FOLDED_WEIGHT), (False, 1.0)] if accented else [(True, 1.0)]):
        bm = fields[folded]
        tids = bm.get_tokens_ids(tokens(query, variant, folded))
        if tids:
            total += weight * bm.get_scores_from_ids(tids)
    top = np.argsort(-total, kind="stable")[:FUSION_DEPTH]
    return [(int(ids[i]), float(total[i])) for i in top if total[i] > 0]


def main() -> list[tuple[str, float | str, str]]:
    # scores[(variant, mode, pool, tag)] = per-query Recall@5
    scores: dict[tuple[str, str, str, str], list[float]] = {}
    for corpus in CORPORA:
        if not QUERIES[corpus].is_file() or not CORPORA[corpus].is_dir():
            print(f"{corpus}: not here, skipped")
            continue
        queries = json.loads(QUERIES[corpus].read_text(encoding="utf-8"))
        with tempfile.TemporaryDirectory(prefix="vanban-lex-") as tmp:
            store = Path(tmp)
            ingest(corpus_files(corpus), store, DEFAULT_BUDGET)
            conn = store_mod.connect(store)
            rows = conn.execute("SELECT p.id, p.heading_path, p.text, d.path FROM passages p "
                                "JOIN documents d ON d.id = p.doc_id ORDER BY p.id").fetchall()
            conn.close()
            ids = np.array([r[0] for r in rows], dtype=np.int64)
            texts = [lexical_text(r[1], r[2]) for r in rows]
            names = {r[0]: (Path(r[3]).name, r[2]) for r in rows}
            fields = {v: {f: _bm25([tokens(t, v, f) or [""] for t in texts]) for f in (False, True)}
                      for v in VARIANTS}
            load_indexes(store)
            for q in queries:
                pool = "blind" if q.get("blind") else "dev"
                for tag, text in (("accented", q["query"]), ("unaccented", fold(q["query"]))):
                    text = normalize_query(text)
                    if parse_number_query(text) is not None:
                        continue  # the number lookup answers these, whatever the tokens
                    dense = rank_passages(store, text, FUSION_DEPTH, "dense")
                    for v in VARIANTS:
                        lx = lexical_run(fields[v], text, v, ids)
                        hybrid = fuse_convex(dense, lx, 10, HYBRID_ALPHA, HYBRID_NORM)
                        for mode, run in (("lexical", lx), ("hybrid", hybrid)):
                            r5, _, _ = score_ranking([names[pid] for pid, _ in run[:10]], q["relevant"])
                            scores.setdefault((v, mode, pool, tag), []).append(r5)
    rows: list[tuple[str, float | str, str]] = []
    print(f"\n{'tokens':20s} {'mode':8s} " + " ".join(f"{p + ' ' + t[:5]:>12s}" for p in ("dev", "blind")
                                                    for t in ("accented", "unaccented")))
    for v in VARIANTS:
        for mode in ("lexical", "hybrid"):
            vals = []
            for pool in ("dev", "blind"):
                for tag in ("accented", "unaccented"):
                    got = scores.get((v, mode, pool, tag), [])
                    r5 = sum(got) / len(got) if got else float("nan")
                    vals.append(r5)
                    rows.append((f"{v}: {mode} Recall@5, {pool} {tag} ({len(got)} queries)", round(r5, 3), ""))
            print(f"{v:20s} {mode:8s} " + " ".join(f"{x:12.3f}" for x in vals))
    print()
    emit("lexical_tokens", rows)
    return rows


if __name__ == "__main__":
    main()
