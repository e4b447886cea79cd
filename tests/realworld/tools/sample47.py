"""Draw the forty-seventh blind sample: longer documents new to this project, copied into docs/ and the manifest.

    python3 tests/realworld/tools/sample47.py            # lists, draws, copies, appends, writes blind_sample47.json
    python3 tests/realworld/tools/sample47.py --dry-run  # lists and draws only

The same job, candidates, eligibility, strata, caps and size band as sample31.py (texts of more
than 25,000 and at most 60,000 bytes), with a new seed: a seventeenth sample of the longer texts, drawn
after stop 40's classes on samples 45 and 46, at its final code. The documents of samples 1-46 are in the manifest already,
so they are not eligible again. Decided from file names, crawl records, index entries, the pages' attribute tables and the closing
mark only; nothing of vanban is run.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import sample31  # noqa: E402

SEED = 20270156

if __name__ == "__main__":
    sample31.main(SEED, "blind_sample47.json", __doc__)
