"""Shared fixtures: paths to the shared corpus (skipped with a reason where it is absent)."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

# A standing Prefect server of the user's (``vanban server start``) must not serve the tests' runs.
os.environ["VANBAN_DATA_DIR"] = tempfile.mkdtemp(prefix="vanban-test-data-")

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpus"
CORPORA = ROOT / "corpora"

needs_shared = pytest.mark.skipif(
    not SHARED.is_dir(),
    reason="../shared/corpus is not beside this checkout (it is in CI); shared-corpus tests skip",
)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared/corpus is not beside this checkout (it is in CI)")
    return SHARED
