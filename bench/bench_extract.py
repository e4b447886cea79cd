"""Extraction throughput: citations + dates + quantities on normalised text, one core.

The shared documents, analysed (normalised) once, are concatenated and repeated to about 5 MB;
the three finders run over it and the rate is reported beside a plain ``re.finditer`` with one
number pattern over the same text (the floor no regex-based extractor can beat).
Run from the repo root: ``.venv/bin/python bench/bench_extract.py``.
"""
from __future__ import annotations

import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._report import SHARED, emit  # noqa: E402

TARGET_BYTES = 5_000_000


def corpus_text() -> str:
    from vanban.pipeline.analyze import analyze
    texts = []
    for p in sorted((SHARED / "docs").glob("*")):
        try:
            texts.append(analyze(p, extract=False).text)
        except Exception as err:  # a reader that is not there yet must not stop the bench
            print(f"skip {p.name}: {err}", file=sys.stderr)
    base = "\n\n".join(texts)
    n = max(1, TARGET_BYTES // max(1, len(base.encode("utf-8"))))
    return "\n\n".join([base] * n)


def clear_caches() -> None:
    """Each run sees the text as new: the finders share per-text caches (dates, numbers)."""
    from vanban.pipeline.extract.dates import _find_dates
    from vanban.pipeline.extract.numbers import digit_run_starts
    from vanban.pipeline.extract.patterns import doc_number_matches
    _find_dates.cache_clear()
    doc_number_matches.cache_clear()
    digit_run_starts.cache_clear()


def best_of(fn, text: str, runs: int = 3) -> float:
    best = float("inf")
    for _ in range(runs):
        clear_caches()
        t = time.perf_counter()
        fn(text)
        best = min(best, time.perf_counter() - t)
    return best


def main() -> None:
    from vanban.pipeline.extract.citations import find_citations
    from vanban.pipeline.extract.dates import find_dates
    from vanban.pipeline.extract.quantities import find_quantities

    text = corpus_text()
    mb = len(text.encode("utf-8")) / 1e6
    find_citations(text[:10000]), find_quantities(text[:10000])  # load the tables once

    number = re.compile(r"\d+(?:[.,/-]\d+)*")
    t_floor = best_of(lambda s: sum(1 for _ in number.finditer(s)), text)
    t_cit = best_of(find_citations, text, 3)
    t_dat = best_of(find_dates, text, 3)
    t_qty = best_of(find_quantities, text, 3)

    def all_three(s):
        find_citations(s), find_dates(s), find_quantities(s)
    t_all = best_of(all_three, text, 5)
    emit("extract", [
        ("text size (normalised shared docs, repeated)", round(mb, 2), "MB"),
        ("citations + dates + quantities", round(mb / t_all, 2), "MB/s"),
        ("citations alone (includes its own date pass)", round(mb / t_cit, 2), "MB/s"),
        ("dates alone", round(mb / t_dat, 2), "MB/s"),
        ("quantities alone (includes its own date pass)", round(mb / t_qty, 2), "MB/s"),
        ("floor: one re.finditer number pattern", round(mb / t_floor, 2), "MB/s"),
        ("mentions per MB (citations, dates, quantities)",
         " / ".join(str(round(len(f(text)) / mb)) for f in (find_citations, find_dates, find_quantities)), "per MB"),
    ])


if __name__ == "__main__":
    main()
