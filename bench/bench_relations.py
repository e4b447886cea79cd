"""Relations of citations, pinpoints and effective dates against the gold that labels them, and
the cost of the relation pass.

Sets: ``tests/relations`` (six real documents kept aside, annotated before any relation code),
``tests/heldout`` and ``tests/heldout2`` (their citations labelled at the same time) and the shared
report ``000`` through ``tests/relations/shared_overlay.json``. The first run's figures, before
any fix, are in ``tests/relations/FIRST_RUN.txt``; this prints today's.
Run from the repo root: ``.venv/bin/python bench/bench_relations.py``.
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench._report import SHARED, emit  # noqa: E402

SETS = [("kept-aside real documents (tests/relations)", ROOT / "tests/relations/gold", None),
        ("held-out batch 1 (tests/heldout)", ROOT / "tests/heldout/gold", None),
        ("held-out batch 2 (tests/heldout2)", ROOT / "tests/heldout2/gold", None),
        ("shared report 000 (overlay)", SHARED / "gold", ROOT / "tests/relations/shared_overlay.json")]


def main() -> None:
    from vanban.pipeline.evaluate import Ratio, evaluate

    rows = []
    total: dict[str, Ratio] = {}
    pins, pins_present, eff = Ratio(), Ratio(), Ratio()
    for label, gold, overlay in SETS:
        if not gold.is_dir():
            print(f"skip {label}: {gold} is not here", file=sys.stderr)
            continue
        labels = json.loads(overlay.read_text(encoding="utf-8")) if overlay else None
        r = evaluate(gold, labels=labels)
        o = r.relation_overall
        rows.append((f"relation accuracy, {label}", round(o.value, 3), f"{o.correct}/{o.total}"))
        for k, v in r.relation_accuracy.items():
            t = total.setdefault(k, Ratio())
            t.correct += v.correct
            t.total += v.total
        for acc, part in ((pins, r.pinpoint_accuracy), (pins_present, r.pinpoint_present),
                          (eff, r.effective_date_accuracy)):
            acc.correct += part.correct
            acc.total += part.total
    allr = Ratio(sum(v.correct for v in total.values()), sum(v.total for v in total.values()))
    rows.append(("relation accuracy, all sets", round(allr.value, 3), f"{allr.correct}/{allr.total}"))
    for k in sorted(total):
        rows.append((f"  {k}", round(total[k].value, 3), f"{total[k].correct}/{total[k].total}"))
    rows.append(("pinpoint accuracy (every labelled citation)", round(pins.value, 3), f"{pins.correct}/{pins.total}"))
    rows.append(("pinpoint accuracy (gold has a pinpoint)", round(pins_present.value, 3),
                 f"{pins_present.correct}/{pins_present.total}"))
    rows.append(("effective-date accuracy", round(eff.value, 3), f"{eff.correct}/{eff.total}"))
    rows += speed()
    emit("relations", rows)


def speed() -> list[tuple[str, float, str]]:
    """The relation pass alone (cues, clauses, pinpoints, effective date) on analysed documents,
    repeated to about 2 MB of text."""
    from dataclasses import replace

    from vanban.pipeline.analyze import analyze
    from vanban.pipeline.extract.relations import assign_relations

    docs = []
    for folder in (ROOT / "corpora", ROOT / "tests/relations/docs", ROOT / "tests/heldout/docs"):
        for p in sorted(folder.glob("*")):
            if p.suffix in (".txt", ".md", ".docx", ".pdf") and p.name[:1].isdigit():
                docs.append(analyze(p))
    size = sum(len(d.text.encode("utf-8")) for d in docs)
    reps = max(1, 2_000_000 // max(1, size))
    t = time.perf_counter()
    n = 0
    for _ in range(reps):
        for d in docs:
            assign_relations(replace(d))
            n += len(d.citations)
    dt = time.perf_counter() - t
    return [("relation pass, one core", round(size * reps / dt / 1e6, 2), "MB/s"),
            ("relation pass per citation", round(dt / max(1, n) * 1e6, 1), "µs")]


if __name__ == "__main__":
    main()
