"""Draw the eighty-second blind sample: three texts of the 140-200 KB band, new to this project and no near-duplicate of an annotated text, copied into docs/ and the manifest.

    python3 tests/realworld/tools/sample82.py            # lists, draws, copies, appends, writes blind_sample82.json
    python3 tests/realworld/tools/sample82.py --dry-run  # lists and draws only

The same job, candidates, eligibility, strata and caps as sample81.py, with a new seed, and one more rule of
eligibility: a text is not eligible where it is a near-duplicate of a text some gold annotates. Samples 79 to 81
each drew one (831, the original of the consolidated text 814; 834, the consolidated text of 794; 838, an earlier
consolidation of the law of 790), and their first contact was not independent. A text's keys are its own number
and, for a consolidated text (Văn bản hợp nhất), the number of the document it consolidates (the first "số N/YYYY/..."
of its opening); a candidate whose keys meet an annotated text's keys is left out (at stop 57's end,
of the band's six eligible texts this leaves out 22/VBHN-VPQH, a consolidation of the health insurance law of 762
and 828; it would have left out 831, 834 and 838). Written at stop 57 and run there with --dry-run only; drawn at the
start of stop 58 on stop 57's final code (2c7512e), before anything ran on it. The documents of samples 1-81 are in the
manifest already, so they are not eligible again. Decided from file names, crawl records, index entries, the
pages' attribute tables, the opening text and the closing mark only; nothing of vanban is run.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import sample3  # noqa: E402
import sample4  # noqa: E402
import sample31  # noqa: E402

SEED = 20270226
MIN_TEXT, MAX_TEXT = 140_001, 200_000
DRAWN = 3
_BASE = re.compile(r"số\s+(\d{1,4}/\d{4}/[A-ZĐ0-9][A-ZĐ0-9-]*)")


def base_number(number: str | None, text: str) -> str | None:
    """The number of the document a consolidated text consolidates (its number holds "VBHN", or its opening says
    "HỢP NHẤT"): the first "số N/YYYY/..." of its opening; None for any other text (a decree's basis lines cite laws
    "được sửa đổi, bổ sung bởi ..." too, and consolidate nothing)."""
    opening = text[:4000]
    if "VBHN" not in (number or "") and "HỢP NHẤT" not in opening:
        return None
    m = _BASE.search(opening)
    return m.group(1) if m else None


def keys(number: str | None, text: str) -> set[str]:
    out = {sample3.norm_number(n) for n in (number, base_number(number, text)) if n}
    return {k for k in out if k}


def annotated_keys() -> set[str]:
    """The keys of every text a gold of tests/realworld annotates."""
    root = sample3.ROOT
    manifest = {json.loads(line)["file"]: json.loads(line)
                for line in (root / "manifest.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()}
    out: set[str] = set()
    for gold in root.glob("gold*/*.json"):
        entry = next((e for f, e in manifest.items() if Path(f).stem == gold.stem), None)
        if entry is None:
            continue
        path = root / "docs" / entry["file"]
        text = path.read_text(encoding="utf-8", errors="ignore") if entry["format"] != "pdf" else ""
        out |= keys(entry.get("number"), text)
    return out


def without_near_duplicates(eligible):
    """``sample3.eligible`` less the candidates whose keys meet an annotated text's keys."""
    known = annotated_keys()

    def pool(candidates, manifest):
        kept = []
        for c in eligible(candidates, manifest):
            text = c["data"][:8000].decode("utf-8", errors="ignore")
            if keys(c.get("number"), text) & known:
                print(f"near-duplicate left out: {c['source_path']} ({sorted(keys(c.get('number'), text))})")
                continue
            kept.append(c)
        return kept
    return pool


if __name__ == "__main__":
    sample4.SIZE = sample4.STRATUM + DRAWN
    sample4.eligible = without_near_duplicates(sample4.eligible)
    sample31.main(SEED, "blind_sample82.json", __doc__, band=(MIN_TEXT, MAX_TEXT))
