"""1,000 real documents end to end, as a user runs it: ``vanban ingest`` (searchable by words
when it returns), a search at once, then ``vanban index`` (the dense stage) under a time limit.

    python bench/bench_ingest_1k.py [--count 1000] [--index-limit SECONDS]

The documents: every text document (.txt, .md) of tests/realworld/docs, tests/heldout*/docs,
corpora/ and ../shared/corpus/docs, then copies of them until ``--count`` files, each copy
opening with a line "Bản sao số N" so that its content (and sha256) differs. PDFs are left out
(a scan is OCR'd for minutes, and a PDF cannot take the copy's first line); how many came from
each source is printed. ``vanban index`` runs for at most ``--index-limit`` seconds (default
600); it saves its work every 512 passages, so the passages embedded by then are measured and
the rest is reported as left, never extrapolated into a time.
"""
from __future__ import annotations

import argparse
import json
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench._report import SHARED, emit  # noqa: E402
from bench.bench_ingest import children_cpu, loadavg  # noqa: E402

QUERY = "giải pháp thu hút nguồn nhân lực khoa học công nghệ"


def sources() -> list[Path]:
    folders = [ROOT / "tests" / "realworld" / "docs", *sorted((ROOT / "tests").glob("heldout*/docs")),
               ROOT / "corpora", SHARED / "docs"]
    return [f for folder in folders if folder.is_dir() for f in sorted(folder.iterdir())
            if f.suffix in (".txt", ".md") and f.stem.upper() != "README"]


def make_corpus(folder: Path, count: int) -> int:
    originals = sources()
    for i in range(count):
        src = originals[i % len(originals)]
        copy = i // len(originals)
        text = src.read_text(encoding="utf-8", errors="replace")
        if copy:
            text = f"Bản sao số {copy}\n\n{text}"
        (folder / f"{i:04d}_{src.name}").write_text(text, encoding="utf-8")
    return len(originals)


def timed(cmd: list[str], limit: float | None = None) -> tuple[float, str]:
    wall, out, _ = timed_cpu(cmd, limit)
    return wall, out


def timed_cpu(cmd: list[str], limit: float | None = None) -> tuple[float, str, float]:
    """(wall seconds, stdout, CPU seconds of the command and its children). On a machine shared
    with other work the CPU time is the figure that does not depend on the other jobs."""
    cpu, t = children_cpu(), time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        out, _ = proc.communicate(timeout=limit)
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGINT)     # the dense stage stops at a saved chunk
        out, _ = proc.communicate(timeout=120)
    return time.perf_counter() - t, out, children_cpu() - cpu


def index_stats(out: str) -> tuple[int, int] | None:
    """(embedded, from cache) from ``vanban index --json``; None when it stopped before its report."""
    try:
        stats = json.loads(out[out.find("{"):])
        return stats["embedded"], stats["cached"]
    except (ValueError, KeyError):
        return None


def coverage(vanban: str, store: Path) -> dict:
    _, out = timed([vanban, "search", QUERY, "--store", str(store), "--json", "--k", "5"])
    return json.loads(out)["coverage"]


def main(argv: list[str] | None = None) -> list:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--count", type=int, default=1000)
    ap.add_argument("--index-limit", type=float, default=600)
    args = ap.parse_args(argv)
    vanban = str(Path(sys.executable).parent / "vanban")
    rows = []
    with tempfile.TemporaryDirectory(prefix="vanban-bench-1k-") as tmp:
        docs, store = Path(tmp) / "docs", Path(tmp) / "store"
        docs.mkdir()
        originals = make_corpus(docs, args.count)
        size = sum(f.stat().st_size for f in docs.iterdir()) / 1e6
        rows.append(("documents", f"{args.count} ({size:.1f} MB)", f"{originals} real text documents and copies of them"))
        before = loadavg()
        wall, _, cpu = timed_cpu([vanban, "ingest", str(docs), "--store", str(store), "--json"])
        ingest_wall = wall
        rows.append(("vanban ingest: wall (searchable by words when it returns)", f"{wall:.1f}",
                     f"s; load {before} -> {loadavg()}; CPU {cpu:.1f} s"))
        t, _ = timed([vanban, "search", QUERY, "--store", str(store), "--json"])
        cov = coverage(vanban, store)
        rows.append(("search right after ingest: wall / passages / dense share", f"{t:.1f} / {cov['passages']} / {cov['share']}", "s"))
        before = loadavg()
        wall, out, cpu = timed_cpu([vanban, "index", "--store", str(store), "--json"], args.index_limit)
        cov = coverage(vanban, store)
        done = cov["dense"]
        rows.append(("vanban index: wall until done or stopped", f"{wall:.1f}",
                     f"s; load {before} -> {loadavg()}; CPU {cpu:.1f} s"))
        stats = index_stats(out)
        rows.append(("vanban index: encoded / from cache (copies share their passages)",
                     f"{stats[0]} / {stats[1]}" if stats else "stopped before its report", "passages"))
        rows.append(("vanban index: passages embedded / in the store", f"{done} / {cov['passages']}",
                     "fully embedded" if done >= cov["passages"] else f"stopped at the limit; {cov['passages'] - done} left"))
        encoded = stats[0] if stats else done
        rows.append(("vanban index: passages encoded per second (real passages)", f"{encoded / wall:.2f}",
                     "passages/s" if stats else "passages/s (counting any served from the cache)"))
        rows.append(("ingest + index: wall (time to fully embedded)" if done >= cov["passages"] else
                     "ingest + index: wall until stopped", f"{ingest_wall + wall:.1f}", "s"))
    emit("bench_ingest_1k", rows)
    return rows


if __name__ == "__main__":
    main()
