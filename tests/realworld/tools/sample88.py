"""Draw the eighty-eighth blind sample: three more texts of the band, 200-300 KB, new to this project and no
near-duplicate of an annotated or drawn text, copied into docs/ and the manifest.

    python3 tests/realworld/tools/sample88.py            # lists, draws, copies, appends, writes blind_sample88.json
    python3 tests/realworld/tools/sample88.py --dry-run  # lists and draws only

The same job, candidates, eligibility, strata, caps and near-duplicate rule as sample87.py, with a new seed and
three drawn from the same band, the texts of 200,001 to 300,000 bytes (5 eligible left after sample 87). Drawn at
the start of stop 61 on stop 60's final code (c0247f4), before anything ran on these texts. Decided from file
names, crawl records, index entries, the pages' attribute tables, the opening text and the closing mark only;
nothing of vanban is run.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import sample84  # noqa: E402

SEED = 20270310


if __name__ == "__main__":
    sample84.draw(SEED, "blind_sample88.json", __doc__)
