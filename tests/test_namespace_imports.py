"""The installed package has one top-level name, ``vanban``: the repository's ``pipeline/`` and
``flows/`` are imported as ``vanban.pipeline`` and ``vanban.flows``. ``tools/namespace_imports.py``
rewrites code written against the old names (a branch merged from before the move); the suite
fails while any file still imports ``pipeline`` or ``flows`` at the top level."""
from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TOOL = ROOT / "tools" / "namespace_imports.py"


def _tool():
    spec = importlib.util.spec_from_file_location("namespace_imports", TOOL)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.parametrize("before, after", [
    ("from pipeline.store import connect\n", "from vanban.pipeline.store import connect\n"),
    ("from flows.ingest import ingest_flow\n", "from vanban.flows.ingest import ingest_flow\n"),
    ("from pipeline import store as store_mod\n", "from vanban.pipeline import store as store_mod\n"),
    ("    from pipeline.index.search import search\n", "    from vanban.pipeline.index.search import search\n"),
    (">>> from pipeline.messages import tr\n", ">>> from vanban.pipeline.messages import tr\n"),
    ("import pipeline.store as s\n", "import vanban.pipeline.store as s\n"),
    ("import pipeline.read.furniture\nx = pipeline.read.furniture.strip(t)\n",
     "import vanban.pipeline.read.furniture\nx = vanban.pipeline.read.furniture.strip(t)\n"),
    ('monkeypatch.setattr("vanban.pipeline.structure.parse", f)\n', 'monkeypatch.setattr("vanban.pipeline.structure.parse", f)\n'),
    ('cmd = [sys.executable, "-m", "vanban.flows.workers"]\n', 'cmd = [sys.executable, "-m", "vanban.flows.workers"]\n'),
    # already rewritten, or not a module of ours: left alone
    ("from vanban.pipeline.store import connect\n", "from vanban.pipeline.store import connect\n"),
    ("from pipelines import x\n", "from pipelines import x\n"),
    ('open("flows.json")\n', 'open("flows.json")\n'),
    ('p = ROOT / "pipeline.py"\n', 'p = ROOT / "pipeline.py"\n'),
    ('"vanban/pipeline/resources.py"\n', '"vanban/pipeline/resources.py"\n'),
    ("# the pipeline. stages\n", "# the pipeline. stages\n"),
    ("my_pipeline.store = 1\n", "my_pipeline.store = 1\n"),
])
def test_rewrite(before, after):
    rewrite = _tool().rewrite
    assert rewrite(before) == after
    assert rewrite(after) == after  # idempotent


def test_no_file_imports_the_old_top_level_names():
    p = subprocess.run([sys.executable, str(TOOL), "--check"], cwd=ROOT, capture_output=True, text=True,
                       timeout=120)
    assert p.returncode == 0, ("run `python tools/namespace_imports.py` and commit; these files import "
                               f"pipeline/flows at the top level:\n{p.stdout}")
