"""Draw the ninetieth blind sample: three texts of a new band, 300-500 KB, new to this project and no
near-duplicate of an annotated or drawn text, copied into docs/ and the manifest.

    python3 tests/realworld/tools/sample90.py            # lists, draws, copies, appends, writes blind_sample90.json
    python3 tests/realworld/tools/sample90.py --dry-run  # lists and draws only

The same job, candidates, eligibility, strata, caps and near-duplicate rule as sample84.py-sample89.py, with a new
seed and a new band: the texts of 300,001 to 500,000 bytes (the 200-300 KB band was spent by sample 89; this band
has 9 eligible texts at stop 61's end). Drawn at the start of stop 62 on stop 61's final code (c1aaee9), before
anything ran on these texts. Decided from file names, crawl records, index entries, the pages' attribute tables,
the opening text and the closing mark only; nothing of vanban is run.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import sample84  # noqa: E402

SEED = 20270314
MIN_TEXT, MAX_TEXT = 300_001, 500_000


def draw(seed: int, out: str, doc: str) -> None:
    """sample84's draw of three texts, over the 300-500 KB band (samples 90 on)."""
    sample84.MIN_TEXT, sample84.MAX_TEXT = MIN_TEXT, MAX_TEXT
    sample84.draw(seed, out, doc)


if __name__ == "__main__":
    draw(SEED, "blind_sample90.json", __doc__)
