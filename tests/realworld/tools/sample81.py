"""Draw the eighty-first blind sample: three texts of a new size band (140-200 KB), new to this project, copied into docs/ and the manifest.

    python3 tests/realworld/tools/sample81.py            # lists, draws, copies, appends, writes blind_sample81.json
    python3 tests/realworld/tools/sample81.py --dry-run  # lists and draws only

The same job, candidates, eligibility, strata and caps as sample54.py, with a new seed and a new size band
(more than 140,000 and at most 200,000 bytes): the 90-140 KB band has one eligible text left after sample 69; samples 70-80 drew from this band.
Three documents (a uniform draw; no Party or provincial stratum document is in the band), so that each is
annotated whole by one reader in a stop. Drawn at the start of stop 57, on stop 56's final code (611d62e),
before anything ran on it. The documents of samples 1-80 are in the manifest already, so they are not
eligible again. Decided from file names, crawl records, index entries, the pages' attribute tables and the
closing mark only; nothing of vanban is run.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import sample4  # noqa: E402
import sample31  # noqa: E402

SEED = 20270224
MIN_TEXT, MAX_TEXT = 140_001, 200_000
DRAWN = 3

if __name__ == "__main__":
    sample4.SIZE = sample4.STRATUM + DRAWN
    sample31.main(SEED, "blind_sample81.json", __doc__, band=(MIN_TEXT, MAX_TEXT))
