"""Lineage, validity and relations over a store built by the real ingest flow from ``corpora/``.

The demo corpus holds a Central resolution's chain: the district programme 35-CTr/HU implements
Nghị quyết 20-NQ/TW, the 2018 report (212-BC/HU) reports on that programme, the district plan
532/QĐ-UBND implements the programme and replaces Quyết định 1245/QĐ-UBND of 2006."""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

pytest.register_assert_rewrite("flows_harness")
import flows_harness  # noqa: E402,F401  (sets PREFECT_HOME before prefect is imported)

from tests.conftest import CORPORA  # noqa: E402

pytest_plugins = ["flows_harness"]
pytestmark = pytest.mark.usefixtures("prefect_server")


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory) -> Path:
    from vanban.flows.ingest import ingest

    st = tmp_path_factory.mktemp("lineage") / "store"
    report = ingest([CORPORA], st, workers=2, index=False)
    assert not report.failed, report.failed
    return st


@pytest.fixture(scope="module")
def conn(store_dir):
    from vanban.pipeline.store import connect

    c = connect(store_dir)
    yield c
    c.close()


def _name(path: str) -> str:
    return Path(path).name


def test_lineage_of_20_nq_tw_has_four_documents_on_two_levels_or_more(conn):
    from vanban.pipeline.lineage import lineage

    tree = lineage(conn, "20-NQ/TW")
    assert tree.root.number == "20-NQ/TW" and tree.root.date == "2012-11-01"
    assert len(tree.nodes) >= 4 and tree.depth >= 2
    by_number = {n.number: n for n in tree.nodes}
    programme = by_number["35-CTr/HU"]
    assert (programme.level, programme.relation, programme.via) == (1, "implements", "20-NQ/TW")
    assert programme.scope == "huyện" and programme.date == "2013-05-20"
    report = by_number["212-BC/HU"]
    assert (report.level, report.relation, report.via) == (2, "reports_on", "35-CTr/HU")
    plan = by_number["532/QĐ-UBND"]
    assert (plan.level, plan.relation, plan.via) == (2, "implements", "35-CTr/HU")
    assert by_number["143-HD/BTGTW"].relation == "guides" and by_number["143-HD/BTGTW"].scope == "Trung ương"
    # a plan implementing another resolution is not in this lineage
    assert "168-KH/HU" not in by_number
    # levels only grow along "via"
    levels = {n.number: n.level for n in tree.nodes}
    for n in tree.nodes:
        assert n.level == 1 if n.via == "20-NQ/TW" else n.level == levels[n.via] + 1


def test_cli_lineage_tree_json_and_graphml(store_dir):
    from typer.testing import CliRunner

    from vanban.cli import app

    runner = CliRunner()
    res = runner.invoke(app, ["lineage", "20-NQ/TW", "--store", str(store_dir)])
    assert res.exit_code == 0, res.output
    assert "35-CTr/HU" in res.output and "212-BC/HU" in res.output and "thực hiện" in res.output
    assert "2 cấp" in res.output or "3 cấp" in res.output or "4 cấp" in res.output

    res = runner.invoke(app, ["lineage", "20-NQTW", "--store", str(store_dir), "--json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert data["root"]["number"] == "20-NQ/TW" and data["root"]["status"]["label"] == "còn hiệu lực"
    for node in data["nodes"]:
        assert {"number", "path", "title", "date", "issuer", "relation", "via", "level"} <= set(node)
    assert min(n["level"] for n in data["nodes"]) == 1

    res = runner.invoke(app, ["lineage", "20-NQ/TW", "--store", str(store_dir), "--graphml"])
    assert res.exit_code == 0
    root = ET.fromstring(res.output)
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    edges = root.findall(".//g:edge", ns)
    assert len(edges) == len(data["nodes"])
    assert any(e.get("source") == "212-BC/HU" and e.get("target") == "35-CTr/HU" for e in edges)


def test_validity_replaced_and_in_force_before(conn):
    from vanban.pipeline.lineage import validity

    now = validity(conn, "1245/QĐ-UBND")
    assert (now.status, now.by, now.since) == ("replaced", ("532/QĐ-UBND",), "2013-07-12")
    assert now.label == "đã bị thay thế" and "532/QĐ-UBND" in now.describe() and "12/07/2013" in now.describe()
    before = validity(conn, "1245/QĐ-UBND", as_of="2012-01-01")
    assert before.status == "in_force" and before.label == "còn hiệu lực"
    # the registry's fact, with its source: the 2013 law replaced the 2000 one from 01/01/2014
    law = validity(conn, "21/2000/QH10", as_of="2015-01-01")
    assert (law.status, law.by, law.since) == ("replaced", ("29/2013/QH13",), "2014-01-01")
    assert validity(conn, "21/2000/QH10", as_of="2013-07-12").status == "in_force"


def test_relations_of_one_document_in_and_out(conn):
    from vanban.pipeline.lineage import relations

    r = relations(conn, "2013_ctr_hanh_dong_nq20_huyen_uy_bao_lam.txt")
    out = {x.number: x.relation for x in r.outgoing}
    assert out["20-NQ/TW"] == "implements" and out["42-CTr/TU"] == "basis"
    inc = {x.number: x.relation for x in r.incoming}
    assert inc["212-BC/HU"] == "reports_on" and inc["532/QĐ-UBND"] == "implements"
    assert r.status.status == "in_force"

    plan = relations(conn, "532/QĐ-UBND")
    assert {x.number: x.relation for x in plan.outgoing}["1245/QĐ-UBND"] == "replaces"
    with pytest.raises(KeyError):
        relations(conn, "no-such-document.txt")


def test_store_keeps_relations_and_effective_dates(conn):
    from vanban.pipeline.graph import find_document
    from vanban.pipeline.store import load_document

    doc = load_document(conn, find_document(conn, "38/2016/QĐ-UBND").id)
    assert doc.metadata.effective_date == "2016-08-01"   # "sau 10 ngày kể từ ngày ký"
    rel = {c.number: c.relation for c in doc.citations if c.number}
    assert rel["29/2013/QH13"] == "basis" and rel["87-KH/TU"] == "implements"


def test_registry_joins_stored_relations_with_their_source(conn):
    from vanban.pipeline.registry import list_entries, sync_from_store

    sync_from_store(conn)
    entry = next(e for e in list_entries(conn) if e.number == "532/QĐ-UBND")
    assert ("replaces", "1245/QĐ-UBND") in entry.relations and ("implements", "35-CTr/HU") in entry.relations
    assert entry.source.startswith("store:") and entry.effective_date == "2013-07-12"


def test_demo_expectations_of_relations_and_effective_dates(conn):
    """``corpora/EXPECTED.json`` states each demo document's clear relations and effective date."""
    from vanban.pipeline.extract.relations import strongest
    from vanban.pipeline.graph import find_document
    from vanban.pipeline.store import load_document

    expected = json.loads((CORPORA / "EXPECTED.json").read_text(encoding="utf-8"))
    checked = 0
    for name, e in expected.items():
        if "relations" not in e and "effective_date" not in e:
            continue
        doc = load_document(conn, find_document(conn, name).id)
        per: dict[str, list[str]] = {}
        for c in doc.citations:
            if c.number:
                per.setdefault(c.number, []).append(c.relation)
        for number, rel in e.get("relations", {}).items():
            assert strongest(per.get(number, [])) == rel, (name, number)
            checked += 1
        if "effective_date" in e:
            assert doc.metadata.effective_date == e["effective_date"], name
    assert checked >= 10


def test_audit_of_the_demo_store_finds_no_relation_errors(conn):
    from vanban.pipeline.audit import audit

    findings = audit(conn)
    assert not [f for f in findings if f.check in ("basis_superseded", "pinpoint_missing", "implements_later")]
