"""Directive recall, precision and actor accuracy on every gold set, side by side.

    python bench/directives_accuracy.py [--json]

Runs ``pipeline.evaluate.evaluate`` on each gold set the accuracy issue (18) names: the blind
real-corpus samples (tests/realworld gold to gold5), heldout4, the older held-out batches and the shared corpus,
and prints one row per set (directives P / R / F1, tp fp fn, actor right / total). The same
figures as ``vanban eval <gold> --docs <docs>``, without the other fields' tables.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SETS = [
    ("realworld (30 blind)", ROOT / "tests/realworld/gold", ROOT / "tests/realworld/docs"),
    ("realworld 2nd (10 blind)", ROOT / "tests/realworld/gold2", ROOT / "tests/realworld/docs"),
    ("realworld 3rd (12 blind)", ROOT / "tests/realworld/gold3", ROOT / "tests/realworld/docs"),
    ("realworld 4th (12 blind)", ROOT / "tests/realworld/gold4", ROOT / "tests/realworld/docs"),
    ("realworld 5th (12 blind)", ROOT / "tests/realworld/gold5", ROOT / "tests/realworld/docs"),
    ("heldout4", ROOT / "tests/heldout4/gold", ROOT / "tests/heldout4/docs"),
    ("heldout", ROOT / "tests/heldout/gold", ROOT / "tests/heldout/docs"),
    ("heldout2", ROOT / "tests/heldout2/gold", ROOT / "tests/heldout2/docs"),
    ("shared corpus", ROOT.parent / "shared/corpus/gold", ROOT.parent / "shared/corpus/docs"),
]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true", help="one JSON object per set")
    args = ap.parse_args()
    from vanban.pipeline.evaluate import evaluate

    rows = []
    for name, gold, docs in SETS:
        if not gold.is_dir():
            continue
        r = evaluate(gold, docs)
        d, a = r.fields["directives"], r.directive_actor_accuracy
        rows.append({"set": name, "precision": round(d.precision, 3), "recall": round(d.recall, 3),
                     "f1": round(d.f1, 3), "tp": d.tp, "fp": d.fp, "fn": d.fn,
                     "actor": round(a.value, 3), "actor_right": a.correct, "actor_total": a.total})
    if args.json:
        for row in rows:
            print(json.dumps(row, ensure_ascii=False))
        return
    print(f"| {'set':24s} | P     | R     | F1    | tp  | fp  | fn  | actor right       |")
    print(f"|{'-' * 26}|-------|-------|-------|-----|-----|-----|-------------------|")
    for x in rows:
        print(f"| {x['set']:24s} | {x['precision']:.3f} | {x['recall']:.3f} | {x['f1']:.3f} | {x['tp']:3d} | "
              f"{x['fp']:3d} | {x['fn']:3d} | {x['actor']:.3f} ({x['actor_right']}/{x['actor_total']}) |")


if __name__ == "__main__":
    main()
