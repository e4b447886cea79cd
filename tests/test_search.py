"""Search as a researcher uses it: topics, filters, numbers, unaccented queries, years."""
from __future__ import annotations

import json
import shutil
import unicodedata
from pathlib import Path

import pytest
from typer.testing import CliRunner

from vanban.pipeline.index.build import build_index
from vanban.pipeline.index.search import search, search_by_year
from vanban.pipeline.index.text import NumberKey, find_numbers, fold, number_key, parse_number_query
from tests._index_fixtures import fill_store


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    s = tmp_path_factory.mktemp("search") / "store"
    fill_store(s)
    build_index(s)
    return s


def names(hits) -> list[str]:
    return [Path(h.doc_path).name for h in hits]


# --- numbers ---------------------------------------------------------------------------------

@pytest.mark.parametrize("written, token, short", [
    ("20-NQ/TW", "20-nq/tw", "nq#20"),
    ("20-NQTW", "20-nq/tw", "nq#20"),              # the type code glued to its issuer
    ("20 - NQ/TW", "20-nq/tw", "nq#20"),
    ("50 KL/TW", "50-kl/tw", "kl#50"),              # a space for the dash
    ("18KL/TW", "18-kl/tw", "kl#18"),
    ("08/2014/NĐ-CP", "8/2014-nd/cp", "nd#8"),
    ("92/2017/NĐCP", "92/2017-nd/cp", "nd#92"),
    ("142/2008/QĐ-TTg", "142/2008-qd/ttg", "qd#142"),
    ("377-QĐ/TW", "377-qd/tw", "qd#377"),          # a Party regulation before 2018
    ("11-QĐi/TW", "11-qdi/tw", "qdi#11"),          # a Party regulation since
    ("35-CTr/HU", "35-ctr/hu", "ctr#35"),          # Chương trình, not Chỉ thị
    ("390/TTr-UBND", "390-ttr/ubnd", "ttr#390"),
    ("230/CĐ-TTg", "230-cd/ttg", "cd#230"),
    ("634/TB-VPCP", "634-tb/vpcp", "tb#634"),
    ("24/2022/UBTVQH15", "24/2022-ubtvqh15", None),  # no type code: laws, resolutions of the NA
    ("202/TCCP-VC", "202-tccp/vc", None),          # an issuer, no Thông cáo glued to "CP"
    ("105/2025/TT-BTС", "105/2025-tt/btc", "tt#105"),  # a Cyrillic С pasted from a portal
    ("473a/NQ-UBTVQH13", "473a-nq/ubtvqh13", "nq#473a"),
])
def test_number_key_spellings(written, token, short):
    key = number_key(written)
    assert (key.token, key.short_token) == (token, short)


@pytest.mark.parametrize("text, short", [
    ("theo Nghị quyết số 24/2022/UBTVQH15 của", "nq#24"),   # the type word before gives the type
    ("Tờ trình số 4965/LĐTBXH-KH ngày", "ttr#4965"),
    ("Công văn số 1234/BGDĐT-VP", "cv#1234"),
    ("Luật số 29/2013/QH13", None),                          # a law carries no type code
])
def test_type_word_before_a_number(text, short):
    assert [k.short_token for _s, _e, k in find_numbers(text)] == [short]


def short(num, *types, year=None):
    return NumberKey(num, year, (), types=types)


QUY_DINH = ("qdi", "qyd", "qd")   # Quy định: the Party's QĐi, the state's QyĐ, the Party's "QĐ" before 2018

# what a user types -> the number it looks up
@pytest.mark.parametrize("query, expected", [
    ("20-NQ/TW", NumberKey("20", None, ("nq", "tw"))),
    ("20-NQTW", NumberKey("20", None, ("nq", "tw"))),
    ("nq 20", short("20", "nq")),
    ("NQ20", short("20", "nq")),
    ("Nghị quyết 20", short("20", "nq")),
    ("nghi quyet so 20", short("20", "nq")),
    ("Nghị quyết số 20-NQ/TW", NumberKey("20", None, ("nq", "tw"))),
    ("qđ 142/2008", short("142", "qd", year="2008")),
    ("QĐ 22", short("22", "qd")),
    ("QĐ 22/2025", short("22", "qd", year="2025")),
    ("quyết định số 22", short("22", "qd")),
    ("quy định 377", short("377", *QUY_DINH)),
    ("Quy định số 11-QĐi/TW", NumberKey("11", None, ("qdi", "tw"))),
    ("thông tư 15/2022", short("15", "tt", year="2022")),
    ("Thông tư số 15/2022/TT-BLĐTBXH", NumberKey("15", "2022", ("tt", "bldtbxh"))),
    ("chương trình hành động 35", short("35", "ctr")),
    ("tờ trình 390", short("390", "ttr")),
    ("văn bản số 1234/BGDĐT-VP", NumberKey("1234", None, ("bgddt", "vp"))),
    ("thu hút nhân lực", None),
    ("năm 2020", None),
    ("500 lớp tập huấn", None),
    ("dự án 1", None),          # a project, no document number
    ("luật 2024", None),
])
def test_number_queries(query, expected):
    assert parse_number_query(query) == expected


@pytest.mark.parametrize("query, number, found", [
    ("quy định 377", "377-QĐ/TW", True),
    ("quy định 11", "11-QĐi/TW", True),
    ("QĐ 377", "377-QĐ/TW", True),
    ("QĐ 11", "11-QĐi/TW", False),          # the code typed is QĐ; "QĐi 11" or "quy định 11" finds it
    ("qđi 11", "11-QĐi/TW", True),
    ("quyết định 22", "22/2025/QĐ-UBND", True),
    ("quyết định 22/2024", "22/2025/QĐ-UBND", False),
    ("nghị quyết 22", "22/2025/QĐ-UBND", False),
    ("ct 35", "35-CTr/HU", False),
    ("chương trình 35", "35-CTr/HU", True),
])
def test_short_lookup_matches(query, number, found):
    assert parse_number_query(query).matches(number_key(number)) is found


@pytest.mark.parametrize("query", ["20-NQ/TW", "nq 20", "Nghị quyết 20"])
def test_number_lookup_returns_document_then_citing_passages(store, query):
    hits = search(store, query, k=10)
    assert hits[0].kind == "document" and names(hits)[0] == "nq20.txt"
    citing = [h for h in hits if h.kind == "citation"]
    assert {Path(h.doc_path).name for h in citing} == {"baolam_2013.txt", "baolam_2022.txt"}
    for h in citing:  # the cited number is what is highlighted
        assert any(h.text[s:e] == "20-NQ/TW" for s, e in h.highlights)


def test_number_not_in_store_falls_back_to_text_search(store):
    assert all(h.kind == "passage" for h in search(store, "nq 99", k=3))


# --- topics, accents ---------------------------------------------------------------------------

def test_topic_query_finds_the_passage(store):
    hits = search(store, "chính sách thu hút nhân lực khoa học công nghệ", k=3)
    assert any("thu hút" in h.text for h in hits[:2])


@pytest.mark.parametrize("mode", ["hybrid", "lexical", "dense"])
def test_unaccented_query_finds_accented_passage(store, mode):
    hits = search(store, "tap huan chuyen giao ky thuat cho nong dan", k=3, mode=mode)
    top = hits[0]
    assert "tập huấn chuyển giao kỹ thuật" in top.text
    if mode != "dense":
        marked = [fold(top.text[s:e]).lower() for s, e in top.highlights]
        assert any("tap huan" in m for m in marked)


@pytest.fixture(scope="module")
def tone_store(tmp_path_factory) -> Path:
    """Documents written in the modern tone placement ("thủy", "ủy"), as normalise() stores them."""
    from vanban.pipeline import store as store_mod
    from vanban.pipeline.analyze import analyze
    from vanban.pipeline.index.passages import make_passages

    root = tmp_path_factory.mktemp("tones")
    texts = {
        "thuy_loi.txt": "BÁO CÁO\nI. KẾT QUẢ\nHuyện ủy chỉ đạo nâng cấp 12 công trình thủy lợi phục vụ tưới cà phê.\n",
        "giao_thong.txt": "BÁO CÁO\nI. KẾT QUẢ\nHuyện đã nâng cấp 30 km đường giao thông nông thôn và 5 cầu.\n",
    }
    conn = store_mod.connect(root / "store")
    for name, text in texts.items():
        (root / name).write_text(text, encoding="utf-8")
        doc = analyze(root / name)
        store_mod.save_document(conn, doc, make_passages(doc))
    conn.close()
    build_index(root / "store")
    return root / "store"


@pytest.mark.parametrize("typed", [
    "Huyện uỷ chỉ đạo công trình thuỷ lợi",                                   # old tone placement
    unicodedata.normalize("NFD", "Huyện ủy chỉ đạo công trình thủy lợi"),       # decomposed (macOS) input
])
def test_query_spelling_variants_rank_like_the_documents_spelling(tone_store, typed):
    modern = search(tone_store, "Huyện ủy chỉ đạo công trình thủy lợi", k=5, mode="lexical")
    got = search(tone_store, typed, k=5, mode="lexical")
    assert Path(modern[0].doc_path).name == "thuy_loi.txt"
    assert [(h.passage_id, h.score) for h in got] == [(h.passage_id, h.score) for h in modern]


# --- filters -----------------------------------------------------------------------------------

def test_year_range(store):
    hits = search(store, "thu hút nhân lực khoa học", k=10, year_from=2013, year_to=2022)
    assert hits and {h.year for h in hits} <= {2013, 2022}


def test_issuer_filter_ignores_tones_and_case(store):
    hits = search(store, "nhân lực khoa học", k=10, issuer="huyen uy bao lam")
    assert hits and {h.issuer for h in hits} == {"Huyện ủy Bảo Lâm"}


@pytest.mark.parametrize("doc_type, expected", [("Báo cáo", {"Báo cáo"}), ("nq", {"Nghị quyết"}),
                                                ("thong bao", {"Thông báo"})])
def test_type_filter(store, doc_type, expected):
    hits = search(store, "khoa học công nghệ", k=10, doc_type=doc_type)
    assert hits and {h.doc_type for h in hits} == expected


def test_cites_filter_keeps_documents_citing_the_number(store):
    hits = search(store, "nông dân", k=10, cites="nq 20")
    assert hits and set(names(hits)) <= {"baolam_2013.txt", "baolam_2022.txt"}
    assert search(store, "nông dân", k=10, cites="634/TB-VPCP") == []


def test_filters_still_fill_k_when_narrow(store):
    # one document left after filtering: every one of its passages is reachable
    hits = search(store, "giải ngân", k=10, year_from=2025)
    assert names(hits) and set(names(hits)) == {"thanhhoa_2025.txt"}


# --- directives, figures, years -------------------------------------------------------------

def test_within_directives(store):
    hits = search(store, "thu hút kỹ sư", k=3, within="directives")
    assert hits[0].kind == "directive" and "tăng cường thu hút kỹ sư" in hits[0].text
    assert hits[0].detail["role"] == "task"


def test_within_figures(store):
    hits = search(store, "năng suất cà phê", k=5, within="figures")
    assert any(h.detail["quantity"] == "3,4 tấn/ha" and "Năng suất cà phê" in h.text for h in hits)


def test_by_year_is_a_timeline(store):
    buckets = search_by_year(store, "thu hút nhân lực khoa học công nghệ")
    years = [b.year for b in buckets]
    assert years == sorted(years) and {2012, 2013, 2022} <= set(years)
    assert all(b.best.year == b.year and b.count == len(b.hits) for b in buckets)


# --- CLI -----------------------------------------------------------------------------------------

def test_cli_search_json(store):
    from vanban.cli import app

    res = CliRunner().invoke(app, ["search", "nq 20", "--store", str(store), "--json"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout)
    assert out["hits"][0]["kind"] == "document" and out["hits"][0]["number"] == "20-NQ/TW"
    assert out["coverage"]["dense"] == out["coverage"]["passages"] > 0 and out["coverage"]["share"] == 1.0


def test_cli_search_rich_and_by_year(store):
    from vanban.cli import app

    res = CliRunner().invoke(app, ["search", "giai ngan dau tu cong", "--store", str(store), "--k", "2"])
    assert res.exit_code == 0 and "Giải ngân" in res.stdout
    res = CliRunner().invoke(app, ["search", "khoa học", "--store", str(store), "--by-year", "--json"])
    assert res.exit_code == 0 and [b["year"] for b in json.loads(res.stdout)["years"]][:1] == [2012]


def test_cli_search_without_index_says_how_to_build(tmp_path):
    from vanban.cli import app

    res = CliRunner().invoke(app, ["search", "x", "--store", str(tmp_path)])
    assert res.exit_code == 1 and "vanban index" in res.output


def test_an_index_of_an_older_format_is_rebuilt_not_read(store, tmp_path):
    """Number tokens change with the index FORMAT: an old index would answer "ctr 35" wrongly."""
    from vanban.cli import app
    from vanban.pipeline.index.build import FORMAT, META, index_dir

    old = tmp_path / "store"
    shutil.copytree(store, old)
    meta = index_dir(old) / META
    meta.write_text(json.dumps({**json.loads(meta.read_text(encoding="utf-8")), "format": FORMAT - 1}),
                    encoding="utf-8")
    res = CliRunner().invoke(app, ["search", "nq 20", "--store", str(old)])
    assert res.exit_code == 1 and "vanban index --store" in res.stderr
    build_index(old)
    assert names(search(old, "nq 20", k=3))[0] == "nq20.txt"


def test_convex_fusion_rewards_agreement_and_keeps_one_sided_hits():
    from vanban.pipeline.index.search import fuse_convex

    dense = [(1, 0.91), (2, 0.90), (3, 0.80)]          # cosine scores, close together
    lexical = [(2, 30.0), (4, 29.0), (1, 3.0)]         # BM25, on another scale
    got = fuse_convex(dense, lexical, k=4, alpha=0.3)
    ids = [pid for pid, _ in got]
    assert ids[0] == 2                                  # near the top of both lists
    assert set(ids) == {1, 2, 3, 4}                     # a hit found by one side only stays
    assert ids.index(4) < ids.index(3)                  # lexical carries 0.7 of the score
    assert [s for _, s in got] == sorted((s for _, s in got), reverse=True)
    assert [pid for pid, _ in fuse_convex(dense, [], k=2, alpha=0.3)] == [1, 2]   # nothing lexical


def test_flat_dense_scores_do_not_outvote_a_clear_lexical_hit():
    """The encoder often scores fifty passages within a few hundredths of each other. Standardised
    (z) scores keep that noise small; min-max stretched it over [0, 1] and pushed the second
    BM25 hit, far above the rest, out of the top 5."""
    from vanban.pipeline.index.search import fuse_convex

    dense = [(100 + i, 0.870 - 0.0005 * i) for i in range(50)]     # 1 is not among them
    dense.insert(24, (2, dense[24][1]))                               # 2 is in the middle
    lexical = [(1, 28.0), (2, 7.5)] + [(100 + i, 4.0 - 0.02 * i) for i in range(30)]
    top5 = [pid for pid, _ in fuse_convex(dense, lexical, k=5, alpha=0.3)]
    assert top5[:2] == [1, 2]
    assert 2 not in [pid for pid, _ in fuse_convex(dense, lexical, k=5, alpha=0.3, norm="minmax")]


# --- models/search_synonyms.json: everyday words in a query find the documents' wording ---------

@pytest.mark.parametrize(("query", "says"), [
    ("hạn chót các bộ báo cáo danh sách công trình", ["chậm nhất", "trước ngày"]),
    ("han chot bao cao", ["chậm nhất", "trước ngày"]),
    ("quyết định bãi bỏ văn bản bắt đầu áp dụng từ khi nào", ["có hiệu lực", "kể từ ngày", "hiệu lực thi hành"]),
    ("ai chịu trách nhiệm kiểm tra hồ sơ", ["chủ trì", "trách nhiệm", "tham mưu"]),
    ("giải pháp thu hút nhân lực khoa học công nghệ", []),
    ("hạng chót", []),   # another word, not "hạn chót"
    ("bao lau thi cac chi cuc thue phai van hanh theo mo hinh moi", ["thời hạn", "trong thời hạn", "tối đa"]),
])
def test_query_expansions(query, says):
    from vanban.pipeline.index.text import query_expansions
    assert query_expansions(query) == says


def test_a_deadline_asked_in_everyday_words_finds_the_documents_wording():
    from vanban.pipeline.index.lexical import build_lexical_index
    import numpy as np
    texts = ["Các bộ, ngành, địa phương gửi báo cáo về Bộ Xây dựng chậm nhất ngày 10 tháng 12 năm 2025.",
             "Các bộ, ngành, địa phương báo cáo danh sách công trình khánh thành trong dịp lễ.",
             "Bộ Xây dựng tổng hợp danh sách công trình, báo cáo Thủ tướng Chính phủ."]
    index = build_lexical_index(np.arange(3), texts)
    assert index.search("hạn chót các bộ ngành địa phương báo cáo", 3)[0][0] == 0
