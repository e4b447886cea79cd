"""Relations on real documents kept aside (``tests/relations/``, annotated before any relation
code was written) and on the held-out batches, whose citations were labelled at the same time.

The first run's figures are in ``tests/relations/FIRST_RUN.txt``; the floors below sit a little
under today's, so a change that makes relations worse on unseen documents fails here."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from vanban.pipeline.evaluate import evaluate, load_gold
from tests.conftest import SHARED

HERE = Path(__file__).resolve().parent
RELATIONS = HERE / "relations"
OVERLAY = RELATIONS / "shared_overlay.json"
SETS = {"relations": (RELATIONS / "gold", None), "heldout": (HERE / "heldout" / "gold", None),
        "heldout2": (HERE / "heldout2" / "gold", None)}


@pytest.fixture(scope="module")
def kept_aside():
    return evaluate(RELATIONS / "gold", RELATIONS / "docs")


def test_every_gold_surface_stands_at_its_offset():
    for gp in sorted((RELATIONS / "gold").glob("*.json")):
        g = load_gold(gp)
        text = (RELATIONS / "docs" / g["file"]).read_text(encoding="utf-8")
        assert g["complete"] == {"citations": True} and "effective_date" in g
        for c in g["citations"]:
            assert text[c["start"]:c["start"] + len(c["text"])] == c["text"], (gp.name, c["text"])
            assert c["relation"] in ("basis", "implements", "reports_on", "guides", "amends", "replaces",
                                     "repeals", "proposes", "mentions")


def test_the_must_show_relations_and_effective_dates(kept_aside):
    """The guidance that replaces, the decree that amends and the council resolution that repeals:
    their relations and effective dates right."""
    from vanban.pipeline.analyze import analyze

    def rels(name):
        doc = analyze(RELATIONS / "docs" / name)
        return doc, {(c.number, c.relation) for c in doc.citations if c.number}

    doc, r = rels("301_hd40_btgdvtw_2025.txt")
    assert ("31-HD/BTGTW", "replaces") in r and doc.metadata.effective_date == "2025-11-27"
    doc, r = rels("302_nd48_cp_2013.txt")
    assert {n for n, rel in r if rel == "amends"} == {"63/2010/NĐ-CP", "20/2008/NĐ-CP", "36/2012/NĐ-CP",
                                                      "55/2011/NĐ-CP"}
    assert doc.metadata.effective_date == "2013-07-01"
    doc, r = rels("303_nq74_hdnd_hanoi_2025.txt")
    assert {rel for n, rel in r if n == "30/2013/NQ-HĐND"} == {"repeals"}
    assert doc.metadata.effective_date == "2025-11-27"


# set -> (overall relation floor, effective-date floor)
FLOORS = {"relations": (0.93, 0.95), "heldout": (0.95, 0.95), "heldout2": (0.95, 0.95)}


@pytest.mark.parametrize("name", sorted(SETS))
def test_relation_floors(name, kept_aside):
    gold, _ = SETS[name]
    report = kept_aside if name == "relations" else evaluate(gold)
    o, eff = report.relation_overall, report.effective_date_accuracy
    print(f"\n{name}: relations {o.correct}/{o.total} = {o.value:.3f}; pinpoints "
          f"{report.pinpoint_accuracy.correct}/{report.pinpoint_accuracy.total}; effective dates "
          f"{eff.correct}/{eff.total}")
    for w in o.wrong:
        print(f"  wrong {w.doc} @{w.start}: {w.value} | {w.text[:70]}")
    rel_floor, eff_floor = FLOORS[name]
    assert o.value >= rel_floor
    assert eff.value >= eff_floor
    assert report.pinpoint_accuracy.value >= 0.95
    for label in ("basis", "amends", "replaces", "repeals"):
        if label in report.relation_accuracy:
            r = report.relation_accuracy[label]
            assert r.value >= 0.90, (label, r.correct, r.total)


def test_shared_report_through_the_overlay():
    if not (SHARED / "gold").is_dir():
        pytest.skip("../shared/corpus is not beside this checkout")
    labels = json.loads(OVERLAY.read_text(encoding="utf-8"))
    report = evaluate(SHARED / "gold", labels=labels)
    assert report.relation_accuracy["reports_on"].total == 4
    assert report.relation_overall.value >= 0.9
