"""Shared by the bench scripts: each writes its figures to bench/out/<name>.json."""
from __future__ import annotations

import json
import os
import platform
from pathlib import Path

OUT = Path(__file__).resolve().parent / "out"
SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    return f"{os.cpu_count()} cores {cpu}, Python {platform.python_version()}"


def emit(name: str, rows: list[tuple[str, float | str, str]]) -> None:
    """Record figures as (what, value, unit) rows and print them."""
    OUT.mkdir(exist_ok=True)
    data = [{"what": w, "value": v, "unit": u, "machine": machine()} for w, v, u in rows]
    (OUT / f"{name}.json").write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    for r in data:
        print(f"{r['what']:<60} {r['value']!s:>12} {r['unit']}")
