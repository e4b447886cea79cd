"""The faithful structured summary: every item is the source's own words, at the cited offsets."""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from vanban.pipeline.analyze import analyze
from vanban.pipeline.summarize import (PART_TITLES, PARTS, clip_span, summarize, summary_json, summary_markdown,
                                write_summary_docx)
from tests.conftest import CORPORA, SHARED, needs_shared

DOC_SUFFIXES = {".txt", ".md", ".docx", ".pdf"}


@lru_cache(maxsize=None)
def _analyzed(path: str):
    return analyze(path)


def _documents() -> list[Path]:
    out = [p for p in sorted(CORPORA.glob("*")) if p.suffix in DOC_SUFFIXES and p.name != "README.md"]
    if (SHARED / "docs").is_dir():
        out += sorted(p for p in (SHARED / "docs").glob("*") if p.suffix in DOC_SUFFIXES)
    return out


def _digits(s: str) -> list[str]:
    return re.findall(r"\d+", s)


@pytest.mark.parametrize("path", _documents(), ids=lambda p: p.name)
def test_summary_is_faithful(path):
    """No number appears in a summary that is not in the source at the cited offsets."""
    doc = _analyzed(str(path))
    summary = summarize(doc)
    assert summary.words <= summary.max_words
    data = json.loads(json.dumps(summary_json(summary), ensure_ascii=False))
    spans: dict[str, list[str]] = {}
    for part in PARTS:
        spans[part] = []
        for it in data[part]:
            assert doc.text[it["start"]:it["end"]] == it["text"]
            cited = it["text"]
            if it.get("deadline"):
                assert doc.text[it["deadline_start"]:it["deadline_end"]] == it["deadline"]
                cited += " " + it["deadline"]
            spans[part].append(cited)
    for c in data["citations"]:
        assert doc.text[c["start"]:c["end"]] == c["text"]
    # the rendered Markdown: each item line's numbers stand in the span it cites
    md = summary_markdown(summary)
    for part in PARTS:
        if not spans[part]:
            continue
        block = md.split(f"## {PART_TITLES[part]}\n", 1)[1].split("\n## ", 1)[0]
        lines = [ln for ln in block.splitlines() if ln.startswith("- ")]
        assert len(lines) == len(spans[part])
        for line, cited in zip(lines, spans[part]):
            line = re.sub(r"\s\[[^\]]*\]$", "", line)  # the section id
            for run in _digits(line):
                assert run in cited, (run, line)


@pytest.mark.parametrize("max_words", [60, 120, 250, 400])
@pytest.mark.parametrize("path", _documents()[:6], ids=lambda p: p.name)
def test_budget_is_kept(path, max_words):
    s = summarize(_analyzed(str(path)), max_words=max_words)
    assert s.words == sum(len(it.text.split()) for _, it in s.items()) <= max_words


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["phát", "triển", "khoa", "học,", "công", "nghệ;", "500", "lớp", "tập", "huấn:"]),
                min_size=1, max_size=80), st.integers(min_value=3, max_value=40))
def test_clip_span_is_a_prefix_within_budget(words, n):
    text = "X " + " ".join(words) + " Y"
    s, e, clipped = clip_span(text, 2, len(text) - 2, n)
    assert 2 <= s < e <= len(text) - 2
    assert len(text[s:e].split()) <= n
    assert text[2:len(text) - 2].startswith(text[s:e])
    assert clipped == (len(words) > n)


@needs_shared
def test_baolam_summary(shared_dir):
    doc = _analyzed(str(shared_dir / "docs" / "000_baolam_bc_nq20.txt"))
    s = summarize(doc, max_words=400)
    figures = [f for it in s.figures for f in it.figures]
    assert len(figures) >= 4
    shown = " ".join(it.text for it in s.figures)
    for number in ("500 lớp tập huấn", "40.000 lượt người", "118.750 người", "7-8 tấn/mẻ"):
        assert number in shown
    assert s.achievements and s.limitations and s.causes
    tasks = [it for it in s.directives if it.section == "V.2"]
    assert len(tasks) == 6
    rows = {c.number: c.date for c in s.citations if c.number}
    assert rows == {"20-NQ/TW": "2012-11-01", "50-KL/TW": "2019-05-30", "101-KH/TU": "2019-09-03",
                    "484-CV/BTGTU": "2022-03-16", "23-CTr/HU": "2013-01-10"}
    numbers = [c.number for c in s.citations if c.number]
    assert len(numbers) == len(set(numbers))  # each once: repeats and short forms merged
    assert next(c for c in s.citations if c.number == "20-NQ/TW").mentions >= 8


@needs_shared
def test_directives_carry_actor_and_deadline(shared_dir):
    doc = _analyzed(str(shared_dir / "docs" / "017_tb634_vpcp_2025.txt"))
    s = summarize(doc)
    named = [it for it in s.directives if it.actor]
    assert named
    assert any(it.deadline and "2025" in it.deadline for it in s.directives)


def test_docx_opens_with_vietnamese_intact(tmp_path):
    doc = _analyzed(str(_documents()[0]))
    s = summarize(doc)
    out = write_summary_docx(s, tmp_path / "tom_tat.docx")
    from docx import Document as Docx
    reopened = Docx(str(out))
    text = "\n".join(p.text for p in reopened.paragraphs)
    assert "Tóm tắt" in text
    first = next(it for _, it in s.items())
    assert " ".join(first.text.split()) in text
    if s.citations:
        cells = [c.text for t in reopened.tables for r in t.rows for c in r.cells]
        assert "Số hiệu" in cells
        assert any(c.number and c.number in cells for c in s.citations)


def test_cli_summarize(tmp_path):
    from vanban.cli import app
    path = str(_documents()[0])
    runner = CliRunner()
    res = runner.invoke(app, ["summarize", path, "--json", "--max-words", "200"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert data["max_words"] == 200 and data["words"] <= 200
    res = runner.invoke(app, ["summarize", path, "--md"])
    assert res.exit_code == 0 and res.output.startswith("# Tóm tắt")
    res = runner.invoke(app, ["summarize", path, "--docx", str(tmp_path / "s.docx")])
    assert res.exit_code == 0 and (tmp_path / "s.docx").stat().st_size > 0
    res = runner.invoke(app, ["summarize", str(tmp_path / "missing.txt")])
    assert res.exit_code == 2
    assert "missing.txt" in res.output
