"""``vanban``: the command line. A thin layer over ``pipeline`` and ``flows``.

Each command (or command group) lives in ``vanban/commands/<name>.py`` and registers itself on
``app``; ``vanban eval`` lives in ``evaluate.py``, ``cited-by`` beside ``cites``.
"""
from __future__ import annotations

import importlib
import os
from typing import Optional

import typer

# Prefect's local ephemeral server gets 20 s to start by default; a busy 2-core laptop needs more.
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "180")

app = typer.Typer(
    name="vanban",
    help="Extract, search and audit Vietnamese Party and government documents.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

COMMAND_MODULES = ("extract", "evaluate", "ingest", "stats", "prune", "search", "index", "summarize",
                   "audit", "registry", "cites", "graph", "lineage", "relations", "export", "serve",
                   "server", "demo")


@app.callback()
def main(lang: Optional[str] = typer.Option(
        None, "--lang", envvar="VANBAN_LANG", metavar="vi|en",
        help="Language of messages, explanations and tables: vi (default) or en.")) -> None:
    """Extract, search and audit Vietnamese Party and government documents."""
    from vanban.pipeline.messages import LANGS, normalize_lang, set_lang

    if lang is not None and normalize_lang(lang) is None:
        raise typer.BadParameter(f"{lang!r}: use one of {', '.join(LANGS)}", param_hint="--lang")
    set_lang(lang)


for _name in COMMAND_MODULES:
    importlib.import_module(f"vanban.commands.{_name}").register(app)


def _one_line(doc: str | None) -> str | None:
    """The first sentence of a docstring, so ``vanban --help`` shows one line per command."""
    if not doc:
        return None
    first = " ".join(doc.strip().split("\n\n")[0].split())
    cut = first.find(". ")
    if 0 < cut:
        first = first[: cut + 1]
    if len(first) <= 64:
        return first
    return first[:64].rsplit(" ", 1)[0].rstrip(",;:") + " …"


for _cmd in app.registered_commands:
    if not _cmd.short_help:
        _cmd.short_help = _one_line(_cmd.help or (_cmd.callback.__doc__ if _cmd.callback else None))
for _group in app.registered_groups:
    if _group.typer_instance and not _group.short_help:
        info = _group.typer_instance.info
        _group.short_help = _one_line(_group.help or info.help)


if __name__ == "__main__":
    app()
