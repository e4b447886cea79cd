"""Draw the second blind sample for gold annotation: tests/realworld/blind_sample2.json.

    python3 tests/realworld/tools/sample2.py

Rule (fixed seed SEED below, nothing else random), on the rules of sample.py (imported, not copied):
  1. Eligible: what sample.py calls eligible (not a scan; text measured by sample.text_bytes), with
     at most 25,000 bytes of text so that a whole document can be annotated by hand, and none of
     the 30 documents of blind_sample.json.
  2. Stratum P: sample.in_stratum (Party documents, provincial or district reports, plans,
     conclusions).
  3. Draw 3 from P, then 7 from all the other eligible documents (P included), both with
     random.Random(SEED) on the documents sorted by file name.
The sample is drawn from labels the sources give and sizes only; no document body is read here.
"""
from __future__ import annotations

import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sample import ROOT, in_stratum, text_bytes  # noqa: E402

SEED = 20261203
MAX_TEXT = 25_000
SIZE = 10
STRATUM = 3


def main() -> None:
    entries = [json.loads(line) for line in (ROOT / "manifest.jsonl").read_text(encoding="utf-8").splitlines() if line]
    first_sample = {item["file"] for item in json.loads((ROOT / "blind_sample.json").read_text(encoding="utf-8"))}
    eligible = sorted(
        (e for e in entries if e["kind"] != "scan" and e["file"] not in first_sample and text_bytes(e) <= MAX_TEXT),
        key=lambda e: e["file"],
    )
    stratum = [e for e in eligible if in_stratum(e)]
    rng = random.Random(SEED)
    first = rng.sample(stratum, STRATUM)
    rest = rng.sample([e for e in eligible if e not in first], SIZE - STRATUM)
    sample = [{"file": e["file"], "seed": SEED,
               "reason": "stratum draw (Party document or provincial/district report, plan or conclusion)"} for e in first]
    sample += [{"file": e["file"], "seed": SEED,
                "reason": "uniform draw from all eligible documents" + (" (also in the stratum)" if in_stratum(e) else "")}
               for e in rest]
    (ROOT / "blind_sample2.json").write_text(json.dumps(sample, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(eligible)} eligible, {len(stratum)} in the stratum; wrote {len(sample)} to blind_sample2.json")


if __name__ == "__main__":
    main()
