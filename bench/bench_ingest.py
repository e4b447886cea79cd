"""End to end as a user runs it: ``vanban ingest`` of 18 real documents, a search at once,
then ``vanban index`` (the dense stage).

    python bench/bench_ingest.py [--vanban PATH] [--keep DIR]

The 18 documents (1.8 MB): ../shared/corpus/docs (5), tests/heldout/docs (7),
tests/heldout4/docs (5) and one scanned PDF of tests/realworld/docs (manifest kind "scan", the
first such). Each step is a fresh ``vanban`` process on a fresh store, timed by wall clock,
with the load average (``/proc/loadavg``) before and after: the machine may be shared, so
read the times with it, and with the CPU seconds of the command (those of the processes it
waited for: the ingest's analysing workers, started by a forkserver, are not all counted). ``--vanban`` runs another install's CLI (the "before": there, ingest
embedded everything itself and ``index`` has nothing left to do).
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench._report import SHARED, emit  # noqa: E402

QUERY = "giải pháp thu hút nguồn nhân lực khoa học công nghệ"


def scanned_pdf() -> Path:
    """The first document of tests/realworld whose manifest kind is "scan"."""
    folder = ROOT / "tests" / "realworld"
    for line in (folder / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        if entry.get("kind") == "scan" and entry["file"].endswith(".pdf"):
            return folder / "docs" / entry["file"]
    raise FileNotFoundError("no scanned PDF in tests/realworld/manifest.jsonl")


def documents() -> list[Path]:
    """The 18 documents, in a fixed order."""
    out = sorted((SHARED / "docs").iterdir())
    for batch in ("heldout", "heldout4"):
        out += sorted(f for f in (ROOT / "tests" / batch / "docs").iterdir() if f.name != "README.md")
    return out + [scanned_pdf()]


def loadavg() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def timed(cmd: list[str]) -> tuple[float, dict | list, str]:
    """Run one command; (wall seconds, its --json output, "load average before -> after; CPU
    seconds of the command and its children"). On a shared machine the CPU time is the figure
    that does not depend on the other jobs."""
    before, cpu = loadavg(), children_cpu()
    t0 = time.perf_counter()
    res = subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, "COLUMNS": "200"})
    dt = time.perf_counter() - t0
    cpu = children_cpu() - cpu
    if res.returncode not in (0, 2):
        raise RuntimeError(f"{' '.join(cmd[:2])} exited {res.returncode}: {res.stderr[-2000:]}")
    out = res.stdout[min([i for i in (res.stdout.find("{"), res.stdout.find("[")) if i >= 0] or [0]):]
    return dt, json.loads(out), f"{before} -> {loadavg()}; CPU {cpu:.1f} s"


def run(vanban: str, store: Path) -> list[tuple[str, float | str, str]]:
    docs = documents()
    mb = sum(d.stat().st_size for d in docs) / 1e6
    rows: list[tuple[str, float | str, str]] = [("documents", f"{len(docs)} ({mb:.1f} MB)", ", ".join(d.name for d in docs))]
    t_ingest, rep, load = timed([vanban, "ingest", *map(str, docs), "--store", str(store), "--json"])
    rows += [("vanban ingest: wall", round(t_ingest, 1), f"s; load {load}"),
             ("vanban ingest: stored / failed / passages", f"{rep['stored']} / {rep['failed']} / {rep['passages']}", ""),
             ("vanban ingest: wall of analyse+store / index", f"{rep['stage_seconds'].get('wall:analyze+store', 0):.1f} / "
              f"{rep['stage_seconds'].get('wall:index', 0):.1f}", "s")]
    t_search, out, load = timed([vanban, "search", QUERY, "--store", str(store), "--json", "-k", "5"])
    hits = out["hits"] if isinstance(out, dict) else out
    cov = out.get("coverage") if isinstance(out, dict) else None
    rows += [("vanban search right after ingest: wall", round(t_search, 1), f"s; load {load}"),
             ("vanban search right after ingest: hits / dense coverage", f"{len(hits)} / {cov}", "")]
    t_index, stats, load = timed([vanban, "index", "--store", str(store), "--json"])
    rows += [("vanban index: wall", round(t_index, 1), f"s; load {load}"),
             ("vanban index: embedded / from cache", f"{stats['embedded']} / {stats['cached']}", "passages"),
             ("ingest + index: wall", round(t_ingest + t_index, 1), "s")]
    return rows


def main(argv: list[str] | None = None) -> list:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--vanban", default=str(Path(sys.executable).parent / "vanban"))
    ap.add_argument("--keep", type=Path, default=None, help="make the store here (must not exist)")
    ap.add_argument("--name", default="bench_ingest")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="vanban-bench-ingest-") as tmp:
        rows = run(args.vanban, args.keep or Path(tmp) / "store")
    emit(args.name, rows)
    return rows


if __name__ == "__main__":
    main()
