"""Draw the eighty-third blind sample: the last two texts of the 140-200 KB band that are new to this project and no
near-duplicate of an annotated or drawn text, copied into docs/ and the manifest.

    python3 tests/realworld/tools/sample83.py            # lists, draws, copies, appends, writes blind_sample83.json
    python3 tests/realworld/tools/sample83.py --dry-run  # lists and draws only

The same job, candidates, eligibility, strata, caps and near-duplicate rule as sample82.py, with a new seed, two
drawn (the band has two eligible texts left after sample 82), and the near-duplicate keys taken from the texts of
every blind sample too (sample 82's gold was not written yet when this was drawn). Drawn at the start of stop 58 on
stop 57's final code (2c7512e), right after sample 82 and before anything ran on either. Decided from file names,
crawl records, index entries, the pages' attribute tables, the opening text and the closing mark only; nothing of
vanban is run.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import sample3  # noqa: E402
import sample4  # noqa: E402
import sample31  # noqa: E402
import sample82  # noqa: E402

SEED = 20270228
DRAWN = 2


def drawn_keys() -> set[str]:
    """The keys of every text a gold annotates or a blind sample drew."""
    root = sample3.ROOT
    manifest = {Path(json.loads(line)["file"]).stem: json.loads(line)
                for line in (root / "manifest.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()}
    stems = {g.stem for g in root.glob("gold*/*.json")}
    for sample in root.glob("blind_sample*.json"):
        stems |= {Path(e["file"]).stem for e in json.loads(sample.read_text(encoding="utf-8"))}
    out: set[str] = set()
    for stem in stems:
        entry = manifest.get(stem)
        if entry is None:
            continue
        path = root / "docs" / entry["file"]
        text = path.read_text(encoding="utf-8", errors="ignore") if entry["format"] != "pdf" else ""
        out |= sample82.keys(entry.get("number"), text)
    return out


if __name__ == "__main__":
    sample82.annotated_keys = drawn_keys
    sample4.SIZE = sample4.STRATUM + DRAWN
    sample4.eligible = sample82.without_near_duplicates(sample4.eligible)
    sample31.main(SEED, "blind_sample83.json", __doc__, band=(sample82.MIN_TEXT, sample82.MAX_TEXT))
