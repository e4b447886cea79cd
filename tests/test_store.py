"""The SQLite store: round trip, idempotence, all-or-nothing replacement, pruning."""
from __future__ import annotations

import sqlite3
from dataclasses import replace

import pytest

from vanban.pipeline import store
from vanban.pipeline.model import (
    PIPELINE_VERSION,
    Block,
    Citation,
    DateMention,
    Directive,
    Document,
    Metadata,
    OffsetMap,
    Passage,
    Quantity,
    Section,
    Sentence,
    Token,
)

TEXT = ("HUYỆN ỦY BẢO LÂM\nBÁO CÁO\nTổng kết 10 năm thực hiện Nghị quyết số 20-NQ/TW, "
        "ngày 01/11/2012\nI. Kết quả\n1. Tổ chức hơn 500 lớp tập huấn.\n"
        "II. Nhiệm vụ\nCác chi bộ phải quán triệt Nghị quyết trước 30/6/2023.\n")


def make_doc(path, text: str = TEXT, sha: str = "a" * 64) -> Document:
    i_res = text.index("I. Kết quả")
    i_task = text.index("II. Nhiệm vụ")
    cit = text.index("Nghị quyết số")
    qty = text.index("hơn ")
    task = text.index("Các chi bộ")
    return Document(
        path=str(path), sha256=sha, format="txt", text=text, source_text="  " + text,
        offsets=OffsetMap((0, 5), (2, 7)), pages=(0, 40), blocks=(Block("heading", 0, 16, 1),),
        metadata=Metadata(doc_type="Báo cáo", issuer="Huyện ủy Bảo Lâm",
                          parent_issuer="Đảng bộ tỉnh Lâm Đồng", number="123-BC/HU",
                          date="2022-03-25", place="Bảo Lâm", title="Tổng kết 10 năm",
                          signer="K' Linh", signer_title="T/M BAN THƯỜNG VỤ",
                          recipients=("Tỉnh ủy Lâm Đồng", "Lưu VP"), inferred=("year",), year=2022),
        sections=(
            Section("I", "I. Kết quả", 1, i_res, i_task, i_res + 10, "roman", "I", None, "results"),
            Section("I.1", "1. Tổ chức", 2, i_res + 11, i_task, i_res + 21, "arabic", "1", "I"),
            Section("II", "II. Nhiệm vụ", 1, i_task, len(text), i_task + 12, "roman", "II",
                    None, "tasks"),
        ),
        sentences=(
            Sentence(0, i_res, None, (Token("HUYỆN", 0, 5), Token("ỦY", 6, 8))),
            Sentence(qty - 9, text.index(".\n", qty) + 1, "I.1",
                     (Token("Tổ_chức", qty - 9, qty - 2),), role="result"),
            Sentence(task, len(text) - 1, "II", (), role="task"),
        ),
        citations=(Citation(text[cit:cit + 40], cit, cit + 40, "Nghị quyết", "NQ", "20-NQ/TW",
                            "20-NQ/TW", "TW", "2012-11-01", True, "Ban Chấp hành Trung ương",
                            "khóa XI", None, False, None),
                   Citation("Nghị quyết", task + 27, task + 37, "Nghị quyết", "NQ", None, None,
                            None, None, False, short=True, resolved_to=0)),
        dates=(DateMention("01/11/2012", cit + 30, cit + 40, "2012-11-01", "day"),
               DateMention("30/6/2023", task + 44, task + 53, "2023-06-30", "day", False, 3)),
        quantities=(Quantity("hơn 500 lớp tập huấn", qty, qty + 20, 500.0, None, "lớp tập huấn",
                             "hơn", False, "count"),
                    Quantity("10 năm", 0, 6, 10.0, 12.5, "năm", None, True, "duration")),
        directives=(Directive(text[task:len(text) - 1], task, len(text) - 1, "II", "task", "open",
                              "Các chi bộ", "quán triệt", "Nghị quyết", "2023-06-30"),),
        ocr=True,
    )


def make_passages(doc: Document, n: int = 3) -> list[Passage]:
    step = len(doc.text) // n
    return [Passage(doc.path, "I", "I. Kết quả", i * step, (i + 1) * step,
                    doc.text[i * step:(i + 1) * step], 2022, "Huyện ủy Bảo Lâm", "Báo cáo",
                    "results", f"h{i}") for i in range(n)]


@pytest.fixture
def conn(tmp_path):
    c = store.connect(tmp_path / "store")
    yield c
    c.close()


def table_rows(conn) -> dict[str, list[tuple]]:
    """Every row of every document table (ingested_at aside), to compare stores."""
    out = {}
    for t in ("documents", *store.DOCUMENT_TABLES):
        cols = [r[1] for r in conn.execute(f"PRAGMA table_info({t})") if r[1] != "ingested_at"]
        out[t] = [tuple(r) for r in conn.execute(f"SELECT {', '.join(cols)} FROM {t} ORDER BY 1, 2")]
    return out


def test_round_trip_keeps_every_field(conn, tmp_path):
    doc = make_doc(tmp_path / "bc.txt")
    doc_id = store.save_document(conn, doc, make_passages(doc))
    assert store.load_document(conn, doc_id) == doc
    assert store.load_document(conn, tmp_path / "bc.txt") == doc
    passages = store.load_passages(conn, doc_id)
    assert [p for _, p in passages] == make_passages(doc)
    assert store.document_state(conn, doc.path) == (doc.sha256, PIPELINE_VERSION)


def test_relative_path_is_stored_resolved(conn, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    store.save_document(conn, make_doc("bc.txt"))
    assert [d.path for d in store.list_documents(conn)] == [str(tmp_path / "bc.txt")]
    assert store.document_state(conn, tmp_path / "bc.txt") is not None


def test_missing_document_raises_key_error(conn):
    with pytest.raises(KeyError):
        store.load_document(conn, "/nowhere.txt")
    assert store.document_state(conn, "/nowhere.txt") is None


def test_saving_the_same_file_twice_changes_nothing(conn, tmp_path):
    doc = make_doc(tmp_path / "bc.txt")
    first = store.save_document(conn, doc, make_passages(doc))
    before = table_rows(conn)
    gen = store.generation(conn)
    assert store.save_document(conn, doc, make_passages(doc)) == first
    assert table_rows(conn) == before
    assert store.generation(conn) == gen
    c = store.counts(conn)
    assert (c["documents"], c["passages"], c["citations"], c["sections"]) == (1, 3, 2, 3)


def test_changed_file_replaces_its_rows_and_keeps_its_id(conn, tmp_path):
    doc = make_doc(tmp_path / "bc.txt")
    other = make_doc(tmp_path / "kh.txt", sha="c" * 64)
    doc_id = store.save_document(conn, doc, make_passages(doc))
    store.save_document(conn, other, make_passages(other))
    old_ids = {pid for pid, _ in store.load_passages(conn, doc_id)}
    other_ids = [pid for pid, _ in store.load_passages(conn, other.path)]

    changed = replace(make_doc(doc.path, TEXT.replace("500", "700"), sha="b" * 64),
                      citations=(), quantities=())
    assert store.save_document(conn, changed, make_passages(changed, 2)) == doc_id
    assert store.load_document(conn, doc_id) == changed
    new_ids = {pid for pid, _ in store.load_passages(conn, doc_id)}
    assert len(new_ids) == 2 and not new_ids & old_ids  # old FAISS ids are never reused
    assert [pid for pid, _ in store.load_passages(conn, other.path)] == other_ids  # untouched
    c = store.counts(conn)
    assert (c["documents"], c["passages"], c["citations"], c["quantities"]) == (2, 5, 2, 2)


def test_failure_midway_leaves_old_rows_intact(conn, tmp_path):
    doc = make_doc(tmp_path / "bc.txt")
    store.save_document(conn, doc, make_passages(doc))
    before = table_rows(conn)

    def passages_then_crash():
        yield from make_passages(doc, 2)
        raise RuntimeError("disk pulled out")

    changed = make_doc(doc.path, TEXT.replace("500", "700"), sha="b" * 64)
    with pytest.raises(RuntimeError):
        store.save_document(conn, changed, passages_then_crash())
    assert not conn.in_transaction
    assert table_rows(conn) == before
    assert store.load_document(conn, doc.path) == doc


def test_failure_midway_on_a_new_document_leaves_nothing(conn, tmp_path):
    doc = make_doc(tmp_path / "bc.txt")
    bad = [Passage(doc.path, None, "", 0, 1, None, hash="x")]  # text NOT NULL
    with pytest.raises(sqlite3.IntegrityError):
        store.save_document(conn, doc, bad)
    assert store.counts(conn)["documents"] == 0
    assert store.counts(conn)["sections"] == 0


def test_save_inside_a_callers_transaction_uses_a_savepoint(conn, tmp_path):
    doc = make_doc(tmp_path / "bc.txt")
    conn.execute("INSERT INTO meta(key, value) VALUES ('x', '1')")
    assert conn.in_transaction
    store.save_document(conn, doc)
    conn.rollback()
    assert store.counts(conn)["documents"] == 0


def test_another_connection_sees_a_whole_document(tmp_path):
    a = store.connect(tmp_path / "s")
    b = store.connect(tmp_path / "s")
    doc = make_doc(tmp_path / "bc.txt")
    store.save_document(a, doc, make_passages(doc))
    assert store.load_document(b, doc.path) == doc


def test_duplicate_section_ids_are_kept_not_fatal(conn, tmp_path):
    doc = make_doc(tmp_path / "bc.txt")
    dup = replace(doc, sections=doc.sections + (replace(doc.sections[1], start=200),))
    store.save_document(conn, dup)
    ids = [s.id for s in store.load_document(conn, doc.path).sections]
    assert ids == ["I", "I.1", "II", "I.1~2"]


def test_failures_are_recorded_replaced_and_cleared_by_a_good_save(conn, tmp_path):
    path = tmp_path / "bc.txt"
    store.record_failure(conn, path, "read", "empty file")
    store.record_failure(conn, path, "segment", "boom")
    assert [(f.path, f.stage, f.reason) for f in store.list_failures(conn)] == [
        (str(path), "segment", "boom")]
    store.save_document(conn, make_doc(path))
    assert store.list_failures(conn) == []
    store.record_failure(conn, tmp_path / "x.pdf", "read", "encrypted")
    store.clear_failure(conn, tmp_path / "x.pdf")
    assert store.counts(conn)["failures"] == 0


def test_prune_removes_documents_whose_files_are_gone(conn, tmp_path):
    kept, gone = tmp_path / "kept.txt", tmp_path / "gone.txt"
    kept.write_text("x", encoding="utf-8")
    for p in (kept, gone):
        d = make_doc(p)
        store.save_document(conn, d, make_passages(d))
    store.record_failure(conn, tmp_path / "bad.pdf", "read", "encrypted")
    top = max(pid for pid, _ in store.load_passages(conn, gone))
    assert store.prune_missing(conn) == [str(gone)]
    assert [d.path for d in store.list_documents(conn)] == [str(kept)]
    c = store.counts(conn)
    assert (c["documents"], c["passages"], c["sentences"], c["failures"]) == (1, 3, 3, 0)
    d = make_doc(tmp_path / "new.txt")
    store.save_document(conn, d, make_passages(d))
    assert min(pid for pid, _ in store.load_passages(conn, d.path)) > top
    assert store.delete_document(conn, d.path) is True
    assert store.delete_document(conn, d.path) is False


def test_old_store_without_tokens_column_is_upgraded(tmp_path):
    db = tmp_path / "old"
    db.mkdir()
    c = sqlite3.connect(db / store.DB_NAME)
    c.executescript(store.SCHEMA.replace(
        ",\n    tokens_json TEXT                      -- [[start, end], ...] or [[text, start, end], ...]",
        ""))
    assert "tokens_json" not in {r[1] for r in c.execute("PRAGMA table_info(sentences)")}
    c.close()
    conn = store.connect(db)
    doc = make_doc(tmp_path / "bc.txt")
    store.save_document(conn, doc)
    assert store.load_document(conn, doc.path) == doc


def test_force_replaces_an_unchanged_document(conn, tmp_path):
    doc = make_doc(tmp_path / "bc.txt")
    doc_id = store.save_document(conn, doc, make_passages(doc))
    old = {pid for pid, _ in store.load_passages(conn, doc_id)}
    assert store.save_document(conn, doc, make_passages(doc), force=True) == doc_id
    new = {pid for pid, _ in store.load_passages(conn, doc_id)}
    assert len(new) == 3 and not new & old
    assert store.load_document(conn, doc_id) == doc
