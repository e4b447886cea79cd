"""How the code is laid out (issue 15): one owner per concept, short functions, modules of a size
a newcomer can read.

- SQL lives in ``pipeline/store/`` only: every other module calls its named functions.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("pipeline", "flows", "vanban")


def _modules(*folders: str) -> list[Path]:
    return sorted(p for f in folders for p in (ROOT / f).rglob("*.py"))


def _rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


# --- SQL only in the store -----------------------------------------------------------------

SQL = re.compile(r"\.(?:execute|executemany|executescript)\(|\b(?:SELECT|INSERT|UPDATE|DELETE|PRAGMA|"
                 r"CREATE TABLE|CREATE INDEX|ALTER TABLE|DROP TABLE)\b")
# pipeline/index/ is being rewritten on another branch (throughput); its SQL moves after it lands.
SQL_ALLOWED = ("pipeline/store/", "pipeline/index/")


@pytest.mark.parametrize(("text", "is_sql"), [
    ('conn.execute("SELECT value FROM meta")', True),
    ("conn.executemany(q, rows)", True),
    ('f"DELETE FROM {table} WHERE id = ?"', True),
    ('"INSERT OR REPLACE INTO meta"', True),
    ('"PRAGMA table_info(citations)"', True),
    ("conn.send(outcome)", False),
    ("selected = [h for h in hits]", False),
    ('"Chọn (select) văn bản"', False),
])
def test_the_sql_detector_tells_sql_from_code(text, is_sql):
    assert bool(SQL.search(text)) is is_sql


def test_sql_lives_in_the_store_only():
    offenders = []
    for path in _modules(*PACKAGES):
        rel = _rel(path)
        if rel.startswith(SQL_ALLOWED):
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if SQL.search(line):
                offenders.append(f"{rel}:{n}: {line.strip()[:100]}")
    assert not offenders, "SQL outside pipeline/store/ (add a named query there):\n" + "\n".join(offenders)


def test_the_store_is_a_package_that_speaks_sql():
    store = ROOT / "pipeline" / "store"
    assert (store / "__init__.py").is_file() and not (ROOT / "pipeline" / "store.py").exists()
    assert any(SQL.search(p.read_text(encoding="utf-8")) for p in store.glob("*.py"))
