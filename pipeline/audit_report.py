"""The audit's findings as reports: a dict per finding (JSON), a CSV table and a single
self-contained HTML page grouped by document and severity.

>>> f = Finding("malformed_number", "format", "20-NQ/TW", "Nghị quyết số 20-NQTW", "bc.md",
...             0, 21, "20-NQ/TW", "20-NQTW", "written '20-NQTW'")
>>> finding_dict(f)["expected"]
'20-NQ/TW'
>>> "<mark>Nghị quyết số 20-NQTW</mark>" in render_html([f], {"bc.md": "Nghị quyết số 20-NQTW đã nêu"})
True
"""
from __future__ import annotations

import csv
import re
from collections import defaultdict
from datetime import datetime, timezone

from jinja2 import Environment

from vanban.pipeline.audit import SEVERITIES, Finding, count_by_severity
from vanban.pipeline.messages import current_lang, normalize_lang, tr

FINDING_FIELDS = ("check", "severity", "number", "cited_as", "citing_document", "start", "end",
                  "expected", "found", "evidence")


def finding_dict(f: Finding, lang: str | None = None) -> dict:
    """The JSON of a finding: its fields (``expected`` and ``evidence`` in English, as data),
    ``explanation`` (the evidence in ``lang``, default the current language) and ``message``, the
    catalogue id of the explanation."""
    return {**{k: getattr(f, k) for k in FINDING_FIELDS}, "explanation": f.explanation(lang),
            "message": f.message.msgid if f.message else None}


CSV_FIELDS = ("check", "severity", "number", "cited_as", "citing_document", "start", "end",
              "expected", "found", "explanation")


def finding_row(f: Finding, lang: str | None = None) -> dict:
    """A finding for people (CSV, tables): ``expected`` and ``explanation`` in ``lang``."""
    return {"check": f.check, "severity": f.severity, "number": f.number, "cited_as": f.cited_as,
            "citing_document": f.citing_document, "start": f.start, "end": f.end,
            "expected": f.expected_text(lang), "found": f.found, "explanation": f.explanation(lang)}


def write_csv(findings: list[Finding], path, lang: str | None = None) -> int:
    """One row per finding (``CSV_FIELDS``; the explanation in ``lang``), UTF-8 with BOM for Excel."""
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(CSV_FIELDS))
        w.writeheader()
        for f in findings:
            w.writerow(finding_row(f, lang))
    return len(findings)


def _context(text: str, start: int, end: int, width: int = 120) -> tuple[str, str, str]:
    """(before, cited, after) around a span, cut at whitespace, on one line."""
    if not text or not (0 <= start <= end <= len(text)):
        return "", "", ""
    b = text[max(0, start - width):start]
    a = text[end:end + width]
    if start - width > 0 and " " in b:
        b = "…" + b[b.index(" ") + 1:]
    if end + width < len(text) and " " in a:
        a = a[:a.rindex(" ")] + "…"
    one = lambda s: re.sub(r"\s+", " ", s)  # noqa: E731
    return one(b), one(text[start:end]), one(a)


_HTML = """<!DOCTYPE html>
<html lang="{{ lang }}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ title }}</title>
<style>
body{font-family:"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;margin:2em auto;max-width:70em;color:#222;padding:0 1em}
h1{font-size:1.5em;margin-bottom:.2em}h2{font-size:1.15em;margin-top:2em;border-bottom:1px solid #ccc;padding-bottom:.2em;word-break:break-all}
.meta{color:#666;font-size:.9em}
table{border-collapse:collapse;width:100%;margin-top:.5em;font-size:.92em}
th,td{border:1px solid #ddd;padding:.35em .5em;vertical-align:top;text-align:left}
th{background:#f4f4f4}
.sev{font-weight:bold;text-transform:uppercase;font-size:.8em;white-space:nowrap}
.error{color:#b00020}.warning{color:#a15c00}.format{color:#555}
.ctx{color:#555}.ctx mark{background:#ffe58f;color:#000}
.summary span{margin-right:1.5em}
code{font-family:Consolas,"DejaVu Sans Mono",monospace}
</style></head><body>
<h1>{{ title }}</h1>
<p class="meta">{{ generated }} · {{ tr("{n} document(s) with findings", n=n_docs) }}</p>
<p class="summary">{% for sev, n in counts.items() %}<span class="{{ sev }}">{{ tr(sev) }}: {{ n }}</span>{% endfor %}</p>
{% if not groups %}<p>{{ tr("No findings.") }}</p>{% endif %}
{% for doc, rows in groups %}
<h2>{{ doc }}</h2>
<table>
<tr><th>{{ tr("Severity") }}</th><th>{{ tr("Check") }}</th><th>{{ tr("Cited as (in context)") }}</th><th>{{ tr("Expected") }}</th><th>{{ tr("Found") }}</th><th>{{ tr("Explanation") }}</th><th>{{ tr("Offsets") }}</th></tr>
{% for f, ctx in rows %}
<tr><td class="sev {{ f.severity }}">{{ tr(f.severity) }}</td><td><code>{{ f.check }}</code></td>
<td class="ctx">{% if ctx[1] %}{{ ctx[0] }}<mark>{{ ctx[1] }}</mark>{{ ctx[2] }}{% else %}{{ f.cited_as }}{% endif %}</td>
<td>{{ f.expected_text(lang) or "" }}</td><td>{{ f.found or "" }}</td><td>{{ f.explanation(lang) }}</td>
<td>{{ f.start }}–{{ f.end }}</td></tr>
{% endfor %}
</table>
{% endfor %}
</body></html>
"""


def render_html(findings: list[Finding], texts: dict[str, str] | None = None, *,
                title: str | None = None, lang: str | None = None) -> str:
    """A single self-contained HTML report (inline CSS, every text escaped, no external assets),
    grouped by document and severity; ``texts`` (path -> normalised text) adds context."""
    lang = normalize_lang(lang) or current_lang()
    env = Environment(autoescape=True)
    texts = texts or {}
    order = {s: i for i, s in enumerate(SEVERITIES)}
    by_doc: dict[str, list] = defaultdict(list)
    for f in sorted(findings, key=lambda f: (f.citing_document, order.get(f.severity, 9), f.start)):
        by_doc[f.citing_document].append((f, _context(texts.get(f.citing_document, ""), f.start, f.end)))
    return env.from_string(_HTML).render(
        title=title or tr("Citation audit", lang), groups=sorted(by_doc.items()),
        counts=count_by_severity(findings), lang=lang, tr=lambda m, **kw: tr(m, lang, **kw),
        n_docs=len(by_doc),
        generated=datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"))
