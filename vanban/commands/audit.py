"""CLI commands: audit, registry (add/import/export/list), cites, cited-by, graph."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer
from rich.table import Table

from vanban.pipeline.messages import tr
from vanban.commands._common import DEFAULT_STORE, console, echo, fail_line, print_json, writing

STORE_OPT = typer.Option(DEFAULT_STORE, "--store", help="Store directory.")

registry_app = typer.Typer(help="The registry of known documents (number, date, title, source).",
                           no_args_is_help=True)


def _open(store: Path, *, must_exist: bool = True):
    from vanban.pipeline.store import connect

    if must_exist and not (Path(store) / "vanban.sqlite").exists():
        fail_line(store, "no store here (run `vanban ingest` first, or pass --store)")
        raise typer.Exit(1)
    return connect(store)


def _vn(iso: str | None) -> str:
    if iso and len(iso) == 10 and iso[4] == "-":
        return f"{iso[8:]}/{iso[5:7]}/{iso[:4]}"
    return iso or ""


# --- audit -------------------------------------------------------------------------------

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
    conn = _open(store)
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
    from vanban.pipeline.audit import finding_dict, render_html, summarize, write_csv

    if as_json:
        print_json({"summary": summarize(findings), "findings": [finding_dict(f) for f in findings]})
        return
    if csv_out:
        write_csv(findings, csv_out)
        echo("wrote {n} findings to {path}", n=len(findings), path=csv_out)
    if html_out:
        paths = sorted({f.citing_document for f in findings})
        texts = {}
        for p in paths:
            row = conn.execute("SELECT text FROM documents WHERE path = ?", (p,)).fetchone()
            if row:
                texts[p] = row[0]
        Path(html_out).write_text(render_html(findings, texts), encoding="utf-8")
        echo("wrote the report to {path}", path=html_out)
    if xlsx_out:
        from vanban.pipeline.export import finding_table, write_xlsx

        write_xlsx([finding_table(findings)], xlsx_out)
        echo("wrote {n} findings to {path}", n=len(findings), path=xlsx_out)
    if csv_out or html_out or xlsx_out:
        return
    _print_findings(findings, summarize(findings))


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


# --- registry ----------------------------------------------------------------------------

@registry_app.command("add")
def registry_add(
    number: str = typer.Argument(..., help='Canonical number, e.g. "20-NQ/TW", "08/2014/NĐ-CP".'),
    source: str = typer.Option(..., "--source", help="Where the facts come from (required)."),
    type_: Optional[str] = typer.Option(None, "--type", help='"Nghị quyết", "Luật", ...'),
    date: Optional[str] = typer.Option(None, "--date", help="2012-11-01 or 01/11/2012."),
    title: Optional[str] = typer.Option(None, "--title"),
    issuing_body: Optional[str] = typer.Option(None, "--issuing-body"),
    term: Optional[str] = typer.Option(None, "--term", help='"khóa XI"'),
    replaces: list[str] = typer.Option([], "--replaces", help="Number it replaces (repeatable)."),
    amends: list[str] = typer.Option([], "--amends", help="Number it amends (repeatable)."),
    guides: list[str] = typer.Option([], "--guides", help="Number it guides (repeatable)."),
    repeals: list[str] = typer.Option([], "--repeals", help="Number it repeals (repeatable)."),
    effective_date: Optional[str] = typer.Option(None, "--effective-date",
                                                 help="When it took effect (replacements and repeals count from then)."),
    store: Path = STORE_OPT,
) -> None:
    """Add (or replace) one known document."""
    from vanban.pipeline.registry import RegistryEntry, RegistryError, add_entry, parse_date

    try:
        entry = RegistryEntry(
            number=number.strip(), type=type_, issuing_body=issuing_body, date=parse_date(date),
            title=title, term=term, source=source.strip(),
            relations=tuple([("replaces", n) for n in replaces] + [("amends", n) for n in amends]
                            + [("guides", n) for n in guides] + [("repeals", n) for n in repeals]),
            effective_date=parse_date(effective_date))
        with writing(store, "vanban registry add"):
            add_entry(_open(store, must_exist=False), entry)
    except RegistryError as e:
        fail_line(number, e)
        raise typer.Exit(1)
    echo("added {number} {date}", number=entry.number, date=_vn(entry.date))


@registry_app.command("import")
def registry_import(csv_path: Path = typer.Argument(..., help="CSV with the registry's columns."),
                    store: Path = STORE_OPT) -> None:
    """Add or replace the entries of a CSV (columns: number,type,issuing_body,date,title,term,
    replaces,amends,guides,source)."""
    from vanban.pipeline.registry import RegistryError, import_csv

    if not csv_path.is_file():
        fail_line(csv_path, "no such file")
        raise typer.Exit(1)
    try:
        with writing(store, "vanban registry import"):
            n = import_csv(_open(store, must_exist=False), csv_path)
    except (RegistryError, UnicodeDecodeError) as e:
        fail_line(csv_path, e)
        raise typer.Exit(1)
    echo("imported {n} entries from {path}", n=n, path=csv_path)


@registry_app.command("export")
def registry_export(csv_path: Path = typer.Argument(..., help="CSV file to write."),
                    store: Path = STORE_OPT) -> None:
    """Write the whole registry (seed, additions and stored documents) to a CSV."""
    from vanban.pipeline.registry import export_csv, sync_from_store

    conn = _open(store, must_exist=False)
    sync_from_store(conn)
    n = export_csv(conn, csv_path)
    echo("exported {n} entries to {path}", n=n, path=csv_path)


@registry_app.command("list")
def registry_list(store: Path = STORE_OPT,
                  as_json: bool = typer.Option(False, "--json", help="JSON on stdout.")) -> None:
    """List the known documents."""
    from vanban.pipeline.registry import entry_to_row, list_entries, sync_from_store

    conn = _open(store, must_exist=False)
    sync_from_store(conn)
    entries = list_entries(conn)
    if as_json:
        print_json([{**entry_to_row(e), "from_store": e.from_store} for e in entries])
        return
    t = Table(expand=True)
    for col in ("number", "type", "date", "issuing body", "title", "source"):
        t.add_column(tr(col), overflow="fold")
    for e in entries:
        t.add_row(e.number, e.type or "", _vn(e.date), e.issuing_body or "",
                  (e.title or "")[:80], e.source[:60])
    console.print(t)
    echo("{n} entries", n=len(entries))


# --- graph -------------------------------------------------------------------------------

def _mention_json(m) -> dict:
    return {"citing_document": m.citing_document, "citing_number": m.citing_number,
            "citing_date": m.citing_date, "cited_number": m.cited_number, "cited_as": m.cited_as,
            "date": m.date, "start": m.start, "end": m.end, "passage": m.passage}


def cites_cmd(number: str = typer.Argument(..., help='A number, e.g. "20-NQ/TW".'),
              store: Path = STORE_OPT,
              as_json: bool = typer.Option(False, "--json", help="JSON on stdout.")) -> None:
    """Which stored documents cite NUMBER, with the date as cited and the sentence."""
    from vanban.pipeline.graph import cites

    mentions = cites(_open(store), number)
    if as_json:
        print_json([_mention_json(m) for m in mentions])
        return
    if not mentions:
        echo("no stored document cites {number}", number=number)
        return
    t = Table(title=tr("{number}: cited {n} times", number=number, n=len(mentions)),
              title_justify="left", expand=True)
    for col in ("citing document", "its date", "cited date", "passage"):
        t.add_column(tr(col), overflow="fold")
    for m in mentions:
        t.add_row(m.citing_number or Path(m.citing_document).name, _vn(m.citing_date), _vn(m.date),
                  m.passage)
    console.print(t)


def cited_by_cmd(doc: str = typer.Argument(..., help="A stored document: its number, path or file name."),
                 store: Path = STORE_OPT,
                 as_json: bool = typer.Option(False, "--json", help="JSON on stdout.")) -> None:
    """What DOC cites: every citation, with the date as cited and the sentence."""
    from vanban.pipeline.graph import cited_by

    try:
        mentions = cited_by(_open(store), doc)
    except KeyError:
        fail_line(doc, "no such document in the store")
        raise typer.Exit(1)
    if as_json:
        print_json([_mention_json(m) for m in mentions])
        return
    t = Table(title=tr("{doc} cites {n}", doc=doc, n=len(mentions)), title_justify="left", expand=True)
    for col in ("cited", "cited date", "as written", "passage"):
        t.add_column(tr(col), overflow="fold")
    for m in mentions:
        t.add_row(m.cited_number or "", _vn(m.date), m.cited_as, m.passage)
    console.print(t)


def graph_cmd(fmt: str = typer.Option("graphml", "--format", help="graphml | json"),
              out: Optional[Path] = typer.Option(None, "--out", help="File to write (stdout if absent)."),
              store: Path = STORE_OPT) -> None:
    """Export the citation graph (documents and cited numbers) for Gephi or NetworkX."""
    from vanban.pipeline.graph import graph_from_store, to_graphml, to_node_link

    if fmt not in ("graphml", "json"):
        fail_line(fmt, "unknown format (graphml or json)")
        raise typer.Exit(2)
    g = graph_from_store(_open(store))
    text = (to_graphml(g) if fmt == "graphml"
            else json.dumps(to_node_link(g), ensure_ascii=False, indent=1) + "\n")
    if out:
        Path(out).write_text(text, encoding="utf-8")
        echo("wrote {nodes} nodes and {edges} edges to {path}", nodes=len(g.nodes), edges=len(g.edges),
             path=out)
    else:
        typer.echo(text, nl=False)


def register(app: typer.Typer) -> None:
    app.command("audit")(audit_cmd)
    app.add_typer(registry_app, name="registry")
    app.command("cites")(cites_cmd)
    app.command("cited-by")(cited_by_cmd)
    app.command("graph")(graph_cmd)
