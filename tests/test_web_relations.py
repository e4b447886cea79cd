"""The web app's relations: the lineage page and API, relations and the status badge on each
document page, the status on a number's page (over a store of ``corpora/``)."""
from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from vanban.web import create_app
from webstores import corpus_store


@pytest.fixture(scope="module")
def client():
    return TestClient(create_app(corpus_store()))


@pytest.fixture(scope="module")
def ids(client) -> dict[str, int]:
    return {d["number"]: d["id"] for d in client.get("/api/documents").json() if d["number"]}


def test_lineage_api_levels_and_links(client, ids):
    data = client.get("/api/lineage/20-NQ/TW").json()
    assert data["root"]["number"] == "20-NQ/TW" and data["root"]["status"]["label"] == "còn hiệu lực"
    nodes = {n["number"]: n for n in data["nodes"]}
    assert len(nodes) >= 4 and max(n["level"] for n in data["nodes"]) >= 2
    assert nodes["35-CTr/HU"]["level"] == 1 and nodes["35-CTr/HU"]["doc_id"] == ids["35-CTr/HU"]
    assert (nodes["212-BC/HU"]["via"], nodes["212-BC/HU"]["relation"]) == ("35-CTr/HU", "reports_on")
    assert all("/" not in n["path"] for n in data["nodes"])  # file names, never server paths
    # any spelling of the number, the slash sent as %2F
    again = client.get("/api/lineage/20-NQTW").json()
    assert {n["number"] for n in again["nodes"]} == set(nodes)
    assert client.get("/api/lineage/" + "9" * 101).status_code == 422


def test_lineage_page_shows_tree_and_timeline(client):
    html = client.get("/lineage/20-NQ/TW").text
    assert "Dòng văn bản" in html and 'class="status in_force"' in html
    assert "35-CTr/HU" in html and "212-BC/HU" in html and "báo cáo về" in html
    assert html.index("35-CTr/HU") < html.index("212-BC/HU")
    assert 'id="timeline"' in html and "ul class=\"lineage\"" in html
    empty = client.get("/lineage?n=99-XX/YY").text
    assert "Không văn bản nào trong kho" in empty


def test_document_page_badge_and_relations(client, ids):
    html = client.get(f"/doc/{ids['1245/QĐ-UBND']}").text
    assert re.search(r'class="status replaced"[^>]*>đã bị thay thế<', html)
    assert "đã bị thay thế bởi 532/QĐ-UBND từ 12/07/2013" in html
    html = client.get(f"/doc/{ids['532/QĐ-UBND']}").text
    assert 'id="relations"' in html and "thay thế" in html and "1245/QĐ-UBND" in html
    assert "Ngày có hiệu lực" in html and "12/07/2013" in html


def test_relations_api_in_and_out(client, ids):
    r = client.get(f"/api/relations/{ids['35-CTr/HU']}").json()
    out = {x["number"]: x["relation"] for x in r["outgoing"]}
    inc = {x["number"]: x for x in r["incoming"]}
    assert out["20-NQ/TW"] == "implements"
    assert inc["212-BC/HU"]["relation"] == "reports_on" and inc["212-BC/HU"]["doc_id"] == ids["212-BC/HU"]
    assert r["status"]["status"] == "in_force"
    assert client.get("/api/relations/999999").status_code == 404


def test_document_json_carries_relations(client, ids):
    data = client.get(f"/api/document/{ids['532/QĐ-UBND']}").json()
    assert data["document"]["effective_date"] == "2013-07-12"
    rel = {c["number"]: c["relation"] for c in data["citations"] if c["number"]}
    assert rel["1245/QĐ-UBND"] == "replaces" and rel["35-CTr/HU"] == "implements"


def test_cite_page_status(client):
    html = client.get("/cite/1245/QĐ-UBND").text
    assert 'class="status replaced"' in html and "/lineage/1245/Q" in html
