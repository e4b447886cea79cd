"""Behaviour pinned: `vanban extract --json` on every kept document equals its committed snapshot.

A change that moves any citation, date, quantity, directive, section, sentence or word fails here.
When the change is intended, rerun ``python tests/golden/golden.py --update`` and say why in the
commit message; the diff of ``tests/golden/`` then shows exactly what moved.
"""
from __future__ import annotations

import json

import pytest

from tests.golden.golden import differences, document_sets, documents, snapshot, snapshot_path

CASES = [(name, doc) for name, folder in document_sets().items() for doc in documents(folder)]


def test_every_set_is_pinned():
    sets = document_sets()
    assert "corpora" in sets and any(name.startswith("heldout") for name in sets)
    missing = [f"{n}/{d.name}" for n, d in CASES if not snapshot_path(n, d).is_file()]
    assert not missing, f"no snapshot for {missing}: run python tests/golden/golden.py --update"


@pytest.mark.parametrize("set_name, doc", CASES, ids=[f"{n}/{d.name}" for n, d in CASES])
def test_extract_output_is_unchanged(set_name, doc):
    target = snapshot_path(set_name, doc)
    if not target.is_file():
        pytest.skip(f"no snapshot yet for {set_name}/{doc.name}")
    expected = json.loads(target.read_text(encoding="utf-8"))
    diff = differences(expected, snapshot(doc, private=set_name == "shared"))
    assert not diff, f"{set_name}/{doc.name} changed:\n" + "\n".join(diff)
