"""``vanban``: the command line. A thin layer over ``pipeline`` and ``flows``.

Each command group lives in ``vanban/commands/<name>.py`` and registers itself on ``app``.
"""
from __future__ import annotations

import importlib

import typer

app = typer.Typer(
    name="vanban",
    help="Extract, search and audit Vietnamese Party and government documents.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

COMMAND_MODULES = ("extract", "evaluate", "ingest", "search", "summarize", "audit", "serve", "demo")

for _name in COMMAND_MODULES:
    importlib.import_module(f"vanban.commands.{_name}").register(app)


if __name__ == "__main__":
    app()
