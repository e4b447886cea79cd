"""Write tests/heldout4/docs/ (five documents kept out of tests/realworld/) from the local mirrors.

    python3 tests/realworld/tools/build_heldout4.py

Each text is stored as found (UTF-8); where a document is longer than 40,000 bytes only its first
characters up to the last line break that keeps it within 40,000 bytes are kept, and the character
range is printed (and recorded in tests/heldout4/README.md). Nothing of the project is run.
"""
from __future__ import annotations

import json
import subprocess
import tempfile
from pathlib import Path

import mirrors

ROOT = Path(__file__).resolve().parents[2]          # tests/
OUT = ROOT / "heldout4" / "docs"
LIMIT = 40_000

DOCS = [
    # (file, repo, path, how)
    ("401_bc_ldtbxh_t02_2010.txt", "NguyenQuocBao97/multiclass-text-classification",
     "1000_documents_3_levels/Difficult/00236578.txt.ws", "detokenized"),
    ("402_nq122_cp_2026_pdftotext.txt", "hrmaster1982-dev/phapluat-8chude-data",
     "docs/hd_kinh_te/nghi-quyet-so-122-nq-cp-469492.pdf", "pdftotext"),
    ("403_tb627_vpcp_2025.md", "tnt305/tai_lieu_noi_bo", "src/etl/dataset/50f694478a35aefd.md", "as found"),
    ("404_kh182_ubnd_dongnai_2025.md", "tnt305/tai_lieu_noi_bo", "src/etl/dataset/f069c23c942c1ec6.md", "as found"),
    ("405_nq71_tw_2025.md", "tnt305/tai_lieu_noi_bo", "src/etl/dataset/266c58c94945cbc4.md", "as found"),
]


def within_limit(text: str) -> tuple[str, int]:
    """The longest prefix ending at a line break whose UTF-8 size is at most LIMIT bytes."""
    if len(text.encode("utf-8")) <= LIMIT:
        return text, len(text)
    end = len(text.encode("utf-8")[:LIMIT].decode("utf-8", "ignore"))
    end = text.rfind("\n", 0, end) + 1
    return text[:end], end


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, repo, path, how in DOCS:
        data = mirrors.show(repo, path)
        if how == "pdftotext":
            with tempfile.NamedTemporaryFile(suffix=".pdf") as pdf:
                pdf.write(data)
                pdf.flush()
                data = subprocess.run(["pdftotext", "-enc", "UTF-8", pdf.name, "-"],
                                      check=True, capture_output=True).stdout
        text = data.decode("utf-8")
        if how == "detokenized":
            text = mirrors.detokenize(text)
        kept, end = within_limit(text)
        (OUT / name).write_text(kept, encoding="utf-8")
        print(json.dumps({"file": name, "repo": repo, "commit": mirrors.head_commit(repo), "path": path,
                          "how": how, "range": [0, end], "source_chars": len(text),
                          "bytes": len(kept.encode("utf-8"))}, ensure_ascii=False))


if __name__ == "__main__":
    main()
