"""Check the heldout4 gold by hand-made rules only (no project code): every surface stands at its
offset, ends agree, values parse, relations and roles are known, and every query quote stands in its
file (whitespace collapsed); the rules are those of tests/realworld/tools/check_gold.py.
Run: python3 tests/heldout4/gold/check_gold.py"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / 'realworld' / 'tools'))
from check_gold import check  # noqa: E402

if __name__ == '__main__':
    sys.exit(check(HERE, HERE.parent / 'docs', HERE.parent / 'queries.json'))
