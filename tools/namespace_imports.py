"""Rewrite imports of the top-level ``pipeline`` and ``flows`` packages to ``vanban.pipeline`` and
``vanban.flows``, the names the wheel installs them under (``pyproject.toml``: ``package-dir``).

Idempotent: run it after merging a branch that still writes ``from pipeline ...``, then commit.

    python tools/namespace_imports.py            # rewrite in place, print the files changed
    python tools/namespace_imports.py --check    # exit 1 if anything still needs rewriting (CI)

It rewrites, in the .py files of pipeline/, flows/, vanban/, tests/ and bench/:
``from pipeline`` / ``from flows`` statements (doctest lines too), ``import pipeline.x [as y]``
(and the dotted uses of ``pipeline.x`` in a file that imports it without ``as``), and module
names in string literals (``"pipeline.structure"``, ``"flows.work"``, monkeypatch targets).
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = ("pipeline", "flows", "vanban", "tests", "bench", "tools")
TOPS = "pipeline|flows"

FROM = re.compile(rf"^(\s*(?:>>> |\.\.\. )?)from ({TOPS})(?=[.\s])", re.M)
IMPORT_AS = re.compile(rf"^(\s*(?:>>> )?)import ({TOPS})(\.[\w.]+)?(\s+as\s+\w+)", re.M)
IMPORT_BARE = re.compile(rf"^(\s*(?:>>> )?)import ({TOPS})((?:\.\w+)*)\s*$", re.M)
STRING = re.compile(rf"""(?<=["'])({TOPS})\.(?!(?:py|json|yaml|toml|txt|md)\b)(?=[a-z_{{])""")
DOTTED_USE = re.compile(rf"(?<![\w.])({TOPS})\.(?=[a-z_])")


def rewrite(text: str) -> str:
    text = FROM.sub(lambda m: f"{m.group(1)}from vanban.{m.group(2)}", text)
    text = IMPORT_AS.sub(lambda m: f"{m.group(1)}import vanban.{m.group(2)}{m.group(3) or ''}{m.group(4)}", text)
    bare = IMPORT_BARE.findall(text)
    if bare:
        # "import pipeline.read.furniture" binds "pipeline": its uses become "vanban.pipeline...."
        text = IMPORT_BARE.sub(lambda m: f"{m.group(1)}import vanban.{m.group(2)}{m.group(3)}", text)
        lines = []
        for line in text.split("\n"):
            if not re.match(r"\s*(?:>>> )?(?:import|from)\s", line):
                line = DOTTED_USE.sub(r"vanban.\1.", line)
            lines.append(line)
        text = "\n".join(lines)
    return STRING.sub(r"vanban.\1.", text)


def main(argv: list[str]) -> int:
    check = "--check" in argv
    changed = []
    for folder in FOLDERS:
        for path in sorted((ROOT / folder).rglob("*.py")):
            if path.resolve() == Path(__file__).resolve():
                continue
            old = path.read_text(encoding="utf-8")
            new = rewrite(old)
            if new != old:
                changed.append(path.relative_to(ROOT))
                if not check:
                    path.write_text(new, encoding="utf-8")
    for p in changed:
        print(p)
    return 1 if check and changed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
