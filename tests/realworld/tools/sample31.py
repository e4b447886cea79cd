"""Draw the thirty-first blind sample: longer documents new to this project, copied into docs/ and the manifest.

    python3 tests/realworld/tools/sample31.py            # lists, draws, copies, appends, writes blind_sample31.json
    python3 tests/realworld/tools/sample31.py --dry-run  # lists and draws only

The same job, candidates, eligibility, strata and caps as sample4.py, with a new seed and one change:
the size band. Samples 3-30 took texts of 3,000 to 25,000 bytes, and that band is spent (sample 30
drew three of the last 43, all Quyết định). This draw takes texts of more than 25,000 and at most
60,000 bytes (sample 1's cap), so the longer statutes, plans and reports that no sample could reach
are drawn. The documents of samples 1-30 are in the manifest already, so they are not eligible again.
Decided from file names, crawl records, index entries, the pages' attribute tables and the closing
mark only; nothing of vanban is run.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import sample3  # noqa: E402
import sample4  # noqa: E402

SEED = 20270124
MIN_TEXT, MAX_TEXT = 25_001, 60_000

def main(seed: int = SEED, sample_name: str = "blind_sample31.json", doc: str = __doc__,
         band: tuple[int, int] = (MIN_TEXT, MAX_TEXT)) -> None:
    """sample4's draw over the texts of ``band`` bytes (by default ``MIN_TEXT`` to ``MAX_TEXT``)."""
    sample3.MIN_TEXT = sample4.MIN_TEXT = band[0]
    sample3.MAX_TEXT = sample4.MAX_TEXT = band[1]
    sample4.main(seed, sample_name, doc)


if __name__ == "__main__":
    main()
