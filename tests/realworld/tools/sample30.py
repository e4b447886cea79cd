"""Draw the thirtieth blind sample: 12 documents new to this project, copied into docs/ and the manifest.

    python3 tests/realworld/tools/sample30.py            # lists, draws, copies, appends, writes blind_sample30.json
    python3 tests/realworld/tools/sample30.py --dry-run  # lists and draws only

The same job, candidates, eligibility, strata and caps as sample4.py, with a new seed. The documents
of samples 1-29 are in the manifest already, so they are not eligible again. Decided from file names,
crawl records, index entries, the pages' attribute tables and the closing mark only; nothing of
vanban is run.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import sample4  # noqa: E402

SEED = 20270122

if __name__ == "__main__":
    sample4.main(SEED, "blind_sample30.json", __doc__)
