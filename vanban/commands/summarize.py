"""CLI: ``vanban summarize FILE [--json | --md | --docx OUT] [--max-words 400]``."""
from __future__ import annotations

from pathlib import Path

import typer

from vanban.commands._common import echo, fail_line, print_json


def register(app: typer.Typer) -> None:
    @app.command("summarize")
    def summarize_cmd(
        file: Path = typer.Argument(..., help="Document to summarise (.txt, .md, .docx, .pdf)."),
        as_json: bool = typer.Option(False, "--json", help="Print the summary as JSON."),
        as_md: bool = typer.Option(False, "--md", help="Print the summary as Markdown."),
        docx: Path | None = typer.Option(None, "--docx", help="Write the summary to this Word file."),
        max_words: int = typer.Option(400, "--max-words", min=50,
                                      help="Words of source text the summary may quote."),
    ) -> None:
        """Summarise FILE: metadata, key figures, achievements, limitations, causes, tasks and
        directives with who acts, and the documents it cites. Every item is quoted verbatim from
        the document with its section; nothing is rephrased.

        Example: vanban summarize corpora/2022_bc_tong_ket_10_nam_nq20_huyen_uy_bao_lam.md --docx tom_tat.docx
        """
        from vanban.pipeline.analyze import analyze
        from vanban.pipeline.errors import VanbanError
        from vanban.pipeline.summarize import summarize, summary_json, summary_markdown, write_summary_docx

        if sum(bool(x) for x in (as_json, as_md, docx)) > 1:
            fail_line(file, "choose one of --json, --md, --docx")
            raise typer.Exit(2)
        try:
            if not file.is_file():
                raise VanbanError(str(file), "no such file")
            summary = summarize(analyze(file), max_words=max_words)
        except VanbanError as err:
            fail_line(err.path, err.reason)
            raise typer.Exit(2)
        if as_json:
            print_json(summary_json(summary))
        elif docx is not None:
            path = write_summary_docx(summary, docx)
            echo("wrote {path}", path=path)
        elif as_md:
            typer.echo(summary_markdown(summary))
        else:
            from rich.markdown import Markdown

            from vanban.commands._common import console
            console.print(Markdown(summary_markdown(summary)))
