"""Issue 13's "must show": a folder of real documents plus every hostile file at full size,
ingested in one run that finishes, in bounded memory.

    python bench/bench_hostile.py [--workers 2] [--report-mb 10] [--line-mb 36.2] [--keep DIR]

The folder: the demo corpus (``corpora/``), the held-out real documents (``tests/heldout/docs``),
``../shared/corpus/docs`` when it is there, a legitimate 10 MB report (a real report's body
repeated), and the hostile set of ``bench/gen_hostile.py``: a PDF cut in half, random bytes
named .pdf and .txt, an empty .docx, text with NUL bytes, a DOCX that inflates to 300 MB, a DOCX
with nested XML entities, a 36.2 MB text on one line.

``vanban ingest --no-index --workers 2`` runs on it once (its own temporary Prefect server,
as a user's run) while the resident memory of its whole process tree is summed every 0.2 s.
It must exit 2 with every real document and the 10 MB report stored, every hostile file in the
``failures`` table with a reason, and the peak at or under 4 GB. Then ``vanban extract`` runs on
each hostile file: exit 2 and one line, within a minute. Exits 1 when any of that fails.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
os.environ.setdefault("PREFECT_HOME", tempfile.mkdtemp(prefix="vanban-bench-prefect-"))
sys.path[:0] = [str(ROOT), str(HERE)]

import gen_hostile  # noqa: E402
from _report import SHARED, emit  # noqa: E402

PEAK_LIMIT_MB = 4000
SUFFIXES = (".txt", ".md", ".docx", ".pdf")


def real_documents(folder: Path) -> list[Path]:
    """Copy the real documents into ``folder``; returns the copies."""
    sources = {"corpora": ROOT / "corpora", "heldout": ROOT / "tests" / "heldout" / "docs",
               "shared": SHARED / "docs"}
    out = []
    for name, src in sources.items():
        if not src.is_dir():
            print(f"(skipping {src}: not here)")
            continue
        dst = folder / name
        dst.mkdir(parents=True, exist_ok=True)
        for f in sorted(src.iterdir()):
            if f.is_file() and f.suffix.lower() in SUFFIXES and f.stem.upper() != "README":
                shutil.copyfile(f, dst / f.name)
                out.append(dst / f.name)
    return out


class TreeMemory:
    """Sum of the resident memory of a process and all its descendants, sampled every
    ``every`` seconds in a thread; ``peak`` in bytes."""

    def __init__(self, pid: int, every: float = 0.2):
        import psutil

        self._root = psutil.Process(pid)
        self._every = every
        self.peak = 0
        self.peak_processes = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        import psutil

        while not self._stop.is_set():
            try:
                procs = [self._root, *self._root.children(recursive=True)]
            except psutil.Error:
                break
            total = 0
            for p in procs:
                try:
                    total += p.memory_info().rss
                except psutil.Error:
                    pass
            if total > self.peak:
                self.peak, self.peak_processes = total, len(procs)
            self._stop.wait(self._every)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


def run_ingest(folder: Path, store: Path, workers: int,
               file_timeout: float | None) -> tuple[int, dict, float, TreeMemory, str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("PREFECT_API_URL", None)
    cmd = [sys.executable, "-m", "vanban.cli", "ingest", str(folder), "--store", str(store),
           "--workers", str(workers), "--no-index", "--json"]
    if file_timeout:
        cmd += ["--file-timeout", str(file_timeout)]
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    memory = TreeMemory(proc.pid)
    out, err = proc.communicate(timeout=3600)
    wall = time.perf_counter() - t
    memory.stop()
    report = json.loads(out[out.index("{"):]) if "{" in out else {}
    return proc.returncode, report, wall, memory, err


def run_extract(path: Path) -> tuple[int, list[str], float]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    t = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "vanban.cli", "extract", str(path), "--json"],
                          env=env, capture_output=True, text=True, timeout=600)
    lines = [ln for ln in done.stderr.splitlines() if ln.strip()]
    return done.returncode, lines, time.perf_counter() - t


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--report-mb", type=float, default=10.0)
    ap.add_argument("--line-mb", type=float, default=36.2)
    ap.add_argument("--bomb-mb", type=float, default=300.0)
    ap.add_argument("--file-timeout", type=float, help="Passed to vanban ingest (default: its own).")
    ap.add_argument("--keep", type=Path, help="Build the folder and store here and keep them.")
    args = ap.parse_args()

    base = args.keep or Path(tempfile.mkdtemp(prefix="vanban-hostile-"))
    folder, store = base / "docs", base / "store"
    shutil.rmtree(folder, ignore_errors=True)
    shutil.rmtree(store, ignore_errors=True)
    real = real_documents(folder / "real")
    report_doc = gen_hostile.long_report(folder / "real" / "bao_cao_dai_10mb.md", args.report_mb)
    hostile = gen_hostile.write_hostile_set(folder / "hostile", args.line_mb, args.bomb_mb)
    print(f"{len(real)} real documents, a {report_doc.stat().st_size / 1e6:.1f} MB report, "
          f"{len(hostile)} hostile files in {folder}", flush=True)

    rc, report, wall, memory, err = run_ingest(folder, store, args.workers, args.file_timeout)
    sys.path.insert(0, str(ROOT))
    from vanban.pipeline import store as store_mod

    conn = store_mod.connect(store)
    try:
        stored = {r[0] for r in conn.execute("SELECT path FROM documents")}
        failures = {f.path: f for f in store_mod.list_failures(conn)}
    finally:
        conn.close()
    key = store_mod.path_key
    real_stored = sum(key(p) in stored for p in real)
    report_stored = key(report_doc) in stored
    recorded = {kind: failures.get(key(p)) for kind, p in hostile.items()}
    peak_mb = memory.peak / 1e6
    innocent = [f for p, f in failures.items() if p not in {key(h) for h in hostile.values()}]

    rows: list[tuple[str, float | str, str]] = [
        ("ingest: files (real, long report, hostile)", f"{len(real)} + 1 + {len(hostile)}", "files"),
        ("ingest: exit code (2: some file failed)", rc, ""),
        ("ingest: wall time, one run, temporary Prefect server included", round(wall, 1), "s"),
        ("ingest: real documents stored", f"{real_stored}/{len(real)}", ""),
        (f"ingest: legitimate {report_doc.stat().st_size / 1e6:.1f} MB report",
         "stored" if report_stored else
         f"NOT stored: {getattr(failures.get(key(report_doc)), 'stage', '?')}: "
         f"{getattr(failures.get(key(report_doc)), 'reason', 'no failure recorded')}", ""),
        ("ingest: hostile files in the failures table with a reason",
         f"{sum(bool(f and f.reason) for f in recorded.values())}/{len(hostile)}", ""),
        ("ingest: peak resident memory of all its processes (summed, sampled every 0.2 s)",
         round(peak_mb), "MB"),
        ("ingest: processes in the tree at the peak", memory.peak_processes, ""),
    ]
    for kind, f in recorded.items():
        rows.append((f"failure recorded for {hostile[kind].name} ({hostile[kind].stat().st_size / 1e6:.1f} MB on disk)",
                     f"{f.stage}: {f.reason}" if f else "NONE", ""))
    extract_ok = True
    for kind, path in hostile.items():
        code, lines, seconds = run_extract(path)
        ok = code == 2 and len(lines) == 1 and lines[0].startswith(f"error {path}: ") and seconds < 60
        extract_ok &= ok
        rows.append((f"extract {path.name}: exit, lines, time", f"exit {code}, {len(lines)} line, "
                     f"{seconds:.1f} s" + ("" if ok else " (FAILS the check)"), ""))
        print(f"  {lines[0] if lines else '(no line)'}", flush=True)
    emit("hostile", rows)

    checks = {
        "exit code 2": rc == 2,
        "every real document stored": real_stored == len(real),
        "the long report stored": report_stored,
        "every hostile file recorded": all(f and f.reason for f in recorded.values()),
        "no innocent file failed": not innocent,
        f"peak memory <= {PEAK_LIMIT_MB} MB": peak_mb <= PEAK_LIMIT_MB,
        "extract: exit 2 and one line within a minute": extract_ok,
    }
    for what, ok in checks.items():
        print(f"{'ok  ' if ok else 'FAIL'} {what}")
    for f in innocent:
        print(f"     innocent failure: {f.path}: {f.stage}: {f.reason}")
    if rc not in (0, 2):
        print(err[-3000:])
    if not args.keep:
        shutil.rmtree(base, ignore_errors=True)
    return 0 if all(checks.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
