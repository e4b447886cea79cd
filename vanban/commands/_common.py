"""Helpers shared by the CLI commands."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from rich.console import Console

from pipeline.messages import tr

console = Console()
err_console = Console(stderr=True)

DEFAULT_STORE = Path(".vanban")


def print_json(obj) -> None:
    """JSON on stdout, Vietnamese kept as is."""
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=2, default=str) + "\n")


def fail_line(path, reason, **params) -> None:
    """The one-line error for a bad input file: ``error FILE: reason``, in the current language
    (``reason`` is a catalogue message filled with ``params``, or a reason from elsewhere)."""
    say(f"[red]{tr('error')}[/red] {path}: {tr(str(reason), **params)}", err=True)


def warn_line(what, reason, **params) -> None:
    say(f"[yellow]{tr('warning')}[/yellow] {what}: {tr(str(reason), **params)}", err=True)


def say(text: str, *, err: bool = False) -> None:
    """One line for people (already translated), as written: no rich highlighting."""
    (err_console if err else console).print(text, highlight=False, soft_wrap=True)


def echo(msgid: str, **params) -> None:
    """A catalogue message, filled and printed on stdout."""
    say(tr(msgid, **params))
