"""The real-document corpus (tests/realworld/): silver metadata scores and invariants, worst documents.

    python bench/realworld.py [--workers 2] [--timeout 120] [--only-annotated-sample] [--show 25]

Every document of ``tests/realworld/manifest.jsonl`` is analysed (``pipeline.analyze``) in a worker
process that is killed when it passes ``--timeout`` seconds (the document then counts as not
finished). For each document: the header metadata against the source's silver labels (number,
date, type, issuer where the source gives them: ``pipeline.evaluate_corpus.score_metadata``), as
labelled and with the fixes of ``tests/realworld/label_fixes.json`` (labels the document itself
contradicts, each with its reason), the number also over the labels the text states at all; the
header metadata of the annotated blind sample against its hand-made gold; and the invariants
(``check_invariants``). Writes ``bench/REALWORLD.md`` (the figures, then the documents that
disagree per field and the worst documents per invariant) and the usual rows to
``bench/out/realworld.json``.

The documents of every blind sample (``tests/realworld/blind_sample.json`` with ``gold/``,
``blind_sample2.json`` with ``gold2/``, ...) are analysed only once their gold exists: they are
annotated before anything runs on them.
"""
from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import queue
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench._report import emit  # noqa: E402
from vanban.pipeline.evaluate_corpus import apply_label_fixes, score_metadata  # noqa: E402
from vanban.pipeline.model import Metadata  # noqa: E402

REALWORLD = ROOT / "tests" / "realworld"
MANIFEST = REALWORLD / "manifest.jsonl"
LABEL_FIXES = REALWORLD / "label_fixes.json"
REPORT = ROOT / "bench" / "REALWORLD.md"
FIELDS = ("number", "date", "type", "issuer")


def _worker(jobs: mp.Queue, results: mp.Queue) -> None:
    from vanban.pipeline.analyze import analyze
    from vanban.pipeline.evaluate_corpus import check_invariants, number_in_text

    while True:
        entry = jobs.get()
        if entry is None:
            return
        t0 = time.process_time()
        try:
            doc = analyze(REALWORLD / "docs" / entry["file"])
            stated = {n: number_in_text(n, doc.text) for n in {entry.get("number"), entry.get("fixed_number")} if n}
            results.put({"file": entry["file"], "ok": True, "cpu": time.process_time() - t0,
                         "chars": len(doc.text), "stated": stated, "inferred": list(doc.metadata.inferred),
                         "found": {"number": doc.metadata.number, "date": doc.metadata.date,
                                   "type": doc.metadata.doc_type, "issuer": doc.metadata.issuer},
                         "violations": [(v.invariant, v.start, v.text[:80])
                                        for v in check_invariants(doc, (entry.get("fixed_number") or entry.get("number"),))],
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
    # every blind sample (blind_sample.json -> gold/, blind_sample2.json -> gold2/, ...): a drawn
    # document is analysed only once its gold exists
    blind: dict[str, Path] = {}
    for drawn in sorted(REALWORLD.glob("blind_sample*.json")):
        suffix = drawn.stem.removeprefix("blind_sample")
        for s in json.loads(drawn.read_text(encoding="utf-8")):
            blind[s["file"]] = REALWORLD / f"gold{suffix}"
    keep = []
    for e in entries:
        in_sample = e["file"] in sample
        gold = blind.get(e["file"])
        if gold is not None and not (gold / f"{Path(e['file']).stem}.json").is_file():
            continue  # not annotated yet: nothing runs on it
        if only_sample and not in_sample:
            continue
        keep.append(e)
    fixed = {e["file"]: e for e in apply_label_fixes(keep, _label_fixes())}
    for e in keep:
        if fixed[e["file"]].get("number") != e.get("number"):
            e["fixed_number"] = fixed[e["file"]].get("number")
    return keep


def _label_fixes() -> dict:
    return json.loads(LABEL_FIXES.read_text(encoding="utf-8")) if LABEL_FIXES.is_file() else {}


def _gold_labels() -> dict[str, dict]:
    """Header metadata of the annotated blind sample, by file: the hand-made gold."""
    out = {}
    for g in sorted((REALWORLD / "gold").glob("*.json")) if (REALWORLD / "gold").is_dir() else ():
        gold = json.loads(g.read_text(encoding="utf-8"))
        if "file" in gold:
            out[Path(gold["file"]).name] = {
                "number": gold.get("doc_number"), "date": gold.get("issued_date"), "type": gold.get("doc_type"),
                "issuer": re.sub(r"\s*\(.*\)$", "", gold.get("issuer") or "") or None}
    return out


def _scores(results: list[dict], labels: dict[str, dict], *, gold: bool = False) -> dict[str, list[tuple[str, bool]]]:
    """field -> [(file, agrees)] over the documents that finished and carry that label. With
    ``gold``, a null label (the document gives none) is scored too: right when nothing, or only
    a guess (an ``inferred`` field), was found."""
    out: dict[str, list[tuple[str, bool]]] = defaultdict(list)
    for r in results:
        if not r["ok"] or r["file"] not in labels:
            continue
        f = r["found"]
        meta = Metadata(number=f["number"], date=f["date"], doc_type=f["type"], issuer=f["issuer"])
        for field, ok in score_metadata(meta, labels[r["file"]]).items():
            out[field].append((r["file"], ok))
        if gold:
            for field in FIELDS:
                if labels[r["file"]].get(field) is None:
                    guessed = ("doc_type" if field == "type" else field) in r.get("inferred", [])
                    out[field].append((r["file"], f[field] is None or guessed))
    return out


def _rate(pairs: list[tuple[str, bool]]) -> str:
    return f"{sum(ok for _, ok in pairs) / len(pairs):.3f} ({sum(ok for _, ok in pairs)}/{len(pairs)})" if pairs else "-"


def report(results: list[dict], entries: list[dict], show: int) -> tuple[list[str], list[tuple]]:
    by_file = {e["file"]: e for e in entries}
    raw = _scores(results, by_file)
    fixed_labels = {e["file"]: e for e in apply_label_fixes(entries, _label_fixes())}
    fixed = _scores(results, fixed_labels)
    gold = _scores(results, _gold_labels(), gold=True)
    stated = [(f, ok) for f, ok in fixed["number"]
              if next(r for r in results if r["file"] == f)["stated"].get(fixed_labels[f]["number"])]
    inv = Counter()
    inv_docs: dict[str, Counter] = defaultdict(Counter)
    failed = [r for r in results if not r["ok"]]
    done = [r for r in results if r["ok"]]
    for r in done:
        for name, _, _ in r["violations"]:
            inv[name] += 1
            inv_docs[name][r["file"]] += 1
    chars = sum(r["chars"] for r in done)
    cpu = sum(r["cpu"] for r in done)
    rows = [("documents analysed", len(results), "documents"),
            ("documents that finished", len(done), "documents"),
            ("documents that failed or timed out", len(failed), "documents")]
    for field in FIELDS:
        for name, scores in (("silver label", raw), ("silver label, fixes applied", fixed)):
            pairs = scores.get(field, [])
            if pairs:
                rows.append((f"metadata {field} agrees with the {name}", round(sum(ok for _, ok in pairs) / len(pairs), 3),
                             f"of {len(pairs)} labelled"))
    if stated:
        rows.append(("metadata number agrees, where the text states the label", round(sum(ok for _, ok in stated) / len(stated), 3),
                     f"of {len(stated)}"))
    for field in FIELDS:
        if gold.get(field):
            rows.append((f"metadata {field} agrees with the blind sample's gold",
                         round(sum(ok for _, ok in gold[field]) / len(gold[field]), 3), f"of {len(gold[field])}"))
    for name in sorted(inv):
        rows.append((f"invariant broken: {name}", inv[name], f"in {len(inv_docs[name])} documents"))
    rows.append(("analysis rate over the corpus (one process)", round(chars / 1024 / cpu, 1) if cpu else 0,
                 "KB/s CPU"))
    lines = ["# Real-document corpus: silver metadata and invariants", "",
             f"Written by `bench/realworld.py` over `tests/realworld/` ({len(results)} documents; the documents of",
             "the blind sample are analysed once their gold exists). Silver labels come from file names and site",
             "attributes (`tests/realworld/README.md`); `tests/realworld/label_fixes.json` lists the labels the",
             "documents themselves contradict, each with its reason.", "",
             "## Header metadata", "",
             "| field | silver labels | with label fixes | where the text states the label | blind-sample gold |",
             "|---|---|---|---|---|"]
    for field in FIELDS:
        lines.append(f"| {field} | {_rate(raw.get(field, []))} | {_rate(fixed.get(field, []))} | "
                     f"{_rate(stated) if field == 'number' else ''} | {_rate(gold.get(field, []))} |")
    lines += ["", "## Invariants", "", "| invariant | broken | documents |", "|---|---:|---:|"]
    names = ("own_number_cited", "citation_number_unparsed", "citation_date_invalid", "date_invalid",
             "figure_is_reference_number", "figure_is_phone_number")
    for name in sorted(set(names) | set(inv)):
        lines.append(f"| {name} | {inv[name]} | {len(inv_docs[name])} |")
    lines += ["", "## Figures", "", "| what | value | unit |", "|---|---|---|"]
    lines += [f"| {w} | {v} | {u} |" for w, v, u in rows]
    if failed:
        lines += ["", "## Failed or timed out", ""] + [f"- `{r['file']}`: {r['error']}" for r in failed]
    found = {r["file"]: r["found"] for r in done}
    for field in FIELDS:
        wrong = [f for f, ok in fixed.get(field, []) if not ok]
        if not wrong:
            continue
        lines += ["", f"## Metadata `{field}` disagrees with the label ({len(wrong)}, fixes applied)", ""]
        for f in wrong[:show]:
            note = ""
            if field == "number":
                r = next(r for r in done if r["file"] == f)
                note = "" if r["stated"].get(fixed_labels[f]["number"]) else " (the text never states it)"
            lines.append(f"- `{f}`: label {fixed_labels[f].get(field)!r}, found {found[f][field]!r}{note}")
        if len(wrong) > show:
            lines.append(f"- ... {len(wrong) - show} more")
    gold_labels = _gold_labels()
    for field in FIELDS:
        wrong = [f for f, ok in gold.get(field, []) if not ok]
        if wrong:
            lines += ["", f"## Metadata `{field}` disagrees with the blind sample's gold ({len(wrong)})", ""]
            lines += [f"- `{f}`: gold {gold_labels[f].get(field)!r}, found {found[f][field]!r}" for f in wrong[:show]]
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
    ap.add_argument("--show", type=int, default=25, help="documents listed per field and per invariant")
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
