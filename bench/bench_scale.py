"""Analysis throughput against document size: is the cost per KB the same at 20 KB and at 10 MB?

What ``vanban extract`` does to one file (``pipeline.analyze.analyze``: read, normalise, structure,
segment with underthesea's words, extract citations, dates, quantities, roles and directives), in
one process, on documents of 20 KB, 200 KB, 2 MB and 10 MB made by repeating a real report: the
shared corpus's Bảo Lâm report (``../shared/corpus/docs/000_baolam_bc_nq20.txt``) or, where the
shared corpus is absent, the demo corpus's report in ``corpora/``. Reported per size: CPU time and
wall time of one analysis (the best of a few where that is cheap), KB/s per core (by CPU time),
KB/s by wall time, and the process's peak memory so far; then the per-KB rate of the largest
document against the smallest. A 1.4 MB copy took 30 s and a 10 MB one 9.5 minutes before the
look-ups inside loops over the document were made logarithmic.

Run from the repository root: ``.venv/bin/python bench/bench_scale.py`` (about 2 minutes);
``--sizes 20,200`` measures other sizes (in KB).
"""
from __future__ import annotations

import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench._report import SHARED, emit  # noqa: E402

SIZES_KB = (20, 200, 2_000, 10_000)
SOURCES = (SHARED / "docs" / "000_baolam_bc_nq20.txt",
           ROOT / "corpora" / "2023_bc_ket_qua_chuyen_doi_so_2022_ubnd_bao_lam.txt")


def source() -> Path:
    return next(p for p in SOURCES if p.is_file())


def repeated(text: str, kb: int) -> str:
    """``text`` repeated to ``kb`` KB of UTF-8, cut at a line end."""
    text = text if text.endswith("\n") else text + "\n"
    want = kb * 1024
    copies = want // len(text.encode("utf-8")) + 1
    out = (text * copies).encode("utf-8")[:want].decode("utf-8", "ignore")
    return out[:out.rfind("\n") + 1] or out


def measure(path: Path, runs: int) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of the best of ``runs`` analyses of ``path``."""
    from vanban.pipeline.analyze import analyze
    best_cpu = best_wall = float("inf")
    for _ in range(runs):
        c, w = time.process_time(), time.perf_counter()
        analyze(path)
        best_cpu = min(best_cpu, time.process_time() - c)
        best_wall = min(best_wall, time.perf_counter() - w)
    return best_cpu, best_wall


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024   # Linux: KB


def main(sizes_kb: tuple[int, ...] = SIZES_KB) -> None:
    from vanban.pipeline.analyze import analyze
    src = source()
    text = src.read_text(encoding="utf-8")
    rows: list[tuple[str, float | str, str]] = [
        ("source (repeated to each size)", src.name, ""),
    ]
    rates: dict[int, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        warm = Path(tmp) / "warm.txt"
        warm.write_text(text, encoding="utf-8")
        analyze(warm)   # underthesea's models and the word lists load once, outside the timing
        for kb in sizes_kb:
            path = Path(tmp) / f"report_{kb}kb.txt"
            path.write_text(repeated(text, kb), encoding="utf-8")
            size_kb = path.stat().st_size / 1024
            runs = 5 if kb <= 200 else (2 if kb <= 2_000 else 1)
            cpu, wall = measure(path, runs)
            rates[kb] = size_kb / cpu
            label = f"{kb / 1000:g} MB" if kb >= 1000 else f"{kb} KB"
            rows += [
                (f"{label}: analyze, CPU time (best of {runs})", round(cpu, 2), "s"),
                (f"{label}: analyze, wall time (best of {runs})", round(wall, 2), "s"),
                (f"{label}: throughput per core (CPU time)", round(rates[kb], 1), "KB/s"),
                (f"{label}: throughput (wall time)", round(size_kb / wall, 1), "KB/s"),
                (f"{label}: peak memory of the process so far", round(peak_mb()), "MB"),
            ]
            print(f"{label}: {cpu:.2f} s CPU, {wall:.2f} s wall, {rates[kb]:.1f} KB/s per core",
                  file=sys.stderr, flush=True)
    small, large = min(sizes_kb), max(sizes_kb)
    rows.append((f"per-KB rate at {large / 1000:g} MB / at {small} KB (1 = linear; target >= 0.7)",
                 round(rates[large] / rates[small], 2), "ratio"))
    rows.append(("slowest size, per core (target >= 150)", round(min(rates.values()), 1), "KB/s"))
    emit("scale", rows)


if __name__ == "__main__":
    if "--sizes" in sys.argv:
        main(tuple(int(x) for x in sys.argv[sys.argv.index("--sizes") + 1].split(",")))
    else:
        main()
