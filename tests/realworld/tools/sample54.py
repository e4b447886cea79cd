"""Draw the fifty-fourth blind sample: the longest texts yet, new to this project, copied into docs/ and the manifest.

    python3 tests/realworld/tools/sample54.py            # lists, draws, copies, appends, writes blind_sample54.json
    python3 tests/realworld/tools/sample54.py --dry-run  # lists and draws only

The same job, candidates, eligibility, strata and caps as sample48.py, with a new seed and two changes.
The size band: samples 48-53 took texts of more than 60,000 and at most 90,000 bytes, and sample 53
drew the last three that the type cap allowed; this draw takes texts of more than 90,000 and at most
140,000 bytes (49 eligible before it), the longest circulars, consolidated texts, decrees and
procedure lists. The size: three documents (a uniform draw; no Party or provincial stratum document is
in the band), so that each is annotated whole by one reader in a stop. Drawn at the start of stop 44
on stop 43's final code (d9a354e), right after sample 53, before any class of this stop. The documents
of samples 1-53 are in the manifest already, so they are not eligible again. Decided from file names,
crawl records, index entries, the pages' attribute tables and the closing mark only; nothing of vanban is run.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import sample4  # noqa: E402
import sample31  # noqa: E402

SEED = 20270170
MIN_TEXT, MAX_TEXT = 90_001, 140_000
DRAWN = 3

if __name__ == "__main__":
    sample4.SIZE = sample4.STRATUM + DRAWN
    sample31.main(SEED, "blind_sample54.json", __doc__, band=(MIN_TEXT, MAX_TEXT))
