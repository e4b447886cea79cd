"""Draw the forty-sixth blind sample: longer documents new to this project, copied into docs/ and the manifest.

    python3 tests/realworld/tools/sample46.py            # lists, draws, copies, appends, writes blind_sample46.json
    python3 tests/realworld/tools/sample46.py --dry-run  # lists and draws only

The same job, candidates, eligibility, strata, caps and size band as sample31.py (texts of more
than 25,000 and at most 60,000 bytes), with a new seed: a sixteenth sample of the longer texts, drawn
at the start of stop 40, before any of its classes. The documents of samples 1-45 are in the manifest already,
so they are not eligible again. Decided from file names, crawl records, index entries, the pages' attribute tables and the closing
mark only; nothing of vanban is run.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import sample31  # noqa: E402

SEED = 20270154

if __name__ == "__main__":
    sample31.main(SEED, "blind_sample46.json", __doc__)
