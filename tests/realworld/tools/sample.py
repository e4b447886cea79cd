"""Draw the blind sample for gold annotation: tests/realworld/blind_sample.json.

    python3 tests/realworld/tools/sample.py

Rule (fixed seed SEED below, nothing else random):
  1. Eligible: every manifest document whose text is at most 60,000 bytes (UTF-8) — for a PDF,
     the text `pdftotext` gives (pdfplumber, which the gold format names, gives about the same) —
     and that has a text to annotate: scans without a text layer (kind "scan") are left out.
  2. Stratum P: Party documents (number ending in a Party body's code such as /TW, or issued by a
     Party central body) and provincial or district reports, plans or conclusions (type Báo cáo,
     Kế hoạch, Kết luận or Thông báo with a provincial/district issuer or a -UBND/-HĐND number).
  3. Draw 8 from P, then 22 from all the other eligible documents (P included), both with
     random.Random(SEED) on the documents sorted by file name. So at least 8 of the 30 are in P and
     the rest is a uniform draw.
The sample is drawn from labels the sources give and sizes only; no document body is read here.
"""
from __future__ import annotations

import json
import random
import re
import subprocess
from pathlib import Path

SEED = 18_2026
ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
MAX_TEXT = 60_000
SIZE = 30
STRATUM = 8
PARTY_CODES = ("/TW", "/VPTW", "/BTCTW", "/UBKTTW", "/BTGDVTW", "/BCSCLTW", "/TU", "/HU", "/ĐU")
LOCAL = re.compile(r"tỉnh|thành phố|huyện|quận|thị xã|ủy ban nhân dân|uỷ ban nhân dân|hội đồng nhân dân", re.IGNORECASE)


def text_bytes(entry: dict) -> int:
    path = DOCS / entry["file"]
    if entry["format"] == "pdf":
        out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, timeout=120)
        return len(out.stdout)
    return path.stat().st_size


def in_stratum(e: dict) -> bool:
    number = (e["number"] or "").upper()
    issuer = e["issuer"] or ""
    if number.endswith(PARTY_CODES) or re.search(r"Ban Chấp hành Trung ương|Trung ương Đảng|Ban .* Trung ương", issuer):
        return True
    local = bool(LOCAL.search(issuer)) or bool(re.search(r"-(UBND|HĐND)\b", number))
    return e["type"] in ("Báo cáo", "Kế hoạch", "Kết luận", "Thông báo") and local


def main() -> None:
    entries = [json.loads(line) for line in (ROOT / "manifest.jsonl").read_text(encoding="utf-8").splitlines() if line]
    eligible = sorted((e for e in entries if e["kind"] != "scan" and text_bytes(e) <= MAX_TEXT), key=lambda e: e["file"])
    stratum = [e for e in eligible if in_stratum(e)]
    rng = random.Random(SEED)
    first = rng.sample(stratum, STRATUM)
    rest = rng.sample([e for e in eligible if e not in first], SIZE - STRATUM)
    sample = [{"file": e["file"], "seed": SEED,
               "reason": "stratum draw (Party document or provincial/district report, plan or conclusion)"} for e in first]
    sample += [{"file": e["file"], "seed": SEED,
                "reason": "uniform draw from all eligible documents" + (" (also in the stratum)" if in_stratum(e) else "")}
               for e in rest]
    (ROOT / "blind_sample.json").write_text(json.dumps(sample, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(eligible)} eligible, {len(stratum)} in the stratum; wrote {len(sample)} to blind_sample.json")


if __name__ == "__main__":
    main()
