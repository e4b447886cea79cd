"""Draw the forty-eighth blind sample: long documents new to this project, copied into docs/ and the manifest.

    python3 tests/realworld/tools/sample48.py            # lists, draws, copies, appends, writes blind_sample48.json
    python3 tests/realworld/tools/sample48.py --dry-run  # lists and draws only

The same job, candidates, eligibility, strata and caps as sample31.py, with a new seed and one change:
the size band. Samples 31-47 took texts of more than 25,000 and at most 60,000 bytes, and that band is
spent (six eligible documents were left after sample 47). This draw takes texts of more than 60,000
and at most 90,000 bytes, the longer circulars, consolidated texts, plans and procedure lists that no
sample could reach (46 eligible before this draw). The documents of samples 1-47 are in the manifest
already, so they are not eligible again. Decided from file names, crawl records, index entries, the
pages' attribute tables and the closing mark only; nothing of vanban is run.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import sample31  # noqa: E402

SEED = 20270158
MIN_TEXT, MAX_TEXT = 60_001, 90_000


def main(seed: int = SEED, sample_name: str = "blind_sample48.json", doc: str = __doc__) -> None:
    """sample31's draw over the long texts (``MIN_TEXT`` to ``MAX_TEXT`` bytes)."""
    sample31.main(seed, sample_name, doc, band=(MIN_TEXT, MAX_TEXT))


if __name__ == "__main__":
    main()
