"""Draw the ninety-fifth blind sample: three texts of 20-140 KB, new to this project and no near-duplicate of an
annotated or drawn text, copied into docs/ and the manifest.

    python3 tests/realworld/tools/sample95.py            # lists, draws, copies, appends, writes blind_sample95.json
    python3 tests/realworld/tools/sample95.py --dry-run  # lists and draws only

The same job, candidates, eligibility, strata, caps and near-duplicate rule as sample84.py-sample94.py, with a new
seed and a band that earlier samples drew from and left texts in: 20,001 to 140,000 bytes (the 300-500 KB band was
spent by sample 92, and texts over 500 KB exceed the corpus's per-text cap; this band has 5 eligible texts after sample 94 at stop
65's middle). Drawn mid-stop 65 on its code after sample 94's classes (421c489), before
anything ran on these texts. Decided from file names, crawl records, index entries, the pages' attribute tables,
the opening text and the closing mark only; nothing of vanban is run.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import sample84  # noqa: E402

SEED = 20270321
MIN_TEXT, MAX_TEXT = 20_001, 140_000


if __name__ == "__main__":
    sample84.MIN_TEXT, sample84.MAX_TEXT = MIN_TEXT, MAX_TEXT
    sample84.draw(SEED, "blind_sample95.json", __doc__)
