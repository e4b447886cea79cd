"""The real-document corpus (tests/realworld/): silver metadata scores and invariants, worst documents.

    python bench/realworld.py [--workers 2] [--timeout 120] [--only-annotated-sample] [--show 10]

Every document of ``tests/realworld/manifest.jsonl`` is analysed (``pipeline.analyze``) in a worker
process that is killed when it passes ``--timeout`` seconds (the document then counts as not
finished). For each document: the header metadata against the source's silver labels (number,
date, type, issuer where the source gives them: ``pipeline.evaluate_corpus.score_metadata``) and
the invariants (``check_invariants``). Writes ``bench/REALWORLD.md`` (the figures, then the worst
documents per field and per invariant) and the usual rows to ``bench/out/realworld.json``.

The documents of ``tests/realworld/blind_sample.json`` are analysed only once their gold exists
(``tests/realworld/gold/``): they are annotated before anything runs on them.
"""
from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import queue
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench._report import emit  # noqa: E402

REALWORLD = ROOT / "tests" / "realworld"
MANIFEST = REALWORLD / "manifest.jsonl"
REPORT = ROOT / "bench" / "REALWORLD.md"


def _worker(jobs: mp.Queue, results: mp.Queue) -> None:
    from vanban.pipeline.analyze import analyze
    from vanban.pipeline.evaluate_corpus import check_invariants, score_metadata

    while True:
        entry = jobs.get()
        if entry is None:
            return
        t0 = time.process_time()
        try:
            doc = analyze(REALWORLD / "docs" / entry["file"])
            results.put({"file": entry["file"], "ok": True, "cpu": time.process_time() - t0,
                         "chars": len(doc.text), "scores": score_metadata(doc.metadata, entry),
                         "found": {"number": doc.metadata.number, "date": doc.metadata.date,
                                   "type": doc.metadata.doc_type, "issuer": doc.metadata.issuer},
                         "violations": [(v.invariant, v.start, v.text[:80])
                                        for v in check_invariants(doc, (entry.get("number"),))],
                         "counts": {"citations": len(doc.citations), "dates": len(doc.dates),
                                    "quantities": len(doc.quantities), "directives": len(doc.directives)}})
        except Exception as err:  # noqa: BLE001 - a bad document is a result, not a crash
            results.put({"file": entry["file"], "ok": False, "error": f"{type(err).__name__}: {err}"[:300],
                         "cpu": time.process_time() - t0})


class Pool:
    """Worker processes fed one document at a time; one that passes the timeout is killed and replaced."""

    def __init__(self, workers: int, timeout: float):
        self.ctx = mp.get_context("fork")
        self.timeout = timeout
        self.slots = [self._start() for _ in range(workers)]

    def _start(self) -> dict:
        jobs, results = self.ctx.Queue(), self.ctx.Queue()
        proc = self.ctx.Process(target=_worker, args=(jobs, results), daemon=True)
        proc.start()
        return {"proc": proc, "jobs": jobs, "results": results, "entry": None, "since": 0.0}

    def run(self, entries: list[dict]):
        todo = list(entries)
        busy = 0
        while todo or busy:
            for i, slot in enumerate(self.slots):
                if slot["entry"] is None and todo:
                    slot["entry"], slot["since"] = todo.pop(0), time.monotonic()
                    slot["jobs"].put(slot["entry"])
                    busy += 1
                if slot["entry"] is None:
                    continue
                try:
                    yield slot["results"].get(timeout=0.05)
                    slot["entry"] = None
                    busy -= 1
                except queue.Empty:
                    dead = not slot["proc"].is_alive()
                    if dead or time.monotonic() - slot["since"] > self.timeout:
                        slot["proc"].kill()
                        why = "worker died" if dead else f"timed out after {self.timeout:.0f} s"
                        yield {"file": slot["entry"]["file"], "ok": False, "error": why, "cpu": None}
                        self.slots[i] = self._start()
                        busy -= 1
        for slot in self.slots:
            slot["jobs"].put(None)


def load_entries(only_sample: bool) -> list[dict]:
    entries = [json.loads(line) for line in MANIFEST.read_text(encoding="utf-8").splitlines() if line.strip()]
    sample = {s["file"] for s in json.loads((REALWORLD / "blind_sample.json").read_text(encoding="utf-8"))}
    gold = REALWORLD / "gold"
    annotated = {p.stem for p in gold.glob("*.json")} if gold.is_dir() else set()
    keep = []
    for e in entries:
        in_sample = e["file"] in sample
        if in_sample and Path(e["file"]).stem not in annotated:
            continue  # not annotated yet: nothing runs on it
        if only_sample and not in_sample:
            continue
        keep.append(e)
    return keep


def report(results: list[dict], entries: list[dict], show: int) -> tuple[list[str], list[tuple]]:
    by_file = {e["file"]: e for e in entries}
    fields: dict[str, list[bool]] = defaultdict(list)
    wrong: dict[str, list[str]] = defaultdict(list)
    inv = Counter()
    inv_docs: dict[str, Counter] = defaultdict(Counter)
    failed = [r for r in results if not r["ok"]]
    for r in results:
        if not r["ok"]:
            continue
        for field, ok in r["scores"].items():
            fields[field].append(ok)
            if not ok:
                wrong[field].append(f"`{r['file']}`: silver {by_file[r['file']].get(field)!r}, found {r['found'][field]!r}")
        for name, _, _ in r["violations"]:
            inv[name] += 1
            inv_docs[name][r["file"]] += 1
    done = [r for r in results if r["ok"]]
    chars = sum(r["chars"] for r in done)
    cpu = sum(r["cpu"] for r in done)
    rows = [("documents analysed", len(results), "documents"),
            ("documents that finished", len(done), "documents"),
            ("documents that failed or timed out", len(failed), "documents")]
    for field in ("number", "date", "type", "issuer"):
        vals = fields.get(field, [])
        if vals:
            rows.append((f"metadata {field} agrees with the silver label", round(sum(vals) / len(vals), 3),
                         f"of {len(vals)} labelled"))
    for name in sorted(inv):
        rows.append((f"invariant broken: {name}", inv[name], f"in {len(inv_docs[name])} documents"))
    rows.append(("analysis rate over the corpus (one process)", round(chars / 1024 / cpu, 1) if cpu else 0,
                 "KB/s CPU"))
    lines = ["# Real-document corpus: silver metadata and invariants", "",
             f"Written by `bench/realworld.py` over `tests/realworld/` ({len(results)} documents).", "",
             "| what | value | unit |", "|---|---|---|"]
    lines += [f"| {w} | {v} | {u} |" for w, v, u in rows]
    if failed:
        lines += ["", "## Failed or timed out", ""] + [f"- `{r['file']}`: {r['error']}" for r in failed]
    for field in ("number", "date", "type", "issuer"):
        if wrong.get(field):
            lines += ["", f"## Metadata `{field}` disagrees ({len(wrong[field])})", ""]
            lines += [f"- {w}" for w in wrong[field][:show]]
            if len(wrong[field]) > show:
                lines.append(f"- ... {len(wrong[field]) - show} more")
    for name in sorted(inv_docs):
        lines += ["", f"## Worst documents: {name}", ""]
        for f, n in inv_docs[name].most_common(show):
            example = next(t for r in done if r["file"] == f for (k, _, t) in r["violations"] if k == name)
            lines.append(f"- `{f}`: {n} (e.g. `{example}`)")
    return lines, rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds per document")
    ap.add_argument("--only-annotated-sample", action="store_true", help="only the annotated blind sample")
    ap.add_argument("--show", type=int, default=10, help="worst documents listed per field")
    ap.add_argument("--limit", type=int, default=0, help="at most this many documents (0: all)")
    args = ap.parse_args(argv)
    if not MANIFEST.is_file():
        print(f"no corpus at {MANIFEST}; nothing to do")
        return 0
    entries = load_entries(args.only_annotated_sample)
    if args.limit:
        entries = entries[:args.limit]
    t0 = time.perf_counter()
    results = []
    for i, r in enumerate(Pool(args.workers, args.timeout).run(entries), 1):
        results.append(r)
        if not r["ok"]:
            print(f"[{i}/{len(entries)}] {r['file']}: {r['error']}", flush=True)
        elif i % 25 == 0:
            print(f"[{i}/{len(entries)}] {time.perf_counter() - t0:.0f} s", flush=True)
    lines, rows = report(results, entries, args.show)
    rows.append(("wall time", round(time.perf_counter() - t0, 1), "s"))
    REPORT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    emit("realworld", rows)
    print(f"wrote {REPORT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
