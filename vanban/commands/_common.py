"""Helpers shared by the CLI commands."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from rich.console import Console

console = Console()
err_console = Console(stderr=True)

DEFAULT_STORE = Path(".vanban")


def print_json(obj) -> None:
    """JSON on stdout, Vietnamese kept as is."""
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=2, default=str) + "\n")


def fail_line(path, reason) -> None:
    """The one-line error for a bad input file."""
    err_console.print(f"[red]error[/red] {path}: {reason}", highlight=False, soft_wrap=True)
