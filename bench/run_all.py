"""Run every bench/bench_*.py and write bench/REPORT.md from their bench/out/*.json figures.

``run_all.py`` runs them all (``make bench``); ``run_all.py bench_scale.py ...`` runs the ones
named; ``run_all.py --report-only`` rewrites the report alone. A section whose figures are not in
bench/out/ (a bench not run on this machine) is kept as the report had it.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
HEAD = ["# Benchmark report", "", "Written by `make bench` (`bench/run_all.py`).", ""]


def main(names: list[str] = ()) -> int:
    failed = []
    scripts = sorted(HERE.glob("bench_*.py"))
    if names:
        unknown = [n for n in names if not (HERE / n).is_file()]
        if unknown:
            print(f"no such bench: {', '.join(unknown)}", file=sys.stderr)
            return 2
        scripts = [HERE / n for n in names]
    for script in scripts:
        print(f"== {script.name}", flush=True)
        t = time.perf_counter()
        rc = subprocess.call([sys.executable, str(script)], cwd=HERE.parent)
        print(f"   ({time.perf_counter() - t:.1f} s, exit {rc})", flush=True)
        if rc:
            failed.append(script.name)
    write_report(failed)
    return 1 if failed else 0


def _sections_of(report: str) -> dict[str, list[str]]:
    """The "## name" sections of an existing report, each as its lines."""
    out: dict[str, list[str]] = {}
    name = None
    for line in report.splitlines():
        m = re.match(r"## (\S+)$", line)
        if m:
            name = m.group(1)
            out[name] = [line]
        elif line.startswith("Failed scripts:"):
            name = None
        elif name is not None:
            out[name].append(line)
    for lines in out.values():   # each section ends with one blank line
        while lines and not lines[-1].strip():
            lines.pop()
        lines.append("")
    return out


def write_report(failed: list[str] = ()) -> None:
    """bench/REPORT.md from the figures in bench/out/*.json and the report's other sections."""
    path = HERE / "REPORT.md"
    sections = _sections_of(path.read_text(encoding="utf-8")) if path.is_file() else {}
    for out in sorted((HERE / "out").glob("*.json")):
        rows = json.loads(out.read_text(encoding="utf-8"))
        lines = [f"## {out.stem}", "", "| what | value | unit | machine |", "|---|---|---|---|"]
        lines += [f"| {r['what']} | {r['value']} | {r['unit']} | {r['machine']} |" for r in rows]
        sections[out.stem] = lines + [""]
    lines = list(HEAD)
    for name in sorted(sections):
        lines += sections[name]
    if failed:
        lines += ["Failed scripts: " + ", ".join(failed), ""]
    path.write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {path}")


if __name__ == "__main__":
    if "--report-only" in sys.argv:
        write_report()
        sys.exit(0)
    sys.exit(main(sys.argv[1:]))
