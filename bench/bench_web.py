"""The web app under load: requests per second and latency of ``/api/search`` (and two pages),
uvicorn in a subprocess on 127.0.0.1, a loopback client of a few threads, a bounded number of
requests.

Run from the repository root: ``python bench/bench_web.py [--store DIR] [--requests 300]
[--threads 8]``. Without ``--store`` it uses ``.vanban`` when that store is indexed (``make demo``),
else builds a temporary store from ``corpora/`` first (minutes).
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench._report import emit  # noqa: E402


def build_store(folder: Path) -> Path:
    """Analyse ``corpora/`` in worker processes, store it and index it (the library's ingest:
    no Prefect server)."""
    from vanban.pipeline.ingest import ingest

    ingest([ROOT / "corpora"], folder, workers=min(4, os.cpu_count() or 1))
    return folder


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(store: Path, port: int) -> subprocess.Popen:
    code = ("import uvicorn; from vanban.web import create_app; "
            f"uvicorn.run(create_app({str(store)!r}), host='127.0.0.1', port={port}, "
            "log_level='warning', access_log=False)")
    proc = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.2)
        if proc.poll() is not None:
            break
    proc.kill()
    raise SystemExit("uvicorn did not start")


def load(base: str, urls: list[str], threads: int) -> tuple[float, list[float], int]:
    """GET every url once, ``threads`` at a time; (wall seconds, latencies, non-200 count)."""
    lock = threading.Lock()
    todo = list(reversed(urls))
    lat: list[float] = []
    bad = [0]

    def worker():
        with httpx.Client(base_url=base, timeout=60) as c:
            while True:
                with lock:
                    if not todo:
                        return
                    url = todo.pop()
                t = time.perf_counter()
                r = c.get(url)
                dt = time.perf_counter() - t
                with lock:
                    lat.append(dt)
                    bad[0] += r.status_code != 200

    t0 = time.perf_counter()
    ts = [threading.Thread(target=worker) for _ in range(threads)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return time.perf_counter() - t0, lat, bad[0]


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--store", type=Path)
    ap.add_argument("--requests", type=int, default=300)
    ap.add_argument("--threads", type=int, default=8)
    args = ap.parse_args()

    tmp = None
    store = args.store
    if store is None:
        default = ROOT / ".vanban"
        from vanban.pipeline.index.build import read_meta
        if (default / "vanban.sqlite").is_file() and read_meta(default):
            store = default
        else:
            tmp = Path(tempfile.mkdtemp(prefix="vanban-bench-web-"))
            print("building a store from corpora/ ...", flush=True)
            store = build_store(tmp / "store")
    queries = [q["query"] for q in json.loads((ROOT / "corpora" / "queries.json").read_text(encoding="utf-8"))]
    from vanban.pipeline.index.text import fold
    queries += [fold(q) for q in queries]  # the same without diacritics
    n = args.requests
    port = free_port()
    proc = start_server(store, port)
    base = f"http://127.0.0.1:{port}"
    try:
        docs = httpx.get(base + "/api/documents").json()
        # warm-up: indexes, the encoder, summaries and the audit are loaded once per process
        load(base, [f"/api/search?q={q}" for q in queries[:4]] + ["/audit"]
             + [f"/doc/{d['id']}" for d in docs], 2)
        rows = []
        for label, mode in (("hybrid", "hybrid"), ("lexical", "lexical")):
            urls = [httpx.URL("/api/search", params={"q": queries[i % len(queries)], "mode": mode, "k": 10}).raw_path.decode()
                    for i in range(n)]
            wall, lat, bad = load(base, urls, args.threads)
            rows += [(f"/api/search {label}: requests per second ({n} requests, {args.threads} threads)",
                      round(n / wall, 1), "req/s"),
                     (f"/api/search {label}: latency p50", round(pct(lat, 50) * 1000, 1), "ms"),
                     (f"/api/search {label}: latency p95", round(pct(lat, 95) * 1000, 1), "ms"),
                     (f"/api/search {label}: non-200 answers", bad, "")]
        m = max(50, n // 3)
        for label, urls in (("document page /doc/{id}", [f"/doc/{docs[i % len(docs)]['id']}" for i in range(m)]),
                            ("search page /?q=", [httpx.URL("/", params={"q": queries[i % len(queries)]}).raw_path.decode()
                                                  for i in range(m)])):
            wall, lat, bad = load(base, urls, args.threads)
            rows += [(f"{label}: requests per second ({m} requests)", round(m / wall, 1), "req/s"),
                     (f"{label}: latency p50", round(pct(lat, 50) * 1000, 1), "ms"),
                     (f"{label}: latency p95", round(pct(lat, 95) * 1000, 1), "ms")]
        c = httpx.get(base + "/api/documents").json()
        rows.append(("store: documents", len(c), ""))
    finally:
        proc.terminate()
        proc.wait(timeout=20)
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)
    emit("web", rows)


if __name__ == "__main__":
    main()
