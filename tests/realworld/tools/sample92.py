"""Draw the ninety-second blind sample: the last three texts of the 300-500 KB band, new to this project and no
near-duplicate of an annotated or drawn text, copied into docs/ and the manifest.

    python3 tests/realworld/tools/sample92.py            # lists, draws, copies, appends, writes blind_sample92.json
    python3 tests/realworld/tools/sample92.py --dry-run  # lists and draws only

The same job, band (300,001 to 500,000 bytes), candidates, eligibility, strata, caps and near-duplicate rule as
sample90.py, with a new seed; drawn at the start of stop 63 on stop 62's final code (4736f53), before anything ran
on these texts (3 eligible left). Decided from file names, crawl records, index entries, the pages' attribute
tables, the opening text and the closing mark only; nothing of vanban is run.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import sample90  # noqa: E402

SEED = 20270318


if __name__ == "__main__":
    sample90.draw(SEED, "blind_sample92.json", __doc__)
