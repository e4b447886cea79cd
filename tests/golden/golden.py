"""Golden outputs: what `vanban extract --json` gives on every document we keep, pinned.

    python tests/golden/golden.py            # compare, print the fields that changed
    python tests/golden/golden.py --update   # write the snapshots anew (say why in the commit)

A snapshot per document under ``tests/golden/<set>/<file>.json``. Sets: ``corpora`` (the demo
corpus), ``heldoutN`` (the held-out batches) and ``shared`` (``../shared/corpus/docs``, when it
is beside the checkout). Our own documents are pinned field by field (the normalised text and the
word tokens by digest, to keep the files small); the shared documents only by a digest per field,
so that none of their text is copied into the project.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = Path(__file__).resolve().parent
SHARED = ROOT.parent / "shared" / "corpus" / "docs"
FORMATS = {".txt", ".md", ".docx", ".pdf"}
FIELDS = ("document", "sections", "sentences", "citations", "dates", "quantities", "directives")


def document_sets() -> dict[str, Path]:
    """Set name -> folder of documents, for every set present on this machine."""
    sets = {"corpora": ROOT / "corpora"}
    for batch in sorted((ROOT / "tests").glob("heldout*")):
        if (batch / "docs").is_dir() and (batch / "gold").is_dir():  # a batch is run once annotated
            sets[batch.name] = batch / "docs"
    if SHARED.is_dir():
        sets["shared"] = SHARED
    return sets


def documents(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in FORMATS and p.name != "README.md")


def _digest(value) -> str:
    raw = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:16]


def snapshot(path: Path, *, private: bool) -> dict:
    """The pinned form of one document's extract output."""
    from vanban.pipeline.analyze import analyze, document_json

    out = document_json(analyze(path), tokens=True)
    out["document"]["path"] = path.name
    tokens = [s.pop("tokens", []) for s in out["sentences"]]
    pinned = {"text": {"chars": len(out["text"]), "sha256": _digest(out["text"])},
              "tokens": {"count": sum(map(len, tokens)), "sha256": _digest(tokens)}}
    for field in FIELDS:
        value = out[field]
        pinned[field] = ({"count": len(value), "sha256": _digest(value)} if private else value)
    return pinned


def snapshot_path(set_name: str, doc: Path) -> Path:
    return GOLDEN / set_name / f"{doc.name}.json"


def differences(expected: dict, actual: dict) -> list[str]:
    """One line per field that changed, naming the first differing item."""
    lines = []
    for field in sorted(set(expected) | set(actual)):
        a, b = expected.get(field), actual.get(field)
        if a == b:
            continue
        if isinstance(a, list) and isinstance(b, list):
            i = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
            was = json.dumps(a[i], ensure_ascii=False)[:200] if i < len(a) else "(none)"
            now = json.dumps(b[i], ensure_ascii=False)[:200] if i < len(b) else "(none)"
            lines.append(f"{field}: {len(a)} -> {len(b)} items; first change at #{i}: {was} -> {now}")
        else:
            lines.append(f"{field}: {json.dumps(a, ensure_ascii=False)[:300]} -> "
                         f"{json.dumps(b, ensure_ascii=False)[:300]}")
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--update", action="store_true", help="write the snapshots anew")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    changed = 0
    for set_name, folder in document_sets().items():
        for doc in documents(folder):
            actual = snapshot(doc, private=set_name == "shared")
            target = snapshot_path(set_name, doc)
            if args.update:
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(json.dumps(actual, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                                  encoding="utf-8")
                continue
            expected = json.loads(target.read_text(encoding="utf-8")) if target.is_file() else {}
            diff = differences(expected, actual)
            if diff:
                changed += 1
                print(f"{set_name}/{doc.name}:")
                print("\n".join("  " + line for line in diff))
    if not args.update:
        print(f"{changed} document(s) changed")
    return 1 if changed else 0


if __name__ == "__main__":
    raise SystemExit(main())
