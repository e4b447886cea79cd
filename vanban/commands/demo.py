"""``vanban demo``: ingest a corpus through the flow, then a short tour of what the store knows."""
from __future__ import annotations

from pathlib import Path

import typer
from rich.markdown import Markdown
from rich.panel import Panel
from rich.table import Table

from vanban.pipeline.messages import translate_text, tr
from vanban.commands._common import DEFAULT_STORE, console, fail_line

DEMO_QUERY = "thu hút nguồn nhân lực khoa học và công nghệ"
DEMO_QUERY_PLAIN = "nghi quyet khoa hoc cong nghe"


def _flat(text: str, n: int) -> str:
    """One line of at most ``n`` characters, for a table cell."""
    text = " ".join(text.split())
    return text if len(text) <= n else text[:n].rsplit(" ", 1)[0] + " …"


def _counts_table(counts: dict) -> Table:
    t = Table(title=tr("What the store holds"), show_header=True, header_style="bold")
    t.add_column(tr("what"))
    t.add_column(tr("count"), justify="right")
    for k, v in counts.items():
        t.add_row(k, str(v))
    return t


def _tour_search(store: Path) -> None:
    from vanban.pipeline.index.search import search, search_by_year

    console.rule(f"[bold]{tr('Search across years')}[/bold]: “{DEMO_QUERY}”")
    t = Table(show_header=True, header_style="bold")
    for col in ("year", "hits", "docs", "best passage"):
        t.add_column(tr(col), overflow="fold")
    for b in search_by_year(store, DEMO_QUERY, depth=40):
        best = b.best
        where = f"{Path(best.doc_path).name} › {best.heading_path}"
        t.add_row(str(b.year or "?"), str(b.count), str(b.documents),
                  f"[dim]{where}[/dim]\n{_flat(best.text, 220)}")
    console.print(t)
    console.rule(f"[bold]{tr('Without diacritics')}[/bold]: “{DEMO_QUERY_PLAIN}”")
    for h in search(store, DEMO_QUERY_PLAIN, k=3):
        console.print(f"  {h.year or '?'}  {Path(h.doc_path).name} › {h.heading_path}", highlight=False)
        console.print(f"      [dim]{_flat(h.text, 160)}[/dim]", highlight=False)


def _tour_summary(store: Path) -> None:
    from vanban.pipeline.store import connect, list_documents, load_document
    from vanban.pipeline.summarize import summarize, summary_markdown

    conn = connect(store)
    try:
        docs = [d for d in list_documents(conn) if (d.doc_type or "").startswith("Báo cáo")]
        if not docs:
            return
        newest = max(docs, key=lambda d: d.date or str(d.year or ""))
        doc = load_document(conn, newest.id)
    finally:
        conn.close()
    console.rule(f"[bold]{tr('Summary of the newest report')}[/bold]: {Path(newest.path).name}")
    console.print(Markdown(summary_markdown(summarize(doc, max_words=250))))


def _tour_audit(store: Path) -> None:
    from vanban.pipeline.audit import audit
    from vanban.pipeline.store import connect

    conn = connect(store)
    try:
        findings = audit(conn)
    finally:
        conn.close()
    console.rule(f"[bold]{tr('Audit')}[/bold]: " + tr("{n} findings", n=len(findings)))
    t = Table(show_header=True, header_style="bold")
    for col in ("severity", "check", "document", "cited as", "expected", "found"):
        t.add_column(tr(col), overflow="fold")
    order = {"error": 0, "warning": 1, "format": 2}
    for f in sorted(findings, key=lambda f: (order.get(f.severity, 9), f.citing_document, f.start)):
        t.add_row(tr(f.severity), f.check, Path(f.citing_document).name, f.cited_as,
                  f.expected_text() or "", f.found or "")
    console.print(t)


def demo(
    corpus: Path = typer.Argument(Path("corpora"), help="Folder (or files) to ingest."),
    store: Path = typer.Option(DEFAULT_STORE, "--store", help="Store directory."),
    workers: int = typer.Option(None, "--workers", help="Processes analysing files (default: CPU count)."),
) -> None:
    """Ingest a corpus through the Prefect flow, then tour it: counts, search, summary, audit.

    This is what ``make demo`` runs on ``corpora/``.
    """
    from vanban.flows.ingest import ingest
    from vanban.pipeline.store import connect, counts
    from vanban.commands._progress import IngestProgress

    console.print(Panel.fit(tr("Ingesting [bold]{corpus}[/bold] into [bold]{store}[/bold]",
                               corpus=corpus, store=store)))
    from vanban.flows.server import standing_server_for_this_run

    with standing_server_for_this_run(), IngestProgress() as bars:
        report = ingest([corpus], store, workers=workers, progress=bars)
    for f in report.failed:
        fail_line(f.path, "{stage}: {reason}", stage=f.stage, reason=translate_text(f.reason))
    console.print(tr("{files} files: {stored} stored, {skipped} unchanged, {failed} failed, "
                     "{passages} passages, {seconds:.1f} s", files=report.files, stored=report.stored,
                     skipped=report.skipped, failed=len(report.failed), passages=report.passages,
                     seconds=report.seconds), highlight=False)
    conn = connect(store)
    try:
        console.print(_counts_table(counts(conn)))
    finally:
        conn.close()
    _tour_search(store)
    _tour_summary(store)
    _tour_audit(store)
    console.print("\n" + tr("Next: [bold]vanban search[/bold] QUERY, [bold]vanban summarize[/bold] FILE, "
                            "[bold]vanban audit[/bold] --html audit.html, [bold]vanban serve[/bold]"))
    if report.failed:
        raise typer.Exit(2)


def register(app: typer.Typer) -> None:
    app.command("demo")(demo)
