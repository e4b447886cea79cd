"""Relation errors per gold set: the confusion matrix gold -> predicted and every wrong citation
with the clause it stands in.

    .venv/bin/python bench/relations_confusion.py [SET ...] [--summary] [--json]

SET is one of the names below (default: all). ``--summary`` prints only the per-relation accuracy
table (one row per set and label); ``--json`` one JSON object per set. Same pairing and scoring as
``vanban eval GOLD --docs DOCS`` (``pipeline.evaluate``): a citation the extractor missed counts as
"(not found)". Each error shows the text before the gold citation up to ``--before`` characters
(cut at the previous paragraph break), the citation in [[...]] and a little after.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SHARED = ROOT.parent / "shared" / "corpus"
# every blind sample's gold (tests/realworld/goldN), the newest first
SETS = {
    **{f"realworld{g.name[4:]}": (g, ROOT / "tests/realworld/docs", None)
       for g in sorted((ROOT / "tests/realworld").glob("gold[0-9]*"), key=lambda g: -int(g.name[4:]))},
    "heldout4": (ROOT / "tests/heldout4/gold", ROOT / "tests/heldout4/docs", None),
    "realworld": (ROOT / "tests/realworld/gold", ROOT / "tests/realworld/docs", None),
    "relations": (ROOT / "tests/relations/gold", ROOT / "tests/relations/docs", None),
    "heldout": (ROOT / "tests/heldout/gold", ROOT / "tests/heldout/docs", None),
    "heldout2": (ROOT / "tests/heldout2/gold", ROOT / "tests/heldout2/docs", None),
    "shared000": (SHARED / "gold", SHARED, ROOT / "tests/relations/shared_overlay.json"),
}
NOT_FOUND = "(not found)"


def run_set(name: str):
    """(report, {document name: source text}) for one set."""
    from vanban.pipeline.analyze import analyze
    from vanban.pipeline.evaluate import evaluate

    gold, docs, overlay = SETS[name]
    texts: dict[str, str] = {}

    def keep(path: Path):
        doc = analyze(path)
        texts[path.name] = doc.source_text
        return doc

    labels = json.loads(overlay.read_text(encoding="utf-8")) if overlay else None
    return evaluate(gold, docs, analyze_fn=keep, labels=labels), texts


def confusion(report) -> Counter:
    """(gold, predicted) -> count over every labelled citation."""
    m: Counter = Counter()
    for label, r in report.relation_accuracy.items():
        m[(label, label)] += r.correct
        for it in r.wrong:
            m[(label, it.value.split(" != ", 1)[1])] += 1
    return m


def clause(text: str, start: int | None, length: int, before: int) -> str:
    if start is None or not text:
        return ""
    lo = max(0, start - before)
    cut = text.rfind("\n\n", lo, start)
    lo = cut + 2 if cut != -1 else lo
    hi = min(len(text), start + length)
    after = text[hi:hi + 60]
    return " ".join(f"{text[lo:start]}[[{text[start:hi]}]]{after}".split())


def print_matrix(m: Counter) -> None:
    gold = sorted({g for g, _ in m})
    pred = sorted({p for _, p in m})
    corner = "gold/pred"
    w = max(len(x) for x in gold + pred + [corner])
    print(f"  {corner:<{w}} " + " ".join(f"{p[:10]:>10}" for p in pred))
    for g in gold:
        print(f"  {g:<{w}} " + " ".join(f"{m[(g, p)] or '.':>10}" for p in pred))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="*", help=f"gold sets among {', '.join(SETS)} (default: all)")
    ap.add_argument("--summary", action="store_true", help="per-relation accuracy only")
    ap.add_argument("--json", action="store_true", help="one JSON object per set")
    ap.add_argument("--before", type=int, default=240, help="characters of context before a citation")
    args = ap.parse_args()
    unknown = [s for s in args.sets if s not in SETS]
    if unknown:
        ap.error(f"unknown set(s): {', '.join(unknown)}")
    for name in args.sets or list(SETS):
        if not SETS[name][0].is_dir():
            print(f"skip {name}: {SETS[name][0]} is not here", file=sys.stderr)
            continue
        report, texts = run_set(name)
        o = report.relation_overall
        per = {k: (v.correct, v.total) for k, v in sorted(report.relation_accuracy.items())}
        pin, eff = report.pinpoint_accuracy, report.effective_date_accuracy
        if args.json:
            print(json.dumps({"set": name, "overall": [o.correct, o.total], "per_relation": per,
                              "pinpoint": [pin.correct, pin.total], "effective_date": [eff.correct, eff.total],
                              "confusion": {f"{g}->{p}": n for (g, p), n in sorted(confusion(report).items())}},
                             ensure_ascii=False))
            continue
        print(f"== {name}: {o.correct}/{o.total} = {o.value:.3f}; pinpoint {pin.correct}/{pin.total}; "
              f"effective date {eff.correct}/{eff.total}")
        print("  " + ", ".join(f"{k} {c}/{t}" for k, (c, t) in per.items()))
        if args.summary:
            continue
        print_matrix(confusion(report))
        for label, r in sorted(report.relation_accuracy.items()):
            for it in r.wrong:
                g_len = len(it.text) if it.text else 20
                print(f"  - {it.doc} @{it.start} {it.value}: {clause(texts.get(it.doc, ''), it.start, g_len, args.before)}")
        for it in pin.wrong:
            print(f"  - pinpoint {it.doc} @{it.start} {it.value}")
        for it in eff.wrong:
            print(f"  - effective date {it.doc} {it.value}")
        print()


if __name__ == "__main__":
    main()
