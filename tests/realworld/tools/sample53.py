"""Draw the fifty-third blind sample: long documents new to this project, copied into docs/ and the manifest.

    python3 tests/realworld/tools/sample53.py            # lists, draws, copies, appends, writes blind_sample53.json
    python3 tests/realworld/tools/sample53.py --dry-run  # lists and draws only

The same job, candidates, eligibility, strata, caps and size band as sample48.py (texts of more than
60,000 and at most 90,000 bytes), with a new seed: a sixth sample of the long texts, drawn at the
start of stop 44 on stop 43's final code (d9a354e), before any class of this stop. The documents of
samples 1-52 are in the manifest already, so they are not eligible again. Decided from file names,
crawl records, index entries, the pages' attribute tables and the closing mark only; nothing of vanban is run.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import sample48  # noqa: E402

SEED = 20270168

if __name__ == "__main__":
    sample48.main(SEED, "blind_sample53.json", __doc__)
