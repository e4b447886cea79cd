"""Draw the third blind sample: 12 documents new to this project, copied into docs/ and the manifest.

    python3 tests/realworld/tools/sample3.py            # lists, draws, copies, appends, writes blind_sample3.json
    python3 tests/realworld/tools/sample3.py --dry-run  # lists and draws only

Rule (fixed seed SEED below, nothing else random):
  1. Candidates, from the local mirrors through ``mirrors`` (reserved paths refused), labelled the way
     ``collect.py`` labels them (crawl record title, page attribute table, gazette index and file name):
     - tnt305/tai_lieu_noi_bo: thuvienphapluat.vn ``/van-ban/`` pages of any crawl record file, and
       xaydungchinhsach.chinhphu.vn pages whose crawl title starts with a document type and number:
       "TOÀN VĂN: Nghị quyết số ..." as collect.py takes them, or another title ("Kết luận số
       127-KL/TW ...") when the page carries the national or the Party header (else it is a news
       article about the document);
     - hrmaster1982-dev/phapluat-8chude-data: the source's .txt of a gazette PDF;
     - TuanHuu168/CongBot: ``data/<doc>/`` chunk files joined (as collect.py joins them).
  2. Eligible: text (.md/.txt) of 3,000 to 25,000 bytes; not in the manifest by source path or
     SHA-256, not in tests/heldout*/ or corpora/ by SHA-256, no number already taken (manifest or the
     documents collect.py leaves out for shared/corpus and tests/heldout*: compared as collect.py
     normalises numbers, so a near-duplicate with the same number in its name goes too); the page
     carries the Vietnamese document (collect.is_vietnamese_document: no English translation, no
     "download to read" stub); no decision about a named person; no more customs rulings (TB-CHQ) and
     commune-merger resolutions, whose caps the manifest already fills (6 each).
  3. Stratum P: Party documents (number ending in a Party body's code such as -KL/TW) and
     provincial/district plans, reports, directives, conclusions, notices or council resolutions
     (a -HĐND/-UBND number or a provincial/district issuer, type Kế hoạch, Báo cáo, Chỉ thị, Kết luận,
     Thông báo or Nghị quyết).
  4. Draw 4 from P, then 8 from all the other eligible documents (P included), both with
     random.Random(SEED) on the candidates sorted by source repository and path.
Decided from file names, crawl records, index entries and the pages' attribute tables only; no
document is parsed beyond collect.py's labelling, and nothing of vanban is run.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import mirrors  # noqa: E402
from collect import (CB, EXCLUDED_KEYS, EXCLUDED_PATHS, HR, TN, ascii_slug, congbot_documents, hr_labels,  # noqa: E402
                     is_vietnamese_document, iso_date, issuer_code, norm_number, own_number, page_path,
                     tnt_records, tv_labelled, type_and_number)

SEED = 20261204
MIN_TEXT, MAX_TEXT = 3_000, 25_000
SIZE, STRATUM = 12, 4
ROOT = Path(__file__).resolve().parents[1]          # tests/realworld
DOCS = ROOT / "docs"
TESTS = ROOT.parent
PARTY_CODES = ("/TW", "/VPTW", "/BTCTW", "/UBKTTW", "/BTGDVTW", "/BCSCLTW", "/TU", "/HU", "/ĐU")
LOCAL = re.compile(r"tỉnh|thành phố|huyện|quận|thị xã|ủy ban nhân dân|uỷ ban nhân dân|hội đồng nhân dân", re.IGNORECASE)
STRATUM_TYPES = ("Kế hoạch", "Báo cáo", "Chỉ thị", "Kết luận", "Thông báo", "Nghị quyết")
TOAN_VAN = re.compile(r"\s*(TOÀN VĂN|Toàn văn)")
CRAWL_FILES = ("fullthuvienphapluat", "thuvienphapluat", "nghidinh", "xaydungchinhsach", "viwiki_2025", "thuviennhadat")


def has_header(text: str) -> bool:
    """The national or the Party header, as collect.is_vietnamese_document looks for it."""
    flat = " ".join(text.replace("*", " ").split()).upper()
    return "CỘNG HÒA XÃ HỘI" in flat or "ĐẢNG CỘNG SẢN VIỆT NAM" in flat


def in_stratum(e: dict) -> bool:
    number = (e["number"] or "").upper()
    if number.endswith(PARTY_CODES):
        return True
    local = bool(LOCAL.search(e["issuer"] or "")) or bool(re.search(r"-(UBND|HĐND)\b", number))
    return e["type"] in STRATUM_TYPES and local


def capped(e: dict) -> bool:
    """Kinds whose cap the manifest already fills: customs rulings, same-day commune-merger resolutions."""
    title = e.get("title") or ""
    return "/TB-CHQ" in (e["number"] or "") or bool(re.search(r"sắp xếp các (ĐVHC|đơn vị hành chính) cấp xã", title))


def tnt_candidates() -> list[dict]:
    files = set(mirrors.list_files(TN))
    sizes = mirrors.sizes(TN)
    records = {}
    for name in CRAWL_FILES:
        for r in tnt_records(name):
            path = page_path(r["url"])
            if path in files and path not in EXCLUDED_PATHS and MIN_TEXT <= sizes[path] <= MAX_TEXT:
                records.setdefault(path, r)
    chosen = {}
    for path, r in sorted(records.items()):
        title = " ".join(r["content"].split())
        if "/van-ban/" in r["url"]:
            chosen[path] = (r, title, "tv")
        elif "xaydungchinhsach.chinhphu.vn" in r["url"] and all(type_and_number(title)):
            chosen[path] = (r, title, "xd")
    pages = mirrors.read_many(TN, sorted(chosen))
    out = []
    for path, (r, title, src) in sorted(chosen.items()):
        data = pages[path]
        text = data.decode("utf-8", "replace")
        t_type, t_number = type_and_number(title)
        if not is_vietnamese_document(text, t_type) or re.search(r"xử phạt vi phạm hành chính đối với (ông|bà)\b", title):
            continue
        if src == "xd" and not TOAN_VAN.match(title) and not has_header(text):
            continue              # a news article about the document, not the document
        out.append(tv_entry(path, r, title, text, data) if src == "tv" else xd_entry(path, r, title, data))
    return out


def tv_entry(path: str, r: dict, title: str, text: str, data: bytes) -> dict:
    """A thuvienphapluat.vn page labelled as collect.py labels it (attribute table, else crawl title)."""
    return {"stem": "tv_" + ascii_slug(r["url"].rsplit("/", 1)[1].split(".aspx")[0], 55), "ext": "md", "data": data,
            **tv_labelled(path, r, title, text)}


def xd_entry(path: str, r: dict, title: str, data: bytes) -> dict:
    doc_type, number = type_and_number(title)
    m = re.search(r"-1\d{2}(\d{2})(\d{2})(\d{2})\d+\.htm$", r["url"])
    year = 2000 + int(m.group(1)) if m else None
    return {
        "stem": "xd_" + ascii_slug(r["url"].rsplit("/", 1)[1].rsplit("-", 1)[0], 55), "ext": "md", "data": data,
        "kind": "crawled page (xaydungchinhsach.chinhphu.vn, full text without the header)",
        "source_repo": TN, "source_path": path, "source_url": r["url"], "title": title,
        "number": number, "type": doc_type, "date": None, "issuer": None, "year": year,
        "label_source": {"number": "crawl record title" if number else None,
                         "type": "crawl record title" if doc_type else None, "date": None, "issuer": None,
                         "year": "URL publication timestamp (the page's date, not the document's)" if year else None},
    }


def hr_candidates() -> list[dict]:
    files = mirrors.list_files(HR)
    sizes = mirrors.sizes(HR)
    index = {e["slug"]: e for e in json.loads(mirrors.show(HR, "index.json"))}
    txts = [f for f in files if f.startswith("docs/") and f.endswith(".txt") and MIN_TEXT <= sizes[f] <= MAX_TEXT
            and not any(mirrors.is_reserved(f[:-4] + ext) for ext in (".pdf", ".json"))]
    blobs = mirrors.read_many(HR, sorted(txts))
    metas = mirrors.read_many(HR, sorted(f[:-4] + ".json" for f in txts if f[:-4] + ".json" in files))
    out = []
    for path in sorted(blobs):
        slug = path.rsplit("/", 1)[1][:-4]
        meta = json.loads(metas.get(path[:-4] + ".json", b"{}"))
        labels = hr_labels({**meta, **index.get(slug, {})}, slug)
        out.append({"stem": f"hr_{slug}", "ext": "txt", "data": blobs[path],
                    "kind": "plain text (the source's text of the gazette PDF)", "source_repo": HR,
                    "source_path": path, **labels})
    return out


def cb_candidates() -> list[dict]:
    out = []
    for folder, meta, parts, data in congbot_documents():
        if not MIN_TEXT <= len(data) <= MAX_TEXT:
            continue
        number, date = own_number(meta.get("doc_title") or ""), iso_date(meta.get("issue_date"))
        out.append({
            "stem": f"cb_{ascii_slug(folder.split('/')[1])}", "ext": "md", "data": data,
            "kind": "repo markdown chunks joined", "source_repo": CB, "source_path": folder + "/", "source_parts": parts,
            "number": number, "type": meta.get("doc_type"), "date": date, "issuer": None,
            "year": int(date[:4]) if date else None,
            "label_source": {"number": "CongBot metadata.json doc_title" if number else None,
                             "type": "CongBot metadata.json doc_type", "date": "CongBot metadata.json issue_date",
                             "year": "CongBot metadata.json issue_date", "issuer": None},
            "derived_from": {"source_path": folder + "/", "tool": "chunk files joined in metadata.json order by one blank line"}})
    return out


def known_digests() -> set[str]:
    paths = [p for d in TESTS.glob("heldout*") for p in d.rglob("*") if p.is_file()]
    paths += [p for p in (TESTS.parent / "corpora").rglob("*") if p.is_file()]
    return {hashlib.sha256(p.read_bytes()).hexdigest() for p in paths}


def eligible(candidates: list[dict], manifest: list[dict]) -> list[dict]:
    paths = {e["source_path"] for e in manifest}
    digests = {e["sha256"] for e in manifest} | known_digests()
    keys = {norm_number(e["number"]) for e in manifest if e["number"]} | EXCLUDED_KEYS
    out, seen = [], set()
    for c in sorted(candidates, key=lambda c: (c["source_repo"], c["source_path"])):
        digest = hashlib.sha256(c["data"]).hexdigest()
        key = norm_number(c["number"])
        if c["source_path"] in paths or digest in digests or digest in seen or (key and key in keys) or capped(c):
            continue
        seen.add(digest)
        out.append(c)
    return out


def record(c: dict, number: int) -> dict:
    entry = {k: v for k, v in c.items() if k not in ("stem", "ext", "data")}
    entry.update({"file": f"{number:03d}_{c['stem']}.{c['ext']}", "sha256": hashlib.sha256(c["data"]).hexdigest(),
                  "bytes": len(c["data"]), "format": c["ext"],
                  "source_commit": mirrors.head_commit(c["source_repo"])})
    for key in ("number", "date", "type", "issuer", "year", "derived_from"):
        entry.setdefault(key, None)
    entry["issuer_code"] = issuer_code(entry["number"])
    return entry


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args()
    manifest_path = ROOT / "manifest.jsonl"
    manifest = [json.loads(line) for line in manifest_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    pool = eligible(tnt_candidates() + hr_candidates() + cb_candidates(), manifest)
    stratum = [c for c in pool if in_stratum(c)]
    rng = random.Random(SEED)
    first = rng.sample(stratum, STRATUM)
    rest = rng.sample([c for c in pool if c not in first], SIZE - STRATUM)
    print(f"{len(pool)} eligible, {len(stratum)} in the stratum")
    next_number = max(int(e["file"][:3]) for e in manifest) + 1
    entries, sample = [], []
    for i, c in enumerate(first + rest):
        entry = record(c, next_number + i)
        reason = ("stratum draw (Party document or provincial/district plan, report, directive, conclusion, notice or "
                  "council resolution)") if i < STRATUM else \
            "uniform draw from all eligible documents" + (" (also in the stratum)" if in_stratum(c) else "")
        entries.append((entry, c["data"]))
        sample.append({"file": entry["file"], "seed": SEED, "reason": reason})
        print(entry["file"], entry["type"], entry["number"], entry["bytes"], reason[:20])
    if args.dry_run:
        return
    write_draw(entries, sample, "blind_sample3.json")


def write_draw(entries: list[tuple[dict, bytes]], sample: list[dict], sample_name: str) -> None:
    """The drawn documents into docs/, their lines appended to the manifest, the draw's list."""
    with (ROOT / "manifest.jsonl").open("a", encoding="utf-8") as out:
        for entry, data in entries:
            (DOCS / entry["file"]).write_bytes(data)
            out.write(json.dumps(entry, ensure_ascii=False, sort_keys=True) + "\n")
    (ROOT / sample_name).write_text(json.dumps(sample, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
