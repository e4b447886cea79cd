"""Draw the eighty-ninth blind sample: the band's last two texts, 200-300 KB, new to this project and no
near-duplicate of an annotated or drawn text, copied into docs/ and the manifest.

    python3 tests/realworld/tools/sample89.py            # lists, draws, copies, appends, writes blind_sample89.json
    python3 tests/realworld/tools/sample89.py --dry-run  # lists and draws only

The same job, candidates, eligibility, strata, caps and near-duplicate rule as sample88.py, with a new seed and
the band's last texts drawn, the texts of 200,001 to 300,000 bytes (2 eligible left after sample 88). Drawn near
the end of stop 61 on its final code (351f0ba), before anything ran on these texts. Decided from file names, crawl
records, index entries, the pages' attribute tables, the opening text and the closing mark only; nothing of vanban
is run.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import sample84  # noqa: E402

SEED = 20270312


if __name__ == "__main__":
    sample84.draw(SEED, "blind_sample89.json", __doc__)
