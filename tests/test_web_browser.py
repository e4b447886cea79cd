"""The web app in a real browser (Debian's Chromium driven by Playwright): search without
diacritics, open the passage in its document, filter the audit, and hostile markup stays inert.

Screenshots of each page land in tests/artifacts/ (git-ignored).
"""
from __future__ import annotations

import re
from pathlib import Path

import httpx
import pytest

from webstores import ARTIFACTS, XSS_IMG, LiveServer, corpus_store, xss_store

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not CHROMIUM.exists(),
                       reason="/usr/bin/chromium is absent (apt-get install -y chromium); browser tests skip"),
]
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
QUERY = "nghi quyet khoa hoc cong nghe"


def flat(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


@pytest.fixture(scope="module")
def server():
    with LiveServer(corpus_store()) as s:
        yield s


@pytest.fixture(scope="module")
def chromium():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(chromium):
    ctx = chromium.new_context(viewport={"width": 1440, "height": 1000}, locale="vi-VN")
    # Offline: any request leaving the loopback app is a bug (no CDN, no fonts from the web).
    outside: list[str] = []
    ctx.route(re.compile(r"^(?!http://127\.0\.0\.1:).*"),
              lambda route: (outside.append(route.request.url), route.abort()))
    pg = ctx.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    yield pg
    ctx.close()
    assert not outside, f"requests left the machine: {outside}"
    assert not errors, f"JavaScript errors: {errors}"


def shot(pg, name: str, full_page: bool = True) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    pg.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=full_page)


def test_search_without_diacritics_then_open_the_passage(server, page):
    page.goto(server.url + "/")
    page.fill("#q", QUERY)
    page.press("#q", "Enter")
    page.wait_for_selector("li.hit")
    hits = page.locator("li.hit")
    assert hits.count() >= 3
    # the query words are found in their accented spelling and marked
    marked = [flat(t).lower() for t in page.locator("li.hit mark.hl-word").all_inner_texts()]
    assert any(w in marked for w in ("nghị quyết", "khoa học", "công nghệ", "khoa học công nghệ"))
    assert page.locator("svg#timeline rect.bar").count() >= 1
    shot(page, "search")

    expected = httpx.get(server.url + "/api/search", params={"q": QUERY, "k": 1}).json()["hits"][0]
    first = hits.first.locator("a.hit-title")
    shown = expected["title"] or " ".join(x for x in (expected["doc_type"], expected["number"]) if x)
    assert flat(first.inner_text()) == flat(shown or expected["name"])
    first.click()
    page.wait_for_url(re.compile(r"/doc/\d+\?hl=\d+-\d+"))
    mark = page.locator("mark#hl")
    assert mark.is_visible()
    assert flat(expected["text"]) in flat(mark.inner_text())
    box = mark.bounding_box()
    assert box is not None and box["y"] < 1000 and box["y"] + box["height"] > 0, "passage not scrolled into view"
    # the citations, dates and quantities are marked, with their normalised value on hover
    assert page.locator(".text .cit").count() > 0
    assert re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)? \(\w+\).*", page.locator(".text .date").first.get_attribute("title"))
    shot(page, "document", full_page=False)  # the window around the passage (sticky panes)


def test_citation_link_leads_to_the_cited_document_or_its_page(server, page):
    docs = httpx.get(server.url + "/api/documents").json()
    report = next(d for d in docs if d["number"] == "395-BC/HU")
    page.goto(f"{server.url}/doc/{report['id']}")
    link = page.locator(".text a.cit", has_text="20-NQ").first
    link.click()
    page.wait_for_url(re.compile(r"/cite/20-NQ/TW"))
    assert "20-NQ/TW" in page.locator("h1").inner_text()
    years = [int(y) for y in page.locator("h3.year-head").all_inner_texts() if y.isdigit()]
    assert len(years) >= 2 and years == sorted(years)
    assert page.locator("ul.mentions blockquote").count() >= 2
    shot(page, "citation")


def test_audit_filters_change_the_rows(server, page):
    page.goto(server.url + "/audit")
    rows = page.locator("#findings tbody tr")
    total = rows.count()
    assert total >= 3
    severities = set(page.locator("#findings tbody tr").evaluate_all("rs => rs.map(r => r.dataset.severity)"))
    assert len(severities) >= 2
    shot(page, "audit")

    page.select_option("#f-severity", "error")
    page.wait_for_url(re.compile(r"/audit\?severity=error$"))
    errors = page.locator("#findings tbody tr")
    n_errors = errors.count()
    assert 0 < n_errors < total
    assert set(errors.evaluate_all("rs => rs.map(r => r.dataset.severity)")) == {"error"}

    # the quick filter hides rows that do not match (tones optional)
    check = page.locator("#findings tbody tr code").first.inner_text()
    page.fill("#quick-filter", check)
    visible = page.locator("#findings tbody tr:not([hidden])")
    assert 0 < visible.count() <= n_errors
    assert all(check in t for t in visible.all_inner_texts())

    # sorting by a column reorders the rows
    page.fill("#quick-filter", "")
    page.goto(server.url + "/audit")
    head = page.locator("#findings thead th", has_text="Văn bản dẫn chiếu")
    head.click()
    col = page.locator("#findings tbody tr td:nth-child(7)").all_inner_texts()
    assert col == sorted(col, key=str.lower) or col == sorted(col)

    # each finding links to the offending passage
    page.locator("#findings tbody tr td:nth-child(4) a").first.click()
    page.wait_for_url(re.compile(r"/doc/\d+\?hl="))
    assert page.locator("mark#hl").is_visible()


def test_hostile_markup_renders_as_text(chromium):
    store, _src = xss_store()
    with LiveServer(store) as s:
        ctx = chromium.new_context(viewport={"width": 1440, "height": 1000})
        page = ctx.new_page()
        dialogs: list[str] = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        docs = httpx.get(s.url + "/api/documents").json()
        bad = next(d for d in docs if d["number"] == "99-BC/HU")

        page.goto(f"{s.url}/doc/{bad['id']}")
        page.wait_for_load_state("load")
        text = page.locator("#text").inner_text()
        assert "<script>alert(1)</script>" in text
        assert XSS_IMG in text
        assert "<script>alert(1)</script" in page.locator("h1").inner_text()
        assert page.locator("#text script, #text img, h1 script").count() == 0
        shot(page, "xss-document")

        page.goto(f"{s.url}/?q=ma+doc+script+alert")
        page.wait_for_load_state("load")
        assert "<script>alert(1)</script>" in page.locator(".results").inner_text()
        assert page.locator(".results script, .results img").count() == 0
        page.goto(f"{s.url}/audit")
        page.goto(f"{s.url}/?q=<script>alert(1)</script>")
        assert page.locator("#q").input_value() == "<script>alert(1)</script>"
        page.wait_for_timeout(300)
        ctx.close()
    assert dialogs == []
