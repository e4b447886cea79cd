"""Draw the fourth blind sample: 12 documents new to this project, copied into docs/ and the manifest.

    python3 tests/realworld/tools/sample4.py            # lists, draws, copies, appends, writes blind_sample4.json
    python3 tests/realworld/tools/sample4.py --dry-run  # lists and draws only

Same job and rules as sample3.py (candidates, eligibility, caps), with a new seed and two changes
that favour variety:
  1. Party pages. xaydungchinhsach.chinhphu.vn pages whose crawl title starts with a document type and
     a Party number ("KẾT LUẬN 127-KL/TW CỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ ...") are candidates even without
     the header or "TOÀN VĂN", when the page carries the document's text to its closing mark "./."
     (a news report about the document has no such ending). The Central Steering Committee's code
     -KH/BCĐ counts as a Party code there.
  2. Draw. Stratum P is first the Party documents (number ending in a Party body's code); 4 are
     drawn from them, and only if fewer than 4 exist the rest from sample3's provincial/district
     stratum. Then 8 uniform draws from all other eligible documents. Every draw walks a
     random.Random(SEED) shuffle of the candidates (sorted by source repository and path) and skips a
     document whose type already has 3 in the sample.
  3. Seen elsewhere. A source path named anywhere in tests/ outside the document folders (the READMEs
     of tests/relations and the other hand-made sets give the source of each of their documents,
     which are excerpts, so their digests differ) is not new to the project and is left out
     (tests/realworld itself is left to its manifest, so that a rerun gives the same draw).
Decided from file names, crawl records, index entries, the pages' attribute tables and the closing
mark only; nothing of vanban is run.
"""
from __future__ import annotations

import argparse
import collections
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import mirrors  # noqa: E402
from collect import EXCLUDED_PATHS, TN, is_vietnamese_document, page_path, tnt_records, type_and_number  # noqa: E402
from sample3 import (MAX_TEXT, MIN_TEXT, PARTY_CODES, ROOT, SIZE, STRATUM, TESTS, cb_candidates, eligible,  # noqa: E402
                     hr_candidates, in_stratum, record, tnt_candidates, write_draw, xd_entry)

SEED = 20261205
TYPE_CAP = 3
XD_PARTY_CODES = PARTY_CODES + ("/BCĐ",)
ISSUER_IN_TITLE = re.compile(r"của (Bộ Chính trị(?:, Ban Bí thư)?|Ban Bí thư|Ban Chấp hành Trung ương|Ban Chỉ đạo Trung ương)",
                             re.IGNORECASE)


SOURCE_PATH = re.compile(r"src/etl/dataset/[0-9a-f]{16}\.md|data/[0-9][^/\s`,)'\"]*|docs/[a-z_]+/[a-z0-9-]+\.(?:txt|pdf)")


def seen_in_tests() -> set[str]:
    """Source paths the hand-made test sets name (their READMEs, gold and tools), outside docs/ folders."""
    seen = set()
    for path in TESTS.rglob("*"):
        if (path.is_file() and path.suffix in (".md", ".json", ".py", ".txt") and "docs" not in path.parts
                and ROOT not in path.parents):    # tests/realworld itself: its manifest decides
            seen.update(m.group(0).rstrip("/") for m in SOURCE_PATH.finditer(path.read_text(encoding="utf-8", errors="replace")))
    return seen


def is_party(c: dict) -> bool:
    return (c["number"] or "").upper().endswith(XD_PARTY_CODES)


def xd_party_candidates(known: set[str]) -> list[dict]:
    """xaydungchinhsach pages titled with a Party document's type and number that carry its text to "./."."""
    files = set(mirrors.list_files(TN))
    sizes = mirrors.sizes(TN)
    chosen = {}
    for r in tnt_records("xaydungchinhsach"):
        path = page_path(r["url"])
        title = " ".join(r["content"].split())
        doc_type, number = type_and_number(title)
        if (path in files and path not in known and path not in EXCLUDED_PATHS and number
                and number.upper().endswith(XD_PARTY_CODES) and MIN_TEXT <= sizes[path] <= MAX_TEXT):
            chosen.setdefault(path, (r, title))
    pages = mirrors.read_many(TN, sorted(chosen))
    out = []
    for path, (r, title) in sorted(chosen.items()):
        text = pages[path].decode("utf-8", "replace")
        if "./." not in text or not is_vietnamese_document(text, type_and_number(title)[0]):
            continue
        entry = xd_entry(path, r, title, pages[path])
        m = ISSUER_IN_TITLE.search(title)
        if m:
            entry["issuer"], entry["label_source"]["issuer"] = m.group(1), "crawl record title (\"của ...\")"
        out.append(entry)
    return out


def draw(rng: random.Random, candidates: list[dict], count: int, taken: list[dict]) -> list[dict]:
    """count documents from a shuffle of candidates, skipping those already taken or of a full type."""
    types = collections.Counter(c["type"] for c in taken)
    order = list(candidates)
    rng.shuffle(order)
    out = []
    for c in order:
        if len(out) == count:
            break
        if c in taken or types[c["type"]] >= TYPE_CAP:
            continue
        out.append(c)
        types[c["type"]] += 1
    return out


def main(seed: int = SEED, sample_name: str = "blind_sample4.json", doc: str = __doc__) -> None:
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args()
    manifest_path = ROOT / "manifest.jsonl"
    manifest = [json.loads(line) for line in manifest_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    candidates = tnt_candidates() + hr_candidates() + cb_candidates()
    candidates += xd_party_candidates({c["source_path"] for c in candidates})
    seen = seen_in_tests()
    pool = eligible([c for c in candidates if c["source_path"].rstrip("/") not in seen], manifest)
    party = [c for c in pool if is_party(c)]
    local = [c for c in pool if in_stratum(c) and not is_party(c)]
    rng = random.Random(seed)
    first = draw(rng, party, STRATUM, [])
    first += draw(rng, local, STRATUM - len(first), first)
    rest = draw(rng, pool, SIZE - STRATUM, first)
    print(f"{len(pool)} eligible, {len(party)} Party documents, {len(local)} other stratum documents")
    next_number = max(int(e["file"][:3]) for e in manifest) + 1
    entries, sample = [], []
    for i, c in enumerate(first + rest):
        entry = record(c, next_number + i)
        if i < len(first):
            reason = "stratum draw (Party document)" if is_party(c) else \
                "stratum draw (provincial/district document: fewer than 4 Party documents eligible)"
        else:
            reason = "uniform draw from all eligible documents" + (" (also in the stratum)" if in_stratum(c) or is_party(c) else "")
        entries.append((entry, c["data"]))
        sample.append({"file": entry["file"], "seed": seed, "reason": reason})
        print(entry["file"], entry["type"], entry["number"], entry["bytes"], reason[:30])
    if args.dry_run:
        for c in party:
            print("party:", c["source_path"], c["type"], c["number"], c["bytes"] if "bytes" in c else len(c["data"]))
        return
    write_draw(entries, sample, sample_name)


if __name__ == "__main__":
    main()
