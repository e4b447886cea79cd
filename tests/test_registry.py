"""The registry of known documents: the seed's facts, tolerant lookup, the store table, the CLI."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from vanban.pipeline.registry import (
    SEED_CSV, Registry, RegistryEntry, RegistryError, add_entry, ensure_seeded, export_csv,
    import_csv, list_entries, load_registry, parse_date, read_csv, sync_from_store,
    term_years, terms_for_year,
)
from vanban.pipeline.text import loose_number_key
from vanban.pipeline.store import connect

# (how a report writes the number, canonical number in the registry, its date)
LOOKUP_TABLE = [
    ("20-NQ/TW", "20-NQ/TW", "2012-11-01"),
    ("20-NQTW", "20-NQ/TW", "2012-11-01"),
    ("50 KL/TW", "50-KL/TW", "2019-05-30"),
    ("57-nq/tw", "57-NQ/TW", "2024-12-22"),
    ("29/2013/QH13", "29/2013/QH13", "2013-06-18"),
    ("08/2014/ND-CP", "08/2014/NĐ-CP", "2014-01-27"),
    ("08/2014/NĐ-CP", "08/2014/NĐ-CP", "2014-01-27"),
    ("23- CTr/HU", "23-CTr/HU", "2013-01-10"),
    ("11-QĐi/TW", "11-QĐi/TW", "2019-02-18"),
]


@pytest.mark.parametrize("written,number,date", LOOKUP_TABLE)
def test_seed_lookup_by_any_spelling(written, number, date):
    e = Registry.seed().get(written)
    assert e is not None and (e.number, e.date) == (number, date)


def test_seed_rows_carry_sources_and_valid_facts():
    entries = read_csv(SEED_CSV)
    assert len(entries) >= 15
    keys = [loose_number_key(e.number) for e in entries]
    assert len(keys) == len(set(keys)), "a number twice in the seed"
    numbers = {loose_number_key(e.number) for e in entries}
    for e in entries:
        assert e.source.strip(), e.number
        for _kind, other in e.relations:
            assert loose_number_key(other) in numbers, (e.number, other)
    law = Registry.seed().get("29/2013/QH13")
    assert ("replaces", "21/2000/QH10") in law.relations
    assert ("guides", "29/2013/QH13") in Registry.seed().get("08/2014/NĐ-CP").relations


@pytest.mark.parametrize("written,iso", [
    ("01/11/2012", "2012-11-01"), ("1/11/2012", "2012-11-01"), ("2012-11-01", "2012-11-01"),
    ("30.5.2019", "2019-05-30"), ("", None),
])
def test_parse_date(written, iso):
    assert parse_date(written) == iso


@pytest.mark.parametrize("bad", ["31/02/2019", "2019-13-01", "ngày 5", "30/5"])
def test_parse_date_rejects(bad):
    with pytest.raises(RegistryError):
        parse_date(bad)


@pytest.mark.parametrize("body,term,years", [
    ("party", "khóa XI", (2011, 2016)), ("party", "khoá XII", (2016, 2021)),
    ("party", "khóa 13", (2021, 2026)), ("national_assembly", "khóa XIII", (2011, 2016)),
    ("national_assembly", "QH15", (2021, 2026)),
])
def test_term_years(body, term, years):
    assert term_years(body, term) == years


def test_congress_year_belongs_to_two_terms():
    assert terms_for_year("party", 2016) == ["khóa XI", "khóa XII"]


def test_title_lookup_needs_a_date_when_ambiguous():
    reg = Registry.seed()
    assert reg.by_title("Luật Khoa học và công nghệ") is None     # 2000 and 2013
    assert reg.by_title("Luật Khoa học và công nghệ", "2013-06-18").number == "29/2013/QH13"
    assert reg.by_title("“Về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển "
                        "đổi số quốc gia”").number == "57-NQ/TW"


def test_bad_csv_rows_are_refused(tmp_path):
    p = tmp_path / "r.csv"
    p.write_text("number,date,source\n1-NQ/TW,01/01/2020,\n", encoding="utf-8")
    with pytest.raises(RegistryError, match="no source"):
        read_csv(p)
    p.write_text("number,date,source\n1-NQ/TW,31/02/2020,x\n", encoding="utf-8")
    with pytest.raises(RegistryError, match=r"r\.csv:2"):
        read_csv(p)


# --- the store table -----------------------------------------------------------------------

def test_store_seeded_once_then_import_export_round_trip(tmp_path):
    conn = connect(tmp_path / "s")
    ensure_seeded(conn)
    n_seed = len(list_entries(conn))
    assert n_seed == len(read_csv(SEED_CSV))
    conn.execute("DELETE FROM registry WHERE number = '20-NQ/TW'")
    conn.commit()
    ensure_seeded(conn)                       # a deliberate deletion is not undone
    assert len(list_entries(conn)) == n_seed - 1
    conn.execute("DELETE FROM registry")
    conn.commit()
    ensure_seeded(conn)                       # an emptied registry is seeded again
    assert len(list_entries(conn)) == n_seed
    add_entry(conn, RegistryEntry("99-KH/TU", "Kế hoạch", "Ban Thường vụ Tỉnh ủy", "2021-03-02",
                                  source="test", relations=(("guides", "57-NQ/TW"),)))
    out = tmp_path / "out.csv"
    assert export_csv(conn, out) == n_seed + 1
    conn2 = connect(tmp_path / "t")
    import_csv(conn2, out)
    assert {e.number: e for e in list_entries(conn2)}["99-KH/TU"].relations == (("guides", "57-NQ/TW"),)
    assert len(list_entries(conn2)) == n_seed + 1


def _store_doc(tmp_path, conn, name, number, date):
    from vanban.pipeline.analyze import analyze
    from vanban.pipeline.store import save_document

    p = tmp_path / name
    p.write_text(f"TỈNH ỦY LÂM ĐỒNG\nSố {number}\nĐà Lạt, ngày {date}\n\nKẾ HOẠCH\nThực hiện ...\n",
                 encoding="utf-8")
    doc = analyze(p, extract=False)
    save_document(conn, doc)
    return doc


def test_stored_documents_join_the_registry(tmp_path):
    from vanban.pipeline.store import delete_document

    conn = connect(tmp_path / "s")
    doc = _store_doc(tmp_path, conn, "kh.txt", "77-KH/TU", "05 tháng 3 năm 2021")
    assert doc.metadata.number == "77-KH/TU" and doc.metadata.date == "2021-03-05"
    _store_doc(tmp_path, conn, "nq20.txt", "20-NQ/TW", "02 tháng 11 năm 2012")  # a seeded number
    assert sync_from_store(conn) == 1
    reg = load_registry(conn)
    e = reg.get("77-KH/TU")
    assert e.from_store and e.source.startswith("store:") and e.source.endswith("kh.txt")
    assert e.date == "2021-03-05"
    assert not reg.get("20-NQ/TW").from_store            # the sourced seed entry is kept
    assert reg.get("20-NQ/TW").date == "2012-11-01"
    delete_document(conn, doc.path)
    sync_from_store(conn)
    assert load_registry(conn).get("77-KH/TU") is None


def test_a_number_reused_in_another_term_is_a_second_entry(tmp_path):
    """Chỉ thị 35-CT/TW of 2014 (seed) and of 2019 both stay; each citation is checked against
    the document of its own term, and a correction within a year replaces the entry."""
    from vanban.pipeline.analyze import analyze
    from vanban.pipeline.audit import audit
    from vanban.pipeline.store import save_document

    conn = connect(tmp_path / "s")
    add_entry(conn, RegistryEntry("35-CT/TW", "Chỉ thị", "Bộ Chính trị", "2019-05-31", source="typo"))
    add_entry(conn, RegistryEntry("35-CT/TW", "Chỉ thị", "Bộ Chính trị", "2019-05-30", source="moj.gov.vn"))
    dates = sorted(e.date for e in list_entries(conn) if e.number == "35-CT/TW")
    assert dates == ["2014-05-26", "2019-05-30"]
    p = tmp_path / "bc.txt"
    p.write_text("HUYỆN ỦY BẢO LÂM\nSố 15-BC/HU\nBảo Lâm, ngày 10 tháng 3 năm 2020\n\nBÁO CÁO\n"
                 "Thực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị về đại hội đảng bộ các cấp. "
                 "Tiếp tục thực hiện Chỉ thị số 35-CT/TW ngày 26/5/2015 của Bộ Chính trị về tiếp công dân.\n",
                 encoding="utf-8")
    save_document(conn, analyze(p))
    wrong = [f for f in audit(conn) if f.check == "date_mismatch"]
    assert [(f.found, f.expected) for f in wrong] == [("26/05/2015", "26/05/2014")]


def test_a_store_from_before_the_year_key_keeps_its_registry(tmp_path):
    import sqlite3

    folder = tmp_path / "old"
    folder.mkdir()
    db = sqlite3.connect(folder / "vanban.sqlite")
    db.execute("CREATE TABLE registry (number TEXT PRIMARY KEY, type TEXT, issuing_body TEXT, date TEXT,"
               " title TEXT, term TEXT, source TEXT NOT NULL, relations_json TEXT NOT NULL DEFAULT '[]')")
    db.execute("INSERT INTO registry (number, date, source) VALUES ('77-KH/TU', '2021-03-05', 'hand')")
    db.commit()
    db.close()
    conn = connect(folder)
    mine = lambda: [(e.date, e.source) for e in list_entries(connect(folder)) if e.number == "77-KH/TU"]
    assert mine() == [("2021-03-05", "hand")]
    add_entry(conn, RegistryEntry("77-KH/TU", date="2016-01-04", source="hand"))
    assert mine() == [("2016-01-04", "hand"), ("2021-03-05", "hand")]


# --- the CLI -------------------------------------------------------------------------------

def test_cli_registry_add_list_export_import(tmp_path):
    from vanban.cli import app

    store = str(tmp_path / "s")
    r = CliRunner()
    res = r.invoke(app, ["registry", "add", "99-KH/TU", "--date", "02/03/2021", "--type", "Kế hoạch",
                         "--source", "Tỉnh ủy's own copy", "--guides", "57-NQ/TW", "--store", store])
    assert res.exit_code == 0, res.output
    res = r.invoke(app, ["registry", "list", "--json", "--store", store])
    rows = {x["number"]: x for x in json.loads(res.stdout)}
    assert rows["99-KH/TU"]["date"] == "2021-03-02" and rows["99-KH/TU"]["guides"] == "57-NQ/TW"
    assert rows["20-NQ/TW"]["date"] == "2012-11-01"
    res = r.invoke(app, ["registry", "add", "1-NQ/TW", "--date", "31/02/2020", "--source", "x",
                         "--store", store])
    assert res.exit_code == 1
    res = r.invoke(app, ["registry", "add", "1-NQ/TW", "--store", store])
    assert res.exit_code != 0                                  # --source is required
    out = tmp_path / "reg.csv"
    assert r.invoke(app, ["registry", "export", str(out), "--store", store]).exit_code == 0
    text = out.read_text(encoding="utf-8")
    assert "99-KH/TU" in text and text.splitlines()[0].startswith("number,")
    store2 = str(tmp_path / "s2")
    res = r.invoke(app, ["registry", "import", str(out), "--store", store2])
    assert res.exit_code == 0, res.output
    res = r.invoke(app, ["registry", "list", "--json", "--store", store2])
    assert "99-KH/TU" in {x["number"] for x in json.loads(res.stdout)}
    res = r.invoke(app, ["registry", "import", str(tmp_path / "missing.csv"), "--store", store2])
    assert res.exit_code == 1
