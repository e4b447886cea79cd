"""CLI: ``vanban audit``: check every cited number and date in the store."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.table import Table

from vanban.pipeline.messages import tr
from vanban.commands._common import STORE_OPT, console, echo, fail_line, open_store, print_json


def audit_cmd(
    store: Path = STORE_OPT,
    as_json: bool = typer.Option(False, "--json", help="Findings as JSON on stdout."),
    csv_out: Optional[Path] = typer.Option(None, "--csv", help="Write the findings to this CSV file."),
    html_out: Optional[Path] = typer.Option(None, "--html",
                                            help="Write a self-contained HTML report to this file."),
    xlsx_out: Optional[Path] = typer.Option(None, "--xlsx", help="Write the findings to an Excel workbook."),
    fail_on: Optional[str] = typer.Option(
        None, "--fail-on", metavar="SEVERITY",
        help="Exit with status 2 when there is a finding this severe or worse "
             "(error | warning | format), e.g. in CI."),
) -> None:
    """Check every cited number and date in the store: dates against the registry and the cited
    documents' own headers, dates across the corpus, type/issuer codes, terms, number format."""
    from vanban.pipeline.audit import SEVERITIES, audit

    if fail_on is not None and fail_on not in SEVERITIES:
        fail_line("--fail-on", "unknown severity {value!r}; use one of {choices}", value=fail_on,
                  choices=", ".join(SEVERITIES))
        raise typer.Exit(1)
    conn = open_store(store)
    findings = audit(conn)
    try:
        _report(conn, findings, as_json, csv_out, html_out, xlsx_out)
    finally:
        conn.close()
    if fail_on is not None:
        worst = SEVERITIES[: SEVERITIES.index(fail_on) + 1]
        if any(f.severity in worst for f in findings):
            raise typer.Exit(2)


def _report(conn, findings, as_json: bool, csv_out: Optional[Path], html_out: Optional[Path],
            xlsx_out: Optional[Path] = None) -> None:
    from vanban.pipeline.audit import count_by_severity
    from vanban.pipeline.audit_report import finding_dict, render_html, write_csv

    if as_json:
        print_json({"summary": count_by_severity(findings), "findings": [finding_dict(f) for f in findings]})
        return
    if csv_out:
        write_csv(findings, csv_out)
        echo("wrote {n} findings to {path}", n=len(findings), path=csv_out)
    if html_out:
        from vanban.pipeline.store.queries import document_texts

        texts = document_texts(conn, sorted({f.citing_document for f in findings}))
        Path(html_out).write_text(render_html(findings, texts), encoding="utf-8")
        echo("wrote the report to {path}", path=html_out)
    if xlsx_out:
        from vanban.pipeline.export import finding_table, write_xlsx

        write_xlsx([finding_table(findings)], xlsx_out)
        echo("wrote {n} findings to {path}", n=len(findings), path=xlsx_out)
    if csv_out or html_out or xlsx_out:
        return
    _print_findings(findings, count_by_severity(findings))


def _print_findings(findings, counts) -> None:
    from vanban.pipeline.audit import SEVERITIES

    order = {s: i for i, s in enumerate(SEVERITIES)}
    style = {"error": "red", "warning": "yellow", "format": "dim"}
    by_doc: dict[str, list] = {}
    for f in findings:
        by_doc.setdefault(f.citing_document, []).append(f)
    for doc in sorted(by_doc):
        t = Table(title=doc, title_justify="left", show_lines=False, expand=True)
        for col in ("severity", "check", "cited as", "expected", "found", "explanation", "at"):
            t.add_column(tr(col), overflow="fold")
        for f in sorted(by_doc[doc], key=lambda f: (order.get(f.severity, 9), f.start)):
            t.add_row(f"[{style.get(f.severity, '')}]{tr(f.severity)}[/]", f.check, f.cited_as,
                      f.expected_text() or "", f.found or "", f.explanation(), f"{f.start}–{f.end}")
        console.print(t)
    console.print(" · ".join(f"{tr(s)}: {n}" for s, n in counts.items())
                  + " · " + tr("{n} document(s)", n=len(by_doc)), highlight=False)


def register(app: typer.Typer) -> None:
    app.command("audit")(audit_cmd)
