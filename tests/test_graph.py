"""The citation graph over a store of demo documents: who cites what, the exports Gephi and
NetworkX open, and the CLI commands."""
from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

from vanban.pipeline.analyze import analyze
from vanban.pipeline.graph import build_graph, cited_by, cites, graph_from_store, to_graphml, to_node_link
from tests.conftest import CORPORA

DEMO = ["2013_ctr_hanh_dong_nq20_huyen_uy_bao_lam.txt",
        "2014_kh87_ung_dung_khcn_nong_nghiep_tinh_uy_lam_dong.docx",
        "2019_kh128_thuc_hien_kl50_tinh_uy_lam_dong.txt",
        "2016_qd38_quy_dinh_quan_ly_nhiem_vu_khcn_ubnd_lam_dong.txt"]


def analyzed(path):
    doc = analyze(path)
    if not doc.citations:
        from vanban.pipeline.extract.citations import find_citations
        doc = replace(doc, citations=tuple(find_citations(doc.text)))
    return doc


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    from vanban.pipeline.store import connect, save_document

    root = tmp_path_factory.mktemp("graph")
    for name in DEMO:
        shutil.copy(CORPORA / name, root / name)
    conn = connect(root / "store")
    docs = {}
    for name in DEMO:
        d = analyzed(root / name)
        save_document(conn, d)
        docs[name] = d
    conn.close()
    return root / "store", docs


@pytest.fixture()
def conn(store):
    from vanban.pipeline.store import connect
    c = connect(store[0])
    yield c
    c.close()


def test_graph_nodes_and_edges(conn, store):
    g = graph_from_store(conn)
    ids = {n.id for n in g.nodes}
    # stored documents by their own number, cited ones by canonical number
    assert {"35-CTr/HU", "87-KH/TU", "128-KH/TU", "38/2016/QĐ-UBND"} <= ids
    assert {"20-NQ/TW", "50-KL/TW", "29/2013/QH13", "08/2014/NĐ-CP"} <= ids
    kh87 = g.node("87-KH/TU")
    assert kh87.kind == "document" and kh87.date == "2014-06-10" and kh87.year == 2014
    nq20 = g.node("20-NQ/TW")
    assert nq20.kind == "cited" and nq20.date == "2012-11-01" and nq20.in_registry
    assert nq20.type == "Nghị quyết" and "khoa học và công nghệ" in nq20.title
    edges = {(e.source, e.target): e for e in g.edges}
    # the 2019 plan cites the 2014 plan (a stored document) with its header date
    e = edges[("128-KH/TU", "87-KH/TU")]
    assert e.date == "2014-06-10" and e.count >= 1
    # counts are mentions: the 2013 programme names 20-NQ/TW several times
    n_mentions = sum(1 for c in store[1][DEMO[0]].citations
                     if c.number == "20-NQ/TW")
    assert edges[("35-CTr/HU", "20-NQ/TW")].count == n_mentions >= 2
    assert all(s != t for s, t in edges)


def test_graphml_and_json_open_in_networkx(conn, tmp_path):
    nx = pytest.importorskip("networkx")
    g = graph_from_store(conn)
    p = tmp_path / "g.graphml"
    p.write_text(to_graphml(g), encoding="utf-8")
    G = nx.read_graphml(p)
    assert G.is_directed()
    assert G.number_of_nodes() == len(g.nodes) and G.number_of_edges() == len(g.edges)
    assert G.nodes["87-KH/TU"]["date"] == "2014-06-10" and G.nodes["87-KH/TU"]["year"] == 2014
    assert G.edges["128-KH/TU", "87-KH/TU"]["count"] >= 1
    data = json.loads(json.dumps(to_node_link(g), ensure_ascii=False))
    H = nx.node_link_graph(data, edges="links")
    assert set(H.nodes) == set(G.nodes) and H.number_of_edges() == G.number_of_edges()
    assert H.nodes["20-NQ/TW"]["type"] == "Nghị quyết"


def test_cites_any_spelling_with_passages(conn):
    ms = cites(conn, "20-NQTW")
    docs = {Path(m.citing_document).name for m in ms}
    assert {DEMO[0], DEMO[1], DEMO[2]} <= docs
    assert DEMO[3] not in docs
    for m in ms:
        assert m.cited_number == "20-NQ/TW"
        assert " ".join(m.cited_as.split()) in m.passage
    dated = [m for m in ms if m.date]
    assert dated and all(m.date == "2012-11-01" for m in dated)
    assert cites(conn, "999-NQ/TW") == []


def test_cited_by_lists_a_documents_citations(conn):
    by_number = cited_by(conn, "128-KH/TU")
    by_name = cited_by(conn, DEMO[2])
    assert [m.start for m in by_number] == [m.start for m in by_name]
    assert {"50-KL/TW", "20-NQ/TW", "87-KH/TU"} <= {m.cited_number for m in by_number}
    assert [m.start for m in by_number] == sorted(m.start for m in by_number)
    with pytest.raises(KeyError):
        cited_by(conn, "no-such-doc.txt")


def test_named_law_resolved_through_the_registry():
    from vanban.pipeline.audit import CitingDocument
    from vanban.pipeline.model import Citation
    from vanban.pipeline.registry import Registry

    c = Citation("Luật Khoa học và công nghệ ngày 18/6/2013", 0, 42, "Luật", None, None, None, None,
                 "2013-06-18", title="Luật Khoa học và công nghệ")
    g = build_graph([CitingDocument("/x/bc.txt", None, "2022-04-15", 2022, (c,))], Registry.seed())
    assert [(e.source, e.target) for e in g.edges] == [("/x/bc.txt", "29/2013/QH13")]


def test_registry_relations_become_edges():
    from vanban.pipeline.audit import CitingDocument
    from vanban.pipeline.model import Citation
    from vanban.pipeline.registry import Registry

    cits = tuple(Citation(f"Luật số {n}", i * 50, i * 50 + 20, "Luật", None, n, n, "QH", None)
                 for i, n in enumerate(["29/2013/QH13", "21/2000/QH10"]))
    g = build_graph([CitingDocument("/x/bc.txt", None, None, None, cits)], Registry.seed())
    kinds = {(e.source, e.target): e.kind for e in g.edges}
    assert kinds[("29/2013/QH13", "21/2000/QH10")] == "replaces"
    assert kinds[("/x/bc.txt", "21/2000/QH10")] == "cites"


def test_cli_cites_cited_by_graph(store, tmp_path):
    from vanban.cli import app

    s = str(store[0])
    r = CliRunner()
    res = r.invoke(app, ["cites", "50-KL/TW", "--json", "--store", s])
    assert res.exit_code == 0, res.output
    assert {Path(x["citing_document"]).name for x in json.loads(res.stdout)} == {DEMO[2]}
    res = r.invoke(app, ["cited-by", "128-KH/TU", "--json", "--store", s])
    assert res.exit_code == 0 and "87-KH/TU" in {x["cited_number"] for x in json.loads(res.stdout)}
    assert r.invoke(app, ["cited-by", "nothing", "--store", s]).exit_code == 1
    out = tmp_path / "g.graphml"
    res = r.invoke(app, ["graph", "--format", "graphml", "--out", str(out), "--store", s])
    assert res.exit_code == 0 and out.read_text(encoding="utf-8").startswith("<?xml")
    res = r.invoke(app, ["graph", "--format", "json", "--store", s])
    assert res.exit_code == 0 and json.loads(res.stdout)["directed"] is True
    assert r.invoke(app, ["graph", "--format", "dot", "--store", s]).exit_code == 2
    assert r.invoke(app, ["cites", "20-NQ/TW", "--store", str(tmp_path / "none")]).exit_code == 1
