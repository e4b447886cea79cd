"""Run every bench/bench_*.py and write bench/REPORT.md from their bench/out/*.json figures."""
from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    failed = []
    for script in sorted(HERE.glob("bench_*.py")):
        print(f"== {script.name}", flush=True)
        t = time.perf_counter()
        rc = subprocess.call([sys.executable, str(script)], cwd=HERE.parent)
        print(f"   ({time.perf_counter() - t:.1f} s, exit {rc})", flush=True)
        if rc:
            failed.append(script.name)
    write_report(failed)
    return 1 if failed else 0


def write_report(failed: list[str] = ()) -> None:
    """bench/REPORT.md from the figures in bench/out/*.json (``--report-only`` rewrites it alone)."""
    lines = ["# Benchmark report", "", "Written by `make bench` (`bench/run_all.py`).", ""]
    for out in sorted((HERE / "out").glob("*.json")):
        rows = json.loads(out.read_text(encoding="utf-8"))
        lines += [f"## {out.stem}", "", "| what | value | unit | machine |", "|---|---|---|---|"]
        lines += [f"| {r['what']} | {r['value']} | {r['unit']} | {r['machine']} |" for r in rows]
        lines.append("")
    if failed:
        lines += ["Failed scripts: " + ", ".join(failed), ""]
    (HERE / "REPORT.md").write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {HERE / 'REPORT.md'}")


if __name__ == "__main__":
    if "--report-only" in sys.argv:
        write_report()
        sys.exit(0)
    sys.exit(main())
