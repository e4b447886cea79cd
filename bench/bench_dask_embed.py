"""Scale-out of the dense stage on the Dask task runner: 1 vs 2 local workers.

    python bench/bench_dask_embed.py [--docs N]

The 18 documents of ``bench_ingest`` (the first N of them) are ingested by words into a fresh
store, then ``vanban ingest --embed --dask local --workers W`` embeds their passages as
``embed-batch`` tasks on W worker processes, for W = 1 and 2, each on a fresh copy of the
lexical store. Every worker runs the encoder on one thread (``OMP_NUM_THREADS=1``), so the
workers are the only parallelism measured; without it the encoder of one process already uses
every core of this machine (see ``vanban.pipeline.index``) and a second local worker has no
core left to add. Wall time from the command's start, Dask cluster start included.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench._report import emit  # noqa: E402
from bench.bench_ingest import documents, loadavg  # noqa: E402


def _run(cmd: list[str], env: dict) -> float:
    t = time.perf_counter()
    subprocess.run(cmd, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t


def main(argv: list[str] | None = None) -> list:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=18)
    args = ap.parse_args(argv)
    vanban = str(Path(sys.executable).parent / "vanban")
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    docs = [str(p) for p in documents()[: args.docs]]
    rows = []
    with tempfile.TemporaryDirectory(prefix="vanban-bench-dask-") as tmp:
        base = Path(tmp) / "lexical"
        _run([vanban, "ingest", *docs, "--store", str(base)], env)
        times = {}
        for workers in (1, 2):
            store = Path(tmp) / f"w{workers}"
            shutil.copytree(base, store)
            before = loadavg()
            times[workers] = _run([vanban, "ingest", *docs, "--store", str(store), "--embed",
                                   "--dask", "local", "--workers", str(workers)], env)
            rows.append((f"{len(docs)} documents, dense stage on Dask, {workers} local worker(s), 1 encoder thread each",
                         f"{times[workers]:.1f}", f"s wall; load {before} -> {loadavg()}"))
        rows.append(("speed-up, 2 workers over 1", f"{times[1] / times[2]:.2f}", "x"))
    emit("bench_dask_embed", rows)
    return rows


if __name__ == "__main__":
    main()
