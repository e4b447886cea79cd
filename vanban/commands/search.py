"""CLI: ``vanban search QUERY``: passages, directives or figures across documents and years."""
from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

import typer
from rich.table import Table
from rich.text import Text

from vanban.pipeline.errors import VanbanError
from vanban.pipeline.messages import tr
from vanban.commands._common import DEFAULT_STORE, console, err_console, error_line, fail_line, print_json


def _hit_json(h) -> dict:
    d = asdict(h)
    d["highlights"] = [list(s) for s in h.highlights]
    return d


def _snippet(h, width: int = 360) -> Text:
    """The passage with its highlighted words, cut around the first highlight."""
    text = h.text
    first = h.highlights[0][0] if h.highlights else 0
    a = max(0, first - width // 3) if len(text) > width else 0
    b = min(len(text), a + width)
    out = Text("…" if a else "")
    pos = a
    for s, e in h.highlights:
        if e <= a or s >= b:
            continue
        s, e = max(s, a), min(e, b)
        out.append(text[pos:s].replace("\n", " "))
        out.append(text[s:e].replace("\n", " "), style="bold yellow")
        pos = e
    out.append(text[pos:b].replace("\n", " "))
    if b < len(text):
        out.append("…")
    return out


def _print_hits(hits) -> None:
    if not hits:
        console.print(f"[dim]{tr('no hits')}[/dim]")
        return
    for i, h in enumerate(hits, 1):
        head = Text(f"{i}. ", style="bold")
        head.append(f"[{h.year or '?'}] ", style="cyan")
        head.append(h.title or Path(h.doc_path).name, style="bold")
        if h.number:
            head.append(f" ({h.number})", style="green")
        if h.issuer:
            head.append(f" — {h.issuer}", style="dim")
        head.append(f"  {h.kind} {h.score:.4f}", style="magenta")
        console.print(head, soft_wrap=True)
        loc = f"   {Path(h.doc_path).name}:{h.start}-{h.end}"
        if h.heading_path:
            loc += f"  § {h.heading_path}"
        console.print(Text(loc, style="dim"), soft_wrap=True)
        if h.detail:
            console.print(Text("   " + ", ".join(f"{k}={v}" for k, v in h.detail.items()
                                                  if v is not None and k != "span"), style="dim"))
        console.print(Text("   ").append(_snippet(h)), soft_wrap=True)


def _print_years(buckets) -> None:
    t = Table(title=tr("By year"))
    for col in ("year", "hits", "docs", "best passage"):
        t.add_column(tr(col))
    for b in buckets:
        t.add_row(str(b.year or "?"), str(b.count), str(b.documents), _snippet(b.best, 200))
    console.print(t)


def register(app: typer.Typer) -> None:
    @app.command("search")
    def search_cmd(
        query: str = typer.Argument(..., help='What to look for: words ("giai phap thu hut nhan luc") or a number ("20-NQ/TW", "nq 20").'),
        k: int = typer.Option(10, "--k", "-k", help="How many hits."),
        mode: str = typer.Option("hybrid", "--mode", help="hybrid | dense | lexical"),
        year_from: int = typer.Option(None, "--from", help="Earliest year."),
        year_to: int = typer.Option(None, "--to", help="Latest year."),
        issuer: str = typer.Option(None, "--issuer", help='Issuer contains this (tones optional): "Bảo Lâm".'),
        doc_type: str = typer.Option(None, "--type", help='Document type: "Nghị quyết", "bao cao", "nq".'),
        cites: str = typer.Option(None, "--cites", help="Only documents citing this number."),
        within: str = typer.Option("passages", "--in", help="passages | directives | figures"),
        by_year: bool = typer.Option(False, "--by-year", help="Group hits per year as a timeline."),
        store: Path = typer.Option(DEFAULT_STORE, "--store", help="Store directory."),
        encoder: str = typer.Option(None, "--encoder", help="Must match the index's encoder."),
        as_json: bool = typer.Option(False, "--json", help="JSON on stdout."),
    ) -> None:
        """Search passages (or directives, figures) across documents and years.

        Passages not embedded yet (``vanban ingest`` indexes words at once; ``vanban index``
        embeds) are ranked by words; the output says how much of the store the dense index
        covers (--json: "coverage")."""
        from vanban.pipeline.index.build import has_index
        from vanban.pipeline.index.search import MODES, WITHIN, index_coverage, search, search_by_year

        if mode not in MODES or within not in WITHIN:
            error_line(tr("--mode must be one of {modes}; --in one of {within}",
                          modes=", ".join(MODES), within=", ".join(WITHIN)))
            raise typer.Exit(2)
        if not has_index(store):
            fail_line(store, "no search index; build it with: vanban index --store {store}", store=store)
            raise typer.Exit(1)
        kw = dict(year_from=year_from, year_to=year_to, issuer=issuer, doc_type=doc_type,
                  cites=cites, within=within, encoder=encoder)
        try:
            if by_year:
                buckets = search_by_year(store, query, mode=mode, depth=max(k, 100), **kw)
                if as_json:
                    print_json({"years": [{"year": b.year, "count": b.count, "documents": b.documents,
                                           "best": _hit_json(b.best)} for b in buckets],
                                "coverage": index_coverage(store)})
                else:
                    _print_years(buckets)
                    _print_coverage(index_coverage(store))
                return
            hits = search(store, query, k=k, mode=mode, **kw)
        except VanbanError as e:
            fail_line(e.path, e.reason)
            raise typer.Exit(1)
        if as_json:
            print_json({"hits": [_hit_json(h) for h in hits], "coverage": index_coverage(store)})
        else:
            _print_hits(hits)
            _print_coverage(index_coverage(store))


def _print_coverage(cov: dict) -> None:
    """One line when part of the store is not embedded yet."""
    if cov["dense"] < cov["passages"]:
        err_console.print(tr("dense index covers {dense} of {passages} passages; the others are ranked by "
                             "words until `vanban index` embeds them", dense=cov["dense"],
                             passages=cov["passages"]), highlight=False)
