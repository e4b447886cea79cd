"""Check tests/realworld/manifest.jsonl against tests/realworld/docs/ and print the corpus counts.

    python3 tests/realworld/check_manifest.py              # checks; exit status 1 on any problem
    python3 tests/realworld/check_manifest.py --markdown   # the count tables used in README.md

Checks: every listed file exists and its SHA-256 matches; every file in docs/ is listed; required
fields and their shapes; the size caps (text <= 500 KB since stop 62 opened the 300-500 KB band, PDF <= 3 MB,
<= 60 PDFs, <= 80 MB in all); no source path is a reserved one (the reserved paths are known only by digest, in
tools/mirrors.py) and no text under tests/realworld or tests/heldout4 names one; no document comes
from a repository whose owner says it is private; the blind_sample*.json files list manifest files only.
Standard library only; the mirrors are not needed.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "tools"))
import mirrors  # noqa: E402  (reserved-path digests and the private-repository list only)

DOCS = HERE / "docs"
MANIFEST = HERE / "manifest.jsonl"
HELDOUT4 = HERE.parent / "heldout4"

FORMATS = {"txt", "md", "pdf", "docx"}
REQUIRED = ("file", "sha256", "bytes", "format", "kind", "source_repo", "source_commit", "source_path",
            "number", "date", "type", "issuer", "issuer_code", "year", "label_source", "derived_from")
MAX_TEXT, MAX_PDF, MAX_PDFS, MAX_TOTAL = 500_000, 3_000_000, 60, 80_000_000
PATH_TOKENS = [
    (re.compile(r"src/etl/dataset/[0-9a-f]{16}\.md"), ""),
    (re.compile(r"(?<![0-9a-f/])[0-9a-f]{16}\.md"), "src/etl/dataset/"),
    (re.compile(r"docs/[a-z_]+/[a-z0-9-]+\.(?:txt|pdf|json)"), ""),
    (re.compile(r"data/[^\s/\"'`|]+"), ""),
]


def load() -> list[dict]:
    return [json.loads(line) for line in MANIFEST.read_text(encoding="utf-8").splitlines() if line.strip()]


def problems(entries: list[dict]) -> list[str]:
    out = []
    listed = set()
    for e in entries:
        name = e.get("file", "?")
        missing = [k for k in REQUIRED if k not in e]
        if missing:
            out.append(f"{name}: missing fields {missing}")
            continue
        listed.add(name)
        path = DOCS / name
        if not path.is_file():
            out.append(f"{name}: file not found")
            continue
        data = path.read_bytes()
        if hashlib.sha256(data).hexdigest() != e["sha256"]:
            out.append(f"{name}: sha256 does not match")
        if len(data) != e["bytes"]:
            out.append(f"{name}: size {len(data)} != manifest {e['bytes']}")
        if e["format"] not in FORMATS or not name.endswith("." + e["format"]):
            out.append(f"{name}: format {e['format']!r} does not fit the name")
        cap = MAX_PDF if e["format"] == "pdf" else MAX_TEXT
        if len(data) > cap:
            out.append(f"{name}: {len(data)} bytes over the {cap} cap")
        if not re.fullmatch(r"[0-9a-f]{40}", e["source_commit"] or ""):
            out.append(f"{name}: source_commit is not 40 hex digits")
        if mirrors.is_private(e["source_repo"]):
            out.append(f"{name}: from a private repository")
        for p in [e["source_path"], *e.get("source_parts", []), *(([e["derived_from"].get("source_path")]) if e["derived_from"] else [])]:
            if p and mirrors.is_reserved(p.rstrip("/")):
                out.append(f"{name}: its source is a reserved path")
        if e["date"] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", e["date"]):
            out.append(f"{name}: date {e['date']!r} is not YYYY-MM-DD")
        if e["year"] is not None and not (isinstance(e["year"], int) and 1900 <= e["year"] <= 2026):
            out.append(f"{name}: year {e['year']!r} out of range")
        if e["date"] and e["year"] and int(e["date"][:4]) != e["year"]:
            out.append(f"{name}: year {e['year']} differs from date {e['date']}")
        if e["kind"] in ("pdftotext", "ocr") and not e["derived_from"]:
            out.append(f"{name}: derived text without derived_from")
        for field in ("number", "date", "type", "issuer", "year"):
            if e[field] is not None and not (e["label_source"] or {}).get(field):
                out.append(f"{name}: {field} given without its label_source")
    extra = sorted(p.name for p in DOCS.iterdir() if p.name not in listed)
    if extra:
        out.append(f"files in docs/ not in the manifest: {extra[:5]}{' ...' if len(extra) > 5 else ''}")
    pdfs = [e for e in entries if e.get("format") == "pdf"]
    if len(pdfs) > MAX_PDFS:
        out.append(f"{len(pdfs)} PDFs, more than {MAX_PDFS}")
    total = sum(e.get("bytes", 0) for e in entries)
    if total > MAX_TOTAL:
        out.append(f"{total} bytes in all, more than {MAX_TOTAL}")
    if len({e.get('sha256') for e in entries}) != len(entries):
        out.append("two manifest entries have the same sha256")
    out += reserved_names_in_tree()
    for sample_path in sorted(HERE.glob("blind_sample*.json")):
        sample = json.loads(sample_path.read_text(encoding="utf-8"))
        unknown = [s["file"] for s in sample if s["file"] not in listed]
        if unknown:
            out.append(f"{sample_path.name} lists files not in the manifest: {unknown}")
    return out


def reserved_names_in_tree() -> list[str]:
    """No text under tests/realworld or tests/heldout4 may name a reserved path (checked by digest)."""
    out = []
    for root in (HERE, HELDOUT4):
        if not root.exists():
            continue
        for path in root.rglob("*"):
            if not path.is_file() or path.suffix == ".pdf":
                continue
            text = path.read_text(encoding="utf-8", errors="replace")
            for pattern, prefix in PATH_TOKENS:
                for m in pattern.finditer(text):
                    if mirrors.is_reserved(prefix + m.group(0).rstrip(".,;:)")):
                        out.append(f"{path.relative_to(HERE.parent)}: names a reserved path")
    return out


def decade(year: int | None) -> str:
    return f"{year // 10 * 10}s" if year else "unknown"


def table(title: str, counter: Counter, total: int) -> str:
    rows = [f"| {title} | documents |", "|---|---:|"]
    for key, n in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))):
        rows.append(f"| {key if key is not None else '(no label)'} | {n} |")
    rows.append(f"| **all** | **{total}** |")
    return "\n".join(rows)


def counts(entries: list[dict]) -> str:
    n = len(entries)
    issuers = Counter(e["issuer"] for e in entries)
    parts = [
        f"{n} documents, {sum(e['bytes'] for e in entries) / 1e6:.1f} MB; "
        f"{len([t for t in Counter(e['type'] for e in entries) if t])} types, "
        f"{len({(e['issuer'] or '').casefold() for e in entries if e['issuer']})} issuers (labels compared case-insensitively), "
        f"years {min(e['year'] for e in entries if e['year'])}-{max(e['year'] for e in entries if e['year'])}.",
        table("type", Counter(e["type"] for e in entries), n),
        table("decade", Counter(decade(e["year"]) for e in entries), n),
        table("format", Counter(e["format"] for e in entries), n),
        table("kind", Counter(e["kind"] for e in entries), n),
        table("source repository", Counter(e["source_repo"] for e in entries), n),
        table("issuer code (the issuing-body part of the number label: UBND, CP, TTg, BTC, TW ...)",
              Counter(e.get("issuer_code") for e in entries), n),
        table("issuer (as labelled; the 1-document issuers are counted in the last row)",
              Counter({k: v for k, v in issuers.items() if v > 1 or k is None} |
                      {"(issuers with one document)": sum(1 for k, v in issuers.items() if v == 1 and k)}), n),
    ]
    return "\n\n".join(parts)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--markdown", action="store_true", help="print the count tables")
    args = parser.parse_args()
    entries = load()
    found = problems(entries)
    if args.markdown:
        print(counts(entries))
    for p in found:
        print("PROBLEM:", p, file=sys.stderr)
    print(f"{len(entries)} documents checked, {len(found)} problems", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
