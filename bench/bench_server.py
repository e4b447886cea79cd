"""What the standing Prefect server saves: ``vanban ingest`` of one small document with the
temporary server each run starts (the default) and with ``vanban server start`` running; the
server's start and stop times. Runs the installed ``vanban`` CLI, as a user would.

Run from the repository root: ``python bench/bench_server.py [--runs 3]``.
"""
from __future__ import annotations

import argparse
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench._report import emit  # noqa: E402

VANBAN = Path(sys.executable).parent / "vanban"
DOC = ROOT / "corpora" / "2023_tb512_ket_luan_chuyen_doi_so_huyen_uy_bao_lam.txt"


def timed(args, env) -> float:
    t = time.perf_counter()
    subprocess.run([str(VANBAN), *args], env=env, check=True, capture_output=True, timeout=600)
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    runs = ap.parse_args().runs
    with tempfile.TemporaryDirectory(prefix="vanban-bench-server-") as tmp:
        tmp = Path(tmp)
        (tmp / "docs").mkdir()
        shutil.copy(DOC, tmp / "docs")
        env = {**os.environ, "VANBAN_DATA_DIR": str(tmp / "data")}
        env.pop("PREFECT_API_URL", None)

        def ingest(i: int, tag: str) -> float:  # a new store each time: the file is analysed and stored
            return timed(["ingest", str(tmp / "docs"), "--store", str(tmp / f"{tag}{i}"), "--workers", "0",
                          "--no-index"], env)

        temporary = [ingest(i, "t") for i in range(runs)]
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        start = timed(["server", "start", "--port", str(port)], env)
        try:
            standing = [ingest(i, "s") for i in range(runs)]
        finally:
            stop = timed(["server", "stop"], env)
    emit("server", [
        ("vanban ingest, 1 document, temporary Prefect server (median)", round(statistics.median(temporary), 1), "s"),
        ("vanban ingest, 1 document, standing server (median)", round(statistics.median(standing), 1), "s"),
        ("vanban server start (until it answers)", round(start, 1), "s"),
        ("vanban server stop (whole process group gone)", round(stop, 1), "s"),
        ("runs each", runs, ""),
    ])


if __name__ == "__main__":
    main()
