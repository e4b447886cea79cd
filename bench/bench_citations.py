"""Citations on every gold set and over the real-document corpus (issue 18).

    python bench/bench_citations.py [--no-corpus] [--workers 2]

1. For each gold set (the blind samples ``tests/realworld/gold`` and ``gold2``, ``tests/heldout4``,
   ``tests/heldout``, ``tests/heldout2`` and the shared corpus beside the checkout): citation precision, recall and
   F1 and citation-date accuracy, as ``vanban eval`` scores them (``pipeline.evaluate``).
2. Over the 346 documents of ``tests/realworld/manifest.jsonl`` (read, normalised, citations found):
   the citation invariants against the source's own number: the own number cited, a number that
   does not parse into type and issuer code, an invalid date; and how many citations there are.

Figures go to ``bench/out/citations.json``.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from multiprocessing import get_context
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench._report import SHARED, emit  # noqa: E402

# (name, gold folder, documents folder)
SETS = [("blind sample (30)", ROOT / "tests" / "realworld" / "gold", ROOT / "tests" / "realworld" / "docs"),
        ("second blind sample (10)", ROOT / "tests" / "realworld" / "gold2", ROOT / "tests" / "realworld" / "docs"),
        ("third blind sample (12)", ROOT / "tests" / "realworld" / "gold3", ROOT / "tests" / "realworld" / "docs"),
        ("fourth blind sample (12)", ROOT / "tests" / "realworld" / "gold4", ROOT / "tests" / "realworld" / "docs")]
SETS += [(name, folder / "gold", folder / "docs") for name, folder in (
    ("heldout4", ROOT / "tests" / "heldout4"), ("heldout", ROOT / "tests" / "heldout"),
    ("heldout2", ROOT / "tests" / "heldout2"), ("shared corpus", SHARED))]
REALWORLD = ROOT / "tests" / "realworld"


def gold_rows() -> list[tuple[str, float | str, str]]:
    from vanban.pipeline.evaluate import evaluate
    rows = []
    for name, gold, docs in SETS:
        if not gold.is_dir():
            continue
        r = evaluate(gold, docs)
        f, d = r.fields["citations"], r.citation_date_accuracy
        rows += [(f"{name}: citations P / R / F1", f"{f.precision:.3f} / {f.recall:.3f} / {f.f1:.3f}",
                  f"tp {f.tp} fp {f.fp} fn {f.fn}"),
                 (f"{name}: citation-date accuracy", round(d.value, 3), f"of {d.total}")]
    return rows


def _one(entry: dict) -> dict:
    from vanban.pipeline.evaluate_corpus import number_key
    from vanban.pipeline.extract.citations import find_citations
    from vanban.pipeline.normalize import normalize
    from vanban.pipeline.read import read_document
    try:
        cites = find_citations(normalize(read_document(REALWORLD / "docs" / entry["file"])).text)
    except Exception as err:  # noqa: BLE001 - a bad document is a result
        return {"file": entry["file"], "error": f"{type(err).__name__}: {err}"[:200]}
    own = number_key(entry["number"]) if entry.get("number") else None
    broken = Counter()
    for c in cites:
        if c.number and own and number_key(c.number) == own:
            broken["own number cited"] += 1
        if c.number and (not c.type_code or not c.issuer_code):
            broken["number not parsed into type and issuer code"] += 1
        if c.date and not c.date_valid:
            broken["invalid citation date"] += 1
    return {"file": entry["file"], "citations": len(cites), "broken": dict(broken)}


def corpus_rows(workers: int) -> list[tuple[str, float | str, str]]:
    manifest = REALWORLD / "manifest.jsonl"
    if not manifest.is_file():
        return []
    entries = [json.loads(line) for line in manifest.read_text(encoding="utf-8").splitlines() if line.strip()]
    with get_context("fork").Pool(workers) as pool:
        results = list(pool.imap_unordered(_one, entries, chunksize=4))
    failed = [r for r in results if "error" in r]
    ok = [r for r in results if "error" not in r]
    rows = [("corpus documents read", len(ok), f"of {len(entries)}"),
            ("corpus citations found", sum(r["citations"] for r in ok), "citations")]
    for what in ("own number cited", "number not parsed into type and issuer code", "invalid citation date"):
        n = sum(r["broken"].get(what, 0) for r in ok)
        docs = sum(1 for r in ok if r["broken"].get(what))
        rows.append((f"corpus invariant broken: {what}", n, f"in {docs} documents"))
    for r in failed:
        print(f"error {r['file']}: {r['error']}")
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-corpus", action="store_true", help="the gold sets only")
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    rows = gold_rows()
    if not args.no_corpus:
        rows += corpus_rows(args.workers)
    rows.append(("wall time", round(time.perf_counter() - t0, 1), "s"))
    emit("citations", rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
