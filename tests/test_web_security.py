"""What the web app must never do: run markup found in a document, read a path from a request,
accept unbounded input, write an upload anywhere but a temporary directory, or listen beyond the
loopback unless told to."""
from __future__ import annotations

import re
import sqlite3
import tempfile
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from vanban.web import create_app
from webstores import XSS_IMG, xss_store

SCRIPT = "<script>alert(1)</script>"
ESCAPED_SCRIPT = "&lt;script&gt;alert(1)&lt;/script&gt;"
ESCAPED_IMG = "&lt;img src=x onerror=alert(1)&gt;"


@pytest.fixture(scope="module")
def hostile():
    store, src = xss_store()
    client = TestClient(create_app(store))
    bad = next(d for d in client.get("/api/documents").json() if d["number"] == "99-BC/HU")
    return client, bad["id"], store, src


def _no_live_markup(html: str) -> None:
    assert "<script>alert" not in html
    assert "<img src=x" not in html and "onerror=alert" not in html.replace("onerror=alert(1)&gt;", "")
    # the only scripts are the app's own file
    assert re.findall(r"<script[^>]*>", html) == ['<script src="/static/app.js" defer>']


def test_document_page_shows_markup_as_text(hostile):
    client, doc_id, _, _ = hostile
    html = client.get(f"/doc/{doc_id}").text
    _no_live_markup(html)
    assert ESCAPED_SCRIPT in html and ESCAPED_IMG in html
    assert "&lt;b&gt;đậm&lt;/b&gt;" in html
    # highlighted spans and their hover titles are escaped too
    assert client.get(f"/doc/{doc_id}?hl=0-400").status_code == 200
    _no_live_markup(client.get(f"/doc/{doc_id}?hl=0-400").text)


def test_search_audit_and_cite_pages_escape_document_text(hostile):
    client, _, _, _ = hostile
    for url in ("/?q=ma+doc+script+alert", "/?q=tap+huan+bao+mat", "/", "/audit",
                "/cite/20-NQ/TW", "/cite/99-BC/HU"):
        r = client.get(url)
        assert r.status_code == 200, url
        _no_live_markup(r.text)
    assert ESCAPED_SCRIPT in client.get("/?q=ma+doc+script+alert").text
    assert ESCAPED_IMG in client.get("/cite/20-NQ/TW").text


def test_query_is_echoed_escaped(hostile):
    client, _, _, _ = hostile
    html = client.get("/", params={"q": SCRIPT, "issuer": '"><img src=x onerror=alert(1)>'}).text
    _no_live_markup(html)
    assert f'value="{ESCAPED_SCRIPT}"' in html
    cite = client.get("/cite/" + SCRIPT.replace("/", "%2F")).text
    _no_live_markup(cite)


def test_highlight_parameter_cannot_inject(hostile):
    client, doc_id, _, _ = hostile
    for hl in ('"><script>alert(1)</script>', "5-3", "0-99999999", "abc", "1-2-3"):
        r = client.get(f"/doc/{doc_id}", params={"hl": hl})
        assert r.status_code in (200, 422)
        _no_live_markup(r.text)
        assert 'id="hl"' not in r.text


def test_json_api_returns_the_text_as_data(hostile):
    client, doc_id, _, _ = hostile
    r = client.get(f"/api/document/{doc_id}")
    assert r.headers["content-type"] == "application/json"
    assert SCRIPT in r.json()["text"] and XSS_IMG in r.json()["text"]


def test_security_headers(hostile):
    client, doc_id, _, _ = hostile
    h = client.get(f"/doc/{doc_id}").headers
    assert "script-src 'self'" in h["content-security-policy"]
    assert "default-src 'self'" in h["content-security-policy"]
    assert h["x-content-type-options"] == "nosniff"
    assert h["x-frame-options"] == "DENY"


# --- no route reads a path from the request --------------------------------------------------

@pytest.mark.parametrize("url", [
    "/doc/..%2F..%2F..%2Fetc%2Fpasswd", "/doc/%2Fetc%2Fpasswd", "/api/document/..%2Fvanban.sqlite",
    "/static/../../../../etc/passwd", "/static/..%2F..%2Fapp.py", "/static/%2e%2e/app.py",
    "/api/cite/../../../../etc/passwd", "/cite/..%2F..%2Fetc%2Fpasswd", "/audit.csv?doc=../../etc/passwd",
])
def test_paths_in_requests_read_nothing(hostile, url):
    client, _, _, _ = hostile
    r = client.get(url)
    assert r.status_code in (200, 404, 422)
    assert "root:x:0" not in r.text and "def create_app" not in r.text and "SQLite format" not in r.text


# --- bounded input ----------------------------------------------------------------------------

def test_query_and_result_bounds(hostile):
    client, _, _, _ = hostile
    assert client.get("/api/search", params={"q": "a" * 500}).status_code == 200
    assert client.get("/api/search", params={"q": "a" * 501}).status_code == 422
    assert client.get("/", params={"q": "a" * 501}).status_code == 422
    assert client.get("/api/search", params={"q": "a", "k": 100}).status_code == 200
    assert client.get("/api/search", params={"q": "a", "k": 1000}).status_code == 422
    assert client.get("/api/cite/" + "1" * 101).status_code == 422


# --- uploads ---------------------------------------------------------------------------------

def _snapshot(folder: Path) -> dict[str, int]:
    return {str(p.relative_to(folder)): p.stat().st_size for p in folder.rglob("*") if p.is_file()}


def test_upload_is_analysed_in_a_deleted_temp_dir(hostile, tmp_path, monkeypatch):
    client, _, store, src = hostile
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    before_src, before_store = _snapshot(src), _snapshot(store)
    conn = sqlite3.connect(store / "vanban.sqlite")
    docs_before = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    text = (src / "2024_bc99_xss.txt").read_bytes()
    for name in ("../../../2024_bc99_copy.txt", "..\\..\\evil.txt", "/etc/cron.d/x.txt", "bình thường.txt"):
        r = client.post("/api/extract", files={"file": (name, text, "text/plain")})
        assert r.status_code == 200, r.text
        assert r.json()["document"]["number"] == "99-BC/HU"
        assert "/" not in r.json()["document"]["path"] and "\\" not in r.json()["document"]["path"]
        assert list(tmp_path.iterdir()) == [], "the upload's temp dir is gone"
    assert _snapshot(src) == before_src
    assert {k: v for k, v in _snapshot(store).items() if not k.startswith("vanban.sqlite")} == \
           {k: v for k, v in before_store.items() if not k.startswith("vanban.sqlite")}
    assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == docs_before
    conn.close()


def test_upload_limits(hostile, tmp_path, monkeypatch):
    client, _, _, _ = hostile
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    big = b"x" * (10 * 1024 * 1024 + 1)
    assert client.post("/api/extract", files={"file": ("a.txt", big, "text/plain")}).status_code == 413
    assert client.post("/api/extract", files={"file": ("a.svg", b"<svg/>", "image/svg+xml")}).status_code == 415
    assert client.post("/api/extract", files={"file": ("a.txt.html", b"<p>", "text/html")}).status_code == 415
    assert list(tmp_path.iterdir()) == []


# --- the server binds to the loopback --------------------------------------------------------

def test_serve_binds_to_loopback_by_default(hostile, monkeypatch):
    import uvicorn

    from vanban.cli import app as cli

    _, _, store, _ = hostile
    seen = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: seen.update(kw, app=app))
    r = CliRunner().invoke(cli, ["serve", "--store", str(store), "--port", "8765"])
    assert r.exit_code == 0, r.output
    assert seen["host"] == "127.0.0.1" and seen["port"] == 8765
    assert seen["app"].state.store.dir == store


def test_serve_without_a_store_says_so(tmp_path):
    from vanban.cli import app as cli

    r = CliRunner().invoke(cli, ["serve", "--store", str(tmp_path / "none")])
    assert r.exit_code == 1
    assert "không có kho dữ liệu ở đây" in r.output
    assert not (tmp_path / "none").exists()


def test_pages_load_nothing_from_outside(hostile):
    """Offline: every link and asset of every page is on this server (no CDN, no web fonts)."""
    client, doc_id, _, _ = hostile
    for url in ("/", "/?q=an+toan+thong+tin", f"/doc/{doc_id}", "/cite/20-NQ/TW", "/audit", "/api"):
        html = client.get(url).text
        refs = re.findall(r'(?:src|href|action)="([^"]*)"', html)
        assert refs and all(r.startswith(("/", "#")) for r in refs), (url, [r for r in refs if not r.startswith(("/", "#"))])
    css = client.get("/static/style.css").text
    assert "url(" not in css and "@import" not in css
    assert client.get("/docs").status_code == 404, "Swagger UI loads from a CDN: not served"


# --- the renderer: any text, any spans ---------------------------------------------------------

from html.parser import HTMLParser  # noqa: E402

from hypothesis import given, settings, strategies as st  # noqa: E402

from vanban.web.highlight import Mark, render_marked  # noqa: E402


class _Check(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.text, self.stack, self.tags = [], [], []

    def handle_starttag(self, tag, attrs):
        self.stack.append(tag)
        self.tags.append(tag)

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes {self.stack}"
        self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)


_marks = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60),
                            st.sampled_from(["cit", "date", "qty", "dir", "hl-passage"]),
                            st.booleans(), st.text(max_size=8)), max_size=12)


@settings(max_examples=300, deadline=None)
@given(text=st.lists(st.sampled_from(list("ab <>&\"'/\nđệ=") + ["<script>", "</b>"]), max_size=40).map("".join),
       raw=_marks)
def test_rendering_keeps_the_text_and_nests_tags(text, raw):
    marks = [Mark(min(a, b), max(a, b), css, title=title, href="/cite/x" if link else None)
             for a, b, css, link, title in raw]
    html = str(render_marked(text, marks))
    p = _Check()
    p.feed(html)
    p.close()
    assert p.stack == [], "every tag is closed"
    assert "".join(p.text) == text, "the text comes back unchanged, markup as text"
    assert set(p.tags) <= {"span", "a", "mark"}
    assert "<script" not in html
