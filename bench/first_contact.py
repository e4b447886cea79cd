"""First-contact figures of the blind samples, from their recorded first runs, side by side and pooled.

    python bench/first_contact.py [--from 17] [--to N] [--no-emit]

Each blind sample's first run, made before any rule was fitted to it, is kept as
``tests/realworld/FIRST_RUN<N>.txt`` (the ``vanban eval`` table of that run). This script reads the directive and
directive-actor rows of the first table of each (a file may go on with a rerun, as sample 51's after its
reader was mended), prints one row per sample and the pooled figures (the headline of issue 18),
and records them as the ``first_contact`` section of ``bench/REPORT.md`` (``bench/run_all.py --report-only``).
Samples 17 on are pooled by default, as the README does (the earlier samples' first runs predate the directive
gold's present conventions).
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench._report import emit  # noqa: E402

RUNS = ROOT / "tests" / "realworld"
_ROW = re.compile(r"│\s*(directives|directive actors \(accuracy\))\s*│([^\n]*)")


def first_run(n: int) -> dict[str, int] | None:
    """tp, fp, fn of the directives and right, wrong of the actors in sample ``n``'s first run; None without one."""
    path = RUNS / f"FIRST_RUN{n}.txt"
    if not path.is_file():
        return None
    rows: dict[str, list[str]] = {}
    for m in _ROW.finditer(path.read_text("utf-8")):   # the first table is the first run's; a later one a rerun
        rows.setdefault(m.group(1), [c.strip() for c in m.group(2).split("│")])
    if len(rows) < 2:
        return None
    d, a = rows["directives"], rows["directive actors (accuracy)"]
    return {"tp": int(d[3]), "fp": int(d[4]), "fn": int(d[5]), "right": int(a[3]), "wrong": int(a[5])}


def main(argv: list[str]) -> list[tuple[str, float | str, str]]:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--from", dest="first", type=int, default=17)
    ap.add_argument("--to", dest="last", type=int, default=None)
    ap.add_argument("--no-emit", action="store_true", help="print only, leave bench/out alone")
    args = ap.parse_args(argv)
    last = args.last or max(int(p.stem[9:]) for p in RUNS.glob("FIRST_RUN[0-9]*.txt"))
    rows, total = [], {"tp": 0, "fp": 0, "fn": 0, "right": 0, "wrong": 0}
    for n in range(args.first, last + 1):
        run = first_run(n)
        if run is None:
            continue
        for k in total:
            total[k] += run[k]
        p, r = run["tp"] / max(1, run["tp"] + run["fp"]), run["tp"] / max(1, run["tp"] + run["fn"])
        actors = run["right"] / max(1, run["right"] + run["wrong"])
        rows.append((f"sample {n}: directives P / R (tp, fp, fn); actors", f"{p:.3f} / {r:.3f}",
                     f"tp {run['tp']}, fp {run['fp']}, fn {run['fn']}; actors {actors:.3f} ({run['right']}/"
                     f"{run['right'] + run['wrong']})"))
    tp, fp, fn = total["tp"], total["fp"], total["fn"]
    rows.append((f"pooled samples {args.first}-{last}: directives P / R", f"{tp / (tp + fp):.3f} / {tp / (tp + fn):.3f}",
                 f"tp {tp:,}, fp {fp:,}, fn {fn:,}; {tp + fn:,} required"))
    right, wrong = total["right"], total["wrong"]
    rows.append((f"pooled samples {args.first}-{last}: directive actors", f"{right / (right + wrong):.3f}",
                 f"{right:,}/{right + wrong:,}"))
    if args.no_emit:
        for w, v, u in rows:
            print(f"{w:<60} {v!s:>14} {u}")
    else:
        emit("first_contact", rows)
    return rows


if __name__ == "__main__":
    main(sys.argv[1:])
