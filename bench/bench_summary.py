"""Bench: summary time per document and per 10k words, on the shared and demo corpora.

Run from the repository root: ``python bench/bench_summary.py``. Documents are analysed first
(not timed); the figure is ``summarize`` alone, best of three runs per document, plus the
roles + directives step for reference.
"""
from __future__ import annotations

import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench._report import SHARED, emit  # noqa: E402
from vanban.pipeline.analyze import analyze  # noqa: E402
from vanban.pipeline.extract.directives import find_directives  # noqa: E402
from vanban.pipeline.extract.roles import assign_roles  # noqa: E402
from vanban.pipeline.summarize import summarize  # noqa: E402

SUFFIXES = {".txt", ".md", ".docx", ".pdf"}


def documents() -> list[Path]:
    out = [p for p in sorted((ROOT / "corpora").glob("*")) if p.suffix in SUFFIXES and p.name != "README.md"]
    if (SHARED / "docs").is_dir():
        out += sorted(p for p in (SHARED / "docs").glob("*") if p.suffix in SUFFIXES)
    return out


def best_of(fn, n: int = 3) -> float:
    best = float("inf")
    for _ in range(n):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def main() -> None:
    docs = [analyze(p) for p in documents()]
    words = sum(len(d.text.split()) for d in docs)
    t_sum = sum(best_of(lambda d=d: summarize(d)) for d in docs)
    t_ext = sum(best_of(lambda d=d: find_directives(assign_roles(replace(d, directives=())))) for d in docs)
    n = len(docs)
    emit("summary", [
        ("documents (shared + demo corpora)", n, "docs"),
        ("words in those documents", words, "words"),
        ("summarize: mean time per document", round(1000 * t_sum / n, 2), "ms"),
        ("summarize: time per 10k words", round(1000 * t_sum * 10000 / words, 2), "ms"),
        ("roles + directives: mean time per document", round(1000 * t_ext / n, 2), "ms"),
        ("roles + directives: time per 10k words", round(1000 * t_ext * 10000 / words, 2), "ms"),
    ])


if __name__ == "__main__":
    main()
