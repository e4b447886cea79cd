"""The data files of ``models/`` (word lists, code tables, the registry seed, encoder configs),
found the same way in a checkout, an editable install and an installed wheel.

The wheel installs ``models/`` as the package ``vanban.models`` (package data, see
``pyproject.toml``), so it is found through ``importlib.resources`` wherever ``pip``, ``pipx`` or a
Docker image put it; a checkout that is on ``sys.path`` without being installed falls back to the
folder beside ``pipeline/``. Every module that reads ``models/`` goes through here.

>>> load_json("units.json")["units"][:1]  # doctest: +SKIP
[...]
>>> model_lines("structure/mottos.txt")[0]
'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
"""
from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import IO, Any

MODELS_PACKAGE = "vanban.models"


@cache
def models_path() -> Traversable:
    """The ``models/`` folder: ``vanban.models`` when installed, else the checkout's folder."""
    try:
        return files(MODELS_PACKAGE)
    except ModuleNotFoundError:  # a checkout on sys.path, not installed
        return Path(__file__).resolve().parents[1] / "models"


def model_file(rel: str) -> Traversable:
    """``models/<rel>`` ("citations/types.csv"); ``.is_file()``, ``.open()``, ``.read_text()``."""
    return models_path().joinpath(*rel.split("/"))


def read_model_text(rel: str) -> str:
    """The text of ``models/<rel>`` (UTF-8)."""
    return model_file(rel).read_text(encoding="utf-8")


def model_lines(rel: str) -> list[str]:
    """The non-empty lines of a word list that are not ``#`` comments, as written."""
    return [ln.rstrip("\n") for ln in read_model_text(rel).splitlines()
            if ln.strip() and not ln.startswith("#")]


def open_model(rel: str) -> IO[str]:
    """``models/<rel>`` opened for reading text (for ``csv``: newline="" as it asks)."""
    return model_file(rel).open("r", encoding="utf-8", newline="")


def load_json(rel: str) -> Any:
    """``models/<rel>`` parsed as JSON."""
    return json.loads(read_model_text(rel))
