"""Draw the ninety-fourth blind sample: three texts of 20-140 KB, new to this project and no near-duplicate of an
annotated or drawn text, copied into docs/ and the manifest.

    python3 tests/realworld/tools/sample94.py            # lists, draws, copies, appends, writes blind_sample94.json
    python3 tests/realworld/tools/sample94.py --dry-run  # lists and draws only

The same job, candidates, eligibility, strata, caps and near-duplicate rule as sample84.py-sample93.py, with a new
seed and a band that earlier samples drew from and left texts in: 20,001 to 140,000 bytes (the 300-500 KB band was
spent by sample 92, and texts over 500 KB exceed the corpus's per-text cap; this band has 9 eligible texts at stop
64's end). Drawn at the start of stop 65 on stop 64's final code (418723c), before
anything ran on these texts. Decided from file names, crawl records, index entries, the pages' attribute tables,
the opening text and the closing mark only; nothing of vanban is run.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import sample84  # noqa: E402

SEED = 20270320
MIN_TEXT, MAX_TEXT = 20_001, 140_000


if __name__ == "__main__":
    sample84.MIN_TEXT, sample84.MAX_TEXT = MIN_TEXT, MAX_TEXT
    sample84.draw(SEED, "blind_sample94.json", __doc__)
