"""Draw the sixty-ninth blind sample: three more texts of the 90-140 KB band, new to this project, copied into docs/ and the manifest.

    python3 tests/realworld/tools/sample69.py            # lists, draws, copies, appends, writes blind_sample69.json
    python3 tests/realworld/tools/sample69.py --dry-run  # lists and draws only

The same job, candidates, eligibility, strata, caps and size band (more than 90,000 and at most 140,000
bytes) as sample54.py, with a new seed. Three documents (a uniform draw; no Party or provincial stratum
document is in the band), so that each is annotated whole by one reader in a stop. Drawn late in stop 51,
on the stop's code after its classes from samples 67 and 68 (70d88f0), before anything ran on it. The
documents of samples 1-68 are in the manifest already, so they are not eligible again. Decided from file
names, crawl records, index entries, the pages' attribute tables and the closing mark only; nothing of
vanban is run.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import sample4  # noqa: E402
import sample31  # noqa: E402

SEED = 20270200
MIN_TEXT, MAX_TEXT = 90_001, 140_000
DRAWN = 3

if __name__ == "__main__":
    sample4.SIZE = sample4.STRATUM + DRAWN
    sample31.main(SEED, "blind_sample69.json", __doc__, band=(MIN_TEXT, MAX_TEXT))
