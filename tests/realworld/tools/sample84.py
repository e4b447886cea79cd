"""Draw the eighty-fourth blind sample: three texts of a new band, 200-300 KB, new to this project and no
near-duplicate of an annotated or drawn text, copied into docs/ and the manifest.

    python3 tests/realworld/tools/sample84.py            # lists, draws, copies, appends, writes blind_sample84.json
    python3 tests/realworld/tools/sample84.py --dry-run  # lists and draws only

The same job, candidates, eligibility, strata, caps and near-duplicate rule as sample83.py (keys of every gold and
every blind sample), with a new seed, three drawn, and a new band: the texts of 200,001 to 300,000 bytes (the
140-200 KB band was spent by sample 83; this band has 17 eligible texts at stop 58's end). Drawn at the start of
stop 59 on stop 58's final code (7c0f079), before anything ran on it. Decided from file names, crawl records, index
entries, the pages' attribute tables, the opening text and the closing mark only; nothing of vanban is run.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import sample4  # noqa: E402
import sample31  # noqa: E402
import sample82  # noqa: E402
import sample83  # noqa: E402

SEED = 20270302
DRAWN = 3
MIN_TEXT, MAX_TEXT = 200_001, 300_000


def draw(seed: int, out: str, doc: str) -> None:
    """Draw ``DRAWN`` texts of the 200-300 KB band with ``seed`` into ``out`` (samples 84 on), leaving out every
    near-duplicate of a text a gold annotates or a blind sample drew."""
    sample82.annotated_keys = sample83.drawn_keys
    sample4.SIZE = sample4.STRATUM + DRAWN
    sample4.eligible = sample82.without_near_duplicates(sample4.eligible)
    sample31.main(seed, out, doc, band=(MIN_TEXT, MAX_TEXT))


if __name__ == "__main__":
    draw(SEED, "blind_sample84.json", __doc__)
