"""Check the gold of blind sample 95: python3 tests/realworld/gold95/check_gold.py (see ../tools/check_gold.py)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / 'tools'))
from check_gold import main  # noqa: E402

if __name__ == '__main__':
    sys.exit(main(95))
